// Sender memory findings (issue 21): the message compared with what HeaderLens remembers about
// its From organisation (Analysis.memory, filled from AnalyzeOptions.senderMemory). They only ever
// add concern to mail that authenticates ("authenticated with concerns"); none of them is evidence
// of a spoof, and a message that fails DMARC is judged by the DMARC rules, not by its history.

import { type Message, msg } from '../i18n/message';
import {
  candidates,
  mayHideLabel,
  mayHoldLabelAt,
  readingOf,
  shapeOf,
  withLabel,
  withReading,
} from '../memory/lineage';
import type { DomainMemory, SenderMemory, SenderRecall } from '../memory/types';
import type { Finding, Severity } from '../types';
import { firstLabel, orgDomain } from './domains';
import { firstHeaderLine, originHopLine, uniq } from './evidence';
import {
  closeEnough,
  heldSpans,
  lookalikeAmong,
  MAX_GLUED,
  mayReadOtherwise,
  skeleton,
  unicodeDomain,
  whyMessage,
} from './lookalike';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

/** Below this many remembered messages, a change is mentioned but not raised (too little history). */
export const MEMORY_MIN_HISTORY = 3;
/** Look-alike targets: the most-used remembered domains (bounds the work on a first contact). */
const LOOKALIKE_TARGETS = 400;

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** "message" / "{count} messages", a noun phrase placed inside the finding's sentence. */
function messages(n: number): Message {
  return msg('finding_memory_messages', { count: n });
}

/** "a, b and c" (no serial comma, as the English text has always read). */
function list(names: string[]): Message | string {
  if (names.length <= 1) return names[0] ?? '';
  return msg('finding_memory_list', {
    first: names.slice(0, -1).join(', '),
    last: names[names.length - 1] ?? '',
  });
}

type Known = NonNullable<SenderRecall['known']>;

/**
 * A finding with its texts, written field by field: spreading `texts` into the literal cost a few
 * microseconds at each first contact, right after an analysis (issue 21).
 */
function finding(
  id: string,
  severity: Severity,
  title: Message,
  detail: Message,
  evidence: string[],
): Finding {
  const t = texts(title, detail);
  return { id, severity, title: t.title, detail: t.detail, message: t.message, evidence };
}

function newInfrastructure(ctx: RuleContext, r: SenderRecall, known: Known): Finding[] {
  const infra = r.current.infra;
  if (
    !infra ||
    known.infra.length === 0 ||
    (known.infraKnown ?? known.infra.some((i) => i.key === infra.key))
  )
    return [];
  const run = known.lastRun;
  const history =
    run && run.count > 0
      ? msg('finding_memory_history_last_run', { count: run.count, name: run.name })
      : msg('finding_memory_history_all', {
          messages: messages(known.count),
          names: list(known.infra.map((i) => i.name)),
        });
  const usual = known.infra.map((i) => `${i.name} (${i.count})`).join(', ');
  const asn = infra.asn !== null && !infra.name.includes(`AS${infra.asn}`) ? ` (AS${infra.asn})` : '';
  const ip = ctx.analysis.origin.ip ? `, ${ctx.analysis.origin.ip}` : '';
  return [
    finding(
      'new-infrastructure',
      known.count >= MEMORY_MIN_HISTORY ? 'medium' : 'low',
      msg('finding_memory_new_infrastructure_title', { domain: r.domain, name: infra.name, history }),
      msg('finding_memory_new_infrastructure_detail', {
        since: day(known.firstSeen),
        messages: messages(known.count),
        domain: r.domain,
        usual,
        name: `${infra.name}${asn}${ip}`,
      }),
      originHopLine(ctx),
    ),
  ];
}

function dkimLines(ctx: RuleContext, domains: string[]): string[] {
  const want = new Set(domains);
  return ctx.analysis.dkim.filter((d) => d.line && want.has(d.domain.toLowerCase())).map((d) => d.line!);
}

