// A brand's name on a sign-up-anywhere domain: "Microsoft account team" <x@outlook.com>,
// "Google Accounts" <x@gmail.com>, "Apple Support" <x@icloud.com>, "Microsoft 365 Security"
// <x@attacker.onmicrosoft.com>, or the brand in the mailbox name (microsoft-security@outlook.com).
// DMARC passes for the provider, which only proves the mailbox is real: anyone can open one, and
// no brand sends its own mail from them (lib/findings/freemail.ts).
import { localPartOf } from '../message/addresses';
import type { Finding } from '../types';
import { type Brand, brandInLocalPart, brandInName } from './domains';
import { firstHeaderLine } from './evidence';
import { signUpDomain } from './freemail';
import type { FindingRule } from './rule';
import { shownText } from './visible-text';

// A mailing list that rewrites From for DMARC writes the author's name, "via", and the list's
// name (Google Groups: `'Alice Smith' via Cloud Users <cloud-users@googlegroups.com>`; Mailman
// 3 "Alice via Listname"). The author part is the sender's claim; the list name is the list's.
const VIA = /^(.*\S)\s+via\s+(\S.*)$/i;

export const brandFreemailRule: FindingRule = (ctx) => {
  const from = ctx.analysis.from;
  if (!from?.domain) return [];
  const signUp = signUpDomain(from.domain);
  if (!signUp) return [];
  const evidence = firstHeaderLine(ctx.message, 'from');
  const via = VIA.exec(shownText(from.displayName));
  const author = via ? via[1]! : from.displayName;
  const inName = brandInName(author, { personal: true });
  // The tenant's own name counts like a mailbox name: paypal-billing.onmicrosoft.com.
  const tenantName =
    signUp.kind === 'tenant' ? from.domain.slice(0, from.domain.length - signUp.provider.length - 1) : '';
  const inLocal = inName
    ? null
    : (brandInLocalPart(localPartOf(from.address)) ?? brandInLocalPart(tenantName.replace(/\./g, '-')));
  const brand: Brand | null = inName ?? inLocal;
  const where =
    signUp.kind === 'tenant'
      ? `${from.domain} is a tenant domain that anyone gets when signing up with ${signUp.provider}`
      : `${signUp.provider} is a free mailbox service where anyone can open an address`;
  const out: Finding[] = [];
  if (brand) {
    out.push({
      id: 'brand-on-freemail',
      severity: 'high',
      title: `The ${inName ? 'name' : 'address'} says ${brand.name}, but the message is from a ${signUp.kind === 'tenant' ? 'sign-up tenant' : 'free mailbox'} at ${from.domain}`,
      detail: `${where}. ${brand.name} sends its own mail from ${brand.domains.slice(0, 3).join(', ')}, never from such an address. The message does come from ${from.address}, but whoever opened that mailbox chose the name ${brand.name}: do not follow links or requests in it.`,
      evidence,
    });
  } else if (via) {
    const listBrand = brandInName(via[2]!, { personal: true });
    if (listBrand)
      out.push({
        id: 'brand-on-freemail',
        severity: 'low',
        title: `The mailing list ${via[2]} is named after ${listBrand.name}, but is hosted at ${from.domain}`,
        detail: `${where}. The message was posted by "${author}" to a list whose name mentions ${listBrand.name}; anyone can create such a list, so the name proves nothing about ${listBrand.name}.`,
        evidence,
      });
  }
  return out;
};
