// Red-team round 191: the shortcuts the speed work added today (a88f8799 list evidence, 8604e897
// replyToRule, fcb33140 senderRule / replay date, cf0fc4d6 + 419f3676 address fields and the first
// RFC 6854 group, 639d5a79 the origin walk's preconditions, 65fc930b normalizeIp), and the rules of
// 05:20 (ecd6e2b6: findDomainInName reads a domain apart from CJK glued to it; amazon.cn Amazon's).
//
// What the shortcuts were held against (read in the code, not only in the corpus):
// - a88f8799: every reader behind the new gate (mailmanEvidence: X-BeenThere; listservEvidence:
//   Sender; lyrisEvidence: List-Unsubscribe; the List-Id path) needs one of the four gate fields,
//   and header keys are lower-cased by the parser, so odd case, `List-ID` and duplicates read as
//   before. No case here: no message found where the two disagree.
// - 8604e897: the gate is the loop's own `continue` condition (`!r.domain || sameOrg`), the moved
//   Return-Path block ran for every message before too. The cases below (Reply-To twice, as an RFC
//   5322 group) check the address list the gate reads, and read right.
// - fcb33140, cf0fc4d6, 419f3676: the loops return the same lists (the first group across fields:
//   `groups[0]` of the first field with a group, as flatMap()[0] did).
// - 639d5a79: each precondition is the walk's own test on the same hop fields (isReceiverHost of
//   `rdns ?? receiverReverseNames`, internalTest, `ip && !rdns && !unreadable`).
// - 65fc930b: one difference found, an IPv4 address with a zone id (`192.0.2.1%2`: parsed before by
//   stripping the zone, now null); only a receiver writes the client's address, so no attack here.
// - ecd6e2b6 findDomainInName: LATIN_BESIDE_CJK splits Latin from Han INSIDE a domain label, so a
//   domain whose label mixes the two ("JD京东.COM", "Taobao淘宝.com", "mail.jd京东.com",
//   "Northbank银行.com": IDNs a reader reads as the brand's own address) becomes "jd" + "京东.com",
//   and the second is then skipped as a CJK trading name with `.com` (`価格.com`). Before 05:20 each
//   was read as a domain in the name (display-name-domain); now none is (group G below).
//
// Layouts: Gmail's, Exchange Online's, Yahoo's and a Postfix/Dovecot box's deliveries from
// test/corpus/receivers.ts (their sources in test/fixtures/legit/README-m365.md and the rounds'
// about texts); the delivery assembly follows probe163.ts. Chinese display names written as RFC 2047
// B-encoded UTF-8 (RFC 2047 §4.1), and the "京东JD.COM" house style as legit/realworld180.ts has it
// (group C there). A `search` (corpus "code") for Chinese shop notices' headers found only a QQ
// delivery of an English mail (Jltian/Program_Services, MailAndJournal/MailLoad/core/base64_decode.py:
// QQ's entry line and X-QQ-* fields), no marketplace notice with such a name: the glued names here
// are the attacker's own writing, not a copied layout. Reply-To written twice and as a group: RFC
// 5322 §3.6 (at most one Reply-To) and §3.4 (group syntax in an address-list). Names and addresses
// are documentation ones.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, ptr, type Relay } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  EOP_UNSIGNED,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

const BOX = 'mail.reader.example';
type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  outlook: 'robin.reader@outlook.example',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@reader.example',
};
const argsFor = (reader: Reader) =>
  reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : reader === 'yahoo'
        ? ['--webmail', 'yahoo']
        : ['--authserv-id', BOX, '--recipient-domain', 'reader.example'];

