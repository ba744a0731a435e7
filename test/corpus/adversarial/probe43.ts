// Red-team probes, forty-third round (December 2026): the four rules merged in the hour before.
// - lib/auth/authresults-syntax.ts parseAuthResultsValue (second reading, quotes honoured inside
//   comments): it only looks again when a `"` sits in a comment. An envelope with an RFC 5321
//   general address literal (`bounce@[x:y;dmarc=pass;spf=pass(z)z=]`: dcontent allows ";", "(",
//   ")" and "=") carries no quote, so both readings are the same, well-formed, and hold the
//   sender's dmarc=pass beside the receiver's dmarc=fail; lib/auth/authresults-provider.ts onceOf
//   then reads "two of the receiver's checkers disagreeing" and gives no DMARC result. Probed in
//   rspamd's and Gmail's layouts, offline; control online.
// - lib/findings/provider.ts gatewayJudged: behind a gateway the reader trusts, the box's spf/dmarc
//   fail at the gateway's address is a low note. Probed: a spoof the trusted gateway passes
//   through (online and offline), and a gateway line that names the client by name only (no
//   address below the gateway); control: a genuine signed notice whose link the gateway rewrote.
// - lib/message/origin-exchange.ts hybridOnPremisesHandOff: another tenant's connector into the
//   reader's on-premises Exchange, stamped AuthAs Internal / AuthMechanism 10 (an on-premises
//   receive connector that takes Microsoft's shared certificate as the hybrid one); below it only
//   that tenant's honest lines. Control: the bank's unsigned notice through the reader's own hybrid.
// - lib/engine/login-submission.ts + verdict row login-outside-organisation: an outside forger's
//   HELO that writes "(Authenticated sender: …)" and "with ESMTPSA" into the bank's own Postfix
//   line; a co-tenant's real login (suspicious, pinned) and the same with the sender's own cPanel
//   header naming a colleague (must stay suspicious).
// Layouts: rspamd's header as realworld40 (rw40-trend-micro-…) and probe40 write it, Gmail's block
// as test/corpus/receivers.ts; Exchange hybrid lines and rows as realworld39
// (rw39-hybrid-onprem-mailbox-reader-*), EOP's as test/corpus/m365-shapes.ts; Postfix's login line
// ("(Authenticated sender: …)", smtpd_sasl_authenticated_header) as probe28. The address-literal
// grammar is RFC 5321 §4.1.3 (General-address-literal). Names and addresses are documentation ones,
// except Microsoft's 40.107.x and outbound.protection.outlook.com, which are the point.

import { signCorpus } from '../../helpers/corpus';
import { rewriteBody } from '../gateway-layouts';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  GMAIL,
  NOT_TRUSTED,
  OUTLOOK,
  RECEIVER,
  SPOOFED,
} from '../kit';
import { eopEntry, exchangeMailboxHops, M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the forty-third round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 20:4x on 2026-12-04 (lib/auth/authresults-provider.ts onceOf): differing dmarc=/arc=
  // results inside one well-formed header, or one naming no header.from, count as a sender's text
  // (the least favourable stands); probe43-rspamd-envelope-address-literal-injects-dmarc-pass-offline
  // and probe43-gmail-envelope-address-literal-injects-dmarc-pass-offline now read spoofed.
  // Both read unverified offline ("your provider's Authentication-Results hold no DMARC result"),
  // wanted not trusted (spoofed: the receiver's only real DMARC word is fail, p=reject). The
  // envelope's general address literal carries ";" "(" ")" "=" and no quote, so
  // lib/auth/authresults-syntax.ts parseAuthResultsValue never makes its second reading (it looks
  // again only when a `"` is in the value), the header is well-formed, and
  // lib/auth/authresults-provider.ts onceOf reads dmarc=pass (the sender's, no header.from) beside
  // dmarc=fail (the receiver's) as two of the receiver's checkers disagreeing: no result. Online our
  // own check decides (the control). Fix (proposed): in onceOf, read a disagreement as two checkers
  // only when each differing result is in a header of its own (rw38's rspamd and OpenDMARC write
  // one header each) and names header.from; two differing dmarc=/arc= results inside ONE header, or
  // one naming no header.from, are taken as malformed (worstOf: the fail stands). Also, in
  // parseAuthResultsValue, mark malformed a value whose smtp.mailfrom= / smtp.helo= property is cut
  // by ";" inside an address literal ("[" with no "]" before the segment ends). Risk: a receiver
  // writing two dmarc= results of its own checkers in one header (none known in the corpus; rw38's
  // pair is two headers) would have its fail stand offline; online our check decides anyway.
]);

