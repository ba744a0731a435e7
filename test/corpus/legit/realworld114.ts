// Real-world delivery shapes, hundred-and-fourteenth round: display names that hold a firm's name
// beside a desk's word, sent to readers of ANOTHER organisation whose name is close, and the
// reader's own employer's HR and payroll mail through the HR platforms. Probed: a Workday tenant
// of the reader's own employer whose tenant name is the organisation's label plus the rest of its
// legal name (tidewaterhealth@myworkday.com, the way real tenants are named: adobe@, resmed@,
// cableone@, accurateb@ for Accurate Background); a community college's Workday and DocuSign mail
// to a supplier whose firm shares the college's first word ("Tidewater Community College Accounts
// Payable" to a reader at tidewater.example); firms of their own that share a word or a two-word
// name with the reader's organisation (Blue Water Payroll Services on its own bwps.example, a
// staffing agency "BlueWater Onboarding", a loyalty programme's "Total Rewards Team", a partner's
// "People Operations", the "North Bank Lofts" leasing office to a reader at northbank.example);
// UKG Pro sending in the customer's own domain; BambooHR under the company name its
// administrator set. Attack twins beside each: the same platform account named as the reader's
// own desk.
// Where the layouts were learnt (`search`): Workday's <tenant>@myworkday.com sender from public
// code that parses job-application mail ("Adobe Careers <adobe@myworkday.com>", "Workday
// <resmed@myworkday.com>", "accurateb@myworkday.com", "cableone@myworkday.com": `search` code,
// find_string "@myworkday.com"), and the relay as realworld82/probe113 modelled it; Workday's
// notification sender being system-defined, not the user's (ace4sure Workday Pro HCM page, `search`
// pages); UKG Pro's sending from secmail.ultipro.com (208.86.168.7) in the customer's own From,
// authorised by `include:_spf.ultipro.com`, DKIM d=ultipro.com (library.ukg.com "Configure Email
// Security", `search` pages); BambooHR's single notice address for every customer (BambooHR help
// "Time Tracking Email Notifications", bamboohr.screenstepslive.com, `search` pages); DocuSign's
// "<user> via Docusign" <dse_na2@docusign.net> from mailna2.docusign.net as realworld84 and
// probe113; PandaDoc's "<user> via PandaDoc" <docs@email.pandadoc.net> through SendGrid as
// probe113; SES and SendGrid shapes as realworld110. Deliveries: Gmail, Exchange Online and a
// self-hosted Postfix box (OpenDKIM, OpenDMARC, policyd-spf, Dovecot LMTP) as realworld110.
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
/** Genuine mail a demanding reader would take without a warning. */
const NOT_WARNED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['suspicious'] };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

// --- Platforms' relays ------------------------------------------------------------------------
// Workday's outbound relay (realworld82's and probe113's shape).
const WORKDAY: Relay = { helo: 'mx1.myworkday.com', rdns: 'mx1.myworkday.com', ip: '208.92.230.14' };
// DocuSign's own NA2 relay (realworld84).
const DSE: Relay = { helo: 'mailna2.docusign.net', rdns: 'mailna2.docusign.net', ip: '64.207.219.84' };
// PandaDoc on SendGrid (probe113).
const PANDADOC: Relay = {
  helo: 'o114.ptr2291.email.pandadoc.net',
  rdns: 'o114.ptr2291.email.pandadoc.net',
  ip: '149.72.114.41',
};
// UKG Pro's Atlanta relay as UKG's own help names it.
const UKG: Relay = { helo: 'secmail.ultipro.com', rdns: 'secmail.ultipro.com', ip: '208.86.168.7' };
// BambooHR on SendGrid (realworld109).
const BAMBOO: Relay = {
  helo: 'o2.ptr7731.bamboohr.com',
  rdns: 'o2.ptr7731.bamboohr.com',
  ip: '167.89.75.114',
};
// A staffing agency's SendGrid subuser, and a casino loyalty programme on SES.
const STAFFING: Relay = {
  helo: 'o7.ptr3114.bluewaterstaffing.example',
  rdns: 'o7.ptr3114.bluewaterstaffing.example',
  ip: '149.72.31.14',
};
const SES: Relay = {
  helo: 'a48-114.smtp-out.amazonses.com',
  rdns: 'a48-114.smtp-out.amazonses.com',
  ip: '54.240.48.114',
};
// Google Workspace's outbound for a small bureau on its own domain.
const GWS: Relay = { helo: 'mail-sor-f69.google.com', rdns: 'mail-sor-f69.google.com', ip: '209.85.220.69' };

