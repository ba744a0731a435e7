// Red-team probes, fiftieth round (December 2026): the day's rules set against each other by a
// sender who has read lib/ and wants an unsigned forgery of northbank.example (DMARC p=reject) read
// authenticated or unverified by a self-hosted reader (`--authserv-id mx.reader.example`).
// - lib/auth/authresults.ts heloWrites (round 48's form) finds the HELO as what precedes the
//   client comment holding `[${ip}]`, the hop's parsed address; when that text is not in the line,
//   it falls back to round 47's reading, the text before the first "(". Postfix prints an IPv6
//   client as `[IPv6:2001:db8::66]` (smtpd_peer.c: "IPv6:" prefix in the Received line), so over
//   IPv6 `[2001:db8::66]` is never found and the fallback comes back: probe48's HELO
//   `a(b);dmarc=pass header.from=northbank.example` is read as "a" again. Evidence taken away: the
//   taint never fires, so the sender's resinfo stands as the receiver's pass and OpenDMARC's fail
//   is cancelled as "two checkers disagreeing". Also beside probe49's bare login on the bank's
//   hoster (the login rules of round 49), where the same HELO was caught over IPv4.
// - The Stalwart rule (STALWART_LINE) beside the same fallback: probe48's HELO faking
//   `x by mx.reader.example (Stalwart SMTP) …` held over IPv4 because the taint saw its ")"; over
//   IPv6 the taint reads "x by mx.reader.example " and the sender's own header right below the
//   entry line becomes the receiver's, with every pass in it.
// - Held over IPv4 as a control for the fallback, and the bank's genuine signed notice over IPv6
//   through the same boxes (policyd-spf + OpenDKIM + OpenDMARC on Postfix; Stalwart) as controls.
// Layouts: Postfix's entry line with `[IPv6:…]` (postfix smtpd_peer.c, as test/corpus/messages.ts
// received() prints it); policyd-spf's AR mode (spf-engine's spf_engine/__init__.py) and rspamd's
// as probe47/probe48; Stalwart's Received line and Authentication-Results right below it as
// realworld45 (stalwartlabs/stalwart issues #76 and #1308). Names and addresses are documentation ones.

import { signCorpus } from '../../helpers/corpus';
import { AUTHENTICATED, BANK, BANK_KEY, NOT_TRUSTED, ptr, RECEIVER, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the fiftieth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read authenticated offline ("according to your provider's checks"), wanted unverified: probe48's
  // bypass is back over IPv6. lib/auth/authresults.ts heloWrites looks for `[${ip}]` with the hop's
  // parsed address (2001:db8:66::25), but Postfix (and Exim, Sendmail) print `[IPv6:2001:db8:66::25]`;
  // not found, it falls back to the text before the first "(", "a", and the HELO's
  // ";dmarc=pass header.from=northbank.example" (policyd-spf's raw smtp.helo= copy) stands as the
  // receiver's pass. Fix (proposed): find the client comment's address as `[ip]` or `[IPv6:ip]`
  // (case-insensitive prefix; better, the last `[…]` whose content less an "IPv6:" prefix parses to
  // the same address as the hop's, so that a non-canonical spelling such as `2001:DB8:66:0::25`
  // matches too). Risk: none for genuine mail (an IPv6 HELO a host name or `[IPv6:…]` literal holds
  // no ';', ')', '"' or '\'); do NOT instead widen the fallback to the whole from clause, which would
  // taint genuine Stalwart lines with a nested "(AS24940 …)" comment after the address (rw45).
  // Fixed at 23:3x on 2026-12-04 (lib/auth/authresults.ts clientLiteralAt: the client's [address]
  // is found in any spelling, [IPv6:…] included): probe50-policyd-spf-ipv6-helo-paren-injects-dmarc-pass-offline.
  // Read authenticated online (provider-disagreement, low), wanted spoofed: the injected provider
  // pass outweighs our failing re-check. Same rule (heloWrites' IPv6 miss) and fix.
  // Fixed at 23:3x on 2026-12-04 (lib/auth/authresults.ts clientLiteralAt: the client's [address]
  // is found in any spelling, [IPv6:…] included): probe50-policyd-spf-ipv6-helo-paren-injects-dmarc-pass-online.
  // Read unverified offline ("hold no DMARC result"), wanted spoofed: OpenDMARC's dmarc=fail and the
  // HELO's dmarc=pass, each well-formed under the receiver's id, are two checkers disagreeing
  // (lib/auth/authresults-provider.ts onceOf) and the receiver's FAIL becomes nothing. Same rule and
  // fix; the IPv4 twin (probe50-policyd-spf-ipv4-helo-paren-erases-opendmarc-fail-held-offline) reads
  // spoofed today.
  // Fixed at 23:3x on 2026-12-04 (lib/auth/authresults.ts clientLiteralAt: the client's [address]
  // is found in any spelling, [IPv6:…] included): probe50-policyd-spf-ipv6-helo-paren-erases-opendmarc-fail-offline.
  // Read authenticated offline (offline-mode only: the login row needs the MX lookup, and the
  // HELO's dmarc=pass under the hoster's name is taken as the box's), wanted not trusted. Same rule
  // (heloWrites' IPv6 miss) and fix: with the pass out, the box's spf=fail for the bank's envelope
  // stands, as in probe49's IPv4 case. Online it reads suspicious (login-outside-organisation), but
  // its summary still opens "This message really comes from northbank.example", from the injected pass.
  // After the fix at 23:3x (the lead): reads unverified offline, kept pending. Once the HELO's
  // dmarc=pass is dropped the box's header holds no DMARC word of its own (policyd-spf only), and
  // offline nothing else decides: as for any forgery through a box with no DMARC checker, read
  // offline. Online the login rule reads it suspicious (case 11).
  'probe50-login-mxbox-bare-login-ipv6-helo-paren-dmarc-pass-offline',
]);

