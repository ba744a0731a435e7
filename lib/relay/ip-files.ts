// The readers of the files of format 4 (./ip-format.ts): each lays typed-array views over the
// file's own bytes after checking every size against the bytes there are, and throws RangeError on
// anything else (a truncated, hostile or mismatched file), never a crash later in a lookup.
import {
  align4,
  IP_FORMAT_HEADER_BYTES,
  IP_FORMAT_MAGIC,
  IP_FORMAT_VERSION,
  IP_INDEX_HEADER_BYTES,
  IP_KIND,
  type IpDataMeta,
} from './ip-format';

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

interface Header {
  bytes: Uint8Array;
  view: DataView;
  width: number;
  buildId: number;
  shard: number;
  count: number;
  extra: number;
}

/** Checks the common header; copies the bytes only when they are not 4-aligned in their buffer. */
function readHeader(input: Uint8Array, kind: number, what: string): Header {
  if (input.length < IP_FORMAT_HEADER_BYTES) throw new RangeError(`truncated IP data (${what})`);
  if (new TextDecoder().decode(input.subarray(0, 4)) !== IP_FORMAT_MAGIC)
    throw new RangeError(`not a HeaderLens IP data file (${what})`);
  const version = input[4]!;
  if (version < IP_FORMAT_VERSION)
    throw new RangeError(
      `IP data format ${version} is older than this build reads (${what}): run \`npm run ipdata\``,
    );
  if (version > IP_FORMAT_VERSION) throw new RangeError(`unsupported IP data version ${version} (${what})`);
  if (input[5] !== kind) throw new RangeError(`IP data file of the wrong kind (${what})`);
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    bytes,
    view,
    width: bytes[6]!,
    buildId: view.getUint32(8, true),
    shard: view.getUint32(12, true),
    count: view.getUint32(16, true),
    extra: view.getUint32(20, true),
  };
}

function exactLength(h: Header, expected: number, what: string): void {
  if (expected !== h.bytes.length)
    throw new RangeError(
      expected > h.bytes.length ? `truncated IP data (${what})` : `IP data has trailing bytes (${what})`,
    );
}

/** `count` u32 words at byte `at`: a view on little-endian machines, a copy elsewhere. */
function u32(h: Header, at: number, count: number): Uint32Array {
  if (LITTLE_ENDIAN) return new Uint32Array(h.bytes.buffer, h.bytes.byteOffset + at, count);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = h.view.getUint32(at + 4 * i, true);
  return out;
}

export interface IpIndex {
  meta: IpDataMeta;
  buildId: number;
  nAsns: number;
  nV4: number;
  nV6: number;
  per: { v4: number; v6: number; asn: number };
  /** First start of each IPv4 shard (ascending). */
  v4First: Uint32Array;
  /** First start of each IPv6 shard, four words each. */
  v6First: Uint32Array;
}

export const shardCount = (n: number, per: number): number => Math.ceil(n / per);

/** Entries in shard `k` of `n` entries cut `per` to a shard. */
export const entriesIn = (n: number, per: number, k: number): number => Math.min(per, n - k * per);

