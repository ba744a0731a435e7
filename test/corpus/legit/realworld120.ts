// Real-world delivery shapes, hundred-and-twentieth round: genuine mail from local businesses,
// clubs, unions and charities that share the reader's organisation's name (Tidewater,
// tidewater.example) and write from the platforms the name rules read as "a user's chosen name":
// Gmail and Outlook.com accounts, Square receipts, a Shopify store without a domain, Jotform, a
// Google group's and groups.io's From rewrites, and (a control) a club's own domain on Mailchimp.
// Probed: lib/findings/reader-org.ts deskBeside with lib/findings/desk-words.ts tradeNameAfter,
// which since round 122 clears a generic word beside the organisation's name ("Tidewater Office",
// "Team Tidewater", "Tidewater Staff") only when the name *ends* in a trade's, club's or
// institution's word. Real names that do not: a shop's "Outlet", a union's "Local 12", a credit
// union's "Member Services", a club's "Committee", a sport missing from the list ("Netball") and
// the German "Drachenboot" (dragon boat; the English "Dragon Boat" clears by "boat"). Beside them
// controls that already clear ("Credit Union", "Masters Swim", "Cleaning Co.", "Staff Sports &
// Social Club", "Betriebssportgruppe Tidewater", "Club Deportivo Tidewater") and attack twins (a
// desk's word or a bare generic word on the same layouts) that must stay not trusted.
// Delivered into Gmail, Exchange Online and the firm's self-hosted Postfix box (OpenDKIM,
// OpenDMARC, policyd-spf, Dovecot LMTP), always with --recipient-domain tidewater.example.
// Where the layouts were learnt (`search`, code, pages and issues corpora):
// - Square receipts `"<business>" <messenger@messaging.squareup.com>`: a shop's published
//   constants (code corpus: "送信元アドレス: messenger@messaging.squareup.com") and receipt-archiving
//   code that reads the merchant's name from the From (gmail_archiver "SquareReceipt"); the
//   SendGrid relay and bounce domain are NOT confirmed (as realworld115/117).
// - Shopify's store-without-domain sender `store+<id>@t.shopifyemail.com` with the owner's Gmail
//   as Reply-To, Jotform's `noreply@jotform.com` under the account's Sender Name (realworld93, 115,
//   117; not re-confirmed this round).
// - Google Groups rewrites From to `'<name>' via <group>` only for authors whose domain publishes
//   p=reject or p=quarantine, keeping the author in X-Original-From and Reply-To
//   (PostHog/posthog PR #57461 "Google Groups rewrites From ... for domains that have p=reject or
//   p=quarantine"; mricon/b4 issue #11 on X-Original-From; getpatchwork/patchwork issue #64 on
//   X-Original-Sender). groups.io's `"<name> via groups.io" <local=domain@groups.io>` as
//   realworld119 (recalled, NOT confirmed byte for byte).
// - Outlook.com consumer mail out of *.outbound.protection.outlook.com in 40.92.0.0/15 signed
//   d=outlook.com / hotmail.com (blogs.msdn.microsoft.com/tzink "Hotmail/Outlook.com evaluates DKIM
//   a little differently"; portal.smartertools.com "Outlook.com and sender authentication");
//   the exact host and selector names are modelled, NOT confirmed.
// - Gmail's submission relay mail-sor-f*.google.com [209.85.220.x], d=gmail.com, p=none
//   (realworld114, 117). Mailchimp with the club's own authenticated domain (k2 beside d=mcsv.net,
//   realworld117).
// Real club and union naming (Masters swim clubs, "Local <n>" union chapters, German
// Betriebssportgruppen, Spanish "Club Deportivo") is from general knowledge, not from `search`.
// Names and addresses are documentation ones except the platforms' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** DMARC passed for the From domain, and the name is the club's or the shop's: authenticated. */
const PASSES: CaseExpectation = {
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass' },
};

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

