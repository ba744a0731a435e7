// Real-world delivery shapes, hundred-and-twelfth round: genuine mail from outside the
// English-speaking world, display names and subjects in their own scripts and legacy charsets
// (EUC-KR and Korean Outlook's ks_c_5601-1987, ISO-2022-JP, GB2312/GBK, KOI8-R with a windows-1251
// subject, ISO-8859-1 / windows-1252, UTF-8 Devanagari), each subject split into two encoded words
// across a fold, with the providers' own signing habits: Naver signs d=naver.com (p=none); Naver
// Works signs twice (d=worksmobile.com and the customer's own s=naverworks); Yahoo! JAPAN signs
// d=yahoo.co.jp and still adds a legacy DomainKey-Signature; Alibaba Mail sends its customers'
// mail unsigned (SPF only), one customer publishing DMARC p=none, one publishing no DMARC at all;
// Zoho India signs the customer's s=zmail and seals its own ARC i=1 (d=zohomail.in s=zohoarc) on the
// way OUT; Free signs d=free.fr (p=quarantine); Mail.ru signs inbox.ru twice (realworld51's shape).
// Read in Gmail, Outlook (Exchange Online), Yahoo Mail and a self-hosted Postfix box, with attack
// twins where a forger would plausibly use the provider's users (the From of a naver.com,
// yahoo.co.jp, free.fr or Zoho-hosted address; an Alibaba Mail customer without DMARC; a Naver
// Works customer) sent from the attacker's own authenticated server.
// Where the layouts were learnt (`search` code / find_string over public list archives, raw copies
// in linux-mailinglist-archives and lore mirrors):
// - Naver: "Received: from cvsendbo022.nm ([10.112.20.47]) by cvsmtppost06.nm.naver.com with ESMTP
//   id …", handed over by cvsmtppost06.nm.naver.com [114.111.35.101] (f2fs-devel via SourceForge,
//   August 2025; cvsmtppost03/22 [114.111.35.152/.110] in stable@ and LKML copies, DMARC p=none
//   recorded by subspace.kernel.org), DKIM d=naver.com s=s20171208 h=From:To:Subject:Date:
//   Message-ID:…, X-Works-Send-Opt / X-Works-Smtp-Source / X-Session-ID, the submission hop "by
//   cvnsmtp009.nm.naver.com with ESMTP id … (version=TLSv1.3 …)".
// - Naver Works: cvsmtppost105.wmail.worksmobile.com [125.209.209.76], d=worksmobile.com
//   s=s20171120 over the customer's s=naverworks (korea.ac.kr on linux-rdma, December 2025), the
//   client hop "by jvnsmtp403.gwmail.worksmobile.com".
// - Yahoo! JAPAN: sonicconh5002-vm0.mail.kks.yahoo.co.jp [114.110.61.27], "Received: from
//   sonicgw.mail.yahoo.co.jp by sonicconh5002.mail.kks.yahoo.co.jp with HTTP", X-YMail-OSG,
//   DomainKey-Signature s=yj20110701 (linux-audit, February 2023); DKIM d=yahoo.co.jp s=yj20110701 and
//   the JavaMail.yahoo@mail.yahoo.co.jp Message-ID (a 2020 copy of the same list family).
// - Alibaba Mail: out4436.biz.mail.alibaba.com [47.88.44.36], X-Alimail-AntiSpam, "Received: from
//   localhost(mailfrom:… fp:SMTPD_---…) by smtp.aliyun-inc.com(127.0.0.1)", unsigned (linux-fsdevel
//   and linux-erofs, December 2021; Gmail's own record of out4437 in linux-mm, 2019).
// - Zoho India: sender-of-o51.zoho.in [103.117.158.51], "Received: from [192.168.1.12] (ip [ip]) by
//   mx.zoho.in with SMTPS id …", ARC i=1 d=zohomail.in s=zohoarc cv=none with
//   ARC-Authentication-Results "i=1; mx.zohomail.in; dkim=pass header.i=…; spf=pass …; dmarc=pass
//   header.from=<…>", DKIM s=zmail (siddh.me on LKML, December 2023; behindbytes.com via eggs.gnu.org).
// - Free: smtp6-g21.free.fr [212.27.42.6], "(Authenticated sender: …) by smtp6-g21.free.fr (Postfix)
//   with ESMTPSA", DKIM d=free.fr s=smtp-20201208, DMARC p=quarantine (recorded May 2026).
// - Mail.ru: realworld51's inbox.ru layout (fallback20.i.mail.ru [79.137.243.76], s=mail4, p=reject).
// Recalled, not confirmed here: the providers' SPF include names (_spf.naver.com,
// _spf.worksmobile.com, spf.yahoo.co.jp, spf.mxhichina.com, zoho.in, _spf.free.fr; their address terms
// narrowed to the ranges the seen relays sit in), yahoo.co.jp's DMARC p=none, Naver's webmail
// Message-ID form, and which charset each provider's webmail writes (Korean Outlook's
// ks_c_5601-1987 label is well known; the others are the charsets local mail programs still use).
// Customers, users and client addresses are documentation names; relays are the providers' own.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  type Relay,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, eopDelivery, gmailDelivery, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail whose domain publishes no DMARC: no warning (aligned SPF; unverified is honest). */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};
/** A forgery of an enforcing domain: spoofed. */
const SPOOFED: CaseExpectation = { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } };

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 */
// Alibaba Mail's customers (realworld112-*-alibaba-*) read "suspicious" on hosted-server-relay
// alone. Fixed at 21:34 on 2026-12-05 (lib/relay/providers-esp.ts, the 'Alibaba Mail' entry):
// out<n>.biz.mail.alibaba.com is Alibaba Mail's relay. The p=none customer reads "unverified", not
// "authenticated": unsigned mail passing only Alibaba's shared SPF could be any of its customers'
// (kept by choice: the README's verdict rules), and the expectation was eased to no warning.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

