// Red-team probes, thirty-ninth round (December 2026): the rules committed in the last hour.
// - lib/engine/login-submission.ts exchangeLogin: Exchange on premises' frontend line ("with
//   Microsoft SMTP Server … via Frontend Transport") plus one X-MS-Exchange-Organization-AuthAs
//   Internal, an AuthMechanism and AuthSource naming the box is a colleague's login. Only
//   Exchange's header firewall keeps the sender from writing those headers: a Postfix box keeps
//   them. Probed: the bank's own Postfix box, the sender writing the three headers and a HELO with
//   spaces ("EXCH01 with Microsoft SMTP Server via Frontend Transport"), which Postfix accepts and
//   prints whole; and Exchange's own anonymous frontend line.
// - lib/auth/authresults-provider.ts worstOf: two dmarc= results, the least favourable stands.
//   Probed: a quoted local part in Gmail's SPF comment writing dkim=pass / spf=pass for the bank
//   instead of dmarc=pass, offline.
// - lib/message/origin-fetch.ts fetchAtOrAbove: a fetch line with no address at or above the
//   entry. Probed: the receiver's entry line made unreadable by a HELO with spaces, above forged
//   lines (a fetch and the bank's own server below it).
// Controls: the same Postfix delivery with a plain HELO and the forged Exchange headers, with the
// Exchange HELO and no headers, with a two-word HELO; Exchange's anonymous frontend (AuthAs
// Anonymous, as Exchange stamps an unauthenticated client).
// Not probed with cases: checkDmarc's public-suffix rule (tldts reads punycode IDN suffixes,
// wildcards and exceptions as the PSL does; no gap found in the time).
// Layouts: Exchange's lines as test/corpus/legit/realworld31.ts (rw31-login-exchange-onprem-*);
// Gmail's block as test/corpus/receivers.ts. Names and addresses are documentation ones.

import { ATTACKER_IP, BANK, BANK_IP, GMAIL, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirty-ninth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read unverified (dmarc none: "inside the receiver"), wanted spoofed. lib/engine/
  // login-submission.ts exchangeLogin reads h.with ("Microsoft SMTP Server") and "via Frontend
  // Transport" out of the sender's HELO, which Postfix prints whole (the hop is even flagged
  // unreadable), and the three X-MS-Exchange-Organization-* headers, which a box that is not
  // Exchange never strips. Fix: refuse an unreadable hop, and require "with Microsoft SMTP Server"
  // and "via Frontend Transport" after the line's `by <box>` (the by clause's own text), and no
  // other MTA's mark after by ("(Postfix)", "(Exim", "with ESMTP…"). Risk: none known for
  // Exchange's own frontend lines, which print by, then with, then via.
  // Read unverified, wanted not trusted (weaker: needs a receive connector that accepts the
  // sender's organisation headers, ExternalAuthoritative). exchangeLogin takes the headers as
  // Exchange's own record whatever address the frontend line names. Fix (proposed): also require
  // the AuthMechanism of a client login, not of a trusted-server connector, or X-Originating-IP
  // equal to the line's client. Risk: the codes Exchange writes per mechanism need confirming
  // from real mail before the list is closed.
  // Fixed at 17:4x on 2026-12-04 (lib/engine/login-submission.ts): a login line the client's HELO
  // ran into (unreadable) is no login, and exchangeLogin reads Exchange's words only after the
  // `by` clause: probe39-exchange-login-postfix-box-helo-frontend-named-box and -no-args now spoofed.
  // Kept as it reads (a trade-off): an Exchange receive connector set to ExternalAuthoritative
  // toward the internet keeps the sender's organisation headers; its operator told Exchange itself
  // to trust that mail, and nothing in the message tells that connector from a client's login.
  'probe39-exchange-onprem-forged-internal-kept-by-connector',
]);

const ATTACKER = 'attacker.example';
const BOX = 'mx.northbank.example';
const EXCH = 'EXCH01.corp.northbank.example';
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const SPOOFED = { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } };
const NOT_TRUSTED = { notVerdict: ['authenticated', 'unverified'] };
const ZONE = {
  ...BANK,
  [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'], MX: [{ priority: 10, exchange: BOX }] },
};
/** The sender's copies of the organisation headers Exchange stamps on a login. */
const FORGED_AUTHAS = (source: string) => [
  'X-MS-Exchange-Organization-AuthAs: Internal',
  'X-MS-Exchange-Organization-AuthMechanism: 06',
  `X-MS-Exchange-Organization-AuthSource: ${source}`,
];

/** The forgery to a bank employee, "from" the bank's own security desk. */
const lure = (extra: string[] = [], to = 'Ops Desk <ops@northbank.example>') =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to,
    subject: 'Mandatory: re-enrol your token today',
    body: 'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
    extraHeaders: extra,
  });

