// Red-team probes, round 113 (December 2026): payroll, HR and e-signature platforms as lure
// carriers. The attacker opens his own trial account on the platform, names it after the reader's
// company ("Tidewater Payroll", "Tidewater Compensation"), and sends "direct deposit change", "W-2
// available", "sign the updated handbook": the platform's mail is genuinely signed, SPF passes.
// What lib/ knows (lib/findings/platforms.ts CUSTOMERS_PLATFORMS, lib/findings/domains.ts BRANDS,
// lib/findings/reader-org.ts outsidersName / namesDeskOf, lib/findings/desk-words.ts DESK_WORDS):
// DocuSign (docusign.net), Adobe Acrobat Sign (adobesign.com, a domain of the Adobe brand) and
// Dropbox Sign (hellosign.com, Dropbox's) have their "<user> via <platform>" name read as the
// user's; Workday's <tenant>@myworkday.com is an instance platform; BambooHR's one shared address is
// a kept gap (README), Gusto's notices carry Gusto's own name. Probed here:
// - PandaDoc, which is neither a customers' platform nor a brand: "Tidewater Payroll via PandaDoc"
//   <docs@email.pandadoc.net> is read as no one's chosen name at all. PandaDoc's sending addresses
//   (docs@email.pandadoc.net, docs@transactional.pandadoc.net, no-reply@system.pandadoc.net) from
//   its help article "Why documents don't get delivered" (support.pandadoc.com/hc/en-us/articles/
//   360007915873); public mail filters list docs@email.pandadoc.net as its notice sender (code
//   corpus). The "<sender> via PandaDoc" name form is recalled (no public header found), relayed by
//   SendGrid with a branded reverse name and bounce domain, as realworld109 modelled Gusto.
// - The e-signature platforms lib/ knows, under HR and payroll desk names that DESK_WORDS does not
//   hold: "Compensation", "Total Rewards", "Onboarding" (the words of a pay statement, a benefits
//   statement and a new hire's W-4), and the organisation's name split in two ("Tide Water Payroll").
//   Adobe Acrobat Sign's "<user> via Adobe Acrobat Sign" <adobesign@adobesign.com> through SES and
//   Dropbox Sign's "<user> via Dropbox Sign" <noreply@mail.hellosign.com> through SendGrid as
//   realworld7 learnt them (Adobe's help "Users don't receive notification emails", a college help
//   desk's Dropbox Sign article); DocuSign's "<user> via Docusign" <dse_na2@docusign.net> from its
//   own relay mailna2.docusign.net as realworld84 (DocuSign Trust Center "Identify legitimate
//   DocuSign emails").
// - Genuine controls: another firm's own account named as itself (its own desk) to a reader outside
//   it, and the reader's own employer's payroll notice from its own Workday tenant
//   ("Tidewater Payroll" <tidewater@myworkday.com>, Workday's tenant address as realworld82).
// Names and addresses are documentation ones except the platforms' own names, hosts and ranges
// (SendGrid 149.72.0.0/16, SES 54.240.0.0/18, DocuSign 64.207.219.0/24, Workday's relay); every key
// is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  NOT_SUSPICIOUS,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  type Relay,
  signAll,
} from '../kit';
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
  policy: string;
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

// PandaDoc on SendGrid, its branded reverse name (modelled: no public PandaDoc header was found).
const PANDADOC: Relay = {
  helo: 'o113.ptr2291.email.pandadoc.net',
  rdns: 'o113.ptr2291.email.pandadoc.net',
  ip: '149.72.113.41',
};
// Adobe Acrobat Sign through Amazon SES (realworld7).
const SES: Relay = {
  helo: 'a8-31.smtp-out.amazonses.com',
  rdns: 'a8-31.smtp-out.amazonses.com',
  ip: '54.240.8.31',
};
// Dropbox Sign through SendGrid (realworld7).
const HELLOSIGN: Relay = {
  helo: 'o1.ptr4521.sendgrid.net',
  rdns: 'o1.ptr4521.sendgrid.net',
  ip: '149.72.154.87',
};
// DocuSign's own NA2 relay (realworld84).
const DSE: Relay = { helo: 'mailna2.docusign.net', rdns: 'mailna2.docusign.net', ip: '64.207.219.84' };
// Workday's outbound relay (realworld82's shape).
const WORKDAY: Relay = { helo: 'mx1.myworkday.com', rdns: 'mx1.myworkday.com', ip: '208.92.230.14' };

