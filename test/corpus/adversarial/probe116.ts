// Red-team probes, round 116 (December 2026): notification platforms an attacker opens a free
// account on and which mail a third party under a name he chooses, the account named after the
// reader's firm's desk ("Tidewater Payroll", "Tidewater IT Service Desk"), each beside its genuine
// control (another firm's real account named as itself, or a person's own name). Read through
// Gmail and Outlook with --recipient-domain tidewater.example.
// lib/findings/platforms.ts knows which platforms write their user's name (CUSTOMERS_PLATFORMS for
// "X via Platform", WHOLE_NAME_PLATFORMS / NEWSLETTER_HOSTS for a whole name); reader-org.ts
// outsidersName returns null for any other organisation, so display-name-reader-org never looks.
// With a Gmail Reply-To each lure already reads suspicious (reply-to-other-org, medium), so the
// attacks here leave Reply-To empty or point it at a domain of the attacker's own.
// Layouts, and where they were learnt (search tool, code and pages corpora):
// - SurveyMonkey invitations: From `"<sender> via SurveyMonkey" <member@surveymonkeyuser.com>`
//   (mail filters and classifiers in public repositories quote "survey@shop-demo.ch via
//   SurveyMonkey" and "happiness@onic.pk via SurveyMonkey" from that address); envelope
//   survey-noreply@mr.surveymonkeyuser.com through SparkPost's mta-81-56.sparkpostmail.com, Reply-To
//   the sender's own address (an analyst's write-up of an ANTAI-lure campaign sent through
//   SurveyMonkey, 2025-07). The DKIM selector is assumed; d= is the From's domain.
// - Jotform: form e-mails from noreply@jotform.com (Jotform's own answers on its bounce list;
//   scripts filtering its mail), the sender name set per e-mail ("senderName" in its workflow API).
//   Its relay's ranges were not learnt: modelled as its own host on a documentation address.
// - Typeform: notifications@typeform.com (many mail filters and parsers in public code); sent here
//   through SendGrid with a branded PTR (assumed), the name the form owner chose.
// - Calendly: e-mail confirmations from notifications@calendly.com under the host's name, replies
//   going to the host's login address (help.calendly.com "Calendly invitee notifications");
//   through SendGrid (assumed).
// - Square: invoices and receipts from @messaging.squareup.com (invoicing@, receipts@ in public
//   mail-sorting code, which matches receipts by address because the name is the seller's);
//   through SendGrid (assumed).
// - Google Forms: "<owner> (via Google Forms)" <forms-receipts-noreply@google.com> (realworld62).
// Names and addresses are documentation ones except the platforms' own names and hosts, Google's
// and SendGrid's / SparkPost's ranges; every key is the corpus key.
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
  extra?: string[];
}

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

// SparkPost (AS 23528), the host SurveyMonkey's invitations came from.
const SPARKPOST: Relay = {
  helo: 'mta-81-56.sparkpostmail.com',
  rdns: 'mta-81-56.sparkpostmail.com',
  ip: '192.174.81.56',
};
const JOTFORM: Relay = { helo: 'mail3.jotform.com', rdns: 'mail3.jotform.com', ip: '203.0.113.116' };
// SendGrid addresses with each platform's branded reverse name.
const sendgrid = (brand: string, n: number): Relay => ({
  helo: `o${n}.ptr${1160 + n}.${brand}`,
  rdns: `o${n}.ptr${1160 + n}.${brand}`,
  ip: `149.72.116.${n}`,
});
const TYPEFORM = sendgrid('typeform.com', 11);
const CALENDLY = sendgrid('calendly.com', 12);
const SQUARE = sendgrid('messaging.squareup.com', 13);
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};

