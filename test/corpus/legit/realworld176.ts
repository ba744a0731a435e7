// Real-world delivery shapes, hundred-and-seventy-sixth round: the world's regional mailbox providers
// as senders, each read as a Gmail reader, an Exchange Online reader (`--webmail outlook`) and the
// reader's own Postfix box, online (with the zone the sender really publishes) and offline (trusting
// only the reader's provider's Authentication-Results). Round 51 (realworld51.ts) read QQ Mail,
// Foxmail, Exmail, NetEase, Yandex, Mail.ru, Orange and Seznam once each, mostly online in Gmail or
// Yahoo; round 141 the European free-mail apps. This round goes further where the hosted-server rule
// bites: the providers whose own outbound relays sit in their own cloud (Tencent Cloud AS132203 for
// QQ Mail and Exmail, Alibaba Cloud AS37963 for Aliyun Mail and Alibaba's business mail,
// Yandex.Cloud AS200350 for Yandex's forward hosts), each read in all three readers online and
// offline; and pins the providers whose relays the IP data does not call hosting (Sina on China
// Unicom, Libero/Virgilio on Italiaonline's AS8660, Rambler's AS24638, Naver on NAVER Cloud's
// AS23576, Free's AS12322), with their own odd shapes (Libero signs h=From alone; Sina writes its own
// "Authentication-Results: sina.com; spf=none … dmarc=none" below its signature; Free hands over
// through a second relay, smtpfb2-g21). Classes checked on this commit with
// `npx tsx lib/cli/main.ts classify <ip>`.
// Where the layouts were learnt (`find_string`/`read_file` on lore.kernel.org / lfdr.de / ozlabs list
// copies in the stored corpus; every provider line below is theirs, with the client's address
// replaced by a documentation one):
// - Aliyun Mail (aliyun.com): bluce.lee@aliyun.com on linux-erofs (ozlabs, November 2020, May 2021):
//   "Received: from 192.168.3.32(mailfrom:… fp:SMTPD_---0UXHjxAA_1619799287) by
//   smtp.aliyun-inc.com(127.0.0.1);", X-Alimail-AntiSpam, DKIM d=aliyun.com s=s1024
//   h=Subject:To:From:Message-ID:Date:MIME-Version:Content-Type, out30-14/out30-40/out30-5
//   .freemail.mail.aliyun.com, DMARC p=quarantine as the list recorded it; 2025-2026 kernel copies from
//   out30-70/74/77/82/85.freemail.mail.aliyun.com [115.124.30.x]. Alibaba's business mail (qiye)
//   customer shape as realworld99 modelled it (d=<customer> s=default, include:spf.mxhichina.com):
//   its selector NOT confirmed here.
// - QQ Mail and Tencent Exmail: realworld51's lines (newxmesmtplogicsvrszc13-0.qq.com "(NewEsmtp) with
//   SMTP", X-QQ-mid; Exmail's "by bizesmtp.qq.com (ESMTP) with \n id ;" and "smtpbg.qq.com
//   (biz-43-154-54-12.mail.qq.com)"), qq.com s201512, include:spf.mail.qq.com, p=quarantine.
// - Yandex (yandex.ru and Yandex 360): realworld51/realworld165's lines ("(smtp/Yandex) with ESMTPSA",
//   "by forward101d.mail.yandex.net (Yandex) with ESMTPS", X-Yandex-Fwd), s=mail, redirect=_spf.yandex.net.
// - Sina (sina.com): hdanton@sina.com's kernel mail (July 2025 - March 2026): DKIM d=sina.com s=201208
//   h=From:Subject:Date:Message-ID above "X-SMAIL-HELO", "Received: from unknown (HELO
//   localhost.localdomain)([ip]) by sina.com (10.54.253.34) with ESMTP id 6867EAA50000411F;",
//   X-Sender, X-Auth-ID, Sina's own "Authentication-Results: sina.com; spf=none …; dkim=none
//   header.i=none; dmarc=none action=none header.from=…", X-SMAIL-MID; handed over by
//   smtp153-170.sina.com.cn [61.135.153.170], r3-17/18/20/21.sinamail.sina.com.cn [202.108.3.x],
//   mail115-63.sinamail.sina.com.cn [218.30.115.63]; DMARC p=none as the list recorded it. sina.com's
//   SPF record NOT read: modelled as the three /24s seen.
// - Libero (Italiaonline): kernel copies 2023-2025: "Received: from [192.168.1.27] ([ip]) by
//   smtp-18.iol.local with ESMTPA id 4Garr1ATFEwsU4GarrBYDz;", "x-libjamoibt: 1601", DKIM d=libero.it
//   s=s2021 h=From (only), HELO "libero.it" from smtp-18.italiaonline.it [213.209.10.18] /
//   smtp-36 [213.209.10.36], DMARC p=quarantine. SPF record NOT read: modelled as 213.209.10.0/24.
//   Virgilio (virgilio.it, same platform) NOT seen: not modelled.
// - Rambler: git-list copies (June-July 2020) from huan5..huan10.mail.rambler.ru [81.19.78.4-9], DKIM
//   d=rambler.ru s=mail q=dns/txt with a long h= list. Rambler's own submission lines and its DMARC
//   policy NOT seen: no line of its own is written, policy modelled p=none.
// - Naver: cvsmtppost29/31/03.nm.naver.com [114.111.35.x] (2024-2026 kernel copies), submission line
//   and s20171208 / p=none as realworld141.
// - Free (free.fr): kernel copies 2020-2026: "(Authenticated sender: …) by smtp4-g21.free.fr (Postfix)
//   with ESMTPSA", then "from smtp4-g21.free.fr (smtp4-g21.free.fr [212.27.42.4]) by smtpfb2-g21.free.fr
//   (Postfix) with ESMTP" and out from smtpfb2-g21 [212.27.42.10]; DKIM d=free.fr s=smtp-20201208
//   h=From:To:Cc:Subject:Date:From (From over-signed); DMARC p=quarantine (2025-2026).
// - Exchange Online: the corpus's eopDelivery, plus EOP's X-Forefront-Antispam-Report
//   ("CIP:…;CTRY:…;LANG:…;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:<helo>;PTR:<name>;CAT:NONE;SFS:(…);DIR:…;"), its
//   field order from outbound stamps in stored list copies (PTR:InfoDomainNonexistent on amd.com's);
//   the inbound values (client address, HELO, PTR, DIR:INB) are modelled, not read on a delivery.
// Not modelled, no delivered headers found in the stored corpus this round: Daum/Kakao, Mail.com,
// SFR, La Poste, docomo/au/SoftBank carrier mail, Rediffmail, UOL/BOL/Terra, VK Workspace, NetEase's
// enterprise mail (qiye.163.com), Rakuten. T-Online (mailout01..12.t-online.de behind fwdNN.aul
// .t-online.de, s=20260216) was seen but is Deutsche Telekom's AS3320, already read in many rounds.
// Senders, recipients and client addresses are documentation ones; relays are the providers' own.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, eopPass, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

