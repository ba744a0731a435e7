// The memory's reading side: an empty memory, a read-only snapshot with an index, the facts of one
// analysis as the memory files them, and `recallSender` — what the memory knew about a message's
// sender before that message (the input of the findings in lib/findings/memory.ts).
import { orgDomain } from '../findings/domains';
import { TENANT_PARENTS } from '../findings/freemail';
import { TEAMS_NOTIFIER_HOSTS, WHOLE_NAME_ADDRESSES, WHOLE_NAME_NOTIFIERS } from '../findings/platforms';
import { parsePlainIPv6 } from '../relay/address';
import { ownString } from '../remember';
import type { Analysis, Origin } from '../types';
import { domainIndex, type RecentSummary, recentIndexOf, recentOf, summaryOf } from './lineage';
import { lastOne, MECHANISM, memoryHost, memoryKey, memoryName, SELECTOR } from './names';
import {
  type DomainMemory,
  MEMORY_FORMAT,
  MEMORY_VERSION,
  type RecentMessage,
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
  return { memory, byDomain: new DomainLookup(memory) };
}

/** `SenderMemorySnapshot.byDomain`: a class, so a snapshot makes one object, not a closure. */
class DomainLookup {
  constructor(private readonly memory: SenderMemory) {}

  get(domain: string): Readonly<DomainMemory> | undefined {
    const i = domainIndex(this.memory.domains, domain);
    return i < 0 ? undefined : this.memory.domains[i];
  }
}

/** The key the memory files a sender under: the From address's organisational domain. */
export function senderKey(facts: Pick<Analysis, 'from'>): string | null {
  const domain = facts.from?.domain;
  if (!domain) return null;
  const address = facts.from?.address;
  // The recall, the learning's check and the learning ask it of the same message in turn.
  if (last !== null && domain === last.domain && address === last.address) return last.key;
  let key: string | null = null;
  const a = address ? address.toLowerCase() : '';
  if (!a || !(SHARED_CUSTOMER_ADDRESSES.has(a) || WHOLE_NAME_ADDRESSES.has(a))) key = keyOfDomain(domain);
  last = { domain: ownString(domain), address: address ? ownString(address) : address, key };
  return key;
}

/** senderKey's last question and answer (copies that stand alone: no message kept alive). */
let last: { domain: string; address: string | null | undefined; key: string | null } | null = null;

/**
 * Hosts every customer of a platform mails from under the customer's own chosen name, besides the
 * notifiers the name rules know (Teams' hosts, SharePoint: lib/findings/platforms.ts, read with
 * these in keyOfDomain).
 */
const SHARED_CUSTOMER_HOSTS: ReadonlySet<string> = new Set([
  'notification.intuit.com',
  'post.xero.com',
  'appsheet.com',
  // Memory red team 112: WeTransfer's transfers, DocuSign's envelopes and Mailchimp's rewritten
  // free-mail senders are each any customer's.
  'wetransfer.com',
  'docusign.net',
  'mailchimpapp.net',
]);

/**
 * SHARED_CUSTOMER_HOSTS, TEAMS_NOTIFIER_HOSTS and WHOLE_NAME_NOTIFIERS in one set: keyOfDomain asks
 * it of every new From domain right after an analysis, one lookup instead of three (issue 21).
 */
const SHARED_HOSTS: ReadonlySet<string> = new Set([
  ...SHARED_CUSTOMER_HOSTS,
  ...TEAMS_NOTIFIER_HOSTS,
  ...WHOLE_NAME_NOTIFIERS,
]);

/**
 * The same, by whole address, where the brand's other mail from that domain is its own (Google's
 * account alerts, Stripe's and Shopify's own notices): Drive's shares, Stripe's invoices for its
 * customers, Shopify's mail for its stores (memory red team 112), besides Calendar's invitations
 * (WHOLE_NAME_ADDRESSES in lib/findings/platforms.ts, read with these in senderKey).
 */
const SHARED_CUSTOMER_ADDRESSES: ReadonlySet<string> = new Set([
  'drive-shares-dm-noreply@google.com',
  'drive-shares-noreply@google.com',
  'comments-noreply@docs.google.com',
  'invoice+statements@stripe.com',
  'mailer@shopify.com',
]);

