// Red-team probes, eighteenth round (December 2026): the rules as they stand after 7905b74.
// - lib/attached.ts vouches(): a report written on the reader's box now vouches only "with a
//   login" (a hop `with ESMTPSA`), and a report that authenticates for the reader's own domain
//   vouches whatever software sent it. But the software that relays an outsider's upload logs in
//   too: WordPress's WP Mail SMTP plugin submits Contact Form 7's mail (the visitor's .eml
//   attached) over SMTP AUTH to the box, or through the Gmail API as a Workspace user. A
//   sign-up alumni subdomain of the reader's organisation is "the same owner". A satellite host's
//   Postfix relaying through the box with SASL (a null client) logs in for Request Tracker too.
// - lib/findings/receiver-record.ts key-gone-since-delivery: the 22:2x stand-back reads the
//   receiver's SPF record only from an Authentication-Results header, and only a fail or softfail
//   of the From organisation's own envelope. policyd-spf's default (Header_Type = SPF) writes
//   Received-SPF instead, and the attacker can choose an envelope of its own (SPF passes) or a
//   subdomain of the bank's with no SPF record (none): the made-up selector still passes as a key
//   "retired since".
// - Controls: the receiver's results split over one header per milter (OpenDKIM's below
//   policyd-spf's), a Japanese 【至急】 ("urgent") lure in the lenticular-bracket tag form that
//   SUBJECT_TAG takes but GATEWAY_TAG does not, the new `CAUTION - ` / `(EXTERNAL)` forms over a
//   replay whose body the attacker changed, the ISO-2022-JP re-encoding over a replay whose
//   Subject the attacker changed, and a box report submitted over SMTP AUTH by a person.
// Earlier rounds (probe13–probe17: the NAT/proxy receiver, the inline-forwarded .eml, MDaemon's HELO
// comment, the free-mail reader, the ticket system's pickup mail) are not repeated. Every case's
// meta says the attack and what is wanted.

import { encodeIso2022jp } from '../../../lib/message/iso2022jp';
import { signCorpus } from '../../helpers/corpus';
import { tagSubject } from '../edits';
import {
  ATTACHED_BOX,
  ATTACHED_GMAIL,
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_FROM,
  BANK_IP,
  emitCase,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  SPOOFED,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, rtNotification, submitted } from '../messages';
import { gmailDelivery, gmailSpf } from '../receivers';
import {
  ATTACKER_RELAY,
  BANK_ENVELOPE,
  BANK_RELAY,
  bankNotice,
  forgedBoxDelivery,
  forgedHarbourlineDelivery,
  fromWebsiteMailbox,
  HL,
  HL_ZONE,
  probeCorpus,
  READER_DOMAIN,
  readerZone,
  STATEMENT_SUBJECT,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the eighteenth round's report). Each comment: what it reads, what it should, which rule.
 */
// Fixed at 22:5x (each now in the corpus): vouches() (lib/attached.ts) refuses a report that
// names another author or is a form or ticket mailer's (a Reply-To or RT-Originator outside the
// From's organisation, WP Mail SMTP / PHPMailer / Request Tracker marks), and takes header-named
// recipients by their very domain (alumni.<university> is not the university); the reader's
// --recipient-domain still covers its names' subdomains. key-gone-since-delivery stands back on the
// receiver's own Received-SPF fail above its entry line. Still through (README): an old spoof
// read through a receiver that recorded no DKIM result (SPF-only, amavis's X-Spam-Status).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // - amavisd-new + SpamAssassin (no OpenDKIM, no policyd-spf): its record is X-Spam-Status
  //   tests=[DKIM_INVALID, SPF_FAIL], written between the entry line and the reinjection line.
  //   Fix: read that field when the receiver wrote it (between its own lines, above the entry) and
  //   stand back on SPF_FAIL/SPF_SOFTFAIL with the From organisation's envelope, or on DKIM_INVALID
  //   when every signature in the message is aligned with From. Risk: SpamAssassin's DKIM_INVALID
  //   also fires on a body a later hop changed (a footer added by the box itself): such archived mail
  //   reads spoofed under p=reject where it read unverified.
  'probe18-key-gone-old-spoof-amavis-spam-status-dkim-invalid',
  // - The bank's subdomain envelope with no SPF record: the receiver recorded "spf=none" for the
  //   From organisation. Fix: stand back on any recorded SPF result but pass (none, neutral,
  //   permerror) for an envelope in the From organisation. Risk: a genuine archived message whose
  //   bank subdomain envelope had no SPF record then, and whose key is gone now, reads spoofed.
  'probe18-key-gone-old-spoof-bank-subdomain-envelope-spf-none',
  // - The attacker's own envelope (SPF passes for attacker.example) to a receiver that records SPF
  //   only: nothing at delivery speaks of the made-up key. A limit unless key-gone-since-delivery
  //   stands back whenever the provider recorded results but no DKIM result at all (it never
  //   checked the key, so "retired since" cannot be told from "never existed"). Risk: genuine
  //   archived mail from an ESP envelope, read through an SPF-only receiver after the sender
  //   retired its key, reads spoofed (p=reject) instead of unverified; README could instead name
  //   this as a limit.
  'probe18-key-gone-old-spoof-own-envelope-spf-only-receiver',
]);

