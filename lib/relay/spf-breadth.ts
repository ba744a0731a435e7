// Broad SPF (issue 4): how much address space does the SPF term that matched authorise, and how
// much of it is rentable hosting space that no ESP owns? `ip4:20.0.0.0/11` in a supplier's record
// authorises 2,097,152 Azure addresses: anyone renting a VM there passes SPF, and DMARC with it.
// A term inside a prefix that embeds IPv4 hosts (6to4, NAT64, Teredo: ./embedded-v4.ts) is
// measured by the IPv4 space it embeds: `ip6:2002::/16` lets every IPv4 host pass over 6to4.
import { hostKey } from '../dns/name';
import type { DnsLogEntry, MxRecord, SpfBreadth, SpfCheck } from '../types';
import { bigIntFromWords, type Cidr, formatIp, parseCidr, parseIp } from './address';
import type { Classifier } from './classify';
import { embeddedIpv4Block } from './embedded-v4';
import { forEachSegment } from './tables';

interface Block {
  v: 4 | 6;
  first: bigint;
  last: bigint;
  text: string;
}

function blockOf(cidr: Cidr): Block {
  const c = embeddedIpv4Block(cidr) ?? cidr;
  const first = c.v === 4 ? BigInt(c.first) : bigIntFromWords(c.first);
  const last = c.v === 4 ? BigInt(c.last) : bigIntFromWords(c.last);
  const text = `${formatIp(c.v === 4 ? { v: 4, n: c.first } : { v: 6, w: c.first })}/${c.bits}`;
  return { v: c.v, first, last, text };
}

/** Answers of a logged query, or null when the log does not have it. */
function logged(dns: DnsLogEntry[], name: string, type: 'A' | 'AAAA' | 'MX'): unknown[] | null {
  const n = hostKey(name);
  const hit = dns.find((e) => e.type === type && hostKey(e.name) === n && e.answer);
  return hit ? (hit.answer as unknown[]) : null;
}

/** `a[:domain][/c4][//c6]` or `mx[...]` → the blocks authorised, from the DNS log. Null = unknown. */
function hostBlocks(
  kind: 'a' | 'mx',
  arg: string | undefined,
  c4: number,
  c6: number,
  recordDomain: string,
  dns: DnsLogEntry[],
): Block[] | null {
  if (arg?.includes('%')) return null; // macros: the expanded name is not known here
  const target = arg ?? recordDomain;
  let hosts = [target];
  if (kind === 'mx') {
    const mx = logged(dns, target, 'MX') as MxRecord[] | null;
    if (!mx) return null;
    hosts = mx.slice(0, 10).map((m) => m.exchange);
  }
  const blocks: Block[] = [];
  let anyAnswer = false;
  for (const h of hosts) {
    for (const type of ['A', 'AAAA'] as const) {
      const answers = logged(dns, h, type);
      if (!answers) continue;
      anyAnswer = true;
      for (const a of answers) {
        if (typeof a !== 'string') continue;
        const c = parseCidr(`${a}/${type === 'A' ? c4 : c6}`);
        if (c) blocks.push(blockOf(c));
      }
    }
  }
  if (!anyAnswer) return null;
  // De-duplicate identical blocks (two MX hosts in one /24 with `mx/24`).
  return [...new Map(blocks.map((b) => [b.text, b])).values()];
}

type Parsed = { kind: SpfBreadth['kind']; blocks: Block[] | null };

