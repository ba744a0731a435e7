// Real-world delivery shapes, hundred-and-thirty-first round: genuine mail from local publications,
// associations and businesses whose names put the reader's organisation's word ("Tidewater", the
// reader at tidewater.example) beside ordinary words HeaderLens may read as a desk's
// (lib/findings/desk-words.ts DESK_WORDS "security", "payroll"; GENERIC_DESK_WORDS "mail"): "The
// Tidewater Mail" (a local paper), "Tidewater Security Weekly", "Tidewater Business Journal",
// "Tidewater Health News", "Tidewater Tech Council Digest", "Tidewater Jobs Board" and a real
// payroll bureau, "Tidewater Payroll Services Ltd". Sent from their own domains (Mailchimp with an
// authenticated domain, Ghost(Pro) on Mailgun with a custom domain, Microsoft 365, Google
// Workspace) and from newsletter hosts' own addresses (Substack, Beehiiv, Ghost). Attack twins: the
// same names as lures from a free mailbox, a newsletter account and a look-alike domain. Read in
// Gmail, Outlook (Exchange Online) and Yahoo, always with --recipient-domain tidewater.example.
// Where the layouts were learnt (`search`, pages corpus):
// - Substack: on.bo/esp/substack ("Substack handles its own sending infrastructure; writers cannot
//   publish their own DKIM … the sending domain remains substack.com", "their From: header uses
//   substack.com"); the Mailgun relay under mg1.substack.com and the d=substack.com/mg1 signatures
//   as realworld117 (realworld93's case 14), List-Id <pub.substack.com> as probe130.
// - Mailchimp: envelope under mcsv.net and the authenticated domain's own k2 signature beside
//   d=mcsv.net (Intuit/Mailchimp help "My Email From Name Shows mailchimpapp.net or mcsv.net": the
//   sender address "usually contains mcsv.net, mcdlv.net, mailchimpapp.net, or rsgsv.net";
//   dmarcaligned.com "Mailchimp DMARC Alignment"; mailchimp.com "Limitations of free email
//   addresses"), as realworld117. The rewritten free-address form is not used (not confirmed).
// - Beehiiv and Ghost(Pro): the hosts' default sender addresses (`<pub>@mail.beehiiv.com`,
//   `noreply@<site>.ghost.io`) and Ghost(Pro)'s Mailgun sending were NOT confirmed from real headers
//   in the corpora: recalled, and modelled on Mailgun's real ranges and names (lib/relay's ESP
//   table: 161.38.192.0/20, *.mailgun.net); Beehiiv's relay assumed SendGrid (149.72.0.0/16).
// - Google Workspace's and Exchange Online's outbound hosts as realworld117.
// Names and addresses are documentation ones except the platforms' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
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

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';

/** DMARC passed for the From domain, nothing else said: authenticated. */
const PASSES: CaseExpectation = {
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass' },
};

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

// --- Relays -----------------------------------------------------------------------------------
const SUBSTACK: Relay = {
  helo: 'm131-3.mg.substack.com',
  rdns: 'm131-3.mg.substack.com',
  ip: '69.72.35.131',
};
const MAILCHIMP: Relay = {
  helo: 'mail131.suw121.mcsv.net',
  rdns: 'mail131.suw121.mcsv.net',
  ip: '198.2.180.131',
};
const MAILGUN: Relay = { helo: 'm204-131.mailgun.net', rdns: 'm204-131.mailgun.net', ip: '161.38.204.131' };
const BEEHIIV: Relay = {
  helo: 'o31.ptr1311.mail.beehiiv.com',
  rdns: 'o31.ptr1311.mail.beehiiv.com',
  ip: '149.72.131.31',
};
const GMAIL_OUT: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const EXO_OUT: Relay = {
  helo: 'NAM12-BN8-obe.outbound.protection.outlook.com',
  rdns: 'mail-bn8nam12on2131.outbound.protection.outlook.com',
  ip: '40.107.237.131',
};

const TW = 'tidewater.example';
const READER = `robin.reader@${TW}`;
/** The payroll bureau's client elsewhere, a reader whose organisation the name does not touch. */
const HL = 'harbourline.example';
const DANA = `dana.whitfield@${HL}`;

