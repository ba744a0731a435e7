// Real-mail round 184: genuine mail under second-level zones, and brand names read offline, against
// a5aaed45 (isRegistryZone reads every `com|co|net|org|biz|ltd|plc|info.<cc>` the PSL does not list
// as a registry's zone; providerPassOutsideOwner checks an offline dmarc=pass against the PSL's
// ICANN section alone) and ce747d56 (offline with nothing checked, a medium impersonation finding
// reads suspicious).
// 1. The enumeration (tldts' PSL in node_modules, every ICANN two-letter TLD, the eight words):
//    co 166 zones unlisted, com 97, net 100, org 83, biz 212, ltd 233, plc 237, info 206. Searched
//    (`find_string`) for mail addresses at the likeliest ones: `@net.hr` (10 hits: Croatian users'
//    own addresses in public seed data and contact lines, e.g. "Contact: boris-mudrinic@net.hr" in an
//    AutoHotkey module's header, "stjepan.radic@net.hr", "nekisluzbenimail@net.hr" for a Zagreb
//    children's home: Net.hr is a Croatian portal whose mailboxes people use as their own address,
//    one organisation, not a registry) and `@info.nl` (10 hits: INFO, an Amsterdam digital agency,
//    "shared-team-dimpact@info.nl" in a public municipal case-handling app's tests,
//    "testautomation@info.nl", "mailto:surf@info.nl" in SURF's access app, the npm scope
//    `@info.nl/jsxmas`: one firm). `@net.it"`, `@net.nl`, `@info.de`, `@com.it>` gave only
//    placeholders. So net.hr and info.nl are one organisation's own domain each, which the
//    new UNLISTED_REGISTRY pattern reads as registries' zones.
//    NOT confirmed: how net.hr and info.nl send (modelled: net.hr from its own server on a
//    documentation address signing d=net.hr; INFO on Microsoft 365 with its own selector1 key and
//    its app's notices through SendGrid from notifications.info.nl signed by the parent d=info.nl).
//    Registry zones with genuine firms (this round's names): co.ee, com.ne (Niger's own second level,
//    which the PSL leaves out), it.com, eu.cc.
// 2. PSL private-section registries (us.com, uk.com, eu.com, za.com, co.no, it.com) read offline:
//    SendGrid's VERP envelope on a custom return path (`bounces+<id>-<hash>-<rcpt>=<domain>@em<n>.
//    <firm>`: SendGrid's docs "Custom return path" / sender authentication, as rounds-kit's
//    SENDGRID_OUT customers), Mailchimp's VERP `bounce-mc.us21_<list>.<id>-<rcpt>@mail<n>.atl<n>.
//    rsgsv.net` (recalled from delivered Mailchimp mail, NOT confirmed byte for byte), SRS0 as
//    RFC-less convention (`SRS0=<hash>=<tt>=<domain>=<local>@<forwarder>`, libsrs2/postsrsd form,
//    realworld127/136), SES's custom MAIL FROM `bounce.<domain>` (realworld182), Google Workspace's
//    default `<domain-with-dashes>.20230601.gappssmtp.com` signature (test/corpus/legit/attached.ts).
// 3. Medium impersonation read offline with nothing checked: Exchange Online offline (EOP's
//    id-less record read only for failures), a Postfix box with no milters (no results at all).
//    Brands' own other domains: "Microsoft Rewards" <microsoftrewards@email.microsoftrewards.com>
//    (find_string "microsoftrewards.com": a public imapfilter config's contain_from list and two
//    Rewards bots' configs; customeremail.microsoftrewards.com in a Gmail search list), "AWS
//    Events" <no-reply@awscloud.com> (find_string "@awscloud.com": one mail-sorting seed list only).
//    Their relays are modelled (SFMC's 13.111.0.0/16 as realworld106 found for microsoftemail.com;
//    SES). Resellers and partners (Harbour IT, Giftfield, Lernwerk) are this round's names.
// Receivers' layouts: test/corpus/receivers.ts (Gmail, EOP, Yahoo, Dovecot LMTP) and the
// OpenDKIM/OpenDMARC/policyd-spf rows as realworld182 wrote them (learnt from mail.kernel.org's
// 2019 headers, realworld111/170). Relays: SendGrid's o1678912.outbound-mail.sendgrid.net
// [167.89.12.34] (rounds-kit), SES eu-west-1 a7-12 [54.240.7.12] (realworld172/182), Microsoft's
// EUR05-DB8 [40.107.20.100] (realworld182), Google's mail-ej1-f54.google.com [209.85.218.54]
// (Google's 209.85.128.0/17), Mailchimp's mail184.atl11.rsgsv.net [205.201.131.184] (Mailchimp's
// 205.201.128.0/20, AS14090; the host name modelled). Every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';
import { SENDGRID_OUT } from '../rounds-kit';

const BOX = ['--authserv-id', RECEIVER];
const YAHOO = ['--webmail', 'yahoo'];
const ROBIN = 'robin@reader.example';
const NOT_WARNED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };
const NOT_SPOOFED: CaseExpectation = { notVerdict: ['spoofed'] };

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; ${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

// --- Relays -------------------------------------------------------------------------------------
const SES_EU: Relay = {
  helo: 'a7-12.smtp-out.eu-west-1.amazonses.com',
  rdns: 'a7-12.smtp-out.eu-west-1.amazonses.com',
  ip: '54.240.7.12',
};
const EOP_OUT: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2100.outbound.protection.outlook.com',
  ip: '40.107.20.100',
};
const GOOGLE: Relay = {
  helo: 'mail-ej1-f54.google.com',
  rdns: 'mail-ej1-f54.google.com',
  ip: '209.85.218.54',
};
const MAILCHIMP: Relay = {
  helo: 'mail184.atl11.rsgsv.net',
  rdns: 'mail184.atl11.rsgsv.net',
  ip: '205.201.131.184',
};
/** Net.hr's own outgoing server: its name and address modelled (NOT confirmed). */
const NETHR: Relay = { helo: 'smtp.net.hr', rdns: 'smtp.net.hr', ip: '198.51.100.84' };
/** Mailchimp Transactional (Mandrill): host name modelled, in Mailchimp's 198.2.128.0/18. */
const MANDRILL: Relay = {
  helo: 'mail135-20.atl141.mandrillapp.com',
  rdns: 'mail135-20.atl141.mandrillapp.com',
  ip: '198.2.135.20',
};
/** Salesforce Marketing Cloud's mta host for Microsoft's mail (realworld106's 13.111.0.0/16). */
const SFMC: Relay = {
  helo: 'mta.email.microsoftrewards.com',
  rdns: 'mta.email.microsoftrewards.com',
  ip: '13.111.14.107',
};
/** A forwarding service's server (an alumni address forwarding with SRS). */
const FWD: Relay = { helo: 'mx1.alumni-fwd.example', rdns: 'mx1.alumni-fwd.example', ip: '203.0.113.84' };
/** A small firm's own Postfix relay. */
const OWN = (d: string, ip: string): Relay => ({ helo: `mail.${d}`, rdns: `mail.${d}`, ip });

