// The Public Suffix List lookups (tldts) behind organisational domains, remembered per name.
// One analysis asks about the same few names many times (DMARC alignment, SPF alignment, the
// look-alike, free-mail and gateway checks each take the From and envelope domains' organisation);
// a tldts parse costs a few microseconds each. The answers are pure functions of the name, so a
// remembered one is exactly what tldts would say again.
import { getDomain, parse } from 'tldts';
import { remember } from '../remember';
import { hostKey } from './name';

/**
 * Second-level registries in the PSL's private section: zones whose names are sold to anyone, one
 * registrant each (CentralNic's uk.com, us.com, com.de …; co.com, us.org, eu.org …), not hosting
 * platforms whose operator answers for every name under them (github.io is judged as GitHub's).
 * Every organisational comparison treats them as the suffixes they are: northbank.uk.com and
 * attacker.uk.com are two organisations, and northbank.uk.com is "northbank" under another ending
 * than northbank.co.uk (probe58). Names from the Public Suffix List (https://publicsuffix.org,
 * MPL 2.0), its private section, entries submitted by the registries themselves.
 */
// biome-ignore format: a list of names, kept compact
export const REGISTRY_SUFFIXES: ReadonlySet<string> = new Set([
  // CentralNic
  'ae.org', 'br.com', 'cn.com', 'com.de', 'com.se', 'de.com', 'eu.com', 'gb.net', 'hu.net', 'jp.net',
  'jpn.com', 'mex.com', 'ru.com', 'sa.com', 'se.net', 'uk.com', 'uk.net', 'us.com', 'za.bz', 'za.com',
  // formerly CentralNic's
  'ar.com', 'hu.com', 'kr.com', 'no.com', 'qc.com', 'uy.com',
  // other registries
  'africa.com', 'gr.com', 'in.net', 'web.in', 'us.org', 'co.com', 'co.ca', 'co.nl', 'co.no', 'eu.org',
  'za.net', 'za.org',
  // Added after red-team round 164 (publicsuffix/list e8c9a2b, 2026-08-19): Michau Enterprises'
  // co.pl, MSK-IX's net.ru / org.ru / pp.ru, Service Online's biz.ua / co.ua / pp.ua, MyOwn's
  // my.be, and FAITID's regional zones under .ru, .su and ru.net
  'co.pl', 'net.ru', 'org.ru', 'pp.ru', 'biz.ua', 'co.ua', 'pp.ua', 'my.be',
  // Not on the PSL (real-mail round 181: Amazon's Belgian store mails from amazon.com.be, and a
  // stranger's name there signed for it with Gmail's dmarc=pass): also in USER_ZONES below
  'com.be',
  // The PSL's private section, not read as registries before red-team round 192 (a stranger's
  // northbank-pay.it.com was one organisation with northbank.it.com)
  'it.com', 'eu.cc', 'co.business',
  // and the rest of its second levels under country codes that registrars sell (red-team round
  // 194: a stranger's sibling under co.dk, firm.ng, ltd.hk or co.cz named a neighbour's domain)
  'co.de', 'co.ro', 'co.cz', 'co.dk', 'biz.dk', 'firm.dk', 'store.dk', 'biz.ng', 'ltd.ng', 'plc.ng',
  'gen.ng', 'firm.ng', 'ltd.hk', 'shop.th', 'shop.ro', 'us.ci', 'us.cc', 'uk.cc',
  // Not on the PSL at all (publicsuffix/list #343's "missing extensions"; red-team round 192:
  // a stranger's sibling signed for a firm there with the provider's dmarc=pass)
  'co.ee', 'com.ne', 'com.mz',
  'ru.net', 'adygeya.ru', 'bashkiria.ru', 'bir.ru', 'cbg.ru', 'com.ru', 'dagestan.ru', 'grozny.ru',
  'kalmykia.ru', 'kustanai.ru', 'marine.ru', 'mordovia.ru', 'msk.ru', 'mytis.ru', 'nalchik.ru',
  'nov.ru', 'pyatigorsk.ru', 'spb.ru', 'vladikavkaz.ru', 'vladimir.ru', 'abkhazia.su',
  'adygeya.su', 'aktyubinsk.su', 'arkhangelsk.su', 'armenia.su', 'ashgabad.su', 'azerbaijan.su',
  'balashov.su', 'bashkiria.su', 'bryansk.su', 'bukhara.su', 'chimkent.su', 'dagestan.su',
  'east-kazakhstan.su', 'exnet.su', 'georgia.su', 'grozny.su', 'ivanovo.su', 'jambyl.su',
  'kalmykia.su', 'kaluga.su', 'karacol.su', 'karaganda.su', 'karelia.su', 'khakassia.su',
  'krasnodar.su', 'kurgan.su', 'kustanai.su', 'lenug.su', 'mangyshlak.su', 'mordovia.su', 'msk.su',
  'murmansk.su', 'nalchik.su', 'navoi.su', 'north-kazakhstan.su', 'nov.su', 'obninsk.su',
  'penza.su', 'pokrovsk.su', 'sochi.su', 'spb.su', 'tashkent.su', 'termez.su', 'togliatti.su',
  'troitsk.su', 'tselinograd.su', 'tula.su', 'tuva.su', 'vladikavkaz.su', 'vladimir.su',
  'vologda.su',
  // Added after red-team round 168 and real-mail round 165 (the same PSL commit): DigitalPlat's
  // free zones (each name delegated to its holder), 1GB's Ukrainian zones, the Russian registry's
  // reserved zones for institutions, the grandfathered Polish city zones and TASK's Gdańsk ones
  'qzz.io', 'us.kg', 'xx.kg', 'dpdns.org', 'cc.ua', 'inf.ua', 'ltd.ua', 'ac.ru', 'edu.ru', 'gov.ru',
  'int.ru', 'mil.ru', 'art.pl', 'gliwice.pl', 'krakow.pl', 'poznan.pl', 'wroc.pl', 'zakopane.pl',
  'gda.pl', 'gdansk.pl', 'gdynia.pl', 'med.pl', 'sopot.pl',
]);