// The publications' and firms' own domains.
const MAILPAPER = 'tidewatermail.example';
const SECWEEKLY = 'tidewatersecurityweekly.example';
const JOURNAL = 'tidewaterbusinessjournal.example';
const HEALTH = 'tidewaterhealthnews.example';
const COUNCIL = 'tidewatertechcouncil.example';
const JOBS = 'tidewaterjobs.example';
const BUREAU = 'tidewaterpayroll.example';
/** The attacker's freshly registered look-alike of the bureau. */
const BUREAU_FAKE = 'tidewater-payrollservices.example';

const MC_SPF = 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 -all';
const MG_SPF = 'v=spf1 ip4:161.38.192.0/20 ip4:69.72.32.0/20 -all';
const SG_SPF = 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 -all';
const ZONE = {
  ...ptr(SUBSTACK.ip, SUBSTACK.rdns),
  ...ptr(MAILCHIMP.ip, MAILCHIMP.rdns),
  ...ptr(MAILGUN.ip, MAILGUN.rdns),
  ...ptr(BEEHIIV.ip, BEEHIIV.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(EXO_OUT.ip, EXO_OUT.rdns),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/14 -all'),
  // Substack (Mailgun)
  ...txt('mg1.substack.com', 'v=spf1 ip4:69.72.32.0/20 -all'),
  ...key('substack.com', 'scph1'),
  ...key('mg1.substack.com', 'mailo'),
  ...dmarc('substack.com', 'none'),
  // Mailchimp
  ...txt('mail131.suw121.mcsv.net', MC_SPF),
  ...key('mcsv.net', 'k3'),
  // Ghost(Pro) (Mailgun)
  ...txt('mg.ghost.io', MG_SPF),
  ...key('ghost.io', 'mg'),
  ...dmarc('ghost.io', 'none'),
  // Beehiiv (SendGrid)
  ...txt('em1311.mail.beehiiv.com', SG_SPF),
  ...key('mail.beehiiv.com', 's1'),
  ...dmarc('beehiiv.com', 'reject'),
  // Gmail
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  // Own domains
  ...key(MAILPAPER, 'k2'),
  ...txt(MAILPAPER, 'v=spf1 include:_spf.google.com include:servers.mcsv.net -all'),
  ...dmarc(MAILPAPER, 'quarantine'),
  ...key(SECWEEKLY, 'k2'),
  ...txt(SECWEEKLY, 'v=spf1 include:servers.mcsv.net -all'),
  ...dmarc(SECWEEKLY, 'reject'),
  ...txt('servers.mcsv.net', MC_SPF),
  ...key(COUNCIL, 'k2'),
  ...txt(COUNCIL, 'v=spf1 include:servers.mcsv.net -all'),
  ...dmarc(COUNCIL, 'none'),
  ...key(JOURNAL, 'mg'),
  ...txt(`mg.${JOURNAL}`, MG_SPF),
  ...dmarc(JOURNAL, 'quarantine'),
  ...key(HEALTH, 's1'),
  ...txt(`em1312.mail.${HEALTH}`, SG_SPF),
  ...dmarc(HEALTH, 'quarantine'),
  ...key(JOBS, 'google'),
  ...txt(JOBS, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc(JOBS, 'reject'),
  ...key(BUREAU, 'selector1'),
  ...txt(BUREAU, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(BUREAU, 'reject'),
  ...key(BUREAU_FAKE, 'google'),
  ...txt(BUREAU_FAKE, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc(BUREAU_FAKE, 'none'),
  // The readers' organisations
  ...txt(TW, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc(TW, 'quarantine'),
  ...txt(HL, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(HL, 'reject'),
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
  /** The mailbox it is delivered to (default: the reader at Tidewater). */
  rcpt?: string;
}

type Reader = 'gmail' | 'outlook' | 'yahoo';

function signed(s: Sent): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to: s.rcpt ?? READER,
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
  const d = s.signers[0]?.[0] ?? '';
  const fromDomain = domainOf(s.from);
  const rcpt = s.rcpt ?? READER;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...s.signers.map(([sd, ss]) => gmailDkim(sd, ss)),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(fromDomain, s.policy),
      ].join('\r\n       '),
      ids: [`x131csp${n}pxa`, `a131si${n}qtb.131`],
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
  return yahooDelivery(raw, {
    relay: s.relay,
    envelope: s.envelope,
    results: yahooResults(
      s.signers,
      domainOf(s.envelope),
      `dmarc=pass(p=${s.policy} sp=${s.policy} dis=NONE) header.from=${fromDomain};`,
    ),
  });
}

const argsFor = (reader: Reader, org = TW) => ['--webmail', reader, '--recipient-domain', org];

// --- Senders ----------------------------------------------------------------------------------
const substack = (pub: string, sub: string, subject: string, body: string, n: string): Sent => ({
  from: `"${pub}" <${sub}@substack.com>`,
  envelope: `bounce+a131b${n}.6741-robin.reader=tidewater.example@mg1.substack.com`,
  relay: SUBSTACK,
  signers: [
    ['substack.com', 'scph1'],
    ['mg1.substack.com', 'mailo'],
  ],
  policy: 'NONE',
  subject,
  body: `${body}\r\n\r\nRead on: https://${sub}.substack.com/p/issue-131${n}\r\n\r\nUnsubscribe https://${sub}.substack.com/action/disable_email?token=rw131${n}\r\n`,
  messageId: `<20261120100001.131${n}.${sub}@substack.com>`,
  extra: [
    `Reply-To: "${pub}" <reply+2f131${n}@substack.com>`,
    `List-Id: <${sub}.substack.com>`,
    `List-URL: <https://${sub}.substack.com/>`,
    `List-Unsubscribe: <https://${sub}.substack.com/action/disable_email?token=rw131${n}>, <mailto:unsubscribe+131${n}@substack.com>`,
    'X-Mailgun-Sid: WyIxMzEiXQ==',
  ],
});

/** A Mailchimp campaign from an authenticated domain: d=<domain> k2 beside d=mcsv.net k3. */
const mailchimp = (
  name: string,
  from: string,
  subject: string,
  body: string,
  n: string,
  policy: string,
): Sent => ({
  from: `"${name}" <${from}>`,
  envelope: `bounce-mc.us21_131${n}47.9131${n}-robin.reader=tidewater.example@mail131.suw121.mcsv.net`,
  relay: MAILCHIMP,
  signers: [
    [domainOf(from), 'k2'],
    ['mcsv.net', 'k3'],
  ],
  policy,
  subject,
  body: `${body}\r\n\r\nunsubscribe from this list: https://${domainOf(from).replace('.example', '')}.us21.list-manage.example/unsubscribe?u=131${n}\r\n`,
  messageId: `<131${n}a0c9e5f2.${domainOf(from)}.131@mail131.suw121.mcsv.net>`,
  extra: [
    `List-Unsubscribe: <https://us21.mailchimp.com/mctx/unsub?u=131${n}>, <mailto:unsubscribe-mc.us21_131${n}@unsubscribe.mailchimpapp.net>`,
    'X-Mailer: Mailchimp Mailer - **CID131a0c9e5f2**',
    `X-Campaign: mailchimp131${n}.a0c9e5f2`,
  ],
});

const beehiiv = (pub: string, local: string, subject: string, body: string, n: string): Sent => ({
  from: `"${pub}" <${local}@mail.beehiiv.com>`,
  envelope: `bounces+1311${n}-77aa-robin.reader=tidewater.example@em1311.mail.beehiiv.com`,
  relay: BEEHIIV,
  signers: [['mail.beehiiv.com', 's1']],
  policy: 'REJECT',
  subject,
  body: `${body}\r\n\r\nUnsubscribe: https://${local}.beehiiv.com/subscribe/unsubscribe?t=131${n}\r\n\r\nPowered by beehiiv\r\n`,
  messageId: `<131${n}.post.${local}@mail.beehiiv.com>`,
  extra: [`List-Unsubscribe: <https://${local}.beehiiv.com/subscribe/unsubscribe?t=131${n}>`],
});

const gmailSent = (name: string, local: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${local}@gmail.com>`,
  envelope: `${local}@gmail.com`,
  relay: GMAIL_OUT,
  signers: [['gmail.com', '20230601']],
  policy: 'NONE',
  subject,
  body,
  messageId: `<CAH131${n}xQ2e9sLm+Vb7_kTz3pW@mail.gmail.com>`,
});

// --- Pending ----------------------------------------------------------------------------------
// Kept out by choice (the lead, 03:30 on 2026-12-06): realworld131-outlook-substack-the-tidewater-mail
// reads SUSPICIOUS (display-name-reader-org beside dmarc-policy-none), where the helper wanted
// authenticated ("The Tidewater Mail" as a newspaper's masthead). A Substack account's name is
// anyone's, and "The Tidewater Mail" over a mailbox-quota notice is the same name: reading "the" +
// the reader's name + "mail" as a masthead would clear that lure too. The paper's edition from its
// own domain (realworld131-gmail-mailchimp-the-tidewater-mail-own-domain) reads authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

type Mode = 'genuine' | 'all';

/** The genuine shapes only (a legit module promises never to read "spoofed"). */
export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus((w) => writeCases(w, 'genuine'), PENDING_ENGINE_FIX, write);
}

/** Every case, genuine and twins. */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'all');
}

interface One {
  name: string;
  about: string;
  cls: string;
  reader: Reader;
  org?: string;
  sent: Sent;
  n: string;
  expect: CaseExpectation;
  twin?: boolean;
}

async function writeCases(write: CaseWriter, mode: Mode): Promise<void> {
  const one = async (c: One, attack = false) => {
    if (attack && mode === 'genuine') return;
    const { reader, cls, sent, n, org, ...rest } = c;
    emitCase(write, {
      ...rest,
      eml: await deliver(sent, reader, n),
      args: argsFor(reader, org),
      zone: ZONE,
      class: attack ? 'spoofing' : `realworld131-${cls}`,
    });
  };

  // ---- Own domains, aligned DKIM ----
  await one({
    name: 'realworld131-gmail-mailchimp-the-tidewater-mail-own-domain',
    cls: 'own-domain',
    about: `Genuine: the local paper's morning briefing, "The Tidewater Mail" <briefing@${MAILPAPER}>, through Mailchimp with its authenticated domain: signed d=${MAILPAPER} (k2) beside d=mcsv.net (k3), envelope under mcsv.net from ${MAILCHIMP.rdns}, DMARC pass by the aligned signature (p=quarantine). Gmail, --recipient-domain ${TW}. Wanted: authenticated: the paper's own domain signs, and its name alone ("Mail" after the town's name) is no reason for doubt.`,
    reader: 'gmail',
    sent: mailchimp(
      'The Tidewater Mail',
      `briefing@${MAILPAPER}`,
      'Morning briefing: harbour dredging vote, school run roadworks',
      'Good morning,\r\n\r\nCouncillors vote tonight on the harbour dredging contract. Roadworks on Quay Street close one lane until Friday.\r\n\r\nThe Tidewater Mail newsroom\r\n',
      'a',
      'QUARANTINE',
    ),
    n: 'a',
    expect: PASSES,
    twin: true,
  });
  await one({
    name: 'realworld131-outlook-mailchimp-security-weekly-own-domain',
    cls: 'own-domain',
    about: `Genuine: a regional security-industry newsletter, "Tidewater Security Weekly" <editor@${SECWEEKLY}>, through Mailchimp with its authenticated domain (d=${SECWEEKLY} k2 beside d=mcsv.net), DMARC pass, p=reject. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated: "security" is a desk's word, but the sender is the publication's own domain, aligned, and the domain (tidewatersecurityweekly) glues two words, one no desk's (lib/findings/desk-words.ts gluedDesk).`,
    reader: 'outlook',
    sent: mailchimp(
      'Tidewater Security Weekly',
      `editor@${SECWEEKLY}`,
      'This week: port CCTV tender, a ransomware case at the boatyard',
      'In this issue: the port authority tenders its CCTV upgrade; a local boatyard recovers from ransomware; events calendar.\r\n',
      'b',
      'REJECT',
    ),
    n: 'b',
    expect: PASSES,
    twin: true,
  });
  await one({
    name: 'realworld131-yahoo-ghost-business-journal-custom-domain',
    cls: 'own-domain',
    about: `Genuine: "Tidewater Business Journal" <news@${JOURNAL}> on Ghost(Pro) with its own sending domain: Mailgun (${MAILGUN.rdns}), envelope under mg.${JOURNAL}, signed d=${JOURNAL} (mg), DMARC pass, p=quarantine. Yahoo Mail, --recipient-domain ${TW}. Wanted: authenticated.`,
    reader: 'yahoo',
    sent: {
      from: `"Tidewater Business Journal" <news@${JOURNAL}>`,
      envelope: `bounce+131c.9e1f-robin.reader=tidewater.example@mg.${JOURNAL}`,
      relay: MAILGUN,
      signers: [[JOURNAL, 'mg']],
      policy: 'QUARANTINE',
      subject: 'Harbourline expands; three new firms on Quay Street',
      body: 'Tidewater Business Journal, Friday edition.\r\n\r\nHarbourline adds forty jobs at its Quay Street depot.\r\n\r\nRead in your browser: https://www.tidewaterbusinessjournal.example/friday-131/\r\n',
      messageId: `<20261120100001.131c@${JOURNAL}>`,
      extra: [
        `List-Unsubscribe: <https://www.${JOURNAL}/unsubscribe/?uuid=131c>`,
        'X-Mailgun-Tag: ghost-email',
      ],
    },
    n: 'c',
    expect: PASSES,
    twin: true,
  });
  await one({
    name: 'realworld131-gmail-mailchimp-tech-council-digest-own-domain',
    cls: 'own-domain',
    about: `Genuine: an association's monthly digest, "Tidewater Tech Council Digest" <digest@${COUNCIL}>, through Mailchimp with its authenticated domain (d=${COUNCIL} k2), DMARC pass at p=none. Gmail, --recipient-domain ${TW}. Wanted: authenticated ("Tech Council" is an association's name; no desk word).`,
    reader: 'gmail',
    sent: mailchimp(
      'Tidewater Tech Council Digest',
      `digest@${COUNCIL}`,
      'December digest: members meetup, cloud skills grant',
      'Members meetup on 9 December at the Maritime Museum. The regional cloud-skills grant opens for applications.\r\n',
      'd',
      'NONE',
    ),
    n: 'd',
    expect: PASSES,
  });
  await one({
    name: 'realworld131-yahoo-workspace-jobs-board-own-domain',
    cls: 'own-domain',
    about: `Genuine: a local job board's weekly alert from its own Google Workspace, "Tidewater Jobs Board" <alerts@${JOBS}>, signed d=${JOBS} (google), SPF pass, p=reject. Yahoo Mail, --recipient-domain ${TW}. Wanted: authenticated.`,
    reader: 'yahoo',
    sent: {
      from: `"Tidewater Jobs Board" <alerts@${JOBS}>`,
      envelope: `alerts@${JOBS}`,
      relay: GMAIL_OUT,
      signers: [[JOBS, 'google']],
      policy: 'REJECT',
      subject: '12 new jobs matching "logistics" this week',
      body: 'New this week: warehouse supervisor (Harbourline), transport planner, two forklift drivers.\r\n\r\nManage alerts: https://www.tidewaterjobs.example/alerts\r\n',
      messageId: `<CAJ131e7Qx2bV9sLm+kTz3pW@mail.gmail.com>`,
    },
    n: 'e',
    expect: PASSES,
  });
  // The payroll bureau's own tenant: to a client elsewhere, and to a reader at Tidewater.
  const bureau = (rcpt: string, n: string): Sent => ({
    from: `"Tidewater Payroll Services Ltd" <payslips@${BUREAU}>`,
    envelope: `payslips@${BUREAU}`,
    relay: EXO_OUT,
    signers: [[BUREAU, 'selector1']],
    policy: 'REJECT',
    subject: 'Your November payslip is available',
    body: 'Your November payslip has been published to the employee portal. We never ask for bank details by email.\r\n\r\nTidewater Payroll Services Ltd, registered in England, company no. 01310131\r\n',
    messageId: `<DB9PR02MB131${n}A2B3C4D5E6F70@DB9PR02MB1310.eurprd02.prod.outlook.com>`,
    rcpt,
  });
  await one({
    name: 'realworld131-outlook-m365-payroll-bureau-client-elsewhere',
    cls: 'own-domain',
    about: `Genuine: the payroll bureau "Tidewater Payroll Services Ltd" <payslips@${BUREAU}> tells a client's employee at ${HL} her payslip is out, from its own Microsoft 365 tenant: signed d=${BUREAU} (selector1), SPF pass through spf.protection.outlook.com, p=reject. Exchange Online, --recipient-domain ${HL}. Wanted: authenticated: to a reader whose organisation the name does not touch, a payroll firm's own aligned domain is nothing but itself.`,
    reader: 'outlook',
    org: HL,
    sent: bureau(DANA, 'f'),
    n: 'f',
    expect: PASSES,
    twin: true,
  });
  await one({
    name: 'realworld131-gmail-m365-payroll-bureau-to-tidewater-reader',
    cls: 'own-domain',
    about: `Genuine, the same bureau mail to a reader at ${TW}: "Tidewater Payroll Services Ltd" <payslips@${BUREAU}>, every pass. Gmail, --recipient-domain ${TW}. Wanted: suspicious, never spoofed: the domain is the reader's organisation's name with "payroll" glued on (lookalike-domain, lib/findings/lookalike.ts gluedDesk), the one shape a payroll lure registers; nothing in the headers can tell this bureau from tidewater-payroll.example registered yesterday, so a demanding reader wants the warning (the sender memory learns the bureau once trusted).`,
    reader: 'gmail',
    sent: bureau(READER, 'g'),
    n: 'g',
    expect: {
      verdict: 'suspicious',
      notVerdict: ['spoofed'],
      findings: ['lookalike-domain'],
      fields: { 'dmarc.result': 'pass' },
    },
  });

  // ---- Newsletter hosts' own addresses ----
  await one({
    name: 'realworld131-gmail-substack-tech-council-digest',
    cls: 'newsletter-host',
    about: `Genuine: "Tidewater Tech Council Digest" <tidewatertechcouncil@substack.com>, List-Id <tidewatertechcouncil.substack.com>, Mailgun under mg1.substack.com, d=substack.com, DMARC pass (p=none). Gmail, --recipient-domain ${TW}. Wanted: authenticated: a newsletter account's chosen name is read as an outsider's, and this one names no desk.`,
    reader: 'gmail',
    sent: substack(
      'Tidewater Tech Council Digest',
      'tidewatertechcouncil',
      'Digest #48: the meetup, the grant, the new co-working space',
      'Hello members,\r\n\r\nThe December meetup is on the 9th. The cloud-skills grant opens Monday.\r\n',
      'h',
    ),
    n: 'h',
    expect: PASSES,
    twin: true,
  });
  await one({
    name: 'realworld131-yahoo-beehiiv-health-news',
    cls: 'newsletter-host',
    about: `Genuine: "Tidewater Health News" <tidewaterhealthnews@mail.beehiiv.com> from Beehiiv's own sender (SendGrid, d=mail.beehiiv.com, p=reject). Yahoo Mail, --recipient-domain ${TW}. Wanted: authenticated (no desk word).`,
    reader: 'yahoo',
    sent: beehiiv(
      'Tidewater Health News',
      'tidewaterhealthnews',
      'Flu clinics open at three pharmacies this weekend',
      'Walk-in flu clinics open Saturday at three pharmacies in the old town. Also: the hospital car park reopens.\r\n',
      'i',
    ),
    n: 'i',
    expect: PASSES,
  });
  await one({
    name: 'realworld131-outlook-beehiiv-jobs-board',
    cls: 'newsletter-host',
    about: `Genuine: "Tidewater Jobs Board" <tidewaterjobs@mail.beehiiv.com>, Beehiiv's own sender, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated ("Jobs Board" names no desk).`,
    reader: 'outlook',
    sent: beehiiv(
      'Tidewater Jobs Board',
      'tidewaterjobs',
      'This week: 12 new local jobs',
      'Warehouse supervisor, transport planner and two forklift drivers this week.\r\n',
      'j',
    ),
    n: 'j',
    expect: PASSES,
  });
  await one({
    name: 'realworld131-gmail-ghost-business-journal-default-sender',
    cls: 'newsletter-host',
    about: `Genuine: "Tidewater Business Journal" <noreply@tidewaterbusinessjournal.ghost.io>, Ghost(Pro)'s default sender before a custom domain is set up: Mailgun (${MAILGUN.rdns}), envelope under mg.ghost.io, d=ghost.io, DMARC pass (p=none). Gmail, --recipient-domain ${TW}. Wanted: authenticated (no desk word).`,
    reader: 'gmail',
    sent: {
      from: '"Tidewater Business Journal" <noreply@tidewaterbusinessjournal.ghost.io>',
      envelope: 'bounce+131k.9e1f-robin.reader=tidewater.example@mg.ghost.io',
      relay: MAILGUN,
      signers: [['ghost.io', 'mg']],
      policy: 'NONE',
      subject: 'Friday edition: three new firms on Quay Street',
      body: 'Tidewater Business Journal, Friday edition.\r\n\r\nRead in your browser: https://tidewaterbusinessjournal.ghost.io/friday-131/\r\n',
      messageId: '<20261120100001.131k@tidewaterbusinessjournal.ghost.io>',
      extra: ['List-Unsubscribe: <https://tidewaterbusinessjournal.ghost.io/unsubscribe/?uuid=131k>'],
    },
    n: 'k',
    expect: PASSES,
  });
  await one({
    name: 'realworld131-outlook-substack-the-tidewater-mail',
    cls: 'newsletter-host',
    about: `Genuine: the local paper's Substack edition, "The Tidewater Mail" <thetidewatermail@substack.com>, List-Id <thetidewatermail.substack.com>, d=substack.com, DMARC pass. Exchange Online, --recipient-domain ${TW}. Wanted by the helper: authenticated ("The <town> Mail" is a newspaper's masthead). Kept suspicious by the lead: a Substack account's name is anyone's, and the same name heads a mailbox-quota lure; never spoofed.`,
    reader: 'outlook',
    sent: substack(
      'The Tidewater Mail',
      'thetidewatermail',
      'Weekend edition: the regatta, the dredging vote, letters',
      'This weekend: regatta results, what the dredging vote means for the marina, and your letters.\r\n',
      'l',
    ),
    n: 'l',
    expect: {
      verdict: 'suspicious',
      notVerdict: ['spoofed'],
      findings: ['display-name-reader-org'],
      fields: { 'dmarc.result': 'pass' },
    },
  });
  await one({
    name: 'realworld131-gmail-substack-security-weekly',
    cls: 'newsletter-host',
    about: `Genuine: the security newsletter's Substack, "Tidewater Security Weekly" <tidewatersecurityweekly@substack.com>, List-Id, d=substack.com, DMARC pass. Gmail, --recipient-domain ${TW}. Wanted: suspicious, never spoofed: a newsletter account's name is anyone's choice, and "Tidewater Security …" is how the reader's own security desk signs its notices; without the publication's own domain nothing vouches for it (the same publication from its own domain reads authenticated: realworld131-outlook-mailchimp-security-weekly-own-domain).`,
    reader: 'gmail',
    sent: substack(
      'Tidewater Security Weekly',
      'tidewatersecurityweekly',
      'This week: port CCTV tender, a ransomware case at the boatyard',
      'In this issue: the port authority tenders its CCTV upgrade; a local boatyard recovers from ransomware.\r\n',
      'm',
    ),
    n: 'm',
    expect: {
      verdict: 'suspicious',
      notVerdict: ['spoofed'],
      findings: ['display-name-reader-org'],
      fields: { 'dmarc.result': 'pass' },
    },
  });

  // ---- Attack twins ----
  await one(
    {
      name: 'realworld131-gmail-freemail-payroll-services-attack-twin',
      cls: 'twin',
      about: `Attack twin of the bureau: "Tidewater Payroll Services" <tidewater.payroll.services@gmail.com>, "Update your bank details before the December run", every pass for gmail.com. Gmail, --recipient-domain ${TW}. Wanted: not trusted (a free mailbox named after the reader's payroll desk).`,
      reader: 'gmail',
      sent: gmailSent(
        'Tidewater Payroll Services',
        'tidewater.payroll.services',
        'Update your bank details before the December run',
        'Hello,\r\n\r\nPlease confirm your bank details on the form below before 1 December or your salary will be held.\r\n',
        'n',
      ),
      n: 'n',
      expect: NOT_TRUSTED,
    },
    true,
  );
  await one(
    {
      name: 'realworld131-outlook-lookalike-payroll-bureau-attack-twin',
      cls: 'twin',
      about: `Attack twin: "Tidewater Payroll Services Ltd" <payslips@${BUREAU_FAKE}>, a domain registered for the lure on Google Workspace, signed and aligned, p=none, "Your November payslip - action needed". Exchange Online, --recipient-domain ${TW}. Wanted: not trusted (look-alike of the reader's organisation).`,
      reader: 'outlook',
      sent: {
        from: `"Tidewater Payroll Services Ltd" <payslips@${BUREAU_FAKE}>`,
        envelope: `payslips@${BUREAU_FAKE}`,
        relay: GMAIL_OUT,
        signers: [[BUREAU_FAKE, 'google']],
        policy: 'NONE',
        subject: 'Your November payslip - action needed',
        body: 'Your November payslip is on hold. Sign in to release it.\r\n',
        messageId: '<CAK131o7Qx2bV9sLm+kTz3pW@mail.gmail.com>',
      },
      n: 'o',
      expect: NOT_TRUSTED,
    },
    true,
  );
  await one(
    {
      name: 'realworld131-yahoo-freemail-security-weekly-attack-twin',
      cls: 'twin',
      about: `Attack twin of the security newsletter: "Tidewater Security Weekly" <tidewatersecurityweekly@gmail.com>, "Action required: re-enrol your MFA device", every pass for gmail.com. Yahoo Mail, --recipient-domain ${TW}. Wanted: not trusted.`,
      reader: 'yahoo',
      sent: gmailSent(
        'Tidewater Security Weekly',
        'tidewatersecurityweekly',
        'Action required: re-enrol your MFA device',
        'All staff must re-enrol their MFA device by Friday. Use the link below with your work account.\r\n',
        'p',
      ),
      n: 'p',
      expect: NOT_TRUSTED,
    },
    true,
  );
  await one(
    {
      name: 'realworld131-gmail-substack-tidewater-mail-quota-attack-twin',
      cls: 'twin',
      about: `Attack twin of the paper's Substack: "Tidewater Mail" <tidewatermail@substack.com>, List-Id, "Your mailbox is 98% full", every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted ("Tidewater Mail" alone is the firm's mail system; a fix for "The Tidewater Mail" masthead must keep this).`,
      reader: 'gmail',
      sent: substack(
        'Tidewater Mail',
        'tidewatermail',
        'Your mailbox is 98% full',
        'Your mailbox is almost full. Sign in with your work account to increase your quota.\r\n',
        'q',
      ),
      n: 'q',
      expect: NOT_TRUSTED,
    },
    true,
  );
  await one(
    {
      name: 'realworld131-yahoo-beehiiv-payroll-attack-twin',
      cls: 'twin',
      about: `Attack twin on Beehiiv: "Tidewater Payroll" <tidewaterpayroll@mail.beehiiv.com>, "December payslips: confirm your details", every pass. Yahoo Mail, --recipient-domain ${TW}. Wanted: not trusted.`,
      reader: 'yahoo',
      sent: beehiiv(
        'Tidewater Payroll',
        'tidewaterpayroll',
        'December payslips: confirm your details',
        'Confirm your details to receive your December payslip.\r\n',
        'r',
      ),
      n: 'r',
      expect: NOT_TRUSTED,
    },
    true,
  );
}
