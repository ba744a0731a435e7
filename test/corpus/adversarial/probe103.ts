// Red-team probes, hundred-and-third round (December 2026): invoicing, payment and file-sharing
// platforms the attacker holds his own accounts on. The platform signs with its own domain and its
// SPF passes, so DMARC passes for the platform; the lure is the name the account holder chose,
// aimed at tidewater.example (--recipient-domain): its IT desk, its accounts payable, its finance.
// lib/findings/platforms.ts CUSTOMERS_PLATFORMS lists Stripe, PayPal, DocuSign and others, and
// lib/findings/reader-org.ts outsidersName reads a user's chosen name only on those, on a brand's
// "via" and on free mail; the invoicing platforms below were not modelled in test/corpus (grep:
// no intuit, xero or wetransfer anywhere) nor listed in lib/.
// Layouts, and where they were learnt (search, corpus "pages"):
// - QuickBooks Online: From `"<company name>" <quickbooks@notification.intuit.com>` with Reply-To
//   the company's own e-mail (qberrors.com "Why your QuickBooks Online invoices go to spam" and
//   "Invoice not received": the default sender quickbooks@notification.intuit.com; Quicken's help
//   "Add new email addresses for invoices": the address is verified by a link first).
// - Xero: From name chosen by the organisation, From address messaging-service@post.xero.com
//   (cannot be changed), Reply-To the login's or an approved address (help.xero.com
//   "EmailAddressesAdd" and "EmailAddressesRequest"); signed as post.xero.com.
// - WeTransfer: `WeTransfer <noreply@wetransfer.com>`, the uploader's address in the subject and as
//   Reply-To; the uploader's address is confirmed by a code (wetransfer.com help "Recognise
//   malicious files": "Verification codes are sent exclusively to your email inbox").
// - Adobe Acrobat Sign: `"<sender> via Adobe Acrobat Sign" <adobesign@adobesign.com>`, the
//   sender's own address as Reply-To (the same "via" shape as DocuSign in probe86).
// Relays: no public header of these platforms showed their outbound hosts, so each is modelled on
// an ESP the relay classifier knows (Amazon SES's 54.240.0.0/18 under a custom MAIL FROM, as
// realworld9 does; SendGrid's 167.89.x for Xero, as rounds-kit SENDGRID_OUT): an assumption, not
// learnt; the rules probed here read the From and Reply-To, not the relay. Receivers: Gmail
// (receivers.ts gmailDelivery), Exchange Online (eopDelivery/eopPass), and the firm's own Postfix
// box (rounds-kit postfixEntry, receivers dovecotLmtp). Documentation names throughout except the
// platforms' own names; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  NOT_SUSPICIOUS,
  NOT_TRUSTED,
  OUTLOOK,
  type Relay,
  senderZone,
  signAll,
} from '../kit';
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
import { postfixEntry, probeCorpus, SENDGRID_OUT, SENDGRID_SPF } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
// Fixed at 19:26 on 2026-12-05 (lib/findings/platforms.ts INVOICE_PLATFORMS, CUSTOMERS_PLATFORMS,
// ACCOUNT_REPLY_PLATFORMS; lib/findings/reader-org.ts outsidersName): QuickBooks Online
// (intuit.com) and Xero write their customer's whole chosen company name, read now as the
// outsider's, as a newsletter host's; both confirm the Reply-To, so the firm's own desk copying
// itself stays clear; Box's "(via Box)" is a platform's via. So the "Tidewater IT Helpdesk" and
// "Tidewater Accounts Payable" lures on QuickBooks, Xero and Box read suspicious
// (display-name-reader-org, medium), not authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const TW = 'tidewater.example';
const RCPT = `morgan.lee@${TW}`;
const BOX = `mail.${TW}`;
const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';

type Where = 'gmail' | 'outlook' | 'box';
const ARGS: Record<Where, string[]> = {
  gmail: [...GMAIL, '--recipient-domain', TW],
  outlook: [...OUTLOOK, '--recipient-domain', TW],
  box: ['--webmail', 'none', '--authserv-id', BOX, '--recipient-domain', TW],
};

interface Platform {
  /** The From address the platform writes. */
  address: string;
  /** The organisational domain carrying its DMARC record. */
  org: string;
  relay: Relay;
  envelope: string;
  /** (domain, selector) signatures, the last on top. */
  signers: Array<[string, string]>;
  spf: Record<string, string>;
}

