// Red-team round 190 (both directions): the rules of commit 2c62af53 (05:00).
// 1. lib/findings/hosted-server.ts offlineListServer / hostsOwnNotice: offline, where the reader's
//    entry line prints no reverse name (Yahoo, AOL, Exchange Online; a Postfix box that printed
//    `unknown`), a list host's post stands on the provider's SPF pass for an envelope under the host
//    beside its DKIM pass for it, and a From under a list host with the provider's dmarc=pass is the
//    host's own notice. Attacks: a group the attacker owns on groups.io (its mail IS groups.io's: a
//    munged "PayPal Service via groups.io" From, a group subdomain's own address posing as PayPal or
//    as groups.io's support desk); a Linode or AWS VM replaying a groups.io-signed notice (Yahoo's
//    softfail with a forged Yahoo pass below the entry, an envelope at the attacker's group
//    subdomain, a null envelope with the box's SPF helo pass for the attacker's own HELO); a
//    stranger's look-alike list host. Genuine groups.io mail in Exchange Online, on a Postfix box
//    that printed `unknown`, and in Gmail online.
// 2. lib/findings/domains.ts namedAt / CHINESE_DESK and PRODUCTS_OF: 贝宝/网飞 glued to words the
//    notice list lacks (冻结 "frozen", 影视 "film and TV", 已暂停 "paused"), traditional characters,
//    full-width Latin after the name; "Micro-Soft Outlook Messenger" (Messenger now counts beside
//    Facebook only); genuine shops whose 贝宝 is glued to Latin or a middle dot ("贝宝Baby母婴店",
//    "贝宝·母婴用品"), which the 05:00 rule now reads as the brand.
// 3. lib/dns/registrable.ts USER_ZONES: the zones' operators' own notices from the apex, signed by
//    the apex, and a holder signing for the apex's From.
// Layouts: Yahoo's omega and AOL's atlas deliveries, Gmail's and Exchange Online's as
// test/corpus/receivers.ts holds them (their sources cited there and in probe189); the Postfix box
// (OpenDKIM, policyd-spf, OpenDMARC, Dovecot LMTP) as probe166/probe189 write it, Postfix's
// `helo (unknown [ip])` for a client whose reverse name does not confirm; groups.io's posts as
// realworld163 cites them (lfdr.de copies of groups.io lists: `from mail01.groups.io
// (web01.groups.io [66.175.222.12])`, d=groups.io s=20140610, `bounce+…@groups.io` envelopes,
// List-Id `<main.<group>.groups.io>`, "Name via groups.io <user=domain@groups.io>" for p=reject
// authors) and realworld179 (groups.io's notice to Yahoo readers). Linode's 172.105.0.0/16 and its
// `<a-b-c-d>.ip.linodeusercontent.com` default reverse names (public copies found with find_string:
// a Gmail ESMTPSA line `from localhost.localdomain (66-175-223-235.ip.linodeusercontent.com.
// [66.175.223.235])`, a threat list's `172-105-174-117.ip.linodeusercontent.com`), AWS's 54.86.0.0/15 (us-east-1) with
// `ec2-…compute-1.amazonaws.com`. Names and addresses are documentation ones except groups.io's,
// Linode's, Amazon's, Google's, Microsoft's and Yahoo's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  aolAtlas,
  dovecotLmtp,
  eopDelivery,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const YTO = 'robin.reader@yahoo.com';
const ATO = 'robin.reader@aol.com';
const GTO = 'robin.reader@gmail.com';
const OTO = 'robin@reader-tenant.example';
const BTO = 'robin@reader.example';
const NO = ' arc_overridden_status=NOT_OVERRIDDEN;';
const BOX = 'mail.reader.example';

type Reader = 'yahoo' | 'aol' | 'gmail' | 'outlook' | 'box';
const ARGS: Record<Reader, string[]> = {
  yahoo: ['--webmail', 'yahoo'],
  aol: ['--webmail', 'yahoo'],
  gmail: ['--webmail', 'gmail'],
  outlook: ['--webmail', 'outlook'],
  box: ['--authserv-id', BOX, '--recipient-domain', 'reader.example'],
};
const TO: Record<Reader, string> = { yahoo: YTO, aol: ATO, gmail: GTO, outlook: OTO, box: BTO };

/** What the reader's provider found: its DKIM lines, its SPF result for the envelope, its DMARC line. */
interface Found {
  dkim: Array<[domain: string, selector: string, result?: string]>;
  spf: string;
  dmarc: [result: string, from: string, policy: string];
}