/**
 * Platforms whose tenants are senders of their own for the memory: the mail and help-desk platforms
 * (TENANT_PARENTS), and Amazon WorkMail's organisations (<org>.awsapps.com, red-team 168: every one
 * was filed as "awsapps.com"), which the brand rules still read as Amazon's names.
 */
const MEMORY_TENANT_PARENTS: readonly string[] = [...TENANT_PARENTS, 'awsapps.com'];
/** Each of MEMORY_TENANT_PARENTS with the dot in front, made once (not per name asked). */
const DOTTED_TENANT_PARENTS: readonly string[] = MEMORY_TENANT_PARENTS.map((p) => `.${p}`);

/**
 * senderKey of a From domain. Not remembered in a table of its own: senderKey's last answer serves
 * the recall and the learning of one message and a sender's next message, and every other domain
 * asked is most often a first contact, for which a table lookup that misses and an insertion (after
 * an analysis, cache misses) cost more than this, whose names (orgDomain, memoryHost) are remembered.
 */
function keyOfDomain(domain: string): string | null {
  const org = orgDomain(domain);
  if (!org) return null;
  // A platform's shared address that writes its customer's chosen name (QuickBooks Online's
  // invoices from notification.intuit.com, Xero's post.xero.com, AppSheet's apps): every customer
  // mails from it, so no sender of its own is learnt or recalled there (one genuine supplier's
  // invoice must not make the attacker's own company "usual": red-team round 109).
  const host = memoryHost(domain);
  if (SHARED_HOSTS.has(host ?? '')) return null;
  // A tenant of a mail or help-desk platform is a sender of its own: contoso.onmicrosoft.com is
  // not northbankalerts.onmicrosoft.com, nor is northbank.zendesk.com the vendor's acme.zendesk.com
  // (the public suffix list does not list these platforms). The platform's own name (zendesk.com
  // writing as itself) is the platform's.
  const lower = domain.toLowerCase();
  let platform: string | undefined;
  for (let k = 0; k < MEMORY_TENANT_PARENTS.length && platform === undefined; k++)
    if (org === MEMORY_TENANT_PARENTS[k] || lower.endsWith(DOTTED_TENANT_PARENTS[k]!))
      platform = MEMORY_TENANT_PARENTS[k];
  if (platform) {
    if (!host?.endsWith(`.${platform}`)) return host === platform ? host : null;
    const labels = host.slice(0, -platform.length - 1).split('.');
    return memoryHost(`${labels[labels.length - 1]}.${platform}`);
  }
  // Filed in A-labels, as the import checks them (RFC 6532 allows a From domain in UTF-8).
  return org === domain ? host : memoryHost(org);
}

/**
 * One message's identity, so analysing it twice (an inbox badge, then the opened message) counts
 * once. The Message-ID names a message; without one, its Date and From stand in. Hashed: the
 * memory keeps no header text.
 *
 * Two 32-bit multiply-xor hashes over the UTF-16 text (64 bits, 16 hex digits), not SHA-256: the
 * key only tells one message of a sender from another, and after an analysis SHA-256's code was
 * out of the caches, so hashing one Message-ID cost 15-19 µs, a third of the memory's share of a
 * message (issue 21). A sender who crafts a collision can only make the memory take their
 * message for one of their own domain's earlier messages (a domain learns only from mail that
 * authenticated as that domain): it then counts once, not twice.
 */
export function messageKey(facts: Pick<Analysis, 'messageId' | 'date' | 'from'>): string {
  // The recall asks it inside the analysis and the learning right after, of the same message.
  const messageId = facts.messageId;
  const date = facts.date;
  const address = facts.from?.address;
  if (
    lastKey !== null &&
    messageId === lastKey.messageId &&
    date === lastKey.date &&
    address === lastKey.address
  )
    return lastKey.key;
  const id = messageId?.trim() ? `id:${messageId.trim()}` : `df:${date}|${address}`;
  const key = hex16(hash32(id, 0x9e3779b9), hash32(id, 0x85ebca6b));
  lastKey = { messageId, date, address, key };
  return key;
}

/** The last message's key, for the learning step right after that message's recall. */
let lastKey: { messageId: unknown; date: unknown; address: unknown; key: string } | null = null;

/** A 32-bit hash of `s`'s UTF-16 code units (murmur3's mixing, one unit at a time). */
function hash32(s: string, seed: number): number {
  let h = seed ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0xcc9e2d51);
    h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const HEX = '0123456789abcdef';

