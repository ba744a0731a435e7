// The memory's learning side, run after an analysis (never inside it, so an analysis stays a pure
// function of the message and its inputs). Pure: returns a new memory, the old one untouched.
//
// Who may teach it, thinking as the attacker:
//  - only a message whose From domain authenticated (DMARC pass, and a verdict that stands behind
//    it: not "unverified", not "suspicious" but for a new email service) or that the user marked as
//    known good; a spoof that fails DMARC never enters, nor does anything the verdict calls spoofed;
//  - a first message from a look-alike of a remembered domain (`first-contact` at medium) or one
//    carrying a high impersonation finding never enters by itself, so a look-alike cannot make
//    itself familiar and silence the finding on its next message;
//  - dates are HeaderLens's own clock (the analysis time), never the message's Date header, and
//    never earlier than the memory's start: an old Date cannot rewrite a first-seen into the past;
//  - a message already counted (same Message-ID) is not counted again;
//  - a flood of new domains evicts domains seen once before a familiar one.
import { IMPERSONATION_IDS } from '../findings/verdict';
import { ownString } from '../remember';
import type { Analysis } from '../types';
import { derived, domainIndex, evictsBefore, firstToEvict, isCanonicalInstant } from './lineage';
import { infraOf, matchedSpf, messageKey, senderKey, verifiedSigners } from './model';
import { MAX_SIGNED } from './names';
import type { DomainMemory, SenderMemory } from './types';

export interface MemoryLimits {
  domains: number;
  infraPerDomain: number;
  signersPerDomain: number;
  selectorsPerSigner: number;
  spfPerDomain: number;
  recentPerDomain: number;
}

/**
 * Sized for Chrome's 10 MB storage.local quota: a domain with every list full takes about 5.7 KB,
 * a typical one under 2 KB (`npx tsx scripts/bench.ts --only=memory`).
 */
export const DEFAULT_LIMITS: MemoryLimits = {
  domains: 1000,
  infraPerDomain: 24,
  signersPerDomain: 8,
  selectorsPerSigner: 8,
  spfPerDomain: 8,
  recentPerDomain: 24,
};

export type LearnOutcome =
  | 'learnt'
  | 'counted-before'
  | 'no-from-domain'
  | 'not-authenticated'
  | 'spoofed'
  | 'impersonation'
  | 'lookalike';

export interface LearnOptions {
  /** The user marked this message's sender as known good (teaches without a DMARC pass, never a spoof). */
  knownGood?: boolean;
  limits?: MemoryLimits;
}

type Learnable = Pick<
  Analysis,
  'from' | 'messageId' | 'date' | 'origin' | 'dkim' | 'spf' | 'dmarc' | 'verdict' | 'findings' | 'meta'
>;

/** Why this analysis may not teach the memory, or null when it may. */
export function refusal(
  a: Learnable,
  knownGood: boolean,
): Exclude<LearnOutcome, 'learnt' | 'counted-before'> | null {
  if (!senderKey(a)) return 'no-from-domain';
  if (a.verdict === 'spoofed' || a.dmarc.result === 'fail')
    return knownGood && a.verdict !== 'spoofed' ? null : 'spoofed';
  if (knownGood) return null;
  if (a.dmarc.result !== 'pass') return 'not-authenticated';
  if (a.findings.some((f) => f.severity === 'high' && IMPERSONATION_IDS.has(f.id))) return 'impersonation';
  if (
    a.findings.some(
      (f) => (f.id === 'first-contact' && f.severity !== 'info') || f.id === 'lookalike-of-known',
    )
  )
    return 'lookalike';
  // A pass the verdict does not stand behind teaches nothing: "unverified" (an SPF pass through a
  // shared platform alone: any of its tenants), or "suspicious" for a reason other than the
  // memory's own note that a known email service is new for the domain (an EC2 server passing
  // through a broad include would otherwise be usual from its second message on). A vendor that
  // moves to another email service is learnt, with its medium note once (sender-memory red team).
  if (a.verdict === 'unverified') return 'not-authenticated';
  if (a.verdict === 'suspicious' && !onlyNewEspNoted(a)) return 'not-authenticated';
  return null;
}

/** The memory findings that note a change of infrastructure or signer, not a fault of the message. */
const MEMORY_NOTES = new Set(['new-infrastructure', 'dkim-domain-changed']);

/**
 * Every concern (medium or high) is the memory's own note, the message came from a known email
 * service, and the domain's own key signed it (an SPF pass through the service's include is any
 * of its customers: a shared platform's tenant, another account at the same service).
 */
