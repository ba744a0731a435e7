// Sender memory findings (issue 21): the message compared with what HeaderLens remembers about
// its From organisation (Analysis.memory, filled from AnalyzeOptions.senderMemory). They only ever
// add concern to mail that authenticates ("authenticated with concerns"); none of them is evidence
// of a spoof, and a message that fails DMARC is judged by the DMARC rules, not by its history.

import type { SenderRecall } from '../memory/types';
import type { Finding } from '../types';
import { orgDomain } from './domains';
import { headerLines, originHopLine, uniq } from './evidence';
import { lookalikeReason } from './lookalike';
import type { FindingRule, RuleContext } from './rule';

/** Below this many remembered messages, a change is mentioned but not raised (too little history). */
export const MEMORY_MIN_HISTORY = 3;
/** Look-alike targets: the most-used remembered domains (bounds the work on a first contact). */
const LOOKALIKE_TARGETS = 400;

function day(iso: string): string {
  return iso.slice(0, 10);
}

function messages(n: number): string {
  return n === 1 ? 'message' : `${n} messages`;
}

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

type Known = NonNullable<SenderRecall['known']>;

function newInfrastructure(ctx: RuleContext, r: SenderRecall, known: Known): Finding[] {
  const infra = r.current.infra;
  if (!infra || known.infra.length === 0 || known.infra.some((i) => i.key === infra.key)) return [];
  const run = known.lastRun;
  const history =
    run && run.count > 0
      ? run.count === 1
        ? `its last message came from ${run.name}`
        : `its last ${run.count} messages came from ${run.name}`
      : `its ${messages(known.count)} so far came from ${list(known.infra.map((i) => i.name))}`;
  const usual = known.infra.map((i) => `${i.name} (${i.count})`).join(', ');
  return [
    {
      id: 'new-infrastructure',
      severity: known.count >= MEMORY_MIN_HISTORY ? 'medium' : 'low',
      title: `${r.domain} has never sent you mail from ${infra.name} before; ${history}`,
      detail:
        `Since ${day(known.firstSeen)} HeaderLens has seen ${messages(known.count)} from ${r.domain} that authenticated, ` +
        `sent from ${usual}. This one authenticates too, but came from ${infra.name}` +
        `${infra.asn !== null && !infra.name.includes(`AS${infra.asn}`) ? ` (AS${infra.asn})` : ''}` +
        `${ctx.analysis.origin.ip ? `, ${ctx.analysis.origin.ip}` : ''}. A familiar sender on new infrastructure is how a ` +
        'compromised vendor account, or a forger passing SPF through a broad record, shows up. If the message asks you to pay, ' +
        'change bank details or sign in, confirm through a channel you already know.',
      evidence: originHopLine(ctx),
    },
  ];
}

function dkimLines(ctx: RuleContext, domains: string[]): string[] {
  const want = new Set(domains);
  return ctx.analysis.dkim.filter((d) => d.line && want.has(d.domain.toLowerCase())).map((d) => d.line!);
}

function selectorChanged(ctx: RuleContext, r: SenderRecall, known: Known): Finding[] {
  const out: Finding[] = [];
  for (const s of r.current.signers) {
    const seen = known.signers.find((k) => k.domain === s.domain);
    if (!seen || seen.selectors.length === 0 || seen.selectors.includes(s.selector)) continue;
    out.push({
      id: 'dkim-selector-changed',
      severity: seen.count >= MEMORY_MIN_HISTORY ? 'low' : 'info',
      title: `${s.domain} signed with a DKIM key it has not used before (selector ${s.selector || '(none)'}); earlier: ${seen.selectors.join(', ')}`,
      detail:
        `The signature verifies, with the key published under the selector "${s.selector}". HeaderLens has seen ${s.domain} ` +
        `sign ${messages(seen.count)} with ${list(seen.selectors)}. Domains rotate their keys now and then, so alone this ` +
        'means little; together with other changes it can mean someone else now sends for the domain.',
      evidence: dkimLines(ctx, [s.domain]),
    });
  }
  return out;
}

