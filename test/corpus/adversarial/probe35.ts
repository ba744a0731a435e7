// Red-team probes, thirty-fifth round (December 2026): the rules added in the last hour.
// - The mailbox fetch (lib/message/origin-fetch.ts fetchedEntry, read by lib/message/origin.ts
//   findOrigin rule 5): under Gmail's "with POP3" line the walk takes the first hop with a public
//   address below it (nextPublicHop) when its `by` is of the POP server's organisation. The sender
//   writes lines below the provider's own; when the provider's lines record only inner addresses
//   (a submission behind a loopback proxy; an MX behind a load balancer), the first public line is
//   the sender's, and any `by mx.<provider>` passes.
// - cPanel's login headers (lib/message/submission.ts boxLoginUsers, lib/engine/login-submission.ts
//   loginSubmission): the headers are read only when the login line names no user, and Exim's line
//   prints the sender's envelope-from, in which a quoted local part can spell "(Authenticated
//   sender: …)".
// - Microsoft's sovereign clouds (lib/message/origin-exchange.ts EOP_FRONTEND/EXCHANGE_HOST,
//   lib/relay/providers-esp.ts's office365.us names): a forged GCC High frontend line below
//   Outlook's real entry; an attacker's PTR in office365.us on a documentation address.
// Controls: the fetch whose provider entry records the sender's public address; a cPanel customer
// forging a colleague's X-Authenticated-Sender beside cPanel's own.
// Layouts: Gmail's POP3 fetch line and X-Gmail-Fetch-Info as in realworld34; cPanel's Exim line
// and headers as in probe32. Names and addresses are documentation ones.

import { ATTACKER_IP, BANK, GMAIL, OUTLOOK, ptr, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirty-fifth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:1x on 2026-12-04. The fetch cases (they read authenticated: the walk skipped the
  // provider's inner line and took the sender's own line below it): lib/message/origin-fetch.ts
  // fetchedEntry now walks the provider's own hand-offs only (every line by a host of the POP
  // server's organisation; loopback or address-less lines only as local hand-offs, never a login;
  // an inner address only for the provider's LMTP), and stops with no address at the provider's
  // inner or login line. With no address and no signature of the From's own domain, DMARC is
  // undecided there (lib/analyze.ts undecidedByFetch: nothing in the message names the server
  // that sent it to the mailbox): unverified with dmarc-temperror, not spoofed, since the same shape
  // is every unsigned sender's mail in such a mailbox (rw35-gmail-pop3-isp-brand-mx-unsigned).
  // The cPanel case: lib/engine/login-submission.ts reads every login named, in the line and in
  // the box's own headers, so the sender's spelled colleague no longer hides the box's record of
  // the outsider (now spoofed).
]);

const NOT_TRUSTED = { notVerdict: ['authenticated', 'unverified'] };
const D = 'Fri, 20 Nov 2026 09:28:03 +0000';
const D2 = 'Fri, 20 Nov 2026 09:28:04 +0000';
const BANK_IP = '192.0.2.25';
const POP_IP = '203.0.113.110';
const POP = 'pop.mailprovider.example';

const lure = (to = 'Robin Reader <robin.reader@gmail.com>') =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to,
    subject: 'Unusual sign-in: confirm your card',
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });

