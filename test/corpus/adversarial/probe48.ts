// Red-team probes, forty-eighth round (December 2026): this hour's fixes attacked by a sender who
// has read lib/ and wants an unsigned forgery of northbank.example (DMARC p=reject) read
// authenticated or unverified.
// - lib/auth/authresults.ts heloWrites reads the HELO the receiver printed on its entry line as what
//   precedes the first "(" after `from`, and takes every pass out of the receiver's headers when
//   that holds ';', ')', '"' or '\'. A HELO whose first special character is "(" is not looked at
//   past it: Postfix takes any HELO text (smtpd joins the words of a HELO of several,
//   smtpd_helo_restrictions is empty by default, reject_invalid_helo_hostname is opt-in) and prints
//   it as `from <helo> (<rdns> [<ip>])`. `a(b);dmarc=pass header.from=northbank.example` balances
//   its own comment, so policyd-spf's (Header_Type = AR) raw copy after smtp.helo= makes a
//   well-formed resinfo of the sender's again (probe47's injection, the fix stepped around); through
//   rspamd's maybe_smtp_quote_value the '\"' trick of probe47 works the same behind a "(".
// - The Stalwart rule (STALWART_LINE) tests the whole entry line for `by <host> (Stalwart SMTP)`,
//   the HELO included: a Postfix box's entry line whose HELO reads `x by mx.reader.example (Stalwart
//   SMTP)` makes the first header below it, the sender's own, the receiver's. And a Stalwart reader
//   whose server writes no Authentication-Results (Stalwart's session.data.add-headers.auth-results
//   set to false) takes the sender's first header as its own (the risk rw45's note names).
// - A HELO with spaces only (no special character): policyd-spf's `smtp.helo=x dmarc=pass …` is not
//   a resinfo; held.
// Controls: the bank's genuine signed notice through the same policyd-spf box, through a Stalwart
// reader writing its header below its line, and through two Stalwart hops (MX and store).
// Layouts: policyd-spf's and rspamd's as probe47 (spf-engine's spf_engine/__init__.py; rspamd's
// lualib/lua_auth_results.lua and lua_util.maybe_smtp_quote_value); Stalwart's Received line and
// Authentication-Results right below it as realworld45 (stalwartlabs/stalwart issues #76 and #1308).
// Names and addresses are documentation ones.

