// Red-team probes, fortieth round (December 2026): the newest rules, from the side rounds 35 and 39
// left alone.
// - The mailbox fetch (lib/message/origin-fetch.ts fetchedEntry, lib/message/origin.ts rule 5,
//   lib/analyze.ts undecidedByFetch). Round 35 put the sender's own lines under the provider's inner
//   ones, round 39 a forged fetch under an unreadable receiver line. Here the attacker writes no
//   Received line at all: he only talks to the provider's MX (or its submission port) the way one
//   of fetchedEntry's "no address" exits needs, and each exit turns an unsigned p=reject forgery's
//   DMARC fail into temperror (unverified):
//   - a HELO naming one of the provider's own hosts (the Comcast hand-off exit, realworld37), or a
//     filtering gateway's host (the Proofpoint Essentials exit): neither name is checked against
//     the client's address, and any client may greet so;
//   - a co-tenant server of a web host whose shared servers and mailboxes share one registrable
//     domain (its name is real and forward-confirmed);
//   - a HELO that leaves a comment open across the provider's by clause (the line is unreadable);
//   - a login at the provider whose own line names the login user, an outsider to the From's
//     organisation (round 35's login exit, with the box's record of who logged in).
//   All five read unverified (pending). Controls: the same forgery greeting with its own name
//   (spoofed), the unclosed HELO at the reader's own box without a fetch (spoofed), and a genuine
//   signed bank notice through the provider's inner hand-off (authenticated). Tried, held: a HELO
//   of two words ("x y": the parser takes "x" and keeps the address).
// - lib/auth/authresults-provider.ts onceOf (round 39's rspamd/OpenDMARC rule): two differing dmarc=
//   results in a WELL-FORMED header are "two of the receiver's checkers disagreeing" and give no
//   provider result. Round 37's quoted local part left the header malformed (worstOf keeps the
//   fail); a local part that reopens its text as a resinfo of its own ("…;spf=pass(") closes every
//   comment it opens and leaves the header well-formed. A local part with one "(" leaves Gmail's
//   comment open to the end, and the header yields no result at all. Offline, both read
//   unverified (pending), in Gmail's layout and rspamd's. Control: the same envelope online (our
//   own check decides: spoofed).
// Read, no case: lib/auth/dmarc.ts checkDmarc's public-suffix branch (the walk can land above the
// PSL's registrable domain only on a suffix, which the branch catches); the sovereign-cloud names in
// origin-exchange.ts (read only above the EOP frontend, which the sender cannot write); a Microsoft
// mailbox fetch (EOP enforces p=reject: the forgery lands in Junk, which POP does not collect);
// platform-unsigned's TENANT_KEY (a copied tenant signature is probe12's dressed case);
// exchangeLogin / exchangeOwnHandOff (they need a real login at the reader's Exchange first).
// Layouts: Gmail's POP3 fetch line and X-Gmail-Fetch-Info as in realworld34 / probe35; the
// provider's Postfix entry and submission lines as Postfix prints them ("from HELO (rdns [ip])",
// smtpd_sasl_authenticated_header's "(Authenticated sender: …)", as in realworld31); the provider's
// inner hand-off as realworld37's Comcast lines; Gmail's and rspamd's Authentication-Results as
// test/corpus/receivers.ts and probe37. Names and addresses are documentation ones, except
// Proofpoint's pphosted.com, whose name is the point.

