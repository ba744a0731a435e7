// The memory's learning side, run after an analysis (never inside it, so an analysis stays a pure
// function of the message and its inputs). Pure: returns a new memory, the old one untouched.
//
// Who may teach it, thinking as the attacker:
//  - only a message whose From domain authenticated (DMARC pass, and a verdict that stands behind
//    it: not "unverified", not "suspicious" but for a new email service, whose network joins only
//    with a selector new to the domain) or that the user marked as known good; a DMARC fail never
//    enters, marked or not, nor does anything the verdict calls spoofed;
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
import { MEMORY_BUDGET, recentDerived, withinBudget } from './budget';
import {
  canonicalInstantMillis,
  derived,
  domainIndex,
  evictsBefore,
  firstToEvict,
  isCanonicalInstant,
  recentIndexOf,
  releaseLatestLineage,
  slotBytes,
} from './lineage';
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
  /** The whole memory's serialised size at most (MEMORY_BUDGET when absent; lib/memory/budget.ts). */
  bytes?: number;
}

/** Signers of another organisation than the From's kept per message. */
export const MAX_OTHER_SIGNERS = 2;
/** The longest signer (`d=`) name learnt: longer ones are left out. */
export const MAX_SIGNER_NAME = 100;
/** The longest selector learnt (one DNS label): longer ones are left out. */
export const MAX_LEARNT_SELECTOR = 63;

/**
 * Sized for Chrome's 10 MB storage.local quota: a domain with every list full takes about 5.7 KB,
 * a typical one under 2 KB (`npx tsx scripts/bench.ts --only=memory`); one whose names are as long
 * as learn keeps them (sixteen 100-character signers with 63-character selectors a message) about
 * 69 KB. The whole memory stays within MEMORY_BUDGET whatever the names (lib/memory/budget.ts).
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
  /** The user marked this message's sender as known good (teaches without a DMARC pass, never a DMARC fail or a spoof). */
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
  // A DMARC fail never teaches, whatever the verdict or the mark: a p=none domain's fail reads
  // "unverified" or "suspicious", not "spoofed", and a mark (a popup of an older version, a script
  // sending the worker's message) would file the forger's network as the domain's (red team 36).
  if (a.verdict === 'spoofed' || a.dmarc.result === 'fail') return 'spoofed';
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

/**
 * Whether the message's network may join the domain's (`infra`). A message let in only through
 * `onlyNewEspNoted` (the memory's medium note that the network is new) must also carry a signature
 * of the From's organisation with a selector not seen before for its signer: a real move to another
 * email service brings that service's keys, while an old signature of the domain replayed through
 * the attacker's own tenant (red team 36, A1) carries one already remembered. Without one the
 * message is learnt, its network is not, and the next message from there is new again.
 */
function networkMayJoin(a: Learnable, old: DomainMemory | null, domain: string, knownGood: boolean): boolean {
  if (knownGood || !old || a.verdict !== 'suspicious') return true;
  if (
    !a.findings.some(
      (f) => f.id === 'new-infrastructure' && (f.severity === 'medium' || f.severity === 'high'),
    )
  )
    return true;
  for (const s of verifiedSigners(a)) {
    if (s.selector === '' || !ownSigner(s.domain, domain)) continue;
    const seen = old.dkim.find((k) => k.domain === s.domain);
    if (!seen?.selectors.some((x) => x.selector === s.selector)) return true;
  }
  return false;
}

/** A signer of the From's organisation (`domain`, as the memory files it) or one of its subdomains. */
function ownSigner(signer: string, domain: string): boolean {
  return signer === domain || (signer.length > domain.length && signer.endsWith(`.${domain}`));
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
  if (old && recentIndexOf(memory.domains, index, h) >= 0) return { memory, outcome: 'counted-before' };
  const t = learntAt(a.meta.analysedAt, memory.startedAt);
  const knownGood = opts.knownGood === true;
  const network = networkMayJoin(a, old, domain, knownGood);
  const entry = addMessage(old, domain, a, h, t, knownGood, network, limits);
  const domains = place(memory.domains, index, entry, limits.domains, limits.bytes ?? MEMORY_BUDGET);
  return { memory: nextMemory(memory, domains), outcome: 'learnt' };
}

/**
 * The memory learn returned last when it holds the four fields of a memory and no other: the next
 * one made from it is written field by field, not spread (after an analysis the spread took about
 * 5 µs a message, writing the fields 0.5 µs: issue 21). Any other memory (an import, a caller's
 * own) is spread, so whatever else it carries is kept as before. Like the lineage's newest list,
 * it holds one memory until the next is learnt.
 */
let lastPlain: SenderMemory | null = null;

/**
 * Lets go of the memories and lists kept for the next message (`lastPlain`, the lineage's newest):
 * after "forget everything", a forgotten domain or an import, nothing of the memory before it stays
 * in the worker's RAM until the next message is learnt.
 */
export function releaseMemoryCaches(): void {
  lastPlain = null;
  releaseLatestLineage();
}

