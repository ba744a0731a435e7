// Red-team probes, hundred-and-fourth round (December 2026): this evening's changes.
// - lib/message/origin-nat.ts receiverNamesNat with lib/analyze.ts natNamed/natSpf and
//   lib/findings/auth-state.ts providerPassUnfounded: behind a declared NAT a box's SPF pass is void
//   when its own SPF record (an spf= row's comment or props, a Received-SPF above its entry) names
//   the NAT's address; otherwise only our re-check at the NAT's address voids it. Probed: Exim's own
//   Authentication-Results, which name the client in the iprev row (`smtp.remote-ip=`) and write
//   `spf=pass smtp.mailfrom=<domain>` with no comment; a quoted local part holding ")" that ends
//   the spf row's comment early (RFC 5321 §4.1.2 quoted-string); a dual-stack box writing the NAT
//   IPv4-mapped (`::ffff:10.0.0.1`). The record passes the NAT's address only in the office's
//   split-horizon DNS (`mx ptr`), as probe101's, so our re-check at the NAT fails.
// - lib/relay/providers-esp.ts (Namecheap Private Email, Titan, MessageLabs, HostGator) with
//   SHARED_PLATFORMS in lib/findings/auth-state.ts: another customer of the same service sending as
//   a victim whose record includes it, or copies its range, signed with his own d= or unsigned.
// - lib/findings/reply-to.ts namesAService: Shopify stores named as a bank's desk in words it does
//   not list (glued "Cardholder", Spanish, a Cyrillic letter in "Services").
// Tried and read right: the quoted local part holding ")" and the IPv4-mapped NAT (suspicious);
// every shared-service attack (another customer of Private Email in Gmail and Outlook, Titan with
// its range copied into the victim's record, MessageLabs at p=none: unverified; HostGator's script
// gateway with only the attacker's own d=: suspicious); the Exim twin with no options (spoofed).
// Controls: the CEO's signed mail through the Exim box's NAT; genuine Private Email and HostGator
// mail signed by the From domain; a store named "Riverbank Pottery" answering at its Gmail.
// Where the layouts were learnt: Exim's own Authentication-Results rows from Exim's source (search
// tool `find_string`, exim src/expand.c authres_iprev: `iprev=pass (<host>) smtp.remote-ip=<ip>`;
// src/spf.c authres_spf: `spf=<result> smtp.mailfrom=<domain>` or `smtp.helo=<helo>`, no comment,
// no address) and its Received `from host ([ip] helo=…) by … with esmtps … (Exim 4.97)
// (envelope-from <…>) id …`; rspamd's `spf=pass (host: domain of <addr>
// designates <ip> as permitted sender) smtp.mailfrom=<addr>`; the box behind its NAT as probe101;
// Private Email, Titan and HostGator relays and records as realworld99 (kernel-list copies,
// Namecheap KB 1262), MessageLabs' `mail1.bemta33.messagelabs.com [67.219.247.2]` as realworld100;
// Shopify at Gmail as probe101 / realworld93. Names and addresses are documentation ones except the
// providers' own hosts and ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
// Fixed at 19:27 on 2026-12-05 (lib/message/origin-nat.ts receiverNamesNat, fed every row of the
// box's proven header by lib/analyze.ts natNamed): where the box's SPF record names no address at
// all (Exim's `spf=pass smtp.mailfrom=<domain>`), its other rows do: Exim's iprev
// `smtp.remote-ip=10.0.0.1` is the same connection's client, so
// probe104-rc-nat-exim-iprev-remote-ip-spf-ptr-ceo reads suspicious (spoofed with no options).
// Fixed at 19:25 on 2026-12-05 (lib/findings/reply-to.ts SERVICE_WORDS, namesAService): bank and
// desk words in the interface's languages (banco, banque, cliente, atención, kundenservice…),
// cardholder and customer, and a word mixing Latin with Cyrillic or Greek letters, so the
// "Northbank Cardholder Care", "Banco Norte Atención al Cliente" and "Card Sеrvices" stores read
// suspicious (reply-to-other-org medium); "Riverbank Pottery" stays low (whole words only).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const NOT_AUTHENTICATED: CaseExpectation = { notVerdict: ['authenticated'] };
const SENT = 'Tue, 08 Dec 2026 08:40:11 +0000';
const ORG = 'tidewater.example';
const READER_ADDR = `robin.reader@${ORG}`;
const READER = `Robin Reader <${READER_ADDR}>`;
const BOX = `mail.${ORG}`;
const BOX_IP = '198.51.100.25';
const NAT = '10.0.0.1';
const BOX_ARGS = ['--webmail', 'none', '--authserv-id', BOX, '--nat-address', NAT, '--recipient-domain', ORG];
const GMAIL_NO_ORG = ['--webmail', 'gmail'];
const GTO = 'robin.reader@gmail.com';

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone: Record<string, unknown>;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}