/**
 * Two 32-bit numbers as 16 hex digits, written in one piece: a string joined from two halves is
 * kept as a pair by V8 and flattened again by every JSON.stringify of the memory.
 */
function hex16(a: number, b: number): string {
  return String.fromCharCode(
    digit(a, 28),
    digit(a, 24),
    digit(a, 20),
    digit(a, 16),
    digit(a, 12),
    digit(a, 8),
    digit(a, 4),
    digit(a, 0),
    digit(b, 28),
    digit(b, 24),
    digit(b, 20),
    digit(b, 16),
    digit(b, 12),
    digit(b, 8),
    digit(b, 4),
    digit(b, 0),
  );
}

/** The hex digit of `n`'s four bits at `shift`, as a character code (hex16). */
function digit(n: number, shift: number): number {
  return HEX.charCodeAt((n >>> shift) & 15);
}

/** The network the message came from, as the memory names it; null when the origin is unknown. */
export function infraOf(origin: Origin): { key: string; name: string; asn: number | null } | null {
  if (!origin.ip || origin.insideReceiver) return null;
  const asn = origin.asn;
  // Names as the import accepts them: an AS registry name may carry "!" or quotes ("High5! B.V.").
  if (origin.esp) {
    const n = espNames(origin.esp);
    return { key: n.key, name: n.name, asn };
  }
  if (origin.hosting) {
    const n = hostingNames(origin.hosting.provider);
    return { key: n.key, name: n.name, asn };
  }
  if (asn !== null)
    return {
      key: `as:${asn}`,
      name: origin.org ? memoryName(`${origin.org} (AS${asn})`, `AS${asn}`) : `AS${asn}`,
      asn,
    };
  const net = networkOf(origin.ip);
  return net ? { key: `net:${net}`, name: `the network ${net}`, asn: null } : null;
}

// The key and name of an email service or hosting provider (the recall and the learning of one
// message ask the same; so do the next messages from the same service).
const espNames = lastOne((esp) => ({
  key: memoryKey(`esp:${esp}`),
  name: memoryName(esp, 'an email service'),
}));
const hostingNames = lastOne((provider) => ({
  key: memoryKey(`host:${provider}`),
  name: memoryName(provider, 'a hosting network'),
}));

/** The /24 (IPv4) or /48 (IPv6) around an address: a sender's own servers without AS data. */
function networkOf(ip: string): string | null {
  if (!ip.includes(':')) {
    const parts = ip.split('.');
    return parts.length === 4 ? `${parts.slice(0, 3).join('.')}.0/24` : null;
  }
  const w = parsePlainIPv6(ip);
  if (!w) return null;
  return `${(w[0] >>> 16).toString(16)}:${(w[0] & 0xffff).toString(16)}:${(w[1] >>> 16).toString(16)}::/48`;
}

/** DKIM signatures that verified, as `d=` / `s=` pairs (lower case). */
export function verifiedSigners(facts: Pick<Analysis, 'dkim'>): Array<{ domain: string; selector: string }> {
  const out: Array<{ domain: string; selector: string }> = [];
  for (const d of facts.dkim) {
    if (d.result !== 'pass' || !d.domain) continue;
    // As the import accepts them: the signer in A-labels, a selector DNS could hold, or none (an
    // offline provider record that does not name it).
    const domain = memoryHost(d.domain);
    const selector = learntSelector(d.selector ?? '');
    if (!domain || selector === null) continue;
    const s = { domain, selector };
    if (!out.some((o) => o.domain === s.domain && o.selector === s.selector)) out.push(s);
  }
  return out;
}

/** A DKIM selector as the memory files it (lower case), '' for none, null when DNS could not hold it. */
const learntSelector = lastOne((s) => {
  const selector = s.toLowerCase();
  return selector === '' || SELECTOR.test(selector) ? selector : null;
});

export function matchedSpf(facts: Pick<Analysis, 'spf'>): string | null {
  if (facts.spf.result !== 'pass' || !facts.spf.mechanism) return null;
  return learntMechanism(facts.spf.mechanism);
}

const learntMechanism = lastOne((mechanism) => {
  const m = mechanism.toLowerCase();
  return MECHANISM.test(m) ? m : null;
});

const TOP = 6;

/**
 * What the memory knew about this message's sender, without this message's own contribution
 * (it may have been learnt already, from its inbox badge): the same message never vouches for itself.
 */