function selectorChanged(ctx: RuleContext, r: SenderRecall, known: Known): Finding[] {
  const out: Finding[] = [];
  for (const s of r.current.signers) {
    // A record that does not name the selector (Exchange Online's, read offline) tells no key.
    if (s.selector === '') continue;
    const seen = known.signers.find((k) => k.domain === s.domain);
    if (!seen || seen.selectors.length === 0 || seen.selectors.includes(s.selector)) continue;
    out.push(
      finding(
        'dkim-selector-changed',
        seen.count >= MEMORY_MIN_HISTORY ? 'low' : 'info',
        msg('finding_memory_selector_changed_title', {
          domain: s.domain,
          selector: s.selector,
          earlier: seen.selectors.join(', '),
        }),
        msg('finding_memory_selector_changed_detail', {
          selector: s.selector,
          domain: s.domain,
          messages: messages(seen.count),
          selectors: list(seen.selectors),
        }),
        dkimLines(ctx, [s.domain]),
      ),
    );
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
      finding(
        'dkim-domain-changed',
        known.count >= MEMORY_MIN_HISTORY ? 'medium' : 'low',
        msg('finding_memory_unsigned_title', {
          domain: fromOrg,
          signers: list(ownBefore.map((s) => s.domain)),
        }),
        msg('finding_memory_unsigned_detail', { messages: messages(known.count), domain: fromOrg }),
        originHopLine(ctx),
      ),
    ];
  }
  const thirdParty = now.every((d) => orgDomain(d) !== fromOrg);
  return [
    finding(
      'dkim-domain-changed',
      ownBefore.length > 0 && thirdParty ? 'medium' : 'low',
      msg('finding_memory_signer_changed_title', { domain: fromOrg, before: list(before), now: list(now) }),
      msg(
        thirdParty ? 'finding_memory_signer_changed_detail_other' : 'finding_memory_signer_changed_detail',
        { messages: messages(known.count), domain: fromOrg, before: list(before), now: list(now) },
      ),
      dkimLines(ctx, now),
    ),
  ];
}

/**
 * Whether `name` is written in lower-case ASCII letters, digits, `.`, `-` and `_` without an `xn--`
 * label: as the memory files its names, and what unicodeDomain returns unchanged.
 */
function plainHost(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 95)) return false;
  }
  return !name.includes('xn--');
}

/**
 * The remembered domains `fromDomain` may imitate: a cheap first pass before lookalikeAmong
 * (lib/findings/lookalike.ts), which does the judging, asking what the judge asks, on the
 * sender's domain as the judge reads it (Unicode): a remembered name within two letters of the
 * sender's name or of its look-alike skeleton (`rn` read as `m`, `1` as `l`, Cyrillic `а` as `a`),
 * one of the parts of a hyphenated name (`northbank-secure`), or a remembered domain placed in
 * front of the sender's (`northbank.example.evil.example`). The pass reads each remembered
 * label's length, set of letters and set of letter pairs (an edit changes at most two and four of
 * those bits), kept beside the list (lib/memory/lineage.ts): a thousand remembered domains cost
 * microseconds, not a walk over a thousand records.
 */
function imitable(
  memory: Readonly<SenderMemory>,
  fromDomain: string,
  fromOrg: string,
): Array<Readonly<DomainMemory>> {
  // A name the memory could file as it is (most From domains) reads the same in Unicode: no
  // lower-casing and expression test right after an analysis (issue 21).
  const uni = plainHost(fromDomain) ? fromDomain : unicodeDomain(fromDomain);
  // The memory files the organisational domain in A-labels, lower case (lib/memory/names.ts): the
  // judge reads it in Unicode, as it reads the sender's domain; a name without an `xn--` label
  // reads the same either way.
  const org = fromOrg ? (plainHost(fromOrg) ? fromOrg : unicodeDomain(fromOrg)) : orgDomain(uni);
  const label = firstLabel(org);
  // Most names read as they are written (mayReadOtherwise, one scan): the skeleton's table, whose
  // lookup for a new name misses and inserts, is asked only of the others.
  const skel = mayReadOtherwise(label) ? skeleton(label) : label;

  // Where a remembered name can be written whole: the parts of a hyphenated name, and whatever
  // precedes the organisational domain (which must hold a dot to hold a domain).
  // The parts as written and as read (`n0rthbank-secure` holds northbank: red team 112).
  const parts = label.includes('-') ? [...new Set([...label.split('-'), ...skel.split('-')])] : [];
  const sub = uni.slice(0, Math.max(0, uni.length - org.length));
  const hasDomain = sub.indexOf('.') < sub.length - 1;
  const room = hasDomain ? sub : parts.length > 0 ? label : '';
  // One shape for the name and its skeleton when they are one (most names), none cut for no room.
  const name = shapeOf(label);
  const near = {
    name,
    skeleton: skel === label ? name : shapeOf(skel),
    inside: room === '' ? NO_ROOM : shapeOf(room),
  };
  // The judge's own tests on the few left (lookalikeAmong names one of these or none): the same
  // name or skeleton (another ending, look-alike characters), one or two edits from the name or
  // its skeleton, a part of a hyphenated name, or a whole remembered domain in front. Most first
  // contacts have none left, and the judge is not asked.
  const found = candidates(memory.domains, near).filter(({ domain: remembered }) => {
    // A remembered IDN domain (offered whatever its shape): the judge reads it in Unicode.
    if (remembered.includes('xn--')) return true;
    const rl = firstLabel(remembered);
    if (rl === label || rl === skel || closeEnough(label, rl) || closeEnough(skel, rl)) return true;
    if (parts.includes(rl)) return true;
    // A part that is the remembered name as read (comerstone-billing beside cornerstone).
    if (parts.length > 0) {
      const read = readingOf(remembered);
      if (read !== null && parts.includes(read)) return true;
    }
    return hasDomain && sub.includes(`${remembered}.`);
  });
  // A remembered name the sender's hides whole, found by its label (a few lookups, no scan): a
  // label in front of the organisational domain (northbank.evil.com, northbank.onmicrosoft.com),
  // or the name with a word glued on (northbanksecure, securenorthbank).
  const hidden: string[] = [];
  if (sub !== '') for (const l of sub.split('.')) if (l.length >= 6 && hidden.length < 4) hidden.push(l);
  // The name as written and as read: a Cyrillic `о` hides northbank in nоrthbanksecure only from
  // the first (red team 112).
  hiddenPieces(memory.domains, label, hidden);
  if (skel !== label) hiddenPieces(memory.domains, skel, hidden);
  // Each piece as a remembered label, or as one read (comerstone for cornerstone: red-team round 193).
  for (const l of hidden) {
    for (const d of withLabel(memory.domains, l)) if (!found.includes(d)) found.push(d);
    for (const d of withReading(memory.domains, l)) if (!found.includes(d)) found.push(d);
  }
  return found;
}

