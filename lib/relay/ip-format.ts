// The packed IP → ASN file (assets/ip/asn.bin), written by scripts/build-ip-data.ts and read by
// lib/relay/tables.ts. Kept in one place so writer and reader cannot drift apart.
//
// File = gzip( body ). Body, all integers unsigned LEB128 varints (< 2^32):
//   "HLIP" · version byte · metaLen · meta JSON (IpDataMeta, UTF-8)
//   nNames · nNames byte lengths · the UTF-8 names concatenated (sorted, de-duplicated)
//   nAsns  · nAsns ASN numbers · nAsns name indices        (ordered by use: frequent = small)
//   nV4    · nV4 start deltas (from 0)  · nV4 ASN indices  (index 0 = no data, k = ASN k-1)
//   nV6    · nV6 × (top-word delta, word1, word2, word3)   · nV6 ASN indices
//   nHost  · nHost ASN-index deltas (sorted; version 2 on)  the ASNs of the hosting set
// A segment runs from its start to the next segment's start − 1 (the last to the end of the
// address space), so every address falls in exactly one segment: lookup = one binary search.

export const IP_FORMAT_MAGIC = 'HLIP';
export const IP_FORMAT_VERSION = 2;
/** Version 1 files (no hosting section) still decode: only the curated hosting ASNs answer then. */
export const IP_FORMAT_OLDEST_READABLE = 1;

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

/** Reads LEB128 varints from a byte array; throws RangeError past the end (caught by the loader). */
export class VarintReader {
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
