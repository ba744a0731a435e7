// Red-team probes, hundred-and-first round (December 2026): the evening's NAT and store changes.
// - lib/analyze.ts natSpf with lib/findings/auth-state.ts providerPassUnfounded (natPassVoid),
//   spfUnaskedBehindNat and own-domain.ts behindNat: behind a declared NAT our SPF check re-runs at
//   the NAT's address only where the box's Authentication-Results reads spf=pass and an envelope
//   exists, and trusts that our DNS answers as the box's did. Probed: the null sender (SPF on the
//   HELO, RFC 7208 §2.4, which DMARC aligns, RFC 7489 §3.1.2); an old "mx ptr" record whose ptr the
//   box's internal reverse zone passes for the NAT's private address; the common Postfix stack
//   where policyd-spf writes Received-SPF and OpenDMARC writes dmarc=pass alone.
// - lib/findings/reply-to.ts customersOwn with lib/findings/platforms.ts storeSender: a Shopify
//   store's chosen name answered at a Gmail of the same name reads low. Probed: a store named as
//   the reader's CEO (gift cards) and as a regional bank's card desk.
// Controls: the CEO's signed mail through the NAT; a genuine store answering at its Gmail.
// Layouts: the box behind its NAT as probe94/probe96 (Postfix entry, Dovecot LMTP, --nat-address
// as realworld92); the policyd-spf + OpenDKIM + OpenDMARC stack and its header shapes from the
// search corpus "pages" (sidequestninja.com "Hello World, this is an email - Part 5", a Postfix
// set-up with policyd-spf and OpenDMARC; reviewmyemails.com "What is Received-SPF" for the field
// layout), Received-SPF's "(mailfrom) identity=mailfrom; client-ip=…; receiver=<UNKNOWN>" as
// python policyd-spf writes it; Shopify at Gmail as probe96 / realworld93. Names and addresses are
// documentation ones except Shopify's; every key is the corpus test key.
// Tried and read right: the NAT-controls and every no-options twin but the null sender's (a HELO
// under the reader's domain through an undeclared NAT is a listed gap, README "What still fools").
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
// Fixed at 19:02 on 2026-12-05 (lib/message/origin-nat.ts receiverNamesNat, lib/analyze.ts natNamed
// and natSpf, lib/findings/auth-state.ts providerPassUnfounded): behind a declared NAT, a box whose
// own record names the NAT's address as the client its SPF checked ("designates 10.0.0.1",
// Received-SPF "client-ip=10.0.0.1") judged its SPF pass there, whatever our re-check at that
// address says (a `ptr` passing in the office's own reverse zone); where it names none, the
// re-check at the NAT's address also runs for a null sender (its HELO identity); and a box record
// listing no pass at all (OpenDMARC's lone dmarc=pass) founds nothing then. So
// probe101-rc-nat-null-sender-helo-org-domain-spf-pass-ceo, probe101-rc-nat-spf-ptr-internal-reverse-zone-ceo
// and probe101-rc-nat-received-spf-policyd-opendmarc-pass-ceo read suspicious (spoofed with no
// options), not authenticated.
// Fixed at 19:04 on 2026-12-05 (lib/findings/reply-to.ts namesAService): a store's Reply-To to a
// same-named free mailbox is low only when the store's name holds no word of a bank's, a payment
// service's or a desk's, so probe101-gmail-shopify-store-named-regional-bank-card-services-reply-gmail
// ("Northbank Card Services") reads suspicious (reply-to-other-org medium).
// Kept out by choice (the lead, 19:04 on 2026-12-05): a store named exactly as the reader's CEO
// ("Marcus Hale") answering at a Gmail of that name
// (probe101-gmail-shopify-store-named-ceo-reply-gmail-same-name-gift-cards-org) reads authenticated
// with reply-to-other-org low: HeaderLens does not know the CEO's name, and a store named as a
// person reads as one named "Olive Branch" (genuine stores answering at their owner's Gmail,
// realworld93). A body asking for gift cards is not read.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe101-gmail-shopify-store-named-ceo-reply-gmail-same-name-gift-cards-org',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const SENT = 'Mon, 07 Dec 2026 08:40:11 +0000';
const ORG = 'tidewater.example';
const READER_ADDR = `robin.reader@${ORG}`;
const READER = `Robin Reader <${READER_ADDR}>`;
const BOX = `mail.${ORG}`;
const BOX_IP = '198.51.100.25';
const NAT = '10.0.0.1';
const BOX_ARGS = ['--webmail', 'none', '--authserv-id', BOX, '--nat-address', NAT, '--recipient-domain', ORG];

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
  emitCase(write, { ...c, class: `probe101-${c.cls}` });
}