const FIRM = 'reader.example';
const ROBIN = `robin@${FIRM}`;
const OUTLOOK_TO = 'robin@harbourline.example';
const BOX = ['--authserv-id', RECEIVER, '--recipient-domain', FIRM];

type Reader = 'gmail' | 'outlook' | 'box';
const READERS: Reader[] = ['gmail', 'outlook', 'box'];
const ARGS: Record<Reader, string[]> = { gmail: GMAIL, outlook: OUTLOOK, box: BOX };
const TO: Record<Reader, string> = {
  gmail: `Robin Reader <${GMAIL_TO}>`,
  outlook: `Robin Reader <${OUTLOOK_TO}>`,
  box: `Robin Reader <${ROBIN}>`,
};

/** An RFC 2047 B-encoded UTF-8 word, as QQ, Aliyun, Sina and Yandex write names and subjects. */
const word = (s: string) => `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';

/** Genuine, signed by the From's own provider, DMARC passing: authenticated, never a warning. */
const GENUINE: CaseExpectation = {
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass' },
};
/** Genuine, offline: the reader's provider's word is the proof; authenticated, never a warning. */
const GENUINE_OFFLINE: CaseExpectation = { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] };
/**
 * Outlook offline: HeaderLens takes EOP's record only where it shows a failure (by design), so a
 * genuine pass reads unverified there, never a warning.
 */
const OUTLOOK_OFFLINE: CaseExpectation = { verdict: 'unverified', notVerdict: ['spoofed', 'suspicious'] };
/** Passes only through the platform's shared SPF include (Exmail unsigned): no warning. */
const SHARED_ONLY: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

interface Provider {
  /** Short tag for names and ids. */
  tag: string;
  /** What it is, for the `about` text. */
  label: string;
  relay: Relay;
  /** The relay's network, as the IP data says it. */
  network: string;
  /** What EOP's anti-spam stamp records as the client's country and the message's language. */
  country: string;
  lang: string;
  /** The author's display name and address. */
  name: string;
  address: string;
  /** The envelope (the author's address at every provider seen). */
  envelope?: string;
  /** DKIM (domain, selector) the provider signs with, and the header fields it signs. */
  signer: [string, string] | null;
  h: string[];
  /** Gmail prints the policy in upper case; EOP and the box record pass alone. */
  policy: string;
  /** The provider's own lines under its signature (onTop order: first is the top). */
  below: string[];
  /** The provider's own lines above its signature (a second relay's). */
  above?: string[];
  /** Extra headers the author's software or the provider writes at submission. */
  extra?: string[];
  subject: string;
  body: string;
  id: string;
  zone: Record<string, unknown>;
  /** How the rule should read it (default GENUINE online, GENUINE_OFFLINE offline). */
  online?: CaseExpectation;
  offline?: CaseExpectation;
  source: string;
}

// --- The providers -------------------------------------------------------------------------------

const QQ_SPF = {
  ...txt('spf.mail.qq.com', 'v=spf1 include:spf-a.mail.qq.com include:spf-b.mail.qq.com -all'),
  ...txt('spf-a.mail.qq.com', 'v=spf1 ip4:203.205.251.0/24 ip4:103.7.29.0/24 ip4:59.36.129.0/24 -all'),
  ...txt(
    'spf-b.mail.qq.com',
    'v=spf1 ip4:162.62.57.0/24 ip4:162.62.58.0/24 ip4:203.205.221.0/24 ip4:43.163.128.0/24 ip4:43.154.54.0/24 -all',
  ),
};
const ALI_SPF = {
  ...txt('spf.mxhichina.com', 'v=spf1 ip4:115.124.30.0/24 ip4:115.124.28.0/24 ip4:47.88.44.0/24 -all'),
};
const YANDEX_SPF = txt(
  '_spf.yandex.net',
  'v=spf1 ip4:178.154.239.0/24 ip4:77.88.28.0/24 ip4:5.45.198.0/24 ip6:2a02:6b8:c02:900::/64 ~all',
);
const yandexLines = (forward: string, id: string) => [
  `Received: from mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net\r\n (mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net\r\n [IPv6:2a02:6b8:c0c:1e05:0:640:3290:0])\r\n\tby ${forward} (Yandex) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 12:59:59 +0300 (MSK)`,
  `Received: by mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net (smtp/Yandex)\r\n\twith ESMTPSA id ${id}-176q2kd8;\r\n\tFri, 20 Nov 2026 12:59:58 +0300`,
  'X-Yandex-Fwd: 1',
];
const YANDEX_H = ['from', 'in-reply-to', 'cc', 'date', 'references', 'to', 'subject', 'message-id'];
const QQ_H = ['from', 'to', 'cc', 'subject', 'date', 'in-reply-to', 'references'];
const ALI_H = ['subject', 'to', 'from', 'message-id', 'date', 'mime-version', 'content-type'];

const QQ_OUT: Relay = {
  helo: 'out162-62-58-211.mail.qq.com',
  rdns: 'out162-62-58-211.mail.qq.com',
  ip: '162.62.58.211',
};
const EXMAIL_OUT: Relay = { helo: 'smtpbg.qq.com', rdns: 'biz-43-154-54-12.mail.qq.com', ip: '43.154.54.12' };
const ALI_OUT: Relay = {
  helo: 'out30-82.freemail.mail.aliyun.com',
  rdns: 'out30-82.freemail.mail.aliyun.com',
  ip: '115.124.30.82',
};
const ALI_OUT2: Relay = {
  helo: 'out30-77.freemail.mail.aliyun.com',
  rdns: 'out30-77.freemail.mail.aliyun.com',
  ip: '115.124.30.77',
};
const YANDEX_OUT: Relay = {
  helo: 'forward101d.mail.yandex.net',
  rdns: 'forward101d.mail.yandex.net',
  ip: '178.154.239.212',
};

const EXMAIL_FIRM = 'hengda-trading.example';
const ALI_FIRM = 'jinghua-optics.example';
const Y360_FIRM = 'nevsky-bistro.example';

const CLOUD: Provider[] = [
  {
    tag: 'qq',
    country: 'CN',
    lang: 'zh-cn',
    label: 'QQ Mail (qq.com)',
    relay: QQ_OUT,
    network: 'Tencent Cloud, AS132203',
    name: word('陈静'),
    address: '3185274906@qq.com',
    signer: ['qq.com', 's201512'],
    h: QQ_H,
    policy: 'quarantine',
    below: [
      'Received: from [192.168.1.7] ([203.0.113.57])\r\n\tby newxmesmtplogicsvrszc13-0.qq.com (NewEsmtp) with SMTP\r\n\tid 3CEB176F; Fri, 20 Nov 2026 17:59:59 +0800',
      'X-QQ-mid: xmsmtpt1795168799t176hv03j0',
      'X-QQ-XMRINFO: Nq+8W0+stu50PRdwbJxPCL0=',
    ],
    extra: ['X-Mailer: QQMail 2.x'],
    subject: word('下周的样品寄出了'),
    body: 'Robin 你好，\r\n\r\n样品已经寄出，快递单号稍后发你。\r\n\r\n陈静\r\n',
    id: '<tencent_7B2E1C0D2E5B49A8C6D1F0E2B3A4C5D6E176@qq.com>',
    zone: {
      ...ptr(QQ_OUT.ip, QQ_OUT.rdns),
      ...txt('qq.com', 'v=spf1 include:spf.mail.qq.com -all'),
      ...txt('_dmarc.qq.com', 'v=DMARC1; p=quarantine'),
      's201512._domainkey.qq.com': KEY(),
      ...QQ_SPF,
    },
    source: 'submitted from the QQ web client to newxmesmtplogicsvrszc13-0.qq.com, signed d=qq.com s=s201512',
  },
  {
    tag: 'exmail',
    country: 'CN',
    lang: 'en',
    label: `Tencent Exmail (企业邮箱) for ${EXMAIL_FIRM}, unsigned as the customer left it`,
    relay: EXMAIL_OUT,
    network: 'Tencent Cloud, AS132203',
    name: word('王芳'),
    address: `wang.fang@${EXMAIL_FIRM}`,
    signer: null,
    h: [],
    policy: 'none',
    below: [
      'X-QQ-mid: bizesmtp81t1795168798t176y8f4',
      'Received: from WF-PC ( [203.0.113.88])\r\n by bizesmtp.qq.com (ESMTP) with \r\n id ; Fri, 20 Nov 2026 17:59:59 +0800 (CST)',
    ],
    extra: ['X-QQ-SENDSIZE: 520', `Feedback-ID: bizesmtp:${EXMAIL_FIRM}:qybglogicsvr:qybglogicsvr4`],
    subject: 'Re: PI for order 176-0042',
    body: 'Dear Robin,\r\n\r\nthe proforma invoice for order 176-0042 is attached; shipment next Tuesday.\r\n\r\nWang Fang\r\n',
    id: '<202611201759590176218@hengda-trading.example>',
    zone: {
      ...ptr(EXMAIL_OUT.ip, EXMAIL_OUT.rdns),
      ...txt(EXMAIL_FIRM, 'v=spf1 include:spf.mail.qq.com ~all'),
      ...txt(`_dmarc.${EXMAIL_FIRM}`, 'v=DMARC1; p=none'),
      ...QQ_SPF,
    },
    online: SHARED_ONLY,
    // Offline the honest reading is the shared include's: probe53's Aruba co-tenant reads the same.
    offline: { verdict: 'unverified', notVerdict: ['spoofed', 'suspicious'] },
    source:
      'submitted to bizesmtp.qq.com ("(ESMTP) with \\n id ;"), unsigned, SPF through include:spf.mail.qq.com',
  },
  {
    tag: 'aliyun',
    country: 'CN',
    lang: 'en',
    label: 'Aliyun Mail (aliyun.com)',
    relay: ALI_OUT,
    network: 'Alibaba Cloud, AS37963',
    name: 'Li Guiming',
    address: 'li.guiming@aliyun.com',
    signer: ['aliyun.com', 's1024'],
    h: ALI_H,
    policy: 'quarantine',
    below: [
      'X-Alimail-AntiSpam: AC=CONTINUE; BC=0.2507601|-1; CH=green; DM=|CONTINUE|false|;\r\n DS=CONTINUE|ham_enroll_verification|0.0543826-0.00365727-0.94196;\r\n FP=0|0|0|0|0|-1|-1|-1; HT=e01e04423; MF=li.guiming@aliyun.com; NM=1; PH=DS;\r\n RN=1; RT=1; SR=0; TI=SMTPD_---0W176xAA_1795168798;',
      'Received: from 192.168.3.32(mailfrom:li.guiming@aliyun.com\r\n fp:SMTPD_---0W176xAA_1795168798) by smtp.aliyun-inc.com(127.0.0.1);\r\n Fri, 20 Nov 2026 17:59:58 +0800',
    ],
    extra: [
      'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\r\n Thunderbird/128.4.0',
    ],
    subject: 'Re: review of the mount option patch',
    body: 'Hi Robin,\r\n\r\nlooks good to me; one nit on the error path, see inline next week.\r\n\r\nLi Guiming\r\n',
    id: '<20d517a9-176b-d5e3-f3ba-687a31fb036d@aliyun.com>',
    zone: {
      ...ptr(ALI_OUT.ip, ALI_OUT.rdns),
      ...txt('aliyun.com', 'v=spf1 include:spf.mxhichina.com -all'),
      ...txt('_dmarc.aliyun.com', 'v=DMARC1; p=quarantine'),
      's1024._domainkey.aliyun.com': KEY(),
      ...ALI_SPF,
    },
    source:
      'submitted from Thunderbird to smtp.aliyun-inc.com ("from <ip>(mailfrom:… fp:SMTPD_---…)"), X-Alimail-AntiSpam, signed d=aliyun.com s=s1024',
  },
  {
    tag: 'alimail-biz',
    country: 'CN',
    lang: 'en',
    label: `Alibaba Mail for business (qiye) for ${ALI_FIRM}, the customer's own DKIM turned on`,
    relay: ALI_OUT2,
    network: 'Alibaba Cloud, AS37963',
    name: 'Zhang Wei',
    address: `wei.zhang@${ALI_FIRM}`,
    signer: [ALI_FIRM, 'default'],
    h: ALI_H,
    policy: 'none',
    below: [
      'X-Alimail-AntiSpam: AC=CONTINUE; BC=0.08884881|-1; CH=green; DM=|CONTINUE|false|;\r\n FP=0|0|0|0|0|-1|-1|-1; HT=e01e04407; MF=wei.zhang@jinghua-optics.example; NM=1; PH=DS;\r\n RN=1; RT=1; SR=0; TI=SMTPD_---0W176Bz_1795168798;',
      'Received: from 30.97.56.235(mailfrom:wei.zhang@jinghua-optics.example fp:SMTPD_---0W176Bz_1795168798)\r\n          by smtp.aliyun-inc.com;\r\n          Fri, 20 Nov 2026 17:59:58 +0800',
    ],
    subject: 'Quotation for the 50 mm lens housings',
    body: 'Dear Robin,\r\n\r\nplease find our quotation for 2,000 lens housings; valid 30 days.\r\n\r\nZhang Wei\r\nJinghua Optics\r\n',
    id: '<a3f1c2d4-176e-4b5a-9c8d-7e6f5a4b3c2d@jinghua-optics.example>',
    zone: {
      ...ptr(ALI_OUT2.ip, ALI_OUT2.rdns),
      ...txt(ALI_FIRM, 'v=spf1 include:spf.mxhichina.com -all'),
      ...txt(`_dmarc.${ALI_FIRM}`, 'v=DMARC1; p=none'),
      [`default._domainkey.${ALI_FIRM}`]: KEY(),
      ...ALI_SPF,
    },
    source:
      "submitted through smtp.aliyun-inc.com from the office network (Alibaba's 30.x inner address), signed d=<customer> s=default (realworld99's shape)",
  },
  {
    tag: 'yandex',
    country: 'RU',
    lang: 'ru',
    label: 'Yandex Mail (yandex.ru)',
    relay: YANDEX_OUT,
    network: 'Yandex.Cloud, AS200350',
    name: word('Ольга Смирнова'),
    address: 'olga.smirnova176@yandex.ru',
    signer: ['yandex.ru', 'mail'],
    h: YANDEX_H,
    policy: 'none',
    below: yandexLines(YANDEX_OUT.helo, 'Qx176WgugYeA0'),
    subject: word('Документы к договору'),
    body: 'Добрый день, Робин!\r\n\r\nДокументы к договору пришлю в понедельник.\r\n\r\nОльга\r\n',
    id: '<1764176@mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net>',
    zone: {
      ...ptr(YANDEX_OUT.ip, YANDEX_OUT.rdns),
      ...txt('yandex.ru', 'v=spf1 redirect=_spf.yandex.net'),
      ...txt('_dmarc.yandex.ru', 'v=DMARC1; p=none'),
      'mail._domainkey.yandex.ru': KEY(),
      ...YANDEX_SPF,
    },
    source: "submitted over ESMTPSA to Yandex's smtp front, signed d=yandex.ru s=mail, X-Yandex-Fwd",
  },
  {
    tag: 'yandex360',
    country: 'RU',
    lang: 'en',
    label: `Yandex 360 for Business for ${Y360_FIRM}`,
    relay: YANDEX_OUT,
    network: 'Yandex.Cloud, AS200350',
    name: 'Pavel Orlov',
    address: `p.orlov@${Y360_FIRM}`,
    signer: [Y360_FIRM, 'mail'],
    h: YANDEX_H,
    policy: 'quarantine',
    below: yandexLines(YANDEX_OUT.helo, 'Ry176WgugYeA1'),
    subject: 'Booking confirmed: table for six, 27 November',
    body: 'Dear Robin,\r\n\r\nyour table for six on 27 November at 19:30 is confirmed.\r\n\r\nPavel Orlov\r\nNevsky Bistro\r\n',
    id: '<2764176@mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net>',
    zone: {
      ...ptr(YANDEX_OUT.ip, YANDEX_OUT.rdns),
      ...txt(Y360_FIRM, 'v=spf1 redirect=_spf.yandex.net'),
      ...txt(`_dmarc.${Y360_FIRM}`, 'v=DMARC1; p=quarantine'),
      [`mail._domainkey.${Y360_FIRM}`]: KEY(),
      ...YANDEX_SPF,
    },
    source: 'Yandex 360 customer domain (MX mx.yandex.net), signed with its own s=mail key',
  },
];