const ATTACKER = 'attacker.example';
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const ZONE = { ...BANK, [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } };

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
    meta: { about: c.about, class: `probe43-${c.cls}`, args: c.args, expect: c.expect },
  });
}

/** The unsigned bank lure, to `to`. */
const lure = (to = 'Robin Reader <robin@reader.example>', extra: string[] = []) =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to,
    subject: 'Unusual sign-in: confirm your card',
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
    extraHeaders: extra,
  });

// --- 1. Authentication-Results: an injection with no quote ------------------------------------

/**
 * A general address literal (RFC 5321 §4.1.3: tag ":" 1*dcontent, dcontent any printable but "[",
 * "\", "]"): no quote, no space. Printed raw, its ";" ends the receiver's resinfo, "dmarc=pass" is
 * a resinfo of its own, and "spf=pass(z)z=]" leaves the trailing "]" inside a property value, so
 * every segment parses and the header is well-formed.
 */
const LITERAL = 'bounce@[x:y;dmarc=pass;spf=pass(z)z=]';

/** rspamd on the reader's Postfix box (realworld40's order: dkim, spf with the envelope, dmarc). */
const viaRspamd = (envelope: string) =>
  onTop(
    lure(),
    `Return-Path: <${envelope}>`,
    'Delivered-To: robin@reader.example',
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=none (${RECEIVER}: domain of ${envelope} has no SPF policy when checking ${ATTACKER_IP}) smtp.mailfrom=${envelope};\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)`,
    received({
      helo: `mail.${ATTACKER}`,
      rdns: `mail.${ATTACKER}`,
      ip: ATTACKER_IP,
      by: RECEIVER,
      id: '4ZrT2h0543',
      for: 'robin@reader.example',
    }),
  );

/** Gmail's delivery of the unsigned lure from the attacker's server, envelope `envelope`. */
const viaGmail = (envelope: string) =>
  gmailDelivery(lure('Robin Reader <robin.reader@gmail.com>'), {
    relay: { helo: `mail.${ATTACKER}`, rdns: `mail.${ATTACKER}`, ip: ATTACKER_IP },
    envelope,
    ids: ['x12csp1234567pxa', 'a1si3847561366qtb.43'],
    deliveredTo: true,
    results: `${gmailSpf(envelope, ATTACKER_IP, 'neutral')}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
  });

async function authResults(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe43-rspamd-envelope-address-literal-injects-dmarc-pass-offline',
    about: `Plain unsigned forgery of alerts@northbank.example (p=reject) to the reader's Postfix box with rspamd, MAIL FROM <${LITERAL}> (an RFC 5321 general address literal: ";", "(", ")" and "=" are dcontent; Postfix's default strict_rfc821_envelopes=no takes it). rspamd prints the envelope raw in its SPF comment and in smtp.mailfrom=: the literal's ";" ends rspamd's spf resinfo and writes "dmarc=pass" (no header.from, so it counts for the From) beside rspamd's own dmarc=fail, and "spf=pass(z)z=]" keeps the "]" in a property value. No quote anywhere, so the second reading is never made; the header is well-formed, and onceOf takes two differing dmarc= results in a well-formed header for two of the receiver's checkers disagreeing: no DMARC result. Offline (no DNS). Wanted: not trusted (the receiver's only real DMARC word is fail, p=reject)`,
    cls: 'ar-address-literal',
    eml: viaRspamd(LITERAL),
    args: ['--authserv-id', RECEIVER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe43-gmail-envelope-address-literal-injects-dmarc-pass-offline',
    about: `The same envelope <${LITERAL}> through Gmail (spf=neutral for a literal it cannot look up, then dmarc=fail p=REJECT): Gmail's one trusted header reads spf, then the sender's dmarc=pass and spf=pass, then Gmail's dmarc=fail, well-formed, no quote. Offline. Whether Gmail's MX accepts a general address literal in MAIL FROM is not known here (Postfix's is); the layout is Gmail's. Wanted: not trusted`,
    cls: 'ar-address-literal',
    eml: viaGmail(LITERAL),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe43-rspamd-envelope-address-literal-online-control',
    about: `Control: the rspamd case read online: our own check fails DMARC for northbank.example (no signature, the envelope is no northbank.example address), whatever the header says. Wanted: spoofed`,
    cls: 'ar-address-literal',
    eml: viaRspamd(LITERAL),
    zone: ZONE,
    args: ['--authserv-id', RECEIVER],
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe43-rspamd-envelope-plain-offline-control',
    about: `Control: the same rspamd delivery with a plain envelope <bounce@${ATTACKER}> (rspamd's spf=none, dmarc=fail), offline: the receiver's fail decides. Wanted: spoofed`,
    cls: 'ar-address-literal',
    eml: viaRspamd(`bounce@${ATTACKER}`),
    args: ['--authserv-id', RECEIVER],
    expect: NOT_TRUSTED,
  });
}

