// Red-team probes, forty-sixth round (December 2026): this hour's three fixes, attacked by a sender
// who has read lib/ and wants an unsigned forgery of northbank.example (DMARC p=reject) read
// authenticated or unverified.
// - Authentication-Results (lib/auth/authresults-syntax.ts parseAuthResultsValue, 96e6f2d5): the
//   second reading keeps an RFC 5321 address literal whole and a DMARC/ARC pass only the strict
//   reading holds is dropped. Probed: probe43's ";" literal writing a DKIM or an SPF pass (not a
//   DMARC/ARC one) into an rspamd header that holds no dmarc= word of its own (its DMARC module off);
//   a literal longer than the 300 characters addressLiteralEnd reads; an unclosed "@[" (both erase
//   rspamd's dmarc=fail with the whole header); held: an IPv6-tagged literal. Control: the bank's
//   signed notice through the same rspamd without DMARC.
// - Trusted gateway network in hosting space (lib/engine/gateways.ts sharedGatewayNetwork, the
//   verdict row dmarc-fail's exception, bdf18a24): the attacker's cloud VM in the reader's trusted
//   /16, with his own MTA's local pickup line below (every VM's Postfix writes one): pinned
//   suspicious; the same in an IPv6 network.
// - Mailbox fetch (lib/message/origin-fetch.ts providerNamed, MAY_BE_FORGED and fromClause): the
//   from clause is cut at the line's first " by ", and Sendmail prints the client's HELO first, so a
//   HELO of "by" cuts the clause before Sendmail's "(may be forged)" mark.
// Layouts: rspamd's header as probe43/probe45 (rspamd's SPF comment "domain of … has no SPF policy
// when checking …" and smtp.mailfrom=, as those rounds copied it); Sendmail's client
// comment "(name [address] (may be forged))" as probe30/probe45; the AWS VM as probe41. Names and
// addresses are documentation ones, except AWS's 3.120.0.0/16 and its IPv6 block, which are the point.

