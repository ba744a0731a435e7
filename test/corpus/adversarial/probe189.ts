// Red-team round 189: the Yahoo Mail / AOL reader (`--webmail yahoo`), and the rules added at 04:30
// (commit e170ae53).
// 1. Yahoo's trust boundary as a sender who has read lib/message/yahoo-layout.ts: everything under
//    Yahoo's entry (the inner MTA's `from <ip> (EHLO …) by <inner address> with SMTPs` line right
//    under the atlas hand-off) is the sender's. He writes below it a whole ARC set sealed as
//    d=yahoo.com (`ARC-Authentication-Results: i=1; atlas-production…yahoo.com; … dmarc=pass`),
//    Yahoo's own X-headers (X-YMailISG, X-Originating-Ip with the bank's address, X-Sonic-MF /
//    X-Sonic-ID naming the bank's envelope, X-Apparently-To) for the Yahoo and the AOL reader,
//    offline and online; a spoof forwarded into Yahoo by a Gmail user, the forwarder's Gmail record
//    of the fail inside and a forged pass below; Yahoo's own outbound read by a Yahoo reader
//    (intra-platform: sonic outbound to the omega inbound), genuine, beside the bank forwarded from
//    Gmail (genuine).
// 2. e170ae53's rules: CHINESE_DESK / EVERYDAY_OTHER_SCRIPT_NAMES (贝宝/网飞 only alone or beside
//    desk words): names built from the brand and words the list lacks ("贝宝 安全提醒", "网飞VIP会员",
//    "贝宝(中国) 客服中心", "网飞会员续费提醒") and a genuine IT firm's support desk ("网飞 技术支持");
//    QQ's smtpbg(useast|sg)N.qq.com on AWS: an EC2 VM whose HELO says smtpbguseast1.qq.com while its
//    PTR is Amazon's, replaying an Exmail customer's signed notice (Gmail prints HELO and PTR, Yahoo
//    only the EHLO word).
// Layouts: Yahoo's omega and AOL's atlas deliveries as test/corpus/receivers.ts yahooOmega/aolAtlas
// hold them (public raw messages of 2021-2025 cited in lib/message/yahoo-layout.ts); Yahoo/AOL's
// outbound host `sonic306-30.consmr.mail.…yahoo.com` at 74.6.132.229 from the AOL headers Ars
// Technica published (2019-08 "Ars forensic files", corpus `pages`: `Received-SPF: Pass … client-ip=
// 74.6.132.229; helo=sonic306-30.consmr.mail.`; the data-centre label is cut there, bf2 is assumed);
// X-Sonic-MF (the envelope Yahoo's outbound writes) as probe102/probe138 use it; Gmail's auto-forward
// (`+caf_=` envelope, mail-sor-f41.google.com) and its delivery as receivers.ts gmailDelivery; the
// Exmail AWS relays as test/corpus/legit/realworld178.ts cites them (kernel-list copies); Outlook.com's
// consumer outbound (`*-obe.outbound.protection.outlook.com`, `mail-…olkn….outbound…`, 40.92.0.0/15)
// with an SRS0 envelope as test/fixtures/legit/README-m365.md and EOP_SPF in probe163 hold them;
// the Postfix box (OpenDKIM/policyd-spf/OpenDMARC, Dovecot LMTP) as probe166/probe188 write it;
// CrazeDNS zones netcraze.pro/.link/.club from a public geosite list (corpus `docs`, ImpXada/Geosite2Surge
// data/netcraze: "Netcraze (formerly Keenetic in Russia) ## CrazeDNS service"). Names and
// addresses are documentation ones except Yahoo's, Google's, Tencent's and Amazon's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  aolAtlas,
  dovecotLmtp,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  type YahooEntry,
  yahooOmega,
} from '../receivers';
import { ATTACKER_RELAY, BANK_ENVELOPE, BANK_RELAY, bankNotice, probeCorpus } from '../rounds-kit';

const NB = 'northbank.example';
const ENV = 'bounce@attacker.example';
const YTO = 'robin.reader@yahoo.com';
const ATO = 'robin.reader@aol.com';
const GTO = 'robin.reader@gmail.com';
const NO = ' arc_overridden_status=NOT_OVERRIDDEN;';
const ATLAS = 'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com';
const YAHOO = ['--webmail', 'yahoo'];
const GMAIL = ['--webmail', 'gmail'];

const SPOOFED: CaseExpectation = { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } };
const AUTH: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
const BRAND_CLAIM: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-brand'] };

/** The bank's DNS (p=quarantine: Yahoo delivers a fail to the spam folder rather than refusing it). */
const BANK_ZONE: Record<string, unknown> = {
  [NB]: { TXT: [`v=spf1 ip4:${BANK_RELAY.ip} -all`] },
  [`_dmarc.${NB}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`nb1._domainkey.${NB}`]: KEY(),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_RELAY.ip} -all`] },
  ...ptr(ATTACKER_RELAY.ip, ATTACKER_RELAY.rdns),
  ...ptr(BANK_RELAY.ip, BANK_RELAY.rdns),
};

/** Yahoo's record of the attacker's unsigned spoof: his envelope passes, DMARC fails. */
const YAHOO_FAIL = `dkim=neutral(no sig);${NO}\r\n spf=pass smtp.mailfrom=attacker.example;${NO}\r\n dmarc=fail(p=QUARANTINE) header.from=${NB};${NO}`;
const YAHOO_PASS = `dkim=pass header.i=@${NB} header.s=nb1;${NO}\r\n spf=pass smtp.mailfrom=${NB};${NO}\r\n dmarc=pass(p=QUARANTINE) header.from=${NB};${NO}`;