const SINA_OUT: Relay = {
  helo: 'smtp153-170.sina.com.cn',
  rdns: 'smtp153-170.sina.com.cn',
  ip: '61.135.153.170',
};
const LIBERO_OUT: Relay = { helo: 'libero.it', rdns: 'smtp-18.italiaonline.it', ip: '213.209.10.18' };
const RAMBLER_OUT: Relay = { helo: 'huan8.mail.rambler.ru', rdns: 'huan8.mail.rambler.ru', ip: '81.19.78.7' };
const NAVER_OUT: Relay = {
  helo: 'cvsmtppost29.nm.naver.com',
  rdns: 'cvsmtppost29.nm.naver.com',
  ip: '114.111.35.39',
};
const FREE_OUT: Relay = { helo: 'smtpfb2-g21.free.fr', rdns: 'smtpfb2-g21.free.fr', ip: '212.27.42.10' };

const OWN: Provider[] = [
  {
    tag: 'sina',
    country: 'CN',
    lang: 'en',
    label: 'Sina Mail (sina.com)',
    relay: SINA_OUT,
    network: 'China Unicom, AS4837',
    name: 'Zhou Hang',
    address: 'zhou.hang176@sina.com',
    signer: ['sina.com', '201208'],
    h: ['from', 'subject', 'date', 'message-id'],
    policy: 'none',
    below: [
      'X-SMAIL-HELO: localhost.localdomain',
      'Received: from unknown (HELO localhost.localdomain)([203.0.113.176])\r\n\tby sina.com (10.54.253.34) with ESMTP\r\n\tid 6867EAA5000041A6; Fri, 20 Nov 2026 17:59:58 +0800 (CST)',
      'X-Sender: zhou.hang176@sina.com',
      'X-Auth-ID: zhou.hang176@sina.com',
      'Authentication-Results: sina.com;\r\n\t spf=none smtp.mailfrom=zhou.hang176@sina.com;\r\n\t dkim=none header.i=none;\r\n\t dmarc=none action=none header.from=zhou.hang176@sina.com',
      'X-SMAIL-MID: 3120106292176',
    ],
    subject: 'Re: the lock ordering in the release path',
    body: 'Robin,\r\n\r\nthe reproducer no longer triggers with the mutex taken first.\r\n\r\nZhou Hang\r\n',
    id: '<20261120095958.1760-1-zhou.hang176@sina.com>',
    zone: {
      ...ptr(SINA_OUT.ip, SINA_OUT.rdns),
      ...txt('sina.com', 'v=spf1 ip4:61.135.153.0/24 ip4:202.108.3.0/24 ip4:218.30.115.0/24 -all'),
      ...txt('_dmarc.sina.com', 'v=DMARC1; p=none'),
      '201208._domainkey.sina.com': KEY(),
    },
    source:
      'submitted over ESMTP to "sina.com (10.54.253.34)", Sina\'s own spf=none/dmarc=none Authentication-Results under its signature (d=sina.com s=201208, h=From:Subject:Date:Message-ID)',
  },
  {
    tag: 'libero',
    country: 'IT',
    lang: 'it',
    label: 'Libero Mail (libero.it, Italiaonline)',
    relay: LIBERO_OUT,
    network: 'Italiaonline, AS8660',
    name: 'Giulia Ferraro',
    address: 'giulia.ferraro176@libero.it',
    signer: ['libero.it', 's2021'],
    h: ['from'],
    policy: 'quarantine',
    below: [
      'Received: from [192.168.1.27] ([203.0.113.27])\r\n\tby smtp-18.iol.local with ESMTPA\r\n\tid 4Garr176FEwsU4GarrBYDz; Fri, 20 Nov 2026 10:59:58 +0100',
      'x-libjamoibt: 1601',
    ],
    subject: 'Re: riunione di condominio',
    body: 'Ciao Robin,\r\n\r\nla riunione è spostata a giovedì alle 18.\r\n\r\nGiulia\r\n',
    id: '<8c1d2e3f-176a-4b5c-9d8e-7f6a5b4c3d2e@libero.it>',
    zone: {
      ...ptr(LIBERO_OUT.ip, LIBERO_OUT.rdns),
      ...txt('libero.it', 'v=spf1 ip4:213.209.10.0/24 ip4:213.209.8.0/24 -all'),
      ...txt('_dmarc.libero.it', 'v=DMARC1; p=quarantine'),
      's2021._domainkey.libero.it': KEY(),
    },
    source:
      'submitted from Thunderbird to smtp-18.iol.local (ESMTPA), "x-libjamoibt: 1601", signed d=libero.it s=s2021 over From alone, HELO "libero.it"',
  },
  {
    tag: 'rambler',
    country: 'RU',
    lang: 'en',
    label: 'Rambler Mail (rambler.ru)',
    relay: RAMBLER_OUT,
    network: 'Rambler Internet Holding, AS24638',
    name: 'Dmitry Volkov',
    address: 'd.volkov176@rambler.ru',
    signer: ['rambler.ru', 'mail'],
    h: [
      'in-reply-to',
      'content-transfer-encoding',
      'content-type',
      'mime-version',
      'references',
      'reply-to',
      'message-id',
      'subject',
      'to',
      'from',
      'date',
    ],
    policy: 'none',
    below: [],
    subject: 'Re: [PATCH] doc: fix the example',
    body: 'Robin,\r\n\r\nthanks, the example now builds.\r\n\r\nDmitry\r\n',
    id: '<20261120095958.GA176@rambler.ru>',
    zone: {
      ...ptr(RAMBLER_OUT.ip, RAMBLER_OUT.rdns),
      ...txt('rambler.ru', 'v=spf1 ip4:81.19.78.0/24 ~all'),
      ...txt('_dmarc.rambler.ru', 'v=DMARC1; p=none'),
      'mail._domainkey.rambler.ru': KEY(),
    },
    source:
      "signed d=rambler.ru s=mail with the long h= list the git-list copies show; no line of Rambler's own",
  },
  {
    tag: 'naver',
    country: 'KR',
    lang: 'ko',
    label: 'Naver Mail (naver.com)',
    relay: NAVER_OUT,
    network: 'NAVER Cloud, AS23576',
    name: word('김민지'),
    address: 'minji.kim176@naver.com',
    signer: ['naver.com', 's20171208'],
    h: ['from', 'to', 'subject', 'date', 'message-id', 'content-type', 'mime-version'],
    policy: 'none',
    below: [
      'Received: from MinjiPhone ([203.0.113.176])\r\n by cvnsmtp009.nm.naver.com with ESMTP id Nv176SeSsIoNiD0aBcDeFg\r\n (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384);\r\n Fri, 20 Nov 2026 10:00:00 -0000',
    ],
    subject: word('다음 주 일정'),
    body: '안녕하세요 Robin,\r\n\r\n다음 주 화요일 오후 괜찮으세요?\r\n\r\n민지\r\n',
    id: '<a1b2c3d4e5f60176.minji.kim176@naver.com>',
    zone: {
      ...ptr(NAVER_OUT.ip, NAVER_OUT.rdns),
      ...txt('naver.com', 'v=spf1 include:_spf.naver.com ~all'),
      ...txt('_spf.naver.com', 'v=spf1 ip4:114.111.35.0/24 ip4:125.209.208.0/20 ~all'),
      ...txt('_dmarc.naver.com', 'v=DMARC1; p=none; rua=mailto:dmarc_report@navercorp.com'),
      's20171208._domainkey.naver.com': KEY(),
    },
    source: 'submitted from the Naver Mail app to cvnsmtp009.nm.naver.com, signed d=naver.com s=s20171208',
  },
  {
    tag: 'free',
    country: 'FR',
    lang: 'fr',
    label: 'Free (free.fr)',
    relay: FREE_OUT,
    network: 'Free SAS, AS12322',
    name: 'Jean-Noël Avril',
    address: 'jn.avril176@free.fr',
    signer: ['free.fr', 'smtp-20201208'],
    h: ['from', 'to', 'cc', 'subject', 'date', 'in-reply-to', 'references', 'from'],
    policy: 'quarantine',
    below: [
      'Received: from [192.168.0.32] (unknown [203.0.113.32])\r\n\t(Authenticated sender: jn.avril176@free.fr)\r\n\tby smtp4-g21.free.fr (Postfix) with ESMTPSA id 3562D19F176;\r\n\tFri, 20 Nov 2026 10:59:58 +0100 (CET)',
    ],
    above: [
      'Received: from smtp4-g21.free.fr (smtp4-g21.free.fr [212.27.42.4])\r\n\tby smtpfb2-g21.free.fr (Postfix) with ESMTP id B96594C176;\r\n\tFri, 20 Nov 2026 11:00:01 +0100 (CET)',
    ],
    subject: 'Re: traduction du manuel',
    body: 'Bonjour Robin,\r\n\r\nla traduction du chapitre 3 est prête.\r\n\r\nJean-Noël\r\n',
    id: '<55c580a0-176d-435e-bff0-f5f54cbe6948@free.fr>',
    zone: {
      ...ptr(FREE_OUT.ip, FREE_OUT.rdns),
      ...txt('free.fr', 'v=spf1 ip4:212.27.42.0/24 ip4:212.27.33.0/24 ~all'),
      ...txt('_dmarc.free.fr', 'v=DMARC1; p=quarantine'),
      'smtp-20201208._domainkey.free.fr': KEY(),
    },
    source:
      'submitted from Thunderbird to smtp4-g21.free.fr (ESMTPSA, "Authenticated sender"), signed d=free.fr s=smtp-20201208, passed on to smtpfb2-g21.free.fr',
  },
];

