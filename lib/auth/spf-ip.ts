// The SPF walker's view of an address: the engine's one parser (lib/relay/address.ts) with the
// RFC 7208 §5.6 reading of `ip4:`/`ip6:` terms, client IPs and A/AAAA answers.
//
// Where this used to differ (its own BigInt parser), the choice now is the standard's, which is
// also mailauth's, and mailauth decides the result (the walker is only believed when it agrees):
// - IPv4 is the strict dotted quad. RFC 7208 §5.6 spells ip4-network as four `qnum`, and qnum
//   has no leading zeros; mailauth (Node's net.isIPv4) refuses "010.0.0.1" as well. The old
//   walker read it as 10.0.0.1 and so disagreed with mailauth on such records.
// - IPv6 is the RFC 4291 §2.2 text. A zone id (`fe80::1%eth0`, RFC 4007 §11) only means
//   something on one host, it is not an ip6-network, so `%` is refused here.
// - IPv4-mapped IPv6 (::ffff:0:0/96) is the IPv4 address: an IPv4 client (RFC 7208 §5, as
//   mailauth converts it), and an `ip6:` term written that way never matches.
import { cidrContains, cidrOf, type IpAddress, parseIp as parseAddress } from '../relay/address';

export { dotFormat, reverseName } from '../relay/address';
export type IpAddr = IpAddress;

export function parseIp(s: string): IpAddr | null {
  const t = s.trim();
  return t.includes('%') ? null : parseAddress(t);
}

/** Is `ip` inside `net`/`prefix`? Different families, or a prefix too long, never match. */
export function inCidr(ip: IpAddr, net: IpAddr, prefix: number): boolean {
  const c = cidrOf(net, prefix);
  return c !== null && cidrContains(c, ip);
}