/**
 * Zones outside the Public Suffix List where each name one label under belongs to its own holder,
 * not to the zone's operator (every comparison of owners reads them so: red-team rounds 128, 182,
 * 184, 185). The PSL's private section lists duckdns.org, synology.me, ddns.net…; not these:
 * - Microsoft 365's tenant names (`contoso.onmicrosoft.com`, hybrid `contoso.mail.onmicrosoft.com`,
 *   the sovereign clouds'): anyone opens a trial tenant, Exchange Online signs its mail with the
 *   tenant's own key, and under the PSL every tenant aligned relaxed with every other
 *   (publicsuffix/list#1485; red-team round 185: a stranger's tenant passed DMARC as a firm's);
 * - FreeDNS's shared domains, where a user holds a name with its own records (red-team round 184);
 * - the router makers' and other dynamic-DNS zones;
 * - Google Cloud's default reverse names (`20.10.0.35.bc.googleusercontent.com`, round 182);
 * - Azure's regional `cloudapp.azure.com` labels (the PSL lists only the older cloudapp.net).
 */
// biome-ignore format: a list of names, kept compact
export const MAIL_TENANT_PARENTS: ReadonlySet<string> = new Set([
  'partner.onmschina.cn', 'mail.partner.onmschina.cn', 'mail.onmicrosoft.com', 'mail.onmicrosoft.us',
  'onmicrosoft.com', 'onmicrosoft.us',
]);
/**
 * A tenant's hybrid coexistence name is built from its own label (`contoso.mail.onmicrosoft.com`
 * for `contoso.onmicrosoft.com`): no other tenant can hold it, and Exchange Online signs its mail
 * with the tenant's first name's key, so both are one owner (real-mail round 177, red-team 186).
 */
