// IP literals: validation (ip-num for IPv6), one canonical text form, and the ranges that mark a
// hop as internal to the receiver.
import { IPv6 } from 'ip-num';

interface ParsedIp {
  text: string;
  v6: boolean;
  value: bigint;
}

/** ip-num is exact but slow (tens of µs per IPv6); hostile chains repeat work, so remember. */
const memo = new Map<string, ParsedIp | null>();
const MEMO_LIMIT = 4096;

/**
 * Canonical form of an IP literal, or null when it is not one. IPv4-mapped IPv6
 * (`::ffff:192.0.2.1`) becomes IPv4 so SPF `ip4:` terms and relay tables see the real address;
 * IPv6 is lower-case and compressed (RFC 5952).
 */
export function normalizeIp(text: string): string | null {
  return parseIp(text)?.text ?? null;
}

function parseIp(input: string): ParsedIp | null {
  if (input.length > 64) return null;
  const known = memo.get(input);
  if (known !== undefined) return known;
  const parsed = parseIpUncached(input);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(input, parsed);
  return parsed;
}

function parseIpUncached(input: string): ParsedIp | null {
  let s = input
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/^ipv6:/i, '');
  const v4 = parseIpv4(s);
  if (v4 !== null) return { text: formatIpv4(v4), v6: false, value: v4 };
  const zone = s.indexOf('%'); // fe80::1%eth0: the zone id is local noise
  if (zone !== -1) s = s.slice(0, zone);
  if (!s.includes(':') || !/^[0-9a-f:.]+$/i.test(s)) return null;
  let value: bigint;
  try {
    value = IPv6.fromString(s).getValue(); // validates: throws on anything that is not IPv6
  } catch {
    return null;
  }
  if (value >> 32n === 0xffffn) {
    const mapped = value & 0xffffffffn;
    return { text: formatIpv4(mapped), v6: false, value: mapped };
  }
  return { text: formatIpv6(value), v6: true, value };
}

/** Dotted quad → value. Leading zeros ("010.1.1.1") would read as octal on some stacks: rejected. */
function parseIpv4(s: string): bigint | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  let value = 0n;
  for (const octet of m.slice(1)) {
    if ((octet.length > 1 && octet.startsWith('0')) || Number(octet) > 255) return null;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/** RFC 5952 §4: lower case, no leading zeros, the longest run (≥ 2) of zero groups as "::". */
function formatIpv6(value: bigint): string {
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
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
  const ip = parseIp(addr);
  if (!ip) return null;
  const { v6, value } = ip;
  const bits = v6 ? 128 : 32;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return null;
  const hostBits = BigInt(bits - prefix);
  const first = (value >> hostBits) << hostBits;
  return { v6, first, last: first + (1n << hostBits) - 1n };
}

const INTERNAL = INTERNAL_RANGES.map((c) => parseCidr(c)).filter((r): r is IpRange => r !== null);

/** `ip` must already be normalised (normalizeIp). */
export function ipInRanges(ip: string, ranges: IpRange[]): boolean {
  const parsed = parseIp(ip);
  if (!parsed) return false;
  const { v6, value } = parsed;
  return ranges.some((r) => r.v6 === v6 && value >= r.first && value <= r.last);
}

export function isInternalIp(ip: string): boolean {
  return ipInRanges(ip, INTERNAL);
}
