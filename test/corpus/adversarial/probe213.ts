// Red-team round 213: the lead's fixes of 2026-12-07 17:02 (bef0aed1: rounds 211, 212, real-mail
// 200), attacked both ways.
// 1. lib/engine/offline.ts offlineSignedLengths: a provider row that quotes header.b (OpenDKIM's
//    and Gmail's rows; provider.dkim[].b from lib/auth/authresults-provider.ts, white space removed)
//    narrows the DKIM-Signature fields it is about to those whose b= (compacted) starts with it;
//    with no such field, every field with the row's d= (and s=) still counts. Attacks: copies of
//    the bank's field with its b= (or its first characters) and other tags (h= naming Reply-To, no
//    l=, a fresh t=), a copy whose b= is folded elsewhere, an older OpenDKIM's rows without
//    header.s (a copy under another selector), OpenDKIM's longer, unique prefix when two fields
//    share the first eight characters, two rows quoting one b= (identical copies), a row the
//    attacker wrote himself under the box's authserv-id quoting his copy's b=, Gmail's and Yahoo's
//    rows offline. Genuine controls: an application's signature broken by the bank's outbound
//    gateway's footer and the gateway's own second signature with the same d= and s= (only the
//    gateway's signs Reply-To), offline on the box and in Gmail, and online.
// 2. lib/auth/dkim.ts toDkimChecks, two passes: every mailauth result first takes the untaken line
//    it hashed (hashedLast), then the rest by fitScore. Attacks online: an identical copy of the
//    bank's field (two passes, one line's bytes), a copy identical only under relaxed
//    canonicalization (unfolded, doubled spaces: it passes too, its raw bytes differ), a bank field
//    with l= and a copy without it above (the attacker's paragraph appended), in Gmail, Yahoo,
//    Outlook and on the box. Genuine controls: an MTA that duplicated the bank's field, the
//    two-signature gateway shape.
// 3. lib/relay/gateways.ts customerRun (Cisco only) read by lib/findings/arc-record.ts sealerEntry:
//    a tenant behind the attacker's own Proofpoint-hosted PPS instance (dedicated
//    mx0a-<id>.pphosted.com per customer, the customer administering its Email Firewall rules)
//    whose rule replaces Proofpoint's Received line with one naming the bank's server, as round
//    212 did with Cisco's AsyncOS filters.
// Where the layouts were learnt:
// - The bank's notice, the copy helpers (topSig, copied), Gmail's, Yahoo's and the Postfix box's
//   delivery blocks, OpenDKIM's rows (`dkim=pass (2048-bit key; unprotected) header.d=… header.i=…
//   header.a=… header.s=… header.b=<8>`): probe211.ts (itself from probe209.ts, receivers.ts).
// - OpenDKIM's rows without header.s (older releases: header.d, header.i, header.b only) and the
//   two-selector key rotation read offline: realworld199.ts section 7b (find_string ids there).
// - OpenDKIM quoting the shortest prefix of b= that tells the message's signatures apart (at least
//   eight characters; RFC 6008 §4 asks for enough to be unique): recalled from OpenDKIM's
//   dkim_get_sigsubstring (libopendkim/dkim.c); search (code) for it returned no copy here: NOT
//   confirmed from the source in this round.
// - mailauth's relaxed header canonicalization (unfolding, white-space runs to one SP) and its
//   signing output (`h=Subject: From`, folded b=): node_modules/mailauth/lib/dkim/header/relaxed.js,
//   and a signCorpus run here.
// - An application's DKIM signature broken by an outbound gateway's footer and the gateway's own
//   second signature of the same domain: realworld197.ts ("two signatures of one domain and key").
// - Workspace's inbound gateway and Microsoft 365's Enhanced Filtering behind the attacker's own
//   gateway, the forwards into Gmail and Outlook: probe212.ts (workspaceForwardToGmail,
//   tenantForward), copied here. Proofpoint's entry `by mx0a-<id>.pphosted.com (PPS) with ESMTPS`,
//   its `pps.filterd (… [127.0.0.1])` hand-off and its delivery host in 205.220.168.0/24:
//   realworld192.ts (find_string ids 14361695844, 11692869). Proofpoint's PPS admin UI (Email
//   Firewall rules, policy routes): search (pages) help.proofpoint.com "Security Awareness
//   Safelisting in Proofpoint Protection Services"; the PPS 7.0 Reference Guide (docplayer.net
//   15776738) was found but not read for a header-insert action.
// NOT confirmed: that a hosted PPS customer's Email Firewall can strip Proofpoint's own Received
// line and insert another (the PPS reference guide was not read that far; Proofpoint Essentials,
// the shared service, has no such rule); what Gmail and OpenDKIM record for a copy of a field
// identical under relaxed canonicalization (modelled as a second pass, as mailauth verifies it).
// Names and addresses are documentation ones except Google's, Microsoft's, Yahoo's and Proofpoint's.
// Result (38 cases: 28 forgeries, 10 genuine): no forgery reads authenticated; 4 read unverified
// (pending A: his own hosted Proofpoint instance writing the bank's line, premise unconfirmed);
// the other 24 read suspicious; all 10 genuine controls read authenticated or unverified.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  emitCase,
  GMAIL,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
  SIGNED_NO_REPLY_TO,
} from '../kit';
import { keyZone } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';
import { bankNotice, probeCorpus } from '../rounds-kit';

const P = 'r213-';
const SENT = 'Fri, 20 Nov 2026 10:00:00 +0000';
const OLD_SENT = 'Sun, 11 Oct 2026 09:00:00 +0000';
const OLD_T = new Date('2026-10-11T09:00:00Z');
const FRESH_T = Date.parse('2026-11-20T09:59:00Z') / 1000;
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const GENUINE: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};
const YAHOO = ['--webmail', 'yahoo'];
const BOX = ['--authserv-id', RECEIVER];

const VPS: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const BANK_RELAY: Relay = {
  helo: 'mail.northbank.example',
  rdns: 'mail.northbank.example',
  ip: '192.0.2.10',
};
const REPLY = 'Reply-To: "Northbank Security" <security@secure-inbox.example>';
const ENV = 'bounce@attacker.example';
const BANK_ENV = 'alerts@northbank.example';
const LURE = '\r\nAction needed: confirm your card at https://secure-inbox.example/verify today.\r\n';