const HYBRID_PARENTS: ReadonlyMap<string, string> = new Map([
  ['mail.onmicrosoft.com', 'onmicrosoft.com'],
  ['mail.onmicrosoft.us', 'onmicrosoft.us'],
  ['mail.partner.onmschina.cn', 'partner.onmschina.cn'],
]);
// biome-ignore format: a list of names, kept compact
const USER_ZONES: ReadonlySet<string> = new Set([
  ...MAIL_TENANT_PARENTS,
  // FreeDNS (afraid.org) and its shared domains
  'mooo.com', 'afraid.org', 'chickenkiller.com', 'us.to', 'uk.to', 'my.to', 'ftp.sh', 'info.gf',
  'ddns.info', 'strangled.net', 'twilightparadox.com', 'crabdance.com', 'ignorelist.com',
  'jumpingcrab.com',
  // routers' and other dynamic DNS
  'asuscomm.com', 'tplinkdns.com', 'mynetgear.com', 'dlinkddns.com', 'ydns.eu', 'changeip.com',
  'linkpc.net', 'publicvm.com',
  // not on the PSL either (red-team round 188: a stranger's mydns.se name signed for a neighbour's):
  // mydns.se, dynamic.name, selfHOST's selfhost.eu, Keenetic routers' KeenDNS mykeenetic.net
  'mydns.se', 'dynamic.name', 'selfhost.eu', 'mykeenetic.net',
  // Netcraze, Keenetic's Russian rebrand, and its CrazeDNS zones (red-team round 189)
  'netcraze.pro', 'netcraze.link', 'netcraze.club',
  // second-level registries the PSL does not list (REGISTRY_SUFFIXES): one registrant each
  'com.be',
  // Google Cloud's default reverse names
  'bc.googleusercontent.com',
  // Azure Communication Services' managed sending domains (`<guid>.azurecomm.net`): any Azure
  // subscriber gets one, and one is no other's (red-team round 226: a tenant's signature and
  // envelope aligned with another tenant's managed From)
  'azurecomm.net',
]);
/** An Azure region's zone of customer labels (Azure China's and Azure Government's too). */
const AZURE_LABELS = /(?:^|\.)([a-z0-9-]+\.cloudapp\.(?:azure\.com|chinacloudapi\.cn|usgovcloudapi\.net))$/;
const AZURE_APEX = /(?:^|\.)cloudapp\.(?:azure\.com|chinacloudapi\.cn|usgovcloudapi\.net)$/;

/**
 * For a name under one of the zones above (USER_ZONES, an Azure region's labels): its holder's
 * zone, one label under the zone (`vm1.westeurope.cloudapp.azure.com`, `alice.mooo.com`,
 * `contoso.onmicrosoft.com`; a tenant's hybrid name is its tenant's: `contoso.onmicrosoft.com` for
 * `contoso.mail.onmicrosoft.com`, not a suffix of it); null for a zone itself; undefined for any
 * other name.
 */
export const userZoneOf = remember((raw: string): string | null | undefined => {
  const name = raw.toLowerCase().replace(/\.$/, '');
  const azure = AZURE_LABELS.exec(name);
  if (azure) {
    const zone = azure[1]!;
    return name === zone ? null : childOf(name, zone);
  }
  if (AZURE_APEX.test(name)) return null;
  // The longest zone first (contoso.mail.onmicrosoft.com is under mail.onmicrosoft.com).
  for (let at = -1; ; ) {
    const rest = name.slice(at + 1);
    if (USER_ZONES.has(rest)) {
      if (at < 0) return null;
      const child = childOf(name, rest);
      const tenantParent = HYBRID_PARENTS.get(rest);
      return tenantParent ? `${child.slice(0, child.indexOf('.'))}.${tenantParent}` : child;
    }
    at = name.indexOf('.', at + 1);
    if (at < 0) return undefined;
  }
});

/** The name one label under `zone` on the way to `name` (which lies below it). */
function childOf(name: string, zone: string): string {
  const rest = name.slice(0, name.length - zone.length - 1);
  return `${rest.slice(rest.lastIndexOf('.') + 1)}.${zone}`;
}

/**
 * Whether `zone` (a registrable domain by the PSL, or one of its private suffixes) is a registry's
 * zone (REGISTRY_SUFFIXES), whose registrants are organisations of their own. A list, not a
 * pattern: `info.nl` and `net.hr` are one firm's own names, and a pattern of registry-like second
 * levels read their mail spoofed (red-team round 194, real-mail round 184).
 */
export function isRegistryZone(zone: string): boolean {
  return REGISTRY_SUFFIXES.has(zone);
}