// --- Senders ------------------------------------------------------------------------------------
const INFO = 'info.nl';
const INFO_APP = `notifications.${INFO}`;
const PUIT = 'hl184-puidukoda.co.ee';
const NIAMEY = 'hl184-sahel-transit.com.ne';
const STUDIO = 'hl184-studio.it.com';
const CAFE = 'hl184-kaffee.eu.cc';
const CLINIC = 'hl184-dentalcare.us.com';
const TILES = 'hl184-tiles.uk.com';
const FLEET = 'hl184-fleet.eu.com';
const WINES = 'hl184-wines.za.com';
const FJORD = 'hl184-fjordtur.co.no';
const BAKERY = 'hl184-bakery.us.com';
const GAPPS = 'hl184-studio-it-com.20230601.gappssmtp.com';
const SG = ['sendgrid.info', 'smtpapi'] as [string, string];

const SG_SPF = 'v=spf1 ip4:167.89.0.0/17 ip4:149.72.0.0/16 -all';
const ZONE = {
  ...[SES_EU, EOP_OUT, GOOGLE, MAILCHIMP, NETHR, FWD, SENDGRID_OUT].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {} as Record<string, unknown>,
  ),
  ...key('sendgrid.info', 'smtpapi'),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 -all'),
  ...key('amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all'),
  ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all'),
  ...txt('servers.mcsv.net', 'v=spf1 ip4:205.201.128.0/20 ip4:198.2.128.0/18 -all'),
  ...txt('net.hr', `v=spf1 ip4:${NETHR.ip} -all`),
  ...dmarc('net.hr', 'p=none'),
  ...key('net.hr', 'dkim2022'),
  ...txt(INFO, 'v=spf1 include:spf.protection.outlook.com include:sendgrid.net -all'),
  ...txt('sendgrid.net', SG_SPF),
  ...dmarc(INFO, 'p=quarantine'),
  ...key(INFO, 'selector1'),
  ...key(INFO, 's1'),
  ...txt(`em4184.${INFO_APP}`, SG_SPF),
  ...txt(`em5184.${CLINIC}`, SG_SPF),
  ...dmarc(CLINIC, 'p=quarantine'),
  ...txt(PUIT, 'v=spf1 include:sendgrid.net -all'),
  ...txt(`em6184.${PUIT}`, SG_SPF),
  ...dmarc(PUIT, 'p=quarantine'),
  ...key(PUIT, 's1'),
  ...txt(NIAMEY, 'v=spf1 include:_spf.google.com ~all'),
  ...dmarc(NIAMEY, 'p=none'),
  ...key(NIAMEY, 'google'),
  ...txt(STUDIO, 'v=spf1 include:_spf.google.com ~all'),
  ...txt(`news.${STUDIO}`, 'v=spf1 include:_spf.google.com ~all'),
  ...dmarc(STUDIO, 'p=quarantine'),
  ...key(STUDIO, 'google'),
  ...key(GAPPS, '20230601'),
  ...txt(CAFE, `v=spf1 ip4:198.51.100.185 -all`),
  ...ptr('198.51.100.185', `mail.${CAFE}`),
  ...dmarc(CAFE, 'p=none'),
  ...key(CAFE, 'mail'),
  ...txt(`bounce.news.${TILES}`, 'v=spf1 include:amazonses.com -all'),
  ...dmarc(TILES, 'p=reject'),
  ...key(TILES, 'ses1'),
  ...txt(`mg.${FLEET}`, 'v=spf1 ip4:198.51.100.186 -all'),
  ...ptr('198.51.100.186', `mail.${FLEET}`),
  ...dmarc(FLEET, 'p=none'),
  ...txt(WINES, `v=spf1 ip4:198.51.100.187 -all`),
  ...ptr('198.51.100.187', `mail.${WINES}`),
  ...dmarc(WINES, 'p=quarantine'),
  ...key(WINES, 'wines1'),
  ...txt('alumni-fwd.example', `v=spf1 ip4:${FWD.ip} -all`),
  ...txt(`bounce.${FJORD}`, 'v=spf1 include:amazonses.com -all'),
  ...dmarc(FJORD, 'p=quarantine'),
  ...key(FJORD, 'fjord1'),
  ...txt(`mail184.atl11.rsgsv.net`, 'v=spf1 ip4:205.201.131.184 -all'),
  ...dmarc(BAKERY, 'p=none'),
  ...key(BAKERY, 'k2'),
  ...key('mcsv.net', 'k3'),
  ...ptr(MANDRILL.ip, MANDRILL.rdns),
  ...txt('mandrillapp.com', 'v=spf1 ip4:198.2.128.0/18 -all'),
  ...key('mandrillapp.com', 'mandrill'),
  ...key('net.hr', 'mte1'),
  ...key(`mktg.${INFO}`, 'm1'),
  ...ptr(SFMC.ip, SFMC.rdns),
  ...txt('bounce.email.microsoftrewards.com', 'v=spf1 ip4:13.111.0.0/16 -all'),
  ...dmarc('microsoftrewards.com', 'p=reject'),
  ...key('email.microsoftrewards.com', '200608'),
  ...txt('bounce.awscloud.com', 'v=spf1 include:amazonses.com -all'),
  ...dmarc('awscloud.com', 'p=reject'),
  ...key('awscloud.com', 'awsev1'),
  ...Object.assign(
    {},
    ...['harbourit.example', 'lernwerk.example', 'giftfield.example'].map((d) => ({
      ...txt(d, 'v=spf1 include:_spf.google.com ~all'),
      ...txt(`bounce.${d}`, 'v=spf1 include:amazonses.com -all'),
      ...dmarc(d, 'p=quarantine'),
      ...key(d, 'google'),
      ...key(d, 'gf1'),
    })),
  ),
};

// --- Readers ------------------------------------------------------------------------------------
type Reader =
  | 'gmail'
  | 'gmail-offline'
  | 'outlook'
  | 'outlook-offline'
  | 'yahoo-offline'
  | 'box'
  | 'box-offline'
  | 'box-rspf-offline'
  | 'box-bare-offline';

interface Out {
  relay: Relay;
  envelope: string;
  /** The From domain. */
  from: string;
  /** Signatures in signing order (the ESP's last, on top). */
  signers: Array<[string, string]>;
  /** Signatures the provider records as passing (default: all). */
  listed?: Array<[string, string]>;
  policy: string;
  /** The provider's DMARC result (default pass). */
  dmarcResult?: string;
}