type Case = {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone?: object;
  args: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    ...(c.zone ? { zone: c.zone as Record<string, unknown> } : {}),
    meta: { about: c.about, class: `probe50-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const READER = 'Robin Reader <robin@reader.example>';
const BOX_ARGS = ['--authserv-id', RECEIVER];
const ATTACKER_V6 = '2001:db8:66::25';
const ATTACKER_V4 = '198.51.100.66';
const BANK_V6 = { helo: 'mail.northbank.example', ip: '2001:db8:25::10' };
const BANK_ZONE = {
  ...BANK,
  ...BANK_KEY,
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.10 ip6:2001:db8:25::/48 -all'] },
};

const lure = () =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to: READER,
    subject: 'Mandatory: re-enrol your token today',
    body: 'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
  });

const bankSigned = () =>
  signCorpus(
    onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        to: READER,
        subject: 'Your November statement is ready',
        body: 'Your statement for November is ready in online banking.\r\n',
      }),
      received({ helo: BANK_V6.helo, rdns: BANK_V6.helo, ip: '10.25.0.4', by: BANK_V6.helo }),
    ),
    { domain: 'northbank.example', selector: 'nb1' },
  );

/** The reader's Postfix entry line for a client greeting `helo` from `ip` (IPv6 printed `[IPv6:…]`). */
const entry = (helo: string, ip: string, rdns = 'mail.attacker.example') =>
  received({ helo, rdns, ip, by: RECEIVER, id: '4ZrT2h0547', for: 'robin@reader.example' });

// --- 1. heloWrites' fallback over IPv6, policyd-spf's header ----------------------------------------

const PAREN_HELO = 'a(b);dmarc=pass header.from=northbank.example';
const policydSpf = (helo: string, ip: string) =>
  `Authentication-Results: ${RECEIVER}; spf=none (no SPF record) smtp.helo=${helo}\r\n (client-ip=${ip}; helo=${helo}; envelope-from=<>; receiver=robin@reader.example)`;
const OPENDMARC_FAIL = `Authentication-Results: ${RECEIVER}; dmarc=fail (p=reject dis=none) header.from=northbank.example`;
const viaPolicydSpf = (ip: string, opendmarc = false) =>
  onTop(
    lure(),
    'Return-Path: <>',
    'Delivered-To: robin@reader.example',
    ...(opendmarc ? [OPENDMARC_FAIL] : []),
    policydSpf(PAREN_HELO, ip),
    entry(PAREN_HELO, ip),
  );

async function heloV6(write: CaseWriter): Promise<void> {
  const what = `The attacker connects to the reader's dual-stack Postfix box over IPv6 from ${ATTACKER_V6}, greets "EHLO ${PAREN_HELO}", MAIL FROM:<>, and sends the unsigned lure as security@northbank.example. Postfix prints "from ${PAREN_HELO} (mail.attacker.example [IPv6:${ATTACKER_V6}])": heloWrites looks for "[${ATTACKER_V6}]", does not find it (the "IPv6:" prefix), and falls back to the text before the first "(", "a". policyd-spf (Header_Type = AR) copies the HELO raw: "(b)" is a comment, ";dmarc=pass header.from=northbank.example" a well-formed resinfo of the sender's`;
  emit(write, {
    name: 'probe50-policyd-spf-ipv6-helo-paren-injects-dmarc-pass-offline',
    about: `${what}. No DMARC checker on the box. Offline. Wanted: unverified (the HELO holds ';' and ')': the receiver's passes are the sender's text), never authenticated`,
    cls: 'helo-ipv6-fallback',
    eml: viaPolicydSpf(ATTACKER_V6),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe50-policyd-spf-ipv6-helo-paren-injects-dmarc-pass-online',
    about: `probe50-policyd-spf-ipv6-helo-paren-injects-dmarc-pass-offline read online: no signature; SPF for the null sender's HELO "a(b);…" is none, DMARC for northbank.example fails in our re-check. Wanted: spoofed (the injected provider pass must not outweigh it)`,
    cls: 'helo-ipv6-fallback',
    eml: viaPolicydSpf(ATTACKER_V6),
    zone: BANK_ZONE,
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe50-policyd-spf-ipv6-helo-paren-erases-opendmarc-fail-offline',
    about: `${what}. OpenDMARC on the same box writes dmarc=fail (p=reject dis=none) header.from=northbank.example above it. The receiver's FAIL is what the attacker wants gone: with the HELO's pass standing, two well-formed headers under the receiver's name disagree and onceOf keeps neither. Offline. Wanted: spoofed`,
    cls: 'helo-ipv6-fallback',
    eml: viaPolicydSpf(ATTACKER_V6, true),
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe50-policyd-spf-ipv4-helo-paren-erases-opendmarc-fail-held-offline',
    about: `Held (the IPv4 twin): the same HELO and headers from ${ATTACKER_V4}; Postfix prints "[${ATTACKER_V4}]", heloWrites finds it and sees the ';' and ')' before it, the HELO's pass is taken out, OpenDMARC's fail stands. Offline. Wanted: spoofed`,
    cls: 'helo-ipv6-fallback',
    eml: viaPolicydSpf(ATTACKER_V4, true),
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  const signed = await bankSigned();
  emit(write, {
    name: 'probe50-policyd-spf-ipv6-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice from ${BANK_V6.ip} over IPv6 (greeting ${BANK_V6.helo}, MAIL FROM:<bounce@northbank.example>) to the same Postfix box: OpenDMARC's dmarc=pass, OpenDKIM's dkim=pass, policyd-spf's spf=pass. Offline. Wanted: authenticated`,
    cls: 'helo-ipv6-fallback',
    eml: onTop(
      signed,
      'Return-Path: <bounce@northbank.example>',
      'Delivered-To: robin@reader.example',
      `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=northbank.example`,
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=northbank.example header.i=@northbank.example header.a=rsa-sha256 header.s=nb1 header.b=Q29ycHVz`,
      `Authentication-Results: ${RECEIVER}; spf=pass (sender SPF authorized) smtp.mailfrom=northbank.example\r\n (client-ip=${BANK_V6.ip}; helo=${BANK_V6.helo}; envelope-from=bounce@northbank.example; receiver=robin@reader.example)`,
      entry(BANK_V6.helo, BANK_V6.ip, BANK_V6.helo),
    ),
    args: BOX_ARGS,
    expect: AUTHENTICATED,
  });
}

