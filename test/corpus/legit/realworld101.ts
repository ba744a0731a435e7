// Real-world delivery shapes, hundred-and-first round: genuine mail from invoicing, accounting,
// file-transfer and newsletter platforms the corpus did not cover: QuickBooks Online (Intuit)
// invoices and reminders sent "from" the small business's name, Xero invoices and reminders through
// Mailgun, WeTransfer's transfer notices, and newsletters through MailerLite and Kit (ConvertKit),
// each into at least two of Gmail, Outlook (EOP records), Yahoo and a self-hosted box, some with
// --recipient-domain (the supplier's invoice to the reader's accounts desk). Genuine mail must never
// read spoofed; where it reads suspicious, the `about` says why a demanding reader accepts it.
// Where each layout was learnt (`search` pages/code and `find_string` over public material):
// - QuickBooks Online: the From `"<Business>" <quickbooks@notification.intuit.com>` with the
//   business's own Reply-To, and `links.notification.intuit.com` / `connect.intuit.com` pay links,
//   from public invoice-triage code quoting real QuickBooks mail (find_string
//   "notification.intuit.com": `MedClub <quickbooks@notification.intuit.com>`, "Sales Receipt
//   56525 from Grotto Medclub LLC", "New payment request from LOGAN LABS LLC - invoice 135339",
//   "Invoice … from Xcaliber Industrial LLC"); the envelope `quickbooks@notification.intuit.com` as
//   a sourceforge list copy shows it (lfdr.de archive, a forger copying Intuit's envelope); Intuit's
//   advice to keep the default sender because the business's own domain then fails alignment
//   (qberrors.com "Why your QuickBooks Online invoices go to spam", `search` pages); `_spf.intuit.com`
//   as the SPF include customers add (several public SPF-vendor tables, find_string
//   "spf.intuit.com"). Not found in the material, so modelled and named as such: Intuit's relay
//   (a host under notification.intuit.com in 206.108.40.0/21, recalled as Intuit's; the
//   bundled ASN data places it in AWS's AS16509, so a low hosted-server-relay note shows) and its DKIM
//   selector (`s1`, corpus key).
// - Xero: `messaging-service@post.xero.com` for invoices and remittances and
//   `invoicereminders@post.xero.com` for reminders, the real supplier always in Reply-To (public
//   accounts-payable triage code and a SpamAssassin FromIsNotReplyTo plugin, find_string
//   "post.xero.com"); Mailgun as Xero's transactional ESP, every observed message DKIM-signed
//   d=post.xero.com (aligned), DMARC p=reject on xero.com (detective.emailtooltester.com/brand/xero.com,
//   `search` pages); Xero's own account of why it sends from its domain, not the customer's
//   ("How emails are sent from Xero", docslib.org, `search` pages). Mailgun's envelope
//   `bounce+<hash>-<rcpt>=<domain>@<sending domain>` and `m<a>-<b>.mailgun.net` PTRs in its
//   159.135.224.0/20 (lib/relay/providers-esp.ts, from _spf.mailgun.org).
// - WeTransfer: the transfer is delivered only after the uploader confirms a code sent to his own
//   address (help.wetransfer.com "How to recognise malicious files which are spam"), mail from
//   wetransfer.com with DMARC-aligned signing (Sublime's "Brand Impersonation: WeTransfer" rule,
//   `search` pages), the download confirmation to the uploader (help.wetransfer.com "What are
//   confirmation emails"). The relay (SendGrid with a branded return path) is modelled, not quoted.
// - MailerLite: the customer's DKIM `litesrv._domainkey` (CNAME to litesrv._domainkey.mlsend.com),
//   SPF `include:_spf.mlsend.com`, `click.mlsend.com` links (public DNS notes and zone files,
//   find_string "mlsend.com"). Kit (ConvertKit): DKIM selector `cka` on the author's domain, one
//   signed domain per account (suped.com "Why are my DKIM and DMARC failing in ConvertKit", `search`
//   pages), `click.convertkit-mail2.com` links (find_string "convertkit-mail"). Both relays'
//   addresses and PTRs are modelled under the platforms' own sending domains (Kit's via its
//   convertkit-mail2.com sending domain), not quoted.
// Receivers as receivers.ts (Gmail, Yahoo, EOP) and a Postfix box with OpenDKIM/OpenDMARC.
// Names and addresses are documentation ones except the platforms', Mailgun's, SendGrid's and the
// webmails' own; every key is the corpus test key. Skipped as covered: Dropbox (realworld7/80), Okta
// (realworld82), Zoho (many rounds), Stripe/PayPal receipts.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, type Relay, SIGNED, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 */
// Fixed at 19:24 on 2026-12-05 (lib/findings/reply-to.ts uploadersOwn, lib/findings/platforms.ts
// TRANSFER_PLATFORMS): WeTransfer makes the uploader confirm his address and writes it as Reply-To
// and in the Subject, so rw101-gmail-wetransfer-files-received and its Yahoo reading are
// authenticated with the Reply-To a low note; the brand-named uploader twin stays medium.
// Fixed at 19:26 on 2026-12-05 (lib/findings/platforms.ts INVOICE_PLATFORMS, lib/findings/reader-org.ts
// outsidersName): the forger's QuickBooks company named "Tidewater Accounts Payable"
// (rw101-*-rd-qbo-invoice-reader-desk-named-company-own-domain-reply) reads suspicious
// (display-name-reader-org).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const TW = 'tidewater.example';
const BOX = `mail.${TW}`;
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

