// Builds the packed IP → ASN tables that ship with the extension (assets/ip/) from the npm package
// @ip-location-db/asn (RouteViews + NRO + DB-IP, CC BY 4.0). Run: npm run ipdata
//
// Why a custom pack: the CSVs are ~64 MB; the extension needs ≤ 3 MB. Ranges become "segments"
// (a start address and an ASN index; a segment runs until the next start; index 0 = no data), so
// the end column disappears. Columns are written apart (all start deltas, then all indices) as
// LEB128 varints and the whole file is gzipped: similar numbers next to each other compress well.
// The layout is documented in lib/relay/ip-format.ts, which the decoder shares.
// The hosting (data-centre) ASN set rides along as one more column: see ./hosting-asns.ts.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  IP_FORMAT_MAGIC,
  IP_FORMAT_VERSION,
  type IpDataHostingMeta,
  type IpDataMeta,
} from '../lib/relay/ip-format';
import { buildHostingSet, HOSTING_ATTRIBUTION, hostingLicenceText } from './hosting-asns';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules/@ip-location-db/asn');
const outDir = join(root, 'assets/ip');

export const ATTRIBUTION =
  'IP-to-ASN data: @ip-location-db/asn by sapics, built from RouteViews (routeviews.org), ' +
  'the five RIRs’ statistics published by the NRO (nro.net) and the DB-IP IP to ASN Lite database ' +
  "(<a href='https://db-ip.com'>IP Geolocation by DB-IP</a>), each licensed under CC BY 4.0 " +
  '(https://creativecommons.org/licenses/by/4.0/). Modified: ranges packed into binary tables.';

/** RFC 4180 line split: quoted fields may contain commas and doubled quotes. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      let s = '';
      while (j < line.length) {
        if (line[j] === '"') {
          if (line[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += line[j++];
      }
      out.push(s);
      i = j + 2;
    } else {
      let j = line.indexOf(',', i);
      if (j < 0) j = line.length;
      out.push(line.slice(i, j));
      i = j + 1;
    }
  }
  return out;
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

export interface Row {
  start: bigint;
  end: bigint;
  asn: number;
  org: string;
}

function readRows(file: string): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(join(pkgDir, file), 'utf8').split('\n')) {
    if (!line) continue;
    const [s, e, a, o] = splitCsvLine(line);
    rows.push({ start: BigInt(s!), end: BigInt(e!), asn: Number(a), org: o ?? '' });
  }
  return sortRows(rows);
}

export function sortRows(rows: Row[]): Row[] {
  return rows.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
}

/** Rows → segments: clip overlaps (the source has a few), merge same-ASN neighbours, mark gaps. */
function toSegments(
  rows: Row[],
  asnIndex: Map<number, number>,
  maxAddress: bigint,
): Array<{ start: bigint; idx: number }> {
  const segs: Array<{ start: bigint; idx: number }> = [];
  let nextFree = 0n;
  for (const r of rows) {
    const start = r.start < nextFree ? nextFree : r.start;
    if (start > r.end) continue;
    if (start > nextFree) segs.push({ start: nextFree, idx: 0 });
    const idx = asnIndex.get(r.asn)! + 1;
    const last = segs[segs.length - 1];
    if (!(last && last.idx === idx && start === nextFree)) segs.push({ start, idx });
    nextFree = r.end + 1n;
  }
  // A trailing gap, so the last range does not run on to the end of the address space.
  if (nextFree <= maxAddress) segs.push({ start: nextFree, idx: 0 });
  return segs;
}

