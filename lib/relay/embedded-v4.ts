// IPv6 addresses that carry an IPv4 host inside them. The receiver records the IPv6 form, but the
// machine that connected is the IPv4 host: only its holder gets the return traffic. Looked up as
// IPv6 they name no network (NAT64 prefixes are unrouted) or the relays' announcer (Hurricane
// Electric for 2002::/16 and 2001::/32), and a rented EC2 server then passes for "no provider"
// (probe24b). The classifier looks the embedded IPv4 up instead; SPF keeps checking the address
// the receiver recorded (lib/auth), and broad SPF measures a term inside these prefixes by the
// IPv4 space it embeds. IPv4-mapped ::ffff:0:0/96 is not here: lib/relay/address.ts parses it as
// IPv4 outright (RFC 4291 §2.5.5.2), for SPF too.
import type { IpClass, Ipv4Embedding } from '../types';
import { bigIntFromWords, type Cidr, cidrOf, type IpAddress, parseCidr, type Words } from './address';

export interface EmbeddedIpv4 {
  /**
   * - `nat64`: the well-known prefix 64:ff9b::/96 (RFC 6052 §2.1), IPv4 in the last 32 bits;
   * - `nat64-local`: a /96 of the local-use 64:ff9b:1::/48 (RFC 8215) with bits 48-95 zero (other
   *   RFC 6052 §2.2 layouts are operator-specific: not read);
   * - `6to4`: 2002:WWXX:YYZZ::/48 (RFC 3056 §2), IPv4 in bits 16-47;
   * - `teredo`: 2001::/32 (RFC 4380 §4), the client's public IPv4 in the last 32 bits, inverted;
   * - `ipv4-compatible`: ::a.b.c.d (RFC 4291 §2.5.5.1, deprecated), IPv4 in the last 32 bits.
   */
  via: Ipv4Embedding;
  /** The IPv4 host, as a 32-bit unsigned number. */
  n: number;
}

const NAT64_WORD0 = 0x0064ff9b; // 64:ff9b
const TEREDO_WORD0 = 0x20010000; // 2001:0000
const SIX_TO_FOUR_GROUP = 0x2002;

/** The IPv4 host an IPv6 address embeds (public or not), or null when its prefix embeds none. */
export function embeddedIpv4(w: Words): EmbeddedIpv4 | null {
  if (w[0] >>> 16 === SIX_TO_FOUR_GROUP)
    return { via: '6to4', n: (((w[0] & 0xffff) << 16) | (w[1] >>> 16)) >>> 0 };
  if (w[0] === TEREDO_WORD0) return { via: 'teredo', n: ~w[3] >>> 0 };
  if (w[0] === NAT64_WORD0 && w[2] === 0) {
    if (w[1] === 0) return { via: 'nat64', n: w[3] };
    if (w[1] === 0x00010000) return { via: 'nat64-local', n: w[3] };
  }
  // The deprecated IPv4-compatible form ::a.b.c.d (RFC 4291 §2.5.5.1; :: and ::1 hold no public host).
  if (w[0] === 0 && w[1] === 0 && w[2] === 0) return { via: 'ipv4-compatible', n: w[3] };
  return null;
}

/**
 * IPv4 space that is no host of its own on the Internet: an IPv6 form of it is classified as the
 * IPv6 address it is (Gmail's internal hops write 2002:a05:…, the 6to4 form of 10.5.x.x, and must
 * read as they always have). IANA special-purpose registry, less the RFC 5737 documentation
 * ranges (test fixtures use them as public senders, as lib/message/ip.ts does).
 */
const NOT_PUBLIC: ReadonlyArray<readonly [number, number]> = [
  [0x00000000, 8], // 0.0.0.0/8 "this network"
  [0x0a000000, 8], // 10.0.0.0/8 RFC 1918
  [0x64400000, 10], // 100.64.0.0/10 RFC 6598 CGNAT
  [0x7f000000, 8], // 127.0.0.0/8 loopback
  [0xa9fe0000, 16], // 169.254.0.0/16 link-local
  [0xac100000, 12], // 172.16.0.0/12 RFC 1918
  [0xc0000000, 24], // 192.0.0.0/24 IETF protocol assignments
  [0xc0586300, 24], // 192.88.99.0/24 the former 6to4 relay anycast (RFC 7526)
  [0xc0a80000, 16], // 192.168.0.0/16 RFC 1918
  [0xc6120000, 15], // 198.18.0.0/15 benchmarking (RFC 2544)
  [0xe0000000, 3], // 224.0.0.0/4 multicast, 240.0.0.0/4 reserved, broadcast
];