const AT = 'Fri, 20 Nov 2026 10:00:05 +0000';

function deliver(raw: string, o: Out, r: Reader, tag: string): string {
  const env = o.envelope.slice(o.envelope.lastIndexOf('@') + 1);
  const listed = o.listed ?? o.signers;
  const dm = o.dmarcResult ?? 'pass';
  if (r === 'gmail' || r === 'gmail-offline')
    return gmailDelivery(raw, {
      relay: o.relay,
      envelope: o.envelope,
      results: [
        ...listed.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(o.envelope, o.relay.ip),
        gmailDmarc(o.from, o.policy, dm),
      ].join('\r\n       '),
      ids: [`x184csp${tag}pxa`, `a184si${tag}qtb.84`],
      spf: 'pass',
      deliveredTo: true,
    });
  if (r === 'outlook' || r === 'outlook-offline') {
    const own = listed.find(([d]) => d === o.from || o.from.endsWith(`.${d}`)) ?? listed[0];
    const dkim = own
      ? `dkim=pass (signature was verified)\r\n header.d=${own[0]}`
      : 'dkim=none (message not signed)\r\n header.d=none';
    return eopDelivery(raw, { ...eopPass(o.relay, env, dkim, o.from), returnPath: o.envelope });
  }
  if (r === 'yahoo-offline')
    return yahooDelivery(raw, {
      relay: o.relay,
      envelope: o.envelope,
      results: yahooResults(listed, env, `dmarc=${dm}(p=${o.policy}) header.from=${o.from};`),
    });
  const entry = `Received: from ${o.relay.helo} (${o.relay.rdns} [${o.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zw184${tag}\r\n\tfor <${ROBIN}>; ${AT}`;
  const lmtp = dovecotLmtp(RECEIVER, o.envelope, ROBIN, `kA1bC2dE3fG4hI5jK6l184${tag}`, AT);
  if (r === 'box-bare-offline')
    // A box with no milters: Postfix's entry and Dovecot's line, no results of its own.
    return onTop(raw, `Return-Path: <${o.envelope}>`, lmtp, entry);
  const dkimRows = listed.map(
    ([d, s]) =>
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${s} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
  );
  const dmarcRow = `Authentication-Results: ${RECEIVER}; dmarc=${dm} (p=${o.policy.toLowerCase()} dis=none) header.from=${o.from}`;
  const rspf = `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${o.relay.ip}; helo=${o.relay.helo}; envelope-from=${o.envelope}; receiver=<UNKNOWN>`;
  if (r === 'box-rspf-offline')
    return onTop(raw, `Return-Path: <${o.envelope}>`, lmtp, dmarcRow, ...dkimRows, rspf, entry);
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    lmtp,
    dmarcRow,
    ...dkimRows,
    `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${o.envelope}`,
    rspf,
    entry,
  );
}

const TO: Record<Reader, string> = {
  gmail: `Robin Reader <${GMAIL_TO}>`,
  'gmail-offline': `Robin Reader <${GMAIL_TO}>`,
  outlook: 'Robin <robin@harbourline.example>',
  'outlook-offline': 'Robin <robin@harbourline.example>',
  'yahoo-offline': 'Robin <robin.reader@yahoo.com>',
  box: `Robin <${ROBIN}>`,
  'box-offline': `Robin <${ROBIN}>`,
  'box-rspf-offline': `Robin <${ROBIN}>`,
  'box-bare-offline': `Robin <${ROBIN}>`,
};
const ARGS: Record<Reader, string[]> = {
  gmail: GMAIL,
  'gmail-offline': GMAIL,
  outlook: OUTLOOK,
  'outlook-offline': OUTLOOK,
  'yahoo-offline': YAHOO,
  box: BOX,
  'box-offline': BOX,
  'box-rspf-offline': BOX,
  'box-bare-offline': BOX,
};
const SEEN: Record<Reader, string> = {
  gmail: 'Gmail, online with the sender’s zone',
  'gmail-offline': 'Gmail, offline (only Gmail’s results)',
  outlook: 'Exchange Online, online',
  'outlook-offline': 'Exchange Online, offline (EOP’s id-less record, read only for failures)',
  'yahoo-offline': 'Yahoo Mail, offline (only Yahoo’s results)',
  box: 'the reader’s Postfix box, online',
  'box-offline': 'the reader’s Postfix box, offline (OpenDMARC’s, OpenDKIM’s and an spf= row)',
  'box-rspf-offline': 'the reader’s Postfix box, offline, SPF only in policyd-spf’s Received-SPF',
  'box-bare-offline': 'the reader’s Postfix box with no milters, offline (no results at all)',
};
const offline = (r: Reader) => r.endsWith('offline');

interface Notice {
  from: string;
  subject: string;
  body: string;
  messageId: string;
  replyTo?: string;
}

/**
 * Offline in Outlook a genuine pass reads unverified by design (EOP's record counts only for
 * failures): there "authenticated" becomes "neither spoofed nor suspicious".
 */
function forReader(r: Reader, e: CaseExpectation): CaseExpectation {
  if (r !== 'outlook-offline' || e.verdict !== 'authenticated') return e;
  const { verdict: _v, ...rest } = e;
  return { ...rest, notVerdict: ['spoofed', 'suspicious'] };
}

async function genuine(
  write: CaseWriter,
  slug: string,
  n: Notice,
  o: Out,
  readers: Reader[],
  story: string,
  expect: CaseExpectation | ((r: Reader) => CaseExpectation),
  wanted: string,
): Promise<void> {
  for (const r of readers) {
    const raw = await signAll(
      submitted({
        from: n.from,
        to: TO[r],
        subject: n.subject,
        date: 'Fri, 20 Nov 2026 09:59:58 +0000',
        messageId: n.messageId,
        body: n.body,
        extraHeaders: n.replyTo ? [`Reply-To: ${n.replyTo}`] : undefined,
      }),
      o.signers,
    );
    emitCase(write, {
      name: `w184-${r}-${slug}`,
      about: `${story} Read in ${SEEN[r]}. Wanted: ${wanted}.`,
      class: 'real-mail',
      args: ARGS[r],
      eml: deliver(raw, o, r, `${slug.slice(0, 3)}${r.slice(0, 2)}${r.length}`),
      ...(offline(r) ? {} : { zone: ZONE }),
      expect: forReader(r, typeof expect === 'function' ? expect(r) : expect),
    });
  }
}

