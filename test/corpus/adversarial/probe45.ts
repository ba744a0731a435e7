// Red-team probes, forty-fifth round (December 2026): the rules of the last two sessions, attacked
// by a sender who has read lib/ and wants an unsigned forgery of northbank.example (DMARC p=reject)
// read authenticated or unverified.
// - Logins on a box named under another name (lib/engine/login-elsewhere.ts decide, boxRecordUsers;
//   lib/message/submission.ts loginUsers/outsiderLogin): the bank has outsourced its mail to a
//   hoster's Postfix box (northbank.example MX mx1.nb-host.example), as the harbor-notary firm of
//   rw41 has. A co-tenant of that box logs in with his own account and writes as the bank's
//   security desk to a bank employee. Probed: a bare user name (no organisation named, so neither
//   outsider nor colleague), a login under the hoster's own domain whose label spells the bank's
//   name (customer sub-domains handed out free), an IDN look-alike login domain. Control: a
//   colleague's own login.
// - Authentication-Results (lib/auth/authresults-syntax.ts parseAuthResultsValue): probe43's RFC
//   5321 general address literal carried ";"; here it carries one "(" (`bounce@[x:(]`), no quote,
//   in rspamd's and Gmail's SPF comment and smtp.mailfrom=. The strict reading never closes the
//   comment, the second reading is not made (no `"`), and the receiver's dmarc=fail is gone with
//   the rest of its header. Offline. And the same literal writing `arc=pass` into a receiver that
//   checks no ARC (no arc= word of its own), beside the sender's own ARC set in a trusted sealer's
//   name (lib/findings/arc.ts intactChainSealers, offline and online); Gmail, which writes arc=fail,
//   holds.
// - Mailbox fetch (lib/message/origin-fetch.ts, the provider's printed reverse name outranks the
//   HELO): a Sendmail MX prints the PTR it found even when the forward lookup disagrees, marked
//   "(may be forged)". The attacker's PTR names the provider's submission host; one forged line
//   below. Control: the provider's confirmed hand-off carrying the bank's signed notice.
// - Exchange hybrid with the Edge on a public perimeter address (lib/message/origin-exchange.ts
//   hybridOnPremisesHandOff, the `own` allowance of 04f838b0): the line above the Edge's is "the
//   Edge handing on" by its HELO alone (its client address is not compared with the address the
//   Edge prints for itself). Probed: the attacker reaching the published mailbox server directly,
//   greeting as the Edge, with forged EXO/EOP lines and forged organisation rows beside the
//   mailbox server's own Anonymous stamp; another tenant straight to the public Edge (Anonymous).
//   Control: the bank's genuine signed notice through the reader's tenant and the public Edge.
//   Tried (no case): the same HELO-as-Edge hop without the mailbox server's Anonymous stamp reads
//   authenticated; only the rows stop it (see the report).
// Layouts: Postfix's "(Authenticated sender: …)" as realworld41 (rw41-postfix-two-firm-domains-*);
// rspamd's and Gmail's headers as probe43; the sender's ARC set in Fastmail's sealing domain
// (messagingengine.com, on the ARC Community Sealers list), its values invented; Sendmail's client
// comment, "(name [address] (may be forged))" for a reverse name whose forward lookup disagrees,
// as probe30 describes it; Exchange hybrid lines and rows as probe44/realworld41-42. Names and addresses are documentation ones, except
// Microsoft's 40.107.x and outbound.protection.outlook.com, which are the point.

