// The writer of format 4 (lib/relay/ip-format.ts): IP data columns → the index and its shards, as
// files by name. Used by `npm run ipdata` (scripts/build-ip-data.ts), its repack from a format-3
// asn.bin, and the tests (synthetic tables cut into tiny shards).
import {
  align4,
  IP_FORMAT_HEADER_BYTES,
  IP_FORMAT_MAGIC,
  IP_FORMAT_VERSION,
  IP_INDEX_FILE,
  IP_INDEX_HEADER_BYTES,
  IP_KIND,
  type IpDataMeta,
  ipShardFile,
} from '../lib/relay/ip-format';
import type { IpFileSource } from '../lib/relay/tables';

/** The tables as columns, before they are written (what every format stores, however laid out). */
export interface IpColumns {
  meta: IpDataMeta;
  /** Organisation names, sorted and de-duplicated. */
  names: string[];
  /** ASN index → AS number, ordered by how many rows use it. */
  asns: number[];
  /** ASN index → index into `names`. */
  asnNameIndex: number[];
  seg4: Array<{ start: bigint; idx: number }>;
  seg6: Array<{ start: bigint; idx: number }>;
  /** ASN indices of the hosting set, sorted. */
  hostIdx: number[];
}

/**
 * Entries per file. ~64 KB per segment shard and ~70 KB per ASN chunk: in the worker a fetch of
 * that size costs little more than the request itself, and the index stays ~2 KB.
 */
export const SHARD_SIZES = { v4: 8192, v6: 4096, asn: 2048 };

const M32 = 0xffffffffn;
const enc = new TextEncoder();

class Writer {
  readonly out: Uint8Array;
  readonly view: DataView;
  at = 0;
  constructor(size: number) {
    this.out = new Uint8Array(size);
    this.view = new DataView(this.out.buffer);
  }
  u32(v: number | bigint): void {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`u32 out of range: ${v}`);
    this.view.setUint32(this.at, n, true);
    this.at += 4;
  }
  bytes(b: Uint8Array): void {
    this.out.set(b, this.at);
    this.at += b.length;
  }
  header(kind: number, width: number, buildId: number, shard: number, count: number, extra: number): void {
    this.bytes(enc.encode(IP_FORMAT_MAGIC));
    this.out[4] = IP_FORMAT_VERSION;
    this.out[5] = kind;
    this.out[6] = width;
    this.at = 8;
    for (const v of [buildId, shard, count, extra]) this.u32(v);
  }
  done(name: string): Uint8Array {
    if (this.at !== this.out.length)
      throw new Error(`${name}: writer ended at ${this.at} of ${this.out.length}`);
    return this.out;
  }
}

function words(start: bigint): number[] {
  return [96n, 64n, 32n, 0n].map((s) => Number((start >> s) & M32));
}

