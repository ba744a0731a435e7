// Real-world delivery shapes, hundred-and-fifty-seventh round: genuine newsletters and
// transactional mail from regional email platforms that lib/relay/providers-esp.ts does not name,
// sent with the customer's own d= and the platform's return path: CleverReach (Germany) from its
// own 194.42.96.0/23 and from the /29 it rents at Hetzner, Emarsys (SAP) from its own emsmtp.com
// relays, Alibaba Cloud DirectMail and Tencent Cloud SES out of their clouds' own address space.
// Readers: an employee of Tidewater (tidewater.example) in Gmail, Exchange Online and the firm's
// Postfix box, and a private Yahoo box. Attack twins: an outsider's own CleverReach / DirectMail
// account sending under a genuine customer's From (DMARC fails at p=reject: spoofed).
// Where the layouts were learnt (`search` code corpus, find_string), and what was not:
// - CleverReach: spf.crsend.com reversed into 178.77.121.128/26, 158.69.163.48/29,
//   46.4.238.128/29, 194.42.96.0/23 (an iptables script "reversed from spf:spf.crsend.com");
//   customers publish include:spf.crsend.com and a DKIM key at crsend._domainkey (a Swiss club's DNS
//   notes, a Terraform zone); Message-ID <…@bounce-eu2.crsend.com> and List-Unsubscribe on
//   <id>.seu2.cleverreach.com (geeks4change untrack-email-analyzer's CleverreachMatcher). NOT
//   confirmed: the PTR names (modelled mta-<n>.crsend.com), the envelope (modelled
//   bounce-…@bounce-eu2.crsend.com, matching the Message-ID host), which /23 address sends.
// - Emarsys: "Received: from uspmta167011.emsmtp.com (uspmta167011.emsmtp.com [212.69.167.11])"
//   in a Yandex header-parser test; return_path_domain "xpressus.emsmtp.com" in an Emarsys API
//   client's test payload; customers' SPF "include:emarsys.net include:emsmtp.com" (Emarsys help
//   text and an SPF checker); selector emarsys1 (a Chinese SAP Emarsys blog). The emsmtp.com SPF
//   record's ranges are modelled (212.69.160.0/20 around the confirmed address).
// - Alibaba Cloud DirectMail: include:spf1.dm.aliyun.com (DirectMail API SDK examples), MX
//   mx01.dm.aliyun.com, DKIM at aliyun-cn-hangzhou._domainkey (a real zone listing). NOT confirmed:
//   its outbound addresses and PTRs (modelled in Alibaba's 47.246.0.0/16 with a dm.aliyun.com name)
//   and the envelope (modelled as the customer's own sending subdomain, which the console verifies).
// - Tencent Cloud SES: include:qcloudmail.com and DKIM at qcloud._domainkey (Tencent's own docs in
//   Chinese, Korean, Japanese; several zones); SMTP gz-smtp.qcloudmail.com. NOT confirmed: outbound
//   addresses and PTRs (modelled in 43.135.0.0/16 with a qcloudmail.com name) and the envelope.
// Names and addresses are documentation ones except the platforms' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  EOP_UNSIGNED,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

// --- Platforms' relays -----------------------------------------------------------------------
const CLEVERREACH: Relay = { helo: 'mta-96-37.crsend.com', rdns: 'mta-96-37.crsend.com', ip: '194.42.96.37' };
/** CleverReach's /29 inside Hetzner's network (listed in spf.crsend.com). */
const CLEVERREACH_HZ: Relay = {
  helo: 'mta-238-130.crsend.com',
  rdns: 'mta-238-130.crsend.com',
  ip: '46.4.238.130',
};
const EMARSYS: Relay = {
  helo: 'uspmta167011.emsmtp.com',
  rdns: 'uspmta167011.emsmtp.com',
  ip: '212.69.167.11',
};
const DIRECTMAIL: Relay = {
  helo: 'out246-88.dm.aliyun.com',
  rdns: 'out246-88.dm.aliyun.com',
  ip: '47.246.88.21',
};
const TENCENT: Relay = {
  helo: 'smtpbg157.qcloudmail.com',
  rdns: 'smtpbg157.qcloudmail.com',
  ip: '43.135.157.21',
};

const TW = 'tidewater.example';
/** A German furniture retailer on CleverReach. */
const OST = 'ostwind-moebel.example';
/** A travel firm on Emarsys, sending from its news subdomain. */
const DAWN = 'dawntravel.example';
/** A Chinese electronics shop on DirectMail (mail. subdomain) and Tencent SES (notice. subdomain). */
const HUA = 'hualan-shop.example';
/** The outsider's own platform accounts. */
const EVIL = 'ostwind-angebote.example';

