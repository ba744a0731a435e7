// Red-team probes, round 118 (December 2026): collaboration, invoicing and signing platforms that
// mail a third party under a name the account chose, not yet in lib/findings/platforms.ts after
// round 116. The attacker's free account is named after the reader's firm's desk ("Tidewater IT
// Service Desk", "Tidewater Payroll"), Reply-To empty or on a domain of his own (a free-mailbox
// Reply-To is caught already), each beside its genuine control: another firm's account named as
// itself, a person's own name, and the reader's own firm's account writing to its own staff. Read
// through Gmail and Outlook with --recipient-domain tidewater.example.
// Layouts, and where they were learnt (search tool, pages and code corpora):
// - Smartsheet alerts, reminders, update and approval requests: From name the user who triggered
//   the alert or the sheet owner, address automation@app.smartsheet.com (app.smartsheet.com is the
//   default sending domain; custom domains are Enterprise-only), Reply-To the user's own account
//   address; free/trial accounts get external links replaced by "[External link removed]"
//   (help.smartsheet.com "Overview of automated notifications sent via Smartsheet", Smartsheet's
//   enterprise e-mail controls datasheet). So the lure asks for a reply. Relay, envelope and DKIM
//   selector were not learnt: modelled on SendGrid with a branded reverse name (assumed), d= the
//   From's domain.
// - Zoho Invoice: invoices from message-service@sender.zohoinvoice.com under the organisation's
//   name (a mail classifier's shared-platform list in public code names sender.zohoinvoice.com
//   beside notification.intuit.com and mail.hellosign.com; SPF records in public notes include
//   sender.zohoinvoice.com). Sent from Zoho's own hosts (136.143.188.0/24, sender4-op-o*.zoho.com
//   reverse names, as lib/relay/providers-esp.ts knows Zoho); the selector is assumed.
// - Wave: invoices and receipts from mailer@waveapps.com (a customer's own notice on moving to
//   Wave; public Gmail-filter code matching Wave receipts by that address), the From field a
//   verified owner address of the business (support.waveapps.com on sending receipts and adding
//   owner e-mail addresses), written here as Reply-To. Relay not learnt: SendGrid (assumed).
// - Dropbox Sign (HelloSign): "<sender> via Dropbox Sign" <noreply@mail.hellosign.com> (the same
//   shared-platform list; lib/findings/domains.ts already files hellosign.com under Dropbox).
//   Relay SendGrid (assumed).
// Not modelled, for want of a sending address that could be confirmed: Canva (invites go through
// Amazon SES under mail.canva.com, per an MSP's delivery investigation, but the From of a share
// was not found), Miro (team@mail.miro.com and notification.miro.com seen in mail filters, not
// which carries a board invitation), FreshBooks (its help says it mails "from your email
// domains"), Trello, Asana, monday.com, ClickUp, Airtable, Webflow, Gumroad, Ko-fi, Doodle,
// SignNow, Loom and Vimeo.
// Names and addresses are documentation ones except the platforms' own names and hosts, Zoho's and
// SendGrid's ranges; every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const READER = `Robin Reader <robin.reader@${ORG}>`;

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  subject: string;
  body: string;
  messageId: string;
  replyTo?: string | null;
}

function signed(s: Sent): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to: READER,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.replyTo ? [`Reply-To: ${s.replyTo}`] : [],
      body: s.body,
    }),
    s.signers,
  );
}

// SendGrid addresses with each platform's branded reverse name (assumed layouts).
const sendgrid = (brand: string, n: number): Relay => ({
  helo: `o${n}.ptr${1180 + n}.${brand}`,
  rdns: `o${n}.ptr${1180 + n}.${brand}`,
  ip: `149.72.118.${n}`,
});
const SMARTSHEET = sendgrid('app.smartsheet.com', 21);
const WAVE = sendgrid('waveapps.com', 22);
const HELLOSIGN = sendgrid('mail.hellosign.com', 23);
// Zoho's own outbound host.
const ZOHO: Relay = {
  helo: 'sender4-op-o18.zoho.com',
  rdns: 'sender4-op-o18.zoho.com',
  ip: '136.143.188.18',
};