function onlyNewEspNoted(a: Learnable): boolean {
  return (
    a.origin.esp !== null &&
    a.origin.esp !== undefined &&
    a.dkim.some((d) => d.result === 'pass' && d.aligned) &&
    a.findings.every((f) => (f.severity !== 'medium' && f.severity !== 'high') || MEMORY_NOTES.has(f.id))
  );
}

export function learn(
  memory: SenderMemory,
  a: Learnable,
  opts: LearnOptions = {},
): { memory: SenderMemory; outcome: LearnOutcome } {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const refused = refusal(a, opts.knownGood === true);
  if (refused) return { memory, outcome: refused };
  const domain = senderKey(a)!;
  const h = messageKey(a);
  const index = domainIndex(memory.domains, domain);
  const old = index >= 0 ? memory.domains[index]! : null;
  if (old?.recent.some((r) => r.h === h)) return { memory, outcome: 'counted-before' };
  const t = learntAt(a.meta.analysedAt, memory.startedAt);
  const entry = addMessage(old, domain, a, h, t, opts.knownGood === true, limits);
  return {
    memory: { ...memory, domains: place(memory.domains, index, entry, limits.domains) },
    outcome: 'learnt',
  };
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * The time a message is learnt at: the analysis time, never before the memory's start. Both are
 * canonical ISO instants in the usual case (the engine's and learn's own clock), compared as
 * text; anything else is parsed.
 */
function learntAt(analysedAt: string, startedAt: string): string {
  if (
    isCanonicalInstant(analysedAt) &&
    isCanonicalInstant(startedAt) &&
    !Number.isNaN(Date.parse(analysedAt))
  )
    return later(analysedAt, startedAt);
  const analysed = Date.parse(analysedAt);
  return new Date(
    Math.max(Number.isFinite(analysed) ? analysed : 0, Date.parse(startedAt) || 0),
  ).toISOString();
}

// addMessage is written as plain loops building each record whole (no spreads, Sets or callbacks):
// it runs once per message right after an analysis, when little of its code or data is still in
// the processor's caches, and each builtin it calls is more code to fetch (issue 21's cost figure).
function addMessage(
  old: DomainMemory | null,
  domain: string,
  a: Learnable,
  h: string,
  t: string,
  knownGood: boolean,
  limits: MemoryLimits,
): DomainMemory {
  const infra = infraOf(a.origin);
  const signers = verifiedSigners(a);
  const spf = matchedSpf(a);
  // A new record that shares what did not change with the old one (records are never changed in
  // place: an older memory, a snapshot in use, keeps reading its own).
  const e: DomainMemory = {
    domain: old ? old.domain : ownString(domain),
    count: (old ? old.count : 0) + 1,
    firstSeen: old ? old.firstSeen : t,
    lastSeen: old ? later(old.lastSeen, t) : t,
    infra: old ? old.infra : [],
    dkim: old ? old.dkim : [],
    spf: old ? old.spf : [],
    dmarc: old ? old.dmarc : [],
    recent: old ? old.recent : [],
  };
  if (knownGood || old?.knownGood) e.knownGood = true;
  // The network and the SPF mechanism as the lists keep them (copies made once): the latest
  // message refers to those.
  let infraKey: string | null = null;
  let spfKey: string | null = null;
  if (infra) {
    const list = e.infra.slice();
    let at = -1;
    for (let k = 0; k < list.length; k++)
      if (list[k]!.key === infra.key) {
        at = k;
        break;
      }
    const seen = at >= 0 ? list[at]! : null;
    infraKey = seen ? seen.key : ownString(infra.key);
    if (seen)
      list[at] = {
        key: seen.key,
        name: seen.name,
        asn: seen.asn,
        count: seen.count + 1,
        firstSeen: seen.firstSeen,
        lastSeen: later(seen.lastSeen, t),
      };
    else
      list.push({
        key: infraKey,
        name: ownString(infra.name),
        asn: infra.asn,
        count: 1,
        firstSeen: t,
        lastSeen: t,
      });
    e.infra = keepRecent(list, limits.infraPerDomain);
  }
  if (signers.length > 0) {
    const dkim = e.dkim.slice();
    for (let first = 0; first < signers.length; first++) {
      const d = signers[first]!.domain;
      // Each signing domain once, at its first signature.
      let earlier = false;
      for (let k = 0; k < first && !earlier; k++) earlier = signers[k]!.domain === d;
      if (earlier) continue;
      let at = -1;
      for (let k = 0; k < dkim.length; k++)
        if (dkim[k]!.domain === d) {
          at = k;
          break;
        }
      const prev = at >= 0 ? dkim[at]! : null;
      const selectors = prev ? prev.selectors.slice() : [];
      for (let k = first; k < signers.length; k++) {
        const s = signers[k]!;
        // A signature whose selector the record did not name (offline) names the signer only.
        if (s.domain !== d || s.selector === '') continue;
        let i = -1;
        for (let x = 0; x < selectors.length; x++)
          if (selectors[x]!.selector === s.selector) {
            i = x;
            break;
          }
        const sel = i >= 0 ? selectors[i]! : null;
        if (sel)
          selectors[i] = { selector: sel.selector, count: sel.count + 1, lastSeen: later(sel.lastSeen, t) };
        else selectors.push({ selector: ownString(s.selector), count: 1, lastSeen: t });
      }
      const signer = {
        domain: prev ? prev.domain : ownString(d),
        count: prev ? prev.count + 1 : 1,
        selectors: keepRecent(selectors, limits.selectorsPerSigner),
        firstSeen: prev ? prev.firstSeen : t,
        lastSeen: prev ? later(prev.lastSeen, t) : t,
      };
      if (prev) dkim[at] = signer;
      else dkim.push(signer);
    }
    e.dkim = keepRecent(dkim, limits.signersPerDomain);
  } else e.dkim = keepRecent(e.dkim, limits.signersPerDomain);
  if (spf) {
    const list = e.spf.slice();
    let at = -1;
    for (let k = 0; k < list.length; k++)
      if (list[k]!.mechanism === spf) {
        at = k;
        break;
      }
    const m = at >= 0 ? list[at]! : null;
    spfKey = m ? m.mechanism : ownString(spf);
    if (m) list[at] = { mechanism: spfKey, count: m.count + 1, lastSeen: later(m.lastSeen, t) };
    else list.push({ mechanism: spfKey, count: 1, lastSeen: t });
    e.spf = keepRecent(list, limits.spfPerDomain);
  }
  const result = a.dmarc.result === 'pass' ? 'pass' : 'known-good';
  const dmarc = e.dmarc.slice();
  let at = -1;
  for (let k = 0; k < dmarc.length; k++)
    if (dmarc[k]!.result === result) {
      at = k;
      break;
    }
  const d = at >= 0 ? dmarc[at]! : null;
  if (d) dmarc[at] = { result, count: d.count + 1 };
  else dmarc.push({ result, count: 1 });
  e.dmarc = dmarc;
  const signed: string[] = [];
  for (const s of signers)
    if (signed.length < MAX_SIGNED) signed.push(ownString(`${s.domain}/${s.selector}`));
  const keep = Math.max(0, limits.recentPerDomain - 1);
  const recent = e.recent.length > keep ? e.recent.slice(e.recent.length - keep) : e.recent.slice();
  recent.push({ h, i: infraKey, d: signed, m: spfKey });
  e.recent = limits.recentPerDomain > 0 ? recent : [];
  return e;
}

/** At most `max` items, the least recently seen out first (LRU). */
function keepRecent<T extends { lastSeen: string }>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const drop = [...items].sort((x, y) => (x.lastSeen < y.lastSeen ? -1 : 1)).slice(0, items.length - max);
  return items.filter((x) => !drop.includes(x));
}