let n = 0;
const ids = (): [string, string] => {
  n++;
  return [`x213csp${n}pxa`, `a213si${n}qtb.213`];
};

const BODY = 'Your November statement is ready in online banking.\r\n';
const notice = (o: { date?: string } = {}) =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to: 'robin.reader@gmail.com',
    subject: 'Your statement is ready',
    date: o.date ?? SENT,
    messageId: '<stmt-2026-11.r213@northbank.example>',
    body: BODY,
  });

const bankSigned = (
  raw: string,
  headerList: string[],
  o: { signTime?: Date; maxBodyLength?: number; selector?: string } = {},
) =>
  signCorpus(raw, {
    domain: 'northbank.example',
    selector: o.selector ?? 'nb1',
    headerList,
    ...(o.signTime ? { signTime: o.signTime } : {}),
    ...(o.maxBodyLength !== undefined ? { maxBodyLength: o.maxBodyLength } : {}),
  });

/** The topmost DKIM-Signature field of `signed`, with its CRLF. */
const topSig = (signed: string) => /^DKIM-Signature:[\s\S]*?\r\n(?=[^ \t])/i.exec(signed)![0];
/** The field's whole b= value, white space removed (what the engine's compact() reads). */
const fullB = (field: string) => {
  const flat = field.replace(/\r\n[ \t]+/g, ' ').replace(/^[^:]*:/, '');
  const m = /(?:^|;)\s*b=([^;]*)/.exec(flat);
  return m ? m[1]!.replace(/\s+/g, '') : '';
};
/** The first `k` characters of the field's b=, as a provider's header.b quotes them. */
const bQuote = (field: string, k = 8) => fullB(field).slice(0, k);
/** The field with another h=. */
const withH = (field: string, h: string) => field.replace(/\bh=([^;]*);/, `h=${h};`);
/** The field with its b= replaced by `b` (written on one continuation line). */
const withB = (field: string, b: string) => {
  const flat = field.replace(/\r\n(?=[ \t])/g, '');
  return flat.replace(/(;\s*)b=[^;]*?(\r\n)$/, `$1\r\n b=${b}$2`);
};
const freshT = (s: string) => s.replace(/\bt=\d+;/, `t=${FRESH_T};`);
/** Identical to `field` under relaxed header canonicalization, not byte for byte. */
const relaxedTwin = (field: string) => field.replace(/\r\n(?=[ \t])/g, '').replace(/; /g, ';  ');

const toGmail = (raw: string, results: string[], relay: Relay = VPS, envelope = ENV) =>
  gmailDelivery(raw, {
    relay,
    envelope,
    results: results.join('\r\n       '),
    ids: ids(),
    spf: 'pass',
    deliveredTo: true,
  });

const toBox = (raw: string, ar: string[], relay: Relay = VPS, env = ENV) => {
  const date = 'Fri, 20 Nov 2026 10:00:05 +0000';
  n++;
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kR213x${n}vPWf0cQAAq2Xb7g\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; ${date}`,
    `Authentication-Results: ${RECEIVER};\r\n\t${ar.join(';\r\n\t')}`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr213Xk${n}z2vWc\r\n\tfor <robin@reader.example>; ${date}`,
  );
};

const ONLINE_ZONE: Record<string, unknown> = {
  ...BANK,
  'nb1._domainkey.northbank.example': KEY(),
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...ptr(VPS.ip, VPS.rdns),
  ...ptr(BANK_RELAY.ip, BANK_RELAY.rdns),
  'secure-inbox.example': { TXT: ['v=spf1 -all'] },
};

const gmailRows = (rows: Array<[string, string]>, env = ENV, ip = VPS.ip) => [
  ...rows.map(([r, b]) => `dkim=${r} header.i=@northbank.example header.s=nb1 header.b=${b};`),
  gmailSpf(env, ip),
  gmailDmarc('northbank.example', 'REJECT', 'pass'),
];
const boxDkim = (r: string, b: string, selector: string | null = 'nb1') =>
  `dkim=${r}${r === 'pass' ? ' (2048-bit key; unprotected key)' : ' (bad signature)'} header.d=northbank.example header.i=@northbank.example${selector ? ` header.a=rsa-sha256 header.s=${selector}` : ''} header.b=${b}`;
const boxSpf = (env = ENV, ip = VPS.ip) =>
  `spf=pass (${RECEIVER}: domain of ${env} designates ${ip} as permitted sender) smtp.mailfrom=${env}`;
const BOX_DMARC = 'dmarc=pass (p=reject dis=none) header.from=northbank.example';
const YAHOO_ROWS = (rows: string[]) =>
  [
    ...rows.map((r) => `dkim=${r} header.i=@northbank.example header.s=nb1;`),
    'spf=pass smtp.mailfrom=attacker.example;',
    'dmarc=pass(p=REJECT) header.from=northbank.example;',
  ].join('\r\n ');