/** An RFC 2047 B-encoded UTF-8 display name, as Chinese mailers write one. */
const enc = (name: string) => `=?utf-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;

/** The attacker's own domain: SPF for its server, p=reject, FCrDNS: DMARC passes honestly. */
const LURE = 'jdmall-kefu.example';
const LURE_RELAY: Relay = { helo: `mail.${LURE}`, rdns: `mail.${LURE}`, ip: '203.0.113.45' };
/** A genuine Chinese tea shop's own domain and server. */
const TEA = 'harbour-tea.example';
const TEA_RELAY: Relay = { helo: `smtp.${TEA}`, rdns: `smtp.${TEA}`, ip: '198.51.100.23' };
/** A genuine baby shop named 贝宝Baby (the 05:00 rule's genuine shape). */
const BB = 'beibao-baby.example';
const BB_RELAY: Relay = { helo: `mail.${BB}`, rdns: `mail.${BB}`, ip: '198.51.100.24' };
/** A builder whose own authenticated mail carries a Reply-To elsewhere (BEC by a real account). */
const OB = 'ormsby-build.example';
const OB_RELAY: Relay = { helo: `mx1.${OB}`, rdns: `mx1.${OB}`, ip: '192.0.2.77' };

const own = (domain: string, relay: Relay) => ({
  ...ptr(relay.ip, relay.rdns),
  [domain]: { TXT: [`v=spf1 ip4:${relay.ip} -all`] },
  [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; p=reject; rua=mailto:dmarc@${domain}`] },
});
const ZONE: Record<string, unknown> = {
  ...own(LURE, LURE_RELAY),
  ...own(TEA, TEA_RELAY),
  ...own(OB, OB_RELAY),
  ...own(BB, BB_RELAY),
  // The amazon.cn look-alike's parent (group A) sends from the lure's server too.
  [`amazon.cn.${LURE}`]: { TXT: [`v=spf1 ip4:${LURE_RELAY.ip} -all`] },
};

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  subject: string;
  body: string;
  extra?: string[];
}

