// Real-world delivery shapes, round w175: genuine senders whose names the brand readings added at
// 23:50 (red-team round 183, test/corpus/adversarial/probe183.ts) may now read as a brand claim:
// lib/findings/domains.ts rereadForBrands (SEPARATORS_IN_WORDS: a dash between letters dropped, a
// dot, underscore or middle dot between two letters or more on each side dropped; a trade mark
// sign set apart; a Latin word glued to Han, kana or Hangul read apart), SPACED_LETTERS with the
// no-break space and middle dots, and lib/findings/display-name.ts gluedBrand (a one-word From name
// gluing a brand to desk words). Every sender here is genuine: its own domain (or the platform's),
// signed, SPF and DMARC passing, through its real ESP, read by Gmail, Exchange Online and the
// reader's Postfix box, online with the zone it publishes and offline on the provider's results.
//
// What these names are, and where the spellings come from (`find_string` / `search`, cited by what
// they show; no text copied):
// - A brand's word written with a hyphen as an ordinary spelling: "Linked-In" in public repos'
//   text ("Create a Linked-In profile.", "Visit my Linked-in profile", alt="Linked-In Icon":
//   find_string "Linked-In "); "Drop-box" as a common noun ("Drop-box where other apps place
//   function manifests", find_string "\"Drop-Box"), a storage firm's key "DROPBOX" on its office
//   (clarecountystorage.com FAQ, corpus pages). Firms named "Drop-Box …", "i-Cloud …", "One-Drive …"
//   are modelled (none found in the corpora): the i- prefix and the hyphen are ordinary trade-name
//   spellings, and each joins to a brand word only once the hyphen is dropped.
// - Japanese resellers naming what they buy or sell, glued without a space: "Amazonギフト券買取"
//   (gift-card buy-back shops' pages and menus, find_string "Amazonギフト券買取": four public sites),
//   "Microsoft認定パートナー" (a Tokyo firm's company history, find_string), "Apple製品" repair
//   (modelled), PayPay's own bank "PayPay銀行" (modelled on its real name). Japanese has no spaces,
//   so the glued form is how any Japanese shop writes it (probe183's header cites alpha-com.jp and
//   39harukana.com for the lures).
// - GitHub notifications: From "<actor's name or login>" <notifications@github.com> (github/docs
//   content/subscriptions-and-notifications/reference/email-notification-headers.md: "This address
//   will always be notifications@github.com"); relayed from out-N.smtp.github.com 192.30.252.x,
//   signed d=github.com (s=pf2014), as the git-mailing-list-mirror's 2018 copies of GitHub mail
//   show (gitgitgadget/git-mailing-list-mirror). Real logins gluing a brand to desk words:
//   github.com/dhlparcel (DHL Parcel's org: find_string "github.com/dhlparcel", its bulk-merger and
//   spring-finder repos) and github.com/dhl-express (find_string).
// - Trade mark signs in a reseller's newsletter name ("Kindle™ Deals", "Microsoft 365™ …"):
//   modelled; Gmail and Outlook draw ™ as written (probe183's header).
// Offline, Outlook confirms no pass (HeaderLens takes Exchange Online's record only of failures),
// so the genuine names' offline cases are read in Gmail or the reader's box.
// Layouts reused: SendGrid (rounds-kit.ts SENDGRID_OUT / sendgridSigners / sendgridZone; the
// envelope bounces+<uid>-<hex>-<rcpt local>=<rcpt domain>@em<N>.<domain> and the second signature
// d=sendgrid.info s=smtpapi as Gmail's ARC-Authentication-Results in public repos' fixtures show
// them: myntra.com, toolhouseai.com, account.chime.com, noti.search.jobsdb.com, find_string
// "header.i=@sendgrid.info"). A SendGrid account that never authenticated its domain is modelled
// with envelope at sendgrid.net and d=sendgrid.info alone (NOT confirmed from a real trace). Amazon
// SES us-west-2 (probe183 and realworld104: a27-104.smtp-out.us-west-2.amazonses.com
// 54.240.27.104), a firm's own Postfix, Gmail / Exchange Online deliveries from receivers.ts.
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, eopPass, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { SENDGRID_OUT, SENDGRID_SPF, sendgridSigners, sendgridZone } from '../rounds-kit';