function emit(write: CaseWriter, c: One): void {
  emitCase(write, { ...c, class: `probe104-${c.cls}` });
}

// ---- The box behind its declared NAT (Dovecot LMTP on top), as probe101.
const orgZone = (p: string, spf: string) => ({
  ...dmarc(ORG, p),
  [ORG]: { TXT: [spf], MX: [{ exchange: BOX, priority: 10 }] },
  [BOX]: { A: [BOX_IP] },
  ...ptr(BOX_IP, BOX),
});
const FORGER_HELO = 'vps104.forger.example';
const CEO = `"Marcus Hale" <marcus.hale@${ORG}>`;
const CEO_ADDR = `marcus.hale@${ORG}`;
const WIRE =
  'Marcus here. I need a wire of $58,400 sent to our new vendor before noon; details attached. Keep this between us.\r\n';

interface AtBox {
  envelope: string;
  subject: string;
  body: string;
  messageId: string;
  /** The box's Authentication-Results header (its value after the authserv-id). */
  rows: string[];
  /** The box's entry line. */
  entry: string;
  signers?: [string, string][];
}

async function atBox(s: AtBox, id: string): Promise<string> {
  let raw = submitted({
    from: CEO,
    to: READER,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    body: s.body,
  });
  if (s.signers?.length) raw = await signAll(raw, s.signers);
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${READER_ADDR}`,
    dovecotLmtp(BOX, s.envelope, READER_ADDR, `${id}LmtpQAAqVw1Bg`, 'Tue, 08 Dec 2026 08:40:17 +0000'),
    `Authentication-Results: ${BOX};\r\n\t${s.rows.join(';\r\n\t')}`,
    s.entry,
  );
}
/** Exim's entry line for a client its (internal) reverse zone names gw.ORG. */
const eximEntry = (envelope: string, helo: string, id: string, ip = NAT) =>
  `Received: from gw.${ORG} ([${ip}] helo=${helo})\r\n\tby ${BOX} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97)\r\n\t(envelope-from <${envelope}>)\r\n\tid ${id}\r\n\tfor ${READER_ADDR};\r\n\tTue, 08 Dec 2026 08:40:15 +0000`;
const postfixEntry = (helo: string, id: string, ip = NAT) =>
  `Received: from ${helo} (unknown [${ip}])\r\n\tby ${BOX} (Postfix) with ESMTP id ${id}\r\n\tfor <${READER_ADDR}>; Tue, 08 Dec 2026 08:40:15 +0000 (UTC)`;
const eximRows = (domain: string, dkim: string) => [
  `iprev=pass (gw.${ORG}) smtp.remote-ip=${NAT}`,
  `spf=pass smtp.mailfrom=${domain}`,
  dkim,
  `dmarc=pass header.from=${ORG}`,
];

// ---- Gmail deliveries from hosted mail services.
interface Hosted {
  from: string;
  envelope: string;
  relay: Relay;
  subject: string;
  body: string;
  n: string;
  /** Signatures the message carries (domain, selector), the last on top. */
  signers: [string, string][];
  /** Gmail's DMARC row: the From domain and its policy as Gmail prints it. */
  policy: string;
  extra?: string[];
  below?: string[];
}
async function atGmail(h: Hosted): Promise<string> {
  let raw = submitted({
    from: h.from,
    to: GTO,
    subject: h.subject,
    date: 'Fri, 20 Nov 2026 10:00:01 +0000',
    messageId: `<104${h.n}.${h.n}9f3@${h.from.replace(/^.*@/, '').replace(/>$/, '')}>`,
    extraHeaders: h.extra,
    body: h.body,
  });
  if (h.below?.length) raw = onTop(raw, ...h.below);
  if (h.signers.length) raw = await signAll(raw, h.signers);
  const fromDomain = h.from.replace(/^.*@/, '').replace(/>$/, '');
  return gmailDelivery(raw, {
    relay: h.relay,
    envelope: h.envelope,
    results: [
      ...h.signers.map(([d, s]) => gmailDkim(d, s)),
      gmailSpf(h.envelope, h.relay.ip),
      gmailDmarc(fromDomain, h.policy),
    ].join('\r\n       '),
    ids: [`x104csp${h.n}pxa`, `a104si${h.n}qtb.104`],
    spf: 'pass',
    deliveredTo: true,
    to: GTO,
  });
}

/** The same message handed to the reader's Exchange Online (Outlook), EOP's records above its entry. */
async function atOutlook(h: Hosted): Promise<string> {
  let raw = submitted({
    from: h.from,
    to: OUTLOOK_TO,
    subject: h.subject,
    date: 'Fri, 20 Nov 2026 10:00:01 +0000',
    messageId: `<104${h.n}.${h.n}9f3@outlook-copy.example>`,
    extraHeaders: h.extra,
    body: h.body,
  });
  if (h.below?.length) raw = onTop(raw, ...h.below);
  if (h.signers.length) raw = await signAll(raw, h.signers);
  const fromDomain = h.from.replace(/^.*@/, '').replace(/>$/, '');
  const dkim = h.signers.length
    ? `dkim=pass (signature was verified)\r\n header.d=${h.signers[h.signers.length - 1]![0]}`
    : undefined;
  return eopDelivery(raw, {
    ...eopPass(h.relay, h.envelope, dkim, fromDomain),
    returnPath: `<${h.envelope}>`,
  });
}
const OUTLOOK_TO = 'Robin Reader <robin.reader@reader-firm.example>';

// The victim: a clinic (p=reject) on a hosted mail service; the attacker another customer of it.
const CLINIC = 'harborview-clinic.example';
const ATTACKER = 'quickbill-docs.example';
const INVOICE =
  'Dear patient, your November balance of $412.60 is overdue. Pay today at https://harborview-pay.attacker.example/bill to avoid collection.\r\n';

const PE: Relay = {
  helo: 'out-10.pe-a.jellyfish.systems',
  rdns: 'out-10.pe-a.jellyfish.systems',
  ip: '198.54.127.74',
};
const PE_SPF = {
  'spf.privateemail.com': { TXT: ['v=spf1 ip4:198.54.112.0/20 ip4:162.0.218.0/24 ip4:66.29.159.0/24 ~all'] },
};
const peBelow = (mta: string) => [
  `Received: from ${mta}.privateemail.com (localhost [127.0.0.1])\r\n\tby ${mta}.privateemail.com (Postfix) with ESMTP id 4Z8V1968Hwz3hhSx;\r\n\tFri, 20 Nov 2026 05:00:01 -0500 (EST)`,
  `Received: from [192.168.1.91] (unknown [203.0.113.91])\r\n\tby ${mta}.privateemail.com (Postfix) with ESMTPA;\r\n\tFri, 20 Nov 2026 05:00:00 -0500 (EST)`,
];

const TITAN: Relay = { helo: 'mail63.out.titan.email', rdns: 'mail63.out.titan.email', ip: '34.202.218.147' };
const TITAN_SIGNER = 't39smtp-sign001.email';

const ML: Relay = {
  helo: 'mail1.bemta33.messagelabs.com',
  rdns: 'mail1.bemta33.messagelabs.com',
  ip: '67.219.247.2',
};

const HG: Relay = {
  helo: 'gateway21.websitewelcome.com',
  rdns: 'gateway21.websitewelcome.com',
  ip: '192.185.45.147',
};
const hgBelow = (to: string) => [
  `Received: from cm11.websitewelcome.com (cm11.websitewelcome.com [100.42.49.5])\r\n\tby ${HG.helo} (Postfix) with ESMTP id B3CFC400C2EF5\r\n\tfor <${to}>; Fri, 20 Nov 2026 04:00:03 -0600 (CST)`,
];

// ---- Shopify at Gmail, as probe101.
const SHOPIFY: Relay = { helo: 'o104.shopifyemail.com', rdns: 'o104.shopifyemail.com', ip: '23.227.38.104' };
const SHOPIFY_ZONE = {
  ...ptr(SHOPIFY.ip, SHOPIFY.rdns),
  ...dmarc('shopifyemail.com', 'reject'),
  ...key('shopifyemail.com', 's1'),
  'shopifyemail.com': { TXT: ['v=spf1 ip4:23.227.32.0/19 -all'] },
  ...dmarc('northbank.example', 'reject'),
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
};
const b64 = (s: string) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
async function shopify(name: string, replyBox: string, subject: string, body: string, n: string) {
  const env = `bounces+104${n}@shopifyemail.com`;
  const shown = /^[\x20-\x7e]*$/.test(name) ? `"${name}"` : b64(name);
  const raw = await signAll(
    submitted({
      from: `${shown} <store+104${n.charCodeAt(0)}@t.shopifyemail.com>`,
      to: GTO,
      subject,
      date: 'Fri, 20 Nov 2026 10:00:01 +0000',
      messageId: `<104${n}.shop@shopifyemail.com>`,
      extraHeaders: [`Reply-To: ${shown} <${replyBox}>`, `X-Shopify-Shop-Id: 104${n.charCodeAt(0)}`],
      body,
    }),
    [['shopifyemail.com', 's1']],
  );
  return gmailDelivery(raw, {
    relay: SHOPIFY,
    envelope: env,
    results: [
      gmailDkim('shopifyemail.com', 's1'),
      gmailSpf(env, SHOPIFY.ip),
      gmailDmarc('t.shopifyemail.com', 'REJECT'),
    ].join('\r\n       '),
    ids: [`x104csp${n}pxb`, `a104si${n}qtc.104`],
    spf: 'pass',
    deliveredTo: true,
    to: GTO,
  });
}
/** A store's message as Shopify hands it to Yahoo Mail. */
async function shopifyAtYahoo(name: string, replyBox: string, subject: string, body: string, n: string) {
  const env = `bounces+104${n}@shopifyemail.com`;
  const shown = /^[\x20-\x7e]*$/.test(name) ? `"${name}"` : b64(name);
  const raw = await signAll(
    submitted({
      from: `${shown} <store+104${n.charCodeAt(0)}@t.shopifyemail.com>`,
      to: YTO,
      subject,
      date: 'Fri, 20 Nov 2026 10:00:01 +0000',
      messageId: `<104${n}.shop@shopifyemail.com>`,
      extraHeaders: [`Reply-To: ${shown} <${replyBox}>`, `X-Shopify-Shop-Id: 104${n.charCodeAt(0)}`],
      body,
    }),
    [['shopifyemail.com', 's1']],
  );
  return yahooDelivery(raw, {
    relay: SHOPIFY,
    envelope: env,
    results: yahooResults(
      [['shopifyemail.com', 's1']],
      'shopifyemail.com',
      'dmarc=pass(p=REJECT) header.from=t.shopifyemail.com;',
    ),
  });
}
const YTO = 'robin.reader@yahoo.com';
const YAHOO = ['--webmail', 'yahoo'];
const CARD_BLOCKED =
  'We blocked your Northbank debit card after a suspicious payment. Reply with the card number and expiry to unblock it today.\r\n';

export async function makeAll(write: CaseWriter): Promise<void> {
  await natCases(write);
  await hostedCases(write);
  await storeCases(write);
}

async function natCases(write: CaseWriter): Promise<void> {
  // 1. Exim names the client in its iprev row, not in its spf row.
  emit(write, {
    name: 'probe104-rc-nat-exim-iprev-remote-ip-spf-ptr-ceo',
    cls: 'nat-exim',
    about: `The firm's Exim box behind its declared NAT (${NAT}); its resolver is the office's, whose reverse zone names ${NAT} gw.${ORG}, so the old record "v=spf1 mx ptr -all" (p=reject) passes every client through the NAT. Exim's own Authentication-Results (\${authresults}) write "iprev=pass (gw.${ORG}) smtp.remote-ip=${NAT}; spf=pass smtp.mailfrom=${ORG}" — the SPF row names no address. The forger's unsigned wire request as the CEO. receiverNamesNat reads only spf rows and Received-SPF, so natNamed is false; our re-check at ${NAT} fails in public DNS, so the box's pass stands. Roundcube, --recipient-domain. Wanted: not trusted, as probe101's Postfix/rspamd twin.`,
    eml: await atBox(
      {
        envelope: CEO_ADDR,
        subject: 'Wire before noon - confidential',
        body: WIRE,
        messageId: `<104a.7c1e@${ORG}>`,
        rows: eximRows(ORG, 'dkim=none'),
        entry: eximEntry(CEO_ADDR, FORGER_HELO, '1tX4aB-000Abc-1D'),
      },
      '1tX4aB',
    ),
    zone: orgZone('reject', 'v=spf1 mx ptr -all'),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
    twin: true,
  });

  // 2. The sender's quoted local part closes the spf row's comment before "designates 10.0.0.1".
  const quoted = `"marcus.hale)"@${ORG}`;
  emit(write, {
    name: 'probe104-rc-nat-quoted-paren-local-part-ends-spf-comment-ceo',
    cls: 'nat-quoted',
    about: `The rspamd box behind its declared NAT (${NAT}), record "v=spf1 mx ptr -all" passed in the office's reverse zone (probe101's layout). The forger's MAIL FROM is ${quoted} (a legal quoted-string): rspamd writes "spf=pass (${BOX}: domain of ${quoted} designates ${NAT} as permitted sender)", whose comment an RFC 8601 reader ends at the ")" inside the quotes, so "designates ${NAT}" falls outside the comment. Wanted: not trusted (the box's pass was judged at the NAT, whatever the envelope's spelling).`,
    eml: await atBox(
      {
        envelope: quoted,
        subject: 'Wire before noon - confidential',
        body: WIRE,
        messageId: `<104b.7c1e@${ORG}>`,
        rows: [
          `spf=pass (${BOX}: domain of ${quoted} designates ${NAT} as permitted sender) smtp.mailfrom=${quoted}`,
          'dkim=none',
          `dmarc=pass (p=reject dis=none) header.from=${ORG}`,
        ],
        entry: postfixEntry(FORGER_HELO, '4Zr04Bb2'),
      },
      '4Zr04Bb2',
    ),
    zone: orgZone('reject', 'v=spf1 mx ptr -all'),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
  });

  // 3. A dual-stack listener writes the NAT's address IPv4-mapped.
  emit(write, {
    name: 'probe104-rc-nat-ipv4-mapped-designates-spf-ptr-ceo',
    cls: 'nat-mapped',
    about: `The box behind its declared NAT (${NAT}) listens dual-stack and writes the client IPv4-mapped: "from ${FORGER_HELO} (unknown [::ffff:${NAT}])" and "designates ::ffff:${NAT} as permitted sender"; record "v=spf1 mx ptr -all" passed in the office's reverse zone. The CEO's wire request, unsigned. Wanted: not trusted (::ffff:${NAT} is ${NAT}).`,
    eml: await atBox(
      {
        envelope: CEO_ADDR,
        subject: 'Wire before noon - confidential',
        body: WIRE,
        messageId: `<104c.7c1e@${ORG}>`,
        rows: [
          `spf=pass (${BOX}: domain of ${CEO_ADDR} designates ::ffff:${NAT} as permitted sender) smtp.mailfrom=${CEO_ADDR}`,
          'dkim=none',
          `dmarc=pass (p=reject dis=none) header.from=${ORG}`,
        ],
        entry: postfixEntry(FORGER_HELO, '4Zr04Cc3', `::ffff:${NAT}`),
      },
      '4Zr04Cc3',
    ),
    zone: orgZone('reject', 'v=spf1 mx ptr -all'),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
  });

  // 4. Control: the CEO's genuine signed mail through the Exim box's NAT.
  emit(write, {
    name: 'probe104-rc-nat-exim-ceo-signed-genuine-control',
    cls: 'nat-control',
    about: `Control: the CEO's genuine mail from the firm's branch server, signed d=${ORG} s=tw104, through the Exim box's declared NAT; Exim's rows iprev=pass smtp.remote-ip=${NAT}, spf=pass smtp.mailfrom=${ORG}, dkim=pass, dmarc=pass. Roundcube, --recipient-domain. Wanted: authenticated (our own DKIM pass).`,
    eml: await atBox(
      {
        envelope: CEO_ADDR,
        subject: 'Board pack for Thursday',
        body: 'Robin, the board pack is on the shared drive. Marcus\r\n',
        messageId: `<104d.7c1e@branch.${ORG}>`,
        signers: [[ORG, 'tw104']],
        rows: eximRows(ORG, `dkim=pass header.d=${ORG} header.s=tw104 header.a=rsa-sha256`),
        entry: eximEntry(CEO_ADDR, `branch.${ORG}`, '1tX4aD-000Abc-4F'),
      },
      '1tX4aD',
    ),
    zone: { ...orgZone('reject', 'v=spf1 mx ptr -all'), ...key(ORG, 'tw104') },
    args: BOX_ARGS,
    expect: AUTHENTICATED,
    twin: true,
  });
}

