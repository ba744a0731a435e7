// Address arithmetic for the SPF walker: parse IPv4/IPv6 into bigints and test CIDR membership
// (RFC 7208 §5.6). IPv4-mapped IPv6 clients are IPv4 clients (RFC 7208 §5, like mailauth).

export interface IpAddr {
  v: 4 | 6;
  n: bigint;
}

export function parseIpv4(s: string): bigint | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

export function parseIpv6(s: string): bigint | null {
  let text = s;
  let tail: bigint[] = [];
  // an embedded dotted quad (::ffff:192.0.2.1) supplies the last 32 bits
  const dotted = text.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const v4 = parseIpv4(dotted[2]!);
    if (v4 === null) return null;
    tail = [v4 >> 16n, v4 & 0xffffn];
    text = dotted[1]!.endsWith('::') ? dotted[1]! : dotted[1]!.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const total = head.length + rest.length + tail.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return null;
  const words: bigint[] = [];
  for (const g of [...head, ...Array(8 - total).fill('0'), ...rest]) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return null;
    words.push(BigInt(Number.parseInt(g, 16)));
  }
  let n = 0n;
  for (const w of [...words, ...tail]) n = (n << 16n) | w;
  return n;
}

export function parseIp(s: string): IpAddr | null {
  const t = s.trim();
  const v4 = parseIpv4(t);
  if (v4 !== null) return { v: 4, n: v4 };
  const v6 = parseIpv6(t);
  if (v6 === null) return null;
  if (v6 >> 32n === 0xffffn) return { v: 4, n: v6 & 0xffffffffn };
  return { v: 6, n: v6 };
}

/** Is `ip` inside `net`/`prefix`? Different families never match. */
export function inCidr(ip: IpAddr, net: IpAddr, prefix: number): boolean {
  if (ip.v !== net.v) return false;
  const bits = ip.v === 4 ? 32n : 128n;
  const shift = bits - BigInt(prefix);
  if (shift < 0n) return false;
  return ip.n >> shift === net.n >> shift;
}

/** The name a PTR query is made for (RFC 7208 §5.5, the %{i} macro of §7.3 in dot format). */
export function reverseName(ip: IpAddr): string {
  return `${dotFormat(ip).split('.').reverse().join('.')}.${ip.v === 4 ? 'in-addr.arpa' : 'ip6.arpa'}`;
}

/** IPv4 dotted quad, IPv6 as 32 dot-separated nibbles (RFC 7208 §7.3). */
export function dotFormat(ip: IpAddr): string {
  if (ip.v === 4) return [24n, 16n, 8n, 0n].map((s) => String((ip.n >> s) & 0xffn)).join('.');
  return ip.n.toString(16).padStart(32, '0').split('').join('.');
}