export function readIpIndex(input: Uint8Array): IpIndex {
  const what = 'index.bin';
  const h = readHeader(input, IP_KIND.index, what);
  if (h.bytes.length < IP_INDEX_HEADER_BYTES) throw new RangeError(`truncated IP data (${what})`);
  const [nAsns, nV4, nV6, p4, p6, pA] = [24, 28, 32, 36, 40, 44].map((at) => h.view.getUint32(at, true)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (p4 === 0 || p6 === 0 || pA === 0) throw new RangeError(`IP data index has an empty shard size`);
  const s4 = shardCount(nV4, p4);
  const s6 = shardCount(nV6, p6);
  const metaLen = h.extra;
  exactLength(h, align4(IP_INDEX_HEADER_BYTES + metaLen) + 4 * (s4 + 4 * s6), what);
  let meta: IpDataMeta;
  try {
    meta = JSON.parse(
      new TextDecoder().decode(h.bytes.subarray(IP_INDEX_HEADER_BYTES, IP_INDEX_HEADER_BYTES + metaLen)),
    ) as IpDataMeta;
  } catch {
    throw new RangeError(`IP data index has unreadable meta data`);
  }
  if (typeof meta !== 'object' || meta === null || typeof meta.source !== 'string')
    throw new RangeError(`IP data index has unreadable meta data`);
  const at = align4(IP_INDEX_HEADER_BYTES + metaLen);
  const v4First = u32(h, at, s4);
  const v6First = u32(h, at + 4 * s4, 4 * s6);
  // Lookups pick a shard by binary search over these: they must climb.
  for (let k = 1; k < s4; k++)
    if (v4First[k]! <= v4First[k - 1]!) throw new RangeError(`IP data index out of order (IPv4)`);
  for (let k = 1; k < s6; k++)
    if (compareAt(v6First, k - 1, v6First, k, 4) >= 0)
      throw new RangeError(`IP data index out of order (IPv6)`);
  return { meta, buildId: h.buildId, nAsns, nV4, nV6, per: { v4: p4, v6: p6, asn: pA }, v4First, v6First };
}

/** Compares start i of `a` (width wa) with start j of `b` (width 4). */
function compareAt(a: Uint32Array, i: number, b: Uint32Array, j: number, wa: number): number {
  for (let k = 0; k < 4; k++) {
    const x = k < wa ? a[i * wa + k]! : 0;
    const y = b[j * 4 + k]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export interface SegmentShard {
  /** Words per start: 1 (IPv4), 2 or 4 (IPv6; 2 = the low 64 bits are zero). */
  width: number;
  starts: Uint32Array;
  /** Per segment: 0 = no data, k = ASN index k − 1. */
  asn: Uint32Array;
  /**
   * The shard's jump table, built by lib/relay/tables.ts on its first lookup (null until then).
   * IPv4: per /16 the shard touches, the segment holding that /16's first address in the shard,
   * then the last segment. IPv6: the shift, then the same per bucket of the top word (buildJump6).
   */
  jump: Uint32Array | null;
}

export function readSegmentShard(
  index: IpIndex,
  v: 4 | 6,
  k: number,
  input: Uint8Array,
  what: string,
): SegmentShard {
  const h = readHeader(input, v === 4 ? IP_KIND.v4 : IP_KIND.v6, what);
  checkBelongs(index, h, k, what);
  const n = v === 4 ? index.nV4 : index.nV6;
  const per = v === 4 ? index.per.v4 : index.per.v6;
  if (k >= shardCount(n, per) || h.count !== entriesIn(n, per, k))
    throw new RangeError(`IP data shard has the wrong number of segments (${what})`);
  const width = h.width;
  if (v === 4 ? width !== 1 : width !== 2 && width !== 4)
    throw new RangeError(`IP data shard has a bad start width (${what})`);
  exactLength(h, IP_FORMAT_HEADER_BYTES + 4 * (width + 1) * h.count, what);
  const starts = u32(h, IP_FORMAT_HEADER_BYTES, width * h.count);
  const asn = u32(h, IP_FORMAT_HEADER_BYTES + 4 * width * h.count, h.count);
  // The index chose this shard by its first start: the two must agree, or a lookup would land in
  // the wrong shard's segments.
  const agrees =
    v === 4 ? starts[0] === index.v4First[k] : compareAt(starts, 0, index.v6First, k, width) === 0;
  if (!agrees) throw new RangeError(`IP data shard does not match the index (${what})`);
  return { width, starts, asn, jump: null };
}

export interface AsnChunk {
  numbers: Uint32Array;
  nameOffsets: Uint32Array;
  /** 1 = on the hosting (data-centre) list packed with the data. */
  hosting: Uint8Array;
  names: Uint8Array;
  /** Decoded organisation names, filled on first use. */
  orgs: Array<string | undefined>;
}

export function readAsnChunk(index: IpIndex, k: number, input: Uint8Array, what: string): AsnChunk {
  const h = readHeader(input, IP_KIND.asn, what);
  checkBelongs(index, h, k, what);
  const n = h.count;
  if (k >= shardCount(index.nAsns, index.per.asn) || n !== entriesIn(index.nAsns, index.per.asn, k))
    throw new RangeError(`IP data chunk has the wrong number of ASNs (${what})`);
  const nameBytes = h.extra;
  exactLength(h, IP_FORMAT_HEADER_BYTES + 4 * (2 * n + 1) + align4(n) + nameBytes, what);
  const numbers = u32(h, IP_FORMAT_HEADER_BYTES, n);
  const nameOffsets = u32(h, IP_FORMAT_HEADER_BYTES + 4 * n, n + 1);
  const at = IP_FORMAT_HEADER_BYTES + 4 * (2 * n + 1);
  const hosting = h.bytes.subarray(at, at + n);
  const names = h.bytes.subarray(at + align4(n), at + align4(n) + nameBytes);
  // The offsets are what asnOfIndex slices: they must climb within the names.
  if (nameOffsets[0] !== 0 || nameOffsets[n] !== nameBytes)
    throw new RangeError(`name table out of range in IP data (${what})`);
  for (let i = 0; i < n; i++)
    if (nameOffsets[i]! > nameOffsets[i + 1]!)
      throw new RangeError(`name table out of order in IP data (${what})`);
  return { numbers, nameOffsets, hosting, names, orgs: [] };
}

function checkBelongs(index: IpIndex, h: Header, k: number, what: string): void {
  if (h.buildId !== index.buildId) throw new RangeError(`IP data shard of another build (${what})`);
  if (h.shard !== k) throw new RangeError(`IP data shard has the wrong number (${what})`);
}