function deliver(s: Sent, reader: Reader, n: string): string {
  const rcpt = RCPT[reader];
  const raw = submitted({
    from: s.from,
    to: rcpt,
    subject: s.subject,
    date: SENT,
    messageId: `<191${n}.${Date.UTC(2026, 10, 20) / 1000}@${s.relay.rdns}>`,
    body: s.body,
    ...(s.extra ? { extraHeaders: s.extra } : {}),
  });
  const env = s.envelope.slice(s.envelope.indexOf('@') + 1);
  const fromDomain = /@([^>\s]+)>?\s*$/.exec(s.from)?.[1] ?? env;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [gmailSpf(s.envelope, s.relay.ip), gmailDmarc(fromDomain, 'REJECT')].join('\r\n       '),
      ids: [`x191csp${n}pxb`, `a191si${n}qtc.191`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, { ...eopPass(s.relay, env, EOP_UNSIGNED, fromDomain), returnPath: s.envelope });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=${env};\r\n dmarc=pass(p=reject) header.from=${fromDomain};`,
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB191${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=pass (p=reject dis=none) header.from=${fromDomain}`,
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw191${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const lure = (name: string, local = 'service', domain = LURE): Sent => ({
  from: `${enc(name)} <${local}@${domain}>`,
  envelope: `bounce@${LURE}`,
  relay: LURE_RELAY,
  subject: enc('您的账户已被冻结，请立即验证'),
  body: '尊敬的用户：\r\n\r\n您的账户存在异常登录，已被临时冻结。请在24小时内登录 https://jd-verify.example/login 完成验证。\r\n\r\n客服中心\r\n',
});

/** The glued name as a domain in the name: what the reader reads it as. */
const NAME_DOMAIN: CaseExpectation = {
  notVerdict: ['authenticated', 'unverified'],
  findings: ['display-name-domain'],
  fields: { 'dmarc.result': 'pass' },
};
const GENUINE: CaseExpectation = {
  verdict: 'authenticated',
  absentFindings: ['display-name-domain'],
  fields: { 'dmarc.result': 'pass' },
};
const REPLY_ELSEWHERE: CaseExpectation = {
  findings: ['reply-to-other-org'],
  fields: { 'dmarc.result': 'pass' },
};

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) =>
    emitCase(write, { ...c, zone: 'zone' in c ? c.zone : ZONE });

  // ---- G. A domain whose label mixes Latin and Han, read apart since 05:20 ----
  const glued: Array<[Reader, string, string, string]> = [
    ['gmail', 'a', 'JD京东.COM', 'jd-han-label'],
    ['outlook', 'b', 'Taobao淘宝.com 订单通知', 'taobao-han-label'],
    ['yahoo', 'c', 'mail.jd京东.com', 'host-jd-han-label'],
    ['box', 'd', 'Northbank银行.com 安全中心', 'northbank-han-label'],
    ['outlook', 'p', 'Naver네이버.com 고객센터', 'naver-hangul-label'],
    ['yahoo', 'q', 'Rakuten楽天.co.jp', 'rakuten-kanji-label'],
  ];
  for (const [reader, n, name, tag] of glued)
    emit({
      name: `r191-${reader}-glued-latin-han-domain-label-${tag}`,
      class: 'display-name-domain',
      about: `Attack: the attacker's own domain ${LURE} (SPF, p=reject, DMARC passes honestly) sends an account-freeze lure whose display name is "${name}": one domain-shaped word whose first label glues Latin letters to Han, as an IDN a reader takes for the brand's own address. Since 05:20 findDomainInName splits Latin from Han inside the label ("jd" + "京东.com") and skips the Han half as a CJK trading name with ".com"; before, the whole word was a domain in the name. Wanted: display-name-domain, not trusted.`,
      eml: deliver(lure(name), reader, n),
      args: argsFor(reader),
      expect: NAME_DOMAIN,
      twin: reader === 'gmail',
    });
  emit({
    name: 'r191-box-glued-latin-han-domain-label-offline',
    class: 'display-name-domain',
    about: `Attack, offline on the reader's Postfix box (its own Authentication-Results only): the same "JD京东.COM" lure from ${LURE}. Wanted: display-name-domain, not trusted.`,
    eml: deliver(lure('JD京东.COM'), 'box', 'e'),
    args: argsFor('box'),
    expect: { notVerdict: ['authenticated'], findings: ['display-name-domain'] },
    zone: undefined,
  });
  // Read right today (the 05:20 rule's own case and its mirror): kept as guards.
  emit({
    name: 'r191-outlook-han-then-domain-jd-com',
    class: 'display-name-domain',
    about: `Attack: "京东JD.COM客服中心" from ${LURE}: the domain glued after Han words, read apart since 05:20. Wanted: display-name-domain, not trusted.`,
    eml: deliver(lure('京东JD.COM客服中心'), 'outlook', 'f'),
    args: argsFor('outlook'),
    expect: NAME_DOMAIN,
  });
  emit({
    name: 'r191-gmail-fullwidth-domain-glued-han',
    class: 'display-name-domain',
    about: `Attack: "ＪＤ．ＣＯＭ京东商城" (full-width letters and dot) from ${LURE}. Wanted: display-name-domain, not trusted.`,
    eml: deliver(lure('ＪＤ．ＣＯＭ京东商城'), 'gmail', 'g'),
    args: argsFor('gmail'),
    expect: NAME_DOMAIN,
  });

  // ---- A. amazon.cn as Amazon's: its look-alikes ----
  emit({
    name: 'r191-gmail-amazon-cn-name-from-lookalike-parent',
    class: 'brand-lookalike',
    about: `Attack: "亚马逊Amazon.cn" <no-reply@amazon.cn.${LURE}>: Amazon China's domain as the first labels of the attacker's own name (SPF passes for the host, DMARC under ${LURE}'s p=reject). amazon.cn joined Amazon's domains at 05:20. Wanted: not trusted.`,
    eml: deliver(lure('亚马逊Amazon.cn', 'no-reply', `amazon.cn.${LURE}`), 'gmail', 'h'),
    args: argsFor('gmail'),
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });
  emit({
    name: 'r191-yahoo-amazon-cn-name-from-lure-domain',
    class: 'brand-lookalike',
    about: `Attack: "Amazon.cn 客服" <service@${LURE}>. Wanted: not trusted (a brand and a domain in the name).`,
    eml: deliver(lure('Amazon.cn 客服'), 'yahoo', 'i'),
    args: argsFor('yahoo'),
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });

  // ---- N. namedAt with deskRun: 贝宝 glued to a shop's words, the notice in English ----
  for (const [reader, n] of [
    ['gmail', 's'],
    ['box', 't'],
  ] as const)
    emit({
      name: `r191-${reader}-beibao-shop-words-then-english-notice`,
      class: 'display-name-brand',
      about: `Attack: "贝宝Baby母婴用品 Security Alert" <service@${LURE}>: PayPal's Chinese name glued to a baby shop's words (the 05:00 rule's genuine shape, "贝宝Baby母婴店"), the notice written in English after it, and an account-freeze lure. Wanted: display-name-brand (PayPal), not trusted.`,
      eml: deliver(lure('贝宝Baby母婴用品 Security Alert'), reader, n),
      args: argsFor(reader),
      expect: { notVerdict: ['authenticated', 'unverified'], findings: ['display-name-brand'] },
    });

  emit({
    name: 'r191-outlook-genuine-beibao-baby-shop-english-words',
    class: 'display-name-brand',
    about: `Genuine: a baby shop named "贝宝Baby母婴店 Online Shop" sends an order notice from its own domain ${BB} (its own server, SPF, p=reject): English shop words after the glued name, which a fix for the case above must not read as a notice. Wanted: authenticated.`,
    eml: deliver(
      {
        from: `${enc('贝宝Baby母婴店 Online Shop')} <orders@${BB}>`,
        envelope: `orders@${BB}`,
        relay: BB_RELAY,
        subject: enc('您的订单已发货'),
        body: '您好：\r\n\r\n您的订单 BB-77120 已发货。\r\n\r\n贝宝Baby母婴店\r\n',
      },
      'outlook',
      'u',
    ),
    args: argsFor('outlook'),
    expect: { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } },
  });

  // ---- Genuine controls: a shop's own domain and name glued to Han ----
  const tea = (name: string): Sent => ({
    from: `${enc(name)} <service@${TEA}>`,
    envelope: `service@${TEA}`,
    relay: TEA_RELAY,
    subject: enc('您的订单已发货'),
    body: '您好：\r\n\r\n您的订单 20261120-0815 已发货，预计三天内送达。\r\n\r\n港茶\r\n',
  });
  for (const [reader, n] of [
    ['gmail', 'j'],
    ['box', 'k'],
  ] as const)
    emit({
      name: `r191-${reader}-genuine-own-domain-glued-han`,
      class: 'display-name-domain',
      about: `Genuine: a tea shop writes its own domain glued to its Chinese name, "港茶harbour-tea.example客服", from service@${TEA} (its own server, SPF, p=reject). Wanted: authenticated, no display-name-domain.`,
      eml: deliver(tea('港茶harbour-tea.example客服'), reader, n),
      args: argsFor(reader),
      expect: GENUINE,
      twin: reader === 'gmail',
    });
  emit({
    name: 'r191-yahoo-genuine-own-domain-then-han',
    class: 'display-name-domain',
    about: `Genuine: the shop's own domain first, Han glued after it: "harbour-tea.example港茶官方" (the split a fix keeps: Han after the domain's last label). Wanted: authenticated.`,
    eml: deliver(tea('harbour-tea.example港茶官方'), 'yahoo', 'r'),
    args: argsFor('yahoo'),
    expect: GENUINE,
  });
  emit({
    name: 'r191-outlook-genuine-latin-han-trading-name',
    class: 'display-name-domain',
    about: `Genuine: the same shop named "港茶HarbourTea官方店" (Latin glued inside a Chinese trading name, no domain). Wanted: authenticated.`,
    eml: deliver(tea('港茶HarbourTea官方店'), 'outlook', 'l'),
    args: argsFor('outlook'),
    expect: GENUINE,
  });

  // ---- R. Reply-To shapes behind 8604e897's gate ----
  const ob = (extra: string[]): Sent => ({
    from: `Ormsby Build Accounts <accounts@${OB}>`,
    envelope: `accounts@${OB}`,
    relay: OB_RELAY,
    subject: 'Change of bank details: invoice OB-5521',
    body: 'Dear Robin,\r\n\r\nplease note our new bank details for invoice OB-5521 (EUR 24,300.00) and reply to confirm.\r\n\r\nOrmsby Build Accounts\r\n',
    extra,
  });
  emit({
    name: 'r191-gmail-reply-to-twice-own-then-free',
    class: 'reply-to',
    about: `Attack (a compromised or rented account at ${OB}): Reply-To written twice, the first at the From's own domain (which the gate reads as home) and the second at a free mailbox. Wanted: reply-to-other-org for the second.`,
    eml: deliver(ob([`Reply-To: accounts@${OB}`, 'Reply-To: ormsby.accounts.dept@gmail.com']), 'gmail', 'm'),
    args: argsFor('gmail'),
    expect: REPLY_ELSEWHERE,
  });
  emit({
    name: 'r191-outlook-reply-to-group-own-and-free',
    class: 'reply-to',
    about: `Attack: Reply-To as an RFC 5322 group, "Accounts: accounts@${OB}, ormsby.accounts.dept@gmail.com;". Wanted: reply-to-other-org.`,
    eml: deliver(ob([`Reply-To: Accounts: accounts@${OB}, ormsby.accounts.dept@gmail.com;`]), 'outlook', 'n'),
    args: argsFor('outlook'),
    expect: REPLY_ELSEWHERE,
  });
  emit({
    name: 'r191-box-reply-to-encoded-name-then-free',
    class: 'reply-to',
    about: `Attack: Reply-To "=?utf-8?B?…?=" (Ormsby Build Accounts) <ormsby.accounts.dept@gmail.com>: an encoded name the reply window shows as the firm's. Wanted: reply-to-other-org.`,
    eml: deliver(
      ob([`Reply-To: ${enc('Ormsby Build Accounts')} <ormsby.accounts.dept@gmail.com>`]),
      'box',
      'o',
    ),
    args: argsFor('box'),
    expect: REPLY_ELSEWHERE,
  });
}

