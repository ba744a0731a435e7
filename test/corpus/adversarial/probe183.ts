// Red-team round 183: brand names spelt so the brand rules miss them, in From and Sender names.
//
// Read: lib/findings/domains.ts brandInName / brandOnSomeReading / namesBrand / brandGluedInMailbox,
// lib/findings/visible-text.ts shownText / nameSkeleton / skeletonVariants, lib/findings/display-name.ts
// brandClaimed / gluedBrand / displayNameRule, lib/findings/sender.ts senderNameClaim; earlier rounds
// probe80 (brand names, via), probe165 (spaced letters), probe25 (dot look-alikes), probe182 ("Pay-Pal",
// "MicrosoftAccountTeam"). The attacker's own domain (attacker.example, p=reject) signs and passes
// SPF, DKIM and DMARC; only the display name (From's, or the Sender's that Outlook leads with: "X on
// behalf of Y", MS-OXCMAIL as probe181 cites) claims the brand. brandInName reads a brand word only as
// a whole word between characters that are not letters or digits, after NFKC and the confusables
// skeleton; round 182 added an ASCII hyphen inside a word read joined, and a one-word name gluing a
// brand to desk words only (gluedBrand, service words list).
//
// What a reader sees: Gmail and Outlook draw the display name as written, after RFC 2047 decoding,
// in the message list and header (no normalisation of dashes, spaces or middle dots, ™ drawn as ™).
// Japanese lures glue the brand to katakana desk words with no space: "AMAZONカスタマーズセンター"
// (alpha-com.jp/2452, a Japanese IT firm's warning), the Amazon Prime lure signed
// "Amazon.co.jpカスタマーサービス" (39harukana.com/?p=1810), both corpus "pages"; Japanese has no
// spaces between words, so a script change is the only word boundary a reader sees. PayPay (the
// Japanese payment app, one letter from "PayPal") sends as "PayPay <notice@paypay-corp.co.jp>"
// (paypay.ne.jp/help-online-merchant/B0033, corpus "pages"): the control for any spelling-distance
// reading. Amazon.co.jp's own mail comes from auto-confirm@ / shipment-tracking@amazon.co.jp under
// "Amazon.co.jp" (affilabo.com/blog/19547, aboutamazon.jp's phishing guide).
//
// Layouts: receivers.ts gmailDelivery / eopDelivery / eopPass, kit.ts and messages.ts (submitted,
// signing), rounds-kit.ts ATTACKER_RELAY / PROBE_ZONE, as rounds 181-182 use them. Names and addresses
// are documentation ones (PayPay's control at paypay-corp.example keeps the shape of its real
// paypay-corp.co.jp label).

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  authenticZone,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  type Relay,
} from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { ATTACKER_RELAY, PROBE_ZONE, probeCorpus } from '../rounds-kit';

const READER = 'Robin Reader <robin.reader@gmail.com>';
const WITH_SENDER = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'sender'];
const LURE =
  'Dear customer,\r\n\r\nwe could not collect your November payment. To avoid a late fee, confirm your card\r\nat https://northbank-verify.example/pay today.\r\n';

const encoded = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
/** The name as the sender's software writes it: quoted ASCII, or an RFC 2047 UTF-8 encoded-word. */
const phrase = (name: string) =>
  /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encoded(name);

const BRAND_CLAIM: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-brand'] };
const SENDER_CLAIM: CaseExpectation = { ...NOT_TRUSTED, findings: ['sender-display-name'] };
const GENUINE: CaseExpectation = {
  ...AUTHENTICATED,
  absentFindings: ['display-name-brand', 'sender-display-name'],
};

type Reader = 'gmail' | 'outlook';
let serial = 0;

