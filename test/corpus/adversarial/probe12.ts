// Red-team probes, twelfth round (December 2026): the published attack families, each case a
// deliverable instance of a technique as a real attacker would send it to a self-hosted reader
// (Postfix + rspamd/OpenDMARC under Roundcube, the reader's receiver mx.reader.example). Sources:
// - BreakSPF (Wang et al., "BreakSPF: How Shared Infrastructures Magnify SPF Vulnerabilities Across
//   the Internet", NDSS 2024): SPF terms that authorise shared infrastructure (cloud ranges, a
//   `ptr:` of a cloud's default names, `exists:%{i}` per-address services, cPanel's `+a +mx` on a
//   shared server); the attacker rents an address in the authorised space.
// - SMTP smuggling (SEC Consult, T. Longin, "SMTP Smuggling – Spoofing E-Mails Worldwide", Dec
//   2023): a second message smuggled through Exchange Online's or GMX/WEB.DE's outbound servers
//   to a receiver that accepts a bare `<LF>.<LF>`-style end of data (Postfix before 3.8.4 / 3.7.9,
//   Sendmail, Cisco): it leaves the provider's address with a From the provider's SPF covers and no
//   signature of the provider, which signs every message it really sends.
// - Forward Pass (Liu et al., "Forward Pass: On the Security Implications of Email Forwarding
//   Mechanism and Policy", IEEE S&P 2023): forwarders that keep the envelope (no SRS) from a
//   platform the victim's SPF includes, forwarders that re-sign with their own DKIM, lists that
//   keep the author's From, and ARC sets written by the attacker's own sealer.
// - DKIM replay of genuine platform notifications carrying text the attacker chose: Google's
//   OAuth security alert (no-reply@accounts.google.com, N. Johnson and EasyDMARC, April 2025),
//   PayPal's "new address" notice sent to a Microsoft 365 distribution list (Fortinet, Nov 2024),
//   Microsoft 365's own purchase notice with the lure in the tenant's organisation name
//   (BleepingComputer, Feb 2025), and EchoSpoofing (Guardio Labs, July 2024: spoofs relayed from
//   an attacker's Microsoft 365 tenant through the brand's Proofpoint, which signed them).
// - Display-name and Unicode tricks: Unicode TR #36/#39 (bidi isolates, invisible format
//   characters, combining sequences, whole-script confusables), and RFC 2047 encoded words in
//   charsets a client decodes (UTF-7: CVE-2005-2102-era Outlook decoding, still in RFC 2152's
//   registry; ISO-2022-JP: RFC 1468).
// The rounds before (probe.ts … probe11.ts, espoofer.ts) and README's "What still fools
// HeaderLens" are not repeated: a case here differs from each in the shape that matters. Every
// case's meta says the attack, its source and what a careful analyst wants.
import { domainToASCII } from 'node:url';
import { signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  attackerMail,
  authenticZone,
  BANK,
  KEY,
  NOT_TRUSTED,
  type Probe,
  ptr,
  RECEIVER,
  SPOOFED,
} from '../kit';
import { mailmanFooter, mailmanHeaders, sealCorpus } from '../list-shapes';
import { eopEntry, eopResults, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twelfth round's report). Each comment: what it reads, what it should, which rule.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed: Salesforce is a shared platform (lib/findings/auth-state.ts SHARED_PLATFORMS), so
  // probe12-breakspf-salesforce-exists-macro reads "unverified" as the other shared platforms do.
  // Fixed (lib/findings/platform-unsigned.ts): Exchange Online's or WEB.DE's relay with no
  // DKIM-Signature at all is medium (suspicious): the two smuggling cases and WEB.DE's own domain.
  // Still "unverified": the same dressed with a copied tenant signature that fails (dkim-fail low)
  // and Exchange headers. The rule asks for no signature at all, because genuine Exchange Online
  // mail whose signatures a reader-side banner, subject tag or forward broke carries failing ones
  // (rw5-m365-cross-tenant-subject-tag, rw5-m365-inbox-rule-forward-to-other-tenant).
  'probe12-smuggling-exchange-online-dressed-as-tenant',
  // "unverified": the bank's IONOS include passes for mout.gmx.net (sharedSpfPass, IONOS); the relay
  // is GMX's free-mail service, not IONOS's hosting relays. Wanted: not trusted.
  'probe12-smuggling-gmx-ionos-hosted-bank',
  // Fixed: probe12-forwardpass-m365-forward-envelope-kept reads suspicious (forwarder-recorded-fail in
  // lib/findings/arc.ts: the trusted sealer's record of a DMARC fail against a shared-SPF-only pass).
  // "authenticated" (return-path-differs info): a brand's genuine notice, text chosen by the
  // attacker, addressed to the attacker (signed To) and re-sent by another organisation's Exchange
  // Online. Nothing in lib/findings reads "signed To is not the reader, re-sent by a stranger"
  // (vouchingSignatures in lib/findings/dkim-tags.ts is about unsigned fields only). Trade-off: a
  // company distribution list passing PayPal receipts to its accountants looks the same.
  'probe12-replay-google-oauth-alert-via-m365-tenant',
  'probe12-replay-paypal-notice-m365-distribution-list',
  // "authenticated" (gateway-untrusted info): EchoSpoofing; the bank's own gateway signed the spoof.
  // Only the foreign tenant's onmicrosoft.com signature below shows it; lib/findings reads no
  // tenant identity. No safe fix from the message alone (Proofpoint fixed the relay).
  'probe12-replay-echospoofing-proofpoint-relay',
  // Fixed: UTF-7 encoded-words are read as UTF-8 ones (lib/message/utf7.ts), so
  // probe12-encoded-word-utf7-address-in-name shows its address (display-name-address).
]);

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

const BANK_DOMAIN = 'northbank.example';
const ATTACKER = 'attacker.example';
const VICTIM = 'robin@reader.example';
const PHISH_BODY =
  'Your card was used abroad. Confirm it within 24 hours at https://northbank-secure.attacker.example/confirm\r\n';
const DATE = 'Fri, 20 Nov 2026 10:00:05 +0000';

/** A server that hands the message to the reader's receiver. */
interface Relay {
  helo: string;
  /** Its forward-confirmed reverse name, or null when it has none. */
  rdns: string | null;
  ip: string;
}