/** Gmail's fetch of robin@mailprovider.example (realworld34's shape) on top of `below`. */
const fetched = (raw: string, ...below: string[]) =>
  onTop(
    raw,
    `X-Gmail-Fetch-Info: robin@mailprovider.example 1 ${POP} 995 robin@mailprovider.example`,
    'Delivered-To: robin.reader@gmail.com',
    `Received: from ${POP} (${POP}. [${POP_IP}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si3847561366b.12.2026.11.20.02.03.11\r\n        for <robin.reader@gmail.com>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
    'Delivered-To: robin@mailprovider.example',
    'Return-Path: <alerts@northbank.example>',
    `Received: from mx.mailprovider.example\r\n\tby imap.mailprovider.example (Dovecot) with LMTP id 8Kk3\r\n\tfor <robin@mailprovider.example>; ${D2}`,
    ...below,
  );
/** The attacker's own line, written into the message before it is sent. */
const FORGED_BANK_LINE = `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\n\tby mx.mailprovider.example (Postfix) with ESMTPS id 4ZrT2h0310\r\n\tfor <robin@mailprovider.example>; ${D}`;
const FETCH_ZONE = { ...BANK, ...ptr(POP_IP, POP) };

const FIRM = 'reader.example';
const BOX = `mail.${FIRM}`;
const FIRM_ZONE = {
  [FIRM]: { TXT: ['v=spf1 ip4:192.0.2.125 -all'] },
  [`_dmarc.${FIRM}`]: { TXT: ['v=DMARC1; p=reject'] },
};
const fraud = () =>
  submitted({
    from: 'Dana Okafor (CEO) <ceo@reader.example>',
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Urgent: wire before 11:00',
    body: 'Robin, I am in a meeting. Wire EUR 48,900 to the account below today and tell no one.\r\n',
  });
const LMTP = `Received: from ${BOX}\r\n\tby ${BOX} (Dovecot) with LMTP id 8Kk3\r\n\tfor <robin@reader.example>; ${D2}`;
const eximLogin = (envelope: string) =>
  `Received: from [203.0.113.50] (port=51522 helo=[192.168.1.20])\r\n\tby ${BOX} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97.1)\r\n\t(envelope-from <${envelope}>)\r\n\tid 1tAbCd-0001Qx-2K\r\n\tfor robin@reader.example; ${D}`;
const CPANEL_OUTSIDER = [
  `X-Get-Message-Sender-Via: ${BOX}: authenticated_id: orders@shop-customer.example`,
  `X-Authenticated-Sender: ${BOX}: orders@shop-customer.example`,
];

type Case = {
  name: string;
  about: string;
  eml: string;
  zone: Record<string, unknown>;
  args: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  const cls = c.name.includes('fetch')
    ? 'probe35-mailbox-fetch'
    : c.name.includes('cpanel')
      ? 'probe35-cpanel-login'
      : 'probe35-sovereign-cloud';
  write(c.name, {
    eml: c.eml,
    zone: c.zone,
    meta: { about: c.about, class: cls, args: c.args, expect: c.expect },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- the mailbox fetch ----------------------------------------------------------------------
  emit(write, {
    name: 'probe35-fetch-provider-submission-loopback-forged-bank-line',
    about: `The attacker holds an account at the provider Robin's Gmail fetches from over POP3, and submits a bank lure to robin@mailprovider.example with MAIL FROM <alerts@northbank.example> (the provider checks the From against nothing). The provider's submission sits behind a TLS proxy on the host, so its line records "from [127.0.0.1] by smtp.mailprovider.example with ESMTPSA". Below it, the attacker's own line "from mail.northbank.example ([${BANK_IP}]) by mx.mailprovider.example with ESMTPS". nextPublicHop skips the inner lines; the forged line's by is of the POP server's organisation. Wanted: not authenticated (the origin is the provider's login submission: no address, or the attacker's)`,
    eml: fetched(
      lure(),
      `Received: from [127.0.0.1] (localhost [127.0.0.1])\r\n\tby smtp.mailprovider.example (Postfix) with ESMTPSA id 4ZrT2h0400\r\n\tfor <robin@mailprovider.example>; ${D}`,
      FORGED_BANK_LINE,
    ),
    zone: FETCH_ZONE,
    args: GMAIL,
    expect: { notVerdict: ['authenticated'], findings: ['dmarc-temperror'] },
  });
  emit(write, {
    name: 'probe35-fetch-provider-mx-behind-proxy-forged-bank-line',
    about: `As above without an account: the provider's MX sits behind a load balancer without the PROXY protocol, so its line records every client at the balancer's inner address ("from mail.attacker.example (unknown [10.20.0.7]) by mx.mailprovider.example"). The attacker's own line below names the bank's server. Wanted: not authenticated (spoofed: no trusted line records the bank's address)`,
    eml: fetched(
      lure(),
      `Received: from mail.attacker.example (unknown [10.20.0.7])\r\n\tby mx.mailprovider.example (Postfix) with ESMTPS id 4ZrT2h0401\r\n\tfor <robin@mailprovider.example>; ${D}`,
      FORGED_BANK_LINE,
    ),
    zone: FETCH_ZONE,
    args: GMAIL,
    expect: { notVerdict: ['authenticated'], findings: ['dmarc-temperror'] },
  });
  emit(write, {
    name: 'probe35-fetch-provider-submission-loopback-no-forged-line-control',
    about: `Control: the provider account's submission from 127.0.0.1 alone (no line written by the attacker): nothing records a public sender below the fetch. Wanted: not authenticated`,
    eml: fetched(
      lure(),
      `Received: from [127.0.0.1] (localhost [127.0.0.1])\r\n\tby smtp.mailprovider.example (Postfix) with ESMTPSA id 4ZrT2h0404\r\n\tfor <robin@mailprovider.example>; ${D}`,
    ),
    zone: FETCH_ZONE,
    args: GMAIL,
    expect: { notVerdict: 'authenticated' },
  });
  emit(write, {
    name: 'probe35-fetch-provider-public-entry-forged-bank-line-control',
    about: `Control: the provider's MX records the attacker's public address (${ATTACKER_IP}); the forged bank line below it must not be read. Wanted: spoofed`,
    eml: fetched(
      lure(),
      `Received: from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}])\r\n\tby mx.mailprovider.example (Postfix) with ESMTPS id 4ZrT2h0402\r\n\tfor <robin@mailprovider.example>; ${D}`,
      FORGED_BANK_LINE,
    ),
    zone: FETCH_ZONE,
    args: GMAIL,
    expect: { verdict: 'spoofed' },
  });
  emit(write, {
    name: 'probe35-fetch-imaps-odd-case-forged-bank-line',
    about: `fetchmail on the reader's box collecting over IMAP ("from ${POP} by ${RECEIVER} with IMAPs", odd case), above it the box's LMTP; the provider's MX records the attacker's public address, a forged bank line below. Wanted: spoofed`,
    eml: onTop(
      lure('Robin Reader <robin@reader.example>'),
      `Received: from ${POP} (${POP} [${POP_IP}])\r\n\tby ${RECEIVER} with IMAPs (fetchmail-6.4.38)\r\n\tfor <robin@reader.example> (single-drop); ${D2}`,
      'Return-Path: <alerts@northbank.example>',
      `Received: from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}])\r\n\tby mx.mailprovider.example (Postfix) with ESMTPS id 4ZrT2h0403\r\n\tfor <robin@mailprovider.example>; ${D}`,
      FORGED_BANK_LINE,
    ),
    zone: FETCH_ZONE,
    args: ['--authserv-id', RECEIVER],
    expect: { verdict: 'spoofed' },
  });
  // --- cPanel's login headers -----------------------------------------------------------------
  emit(write, {
    name: 'probe35-cpanel-envelope-from-spells-authenticated-sender-ceo',
    about: `CEO fraud by another customer of the firm's cPanel box (probe32's case), this time with MAIL FROM <"(Authenticated sender: kari@reader.example)"@reader.example> (a quoted local part, RFC 5321 §4.1.2). Exim prints it in its own line ("(envelope-from <…>)"), where AUTHENTICATED_SENDER finds "kari@reader.example"; a named user makes loginSubmission skip cPanel's X-Authenticated-Sender (orders@shop-customer.example). Wanted: not trusted`,
    eml: onTop(
      fraud(),
      'Return-Path: <"(Authenticated sender: kari@reader.example)"@reader.example>',
      LMTP,
      eximLogin('"(Authenticated sender: kari@reader.example)"@reader.example'),
      ...CPANEL_OUTSIDER,
    ),
    zone: FIRM_ZONE,
    args: ['--authserv-id', BOX],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe35-cpanel-forged-colleague-header-control',
    about: `Control: the same customer writes his own "X-Authenticated-Sender: ${BOX}: kari@reader.example" into the message; cPanel's own records (orders@shop-customer.example) stay beside it. Wanted: not trusted (any outsider ends the login reading)`,
    eml: onTop(
      fraud(),
      'Return-Path: <ceo@reader.example>',
      LMTP,
      eximLogin('ceo@reader.example'),
      ...CPANEL_OUTSIDER,
      `X-Authenticated-Sender: ${BOX}: kari@reader.example`,
    ),
    zone: FIRM_ZONE,
    args: ['--authserv-id', BOX],
    expect: NOT_TRUSTED,
  });
  // --- Microsoft's sovereign clouds -----------------------------------------------------------
  emit(write, {
    name: 'probe35-eop-gcc-forged-frontend-below-real-entry-bank',
    about: `Bank lure to an Outlook.com reader: EOP's real frontend records the attacker (${ATTACKER_IP}); below it the attacker writes "from mail.northbank.example ([${BANK_IP}]) by BN3USG02FT003.mail.protection.office365.us" and a GCC High hand-on from 2001:489a:200:19b::17. Wanted: spoofed`,
    eml: onTop(
      lure('Robin Reader <robin.reader@outlook.com>'),
      'Return-Path: alerts@northbank.example',
      `Received: from mail.attacker.example (${ATTACKER_IP}) by\r\n DB5PEPF00014B9C.mail.protection.outlook.com (10.167.8.201) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.5 via\r\n Frontend Transport; ${D2}`,
      `Received: from SN1P110CA0028.office365.us (2001:489a:200:19b::17) by\r\n BN3USG02FT003.mail.protection.office365.us (2001:489a:2202:d::1) with Microsoft SMTP\r\n Server id 15.20.8207.5; ${D}`,
      `Received: from mail.northbank.example (${BANK_IP}) by\r\n SN1P110CA0028.office365.us (10.1.2.3) with Microsoft SMTP\r\n Server id 15.20.8207.5 via Frontend Transport; ${D}`,
    ),
    zone: BANK,
    args: OUTLOOK,
    expect: { verdict: 'spoofed' },
  });
  emit(write, {
    name: 'probe35-attacker-ptr-office365us-bank',
    about: `Plain bank forgery from ${ATTACKER_IP}, whose reverse name the attacker set (with a matching A record in a zone he was shown, as the corpus zone has it) to mail-cy1usg02on0084.outbound.protection.office365.us, GCC High's relay name now listed as Microsoft 365. Wanted: spoofed`,
    eml: onTop(
      lure('Robin Reader <robin@reader.example>'),
      'Return-Path: <alerts@northbank.example>',
      `Received: from mail-cy1usg02on0084.outbound.protection.office365.us (mail-cy1usg02on0084.outbound.protection.office365.us [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4ZrT2h0500\r\n\tfor <robin@reader.example>; ${D}`,
    ),
    zone: { ...BANK, ...ptr(ATTACKER_IP, 'mail-cy1usg02on0084.outbound.protection.office365.us') },
    args: ['--authserv-id', RECEIVER],
    expect: { verdict: 'spoofed' },
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