export function isPublicIpv4(n: number): boolean {
  return NOT_PUBLIC.every(([net, bits]) => n >>> (32 - bits) !== net >>> (32 - bits));
}

/** The public IPv4 host an IPv6 address embeds: what the classifier looks up in its place. */
export function publicEmbeddedIpv4(ip: IpAddress): EmbeddedIpv4 | null {
  if (ip.v !== 6) return null;
  const e = embeddedIpv4(ip.w);
  return e && isPublicIpv4(e.n) ? e : null;
}

/**
 * The IPv4 space an IPv6 block inside one of the embedding prefixes authorises (broad SPF):
 * `2002::/16` is every IPv4 host (0.0.0.0/0), `2002:350:102::/48` the one host 3.80.1.2. Null when
 * the block is not inside such a prefix (it is then measured as IPv6, as before).
 */
export function embeddedIpv4Block(c: Cidr): Cidr | null {
  if (c.v !== 6) return null;
  const { first, last, bits } = c;
  const v4 = (n: number, b: number) => cidrOf({ v: 4, n: n >>> 0 }, Math.max(0, Math.min(32, b)));
  if (bits >= 16 && first[0] >>> 16 === SIX_TO_FOUR_GROUP) {
    return v4(((first[0] & 0xffff) << 16) | (first[1] >>> 16), bits - 16);
  }
  // Teredo: the client field is inverted, so the block's last address holds its prefix.
  if (bits >= 32 && first[0] === TEREDO_WORD0) return v4(~last[3], bits - 96);
  if (
    bits >= 96 &&
    first[0] === NAT64_WORD0 &&
    first[2] === 0 &&
    (first[1] === 0 || first[1] === 0x00010000)
  ) {
    return v4(first[3], bits - 96);
  }
  // A wider block inside the local-use /48 holds every IPv4 host when the /96 layout (bits 48-95
  // zero) is inside it; elsewhere in the /48 the layout is the operator's: measured as IPv6.
  if (bits >= 48 && bits < 96 && first[0] === NAT64_WORD0 && first[1] === 0x00010000 && first[2] === 0) {
    return v4(0, 0);
  }
  // A block holding a whole embedding prefix without lying inside one (`ip6:64:ff9b::/64`,
  // `ip6:2001::/31`) lets every IPv4 host through that prefix.
  const lo = bigIntFromWords(first);
  const hi = bigIntFromWords(last);
  if (EMBEDDING_PREFIXES.some((e) => lo <= e.lo && e.hi <= hi)) return v4(0, 0);
  return null;
}

/** The prefixes whose every address carries an IPv4 host: NAT64's two /96s, 6to4, Teredo. */
const EMBEDDING_PREFIXES = ['64:ff9b::/96', '64:ff9b:1::/96', '2002::/16', '2001::/32'].map((text) => {
  const c = parseCidr(text) as Extract<Cidr, { v: 6 }>;
  return { lo: bigIntFromWords(c.first), hi: bigIntFromWords(c.last) };
});

const EMBEDDINGS: Record<Ipv4Embedding, string> = {
  nat64: 'NAT64',
  'nat64-local': 'NAT64',
  '6to4': '6to4',
  teredo: 'Teredo',
  'ipv4-compatible': 'IPv4-compatible',
};

/** `3.80.1.2 (NAT64)`: the IPv4 host an IPv6 address carries, and how; null for any other address. */
export function embeddedLabel(c: Pick<IpClass, 'embeddedIpv4'>): string | null {
  return c.embeddedIpv4 ? `${c.embeddedIpv4.ip} (${EMBEDDINGS[c.embeddedIpv4.via]})` : null;
}
