// Red-team probes, thirteenth round (December 2026): the 17:56 rule that reads a message as written
// inside the receiving system (lib/message/origin.ts, findOrigin + localHandOff: every hop
// internal, naming no client, `from localhost`, or `from <host> by <same host>`, or no Received at
// all → `insideReceiver`, DMARC failure excused as "never crossed the internet") and the CLI's new
// default `--webmail auto` (lib/webmail/profile-detect.ts, the topmost Received only). The commit
// says a sender cannot make its mail look local because the reader's receiver always writes its
// own line with the client's address on top. Two kinds of real receivers do not:
// - Receivers that print no client address in their Received line. MDaemon PRO (seen as v10.1.1
//   in spam archived on lists.sourceforge.net, 2020–2021: `Received: from cninfo.net by
//   mail.love0001.xyz (MDaemon PRO v10.1.1) with ESMTP id md50000092331.msg for <…>`) writes only
//   the client's HELO and puts the address in its own X-MDRemoteIP row below. The HELO is the
//   sender's word: the receiver's own name, `localhost`, or an address literal of its choice.
// - Receivers that record a proxy's address for every client: mailcow-dockerized without IPv6 in
//   Docker (Docker's default userland-proxy replaces an IPv6 client's address with the bridge
//   network's gateway: docker-mailserver's "Advanced | IPv6" page; mailcow's network is
//   172.22.1.0/24, and its "Untrust RFC 1918" page warns of SMTP proxies in a private net), a
//   TCP proxy or TLS multiplexer (HAProxy, nginx stream, sslh) in front of Postfix without the
//   PROXY protocol (127.0.0.1), Exchange Server behind a load balancer doing source NAT (the
//   balancer's 10.x address, a common Exchange layout), a Kubernetes service with
//   externalTrafficPolicy Cluster (a node's address, IPv6 unique-local on dual-stack clusters:
//   reads as the others, no case of its own).
// With no entry line to place them against, the receiver's own Authentication-Results id is also
// believed wherever the sender writes it. Plus a message attached to the attacker's mail, read
// with `--attached`, which carries no Received at all, and the lead's 18:0x additions: a leading
// `[tag]` undone as an inbound gateway's, UTF-7 encoded-words read by the charset's name, and a
// key gone since a delivery over 180 days old (the --attached original is that of any attacker).
// The rounds before (probe.ts … probe12.ts, espoofer.ts) and README's "What still fools
// HeaderLens" are not repeated: probe5 put a private literal in a Postfix comment by PTR or HELO
// injection; here the receiver prints no comment at all, or records a private address honestly.
// Every case's meta says the attack, its source and what a careful analyst wants.
import { signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_FROM,
  BANK_IP,
  BANK_KEY,
  DATE,
  genuineBankNotice,
  NOT_TRUSTED,
  type Probe,
  RECEIVER,
  SPOOFED,
  withAttackerText,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirteenth round's report). Each comment: what it reads, what it should, which rule.
 */
// Fixed at 18:4x (each now in the corpus): the local rule reads mail as written on the receiving
// system only for the receiver's own organisation, never for a network delivery whose client is
// named by its HELO alone, never for an attachment or a message with no Received, and never when a
// signature of another organisation verifies (lib/message/origin.ts localHandOff, lib/analyze.ts);
// key-gone-since-delivery stands back when the provider recorded a failure at delivery or the
// message is an attachment; a subject tag is undone without list evidence only in a gateway's
// words (lib/findings/list.ts GATEWAY_TAG); every UTF-7 charset label is decoded. The comments
// in the git history (before 22:0x) keep each case's first analysis.
// Fixed at 21:2x (each now in the corpus): MDaemon's HELO-only line takes its client's address from
// the X-MDRemoteIP row under it, never from the HELO (lib/message/received.ts), and a HELO-only
// network line ends the walk with no address to check: a line written under it is the sender's
// (lib/message/origin.ts unaddressedEntry): probe13-noaddr-mdaemon-helo-bank-address-literal,
// -noaddr-mdaemon-forged-bank-hop-below.
// Fixed at 22:0x: `--attached` reads the report around the original first (lib/attached.ts); a
// report that no one of the receiving organisation sent, authenticated, vouches for nothing, and
// the original's Received and Authentication-Results lines are set aside (lib/analyze.ts
// `unseen`, finding attached-by-outsider): probe13-attached-original-forged-bank-delivery. Each
// case's `about` says what it read before and what is wanted.
// Fixed at 04:1x on 2026-12-04 (each now in the corpus): an internal hop whose client names
// itself as a stranger (its HELO neither the receiver's, nor a private name, nor the host of the
// line below, nor the same organisation's) is the entry with no address
// (lib/message/origin.ts unaddressedEntry).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

/** The bank's notice as the attacker writes it: unsigned, the bank's From. */
const spoof = (extra: string[] = []) =>
  submitted({
    from: BANK_FROM,
    subject: 'Unusual sign-in: confirm your card',
    extraHeaders: extra,
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });

const ENVELOPE = 'bounce@attacker.example';
const ZONE = { ...BANK, ...BANK_KEY, ...authenticZone('attacker.example', ATTACKER_IP) };

/**
 * MDaemon PRO's Received line as v10.1.1 writes it: the client's HELO, no address (the address
 * goes in X-MDRemoteIP), `with ESMTP id md5….msg for <…>`; its own rows under it.
 */
function mdaemon(helo: string, ip = ATTACKER_IP): string[] {
  return [
    `Return-Path: <${ENVELOPE}>`,
    `Received: from ${helo} by ${RECEIVER} (MDaemon PRO v10.1.1)\r\n with ESMTP id md50000092331.msg\r\n for <robin@reader.example>; ${DATE}`,
    `X-Spam-Processed: ${RECEIVER}, ${DATE}\r\n (not processed: spam filter heuristic analysis disabled)`,
    `X-MDRemoteIP: ${ip}`,
    `X-Return-Path: ${ENVELOPE}`,
    `X-Envelope-From: ${ENVELOPE}`,
    'X-MDaemon-Deliver-To: robin@reader.example',
  ];
}

/** The reader's receiver taking mail from the attacker's server, by its public address. */
const attackerEntry = () =>
  received({ helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP, by: RECEIVER });

/** The attacker's MAIL FROM set to the bank's address (SPF is then checked for the bank). */
const bankEnvelope = (eml: string) => eml.split(ENVELOPE).join('security@northbank.example');

/** A Postfix line the sender writes under the receiver's: the bank's own server handing to the reader. */
const forgedBankHop = () =>
  received({
    helo: 'mail.northbank.example',
    rdns: 'mail.northbank.example',
    ip: BANK_IP,
    by: RECEIVER,
    id: '4Zz0Aa1Bbcz1abc',
    date: 'Fri, 20 Nov 2026 10:00:03 +0000',
  });

/** Dovecot's LMTP hand-off on the reader's own box, on top of what its Postfix received. */
const lmtp = `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kE8lAbb2PWd1XwAAtGkPgA\r\n\t(envelope-from <${ENVELOPE}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:07 +0000`;

/** Postfix's line for a client it saw at `ip` (a proxy's or NAT's address), under Dovecot's LMTP. */
const behindProxy = (helo: string, ip: string, rdns = 'unknown') => [
  `Return-Path: <${ENVELOPE}>`,
  'Delivered-To: robin@reader.example',
  lmtp,
  received({ helo, rdns, ip, by: RECEIVER }),
];

/** Exchange Server 2019 behind a source-NAT load balancer: Frontend Transport, then the mailbox hop. */
const exchangeSnat = (helo: string) => [
  `Return-Path: ${ENVELOPE}`,
  `Received: from EX02.corp.reader.example (10.20.1.12) by EX01.corp.reader.example\r\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; ${DATE}`,
  `Received: from ${helo} (10.20.0.5) by EX02.corp.reader.example (10.20.1.12)\r\n with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Frontend\r\n Transport; ${DATE}`,
];

/** The reader's own receiver's results, as the attacker writes them into its header block. */
const forgedOwnResults = `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Qm9ndXM1;\r\n\tspf=pass (${RECEIVER}: domain of security@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=security@northbank.example;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`;

type Case = Probe & { eml: string; zone?: Record<string, unknown> };

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    zone: c.zone ?? ZONE,
    meta: { about: c.about, class: c.class, args: [...ARGS, ...(c.args ?? [])], expect: c.expect },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  noAddressReceiver(write);
  proxiedReceiver(write);
  forgedBehindProxy(write);
  await signedThroughProxy(write);
  await attachedOriginal(write);
  await taggedReplay(write);
  await utf7Alias(write);
  await oldDelivery(write);
}