import { signCorpus } from '../../helpers/corpus';
import { ATTACKER_IP, BANK, BANK_KEY, GMAIL, NOT_TRUSTED, ptr, RECEIVER, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the forty-sixth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read unverified offline ("found no Authentication-Results from your provider"), wanted not
  // trusted: rspamd's one DMARC word is fail (p=reject). The envelope's literal is 310 characters
  // and holds one "(": lib/auth/authresults-syntax.ts addressLiteralEnd reads no literal longer than
  // 300, so the second reading (splitSegments with quotesInComments) sees the "(" as the strict one
  // does; both are unbalanced (null) and parseAuthResultsValue returns the strict reading with no
  // results (`if (!quotedSegments) return … strict`), which reads as no header at all. Fix
  // (proposed): where neither reading balances, do not drop the header: make a recovery reading
  // that ends a literal at its "]" however long (or at the first whitespace / CR LF, which a literal
  // never holds), and keep that reading's unfavourable DMARC/ARC results with the header marked
  // malformed ("your provider's header could not be read", never "none found"); the length bound
  // can stay for the cost (the scan is linear anyway: one pass to "]" or whitespace). Risk: none for
  // genuine mail (only fail words are recovered, only from a header that does not balance).
  // Fixed at 22:5x on 2026-12-04 (lib/auth/authresults-syntax.ts recovered: where no reading
  // balances, the receiver's authserv-id and its unfavourable DMARC/ARC results are read): probe46-rspamd-envelope-literal-over-300-erases-header-offline reads spoofed.
  // The same, for an "@[" that never closes (`bounce@[x:(`): addressLiteralEnd finds no "]", both
  // readings are unbalanced, the header reads as absent, unverified offline. Wanted not trusted.
  // Fix: the recovery reading above (an unclosed "@[" ends at the first whitespace, so the "(" in
  // it is text); at least: an unbalanced header holding "dmarc=fail" (or "arc=fail") as a word
  // outside the sender's envelope text must not read as absent. Risk: as above.
  // Fixed at 22:5x on 2026-12-04 (lib/auth/authresults-syntax.ts recovered: where no reading
  // balances, the receiver's authserv-id and its unfavourable DMARC/ARC results are read): probe46-rspamd-envelope-literal-unclosed-erases-header-offline reads spoofed.
  // Read unverified online (dmarc-temperror, "whose provider did not record which server sent it"),
  // wanted not trusted: probe45's may-be-forged PTR trick with the HELO "by". lib/message/
  // origin-fetch.ts fromClause cuts the line at its first /\sby\s/, which is the HELO itself
  // ("from by (smtp.mailprovider.example [198.51.100.66] (may be forged)) by mx…"), so the clause is
  // "from", MAY_BE_FORGED does not match, and providerNamed takes the printed reverse name
  // (h.rdns) for the provider's submission host again. Fix (proposed): test the mark on the text
  // between the line's first "(" after "from" and the "by" that follows the closing ")" (or: cut at
  // ` by ` followed by h.by, the receiver's own name the parser already found; or have
  // lib/message/received.ts record a `rdnsUnconfirmed` flag on the Hop when it parses the client
  // comment, so no second parse of the line is needed). Risk: none for genuine mail (the mark is
  // Sendmail's; a HELO "by" is no genuine server's).
  // Fixed at 22:4x on 2026-12-04 and taken out again at 23:0x (the lead): the mark rule called
  // genuine university mail spoofed (rw44-gmail-pop3-university-sendmail-inner-gateway-may-be-
  // forged-unsigned: the university's own inner gateway, whose PTR's forward record moved, is
  // marked alike). Unverified for this forgery is the lesser wrong. A fix needs to tell the
  // provider's own space from the attacker's (its MX hosts' or the mailbox server's prefix).
  'probe46-fetch-sendmail-helo-by-hides-may-be-forged-mark',
  // Held only through the same rule: unverified again without it (pending alike).
  'probe46-fetch-sendmail-helo-provider-name-may-be-forged-held',
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
    meta: { about: c.about, class: `probe46-${c.cls}`, args: c.args, expect: c.expect },
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

// --- 1. Authentication-Results: address literals the second reading does not close ----------------
const BOX_ARGS = ['--authserv-id', RECEIVER];
/** rspamd's DMARC word (its dmarc module on): fail for the unsigned lure. */
const RSPAMD_DMARC =
  ';\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)';

/** rspamd on the reader's Postfix box (probe45's layout); `dmarc` false: its DMARC module is off. */
const viaRspamd = (raw: string, envelope: string, dmarc: boolean, dkim = 'dkim=none') =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    'Delivered-To: robin@reader.example',
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=none (${RECEIVER}: domain of ${envelope} has no SPF policy when checking ${ATTACKER_IP}) smtp.mailfrom=${envelope}${dmarc ? RSPAMD_DMARC : ''}`,
    received({
      helo: `mail.${ATTACKER}`,
      rdns: `mail.${ATTACKER}`,
      ip: ATTACKER_IP,
      by: RECEIVER,
      id: '4ZrT2h0546',
      for: 'robin@reader.example',
    }),
  );

const READER = 'Robin Reader <robin@reader.example>';
/** probe43's ";" literal, writing a DKIM pass for the bank (a comment separates result and property). */
const DKIM_LITERAL = 'bounce@[x:y;dkim=pass(z)header.d=northbank.example;spf=pass(z)z=]';
/** A general address literal of 310 characters holding one "(": longer than the second reading reads. */
const LONG_LITERAL = `bounce@[x:${'q'.repeat(300)}(]`;
/** An "@[" that never closes (Postfix's strict_rfc821_envelopes=no takes what it can parse). */
const UNCLOSED = 'bounce@[x:(';
/** An IPv6-tagged literal holding "(". */
const IPV6_LITERAL = 'bounce@[IPv6:2001:db8::(]';

async function authResults(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe46-rspamd-no-dmarc-literal-injects-dkim-pass-offline',
    about: `The reader's Postfix box runs rspamd with its DMARC module off (so its header holds no dmarc= word) and dkim=none for the unsigned lure from ${ATTACKER_IP}. MAIL FROM <${DKIM_LITERAL}>: probe43's ";" literal, now writing "dkim=pass(z)header.d=northbank.example" (a comment separates like whitespace, and a literal holds no space). The strict reading of rspamd's smtp.mailfrom= value splits it into a resinfo of the sender's; the second reading keeps it whole, but the two differ on no DMARC/ARC result, so the strict one stands, unmarked, with an aligned DKIM pass the receiver never wrote. Held: offline, HeaderLens makes no DMARC result of a provider's dkim=/spf= words where the provider wrote no dmarc= (the control below reads unverified too), so the injected pass buys nothing. Offline. Wanted: never authenticated (unverified, as any unsigned message in that header)`,
    cls: 'ar-literal-dkim-pass',
    eml: viaRspamd(lure(READER), DKIM_LITERAL, false),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe46-rspamd-no-dmarc-literal-dkim-pass-online',
    about: `probe46-rspamd-no-dmarc-literal-injects-dkim-pass-offline read online: our own checks find no signature and SPF none for the literal, and DMARC for northbank.example fails; the injected provider dkim=pass must not outweigh them. Wanted: spoofed`,
    cls: 'ar-literal-dkim-pass',
    eml: viaRspamd(lure(READER), DKIM_LITERAL, false),
    zone: { ...BANK },
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe46-rspamd-envelope-literal-over-300-erases-header-offline',
    about: `probe45-rspamd-envelope-literal-open-paren-erases-header-offline with the literal padded to ${LONG_LITERAL.length} characters (<${LONG_LITERAL.slice(0, 16)}…(]>; Postfix takes an envelope address up to its line length limit, far beyond RFC 5321's 256): addressLiteralEnd reads no literal longer than 300, so the second reading sees the "(" as the strict one does, neither balances, and rspamd's dmarc=fail goes with the whole header. Offline. Wanted: not trusted`,
    cls: 'ar-literal-long',
    eml: viaRspamd(lure(READER), LONG_LITERAL, true),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe46-rspamd-envelope-literal-unclosed-erases-header-offline',
    about: `MAIL FROM <${UNCLOSED}>: an "@[" that never closes, one "(" in it. rspamd copies it into its SPF comment and smtp.mailfrom=; no literal is found (no "]"), both readings leave a comment open, and the header with rspamd's dmarc=fail reads as absent. Offline. Wanted: not trusted`,
    cls: 'ar-literal-unclosed',
    eml: viaRspamd(lure(READER), UNCLOSED, true),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe46-rspamd-envelope-ipv6-literal-open-paren-held-offline',
    about: `Held: MAIL FROM <${IPV6_LITERAL}>, an IPv6-tagged literal holding "(" (RFC 5321's grammar makes "IPv6:" a tag of a general literal, dcontent any printable but "[", "]", "\\"). The second reading keeps it whole and recovers rspamd's dmarc=fail. Offline. Wanted: spoofed`,
    cls: 'ar-literal-ipv6',
    eml: viaRspamd(lure(READER), IPV6_LITERAL, true),
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  const signed = await signCorpus(
    onTop(
      lure(READER),
      received({
        helo: 'mail.northbank.example',
        rdns: 'mail.northbank.example',
        ip: '192.0.2.25',
        by: 'out.northbank.example',
      }),
    ),
    { domain: 'northbank.example', selector: 'nb1' },
  );
  emit(write, {
    name: 'probe46-rspamd-no-dmarc-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice (d=northbank.example, s=nb1) from the bank's server (192.0.2.25, in its SPF) to the same rspamd box with no DMARC module: "dkim=pass header.d=northbank.example header.s=nb1", spf=pass smtp.mailfrom=bounce@northbank.example, no dmarc= word. Offline: no DMARC result to read and none made, the honest reading is unverified (pins that the dkim-pass injection above reads as the genuine message does, no better). Wanted: unverified`,
    cls: 'ar-literal-dkim-pass',
    eml: onTop(
      signed,
      'Return-Path: <bounce@northbank.example>',
      'Delivered-To: robin@reader.example',
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of bounce@northbank.example designates 192.0.2.25 as permitted sender) smtp.mailfrom=bounce@northbank.example`,
      received({
        helo: 'mail.northbank.example',
        rdns: 'mail.northbank.example',
        ip: '192.0.2.25',
        by: RECEIVER,
        for: 'robin@reader.example',
      }),
    ),
    args: BOX_ARGS,
    expect: { verdict: 'unverified' },
  });
}

