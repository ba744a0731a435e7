// Real-world delivery shapes, hundred-and-fifteenth round: genuine mail from the form, survey,
// booking and invoice platforms whose names HeaderLens now reads as the account's choice
// (lib/findings/platforms.ts: Jotform, Typeform, Square, Calendly whole names; SurveyMonkey; PandaDoc),
// in the shapes most likely to be misread: the reader's own firm's Jotform and Typeform forms
// writing to the reader as owner or respondent, a colleague's shared IT booking account on
// Calendly, the employer's SurveyMonkey engagement survey (and a supplier's), a local shop's Square
// receipt whose name shares the firm's region word, a supplier's PandaDoc quote, and the firm's own
// Workday tenant and ServiceNow instance named by its legal name. Attack twins beside them.
// Delivered into Gmail, Exchange Online and the firm's self-hosted Postfix box (OpenDKIM,
// OpenDMARC, policyd-spf, Dovecot LMTP) as realworld114, always with --recipient-domain.
// Where the layouts were learnt (`search`, pages and code corpora):
// - SurveyMonkey: the From name is the account's VERIFIED sender address before "via", not a name
//   it types: `"survey@shop-demo.ch via SurveyMonkey" <member@surveymonkeyuser.com>` and
//   `"happiness@onic.pk via SurveyMonkey"` (two public mail-sorting repositories, find_string
//   "surveymonkeyuser.com"); help.surveymonkey.com "Sender Email Address and Verification" (de, nl,
//   zh, ja pages): the sender address shows in From as "[address] via surveymonkey.com", replies go
//   to it, it must be verified by a link and be owned or managed by the account holder; a free-text
//   sender name and own domain are an Enterprise feature ("Custom sender name and email domain",
//   ja page). Envelope survey-noreply@mr.surveymonkeyuser.com from SparkPost's
//   mta-81-56.sparkpostmail.com [192.174.81.56], Message-ID `…@i-….mta2vsmtp.sd.prd.sparkpost`,
//   Reply-To the sender address (an analyst's ANTAI-lure write-up, 2025-07, find_string). The DKIM
//   selector is assumed (d= the From's domain).
// - Jotform: notifications from noreply@jotform.com (Jotform's own answers on its bounce list),
//   "Sender Name" set per e-mail and "Reply To" picked from a form field, i.e. the submitter's
//   typed address (a public Jotform setup guide, emmalone/my-projects JOTFORM_EMAIL_SETUP_GUIDE.md,
//   `search` code). Its relay's addresses were NOT learnt: modelled as probe116 did, its own host
//   on a documentation address.
// - Calendly: e-mail confirmations from notifications@calendly.com under the host's name, replies
//   to "the email you use to log in to Calendly, unless you select a no-reply option"
//   (help.calendly.com "Calendly invitee notifications"); a changed login e-mail is confirmed by a
//   link ("Change your login email or login method"), and a verified company domain blocks
//   outsiders' sign-ups under it ("Domain control"). Whether a first sign-up by e-mail and password
//   is confirmed was NOT confirmed. The SendGrid relay and branded PTR are assumed.
// - Square: receipts from messenger@messaging.squareup.com (or receipts@) under the seller's
//   business name (`"FLORIDA KARTING CHAMPIONSHIP LLC" <messenger@messaging.squareup.com>` and
//   receipt-matching notes in public code, find_string "@messaging.squareup.com"); receipts go to
//   the address the buyer typed at the till (squareup.com help 5212 "Automatic receipts"). Relay
//   assumed (SendGrid), as probe116.
// - Typeform: notifications@typeform.com (public mail filters); the respondent e-mail's Reply-To is
//   what the form owner types (not confirmed either way: modelled as typed). Relay assumed.
// - PandaDoc: "<user> via PandaDoc" <docs@email.pandadoc.net> through SendGrid (probe113,
//   realworld114). Workday: <tenant>@myworkday.com from Workday's relay (realworld82, 114).
//   ServiceNow: <instance>@service-now.com from outbound-c6.service-now.com, d=service-now.com
//   s=servicenow-20170913115315, SPF under c.spf.service-now.com (realworld111 after KB0535456,
//   KB0695182, KB1119925).
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
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/**
 * Genuine mail whose only concern is a name the platform lets any account choose: a demanding
 * reader accepts "suspicious" with the reader-org finding (argued in each case's `about`), never
 * "spoofed".
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
// SparkPost (AS 23528), SurveyMonkey's invitations (the ANTAI write-up's host).
const SPARKPOST: Relay = {
  helo: 'mta-81-56.sparkpostmail.com',
  rdns: 'mta-81-56.sparkpostmail.com',
  ip: '192.174.81.56',
};
// Jotform's own relay: its addresses were not learnt (documentation address, as probe116).
const JOTFORM: Relay = { helo: 'mail3.jotform.com', rdns: 'mail3.jotform.com', ip: '203.0.113.116' };
// SendGrid addresses under each platform's branded reverse name (assumed).
const sendgrid = (brand: string, n: number): Relay => ({
  helo: `o${n}.ptr${1150 + n}.${brand}`,
  rdns: `o${n}.ptr${1150 + n}.${brand}`,
  ip: `149.72.115.${n}`,
});
const TYPEFORM = sendgrid('typeform.com', 21);
const CALENDLY = sendgrid('calendly.com', 22);
const SQUARE = sendgrid('messaging.squareup.com', 23);
const PANDADOC = sendgrid('email.pandadoc.net', 24);
const WORKDAY: Relay = { helo: 'mx1.myworkday.com', rdns: 'mx1.myworkday.com', ip: '208.92.230.14' };
const SNOW: Relay = {
  helo: 'outbound-c6.service-now.com',
  rdns: 'outbound-c6.service-now.com',
  ip: '149.96.6.25',
};

const SENDGRID_SPF = 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 -all';

const ZONE = {
  ...ptr(SPARKPOST.ip, SPARKPOST.rdns),
  ...ptr(JOTFORM.ip, JOTFORM.rdns),
  ...ptr(TYPEFORM.ip, TYPEFORM.rdns),
  ...ptr(CALENDLY.ip, CALENDLY.rdns),
  ...ptr(SQUARE.ip, SQUARE.rdns),
  ...ptr(PANDADOC.ip, PANDADOC.rdns),
  ...ptr(WORKDAY.ip, WORKDAY.rdns),
  ...ptr(SNOW.ip, SNOW.rdns),
  ...txt('sendgrid.net', SENDGRID_SPF),
  // SurveyMonkey
  ...txt('mr.surveymonkeyuser.com', 'v=spf1 include:sparkpostmail.com -all'),
  ...txt('sparkpostmail.com', 'v=spf1 ip4:192.174.80.0/20 ip4:147.253.208.0/20 ~all'),
  ...key('surveymonkeyuser.com', 'scph1020'),
  ...dmarc('surveymonkeyuser.com', 'reject'),
  // Jotform
  ...txt('jotform.com', `v=spf1 ip4:${JOTFORM.ip} include:_spf.google.com -all`),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...key('jotform.com', 'jf1'),
  ...dmarc('jotform.com', 'quarantine'),
  // Typeform, Calendly, Square, PandaDoc on SendGrid
  ...txt('em1171.typeform.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('typeform.com', 's1'),
  ...dmarc('typeform.com', 'reject'),
  ...txt('email.calendly.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('calendly.com', 's1'),
  ...dmarc('calendly.com', 'reject'),
  ...txt('em1173.messaging.squareup.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('messaging.squareup.com', 's1'),
  ...dmarc('squareup.com', 'reject'),
  ...txt('em2291.email.pandadoc.net', 'v=spf1 include:sendgrid.net -all'),
  ...key('pandadoc.net', 's1'),
  ...dmarc('pandadoc.net', 'quarantine'),
  // Workday and ServiceNow
  ...txt('myworkday.com', 'v=spf1 ip4:208.92.230.0/24 -all'),
  ...key('myworkday.com', 'wd1'),
  ...dmarc('myworkday.com', 'reject'),
  ...txt(
    'service-now.com',
    'v=spf1 include:b.spf.service-now.com include:c.spf.service-now.com include:d.spf.service-now.com -all',
  ),
  ...txt('b.spf.service-now.com', 'v=spf1 ip4:199.91.136.0/21 -all'),
  ...txt('c.spf.service-now.com', 'v=spf1 ip4:149.96.0.0/18 -all'),
  ...txt('d.spf.service-now.com', 'v=spf1 ip4:149.96.64.0/18 -all'),
  ...key('service-now.com', 'servicenow-20170913115315'),
  ...dmarc('service-now.com', 'reject'),
  // The reader's firm and the other organisations.
  ...txt('tidewater.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('tidewater.example', 'quarantine'),
  ...txt('harbourline.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('harbourline.example', 'reject'),
  ...txt('tidewater-hr.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('tidewater-hr.example', 'none'),
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

const TW = 'tidewater.example';
const READER = `robin.reader@${TW}`;
const BOX = `mail.${TW}`;

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
  const [d, sel] = s.signers[0] ?? ['', ''];
  const fromDomain = domainOf(s.from);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [gmailDkim(d, sel), gmailSpf(s.envelope, s.relay.ip), gmailDmarc(fromDomain, s.policy)].join(
        '\r\n       ',
      ),
      ids: [`x115csp${n}pxa`, `a115si${n}qtb.115`],
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
  // The firm's self-hosted Postfix box (OpenDKIM, OpenDMARC, policyd-spf, Dovecot LMTP).
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, READER, `kA115${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw115${n}a2\r\n\tfor <${READER}>; ${ENTERED}`,
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
/** SurveyMonkey's default From: the verified sender address before "via SurveyMonkey", Reply-To it. */
const surveymonkey = (shown: string, replyTo: string, subject: string, body: string, n: string): Sent => ({
  from: `"${shown} via SurveyMonkey" <member@surveymonkeyuser.com>`,
  envelope: 'survey-noreply@mr.surveymonkeyuser.com',
  relay: SPARKPOST,
  signers: [['surveymonkeyuser.com', 'scph1020']],
  policy: 'REJECT',
  subject,
  body: `${body}\r\n\r\nBegin survey: https://www.surveymonkey.com/tr/v1/te/115${n}Qg_2FexampleToken\r\n\r\nPlease do not forward this email as its survey link is unique to you.\r\nPowered by SurveyMonkey\r\n`,
  messageId: `<7A.1F.115${n}.C4E10115@i-0eaa7758290676f71.mta2vsmtp.sd.prd.sparkpost>`,
  extra: [`Reply-To: ${replyTo}`],
});