const SENDGRID_SPF = 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 -all';

const ZONE = {
  ...ptr(WORKDAY.ip, WORKDAY.rdns),
  ...ptr(DSE.ip, DSE.rdns),
  ...ptr(PANDADOC.ip, PANDADOC.rdns),
  ...ptr(UKG.ip, UKG.rdns),
  ...ptr(BAMBOO.ip, BAMBOO.rdns),
  ...ptr(STAFFING.ip, STAFFING.rdns),
  ...ptr(SES.ip, SES.rdns),
  ...ptr(GWS.ip, GWS.rdns),
  ...txt('sendgrid.net', SENDGRID_SPF),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all'),
  // Workday
  ...txt('myworkday.com', 'v=spf1 ip4:208.92.230.0/24 -all'),
  ...key('myworkday.com', 'wd1'),
  ...dmarc('myworkday.com', 'reject'),
  // DocuSign
  ...txt('docusign.net', 'v=spf1 ip4:64.207.219.0/24 ip4:64.207.216.0/22 -all'),
  ...key('docusign.net', 's1'),
  ...dmarc('docusign.net', 'reject'),
  // PandaDoc
  ...txt('em2291.email.pandadoc.net', 'v=spf1 include:sendgrid.net -all'),
  ...key('pandadoc.net', 's1'),
  ...dmarc('pandadoc.net', 'quarantine'),
  // UKG Pro: its include, its own signature.
  ...txt('_spf.ultipro.com', 'v=spf1 ip4:208.86.168.7 ip4:135.84.68.123 ip4:206.152.14.54 -all'),
  ...key('ultipro.com', 'ukg1'),
  ...dmarc('ultipro.com', 'reject'),
  // BambooHR
  ...txt('em.bamboohr.com', 'v=spf1 include:sendgrid.net ~all'),
  ...key('bamboohr.com', 's1'),
  ...dmarc('bamboohr.com', 'quarantine'),
  // The readers' organisations (tidewater.example authorises UKG Pro by its include).
  ...txt('tidewater.example', 'v=spf1 include:_spf.google.com include:_spf.ultipro.com -all'),
  ...dmarc('tidewater.example', 'quarantine'),
  ...txt('bluewater.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('bluewater.example', 'quarantine'),
  ...txt('northbank.example', 'v=spf1 ip4:192.0.2.0/24 -all'),
  ...dmarc('northbank.example', 'reject'),
  // The other organisations.
  ...txt('tcc.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('tcc.example', 'reject'),
  ...txt('harbourline.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('harbourline.example', 'reject'),
  ...txt('northbanklofts.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('northbanklofts.example', 'quarantine'),
  ...txt('bwps.example', 'v=spf1 include:_spf.google.com -all'),
  ...key('bwps.example', 'google'),
  ...dmarc('bwps.example', 'reject'),
  ...txt('em3114.bluewaterstaffing.example', 'v=spf1 include:sendgrid.net ~all'),
  ...key('bluewaterstaffing.example', 's1'),
  ...dmarc('bluewaterstaffing.example', 'quarantine'),
  ...txt('bounce.rewards.harbourcasino.example', 'v=spf1 include:amazonses.com ~all'),
  ...key('rewards.harbourcasino.example', 'hc1'),
  ...key('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'),
  ...dmarc('harbourcasino.example', 'reject'),
  ...txt('staffdocs-portal.example', 'v=spf1 -all'),
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

function signed(s: Sent, to: string): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );
}

const boxOf = (org: string) => `mail.${org}`;

async function deliver(s: Sent, reader: Reader, rcpt: string, n: string): Promise<string> {
  const raw = await signed(s, rcpt);
  const [d, sel] = s.signers[0] ?? ['', ''];
  const fromDomain = domainOf(s.from);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [gmailDkim(d, sel), gmailSpf(s.envelope, s.relay.ip), gmailDmarc(fromDomain, s.policy)].join(
        '\r\n       ',
      ),
      ids: [`x114csp${n}pxa`, `a114si${n}qtb.114`],
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
  // A self-hosted Postfix box with OpenDKIM, OpenDMARC and policyd-spf, Dovecot LMTP (realworld110).
  const box = boxOf(domainOf(rcpt));
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(box, s.envelope, rcpt, `kA114${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${box}; dmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${box};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${box}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${box} (Postfix) with ESMTPS id 4Zw114${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader, org: string) => [
  ...(reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : ['--authserv-id', boxOf(org)]),
  '--recipient-domain',
  org,
];

// --- Senders ----------------------------------------------------------------------------------
const workday = (name: string, tenant: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${tenant}@myworkday.com>`,
  envelope: `${tenant}@myworkday.com`,
  relay: WORKDAY,
  signers: [['myworkday.com', 'wd1']],
  policy: 'REJECT',
  subject,
  body,
  messageId: `<114${n}.wd.${tenant}@myworkday.com>`,
});

const docusign = (name: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `"${name} via Docusign" <dse_na2@docusign.net>`,
  envelope: 'dse_na2@docusign.net',
  relay: DSE,
  signers: [['docusign.net', 's1']],
  policy: 'REJECT',
  subject: `Complete with Docusign: ${doc}`,
  body: `${name} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT: https://na2.docusign.net/Signing/EmailStart.aspx?a=114${n}example\r\n\r\nPowered by Docusign\r\n`,
  messageId: `<114${n}c0de@docusign.net>`,
  extra: [`Reply-To: ${replyTo}`],
});

const pandadoc = (name: string, replyTo: string, doc: string, rcpt: string, n: string): Sent => ({
  from: `"${name} via PandaDoc" <docs@email.pandadoc.net>`,
  envelope: `bounces+2291114-${n}f0-${rcpt.replace('@', '=')}@em2291.email.pandadoc.net`,
  relay: PANDADOC,
  signers: [['pandadoc.net', 's1']],
  policy: 'QUARANTINE',
  subject: `${name} sent you "${doc}"`,
  body: `${name} has sent you a document to review and sign.\r\n\r\n${doc}\r\n\r\nOpen the document: https://app.pandadoc.com/document/v2?token=114${n}example\r\n\r\nPowered by PandaDoc\r\n`,
  messageId: `<114${n}.pd.Yk2W@email.pandadoc.net>`,
  extra: [`Reply-To: ${replyTo}`],
});

const TW = 'tidewater.example';
const BW = 'bluewater.example';
const NB = 'northbank.example';
const TW_READER = `robin.reader@${TW}`;
const BW_READER = `sam.ortiz@${BW}`;
const NB_READER = `lee.park@${NB}`;

// Fixed at 21:48 on 2026-12-05 (lib/findings/reader-org.ts instanceOf, initialsOf): a Workday
// tenant named after its customer's legal name (tidewaterhealth) or by the initials of the name it
// writes (tcc: Tidewater Community College) is that organisation's own; Workday is sold, never
// signed up for, and a desk's word glued on (tidewaterpayroll) still reads suspicious.
// Kept out by choice (the lead, 21:48): realworld114-gmail-docusign-college-accounts-payable. A
// DocuSign account's name and Reply-To are anyone's: "Tidewater Community College Accounts
// Payable" with a Reply-To at tcc.example reads as the organisation's name beside a desk to a
// reader at tidewater.example, and nothing in the message tells the college from an attacker who
// registered tcc.example (suspicious, display-name-reader-org).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld114-gmail-docusign-college-accounts-payable',
]);

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
  emitCase(write, { ...c, zone: ZONE, class: `realworld114-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- Workday: the reader's own employer's tenant, named by its whole legal name ----
  emit(write, {
    name: 'realworld114-gmail-workday-own-tenant-legal-name-hr',
    cls: 'workday-own-tenant',
    about: `Genuine: the reader works for Tidewater Health (mail domain ${TW}); its Workday tenant is named after the legal name, as real tenants are (adobe@, resmed@, accurateb@myworkday.com), and HR's open-enrolment reminder comes as "Tidewater Health HR" <tidewaterhealth@myworkday.com>, signed d=myworkday.com from Workday's relay, SPF and DMARC pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated (the organisation's own tenant; a Workday tenant is sold to a company, not signed up for).`,
    eml: await deliver(
      workday(
        'Tidewater Health HR',
        'tidewaterhealth',
        'Open enrolment closes on 4 December',
        'Hello Robin,\r\n\r\nOpen enrolment for 2027 benefits closes on 4 December. Review your elections in Workday.\r\n\r\nTidewater Health HR\r\n',
        'a',
      ),
      'gmail',
      TW_READER,
      'a',
    ),
    args: argsFor('gmail', TW),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld114-box-workday-own-tenant-legal-name-payroll',
    cls: 'workday-own-tenant',
    about: `Genuine: the same employer's tenant writes the payroll desk's notice, "Tidewater Health Payroll" <tidewaterhealth@myworkday.com>, "Your payslip for November is available", delivered into the organisation's self-hosted Postfix box (${boxOf(TW)}, OpenDKIM/OpenDMARC, Dovecot LMTP). --authserv-id ${boxOf(TW)}, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      workday(
        'Tidewater Health Payroll',
        'tidewaterhealth',
        'Your payslip for November is available',
        'Hello Robin,\r\n\r\nYour payslip for the period ending 15 November is available in Workday under Pay.\r\n\r\nTidewater Health Payroll\r\n',
        'b',
      ),
      'box',
      TW_READER,
      'b',
    ),
    args: argsFor('box', TW),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld114-gmail-workday-tenant-named-as-desk-attack-twin',
    cls: 'workday-attack-twin',
    about: `Attack twin: a Workday tenant named as the reader's organisation's payroll desk itself, "Tidewater Payroll" <tidewaterpayroll@myworkday.com> (a reseller's demo tenant, a compromised customer's renamed one), "Confirm your direct deposit", every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted (the tenant's name beyond the label is a desk's word, not the rest of a legal name).`,
    eml: await deliver(
      workday(
        'Tidewater Payroll',
        'tidewaterpayroll',
        'Confirm your direct deposit',
        'Hello,\r\n\r\nConfirm your direct deposit details before the next payroll run.\r\n\r\nTidewater Payroll\r\n',
        'c',
      ),
      'gmail',
      TW_READER,
      'c',
    ),
    args: argsFor('gmail', TW),
    expect: NOT_TRUSTED,
  });

  // ---- A community college that shares the reader's firm's first word ----
  emit(write, {
    name: 'realworld114-outlook-workday-college-tenant-remittance',
    cls: 'college-shares-word',
    about: `Genuine: the reader's firm, Tidewater Marine Supply (${TW}), is a supplier of Tidewater Community College, whose Workday tenant (tcc@myworkday.com) mails suppliers their remittance advice: "Tidewater Community College Accounts Payable" <tcc@myworkday.com>, "Remittance advice: payment 114-55021", signed d=myworkday.com, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated (another organisation's own desk, named in full, its tenant named by its initials).`,
    eml: await deliver(
      workday(
        'Tidewater Community College Accounts Payable',
        'tcc',
        'Remittance advice: payment 114-55021',
        'Dear supplier,\r\n\r\nPayment 114-55021 (USD 4,812.00) for invoice TMS-2219 was released by ACH today.\r\n\r\nTidewater Community College Accounts Payable\r\n',
        'd',
      ),
      'outlook',
      TW_READER,
      'd',
    ),
    args: argsFor('outlook', TW),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld114-outlook-workday-college-tenant-reader-desk-attack-twin',
    cls: 'workday-attack-twin',
    about: `Attack twin: the same college tenant (or anyone holding it) writes as the reader's own firm's desk, "Tidewater Accounts Payable" <tcc@myworkday.com>, "Vendor banking update required", every pass. Exchange Online, --recipient-domain ${TW}. Wanted: not trusted (nothing but the reader's name and a desk's word).`,
    eml: await deliver(
      workday(
        'Tidewater Accounts Payable',
        'tcc',
        'Vendor banking update required',
        'Hello,\r\n\r\nPlease confirm your banking details for the next payment run.\r\n\r\nTidewater Accounts Payable\r\n',
        'e',
      ),
      'outlook',
      TW_READER,
      'e',
    ),
    args: argsFor('outlook', TW),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'realworld114-gmail-docusign-college-accounts-payable',
    cls: 'college-shares-word',
    about: `Genuine: the college's accounts-payable clerk sends the W-9 and supplier agreement through DocuSign, "Tidewater Community College Accounts Payable via Docusign" <dse_na2@docusign.net>, Reply-To "Tidewater Community College Accounts Payable" <ap@tcc.example> (DocuSign writes its user's own name and address there), from DocuSign's own relay, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated (the college's own desk; the Reply-To is the college's own domain, named by the name's initials).`,
    eml: await deliver(
      docusign(
        'Tidewater Community College Accounts Payable',
        '"Tidewater Community College Accounts Payable" <ap@tcc.example>',
        'Supplier Agreement and W-9 2027',
        'f',
      ),
      'gmail',
      TW_READER,
      'f',
    ),
    args: argsFor('gmail', TW),
    expect: PASSES,
  });

  // ---- Firms of their own sharing a word with the reader's organisation ----
  emit(write, {
    name: 'realworld114-gmail-bureau-own-domain-blue-water-payroll-services',
    cls: 'firm-shares-word',
    about: `Genuine: Blue Water Payroll Services, an unrelated payroll bureau on its own domain bwps.example (Google Workspace, DKIM s=google d=bwps.example, p=reject), invoices a client contact at Bluewater (${BW}): "Blue Water Payroll Services" <invoices@bwps.example>. Gmail, --recipient-domain ${BW}. Wanted: authenticated (a firm's own domain writes its own name; no platform's user chose it).`,
    eml: await deliver(
      {
        from: '"Blue Water Payroll Services" <invoices@bwps.example>',
        envelope: 'invoices@bwps.example',
        relay: GWS,
        signers: [['bwps.example', 'google']],
        policy: 'REJECT',
        subject: 'Invoice BWPS-114-0311 for November processing',
        body: 'Hello Sam,\r\n\r\nAttached is invoice BWPS-114-0311 for November payroll processing.\r\n\r\nBlue Water Payroll Services\r\n',
        messageId: '<CAB114bwpsInv0311@mail.gmail.com>',
      },
      'gmail',
      BW_READER,
      'g',
    ),
    args: argsFor('gmail', BW),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld114-outlook-docusign-blue-water-payroll-attack-twin',
    cls: 'firm-attack-twin',
    about: `Attack twin: a DocuSign account named "Blue Water Payroll Services" writes to staff of Bluewater (${BW}): "Blue Water Payroll Services via Docusign" <dse_na2@docusign.net>, Reply-To payroll@staffdocs-portal.example, "Direct Deposit Authorization 2027". Exchange Online, --recipient-domain ${BW}. Wanted: not trusted (the reader's name written apart beside a payroll desk, on a name anyone types: red-team round 113's "Tide Water Payroll").`,
    eml: await deliver(
      docusign(
        'Blue Water Payroll Services',
        '"Payroll" <payroll@staffdocs-portal.example>',
        'Direct Deposit Authorization 2027',
        'h',
      ),
      'outlook',
      BW_READER,
      'h',
    ),
    args: argsFor('outlook', BW),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'realworld114-box-staffing-agency-bluewater-onboarding',
    cls: 'firm-shares-word',
    about: `Genuine: a staffing agency called BlueWater Staffing sends a placed contractor's onboarding pack to his supervisor at Bluewater (${BW}): "BlueWater Onboarding" <onboarding@bluewaterstaffing.example>, through a SendGrid subuser with its branded bounce domain em3114 and DKIM d=bluewaterstaffing.example, p=quarantine; delivered into Bluewater's self-hosted Postfix box. --authserv-id ${boxOf(BW)}, --recipient-domain ${BW}. Wanted: authenticated (the agency's own domain, "staffing" is no desk word).`,
    eml: await deliver(
      {
        from: '"BlueWater Onboarding" <onboarding@bluewaterstaffing.example>',
        envelope: `bounces+3114114-9a1-${BW_READER.replace('@', '=')}@em3114.bluewaterstaffing.example`,
        relay: STAFFING,
        signers: [['bluewaterstaffing.example', 's1']],
        policy: 'QUARANTINE',
        subject: 'Onboarding pack: J. Mendes starts Monday',
        body: 'Hello Sam,\r\n\r\nJ. Mendes starts on Monday. The timesheet approver guide and site induction form are attached.\r\n\r\nBlueWater Onboarding\r\n',
        messageId: '<114i.staffing.Zq@geopod-ismtpd-3>',
      },
      'box',
      BW_READER,
      'i',
    ),
    args: argsFor('box', BW),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld114-box-loyalty-total-rewards-team',
    cls: 'firm-shares-word',
    about: `Genuine: a casino's loyalty programme mails a member's tier statement as "Total Rewards Team" <team@rewards.harbourcasino.example> through Amazon SES (custom MAIL FROM bounce.rewards.harbourcasino.example, DKIM d=rewards.harbourcasino.example and d=amazonses.com), to his work address at ${BW}, self-hosted box. Wanted: authenticated ("Total Rewards" is an HR desk's phrase only beside the reader's organisation's name).`,
    eml: await deliver(
      {
        from: '"Total Rewards Team" <team@rewards.harbourcasino.example>',
        envelope: '0100019a114c0ffe-1-000000@bounce.rewards.harbourcasino.example',
        relay: SES,
        signers: [
          ['rewards.harbourcasino.example', 'hc1'],
          ['amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'],
        ],
        policy: 'REJECT',
        subject: 'Your Platinum tier statement',
        body: 'Hello Sam,\r\n\r\nYou earned 4,210 tier credits this year. Your Platinum status is confirmed for 2027.\r\n\r\nTotal Rewards Team\r\n',
        messageId: '<0100019a114c0ffe-1-000000@email.amazonses.com>',
        extra: ['List-Unsubscribe: <https://rewards.harbourcasino.example/unsubscribe?m=114>'],
      },
      'box',
      BW_READER,
      'j',
    ),
    args: argsFor('box', BW),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld114-gmail-pandadoc-partner-people-operations',
    cls: 'firm-shares-word',
    about: `Genuine: a partner firm's HR sends a secondment agreement through PandaDoc, "Harbourline People Operations via PandaDoc" <docs@email.pandadoc.net>, Reply-To people@harbourline.example, every pass, to a reader at ${BW}. Gmail, --recipient-domain ${BW}. Wanted: authenticated (another firm's desk).`,
    eml: await deliver(
      pandadoc(
        'Harbourline People Operations',
        '"Harbourline People Operations" <people@harbourline.example>',
        'Secondment Agreement - S. Ortiz',
        BW_READER,
        'k',
      ),
      'gmail',
      BW_READER,
      'k',
    ),
    args: argsFor('gmail', BW),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld114-outlook-docusign-north-bank-lofts-leasing',
    cls: 'firm-shares-word',
    about: `Genuine: the reader rents at North Bank Lofts, whose leasing office sends the lease renewal through DocuSign to his work address at Northbank (${NB}): "North Bank Lofts Leasing Office via Docusign" <dse_na2@docusign.net>, Reply-To "North Bank Lofts Leasing Office" <leasing@northbanklofts.example> (DocuSign writes its user's own name and address there), every pass. Exchange Online, --recipient-domain ${NB}. Wanted: authenticated (a two-word name that joins into the reader's, but no desk of his: "office" is generic and stands beside "Leasing").`,
    eml: await deliver(
      docusign(
        'North Bank Lofts Leasing Office',
        '"North Bank Lofts Leasing Office" <leasing@northbanklofts.example>',
        'Lease Renewal - Unit 4C',
        'l',
      ),
      'outlook',
      NB_READER,
      'l',
    ),
    args: argsFor('outlook', NB),
    expect: PASSES,
  });

  // ---- The reader's own employer's HR platforms ----
  emit(write, {
    name: 'realworld114-box-ukg-pro-own-domain-from',
    cls: 'own-hr-platform',
    about: `Genuine: the reader's employer runs UKG Pro, which sends in the customer's own From, "Tidewater HR" <hr@${TW}>, from secmail.ultipro.com [208.86.168.7], envelope hr@${TW} authorised by include:_spf.ultipro.com in ${TW}'s SPF, DKIM d=ultipro.com (not aligned; UKG's help), delivered into the organisation's own Postfix box. --authserv-id ${boxOf(TW)}, --recipient-domain ${TW}. Wanted: authenticated (aligned SPF pass for the organisation's own domain).`,
    eml: await deliver(
      {
        from: `"Tidewater HR" <hr@${TW}>`,
        envelope: `hr@${TW}`,
        relay: UKG,
        signers: [['ultipro.com', 'ukg1']],
        policy: 'QUARANTINE',
        subject: 'Action required: acknowledge the 2027 holiday calendar',
        body: 'Hello Robin,\r\n\r\nPlease acknowledge the 2027 holiday calendar in UKG Pro under Myself > Documents.\r\n\r\nTidewater HR\r\n',
        messageId: '<114m.ukgpro.notify@ultipro.com>',
      },
      'box',
      TW_READER,
      'm',
    ),
    args: argsFor('box', TW),
    expect: NOT_WARNED,
  });
  emit(write, {
    name: 'realworld114-outlook-ukg-pro-own-domain-from',
    cls: 'own-hr-platform',
    about: `Genuine: the same UKG Pro notice read in Exchange Online (EOP: SPF pass for ${TW}, DKIM pass d=ultipro.com, DMARC pass, compauth pass). --recipient-domain ${TW}. Wanted: authenticated or unverified, never a warning.`,
    eml: await deliver(
      {
        from: `"Tidewater HR" <hr@${TW}>`,
        envelope: `hr@${TW}`,
        relay: UKG,
        signers: [['ultipro.com', 'ukg1']],
        policy: 'QUARANTINE',
        subject: 'Your W-2 consent is on file',
        body: 'Hello Robin,\r\n\r\nYour consent to receive Form W-2 electronically is on file in UKG Pro.\r\n\r\nTidewater HR\r\n',
        messageId: '<114n.ukgpro.notify@ultipro.com>',
      },
      'outlook',
      TW_READER,
      'n',
    ),
    args: argsFor('outlook', TW),
    expect: NOT_WARNED,
  });
  emit(write, {
    name: 'realworld114-gmail-bamboohr-company-named-people-team',
    cls: 'own-hr-platform',
    about: `Genuine: Bluewater's own BambooHR account, company name set by its administrator to "Bluewater People Team", asks the reader to approve a timesheet: "Bluewater People Team" <notifications@app.bamboohr.com> (BambooHR's one notice address for every customer, per its help), through SendGrid with DKIM d=bamboohr.com. Gmail, --recipient-domain ${BW}. Wanted: not a warning (BambooHR is not read as a platform whose user names itself: README's kept gap for the attack).`,
    eml: await deliver(
      {
        from: '"Bluewater People Team" <notifications@app.bamboohr.com>',
        envelope: `bounces+7731114-ef14-${BW_READER.replace('@', '=')}@em.bamboohr.com`,
        relay: BAMBOO,
        signers: [['bamboohr.com', 's1']],
        policy: 'QUARANTINE',
        subject: 'Hours ready for approval',
        body: 'Hi Sam,\r\n\r\nHours for the pay period ending 15 November are ready for your approval.\r\n\r\nReview in BambooHR: https://bluewater.bamboohr.com/time_tracking\r\n',
        messageId: '<114o.bamboo.notify@app.bamboohr.com>',
      },
      'gmail',
      BW_READER,
      'o',
    ),
    args: argsFor('gmail', BW),
    expect: NOT_WARNED,
  });
}
