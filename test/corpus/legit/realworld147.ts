// Real-world delivery shapes, hundred-and-forty-seventh round: reported-phishing mail and bounces
// that carry another message, read with and without `--attached` (lib/cli/inspect.ts,
// lib/cli/batch/attached.ts attachedMessage, lib/attached.ts attachedBy/vouches,
// lib/findings/attached.ts). The outer message is a colleague's or a system's own and must read as
// such; with --attached the inner one is judged by itself. Organisations: Corvid Freight on Google
// Workspace (corvid-freight.example, Gmail), Harbourline on Exchange Online (rounds-kit HL_*), and
// the reader's self-hosted Postfix/Dovecot box (mx.reader.example, rounds-kit readerZone).
// Shapes: Gmail "Forward as attachment" to security@ (inner: the bank's signed statement intact,
// re-encoded by a report add-in, or a spoof of a p=none vendor); Microsoft's Report Message add-in
// to the tenant's reporting mailbox ("Phishing:" prefix, .eml); KnowBe4's Phish Alert Button and
// Proofpoint PhishAlarm forwarding from the reporter's own mailbox; Thunderbird's forward as
// attachment submitted with SASL on the box; Postfix's own bounce (message/rfc822, and
// text/rfc822-headers over bounce_size_limit); Gmail's DSN from mailer-daemon@googlemail.com; an
// Exchange Online NDR from the tenant's MicrosoftExchange… system mailbox.
// Attack twins (makeTwins / makeAllTwins, for an adversarial wrapper as realworld139's: a legit
// module promises never to read spoofed): a DSN dressed as the reader's own box's bounce sent from
// outside with a null envelope, a "PhishAlarm report" forged as the colleague and carrying a forged
// "genuine" bank delivery, and the colleague's genuine reports of real phish (inner must read as
// what it is).
// Where the layouts were learnt (`search`, pages and code corpora):
// - KnowBe4 PAB: support.knowbe4.com "Phish Alert Button (PAB) Product Manual", "Technical Benefits
//   of the PAB" (non-simulated reports forwarded to designated addresses "such as phishalert@",
//   "typically attached"; PhishER reporting addresses). The PAB's report Subject and MIME were NOT
//   confirmed: modelled as Exchange's own forward-as-attachment MIME from the reporter's mailbox
//   (the add-in forwards through the mailbox, EWS/Graph), Subject "Phish Alert: …" assumed.
// - Proofpoint PhishAlarm: help.proofpoint.com "Security Awareness PhishAlarm Configuration" (the
//   add-in forwards the reported email to defined addresses, an abuse box); the PhishAlarm admin
//   guide (scribd 510309118) was found but not read. Its Subject and any X- rows NOT confirmed.
// - usecure's Phish Alert notification (help.usecure.io 5907921): a report built through the
//   Office JavaScript API is "a reproduction … in a sanitized form" without the original headers:
//   the basis for the re-encoded inner case (bytes not the sender's).
// - DSNs: rgl/MailBounceDetector README (multipart/report; report-type=delivery-status, the
//   message/delivery-status part, Reporting-MTA / Final-Recipient / Action / Status /
//   Remote-MTA / Diagnostic-Code, then message/rfc822), SparkPost Momentum's
//   ec_rfc3464_delivery_status example (From: Mail Delivery System <Mailer-Daemon@…>, Return-Path:
//   <>); Postfix bounce(8). Postfix's exact text ("This is the mail system at host …") recalled.
// - Exchange Online NDRs: learn.microsoft.com "Email non-delivery reports and SMTP errors in
//   Exchange Online", support.microsoft.com "Failed delivery messages from the postmaster …"; the
//   system mailbox name MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<tenant domain> and
//   the text/rfc822-headers part recalled, NOT confirmed from stored raw NDRs.
// - Gmail's DSN (mailer-daemon@googlemail.com, d=googlemail.com, sent from mail-sor-f*.google.com
//   with a null envelope, spf checked on the HELO): recalled, NOT confirmed from stored pages.
// - Microsoft's reporting-mailbox format ("Phishing:" prefix, original as .eml): attached.ts's
//   source (MicrosoftDocs submissions-user-reported-messages-custom-mailbox.md).
// NOT modelled (no layout found in time): Cofense Reporter, Mimecast's report button, a quarantine
// release notice.
// Names and addresses are documentation ones except Google's and Microsoft's own hosts and
// ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import {
  ARGS,
  ATTACHED_BOX,
  ATTACHED_GMAIL,
  ATTACHED_OUTLOOK,
  BANK,
  BANK_KEY,
  type CorpusCase,
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
import {
  exchangeAlternative,
  exchangeItemMessage,
  gmailForwardAsAttachment,
  onTop,
  received,
  submitted,
  thunderbirdWithEml,
} from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';
import {
  ATTACKER_RELAY,
  BANK_ENVELOPE,
  BANK_RELAY,
  bankNotice,
  DANA_SERVER,
  exoInternal,
  HL,
  HL_TENANT,
  HL_ZONE,
  probeCorpus,
  readerZone,
} from '../rounds-kit';

// ---- Expectations -----------------------------------------------------------------------------
/** Genuine and checkable: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] };
/** The original a colleague attached, vouched for: read by its own delivery, nobody an outsider. */
const INNER_PASSES: CaseExpectation = {
  verdict: 'authenticated',
  absentFindings: ['attached-by-outsider'],
  fields: { 'dmarc.result': 'pass' },
};
/** Genuine, but its bytes are not the sender's (re-encoded by a tool): never a warning. */
const HONEST: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };
/** A system's own notice that nothing signs end to end: never a warning. */
const NOT_WARNED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };

// ---- The bank's genuine statement and the lures ---------------------------------------------------
const H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
const STATEMENT_BODY =
  'Dear customer,\r\n\r\nyour November statement is ready in online banking. For your security we never ask for your card number, PIN or one-time codes by e-mail or phone.\r\n\r\nNorthbank\r\n';
const statement = (to: string, id: string) =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to,
      subject: 'Your November statement is ready',
      date: 'Fri, 20 Nov 2026 08:00:00 +0000',
      messageId: `<stmt-${id}@mail.northbank.example>`,
      body: STATEMENT_BODY,
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: H },
  );
/**
 * What a report add-in that rebuilds the message (Office JavaScript API) sends: the same header,
 * the body re-wrapped as quoted-printable at 76 columns. The signature no longer verifies.
 */
function reencoded(raw: string): string {
  const at = raw.indexOf('\r\n\r\n');
  const body = raw
    .slice(at + 4)
    .split('\r\n')
    .map((l) => (l.length > 75 ? `${l.slice(0, 75)}=\r\n${l.slice(75)}` : l))
    .join('\r\n');
  return `${raw.slice(0, at)}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body}`;
}

