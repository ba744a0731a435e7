// The IP → ASN data (format 4, ./ip-format.ts) searched where it lies, a shard at a time: the index
// says which shard holds an address, the shard's segments which ASN index, the ASN chunk which AS
// and organisation. Pure: the caller hands in a reader of the files (the worker fetches them from
// the extension package, the CLI reads them from disk through scripts/ip-tables-node.ts).
//
// Lookups stay synchronous. A file not loaded yet is read synchronously where the platform can
// (Node), else the lookup answers UNKNOWN_DATA, never "no data": prepareTables() loads what a
// message needs before the synchronous code runs.
import type { IpAddress, Words } from './address';
import {
  type AsnChunk,
  entriesIn,
  type IpIndex,
  readAsnChunk,
  readIpIndex,
  readSegmentShard,
  type SegmentShard,
  shardCount,
} from './ip-files';
import { IP_INDEX_FILE, type IpDataMeta, ipShardFile } from './ip-format';

export interface IpFileSource {
  /** Reads one file of the data (`index.bin`, `v4-007.bin` …). */
  read(name: string): Promise<Uint8Array | ArrayBuffer>;
  /** The same, synchronously, where the platform can (Node): lookups then never answer "unknown". */
  readSync?: (name: string) => Uint8Array;
}

export interface IpTables extends IpIndex {
  meta: IpDataMeta;
  v4: Array<SegmentShard | undefined>;
  v6: Array<SegmentShard | undefined>;
  asn: Array<AsnChunk | undefined>;
  source: IpFileSource;
  /** Files that could not be used, with why; `corrupt` ones are not tried again. */
  failed: Map<string, { error: string; corrupt: boolean }>;
  pending: Map<string, Promise<void>>;
  /** The top word of each IPv6 shard's first start (the shard search's first step). */
  v6Top: Uint32Array;
  /** Per value of an address's top 16 bits: the last IPv6 shard starting at or below it, plus one (0: none). */
  v6ShardBy16: Uint8Array | Uint16Array;
}

export type LoadResult = { ok: true; tables: IpTables } | { ok: false; error: string };

/** lookupAsnIndex: the data has no AS for the address. */
export const NO_DATA = -1;
/** lookupAsnIndex: the shard that would say could not be loaded (not prepared, or unreadable). */
export const UNKNOWN_DATA = -2;

const bytesOf = (b: Uint8Array | ArrayBuffer): Uint8Array =>
  b instanceof Uint8Array ? b : new Uint8Array(b);

/** Lays the tables over the index's bytes; shards come later from `source`. Throws RangeError. */
export function readIpTables(indexBytes: Uint8Array, source: IpFileSource): IpTables {
  const index = readIpIndex(indexBytes);
  // Filled arrays, not holes: a shard stored at index 20 of an empty array would turn it into a
  // dictionary, and every lookup would pay for that.
  const slots = <T>(n: number, per: number): Array<T | undefined> =>
    new Array<T | undefined>(shardCount(n, per)).fill(undefined);
  const v6Top = new Uint32Array(index.v6First.length >>> 2);
  for (let k = 0; k < v6Top.length; k++) v6Top[k] = index.v6First[4 * k]!;
  const v6ShardBy16 = v6Top.length < 255 ? new Uint8Array(65536) : new Uint16Array(65536);
  for (let k = 0, h = 0; h < 65536; h++) {
    while (k < v6Top.length && v6Top[k]! >>> 16 <= h) k++;
    v6ShardBy16[h] = k; // shards 0 … k − 1 start in or before /16 h
  }
  return {
    ...index,
    v6Top,
    v6ShardBy16,
    v4: slots(index.nV4, index.per.v4),
    v6: slots(index.nV6, index.per.v6),
    asn: slots(index.nAsns, index.per.asn),
    source,
    failed: new Map(),
    pending: new Map(),
  };
}

