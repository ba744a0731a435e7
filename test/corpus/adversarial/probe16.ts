// Red-team probes, sixteenth round (December 2026): the rules as they stand after 200f23a.
// - lib/message/origin.ts unaddressedEntry: a receiver's entry line that names its client by an
//   internal address (a receiver behind NAT or a proxy) now ends the walk, but it is still walked
//   past when the client's name is localhost, an address literal, the receiving host, a host of the
//   receiver's domains, or "the host that wrote the next line" (or its bare first label). Behind a
//   NAT the client's name is its HELO, the sender's word, and the next line down is the sender's
//   text: a HELO equal to the by-host of the line the attacker writes under it (or that host's bare
//   label, or an address literal) walks the entry past, and the forged line picks the address SPF
//   checks. README names only the receiver's own name and localhost as still open.
// - The same receiver's own `for <…>` (lib/analyze.ts ownOrganisation): the recipient the box
//   delivered to is read from the first word of its for clause, and RCPT TO is the sender's: a
//   quoted local part holding a blank and the bank's address cuts that word at the bank's domain.
// - lib/message/received.ts MDaemon: the address of a HELO-only line is "the first X-MDRemoteIP row
//   between that line and the next Received line". MDaemon does not always write that row (a v10.1.1
//   delivery archived on lists.sourceforge.net, 2021, has X-Spam-Processed, X-MDHeloLookup-Result,
//   X-Authenticated-Sender, X-Return-Path, X-Envelope-From and X-MDaemon-Deliver-To under its line
//   and no X-MDRemoteIP), and without it the first row is the sender's own. MDaemon's resolved form
//   `from <HELO> ([IP])` is also what a HELO carrying a comment prints on the HELO-only form.
// - lib/auth/list-restore.ts withoutTag/encodedForms and GATEWAY_TAG's new words: controls (the
//   restore undoes a tag and nothing else; a plain replay of the same notice reads "authenticated").
// probe13 (MDaemon's HELO literal and forged hop, the NAT'd receiver with HELO localhost or its own
// name), probe14/probe15 (forged by-hosts and for-recipients in the receiver's run of hops) and
// README's "What still fools HeaderLens" are not repeated. Every case's meta says the attack and
// what is wanted.
import { signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_IP,
  BANK_KEY,
  DATE,
  genuineBankNotice,
  NOT_TRUSTED,
  type Probe,
  RECEIVER,
  SPOOFED,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the sixteenth round's report). Each comment: what it reads, what it should, which rule.
 */
// Fixed at 22:1x (each now in the corpus): the `for` address is read as an addr-spec, a quoted
// local part whole (lib/message/received.ts forAddress); MDaemon's X-MDRemoteIP row is read only
// inside MDaemon's own block, wins over what its line shows, and its v21 by-only line takes it too.
// Still through, by decision (README, "What still fools"): every NAT or proxy shape below, and
// probe16-nat-helo-foreign-forged-relay-below-control with them. A hop with an internal address is
// walked past again, as before 21:2x: real receivers hand on between internal relays named in ways
// no rule can check, and stopping at them turned genuine SPF-only mail "spoofed" (realworld18).
// Fixed at 04:1x on 2026-12-04 (each now in the corpus): a NAT'd or proxied receiver's line whose
// client names itself as a stranger (an ordinary EHLO, a public address literal over the private
// address; behind a TCP proxy the client's HELO, not the proxy's reverse name `localhost`) is the
// entry with no address (lib/message/origin.ts unaddressedEntry): the two TCP-proxy cases, the
// address literal and the foreign-HELO control.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Still "authenticated" (origin 192.0.2.10): behind a NAT, the attacker's HELO names the host
  // its own forged line below names (equal, its bare first label, or the receiver's own host), and
  // a relay of the receiver's own looks exactly so (Fastmail's `from mx3 ([10.202.2.202])` over
  // `by mx3.messagingengine.com`, an ESA's `from esa1.reader.example ([10.20.0.11]) by
  // mbx1.reader.example` over `by esa1.reader.example`). Wanted: spoofed. No header tells them
  // apart: both the HELO and the line below are the client's text when the receiver records one
  // private address for every client. Stopping at every internal hop turned genuine SPF-only mail
  // through real multi-tier receivers "spoofed" (realworld18). A fix needs knowledge from outside
  // the message: the user naming the receiver's internal relays, or many messages showing one
  // private address with every HELO (README, "What still fools").
  'probe16-nat-helo-names-forged-relay-below',
  'probe16-nat-helo-bare-label-forged-relay-below',
  'probe16-snat-exchange-helo-fqdn-over-bare-exchange-hop',
  'probe16-nat-helo-names-forged-relay-no-authserv-id',
]);