/** A message signed and sent by `domain` from `relay`, delivered to the reader's Gmail or Outlook. */
async function deliver(
  reader: Reader,
  o: {
    from: string;
    domain: string;
    relay: Relay;
    subject: string;
    body: string;
    extra?: string[];
    envelope?: string;
    selector?: string;
  },
): Promise<string> {
  serial += 1;
  const envelope = o.envelope ?? `bounce@${o.domain}`;
  const selector = o.selector ?? 's1';
  const raw = await signCorpus(
    submitted({
      from: o.from,
      to: READER,
      subject: /^[\x20-\x7e]*$/.test(o.subject) ? o.subject : encoded(o.subject),
      extraHeaders: o.extra ?? [],
      messageId: `<r183.${serial}.${o.subject.length}@${o.relay.rdns}>`,
      body: o.body,
    }),
    { domain: o.domain, selector, headerList: WITH_SENDER },
  );
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: o.relay,
      envelope,
      results: [gmailDkim(o.domain, selector), gmailSpf(envelope, o.relay.ip), gmailDmarc(o.domain)].join(
        '\r\n       ',
      ),
      ids: [`x183csp${serial}pxa`, `a183si${serial}qtb.183`],
      spf: 'pass',
      deliveredTo: true,
      to: 'robin.reader@gmail.com',
    });
  return eopDelivery(raw, {
    ...eopPass(
      o.relay,
      envelope.slice(envelope.indexOf('@') + 1),
      `dkim=pass (signature was verified)\r\n header.d=${o.domain}`,
      o.domain,
    ),
    returnPath: envelope,
  });
}

const attackerFrom = (reader: Reader, name: string) =>
  deliver(reader, {
    from: `${phrase(name)} <service@attacker.example>`,
    domain: 'attacker.example',
    relay: ATTACKER_RELAY,
    subject: 'Your account: payment could not be collected',
    body: LURE,
  });

const attackerSender = (reader: Reader, name: string) =>
  deliver(reader, {
    from: 'Jane Doe <jane@attacker.example>',
    domain: 'attacker.example',
    relay: ATTACKER_RELAY,
    subject: 'Your account: payment could not be collected',
    body: LURE,
    extra: [`Sender: ${phrase(name)} <service@attacker.example>`],
  });