/** A supplier with DMARC p=none: its spoof fails DMARC at monitoring only. */
const VENDOR = 'brightline-packaging.example';
const vendorLure = (to: string) =>
  submitted({
    from: `Brightline Packaging Accounts <accounts@${VENDOR}>`,
    to,
    subject: 'Updated bank details for invoice BP-4471',
    date: 'Fri, 20 Nov 2026 08:10:00 +0000',
    messageId: '<bp-4471-x@mail.attacker.example>',
    body: 'Hello,\r\n\r\nplease note our new bank details for invoice BP-4471 (attached). Kindly settle today.\r\n\r\nAccounts\r\n',
  });
const VENDOR_ZONE = {
  [VENDOR]: { TXT: ['v=spf1 ip4:198.51.100.40 -all'] },
  [`_dmarc.${VENDOR}`]: { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@brightline-packaging.example'] },
};
const ATTACKER_ZONE = {
  ...ptr(ATTACKER_RELAY.ip, ATTACKER_RELAY.rdns),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_RELAY.ip} -all`] },
};
const BANK_ZONE = { ...BANK, ...BANK_KEY, ...ptr(BANK_RELAY.ip, BANK_RELAY.rdns) };

// ---- Corvid Freight on Google Workspace ---------------------------------------------------------
const CF = 'corvid-freight.example';
const MINA = `mina.osei@${CF}`;
const SECURITY = `security@${CF}`;
const CF_ZONE = {
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
  [CF]: { TXT: ['v=spf1 include:_spf.google.com ~all'], MX: [{ priority: 1, exchange: 'smtp.google.com' }] },
  [`google._domainkey.${CF}`]: KEY(),
  [`_dmarc.${CF}`]: { TXT: ['v=DMARC1; p=quarantine'] },
};
const GMAIL_ARGS = [...GMAIL, '--recipient-domain', CF];
const GMAIL_ATT = [...ATTACHED_GMAIL, '--recipient-domain', CF];

/** The original as Mina's Gmail holds it. */
const gmailIn = (raw: string, relay: Relay, envelope: string, results: string, n: string) =>
  gmailDelivery(raw, {
    relay,
    envelope,
    results,
    ids: [`x147csp${n}pxa`, `a147si${n}qtb.42`],
    to: MINA,
    spf: /spf=pass/.test(results) ? 'pass' : 'fail',
    deliveredTo: true,
  });

/** Mina's "Forward as attachment" to security@, signed by the Workspace domain, as security@ gets it. */
async function minaReports(original: string, subject: string, text: string, n: string): Promise<string> {
  const report = gmailForwardAsAttachment({
    from: `Mina Osei <${MINA}>`,
    to: SECURITY,
    subject,
    date: 'Fri, 20 Nov 2026 10:12:40 +0000',
    text,
    original,
    filename: `${subject.replace(/^Fwd: /, '').slice(0, 40)}.eml`,
    mixed: `000000000000a147${n}0605c8f2a1b3`,
    alt: `000000000000a147${n}0305c8f2a1b1`,
    messageId: `CAH147${n}x+Qe9vR2kL0mN3pT@mail.gmail.com`,
    attachmentId: `f_m3q147${n}0`,
  });
  const signed = await signAll(
    report,
    [[CF, 'google']],
    ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
  );
  return gmailDelivery(signed, {
    relay: GMAIL_OUT,
    envelope: MINA,
    results: `${gmailDkim(CF, 'google')}\r\n       ${gmailSpf(MINA, GMAIL_OUT.ip)}\r\n       ${gmailDmarc(CF, 'QUARANTINE')}`,
    ids: [`x147csr${n}pxa`, `a147sr${n}qtb.17`],
    to: SECURITY,
    spf: 'pass',
    deliveredTo: true,
  });
}

// ---- Harbourline on Exchange Online ---------------------------------------------------------------
const DANA = 'Dana Whitfield <dana.whitfield@harbourline.example>';
const DANA_ADDR = '<dana.whitfield@harbourline.example>';
const OUT_ATT = [...ATTACHED_OUTLOOK, '--recipient-domain', HL];
const OUT_ARGS = [...OUTLOOK, '--recipient-domain', HL];
const eopIn = (raw: string, spec: ReturnType<typeof eopPass>, returnPath: string) =>
  eopDelivery(raw, {
    ...spec,
    returnPath,
    bottom: [
      `X-MS-Exchange-CrossTenant-Id: ${HL_TENANT}`,
      'X-MS-Exchange-Organization-Network-Message-Id: 6a2e0c41-7b3f-4d2a-8e19-f5a0b7c3d147',
      'X-MS-Exchange-Organization-SCL: 1',
    ],
  });
function exchangeReport(o: {
  subject: string;
  to: string;
  text: string;
  original: string;
  id: string;
  date: string;
}) {
  const html = `<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii"></head><body><div>${o.text.replace(/\r\n/g, '<br>')}</div></body></html>`;
  return exoInternal(
    exchangeItemMessage({
      from: DANA,
      to: o.to,
      subject: o.subject,
      threadTopic: o.subject.replace(/^[^:]+: /, ''),
      threadIndex: 'AQHbWq1c2x5Vf0m9T0KpX3hPz147bA==',
      date: o.date,
      messageId: `${o.id}@${DANA_SERVER}`,
      language: 'en-GB',
      mixed: `_002_${o.id}namp_`,
      first: exchangeAlternative(`_000_${o.id}namp_`, o.text, html),
      disposition:
        'attachment;\r\n\tcreation-date="Fri, 20 Nov 2026 10:14:01 GMT";\r\n\tmodification-date="Fri, 20 Nov 2026 10:14:01 GMT"',
      item: o.original,
    }),
    DANA_ADDR,
    o.date,
  );
}

// ---- The reader's own box ---------------------------------------------------------------------------
const ROBIN = 'robin@reader.example';
const BOX_IP = '203.0.113.25';
const BOX_ZONE = {
  ...readerZone('p=quarantine'),
  'reader.example': { TXT: [`v=spf1 ip4:${BOX_IP} -all`], MX: [{ priority: 10, exchange: RECEIVER }] },
};
const BOX_ATT = [...ATTACHED_BOX, '--recipient-domain', 'reader.example'];
const BOX_ARGS = [...ARGS, '--recipient-domain', 'reader.example'];
const boxAr = (body: string) => `Authentication-Results: ${RECEIVER};\r\n\t${body}`;