const FIRM = 'reader.example';
const ROBIN = `robin@${FIRM}`;
const OUTLOOK_TO = 'robin@harbourline.example';
const BOX = ['--authserv-id', RECEIVER, '--recipient-domain', FIRM];

/** Genuine, its name no brand claim: authenticated, no brand finding. */
const GENUINE: CaseExpectation = {
  ...AUTHENTICATED,
  absentFindings: ['display-name-brand', 'sender-display-name'],
};
/**
 * A third party naming the brand in words (a reseller, a partner, a platform's user): the brand
 * finding is wanted, as for the same name written with spaces in English; never spoofed.
 */
const NAMES_BRAND: CaseExpectation = { notVerdict: ['spoofed'], findings: ['display-name-brand'] };

const encoded = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
const phrase = (name: string) =>
  /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encoded(name);

type Reader = 'gmail' | 'outlook' | 'box';
const argsOf = (r: Reader) => (r === 'gmail' ? GMAIL : r === 'outlook' ? OUTLOOK : BOX);
const toOf = (r: Reader) => (r === 'gmail' ? GMAIL_TO : r === 'outlook' ? OUTLOOK_TO : ROBIN);

interface Esp {
  relay: Relay;
  /** The envelope sender (its domain passes SPF at the relay). */
  envelope: string;
  /** Signatures, first signed first; the first is the From domain's own. */
  signers: Array<[string, string]>;
  /** The hops the ESP writes above the message before it hands it over. */
  hops?: string[];
}

let serial = 0;