/**
 * The legit corpus: the genuine shapes only (each promising never to read "spoofed"). The attack
 * twins (class "spoofing") are written by makeAll and makeTwins, for an adversarial module: the
 * benchmark counts every legit case called "spoofed" as a false positive.
 */
export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

/** The attack twins alone (forgeries of the same providers' users), for an adversarial module. */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

const r = (helo: string, ip: string, rdns = helo): Relay => ({ helo, rdns, ip });
const addr = (to: string) => to.replace(/^.*</, '').replace(/>$/, '');
const envDomain = (e: string) => e.replace(/^.*@/, '');
const dmarcZone = (d: string, p: string) => ({
  [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}; rua=mailto:dmarc@${d}`] },
});
const H = ['from', 'to', 'subject', 'date', 'message-id'];
const sign = (raw: string, d: string, s: string, headerList = H) =>
  signCorpus(raw, { domain: d, selector: s, headerList });

interface Sig {
  d: string;
  s: string;
}
interface Sent {
  raw: string;
  relay: Relay;
  envelope: string;
  fromDomain: string;
  /** The From domain's DMARC policy; null: it publishes none. */
  policy: 'none' | 'quarantine' | 'reject' | null;
  sigs: Sig[];
  spf: 'pass' | 'fail' | 'softfail';
  dmarc: 'pass' | 'fail' | 'none';
  /** ARC chain the reader's provider found and verified (Zoho's own seal). */
  arc?: string;
  zone: Record<string, unknown>;
}
interface Sender {
  slug: string;
  story: string;
  make: (to: string) => Promise<Sent>;
}

// --- Naver (naver.com, p=none), EUC-KR name and subject -----------------------------------------
const NAVER = r('cvsmtppost06.nm.naver.com', '114.111.35.101');
const NAVER_FROM = '=?euc-kr?B?sei5zsH2?= <minji.kim112@naver.com>';
const NAVER_SUBJECT = '=?euc-kr?B?yLjAxyDA2rfhILq4s7u15biztM+02Q==?=\r\n =?euc-kr?B?ICgxMb/5IDIwwM8p?=';
const NAVER_SPF = {
  'naver.com': { TXT: ['v=spf1 include:_spf.naver.com ~all'] },
  '_spf.naver.com': { TXT: ['v=spf1 ip4:114.111.35.0/24 ip4:125.209.208.0/20 ~all'] },
};
const naver: Sender = {
  slug: 'naver-euckr',
  story: `A Naver user (김민지 <minji.kim112@naver.com>, name and subject "회의 자료 보내드립니다 (11월 20일)" in EUC-KR, the subject two encoded words across a fold) sends from a mail app: submitted to cvnsmtp009.nm.naver.com, signed d=naver.com s=s20171208, relayed by cvsendbo022.nm [10.112.20.47] and handed over by ${NAVER.helo} [${NAVER.ip}]. naver.com publishes DMARC p=none.`,
  make: async (to) => {
    let raw = onTop(
      submitted({
        from: NAVER_FROM,
        to,
        subject: NAVER_SUBJECT,
        date: 'Fri, 20 Nov 2026 19:00:00 +0900',
        messageId: '<9c1e7f2a4b3d112e8f0a6c5b4d3e2f1a@naver.com>',
        body: '안녕하세요,\r\n\r\n내일 회의 자료를 첨부합니다.\r\n\r\n김민지 드림\r\n',
      }),
      'X-Session-ID: Nv112SeSsIoNiD0aBcDeFg',
      'X-Originating-IP: 203.0.113.112',
      'X-Works-Send-Opt: Nv112AJYjHmlKxu/FoJYKxgXKBwkx0eFjAJYKg==',
      'X-Works-Smtp-Source: Nv112t9FqJZ+HmrFAMw+6E=',
      `Received: from MinjiPhone ([203.0.113.112])\r\n by cvnsmtp009.nm.naver.com with ESMTP id Nv112SeSsIoNiD0aBcDeFg\r\n for <${addr(to)}>\r\n (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384);\r\n Fri, 20 Nov 2026 10:00:00 -0000`,
    );
    raw = await sign(raw, 'naver.com', 's20171208');
    raw = onTop(
      raw,
      `Received: from cvsendbo022.nm ([10.112.20.47])\r\n  by ${NAVER.helo} with ESMTP id 4v-YTE112USWWrgzhF6ZQckA\r\n  for <${addr(to)}>;\r\n  Fri, 20 Nov 2026 10:00:01 -0000`,
    );
    return {
      raw,
      relay: NAVER,
      envelope: 'minji.kim112@naver.com',
      fromDomain: 'naver.com',
      policy: 'none',
      sigs: [{ d: 'naver.com', s: 's20171208' }],
      spf: 'pass',
      dmarc: 'pass',
      zone: {
        ...ptr(NAVER.ip, NAVER.helo),
        ...NAVER_SPF,
        's20171208._domainkey.naver.com': KEY(),
        '_dmarc.naver.com': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc_report@navercorp.com'] },
      },
    };
  },
};

// --- Naver Works customer, Korean Outlook's ks_c_5601-1987 --------------------------------------
const WORKS = r('cvsmtppost105.wmail.worksmobile.com', '125.209.209.76');
const WORKS_SPF = {
  '_spf.worksmobile.com': { TXT: ['v=spf1 ip4:125.209.208.0/20 ~all'] },
  'hanbit-univ.example': { TXT: ['v=spf1 include:_spf.worksmobile.com ~all'] },
};
const naverWorks: Sender = {
  slug: 'naverworks-kscp',
  story: `A lecturer at a university on Naver Works (jisoo.park@hanbit-univ.example, DMARC p=quarantine) writes in Korean Outlook, which labels EUC-KR "ks_c_5601-1987" (박지수, subject "연구 과제 일정 안내" in two encoded words); the client hop by jvnsmtp403.gwmail.worksmobile.com, the customer's signature s=naverworks, the hop from cvsendbo004.wmail [10.113.20.173], Naver Works' own d=worksmobile.com s=s20171120 on top, handed over by ${WORKS.helo} [${WORKS.ip}].`,
  make: async (to) => {
    let raw = onTop(
      submitted({
        from: '=?ks_c_5601-1987?B?udrB9ryt?= <jisoo.park@hanbit-univ.example>',
        to,
        subject: '=?ks_c_5601-1987?B?v6yxuCCw+sGmIA==?=\r\n =?ks_c_5601-1987?B?wM/BpCC+yLO7?=',
        date: 'Fri, 20 Nov 2026 19:00:00 +0900',
        messageId: '<000001db3a11$2f0c1e40$8d245ac0$@hanbit-univ.example>',
        extraHeaders: ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdsKEsWorKsSchEdUle112=='],
        body: '안녕하세요, 박지수입니다.\r\n\r\n연구 과제 일정을 안내드립니다.\r\n',
      }),
      `Received: from JISOO-PC ([203.0.113.212])\r\n  by jvnsmtp403.gwmail.worksmobile.com with ESMTP id FnlQwr112SeSsIoN\r\n  for <${addr(to)}>\r\n  (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384);\r\n  Fri, 20 Nov 2026 10:00:00 -0000`,
    );
    raw = await sign(raw, 'hanbit-univ.example', 'naverworks');
    raw = onTop(
      raw,
      `Received: from cvsendbo004.wmail ([10.113.20.173])\r\n  by ${WORKS.helo} with ESMTP id OCtfJz112eGxbZXQ\r\n  for <${addr(to)}>;\r\n  Fri, 20 Nov 2026 10:00:01 -0000`,
    );
    raw = await sign(raw, 'worksmobile.com', 's20171120');
    return {
      raw,
      relay: WORKS,
      envelope: 'jisoo.park@hanbit-univ.example',
      fromDomain: 'hanbit-univ.example',
      policy: 'quarantine',
      sigs: [
        { d: 'worksmobile.com', s: 's20171120' },
        { d: 'hanbit-univ.example', s: 'naverworks' },
      ],
      spf: 'pass',
      dmarc: 'pass',
      zone: {
        ...ptr(WORKS.ip, WORKS.helo),
        ...WORKS_SPF,
        's20171120._domainkey.worksmobile.com': KEY(),
        'naverworks._domainkey.hanbit-univ.example': KEY(),
        ...dmarcZone('hanbit-univ.example', 'quarantine'),
      },
    };
  },
};

// --- Yahoo! JAPAN, ISO-2022-JP ------------------------------------------------------------------
const YJ = r('sonicconh5002-vm0.mail.kks.yahoo.co.jp', '114.110.61.27');
const YJ_SPF = {
  'yahoo.co.jp': { TXT: ['v=spf1 include:spf.yahoo.co.jp ~all'] },
  'spf.yahoo.co.jp': { TXT: ['v=spf1 ip4:114.110.61.0/24 ip4:182.22.0.0/16 ~all'] },
};
const YJ_FROM = '=?ISO-2022-JP?B?GyRCOzNFRBsoQiAbJEIyVjtSGyhC?= <hanako_yamada112@yahoo.co.jp>';
const yahooJapan: Sender = {
  slug: 'yahoojp-iso2022jp',
  story: `A Yahoo! JAPAN user (山田 花子 <hanako_yamada112@yahoo.co.jp>, name and subject "来週の打ち合わせについて" in ISO-2022-JP, the subject split into two encoded words each closing its escape) writes in Yahoo!メール: "from sonicgw.mail.yahoo.co.jp by sonicconh5002.mail.kks.yahoo.co.jp with HTTP", X-YMail-OSG, DKIM d=yahoo.co.jp s=yj20110701 and the legacy DomainKey-Signature (rsa-sha1, nofws) it still adds, handed over by ${YJ.helo} [${YJ.ip}]; yahoo.co.jp publishes p=none.`,
  make: async (to) => {
    let raw = submitted({
      from: YJ_FROM,
      to,
      subject:
        '=?ISO-2022-JP?B?GyRCTWg9NSROQkckQTlnJG8kOxsoQg==?=\r\n =?ISO-2022-JP?B?GyRCJEskRCQkJEYbKEI=?=',
      date: 'Fri, 20 Nov 2026 19:00:00 +0900 (JST)',
      messageId: '<1446112833.679148.1795168800246.JavaMail.yahoo@mail.yahoo.co.jp>',
      body: '田中様\r\n\r\n来週の打ち合わせは火曜日の午後でいかがでしょうか。\r\n\r\n山田\r\n',
    });
    raw = await sign(raw, 'yahoo.co.jp', 'yj20110701');
    raw = onTop(
      raw,
      'X-YMail-OSG: HeaderLens112.madeUpOsgToken_0123456789abcdefABCDEF.not.a.real.token\r\n yj112.layout--',
      'Received: from sonicgw.mail.yahoo.co.jp by sonicconh5002.mail.kks.yahoo.co.jp\r\n with HTTP; Fri, 20 Nov 2026 10:00:01 +0000',
      'DomainKey-Signature: a=rsa-sha1; q=dns; c=nofws; s=yj20110701; d=yahoo.co.jp; \r\n h=Date:From:Reply-To:Message-ID:MIME-Version:Content-Type:Content-Transfer-Encoding;\r\n b=Q29ycHVzRG9tYWluS2V5U2lnbmF0dXJlTm90VmVyaWZpZWRIZXJlMTEyMTEyMTEyMTEyMTEy\r\n MTEyMTEyMTEyMTEyMTEyMTEyMTEyMTEyMTEyMTEyMTEyMTEyMTEyMTEy=',
    );
    return {
      raw,
      relay: YJ,
      envelope: 'hanako_yamada112@yahoo.co.jp',
      fromDomain: 'yahoo.co.jp',
      policy: 'none',
      sigs: [{ d: 'yahoo.co.jp', s: 'yj20110701' }],
      spf: 'pass',
      dmarc: 'pass',
      zone: {
        ...ptr(YJ.ip, YJ.helo),
        ...YJ_SPF,
        'yj20110701._domainkey.yahoo.co.jp': KEY(),
        '_dmarc.yahoo.co.jp': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc_rua@dmarc.yahoo.co.jp'] },
      },
    };
  },
};

// --- Alibaba Mail customers, unsigned, GBK ------------------------------------------------------
const ALI = r('out4436.biz.mail.alibaba.com', '47.88.44.36');
const ALI_SPF = { 'spf.mxhichina.com': { TXT: ['v=spf1 ip4:47.88.44.0/24 ip4:115.124.28.0/22 -all'] } };
const alibaba = (dmarc: boolean): Sender => {
  const domain = dmarc ? 'xihu-tea.example' : 'lingyin-print.example';
  const user = dmarc ? 'wang.xiaoming' : 'li.na';
  return {
    slug: dmarc ? 'alibaba-gbk-pnone' : 'alibaba-gbk-no-dmarc',
    story: `A ${dmarc ? 'tea exporter' : 'print shop'} on Alibaba Mail (${user}@${domain}, SPF include:spf.mxhichina.com, ${dmarc ? 'DMARC p=none' : 'no DMARC record at all'}, no DKIM: the customer never turned it on) writes from Foxmail with a ${dmarc ? 'GB2312 name 王小明' : 'GB2312 name 李娜'} and a GBK subject "关于样品报价的确认" in two encoded words: "Received: from localhost(mailfrom:… fp:SMTPD_---…) by smtp.aliyun-inc.com(127.0.0.1)", X-Alimail-AntiSpam, handed over by ${ALI.helo} [${ALI.ip}].`,
    make: async (to) => {
      const env = `${user}@${domain}`;
      const raw = onTop(
        submitted({
          from: `${dmarc ? '=?gb2312?B?zfXQocP3?=' : '=?gb2312?B?wO7EyA==?='} <${env}>`,
          to,
          subject: '=?gbk?B?udjT2tH5xrexqLzb?=\r\n =?gbk?B?tcTIt8jP?=',
          date: 'Fri, 20 Nov 2026 18:00:00 +0800',
          messageId: `<202611201800001121${dmarc ? '1' : '2'}@${domain}>`,
          extraHeaders: ['X-Mailer: Foxmail 7.2.25.254[cn]'],
          body: '您好，\r\n\r\n请确认样品报价。\r\n',
        }),
        `X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R191e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=e01e04400;MF=${env};NM=1;PH=DS;RN=1;SR=0;TI=SMTPD_---0W112Xq_1795168800;`,
        `Received: from localhost(mailfrom:${env} fp:SMTPD_---0W112Xq_1795168800)\r\n          by smtp.aliyun-inc.com(127.0.0.1);\r\n          Fri, 20 Nov 2026 18:00:01 +0800`,
      );
      return {
        raw,
        relay: ALI,
        envelope: env,
        fromDomain: domain,
        policy: dmarc ? 'none' : null,
        sigs: [],
        spf: 'pass',
        dmarc: dmarc ? 'pass' : 'none',
        zone: {
          ...ptr(ALI.ip, ALI.helo),
          ...ALI_SPF,
          [domain]: { TXT: ['v=spf1 include:spf.mxhichina.com -all'] },
          ...(dmarc ? dmarcZone(domain, 'none') : {}),
        },
      };
    },
  };
};

// --- Zoho India: the provider seals its own ARC on the way out ----------------------------------
const ZIN = r('sender-of-o51.zoho.in', '103.117.158.51');
const ZIN_AAR = (env: string, d: string) =>
  `mx.zohomail.in;\r\n        dkim=pass  header.i=${d};\r\n        spf=pass  smtp.mailfrom=${env};\r\n        dmarc=pass header.from=<${env}>`;
const zohoIndia: Sender = {
  slug: 'zohoin-self-arc',
  story: `A Pune engineering firm on Zoho Mail India (rajesh.kumar@vidya-labs.example, p=reject, SPF include:zoho.in) writes from Thunderbird with a UTF-8 Devanagari name (राजेश कुमार) and subject ("बैठक का कार्यवृत्त – 20 नवंबर", two encoded words): "Received: from [192.168.1.12] (203.0.113.155 [203.0.113.155]) by mx.zoho.in with SMTPS", DKIM s=zmail, and Zoho's own ARC i=1 (d=zohomail.in s=zohoarc, cv=none) recording its outbound checks, handed over by ${ZIN.helo} [${ZIN.ip}].`,
  make: async (to) => {
    const env = 'rajesh.kumar@vidya-labs.example';
    let raw = submitted({
      from: `=?utf-8?B?4KSw4KS+4KSc4KWH4KS2IOCkleClgeCkruCkvuCksA==?= <${env}>`,
      to,
      subject:
        '=?utf-8?B?4KSs4KWI4KSg4KSVIOCkleCkviDgpJXgpL7gpLDgpY3gpK/gpLXgpYPgpKTgpY3gpKQ=?=\r\n =?utf-8?B?IOKAkyAyMCDgpKjgpLXgpILgpKzgpLA=?=',
      date: 'Fri, 20 Nov 2026 15:30:00 +0530',
      messageId: '<6b24a73f-095b-462c-8354-112cb606ea2f@vidya-labs.example>',
      extraHeaders: ['User-Agent: Mozilla Thunderbird', 'X-ZohoMailClient: External'],
      body: 'नमस्ते,\r\n\r\nबैठक का कार्यवृत्त संलग्न है।\r\n\r\nराजेश\r\n',
    });
    raw = onTop(
      raw,
      'Received: from [192.168.1.12] (203.0.113.155 [203.0.113.155]) by mx.zoho.in\r\n        with SMTPS id 1795168800346112.15525689527851; Fri, 20 Nov 2026 15:30:00 +0530 (IST)',
    );
    raw = await signCorpus(raw, {
      domain: 'vidya-labs.example',
      selector: 'zmail',
      headerList: ['message-id', 'date', 'mime-version', 'to', 'subject', 'from', 'content-type'],
    });
    raw = await sealCorpus(raw, {
      domain: 'zohomail.in',
      selector: 'zohoarc',
      cv: 'none',
      authResults: ZIN_AAR(env, 'vidya-labs.example'),
    });
    return {
      raw,
      relay: ZIN,
      envelope: env,
      fromDomain: 'vidya-labs.example',
      policy: 'reject',
      sigs: [{ d: 'vidya-labs.example', s: 'zmail' }],
      spf: 'pass',
      dmarc: 'pass',
      arc: 'pass (i=1 spf=pass spfdomain=vidya-labs.example dkim=pass dkdomain=vidya-labs.example dmarc=pass fromdomain=vidya-labs.example)',
      zone: {
        ...ptr(ZIN.ip, ZIN.helo),
        'zoho.in': { TXT: ['v=spf1 ip4:103.117.158.0/24 ~all'] },
        'vidya-labs.example': { TXT: ['v=spf1 include:zoho.in -all'] },
        'zmail._domainkey.vidya-labs.example': KEY(),
        'zohoarc._domainkey.zohomail.in': KEY(),
        ...dmarcZone('vidya-labs.example', 'reject'),
      },
    };
  },
};

// --- Free (free.fr, p=quarantine), Latin-1 / windows-1252 ---------------------------------------
const FREE = r('smtp6-g21.free.fr', '212.27.42.6');
const FREE_SPF = {
  'free.fr': { TXT: ['v=spf1 include:_spf.free.fr ~all'] },
  '_spf.free.fr': { TXT: ['v=spf1 ip4:212.27.42.0/24 ip4:212.27.33.0/24 ~all'] },
};
const free: Sender = {
  slug: 'freefr-latin1',
  story: `A Free subscriber (Hélène Lefèvre <helene.lefevre112@free.fr>, the name in ISO-8859-1 quoted-printable, the subject "Réunion de l'association – compte rendu" in windows-1252 split across a fold, its dash the cp1252 byte 0x96) sends from Thunderbird at home over IPv6: "(Authenticated sender: …) by smtp6-g21.free.fr (Postfix) with ESMTPSA", DKIM d=free.fr s=smtp-20201208, handed over by ${FREE.helo} [${FREE.ip}]; free.fr publishes p=quarantine.`,
  make: async (to) => {
    let raw = submitted({
      from: '=?iso-8859-1?Q?H=E9l=E8ne_Lef=E8vre?= <helene.lefevre112@free.fr>',
      to,
      subject: "=?windows-1252?Q?R=E9union_de_l'association_?=\r\n =?windows-1252?Q?=96_compte_rendu?=",
      date: 'Fri, 20 Nov 2026 11:00:00 +0100',
      messageId: '<1c00f906-8500-41d5-be80-112f9092b6a4@free.fr>',
      extraHeaders: ['User-Agent: Mozilla Thunderbird', 'Content-Language: fr'],
      body: 'Bonjour à tous,\r\n\r\nvoici le compte rendu de la réunion.\r\n\r\nHélène\r\n',
    });
    raw = await sign(raw, 'free.fr', 'smtp-20201208');
    raw = onTop(
      raw,
      `Received: from [IPV6:2001:db8:842a:8223::978] (unknown [IPv6:2001:db8:842a:8223::978])\r\n\t(Authenticated sender: helene.lefevre112@free.fr)\r\n\tby ${FREE.helo} (Postfix) with ESMTPSA id 02524780112;\r\n\tFri, 20 Nov 2026 11:00:01 +0100 (CET)`,
    );
    return {
      raw,
      relay: FREE,
      envelope: 'helene.lefevre112@free.fr',
      fromDomain: 'free.fr',
      policy: 'quarantine',
      sigs: [{ d: 'free.fr', s: 'smtp-20201208' }],
      spf: 'pass',
      dmarc: 'pass',
      zone: {
        ...ptr(FREE.ip, FREE.helo),
        ...FREE_SPF,
        'smtp-20201208._domainkey.free.fr': KEY(),
        '_dmarc.free.fr': { TXT: ['v=DMARC1; p=quarantine; pct=100; rua=mailto:dmarc_agg@free.fr'] },
      },
    };
  },
};

// --- Mail.ru (inbox.ru, p=reject), KOI8-R name, windows-1251 subject ----------------------------
const MRU = r('fallback20.i.mail.ru', '79.137.243.76');
const mailru: Sender = {
  slug: 'mailru-koi8r',
  story: `A Mail.ru user (Дмитрий Волков <dmitry.volkov112@inbox.ru>, the name in KOI8-R from an old The Bat! profile, the subject "Счёт за ноябрь (оплата до 5 декабря)" in windows-1251 as two encoded words) submits to smtp61.i.mail.ru with esmtpa, Exim's fallback relay re-signs: two signatures d=inbox.ru s=mail4, handed over by ${MRU.helo} [${MRU.ip}] (realworld51's layout); inbox.ru publishes p=reject.`,
  make: async (to) => {
    const env = 'dmitry.volkov112@inbox.ru';
    let raw = submitted({
      from: `=?koi8-r?B?5M3J1NLJyiD3z8zLz9c=?= <${env}>`,
      to,
      subject:
        '=?windows-1251?B?0fe48iDn4CDt7v/h8Pw=?=\r\n =?windows-1251?B?ICju7+vg8uAg5O4gNSDk5erg4fD/KQ==?=',
      date: 'Fri, 20 Nov 2026 13:00:00 +0300',
      messageId: '<1795168797.481524112@f511.i.mail.ru>',
      extraHeaders: ['X-Mailer: The Bat! (v9.4.5) Professional'],
      body: 'Добрый день,\r\n\r\nсчёт за ноябрь во вложении.\r\n\r\nДмитрий\r\n',
    });
    raw = onTop(
      raw,
      `Received: by smtp61.i.mail.ru with esmtpa (envelope-from <${env}>)\r\n\tid 1sOOO4-112HXqS-0WN6; Fri, 20 Nov 2026 12:59:58 +0300`,
    );
    raw = await sign(raw, 'inbox.ru', 'mail4');
    raw = onTop(
      raw,
      `Received: from [10.12.4.37] (port=53694 helo=smtp61.i.mail.ru)\r\n\tby ${MRU.helo} with esmtp (envelope-from <${env}>)\r\n\tid 1sOOOJ-112lu-2e; Fri, 20 Nov 2026 12:59:59 +0300`,
    );
    raw = await sign(raw, 'inbox.ru', 'mail4', [
      'from',
      'to',
      'subject',
      'date',
      'message-id',
      'content-type',
    ]);
    return {
      raw,
      relay: MRU,
      envelope: env,
      fromDomain: 'inbox.ru',
      policy: 'reject',
      sigs: [
        { d: 'inbox.ru', s: 'mail4' },
        { d: 'inbox.ru', s: 'mail4' },
      ],
      spf: 'pass',
      dmarc: 'pass',
      zone: {
        ...ptr(MRU.ip, MRU.helo),
        'mail4._domainkey.inbox.ru': KEY(),
        'inbox.ru': { TXT: ['v=spf1 redirect=_spf.mail.ru'] },
        '_spf.mail.ru': { TXT: ['v=spf1 ip4:79.137.243.0/24 ip4:94.100.177.0/24 ~all'] },
        ...dmarcZone('inbox.ru', 'reject'),
      },
    };
  },
};

// --- Forgeries: the provider's user, from the attacker's own authenticated server -----------------
const ATT = r('mail.attacker.example', ATTACKER_IP);
const ATT_ZONE = {
  ...ptr(ATTACKER_IP, ATT.helo),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  's1._domainkey.attacker.example': KEY(),
  ...dmarcZone('attacker.example', 'reject'),
};
const forged = (o: {
  slug: string;
  story: string;
  from: string;
  subject: string;
  fromDomain: string;
  policy: Sent['policy'];
  zone: Record<string, unknown>;
  arcAs?: { env: string; d: string };
}): Sender => ({
  slug: o.slug,
  story: o.story,
  make: async (to) => {
    let raw = submitted({
      from: o.from,
      to,
      subject: o.subject,
      date: 'Fri, 20 Nov 2026 10:00:00 +0000',
      messageId: `<forged.${o.slug}@mail.attacker.example>`,
      body: 'Please review the attached invoice today: https://docs.attacker.example/view\r\n',
    });
    raw = await sign(raw, 'attacker.example', 's1');
    // An attacker who read lib/ seals his own ARC set recording the pass the provider would record.
    if (o.arcAs)
      raw = await sealCorpus(raw, {
        domain: 'attacker.example',
        selector: 's1',
        cv: 'none',
        authResults: ZIN_AAR(o.arcAs.env, o.arcAs.d),
      });
    return {
      raw,
      relay: ATT,
      envelope: 'bounce@attacker.example',
      fromDomain: o.fromDomain,
      policy: o.policy,
      sigs: [{ d: 'attacker.example', s: 's1' }],
      spf: 'pass',
      dmarc: o.policy ? 'fail' : 'none',
      ...(o.arcAs
        ? {
            arc: 'pass (i=1 spf=pass spfdomain=vidya-labs.example dkim=pass dkdomain=vidya-labs.example dmarc=pass fromdomain=vidya-labs.example)',
          }
        : {}),
      zone: { ...ATT_ZONE, ...o.zone },
    };
  },
});

const worksForged = forged({
  slug: 'forged-naverworks-customer',
  story: `A forger writes as the Naver Works lecturer (ks_c_5601-1987 name, jisoo.park@hanbit-univ.example, p=quarantine) from ${ATT.helo} [${ATTACKER_IP}], signed d=attacker.example only.`,
  from: '=?ks_c_5601-1987?B?udrB9ryt?= <jisoo.park@hanbit-univ.example>',
  subject: '=?ks_c_5601-1987?B?v6yxuCCw+sGmIA==?=\r\n =?ks_c_5601-1987?B?wM/BpCC+yLO7?=',
  fromDomain: 'hanbit-univ.example',
  policy: 'quarantine',
  zone: { ...WORKS_SPF, ...dmarcZone('hanbit-univ.example', 'quarantine') },
});
const freeForged = forged({
  slug: 'forged-freefr-user',
  story: `A forger writes as the Free subscriber (Latin-1 name, helene.lefevre112@free.fr) from ${ATT.helo} [${ATTACKER_IP}], signed d=attacker.example only; free.fr publishes p=quarantine.`,
  from: '=?iso-8859-1?Q?H=E9l=E8ne_Lef=E8vre?= <helene.lefevre112@free.fr>',
  subject: "=?windows-1252?Q?R=E9union_de_l'association_?=\r\n =?windows-1252?Q?=96_compte_rendu?=",
  fromDomain: 'free.fr',
  policy: 'quarantine',
  zone: {
    ...FREE_SPF,
    '_dmarc.free.fr': { TXT: ['v=DMARC1; p=quarantine; pct=100; rua=mailto:dmarc_agg@free.fr'] },
  },
});
const zohoForged = forged({
  slug: 'forged-zohoin-own-arc',
  story: `A forger who knows Zoho India seals its own outbound ARC writes as rajesh.kumar@vidya-labs.example (p=reject) from ${ATT.helo} [${ATTACKER_IP}], adding an ARC i=1 set sealed by attacker.example whose ARC-Authentication-Results copies Zoho's ("mx.zohomail.in; dkim=pass header.i=vidya-labs.example; spf=pass; dmarc=pass"): the seal verifies, but it is the attacker's.`,
  from: `=?utf-8?B?4KSw4KS+4KSc4KWH4KS2IOCkleClgeCkruCkvuCksA==?= <rajesh.kumar@vidya-labs.example>`,
  subject: '=?utf-8?B?4KSs4KWI4KSg4KSVIOCkleCkviDgpJXgpL7gpLDgpY3gpK/gpLXgpYPgpKTgpY3gpKQ=?=',
  fromDomain: 'vidya-labs.example',
  policy: 'reject',
  arcAs: { env: 'rajesh.kumar@vidya-labs.example', d: 'vidya-labs.example' },
  zone: {
    'zoho.in': { TXT: ['v=spf1 ip4:103.117.158.0/24 ~all'] },
    'vidya-labs.example': { TXT: ['v=spf1 include:zoho.in -all'] },
    'zmail._domainkey.vidya-labs.example': KEY(),
    ...dmarcZone('vidya-labs.example', 'reject'),
  },
});

// --- Readers ------------------------------------------------------------------------------------
interface Reader {
  slug: string;
  to: string;
  args: string[];
  story: string;
  deliver: (s: Sent, rcpt: string) => Promise<string>;
}
let gid = 0;
const policyWord = (s: Sent) => (s.policy ?? 'none').toUpperCase();

const gmail: Reader = {
  slug: 'gmail',
  to: 'Robin Reader <robin.reader@gmail.com>',
  args: GMAIL,
  story: 'Gmail records its one Authentication-Results and Received-SPF over its entry.',
  deliver: async (s, rcpt) => {
    gid += 1;
    const dk = s.sigs
      .map((g) => `dkim=pass header.i=@${g.d} header.s=${g.s} header.b=Q29ycHVz;`)
      .join('\r\n       ');
    const dmarc = s.policy === null ? '' : `\r\n       ${gmailDmarc(s.fromDomain, policyWord(s), s.dmarc)}`;
    return gmailDelivery(s.raw, {
      relay: s.relay,
      envelope: s.envelope,
      to: rcpt,
      ids: [`x112csp${gid}0pxa`, `a112si${gid}0qtb.112`],
      spf: s.spf,
      deliveredTo: true,
      results: `${s.arc ? `arc=${s.arc};\r\n       ` : ''}${dk}\r\n       ${gmailSpf(s.envelope, s.relay.ip, s.spf)}${dmarc}`,
    });
  },
};

const outlook: Reader = {
  slug: 'outlook',
  to: 'Morgan Lee <morgan.lee@tidewater.example>',
  args: OUTLOOK,
  story:
    "Exchange Online (the reader's tenant) records EOP's id-less results and Received-SPF over its entry.",
  deliver: async (s) => {
    const ed = envDomain(s.envelope);
    const dk = s.sigs.length
      ? s.sigs.map((g) => `dkim=pass (signature was verified)\r\n header.d=${g.d}`).join(';')
      : 'dkim=none (message not signed)\r\n header.d=none';
    const dm =
      s.dmarc === 'pass'
        ? 'dmarc=pass action=none'
        : s.dmarc === 'none'
          ? 'dmarc=none action=none'
          : `dmarc=fail action=${s.policy === 'none' ? 'none' : 'quarantine'}`;
    const ca =
      s.dmarc === 'pass' ? 'pass reason=100' : s.dmarc === 'none' ? 'softpass reason=201' : 'fail reason=000';
    return eopDelivery(s.raw, {
      ip: s.relay.ip,
      helo: s.relay.helo,
      ar: `spf=${s.spf} (sender IP is ${s.relay.ip})\r\n smtp.mailfrom=${ed}; ${dk};${dm}\r\n header.from=${s.fromDomain};compauth=${ca}`,
      spf: `Pass (protection.outlook.com: domain of ${ed} designates\r\n ${s.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${s.relay.ip}; helo=${s.relay.helo}; pr=C`,
      returnPath: `<${s.envelope}>`,
    });
  },
};

const yahoo: Reader = {
  slug: 'yahoo',
  to: 'Robin Reader <robin.reader@yahoo.com>',
  args: ['--webmail', 'yahoo'],
  story: "Yahoo Mail records its one header under the mta host's id above its entry.",
  deliver: async (s) =>
    yahooDelivery(s.raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: `${s.sigs.map((g) => `dkim=pass header.i=@${g.d} header.s=${g.s};`).join('\r\n ')}\r\n spf=${s.spf} smtp.mailfrom=${envDomain(s.envelope)};\r\n dmarc=${s.dmarc}(p=${policyWord(s)}) header.from=${s.fromDomain};`,
    }),
};