import { signCorpus } from '../../helpers/corpus';
import { ATTACKER_IP, AUTHENTICATED, BANK, BANK_KEY, RECEIVER, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the forty-eighth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read authenticated offline ("according to your provider's checks"), wanted unverified.
  // policyd-spf wrote `smtp.helo=a(b);dmarc=pass header.from=northbank.example (client-ip=…;
  // helo=a(b);dmarc=pass …)`: the strict reading balances ("(b)" is a comment) and holds a
  // well-formed dmarc=pass. lib/auth/authresults.ts heloWrites reads the HELO as /from\s+([^(]*)/,
  // i.e. "a", and never sees the ';' and ')' after the "(". Fix (proposed): read the HELO as all
  // that precedes the client comment holding the address (`(<rdns> [ip])`, the last parenthesised
  // group before ` by `), or simply: the entry line's from clause (before its first ` by `) holds
  // more than one "(" or a ';' / '"' / '\' anywhere: tainted. Risk: none for genuine mail (no host
  // name or address literal holds "("; Exim prints the HELO inside its comment but rejects such a
  // HELO by default, helo_allow_chars being empty); a genuine line with a nested comment in the
  // client part (realworld45's 2025 Stalwart "(… [ip] (AS24940 …))") sits after the client's
  // name, so test only the text before the comment holding "[ip]".
  // Fixed at 23:1x on 2026-12-04 (lib/auth/authresults.ts heloWrites: the HELO is all before the
  // client comment holding the client's [ip]): probe48-policyd-spf-helo-paren-first-injects-dmarc-pass-offline.
  // Read authenticated online (provider-disagreement, low), wanted spoofed: the injected provider
  // pass outweighs our failing re-check. Same rule and fix as above.
  // Fixed at 23:1x on 2026-12-04 (lib/auth/authresults.ts heloWrites: the HELO is all before the
  // client comment holding the client's [ip]): probe48-policyd-spf-helo-paren-first-injects-dmarc-pass-online.
  // Read unverified offline ("hold no DMARC result"), wanted spoofed: OpenDMARC's dmarc=fail and
  // the HELO's dmarc=pass, each well-formed under the receiver's id, read as two checkers
  // disagreeing (lib/auth/authresults-provider.ts onceOf). Same rule and fix (heloWrites): with the
  // pass left out the fail stands, as in probe47-policyd-spf-ar-helo-erases-opendmarc-fail-offline.
  // Fixed at 23:1x on 2026-12-04 (lib/auth/authresults.ts heloWrites: the HELO is all before the
  // client comment holding the client's [ip]): probe48-policyd-spf-helo-paren-first-erases-opendmarc-fail-offline.
  // Read authenticated offline, wanted unverified: a Stalwart server set not to write
  // Authentication-Results (session.data.add-headers.auth-results = false) takes the sender's
  // forged header right below its "(Stalwart SMTP)" line as its own (lib/auth/authresults.ts
  // parseAuthResults, the stalwartId exception of inRegion): the exposure rw45's note named. Online
  // it holds (spoofed: our re-check's fail). Fix options: (a) keep, and say in README "What still
  // fools" that a Stalwart reader must leave auth-results on; (b) take the below-line header only
  // when it names the entry line's own facts (`policy.iprev=<entry ip>` and an spf row
  // `smtp.helo=<entry HELO>`, as Stalwart always writes): cheap for an attacker who knows his IP
  // and HELO, so it stops only a copied header, not a crafted one; (c) a reader setting "my server
  // is Stalwart" without which the exception is off. Risk of (c): rw45-stalwart-* genuine mail
  // reads unverified offline / suspicious online again for readers who do not set it.
  // Kept pending (the lead, 23:1x): option (a), README "What still fools" says a Stalwart reader must
  // leave its Authentication-Results on; the entry line's facts the attacker knows prove nothing.
  'probe48-stalwart-no-own-ar-sender-header-below-offline',
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
    meta: { about: c.about, class: `probe48-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const READER = 'Robin Reader <robin@reader.example>';
const BOX_ARGS = ['--authserv-id', RECEIVER];
const BANK_HOST = { helo: 'mail.northbank.example', ip: '192.0.2.25' };
const ONLINE_ZONE = { ...BANK, ...BANK_KEY };

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
      received({ helo: BANK_HOST.helo, rdns: BANK_HOST.helo, ip: BANK_HOST.ip, by: 'out.northbank.example' }),
    ),
    { domain: 'northbank.example', selector: 'nb1' },
  );

/** The reader's Postfix entry line for a client greeting `helo` from `ip`. */
const entry = (helo: string, ip = ATTACKER_IP, rdns = 'mail.attacker.example') =>
  received({ helo, rdns, ip, by: RECEIVER, id: '4ZrT2h0547', for: 'robin@reader.example' });

// --- 1. heloWrites past a "(" --------------------------------------------------------------------

const PAREN_HELO = 'a(b);dmarc=pass header.from=northbank.example';
const policydSpfHelo = (helo: string) =>
  `Authentication-Results: ${RECEIVER}; spf=none (no SPF record) smtp.helo=${helo}\r\n (client-ip=${ATTACKER_IP}; helo=${helo}; envelope-from=<>; receiver=robin@reader.example)`;
const OPENDMARC_FAIL = `Authentication-Results: ${RECEIVER}; dmarc=fail (p=reject dis=none) header.from=northbank.example`;
const viaPolicydSpf = (helo: string, opendmarc = false) =>
  onTop(
    lure(),
    'Return-Path: <>',
    'Delivered-To: robin@reader.example',
    ...(opendmarc ? [OPENDMARC_FAIL] : []),
    policydSpfHelo(helo),
    entry(helo),
  );

const rspamdQuote = (s: string) => (/[()<>,;:\\"/[\]?= \t\v]/.test(s) ? `"${s.replace(/"/g, '\\"')}"` : s);
const RSPAMD_PAREN_HELO = 'a(\\";dmarc=pass header.from=northbank.example;dkim=none z.z=\\"b';
const viaRspamd = (helo: string) => {
  const q = rspamdQuote(helo);
  return onTop(
    lure(),
    'Return-Path: <>',
    'Delivered-To: robin@reader.example',
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=none (${RECEIVER}: domain of ${q} has no SPF policy when checking ${ATTACKER_IP}) smtp.helo=${q}`,
    entry(helo),
  );
};

async function heloParen(write: CaseWriter): Promise<void> {
  const what = `The attacker greets the reader's Postfix box "EHLO ${PAREN_HELO}" from ${ATTACKER_IP}, MAIL FROM:<>, the unsigned lure as security@northbank.example. Postfix prints "from ${PAREN_HELO} (mail.attacker.example [${ATTACKER_IP}])"; heloWrites reads only "a" (what precedes the first "("). policyd-spf (Header_Type = AR) copies the HELO raw after smtp.helo= and in its comment: "(b)" is a balanced comment and ";dmarc=pass header.from=northbank.example" a well-formed resinfo of the sender's`;
  emit(write, {
    name: 'probe48-policyd-spf-helo-paren-first-injects-dmarc-pass-offline',
    about: `${what}. No DMARC checker on the box. Offline. Wanted: never authenticated; unverified (the HELO holds ';' and ')': the receiver's passes are the sender's text)`,
    cls: 'helo-paren-first',
    eml: viaPolicydSpf(PAREN_HELO),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe48-policyd-spf-helo-paren-first-injects-dmarc-pass-online',
    about: `probe48-policyd-spf-helo-paren-first-injects-dmarc-pass-offline read online: no signature, DMARC for northbank.example fails in our re-check; the header's dmarc=pass is the HELO's text and must not be honoured as the receiver's. Wanted: spoofed`,
    cls: 'helo-paren-first',
    eml: viaPolicydSpf(PAREN_HELO),
    zone: ONLINE_ZONE,
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe48-policyd-spf-helo-paren-first-erases-opendmarc-fail-offline',
    about: `${what}. OpenDMARC on the same box writes its own header above it: dmarc=fail (p=reject dis=none) header.from=northbank.example. Two well-formed headers under the receiver's name, each naming header.from, disagree (rw38's rule drops both). Offline. Wanted: spoofed`,
    cls: 'helo-paren-first',
    eml: viaPolicydSpf(PAREN_HELO, true),
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe48-rspamd-helo-paren-first-escaped-quote-held-offline',
    about: `The attacker greets the reader's Postfix box "EHLO ${RSPAMD_PAREN_HELO}" with MAIL FROM:<>. rspamd (DMARC module off) checks SPF on the HELO and quotes it through maybe_smtp_quote_value, escaping '"' but not '\\': each '\\"' becomes '\\\\"', closing rspamd's string, so ";dmarc=pass header.from=northbank.example;" stands outside the quotes (probe47's trick). The HELO's "(" comes first, so heloWrites reads only "a". Held: the entry line itself cannot be read unambiguously (received-unreadable) and the header's dmarc=pass is not taken. Offline. Wanted: unverified`,
    cls: 'helo-paren-first',
    eml: viaRspamd(RSPAMD_PAREN_HELO),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  const SPACE_HELO = 'mail.attacker.example dmarc=pass header.from=northbank.example';
  emit(write, {
    name: 'probe48-policyd-spf-helo-spaces-only-held-offline',
    about: `Held: the attacker greets "EHLO ${SPACE_HELO}" (no ';', '(', ')', '"' or '\\': heloWrites passes it). policyd-spf writes "smtp.helo=${SPACE_HELO}" raw; without a ';' the words after the value are no resinfo of their own, so no dmarc=pass is the receiver's. Offline. Wanted: unverified`,
    cls: 'helo-spaces',
    eml: viaPolicydSpf(SPACE_HELO),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  const signed = await bankSigned();
  emit(write, {
    name: 'probe48-policyd-spf-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice from ${BANK_HOST.ip} (greeting ${BANK_HOST.helo}, MAIL FROM:<bounce@northbank.example>) to the same Postfix box: OpenDMARC's dmarc=pass, OpenDKIM's dkim=pass, policyd-spf's spf=pass. Offline. Wanted: authenticated`,
    cls: 'helo-paren-first',
    eml: onTop(
      signed,
      'Return-Path: <bounce@northbank.example>',
      'Delivered-To: robin@reader.example',
      `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=northbank.example`,
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=northbank.example header.i=@northbank.example header.a=rsa-sha256 header.s=nb1 header.b=Q29ycHVz`,
      `Authentication-Results: ${RECEIVER}; spf=pass (sender SPF authorized) smtp.mailfrom=northbank.example\r\n (client-ip=${BANK_HOST.ip}; helo=${BANK_HOST.helo}; envelope-from=bounce@northbank.example; receiver=robin@reader.example)`,
      entry(BANK_HOST.helo, BANK_HOST.ip, BANK_HOST.helo),
    ),
    args: BOX_ARGS,
    expect: AUTHENTICATED,
  });
}

// --- 2. The Stalwart rule --------------------------------------------------------------------------

const FORGED_AR = `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Zm9yZ2Vk;\r\n\tspf=pass (${RECEIVER}: domain of northbank.example designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=northbank.example;\r\n\tdmarc=pass header.from=northbank.example policy.dmarc=reject`;

/** Stalwart's entry line (realworld45's layout). */
const stalwartLine = (helo: string, rdns: string, ip: string, by = RECEIVER, id = '1A2B3C4D5E6F7A8B') =>
  `Received: from ${helo} (${rdns} [${ip}])\r\n\tby ${by} (Stalwart SMTP) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 10:00:05 +0000`;

const STALWART_HELO = `x by ${RECEIVER} (Stalwart SMTP) with ESMTPS id 0`;

async function stalwart(write: CaseWriter): Promise<void> {
  // A Postfix box with rspamd (DMARC module on) above the entry line; the sender's forged header below.
  const faked = (withDmarc: boolean) =>
    onTop(
      onTop(lure(), FORGED_AR),
      'Return-Path: <bounce@attacker.example>',
      'Delivered-To: robin@reader.example',
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=pass (${RECEIVER}: domain of bounce@attacker.example designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=bounce@attacker.example${withDmarc ? `;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)` : ''}`,
      entry(STALWART_HELO),
    );
  const what = `The attacker greets the reader's Postfix box "EHLO ${STALWART_HELO}" (one text to Postfix, printed before its own "(rdns [ip])"), sends MAIL FROM:<bounce@attacker.example> and the unsigned lure with his own forged "Authentication-Results: ${RECEIVER}; dkim=pass …; dmarc=pass header.from=northbank.example" as its first header. STALWART_LINE finds "by ${RECEIVER} (Stalwart SMTP)" in the entry line's HELO, so the first header below the entry line under ${RECEIVER}'s name, the sender's, would be the receiver's; heloWrites reads only "x by ${RECEIVER} " (the ")" comes after the "(")`;
  emit(write, {
    name: 'probe48-postfix-helo-fakes-stalwart-mark-forged-ar-below-offline',
    about: `${what}. rspamd above the entry line has no DMARC module (no dmarc= word). Offline. Wanted: unverified (only the receiver's spf for the attacker's own envelope)`,
    cls: 'stalwart-mark-in-helo',
    eml: faked(false),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe48-postfix-helo-fakes-stalwart-mark-forged-ar-below-online',
    about: `probe48-postfix-helo-fakes-stalwart-mark-forged-ar-below-offline read online: our re-check fails DMARC (no signature that verifies, SPF for attacker.example does not align). The forged dmarc=pass must not be a pass the receiver recorded. Wanted: spoofed`,
    cls: 'stalwart-mark-in-helo',
    eml: faked(false),
    zone: ONLINE_ZONE,
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe48-postfix-helo-fakes-stalwart-mark-rspamd-dmarc-fail-offline',
    about: `${what}. rspamd's DMARC module is on and writes dmarc=fail header.from=northbank.example above the entry line. Offline. Wanted: spoofed (the receiver's fail must not be cancelled by the sender's pass as two checkers disagreeing)`,
    cls: 'stalwart-mark-in-helo',
    eml: faked(true),
    args: BOX_ARGS,
    expect: SPOOFED,
  });

  // A Stalwart reader whose server writes no Authentication-Results.
  const silent = onTop(
    onTop(lure(), FORGED_AR),
    'Delivered-To: robin@reader.example',
    'Return-Path: <bounce@attacker.example>',
    stalwartLine('mail.attacker.example', 'mail.attacker.example', ATTACKER_IP),
  );
  const silentWhat = `The reader runs Stalwart with session.data.add-headers.auth-results = false (it checks and enforces but writes no Authentication-Results; its Received line stays). The attacker sends the unsigned lure from ${ATTACKER_IP} with MAIL FROM:<bounce@attacker.example>, its first header a forged "Authentication-Results: ${RECEIVER}; dkim=pass …; dmarc=pass header.from=northbank.example". That header sits right below Stalwart's "by ${RECEIVER} (Stalwart SMTP)" line, where Stalwart's own would be`;
  emit(write, {
    name: 'probe48-stalwart-no-own-ar-sender-header-below-offline',
    about: `${silentWhat}. Offline. Wanted: unverified (never authenticated: nothing the receiver wrote records a pass)`,
    cls: 'stalwart-silent',
    eml: silent,
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe48-stalwart-no-own-ar-sender-header-below-online',
    about: `${silentWhat}. Online: our re-check fails DMARC. Wanted: spoofed`,
    cls: 'stalwart-silent',
    eml: silent,
    zone: ONLINE_ZONE,
    args: BOX_ARGS,
    expect: SPOOFED,
  });

  // Stalwart writes its own header; the sender's forged one sits below it (held).
  const own = `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=pass (${RECEIVER}: domain of bounce@attacker.example designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=bounce@attacker.example;\r\n\tspf=pass (${RECEIVER}: domain of mail.attacker.example designates ${ATTACKER_IP} as permitted sender) smtp.helo=mail.attacker.example;\r\n\tarc=none;\r\n\tdmarc=fail header.from=northbank.example policy.dmarc=reject;\r\n\tiprev=pass policy.iprev=${ATTACKER_IP}`;
  emit(write, {
    name: 'probe48-stalwart-own-ar-then-sender-header-held-offline',
    about: `Held: the same lure with the forged header on top, to a Stalwart reader that writes its own header right below its line (dmarc=fail, policy.dmarc=reject). The sender's header is the second below the line: not the receiver's. Offline. Wanted: spoofed`,
    cls: 'stalwart-own',
    eml: onTop(
      onTop(lure(), FORGED_AR),
      'Delivered-To: robin@reader.example',
      'Return-Path: <bounce@attacker.example>',
      stalwartLine('mail.attacker.example', 'mail.attacker.example', ATTACKER_IP),
      own,
    ),
    args: BOX_ARGS,
    expect: SPOOFED,
  });

  const signed = await bankSigned();
  const bankAr = `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of bounce@northbank.example designates ${BANK_HOST.ip} as permitted sender) smtp.mailfrom=bounce@northbank.example;\r\n\tspf=pass (${RECEIVER}: domain of ${BANK_HOST.helo} designates ${BANK_HOST.ip} as permitted sender) smtp.helo=${BANK_HOST.helo};\r\n\tarc=none;\r\n\tdmarc=pass header.from=northbank.example policy.dmarc=reject;\r\n\tiprev=pass policy.iprev=${BANK_HOST.ip}`;
  emit(write, {
    name: 'probe48-stalwart-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice from ${BANK_HOST.ip} to the reader's Stalwart, which writes its Authentication-Results right below its Received line (dkim, spf for MAIL FROM and HELO, arc=none, dmarc=pass policy.dmarc=reject, iprev). Offline. Wanted: authenticated`,
    cls: 'stalwart-own',
    eml: onTop(
      signed,
      'Delivered-To: robin@reader.example',
      'Return-Path: <bounce@northbank.example>',
      stalwartLine(BANK_HOST.helo, BANK_HOST.helo, BANK_HOST.ip),
      bankAr,
    ),
    args: BOX_ARGS,
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe48-stalwart-two-hops-bank-signed-control-offline',
    about: `Control: two Stalwart hops. The reader's Stalwart MX ${RECEIVER} takes the bank's signed notice from ${BANK_HOST.ip}, writes its header right below its line and relays to the Stalwart mailbox store store.reader.example over 10.0.0.0/8, whose own line sits on top (it writes no second header: auth checks only at the MX). Offline. Wanted: authenticated`,
    cls: 'stalwart-own',
    eml: onTop(
      signed,
      'Delivered-To: robin@reader.example',
      'Return-Path: <bounce@northbank.example>',
      stalwartLine(RECEIVER, RECEIVER, '10.0.3.5', 'store.reader.example', '7F6E5D4C3B2A1908'),
      stalwartLine(BANK_HOST.helo, BANK_HOST.helo, BANK_HOST.ip),
      bankAr,
    ),
    args: BOX_ARGS,
    expect: AUTHENTICATED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await heloParen(write);
  await stalwart(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
