// The engine's one IP address parser and formatter (relay tables, Received hops, the SPF walker).
// Small strict parsers for the dotted quad and the RFC 4291 §2.2 IPv6 text forms accept exactly
// what ip-num accepts, zone ids included (property-tested both ways against ip-num in
// test/unit/relay/address*.test.ts). ip-num is not bundled here: the content scripts parse
// addresses too (lib/message/ip.ts), and ip-num was 40 of their 75 KB, for zone ids they never see.
// Callers with other needs wrap it: lib/message/ip.ts strips Received-header decoration (brackets,
// `IPv6:` tags, zone ids); lib/auth/spf-ip.ts refuses zone ids (RFC 7208 §5.6).

/** IPv6 as four 32-bit words, most significant first: comparable without BigInt in the hot path. */
export type Words = [number, number, number, number];

export type IpAddress = { v: 4; n: number } | { v: 6; w: Words };

export type Cidr =
  | { v: 4; first: number; last: number; bits: number }
  | { v: 6; first: Words; last: Words; bits: number };

const M32 = 0xffffffffn;

export function wordsFromBigInt(x: bigint): Words {
  return [Number((x >> 96n) & M32), Number((x >> 64n) & M32), Number((x >> 32n) & M32), Number(x & M32)];
}

export function bigIntFromWords(w: Words): bigint {
  return (BigInt(w[0]) << 96n) | (BigInt(w[1]) << 64n) | (BigInt(w[2]) << 32n) | BigInt(w[3]);
}

export function compareWords(a: Words, b: Words): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** Strict dotted quad: four decimal octets 0–255, no leading zeros, nothing else. */
export function parseDottedQuad(s: string): number | null {
  const len = s.length;
  if (len < 7 || len > 15) return null;
  let value = 0;
  let octet = 0;
  let digits = 0;
  let parts = 0;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? s.charCodeAt(i) : 46; // a virtual '.' closes the last octet
    if (c === 46) {
      if (digits === 0 || octet > 255 || parts === 4) return null;
      value = value * 256 + octet;
      parts++;
      octet = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      // RFC 6943 §3.1.1: leading zeros are ambiguous (octal in some stacks): reject them.
      if (digits === 1 && octet === 0) return null;
      octet = octet * 10 + (c - 48);
      digits++;
      if (digits > 3) return null;
    } else {
      return null;
    }
  }
  return parts === 4 ? value : null;
}

function hexGroup(s: string): number {
  if (s.length === 0 || s.length > 4) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

function groupsOf(part: string, allowQuad: boolean): number[] | null {
  if (part === '') return [];
  const items = part.split(':');
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (allowQuad && i === items.length - 1 && item.includes('.')) {
      const q = parseDottedQuad(item);
      if (q === null) return null;
      out.push(q >>> 16, q & 0xffff);
    } else {
      const g = hexGroup(item);
      if (g < 0) return null;
      out.push(g);
    }
  }
  return out;
}

/**
 * Fast path for the plain RFC 4291 §2.2 text forms (hex groups, one `::`, a trailing dotted quad).
 * Null means "not a plain form": the caller then asks ip-num, which also knows zone ids.
 */
export function parsePlainIPv6(s: string): Words | null {
  if (s.length < 2 || s.length > 45) return null;
  const dc = s.indexOf('::');
  let groups: number[];
  if (dc < 0) {
    const g = groupsOf(s, true);
    if (g?.length !== 8) return null;
    groups = g;
  } else {
    if (s.indexOf('::', dc + 1) >= 0) return null;
    const head = groupsOf(s.slice(0, dc), false);
    const tail = groupsOf(s.slice(dc + 2), true);
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  }
  return [
    groups[0]! * 65536 + groups[1]!,
    groups[2]! * 65536 + groups[3]!,
    groups[4]! * 65536 + groups[5]!,
    groups[6]! * 65536 + groups[7]!,
  ];
}

/** True for ::ffff:0:0/96 (RFC 4291 §2.5.5.2): the address is really the embedded IPv4. */
function isV4Mapped(w: Words): boolean {
  return w[0] === 0 && w[1] === 0 && w[2] === 0xffff;
}

const ZONE_ID = /^[a-zA-Z0-9]+$/;

export type ParsedIp = { ok: true; ip: IpAddress; mapped: boolean } | { ok: false; error: string };

/**
 * Parses an IPv4 or IPv6 address. IPv4-mapped IPv6 (`::ffff:192.0.2.1`) becomes the IPv4
 * address, because that is the host that connected. The error says what was wrong, for the CLI.
 */