const entry = (relay: Relay, env: string, ar: string): YahooEntry => ({
  ip: relay.ip,
  helo: relay.helo,
  envelope: env,
  spf: `pass (domain of ${env.split('@').pop()} designates ${relay.ip} as permitted sender)`,
  ar,
});

const atYahoo = (raw: string, o: YahooEntry, pod: string, to = YTO) =>
  yahooOmega(raw, o, { tag: 'Probe189', pod, inner: '10.253.189.18', to });
const atAol = (raw: string, o: YahooEntry) => aolAtlas(raw, o, { to: ATO });

/** The Yahoo-looking block the sender writes under the entry: an ARC set "sealed" by yahoo.com and Yahoo's X-headers. */
const forgedYahooBelow = (by: string, to: string) => [
  'ARC-Seal: i=1; a=rsa-sha256; d=yahoo.com; s=arc-2022; t=1795168805; cv=none;\r\n b=SGVhZGVyTGVucyByb3VuZCAxODkgbWFkZS11cCBzZWFsIHZhbHVlIG5vdCBhIHJlYWwgc2lnbmF0dXJl',
  'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=arc-2022;\r\n t=1795168805; h=from:to:subject:date:message-id;\r\n bh=Ym9keSBoYXNoIG1hZGUgdXAgZm9yIHJvdW5kIDE4OQ==;\r\n b=SGVhZGVyTGVucyByb3VuZCAxODkgbWFkZS11cCBtZXNzYWdlIHNpZ25hdHVyZQ==',
  `ARC-Authentication-Results: i=1; ${by};\r\n ${YAHOO_PASS}`,
  `X-Apparently-To: ${to}; Fri, 20 Nov 2026 09:58:06 +0000`,
  'X-YMailISG: HeaderLensProbe189.forgedByTheSender_0123456789abcdef\r\n probe189.yahoo.omega.layout_not.a.real.token--',
  `X-Originating-Ip: [${BANK_RELAY.ip}]`,
  `X-Sonic-MF: <${BANK_ENVELOPE}>`,
  'X-Sonic-ID: 5f1c0b9e-8a73-4e8b-a7f6-2d1c0b9e8a73',
  `Received-SPF: pass (domain of ${NB} designates ${BANK_RELAY.ip} as permitted sender)`,
];

const BOX = 'mail.reader.example';
const BTO = 'robin@reader.example';
const BOX_ARGS = ['--authserv-id', BOX, '--recipient-domain', 'reader.example'];
/** The reader's Postfix box (OpenDKIM, policyd-spf, OpenDMARC; Dovecot LMTP on top) taking `raw` from `relay`. */
const atBox = (raw: string, relay: Relay, env: string, results: string, n: string) =>
  onTop(
    raw,
    `Return-Path: <${env}>`,
    dovecotLmtp(BOX, env, BTO, `kB189${n}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:04 +0000'),
    `Authentication-Results: ${BOX};\r\n\t${results}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${relay.ip}; helo=${relay.helo}; envelope-from=${env}; receiver=<UNKNOWN>`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw189${n}a2\r\n\tfor <${BTO}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );

// ---- Intra-platform and forwards ----
/** Yahoo's (and AOL's) outbound relay, as published AOL headers name it (data-centre label assumed). */
const SONIC: Relay = {
  helo: 'sonic306-30.consmr.mail.bf2.yahoo.com',
  rdns: 'sonic306-30.consmr.mail.bf2.yahoo.com',
  ip: '74.6.132.229',
};
/** Gmail's relay for an auto-forward. */
const GMAIL_FWD: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const CAF = `${GTO.replace('@gmail.com', '')}+caf_=robin.reader=yahoo.com@gmail.com`;

// ---- QQ Exmail on AWS: an EC2 VM whose HELO says Exmail's relay name ----
const EXMAIL_CUSTOMER = 'hk-trading.example';
const EC2: Relay = {
  helo: 'smtpbguseast1.qq.com',
  rdns: 'ec2-54-204-34-77.compute-1.amazonaws.com',
  ip: '54.204.34.77',
};
const EXMAIL_ZONE: Record<string, unknown> = {
  [EXMAIL_CUSTOMER]: { TXT: ['v=spf1 include:spf.mail.qq.com -all'] },
  'spf.mail.qq.com': {
    TXT: ['v=spf1 ip4:43.154.54.0/24 ip4:54.204.34.129 ip4:54.243.244.52 ip4:54.254.200.92 -all'],
  },
  [`_dmarc.${EXMAIL_CUSTOMER}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`s201512._domainkey.${EXMAIL_CUSTOMER}`]: KEY(),
  ...ptr(EC2.ip, EC2.rdns),
};

async function exmailNotice(to: string): Promise<string> {
  const raw = submitted({
    from: `HK Trading Accounts <accounts@${EXMAIL_CUSTOMER}>`,
    to,
    subject: 'Payment received: order HK-20931',
    date: 'Thu, 19 Nov 2026 03:12:40 +0000',
    messageId: '<tencent_189A3F2B1C@qq.com>',
    body: 'Dear customer,\r\n\r\nwe received your payment for order HK-20931. Thank you.\r\n\r\nHK Trading\r\n',
  });
  return signAll(raw, [[EXMAIL_CUSTOMER, 's201512']]);
}

// ---- Chinese display names around 贝宝 / 网飞 ----
const cnFrom = (name: string, domain: string) =>
  `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?= <service@${domain}>`;