const ZONE = {
  ...ptr(CLEVERREACH.ip, CLEVERREACH.rdns),
  ...ptr(CLEVERREACH_HZ.ip, CLEVERREACH_HZ.rdns),
  ...ptr(EMARSYS.ip, EMARSYS.rdns),
  ...ptr(DIRECTMAIL.ip, DIRECTMAIL.rdns),
  ...ptr(TENCENT.ip, TENCENT.rdns),
  ...M365_SPF_ZONE,
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt(
    'spf.crsend.com',
    'v=spf1 ip4:178.77.121.128/26 ip4:158.69.163.48/29 ip4:46.4.238.128/29 ip4:194.42.96.0/23 -all',
  ),
  ...txt('bounce-eu2.crsend.com', 'v=spf1 include:spf.crsend.com -all'),
  ...txt('emsmtp.com', 'v=spf1 ip4:212.69.160.0/20 ~all'),
  ...txt('xpressus.emsmtp.com', 'v=spf1 include:emsmtp.com ~all'),
  ...txt('spf1.dm.aliyun.com', 'v=spf1 ip4:47.246.0.0/16 ip4:115.124.28.0/22 -all'),
  ...txt('qcloudmail.com', 'v=spf1 ip4:43.135.0.0/16 ip4:162.62.52.0/24 -all'),
  // The reader's firm (Google Workspace).
  ...txt(TW, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc(TW, 'reject'),
  // CleverReach customer: its own domain for From, CleverReach's envelope, d= own (crsend selector).
  ...txt(OST, 'v=spf1 include:_spf.google.com include:spf.crsend.com -all'),
  ...dmarc(OST, 'reject'),
  ...key(OST, 'crsend'),
  // Emarsys customer: news.dawntravel.example From, xpressus.emsmtp.com envelope, d=news subdomain.
  ...txt(`news.${DAWN}`, 'v=spf1 include:emarsys.net include:emsmtp.com ~all'),
  ...txt('emarsys.net', 'v=spf1 ip4:212.69.160.0/20 ~all'),
  ...dmarc(DAWN, 'quarantine'),
  ...key(`news.${DAWN}`, 'emarsys1'),
  // DirectMail and Tencent SES customer: envelope on its own verified sending subdomains.
  ...txt(`mail.${HUA}`, 'v=spf1 include:spf1.dm.aliyun.com -all'),
  ...key(`mail.${HUA}`, 'aliyun-cn-hangzhou'),
  ...txt(`notice.${HUA}`, 'v=spf1 include:qcloudmail.com ~all'),
  ...key(`notice.${HUA}`, 'qcloud'),
  ...dmarc(HUA, 'reject'),
  // The outsider's own accounts on CleverReach and DirectMail, its domain verified on both.
  ...txt(EVIL, 'v=spf1 include:spf.crsend.com include:spf1.dm.aliyun.com -all'),
  ...dmarc(EVIL, 'none'),
  ...key(EVIL, 'crsend'),
  ...key(EVIL, 'aliyun-cn-hangzhou'),
};

const BOX = `mail.${TW}`;
const ROBIN = `robin.reader@${TW}`;
/** The reader's private Yahoo box, where shop and travel newsletters also reach. */
const ROBIN_YAHOO = 'robin.reader@yahoo.example';

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
  /** Whether SPF passes for the envelope at this relay (default: yes). */
  spfFails?: boolean;
  /** DMARC's result for the From domain (default: pass). */
  dmarcResult?: 'pass' | 'fail';
}

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';

const rcptOf = (reader: Reader) => (reader === 'yahoo' ? ROBIN_YAHOO : ROBIN);

