// Red-team probes, thirty-second round (December 2026): the login-submission rule after round 28's
// fix (lib/engine/login-submission.ts loginSubmission, ownLmtp, boxRelay, AUTHENTICATED_SENDER;
// lib/message/submission.ts authenticatedSubmission; lib/analyze.ts, where loginSubmission is
// asked and INSIDE_SUBMISSION written). What the round tries:
// - words the sender controls inside the receiver's own line: a recipient address carrying
//   "with ESMTPSA" in the `for` clause; an X-Received header with the login words (not a Received
//   line: must not be read);
// - a line above the forged login that the rule lets pass: the box's name given as HELO (boxRelay
//   asks the HELO or the reverse name), a carrier-NAT address (100.64/10);
// - a lone forged login line of the bank's box with no receiver named at all (no --authserv-id,
//   no --recipient-domain: `named` is empty, so any `by` is taken for the reader's box);
// - who logged in: a bare login name (no domain: the user check is skipped), a user of a
//   subdomain of the From's organisation, the box and the user spelled in capitals with a
//   trailing dot.
// - Found (pending below): no receiver named lets the bank's lone login line back in; cPanel/Exim
//   names the login only in its own headers, which the user check does not read; a bare login name
//   and the IPv4-mapped loopback are known trade-offs. Held: the for clause, X-Received, the box's
//   name as HELO or PTR on a public address, a carrier-NAT line, an IDN look-alike user.
// - Controls: a colleague's genuine login (capitals and trailing dot; a subdomain user), the same
//   outsider chains written without the login word.

import { ATTACKER_IP, BANK } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirty-second round's report). Each: what it reads, what it should, which rule,
 * the fix proposed and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads unverified, no finding ("A person logged in to the receiving system"); should be
  // suspicious or spoofed (SPF fails for 198.51.100.23, p=reject). lib/engine/login-submission.ts
  // loginSubmission, its last test `named.length === 0 || isReceiverHost(h.by, named)`: with no
  // receiver named (the CLI without --authserv-id/--recipient-domain; the extension on a
  // self-hosted Roundcube with no trusted authserv-id, whose adapter passes no recipient domain)
  // any `by` is taken for the reader's box, so round 28's appended or handed-on bank spoof is back.
  // Fix: with nothing named, the login does not make the mail "inside": SPF and DMARC run as for
  // any client, a DMARC fail is capped at suspicious, with a finding that the login is on a box the
  // reader has not named (name it with --authserv-id). Risk: a colleague's genuine login read with
  // no options moves from unverified to suspicious (the extension's Gmail/Outlook/Yahoo profiles
  // always name their receiver; Roundcube's adapter could pass the logged-in user's domain).
  // Kept as it reads (16:5x on 2026-12-04): with nothing named, requiring a line above the login
  // turned rw19-mdaemon24-colleague-esmtpsa-ipv6-home-local-delivery (a genuine colleague, no
  // options, MDaemon's local delivery writes nothing above) spoofed. The shape needs a message that
  // no receiver wrote a line on (SMTP delivery always writes one, RFC 5321 §4.4): an .eml handed
  // over from elsewhere and read with no options; naming the receiver reads it spoofed.
  'probe32-bank-login-line-no-receiver-named',
  // Reads unverified; should be suspicious. lib/engine/login-submission.ts loginSubmission reads
  // the login user only from Postfix's "(Authenticated sender:)"; Exim names none in its line, and
  // cPanel's own record of the login (X-Authenticated-Sender / X-Get-Message-Sender-Via, "<box>:
  // [authenticated_id: ]<user>") is not read, so round 28's same-box customer is back on Exim.
  // Fix: when the line names no user, take it from those headers when their host part is the
  // login line's `by` (pass message.headers from lib/analyze.ts); a user outside the From's
  // organisation ends the login reading. Forged headers only lower trust. Risk: a colleague who
  // logs in with an account of another domain of the firm (older domain) reads spoofed on cPanel,
  // as on Postfix today.
  // Fixed at 16:5x on 2026-12-04 as proposed (lib/message/submission.ts boxLoginUsers, read by
  // loginSubmission when the line names no user): probe32-login-exim-cpanel-other-customer-ceo now
  // in the corpus (spoofed); the same-domain control stays unverified.
  // Reads unverified; should be suspicious. loginSubmission skips the user check when the login
  // name has no "@" (a control-panel system account of another customer on the same box). Not
  // fixed: bare-user Postfix logins are common genuine colleagues (realworld31: dlee, eva.nilsen)
  // and byte for byte the same; a bare name says nothing about its domain.
  'probe32-login-bare-user-other-customer-ceo',
  // Reads unverified; should be suspicious or spoofed. lib/message/origin-nat.ts isLoopback takes
  // ::ffff:127.0.0.1 for loopback, so this is round 28's loopback-proxy forgery
  // (probe28-login-forged-under-loopback-proxy-ceo) on a dual-stack socket: same trade-off, same
  // remedy (--nat-address for the proxy). Kept to pin that the mapped form is that case, not new.
  'probe32-login-under-ipv4-mapped-loopback-ceo',
]);