const ENVELOPE = 'bounce@attacker.example';
const BANK_ENVELOPE = 'security@northbank.example';
const ZONE = { ...BANK, ...BANK_KEY, ...authenticZone('attacker.example', ATTACKER_IP) };

/** The bank's notice as the attacker writes it: unsigned, the bank's From. */
const spoof = (extra: string[] = []) =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    subject: 'Unusual sign-in: confirm your card',
    extraHeaders: extra,
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });

type Case = Probe & { eml: string; zone?: Record<string, unknown> };

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    zone: c.zone ?? ZONE,
    meta: { about: c.about, class: c.class, args: c.args ?? ARGS, expect: c.expect },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  heloNamesNextLine(write);
  declaredNat(write);
  quotedRecipient(write);
  mdaemonRows(write);
  await taggedReplays(write);
}

// ---- Behind a NAT or proxy: a HELO that names the line the attacker writes under the entry.

/** Dovecot's LMTP hand-off on the reader's box, on top of what its Postfix received. */
const lmtp = (envelope: string, rcpt = 'robin@reader.example') =>
  `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kE8lAbb2PWd1XwAAtGkPgA\r\n\t(envelope-from <${envelope}>)\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:07 +0000`;

/**
 * mailcow-dockerized without IPv6 in Docker (probe13's layout): Docker's userland-proxy hands every
 * IPv6 client on from the bridge gateway, so Postfix records 172.22.1.1 whatever the client was.
 * The client's HELO is the only name the line gives it. mailcow's main.cf (mailcow/mailcow-dockerized
 * data/conf/postfix/main.cf): mail_name = Postcow, smtpd_tls_received_header = yes,
 * recipient_delimiter = +; Postfix's smtpd writes `for <quote_822_local(recipient)>`.
 */
const mailcow = (helo: string, envelope: string, rcpt = 'robin@reader.example') => [
  `Return-Path: <${envelope}>`,
  `Delivered-To: ${rcpt}`,
  lmtp(envelope, rcpt),
  `Received: from ${helo} (unknown [172.22.1.1])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${RECEIVER} (Postcow) with ESMTPS id 4Zx9Qp0Aaaz1xYz\r\n\tfor <${rcpt}>; ${DATE}`,
];

/** A Postfix line the attacker writes under the entry: the bank's own server handing to `by`. */
const bankHopBy = (by: string) =>
  received({
    helo: 'mail.northbank.example',
    rdns: 'mail.northbank.example',
    ip: BANK_IP,
    by,
    id: '4Zz0Aa1Bbcz1abc',
    date: 'Fri, 20 Nov 2026 10:00:03 +0000',
  });

/**
 * The four HELO tricks still pending above, on a receiver whose NAT the reader named
 * (`--nat-address`, Options → Advanced, added 2026-12-04): a delivery from that address is the
 * entry whatever its client says, so the forged line below picks nothing.
 */
