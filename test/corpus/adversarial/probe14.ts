// Red-team probes, fourteenth round (December 2026): the 18:47 rules (commit a407f74).
// - The local-mail excuse (lib/analyze.ts ownOrganisation + lib/message/origin.ts localHandOff):
//   a message none of whose hops names an outside client (each internal or a local hand-off) is
//   read as written on the receiving system only when its From's registrable domain is that of
//   "the hosts that received the message". ownOrganisation takes ANY hop's `by` host, and below
//   the receiver's own line every hop is the sender's text: behind a receiver that records a
//   proxy's or NAT's address for every client (probe13: docker-proxy 172.22.1.1, a TCP proxy's
//   127.0.0.1, a source-NAT balancer's 10.x), the attacker adds one local-looking line "by" a host
//   of the domain it spoofs (a Postfix pickup line, a loopback hop, an Exchange-internal hop), and
//   the bank's DMARC failure is excused again. And on shared hosting the receiver's own host name
//   is the hoster's (server123.hoster.example serving robin@reader.example): the hoster's domain
//   passes for the reader's organisation, so a spoof of the hoster's own billing notice is excused.
// - The subject-tag excuse (lib/findings/list.ts GATEWAY_TAG): letters, spaces, ":" and "-" up to
//   24 characters still carry a lure in words ("[Card Locked - Call Now]").
// probe13 (the NAT'd receiver, MDaemon's HELO, --attached, the phone-number tag) and README's
// "What still fools HeaderLens" (the NAT'd receiver's own-domain spoof) are not repeated: here the
// From is never the reader's own domain. Every case's meta says the attack and what is wanted.

import { signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_FROM,
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
 * fixed (see the fourteenth round's report). Each comment: what it reads, what it should, which rule.
 */
// Fixed at 19:0x (each now in the corpus): the reader's organisation is read only from what the
// receiver wrote (the recipient above every Received line or in its own topmost hops' `for`, else
// its own host), gateway tags by their words, and a recorded failure of any signer of the From's
// organisation stops key-gone-since-delivery. The comments below keep each case's analysis.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // "unverified" (origin local + insideReceiver, dmarc none, "never crossed the internet"): under a
  // receiver that records a proxy's or NAT's address for every client (docker-proxy 172.22.1.1, a
  // TCP proxy's 127.0.0.1, a source-NAT balancer's 10.20.0.5), the attacker writes one more
  // client-less or internal line "by" a host of the spoofed domain (a Postfix pickup line, a
  // loopback re-injection, an Exchange-internal hop). ownOrganisation (lib/analyze.ts) accepts the
  // From when ANY hop's `by` shares its registrable domain, so the bank's own forged host makes the
  // bank the receiver's organisation. Wanted: spoofed. Fix: take the organisation from the
  // receiver's own lines only: the topmost Received's `by` (or the run of top hops whose `by` shares
  // the topmost one's registrable domain, stopping at the first hop by another domain), never a
  // `by` below a hop by another organisation. Risk: a box whose internal hops name two domains
  // (mx.reader.example handing to mbox.reader-corp.example) loses the excuse for its own cron mail
  // from the lower domain ("spoofed" under its own p=reject, as before 17:56).
  // "unverified" (the same excuse): on a shared host named by the hoster (server123.hoster.example
  // serving robin@reader.example) behind a TCP proxy, the hoster's own domain passes for the
  // reader's organisation, so an unsigned spoof of the hoster's billing notice (p=reject) is
  // excused. ownOrganisation (lib/analyze.ts) reads the box's host name as the organisation.
  // Wanted: spoofed. Fix: also require the From's registrable domain to be the recipient's (the
  // topmost Delivered-To / X-Original-To, or the receiver line's `for <…>`, or --recipient-domain
  // when given), not only the `by` host's; with no recipient known, keep today's reading. Risk:
  // the box's own cron or bounce mail to a user of another domain (root@server123.hoster.example
  // to robin@reader.example) reads "spoofed" under the hoster's p=reject, as before 17:56; mail
  // between two customers of the same box from different domains was never excused anyway.
  // "unverified" (subject-tag-added, low): GATEWAY_TAG (lib/findings/list.ts) accepts any
  // letters/spaces/":"/"-" bracket up to 24 characters, so "[Card Locked - Call Now]" on a replay
  // of the bank's signed statement is undone as a gateway's tag and the failure excused. Wanted:
  // not trusted. Fix: a vocabulary, not a shape: the tag's words (case-folded, ":" "-" and spaces
  // collapsed) must be one of the known gateway/filter tags: EXTERNAL, EXT, External Sender,
  // External Email, Caution External, CAUTION, WARNING External, SPAM, Suspected Spam, POSSIBLE
  // SPAM, ***Spam*** (extendable from real-world cases). Risk: a gateway with a tag not in the list
  // ("[Outside Sender]", a localised "[EXTERN]", "[Extérieur]") reads spoofed again, as before
  // 18:02, until added; the list should hold each corpus/real-world tag seen so far.
  // "unverified" (key-gone-since-delivery, low): a May spoof signed d=mail.northbank.example with a
  // selector never published (aligned under relaxed alignment), read in December; the reader's box
  // (OpenDKIM without OpenDMARC) recorded "dkim=neutral (no key for signature)
  // header.d=mail.northbank.example" at delivery and no dmarc=. keyGoneSinceDelivery
  // (lib/findings/receiver-record.ts) looks for a recorded failure with sameDomain(d.domain, from),
  // an exact match, so the aligned subdomain signer's recorded failure is missed. Wanted: spoofed.
  // Fix: match the recorded signer against the aligned signatures' domains (or the From's
  // organisation: sameOrg(d.domain, from)) instead of the From domain exactly. Risk: a provider
  // record of a failing third-party signature under the bank's organisation (an ESP's
  // d=esp.northbank.example broken by a footer) would stop the excuse for an old genuine message
  // whose aligned key is gone; rare, and it reads as it did before 18:2x.
]);

