// Real-world delivery shapes, hundred-and-seventeenth round: genuine mail from firms whose trade
// name is the reader's organisation's name followed by ordinary words ("Tidewater Office
// Furniture", "Tidewater Team Sports", "Tidewater Staff Picks", "Tidewater Mail Boxes", "Tidewater
// People Mover", "Tidewater Systems Inc", "Tidewater Department Store", "Team Tidewater Triathlon",
// "Tidewater Human Resources Consulting"), to readers at tidewater.example, sent from the firms' own
// domains (Microsoft 365, Google Workspace, Mailchimp), their Shopify, Square and Substack accounts
// and from Gmail. Probed: lib/findings/reader-org.ts deskBeside (since round 115 a generic word
// after the name counts only when nothing but desk words follow) and the Reply-To rule's store
// exemption (lib/findings/reply-to.ts customersOwn / namesAService), which read the same words.
// Attack twins (NOT_TRUSTED, in makeTwins) are the names a demanding reader wants flagged that the
// round-115 reading lets through: the generic word followed by a system's or a role's word
// ("Tidewater Mail Delivery Subsystem", "Tidewater Office Manager", "Tidewater Staff Portal",
// "Tidewater Email Quarantine") or a company form between the name and the generic word
// ("Tidewater Group Office").
// Delivered into Gmail, Exchange Online and the firm's self-hosted Postfix box (OpenDKIM,
// OpenDMARC, policyd-spf, Dovecot LMTP) as realworld115, always with --recipient-domain.
// Where the layouts were learnt (`search`, pages and code corpora):
// - Shopify's store-without-domain sender `"<store>" <store+<id>@t.shopifyemail.com>`, envelope
//   under shopifyemail.com, d=shopifyemail.com, Reply-To the owner's Gmail (realworld93's case 4,
//   from public order-mail parsers), Shopify 23.227.32.0/19.
// - Square's receipts `"<business>" <messenger@messaging.squareup.com>` (realworld115, from public
//   receipt-matching code), relay assumed SendGrid as there.
// - Substack `"<publication>" <<name>@substack.com>` through Mailgun under mg1.substack.com,
//   d=substack.com and d=mg1.substack.com (realworld93's case 14).
// - Mailchimp: envelope under mcsv.net ("bounces.mailchimp.com or mcsv.net", dmarcaligned.com
//   "Mailchimp DMARC Alignment"; Intuit/Mailchimp help "My Email From Name Shows mailchimpapp.net or
//   mcsv.net": the sender address "usually contains mcsv.net, mcdlv.net, mailchimpapp.net, or
//   rsgsv.net"), an authenticated domain signing k2/k3 beside d=mcsv.net; lib/relay's ESP table
//   for Mailchimp's rDNS suffixes. Mailchimp's rewrite of a free From address (kb.mailchimp.com "How
//   Free Email Providers Affect Delivery") was read but its exact address form not confirmed, so no
//   case uses it.
// - Jotform and Typeform notifications under the account's chosen Sender Name (realworld115).
// - Gmail's own submission relay mail-sor-f*.google.com [209.85.220.x], d=gmail.com (realworld114,
//   probe116); Exchange Online's outbound *.outbound.protection.outlook.com [40.107.x.x].
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
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = {
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass' },
};
/**
 * Genuine mail whose name a demanding reader would want questioned all the same (argued in the
 * case's `about`): suspicious with the reader-org finding, never spoofed.
 */
const NAME_IS_ANYONES: CaseExpectation = {
  verdict: 'suspicious',
  notVerdict: ['spoofed'],
  findings: ['display-name-reader-org'],
  fields: { 'dmarc.result': 'pass' },
};

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

