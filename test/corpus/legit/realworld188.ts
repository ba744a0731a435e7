// Real-world delivery shapes, hundred-and-eighty-eighth round: brands' own transactional mail from
// their own domains (a seller's and a buyer's message through Amazon's German buyer-seller relay,
// DHL Express's On Demand Delivery notice through its IronPort gateway, Apple ID's security mail
// from id.apple.com and email.apple.com, Google's sign-in alert from accounts.google.com, PayPal
// UK's receipt from paypal.co.uk, Netflix's access code; and three brand senders no round had:
// Microsoft Power Automate's approvals from Azure addresses, Amazon Prime Video from primevideo.com,
// the Microsoft Store from microsoftstoreemail.com), each read in Gmail, Exchange Online (--webmail outlook), Yahoo
// Mail and the reader's Postfix box, online (the brand's DNS served) and offline (no zone: only the
// provider's Authentication-Results), now that the verdict row `impersonation-unchecked` (offline
// with nothing checked, a medium name claim reads suspicious) is in. Earlier rounds hold these
// brands online in one reader each (realworld7: DHL in Gmail; realworld106: marketplace.amazon.com,
// email.apple.com, accounts.google.com, paypal.com online); this round adds the offline readings,
// the German marketplace relay in both directions, id.apple.com and paypal.co.uk.
// Rules crossed: lib/findings/display-name.ts (a brand named from a domain), lib/findings/domains.ts
// (BRANDS: amazon.de, dhl.com, apple.com, google.com, paypal.co.uk), lib/findings/lookalike.ts, the
// relay classifier (Amazon SES 54.240.0.0/18, Apple 17.0.0.0/8, Google 209.85.128.0/17, PayPal
// 173.0.80.0/20, DHL's own 165.72.0.0/16) and lib/engine's verdict rows offline.
// Where the layouts were learnt:
// - Amazon buyer-seller messaging, German marketplace: `find_string` "marketplace.amazon.de" (a
//   seller-support dashboard's saved messages, file id 56770335247): the buyer's message to the
//   seller `From: "Cliente Amazon" <buyer-…@marketplace.amazon.de>`, `X-Space-Notification-Type:
//   BBC_MESSAGE_SENT_TO_MERCHANT`, `X-Marketplace-ID: A1PA6795UKMFR9` (amazon.de's marketplace id,
//   also in SP-API order fixtures found by the same search), the subject "Frage von Amazon-Kunde …
//   (Bestellung: 30x-…)"; anonymised buyer addresses `<15 letters>@marketplace.amazon.de` in order
//   fixtures and regex tests (same search). The seller's message to the buyer, "<Seller> - Amazon
//   Marketplace", and the SES relay with d=marketplace.amazon.<tld> beside amazonses.com: as
//   realworld106 (Amazon Seller Central's Buyer-Seller Messaging help). NOT confirmed: the selector
//   Amazon signs marketplace.amazon.de with (bsm2023 assumed, as realworld106) and whether the German
//   relay sends from eu-west-1 (a SES host in 54.240.0.0/18 modelled).
// - DHL Express On Demand Delivery: the saved genuine message in YilunAllenChen/Breaking_DKIM
//   (email_templates.py, `search` code "appleid@id.apple.com DKIM" found it): From "DHL EXPRESS"
//   <NoReply.ODD@dhl.com>, `DKIM-Signature: … d=dhl.com; l=20417; s=20140901;
//   h=date:from:to:message-id:subject:mime-version`, IronPort-SDR, `X-ExtLoop1: 1`, `Received: from
//   mykullspc000037.apis.dhl.com ([199.40.12.47]) by gateway2c.dhl.com with ESMTP`; gateway address as
//   realworld7 (165.72.200.27).
// - Apple ID: From forms `Apple<appleid@id.apple.com>` and `Apple<appleid_dkda@email.apple.com>` as
//   counted in a list archive's DMARC bounces (`find_string` "appleid@id.apple.com", file id
//   37145945599), and sender lists naming appleid@id.apple.com with "Verify your Apple ID email
//   address" (same search); Apple's transactional hosts rn2-txn-msbadger…apple.com in 17.111.110.0/24
//   as realworld106. NOT confirmed: the selector (id0517 modelled) and that id.apple.com signs as
//   itself (modelled d=id.apple.com, the `header.i=@id.apple.com` a test fixture records).
// - Google: as realworld106/realworld98 (gaia.bounces.google.com envelope, mail-sor-f69.google.com,
//   d=accounts.google.com s=20230601).
// - Microsoft Power Automate: Microsoft's KB 4559558 "Power Automate approval email delivery
//   information" (`find_string` "flow-noreply@", file id 3972581331): "All approval emails will be
//   sent with a sender address of flow-noreply@microsoft.com", from "any IP in" the record of
//   _spf1-meo.microsoft.com (its ip4 list copied into MEO_SPF; 20.98.194.68/30 and the others are
//   Azure's, AS 8075); a flow's documentation names the sender "Microsoft Power Automate
//   (flow-noreply@microsoft.com)" (same search, file id 32380388834). NOT confirmed: whether it is
//   DKIM-signed (modelled unsigned, as the KB asks receivers to allow it by SPF), its HELO and
//   reverse name (modelled an address literal and none), and that microsoft.com's SPF includes
//   _spf1-meo directly (modelled so; the real record nests includes).
// - Amazon Prime Video: `find_string` "@primevideo.com": a subscription tracker's self-test message
//   `from = "Amazon Prime Video <no-reply@primevideo.com>"` (file id 65759620742), Gmail filter lists
//   and a Hungarian inbox census with no-reply@primevideo.com and no-reply@channels.primevideo.com
//   (file ids 44856425492, 58336225399). NOT confirmed: that it leaves through SES and its selector.
// - Microsoft Store: a Gmail sender census in a public Apps Script repository (`find_string` "Google
//   Nest <", file id 13052432053): 'Microsoft Store <microsoftstore@microsoftstoreemail.com>', 5
//   messages, beside 'Google Nest <googlenest@google.com>' and 'Google <no-reply@accounts.google.com>'.
//   NOT confirmed: that it goes through Salesforce Marketing Cloud (modelled as realworld6/106's
//   SFMC layout: 13.111.x.x mta host, bounce.<domain> envelope, selector 200608).
// - Netflix: as realworld7 (account.netflix.com signed, mailer.netflix.com envelope, AS 2906 host).
// - PayPal: mx0.slc.paypal.com [173.0.84.225] and d=paypal.com's selector as probe92/realworld106;
//   that paypal.co.uk receipts are signed d=paypal.co.uk is NOT confirmed (modelled so; paypal.co.uk
//   is in BRANDS for that reason).
// Readers' layouts: receivers.ts (Gmail, Exchange Online's EOP, Yahoo's 2025 omega layout) and the
// Postfix/Dovecot box of realworld161. Names are documentation ones except the brands' and the
// providers'; every key is the corpus test key.
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
import { onTop, received, submitted } from '../messages';
import {
  EOP_UNSIGNED,
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';

const FIRM = 'reader.example';
const ROBIN = `robin@${FIRM}`;
const YAHOO_TO = 'robin.reader@yahoo.com';
const OUTLOOK_TO = 'robin@harbourline.example';
const YAHOO = ['--webmail', 'yahoo'];
const BOX = ['--authserv-id', RECEIVER, '--recipient-domain', FIRM];

/** Genuine brand mail the provider recorded as passing, offline: never spoofed, never a warning. */
const NOT_WARNED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const ARGS: Record<Reader, string[]> = { gmail: GMAIL, outlook: OUTLOOK, yahoo: YAHOO, box: BOX };
const TO: Record<Reader, string> = { gmail: GMAIL_TO, outlook: OUTLOOK_TO, yahoo: YAHOO_TO, box: ROBIN };

const host = (name: string, ip: string): Relay => ({ helo: name, rdns: name, ip });
const SES = host('a8-188.smtp-out.amazonses.com', '54.240.8.188');
const DHL_GW = host('gateway2c.dhl.com', '165.72.200.27');
const APPLE_TXN = host('rn2-txn-msbadger07188.apple.com', '17.111.110.188');
const GOOGLE = host('mail-sor-f69.google.com', '209.85.220.69');
const PAYPAL = host('mx0.slc.paypal.com', '173.0.84.225');
const NETFLIX = host('omta-sj3-a26.mailer.netflix.com', '69.53.226.26');
const SFMC_MSSTORE = host('mta.microsoftstoreemail.com', '13.111.14.188');
/** A Power Automate approval sender: one of the /30s in _spf1-meo.microsoft.com (Azure), no PTR, an address-literal HELO. */
const MEO: Relay = { helo: '[20.98.194.69]', rdns: 'unknown', ip: '20.98.194.69' };
const MEO_SPF =
  'v=spf1 ip4:52.165.175.144 ip4:52.247.53.144 ip4:157.55.254.216 ip4:13.74.143.28 ip4:104.214.25.77 ip4:207.46.225.107 ip4:51.137.58.21 ip4:138.91.172.26 ip4:52.250.107.196 ip4:13.92.31.129 ip4:51.144.100.179 ip4:52.160.39.140 ip4:52.244.206.214 ip4:13.72.50.45 ip4:20.118.139.208/30 ip4:20.98.194.68/30 ip4:20.83.222.104/30 ip4:20.88.157.184/30 ip4:20.59.80.4/30 ip4:20.51.6.32/30 ip4:20.97.34.220/30 ip4:20.107.239.64/30 ip4:20.105.209.76/30 ip4:20.98.148.156/30 ip4:20.69.8.108/30 ~all';

interface Brand {
  slug: string;
  story: string;
  from: string;
  fromDomain: string;
  /** DMARC policy as the record says it (lower case). */
  policy: string;
  envelope: string;
  relay: Relay;
  /** Signatures, first signed first. */
  signers: Array<[string, string]>;
  /** DNS beyond keys and the relay's name: SPF and DMARC records by name. */
  records: Record<string, string>;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
  /** The sender's own hops under the provider's entry (nearest the message last). */
  below?: string[];
  /** What a careful analyst wants, where it is not the default (authenticated online, no warning offline). */
  expect?: { online?: CaseExpectation; offline?: CaseExpectation };
  /** What the `about` says is wanted, where it is not the default. */
  wanted?: string;
  /** The recipient, when the story names one (else the reader's own address). */
  to?: (reader: Reader) => string;
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';

function zoneOf(b: Brand): Record<string, unknown> {
  return {
    ...ptr(b.relay.ip, b.relay.rdns),
    ...Object.fromEntries(b.signers.map(([d, s]) => [`${s}._domainkey.${d}`, KEY()])),
    ...Object.fromEntries(Object.entries(b.records).map(([n, r]) => [n, { TXT: [r] }])),
  };
}

const envDomain = (b: Brand) => b.envelope.slice(b.envelope.lastIndexOf('@') + 1);

async function deliver(b: Brand, reader: Reader, tag: string): Promise<string> {
  const to = b.to ? b.to(reader) : TO[reader];
  const signed = await signAll(
    submitted({
      from: b.from,
      to,
      subject: b.subject,
      date: SENT,
      messageId: b.messageId,
      body: b.body,
      extraHeaders: b.extra,
    }),
    b.signers,
  );
  const raw = b.below?.length ? onTop(signed, ...b.below) : signed;
  const policy = b.policy;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: b.relay,
      envelope: b.envelope,
      results: [
        ...b.signers.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(b.envelope, b.relay.ip),
        gmailDmarc(b.fromDomain, policy.toUpperCase()),
      ].join('\r\n       '),
      ids: [`x188csp${tag}pxa`, `a188si${tag}qtb.88`],
      spf: 'pass',
      deliveredTo: true,
      to,
    });
  if (reader === 'outlook') {
    const own = b.signers.find(([d]) => d === b.fromDomain) ?? b.signers[0];
    const dkim = own ? `dkim=pass (signature was verified)\r\n header.d=${own[0]}` : EOP_UNSIGNED;
    return eopDelivery(raw, {
      ...eopPass(b.relay, envDomain(b), dkim, b.fromDomain),
      returnPath: b.envelope,
    });
  }
  if (reader === 'yahoo') {
    const dkim = b.signers.length
      ? b.signers.map(([d, s]) => `dkim=pass header.i=@${d} header.s=${s};`).join('\r\n ')
      : 'dkim=unknown;';
    return yahooOmega(
      raw,
      {
        ip: b.relay.ip,
        helo: b.relay.helo,
        envelope: b.envelope,
        spf: `pass (domain of ${envDomain(b)} designates ${b.relay.ip} as permitted sender)`,
        ar: `${dkim}\r\n spf=pass smtp.mailfrom=${envDomain(b)};\r\n dmarc=pass(p=${policy}) header.from=${b.fromDomain};`,
      },
      { tag: `R188${tag}`, pod: 'w8k2q', inner: '10.217.151.88', to },
    );
  }
  const dkim = b.signers.length
    ? b.signers.map(([d, s]) => `dkim=pass header.d=${d} header.s=${s} header.b=Q29ycHVz`).join(';\r\n\t')
    : 'dkim=none';
  return onTop(
    raw,
    `Return-Path: <${b.envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=pass (${RECEIVER}: domain of ${b.envelope} designates ${b.relay.ip} as permitted sender) smtp.mailfrom=${b.envelope};\r\n\tdmarc=pass (p=${policy}) header.from=${b.fromDomain}`,
    received({
      ...b.relay,
      by: RECEIVER,
      id: `4Zw188${tag}x`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
}

// --- The brands ----------------------------------------------------------------------------------
const SELLER = 'Harbour Goods';
const SELLER_MAILBOX = (reader: Reader) =>
  `${SELLER} <${reader === 'box' ? 'amazon-messages@reader.example' : TO[reader]}>`;

const BRANDS_188: Brand[] = [
  {
    slug: 'amazon-de-buyer-to-seller',
    story: `A buyer's question to the seller through Amazon's German Buyer-Seller Messaging: From "Cliente Amazon" <kr3b15szg6bmv7w@marketplace.amazon.de> (Amazon's anonymised relay address, the display name Amazon writes), X-Space-Notification-Type BBC_MESSAGE_SENT_TO_MERCHANT, X-Marketplace-ID A1PA6795UKMFR9, sent through Amazon SES (${SES.rdns}), envelope under amazonses.com, signed d=marketplace.amazon.de and SES's d=amazonses.com; DMARC passes by the aligned signature only`,
    from: '"Cliente Amazon" <kr3b15szg6bmv7w@marketplace.amazon.de>',
    fromDomain: 'marketplace.amazon.de',
    policy: 'quarantine',
    envelope: '0102019a3f188b2c-7c1e4b3a-1888-4c8e-9f7d-0a1b2c3d4e5f-000000@eu-west-1.amazonses.com',
    relay: SES,
    signers: [
      ['marketplace.amazon.de', 'bsm2023'],
      ['amazonses.com', 'shh3fegwg5fppqsuzphvschd53n6ihuv'],
    ],
    records: {
      'eu-west-1.amazonses.com': 'v=spf1 ip4:54.240.0.0/18 -all',
      '_dmarc.amazon.de': 'v=DMARC1; p=quarantine; pct=100',
    },
    subject: 'Frage von Amazon-Kunde (Bestellung: 302-1880188-0188018)',
    body: '# 302-1880188-0188018:\r\n1 / Teekanne Steingut 1,2 l [ASIN: B0HARBOUR1]\r\n\r\n------------- Nachricht: -------------\r\n\r\nGuten Tag, ist die Kanne spuelmaschinenfest?\r\n\r\n------------- Ende der Nachricht -------------\r\n',
    messageId: '<0102019a3f188b2c-7c1e4b3a-1888-4c8e-9f7d-0a1b2c3d4e5f-000000@eu-west-1.amazonses.com>',
    extra: ['X-Space-Notification-Type: BBC_MESSAGE_SENT_TO_MERCHANT', 'X-Marketplace-ID: A1PA6795UKMFR9'],
    to: SELLER_MAILBOX,
  },
  {
    slug: 'amazon-de-seller-to-buyer',
    story: `The seller's reply to the buyer through the same relay: From "${SELLER} - Amazon Marketplace" <m1m8b7wmrxzt4nh@marketplace.amazon.de>, through Amazon SES, envelope under amazonses.com, signed d=marketplace.amazon.de and d=amazonses.com`,
    from: `"${SELLER} - Amazon Marketplace" <m1m8b7wmrxzt4nh@marketplace.amazon.de>`,
    fromDomain: 'marketplace.amazon.de',
    policy: 'quarantine',
    envelope: '0102019a3f188c3d-8d2f5c4b-1888-4d9f-8e6c-1b2c3d4e5f60-000000@eu-west-1.amazonses.com',
    relay: SES,
    signers: [
      ['marketplace.amazon.de', 'bsm2023'],
      ['amazonses.com', 'shh3fegwg5fppqsuzphvschd53n6ihuv'],
    ],
    records: {
      'eu-west-1.amazonses.com': 'v=spf1 ip4:54.240.0.0/18 -all',
      '_dmarc.amazon.de': 'v=DMARC1; p=quarantine; pct=100',
    },
    subject: 'Ihre Nachricht zu Bestellung 302-1880188-0188018',
    body: 'Guten Tag,\r\n\r\nja, die Kanne ist spuelmaschinenfest bis 60 Grad.\r\n\r\nViele Gruesse\r\nHarbour Goods\r\n',
    messageId: '<0102019a3f188c3d-8d2f5c4b-1888-4d9f-8e6c-1b2c3d4e5f60-000000@eu-west-1.amazonses.com>',
    extra: ['X-Marketplace-ID: A1PA6795UKMFR9'],
  },
  {
    slug: 'dhl-express-on-demand-delivery',
    story: `DHL Express's On Demand Delivery notice: From "DHL EXPRESS" <NoReply.ODD@dhl.com>, signed d=dhl.com s=20140901 over date:from:to:message-id:subject:mime-version, IronPort-SDR, an apis.dhl.com application host handing it to DHL's gateway ${DHL_GW.rdns} [${DHL_GW.ip}], envelope the From address; dhl.com publishes p=reject`,
    from: 'DHL EXPRESS <NoReply.ODD@dhl.com>',
    fromDomain: 'dhl.com',
    policy: 'reject',
    envelope: 'NoReply.ODD@dhl.com',
    relay: DHL_GW,
    signers: [['dhl.com', '20140901']],
    records: {
      'dhl.com': 'v=spf1 ip4:165.72.200.0/24 ip4:199.40.0.0/16 -all',
      '_dmarc.dhl.com': 'v=DMARC1; p=reject',
    },
    subject: 'DHL On Demand Delivery',
    body: 'Your shipment 1880188018 is on its way. Choose when and where it is delivered in On Demand Delivery.\r\n',
    messageId: '<834910958.5388621.1795168800188@mykullspc000037.apis.dhl.com>',
    extra: ['X-ExtLoop1: 1'],
    below: [
      'IronPort-SDR: ua4uoANAvDxY7IN4NgJySymDuqpNEzbDdkqo1EUUrraEckevV+B3kk3qZo3/4HraQabuCEhrQ2 O5Mp9sGYSq7EX5YrRK3GTEXq82DTpbI58=',
      'Received: from mykullspc000037.apis.dhl.com ([199.40.12.47])\r\n  by gateway2c.dhl.com with ESMTP; 20 Nov 2026 10:00:03 +0000',
    ],
  },
  {
    slug: 'apple-id-verify-email',
    story: `Apple ID's "Verify your Apple ID email address" code: From Apple <appleid@id.apple.com>, envelope the same address, from Apple's transactional host ${APPLE_TXN.rdns} [${APPLE_TXN.ip}], signed d=id.apple.com; apple.com publishes p=quarantine`,
    from: 'Apple <appleid@id.apple.com>',
    fromDomain: 'id.apple.com',
    policy: 'quarantine',
    envelope: 'appleid@id.apple.com',
    relay: APPLE_TXN,
    signers: [['id.apple.com', 'id0517']],
    records: {
      'id.apple.com': 'v=spf1 ip4:17.0.0.0/8 -all',
      '_dmarc.apple.com': 'v=DMARC1; p=quarantine; sp=reject',
    },
    subject: 'Verify your Apple ID email address',
    body: 'You have selected this email address as your new Apple ID. To verify this email address belongs to you, enter the code below on the email verification page:\r\n\r\n188018\r\n\r\nApple\r\n',
    messageId: '<1880188.18801.1795168800188@rn2-txn-msbadger07188.apple.com>',
  },
  {
    slug: 'apple-id-dkda-sign-in-notice',
    story: `Apple ID's sign-in notice from its other sender: From Apple <appleid_dkda@email.apple.com>, envelope under email.apple.com, from ${APPLE_TXN.rdns}, signed d=email.apple.com`,
    from: 'Apple <appleid_dkda@email.apple.com>',
    fromDomain: 'email.apple.com',
    policy: 'quarantine',
    envelope: 'appleid_dkda@email.apple.com',
    relay: APPLE_TXN,
    signers: [['email.apple.com', 'email0517']],
    records: {
      'email.apple.com': 'v=spf1 ip4:17.0.0.0/8 -all',
      '_dmarc.apple.com': 'v=DMARC1; p=quarantine; sp=reject',
    },
    subject: 'Your Apple ID was used to sign in to iCloud via a web browser',
    body: 'Dear Robin,\r\n\r\nyour Apple ID was used to sign in to iCloud via a web browser on 20 November 2026.\r\nIf you have not signed in recently, change your password at appleid.apple.com.\r\n\r\nApple Support\r\n',
    messageId: '<A1881880-D5C4-4B3A-8F18-0188018801AA@email.apple.com>',
  },
  {
    slug: 'google-security-alert',
    story: `Google's sign-in alert: From Google <no-reply@accounts.google.com>, envelope under gaia.bounces.google.com, from ${GOOGLE.rdns} [${GOOGLE.ip}], signed d=accounts.google.com s=20230601; google.com publishes p=reject`,
    from: 'Google <no-reply@accounts.google.com>',
    fromDomain: 'accounts.google.com',
    policy: 'reject',
    envelope: '3aBcZaQ188Ab0CgDiJQU8FvVhRn8HI.JHR9fLhKgG-1888.PVT@gaia.bounces.google.com',
    relay: GOOGLE,
    signers: [['accounts.google.com', '20230601']],
    records: {
      'gaia.bounces.google.com': 'v=spf1 ip4:209.85.128.0/17 ~all',
      '_dmarc.google.com': 'v=DMARC1; p=reject; rua=mailto:mailauth-reports@google.com',
    },
    subject: 'Security alert',
    body: 'A new sign-in on Windows\r\n\r\nWe noticed a new sign-in to your Google Account on a Windows device. If this was you, you do not need to do anything.\r\n',
    messageId: '<aB188cDeFgHiJkLmNoPq-188@google.com>',
  },
  {
    slug: 'paypal-uk-receipt',
    story: `PayPal UK's payment receipt: From PayPal <service@paypal.co.uk>, envelope the same address, from PayPal's ${PAYPAL.rdns} [${PAYPAL.ip}], signed d=paypal.co.uk; paypal.co.uk publishes p=reject`,
    from: 'PayPal <service@paypal.co.uk>',
    fromDomain: 'paypal.co.uk',
    policy: 'reject',
    envelope: 'service@paypal.co.uk',
    relay: PAYPAL,
    signers: [['paypal.co.uk', 'pp-dkim1']],
    records: {
      'paypal.co.uk': 'v=spf1 ip4:173.0.80.0/20 ip4:66.211.168.0/22 -all',
      '_dmarc.paypal.co.uk': 'v=DMARC1; p=reject',
    },
    subject: 'Receipt for your payment to Harbour Goods',
    body: 'Hello Robin,\r\n\r\nYou sent a payment of GBP 18.80 to Harbour Goods.\r\nTransaction ID 1H8801880188018X\r\n\r\nPayPal\r\n',
    messageId: '<1880188.0188.1795168800188.JavaMail.httpd@service188.slc.paypal.com>',
  },
  {
    slug: 'netflix-household-code',
    story: `Netflix's temporary access code: From Netflix <info@account.netflix.com>, envelope under mailer.netflix.com, from Netflix's own ${NETFLIX.rdns} [${NETFLIX.ip}] (AS 2906), signed d=account.netflix.com; netflix.com publishes p=reject`,
    from: 'Netflix <info@account.netflix.com>',
    fromDomain: 'account.netflix.com',
    policy: 'reject',
    envelope: 'bounce-mc.us-east-1_ab18cd88@mailer.netflix.com',
    relay: NETFLIX,
    signers: [['account.netflix.com', 'sjs']],
    records: {
      'mailer.netflix.com': 'v=spf1 ip4:69.53.224.0/19 -all',
      '_dmarc.netflix.com': 'v=DMARC1; p=reject',
    },
    subject: 'Your Netflix temporary access code',
    body: 'Hi Robin,\r\n\r\nyour temporary access code is 1880. It expires in 15 minutes.\r\n\r\nThe Netflix team\r\n',
    messageId: '<1880188.0188.1795168800188@omta-sj3-a26.mailer.netflix.com>',
  },
  {
    slug: 'ms-power-automate-approval',
    story: `A Power Automate approval request: From Microsoft Power Automate <flow-noreply@microsoft.com>, envelope the same address, sent from ${MEO.ip} (one of the Azure /30s Microsoft's KB 4559558 lists in _spf1-meo.microsoft.com, which microsoft.com's SPF includes), unsigned (the KB tells receivers to allow it by that SPF record), no reverse name; microsoft.com publishes p=reject, so DMARC passes by SPF aligned`,
    from: 'Microsoft Power Automate <flow-noreply@microsoft.com>',
    fromDomain: 'microsoft.com',
    policy: 'reject',
    envelope: 'flow-noreply@microsoft.com',
    relay: MEO,
    signers: [],
    records: {
      'microsoft.com': 'v=spf1 include:_spf1-meo.microsoft.com -all',
      '_spf1-meo.microsoft.com': MEO_SPF,
      '_dmarc.microsoft.com': 'v=DMARC1; p=reject; pct=100',
    },
    subject: 'Approval request: Purchase order PO-1880 for Harbour Goods',
    body: 'Dana Mills sent you an approval request.\r\n\r\nPurchase order PO-1880, GBP 1,880.00\r\n\r\nApprove | Reject\r\n\r\nMicrosoft Power Automate\r\n',
    messageId: '<b1880188-0188-4188-a188-0188018801ff@microsoft.com>',
    extra: ['X-Auto-Response-Suppress: All'],
    // Microsoft's own service on its own cloud, named address by address in microsoft.com's SPF:
    // no rented server. Unsigned, and Power Automate carries any tenant's text in its flows' mail
    // (public reports of "Unusual Transaction" lures from this very address), so unverified is as
    // right as authenticated; a warning about a rented server is not.
    wanted:
      'authenticated or unverified, never suspicious: the address is one microsoft.com’s own SPF names (Microsoft’s service on its own cloud), no rented server',
    expect: {
      online: { notVerdict: ['spoofed', 'suspicious'], absentFindings: ['hosted-server-relay'] },
      offline: { notVerdict: ['spoofed', 'suspicious'], absentFindings: ['hosted-server-relay'] },
    },
  },
  {
    slug: 'amazon-prime-video-notice',
    story: `Amazon Prime Video's own notice: From Amazon Prime Video <no-reply@primevideo.com> (the sender name and address public mail filters and a subscription tracker's test message record), through Amazon SES (${SES.rdns}), envelope under amazonses.com, signed d=primevideo.com and SES's d=amazonses.com; primevideo.com publishes p=quarantine`,
    from: 'Amazon Prime Video <no-reply@primevideo.com>',
    fromDomain: 'primevideo.com',
    policy: 'quarantine',
    envelope: '0102019a3f188d4e-9e3a6d5c-1888-4e0a-9f7d-2c3d4e5f6071-000000@eu-west-1.amazonses.com',
    relay: SES,
    signers: [
      ['primevideo.com', 'pv2024'],
      ['amazonses.com', 'shh3fegwg5fppqsuzphvschd53n6ihuv'],
    ],
    records: {
      'eu-west-1.amazonses.com': 'v=spf1 ip4:54.240.0.0/18 -all',
      '_dmarc.primevideo.com': 'v=DMARC1; p=quarantine; pct=100',
    },
    subject: 'Your Prime Video Channels subscription has been renewed',
    body: 'Hello Robin,\r\n\r\nyour Prime Video Channels subscription renewed on 20 November 2026 for EUR 4.99.\r\n\r\nPrime Video\r\n',
    messageId: '<0102019a3f188d4e-9e3a6d5c-1888-4e0a-9f7d-2c3d4e5f6071-000000@eu-west-1.amazonses.com>',
  },
  {
    slug: 'microsoft-store-order-sfmc',
    story: `The Microsoft Store's order mail: From Microsoft Store <microsoftstore@microsoftstoreemail.com> (the sender and address a public mailbox census records five times), through Salesforce Marketing Cloud (${SFMC_MSSTORE.rdns} [${SFMC_MSSTORE.ip}]), envelope bounce-…@bounce.microsoftstoreemail.com, signed d=microsoftstoreemail.com; p=reject`,
    from: 'Microsoft Store <microsoftstore@microsoftstoreemail.com>',
    fromDomain: 'microsoftstoreemail.com',
    policy: 'reject',
    envelope: 'bounce-188_HTML-552019871-1044321-6100321-18@bounce.microsoftstoreemail.com',
    relay: SFMC_MSSTORE,
    signers: [['microsoftstoreemail.com', '200608']],
    records: {
      'bounce.microsoftstoreemail.com': 'v=spf1 ip4:13.111.0.0/16 -all',
      '_dmarc.microsoftstoreemail.com': 'v=DMARC1; p=reject',
    },
    subject: 'Thank you for your Microsoft Store order',
    body: 'Hello Robin,\r\n\r\nthank you for your order 1880188018. Surface Pen, GBP 99.99.\r\n\r\nMicrosoft Store\r\n',
    messageId: '<1880188.0188@bounce.microsoftstoreemail.com>',
    extra: ['x-job: 7223188_1880188', 'X-SFMC-Stack: 10'],
  },
];

/** Which readers read each brand online and offline (each pair at most once). */
const PLAN: Record<string, Array<[Reader, 'online' | 'offline']>> = {
  'amazon-de-buyer-to-seller': [
    ['gmail', 'online'],
    ['outlook', 'offline'],
    ['box', 'offline'],
  ],
  'amazon-de-seller-to-buyer': [
    ['yahoo', 'online'],
    ['yahoo', 'offline'],
    ['outlook', 'offline'],
  ],
  'dhl-express-on-demand-delivery': [
    ['outlook', 'online'],
    ['outlook', 'offline'],
    ['box', 'offline'],
    ['yahoo', 'offline'],
  ],
  'apple-id-verify-email': [
    ['gmail', 'offline'],
    ['outlook', 'offline'],
    ['box', 'online'],
    ['box', 'offline'],
  ],
  'apple-id-dkda-sign-in-notice': [
    ['yahoo', 'offline'],
    ['outlook', 'online'],
  ],
  'google-security-alert': [
    ['yahoo', 'offline'],
    ['box', 'offline'],
    ['outlook', 'offline'],
  ],
  'netflix-household-code': [
    ['outlook', 'online'],
    ['yahoo', 'offline'],
    ['box', 'offline'],
    ['outlook', 'offline'],
  ],
  'ms-power-automate-approval': [
    ['outlook', 'online'],
    ['box', 'online'],
    ['yahoo', 'online'],
    ['box', 'offline'],
    ['outlook', 'offline'],
  ],
  'amazon-prime-video-notice': [
    ['gmail', 'online'],
    ['outlook', 'online'],
    ['yahoo', 'offline'],
    ['box', 'offline'],
    ['outlook', 'offline'],
  ],
  'microsoft-store-order-sfmc': [
    ['gmail', 'online'],
    ['yahoo', 'online'],
    ['outlook', 'offline'],
    ['box', 'offline'],
  ],
  'paypal-uk-receipt': [
    ['gmail', 'online'],
    ['outlook', 'offline'],
    ['box', 'offline'],
    ['yahoo', 'offline'],
  ],
};

const READER_NAME: Record<Reader, string> = {
  gmail: 'Gmail',
  outlook: 'Exchange Online (--webmail outlook)',
  yahoo: 'Yahoo Mail',
  box: "the reader's Postfix box (its own Authentication-Results)",
};

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  for (const b of BRANDS_188) {
    for (const [reader, mode] of PLAN[b.slug] ?? []) {
      const tag = `${(n++).toString(36)}${reader[0]}`;
      const online = mode === 'online';
      emitCase(write, {
        name: `w188-${reader}-${mode}-${b.slug}`,
        about: `Genuine: ${b.story}. Read in ${READER_NAME[reader]}, ${online ? 'online (the brand’s DNS served)' : 'offline (no DNS: only the provider’s Authentication-Results, which record dkim, spf and dmarc passing)'}. Wanted: ${b.wanted ?? (online ? 'authenticated: the brand’s own aligned signature proves it' : 'never spoofed nor suspicious: the provider recorded the brand’s own aligned pass and nothing in the message names another sender')}.`,
        class: 'real-mail',
        args: ARGS[reader],
        eml: await deliver(b, reader, tag),
        ...(online ? { zone: zoneOf(b) } : {}),
        expect:
          (online ? b.expect?.online : b.expect?.offline) ??
          (online ? { ...AUTHENTICATED, fields: { 'dmarc.result': 'pass' } } : NOT_WARNED),
      });
    }
  }
}

// Pending: 14 cases in three groups; the other 27 read as wanted today (authenticated online and
// offline in Gmail, Yahoo and the box; unverified offline in Outlook, which takes EOP's record only
// for failures).
//
// 1. Amazon Prime Video from primevideo.com (w188-*-amazon-prime-video-notice, 5) and the Microsoft
//    Store from microsoftstoreemail.com (w188-*-microsoft-store-order-sfmc, 4) read SUSPICIOUS with
//    display-name-brand:medium ("the name says Amazon/Microsoft, but the message is from …")
//    online and offline; offline in Outlook through the new `impersonation-unchecked` row ("may
//    imitate someone else … nothing checked"). Should: authenticated online and offline in Gmail,
//    Yahoo and the box (the brand's own aligned signature, recorded or verified), unverified offline
//    in Outlook. An analyst agrees they are the brands' own: both names are the brands' own products
//    on domains the brands registered for that mail. At fault: lib/findings/domains.ts BRANDS (Amazon's
//    and Microsoft's `domains` lack them), read by isBrandDomain in lib/findings/display-name.ts's
//    brand rule. Fix: add 'primevideo.com' to Amazon's domains and 'microsoftstoreemail.com' to
//    Microsoft's (beside 'microsoftstore.com' and 'microsoftemail.com', added the same way in
//    realworld106). Keeps probe183/probe196: their brand names sit on attacker.example and the
//    look-alike names they register, none under these two. Could hurt: the look-alike rules then
//    take `primevideo` as a brand label too (lib/findings/domains.ts brandLabels), so a stranger's
//    `primevideo-deals.example` reads as a look-alike: wanted.
//
// 2. Microsoft Power Automate's approval mail (w188-*-ms-power-automate-approval, 5) reads SUSPICIOUS
//    with hosted-server-relay:medium ("sent from a rented server on Microsoft Azure (20.98.194.69)")
//    online in Outlook, Yahoo and the box, and offline in the box and Outlook ("Nothing proves … sent
//    from a Microsoft Azure server rather than from an email service"). Should: authenticated or
//    unverified, never a rented-server warning: the address is one Microsoft names one by one in
//    microsoft.com's own SPF (_spf1-meo.microsoft.com, KB 4559558), i.e. Microsoft's own service
//    on its own cloud. At fault: lib/relay/providers-esp.ts (no entry holds those ranges, so
//    lib/relay/classify.ts isHostedServer is true for them) and lib/findings/hosted-server.ts
//    ownServerEvidence (its one lowering for an SPF-named address needs a forward-confirmed reverse
//    name under the From's organisation and a single-address term; these have no PTR and /30s).
//    Fix: an EmailProvider entry "Microsoft Power Automate" with the KB's ranges (the 25 ip4 terms of
//    _spf1-meo.microsoft.com, and 40.73.102.218, 139.217.96.195 for 21Vianet's), no ASNs, no
//    rdnsSuffixes, no domains (DMARC still decides whose the mail is). Keeps probe183/probe196 (no
//    case of theirs sends from those addresses; probe196's IONOS VPS and the rented Azure VMs of
//    earlier rounds stay hosted servers). Could hurt: a flow's "Send an email notification" mail
//    carries any tenant's text from flow-noreply@microsoft.com (public reports of "Unusual
//    Transaction … Pay-Pal BTC Store" lures from it), which would then read authenticated as
//    Microsoft's, as Google Forms' and DocuSign's platform mail already does: a finding naming the
//    platform's relayed text would be the place for that, not the rented-server warning.
// Fixed on 2026-12-07 at 10:2x: group 1 (primevideo.com under Amazon, microsoftstoreemail.com under
// Microsoft in lib/findings/domains.ts BRANDS) and group 2 (lib/relay/providers-esp.ts: an email
// service "Microsoft Power Automate" holding the KB 4559558 addresses, checked against Microsoft
// Learn's page; no names or domains, so DMARC still decides).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