const jotform = (name: string, replyTo: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <noreply@jotform.com>`,
  envelope: `bounce-115${n}@jotform.com`,
  relay: JOTFORM,
  signers: [['jotform.com', 'jf1']],
  policy: 'QUARANTINE',
  subject,
  body: `${body}\r\n\r\nThis email was sent with Jotform.\r\n`,
  messageId: `<115${n}.jotmail.7c1e0a@jotform.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

const typeform = (name: string, replyTo: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <notifications@typeform.com>`,
  envelope: `bounces+8841${n}-2c1e-robin.reader=tidewater.example@em1171.typeform.com`,
  relay: TYPEFORM,
  signers: [['typeform.com', 's1']],
  policy: 'REJECT',
  subject,
  body: `${body}\r\n\r\nMade with Typeform\r\n`,
  messageId: `<115${n}.tf.Xq2e9@typeform.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

const calendly = (name: string, replyTo: string, event: string, n: string): Sent => ({
  from: `"${name}" <notifications@calendly.com>`,
  envelope: `bounces+5521${n}-77aa-robin.reader=tidewater.example@email.calendly.com`,
  relay: CALENDLY,
  signers: [['calendly.com', 's1']],
  policy: 'REJECT',
  subject: `Confirmed: ${event} with ${name} on Tuesday, 24 November 2026`,
  body: `Hi Robin,\r\n\r\nYour ${event} with ${name} at 14:00 - 14:30 (GMT) on Tuesday, 24 November 2026 is scheduled.\r\n\r\nLocation: IT bench, 2nd floor.\r\n\r\nNeed to make changes to this event? Cancel: https://calendly.com/cancellations/115${n}example\r\n\r\nPowered by Calendly.com\r\n`,
  messageId: `<115${n}.calendly.c0nf1rm@calendly.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

const squareReceipt = (name: string, amount: string, item: string, n: string): Sent => ({
  from: `"${name}" <messenger@messaging.squareup.com>`,
  envelope: `bounces+3310${n}-9f0b-robin.reader=tidewater.example@em1173.messaging.squareup.com`,
  relay: SQUARE,
  signers: [['messaging.squareup.com', 's1']],
  policy: 'REJECT',
  subject: `Receipt from ${name}`,
  body: `${name}\r\n\r\n${item}\r\nTotal ${amount}\r\nVisa 4242 (Contactless)\r\n20 Nov 2026, 09:41\r\n\r\nNot your receipt? https://squareup.com/receipts/115${n}example\r\n\r\nManage preferences for digital receipts\r\n`,
  messageId: `<115${n}.rcpt.sq@messaging.squareup.com>`,
});

const pandadoc = (name: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `"${name} via PandaDoc" <docs@email.pandadoc.net>`,
  envelope: `bounces+2291115-${n}f0-robin.reader=tidewater.example@em2291.email.pandadoc.net`,
  relay: PANDADOC,
  signers: [['pandadoc.net', 's1']],
  policy: 'QUARANTINE',
  subject: `${name} sent you "${doc}"`,
  body: `${name} has sent you a document to review.\r\n\r\n${doc}\r\n\r\nOpen the document: https://app.pandadoc.com/document/v2?token=115${n}example\r\n\r\nPowered by PandaDoc\r\n`,
  messageId: `<115${n}.pd.Yk2W@email.pandadoc.net>`,
  extra: [`Reply-To: ${replyTo}`],
});

const workday = (name: string, tenant: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${tenant}@myworkday.com>`,
  envelope: `${tenant}@myworkday.com`,
  relay: WORKDAY,
  signers: [['myworkday.com', 'wd1']],
  policy: 'REJECT',
  subject,
  body,
  messageId: `<115${n}.wd.${tenant}@myworkday.com>`,
});

const servicenow = (name: string, instance: string, n: string): Sent => ({
  from: `"${name}" <${instance}@service-now.com>`,
  envelope: `${instance}@service-now.com`,
  relay: SNOW,
  signers: [['service-now.com', 'servicenow-20170913115315']],
  policy: 'REJECT',
  subject: `Incident INC0115${n}0 has been resolved`,
  body: `Your incident INC0115${n}0 "Docking station not detected" has been resolved.\r\n\r\nView: https://${instance}.service-now.com/sp?id=ticket&table=incident&sys_id=115${n}a\r\n\r\nRef:MSG115${n}02\r\n`,
  messageId: `<-115${n}.JavaMail.glide@app115.${instance}.service-now.com>`,
});

