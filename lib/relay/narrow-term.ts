// An SPF address term narrow enough to stand for one sender's own machines (red-team round 30).
// A term holding a cloud region's block (a platform's record with ip4:3.120.0.0/14, a bank copying
// Google's ip4:209.85.128.0/17 into its own record) is passed by every tenant of that block: as
// evidence of who sent a message (a platform's own space, a look-alike's twin), only a narrow
// term counts. /24 and /48 are the smallest blocks routed on the internet (RIPE-399, RFC 7454 §6.1.3).

/** ip4 of /24 or longer (no prefix: one address), ip6 of /48 or longer; false for any other term. */
export function narrowAddressTerm(mechanism: string): boolean {
  const m = /^[-+~?]?(ip4|ip6):[^/\s]{1,64}(?:\/(\d{1,3}))?$/i.exec(mechanism.trim());
  if (!m) return false;
  const v4 = m[1]!.toLowerCase() === 'ip4';
  const prefix = m[2] === undefined ? (v4 ? 32 : 128) : Number(m[2]);
  return prefix >= (v4 ? 24 : 48) && prefix <= (v4 ? 32 : 128);
}

/**
 * An `a` or `mx` term that widens its hosts' addresses to a block broader than narrowAddressTerm
 * allows (`a/14`, `a:out.platform.example/14`, `mx/24//32`: RFC 7208 §5.6 dual-cidr), which every
 * VM of a cloud region around those hosts passes (probe31). Without a prefix the term is its hosts'
 * own addresses.
 */
export function widenedHostTerm(mechanism: string): boolean {
  const m = /^[-+~?]?(?:a|mx)(?::[^/\s]{1,255})?(?:\/(\d{1,3}))?(?:\/\/(\d{1,3}))?$/i.exec(mechanism.trim());
  if (!m) return false;
  return (m[1] !== undefined && Number(m[1]) < 24) || (m[2] !== undefined && Number(m[2]) < 48);
}

/**
 * A term of its record's own narrow address space, as evidence of who sent (a platform's own SPF
 * record, a look-alike's twin): `{ host: null }` for a narrow ip4/ip6 term or an `a`/`mx` of the
 * record's own domain; `{ host }` for an `a`/`mx` naming a host, which the caller must find to be
 * the same owner's; null for anything else: a broad block or a widened host term (probe30,
 * probe31), a macro whose expansion is not known here, include/exists/all.
 */
export function ownAddressTerm(mechanism: string): { host: string | null } | null {
  const m = /^[-+~?]?(ip4|ip6|a|mx)(?::([^/]*))?(?:\/\d+)?(?:\/\/\d+)?$/i.exec(mechanism.trim());
  if (!m) return null;
  if (m[1]!.toLowerCase().startsWith('ip')) return narrowAddressTerm(mechanism) ? { host: null } : null;
  if (widenedHostTerm(mechanism)) return null;
  const host = m[2];
  if (host === undefined) return { host: null };
  return host.includes('%') ? null : { host };
}