/** Opens the data: reads the index (only) through `source`. Never rejects. */
export async function loadIpTables(
  source: IpFileSource,
  indexBytes?: Uint8Array | ArrayBuffer,
): Promise<LoadResult> {
  try {
    const bytes = indexBytes ?? (await source.read(IP_INDEX_FILE));
    return { ok: true, tables: readIpTables(bytesOf(bytes), source) };
  } catch (e) {
    return { ok: false, error: `IP data could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

type Kind = 'v4' | 'v6' | 'asn';

function install(t: IpTables, kind: Kind, k: number, bytes: Uint8Array): void {
  const name = ipShardFile(kind, k);
  try {
    if (kind === 'asn') t.asn[k] = readAsnChunk(t, k, bytes, name);
    else t[kind][k] = readSegmentShard(t, kind === 'v4' ? 4 : 6, k, bytes, name);
    t.failed.delete(name);
  } catch (e) {
    t.failed.set(name, { error: e instanceof Error ? e.message : String(e), corrupt: true });
  }
}

function loaded(t: IpTables, kind: Kind, k: number): boolean {
  return t[kind][k] !== undefined;
}

/** Loads a file synchronously when the source can; false when it is (still) not there. */
function ensureSync(t: IpTables, kind: Kind, k: number): boolean {
  if (loaded(t, kind, k)) return true;
  const name = ipShardFile(kind, k);
  if (!t.source.readSync || t.failed.has(name)) return false;
  try {
    install(t, kind, k, t.source.readSync(name));
  } catch (e) {
    t.failed.set(name, { error: `could not be read: ${String(e)}`, corrupt: false });
  }
  return loaded(t, kind, k);
}

/** Loads a file (once; concurrent callers share the read). Never rejects. */
function ensure(t: IpTables, kind: Kind, k: number): Promise<void> {
  const name = ipShardFile(kind, k);
  if (loaded(t, kind, k) || t.failed.get(name)?.corrupt) return Promise.resolve();
  let p = t.pending.get(name);
  if (!p) {
    p = t.source.read(name).then(
      (b) => install(t, kind, k, bytesOf(b)),
      (e: unknown) => {
        // A failed read (the worker was stopping, a disk error) is tried again by the next prepare.
        t.failed.set(name, { error: `could not be read: ${String(e)}`, corrupt: false });
      },
    );
    p.finally(() => t.pending.delete(name));
    t.pending.set(name, p);
  }
  return p;
}

/** Last index i with a[i] <= x (a ascending), or -1. */
export function searchU32(a: Uint32Array, x: number): number {
  if (a.length === 0 || a[0]! > x) return -1;
  return searchU32Between(a, x, 0, a.length - 1);
}

/** Last index i in [lo, hi] with a[i] <= x, given a[lo] <= x. */
function searchU32Between(a: Uint32Array, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * IPv4 shard k's jump table (SegmentShard.jump): one merge over its segments. Random lookups in
 * a shard of ten thousand segments then search a handful instead of fourteen halvings.
 */
function buildJump(t: IpTables, k: number, s: SegmentShard): Uint32Array {
  const first = t.v4First[k]!;
  const last = k + 1 < t.v4First.length ? t.v4First[k + 1]! - 1 : 0xffffffff;
  const h0 = first >>> 16;
  const span = (last >>> 16) - h0 + 1;
  const jump = new Uint32Array(span + 1);
  const { starts } = s;
  let seg = 0;
  for (let r = 0; r < span; r++) {
    const a = Math.max(first, (h0 + r) * 0x10000);
    while (seg + 1 < starts.length && starts[seg + 1]! <= a) seg++;
    jump[r] = seg;
  }
  jump[span] = starts.length - 1;
  s.jump = jump;
  return jump;
}

/** Start i of `starts` (width words each, the rest zero) <= w. */
function lessOrEqualAt(starts: Uint32Array, width: number, i: number, w: Words): boolean {
  const b = i * width;
  for (let k = 0; k < width; k++) {
    const s = starts[b + k]!;
    const x = w[k]!;
    if (s !== x) return s < x;
  }
  return true; // equal so far; the start's missing words are zero, <= anything
}

function searchWords(starts: Uint32Array, width: number, lo: number, hi: number, w: Words): number {
  if (hi < lo || !lessOrEqualAt(starts, width, lo, w)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (lessOrEqualAt(starts, width, mid, w)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * searchWords for width 2 (most IPv6 shards), unrolled: start (a, b, 0, 0) <= (w0, w1, w2, w3)
 * exactly when (a, b) <= (w0, w1). The lookup's hot loop; the generic one was half as fast.
 */
function searchPairs(starts: Uint32Array, lo: number, hi: number, w0: number, w1: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const a = starts[2 * mid]!;
    if (a < w0 || (a === w0 && starts[2 * mid + 1]! <= w1)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The shard whose range holds the address (-1: before the first). */
export function shardOf(t: IpTables, ip: IpAddress): number {
  return ip.v === 4 ? searchU32(t.v4First, ip.n) : shardOf6(t, ip.w);
}

/** The last IPv6 shard whose first start is <= w: by the top word, then whole starts on a tie. */
function shardOf6(t: IpTables, w: Words): number {
  // Shards starting in w's /16 or before it; only those starting inside it need comparing.
  let k = t.v6ShardBy16[w[0] >>> 16]! - 1;
  while (k >= 0 && t.v6Top[k]! > w[0]) k--;
  while (k >= 0 && t.v6Top[k] === w[0] && !lessOrEqualAt(t.v6First, 4, k, w)) k--;
  return k;
}

const asnIndexOf = (t: IpTables, a: number): number => (a === 0 || a > t.nAsns ? NO_DATA : a - 1);

/** ASN index (0-based) of the segment holding the address; NO_DATA, or UNKNOWN_DATA (shard not loaded). */
export function lookupAsnIndex(t: IpTables, ip: IpAddress): number {
  // Two small functions rather than one: each stays small enough to be inlined where it is hot.
  return ip.v === 4 ? lookup4(t, ip.n) : lookup6(t, ip.w);
}

// The shard's first start is the index's (checked on load), so each search finds a segment.
function lookup4(t: IpTables, x: number): number {
  const k = searchU32(t.v4First, x);
  if (k < 0) return NO_DATA;
  const s = t.v4[k] ?? (ensureSync(t, 'v4', k) ? t.v4[k] : undefined);
  if (!s) return UNKNOWN_DATA;
  // The segment is between the ones holding the first address of x's /16 and of the next /16.
  const jump = s.jump ?? buildJump(t, k, s);
  const r = (x >>> 16) - (t.v4First[k]! >>> 16);
  return asnIndexOf(t, s.asn[searchU32Between(s.starts, x, jump[r]!, jump[r + 1]!)]!);
}

function lookup6(t: IpTables, w: Words): number {
  const k = shardOf6(t, w);
  if (k < 0) return NO_DATA;
  const s = t.v6[k] ?? (ensureSync(t, 'v6', k) ? t.v6[k] : undefined);
  if (!s) return UNKNOWN_DATA;
  const jump = s.jump ?? buildJump6(t, k, s);
  const shift = jump[0]!;
  const r = 1 + (w[0] >>> shift) - (t.v6First[4 * k]! >>> shift);
  const lo = jump[r]!;
  const hi = jump[r + 1]!;
  const seg = s.width === 2 ? searchPairs(s.starts, lo, hi, w[0], w[1]) : searchWords(s.starts, 4, lo, hi, w);
  return asnIndexOf(t, s.asn[seg]!);
}

/**
 * IPv6 shard k's jump table: [shift, then per bucket of the top word's bits above `shift` (at
 * most 1,024 buckets, 4 KB: a table of 65,536 buckets, 256 KB a shard, made its own lookups miss the
 * processor's caches), the segment holding the bucket's first address in the shard, then the last
 * segment]. Built with one merge over the segments on the shard's first lookup.
 */
function buildJump6(t: IpTables, k: number, s: SegmentShard): Uint32Array {
  const first = t.v6First[4 * k]!;
  const last = k + 1 < t.v6First.length >>> 2 ? t.v6First[4 * (k + 1)]! : 0xffffffff;
  let shift = 0;
  while ((last >>> shift) - (first >>> shift) + 1 > 1024) shift++;
  const b0 = first >>> shift;
  const span = (last >>> shift) - b0 + 1;
  const jump = new Uint32Array(span + 2);
  jump[0] = shift;
  const { starts, width } = s;
  const n = s.asn.length;
  let seg = 0;
  for (let r = 0; r < span; r++) {
    // The bucket's first address: its top word, the rest zero.
    const at: Words = [r === 0 ? first : ((b0 + r) * 2 ** shift) >>> 0, 0, 0, 0];
    while (seg + 1 < n && lessOrEqualAt(starts, width, seg + 1, at)) seg++;
    jump[1 + r] = seg;
  }
  jump[1 + span] = n - 1;
  s.jump = jump;
  return jump;
}

/** The ASN chunk holding index `idx`, loaded synchronously where possible; undefined = unknown. */
export function asnChunkOf(t: IpTables, idx: number): AsnChunk | undefined {
  const k = (idx / t.per.asn) | 0;
  return t.asn[k] ?? (ensureSync(t, 'asn', k) ? t.asn[k] : undefined);
}

const nameDecoder = new TextDecoder();

/** Organisation name of entry i of a chunk (decoded on first use: decoding all up front costs load time). */
export function orgAt(c: AsnChunk, i: number): string {
  let org = c.orgs[i];
  if (org === undefined) {
    org = nameDecoder.decode(c.names.subarray(c.nameOffsets[i], c.nameOffsets[i + 1]));
    c.orgs[i] = org;
  }
  return org;
}

/** AS number and organisation of ASN index `idx`; null when its chunk could not be loaded. */
export function asnOfIndex(t: IpTables, idx: number): { asn: number; org: string } | null {
  const c = asnChunkOf(t, idx);
  if (!c) return null;
  const i = idx % t.per.asn;
  return { asn: c.numbers[i]!, org: orgAt(c, i) };
}

/** AS number and hosting flag of ASN index `idx` (no name decoding); null when unknown. */
export function asnFlagsOfIndex(t: IpTables, idx: number): { asn: number; hosting: boolean } | null {
  const c = asnChunkOf(t, idx);
  if (!c) return null;
  const i = idx % t.per.asn;
  return { asn: c.numbers[i]!, hosting: c.hosting[i] === 1 };
}

export function segmentCount(t: IpTables, v: 4 | 6): number {
  return v === 4 ? t.nV4 : t.nV6;
}

/** Start of segment i of a loaded shard as a bigint. */
function startOf(s: SegmentShard, v: 4 | 6, i: number): bigint {
  if (v === 4) return BigInt(s.starts[i]!);
  const b = i * s.width;
  const hi = (BigInt(s.starts[b]!) << 96n) | (BigInt(s.starts[b + 1]!) << 64n);
  return s.width === 2 ? hi : hi | (BigInt(s.starts[b + 2]!) << 32n) | BigInt(s.starts[b + 3]!);
}

/** First start of shard k (from the index) as a bigint. */
function firstOf(t: IpTables, v: 4 | 6, k: number): bigint {
  if (v === 4) return BigInt(t.v4First[k]!);
  const f = t.v6First;
  const b = 4 * k;
  return (BigInt(f[b]!) << 96n) | (BigInt(f[b + 1]!) << 64n) | (BigInt(f[b + 2]!) << 32n) | BigInt(f[b + 3]!);
}

function shardOfValue(t: IpTables, v: 4 | 6, x: bigint): number {
  let lo = 0;
  let hi = shardCount(v === 4 ? t.nV4 : t.nV6, v === 4 ? t.per.v4 : t.per.v6) - 1;
  if (hi < 0 || firstOf(t, v, 0) > x) return hi < 0 ? -1 : 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (firstOf(t, v, mid) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Shards of family v overlapping [first, last]. */
export function shardsOverlapping(t: IpTables, v: 4 | 6, first: bigint, last: bigint): [number, number] {
  return [shardOfValue(t, v, first), shardOfValue(t, v, last)];
}

/**
 * Visits the segments overlapping [first, last] (clipped to it) with their ASN index (-1 = no
 * data). Stops after `limit` segments (a hostile `ip6:2000::/3` must not scan for long). Returns
 * whether every segment was visited: false after the limit or when a shard could not be loaded
 * (its segments are skipped, never reported as "no data").
 */
export function forEachSegment(
  t: IpTables,
  v: 4 | 6,
  first: bigint,
  last: bigint,
  visit: (from: bigint, to: bigint, asnIndex: number) => void,
  limit = 500_000,
): boolean {
  const kind = v === 4 ? 'v4' : 'v6';
  const nShards = shardCount(v === 4 ? t.nV4 : t.nV6, v === 4 ? t.per.v4 : t.per.v6);
  const max = v === 4 ? 0xffffffffn : (1n << 128n) - 1n;
  const [k0, k1] = shardsOverlapping(t, v, first, last);
  if (k0 < 0) return true;
  let complete = true;
  let seen = 0;
  for (let k = k0; k <= k1; k++) {
    if (!ensureSync(t, kind, k)) {
      complete = false;
      continue;
    }
    const s = t[kind][k]!;
    const n = s.asn.length;
    const nextFirst = k + 1 < nShards ? firstOf(t, v, k + 1) - 1n : max;
    // Binary search for the segment holding `first` in the first shard.
    let i = 0;
    if (k === k0) {
      let hi = n - 1;
      while (i < hi) {
        const mid = (i + hi + 1) >>> 1;
        if (startOf(s, v, mid) <= first) i = mid;
        else hi = mid - 1;
      }
    }
    for (; i < n; i++, seen++) {
      if (seen >= limit) return false;
      const from = startOf(s, v, i);
      if (from > last) return complete;
      const to = i + 1 < n ? startOf(s, v, i + 1) - 1n : nextFirst;
      if (to < first) continue;
      const a = s.asn[i]!;
      visit(from < first ? first : from, to > last ? last : to, a === 0 || a > t.nAsns ? -1 : a - 1);
    }
  }
  return complete;
}

export interface IpRange {
  v: 4 | 6;
  first: bigint;
  last: bigint;
}

/** Files a message's broad-SPF scan may load in the worker (~64 KB each): a hostile `ip4:0.0.0.0/1` stops here. */
export const RANGE_FILE_BUDGET = 24;

/**
 * Loads what lookups of `ips` and scans of `ranges` need: the segment shards, then the ASN chunks
 * their segments point to. Addresses first and always; ranges within `budget` files. Returns
 * whether everything needed is loaded (false: a scan or lookup will say its data is incomplete).
 */
export async function prepareTables(
  t: IpTables,
  ips: IpAddress[],
  ranges: IpRange[] = [],
  budget = RANGE_FILE_BUDGET,
): Promise<boolean> {
  const kindOf = (v: 4 | 6): Kind => (v === 4 ? 'v4' : 'v6');
  await Promise.all(
    ips.map((ip) => {
      const k = shardOf(t, ip);
      return k < 0 ? undefined : ensure(t, kindOf(ip.v), k);
    }),
  );
  const chunks = new Set<number>();
  for (const ip of ips) {
    const idx = lookupAsnIndex(t, ip);
    if (idx >= 0) chunks.add((idx / t.per.asn) | 0);
  }
  await Promise.all([...chunks].map((k) => ensure(t, 'asn', k)));

  let left = budget;
  let complete = true;
  const shards: Array<[Kind, number]> = [];
  for (const r of ranges) {
    const [k0, k1] = shardsOverlapping(t, r.v, r.first, r.last);
    for (let k = Math.max(k0, 0); k0 >= 0 && k <= k1; k++)
      if (!loaded(t, kindOf(r.v), k) && !shards.some(([x, y]) => x === kindOf(r.v) && y === k)) {
        if (left === 0) complete = false;
        else {
          shards.push([kindOf(r.v), k]);
          left--;
        }
      }
  }
  await Promise.all(shards.map(([kind, k]) => ensure(t, kind, k)));
  const rangeChunks = new Set<number>();
  // Only what is loaded now: without readSync the scan never reads (in the worker there is none).
  const scan = { ...t, source: { read: t.source.read } };
  for (const r of ranges) {
    forEachSegment(scan, r.v, r.first, r.last, (_f, _t, idx) => {
      if (idx >= 0) rangeChunks.add((idx / t.per.asn) | 0);
    });
  }
  const todo = [...rangeChunks].filter((k) => !loaded(t, 'asn', k));
  if (todo.length > left) complete = false;
  await Promise.all(todo.slice(0, left).map((k) => ensure(t, 'asn', k)));

  for (const ip of ips) {
    const idx = lookupAsnIndex(t, ip);
    if (idx === UNKNOWN_DATA || (idx >= 0 && !asnChunkOf(t, idx))) complete = false;
  }
  return complete && t.failed.size === 0;
}

/** Loads every file (tests, benchmarks, the hosting-set checks): the tables as format 3 held them. */
export async function loadAllShards(t: IpTables): Promise<boolean> {
  const jobs: Array<Promise<void>> = [];
  for (let k = 0; k < shardCount(t.nV4, t.per.v4); k++) jobs.push(ensure(t, 'v4', k));
  for (let k = 0; k < shardCount(t.nV6, t.per.v6); k++) jobs.push(ensure(t, 'v6', k));
  for (let k = 0; k < shardCount(t.nAsns, t.per.asn); k++) jobs.push(ensure(t, 'asn', k));
  await Promise.all(jobs);
  return t.failed.size === 0;
}

/** Entries of ASN chunk k (for scans over the whole ASN table). */
export function asnsInChunk(t: IpTables, k: number): number {
  return entriesIn(t.nAsns, t.per.asn, k);
}