/** From names a reader reads as the brand, which brandInName / gluedBrand miss today. */
const FROM_MISSED: Array<[slug: string, name: string, reader: Reader, what: string]> = [
  // Separators inside the word other than ASCII "-": drawn as a hyphen or near-nothing.
  ['nb-hyphen', 'Pay\u2011Pal Resolution Center', 'gmail', 'U+2011 NON-BREAKING HYPHEN, drawn as "-"'],
  ['unicode-hyphen', 'Pay\u2010Pal Resolution Center', 'outlook', 'U+2010 HYPHEN, drawn as "-"'],
  ['en-dash', 'Pay\u2013Pal Resolution Center', 'gmail', 'an en dash'],
  ['minus-sign', 'Micro\u2212soft Account Team', 'outlook', 'U+2212 MINUS SIGN, drawn as a hyphen'],
  [
    'fullwidth-hyphen',
    'Pay\uFF0DPal Service',
    'gmail',
    'U+FF0D FULLWIDTH HYPHEN-MINUS (NFKC "-", after the hyphen test)',
  ],
  ['dot-in-word', 'Pay.Pal Resolution Center', 'outlook', 'a full stop inside the word, beside other words'],
  [
    'underscore-in-word',
    'Pay_Pal Billing Department',
    'gmail',
    'an underscore inside the word, beside other words',
  ],
  ['middle-dot-in-word', 'Pay\u00B7Pal Service', 'outlook', 'U+00B7 MIDDLE DOT inside the word'],
  ['katakana-dot-in-word', 'Net\u30FBflix Billing', 'gmail', 'U+30FB KATAKANA MIDDLE DOT inside the word'],
  ['nbsp-in-word', 'Pay\u00A0Pal Resolution Center', 'outlook', 'a no-break space splitting the word in two'],
  [
    'ideographic-space-in-word',
    'Pay\u3000Pal Service',
    'gmail',
    'U+3000 IDEOGRAPHIC SPACE splitting the word',
  ],
  // Spaced letters (round 165) with separators other than " " and ".".
  [
    'spaced-letters-middle-dot',
    'P\u00B7a\u00B7y\u00B7P\u00B7a\u00B7l Service',
    'outlook',
    'letters set apart with middle dots',
  ],
  [
    'spaced-letters-nbsp',
    'P\u00A0a\u00A0y\u00A0P\u00A0a\u00A0l Service',
    'gmail',
    'letters set apart with no-break spaces',
  ],
  // NFKC expands ™ to "TM" glued to the word: "PayPalTM" is no whole word.
  ['trade-mark-sign', 'PayPal\u2122 Resolution Center', 'gmail', 'the brand with ™ after it'],
  ['trade-mark-microsoft', 'Microsoft\u2122 Account Team', 'outlook', 'the brand with ™ after it'],
  // Latin brand glued to CJK desk words: the script change is the word boundary a reader sees.
  [
    'glued-katakana-desk',
    'Amazon\u30AB\u30B9\u30BF\u30DE\u30FC\u30BB\u30F3\u30BF\u30FC',
    'gmail',
    '"Amazonカスタマーセンター" (customer centre), no space',
  ],
  ['glued-kanji-desk', 'PayPal\u4E8B\u52D9\u5C40', 'outlook', '"PayPal事務局" (secretariat), no space'],
  [
    'glued-katakana-team',
    'Microsoft\u30A2\u30AB\u30A6\u30F3\u30C8\u30C1\u30FC\u30E0',
    'gmail',
    '"Microsoftアカウントチーム" (account team)',
  ],
  // CamelCase: the brand, then words of its own (not only service words).
  ['camelcase-own-words', 'PayPalBillingPlatform', 'outlook', 'CamelCase, "Platform" is no service word'],
  [
    'camelcase-notifications',
    'MicrosoftSecurityNotifications',
    'gmail',
    'CamelCase, "Notifications" is no service word',
  ],
  ['camelcase-prime', 'AmazonPrimeMembership', 'outlook', 'CamelCase, Amazon\'s product and "Membership"'],
  // Transliterations a reader of the script reads as the brand.
  [
    'katakana-amazon',
    '\u30A2\u30DE\u30BE\u30F3 \u30AB\u30B9\u30BF\u30DE\u30FC\u30B5\u30FC\u30D3\u30B9',
    'gmail',
    '"アマゾン カスタマーサービス" (katakana)',
  ],
  [
    'katakana-paypal',
    '\u30DA\u30A4\u30D1\u30EB \u30B5\u30DD\u30FC\u30C8',
    'outlook',
    '"ペイパル サポート" (katakana)',
  ],
  [
    'chinese-amazon',
    '\u4E9A\u9A6C\u900A\u5BA2\u670D',
    'gmail',
    '"亚马逊客服" (Amazon customer service, simplified Chinese)',
  ],
  [
    'cyrillic-microsoft',
    '\u041C\u0430\u0439\u043A\u0440\u043E\u0441\u043E\u0444\u0442 \u041F\u043E\u0434\u0434\u0435\u0440\u0436\u043A\u0430',
    'outlook',
    '"Майкрософт Поддержка" (Russian)',
  ],
  [
    'hangul-netflix',
    '\uB137\uD50C\uB9AD\uC2A4 \uACE0\uAC1D\uC13C\uD130',
    'gmail',
    '"넷플릭스 고객센터" (Korean)',
  ],
  // A letter dropped or doubled in a long brand word, beside desk words only.
  ['letter-dropped', 'Microsft Account Team', 'outlook', '"Microsft": one letter dropped'],
  ['letter-doubled', 'Paypall Resolution Center', 'gmail', '"Paypall": one letter doubled'],
];