/** A DSN: Postfix's text, the delivery-status part and the returned message or its header. */
function postfixBounce(o: {
  to: string;
  rcpt: string;
  returned: string;
  headersOnly?: boolean;
  id: string;
  remote: string;
  diagnostic: string;
}): string {
  const b = `${o.id}.1795255210/${RECEIVER}`;
  const returned = o.headersOnly ? o.returned.slice(0, o.returned.indexOf('\r\n\r\n') + 2) : o.returned;
  return [
    `Date: Fri, 20 Nov 2026 10:40:10 +0000 (UTC)`,
    `From: MAILER-DAEMON@${RECEIVER} (Mail Delivery System)`,
    'Subject: Undelivered Mail Returned to Sender',
    `To: ${o.to}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="${b}"`,
    'Content-Transfer-Encoding: 8bit',
    `Message-Id: <20261120104010.${o.id}@${RECEIVER}>`,
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${b}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    `This is the mail system at host ${RECEIVER}.`,
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    '                   The mail system',
    '',
    `<${o.rcpt}>: host ${o.remote} said: ${o.diagnostic} (in reply to RCPT TO command)`,
    '',
    `--${b}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${RECEIVER}`,
    `X-Postfix-Queue-ID: ${o.id}`,
    `X-Postfix-Sender: rfc822; ${o.to}`,
    'Arrival-Date: Fri, 20 Nov 2026 10:40:07 +0000 (UTC)',
    '',
    `Final-Recipient: rfc822; ${o.rcpt}`,
    `Original-Recipient: rfc822;${o.rcpt}`,
    'Action: failed',
    'Status: 5.1.1',
    `Remote-MTA: dns; ${o.remote}`,
    `Diagnostic-Code: smtp; ${o.diagnostic}`,
    '',
    `--${b}`,
    `Content-Description: ${o.headersOnly ? 'Undelivered Message Headers' : 'Undelivered Message'}`,
    `Content-Type: ${o.headersOnly ? 'text/rfc822-headers' : 'message/rfc822'}`,
    'Content-Transfer-Encoding: 8bit',
    '',
    returned,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
}

/** Robin's own message as the box queued it: submitted with a login, signed by OpenDKIM. */
const robinsMail = (to: string) =>
  signCorpus(
    onTop(
      submitted({
        from: `Robin Reader <${ROBIN}>`,
        to,
        subject: 'Pallet count for Monday',
        date: 'Fri, 20 Nov 2026 10:40:05 +0000',
        messageId: '<7c1e2f90-147a-4b1d-9e55-3a0d9b2c147e@reader.example>',
        body: 'Hi,\r\n\r\nwe will need 14 pallets on Monday, not 12.\r\n\r\nRobin\r\n',
      }),
      `Received: from [192.168.1.44] (unknown [198.51.100.147])\r\n\t(Authenticated sender: robin)\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4Zq147A0\r\n\tfor <${to.replace(/^.*<|>$/g, '')}>; Fri, 20 Nov 2026 10:40:07 +0000 (UTC)`,
    ),
    { domain: 'reader.example', selector: 'dkim', headerList: H },
  );

/** The box's own bounce to Robin: local pickup, Dovecot's LMTP, null envelope. */
const boxDelivers = (raw: string, id: string) =>
  onTop(
    raw,
    'Return-Path: <>',
    `Delivered-To: ${ROBIN}`,
    dovecotLmtp(RECEIVER, '', ROBIN, `aB147${id}mVtHwAA0J78UA`, 'Fri, 20 Nov 2026 10:40:10 +0000'),
    `Received: by ${RECEIVER} (Postfix)\r\n\tid ${id}; Fri, 20 Nov 2026 10:40:10 +0000 (UTC)`,
  );

// ---- Exchange Online NDR -----------------------------------------------------------------------------
const EXO_SYSTEM = `MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${HL}`;

// ---- Gmail DSN --------------------------------------------------------------------------------------
const GMAIL_BOUNCER: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};

// ---------------------------------------------------------------------------------------------------
// Fixed at 08:58 on 2026-12-06:
// - realworld147-box-postfix-bounce-own-unsigned-mail-attached read "spoofed" (dmarc-fail:high,
//   attached-by-outsider:medium): the reader's own Postfix box bounced Robin's unsigned message, and
//   with --attached the returned copy was read with no delivery (lib/attached.ts vouches refused the
//   bounce: inside the receiver, but no login, `with mapi` or webmail mark). A delivery status
//   notification the receiver wrote itself (inside the receiver, null envelope, From MAILER-DAEMON or
//   postmaster, multipart/report; report-type=delivery-status) now vouches (receiverReport), and an
//   original the organisation attached is read for a login submission too (lib/analyze.ts): the
//   copy's ESMTPSA line is Robin's own login. Unverified.
// - realworld147-m365-ndr-system-mailbox-inside-tenant read unverified with display-name-brand:medium
//   ("the name says Microsoft"): Exchange Online's own NDR from "Microsoft Outlook"
//   <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tenant>, inside the tenant.
//   lib/findings/display-name.ts exchangeSystemMailbox: that system mailbox, inside one Exchange
//   Online organisation under the Outlook profile, claims no brand. Unverified, no warning.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

/** Genuine cases that must never read spoofed, pending ones left out. */
export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (PENDING_ENGINE_FIX.has(name)) return;
    const notVerdict = [...new Set([...(c.meta.expect.notVerdict ?? []), 'spoofed'])];
    write(name, { ...c, meta: { ...c.meta, expect: { ...c.meta.expect, notVerdict } } });
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'genuine');
}

/** The attack twins and the inner phish, for an adversarial wrapper (as realworld139-twins.ts). */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAllTwins, PENDING_ENGINE_FIX, write);
}

export async function makeAllTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