const SG_SPF = 'v=spf1 include:sendgrid.net -all';
const ZONE = {
  ...ptr(SMARTSHEET.ip, SMARTSHEET.rdns),
  ...ptr(WAVE.ip, WAVE.rdns),
  ...ptr(HELLOSIGN.ip, HELLOSIGN.rdns),
  ...ptr(ZOHO.ip, ZOHO.rdns),
  ...txt('sendgrid.net', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ~all'),
  ...txt('em2118.app.smartsheet.com', SG_SPF),
  ...key('app.smartsheet.com', 's1'),
  ...dmarc('smartsheet.com', 'reject'),
  ...txt('sender.zohoinvoice.com', 'v=spf1 ip4:136.143.188.0/24 ip4:136.143.184.0/24 -all'),
  ...key('sender.zohoinvoice.com', 'zoho'),
  ...dmarc('zohoinvoice.com', 'quarantine'),
  ...txt('em3118.waveapps.com', SG_SPF),
  ...key('waveapps.com', 's1'),
  ...dmarc('waveapps.com', 'reject'),
  ...txt('em4118.mail.hellosign.com', SG_SPF),
  ...key('mail.hellosign.com', 's1'),
  ...dmarc('hellosign.com', 'reject'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
};

async function atGmail(s: Sent, n: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: [
      gmailDkim(d, sel),
      gmailSpf(s.envelope, s.relay.ip),
      gmailDmarc(domainOf(s.from), 'REJECT'),
    ].join('\r\n       '),
    ids: [`x118csp${n}pxa`, `a118si${n}qtb.118`],
    spf: 'pass',
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });
}

async function atOutlook(s: Sent): Promise<string> {
  return eopDelivery(await signed(s), {
    ...eopPass(
      s.relay,
      domainOf(s.envelope),
      `dkim=pass (signature was verified)\r\n header.d=${s.signers[0]?.[0] ?? 'none'}`,
      domainOf(s.from),
    ),
    returnPath: s.envelope,
  });
}

const smartsheet = (name: string, replyTo: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <automation@app.smartsheet.com>`,
  envelope: `bounces+2118${n}-5d0e-robin.reader=tidewater.example@em2118.app.smartsheet.com`,
  relay: SMARTSHEET,
  signers: [['app.smartsheet.com', 's1']],
  subject,
  body: `${body}\r\n\r\nOpen in Smartsheet: https://app.smartsheet.com/b/update?t=118${n}example\r\n\r\nThis notification was sent via Smartsheet.\r\n`,
  messageId: `<118${n}.alert.9c2f@app.smartsheet.com>`,
  replyTo: `"${name}" <${replyTo}>`,
});

const zohoInvoice = (org: string, replyTo: string | null, amount: string, item: string, n: string): Sent => ({
  from: `"${org}" <message-service@sender.zohoinvoice.com>`,
  envelope: `message-service@sender.zohoinvoice.com`,
  relay: ZOHO,
  signers: [['sender.zohoinvoice.com', 'zoho']],
  subject: `Invoice - INV-0118${n} from ${org}`,
  body: `Dear Robin Reader,\r\n\r\nThank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below. You can also choose to pay it online.\r\n\r\nINVOICE AMOUNT ${amount}\r\n${item}\r\nDue Date 30 Nov 2026\r\n\r\nView invoice: https://zohosecurepay.com/books/inv/118${n}example\r\n\r\nRegards,\r\n${org}\r\n`,
  messageId: `<118${n}.zi.message-service@sender.zohoinvoice.com>`,
  replyTo,
});

const wave = (business: string, replyTo: string, amount: string, item: string, n: string): Sent => ({
  from: `"${business}" <mailer@waveapps.com>`,
  envelope: `bounces+3118${n}-71c4-robin.reader=tidewater.example@em3118.waveapps.com`,
  relay: WAVE,
  signers: [['waveapps.com', 's1']],
  subject: `Invoice #118${n} from ${business}`,
  body: `${business} has sent you an invoice for ${amount}.\r\n\r\n${item}\r\nDue: November 30, 2026\r\n\r\nView and pay invoice: https://next.waveapps.com/118${n}example/invoices/view\r\n\r\nPowered by Wave\r\n`,
  messageId: `<118${n}.inv@waveapps.com>`,
  replyTo: `"${business}" <${replyTo}>`,
});

const dropboxSign = (sender: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `"${sender} via Dropbox Sign" <noreply@mail.hellosign.com>`,
  envelope: `bounces+4118${n}-1a2b-robin.reader=tidewater.example@em4118.mail.hellosign.com`,
  relay: HELLOSIGN,
  signers: [['mail.hellosign.com', 's1']],
  subject: `${sender} has requested your signature on ${doc}`,
  body: `${sender} has requested your signature on ${doc}.\r\n\r\nReview & sign: https://app.hellosign.com/sign/118${n}example\r\n\r\nDropbox Sign\r\n`,
  messageId: `<118${n}.sig@mail.hellosign.com>`,
  // The sending account's address (faq.hellosign.com on API end-user accounts), under its name.
  replyTo: `"${sender}" <${replyTo}>`,
});