/** The bank's notice as the attacker writes it: unsigned, the bank's From. */
const spoof = (from = BANK_FROM, subject = 'Unusual sign-in: confirm your card') =>
  submitted({
    from,
    subject,
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });

const ENVELOPE = 'bounce@attacker.example';
const ZONE = { ...BANK, ...BANK_KEY, ...authenticZone('attacker.example', ATTACKER_IP) };

/** Dovecot's LMTP hand-off on the receiving box `by`, on top of what its Postfix received. */
const lmtp = (by: string) =>
  `Received: from ${by}\r\n\tby ${by} with LMTP\r\n\tid kE8lAbb2PWd1XwAAtGkPgA\r\n\t(envelope-from <${ENVELOPE}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:07 +0000`;

/** Postfix's line for a client it saw at `ip` (a proxy's or NAT's address), under Dovecot's LMTP. */
const behindProxy = (ip: string, by = RECEIVER) => [
  `Return-Path: <${ENVELOPE}>`,
  'Delivered-To: robin@reader.example',
  lmtp(by),
  received({ helo: 'mail.attacker.example', rdns: 'unknown', ip, by }),
];

/** Postfix's pickup line as a box writes it for mail a local user submitted (no client, no `with`). */
const pickupBy = (host: string) =>
  `Received: by ${host} (Postfix, from userid 1001)\r\n\tid 4Zx9Qp2Vbcz7kLm; Fri, 20 Nov 2026 10:00:01 +0000`;

/** Exchange Server 2019 behind a source-NAT load balancer: Frontend Transport, then the mailbox hop. */
const exchangeSnat = () => [
  `Return-Path: ${ENVELOPE}`,
  `Received: from EX02.corp.reader.example (10.20.1.12) by EX01.corp.reader.example\r\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; ${DATE}`,
  `Received: from mail.attacker.example (10.20.0.5) by EX02.corp.reader.example (10.20.1.12)\r\n with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Frontend\r\n Transport; ${DATE}`,
];

