// The memory's reading side: an empty memory, a read-only snapshot with an index, the facts of one
// analysis as the memory files them, and `recallSender` — what the memory knew about a message's
// sender before that message (the input of the findings in lib/findings/memory.ts).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { orgDomain } from '../findings/domains';
import { parsePlainIPv6 } from '../relay/address';
import type { Analysis, Origin } from '../types';
import { domainIndex } from './lineage';
import {
  type DomainMemory,
  MEMORY_FORMAT,
  MEMORY_VERSION,
  type SenderMemory,
  type SenderMemorySnapshot,
  type SenderRecall,
} from './types';

/** The parts of an analysis the memory reads (the verdict and findings are not needed to recall). */
export type MemoryFacts = Pick<Analysis, 'from' | 'messageId' | 'date' | 'origin' | 'dkim' | 'spf' | 'dmarc'>;

export function emptyMemory(now: Date): SenderMemory {
  return { format: MEMORY_FORMAT, version: MEMORY_VERSION, startedAt: now.toISOString(), domains: [] };
}

export function snapshotOf(memory: SenderMemory): SenderMemorySnapshot {
  // A message asks for one domain: found through the list's lineage (lib/memory/lineage.ts), not
  // a Map of the whole memory per snapshot (one snapshot per learnt message).
  return {
    memory,
    byDomain: {
      get: (domain) => {
        const i = domainIndex(memory.domains, domain);
        return i < 0 ? undefined : memory.domains[i];
      },
    },
  };
}

/** The key the memory files a sender under: the From address's organisational domain. */
export function senderKey(facts: Pick<Analysis, 'from'>): string | null {
  const domain = facts.from?.domain;
  if (!domain) return null;
  return orgDomain(domain) || null;
}

/**
 * One message's identity, so analysing it twice (an inbox badge, then the opened message) counts
 * once. The Message-ID names a message; without one, its Date and From stand in. Hashed: the
 * memory keeps no header text.
 */
export function messageKey(facts: Pick<Analysis, 'messageId' | 'date' | 'from'>): string {
  const id = facts.messageId?.trim()
    ? `id:${facts.messageId.trim()}`
    : `df:${facts.date}|${facts.from?.address}`;
  // The recall and the learning step both ask for the same message's key: hash it once.
  let key = recentKeys.get(id);
  if (key === undefined) {
    key = bytesToHex(sha256(utf8ToBytes(id))).slice(0, 16);
    if (recentKeys.size >= 64) recentKeys.clear();
    recentKeys.set(id, key);
  }
  return key;
}
const recentKeys = new Map<string, string>();

/** The network the message came from, as the memory names it; null when the origin is unknown. */
export function infraOf(origin: Origin): { key: string; name: string; asn: number | null } | null {
  if (!origin.ip || origin.insideReceiver) return null;
  const asn = origin.asn;
  if (origin.esp) return { key: `esp:${origin.esp}`, name: origin.esp, asn };
  if (origin.hosting) return { key: `host:${origin.hosting.provider}`, name: origin.hosting.provider, asn };
  if (asn !== null)
    return { key: `as:${asn}`, name: origin.org ? `${origin.org} (AS${asn})` : `AS${asn}`, asn };
  const net = networkOf(origin.ip);
  return net ? { key: `net:${net}`, name: `the network ${net}`, asn: null } : null;
}

/** The /24 (IPv4) or /48 (IPv6) around an address: a sender's own servers without AS data. */
function networkOf(ip: string): string | null {
  if (!ip.includes(':')) {
    const parts = ip.split('.');
    return parts.length === 4 ? `${parts.slice(0, 3).join('.')}.0/24` : null;
  }
  const w = parsePlainIPv6(ip);
  if (!w) return null;
  const hex = (n: number) => n.toString(16);
  return `${hex(w[0] >>> 16)}:${hex(w[0] & 0xffff)}:${hex(w[1] >>> 16)}::/48`;
}

/** DKIM signatures that verified, as `d=` / `s=` pairs (lower case). */
export function verifiedSigners(facts: Pick<Analysis, 'dkim'>): Array<{ domain: string; selector: string }> {
  const out: Array<{ domain: string; selector: string }> = [];
  for (const d of facts.dkim) {
    if (d.result !== 'pass' || !d.domain) continue;
    const s = { domain: d.domain.toLowerCase(), selector: (d.selector ?? '').toLowerCase() };
    if (!out.some((o) => o.domain === s.domain && o.selector === s.selector)) out.push(s);
  }
  return out;
}