/** FNV-1a over the files' payloads: the id every shard carries, so shards of two builds never mix. */
function buildIdOf(parts: Uint8Array[]): number {
  let h = 0x811c9dc5;
  for (const p of parts)
    for (let i = 0; i < p.length; i++) {
      h ^= p[i]!;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  return h;
}

/** Columns → the files of format 4, by name (`index.bin`, `v4-000.bin` …). */
export function writeIpShards(c: IpColumns, per = SHARD_SIZES): Map<string, Uint8Array> {
  const metaBytes = enc.encode(JSON.stringify(c.meta));
  const hosting = new Set(c.hostIdx);
  const nameBytes = c.names.map((n) => enc.encode(n));
  // Payloads first (the build id covers them), headers after.
  type Body = {
    name: string;
    kind: number;
    width: number;
    shard: number;
    count: number;
    extra: number;
    words: number[];
    tail?: Uint8Array;
  };
  const bodies: Body[] = [];
  for (let k = 0; k * per.v4 < c.seg4.length; k++) {
    const segs = c.seg4.slice(k * per.v4, (k + 1) * per.v4);
    bodies.push({
      name: ipShardFile('v4', k),
      kind: IP_KIND.v4,
      width: 1,
      shard: k,
      count: segs.length,
      extra: 0,
      words: [...segs.map((s) => Number(s.start)), ...segs.map((s) => s.idx)],
    });
  }
  for (let k = 0; k * per.v6 < c.seg6.length; k++) {
    const segs = c.seg6.slice(k * per.v6, (k + 1) * per.v6);
    // Two words per start when no start of the shard has low 64 bits (all but a few shards).
    const width = segs.every((s) => (s.start & ((1n << 64n) - 1n)) === 0n) ? 2 : 4;
    bodies.push({
      name: ipShardFile('v6', k),
      kind: IP_KIND.v6,
      width,
      shard: k,
      count: segs.length,
      extra: 0,
      words: [...segs.flatMap((s) => words(s.start).slice(0, width)), ...segs.map((s) => s.idx)],
    });
  }
  for (let k = 0; k * per.asn < c.asns.length; k++) {
    const from = k * per.asn;
    const asns = c.asns.slice(from, from + per.asn);
    const names = asns.map((_, i) => nameBytes[c.asnNameIndex[from + i]!]!);
    const offsets = [0];
    for (const n of names) offsets.push(offsets[offsets.length - 1]! + n.length);
    const total = offsets[offsets.length - 1]!;
    const tail = new Uint8Array(align4(asns.length) + total);
    asns.forEach((_, i) => {
      if (hosting.has(from + i)) tail[i] = 1;
    });
    let at = align4(asns.length);
    for (const n of names) {
      tail.set(n, at);
      at += n.length;
    }
    bodies.push({
      name: ipShardFile('asn', k),
      kind: IP_KIND.asn,
      width: 0,
      shard: k,
      count: asns.length,
      extra: total,
      words: [...asns, ...offsets],
      tail,
    });
  }
  const payloads = bodies.map((b) => {
    const w = new Writer(4 * b.words.length);
    for (const x of b.words) w.u32(x);
    return w.done(b.name);
  });
  const buildId = buildIdOf([metaBytes, ...payloads, ...bodies.flatMap((b) => (b.tail ? [b.tail] : []))]);

  const files = new Map<string, Uint8Array>();
  bodies.forEach((b, i) => {
    const w = new Writer(IP_FORMAT_HEADER_BYTES + payloads[i]!.length + (b.tail?.length ?? 0));
    w.header(b.kind, b.width, buildId, b.shard, b.count, b.extra);
    w.bytes(payloads[i]!);
    if (b.tail) w.bytes(b.tail);
    files.set(b.name, w.done(b.name));
  });

  const first4 = bodies.filter((b) => b.kind === IP_KIND.v4).map((b) => b.words[0]!);
  const first6 = c.seg6.filter((_, i) => i % per.v6 === 0).flatMap((s) => words(s.start));
  const w = new Writer(
    align4(IP_INDEX_HEADER_BYTES + metaBytes.length) + 4 * (first4.length + first6.length),
  );
  w.header(IP_KIND.index, 0, buildId, 0, 0, metaBytes.length);
  for (const v of [c.asns.length, c.seg4.length, c.seg6.length, per.v4, per.v6, per.asn]) w.u32(v);
  w.bytes(metaBytes);
  w.at = align4(w.at);
  for (const v of [...first4, ...first6]) w.u32(v);
  files.set(IP_INDEX_FILE, w.done(IP_INDEX_FILE));
  return files;
}

/** The files of a Map as a source (tests, the repack's round-trip check). */
export function memoryIpSource(files: ReadonlyMap<string, Uint8Array>, sync = true): IpFileSource {
  const get = (name: string): Uint8Array => {
    const f = files.get(name);
    if (!f) throw new Error(`no file ${name}`);
    return f;
  };
  return { read: async (name) => get(name), ...(sync ? { readSync: get } : {}) };
}