const SES_SPF = 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 -all';
const ses = (n: string): Relay => ({
  helo: `a48-${n}.smtp-out.amazonses.com`,
  rdns: `a48-${n}.smtp-out.amazonses.com`,
  ip: `54.240.48.${n}`,
});

const QBO: Platform = {
  address: 'quickbooks@notification.intuit.com',
  org: 'intuit.com',
  relay: ses('112'),
  envelope: '0100019b2c4e7a11-5e2f@bounces.notification.intuit.com',
  signers: [['notification.intuit.com', 'qbo1']],
  spf: { 'bounces.notification.intuit.com': 'v=spf1 include:amazonses.com -all', 'amazonses.com': SES_SPF },
};
const XERO: Platform = {
  address: 'messaging-service@post.xero.com',
  org: 'xero.com',
  relay: SENDGRID_OUT,
  envelope: 'bounces+2214871-8c1f-morgan.lee=tidewater.example@em.post.xero.com',
  signers: [
    ['post.xero.com', 's1'],
    ['sendgrid.info', 'smtpapi'],
  ],
  spf: { 'em.post.xero.com': SENDGRID_SPF },
};
const WT: Platform = {
  address: 'noreply@wetransfer.com',
  org: 'wetransfer.com',
  relay: ses('57'),
  envelope: '0100019b2c4e7a57-91aa@mail.wetransfer.com',
  signers: [['wetransfer.com', 'wt1']],
  spf: { 'mail.wetransfer.com': 'v=spf1 include:amazonses.com -all', 'amazonses.com': SES_SPF },
};
const ADOBE: Platform = {
  address: 'adobesign@adobesign.com',
  org: 'adobesign.com',
  relay: ses('73'),
  envelope: '0100019b2c4e7a73-0b3c@mail.adobesign.com',
  signers: [['adobesign.com', 'as1']],
  spf: { 'mail.adobesign.com': 'v=spf1 include:amazonses.com -all', 'amazonses.com': SES_SPF },
};

const BOXCOM: Platform = {
  address: 'noreply@box.com',
  org: 'box.com',
  relay: SENDGRID_OUT,
  envelope: 'bounces+1180342-77d2-morgan.lee=tidewater.example@notify.box.com',
  signers: [
    ['box.com', 's1'],
    ['sendgrid.info', 'smtpapi'],
  ],
  spf: { 'notify.box.com': SENDGRID_SPF },
};

interface Mail {
  name: string;
  about: string;
  p: Platform;
  /** The From's display name. */
  display: string;
  replyTo?: string;
  subject: string;
  body: string;
  where: Where[];
  expect: CaseExpectation;
  twin?: boolean;
}

const domainOfAddr = (a: string) => a.slice(a.lastIndexOf('@') + 1);