/** The bank's Postfix box taking the forgery from the attacker's server, greeted as `helo`. */
const postfixEntry = (helo: string, by = BOX, rcpt = 'ops@northbank.example') =>
  `Received: from ${helo} (mail.${ATTACKER} [${ATTACKER_IP}])\r\n\tby ${by} (Postfix) with ESMTPS id 4ZrT2h0539\r\n\tfor <${rcpt}>; ${D(5)}`;

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
    meta: { about: c.about, class: `probe39-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const HELO_EXCHANGE = 'EXCH01 with Microsoft SMTP Server via Frontend Transport';
const BOX_ARGS = ['--authserv-id', BOX];

/** Gmail's delivery of the unsigned lure from the attacker's server, envelope `envelope`. */
const viaGmail = (envelope: string) =>
  gmailDelivery(lure([], 'Robin Reader <robin.reader@gmail.com>'), {
    relay: { helo: `mail.${ATTACKER}`, rdns: `mail.${ATTACKER}`, ip: ATTACKER_IP },
    envelope,
    spf: 'pass',
    ids: ['x12csp1234567pxa', 'a1si3847561366qtb.39'],
    deliveredTo: true,
    results: `${gmailSpf(envelope, ATTACKER_IP)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- Exchange's login record, written by the sender to a box that is not Exchange ----------
  for (const [tag, args] of [
    ['named-box', BOX_ARGS],
    ['no-args', []],
  ] as const) {
    emit(write, {
      name: `probe39-exchange-login-postfix-box-helo-frontend-${tag}`,
      about: `Plain forgery of security@northbank.example to a bank employee, through the bank's own Postfix box ${BOX} (not Exchange: it keeps the sender's X-MS-Exchange-Organization-* headers). The sender adds AuthAs Internal / AuthMechanism 06 / AuthSource ${BOX} and greets "HELO ${HELO_EXCHANGE}" (Postfix joins the words and prints them whole), so the box's own line reads "from EXCH01 with Microsoft SMTP Server via Frontend Transport (…) by ${BOX} (Postfix)". Args: ${args.join(' ') || 'none'}. Wanted: spoofed (SPF fails for ${ATTACKER_IP}, p=reject)`,
      cls: 'exchange-login',
      eml: onTop(lure(FORGED_AUTHAS(BOX)), `Return-Path: <bounce@${ATTACKER}>`, postfixEntry(HELO_EXCHANGE)),
      zone: ZONE,
      args: [...args],
      expect: SPOOFED,
    });
  }
  emit(write, {
    name: 'probe39-exchange-login-postfix-box-helo-frontend-no-headers-control',
    about: `Control: the HELO "${HELO_EXCHANGE}" of the first case without the forged Exchange headers. Wanted: spoofed`,
    cls: 'exchange-login',
    eml: onTop(lure(), `Return-Path: <bounce@${ATTACKER}>`, postfixEntry(HELO_EXCHANGE)),
    zone: ZONE,
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe39-postfix-box-helo-two-words-control',
    about: `Control: a HELO of two plain words ("mail ${ATTACKER}") to the bank's Postfix box, no Exchange headers. Wanted: spoofed`,
    cls: 'exchange-login',
    eml: onTop(lure(), `Return-Path: <bounce@${ATTACKER}>`, postfixEntry(`mail ${ATTACKER}`)),
    zone: ZONE,
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe39-exchange-login-postfix-box-forged-headers-plain-helo-control',
    about: `Control: as above with a plain HELO mail.${ATTACKER}; the three forged Exchange headers stay. Wanted: spoofed`,
    cls: 'exchange-login',
    eml: onTop(
      lure(FORGED_AUTHAS(BOX)),
      `Return-Path: <bounce@${ATTACKER}>`,
      postfixEntry(`mail.${ATTACKER}`),
    ),
    zone: ZONE,
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe39-exchange-onprem-anonymous-frontend-control',
    about: `Control: the bank's own Exchange 2019 is its MX. Its frontend takes the forgery from ${ATTACKER_IP} ("… via Frontend Transport"), its header firewall drops the sender's AuthAs Internal and stamps AuthAs Anonymous / AuthSource ${EXCH}. Wanted: spoofed`,
    cls: 'exchange-login',
    eml: onTop(
      lure([
        'X-MS-Exchange-Organization-AuthAs: Anonymous',
        `X-MS-Exchange-Organization-AuthSource: ${EXCH}`,
      ]),
      `Return-Path: <bounce@${ATTACKER}>`,
      `Received: from ${EXCH} (10.20.0.11) by\r\n ${EXCH} (10.20.0.11) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4\r\n via Mailbox Transport; ${D(4)}`,
      `Received: from mail.${ATTACKER} (${ATTACKER_IP}) by ${EXCH}\r\n (10.20.0.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Frontend\r\n Transport; ${D(2)}`,
    ),
    zone: { ...ZONE, [EXCH]: { A: ['10.20.0.11'] } },
    args: ['--authserv-id', EXCH],
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe39-exchange-onprem-forged-internal-kept-by-connector',
    about: `The bank's Exchange frontend takes the forgery from ${ATTACKER_IP}; a receive connector set to trust its clients' headers (ExternalAuthoritative, a common smart-host setting) keeps the sender's AuthAs Internal / AuthMechanism 06 / AuthSource ${EXCH} and stamps none of its own. Wanted: spoofed (the line names an outside address; the login rule must not rest on headers alone)`,
    cls: 'exchange-login',
    eml: onTop(
      lure(FORGED_AUTHAS(EXCH)),
      `Return-Path: <bounce@${ATTACKER}>`,
      `Received: from ${EXCH} (10.20.0.11) by\r\n ${EXCH} (10.20.0.11) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4\r\n via Mailbox Transport; ${D(4)}`,
      `Received: from mail.${ATTACKER} (${ATTACKER_IP}) by ${EXCH}\r\n (10.20.0.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Frontend\r\n Transport; ${D(2)}`,
    ),
    zone: { ...ZONE, [EXCH]: { A: ['10.20.0.11'] } },
    args: ['--authserv-id', EXCH],
    expect: NOT_TRUSTED,
  });
  // --- Gmail's SPF comment: other methods than dmarc -------------------------------------------
  for (const [tag, inj] of [
    ['dkim', 'dkim=pass(x)header.i=@northbank.example(x)header.s=nb1'],
    ['spf', 'spf=pass(x)smtp.mailfrom=northbank.example'],
  ] as const) {
    const env = `"x);${inj};("@${ATTACKER}`;
    emit(write, {
      name: `probe39-gmail-spf-comment-injects-${tag}-pass-offline`,
      about: `Plain bank forgery through Gmail, MAIL FROM <${env}>: the quoted local part closes Gmail's SPF comment and writes "${inj}" into Gmail's trusted header, beside Gmail's own dmarc=fail. Offline. Wanted: spoofed`,
      cls: 'ar-comment-injection',
      eml: viaGmail(env),
      args: GMAIL,
      expect: NOT_TRUSTED,
    });
  }
  // --- a fetch line above an entry made unreadable ----------------------------------------------
  emit(write, {
    name: 'probe39-fetch-below-unreadable-entry-bank-line',
    about: `The reader's Postfix box takes the forgery from ${ATTACKER_IP} greeted "HELO x y" (the line becomes unreadable); below it the sender forged a fetchmail line "from pop.northbank.example by ${RECEIVER} with POP3" (no address) and the bank's own server's line (${BANK_IP}) below that. Wanted: spoofed (nothing the receiver wrote names ${BANK_IP})`,
    cls: 'fetch',
    eml: onTop(
      lure([], 'Robin Reader <robin@reader.example>'),
      `Return-Path: <bounce@${ATTACKER}>`,
      `Received: from x y (mail.${ATTACKER} [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4ZrT2h0540\r\n\tfor <robin@reader.example>; ${D(6)}`,
      `Received: from pop.northbank.example\r\n\tby ${RECEIVER} with POP3 (fetchmail-6.4.37)\r\n\tfor <robin@reader.example> (single-drop); ${D(5)}`,
      `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\n\tby pop.northbank.example (Postfix) with ESMTPS id 4ZrT2h0541\r\n\tfor <robin@northbank.example>; ${D(4)}`,
    ),
    zone: ZONE,
    args: ['--authserv-id', RECEIVER],
    expect: NOT_TRUSTED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