async function writeCases(write: CaseWriter, mode: 'genuine' | 'twins'): Promise<void> {
  const emit = (c: CorpusCase & { attack?: boolean }) => {
    if (Boolean(c.attack) === (mode === 'twins')) emitCase(write, c);
  };

  // ==== Gmail "Forward as attachment" by a Workspace colleague ====
  const bankAtMina = gmailIn(
    await statement(`Mina Osei <${MINA}>`, '147a'),
    BANK_RELAY,
    BANK_ENVELOPE,
    `${gmailDkim('northbank.example', 'nb1')}\r\n       ${gmailSpf(BANK_ENVELOPE, BANK_RELAY.ip)}\r\n       ${gmailDmarc('northbank.example')}`,
    'A',
  );
  const reportA = await minaReports(
    bankAtMina,
    'Fwd: Your November statement is ready',
    'Is this really from Northbank? I do not remember signing up for e-statements.\r\n\r\nMina',
    'a',
  );
  emit({
    name: 'realworld147-gmail-fwd-attachment-colleague-report-outer',
    class: 'report-gmail',
    about: `Genuine: Mina (Workspace, ${CF}) forwards the bank's statement as an attachment to ${SECURITY}; read without --attached, the outer message is Mina's own report: DKIM d=${CF}, SPF and DMARC pass at Google's outbound host. Gmail profile. Wanted: authenticated for Mina's domain, no warning about the bank message it carries.`,
    eml: reportA,
    zone: { ...CF_ZONE, ...BANK_ZONE },
    args: GMAIL_ARGS,
    expect: { ...PASSES, fields: { 'dmarc.result': 'pass', 'from.domain': CF } },
    twin: true,
  });
  emit({
    name: 'realworld147-gmail-fwd-attachment-genuine-bank-intact',
    class: 'report-gmail-attached',
    about: `Genuine: the same report read with --attached: the bank's statement, attached byte for byte as message/rfc822 by Gmail, signed nb1 by northbank.example, delivered to Mina from the bank's own server (Gmail recorded spf/dkim/dmarc pass). Mina's report vouches (authenticated, From at the domain of Delivered-To). Wanted: authenticated, no attached-by-outsider.`,
    eml: reportA,
    zone: { ...CF_ZONE, ...BANK_ZONE },
    args: GMAIL_ATT,
    expect: { ...INNER_PASSES, fields: { 'dmarc.result': 'pass', 'origin.ip': BANK_RELAY.ip } },
  });
  emit({
    name: 'realworld147-gmail-fwd-attachment-genuine-bank-intact-no-recipient-domain',
    class: 'report-gmail-attached',
    about: `Genuine: the same, read with only --webmail gmail --attached (no --recipient-domain): Mina's report is vouched by Gmail's own Delivered-To: ${SECURITY}, the very domain of its From. Wanted: authenticated.`,
    eml: reportA,
    zone: { ...CF_ZONE, ...BANK_ZONE },
    args: ATTACHED_GMAIL,
    expect: INNER_PASSES,
  });
  {
    const reencodedAtMina = gmailIn(
      reencoded(await statement(`Mina Osei <${MINA}>`, '147b')),
      BANK_RELAY,
      BANK_ENVELOPE,
      `${gmailDkim('northbank.example', 'nb1')}\r\n       ${gmailSpf(BANK_ENVELOPE, BANK_RELAY.ip)}\r\n       ${gmailDmarc('northbank.example')}`,
      'B',
    );
    emit({
      name: 'realworld147-gmail-report-addin-bank-reencoded-vouched',
      class: 'report-gmail-attached',
      about: `Genuine, bytes not the sender's: a report add-in rebuilt the attached statement (body re-wrapped as quoted-printable), so the bank's nb1 signature no longer verifies; Gmail's delivery record above it (dkim=pass, spf=pass, dmarc=pass at ${BANK_RELAY.ip}) is vouched by Mina's authenticated report. --attached, Gmail profile. Wanted: never spoofed or suspicious (authenticated on the receiver's vouched record, or unverified).`,
      eml: await minaReports(
        reencodedAtMina,
        'Fwd: Your November statement is ready',
        'Reported with the add-in. Looks like the bank but please check.\r\n\r\nMina',
        'b',
      ),
      zone: { ...CF_ZONE, ...BANK_ZONE },
      args: GMAIL_ATT,
      expect: HONEST,
    });
  }
  {
    const phishAtMina = gmailIn(
      bankNotice(`Mina Osei <${MINA}>`),
      ATTACKER_RELAY,
      BANK_ENVELOPE,
      `${gmailSpf(BANK_ENVELOPE, ATTACKER_RELAY.ip, 'fail')}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
      'C',
    );
    const report = await minaReports(
      phishAtMina,
      'Fwd: Your November statement: payment could not be collected',
      'This one asks for my card. Phish?\r\n\r\nMina',
      'c',
    );
    emit({
      name: 'realworld147-gmail-fwd-attachment-bank-phish-outer',
      class: 'report-gmail',
      about: `Genuine: Mina forwards a bank spoof as attachment; read without --attached the outer message is hers and must read authenticated, never a warning about the phish it carries.`,
      eml: report,
      zone: { ...CF_ZONE, ...BANK_ZONE, ...ATTACKER_ZONE },
      args: GMAIL_ARGS,
      expect: { ...PASSES, fields: { 'from.domain': CF } },
    });
    emit({
      attack: true,
      name: 'realworld147-gmail-fwd-attachment-bank-phish-inner',
      class: 'report-gmail-attached-phish',
      about: `Genuine report of a real phish, read with --attached: Gmail recorded spf=fail at the attacker's ${ATTACKER_RELAY.ip} and dmarc=fail (p=REJECT) for northbank.example; Mina's report vouches for that record. Wanted: spoofed.`,
      eml: report,
      zone: { ...CF_ZONE, ...BANK_ZONE, ...ATTACKER_ZONE },
      args: GMAIL_ATT,
      expect: SPOOFED,
    });
  }
  {
    const vendorAtMina = gmailIn(
      vendorLure(`Mina Osei <${MINA}>`),
      ATTACKER_RELAY,
      `accounts@${VENDOR}`,
      `${gmailSpf(`accounts@${VENDOR}`, ATTACKER_RELAY.ip, 'fail')}\r\n       ${gmailDmarc(VENDOR, 'NONE', 'fail')}`,
      'D',
    );
    emit({
      name: 'realworld147-gmail-fwd-attachment-vendor-p-none-phish-inner',
      class: 'report-gmail-attached-phish',
      about: `Genuine report of a real phish, --attached: a spoof of a supplier whose DMARC is p=none, from the attacker's server; Gmail recorded spf=fail, dmarc=fail (p=NONE). Reads unverified with dmarc-fail and spf-fail: README verdict row 15 (policy-none) by choice, the owner asks nothing and a forward without SRS looks the same; recorded here so a change shows. Wanted: never authenticated, never spoofed.`,
      eml: await minaReports(
        vendorAtMina,
        'Fwd: Updated bank details for invoice BP-4471',
        'Changed bank details out of the blue. Forwarding before I pay anything.\r\n\r\nMina',
        'd',
      ),
      zone: { ...CF_ZONE, ...VENDOR_ZONE, ...ATTACKER_ZONE },
      args: GMAIL_ATT,
      expect: { verdict: 'unverified', findings: ['dmarc-fail', 'spf-fail'], notVerdict: ['authenticated'] },
    });
  }

  // ==== Microsoft's Report Message add-in / KnowBe4 PAB / PhishAlarm from Exchange Online ====
  {
    const bankAtDana = eopIn(
      await statement(DANA, '147e'),
      eopPass(
        BANK_RELAY,
        'northbank.example',
        'dkim=pass (signature was verified)\r\n header.d=northbank.example',
        'northbank.example',
      ),
      `<${BANK_ENVELOPE}>`,
    );
    const date = 'Fri, 20 Nov 2026 10:14:02 +0000';
    const report = exchangeReport({
      subject: 'Phishing: Your November statement is ready',
      to: `phish@${HL}`,
      text: `This message was reported as phishing by dana.whitfield@${HL}.`,
      original: bankAtDana,
      id: 'PH7PR11MB8600147E0B3C4D5E6F708192A3B4C5D6',
      date,
    });
    emit({
      name: 'realworld147-m365-report-message-reporting-mailbox-outer',
      class: 'report-m365',
      about: `Genuine: Microsoft's built-in Report button sends the statement to the tenant's reporting mailbox phish@${HL} ("Phishing:" prefix, the original as .eml): mail inside one Exchange Online organisation (MAPI, HTTPS). Outlook profile, without --attached. Wanted: not a warning (a colleague's internal mail).`,
      eml: report,
      zone: { ...HL_ZONE, ...BANK_ZONE },
      args: OUT_ARGS,
      expect: NOT_WARNED,
      twin: true,
    });
    emit({
      name: 'realworld147-m365-report-message-genuine-bank-intact',
      class: 'report-m365-attached',
      about: `Genuine: the same report with --attached: the bank's statement EOP received from ${BANK_RELAY.ip} (spf, dkim d=northbank.example, dmarc pass), attached intact; the internal report vouches. Wanted: authenticated.`,
      eml: report,
      zone: { ...HL_ZONE, ...BANK_ZONE },
      args: OUT_ATT,
      expect: { ...INNER_PASSES, fields: { 'dmarc.result': 'pass', 'origin.ip': BANK_RELAY.ip } },
    });
  }
  {
    const bankAtDana = eopIn(
      await statement(DANA, '147f'),
      eopPass(
        BANK_RELAY,
        'northbank.example',
        'dkim=pass (signature was verified)\r\n header.d=northbank.example',
        'northbank.example',
      ),
      `<${BANK_ENVELOPE}>`,
    );
    const date = 'Fri, 20 Nov 2026 10:16:30 +0000';
    emit({
      name: 'realworld147-m365-knowbe4-pab-genuine-bank-intact',
      class: 'report-m365-attached',
      about: `Genuine: KnowBe4's Phish Alert Button forwards the reported statement from Dana's own mailbox to phishalert@${HL} (the "designated address" of the PAB manual), the original attached: inside the tenant. --attached, Outlook profile. Subject "Phish Alert: …" assumed. Wanted: authenticated.`,
      eml: exchangeReport({
        subject: 'Phish Alert: Your November statement is ready',
        to: `phishalert@${HL}`,
        text: 'Reported via the Phish Alert Button. Disposition: Phish/Suspicious. Comment: not sure, never had e-statements.',
        original: bankAtDana,
        id: 'PH7PR11MB8600147F1C2D3E4F5A6B7C8D9E0F1A2B',
        date,
      }),
      zone: { ...HL_ZONE, ...BANK_ZONE },
      args: OUT_ATT,
      expect: INNER_PASSES,
    });
  }
  {
    const spoofAtDana = eopDelivery(bankNotice(DANA), {
      ip: ATTACKER_RELAY.ip,
      helo: ATTACKER_RELAY.helo,
      ar: `spf=fail (sender IP is ${ATTACKER_RELAY.ip})\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
      spf: `Fail (protection.outlook.com: domain of northbank.example does not designate\r\n ${ATTACKER_RELAY.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ATTACKER_RELAY.ip}; helo=${ATTACKER_RELAY.helo};`,
      returnPath: `<${BANK_ENVELOPE}>`,
      bottom: [`X-MS-Exchange-CrossTenant-Id: ${HL_TENANT}`, 'X-MS-Exchange-Organization-SCL: 5'],
    });
    const date = 'Fri, 20 Nov 2026 10:18:44 +0000';
    const report = exchangeReport({
      subject: 'FW: Your November statement: payment could not be collected',
      to: `phishalarm@${HL}`,
      text: 'Reported with PhishAlarm.',
      original: spoofAtDana,
      id: 'PH7PR11MB8600147G2D3E4F5A6B7C8D9E0F1A2B3C',
      date,
    });
    emit({
      name: 'realworld147-m365-phishalarm-bank-phish-outer',
      class: 'report-m365',
      about: `Genuine: Proofpoint PhishAlarm forwards a bank spoof (junked by EOP, SCL 5) from Dana's mailbox to the abuse box; without --attached it is Dana's internal mail. Outlook profile. Wanted: not a warning.`,
      eml: report,
      zone: { ...HL_ZONE, ...BANK_ZONE, ...ATTACKER_ZONE },
      args: OUT_ARGS,
      expect: NOT_WARNED,
    });
    emit({
      attack: true,
      name: 'realworld147-m365-phishalarm-bank-phish-inner',
      class: 'report-m365-attached-phish',
      about: `Genuine report of a real phish, --attached: EOP recorded spf=fail, dmarc=fail action=oreject, compauth=fail for northbank.example from ${ATTACKER_RELAY.ip}. Wanted: spoofed.`,
      eml: report,
      zone: { ...HL_ZONE, ...BANK_ZONE, ...ATTACKER_ZONE },
      args: OUT_ATT,
      expect: SPOOFED,
    });
  }

  // ==== Thunderbird forward as attachment on the reader's own box ====
  {
    const bankAtRobin = onTop(
      await statement(`Robin Reader <${ROBIN}>`, '147h'),
      `Return-Path: <${BANK_ENVELOPE}>`,
      `Delivered-To: ${ROBIN}`,
      dovecotLmtp(
        RECEIVER,
        BANK_ENVELOPE,
        ROBIN,
        'kP147Hm0XmVtHwAA0J78UA',
        'Fri, 20 Nov 2026 08:00:04 +0000',
      ),
      boxAr(
        `dkim=pass (2048-bit key; unprotected) header.d=northbank.example header.i=@northbank.example header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=${BANK_ENVELOPE};\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
      ),
      received({
        ...BANK_RELAY,
        by: RECEIVER,
        id: '4Zq147H0',
        for: ROBIN,
        date: 'Fri, 20 Nov 2026 08:00:03 +0000',
      }),
    );
    const tb = thunderbirdWithEml({
      from: `Robin Reader <${ROBIN}>`,
      to: 'IT Security <security@reader.example>',
      subject: 'Fwd: Your November statement is ready',
      date: 'Fri, 20 Nov 2026 10:30:12 +0000',
      text: 'Is this one real? Forwarded as attachment as you asked.\r\n\r\nRobin',
      original: bankAtRobin,
      filename: 'Your November statement is ready.eml',
      boundary: '------------147hT0pQx2vR8sLmN4bK1cZ',
      messageId: '3f1c147a-9b2e-4d8c-a1f0-6e5d4c3b2a19@reader.example',
      eightBit: true,
    });
    const signed = await signCorpus(tb, { domain: 'reader.example', selector: 'dkim', headerList: H });
    emit({
      name: 'realworld147-box-thunderbird-fwd-attachment-genuine-bank-intact',
      class: 'report-box-attached',
      about: `Genuine: Robin's Thunderbird "Forward As Attachment" to security@ on the firm's own Postfix box, submitted with SASL (ESMTPSA), OpenDKIM-signed; the attached statement carries the box's own delivery (OpenDKIM/OpenDMARC results, Dovecot LMTP). --attached, --authserv-id ${RECEIVER}. Wanted: authenticated.`,
      eml: onTop(
        signed,
        'Return-Path: <robin@reader.example>',
        'Delivered-To: security@reader.example',
        dovecotLmtp(
          RECEIVER,
          ROBIN,
          'security@reader.example',
          'kP147Hm1XmVtHwAA0J78UA',
          'Fri, 20 Nov 2026 10:30:14 +0000',
        ),
        `Received: from [192.168.1.44] (unknown [198.51.100.147])\r\n\t(Authenticated sender: robin)\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4Zq147H1\r\n\tfor <security@reader.example>; Fri, 20 Nov 2026 10:30:13 +0000 (UTC)`,
      ),
      zone: { ...BOX_ZONE, ...BANK_ZONE },
      args: BOX_ATT,
      expect: { ...INNER_PASSES, fields: { 'dmarc.result': 'pass', 'origin.ip': BANK_RELAY.ip } },
    });
  }

  // ==== Bounces ====
  {
    const returned = await robinsMail('Yard Office <yard@harbour-depot.example>');
    const dsn = boxDelivers(
      postfixBounce({
        to: ROBIN,
        rcpt: 'yard@harbour-depot.example',
        returned,
        id: '4Zq147J0',
        remote: 'mx.harbour-depot.example[198.51.100.90]',
        diagnostic:
          '550 5.1.1 <yard@harbour-depot.example>: Recipient address rejected: User unknown in virtual mailbox table',
      }),
      '4Zq147J9',
    );
    emit({
      name: 'realworld147-box-postfix-bounce-own-mail-outer',
      class: 'bounce-box',
      about: `Genuine: the reader's own Postfix box bounces Robin's message (550 5.1.1 at the remote MX): From MAILER-DAEMON@${RECEIVER} (Mail Delivery System), Return-Path <>, the box's local pickup line and Dovecot LMTP, multipart/report with message/delivery-status and the returned message/rfc822. --authserv-id ${RECEIVER}. Wanted: never a warning (the box's own notice; nothing outside ever touched it).`,
      eml: dsn,
      zone: { ...BOX_ZONE },
      args: BOX_ARGS,
      expect: NOT_WARNED,
      twin: true,
    });
    emit({
      name: 'realworld147-box-postfix-bounce-own-mail-attached',
      class: 'bounce-box-attached',
      about: `Genuine: the same bounce with --attached: the returned message is Robin's own, as the box queued it after OpenDKIM signed it at submission (d=reader.example, selector dkim). Wanted: authenticated by its own signature; never spoofed (it is the reader's own mail).`,
      eml: dsn,
      zone: { ...BOX_ZONE },
      args: BOX_ATT,
      expect: { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] },
    });
    {
      const unsigned = onTop(
        submitted({
          from: `Robin Reader <${ROBIN}>`,
          to: 'Yard Office <yard@harbour-depot.example>',
          subject: 'Pallet count for Monday',
          date: 'Fri, 20 Nov 2026 10:40:05 +0000',
          messageId: '<7c1e2f90-147b-4b1d-9e55-3a0d9b2c147e@reader.example>',
          body: 'Hi,\r\n\r\nwe will need 14 pallets on Monday, not 12.\r\n\r\nRobin\r\n',
        }),
        `Received: from [192.168.1.44] (unknown [198.51.100.147])\r\n\t(Authenticated sender: robin)\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4Zq147P0\r\n\tfor <yard@harbour-depot.example>; Fri, 20 Nov 2026 10:40:07 +0000 (UTC)`,
      );
      emit({
        name: 'realworld147-box-postfix-bounce-own-unsigned-mail-attached',
        class: 'bounce-box-attached',
        about: `Genuine: the box does not DKIM-sign (no OpenDKIM; many small boxes), so the bounce returns Robin's own message with only the box's ESMTPSA line. --attached, --authserv-id ${RECEIVER}, --recipient-domain reader.example (p=quarantine). Wanted: never spoofed: the reader's own box wrote the bounce and the returned copy, Robin submitted it with a login; "unverified" is honest.`,
        eml: boxDelivers(
          postfixBounce({
            to: ROBIN,
            rcpt: 'yard@harbour-depot.example',
            returned: unsigned,
            id: '4Zq147P1',
            remote: 'mx.harbour-depot.example[198.51.100.90]',
            diagnostic:
              '550 5.1.1 <yard@harbour-depot.example>: Recipient address rejected: User unknown in virtual mailbox table',
          }),
          '4Zq147P9',
        ),
        zone: { ...BOX_ZONE },
        args: BOX_ATT,
        expect: { notVerdict: ['spoofed', 'suspicious'], absentFindings: ['attached-by-outsider'] },
      });
    }
    emit({
      name: 'realworld147-box-postfix-bounce-headers-only',
      class: 'bounce-box',
      about: `Genuine: the same bounce over Postfix's bounce_size_limit returns only the header (text/rfc822-headers). Read without --attached. Wanted: never a warning.`,
      eml: boxDelivers(
        postfixBounce({
          to: ROBIN,
          rcpt: 'yard@harbour-depot.example',
          returned,
          headersOnly: true,
          id: '4Zq147K0',
          remote: 'mx.harbour-depot.example[198.51.100.90]',
          diagnostic: '552 5.3.4 Message size exceeds fixed limit',
        }),
        '4Zq147K9',
      ),
      zone: { ...BOX_ZONE },
      args: BOX_ARGS,
      expect: NOT_WARNED,
    });
  }
  {
    // Gmail's DSN for a Workspace user: from mailer-daemon@googlemail.com, null envelope, Google's host.
    const original = await signAll(
      submitted({
        from: `Mina Osei <${MINA}>`,
        to: 'bookings@quayside-lines.example',
        subject: 'Booking 88213: container release',
        date: 'Fri, 20 Nov 2026 10:05:00 +0000',
        messageId: '<CAH147gx+Qe9vR2kL0mN3pT@mail.gmail.com>',
        body: 'Hello,\r\n\r\nplease release container CFRU 441207-3 for collection on Monday.\r\n\r\nMina\r\n',
      }),
      [[CF, 'google']],
      H,
    );
    const b = '000000000000147g0605c8f2a1b3';
    const dsn = await signAll(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        `To: ${MINA}`,
        'Auto-Submitted: auto-replied',
        'Subject: Delivery Status Notification (Failure)',
        'References: <CAH147gx+Qe9vR2kL0mN3pT@mail.gmail.com>',
        'In-Reply-To: <CAH147gx+Qe9vR2kL0mN3pT@mail.gmail.com>',
        'X-Failed-Recipients: bookings@quayside-lines.example',
        'Message-ID: <6747b2f0.050a0220.147g.0000.GMR@mx.google.com>',
        'Date: Fri, 20 Nov 2026 02:05:09 -0800 (PST)',
        'MIME-Version: 1.0',
        `Content-Type: multipart/report; boundary="${b}"; report-type=delivery-status`,
        '',
        `--${b}`,
        'Content-Type: text/plain; charset="UTF-8"',
        '',
        "Address not found: Your message wasn't delivered to bookings@quayside-lines.example because the address couldn't be found, or is unable to receive mail.",
        '',
        `--${b}`,
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; googlemail.com',
        'Arrival-Date: Fri, 20 Nov 2026 02:05:01 -0800 (PST)',
        '',
        'Final-Recipient: rfc822; bookings@quayside-lines.example',
        'Action: failed',
        'Status: 5.1.1',
        'Remote-MTA: dns; mx.quayside-lines.example. (198.51.100.95, the server for the domain quayside-lines.example.)',
        'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
        '',
        `--${b}`,
        'Content-Type: message/rfc822',
        '',
        original,
        '',
        `--${b}--`,
        '',
      ].join('\r\n'),
      [['googlemail.com', '20230601']],
      [
        'from',
        'to',
        'subject',
        'date',
        'message-id',
        'references',
        'in-reply-to',
        'mime-version',
        'content-type',
      ],
    );
    emit({
      name: 'realworld147-gmail-dsn-googlemail-mailer-daemon',
      class: 'bounce-gmail',
      about: `Genuine: Gmail's own "Delivery Status Notification (Failure)" to a Workspace user, From mailer-daemon@googlemail.com, DKIM d=googlemail.com, sent from ${GMAIL_BOUNCER.rdns} with a null envelope (Gmail's SPF on the HELO), the bounced message attached as message/rfc822. Gmail profile. Wanted: authenticated for googlemail.com (its own aligned signature).`,
      eml: gmailDelivery(dsn, {
        relay: GMAIL_BOUNCER,
        envelope: '',
        results: `${gmailDkim('googlemail.com', '20230601')}\r\n       spf=pass (google.com: domain of postmaster@${GMAIL_BOUNCER.helo} designates ${GMAIL_BOUNCER.ip} as permitted sender) smtp.helo=${GMAIL_BOUNCER.helo};\r\n       ${gmailDmarc('googlemail.com', 'QUARANTINE')}`,
        ids: ['x147cspGpxa', 'a147siGqtb.42'],
        to: MINA,
        deliveredTo: true,
      }),
      zone: {
        ...CF_ZONE,
        ...ptr(GMAIL_BOUNCER.ip, GMAIL_BOUNCER.rdns),
        '20230601._domainkey.googlemail.com': KEY(),
        '_dmarc.googlemail.com': { TXT: ['v=DMARC1; p=quarantine; sp=quarantine'] },
        'googlemail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
        [GMAIL_BOUNCER.helo]: { A: [GMAIL_BOUNCER.ip], TXT: ['v=spf1 ip4:209.85.128.0/17 -all'] },
      },
      args: GMAIL_ARGS,
      expect: { ...PASSES, fields: { 'dmarc.result': 'pass' } },
      twin: true,
    });
  }
  {
    // Exchange Online's NDR from the tenant's system mailbox, inside the tenant.
    const b = '_003_PH7PR11MB8600147L0000000000namp_';
    const ndr = [
      `From: Microsoft Outlook <${EXO_SYSTEM}>`,
      `To: ${DANA}`,
      'Date: Fri, 20 Nov 2026 10:50:03 +0000',
      'Content-Type: multipart/report; report-type=delivery-status;',
      `\tboundary="${b}"`,
      'X-MS-Exchange-Message-Is-Ndr:',
      'Content-Language: en-US',
      'Message-ID: <1f0e147l-2c3d-4e5f-a6b7-c8d9e0f1a2b3@PH7PR11MB8600.namprd11.prod.outlook.com>',
      'In-Reply-To: <PH7PR11MB8600147LAAAA@PH7PR11MB8600.namprd11.prod.outlook.com>',
      'Subject: Undeliverable: Pallet schedule week 48',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      '',
      `--${b}`,
      'Content-Type: text/plain; charset="us-ascii"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      "Your message to ops@quayside-lines.example couldn't be delivered.",
      "ops wasn't found at quayside-lines.example.",
      '',
      `--${b}`,
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;PH7PR11MB8600.namprd11.prod.outlook.com',
      'Received-From-MTA: dns;PH7PR11MB8600.namprd11.prod.outlook.com',
      'Arrival-Date: Fri, 20 Nov 2026 10:50:00 +0000',
      '',
      'Final-Recipient: rfc822;ops@quayside-lines.example',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp;550 5.1.1 User unknown',
      'Remote-MTA: dns;mx.quayside-lines.example',
      '',
      `--${b}`,
      'Content-Type: text/rfc822-headers',
      '',
      `From: ${DANA}`,
      'To: ops@quayside-lines.example',
      'Subject: Pallet schedule week 48',
      'Date: Fri, 20 Nov 2026 10:49:58 +0000',
      'Message-ID: <PH7PR11MB8600147LAAAA@PH7PR11MB8600.namprd11.prod.outlook.com>',
      '',
      '',
      `--${b}--`,
      '',
    ].join('\r\n');
    emit({
      name: 'realworld147-m365-ndr-system-mailbox-inside-tenant',
      class: 'bounce-m365',
      about: `Genuine: Exchange Online's non-delivery report to Dana from the tenant's system mailbox "Microsoft Outlook" <MicrosoftExchange329e…@${HL}>, generated inside the tenant (MAPI-less system submission shown as the mailbox server's HTTPS delivery), multipart/report with text/rfc822-headers. Outlook profile. Wanted: never a warning.`,
      eml: appendHeaders(
        onTop(
          ndr,
          `Received: from PH7PR11MB8600.namprd11.prod.outlook.com (2603:10b6:510:1d5::12) by\r\n SA1PR11MB6734.namprd11.prod.outlook.com with HTTPS; Fri, 20 Nov 2026 10:50:03 +0000`,
        ),
        `Authentication-Results: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=${HL};`,
        'X-MS-Exchange-Organization-AuthAs: Internal',
        `X-MS-Exchange-Organization-AuthSource: ${DANA_SERVER}`,
        'X-MS-Exchange-Organization-MessageDirectionality: Originating',
        `X-MS-Exchange-CrossTenant-Id: ${HL_TENANT}`,
        'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
        'Return-Path: <>',
      ),
      zone: { ...HL_ZONE },
      args: OUT_ARGS,
      expect: { ...NOT_WARNED, absentFindings: ['display-name-brand'] },
    });
  }

  // ==== Attack twins ====
  {
    // A DSN dressed as the reader's own box's bounce, from outside with a null envelope.
    const fakeReturned = submitted({
      from: `Robin Reader <${ROBIN}>`,
      to: 'Yard Office <yard@harbour-depot.example>',
      subject: 'Pallet count for Monday',
      date: 'Fri, 20 Nov 2026 10:40:05 +0000',
      body: 'Hi,\r\n\r\nRe-send blocked: your mailbox is over quota. Release it at https://reader-mailbox.example.attacker.example/release\r\n',
    });
    const dsn = postfixBounce({
      to: ROBIN,
      rcpt: 'yard@harbour-depot.example',
      returned: fakeReturned,
      id: '4Zq147M0',
      remote: 'mx.harbour-depot.example[198.51.100.90]',
      diagnostic:
        '552 5.2.2 Mailbox quota exceeded: release held mail at https://reader-mailbox.example.attacker.example/release',
    });
    emit({
      attack: true,
      name: 'realworld147-box-forged-own-bounce-from-outside-attack-twin',
      class: 'bounce-box-attack-twin',
      about: `Attack twin: the attacker sends a "Mail Delivery System" bounce From MAILER-DAEMON@${RECEIVER} with MAIL FROM <> from its own server (SPF on its HELO mail.attacker.example passes), the box's OpenDMARC records dmarc=fail for ${RECEIVER} (reader.example p=quarantine). Without --attached. Wanted: not trusted (never authenticated or unverified).`,
      eml: onTop(
        dsn,
        'Return-Path: <>',
        `Delivered-To: ${ROBIN}`,
        dovecotLmtp(RECEIVER, '', ROBIN, 'aB147MmVtHwAA0J78UA', 'Fri, 20 Nov 2026 10:40:12 +0000'),
        boxAr(`dmarc=fail (p=quarantine dis=none) header.from=${RECEIVER}`),
        boxAr(`spf=pass smtp.helo=${ATTACKER_RELAY.helo}`),
        received({
          ...ATTACKER_RELAY,
          by: RECEIVER,
          id: '4Zq147M1',
          for: ROBIN,
          date: 'Fri, 20 Nov 2026 10:40:11 +0000',
        }),
      ),
      zone: {
        ...BOX_ZONE,
        ...ATTACKER_ZONE,
        [ATTACKER_RELAY.helo]: { A: [ATTACKER_RELAY.ip], TXT: [`v=spf1 ip4:${ATTACKER_RELAY.ip} -all`] },
      },
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
      twin: true,
    });
  }
  {
    // A "PhishAlarm report" forged as the colleague, carrying a forged "genuine" bank delivery.
    const forgedInner = onTop(
      bankNotice(`Robin Reader <${ROBIN}>`),
      `Return-Path: <${BANK_ENVELOPE}>`,
      `Delivered-To: ${ROBIN}`,
      dovecotLmtp(
        RECEIVER,
        BANK_ENVELOPE,
        ROBIN,
        'kP147Nm0XmVtHwAA0J78UA',
        'Fri, 20 Nov 2026 08:00:04 +0000',
      ),
      boxAr(
        `dkim=none;\r\n\tspf=pass smtp.mailfrom=${BANK_ENVELOPE};\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
      ),
      received({
        ...BANK_RELAY,
        by: RECEIVER,
        id: '4Zq147N0',
        for: ROBIN,
        date: 'Fri, 20 Nov 2026 08:00:03 +0000',
      }),
    );
    const tb = thunderbirdWithEml({
      from: 'IT Security <security@reader.example>',
      to: `Robin Reader <${ROBIN}>`,
      subject: 'PhishAlarm: reported message cleared as safe',
      date: 'Fri, 20 Nov 2026 10:55:00 +0000',
      text: 'The message you reported was analysed and is SAFE. You may act on it (attached).\r\n\r\nIT Security',
      original: forgedInner,
      filename: 'reported.eml',
      boundary: '------------147nF0rGeDx2vR8sLmN4bK1',
      messageId: '147n-forged@reader.example',
    });
    const eml = onTop(
      tb,
      'Return-Path: <security@reader.example>',
      `Delivered-To: ${ROBIN}`,
      dovecotLmtp(
        RECEIVER,
        'security@reader.example',
        ROBIN,
        'kP147Nm1XmVtHwAA0J78UA',
        'Fri, 20 Nov 2026 10:55:03 +0000',
      ),
      boxAr(
        `dkim=none;\r\n\tspf=fail smtp.mailfrom=security@reader.example;\r\n\tdmarc=fail (p=quarantine dis=none) header.from=reader.example`,
      ),
      received({
        ...ATTACKER_RELAY,
        by: RECEIVER,
        id: '4Zq147N1',
        for: ROBIN,
        date: 'Fri, 20 Nov 2026 10:55:02 +0000',
      }),
    );
    const zone = { ...BOX_ZONE, ...BANK_ZONE, ...ATTACKER_ZONE };
    emit({
      attack: true,
      name: 'realworld147-box-forged-phishalarm-cleared-outer-attack-twin',
      class: 'report-box-attack-twin',
      about: `Attack twin: an "IT Security" PhishAlarm verdict From security@reader.example sent from the attacker's server (the box recorded spf=fail, dmarc=fail). Without --attached. Wanted: not trusted.`,
      eml,
      zone,
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
    });
    emit({
      attack: true,
      name: 'realworld147-box-forged-phishalarm-cleared-inner-attack-twin',
      class: 'report-box-attack-twin',
      about: `Attack twin, --attached: the forged report carries the bank's unsigned lure with delivery lines forged as the box's own (spf=pass, dmarc=pass at ${BANK_RELAY.ip}). The report fails DMARC, so it vouches for nothing. Wanted: not trusted (spoofed: northbank.example p=reject, no signature).`,
      eml,
      zone,
      args: BOX_ATT,
      expect: NOT_TRUSTED,
    });
  }
}
