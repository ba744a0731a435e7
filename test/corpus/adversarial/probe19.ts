// Red-team probes, nineteenth round (December 2026): the rules as they stand after 29ed5ac.
// - lib/attached.ts vouches(): round 18 turned away a report whose software names another author
//   (a Reply-To or RT-Originator outside the From's organisation) or names itself (WP Mail SMTP,
//   PHPMailer, Request Tracker, Contact Form 7, Gravity Forms, Formidable). Both are the
//   attacker's or the software's choice: the visitor of a web form types whatever address the
//   form's Reply-To will carry (a colleague's, when the lure is "Jordan from accounts, my laptop is
//   in repair"), a form written in Laravel or Django, or sending through Microsoft Graph, writes no
//   X-Mailer at all, and other ticket systems mark their mail with names the list does not hold
//   (osTicket, Zammad). Exchange on premises writes `with mapi` for whatever submits through the
//   store, EWS included: a helpdesk that sends through EWS reads as Outlook.
// - The organisation's own list passing on "a colleague's mail as it was" vouches: Mailman takes a
//   post by the From address of a member, and with the organisation's DMARC at p=none it neither
//   munges the From nor wraps it, while the list host's envelope passes SPF aligned with the
//   organisation. An outsider's post under a colleague's name reads as the colleague's report.
// - Controls: the same list with the organisation at p=quarantine (Mailman munges From to "X via
//   Security"), and the form's visitor giving an outside address (Reply-To outside).
// - Read, no new case: receiver-record's Received-SPF stand-back (hops and Received headers are one
//   to one, so its entry index is right; what it misses is probe18's pending SPF-only records),
//   verdict.ts's concerns beside changed-after-entry (the excuse still needs a record above the
//   entry or a delivery over 180 days old), platform-unsigned's SPF pass (a spoof SPF does not pass
//   fails DMARC on its own), the new tag forms (fixed words; 【…】 was probe18's) and the
//   ISO-2022-JP form (counted only on a full verification).
// Earlier rounds (probe13–probe18: the NAT/proxy receiver, the inline-forwarded .eml, MDaemon's
// HELO comment, the free-mail reader, the ticket system's pickup mail, WP Mail SMTP / RT / the
// Graph form with a mark, key-gone-since-delivery's receiver records) are not repeated. Every
// case's meta says the attack and what is wanted.

