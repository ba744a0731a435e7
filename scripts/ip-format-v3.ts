// Format 3 of the IP data (one 10 MB asn.bin, searched in place), kept after format 4 replaced it
// (lib/relay/ip-format.ts) for three jobs: `npm run ipdata -- --from asn.bin` repacks a format-3
// file into shards without the source package; the tests compare the sharded lookups with this
// reader at every segment edge; the benchmark times both side by side.
//   0  "HLIP" · 4 version byte (3) · 5..7 zero
//   8  u32 metaLen · 12 u32 nNames · 16 u32 nAsns · 20 u32 nV4 · 24 u32 nV6 · 28 u32 nameBytes
//   32 meta JSON (IpDataMeta, UTF-8), zero-padded to a multiple of 4
//   then, u32 each: asnNumbers[nAsns] · asnNameIndex[nAsns] · nameOffsets[nNames + 1]
//     · v4Starts[nV4] · v4Asn[nV4] · v6Starts[4 × nV6] (words, most significant first) · v6Asn[nV6]
//   then hosting u8[nAsns] (1 = on the hosting list) zero-padded to 4 · the UTF-8 names [nameBytes]
import type { IpAddress, Words } from '../lib/relay/address';
import { align4, type IpDataMeta } from '../lib/relay/ip-format';
import { searchU32 } from '../lib/relay/tables';
import type { IpColumns } from './ip-format-write';

const IP_FORMAT_MAGIC = 'HLIP';
const IP_FORMAT_VERSION = 3;
const IP_FORMAT_HEADER_BYTES = 32;