// --- Sending and delivering ----------------------------------------------------------------------

const domain = (address: string) => address.slice(address.indexOf('@') + 1);

async function compose(p: Provider, reader: Reader): Promise<string> {
  const message = submitted({
    from: `${p.name} <${p.address}>`,
    to: TO[reader],
    subject: p.subject,
    date: SENT,
    messageId: p.id,
    extraHeaders: p.extra,
    body: p.body,
  });
  const raw = p.below.length ? onTop(message, ...p.below) : message;
  const signed = p.signer ? await signAll(raw, [p.signer], p.h) : raw;
  return p.above ? onTop(signed, ...p.above) : signed;
}

let serial = 0;
function deliver(raw: string, p: Provider, reader: Reader): string {
  serial++;
  const env = p.envelope ?? p.address;
  const from = domain(p.address);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: p.relay,
      envelope: env,
      results: [
        ...(p.signer ? [gmailDkim(p.signer[0], p.signer[1])] : []),
        gmailSpf(env, p.relay.ip),
        gmailDmarc(from, p.policy.toUpperCase()),
      ].join('\r\n       '),
      ids: [`x176csp${serial}pxa`, `a176si${serial}qtb.76`],
      spf: 'pass',
      deliveredTo: true,
    });
  if (reader === 'outlook') {
    const dkim = p.signer
      ? `dkim=pass (signature was verified)\r\n header.d=${p.signer[0]}`
      : 'dkim=none (message not signed)\r\n header.d=none';
    return eopDelivery(raw, {
      ...eopPass(p.relay, domain(env), dkim, from),
      returnPath: env,
      // EOP's anti-spam stamp with the client's address, HELO and the PTR EOP looked up.
      bottom: [
        `X-Forefront-Antispam-Report: CIP:${p.relay.ip};CTRY:${p.country};LANG:${p.lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:${p.relay.helo};PTR:${p.relay.rdns};CAT:NONE;SFS:(13230040)(1800799024)(69100299015)(8096899003);DIR:INB;`,
      ],
    });
  }
  const dkim = p.signer
    ? `dkim=pass (2048-bit key; unprotected) header.d=${p.signer[0]} header.i=@${p.signer[0]} header.s=${p.signer[1]} header.b=Q29ycHVz`
    : 'dkim=none';
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=pass (${RECEIVER}: domain of ${env} designates ${p.relay.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=pass (p=${p.policy} dis=none) header.from=${from}`,
    received({
      ...p.relay,
      by: RECEIVER,
      id: `4Zr176${serial}x`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
}

const READER_TEXT: Record<Reader, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook on the web (Exchange Online)',
  box: `the reader's own Postfix box (${RECEIVER})`,
};

async function provider(write: CaseWriter, p: Provider, plan: Array<[Reader, 'online' | 'offline']>) {
  for (const [reader, mode] of plan) {
    const eml = deliver(await compose(p, reader), p, reader);
    const signed = p.signer ? `signed d=${p.signer[0]} s=${p.signer[1]}` : 'unsigned';
    const online = mode === 'online';
    const expect = online
      ? (p.online ?? GENUINE)
      : reader === 'outlook'
        ? OUTLOOK_OFFLINE
        : (p.offline ?? GENUINE_OFFLINE);
    const wanted =
      expect === SHARED_ONLY
        ? 'authenticated or unverified (an SPF-only pass through the include every customer shares)'
        : expect === OUTLOOK_OFFLINE
          ? "unverified (offline, HeaderLens does not take Exchange Online's pass alone)"
          : 'authenticated';
    emitCase(write, {
      name: `w176-${reader}-${p.tag}-${mode}`,
      about: `Genuine: ${p.label}, ${p.source}; handed to ${READER_TEXT[reader]} by ${p.relay.rdns} [${p.relay.ip}] (${p.network}), ${signed}, envelope the author's address, DMARC p=${p.policy}. ${online ? "Online, with the zone the provider publishes (its relay's PTR and A agree)." : "Offline: only the reader's provider's own results vouch."} Wanted: ${wanted}; never suspicious because the provider's own relay sits on its own network.`,
      class: 'mailbox-provider-own-cloud',
      args: ARGS[reader],
      eml,
      ...(online ? { zone: p.zone } : {}),
      expect,
    });
  }
}

const EVERY: Array<[Reader, 'online' | 'offline']> = READERS.flatMap((r) => [
  [r, 'online'] as [Reader, 'online'],
  [r, 'offline'] as [Reader, 'offline'],
]);

export async function makeAll(write: CaseWriter): Promise<void> {
  for (const p of CLOUD) await provider(write, p, EVERY);
  for (const p of OWN)
    await provider(write, p, [
      ['gmail', 'online'],
      ['outlook', 'offline'],
      ['box', 'online'],
      ['box', 'offline'],
    ]);
}

// Online every case reads right (56 cases: the cloud providers are known by their confirmed relay
// names since round 51/99). Offline, all 18 cases of the six providers on their own cloud read
// **suspicious** on one finding, hosted-server-relay (medium): "This message really comes from
// qq.com, but take care: sent from a rented server on Tencent Cloud (162.62.58.211)" (Gmail, box),
// "Nothing proves this message comes from qq.com, and it was sent from a Tencent Cloud server"
// (Outlook). At fault: lib/findings/hosted-server.ts ownServerEvidence, whose offline branch knows
// only list hosts (offlineListServer) and a From-domain's own server on AWS/Azure/Google
// (offlineOwnCloudServer); a known mailbox provider's relay name (EMAIL_PROVIDERS rdnsPatterns in
// lib/relay/providers-esp.ts) counts only online, once forward-confirmed (lib/engine/relay-facts.ts
// espFromEvidence, rdnsConfirmed), so offline origin.hostedServer stays set.
// A. Gmail and the box, signed (10 cases): wanted authenticated. Fix, tried on a scratch copy of lib/
//    (all 10 then read authenticated with hosted-server-relay low; realworld51, 99, 112, 173 and
//    probe10, 53, 56, 182 unchanged): a third offline source, offlineProviderRelay: the reverse name
//    the reader's provider printed in its entry line is a known provider's relay (export
//    `providerRelayName(rdns)` = builtInByName from lib/relay/esp-evidence.ts), and the provider's
//    proven results record dmarc=pass for the From AND a DKIM pass of the From's organisation.
//    The DKIM condition matters: without it probe53-aruba-customer-as-bank-shared-include-gmail-offline
//    (an Aruba co-tenant, unsigned, SPF through the shared include) read authenticated on the scratch
//    copy. Risk: Postfix prints a client name only when it forward-confirms; whether Gmail prints a
//    PTR that does not is NOT confirmed, nor whether Tencent Cloud, Alibaba Cloud or Yandex Cloud let
//    a customer set any PTR (offlineOwnCloudServer trusts only AWS/Azure/Google for that reason): if
//    one does, a stranger's VM named out43-154-100-25.mail.qq.com could replay a signed message
//    offline in Gmail. The replay gains little for the free-mail domains (anyone signs any text with
//    a qq.com account) and only a resend of genuine text for a customer domain.
// B. Exmail unsigned, Gmail and box (2 cases): wanted unverified (SPF through the include every
//    Exmail customer shares, as it reads online). The fix above rightly leaves them medium. Further
//    fix (not tried): offline, where the printed name is a shared platform's relay
//    (SHARED_PLATFORMS in lib/findings/auth-state.ts) and the provider's pass rests on SPF alone, let
//    sharedSpfPlatform answer from that name, so verdict.ts's dmarc-pass row reads unverified, and
//    lower hosted-server-relay to low there.
// C. Outlook offline (6 cases): wanted unverified (as every Outlook offline pass reads, by design).
//    EOP's entry line prints the HELO only, "from <helo> (<ip>)", so nothing names the relay; EOP's
//    own X-Forefront-Antispam-Report (appended among its organisation headers) carries
//    "CIP:<ip>;…;H:<helo>;PTR:<name EOP looked up>" and is not read. Fix: read PTR from the one EOP
//    wrote (in the organisation block, CIP equal to the origin's address, DIR:INB) as the printed
//    name for offlineProviderRelay. Unconfirmed: that EOP drops or overwrites a sender's own
//    X-Forefront-Antispam-Report; if it does not, only its position tells them apart. Or pin C as
//    suspicious by design (round 51's offline QQ note).
// Attack controls for the lead (one sentence each, not written as cases here):
// - A stranger's Tencent Cloud CVM (43.154.x, AS132203) with Tencent's default reverse name replays a
//   genuine signed qq.com message: Gmail prints the CVM's own name, not out…mail.qq.com: must stay
//   hosted-server-relay medium, online and offline.
// - Another Exmail customer sends unsigned as an Exmail firm through biz-43-154-54-12.mail.qq.com,
//   SPF passing through include:spf.mail.qq.com: must read unverified or worse, offline too (probe53's
//   Aruba twin, for Exmail).
// - A stranger's Alibaba ECS (47.x / 8.x, Alibaba Cloud) names its PTR after its own domain and sends
//   as a firm whose SPF includes spf.mxhichina.com: SPF fails there, DMARC fails: spoofed.
// - A Yandex Cloud VM (AS200350, outside _spf.yandex.net's /24s) with a PTR under the attacker's own
//   domain replays a Yandex 360 firm's signed booking confirmation: stays medium, never authenticated
//   without the forward101d-style confirmed name.
// - The same Yandex Cloud VM with a PTR written as forward999z.mail.yandex.net (if Yandex Cloud lets a
//   customer set it; unchecked): online the A record fails, offline in the box Postfix prints
//   "unknown": both stay medium; in Gmail offline it depends on the unconfirmed point in A.
// Fixed on 2026-12-07 at 02:2x (A, as proposed): lib/findings/hosted-server.ts offlineMailRelay,
// with the relay name a built-in service's that carries no hosting scripts
// (lib/relay/esp-evidence.ts mailRelayName); the 10 cases read authenticated, and so do the older
// rw51-qq-mail-to-gmail-tencent-cloud-offline and rw52-aruba-customer-signed-to-gmail-offline,
// pinned suspicious by design until now. B and C stay pending: B needs the shared-platform reading
// offline; C needs EOP's X-Forefront-Antispam-Report PTR, whose sender-written copies are not told
// apart yet (Outlook offline reads suspicious there, never spoofed).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // B: Exmail unsigned, Gmail and the box
  'w176-gmail-exmail-offline',
  'w176-box-exmail-offline',
  // C: Outlook offline
  'w176-outlook-qq-offline',
  'w176-outlook-exmail-offline',
  'w176-outlook-aliyun-offline',
  'w176-outlook-alimail-biz-offline',
  'w176-outlook-yandex-offline',
  'w176-outlook-yandex360-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