const SG_SPF = 'v=spf1 include:sendgrid.net -all';
const ZONE = {
  ...ptr(SPARKPOST.ip, SPARKPOST.rdns),
  ...ptr(JOTFORM.ip, JOTFORM.rdns),
  ...ptr(TYPEFORM.ip, TYPEFORM.rdns),
  ...ptr(CALENDLY.ip, CALENDLY.rdns),
  ...ptr(SQUARE.ip, SQUARE.rdns),
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...txt('sendgrid.net', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ~all'),
  ...txt('mr.surveymonkeyuser.com', 'v=spf1 include:sparkpostmail.com -all'),
  ...txt('sparkpostmail.com', 'v=spf1 ip4:192.174.80.0/20 ip4:147.253.208.0/20 ~all'),
  ...key('surveymonkeyuser.com', 'scph1020'),
  ...dmarc('surveymonkeyuser.com', 'reject'),
  ...txt('jotform.com', `v=spf1 ip4:${JOTFORM.ip} include:_spf.google.com -all`),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...key('jotform.com', 'jf1'),
  ...dmarc('jotform.com', 'quarantine'),
  ...txt('em1171.typeform.com', SG_SPF),
  ...key('typeform.com', 's1'),
  ...dmarc('typeform.com', 'reject'),
  ...txt('email.calendly.com', SG_SPF),
  ...key('calendly.com', 's1'),
  ...dmarc('calendly.com', 'reject'),
  ...txt('em1173.messaging.squareup.com', SG_SPF),
  ...key('messaging.squareup.com', 's1'),
  ...dmarc('squareup.com', 'reject'),
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('forms-receipts.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
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
    ids: [`x116csp${n}pxa`, `a116si${n}qtb.116`],
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

const surveymonkey = (name: string, replyTo: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name} via SurveyMonkey" <member@surveymonkeyuser.com>`,
  envelope: 'survey-noreply@mr.surveymonkeyuser.com',
  relay: SPARKPOST,
  signers: [['surveymonkeyuser.com', 'scph1020']],
  subject,
  body: `${body}\r\n\r\nBegin survey: https://www.surveymonkey.com/tr/v1/te/116${n}Qg_2FexampleToken\r\n\r\nPlease do not forward this email as its survey link is unique to you.\r\nPowered by SurveyMonkey\r\n`,
  messageId: `<5C.CA.116${n}.E5898886@i-0eaa7758290676f71.mta2vsmtp.sd.prd.sparkpost>`,
  extra: [`Reply-To: ${replyTo}`],
});

const jotform = (name: string, replyTo: string | null, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <noreply@jotform.com>`,
  envelope: `bounce-116${n}@jotform.com`,
  relay: JOTFORM,
  signers: [['jotform.com', 'jf1']],
  subject,
  body: `${body}\r\n\r\nThis email was sent with Jotform.\r\n`,
  messageId: `<116${n}.jotmail.5f2a9c@jotform.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

const typeform = (name: string, replyTo: string | null, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <notifications@typeform.com>`,
  envelope: `bounces+8841${n}-2c1e-robin.reader=tidewater.example@em1171.typeform.com`,
  relay: TYPEFORM,
  signers: [['typeform.com', 's1']],
  subject,
  body: `${body}\r\n\r\nMade with Typeform\r\n`,
  messageId: `<116${n}.tf.Xq2e9@typeform.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

const calendly = (name: string, replyTo: string | null, event: string, extra: string, n: string): Sent => ({
  from: `"${name}" <notifications@calendly.com>`,
  envelope: `bounces+5521${n}-77aa-robin.reader=tidewater.example@email.calendly.com`,
  relay: CALENDLY,
  signers: [['calendly.com', 's1']],
  subject: `Confirmed: ${event} with ${name} on Monday, 23 November 2026`,
  body: `Hi Robin,\r\n\r\nYour ${event} with ${name} at 09:00 - 09:30 (GMT) on Monday, 23 November 2026 is scheduled.\r\n\r\n${extra}\r\n\r\nNeed to make changes to this event? Cancel: https://calendly.com/cancellations/116${n}example\r\n\r\nPowered by Calendly.com\r\n`,
  messageId: `<116${n}.calendly.c0nf1rm@calendly.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

const square = (name: string, amount: string, item: string, n: string): Sent => ({
  from: `"${name}" <invoicing@messaging.squareup.com>`,
  envelope: `bounces+3310${n}-9f0b-robin.reader=tidewater.example@em1173.messaging.squareup.com`,
  relay: SQUARE,
  signers: [['messaging.squareup.com', 's1']],
  subject: `Invoice from ${name} (#0000116${n})`,
  body: `${name} sent you an invoice for ${amount}.\r\n\r\n${item}\r\nDue on 27 November 2026\r\n\r\nPay invoice: https://squareup.com/pay-invoice/inv_116${n}example\r\n\r\nSquare\r\n`,
  messageId: `<116${n}.inv.sq@messaging.squareup.com>`,
});

// Fixed at 21:48 on 2026-12-05 (lib/findings/platforms.ts): SurveyMonkey's "via" names are read
// (CUSTOMERS_PLATFORMS holds surveymonkeyuser.com), and Jotform, Typeform, Square and Calendly write
// the account's chosen name whole (WHOLE_NAME_PLATFORMS).
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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe116-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- SurveyMonkey: "<name> via SurveyMonkey" from member@surveymonkeyuser.com ----
  emit(write, {
    name: 'probe116-gmail-surveymonkey-tidewater-hr-team',
    cls: 'surveymonkey',
    about: `The attacker's free SurveyMonkey account, its sender name "Tidewater HR Team", sends the reader an e-mail invitation: "Tidewater HR Team via SurveyMonkey" <member@surveymonkeyuser.com>, "2027 benefits enrolment: confirm your elections by Friday", Reply-To the account's own address at a domain of his, enrolment@staff-benefits.example (SurveyMonkey answers at the account's address; a Gmail there draws reply-to-other-org), signed d=surveymonkeyuser.com through SparkPost, envelope survey-noreply@mr.surveymonkeyuser.com, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (an outsider named as the reader's own HR desk before a platform's "via").`,
    eml: await atGmail(
      surveymonkey(
        'Tidewater HR Team',
        'enrolment@staff-benefits.example',
        '2027 benefits enrolment: confirm your elections by Friday',
        'Dear colleague,\r\n\r\nOpen enrolment closes on Friday. Please confirm your 2027 benefit elections and payroll details in the short form below.\r\n\r\nTidewater HR Team',
        'a',
      ),
      'a',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe116-outlook-surveymonkey-partner-feedback-control',
    cls: 'control',
    about: `Control: a supplier's customer-care team sends its satisfaction survey through SurveyMonkey: "Harbourline Customer Care via SurveyMonkey" <member@surveymonkeyuser.com>, "How did we do?", Reply-To care@harbourline.example, signed d=surveymonkeyuser.com through SparkPost, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated (another firm named as itself).`,
    eml: await atOutlook(
      surveymonkey(
        'Harbourline Customer Care',
        'care@harbourline.example',
        'How did we do? Your delivery of 18 November',
        'Hello,\r\n\r\nThank you for your recent order. Would you take two minutes to tell us about your delivery?\r\n\r\nHarbourline Customer Care',
        'b',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- Jotform: the whole sender name from noreply@jotform.com ----
  emit(write, {
    name: 'probe116-outlook-jotform-tidewater-payroll',
    cls: 'jotform',
    about: `The attacker's free Jotform account e-mails its form with the sender name "Tidewater Payroll": "Tidewater Payroll" <noreply@jotform.com>, "Action required: confirm your direct deposit details before the 30 November run", no Reply-To (Jotform adds one only where the form sets it), signed d=jotform.com from Jotform's own relay, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (the reader's payroll desk's name chosen by an outsider on a form platform).`,
    eml: await atOutlook(
      jotform(
        'Tidewater Payroll',
        null,
        'Action required: confirm your direct deposit details before the 30 November run',
        'Hello Robin,\r\n\r\nOur payroll provider is moving banks. Confirm your direct deposit details before the 30 November run so your salary is not delayed:\r\nhttps://form.jotform.com/2531160116a\r\n\r\nTidewater Payroll',
        'c',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe116-gmail-jotform-partner-event-control',
    cls: 'control',
    about: `Control: an events firm's Jotform registration confirmation: "Harbourline Events" <noreply@jotform.com>, "Your registration: Harbour Logistics Forum", Reply-To events@harbourline.example, signed d=jotform.com, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      jotform(
        'Harbourline Events',
        'events@harbourline.example',
        'Your registration: Harbour Logistics Forum, 3 December 2026',
        'Thank you for registering for the Harbour Logistics Forum on 3 December 2026.\r\n\r\nHarbourline Events',
        'd',
      ),
      'd',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- Typeform: the whole sender name from notifications@typeform.com ----
  emit(write, {
    name: 'probe116-gmail-typeform-tidewater-it-service-desk',
    cls: 'typeform',
    about: `The attacker's free Typeform account sends a respondent-style e-mail under the sender name "Tidewater IT Service Desk": "Tidewater IT Service Desk" <notifications@typeform.com>, "Mailbox migration: re-verify your account by 24 November", no Reply-To (the form owner leaves it empty), signed d=typeform.com through SendGrid, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atGmail(
      typeform(
        'Tidewater IT Service Desk',
        null,
        'Mailbox migration: re-verify your account by 24 November',
        'Hello,\r\n\r\nAs part of the mailbox migration, every account must be re-verified by 24 November: https://tidewater-it.typeform.com/to/q116e\r\n\r\nTidewater IT Service Desk',
        'e',
      ),
      'e',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe116-outlook-typeform-partner-studio-control',
    cls: 'control',
    about: `Control: a design studio's Typeform confirmation to a respondent: "Harbourline Studio" <notifications@typeform.com>, "Thanks for your brief", Reply-To hello@harbourline.example, signed d=typeform.com through SendGrid, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atOutlook(
      typeform(
        'Harbourline Studio',
        'hello@harbourline.example',
        'Thanks for your brief',
        'Thanks for sending us your brief. We will reply within two working days.\r\n\r\nHarbourline Studio',
        'f',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe116-gmail-typeform-named-microsoft-365-admin',
    cls: 'typeform-brand',
    about: `The attacker's Typeform sender name "Microsoft 365 Admin": "Microsoft 365 Admin" <notifications@typeform.com>, "Your password expires today", Reply-To m365.admin.notice@gmail.com, signed d=typeform.com through SendGrid, every pass. Online, gmail. Wanted: not trusted (a brand's name on a platform's address that is not the brand's).`,
    eml: await atGmail(
      typeform(
        'Microsoft 365 Admin',
        'm365.admin.notice@gmail.com',
        'Your password expires today',
        'Your password expires today. Keep your current password: https://m365-keep.typeform.com/to/q116g',
        'g',
      ),
      'g',
    ),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });

  // ---- Calendly: the host's whole name from notifications@calendly.com ----
  emit(write, {
    name: 'probe116-outlook-calendly-tidewater-payroll',
    cls: 'calendly',
    about: `The attacker's free Calendly account, his name set to "Tidewater Payroll", books the reader (the reader's address typed in as invitee) and Calendly sends the e-mail confirmation: "Tidewater Payroll" <notifications@calendly.com>, "Confirmed: Payroll verification call with Tidewater Payroll", no Reply-To (Calendly's no-reply option hides the host's login address), signed d=calendly.com through SendGrid, every pass. calendly.com is in CUSTOMERS_PLATFORMS, but only a name before "via" is read as its user's. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atOutlook(
      calendly(
        'Tidewater Payroll',
        null,
        'Payroll verification call',
        'Before the call, confirm your bank details here: https://payroll-verify.tidewater-hr.example/116h',
        'h',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe116-gmail-calendly-partner-person-control',
    cls: 'control',
    about: `Control: a partner's account manager's Calendly confirmation under her own name: "Dana Whitfield" <notifications@calendly.com>, "Confirmed: Q1 logistics review with Dana Whitfield", Reply-To dana.whitfield@harbourline.example, signed d=calendly.com through SendGrid, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      calendly(
        'Dana Whitfield',
        'dana.whitfield@harbourline.example',
        'Q1 logistics review',
        'Location: Microsoft Teams (link in the calendar file).',
        'i',
      ),
      'i',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- Square invoices: the seller's business name ----
  emit(write, {
    name: 'probe116-gmail-square-tidewater-it-service-desk-invoice',
    cls: 'square',
    about: `The attacker's free Square seller account, its business name "Tidewater IT Service Desk", invoices the reader: "Tidewater IT Service Desk" <invoicing@messaging.squareup.com>, "Invoice from Tidewater IT Service Desk", $1,240.00 for "Microsoft 365 licence renewal (40 seats)", signed d=messaging.squareup.com through SendGrid, every pass, no Reply-To. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (the reader's own IT desk's name chosen by an outsider, asking for payment).`,
    eml: await atGmail(
      square('Tidewater IT Service Desk', '$1,240.00', 'Microsoft 365 licence renewal (40 seats)', 'j'),
      'j',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe116-outlook-square-partner-catering-control',
    cls: 'control',
    about: `Control: a caterer's Square invoice under its own business name: "Harbourline Catering" <invoicing@messaging.squareup.com>, $385.00 for "Team lunch, 18 November", signed d=messaging.squareup.com through SendGrid, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atOutlook(
      square('Harbourline Catering', '$385.00', 'Team lunch, 18 November (14 guests)', 'k'),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- Google Forms: the platform HeaderLens knows (PLATFORM_VIA on google.com) ----
  const forms = (owner: string, title: string, n: string): Sent => ({
    from: `"${owner} (via Google Forms)" <forms-receipts-noreply@google.com>`,
    envelope: `3Zp116${n}FgsXfUbXhM-SaXhZTgNThZ.PbZ@forms-receipts.bounces.google.com`,
    relay: GOOGLE,
    signers: [['google.com', '20230601']],
    subject: title,
    body: `${owner} has invited you to fill in the following form:\r\n${title}\r\n\r\nFill out form: https://docs.google.com/forms/d/e/1FAIpQL116${n}example/viewform\r\n\r\nGoogle Forms: Create and analyse surveys.\r\n`,
    messageId: `<forms-116${n}@google.com>`,
  });
  emit(write, {
    name: 'probe116-outlook-google-forms-tidewater-it-service-desk',
    cls: 'google-forms',
    about: `The attacker's Google account named "Tidewater IT Service Desk" shares a form: "Tidewater IT Service Desk (via Google Forms)" <forms-receipts-noreply@google.com>, "Annual account verification", signed d=google.com, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (the name before "via" is the outsider's).`,
    eml: await atOutlook(forms('Tidewater IT Service Desk', 'Annual account verification', 'l')),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe116-gmail-google-forms-person-control',
    cls: 'control',
    about: `Control: a partner's employee shares a sign-up form under her own name: "Dana Whitfield (via Google Forms)" <forms-receipts-noreply@google.com>, signed d=google.com, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(forms('Dana Whitfield', 'Harbour Logistics Forum: dietary requirements', 'm'), 'm'),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
}