// --- Relays ------------------------------------------------------------------------------------
const SHOPIFY: Relay = { helo: 'o117.shopifyemail.com', rdns: 'o117.shopifyemail.com', ip: '23.227.38.117' };
const SQUARE: Relay = {
  helo: 'o23.ptr1173.messaging.squareup.com',
  rdns: 'o23.ptr1173.messaging.squareup.com',
  ip: '149.72.115.23',
};
const SUBSTACK: Relay = {
  helo: 'm117-3.mg.substack.com',
  rdns: 'm117-3.mg.substack.com',
  ip: '69.72.35.117',
};
const MAILCHIMP: Relay = {
  helo: 'mail117.suw121.mcsv.net',
  rdns: 'mail117.suw121.mcsv.net',
  ip: '198.2.180.117',
};
const GMAIL_OUT: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const EXO_OUT: Relay = {
  helo: 'NAM12-BN8-obe.outbound.protection.outlook.com',
  rdns: 'mail-bn8nam12on2117.outbound.protection.outlook.com',
  ip: '40.107.237.117',
};
const JOTFORM: Relay = { helo: 'mail3.jotform.com', rdns: 'mail3.jotform.com', ip: '203.0.113.116' };
const TYPEFORM: Relay = {
  helo: 'o21.ptr1171.typeform.com',
  rdns: 'o21.ptr1171.typeform.com',
  ip: '149.72.115.21',
};

const TW = 'tidewater.example';
const READER = `robin.reader@${TW}`;
const BOX = `mail.${TW}`;

// The firms' own domains.
const FURNITURE = 'tidewaterofficefurniture.example';
const SYSTEMS = 'tidewatersystems.example';
const DEPT = 'tidewaterdepartmentstore.example';

