// Name checks shared by every resolver, so the DoH resolver, the zone resolver and a replay all
// refuse the same names the same way (EBADNAME before any request; RFC 1035 §2.3.4 limits).
import punycode from 'punycode.js';
import { ownString, remember } from '../remember';
import { DnsError } from './errors';

const MAX_NAME = 253;
const MAX_LABEL = 63;

/**
 * Lower-cases, drops one trailing dot, converts U-labels to A-labels and checks the RFC 1035
 * limits: no empty label, labels ≤ 63 octets, name ≤ 253 octets. Throws DnsError EBADNAME.
 */
export function normaliseName(name: string, rrtype = 'A'): string {
  // Each question passes the cache, the recorder and the resolver, each normalising the same
  // name: a valid name's normal form is remembered (a refused one is checked and thrown each time).
  const keep = typeof name === 'string' && name.length <= MAX_NAME + 16;
  const known = keep ? normalised.get(name) : undefined;
  if (known !== undefined) return known;
  if (!keep) return checkedName(name, rrtype);
  // A name cut from a message is kept (and normalised) as a copy that stands alone, or the table
  // would keep the message alive (lib/remember.ts, ownString).
  const key = ownString(name);
  const n = checkedName(key, rrtype);
  if (normalised.size >= MAX_NORMALISED) normalised.clear();
  normalised.set(key, n);
  return n;
}

const MAX_NORMALISED = 2048;
const normalised = new Map<string, string>();

/**
 * A host name in A-labels (IDNA, RFC 5891), through the URL parser (present in workers and Node),
 * no extra package; null when the parser refuses it.
 */
export function idnaHostname(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * A domain as written (lower case, no trailing dot) with each label in punycode (RFC 3492), without
 * UTS #46 mapping: the spelling the reader was shown, letter for letter (look-alike checks compare
 * it). Null when a label cannot be encoded.
 */
export function punycodeDomain(domain: string): string | null {
  try {
    return punycode.toASCII(hostKey(domain));
  } catch {
    return null;
  }
}

function checkedName(name: string, rrtype: string): string {
  let n = String(name).trim();
  if (n.endsWith('.')) n = n.slice(0, -1);
  if (/[^\x00-\x7f]/.test(n)) {
    const a = idnaHostname(n);
    if (a === null) throw new DnsError('EBADNAME', name, rrtype);
    n = a;
  }
  n = n.toLowerCase();
  if (!n || n.length > MAX_NAME) throw new DnsError('EBADNAME', name, rrtype);
  for (const label of n.split('.')) {
    if (label.length === 0 || label.length > MAX_LABEL) throw new DnsError('EBADNAME', name, rrtype);
  }
  return n;
}

/**
 * Why a name cannot be a host name in DNS, or null when it can: the RFC 1035 limits of
 * `normaliseName` (empty label, label over 63, name over 253 octets, after IDNA) plus characters
 * (RFC 1123 §2.1 letters, digits and hyphens, and the `_` of `_domainkey`/`_dmarc` labels, RFC
 * 8552). For names a sender composes that must be host names: a DKIM key name
 * (`<s=>._domainkey.<d=>`, RFC 6376 §3.1, §3.6.2.1) or a DMARC policy name. Such a name cannot
 * exist, so asking about it can only end in "no such record" — never a temporary error.
 */
export function hostNameProblem(name: string): string | null {
  return typeof name === 'string' ? rememberedProblem(name) : nameProblem(name);
}

const rememberedProblem = remember(nameProblem);

function nameProblem(name: string): string | null {
  let n: string;
  try {
    n = normaliseName(name, 'TXT');
  } catch {
    if (!String(name).trim().replace(/\.$/, '')) return 'the name is empty';
    if (
      String(name)
        .split('.')
        .some((l, i, all) => l === '' && i < all.length - 1)
    )
      return 'a label is empty';
    if (
      String(name)
        .split('.')
        .some((l) => l.length > 63)
    )
      return 'a label is longer than 63 characters';
    return 'the name is longer than 253 characters or not a valid international name';
  }
  const bad = n.split('.').find((label) => !/^[a-z0-9_-]+$/.test(label));
  return bad === undefined ? null : `the label "${bad.slice(0, 70)}" has characters a host name cannot have`;
}

/**
 * How host and domain names are compared everywhere (authserv-ids, SPF domains, PTR names, zone
 * keys): trimmed, lower-case, without the one trailing dot of a fully qualified name. No IDNA and
 * no limits: `normaliseName` does those for the names that become DNS questions.
 */
export function hostKey(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** The cache / replay key of a question. */
export function questionKey(name: string, type: string): string {
  return `${type}:${name}`;
}

/**
 * CNAME steps followed inside a registrable domain when asking whether a name stays in it
 * (lib/engine/origin-walk.ts staysInside looks them up; lib/findings/hosted-server.ts reachedInside
 * reads the same chain from the DNS log).
 */
export const CNAME_STEPS_INSIDE = 4;