/** Spellings read right today (kept: they must stay so). */
const FROM_HELD: Array<[slug: string, name: string, reader: Reader, what: string]> = [
  ['emoji-before', '\u2705 PayPal Service', 'gmail', 'a check-mark emoji before the brand'],
  ['parenthesis', '(PayPal) Billing Department', 'outlook', 'the brand in parentheses'],
  [
    'dotted-capital-i',
    'L\u0130NKED\u0130N Security',
    'gmail',
    'Turkish capital İ (lower-cases to i + U+0307)',
  ],
  ['loose-capital-i', 'PAYPAI Resolution Center', 'outlook', 'capital I for L in capitals'],
  ['fullwidth-letters', '\uFF30\uFF41\uFF59\uFF30\uFF41\uFF4C Service', 'gmail', 'full-width letters'],
];

/** Sender names Outlook leads with ("<name> on behalf of Jane Doe"), missed today. */
const SENDER_MISSED: Array<[slug: string, name: string, what: string]> = [
  ['nb-hyphen', 'Pay\u2011Pal Resolution Center', 'a non-breaking hyphen inside the word'],
  ['camelcase-own-words', 'PayPalBillingPlatform', 'CamelCase with a word of its own'],
  [
    'glued-katakana-desk',
    'Amazon\u30AB\u30B9\u30BF\u30DE\u30FC\u30BB\u30F3\u30BF\u30FC',
    'the brand glued to katakana desk words',
  ],
  ['trade-mark-sign', 'Microsoft\u2122 Account Team', 'the brand with ™ after it'],
];

