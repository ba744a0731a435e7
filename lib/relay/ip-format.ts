// The IP → ASN data (public/ip/), written by scripts/build-ip-data.ts and read by
// lib/relay/tables.ts. Kept in one place so writer and reader cannot drift apart.
//
// Format 4: a small index plus shards, each file as it is searched (little-endian u32 columns that
// start at multiples of 4, laid as typed-array views over the file's own bytes). Format 3 was the
// same columns in one 10 MB file, which took 45–55 ms to read in Node and ~230 ms to fetch in the
// worker before the first lookup; now the first lookup needs the index and two files of ~64 KB.
//
// Every file starts with the same 24-byte header:
//   0 "HLIP" · 4 version (4) · 5 kind (0 index, 1 v4 segments, 2 v6 segments, 3 ASNs)
//   6 width (v6 shard: words per start, 2 or 4; v4: 1; else 0) · 7 zero
//   8 u32 build id (the index's; a shard of another build is refused) · 12 u32 shard number
//   16 u32 count (entries in this file) · 20 u32 extra (index: meta JSON bytes; ASN chunk: name bytes)
// index.bin (kind 0), count = 0, then:
//   24 u32 nAsns · 28 u32 nV4 · 32 u32 nV6 · 36 u32 v4PerShard · 40 u32 v6PerShard · 44 u32 asnsPerChunk
//   48 meta JSON (IpDataMeta, UTF-8), zero-padded to 4
//   then v4First[nV4 shards] (first start of each shard) · v6First[4 × nV6 shards] · nothing after.
// v4-NNN.bin (kind 1): starts[count] · asn[count]
// v6-NNN.bin (kind 2): starts[width × count] (words, most significant first; width 2 = the low 64
//   bits are zero for every start in the shard, true of all but a few, so most of v6 halves) · asn[count]
// asn-NNN.bin (kind 3): asnNumbers[count] · nameOffsets[count + 1] · hosting u8[count] zero-padded
//   to 4 · names (UTF-8, one per ASN, so a chunk stands alone) [extra bytes]
// Segment ASN index 0 = no data, k = ASN index k − 1 (ASNs ordered by use: chunk 0 holds the most
// used). A segment runs from its start to the next segment's start − 1 (across shard boundaries;
// the last to the end of the address space), so every address falls in exactly one segment.
// Every shard holds exactly the per-shard count except the last of its kind.

export const IP_FORMAT_MAGIC = 'HLIP';
export const IP_FORMAT_VERSION = 4;
/** Bytes of the common header. */
export const IP_FORMAT_HEADER_BYTES = 24;
/** Bytes before the index's meta JSON. */
export const IP_INDEX_HEADER_BYTES = 48;

export const IP_KIND = { index: 0, v4: 1, v6: 2, asn: 3 } as const;
export type IpFileKind = keyof typeof IP_KIND;

/** The index's file name. */
export const IP_INDEX_FILE = 'index.bin';

/** File name of shard `k` of a kind: `v4-007.bin`. */
export function ipShardFile(kind: 'v4' | 'v6' | 'asn', k: number): string {
  return `${kind}-${String(k).padStart(3, '0')}.bin`;
}

/** Rounds up to the next multiple of 4 (column alignment). */
export function align4(n: number): number {
  return (n + 3) & ~3;
}

export interface IpDataMeta {
  /** npm package the data came from, e.g. `@ip-location-db/asn`. */
  source: string;
  sourceVersion: string;
  /** Date the tables were generated (YYYY-MM-DD). */
  generated: string;
  /** CC BY 4.0 attribution text to show in README and the options/about page. */
  attribution: string;
  counts: { asns: number; orgs: number; v4Segments: number; v6Segments: number };
  /** Where the hosting (data-centre) ASN set came from; absent in version 1 files. */
  hosting?: IpDataHostingMeta;
}

export interface IpDataHostingMeta {
  /** e.g. `X4BNet/lists_vpn input/datacenter/ASN.txt`. */
  source: string;
  /** Source commit the vendored list was taken from. */
  commit: string;
  /** ASNs in the set (list + name rule, less exclusions and ESPs, plus the curated providers). */
  asns: number;
  listed: number;
  /** ASes added because their organisation name says hosting / data centre. */
  byName: number;
  excluded: number;
  espDropped: number;
  curatedAdded: number;
  /** Listed ASNs the routing data has no address for (they cannot match anything). */
  notRouted: number;
}
