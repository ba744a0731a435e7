// Decodes the packed IP → ASN file (format: ./ip-format.ts) into typed arrays and answers lookups
// by binary search. Pure: the caller fetches the bytes (the worker with fetch(), the CLI from disk
// through scripts/ip-tables-node.ts) and hands them in.
import type { IpAddress, Words } from './address';
import {
  IP_FORMAT_MAGIC,
  IP_FORMAT_OLDEST_READABLE,
  IP_FORMAT_VERSION,
  type IpDataMeta,
  VarintReader,
} from './ip-format';

export interface IpTables {
  meta: IpDataMeta;
  /** ASN index → AS number. */
  asnNumbers: Uint32Array;
  /** ASN index → index into the name table. */
  asnNameIndex: Uint32Array;
  /** Name table: byte offsets (n + 1 entries) into the UTF-8 blob. */
  nameOffsets: Uint32Array;
  nameBlob: Uint8Array;
  v4Starts: Uint32Array;
  /** Per segment: 0 = no data, k = ASN index k − 1. */
  v4Asn: Uint32Array;
  /** Four words per segment, most significant first. */
  v6Starts: Uint32Array;
  v6Asn: Uint32Array;
  /** Per ASN index: 1 = on the hosting (data-centre) list packed with the data, 0 = not. */
  hosting: Uint8Array;
  /** Decoded organisation names, filled on first use (decoding all 80k up front costs load time). */
  orgCache: Array<string | undefined>;
}

export type LoadResult = { ok: true; tables: IpTables } | { ok: false; error: string };

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  // DecompressionStream is a web standard present in MV3 workers, Firefox ≥ 113 and Node ≥ 18.
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  // Not awaited: a large input would block on back-pressure until the reader below drains it.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Reads `count` varints starting at `pos` into `out` (delta-decoded when `delta`); returns the new
 * position. One tight loop per column: the decoder is what the worker waits for on first use.
 */
function readColumn(
  bytes: Uint8Array,
  pos: number,
  out: Uint32Array,
  delta: boolean,
  stride = 1,
  offset = 0,
): number {
  let p = pos;
  let acc = 0;
  const n = bytes.length;
  for (let i = offset; i < out.length; i += stride) {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (p >= n) throw new RangeError('truncated IP data');
      const b = bytes[p++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
      if (scale > 0x800000000) throw new RangeError('varint too long in IP data');
    }
    acc = delta ? acc + v : v;
    out[i] = acc;
  }
  return p;
}

/** Decodes the (already gunzipped) body. Throws RangeError on corrupt input. */
export function decodeIpTables(body: Uint8Array): IpTables {
  const r = new VarintReader(body);
  const magic = new TextDecoder().decode(r.take(4));
  if (magic !== IP_FORMAT_MAGIC) throw new RangeError('not a HeaderLens IP data file');
  const version = r.take(1)[0]!;
  if (version < IP_FORMAT_OLDEST_READABLE || version > IP_FORMAT_VERSION)
    throw new RangeError(`unsupported IP data version ${version}`);
  const meta = JSON.parse(new TextDecoder().decode(r.take(r.varint()))) as IpDataMeta;

  const nNames = checkedCount(r.varint(), body.length);
  const nameOffsets = new Uint32Array(nNames + 1);
  r.pos = readColumn(body, r.pos, nameOffsets.subarray(1), true);
  const nameBlob = r.take(nameOffsets[nNames]!);

  const nAsns = checkedCount(r.varint(), body.length);
  const asnNumbers = new Uint32Array(nAsns);
  const asnNameIndex = new Uint32Array(nAsns);
  r.pos = readColumn(body, r.pos, asnNumbers, false);
  r.pos = readColumn(body, r.pos, asnNameIndex, false);
  for (const i of asnNameIndex) if (i >= nNames) throw new RangeError('name index out of range in IP data');

  const n4 = checkedCount(r.varint(), body.length);
  const v4Starts = new Uint32Array(n4);
  const v4Asn = new Uint32Array(n4);
  r.pos = readColumn(body, r.pos, v4Starts, true);
  r.pos = readColumn(body, r.pos, v4Asn, false);

  const n6 = checkedCount(r.varint(), body.length);
  const v6Starts = new Uint32Array(n6 * 4);
  const v6Asn = new Uint32Array(n6);
  // Interleaved: top-word delta, word1, word2, word3 per segment.
  let p = r.pos;
  const next = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (p >= body.length) throw new RangeError('truncated IP data');
      const byte = body[p++]!;
      v += (byte & 0x7f) * scale;
      if (byte < 0x80) return v;
      scale *= 0x80;
      if (scale > 0x800000000) throw new RangeError('varint too long in IP data');
    }
  };
  let top = 0;
  for (let i = 0; i < n6; i++) {
    top += next();
    v6Starts[i * 4] = top;
    v6Starts[i * 4 + 1] = next();
    v6Starts[i * 4 + 2] = next();
    v6Starts[i * 4 + 3] = next();
  }
  r.pos = readColumn(body, p, v6Asn, false);

  const hosting = new Uint8Array(nAsns);
  if (version >= 2) {
    const hostIdx = new Uint32Array(checkedCount(r.varint(), body.length));
    r.pos = readColumn(body, r.pos, hostIdx, true);
    for (const i of hostIdx) {
      if (i >= nAsns) throw new RangeError('hosting index out of range in IP data');
      hosting[i] = 1;
    }
  }
  return {
    meta,
    asnNumbers,
    asnNameIndex,
    nameOffsets,
    nameBlob,
    v4Starts,
    v4Asn,
    v6Starts,
    v6Asn,
    hosting,
    orgCache: [],
  };
}