async function hostedCases(write: CaseWriter): Promise<void> {
  const clinicFrom = `"Harborview Clinic Billing" <billing@${CLINIC}>`;
  // 5. Another Namecheap Private Email customer sends as the clinic, signed with his own domain.
  emit(write, {
    name: 'probe104-gmail-privateemail-other-customer-as-clinic-p-reject',
    cls: 'shared-privateemail',
    about: `The clinic's record is "v=spf1 include:spf.privateemail.com -all", DMARC p=reject. The attacker, another Namecheap Private Email customer (${ATTACKER}), sends as billing@${CLINIC} (envelope too) through ${PE.rdns} [${PE.ip}], signed d=${ATTACKER} s=default as Private Email signs its customers' mail. Gmail: spf=pass, dmarc=pass. Wanted: not authenticated (some Private Email customer sent it; unverified at most).`,
    eml: await atGmail({
      from: clinicFrom,
      envelope: `billing@${CLINIC}`,
      relay: PE,
      subject: 'Overdue balance - action required',
      body: INVOICE,
      n: 'e',
      signers: [[ATTACKER, 'default']],
      policy: 'REJECT',
      below: peBelow('mta-04'),
    }),
    zone: {
      ...ptr(PE.ip, PE.rdns),
      ...PE_SPF,
      [CLINIC]: { TXT: ['v=spf1 include:spf.privateemail.com -all'] },
      ...dmarc(CLINIC, 'reject'),
      ...key(ATTACKER, 'default'),
      [ATTACKER]: { TXT: ['v=spf1 include:spf.privateemail.com ~all'] },
    },
    args: GMAIL_NO_ORG,
    expect: NOT_AUTHENTICATED,
    twin: true,
  });

  // 6. Control: the clinic's own Private Email mail, signed d=clinic.
  emit(write, {
    name: 'probe104-gmail-privateemail-clinic-signed-genuine-control',
    cls: 'shared-control',
    about: `Control: the clinic's own billing mail through ${PE.rdns}, signed d=${CLINIC} s=default; Gmail passes SPF, DKIM and DMARC (p=reject). Wanted: authenticated.`,
    eml: await atGmail({
      from: clinicFrom,
      envelope: `billing@${CLINIC}`,
      relay: PE,
      subject: 'Your November statement',
      body: 'Dear patient, your November statement is ready in the patient portal. No payment is due.\r\n',
      n: 'f',
      signers: [[CLINIC, 'default']],
      policy: 'REJECT',
      below: peBelow('mta-04'),
    }),
    zone: {
      ...ptr(PE.ip, PE.rdns),
      ...PE_SPF,
      [CLINIC]: { TXT: ['v=spf1 include:spf.privateemail.com -all'] },
      ...dmarc(CLINIC, 'reject'),
      ...key(CLINIC, 'default'),
    },
    args: GMAIL_NO_ORG,
    expect: AUTHENTICATED,
    twin: true,
  });

  // 6b. The same pair read in Outlook (Exchange Online's records, the reader's tenant).
  const peOutlook = {
    from: clinicFrom,
    envelope: `billing@${CLINIC}`,
    relay: PE,
    policy: 'REJECT',
    below: peBelow('mta-04'),
  };
  emit(write, {
    name: 'probe104-outlook-privateemail-other-customer-as-clinic-p-reject',
    cls: 'shared-privateemail',
    about: `probe104-gmail-privateemail-other-customer-as-clinic-p-reject read in Outlook: EOP records spf=pass, dkim=pass header.d=${ATTACKER}, dmarc=pass action=none compauth=pass. Wanted: not authenticated.`,
    eml: await atOutlook({
      ...peOutlook,
      subject: 'Overdue balance - action required',
      body: INVOICE,
      n: 'q',
      signers: [[ATTACKER, 'default']],
    }),
    zone: {
      ...ptr(PE.ip, PE.rdns),
      ...PE_SPF,
      [CLINIC]: { TXT: ['v=spf1 include:spf.privateemail.com -all'] },
      ...dmarc(CLINIC, 'reject'),
      ...key(ATTACKER, 'default'),
    },
    args: OUTLOOK,
    expect: NOT_AUTHENTICATED,
  });
  emit(write, {
    name: 'probe104-outlook-privateemail-clinic-signed-genuine-control',
    cls: 'shared-control',
    about: `Control: the clinic's own Private Email mail, signed d=${CLINIC}, read in Outlook (EOP passes SPF, DKIM, DMARC). Wanted: authenticated.`,
    eml: await atOutlook({
      ...peOutlook,
      subject: 'Your November statement',
      body: 'Dear patient, your November statement is ready in the patient portal. No payment is due.\r\n',
      n: 'r',
      signers: [[CLINIC, 'default']],
    }),
    zone: {
      ...ptr(PE.ip, PE.rdns),
      ...PE_SPF,
      [CLINIC]: { TXT: ['v=spf1 include:spf.privateemail.com -all'] },
      ...dmarc(CLINIC, 'reject'),
      ...key(CLINIC, 'default'),
    },
    args: OUTLOOK,
    expect: AUTHENTICATED,
  });

  // 7. Titan: the victim copies Titan's ranges instead of the include; the attacker is a Titan customer.
  emit(write, {
    name: 'probe104-gmail-titan-flattened-range-other-customer-p-quarantine',
    cls: 'shared-titan',
    about: `The clinic flattened Titan's include into its own record ("v=spf1 ip4:34.202.218.0/24 ip4:54.147.227.0/24 -all", p=quarantine). Another Titan customer sends as the clinic from ${TITAN.rdns} [${TITAN.ip}], signed as his own domain and as Titan's ${TITAN_SIGNER}, as Titan signs every message. Gmail: spf=pass, dmarc=pass. The include path names no shared record; only the relay's confirmed name says Titan. Wanted: not authenticated.`,
    eml: await atGmail({
      from: clinicFrom,
      envelope: `billing@${CLINIC}`,
      relay: TITAN,
      subject: 'Overdue balance - action required',
      body: INVOICE,
      n: 'g',
      signers: [
        [ATTACKER, 'titan1'],
        [TITAN_SIGNER, 'titan1'],
      ],
      policy: 'QUARANTINE',
    }),
    zone: {
      ...ptr(TITAN.ip, TITAN.rdns),
      [CLINIC]: { TXT: ['v=spf1 ip4:34.202.218.0/24 ip4:54.147.227.0/24 -all'] },
      ...dmarc(CLINIC, 'quarantine'),
      ...key(ATTACKER, 'titan1'),
      ...key(TITAN_SIGNER, 'titan1'),
    },
    args: GMAIL_NO_ORG,
    expect: NOT_AUTHENTICATED,
  });

  // 8. MessageLabs: another Email Security.cloud customer's outbound route, unsigned, p=none.
  emit(write, {
    name: 'probe104-gmail-messagelabs-other-customer-outbound-p-none',
    cls: 'shared-messagelabs',
    about: `The clinic's record is "v=spf1 include:spf.messagelabs.com -all", DMARC p=none (monitoring). The attacker's firm is another Symantec Email Security.cloud customer: its outbound route sends as billing@${CLINIC} from ${ML.rdns} [${ML.ip}], unsigned. Gmail: spf=pass, dmarc=pass. Wanted: not authenticated (every customer leaves the same relays).`,
    eml: await atGmail({
      from: clinicFrom,
      envelope: `billing@${CLINIC}`,
      relay: ML,
      subject: 'Overdue balance - action required',
      body: INVOICE,
      n: 'h',
      signers: [],
      policy: 'NONE',
      extra: [
        'X-Brightmail-Tracker: H4sIAAAAAAAAA+NgFmnS0+NoA4kLNQQAAACJ',
        'X-StarScan-Version: 9.105.3; banners=-,-,-',
      ],
    }),
    zone: {
      ...ptr(ML.ip, ML.rdns),
      'spf.messagelabs.com': {
        TXT: ['v=spf1 ip4:67.219.240.0/20 ip4:195.245.224.0/20 ip4:85.158.136.0/21 ~all'],
      },
      [CLINIC]: { TXT: ['v=spf1 include:spf.messagelabs.com -all'] },
      ...dmarc(CLINIC, 'none'),
    },
    args: GMAIL_NO_ORG,
    expect: NOT_AUTHENTICATED,
  });

  // 9. HostGator: another cPanel account's PHP script, through the shared gateway, as the clinic.
  const hgZone = (signedBy: string | null) => ({
    ...ptr(HG.ip, HG.rdns),
    'websitewelcome.com': { TXT: ['v=spf1 ip4:192.185.0.0/16 ip4:50.116.64.0/18 ~all'] },
    [CLINIC]: { TXT: ['v=spf1 +a +mx +include:websitewelcome.com -all'] },
    ...dmarc(CLINIC, 'reject'),
    ...(signedBy ? key(signedBy, 'default') : {}),
  });
  emit(write, {
    name: 'probe104-gmail-hostgator-other-cpanel-script-signed-own-domain-as-clinic',
    cls: 'shared-hostgator',
    about: `The clinic's record "v=spf1 +a +mx +include:websitewelcome.com -all", p=reject. The attacker's PHP script on another HostGator cPanel account sends as billing@${CLINIC} (envelope too); cPanel signs it with the account's own domain (d=${ATTACKER} s=default); it leaves from ${HG.rdns} [${HG.ip}]. Gmail: spf=pass, dmarc=pass. Wanted: not authenticated (HostGator carries scripts of every customer: carriesScripts).`,
    eml: await atGmail({
      from: clinicFrom,
      envelope: `billing@${CLINIC}`,
      relay: HG,
      subject: 'Overdue balance - action required',
      body: INVOICE,
      n: 'i',
      signers: [[ATTACKER, 'default']],
      policy: 'REJECT',
      extra: ['X-PHP-Script: quickbill-docs.example/wp-content/plugins/mailer/send.php for 203.0.113.77'],
      below: hgBelow(GTO),
    }),
    zone: hgZone(ATTACKER),
    args: GMAIL_NO_ORG,
    expect: NOT_AUTHENTICATED,
  });

  // 10. Control: the clinic's own cPanel mail through the gateway, signed d=clinic.
  emit(write, {
    name: 'probe104-gmail-hostgator-clinic-signed-genuine-control',
    cls: 'shared-control',
    about: `Control: the clinic's own mail from its cPanel account, signed d=${CLINIC} s=default, leaving from ${HG.rdns}; Gmail passes SPF, DKIM and DMARC (p=reject). Wanted: authenticated.`,
    eml: await atGmail({
      from: clinicFrom,
      envelope: `billing@${CLINIC}`,
      relay: HG,
      subject: 'Your November statement',
      body: 'Dear patient, your November statement is ready in the patient portal. No payment is due.\r\n',
      n: 'j',
      signers: [[CLINIC, 'default']],
      policy: 'REJECT',
      below: hgBelow(GTO),
    }),
    zone: hgZone(CLINIC),
    args: GMAIL_NO_ORG,
    expect: AUTHENTICATED,
  });
}

