// platform-unsigned: mail handed over by Exchange Online's outbound servers, or by GMX / WEB.DE's
// for one of their own domains, that carries no DKIM-Signature at all. Both sign everything they
// send: Exchange Online with the tenant's own domain or, until DKIM is set up, its
// `<tenant>.onmicrosoft.com` domain (Microsoft Learn, "Use DKIM to validate outbound email sent
// from your custom domain": default signing); GMX and WEB.DE with their own domains. An unsigned
// message from those relays passing SPF through the shared include is what SMTP smuggling
// produces (SEC Consult, December 2023: a second message hidden in one submission leaves the
// provider's servers for any customer's domain, unsigned) — probe12-smuggling-*.
//
// Only a message with no signature the platform could have made: a signature that fails (a banner, a subject tag the
// reader's own organisation added, a forward) is what genuine mail from those relays looks like
// after a change, and other rules read it. Mail inside the reader's organisation has no origin.
import { registrableDomain } from '../dns/registrable';
import { msg } from '../i18n/message';
import type { Finding } from '../types';
import { dkimSignerDomains, firstHeaderLine, uniq } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

/** A Microsoft 365 tenant's own signing domain, in the commercial and the sovereign clouds. */
const TENANT_KEY = /\.(?:onmicrosoft\.com|onmicrosoft\.us|partner\.onmschina\.cn)$/;

/** GMX / WEB.DE's own From domains: only those are certain to carry its signature. */
const GMX_DOMAINS = new Set(['gmx.net', 'gmx.de', 'gmx.com', 'gmx.at', 'gmx.ch', 'web.de']);

export const platformUnsignedRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const esp = a.origin.esp;
  if (!esp || !a.origin.ip || a.origin.insideReceiver || a.mode !== 'online') return [];
  const from = a.from?.domain?.toLowerCase() ?? '';
  const signs = esp === 'Microsoft 365' || (esp === 'GMX / WEB.DE' && GMX_DOMAINS.has(from));
  // The shape it catches passes SPF through the platform's shared servers; a message SPF does not
  // pass already fails on its own (a forward through Microsoft's relay pool: realworld19).
  if (!signs || !from || a.spf.result !== 'pass' || !a.spf.aligned) return [];
  // A signature the platform could have made (the From domain's organisation, a tenant's
  // onmicrosoft.com domain, GMX's own), failing or not; one of the sender's own domain only is what
  // a smuggled message signed by the attacker carries (probe15-smuggling-exchange-online-attacker-signed).
  const fromOrg = registrableDomain(from) ?? from;
  const platformMade = (d: string) =>
    (registrableDomain(d) ?? d) === fromOrg ||
    (esp === 'Microsoft 365' ? TENANT_KEY.test(d) : GMX_DOMAINS.has(d));
  if (dkimSignerDomains(ctx.message).some(platformMade)) return [];
  const hop = a.origin.hopIndex === null ? undefined : a.hops[a.origin.hopIndex];
  const finding: Finding = {
    id: 'platform-unsigned',
    severity: 'medium',
    ...texts(
      msg('finding_platform_unsigned_title', { esp }),
      msg('finding_platform_unsigned_detail', { esp, ip: a.origin.ip, domain: from }),
    ),
    evidence: uniq([hop?.line ?? null, ...firstHeaderLine(ctx.message, 'from')]),
  };
  return [finding];
};