// --- 2. A gateway the reader trusts -----------------------------------------------------------

/** The reader's own filtering gateway (trusted by its one address), in front of the Postfix box. */
const GW = { helo: 'gw1.filter.reader.example', rdns: 'gw1.filter.reader.example', ip: '203.0.113.20' };
const GW_ARGS = ['--authserv-id', RECEIVER, '--trust-gateway', '203.0.113.20/32'];

/** The box's own header: it checked SPF at the gateway's address (fail) and DMARC on it. */
const boxAtGateway = (envelope: string, from: string, dkim = 'dkim=none') =>
  `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=fail (${RECEIVER}: domain of ${envelope} does not designate ${GW.ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=fail (policy=reject) header.from=${from}`;

/** The box's delivery of `raw` from the gateway, whose own line `gwLine` is below it. */
const behindGateway = (raw: string, envelope: string, gwLine: string, dkim?: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    boxAtGateway(envelope, 'northbank.example', dkim),
    received({ ...GW, by: RECEIVER, id: '4ZrT2h0550', for: 'robin@reader.example', date: D(6) }),
    gwLine,
  );

async function gateway(write: CaseWriter): Promise<void> {
  const spoofLine = received({
    helo: `mail.${ATTACKER}`,
    rdns: `mail.${ATTACKER}`,
    ip: ATTACKER_IP,
    by: GW.helo,
    id: '4ZrT2h0551',
    for: 'robin@reader.example',
    date: D(4),
  });
  emit(write, {
    name: 'probe43-trusted-gateway-passes-spoof-box-fails-at-gateway',
    about: `The reader trusts its own filtering gateway ${GW.helo} (--trust-gateway ${GW.ip}/32), which does not enforce DMARC and passes the unsigned bank forgery from ${ATTACKER_IP} (envelope alerts@northbank.example) to the Postfix box; the box records spf=fail at the gateway's address and dmarc=fail. gatewayJudged makes the box's fail a low note; our own check at the server behind the gateway (${ATTACKER_IP}) must still fail. Wanted: spoofed`,
    cls: 'gateway-judged',
    eml: behindGateway(lure(), 'alerts@northbank.example', spoofLine),
    zone: ZONE,
    args: GW_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe43-trusted-gateway-passes-spoof-box-fails-at-gateway-offline',
    about: `As above, read offline (no DNS): our own check does not run, and the box's dmarc=fail is the only DMARC word there is. gatewayJudged must not turn it into "nothing known". Wanted: not trusted. Since 2026-12-05 (lib/engine/offline.ts offlineAtTrustedGateway): unverified, never authenticated. The box's fail names the trusted gateway's address and judged it, not the forger, and a genuine SPF-only sender through the same filter prints the very same header (rw50-filter-ec2-elastic-ip-32-postfix-box-spf-only-offline read spoofed): offline nothing checks the sender, and the summary says the provider checked SPF at the gateway`,
    cls: 'gateway-judged',
    eml: behindGateway(lure(), 'alerts@northbank.example', spoofLine),
    args: GW_ARGS,
    expect: { verdict: 'unverified', notVerdict: ['authenticated'] },
  });
  emit(write, {
    name: 'probe43-trusted-gateway-line-names-no-client-address',
    about: `The trusted gateway's own line names the client by its HELO only ("from mail.northbank.example by ${GW.helo} (Postfix) with ESMTP", as a gateway that hides its client's address writes it): below the gateway there is no address to check SPF at, and the box's spf=fail/dmarc=fail at the gateway's address is made a low note by gatewayJudged. The unsigned forgery must not read as "nothing known" where the box recorded a fail and nothing speaks for the bank. Wanted: not trusted`,
    cls: 'gateway-judged',
    eml: behindGateway(
      lure(),
      'alerts@northbank.example',
      `Received: from mail.northbank.example\r\n\tby ${GW.helo} (Postfix) with ESMTP id 4ZrT2h0552\r\n\tfor <robin@reader.example>; ${D(4)}`,
    ),
    zone: ZONE,
    args: GW_ARGS,
    expect: NOT_TRUSTED,
  });
  const link = 'https://online.northbank.example/messages/7731';
  const signed = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'A new message in your online banking',
      body: `Dear customer,\r\n\r\nyou have a new message: ${link}\r\n`,
    }),
    { domain: 'northbank.example', selector: 'nb1' },
  );
  const bankLine = received({
    helo: 'mail.northbank.example',
    rdns: 'mail.northbank.example',
    ip: BANK_IP,
    by: GW.helo,
    id: '4ZrT2h0553',
    for: 'robin@reader.example',
    date: D(4),
  });
  emit(write, {
    name: 'probe43-trusted-gateway-rewrites-link-genuine-bank-control',
    about: `Control: the bank's genuine notice (signed d=northbank.example s=nb1) from ${BANK_IP} through the trusted gateway, which rewrites its link (body hash fails at the box and for us); the box records dkim=fail, spf=fail at the gateway's address, dmarc=fail. Our check at ${BANK_IP}: SPF passes aligned. Wanted: authenticated (the box's fail is the low gateway note)`,
    cls: 'gateway-judged',
    eml: behindGateway(
      rewriteBody(signed, link, `https://urldefense.filter.reader.example/v3/${encodeURIComponent(link)}`),
      'bounce@northbank.example',
      bankLine,
      'dkim=fail reason="signature verification failed" header.d=northbank.example header.s=nb1 header.b=Q29ycHVz',
    ),
    zone: { ...ZONE, ...BANK_KEY },
    args: GW_ARGS,
    expect: AUTHENTICATED,
  });
}

