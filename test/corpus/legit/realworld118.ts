// Real-world delivery shapes, hundred-and-eighteenth round: genuine mail from the reader's own
// employer (Tidewater, tidewater.example) through the platforms HeaderLens now reads as "a user's
// chosen name" (lib/findings/platforms.ts: Smartsheet, SurveyMonkey, Calendly, Zoho Invoice, Wave)
// and through Google Workspace's and Microsoft 365's own notification senders (Google Forms,
// Calendar, Drive; SharePoint): the IT desk's Smartsheet intake, HR's SurveyMonkey pulse from the
// verified people@ address, the office manager's Calendly page, the firm's own Zoho Invoice and Wave
// invoices (to a customer who works at a partner, and the sender's copy to the firm's own
// bookkeeper), the IT helpdesk's Google form, invitation and Drive share, and its SharePoint share.
// Attack twins beside them. Delivered into Gmail, Exchange Online and the firm's self-hosted
// Postfix box (OpenDKIM, OpenDMARC, policyd-spf, Dovecot LMTP), always with --recipient-domain.
// Where the layouts were learnt (`search`, pages and code corpora):
// - Smartsheet: help.smartsheet.com "Overview of automated notifications sent via Smartsheet": From
//   name the user who triggered the alert (or the sheet owner for reminders, update and approval
//   requests), address automation@app.smartsheet.com, Reply-To name and the user's own account
//   address. Relay, envelope and selector NOT learnt: SendGrid with a branded PTR, as probe118.
// - SurveyMonkey: "<verified address> via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To that
//   address, SparkPost (realworld115's sources: help.surveymonkey.com "Sender Email Address and
//   Verification", public mail filters).
// - Calendly: notifications@calendly.com under the host's name, Reply-To the host's login address
//   "unless you select a no-reply option" (help.calendly.com, as realworld115). What Calendly writes
//   with the no-reply option was NOT confirmed: modelled as no Reply-To at all.
// - Zoho Invoice: message-service@sender.zohoinvoice.com under the organisation's name (probe118);
//   an address used in the From field of Zoho's finance apps must be verified by a link first
//   (zohohelp.com Zoho Books "Configure emails" and "add email address to sender preferences", Zoho
//   Billing "Sender Email Preferences"; Zoho Invoice's own page on a changed primary address asks
//   for an OTP). That this verified address is the one written as Reply-To on Zoho's shared sender
//   was NOT confirmed from real headers (assumed, as probe118).
// - Wave: mailer@waveapps.com (a customer's notice on moving to Wave, web.charlesvasas.com/wave);
//   "send from an alternate verified email address saved under your business profile" and "send a
//   copy of the email to yourself" (support.waveapps.com "Send a receipt for an invoice payment");
//   owner addresses verified by a link ("Add and delete additional owner email addresses"). Reply-To
//   as that address and the SendGrid relay are assumed (probe118).
// - Google Forms, Calendar, Drive: "<owner> (via Google Forms)" <forms-receipts-noreply@google.com>
//   (probe95, probe116, realworld62; public mail-sorting code with find_string); Calendar's
//   calendar-notification@google.com, Sender Google Calendar, Reply-To the organiser (probe111);
//   Drive's "<sharer> (via Google Drive)" <drive-shares-dm-noreply@google.com>, doclist bounces.
// - SharePoint: `"<sharer>" <no-reply@sharepointonline.com>` out of Exchange Online (probe80/91);
//   Microsoft's "Select the domain to use for email from Microsoft 365 products"
//   (MicrosoftDocs/microsoft-365-docs, `search` code) names no-reply@sharepointonline.com,
//   no-reply@planner.com and no-reply@project.com as the default senders and an opt-in custom
//   send-from domain. Microsoft Forms' and Bookings' notification senders were NOT found (Bookings
//   mails from the tenant's own scheduling mailbox, office365itpros.com, i.e. the firm's own domain
//   and DMARC, nothing platform-specific): not modelled.
// Names and addresses are documentation ones except the platforms' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
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

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/**
 * Genuine mail whose only concern is a name the platform lets any account choose, nothing the
 * platform confirmed beside it: "suspicious" is honest (argued in `about`), never "spoofed".
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

// --- Platforms' relays ------------------------------------------------------------------------
const sendgrid = (brand: string, n: number): Relay => ({
  helo: `o${n}.ptr${1180 + n}.${brand}`,
  rdns: `o${n}.ptr${1180 + n}.${brand}`,
  ip: `149.72.118.${n}`,
});
const SMARTSHEET = sendgrid('app.smartsheet.com', 31);
const CALENDLY = sendgrid('calendly.com', 32);
const WAVE = sendgrid('waveapps.com', 33);
const SPARKPOST: Relay = {
  helo: 'mta-81-56.sparkpostmail.com',
  rdns: 'mta-81-56.sparkpostmail.com',
  ip: '192.174.81.56',
};
const ZOHO: Relay = {
  helo: 'sender4-op-o18.zoho.com',
  rdns: 'sender4-op-o18.zoho.com',
  ip: '136.143.188.18',
};
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
const EXO: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2118.outbound.protection.outlook.com',
  ip: '40.107.93.118',
};

const SG_SPF = 'v=spf1 include:sendgrid.net -all';
const GOOGLE_SPF = 'v=spf1 ip4:209.85.128.0/17 -all';
const ZONE = {
  ...ptr(SMARTSHEET.ip, SMARTSHEET.rdns),
  ...ptr(CALENDLY.ip, CALENDLY.rdns),
  ...ptr(WAVE.ip, WAVE.rdns),
  ...ptr(SPARKPOST.ip, SPARKPOST.rdns),
  ...ptr(ZOHO.ip, ZOHO.rdns),
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...ptr(EXO.ip, EXO.rdns),
  ...M365_SPF_ZONE,
  ...txt('sendgrid.net', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ~all'),
  // Smartsheet, Calendly, Wave on SendGrid
  ...txt('em2118.app.smartsheet.com', SG_SPF),
  ...key('app.smartsheet.com', 's1'),
  ...dmarc('smartsheet.com', 'reject'),
  ...txt('email.calendly.com', SG_SPF),
  ...key('calendly.com', 's1'),
  ...dmarc('calendly.com', 'reject'),
  ...txt('em3118.waveapps.com', SG_SPF),
  ...key('waveapps.com', 's1'),
  ...dmarc('waveapps.com', 'reject'),
  // SurveyMonkey on SparkPost
  ...txt('mr.surveymonkeyuser.com', 'v=spf1 include:sparkpostmail.com -all'),
  ...txt('sparkpostmail.com', 'v=spf1 ip4:192.174.80.0/20 ip4:147.253.208.0/20 ~all'),
  ...key('surveymonkeyuser.com', 'scph1020'),
  ...dmarc('surveymonkeyuser.com', 'reject'),
  // Zoho Invoice from Zoho's own hosts
  ...txt('sender.zohoinvoice.com', 'v=spf1 ip4:136.143.188.0/24 ip4:136.143.184.0/24 -all'),
  ...key('sender.zohoinvoice.com', 'zoho'),
  ...dmarc('zohoinvoice.com', 'quarantine'),
  // Google
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('forms-receipts.bounces.google.com', GOOGLE_SPF),
  ...txt('calendar-server.bounces.google.com', GOOGLE_SPF),
  ...txt('doclist.bounces.google.com', GOOGLE_SPF),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  // SharePoint Online
  ...txt('sharepointonline.com', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('sharepointonline.com', 'selector1'),
  ...dmarc('sharepointonline.com', 'reject'),
  // The reader's firm and its partner
  ...txt('tidewater.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('tidewater.example', 'quarantine'),
  ...txt('harbourline.example', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc('harbourline.example', 'reject'),
};

const TW = 'tidewater.example';
const BOX = `mail.${TW}`;
const ROBIN = `robin.reader@${TW}`;
/** The partner's employee, a customer of the firm. */
const DANA = 'dana.whitfield@harbourline.example';

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
  /** The To header (default: the reader). */
  to?: string;
  /** The mailbox it is delivered to (default: the reader). */
  rcpt?: string;
}