// --- Platforms ---------------------------------------------------------------------------------
const INTUIT: Relay = {
  helo: 'mailout-ca2-07.notification.intuit.com',
  rdns: 'mailout-ca2-07.notification.intuit.com',
  ip: '206.108.41.107',
};
const INTUIT_ZONE = {
  ...ptr(INTUIT.ip, INTUIT.rdns),
  'notification.intuit.com': { TXT: ['v=spf1 include:_spf.intuit.com -all'] },
  '_spf.intuit.com': { TXT: ['v=spf1 ip4:206.108.40.0/21 -all'] },
  '_dmarc.intuit.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc_rua@intuit.example'] },
  's1._domainkey.notification.intuit.com': KEY(),
};
const QBO_ENV = 'quickbooks@notification.intuit.com';

const MAILGUN: Relay = { helo: 'm228-41.mailgun.net', rdns: 'm228-41.mailgun.net', ip: '159.135.228.41' };
const XERO_ZONE = {
  ...ptr(MAILGUN.ip, MAILGUN.rdns),
  'post.xero.com': { TXT: ['v=spf1 include:mailgun.org -all'] },
  'mailgun.org': { TXT: ['v=spf1 ip4:159.135.224.0/20 ip4:161.38.192.0/20 ~all'] },
  '_dmarc.xero.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
  'mailo._domainkey.post.xero.com': KEY(),
};
const xeroEnv = (rcpt: string) => `bounce+3f9a1c.7d4e2-${rcpt.replace('@', '=')}@post.xero.com`;

const SENDGRID: Relay = {
  helo: 'o101.ptr4417.wetransfer.com',
  rdns: 'o101.ptr4417.wetransfer.com',
  ip: '149.72.101.17',
};
const WT_ENV = 'bounces+2114455-8c1f-robin.reader=gmail.com@em4417.wetransfer.com';
const WT_ZONE = {
  ...ptr(SENDGRID.ip, SENDGRID.rdns),
  'em4417.wetransfer.com': { TXT: ['v=spf1 include:sendgrid.net -all'] },
  'sendgrid.net': { TXT: ['v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ~all'] },
  'wetransfer.com': { TXT: ['v=spf1 include:sendgrid.net include:_spf.google.com -all'] },
  '_dmarc.wetransfer.com': { TXT: ['v=DMARC1; p=reject'] },
  's1._domainkey.wetransfer.com': KEY(),
};