const signed = (s: Sent, reader: Reader) =>
  signAll(
    submitted({
      from: s.from,
      to: rcptOf(reader),
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );

async function deliver(s: Sent, reader: Reader, n: string): Promise<string> {
  const raw = await signed(s, reader);
  const rcpt = rcptOf(reader);
  const [d, sel] = s.signers[0] ?? ['', ''];
  const fromDomain = domainOf(s.from);
  const spf = s.spfFails ? 'fail' : 'pass';
  const dm = s.dmarcResult ?? 'pass';
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...(d ? [gmailDkim(d, sel)] : []),
        gmailSpf(s.envelope, s.relay.ip, spf),
        gmailDmarc(fromDomain, s.policy, dm),
      ].join('\r\n       '),
      ids: [`x157csp${n}pxb`, `a157si${n}qtc.157`],
      spf,
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, {
      ...eopPass(
        s.relay,
        domainOf(s.envelope),
        d ? `dkim=pass (signature was verified)\r\n header.d=${d}` : EOP_UNSIGNED,
        fromDomain,
      ),
      returnPath: s.envelope,
    });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: `${s.signers.map(([sd, ss]) => `dkim=pass header.i=@${sd} header.s=${ss};`).join('\r\n ')}\r\n spf=${spf} smtp.mailfrom=${domainOf(s.envelope)};\r\n dmarc=${dm}(p=${s.policy.toUpperCase()}) header.from=${fromDomain};`,
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB157${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=${dm} (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=${spf} smtp.mailfrom=${s.envelope}`,
    `Received-SPF: ${spf === 'pass' ? 'Pass' : 'Fail'} (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw157${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader, org: string | null = TW) => [
  ...(reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : reader === 'yahoo'
        ? ['--webmail', 'yahoo']
        : ['--authserv-id', BOX]),
  ...(org ? ['--recipient-domain', org] : []),
];

// --- Senders ----------------------------------------------------------------------------------
const unsub = (url: string, mail: string) => [
  `List-Unsubscribe: <${url}>, <mailto:${mail}>`,
  'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
];

/** CleverReach newsletter: the customer's From and d=, CleverReach's envelope and Message-ID. */
const cleverreach = (
  from: string,
  signer: [string, string],
  relay: Relay,
  n: string,
  subject: string,
): Sent => ({
  from,
  envelope: `bounce-121070-157${n}-14141611@bounce-eu2.crsend.com`,
  relay,
  signers: [signer],
  policy: 'REJECT',
  subject,
  body: `Guten Tag,\r\n\r\nunsere Winterkollektion ist da: Sofas, Sessel und Leuchten bis zu 30 % reduziert.\r\n\r\nJetzt entdecken: https://www.${OST}/winter\r\n\r\nSie erhalten diesen Newsletter, weil Sie sich bei Ostwind Moebel angemeldet haben.\r\nAbmelden: https://121070.seu2.cleverreach.com/rmftlp.php?cid=0&mid=157${n}\r\n`,
  messageId: `<20261120100001.121070.157${n}.1284@bounce-eu2.crsend.com>`,
  extra: unsub(
    `https://121070.seu2.cleverreach.com/rmftlp.php?cid=0&mid=157${n}&h=0-b09ec13a504`,
    `unsubscribe-157${n}@bounce-eu2.crsend.com`,
  ),
});

const emarsys = (n: string, subject: string): Sent => ({
  from: `"Dawn Travel" <offers@news.${DAWN}>`,
  envelope: `bnc-157${n}-robin.reader=yahoo.example@xpressus.emsmtp.com`,
  relay: EMARSYS,
  signers: [[`news.${DAWN}`, 'emarsys1']],
  policy: 'QUARANTINE',
  subject,
  body: `Hello Robin,\r\n\r\nYour winter escape awaits: seven nights in Lisbon from 499 EUR.\r\n\r\nBook now: https://news.${DAWN}/u/nrd.php?p=157${n}\r\n\r\nUnsubscribe: https://news.${DAWN}/u/un.php?par=157${n}\r\n`,
  messageId: `<157${n}.emarsys.dawntravel@suite7.emarsys.net>`,
  extra: unsub(`https://news.${DAWN}/u/un.php?par=157${n}`, `unsubscribe-157${n}@xpressus.emsmtp.com`),
});

/** Alibaba Cloud DirectMail: an order notice from mail.hualan-shop.example. */
const directmail = (from: string, envelope: string, signer: [string, string], n: string): Sent => ({
  from,
  envelope,
  relay: DIRECTMAIL,
  signers: [signer],
  policy: 'REJECT',
  subject: `Your order HL-157${n} has shipped`,
  body: `Dear customer,\r\n\r\nYour order HL-157${n} (USB-C dock, 1 item) has shipped with Cainiao.\r\nTracking: https://www.${HUA}/track/HL-157${n}\r\n\r\nHualan Shop customer service\r\n`,
  messageId: `<157${n}.dm.order@${HUA}>`,
});

/** Tencent Cloud SES: a sign-in code from notice.hualan-shop.example. */
const tencent = (n: string): Sent => ({
  from: `"Hualan Shop" <noreply@notice.${HUA}>`,
  envelope: `bounce-157${n}@notice.${HUA}`,
  relay: TENCENT,
  signers: [[`notice.${HUA}`, 'qcloud']],
  policy: 'REJECT',
  subject: 'Your Hualan Shop verification code',
  body: `Your verification code is 157${n.charCodeAt(0)}42. It is valid for 10 minutes.\r\nIf you did not request it, ignore this message.\r\n`,
  messageId: `<157${n}.ses@notice.${HUA}>`,
});

// --- Pending ----------------------------------------------------------------------------------
// Fixed at 11:28 (lib/relay/providers-esp.ts "CleverReach", the four ranges of spf.crsend.com):
// the CleverReach cases read authenticated. Kept out by choice (the lead, 11:28): DirectMail and
// Tencent SES, whose relays here are modelled, not confirmed; their ranges must come from the
// published records before either is named.
// All eight (ten with their no-options twins): the platform's real mail reads "suspicious" (hosted-server-relay:medium, and
// broad-spf:medium where the include is wide) though DMARC passes with the customer's own aligned
// signature. lib/relay/providers-esp.ts EMAIL_PROVIDERS names none of these platforms, so
// lib/relay/classify.ts classes the origin by ASN alone (providers-hosting.ts HOSTING_BY_ASN) and
// lib/findings/hosted-server.ts hostedServerRule keeps medium (ownServerEvidence: the PTR is the
// platform's, not inside the From domain); lib/findings/broad-spf.ts isBroad counts the include's
// block as hosting space. Should read authenticated.
// - CleverReach own range: 194.42.96.0/23 (spf.crsend.com) is announced by Amazon (AS16509,
//   BYOIP), shown as "a rented server on Amazon Web Services (194.42.96.37)". Fix: a "CleverReach"
//   entry with ranges 194.42.96.0/23, 178.77.121.128/26, 158.69.163.48/29, 46.4.238.128/29
//   (spf.crsend.com), domains crsend.com, cleverreach.com. The PTR form is modelled, so key it on
//   ranges, not rdns.
// - CleverReach's /29 at Hetzner (46.4.238.128/29): same entry; a /29 the platform's own SPF
//   names is not rentable by others (Hetzner assigns it to one customer).
// - Alibaba DirectMail / Tencent SES: their relays sit in Alibaba Cloud's / Tencent Cloud's own
//   ASNs. Fix: entries "Alibaba Cloud DirectMail" (spf1.dm.aliyun.com's ranges, domain
//   dm.aliyun.com) and "Tencent Cloud SES" (qcloudmail.com's ranges, domain qcloudmail.com), from
//   the records as published; my addresses and PTRs for both are modelled, so check the real
//   `dig txt spf1.dm.aliyun.com` / `dig txt qcloudmail.com` before adding ranges. These clouds
//   rent VMs too: only the ranges in those SPF records, never the whole ASN.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld157-gmail-aliyun-directmail-order-shipped',
  'realworld157-gmail-aliyun-directmail-order-shipped-no-options',
  'realworld157-yahoo-aliyun-directmail-order-shipped',
  'realworld157-outlook-tencent-ses-verification-code',
  'realworld157-outlook-tencent-ses-verification-code-no-options',
  'realworld157-box-tencent-ses-verification-code',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) =>
  emitCase(write, { ...c, zone: ZONE, class: `realworld157-${c.cls}` });

const OST_FROM = `"Ostwind Moebel" <newsletter@${OST}>`;
const WINTER = 'Winterkollektion: bis zu 30 % auf Sofas und Leuchten';

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- CleverReach ----
  emit(write, {
    name: 'realworld157-gmail-cleverreach-newsletter-own-range',
    cls: 'cleverreach',
    about: `Genuine: a CleverReach newsletter: ${OST_FROM}, envelope on bounce-eu2.crsend.com, d=${OST} s=crsend, from CleverReach's ${CLEVERREACH.ip} (194.42.96.0/23 in spf.crsend.com), every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(cleverreach(OST_FROM, [OST, 'crsend'], CLEVERREACH, 'a', WINTER), 'gmail', 'a'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld157-outlook-cleverreach-newsletter-own-range',
    cls: 'cleverreach',
    about: `Genuine: the same CleverReach newsletter into Exchange Online, from ${CLEVERREACH.ip}. Wanted: authenticated.`,
    eml: await deliver(cleverreach(OST_FROM, [OST, 'crsend'], CLEVERREACH, 'b', WINTER), 'outlook', 'b'),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld157-box-cleverreach-newsletter-hetzner-block',
    cls: 'cleverreach-hetzner',
    about: `Genuine: the same CleverReach newsletter leaving from ${CLEVERREACH_HZ.ip}, inside the 46.4.238.128/29 that spf.crsend.com lists (CleverReach's block in Hetzner's AS24940), PTR ${CLEVERREACH_HZ.rdns}, d=${OST} aligned, every pass. The firm's Postfix box. Wanted: authenticated (a platform's published block and its aligned customer signature, not a rented server of a stranger).`,
    eml: await deliver(cleverreach(OST_FROM, [OST, 'crsend'], CLEVERREACH_HZ, 'c', WINTER), 'box', 'c'),
    args: argsFor('box'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld157-yahoo-cleverreach-newsletter-hetzner-block',
    cls: 'cleverreach-hetzner',
    about: `Genuine: the CleverReach newsletter from the Hetzner block ${CLEVERREACH_HZ.ip} into the reader's private Yahoo box. No recipient domain. Wanted: authenticated.`,
    eml: await deliver(cleverreach(OST_FROM, [OST, 'crsend'], CLEVERREACH_HZ, 'd', WINTER), 'yahoo', 'd'),
    args: argsFor('yahoo', null),
    expect: PASSES,
  });

  // ---- Emarsys ----
  emit(write, {
    name: 'realworld157-yahoo-emarsys-travel-offer',
    cls: 'emarsys',
    about: `Genuine: an Emarsys campaign: "Dawn Travel" <offers@news.${DAWN}>, envelope on xpressus.emsmtp.com, d=news.${DAWN} s=emarsys1 (relaxed alignment, p=quarantine), from ${EMARSYS.rdns} [${EMARSYS.ip}], every pass. Yahoo, no recipient domain. Wanted: authenticated.`,
    eml: await deliver(emarsys('f', 'Seven nights in Lisbon from 499 EUR'), 'yahoo', 'f'),
    args: argsFor('yahoo', null),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld157-gmail-emarsys-travel-offer',
    cls: 'emarsys',
    about: `Genuine: the same Emarsys campaign read in Gmail, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(emarsys('g', 'Seven nights in Lisbon from 499 EUR'), 'gmail', 'g'),
    args: argsFor('gmail'),
    expect: PASSES,
  });

  // ---- Alibaba Cloud DirectMail ----
  const DM_FROM = `"Hualan Shop" <orders@mail.${HUA}>`;
  emit(write, {
    name: 'realworld157-gmail-aliyun-directmail-order-shipped',
    cls: 'directmail',
    about: `Genuine: an Alibaba Cloud DirectMail order notice: ${DM_FROM}, envelope on mail.${HUA} (include:spf1.dm.aliyun.com), d=mail.${HUA} s=aliyun-cn-hangzhou, from ${DIRECTMAIL.rdns} [${DIRECTMAIL.ip}] in Alibaba Cloud's network, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      directmail(DM_FROM, `bounce-157h@mail.${HUA}`, [`mail.${HUA}`, 'aliyun-cn-hangzhou'], 'h'),
      'gmail',
      'h',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld157-yahoo-aliyun-directmail-order-shipped',
    cls: 'directmail',
    about: `Genuine: the same DirectMail order notice into the reader's Yahoo box. Wanted: authenticated.`,
    eml: await deliver(
      directmail(DM_FROM, `bounce-157i@mail.${HUA}`, [`mail.${HUA}`, 'aliyun-cn-hangzhou'], 'i'),
      'yahoo',
      'i',
    ),
    args: argsFor('yahoo', null),
    expect: PASSES,
  });

  // ---- Tencent Cloud SES ----
  emit(write, {
    name: 'realworld157-outlook-tencent-ses-verification-code',
    cls: 'tencent-ses',
    about: `Genuine: a Tencent Cloud SES verification code: "Hualan Shop" <noreply@notice.${HUA}>, envelope on notice.${HUA} (include:qcloudmail.com), d=notice.${HUA} s=qcloud, from ${TENCENT.rdns} [${TENCENT.ip}] in Tencent Cloud's network, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(tencent('k'), 'outlook', 'k'),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld157-box-tencent-ses-verification-code',
    cls: 'tencent-ses',
    about: `Genuine: the same Tencent SES code into the firm's Postfix box. Wanted: authenticated.`,
    eml: await deliver(tencent('l'), 'box', 'l'),
    args: argsFor('box'),
    expect: PASSES,
  });
}
