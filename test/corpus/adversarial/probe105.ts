// Red-team probes, hundred-and-fifth round (December 2026): the evening's exemptions for platforms
// whose customer chooses a name or an address, read by an attacker who holds his own account there.
// - WeTransfer (lib/findings/reply-to.ts uploadersOwn, lib/findings/platforms.ts
//   TRANSFER_PLATFORMS): a transfer whose Reply-To is one free-mail address the Subject spells
//   reads that Reply-To as a low note, unless its mailbox or name holds a SERVICE_WORDS word
//   (namesAService, whole words only), a brand (branded) or the reader's organisation's label
//   (namesReaderOrg, a plain substring of the local part). The uploader confirms only that he owns
//   the address, so every Gmail local part he can register is his to choose: glued desk words
//   ("accountspayable"), words the list lacks ("invoices", "payables", "remittance"), the
//   reader's name split by a dot (Gmail ignores dots) or spelt "vv" for "w".
// - QuickBooks Online and Xero (INVOICE_PLATFORMS, ACCOUNT_REPLY_PLATFORMS, reader-org.ts
//   outsidersName, display-name.ts customersPlatform): an attacker's own company named after a
//   brand, after the reader's domain, after the reader's own firm answered at a look-alike of its
//   domain, or a desk name in look-alike letters.
// - Behind a declared NAT (origin-nat.ts receiverNamesNat): an Exim box writes
//   `spf=… smtp.mailfrom=<domain>` (or `smtp.helo=<HELO>` for a null sender) and nothing else in
//   its SPF row, so the only address a sender can put there is a domain literal or an IP HELO,
//   neither of which aligns with the From: no case written (see the report).
// Layouts, and where they were learnt:
// - WeTransfer: `WeTransfer <noreply@wetransfer.com>`, "<uploader> sent you some files", the
//   uploader's confirmed address as Reply-To, signed d=wetransfer.com (help.wetransfer.com
//   "How to recognise malicious files which are spam" via `search` pages; realworld101's and
//   probe103's notes); the French interface's subject "… vous a envoyé des fichiers", which a
//   sender's library writes as an RFC 2047 encoded-word because of the é. The SendGrid relay
//   with a branded return path (o<N>.ptr<N>.wetransfer.com in 149.72.0.0/16) is realworld101's.
// - QuickBooks Online: `"<company>" <quickbooks@notification.intuit.com>`, Reply-To the company's
//   verified address (qberrors.com "Why your QuickBooks Online invoices go to spam", `search`
//   pages; find_string "notification.intuit.com" in public invoice-triage code); Intuit's relay
//   and selector as realworld101 models them.
// - Xero: `messaging-service@post.xero.com`, the organisation's chosen name, Reply-To an approved
//   address, through Mailgun (m<a>-<b>.mailgun.net in 159.135.224.0/20), signed d=post.xero.com
//   (help.xero.com "EmailAddressesAdd", find_string "post.xero.com"), as realworld101.
// Receivers: Gmail (receivers.ts gmailDelivery), Exchange Online (eopDelivery/eopPass) read with
// --recipient-domain, and the firm's own Postfix box with OpenDKIM/OpenDMARC (its `for <…>`
// names the reader's domain). Documentation names throughout except the platforms', SendGrid's,
// Mailgun's and the webmails' own; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  type Relay,
  SIGNED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
// Fixed at 19:36 on 2026-12-05 (lib/findings/reply-to.ts mailboxLures): a WeTransfer uploader's
// confirmed Gmail is a low note only when its name, dots dropped and look-alike letters read as
// what they imitate, holds no desk's, bank's or payment's stem and not the reader's organisation's
// name, so accountspayable.invoices@, northbankfraudteam@, tide.water.payables@ and tidevvater.ap@
// (probe105-*-wt-*) read suspicious (reply-to-other-org medium), not authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const TW = 'tidewater.example';
const BOX = `mail.${TW}`;
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

// --- Platforms (as realworld101) ----------------------------------------------------------------
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

const MAILGUN: Relay = { helo: 'm228-41.mailgun.net', rdns: 'm228-41.mailgun.net', ip: '159.135.228.41' };
const XERO_ZONE = {
  ...ptr(MAILGUN.ip, MAILGUN.rdns),
  'post.xero.com': { TXT: ['v=spf1 include:mailgun.org -all'] },
  'mailgun.org': { TXT: ['v=spf1 ip4:159.135.224.0/20 ip4:161.38.192.0/20 ~all'] },
  '_dmarc.xero.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
  'mailo._domainkey.post.xero.com': KEY(),
};