// ---- Genuine controls: their own domains, their own relays ----
interface Genuine {
  slug: string;
  reader: Reader;
  domain: string;
  relay: Relay;
  from: string;
  subject: string;
  body: string;
  about: string;
}
const relayOf = (domain: string, ip: string): Relay => ({
  helo: `mail.${domain}`,
  rdns: `mail.${domain}`,
  ip,
});
const GENUINES: Genuine[] = [
  {
    slug: 'paypay-notice',
    reader: 'gmail',
    domain: 'paypay-corp.example',
    relay: relayOf('paypay-corp.example', '203.0.113.131'),
    from: 'PayPay <notice@paypay-corp.example>',
    subject:
      '\u3010PayPay\u3011\u30D1\u30B9\u30EF\u30FC\u30C9\u30EA\u30BB\u30C3\u30C8\u306E\u304A\u77E5\u3089\u305B',
    body: 'PayPay\u3092\u3054\u5229\u7528\u3044\u305F\u3060\u304D\u3042\u308A\u304C\u3068\u3046\u3054\u3056\u3044\u307E\u3059\u3002\r\n',
    about:
      'Genuine: PayPay (the Japanese payment app) as it writes its notices, "PayPay" <notice@...> (paypay.ne.jp help B0033 names notice@paypay-corp.co.jp), its own domain signing. "PayPay" is one letter from "PayPal": a spelling-distance reading must not take it.',
  },
  {
    slug: 'paypay-japanese-desk',
    reader: 'outlook',
    domain: 'paypay-corp.example',
    relay: relayOf('paypay-corp.example', '203.0.113.131'),
    from: `${phrase('PayPay\u30AB\u30B9\u30BF\u30DE\u30FC\u30B5\u30DD\u30FC\u30C8')} <support@paypay-corp.example>`,
    subject: '\u304A\u554F\u3044\u5408\u308F\u305B\u3078\u306E\u56DE\u7B54',
    body: '\u304A\u554F\u3044\u5408\u308F\u305B\u3044\u305F\u3060\u304D\u3042\u308A\u304C\u3068\u3046\u3054\u3056\u3044\u307E\u3059\u3002\r\n',
    about:
      'Genuine: PayPay\'s support desk "PayPayカスタマーサポート" (its name glued to katakana desk words), its own domain signing. A Latin-CJK boundary reading plus any one-letter tolerance would read PayPal here.',
  },
  {
    slug: 'amazona-parrot-society',
    reader: 'gmail',
    domain: 'parrot-society.example',
    relay: relayOf('parrot-society.example', '203.0.113.132'),
    from: '"Amazona Parrot Society" <news@parrot-society.example>',
    subject: 'Winter newsletter: caring for Amazona parrots',
    body: 'Dear members,\r\n\r\nour winter newsletter is out, with the show dates for spring.\r\n',
    about:
      'Genuine: a bird society named after Amazona, the parrot genus (one letter from "Amazon"), its own domain signing. Must stay authenticated under any spelling-distance reading.',
  },
  {
    slug: 'drop-box-lockers',
    reader: 'outlook',
    domain: 'lakeside-storage.example',
    relay: relayOf('lakeside-storage.example', '203.0.113.133'),
    from: '"Lakeside Drop Box Lockers" <office@lakeside-storage.example>',
    subject: 'Your locker rental renews on 1 December',
    body: 'Hello,\r\n\r\nyour drop box locker rental renews on 1 December.\r\n',
    about:
      'Genuine: a storage firm whose name holds two ordinary words ("Drop Box") that joined make a brand word. A reading that joins words across spaces must not take it.',
  },
  {
    slug: 'linkedinfluence-newsletter',
    reader: 'gmail',
    domain: 'growthletter.example',
    relay: relayOf('growthletter.example', '203.0.113.134'),
    from: '"LinkedInfluence Weekly" <editor@growthletter.example>',
    subject: 'LinkedInfluence Weekly #112',
    body: 'This week: three ways to write a better profile headline.\r\n',
    about:
      'Genuine: a marketing newsletter named "LinkedInfluence" (CamelCase, "LinkedIn" followed by a lower-case letter: not a word boundary). A CamelCase reading must split only at case changes.',
  },
  {
    slug: 'amazonas-reisen',
    reader: 'outlook',
    domain: 'tropen-touren.example',
    relay: relayOf('tropen-touren.example', '203.0.113.135'),
    from: '"AmazonasReisen" <buchung@tropen-touren.example>',
    subject: 'Ihre Buchung: Amazonas-Expedition im Februar',
    body: 'Guten Tag,\r\n\r\nanbei Ihre Buchungsbestaetigung.\r\n',
    about:
      'Genuine: a German travel agency "AmazonasReisen" (Amazon river tours; real-mail round 11\'s amazonasreisen mailbox), CamelCase, its own domain signing. "Amazon" is followed by a lower-case "a": no word boundary.',
  },
  {
    slug: 'amazonka-tours-cyrillic',
    reader: 'gmail',
    domain: 'amazonka-tour.example',
    relay: relayOf('amazonka-tour.example', '203.0.113.136'),
    from: `${phrase('\u0410\u043C\u0430\u0437\u043E\u043D\u043A\u0430 \u0422\u0443\u0440')} <info@amazonka-tour.example>`,
    subject: '\u0422\u0443\u0440 \u043F\u043E \u0410\u043C\u0430\u0437\u043E\u043D\u043A\u0435',
    body: '\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435!\r\n',
    about:
      'Genuine: a Russian tour operator "Амазонка Тур" (Amazonka is the Amazon river in Russian; the company is "Амазон"). A transliteration word list must match whole words only.',
  },
];