async function storeCases(write: CaseWriter): Promise<void> {
  // 11-13. Stores named as a bank's desk in words namesAService does not list.
  const stores: Array<[string, string, string, string]> = [
    [
      'glued-cardholder-care',
      'Northbank Cardholder Care',
      'northbank.cardholdercare104@gmail.com',
      '"Cardholder" and "Care" are no SERVICE_WORDS; "Northbank" is one word',
    ],
    [
      'spanish-banco-atencion-cliente',
      'Banco Norte Atención al Cliente',
      'banconorte.atencion104@gmail.com',
      'Spanish, a language the interface speaks: "banco", "atención", "cliente" are no SERVICE_WORDS',
    ],
    [
      'cyrillic-e-in-services',
      'Northbank Card S\u0435rvices',
      'northbank.cardservices104@gmail.com',
      'the "е" of "Sеrvices" is Cyrillic U+0435, which NFKC does not fold: the word is no longer "services"',
    ],
  ];
  let n = 'k';
  for (const [slug, name, box, why] of stores) {
    emit(write, {
      name: `probe104-gmail-shopify-store-bank-desk-${slug}-reply-gmail`,
      cls: 'store-bank',
      about: `probe101's "Northbank Card Services" store renamed "${name}": Shopify mails as the store, signed d=shopifyemail.com and passing at Gmail, Reply-To the same name at ${box}; the body asks for the card number. ${why}, so namesAService says no and reply-to-other-org drops to low. Gmail, no organisation. Wanted: not trusted (as probe101's store).`,
      eml: await shopify(name, box, 'Your card has been blocked', CARD_BLOCKED, n),
      zone: SHOPIFY_ZONE,
      args: GMAIL_NO_ORG,
      expect: NOT_TRUSTED,
    });
    n = String.fromCharCode(n.charCodeAt(0) + 1);
  }

  // 13b. The Spanish store read in Yahoo Mail, and a genuine store there.
  emit(write, {
    name: 'probe104-yahoo-shopify-store-bank-desk-spanish-banco-atencion-cliente-reply-gmail',
    cls: 'store-bank',
    about: `probe104-gmail-shopify-store-bank-desk-spanish-banco-atencion-cliente-reply-gmail read in Yahoo Mail (Yahoo's results: dkim=pass d=shopifyemail.com, spf=pass, dmarc=pass). Wanted: not trusted.`,
    eml: await shopifyAtYahoo(
      'Banco Norte Atención al Cliente',
      'banconorte.atencion104@gmail.com',
      'Su tarjeta ha sido bloqueada',
      'Hemos bloqueado su tarjeta de débito Banco Norte tras un pago sospechoso. Responda con el número de tarjeta y la fecha de caducidad para desbloquearla hoy.\r\n',
      's',
    ),
    zone: SHOPIFY_ZONE,
    args: YAHOO,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe104-yahoo-shopify-store-riverbank-pottery-reply-gmail-control',
    cls: 'store-control',
    about: `Control: "Riverbank Pottery" through Shopify, Reply-To its owner's Gmail of the same name, read in Yahoo Mail. Wanted: authenticated.`,
    eml: await shopifyAtYahoo(
      'Riverbank Pottery',
      'riverbankpottery104@gmail.com',
      'Order #1105 confirmed',
      'Thanks for your order! We will email you when it ships.\r\n',
      't',
    ),
    zone: SHOPIFY_ZONE,
    args: YAHOO,
    expect: AUTHENTICATED,
  });

  // 14. Control: a store whose name glues "bank" into another word, answering at its Gmail.
  emit(write, {
    name: 'probe104-gmail-shopify-store-riverbank-pottery-reply-gmail-control',
    cls: 'store-control',
    about: `Control: "Riverbank Pottery" mails an order confirmation through Shopify, signed d=shopifyemail.com, Reply-To the owner's "Riverbank Pottery" <riverbankpottery104@gmail.com>. Gmail. Wanted: authenticated (a fix that matches "bank" inside a word must not flag it).`,
    eml: await shopify(
      'Riverbank Pottery',
      'riverbankpottery104@gmail.com',
      'Order #1104 confirmed',
      'Thanks for your order! We will email you when it ships.\r\n',
      'p',
    ),
    zone: SHOPIFY_ZONE,
    args: GMAIL_NO_ORG,
    expect: AUTHENTICATED,
  });
}