/** Packs rows (sorted by start) into the body format of lib/relay/ip-format.ts (not yet gzipped). */
export function packIpData(
  v4: Row[],
  v6: Row[],
  source: { name: string; version: string; generated: string },
  hosting?: { asns: number[]; meta: IpDataHostingMeta },
): { body: Uint8Array; meta: IpDataMeta } {
  // ASN table ordered by how many segments use it: frequent ASNs get 1-byte indices.
  const freq = new Map<number, number>();
  const orgOf = new Map<number, string>();
  for (const r of [...v4, ...v6]) {
    freq.set(r.asn, (freq.get(r.asn) ?? 0) + 1);
    if (!orgOf.has(r.asn)) orgOf.set(r.asn, r.org);
  }
  const asns = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || a - b);
  const asnIndex = new Map(asns.map((a, i) => [a, i]));
  const names = [...new Set(orgOf.values())].sort();
  const nameIndex = new Map(names.map((n, i) => [n, i]));

  const seg4 = toSegments(v4, asnIndex, 0xffffffffn);
  const seg6 = toSegments(v6, asnIndex, (1n << 128n) - 1n);

  const meta: IpDataMeta = {
    source: source.name,
    sourceVersion: source.version,
    generated: source.generated,
    attribution: hosting ? `${ATTRIBUTION} ${HOSTING_ATTRIBUTION}` : ATTRIBUTION,
    counts: { asns: asns.length, orgs: names.length, v4Segments: seg4.length, v6Segments: seg6.length },
    ...(hosting ? { hosting: hosting.meta } : {}),
  };

  const w = new ByteWriter();
  w.bytes(new TextEncoder().encode(IP_FORMAT_MAGIC));
  w.byte(IP_FORMAT_VERSION);
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  w.varint(metaBytes.length);
  w.bytes(metaBytes);

  w.varint(names.length);
  const nameBytes = names.map((n) => new TextEncoder().encode(n));
  for (const b of nameBytes) w.varint(b.length);
  for (const b of nameBytes) w.bytes(b);

  w.varint(asns.length);
  for (const a of asns) w.varint(a);
  for (const a of asns) w.varint(nameIndex.get(orgOf.get(a)!)!);

  w.varint(seg4.length);
  let prev = 0n;
  for (const s of seg4) {
    w.varint(Number(s.start - prev));
    prev = s.start;
  }
  for (const s of seg4) w.varint(s.idx);

  // IPv6 starts as four 32-bit words: the top word delta-coded, the rest raw (mostly 0).
  w.varint(seg6.length);
  let prevTop = 0n;
  const M32 = 0xffffffffn;
  for (const s of seg6) {
    const top = s.start >> 96n;
    w.varint(Number(top - prevTop));
    prevTop = top;
    w.varint(Number((s.start >> 64n) & M32));
    w.varint(Number((s.start >> 32n) & M32));
    w.varint(Number(s.start & M32));
  }
  for (const s of seg6) w.varint(s.idx);

  // Hosting set as sorted ASN indices, delta-coded. ASNs the routing data lacks cannot match an
  // address, so they are left out here (meta.hosting.notRouted counts them).
  const hostIdx = (hosting?.asns ?? [])
    .map((a) => asnIndex.get(a))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  w.varint(hostIdx.length);
  let prevIdx = 0;
  for (const i of hostIdx) {
    w.varint(i - prevIdx);
    prevIdx = i;
  }
  return { body: w.result(), meta };
}

function main(): void {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const generated = new Date().toISOString().slice(0, 10);
  const v4 = readRows('asn-ipv4-num.csv');
  const v6 = readRows('asn-ipv6-num.csv');
  const orgOf = new Map<number, string>();
  for (const r of [...v4, ...v6]) if (!orgOf.has(r.asn)) orgOf.set(r.asn, r.org);
  const hosting = buildHostingSet(orgOf);
  const { body, meta } = packIpData(v4, v6, { ...pkg, generated }, hosting);
  mkdirSync(outDir, { recursive: true });
  const packed = gzipSync(body, { level: 9 });
  const binPath = join(outDir, 'asn.bin');
  writeFileSync(binPath, packed);
  writeFileSync(
    join(outDir, 'asn-meta.json'),
    `${JSON.stringify({ ...meta, file: 'asn.bin', rawBytes: body.length, gzipBytes: packed.length }, null, 2)}\n`,
  );
  writeFileSync(join(outDir, 'LICENSE.txt'), `${meta.attribution}\n\n${hostingLicenceText()}`);
  console.log(
    `assets/ip/asn.bin: ${statSync(binPath).size} bytes (raw ${body.length}); ` +
      `${meta.counts.asns} ASNs, ${meta.counts.orgs} names, ${meta.counts.v4Segments} IPv4 + ` +
      `${meta.counts.v6Segments} IPv6 segments ` +
      `from ${pkg.name}@${pkg.version}`,
  );
  const h = hosting.meta;
  console.log(
    `hosting set: ${h.asns} ASNs (${h.listed} listed by ${h.source}@${h.commit.slice(0, 7)}, ` +
      `${h.byName} more by organisation name, ${h.excluded} excluded after review, ${h.espDropped} ESP networks dropped, ` +
      `${h.curatedAdded} curated added, ${h.notRouted} without routed addresses)`,
  );
  if (hosting.review.length)
    console.log(
      `review (kept, but the name looks like an ISP, company or school):\n  ${hosting.review.join('\n  ')}`,
    );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
