// IP literals through ip-num: validation, one canonical text form, and the ranges that mark a hop
// as internal to the receiver.
import { collapseIPv6Number, IPv4, IPv6, Validator } from 'ip-num';

/**
 * Canonical form of an IP literal, or null when it is not one. IPv4-mapped IPv6
 * (`::ffff:192.0.2.1`) becomes IPv4 so SPF `ip4:` terms and relay tables see the real address;
 * IPv6 is lower-case and compressed (RFC 5952).
 */
export function normalizeIp(text: string): string | null {
  let s = text.trim();
  if (s.length > 64) return null;
  s = s.replace(/^\[|\]$/g, '').replace(/^ipv6:/i, '');
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(s)) {
    if (!Validator.isValidIPv4String(s)[0]) return null;
    // Leading zeros ("010.1.1.1") would read as octal on some stacks; drop them consistently.
    return s
      .split('.')
      .map((o) => String(Number(o)))
      .join('.');
  }
  const zone = s.indexOf('%'); // fe80::1%eth0: the zone id is local noise
  if (zone !== -1) s = s.slice(0, zone);
  if (!s.includes(':') || !/^[0-9a-f:.]+$/i.test(s)) return null;
  if (!Validator.isValidIPv6String(s)[0]) return null;
  try {
    const v6 = IPv6.fromString(s);
    if (v6.isIPv4Mapped()) {
      return IPv4.fromNumber(v6.getValue() & 0xffffffffn).toString();
    }
    return collapseIPv6Number(v6.toString()).toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Addresses that never belong to the outside world: RFC 1918 private, loopback, link-local,
 * RFC 6598 CGNAT, RFC 4193 unique-local, unspecified. The RFC 5737 and RFC 3849 documentation
 * ranges are deliberately NOT here: test fixtures use them as public sender addresses.
 */
const INTERNAL_RANGES = [
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
];

/** A CIDR as a numeric interval (network bits masked, so `10.1.2.3/8` means 10.0.0.0/8). */
export interface IpRange {
  v6: boolean;
  first: bigint;
  last: bigint;
}

export function parseCidr(cidr: string): IpRange | null {
  const [addr = '', prefixText] = cidr.trim().split('/', 2);
  const ip = normalizeIp(addr);
  if (!ip) return null;
  const v6 = ip.includes(':');
  const bits = v6 ? 128 : 32;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return null;
  const value = ipValue(ip);
  const hostBits = BigInt(bits - prefix);
  const first = (value >> hostBits) << hostBits;
  return { v6, first, last: first + (1n << hostBits) - 1n };
}

function ipValue(ip: string): bigint {
  return ip.includes(':') ? IPv6.fromString(ip).getValue() : IPv4.fromString(ip).getValue();
}

const INTERNAL = INTERNAL_RANGES.map((c) => parseCidr(c)).filter((r): r is IpRange => r !== null);

/** `ip` must already be normalised (normalizeIp). */
export function ipInRanges(ip: string, ranges: IpRange[]): boolean {
  const v6 = ip.includes(':');
  let value: bigint;
  try {
    value = ipValue(ip);
  } catch {
    return false;
  }
  return ranges.some((r) => r.v6 === v6 && value >= r.first && value <= r.last);
}

export function isInternalIp(ip: string): boolean {
  return ipInRanges(ip, INTERNAL);
}