const FIRM = 'reader.example';
const BOX = `mail.${FIRM}`;
const MX = `mx.${FIRM}`;
const CEO = 'Dana Okafor (CEO) <ceo@reader.example>';
const FIRM_ZONE = {
  [FIRM]: { TXT: ['v=spf1 ip4:192.0.2.25 -all'] },
  [`_dmarc.${FIRM}`]: { TXT: ['v=DMARC1; p=reject'] },
};
const ARGS_FIRM = ['--authserv-id', BOX];
const D = 'Fri, 20 Nov 2026 09:28:03 +0000';
const D2 = 'Fri, 20 Nov 2026 09:28:04 +0000';

const fraud = () =>
  submitted({
    from: CEO,
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Urgent: wire before 11:00',
    body: 'Robin, I am in a meeting. Wire EUR 48,900 to the account below today and tell no one.\r\n',
  });

const LMTP = `Received: from ${BOX}\r\n\tby ${BOX} (Dovecot) with LMTP id 8Kk3\r\n\tfor <robin@reader.example>; ${D2}`;
const login = (client: string, auth = '', w = 'ESMTPSA', by = BOX) =>
  `Received: from ${client}${auth}\r\n\tby ${by} (Postfix) with ${w} id 4Q1Lg; ${D}`;
const HOME = '[198.51.100.23] (cpe-23.home.example [198.51.100.23])';
const ATTACKER = `mail.attacker.example (mail.attacker.example [${ATTACKER_IP}])`;
const rp = (a: string) => `Return-Path: <${a}>`;

type Case = {
  name: string;
  about: string;
  eml: string;
  zone?: Record<string, unknown>;
  args?: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    zone: c.zone ?? FIRM_ZONE,
    meta: {
      about: c.about,
      class: c.name.includes('bank') ? 'probe32-bank-login' : 'probe32-login-submission',
      args: c.args ?? ARGS_FIRM,
      expect: c.expect,
    },
  });
}

