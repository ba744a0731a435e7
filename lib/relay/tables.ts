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
  return {
    ...index,
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
  let lo = 0;
  let hi = a.length - 1;
  if (hi < 0 || a[0]! > x) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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

function searchWords(starts: Uint32Array, width: number, n: number, w: Words): number {
  if (n === 0 || !lessOrEqualAt(starts, width, 0, w)) return -1;
  let lo = 0;
  let hi = n - 1;
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
function searchPairs(starts: Uint32Array, n: number, w0: number, w1: number): number {
  let lo = 0;
  let hi = n - 1;
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
  return ip.v === 4 ? searchU32(t.v4First, ip.n) : searchWords(t.v6First, 4, t.v6First.length >>> 2, ip.w);
}

const asnIndexOf = (t: IpTables, a: number): number => (a === 0 || a > t.nAsns ? NO_DATA : a - 1);

/** ASN index (0-based) of the segment holding the address; NO_DATA, or UNKNOWN_DATA (shard not loaded). */
export function lookupAsnIndex(t: IpTables, ip: IpAddress): number {
  // The shard's first start is the index's (checked on load), so each search finds a segment.
  if (ip.v === 4) {
    const k = searchU32(t.v4First, ip.n);
    if (k < 0) return NO_DATA;
    const s = t.v4[k] ?? (ensureSync(t, 'v4', k) ? t.v4[k] : undefined);
    if (!s) return UNKNOWN_DATA;
    return asnIndexOf(t, s.asn[searchU32(s.starts, ip.n)]!);
  }
  const w = ip.w;
  const k = searchWords(t.v6First, 4, t.v6First.length >>> 2, w);
  if (k < 0) return NO_DATA;
  const s = t.v6[k] ?? (ensureSync(t, 'v6', k) ? t.v6[k] : undefined);
  if (!s) return UNKNOWN_DATA;
  const n = s.asn.length;
  const seg = s.width === 2 ? searchPairs(s.starts, n, w[0], w[1]) : searchWords(s.starts, 4, n, w);
  return asnIndexOf(t, s.asn[seg]!);
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