// --- 3. Exchange hybrid, the reader's mailbox on premises -----------------------------------

const EX = 'corp.reader.example';
const TLS12 = '(version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)';
/** The on-premises box's own lines: EXCH02 → EXCH01, and EXCH02's frontend taking it from 40.107.x. */
const onPrem = (obe: string, obeIp: string) => [
  `Received: from EXCH02.${EX} (10.20.1.12) by EXCH01.${EX}\r\n (10.20.1.11) with Microsoft SMTP Server ${TLS12} id 15.2.1544.11 via Mailbox\r\n Transport; ${D(8)}`,
  `Received: from ${obe} (${obeIp}) by\r\n EXCH02.${EX} (10.20.1.12) with Microsoft SMTP Server ${TLS12} id 15.2.1544.11 via Frontend\r\n Transport; ${D(7)}`,
];
const HYBRID_ROWS = [
  'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
  `X-MS-Exchange-Organization-AuthSource: EXCH02.${EX}`,
  'X-MS-Exchange-Organization-AuthAs: Internal',
  'X-MS-Exchange-Organization-AuthMechanism: 10',
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Internet',
];
/** Organisation headers go at the bottom of the header block (Exchange appends them). */
const appendRows = (raw: string, rows: string[]) => {
  const i = raw.indexOf('\r\n\r\n');
  return `${raw.slice(0, i)}\r\n${rows.join('\r\n')}${raw.slice(i)}`;
};