import { appendHeaders } from '../edits';
import { ATTACHED_BOX, BANK, emitCase, NOT_TRUSTED, ptr, RECEIVER, SPOOFED } from '../kit';
import { mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received } from '../messages';
import {
  ATTACKER_RELAY,
  forgedBoxDelivery,
  forgedHarbourlineDelivery,
  fromWebsiteMailbox,
  HL,
  HL_ZONE,
  probeCorpus,
  READER_DOMAIN,
  readerZone,
  STATEMENT_SUBJECT,
  WEB_MBX,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the nineteenth round's report). Each comment: what it reads, what it should, which rule.
 */
// Fixed at 23:3x (each now in the corpus): FORM_MAILER (lib/attached.ts) knows osTicket,
// Zammad, Znuny/OTRS, FreeScout and GLPI, and reads X-Powered-By too. The rest stays pending: a
// form or service desk with no mark of its own, EWS's with mapi, Horde apps, and a list's SPF-only
// re-send of an outsider's post under a member's From (README, "What still fools").
// Fixed at 11:0x on 2026-12-04 (in the corpus): the organisation's own list re-sending a post
// vouches only when the organisation proved it, by its own aligned signature or its own list's ARC
// record (lib/attached.ts provedByOwner), never by the list's SPF-passing envelope.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Software that relays an outsider's upload, read as a person's report (all read "authenticated"
  // from 192.0.2.10, the forged bank delivery believed; wanted: not trusted, i.e. spoofed as the
  // original's signatures alone say). Rule at fault: vouches() in lib/attached.ts, whose
  // relaysAnother() is a deny list of marks and of Reply-To domains, both chosen by the software or
  // by the visitor, and whose byPerson() takes a login (ESMTPSA), `with mapi` and a framework-wide
  // User-Agent for a person.
  // Fix (one for the six): vouch only when the report's From is the mailbox the original says it
  // was delivered to (the original's topmost `for` / Delivered-To, by its very address), and
  // only from a person's mail client: an allow list of client marks (Outlook's Thread-Index +
  // X-MS-Has-Attach, Thunderbird's or Apple Mail's User-Agent/X-Mailer, Roundcube's User-Agent,
  // IMP's own "(Horde Framework) with HTTP" Received line rather than Horde's framework-wide
  // User-Agent) instead of a deny list of form and ticket software. Risk: genuine reports from
  // unmarked clients (Gmail web, mobile apps) or of a message a colleague got as an attachment
  // stop vouching; their originals then count only by signature (an SPF-only genuine original
  // reads not trusted, and could read spoofed under p=reject).
  //   - A Laravel form (Symfony Mailer: no X-Mailer) over SMTP AUTH, the visitor typing a
  //     colleague's address, so Reply-To is inside the organisation.
  'probe19-att-box-laravel-form-reply-to-typed-colleague',
  //   - The same app through Microsoft Graph sendMail from a tenant mailbox: byPerson() is true for
  //     any mail inside Exchange Online under the Outlook profile.
  'probe19-att-m365-graph-form-app-no-mark',
  //   - Exchange Server on premises writes `with mapi` for EWS submissions (a service desk) as for
  //     Outlook; no header tells them apart, so the narrow fix is to stop reading `with mapi` as a
  //     person outside the Outlook profile (on-premises reports then vouch only through
  //     --recipient-domain and an authenticated report, which internal unsigned mail is not: genuine
  //     on-premises reports stop vouching) or to name this as a limit in README.
  'probe19-att-exchange-onprem-ews-servicedesk-mapi',
  //   - "User-Agent: Horde Application Framework 5" is every Horde application's (Whups tickets,
  //     Kronolith invitations), not only IMP's: WEBMAIL should match IMP's own Received line
  //     ("by <host> (Horde Framework) with HTTP") or Horde's User-Agent only beside it. Risk: none
  //     for IMP's mail, which writes that line.
  'probe19-att-box-horde-whups-ticket-user-agent',
]);

/** The reader's self-hosted box (Postfix + Dovecot on mx.reader.example, 203.0.113.25), signing with OpenDKIM. */
const READER_ZONE = readerZone('p=quarantine; adkim=s');

export async function makeAll(write: CaseWriter): Promise<void> {
  formsWithoutMark(write);
  m365GraphAppNoMark(write);
  ticketSystems(write);
  exchangeOnPremEws(write);
  hordeWhups(write);
  ownListMemberSpoof(write);
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

// ---------------------------------------------------------------------------------------------
// Shapes: the forged delivery the attacker uploads, and the mail around it.
// ---------------------------------------------------------------------------------------------

/** Base64 lines of an attached .eml, 76 to a line. */
const b64 = (raw: string) =>
  Buffer.from(raw, 'utf8')
    .toString('base64')
    .match(/.{1,76}/g) ?? [];

/**
 * A "report a suspicious e-mail" form's mail with the visitor's upload, as a framework mailer
 * writes it (Symfony Mailer under Laravel, Django's EmailMessage): no X-Mailer, the address the
 * visitor typed in Reply-To (Laravel's `->replyTo($request->email)`, Django's `reply_to=[…]`).
 */
function frameworkForm(o: {
  from: string;
  to: string;
  date: string;
  replyTo: string;
  messageId: string;
  boundary: string;
  original: string;
}): string {
  const b = o.boundary;
  return [
    `From: ${o.from}`,
    `To: ${o.to}`,
    `Reply-To: ${o.replyTo}`,
    'Subject: Suspicious e-mail report from the website',
    `Message-ID: <${o.messageId}>`,
    'MIME-Version: 1.0',
    `Date: ${o.date}`,
    `Content-Type: multipart/mixed; boundary=${b}`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Name: Jordan Mills (Accounts Payable)',
    `E-mail: ${o.replyTo}`,
    '',
    'Message:',
    'Jordan from accounts payable here, my laptop is in repair so I use the web f=',
    'orm. This came into our mailbox this morning, is it genuine? Our payment ru=',
    'n is today.',
    '',
    `--${b}`,
    'Content-Type: message/rfc822; name=statement.eml',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; name=statement.eml; filename=statement.eml',
    '',
    ...b64(o.original),
    `--${b}--`,
    '',
  ].join('\r\n');
}

/** Dovecot's LMTP delivery on the box, on top of the lines below it. */
const lmtp = (raw: string, envelope: string, rcpt: string, date: string, ...below: string[]) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${rcpt}`,
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid e5WnFg5vPWd6gAAAq2Xb7g\r\n\t(envelope-from <${envelope}>)\r\n\tfor <${rcpt}>; ${date}`,
    ...below,
  );