// Amazon Japan's own mail through its SES relays, as realworld104.ts models its order confirmation
// (a27-*.smtp-out.us-west-2.amazonses.com, envelope at bounces.amazon.co.jp, selector rte02), here
// under its customer-service desk's Japanese name glued to the brand's domain.
const SES_JP: Relay = {
  helo: 'a27-104.smtp-out.us-west-2.amazonses.com',
  rdns: 'a27-104.smtp-out.us-west-2.amazonses.com',
  ip: '54.240.27.104',
};
const AMAZON_JP_ZONE = {
  ...PROBE_ZONE,
  'bounces.amazon.co.jp': { TXT: ['v=spf1 include:amazonses.com ~all'] },
  'amazonses.com': {
    TXT: ['v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 -all'],
  },
  '_dmarc.amazon.co.jp': { TXT: ['v=DMARC1; p=quarantine; pct=100'] },
  'rte02._domainkey.amazon.co.jp': KEY(),
  ...ptr(SES_JP.ip, SES_JP.rdns),
};

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? PROBE_ZONE });

  for (const [slug, name, reader, what] of FROM_MISSED)
    emit({
      name: `r183-${reader}-from-${slug}`,
      class: 'display-name-brand',
      about: `Attack: From "${name}" <service@attacker.example> (${what}); the attacker's own domain passes SPF, DKIM and DMARC (p=reject). ${reader === 'gmail' ? 'Gmail' : 'Outlook'} draws the name as written: a reader reads the brand. Wanted: display-name-brand, not trusted.`,
      args: reader === 'gmail' ? GMAIL : OUTLOOK,
      eml: await attackerFrom(reader, name),
      expect: BRAND_CLAIM,
      twin: slug === 'nb-hyphen' || slug === 'glued-katakana-desk',
    });
  for (const [slug, name, reader, what] of FROM_HELD)
    emit({
      name: `r183-${reader}-from-${slug}-held`,
      class: 'display-name-brand',
      about: `Held: From "${name}" <service@attacker.example> (${what}), the attacker's domain passing. Read right today. Wanted: display-name-brand, not trusted.`,
      args: reader === 'gmail' ? GMAIL : OUTLOOK,
      eml: await attackerFrom(reader, name),
      expect: BRAND_CLAIM,
    });
  for (const [slug, name, what] of SENDER_MISSED)
    emit({
      name: `r183-outlook-sender-${slug}`,
      class: 'sender-display',
      about: `Attack: From "Jane Doe" <jane@attacker.example>, Sender "${name}" <service@attacker.example> (${what}); the attacker's domain passes at Exchange Online. Outlook shows "${name} <service@attacker.example> on behalf of Jane Doe". Wanted: sender-display-name, not trusted.`,
      args: OUTLOOK,
      eml: await attackerSender('outlook', name),
      expect: SENDER_CLAIM,
    });
  for (const g of GENUINES)
    emit({
      name: `r183-${g.reader}-genuine-${g.slug}`,
      class: 'display-name-brand',
      about: `${g.about} Wanted: authenticated, no brand finding.`,
      args: g.reader === 'gmail' ? GMAIL : OUTLOOK,
      eml: await deliver(g.reader, {
        from: g.from,
        domain: g.domain,
        relay: g.relay,
        subject: g.subject,
        body: g.body,
      }),
      zone: { ...PROBE_ZONE, ...authenticZone(g.domain, g.relay.ip), ...ptr(g.relay.ip, g.relay.rdns) },
      expect: GENUINE,
    });

  for (const [reader, from] of [
    [
      'gmail',
      `${phrase('Amazon.co.jp\u30AB\u30B9\u30BF\u30DE\u30FC\u30B5\u30FC\u30D3\u30B9')} <cs-reply@amazon.co.jp>`,
    ],
    ['outlook', '"Amazon.co.jp" <auto-confirm@amazon.co.jp>'],
  ] as const)
    emit({
      name: `r183-${reader}-genuine-amazon-co-jp-own-${reader === 'gmail' ? 'japanese-desk' : 'order'}`,
      class: 'display-name-brand',
      about: `Genuine: Amazon Japan's own mail, From ${from}, signed d=amazon.co.jp (rte02) and sent through its SES relay ${SES_JP.rdns} with a bounces.amazon.co.jp envelope (realworld104's layout). The brand's name glued to Japanese desk words is its own. Wanted: authenticated, no brand finding.`,
      args: reader === 'gmail' ? GMAIL : OUTLOOK,
      eml: await deliver(reader, {
        from,
        domain: 'amazon.co.jp',
        relay: SES_JP,
        envelope: '202611201000051c4b2e9a0f4d7e8a91b0c2d3e4f5a6b7@bounces.amazon.co.jp',
        selector: 'rte02',
        subject:
          reader === 'gmail'
            ? 'Re: \u304A\u554F\u3044\u5408\u308F\u305B'
            : 'Amazon.co.jp order 249-1040000-1041830',
        body: 'Order 249-1040000-1041830\r\n',
      }),
      zone: AMAZON_JP_ZONE,
      expect: GENUINE,
    });
}

