// Red-team probes, round 119 (December 2026): a sweep of this evening's lib/ changes
// (0fe5bcb3..HEAD), each attack beside its genuine control.
// - lib/engine/origin-walk.ts primaryMx: a hand-off from hosting space whose name leaves the
//   receiver's domain by a CNAME still passes when the name is "the domain's primary MX", on the
//   argument that a dangling primary would stop the firm's mail. Two bends of that argument: two
//   MX hosts of equal preference, one of them dangling (senders fall back to the live one, so
//   nothing stops and nobody notices), and a forgotten subdomain whose own MX is the dangling
//   name (primaryMx asks the name's parent domain first; a retired mail pilot's subdomain gets no
//   mail anyone misses). Controls: an equal-preference pair whose second host is the firm's Azure
//   VM named by an A record of its own, and a sole primary MX named by a CNAME to its Azure label
//   (realworld116's layout).
// - lib/findings/reader-org.ts deskBeside: a generic word after the firm's name now counts only
//   when nothing but desk words follow it ("Tidewater Office Supply" is a shop). The credential
//   lures name a channel, not a desk: "Tidewater Staff Portal", "Tidewater Team Notifications",
//   "Tidewater Mail Quarantine", "Tidewater Office Payments", and joinedName's new guard lets
//   "Tide Water Payroll Portal" through. Controls: a staff association's and an office-supply
//   shop's own free mailboxes.
// - lib/findings/reader-org.ts verifiedSenderVia: SurveyMonkey's "<address> via SurveyMonkey"
//   with that address as Reply-To is read as no chosen name at all, which skips
//   display-name-reader-org and display-name-address. But the verification only proves the account
//   holder reads that mailbox: a Gmail he opened as tidewater.payroll@ (caught: display-name-brand
//   and a free-mailbox Reply-To), an address on a look-alike domain of his own (caught:
//   lookalike-domain), and tidewater.payroll@ on a plain domain of his own (not caught). Controls:
//   the reader's own HR desk's and a partner's verified addresses.
// Not probed: an Enterprise account's "custom sender name and email address domain"
// (help.surveymonkey.com, "Custom sender name"): it replaces SurveyMonkey's From with the
// customer's own verified domain, so no "via" name is written and verifiedSenderVia never reads it.
// instanceOf's legal-name rule needs a ServiceNow or Workday instance of the attacker's own whose
// name starts with the reader's (both are sold to organisations only), and Calendly's and
// Smartsheet's Reply-To is the account's login address, confirmed at sign-up: no bend found there
// that an outsider could send.
// Where the layouts were learnt (search tool, "pages" corpus): SurveyMonkey's sender address and
// its verification link ("Sender Email Address and Verification", help.surveymonkey.com, in Dutch
// and German: the From reads "[sender address] via surveymonkey.com", replies and bounces go to
// that address, and it must be owned "or managed" by the account holder, confirmed by a link from
// surveymonkey@t.outbound.surveymonkey.com); SurveyMonkey's relay (SparkPost) as probe116 learnt it.
// Azure's reverse-DNS rule and cloudapp labels as realworld116 and probe115 learnt them (Microsoft
// Learn "Configure reverse DNS for services hosted in Azure", "Prevent dangling DNS entries");
// RFC 5321 section 5.1 for equal-preference MX hosts (the sender tries them in random order and
// falls back to the next on failure). Gmail's outbound host as kit.ts has it.
// Names and addresses are documentation ones except Azure's, Google's and SparkPost's addresses
// and the platforms' own names; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import {
  ARGS,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  emitCase,
  GMAIL,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SPOOFED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { received, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { BANK_ENVELOPE, BANK_RELAY, bankNotice, probeCorpus, READER_DOMAIN } from '../rounds-kit';

// ---------------------------------------------------------------- the self-hosted box
const AZURE_IP = '20.76.201.14';
const AZURE_IP2 = '20.76.201.37';
const TO = `Robin Reader <robin@${READER_DOMAIN}>`;
const rev = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;

const readerDns = (mx: Array<[number, string]>, extra: Record<string, unknown> = {}) => ({
  ...ptr('203.0.113.25', RECEIVER),
  [READER_DOMAIN]: {
    TXT: ['v=spf1 ip4:203.0.113.25 -all'],
    MX: mx.map(([priority, exchange]) => ({ priority, exchange })),
  },
  [`dkim._domainkey.${READER_DOMAIN}`]: KEY(),
  [`_dmarc.${READER_DOMAIN}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...extra,
});
const BANK_ZONE = { ...BANK, ...BANK_KEY, ...ptr(BANK_IP, BANK_RELAY.rdns) };

/** Two lines: the sender's hop into the (claimed) relay, then the relay into the box. */
const twoHops = (inner: Relay, relay: Relay, ids: [string, string], envelope: string) =>
  `Return-Path: <${envelope}>\r\n${received({ ...relay, by: RECEIVER, id: ids[1], for: `robin@${READER_DOMAIN}`, date: 'Fri, 20 Nov 2026 10:00:07 +0000' })}\r\n${received({ ...inner, by: relay.helo, id: ids[0], for: `robin@${READER_DOMAIN}` })}\r\n`;

/** The box's line from a relay, above a login line the attacker wrote as the relay's. */
const loginBelow = (relay: Relay, user: string, ids: [string, string]) =>
  `Return-Path: <${user}>\r\n${received({ ...relay, by: RECEIVER, id: ids[1], for: `robin@${READER_DOMAIN}`, date: 'Fri, 20 Nov 2026 09:58:12 +0000' })}\r\nReceived: from [192.168.1.23] (office.reader.example [198.51.100.23])\r\n\t(Authenticated sender: ${user})\r\n\tby ${relay.helo} (Postfix) with ESMTPSA id ${ids[0]}\r\n\tfor <robin@${READER_DOMAIN}>; Fri, 20 Nov 2026 09:58:10 +0000\r\n`;

const SUPPLIER: Relay = {
  helo: 'mail.harbour-supplies.example',
  rdns: 'mail.harbour-supplies.example',
  ip: '198.51.100.40',
};
const SUPPLIER_ZONE = {
  'harbour-supplies.example': { TXT: ['v=spf1 ip4:198.51.100.40 -all'] },
  '_dmarc.harbour-supplies.example': { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(SUPPLIER.ip, SUPPLIER.rdns),
};
const supplierInvoice = () =>
  submitted({
    from: 'Harbour Supplies Accounts <accounts@harbour-supplies.example>',
    to: TO,
    subject: 'Invoice HS-21190 (November)',
    date: 'Fri, 20 Nov 2026 09:50:00 +0000',
    messageId: '<hs-21190.119@harbour-supplies.example>',
    body: 'Dear Robin,\r\n\r\nplease find invoice HS-21190 for November attached, payable within 30 days to our usual account.\r\n\r\nHarbour Supplies Accounts\r\n',
  });
const ceoRequest = () =>
  submitted({
    from: `Morgan Hale <morgan.hale@${READER_DOMAIN}>`,
    to: TO,
    subject: 'Urgent: supplier payment before 3pm',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: `<c119-ceo-3b7d@${READER_DOMAIN}>`,
    body: 'Robin,\r\n\r\nplease release a payment of EUR 51,300 to the new account of our Antwerp supplier before 3pm today; details attached. I am in meetings all day, reply by mail only.\r\n\r\nMorgan\r\n',
  });

const MX1 = RECEIVER;
const MXB = 'mx-b.reader.example';
const MXB_CLOUD = 'rx-mx-b.westeurope.cloudapp.azure.com';
const PILOT = 'mail.pilot.reader.example';
const PILOT_CLOUD = 'rx-pilot-mail.westeurope.cloudapp.azure.com';
const PRIMARY = 'mx-az.reader.example';
const PRIMARY_CLOUD = 'rx-mx-az.westeurope.cloudapp.azure.com';

async function boxCases(write: CaseWriter): Promise<void> {
  const forged = bankNotice(TO);
  // The firm ran two equal MX hosts; the Azure one was deleted, its CNAME and MX record stayed.
  const mxb: Relay = { helo: MXB, rdns: MXB, ip: AZURE_IP };
  const equalPair = readerDns(
    [
      [10, MX1],
      [10, MXB],
    ],
    {
      [rev(AZURE_IP)]: { PTR: [MXB] },
      [MXB]: { CNAME: [MXB_CLOUD] },
      [MXB_CLOUD]: { A: [AZURE_IP] },
    },
  );
  emitCase(write, {
    name: 'probe119-equal-preference-dangling-mx-bank-box',
    about: `The reader's domain lists two MX hosts of equal preference, 10 ${MX1} and 10 ${MXB}; ${MXB} is a CNAME to ${MXB_CLOUD}, a deleted Azure VM's label. Mail kept arriving (RFC 5321 senders fall back to ${MX1} when ${MXB} does not answer), so nobody noticed. The attacker rents the label, sets his VM's reverse FQDN to ${MXB} (Azure grants it: the name resolves to his label) and hands the box an unsigned bank notice under a forged line "from mail.northbank.example [${BANK_IP}] by ${MXB}". primaryMx reads ${MXB} as a lowest-preference MX and lets the walk pass it. Wanted: spoofed (the bank's p=reject fails at ${AZURE_IP}).`,
    class: 'probe119-primary-mx',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, mxb, ['4T119a0', '4T119a1'], BANK_ENVELOPE)}${forged}`,
    zone: { ...BANK_ZONE, ...equalPair },
    expect: SPOOFED,
    twin: true,
  });
  emitCase(write, {
    name: 'probe119-equal-preference-dangling-mx-ceo-login-box',
    about: `The same dangling equal-preference MX ${MXB}: the attacker writes one line under the box's, a login "from [192.168.1.23] (Authenticated sender: morgan.hale@${READER_DOMAIN}) by ${MXB} with ESMTPSA", and sends the CEO's urgent payment request, unsigned. Once the walk passes his VM as the receiver's own host, boxRelay takes the login below it for a colleague's. Wanted: not trusted (SPF fails for ${READER_DOMAIN} at ${AZURE_IP}; no login the receiver saw).`,
    class: 'probe119-primary-mx',
    args: ARGS,
    eml: `${loginBelow(mxb, `morgan.hale@${READER_DOMAIN}`, ['4T119b0', '4T119b1'])}${ceoRequest()}`,
    zone: { ...equalPair, ...ptr('198.51.100.23', 'office.reader.example') },
    expect: NOT_TRUSTED,
  });

  // A retired mail pilot: pilot.reader.example's own MX is mail.pilot.reader.example, a CNAME to a
  // deleted VM's label. primaryMx asks the name's parent domain first.
  const pilot: Relay = { helo: PILOT, rdns: PILOT, ip: AZURE_IP2 };
  emitCase(write, {
    name: 'probe119-forgotten-subdomain-own-mx-bank-box',
    about: `Two years ago the firm piloted a hosted mail filter for pilot.${READER_DOMAIN}: "pilot.${READER_DOMAIN} MX 10 ${PILOT}", "${PILOT} CNAME ${PILOT_CLOUD}". The VM was deleted, the records stayed; no one mails that subdomain, so its dangling MX stops nothing. The attacker rents the label, sets the reverse FQDN of ${AZURE_IP2} to ${PILOT} and hands the box an unsigned bank notice under a forged line "from mail.northbank.example [${BANK_IP}] by ${PILOT}". primaryMx asks the name's parent, pilot.${READER_DOMAIN}, whose only MX is the name itself. Wanted: spoofed.`,
    class: 'probe119-primary-mx',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, pilot, ['4T119c0', '4T119c1'], BANK_ENVELOPE)}${forged}`,
    zone: {
      ...BANK_ZONE,
      ...readerDns([[10, MX1]], {
        [`pilot.${READER_DOMAIN}`]: { MX: [{ priority: 10, exchange: PILOT }] },
        [rev(AZURE_IP2)]: { PTR: [PILOT] },
        [PILOT]: { CNAME: [PILOT_CLOUD] },
        [PILOT_CLOUD]: { A: [AZURE_IP2] },
      }),
    },
    expect: SPOOFED,
  });

  // Genuine: the equal-preference pair whose second host is the firm's live Azure VM, named by an
  // A record of its own.
  emitCase(write, {
    name: 'probe119-equal-preference-mx-own-a-record-genuine-box',
    about: `Genuine: the firm's two equal MX hosts, 10 ${MX1} and 10 ${MXB}; ${MXB} is its live Azure VM named by an A record of the firm's own (${AZURE_IP}, reverse FQDN ${MXB}). The supplier's SPF-only invoice reached ${MXB}, which relayed it to ${MX1}. Wanted: authenticated (SPF and DMARC pass at the supplier's address).`,
    class: 'probe119-control',
    args: ARGS,
    eml: `${twoHops(SUPPLIER, mxb, ['4T119d0', '4T119d1'], 'accounts@harbour-supplies.example')}${supplierInvoice()}`,
    zone: {
      ...SUPPLIER_ZONE,
      ...readerDns(
        [
          [10, MX1],
          [10, MXB],
        ],
        { [rev(AZURE_IP)]: { PTR: [MXB] }, [MXB]: { A: [AZURE_IP] } },
      ),
    },
    expect: AUTHENTICATED,
  });
  // Genuine: a sole primary MX named by a CNAME to its Azure label (realworld116's layout), the box
  // as backup and store.
  const primary: Relay = { helo: PRIMARY, rdns: PRIMARY, ip: AZURE_IP };
  emitCase(write, {
    name: 'probe119-sole-primary-mx-cname-azure-genuine-box',
    about: `Genuine: the firm's only lowest-preference MX is ${PRIMARY} (10), a CNAME to its filter VM's label ${PRIMARY_CLOUD} (${AZURE_IP}, reverse FQDN ${PRIMARY}, as Microsoft's reverse-DNS page allows); ${MX1} is the backup (20) and the store. The supplier's SPF-only invoice came through the filter. Wanted: authenticated (were the primary dangling, the firm's mail would go to the backup only after every sender's retry; a fix keeping a sole primary keeps this).`,
    class: 'probe119-control',
    args: ARGS,
    eml: `${twoHops(SUPPLIER, primary, ['4T119e0', '4T119e1'], 'accounts@harbour-supplies.example')}${supplierInvoice()}`,
    zone: {
      ...SUPPLIER_ZONE,
      ...readerDns(
        [
          [10, PRIMARY],
          [20, MX1],
        ],
        {
          [rev(AZURE_IP)]: { PTR: [PRIMARY] },
          [PRIMARY]: { CNAME: [PRIMARY_CLOUD] },
          [PRIMARY_CLOUD]: { A: [AZURE_IP] },
        },
      ),
    },
    expect: AUTHENTICATED,
  });
}

// ---------------------------------------------------------------- names read at Gmail and Outlook
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

// SparkPost (AS 23528), the host SurveyMonkey's invitations came from (probe116).
const SPARKPOST: Relay = {
  helo: 'mta-81-56.sparkpostmail.com',
  rdns: 'mta-81-56.sparkpostmail.com',
  ip: '192.174.81.56',
};

const ZONE = {
  ...ptr(SPARKPOST.ip, SPARKPOST.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...txt('mr.surveymonkeyuser.com', 'v=spf1 include:sparkpostmail.com -all'),
  ...txt('sparkpostmail.com', 'v=spf1 ip4:192.174.80.0/20 ip4:147.253.208.0/20 ~all'),
  ...key('surveymonkeyuser.com', 'scph1020'),
  ...dmarc('surveymonkeyuser.com', 'reject'),
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('tidewater-benefits.example', 'none'),
  ...dmarc('benefits-enrol.example', 'none'),
  ...dmarc('harbourline.example', 'quarantine'),
};

async function atGmail(s: Sent, n: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: [
      gmailDkim(d, sel),
      gmailSpf(s.envelope, s.relay.ip),
      gmailDmarc(domainOf(s.from), d === 'gmail.com' ? 'NONE' : 'REJECT'),
    ].join('\r\n       '),
    ids: [`x119csp${n}pxa`, `a119si${n}qtb.119`],
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

/** A personal Gmail account's message under the name its owner chose. */
const freemail = (name: string, local: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${local}@gmail.com>`,
  envelope: `${local}@gmail.com`,
  relay: GMAIL_OUT,
  signers: [['gmail.com', '20230601']],
  subject,
  body: `${body}\r\n`,
  messageId: `<CAH119${n}xQ7mK2p${n}Vd4=Lr9s@mail.gmail.com>`,
});