const SENDGRID_SPF = 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 -all';

const ZONE = {
  ...ptr(PANDADOC.ip, PANDADOC.rdns),
  ...ptr(SES.ip, SES.rdns),
  ...ptr(HELLOSIGN.ip, HELLOSIGN.rdns),
  ...ptr(DSE.ip, DSE.rdns),
  ...ptr(WORKDAY.ip, WORKDAY.rdns),
  ...txt('sendgrid.net', SENDGRID_SPF),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 -all'),
  // PandaDoc
  ...txt('em2291.email.pandadoc.net', 'v=spf1 include:sendgrid.net -all'),
  ...key('pandadoc.net', 's1'),
  ...dmarc('pandadoc.net', 'quarantine'),
  // Adobe Acrobat Sign
  ...txt('mail.adobesign.com', 'v=spf1 include:amazonses.com -all'),
  ...key('adobesign.com', 'na1'),
  ...key('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'),
  ...dmarc('adobesign.com', 'reject'),
  // Dropbox Sign
  ...txt('em.mail.hellosign.com', SENDGRID_SPF),
  ...key('mail.hellosign.com', 's1'),
  ...dmarc('hellosign.com', 'quarantine'),
  // DocuSign
  ...txt('docusign.net', 'v=spf1 ip4:64.207.219.0/24 ip4:64.207.216.0/22 -all'),
  ...key('docusign.net', 's1'),
  ...dmarc('docusign.net', 'reject'),
  // Workday
  ...txt('myworkday.com', `v=spf1 ip4:208.92.230.0/24 -all`),
  ...key('myworkday.com', 'wd1'),
  ...dmarc('myworkday.com', 'reject'),
  // The reader's organisation and the partner firm.
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('harbourline.example', 'reject'),
  ...txt('harbourline.example', 'v=spf1 include:_spf.google.com -all'),
};

async function atGmail(s: Sent, n: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: [
      gmailDkim(d, sel),
      gmailSpf(s.envelope, s.relay.ip),
      gmailDmarc(domainOf(s.from), s.policy),
    ].join('\r\n       '),
    ids: [`x113csp${n}pxa`, `a113si${n}qtb.113`],
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

const deliver = (s: Sent, reader: 'gmail' | 'outlook', n: string) =>
  reader === 'gmail' ? atGmail(s, n) : atOutlook(s);
const readerArgs = (reader: 'gmail' | 'outlook') => [...(reader === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER];

const pandadoc = (name: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `"${name} via PandaDoc" <docs@email.pandadoc.net>`,
  envelope: `bounces+2291113-${n}f0-robin.reader=tidewater.example@em2291.email.pandadoc.net`,
  relay: PANDADOC,
  signers: [['pandadoc.net', 's1']],
  policy: 'QUARANTINE',
  subject: `${name} sent you "${doc}"`,
  body: `${name} has sent you a document to review and sign.\r\n\r\n${doc}\r\n\r\nOpen the document: https://app.pandadoc.com/document/v2?token=113${n}example\r\n\r\nPowered by PandaDoc\r\n`,
  messageId: `<113${n}.pd.Yk2W@email.pandadoc.net>`,
  extra: [`Reply-To: ${replyTo}`],
});

const adobeSign = (name: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `${name} via Adobe Acrobat Sign <adobesign@adobesign.com>`,
  envelope: `0100019a1b2c3d4e-aabb${n}113-eeff-0011-2233-445566778899-000000@mail.adobesign.com`,
  relay: SES,
  signers: [
    ['adobesign.com', 'na1'],
    ['amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'],
  ],
  policy: 'REJECT',
  subject: `Signature requested on "${doc}"`,
  body: `${name} has requested your signature on ${doc}.\r\n\r\nReview and sign: https://secure.na1.adobesign.com/public/esignWidget?wid=113${n}example\r\n\r\nPowered by Adobe Acrobat Sign\r\n`,
  messageId: `<113${n}.sign.4Hq@adobesign.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

const dropboxSign = (name: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `${name} via Dropbox Sign <noreply@mail.hellosign.com>`,
  envelope: `bounces+3141592-${n}b13-robin.reader=tidewater.example@em.mail.hellosign.com`,
  relay: HELLOSIGN,
  signers: [['mail.hellosign.com', 's1']],
  policy: 'QUARANTINE',
  subject: `${name} has requested your signature on ${doc}`,
  body: `${name} has requested your signature on ${doc}.\r\n\r\nReview & Sign: https://app.hellosign.com/sign/113${n}example\r\n\r\nDropbox Sign\r\n`,
  messageId: `<113${n}.ds.9pQ@mail.hellosign.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

const docusign = (name: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `"${name} via Docusign" <dse_na2@docusign.net>`,
  envelope: 'dse_na2@docusign.net',
  relay: DSE,
  signers: [['docusign.net', 's1']],
  policy: 'REJECT',
  subject: `Complete with Docusign: ${doc}`,
  body: `${name} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT: https://na2.docusign.net/Signing/EmailStart.aspx?a=113${n}example\r\n\r\nPowered by Docusign\r\n`,
  messageId: `<113${n}c0de@docusign.net>`,
  extra: [`Reply-To: ${replyTo}`],
});

