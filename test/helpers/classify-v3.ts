// The classifier as it was over the single-file format 3 (scripts/ip-format-v3.ts), before format 4
// cut the data into shards: the reference the sharded tables are compared with (tests) and timed
// against (bench). Same curated ranges and rules as lib/relay/classify.ts.
import type { IpAddress } from '../../lib/relay/address';
import { espByAsn, espRangeSet } from '../../lib/relay/classify';
import { HOSTING_BY_ASN, HOSTING_RANGES } from '../../lib/relay/providers-hosting';
import { publishedHosting } from '../../lib/relay/published-hosting';
import { buildRangeSet } from '../../lib/relay/range-set';
import type { IpClass } from '../../lib/types';
import { asnOfIndexV3, type IpTablesV3, lookupAsnIndexV3 } from '../../scripts/ip-format-v3';

export function createClassifierV3(t: IpTablesV3): (ip: IpAddress) => IpClass {
  const espRanges = espRangeSet();
  const espAsn = espByAsn();
  const hostingRanges = buildRangeSet([...HOSTING_RANGES]);
  const hostingOf = (idx: number): string | null => {
    const asn = t.asnNumbers[idx];
    if (asn === undefined || espAsn.has(asn)) return null;
    return HOSTING_BY_ASN.get(asn) ?? (t.hosting[idx] === 1 ? asnOfIndexV3(t, idx).org || `AS${asn}` : null);
  };
  return (ip) => {
    const idx = lookupAsnIndexV3(t, ip);
    const rec = idx >= 0 ? asnOfIndexV3(t, idx) : null;
    const asn = rec?.asn ?? null;
    const esp = espRanges.lookup(ip) ?? (asn !== null ? (espAsn.get(asn) ?? null) : null);
    const hostingName =
      hostingRanges.lookup(ip) ?? (idx >= 0 ? hostingOf(idx) : null) ?? publishedHosting(ip);
    return {
      asn,
      org: rec?.org ?? null,
      hosting: hostingName !== null && esp === null ? { provider: hostingName } : null,
      esp,
    };
  };
}