/** The message as `domain` sends it through `esp`, delivered to `reader`. */
async function deliver(
  reader: Reader,
  o: {
    name: string;
    address: string;
    subject: string;
    body: string;
    esp: Esp;
    policy?: string;
    /** DMARC fails (p=none): the ESP's shared domains pass, none aligned. */
    unaligned?: boolean;
    extra?: string[];
  },
): Promise<string> {
  serial += 1;
  const fromDomain = o.address.slice(o.address.indexOf('@') + 1);
  const envDomain = o.esp.envelope.slice(o.esp.envelope.lastIndexOf('@') + 1);
  const policy = o.policy ?? 'REJECT';
  const signed = await signAll(
    submitted({
      from: `${phrase(o.name)} <${o.address}>`,
      to: `Robin Reader <${toOf(reader)}>`,
      subject: /^[\x20-\x7e]*$/.test(o.subject) ? o.subject : encoded(o.subject),
      messageId: `<w175.${serial}.${o.subject.length}@${fromDomain}>`,
      body: o.body,
      extraHeaders: o.extra ?? [],
    }),
    o.esp.signers,
  );
  const raw = o.esp.hops?.length ? onTop(signed, ...o.esp.hops) : signed;
  const { relay, envelope, signers } = o.esp;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay,
      envelope,
      results: [
        ...signers.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(envelope, relay.ip),
        gmailDmarc(fromDomain, policy, o.unaligned ? 'fail' : 'pass'),
      ].join('\r\n       '),
      ids: [`x175csp${serial}pxa`, `a175si${serial}qtb.175`],
      spf: 'pass',
      deliveredTo: true,
      to: GMAIL_TO,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, {
      ...eopPass(
        relay,
        envDomain,
        `dkim=pass (signature was verified)\r\n header.d=${fromDomain}`,
        fromDomain,
      ),
      returnPath: envelope,
    });
  const dkim = signers
    .map(([d, s]) => `dkim=pass header.d=${d} header.s=${s} header.b=Q29ycHVz`)
    .join(';\r\n\t');
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=pass (${RECEIVER}: domain of ${envelope} designates ${relay.ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=${o.unaligned ? 'fail' : 'pass'} (p=${policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    received({ ...relay, by: RECEIVER, id: `4Zw175n${serial}x`, for: ROBIN }),
  );
}

// --- The senders' ESPs and DNS --------------------------------------------------------------------
/** A customer of SendGrid with its own em<N> bounce host and s1 key (rounds-kit's layout). */
const viaSendgrid = (domain: string, rcptLocal: string): Esp => ({
  relay: SENDGRID_OUT,
  envelope: `bounces+31175-a9c2-${rcptLocal}=gmail.com@em4417.${domain}`,
  signers: sendgridSigners(domain),
  hops: [
    `Received: by filterdrecv-7c6f5d8b49-q2x7t with SMTP id filterdrecv-7c6f5d8b49-q2x7t-1-673DB5C5-17\r\n        2026-11-20 10:00:04.912345678 +0000 UTC m=+1751.175`,
  ],
});
const sendgridDns = (domain: string) => ({
  ...sendgridZone(SENDGRID_OUT, domain, `em4417.${domain}`),
  'smtpapi._domainkey.sendgrid.info': KEY(),
});

/** A SendGrid account that never authenticated its domain: SendGrid's own envelope and signature only. */
const viaSendgridShared = (rcpt: string): Esp => ({
  relay: SENDGRID_OUT,
  envelope: `bounces+31175-b4d1-${rcpt.replace('@', '=')}@sendgrid.net`,
  signers: [['sendgrid.info', 'smtpapi']],
  hops: viaSendgrid('sendgrid.net', 'x').hops,
});
const sendgridSharedDns = (domain: string) => ({
  ...ptr(SENDGRID_OUT.ip, SENDGRID_OUT.rdns),
  'sendgrid.net': { TXT: [SENDGRID_SPF] },
  'smtpapi._domainkey.sendgrid.info': KEY(),
  [domain]: { TXT: ['v=spf1 include:sendgrid.net ~all'] },
  [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=none'] },
});

/** Amazon SES in us-west-2 with a custom MAIL FROM (bounce.<domain>) and Easy DKIM. */
const SES: Relay = {
  helo: 'a27-104.smtp-out.us-west-2.amazonses.com',
  rdns: 'a27-104.smtp-out.us-west-2.amazonses.com',
  ip: '54.240.27.104',
};
const viaSes = (domain: string): Esp => ({
  relay: SES,
  envelope: `010101937c4ab175-5d2e8f41-9c3a-4b7e-a1d2-6f0e8b9c7a15-000000@bounce.${domain}`,
  signers: [
    [domain, 'x7k2m4q9r3t8w1y6z5b0c2d4e6f8g0h1'],
    ['amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'],
  ],
});
const sesDns = (domain: string, policy = 'p=quarantine') => ({
  ...ptr(SES.ip, SES.rdns),
  [`bounce.${domain}`]: { TXT: ['v=spf1 include:amazonses.com ~all'] },
  'amazonses.com': {
    TXT: ['v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 -all'],
  },
  [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; ${policy}`] },
  [`x7k2m4q9r3t8w1y6z5b0c2d4e6f8g0h1._domainkey.${domain}`]: KEY(),
  '7v7vs6w47njt4pimodk5mmttbegzsi6n._domainkey.amazonses.com': KEY(),
});

/** A firm's own Postfix, signing with s1 (kit.ts authenticZone's layout). */
const ownServer = (domain: string, ip: string, local: string): Esp => ({
  relay: { helo: `mail.${domain}`, rdns: `mail.${domain}`, ip },
  envelope: `${local}@${domain}`,
  signers: [[domain, 's1']],
});
const ownDns = (domain: string, ip: string, policy = 'p=reject') => ({
  ...ptr(ip, `mail.${domain}`),
  [domain]: { TXT: [`v=spf1 mx ip4:${ip} -all`] },
  [`s1._domainkey.${domain}`]: KEY(),
  [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; ${policy}`] },
});

/** GitHub's own relay and its notification envelope (github/docs; the 2018 list copies). */
const GITHUB_OUT: Relay = {
  helo: 'out-3.smtp.github.com',
  rdns: 'out-3.smtp.github.com',
  ip: '192.30.252.194',
};
const viaGithub: Esp = {
  relay: GITHUB_OUT,
  envelope: 'noreply@github.com',
  signers: [['github.com', 'pf2014']],
};
const GITHUB_DNS = {
  ...ptr(GITHUB_OUT.ip, GITHUB_OUT.rdns),
  'github.com': { TXT: ['v=spf1 ip4:192.30.252.0/22 include:_netblocks.google.com ~all'] },
  '_dmarc.github.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
  'pf2014._domainkey.github.com': KEY(),
};

// --- The senders ------------------------------------------------------------------------------------
interface Sender {
  slug: string;
  name: string;
  address: string;
  subject: string;
  body: string;
  esp: Esp;
  dns: Record<string, unknown>;
  policy?: string;
  unaligned?: boolean;
  extra?: string[];
  what: string;
  expect: CaseExpectation;
  readers: Array<Reader | `${Reader}-offline`>;
}

const STORAGE = 'lakeside-selfstorage.example';
const ICLOUD_FIRM = 'ics-hosting-ky.example';
const DRIVING = 'lakeside-driving.example';
const CAREERS = 'careers.northfield-uni.example';
const KAITORI = 'giftcard-kaitori.example';
const REPAIR = 'seihin-shuri.example';
const PAYPAY_BANK = 'paypay-bank.example';
const RESELLER_ZH = 'xinghe-digital.example';
const BOOKS = 'northgate-books.example';
const MSP = 'northgate-it.example';
const MS_PARTNER_JA = 'skyfuture-sol.example';

const SENDERS: Sender[] = [
  // A. A hyphen inside an ordinary trade name joins to a brand word (SEPARATORS_IN_WORDS).
  {
    slug: 'drop-box-self-storage-sendgrid',
    name: 'Drop-Box Self Storage',
    address: `office@${STORAGE}`,
    subject: 'Your December rent and the new gate code',
    body: 'Hello,\r\n\r\nDecember rent is due on the 1st. From Monday the gate code is changing; the new one is on your tenant page.\r\n\r\nDrop-Box Self Storage, Lakeside\r\n',
    esp: viaSendgrid(STORAGE, 'robin.reader'),
    dns: sendgridDns(STORAGE),
    what: 'a self-storage firm named after the key drop box at its office, "Drop-Box Self Storage", sending its tenant notices through SendGrid (its own s1 key and an em4417 bounce host). Dropping the hyphen makes "dropbox"',
    expect: GENUINE,
    readers: ['gmail', 'gmail-offline', 'outlook'],
  },
  {
    slug: 'i-cloud-solutions-own-postfix',
    name: 'i-Cloud Solutions Ltd',
    address: `support@${ICLOUD_FIRM}`,
    subject: 'Scheduled maintenance of your hosted backup, Saturday 02:00',
    body: 'Dear customer,\r\n\r\nyour hosted backup will be unavailable for about 30 minutes on Saturday from 02:00.\r\n\r\ni-Cloud Solutions Ltd\r\n',
    esp: ownServer(ICLOUD_FIRM, '203.0.113.175', 'support'),
    dns: ownDns(ICLOUD_FIRM, '203.0.113.175'),
    what: 'a small hosting firm "i-Cloud Solutions Ltd" (the "i-" prefix as in i-mode, i-Tech) on its own Postfix box, signing s1, p=reject. Dropping the hyphen makes "icloud", a word of Apple\'s',
    expect: GENUINE,
    readers: ['outlook', 'box', 'gmail-offline'],
  },
  {
    slug: 'one-drive-driving-school-own-postfix',
    name: 'One-Drive Driving School',
    address: `bookings@${DRIVING}`,
    subject: 'Lesson confirmed: Tuesday 16:00',
    body: 'Hi Robin,\r\n\r\nyour driving lesson is confirmed for Tuesday at 16:00, pick-up from home.\r\n\r\nOne-Drive Driving School\r\n',
    esp: ownServer(DRIVING, '198.51.100.175', 'bookings'),
    dns: ownDns(DRIVING, '198.51.100.175', 'p=quarantine'),
    policy: 'QUARANTINE',
    what: 'a driving school "One-Drive Driving School" on its own server. Dropping the hyphen makes "onedrive", a word of Microsoft\'s',
    expect: GENUINE,
    readers: ['box', 'gmail'],
  },
  {
    slug: 'linked-in-profile-clinic-careers-sendgrid',
    name: 'Careers Service: Linked-In Profile Clinic',
    address: `events@${CAREERS}`,
    subject: 'Book a slot: Linked-In profile clinic, 3 December',
    body: 'Dear student,\r\n\r\nbring your laptop: our advisers review your Linked-In profile in 15-minute slots.\r\n\r\nCareers Service\r\n',
    esp: viaSendgrid(CAREERS, 'robin.reader'),
    dns: sendgridDns(CAREERS),
    what: 'a university careers service announcing its "Linked-In Profile Clinic" (the hyphenated spelling people write: "Create a Linked-In profile." in public repos) through SendGrid. It names LinkedIn as its topic beside words of its own: a note at most (as "LinkedIn Profile Clinic" reads), never the "disguised" impersonation',
    expect: { notVerdict: ['spoofed'] },
    readers: ['gmail', 'outlook-offline'],
  },
  {
    slug: 'drop-box-storage-manager-sender-on-behalf',
    name: 'Maria Lopez',
    address: `maria@${STORAGE}`,
    extra: [`Sender: "Drop-Box Self Storage" <office@${STORAGE}>`],
    subject: 'Your unit 14: move-in checklist',
    body: 'Hi Robin,\r\n\r\nhere is the move-in checklist for unit 14; the trolley is by the lift.\r\n\r\nMaria\r\n',
    esp: viaSendgrid(STORAGE, 'robin.reader'),
    dns: sendgridDns(STORAGE),
    what: 'the storage firm\'s manager writing from the firm\'s shared mailbox: From "Maria Lopez", Sender "Drop-Box Self Storage" <office@…> (the same domain), which Outlook shows as "Drop-Box Self Storage on behalf of Maria Lopez"; through SendGrid, aligned',
    expect: GENUINE,
    readers: ['outlook', 'box'],
  },
  {
    slug: 'drop-box-self-storage-sendgrid-unaligned',
    name: 'Drop-Box Self Storage',
    address: `office@${STORAGE}`,
    subject: 'Your December rent and the new gate code',
    body: 'Hello,\r\n\r\nDecember rent is due on the 1st.\r\n\r\nDrop-Box Self Storage, Lakeside\r\n',
    esp: viaSendgridShared(GMAIL_TO),
    dns: sendgridSharedDns(STORAGE),
    policy: 'NONE',
    unaligned: true,
    what: "the storage firm as many small senders mail before authenticating their domain at SendGrid: SendGrid's bounce envelope and d=sendgrid.info only, p=none, DMARC failing unenforced. Honestly unverified; the hyphen must not make it an impersonation",
    expect: { verdict: 'unverified', absentFindings: ['display-name-brand'] },
    readers: ['gmail'],
  },
  // B. A Latin brand glued to Japanese or Chinese words (LATIN_BESIDE_CJK).
  {
    slug: 'amazon-giftcard-kaitori-ses-ja',
    name: 'Amazonギフト券買取センター',
    address: `info@${KAITORI}`,
    subject: '【買取完了】お振込みのお知らせ',
    body: 'ご利用ありがとうございます。\r\nお申込みいただいたAmazonギフト券の買取が完了し、本日お振込みいたしました。\r\n',
    esp: viaSes(KAITORI),
    dns: sesDns(KAITORI),
    policy: 'QUARANTINE',
    what: 'a Japanese gift-card buy-back shop "Amazonギフト券買取センター" (Amazon gift card buy-back centre; such shops name themselves so: find_string "Amazonギフト券買取") confirming a payout, through Amazon SES with its own Easy DKIM key and bounce.<domain> MAIL FROM. A third party naming Amazon: the brand finding is wanted, as for "Amazon Gift Card Buy-back Centre" in English, at the plain spelling\'s severity (Japanese writes no space: nothing is disguised)',
    expect: NAMES_BRAND,
    readers: ['gmail', 'box'],
  },
  {
    slug: 'amazon-giftcard-kaitori-sendgrid-unaligned-ja',
    name: 'Amazonギフト券買取センター',
    address: `info@${KAITORI}`,
    subject: '【買取完了】お振込みのお知らせ',
    body: 'ご利用ありがとうございます。\r\n本日お振込みいたしました。\r\n',
    esp: viaSendgridShared(GMAIL_TO),
    dns: sendgridSharedDns(KAITORI),
    policy: 'NONE',
    unaligned: true,
    what: "the buy-back shop mailing through a SendGrid account that never authenticated its domain (SendGrid's envelope and d=sendgrid.info only, p=none, DMARC failing unenforced). Honestly unverified, with the brand finding; the glued Japanese spelling is how the shop writes its name, no disguise: it must read as the spaced twin does, never spoofed",
    expect: NAMES_BRAND,
    readers: ['gmail'],
  },
  {
    slug: 'amazon-giftcard-kaitori-spaced-sendgrid-unaligned-ja',
    name: 'Amazon ギフト券買取センター',
    address: `info@${KAITORI}`,
    subject: '【買取完了】お振込みのお知らせ',
    body: 'ご利用ありがとうございます。\r\n本日お振込みいたしました。\r\n',
    esp: viaSendgridShared(GMAIL_TO),
    dns: sendgridSharedDns(KAITORI),
    policy: 'NONE',
    unaligned: true,
    what: 'the same unaligned payout notice with a space after "Amazon" (the control for the glued spelling)',
    expect: NAMES_BRAND,
    readers: ['gmail'],
  },
  {
    slug: 'microsoft-partner-ja-own-postfix',
    name: 'Microsoft認定パートナー スカイフューチャー',
    address: `d365@${MS_PARTNER_JA}`,
    subject: 'Dynamics 365 導入セミナーのご案内',
    body: 'いつもお世話になっております。\r\n12月のDynamics 365導入セミナーのご案内です。\r\n',
    esp: ownServer(MS_PARTNER_JA, '203.0.113.176', 'd365'),
    dns: ownDns(MS_PARTNER_JA, '203.0.113.176'),
    what: 'a Tokyo Dynamics 365 integrator writing "Microsoft認定パートナー" (Microsoft certified partner) before its own name, as its company history does (find_string), from its own server. A partner naming Microsoft: the finding is wanted, as for "Microsoft Partner Network" from a partner in English, not as a disguise',
    expect: NAMES_BRAND,
    readers: ['outlook', 'gmail-offline'],
  },
  {
    slug: 'apple-repair-centre-ja-ses',
    name: 'Apple製品修理センター',
    address: `uketsuke@${REPAIR}`,
    subject: '修理品発送のお知らせ',
    body: 'お預かりしたiPhoneの修理が完了し、本日発送いたしました。\r\n',
    esp: viaSes(REPAIR),
    dns: sesDns(REPAIR, 'p=none'),
    policy: 'NONE',
    what: 'an independent repair shop "Apple製品修理センター" (Apple products repair centre) through SES. "Apple" alone is no brand word (only "Apple ID", "Apple Support", iCloud, iTunes): read apart from the Japanese it names nothing',
    expect: GENUINE,
    readers: ['outlook', 'gmail-offline'],
  },
  {
    slug: 'paypay-bank-own-postfix',
    name: 'PayPay銀行',
    address: `info@${PAYPAY_BANK}`,
    subject: '【PayPay銀行】お取引明細のお知らせ',
    body: 'PayPay銀行をご利用いただきありがとうございます。\r\n',
    esp: ownServer(PAYPAY_BANK, '203.0.113.177', 'info'),
    dns: ownDns(PAYPAY_BANK, '203.0.113.177'),
    what: 'PayPay Bank writing its own name glued to 銀行 (bank), from its own server. "PayPay" read apart is still no brand word',
    expect: GENUINE,
    readers: ['box', 'gmail'],
  },
  {
    slug: 'apple-reseller-zh-middle-dot',
    name: 'Apple授权专营店·星河数码',
    address: `service@${RESELLER_ZH}`,
    subject: '您的订单已发货',
    body: '您好，您在星河数码购买的商品已发货。\r\n',
    esp: viaSes(RESELLER_ZH),
    dns: sesDns(RESELLER_ZH),
    policy: 'QUARANTINE',
    what: 'a Chinese Apple Authorised Reseller "Apple授权专营店·星河数码" (a middle dot between the two parts, as Chinese shop names write it) through SES. Neither the CJK boundary nor the middle-dot join makes a brand word',
    expect: GENUINE,
    readers: ['gmail', 'box-offline'],
  },
  // C. Trade mark signs (MARK_SIGNS set apart).
  {
    slug: 'kindle-tm-deals-bookshop-sendgrid',
    name: 'Kindle™ Deals at Northgate Books',
    address: `deals@${BOOKS}`,
    subject: 'This week: three e-readers on offer',
    body: 'Hello,\r\n\r\nthis week three e-readers and their covers are on offer in our shop.\r\n',
    esp: viaSendgrid(BOOKS, 'robin.reader'),
    dns: sendgridDns(BOOKS),
    what: 'a bookshop\'s newsletter "Kindle™ Deals at Northgate Books" through SendGrid. "Kindle" is no brand word: set apart from ™ it names nothing',
    expect: GENUINE,
    readers: ['outlook', 'gmail-offline'],
  },
  {
    slug: 'microsoft-365-tm-msp-newsletter-sendgrid',
    name: 'Microsoft 365™ Updates from Northgate IT',
    address: `news@${MSP}`,
    subject: 'December: what changes in your Microsoft 365 tenant',
    body: 'Hello,\r\n\r\nthree changes reach your tenant this month; we apply them for you on the 12th.\r\n\r\nNorthgate IT\r\n',
    esp: viaSendgrid(MSP, 'robin.reader'),
    dns: sendgridDns(MSP),
    what: 'a managed-service provider\'s monthly "Microsoft 365™ Updates from Northgate IT" through SendGrid. A partner naming Microsoft: the finding is wanted at the plain spelling\'s severity (™ is not a disguise)',
    expect: NAMES_BRAND,
    readers: ['outlook', 'box'],
  },
  // D. A one-word name gluing a brand to desk words (gluedBrand): a GitHub login on GitHub's notice.
  {
    slug: 'github-notification-login-dhlparcel',
    name: 'dhlparcel',
    address: 'notifications@github.com',
    subject: 'Re: [dhlparcel/bulk-merger] Rebase instead of merge (PR #12)',
    body: '@robin the rebase option is merged; release follows this week.\r\n\r\n--\r\nReply to this email directly or view it on GitHub.\r\n',
    esp: viaGithub,
    dns: GITHUB_DNS,
    what: 'a GitHub notification for activity by the account "dhlparcel" (DHL Parcel\'s GitHub organisation, github.com/dhlparcel), which GitHub writes as the From name on notifications@github.com, relayed from out-3.smtp.github.com and signed d=github.com. A platform user\'s name naming DHL: the finding is wanted (anyone may register such a login), at the severity "DHL Parcel" would get, never the "disguised" one',
    expect: NAMES_BRAND,
    readers: ['gmail', 'outlook-offline'],
  },
];

export async function makeAll(write: CaseWriter): Promise<void> {
  for (const s of SENDERS)
    for (const r of s.readers) {
      const offline = r.endsWith('-offline');
      const reader = r.replace('-offline', '') as Reader;
      const label =
        reader === 'gmail' ? 'Gmail' : reader === 'outlook' ? 'Exchange Online' : "the reader's Postfix box";
      emitCase(write, {
        name: `w175-${reader}-${s.slug}${offline ? '-offline' : ''}`,
        about: `Genuine: ${s.what}. ${offline ? `Read offline in ${label}, on its own results.` : `${label}, online with the zone the sender publishes.`} Wanted: ${s.expect === GENUINE ? 'authenticated, no brand finding' : s.expect === NAMES_BRAND ? 'never spoofed; display-name-brand as for the plain spelling' : s.expect.verdict ? `${s.expect.verdict}, no brand finding` : 'never spoofed'}.`,
        class: 'real-mail',
        args: argsOf(reader),
        eml: await deliver(reader, {
          name: s.name,
          address: s.address,
          subject: s.subject,
          body: s.body,
          esp: s.esp,
          policy: s.policy,
          unaligned: s.unaligned,
          extra: s.extra,
        }),
        ...(offline ? {} : { zone: s.dns }),
        expect: s.expect,
      });
    }
}

// Found pending on 2026-12-07 (engine at 03c5b607, the 23:50 readings):
// A. A hyphen inside an ordinary trade name, beside words of the firm's own: "Drop-Box Self Storage",
//    "i-Cloud Solutions Ltd", "One-Drive Driving School" (w175-*-drop-box-self-storage-sendgrid*,
//    w175-*-i-cloud-solutions-own-postfix*, w175-*-one-drive-driving-school-own-postfix) read
//    SUSPICIOUS with display-name-brand:high ("the name says Dropbox / Apple / Microsoft"); the same
//    name as Outlook's Sender ("Drop-Box Self Storage on behalf of Maria Lopez", same domain:
//    w175-*-drop-box-storage-manager-sender-on-behalf) reads suspicious with sender-display-name:medium;
//    and the storage firm's notice through a SendGrid account without domain authentication (p=none,
//    nothing aligned: w175-gmail-drop-box-self-storage-sendgrid-unaligned) reads SPOOFED ("imitates
//    someone else"), where the honest reading is unverified. Wanted: authenticated (unverified for
//    the unaligned one), no brand finding. At fault: lib/findings/domains.ts brandOnSomeReading,
//    which accepts any brand the SEPARATORS_IN_WORDS join (via rereadForBrands) makes, whatever the
//    rest of the name says; display-name.ts displayNameRule then calls it "disguised" (high, as
//    brandInPlainName does not see it), which on unaligned mail is verdict row
//    impersonation-unauthenticated. Every separator attack of probe183 (group A: "Pay‑Pal Resolution
//    Center", "Micro−soft Account Team", "Pay_Pal Billing Department", "Pay·Pal Service",
//    "Net・flix Billing"…) has desk words only beside the joined word. Fix: split rereadForBrands in
//    two; the ™-apart and Latin-beside-CJK reading stays unconditional, and a brand the
//    separator-dropped reading alone finds counts only where the rest of that reading is desk words
//    (namesOnlyDesk after removing the brand's words on some skeleton variant, as sender.ts onlyDesk
//    does). Tried on a copy: these cases pass, probe183 keeps all its non-pending cases (the 13
//    pending stay pending), probe182, probe165 and realworld166 unchanged, unit tests sender,
//    display-name-glued, identity and identity-round-165 pass. Could hurt: an attacker adding a word
//    of his own ("Pay-Pal Europe Payments") is no longer read; "i-Cloud Support" (a genuine firm's
//    desk) still is.
// B. The Japanese buy-back shop "Amazonギフト券買取センター" through an unauthenticated SendGrid account
//    (w175-gmail-amazon-giftcard-kaitori-sendgrid-unaligned-ja) reads SPOOFED with display-name-brand:
//    high, while its spaced twin "Amazon ギフト券買取センター" reads suspicious (medium): Japanese writes
//    no space, so the glued form is no disguise. Wanted: as the spaced twin (the finding, not
//    spoofed). At fault: display-name.ts displayNameRule's `disguised = !brandInPlainName(...)`:
//    brandInPlainName does not read the Latin-CJK boundary. Fix: ask `disguised` of the name with
//    LATIN_BESIDE_CJK read as a space (a brandAsWritten beside brandInPlainName, used only there;
//    changing brandInPlainName itself turns sender.ts's speaksAs off for probe183's
//    r183-outlook-sender-glued-katakana-desk, whose Japanese desk words namesOnlyDesk cannot read).
//    probe183's glued-katakana attacks stay suspicious (medium on authenticated mail). Could hurt:
//    an unaligned Japanese lure "Amazonカスタマーセンター" now reads suspicious, not spoofed.
// Fixed on 2026-12-07 at 01:5x (A and B, as proposed above): brandOnSomeReading counts a brand the
// separator join alone makes only beside desk words (onlyDeskBesides), PayPal and YouTube split at
// their inner capital by a space or one separator still read anywhere ("Pay-Pal Europe Payments");
// displayNameRule asks `disguised` of brandAsWritten (the Latin-CJK boundary read as a space).
// Read right today: "Apple製品修理センター", "PayPay銀行", "Apple授权专营店·星河数码", "Kindle™ Deals…"
// (no brand word), and the brand named in words by a partner or reseller ("Microsoft 365™ Updates
// from…", "Microsoft認定パートナー…", the buy-back shop on SES, GitHub's "dhlparcel" login):
// display-name-brand, suspicious, never spoofed, as the same names written with spaces read. Not
// asked here: the glued GitHub login is "disguised" (high) where "DHL Parcel" is medium; aligned,
// both read suspicious.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