/** The reader's self-hosted box (Postfix + Dovecot on mx.reader.example, 203.0.113.25), signing with OpenDKIM. */
const READER_ZONE = readerZone('p=quarantine; adkim=s');

/** The reader's organisation on Google Workspace: Google's SPF include and its `google` key. */
const WORKSPACE_ZONE = {
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  [READER_DOMAIN]: { TXT: ['v=spf1 include:_spf.google.com -all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
  [`google._domainkey.${READER_DOMAIN}`]: KEY(),
  [`_dmarc.${READER_DOMAIN}`]: { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@reader.example'] },
};

export async function makeAll(write: CaseWriter): Promise<void> {
  await formPluginLogsIn(write);
  rtNullClient(write);
  await workspaceForms(write);
  m365GraphForm(write);
  boxPersonControl(write);
  await oldSpoofs(write);
  await subjectTags(write);
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

// ---------------------------------------------------------------------------------------------
// Shapes: the forged deliveries the attacker uploads, and the web form's mail around them.
// ---------------------------------------------------------------------------------------------

/** The bank's notice with Gmail's delivery lines to a Workspace mailbox, as the attacker writes them. */
const forgedWorkspaceDelivery = (rcpt: string) =>
  gmailDelivery(bankNotice(rcpt), {
    relay: BANK_RELAY,
    envelope: BANK_ENVELOPE,
    results: `${gmailSpf(BANK_ENVELOPE, BANK_IP)}\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example`,
    ids: ['x61csp1120447pxa', 'a640c23a62f3a-4b1d9f6e2c1si118833166b.402'],
    to: rcpt,
    spf: 'pass',
    deliveredTo: true,
  });

/**
 * Contact Form 7's mail with the visitor's upload, as wp_mail (PHPMailer 6.9) writes it: the .eml
 * typed message/rfc822 by PHPMailer's extension table and sent base64, the visitor in Reply-To.
 * WP Mail SMTP names its mailer in X-Mailer (`WPMailSMTP/Mailer/<mailer> <version>`).
 */
function contactForm(o: {
  from: string;
  to: string;
  date: string;
  mailer: string;
  original: string;
}): string {
  const wb = 'b1_Qm7vT2xK9pR4nL8sW1cJ6hD3gF5aZ0eY';
  return [
    `Date: ${o.date}`,
    `To: ${o.to}`,
    `From: ${o.from}`,
    'Reply-To: jordan.mills@attacker.example',
    'Subject: Reader Example "Report a suspicious e-mail"',
    `Message-ID: <Qm7vT2xK9pR4nL8sW1cJ6hD3gF5aZ0eY@${READER_DOMAIN}>`,
    `X-Mailer: WPMailSMTP/Mailer/${o.mailer} 4.2.0`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed;\r\n boundary="${wb}"`,
    'Content-Transfer-Encoding: 8bit',
    '',
    'This is a multi-part message in MIME format.',
    `--${wb}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'From: Jordan Mills <jordan.mills@attacker.example>',
    'Subject: Northbank notice in the accounts mailbox',
    '',
    'Message Body:',
    'Jordan from accounts payable here, my laptop is in repair so I use the web form. This came into our mailbox this morning, is it genuine? Our payment run is today.',
    '',
    '-- ',
    'This e-mail was sent from a contact form on Reader Example (https://www.reader.example)',
    '',
    `--${wb}`,
    'Content-Type: message/rfc822; name=statement.eml',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename=statement.eml',
    '',
    ...(Buffer.from(o.original, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []),
    '',
    `--${wb}--`,
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

// ---------------------------------------------------------------------------------------------
// 1. The form's plugin logs in: ESMTPSA is software's, not a person's.
// ---------------------------------------------------------------------------------------------

async function formPluginLogsIn(write: CaseWriter): Promise<void> {
  const security = `security@${READER_DOMAIN}`;
  const wordpress = `wordpress@${READER_DOMAIN}`;
  const forged = forgedBoxDelivery(`jordan.mills@${READER_DOMAIN}`);
  const date = 'Fri, 20 Nov 2026 10:47:09 +0000';
  const form = contactForm({
    from: `Reader Example <${wordpress}>`,
    to: security,
    date,
    mailer: 'smtp',
    original: forged,
  });
  // WP Mail SMTP's "Other SMTP" mailer (host localhost, port 587, TLS, authentication on, the
  // mailbox wordpress@): Postfix's submission service writes the SASL login in its line.
  emitCase(write, {
    name: 'probe18-att-box-wp-mail-smtp-plugin-login-carries-upload',
    about:
      'The "report a suspicious e-mail" page of probe17-att-wordpress-form-upload-carries-outsider-eml, but WordPress sends through the WP Mail SMTP plugin (as nearly every WordPress site does, since PHP mail() lands in spam), set to "Other SMTP": localhost:587, STARTTLS, login wordpress@reader.example. Postfix\'s submission line reads "from www.reader.example (localhost [127.0.0.1]) (Authenticated sender: wordpress@reader.example) … with ESMTPSA". An anonymous visitor uploads statement.eml, a forged delivery of the bank\'s notice by mx.reader.example from 192.0.2.10 (SPF and DMARC pass "recorded"). vouches() (lib/attached.ts) takes mail written on the box when a hop says ESMTPSA, "a person submitted it with a login": the plugin logged in, not a person, and the forged lines are read as delivered. Wanted: not trusted',
    class: 'attached-vouch-local-software',
    args: ATTACHED_BOX,
    eml: lmtp(
      form,
      wordpress,
      security,
      date,
      `Received: from www.reader.example (localhost [127.0.0.1])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\t(Authenticated sender: ${wordpress})\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4ZqD9m5Ts1z8xAh\r\n\tfor <${security}>; ${date}`,
    ),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });

  // The same plugin on the company's web server in the DMZ (10.0.5.30), logging in to the box.
  emitCase(write, {
    name: 'probe18-att-box-wp-mail-smtp-dmz-web-host-carries-upload',
    about:
      'The same WordPress form on the company\'s own web server in its DMZ (www.reader.example, 10.0.5.30), WP Mail SMTP logging in to the mail box on port 587 as wordpress@reader.example: "from www.reader.example (www.reader.example [10.0.5.30]) (Authenticated sender: wordpress@reader.example) by mx.reader.example (Postfix) with ESMTPSA". A private client is mail written inside the receiving system, the login makes it "a person\'s", and the visitor\'s forged bank delivery is believed. Wanted: not trusted',
    class: 'attached-vouch-local-software',
    args: ATTACHED_BOX,
    eml: lmtp(
      form,
      wordpress,
      security,
      date,
      `Received: from www.reader.example (www.reader.example [10.0.5.30])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\t(Authenticated sender: ${wordpress})\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4ZqDBp7Vw3zBzCk\r\n\tfor <${security}>; ${date}`,
    ),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 1a. Request Tracker on a satellite host whose Postfix relays through the box with a login.
// ---------------------------------------------------------------------------------------------

function rtNullClient(write: CaseWriter): void {
  const analyst = `analyst@${READER_DOMAIN}`;
  const forged = forgedBoxDelivery(`jordan.mills@${READER_DOMAIN}`);
  const rtDate = 'Fri, 20 Nov 2026 10:41:52 +0000';
  // RT 5's notification with the requestor's attachment re-sent (as probe17's RTIR case; header set
  // and MIME::Entity boundary from public RT notifications).
  const rt = rtNotification({
    ticket: 48214,
    pid: 31338,
    txn: 1483,
    queue: `cert@${READER_DOMAIN}`,
    requestor: 'jordan.mills@attacker.example',
    to: analyst,
    date: rtDate,
    subject: STATEMENT_SUBJECT,
    text: 'Hello CERT, our staff received the attached notice from Northbank. Please confirm it is genuine.',
    attachment: forged,
  });
  // The RT host's Postfix as a null client: relayhost = [mx.reader.example]:587 with
  // smtp_sasl_auth_enable = yes (Postfix's SASL_README "enabling SASL authentication in the Postfix
  // SMTP client"), so the box prints the host's login in its line.
  emitCase(write, {
    name: 'probe18-att-rt-null-client-sasl-relay-carries-outsider-eml',
    about:
      "probe17's Request Tracker notification (an outsider opens CERT ticket #48214 with statement.eml attached; RT re-sends the attachment to the analyst), but the RT host's Postfix is a null client relaying through the mail box on port 587 with SASL (relayhost = [mx.reader.example]:587, smtp_sasl_auth_enable = yes, as Postfix's SASL_README sets it up): the box's line reads \"(Authenticated sender: rt@reader.example) … with ESMTPSA\". vouches() (lib/attached.ts) takes that login as a person's submission, and the outsider's forged bank delivery is believed. RT-Originator says who wrote it. Wanted: not trusted",
    class: 'attached-vouch-local-software',
    args: ATTACHED_BOX,
    eml: lmtp(
      rt,
      `cert@${READER_DOMAIN}`,
      analyst,
      rtDate,
      `Received: from rt.reader.example (rt.reader.example [10.0.5.20])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\t(Authenticated sender: rt@${READER_DOMAIN})\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4ZqD4h0Wq5z6vYg\r\n\tfor <${analyst}>; ${rtDate}`,
      `Received: by rt.reader.example (Postfix, from userid 33)\r\n\tid 7C2A1E01A4; ${rtDate}`,
    ),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 1b. Microsoft 365: the plugin's Graph mailer sends from a mailbox of the tenant, inside Exchange Online.
// ---------------------------------------------------------------------------------------------

function m365GraphForm(write: CaseWriter): void {
  const rcpt = `jordan.mills@${HL}`;
  // The forged original: the bank's notice as the reader's tenant would have delivered it (EOP
  // results above its frontend's entry line from 192.0.2.10, the organisation rows at the bottom).
  const forged = forgedHarbourlineDelivery(rcpt);
  const date = 'Fri, 20 Nov 2026 10:47:09 +0000';
  const form = contactForm({
    from: `Harbourline Website <website@${HL}>`,
    to: `phish@${HL}`,
    date,
    mailer: 'outlook',
    original: forged,
  }).replaceAll(READER_DOMAIN, HL);
  // Graph's sendMail submits in the mailbox (the mapi hop, as any Outlook client's), then HTTPS
  // delivery to phish@; EOP's id-less results for internal mail at the bottom (as probe17's exoInternal).
  const eml = fromWebsiteMailbox(form, date);
  emitCase(write, {
    name: 'probe18-att-m365-wp-graph-mailer-form-upload',
    about:
      "A Microsoft 365 organisation (harbourline.example) whose WordPress site sends its \"report a suspicious e-mail\" form through WP Mail SMTP's \"Microsoft 365 / Outlook\" mailer: Microsoft Graph sendMail from the licensed mailbox website@harbourline.example, so Exchange writes the same mapi submission and HTTPS delivery as for a colleague's Outlook, and the report is mail inside the organisation. An anonymous visitor's upload, statement.eml, is a forged EOP delivery of the bank's notice from 192.0.2.10 (spf=pass, dmarc=pass, compauth=pass). vouches() (lib/attached.ts) takes any mail inside Exchange Online under the Outlook profile as a person's report (no login to look for there): the forged lines are read as delivered. Wanted: not trusted",
    class: 'attached-vouch-org-software',
    args: ['--webmail', 'outlook', '--attached'],
    eml,
    zone: { ...HL_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Google Workspace: the form sends through the Gmail API as a user of the organisation.
// ---------------------------------------------------------------------------------------------

/** A message sent through the Gmail API by a Workspace user, signed d=<domain> s=google, delivered inside Workspace. */
async function viaGmailApi(o: {
  raw: string;
  domain: string;
  envelope: string;
  rcpt: string;
}): Promise<string> {
  // Gmail API submissions carry this line at the bottom (public headers of WP Mail SMTP's Gmail
  // mailer, and of any app using users.messages.send): "named unknown by gmailapi.google.com".
  const api = `Received: from 1093418867212 named unknown by gmailapi.google.com with HTTPREST;\r\n        Fri, 20 Nov 2026 02:47:09 -0800`;
  const signed = await signCorpus(onTop(o.raw, api), { domain: o.domain, selector: 'google' });
  return gmailDelivery(signed, {
    relay: GMAIL_OUT,
    envelope: o.envelope,
    results: `dkim=pass header.i=@${o.domain} header.s=google header.b=Q29ycHVz;\r\n       ${gmailSpf(o.envelope, GMAIL_OUT.ip)}\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${o.domain}`,
    ids: ['x118csp2231908pxb', 'a640c23a62f3a-4b1e0a7f3d2si220944277b.511'],
    to: o.rcpt,
    spf: 'pass',
    deliveredTo: true,
  });
}

async function workspaceForms(write: CaseWriter): Promise<void> {
  const security = `security@${READER_DOMAIN}`;
  const forged = forgedWorkspaceDelivery(`jordan.mills@${READER_DOMAIN}`);
  const form = contactForm({
    from: `Reader Example <wordpress@${READER_DOMAIN}>`,
    to: security,
    date: 'Fri, 20 Nov 2026 10:47:09 +0000',
    mailer: 'gmail',
    original: forged,
  });
  emitCase(write, {
    name: 'probe18-att-workspace-wp-gmail-api-form-upload',
    about:
      "A Google Workspace organisation (reader.example) whose WordPress site, hosted anywhere, sends its contact form through WP Mail SMTP's \"Google / Gmail\" mailer as the Workspace user wordpress@reader.example (\"from 1093418867212 named unknown by gmailapi.google.com with HTTPREST\"; Google signs d=reader.example s=google). An anonymous visitor uploads statement.eml: a forged Gmail delivery of the bank's notice to jordan.mills@reader.example from 192.0.2.10 (spf=pass, dmarc=pass). The analyst's mailbox security@reader.example receives the form mail; it authenticates for reader.example and Gmail's Delivered-To names security@reader.example, so vouches() (lib/attached.ts) takes it as a colleague's report, and the visitor's forged lines are read as Gmail's. Wanted: not trusted",
    class: 'attached-vouch-org-software',
    args: ATTACHED_GMAIL,
    eml: await viaGmailApi({
      raw: form,
      domain: READER_DOMAIN,
      envelope: `wordpress@${READER_DOMAIN}`,
      rcpt: security,
    }),
    zone: { ...WORKSPACE_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });

  // A university's alumni addresses: a secondary Workspace domain every graduate signs up for.
  const alumni = `alumni.${READER_DOMAIN}`;
  const report = submitted({
    from: `Alex Kim <alex.kim.2019@${alumni}>`,
    to: security,
    subject: `Fwd: ${STATEMENT_SUBJECT}`,
    date: 'Fri, 20 Nov 2026 10:31:12 +0000',
    messageId: '<CAK9vT3m1Xp7Qw2Ls8Nb4Zt6Yc0Jd5Kf@mail.gmail.com>',
    body: 'See attached.\r\n',
  });
  const b = '0000000000004c1e7d3a06249f2b';
  const withEml = report
    .replace('Content-Type: text/plain; charset=utf-8', `Content-Type: multipart/mixed; boundary="${b}"`)
    .replace(
      '\r\n\r\nSee attached.\r\n',
      `\r\n\r\n--${b}\r\nContent-Type: text/plain; charset="UTF-8"\r\n\r\nThe university's IT security asked alumni to forward these. Is this real?\r\n\r\n--${b}\r\nContent-Type: message/rfc822; name="statement.eml"\r\nContent-Disposition: attachment; filename="statement.eml"\r\n\r\n${forgedWorkspaceDelivery(`alex.kim.2019@${alumni}`)}\r\n--${b}--\r\n`,
    );
  emitCase(write, {
    name: 'probe18-att-workspace-alumni-subdomain-report-vouches',
    about:
      'A university on Google Workspace (reader.example) that gives every graduate a lifelong address under alumni.reader.example, a secondary domain of the same Workspace: anyone who once enrolled can sign up. A graduate\'s "report" to security@reader.example, authenticated by Google for alumni.reader.example, carries a forged Gmail delivery of the bank\'s notice. vouches() (lib/attached.ts) compares owners with sameOwner: alumni.reader.example and reader.example are one registrable domain, so the alumnus is "a person of the reader\'s organisation" and the forged lines are believed. isSignUpDomain knows free-mail providers and tenant parents, not an organisation\'s own sign-up subdomains. Wanted: not trusted',
    class: 'attached-vouch-sign-up-subdomain',
    args: ATTACHED_GMAIL,
    eml: await viaGmailApi({
      raw: withEml,
      domain: alumni,
      envelope: `alex.kim.2019@${alumni}`,
      rcpt: security,
    }),
    zone: {
      ...WORKSPACE_ZONE,
      ...BANK,
      [alumni]: { TXT: ['v=spf1 include:_spf.google.com -all'] },
      [`google._domainkey.${alumni}`]: KEY(),
      [`_dmarc.${alumni}`]: { TXT: ['v=DMARC1; p=none'] },
    },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Control: a person's forward-as-attachment over SMTP AUTH from the LAN, of the attacker's own mail.
// ---------------------------------------------------------------------------------------------

function boxPersonControl(write: CaseWriter): void {
  const mira = `mira.patel@${READER_DOMAIN}`;
  const security = `security@${READER_DOMAIN}`;
  const date = 'Fri, 20 Nov 2026 10:22:41 +0000';
  // What Mira received: the attacker's unsigned spoof of the bank, as her box really delivered it.
  const delivered = onTop(
    bankNotice(mira),
    `Return-Path: <${BANK_ENVELOPE}>`,
    `Delivered-To: ${mira}`,
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid a2RnBd0vPWd2cQAAq2Xb7g\r\n\t(envelope-from <${BANK_ENVELOPE}>)\r\n\tfor <${mira}>; Fri, 20 Nov 2026 09:58:04 +0000`,
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=fail (${RECEIVER}: domain of ${BANK_ENVELOPE} does not designate ${ATTACKER_IP} as permitted sender) smtp.mailfrom=${BANK_ENVELOPE};\r\n\tdmarc=fail (policy=reject) header.from=northbank.example`,
    received({
      ...ATTACKER_RELAY,
      by: RECEIVER,
      id: '4ZqB5k9Wj1z0tUb',
      for: mira,
      date: 'Fri, 20 Nov 2026 09:58:04 +0000',
    }),
  );
  const b = '------------Lx2Vn7Qp4Rs9Tw1Yz6Bc3Df8';
  const report = [
    `Content-Type: multipart/mixed; boundary="${b}"`,
    `Message-ID: <8c1f4e2a-93d7-4b5e-a6c0-2f7d9e1b3a4c@${READER_DOMAIN}>`,
    `Date: ${date}`,
    'MIME-Version: 1.0',
    'User-Agent: Mozilla Thunderbird',
    `To: ${security}`,
    `From: Mira Patel <${mira}>`,
    `Subject: Fwd: ${STATEMENT_SUBJECT}`,
    '',
    'This is a multi-part message in MIME format.',
    `--${b}`,
    'Content-Type: text/plain; charset=UTF-8; format=flowed',
    'Content-Transfer-Encoding: 7bit',
    '',
    'Is this one real?',
    '',
    `--${b}`,
    'Content-Type: message/rfc822; name="statement.eml"',
    'Content-Disposition: attachment; filename="statement.eml"',
    '',
    delivered,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
  emitCase(write, {
    name: 'probe18-att-box-colleague-esmtpsa-forwards-spoof-control',
    about:
      'Control: a colleague (Thunderbird, SMTP AUTH from the office LAN, "with ESMTPSA") forwards as an attachment the spoof of the bank her box really delivered: 198.51.100.66, spf=fail and dmarc=fail recorded. The report vouches, and what it vouches for is the failure. Wanted: spoofed',
    class: 'attached-vouch-control',
    args: ATTACHED_BOX,
    eml: lmtp(
      report,
      mira,
      security,
      date,
      `Received: from [192.168.20.31] (unknown [192.168.20.31])\r\n\t(Authenticated sender: ${mira})\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4ZqD1f8Vp2z3wXe\r\n\tfor <${security}>; ${date}`,
    ),
    zone: { ...READER_ZONE, ...BANK },
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// 4. key-gone-since-delivery: what the receiver recorded, in the forms the stand-back does not read.
// ---------------------------------------------------------------------------------------------

const MAY = 'Tue, 12 May 2026 09:14:22 +0000';

/** The payee-change spoof of May 2026, signed with the corpus key under a selector the bank never published. */
const mayPayeeSpoof = () =>
  signCorpus(
    submitted({
      from: BANK_FROM,
      subject: 'New payee details for your standing order',
      date: MAY,
      messageId: '<payee-20260512-5521@northbank.example>',
      body: 'Dear customer,\r\n\r\nfrom 1 June our collection account changes to IBAN XX00 9999 0000 1234 5678 00.\r\nPlease update your standing order.\r\n\r\nNorthbank Customer Security\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb2025' },
  );

/** The reader's Postfix delivery of May: `records` (the receiver's own headers) above its entry line. */
const mayDelivery = (signed: string, envelope: string, ...records: string[]) =>
  onTop(
    signed,
    `Return-Path: <${envelope}>`,
    'Delivered-To: robin@reader.example',
    ...records,
    received({
      ...ATTACKER_RELAY,
      by: RECEIVER,
      id: '4Z9kLm2Qx7z3pNd',
      for: 'robin@reader.example',
      date: MAY,
    }),
  );

const OLD_ABOUT =
  'A payee-change spoof delivered in May 2026 and looked at in December, when the reader checks which notice a payment followed (over 180 days): a signature d=northbank.example s=nb2025, a selector the bank never published, so our check finds "no key" and key-gone-since-delivery (lib/findings/receiver-record.ts) may call the key retired since.';

async function oldSpoofs(write: CaseWriter): Promise<void> {
  const signed = await mayPayeeSpoof();
  const bankKey = { 'nb1._domainkey.northbank.example': KEY() };
  const attackerEnvelope = 'bounce@attacker.example';

  // postfix-policyd-spf-python with its default Header_Type = SPF and Mail_From_reject = False: a
  // Received-SPF field, not Authentication-Results (policyd-spf.conf.commented; its header form
  // "Fail (mailfrom) identity=mailfrom; client-ip=…; helo=…; envelope-from=…; receiver=<UNKNOWN>").
  emitCase(write, {
    name: 'probe18-key-gone-old-spoof-policyd-spf-received-spf-fail',
    about: `${OLD_ABOUT} MAIL FROM:<security@northbank.example> from 198.51.100.66; the reader's Postfix runs policyd-spf with its default Header_Type = SPF (set to tag, not reject), so its record is "Received-SPF: Fail (mailfrom) identity=mailfrom; …; envelope-from=security@northbank.example" right above its entry. The 22:2x stand-back reads only the provider's Authentication-Results (probe17 wrote that form), so the same failure in the default form excuses the made-up key: unverified. Wanted: spoofed`,
    class: 'key-gone-old-delivery',
    args: ['--authserv-id', RECEIVER],
    eml: mayDelivery(
      signed,
      BANK_ENVELOPE,
      `Received-SPF: Fail (mailfrom) identity=mailfrom; client-ip=${ATTACKER_IP}; helo=mail.attacker.example; envelope-from=${BANK_ENVELOPE}; receiver=<UNKNOWN> `,
    ),
    zone: { ...BANK, ...bankKey },
    expect: SPOOFED,
  });

  // The same receiver set to write Authentication-Results (as in probe17), but the attacker gave
  // its own envelope: SPF passes for attacker.example, and that is all the receiver recorded.
  emitCase(write, {
    name: 'probe18-key-gone-old-spoof-own-envelope-spf-only-receiver',
    about: `${OLD_ABOUT} MAIL FROM:<bounce@attacker.example> from 198.51.100.66, where attacker.example's SPF allows it; the reader's Postfix records SPF only (policyd-spf, Header_Type = AR): "mx.reader.example; spf=pass … smtp.mailfrom=bounce@attacker.example". The stand-back (probe17's fix) asks for a recorded SPF failure of the From organisation's own envelope, which an attacker simply does not give; a receiver that checks no DKIM says nothing of the made-up key, and it reads as retired: unverified. Wanted: spoofed`,
    class: 'key-gone-old-delivery',
    args: ['--authserv-id', RECEIVER],
    eml: mayDelivery(
      signed,
      attackerEnvelope,
      `Authentication-Results: ${RECEIVER}; spf=pass (sender SPF authorized)\r\n\tsmtp.mailfrom=${attackerEnvelope}`,
    ),
    zone: { ...BANK, ...bankKey, ...authenticZone('attacker.example', ATTACKER_IP) },
    expect: SPOOFED,
  });

  // A subdomain of the bank's with no SPF record: the receiver recorded "none" for the bank's own
  // organisation, not a failure.
  const subEnvelope = 'bounces@notify.northbank.example';
  emitCase(write, {
    name: 'probe18-key-gone-old-spoof-bank-subdomain-envelope-spf-none',
    about: `${OLD_ABOUT} MAIL FROM:<bounces@notify.northbank.example>, a name under the bank's domain that publishes no SPF record; the reader's policyd-spf (Header_Type = AR) recorded "spf=none (no SPF record) smtp.mailfrom=bounces@notify.northbank.example". The stand-back counts only fail or softfail of the From organisation's envelope; none for the bank's own organisation says as much (the bank's mail did not come from there), and the made-up key is excused: unverified. Wanted: spoofed`,
    class: 'key-gone-old-delivery',
    args: ['--authserv-id', RECEIVER],
    eml: mayDelivery(
      signed,
      subEnvelope,
      `Authentication-Results: ${RECEIVER}; spf=none (no SPF record)\r\n\tsmtp.mailfrom=${subEnvelope}`,
    ),
    zone: { ...BANK, ...bankKey },
    expect: SPOOFED,
  });

  // amavisd-new with SpamAssassin between Postfix's two passes (Debian's and iRedMail's layout:
  // content_filter smtp-amavis:[127.0.0.1]:10024, reinjection on :10025), DKIM checked by
  // SpamAssassin's DKIM plugin only (amavis's own enable_dkim_verification off, its default): the
  // receiver's record of the failures is its spam filter's test list, written between its lines.
  const amavisDate = 'Tue, 12 May 2026 09:14:23 +0000';
  emitCase(write, {
    name: 'probe18-key-gone-old-spoof-amavis-spam-status-dkim-invalid',
    about: `${OLD_ABOUT} MAIL FROM:<security@northbank.example> from 198.51.100.66 to a Debian Postfix + amavisd-new + SpamAssassin box (no OpenDKIM, no policyd-spf): amavis wrote, between the entry line and Postfix's reinjection line, "X-Spam-Status: Yes, score=6.658 … tests=[…, DKIM_INVALID=0.1, DKIM_SIGNED=0.1, SPF_FAIL=0.919, …]": the receiver recorded at delivery that the signature did not verify and the bank's envelope failed SPF, and delivered it tagged ("***Spam***"). key-gone-since-delivery reads only Authentication-Results, finds none, and calls the made-up key retired since: unverified. Wanted: spoofed`,
    class: 'key-gone-old-delivery',
    args: ['--authserv-id', RECEIVER],
    eml: onTop(
      tagSubject(signed, '***Spam*** '),
      `Return-Path: <${BANK_ENVELOPE}>`,
      'Delivered-To: robin@reader.example',
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${RECEIVER} (Postfix) with ESMTP id 4Z9kLn0Ry8z4qPe\r\n\tfor <robin@reader.example>; ${amavisDate}`,
      `X-Virus-Scanned: Debian amavisd-new at ${RECEIVER}`,
      'X-Spam-Flag: YES',
      'X-Spam-Score: 6.658',
      'X-Spam-Level: ******',
      'X-Spam-Status: Yes, score=6.658 tagged_above=2 required=6.31\r\n\ttests=[BAYES_99=3.5, BAYES_999=0.2, DKIM_INVALID=0.1, DKIM_SIGNED=0.1,\r\n\tSPF_FAIL=0.919, SPF_HELO_NONE=0.001, T_SCC_BODY_TEXT_LINE=-0.01,\r\n\tURIBL_ABUSE_SURBL=1.948] autolearn=no autolearn_force=no',
      `Received: from ${RECEIVER} ([127.0.0.1])\r\n\tby localhost (${RECEIVER} [127.0.0.1]) (amavisd-new, port 10024)\r\n\twith ESMTP id Hq2xVb7Kp3Lm for <robin@reader.example>;\r\n\t${amavisDate}`,
      received({
        ...ATTACKER_RELAY,
        by: RECEIVER,
        id: '4Z9kLm2Qx7z3pNd',
        for: 'robin@reader.example',
        date: MAY,
      }),
    ),
    zone: { ...BANK, ...bankKey },
    expect: SPOOFED,
  });

  // Control: one Authentication-Results per checker, as Postfix with policyd-spf and OpenDKIM
  // writes them (each under the same authserv-id), OpenDKIM's below policyd-spf's.
  emitCase(write, {
    name: 'probe18-key-gone-old-spoof-split-milter-headers-control',
    about: `${OLD_ABOUT} Control: the reader's Postfix runs policyd-spf (Header_Type = AR) and OpenDKIM, each writing its own Authentication-Results under mx.reader.example: "spf=pass … smtp.mailfrom=bounce@attacker.example" on top and, below it, OpenDKIM's "dkim=fail reason=\\"key not found in DNS\\" header.d=northbank.example". The recorded DKIM failure in the second header must still stand back. Wanted: spoofed`,
    class: 'key-gone-old-delivery',
    args: ['--authserv-id', RECEIVER],
    eml: mayDelivery(
      signed,
      attackerEnvelope,
      `Authentication-Results: ${RECEIVER}; spf=pass (sender SPF authorized)\r\n\tsmtp.mailfrom=${attackerEnvelope}`,
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=fail reason="key not found in DNS" header.d=northbank.example header.i=@northbank.example header.b="Q29ycHVz"`,
    ),
    zone: { ...BANK, ...bankKey, ...authenticZone('attacker.example', ATTACKER_IP) },
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Subject tags: the new forms over the bank's replayed notice.
// ---------------------------------------------------------------------------------------------

/** The bank's genuine notice, signed nb1 over its Subject and body, replayed from the attacker's server. */
async function bankReplay(subject: string, body: string): Promise<string> {
  return signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject,
      date: 'Fri, 20 Nov 2026 08:30:00 +0000',
      messageId: '<notice-20261120-4471@northbank.example>',
      body,
    }),
    { domain: 'northbank.example', selector: 'nb1' },
  );
}

const replayed = (raw: string) =>
  onTop(raw, 'Return-Path: <bounce@attacker.example>', received({ ...ATTACKER_RELAY, by: RECEIVER }));

const REPLAY_ZONE = {
  ...BANK,
  'nb1._domainkey.northbank.example': KEY(),
  ...authenticZone('attacker.example', ATTACKER_IP),
};

async function subjectTags(write: CaseWriter): Promise<void> {
  const body = 'Your November statement is ready in online banking.\r\n';
  const genuine = await bankReplay('Your statement is ready', body);

  // 【至急】 ("urgent") in the lenticular-bracket form SUBJECT_TAG takes (any 1–16 characters).
  emitCase(write, {
    name: 'probe18-subject-tag-lenticular-urgent-lure-on-bank-replay',
    about:
      'The bank\'s genuine signed notice replayed from 198.51.100.66 with "【至急】" ("urgent") put before its Subject, raw UTF-8: SUBJECT_TAG (lib/auth/list-restore.ts) takes any 1–16 characters in lenticular brackets and the restored signature verifies, but GATEWAY_TAG (lib/findings/list.ts) takes only 外部/社外: a lure word is the replayer\'s, not a gateway\'s. Wanted: spoofed',
    class: 'subject-tag-lure',
    args: ['--authserv-id', RECEIVER],
    eml: replayed(tagSubject(genuine, '【至急】')),
    zone: REPLAY_ZONE,
    expect: SPOOFED,
  });

  // The new unbracketed forms over a replay whose body the attacker changed: the tag is undone, the body is not.
  const changed = genuine.replace(
    'Your November statement is ready in online banking.',
    'Your card is blocked. Confirm it at https://northbank.example.attacker.example/confirm',
  );
  for (const [tag, slug] of [
    ['CAUTION - ', 'caution-dash'],
    ['(EXTERNAL) ', 'parenthesised-external'],
  ] as const) {
    emitCase(write, {
      name: `probe18-subject-tag-${slug}-over-changed-body`,
      about: `The bank's signed notice replayed with the attacker's text in place of the bank's and "${tag.trim()}" before the Subject, one of the tag forms added at 22:2x: undoing the tag leaves the body hash failing, so nothing verifies and no gateway is read into it. Wanted: spoofed`,
      class: 'subject-tag-lure',
      args: ['--authserv-id', RECEIVER],
      eml: replayed(tagSubject(changed, tag)),
      zone: REPLAY_ZONE,
      expect: SPOOFED,
    });
  }

  // ISO-2022-JP: the bank's Japanese notice, its Subject one ISO-2022-JP B word; the attacker puts
  // 【外部】 before a Subject of its own words, re-encoded as UTF-8, as a gateway's re-encoding looks.
  const jpSubject = 'ご利用明細のお知らせ';
  const jis = encodeIso2022jp(jpSubject);
  if (!jis) throw new Error('not encodable');
  const jp = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: `=?ISO-2022-JP?B?${Buffer.from(jis).toString('base64')}?=`,
      date: 'Fri, 20 Nov 2026 08:30:00 +0000',
      messageId: '<notice-20261120-4472@northbank.example>',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1' },
  );
  const lure = '【外部】口座凍結のお知らせ'; // "account frozen notice"
  const rewritten = jp.replace(
    /^Subject: .*$/m,
    `Subject: =?UTF-8?B?${Buffer.from(lure, 'utf8').toString('base64')}?=`,
  );
  emitCase(write, {
    name: 'probe18-subject-tag-iso2022jp-reencoded-lure-words',
    about:
      'The bank\'s genuine Japanese notice (Subject one ISO-2022-JP B word, "ご利用明細のお知らせ", signed) replayed with the Subject replaced by "【外部】口座凍結のお知らせ" ("[External] account frozen") as one UTF-8 B word, the shape a Japanese gateway\'s re-encoding leaves (281b0a8). withoutTag (lib/auth/list-restore.ts) tries the rest as one ISO-2022-JP word, which is not what the bank signed, so the signature does not verify and no tag is undone. Wanted: spoofed',
    class: 'subject-tag-lure',
    args: ['--authserv-id', RECEIVER],
    eml: replayed(rewritten),
    zone: REPLAY_ZONE,
    expect: SPOOFED,
  });
}