import { signCorpus } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_KEY,
  GMAIL,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  SPOOFED,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the fortieth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read unverified (dmarc-temperror), wanted spoofed. lib/message/origin-fetch.ts fetchedEntry
  // returns null (no address) for a client at a public address named as the provider's host or a
  // known gateway's by HELO or by reverse name alike; lib/analyze.ts undecidedByFetch then turns the
  // unsigned forgery's DMARC fail into temperror. A HELO is the client's word. Fix: count a name
  // only when it leads back to the hop's IP (online, one A/AAAA lookup per hop, as
  // lib/engine/origin-walk.ts confirms hand-offs); a name that does not makes that hop the
  // provider's entry, judged at its IP. Never walk below it (the sender's own lines are there).
  // Offline: as today. Risk: a provider whose inner hosts greet with names that do not resolve to
  // the addresses it records would have genuine unsigned mail judged at its inner host (spoofed
  // under p=reject); rw37's Comcast hand-off must be checked against its real DNS.
  // Fixed at 20:04 on 2026-12-04 (lib/message/origin-fetch.ts, fetchWalk; lib/engine/fetch-names.ts):
  // probe40-fetch-provider-entry-helo-names-provider-host now reads spoofed (last line: the entry;
  // with a line below, online, a provider-named HELO beside the MTA's own other reverse name is
  // looked up forward and, not leading back, makes the hop the entry).
  // Fixed at 20:04 on 2026-12-04 (same): probe40-fetch-provider-entry-helo-names-gateway-host now reads spoofed.
  // Read unverified (dmarc-temperror), wanted spoofed. The same exit, with a name that does lead
  // back: a co-tenant server of a web host whose shared servers and mail hosts share a registrable
  // domain. The confirmation above does not help. Fix (partial): a provider-named client with
  // nothing received below it (the last Received line) is where the message started: its IP is
  // judged; a genuine inner hand-off always has the provider's real entry line below it. Limit: the
  // sender can add a forged line below and be "unknown" again (never walk into it). Stronger: only
  // a client that is one of the MX hosts of the POP server's domain is a hand-off. Risk: a provider
  // whose inner hosts are not MX targets has genuine unsigned mail judged at its inner host.
  // Fixed at 20:04 on 2026-12-04 (lib/message/origin-fetch.ts, fetchWalk: a provider-named client on the
  // last line is the entry): probe40-fetch-hosting-provider-co-tenant-server now reads spoofed. Limit
  // kept: a forged line below it makes it unknown again.
  // Read unverified (dmarc-temperror), wanted spoofed. fetchedEntry returns null for an unreadable
  // provider line (the client's HELO "x (y" left a comment open across the by clause), and
  // undecidedByFetch calls DMARC undecided. At the receiver (the control below) the same line is
  // the origin with no address and the fail stands. Fix: below a fetch, an unreadable line is the
  // entry with no address, as in findOrigin, and undecidedByFetch does not apply to it (only to
  // the provider's NAT, proxy, login and hand-off exits). Risk: a genuine sender whose HELO breaks
  // the provider's line reads spoofed under p=reject, as it already does without the fetch.
  // Fixed at 20:04 on 2026-12-04 (lib/message/origin-fetch.ts fetchWalk, lib/analyze.ts): an unreadable line
  // below the fetch is the entry with no address, not undecided: probe40-fetch-provider-entry-helo-unclosed-comment now reads spoofed.
  // Read unverified (dmarc-temperror), wanted spoofed. fetchedEntry stops at any login (probe35
  // accepted that for a login naming no one). Here the provider's own line names the login user,
  // mallory@mailprovider.example, outside the From's organisation. Fix: read the login users as
  // lib/engine/login-submission.ts does (AUTHENTICATED_SENDER, boxLoginUsers for the provider's
  // box); when one is outside the From's organisation, the login hop is the origin with no address
  // and undecidedByFetch does not apply. Risk: a person with a vanity domain (p=reject, unsigned)
  // submitting through the provider under the provider login reads spoofed; that mail fails DMARC
  // at every other receiver too unless its SPF lists the provider.
  // Fixed at 20:04 on 2026-12-04 (lib/message/origin-fetch.ts fetchedLoginOutsider, lib/analyze.ts):
  // probe40-fetch-provider-login-names-outsider-user now reads spoofed.
  // Read unverified offline ("your provider's Authentication-Results hold no DMARC result"),
  // wanted spoofed. lib/auth/authresults-syntax.ts reads comments RFC-strictly (quotes not
  // honoured), so the quoted local part closes the receiver's SPF comment; this one reopens with
  // "spf=pass(" and leaves the header well-formed, and lib/auth/authresults-provider.ts onceOf
  // reads two differing dmarc= results in a well-formed header as two checkers disagreeing (no
  // result). Online our own check decides (the control). Fix: read the header a second time with
  // quoted strings honoured inside comments (how Gmail and rspamd meant the address); where the
  // two readings differ in their dmarc= or arc= results, treat the header as malformed (worstOf:
  // the receiver's fail stands). Risk: none known; rw38's rspamd/OpenDMARC pair has no quote in a
  // comment and reads the same both ways.
  // Fixed at 19:53 on 2026-12-04 (lib/auth/authresults-syntax.ts, parseAuthResultsValue): a second
  // reading honours quoted strings inside comments; where it differs from the strict one in its
  // dmarc=/arc= results the header is malformed with both readings' results, so worstOf keeps the
  // receiver's fail: probe40-gmail-spf-comment-balanced-injection-offline and
  // probe40-rspamd-spf-comment-balanced-injection-offline now read spoofed.
  // Read unverified offline ("found no Authentication-Results from your provider"), wanted
  // spoofed. One "(" in the quoted local part leaves the receiver's comment open to the end:
  // splitSegments returns null and Gmail's proven header yields no result at all, so its
  // dmarc=fail is erased. Fix: the same second reading (quotes honoured inside comments) recovers
  // Gmail's dmarc=fail; failing that, a trusted, proven header that cannot be read must not read
  // as "no header" (offline: suspicious, never a silent unverified). Risk: none known.
  // Fixed at 19:53 on 2026-12-04 (lib/auth/authresults-syntax.ts, parseAuthResultsValue): where the
  // strict reading cannot be read, the second reading (quotes honoured inside comments) recovers
  // Gmail's header, malformed: probe40-gmail-spf-comment-unclosed-erases-dmarc-offline now reads
  // spoofed. (A header neither reading can read still counts as none: not done here, see report.)
]);

