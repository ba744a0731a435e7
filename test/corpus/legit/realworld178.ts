// Real-world delivery shapes, hundred-and-seventy-eighth round: genuine mail against the brand and
// relay rules of rounds 186-187 (lib/findings/domains.ts BROKEN_WORDS, DESK_AND_PRODUCT_WORDS,
// OTHER_SCRIPT_NAMES, LATIN_BESIDE_CJK; lib/findings/hosted-server.ts offlineMailRelay with its SPF
// condition; lib/relay/providers-esp.ts relay names and relayAsns). Read as Gmail, Exchange Online
// (`--webmail outlook`), Yahoo and the reader's Postfix/Dovecot box, online and offline.
// 1. Display names with a word broken before a small letter ("Drop-box", "Linked-in", "i-cloud"),
//    double-barrelled surnames and place names holding a brand word, a German compound
//    ("Amazon-Händler"): real spellings, firms modelled (none found with mail in the corpora).
//    "Linked-in" / "Drop-box" as written spellings: realworld175's find_string sources ("Visit my
//    Linked-in profile", "Drop-box where other apps place function manifests").
// 2. Brand names in other scripts from genuine senders: Chinese shops whose name is an ordinary
//    word that OTHER_SCRIPT_NAMES also lists (贝宝 "treasure baby", a common baby-shop name; 网飞
//    "net-fly", a firm name), a Japanese Amazon-river cruise (アマゾン川), a Korean fan club, GDG
//    China (谷歌开发者社区), a Russian reseller writing "Amazonка" glued, a Greek supermarket in Greek
//    capitals (ΑΒ Βασιλόπουλος), all modelled on their real names; the Chinese firms on Tencent
//    Exmail (layout below).
// 3. Regional providers' relays, offline above all:
//    - Tencent Exmail's overseas relays on AWS: smtpbguseast1.qq.com [54.204.34.129],
//      smtpbguseast2 [54.204.34.130], smtpbguseast3 [54.243.244.52] (AS14618), smtpbgsg1.qq.com
//      [54.254.200.92] and smtpbgsg2 [54.254.200.128] (AS16509): kernel list copies on lfdr.de
//      2019-2026 (find_string "smtpbguseast", "Received: from smtpbgsg": uniontech.com,
//      linux.spacemit.com, airkyi.com, nucleisys.com, kubuds.cn). Layout from uniontech.com's
//      20 Jun 2025 copy: DKIM d=uniontech.com s=onoh2408 h=MIME-Version:From:Date:Message-ID:
//      Subject:To above "X-QQ-mid: zesmtpsz6t…", "Received: from … by bizesmtp.qq.com (ESMTP) with
//      \n\tid ; …", X-QQ-SSF, X-BIZMAIL-ID; Feedback-ID "zesmtpsz:<domain>:qybglogicsvrgz:…";
//      the list recorded spf=pass smtp.mailfrom=uniontech.com, dmarc=pass (p=none).
//      spf.mail.qq.com's record was not read here: modelled as the relays' own blocks (so the
//      customer's include passes them online).
//    - Selectors: gmx.net badeba3b8450, 163.com s110527, naver.com s20171208 as earlier rounds;
//      web.de dbaedf251592, mail.ru mail4, seznam.cz szn20221014 as recalled from list copies, and
//      Zoho's customer selector zmail modelled (the corpus key signs them all alike).
//    - GMX / WEB.DE (mout.gmx.net 212.227.17.21, mout.web.de 212.227.15.3, IONOS AS8560, GMX's
//      s=badeba3b8450), Mail.ru (fallback20.i.mail.ru 79.137.243.76), NetEase (m16.mail.163.com
//      220.197.31.3), Naver (cvsmtppost06.nm.naver.com 114.111.35.101), Seznam (mxd.seznam.cz
//      77.75.76.210), Zoho EU (sender4-op-o12.zoho.eu 136.143.169.12): realworld141's sources
//      (realworld10/probe12, realworld51, kernel list copies). Seznam's IPv6 relay
//      (2a02:598:a::78:210, AS43037) and Zoho India's sender-of-o51.zoho.in [103.117.158.51]
//      (AS56201) are modelled on those names and networks (classes checked with
//      `npx tsx lib/cli/main.ts classify <ip>`); Aruba's smtpcmd0642.aruba.it [62.149.156.42] as
//      the providers-esp.ts entry's names (realworld51/52), selector a1 modelled; Yandex's IPv6 forward hosts are probe187's
//      genuine controls and not repeated.
// Senders, recipients and client addresses are documentation ones; relays are the providers' own;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, ptr6, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';