const SENDGRID: Relay = {
  helo: 'o101.ptr4417.wetransfer.com',
  rdns: 'o101.ptr4417.wetransfer.com',
  ip: '149.72.101.17',
};
const WT_ZONE = {
  ...ptr(SENDGRID.ip, SENDGRID.rdns),
  'em4417.wetransfer.com': { TXT: ['v=spf1 include:sendgrid.net -all'] },
  'sendgrid.net': { TXT: ['v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ~all'] },
  'wetransfer.com': { TXT: ['v=spf1 include:sendgrid.net include:_spf.google.com -all'] },
  '_dmarc.wetransfer.com': { TXT: ['v=DMARC1; p=reject'] },
  's1._domainkey.wetransfer.com': KEY(),
};

interface Reader {
  kind: 'gmail' | 'outlook' | 'box';
  to: string;
}
const GMAIL_READER: Reader = { kind: 'gmail', to: 'robin.reader@gmail.com' };
const OUTLOOK_READER: Reader = { kind: 'outlook', to: `ap@${TW}` };
const BOX_READER: Reader = { kind: 'box', to: `accounts@${TW}` };

const READER_ARGS: Record<Reader['kind'], string[]> = {
  gmail: GMAIL,
  outlook: [...OUTLOOK, '--recipient-domain', TW],
  box: ['--webmail', 'none', '--authserv-id', BOX],
};

interface Sender {
  relay: Relay;
  envelope: (rcpt: string) => string;
  signer: [string, string];
  fromDomain: string;
  policy: string;
  zone: Record<string, unknown>;
}
const QBO: Sender = {
  relay: INTUIT,
  envelope: () => 'quickbooks@notification.intuit.com',
  signer: ['notification.intuit.com', 's1'],
  fromDomain: 'notification.intuit.com',
  policy: 'REJECT',
  zone: INTUIT_ZONE,
};
const XERO: Sender = {
  relay: MAILGUN,
  envelope: (rcpt) => `bounce+3f9a1c.7d4e2-${rcpt.replace('@', '=')}@post.xero.com`,
  signer: ['post.xero.com', 'mailo'],
  fromDomain: 'post.xero.com',
  policy: 'REJECT',
  zone: XERO_ZONE,
};
const WETRANSFER: Sender = {
  relay: SENDGRID,
  envelope: (rcpt) => `bounces+2114455-8c1f-${rcpt.replace('@', '=')}@em4417.wetransfer.com`,
  signer: ['wetransfer.com', 's1'],
  fromDomain: 'wetransfer.com',
  policy: 'REJECT',
  zone: WT_ZONE,
};

interface Case {
  slug: string;
  story: string;
  sender: Sender;
  from: string;
  replyTo?: string;
  subject: string;
  body: string;
  readers: Reader[];
  expect: CaseExpectation;
  wanted: string;
  twin?: boolean;
}