const ONLINE_AND_OFFLINE: Reader[] = [
  'gmail',
  'gmail-offline',
  'outlook',
  'yahoo-offline',
  'box',
  'box-offline',
];
const OFFLINE: Reader[] = [
  'gmail-offline',
  'outlook-offline',
  'yahoo-offline',
  'box-offline',
  'box-rspf-offline',
];

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- 1a. One organisation's own domain that the new pattern reads as a registry zone ---------
  await genuine(
    write,
    'net-hr-user-own-mailbox',
    {
      from: 'Stjepan Radić <stjepan.radic@net.hr>',
      subject: 'Fotografije s vjenčanja',
      body: 'Bok Robin,\r\n\r\nšaljem ti poveznicu na fotografije s vjenčanja.\r\n\r\nPozdrav,\r\nStjepan\r\n',
      messageId: '<20261120095958.184a1@net.hr>',
    },
    {
      relay: NETHR,
      envelope: 'stjepan.radic@net.hr',
      from: 'net.hr',
      signers: [['net.hr', 'dkim2022']],
      policy: 'NONE',
    },
    ONLINE_AND_OFFLINE,
    'Genuine: a Croatian user of Net.hr’s mailboxes (net.hr: one organisation, its users’ own addresses in public copies, e.g. stjepan.radic@net.hr, boris-mudrinic@net.hr) writes from stjepan.radic@net.hr through Net.hr’s own server (modelled), signed d=net.hr, SPF for net.hr. net.hr is not on the PSL, so HeaderLens’s new UNLISTED_REGISTRY reads it as a registry’s zone and the From domain as the zone itself.',
    AUTHENTICATED,
    'authenticated (the mailbox provider’s own aligned signature and SPF)',
  );
  await genuine(
    write,
    'info-nl-agency-m365-own-key',
    {
      from: 'Sanne de Vries <sanne.devries@info.nl>',
      subject: 'Planning sprint review 24 november',
      body: 'Hoi Robin,\r\n\r\nHierbij de planning voor de sprint review van dinsdag 24 november, 14:00.\r\n\r\nGroet,\r\nSanne\r\nINFO\r\n',
      messageId: '<AM9PR08MB7184INFO0001@AM9PR08MB7184.eurprd08.prod.outlook.com>',
    },
    {
      relay: EOP_OUT,
      envelope: 'sanne.devries@info.nl',
      from: INFO,
      signers: [[INFO, 'selector1']],
      policy: 'QUARANTINE',
    },
    ONLINE_AND_OFFLINE,
    'Genuine: INFO, an Amsterdam digital agency whose own domain is info.nl (its staff and team addresses in public repos: shared-team-dimpact@info.nl, testautomation@info.nl), on Microsoft 365 (modelled) with its own selector1 key, from EOP’s outbound host.',
    AUTHENTICATED,
    'authenticated (the firm’s own aligned signature)',
  );
  await genuine(
    write,
    'info-nl-app-subdomain-sendgrid-parent-signs',
    {
      from: 'INFO Zaaksysteem <noreply@notifications.info.nl>',
      subject: 'Nieuwe taak toegewezen: Beoordelen aanvraag',
      body: 'Beste Robin,\r\n\r\nEr is een nieuwe taak aan u toegewezen: Beoordelen aanvraag.\r\n\r\nDit is een automatisch bericht.\r\n',
      messageId: '<sg184info.abcDEF012345@geopod-ismtpd-3>',
    },
    {
      relay: SENDGRID_OUT,
      envelope: 'bounces+4184001-ab12-robin.reader=gmail.com@em4184.notifications.info.nl',
      from: INFO_APP,
      signers: [[INFO, 's1'], SG],
      policy: 'QUARANTINE',
    },
    ONLINE_AND_OFFLINE,
    `Genuine: the agency’s test/acceptance environment of a case system sends its task notices from noreply@${INFO_APP} through SendGrid (${SENDGRID_OUT.rdns}), SendGrid’s custom return path em4184.${INFO_APP} (VERP envelope), signed by the parent d=${INFO} (the domain the agency authenticated in SendGrid) beside SendGrid’s own d=sendgrid.info. Relaxed alignment (RFC 7489 §3.1.1): ${INFO_APP} and ${INFO} are one organisation.`,
    AUTHENTICATED,
    'authenticated (the parent’s aligned signature and the return path under the From)',
  );

  await genuine(
    write,
    'info-nl-app-sendgrid-default-envelope-parent-signs',
    {
      from: 'INFO Zaaksysteem <noreply@notifications.info.nl>',
      subject: 'Herinnering: taak Beoordelen aanvraag verloopt morgen',
      body: 'Beste Robin,\r\n\r\nDe taak Beoordelen aanvraag verloopt morgen.\r\n\r\nDit is een automatisch bericht.\r\n',
      messageId: '<sg184info.ghiJKL678901@geopod-ismtpd-4>',
    },
    {
      relay: SENDGRID_OUT,
      envelope: 'bounces+4184005-gh78-robin.reader=gmail.com@sendgrid.net',
      from: INFO_APP,
      signers: [[INFO, 's1'], SG],
      policy: 'QUARANTINE',
    },
    ['gmail', 'gmail-offline', 'outlook', 'outlook-offline', 'yahoo-offline', 'box', 'box-rspf-offline'],
    `Genuine: the same notices from a second SendGrid subuser without the custom return path (SendGrid's own envelope under sendgrid.net): DMARC passes only by the parent's signature d=${INFO} for From ${INFO_APP} (relaxed alignment, RFC 7489 §3.1.1; the PSL, which every provider's DMARC reads, makes info.nl the organisation).`,
    AUTHENTICATED,
    'authenticated (the parent’s aligned signature; every provider records dmarc=pass)',
  );
  await genuine(
    write,
    'info-nl-marketo-subdomain-signer',
    {
      from: 'INFO <events@info.nl>',
      subject: 'Uitnodiging: INFO Digital Talks, 10 december',
      body: 'Hoi Robin,\r\n\r\nGraag nodigen we je uit voor INFO Digital Talks op 10 december.\r\n\r\nINFO\r\n',
      messageId: '<184mkto.9a8b7c@sendgrid.net>',
    },
    {
      relay: SENDGRID_OUT,
      envelope: 'bounces+4184006-ij90-robin.reader=gmail.com@sendgrid.net',
      from: INFO,
      signers: [[`mktg.${INFO}`, 'm1'], SG],
      policy: 'QUARANTINE',
    },
    ['gmail', 'gmail-offline', 'box-rspf-offline'],
    `Genuine: the agency's event invitation from events@${INFO}, its marketing platform signing with the DKIM domain the agency chose for it, mktg.${INFO} (a subdomain of the From's own domain: Marketo's "DKIM domain" set-up, modelled), through SendGrid with SendGrid's envelope. Relaxed alignment by the PSL: mktg.${INFO} and ${INFO} are one organisation; every provider records dmarc=pass.`,
    AUTHENTICATED,
    'authenticated where the provider records dmarc=pass and online',
  );
  await genuine(
    write,
    'net-hr-service-sub-mandrill-parent-signs',
    {
      from: 'Net.hr <obavijesti@mail.net.hr>',
      subject: 'Potvrdite promjenu lozinke',
      body: 'Poštovani,\r\n\r\nzatražena je promjena lozinke za vaš korisnički račun. Ako to niste bili vi, zanemarite ovu poruku.\r\n\r\nNet.hr\r\n',
      messageId: '<184nethr.5f3a9c@mandrillapp.com>',
    },
    {
      relay: MANDRILL,
      envelope: 'bounce-md_31050184.6748a1b2.v1-3c4d5e6f7a8b9c0d@mandrillapp.com',
      from: 'mail.net.hr',
      signers: [
        ['net.hr', 'mte1'],
        ['mandrillapp.com', 'mandrill'],
      ],
      policy: 'NONE',
    },
    ['gmail', 'gmail-offline', 'outlook', 'yahoo-offline', 'box', 'box-rspf-offline'],
    'Genuine: the portal’s account notices from a service subdomain mail.net.hr through Mailchimp Transactional (Mandrill, modelled): Mandrill’s VERP envelope under mandrillapp.com, signed by the parent d=net.hr (selector mte1, Mandrill’s CNAME’d key) beside d=mandrillapp.com. DMARC passes only by the parent’s signature, aligned relaxed by the PSL (net.hr is not listed).',
    (r) => (r.startsWith('box') || r === 'gmail' || r === 'outlook' ? NOT_WARNED : AUTHENTICATED),
    'authenticated where the provider records dmarc=pass; online, with p=none, at least neither spoofed nor suspicious',
  );

  // ---- 1b. Genuine firms under unlisted registry zones -----------------------------------------
  await genuine(
    write,
    'co-ee-joinery-sendgrid-own-key',
    {
      from: `"Puidukoda OÜ" <tellimus@${PUIT}>`,
      subject: 'Tellimus 184-2207 on valmis',
      body: 'Tere Robin,\r\n\r\nTeie tellimus 184-2207 (tammepuidust riiul) on valmis ja ootab järeletulekut.\r\n\r\nPuidukoda OÜ\r\n',
      messageId: '<sg184puit.X1y2Z3@geopod-ismtpd-7>',
    },
    {
      relay: SENDGRID_OUT,
      envelope: `bounces+6184002-cd34-robin.reader=gmail.com@em6184.${PUIT}`,
      from: PUIT,
      signers: [[PUIT, 's1'], SG],
      policy: 'QUARANTINE',
    },
    ['gmail', 'gmail-offline', 'yahoo-offline', 'box-rspf-offline'],
    `Genuine: an Estonian joinery under co.ee (a privately run zone the PSL does not list, a registry zone since a5aaed45) sends its order notice through SendGrid, signed d=${PUIT} and d=sendgrid.info, custom return path em6184.${PUIT}.`,
    AUTHENTICATED,
    'authenticated',
  );
  await genuine(
    write,
    'com-ne-haulier-workspace-own-key',
    {
      from: `"Sahel Transit SARL" <contact@${NIAMEY}>`,
      subject: 'Confirmation d’enlèvement, dossier 184-NIA',
      body: 'Bonjour,\r\n\r\nNous confirmons l’enlèvement de votre envoi (dossier 184-NIA) lundi à Niamey.\r\n\r\nSahel Transit\r\n',
      messageId: '<CAHsahel184+abc@mail.gmail.com>',
    },
    {
      relay: GOOGLE,
      envelope: `contact@${NIAMEY}`,
      from: NIAMEY,
      signers: [[NIAMEY, 'google']],
      policy: 'NONE',
    },
    ['gmail', 'gmail-offline', 'outlook-offline', 'box-offline'],
    `Genuine: a haulier in Niamey under com.ne (Niger’s own commercial second level, which the PSL leaves out) on Google Workspace with its own key (selector google), from ${GOOGLE.rdns}.`,
    AUTHENTICATED,
    'authenticated',
  );
  await genuine(
    write,
    'it-com-studio-newsletter-subdomain-parent-signs',
    {
      from: `"Studio Fiore" <news@news.${STUDIO}>`,
      subject: 'Nuova collezione inverno',
      body: 'Ciao Robin,\r\n\r\nla nuova collezione inverno è online.\r\n\r\nStudio Fiore\r\n',
      messageId: '<CAFiore184news@mail.gmail.com>',
    },
    {
      relay: GOOGLE,
      envelope: `news@news.${STUDIO}`,
      from: `news.${STUDIO}`,
      signers: [[STUDIO, 'google']],
      policy: 'QUARANTINE',
    },
    ['gmail', 'gmail-offline', 'yahoo-offline', 'box-offline', 'box-rspf-offline'],
    `Genuine: a design studio under it.com (the PSL’s private section, a registry zone since a5aaed45) sends its newsletter from a subdomain news.${STUDIO} through Google Workspace, signed by the parent d=${STUDIO}.`,
    AUTHENTICATED,
    'authenticated (parent’s aligned signature)',
  );
  await genuine(
    write,
    'it-com-studio-gappssmtp-default-signature-spf-only',
    {
      from: `"Studio Fiore" <ordini@${STUDIO}>`,
      subject: 'Conferma ordine 184-77',
      body: 'Ciao Robin,\r\n\r\nabbiamo ricevuto il tuo ordine 184-77.\r\n\r\nStudio Fiore\r\n',
      messageId: '<CAFiore184ord@mail.gmail.com>',
    },
    {
      relay: GOOGLE,
      envelope: `ordini@${STUDIO}`,
      from: STUDIO,
      signers: [[GAPPS, '20230601']],
      policy: 'QUARANTINE',
    },
    OFFLINE,
    `Genuine: the same studio’s order desk before it set up its own key: Google Workspace signs with its default d=${GAPPS}, DMARC passes by SPF for ${STUDIO} alone.`,
    NOT_WARNED,
    'neither spoofed nor suspicious (the provider’s pass rests on the studio’s own SPF)',
  );
  await genuine(
    write,
    'eu-cc-cafe-own-server',
    {
      from: `"Kaffeehaus Lind" <info@${CAFE}>`,
      subject: 'Ihre Tischreservierung',
      body: 'Guten Tag,\r\n\r\nIhre Reservierung für Samstag, 19:00, 4 Personen, ist bestätigt.\r\n\r\nKaffeehaus Lind\r\n',
      messageId: `<20261120095958.184cafe@mail.${CAFE}>`,
    },
    {
      relay: OWN(CAFE, '198.51.100.185'),
      envelope: `info@${CAFE}`,
      from: CAFE,
      signers: [[CAFE, 'mail']],
      policy: 'NONE',
    },
    ['gmail', 'gmail-offline', 'box', 'box-offline'],
    `Genuine: a café under eu.cc (the PSL’s private section) mails from its own Postfix server, signed d=${CAFE}.`,
    AUTHENTICATED,
    'authenticated',
  );

  // ---- 2. PSL private-section registries read offline ---------------------------------------
  await genuine(
    write,
    'us-com-dental-sendgrid-esp-signature-only-verp',
    {
      from: `"Brightwater Dental Care" <appointments@${CLINIC}>`,
      subject: 'Appointment reminder: Tue 24 Nov, 9:30',
      body: 'Hello Robin,\r\n\r\nA reminder of your check-up on Tuesday 24 November at 9:30.\r\n\r\nBrightwater Dental Care\r\n',
      messageId: '<sg184dent.Qw3rTy@geopod-ismtpd-2>',
    },
    {
      relay: SENDGRID_OUT,
      envelope: `bounces+5184003-ef56-robin.reader=gmail.com@em5184.${CLINIC}`,
      from: CLINIC,
      signers: [SG],
      policy: 'QUARANTINE',
    },
    OFFLINE,
    `Genuine: a dental practice under us.com (CentralNic’s, the PSL’s private section) sends reminders through SendGrid having set up only the return path: SendGrid’s own d=sendgrid.info is the only signature, DMARC passes by SPF for the VERP envelope under em5184.${CLINIC}.`,
    NOT_WARNED,
    'neither spoofed nor suspicious (the provider’s pass rests on SPF for the practice’s own return path)',
  );
  await genuine(
    write,
    'uk-com-tiles-ses-news-subdomain-parent-signs',
    {
      from: `"Harbour Tiles" <offers@news.${TILES}>`,
      subject: 'Winter offers: 15% on porcelain',
      body: 'Hello Robin,\r\n\r\n15% off porcelain tiles until 30 November.\r\n\r\nHarbour Tiles\r\n',
      messageId: '<0102019a184d-tiles-news@eu-west-1.amazonses.com>',
    },
    {
      relay: SES_EU,
      envelope: `0102019a184d-0000@bounce.news.${TILES}`,
      from: `news.${TILES}`,
      signers: [
        [TILES, 'ses1'],
        ['amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'],
      ],
      policy: 'REJECT',
    },
    OFFLINE,
    `Genuine: a tile shop under uk.com sends offers from news.${TILES} through SES: Easy DKIM for the parent d=${TILES} beside SES’s d=amazonses.com, custom MAIL FROM bounce.news.${TILES}.`,
    AUTHENTICATED,
    'authenticated (the parent’s signature aligns relaxed)',
  );
  await genuine(
    write,
    'eu-com-fleet-mailgun-spf-only',
    {
      from: `"Fleetwise Europe" <service@${FLEET}>`,
      subject: 'Service due: vehicle NL-184-KX',
      body: 'Hello Robin,\r\n\r\nVehicle NL-184-KX is due for its service next week.\r\n\r\nFleetwise Europe\r\n',
      messageId: `<20261120095958.184fleet@mg.${FLEET}>`,
    },
    {
      relay: OWN(FLEET, '198.51.100.186'),
      envelope: `bounce+a1b2c3.184-robin=reader.example@mg.${FLEET}`,
      from: FLEET,
      signers: [],
      policy: 'NONE',
    },
    ['gmail-offline', 'yahoo-offline', 'box-offline', 'box-rspf-offline'],
    `Genuine: a fleet manager under eu.com (the PSL’s private section) sends unsigned service reminders from its own relay with a VERP envelope under mg.${FLEET}; DMARC passes by SPF alone.`,
    NOT_WARNED,
    'neither spoofed nor suspicious',
  );
  await genuine(
    write,
    'za-com-wines-srs-forward-own-signature',
    {
      from: `"Karoo Wines" <orders@${WINES}>`,
      subject: 'Your order 184-31 has shipped',
      body: 'Dear Robin,\r\n\r\nyour order 184-31 (6 bottles) has shipped.\r\n\r\nKaroo Wines\r\n',
      messageId: `<20261120095958.184wine@mail.${WINES}>`,
    },
    {
      relay: FWD,
      envelope: `SRS0=Hk2p=TZ=${WINES}=orders@alumni-fwd.example`,
      from: WINES,
      signers: [[WINES, 'wines1']],
      policy: 'QUARANTINE',
    },
    ['gmail-offline', 'yahoo-offline', 'box-offline', 'box-rspf-offline'],
    `Genuine: a wine shop under za.com writes to the reader’s alumni address, which forwards with SRS (envelope SRS0=…=${WINES}=orders@alumni-fwd.example); the shop’s own d=${WINES} signature survives, SPF passes for the forwarder.`,
    AUTHENTICATED,
    'authenticated (the shop’s own signature)',
  );
  await genuine(
    write,
    'co-no-fjord-ses-bounce-subdomain-own-key',
    {
      from: `"Fjordtur" <booking@${FJORD}>`,
      subject: 'Bekreftelse: fjordcruise lørdag',
      body: 'Hei Robin,\r\n\r\nDin billett til fjordcruiset lørdag kl. 10:00 er bekreftet.\r\n\r\nFjordtur\r\n',
      messageId: '<0102019a184e-fjord@eu-west-1.amazonses.com>',
    },
    {
      relay: SES_EU,
      envelope: `0102019a184e-0000@bounce.${FJORD}`,
      from: FJORD,
      signers: [
        [FJORD, 'fjord1'],
        ['amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'],
      ],
      listed: [['amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n']],
      policy: 'QUARANTINE',
    },
    ['gmail-offline', 'yahoo-offline', 'box-rspf-offline'],
    `Genuine: a fjord-cruise firm under co.no sends bookings through SES with a bounce subdomain bounce.${FJORD}; the provider’s results name only SES’s d=amazonses.com beside SPF (the firm’s own d=${FJORD} signature left out of the record, as a provider that lists one passing signature writes it).`,
    NOT_WARNED,
    'neither spoofed nor suspicious',
  );
  await genuine(
    write,
    'us-com-bakery-mailchimp-verp-own-key',
    {
      from: `"Maple Street Bakery" <hello@${BAKERY}>`,
      subject: 'This week: pumpkin loaf is back',
      body: 'Hi Robin,\r\n\r\nPumpkin loaf is back this week.\r\n\r\nMaple Street Bakery\r\n',
      messageId: '<184a.bakery@mail184.atl11.rsgsv.net>',
    },
    {
      relay: MAILCHIMP,
      envelope: 'bounce-mc.us21_1841841.7654321-robin.reader=gmail.com@mail184.atl11.rsgsv.net',
      from: BAKERY,
      signers: [
        [BAKERY, 'k2'],
        ['mcsv.net', 'k3'],
      ],
      policy: 'NONE',
    },
    ['gmail-offline', 'yahoo-offline', 'box-offline'],
    `Genuine: a bakery under us.com sends its newsletter through Mailchimp: its own d=${BAKERY} (selector k2, Mailchimp’s CNAME) and Mailchimp’s d=mcsv.net, Mailchimp’s VERP envelope on mail184.atl11.rsgsv.net.`,
    AUTHENTICATED,
    'authenticated (the bakery’s own signature)',
  );

  // ---- 3. Medium impersonation read offline with nothing checked --------------------------------
  const brandNames: Array<[string, Notice, Out, string, CaseExpectation, string]> = [
    [
      'microsoft-partner-reseller-workspace',
      {
        from: '"Harbour IT | Microsoft Solutions Partner" <licensing@harbourit.example>',
        subject: 'Your Microsoft 365 Business Premium renewal',
        body: 'Hello Robin,\r\n\r\nyour 25 Business Premium licences renew on 1 December. Reply to change the count.\r\n\r\nHarbour IT\r\n',
        messageId: '<CAHarbour184ren@mail.gmail.com>',
      },
      {
        relay: GOOGLE,
        envelope: 'licensing@harbourit.example',
        from: 'harbourit.example',
        signers: [['harbourit.example', 'google']],
        policy: 'QUARANTINE',
      },
      'a Microsoft reseller names itself "Microsoft Solutions Partner" (the programme’s own title) in its From, on its own Workspace domain, signed d=harbourit.example',
      NOT_SPOOFED,
      'never spoofed; suspicious offline with nothing checked is the design (a brand on another’s address)',
    ],
    [
      'gift-card-reseller-amazon-egift',
      {
        from: '"Amazon eGift Card via Giftfield" <delivery@giftfield.example>',
        subject: 'Sam sent you an Amazon.co.uk eGift Card',
        body: 'Hi Robin,\r\n\r\nSam sent you a £25 Amazon.co.uk eGift Card with the message "Happy birthday!".\r\n\r\nRedeem it at amazon.co.uk/redeem with the code in the attached card.\r\n\r\nGiftfield\r\n',
        messageId: '<0102019a184f-gift@eu-west-1.amazonses.com>',
      },
      {
        relay: SES_EU,
        envelope: '0102019a184f-0000@bounce.giftfield.example',
        from: 'giftfield.example',
        signers: [
          ['giftfield.example', 'gf1'],
          ['amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'],
        ],
        policy: 'QUARANTINE',
      },
      'a gift-card reseller (modelled) names the card it delivers ("Amazon eGift Card via Giftfield") in its From, through SES, signed d=giftfield.example',
      NOT_SPOOFED,
      'never spoofed; suspicious offline with nothing checked is the design',
    ],
    [
      'google-for-education-partner',
      {
        from: '"Google for Education Partner | Lernwerk" <team@lernwerk.example>',
        subject: 'Einladung: Chromebook-Workshop für Lehrkräfte',
        body: 'Liebe Kolleginnen und Kollegen,\r\n\r\nwir laden Sie zum Chromebook-Workshop am 2. Dezember ein.\r\n\r\nLernwerk\r\n',
        messageId: '<CALernwerk184@mail.gmail.com>',
      },
      {
        relay: GOOGLE,
        envelope: 'team@lernwerk.example',
        from: 'lernwerk.example',
        signers: [['lernwerk.example', 'google']],
        policy: 'NONE',
      },
      'a Google for Education partner names the programme in its From, on its own Workspace domain',
      NOT_SPOOFED,
      'never spoofed; suspicious offline with nothing checked is the design',
    ],
  ];
  for (const [slug, n, o, story, expect, wanted] of brandNames)
    await genuine(
      write,
      slug,
      n,
      o,
      ['gmail', 'gmail-offline', 'outlook', 'outlook-offline', 'box-bare-offline'],
      `Genuine: ${story}.`,
      expect,
      wanted,
    );

  // A brand's own other domains, missing from BRANDS.
  await genuine(
    write,
    'microsoft-rewards-own-domain-sfmc',
    {
      from: 'Microsoft Rewards <microsoftrewards@email.microsoftrewards.com>',
      subject: 'You have 4,184 points: redeem them before they expire',
      body: 'Hi Robin,\r\n\r\nyou have 4,184 Microsoft Rewards points. Redeem them for gift cards or donations.\r\n\r\nMicrosoft Rewards\r\n',
      messageId: '<184rewards.a1b2c3@mta.email.microsoftrewards.com>',
    },
    {
      relay: SFMC,
      envelope: 'bounce-184_HTML-1234567-890123-4567890-12@bounce.email.microsoftrewards.com',
      from: 'email.microsoftrewards.com',
      signers: [['email.microsoftrewards.com', '200608']],
      policy: 'REJECT',
    },
    ['gmail', 'gmail-offline', 'outlook-offline', 'box-bare-offline'],
    'Genuine: Microsoft Rewards’ points notice from microsoftrewards@email.microsoftrewards.com (the sender address in public mail filters and Rewards bots’ configs, find_string "microsoftrewards.com"), sent as Microsoft’s marketing mail is, through Salesforce Marketing Cloud (realworld106’s layout for microsoftemail.com, modelled here), signed d=email.microsoftrewards.com. microsoftrewards.com is Microsoft’s own domain, not in BRANDS.',
    NOT_WARNED,
    'neither spoofed nor suspicious (the brand’s own domain; offline with nothing checked, unverified)',
  );
  await genuine(
    write,
    'aws-events-awscloud-own-domain-ses',
    {
      from: 'AWS Events <no-reply@awscloud.com>',
      subject: 'AWS Summit Amsterdam: your registration',
      body: 'Hello Robin,\r\n\r\nthank you for registering for the AWS Summit.\r\n\r\nAWS Events\r\n',
      messageId: '<0102019a1850-awsev@eu-west-1.amazonses.com>',
    },
    {
      relay: SES_EU,
      envelope: '0102019a1850-0000@bounce.awscloud.com',
      from: 'awscloud.com',
      signers: [
        ['awscloud.com', 'awsev1'],
        ['amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'],
      ],
      policy: 'REJECT',
    },
    ['gmail', 'gmail-offline', 'outlook-offline'],
    'Genuine: AWS’s events desk as a public mail-sorting seed lists it ("AWS Events", no-reply@awscloud.com; NOT confirmed beyond that list), through SES, signed d=awscloud.com. awscloud.com is Amazon’s own domain, not in BRANDS.',
    NOT_WARNED,
    'neither spoofed nor suspicious',
  );

  // The reader's own organisation's IT desk, on the reader's own box with no milters: its notice
  // names Microsoft 365, from the organisation's own server.
  await genuine(
    write,
    'own-it-desk-microsoft-365-notice-bare-box',
    {
      from: '"Microsoft 365 Support | Reader IT" <it-support@reader.example>',
      subject: 'Planned maintenance: Microsoft 365 sign-in, Saturday 06:00',
      body: 'Dear colleagues,\r\n\r\nMicrosoft 365 sign-in will be unavailable on Saturday from 06:00 to 07:00 for planned maintenance.\r\n\r\nReader IT\r\n',
      messageId: '<20261120095958.184it@mail.reader.example>',
    },
    {
      relay: OWN('reader.example', '192.0.2.184'),
      envelope: 'it-support@reader.example',
      from: 'reader.example',
      signers: [],
      policy: 'NONE',
    },
    ['box-bare-offline'],
    'Genuine: the reader’s own IT desk announces maintenance from its own mail server (unsigned) to the reader’s Postfix box with no milters; the name says "Microsoft 365 Support".',
    NOT_SPOOFED,
    'never spoofed (nothing was checked; the name is the desk’s)',
  );
}