async function hybrid(write: CaseWriter): Promise<void> {
  const [, transport, frontend] = exchangeMailboxHops();
  // Another tenant (attacker.onmicrosoft.com) relays the forgery from the attacker's server through
  // its own EOP (an inbound connector of type OnPremises: any From is accepted) and out of
  // NAM04-BN8-obe to the reader's on-premises box.
  emit(write, {
    name: 'probe43-hybrid-other-tenant-connector-stamped-internal',
    about: `The reader's mailbox is on Exchange 2019 on premises (hybrid, as rw39-hybrid-onprem-mailbox-reader-via-eop). The attacker's own Microsoft 365 tenant relays the unsigned bank forgery from ${ATTACKER_IP} through its EOP and an outbound connector pointed at the reader's on-premises box (NAM04-BN8-obe.outbound.protection.outlook.com, 40.107.220.93). An on-premises receive connector that takes Microsoft's shared certificate (mail.protection.outlook.com) as the hybrid one stamps AuthAs Internal / AuthMechanism 10 / AuthSource EXCH02 for it too. hybridOnPremisesHandOff then steps over the box's lines into the other tenant's lines: its EOP entry honestly names ${ATTACKER_IP}. Read in Outlook. Wanted: spoofed (SPF for alerts@northbank.example fails at ${ATTACKER_IP}, p=reject); never a pass from the other tenant's lines`,
    cls: 'exchange-hybrid',
    eml: appendRows(
      onTop(
        lure(),
        ...onPrem('NAM04-BN8-obe.outbound.protection.outlook.com', '40.107.220.93'),
        ...senderTenantHops('SA1PR04MB9921').map((l) => l.replace('Fri, 20 Nov 2026 10:00:02 +0000', D(6))),
        `Authentication-Results: spf=fail (sender IP is ${ATTACKER_IP})\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=none\r\n header.from=northbank.example;compauth=fail reason=000`,
        eopEntry(`mail.${ATTACKER}`, ATTACKER_IP, 'BN8NAM04FT041'),
      ),
      ['Return-Path: alerts@northbank.example', ...HYBRID_ROWS],
    ),
    zone: { ...ZONE, ...M365_SPF_ZONE },
    args: OUTLOOK,
    expect: SPOOFED,
  });
  // The bank sends from its own server (unsigned, SPF ip4 only) into the reader's tenant.
  emit(write, {
    name: 'probe43-hybrid-own-tenant-bank-unsigned-control',
    about: `Control: the bank's unsigned notice (SPF ip4 ${BANK_IP}, p=reject) to the same hybrid reader: EOP's entry from ${BANK_IP}, the reader's tenant's hops, its outbound hand-off NAM12-MW2-obe (40.107.92.57) to EXCH02 with the hybrid rows (Internal / 10 / EXCH02). Read in Outlook. Wanted: authenticated (SPF passes aligned at EOP's entry)`,
    cls: 'exchange-hybrid',
    eml: appendRows(
      onTop(
        lure(),
        ...onPrem('NAM12-MW2-obe.outbound.protection.outlook.com', '40.107.92.57'),
        transport!.replace('PH7PR11MB8600', 'DS0PR11MB8134'),
        frontend!,
        `Authentication-Results: spf=pass (sender IP is ${BANK_IP})\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`,
        eopEntry('mail.northbank.example', BANK_IP),
      ),
      ['Return-Path: alerts@northbank.example', ...HYBRID_ROWS],
    ),
    zone: { ...ZONE, ...M365_SPF_ZONE },
    args: OUTLOOK,
    expect: AUTHENTICATED,
  });
}

// --- 4. Logins at the bank's own box ----------------------------------------------------------

const BOX = 'mail.northbank.example';
const BOX_ZONE = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
};
const CEO_FRAUD = (extra: string[] = []) =>
  submitted({
    from: 'Dana Okafor (CEO) <ceo@northbank.example>',
    to: 'Robin Reader <robin@northbank.example>',
    subject: 'Urgent: wire before 11:00',
    body: 'Robin, I am in a meeting. Wire EUR 48,900 to the account below today and tell no one.\r\n',
    extraHeaders: extra,
  });