/**
 * The list with `entry` in it, at most `max` domains. Out first when it is full: a domain seen
 * once, least recently (what a flood of fresh domains consists of); then the least recently seen;
 * a domain the user marked known good last. The domain just learnt stays; a new domain takes the
 * slot of the one it evicts (positions mean nothing; lib/memory/lineage.ts follows them).
 */
function place(before: DomainMemory[], index: number, entry: DomainMemory, max: number): DomainMemory[] {
  const domains = before.slice();
  if (index >= 0) {
    domains[index] = entry;
    derived(before, domains, index, entry);
  } else if (before.length < max) {
    domains.push(entry);
    derived(before, domains, before.length, entry);
  } else if (before.length === max) {
    // The usual case, one new domain in a full memory: the lineage knows the first to go.
    const out = firstToEvict(before);
    if (out < 0) return [entry];
    domains[out] = entry;
    derived(before, domains, out, entry);
  } else {
    // More than one over (the limit was lowered): sort once.
    const order = before.slice().sort(evictsBefore);
    const drop = new Set(order.slice(0, before.length + 1 - max));
    return [...before.filter((d) => !drop.has(d)), entry];
  }
  return domains;
}

/** The memory without one domain (Options → delete). */
export function forgetDomain(memory: SenderMemory, domain: string): SenderMemory {
  return { ...memory, domains: memory.domains.filter((d) => d.domain !== domain) };
}