const CN_RELAY = (domain: string): Relay => ({
  helo: `mail.${domain}`,
  rdns: `mail.${domain}`,
  ip: '203.0.113.89',
});

async function cnMessage(name: string, domain: string, subject: string, body: string, to: string) {
  const raw = submitted({
    from: cnFrom(name, domain),
    to,
    subject: `=?UTF-8?B?${Buffer.from(subject, 'utf8').toString('base64')}?=`,
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: `<cn189.${domain}@mail.${domain}>`,
    body,
  });
  return signAll(raw, [[domain, 's1']]);
}
const cnZone = (domain: string) => ({
  [domain]: { TXT: ['v=spf1 ip4:203.0.113.89 -all'] },
  [`s1._domainkey.${domain}`]: KEY(),
  [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=none'] },
  ...ptr('203.0.113.89', `mail.${domain}`),
});
const yahooOwnPass = (domain: string, env: string) =>
  `dkim=pass header.i=@${domain} header.s=s1;${NO}\r\n spf=pass smtp.mailfrom=${env.split('@').pop()};${NO}\r\n dmarc=pass(p=NONE) header.from=${domain};${NO}`;

const LURE_BODY =
  '您好，\r\n\r\n您的账户存在异常登录，请于24小时内点击以下链接完成验证：\r\nhttps://verify-account.example/cn\r\n\r\n';
const CN_ATTACKS: Array<[slug: string, name: string, what: string]> = [
  [
    'beibao-space-security-reminder',
    '贝宝 安全提醒',
    '"PayPal security reminder": 安全 is a desk word, 提醒 (reminder) is not in CHINESE_DESK',
  ],
  ['wangfei-vip-member', '网飞VIP会员', '"Netflix VIP membership": VIP is not a desk word'],
  [
    'beibao-china-paren-service-centre',
    '贝宝(中国) 客服中心',
    '"PayPal (China) customer service centre": 中国 in brackets',
  ],
  [
    'wangfei-renewal-reminder',
    '网飞会员续费提醒',
    '"Netflix membership renewal reminder": 续费 (renewal) and 提醒 not desk words',
  ],
];

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ---- 1a. Yahoo / AOL: a forged Yahoo ARC set and X-headers under the entry ----
  for (const online of [false, true]) {
    const tail = online ? 'online' : 'offline';
    const raw = onTop(bankNotice(YTO), ...forgedYahooBelow(ATLAS, YTO));
    emit({
      name: `r189-yahoo-forged-yahoo-arc-set-and-ymail-headers-below-entry-${tail}`,
      class: 'forged-receiver-headers',
      about: `Attack: an unsigned ${NB} notice from ${ATTACKER_RELAY.ip} (envelope ${ENV}) to a Yahoo reader. Below Yahoo's entry the sender wrote an ARC set "sealed" as d=yahoo.com whose ARC-Authentication-Results (i=1, under Yahoo's own atlas id) records dkim/spf/dmarc pass for ${NB}, and Yahoo's X-headers (X-YMailISG, X-Originating-Ip with the bank's address, X-Sonic-MF/X-Sonic-ID naming the bank's envelope, X-Apparently-To, Received-SPF pass). Yahoo's own header above the entry records dmarc=fail. Wanted: spoofed.`,
      eml: atYahoo(raw, entry(ATTACKER_RELAY, ENV, YAHOO_FAIL), '7c9d5b6f4-r189a'),
      args: YAHOO,
      ...(online ? { zone: BANK_ZONE } : {}),
      expect: SPOOFED,
      twin: !online,
    });
    const aolRaw = onTop(bankNotice(ATO), ...forgedYahooBelow('atlas201.aol.mail.gq1.yahoo.com', ATO));
    emit({
      name: `r189-aol-forged-atlas-arc-set-and-x-headers-below-entry-${tail}`,
      class: 'forged-receiver-headers',
      about: `Attack: the same forged block (ARC set as d=yahoo.com, its AAR under AOL's atlas201.aol.mail.gq1.yahoo.com id, X-Sonic-MF, X-YMailISG, X-Originating-Ip) under AOL Mail's entry for an aol.com reader (same platform, atlas layout). AOL's own header records dmarc=fail. Wanted: spoofed.`,
      eml: atAol(aolRaw, entry(ATTACKER_RELAY, ENV, YAHOO_FAIL)),
      args: YAHOO,
      ...(online ? { zone: BANK_ZONE } : {}),
      expect: SPOOFED,
    });
  }

  // ---- 1b. A spoof forwarded into Yahoo by a Gmail user; the sender's forged pass under Gmail's record ----
  {
    const forgedGmail = [
      `Authentication-Results: mx.google.com;\r\n       ${[gmailDkim(NB, 'nb1'), gmailSpf(BANK_ENVELOPE, BANK_RELAY.ip), gmailDmarc(NB, 'QUARANTINE')].join('\r\n       ')}`,
    ];
    const firstLeg = gmailDelivery(onTop(bankNotice(GTO), ...forgedGmail), {
      relay: ATTACKER_RELAY,
      envelope: ENV,
      results: [gmailSpf(ENV, ATTACKER_RELAY.ip), gmailDmarc(NB, 'QUARANTINE', 'fail')].join('\r\n       '),
      ids: ['x189csp1pxa', 'a189si1qtb.189'],
      spf: 'pass',
      deliveredTo: true,
      to: GTO,
    });
    const ar = `dkim=neutral(no sig);${NO}\r\n spf=pass smtp.mailfrom=gmail.com;${NO}\r\n dmarc=fail(p=QUARANTINE) header.from=${NB};${NO}`;
    for (const online of [false, true])
      emit({
        name: `r189-yahoo-spoof-forwarded-from-gmail-forged-google-pass-below-${online ? 'online' : 'offline'}`,
        class: 'forwarded-spoof',
        about: `Attack: the unsigned ${NB} spoof reached a Gmail user who auto-forwards to Yahoo; the sender had written a whole passing mx.google.com header under Gmail's real entry, Gmail's own record of the first leg says dmarc=fail. Gmail forwards (envelope ${CAF}) from ${GMAIL_FWD.rdns}; Yahoo records dmarc=fail. Wanted: spoofed (the reader's provider is Yahoo; neither Google record is its).`,
        eml: atYahoo(firstLeg, entry(GMAIL_FWD, CAF, ar), '7c9d5b6f4-r189b'),
        args: YAHOO,
        ...(online ? { zone: BANK_ZONE } : {}),
        expect: SPOOFED,
      });
  }

  // ---- 1c. Genuine: the bank forwarded into Yahoo by Gmail; Yahoo's own outbound to a Yahoo reader ----
  {
    const signed = await signAll(
      submitted({
        from: `Northbank <${BANK_ENVELOPE}>`,
        to: GTO,
        subject: 'Your November statement is ready',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: '<stmt-r189-genuine@northbank.example>',
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n',
      }),
      [[NB, 'nb1']],
    );
    const firstLeg = gmailDelivery(signed, {
      relay: BANK_RELAY,
      envelope: BANK_ENVELOPE,
      results: [
        gmailDkim(NB, 'nb1'),
        gmailSpf(BANK_ENVELOPE, BANK_RELAY.ip),
        gmailDmarc(NB, 'QUARANTINE'),
      ].join('\r\n       '),
      ids: ['x189csp2pxa', 'a189si2qtb.189'],
      spf: 'pass',
      deliveredTo: true,
      to: GTO,
    });
    const ar = `dkim=pass header.i=@${NB} header.s=nb1;${NO}\r\n spf=pass smtp.mailfrom=gmail.com;${NO}\r\n dmarc=pass(p=QUARANTINE) header.from=${NB};${NO}`;
    for (const online of [false, true])
      emit({
        name: `r189-yahoo-genuine-bank-forwarded-from-gmail-${online ? 'online' : 'offline'}`,
        class: 'forwarded-genuine',
        about: `Genuine control: the bank's signed statement, delivered to Gmail, auto-forwarded to the reader's Yahoo mailbox (envelope ${CAF}); the bank's signature survives. Wanted: authenticated.`,
        eml: atYahoo(firstLeg, entry(GMAIL_FWD, CAF, ar), '7c9d5b6f4-r189c'),
        args: YAHOO,
        ...(online
          ? { zone: { ...BANK_ZONE, 'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] } } }
          : {}),
        expect: AUTH,
      });

    const friend = await signAll(
      submitted({
        from: 'Sam Friend <sam.friend.r189@yahoo.com>',
        to: YTO,
        subject: 'Dinner on Saturday?',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: '<1189064732.4412345.1795168680000@mail.yahoo.com>',
        body: 'Hi Robin,\r\n\r\nare you free for dinner on Saturday?\r\n\r\nSam\r\n',
        extraHeaders: ['X-Mailer: WebService/1.1.24738 YMailNorrin'],
      }),
      [['yahoo.com', 's2048']],
    );
    const sonicSent = onTop(
      friend,
      `Received: from sonic.gate.mail.ne1.yahoo.com by sonic306.consmr.mail.bf2.yahoo.com with HTTP; Fri, 20 Nov 2026 09:58:01 +0000`,
      'X-Sonic-MF: <sam.friend.r189@yahoo.com>',
    );
    const yar = `dkim=pass header.i=@yahoo.com header.s=s2048;${NO}\r\n spf=pass smtp.mailfrom=yahoo.com;${NO}\r\n dmarc=pass(p=REJECT) header.from=yahoo.com;${NO}`;
    for (const online of [false, true])
      emit({
        name: `r189-yahoo-genuine-intra-platform-yahoo-friend-${online ? 'online' : 'offline'}`,
        class: 'intra-platform-genuine',
        about: `Genuine control: a yahoo.com friend writes from Yahoo Mail's web client; Yahoo's outbound ${SONIC.rdns} (${SONIC.ip}) hands it to Yahoo's own inbound, which delivers it to the reader's Yahoo mailbox, signed d=yahoo.com s=s2048. Wanted: authenticated (unverified at worst).`,
        eml: atYahoo(sonicSent, entry(SONIC, 'sam.friend.r189@yahoo.com', yar), '7c9d5b6f4-r189d'),
        args: YAHOO,
        ...(online
          ? {
              zone: {
                'yahoo.com': { TXT: ['v=spf1 ptr:yahoo.com ptr:yahoo.net ip4:74.6.128.0/21 ?all'] },
                '_dmarc.yahoo.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
                's2048._domainkey.yahoo.com': KEY(),
                ...ptr(SONIC.ip, SONIC.rdns),
              },
            }
          : {}),
        expect: { notVerdict: ['suspicious', 'spoofed'], fields: { 'dmarc.result': 'pass' } },
      });
  }

  // ---- 1e. Forwarded into Yahoo by an Outlook.com user (SRS envelope); the AOL reader's genuine control ----
  {
    const EOP_OUT: Relay = {
      helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
      rdns: 'mail-am6eur05olkn2045.outbound.protection.outlook.com',
      ip: '40.92.91.45',
    };
    const srs = 'SRS0=Kq3v=ZB=northbank.example=security@outlook.com';
    const outlookHop = `Received: from AM9PR02MB7188.eurprd02.prod.outlook.com\r\n ([fe80::3d1a:7c2e:91b4:5a60]) by AM9PR02MB7188.eurprd02.prod.outlook.com\r\n ([fe80::3d1a:7c2e:91b4:5a60%4]) with mapi id 15.20.8182.019; Fri, 20 Nov 2026 09:58:03 +0000`;
    const spoofAr = `dkim=neutral(no sig);${NO}\r\n spf=pass smtp.mailfrom=outlook.com;${NO}\r\n dmarc=fail(p=QUARANTINE) header.from=${NB};${NO}`;
    emit({
      name: 'r189-yahoo-spoof-forwarded-from-outlook-com-srs-offline',
      class: 'forwarded-spoof',
      about: `Attack: the unsigned ${NB} spoof reached an Outlook.com mailbox that forwards to Yahoo; Outlook.com rewrites the envelope (SRS, ${srs}) and hands over from ${EOP_OUT.rdns}; the sender wrote a passing Yahoo-shaped header under it. Yahoo records spf=pass for outlook.com and dmarc=fail. Wanted: spoofed.`,
      eml: atYahoo(
        onTop(bankNotice(YTO), outlookHop, `Authentication-Results: ${ATLAS};\r\n ${YAHOO_PASS}`),
        entry(EOP_OUT, srs, spoofAr),
        '7c9d5b6f4-r189k',
      ),
      args: YAHOO,
      expect: SPOOFED,
    });
    const signed = await signAll(
      submitted({
        from: `Northbank <${BANK_ENVELOPE}>`,
        to: 'robin.reader@outlook.com',
        subject: 'Your November statement is ready',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: '<stmt-r189-outlook@northbank.example>',
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n',
      }),
      [[NB, 'nb1']],
    );
    const passAr = `dkim=pass header.i=@${NB} header.s=nb1;${NO}\r\n spf=pass smtp.mailfrom=outlook.com;${NO}\r\n dmarc=pass(p=QUARANTINE) header.from=${NB};${NO}`;
    emit({
      name: 'r189-yahoo-genuine-bank-forwarded-from-outlook-com-srs-offline',
      class: 'forwarded-genuine',
      about: `Genuine control: the bank's signed statement forwarded by Outlook.com (SRS envelope) into the reader's Yahoo mailbox; the bank's signature survives. Wanted: authenticated.`,
      eml: atYahoo(onTop(signed, outlookHop), entry(EOP_OUT, srs, passAr), '7c9d5b6f4-r189l'),
      args: YAHOO,
      expect: AUTH,
    });
    const aolSigned = await signAll(
      submitted({
        from: `Northbank <${BANK_ENVELOPE}>`,
        to: ATO,
        subject: 'Your November statement is ready',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: '<stmt-r189-aol@northbank.example>',
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n',
      }),
      [[NB, 'nb1']],
    );
    for (const online of [false, true])
      emit({
        name: `r189-aol-genuine-bank-statement-${online ? 'online' : 'offline'}`,
        class: 'forged-receiver-headers',
        about: `Genuine control beside the AOL attack: the bank's own signed statement from its server to an aol.com reader (AOL's atlas layout). Wanted: authenticated.`,
        eml: atAol(aolSigned, entry(BANK_RELAY, BANK_ENVELOPE, YAHOO_PASS)),
        args: YAHOO,
        ...(online ? { zone: BANK_ZONE } : {}),
        expect: AUTH,
      });
  }

  // ---- 2a. QQ Exmail's AWS relay name on a stranger's EC2 VM, replaying a customer's signed notice ----
  {
    const signed = await exmailNotice(YTO);
    const yar = `dkim=pass header.i=@${EXMAIL_CUSTOMER} header.s=s201512;${NO}\r\n spf=fail smtp.mailfrom=${EXMAIL_CUSTOMER};${NO}\r\n dmarc=pass(p=QUARANTINE) header.from=${EXMAIL_CUSTOMER};${NO}`;
    const replay = onTop(signed, 'Subject: Bank details changed: pay order HK-20931 to the new account');
    for (const online of [false, true]) {
      emit({
        name: `r189-yahoo-ec2-helo-smtpbguseast1-qq-replays-exmail-signed-${online ? 'online' : 'offline'}`,
        class: 'esp-name-on-cloud',
        about: `Attack: an EC2 VM (${EC2.ip}, PTR ${EC2.rdns}) says HELO ${EC2.helo} (Exmail's overseas relay name, now in QQ's rdnsPatterns with AWS's ASNs) and replays an Exmail customer's signed notice with a second Subject above, envelope the customer's. Yahoo prints only the EHLO word, records dkim pass, spf fail, dmarc pass. Wanted: not trusted (a cloud VM, SPF failing).`,
        eml: atYahoo(
          replay,
          {
            ...entry(EC2, `accounts@${EXMAIL_CUSTOMER}`, yar),
            spf: `fail (domain of ${EXMAIL_CUSTOMER} does not designate ${EC2.ip} as permitted sender)`,
          },
          '7c9d5b6f4-r189e',
        ),
        args: YAHOO,
        ...(online ? { zone: EXMAIL_ZONE } : {}),
        expect: NOT_TRUSTED,
      });
      const gsigned = await exmailNotice(GTO);
      emit({
        name: `r189-gmail-ec2-helo-smtpbguseast1-qq-replays-exmail-signed-${online ? 'online' : 'offline'}`,
        class: 'esp-name-on-cloud',
        about: `Attack: the same EC2 replay to a Gmail reader; Gmail prints HELO ${EC2.helo} and Amazon's PTR ${EC2.rdns}. Wanted: not trusted.`,
        eml: gmailDelivery(
          onTop(gsigned, 'Subject: Bank details changed: pay order HK-20931 to the new account'),
          {
            relay: EC2,
            envelope: `accounts@${EXMAIL_CUSTOMER}`,
            results: [
              gmailDkim(EXMAIL_CUSTOMER, 's201512'),
              gmailSpf(`accounts@${EXMAIL_CUSTOMER}`, EC2.ip, 'fail'),
              gmailDmarc(EXMAIL_CUSTOMER, 'QUARANTINE'),
            ].join('\r\n       '),
            ids: ['x189csp5pxa', 'a189si5qtb.189'],
            spf: 'fail',
            deliveredTo: true,
            to: GTO,
          },
        ),
        args: GMAIL,
        ...(online ? { zone: EXMAIL_ZONE } : {}),
        expect: NOT_TRUSTED,
      });
    }
  }

  // ---- 1d. The sender's EHLO names a Yahoo host; a forged Yahoo entry and pass under it ----
  for (const online of [false, true]) {
    const helo = 'mta4231.mail.ne1.yahoo.com';
    const raw = onTop(
      bankNotice(YTO),
      `Authentication-Results: ${ATLAS};\r\n ${YAHOO_PASS}`,
      `X-Originating-Ip: [${BANK_RELAY.ip}]`,
      `Received: from ${BANK_RELAY.ip} (EHLO ${BANK_RELAY.helo})\r\n by 10.253.62.166 with SMTPs\r\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\r\n Fri, 20 Nov 2026 09:58:05 +0000`,
    );
    emit({
      name: `r189-yahoo-ehlo-yahoo-mta-name-forged-inner-entry-and-pass-below-${online ? 'online' : 'offline'}`,
      class: 'forged-receiver-headers',
      about: `Attack: the spoofer's server says EHLO ${helo} (a Yahoo mta name), so Yahoo's entry reads "from ${ATTACKER_RELAY.ip} (EHLO ${helo}) by <inner> with SMTPs"; under it he wrote a Yahoo-shaped inner entry from the bank's address (${BANK_RELAY.ip}, by 10.253.62.166 with SMTPs) and a passing header under Yahoo's atlas id. Yahoo's own header records dmarc=fail. Wanted: spoofed.`,
      eml: atYahoo(raw, { ...entry(ATTACKER_RELAY, ENV, YAHOO_FAIL), helo }, '7c9d5b6f4-r189i'),
      args: YAHOO,
      ...(online ? { zone: BANK_ZONE } : {}),
      expect: SPOOFED,
    });
  }

  // ---- 2a'. Genuine: Exmail's own AWS relay smtpbguseast1.qq.com delivering to Yahoo (Yahoo prints only the EHLO word) ----
  {
    const EXMAIL_US1: Relay = {
      helo: 'smtpbguseast1.qq.com',
      rdns: 'smtpbguseast1.qq.com',
      ip: '54.204.34.129',
    };
    const signed = await exmailNotice(YTO);
    const yar = `dkim=pass header.i=@${EXMAIL_CUSTOMER} header.s=s201512;${NO}\r\n spf=pass smtp.mailfrom=${EXMAIL_CUSTOMER};${NO}\r\n dmarc=pass(p=QUARANTINE) header.from=${EXMAIL_CUSTOMER};${NO}`;
    for (const online of [false, true])
      emit({
        name: `r189-yahoo-genuine-exmail-aws-relay-smtpbguseast1-${online ? 'online' : 'offline'}`,
        class: 'esp-name-on-cloud',
        about: `Genuine control: an Exmail customer's signed notice handed over by Exmail's own overseas relay ${EXMAIL_US1.helo} (${EXMAIL_US1.ip}, AWS AS 14618; realworld178), read in Yahoo Mail, whose entry prints only the EHLO word. Wanted: authenticated.`,
        eml: atYahoo(
          onTop(
            signed,
            `Received: from qq.com (unknown [127.0.0.1])\r\n\tby smtp.qq.com (ESMTP) with SMTP\r\n\tid ; Thu, 19 Nov 2026 11:12:42 +0800 (CST)`,
          ),
          entry(EXMAIL_US1, `accounts@${EXMAIL_CUSTOMER}`, yar),
          '7c9d5b6f4-r189j',
        ),
        args: YAHOO,
        ...(online ? { zone: { ...EXMAIL_ZONE, ...ptr(EXMAIL_US1.ip, EXMAIL_US1.rdns) } } : {}),
        expect: AUTH,
      });
  }

  // ---- 2b. 贝宝 / 网飞 beside words CHINESE_DESK lacks ----
  let k = 0;
  for (const [slug, name, what] of CN_ATTACKS) {
    k++;
    const domain = `cn-notice${k}.example`;
    const env = `service@${domain}`;
    const raw = await cnMessage(name, domain, '账户安全提醒', LURE_BODY, YTO);
    emit({
      name: `r189-yahoo-cn-display-${slug}`,
      class: 'brand-other-script',
      about: `Attack: the attacker's own domain ${domain} (SPF, DKIM, DMARC pass) sends an account-verification lure with the display name "${name}": ${what}. Wanted: display-name-brand, not trusted.`,
      eml: atYahoo(raw, entry(CN_RELAY(domain), env, yahooOwnPass(domain, env)), `7c9d5b6f4-r189f${k}`),
      args: YAHOO,
      zone: cnZone(domain),
      expect: BRAND_CLAIM,
      twin: k === 1,
    });
  }
  {
    const domain = 'wangfeikeji.example';
    const env = `service@${domain}`;
    const raw = await cnMessage(
      '网飞 技术支持',
      domain,
      '关于11月服务器维护的通知',
      '各位客户：\r\n\r\n我司将于11月22日凌晨进行服务器维护，期间服务短暂中断。\r\n\r\n网飞科技 技术支持部\r\n',
      YTO,
    );
    emit({
      name: 'r189-yahoo-cn-genuine-wangfei-tech-support-desk',
      class: 'brand-other-script-genuine',
      about:
        'Genuine control: the IT firm 网飞科技 (realworld178) writes from its support desk as "网飞 技术支持" (its short name and "technical support"), its own domain signing. The words name no brand. Wanted: authenticated.',
      eml: atYahoo(raw, entry(CN_RELAY(domain), env, yahooOwnPass(domain, env)), '7c9d5b6f4-r189g'),
      args: YAHOO,
      zone: cnZone(domain),
      expect: { verdict: 'authenticated', absentFindings: ['display-name-brand'] },
    });
  }
  // ---- 2c. Dynamic-DNS zones: Keenetic's Russian rebrand beside the mykeenetic.net that e170ae53 added ----
  let z = 0;
  for (const [zone, online] of [
    ['netcraze.pro', false],
    ['netcraze.pro', true],
    ['mykeenetic.net', false],
  ] as const) {
    z++;
    const victim = `harbourshipping.${zone}`;
    const att = `mallory.${zone}`;
    const relay: Relay = { helo: `mail.${att}`, rdns: `mail.${att}`, ip: `198.51.100.${130 + z}` };
    const raw = await signAll(
      submitted({
        from: `Harbour Shipping Accounts <accounts@${victim}>`,
        to: YTO,
        subject: `New remittance account for invoice HS-189${z}`,
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<r189.${z}@${att}>`,
        body: `Hello,\r\n\r\nplease pay HS-189${z} to our new account today.\r\n`,
      }),
      [[att, 's1']],
    );
    const yar = `dkim=pass header.i=@${att} header.s=s1;${NO}\r\n spf=pass smtp.mailfrom=${att};${NO}\r\n dmarc=pass(p=${online ? 'REJECT' : 'NONE'}) header.from=${victim};${NO}`;
    emit({
      name: `r189-yahoo-dyndns-${zone.replace(/\./g, '-')}-stranger-signs-${online ? 'online' : 'offline'}`,
      class: 'cross-tenant-alignment',
      about: `Attack: ${zone} (${zone === 'mykeenetic.net' ? 'KeenDNS, added to USER_ZONES at 04:30' : 'CrazeDNS, the KeenDNS of Keenetic\u2019s Russian rebrand Netcraze (netcraze.pro/.link/.club), on neither the PSL nor USER_ZONES'}) gives router owners names; the attacker's ${att} signs and passes SPF for mail From accounts@${victim}, another owner's name; Yahoo (no PSL entry) aligns both on ${zone} and records dmarc=pass. Wanted: never authenticated.`,
      eml: atYahoo(raw, entry(relay, `bounce@${att}`, yar), `7c9d5b6f4-r189h${z}`),
      args: YAHOO,
      ...(online
        ? {
            zone: {
              ...ptr(relay.ip, relay.rdns),
              [att]: { TXT: [`v=spf1 ip4:${relay.ip} -all`] },
              [victim]: { TXT: ['v=spf1 -all'] },
              [`_dmarc.${victim}`]: { TXT: ['v=DMARC1; p=reject'] },
              [`s1._domainkey.${att}`]: KEY(),
            },
          }
        : {}),
      expect: { notVerdict: ['authenticated'] },
    });
  }
  // ---- 2c'. The same two on the reader's Postfix box and in Gmail, offline ----
  {
    const victim = 'harbourshipping.netcraze.pro';
    const att = 'mallory.netcraze.pro';
    const relay: Relay = { helo: `mail.${att}`, rdns: `mail.${att}`, ip: '198.51.100.139' };
    const raw = await signAll(
      submitted({
        from: `Harbour Shipping Accounts <accounts@${victim}>`,
        to: BTO,
        subject: 'New remittance account for invoice HS-1899',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<r189.9@${att}>`,
        body: 'Hello,\r\n\r\nplease pay HS-1899 to our new account today.\r\n',
      }),
      [[att, 's1']],
    );
    emit({
      name: 'r189-box-dyndns-netcraze-pro-stranger-signs-offline',
      class: 'cross-tenant-alignment',
      about: `Attack: as the Yahoo case, on the reader's Postfix box (OpenDKIM, policyd-spf, OpenDMARC with the PSL, which lacks netcraze.pro): ${att} signs for ${victim}; OpenDMARC records dmarc=pass. Offline. Wanted: never authenticated.`,
      eml: atBox(
        raw,
        relay,
        `bounce@${att}`,
        `dkim=pass (2048-bit key; unprotected) header.d=${att} header.i=@${att} header.s=s1 header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=bounce@${att};\r\n\tdmarc=pass (p=none dis=none) header.from=${victim}`,
        'n',
      ),
      args: BOX_ARGS,
      expect: { notVerdict: ['authenticated'] },
    });
    const domain = 'cn-notice9.example';
    const env = `service@${domain}`;
    const cn = await cnMessage('网飞VIP会员', domain, '会员续费失败通知', LURE_BODY, GTO);
    emit({
      name: 'r189-gmail-cn-display-wangfei-vip-member-offline',
      class: 'brand-other-script',
      about: `Attack: "网飞VIP会员" ("Netflix VIP membership") from the attacker's own ${domain}, read in Gmail offline. Wanted: display-name-brand, not trusted.`,
      eml: gmailDelivery(cn, {
        relay: CN_RELAY(domain),
        envelope: env,
        results: [gmailDkim(domain, 's1'), gmailSpf(env, '203.0.113.89'), gmailDmarc(domain, 'NONE')].join(
          '\r\n       ',
        ),
        ids: ['x189csp9pxa', 'a189si9qtb.189'],
        spf: 'pass',
        deliveredTo: true,
        to: GTO,
      }),
      args: GMAIL,
      expect: BRAND_CLAIM,
    });
  }
}

// Pending (10 names), as read at 04:56 on rt-r189 (e170ae53 in):
// A. r189-yahoo-cn-display-{beibao-space-security-reminder (+ -no-options), wangfei-vip-member,
//    beibao-china-paren-service-centre, wangfei-renewal-reminder} and
//    r189-gmail-cn-display-wangfei-vip-member-offline: read AUTHENTICATED (dmarc-policy-
//    none low only); should carry display-name-brand and read suspicious. At fault:
//    lib/findings/domains.ts namedAt: for 贝宝/网飞 EVERY word of the name must be the brand plus
//    CHINESE_DESK words (a closed list), so one common word outside it (提醒 "reminder", 续费
//    "renewal", VIP, 中国 in "贝宝(中国)") hides the brand. And the genuine
//    r189-yahoo-cn-genuine-wangfei-tech-support-desk ("网飞 技术支持" from wangfeikeji.example) reads
//    SUSPICIOUS (display-name-brand medium): the name alone beside desk words is exactly the shape the
//    rule flags. Words alone cannot tell "贝宝 安全提醒" from "网飞 技术支持". Smallest fix: look only at
//    the word that starts with the name: the brand is named when that word is the name alone, or the
//    name followed by a non-Han character or a desk word (网飞VIP…, 网飞会员…, 贝宝(…); not named when
//    a Han non-desk word is glued to it (贝宝母婴, 网飞科技: realworld178's shops stay right); and,
//    for the genuine firm, not named when the From's registrable label holds the name's pinyin
//    (wangfei/beibao: wangfeikeji.example). Hurts: a lure from a pinyin look-alike domain
//    (beibao-secure.example) would then pass this rule; the Latin-brand rules still see "paypal" there.
// B. r189-{yahoo,box}-dyndns-netcraze-pro-stranger-signs-offline: read AUTHENTICATED (dmarc-policy-none
//    low); should be unverified at best. netcraze.pro (Keenetic's Russian rebrand Netcraze; its
//    CrazeDNS zones netcraze.pro/.link/.club per a public geosite list) is on neither the PSL nor
//    USER_ZONES, so mallory.netcraze.pro aligns with harbourshipping.netcraze.pro as r188 showed for
//    mydns.se. Fix: lib/dns/registrable.ts USER_ZONES += 'netcraze.pro', 'netcraze.link',
//    'netcraze.club' (crazedns.ru too once its use is confirmed). Hurts: nothing seen (each holder its
//    own zone; Netcraze's own mail is from netcraze.ru). The mykeenetic.net case now reads right
//    (unverified), and the online netcraze case reads spoofed (the victim's own p=reject).
// C. r189-yahoo-genuine-exmail-aws-relay-smtpbguseast1-offline: Exmail's real AWS relay
//    (54.204.34.129) read in Yahoo offline reads SUSPICIOUS (hosted-server-relay medium: "a rented
//    server on AWS"); online, and in Gmail, it is QQ's. At fault: lib/findings/hosted-server.ts
//    offlineMailRelay returns null on `!o.rdns`: Yahoo's entry prints only the EHLO word, never a
//    reverse name, so e170ae53's AWS relayAsns never count for a Yahoo reader offline. Smallest fix:
//    when the origin has no reverse name (Yahoo's inner-MTA line), try mailRelayName(o.helo, o.asn)
//    but only with offlineMailRelay's other conditions AND the provider's SPF pass for the From's own
//    organisation (sameOwner(env, from), not the service's bounce domain). The EC2 VM saying HELO
//    smtpbguseast1.qq.com (r189-yahoo-ec2-helo-*-offline: Yahoo records spf=fail) still reads
//    suspicious. Hurts: no genuine mail; an attacker would need both an address in the From's own SPF
//    and its key.
// Fixed on 2026-12-07 at 05:2x: A's five attacks (lib/findings/domains.ts namedAt: an everyday
// Chinese name counts as a word of its own, glued to another script, or glued to desk and notice
// words, CHINESE_DESK now with 提醒, 续费…); B (USER_ZONES: netcraze.pro, netcraze.link,
// netcraze.club). Left pending: the genuine "网飞 技术支持" (a firm named 网飞 writing "网飞 technical
// support" is the very lure "Netflix technical support"; no rule tells them apart by the name);
// and C: Yahoo's results are trusted but never `proven` (its entry line is by a bare internal
// address, lib/auth/authresults.ts), which every offline own-server reading requires; the
// reverse name is missing too. Making Yahoo's atlas-layout entry proven would also let Yahoo's
// pass outrank our own fail online: a wider change, not made in this round.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r189-yahoo-cn-genuine-wangfei-tech-support-desk',
  'r189-yahoo-genuine-exmail-aws-relay-smtpbguseast1-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