// --- 2. The Stalwart mark in a HELO, over IPv6 -------------------------------------------------------

const FORGED_AR = `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Zm9yZ2Vk;\r\n\tspf=pass (${RECEIVER}: domain of northbank.example designates ${ATTACKER_V6} as permitted sender) smtp.mailfrom=northbank.example;\r\n\tdmarc=pass header.from=northbank.example policy.dmarc=reject`;
const STALWART_HELO = `x by ${RECEIVER} (Stalwart SMTP) with ESMTPS id 0`;

async function stalwartV6(write: CaseWriter): Promise<void> {
  const faked = (ip: string, withDmarc: boolean) =>
    onTop(
      onTop(lure(), FORGED_AR),
      'Return-Path: <bounce@attacker.example>',
      'Delivered-To: robin@reader.example',
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=pass (${RECEIVER}: domain of bounce@attacker.example designates ${ip} as permitted sender) smtp.mailfrom=bounce@attacker.example${withDmarc ? `;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)` : ''}`,
      entry(STALWART_HELO, ip),
    );
  const what = `The attacker greets the reader's Postfix box (rspamd above it) "EHLO ${STALWART_HELO}" over IPv6 from ${ATTACKER_V6}, MAIL FROM:<bounce@attacker.example> (SPF passes for his own domain), the unsigned lure carrying his own "Authentication-Results: ${RECEIVER}; dkim=pass …; dmarc=pass header.from=northbank.example" as its first header. STALWART_LINE finds "by ${RECEIVER} (Stalwart SMTP)" in the HELO, so the first header below the entry line under ${RECEIVER}'s name is taken as the receiver's; over IPv4 heloWrites saw the ")" and took its passes out (probe48), over IPv6 it falls back to "x by ${RECEIVER} "`;
  emit(write, {
    name: 'probe50-postfix-ipv6-helo-fakes-stalwart-mark-forged-ar-offline',
    about: `${what}. rspamd's DMARC module off. Offline. Wanted: unverified (only the receiver's SPF pass for the attacker's own envelope), never authenticated`,
    cls: 'stalwart-mark-ipv6',
    eml: faked(ATTACKER_V6, false),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe50-postfix-ipv6-helo-fakes-stalwart-mark-rspamd-fail-offline',
    about: `${what}. rspamd's DMARC module on: dmarc=fail header.from=northbank.example above the entry line, the FAIL the forged pass would cancel. Offline. Wanted: spoofed`,
    cls: 'stalwart-mark-ipv6',
    eml: faked(ATTACKER_V6, true),
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe50-postfix-ipv6-helo-fakes-stalwart-mark-forged-ar-online',
    about: `probe50-postfix-ipv6-helo-fakes-stalwart-mark-forged-ar-offline read online: our re-check fails DMARC (no verifying signature, attacker.example's SPF does not align). Wanted: spoofed`,
    cls: 'stalwart-mark-ipv6',
    eml: faked(ATTACKER_V6, false),
    zone: BANK_ZONE,
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  const signed = await bankSigned();
  const stalwartLine = `Received: from ${BANK_V6.helo} (${BANK_V6.helo} [${BANK_V6.ip}])\r\n\tby ${RECEIVER} (Stalwart SMTP) with ESMTPS id 1A2B3C4D5E6F7A8B;\r\n\tFri, 20 Nov 2026 10:00:05 +0000`;
  const bankAr = `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of bounce@northbank.example designates ${BANK_V6.ip} as permitted sender) smtp.mailfrom=bounce@northbank.example;\r\n\tspf=pass (${RECEIVER}: domain of ${BANK_V6.helo} designates ${BANK_V6.ip} as permitted sender) smtp.helo=${BANK_V6.helo};\r\n\tarc=none;\r\n\tdmarc=pass header.from=northbank.example policy.dmarc=reject;\r\n\tiprev=pass policy.iprev=${BANK_V6.ip}`;
  emit(write, {
    name: 'probe50-stalwart-ipv6-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice over IPv6 from ${BANK_V6.ip} to a Stalwart reader, which prints the client's IPv6 address bare in its Received line and writes its Authentication-Results right below it (dkim, spf for MAIL FROM and HELO, arc=none, dmarc=pass, iprev). Offline. Wanted: authenticated`,
    cls: 'stalwart-mark-ipv6',
    eml: onTop(
      signed,
      'Delivered-To: robin@reader.example',
      'Return-Path: <bounce@northbank.example>',
      stalwartLine,
      bankAr,
    ),
    args: BOX_ARGS,
    expect: AUTHENTICATED,
  });
}

// --- 3. The same fallback beside a bare login on the bank's hoster (probe49's taint case, over IPv6) ---

const HOST = 'mx1.nb-host.example';
const HOST_IP = '192.0.2.60';
const HOST_ZONE = {
  ...BANK,
  'northbank.example': { TXT: [`v=spf1 ip4:${HOST_IP} -all`], MX: [{ priority: 10, exchange: HOST }] },
  [HOST]: { A: [HOST_IP] },
  ...ptr(HOST_IP, HOST),
};
const HOST_ARGS = ['--authserv-id', HOST];

/** Postfix's login line on the hoster's box for `login` from `ip` greeted as `helo`, policyd-spf's header, Dovecot's LMTP. */
const hosterLogin = (login: string, ip: string, helo: string) =>
  onTop(
    submitted({
      from: 'Northbank Security <security@northbank.example>',
      to: 'Ops Desk <ops@northbank.example>',
      subject: 'Mandatory: re-enrol your token today',
      body: 'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
    }),
    'Return-Path: <security@northbank.example>',
    'Delivered-To: ops@northbank.example',
    `Received: from ${HOST}\r\n\tby ${HOST} with LMTP\r\n\tid kP2xB049Z2f4TgAAz1Qv8w\r\n\t(envelope-from <security@northbank.example>)\r\n\tfor <ops@northbank.example>; Fri, 20 Nov 2026 10:00:06 +0000`,
    `Authentication-Results: ${HOST};\r\n\tspf=fail (sender IP is ${ip}) smtp.mailfrom=security@northbank.example smtp.helo=${helo}`,
    `Received: from ${helo} (unknown [${ip.includes(':') ? `IPv6:${ip}` : ip}])\r\n\t(Authenticated sender: ${login})\r\n\tby ${HOST} (Postfix) with ESMTPSA id 4Zr49L0c03\r\n\tfor <ops@northbank.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
  );

function hosterLoginV6(write: CaseWriter): void {
  const what = `The bank's mail is on a hoster's Postfix/Dovecot box (northbank.example MX ${HOST}). The attacker, a co-tenant there, logs in as his bare user "shopadm" over IPv6 from ${ATTACKER_V6}, greeting "EHLO ${PAREN_HELO}", and sends the unsigned lure as security@northbank.example to ops@northbank.example. The box's policyd-spf (run before permit_sasl_authenticated) writes spf=fail and copies the HELO raw after smtp.helo=, so ";dmarc=pass header.from=northbank.example" stands as a resinfo under ${HOST}. Over IPv4 heloWrites sees the ';' (probe49-login-mxbox-cotenant-bare-login-helo-semicolon-dmarc-pass); over IPv6 the "[IPv6:…]" print sends it to the fallback, which reads "a"`;
  emit(write, {
    name: 'probe50-login-mxbox-bare-login-ipv6-helo-paren-dmarc-pass-offline',
    about: `${what}. Offline. Wanted: not trusted (the bare login reads as the login row, suspicious; the HELO's pass is the sender's text)`,
    cls: 'login-helo-ipv6',
    eml: hosterLogin('shopadm', ATTACKER_V6, PAREN_HELO),
    args: HOST_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe50-login-mxbox-bare-login-ipv6-helo-paren-dmarc-pass-online',
    about: `${what}. Online: the bank's SPF does not list ${ATTACKER_V6}, no signature; DMARC fails in our re-check. Wanted: not trusted`,
    cls: 'login-helo-ipv6',
    eml: hosterLogin('shopadm', ATTACKER_V6, PAREN_HELO),
    zone: HOST_ZONE,
    args: HOST_ARGS,
    expect: NOT_TRUSTED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await heloV6(write);
  await stalwartV6(write);
  hosterLoginV6(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