/** MDaemon-style receivers: the HELO is all the line says about the client. */
function noAddressReceiver(write: CaseWriter): void {
  emit(write, {
    name: 'probe13-noaddr-mdaemon-helo-foreign-name',
    about:
      'Control: an unsigned spoof of the p=reject bank to a reader behind MDaemon PRO, which prints the client’s HELO and no address in its Received line (v10.1.1 as archived on lists.sourceforge.net, X-MDRemoteIP below it); HELO mail.attacker.example. No hop names an address, the HELO names another host: no origin, DMARC fails. Wanted: spoofed',
    class: 'received-no-address',
    eml: onTop(spoof(), ...mdaemon('mail.attacker.example')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-noaddr-mdaemon-helo-receiver-own-name',
    about:
      'The same delivery with the attacker’s EHLO set to the reader’s own MX name (accepted unless the receiver is set to refuse its own name): the receiver’s line reads "from mx.reader.example by mx.reader.example", the shape of Dovecot’s LMTP hand-off, so the message passes for mail written on the box and the bank’s DMARC failure is excused. X-MDRemoteIP still names the attacker’s address. Wanted: spoofed, as with any other HELO',
    class: 'received-no-address',
    eml: onTop(spoof(), ...mdaemon(RECEIVER)),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-noaddr-mdaemon-helo-localhost',
    about:
      'The same with EHLO localhost (what many bulk mailers send unchanged): "from localhost by mx.reader.example (MDaemon PRO …) with ESMTP" reads as a local hand-off. A local submission is not received "with ESMTP … for <robin@reader.example>" from a client the receiver does not name; a careful analyst reads a network delivery whose client is unknown. Wanted: spoofed',
    class: 'received-no-address',
    eml: onTop(spoof(), ...mdaemon('localhost')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-noaddr-mdaemon-helo-loopback-literal',
    about:
      'EHLO [127.0.0.1] to the same receiver: with no comment after it, the from-word literal is taken as the receiver’s record of the client (Exim writes "from [IP] by …" when the HELO is the literal), so the hop’s "client" is loopback, internal, and the whole chain is the receiver’s own. On MDaemon the word is the sender’s HELO. EHLO [IPv6:fe80::1%eth0] reads the same (the zone id is dropped, RFC 4007 §11, and link-local is internal). Wanted: spoofed',
    class: 'received-no-address',
    eml: onTop(spoof(), ...mdaemon('[127.0.0.1]')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-noaddr-mdaemon-helo-bank-address-literal',
    about:
      'EHLO [192.0.2.10], the bank’s own sending address as a literal: on a receiver that prints only the HELO, the literal is read as the connecting IP, SPF passes for the bank’s envelope (the attacker uses MAIL FROM:<security@northbank.example>) and DMARC passes on SPF alone. X-MDRemoteIP says 198.51.100.66. Wanted: spoofed (no address the receiver recorded; DMARC fails)',
    class: 'received-no-address',
    eml: bankEnvelope(onTop(spoof(), ...mdaemon(`[${BANK_IP}]`))),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe13-noaddr-mdaemon-forged-bank-hop-below',
    about:
      'Any HELO on the MDaemon receiver, and under its line a Postfix-shaped "from mail.northbank.example (… [192.0.2.10]) by mx.reader.example" written by the attacker: the walk for the entry passes hops without a sending IP (as for Gmail’s "by 2002:…" hand-offs) and stops at the forged one, whose by names the reader’s receiver; SPF passes for the bank’s envelope. The receiver’s own line is the entry; below it everything is the sender’s. Wanted: spoofed',
    class: 'received-no-address',
    eml: bankEnvelope(onTop(spoof(), ...mdaemon('mail.attacker.example'), forgedBankHop())),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe13-noaddr-mdaemon-helo-mx-google-forged-gmail-results',
    about:
      'CLI default --webmail auto: EHLO mx.google.com on the MDaemon receiver, and below it a forged Gmail delivery (Authentication-Results: mx.google.com with spf, dkim and dmarc pass, ARC-less, "from mail-sor-f41.google.com … by mx.google.com"). Detection reads the topmost line only: its by is the reader’s host, so no Gmail profile, and the forged results stay untrusted. Wanted: spoofed',
    class: 'webmail-detection',
    eml: onTop(
      spoof([
        'Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@northbank.example header.s=nb1 header.b=AbCdEf12;\r\n       spf=pass (google.com: domain of security@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=security@northbank.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
      ]),
      ...mdaemon('mx.google.com'),
      `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n        by mx.google.com with SMTPS id a1sor123456qkb.41.2026.11.20.02.00.03\r\n        for <robin@reader.example>; ${DATE}`,
    ),
    expect: SPOOFED,
  });
}

/** Receivers that record a proxy's or NAT's address for every client. */
function proxiedReceiver(write: CaseWriter): void {
  emit(write, {
    name: 'probe13-nat-mailcow-docker-ipv6-bridge-gateway',
    about:
      'A reader on mailcow-dockerized whose Docker has no IPv6: the attacker connects over IPv6 and Docker’s userland-proxy hands the connection on from the bridge network’s gateway, so Postfix records "from mail.attacker.example (unknown [172.22.1.1])" (docker-mailserver’s "Advanced | IPv6" page: the client’s address is replaced by the gateway’s). Every hop is internal and the p=reject bank’s spoof reads as mail written on the box. The HELO names a host outside the receiver and the From is the bank’s: a careful analyst reads a delivery from outside whose address was lost. Wanted: spoofed',
    class: 'received-private-client',
    eml: onTop(spoof(), ...behindProxy('mail.attacker.example', '172.22.1.1')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-nat-mailcow-docker-helo-receiver-name',
    about:
      'The same mailcow box with the attacker’s EHLO set to the reader’s MX name: "from mx.reader.example (unknown [172.22.1.1]) by mx.reader.example", indistinguishable by HELO from a hand-off inside the box. A rule that only looks at a foreign HELO is beaten here; what still shows the message came from outside is its author: the bank, whose p=reject DMARC record nothing on the reader’s box writes for. Wanted: spoofed',
    class: 'received-private-client',
    eml: onTop(spoof(), ...behindProxy(RECEIVER, '172.22.1.1')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-nat-tcp-proxy-loopback-helo-localhost',
    about:
      'Postfix behind a TCP proxy or TLS multiplexer on the same host (HAProxy, nginx stream, sslh) without the PROXY protocol: every client is recorded as "localhost [127.0.0.1]"; the attacker sends EHLO localhost. The line is a content filter’s re-injection to the letter. The From is the p=reject bank, which the box writes no mail for. Wanted: spoofed',
    class: 'received-private-client',
    eml: onTop(spoof(), ...behindProxy('localhost', '127.0.0.1', 'localhost')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-nat-exchange-onprem-load-balancer-snat',
    about:
      'Exchange Server 2019 behind a load balancer doing source NAT (a common Exchange layout: receive connectors then see the balancer’s 10.20.0.5): "from mail.attacker.example (10.20.0.5) by EX02… via Frontend Transport", then the mailbox hop. Every address private; the spoof of the p=reject bank reads as mail inside the organisation. Wanted: spoofed',
    class: 'received-private-client',
    eml: onTop(spoof(), ...exchangeSnat('mail.attacker.example')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-nat-docker-forged-bank-hop-below',
    about:
      'The mailcow box behind docker-proxy (172.22.1.1) with a forged Postfix line under the receiver’s: "from mail.northbank.example (… [192.0.2.10]) by mx.reader.example", envelope the bank’s. The walk passes the receiver’s internal-looking entry and stops at the forged hop, whose by is the reader’s host: SPF passes for the bank. The receiver’s line names an outside HELO (mail.attacker.example): that is the entry, and below it the sender writes. Wanted: not trusted',
    class: 'received-private-client',
    eml: bankEnvelope(onTop(spoof(), ...behindProxy('mail.attacker.example', '172.22.1.1'), forgedBankHop())),
    expect: NOT_TRUSTED,
  });
}

/** What the receiver's own filters skip for a proxy's address, the sender writes. */
function forgedBehindProxy(write: CaseWriter): void {
  emit(write, {
    name: 'probe13-nat-mailcow-docker-forged-rspamd-results',
    about:
      'The mailcow box behind docker-proxy (172.22.1.1): rspamd skips SPF and DKIM for its local_addrs (private ranges; "skip SPF checks for local networks" in its log) and milter_headers adds no headers for local addresses (skip_local, default true, rspamd documentation), so no Authentication-Results of the box is written. The attacker puts one under the box’s own id into its header block: "mx.reader.example; dkim=pass header.d=northbank.example; spf=pass; dmarc=pass". With no entry hop, every Received by the receiver, the forged header is the first under the trusted id; and the inside-the-receiver rule turns the engine’s own DMARC fail into none, so the forged pass decides. Wanted: spoofed',
    class: 'received-private-client',
    eml: onTop(spoof([forgedOwnResults]), ...behindProxy('mail.attacker.example', '172.22.1.1')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-nat-exchange-snat-forged-eop-hop-below',
    about:
      'Exchange Server behind the source-NAT balancer (10.20.0.5), and under its two lines an Exchange Online-shaped hop the attacker wrote: "from mail.northbank.example (192.0.2.10) by AM0PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:208:1::12) with Microsoft SMTP Server", envelope the bank’s. Read without a profile (the top line is the reader’s own Exchange), the walk passes the private hops, finds no hop by the receiver with a public address and falls back to the topmost public one: the forged hop, whose address SPF passes for the bank. Wanted: not trusted',
    class: 'received-private-client',
    eml: bankEnvelope(
      onTop(
        spoof(),
        ...exchangeSnat('mail.attacker.example'),
        `Received: from mail.northbank.example (192.0.2.10) by\r\n AM0PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:208:1::12) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.8158.19; Fri, 20 Nov 2026 10:00:03 +0000`,
      ),
    ),
    expect: NOT_TRUSTED,
  });
}

/** Mail through the same proxies that carries a signature: it was written somewhere else. */
async function signedThroughProxy(write: CaseWriter): Promise<void> {
  const signed = await signCorpus(spoof(), { domain: 'attacker.example', selector: 's1' });
  emit(write, {
    name: 'probe13-nat-attacker-signed-unaligned-through-proxy',
    about:
      'The spoof signed by the attacker’s own domain (d=attacker.example, verifies) through the mailcow docker-proxy (172.22.1.1): a valid signature of an outside domain proves the message was written outside the reader’s box, yet the chain reads local and the bank’s DMARC failure is excused. Wanted: spoofed',
    class: 'received-private-client',
    eml: onTop(signed, ...behindProxy('mail.attacker.example', '172.22.1.1')),
    expect: SPOOFED,
  });
  const replay = withAttackerText(await genuineBankNotice());
  emit(write, {
    name: 'probe13-nat-replayed-bank-signature-new-text-through-proxy',
    about:
      'Control: the bank’s genuine signed notice with the attacker’s text in the body (body hash fails) through the same proxy: an aligned signature that is present and broken is not excused by the inside-the-receiver rule. Wanted: spoofed',
    class: 'received-private-client',
    eml: onTop(replay, ...behindProxy('mail.attacker.example', '172.22.1.1')),
    expect: SPOOFED,
  });
}

/** `--attached`: the "original" the attacker attaches to its own message. */
async function attachedOriginal(write: CaseWriter): Promise<void> {
  const oldSigned = await signCorpus(
    submitted({
      from: BANK_FROM,
      subject: 'Unusual sign-in: confirm your card',
      date: 'Tue, 12 May 2026 09:14:20 +0000',
      body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb2025' },
  );
  const boundary = '=_fwd_7c1e';
  const inner = spoof();
  const outer = (innerRaw: string) =>
    onTop(
      [
        'From: Helpdesk <helpdesk@attacker.example>',
        'To: Robin Reader <robin@reader.example>',
        'Subject: Fwd: Unusual sign-in: confirm your card',
        `Date: ${DATE}`,
        'Message-ID: <fwd.7c1e@attacker.example>',
        'MIME-Version: 1.0',
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        '',
        `--${boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Please see the bank’s notice below and confirm today.',
        '',
        `--${boundary}`,
        'Content-Type: message/rfc822',
        'Content-Disposition: attachment; filename="notice.eml"',
        '',
        innerRaw,
        `--${boundary}--`,
        '',
      ].join('\r\n'),
      `Return-Path: <${ENVELOPE}>`,
      attackerEntry(),
    );
  emit(write, {
    name: 'probe13-local-lines-under-real-entry',
    about:
      'Control for the commit’s premise: the attacker writes the box-local shapes under the reader’s real entry line (Postfix pickup "Received: by mx.reader.example (Postfix, from userid 0)" and Dovecot’s "from mx.reader.example by mx.reader.example with LMTP"); the receiver’s own line names the attacker’s public address, so the message is not local. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(
      inner,
      `Return-Path: <${ENVELOPE}>`,
      attackerEntry(),
      `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kE8lAbb2PWd1XwAAtGkPgA; ${DATE}`,
      `Received: by ${RECEIVER} (Postfix, from userid 0)\r\n\tid 4Zy7Jk1Qrsz9eFg; ${DATE}`,
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-attached-original-no-received',
    about:
      'A message attached to the attacker’s own mail (forward-as-attachment look), read with `headerlens inspect --attached` as an analyst checks "the bank’s notice": the attachment has no Received header at all, which the new rule reads as a Sent copy or draft written on the receiving system, and the p=reject bank’s DMARC failure is excused. An attached message was written by whoever attached it. Wanted: spoofed',
    class: 'attached-original',
    args: ['--attached'],
    eml: outer(inner),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-attached-original-forged-own-results',
    about:
      'The attached "original" carries no Received and an Authentication-Results under the reader’s own receiver’s id (mx.reader.example, the name of its MX, which any bounce or DNS lookup shows) saying dkim, spf and dmarc pass for the bank. Read with --attached and the reader’s usual --authserv-id, the header stands as the receiver’s own (there is no entry line to place it against), and the inside-the-receiver rule turns the engine’s own DMARC fail into none. Wanted: spoofed',
    class: 'attached-original',
    args: ['--attached'],
    eml: outer(onTop(inner, forgedOwnResults)),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-attached-original-old-received-missing-key',
    about:
      'The attached "original" dated May 2026 by a Received line the attacker wrote ("from mail.northbank.example (… [192.0.2.10]) by mx.reader.example … ; Tue, 12 May 2026"), signed d=northbank.example with a selector the bank never published: read with --attached in December, the missing key is excused as retired since a delivery over 180 days old (key-gone-since-delivery), the date taken from the first dated Received line, which in an attached message is the sender’s. Wanted: spoofed',
    class: 'attached-original',
    args: ['--attached'],
    eml: outer(
      onTop(
        oldSigned,
        received({
          helo: 'mail.northbank.example',
          rdns: 'mail.northbank.example',
          ip: BANK_IP,
          by: RECEIVER,
          date: 'Tue, 12 May 2026 09:14:22 +0000',
        }),
      ),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe13-attached-original-forged-bank-delivery',
    about:
      'The attached "original" written as the reader’s receiver would have delivered a genuine notice: "Return-Path: <security@northbank.example>" and "Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mx.reader.example (Postfix)", all the attacker’s text. Read with --attached, the forged hop is the entry, SPF passes for the bank at its own address and DMARC passes. What --attached reads was written by whoever attached it: the outer message, from attacker.example, is the only delivery the reader’s receiver saw. Wanted: not trusted',
    class: 'attached-original',
    args: ['--attached'],
    eml: outer(onTop(inner, 'Return-Path: <security@northbank.example>', forgedBankHop())),
    expect: NOT_TRUSTED,
  });
}

/** The 18:02 rule: a leading `[tag] ` undone, the From domain's signature then verifying in full. */
async function taggedReplay(write: CaseWriter): Promise<void> {
  const genuine = await genuineBankNotice();
  const tagged = (tag: string) =>
    genuine.replace('Subject: Your statement is ready', `Subject: ${tag} Your statement is ready`);
  const delivered = (raw: string) => onTop(raw, `Return-Path: <${ENVELOPE}>`, attackerEntry());
  emit(write, {
    name: 'probe13-subject-tag-lure-phone-number-on-bank-replay',
    about:
      'The bank’s genuine signed statement notice replayed from the attacker’s server with its Subject prefixed "[Card blocked: call +44 20 7946 0000 before 5pm]": a bracketed prefix of up to 64 characters is undone as an inbound gateway’s [EXTERNAL] tag, the bank’s signature then verifies and the failure is excused (subject-tag-added, low). Unlike a plain replay, the reader now sees the attacker’s lure and phone number in the Subject of a message from the bank. Gateways tag with a short fixed word ([EXTERNAL], [EXT], [Caution: External]); a tag with digits, a phone number or a sentence is the sender’s. Wanted: not trusted',
    class: 'subject-tag-replay',
    eml: delivered(tagged('[Card blocked: call +44 20 7946 0000 before 5pm]')),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe13-subject-tag-lure-encoded-word-url-on-bank-replay',
    about:
      'The same replay with the prefix sent as an RFC 2047 encoded word (UTF-8, B): "[Verify now at northbank-id.example/u]" once decoded, followed by the bank’s own Subject text. The tag is undone on the raw field, where the encoded word shows no bracket, so the signature stays broken (holds today; a fix that reads the decoded Subject must not open it). Wanted: not trusted',
    class: 'subject-tag-replay',
    eml: delivered(
      tagged(`=?UTF-8?B?${Buffer.from('[Verify now at northbank-id.example/u]').toString('base64')}?=`),
    ),
    expect: NOT_TRUSTED,
  });
}

/** The 18:06 rule: UTF-7 encoded-words read as UTF-8 ones, by the charset's name. */
async function utf7Alias(write: CaseWriter): Promise<void> {
  const word = Buffer.from('security+AEA-northbank.example').toString('base64');
  const signed = await signCorpus(
    submitted({
      from: `=?x-unicode-2-0-utf-7?B?${word}?= <notice@attacker.example>`,
      subject: 'Action required on your account',
    }),
    { domain: 'attacker.example', selector: 's1' },
  );
  emit(write, {
    name: 'probe13-utf7-charset-alias-address-in-name',
    about:
      'probe12’s UTF-7 display name under another name of the same charset: "=?x-unicode-2-0-utf-7?B?…?=" decodes to "security@northbank.example". Windows’ MIME charset database (MLang, which classic Outlook reads headers with) and .NET’s Encoding.GetEncoding list code page 65000 as utf-7, unicode-1-1-utf-7, unicode-2-0-utf-7, x-unicode-1-1-utf-7, x-unicode-2-0-utf-7 and csUnicode11UTF7 (recalled); the 18:06 rewrite (lib/message/utf7.ts) knows the first two only, so the word stays UTF-7 text and no rule sees the address. The attacker’s own domain authenticates the message in full. Wanted: not trusted (display-name-address)',
    class: 'encoded-word-charset',
    eml: onTop(signed, 'Return-Path: <bounce@attacker.example>', attackerEntry()),
    expect: NOT_TRUSTED,
  });
}

/** The 18:2x rule: a delivery over 180 days old whose aligned signatures fail only for a gone key. */
async function oldDelivery(write: CaseWriter): Promise<void> {
  const MAY = 'Tue, 12 May 2026 09:14:22 +0000';
  // Signed with the corpus key under a selector the bank never published: "key-missing".
  const signed = await signCorpus(
    submitted({
      from: BANK_FROM,
      subject: 'Unusual sign-in: confirm your card',
      date: MAY,
      body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb2025' },
  );
  emit(write, {
    name: 'probe13-key-gone-old-spoof-receiver-recorded-fail',
    about:
      'A spoof delivered in May 2026 and read in December (over 180 days): it carries a signature d=northbank.example s=nb2025, a selector the bank never published, so today it fails for a missing key, which key-gone-since-delivery excuses as a key retired since. But the reader’s own receiver recorded the failure when the message arrived (OpenDMARC’s default records and delivers: "mx.reader.example; dkim=neutral (no key for signature) … dmarc=fail"), above its entry line where no sender writes. A key gone since delivery was there at delivery. Wanted: spoofed',
    class: 'key-gone-old-delivery',
    eml: onTop(
      signed,
      `Return-Path: <${ENVELOPE}>`,
      `Authentication-Results: ${RECEIVER}; dkim=neutral (no key for signature)\r\n\theader.d=northbank.example header.s=nb2025 header.b=${signed.match(/b=([A-Za-z0-9+/]{8})/)?.[1] ?? 'AAAAAAAA'};\r\n\tspf=pass smtp.mailfrom=attacker.example;\r\n\tdmarc=fail (p=reject dis=none) header.from=northbank.example`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
        date: MAY,
      }),
    ),
    expect: SPOOFED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