const MLSEND: Relay = { helo: 'mx-out-14.mlsend.com', rdns: 'mx-out-14.mlsend.com', ip: '185.136.205.14' };
const FIELDNOTES = 'fieldnotes.example';
const ML_ENV = `bounce-7713-robin.reader=gmail.com@${FIELDNOTES}`;
const ML_ZONE = {
  ...ptr(MLSEND.ip, MLSEND.rdns),
  [FIELDNOTES]: { TXT: ['v=spf1 include:_spf.mlsend.com include:_spf.google.com ~all'] },
  '_spf.mlsend.com': { TXT: ['v=spf1 ip4:185.136.204.0/22 ~all'] },
  [`_dmarc.${FIELDNOTES}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`litesrv._domainkey.${FIELDNOTES}`]: KEY(),
  'litesrv._domainkey.mlsend.com': KEY(),
};

const KIT: Relay = {
  helo: 'mta-217.convertkit-mail2.com',
  rdns: 'mta-217.convertkit-mail2.com',
  ip: '198.51.100.217',
};
const RIVERBEND = 'riverbend-bakes.example';
const KIT_ENV = 'bounce-5h3k2@convertkit-mail2.com';
const KIT_ZONE = {
  ...ptr(KIT.ip, KIT.rdns),
  'convertkit-mail2.com': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  [RIVERBEND]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`_dmarc.${RIVERBEND}`]: { TXT: ['v=DMARC1; p=none'] },
  [`cka._domainkey.${RIVERBEND}`]: KEY(),
  'cka._domainkey.convertkit-mail2.com': KEY(),
};

// --- Suppliers as their invoices name them -----------------------------------------------------
const SUPPLIER = { name: 'Harbourline Supplies Ltd', reply: 'accounts@harbourline.example' };
const SMALL = { name: 'Brightwater Window Cleaning', reply: 'brightwaterwindows@gmail.com' };

interface Reader {
  kind: 'gmail' | 'outlook' | 'yahoo' | 'box';
  to: string;
  rd?: boolean;
  /** Only read with --recipient-domain. */
  rdOnly?: boolean;
}
const GMAIL_READER: Reader = { kind: 'gmail', to: 'robin.reader@gmail.com' };
const OUTLOOK_READER: Reader = { kind: 'outlook', to: `ap@${TW}`, rd: true };
const YAHOO_READER: Reader = { kind: 'yahoo', to: 'robin.reader@yahoo.com' };
const BOX_READER: Reader = { kind: 'box', to: `accounts@${TW}`, rd: true };

const READER_ARGS: Record<Reader['kind'], string[]> = {
  gmail: GMAIL,
  outlook: OUTLOOK,
  yahoo: ['--webmail', 'yahoo'],
  box: ['--webmail', 'none', '--authserv-id', BOX],
};

interface Sender {
  relay: Relay;
  envelope: (rcpt: string) => string;
  /** (domain, selector) pairs, the last one on top. */
  signers: Array<[string, string]>;
  /** The From domain and its applied policy as the receivers print it. */
  fromDomain: string;
  policy: string;
  zone: Record<string, unknown>;
}
const QBO: Sender = {
  relay: INTUIT,
  envelope: () => QBO_ENV,
  signers: [['notification.intuit.com', 's1']],
  fromDomain: 'notification.intuit.com',
  policy: 'REJECT',
  zone: INTUIT_ZONE,
};
const XERO: Sender = {
  relay: MAILGUN,
  envelope: xeroEnv,
  signers: [['post.xero.com', 'mailo']],
  fromDomain: 'post.xero.com',
  policy: 'REJECT',
  zone: XERO_ZONE,
};
const WETRANSFER: Sender = {
  relay: SENDGRID,
  envelope: () => WT_ENV,
  signers: [['wetransfer.com', 's1']],
  fromDomain: 'wetransfer.com',
  policy: 'REJECT',
  zone: WT_ZONE,
};
const MAILERLITE: Sender = {
  relay: MLSEND,
  envelope: () => ML_ENV,
  signers: [
    ['mlsend.com', 'litesrv'],
    [FIELDNOTES, 'litesrv'],
  ],
  fromDomain: FIELDNOTES,
  policy: 'QUARANTINE',
  zone: ML_ZONE,
};
const CONVERTKIT: Sender = {
  relay: KIT,
  envelope: () => KIT_ENV,
  signers: [
    ['convertkit-mail2.com', 'cka'],
    [RIVERBEND, 'cka'],
  ],
  fromDomain: RIVERBEND,
  policy: 'NONE',
  zone: KIT_ZONE,
};

interface Case {
  slug: string;
  story: string;
  sender: Sender;
  from: string;
  replyTo?: string;
  subject: string;
  body: string;
  extra?: string[];
  readers: Reader[];
  expect: CaseExpectation;
  wanted: string;
  twin?: boolean;
}

/** The reader's provider takes the platform's signed message in. */
function deliver(signed: string, s: Sender, r: Reader, n: number): string {
  const env = s.envelope(r.to);
  const envDomain = env.slice(env.lastIndexOf('@') + 1);
  const dkimLines = s.signers.map(([d, sel]) => gmailDkim(d, sel)).join('\r\n       ');
  switch (r.kind) {
    case 'gmail':
      return gmailDelivery(signed, {
        relay: s.relay,
        envelope: env,
        to: r.to,
        ids: [`x101csp${n}pxa`, `a101si${n}qtb.101`],
        spf: 'pass',
        deliveredTo: true,
        results: `${dkimLines}\r\n       ${gmailSpf(env, s.relay.ip)}\r\n       ${gmailDmarc(s.fromDomain, s.policy)}`,
      });
    case 'yahoo':
      return yahooDelivery(signed, {
        relay: s.relay,
        envelope: env,
        results: yahooResults(
          s.signers.map(([d, sel]) => [d, sel]),
          envDomain,
          `dmarc=pass(p=${s.policy}) header.from=${s.fromDomain};`,
        ),
      });
    case 'outlook': {
      const top = s.signers[s.signers.length - 1]!;
      const aligned = s.signers.find(([d]) => d === s.fromDomain) ?? top;
      return eopDelivery(signed, {
        ...eopPass(
          s.relay,
          envDomain,
          `dkim=pass (signature was verified)\r\n header.d=${aligned[0]}`,
          s.fromDomain,
        ),
        returnPath: `<${env}>`,
      });
    }
    case 'box':
      return onTop(
        signed,
        `Return-Path: <${env}>`,
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${s.signers[s.signers.length - 1]![0]} header.i=@${s.signers[s.signers.length - 1]![0]} header.s=${s.signers[s.signers.length - 1]![1]};\r\n\tspf=pass smtp.mailfrom=${envDomain};\r\n\tdmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${s.fromDomain}`,
        `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zr101K${n}q\r\n\tfor <${r.to}>; ${at(5)}`,
      );
  }
}