// --- 2. A trusted gateway network in hosting space -------------------------------------------------
const AWS_VM = { ip: '3.120.77.7', rdns: 'ec2-3-120-77-7.eu-central-1.compute.amazonaws.com' };
const AWS_VM6 = { ip: '2a05:d014:e5a:7700::77', rdns: 'ec2-vm.eu-central-1.compute.amazonaws.com' };

/** The attacker's VM handing the lure to the reader's box, its own Postfix's pickup line below. */
const viaVm = (vm: { ip: string; rdns: string }) =>
  onTop(
    lure(READER),
    'Return-Path: <security@northbank.example>',
    received({ helo: 'filter.reader.example', rdns: vm.rdns, ip: vm.ip, by: RECEIVER, id: '4ZtR46f0Aws1ab' }),
    `Received: by filter.reader.example (Postfix, from userid 0)\r\n\tid 4ZtR46f0Loc1ac; ${D(3)}`,
  );

function gateways(write: CaseWriter): void {
  emit(write, {
    name: 'probe46-trusted-gateway-cloud-16-attacker-vm-local-pickup-line',
    about: `The reader trusts its AWS filter VM by the network 3.120.0.0/16. The attacker rents a VM there (${AWS_VM.ip}), greets as filter.reader.example, and sends the unsigned lure on the bank's envelope through the VM's own Postfix, which writes its local pickup line ("by filter.reader.example (Postfix, from userid 0)"): a line below, written by no gateway, costs nothing. sharedGatewayNetwork then lifts the dmarc-fail row. Wanted: not trusted (the hosted-server row's suspicious is the accepted reading)`,
    cls: 'gateway-network-shared',
    eml: viaVm(AWS_VM),
    zone: { ...BANK },
    args: [...BOX_ARGS, '--trust-gateway', '3.120.0.0/16'],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe46-trusted-gateway-cloud-ipv6-48-attacker-vm-local-pickup-line',
    about: `As probe46-trusted-gateway-cloud-16-attacker-vm-local-pickup-line over IPv6: the reader trusts its filter's AWS IPv6 network 2a05:d014:e5a::/48 (a VPC's block), the attacker's VM holds ${AWS_VM6.ip} in it. Wanted: not trusted`,
    cls: 'gateway-network-shared',
    eml: viaVm(AWS_VM6),
    zone: { ...BANK },
    args: [...BOX_ARGS, '--trust-gateway', '2a05:d014:e5a::/48'],
    expect: NOT_TRUSTED,
  });
}