/** SurveyMonkey's invitation: "<verified sender address> via SurveyMonkey", Reply-To that address. */
const surveymonkey = (address: string, subject: string, body: string, n: string): Sent => ({
  from: `"${address} via SurveyMonkey" <member@surveymonkeyuser.com>`,
  envelope: 'survey-noreply@mr.surveymonkeyuser.com',
  relay: SPARKPOST,
  signers: [['surveymonkeyuser.com', 'scph1020']],
  subject,
  body: `${body}\r\n\r\nBegin survey: https://www.surveymonkey.com/tr/v1/te/119${n}Qg_2FexampleToken\r\n\r\nPlease do not forward this email as its survey link is unique to you.\r\nPowered by SurveyMonkey\r\n`,
  messageId: `<5C.CA.119${n}.E5898886@i-0eaa7758290676f71.mta2vsmtp.sd.prd.sparkpost>`,
  replyTo: address,
});

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe119-${c.cls}` });

const PORTAL_LURE =
  'Your Tidewater password expires today. Sign in at https://tidewater-staff.portal-renewals.example before 17:00 to keep access to mail and payslips.';

async function nameCases(write: CaseWriter): Promise<void> {
  // ---- deskBeside: a generic word after the name, a channel's word after it ----
  emit(write, {
    name: 'probe119-gmail-freemail-tidewater-staff-portal',
    cls: 'generic-word',
    about: `A free Gmail account named "Tidewater Staff Portal" <tidewater.staffportal@gmail.com> mails a Tidewater employee "Action required: password expiry", a credential lure, signed d=gmail.com out of Google, every pass. Online, gmail, --recipient-domain ${ORG}. Before this evening "Staff" right after the firm's name counted as a desk; now the word after it ("Portal") is no desk word, so deskBeside reads a shop's name. Wanted: not trusted (an outsider's free mailbox named as the firm's own staff system).`,
    eml: await atGmail(
      freemail(
        'Tidewater Staff Portal',
        'tidewater.staffportal',
        'Action required: password expiry',
        PORTAL_LURE,
        'a',
      ),
      'a',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe119-outlook-freemail-tidewater-team-notifications',
    cls: 'generic-word',
    about: `"Tidewater Team Notifications" <tw.teamnotifications@gmail.com> to a Microsoft 365 mailbox: "You have 3 pending messages on hold", a quarantine lure, signed d=gmail.com, every pass. Online, outlook, --recipient-domain ${ORG}. "Team" is the generic word right after the name, "Notifications" no desk word. Wanted: not trusted.`,
    eml: await atOutlook(
      freemail(
        'Tidewater Team Notifications',
        'tw.teamnotifications',
        'You have 3 pending messages on hold',
        'Three messages addressed to you were held. Release them at https://tidewater-team.msg-release.example within 24 hours or they are deleted.',
        'b',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe119-gmail-freemail-tidewater-mail-quarantine',
    cls: 'generic-word',
    about: `"Tidewater Mail Quarantine" <tidewater.mailquarantine@gmail.com>: "Quarantine summary: 4 messages", signed d=gmail.com, every pass. Online, gmail, --recipient-domain ${ORG}. "Mail" is generic, "Quarantine" no desk word. Wanted: not trusted.`,
    eml: await atGmail(
      freemail(
        'Tidewater Mail Quarantine',
        'tidewater.mailquarantine',
        'Quarantine summary: 4 messages',
        'Four messages are waiting in quarantine. Review them at https://tidewater-mail.quarantine-review.example.',
        'c',
      ),
      'c',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe119-outlook-freemail-tidewater-office-payments',
    cls: 'generic-word',
    about: `"Tidewater Office Payments" <tidewater.officepayments@gmail.com> to the firm's accounts clerk: "Updated remittance details for vendor run", asking that this week's vendor run go to a new account, signed d=gmail.com, every pass. Online, outlook, --recipient-domain ${ORG}. "Office" is generic, "Payments" no desk word (DESK_WORDS has billing, accounts, payroll). Wanted: not trusted (an outsider named as the firm's own payments office).`,
    eml: await atOutlook(
      freemail(
        'Tidewater Office Payments',
        'tidewater.officepayments',
        'Updated remittance details for vendor run',
        "Please use the attached bank details for this week's vendor run; the old account is closed. Confirm by reply.",
        'd',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe119-gmail-freemail-tide-water-payroll-portal',
    cls: 'joined-name',
    about: `"Tide Water Payroll Portal" <tidewater.payrollportal@gmail.com>: "Your December payslip is ready", a credential lure, signed d=gmail.com, every pass. Online, gmail, --recipient-domain ${ORG}. joinedName joins "Tide Water" into the firm's name, and deskBeside's new guard then gives up because "Portal" is no desk word, though "Payroll" is (round 113 caught "Tide Water Payroll"). Wanted: not trusted.`,
    eml: await atGmail(
      freemail(
        'Tide Water Payroll Portal',
        'tidewater.payrollportal',
        'Your December payslip is ready',
        'Your December payslip is ready. Sign in at https://tidewater-payroll.payslip-view.example to view it.',
        'e',
      ),
      'e',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe119-gmail-freemail-tidewater-staff-association-control',
    cls: 'control',
    about: `Control: the staff association's own free mailbox, "Tidewater Staff Association" <tidewater.staffassoc@gmail.com>, invites members to the winter social, signed d=gmail.com, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (a club of the staff, no desk; a fix naming channel words such as "portal" or "notifications" must leave "association" alone).`,
    eml: await atGmail(
      freemail(
        'Tidewater Staff Association',
        'tidewater.staffassoc',
        'Winter social, Friday 11 December',
        'Dear members, the winter social is on Friday 11 December at the Harbour Inn from 18:00. Partners welcome.',
        'f',
      ),
      'f',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe119-outlook-freemail-tidewater-office-supply-control',
    cls: 'control',
    about: `Control: the local shop "Tidewater Office Supply" <tidewateroffice.supply@gmail.com> confirms a toner order, signed d=gmail.com, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated (real-mail round 115's shop).`,
    eml: await atOutlook(
      freemail(
        'Tidewater Office Supply',
        'tidewateroffice.supply',
        'Order 4471 ready for collection',
        'Hello, your order 4471 (toner x4, A4 paper x10) is ready for collection at the Quay Street shop.',
        'g',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- verifiedSenderVia: the verified address is the attacker's own ----
  emit(write, {
    name: 'probe119-gmail-surveymonkey-verified-freemail-payroll',
    cls: 'verified-via',
    about: `The attacker's free SurveyMonkey account sends from the address he verified, a Gmail he opened for it: "tidewater.payroll@gmail.com via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To tidewater.payroll@gmail.com, "2027 salary review: confirm your bank details", signed d=surveymonkeyuser.com through SparkPost, every pass. Online, gmail, --recipient-domain ${ORG}. verifiedSenderVia reads the name as no chosen name (the address is exactly the Reply-To) and so skips display-name-reader-org, though the address's own words name the firm's payroll desk. Wanted: not trusted.`,
    eml: await atGmail(
      surveymonkey(
        'tidewater.payroll@gmail.com',
        '2027 salary review: confirm your bank details',
        'Tidewater Payroll is moving to a new bank for 2027 salaries. Please confirm your bank details in the short form below before 30 November.',
        'h',
      ),
      'h',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe119-outlook-surveymonkey-verified-own-domain-payroll',
    cls: 'verified-via',
    about: `The same with a domain of the attacker's own: "payroll@tidewater-benefits.example via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To payroll@tidewater-benefits.example (he verified it: he owns the domain), "Open enrolment 2027: confirm your dependants", signed d=surveymonkeyuser.com through SparkPost, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (the firm's name and a desk on an outsider's domain, shown as the sender).`,
    eml: await atOutlook(
      surveymonkey(
        'payroll@tidewater-benefits.example',
        'Open enrolment 2027: confirm your dependants',
        'Open enrolment for 2027 closes on Friday. Confirm your dependants and your bank details for reimbursements.',
        'i',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe119-gmail-surveymonkey-verified-plain-domain-payroll',
    cls: 'verified-via',
    about: `The firm's name in the verified address's local part, on a plain domain of the attacker's own (no look-alike of the firm's): "tidewater.payroll@benefits-enrol.example via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To tidewater.payroll@benefits-enrol.example (verified by its link: he owns the domain), "2027 salary review: confirm your bank details", signed d=surveymonkeyuser.com through SparkPost, every pass. Online, gmail, --recipient-domain ${ORG}. verifiedSenderVia clears both display-name-address and display-name-reader-org; the Reply-To outside surveymonkeyuser.com is only low. Wanted: not trusted (the shown sender names the firm's payroll desk on an outsider's domain).`,
    eml: await atGmail(
      surveymonkey(
        'tidewater.payroll@benefits-enrol.example',
        '2027 salary review: confirm your bank details',
        'Tidewater Payroll is moving to a new bank for 2027 salaries. Please confirm your bank details in the short form below before 30 November.',
        'l',
      ),
      'l',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe119-gmail-surveymonkey-own-people-desk-control',
    cls: 'control',
    about: `Control: the firm's own HR desk surveys its staff from its verified address: "people@${ORG} via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To people@${ORG}, "Staff engagement survey 2026", signed d=surveymonkeyuser.com through SparkPost, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (real-mail round 115's layout).`,
    eml: await atGmail(
      surveymonkey(
        `people@${ORG}`,
        'Staff engagement survey 2026',
        'Please take ten minutes to answer our annual staff engagement survey. Answers are anonymous.',
        'j',
      ),
      'j',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe119-outlook-surveymonkey-partner-research-control',
    cls: 'control',
    about: `Control: a partner's customer-research team: "research@harbourline.example via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To research@harbourline.example, "How did our November deliveries go?", signed d=surveymonkeyuser.com through SparkPost, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atOutlook(
      surveymonkey(
        'research@harbourline.example',
        'How did our November deliveries go?',
        'Harbourline would value five minutes of your time on our November deliveries.',
        'k',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
}

// Fixed at 22:18 on 2026-12-05: primaryMx (lib/engine/origin-walk.ts) counts only the sole host at
// the lowest preference of the registrable domain (an equal-preference twin or a subdomain's own MX
// may dangle unnoticed); the mail system's and sign-in page's words (portal, notifications,
// quarantine, payments…) count after a generic word and after a name written apart
// (lib/findings/desk-words.ts SYSTEM_WORDS, reader-org.ts deskBeside); a SurveyMonkey verified
// address outside the reader's organisation is read as the name it is (reader-org.ts
// readerOrgFinding).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await boxCases(write);
  await nameCases(write);
}