// PENDING (21 cases, 3 groups). Everything else reads as wanted: net.hr and info.nl mail whose
// From is the zone itself or whose SPF aligns under the From (authenticated everywhere); firms under
// co.ee, com.ne, it.com, eu.cc; the private-section registries offline with only an ESP's signature
// listed (us.com SendGrid VERP), a parent's (uk.com SES), SPF only (eu.com VERP, it.com gappssmtp),
// SRS (za.com), a bounce subdomain with only SES's signature listed (co.no), Mailchimp VERP (us.com).
// A. GENUINE MAIL READ SPOOFED (a regression of a5aaed45): w184-{gmail,gmail-offline,outlook,
//    yahoo-offline,box,box-rspf-offline}-info-nl-app-sendgrid-default-envelope-parent-signs. INFO's
//    app mails From noreply@notifications.info.nl through SendGrid with SendGrid's own envelope,
//    signed by the parent d=info.nl: every provider records dmarc=pass (the PSL does not list
//    info.nl, so info.nl is the organisation). Reads spoofed (dmarc-fail high; online
//    dkim-unaligned, provider-disagreement). B. the same shape at p=none: w184-{gmail,gmail-offline,
//    yahoo-offline,box,box-rspf-offline}-net-hr-service-sub-mandrill-parent-signs (From
//    obavijesti@mail.net.hr, d=net.hr beside d=mandrillapp.com, Mandrill's envelope) reads
//    suspicious (dmarc-fail medium); wanted authenticated offline where the provider says pass,
//    neither spoofed nor suspicious online. At fault: lib/dns/registrable.ts isRegistryZone
//    (UNLISTED_REGISTRY takes every unlisted com|co|net|org|biz|ltd|plc|info.<cc> for a registry:
//    net.hr, Net.hr's own, and info.nl, INFO's own, are single organisations), read online by
//    lib/auth/dmarc.ts checkDmarc (`onSuffix` true for info.nl, so only names of ownOrg =
//    notifications.info.nl align, and d=info.nl, the zone itself, has no organisation) and offline
//    by lib/findings/auth-state.ts alignsWithFrom inside providerPassOutsideOwner (d=info.nl is
//    inside the widest organisation info.nl, listed, and does not align: the provider's pass is
//    dropped). A'. w184-{gmail,gmail-offline,box-rspf-offline}-info-nl-marketo-subdomain-signer
//    (From events@info.nl, signed only by the subdomain the firm chose for its marketing platform,
//    d=mktg.info.nl, SendGrid's envelope) reads spoofed the same way: mktg.info.nl is "another
//    registrant" of "the registry" info.nl.
//    Smallest fix that keeps probe192 caught: replace the blanket UNLISTED_REGISTRY pattern (it
//    takes 1,334 zones: 166 co, 97 com, 100 net, 83 org, 212 biz, 233 ltd, 237 plc, 206 info, by
//    tldts) with an explicit set of zones known to be sold to the public and unlisted: co.ee,
//    com.ne, com.mz (probe192 P0, publicsuffix/list#343's "missing extensions"), beside com.be
//    already in REGISTRY_SUFFIXES. It fixes A, A' and B. probe192's it.com/co.cz groups do not touch
//    the pattern (both are on the PSL's private section). The lead should grep the adversarial
//    corpus for other unlisted <word>.<cc> zones (make/CI not run here). A narrower patch that
//    keeps the pattern (a pass for the zone's own name aligns relaxed with names under it, in
//    checkDmarc's `aligns` and in alignsWithFrom: only the zone's holder can publish a key or SPF
//    at the zone itself) fixes A and B but not A' (a child signing for the zone's own From cannot be
//    allowed: in a real registry zone a stranger's child would then align with the registry's own
//    hostmaster@). Could hurt: a genuinely sold unlisted zone left off the list keeps the old
//    sibling weakness (round 192's), as before a5aaed45.
// C. A brand's own other domains, missing from lib/findings/domains.ts BRANDS:
//    w184-{gmail,gmail-offline,outlook-offline,box-bare-offline}-microsoft-rewards-own-domain-sfmc
//    ("Microsoft Rewards" <microsoftrewards@email.microsoftrewards.com>) and
//    w184-{gmail,gmail-offline,outlook-offline}-aws-events-awscloud-own-domain-ses ("AWS Events"
//    <no-reply@awscloud.com>) read suspicious (display-name-brand medium), online beside the pass as
//    offline. Not ce747d56's doing (online is suspicious too): fix by adding microsoftrewards.com to
//    Microsoft's and awscloud.com to Amazon's domains (isBrandDomain). Could hurt: their labels
//    become look-alike targets (a firm's awsclouds.example would read as a look-alike).
// Read right and by design (not pending): resellers and partners naming a brand ("Harbour IT |
// Microsoft Solutions Partner", "Amazon eGift Card via Giftfield", "Google for Education Partner |
// Lernwerk") read suspicious offline with nothing checked (Outlook offline, a bare box) AND online
// beside their DMARC pass (authenticated-with-concerns): ce747d56 changed none of them from
// authenticated. No case found where a medium impersonation finding stands offline but not online
// (the findings do not depend on the mode; verifiedSenderVia's dmarc pass does, but a name naming
// an address is display-name-address, high, already suspicious before ce747d56). The reader's own IT
// desk naming "Microsoft 365 Support" on a box with no milters reads suspicious: acceptable (its
// domain is the reader's, which any forger writes on an unchecked box).
// Fixed on 2026-12-07 at 08:0x: A, A' and B (lib/dns/registrable.ts: the pattern of registry-like
// second levels replaced by a list, as proposed; info.nl and net.hr are their firms' again) and C
// (microsoftrewards.com and awscloud.com added to Microsoft's and Amazon's domains in BRANDS).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