export function recallSender(snapshot: SenderMemorySnapshot, facts: MemoryFacts): SenderRecall | null {
  const domain = senderKey(facts);
  if (!domain) return null;
  const domains = snapshot.memory.domains;
  const index = domainIndex(domains, domain);
  const entry = index >= 0 ? domains[index] : undefined;
  // The message's key only matters when the domain is known (a first contact hashes nothing here).
  const h = entry ? messageKey(facts) : '';
  // Whether this message is among the domain's latest, found in their keys end to end (each at a
  // multiple of 16) rather than by reading each message's record.
  const summary = entry ? recentOf(domains, index) : null;
  const at = entry ? recentIndexOf(domains, index, h) : -1;
  const own: RecentMessage | null = entry && at >= 0 ? (entry.recent[at] ?? null) : null;
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
  // Plain loops and insertion sorts (lists of at most a dozen): this runs for every message, right
  // after an analysis has evicted its code and data from the processor's caches (issue 21).
  const allInfra: Array<{ key: string; name: string; count: number; lastSeen: string }> = [];
  for (const i of entry.infra) {
    const n = i.count - (own !== null && own.i === i.key ? 1 : 0);
    if (n > 0)
      insertSorted(allInfra, { key: i.key, name: i.name, count: n, lastSeen: i.lastSeen }, byCountThenNewest);
  }
  const infra = allInfra.length > TOP ? allInfra.slice(0, TOP) : allInfra;
  const signers: Array<{ domain: string; count: number; selectors: string[] }> = [];
  for (const s of entry.dkim) {
    const prefix = `${s.domain}/`;
    let n = s.count;
    if (own !== null) for (const d of own.d) if (d.startsWith(prefix)) n = s.count - 1;
    if (n <= 0) continue;
    const selectors: string[] = [];
    for (const x of s.selectors) {
      let m = x.count;
      if (own !== null) for (const d of own.d) if (d === prefix + x.selector) m = x.count - 1;
      if (m > 0) selectors.push(x.selector);
    }
    insertSorted(signers, { domain: s.domain, count: n, selectors }, byCount);
  }
  const spf: Array<{ mechanism: string; count: number }> = [];
  for (const m of entry.spf) {
    const n = m.count - (own !== null && own.m === m.mechanism ? 1 : 0);
    if (n > 0) insertSorted(spf, { mechanism: m.mechanism, count: n }, byCount);
  }
  const rest = own === null ? null : others(entry.recent, h);
  recall.known = {
    count,
    firstSeen: entry.firstSeen,
    lastSeen: entry.lastSeen,
    knownGood: entry.knownGood === true,
    infra,
    infraKnown: recall.current.infra !== null && allInfra.some((i) => i.key === recall.current.infra?.key),
    // Without this message when it is among the latest (read anew then: the summary includes it).
    lastRun: rest
      ? runOf(summaryOf(rest), count, rest.length, allInfra)
      : runOf(summary ?? summaryOf(entry.recent), count, entry.recent.length, allInfra),
    signers,
    spf,
  };
  return recall;
}

/** The latest messages but the one keyed `h`. */
function others(recent: DomainMemory['recent'], h: string): DomainMemory['recent'] {
  return recent.filter((r) => r.h !== h);
}

/** Puts `item` before the elements it sorts before (an insertion sort, one item at a time). */
function insertSorted<T>(list: T[], item: T, order: (a: T, b: T) => number): void {
  let at = list.length;
  while (at > 0 && order(item, list[at - 1]!) < 0) at--;
  if (at === list.length) list.push(item);
  else list.splice(at, 0, item);
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

/**
 * The infrastructure the sender's latest messages shared, newest first, and how many in a row,
 * from the summary of those messages (`total` of them): when the whole remembered window shares it
 * and so does every message counted, the run is all of them.
 */
function runOf(
  summary: RecentSummary,
  count: number,
  total: number,
  infra: Array<{ key: string; name: string; count: number }>,
): { key: string; name: string; count: number } | null {
  const key = summary.newest;
  if (!key) return null;
  let seen: (typeof infra)[number] | undefined;
  for (const i of infra) if (!seen && i.key === key) seen = i;
  const n = summary.run === total && seen && seen.count >= count ? count : summary.run;
  return { key, name: seen?.name ?? key, count: n };
}