const ATTACKER = 'attacker.example';
const D = (s: number) => `Fri, 20 Nov 2026 09:28:0${s} +0000`;
const POP_IP = '203.0.113.110';
const POP = 'pop.mailprovider.example';
const MX = 'mx.mailprovider.example';
const ZONE = {
  ...BANK,
  [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  'mailprovider.example': { TXT: ['v=spf1 ip4:203.0.113.96/27 -all'] },
  ...ptr(POP_IP, POP),
};

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
    meta: { about: c.about, class: `probe40-${c.cls}`, args: c.args, expect: c.expect },
  });
}

/** The unsigned bank lure, sent to `to`. */
const lure = (to: string) =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to,
    subject: 'Unusual sign-in: confirm your card',
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });

/**
 * Gmail's POP3 fetch of robin@mailprovider.example (realworld34's shape), the provider's LMTP
 * delivery under it, and `entry`: the provider's own line for the attacker's connection.
 */
const fetched = (envelope: string, entry: string, raw = lure('Robin Reader <robin@mailprovider.example>')) =>
  onTop(
    raw,
    `X-Gmail-Fetch-Info: robin@mailprovider.example 1 ${POP} 995 robin@mailprovider.example`,
    'Delivered-To: robin.reader@gmail.com',
    `Received: from ${POP} (${POP}. [${POP_IP}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si3847561366b.40.2026.11.20.02.03.11\r\n        for <robin.reader@gmail.com>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
    'Delivered-To: robin@mailprovider.example',
    `Return-Path: <${envelope}>`,
    `Received: from ${MX}\r\n\tby imap.mailprovider.example (Dovecot) with LMTP id 8Kk3\r\n\tfor <robin@mailprovider.example>; ${D(4)}`,
    entry,
  );

/** The provider's Postfix MX taking the attacker's connection, greeted as `helo`. */
const providerEntry = (helo: string, rdns = `mail.${ATTACKER}`) =>
  `Received: from ${helo} (${rdns} [${ATTACKER_IP}])\r\n\tby ${MX} (Postfix) with ESMTPS id 4ZrT2h0401\r\n\tfor <robin@mailprovider.example>; ${D(3)}`;

/** Gmail's delivery of the unsigned lure from the attacker's server, envelope `envelope`. */
const viaGmail = (envelope: string) =>
  gmailDelivery(lure('Robin Reader <robin.reader@gmail.com>'), {
    relay: { helo: `mail.${ATTACKER}`, rdns: `mail.${ATTACKER}`, ip: ATTACKER_IP },
    envelope,
    spf: 'pass',
    ids: ['x12csp1234567pxa', 'a1si3847561366qtb.40'],
    deliveredTo: true,
    results: `${gmailSpf(envelope, ATTACKER_IP)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
  });