/** What `candidates` compares with when no name can be written inside the sender's (`room`). */
const NO_ROOM = shapeOf('');

/** Adds to `hidden` the pieces of `l` a remembered name may be written as, whole (see imitable). */
function hiddenPieces(domains: Readonly<SenderMemory>['domains'], l: string, hidden: string[]): void {
  // Each piece cut below is six characters or more (HIDDEN_MIN): when no remembered label that long
  // starts anywhere in the name, no piece is one (most first contacts), and none is cut.
  if (!mayHideLabel(domains, l)) return;
  // Each piece cut only when a remembered label of its length starts as it does (mayHoldLabelAt).
  for (let k = Math.max(6, l.length - MAX_GLUED); k < l.length; k++) {
    if (mayHoldLabelAt(domains, l, 0, k)) hidden.push(l.slice(0, k));
    if (mayHoldLabelAt(domains, l, l.length - k, k)) hidden.push(l.slice(l.length - k));
  }
  // Held between lure words (mynorthbankaccount): the few spans they leave (red-team round 160).
  for (const [a, b] of heldSpans(l)) if (mayHoldLabelAt(domains, l, a, b - a)) hidden.push(l.slice(a, b));
}

/**
 * The remembered domain (other than the sender's own and the reader's configured ones, among
 * those `keep` accepts, the most used first) that the judge says the sender imitates, with why.
 */
function imitation(
  ctx: RuleContext,
  memory: Readonly<SenderMemory>,
  r: SenderRecall,
  keep: (d: Readonly<DomainMemory>) => boolean = () => true,
): { why: string; target: Readonly<DomainMemory> } | null {
  const from = ctx.analysis.from?.domain ?? '';
  const near = imitable(memory, from, r.domain);
  // Most first contacts resemble no remembered name: nothing more to build or ask.
  if (near.length === 0) return null;
  const configured = new Set((ctx.options.recipientDomains ?? []).map(orgDomain));
  const picked = near
    .filter((d) => d.domain !== r.domain && !configured.has(d.domain) && keep(d))
    .sort((a, b) => b.count - a.count)
    .slice(0, LOOKALIKE_TARGETS);
  // The judge reads a remembered IDN domain (filed in A-labels) in Unicode, as it reads the
  // sender's: bücherstubekonto borrows bücherstube, not xn--bcherstube-9db (red-team round 193).
  const targets = picked.map((d) => (d.domain.includes('xn--') ? unicodeDomain(d.domain) : d.domain));
  // No remembered domain close enough to imitate: a hit could only name a brand or a configured
  // domain, which the look-alike rules judge already and this finding would not report.
  const hit = from && targets.length > 0 ? lookalikeAmong(from, targets, ctx, true) : null;
  const at = hit ? targets.indexOf(hit.target.org) : -1;
  const target = at >= 0 ? ctx.options.senderMemory?.byDomain.get(picked[at]!.domain) : undefined;
  return hit && target ? { why: hit.why, target } : null;
}

