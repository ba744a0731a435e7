// The hosting (data-centre) ASN set packed with the IP data (public/ip/, its ASN chunks): the vendored public list of
// X4BNet/lists_vpn (MIT), plus the ASes whose registered organisation name says they are a hosting
// company or a data centre (HOSTING_NAME_PATTERN over the bundled @ip-location-db/asn names), less
// the networks a review found to be ISPs, companies, schools or mail providers
// (scripts/data/hosting-asns/excluded.json), less every ESP's own ASN, plus the curated providers
// of lib/relay/providers-hosting.ts. Run through `npm run ipdata` (build-ip-data.ts).
//
// Why vendored and not fetched: `npm run ipdata` must work where only the npm registry is
// reachable (CI). Refresh by replacing x4bnet-datacenter-asn.txt and its commit in source.json,
// then review what the build prints under "review".
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpDataHostingMeta } from '../lib/relay/ip-format';
import { EMAIL_PROVIDERS } from '../lib/relay/providers-esp';
import { HOSTING_PROVIDERS } from '../lib/relay/providers-hosting';

export const HOSTING_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data', 'hosting-asns');

export const HOSTING_ATTRIBUTION =
  'Hosting networks: the data-centre ASN list of X4BNet/lists_vpn (github.com/X4BNet/lists_vpn), ' +
  'Copyright (c) 2024 X4B (Mathew Heard), MIT License. Modified: ISP, company, school and mail ' +
  'provider networks removed, curated providers added.';

export interface Exclusion {
  asn: number;
  category: 'eyeball' | 'enterprise-carrier' | 'enterprise' | 'education' | 'mail';
  reason: string;
}

interface SourceInfo {
  name: string;
  file: string;
  commit: string;
}

/** `AS60068 # CDN77, GB (Datacamp)` lines → AS numbers (comments and blank lines skipped). */
export function parseAsnList(text: string): number[] {
  const out: number[] = [];
  for (const line of text.split('\n')) {
    const m = line.match(/^\s*AS(\d+)\b/i);
    if (m) out.push(Number(m[1]));
  }
  return out;
}

/**
 * Names that suggest an access ISP, a company or a school rather than rentable servers. Only a
 * prompt for the human review of a refresh: the build prints such entries, it does not drop them.
 */
const REVIEW_PATTERN =
  /telecom|telekom|broadband|cable|mobile|wireless|fib(er|re)|universit|college|school|bank|hospital|county|city of|government|ministry/i;

/**
 * Organisation names that say "we rent servers": the list above has 892 ASNs, a broader
 * independent list has about 4,600, and much of the difference is small hosters whose registered
 * name says so ("Fornex Hosting S.L.", "DEDICATED SERVERS AUSTRALIA"). Whole words only. Not bare
 * "host" or "cloud" ("Host Hotels and Resorts", "Cloudflare"), and not "data centre" or
 * "colocation": those are as often a bank's or a government's own data centre, or a colocation
 * hall where companies run their own mail servers, as a place where anyone can rent one.
 */
export const HOSTING_NAME_PATTERN = /\b(web ?hosting|hosting|vps|dedicated servers?|cloud servers?)\b/i;

export interface HostingSet {
  asns: number[];
  meta: IpDataHostingMeta;
  /** Kept entries whose organisation name matches REVIEW_PATTERN: look at them on refresh. */
  review: string[];
}

/**
 * Builds the set. `orgOf` = AS number → organisation name in the routing data (for the review
 * prompt and the not-routed count). Pure apart from reading the vendored files.
 */
export function buildHostingSet(
  orgOf: ReadonlyMap<number, string>,
  files: { list: string; excluded: Exclusion[]; source: SourceInfo } = readVendored(),
): HostingSet {
  const listed = [...new Set(parseAsnList(files.list))];
  const inList = new Set(listed);
  const byName = [...orgOf]
    .filter(([a, org]) => !inList.has(a) && HOSTING_NAME_PATTERN.test(org))
    .map(([a]) => a);
  const excluded = new Set(files.excluded.map((e) => e.asn));
  // An ESP's own network is never "a rented server": the curated allowlist wins over the list.
  const esp = new Set(EMAIL_PROVIDERS.flatMap((p) => p.asns));
  const set = new Set<number>();
  let nExcluded = 0;
  let espDropped = 0;
  for (const a of [...listed, ...byName]) {
    if (esp.has(a)) espDropped++;
    else if (excluded.has(a)) nExcluded++;
    else set.add(a);
  }
  let curatedAdded = 0;
  for (const p of HOSTING_PROVIDERS)
    for (const a of p.asns)
      if (!set.has(a) && !esp.has(a)) {
        set.add(a);
        curatedAdded++;
      }
  const asns = [...set].sort((a, b) => a - b);
  const review = asns
    .filter((a) => REVIEW_PATTERN.test(orgOf.get(a) ?? ''))
    .map((a) => `AS${a} ${orgOf.get(a)}`);
  return {
    asns,
    review,
    meta: {
      source: `${files.source.name} ${files.source.file}`,
      commit: files.source.commit,
      asns: asns.length,
      listed: listed.length,
      byName: byName.length,
      excluded: nExcluded,
      espDropped,
      curatedAdded,
      notRouted: asns.filter((a) => !orgOf.has(a)).length,
    },
  };
}

export function readVendored(): { list: string; excluded: Exclusion[]; source: SourceInfo } {
  const read = (f: string) => readFileSync(join(HOSTING_DATA_DIR, f), 'utf8');
  return {
    list: read('x4bnet-datacenter-asn.txt'),
    excluded: (JSON.parse(read('excluded.json')) as { excluded: Exclusion[] }).excluded,
    source: JSON.parse(read('source.json')) as SourceInfo,
  };
}

/** The MIT notice the list's licence asks to ship with every copy (assets/ip/LICENSE.txt). */
export function hostingLicenceText(): string {
  return readFileSync(join(HOSTING_DATA_DIR, 'LICENSE-x4bnet.txt'), 'utf8');
}