// r191-{gmail,gmail-…-no-options,outlook,yahoo,outlook,yahoo}-glued-latin-han-domain-label-* and
// r191-box-glued-latin-han-domain-label-offline (7): the attacker's own authenticated domain with a
// display name "JD京东.COM", "Taobao淘宝.com 订单通知", "mail.jd京东.com", "Naver네이버.com 고객센터",
// "Rakuten楽天.co.jp" read AUTHENTICATED with no finding ("This message really comes from
// jdmall-kefu.example"); should read suspicious with display-name-domain (medium), as they did
// before 05:20: the old findDomainInName read "jd京东.com", "taobao淘宝.com", "naver네이버.com",
// "rakuten楽天.co.jp" (checked side by side on ecd6e2b6^). "Northbank银行.com" still reads
// suspicious only because 银行 is in CJK_FINANCE (and the finding then names "银行.com", not what
// the reader sees).
// At fault: lib/findings/display-name.ts findDomainInName: `.replace(LATIN_BESIDE_CJK, ' ')` also
// splits at a Latin→CJK boundary INSIDE a domain label, so "JD京东.COM" becomes "JD 京东.COM"; the
// Han half is then skipped as a CJK trading name with `.com` (the `価格.com` rule) and "JD" is no
// domain. Smallest fix: in findDomainInName, split only where the CJK run does not continue into a
// domain's dot: use a variant of LATIN_BESIDE_CJK whose Latin→CJK branch carries a lookahead
// `(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+[.．。])` (the CJK→Latin branch, the
// 05:20 case "京东JD.COM", unchanged). Genuine mail it could hurt: a firm whose own name is written
// "<Latin><Han>.com" as a trading name from another domain (rare; the old reading, which flagged
// it, stood until 05:20); "メルカリMercari.jp" and "港茶harbour-tea.example客服" keep splitting
// (CJK before Latin), and "harbour-tea.example港茶官方" too (no dot after the Han run); the
// r191-*-genuine-* controls cover them.
//
// r191-{gmail,box}-beibao-shop-words-then-english-notice (2): "贝宝Baby母婴用品 Security Alert" from
// the lure's domain reads AUTHENTICATED, no finding; should read suspicious with display-name-brand
// (PayPal), as it did before 05:20 (brandInName on ecd6e2b6^: paypal). At fault:
// lib/findings/domains.ts namedAt: when letters of another script are glued after 贝宝/网飞, the
// first Han run alone decides (`if (glued) { if (deskRun(...)) return true; continue; }`), so words
// after a space are never read, and a notice in Latin letters is not read at all. Smallest fix: in
// that branch, before `continue`, return true when a later Han run is a deskRun (as the unglued
// branch reads `later`) or a later Latin word is an account/security notice's word (security, alert,
// account, verify/verification, suspended, locked, frozen, billing, payment: a Latin counterpart of
// CHINESE_DESK_END, NOT namesDesk, which also holds "Online Shop"). Genuine mail it could hurt: a
// shop named 贝宝Baby writing "Payment" or "Billing" in its own name;
// r191-outlook-genuine-beibao-baby-shop-english-words ("贝宝Baby母婴店 Online Shop") must stay
// authenticated.
// Fixed on 2026-12-07 at 05:4x: group 1 as proposed (lib/findings/display-name.ts
// CJK_BESIDE_DOMAIN: Latin glued to a label that goes on in Han, kana or Hangul up to a dot stays
// one label), group 2 with the Latin notice words only (lib/findings/domains.ts namedAt,
// ACCOUNT_NOTICE: a later Chinese desk word would call "网飞科技 客服中心" Netflix).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