type Case = Probe & { eml: string; zone?: Record<string, unknown> };

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    zone: c.zone ?? ZONE,
    meta: { about: c.about, class: c.class, args: c.args ?? ARGS, expect: c.expect },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  forgedOrganisationHop(write);
  sharedHostingReceiver(write);
  await letterTags(write);
  await oldDeliverySubdomainSigner(write);
}

/** Under a NAT'd receiver's own lines, one local-looking line "by" a host of the spoofed domain. */
function forgedOrganisationHop(write: CaseWriter): void {
  emit(write, {
    name: 'probe14-nat-control-no-forged-hop',
    about:
      'Control (probe13’s fixed case): an unsigned spoof of the p=reject bank through a mailcow box behind docker-proxy (Postfix records 172.22.1.1 for every client, Dovecot LMTP on top). Every hop is internal or a local hand-off, but the bank is not the organisation of the hosts that received it (reader.example): DMARC fails. Wanted: spoofed',
    class: 'received-private-client',
    eml: onTop(spoof(), ...behindProxy('172.22.1.1')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe14-nat-forged-pickup-by-bank-host',
    about:
      'The same delivery with one line the attacker wrote under the receiver’s: a Postfix pickup line "Received: by mail.northbank.example (Postfix, from userid 1001) id …", the shape of a local user’s submission on the bank’s own server. It names no client, so it is a local hand-off; and the "organisation of the hosts that received the message" is taken from any hop’s by host, this one included, so northbank.example passes for the reader’s own organisation and the bank’s DMARC failure is excused as mail written on the receiving system. Only the lines above the first sender-writable one (the receiver’s) say whose box this is. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(spoof(), ...behindProxy('172.22.1.1'), pickupBy('mail.northbank.example')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe14-proxy-forged-loopback-hop-by-bank-host',
    about:
      'A Postfix box behind a TCP proxy or TLS multiplexer without the PROXY protocol (HAProxy, nginx stream, sslh: every client recorded as 127.0.0.1), and under its line one the attacker wrote: "from localhost (localhost [127.0.0.1]) by smtp.northbank.example (Postfix)", the shape of a content filter’s re-injection on the bank’s server. Loopback is internal, so every hop is; the bank’s host among the `by` names makes the bank the receiver’s organisation. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(
      spoof(),
      ...behindProxy('127.0.0.1'),
      received({
        helo: 'localhost',
        rdns: 'localhost',
        ip: '127.0.0.1',
        by: 'smtp.northbank.example',
        id: '4Zx9Qp0Aaaz1xYz',
      }),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe14-snat-forged-exchange-internal-hop-by-bank-host',
    about:
      'Exchange Server 2019 behind a source-NAT load balancer (every client 10.20.0.5), and under its two lines an Exchange-internal hop the attacker wrote: "from EX07.corp.northbank.example (10.1.4.7) by EX08.corp.northbank.example (10.1.4.8) with Microsoft SMTP Server … id 15.2.1544.4", the bank’s own mailbox-server hand-off. Private addresses are internal; the bank’s corp host among the by names passes for the receiver’s organisation. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(
      spoof(),
      ...exchangeSnat(),
      `Received: from EX07.corp.northbank.example (10.1.4.7) by EX08.corp.northbank.example\r\n (10.1.4.8) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Fri, 20 Nov 2026 10:00:02 +0000`,
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe14-k8s-ula-forged-lmtp-hop-by-bank-host',
    about:
      'A Postfix pod behind a Kubernetes service with externalTrafficPolicy Cluster on a dual-stack cluster (every client recorded as a node’s unique-local address, fd00:10:244::1), and under its line one the attacker wrote in Dovecot’s LMTP shape: "from mail.northbank.example by mail.northbank.example with LMTP", a hand-off on the bank’s own box. A client named only as the receiving host itself, over LMTP, is a local hand-off; the bank’s host among the by names makes the bank the receiver’s organisation. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(
      spoof(),
      ...behindProxy('fd00:10:244::1'),
      `Received: from mail.northbank.example\r\n\tby mail.northbank.example with LMTP\r\n\tid 8Hc2Aa0Zz1BbCcDd; Fri, 20 Nov 2026 10:00:02 +0000`,
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe14-public-entry-forged-pickup-by-bank-host',
    about:
      'Control: the same forged pickup line "by mail.northbank.example" under a receiver that records the attacker’s public address (198.51.100.66): the receiver’s line names an outside client, so the message is not local whatever lines lie below. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(
      spoof(),
      `Return-Path: <${ENVELOPE}>`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
      }),
      pickupBy('mail.northbank.example'),
    ),
    expect: SPOOFED,
  });
}

