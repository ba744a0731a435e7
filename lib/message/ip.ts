// IP literals as Received headers write them, on the engine's one parser (lib/relay/address.ts):
// one canonical text form, and the ranges that mark a hop as internal to the receiver.
import {
  type Cidr,
  cidrContains,
  formatIp,
  type IpAddress,
  parseDottedQuad,
  parseIp,
  parseCidr as parseNetwork,
} from '../relay/address';

/**
 * An IP literal from a Received header, or null. What is stripped before parsing, and why:
 * - surrounding `[` `]` and an `IPv6:` tag: RFC 5321 §4.1.3 address literals (`[IPv6:2001:db8::1]`);
 * - a zone id (`fe80::1%eth0`, RFC 4007 §11): it names an interface of the host that wrote the
 *   header, not part of the address (only after a `:`, so `1.2.3.4%x` stays no address);
 * - surrounding white space.
 * The address itself follows lib/relay/address.ts: strict dotted quad (RFC 6943 §3.1.1: leading
 * zeros read as octal on some stacks), RFC 4291 §2.2 IPv6, and IPv4-mapped IPv6 (RFC 4291
 * §2.5.5.2) becomes IPv4, so SPF `ip4:` terms and the relay tables see the host that connected.
 */
function parseLiteral(input: string): IpAddress | null {
  if (input.length > 64) return null;
  let s = input.trim();
  if (s.charCodeAt(0) === 91 /* [ */) s = s.slice(1);
  if (s.charCodeAt(s.length - 1) === 93 /* ] */) s = s.slice(0, -1);
  // Without a `:` only a dotted quad can be an address (no `IPv6:` tag, no zone id): most words
  // asked about are host names, and parseIp would build an error message for each.
  if (!s.includes(':')) {
    const n = parseDottedQuad(s);
    return n === null ? null : { v: 4, n };
  }
  s = s.replace(/^ipv6:/i, '');
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
export type IpRange = Cidr;

/**
 * `a.b.c.d/n` or `x::/n` (a bare address is a /32 or /128), white space around it ignored.
 * The prefix length is decimal and fits the family (RFC 4632 §3.1, RFC 4291 §2.3); an
 * IPv4-mapped network is refused: is its length counted over 32 or 128 bits?
 */
export function parseCidr(cidr: string): IpRange | null {
  return parseNetwork(cidr.trim());
}

const INTERNAL = INTERNAL_RANGES.map((c) => parseCidr(c)).filter((r): r is IpRange => r !== null);

/** `ip` should already be normalised (normalizeIp); Received-header spellings are read too. */
export function ipInRanges(ip: string, ranges: IpRange[]): boolean {
  const parsed = parseLiteral(ip);
  return parsed !== null && ranges.some((r) => cidrContains(r, parsed));
}

export function isInternalIp(ip: string): boolean {
  return ipInRanges(ip, INTERNAL);
}

/** Whether `line` names the address `ip` as a whole (192.0.2.6 is not named by 192.0.2.63). */
export function namesAddress(line: string, ip: string): boolean {
  for (let i = line.indexOf(ip); i !== -1; i = line.indexOf(ip, i + 1)) {
    const before = i === 0 ? '' : line.slice(i - 1, i);
    const after = line.slice(i + ip.length, i + ip.length + 2);
    // An IPv4 address as a dual-stack listener prints it, IPv4-mapped (`::ffff:198.51.100.66`).
    const mapped =
      before === ':' && ip.includes('.') && /(?:^|[^\w:])::ffff:$/i.test(line.slice(Math.max(0, i - 8), i));
    if ((mapped || !/[\w.:]/.test(before)) && !/^(?:[\w:]|\.[\w:])/.test(after)) return true;
  }
  return false;
}