function zoneOf(p: Platform): Record<string, unknown> {
  return {
    ...senderZone(p.relay, p.signers, { [p.org]: 'v=DMARC1; p=reject' }, p.spf),
    [TW]: { TXT: ['v=spf1 mx -all'], MX: [{ exchange: BOX, priority: 10 }] },
    [`_dmarc.${TW}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  };
}

function deliver(raw: string, p: Platform, where: Where, id: string): string {
  const fromDom = domainOfAddr(p.address);
  const [d, s] = p.signers[0]!;
  if (where === 'gmail')
    return gmailDelivery(raw, {
      relay: p.relay,
      envelope: p.envelope,
      results: `${gmailDkim(d, s)}\r\n       ${gmailSpf(p.envelope, p.relay.ip)}\r\n       ${gmailDmarc(fromDom)}`,
      ids: [`x12csp103${id}pxa`, `a1si103${id}qtb.10`],
      to: RCPT,
      spf: 'pass',
      deliveredTo: true,
    });
  if (where === 'outlook')
    return eopDelivery(raw, {
      ...eopPass(
        p.relay,
        domainOfAddr(p.envelope),
        `dkim=pass (signature was verified)\r\n header.d=${d}`,
        fromDom,
      ),
      returnPath: `<${p.envelope}>`,
    });
  return onTop(
    raw,
    `Return-Path: <${p.envelope}>`,
    `Delivered-To: ${RCPT}`,
    dovecotLmtp(BOX, p.envelope, RCPT, `${id}LmtpQAAqVw1Bg`, 'Fri, 20 Nov 2026 10:00:07 +0000'),
    `Authentication-Results: ${BOX};\r\n\tdkim=pass header.d=${d} header.s=${s};\r\n\tspf=pass (${BOX}: domain of ${p.envelope} designates ${p.relay.ip} as permitted sender) smtp.mailfrom=${p.envelope};\r\n\tdmarc=pass (p=reject dis=none) header.from=${fromDom}`,
    postfixEntry(p.relay, BOX, `4Zq103${id}`, RCPT, 'Fri, 20 Nov 2026 10:00:05 +0000'),
  );
}

async function emit(write: CaseWriter, m: Mail): Promise<void> {
  const raw = await signAll(
    submitted({
      from: `"${m.display}" <${m.p.address}>`,
      to: RCPT,
      subject: m.subject,
      date: SENT,
      messageId: `<${m.name.length}.${m.name.slice(8, 20).replace(/[^a-z0-9]/g, '')}@${domainOfAddr(m.p.address)}>`,
      extraHeaders: m.replyTo ? [`Reply-To: ${m.replyTo}`] : [],
      body: m.body,
    }),
    m.p.signers,
  );
  for (const where of m.where) {
    const id = String(m.name.length).padStart(3, '0') + where.slice(0, 1);
    emitCase(write, {
      name: `${m.name}-${where}`,
      about: m.about,
      class: 'probe103-platform-user-name',
      args: ARGS[where],
      eml: deliver(raw, m.p, where, id),
      zone: zoneOf(m.p),
      expect: m.expect,
      ...(m.twin && where === 'gmail' ? { twin: true } : {}),
    });
  }
}

const INVOICE = (co: string, n: string, amt: string) =>
  `Dear customer,\r\n\r\nHere's invoice ${n} for ${amt}.\r\n\r\nThe amount outstanding of ${amt} is due on 30/11/2026.\r\n\r\nView and pay your bill online: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-${n}\r\n\r\nThanks for your business!\r\n${co}\r\n`;
const ALL: Where[] = ['gmail', 'outlook', 'box'];

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. QuickBooks: the attacker's company named after the reader's IT desk; Reply-To his Gmail.
  await emit(write, {
    name: 'probe103-qbo-it-helpdesk-gmail-reply',
    about: `The attacker's own QuickBooks Online company, named "Tidewater IT Helpdesk", sends an "invoice" that is a mailbox-renewal lure to ${RCPT}: From "Tidewater IT Helpdesk" <quickbooks@notification.intuit.com>, Reply-To tidewater.it.helpdesk@gmail.com (the company e-mail he verified). Intuit signs and its SPF passes: DMARC passes for notification.intuit.com. Wanted: not trusted (an outsider's chosen name naming the reader's own IT desk, display-name-reader-org, as on PayPal or DocuSign).`,
    p: QBO,
    display: 'Tidewater IT Helpdesk',
    replyTo: 'tidewater.it.helpdesk@gmail.com',
    subject: 'Invoice 1042 from Tidewater IT Helpdesk',
    body: INVOICE(
      'Tidewater IT Helpdesk',
      '1042',
      '$0.00 - mailbox licence renewal, confirm at https://tidewater-it.forger.example',
    ),
    where: ALL,
    expect: NOT_TRUSTED,
    twin: true,
  });
  // 1b. Its control: a real small supplier's QuickBooks invoice, Reply-To its own domain.
  await emit(write, {
    name: 'probe103-qbo-supplier-invoice-control',
    about: `Genuine: Harbor Plumbing LLC invoices ${RCPT} from QuickBooks Online: From "Harbor Plumbing LLC" <quickbooks@notification.intuit.com>, Reply-To office@harborplumbing.example, signed by Intuit, DMARC pass. Wanted: authenticated (the platform's own domain passes; the name is a business's, naming no one else).`,
    p: QBO,
    display: 'Harbor Plumbing LLC',
    replyTo: 'office@harborplumbing.example',
    subject: 'Invoice 1042 from Harbor Plumbing LLC',
    body: INVOICE('Harbor Plumbing LLC', '1042', '$1,280.00'),
    where: ALL,
    expect: AUTHENTICATED,
    twin: true,
  });
  // 2. QuickBooks named "Tidewater Accounts Payable", Reply-To a look-alike domain of the attacker's.
  await emit(write, {
    name: 'probe103-qbo-accounts-payable-lookalike-reply',
    about: `The attacker's QuickBooks company "Tidewater Accounts Payable" sends ${RCPT} a "remittance" asking to update bank details: From "Tidewater Accounts Payable" <quickbooks@notification.intuit.com>, Reply-To ap@tidewater-payables.example (his own domain). DMARC passes for Intuit. Wanted: not trusted (the reader's own AP desk's name chosen by an outsider).`,
    p: QBO,
    display: 'Tidewater Accounts Payable',
    replyTo: 'ap@tidewater-payables.example',
    subject: 'Remittance advice - update your bank details',
    body: INVOICE('Tidewater Accounts Payable', '2207', '$18,400.00'),
    where: ['gmail', 'outlook'],
    expect: NOT_TRUSTED,
  });
  // 3. Xero: the organisation's From name "Tidewater Finance", Reply-To a Gmail he approved.
  await emit(write, {
    name: 'probe103-xero-finance-desk-gmail-reply',
    about: `The attacker's own Xero organisation sets its From name "Tidewater Finance Team" and Reply-To tidewaterfinance.team@gmail.com (approved by himself): From "Tidewater Finance Team" <messaging-service@post.xero.com>, signed post.xero.com through SendGrid, DMARC pass. Sent to ${RCPT}: "Statement - please settle to our new account". Wanted: not trusted.`,
    p: XERO,
    display: 'Tidewater Finance Team',
    replyTo: 'tidewaterfinance.team@gmail.com',
    subject: 'Statement from Tidewater Finance Team',
    body: 'Hi,\r\n\r\nPlease find your statement attached. Note our bank details changed this month; settle to the account on the statement.\r\n\r\nRegards,\r\nTidewater Finance Team\r\n',
    where: ALL,
    expect: NOT_TRUSTED,
  });
  // 3b. Control: the reader's own finance desk really on Xero, copying itself (Reply-To the firm).
  await emit(write, {
    name: 'probe103-xero-own-finance-copy-control',
    about: `Genuine: Tidewater's own finance desk uses Xero; its organisation's From name is "Tidewater Finance", Reply-To finance@${TW} (its own login address), and it copies itself, so ${RCPT} (finance) receives From "Tidewater Finance" <messaging-service@post.xero.com>. DMARC pass for Xero. Wanted: not suspicious (the Reply-To is the firm's own, which Xero makes the organisation approve).`,
    p: XERO,
    display: 'Tidewater Finance',
    replyTo: `finance@${TW}`,
    subject: 'Invoice INV-0815 from Tidewater Finance for Quarry Lane Joinery',
    body: 'Hi Quarry Lane Joinery,\r\n\r\nHere is invoice INV-0815 for 2,400.00 GBP.\r\n\r\nThanks,\r\nTidewater Finance\r\n',
    where: ['gmail', 'outlook'],
    expect: NOT_SUSPICIOUS,
  });
  // 3c. Control: a real supplier on Xero.
  await emit(write, {
    name: 'probe103-xero-supplier-invoice-control',
    about: `Genuine: Quarry Lane Joinery Ltd invoices ${RCPT} from Xero: From "Quarry Lane Joinery Ltd" <messaging-service@post.xero.com>, Reply-To accounts@quarrylane.example. Wanted: authenticated.`,
    p: XERO,
    display: 'Quarry Lane Joinery Ltd',
    replyTo: 'accounts@quarrylane.example',
    subject: 'Invoice INV-3321 from Quarry Lane Joinery Ltd for Tidewater',
    body: 'Hi Tidewater,\r\n\r\nHere is invoice INV-3321 for 2,400.00 GBP, due 30 Nov 2026.\r\n\r\nThanks,\r\nQuarry Lane Joinery Ltd\r\n',
    where: ['outlook', 'box'],
    expect: AUTHENTICATED,
  });
  // 4. WeTransfer: From is WeTransfer's own; the lure is the uploader's address (Reply-To) named as the IT desk.
  await emit(write, {
    name: 'probe103-wetransfer-it-desk-reply-gmail',
    about: `The attacker uploads with the address he confirmed, it.helpdesk.tidewater@gmail.com, and WeTransfer mails ${RCPT}: From "WeTransfer" <noreply@wetransfer.com>, Reply-To "Tidewater IT Helpdesk" <it.helpdesk.tidewater@gmail.com>, subject "Tidewater IT Helpdesk sent you New_VPN_profile.zip via WeTransfer". DMARC passes for wetransfer.com. Wanted: not trusted (the reply goes to a free mailbox named as the reader's IT desk).`,
    p: WT,
    display: 'WeTransfer',
    replyTo: '"Tidewater IT Helpdesk" <it.helpdesk.tidewater@gmail.com>',
    subject: 'Tidewater IT Helpdesk sent you New_VPN_profile.zip via WeTransfer',
    body: 'it.helpdesk.tidewater@gmail.com\r\nsent you some files\r\n\r\n1 item, 2.1 MB in total - Expires on 27 November 2026\r\n\r\nInstall the new VPN profile before Monday.\r\n\r\nGet your files: https://we.tl/t-Qx103aBcDe\r\n',
    where: ALL,
    expect: NOT_TRUSTED,
  });
  // 4b. Control: a design studio's WeTransfer.
  await emit(write, {
    name: 'probe103-wetransfer-studio-control',
    about: `Genuine: a design studio sends artwork to ${RCPT} by WeTransfer: From "WeTransfer" <noreply@wetransfer.com>, Reply-To jo@brightline-studio.example. Wanted: authenticated.`,
    p: WT,
    display: 'WeTransfer',
    replyTo: 'jo@brightline-studio.example',
    subject: 'jo@brightline-studio.example sent you Tidewater_brochure_v3.pdf via WeTransfer',
    body: 'jo@brightline-studio.example\r\nsent you some files\r\n\r\n1 item, 14 MB in total - Expires on 27 November 2026\r\n\r\nGet your files: https://we.tl/t-Zk103fGhIj\r\n',
    where: ['gmail', 'box'],
    expect: AUTHENTICATED,
  });
  // 5. Adobe Acrobat Sign under the reader's HR desk's name; Reply-To the attacker's Outlook.com.
  await emit(write, {
    name: 'probe103-adobesign-hr-desk-via',
    about: `The attacker's own Acrobat Sign account named "Tidewater HR" sends an agreement to ${RCPT}: From "Tidewater HR via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To tidewater.hr@outlook.com. DMARC passes for adobesign.com. Wanted: not trusted (display-name-reader-org on a brand's "via").`,
    p: ADOBE,
    display: 'Tidewater HR via Adobe Acrobat Sign',
    replyTo: 'tidewater.hr@outlook.com',
    subject: 'Please sign: 2027 salary adjustment letter',
    body: 'Tidewater HR has requested your signature on 2027 salary adjustment letter.\r\n\r\nReview and sign: https://secure.na4.adobesign.com/public/esign?tsid=CBFCIBAA3AAABLblqZhD103\r\n',
    where: ['gmail', 'outlook'],
    expect: NOT_TRUSTED,
  });
  // 5b. Control: a supplier's contract via Acrobat Sign.
  await emit(write, {
    name: 'probe103-adobesign-supplier-control',
    about: `Genuine: Quarry Lane Joinery sends its service contract to ${RCPT} by Acrobat Sign: From "Dana Whitfield via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To "Dana Whitfield" <dana@quarrylane.example> (the sender's own name and address, as DocuSign writes them). Wanted: authenticated.`,
    p: ADOBE,
    display: 'Dana Whitfield via Adobe Acrobat Sign',
    replyTo: '"Dana Whitfield" <dana@quarrylane.example>',
    subject: 'Please sign: Quarry Lane service contract 2027',
    body: 'Dana Whitfield has requested your signature on Quarry Lane service contract 2027.\r\n\r\nReview and sign: https://secure.eu1.adobesign.com/public/esign?tsid=CBFCIBAA3AAABLblqZhE103\r\n',
    where: ['gmail'],
    expect: AUTHENTICATED,
  });
  // 6. QuickBooks again, the attacker's Reply-To now at a neutral domain of his own (no free mailbox, no look-alike).
  await emit(write, {
    name: 'probe103-qbo-it-helpdesk-own-domain-reply',
    about: `As probe103-qbo-it-helpdesk-gmail-reply, but the company e-mail the attacker verified in QuickBooks is servicedesk@m365-licensing.example, a domain of his own that imitates no one: From "Tidewater IT Helpdesk" <quickbooks@notification.intuit.com>, Reply-To servicedesk@m365-licensing.example; the "invoice" asks ${RCPT} to confirm a mailbox licence. DMARC passes for Intuit. Wanted: not trusted (an outsider's chosen name on an invoicing platform naming the reader's own IT desk: display-name-reader-org, as on Stripe or PayPal).`,
    p: QBO,
    display: 'Tidewater IT Helpdesk',
    replyTo: 'servicedesk@m365-licensing.example',
    subject: 'Invoice 1043 from Tidewater IT Helpdesk',
    body: INVOICE(
      'Tidewater IT Helpdesk',
      '1043',
      '$0.00 - mailbox licence renewal, confirm at https://m365-licensing.example/tidewater',
    ),
    where: ALL,
    expect: NOT_TRUSTED,
    twin: true,
  });
  // 6b. Control: the reader's own receivables desk on QuickBooks, copying a colleague (Reply-To the firm's own verified address).
  await emit(write, {
    name: 'probe103-qbo-own-receivables-copy-control',
    about: `Genuine: Tidewater's own receivables desk bills a customer from its QuickBooks Online company "Tidewater Accounts Receivable", whose verified company e-mail is ar@${TW}; the colleague ${RCPT} is copied: From "Tidewater Accounts Receivable" <quickbooks@notification.intuit.com>, Reply-To ar@${TW}. DMARC passes for Intuit. Wanted: not suspicious (the answer goes to the firm itself, an address QuickBooks verified).`,
    p: QBO,
    display: 'Tidewater Accounts Receivable',
    replyTo: `ar@${TW}`,
    subject: 'Invoice 5518 from Tidewater Accounts Receivable',
    body: INVOICE('Tidewater Accounts Receivable', '5518', '$3,150.00'),
    where: ['outlook', 'box'],
    expect: NOT_SUSPICIOUS,
  });
  // 7. Xero: "Tidewater Accounts Payable", Reply-To the attacker's own neutral domain (he approves it himself).
  await emit(write, {
    name: 'probe103-xero-accounts-payable-own-domain-reply',
    about: `The attacker's own Xero organisation, From name "Tidewater Accounts Payable", Reply-To remittance@ledgerline-pay.example (his own domain, which he approved in Xero): From "Tidewater Accounts Payable" <messaging-service@post.xero.com>, signed post.xero.com through SendGrid, DMARC pass. ${RCPT} is asked to confirm supplier bank details. Wanted: not trusted (the reader's own AP desk's name, chosen by an outsider on Xero).`,
    p: XERO,
    display: 'Tidewater Accounts Payable',
    replyTo: 'remittance@ledgerline-pay.example',
    subject: 'Remittance advice from Tidewater Accounts Payable',
    body: 'Hi,\r\n\r\nOur payment run failed for your account. Confirm the bank details we hold at https://ledgerline-pay.example/r/tidewater before Friday.\r\n\r\nTidewater Accounts Payable\r\n',
    where: ['gmail', 'outlook', 'box'],
    expect: NOT_TRUSTED,
  });
  // 8. Box: the attacker's own Box account named "Tidewater IT Helpdesk" shares a "VPN profile".
  await emit(write, {
    name: 'probe103-box-it-helpdesk-via-box',
    about: `The attacker's own Box account, its user name "Tidewater IT Helpdesk", shares a folder with ${RCPT}: From "Tidewater IT Helpdesk (via Box)" <noreply@box.com>, no Reply-To; Box signs as box.com through its ESP, DMARC pass. Wanted: not trusted (an outsider's chosen name before a platform's "via" naming the reader's IT desk: display-name-reader-org, as on Google Docs or Dropbox).`,
    p: BOXCOM,
    display: 'Tidewater IT Helpdesk (via Box)',
    subject: 'Tidewater IT Helpdesk invited you to collaborate on "VPN-2027"',
    body: 'Tidewater IT Helpdesk invited you to collaborate on the folder VPN-2027.\r\n\r\nAccept invite: https://app.box.com/collaborations/accept/103\r\n',
    where: ['gmail', 'outlook'],
    expect: NOT_TRUSTED,
  });
  // 8b. Control: a supplier's contact shares a folder on Box.
  await emit(write, {
    name: 'probe103-box-supplier-share-control',
    about: `Genuine: Dana Whitfield of Quarry Lane Joinery shares drawings with ${RCPT} on Box: From "Dana Whitfield (via Box)" <noreply@box.com>. Wanted: authenticated.`,
    p: BOXCOM,
    display: 'Dana Whitfield (via Box)',
    subject: 'Dana Whitfield invited you to collaborate on "Tidewater fit-out drawings"',
    body: 'Dana Whitfield invited you to collaborate on the folder Tidewater fit-out drawings.\r\n\r\nAccept invite: https://app.box.com/collaborations/accept/104\r\n',
    where: ['gmail', 'box'],
    expect: AUTHENTICATED,
  });
}