/** Postfix's submission line for a client that logged in (Postfix writes the SASL login). */
const submission = (client: string, login: string, rcpt: string, id: string, date: string) =>
  `Received: from ${client}\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\t(Authenticated sender: ${login})\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id ${id}\r\n\tfor <${rcpt}>; ${date}`;

// ---------------------------------------------------------------------------------------------
// 1. A form with no mailer mark, whose Reply-To is what the visitor typed.
// ---------------------------------------------------------------------------------------------

function formsWithoutMark(write: CaseWriter): void {
  const security = `security@${READER_DOMAIN}`;
  const noreply = `noreply@${READER_DOMAIN}`;
  const forged = forgedBoxDelivery(`jordan.mills@${READER_DOMAIN}`);
  const date = 'Fri, 20 Nov 2026 10:47:09 +0000';
  const form = (replyTo: string) =>
    frameworkForm({
      from: `Reader Example Website <${noreply}>`,
      to: security,
      date,
      replyTo,
      messageId: `5d0c1b8e7a3f94c2e61b0d7a8f3c2e91@${READER_DOMAIN}`,
      boundary: 'wT3kQ9vL',
      original: forged,
    });
  const line = submission(
    'www.reader.example (www.reader.example [10.0.5.30])',
    noreply,
    security,
    '4ZqE1c6Tn8z4yBd',
    date,
  );
  emitCase(write, {
    name: 'probe19-att-box-laravel-form-reply-to-typed-colleague',
    about:
      'The "report a suspicious e-mail" page of the reader\'s website is a Laravel app (Symfony Mailer: no X-Mailer) on the DMZ web host, sending as noreply@reader.example over SMTP AUTH to the box ("(Authenticated sender: noreply@reader.example) … with ESMTPSA"), the visitor\'s upload attached and the visitor\'s typed e-mail in Reply-To. The attacker poses as Jordan from accounts payable and types jordan.mills@reader.example, so Reply-To is inside the From\'s organisation and no form mark is there: relaysAnother() (lib/attached.ts) finds nothing, byPerson() takes the login as a person, and statement.eml\'s forged bank delivery (192.0.2.10, spf=pass, dmarc=pass "recorded") is believed. Wanted: not trusted',
    class: 'attached-vouch-local-software',
    args: ATTACHED_BOX,
    eml: lmtp(form(`jordan.mills@${READER_DOMAIN}`), noreply, security, date, line),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
  emitCase(write, {
    name: 'probe19-att-box-laravel-form-reply-to-outside-control',
    about:
      "Control: the same Laravel form, the visitor typing an outside address (jordan.mills@attacker.example) into the e-mail field: Reply-To outside the From's organisation, so the report names another author and vouches for nothing. Wanted: not trusted (spoofed)",
    class: 'attached-vouch-control',
    args: ATTACHED_BOX,
    eml: lmtp(form('jordan.mills@attacker.example'), noreply, security, date, line),
    zone: { ...READER_ZONE, ...BANK },
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Microsoft 365: a form app sending through Graph sendMail, no mark.
// ---------------------------------------------------------------------------------------------

function m365GraphAppNoMark(write: CaseWriter): void {
  const rcpt = `jordan.mills@${HL}`;
  // The forged original: the bank's notice as the reader's tenant would have delivered it (EOP
  // results above its frontend's entry line from 192.0.2.10, the organisation rows at the bottom;
  // probe18's shape).
  const forged = forgedHarbourlineDelivery(rcpt);
  const date = 'Fri, 20 Nov 2026 10:47:09 +0000';
  const form = frameworkForm({
    from: `Harbourline Website <website@${HL}>`,
    to: `phish@${HL}`,
    date,
    replyTo: `jordan.mills@${HL}`,
    messageId: `SA1PR11MB7425B1E0C3D2A9F4E7B6C5D8A1F0@${WEB_MBX}.namprd11.prod.outlook.com`,
    boundary: '_004_SA1PR11MB7425B1E0',
    original: forged,
  });
  // Graph's sendMail submits in the mailbox (the mapi hop, as any Outlook client's), then HTTPS
  // delivery to phish@; EOP's id-less results for internal mail at the bottom (as probe18's case).
  const eml = fromWebsiteMailbox(form, date);
  emitCase(write, {
    name: 'probe19-att-m365-graph-form-app-no-mark',
    about:
      "probe18-att-m365-wp-graph-mailer-form-upload without its WordPress plugin: Microsoft retires Basic SMTP AUTH, so the organisation's Laravel \"report a suspicious e-mail\" app sends through Microsoft Graph sendMail from the licensed mailbox website@harbourline.example (a Graph mail transport writes no X-Mailer), the visitor's typed address (a colleague's, jordan.mills@harbourline.example) in Reply-To. Exchange writes a colleague's mapi submission and HTTPS delivery; vouches() (lib/attached.ts) takes any mail inside Exchange Online under the Outlook profile as a person's, relaysAnother() finds no mark, and the uploaded forged EOP delivery of the bank's notice (192.0.2.10, spf=pass, dmarc=pass, compauth=pass) is believed. Wanted: not trusted",
    class: 'attached-vouch-org-software',
    args: ['--webmail', 'outlook', '--attached'],
    eml,
    zone: { ...HL_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Ticket systems FORM_MAILER does not name: osTicket and Zammad, logging in to the box.
// ---------------------------------------------------------------------------------------------

function ticketSystems(write: CaseWriter): void {
  const analyst = `analyst@${READER_DOMAIN}`;
  const helpdesk = `helpdesk@${READER_DOMAIN}`;
  const forged = forgedBoxDelivery(`jordan.mills@${READER_DOMAIN}`);
  const date = 'Fri, 20 Nov 2026 10:41:52 +0000';
  // osTicket 1.18's new-ticket alert to staff (X-Mailer "osTicket Mailer" as class.mailer.php sets
  // it; the alert carries the ticket's attachments), sent through the box with the system e-mail's
  // SMTP login.
  const ob = '=_a3f0c9d2e1b47f6c8d5e2a9b0c3d1e7f';
  const osticket = [
    `From: "Reader Example Helpdesk" <${helpdesk}>`,
    `To: ${analyst}`,
    'Subject: New Ticket Alert - #482140 [Northbank notice in the accounts mailbox]',
    'Date: Fri, 20 Nov 2026 10:41:51 +0000',
    `Message-ID: <ost-6b1e2f0c9d8a7-${helpdesk}>`,
    'X-Mailer: osTicket Mailer',
    'Precedence: bulk',
    'Auto-Submitted: auto-generated',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed;\r\n boundary="${ob}"`,
    '',
    `--${ob}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Hi Analyst,',
    '',
    'New ticket #482140 created',
    '',
    'From: Jordan Mills <jordan.mills@attacker.example>',
    'Department: Security',
    '',
    'Hello, our staff received the attached notice from Northbank. Please confirm it is genuine.',
    '',
    `--${ob}`,
    'Content-Type: message/rfc822; name="statement.eml"',
    'Content-Disposition: attachment; filename="statement.eml"',
    'Content-Transfer-Encoding: base64',
    '',
    ...b64(forged),
    `--${ob}--`,
    '',
  ].join('\r\n');
  emitCase(write, {
    name: 'probe19-att-box-osticket-alert-smtp-login-carries-upload',
    about:
      'An osTicket helpdesk on the intranet (helpdesk.reader.example, 10.0.5.21) whose system e-mail sends through the box with its SMTP login ("(Authenticated sender: helpdesk@reader.example) … with ESMTPSA"). An outsider opens a ticket with statement.eml attached; osTicket\'s New Ticket Alert to staff carries the attachment (X-Mailer: osTicket Mailer, no Reply-To). relaysAnother() (lib/attached.ts) knows WP Mail SMTP, PHPMailer and Request Tracker, not osTicket; byPerson() takes the login as a person, and the forged bank delivery is believed. Wanted: not trusted',
    class: 'attached-vouch-local-software',
    args: ATTACHED_BOX,
    eml: lmtp(
      osticket,
      helpdesk,
      analyst,
      date,
      submission(
        'helpdesk.reader.example (helpdesk.reader.example [10.0.5.21])',
        helpdesk,
        analyst,
        '4ZqE3f9Vr1z6zDg',
        date,
      ),
    ),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });

  // Zammad's trigger e-mail ("include attachments of the article"), headers as Zammad's
  // Channel::EmailBuild writes them (X-Mailer: Zammad Mail Service, X-Powered-By, Organization).
  const zb = '--==_mimepart_673dbe1f8c2a4_1a2b3c4d51820';
  const zammad = [
    'Date: Fri, 20 Nov 2026 10:41:51 +0000',
    `From: Reader Example Support <support@${READER_DOMAIN}>`,
    `To: ${analyst}`,
    `Message-ID: <673dbe1f8c2a4_1a2b3c4d51820@zammad.${READER_DOMAIN}.mail>`,
    'Subject: [Ticket#2611204] Northbank notice in the accounts mailbox',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed;\r\n boundary="${zb}";\r\n charset=UTF-8`,
    'Content-Transfer-Encoding: 7bit',
    'Organization: Reader Example',
    'Precedence: bulk',
    'Auto-Submitted: auto-generated',
    'X-Auto-Response-Suppress: All',
    'X-Powered-By: Zammad - Helpdesk/Support (https://zammad.org/)',
    'X-Mailer: Zammad Mail Service',
    '',
    '',
    `--${zb}`,
    'Content-Type: text/plain;\r\n charset=UTF-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    'New ticket 2611204 from Jordan Mills:',
    '',
    'Hello, our staff received the attached notice from Northbank. Please confirm it is genuine.',
    '',
    `--${zb}`,
    'Content-Type: message/rfc822;\r\n charset=UTF-8;\r\n filename=statement.eml',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment;\r\n filename=statement.eml',
    '',
    ...b64(forged),
    '',
    `--${zb}--`,
    '',
  ].join('\r\n');
  emitCase(write, {
    name: 'probe19-att-box-zammad-trigger-smtp-login-carries-upload',
    about:
      "A Zammad helpdesk whose e-mail channel sends through the box over SMTP with a login (support@reader.example, \"with ESMTPSA\"), and a trigger that mails the security analyst every new ticket in the Security group with the article's attachments. An outsider's ticket carries statement.eml, a forged delivery of the bank's notice; Zammad's own mark (X-Mailer: Zammad Mail Service, X-Powered-By: Zammad) is not in FORM_MAILER (lib/attached.ts), and the login is taken as a person. Wanted: not trusted",
    class: 'attached-vouch-local-software',
    args: ATTACHED_BOX,
    eml: lmtp(
      zammad,
      `support@${READER_DOMAIN}`,
      analyst,
      date,
      submission(
        'zammad.reader.example (zammad.reader.example [10.0.5.22])',
        `support@${READER_DOMAIN}`,
        analyst,
        '4ZqE5h2Xt3z8aFj',
        date,
      ),
    ),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Exchange Server on premises: a helpdesk sending through EWS reads "with mapi".
// ---------------------------------------------------------------------------------------------

function exchangeOnPremEws(write: CaseWriter): void {
  const analyst = `analyst@${READER_DOMAIN}`;
  const sdp = `servicedesk@${READER_DOMAIN}`;
  const forged = forgedBoxDelivery(`jordan.mills@${READER_DOMAIN}`).replaceAll(
    RECEIVER,
    'EXCH01.corp.reader.example',
  );
  const date = 'Fri, 20 Nov 2026 10:41:52 +0000';
  const b = '_002_EXCH01corpreaderexample6f1c0b2d9e8a_';
  const report = [
    `From: Service Desk <${sdp}>`,
    `To: Security Analyst <${analyst}>`,
    'Subject: [Request ID :##48214##] : Northbank notice in the accounts mailbox',
    'Thread-Topic: [Request ID :##48214##] : Northbank notice in the accounts mailbox',
    'Thread-Index: AdtbM2x1kQ9pZ3VvS3y2QkE7a1FxWg==',
    'Date: Fri, 20 Nov 2026 10:41:51 +0000',
    'Message-ID: <6f1c0b2d9e8a4c7bb2e1f0a9d8c7b6a5@EXCH01.corp.reader.example>',
    'Accept-Language: en-GB, en-US',
    'Content-Language: en-GB',
    'X-MS-Has-Attach: yes',
    'X-MS-TNEF-Correlator:',
    `Content-Type: multipart/mixed;\r\n\tboundary="${b}"`,
    'MIME-Version: 1.0',
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Dear Security Analyst,',
    '',
    'Request 48214 has been assigned to you. Requester: Jordan Mills (jordan.mills@=',
    'attacker.example). Please confirm whether the attached notice is genuine.',
    '',
    `--${b}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment;\r\n\tcreation-date="Fri, 20 Nov 2026 10:41:51 GMT";\r\n\tmodification-date="Fri, 20 Nov 2026 10:41:51 GMT"',
    '',
    forged,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
  // Exchange Server 2019's delivery of mail submitted in a mailbox (Outlook, OWA or EWS all write
  // the store's `with mapi` line) to another mailbox on the same server: the Mailbox Transport hop
  // and the organisation rows at the bottom (the on-premises layout of realworld.ts).
  const eml = appendHeaders(
    onTop(
      report,
      `Received: from EXCH01.corp.reader.example (10.0.1.15) by EXCH01.corp.reader.example\r\n (10.0.1.15) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox\r\n Transport; ${date}`,
      `Received: from EXCH01.corp.reader.example ([fe80::9c1d:4e2a:7b3f:1a06]) by\r\n EXCH01.corp.reader.example ([fe80::9c1d:4e2a:7b3f:1a06%4]) with mapi id\r\n 15.02.1544.011; ${date}`,
    ),
    'X-MS-Exchange-Organization-AuthAs: Internal',
    'X-MS-Exchange-Organization-AuthMechanism: 04',
    'X-MS-Exchange-Organization-AuthSource: EXCH01.corp.reader.example',
    'X-MS-Exchange-Organization-SCL: -1',
    'X-MS-Exchange-Organization-MessageDirectionality: Originating',
    `Return-Path: ${sdp}`,
  );
  emitCase(write, {
    name: 'probe19-att-exchange-onprem-ews-servicedesk-mapi',
    about:
      "An organisation on Exchange Server 2019 whose service desk (ManageEngine ServiceDesk Plus, outgoing mail \"via EWS\" as Microsoft asks since SMTP AUTH is turned off) assigns an outsider's request to the security analyst with the request's attachment: statement.eml, a forged delivery of the bank's notice. EWS submits through the store, so Exchange writes the same `with mapi` line as for a colleague's Outlook; byPerson() (lib/attached.ts) reads `with mapi` as a person, and no mark or Reply-To names the requester. Run with --recipient-domain reader.example. Wanted: not trusted",
    class: 'attached-vouch-org-software',
    args: ['--recipient-domain', READER_DOMAIN, '--attached'],
    eml,
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 5. The organisation's own Mailman list: a post by a member's address, from outside.
// ---------------------------------------------------------------------------------------------

const LISTS = `lists.${READER_DOMAIN}`;
const LIST_IP = '203.0.113.40';

function ownListMemberSpoof(write: CaseWriter): void {
  const mira = `mira.patel@${READER_DOMAIN}`;
  const analyst = `analyst@${READER_DOMAIN}`;
  const list = `security@${LISTS}`;
  const forged = forgedBoxDelivery(mira);
  const postDate = 'Fri, 20 Nov 2026 10:30:12 +0000';
  const b = '------------Lx2Vn7Qp4Rs9Tw1Yz6Bc3Df8';
  const post = (from: string, extra: string[]) =>
    [
      `Content-Type: multipart/mixed; boundary="${b}"`,
      `Message-ID: <8c1f4e2a-93d7-4b5e-a6c0-2f7d9e1b3a4d@${READER_DOMAIN}>`,
      `Date: ${postDate}`,
      'MIME-Version: 1.0',
      'User-Agent: Mozilla Thunderbird',
      `To: ${list}`,
      `From: ${from}`,
      `Subject: [Security] Fwd: ${STATEMENT_SUBJECT}`,
      ...extra,
      '',
      'This is a multi-part message in MIME format.',
      `--${b}`,
      'Content-Type: text/plain; charset=UTF-8; format=flowed',
      'Content-Transfer-Encoding: 7bit',
      '',
      'Is this one real? It came to my mailbox and looks like the bank.',
      '',
      `--${b}`,
      'Content-Type: message/rfc822; name="statement.eml"',
      'Content-Disposition: attachment; filename="statement.eml"',
      '',
      forged,
      '',
      `--${b}--`,
      '',
    ].join('\r\n');
  const envelope = `security-bounces@${LISTS}`;
  const resendDate = 'Fri, 20 Nov 2026 10:30:14 +0000';
  // Mailman 2.1's re-send: its fields, Python's smtplib to the list host's Postfix on localhost, that
  // Postfix to the reader's box; the box's OpenDMARC/policyd-spf results above its entry.
  const delivered = (from: string, extra: string[], dmarc: string) =>
    lmtp(
      onTop(
        post(from, [...mailmanHeaders('security', LISTS, 'Security reports'), ...extra]),
        `Received: from ${LISTS} (localhost [127.0.0.1])\r\n\tby ${LISTS} (Postfix) with ESMTP id 4ZqE0b2Kq9z1vTc\r\n\tfor <${analyst}>; ${resendDate}`,
        received({
          ...ATTACKER_RELAY,
          by: LISTS,
          id: '4ZqDzz7Hn4z0tRb',
          for: list,
          date: 'Fri, 20 Nov 2026 10:30:13 +0000',
        }),
      ),
      envelope,
      analyst,
      resendDate,
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=pass (${RECEIVER}: domain of ${envelope} designates ${LIST_IP} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=${dmarc} header.from=${READER_DOMAIN}`,
      received({
        helo: LISTS,
        rdns: LISTS,
        ip: LIST_IP,
        by: RECEIVER,
        id: '4ZqE0c4Lr1z2wUd',
        for: analyst,
        date: resendDate,
      }),
    );
  const zone = (policy: string) => ({
    ...readerZone(policy),
    ...ptr(LIST_IP, LISTS),
    [LISTS]: { TXT: [`v=spf1 ip4:${LIST_IP} -all`] },
    ...BANK,
  });
  emitCase(write, {
    name: 'probe19-att-own-mailman-list-member-address-spoof',
    about:
      "The organisation's own Mailman 2.1 list security@lists.reader.example, where staff post suspicious mail for the security team (\"members may post\"). Mailman admits a post by its From address alone: the attacker, from 198.51.100.66, posts as the member Mira Patel <mira.patel@reader.example> with statement.eml (a forged delivery of the bank's notice) attached. With reader.example at p=none, Mailman neither munges nor wraps the From, and the re-send from lists.reader.example passes SPF aligned with reader.example: DMARC passes, the list is the organisation's, the From is unchanged, so vouches() (lib/attached.ts) takes it as a colleague's report and the forged bank delivery is believed. Wanted: not trusted",
    class: 'attached-vouch-own-list',
    args: ATTACHED_BOX,
    eml: delivered(`Mira Patel <${mira}>`, [], 'pass (policy=none)'),
    zone: zone('p=none; rua=mailto:dmarc@reader.example'),
    expect: NOT_TRUSTED,
  });
  emitCase(write, {
    name: 'probe19-att-own-mailman-list-quarantine-default-accept',
    about:
      "The same member-address post to the organisation's own Mailman 2.1 list, with reader.example at p=quarantine: Mailman 2.1's dmarc_moderation_action is \"Accept\" unless the list owner changes it, and the list host's Postfix checks no DMARC, so the From stays Mira Patel <mira.patel@reader.example> and the re-send from lists.reader.example passes SPF aligned (relaxed) with reader.example. vouches() (lib/attached.ts) reads an unchanged colleague's From on the organisation's own list as the colleague's report; the poster was 198.51.100.66, recorded in the list host's own line. Wanted: not trusted",
    class: 'attached-vouch-own-list',
    args: ATTACHED_BOX,
    eml: delivered(`Mira Patel <${mira}>`, [], 'pass (policy=quarantine)'),
    zone: zone('p=quarantine; rua=mailto:dmarc@reader.example'),
    expect: NOT_TRUSTED,
  });
  emitCase(write, {
    name: 'probe19-att-own-mailman-list-munged-from-control',
    about:
      'Control: the same post to the same list with reader.example at p=quarantine: Mailman\'s dmarc_moderation_action "Munge From" writes From: "Mira Patel via Security reports" <security@lists.reader.example> and Reply-To the poster: a list\'s rewritten From never vouches. Wanted: not trusted',
    class: 'attached-vouch-control',
    args: ATTACHED_BOX,
    eml: delivered(
      `"Mira Patel via Security reports" <${list}>`,
      [`Reply-To: Mira Patel <${mira}>`, `Cc: Mira Patel <${mira}>`],
      'pass (policy=quarantine)',
    ),
    zone: zone('p=quarantine; rua=mailto:dmarc@reader.example'),
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 6. The box's own webmail mark on software of the same framework: Horde's ticket tracker.
// ---------------------------------------------------------------------------------------------

function hordeWhups(write: CaseWriter): void {
  const analyst = `analyst@${READER_DOMAIN}`;
  const helpdesk = `helpdesk@${READER_DOMAIN}`;
  const forged = forgedBoxDelivery(`jordan.mills@${READER_DOMAIN}`);
  const date = 'Fri, 20 Nov 2026 10:41:52 +0000';
  const b = '=_Kq3vZ8nT1mXw5bLr0cYj2Hf';
  // Whups (Horde Groupware's ticket tracker) mails the queue's users on a new ticket, through
  // Horde_Mime_Mail: every Horde application's mail carries "User-Agent: Horde Application
  // Framework 5" (public Horde-sent messages on mailing-list archives) and a Horde Message-ID.
  const whups = [
    `Date: ${date}`,
    `From: Reader Example Helpdesk <${helpdesk}>`,
    `To: ${analyst}`,
    'Subject: [Security] New ticket #4821: Northbank notice in the accounts mailbox',
    `Message-ID: <20261120104152.Horde.Qm7vT2xK9pR4nL8sW1cJ6hD@helpdesk.${READER_DOMAIN}>`,
    'X-Whups-Generated: 1',
    'X-Whups-Ticket: 4821',
    'User-Agent: Horde Application Framework 5',
    `Content-Type: multipart/mixed; boundary="${b}"`,
    'MIME-Version: 1.0',
    '',
    'This message is in MIME format.',
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8; format=flowed; DelSp=Yes',
    'Content-Disposition: inline',
    '',
    'Ticket URL: https://helpdesk.reader.example/whups/ticket/?id=4821',
    '',
    '      Queue: Security',
    '  Requester: jordan.mills@attacker.example',
    '',
    'Hello, our staff received the attached notice from Northbank. Please',
    'confirm it is genuine.',
    '',
    `--${b}`,
    'Content-Type: message/rfc822; name=statement.eml',
    'Content-Disposition: attachment; filename=statement.eml',
    '',
    forged,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
  emitCase(write, {
    name: 'probe19-att-box-horde-whups-ticket-user-agent',
    about:
      'Horde Groupware on the box (its webmail is IMP), whose ticket tracker Whups takes guest tickets: an outsider opens a Security ticket with statement.eml attached, and Whups mails the queue\'s analyst through PHP\'s local sendmail (Postfix pickup, no login), the attachment carried. Every Horde application\'s mail says "User-Agent: Horde Application Framework 5": byPerson() (lib/attached.ts) reads that as the box\'s own webmail, "a person logged in to write", and the forged bank delivery is believed. Wanted: not trusted',
    class: 'attached-vouch-local-software',
    args: ATTACHED_BOX,
    eml: lmtp(
      whups,
      helpdesk,
      analyst,
      date,
      `Received: by ${RECEIVER} (Postfix, from userid 33)\r\n\tid 7C2A1E01B5; ${date}`,
    ),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
}