// --- Fixed at 22:03 on 2026-12-05 -------------------------------------------------------------
// SurveyMonkey's own From layout, `"<verified sender address> via SurveyMonkey"` with that address
// as Reply-To, is no chosen name (lib/findings/reader-org.ts verifiedSenderVia, read by
// display-name.ts and readerOrgFinding; lib/findings/platforms.ts VERIFIED_ADDRESS_VIA); Calendly's
// Reply-To is the host's confirmed login address (ACCOUNT_REPLY_PLATFORMS); a generic word after the
// organisation's name counts only when nothing but desk words follow ("Tidewater Office Supply" is a
// shop: reader-org.ts deskBeside); a ServiceNow instance named after its customer's legal name
// (tidewatermarine) is the customer's own (instanceOf).
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
  emitCase(write, { ...c, zone: ZONE, class: `realworld115-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- SurveyMonkey: the verified sender address before "via SurveyMonkey" ----
  const engagement = surveymonkey(
    `people@${TW}`,
    `people@${TW}`,
    'Your voice counts: 2026 employee engagement survey',
    'Hello,\r\n\r\nOur annual engagement survey is open until 4 December. It takes about ten minutes and answers are anonymous.\r\n\r\nTidewater People Team',
    'a',
  );
  emit(write, {
    name: 'realworld115-gmail-surveymonkey-employer-engagement-verified-address',
    cls: 'surveymonkey-verified-address',
    about: `Genuine: the reader's employer's People team sends its engagement survey from its SurveyMonkey account, whose verified sender address is people@${TW}: SurveyMonkey writes "people@${TW} via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To people@${TW}, envelope survey-noreply@mr.surveymonkeyuser.com from SparkPost's ${SPARKPOST.rdns}, signed d=surveymonkeyuser.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated. The address in the name is one SurveyMonkey made the account verify and the same it writes as Reply-To; an outsider cannot make SurveyMonkey write the firm's address there. A demanding reader accepts this as the People team's own survey.`,
    eml: await deliver(engagement, 'gmail', 'a'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld115-box-surveymonkey-employer-pulse-verified-address',
    cls: 'surveymonkey-verified-address',
    about: `Genuine: the same People team's monthly pulse survey into the firm's self-hosted Postfix box (${BOX}): "people@${TW} via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To people@${TW}, SparkPost, d=surveymonkeyuser.com, every pass. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated (as the Gmail case).`,
    eml: await deliver(
      surveymonkey(
        `people@${TW}`,
        `people@${TW}`,
        'November pulse: three questions',
        'Hello,\r\n\r\nThree quick questions about your workload this month.\r\n\r\nTidewater People Team',
        'b',
      ),
      'box',
      'b',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld115-outlook-surveymonkey-supplier-feedback-verified-address',
    cls: 'surveymonkey-verified-address',
    about: `Genuine: a supplier's customer-care team asks for feedback with SurveyMonkey's default layout, "care@harbourline.example via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To care@harbourline.example (its verified sender address), SparkPost, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated: this is what every ordinary SurveyMonkey invitation looks like ("survey@shop-demo.ch via SurveyMonkey" in public mail filters), and the address shown is the one SurveyMonkey verified.`,
    eml: await deliver(
      surveymonkey(
        'care@harbourline.example',
        'care@harbourline.example',
        'How did we do? Your delivery of 18 November',
        'Hello,\r\n\r\nWould you take two minutes to tell us about your delivery?\r\n\r\nHarbourline Customer Care',
        'c',
      ),
      'outlook',
      'c',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld115-gmail-surveymonkey-lookalike-address-attack-twin',
    cls: 'surveymonkey-attack-twin',
    about: `Attack twin: the attacker verifies an address at his own look-alike domain and SurveyMonkey writes it as it writes any: "people@tidewater-hr.example via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To people@tidewater-hr.example, "Benefits enrolment: confirm your elections", every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted (the verified address is a look-alike of the reader's own domain; a fix that trusts SurveyMonkey's verified address must still read the look-alike).`,
    eml: await deliver(
      surveymonkey(
        'people@tidewater-hr.example',
        'people@tidewater-hr.example',
        'Benefits enrolment: confirm your elections by Friday',
        'Dear colleague,\r\n\r\nOpen enrolment closes on Friday. Confirm your elections and payroll details in the form below.\r\n\r\nTidewater People Team',
        'd',
      ),
      'gmail',
      'd',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'realworld115-outlook-surveymonkey-name-address-reply-elsewhere-attack-twin',
    cls: 'surveymonkey-attack-twin',
    about: `Attack twin: a name SurveyMonkey's default layout never writes, the firm's address shown while replies go elsewhere: "people@${TW} via SurveyMonkey" <member@surveymonkeyuser.com> with Reply-To enrolment@staff-benefits.example (an Enterprise custom sender name, or any other way to put text there), every pass. Exchange Online, --recipient-domain ${TW}. Wanted: not trusted (SurveyMonkey's Reply-To is the verified sender address; one elsewhere means the address in the name is not the verified one).`,
    eml: await deliver(
      surveymonkey(
        `people@${TW}`,
        'enrolment@staff-benefits.example',
        'Benefits enrolment: confirm your elections by Friday',
        'Dear colleague,\r\n\r\nOpen enrolment closes on Friday.\r\n\r\nTidewater People Team',
        'e',
      ),
      'outlook',
      'e',
    ),
    args: argsFor('outlook'),
    expect: NOT_TRUSTED,
  });
  // ---- Jotform: the reader's own firm's form, its notification to the form owner ----
  emit(write, {
    name: 'realworld115-outlook-jotform-own-form-notification-to-owner',
    cls: 'jotform-own-form',
    about: `Genuine: the reader built the firm's job-application form on Jotform and set its notification's Sender Name to "Tidewater HR"; a candidate applies and Jotform notifies the reader: "Tidewater HR" <noreply@jotform.com>, "New application: Warehouse Supervisor", Reply-To the candidate's typed address (jordan.miles.applicant@gmail.com, from the form's e-mail field), signed d=jotform.com from Jotform's relay, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: suspicious, never spoofed, and this is honest: "Tidewater HR" on noreply@jotform.com is a name any Jotform account types (probe116-outlook-jotform-tidewater-payroll is the same bytes from an attacker's account), and nothing Jotform writes (its Reply-To is a submitter's typed field) ties the account to the firm. The reader who built the form knows it is his; a demanding reader wants the warning for the one he did not build. The firm's honest way out is Jotform's own-SMTP sender (From in its own domain).`,
    eml: await deliver(
      jotform(
        'Tidewater HR',
        'jordan.miles.applicant@gmail.com',
        'New application: Warehouse Supervisor',
        'A new submission was received for "Job application - Warehouse Supervisor".\r\n\r\nName: Jordan Miles\r\nEmail: jordan.miles.applicant@gmail.com\r\nPosition: Warehouse Supervisor\r\nCV: https://www.jotform.com/uploads/tidewaterhr/251150115/cv.pdf',
        'g',
      ),
      'outlook',
      'g',
    ),
    args: argsFor('outlook'),
    expect: NAME_IS_ANYONES,
  });
  emit(write, {
    name: 'realworld115-gmail-jotform-own-form-colleague-submitter-reply-to',
    cls: 'jotform-own-form',
    about: `Genuine: the same firm's internal equipment-request form on Jotform, Sender Name "Tidewater IT Requests", a colleague's submission, Reply-To the colleague's typed address (sam.ortiz@${TW}): "Tidewater IT Requests" <noreply@jotform.com>, every pass. Gmail, --recipient-domain ${TW}. Wanted: suspicious, never spoofed. A Reply-To at the firm does not clear the name here, and should not: Jotform's Reply-To is whatever the submitter typed in the form's e-mail field, unconfirmed, so an attacker's form sets it to any colleague's address (unlike SurveyMonkey's verified sender or a Google share's account address).`,
    eml: await deliver(
      jotform(
        'Tidewater IT Requests',
        `sam.ortiz@${TW}`,
        'New submission: Equipment request',
        'A new submission was received for "Equipment request".\r\n\r\nName: Sam Ortiz\r\nItem: USB-C dock\r\nCost centre: 4410',
        'h',
      ),
      'gmail',
      'h',
    ),
    args: argsFor('gmail'),
    expect: NAME_IS_ANYONES,
  });

  // ---- Typeform: the firm's IT desk's form, its confirmation to the respondent ----
  emit(write, {
    name: 'realworld115-box-typeform-own-it-desk-respondent-confirmation',
    cls: 'typeform-own-form',
    about: `Genuine: the reader fills in the IT desk's Typeform "Laptop request" and gets its respondent e-mail: "Tidewater IT Service Desk" <notifications@typeform.com>, Reply-To it.desk@${TW} (typed by the form owner), signed d=typeform.com through SendGrid, every pass, into the firm's Postfix box. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: suspicious, never spoofed, and honest: the reader just submitted the form, so the warning costs little, while probe116-gmail-typeform-tidewater-it-service-desk is the same name from an attacker's account; Typeform's Reply-To is typed, not confirmed, so it proves nothing.`,
    eml: await deliver(
      typeform(
        'Tidewater IT Service Desk',
        `it.desk@${TW}`,
        'We got your laptop request',
        'Thanks, Robin. Your laptop request is in the queue; we will contact you within two working days.\r\n\r\nTidewater IT Service Desk',
        'i',
      ),
      'box',
      'i',
    ),
    args: argsFor('box'),
    expect: NAME_IS_ANYONES,
  });

  // ---- Calendly: a colleague's shared IT booking account ----
  emit(write, {
    name: 'realworld115-outlook-calendly-colleague-it-booking-login-reply-to',
    cls: 'calendly-colleague',
    about: `Genuine: the IT desk runs a shared Calendly account, login it.desk@${TW}, named "Tidewater IT", for laptop hand-over slots; the reader books one and Calendly's e-mail confirmation arrives: "Tidewater IT" <notifications@calendly.com>, Reply-To it.desk@${TW} (Calendly writes the host's login address there), signed d=calendly.com through SendGrid, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated: Calendly's Reply-To is the account's confirmed login address, never a typed one, so an account answering at the firm's own address is the firm's (as a Google share's Reply-To is).`,
    eml: await deliver(calendly('Tidewater IT', `it.desk@${TW}`, 'Laptop hand-over', 'j'), 'outlook', 'j'),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld115-gmail-calendly-it-booking-reply-outside-attack-twin',
    cls: 'calendly-attack-twin',
    about: `Attack twin: an outsider's Calendly account named "Tidewater IT", its login address at his own domain, books the reader: "Tidewater IT" <notifications@calendly.com>, Reply-To it-desk@tidewater-support.example, "Confirmed: Mailbox migration check", every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted.`,
    eml: await deliver(
      calendly('Tidewater IT', 'it-desk@tidewater-support.example', 'Mailbox migration check', 'k'),
      'gmail',
      'k',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- Square: a local shop's receipt whose name shares the region's word ----
  emit(write, {
    name: 'realworld115-gmail-square-receipt-local-shop-office-supply',
    cls: 'square-local-shop',
    about: `Genuine: the reader buys printer paper at a local shop, Tidewater Office Supply (the region's name, as countless shops there), and taps "email receipt": "Tidewater Office Supply" <messenger@messaging.squareup.com>, "Receipt from Tidewater Office Supply", signed d=messaging.squareup.com through SendGrid, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated: "Office" there is part of a shop's trade name ("Office Supply"), not a desk of the reader's firm; the rule's "Tidewater Office" reading should need the generic word to end the name (or be followed only by desk words).`,
    eml: await deliver(
      squareReceipt('Tidewater Office Supply', '$23.47', 'Copy paper A4 x2, Toner TN-2420', 'l'),
      'gmail',
      'l',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld115-outlook-square-receipt-local-coffee-roasters',
    cls: 'square-local-shop',
    about: `Genuine control: a café's Square receipt, "Tidewater Coffee Roasters" <messenger@messaging.squareup.com>, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated (the region's word beside a trade, no desk).`,
    eml: await deliver(
      squareReceipt('Tidewater Coffee Roasters', '$7.80', 'Flat white, Almond croissant', 'm'),
      'outlook',
      'm',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld115-gmail-square-office-services-attack-twin',
    cls: 'square-attack-twin',
    about: `Attack twin: an outsider's Square seller account named "Tidewater Office Services" sends a receipt for a "Microsoft 365 licence renewal" to start a call-back scam: "Tidewater Office Services" <messenger@messaging.squareup.com>, every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted (two generic desk words after the label: the firm's office itself).`,
    eml: await deliver(
      squareReceipt(
        'Tidewater Office Services',
        '$1,240.00',
        'Microsoft 365 licence renewal (40 seats)',
        'n',
      ),
      'gmail',
      'n',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- PandaDoc: a supplier's quote ----
  emit(write, {
    name: 'realworld115-box-pandadoc-supplier-quote',
    cls: 'pandadoc-supplier',
    about: `Genuine: a supplier's account manager sends the reader's firm a quote through PandaDoc: "Dana Whitfield via PandaDoc" <docs@email.pandadoc.net>, "Quote Q-115-2291: Tidewater IT laptop refresh 2027" (the firm's desk named in the document's title, not in the name), Reply-To dana.whitfield@harbourline.example, through SendGrid, every pass, into the firm's Postfix box. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      pandadoc(
        'Dana Whitfield',
        'dana.whitfield@harbourline.example',
        'Quote Q-115-2291: Tidewater IT laptop refresh 2027',
        'o',
      ),
      'box',
      'o',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });

  // ---- Workday and ServiceNow: the firm's own tenant and instance, named by its legal name ----
  emit(write, {
    name: 'realworld115-outlook-workday-own-tenant-legal-name-benefits',
    cls: 'workday-own-tenant',
    about: `Genuine: the reader's employer, Tidewater Marine Supply (${TW}), has its Workday tenant named after its legal name, tidewatermarine@myworkday.com; the benefits desk's notice: "Tidewater Marine Benefits" <tidewatermarine@myworkday.com>, "Open enrolment closes on 4 December", signed d=myworkday.com, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated (a sold tenant named by the organisation's legal name, realworld114's rule).`,
    eml: await deliver(
      workday(
        'Tidewater Marine Benefits',
        'tidewatermarine',
        'Open enrolment closes on 4 December',
        'Hello Robin,\r\n\r\nOpen enrolment for 2027 benefits closes on 4 December. Review your elections in Workday.\r\n',
        'p',
      ),
      'outlook',
      'p',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld115-box-servicenow-own-instance-legal-name',
    cls: 'servicenow-own-instance',
    about: `Genuine: the same employer's ServiceNow instance, also named by the legal name (tidewatermarine.service-now.com, as real customers' instances are: a company's full name, not its mail domain's label), resolves the reader's ticket: "Tidewater IT Service Desk" <tidewatermarine@service-now.com>, from ${SNOW.rdns}, d=service-now.com, every pass, into the firm's Postfix box. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated: ServiceNow sells named instances to organisations (a free one is dev<digits>), so as with Workday a tenant named by the firm's legal name is the firm's own.`,
    eml: await deliver(servicenow('Tidewater IT Service Desk', 'tidewatermarine', 'q'), 'box', 'q'),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld115-gmail-servicenow-instance-named-as-desk-attack-twin',
    cls: 'servicenow-attack-twin',
    about: `Attack twin: an instance whose name is the label with a desk's word glued on, tidewaterhelp@service-now.com (a reseller's demo instance, a renamed one), "Tidewater IT Service Desk", every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted (the rest of the instance's name is a desk's word, no legal name).`,
    eml: await deliver(servicenow('Tidewater IT Service Desk', 'tidewaterhelp', 'r'), 'gmail', 'r'),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });
}
