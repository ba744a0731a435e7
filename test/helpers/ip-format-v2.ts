// Format 2 of assets/ip/asn.bin (gzipped LEB128 varint columns, decoded into typed arrays before
// the first lookup), as HeaderLens wrote and read it until format 3 (lib/relay/ip-format.ts). Kept
// only as the reference the in-place reader is checked against (test/unit/relay/in-place.test.ts)
// and the "before" of the load benchmark (scripts/bench-classify.ts). Body layout, all varints:
//   "HLIP" · version byte · metaLen · meta JSON
//   nNames · nNames byte lengths · the UTF-8 names concatenated
//   nAsns  · nAsns ASN numbers · nAsns name indices
//   nV4    · nV4 start deltas (from 0)  · nV4 ASN indices  (index 0 = no data, k = ASN k-1)
//   nV6    · nV6 × (top-word delta, word1, word2, word3)   · nV6 ASN indices
//   nHost  · nHost ASN-index deltas (sorted; version 2 on)
import type { IpDataMeta } from '../../lib/relay/ip-format';
import type { IpTablesV3 as IpTables } from '../../scripts/ip-format-v3';
import type { IpColumns } from '../../scripts/ip-format-write';

const MAGIC = 'HLIP';

/** Reads LEB128 varints from a byte array; throws RangeError past the end (caught by the loader). */
class VarintReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      if (this.pos >= this.bytes.length) throw new RangeError('truncated IP data');
      const b = this.bytes[this.pos++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
    }
    throw new RangeError('varint too long in IP data');
  }

  take(n: number): Uint8Array {
    if (this.pos + n > this.bytes.length) throw new RangeError('truncated IP data');
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

class ByteWriter {
  private buf = new Uint8Array(1 << 20);
  length = 0;
  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  byte(b: number): void {
    this.ensure(1);
    this.buf[this.length++] = b;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  /** Unsigned LEB128 of a value < 2^32. */
  varint(v: number): void {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new Error(`varint out of range: ${v}`);
    let x = v;
    while (x >= 0x80) {
      this.byte((x % 0x80) | 0x80);
      x = Math.floor(x / 0x80);
    }
    this.byte(x);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Columns → a format-2 body (not yet gzipped), byte for byte what the old packer wrote. */
export function packIpDataV2(c: IpColumns, version: 1 | 2 = 2): Uint8Array {
  const w = new ByteWriter();
  w.bytes(new TextEncoder().encode(MAGIC));
  w.byte(version);
  const metaBytes = new TextEncoder().encode(JSON.stringify(c.meta));
  w.varint(metaBytes.length);
  w.bytes(metaBytes);
  w.varint(c.names.length);
  const nameBytes = c.names.map((n) => new TextEncoder().encode(n));
  for (const b of nameBytes) w.varint(b.length);
  for (const b of nameBytes) w.bytes(b);
  w.varint(c.asns.length);
  for (const a of c.asns) w.varint(a);
  for (const i of c.asnNameIndex) w.varint(i);
  w.varint(c.seg4.length);
  let prev = 0n;
  for (const s of c.seg4) {
    w.varint(Number(s.start - prev));
    prev = s.start;
  }
  for (const s of c.seg4) w.varint(s.idx);
  w.varint(c.seg6.length);
  let prevTop = 0n;
  const M32 = 0xffffffffn;
  for (const s of c.seg6) {
    const top = s.start >> 96n;
    w.varint(Number(top - prevTop));
    prevTop = top;
    w.varint(Number((s.start >> 64n) & M32));
    w.varint(Number((s.start >> 32n) & M32));
    w.varint(Number(s.start & M32));
  }
  for (const s of c.seg6) w.varint(s.idx);
  if (version === 1) return w.result();
  w.varint(c.hostIdx.length);
  let prevIdx = 0;
  for (const i of c.hostIdx) {
    w.varint(i - prevIdx);
    prevIdx = i;
  }
  return w.result();
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
export function decodeIpTablesV2(body: Uint8Array): IpTables {
  const r = new VarintReader(body);
  const magic = new TextDecoder().decode(r.take(4));
  if (magic !== MAGIC) throw new RangeError('not a HeaderLens IP data file');
  const version = r.take(1)[0]!;
  if (version < 1 || version > 2) throw new RangeError(`unsupported IP data version ${version}`);
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

/** The columns of loaded tables (either format), to write them again in format 2. */
export function columnsOfTables(t: IpTables): IpColumns {
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