const BOX = 'mail.reader.example';
type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  outlook: 'robin.reader@outlook.example',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@reader.example',
};
const argsFor = (r: Reader, online: boolean) =>
  r === 'box'
    ? ['--authserv-id', BOX, ...(online ? ['--recipient-domain', 'reader.example'] : [])]
    : ['--webmail', r];

interface Sample {
  slug: string;
  cls: string;
  about: string;
  from: string;
  subject: string;
  body: string;
  relay: Relay;
  /** [d=, s=], the last on top. */
  signers: Array<[string, string]>;
  envelope: string;
  policy: string;
  /** Lines the sender's service writes above the submitted message (below the signatures). */
  inside?: string[];
  /** Header lines of the submitted message itself. */
  extra?: string[];
  zone: Record<string, unknown>;
  /** Readers and modes to read it in. */
  reads: Array<[Reader, boolean]>;
  /** What an analyst wants, per mode. */
  want: (reader: Reader, online: boolean) => CaseExpectation;
}

const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1).replace(/>$/, '');

async function delivered(s: Sample, reader: Reader, n: string): Promise<string> {
  const rcpt = RCPT[reader];
  const fromDomain = domainOf(s.from);
  const raw = submitted({
    from: s.from,
    to: rcpt,
    subject: s.subject,
    date: 'Fri, 20 Nov 2026 09:59:40 +0000',
    messageId: `<w178.${s.slug}.${n}@${fromDomain}>`,
    extraHeaders: s.extra,
    body: s.body,
  });
  const signed = await signAll(s.inside?.length ? onTop(raw, ...s.inside) : raw, s.signers);
  const env = domainOf(s.envelope);
  const relay = s.relay;
  if (reader === 'gmail')
    return gmailDelivery(signed, {
      relay,
      envelope: s.envelope,
      results: [
        ...s.signers.map(([d, sel]) => gmailDkim(d, sel)),
        gmailSpf(s.envelope, relay.ip),
        gmailDmarc(fromDomain, s.policy.toUpperCase()),
      ].join('\r\n       '),
      ids: [`x178csp${n}pxa`, `a178si${n}qtb.178`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook') {
    const dkim = s.signers.map(([d]) => `dkim=pass (signature was verified)\r\n header.d=${d}`).join(';');
    return eopDelivery(signed, {
      ip: relay.ip,
      helo: relay.helo,
      ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${env}; ${dkim};dmarc=pass action=none\r\n header.from=${fromDomain};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${env} designates\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
      returnPath: s.envelope,
    });
  }
  if (reader === 'yahoo')
    return yahooDelivery(signed, {
      relay,
      envelope: s.envelope,
      results: `${s.signers.map(([d, sel]) => `dkim=pass header.i=@${d} header.s=${sel};`).join('\r\n ')}\r\n spf=pass smtp.mailfrom=${env};\r\n dmarc=pass(p=${s.policy.toUpperCase()}) header.from=${fromDomain};`,
    });
  const ipShown = relay.ip.includes(':') ? `IPv6:${relay.ip}` : relay.ip;
  return onTop(
    signed,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB178${n}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:04 +0000'),
    `Authentication-Results: ${BOX}; dmarc=pass (p=${s.policy} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([d, sel]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${sel} header.b=Q29ycHVz`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${relay.ip}; helo=${relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${relay.helo} (${relay.rdns} [${ipShown}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw178${n}a2\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}

/** Outlook offline takes Exchange Online's record only of failures (by design: probe185). */
const AUTH = (reader: Reader, online: boolean): CaseExpectation =>
  reader === 'outlook' && !online
    ? { verdict: 'unverified' }
    : { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** The name does claim the brand's word: a warning an analyst accepts, never spoofed. */
const CLAIMS = (): CaseExpectation => ({
  notVerdict: ['spoofed'],
  findings: ['display-name-brand'],
  fields: { 'dmarc.result': 'pass' },
});

const ALL_READS: Array<[Reader, boolean]> = [
  ['gmail', true],
  ['gmail', false],
  ['outlook', true],
  ['yahoo', true],
  ['box', true],
  ['box', false],
];
const SOME_READS: Array<[Reader, boolean]> = [
  ['gmail', true],
  ['gmail', false],
  ['box', false],
];

// --- A firm's own server / ESP for group 1 --------------------------------------------------------
/** Amazon SES us-west-2, as probe183 / realworld104. */
const SES: Relay = {
  helo: 'a27-104.smtp-out.us-west-2.amazonses.com',
  rdns: 'a27-104.smtp-out.us-west-2.amazonses.com',
  ip: '54.240.27.104',
};
const sesSample = (
  slug: string,
  name: string,
  domain: string,
  subject: string,
  about: string,
  want: Sample['want'],
  reads = SOME_READS,
): Sample => ({
  slug,
  cls: 'brand-broken-word-genuine',
  about,
  from: `${name} <hello@${domain}>`,
  subject,
  body: 'Hello,\r\n\r\nthis month\u2019s news is on our website.\r\n',
  relay: SES,
  signers: [
    ['amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'],
    [domain, 'mail2026'],
  ],
  envelope: `0101019a2b3c4d5e-w178-000000@us-west-2.amazonses.com`,
  policy: 'quarantine',
  extra: ['Feedback-ID: ::1.us-west-2.w178Example=:AmazonSES'],
  zone: {
    ...ptr(SES.ip, SES.rdns),
    [SES.rdns]: { A: [SES.ip] },
    'us-west-2.amazonses.com': { TXT: ['v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'] },
    '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw._domainkey.amazonses.com': KEY(),
    [`mail2026._domainkey.${domain}`]: KEY(),
    [domain]: { TXT: ['v=spf1 include:amazonses.com -all'] },
    [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  },
  reads,
  want,
});

function brokenWords(): Sample[] {
  return [
    sesSample(
      'drop-box-lockers',
      'Drop-box Lockers Ltd',
      'dropboxlockers.example',
      'Your locker 14 is ready for collection',
      'Genuine: a parcel-locker firm that writes its trade name with a hyphen and a small letter ("Drop-box", the common noun), through Amazon SES, signed by its own domain.',
      CLAIMS,
      ALL_READS,
    ),
    sesSample(
      'linked-in-local',
      'Linked-in Local Bristol',
      'linkedinlocalbristol.example',
      'Next meet-up: 3 December at the Engine Shed',
      'Genuine: a networking meet-up group whose organisers write "Linked-in" (a common spelling), through SES, signed by its own domain.',
      CLAIMS,
    ),
    sesSample(
      'i-cloud-solutions',
      'i-cloud Solutions Ltd',
      'icloudsolutions.example',
      'Your backup report for November',
      'Genuine: a small IT firm named "i-cloud Solutions" (lower-case, as round 175\u2019s i-Cloud), through SES.',
      CLAIMS,
    ),
    sesSample(
      'apple-smith-surname',
      'Jane Apple-Smith',
      'applesmith-law.example',
      'Completion statement for 14 Orchard Row',
      'Genuine: a conveyancing solicitor with a double-barrelled surname holding a brand word ("Apple-Smith"), signed by her firm.',
      AUTH,
      ALL_READS,
    ),
    sesSample(
      'appleton-farm-shop',
      'Apple-ton Farm Shop',
      'appletonfarm.example',
      'Christmas hampers: order by 12 December',
      'Genuine: a farm shop that writes its village name hyphenated for the pun; joined it is "Appleton", no brand.',
      AUTH,
    ),
    sesSample(
      'amazon-haendler-stammtisch',
      'Amazon-Händler Stammtisch Köln',
      'haendlerstammtisch.example',
      'Einladung: Stammtisch am 3. Dezember',
      'Genuine: a German sellers\u2019 meet-up ("Amazon sellers\u2019 regulars\u2019 table") in the German compound style, its own domain. It names Amazon\u2019s word as its topic.',
      CLAIMS,
    ),
    sesSample(
      'adobe-town-pottery',
      'Adobe-town Pottery',
      'adobetownpottery.example',
      'Kiln open day this Saturday',
      'Genuine: a New Mexico pottery named for adobe (the building material), hyphenated.',
      CLAIMS,
    ),
  ];
}

// --- Tencent Exmail customers (groups 2 and 3) ----------------------------------------------------
const EXMAIL_US1: Relay = { helo: 'smtpbguseast1.qq.com', rdns: 'smtpbguseast1.qq.com', ip: '54.204.34.129' };
const EXMAIL_US3: Relay = { helo: 'smtpbguseast3.qq.com', rdns: 'smtpbguseast3.qq.com', ip: '54.243.244.52' };
const EXMAIL_SG1: Relay = { helo: 'smtpbgsg1.qq.com', rdns: 'smtpbgsg1.qq.com', ip: '54.254.200.92' };
const EXMAIL_BIZ: Relay = { helo: 'smtpbg.qq.com', rdns: 'biz-43-154-54-12.mail.qq.com', ip: '43.154.54.12' };

const exmailInside = (domain: string, n: string) => [
  'X-QQ-RECHKSPAM: 0',
  `Feedback-ID: zesmtpsz:${domain}:qybglogicsvrgz:qybglogicsvrgz5a-1`,
  `X-BIZMAIL-ID: 64482309865603288${n}`,
  'X-QQ-GoodBg: 1',
  'X-QQ-SSF: 0000000000000000000000000000000',
  'Received: from localhost.localdomain ( [203.0.113.58])\r\n\tby bizesmtp.qq.com (ESMTP) with \r\n\tid ; Fri, 20 Nov 2026 17:59:42 +0800 (CST)',
  `X-QQ-mid: zesmtpsz6t1763632782t${n}b751c3d6`,
];

function exmailSample(o: {
  slug: string;
  cls: string;
  name: string;
  domain: string;
  relay: Relay;
  subject: string;
  about: string;
  reads: Array<[Reader, boolean]>;
  want: Sample['want'];
  n: string;
}): Sample {
  const { domain, relay } = o;
  const zone: Record<string, unknown> = {
    ...(relay.ip.includes(':') ? ptr6(relay.ip, relay.rdns) : ptr(relay.ip, relay.rdns)),
    [relay.rdns]: { A: [relay.ip] },
    [domain]: { TXT: ['v=spf1 include:spf.mail.qq.com -all'] },
    'spf.mail.qq.com': {
      TXT: ['v=spf1 ip4:54.204.34.128/26 ip4:54.243.244.0/24 ip4:54.254.200.0/24 ip4:43.154.0.0/16 -all'],
    },
    [`onoh2408._domainkey.${domain}`]: KEY(),
    [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=none'] },
  };
  return {
    slug: o.slug,
    cls: o.cls,
    about: o.about,
    from: `${o.name} <sales@${domain}>`,
    subject: o.subject,
    body: '您好，\r\n\r\n附件是本月的报价单，请查收。\r\n',
    relay,
    signers: [[domain, 'onoh2408']],
    envelope: `sales@${domain}`,
    policy: 'none',
    inside: exmailInside(domain, o.n),
    zone,
    reads: o.reads,
    want: o.want,
  };
}

// --- Other scripts (group 2) ----------------------------------------------------------------------
function otherScripts(): Sample[] {
  const ses = (
    slug: string,
    name: string,
    domain: string,
    subject: string,
    about: string,
    want: Sample['want'],
  ) => ({
    ...sesSample(slug, name, domain, subject, about, want),
    cls: 'brand-other-script-genuine',
  });
  return [
    exmailSample({
      slug: 'cn-beibao-baby-shop',
      cls: 'brand-other-script-genuine',
      name: '贝宝母婴用品',
      domain: 'beibaomuying.example',
      relay: EXMAIL_BIZ,
      subject: '双十二活动预告',
      about:
        'Genuine: a Chinese mother-and-baby shop named 贝宝 ("treasure baby", a common shop name; also PayPal China\u2019s old name) on Tencent Exmail, handed over by smtpbg.qq.com (biz-43-154-54-12.mail.qq.com), signed by its own domain. The shop names no brand.',
      reads: [
        ['gmail', true],
        ['gmail', false],
        ['outlook', true],
        ['box', false],
      ],
      want: AUTH,
      n: '11',
    }),
    exmailSample({
      slug: 'cn-wangfei-tech',
      cls: 'brand-other-script-genuine',
      name: '网飞科技',
      domain: 'wangfeikeji.example',
      relay: EXMAIL_BIZ,
      subject: '关于11月服务器维护的通知',
      about:
        'Genuine: a Chinese IT firm named 网飞科技 ("Wangfei Technology"; 网飞 is also Netflix\u2019s Chinese nickname) on Tencent Exmail, signed by its own domain. It names no brand.',
      reads: [
        ['gmail', true],
        ['box', false],
      ],
      want: AUTH,
      n: '12',
    }),
    ses(
      'jp-amazon-river-cruise',
      'アマゾン川クルーズ',
      'amazongawa-cruise.example',
      '【ご案内】2027年春のツアー',
      'Genuine: a Japanese travel agency\u2019s Amazon-river cruise desk (アマゾン川, the river), its own domain through SES. Reads as the Latin "Amazon Rainforest Trust" always has: the river\u2019s name is the brand\u2019s word.',
      CLAIMS,
    ),
    ses(
      'kr-netflix-fan-club',
      '넷플릭스 코리아 팬클럽',
      'nfkfanclub.example',
      '12월 정기 모임 안내',
      'Genuine: a Korean fan club naming Netflix as its topic, its own domain through SES.',
      CLAIMS,
    ),
    ses(
      'cn-gdg-community',
      '谷歌开发者社区',
      'gdg-china.example',
      'DevFest 2026 报名开启',
      'Genuine: a Google Developer Group community (谷歌开发者社区), its own domain through SES: it names Google as its topic.',
      CLAIMS,
    ),
    ses(
      'ru-amazonka-reseller',
      'Amazonка доставка',
      'amazonka-dostavka.example',
      'Ваш заказ прибыл на склад',
      'Genuine: a Russian parcel-forwarding reseller writing "Amazonка" glued (Latin brand, Russian suffix), its own domain through SES: it names Amazon as its trade.',
      CLAIMS,
    ),
    ses(
      'ru-amazonka-club',
      'Клуб Амазонка',
      'klub-amazonka.example',
      'Расписание тренировок на декабрь',
      'Genuine: a Russian fitness club "Amazonka" (Амазонка, the Amazon woman / the river), all Cyrillic: no brand.',
      AUTH,
    ),
    ses(
      'gr-ab-vassilopoulos',
      'ΑΒ Βασιλόπουλος',
      'ab-vas.example',
      'Οι προσφορές της εβδομάδας',
      'Genuine: a Greek supermarket chain written in Greek capitals (ΑΒ looks like Latin AB): no brand, no mixed-script disguise.',
      AUTH,
    ),
    ses(
      'jp-itmedia-news-topic',
      'ITmedia NEWS',
      'itmedia-news.example',
      'アマゾン、新しい配送拠点を発表',
      'Genuine: a Japanese news outlet whose newsletter subject names Amazon (アマゾン); the display name names none.',
      AUTH,
    ),
  ];
}

// --- Regional providers (group 3) -----------------------------------------------------------------
function regional(): Sample[] {
  const out: Sample[] = [];
  for (const [slug, relay, n] of [
    ['exmail-aws-us-east-1', EXMAIL_US1, '21'],
    ['exmail-aws-us-east-3', EXMAIL_US3, '22'],
    ['exmail-aws-singapore', EXMAIL_SG1, '23'],
  ] as const)
    out.push(
      exmailSample({
        slug,
        cls: 'regional-relay-offline',
        name: 'Chen Linhai',
        domain: 'lanting-tech.example',
        relay,
        subject: 'Re: [PATCH v3 2/3] fs: add backing_files control file',
        about: `Genuine: a Chinese firm on Tencent Exmail (include:spf.mail.qq.com, signing d=<own domain> s=onoh2408) writing to a reader abroad; Exmail hands over from its overseas relay ${relay.rdns} [${relay.ip}] on AWS, as uniontech.com's and spacemit's kernel mail does (2019-2026). Every receiver records dkim, spf and dmarc pass.`,
        reads:
          n === '21'
            ? ALL_READS
            : [
                ['gmail', true],
                ['gmail', false],
                ['box', false],
              ],
        want: AUTH,
        n,
      }),
    );
  const own = (o: {
    slug: string;
    relay: Relay;
    from: string;
    sel: string;
    policy: string;
    about: string;
    reads?: Array<[Reader, boolean]>;
  }): Sample => {
    const d = domainOf(o.from);
    const v6 = o.relay.ip.includes(':');
    return {
      slug: o.slug,
      cls: 'regional-relay-offline',
      about: o.about,
      from: o.from,
      subject: 'Re: meeting notes',
      body: 'Hi Robin,\r\n\r\nthanks, see you on Thursday.\r\n',
      relay: o.relay,
      signers: [[d, o.sel]],
      envelope: o.from.replace(/^.*</, '').replace(/>$/, ''),
      policy: o.policy,
      zone: {
        ...(v6 ? ptr6(o.relay.ip, o.relay.rdns) : ptr(o.relay.ip, o.relay.rdns)),
        [o.relay.rdns]: v6 ? { AAAA: [o.relay.ip] } : { A: [o.relay.ip] },
        [d]: { TXT: [`v=spf1 ${v6 ? 'ip6' : 'ip4'}:${o.relay.ip} -all`] },
        [`${o.sel}._domainkey.${d}`]: KEY(),
        [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${o.policy}`] },
      },
      reads: o.reads ?? [
        ['gmail', true],
        ['gmail', false],
        ['box', false],
      ],
      want: AUTH,
    };
  };
  const r = (helo: string, ip: string, rdns = helo): Relay => ({ helo, rdns, ip });
  out.push(
    own({
      slug: 'gmx-mout',
      relay: r('mout.gmx.net', '212.227.17.21'),
      from: 'Jonas Weber <jonas.weber@gmx.net>',
      sel: 'badeba3b8450',
      policy: 'quarantine',
      about:
        'Genuine: a GMX free-mail user, signed d=gmx.net s=badeba3b8450, handed over by mout.gmx.net [212.227.17.21] (IONOS AS8560, a hosting network; GMX / WEB.DE known by that relay name).',
      reads: ALL_READS,
    }),
    own({
      slug: 'webde-mout',
      relay: r('mout.web.de', '212.227.15.3'),
      from: 'Lena Krüger <lena.krueger@web.de>',
      sel: 'dbaedf251592',
      policy: 'quarantine',
      about:
        'Genuine: a WEB.DE user, signed d=web.de, handed over by mout.web.de [212.227.15.3] (IONOS AS8560).',
    }),
    own({
      slug: 'mailru-fallback',
      relay: r('fallback20.i.mail.ru', '79.137.243.76'),
      from: 'Ivan Sokolov <i.sokolov@mail.ru>',
      sel: 'mail4',
      policy: 'reject',
      about:
        'Genuine: a Mail.ru user through fallback20.i.mail.ru [79.137.243.76] (VK, AS47764), signed d=mail.ru.',
    }),
    own({
      slug: 'netease-163',
      relay: r('m16.mail.163.com', '220.197.31.3'),
      from: '王小明 <wangxm2026@163.com>',
      sel: 's110527',
      policy: 'none',
      about:
        'Genuine: a NetEase 163.com user through m16.mail.163.com [220.197.31.3], signed d=163.com s=s110527.',
    }),
    own({
      slug: 'naver-cvsmtppost',
      relay: r('cvsmtppost06.nm.naver.com', '114.111.35.101'),
      from: '김지훈 <jihoon.kim@naver.com>',
      sel: 's20171208',
      policy: 'none',
      about:
        'Genuine: a Naver user through cvsmtppost06.nm.naver.com [114.111.35.101] (NAVER Cloud AS23576), signed s20171208.',
    }),
    own({
      slug: 'seznam-ipv6',
      relay: r('mxd.seznam.cz', '2a02:598:a::78:210', 'mxd.seznam.cz'),
      from: 'Petr Novák <petr.novak@seznam.cz>',
      sel: 'szn20221014',
      policy: 'none',
      about:
        'Genuine: a Seznam user handed over over IPv6 by mxd.seznam.cz [2a02:598:a::78:210] (Seznam AS43037), signed d=seznam.cz.',
    }),
    own({
      slug: 'aruba-customer',
      relay: r('smtpcmd0642.aruba.it', '62.149.156.42'),
      from: 'Studio Rossi <info@studiorossi-commercialisti.example>',
      sel: 'a1',
      policy: 'quarantine',
      about:
        "Genuine: an Italian accountants' office on Aruba's mail (authenticated submission), signed d=<own domain>, handed over by smtpcmd0642.aruba.it [62.149.156.42] (Aruba's AS31034, a hosting network: offline it stands on offlineMailRelay's relay name, signature and SPF pass for its own envelope).",
      reads: [
        ['gmail', true],
        ['gmail', false],
        ['yahoo', true],
        ['box', false],
      ],
    }),
    own({
      slug: 'zoho-india',
      relay: r('sender-of-o51.zoho.in', '103.117.158.51'),
      from: 'Priya Raman <priya@ragam-textiles.example>',
      sel: 'zmail',
      policy: 'quarantine',
      about:
        "Genuine: a Zoho Mail India customer (India DC), signed d=<own domain> s=zmail, handed over by sender-of-o51.zoho.in [103.117.158.51] (Zoho's AS56201).",
    }),
  );
  return out;
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const samples = [...brokenWords(), ...otherScripts(), ...regional()];
  let i = 0;
  for (const s of samples) {
    for (const [reader, online] of s.reads) {
      const n = (i++).toString(36).padStart(2, '0');
      emitCase(write, {
        name: `w178-${reader}-${s.slug}${online ? '' : '-offline'}`,
        class: s.cls,
        about: `${s.about} Reader: ${reader}, ${online ? 'online' : 'offline'}.`,
        eml: await delivered(s, reader, n),
        args: argsFor(reader, online),
        ...(online ? { zone: s.zone } : {}),
        expect: s.want(reader, online),
      });
    }
  }
}

// Pending (18 cases), two groups.
// A. Tencent Exmail's overseas relays on AWS (12: smtpbguseast1.qq.com [54.204.34.129] in Gmail,
//    Outlook, Yahoo and the box online, Gmail and the box offline; smtpbguseast3 [54.243.244.52] and
//    smtpbgsg1 [54.254.200.92] in Gmail online and offline and the box offline). Read now:
//    SUSPICIOUS, hosted-server-relay:medium ("sent from a rented server on Amazon Web Services
//    (54.204.34.129)") + dmarc-policy-none:low, online as well as offline: not a regression of
//    round 187, these names were never known. Should read: authenticated, as the same firm's mail
//    through smtpbg.qq.com (biz-43-154-54-12.mail.qq.com, Tencent Cloud) does (low note offline).
//    At fault: lib/relay/providers-esp.ts, entry 'QQ Mail / Tencent Exmail': its rdnsPatterns
//    (out…, biz-…, xmbg…) hold no smtpbg<region><n>.qq.com name and its relayAsns only Tencent
//    Cloud's 132203, so online espFromEvidence finds no service for the forward-confirmed name and
//    offline mailRelayName (esp-evidence.ts) returns null, so offlineMailRelay (hosted-server.ts)
//    has nothing to stand on. Smallest fix: a second entry (so that Amazon's networks do not widen
//    the out…mail.qq.com names' relayAsns), e.g. name 'QQ Mail / Tencent Exmail' again or 'Tencent
//    Exmail (overseas)', rdnsPatterns [/^smtpbg(?:useast|sg|au|eu|jp|br)\d{1,2}\.qq\.com$/],
//    relayAsns [14618, 16509], no ranges or domains. probe183-187 stay caught: no probe uses these
//    names; a stranger's EC2 printing such a name offline still needs the provider's DKIM pass of the
//    From's organisation AND its SPF pass for the From's own envelope (offlineMailRelay, round 187),
//    which an EC2 address outside the firm's include:spf.mail.qq.com cannot get; online the name must
//    be forward-confirmed under qq.com. Could hurt: nothing genuine. (Only us-east and sg names were
//    seen, 2019-2026; the other region words are a guess the lead may drop.)
// B. Chinese firms whose name is an everyday word that OTHER_SCRIPT_NAMES lists as a brand (6:
//    贝宝母婴用品, a baby shop, in Gmail online and offline, Outlook, the box offline; 网飞科技, an IT
//    firm, in Gmail online and the box offline). Read now: SUSPICIOUS, display-name-brand:medium
//    ("the name says PayPal" / "Netflix"), dmarc-policy-none:low. Should read: authenticated (low
//    notes only). At fault: lib/findings/domains.ts brandInOtherScript through OTHER_SCRIPT_NAMES: a
//    Han name matches at the start of any word (` 贝宝`), and 贝宝 ("treasure baby") and 网飞
//    ("net-fly") are common shop and firm names in their own right, unlike 亚马逊, 微软, 谷歌 or 脸书,
//    which mean nothing else. Smallest fix: drop '贝宝', '貝寶', '网飞', '網飛' from the list (no probe of
//    rounds 183-187 uses them: probe183 names 贝宝 only in its header comment), or, to keep "贝宝客服"
//    caught, count those four only where the rest of the name is empty or a Chinese desk word (客服,
//    客户服务, 安全中心, 账户, 團隊…), which needs a small Chinese desk list. Could hurt: a lure named
//    plain "贝宝" / "网飞" from the attacker's own authenticated domain loses its brand warning (with the
//    first fix). アマゾン川 (the river) is left as is: the list's comment reads it as the Latin
//    "Amazon River Tours", by design.
// Read right (no pending): words broken before a small letter on genuine firms ("Drop-box Lockers
// Ltd", "Linked-in Local Bristol", "i-cloud Solutions Ltd") read suspicious with
// display-name-brand HIGH (a disguise): the verdict an analyst accepts for a name that spells a
// brand, though HIGH overstates a common spelling; no fix separates them from probe187's
// "Micro-soft Europe" (a word of the attacker's own), so none is proposed. "Jane Apple-Smith" and
// "Apple-ton Farm Shop" stay authenticated; "Amazon-Händler Stammtisch Köln" and "Adobe-town
// Pottery" read display-name-brand medium as their plain spellings always did. Other scripts:
// Japanese/Korean/Chinese/Russian names that name the brand as a topic (アマゾン川, 넷플릭스 팬클럽,
// 谷歌开发者社区, "Amazonка") read suspicious medium, never spoofed; "Клуб Амазонка", "ΑΒ Βασιλόπουλος"
// and a newsletter naming アマゾン only in its subject read authenticated. Regional providers offline:
// GMX and WEB.DE (IONOS AS8560), Aruba (AS31034), Mail.ru, NetEase 163, Naver, Seznam over IPv6 and Zoho India read
// authenticated online and offline.
// Fixed on 2026-12-07 at 04:3x: A with the names in the one QQ Mail / Tencent Exmail entry
// (lib/relay/providers-esp.ts: smtpbg(useast|sg)N.qq.com, relayAsns AWS 14618 and 16509, as AWS
// confirms a customer's reverse name before setting it); B by the alternative that keeps "贝宝客服"
// caught (lib/findings/domains.ts EVERYDAY_OTHER_SCRIPT_NAMES: 贝宝, 貝寶, 网飞, 網飛 name the brand
// only alone or beside a desk's words, CHINESE_DESK or English).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