/** The reader's provider takes the platform's signed message in. */
function deliver(signed: string, s: Sender, r: Reader, n: number): string {
  const env = s.envelope(r.to);
  const envDomain = env.slice(env.lastIndexOf('@') + 1);
  const [d, sel] = s.signer;
  switch (r.kind) {
    case 'gmail':
      return gmailDelivery(signed, {
        relay: s.relay,
        envelope: env,
        to: r.to,
        ids: [`x105csp${n}pxa`, `a105si${n}qtb.105`],
        spf: 'pass',
        deliveredTo: true,
        results: `${gmailDkim(d, sel)}\r\n       ${gmailSpf(env, s.relay.ip)}\r\n       ${gmailDmarc(s.fromDomain, s.policy)}`,
      });
    case 'outlook':
      return eopDelivery(signed, {
        ...eopPass(s.relay, envDomain, `dkim=pass (signature was verified)\r\n header.d=${d}`, s.fromDomain),
        returnPath: `<${env}>`,
      });
    case 'box':
      return onTop(
        signed,
        `Return-Path: <${env}>`,
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.s=${sel};\r\n\tspf=pass smtp.mailfrom=${envDomain};\r\n\tdmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${s.fromDomain}`,
        `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zs105K${n}q\r\n\tfor <${r.to}>; ${at(5)}`,
      );
  }
}

/** WeTransfer's notice for an uploader's address, as realworld101 writes it. */
const transfer = (uploader: string, files: string, note: string, link: string) =>
  `${uploader} sent you some files\r\n\r\n${files} - Will be deleted on 12 December 2026\r\n\r\n${note}\r\n\r\nDownload link: https://we.tl/${link}\r\n`;

const CASES: Case[] = [
  // --- WeTransfer: genuine controls -------------------------------------------------------------
  {
    slug: 'wt-photographer-gmail',
    story:
      'A photographer sends the reader files with WeTransfer: From "WeTransfer" <noreply@wetransfer.com>, Reply-To the uploader\'s own confirmed address dana.whitfield@gmail.com, "dana.whitfield@gmail.com sent you some files", through SendGrid with WeTransfer\'s branded return path, signed d=wetransfer.com.',
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'dana.whitfield@gmail.com',
    subject: 'dana.whitfield@gmail.com sent you some files',
    body: transfer(
      'dana.whitfield@gmail.com',
      '14 files, 1.2 GB in total',
      'Shoot selects for the brochure.',
      't-k2Hq9',
    ),
    readers: [GMAIL_READER, OUTLOOK_READER, BOX_READER],
    expect: AUTHENTICATED,
    wanted:
      "authenticated, the Reply-To a low note: WeTransfer confirmed the uploader's address and the Subject names it",
    twin: true,
  },
  {
    slug: 'wt-french-encoded-subject',
    story:
      'The same genuine transfer from WeTransfer\'s French interface: "dana.whitfield@gmail.com vous a envoyé des fichiers", written as an RFC 2047 UTF-8 B encoded-word because of the é (the address is not visible in the raw Subject).',
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'dana.whitfield@gmail.com',
    subject: `=?UTF-8?B?${Buffer.from('dana.whitfield@gmail.com vous a envoyé des fichiers', 'utf8').toString('base64')}?=`,
    body: 'dana.whitfield@gmail.com vous a envoyé des fichiers\r\n\r\n3 fichiers, 88 Mo au total\r\n\r\nLien de téléchargement : https://we.tl/t-f8Zp1\r\n',
    readers: [GMAIL_READER, BOX_READER],
    expect: AUTHENTICATED,
    wanted: 'authenticated: the decoded Subject names the confirmed address',
  },
  {
    slug: 'wt-uploader-capitalised',
    story:
      'A genuine transfer whose uploader typed his confirmed address capitalised, Reply-To Marco.Okafor@Outlook.com, the Subject as WeTransfer writes it ("marco.okafor@outlook.com sent you some files").',
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'Marco.Okafor@Outlook.com',
    subject: 'marco.okafor@outlook.com sent you some files',
    body: transfer(
      'marco.okafor@outlook.com',
      '2 files, 310 MB in total',
      'Site survey, drone footage.',
      't-Ok4n2',
    ),
    readers: [OUTLOOK_READER],
    expect: AUTHENTICATED,
    wanted: 'authenticated: an address is compared without case',
  },
  // --- WeTransfer: the uploader's chosen Gmail ---------------------------------------------------
  {
    slug: 'wt-glued-accounts-payable-gmail',
    story:
      'Attack: the attacker registers accountspayable.invoices@gmail.com, confirms it on WeTransfer and sends the reader\'s accounts desk "Updated_Remittance_Details.pdf" ("accountspayable.invoices@gmail.com sent you some files"), the message text asking to update the bank details; genuine, aligned WeTransfer signature.',
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'accountspayable.invoices@gmail.com',
    subject: 'accountspayable.invoices@gmail.com sent you some files',
    body: transfer(
      'accountspayable.invoices@gmail.com',
      '1 file, 184 KB in total',
      'Please note our updated remittance details for all open invoices. Reply to confirm.',
      't-Ap7Rm',
    ),
    readers: [GMAIL_READER, OUTLOOK_READER],
    expect: NOT_TRUSTED,
    wanted:
      'suspicious: an accounts-payable desk answering at a free mailbox is the invoice fraud, however WeTransfer confirmed it (the Reply-To medium)',
  },
  {
    slug: 'wt-bank-fraud-team-glued-gmail',
    story:
      'Attack: northbankfraudteam@gmail.com, confirmed on WeTransfer, sends "Card_Dispute_Form.html" with a note "Northbank Fraud Team: complete the attached dispute form today".',
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'northbankfraudteam@gmail.com',
    subject: 'northbankfraudteam@gmail.com sent you some files',
    body: transfer(
      'northbankfraudteam@gmail.com',
      '1 file, 41 KB in total',
      'Northbank Fraud Team: complete the attached dispute form today to keep your card active.',
      't-Nb3Fx',
    ),
    readers: [GMAIL_READER, BOX_READER],
    expect: NOT_TRUSTED,
    wanted:
      "suspicious: a bank's fraud desk at a free mailbox, the words glued as in the dotted twin rw101-*-wetransfer-brand-named-uploader",
  },
  {
    slug: 'wt-reader-name-dot-split-gmail',
    story:
      'Attack on tidewater.example\'s accounts desk: the attacker registers tide.water.payables@gmail.com (Gmail ignores dots, any split is his) and sends "Q4_Statement.pdf" through WeTransfer.',
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'tide.water.payables@gmail.com',
    subject: 'tide.water.payables@gmail.com sent you some files',
    body: transfer(
      'tide.water.payables@gmail.com',
      '1 file, 522 KB in total',
      'Tidewater Payables: Q4 statement attached, please action before Friday.',
      't-Tw5Pq',
    ),
    readers: [OUTLOOK_READER, BOX_READER],
    expect: NOT_TRUSTED,
    wanted:
      "suspicious: a free mailbox spelling the reader's own organisation (tide.water is tidewater to the eye and to Gmail) is an impersonator's, as priya.raman.tidewater@gmail.com (probe82)",
  },
  {
    slug: 'wt-reader-name-vv-gmail',
    story:
      'Attack: tidevvater.ap@gmail.com ("vv" for "w"), confirmed on WeTransfer, sends the reader\'s accounts desk "Remittance_Nov.pdf".',
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'tidevvater.ap@gmail.com',
    subject: 'tidevvater.ap@gmail.com sent you some files',
    body: transfer(
      'tidevvater.ap@gmail.com',
      '1 file, 97 KB in total',
      'Remittance for November attached.',
      't-Tv8Ra',
    ),
    readers: [OUTLOOK_READER, BOX_READER],
    expect: NOT_TRUSTED,
    wanted: "suspicious: a look-alike of the reader's organisation in a free mailbox",
  },
  {
    slug: 'wt-docusign-named-gmail',
    story:
      'Attack: docusign.envelopes@gmail.com, confirmed on WeTransfer, sends "Completed_Agreement.html" ("docusign.envelopes@gmail.com sent you some files").',
    sender: WETRANSFER,
    from: 'WeTransfer <noreply@wetransfer.com>',
    replyTo: 'docusign.envelopes@gmail.com',
    subject: 'docusign.envelopes@gmail.com sent you some files',
    body: transfer(
      'docusign.envelopes@gmail.com',
      '1 file, 12 KB in total',
      'Your envelope has been completed.',
      't-Ds2Ev',
    ),
    readers: [GMAIL_READER],
    expect: NOT_TRUSTED,
    wanted: 'suspicious: a brand at a free mailbox (held: branded)',
  },
  // --- QuickBooks Online and Xero --------------------------------------------------------------
  {
    slug: 'qbo-supplier-control',
    story:
      'Genuine: a supplier bills the reader through QuickBooks Online, From "Harbourline Supplies Ltd" <quickbooks@notification.intuit.com>, Reply-To accounts@harbourline.example, Intuit\'s aligned signature.',
    sender: QBO,
    from: 'Harbourline Supplies Ltd <quickbooks@notification.intuit.com>',
    replyTo: 'Harbourline Supplies Ltd <accounts@harbourline.example>',
    subject: 'Invoice 10421 from Harbourline Supplies Ltd',
    body: "Dear customer,\r\n\r\nHere's your invoice! We appreciate your prompt payment.\r\n\r\nInvoice 10421, balance due GBP 918.00.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=p105a\r\n",
    readers: [OUTLOOK_READER, BOX_READER],
    expect: AUTHENTICATED,
    wanted: "authenticated: the supplier's own domain as Reply-To is a low note",
  },
  {
    slug: 'qbo-own-firm-copy-control',
    story:
      'Genuine: the reader\'s own firm invoices its customers from QuickBooks Online as "Tidewater Logistics Accounts", Reply-To its verified accounts@tidewater.example, and QuickBooks sends the firm a copy, which a colleague reads.',
    sender: QBO,
    from: 'Tidewater Logistics Accounts <quickbooks@notification.intuit.com>',
    replyTo: `accounts@${TW}`,
    subject: 'Invoice 5512 from Tidewater Logistics Accounts',
    body: "Dear customer,\r\n\r\nHere's your invoice! We appreciate your prompt payment.\r\n\r\nInvoice 5512, balance due GBP 2,040.00.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=p105b\r\n",
    readers: [BOX_READER],
    expect: AUTHENTICATED,
    wanted: "authenticated: the firm's own QuickBooks company answering at its own verified address",
  },
  {
    slug: 'qbo-reader-firm-lookalike-reply',
    story:
      "Attack: the attacker's QuickBooks company is named \"Tidewater Logistics Ltd\", the reader's own firm, and its verified Reply-To is accounts@tidewater-logistics.example, a domain he registered spelled as the firm's name; an \"intercompany recharge\" invoice to the reader's accounts desk, Intuit's genuine aligned signature.",
    sender: QBO,
    from: 'Tidewater Logistics Ltd <quickbooks@notification.intuit.com>',
    replyTo: 'Tidewater Logistics Ltd <accounts@tidewater-logistics.example>',
    subject: 'Invoice 7781 from Tidewater Logistics Ltd',
    body: 'Dear customer,\r\n\r\nIntercompany recharge for November, due today.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=p105c\r\n',
    readers: [OUTLOOK_READER, BOX_READER],
    expect: NOT_TRUSTED,
    wanted:
      "suspicious: an outsider's QuickBooks company named as the reader's own firm, answering at a look-alike of the reader's domain",
  },
  {
    slug: 'qbo-microsoft-named-company',
    story:
      'Attack: a QuickBooks Online company named "Microsoft 365 Billing" invoices the reader for a licence renewal, Reply-To billing@m365-renewals.example (his own domain, verified), Intuit\'s aligned signature.',
    sender: QBO,
    from: 'Microsoft 365 Billing <quickbooks@notification.intuit.com>',
    replyTo: 'billing@m365-renewals.example',
    subject: 'Invoice 40077 from Microsoft 365 Billing',
    body: 'Dear customer,\r\n\r\nYour Microsoft 365 Business Premium renewal (25 seats) is due.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=p105d\r\n',
    readers: [GMAIL_READER, OUTLOOK_READER],
    expect: NOT_TRUSTED,
    wanted: "suspicious: a brand's name chosen by a QuickBooks customer",
  },
  {
    slug: 'qbo-reader-domain-named-company',
    story:
      'Attack: a QuickBooks Online company named "tidewater.example" (the reader\'s own domain as the name), Reply-To remit@tw-remit.example.',
    sender: QBO,
    from: `${TW} <quickbooks@notification.intuit.com>`,
    replyTo: 'remit@tw-remit.example',
    subject: `Invoice 30017 from ${TW}`,
    body: 'Dear customer,\r\n\r\nPlease settle the attached expense claim today.\r\nView and pay: https://links.notification.intuit.com/ls/click?upn=p105e\r\n',
    readers: [OUTLOOK_READER, BOX_READER],
    expect: NOT_TRUSTED,
    wanted: "suspicious: the reader's own domain written as an outsider's company name",
  },
  {
    slug: 'xero-payroll-cyrillic-name',
    story:
      'Attack: a Xero organisation named "Tidеwater Payroll" (Cyrillic е) sends a "payslip correction" with Reply-To hr-payroll@tw-staffpay.example, through Mailgun, Xero\'s aligned signature.',
    sender: XERO,
    from: 'Tid\u0435water Payroll <messaging-service@post.xero.com>',
    replyTo: 'hr-payroll@tw-staffpay.example',
    subject: 'Payslip correction for November from Tid\u0435water Payroll',
    body: 'Hi,\r\n\r\nA correction to your November payslip is ready.\r\n\r\nView online: https://in.xero.com/p105f\r\n',
    readers: [OUTLOOK_READER, BOX_READER],
    expect: NOT_TRUSTED,
    wanted: "suspicious: the reader's payroll desk in look-alike letters, chosen by a Xero customer",
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
        messageId: `<p105.${n}.${c.slug.slice(0, 10)}@${c.sender.fromDomain}>`,
        body: c.body,
        extraHeaders: c.replyTo ? [`Reply-To: ${c.replyTo}`] : [],
      });
      const signed = await signAll(submission, [c.sender.signer], SIGNED);
      const eml = deliver(signed, c.sender, r, n);
      const args = READER_ARGS[r.kind];
      emitCase(write, {
        name: `probe105-${r.kind}-${c.slug}`.slice(0, 80),
        about: `${c.story} Delivered to ${r.to}; read with ${args.join(' ')}, online (the senders' DNS served). Wanted: ${c.wanted}.`,
        class: c.expect === AUTHENTICATED ? 'invoice-platform-genuine' : 'invoice-platform-abuse',
        args,
        eml,
        zone: c.sender.zone,
        expect: c.expect,
        twin: c.twin === true,
      });
    }
  }
}