/** Shared hosting: the receiver's host name is the hoster's, the reader's mail domain its own. */
function sharedHostingReceiver(write: CaseWriter): void {
  const HOST = 'server123.hoster.example';
  const zone = {
    ...ZONE,
    'hoster.example': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
    '_dmarc.hoster.example': { TXT: ['v=DMARC1; p=reject'] },
  };
  emit(write, {
    name: 'probe14-shared-host-behind-proxy-hoster-billing-spoof',
    about:
      'robin@reader.example hosted on a shared box named server123.hoster.example (as cPanel and Plesk hosts name theirs: the box’s name is the hoster’s, its users’ domains their own), behind a TCP proxy that records 127.0.0.1 for every client. The attacker sends an unsigned "Your hosting account will be suspended: pay the invoice" notice From billing@hoster.example (p=reject). Every hop is internal or a local hand-off, and the From’s registrable domain is that of the by hosts: hoster.example passes for the reader’s organisation and its DMARC failure is excused. The reader’s organisation is reader.example (Delivered-To, the mailbox); the hoster is the most useful name to spoof to its customers. Wanted: spoofed',
    class: 'received-private-client',
    args: ['--authserv-id', HOST],
    zone,
    eml: onTop(
      spoof('Hoster Billing <billing@hoster.example>', 'Your hosting account will be suspended'),
      ...behindProxy('127.0.0.1', HOST),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe14-nat-forged-delivered-to-bank-domain',
    about:
      'Control for a recipient-based fix (realworld16’s customer-domain cron mail wants the box’s users’ domains counted as its own): the NAT’d box of the first case, and in the attacker’s own header block, under the receiver’s lines, "Delivered-To: security@northbank.example" and "X-Original-To: security@northbank.example". Only the topmost Delivered-To (the receiver’s local delivery, above its own Received lines) says whose mailbox this is; a recipient named below it is the sender’s text. Wanted: spoofed (holds today; a fix that reads any Delivered-To must not open it)',
    class: 'received-local-forged',
    eml: onTop(
      onTop(spoof(), 'Delivered-To: security@northbank.example', 'X-Original-To: security@northbank.example'),
      ...behindProxy('172.22.1.1'),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe14-shared-host-behind-proxy-bank-spoof',
    about:
      'Control: the same shared box behind the proxy, the bank’s spoof: northbank.example is not the hoster’s domain, no excuse. Wanted: spoofed',
    class: 'received-private-client',
    args: ['--authserv-id', HOST],
    zone,
    eml: onTop(spoof(), ...behindProxy('127.0.0.1', HOST)),
    expect: SPOOFED,
  });
}

/** GATEWAY_TAG: a gateway's shape (letters, spaces, ":" "-", at most 24) that is a lure in words. */
async function letterTags(write: CaseWriter): Promise<void> {
  const genuine = await genuineBankNotice();
  const tagged = (tag: string) =>
    onTop(
      genuine.replace('Subject: Your statement is ready', `Subject: ${tag} Your statement is ready`),
      `Return-Path: <${ENVELOPE}>`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
      }),
    );
  emit(write, {
    name: 'probe14-subject-tag-words-only-lure-on-bank-replay',
    about:
      'The bank’s genuine signed statement notice replayed from the attacker’s server with its Subject prefixed "[Card Locked - Call Now]": letters, spaces and "-" only, 22 characters, so it passes the 18:47 gateway-tag shape (no digits, "@", "/" or "."), is undone as an inbound gateway’s tag, and the bank’s signature then verifies (subject-tag-added, low). The reader sees the attacker’s lure in the Subject of a message "from the bank"; a gateway writes one fixed word or phrase (EXTERNAL, EXT, External Sender, Caution: External, SPAM, Suspected Spam). Wanted: not trusted',
    class: 'subject-tag-replay',
    eml: tagged('[Card Locked - Call Now]'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe14-subject-tag-external-control-on-bank-replay',
    about:
      'Control: the same replay under "[EXTERNAL]", a gateway’s own word. The rule excuses it at low (subject-tag-added); the body and Subject the reader sees are the bank’s but for the tag. Wanted: not spoofed (the excuse holds); recorded so a vocabulary fix keeps it',
    class: 'subject-tag-replay',
    eml: tagged('[EXTERNAL]'),
    expect: { notVerdict: ['spoofed'] },
  });
}

/**
 * key-gone-since-delivery (lib/findings/receiver-record.ts): the provider-record check matches the
 * recorded signer to the From domain exactly; an aligned signer is any name of the organisation.
 */
async function oldDeliverySubdomainSigner(write: CaseWriter): Promise<void> {
  const MAY = 'Tue, 12 May 2026 09:14:22 +0000';
  const signedBy = (domain: string) =>
    signCorpus(
      submitted({
        from: BANK_FROM,
        subject: 'Unusual sign-in: confirm your card',
        date: MAY,
        body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
      }),
      { domain, selector: 'nb2025' },
    );
  // OpenDKIM alone (no OpenDMARC on the box): its results name the signer and nothing about DMARC.
  const delivered = (signed: string, signer: string) =>
    onTop(
      signed,
      `Return-Path: <${ENVELOPE}>`,
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=neutral (no key for signature) header.d=${signer}\r\n\theader.s=nb2025 header.b=${signed.match(/ b=([A-Za-z0-9+/]{8})/)?.[1] ?? 'AAAAAAAA'}`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
        date: MAY,
      }),
    );
  emit(write, {
    name: 'probe14-key-gone-subdomain-signer-receiver-recorded-no-key',
    about:
      'A spoof delivered in May 2026 and read in December, signed d=mail.northbank.example s=nb2025 (a selector never published; relaxed alignment makes the subdomain’s signature the bank’s): today it fails for a missing key, and key-gone-since-delivery excuses it as a key retired since. The reader’s box runs OpenDKIM without OpenDMARC, and at delivery recorded "mx.reader.example; dkim=neutral (no key for signature) header.d=mail.northbank.example" above its entry line. The 18:47 check that the provider recorded the failure compares the recorded signer with the From domain exactly (northbank.example), so a failure recorded for the aligned subdomain signer is not seen. Wanted: spoofed',
    class: 'key-gone-old-delivery',
    eml: delivered(await signedBy('mail.northbank.example'), 'mail.northbank.example'),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe14-key-gone-from-domain-signer-receiver-recorded-no-key',
    about:
      'Control: the same with the signature d=northbank.example and OpenDKIM’s "dkim=neutral (no key for signature) header.d=northbank.example": the provider recorded the missing key at delivery, no DMARC result, and the excuse stands back. Wanted: spoofed',
    class: 'key-gone-old-delivery',
    eml: delivered(await signedBy('northbank.example'), 'northbank.example'),
    expect: SPOOFED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