// ---- 1. Offline: what a row's header.b narrows ----
async function group1(write: CaseWriter): Promise<void> {
  const signed = await bankSigned(notice(), SIGNED_NO_REPLY_TO);
  const sig = topSig(signed);
  const b8 = bQuote(sig);
  const replay = `The attacker replays today's genuine bank notice (d=northbank.example s=nb1, h= without Reply-To) from his own server (${ATTACKER_IP}, envelope ${ENV}) with an unsigned Reply-To at his secure-inbox.example added on top`;
  const withReply = (above: string) => onTop(`${above}${signed}`, REPLY);

  // 1a. A copy with the bank's whole b= and h= naming Reply-To, above the genuine field.
  const sameB = withH(sig, 'from:subject:reply-to');
  emitCase(write, {
    name: `${P}box-offline-copy-same-b-h-reply-to-above`,
    class: 'offline-header-b',
    about: `${replay}. Above the bank's field: a copy with the same b= and h=from:subject:reply-to. The reader's OpenDKIM writes fail (the copy) and pass (the bank's), each quoting the same first 8 characters of b=. Offline both fields start with the quoted b=: both fit the pass, only what both sign counts. Read on the box offline. Wanted: not authenticated (Reply-To unsigned).`,
    args: BOX,
    eml: toBox(withReply(sameB), [boxDkim('fail', b8), boxDkim('pass', b8), boxSpf(), BOX_DMARC]),
    expect: NOT_AUTH,
  });
  // 1b. Same first 8 characters, the rest altered: OpenDKIM would quote a longer, unique prefix.
  const b = fullB(sig);
  const alt = `${b.slice(0, 12)}${b[12] === 'A' ? 'B' : 'A'}${b.slice(13)}`;
  const sameStart = withB(sameB, alt);
  emitCase(write, {
    name: `${P}box-offline-copy-b-first-12-same-unique-prefix-rows`,
    class: 'offline-header-b',
    about: `${replay}. Above the bank's field: a copy with h=from:subject:reply-to whose b= repeats the bank's first 12 characters and differs at the 13th. OpenDKIM quotes the shortest prefix that tells the fields apart (13 characters): fail for the copy's, pass for the bank's. Only the bank's field starts with the pass row's prefix. Read on the box offline. Wanted: not authenticated (the field that passed does not sign Reply-To).`,
    args: BOX,
    eml: toBox(withReply(sameStart), [
      boxDkim('fail', alt.slice(0, 13)),
      boxDkim('pass', b.slice(0, 13)),
      boxSpf(),
      BOX_DMARC,
    ]),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-offline-copy-b-first-12-same-8-char-rows`,
    class: 'offline-header-b',
    about: `As ${P}box-offline-copy-b-first-12-same-unique-prefix-rows, the box's rows quoting only 8 characters (both fields start with them). Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toBox(withReply(sameStart), [boxDkim('fail', b8), boxDkim('pass', b8), boxSpf(), BOX_DMARC]),
    expect: NOT_AUTH,
  });
  // 1c. Older OpenDKIM rows without header.s: a copy under another selector.
  const otherSel = withH(sig, 'from:subject:reply-to').replace(/\bs=nb1;/, 's=nb2;');
  emitCase(write, {
    name: `${P}box-offline-no-selector-rows-copy-other-selector-same-b`,
    class: 'offline-header-b',
    about: `${replay}. Above the bank's field: a copy with s=nb2 (no such key: OpenDKIM permerror), the same b= and h=from:subject:reply-to. The box's older OpenDKIM writes header.d, header.i and header.b only (no header.s). The pass row's b= fits both fields. Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toBox(withReply(otherSel), [
      'dkim=permerror (no key for signature) header.d=northbank.example header.i=@northbank.example header.b=' +
        b8,
      `dkim=pass (2048-bit key; unprotected key) header.d=northbank.example header.i=@northbank.example header.b=${b8}`,
      boxSpf(),
      BOX_DMARC,
    ]),
    expect: NOT_AUTH,
  });
  // 1d. The copy's b= folded after its third character (white space inside b= is no part of it).
  const folded = withB(sameB, `${b.slice(0, 3)}\r\n\t${b.slice(3)}`);
  emitCase(write, {
    name: `${P}box-offline-copy-b-folded-after-3-chars`,
    class: 'offline-header-b',
    about: `${replay}. Above the bank's field: a copy with the same b= folded after its third character and h=from:subject:reply-to. OpenDKIM quotes b= without white space. Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toBox(withReply(folded), [boxDkim('fail', b8), boxDkim('pass', b8), boxSpf(), BOX_DMARC]),
    expect: NOT_AUTH,
  });
  // 1e. His own Authentication-Results under the box's authserv-id, quoting his copy's b=.
  const own = withB(withH(sig, 'from:subject:reply-to'), `QXR0YWNr${b.slice(8)}`);
  const ownQuote = 'QXR0YWNr';
  const forgedAr = `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected key) header.d=northbank.example header.i=@northbank.example header.a=rsa-sha256 header.s=nb1 header.b=${ownQuote};\r\n\tdmarc=pass (p=reject dis=none) header.from=northbank.example`;
  for (const [slug, argsOnline] of [
    ['offline', false],
    ['online', true],
  ] as const) {
    emitCase(write, {
      name: `${P}box-${slug}-forged-ar-below-quotes-copy-b-h-reply-to`,
      class: 'offline-header-b',
      about: `${replay}. Above the bank's field: his own copy with a b= of his own (starting QXR0YWNr) and h=from:subject:reply-to; on top of his message, before sending, an Authentication-Results under the box's own authserv-id (${RECEIVER}) with dkim=pass header.s=nb1 header.b=QXR0YWNr. The box (Postfix, OpenDKIM, no AR stripping) writes its own: fail header.b=QXR0YWNr, pass header.b=<bank's>. If the forged row joined the provider's, its pass would narrow to the copy. Read on the box ${slug}. Wanted: not authenticated.`,
      args: BOX,
      eml: toBox(onTop(`${own}${signed}`, REPLY, forgedAr), [
        boxDkim('fail', ownQuote),
        boxDkim('pass', b8),
        boxSpf(),
        BOX_DMARC,
      ]),
      ...(argsOnline ? { zone: ONLINE_ZONE } : {}),
      expect: NOT_AUTH,
    });
  }
  // 1f. Identical copy: two pass rows quoting one b=.
  emitCase(write, {
    name: `${P}box-offline-identical-copy-two-pass-rows-same-b`,
    class: 'offline-header-b',
    about: `${replay}. Above the bank's field: an identical copy of it (both verify). OpenDKIM writes two pass rows quoting the same b=. Read on the box offline. Wanted: not authenticated (Reply-To unsigned).`,
    args: BOX,
    eml: toBox(withReply(sig), [boxDkim('pass', b8), boxDkim('pass', b8), boxSpf(), BOX_DMARC]),
    expect: NOT_AUTH,
  });
  // 1g. Gmail offline: the same copy.
  emitCase(write, {
    name: `${P}gmail-offline-copy-same-b-h-reply-to-above`,
    class: 'offline-header-b',
    about: `${replay}. Above the bank's field: a copy with the same b= and h=from:subject:reply-to. Gmail records dkim=fail and dkim=pass, each header.b=<first 8>. Read in Gmail offline. Wanted: not authenticated.`,
    args: GMAIL,
    eml: toGmail(
      withReply(sameB),
      gmailRows([
        ['fail', b8],
        ['pass', b8],
      ]),
    ),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}yahoo-offline-copy-same-b-h-reply-to-above`,
    class: 'offline-header-b',
    about: `${replay}. Above the bank's field: a copy with the same b= and h=from:subject:reply-to. Yahoo's rows quote no header.b (pass, perm_fail). Read in Yahoo offline. Wanted: not authenticated.`,
    args: YAHOO,
    eml: yahooDelivery(withReply(sameB), {
      relay: VPS,
      envelope: ENV,
      results: YAHOO_ROWS(['perm_fail', 'pass']),
    }),
    expect: NOT_AUTH,
  });
  // 1h. A 40-day-old notice: a copy with today's t= and the same b=.
  const old = await bankSigned(notice({ date: OLD_SENT }), SIGNED, { signTime: OLD_T });
  const oldSig = topSig(old);
  const oldB8 = bQuote(oldSig);
  for (const [reader, args] of [
    ['gmail', GMAIL],
    ['box', BOX],
  ] as const) {
    const eml = `${freshT(oldSig)}${old}`;
    emitCase(write, {
      name: `${P}${reader}-offline-old-notice-copy-same-b-fresh-t`,
      class: 'offline-header-b',
      about: `The attacker replays on 20 November, from his own server, a bank notice genuinely signed and dated 11 October (every field signed). Above it: a copy with the same b= and today's t=. The provider records fail (copy) and pass (bank's), both quoting the same first 8 characters of b=. Read in ${reader} offline. Wanted: not authenticated (the signature that passed is 40 days old).`,
      args,
      eml:
        reader === 'gmail'
          ? toGmail(
              eml,
              gmailRows([
                ['fail', oldB8],
                ['pass', oldB8],
              ]),
            )
          : toBox(eml, [boxDkim('fail', oldB8), boxDkim('pass', oldB8), boxSpf(), BOX_DMARC]),
      expect: NOT_AUTH,
    });
  }
  // 1i. l=: the bank signs the body's length; a copy without l= (same b=) above; his paragraph after.
  const bodyLen = Buffer.byteLength(BODY);
  const withL = await bankSigned(notice(), SIGNED, { maxBodyLength: bodyLen });
  const lSig = topSig(withL);
  const lB8 = bQuote(lSig);
  const noL = lSig.replace(/\bl=\d+;\s*/, '');
  for (const [reader, args] of [
    ['box', BOX],
    ['gmail', GMAIL],
  ] as const) {
    const eml = `${noL}${withL}${LURE}`;
    emitCase(write, {
      name: `${P}${reader}-offline-l-tag-notice-copy-without-l-same-b-lure`,
      class: 'offline-header-b',
      about: `The bank signs its notice with l=${bodyLen} (the whole body as sent). The attacker appends a paragraph with his link and writes above the bank's field a copy with the same b= and no l=. The provider records fail (copy) and pass (bank's, its l= covering the original body), both quoting the same b=. Read in ${reader} offline. Wanted: not authenticated (text after the signed length).`,
      args,
      eml:
        reader === 'gmail'
          ? toGmail(
              eml,
              gmailRows([
                ['fail', lB8],
                ['pass', lB8],
              ]),
            )
          : toBox(eml, [boxDkim('fail', lB8), boxDkim('pass', lB8), boxSpf(), BOX_DMARC]),
      expect: NOT_AUTH,
    });
  }
}

// ---- 1/2. Genuine: the bank's application signs, its outbound gateway adds a footer and signs again ----
async function genuineTwoSignatures(write: CaseWriter): Promise<void> {
  const helpdesk = 'Reply-To: Northbank Card Services <cards@northbank-help.example>';
  const raw = onTop(notice(), helpdesk);
  // The application's signature: h= without Reply-To; then the gateway's footer breaks its body hash.
  const app = await bankSigned(raw, SIGNED_NO_REPLY_TO, { signTime: new Date('2026-11-20T09:59:50Z') });
  const footered = `${app}\r\nNorthbank plc, 1 Quay Street. Registered in England 01234567.\r\n`;
  // The gateway signs again with the same key (its own h= lists Reply-To).
  const both = await bankSigned(footered, SIGNED);
  const gwSig = topSig(both);
  const appSig = topSig(app);
  const gw8 = bQuote(gwSig);
  const app8 = bQuote(appSig);
  const about = `Genuine: the bank's card application signs its notice (d=northbank.example s=nb1, h= without Reply-To; Reply-To at its card-services desk northbank-help.example); the bank's outbound gateway appends its legal footer (breaking that body hash) and signs again with the same key, its h= naming Reply-To. Sent from mail.northbank.example (192.0.2.10)`;
  const zone = {
    ...ONLINE_ZONE,
    'northbank-help.example': { TXT: ['v=spf1 -all'] },
  };
  emitCase(write, {
    name: `${P}box-offline-genuine-app-and-gateway-signatures-same-key`,
    class: 'offline-header-b',
    about: `${about}. The box's OpenDKIM: pass header.b=<gateway's>, fail (body hash) header.b=<application's>. Offline the pass row's b= says which field passed. Read on the box offline. Wanted: authenticated or unverified.`,
    args: BOX,
    eml: toBox(
      both,
      [
        boxDkim('pass', gw8),
        `dkim=fail (body hash did not verify) header.d=northbank.example header.i=@northbank.example header.a=rsa-sha256 header.s=nb1 header.b=${app8}`,
        boxSpf(BANK_ENV, BANK_RELAY.ip),
        BOX_DMARC,
      ],
      BANK_RELAY,
      BANK_ENV,
    ),
    expect: GENUINE,
  });
  emitCase(write, {
    name: `${P}gmail-offline-genuine-app-and-gateway-signatures-same-key`,
    class: 'offline-header-b',
    about: `${about}. Gmail: dkim=pass header.b=<gateway's>, dkim=neutral (body hash did not verify) header.b=<application's>. Read in Gmail offline. Wanted: authenticated or unverified.`,
    args: GMAIL,
    eml: toGmail(
      both,
      [
        `dkim=pass header.i=@northbank.example header.s=nb1 header.b=${gw8};`,
        `dkim=neutral (body hash did not verify) header.i=@northbank.example header.s=nb1 header.b=${app8};`,
        gmailSpf(BANK_ENV, BANK_RELAY.ip),
        gmailDmarc('northbank.example', 'REJECT', 'pass'),
      ],
      BANK_RELAY,
      BANK_ENV,
    ),
    expect: GENUINE,
  });
  emitCase(write, {
    name: `${P}gmail-online-genuine-app-and-gateway-signatures-same-key`,
    class: 'online-line-match',
    about: `${about}. Gmail's rows as in the offline twin. Read in Gmail online. Wanted: authenticated or unverified.`,
    args: GMAIL,
    eml: toGmail(
      both,
      [
        `dkim=pass header.i=@northbank.example header.s=nb1 header.b=${gw8};`,
        `dkim=neutral (body hash did not verify) header.i=@northbank.example header.s=nb1 header.b=${app8};`,
        gmailSpf(BANK_ENV, BANK_RELAY.ip),
        gmailDmarc('northbank.example', 'REJECT', 'pass'),
      ],
      BANK_RELAY,
      BANK_ENV,
    ),
    zone,
    expect: GENUINE,
    twin: true,
  });
  // OpenDKIM as Debian packages it quotes header.b in double quotes (realworld163.ts, kde.org).
  emitCase(write, {
    name: `${P}box-offline-genuine-app-and-gateway-quoted-header-b`,
    class: 'offline-header-b',
    about: `${about}. The box's OpenDKIM writes header.b="<8>" in double quotes, as Debian's does. Read on the box offline. Wanted: authenticated or unverified.`,
    args: BOX,
    eml: toBox(
      both,
      [
        `dkim=pass (2048-bit key; unprotected) header.d=northbank.example header.i=@northbank.example header.b="${gw8}"`,
        `dkim=fail (2048-bit key) reason="fail (message has been altered)" header.d=northbank.example header.i=@northbank.example header.b="${app8}"`,
        boxSpf(BANK_ENV, BANK_RELAY.ip),
        BOX_DMARC,
      ],
      BANK_RELAY,
      BANK_ENV,
    ),
    expect: GENUINE,
  });
  // The gateway's b= folded right after "b=" (Exchange-style folding of a long field).
  const refolded = both.replace(gwSig, gwSig.replace(/(;\s*)b=/, '$1b=\r\n\t'));
  emitCase(write, {
    name: `${P}box-offline-genuine-app-and-gateway-b-folded-after-tag`,
    class: 'offline-header-b',
    about: `${about}; a relay on the way folded the gateway's field right after "b=". The box's OpenDKIM quotes the first 8 characters without white space. Read on the box offline. Wanted: authenticated or unverified.`,
    args: BOX,
    eml: toBox(
      refolded,
      [
        boxDkim('pass', gw8, null),
        `dkim=fail (body hash did not verify) header.d=northbank.example header.i=@northbank.example header.b=${app8}`,
        boxSpf(BANK_ENV, BANK_RELAY.ip),
        BOX_DMARC,
      ],
      BANK_RELAY,
      BANK_ENV,
    ),
    expect: GENUINE,
  });
  // Providers that quote no header.b: which of the two fields passed is not said offline.
  emitCase(write, {
    name: `${P}yahoo-offline-genuine-app-and-gateway-signatures-same-key`,
    class: 'offline-header-b',
    about: `${about}. Yahoo: dkim=pass and dkim=perm_fail, both header.s=nb1, no header.b: offline nothing says which field passed. Read in Yahoo offline. Wanted: never spoofed (which field passed is unknown: unverified or suspicious are the honest cost).`,
    args: YAHOO,
    eml: yahooDelivery(both, {
      relay: BANK_RELAY,
      envelope: BANK_ENV,
      results: [
        'dkim=pass header.i=@northbank.example header.s=nb1;',
        'dkim=perm_fail header.i=@northbank.example header.s=nb1;',
        'spf=pass smtp.mailfrom=northbank.example;',
        'dmarc=pass(p=REJECT) header.from=northbank.example;',
      ].join('\r\n '),
    }),
    expect: { notVerdict: ['spoofed'] },
  });
  emitCase(write, {
    name: `${P}outlook-offline-genuine-app-and-gateway-signatures-same-key`,
    class: 'offline-header-b',
    about: `${about}. EOP: dkim=pass header.d=northbank.example (one row, no selector, no header.b). Read in Outlook offline. Wanted: never spoofed.`,
    args: OUTLOOK,
    eml: eopDelivery(both, {
      ...eopPass(
        BANK_RELAY,
        'northbank.example',
        'dkim=pass (signature was verified)\r\n header.d=northbank.example',
        'northbank.example',
      ),
      returnPath: `<${BANK_ENV}>`,
    }),
    expect: { notVerdict: ['spoofed'] },
  });
  // An MTA that wrote the bank's field twice (identical copies), genuine.
  const signed = await bankSigned(onTop(notice(), 'Reply-To: Northbank <help@northbank.example>'), SIGNED);
  const dup = `${topSig(signed)}${signed}`;
  const d8 = bQuote(topSig(signed));
  emitCase(write, {
    name: `${P}gmail-online-genuine-duplicated-field-identical`,
    class: 'online-line-match',
    about: `Genuine: the bank's notice (every field signed, Reply-To at its own domain) whose DKIM-Signature an outbound relay wrote twice, byte for byte. Both verify. Gmail records two passes with one header.b. Read in Gmail online. Wanted: authenticated or unverified.`,
    args: GMAIL,
    eml: toGmail(
      dup,
      gmailRows(
        [
          ['pass', d8],
          ['pass', d8],
        ],
        BANK_ENV,
        BANK_RELAY.ip,
      ),
      BANK_RELAY,
      BANK_ENV,
    ),
    zone,
    expect: GENUINE,
  });
  emitCase(write, {
    name: `${P}box-offline-genuine-duplicated-field-identical`,
    class: 'offline-header-b',
    about: `As ${P}gmail-online-genuine-duplicated-field-identical, on the reader's box (OpenDKIM: two pass rows, one header.b). Read on the box offline. Wanted: authenticated or unverified.`,
    args: BOX,
    eml: toBox(
      dup,
      [boxDkim('pass', d8), boxDkim('pass', d8), boxSpf(BANK_ENV, BANK_RELAY.ip), BOX_DMARC],
      BANK_RELAY,
      BANK_ENV,
    ),
    expect: GENUINE,
  });
}