// --- Relays ------------------------------------------------------------------------------------
const GMAIL_OUT: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GROUPS_OUT: Relay = {
  helo: 'mail-pj1-f62.google.com',
  rdns: 'mail-pj1-f62.google.com',
  ip: '209.85.216.62',
};
const OLC: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05olkn2012.outbound.protection.outlook.com',
  ip: '40.92.18.12',
};
const SQUARE: Relay = {
  helo: 'o23.ptr1203.messaging.squareup.com',
  rdns: 'o23.ptr1203.messaging.squareup.com',
  ip: '149.72.120.23',
};
const SHOPIFY: Relay = { helo: 'o120.shopifyemail.com', rdns: 'o120.shopifyemail.com', ip: '23.227.38.120' };
const JOTFORM: Relay = { helo: 'mail3.jotform.com', rdns: 'mail3.jotform.com', ip: '203.0.113.120' };
const MAILCHIMP: Relay = {
  helo: 'mail120.suw121.mcsv.net',
  rdns: 'mail120.suw121.mcsv.net',
  ip: '198.2.180.120',
};
const GROUPSIO: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '66.175.222.108' };

const TW = 'tidewater.example';
const READER = `robin.reader@${TW}`;
const BOX = `mail.${TW}`;
/** The staff sports and social club's own domain (Mailchimp). */
const SSC = 'tidewaterssc.example';
/** The staff credit union's own domain (its Reply-To on Jotform). */
const CU = 'tidewaterstaffcu.example';

