// Builds lib/relay/hosting-ranges-data.ts: the blocks the clouds publish as their own that the
// bundled AS data (public/ip/) does not file as hosting (no AS row, or another network's AS). Run
// by hand when the IP data is refreshed (no network access here: it reads a local copy):
//
//   npx tsx scripts/hosting-ranges.ts <checkout of github.com/lord-alfred/ipranges>
//
// lord-alfred/ipranges (CC0 1.0) copies each provider's own published list daily: AWS's
// ip-ranges.json, DigitalOcean's geofeed (digitalocean.com/geo/google.csv), Akamai/Linode's
// (geoip.linode.com), Vultr's (geofeed.constant.com) and Oracle Cloud's public_ip_ranges.json.
// A block is kept when any of its first, middle or last address is not hosting by the tables
// alone (the curated HOSTING_PROVIDERS and the packed data-centre list); an email service's
// published ranges still win over it at lookup (lib/relay/classify.ts), so SES inside AWS stays SES.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigIntFromWords, type IpAddress, parseCidr, wordsFromBigInt } from '../lib/relay/address';
import { espByAsn, hostingOfAsnIndex } from '../lib/relay/classify';
import { lookupAsnIndex } from '../lib/relay/tables';
import { loadIpTablesFromDisk } from './ip-tables-node';

const PROVIDERS: ReadonlyArray<{ dir: string; label: string }> = [
  { dir: 'amazon', label: 'Amazon Web Services' },
  { dir: 'digitalocean', label: 'DigitalOcean' },
  { dir: 'linode', label: 'Akamai Cloud (Linode)' },
  { dir: 'vultr', label: 'Vultr' },
  { dir: 'oracle', label: 'Oracle Cloud' },
];

function read(root: string, path: string): string {
  if (existsSync(join(root, '.git')) || existsSync(join(root, path))) {
    const file = join(root, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }
  // A bare mirror: read the file at HEAD.
  try {
    return execFileSync('git', ['-C', root, 'show', `HEAD:${path}`], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  } catch {
    return '';
  }
}

function commitOf(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'log', '-1', '--format=%H %cs'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * Special-purpose space (RFC 6890, RFC 5737, RFC 3849…): never a provider's, whatever a feed lists
 * (Vultr's geofeed names 192.0.2.0/24, the documentation block every test address is in).
 */
const SPECIAL = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/3',
  '::/8',
  '64:ff9b::/96',
  '100::/64',
  '2001::/23',
  '2001:db8::/32',
  '2002::/16',
  'fc00::/7',
  'fe80::/10',
  'ff00::/8',
].map((c) => parseCidr(c)!);

function special(c: NonNullable<ReturnType<typeof parseCidr>>): boolean {
  const lo = (x: NonNullable<ReturnType<typeof parseCidr>>) =>
    x.v === 4 ? BigInt(x.first) : bigIntFromWords(x.first);
  const hi = (x: NonNullable<ReturnType<typeof parseCidr>>) =>
    x.v === 4 ? BigInt(x.last) : bigIntFromWords(x.last);
  return SPECIAL.some((r) => r.v === c.v && lo(c) <= hi(r) && lo(r) <= hi(c));
}

function by(out: ReadonlyArray<{ label: string }>): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of out) m.set(r.label, (m.get(r.label) ?? 0) + 1);
  return m;
}

async function main(): Promise<void> {
  const root = process.argv[2];
  if (!root) throw new Error('usage: tsx scripts/hosting-ranges.ts <lord-alfred/ipranges checkout>');
  const tables = await loadIpTablesFromDisk();
  const esp = espByAsn();
  const hostingByTables = (ip: IpAddress): boolean => {
    const idx = lookupAsnIndex(tables, ip);
    return idx >= 0 && !!hostingOfAsnIndex(tables, idx, esp);
  };
  const out: Array<{ cidr: string; label: string }> = [];
  const skipped: string[] = [];
  for (const p of PROVIDERS) {
    for (const v of ['ipv4', 'ipv6'] as const) {
      for (const line of read(root, `${p.dir}/${v}_merged.txt`).split('\n')) {
        const cidr = line.trim();
        const c = cidr ? parseCidr(cidr) : null;
        if (!c) continue;
        let probes: IpAddress[];
        if (c.v === 4) {
          probes = [c.first, Math.floor((c.first + c.last) / 2), c.last].map((n) => ({ v: 4, n }));
        } else {
          const a = bigIntFromWords(c.first);
          const b = bigIntFromWords(c.last);
          probes = [a, (a + b) / 2n, b].map((x) => ({ v: 6, w: wordsFromBigInt(x) }));
        }
        if (special(c)) {
          skipped.push(`${p.dir}: ${cidr}`);
          continue;
        }
        if (probes.some((ip) => !hostingByTables(ip))) out.push({ cidr, label: p.label });
      }
    }
  }
  // Sorted, non-overlapping, as numbers: the engine searches them where they lie, with no parsing
  // at start-up (lib/relay/published-hosting.ts).
  const labels = [...new Set(out.map((r) => r.label))];
  const v4: Array<[number, number, number]> = [];
  const v6: Array<[bigint, bigint, number]> = [];
  for (const r of out) {
    const c = parseCidr(r.cidr)!;
    const l = labels.indexOf(r.label);
    if (c.v === 4) v4.push([c.first, c.last, l]);
    else v6.push([bigIntFromWords(c.first), bigIntFromWords(c.last), l]);
  }
  v4.sort((a, b) => a[0] - b[0]);
  v6.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const flat4 = v4.filter((x, i) => i === 0 || x[0] > v4[i - 1]![1]);
  const flat6 = v6.filter((x, i) => i === 0 || x[0] > v6[i - 1]![1]);
  const words = (x: bigint) => wordsFromBigInt(x).join(',');
  const text = `// Generated by scripts/hosting-ranges.ts from lord-alfred/ipranges (CC0 1.0) at ${commitOf(root)}:
// the providers' own published lists (AWS ip-ranges.json, DigitalOcean's, Akamai/Linode's and Vultr's
// geofeeds, Oracle Cloud's public_ip_ranges.json), only the ${out.length} blocks the bundled AS data does not
// file as hosting: ${[...by(out)].map(([k, n]) => `${k} ${n}`).join(', ')}. Do not edit by hand.
export const PUBLISHED_LABELS: readonly string[] = ${JSON.stringify(labels)};
/** IPv4 blocks, sorted and disjoint: first, last, label index, for each. */
export const PUBLISHED_V4: readonly number[] = [${flat4.map((x) => x.join(',')).join(',')}];
/** IPv6 blocks, sorted and disjoint: the first address's four 32-bit words, the last's, the label index. */
export const PUBLISHED_V6: readonly number[] = [${flat6.map((x) => `${words(x[0])},${words(x[1])},${x[2]}`).join(',')}];
`;
  writeFileSync(join(import.meta.dirname ?? '.', '..', 'lib', 'relay', 'hosting-ranges-data.ts'), text);
  console.log(`wrote ${out.length} blocks:`, Object.fromEntries(by(out)));
  if (skipped.length > 0) console.log(`left out, special-purpose space (RFC 6890):`, skipped.join(', '));
}

await main();