// Found pending (read AUTHENTICATED, no finding, on 2026-12-06 after the 23:20 rules); each should
// read suspicious with display-name-brand (From) or sender-display-name medium (Sender):
// A. Separators other than ASCII "-" inside the word: r183-*-from-{nb-hyphen (+ -no-options),
//    unicode-hyphen, en-dash, minus-sign, fullwidth-hyphen, dot-in-word, underscore-in-word,
//    middle-dot-in-word, katakana-dot-in-word}, r183-outlook-sender-nb-hyphen. At fault:
//    lib/findings/domains.ts brandOnSomeReading: HYPHEN_IN_WORD / HYPHENS_IN_WORDS are ASCII "-" only
//    and run on the raw name (so U+FF0D, which NFKC folds to "-", is never joined); gluedBrand reads
//    "." and "_" only when the whole name is one word. Fix: run the join on each shownVariant and
//    widen the class to [\p{Pd}\u2212._\u00B7\u2027\u2219\u22C5\u30FB] between two letters, still
//    asking only whether the join makes a brand word anew. Could hurt: nothing found (Catalan
//    "Col·legi" joins to no brand; "ジョン・スミス" neither).
// B. A space inside the word: r183-outlook-from-nbsp-in-word, r183-gmail-from-ideographic-space-in-word.
//    NFKC makes both a plain space, so "Pay Pal" is the case. Joining any two words would take
//    "Lakeside Drop Box Lockers" (r183-outlook-genuine-drop-box-lockers). Fix: join two words across
//    a space only where the split falls at a capital the brand's own name has inside (Brand.name
//    "PayPal", "LinkedIn", "DocuSign", "FedEx", "eBay"): "Pay Pal" joins, "Drop Box" does not
//    (Dropbox has no inner capital). Could hurt: "Linked In Leeds"-style names (none found).
// C. Spaced letters with other separators: r183-outlook-from-spaced-letters-middle-dot,
//    r183-gmail-from-spaced-letters-nbsp. SPACED_LETTERS / SPACED_RUN take [ .] on the raw name.
//    Fix: test the shown text (NFKC: no-break and thin spaces become " ") and add the middle dots.
// D. ™ after the brand: r183-gmail-from-trade-mark-sign, r183-outlook-from-trade-mark-microsoft,
//    r183-outlook-sender-trade-mark-sign. lib/findings/visible-text.ts shownText's NFKC turns "™"
//    into "TM" glued to the word ("paypaltm"); only brandInPlainName (not asked for the brand) sees
//    PayPal. Fix: replace [\u2122\u2120\u00AE\u00A9] with a space before NFKC in shownText (or in
//    rememberedVariants). Could hurt: nothing (symbols, no letters).
// E. Latin brand glued to CJK desk words: r183-*-from-{glued-katakana-desk (+ -no-options),
//    glued-kanji-desk, glued-katakana-team}, r183-outlook-sender-glued-katakana-desk. namesBrand
//    splits on non-letters only; katakana and kanji are letters, so "amazonカスタマーセンター" is one
//    word. Fix: in namesBrand, a space at each boundary between a Latin letter and
//    [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30FC]. Could hurt: a third party's
//    "Amazon出品代行" (reads as "Amazon Seller Services" does in English today); Amazon.co.jp's own
//    desk (r183-gmail-genuine-amazon-co-jp-own-japanese-desk) and PayPay's stay authenticated.
// F. CamelCase with words of its own: r183-*-from-camelcase-{own-words,notifications,prime},
//    r183-outlook-sender-camelcase-own-words. brandInName sees one word; gluedBrand allows only
//    service words around the brand ("Platform", "Notifications", "Prime" are not). Fix: a case-aware
//    reading of the name as written: a brand word (case-insensitive) that starts at a word start or a
//    lower-to-upper change and ends at a word end or before a capital or digit ("PayPal|Billing").
//    Controls that must hold: "LinkedInfluence Weekly", "AmazonasReisen" (lower-case letter after
//    the brand). An all-capitals glued name keeps the service-word rule.
// G. Transliterations: r183-gmail-from-katakana-amazon, r183-outlook-from-katakana-paypal,
//    r183-gmail-from-chinese-amazon, r183-outlook-from-cyrillic-microsoft, r183-gmail-from-hangul-netflix.
//    BRANDS has no words in other scripts (nameSkeleton folds Cyrillic to gibberish, as meant). Fix:
//    add each brand's everyday name in Japanese, Chinese, Korean and Russian (アマゾン, 亚马逊/亞馬遜,
//    아마존, амазон; ペイパル, 贝宝, 페이팔, пейпал; マイクロソフト, 微软/微軟, 마이크로소프트,
//    майкрософт; ネットフリックス, 넷플릭스, нетфликс; グーグル, 谷歌, 구글, гугл), matched on the
//    lower-cased shown reading: whole words in Cyrillic, at a run's start in CJK (no spaces there,
//    Korean particles follow the word). Could hurt: "アマゾン川ツアー" (the river), as "Amazon River
//    Tours" is read today; "Амазонка Тур" (r183-gmail-genuine-amazonka-tours-cyrillic) must stay.
// H. A letter dropped or doubled: r183-outlook-from-letter-dropped ("Microsft Account Team"),
//    r183-gmail-from-letter-doubled ("Paypall Resolution Center"). No spelling-distance reading.
//    Fix (narrow): one letter inserted, dropped or two swapped (no substitution under 7 letters), only
//    where the rest of the name is desk words (namesOnlyDesk) and the word is not the sending
//    domain's label. Controls: "PayPay" and "PayPayカスタマーサポート" (a substitution, and PayPay's own
//    label), "Amazona Parrot Society" (words of its own).
// Read right today (held): an emoji or parentheses around the brand, Turkish İ in capitals, I for l
// in capitals, full-width letters.
// Fixed at 23:4x the same evening (A, C, D, E): lib/findings/domains.ts brandOnSomeReading reads
// the name again (rereadForBrands) on its shown text, with a trade mark sign set apart, dashes and
// the minus sign between letters joined, dots, underscores and middle dots joined between two
// letters or more on each side (between single letters they are initials: "D.H.L. Morgan", real-mail
// round 166, which the first try, joining them anywhere, read as DHL), and a space where a Latin
// letter meets Han, kana or Hangul; spaced letters may be apart by a no-break space or a middle dot.
// Fixed on 2026-12-07 at 01:3x (B): a brand word with a capital inside ("PayPal", "YouTube") split
// at that capital with the brand's capitals ("Pay Pal", "PAY PAL") reads joined
// (SPLIT_AT_INNER_CAPITAL in rereadForBrands); "Drop Box Lockers", "E Bay", "One Drive" stay apart.
// Fixed the same hour (F): a one-word CamelCase name is read apart at its case changes, the brands'
// own inner capitals kept (lib/findings/display-name.ts gluedBrand, brandInCamelCase), so
// "PayPalBillingPlatform" names PayPal and "AmazonasReisen", "LinkedInfluence" name nothing.
// Fixed on 2026-12-07 at 02:3x (G): lib/findings/domains.ts namesBrand also reads each brand's
// everyday name in Japanese, Chinese, Korean and Russian (OTHER_SCRIPT_NAMES: a Cyrillic name as a
// whole word, so "Амазонка Тур" stays; a CJK or Hangul one at a word's start), read as the Latin
// name is (medium, not a disguise).
// Still pending, by choice for now: H (a letter dropped or doubled): its reading is met by genuine
// names too ("PayPay"), and is listed in README "What still fools".
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r183-outlook-from-letter-dropped',
  'r183-gmail-from-letter-doubled',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