export function matchedSpf(facts: Pick<Analysis, 'spf'>): string | null {
  return facts.spf.result === 'pass' && facts.spf.mechanism ? facts.spf.mechanism.toLowerCase() : null;
}

const TOP = 6;

/**
 * What the memory knew about this message's sender, without this message's own contribution
 * (it may have been learnt already, from its inbox badge): the same message never vouches for itself.
 */
export function recallSender(snapshot: SenderMemorySnapshot, facts: MemoryFacts): SenderRecall | null {
  const domain = senderKey(facts);
  if (!domain) return null;
  const entry = snapshot.byDomain.get(domain);
  // The message's key only matters when the domain is known (a first contact hashes nothing here).
  const h = entry ? messageKey(facts) : '';
  const own = entry?.recent.find((r) => r.h === h) ?? null;
  const recall: SenderRecall = {
    domain,
    since: snapshot.memory.startedAt,
    domainsKnown: snapshot.memory.domains.length - (entry && own && entry.count <= 1 ? 1 : 0),
    current: {
      infra: infraOf(facts.origin),
      signers: verifiedSigners(facts),
      spfMechanism: matchedSpf(facts),
      alreadyCounted: own !== null,
    },
    known: null,
  };
  if (!entry) return recall;
  const count = entry.count - (own ? 1 : 0);
  if (count <= 0) return recall;
  // Plain loops: this runs for every message, right after an analysis has evicted it from the caches.
  const allInfra: Array<{ key: string; name: string; count: number; lastSeen: string }> = [];
  for (const i of entry.infra) {
    const n = i.count - (own?.i === i.key ? 1 : 0);
    if (n > 0) allInfra.push({ key: i.key, name: i.name, count: n, lastSeen: i.lastSeen });
  }
  allInfra.sort(byCountThenNewest);
  const infra = allInfra.length > TOP ? allInfra.slice(0, TOP) : allInfra;
  const signers: Array<{ domain: string; count: number; selectors: string[] }> = [];
  for (const s of entry.dkim) {
    const prefix = `${s.domain}/`;
    const n = s.count - (own?.d.some((d) => d.startsWith(prefix)) ? 1 : 0);
    if (n <= 0) continue;
    const selectors: string[] = [];
    for (const x of s.selectors)
      if (x.count - (own?.d.includes(prefix + x.selector) ? 1 : 0) > 0) selectors.push(x.selector);
    signers.push({ domain: s.domain, count: n, selectors });
  }
  signers.sort(byCount);
  const spf: Array<{ mechanism: string; count: number }> = [];
  for (const m of entry.spf) {
    const n = m.count - (own?.m === m.mechanism ? 1 : 0);
    if (n > 0) spf.push({ mechanism: m.mechanism, count: n });
  }
  spf.sort(byCount);
  recall.known = {
    count,
    firstSeen: entry.firstSeen,
    lastSeen: entry.lastSeen,
    knownGood: entry.knownGood === true,
    infra,
    lastRun: lastRun(entry, h, count, allInfra),
    signers,
    spf,
  };
  return recall;
}

function byCount(a: { count: number }, b: { count: number }): number {
  return b.count - a.count;
}

function byCountThenNewest(
  a: { count: number; lastSeen: string },
  b: { count: number; lastSeen: string },
): number {
  return b.count - a.count || (a.lastSeen < b.lastSeen ? 1 : -1);
}

/** The infrastructure the sender's latest messages shared, newest first, and how many in a row. */
function lastRun(
  entry: Readonly<DomainMemory>,
  skip: string,
  count: number,
  infra: Array<{ key: string; name: string; count: number }>,
): { key: string; name: string; count: number } | null {
  const recent = entry.recent.filter((r) => r.h !== skip);
  const newest = recent[recent.length - 1];
  if (!newest?.i) return null;
  let n = 0;
  for (let k = recent.length - 1; k >= 0 && recent[k]!.i === newest.i; k--) n++;
  const seen = infra.find((i) => i.key === newest.i);
  // The whole remembered window shares it and so does every message counted: the run is all of them.
  if (n === recent.length && seen && seen.count >= count) n = count;
  return { key: newest.i, name: seen?.name ?? newest.i, count: n };
}