export interface IpTablesV3 {
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

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Lays the tables over `bytes` (the whole asn.bin). Copies only when the bytes are not 4-aligned
 * in their buffer or the machine is big-endian; otherwise costs the few checks below. Throws
 * RangeError on anything that is not a complete format-3 file.
 */
export function readIpTablesV3(input: Uint8Array): IpTablesV3 {
  if (input.length < IP_FORMAT_HEADER_BYTES) throw new RangeError('truncated IP data');
  if (new TextDecoder().decode(input.subarray(0, 4)) !== IP_FORMAT_MAGIC)
    throw new RangeError('not a HeaderLens IP data file');
  const version = input[4]!;
  if (version < IP_FORMAT_VERSION)
    throw new RangeError(`IP data format ${version} is older than this build reads: run \`npm run ipdata\``);
  if (version > IP_FORMAT_VERSION) throw new RangeError(`unsupported IP data version ${version}`);
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [metaLen, nNames, nAsns, n4, n6, nameBytes] = [8, 12, 16, 20, 24, 28].map((at) =>
    view.getUint32(at, true),
  ) as [number, number, number, number, number, number];
  // Every size is checked against the bytes there are before any view is made (hostile input).
  const u32Words = 2 * nAsns + (nNames + 1) + 2 * n4 + 5 * n6;
  const expected = align4(IP_FORMAT_HEADER_BYTES + metaLen) + 4 * u32Words + align4(nAsns) + nameBytes;
  if (expected !== bytes.length)
    throw new RangeError(expected > bytes.length ? 'truncated IP data' : 'IP data has trailing bytes');

  let at = align4(IP_FORMAT_HEADER_BYTES + metaLen);
  const u32 = (count: number): Uint32Array => {
    const start = at;
    at += 4 * count;
    if (LITTLE_ENDIAN) return new Uint32Array(bytes.buffer, bytes.byteOffset + start, count);
    const out = new Uint32Array(count);
    for (let i = 0; i < count; i++) out[i] = view.getUint32(start + 4 * i, true);
    return out;
  };
  const meta = JSON.parse(
    new TextDecoder().decode(bytes.subarray(IP_FORMAT_HEADER_BYTES, IP_FORMAT_HEADER_BYTES + metaLen)),
  ) as IpDataMeta;
  const asnNumbers = u32(nAsns);
  const asnNameIndex = u32(nAsns);
  const nameOffsets = u32(nNames + 1);
  const v4Starts = u32(n4);
  const v4Asn = u32(n4);
  const v6Starts = u32(4 * n6);
  const v6Asn = u32(n6);
  const hosting = bytes.subarray(at, at + nAsns);
  at += align4(nAsns);
  const nameBlob = bytes.subarray(at, at + nameBytes);

  // The name table is what asnOfIndex slices: its offsets must climb within the blob. (Segment
  // indices past the ASN table are caught per lookup; unsorted starts cannot crash a search.)
  if (nameOffsets[0] !== 0 || nameOffsets[nNames] !== nameBytes)
    throw new RangeError('name table out of range in IP data');
  for (let i = 0; i < nNames; i++)
    if (nameOffsets[i]! > nameOffsets[i + 1]!) throw new RangeError('name table out of order in IP data');
  for (let i = 0; i < nAsns; i++)
    if (asnNameIndex[i]! >= nNames) throw new RangeError('name index out of range in IP data');
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
export function lookupAsnIndexV3(t: IpTablesV3, ip: IpAddress): number {
  const seg = ip.v === 4 ? searchU32(t.v4Starts, ip.n) : searchV6(t.v6Starts, ip.w);
  if (seg < 0) return -1;
  const k = (ip.v === 4 ? t.v4Asn[seg] : t.v6Asn[seg])!;
  return k === 0 || k > t.asnNumbers.length ? -1 : k - 1;
}

const nameDecoder = new TextDecoder();

export function asnOfIndexV3(t: IpTablesV3, idx: number): { asn: number; org: string } {
  const nameIdx = t.asnNameIndex[idx]!;
  let org = t.orgCache[nameIdx];
  if (org === undefined) {
    org = nameDecoder.decode(t.nameBlob.subarray(t.nameOffsets[nameIdx], t.nameOffsets[nameIdx + 1]));
    t.orgCache[nameIdx] = org;
  }
  return { asn: t.asnNumbers[idx]!, org };
}

/** All segments of one family, for scans (broad-SPF overlap, the benchmark's baseline). */
export function segmentCountV3(t: IpTablesV3, v: 4 | 6): number {
  return v === 4 ? t.v4Starts.length : t.v6Starts.length / 4;
}

/** Start address of segment i as a bigint (IPv4 or IPv6 value). */
function segmentStart(t: IpTablesV3, v: 4 | 6, i: number): bigint {
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
export function forEachSegmentV3(
  t: IpTablesV3,
  v: 4 | 6,
  first: bigint,
  last: bigint,
  visit: (from: bigint, to: bigint, asnIndex: number) => void,
  limit = 500_000,
): boolean {
  const n = segmentCountV3(t, v);
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

/** Columns → the bytes of format 3 (the writer format 4 replaced, unchanged). */
export function writeIpTablesV3(c: IpColumns): Uint8Array {
  const enc = new TextEncoder();
  const metaBytes = enc.encode(JSON.stringify(c.meta));
  const nameBytes = c.names.map((n) => enc.encode(n));
  const nameTotal = nameBytes.reduce((sum, b) => sum + b.length, 0);
  const nAsns = c.asns.length;
  const words = 2 * nAsns + (c.names.length + 1) + 2 * c.seg4.length + 5 * c.seg6.length;
  const out = new Uint8Array(
    align4(IP_FORMAT_HEADER_BYTES + metaBytes.length) + 4 * words + align4(nAsns) + nameTotal,
  );
  const view = new DataView(out.buffer);
  out.set(enc.encode(IP_FORMAT_MAGIC), 0);
  out[4] = IP_FORMAT_VERSION;
  const counts = [metaBytes.length, c.names.length, nAsns, c.seg4.length, c.seg6.length, nameTotal];
  for (const [i, v] of counts.entries()) view.setUint32(8 + 4 * i, v, true);
  out.set(metaBytes, IP_FORMAT_HEADER_BYTES);
  let at = align4(IP_FORMAT_HEADER_BYTES + metaBytes.length);
  const put = (v: number | bigint): void => {
    view.setUint32(at, Number(v), true);
    at += 4;
  };
  for (const a of c.asns) put(a);
  for (const i of c.asnNameIndex) put(i);
  let offset = 0;
  put(0);
  for (const b of nameBytes) {
    offset += b.length;
    put(offset);
  }
  for (const s of c.seg4) put(s.start);
  for (const s of c.seg4) put(s.idx);
  const M32 = 0xffffffffn;
  for (const s of c.seg6) for (const shift of [96n, 64n, 32n, 0n]) put((s.start >> shift) & M32);
  for (const s of c.seg6) put(s.idx);
  for (const i of c.hostIdx) out[at + i] = 1;
  at += align4(nAsns);
  for (const b of nameBytes) {
    out.set(b, at);
    at += b.length;
  }
  if (at !== out.length) throw new Error(`IP data writer ended at ${at} of ${out.length} bytes`);
  return out;
}

/** The columns of format-3 tables (to repack them into format 4). */
export function columnsOfV3(t: IpTablesV3): IpColumns {
  const dec = new TextDecoder();
  const names: string[] = [];
  for (let i = 0; i + 1 < t.nameOffsets.length; i++)
    names.push(dec.decode(t.nameBlob.subarray(t.nameOffsets[i], t.nameOffsets[i + 1])));
  const seg4 = [...t.v4Starts].map((s, i) => ({ start: BigInt(s), idx: t.v4Asn[i]! }));
  const seg6 = [...t.v6Asn].map((idx, i) => ({
    start:
      (BigInt(t.v6Starts[4 * i]!) << 96n) |
      (BigInt(t.v6Starts[4 * i + 1]!) << 64n) |
      (BigInt(t.v6Starts[4 * i + 2]!) << 32n) |
      BigInt(t.v6Starts[4 * i + 3]!),
    idx,
  }));
  const hostIdx = [...t.hosting].flatMap((h, i) => (h === 1 ? [i] : []));
  return {
    meta: t.meta,
    names,
    asns: [...t.asnNumbers],
    asnNameIndex: [...t.asnNameIndex],
    seg4,
    seg6,
    hostIdx,
  };
}
