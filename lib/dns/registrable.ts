// The Public Suffix List lookups (tldts) behind organisational domains, remembered per name.
// One analysis asks about the same few names many times (DMARC alignment, SPF alignment, the
// look-alike, free-mail and gateway checks each take the From and envelope domains' organisation);
// a tldts parse costs a few microseconds each. The answers are pure functions of the name, so a
// remembered one is exactly what tldts would say again.
import { getDomain, parse } from 'tldts';
import { remember } from '../remember';
import { hostKey } from './name';

const icannDomain = remember((name) => getDomain(name, { allowPrivateDomains: false }));
const privateDomain = remember((name) => getDomain(name, { allowPrivateDomains: true }));
const icannLabel = remember((name) => parse(name).domainWithoutSuffix);

/**
 * tldts' `getDomain(name, { allowPrivateDomains })`: the registrable domain under the ICANN
 * section of the PSL, or with `privateSuffixes` also under its private section (so `a.github.io`
 * and `b.github.io` are different organisations, as mailauth's DMARC sees them). Null for a public
 * suffix, an IP literal or no valid name.
 */
export function registrableDomain(name: string, opts: { privateSuffixes?: boolean } = {}): string | null {
  return opts.privateSuffixes ? privateDomain(name) : icannDomain(name);
}

/**
 * Whether two names share a registrable domain (both must have one: a public suffix, an IP
 * literal or an invalid name matches nothing), by `registrableDomain` with the same options.
 */
export function sameRegistrableDomain(
  a: string,
  b: string,
  opts: { privateSuffixes?: boolean } = {},
): boolean {
  const da = registrableDomain(a, opts);
  return da !== null && da === registrableDomain(b, opts);
}

/**
 * Organisations as DMARC tells them apart, the PSL's private section included, names compared as
 * DNS compares them (case, a trailing dot): `a.github.io` and `b.github.io` are different owners,
 * so a sibling's name never speaks for another.
 */
export function sameOwner(a: string, b: string): boolean {
  return sameRegistrableDomain(hostKey(a), hostKey(b), { privateSuffixes: true });
}

/** tldts' `parse(name).domainWithoutSuffix`: `paypal` for `mail.paypal.co.uk`, null when there is none. */
export function registrableLabel(name: string): string | null {
  return icannLabel(name);
}

const icannSuffix = remember((name) => {
  const p = parse(name, { allowPrivateDomains: false });
  return p.isIcann && p.domain ? p.publicSuffix : null;
});

/** The ICANN public suffix of a name that has a registrable domain (`co.uk` for `a.acme.co.uk`); else null. */
export function icannPublicSuffix(name: string): string | null {
  return icannSuffix(name);
}
