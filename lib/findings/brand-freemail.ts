// A brand's name on a sign-up-anywhere domain: "Microsoft account team" <x@outlook.com>,
// "Google Accounts" <x@gmail.com>, "Apple Support" <x@icloud.com>, "Microsoft 365 Security"
// <x@attacker.onmicrosoft.com>, or the brand in the mailbox name (microsoft-security@outlook.com).
// DMARC passes for the provider, which only proves the mailbox is real: anyone can open one, and
// no brand sends its own mail from them (lib/findings/freemail.ts).
import { msg } from '../i18n/message';
import { localPartOf } from '../message/addresses';
import type { Finding } from '../types';
import { hasAlignedPass } from './auth-state';
import {
  brandGluedInMailbox,
  brandInLocalPart,
  brandInName,
  namesOnlyDesk,
  operatorOfOrg,
  orgDomain,
} from './domains';
import { entraTemplate } from './entra-invitation';
import { firstHeaderLine } from './evidence';
import { signUpDomain } from './freemail';
import type { FindingRule } from './rule';
import { texts } from './text';
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
  // Mail that never left the reader's Exchange Online organisation (every hop its own, no server
  // handed it over): its tenant is the reader's, and Exchange's own bounces come from it as
  // "Microsoft Outlook" <MicrosoftExchange…@tenant.onmicrosoft.com> (rw59-exo-ndr-inside-own-tenant-outlook).
  // An outsider's tenant reaches the reader through Exchange Online's inbound entry instead.
  if (signUp.kind === 'tenant' && ctx.analysis.origin.insideReceiver && ctx.analysis.origin.ip === null)
    return [];
  const evidence = firstHeaderLine(ctx.message, 'from');
  const via = VIA.exec(shownText(from.displayName));
  const author = via ? via[1]! : from.displayName;
  const inName = brandInName(author, { personal: true });
  // The tenant's own name counts like a mailbox name: paypal-billing.onmicrosoft.com.
  const tenantName =
    signUp.kind === 'tenant' ? from.domain.slice(0, from.domain.length - signUp.provider.length - 1) : '';
  // A brand glued into the mailbox name counts beside a name that is only a desk's ("Account
  // Security" <yahoosecurityteam@yahoo.com>, red-team round 165); beside a name of the sender's own
  // it is his word ("Lakeside Amazons U12 Team" <amazonteam12@gmail.com>, real-mail round 166).
  // Alone it may be anyone's (brandGluedInMailbox's trade-offs).
  const local = localPartOf(from.address);
  const inLocal = inName
    ? null
    : (brandInLocalPart(local) ??
      brandInLocalPart(tenantName.replace(/\./g, '-')) ??
      (namesOnlyDesk(shownText(author)) ? brandGluedInMailbox(local) : null));
  const named = inName ?? inLocal;
  // Another company of the same name runs this mailbox service and writes from a host of its own
  // under it (Yahoo Japan's account desk, yahoo-account@mail.yahoo.co.jp, beside Yahoo's words):
  // its own name, not a claim. Its free mailboxes themselves (@yahoo.co.jp) are anyone's.
  const org = orgDomain(from.domain);
  const operator = from.domain !== org ? operatorOfOrg(org) : null;
  // Only when the mail is that host's (an aligned pass): a forger writing from the desk's host
  // name, unsigned, under yahoo.co.jp's p=none, took the exemption (red-team round 165).
  // Nor Microsoft's own invitation template, which Entra sends from the inviting tenant itself
  // (lib/findings/entra-invitation.ts), when the tenant signed it.
  const brand =
    (named && operator?.name.startsWith(`${named.name} `) && hasAlignedPass(ctx)) ||
    (signUp.kind === 'tenant' &&
      inName?.name === 'Microsoft' &&
      entraTemplate(from.address ?? '', from.displayName, from.domain) !== null &&
      hasAlignedPass(ctx))
      ? null
      : named;
  const where =
    signUp.kind === 'tenant'
      ? msg('finding_brand_freemail_where_tenant', { domain: from.domain, provider: signUp.provider })
      : msg('finding_brand_freemail_where_free', { provider: signUp.provider });
  const out: Finding[] = [];
  if (brand) {
    out.push({
      id: 'brand-on-freemail',
      severity: 'high',
      ...texts(
        msg(
          `finding_brand_on_freemail_${inName ? 'name' : 'address'}_${signUp.kind === 'tenant' ? 'tenant' : 'free'}_title`,
          { brand: brand.name, domain: from.domain },
        ),
        msg('finding_brand_on_freemail_detail', {
          where,
          brand: brand.name,
          domains: brand.domains.slice(0, 3).join(', '),
          address: from.address,
        }),
      ),
      evidence,
    });
  } else if (via) {
    const listBrand = brandInName(via[2]!, { personal: true });
    if (listBrand)
      out.push({
        id: 'brand-on-freemail',
        severity: 'low',
        ...texts(
          msg('finding_brand_on_freemail_list_title', {
            list: via[2]!,
            brand: listBrand.name,
            domain: from.domain,
          }),
          msg('finding_brand_on_freemail_list_detail', { where, author, brand: listBrand.name }),
        ),
        evidence,
      });
  }
  return out;
};
