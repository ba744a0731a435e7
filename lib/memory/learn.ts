// The memory's learning side, run after an analysis (never inside it, so an analysis stays a pure
// function of the message and its inputs). Pure: returns a new memory, the old one untouched.
//
// Who may teach it, thinking as the attacker:
//  - only a message whose From domain authenticated (DMARC pass) or that the user marked as known
//    good; a spoof that fails DMARC never enters, nor does anything the verdict calls spoofed;
//  - a first message from a look-alike of a remembered domain (`first-contact` at medium) or one
//    carrying a high impersonation finding never enters by itself, so a look-alike cannot make
//    itself familiar and silence the finding on its next message;
//  - dates are HeaderLens's own clock (the analysis time), never the message's Date header, and
//    never earlier than the memory's start: an old Date cannot rewrite a first-seen into the past;
//  - a message already counted (same Message-ID) is not counted again;
//  - a flood of new domains evicts domains seen once before a familiar one.
import { IMPERSONATION_IDS } from '../findings/verdict';
import type { Analysis } from '../types';
import { derived, domainIndex, evictsBefore, firstToEvict } from './lineage';
import { infraOf, matchedSpf, messageKey, senderKey, verifiedSigners } from './model';
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
  infraPerDomain: 12,
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
  if (a.findings.some((f) => f.id === 'first-contact' && f.severity !== 'info')) return 'lookalike';
  return null;
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
  const analysed = Date.parse(a.meta.analysedAt);
  const t = new Date(
    Math.max(Number.isFinite(analysed) ? analysed : 0, Date.parse(memory.startedAt) || 0),
  ).toISOString();
  const entry = addMessage(old, domain, a, h, t, opts.knownGood === true, limits);
  return {
    memory: { ...memory, domains: place(memory.domains, index, entry, limits.domains) },
    outcome: 'learnt',
  };
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

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
  // place: an older memory, a snapshot in use, keeps reading its own). Copying every list and item
  // of a familiar domain was about a tenth of the memory's time in a profile.
  const e: DomainMemory = old
    ? { ...old }
    : { domain, count: 0, firstSeen: t, lastSeen: t, infra: [], dkim: [], spf: [], dmarc: [], recent: [] };
  e.count += 1;
  e.lastSeen = later(e.lastSeen, t);
  if (knownGood) e.knownGood = true;
  if (infra) {
    const list = e.infra.slice();
    const at = list.findIndex((x) => x.key === infra.key);
    const seen = list[at];
    if (seen) list[at] = { ...seen, count: seen.count + 1, lastSeen: later(seen.lastSeen, t) };
    else list.push({ ...infra, count: 1, firstSeen: t, lastSeen: t });
    e.infra = keepRecent(list, limits.infraPerDomain);
  }
  const dkim = signers.length > 0 ? e.dkim.slice() : e.dkim;
  for (const d of new Set(signers.map((s) => s.domain))) {
    const at = dkim.findIndex((x) => x.domain === d);
    const prev = dkim[at];
    const selectors = prev ? prev.selectors.slice() : [];
    for (const { domain: of, selector } of signers) {
      if (of !== d) continue;
      const i = selectors.findIndex((x) => x.selector === selector);
      const sel = selectors[i];
      if (sel) selectors[i] = { ...sel, count: sel.count + 1, lastSeen: later(sel.lastSeen, t) };
      else selectors.push({ selector, count: 1, lastSeen: t });
    }
    const signer = prev
      ? { ...prev, count: prev.count + 1, lastSeen: later(prev.lastSeen, t) }
      : { domain: d, count: 1, selectors, firstSeen: t, lastSeen: t };
    signer.selectors = keepRecent(selectors, limits.selectorsPerSigner);
    if (prev) dkim[at] = signer;
    else dkim.push(signer);
  }
  e.dkim = keepRecent(dkim, limits.signersPerDomain);
  if (spf) {
    const list = e.spf.slice();
    const at = list.findIndex((x) => x.mechanism === spf);
    const m = list[at];
    if (m) list[at] = { ...m, count: m.count + 1, lastSeen: later(m.lastSeen, t) };
    else list.push({ mechanism: spf, count: 1, lastSeen: t });
    e.spf = keepRecent(list, limits.spfPerDomain);
  }
  const result = a.dmarc.result === 'pass' ? 'pass' : 'known-good';
  const dmarc = e.dmarc.slice();
  const at = dmarc.findIndex((x) => x.result === result);
  const d = dmarc[at];
  if (d) dmarc[at] = { ...d, count: d.count + 1 };
  else dmarc.push({ result, count: 1 });
  e.dmarc = dmarc;
  const recent = [
    ...e.recent,
    { h, i: infra?.key ?? null, d: signers.map((s) => `${s.domain}/${s.selector}`), m: spf },
  ];
  e.recent = recent.length > limits.recentPerDomain ? recent.slice(-limits.recentPerDomain) : recent;
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