const CASES: Case[] = [
  {
    slug: 'qbo-invoice-supplier-domain-reply',
    story: `A supplier bills the reader through QuickBooks Online: From "${SUPPLIER.name}" <quickbooks@notification.intuit.com>, Reply-To its own accounts desk (${SUPPLIER.reply}), signed d=notification.intuit.com, envelope ${QBO_ENV}, from Intuit's own relay.`,
    sender: QBO,
    from: `${SUPPLIER.name} <quickbooks@notification.intuit.com>`,
    replyTo: `${SUPPLIER.name} <${SUPPLIER.reply}>`,
    subject: `Invoice 10417 from ${SUPPLIER.name}`,
    body: `Dear customer,\r\n\r\nHere's your invoice! We appreciate your prompt payment.\r\n\r\nInvoice 10417, due 04/12/2026, balance due GBP 1,284.00.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=example\r\n\r\nHave a great day,\r\n${SUPPLIER.name}\r\n`,
    readers: [GMAIL_READER, OUTLOOK_READER, BOX_READER],
    expect: PASSES,
    wanted:
      "authenticated: Intuit signs its own From aligned; the business's own domain as Reply-To is a low note (the reader answers the supplier the name shows)",
    twin: true,
  },
  {
    slug: 'qbo-invoice-reader-desk-named-company-gmail-reply',
    story: `Attack twin of the supplier's invoice: a forger opens a QuickBooks Online company named "Tidewater Accounts Payable" and invoices the reader's organisation from quickbooks@notification.intuit.com (Intuit's genuine aligned signature), Reply-To tidewater.ap.desk@gmail.com.`,
    sender: QBO,
    from: 'Tidewater Accounts Payable <quickbooks@notification.intuit.com>',
    replyTo: 'tidewater.ap.desk@gmail.com',
    subject: 'Invoice 20031 from Tidewater Accounts Payable',
    body: 'Dear customer,\r\n\r\nPlease settle invoice 20031 today to avoid a late fee.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=example9\r\n',
    readers: [OUTLOOK_READER, BOX_READER],
    expect: { notVerdict: ['authenticated', 'unverified'] },
    wanted:
      "suspicious: the reader's own desk named by an outsider's QuickBooks company answering at a free mailbox",
  },
  {
    slug: 'qbo-invoice-reader-desk-named-company-own-domain-reply',
    story: `Attack twin, sharper: the forger's QuickBooks company "Tidewater Accounts Payable" answers at a domain he registered (ap@tw-payables.example, no free mailbox), Intuit's genuine aligned signature covering the Reply-To.`,
    sender: QBO,
    from: 'Tidewater Accounts Payable <quickbooks@notification.intuit.com>',
    replyTo: 'ap@tw-payables.example',
    subject: 'Invoice 20032 from Tidewater Accounts Payable',
    body: 'Dear customer,\r\n\r\nPlease settle invoice 20032 today to avoid a late fee.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=example10\r\n',
    readers: [
      { ...OUTLOOK_READER, rdOnly: true },
      { ...BOX_READER, rdOnly: true },
    ],
    expect: { notVerdict: ['authenticated', 'unverified'] },
    wanted:
      "suspicious with --recipient-domain: an outsider's QuickBooks company named as the reader's own payables desk",
  },
  {
    slug: 'qbo-payment-reminder-supplier-domain-reply',
    story: `QuickBooks Online's automatic reminder for an overdue invoice: From "${SUPPLIER.name}" <quickbooks@notification.intuit.com>, Reply-To ${SUPPLIER.reply}, "Reminder: Invoice 10388 from ${SUPPLIER.name}".`,
    sender: QBO,
    from: `${SUPPLIER.name} <quickbooks@notification.intuit.com>`,
    replyTo: SUPPLIER.reply,
    subject: `Reminder: Invoice 10388 from ${SUPPLIER.name}`,
    body: `Dear customer,\r\n\r\nJust a reminder that invoice 10388 for GBP 612.50 was due on 13/11/2026.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=example2\r\n\r\n${SUPPLIER.name}\r\n`,
    readers: [YAHOO_READER, OUTLOOK_READER],
    expect: PASSES,
    wanted: 'authenticated: the same signed layout, the reminder wording changes nothing',
  },
  {
    slug: 'qbo-invoice-sole-trader-gmail-reply',
    story: `A sole trader with no domain of his own invoices through QuickBooks Online: From "${SMALL.name}" <quickbooks@notification.intuit.com>, Reply-To his Gmail (${SMALL.reply}), the normal case for the smallest QuickBooks users.`,
    sender: QBO,
    from: `${SMALL.name} <quickbooks@notification.intuit.com>`,
    replyTo: SMALL.reply,
    subject: `Invoice 1043 from ${SMALL.name}`,
    body: `Dear customer,\r\n\r\nHere's your invoice! We appreciate your prompt payment.\r\n\r\nInvoice 1043, balance due GBP 45.00.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=example3\r\n\r\n${SMALL.name}\r\n`,
    readers: [GMAIL_READER, YAHOO_READER],
    expect: { verdict: ['authenticated', 'suspicious'], notVerdict: ['spoofed'] },
    wanted:
      "authenticated, or suspicious on reply-to-other-org alone: a business name answering at a free mailbox through an invoicing platform is also the invoice fraud's shape (anyone can open a QuickBooks company under any name), and the lead holds Stripe's the same way (README, real-mail round 93); a demanding reader accepts a warning that says replies go to gmail.com",
  },
  {
    slug: 'xero-invoice-supplier-domain-reply',
    story: `A supplier's Xero invoice: From "${SUPPLIER.name}" <messaging-service@post.xero.com>, Reply-To ${SUPPLIER.reply}, sent through Mailgun (${MAILGUN.rdns}) with Mailgun's bounce+ envelope under post.xero.com, signed d=post.xero.com (mailo); xero.com at p=reject.`,
    sender: XERO,
    from: `${SUPPLIER.name} <messaging-service@post.xero.com>`,
    replyTo: SUPPLIER.reply,
    subject: `Invoice INV-2291 from ${SUPPLIER.name} for Tidewater Logistics`,
    body: `Hi,\r\n\r\nHere's invoice INV-2291 for GBP 3,120.00.\r\n\r\nThe amount outstanding of GBP 3,120.00 is due on 4 Dec 2026.\r\n\r\nView your bill online: https://in.xero.com/example\r\n\r\nIf you have any questions, please let us know.\r\n\r\nThanks,\r\n${SUPPLIER.name}\r\n`,
    extra: ['X-Mailgun-Sid: WyI3ZDRlMiIsICJhcEB0aWRld2F0ZXIuZXhhbXBsZSIsICIzZjlhMWMiXQ=='],
    readers: [OUTLOOK_READER, BOX_READER, GMAIL_READER],
    expect: PASSES,
    wanted:
      "authenticated: Xero's aligned post.xero.com signature; Mailgun is a known ESP, not a hosted server",
    twin: true,
  },
  {
    slug: 'xero-invoice-reminder',
    story: `Xero's invoice reminder: From "${SUPPLIER.name}" <invoicereminders@post.xero.com>, Reply-To ${SUPPLIER.reply}, through Mailgun, signed d=post.xero.com.`,
    sender: XERO,
    from: `${SUPPLIER.name} <invoicereminders@post.xero.com>`,
    replyTo: SUPPLIER.reply,
    subject: `Reminder - Invoice INV-2240 from ${SUPPLIER.name} is overdue`,
    body: `Hi,\r\n\r\nThis is a friendly reminder that invoice INV-2240 for GBP 880.00 was due on 6 Nov 2026.\r\n\r\nView your bill online: https://in.xero.com/example2\r\n\r\n${SUPPLIER.name}\r\n`,
    readers: [YAHOO_READER, OUTLOOK_READER],
    expect: PASSES,
    wanted: 'authenticated, as the invoice',
  },
  {
    slug: 'xero-remittance-advice',
    story: `A customer pays the reader's organisation and Xero sends the remittance advice: From "Anna Kowal" <messaging-service@post.xero.com> (the paying clerk's name), Reply-To anna.kowal@brightquay.example, through Mailgun, signed d=post.xero.com.`,
    sender: XERO,
    from: 'Anna Kowal <messaging-service@post.xero.com>',
    replyTo: 'anna.kowal@brightquay.example',
    subject: 'Payment has been made by Brightquay Ltd for Tidewater Logistics for GBP 2,400.00',
    body: 'Hi,\r\n\r\nPlease find attached remittance advice for payment made on 19 Nov 2026.\r\n\r\nKind regards,\r\nAnna Kowal\r\nBrightquay Ltd\r\n',
    readers: [BOX_READER, GMAIL_READER],
    expect: PASSES,
    wanted: "authenticated: a person's name before Xero's own address, answering at her firm",
  },
  {
    slug: 'wetransfer-files-received',
    story: `A photographer sends the reader files with WeTransfer: From "WeTransfer" <noreply@wetransfer.com>, Reply-To the uploader's own address (dana.whitfield@gmail.com, which WeTransfer made him confirm with a code before the transfer went out), "dana.whitfield@gmail.com sent you some files", through SendGrid with WeTransfer's branded return path em4417.wetransfer.com, signed d=wetransfer.com.`,
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'dana.whitfield@gmail.com',
    subject: 'dana.whitfield@gmail.com sent you some files',
    body: 'dana.whitfield@gmail.com sent you some files\r\n\r\n14 files, 1.2 GB in total - Will be deleted on 27 November 2026\r\n\r\nShoot selects for the brochure.\r\n\r\nDownload link: https://we.tl/t-example\r\n',
    readers: [GMAIL_READER, YAHOO_READER],
    expect: { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] },
    wanted:
      "authenticated with the Reply-To as a low note: WeTransfer confirms the uploader's address before delivery and the Subject names it, so the reader sees whose it is",
  },
  {
    slug: 'wetransfer-brand-named-uploader',
    story: `Attack twin of the transfer above: a real WeTransfer transfer whose uploader confirmed his own Gmail named like a bank desk (northbank.security.desk@gmail.com), "northbank.security.desk@gmail.com sent you some files", the same aligned WeTransfer signature.`,
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'northbank.security.desk@gmail.com',
    subject: 'northbank.security.desk@gmail.com sent you some files',
    body: 'northbank.security.desk@gmail.com sent you some files\r\n\r\n1 file, 212 KB in total - Will be deleted on 27 November 2026\r\n\r\nCard_Verification_Form.html\r\n\r\nDownload link: https://we.tl/t-example2\r\n',
    readers: [GMAIL_READER, YAHOO_READER],
    expect: { notVerdict: ['authenticated', 'unverified'] },
    wanted:
      'suspicious: a desk of a bank answering at a free mailbox through a genuine transfer is the lure, whatever WeTransfer confirmed',
  },
  {
    slug: 'wetransfer-download-confirmation',
    story: `WeTransfer tells the reader (the uploader) that the recipient downloaded the transfer: From "WeTransfer" <noreply@wetransfer.com>, no Reply-To, through SendGrid, signed d=wetransfer.com.`,
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    subject: 'Your files were downloaded',
    body: 'Your transfer "Q4 drawings" was downloaded by ap@tidewater.example.\r\n\r\nhttps://wetransfer.com/account/transfers\r\n',
    readers: [OUTLOOK_READER, GMAIL_READER],
    expect: PASSES,
    wanted: "authenticated: WeTransfer's own notice, aligned",
  },
  {
    slug: 'mailerlite-newsletter-author-domain',
    story: `A small newsletter through MailerLite: From "Fieldnotes by Ana Ruiz" <ana@${FIELDNOTES}>, signed by the author's domain (litesrv, the CNAME MailerLite asks for) and by mlsend.com, envelope on the author's domain (include:_spf.mlsend.com), List-Unsubscribe with one-click.`,
    sender: MAILERLITE,
    from: `Fieldnotes by Ana Ruiz <ana@${FIELDNOTES}>`,
    subject: 'Fieldnotes #48: the hedgerow in November',
    body: 'Hello friends,\r\n\r\nthis week: the hedgerow in November.\r\n\r\nRead online: https://click.mlsend.com/link/c/example\r\n\r\nUnsubscribe: https://click.mlsend.com/link/c/unsub\r\n',
    extra: [
      'List-Unsubscribe: <https://click.mlsend.com/link/c/unsub>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      'X-Mailer: MailerLite',
    ],
    readers: [GMAIL_READER, YAHOO_READER],
    expect: PASSES,
    wanted: "authenticated: the author's own aligned signature and SPF through MailerLite",
  },
  {
    slug: 'kit-newsletter-author-domain-p-none',
    story: `A baker's newsletter through Kit (ConvertKit): From "Riverbend Bakes" <hello@${RIVERBEND}>, signed by the author's domain with Kit's cka selector and by convertkit-mail2.com, envelope on convertkit-mail2.com (no SPF alignment), the domain at p=none; links through click.convertkit-mail2.com.`,
    sender: CONVERTKIT,
    from: `Riverbend Bakes <hello@${RIVERBEND}>`,
    subject: 'This week: rye, starter tips and the Saturday stall',
    body: 'Hi there,\r\n\r\nrye is back on Saturday.\r\n\r\nhttps://click.convertkit-mail2.com/example\r\n\r\nUnsubscribe: https://unsubscribe.kit.com/example\r\n',
    extra: [
      'List-Unsubscribe: <https://unsubscribe.kit.com/example>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    ],
    readers: [GMAIL_READER, BOX_READER],
    expect: PASSES,
    wanted: "authenticated: the author's aligned cka signature passes DMARC even at p=none",
  },
];

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  for (const c of CASES) {
    for (const r of c.readers) {
      n += 1;
      const submission = submitted({
        from: c.from,
        to: r.to,
        subject: c.subject,
        date: at(0),
        messageId: `<w101.${n}.${c.slug.slice(0, 10)}@${c.sender.fromDomain}>`,
        body: c.body,
        extraHeaders: [...(c.replyTo ? [`Reply-To: ${c.replyTo}`] : []), ...(c.extra ?? [])],
      });
      const signed = await signAll(submission, c.sender.signers, SIGNED);
      const eml = deliver(signed, c.sender, r, n);
      const base = READER_ARGS[r.kind];
      const variants: Array<[string, string[]]> = r.rdOnly ? [] : [['', base]];
      if (r.rd) variants.push(['-rd', [...base, '--recipient-domain', TW]]);
      for (const [tag, args] of variants) {
        emitCase(write, {
          name: `rw101-${r.kind}${tag}-${c.slug}`.slice(0, 80),
          about: `${c.story} Delivered to ${r.to}; read with ${args.join(' ')}, online (the senders' DNS served). Wanted: ${c.wanted}.`,
          class: 'invoice-platform',
          args,
          eml,
          zone: c.sender.zone,
          expect: c.expect,
          twin: c.twin === true && tag === '',
        });
      }
    }
  }
}
