// Builds the packed IP → ASN tables that ship with the extension (assets/ip/) from the npm package
// @ip-location-db/asn (RouteViews + NRO + DB-IP, CC BY 4.0). Run: npm run ipdata
//
// Why a custom pack: the CSVs are ~64 MB. Ranges become "segments" (a start address and an ASN
// index; a segment runs until the next start; index 0 = no data), so the end column disappears.
// Columns are written apart as fixed-width little-endian words, the way the reader searches them
// in place (format 3, lib/relay/ip-format.ts, which the reader shares): nothing to unpack at start.
// The hosting (data-centre) ASN set rides along as one more column: see ./hosting-asns.ts.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  align4,
  IP_FORMAT_HEADER_BYTES,
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

/**
 * The tables as columns, before they are written: what format 3 stores as it is, and what the
 * old varint format (test/helpers/ip-format-v2.ts) stored delta-coded.
 */
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

/** Rows (sorted by start) → columns. */
export function ipColumns(
  v4: Row[],
  v6: Row[],
  source: { name: string; version: string; generated: string },
  hosting?: { asns: number[]; meta: IpDataHostingMeta },
): IpColumns {
  // ASN table ordered by how many segments use it (frequent first; it kept the old format small).
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
  // ASNs the routing data lacks cannot match an address, so they are left out here
  // (meta.hosting.notRouted counts them).
  const hostIdx = (hosting?.asns ?? [])
    .map((a) => asnIndex.get(a))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  return {
    meta,
    names,
    asns,
    asnNameIndex: asns.map((a) => nameIndex.get(orgOf.get(a)!)!),
    seg4,
    seg6,
    hostIdx,
  };
}

/** Columns → the bytes of format 3 (lib/relay/ip-format.ts): little-endian, 4-aligned columns. */
export function writeIpTables(c: IpColumns): Uint8Array {
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
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`u32 out of range: ${v}`);
    view.setUint32(at, n, true);
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

/** Packs rows (sorted by start) into format 3 (lib/relay/ip-format.ts). */
export function packIpData(
  v4: Row[],
  v6: Row[],
  source: { name: string; version: string; generated: string },
  hosting?: { asns: number[]; meta: IpDataHostingMeta },
): { body: Uint8Array; meta: IpDataMeta; columns: IpColumns } {
  const columns = ipColumns(v4, v6, source, hosting);
  return { body: writeIpTables(columns), meta: columns.meta, columns };
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
  // Stored as it is searched (not gzipped: see assets/ip/README.md). The extension's zip and the
  // npm tarball compress it for download; gzipBytes says to about what.
  const gzipBytes = gzipSync(body, { level: 9 }).length;
  const binPath = join(outDir, 'asn.bin');
  writeFileSync(binPath, body);
  writeFileSync(
    join(outDir, 'asn-meta.json'),
    `${JSON.stringify({ ...meta, file: 'asn.bin', rawBytes: body.length, gzipBytes }, null, 2)}\n`,
  );
  writeFileSync(join(outDir, 'LICENSE.txt'), `${meta.attribution}\n\n${hostingLicenceText()}`);
  console.log(
    `assets/ip/asn.bin: ${statSync(binPath).size} bytes (${gzipBytes} gzipped); ` +
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
