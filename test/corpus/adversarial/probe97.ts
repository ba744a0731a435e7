// Red-team probes, ninety-seventh round (December 2026): "report phishing" attachments and bounces.
// - lib/attached.ts vouches() / lib/cli/batch/attached.ts attachedMessage(): a colleague's genuine
//   report (Exchange-internal, Outlook profile) vouches for the delivery lines of the FIRST
//   message/rfc822 part, which is never descended into. Probed: an original whose own EOP lines
//   sit on top of a second, attacker-written EOP block (spf/dmarc/compauth pass) below; an original
//   that is a DSN (multipart/report) carrying the forgery as message/rfc822 (a report of a bounce);
//   a report of a report; an attachment re-encoded base64 with LF line ends; a report whose outer
//   message is itself forged (Dana's From, sent from the attacker's address through EOP); and a
//   DSN that is itself the lure ("Undeliverable" from the reader's own postmaster).
// - Layouts: EOP's lines from test/corpus/m365-shapes.ts / receivers.ts (learnt in earlier rounds
//   from Microsoft's published message-header samples); the DSN per RFC 3464 (multipart/report;
//   report-type=delivery-status, message/delivery-status, then message/rfc822 or
//   text/rfc822-headers).
// Earlier rounds (probe13, probe17-probe19) cover inline forwards, free-mail reporters, forms and
// ticket systems; not repeated.