const NOT_TRUSTED = { notVerdict: ['authenticated', 'unverified'] };

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- the sender's words inside the receiver's line ------------------------------------------
  emit(write, {
    name: 'probe32-login-words-in-for-clause-ceo',
    about: `CEO fraud from ${ATTACKER_IP} straight to the firm's box, which writes the recipient in the for clause: the attacker's RCPT TO is <"robin+ with ESMTPSA"@reader.example> (recipient_delimiter=+ delivers it to robin). The box's line reads "with ESMTPS id … for <"robin+ with ESMTPSA"@reader.example>": a second with clause the sender wrote. Wanted: spoofed (the first with, ESMTPS, is the receiver's; SPF fails, p=reject)`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      `Received: from ${ATTACKER}\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Q1Lg\r\n\tfor <"robin+ with ESMTPSA"@reader.example>; ${D}`,
    ),
    expect: { verdict: 'spoofed' },
  });
  emit(write, {
    name: 'probe32-login-x-received-esmtpsa-ceo',
    about: `CEO fraud from ${ATTACKER_IP} through the firm's box (ESMTPS), the attacker adding below it an X-Received header "from [198.51.100.23] by ${BOX} with ESMTPSA" (the shape Google writes). Not a Received line: the rule must not read it. Wanted: spoofed`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login(ATTACKER, '', 'ESMTPS'),
      login(HOME).replace(/^Received:/, 'X-Received:'),
    ),
    expect: { verdict: 'spoofed' },
  });
  // --- a line above the forged login that the rule lets pass --------------------------------
  emit(write, {
    name: 'probe32-login-boxrelay-helo-of-box-ceo',
    about: `CEO fraud: the attacker at ${ATTACKER_IP} connects to the firm's MX (${MX}) greeting "EHLO ${BOX}" (the firm's submission host's name) and writes below a forged login "from [198.51.100.23] by ${BOX} with ESMTPSA". boxRelay takes a public address whose HELO alone is the box's name for the box handing on. The MX's line records "(unknown [${ATTACKER_IP}])": no reverse name leads back. Wanted: spoofed (the MX's client is the entry; SPF fails)`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      `Received: from ${BOX} (unknown [${ATTACKER_IP}])\r\n\tby ${MX} (Postfix) with ESMTPS id 7Tz1\r\n\tfor <robin@reader.example>; ${D2}`,
      login(HOME),
    ),
    args: ['--authserv-id', MX],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe32-login-boxrelay-ptr-of-box-ceo',
    about: `As above, the attacker's own PTR for ${ATTACKER_IP} set to ${BOX} (no A record of the firm leads back to it) and an MX that prints the reverse name unchecked: "from ${BOX} (${BOX} [${ATTACKER_IP}])". Wanted: spoofed or suspicious`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      `Received: from ${BOX} (${BOX} [${ATTACKER_IP}])\r\n\tby ${MX} (Postfix) with ESMTPS id 7Tz1\r\n\tfor <robin@reader.example>; ${D2}`,
      login(HOME),
    ),
    zone: { ...FIRM_ZONE, [`${ATTACKER_IP.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [BOX] } },
    args: ['--authserv-id', MX],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe32-login-under-carrier-nat-line-ceo',
    about: `CEO fraud whose MX line records a carrier-NAT address (100.64.7.9, RFC 6598) with the box's name as HELO; below it the forged login line. boxRelay refuses inner addresses; the line must not pass as local. Wanted: not trusted`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      `Received: from ${BOX} (unknown [100.64.7.9])\r\n\tby ${MX} (Postfix) with ESMTPS id 7Tz1\r\n\tfor <robin@reader.example>; ${D2}`,
      login(HOME),
    ),
    args: ['--authserv-id', MX],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe32-login-under-ipv4-mapped-loopback-ceo',
    about: `CEO fraud to the firm's box behind a dual-stack proxy on the box (clients recorded as [IPv6:::ffff:127.0.0.1]), the attacker greeting "localhost" and writing a login line below: the loopback written as an IPv4-mapped IPv6 address. Wanted: not trusted (if unverified, it is round 28's loopback-proxy case, probe28-login-forged-under-loopback-proxy-ceo)`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      `Received: from localhost (localhost [IPv6:::ffff:127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Q2Px; ${D}`,
      login(HOME),
    ),
    expect: NOT_TRUSTED,
  });
  // --- no receiver named ----------------------------------------------------------------------
  const lure = () =>
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Unusual sign-in: confirm your card',
      body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
    });
  const bankLogin = `Received: from [198.51.100.23] (unknown [198.51.100.23])\r\n\tby mail.northbank.example (Postfix) with ESMTPSA id 9Bk1; ${D}`;
  emit(write, {
    name: 'probe32-bank-login-line-no-receiver-named',
    about: `Round 28's appended bank spoof (its only Received line the attacker's "by mail.northbank.example with ESMTPSA") read with no receiver named: no --authserv-id, no --recipient-domain, no A-R header (the CLI on a saved .eml). loginSubmission's last test (named.length === 0) then takes the bank's box for the reader's. Wanted: suspicious or spoofed (SPF fails for 198.51.100.23, p=reject)`,
    eml: onTop(lure(), rp('alerts@northbank.example'), bankLogin),
    zone: BANK,
    args: [],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe32-bank-login-line-under-reader-mx-no-receiver-named',
    about: `As above, delivered through the reader's MX (its line on top: from ${ATTACKER_IP}, by mx.reader.example with ESMTPS), the forged bank login line below, no receiver named. Wanted: spoofed (the MX's client is the entry; SPF fails)`,
    eml: onTop(
      lure(),
      rp('alerts@northbank.example'),
      `Received: from ${ATTACKER}\r\n\tby mx.reader.example (Postfix) with ESMTPS id 4Zx; ${D2}`,
      bankLogin,
    ),
    zone: BANK,
    args: [],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe32-login-forged-under-reader-mx-no-receiver-named-ceo',
    about: `CEO fraud through the firm's MX from ${ATTACKER_IP}, a forged login line "by ${BOX} with ESMTPSA" below it, read with no receiver named (the CLI on the saved message). Wanted: spoofed`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      `Received: from ${ATTACKER}\r\n\tby ${MX} (Postfix) with ESMTPS id 7Tz1\r\n\tfor <robin@reader.example>; ${D2}`,
      login(HOME),
    ),
    args: [],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe32-login-genuine-no-receiver-named-control',
    about: `Control: a colleague's genuine login, delivered through LMTP, read with no receiver named. Wanted: unverified (holds today; the fix for the bank case above must keep a colleague's mail out of "spoofed")`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login(HOME, '\r\n\t(Authenticated sender: kari@reader.example)'),
    ),
    args: [],
    expect: { notVerdict: 'spoofed' },
  });
  emit(write, {
    name: 'probe32-bank-login-line-recipient-domain',
    about: `As above, the reader naming only their own domain (--recipient-domain reader.example): the bank's box is not one of the reader's hosts. Wanted: not trusted`,
    eml: onTop(lure(), rp('alerts@northbank.example'), bankLogin),
    zone: BANK,
    args: ['--recipient-domain', FIRM],
    expect: NOT_TRUSTED,
  });
  // --- who logged in --------------------------------------------------------------------------
  emit(write, {
    name: 'probe32-login-bare-user-other-customer-ceo',
    about: `CEO fraud by a customer of the firm's box whose login is a bare account name (a control-panel system account: "(Authenticated sender: shopadm)"): the user check runs only when the name has an "@". Wanted: suspicious (not "a colleague logged in"); see the report for the trade-off`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login('[203.0.113.50] (unknown [203.0.113.50])', '\r\n\t(Authenticated sender: shopadm)'),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe32-login-exim-cpanel-other-customer-ceo',
    about: `CEO fraud by a customer of the firm's own cPanel box (Exim, which names no login in its Received line): the customer logs in and writes From ceo@reader.example ("with esmtpsa"). cPanel's Exim adds its anti-abuse record of the login, "X-Authenticated-Sender: ${BOX}: orders@shop-customer.example" and "X-Get-Message-Sender-Via: ${BOX}: authenticated_id: orders@shop-customer.example" (header shapes as cPanel writes them; the Spam Experts identity-header guide, documentation.solarwindsmsp.com, names cPanel's login headers). The user check reads Postfix's "(Authenticated sender:)" only. Wanted: suspicious or spoofed`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      `Received: from [203.0.113.50] (port=51522 helo=[192.168.1.20])\r\n\tby ${BOX} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97.1)\r\n\t(envelope-from <ceo@reader.example>)\r\n\tid 1tAbCd-0001Qx-2K\r\n\tfor robin@reader.example; ${D}`,
      `X-Get-Message-Sender-Via: ${BOX}: authenticated_id: orders@shop-customer.example`,
      `X-Authenticated-Sender: ${BOX}: orders@shop-customer.example`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe32-login-exim-cpanel-same-domain-control',
    about: `Control: the same cPanel box, the login a colleague's (authenticated_id: kari@reader.example). Wanted: unverified`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      `Received: from [198.51.100.23] (port=51522 helo=[192.168.1.20])\r\n\tby ${BOX} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97.1)\r\n\t(envelope-from <ceo@reader.example>)\r\n\tid 1tAbCd-0001Qx-2K\r\n\tfor robin@reader.example; ${D}`,
      `X-Get-Message-Sender-Via: ${BOX}: authenticated_id: kari@reader.example`,
      `X-Authenticated-Sender: ${BOX}: kari@reader.example`,
    ),
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe32-login-user-case-trailing-dot-control',
    about: `Control: a colleague's genuine login, the box and the user written in capitals with a trailing dot ("(Authenticated sender: Kari@Reader.Example.)", "by MAIL.READER.EXAMPLE."). Wanted: unverified`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login(HOME, '\r\n\t(Authenticated sender: Kari@Reader.Example.)', 'ESMTPSA', 'MAIL.READER.EXAMPLE.'),
    ),
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe32-login-subdomain-user-control',
    about: `Control: a colleague of the firm's sales subdomain logs in ("(Authenticated sender: kari@sales.reader.example)") and writes From ceo@reader.example: the same organisation. Wanted: unverified`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login(HOME, '\r\n\t(Authenticated sender: kari@sales.reader.example)'),
    ),
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe32-login-idn-twin-user-ceo',
    about: `CEO fraud by a customer of the box whose domain is the firm's look-alike ("(Authenticated sender: ceo@rëader.example)", written in UTF-8 by an SMTPUTF8 Postfix). Wanted: spoofed (not the From's organisation)`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login('[203.0.113.50] (unknown [203.0.113.50])', '\r\n\t(Authenticated sender: ceo@rëader.example)'),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe32-login-genuine-control',
    about: `Control: a colleague's genuine login from home, delivered through LMTP. Wanted: unverified`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login(HOME, '\r\n\t(Authenticated sender: kari@reader.example)'),
    ),
    expect: { verdict: 'unverified' },
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
