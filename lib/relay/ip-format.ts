// The packed IP → ASN file (assets/ip/asn.bin), written by scripts/build-ip-data.ts and read by
// lib/relay/tables.ts. Kept in one place so writer and reader cannot drift apart.
//
// Format 3: the tables exactly as they are searched, so the reader decodes nothing. Every count and
// column is little-endian; every column starts at a multiple of 4 bytes, so the reader lays
// typed-array views over the file's own bytes and binary-searches them in place (format 2, gzipped
// LEB128 varints, took 100–250 ms and +20 MiB to unpack before the first lookup).
//   0  "HLIP" · 4 version byte (3) · 5..7 zero
//   8  u32 metaLen · 12 u32 nNames · 16 u32 nAsns · 20 u32 nV4 · 24 u32 nV6 · 28 u32 nameBytes
//   32 meta JSON (IpDataMeta, UTF-8), zero-padded to a multiple of 4
//   then, u32 each: asnNumbers[nAsns] · asnNameIndex[nAsns] · nameOffsets[nNames + 1]
//     · v4Starts[nV4] · v4Asn[nV4] · v6Starts[4 × nV6] (words, most significant first) · v6Asn[nV6]
//   then hosting u8[nAsns] (1 = on the hosting list) zero-padded to 4 · the UTF-8 names [nameBytes]
//   and nothing after. ASNs are ordered by use; names sorted and de-duplicated.
// Segment ASN index 0 = no data, k = ASN index k − 1. A segment runs from its start to the next
// segment's start − 1 (the last to the end of the address space), so every address falls in
// exactly one segment: lookup = one binary search.

export const IP_FORMAT_MAGIC = 'HLIP';
export const IP_FORMAT_VERSION = 3;
/** Bytes before the meta JSON. */
export const IP_FORMAT_HEADER_BYTES = 32;

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