/**
 * rspamd on the reader's Postfix box (dmarc first, then spf with the envelope in its comment), as
 * probe37's control writes it.
 */
const viaRspamd = (envelope: string) =>
  onTop(
    lure('Robin Reader <robin@reader.example>'),
    `Return-Path: <${envelope}>`,
    'Delivered-To: robin@reader.example',
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject);\r\n\tspf=pass (${RECEIVER}: domain of ${envelope} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=${envelope}`,
    `Received: from mail.${ATTACKER} (mail.${ATTACKER} [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4ZrT2h0540\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
  );

/**
 * The quoted local part: it closes the receiver's SPF comment, writes a dmarc=pass resinfo, then
 * starts "spf=pass(" so that the receiver's own "… designates … as permitted sender)" closes a
 * comment it opened. Every segment is a resinfo; the quoted string in smtp.mailfrom= is honoured.
 * No space (some MTAs refuse one even quoted).
 */
const BALANCED = `"x);dmarc=pass(p=REJECT)header.from=northbank.example;spf=pass(y"@${ATTACKER}`;

/** A quoted local part with one "(": the receiver's comment, and everything after it, never closes. */
const UNCLOSED = `"x("@${ATTACKER}`;

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- the mailbox fetch: exits that stop with no address --------------------------------------
  emit(write, {
    name: 'probe40-fetch-provider-entry-helo-names-provider-host',
    about: `Robin's Gmail collects robin@mailprovider.example over POP3 (a provider that does not enforce DMARC, as many hosting mailboxes do not). The attacker connects to the provider's MX from ${ATTACKER_IP} (PTR mail.${ATTACKER}) and greets "EHLO smtp-out2.mailprovider.example", a name of the provider's own; Postfix prints the HELO and the client's real name and address. fetchedEntry takes a client named as the provider's host (by HELO or PTR) for the provider's own hand-off and stops with no address (realworld37's Comcast exit), so the unsigned forgery's DMARC fail becomes temperror. The HELO is the sender's word: nothing checks it against ${ATTACKER_IP}. Wanted: spoofed (SPF fails for the envelope alerts@northbank.example at ${ATTACKER_IP}, p=reject)`,
    cls: 'fetch',
    eml: fetched('alerts@northbank.example', providerEntry('smtp-out2.mailprovider.example')),
    zone: ZONE,
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe40-fetch-provider-entry-helo-names-gateway-host',
    about: `As above, greeting "EHLO mx0a-00190b01.pphosted.com": fetchedEntry takes a client named under a known filtering gateway's domain for the gateway in front of the provider (realworld37's Proofpoint Essentials exit) and stops with no address. The provider's MX here is its own Postfix reached directly; the name is only the attacker's HELO. Wanted: spoofed`,
    cls: 'fetch',
    eml: fetched('alerts@northbank.example', providerEntry('mx0a-00190b01.pphosted.com')),
    zone: ZONE,
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe40-fetch-hosting-provider-co-tenant-server',
    about: `Robin's mailbox is at a web host (robin@mailprovider.example, POP ${POP}); the host's shared web servers are named under the same domain (as OVH's clusterNNN.hosting.ovh.net beside its ssl0.ovh.net mail). The attacker rents a shared-hosting account and sends the lure with PHP's mail() from cpanel-4471.shared.mailprovider.example (${ATTACKER_IP}, PTR and A agree: a real, forward-confirmed name of the provider's domain). The MX records that client by its true name, and fetchedEntry takes a client named under the provider's organisation for the provider's own hand-off: no address, DMARC undecided. A forward-confirmation of the name would not help here. Wanted: spoofed (SPF fails for alerts@northbank.example at ${ATTACKER_IP})`,
    cls: 'fetch',
    eml: fetched(
      'alerts@northbank.example',
      providerEntry('cpanel-4471.shared.mailprovider.example', 'cpanel-4471.shared.mailprovider.example'),
    ),
    zone: {
      ...ZONE,
      ...ptr(ATTACKER_IP, 'cpanel-4471.shared.mailprovider.example'),
      'cpanel-4471.shared.mailprovider.example': { A: [ATTACKER_IP] },
    },
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe40-fetch-provider-entry-helo-unclosed-comment',
    about: `As above, greeting "EHLO x (y": Postfix prints "from x (y (mail.${ATTACKER} [${ATTACKER_IP}])", a comment never closed before the by clause, and the parser marks the provider's entry line unreadable, which fetchedEntry treats as "no address": DMARC undecided for the unsigned forgery. Without the fetch the same line at the receiver is the origin and the fail stands; a HELO that breaks the line is the sender's doing. Wanted: spoofed`,
    cls: 'fetch',
    eml: fetched('alerts@northbank.example', providerEntry('x (y')),
    zone: ZONE,
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe40-fetch-provider-login-names-outsider-user',
    about: `The attacker holds a mailbox at the provider (mallory@mailprovider.example) and submits the bank lure to robin@mailprovider.example from ${ATTACKER_IP} over the submission port; the provider lets a logged-in user write any From. Its Postfix prints the login: "(Authenticated sender: mallory@mailprovider.example) by smtp.mailprovider.example with ESMTPSA". fetchedEntry stops at any login with no address (probe35), so DMARC is undecided, even though the provider's own line names a login user outside the From's organisation: the box's record says who wrote it, and it is not the bank. Wanted: spoofed`,
    cls: 'fetch',
    eml: fetched(
      'alerts@northbank.example',
      `Received: from [192.168.1.20] (dsl-66.attacker-isp.example [${ATTACKER_IP}])\r\n\t(Authenticated sender: mallory@mailprovider.example)\r\n\tby smtp.mailprovider.example (Postfix) with ESMTPSA id 4ZrT2h0402\r\n\tfor <robin@mailprovider.example>; ${D(3)}`,
    ),
    zone: ZONE,
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe40-fetch-provider-entry-own-helo-control',
    about: `Control: the same forgery greeting the provider's MX with its own name (mail.${ATTACKER}): the provider's entry line names ${ATTACKER_IP}, SPF fails for alerts@northbank.example there, p=reject. Wanted: spoofed`,
    cls: 'fetch',
    eml: fetched('alerts@northbank.example', providerEntry(`mail.${ATTACKER}`)),
    zone: ZONE,
    args: GMAIL,
    expect: SPOOFED,
  });

  emit(write, {
    name: 'probe40-fetch-provider-inner-hand-off-signed-bank-control',
    about: `Control for the fix of the two HELO cases: a genuine notice of the bank (signed d=northbank.example, s=nb1) reaches the provider from the bank's server 192.0.2.25, and the provider hands it on between its own hosts over public addresses (Comcast's shape, realworld37: "from smtp-in3.mailprovider.example ([203.0.113.97]) by mx.mailprovider.example"), then Gmail fetches it. Whatever the walk makes of the provider's hand-off, the bank's aligned signature decides. Wanted: authenticated`,
    cls: 'fetch',
    eml: fetched(
      'bounce@northbank.example',
      `Received: from smtp-in3.mailprovider.example ([203.0.113.97])\r\n\tby ${MX} (Postfix) with ESMTPS id 4ZrT2h0403\r\n\tfor <robin@mailprovider.example>; ${D(3)}`,
      await signCorpus(
        onTop(
          lure('Robin Reader <robin@mailprovider.example>'),
          `Received: from mail.northbank.example (mail.northbank.example [192.0.2.25])\r\n\tby smtp-in3.mailprovider.example (Postfix) with ESMTPS id 4ZrT2h0404\r\n\tfor <robin@mailprovider.example>; ${D(2)}`,
        ),
        { domain: 'northbank.example', selector: 'nb1' },
      ),
    ),
    zone: { ...ZONE, ...BANK_KEY },
    args: GMAIL,
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe40-receiver-entry-helo-unclosed-comment-control',
    about: `Control for the unclosed-comment case: the same greeting ("EHLO x (y") at the reader's own Postfix box (--authserv-id ${RECEIVER}), no fetch. The unreadable entry is the origin with no address; the unsigned forgery's DMARC fail stands. Wanted: spoofed`,
    cls: 'fetch',
    eml: onTop(
      lure('Robin Reader <robin@reader.example>'),
      'Return-Path: <alerts@northbank.example>',
      `Received: from x (y (mail.${ATTACKER} [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4ZrT2h0405\r\n\tfor <robin@reader.example>; ${D(3)}`,
    ),
    zone: ZONE,
    args: ['--authserv-id', RECEIVER],
    expect: NOT_TRUSTED,
  });

  // --- a well-formed injection into the receiver's header ---------------------------------------
  emit(write, {
    name: 'probe40-gmail-spf-comment-balanced-injection-offline',
    about: `Plain bank forgery through Gmail, MAIL FROM <${BALANCED}>. Round 37's envelope left Gmail's header malformed (a segment with no resinfo), so worstOf keeps Gmail's dmarc=fail. This one reopens its text as "spf=pass(": Gmail's own "… designates ${ATTACKER_IP} as permitted sender)" closes that comment and every segment reads as a resinfo (spf=pass; dmarc=pass header.from=northbank.example; spf=pass smtp.mailfrom="…"@${ATTACKER}; dmarc=fail). onceOf takes two differing dmarc= results in a well-formed header for two of the receiver's checkers disagreeing and gives no provider result. Offline that leaves nothing. Wanted: spoofed (Gmail's only real result is dmarc=fail p=REJECT)`,
    cls: 'ar-comment-injection',
    eml: viaGmail(BALANCED),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe40-rspamd-spf-comment-balanced-injection-offline',
    about: `The same envelope to the reader's own Postfix box with rspamd (--authserv-id ${RECEIVER}), which writes dmarc=fail first and the envelope in its SPF comment after it: the header holds dmarc=fail, then the sender's dmarc=pass, well-formed. Offline. Wanted: spoofed`,
    cls: 'ar-comment-injection',
    eml: viaRspamd(BALANCED),
    args: ['--authserv-id', RECEIVER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe40-gmail-spf-comment-unclosed-erases-dmarc-offline',
    about: `Plain bank forgery through Gmail, MAIL FROM <${UNCLOSED}>: no result injected, one "(" only. Inside Gmail's SPF comment it opens a nested comment that Gmail's "… as permitted sender)" closes back to the first level, and that level never closes: the parser finds no resinfo at all in Gmail's one trusted header, so Gmail's dmarc=fail (p=REJECT) is gone. Offline, "your provider's Authentication-Results hold no DMARC result". Wanted: spoofed, or at least not a quiet unverified (the receiver's header is there and says fail)`,
    cls: 'ar-comment-injection',
    eml: viaGmail(UNCLOSED),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe40-gmail-spf-comment-balanced-injection-online-control',
    about: `Control: the Gmail case read online: our own DMARC check fails for northbank.example (SPF passes only for ${ATTACKER}, no signature), whatever the provider's header says. Wanted: spoofed`,
    cls: 'ar-comment-injection',
    eml: viaGmail(BALANCED),
    zone: ZONE,
    args: GMAIL,
    expect: SPOOFED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
