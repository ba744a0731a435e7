// Red-team probes, twenty-eighth round (December 2026): the rules committed after 13:09 on
// 2026-12-04, mainly lib/engine/login-submission.ts loginSubmission (+ lib/message/submission.ts).
// - loginSubmission: the entry hop's `with` is ESMTPSA/ESMTPA/SMTPSA/LMTPSA, every line above it
//   has no address or a loopback one, and its `by` shares the From's registrable domain (no
//   free-mail domain): SPF is not run, DMARC is "none", the verdict "unverified". Nothing asks WHO
//   logged in, or whether the client that logged in was a person or another organisation's relay,
//   or whether the receiver wrote the line at all.
//   * The login names its user (Postfix `(Authenticated sender: …)`, Sendmail `(authenticated as …)`)
//     and that user is of another domain the same box hosts: not a colleague.
//   * A relay that authenticates to the reader's box (an outsourced inbound filter, a forwarding
//     service, a backup MX at a provider) turns every outsider's mail it carries into a "login":
//     the relay's own Received line below records the outsider.
//   * Loopback above the login is allowed (a content filter's re-injection). A receiver behind a
//     TCP proxy on the box records 127.0.0.1 for every client, so the attacker's forged login line
//     under it is the entry (probe16's proxy; the attacker greets as `localhost`).
//   * No line of the receiver at all (a message APPENDed with a stolen password, an .eml handed on):
//     the attacker's own `by mail.northbank.example with ESMTPSA` line makes a bank spoof "mail from
//     inside" the bank.
// - Controls: a colleague's genuine login (with and without the authenticated name), the same relay
//   chain with ESMTPS, a bank spoof through the reader's box.

import { ATTACKER_IP, BANK } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twenty-eighth round's report). Each: what it reads, what it should, which rule,
 * the fix proposed and its risk.
 */
// Fixed at 14:0x on 2026-12-04 (six now in the corpus; lib/engine/login-submission.ts loginSubmission): the login
// the receiver names (Postfix's "Authenticated sender:") must be a user of the From's organisation;
// nothing may have been received before the login (a relay that logs in carries anyone's mail);
// where the reader named the receiver (authserv-ids, --recipient-domain) the login must be on one
// of its hosts (the bank's own submission line alone in an appended message is not the reader's).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads unverified; should be spoofed or suspicious: behind a loopback TCP proxy the login line is
  // the attacker's. lib/engine/login-submission.ts loginSubmission (loopback above is allowed) with
  // lib/message/origin-nat.ts ownRelayName ("localhost" is a relay's name). Not fixed: the
  // receiver's line is byte for byte an amavis/rspamd re-injection over a genuine login, and the
  // same proxy already lets the attacker write an address the firm's SPF lists (authenticated,
  // probe16): a box behind a loopback proxy without the PROXY protocol cannot tell its clients
  // apart (README, "What still fools"). Naming the proxy (--nat-address 127.0.0.1) reads the entry
  // as an address-less hop: unverified with entry-behind-nat, no longer "mail from a colleague".
  'probe28-login-forged-under-loopback-proxy-ceo',
]);

const FIRM = 'reader.example';
const BOX = `mail.${FIRM}`;
const CEO = 'Dana Okafor (CEO) <ceo@reader.example>';
const FIRM_ZONE = {
  [FIRM]: { TXT: ['v=spf1 ip4:192.0.2.25 -all'] },
  [`_dmarc.${FIRM}`]: { TXT: ['v=DMARC1; p=reject'] },
};
const ARGS_FIRM = ['--authserv-id', BOX];
const D = 'Fri, 20 Nov 2026 09:28:03 +0000';
const D2 = 'Fri, 20 Nov 2026 09:28:04 +0000';
const D0 = 'Fri, 20 Nov 2026 09:28:01 +0000';

const fraud = () =>
  submitted({
    from: CEO,
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Urgent: wire before 11:00',
    body: 'Robin, I am in a meeting. Wire EUR 48,900 to the account below today and tell no one.\r\n',
  });

const LMTP = `Received: from ${BOX}\r\n\tby ${BOX} (Dovecot) with LMTP id 8Kk3\r\n\tfor <robin@reader.example>; ${D2}`;
const login = (client: string, auth = '', w = 'ESMTPSA') =>
  `Received: from ${client}${auth}\r\n\tby ${BOX} (Postfix) with ${w} id 4Q1Lg; ${D}`;
const HOME = '[198.51.100.23] (cpe-23.home.example [198.51.100.23])';

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
      class: c.name.includes('bank') ? 'probe28-bank-login' : 'probe28-login-submission',
      args: c.args ?? ARGS_FIRM,
      expect: c.expect,
    },
  });
}