// ---- The box behind its declared NAT (Postfix with milters, Dovecot LMTP), as probe96.
const orgZone = (p: string, spf: string) => ({
  ...dmarc(ORG, p),
  [ORG]: { TXT: [spf], MX: [{ exchange: BOX, priority: 10 }] },
  [BOX]: { A: [BOX_IP] },
  ...ptr(BOX_IP, BOX),
});
const VPS: Relay = { helo: 'vps101.forger.example', rdns: 'vps101.forger.example', ip: '203.0.113.101' };

interface AtBox {
  from: string;
  /** The envelope sender the box recorded ('' for the null sender <>). */
  envelope: string;
  helo?: string;
  subject: string;
  body: string;
  messageId: string;
  /** The rows of the box's Authentication-Results (none: no such header). */
  rows: string[];
  /** Headers the box's milters wrote above its entry line besides Authentication-Results. */
  above?: string[];
  signers?: [string, string][];
}

async function atBox(s: AtBox, id: string): Promise<string> {
  let raw = submitted({
    from: s.from,
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
    dovecotLmtp(BOX, s.envelope, READER_ADDR, `${id}LmtpQAAqVw1Bg`, 'Mon, 07 Dec 2026 08:40:17 +0000'),
    ...(s.rows.length ? [`Authentication-Results: ${BOX};\r\n\t${s.rows.join(';\r\n\t')}`] : []),
    ...(s.above ?? []),
    `Received: from ${s.helo ?? VPS.helo} (unknown [${NAT}])\r\n\tby ${BOX} (Postfix) with ESMTP id ${id}\r\n\tfor <${READER_ADDR}>; Mon, 07 Dec 2026 08:40:15 +0000 (UTC)`,
  );
}
const spfRow = (env: string, r: string) =>
  `spf=${r} (${BOX}: ${r === 'pass' ? 'domain of' : 'is not designated'} ${env} ${r === 'pass' ? 'designates' : ''} ${NAT} as permitted sender) smtp.mailfrom=${env}`;
const dmarcRow = (r: string, from: string) => `dmarc=${r} (p=reject dis=none) header.from=${from}`;

// ---- Shopify at Gmail, as probe96 / realworld93.
const SHOPIFY: Relay = { helo: 'o101.shopifyemail.com', rdns: 'o101.shopifyemail.com', ip: '23.227.38.101' };
const SHOPIFY_ZONE = {
  ...ptr(SHOPIFY.ip, SHOPIFY.rdns),
  ...dmarc('shopifyemail.com', 'reject'),
  ...key('shopifyemail.com', 's1'),
  'shopifyemail.com': { TXT: ['v=spf1 ip4:23.227.32.0/19 -all'] },
};
async function shopify(from: string, replyTo: string, subject: string, body: string, n: string) {
  const env = `bounces+101${n}@shopifyemail.com`;
  const raw = await signAll(
    submitted({
      from,
      to: READER,
      subject,
      date: 'Fri, 20 Nov 2026 10:00:01 +0000',
      messageId: `<101${n}.shop@shopifyemail.com>`,
      extraHeaders: [`Reply-To: ${replyTo}`, `X-Shopify-Shop-Id: 101${n.charCodeAt(0)}`],
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
    ids: [`x101csp${n}pxa`, `a101si${n}qtb.101`],
    spf: 'pass',
    deliveredTo: true,
    to: READER_ADDR,
  });
}
const GMAIL_ORG = ['--webmail', 'gmail', '--recipient-domain', ORG];
const GMAIL_NO_ORG = ['--webmail', 'gmail'];

const CEO = `"Marcus Hale" <marcus.hale@${ORG}>`;
const CEO_ADDR = `marcus.hale@${ORG}`;
const WIRE =
  'Marcus here. I need a wire of $61,200 sent to our new vendor before noon; details attached. Keep this between us.\r\n';

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. The null sender: the box checks SPF on the HELO name (RFC 7208 §2.4), and our re-check at
  // the NAT's address runs only for an envelope.
  emit(write, {
    name: 'probe101-rc-nat-null-sender-helo-org-domain-spf-pass-ceo',
    cls: 'nat-null-sender',
    about: `The box behind its declared NAT (${NAT}); the firm's record lists its internal network ("v=spf1 mx ip4:10.0.0.0/8 -all", p=reject). The forger connects from his VPS greeting as "${ORG}" and sends MAIL FROM:<> (a bounce's null sender) with the CEO's wire request: the box checks SPF for the HELO identity at ${NAT} and passes it, and OpenDMARC aligns the HELO domain (RFC 7489 §3.1.2) and writes dmarc=pass. Roundcube, --recipient-domain. Wanted: not trusted (the same void pass as probe94's, reached through the null sender).`,
    eml: await atBox(
      {
        from: CEO,
        envelope: '',
        helo: ORG,
        subject: 'Wire before noon - confidential',
        body: WIRE,
        messageId: `<101a.9e2c@${ORG}>`,
        rows: [
          `spf=pass (${BOX}: domain of ${ORG} designates ${NAT} as permitted sender) smtp.mailfrom=<> smtp.helo=${ORG}`,
          'dkim=none',
          dmarcRow('pass', ORG),
        ],
      },
      '4Zr01Aa1',
    ),
    zone: orgZone('reject', 'v=spf1 mx ip4:10.0.0.0/8 -all'),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
  });

  // 2. The box's pass on a `ptr` the box's own (split-horizon) DNS answers for the NAT's address.
  emit(write, {
    name: 'probe101-rc-nat-spf-ptr-internal-reverse-zone-ceo',
    cls: 'nat-ptr',
    about: `The box behind its declared NAT (${NAT}); the firm's old record "v=spf1 mx ptr -all" (p=reject). The box's resolver is the office's, whose internal reverse zone names ${NAT} gw.${ORG} (and gw.${ORG} resolves to ${NAT} inside): for every client through the NAT the box's check of ptr passes. Public DNS has no reverse name for a private address, so our re-check at ${NAT} fails and natSpfPass stays unset: the box's pass "stands". The forger sends the CEO's wire request, unsigned. Roundcube, --recipient-domain. Wanted: not trusted (a pass at the NAT's own address, however the box's DNS found it, speaks for no sender).`,
    eml: await atBox(
      {
        from: CEO,
        envelope: CEO_ADDR,
        subject: 'Wire before noon - confidential',
        body: WIRE,
        messageId: `<101b.9e2c@${ORG}>`,
        rows: [spfRow(CEO_ADDR, 'pass'), 'dkim=none', dmarcRow('pass', ORG)],
      },
      '4Zr01Bb2',
    ),
    zone: orgZone('reject', 'v=spf1 mx ptr -all'),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
    twin: true,
  });

  // 3. SPF written by policyd-spf as Received-SPF, OpenDMARC's row alone in Authentication-Results.
  emit(write, {
    name: 'probe101-rc-nat-received-spf-policyd-opendmarc-pass-ceo',
    cls: 'nat-received-spf',
    about: `The common Postfix stack: policyd-spf writes "Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${NAT}; …", OpenDKIM and OpenDMARC write Authentication-Results with dkim=none and dmarc=pass only. The box sits behind its declared NAT (${NAT}) and the firm's record lists 10.0.0.0/8. The forged CEO's wire request, unsigned. No spf= row names a pass, so providerPassUnfounded finds nothing to void and natSpf never runs (provider.spf unset). Roundcube, --recipient-domain. Wanted: not trusted.`,
    eml: await atBox(
      {
        from: CEO,
        envelope: CEO_ADDR,
        subject: 'Wire before noon - confidential',
        body: WIRE,
        messageId: `<101c.9e2c@${ORG}>`,
        rows: [],
        above: [
          `Authentication-Results: ${BOX}; dmarc=pass (p=reject dis=none) header.from=${ORG}`,
          `Authentication-Results: ${BOX}; dkim=none; dkim-atps=neutral`,
          `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${NAT}; helo=${VPS.helo}; envelope-from=${CEO_ADDR}; receiver=<UNKNOWN>`,
        ],
      },
      '4Zr01Cc3',
    ),
    zone: orgZone('reject', 'v=spf1 mx ip4:10.0.0.0/8 -all'),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
    twin: true,
  });

  // 4. Control: the CEO's genuine signed mail through the same NAT (the box's own submission is a
  // login; this is the firm's second office server relaying, signed d=ORG).
  emit(write, {
    name: 'probe101-rc-nat-ceo-signed-genuine-control',
    cls: 'nat-control',
    about: `Control: the CEO's genuine mail from the firm's branch server, signed d=${ORG} s=tw101, through the box's declared NAT; the box passes SPF at ${NAT} (record lists 10.0.0.0/8), DKIM and DMARC. Roundcube, --recipient-domain. Wanted: authenticated (our own DKIM pass).`,
    eml: await atBox(
      {
        from: CEO,
        envelope: CEO_ADDR,
        helo: `branch.${ORG}`,
        subject: 'Board pack for Thursday',
        body: 'Robin, the board pack is on the shared drive. Marcus\r\n',
        messageId: `<101d.9e2c@branch.${ORG}>`,
        signers: [[ORG, 'tw101']],
        rows: [spfRow(CEO_ADDR, 'pass'), `dkim=pass header.d=${ORG} header.s=tw101`, dmarcRow('pass', ORG)],
      },
      '4Zr01Dd4',
    ),
    zone: { ...orgZone('reject', 'v=spf1 mx ip4:10.0.0.0/8 -all'), ...key(ORG, 'tw101') },
    args: BOX_ARGS,
    expect: AUTHENTICATED,
    twin: true,
  });

  // 5. A Shopify store named as the reader's CEO, answering at a Gmail under the same name.
  emit(write, {
    name: 'probe101-gmail-shopify-store-named-ceo-reply-gmail-same-name-gift-cards-org',
    cls: 'store-person',
    about: `The attacker opens a Shopify store (no domain of its own) named "Marcus Hale", the reader's CEO: Shopify mails as "Marcus Hale" <store+101517@t.shopifyemail.com>, signed d=shopifyemail.com, passing at Gmail, Reply-To "Marcus Hale" <marcus.hale.office101@gmail.com>; the body asks for gift cards. customersOwn takes a store's name answered at a free mailbox of the same name for the shop owner's own and lowers reply-to-other-org. Gmail (Workspace), --recipient-domain ${ORG}. Wanted: not trusted (a person's name on a store, answered at a Gmail, is the CEO-from-personal-Gmail lure, now with a passing signature).`,
    eml: await shopify(
      '"Marcus Hale" <store+101517@t.shopifyemail.com>',
      '"Marcus Hale" <marcus.hale.office101@gmail.com>',
      'Quick favour',
      'Are you at your desk? I need you to pick up six $200 Apple gift cards for a client today. Reply here, I am in meetings.\r\n',
      'a',
    ),
    zone: SHOPIFY_ZONE,
    args: GMAIL_ORG,
    expect: NOT_TRUSTED,
  });

  // 6. A Shopify store named as a regional bank's card desk, answering at a Gmail of that name.
  emit(write, {
    name: 'probe101-gmail-shopify-store-named-regional-bank-card-services-reply-gmail',
    cls: 'store-bank',
    about: `A store named "Northbank Card Services" (northbank.example is a real bank at p=reject, not a brand on HeaderLens's list) mails as <store+101618@t.shopifyemail.com>, signed and passing at Gmail, Reply-To "Northbank Card Services" <northbank.cardservices101@gmail.com>: "your card is blocked, reply with the number". Gmail, no organisation. Wanted: not trusted (a bank's name answered at a free mailbox: the medium Reply-To it had before customersOwn).`,
    eml: await shopify(
      '"Northbank Card Services" <store+101618@t.shopifyemail.com>',
      '"Northbank Card Services" <northbank.cardservices101@gmail.com>',
      'Your card has been blocked',
      'We blocked your Northbank debit card after a suspicious payment. Reply with the card number and expiry to unblock it today.\r\n',
      'b',
    ),
    zone: {
      ...SHOPIFY_ZONE,
      ...dmarc('northbank.example', 'reject'),
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    },
    args: GMAIL_NO_ORG,
    expect: NOT_TRUSTED,
  });

  // 7. Control: a genuine store answering at its owner's Gmail.
  emit(write, {
    name: 'probe101-gmail-shopify-store-candle-shop-reply-gmail-control',
    cls: 'store-control',
    about: `Control: "Wick & Tallow Candles" <store+101719@t.shopifyemail.com>, signed d=shopifyemail.com, passing at Gmail, Reply-To the owner's "Wick & Tallow Candles" <wickandtallow101@gmail.com>, an order confirmation. Gmail, --recipient-domain. Wanted: authenticated.`,
    eml: await shopify(
      '"Wick & Tallow Candles" <store+101719@t.shopifyemail.com>',
      '"Wick & Tallow Candles" <wickandtallow101@gmail.com>',
      'Order #1101 confirmed',
      'Thanks for your order! We will email you when it ships.\r\n',
      'c',
    ),
    zone: SHOPIFY_ZONE,
    args: GMAIL_ORG,
    expect: AUTHENTICATED,
  });
}