function signerChanged(ctx: RuleContext, r: SenderRecall, known: Known): Finding[] {
  if (known.signers.length === 0) return [];
  const fromOrg = r.domain;
  const now = [...new Set(r.current.signers.map((s) => s.domain))];
  const before = known.signers.map((s) => s.domain);
  if (now.some((d) => before.includes(d))) return [];
  const ownBefore = known.signers.filter((s) => orgDomain(s.domain) === fromOrg);
  if (now.length === 0) {
    // No signature at all where every earlier message carried the domain's own: only when the
    // message was checked online, byte-exact (a re-rendered copy or provider results say less).
    const allOwn = ownBefore.reduce((n, s) => Math.max(n, s.count), 0) >= known.count;
    if (
      ctx.analysis.mode !== 'online' ||
      ctx.analysis.meta.notByteExact ||
      ctx.analysis.dkim.length > 0 ||
      !allOwn
    )
      return [];
    return [
      {
        id: 'dkim-domain-changed',
        severity: known.count >= MEMORY_MIN_HISTORY ? 'medium' : 'low',
        title: `${fromOrg}'s mail was always signed by ${list(ownBefore.map((s) => s.domain))}; this message carries no DKIM signature`,
        detail:
          `Each of the ${messages(known.count)} HeaderLens has seen from ${fromOrg} carried its own DKIM signature. This one ` +
          'has none and authenticates through SPF alone, which a server inside a broad SPF record can pass without the domain.',
        evidence: originHopLine(ctx),
      },
    ];
  }
  const thirdParty = now.every((d) => orgDomain(d) !== fromOrg);
  return [
    {
      id: 'dkim-domain-changed',
      severity: ownBefore.length > 0 && thirdParty ? 'medium' : 'low',
      title: `${fromOrg}'s mail was signed by ${list(before)} before; this message is signed by ${list(now)}`,
      detail:
        `HeaderLens has seen ${messages(known.count)} from ${fromOrg}, signed by ${list(before)}. This one is signed by ` +
        `${list(now)}${thirdParty ? `, a domain other than ${fromOrg}` : ''}. A new signing service can be a vendor's ` +
        'routine change, or someone sending in its name from another account.',
      evidence: dkimLines(ctx, now),
    },
  ];
}

const PLAIN = /^[a-z-]+$/;

/** The registrable label of an organisational domain (what precedes its public suffix). */
function firstLabel(org: string): string {
  const dot = org.indexOf('.');
  return dot < 0 ? org : org.slice(0, dot);
}

/**
 * A cheap first pass before lookalikeReason (lib/findings/lookalike.ts), which does the judging:
 * a remembered domain stays a candidate when its name is close in length to the sender's, inside
 * it (`northbank-secure`), placed in front of it (`northbank.example.evil.example`), or when the
 * sender's name has digits or non-ASCII letters (homoglyphs). Keeps a first contact cheap with a
 * thousand remembered domains.
 */
function mayImitate(fromDomain: string, fromOrg: string, remembered: string): boolean {
  const label = firstLabel(fromOrg);
  const theirs = firstLabel(remembered);
  if (!PLAIN.test(label) || label.startsWith('xn--')) return true;
  return (
    Math.abs(label.length - theirs.length) <= 2 ||
    (theirs.length >= 3 && label.includes(theirs)) ||
    fromDomain.includes(`${remembered}.`)
  );
}

function firstContact(ctx: RuleContext, r: SenderRecall): Finding[] {
  const memory = ctx.options.senderMemory?.memory;
  if (!memory || r.domainsKnown === 0) return [];
  const from = ctx.analysis.from?.domain ?? '';
  const targets = memory.domains
    .filter((d) => d.domain !== r.domain && mayImitate(from, r.domain, d.domain))
    .sort((a, b) => b.count - a.count)
    .slice(0, LOOKALIKE_TARGETS)
    .map((d) => d.domain);
  const configured = ctx.options.recipientDomains ?? [];
  const hit = ctx.analysis.from?.domain
    ? lookalikeReason(ctx.analysis.from.domain, {
        ...ctx,
        options: { ...ctx.options, recipientDomains: [...configured, ...targets] },
      })
    : null;
  const remembered =
    hit && targets.includes(hit.target.org) && !configured.some((c) => orgDomain(c) === hit.target.org)
      ? memory.domains.find((d) => d.domain === hit.target.org)
      : undefined;
  if (hit && remembered) {
    return [
      {
        id: 'first-contact',
        severity: 'medium',
        title: `First message from ${r.domain}, which looks like ${remembered.domain}, a sender you know`,
        detail:
          `HeaderLens has never seen mail from ${r.domain}, but it ${hit.why} ${remembered.domain}, which has sent you ` +
          `${messages(remembered.count)} since ${day(remembered.firstSeen)}. Invoice fraud uses such domains. Check the ` +
          'address letter by letter; until you mark it as known, HeaderLens will not learn it.',
        evidence: uniq(headerLines(ctx.message, 'from').slice(0, 1)),
      },
    ];
  }
  return [
    {
      id: 'first-contact',
      severity: 'info',
      title: `First message from ${r.domain} that HeaderLens has seen`,
      detail: `No mail from ${r.domain} has been seen since HeaderLens started remembering senders on ${day(r.since)}.`,
      evidence: uniq(headerLines(ctx.message, 'from').slice(0, 1)),
    },
  ];
}

export const memoryRule: FindingRule = (ctx) => {
  const r = ctx.analysis.memory;
  if (!r) return [];
  if (!r.known) return firstContact(ctx, r);
  // The history says what an authenticated sender usually looks like; for mail that does not
  // authenticate the DMARC rules speak, and a forger's infrastructure tells nothing about the sender.
  if (ctx.analysis.dmarc.result !== 'pass') return [];
  return [
    ...newInfrastructure(ctx, r, r.known),
    ...signerChanged(ctx, r, r.known),
    ...selectorChanged(ctx, r, r.known),
  ];
};