/** The reader's provider delivering `raw` from `relay` with envelope `env` and results `f`. */
function deliver(
  r: Reader,
  raw: string,
  relay: Relay,
  env: string,
  f: Found,
  n: string,
  below: string[] = [],
) {
  const envDomain = env.split('@').pop() ?? '';
  const [dr, from, pol] = f.dmarc;
  const body = below.length ? onTop(raw, ...below) : raw;
  const spfWord = f.spf === 'pass' ? 'designates' : 'does not designate';
  if (r === 'yahoo' || r === 'aol') {
    const ar = [
      ...f.dkim.map(([d, s, res = 'pass']) => `dkim=${res} header.i=@${d} header.s=${s};${NO}`),
      `spf=${f.spf} smtp.mailfrom=${envDomain};${NO}`,
      `dmarc=${dr}(p=${pol.toUpperCase()}) header.from=${from};${NO}`,
    ].join('\r\n ');
    const o = {
      ip: relay.ip,
      helo: relay.helo,
      envelope: env,
      spf: `${f.spf} (domain of ${envDomain} ${spfWord} ${relay.ip} as permitted sender)`,
      ar,
    };
    return r === 'yahoo'
      ? yahooOmega(body, o, { tag: 'Probe190', pod: `5d8c7b9f6-r190${n}`, inner: '10.253.190.19', to: YTO })
      : aolAtlas(body, o, { to: ATO });
  }
  if (r === 'gmail')
    return gmailDelivery(body, {
      relay,
      envelope: env,
      results: [
        ...f.dkim.map(([d, s, res]) => gmailDkim(d, s, res)),
        gmailSpf(env, relay.ip, f.spf),
        gmailDmarc(from, pol.toUpperCase(), dr),
      ].join('\r\n       '),
      ids: [`x190csp${n}pxa`, `a190si${n}qtb.190`],
      spf: f.spf === 'pass' ? 'pass' : f.spf === 'softfail' ? 'softfail' : 'fail',
      deliveredTo: true,
      to: GTO,
    });
  if (r === 'outlook') {
    const dk = f.dkim.length
      ? f.dkim
          .map(([d, , res = 'pass']) => `dkim=${res} (signature was verified)\r\n header.d=${d}`)
          .join(';')
      : 'dkim=none (message not signed)\r\n header.d=none';
    return eopDelivery(body, {
      ip: relay.ip,
      helo: relay.helo,
      ar: `spf=${f.spf} (sender IP is ${relay.ip})\r\n smtp.mailfrom=${envDomain}; ${dk};dmarc=${dr} action=none\r\n header.from=${from};compauth=${dr === 'pass' ? 'pass reason=100' : 'fail reason=000'}`,
      spf: `${f.spf === 'pass' ? 'Pass' : 'SoftFail'} (protection.outlook.com: domain of ${envDomain} ${spfWord}\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
      returnPath: env,
    });
  }
  const dk = f.dkim
    .map(
      ([d, s, res = 'pass']) =>
        `dkim=${res} (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.s=${s} header.b=Q29ycHVz;`,
    )
    .join('\r\n\t');
  return onTop(
    body,
    `Return-Path: <${env}>`,
    dovecotLmtp(BOX, env, BTO, `kB190${n}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:04 +0000'),
    `Authentication-Results: ${BOX};\r\n\t${dk ? `${dk}\r\n\t` : ''}spf=${f.spf} smtp.mailfrom=${env || `postmaster@${relay.helo}`};\r\n\tdmarc=${dr} (p=${pol.toLowerCase()} dis=none) header.from=${from}`,
    `Received-SPF: ${f.spf === 'pass' ? 'Pass' : 'Softfail'} (mailfrom) identity=mailfrom; client-ip=${relay.ip}; helo=${relay.helo}; envelope-from=${env}; receiver=<UNKNOWN>`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw190${n}a2\r\n\tfor <${BTO}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}

// ---- groups.io ----
const GIO: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
/** A Linode VM keeping Linode's default reverse name. */
const LINODE_VM: Relay = {
  helo: 'mail01.groups.io',
  rdns: '172-105-74-190.ip.linodeusercontent.com',
  ip: '172.105.74.190',
};
const AWS_VM: Relay = {
  helo: 'mail01.groups.io',
  rdns: 'ec2-54-86-12-34.compute-1.amazonaws.com',
  ip: '54.86.12.34',
};
const GIO_ZONE: Record<string, unknown> = {
  'groups.io': { TXT: ['v=spf1 ip4:66.175.222.0/24 ~all'] },
  '_dmarc.groups.io': { TXT: ['v=DMARC1; p=none'] },
  '20140610._domainkey.groups.io': KEY(),
  ...ptr(GIO.ip, GIO.rdns),
  'web01.groups.io': { A: [GIO.ip] },
  ...ptr(LINODE_VM.ip, LINODE_VM.rdns),
  ...ptr(AWS_VM.ip, AWS_VM.rdns),
};
const GIO_PASS = (from = 'groups.io'): Found => ({
  dkim: [['groups.io', '20140610']],
  spf: 'pass',
  dmarc: ['pass', from, 'none'],
});
const GROUP = 'acct-notices';
const listFields = (group: string) => [
  `List-Id: <main.${group}.groups.io>`,
  `Mailing-List: list main@${group}.groups.io; contact main+owner@${group}.groups.io`,
  `Sender: main@${group}.groups.io`,
  `Reply-To: main@${group}.groups.io`,
  `List-Unsubscribe: <https://groups.io/g/${group}/leave/190/1900042/1896307328/plugh>`,
  'Precedence: Bulk',
];
const LURE =
  'Dear customer,\r\n\r\nyour account has been limited. Restore access within 24 hours:\r\nhttps://account-restore.example/login\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nLinks: You receive all messages sent to this group.\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n';

async function groupsIoMessage(o: {
  from: string;
  to: string;
  subject: string;
  body: string;
  id: string;
  extra?: string[];
}): Promise<string> {
  return signAll(
    submitted({
      from: o.from,
      to: o.to,
      subject: o.subject,
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<${o.id}>`,
      body: o.body,
      extraHeaders: o.extra,
    }),
    [['groups.io', '20140610']],
  );
}

// ---- Display names ----
const cnFrom = (name: string, domain: string) =>
  `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?= <service@${domain}>`;
const NAME_IP = '203.0.113.190';
const nameRelay = (domain: string): Relay => ({
  helo: `mail.${domain}`,
  rdns: `mail.${domain}`,
  ip: NAME_IP,
});
const nameZone = (domain: string) => ({
  [domain]: { TXT: [`v=spf1 ip4:${NAME_IP} -all`] },
  [`s1._domainkey.${domain}`]: KEY(),
  [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=none'] },
  ...ptr(NAME_IP, `mail.${domain}`),
});
const CN_LURE =
  '您好，\r\n\r\n您的账户因异常登录已被冻结，请于24小时内点击以下链接完成验证：\r\nhttps://verify-account.example/cn\r\n\r\n';
const NAME_ATTACKS: Array<[slug: string, name: string, what: string, subject: string]> = [
  [
    'zh-wangfei-guanfang',
    '网飞官方',
    '"Netflix official" (官方 is a desk word): control of the rule',
    '会员账户验证',
  ],
  [
    'zh-beibao-account-frozen-notice',
    '贝宝账户冻结通知',
    '"PayPal account frozen notice": 账户 and 通知 are desk words, 冻结 (frozen) is not',
    '账户冻结通知',
  ],
  [
    'zh-trad-beibao-account-frozen-notice',
    '貝寶帳戶凍結通知',
    'the same in traditional characters (凍結 not in CHINESE_DESK)',
    '帳戶凍結通知',
  ],
  [
    'zh-wangfei-film-member',
    '网飞影视会员',
    '"Netflix film and TV membership": 影视 (film and TV) is not a desk word',
    '会员续费失败',
  ],
  [
    'zh-wangfei-subscription-paused',
    '网飞订阅已暂停',
    '"Netflix subscription paused": 订阅 is a desk word, 已暂停 (paused) is not',
    '订阅已暂停',
  ],
  [
    'zh-wangfei-fullwidth-vip',
    '网飞ＶＩＰ会员',
    '"Netflix VIP member" with full-width Latin ＶＩＰ after the name',
    '会员续费失败',
  ],
  [
    'micro-soft-outlook-messenger',
    'Micro-Soft Outlook Messenger',
    '"Micro-Soft" beside Outlook and Messenger (Messenger now counts beside Facebook only)',
    'Your mailbox is almost full',
  ],
  [
    'goo-gle-gmail-messenger',
    'Goo-gle Gmail Messenger',
    '"Goo-gle" beside Gmail and Messenger',
    'Your storage is almost full',
  ],
];
const NAME_GENUINE: Array<[slug: string, name: string, what: string]> = [
  ['zh-beibao-baby-latin-glued', '贝宝Baby母婴店', 'a baby shop 贝宝 ("treasure") glued to its Latin "Baby"'],
  [
    'zh-beibao-middle-dot',
    '贝宝·母婴用品',
    'the baby shop written with a middle dot, as Chinese shop names are',
  ],
  [
    'zh-wangfei-keji-kefu',
    '网飞科技 客服中心',
    'the IT firm 网飞科技 (realworld178) and its customer service centre',
  ],
];

// ---- USER_ZONES operators ----
const OPS: Array<[zone: string, reader: Reader, online: boolean, ip: string]> = [
  ['mydns.se', 'gmail', true, '192.0.2.191'],
  ['selfhost.eu', 'box', false, '192.0.2.192'],
  ['selfhost.eu', 'gmail', true, '192.0.2.192'],
  ['dynamic.name', 'yahoo', false, '192.0.2.193'],
  ['mykeenetic.net', 'yahoo', true, '192.0.2.194'],
  ['netcraze.pro', 'outlook', false, '192.0.2.195'],
  ['netcraze.pro', 'outlook', true, '192.0.2.195'],
  ['netcraze.link', 'gmail', true, '192.0.2.196'],
];
const opZone = (zone: string, ip: string) => ({
  [zone]: { TXT: [`v=spf1 ip4:${ip} -all`] },
  [`_dmarc.${zone}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`mail._domainkey.${zone}`]: KEY(),
  ...ptr(ip, `mail.${zone}`),
});

const BRAND_CLAIM: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-brand'] };
const NOT_SPOOFED: CaseExpectation = { verdict: ['authenticated', 'unverified'] };

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ---- 1a. The attacker's own group on groups.io: "PayPal Service via groups.io" ----
  {
    const runs: Array<[Reader, boolean]> = [
      ['yahoo', false],
      ['yahoo', true],
      ['aol', false],
      ['gmail', false],
      ['outlook', false],
      ['box', false],
    ];
    let i = 0;
    for (const [r, online] of runs) {
      i++;
      const env = `bounce+190a${i}+robin.reader=${TO[r].split('@')[1]}@groups.io`;
      const raw = await groupsIoMessage({
        from: '"PayPal Service via groups.io" <service=paypal-billing.example@groups.io>',
        to: `main@${GROUP}.groups.io`,
        subject: `[${GROUP}] Your account has been limited`,
        body: LURE,
        id: `r190a${i}.paypal-billing.example@groups.io`,
        extra: listFields(GROUP),
      });
      emit({
        name: `r190-${r}-own-group-paypal-service-via-groups-io-${online ? 'online' : 'offline'}`,
        class: 'list-host-abuse',
        about: `Attack: the attacker runs his own group ${GROUP}.groups.io and posts from his p=reject domain paypal-billing.example with the display name "PayPal Service"; groups.io (its own server ${GIO.rdns} [${GIO.ip}]) rewrites From to "PayPal Service via groups.io" <service=paypal-billing.example@groups.io>, signs d=groups.io and sends with its bounce envelope (${env}). The provider records dkim, spf and dmarc pass for groups.io. The mail IS groups.io's; the name claims PayPal. Wanted: display-name-brand, not trusted.`,
        eml: deliver(r, raw, GIO, env, GIO_PASS(), `a${i}`),
        args: ARGS[r],
        ...(online ? { zone: GIO_ZONE } : {}),
        expect: BRAND_CLAIM,
      });
    }
  }

  // ---- 1b. A group subdomain's own address as From, no List-Id: hostsOwnNotice's path ----
  {
    const specs: Array<[slug: string, from: string, subject: string, r: Reader, want: CaseExpectation]> = [
      [
        'subdomain-paypal-account-security',
        '"PayPal Account Security" <main@paypal-security.groups.io>',
        'Action required: confirm your account',
        'yahoo',
        BRAND_CLAIM,
      ],
      [
        'subdomain-poses-as-groups-io-support',
        '"Groups.io Support" <main@account-review.groups.io>',
        'Your groups.io account will be suspended',
        'yahoo',
        NOT_TRUSTED,
      ],
      [
        'subdomain-poses-as-groups-io-support',
        '"Groups.io Support" <main@account-review.groups.io>',
        'Your groups.io account will be suspended',
        'outlook',
        NOT_TRUSTED,
      ],
      [
        'subdomain-poses-as-groups-io-support',
        '"Groups.io Support" <main@account-review.groups.io>',
        'Your groups.io account will be suspended',
        'aol',
        NOT_TRUSTED,
      ],
      [
        'subdomain-poses-as-groups-io-support',
        '"Groups.io Support" <main@account-review.groups.io>',
        'Your groups.io account will be suspended',
        'gmail',
        NOT_TRUSTED,
      ],
    ];
    let i = 0;
    for (const [slug, from, subject, r, want] of specs) {
      i++;
      const group = from.split('@')[1]!.replace('>', '');
      const env = `bounce+190b${i}+robin.reader=${TO[r].split('@')[1]}@groups.io`;
      const raw = await groupsIoMessage({
        from,
        to: TO[r],
        subject,
        body: 'Hello,\r\n\r\nwe could not verify your account. Sign in within 24 hours to keep it:\r\nhttps://account-restore.example/groupsio\r\n',
        id: `r190b${i}@groups.io`,
      });
      emit({
        name: `r190-${r}-own-group-${slug}-offline`,
        class: 'list-host-abuse',
        about: `Attack: the attacker's group ${group} (anyone may create one; its name is his) sends a message From ${from} through groups.io's own server, signed d=groups.io, envelope ${env}, no List-Id (a group's own address, as the new hostsOwnNotice reads a From under groups.io with the provider's dmarc=pass as groups.io's own notice). Offline. Wanted: not trusted: a group's address is its owner's, not groups.io's.`,
        eml: deliver(r, raw, GIO, env, GIO_PASS(group), `b${i}`),
        args: ARGS[r],
        expect: want,
      });
    }
  }

  // ---- 1b'. The same "Groups.io Support" as a post of the attacker's group (List-Id written by groups.io) ----
  {
    const group = 'account-review';
    const env = 'bounce+190b9+robin.reader=yahoo.com@groups.io';
    const raw = await groupsIoMessage({
      from: `"Groups.io Support" <main@${group}.groups.io>`,
      to: `main@${group}.groups.io`,
      subject: `[${group}] Your groups.io account will be suspended`,
      body: 'Hello,\r\n\r\nwe could not verify your account. Sign in within 24 hours to keep it:\r\nhttps://account-restore.example/groupsio\r\n',
      id: 'r190b9@groups.io',
      extra: listFields(group),
    });
    emit({
      name: 'r190-yahoo-own-group-post-poses-as-groups-io-support-offline',
      class: 'list-host-abuse',
      about: `Attack: as r190-yahoo-own-group-subdomain-poses-as-groups-io-support-offline, but a post of the attacker's group ${group}.groups.io with groups.io's List-Id and list fields (listHostingService's path rather than hostsOwnNotice's). Offline in Yahoo. Wanted: not trusted: the name claims groups.io's support desk, the address is a group's.`,
      eml: deliver('yahoo', raw, GIO, env, GIO_PASS(`${group}.groups.io`), 'b9'),
      args: ARGS.yahoo,
      expect: NOT_TRUSTED,
    });
  }

  // ---- 1c. Replays of a groups.io-signed notice from rented servers ----
  {
    const notice = (to: string, n: string) =>
      groupsIoMessage({
        from: 'Groups.io <noreply@groups.io>',
        to,
        subject: 'Your group harbour-sailing has been imported from Yahoo Groups',
        body: 'Hi Robin,\r\n\r\nthe messages, files and photos of harbour-sailing have been imported.\r\n',
        id: `190.${n}.1900000000000000000@groups.io`,
      });
    const lureSubject = 'Subject: Payment failed: renew your groups.io Premium group today';
    const gioEnv = 'bounce+190c+robin.reader=yahoo.com@groups.io';
    const softfail: Found = {
      dkim: [['groups.io', '20140610']],
      spf: 'softfail',
      dmarc: ['pass', 'groups.io', 'none'],
    };
    const forgedPass = `Authentication-Results: atlas-production.v2-mail-prod1-gq1.omega.yahoo.com;\r\n dkim=pass header.i=@groups.io header.s=20140610;${NO}\r\n spf=pass smtp.mailfrom=groups.io;${NO}\r\n dmarc=pass(p=NONE) header.from=groups.io;${NO}`;
    for (const online of [false, true]) {
      const raw = onTop(await notice(YTO, online ? 'c2' : 'c1'), lureSubject);
      emit({
        name: `r190-yahoo-linode-vm-replays-groupsio-notice-softfail-forged-pass-below-${online ? 'online' : 'offline'}`,
        class: 'replay-list-host',
        about: `Attack: a Linode VM (${LINODE_VM.ip}, ${LINODE_VM.rdns}; EHLO ${LINODE_VM.helo}) replays groups.io's signed notice with a second Subject on top, envelope ${gioEnv}; Yahoo prints only the EHLO word and records dkim=pass groups.io, spf=softfail (groups.io's ~all), dmarc=pass. Below the entry the sender wrote a Yahoo-shaped header with spf=pass smtp.mailfrom=groups.io. Wanted: not trusted (a rented server, groups.io's SPF failing).`,
        eml: deliver('yahoo', raw, LINODE_VM, gioEnv, softfail, online ? 'c2' : 'c1', [forgedPass]),
        args: ARGS.yahoo,
        ...(online ? { zone: GIO_ZONE } : {}),
        expect: NOT_TRUSTED,
      });
    }
    const subEnv = `bounce@${GROUP}.groups.io`;
    emit({
      name: 'r190-aol-aws-vm-replays-groupsio-notice-envelope-at-own-group-offline',
      class: 'replay-list-host',
      about: `Attack: an EC2 VM (${AWS_VM.ip}) replays groups.io's signed notice to an AOL reader with the envelope ${subEnv}, under the attacker's own group's subdomain (no SPF record there); AOL records dkim=pass groups.io, spf=none, dmarc=pass. Offline. Wanted: not trusted.`,
      eml: deliver(
        'aol',
        onTop(await notice(ATO, 'c3'), lureSubject),
        AWS_VM,
        subEnv,
        { dkim: [['groups.io', '20140610']], spf: 'none', dmarc: ['pass', 'groups.io', 'none'] },
        'c3',
      ),
      args: ARGS.aol,
      expect: NOT_TRUSTED,
    });
    emit({
      name: 'r190-outlook-linode-vm-replays-groupsio-notice-softfail-offline',
      class: 'replay-list-host',
      about: `Attack: the Linode VM (${LINODE_VM.ip}) replays groups.io's signed notice to an Exchange Online reader with groups.io's bounce envelope; EOP records spf=softfail, dkim=pass groups.io, dmarc=pass. Offline (EOP's entry prints no reverse name). Wanted: not trusted. The guard beside r190-outlook-genuine-groupsio-munged-post-offline.`,
      eml: deliver('outlook', onTop(await notice(OTO, 'c6'), lureSubject), LINODE_VM, gioEnv, softfail, 'c6'),
      args: ARGS.outlook,
      expect: NOT_TRUSTED,
    });
    const unknownVm: Relay = { helo: 'vm190.attacker.example', rdns: 'unknown', ip: AWS_VM.ip };
    emit({
      name: 'r190-box-aws-vm-unknown-rdns-null-envelope-helo-pass-replays-groupsio-offline',
      class: 'replay-list-host',
      about: `Attack: the EC2 VM, its reverse name unconfirmed (Postfix prints "unknown"), replays groups.io's signed notice with a null envelope; policyd-spf checks the HELO ${unknownVm.helo} (the attacker's own, passing) and OpenDMARC passes on groups.io's signature. Offline. Wanted: not trusted (the SPF pass is the attacker's HELO, not groups.io).`,
      eml: onTop(
        deliver(
          'box',
          onTop(await notice(BTO, 'c4'), lureSubject),
          unknownVm,
          '',
          { dkim: [['groups.io', '20140610']], spf: 'pass', dmarc: ['pass', 'groups.io', 'none'] },
          'c4',
        ).replace(
          `spf=pass smtp.mailfrom=postmaster@${unknownVm.helo}`,
          `spf=pass smtp.helo=${unknownVm.helo}`,
        ),
      ),
      args: ARGS.box,
      expect: NOT_TRUSTED,
    });
    emit({
      name: 'r190-box-linode-vm-helo-groups-io-softfail-recorded-as-helo-offline',
      class: 'replay-list-host',
      about: `Attack: the Linode VM says HELO groups.io and uses a null envelope; the box records spf=softfail smtp.helo=groups.io (groups.io's ~all), dkim and dmarc pass on groups.io's signature; Postfix prints "unknown". Offline. Wanted: not trusted.`,
      eml: deliver(
        'box',
        onTop(await notice(BTO, 'c5'), lureSubject),
        { helo: 'groups.io', rdns: 'unknown', ip: LINODE_VM.ip },
        '',
        { dkim: [['groups.io', '20140610']], spf: 'softfail', dmarc: ['pass', 'groups.io', 'none'] },
        'c5',
      ).replace('spf=softfail smtp.mailfrom=postmaster@groups.io', 'spf=softfail smtp.helo=groups.io'),
      args: ARGS.box,
      expect: NOT_TRUSTED,
    });
    // A stranger's look-alike list host on AWS.
    const look = 'groups-io.example';
    const lookRelay: Relay = { helo: `mail01.${look}`, rdns: AWS_VM.rdns, ip: AWS_VM.ip };
    const lookRaw = await signAll(
      submitted({
        from: `"PayPal Service via groups.io" <service=paypal.com@${look}>`,
        to: YTO,
        subject: '[billing] Your account has been limited',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<r190d@${look}>`,
        body: LURE,
        extraHeaders: [`List-Id: <main.billing.${look}>`, `Sender: main@billing.${look}`],
      }),
      [[look, 's1']],
    );
    emit({
      name: 'r190-yahoo-lookalike-list-host-groups-io-example-offline',
      class: 'list-host-abuse',
      about: `Attack: a stranger's look-alike list host ${look} on an EC2 VM writes a groups.io-shaped munged From ("PayPal Service via groups.io" <service=paypal.com@${look}>) and List-Id, signs and passes SPF and DMARC as ${look}. Offline in Yahoo. Wanted: display-name-brand, not trusted.`,
      eml: deliver(
        'yahoo',
        lookRaw,
        lookRelay,
        `bounce@${look}`,
        { dkim: [[look, 's1']], spf: 'pass', dmarc: ['pass', look, 'none'] },
        'd1',
      ),
      args: ARGS.yahoo,
      expect: BRAND_CLAIM,
    });
  }

  // ---- 1d. Genuine groups.io mail: Exchange Online and a Postfix box (unknown), offline; Gmail online ----
  {
    const post = (to: string, n: string) =>
      groupsIoMessage({
        from: '"Dana Quark via groups.io" <dana=quark-labs.example@groups.io>',
        to: 'main@harbour-sailing.groups.io',
        subject: '[harbour-sailing] Saturday race postponed',
        body: 'The race is postponed to Sunday.\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nLinks: You receive all messages sent to this group.\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n',
        id: `CAF190${n}gx7Qm@mail.gmail.com`,
        extra: listFields('harbour-sailing'),
      }).then((r) => (to ? r : r));
    const runs: Array<[Reader, Relay, boolean]> = [
      ['outlook', GIO, false],
      ['box', { ...GIO, rdns: 'unknown' }, false],
      ['gmail', GIO, true],
      ['yahoo', GIO, true],
    ];
    let i = 0;
    for (const [r, relay, online] of runs) {
      i++;
      const env = `bounce+190e${i}+robin=${TO[r].split('@')[1]}@groups.io`;
      emit({
        name: `r190-${r}-genuine-groupsio-munged-post${relay.rdns === 'unknown' ? '-unknown-rdns' : ''}-${online ? 'online' : 'offline'}`,
        class: 'list-genuine',
        about: `Genuine control: a groups.io post whose author's domain is p=reject, so groups.io wrote From "Dana Quark via groups.io" <dana=quark-labs.example@groups.io>, signed d=groups.io and sent it from ${GIO.rdns} [${GIO.ip}] with envelope ${env}${relay.rdns === 'unknown' ? '; the reader\u2019s Postfix printed "unknown" (its reverse lookup timed out)' : ''}. Wanted: authenticated or unverified.`,
        eml: deliver(r, await post(TO[r], `e${i}`), relay, env, GIO_PASS(), `e${i}`),
        args: ARGS[r],
        ...(online ? { zone: GIO_ZONE } : {}),
        expect: NOT_SPOOFED,
      });
    }
  }

  // ---- 2. Display names: 贝宝/网飞 glued to words the lists lack; products beside another brand ----
  {
    let k = 0;
    for (const [slug, name, what, subject] of NAME_ATTACKS) {
      k++;
      const domain = `notice190-${k}.example`;
      const env = `service@${domain}`;
      for (const [r, online] of [
        ['yahoo', true],
        ...(k === 2 || k === 7 ? ([['gmail', false]] as const) : []),
      ] as const) {
        const raw = await signAll(
          submitted({
            from: cnFrom(name, domain),
            to: TO[r],
            subject: /[\u4e00-\u9fff]/u.test(subject)
              ? `=?UTF-8?B?${Buffer.from(subject, 'utf8').toString('base64')}?=`
              : subject,
            date: 'Fri, 20 Nov 2026 09:58:00 +0000',
            messageId: `<n190.${k}.${r}@mail.${domain}>`,
            body: /^zh/.test(slug)
              ? CN_LURE
              : 'Your mailbox is almost full. Verify your account to keep receiving mail:\r\nhttps://mailbox-verify.example/\r\n',
          }),
          [[domain, 's1']],
        );
        emit({
          name: `r190-${r}-name-${slug}${online ? '' : '-offline'}`,
          class: 'brand-display-name',
          about: `Attack: the attacker's own domain ${domain} (SPF, DKIM, DMARC pass) sends an account lure with the display name "${name}": ${what}. Wanted: display-name-brand, not trusted.`,
          eml: deliver(
            r,
            raw,
            nameRelay(domain),
            env,
            { dkim: [[domain, 's1']], spf: 'pass', dmarc: ['pass', domain, 'none'] },
            `n${k}${r[0]}`,
          ),
          args: ARGS[r],
          ...(online ? { zone: nameZone(domain) } : {}),
          expect: BRAND_CLAIM,
        });
      }
    }
    let g = 0;
    for (const [slug, name, what] of NAME_GENUINE) {
      g++;
      const domain = `shop190-${g}.example`;
      const env = `service@${domain}`;
      const raw = await signAll(
        submitted({
          from: cnFrom(name, domain),
          to: YTO,
          subject: `=?UTF-8?B?${Buffer.from('您的订单已发货', 'utf8').toString('base64')}?=`,
          date: 'Fri, 20 Nov 2026 09:58:00 +0000',
          messageId: `<g190.${g}@mail.${domain}>`,
          body: '您好，\r\n\r\n您的订单已发货，预计2-3天送达。\r\n\r\n',
        }),
        [[domain, 's1']],
      );
      emit({
        name: `r190-yahoo-name-genuine-${slug}`,
        class: 'brand-display-name-genuine',
        about: `Genuine control: ${what}, writing as "${name}" from its own signed domain ${domain} (a shipping notice). The words name no brand. Wanted: authenticated, no display-name-brand.`,
        eml: deliver(
          'yahoo',
          raw,
          nameRelay(domain),
          env,
          { dkim: [[domain, 's1']], spf: 'pass', dmarc: ['pass', domain, 'none'] },
          `g${g}`,
        ),
        args: ARGS.yahoo,
        zone: nameZone(domain),
        expect: { verdict: 'authenticated', absentFindings: ['display-name-brand'] },
      });
    }
  }

  // ---- 3. USER_ZONES: the zones' operators' own notices from the apex ----
  {
    let z = 0;
    for (const [zone, r, online, ip] of OPS) {
      z++;
      const relay: Relay = { helo: `mail.${zone}`, rdns: `mail.${zone}`, ip };
      const env = `noreply@${zone}`;
      const raw = await signAll(
        submitted({
          from: `${zone} <noreply@${zone}>`,
          to: TO[r],
          subject: 'Your hostname will expire in 7 days',
          date: 'Fri, 20 Nov 2026 09:58:00 +0000',
          messageId: `<op190.${z}@${zone}>`,
          body: `Hello,\r\n\r\nyour hostname home-nas.${zone} has not been updated for 30 days and will be removed in 7 days. Update it from your router or account page.\r\n`,
        }),
        [[zone, 'mail']],
      );
      emit({
        name: `r190-${r}-genuine-dyndns-operator-apex-${zone.replace(/\./g, '-')}-${online ? 'online' : 'offline'}`,
        class: 'user-zone-operator-genuine',
        about: `Genuine control: the dynamic-DNS operator of ${zone} (a zone of holders in USER_ZONES) writes its own expiry notice From noreply@${zone}, signed d=${zone}, from its server ${relay.helo} [${ip}], envelope its own. Wanted: authenticated (the apex is the operator's).`,
        eml: deliver(
          r,
          raw,
          relay,
          env,
          { dkim: [[zone, 'mail']], spf: 'pass', dmarc: ['pass', zone, 'quarantine'] },
          `z${z}`,
        ),
        args: ARGS[r],
        ...(online ? { zone: opZone(zone, ip) } : {}),
        // Offline, Exchange Online's record is taken only where it shows a failure: unverified at best.
        expect: r === 'outlook' && !online ? NOT_SPOOFED : { verdict: 'authenticated' },
      });
    }
    // A holder signing for the operator's apex.
    const holder = 'mallory.selfhost.eu';
    const hRelay: Relay = { helo: `mail.${holder}`, rdns: `mail.${holder}`, ip: '198.51.100.190' };
    for (const online of [false, true]) {
      const raw = await signAll(
        submitted({
          from: 'selfHOST Support <support@selfhost.eu>',
          to: YTO,
          subject: 'Your selfHOST account: payment failed',
          date: 'Fri, 20 Nov 2026 09:58:00 +0000',
          messageId: `<h190.${online ? 2 : 1}@${holder}>`,
          body: 'Your payment failed. Update your card within 24 hours:\r\nhttps://selfhost-billing.example/\r\n',
        }),
        [[holder, 's1']],
      );
      emit({
        name: `r190-yahoo-dyndns-holder-signs-for-operator-apex-selfhost-eu-${online ? 'online' : 'offline'}`,
        class: 'cross-tenant-alignment',
        about: `Attack: a holder's name ${holder} signs and passes SPF for mail From support@selfhost.eu, the operator's apex; Yahoo (no PSL entry for selfhost.eu) aligns both on selfhost.eu and records dmarc=pass. Wanted: never authenticated.`,
        eml: deliver(
          'yahoo',
          raw,
          hRelay,
          `bounce@${holder}`,
          { dkim: [[holder, 's1']], spf: 'pass', dmarc: ['pass', 'selfhost.eu', online ? 'reject' : 'none'] },
          `h${online ? 2 : 1}`,
        ),
        args: ARGS.yahoo,
        ...(online
          ? {
              zone: {
                ...ptr(hRelay.ip, hRelay.rdns),
                [holder]: { TXT: [`v=spf1 ip4:${hRelay.ip} -all`] },
                [`s1._domainkey.${holder}`]: KEY(),
                'selfhost.eu': { TXT: ['v=spf1 ip4:192.0.2.192 -all'] },
                '_dmarc.selfhost.eu': { TXT: ['v=DMARC1; p=reject'] },
              },
            }
          : {}),
        expect: { notVerdict: ['authenticated'] },
      });
    }
  }
}

// Pending (14 names), as read at 05:12 on rt-r190 (2c62af53 in).
// A. hostsOwnNotice takes a group's subdomain for groups.io itself (3):
//    r190-{yahoo,aol,gmail}-own-group-subdomain-poses-as-groups-io-support-offline read
//    AUTHENTICATED (dmarc-policy-none low, hosted-server-relay LOW: "really comes from
//    account-review.groups.io"); should be not trusted (the Outlook twin reads suspicious; before
//    05:00 no List-Id meant no list-host reading). At fault: lib/findings/hosted-server.ts
//    hostsOwnNotice accepts `f.endsWith(`.${h}`)`: any From under groups.io with dmarc=pass, but a `<group>.groups.io`
//    address is the group's (anyone may create one and name it), not the host's notice desk; with
//    no List-Id it is no list post either. Smallest fix: `LIST_HOSTS.find((h) => f === h)` (the
//    host's own notices come from its apex: noreply@groups.io, support@groups.io, realworld179).
//    Hurts: nothing seen (w179-*-groups-io-yahoo-groups-import-notice use noreply@groups.io).
// B. A post of the attacker's own group naming groups.io's desk (1, a design question):
//    r190-yahoo-own-group-post-poses-as-groups-io-support-offline ("Groups.io Support"
//    <main@account-review.groups.io>, List-Id main.account-review.groups.io) reads AUTHENTICATED, as
//    any group post does (rw39/rw95 want that for the munged From). The rule is right about the
//    server; what is missing is a finding that the name claims the list host while the address is a
//    group's. Fix (not small): in the display-name rules, a name naming a LIST_HOSTS host ("groups.io")
//    on a From under `<label>.<host>` is a claim like display-name-brand (medium). The PayPal-named
//    posts of the same group read suspicious everywhere (display-name-brand): right.
// C. Exchange Online offline, groups.io's genuine post (1): r190-outlook-genuine-groupsio-munged-post-
//    offline reads SUSPICIOUS (hosted-server-relay medium "Nothing proves this message comes from
//    groups.io ... Akamai Cloud (Linode)"); should be unverified as any Outlook-offline pass is
//    (r190-outlook-genuine-dyndns-operator-apex-netcraze-pro-offline reads unverified). At fault:
//    offlineListServer needs the provider's DKIM pass, which offline Outlook never gives (EOP's record
//    counts only for failures), and EOP's entry prints no reverse name. Smallest fix:
//    lib/findings/hosted-server.ts hostedServerRule: offline, where the provider's record counts only
//    for failures and it records none, and listHostingService(ctx) names a LIST_HOSTS host, severity
//    low (unproven, "go online") rather than medium. Hurts: r190-outlook-linode-vm-replays-groupsio-
//    notice-softfail-offline (reads suspicious now) would read unverified unless the fix also asks
//    that EOP's spf result for the envelope is not softfail/fail (EOP's softfail is a failure it shows).
// D. 贝宝/网飞 glued to notice words CHINESE_DESK lacks (5): r190-{yahoo,gmail}-name-zh-beibao-account-
//    frozen-notice(-offline), r190-yahoo-name-zh-trad-beibao-account-frozen-notice, -zh-wangfei-film-
//    member, -zh-wangfei-subscription-paused read AUTHENTICATED (dmarc-policy-none only); should be
//    display-name-brand, suspicious. At fault: lib/findings/domains.ts namedAt: the Han glued after the
//    name must be CHINESE_DESK words from end to end, a closed list (冻结 "frozen", 影视 "film and TV",
//    已暂停 "paused" missing). Smallest fix: named when the glued Han run BEGINS or ENDS with a
//    CHINESE_DESK word (drop the `+$` whole-run match for `^(?:…)` or `(?:…)$`): 账户冻结通知, 帳戶凍結通知,
//    订阅已暂停 begin with one, 影视会员 ends with one; 母婴用品 and 科技 do neither (realworld178 stays).
//    Hurts: a firm gluing its own name to its desk ("网飞科技客服") would read as the brand.
//    And the regression of 05:00 (2): r190-yahoo-name-genuine-zh-beibao-{baby-latin-glued,middle-dot}
//    ("贝宝Baby母婴店", "贝宝·母婴用品": baby shops) read SUSPICIOUS (display-name-brand medium "the
//    name says PayPal"); before 05:00 not. At fault: namedAt's `!/^\p{sc=Han}/u.test(rest)`: any
//    non-Han after the name counts, Latin or a middle dot. Fix: skip the non-Han run and test the Han
//    that follows it as above (网飞VIP会员, 网飞ＶＩＰ会员 stay named; 贝宝Baby母婴店 not). Hurts:
//    "网飞VIP影视" would slip (neither begins nor ends with a desk word).
// E. PRODUCTS_OF (2): r190-{yahoo,gmail}-name-micro-soft-outlook-messenger(-offline) read AUTHENTICATED;
//    should be display-name-brand. At fault: lib/findings/domains.ts onlyDeskBesides: after the
//    05:00 move of 'messenger' to Facebook's products, "Messenger" beside Microsoft is a word of the
//    sender's own, so the rejoined "MicroSoft" (capital S: SEPARATORS_IN_WORDS' path) is an everyday
//    name. Smallest fix: in onlyDeskBesides, a word in ANY brand's PRODUCTS_OF counts as a product
//    word when the rest also holds this brand's own product or a desk word (outlook here);
//    "Drop-Box Messenger" (realworld179: Messenger alone beside Dropbox) stays an everyday name.
//    Hurts: a courier "Drop-Box Express Messenger" if express is a desk word.
// Read right: every PayPal-named post of the attacker's group (Yahoo on/offline, AOL, Gmail, Outlook,
// box), the replays from Linode/EC2 (Yahoo with a forged pass below, AOL with an envelope at the
// attacker's group, the box's helo pass and helo softfail), the look-alike list host; genuine
// groups.io posts (box "unknown", Gmail and Yahoo online); 网飞官方, 网飞ＶＩＰ会员, Goo-gle Gmail
// Messenger; the USER_ZONES operators' apex notices (authenticated; Outlook offline unverified, as
// designed) and a holder signing for selfhost.eu's apex (suspicious offline, spoofed online).
// Fixed on 2026-12-07 at 05:3x: D as proposed, refined (lib/findings/domains.ts namedAt: the Han
// glued after the name, past letters of another script, decides by a run that begins or ends with a
// desk's or a notice's word, deskRun; the name alone, by the later Han words) and E (onlyDeskBesides:
// another brand's product counts beside a desk's or this brand's own word, ANY_PRODUCT).
// Left pending: A and B (4), by choice: a group's own address under groups.io, sent from groups.io's
// servers, really comes from that group, and its post with List-Id already read so; the lure is
// the name claiming the list host ("Groups.io Support"), which no rule reads yet (a display-name
// claim of LIST_HOSTS on a From under `<label>.<host>` is the fix). Restricting hostsOwnNotice to
// the apex, as proposed, made real-mail round 180's genuine group notices read suspicious. And C
// (1): Outlook offline reads no EOP pass, so groups.io's server stays medium there.
// Fixed on 2026-12-07 at 07:2x: A and B (4), by the display-name claim proposed in B
// (lib/findings/display-name.ts groupClaimsItsHost: a From under `<group>.groups.io` whose name
// names groups.io itself, in any reading, is display-name-brand medium; the group's own address in
// its digest's name, "main@allotments.groups.io Digest", is not).
// And C (1): offline in Outlook, Exchange Online's own record above its entry line of DKIM for the
// list host and SPF for an envelope under it makes the list host's server its own
// (lib/findings/hosted-server.ts eopListServer); a brand named by a post there, offline with
// nothing checked, reads suspicious by the verdict's impersonation-unchecked row.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