function parseMechanism(mechanism: string, recordDomain: string, dns: DnsLogEntry[], family: 4 | 6): Parsed {
  const term = mechanism.replace(/^[-+~?]/, '').toLowerCase();
  const m = term.match(/^([a-z0-9]+)(?::([^/]*))?(?:\/(\d+))?(?:\/\/(\d+))?$/);
  if (!m) return { kind: 'other', blocks: null };
  const name = m[1]!;
  if (name === 'ip4' || name === 'ip6') {
    const c = parseCidr(term.slice(4));
    return { kind: name, blocks: c ? [blockOf(c)] : null };
  }
  if (name === 'all') {
    const c = parseCidr(family === 4 ? '0.0.0.0/0' : '::/0')!;
    return { kind: 'all', blocks: [blockOf(c)] };
  }
  // `exists:` passes whenever its name resolves: a name built without the client's address
  // (`%{i}`, `%{p}`, `%{c}`) but from what the sender writes (`%{l}`, `%{s}`, `%{h}`, `%{d}`), or
  // none at all, passes every server that writes it, as `all` does (red-team round 148). No block
  // to count: it names no addresses, so no hosting data is scanned for it.
  if (name === 'exists' && !/%\{[ipc]/.test(m[2] ?? '')) return { kind: 'all', blocks: [] };
  if (name === 'a' || name === 'mx') {
    const c4 = m[3] !== undefined ? Math.min(32, Number(m[3])) : 32;
    const c6 = m[4] !== undefined ? Math.min(128, Number(m[4])) : 128;
    return { kind: name, blocks: hostBlocks(name, m[2], c4, c6, recordDomain, dns) };
  }
  return { kind: 'other', blocks: null };
}

// Math.min/max do not take bigint.
const bigMax = (a: bigint, b: bigint): bigint => (a > b ? a : b);
const bigMin = (a: bigint, b: bigint): bigint => (a < b ? a : b);

function add(map: Map<string, bigint>, key: string, n: bigint): void {
  map.set(key, (map.get(key) ?? 0n) + n);
}

/** Hosting addresses per provider inside [first, last], by the ASN tables; false = incomplete. */
function hostingIn(
  classifier: Classifier,
  v: 4 | 6,
  first: bigint,
  last: bigint,
  out: Map<string, bigint>,
  sign: 1n | -1n,
): boolean {
  const t = classifier.tables;
  if (!t) return true;
  let complete = true;
  const scanned = forEachSegment(t, v, first, last, (from, to, idx) => {
    if (idx < 0) return;
    const provider = classifier.hostingOfAsnIndex(idx);
    if (provider === undefined) complete = false;
    else if (provider) add(out, provider, sign * (to - from + 1n));
  });
  return scanned && complete;
}

function termBlocks(spf: SpfCheck, dns: DnsLogEntry[]): Parsed | null {
  if (!spf.mechanism) return null;
  const recordDomain = spf.includePath?.[spf.includePath.length - 1] ?? spf.domain ?? null;
  const family = spf.ip && parseIp(spf.ip)?.v === 6 ? 6 : 4;
  return parseMechanism(spf.mechanism, recordDomain ?? '', dns, family);
}

/**
 * Loads the IP data spfBreadth will scan (the blocks of the matched term), within the tables'
 * file budget: where reads are asynchronous (the worker) a hostile `ip4:0.0.0.0/1` loads at most
 * that many shards, and the breadth then says hostingIncomplete.
 */
export async function prepareSpfBreadth(
  spf: SpfCheck,
  dns: DnsLogEntry[],
  classify: ((ip: string) => unknown) | undefined,
): Promise<void> {
  if (spf.result !== 'pass' || !classify || !('prepare' in classify)) return;
  const blocks = termBlocks(spf, dns)?.blocks;
  if (blocks?.length && !scanned(classify as Classifier, blocks))
    await (classify as Classifier).prepare([], blocks);
}

/**
 * Computes the breadth of the matched SPF term. `dns` is the analysis's DNS log (for a/mx terms).
 * Returns null when no term matched.
 */
export function spfBreadth(spf: SpfCheck, dns: DnsLogEntry[], classifier: Classifier): SpfBreadth | null {
  if (!spf.mechanism) return null;
  const recordDomain = spf.includePath?.[spf.includePath.length - 1] ?? spf.domain ?? null;
  const { kind, blocks } = termBlocks(spf, dns)!;
  const base: SpfBreadth = {
    mechanism: spf.mechanism,
    kind,
    recordDomain,
    blocks: [],
    addresses: null,
    hosting: [],
    esp: null,
  };
  if (!blocks || blocks.length === 0) return base;

  const { total, hosting, esp, complete } = rememberedScan(classifier, blocks);
  return {
    ...base,
    blocks: blocks.map((b) => b.text),
    addresses: Number(total),
    hosting: hosting.map((h) => ({ ...h })),
    esp,
    ...(complete ? {} : { hostingIncomplete: true as const }),
  };
}

/** What the tables say of a term's blocks: their size, the hosting inside, the ESP that owns them all. */
interface Scan {
  total: bigint;
  hosting: Array<{ provider: string; addresses: number }>;
  esp: string | null;
  complete: boolean;
}

/**
 * A batch meets the same few senders' terms on message after message, and a block's scan (every
 * segment of the tables inside it, every ESP range beside it, in bigint) came to a few per cent of
 * a 1,000-message batch: a complete scan is remembered per classifier (its tables never change;
 * an incomplete one, shards the worker has not read yet, is scanned again next time).
 */
const scans = new WeakMap<Classifier, Map<string, Scan>>();
const MAX_SCANS = 256;

const blocksKey = (blocks: readonly Block[]): string =>
  blocks.map((b) => `${b.v}:${b.first}-${b.last}`).join(' ');

/** Whether a complete scan of these blocks is remembered (nothing to load for them then). */
function scanned(classifier: Classifier, blocks: readonly Block[]): boolean {
  return scans.get(classifier)?.has(blocksKey(blocks)) === true;
}

function rememberedScan(classifier: Classifier, blocks: readonly Block[]): Scan {
  let memo = scans.get(classifier);
  if (!memo) {
    memo = new Map();
    scans.set(classifier, memo);
  }
  const key = blocksKey(blocks);
  const known = memo.get(key);
  if (known) return known;
  const scan = scanBlocks(classifier, blocks);
  if (scan.complete) {
    if (memo.size >= MAX_SCANS) memo.clear();
    memo.set(key, scan);
  }
  return scan;
}

function scanBlocks(classifier: Classifier, blocks: readonly Block[]): Scan {
  let total = 0n;
  let complete = true;
  const hosting = new Map<string, bigint>();
  const espCover = new Map<string, bigint>();
  for (const b of blocks) {
    total += b.last - b.first + 1n;
    complete = hostingIn(classifier, b.v, b.first, b.last, hosting, 1n) && complete;
    // Carve out the ESPs' published sending ranges: SES space inside AWS is not "rentable".
    for (const s of classifier.espRanges.segments[b.v === 4 ? 'v4' : 'v6']) {
      const from = bigMax(s.first, b.first);
      const to = bigMin(s.last, b.last);
      if (from > to) continue;
      add(espCover, s.label, to - from + 1n);
      complete = hostingIn(classifier, b.v, from, to, hosting, -1n) && complete;
    }
  }
  const owner = [...espCover].find(([, n]) => n === total);
  return {
    total,
    // The ten largest are plenty for a sentence (an `all` term touches every provider).
    hosting: [...hosting]
      .filter(([, n]) => n > 0n)
      .sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0))
      .slice(0, 10)
      .map(([provider, n]) => ({ provider, addresses: Number(n) })),
    esp: owner ? owner[0] : null,
    complete,
  };
}