// --- 3. Mailbox fetch: a HELO that cuts the from clause before Sendmail's mark -------------------
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

/** Gmail's POP3 fetch of robin@mailprovider.example (probe45's shape), the provider's LMTP, then `lines`. */
const fetched = (envelope: string, lines: string[]) =>
  onTop(
    lure('Robin Reader <robin@mailprovider.example>'),
    `X-Gmail-Fetch-Info: robin@mailprovider.example 1 ${POP} 995 robin@mailprovider.example`,
    'Delivered-To: robin.reader@gmail.com',
    `Received: from ${POP} (${POP}. [${POP_IP}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si3847561366b.46.2026.11.20.02.03.11\r\n        for <robin.reader@gmail.com>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
    'Delivered-To: robin@mailprovider.example',
    `Return-Path: <${envelope}>`,
    `Received: from ${MX}\r\n\tby imap.mailprovider.example (Dovecot) with LMTP id 8Kk6\r\n\tfor <robin@mailprovider.example>; ${D(4)}`,
    ...lines,
  );

/** The provider's Sendmail MX line for a client greeting `helo` from `ip`, its PTR `rdns` unconfirmed. */
const sendmailForged = (helo: string, rdns: string, ip: string) =>
  `Received: from ${helo} (${rdns} [${ip}] (may be forged))\r\n\tby ${MX} (8.17.1/8.17.1) with ESMTPS id 5AK9x4Lm004513\r\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\r\n\tfor <robin@mailprovider.example>; ${D(3)}`;

const forgedBankLine = `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby ${SUBMIT.name} (Postfix) with ESMTPS id 4ZrT2h4602\r\n\tfor <robin@mailprovider.example>; ${D(2)}`;

function fetches(write: CaseWriter): void {
  emit(write, {
    name: 'probe46-fetch-sendmail-helo-by-hides-may-be-forged-mark',
    about: `probe45-fetch-sendmail-may-be-forged-ptr-names-provider-host with the attacker greeting "EHLO by" (Sendmail takes any HELO word and prints it first): "from by (${SUBMIT.name} [${ATTACKER_IP}] (may be forged)) by ${MX}". His PTR names the provider's submission host, whose forward name says ${SUBMIT.ip}. If the from clause is cut at the line's first " by ", it ends before Sendmail's mark, and the printed reverse name makes his hop the provider's own hand-off above one forged line. Wanted: not trusted`,
    cls: 'fetch-may-be-forged',
    eml: fetched('security@northbank.example', [
      sendmailForged('by', SUBMIT.name, ATTACKER_IP),
      forgedBankLine,
    ]),
    zone: { ...FETCH_ZONE, ...ptr(ATTACKER_IP, SUBMIT.name) },
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe46-fetch-sendmail-helo-provider-name-may-be-forged-held',
    about: `Held (control for the HELO trick): the attacker greets with the provider's submission name itself, as probe45 did, online: "from ${SUBMIT.name} (${SUBMIT.name} [${ATTACKER_IP}] (may be forged))". The mark is in the from clause and his hop is the entry. Wanted: not trusted`,
    cls: 'fetch-may-be-forged',
    eml: fetched('security@northbank.example', [
      sendmailForged(SUBMIT.name, SUBMIT.name, ATTACKER_IP),
      forgedBankLine,
    ]),
    zone: { ...FETCH_ZONE, ...ptr(ATTACKER_IP, SUBMIT.name) },
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await authResults(write);
  gateways(write);
  fetches(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