function firstContact(ctx: RuleContext, r: SenderRecall): Finding[] {
  const memory = ctx.options.senderMemory?.memory;
  if (!memory || r.domainsKnown === 0) return [];
  const found = imitation(ctx, memory, r);
  if (found) {
    const { why, target: remembered } = found;
    return [
      finding(
        'first-contact',
        'medium',
        msg('finding_memory_first_contact_lookalike_title', {
          domain: r.domain,
          target: remembered.domain,
        }),
        msg('finding_memory_first_contact_lookalike_detail', {
          domain: r.domain,
          why: whyMessage(why),
          target: remembered.domain,
          messages: messages(remembered.count),
          since: day(remembered.firstSeen),
        }),
        uniq(firstHeaderLine(ctx.message, 'from')),
      ),
    ];
  }
  // The usual first contact: every one has the same two sentences, only the domain and the day
  // differ, so their English is filled into the catalog's text cut once (firstContactEnglish)
  // rather than rendered through the catalog lookup and formatter right after an analysis (issue 21).
  const domain = r.domain;
  const since = day(r.since);
  const title = msg('finding_memory_first_contact_title', { domain });
  const detail = msg('finding_memory_first_contact_detail', { domain, since });
  const evidence = uniq(firstHeaderLine(ctx.message, 'from'));
  const english = firstContactEnglish === undefined ? cutFirstContact() : firstContactEnglish;
  if (english === null) return [finding('first-contact', 'info', title, detail, evidence)];
  return [
    {
      id: 'first-contact',
      severity: 'info',
      title: english.title[0] + domain + english.title[1],
      detail: english.detail[0] + domain + english.detail[1] + since + english.detail[2],
      message: { title, detail },
      evidence,
    },
  ];
}

/**
 * The English of the plain first-contact finding's title and detail, cut where the domain and the
 * day go: the catalog's text as `texts` renders it, made once on first use by rendering it with
 * markers no catalog text holds, so filling it gives the same text for every domain and day. Null
 * when the text is not of that shape (each placeholder once, the domain first): `finding` renders it.
 */
let firstContactEnglish: FirstContactEnglish | null | undefined;

interface FirstContactEnglish {
  title: readonly [string, string];
  detail: readonly [string, string, string];
}

const DOMAIN_MARK = '\u0000';
const SINCE_MARK = '\u0001';

function cutFirstContact(): FirstContactEnglish | null {
  const t = texts(
    msg('finding_memory_first_contact_title', { domain: DOMAIN_MARK }),
    msg('finding_memory_first_contact_detail', { domain: DOMAIN_MARK, since: SINCE_MARK }),
  );
  const title = t.title.split(DOMAIN_MARK);
  const detail = t.detail.split(DOMAIN_MARK);
  const after = detail[1]?.split(SINCE_MARK) ?? [];
  firstContactEnglish =
    title.length === 2 &&
    !t.title.includes(SINCE_MARK) &&
    detail.length === 2 &&
    !detail[0]!.includes(SINCE_MARK) &&
    after.length === 2
      ? { title: [title[0]!, title[1]!], detail: [detail[0]!, after[0]!, after[1]!] }
      : null;
  return firstContactEnglish;
}

/**
 * A domain the memory met only once or twice that looks like one it knows far better: a look-alike
 * that reached the memory first (a new install, a bank that writes monthly) is named on its next
 * messages too, until the reader marks it known (sender-memory red team).
 */
function lookalikeOfKnown(ctx: RuleContext, r: SenderRecall, known: Known): Finding[] {
  const memory = ctx.options.senderMemory?.memory;
  if (!memory || !ctx.analysis.from?.domain || known.knownGood || known.count >= MEMORY_MIN_HISTORY)
    return [];
  const found = imitation(ctx, memory, r, (d) => d.count >= MEMORY_MIN_HISTORY && d.count > known.count);
  if (!found) return [];
  const { why, target } = found;
  return [
    finding(
      'lookalike-of-known',
      'medium',
      msg('finding_memory_lookalike_known_title', { domain: r.domain, target: target.domain }),
      msg('finding_memory_lookalike_known_detail', {
        domain: r.domain,
        seen: messages(known.count),
        why: whyMessage(why),
        target: target.domain,
        messages: messages(target.count),
        since: day(target.firstSeen),
      }),
      uniq(firstHeaderLine(ctx.message, 'from')),
    ),
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
    ...lookalikeOfKnown(ctx, r, r.known),
    ...newInfrastructure(ctx, r, r.known),
    ...signerChanged(ctx, r, r.known),
    ...selectorChanged(ctx, r, r.known),
  ];
};