const BOX = 'mail.tidewater.example';
const box: Reader = {
  slug: 'postfix-box',
  to: 'Morgan Lee <morgan@tidewater.example>',
  args: ['--authserv-id', BOX],
  story: `A self-hosted Postfix box (${BOX}, read with --authserv-id ${BOX}) with OpenDKIM, OpenDMARC and policyd-spf records its own results over its entry and delivers by Dovecot LMTP.`,
  deliver: async (s, rcpt) =>
    onTop(
      s.raw,
      `Return-Path: <${s.envelope}>`,
      dovecotLmtp(BOX, s.envelope, rcpt, 'kA1bC2dE3fG4hI5jK6lM112', 'Fri, 20 Nov 2026 10:00:06 +0000'),
      `Authentication-Results: ${BOX}; dmarc=${s.dmarc} (p=${s.policy ?? 'none'} dis=none) header.from=${s.fromDomain}`,
      ...s.sigs.map(
        (g) =>
          `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${g.d} header.i=@${g.d} header.a=rsa-sha256 header.s=${g.s} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
      ),
      `Authentication-Results: ${BOX}; spf=${s.spf} smtp.mailfrom=${s.envelope}`,
      `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
      `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw112B1a2\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:05 +0000`,
    ),
};

// --- Cases --------------------------------------------------------------------------------------
const CASES: Array<[Sender, Reader, CaseExpectation, string, boolean?]> = [
  [
    naver,
    gmail,
    PASSES,
    "authenticated: Naver's aligned d=naver.com signature and SPF (p=none does not weaken a pass)",
    true,
  ],
  [naver, box, PASSES, "authenticated: the box's own records of Naver's aligned pass"],
  [
    naverWorks,
    outlook,
    PASSES,
    "authenticated: the customer's own s=naverworks signature aligns; Naver Works' d=worksmobile.com on top is the platform's",
    true,
  ],
  [naverWorks, gmail, PASSES, 'authenticated: as in Outlook'],
  [
    yahooJapan,
    gmail,
    PASSES,
    'authenticated: d=yahoo.co.jp aligns; the legacy DomainKey-Signature is neither a failure nor a pass',
    true,
  ],
  [yahooJapan, yahoo, PASSES, 'authenticated: Yahoo Mail records the aligned d=yahoo.co.jp pass'],
  [
    alibaba(true),
    outlook,
    NOT_WARNED,
    "no warning: unsigned, SPF passes aligned for the customer's own envelope, but through Alibaba's shared SPF alone (any of its customers), so unverified is the honest reading (README verdict rules: a shared platform's SPF alone), suspicious is not",
    true,
  ],
  [
    alibaba(false),
    box,
    NOT_WARNED,
    'no warning: SPF passes aligned for the customer, which publishes no DMARC; authenticated or unverified is honest, suspicious is not',
  ],
  [alibaba(false), gmail, NOT_WARNED, 'no warning, as at the box'],
  [
    zohoIndia,
    gmail,
    PASSES,
    "authenticated: the customer's s=zmail signature aligns; Zoho's own outbound ARC seal is the sender's, not a forwarder's",
    true,
  ],
  [zohoIndia, outlook, PASSES, 'authenticated: as in Gmail'],
  [free, gmail, PASSES, "authenticated: Free's aligned d=free.fr signature", true],
  [free, box, PASSES, "authenticated: the box's records of Free's aligned pass"],
  [mailru, box, PASSES, "authenticated: inbox.ru's two aligned signatures and SPF"],
  [worksForged, outlook, SPOOFED, 'spoofed: DMARC fails for the customer at p=quarantine', true],
  [freeForged, gmail, SPOOFED, 'spoofed: DMARC fails for free.fr at p=quarantine', true],
  [
    zohoForged,
    gmail,
    NOT_TRUSTED,
    "not trusted: DMARC fails for vidya-labs.example at p=reject and the only ARC seal is the attacker's own (an unknown sealer's word: suspicious is the honest reading, as for any untrusted forwarder)",
    true,
  ],
];

/** The genuine shapes (makeTwins writes the attack twins). */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'genuine');
}

async function writeCases(write: CaseWriter, only: 'genuine' | 'twins'): Promise<void> {
  for (const [sender, reader, expect, wanted, twin] of CASES) {
    const attack = expect === NOT_TRUSTED || expect === SPOOFED;
    if ((only === 'genuine') === attack) continue;
    const rcpt = addr(reader.to);
    const sent = await sender.make(reader.to);
    const eml = await reader.deliver(sent, rcpt);
    emitCase(write, {
      name: `realworld112-${reader.slug}-${sender.slug}`,
      about: `${sender.story} ${reader.story} Read with ${reader.args.join(' ')}, online (the senders' DNS served). Wanted: ${wanted}.`,
      class: attack ? 'spoofing' : 'real-world',
      args: reader.args,
      eml,
      zone: sent.zone,
      expect,
      ...(twin ? { twin: true } : {}),
    });
  }
}