import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_KEY,
  GMAIL,
  genuineBankNotice,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  SPOOFED,
} from '../kit';
import { eopEntry, eopResults, exchangeMailboxHops, M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the forty-fifth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read unverified offline ("found no Authentication-Results from your provider"), wanted not
  // trusted: the receiver's one DMARC word is fail (p=reject). The envelope's general address
  // literal `bounce@[x:(]` holds one "(" and no quote: lib/auth/authresults-syntax.ts
  // parseAuthResultsValue finds the strict reading unbalanced (splitSegments null) and, with no `"`
  // in the value, returns it as it is (`if (!/"/.test(value)) return strict`): malformed with no
  // results, which reads as no header at all. Fix (proposed): in splitSegments, read an RFC 5321
  // address literal (`@[` … `]`, dcontent never holds "[", "]" or "\") as one token, as the second
  // reading does a quoted local part, in comments and in values alike; where the value still does
  // not balance, keep the unfavourable dmarc=/arc= results a recovery reading finds (as the quoted
  // branch does) and say the provider's header was unreadable instead of absent. The literal token
  // also ends probe43's ";" injection at its root. Risk: a receiver printing an unclosed "[" (none
  // known) falls back to today's reading; genuine mail offline loses nothing (only fail words are
  // recovered, and only from a header that does not balance).
  // Fixed at 22:4x on 2026-12-04 (lib/auth/authresults-syntax.ts splitSegments/addressLiteralEnd:
  // the second reading keeps an address literal whole, and runs for `@[` as for a quote):
  // probe45-rspamd-/gmail-envelope-literal-open-paren-erases-header-offline read spoofed.
  // Read unverified offline (arc-forwarded: "forwarded by messagingengine.com … saw it pass"),
  // wanted not trusted. The same literal writes `arc=pass` into a receiver's header that has no
  // arc= word of its own (no ARC check there), so lib/auth/authresults-provider.ts onceOf sees one
  // arc result and takes it; offline, lib/analyze.ts (`addSealed(provider?.arc === 'pass' ?
  // 'from-headers' …)`) and lib/findings/arc.ts intactChainSealers then take the sender's own ARC
  // headers as an intact chain of a trusted sealer, whose forged ARC-Authentication-Results excuse
  // the DMARC fail. Fix (proposed): the literal token above (the injection never becomes a
  // resinfo); and, independently, offline, believe a provider's arc=pass only with the comment the
  // receivers that check ARC write beside it (Gmail `(i=1 spf=… dkim=…)`, Microsoft `(0 oda=1
  // ltdi=1 …)`, rspamd `("d:s=…:i=1")`; an address literal carries no space, so it cannot write
  // Gmail's or Microsoft's). Risk: a provider writing a bare arc=pass (none known in the corpus)
  // loses the forwarding excuse offline: a genuine forwarded message would read as its DMARC fail.
  // Fixed at 22:4x on 2026-12-04 (lib/auth/authresults-syntax.ts parseAuthResultsValue: a DMARC or
  // ARC pass only the strict reading holds is left out): the offline case reads spoofed.
  // The same, online: read unverified (dmarc-fail, arc-forwarded), wanted spoofed. Our own ARC check
  // does not pass, but lib/findings/arc.ts intactChainSealers falls back to `a.provider?.arc ===
  // 'pass'` whenever ours is not a pass (meant for a copy that is not byte-exact), so the sender's
  // text decides online too. Fix (proposed), besides the literal token: online, fall back to the
  // provider's arc=pass only when our own check could not judge the chain (no ARC result, or a
  // temperror), not when it failed the seals on a key lookup or a signature (cv chain broken).
  // Risk: a genuine forward whose copy was altered after the provider (a webmail's re-encoding)
  // and whose seal then fails here would lose the forwarding excuse online; the body-hash-only
  // failure could stay excused if the lead needs it.
  // Fixed at 22:4x on 2026-12-04 (the same): the online case reads spoofed. The fallback to the
  // provider's arc=pass when our own check fails is kept (a copy that is not byte-exact needs it).
  // Read unverified online (dmarc-temperror, "whose provider did not record which server sent it")
  // (offline alike), wanted not trusted. A Sendmail MX prints the PTR it found and marks it "(may be
  // forged)" when the forward lookup disagrees; lib/message/origin-fetch.ts providerNamed reads
  // `h.rdns ?? h.helo` (the printed reverse name outranks the HELO, ba3f302e) without looking at
  // that mark, so the attacker's own PTR naming the provider's submission host makes his hop the
  // provider's hand-off, above one forged line. README "What still fools" lists the PTR trick as
  // still open; here the receiver itself says the name is unconfirmed. Fix (proposed): in
  // providerNamed (or in the Received parser, which could drop such a name into a `rdnsForged`
  // flag), a reverse name the line marks "(may be forged)" names no provider host; the hop is then
  // the entry (judged at its address). Risk: a provider's genuine inner relay whose pool PTR does
  // not lead back, under a Sendmail MX, would read at the provider's own host (spoofed for
  // unsigned mail): the GMX/OVH lines of rw42 are Postfix-printed and unaffected; no Sendmail one
  // is in the corpus.
  // Fixed at 22:4x on 2026-12-04 and taken out again at 23:0x (the lead): the mark rule called
  // genuine university mail spoofed (rw44-gmail-pop3-university-sendmail-inner-gateway-may-be-
  // forged-unsigned: the university's own inner gateway, whose PTR's forward record moved, is
  // marked alike). Unverified for this forgery is the lesser wrong. A fix needs to tell the
  // provider's own space from the attacker's (its MX hosts' or the mailbox server's prefix).
  'probe45-fetch-sendmail-may-be-forged-ptr-names-provider-host',
]);