const NOT_TRUSTED = { notVerdict: ['authenticated', 'unverified'] };

export async function makeAll(write: CaseWriter): Promise<void> {
  const rp = (a: string) => `Return-Path: <${a}>`;
  // --- who logged in -------------------------------------------------------------------------
  emit(write, {
    name: 'probe28-login-other-domain-user-ceo',
    about: `CEO fraud: From ${CEO}. The firm's box ${BOX} (Postfix, smtpd_sasl_authenticated_header=yes) also hosts a customer shop's domain; the attacker phished that shop's mailbox password and submits with it, writing From ceo@reader.example (no reject_sender_login_mismatch). The box's own line reads "(Authenticated sender: orders@shop-customer.example) … with ESMTPSA". loginSubmission asks only that the box be named under reader.example: SPF not run, DMARC none, unverified "a colleague logged in". Wanted: spoofed (SPF on 203.0.113.50 fails, p=reject) or suspicious`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login(
        '[203.0.113.50] (unknown [203.0.113.50])',
        '\r\n\t(Authenticated sender: orders@shop-customer.example)',
      ),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe28-login-other-domain-user-lowercase-esmtpsa-ceo',
    about: `As above, the box writing the protocol in lower case ("with esmtpsa", as Exim and some Postfix builds print it): the same stranger's login under the reader's box name. Wanted: not trusted`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login(
        '[203.0.113.50] (unknown [203.0.113.50])',
        '\r\n\t(Authenticated sender: orders@shop-customer.example)',
        'esmtpsa',
      ),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe28-login-same-domain-user-control',
    about: `Control: a colleague's genuine login ("(Authenticated sender: kari@reader.example)") from her home line, From ceo@reader.example (the CEO's assistant sends as the CEO). Wanted: unverified (holds today; the fix above must keep it)`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login(HOME, '\r\n\t(Authenticated sender: kari@reader.example)'),
    ),
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe28-login-no-user-named-control',
    about: `Control: the colleague's login line without the authenticated name (Postfix's default), delivered through LMTP. Wanted: unverified (holds today)`,
    eml: onTop(fraud(), rp('ceo@reader.example'), LMTP, login(HOME)),
    expect: { verdict: 'unverified' },
  });
  // --- a relay that logs in ------------------------------------------------------------------
  const relayLine = (by: string, w = 'ESMTPS') =>
    `Received: from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}])\r\n\tby ${by} (Postfix) with ${w} id 7Rk0; ${D0}`;
  emit(write, {
    name: 'probe28-login-by-authenticating-inbound-relay-ceo',
    about: `CEO fraud from ${ATTACKER_IP} (mail.attacker.example), MAIL FROM ceo@reader.example. The firm filters inbound mail at a provider (filter.spamcloud.example), which hands clean mail to the firm's box over submission with its account (an authenticated relay: "with ESMTPSA"). The box's line records the filter's login; the filter's own line below records the attacker. loginSubmission takes the box's line for a colleague: SPF not run on the filter either, DMARC none, unverified. Before the rule, SPF failed for the filter's address: spoofed. Wanted: spoofed or suspicious`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login('filter.spamcloud.example (filter-7.spamcloud.example [203.0.113.77])'),
      relayLine('filter-7.spamcloud.example'),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe28-login-by-authenticating-forwarder-exim-ceo',
    about: `As above through a forwarding service (alias robin@reader-alumni.example → robin@reader.example) that delivers with SMTP AUTH; the box is Exim: "with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384". Wanted: spoofed or suspicious`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      `Received: from fwd-3.forwardmail.example ([203.0.113.78])\r\n\tby ${BOX} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97)\r\n\t(envelope-from <ceo@reader.example>)\r\n\tid 1tAbCd-000123-4x\r\n\tfor robin@reader.example; ${D}`,
      relayLine('fwd-3.forwardmail.example'),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe28-relay-without-login-control',
    about: `Control: the same filter chain, the filter handing over with ESMTPS (no login): SPF fails for the filter's address. Wanted: spoofed (holds today)`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      login('filter.spamcloud.example (filter-7.spamcloud.example [203.0.113.77])', '', 'ESMTPS'),
      relayLine('filter-7.spamcloud.example'),
    ),
    expect: { verdict: 'spoofed' },
  });
  // --- a login line the attacker wrote -------------------------------------------------------
  emit(write, {
    name: 'probe28-login-forged-under-loopback-proxy-ceo',
    about: `CEO fraud to a box behind a TCP proxy on the box itself (stunnel/haproxy without the PROXY protocol): Postfix records 127.0.0.1 for every client and prints its HELO. The attacker greets "localhost" and writes under it a login line "from [198.51.100.23] … by ${BOX} with ESMTPSA". ownRelayName takes "localhost" for a relay, the walk goes down to the forged line, and loginSubmission allows loopback above: unverified. The receiver's line is identical to a content filter's re-injection, so the forged line is all there is. Wanted: suspicious or spoofed`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Q2Px; ${D}`,
      login(HOME),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe28-loopback-proxy-forged-line-no-login-control',
    about: `Control: the loopback-proxy chain with the forged line written "with ESMTPS": the walk still goes down to it (probe16's open case) and SPF runs on the address the attacker wrote (198.51.100.23), which fails. Wanted: spoofed (holds today; with the firm's own 192.0.2.25 written there it would pass: README "What still fools")`,
    eml: onTop(
      fraud(),
      rp('ceo@reader.example'),
      LMTP,
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Q2Px; ${D}`,
      login(HOME, '', 'ESMTPS'),
    ),
    expect: { verdict: 'spoofed' },
  });
  // --- the bank: no line of the receiver -----------------------------------------------------
  const lure = () =>
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Unusual sign-in: confirm your card',
      body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
    });
  const bankLogin = `Received: from [198.51.100.23] (unknown [198.51.100.23])\r\n\tby mail.northbank.example (Postfix) with ESMTPSA id 9Bk1; ${D}`;
  emit(write, {
    name: 'probe28-bank-login-line-no-receiver-line',
    about: `Bank spoof with no line of the reader's receiver (the attacker APPENDs it into the mailbox over IMAP with a phished password, or hands it on as an .eml file): its only Received line is the attacker's "by mail.northbank.example with ESMTPSA". No hop is the receiver's (mx.reader.example), so rule 3 takes it, and loginSubmission, which never asks whether the login box is the reader's, reads "a person logged in to the receiving system": SPF not run, DMARC none against p=reject, unverified. Wanted: suspicious (or spoofed: SPF fails for 198.51.100.23)`,
    eml: onTop(lure(), rp('alerts@northbank.example'), bankLogin),
    zone: BANK,
    args: ['--authserv-id', 'mx.reader.example'],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe28-bank-login-line-under-forged-lmtp',
    about: `As above with a forged LMTP delivery on top ("from mail.northbank.example by mail.northbank.example with LMTP"), the shape of the bank's own mail store. Wanted: suspicious or spoofed`,
    eml: onTop(
      lure(),
      rp('alerts@northbank.example'),
      `Received: from mail.northbank.example\r\n\tby mail.northbank.example (Dovecot) with LMTP id 2Hh; ${D2}`,
      bankLogin,
    ),
    zone: BANK,
    args: ['--authserv-id', 'mx.reader.example'],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe28-bank-forged-line-no-receiver-line-control',
    about: `Control: the no-receiver-line bank spoof with the attacker's line written "with ESMTPS" (no login): SPF runs on 198.51.100.23 and fails, p=reject. Wanted: spoofed (holds today: so the login word alone turns this spoof from spoofed into unverified)`,
    eml: onTop(lure(), rp('alerts@northbank.example'), bankLogin.replace('ESMTPSA', 'ESMTPS')),
    zone: BANK,
    args: ['--authserv-id', 'mx.reader.example'],
    expect: { verdict: 'spoofed' },
  });
  emit(write, {
    name: 'probe28-bank-login-line-under-reader-entry-control',
    about: `Control: the same forged bank login line under the reader's own entry line (mx.reader.example, from ${ATTACKER_IP}): the entry is the reader's, SPF fails, p=reject. Wanted: spoofed (holds today)`,
    eml: onTop(
      lure(),
      rp('alerts@northbank.example'),
      `Received: from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}])\r\n\tby mx.reader.example (Postfix) with ESMTPS id 4Zx; ${D2}`,
      bankLogin,
    ),
    zone: BANK,
    args: ['--authserv-id', 'mx.reader.example'],
    expect: { verdict: 'spoofed' },
  });
  emit(write, {
    name: 'probe28-bank-from-login-on-reader-box-control',
    about: `Control: an outsider with a mailbox on the reader's box logs in and writes From alerts@northbank.example: the box is not under the From's domain. Wanted: spoofed (holds today)`,
    eml: onTop(lure(), rp('alerts@northbank.example'), LMTP, login(HOME)),
    zone: BANK,
    expect: { verdict: 'spoofed' },
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