const LMTP = `Received: from ${BOX}\r\n\tby ${BOX} (Dovecot) with LMTP id 8Kk3\r\n\tfor <robin@northbank.example>; ${D(4)}`;
const boxLine = (client: string, w: string) =>
  `Received: from ${client}\r\n\tby ${BOX} (Postfix) with ${w} id 4Q1Lg\r\n\tfor <robin@northbank.example>; ${D(3)}`;

async function logins(write: CaseWriter): Promise<void> {
  const helo = `x (Authenticated sender: m@${ATTACKER}) with ESMTPSA`;
  emit(write, {
    name: 'probe43-login-helo-writes-authenticated-sender-esmtpsa',
    about: `CEO fraud from outside, no login: the attacker (${ATTACKER_IP}) connects to the bank's own Postfix box ${BOX} and greets "EHLO ${helo}". Postfix prints the HELO whole: "from ${helo} (mail.${ATTACKER} [${ATTACKER_IP}]) by ${BOX} (Postfix) with ESMTPS". If the parser takes the HELO's "(Authenticated sender: …)" and "with ESMTPSA" for the box's, the forgery reads as a login of another organisation (suspicious) instead of an SPF fail at ${ATTACKER_IP}. Wanted: spoofed`,
    cls: 'login-outsider',
    eml: onTop(
      CEO_FRAUD(),
      'Return-Path: <ceo@northbank.example>',
      LMTP,
      boxLine(`${helo} (mail.${ATTACKER} [${ATTACKER_IP}])`, 'ESMTPS'),
    ),
    zone: BOX_ZONE,
    args: ['--authserv-id', BOX],
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe43-login-helo-writes-by-box-esmtpsa',
    about: `As above, the HELO writing a whole fake by clause: "EHLO x (Authenticated sender: m@${ATTACKER}) by ${BOX} (Postfix) with ESMTPSA id 1;" so that the line holds two by clauses, the first the sender's. Wanted: spoofed`,
    cls: 'login-outsider',
    eml: onTop(
      CEO_FRAUD(),
      'Return-Path: <ceo@northbank.example>',
      LMTP,
      boxLine(
        `x (Authenticated sender: m@${ATTACKER}) by ${BOX} (Postfix) with ESMTPSA id 1; (mail.${ATTACKER} [${ATTACKER_IP}])`,
        'ESMTPS',
      ),
    ),
    zone: BOX_ZONE,
    args: ['--authserv-id', BOX],
    expect: SPOOFED,
  });
  const coTenant = boxLine(
    `[203.0.113.50] (unknown [203.0.113.50])\r\n\t(Authenticated sender: orders@shop-customer.example)`,
    'ESMTPSA',
  );
  emit(write, {
    name: 'probe43-login-cotenant-outsider-pinned',
    about: `A customer of the bank's shared box (orders@shop-customer.example, password phished) logs in and writes as the bank's CEO; the box names the login. Pinned as the new row reads it: suspicious, with login-outside-organisation naming the login`,
    cls: 'login-outsider',
    eml: onTop(CEO_FRAUD(), 'Return-Path: <ceo@northbank.example>', LMTP, coTenant),
    zone: BOX_ZONE,
    args: ['--authserv-id', BOX],
    expect: { verdict: 'suspicious', findings: ['login-outside-organisation'] },
  });
  emit(write, {
    name: 'probe43-login-cotenant-adds-colleague-box-header',
    about: `As above, and the co-tenant writes cPanel's header under the box's name naming a colleague ("X-Authenticated-Sender: ${BOX}: kari@northbank.example") to look like one of the bank's own logins. The box's line still names the stranger. Wanted: suspicious with login-outside-organisation, never the colleague-login unverified`,
    cls: 'login-outsider',
    eml: onTop(
      CEO_FRAUD([`X-Authenticated-Sender: ${BOX}: kari@northbank.example`]),
      'Return-Path: <ceo@northbank.example>',
      LMTP,
      coTenant,
    ),
    zone: BOX_ZONE,
    args: ['--authserv-id', BOX],
    expect: { verdict: 'suspicious', findings: ['login-outside-organisation'] },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await authResults(write);
  await gateway(write);
  await hybrid(write);
  await logins(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