// Fixed at 21:56 on 2026-12-05 (lib/findings/platforms.ts): Smartsheet, Zoho Invoice and Wave
// write the name the account chose whole (CUSTOMERS_PLATFORMS, WHOLE_NAME_PLATFORMS), and
// Smartsheet's Reply-To is the account's own address (ACCOUNT_REPLY_PLATFORMS), so the reader's own
// desk's sheet stays authenticated. Zoho Books is left out until its sender is confirmed.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe118-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- Smartsheet: the triggering user's or sheet owner's name from automation@app.smartsheet.com ----
  emit(write, {
    name: 'probe118-outlook-smartsheet-tidewater-it-service-desk',
    cls: 'smartsheet',
    about: `The attacker's free Smartsheet trial, its user named "Tidewater IT Service Desk", shares a sheet "Mailbox migration roster" with an update request to the reader: "Tidewater IT Service Desk" <automation@app.smartsheet.com>, "Update request: Mailbox migration roster", Reply-To the account's own address at a domain of his, servicedesk@staff-helpline.example (Smartsheet writes the user's address there; the trial's links are removed, so the lure asks for a reply with the reader's password reset code), signed d=app.smartsheet.com through SendGrid, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (an outsider named as the reader's own IT desk on a collaboration platform).`,
    eml: await atOutlook(
      smartsheet(
        'Tidewater IT Service Desk',
        'servicedesk@staff-helpline.example',
        'Update request: Mailbox migration roster',
        'Tidewater IT Service Desk has requested an update to 1 row in "Mailbox migration roster".\r\n\r\nMessage: Your mailbox moves on Wednesday. Reply to this e-mail with the six-digit code we text you today so we can keep your data. [External link removed]',
        'a',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe118-gmail-smartsheet-partner-person-control',
    cls: 'control',
    about: `Control: a partner's project manager's Smartsheet update request under her own name: "Dana Whitfield" <automation@app.smartsheet.com>, "Update request: Q1 delivery schedule", Reply-To dana.whitfield@harbourline.example (her account's address), signed d=app.smartsheet.com through SendGrid, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (a person's own name).`,
    eml: await atGmail(
      smartsheet(
        'Dana Whitfield',
        'dana.whitfield@harbourline.example',
        'Update request: Q1 delivery schedule',
        'Dana Whitfield has requested an update to 3 rows in "Q1 delivery schedule".\r\n\r\nMessage: Could you confirm the dock slots for January?',
        'b',
      ),
      'b',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe118-gmail-smartsheet-own-service-desk-control',
    cls: 'control',
    about: `Control: the reader's own firm's Smartsheet, its service desk's shared user named "Tidewater IT Service Desk", sends its staff a reminder: "Tidewater IT Service Desk" <automation@app.smartsheet.com>, "Reminder: Laptop refresh sign-up", Reply-To servicedesk@${ORG} (the account's own login address, which Smartsheet writes there), signed d=app.smartsheet.com through SendGrid, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (the desk answers at the reader's own domain; a fix reading Smartsheet's names as the user's must clear it as ACCOUNT_REPLY_PLATFORMS clears a Google share).`,
    eml: await atGmail(
      smartsheet(
        'Tidewater IT Service Desk',
        `servicedesk@${ORG}`,
        'Reminder: Laptop refresh sign-up',
        'Reminder from "Laptop refresh 2027": please choose a collection slot for your new laptop by Friday.',
        'c',
      ),
      'c',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe118-gmail-smartsheet-named-microsoft-365-admin',
    cls: 'smartsheet-brand',
    about: `The attacker's Smartsheet user named "Microsoft 365 Admin": "Microsoft 365 Admin" <automation@app.smartsheet.com>, "Approval request: Mailbox storage increase", Reply-To admin@m365-storage.example, signed d=app.smartsheet.com through SendGrid, every pass. Online, gmail. Wanted: not trusted (a brand's name on a platform's address that is not the brand's).`,
    eml: await atGmail(
      smartsheet(
        'Microsoft 365 Admin',
        'admin@m365-storage.example',
        'Approval request: Mailbox storage increase',
        'Microsoft 365 Admin has requested your approval.\r\n\r\nMessage: Your mailbox is 98% full. Reply APPROVE with your sign-in address and password to keep receiving mail.',
        'd',
      ),
      'd',
    ),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });

  // ---- Zoho Invoice: the organisation's name whole from message-service@sender.zohoinvoice.com ----
  emit(write, {
    name: 'probe118-gmail-zoho-invoice-tidewater-payroll',
    cls: 'zoho-invoice',
    about: `The attacker's free Zoho Invoice organisation named "Tidewater Payroll" invoices the reader for a "salary overpayment": "Tidewater Payroll" <message-service@sender.zohoinvoice.com>, "Invoice - INV-0118e from Tidewater Payroll", $1,870.00 "Recovery of November salary overpayment", no Reply-To, signed d=sender.zohoinvoice.com from Zoho's own host 136.143.188.18, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (the reader's own payroll desk's name chosen by an outsider, asking for money).`,
    eml: await atGmail(
      zohoInvoice('Tidewater Payroll', null, '$1,870.00', 'Recovery of November salary overpayment', 'e'),
      'e',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe118-outlook-zoho-invoice-tidewater-it-service-desk',
    cls: 'zoho-invoice',
    about: `The same Zoho Invoice trick named "Tidewater IT Service Desk", Reply-To billing@desk-billing.example (a domain of the attacker's): "Tidewater IT Service Desk" <message-service@sender.zohoinvoice.com>, $640.00 "Replacement laptop charger and dock (staff liability)", signed d=sender.zohoinvoice.com from Zoho's host, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atOutlook(
      zohoInvoice(
        'Tidewater IT Service Desk',
        '"Tidewater IT Service Desk" <billing@desk-billing.example>',
        '$640.00',
        'Replacement laptop charger and dock (staff liability)',
        'f',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe118-outlook-zoho-invoice-partner-catering-control',
    cls: 'control',
    about: `Control: a caterer's Zoho Invoice under its own name: "Harbourline Catering" <message-service@sender.zohoinvoice.com>, $385.00 "Team lunch, 18 November (14 guests)", Reply-To accounts@harbourline.example, signed d=sender.zohoinvoice.com from Zoho's host, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated (another firm named as itself).`,
    eml: await atOutlook(
      zohoInvoice(
        'Harbourline Catering',
        '"Harbourline Catering" <accounts@harbourline.example>',
        '$385.00',
        'Team lunch, 18 November (14 guests)',
        'g',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- Wave: the business's name whole from mailer@waveapps.com ----
  emit(write, {
    name: 'probe118-gmail-wave-tidewater-it-service-desk-invoice',
    cls: 'wave',
    about: `The attacker's free Wave business named "Tidewater IT Service Desk" invoices the reader: "Tidewater IT Service Desk" <mailer@waveapps.com>, "Invoice #118h from Tidewater IT Service Desk", $1,240.00 "Microsoft 365 licence renewal (40 seats)", Reply-To its verified owner address licensing@licence-renewals.example (a domain of his), signed d=waveapps.com through SendGrid, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atGmail(
      wave(
        'Tidewater IT Service Desk',
        'licensing@licence-renewals.example',
        '$1,240.00',
        'Microsoft 365 licence renewal (40 seats)',
        'h',
      ),
      'h',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe118-outlook-wave-partner-studio-control',
    cls: 'control',
    about: `Control: a design studio's Wave invoice under its own name: "Harbourline Studio" <mailer@waveapps.com>, $900.00 "Brochure layout, November", Reply-To studio@harbourline.example, signed d=waveapps.com through SendGrid, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atOutlook(
      wave('Harbourline Studio', 'studio@harbourline.example', '$900.00', 'Brochure layout, November', 'i'),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- Dropbox Sign: "<sender> via Dropbox Sign", a brand domain HeaderLens knows ----
  emit(write, {
    name: 'probe118-outlook-dropbox-sign-tidewater-payroll',
    cls: 'dropbox-sign',
    about: `The attacker's free Dropbox Sign account named "Tidewater Payroll" requests the reader's signature: "Tidewater Payroll via Dropbox Sign" <noreply@mail.hellosign.com>, "Tidewater Payroll has requested your signature on 2027 Direct Deposit Authorization.pdf", Reply-To payroll@hr-docs.example (a domain of his), signed d=mail.hellosign.com through SendGrid, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (the name before "via" is the outsider's).`,
    eml: await atOutlook(
      dropboxSign(
        'Tidewater Payroll',
        'payroll@hr-docs.example',
        '2027 Direct Deposit Authorization.pdf',
        'j',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe118-gmail-dropbox-sign-partner-legal-control',
    cls: 'control',
    about: `Control: a partner's legal team requests a signature through Dropbox Sign: "Harbourline Legal via Dropbox Sign" <noreply@mail.hellosign.com>, "… on Mutual NDA 2027.pdf", Reply-To legal@harbourline.example, signed d=mail.hellosign.com through SendGrid, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      dropboxSign('Harbourline Legal', 'legal@harbourline.example', 'Mutual NDA 2027.pdf', 'k'),
      'k',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
}