import { ATTACHED_OUTLOOK, BANK, emitCase, NOT_TRUSTED, type Relay, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { exchangeAlternative, exchangeItemMessage } from '../messages';
import { eopDelivery } from '../receivers';
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
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const DANA = `Dana Whitfield <dana.whitfield@${HL}>`;
const DANA_ADDR = `dana.whitfield@${HL}`;
const ARGS = [...ATTACHED_OUTLOOK, '--recipient-domain', HL];
const ZONE = { ...HL_ZONE, ...BANK };

export async function makeAll(write: CaseWriter): Promise<void> {
  cases(write);
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

/** EOP's delivery to Dana's mailbox from `relay`, recording a pass or a fail. */
function eopToDana(raw: string, relay: Relay, envelope: string, pass: boolean): string {
  const ip = relay.ip;
  const mailfrom = envelope.split('@')[1]!;
  return eopDelivery(raw, {
    ip,
    helo: relay.helo,
    ar: pass
      ? `spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${mailfrom};compauth=pass reason=100`
      : `spf=fail (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=${mailfrom};compauth=fail reason=000`,
    spf: `${pass ? 'Pass' : 'Fail'} (protection.outlook.com: domain of ${mailfrom} ${pass ? 'designates' : 'does not designate'}\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${relay.helo};${pass ? ' pr=C' : ''}`,
    returnPath: envelope,
    bottom: [
      `X-MS-Exchange-CrossTenant-Id: ${HL_TENANT}`,
      'X-MS-Exchange-Organization-Network-Message-Id: 9d1e2f3a-4b5c-46d7-8e9f-0a1b2c3d4e5f',
      'X-MS-Exchange-Organization-SCL: 1',
    ],
  });
}

/** Outlook's report with one item attached. */
function report(o: {
  from: string;
  subject: string;
  text: string;
  item: string;
  id: string;
  date: string;
}): string {
  return exchangeItemMessage({
    from: o.from,
    to: `Phish Reports <phish@${HL}>`,
    subject: o.subject,
    threadTopic: o.subject.replace(/^(?:FW|RE): /, ''),
    threadIndex: 'AQHbWr7dQm1Xy0pK9U2nT4hRz8s6cA==',
    date: o.date,
    messageId: `${o.id}@${DANA_SERVER}`,
    language: 'en-GB',
    mixed: `_002_${o.id}namp_`,
    first: exchangeAlternative(
      `_000_${o.id}namp_`,
      o.text,
      `<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii"></head><body><div>${o.text.replace(/\r\n/g, '<br>')}</div></body></html>`,
    ),
    disposition: 'attachment;\r\n\tfilename="suspicious.eml"',
    item: o.item,
  });
}

/** A colleague's genuine report (Exchange-internal) of `item`. */
const danaReports = (item: string, id: string, date: string, subject = 'FW: Northbank statement') =>
  exoInternal(
    report({ from: DANA, subject, text: 'Is this real?\r\n\r\nDana', item, id, date }),
    DANA_ADDR,
    date,
  );

/** RFC 3464 DSN: text, delivery-status, then the returned message (or its headers). */
function dsn(o: {
  from: string;
  to: string;
  inner: string;
  headersOnly?: boolean;
  boundary: string;
}): string {
  const b = o.boundary;
  const inner = o.headersOnly ? o.inner.split(/\r\n\r\n/)[0]! : o.inner;
  return [
    `From: ${o.from}`,
    `To: ${o.to}`,
    'Subject: Undeliverable: Northbank statement',
    'Date: Fri, 20 Nov 2026 09:59:40 +0000',
    `Message-ID: <dsn-${b}@${HL}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Delivery has failed to these recipients or groups. Your message could not be delivered.',
    'Sign in to release it: https://harbourline-mail.attacker.example/release',
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${DANA_SERVER}`,
    '',
    `Final-Recipient: rfc822; ${DANA_ADDR}`,
    'Action: failed',
    'Status: 5.7.1',
    '',
    `--${b}`,
    `Content-Type: ${o.headersOnly ? 'text/rfc822-headers' : 'message/rfc822'}`,
    '',
    inner,
    `--${b}--`,
    '',
  ].join('\r\n');
}

function cases(write: CaseWriter): void {
  const date = 'Fri, 20 Nov 2026 10:14:02 +0000';
  // The attacker's forged EOP delivery of the bank's notice to Dana (all its text).
  const forgedDelivery = eopToDana(bankNotice(DANA), BANK_RELAY, BANK_ENVELOPE, true);
  // What really reached Dana: that forgery, sent from the attacker's address; EOP's real lines on top.
  const reallyDelivered = eopToDana(forgedDelivery, ATTACKER_RELAY, BANK_ENVELOPE, false);

  emitCase(write, {
    name: 'probe97-att-m365-real-eop-over-seeded-eop-block',
    about:
      'Dana (a genuine Exchange-internal report) forwards as attachment what really reached her: the bank notice sent from 198.51.100.66, on which EOP wrote its own fail results, over a whole EOP block the attacker wrote beforehand (entry from 192.0.2.10, spf/dmarc/compauth pass). The engine must read the topmost EOP record and entry, not the seeded block. Wanted: spoofed',
    class: 'attached-seeded-delivery',
    args: ARGS,
    eml: danaReports(reallyDelivered, 'PH7PR11MB8600A1B2C3D4E5F6A7B8C9D0E1F2A3B4', date),
    zone: ZONE,
    expect: SPOOFED,
  });

  // A bounce lure: "Undeliverable" from Harbourline's postmaster, sent from the attacker's address.
  const bounce = dsn({
    from: `Microsoft Outlook <postmaster@${HL}>`,
    to: DANA,
    inner: forgedDelivery,
    boundary: 'dsn97a',
  });
  const bounceDelivered = eopToDana(bounce, ATTACKER_RELAY, `postmaster@${HL}`, false);
  emitCase(write, {
    name: 'probe97-att-m365-report-of-dsn-carrying-forgery',
    about:
      'Dana reports a "delivery failure" that carries the forged bank delivery as message/rfc822 inside a multipart/report. The report’s first attached message is the DSN as EOP delivered it (from the attacker’s address, Harbourline p=reject); attachedMessage() never descends into it, so the forgery inside is never the original. Wanted: spoofed (the DSN fails Harbourline’s DMARC)',
    class: 'attached-dsn',
    args: ARGS,
    eml: danaReports(bounceDelivered, 'PH7PR11MB8600B2C3D4E5F6A7B8C9D0E1F2A3B4C5', date, 'FW: Undeliverable'),
    zone: ZONE,
    expect: SPOOFED,
  });

  // The same DSN where only the headers are returned (text/rfc822-headers).
  const bounceHeaders = eopToDana(
    dsn({
      from: `Microsoft Outlook <postmaster@${HL}>`,
      to: DANA,
      inner: forgedDelivery,
      headersOnly: true,
      boundary: 'dsn97b',
    }),
    ATTACKER_RELAY,
    `postmaster@${HL}`,
    false,
  );
  emitCase(write, {
    name: 'probe97-att-m365-report-of-dsn-rfc822-headers',
    about:
      'As above, the bounce returning only the forgery’s header block as text/rfc822-headers (RFC 3464 allows either). That part is no message/rfc822 and must never be taken for the original. Wanted: spoofed',
    class: 'attached-dsn',
    args: ARGS,
    eml: danaReports(bounceHeaders, 'PH7PR11MB8600C3D4E5F6A7B8C9D0E1F2A3B4C5D6', date, 'FW: Undeliverable'),
    zone: ZONE,
    expect: SPOOFED,
  });

  // A report of a report: the attacker mails Dana a "report" (From: security@harbourline) carrying the forgery.
  const innerReport = eopToDana(
    report({
      from: `Security Desk <security@${HL}>`,
      subject: 'FW: Northbank statement',
      text: 'Verified genuine by Security, please pay.',
      item: forgedDelivery,
      id: 'SA1PR11MB6734D4E5F6A7B8C9D0E1F2A3B4C5D6E7',
      date: 'Fri, 20 Nov 2026 10:05:00 +0000',
    }),
    ATTACKER_RELAY,
    `security@${HL}`,
    false,
  );
  emitCase(write, {
    name: 'probe97-att-m365-report-of-forged-report',
    about:
      'A report of a report: the attacker sends Dana a forged "Security Desk" report (From security@harbourline.example, from 198.51.100.66) carrying the forged bank delivery, and Dana reports that. The original is the forged report as EOP delivered it; the forgery inside must not be reached through Dana’s vouching. Wanted: spoofed',
    class: 'attached-nested',
    args: ARGS,
    eml: danaReports(innerReport, 'PH7PR11MB8600D4E5F6A7B8C9D0E1F2A3B4C5D6E7', date),
    zone: ZONE,
    expect: SPOOFED,
  });

  // The report itself forged: Dana's From, sent by the attacker through EOP (Harbourline p=reject).
  emitCase(write, {
    name: 'probe97-att-m365-outer-report-forged-from-outside',
    about:
      'The report is the attacker’s: From Dana, sent from 198.51.100.66 to phish@harbourline.example through EOP (spf fail, dmarc fail), carrying the forged EOP delivery from 192.0.2.10. The report must not vouch (its verdict is spoofed), so the original is read with no delivery: unsigned bank notice at p=reject. Wanted: spoofed',
    class: 'attached-forged-report',
    args: ARGS,
    eml: eopToDana(
      report({
        from: DANA,
        subject: 'FW: Northbank statement',
        text: 'Is this real?\r\n\r\nDana',
        item: forgedDelivery,
        id: 'PH7PR11MB8600E5F6A7B8C9D0E1F2A3B4C5D6E7F8',
        date,
      }),
      ATTACKER_RELAY,
      DANA_ADDR,
      false,
    ),
    zone: ZONE,
    expect: SPOOFED,
  });

  // The report from outside the organisation (attacker.example, SPF passes for its own domain).
  emitCase(write, {
    name: 'probe97-att-m365-outsider-report-authenticated-own-domain',
    about:
      'A "partner" at attacker.example (its own SPF and DMARC pass through EOP) reports the forged EOP delivery to phish@harbourline.example. An outsider’s report vouches for nothing: attached-by-outsider, the unsigned bank notice fails p=reject. Wanted: spoofed',
    class: 'attached-outsider',
    args: ARGS,
    eml: eopToDana(
      report({
        from: 'Partner SOC <soc@attacker.example>',
        subject: 'FW: Northbank statement',
        text: 'We received this too, looks genuine to us.',
        item: forgedDelivery,
        id: 'PH7PR11MB8600F6A7B8C9D0E1F2A3B4C5D6E7F8A9',
        date,
      }),
      ATTACKER_RELAY,
      'soc@attacker.example',
      true,
    ),
    zone: ZONE,
    expect: SPOOFED,
  });

  // Re-encoded attachment: base64 with LF line ends, of what really reached Dana.
  const lf = reallyDelivered.replace(/\r\n/g, '\n');
  const b64 =
    Buffer.from(lf, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? [];
  const reencoded = [
    `From: ${DANA}`,
    `To: Phish Reports <phish@${HL}>`,
    'Subject: FW: Northbank statement',
    `Date: ${date}`,
    `Message-ID: <PH7PR11MB8600A7B8C9D0E1F2A3B4C5D6E7F8A9B0@${DANA_SERVER}>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="re97"',
    '',
    '--re97',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Is this real?',
    '',
    '--re97',
    'Content-Type: message/rfc822; name="suspicious.eml"',
    'Content-Transfer-Encoding: base64',
    '',
    ...b64,
    '--re97--',
    '',
  ].join('\r\n');
  emitCase(write, {
    name: 'probe97-att-m365-reencoded-base64-lf-original',
    about:
      'Dana’s report with the original re-encoded as base64 with LF line ends (a report add-in’s copy): the bytes differ from what EOP saw. The topmost EOP record still names 198.51.100.66 failing; the re-encoding must not let the seeded pass block or an excuse for a broken copy in. Wanted: spoofed',
    class: 'attached-reencoded',
    args: ARGS,
    eml: exoInternal(reencoded, DANA_ADDR, date),
    zone: ZONE,
    expect: SPOOFED,
  });

  // The DSN itself as the lure, read directly (no --attached), Harbourline's own postmaster at p=none.
  emitCase(write, {
    name: 'probe97-m365-dsn-lure-own-postmaster-p-none',
    about:
      'A "delivery failure" from the reader’s own postmaster@harbourline.example, with a release link, sent from 198.51.100.66 through EOP while Harbourline’s DMARC is p=none (EOP: spf fail, dmarc fail action=none, compauth fail). Read directly by the reader, not --attached. Wanted: not trusted (own-domain mail that nothing authenticates)',
    class: 'dsn-lure',
    args: ['--webmail', 'outlook', '--recipient-domain', HL],
    eml: eopToDana(
      dsn({
        from: `Microsoft Outlook <postmaster@${HL}>`,
        to: DANA,
        inner: bankNotice(DANA),
        boundary: 'dsn97c',
      }),
      ATTACKER_RELAY,
      `postmaster@${HL}`,
      false,
    ),
    zone: { ...ZONE, [`_dmarc.${HL}`]: { TXT: ['v=DMARC1; p=none'] } },
    expect: NOT_TRUSTED,
  });

  // Control: Dana reports the bank notice as the bank genuinely sent it (SPF pass from 192.0.2.10).
  emitCase(write, {
    name: 'probe97-att-m365-colleague-report-genuine-control',
    about:
      'Control: Dana’s genuine report of what EOP really delivered from the bank’s own server 192.0.2.10 (spf, dmarc, compauth pass, the only EOP block). Her report vouches; the original authenticates. Wanted: authenticated',
    class: 'attached-control',
    args: ARGS,
    eml: danaReports(forgedDelivery, 'PH7PR11MB8600B8C9D0E1F2A3B4C5D6E7F8A9B0C1', date),
    zone: ZONE,
    expect: { verdict: 'authenticated' },
  });
}