const ATTACKER = 'attacker.example';
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

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
    meta: { about: c.about, class: `probe45-${c.cls}`, args: c.args, expect: c.expect },
  });
}

/** The unsigned bank lure, to `to`. */
const lure = (to: string, extra: string[] = []) =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to,
    subject: 'Mandatory: re-enrol your token today',
    body: 'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
    extraHeaders: extra,
  });

// --- 1. Logins on the hoster's box the bank's MX names ----------------------------------------------
const HOST = 'mx1.nb-host.example';
const HOST_IP = '192.0.2.60';
const HOME = '198.51.100.41';
const HOST_ZONE = {
  ...BANK,
  'northbank.example': { TXT: [`v=spf1 ip4:${HOST_IP} -all`], MX: [{ priority: 10, exchange: HOST }] },
  [HOST]: { A: [HOST_IP] },
  ...ptr(HOST_IP, HOST),
  'shop-customer.example': { TXT: [`v=spf1 a:${HOST} -all`], MX: [{ priority: 10, exchange: HOST }] },
};
const HOST_ARGS = ['--authserv-id', HOST];

/** The hoster's Postfix login line for `login`, then its Dovecot LMTP delivery to a bank employee. */
const hostLogin = (login: string, extra: string[] = [], helo = '[192.168.1.20]') =>
  onTop(
    lure('Ops Desk <ops@northbank.example>', extra),
    'Return-Path: <security@northbank.example>',
    'Delivered-To: ops@northbank.example',
    `Received: from ${HOST}\r\n\tby ${HOST} with LMTP\r\n\tid kP2xB045Z2f4TgAAz1Qv8w\r\n\t(envelope-from <security@northbank.example>)\r\n\tfor <ops@northbank.example>; ${D(6)}`,
    `Received: from ${helo} (unknown [${ATTACKER_IP}])\r\n\t(Authenticated sender: ${login})\r\n\tby ${HOST} (Postfix) with ESMTPSA id 4Zr45L0c03\r\n\tfor <ops@northbank.example>; ${D(5)}`,
  );