function declaredNat(write: CaseWriter): void {
  const natArgs = [...ARGS, '--nat-address', '172.22.1.1'];
  const why =
    ' The reader named 172.22.1.1 (the docker bridge gateway) as its receiver’s NAT (--nat-address): a delivery from it is the entry, with no address, whatever its HELO names. Wanted: spoofed (no address to check; DMARC fails under the bank’s p=reject)';
  emit(write, {
    name: 'probe16-declared-nat-helo-names-forged-relay-below',
    about: `probe16-nat-helo-names-forged-relay-below (EHLO smtp-out.relaymail.example over a forged "by smtp-out.relaymail.example" hop with the bank’s 192.0.2.10).${why}`,
    class: 'received-nat-declared',
    args: natArgs,
    eml: onTop(
      spoof(),
      ...mailcow('smtp-out.relaymail.example', BANK_ENVELOPE),
      bankHopBy('smtp-out.relaymail.example'),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe16-declared-nat-helo-bare-label-forged-relay-below',
    about: `probe16-nat-helo-bare-label-forged-relay-below (EHLO mta7 over a forged "by mta7.relaymail.example").${why}`,
    class: 'received-nat-declared',
    args: natArgs,
    eml: onTop(spoof(), ...mailcow('mta7', BANK_ENVELOPE), bankHopBy('mta7.relaymail.example')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe16-declared-nat-helo-receiver-name-forged-reinjection',
    about: `EHLO mx.reader.example (the receiver’s own name, as its own re-injection would say) over a forged "by mx.reader.example" hop from the bank’s address.${why}`,
    class: 'received-nat-declared',
    args: natArgs,
    eml: onTop(spoof(), ...mailcow(RECEIVER, BANK_ENVELOPE), bankHopBy(RECEIVER)),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe16-declared-nat-no-options-but-nat',
    about: `probe16-nat-helo-names-forged-relay-no-authserv-id: no authserv-id, only the NAT named.${why}`,
    class: 'received-nat-declared',
    args: ['--nat-address', '172.22.0.0/16'],
    eml: onTop(
      spoof(),
      ...mailcow('smtp-out.relaymail.example', BANK_ENVELOPE),
      bankHopBy('smtp-out.relaymail.example'),
    ),
    expect: SPOOFED,
  });
}

function heloNamesNextLine(write: CaseWriter): void {
  emit(write, {
    name: 'probe16-nat-helo-names-forged-relay-below',
    about:
      'The docker-proxy mailcow box (Postfix records 172.22.1.1 for every client). The attacker sends EHLO smtp-out.relaymail.example and MAIL FROM:<security@northbank.example>, and writes one Received line of its own under the receiver’s: "from mail.northbank.example (mail.northbank.example [192.0.2.10]) by smtp-out.relaymail.example (Postfix)", the bank’s server handing to a relay, as relayed mail always reads. unaddressedEntry (lib/message/origin.ts) walks past an internal-address client named like "the host that wrote the next line", and that line is the sender’s text: the walk reaches the forged hop, SPF passes for the bank at 192.0.2.10 and DMARC passes on it. Wanted: spoofed (the entry names an outside client by a NAT address: no address to check)',
    class: 'received-nat-walk-past',
    eml: onTop(
      spoof(),
      ...mailcow('smtp-out.relaymail.example', BANK_ENVELOPE),
      bankHopBy('smtp-out.relaymail.example'),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe16-nat-helo-bare-label-forged-relay-below',
    about:
      'The same box; EHLO mta7 (a bare label, as many self-built senders send their short host name) and the forged line under the receiver’s "by mta7.relaymail.example (Postfix)" from the bank’s 192.0.2.10. The bare-label rule (Fastmail’s `from mx3 ([10.202.2.202])` over `by mx3.messagingengine.com`) takes the HELO for the host below, so the entry is walked past and the forged hop’s bank address passes SPF. Wanted: spoofed',
    class: 'received-nat-walk-past',
    eml: onTop(spoof(), ...mailcow('mta7', BANK_ENVELOPE), bankHopBy('mta7.relaymail.example')),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe16-nat-helo-address-literal-forged-bank-hop',
    about:
      'The same box; EHLO [198.51.100.66], the attacker’s own public address as a literal (what bulk senders and malware send by default), and under the receiver’s line a forged "from mail.northbank.example (… [192.0.2.10]) by mx.reader.example (Postfix)". An address-literal name is walked past as an internal relay; the forged hop names the reader’s receiver and the bank’s address, SPF and DMARC pass. README names the receiver’s own name and localhost as still open behind a NAT, not a literal. Wanted: spoofed',
    class: 'received-nat-walk-past',
    eml: onTop(spoof(), ...mailcow(`[${ATTACKER_IP}]`, BANK_ENVELOPE), bankHopBy(RECEIVER)),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe16-snat-exchange-helo-fqdn-over-bare-exchange-hop',
    about:
      'Exchange Server 2019 behind a source-NAT load balancer (every client 10.20.0.5, probe13’s layout). EHLO relay01.relaymail.example, and under Exchange’s two lines a forged Exchange-shaped hop "from mail.northbank.example (192.0.2.10) by RELAY01 (10.9.0.4) with Microsoft SMTP Server", a bare NetBIOS by-name. The reverse bare-label rule ("the next host is a bare name and the client’s name starts with it") walks the Frontend Transport hop past, and the fallback walk takes the first public address below: the bank’s. Wanted: spoofed',
    class: 'received-nat-walk-past',
    eml: onTop(
      spoof(),
      `Return-Path: ${BANK_ENVELOPE}`,
      `Received: from EX02.corp.reader.example (10.20.1.12) by EX01.corp.reader.example\r\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; ${DATE}`,
      `Received: from relay01.relaymail.example (10.20.0.5) by EX02.corp.reader.example (10.20.1.12)\r\n with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Frontend\r\n Transport; ${DATE}`,
      `Received: from mail.northbank.example (${BANK_IP}) by RELAY01 (10.9.0.4) with Microsoft SMTP\r\n Server id 15.1.2507.39; Fri, 20 Nov 2026 10:00:03 +0000`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe16-nat-helo-names-forged-relay-no-authserv-id',
    about:
      'The first case read as an outsider runs it, with no options (--webmail auto finds no webmail; no authserv-id): without the receiver’s ids its domains are those of the lines above, and the entry is walked past the same way. Wanted: spoofed',
    class: 'received-nat-walk-past',
    args: [],
    eml: onTop(
      spoof(),
      ...mailcow('smtp-out.relaymail.example', BANK_ENVELOPE),
      bankHopBy('smtp-out.relaymail.example'),
    ),
    expect: NOT_TRUSTED,
  });
  // A TCP proxy or TLS multiplexer on the box (HAProxy, nginx stream, sslh) without the PROXY
  // protocol: every client is 127.0.0.1, which Postfix and Exim resolve to "localhost" and print.
  emit(write, {
    name: 'probe16-tcp-proxy-postfix-foreign-helo-forged-bank-hop',
    about:
      'Postfix behind a TCP proxy on the same host without the PROXY protocol (probe13’s layout): it records every client as "(localhost [127.0.0.1])", the reverse name it looked up. The attacker sends an ordinary EHLO mail.attacker.example, no trick, and writes under the receiver’s line a forged "from mail.northbank.example (… [192.0.2.10]) by mx.reader.example". unaddressedEntry walks past any internal client one of whose names is localhost, and the reverse name is the receiver’s own word for every client here: the forged hop is the origin, SPF and DMARC pass. README’s open case needs a HELO of localhost; this one needs none. Wanted: spoofed',
    class: 'received-nat-walk-past',
    eml: onTop(
      spoof(),
      `Return-Path: <${BANK_ENVELOPE}>`,
      'Delivered-To: robin@reader.example',
      lmtp(BANK_ENVELOPE),
      received({
        helo: 'mail.attacker.example',
        rdns: 'localhost',
        ip: '127.0.0.1',
        by: RECEIVER,
        for: 'robin@reader.example',
      }),
      bankHopBy(RECEIVER),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe16-tcp-proxy-exim-foreign-helo-forged-bank-hop',
    about:
      'Exim behind the same kind of proxy (host_lookup = * in Exim’s default configuration): "from localhost ([127.0.0.1]:48872 helo=mail.attacker.example) by mx.reader.example with esmtps (Exim 4.96)". The reverse name localhost walks the entry past whatever the HELO, and the attacker’s forged Exim line under it, "from mail.northbank.example ([192.0.2.10]) by mx.reader.example", is read as the entry. Wanted: spoofed',
    class: 'received-nat-walk-past',
    eml: onTop(
      spoof(),
      `Return-Path: <${BANK_ENVELOPE}>`,
      'Envelope-to: robin@reader.example',
      `Received: from localhost ([127.0.0.1]:48872 helo=mail.attacker.example)\r\n\tby ${RECEIVER} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <${BANK_ENVELOPE}>)\r\n\tid 1tE4aR-0002Lm-0x\r\n\tfor robin@reader.example; ${DATE}`,
      `Received: from mail.northbank.example ([${BANK_IP}])\r\n\tby ${RECEIVER} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <${BANK_ENVELOPE}>)\r\n\tid 1tE4aQ-0002Lk-2c\r\n\tfor robin@reader.example; Fri, 20 Nov 2026 10:00:03 +0000`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe16-nat-helo-foreign-forged-relay-below-control',
    about:
      'Control: the same forged relay hop under the docker-proxy box, the attacker’s EHLO naming another host (mail.attacker.example): the entry names an outside client by a NAT address and ends the walk; no address, DMARC fails. Wanted: spoofed (holds today)',
    class: 'received-nat-walk-past',
    eml: onTop(
      spoof(),
      ...mailcow('mail.attacker.example', BANK_ENVELOPE),
      bankHopBy('smtp-out.relaymail.example'),
    ),
    expect: SPOOFED,
  });
}

// ---- Behind a NAT: the recipient the box names is read from RCPT TO.

function quotedRecipient(write: CaseWriter): void {
  // RFC 5321 §4.1.2: a Local-part may be a Quoted-string, blanks and "@" included. With Postfix's
  // recipient_delimiter "+" (mailcow's default) the quoted part after "+" is an extension of robin.
  const rcpt = '"robin+ref@northbank.example case-4471"@reader.example';
  emit(write, {
    name: 'probe16-nat-rcpt-quoted-local-part-names-bank',
    about:
      'The docker-proxy mailcow box (every client 172.22.1.1) with recipient_delimiter "+": the attacker sends RCPT TO:<"robin+ref@northbank.example case-4471"@reader.example>, a quoted local part (RFC 5321 allows blanks and "@" in it) that Postfix delivers to robin. The receiver’s own line then reads "for <\\"robin+ref@northbank.example case-4471\\"@reader.example>", and its first word ends at the bank’s domain: ownOrganisation (lib/analyze.ts) takes northbank.example for a domain the box delivers to, and the unsigned bank spoof behind the NAT is excused as mail written on the box. probe15’s suggested fix (stop at the receiver’s own SMTP line) keeps this recipient: it is in that line. Wanted: spoofed',
    class: 'received-local-recipient',
    eml: onTop(spoof(), ...mailcow('mail.attacker.example', ENVELOPE, rcpt)),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe16-public-entry-rcpt-quoted-local-part-control',
    about:
      'Control: the same quoted RCPT TO on a receiver that records the attacker’s public address: the entry names an outside client, nothing is read as local. Wanted: spoofed (holds today)',
    class: 'received-local-recipient',
    eml: onTop(
      spoof(),
      `Return-Path: <${ENVELOPE}>`,
      `Delivered-To: ${rcpt}`,
      lmtp(ENVELOPE, rcpt),
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
        for: rcpt,
      }),
    ),
    expect: SPOOFED,
  });
}

// ---- MDaemon: the X-MDRemoteIP row under a HELO-only line.

const MD_DATE = 'Fri, 20 Nov 2026 18:00:05 +0800';

/**
 * MDaemon PRO v10.1.1's HELO-only line and the rows it wrote under it in a delivery archived on
 * lists.sourceforge.net (2021-10-25, mail.love0001.xyz): X-Spam-Processed, X-MDHeloLookup-Result,
 * X-Return-Path, X-Envelope-From, X-MDaemon-Deliver-To, and no X-MDRemoteIP (a delivery by the same
 * version a year earlier has the row after X-Authenticated-Sender). `remoteIp` adds the row.
 */
function mdaemon(helo: string, o: { remoteIp?: string; envelope?: string } = {}): string[] {
  const envelope = o.envelope ?? ENVELOPE;
  return [
    `Return-Path: <${envelope}>`,
    `Received: from ${helo} by ${RECEIVER} (MDaemon PRO v10.1.1)\r\n with ESMTP id md50000092331.msg\r\n for <robin@reader.example>; ${MD_DATE}`,
    `X-Spam-Processed: ${RECEIVER}, ${MD_DATE}\r\n (not processed: spam filter heuristic analysis disabled)`,
    `X-MDHeloLookup-Result: pass smtp.helo=${helo.replace(/\s.*$/, '')} (ip=${ATTACKER_IP})\r\n (${RECEIVER})`,
    ...(o.remoteIp ? [`X-MDRemoteIP: ${o.remoteIp}`] : []),
    `X-Return-Path: ${envelope}`,
    `X-Envelope-From: ${envelope}`,
    'X-MDaemon-Deliver-To: robin@reader.example',
  ];
}

function mdaemonRows(write: CaseWriter): void {
  emit(write, {
    name: 'probe16-mdaemon-no-row-sender-row-bank-address',
    about:
      'A reader on MDaemon PRO v10.1.1, whose HELO-only line ("from mail.attacker.example by mx.reader.example (MDaemon PRO v10.1.1) with ESMTP") is not followed by an X-MDRemoteIP row, as in a 2021 delivery archived on lists.sourceforge.net. The attacker (MAIL FROM:<security@northbank.example>) starts its own header block with "X-MDRemoteIP: 192.0.2.10" and writes no Received line: lib/message/received.ts takes the first X-MDRemoteIP row between MDaemon’s line and the next Received, the sender’s, so the entry’s address is the bank’s, SPF passes and DMARC with it. Wanted: spoofed (no address: the receiver recorded none)',
    class: 'mdaemon-remote-ip-row',
    eml: onTop(
      spoof(),
      ...mdaemon('mail.attacker.example', { envelope: BANK_ENVELOPE }),
      `X-MDRemoteIP: ${BANK_IP}`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe16-mdaemon-no-row-sender-row-among-own-headers',
    about:
      'The same MDaemon delivery without its row; the attacker’s X-MDRemoteIP 192.0.2.10 sits lower, among its own header fields after Content-Type (where an MDaemon of its own would have left it, had it relayed the message), still above any Received line of its own. The row is still read as the receiver’s. Wanted: spoofed',
    class: 'mdaemon-remote-ip-row',
    eml: onTop(
      spoof([`X-MDRemoteIP: ${BANK_IP}`, 'X-MDaemon-Deliver-To: robin@reader.example']),
      ...mdaemon('mail.northbank.example', { envelope: BANK_ENVELOPE }),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe16-mdaemon-helo-comment-resolved-form',
    about:
      'MDaemon prints the client’s HELO raw on its HELO-only line; the attacker sends "EHLO mail.northbank.example ([192.0.2.10])" and MDaemon writes its own X-MDRemoteIP 198.51.100.66 under the line. The line now reads "from mail.northbank.example ([192.0.2.10]) by mx.reader.example (MDaemon PRO v10.1.1)", MDaemon’s resolved form to the letter: fromSide takes the comment as the receiver’s record and never looks at the row, which says otherwise. (Whether MDaemon keeps blanks in a HELO it prints is not confirmed from a public copy; X-MDHelo rows show the argument as sent.) Wanted: spoofed (the row MDaemon wrote is the address; the literal in the line disagrees with it)',
    class: 'mdaemon-remote-ip-row',
    eml: onTop(
      spoof(),
      ...mdaemon(`mail.northbank.example ([${BANK_IP}])`, { envelope: BANK_ENVELOPE, remoteIp: ATTACKER_IP }),
    ),
    expect: NOT_TRUSTED,
  });
  // MDaemon PRO v21.5.0 in a public copy of a linux-fsdevel post (2021-11-03, auristor.com): a line with no
  // from clause at all, "Received: by <itself> (<its address>) (MDaemon PRO v21.5.0) with ESMTPSA id
  // md5….msg", X-MDRemoteIP and the other rows under it (later versions print `from [IPV6:…]`).
  emit(write, {
    name: 'probe16-mdaemon-by-only-line-forged-bank-hop-below',
    about:
      'A reader on MDaemon PRO v21.5.0, which wrote its line with no from clause ("Received: by mx.reader.example (203.0.113.5) (MDaemon PRO v21.5.0) with ESMTPS id md5….msg", as in a public 2021 copy of a linux-fsdevel post) and the client’s address in its X-MDRemoteIP row (198.51.100.66). The line names no client, so it is neither read through its row (HELO-only lines only) nor taken as an unaddressed entry (that needs a HELO): the walk skips it like a local hand-off and stops at the attacker’s forged "from mail.northbank.example (… [192.0.2.10]) by mx.reader.example" under MDaemon’s rows. SPF and DMARC pass for the bank. Wanted: spoofed (the address is the row’s: 198.51.100.66, SPF fails)',
    class: 'mdaemon-remote-ip-row',
    eml: onTop(
      spoof(),
      `Return-Path: <${BANK_ENVELOPE}>`,
      `Received: by ${RECEIVER} (203.0.113.5) (MDaemon PRO v21.5.0) with ESMTPS id md5001003025058.msg; \r\n        ${MD_DATE}`,
      `X-Spam-Processed: ${RECEIVER}, ${MD_DATE}\r\n        (not processed: spam filter heuristic analysis disabled)`,
      `X-MDRemoteIP: ${ATTACKER_IP}`,
      `X-MDArrival-Date: ${MD_DATE}`,
      'X-MDOrigin-Country: US, NA',
      `X-Return-Path: ${BANK_ENVELOPE}`,
      `X-Envelope-From: ${BANK_ENVELOPE}`,
      'X-MDaemon-Deliver-To: robin@reader.example',
      bankHopBy(RECEIVER),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe16-mdaemon-own-row-then-sender-row-control',
    about:
      'Control: MDaemon writes its row (198.51.100.66) and the attacker adds "X-MDRemoteIP: 192.0.2.10" at the top of its own block: the first row under the line is MDaemon’s. Wanted: spoofed (holds today)',
    class: 'mdaemon-remote-ip-row',
    eml: onTop(
      spoof(),
      ...mdaemon('mail.attacker.example', { envelope: BANK_ENVELOPE, remoteIp: ATTACKER_IP }),
      `X-MDRemoteIP: ${BANK_IP}`,
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe16-postfix-receiver-sender-mdaemon-line-control',
    about:
      'Control: a Postfix receiver that records the attacker’s public address, and under its line an MDaemon-shaped line and X-MDRemoteIP 192.0.2.10 of the attacker’s: the entry is the receiver’s line, the MDaemon reading never applies to it. Wanted: spoofed (holds today)',
    class: 'mdaemon-remote-ip-row',
    eml: onTop(
      spoof(),
      `Return-Path: <${BANK_ENVELOPE}>`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
        for: 'robin@reader.example',
      }),
      `Received: from mail.northbank.example by mail.northbank.example (MDaemon PRO v23.5.1)\r\n with ESMTP id md5001003764615.msg; Fri, 20 Nov 2026 10:00:02 +0000`,
      `X-MDRemoteIP: ${BANK_IP}`,
    ),
    expect: SPOOFED,
  });
}

// ---- Subject tags: the restore undoes a gateway's tag and nothing else.

/** "Ihr Kontoauszug für November ist bereit" as one UTF-8 Q encoded-word, as the bank's mailer writes it. */
const DE_SUBJECT = '=?UTF-8?Q?Ihr_Kontoauszug_f=C3=BCr_November_ist_bereit?=';
const DE_TEXT = 'Ihr Kontoauszug für November ist bereit';

/** The bank's German notice, signed (nb1): genuine mail the attacker received and replays. */
const germanNotice = () =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: DE_SUBJECT,
      body: 'Ihr Kontoauszug für November liegt im Online-Banking bereit.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1' },
  );

const b64Word = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

async function taggedReplays(write: CaseWriter): Promise<void> {
  const german = await germanNotice();
  const genuine = await genuineBankNotice();
  const replayed = (raw: string) =>
    onTop(
      raw,
      `Return-Path: <${ENVELOPE}>`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
        for: 'robin@reader.example',
      }),
    );
  const subject = (raw: string, s: string) => raw.replace(`Subject: ${DE_SUBJECT}`, `Subject: ${s}`);
  emit(write, {
    name: 'probe16-tag-zewnetrzny-b-reencoded-over-utf8-subject',
    about:
      'Control: the bank’s signed German notice (Subject one UTF-8 Q encoded-word) replayed with the whole Subject re-encoded as one B word holding "[ZEWNĘTRZNY] " before it, as a Polish gateway re-encodes. withoutTag finds the tag in the decoded text and rebuilds the rest as one UTF-8 Q word; the signature verifies and only the tag is undone (subject-tag-added, low). A plain replay reads "authenticated": the excuse gives the attacker nothing more. Wanted: neither authenticated nor spoofed, with subject-tag-added (holds today)',
    class: 'subject-tag-replay',
    eml: replayed(subject(german, b64Word(`[ZEWNĘTRZNY] ${DE_TEXT}`))),
    expect: { notVerdict: ['authenticated', 'spoofed'], findings: ['subject-tag-added'] },
  });
  emit(write, {
    name: 'probe16-tag-reencoded-rest-lure-appended',
    about:
      'Control: the same re-encoded Subject with a lure after the bank’s words ("[EXTERN] Ihr Kontoauszug für November ist bereit – Karte gesperrt, rufen Sie 0800 555 0100 an"): the rebuilt rest is not what the bank signed, the signature fails. Wanted: spoofed (holds today)',
    class: 'subject-tag-replay',
    eml: replayed(
      subject(german, b64Word(`[EXTERN] ${DE_TEXT} – Karte gesperrt, rufen Sie 0800 555 0100 an`)),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe16-tag-reencoded-lure-then-gateway-word',
    about:
      'Control: the lure first and a gateway’s word second inside one encoded-word ("[Karte gesperrt] [EXTERN] Ihr Kontoauszug …"): the first bracket is the tag taken, it is not a gateway’s words, and the rest still holds "[EXTERN]". Wanted: spoofed (holds today)',
    class: 'subject-tag-replay',
    eml: replayed(subject(german, b64Word(`[Karte gesperrt] [EXTERN] ${DE_TEXT}`))),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe16-tag-raw-utf8-shagai-lure-inside-brackets',
    about:
      'Control: the bank’s signed English notice replayed with a raw UTF-8 lenticular tag holding a lure, "【社外・至急お電話ください】 Your statement is ready" ("outside the company – call urgently"): SUBJECT_TAG takes any 【…】 up to 16 characters, but GATEWAY_TAG accepts only 外部/社外 (with メール). Wanted: spoofed (holds today)',
    class: 'subject-tag-replay',
    eml: replayed(
      genuine.replace(
        'Subject: Your statement is ready',
        'Subject: 【社外・至急お電話ください】 Your statement is ready',
      ),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe16-tag-spam-grade-two-letters-on-bank-replay',
    about:
      'Control: "[Spam_C9] Your statement is ready": a university’s graded tag is one letter or digit after "Spam_"; a longer grade is the replayer’s bracket. Wanted: spoofed (holds today)',
    class: 'subject-tag-replay',
    eml: replayed(
      genuine.replace('Subject: Your statement is ready', 'Subject: [Spam_C9] Your statement is ready'),
    ),
    expect: SPOOFED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