/** Exchange Online's outbound frontend (EUR05), forward-confirmed. */
const EOP_OUT: Relay = {
  helo: 'EUR05-VI1-obe.outbound.protection.outlook.com',
  rdns: 'mail-vi1eur05on2050.outbound.protection.outlook.com',
  ip: '40.107.22.50',
};
/** WEB.DE's and GMX's outbound relays (United Internet, AS 8560). */
const MOUT_WEBDE: Relay = { helo: 'mout.web.de', rdns: 'mout.web.de', ip: '212.227.15.3' };
const MOUT_GMX: Relay = { helo: 'mout.gmx.net', rdns: 'mout.gmx.net', ip: '212.227.17.21' };
/** Salesforce's outbound MTA (AS 14340). */
const SALESFORCE: Relay = {
  helo: 'smtp07-ia4-sp3.mta.salesforce.com',
  rdns: 'smtp07-ia4-sp3.mta.salesforce.com',
  ip: '13.110.74.10',
};
/** An EC2 instance in eu-central-1 under its default, forward-confirmed reverse name. */
const EC2: Relay = {
  helo: 'ip-172-31-20-14.eu-central-1.compute.internal',
  rdns: 'ec2-3-120-1-10.eu-central-1.compute.amazonaws.com',
  ip: '3.120.1.10',
};
/** An Azure VM (AS 8075) with no reverse name of its own. */
const AZURE_VM: Relay = { helo: 'vm-web01', rdns: null, ip: '20.50.1.10' };
/** A Namecheap-style shared cPanel server (the bank's website lives on it), in Hetzner's AS 24940. */
const SHARED_CPANEL: Relay = {
  helo: 'server212.web-hosting.example',
  rdns: 'server212.web-hosting.example',
  ip: '88.99.12.34',
};
/** Proofpoint's outbound (pphosted) host serving the bank. */
const PPHOSTED: Relay = {
  helo: 'mx0b-00nb1234.pphosted.com',
  rdns: 'mx0b-00nb1234.pphosted.com',
  ip: '148.163.158.5',
};
/** A university's alias forwarder (its own network, no hosting). */
const UNI_FWD: Relay = { helo: 'mailfwd.uni.example', rdns: 'mailfwd.uni.example', ip: '203.0.113.25' };
/** Google's outbound host for personal mail (forwarding). */
const GMAIL_FWD: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};

const entryFor = (r: Relay) =>
  received({ helo: r.helo, rdns: r.rdns ?? 'unknown', ip: r.ip, by: RECEIVER, for: VICTIM });

interface Delivered extends Probe {
  raw: string;
  envelope: string;
  relay: Relay;
  zone?: Record<string, unknown>;
}

/** The bank's card-blocked phish with `from` as written, and extra header lines. */
const spoof = (from = `Northbank Security <security@${BANK_DOMAIN}>`, extra?: string[]) =>
  submitted({ from, subject: 'Card blocked: confirm your details', body: PHISH_BODY, extraHeaders: extra });

/** The attacker's Microsoft 365 trial tenant (its onmicrosoft.com domain and default key). */
const TENANT = 'fabrikam-billing7.onmicrosoft.com';
const TENANT_KEY = { [`selector1-${TENANT.replace(/\./g, '-')}._domainkey.${TENANT}`]: KEY() };

/** Exchange Online's hops inside the sending tenant (mailbox, transport) below its outbound frontend. */
function tenantHops(date = DATE): string[] {
  return [
    `Received: from AM9PR08MB6161.eurprd08.prod.outlook.com (2603:10a6:20b:4d9::14)\r\n by DU0PR08MB9584.eurprd08.prod.outlook.com (2603:10a6:10:44a::5) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${date}`,
  ];
}

/** Exchange Online's organisation headers of a message that left a tenant. */
function tenantOrgHeaders(tenantId: string): string[] {
  return [
    `X-MS-Exchange-CrossTenant-Id: ${tenantId}`,
    'X-MS-Exchange-CrossTenant-AuthAs: Internal',
    'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
    'X-MS-Exchange-Transport-CrossTenantHeadersStamped: DU0PR08MB9584',
  ];
}

/** Header lines put at the bottom of the header block. */
function appendHeaders(raw: string, ...headers: string[]): string {
  const at = raw.indexOf('\r\n\r\n');
  return `${raw.slice(0, at)}\r\n${headers.join('\r\n')}${raw.slice(at)}`;
}

/** Every probe, the pending ones included. */
export async function makeAll(write: CaseWriter): Promise<void> {
  const deliver = (c: Delivered) =>
    write(c.name, {
      eml: onTop(c.raw, `Return-Path: <${c.envelope}>`, entryFor(c.relay)),
      zone: {
        ...BANK,
        ...authenticZone(ATTACKER, ATTACKER_IP),
        ...(c.relay.rdns ? ptr(c.relay.ip, c.relay.rdns) : {}),
        ...c.zone,
      },
      meta: { about: c.about, class: c.class, args: [...ARGS, ...(c.args ?? [])], expect: c.expect },
    });
  breakSpfCases(deliver);
  smugglingCases(deliver);
  await forwardPassCases(deliver);
  await replayCases(deliver);
  await unicodeCases(write);
}

type Deliver = (c: Delivered) => void;