function nextMemory(memory: SenderMemory, domains: DomainMemory[]): SenderMemory {
  let next: SenderMemory;
  if (memory === lastPlain)
    next = { format: memory.format, version: memory.version, startedAt: memory.startedAt, domains };
  else {
    next = { ...memory, domains };
    if (!isPlainMemory(next)) return next;
  }
  lastPlain = next;
  return next;
}

/** Whether `m` has the four fields of a memory, in that order, and nothing else. */
function isPlainMemory(m: SenderMemory): boolean {
  const keys = Object.keys(m);
  return (
    keys.length === 4 &&
    keys[0] === 'format' &&
    keys[1] === 'version' &&
    keys[2] === 'startedAt' &&
    keys[3] === 'domains' &&
    Object.getOwnPropertySymbols(m).length === 0
  );
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
  // canonicalInstantMillis reads a canonical instant by hand (Date.parse's answer, without calling
  // it) and keeps it for the record's eviction key (lib/memory/lineage.ts), read next.
  if (isCanonicalInstant(startedAt) && !Number.isNaN(canonicalInstantMillis(analysedAt)))
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
  network: boolean,
  limits: MemoryLimits,
): DomainMemory {
  const infra = network ? infraOf(a.origin) : null;
  const signers = keptSigners(a, domain);
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
  const dropped = e.recent.length > keep ? e.recent.length - keep : 0;
  const recent = dropped > 0 ? e.recent.slice(dropped) : e.recent.slice();
  recent.push({ h, i: infraKey, d: signed, m: spfKey });
  recentDerived(e.recent, dropped, recent);
  e.recent = limits.recentPerDomain > 0 ? recent : [];
  return e;
}

/**
 * The verified signatures learn keeps of one message (in `dkim` and `recent[].d`): every one of the
 * From's organisation and at most MAX_OTHER_SIGNERS others, each with a signer name of at most
 * MAX_SIGNER_NAME characters and a selector of at most MAX_LEARNT_SELECTOR (a longer one is left
 * out, not cut: a cut name is no signer). Sixteen verified signatures with DNS-legal names of 253
 * characters grew one domain's record to about 98 KB (red team 36, C1).
 */
function keptSigners(a: Learnable, domain: string): Array<{ domain: string; selector: string }> {
  const out: Array<{ domain: string; selector: string }> = [];
  let others = 0;
  for (const s of verifiedSigners(a)) {
    if (s.domain.length > MAX_SIGNER_NAME || s.selector.length > MAX_LEARNT_SELECTOR) continue;
    if (!ownSigner(s.domain, domain)) {
      if (others >= MAX_OTHER_SIGNERS) continue;
      others++;
    }
    out.push(s);
  }
  return out;
}

/** At most `max` items, the least recently seen out first (LRU). */
function keepRecent<T extends { lastSeen: string }>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const drop = [...items].sort((x, y) => (x.lastSeen < y.lastSeen ? -1 : 1)).slice(0, items.length - max);
  return items.filter((x) => !drop.includes(x));
}

/**
 * The list with `entry` in it, at most `max` domains and `bytes` serialised (lib/memory/budget.ts).
 * Out first when it is full: a domain seen once, least recently (what a flood of fresh domains
 * consists of); then the least recently seen; a domain the user marked known good last. The domain
 * just learnt stays; a new domain takes the slot of the one it evicts (positions mean nothing;
 * lib/memory/lineage.ts follows them). Over the byte budget, records larger than their share go
 * first (withinBudget).
 */
function place(
  before: DomainMemory[],
  index: number,
  entry: DomainMemory,
  max: number,
  bytes: number,
): DomainMemory[] {
  const domains = before.slice();
  let out: DomainMemory | null = null;
  // The size the lineage kept for the record replaced (-1: none), read before it moves on.
  let outBytes = -1;
  let at: number;
  if (index >= 0) {
    at = index;
    out = before[at]!;
    outBytes = slotBytes(before, at);
    domains[at] = entry;
    derived(before, domains, at, entry);
  } else if (before.length < max) {
    at = before.length;
    domains.push(entry);
    derived(before, domains, at, entry);
  } else if (before.length === max) {
    // The usual case, one new domain in a full memory: the lineage knows the first to go.
    at = firstToEvict(before);
    if (at < 0) return withinBudget(null, [entry], null, entry, bytes, max);
    out = before[at]!;
    outBytes = slotBytes(before, at);
    domains[at] = entry;
    derived(before, domains, at, entry);
  } else {
    // More than one over (the limit was lowered): sort once.
    const order = before.slice().sort(evictsBefore);
    const drop = new Set(order.slice(0, before.length + 1 - max));
    return withinBudget(null, [...before.filter((d) => !drop.has(d)), entry], null, entry, bytes, max);
  }
  return withinBudget(before, domains, out, entry, bytes, max, at, outBytes);
}

/** The memory without one domain (Options → delete). */
export function forgetDomain(memory: SenderMemory, domain: string): SenderMemory {
  return { ...memory, domains: memory.domains.filter((d) => d.domain !== domain) };
}
