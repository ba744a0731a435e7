// Red-team round 188: the rules added at 02:00–03:35 (commits 173a26cc, 5e777567, 0057e9c6,
// 25ea9369), attacked by one who has read them, with genuine controls (r188-*-genuine-*:
// authenticated or unverified, never spoofed).
//
// A. BROKEN_WORDS (lib/findings/domains.ts brandOnSomeReading): a word broken before a small
//    letter ("Micro-soft") names the brand beside any words. Each attack puts a word of the
//    attacker's own beside it ("Europe", in no desk list), so only the broken-word reading can
//    name the brand: other separators (en dash, middle dot, soft hyphen, ZWJ, underscore, dot,
//    no-break and thin spaces, fullwidth hyphen, a plain space, an encoded-word split in the
//    middle), a capital after the break where the second half is a word ("Net-Flix Billing",
//    "Drop-Box Billing"), a word broken twice, look-alike letters inside the broken word.
//    Genuine: everyday names that join to a brand word (hypothetical, NOT cited: no real firm
//    found writing "Drop-box" this way; round 187 named "Drop-box Lockers" as what its fix hurts).
// B. DESK_AND_PRODUCT_WORDS / onlyDeskBesides: capitalised halves ("Micro-Soft") beside desk
//    words of languages not on the list (Swedish, Turkish, Czech, Japanese) and product names not
//    on it (Authenticator, Entra), a number ("365") and an emoji.
// C. offlineMailRelay (lib/findings/hosted-server.ts, relayAsns): an attacker's free QQ or Yandex
//    mailbox sending as a firm hosted at the same service (Exmail, Yandex 360): the service signs
//    with its own domain, so the provider's DMARC fails; genuine Yandex 360 to Exchange Online over
//    IPv6, QQ Exmail to a Postfix box, an Aruba customer over IPv6 (Aruba's AS31034 IPv6 block;
//    the relay address is assumed, NOT confirmed).
// D. Provider results (auth-state.ts providerResults / providerSignedPass, registrable.ts
//    userZoneOf): A-R headers written by the sender below the entry line, spelt like the provider's
//    (upper case, a trailing dot, EOP's id-less form); a look-alike tenant signing for another
//    tenant's hybrid name; free dynamic-DNS zones neither on the Public Suffix List (as tldts in this
//    repo reads it) nor in USER_ZONES: mydns.se ("yourname.mydns.se", free since 2003, "run your own
//    email server": https://mydns.se/info), dynamic.name (anonymous "username.dynamic.name", no
//    e-mail verification: https://dynamic.name); also off both lists: dynu.com, myddns.me, duia.eu,
//    addr.tools, bot.nu, soon.it, 2waky.com (whether each hands out names is NOT confirmed). On the
//    PSL already: dy.fi, dyn.addr.tools, duckdns.org,
//    ddns.net, hopto.org, zapto.org, no-ip.org/.biz, dynv6.net, freemyip.com, dynu.net, sytes.net,
//    dedyn.io, nsupdate.info, mywire.org; checked with tldts getDomain allowPrivateDomains).
//
// Layouts: Gmail's entry, Received-SPF and Authentication-Results, EOP's (id-less A-R above the
// entry) and Postfix/Dovecot's, as test/corpus/receivers.ts (public deliveries,
// test/fixtures/legit/README-m365.md); QQ's submission lines and relays (out162-62-58-211.mail.qq.com,
// Exmail's biz-43-154-54-12.mail.qq.com, d=qq.com s=s201512) and Yandex's (forward hosts,
// mail-nwsmtp-smtp-production… over IPv6, _spf.yandex.net's ip6:2a02:6b8:c02:900::/64) as
// realworld176.ts / probe187.ts (kernel list copies on lore/ozlabs); the hybrid coexistence name
// and EOP's tenant key selector1-<tenant>-onmicrosoft-com as probe185-187 (MicrosoftDocs
// office-docs-powershell PR #8022; zkemail/email-wallet#80). Networks checked with
// `npx tsx lib/cli/main.ts classify`: 162.62.58.211 and 43.154.54.12 Tencent AS132203,
// 2a02:6b8:c02:900::/64 Yandex AS13238, 2a00:6d40:40:1::5 Aruba AS31034. Others documentation.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { ATTACKER_RELAY, PROBE_ZONE, probeCorpus } from '../rounds-kit';