/** A count larger than the bytes left cannot be real: refuse before allocating (hostile input). */
function checkedCount(n: number, bodyLength: number): number {
  if (n > bodyLength) throw new RangeError('count out of range in IP data');
  return n;
}

/** Loads the tables from the bytes of assets/ip/asn.bin (gzipped, or already gunzipped). */
export async function loadIpTables(bytes: Uint8Array | ArrayBuffer): Promise<LoadResult> {
  try {
    let body = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (body[0] === GZIP_MAGIC_0 && body[1] === GZIP_MAGIC_1) body = await gunzip(body);
    return { ok: true, tables: decodeIpTables(body) };
  } catch (e) {
    return { ok: false, error: `IP data could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Last index i with starts[i] <= x (the array is sorted and starts at 0), or -1. */
function searchV4(starts: Uint32Array, x: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || starts[0]! > x) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lessOrEqualAt(starts: Uint32Array, i: number, w: Words): boolean {
  const b = i * 4;
  for (let k = 0; k < 4; k++) {
    const s = starts[b + k]!;
    const x = w[k]!;
    if (s !== x) return s < x;
  }
  return true;
}

function searchV6(starts: Uint32Array, w: Words): number {
  const n = starts.length / 4;
  if (n === 0 || !lessOrEqualAt(starts, 0, w)) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (lessOrEqualAt(starts, mid, w)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** ASN index (0-based) of the segment holding the address, or -1 when the data has none. */
export function lookupAsnIndex(t: IpTables, ip: IpAddress): number {
  const seg = ip.v === 4 ? searchV4(t.v4Starts, ip.n) : searchV6(t.v6Starts, ip.w);
  if (seg < 0) return -1;
  const k = (ip.v === 4 ? t.v4Asn[seg] : t.v6Asn[seg])!;
  return k === 0 || k > t.asnNumbers.length ? -1 : k - 1;
}

const nameDecoder = new TextDecoder();

export function asnOfIndex(t: IpTables, idx: number): { asn: number; org: string } {
  const nameIdx = t.asnNameIndex[idx]!;
  let org = t.orgCache[nameIdx];
  if (org === undefined) {
    org = nameDecoder.decode(t.nameBlob.subarray(t.nameOffsets[nameIdx], t.nameOffsets[nameIdx + 1]));
    t.orgCache[nameIdx] = org;
  }
  return { asn: t.asnNumbers[idx]!, org };
}

/** All segments of one family, for scans (broad-SPF overlap, the benchmark's baseline). */
export function segmentCount(t: IpTables, v: 4 | 6): number {
  return v === 4 ? t.v4Starts.length : t.v6Starts.length / 4;
}

/** Start address of segment i as a bigint (IPv4 or IPv6 value). */
function segmentStart(t: IpTables, v: 4 | 6, i: number): bigint {
  if (v === 4) return BigInt(t.v4Starts[i]!);
  const b = i * 4;
  return (
    (BigInt(t.v6Starts[b]!) << 96n) |
    (BigInt(t.v6Starts[b + 1]!) << 64n) |
    (BigInt(t.v6Starts[b + 2]!) << 32n) |
    BigInt(t.v6Starts[b + 3]!)
  );
}

/**
 * Visits the segments overlapping [first, last] (clipped to it) with their ASN index (-1 = no
 * data). Stops after `limit` segments (a hostile `ip6:2000::/3` must not scan for long) and says
 * whether it finished.
 */
export function forEachSegment(
  t: IpTables,
  v: 4 | 6,
  first: bigint,
  last: bigint,
  visit: (from: bigint, to: bigint, asnIndex: number) => void,
  limit = 500_000,
): boolean {
  const n = segmentCount(t, v);
  const max = v === 4 ? 0xffffffffn : (1n << 128n) - 1n;
  // Binary search for the segment holding `first`.
  let lo = 0;
  let hi = n - 1;
  if (n === 0 || segmentStart(t, v, 0) > first) lo = 0;
  else {
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (segmentStart(t, v, mid) <= first) lo = mid;
      else hi = mid - 1;
    }
  }
  for (let i = lo, seen = 0; i < n; i++, seen++) {
    if (seen >= limit) return false;
    const s = segmentStart(t, v, i);
    if (s > last) break;
    const e = i + 1 < n ? segmentStart(t, v, i + 1) - 1n : max;
    if (e < first) continue;
    const k = (v === 4 ? t.v4Asn[i] : t.v6Asn[i])!;
    visit(s < first ? first : s, e > last ? last : e, k === 0 ? -1 : k - 1);
  }
  return true;
}