type Reader = 'gmail' | 'outlook' | 'box';

const signed = (s: Sent) =>
  signAll(
    submitted({
      from: s.from,
      to: s.to ?? s.rcpt ?? ROBIN,
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
  const rcpt = s.rcpt ?? ROBIN;
  const [d, sel] = s.signers[0] ?? ['', ''];
  const fromDomain = domainOf(s.from);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [gmailDkim(d, sel), gmailSpf(s.envelope, s.relay.ip), gmailDmarc(fromDomain, s.policy)].join(
        '\r\n       ',
      ),
      ids: [`x118csp${n}pxb`, `a118si${n}qtc.118`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
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
    dovecotLmtp(BOX, s.envelope, rcpt, `kB118${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw118${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader, org = TW) => [
  ...(reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : ['--authserv-id', BOX]),
  '--recipient-domain',
  org,
];

// --- Senders ----------------------------------------------------------------------------------
const smartsheet = (name: string, replyTo: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <automation@app.smartsheet.com>`,
  envelope: `bounces+2118${n}-5d0e-robin.reader=tidewater.example@em2118.app.smartsheet.com`,
  relay: SMARTSHEET,
  signers: [['app.smartsheet.com', 's1']],
  policy: 'REJECT',
  subject,
  body: `${body}\r\n\r\nOpen in Smartsheet: https://app.smartsheet.com/b/update?t=118${n}intake\r\n\r\nThis notification was sent via Smartsheet.\r\n`,
  messageId: `<118${n}.alert.7d3e@app.smartsheet.com>`,
  extra: [`Reply-To: "${name}" <${replyTo}>`],
});

const surveymonkey = (address: string, subject: string, body: string, n: string): Sent => ({
  from: `"${address} via SurveyMonkey" <member@surveymonkeyuser.com>`,
  envelope: 'survey-noreply@mr.surveymonkeyuser.com',
  relay: SPARKPOST,
  signers: [['surveymonkeyuser.com', 'scph1020']],
  policy: 'REJECT',
  subject,
  body: `${body}\r\n\r\nBegin survey: https://www.surveymonkey.com/tr/v1/te/118${n}Qg_2FexampleToken\r\n\r\nPowered by SurveyMonkey\r\n`,
  messageId: `<7A.1F.118${n}.C4E10118@i-0eaa7758290676f71.mta2vsmtp.sd.prd.sparkpost>`,
  extra: [`Reply-To: ${address}`],
});

const calendly = (name: string, replyTo: string | null, event: string, n: string): Sent => ({
  from: `"${name}" <notifications@calendly.com>`,
  envelope: `bounces+5521${n}-77aa-robin.reader=tidewater.example@email.calendly.com`,
  relay: CALENDLY,
  signers: [['calendly.com', 's1']],
  policy: 'REJECT',
  subject: `Confirmed: ${event} with ${name} on Tuesday, 24 November 2026`,
  body: `Hi Robin,\r\n\r\nYour ${event} with ${name} at 14:00 - 14:30 (GMT) on Tuesday, 24 November 2026 is scheduled.\r\n\r\nLocation: Front office, ground floor.\r\n\r\nCancel: https://calendly.com/cancellations/118${n}example\r\n\r\nPowered by Calendly.com\r\n`,
  messageId: `<118${n}.calendly.c0nf1rm@calendly.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

const zohoInvoice = (
  org: string,
  replyTo: string,
  amount: string,
  item: string,
  n: string,
  to: { to: string; rcpt: string; dear: string },
): Sent => ({
  from: `"${org}" <message-service@sender.zohoinvoice.com>`,
  envelope: 'message-service@sender.zohoinvoice.com',
  relay: ZOHO,
  signers: [['sender.zohoinvoice.com', 'zoho']],
  policy: 'QUARANTINE',
  subject: `Invoice - INV-0118${n} from ${org}`,
  body: `Dear ${to.dear},\r\n\r\nThank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below.\r\n\r\nINVOICE AMOUNT ${amount}\r\n${item}\r\nDue Date 18 Dec 2026\r\n\r\nView invoice: https://zohosecurepay.com/books/inv/118${n}example\r\n\r\nRegards,\r\n${org}\r\n`,
  messageId: `<118${n}.zi.message-service@sender.zohoinvoice.com>`,
  extra: [`Reply-To: "${org}" <${replyTo}>`],
  to: to.to,
  rcpt: to.rcpt,
});

const wave = (
  business: string,
  replyTo: string,
  amount: string,
  item: string,
  n: string,
  to: { to: string; rcpt: string },
): Sent => ({
  from: `"${business}" <mailer@waveapps.com>`,
  envelope: `bounces+3118${n}-71c4-${to.rcpt.replace('@', '=')}@em3118.waveapps.com`,
  relay: WAVE,
  signers: [['waveapps.com', 's1']],
  policy: 'REJECT',
  subject: `Invoice #118${n} from ${business}`,
  body: `${business} has sent you an invoice for ${amount}.\r\n\r\n${item}\r\nDue: December 18, 2026\r\n\r\nView and pay invoice: https://next.waveapps.com/118${n}example/invoices/view\r\n\r\nPowered by Wave\r\n`,
  messageId: `<118${n}.inv@waveapps.com>`,
  extra: [`Reply-To: "${business}" <${replyTo}>`],
  to: to.to,
  rcpt: to.rcpt,
});

const googleForm = (owner: string, replyTo: string, title: string, n: string): Sent => ({
  from: `"${owner} (via Google Forms)" <forms-receipts-noreply@google.com>`,
  envelope: `3Zp118${n}FgsXfUbXhM-SaXhZTgNThZ.PbZ@forms-receipts.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  policy: 'REJECT',
  subject: title,
  body: `${owner} has invited you to fill in the following form:\r\n${title}\r\n\r\nFill out form: https://docs.google.com/forms/d/e/1FAIpQL118${n}example/viewform\r\n\r\nGoogle Forms: Create and analyse surveys.\r\n`,
  messageId: `<forms-118${n}@google.com>`,
  extra: [`Reply-To: "${owner}" <${replyTo}>`],
});

const calendar = (who: string, organiser: string, title: string, n: string): Sent => ({
  from: `"${who}" <calendar-notification@google.com>`,
  envelope: `3Qp118${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@calendar-server.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  policy: 'REJECT',
  subject: `Invitation: ${title} @ Mon 23 Nov 2026 09:00 - 09:30 (GMT)`,
  body: `${who} has invited you to a meeting.\r\n\r\n${title}\r\nMonday 23 Nov 2026 09:00 - 09:30 (GMT)\r\n\r\nOrganizer: ${organiser}\r\nInvitation from Google Calendar\r\n`,
  messageId: `<calendar-118${n}c1e9a4-3b7d-4f2a-9e8c-1d6b5a4f3e${n}0@google.com>`,
  extra: ['Sender: Google Calendar <calendar-notification@google.com>', `Reply-To: "${who}" <${organiser}>`],
});

const driveShare = (who: string, account: string, file: string, n: string): Sent => ({
  from: `"${who} (via Google Drive)" <drive-shares-dm-noreply@google.com>`,
  envelope: `3Rp118${n}TgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  policy: 'REJECT',
  subject: `Document shared with you: "${file}"`,
  body: `${who} (${account}) has shared the following document:\r\n\r\n${file}\r\n\r\nOpen: https://docs.google.com/document/d/118${n}example/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`,
  messageId: `<118${n}drive-share.0a1b2c3d@google.com>`,
  extra: [`Reply-To: "${who}" <${account}>`],
});

const sharepoint = (who: string, account: string, file: string, n: string): Sent => ({
  from: `"${who}" <no-reply@sharepointonline.com>`,
  envelope: `bounces+SRS=118${n}@sharepointonline.com`,
  relay: EXO,
  signers: [['sharepointonline.com', 'selector1']],
  policy: 'REJECT',
  subject: `${who} shared "${file}" with you`,
  body: `${who} shared a file with you\r\n\r\n${file}\r\n\r\nOpen: https://tidewater.sharepoint.com/:w:/s/ITHelpdesk/118${n}example\r\n\r\nThis link will work for people in Tidewater.\r\nMicrosoft respects your privacy.\r\n`,
  messageId: `<118${n}.spo@sharepointonline.com>`,
  extra: [`Reply-To: "${who}" <${account}>`],
});

// --- Fixed at 22:13 on 2026-12-05 -------------------------------------------------------------
// The firm's own Zoho Invoice and Wave mail under a desk's name ("Tidewater Accounts") with the
// firm's verified sender address as Reply-To read suspicious; both platforms put only an address
// verified by a link in the From field, so lib/findings/platforms.ts ACCOUNT_REPLY_PLATFORMS holds
// zohoinvoice.com and waveapps.com now. The look-alike twins stay not trusted (the exception wants
// the reader's own organisation in Reply-To).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

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
  emitCase(write, { ...c, zone: ZONE, class: `realworld118-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- Smartsheet: the IT desk's own account, Reply-To its own account address ----
  const intake = (reply: string, n: string) =>
    smartsheet(
      'Tidewater IT Service Desk',
      reply,
      'Update request: Laptop refresh intake',
      'Tidewater IT Service Desk has requested an update to 1 row in "Laptop refresh intake".\r\n\r\nMessage: Please confirm your preferred collection day and whether you need a second monitor.',
      n,
    );
  emit(write, {
    name: 'realworld118-gmail-smartsheet-it-desk-intake-own-account',
    cls: 'smartsheet-own-desk',
    about: `Genuine: the firm's IT desk runs its laptop-refresh intake on Smartsheet from its own licensed account servicedesk@${TW} (account name "Tidewater IT Service Desk") and sends an update request: "Tidewater IT Service Desk" <automation@app.smartsheet.com>, Reply-To "Tidewater IT Service Desk" <servicedesk@${TW}>, signed d=app.smartsheet.com through SendGrid, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated. Smartsheet writes the triggering user's own account address as Reply-To (help.smartsheet.com); an outsider's account cannot hold servicedesk@${TW}, so the desk's name beside the desk's own address is the desk's.`,
    eml: await deliver(intake(`servicedesk@${TW}`, 'a'), 'gmail', 'a'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld118-box-smartsheet-it-desk-approval-own-account',
    cls: 'smartsheet-own-desk',
    about: `Genuine: the same desk's approval request for a software purchase, into the firm's self-hosted Postfix box (${BOX}): "Tidewater IT Service Desk" <automation@app.smartsheet.com>, Reply-To servicedesk@${TW}, d=app.smartsheet.com, every pass. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated (as the Gmail case).`,
    eml: await deliver(
      smartsheet(
        'Tidewater IT Service Desk',
        `servicedesk@${TW}`,
        'Approval request: Software purchase SW-118 (diagramming licence)',
        'Tidewater IT Service Desk has requested your approval for 1 row in "Software requests".\r\n\r\nItem: diagramming licence, 12 months, cost centre 4410.',
        'b',
      ),
      'box',
      'b',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld118-outlook-smartsheet-it-desk-lookalike-reply-attack-twin',
    cls: 'smartsheet-attack-twin',
    about: `Attack twin: the same bytes from an outsider's Smartsheet account registered as servicedesk@tidewater-it.example: "Tidewater IT Service Desk" <automation@app.smartsheet.com>, Reply-To servicedesk@tidewater-it.example (his own account address, as Smartsheet writes it), every pass. Exchange Online, --recipient-domain ${TW}. Wanted: not trusted (the confirmed address is a look-alike of the firm's, not the firm's).`,
    eml: await deliver(intake('servicedesk@tidewater-it.example', 'c'), 'outlook', 'c'),
    args: argsFor('outlook'),
    expect: NOT_TRUSTED,
  });

  // ---- SurveyMonkey: HR's pulse from the verified people@ address, in Outlook ----
  emit(write, {
    name: 'realworld118-outlook-surveymonkey-people-pulse-verified-address',
    cls: 'surveymonkey-verified-address',
    about: `Genuine: HR's quarterly pulse survey from its SurveyMonkey account whose verified sender address is people@${TW}: "people@${TW} via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To people@${TW}, SparkPost's ${SPARKPOST.rdns}, d=surveymonkeyuser.com, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated (realworld115 read it in Gmail and the box; the address in the name is the one SurveyMonkey made the account verify and writes as Reply-To).`,
    eml: await deliver(
      surveymonkey(
        `people@${TW}`,
        'Q4 pulse: how is your workload?',
        'Hello,\r\n\r\nFive questions, two minutes, anonymous.\r\n\r\nTidewater People Team',
        'd',
      ),
      'outlook',
      'd',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });

  // ---- Calendly: the office manager's booking page ----
  emit(write, {
    name: 'realworld118-outlook-calendly-front-office-own-login',
    cls: 'calendly-own-office',
    about: `Genuine: the reader books a visitor-badge slot on the office manager's Calendly page; the page's host account logs in as frontoffice@${TW} and is named "Tidewater Office": "Tidewater Office" <notifications@calendly.com>, Reply-To frontoffice@${TW} (the host's login address, confirmed by a link), d=calendly.com through SendGrid, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      calendly('Tidewater Office', `frontoffice@${TW}`, 'Visitor badge pick-up', 'e'),
      'outlook',
      'e',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld118-gmail-calendly-front-office-no-reply-option',
    cls: 'calendly-own-office',
    about: `Genuine: the same office manager's page with Calendly's "no-reply" option chosen, so Calendly writes no Reply-To (assumed: what the option writes was not confirmed): "Tidewater Office" <notifications@calendly.com>, d=calendly.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: suspicious, never spoofed, and honest: with no Reply-To nothing Calendly wrote ties the account to the firm, and any Calendly account may call itself "Tidewater Office" (probe116's Calendly lure is the same layout). The reader who just booked knows the page; a demanding reader wants the warning for the booking he did not make. The office's way out is to leave replies on.`,
    eml: await deliver(calendly('Tidewater Office', null, 'Visitor badge pick-up', 'f'), 'gmail', 'f'),
    args: argsFor('gmail'),
    expect: NAME_IS_ANYONES,
  });
  emit(write, {
    name: 'realworld118-gmail-calendly-front-office-outside-reply-attack-twin',
    cls: 'calendly-attack-twin',
    about: `Attack twin: an outsider's Calendly account logging in as desk@tidewater-frontdesk.example, named "Tidewater Office": "Tidewater Office" <notifications@calendly.com>, Reply-To desk@tidewater-frontdesk.example, "Confirmed: Badge re-registration", every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted.`,
    eml: await deliver(
      calendly('Tidewater Office', 'desk@tidewater-frontdesk.example', 'Badge re-registration', 'g'),
      'gmail',
      'g',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- Zoho Invoice: the firm's own invoices ----
  const toDana = { to: `Dana Whitfield <${DANA}>`, rcpt: DANA, dear: 'Dana Whitfield' };
  emit(write, {
    name: 'realworld118-outlook-zoho-invoice-firm-to-partner-customer',
    cls: 'zoho-invoice-own-firm',
    about: `Genuine: the reader's firm invoices a partner for dock hire with Zoho Invoice; the reader here is the customer at the partner (${DANA}, Exchange Online, --recipient-domain harbourline.example): "Tidewater Marine" <message-service@sender.zohoinvoice.com>, Reply-To accounts@${TW} (the firm's verified sender address), signed d=sender.zohoinvoice.com from Zoho's ${ZOHO.rdns}, every pass. Wanted: authenticated (another firm named as itself, nothing of the reader's organisation in the name).`,
    eml: await deliver(
      zohoInvoice(
        `Tidewater Marine`,
        `accounts@${TW}`,
        'GBP 1,240.00',
        'Dock hire, berth 4, 1-14 November',
        'h',
        toDana,
      ),
      'outlook',
      'h',
    ),
    args: argsFor('outlook', 'harbourline.example'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld118-gmail-zoho-invoice-accounts-copy-to-own-bookkeeper',
    cls: 'zoho-invoice-own-firm',
    about: `Genuine: the same invoice's "send me a copy" to the firm's own bookkeeper (the reader, ${ROBIN}; To the customer, delivered to the reader): "Tidewater Accounts" <message-service@sender.zohoinvoice.com>, Reply-To "Tidewater Accounts" <accounts@${TW}>, d=sender.zohoinvoice.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated: Zoho's finance apps put only a sender address verified by a link in the From field (zohohelp.com), written here as Reply-To; an outsider's organisation cannot have accounts@${TW} verified. If Zoho's Reply-To were typed freely this would honestly be suspicious: that placement was not confirmed from real headers.`,
    eml: await deliver(
      zohoInvoice(
        'Tidewater Accounts',
        `accounts@${TW}`,
        'GBP 1,240.00',
        'Dock hire, berth 4, 1-14 November',
        'i',
        {
          ...toDana,
          rcpt: ROBIN,
        },
      ),
      'gmail',
      'i',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld118-gmail-zoho-invoice-accounts-lookalike-attack-twin',
    cls: 'zoho-invoice-attack-twin',
    about: `Attack twin: an outsider's Zoho Invoice organisation named "Tidewater Accounts", verified sender accounts@tidewater-invoices.example, invoices the reader for "staff parking permit renewal": "Tidewater Accounts" <message-service@sender.zohoinvoice.com>, Reply-To accounts@tidewater-invoices.example, every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted.`,
    eml: await deliver(
      zohoInvoice(
        'Tidewater Accounts',
        'accounts@tidewater-invoices.example',
        'GBP 96.00',
        'Staff parking permit renewal 2027',
        'j',
        { to: `Robin Reader <${ROBIN}>`, rcpt: ROBIN, dear: 'Robin Reader' },
      ),
      'gmail',
      'j',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- Wave: the firm's own invoices ----
  emit(write, {
    name: 'realworld118-box-wave-accounts-copy-to-own-bookkeeper',
    cls: 'wave-own-firm',
    about: `Genuine: the firm's small marine-supplies arm invoices with Wave and ticks "send a copy to myself"; the copy reaches the bookkeeper on the firm's Postfix box: "Tidewater Accounts" <mailer@waveapps.com>, Reply-To "Tidewater Accounts" <accounts@${TW}> (an owner e-mail address Wave verified by a link, chosen in the From field: support.waveapps.com), To the customer, d=waveapps.com through SendGrid, every pass. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated (the desk's name beside the desk's own verified address, as Smartsheet's and Calendly's). Reply-To as Wave's placement of that address is assumed (probe118).`,
    eml: await deliver(
      wave('Tidewater Accounts', `accounts@${TW}`, '$640.00', 'Mooring lines, 4 x 20 m', 'k', {
        to: `Dana Whitfield <${DANA}>`,
        rcpt: ROBIN,
      }),
      'box',
      'k',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld118-outlook-wave-firm-invoice-to-partner-customer',
    cls: 'wave-own-firm',
    about: `Genuine: the same Wave invoice as the partner's customer receives it (${DANA}, Exchange Online, --recipient-domain harbourline.example): "Tidewater Marine Supplies" <mailer@waveapps.com>, Reply-To accounts@${TW}, every pass. Wanted: authenticated.`,
    eml: await deliver(
      wave('Tidewater Marine Supplies', `accounts@${TW}`, '$640.00', 'Mooring lines, 4 x 20 m', 'l', {
        to: `Dana Whitfield <${DANA}>`,
        rcpt: DANA,
      }),
      'outlook',
      'l',
    ),
    args: argsFor('outlook', 'harbourline.example'),
    expect: PASSES,
  });

  // ---- Google Workspace: the IT helpdesk's own account ----
  const helpdesk = `it.helpdesk@${TW}`;
  emit(write, {
    name: 'realworld118-gmail-google-forms-it-helpdesk-own-account',
    cls: 'google-own-desk',
    about: `Genuine: the IT helpdesk's Workspace account (${helpdesk}, named "Tidewater IT Helpdesk") sends its equipment-audit form by e-mail: "Tidewater IT Helpdesk (via Google Forms)" <forms-receipts-noreply@google.com>, Reply-To "Tidewater IT Helpdesk" <${helpdesk}> (the owner's own account address, as Google writes it), signed d=google.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated (probe95's lure is the same name answering at a Gmail address).`,
    eml: await deliver(
      googleForm('Tidewater IT Helpdesk', helpdesk, 'Equipment audit 2026: what is on your desk?', 'm'),
      'gmail',
      'm',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld118-outlook-google-calendar-it-helpdesk-own-organiser',
    cls: 'google-own-desk',
    about: `Genuine: the helpdesk account invites the reader to a laptop hand-over: "Tidewater IT Helpdesk" <calendar-notification@google.com>, Sender Google Calendar, Reply-To "Tidewater IT Helpdesk" <${helpdesk}> (the organiser), signed d=google.com, every pass, read in Exchange Online (the reader's calendar invitations forwarded there are not modelled: direct delivery). --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      calendar('Tidewater IT Helpdesk', helpdesk, 'Laptop hand-over (15 min)', 'n'),
      'outlook',
      'n',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld118-box-google-drive-it-helpdesk-own-share',
    cls: 'google-own-desk',
    about: `Genuine: the helpdesk account shares "VPN setup guide" from Drive: "Tidewater IT Helpdesk (via Google Drive)" <drive-shares-dm-noreply@google.com>, Reply-To "Tidewater IT Helpdesk" <${helpdesk}>, signed d=google.com, every pass, into the firm's Postfix box. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(driveShare('Tidewater IT Helpdesk', helpdesk, 'VPN setup guide', 'o'), 'box', 'o'),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld118-gmail-google-drive-it-helpdesk-lookalike-attack-twin',
    cls: 'google-attack-twin',
    about: `Attack twin: an outsider's Workspace on tidewater-support.example names its user "Tidewater IT Helpdesk" and shares "VPN re-enrolment": "Tidewater IT Helpdesk (via Google Drive)" <drive-shares-dm-noreply@google.com>, Reply-To it.helpdesk@tidewater-support.example, every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted.`,
    eml: await deliver(
      driveShare('Tidewater IT Helpdesk', 'it.helpdesk@tidewater-support.example', 'VPN re-enrolment', 'p'),
      'gmail',
      'p',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- SharePoint: the helpdesk's share from the firm's tenant ----
  emit(write, {
    name: 'realworld118-outlook-sharepoint-it-helpdesk-own-tenant-share',
    cls: 'sharepoint-own-desk',
    about: `Genuine: the firm keeps its documents on SharePoint (its own tenant, the firm's domain verified there); the IT helpdesk's user it.helpdesk@${TW}, display name "Tidewater IT Helpdesk", shares "New starter checklist": "Tidewater IT Helpdesk" <no-reply@sharepointonline.com>, Reply-To "Tidewater IT Helpdesk" <${helpdesk}> (the sharer's own account), signed d=sharepointonline.com out of Exchange Online (${EXO.rdns}), every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated (probe91's lure is the same name from a trial tenant, answering at its onmicrosoft.com user; a tenant can hold ${TW} only by proving it in DNS).`,
    eml: await deliver(
      sharepoint('Tidewater IT Helpdesk', helpdesk, 'New starter checklist.docx', 'q'),
      'outlook',
      'q',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });
}