// ---- 2. Online: two passes of toDkimChecks ----
async function group2(write: CaseWriter): Promise<void> {
  const signed = await bankSigned(notice(), SIGNED_NO_REPLY_TO);
  const sig = topSig(signed);
  const b8 = bQuote(sig);
  const replay = `The attacker replays today's genuine bank notice (d=northbank.example s=nb1, h= without Reply-To) from his own server (${ATTACKER_IP}, envelope ${ENV}) with an unsigned Reply-To at his secure-inbox.example`;
  const copies: Array<[string, string, string]> = [
    ['identical-copy', sig, 'an identical copy of the bank field (same bytes: both verify)'],
    [
      'relaxed-twin-copy',
      relaxedTwin(sig),
      'a copy identical under relaxed canonicalization (unfolded onto one line, two spaces after each semicolon): both verify, the raw bytes differ',
    ],
  ];
  for (const [slug, copy, what] of copies) {
    const eml = onTop(`${copy}${signed}`, REPLY);
    emitCase(write, {
      name: `${P}gmail-online-${slug}-above-reply-to-added`,
      class: 'online-line-match',
      about: `${replay}. Above the bank's field: ${what}. Gmail records two passes. Both results hash lines with the bank's h=. Read in Gmail online. Wanted: not authenticated (Reply-To unsigned).`,
      args: GMAIL,
      eml: toGmail(
        eml,
        gmailRows([
          ['pass', b8],
          ['pass', b8],
        ]),
      ),
      zone: ONLINE_ZONE,
      expect: NOT_AUTH,
      twin: slug === 'relaxed-twin-copy',
    });
  }
  const twinEml = onTop(`${relaxedTwin(sig)}${signed}`, REPLY);
  emitCase(write, {
    name: `${P}yahoo-online-relaxed-twin-copy-above-reply-to-added`,
    class: 'online-line-match',
    about: `${replay}. Above the bank's field: a copy identical under relaxed canonicalization only. Yahoo records two passes. Read in Yahoo online. Wanted: not authenticated.`,
    args: YAHOO,
    eml: yahooDelivery(twinEml, { relay: VPS, envelope: ENV, results: YAHOO_ROWS(['pass', 'pass']) }),
    zone: ONLINE_ZONE,
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}outlook-online-relaxed-twin-copy-above-reply-to-added`,
    class: 'online-line-match',
    about: `${replay}. Above the bank's field: a copy identical under relaxed canonicalization only. EOP: dkim=pass header.d=northbank.example, dmarc=pass. Read in Outlook online. Wanted: not authenticated.`,
    args: OUTLOOK,
    eml: eopDelivery(twinEml, {
      ...eopPass(
        VPS,
        'attacker.example',
        'dkim=pass (signature was verified)\r\n header.d=northbank.example',
        'northbank.example',
      ),
      returnPath: `<${ENV}>`,
    }),
    zone: ONLINE_ZONE,
    expect: NOT_AUTH,
  });
  // The Reply-To of the genuine two-signature notice, at a look-alike the attacker registers.
  const lookalike = onTop(signed, 'Reply-To: Northbank Card Services <cards@northbank-help.example>');
  emitCase(write, {
    name: `${P}gmail-online-replay-reply-to-northbank-help-lookalike`,
    class: 'online-line-match',
    about: `${replay.replace('at his secure-inbox.example', '"Northbank Card Services" <cards@northbank-help.example>, a domain he registered (the same Reply-To the genuine two-signature control carries)')}. No copy. Gmail records one pass. Read in Gmail online. Wanted: not authenticated (Reply-To unsigned, at a domain outside the bank's).`,
    args: GMAIL,
    eml: toGmail(lookalike, gmailRows([['pass', b8]])),
    zone: { ...ONLINE_ZONE, 'northbank-help.example': { TXT: ['v=spf1 -all'] } },
    expect: NOT_AUTH,
  });
  // The relaxed twin's h= naming Reply-To: no longer identical (fails), above or below.
  const twinReply = withH(relaxedTwin(sig), 'from:subject:reply-to');
  for (const [pos, body] of [
    ['above', `${twinReply}${signed}`],
    ['below', `${sig}${twinReply}${signed.slice(sig.length)}`],
  ] as const) {
    emitCase(write, {
      name: `${P}box-online-relaxed-twin-h-reply-to-${pos}-genuine`,
      class: 'online-line-match',
      about: `${replay}. ${pos === 'above' ? 'Above' : 'Below'} the bank's field: its relaxed twin (unfolded, spaces doubled) with h=from:subject:reply-to (fails). OpenDKIM: pass and fail, one header.b. Read on the box online. Wanted: not authenticated.`,
      args: BOX,
      eml: toBox(onTop(body, REPLY), [
        boxDkim(pos === 'above' ? 'fail' : 'pass', b8),
        boxDkim(pos === 'above' ? 'pass' : 'fail', b8),
        boxSpf(),
        BOX_DMARC,
      ]),
      zone: ONLINE_ZONE,
      expect: NOT_AUTH,
    });
  }
  // l= on the bank's field only; a copy without it (same b=) above; the lure appended.
  const bodyLen = Buffer.byteLength(BODY);
  const withL = await bankSigned(notice(), SIGNED, { maxBodyLength: bodyLen });
  const lSig = topSig(withL);
  const lB8 = bQuote(lSig);
  const noL = lSig.replace(/\bl=\d+;\s*/, '');
  for (const [reader, args] of [
    ['gmail', GMAIL],
    ['outlook', OUTLOOK],
  ] as const) {
    const eml = `${relaxedTwin(noL)}${relaxedTwin(lSig)}${withL}${LURE}`;
    emitCase(write, {
      name: `${P}${reader}-online-l-tag-twins-copy-without-l-lure`,
      class: 'online-line-match',
      about: `The bank signs its notice with l=${bodyLen}. The attacker appends a paragraph with his link; above the bank's field he writes its relaxed twin (verifies, a second pass with l=) and above that a relaxed twin without l= (fails). Three lines with one b=. Read in ${reader} online. Wanted: not authenticated (text after the signed length).`,
      args,
      eml:
        reader === 'gmail'
          ? toGmail(
              eml,
              gmailRows([
                ['fail', lB8],
                ['pass', lB8],
                ['pass', lB8],
              ]),
            )
          : eopDelivery(eml, {
              ...eopPass(
                VPS,
                'attacker.example',
                'dkim=pass (signature was verified)\r\n header.d=northbank.example',
                'northbank.example',
              ),
              returnPath: `<${ENV}>`,
            }),
      zone: ONLINE_ZONE,
      expect: NOT_AUTH,
    });
  }
}

