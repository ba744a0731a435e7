// Red-team probes, round 120 (December 2026): the platforms HeaderLens trusts to confirm an
// account's Reply-To (lib/findings/platforms.ts ACCOUNT_REPLY_PLATFORMS: Calendly, QuickBooks,
// Google) and the verified-sender rule (VERIFIED_ADDRESS_VIA, SurveyMonkey; lib/findings/reader-org.ts
// verifiedSenderVia), read by an attacker who has read lib/. What a confirmed address buys: on
// SurveyMonkey, an address before "via SurveyMonkey" that is the Reply-To too clears
// display-name-address and display-name-reader-org unless the address is a HIGH look-alike; on an
// account-reply platform a Reply-To at the reader's own organisation clears display-name-reader-org.
// So the attacker confirms an address he controls that a reader takes for his own firm's: the
// firm's lapsed sister domain (the reader's name under another ending, a MEDIUM look-alike), a
// sub-addressed free mailbox, a Gmail named after the reader's bank's desk, a help desk's or a
// Microsoft 365 trial's tenant named as the firm, a domain one letter off, an IDN look-alike, the
// firm's domain as a label in front of his own. Each attack sits beside its genuine control (the
// employer's own verified address, a supplier's, a club's verified Gmail), in Gmail and Outlook.
// Not submitted: people@tidewater.zendesk.com verified at SurveyMonkey reads authenticated, which is
// the README's kept-by-choice gap (a help-desk tenant named as the firm where the firm has none);
// an address at the attacker's own neutral domain whose mailbox names the firm
// (tidewater.payroll@benefits-enrolment.example) is his own domain's choice, as sending directly;
// tidewater.co.example / tidewater.ac.example are the corpus's stand-ins for a sister domain.
// Where the layouts were learnt (search tool):
// - SurveyMonkey: `"<verified address> via SurveyMonkey" <member@surveymonkeyuser.com>`, Reply-To
//   that address, envelope survey-noreply@mr.surveymonkeyuser.com from SparkPost's
//   mta-81-56.sparkpostmail.com, as realworld115 learnt it (help.surveymonkey.com "Sender Email
//   Address and Verification"; public mail-sorting repositories' "survey@shop-demo.ch via
//   SurveyMonkey").
// - Calendly: notifications@calendly.com under the host's name, Reply-To the host's login address,
//   confirmed by a link (help.calendly.com, as realworld115); relay assumed SendGrid.
// - QuickBooks Online: `"<company>" <quickbooks@notification.intuit.com>`, Reply-To the verified
//   company e-mail (probe103; Quicken's help "Add new email addresses for invoices", pages corpus,
//   re-read this round: "A verification email will be sent to the email address you entered").
//   Relay assumed Amazon SES, as probe103.
// - Google Drive: `"<name> (via Google Drive)" <drive-shares-dm-noreply@google.com>`, envelope at
//   doclist.bounces.google.com, Reply-To the sharer's account address (probe80, probe86). A Google
//   account may be opened on any existing address once a code sent there is typed back.
// Names and addresses are documentation ones except Google's, SparkPost's, SendGrid's, Amazon
// SES's and the platforms' own names and hosts; every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const TW = 'tidewater.example';
const ARGS = ['--webmail', 'gmail', '--recipient-domain', TW];
const OUTLOOK_ARGS = ['--webmail', 'outlook', '--recipient-domain', TW];
const READER = `Robin Reader <robin.reader@${TW}>`;

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

// SparkPost (AS 23528), SurveyMonkey's invitations (realworld115).
const SPARKPOST: Relay = {
  helo: 'mta-81-56.sparkpostmail.com',
  rdns: 'mta-81-56.sparkpostmail.com',
  ip: '192.174.81.56',
};
// Calendly on SendGrid under a branded reverse name (assumed, as realworld115).
const CALENDLY: Relay = {
  helo: 'o22.ptr1172.calendly.com',
  rdns: 'o22.ptr1172.calendly.com',
  ip: '149.72.115.22',
};
// QuickBooks Online on Amazon SES (assumed, as probe103).
const SES: Relay = {
  helo: 'a48-120.smtp-out.amazonses.com',
  rdns: 'a48-120.smtp-out.amazonses.com',
  ip: '54.240.48.120',
};
// Google's outbound for its own service mail (209.85.128.0/17).
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};

const ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(SPARKPOST.ip, SPARKPOST.rdns),
  ...ptr(CALENDLY.ip, CALENDLY.rdns),
  ...ptr(SES.ip, SES.rdns),
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...txt('mr.surveymonkeyuser.com', 'v=spf1 include:sparkpostmail.com -all'),
  ...txt('sparkpostmail.com', 'v=spf1 ip4:192.174.80.0/20 ip4:147.253.208.0/20 ~all'),
  ...key('surveymonkeyuser.com', 'scph1020'),
  ...dmarc('surveymonkeyuser.com', 'reject'),
  ...txt('sendgrid.net', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 -all'),
  ...txt('email.calendly.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('calendly.com', 's1'),
  ...dmarc('calendly.com', 'reject'),
  ...txt('bounces.notification.intuit.com', 'v=spf1 include:amazonses.com -all'),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 -all'),
  ...key('notification.intuit.com', 'qbo1'),
  ...dmarc('intuit.com', 'reject'),
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('doclist.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt(TW, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc(TW, 'quarantine'),
  ...txt('harbourline.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('harbourline.example', 'reject'),
  // The firm's lapsed sister domain, re-registered by the attacker (his own mail host).
  ...txt('tidewater.test', 'v=spf1 ip4:203.0.113.120 -all'),
  ...dmarc('tidewater.test', 'reject'),
};

async function atGmail(s: Sent, n: string, policy = 'REJECT'): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  const raw = await signAll(
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
  return gmailDelivery(raw, {
    relay: s.relay,
    envelope: s.envelope,
    results: [gmailDkim(d, sel), gmailSpf(s.envelope, s.relay.ip), gmailDmarc(domainOf(s.from), policy)].join(
      '\r\n       ',
    ),
    ids: [`x120csp${n}pxa`, `a120si${n}qtb.120`],
    spf: 'pass',
    deliveredTo: true,
    to: `robin.reader@${TW}`,
  });
}

async function atOutlook(s: Sent): Promise<string> {
  const raw = await signAll(
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
  return eopDelivery(raw, {
    ...eopPass(
      s.relay,
      domainOf(s.envelope),
      `dkim=pass (signature was verified)\r\n header.d=${s.signers[0]?.[0] ?? 'none'}`,
      domainOf(s.from),
    ),
    returnPath: s.envelope,
  });
}

/** SurveyMonkey's default From: the verified sender address before "via SurveyMonkey", Reply-To it. */
const surveymonkey = (address: string, subject: string, body: string, n: string): Sent => ({
  from: `"${address} via SurveyMonkey" <member@surveymonkeyuser.com>`,
  envelope: 'survey-noreply@mr.surveymonkeyuser.com',
  relay: SPARKPOST,
  signers: [['surveymonkeyuser.com', 'scph1020']],
  subject,
  body: `${body}\r\n\r\nBegin survey: https://www.surveymonkey.com/tr/v1/te/120${n}Qg_2FexampleToken\r\n\r\nPlease do not forward this email as its survey link is unique to you.\r\nPowered by SurveyMonkey\r\n`,
  messageId: `<7A.1F.120${n}.C4E10120@i-0eaa7758290676f71.mta2vsmtp.sd.prd.sparkpost>`,
  extra: [`Reply-To: ${address}`],
});

const calendly = (name: string, replyTo: string, n: string): Sent => ({
  from: `"${name}" <notifications@calendly.com>`,
  envelope: `bounces+5521${n}-77aa-robin.reader=tidewater.example@email.calendly.com`,
  relay: CALENDLY,
  signers: [['calendly.com', 's1']],
  subject: `Confirmed: Laptop re-enrolment with ${name} on Tuesday, 24 November 2026`,
  body: `Hi Robin,\r\n\r\nYour Laptop re-enrolment with ${name} at 14:00 - 14:30 (GMT) on Tuesday, 24 November 2026 is scheduled.\r\n\r\nBefore the call, sign in once at the link in the invitation so your device can be re-enrolled.\r\n\r\nNeed to make changes to this event? Cancel: https://calendly.com/cancellations/120${n}example\r\n\r\nPowered by Calendly.com\r\n`,
  messageId: `<120${n}.calendly.c0nf1rm@calendly.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

const quickbooks = (company: string, replyTo: string, n: string): Sent => ({
  from: `"${company}" <quickbooks@notification.intuit.com>`,
  envelope: `0100019b2c4e7a${n}0-5e2f@bounces.notification.intuit.com`,
  relay: SES,
  signers: [['notification.intuit.com', 'qbo1']],
  subject: `Remittance advice ${n}120 from ${company}`,
  body: `Dear supplier,\r\n\r\nPlease find remittance advice ${n}120. Our bank details changed on 16/11/2026: confirm yours by replying to this e-mail before the next payment run.\r\n\r\nView online: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-120${n}\r\n\r\n${company}\r\n`,
  messageId: `<0100019b2c4e7a${n}0-120@email.amazonses.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

const drive = (name: string, replyTo: string, file: string, n: string): Sent => ({
  from: `"${name} (via Google Drive)" <drive-shares-dm-noreply@google.com>`,
  envelope: `3Qp120${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  subject: `Document shared with you: "${file}"`,
  body: `${name} (${replyTo}) has shared the following document:\r\n\r\n${file}\r\nhttps://docs.google.com/document/d/1x120${n}example/edit?usp=sharing_eip\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\nYou have received this email because ${replyTo} shared a document with you from Google Docs.\r\n`,
  messageId: `<0000000000001f120${n}05e6c2a1@google.com>`,
  extra: [`Reply-To: "${name}" <${replyTo}>`],
});

// Fixed at 22:18 on 2026-12-05: a SurveyMonkey verified sender address at a public mailbox claims
// no brand by its domain (lib/findings/reader-org.ts nameForBrands, read by display-name.ts and
// reply-to.ts), and as the Reply-To it is a low note on the terms of a WeTransfer uploader's
// (reply-to.ts verifiedOwn: no desk, bank or reader's name in the mailbox).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  expect: CaseExpectation;
  args?: string[];
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) =>
  emitCase(write, { ...c, args: c.args ?? ARGS, zone: ZONE, class: `probe120-${c.cls}` });

const BENEFITS =
  'Dear colleague,\r\n\r\nOpen enrolment closes on Friday. Confirm your benefit elections and the bank account your salary is paid into in the form below.\r\n\r\nTidewater People Team';

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- SurveyMonkey: the verified sender address before "via SurveyMonkey" ----
  emit(write, {
    name: 'probe120-gmail-surveymonkey-employer-verified-control',
    cls: 'surveymonkey-control',
    about: `Genuine control: the reader's employer's People team sends its engagement survey from its SurveyMonkey account, verified sender address people@${TW}: "people@${TW} via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To people@${TW}, SparkPost, d=surveymonkeyuser.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated (an outsider cannot make SurveyMonkey write the firm's own address).`,
    eml: await atGmail(
      surveymonkey(
        `people@${TW}`,
        'Your voice counts: 2026 employee engagement survey',
        'Hello,\r\n\r\nOur annual engagement survey is open until 4 December.\r\n\r\nTidewater People Team',
        'a',
      ),
      'a',
    ),
    expect: AUTHENTICATED,
    twin: true,
  });
  emit(write, {
    name: 'probe120-gmail-surveymonkey-supplier-verified-control',
    cls: 'surveymonkey-control',
    about: `Genuine control: a supplier's feedback survey, "care@harbourline.example via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To care@harbourline.example (its verified address), every pass. Wanted: authenticated: every ordinary SurveyMonkey invitation looks like this.`,
    eml: await atGmail(
      surveymonkey(
        'care@harbourline.example',
        'How did we do? Your delivery of 18 November',
        'Hello,\r\n\r\nWould you take two minutes to tell us about your delivery?\r\n\r\nHarbourline Customer Care',
        'b',
      ),
      'b',
    ),
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe120-gmail-surveymonkey-club-verified-gmail-genuine',
    cls: 'surveymonkey-verified-gmail',
    about: `Genuine control for the sub-addressed Gmail attack: a rowing club's volunteer secretary runs the members' survey from a free SurveyMonkey account whose verified sender address is the club's Gmail: "secretary.harbourrowing@gmail.com via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To secretary.harbourrowing@gmail.com, SparkPost, d=surveymonkeyuser.com, every pass. Gmail, --recipient-domain ${TW} (the reader is a member reading at work). Wanted: authenticated: SurveyMonkey verified the Gmail by a link and writes it in the name, so what the reader sees is where the answer goes, as a WeTransfer uploader's confirmed Gmail (reply-to.ts uploadersOwn); the "gmail.com" in the address claims no Google brand. Most free SurveyMonkey accounts' invitations look like this.`,
    eml: await atGmail(
      surveymonkey(
        'secretary.harbourrowing@gmail.com',
        'Harbour Rowing Club: 2027 season survey',
        'Hello members,\r\n\r\nPlease tell us which session times suit you for the 2027 season.\r\n\r\nHarbour Rowing Club committee',
        'u',
      ),
      'u',
    ),
    expect: AUTHENTICATED,
  });
  const attacks: Array<[string, string, string]> = [
    [
      'lapsed-sister-domain',
      'people@tidewater.test',
      `the firm's former sister domain tidewater.test (standing for a tidewater.net the firm let lapse), re-registered by the attacker, who verifies people@ there by SurveyMonkey's link. The reader's name under another ending is only a MEDIUM look-alike (lookalike.ts reasonAgainst, "is the same name under another ending than"), which verifiedSenderVia accepts`,
    ],
    [
      'subaddressed-gmail',
      'tidewater.people+benefits@gmail.com',
      'a Gmail mailbox named after the firm, sub-addressed (SurveyMonkey verifies the address by a link sent to it, which Gmail delivers to tidewater.people@gmail.com)',
    ],
    [
      'bank-desk-gmail',
      'northbank.cardservices@gmail.com',
      "a Gmail mailbox named after the reader's bank's card desk (the genuine club Gmail's attack twin: the verified free mailbox's name is the lure)",
    ],
    [
      'onmicrosoft-tenant',
      'people@tidewater.onmicrosoft.com',
      'a Microsoft 365 trial tenant the attacker named tidewater.onmicrosoft.com',
    ],
    ['one-letter-off', 'people@tldewater.example', "tldewater.example, one letter off the firm's domain"],
    [
      'idn-lookalike',
      'people@xn--tidewter-56g.example',
      'tidewаter.example with a Cyrillic а (xn--tidewter-56g.example), as SurveyMonkey writes it in ASCII',
    ],
    [
      'firm-domain-in-front',
      `people@${TW}.hr-portal.example`,
      `the firm's whole domain as labels in front of his own (${TW}.hr-portal.example), which reads as the firm's to a reader who stops at the first ".example"`,
    ],
  ];
  let n = 0;
  for (const [cls, address, how] of attacks) {
    const id = String.fromCharCode(99 + n++);
    emit(write, {
      name: `probe120-gmail-surveymonkey-${cls}`,
      cls: `surveymonkey-${cls}`,
      about: `Attack: the attacker's own SurveyMonkey account with a verified sender address he controls: ${how}. SurveyMonkey writes "${address} via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To ${address}, "Benefits enrolment: confirm your elections", SparkPost, d=surveymonkeyuser.com, every pass. Gmail, --recipient-domain ${TW}. Control: probe120-gmail-surveymonkey-employer-verified-control. Wanted: not trusted (the verified address is one a reader takes for his own firm's; SurveyMonkey verified only that the attacker reads it).`,
      eml: await atGmail(
        surveymonkey(address, 'Benefits enrolment: confirm your elections by Friday', BENEFITS, id),
        id,
      ),
      expect: NOT_TRUSTED,
    });
  }

  // ---- The same in Exchange Online ----
  emit(write, {
    name: 'probe120-outlook-surveymonkey-supplier-verified-control',
    cls: 'surveymonkey-control',
    about: `Genuine control: the supplier's SurveyMonkey feedback survey ("care@harbourline.example via SurveyMonkey", Reply-To care@harbourline.example, every pass) delivered by Exchange Online. --webmail outlook, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await atOutlook(
      surveymonkey(
        'care@harbourline.example',
        'How did we do? Your delivery of 18 November',
        'Hello,\r\n\r\nWould you take two minutes to tell us about your delivery?\r\n\r\nHarbourline Customer Care',
        's',
      ),
    ),
    args: OUTLOOK_ARGS,
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe120-outlook-surveymonkey-lapsed-sister-domain',
    cls: 'surveymonkey-lapsed-sister-domain',
    about: `Attack: as probe120-gmail-surveymonkey-lapsed-sister-domain ("people@tidewater.test via SurveyMonkey", Reply-To people@tidewater.test, the firm's lapsed sister domain re-registered and verified by the attacker), delivered by Exchange Online. --webmail outlook, --recipient-domain ${TW}. Control: probe120-outlook-surveymonkey-supplier-verified-control. Wanted: not trusted.`,
    eml: await atOutlook(
      surveymonkey(
        'people@tidewater.test',
        'Benefits enrolment: confirm your elections by Friday',
        BENEFITS,
        't',
      ),
    ),
    args: OUTLOOK_ARGS,
    expect: NOT_TRUSTED,
  });

  // ---- Calendly: the host's login address, confirmed by a link, as Reply-To ----
  emit(write, {
    name: 'probe120-gmail-calendly-it-desk-own-login-control',
    cls: 'calendly-control',
    about: `Genuine control: the firm's IT desk books a laptop re-enrolment from its shared Calendly account, login it.helpdesk@${TW}: "Tidewater IT Helpdesk" <notifications@calendly.com>, Reply-To it.helpdesk@${TW}, SendGrid, d=calendly.com, every pass. Wanted: authenticated (Calendly confirmed the login by a link at the firm's own address; ACCOUNT_REPLY_PLATFORMS).`,
    eml: await atGmail(calendly('Tidewater IT Helpdesk', `it.helpdesk@${TW}`, 'k'), 'k'),
    expect: AUTHENTICATED,
    twin: true,
  });
  for (const [cls, login, how, id] of [
    ['zendesk-login', 'it.helpdesk@tidewater.zendesk.com', 'his Zendesk trial tidewater.zendesk.com', 'l'],
    [
      'lapsed-domain-login',
      'it.helpdesk@tidewater.test',
      "the firm's lapsed sister domain he re-registered",
      'm',
    ],
  ] as const)
    emit(write, {
      name: `probe120-gmail-calendly-it-desk-${cls}`,
      cls: `calendly-${cls}`,
      about: `Attack: the attacker's own Calendly account named "Tidewater IT Helpdesk", its login ${login} confirmed by the link Calendly sent there (${how}): "Tidewater IT Helpdesk" <notifications@calendly.com>, Reply-To ${login}, a re-enrolment booking asking to sign in. Every pass. Control: probe120-gmail-calendly-it-desk-own-login-control. Wanted: not trusted (the confirmed login is no address of the reader's organisation; display-name-reader-org).`,
      eml: await atGmail(calendly('Tidewater IT Helpdesk', login, id), id),
      expect: NOT_TRUSTED,
    });

  // ---- QuickBooks Online: the verified company e-mail as Reply-To ----
  emit(write, {
    name: 'probe120-gmail-qbo-accounts-payable-own-control',
    cls: 'qbo-control',
    about: `Genuine control: the firm's own QuickBooks company "Tidewater Accounts Payable", verified company e-mail ap@${TW}: From "Tidewater Accounts Payable" <quickbooks@notification.intuit.com>, Reply-To ap@${TW}, Amazon SES, d=notification.intuit.com, every pass. Wanted: authenticated (the answer goes to the firm itself, an address Intuit verified).`,
    eml: await atGmail(quickbooks('Tidewater Accounts Payable', `ap@${TW}`, 'n'), 'n'),
    expect: AUTHENTICATED,
  });
  for (const [cls, replyTo, how, id] of [
    ['lapsed-domain', 'ap@tidewater.test', "the firm's lapsed sister domain he re-registered", 'o'],
    ['onmicrosoft-tenant', 'ap@tidewater.onmicrosoft.com', 'his Microsoft 365 trial tenant', 'p'],
  ] as const)
    emit(write, {
      name: `probe120-gmail-qbo-accounts-payable-${cls}`,
      cls: `qbo-${cls}`,
      about: `Attack: the attacker's QuickBooks company "Tidewater Accounts Payable", company e-mail ${replyTo} verified by Intuit's link (${how}), sends a remittance advice asking to confirm new bank details: From "Tidewater Accounts Payable" <quickbooks@notification.intuit.com>, Reply-To ${replyTo}. Every pass. Control: probe120-gmail-qbo-accounts-payable-own-control. Wanted: not trusted.`,
      eml: await atGmail(quickbooks('Tidewater Accounts Payable', replyTo, id), id),
      expect: NOT_TRUSTED,
    });

  // ---- Google Drive: the sharer's account address as Reply-To ----
  emit(write, {
    name: 'probe120-gmail-drive-payroll-colleague-control',
    cls: 'drive-control',
    about: `Genuine control: the firm's payroll team shares a document from its Google account payroll@${TW}: "Tidewater Payroll (via Google Drive)" <drive-shares-dm-noreply@google.com>, Reply-To "Tidewater Payroll" <payroll@${TW}>, d=google.com, every pass. Wanted: authenticated (Google writes the account's own address).`,
    eml: await atGmail(drive('Tidewater Payroll', `payroll@${TW}`, '2027 salary review letters', 'q'), 'q'),
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe120-gmail-drive-payroll-onmicrosoft-account',
    cls: 'drive-onmicrosoft-account',
    about: `Attack: a Google account the attacker opened on payroll@tidewater.onmicrosoft.com (his Microsoft 365 trial; Google sends a code there), named "Tidewater Payroll": "Tidewater Payroll (via Google Drive)" <drive-shares-dm-noreply@google.com>, Reply-To "Tidewater Payroll" <payroll@tidewater.onmicrosoft.com>, every pass. Control: probe120-gmail-drive-payroll-colleague-control. Wanted: not trusted.`,
    eml: await atGmail(
      drive('Tidewater Payroll', 'payroll@tidewater.onmicrosoft.com', '2027 salary review letters', 'r'),
      'r',
    ),
    expect: NOT_TRUSTED,
  });
}