const ZONE = {
  ...ptr(SHOPIFY.ip, SHOPIFY.rdns),
  ...ptr(SQUARE.ip, SQUARE.rdns),
  ...ptr(SUBSTACK.ip, SUBSTACK.rdns),
  ...ptr(MAILCHIMP.ip, MAILCHIMP.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(EXO_OUT.ip, EXO_OUT.rdns),
  ...ptr(JOTFORM.ip, JOTFORM.rdns),
  ...ptr(TYPEFORM.ip, TYPEFORM.rdns),
  ...txt('sendgrid.net', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/14 -all'),
  // Shopify
  ...txt('shopifyemail.com', 'v=spf1 ip4:23.227.32.0/19 -all'),
  ...key('shopifyemail.com', 's1'),
  ...dmarc('shopifyemail.com', 'reject'),
  // Square (SendGrid)
  ...txt('em1173.messaging.squareup.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('messaging.squareup.com', 's1'),
  ...dmarc('squareup.com', 'reject'),
  // Substack (Mailgun)
  ...txt('mg1.substack.com', 'v=spf1 ip4:69.72.32.0/20 -all'),
  ...key('substack.com', 'scph1'),
  ...key('mg1.substack.com', 'mailo'),
  ...dmarc('substack.com', 'none'),
  // Mailchimp
  ...txt('mail117.suw121.mcsv.net', 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 -all'),
  ...key('mcsv.net', 'k3'),
  // Gmail
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  // Jotform, Typeform
  ...txt('jotform.com', `v=spf1 ip4:${JOTFORM.ip} include:_spf.google.com -all`),
  ...key('jotform.com', 'jf1'),
  ...dmarc('jotform.com', 'quarantine'),
  ...txt('em1171.typeform.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('typeform.com', 's1'),
  ...dmarc('typeform.com', 'reject'),
  // The firms' own domains.
  ...txt(FURNITURE, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(FURNITURE, 'selector1'),
  ...dmarc(FURNITURE, 'quarantine'),
  ...txt(SYSTEMS, 'v=spf1 include:_spf.google.com -all'),
  ...key(SYSTEMS, 'google'),
  ...dmarc(SYSTEMS, 'reject'),
  ...txt(DEPT, 'v=spf1 include:servers.mcsv.net -all'),
  ...txt('servers.mcsv.net', 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 -all'),
  ...key(DEPT, 'k2'),
  ...dmarc(DEPT, 'none'),
  // The reader's firm.
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
}

type Reader = 'gmail' | 'outlook' | 'box';

function signed(s: Sent): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to: READER,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );
}

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
      ids: [`x117csp${n}pxa`, `a117si${n}qtb.117`],
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
    dovecotLmtp(BOX, s.envelope, READER, `kA117${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw117${n}a2\r\n\tfor <${READER}>; ${ENTERED}`,
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
  messageId: `<117${n}.order.${id}@shopifyemail.com>`,
  extra: [`Reply-To: "${name}" <${gmail}>`],
});

const squareReceipt = (name: string, amount: string, item: string, n: string): Sent => ({
  from: `"${name}" <messenger@messaging.squareup.com>`,
  envelope: `bounces+3310${n}-9f0b-robin.reader=tidewater.example@em1173.messaging.squareup.com`,
  relay: SQUARE,
  signers: [['messaging.squareup.com', 's1']],
  policy: 'REJECT',
  subject: `Receipt from ${name}`,
  body: `${name}\r\n\r\n${item}\r\nTotal ${amount}\r\nVisa 4242 (Contactless)\r\n20 Nov 2026, 09:41\r\n\r\nNot your receipt? https://squareup.com/receipts/117${n}example\r\n`,
  messageId: `<117${n}.rcpt.sq@messaging.squareup.com>`,
});

const substack = (name: string, local: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${local}@substack.com>`,
  envelope: `bounce+a117b${n}.6741-robin.reader=tidewater.example@mg1.substack.com`,
  relay: SUBSTACK,
  signers: [
    ['substack.com', 'scph1'],
    ['mg1.substack.com', 'mailo'],
  ],
  policy: 'NONE',
  subject,
  body: `${body}\r\n\r\nUnsubscribe https://${local}.substack.com/action/disable_email?token=rw117${n}\r\n`,
  messageId: `<20261121100001.117${n}.${local}@substack.com>`,
  extra: [
    `List-Unsubscribe: <https://${local}.substack.com/action/disable_email?token=rw117${n}>`,
    'X-Mailgun-Sid: WyIxMTciXQ==',
  ],
});

/** A personal Gmail account under the name its owner chose. */
const gmailSent = (name: string, local: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${local}@gmail.com>`,
  envelope: `${local}@gmail.com`,
  relay: GMAIL_OUT,
  signers: [['gmail.com', '20230601']],
  policy: 'NONE',
  subject,
  body,
  messageId: `<CAH117${n}xQ2e9sLm+Vb7_kTz3pW@mail.gmail.com>`,
});

const jotform = (name: string, replyTo: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <noreply@jotform.com>`,
  envelope: `bounce-117${n}@jotform.com`,
  relay: JOTFORM,
  signers: [['jotform.com', 'jf1']],
  policy: 'QUARANTINE',
  subject,
  body: `${body}\r\n\r\nThis email was sent with Jotform.\r\n`,
  messageId: `<117${n}.jotmail.7c1e0a@jotform.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

const typeform = (name: string, replyTo: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <notifications@typeform.com>`,
  envelope: `bounces+8841${n}-2c1e-robin.reader=tidewater.example@em1171.typeform.com`,
  relay: TYPEFORM,
  signers: [['typeform.com', 's1']],
  policy: 'REJECT',
  subject,
  body: `${body}\r\n\r\nMade with Typeform\r\n`,
  messageId: `<117${n}.tf.Xq2e9@typeform.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

// --- Fixed at 22:18 on 2026-12-05 -------------------------------------------------------------
// A generic word (team, staff, office) names a desk in a store's name only where nothing but
// desk words follow it (lib/findings/reply-to.ts namesAService); before the organisation's name it
// counts only where nothing but desk words follow the name ("Team Tidewater", not "Team Tidewater
// Triathlon Club"); after it, a company form is skipped ("Tidewater Group Office") and a mail
// system's or office role's words count as desk words (lib/findings/desk-words.ts SYSTEM_WORDS:
// "Tidewater Email Quarantine", "Tidewater Office Manager", "Tidewater Staff Portal").
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

type Mode = 'genuine' | 'twins' | 'all';

/** The genuine shapes only (a legit module promises never to read "spoofed"). */
export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus((w) => writeCases(w, 'genuine'), PENDING_ENGINE_FIX, write);
}

/** Every case, genuine and twins. */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'all');
}

/** The attack twins alone, for an adversarial module. */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  reader: Reader;
  expect: CaseExpectation;
  twin?: boolean;
}

async function writeCases(write: CaseWriter, mode: Mode): Promise<void> {
  const emit = (c: One, attack = false) => {
    if (attack ? mode === 'genuine' : mode === 'twins') return;
    const { reader, cls, ...rest } = c;
    emitCase(write, {
      ...rest,
      args: argsFor(reader),
      zone: ZONE,
      class: attack ? 'spoofing' : `realworld117-${cls}`,
    });
  };
  const one = async (c: Omit<One, 'eml'> & { sent: Sent; n: string }, attack = false) => {
    const { sent, n, ...rest } = c;
    emit({ ...rest, eml: await deliver(sent, c.reader, n) }, attack);
  };

  // ---- The firms' own domains: no platform's chosen name, controls ----
  await one({
    name: 'realworld117-outlook-own-m365-office-furniture-quote',
    cls: 'own-domain',
    about: `Genuine: a local office-furniture dealer, Tidewater Office Furniture, sends a quote from its own Microsoft 365 tenant: "Tidewater Office Furniture" <sales@${FURNITURE}>, from ${EXO_OUT.rdns}, signed d=${FURNITURE} (selector1), SPF pass through spf.protection.outlook.com, p=quarantine, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated: the firm's own domain names it, and "Office Furniture" is its trade.`,
    reader: 'outlook',
    sent: {
      from: `"Tidewater Office Furniture" <sales@${FURNITURE}>`,
      envelope: `sales@${FURNITURE}`,
      relay: EXO_OUT,
      signers: [[FURNITURE, 'selector1']],
      policy: 'QUARANTINE',
      subject: 'Quote Q-20417: 12 sit-stand desks, 2nd floor',
      body: 'Hi Robin,\r\n\r\nPlease find our quote for the twelve sit-stand desks attached. Delivery within three weeks of order.\r\n\r\nKind regards,\r\nMaya Collins\r\nTidewater Office Furniture\r\n',
      messageId: `<PH0PR11MB117a1B2C3D4E5F60708@PH0PR11MB1170.namprd11.prod.outlook.com>`,
    },
    n: 'a',
    expect: PASSES,
    twin: true,
  });
  await one({
    name: 'realworld117-gmail-own-workspace-systems-inc-invoice',
    cls: 'own-domain',
    about: `Genuine: an IT contractor trading as Tidewater Systems Inc invoices the reader's firm from its own Google Workspace: "Tidewater Systems Inc" <accounts@${SYSTEMS}>, from ${GMAIL_OUT.rdns}, signed d=${SYSTEMS} (google), SPF pass, p=reject, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated: the name is the domain's owner's own (deskBeside reads "systems" + "inc" as a desk, but only a platform's chosen name is judged so; the domain itself, tidewatersystems, glues a generic word, no desk).`,
    reader: 'gmail',
    sent: {
      from: `"Tidewater Systems Inc" <accounts@${SYSTEMS}>`,
      envelope: `accounts@${SYSTEMS}`,
      relay: GMAIL_OUT,
      signers: [[SYSTEMS, 'google']],
      policy: 'REJECT',
      subject: 'Invoice TSI-1177 for November network support',
      body: 'Hello,\r\n\r\nAttached is invoice TSI-1177 for November network support (14 hours). Payment terms 30 days.\r\n\r\nTidewater Systems Inc\r\n',
      messageId: '<CAJ117bxQ2e9sLm+Vb7_kTz3pW@mail.gmail.com>',
    },
    n: 'b',
    expect: PASSES,
  });
  await one({
    name: 'realworld117-box-mailchimp-own-domain-department-store',
    cls: 'own-domain',
    about: `Genuine: the town's department store's newsletter through Mailchimp with its own authenticated domain: "Tidewater Department Store" <news@${DEPT}>, envelope under mail117.suw121.mcsv.net from ${MAILCHIMP.rdns} [${MAILCHIMP.ip}], signed d=${DEPT} (k2, the CNAME Mailchimp has its customers publish) and d=mcsv.net (k3), p=none, every pass, into the firm's Postfix box. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated ("Department Store" is a trade, and the domain is the store's own).`,
    reader: 'box',
    sent: {
      from: `"Tidewater Department Store" <news@${DEPT}>`,
      envelope: 'bounce-mc.us21_117445.5523-robin.reader=tidewater.example@mail117.suw121.mcsv.net',
      relay: MAILCHIMP,
      signers: [
        [DEPT, 'k2'],
        ['mcsv.net', 'k3'],
      ],
      policy: 'NONE',
      subject: 'Late-night shopping every Thursday in December',
      body: 'Late-night shopping is back: every Thursday in December we stay open until 9pm.\r\n\r\nTidewater Department Store, 14 Quay Street\r\nunsubscribe from this list: https://tidewaterdepartmentstore.us21.list-manage.com/unsubscribe?u=117\r\n',
      messageId: '<5f1e117c.117445@mail117.suw121.mcsv.net>',
      extra: ['List-Unsubscribe: <https://tidewaterdepartmentstore.us21.list-manage.com/unsubscribe?u=117>'],
    },
    n: 'c',
    expect: PASSES,
  });

  // ---- Shopify stores without a domain, answering at their Gmail ----
  await one({
    name: 'realworld117-gmail-shopify-team-sports-order-gmail-reply-to',
    cls: 'shopify-store',
    about: `Genuine: a sports shop with no domain of its own sells the reader's son's football kit on Shopify: "Tidewater Team Sports" <store+48213@t.shopifyemail.com>, "Order #1117 confirmed", Reply-To "Tidewater Team Sports" <tidewaterteamsports@gmail.com> (the owner's Gmail, the layout realworld93 accepts for "Juniper & Fern"), from ${SHOPIFY.rdns}, d=shopifyemail.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated: "Team Sports" is the shop's trade, and the store answers at its own mailbox under the same name.`,
    reader: 'gmail',
    sent: shopify(
      'Tidewater Team Sports',
      '48213',
      'tidewaterteamsports@gmail.com',
      'Order #1117 confirmed',
      "Thank you for your purchase!\r\n\r\nOrder #1117\r\nHome kit, youth M x1  $54.00\r\nShin guards x1       $18.00\r\nTotal $72.00\r\n\r\nWe'll let you know when it ships.",
      'd',
    ),
    n: 'd',
    expect: PASSES,
    twin: true,
  });
  await one({
    name: 'realworld117-outlook-shopify-bookshop-staff-picks-gmail-reply-to',
    cls: 'shopify-store',
    about: `Genuine: an independent bookshop named "Tidewater Staff Picks" (its shelves are its booksellers' picks) sells a book on Shopify: "Tidewater Staff Picks" <store+51907@t.shopifyemail.com>, "Your order has shipped", Reply-To "Tidewater Staff Picks" <tidewaterstaffpicks@gmail.com>, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated (as the sports shop).`,
    reader: 'outlook',
    sent: shopify(
      'Tidewater Staff Picks',
      '51907',
      'tidewaterstaffpicks@gmail.com',
      'Your order #2117 has shipped',
      'Good news: your order is on its way.\r\n\r\nThe Salt Path (paperback) x1\r\nTracking: https://tools.usps.com/go/TrackConfirmAction?tLabels=9400117',
      'e',
    ),
    n: 'e',
    expect: PASSES,
  });

  // ---- Square: a shipping store's receipt ----
  await one({
    name: 'realworld117-box-square-receipt-mail-boxes-shipping-store',
    cls: 'square-local-shop',
    about: `Genuine: the reader posts a parcel at the local shipping store, Tidewater Mail Boxes, and takes an e-mailed receipt: "Tidewater Mail Boxes" <messenger@messaging.squareup.com>, "Receipt from Tidewater Mail Boxes", d=messaging.squareup.com through SendGrid, every pass, into the firm's Postfix box. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated ("Mail Boxes" is the shop's trade, as round 115's "Office Supply").`,
    reader: 'box',
    sent: squareReceipt('Tidewater Mail Boxes', '$14.60', 'Priority Mail parcel, 2 lb; Packing tape', 'f'),
    n: 'f',
    expect: PASSES,
  });

  // ---- Substack: a triathlon club's newsletter ----
  await one({
    name: 'realworld117-gmail-substack-team-tidewater-triathlon-club',
    cls: 'substack-club',
    about: `Genuine: the reader's triathlon club publishes its newsletter on Substack: "Team Tidewater Triathlon" <teamtidewatertri@substack.com>, "Winter training schedule", through Mailgun under mg1.substack.com (${SUBSTACK.ip}), d=substack.com and d=mg1.substack.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated: "Team <place> <sport>" is how clubs name themselves; "Team" before the name with a sport after it is no desk of the reader's firm.`,
    reader: 'gmail',
    sent: substack(
      'Team Tidewater Triathlon',
      'teamtidewatertri',
      'Winter training schedule',
      'Hi all,\r\n\r\nPool sessions move to Tuesdays and Thursdays 6:30am from 1 December; long rides on Sundays weather permitting.\r\n\r\nSee you out there,\r\nCoach Ellie',
      'g',
    ),
    n: 'g',
    expect: PASSES,
  });

  // ---- Gmail accounts of small firms ----
  await one({
    name: 'realworld117-outlook-gmail-people-mover-shuttle-booking',
    cls: 'gmail-small-firm',
    about: `Genuine: an airport shuttle operator, Tidewater People Mover, confirms the reader's booking from its Gmail: "Tidewater People Mover" <tidewaterpeoplemover@gmail.com>, from ${GMAIL_OUT.rdns}, d=gmail.com, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated ("People Mover" is a vehicle, no desk).`,
    reader: 'outlook',
    sent: gmailSent(
      'Tidewater People Mover',
      'tidewaterpeoplemover',
      'Booking confirmed: airport transfer Mon 23 Nov 05:15',
      'Hi Robin,\r\n\r\nYour shuttle to the airport is booked for Monday 23 November, pick-up 05:15 at 8 Harbour Row. Fare $42, pay the driver.\r\n\r\nThanks,\r\nLou\r\nTidewater People Mover\r\n',
      'h',
    ),
    n: 'h',
    expect: PASSES,
  });
  await one({
    name: 'realworld117-gmail-gmail-hr-consulting-firm-honest-flag',
    cls: 'gmail-small-firm',
    about: `Genuine: a one-person HR consultancy, Tidewater Human Resources Consulting, writes from its Gmail to offer a workshop: "Tidewater Human Resources Consulting" <tidewater.hrconsulting@gmail.com>, every pass. Gmail, --recipient-domain ${TW}. Wanted: suspicious with display-name-reader-org, never spoofed, and honest: "Tidewater Human Resources" on a free mailbox to a Tidewater employee is exactly the HR-desk lure, and the trailing "Consulting" is one word an attacker adds at no cost; a demanding reader wants this questioned (the consultancy's own domain would read authenticated).`,
    reader: 'gmail',
    sent: gmailSent(
      'Tidewater Human Resources Consulting',
      'tidewater.hrconsulting',
      'Workshop offer: handling flexible-work requests',
      'Dear Robin,\r\n\r\nI run a small HR consultancy in the area and offer a half-day workshop on handling flexible-work requests. Would your team be interested?\r\n\r\nBest,\r\nNadia Brooks\r\n',
      'i',
    ),
    n: 'i',
    expect: NAME_IS_ANYONES,
  });

  // ---- Attack twins: a generic word followed by a system's or a role's word ----
  await one(
    {
      name: 'realworld117-box-gmail-mail-delivery-subsystem-attack-twin',
      cls: 'twin',
      about: `Attack twin: "Tidewater Mail Delivery Subsystem" <tidewater.mailer.daemon@gmail.com>, "Undelivered messages held: release within 24 hours", every pass (his own Gmail), into the firm's Postfix box. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: not trusted: the reader's organisation's name before "Mail Delivery Subsystem" (the bounce sender's own name) on a free mailbox is the quarantine lure; "delivery"/"subsystem" are a mail system's words, not a trade's.`,
      reader: 'box',
      sent: gmailSent(
        'Tidewater Mail Delivery Subsystem',
        'tidewater.mailer.daemon',
        'Undelivered messages held: release within 24 hours',
        'Delivery to your mailbox was delayed. 4 incoming messages are held.\r\n\r\nRelease them here within 24 hours: https://release-portal.example/tidewater\r\n',
        'j',
      ),
      n: 'j',
      expect: NOT_TRUSTED,
    },
    true,
  );
  await one(
    {
      name: 'realworld117-outlook-gmail-office-manager-attack-twin',
      cls: 'twin',
      about: `Attack twin: the gift-card lure from "Tidewater Office Manager" <tidewater.officemgr@gmail.com>, "Quick favour before 3pm", every pass. Exchange Online, --recipient-domain ${TW}. Wanted: not trusted: "Office Manager" is the firm's own office's role; the generic "office" followed by a role's word is the office itself, as "Tidewater Office Administrator" is.`,
      reader: 'outlook',
      sent: gmailSent(
        'Tidewater Office Manager',
        'tidewater.officemgr',
        'Quick favour before 3pm',
        'Hi Robin,\r\n\r\nAre you at your desk? I need you to pick up four gift cards for a client thank-you before 3pm; I will reimburse you today. Reply here.\r\n',
        'k',
      ),
      n: 'k',
      expect: NOT_TRUSTED,
    },
    true,
  );
  await one(
    {
      name: 'realworld117-gmail-jotform-staff-portal-attack-twin',
      cls: 'twin',
      about: `Attack twin: an attacker's Jotform form with Sender Name "Tidewater Staff Portal": "Tidewater Staff Portal" <noreply@jotform.com>, "Confirm your staff account before Monday", Reply-To it.desk@${TW} (Jotform's Reply-To is a form field the attacker fills in himself when he submits his own form; the payload is the link, no reply is wanted), every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted: "Staff Portal" is the firm's own sign-in page, no shop's trade.`,
      reader: 'gmail',
      sent: jotform(
        'Tidewater Staff Portal',
        `it.desk@${TW}`,
        'Confirm your staff account before Monday',
        'Your staff account must be confirmed before Monday. Sign in with your work email and password below.',
        'l',
      ),
      n: 'l',
      expect: NOT_TRUSTED,
    },
    true,
  );
  await one(
    {
      name: 'realworld117-box-typeform-email-quarantine-attack-twin',
      cls: 'twin',
      about: `Attack twin: an attacker's Typeform respondent e-mail named "Tidewater Email Quarantine": "Tidewater Email Quarantine" <notifications@typeform.com>, "3 messages quarantined for robin.reader", no Reply-To (the payload is the release link), every pass, into the firm's Postfix box. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: not trusted ("Email Quarantine" names the firm's mail filter).`,
      reader: 'box',
      sent: typeform(
        'Tidewater Email Quarantine',
        '',
        `3 messages quarantined for ${READER}`,
        'Three messages addressed to you were quarantined. Review and release them within 48 hours.',
        'm',
      ),
      n: 'm',
      expect: NOT_TRUSTED,
    },
    true,
  );
  await one(
    {
      name: 'realworld117-gmail-gmail-group-office-attack-twin',
      cls: 'twin',
      about: `Attack twin: a company form between the name and the generic word: "Tidewater Group Office" <tidewatergroup.office@gmail.com>, "Updated bank details for December payroll", every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted: "Tidewater Group" is the firm's own name written with its form, and "Office" right after it the firm's office, as "Tidewater Office" is.`,
      reader: 'gmail',
      sent: gmailSent(
        'Tidewater Group Office',
        'tidewatergroup.office',
        'Updated bank details for December payroll',
        'Dear colleague,\r\n\r\nPlease confirm your bank details for the December payroll run using the attached form by Wednesday.\r\n\r\nTidewater Group Office\r\n',
        'n',
      ),
      n: 'n',
      expect: NOT_TRUSTED,
    },
    true,
  );
  // Controls the fix must keep: twins the engine already catches, beside the genuine stores.
  await one(
    {
      name: 'realworld117-outlook-shopify-staff-store-payroll-attack-twin',
      cls: 'twin',
      about: `Attack twin beside the Shopify stores: an attacker's Shopify store "Tidewater Staff Payroll" <store+60117@t.shopifyemail.com>, "Action needed: your December payslip", Reply-To "Tidewater Staff Payroll" <tidewaterstaffpayroll@gmail.com>, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: not trusted (a desk's word after the generic one; a fix for the stores must keep this).`,
      reader: 'outlook',
      sent: shopify(
        'Tidewater Staff Payroll',
        '60117',
        'tidewaterstaffpayroll@gmail.com',
        'Action needed: your December payslip',
        'Your December payslip is ready. Confirm your bank details to receive it.',
        'o',
      ),
      n: 'o',
      expect: NOT_TRUSTED,
    },
    true,
  );
  await one(
    {
      name: 'realworld117-gmail-substack-the-tidewater-team-attack-twin',
      cls: 'twin',
      about: `Attack twin beside the club: an attacker's Substack named "Team Tidewater" <teamtidewater@substack.com>, "Important: new expense policy from 1 December", every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted ("Team Tidewater" alone is how the firm signs its own notices; a fix for "Team Tidewater Triathlon" must keep this).`,
      reader: 'gmail',
      sent: substack(
        'Team Tidewater',
        'teamtidewater',
        'Important: new expense policy from 1 December',
        'Hello team,\r\n\r\nFrom 1 December all expenses must be re-approved in the new portal. Sign in with your work account.\r\n',
        'p',
      ),
      n: 'p',
      expect: NOT_TRUSTED,
    },
    true,
  );
}
