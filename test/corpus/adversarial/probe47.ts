// Red-team probes, forty-seventh round (December 2026): receivers' Authentication-Results as a
// sender writes into them, by a sender who has read lib/ and wants an unsigned forgery of
// northbank.example (DMARC p=reject) read authenticated or unverified. Rounds 40-46 wrote through
// the envelope (quoted local parts, address literals) into Gmail's and rspamd's SPF comment; here
// the channel is the HELO, which Postfix takes as any text (smtpd joins the words of a HELO with
// several, and smtpd_helo_restrictions is empty by default: reject_invalid_helo_hostname is opt-in),
// sent with a null MAIL FROM so that the receiver's SPF names the HELO identity.
// - rspamd (lualib/lua_auth_results.lua gen_auth_results): with an empty MAIL FROM it writes the
//   HELO twice, in its SPF comment ("domain of <helo> has no SPF policy when checking <ip>") and
//   after smtp.helo=, through lua_util.maybe_smtp_quote_value, which wraps a value holding a
//   tspecial in quotes and escapes '"' as '\"' but leaves '\' alone. A HELO holding '\"' comes out
//   as '\\"': an escaped backslash, then a quote that closes rspamd's string. The sender's text
//   between two such pairs stands outside the quotes in both of HeaderLens's readings
//   (lib/auth/authresults-syntax.ts parseAuthResultsValue) and a ';dmarc=pass header.from=…' in it is
//   a resinfo of its own: balanced, the readings agree, nothing marks it. Where rspamd's own
//   DMARC module is off (its header then holds no dmarc= word, as in probe46) that pass is the
//   provider's, offline and online (the provider's pass outweighs our failing re-check: realworld19).
//   Held: the same with rspamd's DMARC module on (onceOf keeps the least favourable of one header),
//   and a '(' after the broken quote to swallow that dmarc=fail (rspamd's own "(policy=reject)" nests
//   in it: nothing balances, `recovered` brings the fail back);
//   an older rspamd that copies the HELO raw, the HELO ending in '\' (the receiver's ')' escaped:
//   `recovered` brings back its dmarc=fail).
// - Postfix + policyd-spf (spf-engine, Header_Type = AR) + OpenDMARC: policyd-spf writes the HELO raw
//   after smtp.helo= and again in the comment after it ("(client-ip=…; helo=…; envelope-from=<>;
//   receiver=…)"); the comment is formatted by spf-engine itself, and the value is taken here as the
//   authres library prints it unquoted (authres's own source not checked: if it quotes, the rspamd
//   trick above applies instead). A HELO 'x;dmarc=pass
//   header.from=northbank.example' makes a well-formed resinfo, the comment attached to it. Alone
//   (no DMARC checker on the box) that pass is the provider's; beside OpenDMARC's own header with its
//   dmarc=fail, each well-formed and naming its header.from, onceOf reads two of the receiver's
//   checkers disagreeing (rw38's rule) and the fail is gone offline.
// Controls: the bank's genuine signed notice through the same rspamd (DMARC on) and through the same
// policyd-spf + OpenDMARC box, both authenticated offline.
// Layouts: rspamd's header from rspamd's lualib/lua_auth_results.lua (gen_auth_results, the SPF
// comment texts and maybe_smtp_quote_value in lualib/lua_util.lua), its DMARC word as probe46;
// policyd-spf's from spf-engine's spf_engine/__init__.py (mstraubAC/spf-engine-debian: the HELO
// check's SPFAuthenticationResult with smtp_helo and smtp_helo_comment, "no SPF record" for None);
// OpenDMARC's "dmarc=fail (p=reject dis=none) header.from=" as probe43/probe45. Names and addresses
// are documentation ones.