const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const GENUINE: CaseExpectation = { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] };
const NOT_SPOOFED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };
const word = (s: string) => `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const phrase = (name: string) =>
  /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : word(name);
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
let serial = 0;
const ids = (): [string, string] => [`x188csp${serial}pxa`, `a188si${serial}qtb.188`];
const GMAIL_RCPT = 'robin.reader@gmail.com';
const BOX_RCPT = 'robin@reader.example';
const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];

// --- A/B. Brand readings -------------------------------------------------------------------------

const LURE =
  'Dear customer,\r\n\r\nyour mailbox will be suspended today. Confirm your account at\r\nhttps://account-review.attacker.example/confirm to keep it.\r\n';
const WITH_SENDER = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'sender'];

/** The attacker's (or a firm's) own domain, signed and passing, as Gmail delivers it; `fromHeader` as written. */
async function ownDomainMail(
  domain: string,
  relay: Relay,
  fromHeader: string,
  subject: string,
  body: string,
) {
  serial++;
  const raw = await signCorpus(
    submitted({
      from: fromHeader,
      to: `Robin Reader <${GMAIL_RCPT}>`,
      subject,
      messageId: `<r188.${serial}@${relay.rdns}>`,
      body,
    }),
    { domain, selector: 's1', headerList: WITH_SENDER },
  );
  const envelope = `bounce@${domain}`;
  return gmailDelivery(raw, {
    relay,
    envelope,
    results: [gmailDkim(domain, 's1'), gmailSpf(envelope, relay.ip), gmailDmarc(domain)].join('\r\n       '),
    ids: ids(),
    spf: 'pass',
    deliveredTo: true,
  });
}

/** [slug, display name as decoded, raw phrase (else phrase(name)), what] */
const BROKEN: Array<[string, string, string | null, string]> = [
  ['en-dash', 'Micro\u2013soft Europe', null, 'an en dash (Pd)'],
  ['middle-dot', 'Micro\u00b7soft Europe', null, 'a middle dot'],
  ['soft-hyphen', 'Micro\u00adsoft Europe', null, 'a soft hyphen U+00AD (Cf, invisible in most renderers)'],
  ['zero-width-joiner', 'Micro\u200dsoft Europe', null, 'a zero-width joiner U+200D (invisible)'],
  ['underscore', 'Micro_soft Europe', null, 'an underscore'],
  ['dot', 'Micro.soft Europe', null, 'a full stop'],
  ['no-break-space', 'Micro\u00a0soft Europe', null, 'a no-break space U+00A0'],
  ['thin-space', 'Micro\u2009soft Europe', null, 'a thin space U+2009'],
  ['fullwidth-hyphen', 'Micro\uff0dsoft Europe', null, 'a fullwidth hyphen-minus U+FF0D'],
  ['plain-space', 'Micro soft Europe', null, 'a plain space'],
  [
    'encoded-word-split-mid-word',
    'Microsoft Europe',
    '=?utf-8?Q?Micro?=\r\n =?utf-8?Q?soft_Europe?=',
    'two encoded-words folded on two lines, split inside the word (RFC 2047: the fold between them is dropped)',
  ],
  [
    'encoded-word-then-text',
    'Micro soft Europe',
    '=?utf-8?Q?Micro?= soft Europe',
    'an encoded-word then plain text',
  ],
  ['broken-twice', 'Mi-cro-soft Europe', null, 'the word broken twice'],
  ['digit-zero-before-break', 'Micr0-soft Europe', null, 'a digit zero for the o before the break'],
  ['cyrillic-o-before-break', 'Micr\u043e-soft Europe', null, 'a Cyrillic о before the break'],
  ['cyrillic-o-after-break', 'Amaz-\u043en Europe', null, 'a Cyrillic о after the break'],
  ['hyphen-space', 'Micro- soft Europe', null, 'a hyphen then a space'],
  ['net-flix-billing', 'Net-Flix Billing', null, 'a capital after the break where the second half is a word'],
  ['drop-box-billing', 'Drop-Box Billing', null, 'a capital after the break, beside a desk word ("Billing")'],
];

/** Capitalised halves beside desk or product words outside DESK_AND_PRODUCT_WORDS. */
const CAPITAL: Array<[string, string, string]> = [
  ['swedish-desk', 'Micro-Soft Kundtjänst', 'Swedish "customer service"'],
  ['turkish-desk', 'Micro-Soft Müşteri Hizmetleri', 'Turkish "customer services"'],
  ['czech-desk', 'Micro-Soft Zákaznická podpora', 'Czech "customer support"'],
  ['japanese-desk', 'Micro-Soft カスタマーサポート', 'Japanese katakana "customer support"'],
  ['number-365', 'Micro-Soft 365', 'a number (the product "365")'],
  ['authenticator', 'Micro-Soft Authenticator', 'a product not in the list'],
  ['entra', 'Micro-Soft Entra', 'a product not in the list (Entra ID)'],
  ['emoji', 'Micro-Soft \u{1F512} Security', 'an emoji between the brand and a desk word'],
];

/** Genuine (hypothetical, uncited) names joining to a brand word before a small letter. */
const GENUINE_NAMES: Array<[string, string, string, string]> = [
  ['drop-box-lockers', 'Drop-box Lockers', 'harbourlockers.example', 'Your parcel locker code for this week'],
];

async function brands(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? PROBE_ZONE });
  for (const [slug, name, raw, what] of BROKEN)
    emit({
      name: `r188-gmail-from-broken-${slug}`,
      class: 'display-name-brand',
      about: `Attack: From "${name}" <service@attacker.example>, the brand's word broken by ${what}, beside a word of the attacker's own; the attacker's own domain passes SPF, DKIM and DMARC. Gmail draws the name; the reader reads the brand. BROKEN_WORDS knows hyphens, dashes, dots, underscores and middle dots before a small letter only. Wanted: display-name-brand, not trusted.`,
      args: GMAIL,
      eml: await ownDomainMail(
        'attacker.example',
        ATTACKER_RELAY,
        `${raw ?? phrase(name)} <service@attacker.example>`,
        'Action required: your account',
        LURE,
      ),
      expect: { ...NOT_TRUSTED, findings: ['display-name-brand'] },
    });
  for (const [slug, name, what] of CAPITAL)
    emit({
      name: `r188-gmail-from-capital-half-${slug}`,
      class: 'display-name-brand',
      about: `Attack: From "${name}" <service@attacker.example> (${what}); capitalised halves count only beside DESK_AND_PRODUCT_WORDS. The attacker's own domain passes. Wanted: display-name-brand, not trusted.`,
      args: GMAIL,
      eml: await ownDomainMail(
        'attacker.example',
        ATTACKER_RELAY,
        `${phrase(name)} <service@attacker.example>`,
        'Action required: your account',
        LURE,
      ),
      expect: { ...NOT_TRUSTED, findings: ['display-name-brand'] },
    });
  for (const [slug, name, domain, subject] of GENUINE_NAMES) {
    const relay: Relay = {
      helo: `mail.${domain}`,
      rdns: `mail.${domain}`,
      ip: `192.0.2.${190 + (serial % 40)}`,
    };
    emit({
      name: `r188-gmail-genuine-${slug}`,
      class: 'display-name-brand',
      about: `Genuine (hypothetical, no real firm cited): a small firm trading as "${name}" writes from its own domain ${domain}, signed and passing (p=reject). Its name joins to a brand word at a break before a small letter, which BROKEN_WORDS now reads beside any words. Wanted: authenticated or unverified, never spoofed (a brand note is tolerable; a high finding over its own passing domain is not).`,
      args: GMAIL,
      eml: await ownDomainMail(
        domain,
        relay,
        `${phrase(name)} <notices@${domain}>`,
        subject,
        `Hello Robin,\r\n\r\n${subject}.\r\n\r\n${name}\r\n`,
      ),
      zone: {
        ...PROBE_ZONE,
        [`${relay.ip.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [relay.rdns] },
        [relay.rdns]: { A: [relay.ip] },
        ...txt(domain, `v=spf1 ip4:${relay.ip} -all`),
        ...txt(`_dmarc.${domain}`, 'v=DMARC1; p=reject'),
        [`s1._domainkey.${domain}`]: KEY(),
      },
      expect: NOT_SPOOFED,
    });
  }
}

// --- C. Offline relay names ----------------------------------------------------------------------

const QQ_H = ['from', 'to', 'cc', 'subject', 'date', 'in-reply-to', 'references'];
const YANDEX_H = ['from', 'in-reply-to', 'cc', 'date', 'references', 'to', 'subject', 'message-id'];
const QQ_OUT: Relay = {
  helo: 'out162-62-58-211.mail.qq.com',
  rdns: 'out162-62-58-211.mail.qq.com',
  ip: '162.62.58.211',
};
const EXMAIL_OUT: Relay = { helo: 'smtpbg.qq.com', rdns: 'biz-43-154-54-12.mail.qq.com', ip: '43.154.54.12' };
const Y6: Relay = {
  helo: 'forward500b.mail.yandex.net',
  rdns: 'forward500b.mail.yandex.net',
  ip: '2a02:6b8:c02:900:1:45:d181:d500',
};
const YANDEX_OUT: Relay = {
  helo: 'forward101d.mail.yandex.net',
  rdns: 'forward101d.mail.yandex.net',
  ip: '178.154.239.212',
};
const ARUBA6: Relay = { helo: 'smtpcmd0871.aruba.it', rdns: 'smtpcmd0871.aruba.it', ip: '2a00:6d40:40:1::5' };
const EXMAIL_FIRM = 'hengda-trading.example';
const Y360_FIRM = 'nevsky-bistro.example';
const ARUBA_FIRM = 'trattoria-sandro.example';

const qqSubmission = (raw: string) =>
  onTop(
    raw,
    `Received: from [192.168.1.7] ([203.0.113.57])\r\n\tby newxmesmtplogicsvrszc13-0.qq.com (NewEsmtp) with SMTP\r\n\tid 3CEB188F; Fri, 20 Nov 2026 17:59:59 +0800`,
    `X-QQ-mid: xmsmtpt1795168799t188hv0${serial}j0`,
  );
const yandexSubmission = (raw: string) =>
  onTop(
    raw,
    `Received: by mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net (smtp/Yandex)\r\n\twith ESMTPSA id Zx188${serial}aKmQ0-188q2kd8;\r\n\tFri, 20 Nov 2026 12:59:58 +0300`,
  );

function gmailOffline(raw: string, relay: Relay, envelope: string, signer: [string, string], dmarc: string) {
  serial++;
  return gmailDelivery(raw, {
    relay,
    envelope,
    results: [gmailDkim(signer[0], signer[1]), gmailSpf(envelope, relay.ip), dmarc].join('\r\n       '),
    ids: ids(),
    spf: 'pass',
    deliveredTo: true,
    to: GMAIL_RCPT,
  });
}

function boxOffline(raw: string, relay: Relay, envelope: string, results: string) {
  serial++;
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${results}`,
    received({
      helo: relay.helo,
      rdns: relay.rdns,
      ip: relay.ip,
      by: RECEIVER,
      id: `4Zr188${serial}x`,
      for: BOX_RCPT,
    }),
  );
}

async function relays(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  // C1. The attacker's own free QQ mailbox, From the Exmail firm (QQ signs d=qq.com only).
  {
    const attacker = '2847561930@qq.com';
    const raw = await signAll(
      qqSubmission(
        submitted({
          from: `Hengda Trading Accounts <accounts@${EXMAIL_FIRM}>`,
          to: GMAIL_RCPT,
          subject: 'New bank account for invoice HD-1880',
          date: 'Fri, 20 Nov 2026 17:59:57 +0800',
          messageId: `<tencent_4C1D188E2F5B49A8C6D1F0E2B3A4C5D6@qq.com>`,
          body: 'Dear Robin,\r\n\r\nplease pay invoice HD-1880 to our new account today.\r\n\r\nHengda Trading\r\n',
        }),
      ),
      [['qq.com', 's201512']],
      QQ_H,
    );
    emit({
      name: 'r188-gmail-own-qq-mailbox-as-exmail-firm-offline',
      class: 'hosted-server-relay',
      about: `Attack: a free QQ mailbox (${attacker}) sends through QQ's real relay ${QQ_OUT.rdns} with From accounts@${EXMAIL_FIRM}, a firm whose mail Tencent Exmail hosts (whether QQ's web or SMTP submission accepts a foreign From is NOT confirmed; assumed). QQ signs d=qq.com; envelope the attacker's; Gmail records dkim=pass d=qq.com, spf=pass, dmarc=fail for the firm. Offline. offlineMailRelay wants the From's own signature, which only the firm's Exmail tenant makes. Wanted: never authenticated.`,
      args: GMAIL,
      eml: gmailOffline(
        raw,
        QQ_OUT,
        attacker,
        ['qq.com', 's201512'],
        gmailDmarc(EXMAIL_FIRM, 'QUARANTINE', 'fail'),
      ),
      expect: NOT_AUTH,
    });
  }
  // C2. The attacker's free Yandex mailbox, From the Yandex 360 firm (Yandex signs d=yandex.ru).
  {
    const attacker = 'ladoga.billing@yandex.ru';
    const raw = await signAll(
      yandexSubmission(
        submitted({
          from: `Nevsky Bistro <booking@${Y360_FIRM}>`,
          to: GMAIL_RCPT,
          subject: 'Deposit for your booking of 12 December',
          date: 'Fri, 20 Nov 2026 12:59:57 +0300',
          messageId: `<1881795168797@mail.yandex.ru>`,
          body: 'Hello,\r\n\r\nplease transfer the deposit today to hold your table.\r\n\r\nNevsky Bistro\r\n',
        }),
      ),
      [['yandex.ru', 'mail']],
      YANDEX_H,
    );
    emit({
      name: 'r188-gmail-own-yandex-mailbox-as-y360-firm-offline',
      class: 'hosted-server-relay',
      about: `Attack: a free Yandex mailbox (${attacker}) through Yandex's forward host ${YANDEX_OUT.rdns} with From booking@${Y360_FIRM}, a Yandex 360 custom domain (Yandex refusing a foreign From is assumed unknown). Yandex signs d=yandex.ru; Gmail records dmarc=fail for the firm. Offline. Wanted: never authenticated.`,
      args: GMAIL,
      eml: gmailOffline(
        raw,
        YANDEX_OUT,
        attacker,
        ['yandex.ru', 'mail'],
        gmailDmarc(Y360_FIRM, 'QUARANTINE', 'fail'),
      ),
      expect: NOT_AUTH,
    });
  }
  // C3. Genuine: Yandex 360 firm to Exchange Online over IPv6, offline.
  {
    const raw = await signAll(
      yandexSubmission(
        submitted({
          from: `Nevsky Bistro <booking@${Y360_FIRM}>`,
          to: 'Robin Reader <robin@harbourline.example>',
          subject: 'Booking confirmed: 12 December, 19:30',
          date: 'Fri, 20 Nov 2026 12:59:57 +0300',
          messageId: `<1882795168797@mail.yandex.ru>`,
          body: 'Hello,\r\n\r\nyour table for six is booked.\r\n\r\nNevsky Bistro\r\n',
        }),
      ),
      [[Y360_FIRM, 'mail']],
      YANDEX_H,
    );
    emit({
      name: 'r188-outlook-genuine-y360-firm-ipv6-offline',
      class: 'hosted-server-relay',
      about: `Genuine: a Yandex 360 custom domain's booking confirmation from Yandex's forward host over IPv6 (${Y6.rdns} [${Y6.ip}], AS13238) to an Exchange Online mailbox; EOP records spf=pass for the firm's own envelope, dkim=pass d=${Y360_FIRM}, dmarc=pass. Offline. Wanted: authenticated, or unverified (offline in Outlook EOP's passes are not taken alone), never suspicious.`,
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ...eopPass(Y6, Y360_FIRM, `dkim=pass (signature was verified)\r\n header.d=${Y360_FIRM}`),
        returnPath: `booking@${Y360_FIRM}`,
      }),
      expect: NOT_SPOOFED,
    });
  }
  // C4. Genuine: Exmail firm, signed with its own key, to the Postfix box, offline.
  {
    const raw = await signAll(
      qqSubmission(
        submitted({
          from: `Hengda Trading Accounts <accounts@${EXMAIL_FIRM}>`,
          to: BOX_RCPT,
          subject: 'Statement of account, November',
          date: 'Fri, 20 Nov 2026 17:59:57 +0800',
          messageId: `<tencent_5D2E188F3A6C40B9D7E2A1F3C4B5D6E7@${EXMAIL_FIRM}>`,
          body: 'Dear Robin,\r\n\r\nour November statement is attached as usual.\r\n\r\nHengda Trading\r\n',
        }),
      ),
      [[EXMAIL_FIRM, 's1']],
      QQ_H,
    );
    emit({
      name: 'r188-box-genuine-exmail-firm-own-key-offline',
      class: 'hosted-server-relay',
      about: `Genuine: a Tencent Exmail customer's statement from Exmail's relay ${EXMAIL_OUT.rdns} [${EXMAIL_OUT.ip}] (AS132203) to the reader's Postfix box, signed d=${EXMAIL_FIRM}, envelope its own; the box records dkim, spf, dmarc pass. Offline. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxOffline(
        raw,
        EXMAIL_OUT,
        `accounts@${EXMAIL_FIRM}`,
        `dkim=pass (2048-bit key; unprotected) header.d=${EXMAIL_FIRM} header.i=@${EXMAIL_FIRM} header.s=s1 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of accounts@${EXMAIL_FIRM} designates ${EXMAIL_OUT.ip} as permitted sender) smtp.mailfrom=accounts@${EXMAIL_FIRM};\r\n\tdmarc=pass (p=quarantine dis=none) header.from=${EXMAIL_FIRM}`,
      ),
      expect: GENUINE,
    });
  }
  // C5. Genuine: Aruba customer over IPv6 to Gmail, offline.
  {
    const raw = await signAll(
      submitted({
        from: `Trattoria Sandro <prenotazioni@${ARUBA_FIRM}>`,
        to: GMAIL_RCPT,
        subject: 'Conferma prenotazione 12 dicembre',
        date: 'Fri, 20 Nov 2026 10:59:57 +0100',
        messageId: `<188aruba${serial}@${ARUBA_FIRM}>`,
        body: 'Gentile Robin,\r\n\r\nconfermiamo il tavolo per sei.\r\n\r\nTrattoria Sandro\r\n',
      }),
      [[ARUBA_FIRM, 'a1']],
    );
    emit({
      name: 'r188-gmail-genuine-aruba-customer-ipv6-offline',
      class: 'hosted-server-relay',
      about: `Genuine: an Aruba-hosted restaurant's booking confirmation from ${ARUBA6.rdns} over IPv6 (${ARUBA6.ip}, Aruba AS31034; the relay's IPv6 address is assumed, NOT confirmed), signed d=${ARUBA_FIRM}, envelope its own; Gmail records dkim, spf, dmarc pass. Offline. Wanted: authenticated (unverified tolerable), never suspicious.`,
      args: GMAIL,
      eml: gmailOffline(
        raw,
        ARUBA6,
        `prenotazioni@${ARUBA_FIRM}`,
        [ARUBA_FIRM, 'a1'],
        gmailDmarc(ARUBA_FIRM, 'NONE'),
      ),
      expect: NOT_SPOOFED,
    });
  }
}

// --- D. Provider results and user zones ----------------------------------------------------------

const BANK_FROM = 'Northbank Security <security@northbank.example>';
const bankLure = (to: string) =>
  submitted({
    from: BANK_FROM,
    to,
    subject: 'Unusual sign-in: confirm your account',
    messageId: `<r188.bank.${serial}@northbank.example>`,
    body: 'Dear customer,\r\n\r\nconfirm your account at https://northbank-verify.attacker.example/ today.\r\n',
  });
const FORGED_PASS = (id: string) =>
  `Authentication-Results: ${id};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=security@northbank.example;\r\n\tdmarc=pass (p=reject dis=none) header.from=northbank.example`;

async function results(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  // D1. Postfix box: its own results (fail) on top, the attacker's "pass" below the entry.
  for (const [slug, id] of [
    ['upper-case', RECEIVER.toUpperCase()],
    ['trailing-dot', `${RECEIVER}.`],
  ] as const) {
    serial++;
    const forged = onTop(bankLure(BOX_RCPT), FORGED_PASS(id));
    emit({
      name: `r188-box-forged-ar-below-entry-${slug}-offline`,
      class: 'forged-auth-results',
      about: `Attack: the attacker's server writes "Authentication-Results: ${id}; dkim=pass … dmarc=pass header.from=northbank.example" into the message it sends, spelling the reader's box's authserv-id (${slug}); the box's own results on top record spf=fail, dkim=none, dmarc=fail. Offline. Only the box's header above its entry line counts. Wanted: never authenticated.`,
      args: BOX_ARGS,
      eml: boxOffline(
        forged,
        ATTACKER_RELAY,
        'security@northbank.example',
        `dkim=none; spf=fail smtp.mailfrom=security@northbank.example;\r\n\tdmarc=fail (p=reject dis=none) header.from=northbank.example`,
      ),
      expect: NOT_AUTH,
    });
  }
  // D2. A Postfix box with no milter of its own: only the forged header, spelt with a trailing dot.
  {
    serial++;
    const forged = onTop(bankLure(BOX_RCPT), FORGED_PASS(`${RECEIVER}.`));
    emit({
      name: 'r188-box-no-own-ar-forged-trailing-dot-below-entry-offline',
      class: 'forged-auth-results',
      about: `Attack: the box writes no Authentication-Results of its own (no milter); the attacker's message carries "Authentication-Results: ${RECEIVER}.; … dmarc=pass" below the entry line. Offline. A header below the entry is the sender's, whatever its spelling. Wanted: never authenticated.`,
      args: BOX_ARGS,
      eml: onTop(
        forged,
        'Return-Path: <security@northbank.example>',
        received({
          helo: ATTACKER_RELAY.helo,
          rdns: ATTACKER_RELAY.rdns,
          ip: ATTACKER_RELAY.ip,
          by: RECEIVER,
          id: '4Zr188nomx',
          for: BOX_RCPT,
        }),
      ),
      expect: NOT_AUTH,
    });
  }
  // D3. Gmail: the forged header spelt MX.GOOGLE.COM below the entry, Gmail's own (fail) on top.
  {
    serial++;
    const forged = onTop(bankLure(GMAIL_RCPT), FORGED_PASS('MX.GOOGLE.COM'));
    emit({
      name: 'r188-gmail-forged-ar-upper-case-google-below-entry-offline',
      class: 'forged-auth-results',
      about:
        'Attack: "Authentication-Results: MX.GOOGLE.COM; … dmarc=pass" written by the sender below Gmail\'s entry; Gmail\'s own header records spf=softfail, dkim=none, dmarc=fail. Offline. Wanted: never authenticated.',
      args: GMAIL,
      eml: gmailDelivery(forged, {
        relay: ATTACKER_RELAY,
        envelope: 'security@northbank.example',
        results: `spf=softfail (google.com: domain of transitioning security@northbank.example does not designate ${ATTACKER_RELAY.ip} as permitted sender) smtp.mailfrom=security@northbank.example;\r\n       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=northbank.example`,
        ids: ids(),
        spf: 'softfail',
        deliveredTo: true,
      }),
      expect: NOT_AUTH,
    });
  }
  serial++;
  emit({
    name: 'r188-outlook-forged-idless-eop-ar-below-entry-offline',
    class: 'forged-auth-results',
    about:
      'Attack: the sender writes an id-less "Authentication-Results: spf=pass (sender IP is …) smtp.mailfrom=northbank.example; dkim=pass …; dmarc=pass action=none header.from=northbank.example; compauth=pass reason=100", as EOP writes its own, below EOP\'s entry; EOP\'s own header above records spf=fail, dmarc=fail. Offline. Wanted: never authenticated.',
    args: OUTLOOK,
    eml: eopDelivery(bankLure('Robin Reader <robin@harbourline.example>'), {
      ip: ATTACKER_RELAY.ip,
      helo: ATTACKER_RELAY.helo,
      ar: `spf=fail (sender IP is ${ATTACKER_RELAY.ip})\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
      spf: `Fail (protection.outlook.com: domain of northbank.example does not\r\n designate ${ATTACKER_RELAY.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ATTACKER_RELAY.ip}; helo=${ATTACKER_RELAY.helo};`,
      returnPath: 'security@northbank.example',
      below: [
        `Authentication-Results: spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=northbank.example; dkim=pass (signature was verified)\r\n header.d=northbank.example;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`,
      ],
    }),
    expect: NOT_AUTH,
  });
  // D5. A look-alike tenant signing for another tenant's hybrid name (Exchange Online reader).
  {
    const VICTIM_HYBRID = 'harlowfinance.mail.onmicrosoft.com';
    const ATT = 'harlowfinance-mail.onmicrosoft.com';
    const raw = await signAll(
      submitted({
        from: `Harlow Finance Accounts <ap@${VICTIM_HYBRID}>`,
        to: 'Robin Reader <robin@harbourline.example>',
        subject: 'Updated remittance details – invoice HF-31188',
        messageId: '<DB9PR02MB6950188A1B2C3@DB9PR02MB6950.eurprd02.prod.outlook.com>',
        body: 'Hello Robin,\r\n\r\nour bank details have changed; please pay HF-31188 today.\r\n',
      }),
      [[ATT, 'selector1-harlowfinance-mail-onmicrosoft-com']],
    );
    const EXO_OUT = { helo: 'EUR02-DB5-obe.outbound.protection.outlook.com', ip: '40.107.21.95' };
    emit({
      name: 'r188-outlook-lookalike-tenant-signs-other-tenant-hybrid-name-offline',
      class: 'cross-tenant-alignment',
      about: `Attack: the attacker's tenant ${ATT} (a look-alike label) sends From ap@${VICTIM_HYBRID}, the victim tenant's hybrid name, signed by its own default key d=${ATT}, envelope ap@${ATT}; EOP (onmicrosoft.com not a public suffix to it) records dmarc=pass. Offline. userZoneOf maps the hybrid name to harlowfinance.onmicrosoft.com, not the signer's tenant. Wanted: never authenticated.`,
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ...eopPass(EXO_OUT, ATT, `dkim=pass (signature was verified)\r\n header.d=${ATT}`, VICTIM_HYBRID),
        returnPath: `ap@${ATT}`,
      }),
      expect: NOT_AUTH,
    });
  }
  // D6. Dynamic-DNS zones on neither list: a stranger's name under the same zone signs.
  for (const [zone, reader] of [
    ['mydns.se', 'gmail'],
    ['dynamic.name', 'box'],
  ] as const) {
    const victim = `harbourshipping.${zone}`;
    const att = `mallory.${zone}`;
    serial++;
    const raw = await signAll(
      submitted({
        from: `Harbour Shipping Accounts <accounts@${victim}>`,
        to: reader === 'gmail' ? GMAIL_RCPT : BOX_RCPT,
        subject: 'New remittance account for invoice HS-188',
        messageId: `<r188.${serial}@${att}>`,
        body: 'Hello,\r\n\r\nplease pay HS-188 to our new account today.\r\n',
      }),
      [[att, 's1']],
    );
    const relay: Relay = { helo: `mail.${att}`, rdns: `mail.${att}`, ip: `198.51.100.${70 + (serial % 50)}` };
    emit({
      name: `r188-${reader}-dyndns-${zone.replace(/\./g, '-')}-stranger-signs-offline`,
      class: 'cross-tenant-alignment',
      about: `Attack: ${zone} (a dynamic-DNS service's shared zone, NOT on the Public Suffix List as tldts reads it, nor in USER_ZONES) gives names to anyone: the attacker's ${att} signs and passes SPF for mail From accounts@${victim}, another user's name; the provider (no PSL entry) aligns both on ${zone} and records dmarc=pass. Offline (${reader}). Wanted: never authenticated (unverified: the signature is a stranger's).`,
      args: reader === 'gmail' ? GMAIL : BOX_ARGS,
      eml:
        reader === 'gmail'
          ? gmailOffline(raw, relay, `bounce@${att}`, [att, 's1'], gmailDmarc(victim, 'NONE'))
          : boxOffline(
              raw,
              relay,
              `bounce@${att}`,
              `dkim=pass (2048-bit key; unprotected) header.d=${att} header.i=@${att} header.s=s1 header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=bounce@${att};\r\n\tdmarc=pass (p=none dis=none) header.from=${victim}`,
            ),
      expect: NOT_AUTH,
    });
  }
  // D7. The same under mydns.se online: the victim user publishes its own p=reject policy.
  {
    const victim = 'harbourshipping.mydns.se';
    const att = 'mallory.mydns.se';
    serial++;
    const raw = await signAll(
      submitted({
        from: `Harbour Shipping Accounts <accounts@${victim}>`,
        to: GMAIL_RCPT,
        subject: 'New remittance account for invoice HS-1882',
        messageId: `<r188.${serial}@${att}>`,
        body: 'Hello,\r\n\r\nplease pay HS-1882 to our new account today.\r\n',
      }),
      [[att, 's1']],
    );
    const relay: Relay = { helo: `mail.${att}`, rdns: `mail.${att}`, ip: '198.51.100.121' };
    emit({
      name: 'r188-gmail-dyndns-mydns-se-stranger-signs-online',
      class: 'cross-tenant-alignment',
      about: `Attack: as the offline case, online: ${att} (the attacker's free mydns.se name) signs and passes SPF for mail From accounts@${victim}, whose holder publishes _dmarc.${victim} p=reject. Relaxed alignment on mydns.se (no PSL entry) passes the stranger's signature. Wanted: never authenticated (DMARC fails: the signer is another holder's name).`,
      args: GMAIL,
      eml: gmailOffline(raw, relay, `bounce@${att}`, [att, 's1'], gmailDmarc(victim, 'REJECT')),
      zone: {
        ...PROBE_ZONE,
        [`${relay.ip.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [relay.rdns] },
        [relay.rdns]: { A: [relay.ip] },
        ...txt(att, `v=spf1 ip4:${relay.ip} -all`),
        ...txt(victim, 'v=spf1 -all'),
        ...txt(`_dmarc.${victim}`, 'v=DMARC1; p=reject'),
        [`s1._domainkey.${att}`]: KEY(),
      },
      expect: NOT_AUTH,
    });
  }
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await brands(write);
  await relays(write);
  await results(write);
}

// Pending (16 of 42). Checked with scripts/scratch/pend.ts (ALL=1) on rt-r188 at 25ea9369.
// A-spaces (5): r188-gmail-from-broken-{no-break-space, thin-space, plain-space,
//   encoded-word-then-text, hyphen-space} ("Micro\u00A0soft", "Micro\u2009soft", "Micro soft",
//   "=?utf-8?Q?Micro?= soft", "Micro- soft" beside "Europe") read AUTHENTICATED, no finding.
//   Should: display-name-brand high, suspicious. At fault: lib/findings/domains.ts
//   brandOnSomeReading: BROKEN_WORDS runs on `apart`, after shownText's NFKC has turned U+00A0 and
//   U+2000-U+200A into a plain space, and it knows no space at all. Smallest fix: a reading of the
//   RAW name with (?<=\p{L})[\u00A0\u2000-\u200A\u202F\u205F](?=\p{Ll}) removed, and BROKEN_WORDS'
//   dash branch allowing spaces after the dash ([\p{Pd}\u2212]\s*(?=\p{Ll})). The plain-space and
//   encoded-word-then-text pair needs a plain space read away before a small letter, which
//   "Drop box storage"-like names would pay for: lower priority (drop those two if not fixed).
// A-digit (1): r188-gmail-from-broken-digit-zero-before-break ("Micr0-soft Europe") reads
//   AUTHENTICATED. BROKEN_WORDS' (?<=\p{L}) refuses the digit before the hyphen; the 0->o fold
//   happens only in skeletonVariants, after. Fix: (?<=[\p{L}\p{N}]) on the dash branch. Hurts
//   nothing known: the mended word still has to be a brand word once folded.
// B (6): r188-gmail-from-capital-half-{swedish-desk, turkish-desk, czech-desk, japanese-desk,
//   authenticator, entra} ("Micro-Soft Kundtjänst", "… Müşteri Hizmetleri", "… Zákaznická
//   podpora", "… カスタマーサポート", "… Authenticator", "… Entra") read AUTHENTICATED. At fault:
//   onlyDeskBesides / DESK_AND_PRODUCT_WORDS (a closed list; namesOnlyDesk is English). Smallest
//   fix: add the brands' product names (authenticator, entra, intune, copilot, dynamics, viva,
//   skype, xbox, bing) and desk words of sv/tr/cs/ja (kundtjänst, kundservice, säkerhet, müşteri,
//   hizmetleri, destek, güvenlik, hesap, zákaznická, podpora, zabezpečení, účet, サポート,
//   カスタマーサポート, セキュリティ, アカウント), and count a word in a non-Latin script as a desk word
//   (every everyday name of real-mail 175/round 187 is English). The list will stay open; the
//   emoji and "365" forms read right. Hurts: a firm "Drop-Box Kundservice" (none known).
// A-genuine (1): r188-gmail-genuine-drop-box-lockers ("Drop-box Lockers", its own passing domain,
//   hypothetical, the casualty round 187 predicted) reads SUSPICIOUS, display-name-brand high.
//   Should: authenticated. At fault: the BROKEN_WORDS reading itself. Smallest fix: where both
//   halves are everyday words (drop/box, face/book, coin/base, one/drive) and the From's own
//   domain passes, read the broken form as the capitalised one does (onlyDeskBesides); "Micro-soft",
//   "Amaz-on", "Net-flix" keep the any-words reading. Or accept and delete this case.
// D-zones (3): r188-{gmail-dyndns-mydns-se, box-dyndns-dynamic-name}-stranger-signs-offline read
//   AUTHENTICATED (dmarc-policy-none low), r188-gmail-dyndns-mydns-se-stranger-signs-online too
//   (provider-disagreement low: Gmail's proven pass beats our own reading): mallory.<zone> signs
//   for harbourshipping.<zone>, the provider aligns both on the zone (no PSL entry). Should: unverified, as FreeDNS's zones read
//   since round 184. At fault: lib/dns/registrable.ts USER_ZONES (ownerDomain equals orgDomain, so
//   auth-state.ts providerPassOutsideOwner returns early). Fix: add 'mydns.se', 'dynamic.name'
//   (cited in the header), after checking, dynu.com, myddns.me, duia.eu, addr.tools. Hurts none:
//   a user's own key on its own name stays one owner.
// Reads right: en dash, middle dot, soft hyphen, ZWJ, underscore, dot, fullwidth hyphen, an
// encoded-word split mid-word, a word broken twice, Cyrillic о either side, "Net-Flix Billing" and
// "Drop-Box Billing" (billing is a desk word), "Micro-Soft 365", an emoji; the attacker's own QQ or
// Yandex mailbox sending as a firm hosted there (spoofed: the service signs its own domain; no free
// account makes the firm's signature, so offlineMailRelay is not reachable that way); genuine
// Yandex 360 over IPv6 to Exchange Online (unverified, Outlook offline), Exmail to a Postfix box and
// Aruba over IPv6 (authenticated); forged A-R below the entry spelt in upper case, with a trailing
// dot, with no own A-R, as MX.GOOGLE.COM, in EOP's id-less form (spoofed/unverified); a look-alike
// tenant signing for another tenant's hybrid name (unverified).
// Fixed on 2026-12-07 at 04:3x: A-spaces (no-break, thin, hyphen-space), A-digit, B and D as
// proposed (lib/findings/domains.ts ODD_SPACE_IN_WORD, BROKEN_WORDS, DESK_AND_PRODUCT_WORDS;
// lib/dns/registrable.ts USER_ZONES with mydns.se, dynamic.name, selfhost.eu, mykeenetic.net).
// Left pending: the plain-space pair ("Micro soft Europe", "=?utf-8?Q?Micro?= soft Europe"): a plain
// space before a small letter is how "Drop box storage" is written, so reading it away would call
// everyday names brands; and the genuine "Drop-box Lockers", which reads suspicious (display-name-
// brand high) as "Micro-soft Europe" must: no rule found tells a firm's hyphenated everyday words
// from a brand broken to slip past, so the round-187 reading is kept.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r188-gmail-from-broken-plain-space',
  'r188-gmail-from-broken-encoded-word-then-text',
  'r188-gmail-genuine-drop-box-lockers',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
