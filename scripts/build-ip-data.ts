// Builds the packed IP → ASN tables that ship with the extension (public/ip/; meta, licence and
// README in assets/ip/) from the npm package @ip-location-db/asn (RouteViews + NRO + DB-IP, CC BY
// 4.0). Run: npm run ipdata. `npm run ipdata -- --from old/asn.bin` repacks a format-3 file into
// the current layout instead (the same data, no source package needed).
//
// Why a custom pack: the CSVs are ~64 MB. Ranges become "segments" (a start address and an ASN
// index; a segment runs until the next start; index 0 = no data), so the end column disappears.
// Columns are written apart as fixed-width little-endian words, the way the reader searches them
// in place, cut into an index and shards (format 4, lib/relay/ip-format.ts; ./ip-format-write.ts):
// nothing to unpack at start, and a lookup reads only the shards it needs.
// The hosting (data-centre) ASN set rides along as one more column: see ./hosting-asns.ts.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { IpDataHostingMeta, IpDataMeta } from '../lib/relay/ip-format';
import { buildHostingSet, HOSTING_ATTRIBUTION, hostingLicenceText } from './hosting-asns';
import { columnsOfV3, readIpTablesV3 } from './ip-format-v3';
import { type IpColumns, writeIpShards } from './ip-format-write';

export type { IpColumns };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'node_modules/@ip-location-db/asn');
const metaDir = join(root, 'assets/ip');
/** Copied as it is by WXT to the extension's root (/ip/…); the CLI reads it next to the package. */
const dataDir = join(root, 'public/ip');

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

/** Packs rows (sorted by start) into the files of format 4 (lib/relay/ip-format.ts). */
export function packIpData(
  v4: Row[],
  v6: Row[],
  source: { name: string; version: string; generated: string },
  hosting?: { asns: number[]; meta: IpDataHostingMeta },
  per?: { v4: number; v6: number; asn: number },
): { files: Map<string, Uint8Array>; meta: IpDataMeta; columns: IpColumns } {
  const columns = ipColumns(v4, v6, source, hosting);
  return { files: writeIpShards(columns, per), meta: columns.meta, columns };
}

/** Replaces public/ip/ with `files`, and writes asn-meta.json and the licence text beside them. */
function writeData(files: Map<string, Uint8Array>, meta: IpDataMeta, licence: string): void {
  mkdirSync(dataDir, { recursive: true });
  for (const f of readdirSync(dataDir)) if (f.endsWith('.bin')) rmSync(join(dataDir, f));
  let rawBytes = 0;
  const gz: Uint8Array[] = [];
  for (const [name, bytes] of files) {
    writeFileSync(join(dataDir, name), bytes);
    rawBytes += bytes.length;
    gz.push(bytes);
  }
  // Stored as they are searched (not gzipped: see assets/ip/README.md). The extension's zip and the
  // npm tarball compress them for download; gzipBytes says to about what.
  const gzipBytes = gz.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  mkdirSync(metaDir, { recursive: true });
  writeFileSync(
    join(metaDir, 'asn-meta.json'),
    `${JSON.stringify({ ...meta, dir: 'public/ip', files: files.size, rawBytes, gzipBytes }, null, 2)}\n`,
  );
  writeFileSync(join(metaDir, 'LICENSE.txt'), licence);
  writeFileSync(join(dataDir, 'LICENSE.txt'), licence);
  console.log(
    `public/ip/: ${files.size} files, ${rawBytes} bytes (${gzipBytes} gzipped); ` +
      `${meta.counts.asns} ASNs, ${meta.counts.orgs} names, ${meta.counts.v4Segments} IPv4 + ` +
      `${meta.counts.v6Segments} IPv6 segments from ${meta.source}@${meta.sourceVersion}`,
  );
}

/** `--from asn.bin`: the same data, repacked from a format-3 file (offline; nothing regenerated). */
function repack(path: string): void {
  const columns = columnsOfV3(readIpTablesV3(readFileSync(path)));
  const licence = readFileSync(join(metaDir, 'LICENSE.txt'), 'utf8');
  writeData(writeIpShards(columns), columns.meta, licence);
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
  const { files, meta } = packIpData(v4, v6, { ...pkg, generated }, hosting);
  writeData(files, meta, `${meta.attribution}\n\n${hostingLicenceText()}`);
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const from = process.argv.indexOf('--from');
  if (from > 0) repack(process.argv[from + 1] ?? '');
  else main();
}