import { signCorpus } from '../../helpers/corpus';
import { ATTACKER_IP, AUTHENTICATED, BANK, RECEIVER, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the forty-seventh round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read authenticated offline ("according to your provider's checks"), wanted unverified (what the
  // same rspamd without a DMARC module reads for any unsigned message: probe46's control). rspamd
  // wrote `smtp.helo="a\\";dmarc=pass header.from=northbank.example;dkim=none z.z=\\"b"` (and the
  // same in its SPF comment): lib/auth/authresults-syntax.ts parseAuthResultsValue makes both
  // readings (a '"' is present), they agree (the quotes pair the same way inside the comment and
  // out), so the strict reading stands unmarked with the sender's dmarc=pass; providerResults
  // (lib/auth/authresults-provider.ts onceOf) has one DMARC word and takes it. Fix (proposed): the
  // HELO the receiver printed in its own entry line (Received: from <helo>) and the Return-Path are
  // the sender's text; where either holds ';', '(', ')', '"' or '\' (no RFC 5321 Domain or address
  // literal does), every Authentication-Results of that receiver for the delivery is read as
  // malformed with its DMARC/ARC passes left out (its unfavourable results kept, as `recovered`
  // does). Narrower, in splitSegments: a quoted string at depth 0 or in a comment that ends in an
  // escaped backslash ('\\"') is rspamd's quoting broken by the sender (maybe_smtp_quote_value
  // never escapes '\'): mark the header malformed and drop the passes. Risk: none for genuine mail
  // (a genuine HELO is a host name or an address literal; the narrower rule only costs a pass to a
  // header whose value holds '\\"', which no receiver writes for a genuine identity).
  // Fixed at 23:2x on 2026-12-04 (lib/auth/authresults.ts heloWrites: a HELO the receiver printed
  // with ';', ')', '"' or '\\' takes every pass out of its headers): probe47-rspamd-helo-escaped-backslash-injects-dmarc-pass-offline.
  // Read authenticated online, with provider-disagreement (low): the injected provider dmarc=pass
  // is honoured over our own failing re-check as a pass the receiver recorded (verdict row for
  // realworld19's key-rotated pass). Wanted spoofed. Same rule and fix as above: with the pass
  // left out, our re-check's fail decides.
  // Fixed at 23:2x on 2026-12-04 (lib/auth/authresults.ts heloWrites: a HELO the receiver printed
  // with ';', ')', '"' or '\\' takes every pass out of its headers): probe47-rspamd-helo-escaped-backslash-injects-dmarc-pass-online.
  // Read authenticated offline, wanted unverified: policyd-spf (AR mode) wrote `smtp.helo=x;dmarc=pass
  // header.from=northbank.example (client-ip=…; helo=x;dmarc=pass header.from=northbank.example; …)`.
  // No quote, no literal: parseAuthResultsValue makes only the strict reading, which balances and
  // holds a well-formed `dmarc=pass header.from=northbank.example` (the receiver's comment attached to
  // it). Fix: as above (the entry line's HELO holds ';': the receiver's headers read malformed,
  // passes left out). Risk: as above.
  // Fixed at 23:2x on 2026-12-04 (lib/auth/authresults.ts heloWrites: a HELO the receiver printed
  // with ';', ')', '"' or '\\' takes every pass out of its headers): probe47-policyd-spf-ar-helo-injects-dmarc-pass-offline.
  // Read authenticated online (provider-disagreement, low), wanted spoofed. Same rule and fix.
  // Fixed at 23:2x on 2026-12-04 (lib/auth/authresults.ts heloWrites: a HELO the receiver printed
  // with ';', ')', '"' or '\\' takes every pass out of its headers): probe47-policyd-spf-ar-helo-injects-dmarc-pass-online.
  // Read unverified offline ("hold no DMARC result"), wanted spoofed: OpenDMARC's own header says
  // dmarc=fail header.from=northbank.example, policyd-spf's (below it) holds the sender's
  // dmarc=pass header.from=northbank.example; each is well-formed and names its header.from, so
  // lib/auth/authresults-provider.ts onceOf reads two of the receiver's checkers disagreeing
  // (rw38-rspamd-pass-opendmarc-fail-spf-only) and returns no DMARC result. The same with
  // policyd-spf's header on top (the order depends on where the milter inserts its header) reads
  // alike. Fix: as above; with the HELO rule the policyd-spf header's pass is left out and the
  // fail stands. Alternative in onceOf: a DMARC pass in a header whose other results do not
  // support it (no aligned dkim=pass or spf=pass in that header or the run: here spf=none for the
  // HELO, no dkim) does not count as a checker's. Risk of the alternative: a genuine OpenDMARC pass
  // alone in its header (OpenDKIM's dkim=pass in another, not joined) beside a second checker's
  // fail would lose its pass: unverified, never spoofed.
  // Fixed at 23:2x on 2026-12-04 (lib/auth/authresults.ts heloWrites: a HELO the receiver printed
  // with ';', ')', '"' or '\\' takes every pass out of its headers): probe47-policyd-spf-ar-helo-erases-opendmarc-fail-offline.
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
    meta: { about: c.about, class: `probe47-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const READER = 'Robin Reader <robin@reader.example>';
const BOX_ARGS = ['--authserv-id', RECEIVER];
const BANK_HOST = { helo: 'mail.northbank.example', ip: '192.0.2.25' };

/** The unsigned bank lure. */
const lure = () =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to: READER,
    subject: 'Mandatory: re-enrol your token today',
    body: 'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
  });

/** The bank's genuine notice, signed d=northbank.example s=nb1, from its own server. */
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

// --- 1. rspamd: the HELO through maybe_smtp_quote_value -------------------------------------------

/** rspamd's lua_util.maybe_smtp_quote_value: quoted when a tspecial occurs, '"' escaped, '\' not. */
const rspamdQuote = (s: string) => (/[()<>,;:\\"/[\]?= \t\v]/.test(s) ? `"${s.replace(/"/g, '\\"')}"` : s);
const RSPAMD_DMARC =
  'dmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)';

/** rspamd's header for a null MAIL FROM: SPF on the HELO (`quote` false: an rspamd from before the quoting). */
const rspamdHelo = (helo: string, opts: { dmarc: boolean; quote?: boolean }) => {
  const sender = opts.quote === false ? helo : rspamdQuote(helo);
  const parts = [
    'dkim=none',
    `spf=none (${RECEIVER}: domain of ${sender} has no SPF policy when checking ${ATTACKER_IP}) smtp.helo=${sender}`,
    ...(opts.dmarc ? [RSPAMD_DMARC] : []),
  ];
  return onTop(
    lure(),
    'Return-Path: <>',
    'Delivered-To: robin@reader.example',
    `Authentication-Results: ${RECEIVER};\r\n\t${parts.join(';\r\n\t')}`,
    entry(helo),
  );
};

/** Two '\"' pairs: rspamd's '\\"' closes its quote before the sender's resinfo and reopens after it. */
const ESCAPED_HELO = 'a\\";dmarc=pass header.from=northbank.example;dkim=none z.z=\\"b';
/** A '\"' pair, then "(": a comment opened outside rspamd's quotes. */
const OPEN_PAREN_HELO = 'a\\"(';
/** A HELO ending in '\': copied raw, it escapes the ")" that ends the receiver's SPF comment. */
const TRAILING_BACKSLASH_HELO = 'mail.attacker.example\\';

async function rspamd(write: CaseWriter): Promise<void> {
  const what = `The attacker connects to the reader's Postfix box from ${ATTACKER_IP}, greets "EHLO ${ESCAPED_HELO}" (Postfix takes a HELO of several words as one text, no restriction by default), sends MAIL FROM:<> and the unsigned lure as security@northbank.example. rspamd checks SPF on the HELO and writes it through maybe_smtp_quote_value, which escapes '"' but not '\\': every '\\"' of the HELO becomes '\\\\"', an escaped backslash and a quote that closes rspamd's string, so ";dmarc=pass header.from=northbank.example;" stands outside the quotes in the SPF comment and after smtp.helo=, balanced in both readings`;
  emit(write, {
    name: 'probe47-rspamd-helo-escaped-backslash-injects-dmarc-pass-offline',
    about: `${what}. rspamd's DMARC module is off (no dmarc= word of its own). Offline. Wanted: never authenticated; unverified, as any unsigned message through that header (probe46's control)`,
    cls: 'rspamd-helo-quote',
    eml: rspamdHelo(ESCAPED_HELO, { dmarc: false }),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe47-rspamd-helo-escaped-backslash-injects-dmarc-pass-online',
    about: `probe47-rspamd-helo-escaped-backslash-injects-dmarc-pass-offline read online: no signature, SPF none for the HELO, DMARC for northbank.example fails in our re-check. The provider's dmarc=pass is the sender's text and must not be honoured as a pass the receiver recorded. Wanted: spoofed`,
    cls: 'rspamd-helo-quote',
    eml: rspamdHelo(ESCAPED_HELO, { dmarc: false }),
    zone: { ...BANK },
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe47-rspamd-helo-escaped-backslash-dmarc-fail-held-offline',
    about: `Held: ${what}; rspamd's DMARC module is on and writes its own dmarc=fail header.from=northbank.example (policy=reject) after the SPF part. The sender's pass and the receiver's fail sit in one header: onceOf keeps the least favourable. Offline. Wanted: spoofed`,
    cls: 'rspamd-helo-quote',
    eml: rspamdHelo(ESCAPED_HELO, { dmarc: true }),
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe47-rspamd-helo-escaped-backslash-open-paren-held-offline',
    about: `Held: the next step after probe47-rspamd-helo-escaped-backslash-dmarc-fail-held-offline. The attacker greets "EHLO ${OPEN_PAREN_HELO}": rspamd writes smtp.helo="a\\\\"("; the quote closes after the escaped backslash and the "(" opens a comment meant to swallow rspamd's dmarc=fail to the end of the value. rspamd's own "(policy=reject)" nests inside it, so no reading balances, and recovered brings back the dmarc=fail. Offline. Wanted: spoofed`,
    cls: 'rspamd-helo-quote',
    eml: rspamdHelo(OPEN_PAREN_HELO, { dmarc: true }),
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe47-rspamd-raw-helo-trailing-backslash-held-offline',
    about: `Held: an older rspamd (before maybe_smtp_quote_value) copies the HELO raw. The attacker greets "EHLO ${TRAILING_BACKSLASH_HELO}" with MAIL FROM:<>: the '\\' escapes the ')' that ends rspamd's SPF comment, which then runs over rspamd's dmarc=fail to the end of the value. No reading balances; recovered brings back the receiver's authserv-id and its dmarc=fail. Offline. Wanted: spoofed`,
    cls: 'rspamd-helo-raw',
    eml: rspamdHelo(TRAILING_BACKSLASH_HELO, { dmarc: true, quote: false }),
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  const signed = await bankSigned();
  emit(write, {
    name: 'probe47-rspamd-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice (d=northbank.example, s=nb1) from its server ${BANK_HOST.ip} (in its SPF), greeting ${BANK_HOST.helo}, with MAIL FROM:<bounce@northbank.example>, to the same rspamd box with its DMARC module on: dkim=pass, dmarc=pass (policy=reject), spf=pass. Offline. Wanted: authenticated`,
    cls: 'rspamd-helo-quote',
    eml: onTop(
      signed,
      'Return-Path: <bounce@northbank.example>',
      'Delivered-To: robin@reader.example',
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of bounce@northbank.example designates ${BANK_HOST.ip} as permitted sender) smtp.mailfrom=bounce@northbank.example;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
      entry(BANK_HOST.helo, BANK_HOST.ip, BANK_HOST.helo),
    ),
    args: BOX_ARGS,
    expect: AUTHENTICATED,
  });
}

// --- 2. Postfix + policyd-spf (AR) + OpenDMARC: the HELO raw -------------------------------------

const PSPF_HELO = 'x;dmarc=pass header.from=northbank.example';
/** policyd-spf's HELO-check header (Header_Type = AR), prepended above Postfix's entry line. */
const policydSpfHelo = (helo: string) =>
  `Authentication-Results: ${RECEIVER}; spf=none (no SPF record) smtp.helo=${helo}\r\n (client-ip=${ATTACKER_IP}; helo=${helo}; envelope-from=<>; receiver=robin@reader.example)`;
const OPENDMARC_FAIL = `Authentication-Results: ${RECEIVER}; dmarc=fail (p=reject dis=none) header.from=northbank.example`;

const viaPolicydSpf = (opendmarc: boolean) =>
  onTop(
    lure(),
    'Return-Path: <>',
    'Delivered-To: robin@reader.example',
    ...(opendmarc ? [OPENDMARC_FAIL] : []),
    policydSpfHelo(PSPF_HELO),
    entry(PSPF_HELO),
  );

async function policydSpf(write: CaseWriter): Promise<void> {
  const what = `The attacker greets the reader's Postfix box "EHLO ${PSPF_HELO}" from ${ATTACKER_IP}, MAIL FROM:<>, the unsigned lure as security@northbank.example. policyd-spf (Header_Type = AR) checks SPF on the HELO (None: its HELO_reject default rejects only Fail/Softfail/Neutral) and prepends its header with the HELO raw after smtp.helo= and in the comment after it: ";dmarc=pass header.from=northbank.example" is a well-formed resinfo of the sender's, the receiver's comment attached to it`;
  emit(write, {
    name: 'probe47-policyd-spf-ar-helo-injects-dmarc-pass-offline',
    about: `${what}. No DMARC checker on the box (policyd-spf and OpenDKIM only). Offline. Wanted: never authenticated; unverified`,
    cls: 'policyd-spf-helo',
    eml: viaPolicydSpf(false),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe47-policyd-spf-ar-helo-injects-dmarc-pass-online',
    about: `probe47-policyd-spf-ar-helo-injects-dmarc-pass-offline read online: our re-check finds no signature and DMARC for northbank.example fails; the header's dmarc=pass is the HELO's text. Wanted: spoofed`,
    cls: 'policyd-spf-helo',
    eml: viaPolicydSpf(false),
    zone: { ...BANK },
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe47-policyd-spf-ar-helo-erases-opendmarc-fail-offline',
    about: `${what}. OpenDMARC on the same box writes its own header above it: dmarc=fail (p=reject dis=none) header.from=northbank.example. Two well-formed headers under the receiver's name, each naming header.from, differ: read as two of the receiver's checkers disagreeing, the fail is dropped. Offline. Wanted: spoofed`,
    cls: 'policyd-spf-helo',
    eml: viaPolicydSpf(true),
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe47-policyd-spf-ar-helo-opendmarc-fail-held-online',
    about: `Held: probe47-policyd-spf-ar-helo-erases-opendmarc-fail-offline read online: the provider's two DMARC words cancel out and our own re-check's fail decides. Wanted: spoofed`,
    cls: 'policyd-spf-helo',
    eml: viaPolicydSpf(true),
    zone: { ...BANK },
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  const signed = await bankSigned();
  emit(write, {
    name: 'probe47-policyd-spf-opendmarc-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice from ${BANK_HOST.ip} (greeting ${BANK_HOST.helo}, MAIL FROM:<bounce@northbank.example>) to the same Postfix box: OpenDMARC's dmarc=pass (p=reject dis=none) header.from=northbank.example on top, OpenDKIM's dkim=pass, policyd-spf's spf=pass for the envelope domain. Offline. Wanted: authenticated`,
    cls: 'policyd-spf-helo',
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

export async function makeAll(write: CaseWriter): Promise<void> {
  await rspamd(write);
  await policydSpf(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