// ---- BreakSPF: the bank's record authorises shared space; the attacker rents an address in it.
function breakSpfCases(deliver: Deliver): void {
  const cls = 'probe12-breakspf';
  deliver({
    name: 'probe12-breakspf-salesforce-exists-macro',
    about:
      'BreakSPF (Wang et al., NDSS 2024) shared-infrastructure SPF, through a per-address `exists` macro: the bank includes Salesforce’s record ("include:_spf.salesforce.com", which is "exists:%{i}._spf.mta.salesforce.com"), as every Salesforce customer is told to. Any Salesforce org’s mail leaves the same MTAs; with the sender-address verification bypass Guardio Labs published ("PhishForce", Aug 2023) a free Developer Edition org sends as security@northbank.example with the bank’s envelope, unsigned. SPF passes aligned through the macro, DMARC passes, no DKIM at all. Salesforce (AS 14340) is in no ESP or hosting table. Wanted: not trusted ("some Salesforce org sent this", as for the shared platforms), never "authenticated"',
    class: cls,
    raw: spoof(),
    envelope: `security@${BANK_DOMAIN}`,
    relay: SALESFORCE,
    zone: {
      [BANK_DOMAIN]: { TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.salesforce.com -all'] },
      '_spf.salesforce.com': { TXT: ['v=spf1 exists:%{i}._spf.mta.salesforce.com -all'] },
      [`${SALESFORCE.ip}._spf.mta.salesforce.com`]: { A: ['127.0.0.1'] },
      ...BANK_DKIM_PUBLISHED,
    },
    // As for every shared platform (GoDaddy, IONOS, MailChannels, Microsoft 365 without DKIM):
    // "unverified", some org of the platform sent it; never "authenticated".
    expect: { verdict: 'unverified' },
  });
  deliver({
    name: 'probe12-breakspf-ptr-ec2-default-names',
    about:
      'BreakSPF (NDSS 2024): the bank’s record authorises its EC2 web servers by their reverse names ("v=spf1 ip4:192.0.2.0/24 ptr:compute.amazonaws.com -all"): every EC2 instance has a forward-confirmed default name under compute.amazonaws.com. The attacker launches one (port 25 opened on request) and sends an unsigned spoof with the bank’s envelope. SPF and DMARC pass. Regression guard: wanted not trusted (hosted-server-relay: the reverse name is Amazon’s, not the bank’s)',
    class: cls,
    raw: spoof(),
    envelope: `security@${BANK_DOMAIN}`,
    relay: EC2,
    zone: {
      [BANK_DOMAIN]: { TXT: ['v=spf1 ip4:192.0.2.0/24 ptr:compute.amazonaws.com -all'] },
    },
    expect: NOT_TRUSTED,
  });
  deliver({
    name: 'probe12-breakspf-cpanel-a-mx-shared-server',
    about:
      'BreakSPF (NDSS 2024) shared web hosting: cPanel’s default record ("v=spf1 +a +mx +ip4:88.99.12.34 ~all") on a bank whose site and mail live on a shared cPanel server; its A and MX name that server, which hosts hundreds of accounts. The attacker buys an account on the same server and sends an unsigned spoof with PHP mail() and the bank’s envelope (the host lets any account set its envelope). SPF passes on `+a`, DMARC passes. Regression guard: wanted not trusted (the server is in a hosting network and its name is the host’s)',
    class: cls,
    raw: spoof(),
    envelope: `security@${BANK_DOMAIN}`,
    relay: SHARED_CPANEL,
    zone: {
      [BANK_DOMAIN]: {
        TXT: [`v=spf1 +a +mx +ip4:${SHARED_CPANEL.ip} ~all`],
        A: [SHARED_CPANEL.ip],
        MX: [{ exchange: BANK_DOMAIN, priority: 0 }],
      },
    },
    expect: NOT_TRUSTED,
  });
  deliver({
    name: 'probe12-breakspf-azure-slash24-reused-address',
    about:
      'BreakSPF (NDSS 2024) cloud address reuse: the bank once ran its mailer on Azure and its record still authorises that /24 ("ip4:20.50.1.0/24"), narrow enough for broad-spf. Azure hands released public addresses to the next customer; the attacker cycles VMs until one lands in the /24 (no reverse name) and sends an unsigned spoof with the bank’s envelope. Regression guard: wanted not trusted (hosted-server-relay)',
    class: cls,
    raw: spoof(),
    envelope: `security@${BANK_DOMAIN}`,
    relay: AZURE_VM,
    zone: { [BANK_DOMAIN]: { TXT: ['v=spf1 ip4:192.0.2.0/24 ip4:20.50.1.0/24 -all'] } },
    expect: NOT_TRUSTED,
  });
  deliver({
    name: 'probe12-breakspf-exists-macro-cloud-pool',
    about:
      'BreakSPF (NDSS 2024) per-address service: the bank delegates to its web host’s dynamic SPF ("exists:%{i}._spf.cloudpool.example"), which answers for every address of the host’s EC2 pool, shared by all its customers. The attacker, another customer, sends an unsigned spoof with the bank’s envelope from a pool address. The matched term is a macro: broad-spf cannot count it. Regression guard: wanted not trusted (hosted-server-relay)',
    class: cls,
    raw: spoof(),
    envelope: `security@${BANK_DOMAIN}`,
    relay: EC2,
    zone: {
      [BANK_DOMAIN]: { TXT: ['v=spf1 ip4:192.0.2.0/24 exists:%{i}._spf.cloudpool.example -all'] },
      [`${EC2.ip}._spf.cloudpool.example`]: { A: ['127.0.0.2'] },
    },
    expect: NOT_TRUSTED,
  });
}

/**
 * A DKIM-Signature of the attacker's tenant as Exchange Online wrote it on another message (its b=
 * and bh= belong to that message), copied into a smuggled one.
 */
const TENANT_SIG_COPY = `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n d=${TENANT}; s=selector1-${TENANT.replace(/\./g, '-')};\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\r\n bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n b=Vn0tAr3alS1gnaTur3OfTh1sMe55ageJustC0piedFromAn0therOneSentB4xQ2w8LmN3pR6tY9uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ6xC9vB2nM5qW8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4qW7eR0tY3uI6oP9aS2dF5gH8jK1lZ4xC7vB0nM3qW6eR9tY2uI5oP8aS1dF4gH7jK0lZ3xC6vB9nM2qW5eR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1gH4jK7lZ0xC3vB6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qA==`;

/** The bank signs its own mail (a published key): a message of its own without its signature is odd. */
const BANK_DKIM_PUBLISHED = { 'nb1._domainkey.northbank.example': KEY() };

// ---- SMTP smuggling: a smuggled second message leaves the provider's outbound server.
function smugglingCases(deliver: Deliver): void {
  const cls = 'probe12-smuggling';
  deliver({
    name: 'probe12-smuggling-exchange-online-bank-customer',
    about:
      'SMTP smuggling (SEC Consult, Dec 2023), as first shown through Exchange Online: the attacker’s tenant sends one message whose data holds "<LF>.<CR><LF>MAIL FROM:<security@northbank.example> …DATA"; a receiver that ends data on it (Postfix before 3.8.4) reads a second message from Exchange Online’s outbound address. The bank is a Microsoft 365 customer ("include:spf.protection.outlook.com") and signs its mail (selector1 published). The smuggled message has no signature at all: no tenant signature, no ARC, no X-MS-Exchange headers, none of which Exchange Online ever omits from mail it really sends (it signs with the tenant’s onmicrosoft.com key when a domain has none). Wanted: not trusted; today’s shared-SPF reading ("unverified": some tenant sent this) is too kind for a message Exchange Online did not sign',
    class: cls,
    raw: spoof(),
    envelope: `security@${BANK_DOMAIN}`,
    relay: EOP_OUT,
    zone: {
      [BANK_DOMAIN]: { TXT: ['v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com -all'] },
      ...M365_SPF_ZONE,
      'selector1._domainkey.northbank.example': KEY(),
    },
    expect: NOT_TRUSTED,
  });
  deliver({
    name: 'probe12-smuggling-exchange-online-dressed-as-tenant',
    about:
      'SMTP smuggling (SEC Consult, Dec 2023) through Exchange Online, dressed: the smuggled message carries what a fix for the bare case might look for, all written by the attacker: Exchange hops, X-MS-Exchange-CrossTenant headers and a DKIM-Signature copied from a genuine message of its tenant (d=fabrikam-billing7.onmicrosoft.com; it no longer verifies over these headers and body). SPF passes through the bank’s Microsoft 365 include. Wanted: not trusted (no signature that verifies, from a platform that signs everything)',
    class: cls,
    raw: `${TENANT_SIG_COPY}\r\n${appendHeaders(onTop(spoof(), ...tenantHops()), ...tenantOrgHeaders('4c1f0e2a-99b4-4b43-8f7e-3d4c2b1a0f99'))}`,
    envelope: `security@${BANK_DOMAIN}`,
    relay: EOP_OUT,
    zone: {
      [BANK_DOMAIN]: { TXT: ['v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com -all'] },
      ...M365_SPF_ZONE,
      'selector1._domainkey.northbank.example': KEY(),
      ...TENANT_KEY,
    },
    expect: NOT_TRUSTED,
  });
  deliver({
    name: 'probe12-smuggling-exchange-online-microsoft-domain',
    about:
      'SMTP smuggling (SEC Consult, Dec 2023) through Exchange Online with Microsoft’s own sender: From and envelope account-security-noreply@accountprotection.microsoft.com, whose record is Exchange Online’s include; microsoft.com publishes p=reject. SPF passes aligned, DMARC passes, and the relay is Microsoft 365, the platform of the brand itself, so the shared-SPF rule exempts it as the platform’s own mail. Microsoft’s real account-security mail is always DKIM-signed (d=accountprotection.microsoft.com); this one carries no signature at all. Wanted: not trusted',
    class: cls,
    raw: submitted({
      from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
      subject: 'Microsoft account unusual sign-in activity',
      body: 'We detected something unusual about a recent sign-in. Review it at https://account-live.attacker.example/review\r\n',
    }),
    envelope: 'account-security-noreply@accountprotection.microsoft.com',
    relay: EOP_OUT,
    zone: {
      'accountprotection.microsoft.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      '_dmarc.microsoft.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
      'microsoft.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      'selector1._domainkey.accountprotection.microsoft.com': KEY(),
      ...M365_SPF_ZONE,
    },
    expect: NOT_TRUSTED,
  });
  deliver({
    name: 'probe12-smuggling-webde-own-domain',
    about:
      'SMTP smuggling (SEC Consult, Dec 2023), the GMX/WEB.DE demonstration: a WEB.DE user smuggles a second message "From: WEB.DE Sicherheit <sicherheit@web.de>" with that envelope through mout.web.de to a vulnerable Postfix. web.de’s record covers its relays, so SPF and DMARC pass; the relay is WEB.DE’s own. WEB.DE signs every message it sends (d=web.de); this one is unsigned. Wanted: not trusted',
    class: cls,
    raw: submitted({
      from: 'WEB.DE Sicherheit <sicherheit@web.de>',
      subject: 'Ihr Postfach wird gesperrt',
      body: 'Bitte bestaetigen Sie Ihr Konto unter https://webde-konto.attacker.example/login\r\n',
    }),
    envelope: 'sicherheit@web.de',
    relay: MOUT_WEBDE,
    zone: {
      'web.de': { TXT: ['v=spf1 include:spf.web.de -all'] },
      'spf.web.de': { TXT: ['v=spf1 ip4:212.227.15.0/25 ip4:212.227.17.0/27 ip4:217.72.192.64/26 -all'] },
      '_dmarc.web.de': { TXT: ['v=DMARC1; p=quarantine'] },
      'dbaedf251592._domainkey.web.de': KEY(),
    },
    expect: NOT_TRUSTED,
  });
  deliver({
    name: 'probe12-smuggling-gmx-ionos-hosted-bank',
    about:
      'SMTP smuggling (SEC Consult, Dec 2023) through mout.gmx.net for a bank whose mail is hosted at IONOS ("include:_spf-eu.ionos.com", which lists United Internet’s shared relays, GMX’s among them). A GMX user smuggles "From: security@northbank.example" with that envelope; SPF passes on IONOS’s include, DMARC passes, no signature. Wanted: not trusted; a smuggled message is not "some customer of the host" but no customer at all',
    class: cls,
    raw: spoof(),
    envelope: `security@${BANK_DOMAIN}`,
    relay: MOUT_GMX,
    zone: {
      [BANK_DOMAIN]: { TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf-eu.ionos.com -all'] },
      '_spf-eu.ionos.com': {
        TXT: ['v=spf1 ip4:212.227.126.128/25 ip4:212.227.17.0/27 ip4:82.165.159.0/24 -all'],
      },
      ...BANK_DKIM_PUBLISHED,
    },
    expect: NOT_TRUSTED,
  });
}

// ---- Forward Pass: forwarders and lists re-sending a spoof; the attacker's own ARC sealer.
async function forwardPassCases(deliver: Deliver): Promise<void> {
  const cls = 'probe12-forwardpass';
  const bankM365 = {
    [BANK_DOMAIN]: { TXT: ['v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com -all'] },
    ...M365_SPF_ZONE,
    'selector1._domainkey.northbank.example': KEY(),
    'arcselector10001._domainkey.microsoft.com': KEY(),
    ...TENANT_KEY,
  };
  /** The spoof as the attacker's tenant received it: EOP's honest record of the fail on top. */
  const received365 = onTop(
    spoof(),
    ...eopResults({
      ip: ATTACKER_IP,
      mailfrom: BANK_DOMAIN,
      spf: 'fail',
      dkim: 'dkim=none (message not signed)\r\n header.d=none',
      dmarc: 'fail',
      from: BANK_DOMAIN,
      compauth: 'fail reason=000',
    }),
    eopEntry(`mail.${ATTACKER}`, ATTACKER_IP),
  );
  const msArc = (raw: string) =>
    sealCorpus(raw, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=fail (sender ip is ${ATTACKER_IP}) smtp.mailfrom=${BANK_DOMAIN}; dmarc=fail (p=reject sp=reject pct=100) action=oreject header.from=${BANK_DOMAIN}; dkim=none (message not signed); arc=none`,
    });
  {
    const sealed = await msArc(onTop(received365, ...tenantHops()));
    deliver({
      name: 'probe12-forwardpass-m365-forward-envelope-kept',
      about:
        'Forward Pass (Liu et al., IEEE S&P 2023), "forwarding from a platform the victim’s SPF includes": the attacker sends an unsigned bank spoof to a mailbox of its own Microsoft 365 tenant (tenant policy set not to honour p=reject, so EOP records dmarc=fail action=oreject and delivers), whose forwarding rule sends it on keeping the bank’s envelope (no SRS, as the paper found forwarders do; Exchange Online has rewritten most forwarding paths with SRS since 2021, so this stands for any non-SRS forwarder on a platform the bank includes). It leaves Exchange Online’s address, which the bank’s "include:spf.protection.outlook.com" authorises: SPF passes aligned. Microsoft’s own ARC set (d=microsoft.com, which HeaderLens knows) records the DMARC fail at the first hop. Wanted: not trusted (spoofed, by the sealed record)',
      class: cls,
      raw: sealed,
      envelope: `security@${BANK_DOMAIN}`,
      relay: EOP_OUT,
      zone: bankM365,
      expect: NOT_TRUSTED,
    });
  }
  {
    const sealed = await msArc(onTop(received365, ...tenantHops()));
    const signed = await signCorpus(sealed, {
      domain: TENANT,
      selector: `selector1-${TENANT.replace(/\./g, '-')}`,
    });
    deliver({
      name: 'probe12-forwardpass-m365-forward-srs-tenant-signed',
      about:
        'Forward Pass (IEEE S&P 2023) as Exchange Online forwards today: the same spoof forwarded by the attacker’s tenant with SRS (envelope bounces+SRS=…@fabrikam-billing7.onmicrosoft.com) and the tenant’s own onmicrosoft.com signature; Microsoft’s ARC set records the bank’s dmarc=fail. Nothing aligned passes for the bank, p=reject. Wanted: spoofed (a forwarder the reader never chose, whose own seal says the bank’s DMARC failed, excuses nothing)',
      class: cls,
      raw: signed,
      envelope: `bounces+SRS=k9Xq2=RT=northbank.example=security@${TENANT}`,
      relay: EOP_OUT,
      zone: {
        ...bankM365,
        [TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      },
      expect: SPOOFED,
    });
  }
  {
    // A university alias: SRS envelope, the university's own signature, no ARC.
    const inner = onTop(
      spoof(),
      received({
        helo: `mail.${ATTACKER}`,
        rdns: `mail.${ATTACKER}`,
        ip: ATTACKER_IP,
        by: 'mailfwd.uni.example',
        for: 'r.reader@alumni.uni.example',
      }),
    );
    const signed = await signCorpus(inner, { domain: 'uni.example', selector: 'fwd2024' });
    deliver({
      name: 'probe12-forwardpass-university-alias-own-dkim',
      about:
        'Forward Pass (IEEE S&P 2023), a relaxed forwarder: a university’s lifetime alias (alumni.uni.example) accepts the attacker’s unsigned bank spoof without a DMARC check and forwards it with SRS (SRS0=…=northbank.example=security@alumni.uni.example) and its own DKIM signature (d=uni.example), no ARC. The forwarder’s signature and SPF pass are for uni.example only; the bank publishes p=reject. Wanted: spoofed (the reader did not choose that forwarder; its signature vouches for nothing about the bank)',
      class: cls,
      raw: signed,
      envelope: 'SRS0=hT4e=RT=northbank.example=security@alumni.uni.example',
      relay: UNI_FWD,
      zone: {
        'alumni.uni.example': { TXT: ['v=spf1 ip4:203.0.113.0/26 -all'] },
        'uni.example': { TXT: ['v=spf1 ip4:203.0.113.0/26 -all'] },
        '_dmarc.uni.example': { TXT: ['v=DMARC1; p=none'] },
        'fwd2024._domainkey.uni.example': KEY(),
      },
      expect: SPOOFED,
    });
  }
  {
    // The attacker's own sealer writes the reader's authserv-id in its AAR.
    const sealed = await sealCorpus(spoof(), {
      domain: ATTACKER,
      selector: 'arc',
      cv: 'none',
      authResults: `${RECEIVER}; spf=pass smtp.mailfrom=${BANK_DOMAIN}; dkim=pass header.d=${BANK_DOMAIN} header.s=nb1; dmarc=pass header.from=${BANK_DOMAIN}`,
    });
    deliver({
      name: 'probe12-forwardpass-own-arc-aar-names-reader',
      about:
        'Forward Pass (IEEE S&P 2023) ARC abuse: the attacker seals its own unsigned bank spoof (d=attacker.example, its key published) with an ARC-Authentication-Results whose authserv-id is the reader’s own receiver (mx.reader.example) and records spf, dkim and dmarc pass for the bank, hoping a reader of trusted ids takes the AAR for its receiver’s record. Wanted: spoofed or suspicious, never the AAR’s pass',
      class: cls,
      raw: sealed,
      envelope: `bounce@${ATTACKER}`,
      relay: { helo: `mail.${ATTACKER}`, rdns: `mail.${ATTACKER}`, ip: ATTACKER_IP },
      zone: { [`arc._domainkey.${ATTACKER}`]: KEY() },
      expect: NOT_TRUSTED,
    });
  }
  {
    // A Gmail auto-forward of a message the attacker's own Workspace list sealed as passing.
    const listSealed = await sealCorpus(spoof(), {
      domain: 'lists.attacker.example',
      selector: 'arc',
      cv: 'none',
      authResults: `lists.attacker.example; spf=pass smtp.mailfrom=${BANK_DOMAIN}; dkim=pass header.d=${BANK_DOMAIN}; dmarc=pass header.from=${BANK_DOMAIN}`,
    });
    const googleSealed = await sealCorpus(
      onTop(
        listSealed,
        received({
          helo: 'lists.attacker.example',
          rdns: 'lists.attacker.example',
          ip: ATTACKER_IP,
          by: 'mx.google.com',
          id: 'a1b2c3',
        }),
      ),
      {
        domain: 'google.com',
        selector: 'arc-20240605',
        cv: 'pass',
        authResults: `mx.google.com; arc=pass (i=1 spf=pass spfdomain=${BANK_DOMAIN} dkim=pass dkdomain=${BANK_DOMAIN} dmarc=pass fromdomain=${BANK_DOMAIN}); spf=fail (google.com: domain of security@${BANK_DOMAIN} does not designate ${ATTACKER_IP} as permitted sender) smtp.mailfrom=security@${BANK_DOMAIN}; dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=${BANK_DOMAIN}`,
      },
    );
    deliver({
      name: 'probe12-forwardpass-gmail-forward-over-attacker-arc',
      about:
        'Forward Pass (IEEE S&P 2023) ARC chain: the attacker’s own "list" (lists.attacker.example) seals an unsigned bank spoof as i=1 recording a full pass for the bank; it sends it to a Gmail account of its own whose auto-forward (mail-sor, envelope +caf_) sends it to the reader. Gmail’s i=2 seal (d=google.com, trusted by HeaderLens) is honest: its AAR says arc=pass (i=1 claims dmarc=pass) and dmarc=fail for the bank. A reader that believes the chain because its last sealer is trusted inherits the attacker’s claim. Wanted: not trusted (spoofed: Google itself recorded the fail; the i=1 claim is the attacker’s)',
      class: cls,
      raw: googleSealed,
      envelope: 'robin.fwd+caf_=robin=reader.example@gmail.com',
      relay: GMAIL_FWD,
      zone: {
        'arc._domainkey.lists.attacker.example': KEY(),
        'lists.attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
        'arc-20240605._domainkey.google.com': KEY(),
        'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      },
      expect: NOT_TRUSTED,
    });
  }
  {
    // An open university list that keeps the author's From (no DMARC mitigation) and seals honestly.
    const posted = spoof(
      `Northbank Security <security@${BANK_DOMAIN}>`,
      mailmanHeaders('alumni', 'lists.uni.example', 'Alumni'),
    )
      .replace('Subject: Card blocked', 'Subject: [Alumni] Card blocked')
      .replace(PHISH_BODY, `${PHISH_BODY}${mailmanFooter('alumni', 'lists.uni.example', 'Alumni')}`);
    const withHop = onTop(
      posted,
      received({
        helo: `mail.${ATTACKER}`,
        rdns: `mail.${ATTACKER}`,
        ip: ATTACKER_IP,
        by: 'lists.uni.example',
      }),
    );
    const sealed = await sealCorpus(withHop, {
      domain: 'lists.uni.example',
      cv: 'none',
      authResults: `lists.uni.example; spf=fail smtp.mailfrom=${BANK_DOMAIN}; dkim=none; dmarc=fail (p=reject) header.from=${BANK_DOMAIN}`,
    });
    const signed = await signCorpus(sealed, { domain: 'lists.uni.example', selector: 'list1' });
    deliver({
      name: 'probe12-forwardpass-open-list-keeps-from-seals-fail',
      about:
        'Forward Pass (IEEE S&P 2023), mailing lists: an open university list (Mailman 2.1, no DMARC mitigation: it keeps the author’s From) takes the attacker’s unsigned bank spoof as a post and re-sends it to its members with its tag, footer, envelope and signature (d=lists.uni.example), and an honest ARC set recording the bank’s dmarc=fail. The reader has not trusted the list. Wanted: spoofed (p=reject fails; the list’s own seal says it failed before the list touched it)',
      class: cls,
      raw: signed,
      envelope: 'alumni-bounces@lists.uni.example',
      relay: { helo: 'lists.uni.example', rdns: 'lists.uni.example', ip: '203.0.113.40' },
      zone: {
        'lists.uni.example': { TXT: ['v=spf1 ip4:203.0.113.40 -all'] },
        '_dmarc.lists.uni.example': { TXT: ['v=DMARC1; p=none'] },
        'list1._domainkey.lists.uni.example': KEY(),
        'arc._domainkey.lists.uni.example': KEY(),
      },
      expect: SPOOFED,
    });
  }
}

// ---- DKIM replay of genuine notifications carrying the attacker's text.
async function replayCases(deliver: Deliver): Promise<void> {
  const cls = 'probe12-replay';
  {
    // Google's OAuth alert to the attacker's own address, signed by accounts.google.com.
    const genuine = await signCorpus(
      submitted({
        from: 'Google <no-reply@accounts.google.com>',
        to: 'me@fabrikam-billing7.example',
        subject: 'Security alert',
        date: 'Fri, 20 Nov 2026 09:41:12 +0000',
        messageId: '<tyRk1oBzZ2Q8_AlertQ@notifications.google.com>',
        body: 'A subpoena was served on Google LLC requiring the production of content of your Google Account. View case materials at https://sites.google.com/view/support-case-review-0199 (app name: "Google Legal Support: sites.google.com/view/support-case-review-0199")\r\n',
      }),
      {
        domain: 'accounts.google.com',
        selector: '20230601',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
      },
    );
    const viaTenant = await signCorpus(onTop(genuine, ...tenantHops()), {
      domain: TENANT,
      selector: `selector1-${TENANT.replace(/\./g, '-')}`,
    });
    deliver({
      name: 'probe12-replay-google-oauth-alert-via-m365-tenant',
      about:
        'DKIM replay of a genuine Google notification (reported by N. Johnson and EasyDMARC, April 2025): the attacker names an OAuth app with the lure text, so Google’s "Security alert" to the attacker’s own address (me@…) carries it, signed d=accounts.google.com over From, To and Subject; the attacker sends the untouched message on to victims (Bcc) through its Microsoft 365 tenant (envelope and extra signature of its onmicrosoft.com domain). DKIM and DMARC pass for google.com. The signed To is the attacker’s address, not the reader’s; Google never sends such alerts through someone’s Exchange Online. Wanted: not trusted ("authenticated" is what the campaign counted on)',
      class: cls,
      raw: viaTenant,
      envelope: `mallory@${TENANT}`,
      relay: EOP_OUT,
      zone: {
        '20230601._domainkey.accounts.google.com': KEY(),
        '_dmarc.google.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:mailauth-reports@google.com'] },
        'accounts.google.com': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
        [TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        ...M365_SPF_ZONE,
        ...TENANT_KEY,
      },
      expect: NOT_TRUSTED,
    });
  }
  {
    // The Google alert replayed with a Reply-To the signature does not cover.
    const genuine = await signCorpus(
      submitted({
        from: 'Google <no-reply@accounts.google.com>',
        to: 'me@fabrikam-billing7.example',
        subject: 'Security alert',
        date: 'Fri, 20 Nov 2026 09:41:12 +0000',
        messageId: '<tyRk1oBzZ2Q8_AlertR@notifications.google.com>',
        body: 'A subpoena was served on Google LLC requiring the production of content of your Google Account. Reply to this message to request a copy of the case materials.\r\n',
      }),
      {
        domain: 'accounts.google.com',
        selector: '20230601',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
      },
    );
    const withReplyTo = genuine.replace(
      '\r\nFrom: Google',
      '\r\nReply-To: Google Legal Support <legal-support.google@gmail.com>\r\nFrom: Google',
    );
    if (withReplyTo === genuine) throw new Error('no From line to put Reply-To above');
    const viaTenant = await signCorpus(onTop(withReplyTo, ...tenantHops()), {
      domain: TENANT,
      selector: `selector1-${TENANT.replace(/\./g, '-')}`,
    });
    deliver({
      name: 'probe12-replay-google-alert-added-reply-to-via-m365-tenant',
      about:
        'The Google security-alert replay (N. Johnson and EasyDMARC, April 2025) with a Reply-To the signature does not cover (Google’s h= leaves Reply-To out and does not oversign): replies go to a free mailbox named "Google Legal Support". Sent on through the attacker’s Microsoft 365 tenant. DKIM and DMARC pass for google.com. Wanted: not trusted (a Reply-To at another organisation that only an unsigned field adds)',
      class: cls,
      raw: viaTenant,
      envelope: `mallory@${TENANT}`,
      relay: EOP_OUT,
      zone: {
        '20230601._domainkey.accounts.google.com': KEY(),
        '_dmarc.google.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:mailauth-reports@google.com'] },
        'accounts.google.com': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
        [TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        ...M365_SPF_ZONE,
        ...TENANT_KEY,
      },
      expect: NOT_TRUSTED,
    });
  }
  {
    // PayPal's "new address" notice to a distribution list of the attacker's tenant.
    const genuine = await signCorpus(
      submitted({
        from: 'service@paypal.com',
        to: `billingdepartments1@${TENANT}`,
        subject: 'You added a new address',
        date: 'Fri, 20 Nov 2026 09:58:30 +0000',
        messageId: '<c0ffee12.7d1e@ccg01mail01.paypal.com>',
        body: 'You added a new shipping address: Free Leaf Purchase of $499.99 USD. If you did not make this purchase call +1 555 0199 to cancel.\r\n',
      }),
      {
        domain: 'paypal.com',
        selector: 'pp-dkim1',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
      },
    );
    const viaList = await signCorpus(onTop(genuine, ...tenantHops()), {
      domain: TENANT,
      selector: `selector1-${TENANT.replace(/\./g, '-')}`,
    });
    deliver({
      name: 'probe12-replay-paypal-notice-m365-distribution-list',
      about:
        'Genuine-notification abuse reported by Fortinet (Nov 2024): the attacker adds a "new address" to its PayPal account whose address field is the lure (a purchase and a phone number), with the notice going to a Microsoft 365 distribution list of its own tenant, which re-sends it, untouched and signed d=paypal.com, to its members (the victims), with an SRS envelope of the tenant. DKIM and DMARC pass for paypal.com. The signed To is the tenant’s list, not the reader; the relay is another organisation’s Exchange Online. Wanted: not trusted',
      class: cls,
      raw: appendHeaders(viaList, ...tenantOrgHeaders('4c1f0e2a-99b4-4b43-8f7e-3d4c2b1a0f99')),
      envelope: `bounces+SRS=Q1w2E=RT=paypal.com=service@${TENANT}`,
      relay: EOP_OUT,
      zone: {
        'pp-dkim1._domainkey.paypal.com': KEY(),
        '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
        'paypal.com': { TXT: ['v=spf1 include:pp._spf.paypal.com -all'] },
        [TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        ...M365_SPF_ZONE,
        ...TENANT_KEY,
      },
      expect: NOT_TRUSTED,
    });
  }
  {
    // Microsoft's own purchase notice, the lure in the tenant's organisation name, sent on by the attacker's server.
    const genuine = await signCorpus(
      submitted({
        from: 'Microsoft <microsoft-noreply@microsoft.com>',
        to: `admin@${TENANT}`,
        subject: 'Your Microsoft order on November 20, 2026',
        date: 'Fri, 20 Nov 2026 09:30:00 +0000',
        messageId: '<order.8842.noreply@microsoft.com>',
        body: 'Thank you for your order, Microsoft Support: call +1 555 0142 if you did not authorise a charge of $629.98. Order number 8842.\r\n',
      }),
      {
        domain: 'microsoft.com',
        selector: 's1024-meo',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
      },
    );
    deliver({
      name: 'probe12-replay-microsoft-order-tenant-name-lure',
      about:
        'Genuine-notification abuse reported by BleepingComputer (Feb 2025): the attacker sets its Microsoft 365 trial tenant’s organisation name to a callback lure, buys a licence, and Microsoft’s purchase notice (d=microsoft.com over From, To, Subject) to admin@<tenant> carries it; the attacker re-sends it unchanged from its own server to victims. DKIM and DMARC pass for microsoft.com; SPF fails for the attacker’s envelope; the signed To is the tenant’s admin. Wanted: not trusted (a rented server replaying Microsoft’s mail to someone it was not addressed to)',
      class: cls,
      raw: genuine,
      envelope: `bounce@${ATTACKER}`,
      relay: { helo: `mail.${ATTACKER}`, rdns: null, ip: '3.120.1.11' },
      zone: {
        's1024-meo._domainkey.microsoft.com': KEY(),
        '_dmarc.microsoft.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
      },
      expect: NOT_TRUSTED,
    });
  }
  {
    // EchoSpoofing: the brand's Proofpoint relays and signs what the attacker's tenant hands it.
    const inner = onTop(spoof(), ...tenantHops());
    const withTenant = await signCorpus(
      appendHeaders(inner, ...tenantOrgHeaders('7a9b1c3d-0e2f-4a6b-8c1d-5e7f9a0b2c4d')),
      {
        domain: TENANT,
        selector: `selector1-${TENANT.replace(/\./g, '-')}`,
      },
    );
    const atProofpoint = onTop(
      withTenant,
      received({
        helo: EOP_OUT.helo,
        rdns: EOP_OUT.rdns ?? 'unknown',
        ip: EOP_OUT.ip,
        by: PPHOSTED.helo,
        id: 'pp8aa1Bc',
      }),
    );
    const signed = await signCorpus(atProofpoint, { domain: BANK_DOMAIN, selector: 'nb1' });
    deliver({
      name: 'probe12-replay-echospoofing-proofpoint-relay',
      about:
        'EchoSpoofing (Guardio Labs, July 2024): the bank sends through Proofpoint, whose relay accepted mail from any Microsoft 365 tenant for the bank’s domain and DKIM-signed it as the bank. The attacker’s tenant relays a bank spoof through it: delivered from the bank’s pphosted host (in its SPF) with a valid d=northbank.example signature. Below, the message shows another tenant (fabrikam-billing7.onmicrosoft.com’s signature and Exchange hops) as its author. Everything at the entry is genuine; wanted: not trusted, if anything in the message can tell (a foreign tenant’s signature under the bank’s own)',
      class: cls,
      raw: signed,
      envelope: `security@${BANK_DOMAIN}`,
      relay: PPHOSTED,
      zone: {
        [BANK_DOMAIN]: { TXT: ['v=spf1 ip4:192.0.2.0/24 a:mx0b-00nb1234.pphosted.com -all'] },
        'nb1._domainkey.northbank.example': KEY(),
        ...TENANT_KEY,
      },
      expect: NOT_TRUSTED,
    });
  }
}

// ---- Display names and Unicode: the attacker's own domain authenticates; the name or domain deceives.
async function unicodeCases(write: CaseWriter): Promise<void> {
  const { authenticated } = attackerMail(write);
  const cls = 'probe12-unicode';
  const cases: Array<{
    name: string;
    from: string;
    about: string;
    domain?: string;
    zone?: Record<string, unknown>;
  }> = [
    {
      name: 'probe12-unicode-name-bidi-isolates-bank-address',
      from: `"\u2067elpmaxe.knabhtron@ytiruces\u2069" <notice@${ATTACKER}>`,
      about:
        'Bidi isolates (Unicode TR #9, U+2067 RIGHT-TO-LEFT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE; the "Trojan Source" family, Boucher & Anderson 2021) instead of U+202E: the display name holds the bank’s address reversed, which an RTL isolate draws as security@northbank.example. Earlier rounds probed U+202E only. Wanted: not trusted (display-name-address or invisible-characters)',
    },
    {
      name: 'probe12-unicode-name-cgj-in-brand',
      from: `"Pay\u034FPal Service" <service@${ATTACKER}>`,
      about:
        'An invisible format character inside a brand: U+034F COMBINING GRAPHEME JOINER between "Pay" and "Pal" (default-ignorable, UTS #39), so a brand match on the raw name misses "PayPal" while every client draws it. Wanted: not trusted (display-name-brand after removing default-ignorables)',
    },
    {
      name: 'probe12-unicode-name-arabic-letter-mark-in-brand',
      from: `"Pay\u061CPal" <service@${ATTACKER}>`,
      about:
        'U+061C ARABIC LETTER MARK (a bidi control since Unicode 6.3, invisible) inside "PayPal" in the display name. Wanted: not trusted (display-name-brand or invisible-characters)',
    },
    {
      name: 'probe12-unicode-name-soft-hyphen-in-brand',
      from: `"Pay\u00ADPal Resolution Center" <service@${ATTACKER}>`,
      about:
        'U+00AD SOFT HYPHEN inside "PayPal": invisible unless a line breaks there, and not in the zero-width set most filters strip. Wanted: not trusted',
    },
    {
      name: 'probe12-unicode-name-mongolian-vowel-separator-in-brand',
      from: `"Micro\u180Esoft account team" <account-security@${ATTACKER}>`,
      about:
        'U+180E MONGOLIAN VOWEL SEPARATOR (a format character since Unicode 6.3, drawn with no width) inside "Microsoft". Wanted: not trusted',
    },
    {
      name: 'probe12-unicode-name-dotless-i-combining-dot',
      from: `"M\u0131\u0307crosoft account team" <account-security@${ATTACKER}>`,
      about:
        'A combining sequence drawn as a brand: "M" + U+0131 LATIN SMALL LETTER DOTLESS I + U+0307 COMBINING DOT ABOVE + "crosoft" looks exactly like "Microsoft" (UTS #39 confusables map ı̇ to i; NFC keeps it apart). Wanted: not trusted (display-name-brand on the skeleton)',
    },
    {
      name: 'probe12-unicode-quoted-local-part-rlm-bank-address',
      from: `"Northbank" <"security@northbank.example\u200F"@${ATTACKER}>`,
      about:
        'A quoted local part holding the bank’s address and a U+200F RIGHT-TO-LEFT MARK (RFC 6532 lets UTF-8 into a quoted local part; the mark makes clients that draw bidi text set the attacker’s domain apart from what comes before). Earlier rounds quoted an ASCII address only (id-from-quoted-local-address). Wanted: not trusted (from-local-part-address or invisible-characters)',
    },
    {
      name: 'probe12-unicode-name-braille-blank-padding',
      from: `"Northbank Security${'\u2800'.repeat(40)}via secure message" <notice@${ATTACKER}>`,
      about:
        'Padding with U+2800 BRAILLE PATTERN BLANK (a letter-category symbol drawn as blank, so trimming and most invisible-character lists keep it): "Northbank Security" followed by forty blanks pushes the attacker’s address out of the sender line of phone and narrow webmail layouts (the padding trick in phishing kits reported since 2021). Wanted: not trusted (invisible-characters)',
    },
    {
      name: 'probe12-unicode-name-hangul-filler-padding',
      from: `"Northbank Security${'\u3164'.repeat(40)}" <notice@${ATTACKER}>`,
      about:
        'The same padding with U+3164 HANGUL FILLER (a Lo letter drawn as blank; UTS #39 lists it as default-ignorable in identifiers). Wanted: not trusted (invisible-characters)',
    },
    {
      name: 'probe12-unicode-idn-whole-script-cyrillic-paypal',
      from: `"PayPal" <service@${domainToASCII('раураӏ.com')}>`,
      domain: domainToASCII('раураӏ.com'),
      about:
        'A whole-script confusable IDN (UTS #39 §4, "whole-script confusables"): раураӏ.com is all Cyrillic (р а у р а and U+04CF PALOCHKA), so no mixed-script rule sees it, and clients that show U-labels for a single script draw "paypal.com". The attacker registers it (A-label in From) and authenticates it fully. Wanted: not trusted (lookalike of a known brand after mapping confusables)',
    },
    {
      name: 'probe12-unicode-idn-latin-script-g-google',
      from: `"Google" <no-reply@${domainToASCII('ɡoogle.com')}>`,
      domain: domainToASCII('ɡoogle.com'),
      about:
        'A single-script Latin confusable: ɡoogle.com with U+0261 LATIN SMALL LETTER SCRIPT G (Latin script, so no mixed-script rule; UTS #39 maps it to g), registered and authenticated by the attacker. Wanted: not trusted (lookalike-domain of google.com)',
    },
    {
      name: 'probe12-encoded-word-utf7-address-in-name',
      from: `=?UTF-7?B?${Buffer.from('security+AEA-northbank.example').toString('base64')}?= <notice@${ATTACKER}>`,
      about:
        'An RFC 2047 encoded word in UTF-7 (RFC 2152; Outlook and Thunderbird decode it): "security+AEA-northbank.example" (base64 in the word) decodes to "security@northbank.example" in the display name, while a reader that does not know the charset sees "+AEA-". Wanted: not trusted (display-name-address after decoding, or the charset itself: UTF-7 has no business in a header)',
    },
    {
      name: 'probe12-encoded-word-iso2022jp-address-in-name',
      from: `=?ISO-2022-JP?B?${Buffer.from('\u001b$B%N!<%9%P%s%/\u001b(B security@northbank.example', 'latin1').toString('base64')}?= <notice@${ATTACKER}>`,
      about:
        'An RFC 2047 encoded word in ISO-2022-JP (RFC 1468; Japanese mail clients’ default): the name "ノースバンク security@northbank.example" with the katakana between escape sequences, base64-encoded, so the bank’s address is in the decoded name only. Wanted: not trusted (display-name-address after decoding)',
    },
  ];
  for (const c of cases) {
    await authenticated({
      name: c.name,
      about: c.about,
      class: cls,
      from: c.from,
      ...(c.domain ? { domain: c.domain } : {}),
      ...(c.zone ? { zone: c.zone } : {}),
      expect: NOT_TRUSTED,
    });
  }
}