const icannDomain = remember((name) => {
  const d = getDomain(name, { allowPrivateDomains: false });
  // A name under a registry zone: its registrant's domain (null for the zone itself).
  return d !== null && isRegistryZone(d) ? registryChild(name, d) : d;
});
const privateDomain = remember((name) => {
  const user = userZoneOf(name);
  if (user !== undefined) return user;
  const d = getDomain(name, { allowPrivateDomains: true });
  // A registry zone the PSL does not list at all (CentralNic's former ar.com, an unlisted com.ne:
  // real-mail round 182): its registrant's, as icannDomain reads it.
  return d !== null && isRegistryZone(d) ? labelUnder(name, d) : d;
});
const icannLabel = remember((name) => {
  const p = parse(name);
  if (p.domain && isRegistryZone(p.domain)) {
    const d = registryChild(name, p.domain);
    return d ? d.slice(0, d.indexOf('.')) : null;
  }
  return p.domainWithoutSuffix;
});

/** The registrant's domain under registry zone `zone` (`northbank.uk.com`), or null for the zone itself. */
function registryChild(name: string, zone: string): string | null {
  // The PSL's own answer where it has one (eu.org's country zones: northbank.fr.eu.org).
  const own = privateDomain(name);
  if (own?.endsWith(`.${zone}`)) return own;
  return labelUnder(name, zone);
}

/** The name one label under `zone` on the way to `name`, or null when `name` is not below it. */
function labelUnder(name: string, zone: string): string | null {
  const host = name.toLowerCase().replace(/\.$/, '');
  if (!host.endsWith(`.${zone}`)) return null;
  const rest = host.slice(0, host.length - zone.length - 1);
  const label = rest.slice(rest.lastIndexOf('.') + 1);
  return label ? `${label}.${zone}` : null;
}

/**
 * tldts' `getDomain(name, { allowPrivateDomains })`: the registrable domain under the ICANN
 * section of the PSL and the registry zones (REGISTRY_SUFFIXES), or with `privateSuffixes` also
 * under the rest of its private section (so `a.github.io`
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

/**
 * The registrable domain as the Public Suffix List alone gives it, its private section included:
 * what a mailbox provider's DMARC check aligns on, which knows neither the registry zones nor the
 * holders' zones HeaderLens adds (`com.be` for `amazon.com.be`, `mooo.com` for a FreeDNS name).
 */
export const pslDomain = remember((name: string): string | null =>
  getDomain(hostKey(name), { allowPrivateDomains: true }),
);

/**
 * The registrable domain by the PSL's ICANN section alone: what a DMARC check that reads only that
 * section aligns on (Mozilla's advice for DMARC, some filters), or one whose copy of the list
 * predates a private entry (us.kg, added in 2024): `us.com` for `northbank.us.com` (red-team
 * round 192).
 */
export const icannOnlyDomain = remember((name: string): string | null =>
  getDomain(hostKey(name), { allowPrivateDomains: false }),
);

/**
 * The organisation a name belongs to as sameOwner tells them apart (the PSL's private section
 * included, the name compared as DNS compares it): `hl164firm.co.pl` and `hl164vendor.co.pl` are
 * two (red-team round 164: a CNAME into another registrant's name under a registry's zone was read
 * as staying inside the firm). Null for a public suffix, an IP literal or no valid name.
 */
export function ownerDomain(name: string): string | null {
  return registrableDomain(hostKey(name), { privateSuffixes: true });
}

/** tldts' `parse(name).domainWithoutSuffix`: `paypal` for `mail.paypal.co.uk` (`northbank` for `northbank.uk.com`), null when there is none. */
export function registrableLabel(name: string): string | null {
  return icannLabel(name);
}

const icannSuffix = remember((name) => {
  const p = parse(name, { allowPrivateDomains: false });
  if (p.domain && isRegistryZone(p.domain)) return registryChild(name, p.domain) ? p.domain : null;
  return p.isIcann && p.domain ? p.publicSuffix : null;
});

/** The ICANN public suffix (or registry zone) of a name that has a registrable domain (`co.uk` for `a.acme.co.uk`, `uk.com` for `acme.uk.com`); else null. */
export function icannPublicSuffix(name: string): string | null {
  return icannSuffix(name);
}