async function logins(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe45-login-mxbox-cotenant-bare-user-writes-as-bank',
    about: `The bank outsources its mail to a hoster's Postfix/Dovecot box (northbank.example MX ${HOST}); the attacker rents a mailbox on the same box for his shop and his SASL login there is a bare user name ("shopadm", as hosters that key logins on the account name print it). He logs in from ${ATTACKER_IP} and sends the unsigned lure as security@northbank.example to ops@northbank.example on the box. The box is the one the From's MX names, so loginOnNamedBox asks for a colleague's login: a bare name is no colleague's (nor an outsider's). Read with --authserv-id ${HOST}. Wanted: not trusted (suspicious naming the bare login is the accepted reading: a family on its ISP's box logging in with bare names, rw43-family-domain-isp-box-bare-name-login, prints the same line)`,
    cls: 'login-mx-box',
    eml: hostLogin('shopadm'),
    zone: HOST_ZONE,
    args: HOST_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe45-login-mxbox-cotenant-hoster-subdomain-spells-bank',
    about: `As probe45-login-mxbox-cotenant-bare-user-writes-as-bank, but the hoster hands each customer a free name under its own domain and uses it for the login; the attacker chose the label "northbank-example", so the box prints "Authenticated sender: security@northbank-example.nb-host.example". Its organisation is nb-host.example, not the bank: the login is an outsider's (login-outside-organisation), never a colleague's. Wanted: not trusted (suspicious naming the login is the accepted reading)`,
    cls: 'login-mx-box',
    eml: hostLogin('security@northbank-example.nb-host.example'),
    zone: HOST_ZONE,
    args: HOST_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe45-login-mxbox-cotenant-idn-lookalike-login-domain',
    about: `The co-tenant's mailbox on ${HOST} is under his own look-alike IDN domain, nörthbank.example (xn--nrthbank-n4a.example), and the box prints the login in Unicode ("Authenticated sender: security@nörthbank.example", as a SMTPUTF8-enabled Postfix/Dovecot does). The login's registrable domain is not the From's: an outsider's login, never a colleague's, whatever a reader sees at a glance. Wanted: not trusted`,
    cls: 'login-mx-box',
    eml: hostLogin('security@nörthbank.example'),
    zone: HOST_ZONE,
    args: HOST_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe45-login-mxbox-colleague-own-login-control',
    about: `Control: Kari, a bank employee, logs in to the hoster's box the bank's MX names with her own account (the box prints "Authenticated sender: kari@northbank.example") from home (${HOME}) and writes as security@northbank.example (the desk's shared address) to ops@northbank.example. A colleague's own login on the box the From's MX names: mail from inside. Wanted: not spoofed, not suspicious (unverified: nothing signs it)`,
    cls: 'login-mx-box',
    eml: hostLogin('kari@northbank.example').replace(ATTACKER_IP, HOME),
    zone: HOST_ZONE,
    args: HOST_ARGS,
    expect: { verdict: ['authenticated', 'unverified'] },
  });
}

// --- 2. Authentication-Results: an address literal that opens a comment ---------------------------
/** An RFC 5321 general address literal holding one "(" (dcontent), no quote. */
const OPEN = 'bounce@[x:(]';

/** rspamd on the reader's Postfix box (probe43's layout). */
const viaRspamd = (envelope: string, extra: string[] = []) =>
  onTop(
    lure('Robin Reader <robin@reader.example>', extra),
    `Return-Path: <${envelope}>`,
    'Delivered-To: robin@reader.example',
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=none (${RECEIVER}: domain of ${envelope} has no SPF policy when checking ${ATTACKER_IP}) smtp.mailfrom=${envelope};\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)`,
    received({
      helo: `mail.${ATTACKER}`,
      rdns: `mail.${ATTACKER}`,
      ip: ATTACKER_IP,
      by: RECEIVER,
      id: '4ZrT2h0545',
      for: 'robin@reader.example',
    }),
  );

/** Gmail's delivery of the unsigned lure from the attacker's server. */
const viaGmail = (envelope: string) =>
  gmailDelivery(lure('Robin Reader <robin.reader@gmail.com>'), {
    relay: { helo: `mail.${ATTACKER}`, rdns: `mail.${ATTACKER}`, ip: ATTACKER_IP },
    envelope,
    ids: ['x12csp1234567pxa', 'a1si3847561366qtb.45'],
    deliveredTo: true,
    results: `${gmailSpf(envelope, ATTACKER_IP, 'neutral')}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
  });