export function parseIpOrError(input: string): ParsedIp {
  const v4 = parseDottedQuad(input);
  if (v4 !== null) return { ok: true, ip: { v: 4, n: v4 }, mapped: false };
  if (input.length === 0) return { ok: false, error: 'empty address' };
  if (input.length > 100) return { ok: false, error: 'not an IP address (too long)' };
  if (input.includes(':')) {
    let w = parsePlainIPv6(input);
    if (!w) {
      // A zone id (RFC 4007 §11: `fe80::1%eth0`), read as ip-num reads one: a single `%`, then
      // letters and digits (its Validator.ZONE_INDEX_PATTERN, not empty), and before it an address.
      const cut = input.indexOf('%');
      if (cut >= 0 && ZONE_ID.test(input.slice(cut + 1))) w = parsePlainIPv6(input.slice(0, cut));
      if (!w) return { ok: false, error: `not a valid IPv6 address: ${input}` };
    }
    if (isV4Mapped(w)) return { ok: true, ip: { v: 4, n: w[3] }, mapped: true };
    return { ok: true, ip: { v: 6, w }, mapped: false };
  }
  if (/^[0-9.]+$/.test(input)) {
    return { ok: false, error: `not a valid IPv4 address (four numbers 0-255, no leading zeros): ${input}` };
  }
  return { ok: false, error: `not an IP address: ${input}` };
}

export function parseIp(input: string): IpAddress | null {
  const r = parseIpOrError(input);
  return r.ok ? r.ip : null;
}

function sameIp(a: IpAddress, b: IpAddress): boolean {
  if (a.v === 4 && b.v === 4) return a.n === b.n;
  if (a.v === 6 && b.v === 6) return compareWords(a.w, b.w) === 0;
  return false;
}

/** Whether address records (A/AAAA answers, as text) hold `addr`: a forward-confirmation check. */
export function recordsHold(records: readonly unknown[], addr: IpAddress): boolean {
  return records.some((r) => {
    const p = typeof r === 'string' ? parseIp(r) : null;
    return p !== null && sameIp(p, addr);
  });
}

/** Canonical text: dotted quad, or RFC 5952 compressed lower-case IPv6. */
export function formatIp(ip: IpAddress): string {
  if (ip.v === 4) return [ip.n >>> 24, (ip.n >>> 16) & 255, (ip.n >>> 8) & 255, ip.n & 255].join('.');
  const groups: number[] = [];
  for (const w of ip.w) groups.push(w >>> 16, w & 0xffff);
  // RFC 5952 §4.2.3: compress the longest run of two or more zero groups, the first if tied.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/**
 * The network of `ip` with a `bits`-long prefix (host bits masked off), or null when the length
 * does not fit the family (RFC 4632 §3.1, RFC 4291 §2.3).
 */
export function cidrOf(ip: IpAddress, bits: number): Cidr | null {
  if (!Number.isInteger(bits) || bits < 0) return null;
  if (ip.v === 4) {
    if (bits > 32) return null;
    const size = 2 ** (32 - bits);
    const first = ip.n - (ip.n % size);
    return { v: 4, first, last: first + size - 1, bits };
  }
  if (bits > 128) return null;
  const first: Words = [0, 0, 0, 0];
  const last: Words = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    const keep = Math.min(32, Math.max(0, bits - 32 * i)); // prefix bits inside word i
    const host = keep === 32 ? 0 : 0xffffffff >>> keep;
    first[i] = (ip.w[i]! & ~host) >>> 0;
    last[i] = (first[i]! | host) >>> 0;
  }
  return { v: 6, first, last, bits };
}

/** Parses `a.b.c.d/n` or `x::/n` (a bare address is a /32 or /128). Host bits are masked off. */
export function parseCidr(input: string): Cidr | null {
  const slash = input.indexOf('/');
  const addr = slash < 0 ? input : input.slice(0, slash);
  const lenText = slash < 0 ? null : input.slice(slash + 1);
  if (lenText !== null && !/^\d{1,3}$/.test(lenText)) return null;
  const r = parseIpOrError(addr);
  if (!r.ok || r.mapped) return null;
  return cidrOf(r.ip, lenText === null ? (r.ip.v === 4 ? 32 : 128) : Number(lenText));
}

export function cidrContains(c: Cidr, ip: IpAddress): boolean {
  if (c.v === 4) return ip.v === 4 && ip.n >= c.first && ip.n <= c.last;
  return ip.v === 6 && compareWords(ip.w, c.first) >= 0 && compareWords(ip.w, c.last) <= 0;
}

/** Number of addresses in a CIDR (exact, as bigint: an IPv6 /32 is 2^96). */
export function cidrSize(c: Cidr): bigint {
  return 1n << BigInt((c.v === 4 ? 32 : 128) - c.bits);
}

/** IPv4 dotted quad, IPv6 as 32 dot-separated lower-case nibbles (RFC 7208 §7.3 "dot format"). */
export function dotFormat(ip: IpAddress): string {
  if (ip.v === 4) return formatIp(ip);
  const nibbles: string[] = [];
  for (const w of ip.w) for (let k = 28; k >= 0; k -= 4) nibbles.push(((w >>> k) & 15).toString(16));
  return nibbles.join('.');
}

/** RFC 1035 §3.5 / RFC 3596 §2.5: the PTR owner name of an address. */
export function reverseName(ip: IpAddress): string {
  return `${dotFormat(ip).split('.').reverse().join('.')}.${ip.v === 4 ? 'in-addr.arpa' : 'ip6.arpa'}`;
}