// ---- 3. His own Proofpoint-hosted PPS instance as the tenant's inbound gateway ----
const READER_GMAIL = 'robin.reader@gmail.com';
const WS = 'larkfield-studio.example';
const WS_USER = `mira@${WS}`;
const TENANT = 'corvane-advisory.example';
const TENANT_USER = `ana@${TENANT}`;
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const EXO_HOP = `Received: from AM9PR02MB7212.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6212.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:30 +0000`;
/** His hosted PPS instance's delivery host (Proofpoint's range, as realworld192's). */
const PP_OUT: Relay = {
  helo: 'mx0b-00d4c213.pphosted.com',
  rdns: 'mx0b-00d4c213.pphosted.com',
  ip: '205.220.168.140',
};
const PPS_FILTERD =
  'Received: from pps.filterd (m0213870.ppops.net [127.0.0.1])\r\n\tby mx0b-00d4c213.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id 5AK9wL3x213102;\r\n\tFri, 20 Nov 2026 09:58:21 GMT';
/** The line his Email Firewall rule writes in place of Proofpoint's entry: the bank's server. */
const FORGED_PP_LINE =
  'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby mx0b-00d4c213.pphosted.com (PPS) with ESMTPS id 4w213sq37-1\r\n\tfor <mira@larkfield-studio.example>; Fri, 20 Nov 2026 09:58:20 GMT';