/** probe43's literal, writing arc=pass where probe43 wrote dmarc=pass. */
const ARC_LITERAL = 'bounce@[x:y;arc=pass;spf=pass(z)z=]';
/** The sender's own ARC set, i=1, in a trusted forwarder's name (its signatures cannot verify). */
const FORGED_ARC = [
  'ARC-Seal: i=1; a=rsa-sha256; t=1763632800; cv=none; d=messagingengine.com; s=fm2;\r\n\tb=Q29ycHVzQ29ycHVzQ29ycHVz',
  'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=messagingengine.com; s=fm2;\r\n\tt=1763632800; h=from:to:subject:date; bh=Q29ycHVz; b=Q29ycHVzQ29ycHVz',
  'ARC-Authentication-Results: i=1; mx6.messagingengine.com;\r\n\tdkim=pass header.d=northbank.example header.s=nb1;\r\n\tspf=pass smtp.mailfrom=northbank.example;\r\n\tdmarc=pass header.from=northbank.example',
];
/** Gmail's delivery of the lure carrying FORGED_ARC; `gmailArc` what Gmail itself wrote for the chain. */
const viaGmailArc = (gmailArc: string | null) =>
  gmailDelivery(lure('Robin Reader <robin.reader@gmail.com>', FORGED_ARC), {
    relay: { helo: `mail.${ATTACKER}`, rdns: `mail.${ATTACKER}`, ip: ATTACKER_IP },
    envelope: ARC_LITERAL,
    ids: ['x12csp1234567pxa', 'a1si3847561366qtb.46'],
    deliveredTo: true,
    results: `${gmailSpf(ARC_LITERAL, ATTACKER_IP, 'neutral')}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}${gmailArc ? `;\r\n       ${gmailArc}` : ''}`,
  });