// Fixed at 21:34 on 2026-12-05: PandaDoc's "via" names are read (lib/findings/platforms.ts
// CUSTOMERS_PLATFORMS holds pandadoc.net); "compensation" and "onboarding" are desk words and
// "total rewards", "people operations", "employee services" desk phrases beside the organisation's
// name (lib/findings/desk-words.ts DESK_WORDS, ORG_DESK_PHRASES); deskBeside
// (lib/findings/reader-org.ts joinedName) joins two or three words that write the organisation's
// name apart ("Tide Water Payroll").
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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe113-${c.cls}` });

// The attacker's own account address, on a bland domain of his (a free mailbox's Reply-To is a
// medium finding of its own, lib/findings/reply-to.ts), under the account's own name, as the
// platforms write the sending user in Reply-To.
const STAFFDOCS = 'staffdocs-portal.example';
const attackerReply = (name: string, local: string) => `"${name}" <${local}@${STAFFDOCS}>`;

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- PandaDoc: an unknown platform's "via" name ----
  emit(write, {
    name: 'probe113-gmail-pandadoc-tidewater-payroll-direct-deposit',
    cls: 'pandadoc',
    about: `The attacker opens a PandaDoc trial under the name "Tidewater Payroll" and sends "Direct Deposit Authorization - update required": "Tidewater Payroll via PandaDoc" <docs@email.pandadoc.net>, Reply-To his own account address "Tidewater Payroll" <payroll@${STAFFDOCS}>, signed d=pandadoc.net through SendGrid, SPF and DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org, as the same name via Docusign reads).`,
    eml: await deliver(
      pandadoc(
        'Tidewater Payroll',
        attackerReply('Tidewater Payroll', 'payroll'),
        'Direct Deposit Authorization - update required',
        'a',
      ),
      'gmail',
      'a',
    ),
    args: readerArgs('gmail'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe113-outlook-pandadoc-tidewater-hr-handbook',
    cls: 'pandadoc',
    about: `As the previous probe, named "Tidewater HR", "Employee Handbook 2027 - signature required", Reply-To "Tidewater HR" <hr@${STAFFDOCS}>, delivered through EOP. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await deliver(
      pandadoc(
        'Tidewater HR',
        attackerReply('Tidewater HR', 'hr'),
        'Employee Handbook 2027 - signature required',
        'b',
      ),
      'outlook',
      'b',
    ),
    args: readerArgs('outlook'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe113-gmail-pandadoc-partner-proposal-control',
    cls: 'control',
    about: `Control: a partner's account manager sends a proposal through PandaDoc, "Dana Whitfield via PandaDoc" <docs@email.pandadoc.net>, Reply-To dana.whitfield@harbourline.example, signed d=pandadoc.net through SendGrid, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await deliver(
      pandadoc(
        'Dana Whitfield',
        'Dana Whitfield <dana.whitfield@harbourline.example>',
        'Harbourline 2027 logistics proposal',
        'c',
      ),
      'gmail',
      'c',
    ),
    args: readerArgs('gmail'),
    expect: AUTHENTICATED,
    twin: true,
  });
  emit(write, {
    name: 'probe113-outlook-pandadoc-partner-hr-own-desk-control',
    cls: 'control',
    about: `Control: a partner firm's own HR sends a contractor agreement under its own desk's name, "Harbourline HR via PandaDoc" <docs@email.pandadoc.net>, Reply-To hr@harbourline.example, every pass, to a reader outside it. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated (another firm's desk, not the reader's).`,
    eml: await deliver(
      pandadoc(
        'Harbourline HR',
        '"Harbourline HR" <hr@harbourline.example>',
        'Independent Contractor Agreement 2027',
        'd',
      ),
      'outlook',
      'd',
    ),
    args: readerArgs('outlook'),
    expect: AUTHENTICATED,
  });

  // ---- Known e-signature platforms, pay and HR desks DESK_WORDS does not hold ----
  emit(write, {
    name: 'probe113-gmail-adobe-sign-tidewater-compensation-statement',
    cls: 'desk-words',
    about: `The attacker's Adobe Acrobat Sign trial named "Tidewater Compensation" asks for a signature on "2027 Compensation Statement and Direct Deposit Form": "Tidewater Compensation via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To the account's own address at ${STAFFDOCS} under the same name, signed d=adobesign.com through SES, DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (the reader's organisation beside its pay desk's name, on an outsider's account).`,
    eml: await deliver(
      adobeSign(
        'Tidewater Compensation',
        attackerReply('Tidewater Compensation', 'compensation'),
        '2027 Compensation Statement and Direct Deposit Form',
        'e',
      ),
      'gmail',
      'e',
    ),
    args: readerArgs('gmail'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe113-outlook-dropbox-sign-tidewater-total-rewards',
    cls: 'desk-words',
    about: `The attacker's Dropbox Sign account named "Tidewater Total Rewards" sends "2027 Benefits Enrollment Confirmation": "Tidewater Total Rewards via Dropbox Sign" <noreply@mail.hellosign.com>, Reply-To "Tidewater Total Rewards" <rewards@${STAFFDOCS}>, signed d=mail.hellosign.com through SendGrid, every pass, delivered through EOP. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await deliver(
      dropboxSign(
        'Tidewater Total Rewards',
        attackerReply('Tidewater Total Rewards', 'rewards'),
        '2027 Benefits Enrollment Confirmation',
        'f',
      ),
      'outlook',
      'f',
    ),
    args: readerArgs('outlook'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe113-gmail-docusign-tidewater-onboarding-w4',
    cls: 'desk-words',
    about: `The attacker's DocuSign trial named "Tidewater Onboarding" sends "Complete with Docusign: Form W-4 and Direct Deposit Enrollment": "Tidewater Onboarding via Docusign" <dse_na2@docusign.net>, Reply-To the account's own address at ${STAFFDOCS} under the same name, signed d=docusign.net from DocuSign's own relay, DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await deliver(
      docusign(
        'Tidewater Onboarding',
        attackerReply('Tidewater Onboarding', 'onboarding'),
        'Form W-4 and Direct Deposit Enrollment',
        'g',
      ),
      'gmail',
      'g',
    ),
    args: readerArgs('gmail'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe113-gmail-dropbox-sign-tide-water-split-payroll',
    cls: 'split-name',
    about: `The attacker's Dropbox Sign account named "Tide Water Payroll" (the reader's organisation drawn as two words) sends "W-2 2026 available - confirm your direct deposit": "Tide Water Payroll via Dropbox Sign" <noreply@mail.hellosign.com>, Reply-To the account's own address at ${STAFFDOCS} under the same name, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await deliver(
      dropboxSign(
        'Tide Water Payroll',
        attackerReply('Tide Water Payroll', 'payroll'),
        'W-2 2026 available - confirm your direct deposit',
        'h',
      ),
      'gmail',
      'h',
    ),
    args: readerArgs('gmail'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe113-gmail-adobe-sign-tidewater-payroll-known-control',
    cls: 'known',
    about: `Reference probe (what lib/ already reads): the attacker's Adobe Acrobat Sign account named "Tidewater Payroll" sends "Direct Deposit Change Authorization": "Tidewater Payroll via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To the account's own address at ${STAFFDOCS} under the same name, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org).`,
    eml: await deliver(
      adobeSign(
        'Tidewater Payroll',
        attackerReply('Tidewater Payroll', 'payroll'),
        'Direct Deposit Change Authorization',
        'i',
      ),
      'gmail',
      'i',
    ),
    args: readerArgs('gmail'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe113-gmail-adobe-sign-partner-compensation-control',
    cls: 'control',
    about: `Control: a partner firm's own compensation desk sends a secondee's pay statement through Adobe Acrobat Sign, "Harbourline Compensation via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To comp@harbourline.example, every pass, to a reader at ${ORG}. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (the firm's own desk, not the reader's).`,
    eml: await deliver(
      adobeSign(
        'Harbourline Compensation',
        '"Harbourline Compensation" <comp@harbourline.example>',
        'Secondment Pay Statement 2027',
        'j',
      ),
      'gmail',
      'j',
    ),
    args: readerArgs('gmail'),
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe113-outlook-dropbox-sign-partner-total-rewards-control',
    cls: 'control',
    about: `Control: a partner firm's Total Rewards team, "Harbourline Total Rewards via Dropbox Sign" <noreply@mail.hellosign.com>, Reply-To "Harbourline Total Rewards" <rewards@harbourline.example>, every pass, to a reader at ${ORG}. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await deliver(
      dropboxSign(
        'Harbourline Total Rewards',
        '"Harbourline Total Rewards" <rewards@harbourline.example>',
        'Secondee Benefits Acknowledgement',
        'k',
      ),
      'outlook',
      'k',
    ),
    args: readerArgs('outlook'),
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe113-gmail-docusign-partner-onboarding-control',
    cls: 'control',
    about: `Control: a partner firm's onboarding desk sends a contractor's forms through DocuSign, "Harbourline Onboarding via Docusign" <dse_na2@docusign.net>, Reply-To onboarding@harbourline.example, every pass, to a reader at ${ORG}. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await deliver(
      docusign(
        'Harbourline Onboarding',
        '"Harbourline Onboarding" <onboarding@harbourline.example>',
        'Contractor onboarding forms',
        'l',
      ),
      'gmail',
      'l',
    ),
    args: readerArgs('gmail'),
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe113-gmail-dropbox-sign-tide-water-person-control',
    cls: 'control',
    about: `Control for the split name: a person whose surname is two words, one of them the reader's organisation's half, "Anna Tide via Dropbox Sign" <noreply@mail.hellosign.com>, Reply-To anna.tide@harbourline.example, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await deliver(
      dropboxSign('Anna Tide', 'Anna Tide <anna.tide@harbourline.example>', 'Lease renewal', 'm'),
      'gmail',
      'm',
    ),
    args: readerArgs('gmail'),
    expect: AUTHENTICATED,
  });

  // ---- The reader's own employer's payroll notice: its own Workday tenant ----
  for (const [reader, n] of [
    ['gmail', 'n'],
    ['outlook', 'o'],
  ] as const)
    emit(write, {
      name: `probe113-${reader}-workday-own-tenant-payroll-genuine`,
      cls: 'own-payroll',
      about: `Genuine: the reader's own employer's Workday tenant tells him his payslip and W-2 are ready, "Tidewater Payroll" <tidewater@myworkday.com> (the tenant address named as the organisation), signed d=myworkday.com from Workday's relay, SPF and DMARC pass. Online, ${reader}, --recipient-domain ${ORG}. Wanted: not suspicious (the organisation's own instance writing its own payroll desk's name).`,
      eml: await deliver(
        {
          from: '"Tidewater Payroll" <tidewater@myworkday.com>',
          envelope: 'tidewater@myworkday.com',
          relay: WORKDAY,
          signers: [['myworkday.com', 'wd1']],
          policy: 'REJECT',
          subject: 'Your W-2 for 2026 is available',
          body: 'Hello Robin,\r\n\r\nYour 2026 Form W-2 is available in Workday under Pay > Tax Documents.\r\n\r\nTidewater Payroll\r\n',
          messageId: `<113${n}.wd.payroll@myworkday.com>`,
        },
        reader,
        n,
      ),
      args: readerArgs(reader),
      expect: NOT_SUSPICIOUS,
      twin: reader === 'gmail',
    });
}
