// normalizeIp as it was before its fast path for words with no `:` (rt-p14): the property test's reference.
import {
  type Cidr,
  cidrContains,
  formatIp,
  type IpAddress,
  parseCidr,
  parseIp,
} from '../../../lib/relay/address';

function parseLiteral(input: string): IpAddress | null {
  if (input.length > 64) return null;
  let s = input
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/^ipv6:/i, '');
  const zone = s.indexOf('%');
  if (zone !== -1) {
    s = s.slice(0, zone);
    if (!s.includes(':')) return null;
  }
  return parseIp(s);
}
/** Canonical form of an IP literal (dotted quad, or RFC 5952 IPv6), or null when it is not one. */
export function normalizeIp(text: string): string | null {
  const ip = parseLiteral(text);
  return ip ? formatIp(ip) : null;
}

const INTERNAL = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '100.64.0.0/10',
  '0.0.0.0/8',
  '::1/128',
  '::/128',
  'fe80::/10',
  'fc00::/7',
].map((c) => parseCidr(c)!);

/** ipInRanges as it was; 'internal': the ranges isInternalIp reads. */
export function ipInRanges(ip: string, ranges: Cidr[] | 'internal'): boolean {
  const parsed = parseLiteral(ip);
  return parsed !== null && (ranges === 'internal' ? INTERNAL : ranges).some((r) => cidrContains(r, parsed));
}