const SEAL_KEYS = keyZone([
  'arc-20240605._domainkey.google.com',
  'arcselector10001._domainkey.microsoft.com',
]);
const GW_ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  ...SEAL_KEYS,
  ...BANK,
  ...ptr(EUR.ip, EUR.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(PP_OUT.ip, PP_OUT.rdns),
  [PP_OUT.rdns]: { A: [PP_OUT.ip] },
  [WS]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`_dmarc.${WS}`]: { TXT: ['v=DMARC1; p=none'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  [TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${TENANT}`]: { TXT: ['v=DMARC1; p=none'] },
};

async function workspaceForwardToGmail(raw: string, below: string[], k: number): Promise<string> {
  const results = [
    `spf=pass (google.com: domain of ${BANK_ENV} designates 192.0.2.10 as permitted sender) smtp.mailfrom=${BANK_ENV};`,
    'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
  ];
  const inGoogle = onTop(
    raw,
    `Return-Path: <${BANK_ENV}>`,
    `Received: from ${PP_OUT.helo} (${PP_OUT.rdns}. [${PP_OUT.ip}])\r\n        by mx.google.com with ESMTPS id a213si${k}qtb.2${k}\r\n        for <${WS_USER}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:58:21 -0800 (PST)`,
    `Received-SPF: pass (google.com: domain of ${BANK_ENV} designates 192.0.2.10 as permitted sender) client-ip=192.0.2.10;`,
    `Authentication-Results: mx.google.com;\r\n       ${results.join('\r\n       ')}`,
    ...below,
  );
  const sealed = await sealAs(inGoogle, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `mx.google.com;\r\n       ${results.join('\r\n       ')}`,
  });
  const env = `mira+caf_=${READER_GMAIL.replace('@', '=')}@${WS}`;
  const forwarded = onTop(
    sealed,
    `X-Forwarded-To: ${READER_GMAIL}`,
    `X-Forwarded-For: ${WS_USER} ${READER_GMAIL}`,
    `Delivered-To: ${WS_USER}`,
    `Received: by 2002:a05:6a10:b213:b0:2f5:4321:87${k}5 with SMTP id w213csp${k}pxa;\r\n        Fri, 20 Nov 2026 01:58:22 -0800 (PST)`,
  );
  return gmailDelivery(forwarded, {
    relay: GMAIL_OUT,
    envelope: env,
    to: READER_GMAIL,
    results: [
      'arc=pass (i=1 spf=pass spfdomain=northbank.example dmarc=pass fromdomain=northbank.example);',
      `spf=pass (google.com: domain of ${env} designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom="${env}";`,
      'dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=northbank.example',
    ].join('\r\n       '),
    ids: [`x213csp${k}pxb`, `a213si${k}qtb.213`],
    spf: 'pass',
    deliveredTo: true,
  });
}

async function tenantForwardToOutlook(raw: string, below: string[]): Promise<string> {
  const inTenant = onTop(
    raw,
    EXO_HOP,
    'Authentication-Results: spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100',
    eopEntry(PP_OUT.helo, PP_OUT.ip, 'DB5PEPF00014B95'),
    ...below,
  );
  const sealed = await sealAs(inTenant, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults:
      'mx.microsoft.com 1; spf=pass (sender ip is 192.0.2.10) smtp.rcpttodomain=harbourline.example smtp.mailfrom=northbank.example; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=northbank.example; dkim=none (message not signed); arc=none',
  });
  const env = `bounces+SRS=Kq8Wz=TT=northbank.example=security@${TENANT}`;
  return eopDelivery(sealed, {
    ip: EUR.ip,
    helo: EUR.helo,
    ar: `spf=pass (sender IP is ${EUR.ip})\r\n smtp.mailfrom=${TENANT}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=pass reason=130`,
    spf: `Pass (protection.outlook.com: domain of ${TENANT} designates\r\n ${EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EUR.ip}; helo=${EUR.helo}; pr=C`,
    returnPath: env,
  });
}

async function group3(write: CaseWriter): Promise<void> {
  const forged = [PPS_FILTERD, FORGED_PP_LINE];
  const base = `Forgery: the attacker rents a hosted Proofpoint Protection Server instance (mx0b-00d4c213.pphosted.com, ${PP_OUT.ip} in Proofpoint's range); his Email Firewall rule strips Proofpoint's own entry line and inserts one "from mail.northbank.example [192.0.2.10] by mx0b-00d4c213.pphosted.com (PPS)" under the pps.filterd hand-off. The bank's From, unsigned (the bank's notice as its SPF-only mail), envelope ${BANK_ENV}`;
  const ws = await workspaceForwardToGmail(bankNotice(WS_USER), forged, 1);
  for (const offline of [false, true]) {
    emitCase(write, {
      name: `${P}gmail-ws-behind-own-pps-inserted-line-bank-ip-fwd${offline ? '-offline' : ''}`,
      class: 'arc-forwarder',
      about: `${base}. His Workspace (${WS}) names the PPS instance as inbound gateway; Google checks SPF at 192.0.2.10 (the bank's own range): pass, dmarc=pass; seals i=1; Gmail forwarding to the reader. sealerEntry's walk reads the inserted line as Proofpoint's (Proofpoint is not customerRun). Read in Gmail ${offline ? 'offline' : 'online'}. Wanted: suspicious (arc-spf-past-gateway), as for Cisco since round 212.`,
      args: GMAIL,
      eml: ws,
      ...(offline ? {} : { zone: GW_ZONE }),
      expect: NOT_TRUSTED,
      twin: !offline,
    });
  }
  const tenant = await tenantForwardToOutlook(bankNotice(TENANT_USER), forged);
  emitCase(write, {
    name: `${P}outlook-m365-efc-behind-own-pps-inserted-line-bank-ip-fwd`,
    class: 'arc-forwarder',
    about: `${base}. His Microsoft 365 tenant (${TENANT}) skip-lists the PPS instance (Enhanced Filtering for Connectors); EOP records spf=pass (sender IP is 192.0.2.10), dmarc=pass, seals i=1; an inbox rule forwards it to the reader's Outlook. Read in Outlook online. Wanted: suspicious (arc-spf-past-gateway).`,
    args: OUTLOOK,
    eml: tenant,
    zone: GW_ZONE,
    expect: NOT_TRUSTED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  n = 0;
  await group1(write);
  await genuineTwoSignatures(write);
  await group2(write);
  await group3(write);
}

// Pending A (4 forgeries read UNVERIFIED, none authenticated; premise NOT confirmed): the
// attacker's own hosted Proofpoint PPS instance as his tenant's inbound gateway, its Email Firewall
// rule writing a Received line that names the bank's server in Proofpoint's own form:
//   r213-gmail-ws-behind-own-pps-inserted-line-bank-ip-fwd (+ -no-options, -offline),
//   r213-outlook-m365-efc-behind-own-pps-inserted-line-bank-ip-fwd.
// Read now: unverified; dmarc-fail high, arc-forwarded low; no arc-spf-past-gateway: the seal's
//   "spf=pass … designates 192.0.2.10" is taken as the tenant's word. The CLI shows the entry hop
//   (205.220.168.140) as esp "Proofpoint" (by its AS), then the pps.filterd line (127.0.0.1,
//   skipped as internal), then the inserted "from mail.northbank.example [192.0.2.10] by
//   mx0b-00d4c213.pphosted.com (PPS)", whose address the walk adds to the entry's.
// Should read: suspicious (arc-spf-past-gateway), as round 212's Cisco forgeries read since
//   bef0aed1, IF a hosted PPS customer can strip and insert Received (his admin UI has Email
//   Firewall rules: help.proofpoint.com, "Security Awareness Safelisting in Proofpoint Protection
//   Services"; a header-insert action was NOT found in what was read).
// At fault: lib/findings/arc-record.ts sealerEntry: `if (gateway && !gateway.customerRun)` walks
//   below the entry for any other known gateway; lib/relay/gateways.ts 'Proofpoint' (domains
//   pphosted.com, ppe-hosted.com) has no customerRun, so the first line `by` under pphosted.com with
//   a public address speaks for the client.
// Smallest fix: customerRun on Proofpoint for pphosted.com only (dedicated per-customer PPS
//   instances; Proofpoint Essentials on ppe-hosted.com is one shared service), once the premise is
//   confirmed; until then, a design call as round 212's was.
// Could hurt: realworld192's genuine SPF-only forwards through a real Proofpoint (w192-outlook-m365-
//   proofpoint-efc-inbox-rule-spf-only-reject-to-tenant, w192-yahoo/gmail-workspace-proofpoint-
//   inbound-gateway-forward-spf-only-*) would read suspicious, never spoofed; the signed ones keep
//   their DKIM. By headers the forgery and those forwards are the same shape.
// Everything else read as wanted: offline, the header.b narrowing never dropped the bank's field
// (the quote is a prefix of that field's own b=, compacted as the engine compacts it, quotes
// removed), and every copy that repeats the quoted prefix still fits (alsoFits), so the copies with
// Reply-To in h=, a fresh t= or no l= cost what they cost before; the row the attacker wrote under
// the box's authserv-id reads forged-auth-results and does not join. Online, identical and
// relaxed-identical copies both pass and carry the bank's h=; the l= twins keep dkim-body-length.
// Genuine two-signature notices (application's broken by the gateway's footer, the gateway's
// passing) read authenticated on the box (quoted or bare header.b, b= folded after the tag), in
// Gmail (online and offline) and in Yahoo; unverified in Outlook offline.
// Lead, 2026-12-07: left pending by choice for now. Whether a Proofpoint on Demand customer can
// insert or replace a Received line is unconfirmed (round 212's Cisco premise rests on AsyncOS's
// documented strip-header/insert-header filters); marking pphosted.com customerRun would send
// realworld192's genuine forwards behind Proofpoint back to suspicious. README, "What still fools".
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r213-gmail-ws-behind-own-pps-inserted-line-bank-ip-fwd',
  'r213-gmail-ws-behind-own-pps-inserted-line-bank-ip-fwd-no-options',
  'r213-gmail-ws-behind-own-pps-inserted-line-bank-ip-fwd-offline',
  'r213-outlook-m365-efc-behind-own-pps-inserted-line-bank-ip-fwd',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