const ZONE = {
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(GROUPS_OUT.ip, GROUPS_OUT.rdns),
  ...ptr(OLC.ip, OLC.rdns),
  ...ptr(SQUARE.ip, SQUARE.rdns),
  ...ptr(SHOPIFY.ip, SHOPIFY.rdns),
  ...ptr(JOTFORM.ip, JOTFORM.rdns),
  ...ptr(MAILCHIMP.ip, MAILCHIMP.rdns),
  ...ptr(GROUPSIO.ip, GROUPSIO.rdns),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt('sendgrid.net', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 -all'),
  ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/14 -all'),
  // Gmail, Google Groups
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...key('googlegroups.com', '20230601'),
  ...dmarc('googlegroups.com', 'none'),
  // Outlook.com
  ...txt('outlook.com', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('outlook.com', 'selector1'),
  ...dmarc('outlook.com', 'none'),
  ...txt('hotmail.com', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('hotmail.com', 'selector1'),
  ...dmarc('hotmail.com', 'none'),
  // Square (SendGrid)
  ...txt('em1203.messaging.squareup.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('messaging.squareup.com', 's1'),
  ...dmarc('squareup.com', 'reject'),
  // Shopify
  ...txt('shopifyemail.com', 'v=spf1 ip4:23.227.32.0/19 -all'),
  ...key('shopifyemail.com', 's1'),
  ...dmarc('shopifyemail.com', 'reject'),
  // Jotform
  ...txt('jotform.com', `v=spf1 ip4:${JOTFORM.ip} include:_spf.google.com -all`),
  ...key('jotform.com', 'jf1'),
  ...dmarc('jotform.com', 'quarantine'),
  // Mailchimp, the club's own domain
  ...txt('mail120.suw121.mcsv.net', 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 -all'),
  ...key('mcsv.net', 'k3'),
  ...txt(SSC, 'v=spf1 include:servers.mcsv.net -all'),
  ...txt('servers.mcsv.net', 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 -all'),
  ...key(SSC, 'k2'),
  ...dmarc(SSC, 'none'),
  // groups.io
  ...txt('groups.io', 'v=spf1 ip4:66.175.222.0/24 -all'),
  ...key('groups.io', '20240924'),
  ...dmarc('groups.io', 'none'),
  // The credit union, the reader's firm
  ...txt(CU, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(CU, 'reject'),
  ...txt(TW, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc(TW, 'quarantine'),
};

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
  to?: string;
}

type Reader = 'gmail' | 'outlook' | 'box';

const signed = (s: Sent) =>
  signAll(
    submitted({
      from: s.from,
      to: s.to ?? READER,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );

async function deliver(s: Sent, reader: Reader, n: string): Promise<string> {
  const raw = await signed(s);
  const d = s.signers[0]?.[0] ?? '';
  const fromDomain = domainOf(s.from);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...s.signers.map(([sd, ss]) => gmailDkim(sd, ss)),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(fromDomain, s.policy),
      ].join('\r\n       '),
      ids: [`x120csp${n}pxc`, `a120si${n}qtd.120`],
      spf: 'pass',
      deliveredTo: true,
      to: READER,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, {
      ...eopPass(
        s.relay,
        domainOf(s.envelope),
        `dkim=pass (signature was verified)\r\n header.d=${d || 'none'}`,
        fromDomain,
      ),
      returnPath: s.envelope,
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, READER, `kC120${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw120${n}a2\r\n\tfor <${READER}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader) => [
  ...(reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : ['--authserv-id', BOX]),
  '--recipient-domain',
  TW,
];

// --- Senders ----------------------------------------------------------------------------------
/** A personal Gmail account under the name its owner chose. */
const gmailSent = (name: string, local: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${local}@gmail.com>`,
  envelope: `${local}@gmail.com`,
  relay: GMAIL_OUT,
  signers: [['gmail.com', '20230601']],
  policy: 'NONE',
  subject,
  body,
  messageId: `<CAH120${n}xQ2e9sLm+Vb7_kTz3pW@mail.gmail.com>`,
});

/** An Outlook.com (consumer) account under the name its owner chose. */
const outlookCom = (name: string, address: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${address}>`,
  envelope: address,
  relay: OLC,
  signers: [[domainOf(address), 'selector1']],
  policy: 'NONE',
  subject,
  body,
  messageId: `<AM6P120${n}MB4521A1B2C3D4E5F6A7B8C9D0E1F2A3B4C@AM6P193MB0452.EURP193.PROD.OUTLOOK.COM>`,
});

const squareReceipt = (name: string, amount: string, item: string, n: string): Sent => ({
  from: `"${name}" <messenger@messaging.squareup.com>`,
  envelope: `bounces+3320${n}-9f0b-robin.reader=tidewater.example@em1203.messaging.squareup.com`,
  relay: SQUARE,
  signers: [['messaging.squareup.com', 's1']],
  policy: 'REJECT',
  subject: `Receipt from ${name}`,
  body: `${name}\r\n\r\n${item}\r\nTotal ${amount}\r\nVisa 4242 (Contactless)\r\n20 Nov 2026, 09:41\r\n\r\nNot your receipt? https://squareup.com/receipts/120${n}example\r\n`,
  messageId: `<120${n}.rcpt.sq@messaging.squareup.com>`,
});

/** A Shopify store with no domain of its own, answering at the owner's Gmail under the same name. */
const shopify = (
  name: string,
  id: string,
  gmail: string,
  subject: string,
  body: string,
  n: string,
): Sent => ({
  from: `"${name}" <store+${id}@t.shopifyemail.com>`,
  envelope: `bounces+${id}@shopifyemail.com`,
  relay: SHOPIFY,
  signers: [['shopifyemail.com', 's1']],
  policy: 'REJECT',
  subject,
  body: `${body}\r\n\r\nIf you have any questions, reply to this email or contact us at ${gmail}\r\n`,
  messageId: `<120${n}.order.${id}@shopifyemail.com>`,
  extra: [`Reply-To: "${name}" <${gmail}>`],
});

const jotform = (name: string, replyTo: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <noreply@jotform.com>`,
  envelope: `bounce-120${n}@jotform.com`,
  relay: JOTFORM,
  signers: [['jotform.com', 'jf1']],
  policy: 'QUARANTINE',
  subject,
  body: `${body}\r\n\r\nThis email was sent with Jotform.\r\n`,
  messageId: `<120${n}.jotmail.7c1e0a@jotform.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

/**
 * A Google group's post from an author at a p=reject domain (Yahoo), as the group delivers it:
 * From rewritten to `'<name>' via <group title>`, the author in Reply-To and X-Original-From,
 * signed d=googlegroups.com.
 */
const googleGroup = (
  name: string,
  author: string,
  group: string,
  title: string,
  subject: string,
  body: string,
  n: string,
): Sent => ({
  from: `'${name}' via ${title} <${group}@googlegroups.com>`,
  envelope: `${group}+bncBCX7120${n}QYBBGFYZ6QKGQEVKCWLIA@googlegroups.com`,
  relay: GROUPS_OUT,
  signers: [['googlegroups.com', '20230601']],
  policy: 'NONE',
  subject,
  body: `${body}\r\n\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${title}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${group}+unsubscribe@googlegroups.com.\r\n`,
  messageId: `<120${n}.1732096801.ymail@mail.yahoo.com>`,
  to: `${group}@googlegroups.com`,
  extra: [
    `Reply-To: ${name} <${author}>`,
    `X-Original-From: ${name} <${author}>`,
    `X-Original-Sender: ${author}`,
    'Precedence: list',
    `Mailing-list: list ${group}@googlegroups.com; contact ${group}+owners@googlegroups.com`,
    `List-ID: <${group}.googlegroups.com>`,
    `List-Post: <https://groups.google.com/group/${group}/post>, <mailto:${group}@googlegroups.com>`,
    `List-Unsubscribe: <mailto:googlegroups-manage+1200${n}+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/${group}/subscribe>`,
  ],
});

/** groups.io's rewrite of a p=reject author: `"<name> via groups.io" <local=domain@groups.io>`. */
const groupsIo = (
  name: string,
  author: string,
  group: string,
  subject: string,
  body: string,
  n: string,
): Sent => ({
  from: `"${name} via groups.io" <${author.replace('@', '=')}@groups.io>`,
  envelope: `bounce+120${n}+${group}@groups.io`,
  relay: GROUPSIO,
  signers: [['groups.io', '20240924']],
  policy: 'NONE',
  subject: `[${group}] ${subject}`,
  body: `${body}\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#120): https://groups.io/g/${group}/message/120\r\nLeave Group: https://groups.io/g/${group}/leave/120\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n`,
  messageId: `<120${n}.groupsio.${group}@groups.io>`,
  to: `main@${group}.groups.io`,
  extra: [
    `Sender: main@${group}.groups.io`,
    `Reply-To: main@${group}.groups.io, ${name} <${author}>`,
    `List-Unsubscribe: <https://groups.io/g/${group}/unsub?id=20,120,0,0,0,0>`,
    `List-Id: <main.${group}.groups.io>`,
    `Mailing-List: list main@${group}.groups.io; contact main+owner@${group}.groups.io`,
    `List-Post: <mailto:main@${group}.groups.io>`,
    'Precedence: list',
  ],
});

const mailchimpOwn = (name: string, local: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${local}@${SSC}>`,
  envelope: `bounce-mc.us21_120${n}.4410-robin.reader=tidewater.example@mail120.suw121.mcsv.net`,
  relay: MAILCHIMP,
  signers: [
    [SSC, 'k2'],
    ['mcsv.net', 'k3'],
  ],
  policy: 'NONE',
  subject,
  body: `${body}\r\n\r\nunsubscribe from this list: https://${SSC.replace('.example', '')}.us21.list-manage.example/unsubscribe?u=120${n}\r\n`,
  messageId: `<120${n}.mc.4410@mail120.suw121.mcsv.net>`,
  extra: [`List-Unsubscribe: <https://us21.list-manage.com/unsubscribe?u=120${n}&id=4410>`],
});

// Fixed at 00:2x on 2026-12-06 (the lead; lib/findings/desk-words.ts): TRADE_WORDS gained outlet,
// warehouse, emporium, wholesale, showroom, committee, netball, cricket, rugby, volleyball,
// lacrosse and the German and Spanish clubs' words (drachenboot, sportgruppe,
// betriebssportgruppe, laufgruppe, lauftreff, deportivo, padel); tradeNameAfter skips a branch's
// number at the end ("Local 12", also as the skeleton readings write it, "l2").
// Kept out by choice: "Tidewater Staff Credit Union" and its "Member Services" on Jotform read
// suspicious (MONEY_WORDS: red-team round 124's "Tidewater Staff Credit Union" Gmail is the same
// name); the expectation says so.
const CREDIT_UNION_KEPT: CaseExpectation = {
  verdict: 'suspicious',
  notVerdict: ['spoofed'],
  findings: ['display-name-reader-org'],
};

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>();

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus((w) => writeCases(w, 'genuine'), PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  about: string;
  cls: string;
  sent: Sent;
  reader: Reader;
  n: string;
  expect: CaseExpectation;
  twin?: boolean;
}

/** Every case, genuine and the attack twins. */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'all');
}

/** The attack twins alone, for an adversarial module (a legit module holds only genuine shapes). */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

async function writeCases(write: CaseWriter, mode: 'all' | 'genuine' | 'twins'): Promise<void> {
  const one = async (c: One) => {
    const attack = c.name.endsWith('-attack-twin');
    if (attack ? mode === 'genuine' : mode === 'twins') return;
    await emitCase(write, {
      name: c.name,
      about: c.about,
      class: attack ? 'spoofing' : `realworld120-${c.cls}`,
      eml: await deliver(c.sent, c.reader, c.n),
      args: argsFor(c.reader),
      zone: ZONE,
      expect: c.expect,
      ...(c.twin ? { twin: true } : {}),
    });
  };
  // ==== Shops ===================================================================================
  await one({
    name: 'realworld120-gmail-square-receipt-office-furniture-outlet',
    cls: 'shop',
    about: `Genuine: the reader buys a second-hand desk chair at a local clearance shop, Tidewater Office Furniture Outlet, and takes Square's e-mailed receipt: "Tidewater Office Furniture Outlet" <messenger@messaging.squareup.com>, d=messaging.squareup.com through SendGrid, p=reject, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated: "Office Furniture Outlet" is a shop's name, as "Tidewater Office Furniture" and "Tidewater Office Supply" (realworld115, 117) are; "suspicious" would not be honest, nothing about a desk is claimed.`,
    sent: squareReceipt(
      'Tidewater Office Furniture Outlet',
      'USD 89.00',
      '1 x Task chair (used, grade A)',
      'a',
    ),
    reader: 'gmail',
    n: 'a',
    expect: PASSES,
    twin: true,
  });
  await one({
    name: 'realworld120-outlook-shopify-office-furniture-outlet-order',
    cls: 'shop',
    about: `Genuine: the same outlet's online store on Shopify (no domain of its own) confirms a delivery order: "Tidewater Office Furniture Outlet" <store+61204417@t.shopifyemail.com>, Reply-To the same name at tidewater.furniture.outlet@gmail.com (the owner's), d=shopifyemail.com, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated (a shop answering at its owner's mailbox, as realworld117's "Tidewater Team Sports").`,
    sent: shopify(
      'Tidewater Office Furniture Outlet',
      '61204417',
      'tidewater.furniture.outlet@gmail.com',
      'Order #1120 confirmed',
      'Thank you for your purchase!\r\n\r\nOrder #1120\r\n1 x Standing desk frame (ex-display)  USD 240.00\r\nDelivery: Saturday 28 November',
      'b',
    ),
    reader: 'outlook',
    n: 'b',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-box-square-receipt-office-cleaning-co',
    cls: 'shop',
    about: `Genuine control: the reader's home cleaner, Tidewater Office Cleaning Co., takes a card payment on Square: "Tidewater Office Cleaning Co." <messenger@messaging.squareup.com>, every pass, into the firm's Postfix box, --recipient-domain ${TW}. Wanted: authenticated (the name ends in a trade's word, "cleaning", before a company form).`,
    sent: squareReceipt('Tidewater Office Cleaning Co.', 'USD 120.00', 'Deep clean, 3 hours', 'c'),
    reader: 'box',
    n: 'c',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-gmail-square-staff-office-attack-twin',
    cls: 'shop-attack-twin',
    about: `Attack twin: an outsider's Square account named "Tidewater Staff Office" bills the reader for a "Staff parking permit 2027": "Tidewater Staff Office" <messenger@messaging.squareup.com>, every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted (two generic words beside the firm's name and no trade's word: a desk's name any Square account may choose).`,
    sent: squareReceipt('Tidewater Staff Office', 'USD 96.00', 'Staff parking permit 2027', 'd'),
    reader: 'gmail',
    n: 'd',
    expect: NOT_TRUSTED,
  });

  // ==== Unions and the credit union =============================================================
  await one({
    name: 'realworld120-outlook-jotform-staff-credit-union-loan-form',
    cls: 'union',
    about: `Genuine control: the staff credit union (its own domain ${CU}) runs its loan pre-approval form on Jotform; the submitter's copy: "Tidewater Staff Credit Union" <noreply@jotform.com>, Reply-To loans@${CU}, d=jotform.com, every pass. Exchange Online, --recipient-domain ${TW}. Wanted (the lead, 00:2x on 2026-12-06): suspicious, never spoofed. "Credit" between the employer's "Staff" and the trade word keeps a staff body's name a pay desk's (red-team round 124: "Tidewater Staff Credit Union" from a Gmail asking for payroll details), and any Jotform account can carry the name; the finding says so and names Jotform, which is true.`,
    sent: jotform(
      'Tidewater Staff Credit Union',
      `loans@${CU}`,
      'We received your loan pre-approval request',
      'Thank you. A lending officer will contact you within two business days.\r\n\r\nAmount requested: USD 6,000\r\nTerm: 36 months',
      'e',
    ),
    reader: 'outlook',
    n: 'e',
    expect: CREDIT_UNION_KEPT,
  });
  await one({
    name: 'realworld120-gmail-jotform-credit-union-member-services',
    cls: 'union',
    about: `Genuine: the same credit union's member-services form (address change) under the Sender Name its member-services team set: "Tidewater Staff Credit Union Member Services" <noreply@jotform.com>, Reply-To memberservices@${CU}, d=jotform.com, every pass. Gmail, --recipient-domain ${TW}. Wanted (the lead, 00:2x on 2026-12-06): suspicious, never spoofed. "Credit" between the employer's "Staff" and the trade word keeps a staff body's name a pay desk's (red-team round 124: "Tidewater Staff Credit Union" from a Gmail asking for payroll details), and any Jotform account can carry the name; the finding says so and names Jotform, which is true.`,
    sent: jotform(
      'Tidewater Staff Credit Union Member Services',
      `memberservices@${CU}`,
      'Your address change request',
      'We have received your address change. Your next statement will be sent to the new address.',
      'f',
    ),
    reader: 'gmail',
    n: 'f',
    expect: CREDIT_UNION_KEPT,
  });
  await one({
    name: 'realworld120-box-gmail-teachers-union-local-12',
    cls: 'union',
    about: `Genuine control: the teachers' union local writes from its Gmail: "Tidewater Teachers Union Local 12" <tidewater.tu.local12@gmail.com>, d=gmail.com, every pass, into the firm's Postfix box (the reader works at Tidewater's schools office), --recipient-domain ${TW}. Wanted: authenticated (no generic word beside the name).`,
    sent: gmailSent(
      'Tidewater Teachers Union Local 12',
      'tidewater.tu.local12',
      'General meeting Thursday: contract vote',
      'Dear members,\r\n\r\nThe general meeting is Thursday 26 November, 18:00, at the union hall. We vote on the tentative agreement.\r\n\r\nIn solidarity,\r\nExecutive Board, Local 12',
      'g',
    ),
    reader: 'box',
    n: 'g',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-gmail-gmail-staff-union-local-12',
    cls: 'union',
    about: `Genuine: the employer's staff union (a union of Tidewater's own employees, independent of the employer) writes from its Gmail, as "Local <n>" chapters do: "Tidewater Staff Union Local 12" <tidewater.staff.union12@gmail.com>, d=gmail.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated: the union is an outsider to the employer, but it names itself, not an employer's desk; a chapter's number after "Union" is how unions are named. Arguably a demanding reader tolerates a warning here (an internal-looking name on a Gmail), but the finding's own text ("an outsider named after your organisation's desk") is false.`,
    sent: gmailSent(
      'Tidewater Staff Union Local 12',
      'tidewater.staff.union12',
      'Bargaining update #4',
      'Dear members,\r\n\r\nThe bargaining team met management on Tuesday. Summary and next steps attached to the members page.\r\n\r\nIn solidarity,\r\nTidewater Staff Union, Local 12',
      'h',
    ),
    reader: 'gmail',
    n: 'h',
    expect: PASSES,
    twin: true,
  });
  await one({
    name: 'realworld120-outlook-gmail-staff-union-payroll-deduction-attack-twin',
    cls: 'union-attack-twin',
    about: `Attack twin: the same union layout with a desk's word: "Tidewater Staff Union Local 12 Payroll" <tidewater.dues.payroll@gmail.com> asks members to "confirm your dues payroll deduction", every pass. Exchange Online, --recipient-domain ${TW}. Wanted: not trusted (a desk's word anywhere in a name with the firm's).`,
    sent: gmailSent(
      'Tidewater Staff Union Local 12 Payroll',
      'tidewater.dues.payroll',
      'Confirm your dues payroll deduction',
      'Please confirm your bank details for the new dues deduction: https://dues-confirm.example/tidewater',
      'i',
    ),
    reader: 'outlook',
    n: 'i',
    expect: NOT_TRUSTED,
  });

  // ==== Clubs ===================================================================================
  await one({
    name: 'realworld120-gmail-gmail-team-tidewater-masters-swim',
    cls: 'club',
    about: `Genuine control: the town's Masters swim club mails its members from its Gmail: "Team Tidewater Masters Swim" <teamtidewatermasters@gmail.com>, d=gmail.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated ("Swim" ends the name).`,
    sent: gmailSent(
      'Team Tidewater Masters Swim',
      'teamtidewatermasters',
      'Pool schedule over the holidays',
      'Hi swimmers,\r\n\r\nLane times for 21 Dec - 3 Jan are on the club page. Open-water group resumes in April.\r\n\r\nCoach Sam',
      'j',
    ),
    reader: 'gmail',
    n: 'j',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-box-gmail-office-netball',
    cls: 'club',
    about: `Genuine: the firm's staff netball team in the city's lunchtime league, captained from a Gmail: "Tidewater Office Netball" <tidewater.office.netball@gmail.com>, "Fixtures: Wednesday 12:30 v Harbour Legal", d=gmail.com, every pass, into the firm's Postfix box, --recipient-domain ${TW}. Wanted: authenticated: a sport ends the name, as "Softball" or "Soccer" would; netball (and cricket, rugby, volleyball) is what office teams play in the UK and Commonwealth. "Suspicious" would not be honest: nothing is claimed of a desk.`,
    sent: gmailSent(
      'Tidewater Office Netball',
      'tidewater.office.netball',
      'Fixtures: Wednesday 12:30 v Harbour Legal',
      'Hi all,\r\n\r\nWednesday 12:30, court 3 at the leisure centre, v Harbour Legal. Bibs in my car. Seven needed.\r\n\r\nPriya (captain)',
      'k',
    ),
    reader: 'box',
    n: 'k',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-outlook-mailchimp-own-domain-staff-sports-social-club',
    cls: 'club',
    about: `Genuine control: the staff sports and social club's Mailchimp newsletter from its own domain: "Tidewater Staff Sports & Social Club" <news@${SSC}>, signed d=${SSC} (k2) and d=mcsv.net (k3), SPF pass for Mailchimp's envelope, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated (its own domain names it; "Club" ends the name).`,
    sent: mailchimpOwn(
      'Tidewater Staff Sports & Social Club',
      'news',
      'December: quiz night, 5-a-side and the winter walk',
      'Quiz night 4 December, 5-a-side every Thursday, the winter walk on 13 December. Tickets on the club page.',
      'l',
    ),
    reader: 'outlook',
    n: 'l',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-gmail-google-group-staff-social-club-member-post',
    cls: 'club-list',
    about: `Genuine control: a member (margaret.lee@yahoo.com, p=reject) posts to the staff social club's Google group; Google rewrites From to "'Margaret Lee' via Tidewater Staff Social Club" <tidewater-staff-social@googlegroups.com>, Reply-To and X-Original-From Margaret, List-ID, d=googlegroups.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated (the poster's name is a person's; the group's title is the list's own).`,
    sent: googleGroup(
      'Margaret Lee',
      'margaret.lee@yahoo.com',
      'tidewater-staff-social',
      'Tidewater Staff Social Club',
      'Christmas lunch: final numbers by Friday',
      'Hi all, please reply with your menu choice by Friday. Margaret',
      'm',
    ),
    reader: 'gmail',
    n: 'm',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-gmail-google-group-social-committee-post',
    cls: 'club-list',
    about: `Genuine: the social club's committee posts from its own Yahoo mailbox named "Tidewater Staff Social Committee" (tw.social.committee@yahoo.com, p=reject) to the same Google group: "'Tidewater Staff Social Committee' via Tidewater Staff Social Club" <tidewater-staff-social@googlegroups.com>, Reply-To and X-Original-From the committee's Yahoo, d=googlegroups.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated: a club's committee is a club's, not a desk of the employer; posting to the club's own group under it is what committees do. "Suspicious" would not be honest.`,
    sent: googleGroup(
      'Tidewater Staff Social Committee',
      'tw.social.committee@yahoo.com',
      'tidewater-staff-social',
      'Tidewater Staff Social Club',
      'Quiz night teams',
      'Teams of six for the quiz on 4 December; sign up on the sheet in the canteen. The Committee',
      'n',
    ),
    reader: 'gmail',
    n: 'n',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-outlook-google-group-office-team-attack-twin',
    cls: 'club-list-attack-twin',
    about: `Attack twin: an outsider's Yahoo named "Tidewater Office Team" posts "Mailbox upgrade this weekend: confirm your login" to a Google group he made ("Tidewater Staff Social Club" as its title): "'Tidewater Office Team' via Tidewater Staff Social Club" <tidewater-staff-social2@googlegroups.com>, Reply-To his Yahoo, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: not trusted (the poster's chosen name, a bare generic word beside the firm's).`,
    sent: googleGroup(
      'Tidewater Office Team',
      'tw.office.team@yahoo.com',
      'tidewater-staff-social2',
      'Tidewater Staff Social Club',
      'Mailbox upgrade this weekend: confirm your login',
      'Please confirm your login before Saturday: https://mailbox-upgrade.example/tidewater',
      'o',
    ),
    reader: 'outlook',
    n: 'o',
    expect: NOT_TRUSTED,
  });
  await one({
    name: 'realworld120-box-groups-io-retired-staff-association',
    cls: 'club-list',
    about: `Genuine control: the retired staff association's groups.io list; its secretary posts from the association's Yahoo (p=reject), so groups.io rewrites: "Tidewater Retired Staff Association via groups.io" <tw.retirees=yahoo.com@groups.io>, Sender main@tidewater-retirees.groups.io, List-Id, footer, d=groups.io, every pass, into the firm's Postfix box (the reader is the firm's pensions liaison), --recipient-domain ${TW}. Wanted: authenticated (no generic word right beside the name; "Association" ends it).`,
    sent: groupsIo(
      'Tidewater Retired Staff Association',
      'tw.retirees@yahoo.com',
      'tidewater-retirees',
      'Spring lunch and the pension increase letter',
      'Members, the spring lunch is booked for 18 March. The pension increase letter from the trustees is in the files section.',
      'p',
    ),
    reader: 'box',
    n: 'p',
    expect: PASSES,
  });

  // ==== German and Spanish clubs ================================================================
  await one({
    name: 'realworld120-gmail-gmail-betriebssportgruppe',
    cls: 'club-de',
    about: `Genuine control: the German subsidiary's company sports group writes from its Gmail: "Betriebssportgruppe Tidewater" <bsg.tidewater@gmail.com>, "Firmenlauf 2027: Anmeldung offen", d=gmail.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated (no generic word beside the name).`,
    sent: gmailSent(
      'Betriebssportgruppe Tidewater',
      'bsg.tidewater',
      'Firmenlauf 2027: Anmeldung offen',
      'Hallo zusammen,\r\n\r\ndie Anmeldung zum Firmenlauf ist offen. Trikots gibt es wieder über die BSG.\r\n\r\nSportliche Grüße\r\nEure BSG',
      'q',
    ),
    reader: 'gmail',
    n: 'q',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-outlook-outlookcom-team-tidewater-drachenboot',
    cls: 'club-de',
    about: `Genuine: the same sports group's dragon-boat crew, run from an Outlook.com mailbox: "Team Tidewater Drachenboot" <team.tidewater.drachenboot@outlook.com>, "Training Samstag 10 Uhr am Bootshaus", d=outlook.com from Outlook.com's ${OLC.rdns}, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated: the English "Team Tidewater Dragon Boat" clears (its "boat" is a trade word); the German name for the same crew should too. Not honest as "suspicious".`,
    sent: outlookCom(
      'Team Tidewater Drachenboot',
      'team.tidewater.drachenboot@outlook.com',
      'Training Samstag 10 Uhr am Bootshaus',
      'Hallo Paddler,\r\n\r\nTraining am Samstag um 10 Uhr am Bootshaus. Schwimmwesten sind da.\r\n\r\nJana (Trommel)',
      'r',
    ),
    reader: 'outlook',
    n: 'r',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-box-outlookcom-club-deportivo',
    cls: 'club-es',
    about: `Genuine control: the Spanish office's company club writes from Hotmail: "Club Deportivo Tidewater" <cd.tidewater@hotmail.com>, "Torneo de pádel: inscripciones", d=hotmail.com from Outlook.com, every pass, into the firm's Postfix box, --recipient-domain ${TW}. Wanted: authenticated (no generic word beside the name).`,
    sent: outlookCom(
      'Club Deportivo Tidewater',
      'cd.tidewater@hotmail.com',
      'Torneo de pádel: inscripciones',
      'Hola a todos,\r\n\r\nAbrimos inscripciones para el torneo de pádel de diciembre. Parejas mixtas bienvenidas.\r\n\r\nLa Junta Directiva',
      's',
    ),
    reader: 'box',
    n: 's',
    expect: PASSES,
  });
  await one({
    name: 'realworld120-gmail-outlookcom-team-tidewater-attack-twin',
    cls: 'club-attack-twin',
    about: `Attack twin: an Outlook.com mailbox named just "Team Tidewater" sends "Action needed: re-enrol in the staff benefits portal", every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted (the bare generic word before the firm's name, the kept desk reading of "Team Tidewater").`,
    sent: outlookCom(
      'Team Tidewater',
      'team.tidewater.hr@outlook.com',
      'Action needed: re-enrol in the staff benefits portal',
      'Please re-enrol before Friday: https://benefits-reenrol.example/tidewater',
      't',
    ),
    reader: 'gmail',
    n: 't',
    expect: NOT_TRUSTED,
  });
}
