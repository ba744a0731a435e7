// Parsers for the hosting providers' official range feeds, so the options page can refresh hosting
// ranges between releases (the bundled ASN tables work without them). Pure functions over the
// fetched text; hostile or broken feeds give `{ ok: false }` or skip entries, never throw.
//   AWS           https://ip-ranges.amazonaws.com/ip-ranges.json      (service "EC2" = rentable)
//   Google Cloud  https://www.gstatic.com/ipranges/cloud.json
//   Oracle Cloud  https://docs.oracle.com/en-us/iaas/tools/public_ip_ranges.json (tag "OCI")
//   DigitalOcean  https://digitalocean.com/geo/google.csv (RFC 8805 geofeed: prefix,cc,region,city,zip)
import { parseCidr } from './address';
import type { LabelledRange } from './range-set';

export type FeedKind = 'aws' | 'google-cloud' | 'oracle' | 'digitalocean';

export type FeedResult =
  | { ok: true; ranges: LabelledRange[]; skipped: number }
  | { ok: false; error: string };

export const FEED_PROVIDER: Record<FeedKind, string> = {
  aws: 'Amazon Web Services',
  'google-cloud': 'Google Cloud',
  oracle: 'Oracle Cloud',
  digitalocean: 'DigitalOcean',
};

/** A feed larger than this is not one of these feeds (AWS's is ~10k prefixes). */
const MAX_ENTRIES = 200_000;

type Json = unknown;

function isRecord(x: Json): x is Record<string, Json> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function arrayAt(x: Json, key: string): Json[] {
  return isRecord(x) && Array.isArray(x[key]) ? (x[key] as Json[]) : [];
}

function str(x: Json, key: string): string | null {
  return isRecord(x) && typeof x[key] === 'string' ? (x[key] as string) : null;
}

function collect(kind: FeedKind, cidrs: Array<string | null>): FeedResult {
  const label = FEED_PROVIDER[kind];
  const seen = new Set<string>();
  const ranges: LabelledRange[] = [];
  let skipped = 0;
  for (const c of cidrs.slice(0, MAX_ENTRIES)) {
    if (!c || !parseCidr(c.trim())) {
      skipped++;
      continue;
    }
    const cidr = c.trim().toLowerCase();
    if (seen.has(cidr)) continue;
    seen.add(cidr);
    ranges.push({ cidr, label });
  }
  skipped += Math.max(0, cidrs.length - MAX_ENTRIES);
  if (ranges.length === 0) return { ok: false, error: `the ${label} feed held no usable ranges` };
  return { ok: true, ranges, skipped };
}

function parseJson(text: string, kind: FeedKind): { ok: true; value: Json } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch {
    return { ok: false, error: `the ${FEED_PROVIDER[kind]} feed is not valid JSON` };
  }
}

export function parseAwsIpRanges(text: string): FeedResult {
  const j = parseJson(text, 'aws');
  if (!j.ok) return j;
  // EC2 is the rentable part; "AMAZON" is a superset that also holds Amazon's own services.
  const v4 = arrayAt(j.value, 'prefixes').filter((p) => str(p, 'service') === 'EC2');
  const v6 = arrayAt(j.value, 'ipv6_prefixes').filter((p) => str(p, 'service') === 'EC2');
  return collect('aws', [...v4.map((p) => str(p, 'ip_prefix')), ...v6.map((p) => str(p, 'ipv6_prefix'))]);
}

export function parseGoogleCloudRanges(text: string): FeedResult {
  const j = parseJson(text, 'google-cloud');
  if (!j.ok) return j;
  const prefixes = arrayAt(j.value, 'prefixes');
  return collect(
    'google-cloud',
    prefixes.map((p) => str(p, 'ipv4Prefix') ?? str(p, 'ipv6Prefix')),
  );
}

export function parseOracleRanges(text: string): FeedResult {
  const j = parseJson(text, 'oracle');
  if (!j.ok) return j;
  const cidrs: Array<string | null> = [];
  for (const region of arrayAt(j.value, 'regions')) {
    for (const c of arrayAt(region, 'cidrs')) {
      const tags = arrayAt(c, 'tags');
      // OCI = compute and other customer-facing services; OSN/OBJECT_STORAGE are Oracle's own.
      if (tags.includes('OCI')) cidrs.push(str(c, 'cidr'));
    }
  }
  return collect('oracle', cidrs);
}

export function parseDigitalOceanCsv(text: string): FeedResult {
  const cidrs: Array<string | null> = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue; // RFC 8805 §2.1.1: '#' starts a comment line
    cidrs.push(t.split(',')[0] ?? null);
  }
  return collect('digitalocean', cidrs);
}

export function parseFeed(kind: FeedKind, text: string): FeedResult {
  switch (kind) {
    case 'aws':
      return parseAwsIpRanges(text);
    case 'google-cloud':
      return parseGoogleCloudRanges(text);
    case 'oracle':
      return parseOracleRanges(text);
    case 'digitalocean':
      return parseDigitalOceanCsv(text);
  }
}