function authResults(write: CaseWriter): void {
  emit(write, {
    name: 'probe45-rspamd-envelope-literal-open-paren-erases-header-offline',
    about: `Unsigned forgery of security@northbank.example (p=reject) to the reader's Postfix box with rspamd, MAIL FROM <${OPEN}>: a general address literal whose dcontent is one "(" (Postfix's default strict_rfc821_envelopes=no takes it). rspamd prints it raw in its SPF comment and in smtp.mailfrom=: the strict RFC 5322 reading opens a comment that never closes, so the whole header, rspamd's dmarc=fail included, reads as nothing; with no quote in the value the second reading is never made. Offline. Wanted: not trusted (the receiver's one DMARC word is fail, p=reject: an unreadable trusted header must not leave "no result")`,
    cls: 'ar-open-paren',
    eml: viaRspamd(OPEN),
    args: ['--authserv-id', RECEIVER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe45-gmail-envelope-literal-open-paren-erases-header-offline',
    about: `The same envelope <${OPEN}> through Gmail (spf=neutral, then dmarc=fail p=REJECT): in Gmail's SPF comment the literal's "(" nests one level deeper, Gmail's ")" closes only that, and the comment runs to the end of the value, dmarc=fail with it. Offline. Whether Gmail's MX takes a general address literal is not known here; the layout is Gmail's. Wanted: not trusted`,
    cls: 'ar-open-paren',
    eml: viaGmail(OPEN),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe45-rspamd-no-arc-check-literal-injects-arc-pass-trusted-seal-offline',
    about: `The unsigned lure to the reader's Postfix box, whose rspamd runs no ARC check (its arc module off; a box with OpenDKIM/OpenDMARC alike writes no arc= word), so its header holds no arc= result of its own. MAIL FROM <${ARC_LITERAL}> (probe43's general address literal, writing arc=pass instead of dmarc=pass), and the sender's own ARC set i=1 in the name of messagingengine.com (a trusted sealer; its signatures cannot verify, and offline nothing checks them). rspamd's dmarc=fail stands, but the one arc= word in the trusted header is the sender's pass: offline, the provider's arc=pass makes the sealers in the headers "intact", and the trusted forwarder's record excuses the DMARC fail as forwarding. Offline. Wanted: not trusted (spoofed: the receiver's only DMARC word is fail, p=reject)`,
    cls: 'ar-arc-injection',
    eml: viaRspamd(ARC_LITERAL, FORGED_ARC),
    args: ['--authserv-id', RECEIVER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe45-rspamd-no-arc-check-literal-injects-arc-pass-trusted-seal-online',
    about: `The rspamd arc=pass injection read online: our own ARC check cannot verify the sender's messagingengine.com seal (no key published for it here) and our own DMARC check fails for northbank.example, yet the provider's (injected) arc=pass still makes the sender's ARC headers an intact chain of a trusted sealer. Wanted: spoofed`,
    cls: 'ar-arc-injection',
    eml: viaRspamd(ARC_LITERAL, FORGED_ARC),
    zone: { ...BANK, [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } },
    args: ['--authserv-id', RECEIVER],
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe45-gmail-literal-injects-arc-pass-gmail-arc-fail-offline',
    about: `Held: the same envelope and forged ARC set through Gmail, which checks ARC and writes arc=fail for the sender's set beside his injected arc=pass: two differing arc= results in one header, the least favourable stands (onceOf), and the forwarding excuse is not given. Offline. Wanted: spoofed`,
    cls: 'ar-arc-injection',
    eml: viaGmailArc('arc=fail (signature failed)'),
    args: GMAIL,
    expect: SPOOFED,
  });
}

// --- 3. Mailbox fetch: a Sendmail MX printing a PTR it could not confirm -------------------------
const POP = 'pop.mailprovider.example';
const POP_IP = '203.0.113.110';
const MX = 'mx.mailprovider.example';
const SUBMIT = { name: 'smtp.mailprovider.example', ip: '203.0.113.99' };
const FETCH_ZONE = {
  ...BANK,
  ...BANK_KEY,
  [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  'mailprovider.example': { TXT: ['v=spf1 ip4:203.0.113.96/27 -all'] },
  ...ptr(POP_IP, POP),
  ...ptr(SUBMIT.ip, SUBMIT.name),
  [SUBMIT.name]: { A: [SUBMIT.ip] },
};

/** Gmail's POP3 fetch of robin@mailprovider.example (probe44's shape), the provider's LMTP, then `lines`. */
const fetched = (
  envelope: string,
  lines: string[],
  raw = lure('Robin Reader <robin@mailprovider.example>'),
) =>
  onTop(
    raw,
    `X-Gmail-Fetch-Info: robin@mailprovider.example 1 ${POP} 995 robin@mailprovider.example`,
    'Delivered-To: robin.reader@gmail.com',
    `Received: from ${POP} (${POP}. [${POP_IP}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si3847561366b.45.2026.11.20.02.03.11\r\n        for <robin.reader@gmail.com>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
    'Delivered-To: robin@mailprovider.example',
    `Return-Path: <${envelope}>`,
    `Received: from ${MX}\r\n\tby imap.mailprovider.example (Dovecot) with LMTP id 8Kk5\r\n\tfor <robin@mailprovider.example>; ${D(4)}`,
    ...lines,
  );

/** The provider's Sendmail MX; `forged` adds Sendmail's mark for a PTR whose forward lookup disagrees. */
const sendmailEntry = (helo: string, rdns: string, ip: string, forged: boolean) =>
  `Received: from ${helo} (${rdns} [${ip}]${forged ? ' (may be forged)' : ''})\r\n\tby ${MX} (8.17.1/8.17.1) with ESMTPS id 5AK9x4Lm004512\r\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\r\n\tfor <robin@mailprovider.example>; ${D(3)}`;

/** The sender's line "the bank's server handed it to the provider's submission host". */
const forgedBankLine = `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby ${SUBMIT.name} (Postfix) with ESMTPS id 4ZrT2h4502\r\n\tfor <robin@mailprovider.example>; ${D(2)}`;

async function fetches(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe45-fetch-sendmail-may-be-forged-ptr-names-provider-host',
    about: `Robin's Gmail collects robin@mailprovider.example over POP3; the provider's MX is Sendmail. The attacker sets the PTR of his own address (${ATTACKER_IP}) to ${SUBMIT.name} (his reverse zone is his; the forward name is the provider's and says ${SUBMIT.ip}), greets with that name and writes one forged line below ("the bank's server handed it to ${SUBMIT.name}"). Sendmail prints the PTR it found and adds "(may be forged)" when the forward lookup disagrees: "from ${SUBMIT.name} (${SUBMIT.name} [${ATTACKER_IP}] (may be forged))". If the printed reverse name alone says whose host the client is, the hop reads as the provider's own hand-off and DMARC is left undecided. Wanted: not trusted (the name is marked forged, and online it does not lead back to ${ATTACKER_IP})`,
    cls: 'fetch-printed-ptr',
    eml: fetched('security@northbank.example', [
      sendmailEntry(SUBMIT.name, SUBMIT.name, ATTACKER_IP, true),
      forgedBankLine,
    ]),
    zone: { ...FETCH_ZONE, ...ptr(ATTACKER_IP, SUBMIT.name) },
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe45-fetch-sendmail-provider-hand-off-signed-bank-control',
    about: `Control: the bank's genuine signed notice (d=northbank.example, s=nb1) reaches the provider's submission-side host from the bank's server and is handed to the Sendmail MX from ${SUBMIT.ip}, whose PTR and A agree (no "may be forged"); Gmail fetches it. The aligned signature decides. Wanted: authenticated`,
    cls: 'fetch-printed-ptr',
    eml: fetched(
      'bounce@northbank.example',
      [sendmailEntry(SUBMIT.name, SUBMIT.name, SUBMIT.ip, false)],
      await signCorpus(
        onTop(
          lure('Robin Reader <robin@mailprovider.example>'),
          `Received: from mail.northbank.example (mail.northbank.example [192.0.2.25])\r\n\tby ${SUBMIT.name} (Postfix) with ESMTPS id 4ZrT2h4504\r\n\tfor <robin@mailprovider.example>; ${D(2)}`,
        ),
        { domain: 'northbank.example', selector: 'nb1' },
      ),
    ),
    zone: FETCH_ZONE,
    args: GMAIL,
    expect: AUTHENTICATED,
  });
}

// --- 4. Exchange hybrid: an Edge Transport server on a public perimeter address --------------------
const AD = 'corp.reader.example';
const EDGE = `EDGE01.${AD}`;
const EDGE_IP = '203.0.113.25';
const MBX = `EXCH01.${AD}`;
const TLS = '(version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)';
/** An on-premises Exchange line (realworld41's shape): no reverse name, the box's own address. */
const exLine = (from: string, fromIp: string, by: string, byIp: string, via: string, t: number) =>
  `Received: from ${from} (${fromIp}) by ${by}\r\n (${byIp}) with Microsoft SMTP Server ${TLS} id 15.2.1544.11${via ? ` via ${via}` : ''}; ${D(t)}`;
const EXO_OUT = { helo: 'NAM12-MW2-obe.outbound.protection.outlook.com', ip: '40.107.92.57' };
/** The organisation rows; `source` the box they name. */
const rows = (source: string, authAs: 'Internal' | 'Anonymous') => [
  'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
  `X-MS-Exchange-Organization-AuthSource: ${source}`,
  `X-MS-Exchange-Organization-AuthAs: ${authAs}`,
  ...(authAs === 'Internal' ? ['X-MS-Exchange-Organization-AuthMechanism: 10'] : []),
];
/** The mailbox server's delivery, the public Edge's hand-on, and the Edge's line from EXO. */
const publicEdgeTiers = () => [
  exLine(MBX, '10.20.1.11', MBX, '10.20.1.11', 'Mailbox Transport', 9),
  exLine(EDGE, EDGE_IP, MBX, '10.20.1.11', '', 8),
  exLine(EXO_OUT.helo, EXO_OUT.ip, EDGE, EDGE_IP, '', 7),
];
const EDGE_ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...M365_SPF_ZONE,
  [ATTACKER]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  'reader.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
};
/** EOP's pass for the bank, as the attacker writes it below his forged EXO line. */
const forgedEopPass = () =>
  eopResults({
    ip: '192.0.2.10',
    mailfrom: 'northbank.example',
    spf: 'pass',
    dkim: 'dkim=none (message not signed)\r\n header.d=none',
    dmarc: 'pass',
    from: 'northbank.example',
    compauth: 'pass reason=100',
  });

async function edge(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe45-edge-public-helo-as-edge-straight-to-mailbox-server',
    about: `The reader's hybrid runs an Edge Transport server on a public perimeter address (${EDGE}, ${EDGE_IP}); its mailbox server ${MBX} is published too (OWA and its receive connector behind one NAT). The attacker connects from ${ATTACKER_IP} straight to ${MBX}, greets as "${EDGE}", and writes below what the Edge and the tenant would have: the Edge's line from ${EXO_OUT.helo} (${EXO_OUT.ip}), EOP's spf/dmarc=pass for the bank at ${'192.0.2.10'}, and organisation rows AuthAs Internal, AuthMechanism 10, AuthSource ${EDGE}. hybridOnPremisesHandOff passes the mailbox server's line as "the Edge handing on" by its HELO alone (the client address ${ATTACKER_IP} is not the ${EDGE_IP} the Edge prints for itself); only the mailbox server's own Anonymous stamp (a second copy of the rows) stops it. Wanted: not trusted (spoofed at ${ATTACKER_IP})`,
    cls: 'exchange-edge-public',
    eml: appendHeaders(
      onTop(
        lure('Robin Reader <robin@reader.example>'),
        exLine(MBX, '10.20.1.11', MBX, '10.20.1.11', 'Mailbox Transport', 9),
        exLine(EDGE, ATTACKER_IP, MBX, '10.20.1.11', '', 8),
        exLine(EXO_OUT.helo, EXO_OUT.ip, EDGE, EDGE_IP, '', 7),
        ...exchangeMailboxHops().slice(1),
        ...forgedEopPass(),
        eopEntry('mail.northbank.example', '192.0.2.10'),
      ),
      'Return-Path: <security@northbank.example>',
      ...rows(EDGE, 'Internal'),
      ...rows(MBX, 'Anonymous'),
    ),
    zone: EDGE_ZONE,
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe45-edge-public-other-tenant-direct-anonymous',
    about: `Probe44's other tenant, against the public-perimeter Edge: the attacker's own Microsoft 365 tenant (outbound ${EXO_OUT.helo}, ${EXO_OUT.ip}) sends the unsigned bank lure straight to ${EDGE} at ${EDGE_IP}; the Edge hands it to ${MBX}, which stamps AuthAs Anonymous, AuthSource ${EDGE} (no hybrid connector). The new allowance for a public Edge address must not carry the walk below ${EXO_OUT.ip}. Wanted: not trusted`,
    cls: 'exchange-edge-public',
    eml: appendHeaders(
      onTop(lure('Robin Reader <robin@reader.example>'), ...publicEdgeTiers(), ...senderTenantHops()),
      'Return-Path: <mallory@attacker.example>',
      ...rows(EDGE, 'Anonymous'),
    ),
    zone: EDGE_ZONE,
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe45-edge-public-hybrid-genuine-signed-bank-control',
    about: `Control: the bank's genuine signed notice from its server (192.0.2.10) enters the reader's tenant at EOP (spf, dkim and dmarc pass), goes over the hybrid connector to the public-perimeter Edge (${EDGE_IP}) and on to ${MBX}, which stamps AuthAs Internal, AuthMechanism 10, AuthSource ${EDGE}. Wanted: authenticated`,
    cls: 'exchange-edge-public',
    eml: appendHeaders(
      onTop(
        await genuineBankNotice(),
        ...publicEdgeTiers(),
        ...exchangeMailboxHops().slice(1),
        ...eopResults({
          ip: '192.0.2.10',
          mailfrom: 'northbank.example',
          spf: 'pass',
          dkim: 'dkim=pass (signature was verified)\r\n header.d=northbank.example',
          dmarc: 'pass',
          from: 'northbank.example',
          compauth: 'pass reason=100',
        }),
        eopEntry('mail.northbank.example', '192.0.2.10'),
      ),
      'Return-Path: <alerts@northbank.example>',
      ...rows(EDGE, 'Internal'),
    ),
    zone: EDGE_ZONE,
    args: OUTLOOK,
    expect: AUTHENTICATED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await logins(write);
  authResults(write);
  await fetches(write);
  await edge(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
