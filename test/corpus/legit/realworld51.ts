// Real-world delivery shapes, fifty-first round: the world's mailbox providers beyond Gmail, Outlook,
// Yahoo, iCloud, Fastmail, Proton and Zoho, person-to-person mail read in Gmail, Outlook on the web
// and Yahoo Mail, online and offline. Many of them send from addresses in their own cloud or hosting
// network, which the IP data classes as a hosted server (lib/relay/classify.ts, checked with
// `npx tsx lib/cli/main.ts classify <ip>` on this commit):
// - QQ Mail and Foxmail (out162-62-58-211.mail.qq.com 162.62.58.211, out162-62-57-252 …) and
//   Tencent Exmail (biz-43-154-54-12.mail.qq.com 43.154.54.12): AS132203, "hosted server on Tencent
//   Cloud"; lib/findings/hosted-server.ts lowers it to low only for a From inside qq.com, online.
// - Yandex (forward101d.mail.yandex.net 178.154.239.212): AS200350 Yandex.Cloud, hosted; its IPv6
//   forward hosts (2a02:6b8:c02:900:1:45:d181:d502) sit in AS13238 YANDEX, not hosting.
// - OVHcloud's MX Plan (19.mo584.mail-out.ovh.net 87.98.179.66): AS16276, hosted.
// - Aruba (smtpcmd0757.aruba.it 62.149.156.57): AS31034, hosted.
// - Hostinger Email (fr-int-smtpout26.hostinger.io 148.222.54.11, AS47583 hosted) hands over through
//   MailChannels (iguana.tulip.relay.mailchannels.net 23.83.218.253, known by its confirmed name).
// - Not hosting: NetEase 163/126 (m16.mail.163.com 220.197.31.3, AS4837; m16.mail.126.com
//   220.197.31.6), Mail.ru (fallback20.i.mail.ru 79.137.243.76, AS47764 VK), Orange
//   (smtp-25.smtpout.orange.fr 80.12.242.25, AS3215), Seznam (mxd.seznam.cz 77.75.76.210, AS43037),
//   one.com (mailrelay-egress16.pub.mailoutpod3-cph3.one.com 46.30.212.3, AS51468).
// Six of these read "suspicious" today on hosted-server-relay alone and are pending (see
// PENDING_ENGINE_FIX: an ESP entry per provider, known by its relays' confirmed names, with its SPF
// include counted as shared); the rest pin what already reads right.
// Each provider's own Received lines below the entry are written as it writes them, so the walk and
// the login rules (lib/message/submission.ts) meet them: Tencent's "(NewEsmtp) with SMTP" and
// Exmail's "by bizesmtp.qq.com (ESMTP) with \n id ;" (empty protocol and id), Coremail's
// "(unknown [])" and its webmail's "from user$126.com ( [ip] ) by ajax-webmail-…", Yandex's
// "(smtp/Yandex) with ESMTPSA", Mail.ru's Exim "(port=… helo=smtp61.i.mail.ru)", OVH's
// ghost-submission/director chain, Aruba's "by Aruba Outgoing Smtp  with ESMTPSA", Orange's "by
// smtp.orange.fr with ESMTPA", Seznam's "by smtpc-mxd-… (… [2a02:598:…]) id …" with no protocol,
// Hostinger's "by 100.123.122.56 (trex/7.1.3)", one.com's Halon line.
// Layouts learnt from public list archives' raw copies (search `code`, linux-mailinglist-archives and
// lore.kernel.org mirrors): QQ Mail (eadavis@qq.com, March 2025; foxmail.com, June 2026), Exmail
// (cdjrlc.com via smtpbg.qq.com, June 2022), NetEase (chizhiling@163.com, December 2025; 126.com, March
// 2025 and January 2026), Yandex (forward101d, June 2026; forward502b, April 2023), Mail.ru (inbox.ru
// via fallback20.i.mail.ru, July 2024), OVH MX Plan (3mdeb.com via mo584, June 2026: DKIM
// s=ovhmo3617313-selector1, h=From), Aruba (smtpcmd0986.aruba.it, November 2022; smtpcmd0757, May
// 2026), Orange (wanadoo.fr via smtp.smtpout.orange.fr, 2023–2026, DMARC p=quarantine), Seznam
// (mxd.seznam.cz, December 2022), Hostinger (smankusors.com through MailChannels, October 2025), one.com
// (konsulko.se, August 2025: s=rsa1 and s=ed1). The providers' own selectors are the ones those
// copies show; the DMARC policies of qq.com (quarantine), 163.com and 126.com (none), inbox.ru
// (reject) and wanadoo.fr (quarantine) are the ones the archives' receivers recorded, yandex.ru's
// (none) is yandex.com's there, foxmail.com's (none) is recalled; customers' domains (Exmail,
// Yandex 360, OVH, Aruba, Hostinger, one.com) have policies of this round's choosing, and Aruba's
// customer selector reuses aruba.it's own (a1). SPF records keep each provider's include name where
// it is documented (include:spf.mail.qq.com, redirect=_spf.yandex.net, include:mx.ovh.com) but
// their address terms are narrowed to the /24s the seen relays sit in (the live records were not
// re-read here; spf.163.com, _spf.mail.ru, _spf.aruba.it, spf-ext.orange.fr, _custspf.one.com and
// _spf.mail.hostinger.com are recalled names). Coremail's webmail line and X-Mailer, QQ's X-QQ-*
// values and Foxmail's X-Mailer are recalled, not confirmed byte for byte.
// Senders, recipients and client addresses are documentation ones; relays are the providers' own.
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, ptr6, type Relay, signAll } from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';

/**
 * DMARC passed for the From domain and the provider's own relay at `ip` is the server that handed
 * the message over (the walk did not stop at, or pass, the provider's own lines below it).
 */
const passesFrom = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});
/** Offline: the provider's trusted word is the only proof; genuine, so authenticated, from `ip`. */
const providerPassFrom = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'origin.ip': ip },
});
/** Passes only through the platform's shared SPF include: authenticated or unverified, no warning. */
const notWarnedFrom = (ip: string): CaseExpectation => ({
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'origin.ip': ip },
});
const YAHOO = ['--webmail', 'yahoo'];
const TO_GMAIL = 'Robin Reader <robin.reader@gmail.com>';
const TO_OUTLOOK = 'Robin Reader <robin.reader@outlook.com>';
const TO_YAHOO = 'Robin Reader <robin.reader@yahoo.com>';

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // All six read "suspicious" (row 7, authenticated-with-concerns) on one finding,
  // hosted-server-relay (medium), for a mailbox provider's own outbound relay in its own cloud or
  // hosting network: lib/relay/providers-esp.ts has no entry for these providers, so
  // lib/relay/classify.ts leaves origin.hostedServer set (the ASN is on the hosting list), and
  // lib/findings/hosted-server.ts lowers the note only online, for a From inside the relay's own
  // organisation (so qq.com online passes, rw51-qq-mail-to-gmail-tencent-cloud-out162). Wanted:
  // authenticated (Exmail: authenticated or unverified; OVH: see its own note below).
  // - rw51-qq-mail-to-gmail-tencent-cloud-offline: qq.com at out162-62-58-211.mail.qq.com
  //   (162.62.58.211, AS132203 Tencent Cloud); offline nothing confirms the name, the note stays medium.
  // - rw51-foxmail-to-outlook-tencent-cloud-out162: foxmail.com from out162-62-57-252.mail.qq.com
  //   (162.62.57.252, AS132203): the relay's name is in qq.com, not foxmail.com.
  // - rw51-tencent-exmail-biz-to-gmail-spf-only: an Exmail customer from biz-43-154-54-12.mail.qq.com
  //   (43.154.54.12, AS132203).
  // - rw51-yandex-ru-to-gmail-yandex-cloud-forward: yandex.ru from forward101d.mail.yandex.net
  //   (178.154.239.212, AS200350 Yandex.Cloud): the name is in yandex.net, not yandex.ru.
  // - rw51-ovh-mx-plan-to-outlook-dkim-from-only: an MX Plan customer from 19.mo584.mail-out.ovh.net
  //   (87.98.179.66, AS16276 OVH).
  // - rw51-aruba-customer-domain-to-gmail-smtpcmd: an Aruba customer from smtpcmd0757.aruba.it
  //   (62.149.156.57, AS31034 Aruba).
  // Proposed fix (tried on a scratch copy of lib/: all 15 cases of this round then pass, and
  // probe10, probe11, probe12, probe24, probe27 and probe30 still hold): providers-esp.ts entries
  // known by forward-confirmed names only, as narrow as the relays' names allow, e.g.
  //   'QQ Mail / Tencent Exmail': rdnsPatterns /^out\d{1,3}(-\d{1,3}){3}\.mail\.qq\.com$/,
  //     /^biz(-\d{1,3}){4}\.mail\.qq\.com$/, /^xmbg[a-z]*\d+\.mail\.qq\.com$/; domains qq.com, foxmail.com
  //   'Yandex Mail': rdnsSuffixes .mail.yandex.net (forward*, forwardcorp*); domains yandex.ru,
  //     yandex.com, ya.ru
  //   'OVHcloud Mail': rdnsPatterns /^(\d+\.)?mo\d+\.mail-out\.ovh\.net$/
  //   'Aruba Mail': rdnsPatterns /^smtpcmd\d+\.aruba\.it$/, /^smtpdh\d+(-\d+)?\.aruba\.it$/
  // AND, in lib/findings/auth-state.ts SHARED_PLATFORMS, their includes as shared platforms
  // (mx.ovh.com, _spf.aruba.it, *.mail.qq.com): without that, probe10-shared-spf-ovh-web-hosting-
  // include (another OVH web-hosting customer's PHP spoof through a mo*.mail-out.ovh.net relay,
  // SPF passing through the bank's include:mx.ovh.com) reads "authenticated" (seen on the scratch
  // copy). Risk for the other side: a rented VM in these networks cannot take a name under
  // mail.qq.com, mail.yandex.net, mail-out.ovh.net or aruba.it that leads back to it, so only the
  // providers' own relays are exempted; what they relay for their other customers is left to DMARC
  // and to the shared-include rule (an SPF-only pass through them reads unverified, as IONOS's).
  // Risk for genuine mail: none found; Exmail's SPF-only customers then read unverified, not
  // authenticated. Unchecked: whether Yandex Cloud Postbox (its SES-like service) sends from names
  // under mail.yandex.net (then another Yandex customer's Postbox mail would be "Yandex Mail"; DMARC
  // still decides), and whether the live mx.ovh.com / _spf.yandex.net list wide blocks (broad-spf).
  // OVH's own note: with the fix above, rw51-ovh-mx-plan-to-outlook-dkim-from-only then reads
  // suspicious on subject-unsigned (medium, lib/findings/subject.ts): OVH's MX Plan signs h=From
  // alone (the 3mdeb.com copy, June 2026), and once mx.ovh.com is a shared include only that
  // signature vouches. Wanted there: unverified. A fix would let a signature over From alone,
  // aligned, beside an aligned SPF pass through a shared platform whose relay is the origin, leave
  // subject-unsigned at low; risk: another customer of the same platform replaying a genuine
  // signed message under a new Subject with the victim's envelope then reads unverified, not
  // suspicious (the platform's check of the envelope against the login is all that stops it). The
  // lead may prefer to keep that suspicious: then pin this case with notVerdict spoofed and
  // findings subject-unsigned instead.
  // Fixed at 01:25 on 2026-12-05 (lib/relay/providers-esp.ts entries 'QQ Mail / Tencent Exmail',
  // 'Yandex Mail', 'OVHcloud Mail', 'Aruba Mail', known by confirmed names only; lib/findings/
  // auth-state.ts SHARED_PLATFORMS for their includes; lib/relay/esp-evidence.ts espEvidence:
  // OVH's name counts only beside an aligned signature, as its relays also carry web-hosting
  // scripts' mail): rw51-foxmail-to-outlook-tencent-cloud-out162 now reads authenticated,
  // rw51-tencent-exmail-biz-to-gmail-spf-only unverified (SPF only, through the include every
  // Exmail customer shares), rw51-yandex-ru-to-gmail-yandex-cloud-forward authenticated,
  // rw51-aruba-customer-domain-to-gmail-smtpcmd authenticated.
  // Re-pinned at 01:25 on 2026-12-05, not fixed:
  // - (Since real-mail round 176, 2026-12-07, it reads authenticated: offline, a built-in service's
  //   relay name printed by the provider beside its aligned DKIM pass and dmarc=pass counts,
  //   lib/findings/hosted-server.ts offlineMailRelay; a stranger's VM keeps its own name.)
  //   rw51-qq-mail-to-gmail-tencent-cloud-offline read suspicious (hosted-server-relay beside
  //   Gmail's dmarc=pass), by design as rw50-mailinabox-hetzner-sender-aol-offline: offline no
  //   name is confirmed, and Gmail's pass is just as true of another Tencent Cloud tenant
  //   replaying a signed qq.com message; online it reads authenticated. Pinned: never spoofed,
  //   hosted-server-relay.
  // - rw51-ovh-mx-plan-to-outlook-dkim-from-only reads suspicious on subject-unsigned (medium)
  //   alone: the relay is OVH's now, but OVH's signature covers From only and every OVH customer
  //   passes SPF through mx.ovh.com, so another customer can resend a genuine message under a
  //   Subject of its own and nothing HeaderLens reads tells them apart (the lead's alternative
  //   in the note above; lowering it would make that replay read unverified, as
  //   probe10-shared-godaddy-replay-new-subject must not). Pinned: never spoofed, subject-unsigned.
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await tencent(write);
  await netease(write);
  await yandex(write);
  await mailRu(write);
  await hostingCompanies(write);
  await europeanProviders(write);
}

/** The Gmail entry's time is 10:00:05 UTC (receivers.ts); the sender's own lines come before it. */
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';

/** An RFC 2047 B-encoded UTF-8 word, as QQ, NetEase and Yandex write names and subjects. */
const word = (s: string) => `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

interface Composed {
  from: string;
  to: string;
  subject: string;
  id: string;
  date?: string;
  extra?: string[];
  body: string;
}

const compose = (m: Composed) =>
  submitted({
    from: m.from,
    to: m.to,
    subject: m.subject,
    date: m.date ?? SENT,
    messageId: m.id,
    extraHeaders: m.extra,
    body: m.body,
  });

/** EOP's DKIM pass for `d`, as it folds it. */
const eopDkim = (d: string) => `dkim=pass (signature was verified)\r\n header.d=${d}`;

// ---------------------------------------------------------------------------------------------
// 1. Tencent: QQ Mail, Foxmail and Exmail, all leaving from Tencent Cloud's AS132203
// ---------------------------------------------------------------------------------------------

/** QQ's SPF as documented (qq.com / Exmail customers: include:spf.mail.qq.com), narrowed leaves. */
const QQ_SPF = {
  'spf.mail.qq.com': { TXT: ['v=spf1 include:spf-a.mail.qq.com include:spf-b.mail.qq.com -all'] },
  'spf-a.mail.qq.com': {
    TXT: ['v=spf1 ip4:203.205.251.0/24 ip4:103.7.29.0/24 ip4:59.36.129.0/24 ip4:113.108.23.0/24 -all'],
  },
  'spf-b.mail.qq.com': {
    TXT: [
      'v=spf1 ip4:162.62.57.0/24 ip4:162.62.58.0/24 ip4:203.205.221.0/24 ip4:43.163.128.0/24 ip4:43.154.54.0/24 ip4:43.154.221.0/24 -all',
    ],
  },
};

async function tencent(write: CaseWriter): Promise<void> {
  // 1a/1b. A QQ Mail user (qq.com) writes from the web client; read in Gmail online and offline.
  {
    const relay: Relay = {
      helo: 'out162-62-58-211.mail.qq.com',
      rdns: 'out162-62-58-211.mail.qq.com',
      ip: '162.62.58.211',
    };
    const env = '2958716403@qq.com';
    const raw = await signAll(
      onTop(
        compose({
          from: `${word('李明')} <${env}>`,
          to: TO_GMAIL,
          subject: word('周末聚餐的时间'),
          id: '<tencent_3A7F1C0D2E5B49A8C6D1F0E2B3A4C5D6E708@qq.com>',
          date: 'Fri, 20 Nov 2026 17:59:58 +0800',
          extra: ['X-Mailer: QQMail 2.x'],
          body: 'Robin 你好，\r\n\r\n周六晚上七点在老地方吃饭，可以吗？\r\n\r\n李明\r\n',
        }),
        'Received: from [192.168.1.7] ([203.0.113.57])\r\n\tby newxmesmtplogicsvrszc13-0.qq.com (NewEsmtp) with SMTP\r\n\tid 3CEB345F; Fri, 20 Nov 2026 17:59:59 +0800',
        'X-QQ-mid: xmsmtpt1795168799t8ehv03j0',
        'X-QQ-XMRINFO: Nq+8W0+stu50PRdwbJxPCL0=',
      ),
      [['qq.com', 's201512']],
      ['from', 'to', 'cc', 'subject', 'date', 'in-reply-to', 'references'],
    );
    const eml = gmailDelivery(raw, {
      relay,
      envelope: env,
      ids: ['x51csp1102951pxa', 'a51si1511402qtb.51'],
      spf: 'pass',
      deliveredTo: true,
      results: [
        gmailDkim('qq.com', 's201512'),
        gmailSpf(env, relay.ip),
        gmailDmarc('qq.com', 'QUARANTINE'),
      ].join('\r\n       '),
    });
    const about =
      'A QQ Mail user (qq.com) writes to a friend at Gmail from the QQ web client: submitted to newxmesmtplogicsvrszc13-0.qq.com ("(NewEsmtp) with SMTP", X-QQ-mid), signed d=qq.com s=s201512 (h=From:To:Cc:Subject:Date:In-Reply-To:References, Message-ID unsigned, as QQ signs), handed to Gmail by out162-62-58-211.mail.qq.com [162.62.58.211], an address in Tencent Cloud’s AS132203 that the IP data calls a hosted server. qq.com: include:spf.mail.qq.com, DMARC p=quarantine; Gmail records dkim, spf and dmarc pass';
    emitCase(write, {
      name: 'rw51-qq-mail-to-gmail-tencent-cloud-out162',
      about: `${about}. Read in Gmail online: the reverse name lies in qq.com and leads back to the address, so the hosted-server note is low. Wanted: authenticated`,
      class: 'mailbox-provider-hosting-asn',
      args: GMAIL,
      eml,
      zone: {
        ...ptr(relay.ip, relay.rdns),
        's201512._domainkey.qq.com': KEY(),
        'qq.com': { TXT: ['v=spf1 include:spf.mail.qq.com -all'] },
        '_dmarc.qq.com': { TXT: ['v=DMARC1; p=quarantine'] },
        ...QQ_SPF,
      },
      expect: passesFrom(relay.ip),
    });
    emitCase(write, {
      name: 'rw51-qq-mail-to-gmail-tencent-cloud-offline',
      about: `${about}. Read in Gmail offline (HeaderLens set to trust the provider only): Gmail’s own dkim=pass, spf=pass and dmarc=pass are the proof; nothing can confirm the reverse name offline. Expected suspicious with hosted-server-relay, by design: nothing offline tells QQ’s relay from another Tencent Cloud tenant replaying a signed qq.com message (online it reads authenticated); never spoofed`,
      class: 'mailbox-provider-hosting-asn',
      args: GMAIL,
      eml,
      // Offline no reverse name is confirmed: the hosted-server note stays (see PENDING_ENGINE_FIX).
      expect: {
        notVerdict: ['spoofed'],
        findings: ['hosted-server-relay'],
        fields: { 'origin.ip': relay.ip },
      },
    });
  }

  // 1c. A Foxmail user (foxmail.com, Tencent's second free domain) on the same servers; Outlook.
  {
    const relay: Relay = {
      helo: 'out162-62-57-252.mail.qq.com',
      rdns: 'out162-62-57-252.mail.qq.com',
      ip: '162.62.57.252',
    };
    const env = 'zhou.hui@foxmail.com';
    const raw = await signAll(
      onTop(
        compose({
          from: `${word('周慧')} <${env}>`,
          to: TO_OUTLOOK,
          subject: 'Re: conference poster',
          id: '<tencent_8E21B4F6A9C3D07E5F1A2B3C4D5E6F708192@foxmail.com>',
          date: 'Fri, 20 Nov 2026 17:59:57 +0800',
          extra: ['X-Mailer: Foxmail 7.2.25.228[cn]'],
          body: 'Hi Robin,\r\n\r\nthe revised poster is attached to the shared folder now.\r\n\r\nZhou Hui\r\n',
        }),
        'Received: from localhost.localdomain ([203.0.113.13])\r\n\tby newxmesmtplogicsvrsza29-0.qq.com (NewEsmtp) with SMTP\r\n\tid 9A1C2B3D; Fri, 20 Nov 2026 17:59:59 +0800',
        'X-QQ-mid: xmsmtpt1795168799tq2kd81lm',
      ),
      [['foxmail.com', 's201512']],
      ['from', 'to', 'cc', 'subject', 'date', 'in-reply-to', 'references'],
    );
    emitCase(write, {
      name: 'rw51-foxmail-to-outlook-tencent-cloud-out162',
      about:
        'A Foxmail user (foxmail.com, Tencent’s second free-mail domain, served by QQ Mail’s servers) replies to a colleague at Outlook.com: submitted to newxmesmtplogicsvrsza29-0.qq.com, signed d=foxmail.com s=s201512, handed to Exchange Online by out162-62-57-252.mail.qq.com [162.62.57.252] (Tencent Cloud, AS132203). foxmail.com: include:spf.mail.qq.com, DMARC p=none; EOP records spf, dkim and dmarc pass. Read in Outlook online: the relay’s name is QQ Mail’s, in qq.com, not in foxmail.com. Wanted: authenticated',
      class: 'mailbox-provider-hosting-asn',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ...eopPass(relay, 'foxmail.com', eopDkim('foxmail.com')),
        returnPath: env,
      }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        's201512._domainkey.foxmail.com': KEY(),
        'foxmail.com': { TXT: ['v=spf1 include:spf.mail.qq.com -all'] },
        '_dmarc.foxmail.com': { TXT: ['v=DMARC1; p=none'] },
        ...QQ_SPF,
      },
      expect: passesFrom(relay.ip),
    });
  }

  // 1d. A Tencent Exmail (企业邮箱) business customer, unsigned, SPF include:spf.mail.qq.com; Gmail.
  {
    const d = 'jinhua-trading.example';
    const relay: Relay = { helo: 'smtpbg.qq.com', rdns: 'biz-43-154-54-12.mail.qq.com', ip: '43.154.54.12' };
    const env = `wangfang@${d}`;
    const raw = onTop(
      compose({
        from: `Wang Fang <${env}>`,
        to: TO_GMAIL,
        subject: 'Quotation for the December order',
        id: `<20261120095958.42134-1-wangfang@${d}>`,
        date: 'Fri, 20 Nov 2026 17:59:58 +0800',
        extra: ['X-QQ-SENDSIZE: 520', `Feedback-ID: bizesmtp:${d}:qybglogicsvr:qybglogicsvr4`],
        body: 'Dear Robin,\r\n\r\nplease find our quotation for the December order below.\r\n\r\nBest regards,\r\nWang Fang\r\n',
      }),
      'X-QQ-mid: bizesmtp81t1795168798tvs0y8f4',
      'Received: from WF-PC ( [203.0.113.88])\r\n by bizesmtp.qq.com (ESMTP) with \r\n id ; Fri, 20 Nov 2026 17:59:59 +0800 (CST)',
      'X-QQ-SSF: 0100000000200060C000C00A0000000',
      'X-QQ-GoodBg: 0',
    );
    emitCase(write, {
      name: 'rw51-tencent-exmail-biz-to-gmail-spf-only',
      about: `A trading company on Tencent Exmail (企业邮箱, MX mxbiz1.qq.com): its mail leaves unsigned through "smtpbg.qq.com (biz-43-154-54-12.mail.qq.com [43.154.54.12])", an address in Tencent Cloud’s AS132203; the submission line is Exmail’s own "from WF-PC ( [203.0.113.88]) by bizesmtp.qq.com (ESMTP) with \\n id ;" (no protocol word, empty id), with X-QQ-mid and Feedback-ID "bizesmtp:…". ${d}: v=spf1 include:spf.mail.qq.com ~all (Exmail’s documented record), DMARC p=none (its documented example). Gmail records spf=pass, dmarc=pass. Read in Gmail online. Wanted: authenticated, or unverified for an SPF include every Exmail and QQ customer shares; never a warning`,
      class: 'mailbox-provider-hosting-asn',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay,
        envelope: env,
        ids: ['x51csp1102952pxa', 'a51si1511404qtb.51'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailSpf(env, relay.ip), gmailDmarc(d, 'NONE')].join('\r\n       '),
      }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        [d]: { TXT: ['v=spf1 include:spf.mail.qq.com ~all'] },
        [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=none; rua=mailto:dmarc@${d}`] },
        ...QQ_SPF,
      },
      expect: notWarnedFrom(relay.ip),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. NetEase (163.com, 126.com) on Coremail: not a hosting network
// ---------------------------------------------------------------------------------------------

const CM_ANTISPAM =
  'X-Coremail-Antispam: 1Uf129KBjvdXoW7Jw4UAryfAw48WF4fGryxGrg_yoWDuFb_CF\r\n\t1IvryDWr4jyF1Syr1vk3yakFy2qa1xCryqvrW2yFyDW34DJrW7XFWUXFy7CwsFkrsxJr98\r\n\tJrZ3Arn3Ga10yjkaLaAFLSUrUUUUjb8apTn2vfkv8UJUUUU8Yxn0WfASr-VFAUDa7-sFnT\r\n\t9fnUUvcSsGvfC2KfnxnUUI43ZEXa7IUbvtC3UUUUU==';

async function netease(write: CaseWriter): Promise<void> {
  // 2a. A 163.com user from a mail program (Coremail's "(unknown [])"); Outlook online.
  {
    const relay: Relay = { helo: 'm16.mail.163.com', rdns: 'm16.mail.163.com', ip: '220.197.31.3' };
    const env = 'zhangwei_88@163.com';
    const raw = onTop(
      await signAll(
        compose({
          from: `${word('张伟')} <${env}>`,
          to: TO_OUTLOOK,
          subject: 'Slides for Tuesday',
          id: '<20261120095958.455563-1-zhangwei_88@163.com>',
          date: 'Fri, 20 Nov 2026 17:59:57 +0800',
          extra: [
            'X-CM-TRANSID:QCgvCgCnlXIPWU5p9JFCJA--.53S6',
            CM_ANTISPAM,
            'X-CM-SenderInfo: hfkl6xxlol0wi6rwjhhfrp/xtbC3BRJ5mlOWRS7wAAA32',
          ],
          body: 'Hi Robin,\r\n\r\nthe slides for Tuesday are ready, I will bring them on a stick.\r\n\r\nZhang Wei\r\n',
        }),
        [['163.com', 's110527']],
        ['from', 'to', 'subject', 'date', 'message-id', 'mime-version'],
      ),
      'Received: from zhang-ThinkPad.. (unknown [])\r\n\tby gzsmtp5 (Coremail) with SMTP id QCgvCgCnlXIPWU5p9JFCJA--.53S6;\r\n\tFri, 20 Nov 2026 17:59:59 +0800 (CST)',
    );
    emitCase(write, {
      name: 'rw51-netease-163-coremail-to-outlook',
      about:
        'A 163.com user sends from a mail program: Coremail’s submission line "from zhang-ThinkPad.. (unknown []) by gzsmtp5 (Coremail) with SMTP id …" (an empty address literal), X-CM-TRANSID, X-Coremail-Antispam, X-CM-SenderInfo; signed d=163.com s=s110527 (h=From:To:Subject:Date:Message-ID:MIME-Version); handed to Exchange Online by m16.mail.163.com [220.197.31.3] (China Unicom AS4837, not hosting). 163.com: include:spf.163.com, DMARC p=none. Read in Outlook online. Wanted: authenticated',
      class: 'mailbox-provider',
      args: OUTLOOK,
      eml: eopDelivery(raw, { ...eopPass(relay, '163.com', eopDkim('163.com')), returnPath: env }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        's110527._domainkey.163.com': KEY(),
        '163.com': { TXT: ['v=spf1 include:spf.163.com -all'] },
        'spf.163.com': { TXT: ['v=spf1 ip4:220.197.31.0/24 ip4:117.135.210.0/24 -all'] },
        '_dmarc.163.com': { TXT: ['v=DMARC1; p=none'] },
      },
      expect: passesFrom(relay.ip),
    });
  }

  // 2b. A 126.com user from Coremail's webmail ("from user$126.com ( [ip] )"); Yahoo offline.
  {
    const relay: Relay = { helo: 'm16.mail.126.com', rdns: 'm16.mail.126.com', ip: '220.197.31.6' };
    const env = 'li_na_2010@126.com';
    const raw = onTop(
      await signAll(
        compose({
          from: `${word('李娜')} <${env}>`,
          to: TO_YAHOO,
          subject: word('照片已经上传'),
          id: '<67C3FE20.0D9048.12474@m16.mail.126.com>',
          date: 'Fri, 20 Nov 2026 17:59:57 +0800 (CST)',
          extra: [
            'X-Priority: 3',
            'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)',
            'X-Originating-IP: [203.0.113.9]',
            'X-CM-TRANSID:PykvCgD3l2og_sNnPh4JBg--.59684S2',
            CM_ANTISPAM,
          ],
          body: 'Robin，\r\n\r\n照片已经上传到相册了，你看看。\r\n\r\n李娜\r\n',
        }),
        [['126.com', 's110527']],
        ['from', 'subject', 'content-type', 'message-id', 'date', 'mime-version'],
      ),
      `Received: from ${env.replace('@', '$')} ( [203.0.113.9] ) by\r\n ajax-webmail-wmsvr-40-113 (Coremail) ; Fri, 20 Nov 2026 17:59:59 +0800\r\n (CST)`,
    );
    emitCase(write, {
      name: 'rw51-netease-126-webmail-to-yahoo-offline',
      about:
        'A 126.com user writes from NetEase’s webmail: Coremail’s webmail line "from li_na_2010$126.com ( [203.0.113.9] ) by ajax-webmail-wmsvr-40-113 (Coremail) ;" (the login written with "$", no protocol, no id), X-Originating-IP, X-Mailer "Coremail Webmail Server"; signed d=126.com s=s110527 (h=From:Subject:Content-Type:Message-Id:Date:MIME-Version); handed to Yahoo by m16.mail.126.com [220.197.31.6] (China Unicom AS4837, not hosting). Read in Yahoo Mail offline: Yahoo’s own dkim=pass, spf=pass and dmarc=pass(p=NONE) are the proof. Wanted: authenticated',
      class: 'mailbox-provider',
      args: YAHOO,
      eml: yahooDelivery(raw, {
        relay,
        envelope: env,
        results: `dkim=pass header.i=@126.com header.s=s110527;\r\n spf=pass smtp.mailfrom=126.com;\r\n dmarc=pass(p=NONE) header.from=126.com;`,
      }),
      expect: providerPassFrom(relay.ip),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Yandex: forward hosts in Yandex.Cloud's AS200350 (IPv4) and in AS13238 (IPv6)
// ---------------------------------------------------------------------------------------------

/** _spf.yandex.net, narrowed to the blocks the seen forward hosts sit in. */
const YANDEX_SPF = {
  '_spf.yandex.net': {
    TXT: [
      'v=spf1 ip4:178.154.239.0/24 ip4:77.88.28.0/24 ip4:5.45.198.0/24 ip6:2a02:6b8:c02:900::/64 ip6:2a02:6b8:c0e:500::/64 ~all',
    ],
  },
};

/** Yandex's two lines below its forward host: the submission server's hand-off and its login. */
const yandexLines = (forward: string, id: string) => [
  `Received: from mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net\r\n (mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net\r\n [IPv6:2a02:6b8:c0c:1e05:0:640:3290:0])\r\n\tby ${forward} (Yandex) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 13:00:02 +0300 (MSK)`,
  'Received: by mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net (smtp/Yandex)\r\n\twith ESMTPSA id GaN2WgugYeA0-3m5p74q2;\r\n\tFri, 20 Nov 2026 13:00:01 +0300',
  'X-Yandex-Fwd: 1',
];

const YANDEX_H = ['from', 'in-reply-to', 'cc', 'date', 'references', 'to', 'subject', 'message-id'];

async function yandex(write: CaseWriter): Promise<void> {
  // 3a. A yandex.ru user from Thunderbird; the forward host is on Yandex.Cloud; Gmail online.
  {
    const relay: Relay = {
      helo: 'forward101d.mail.yandex.net',
      rdns: 'forward101d.mail.yandex.net',
      ip: '178.154.239.212',
    };
    const env = 'anna.sokolova@yandex.ru';
    const signed = await signAll(
      compose({
        from: `${word('Анна Соколова')} <${env}>`,
        to: TO_GMAIL,
        subject: word('Билеты на концерт'),
        id: '<5c0e7a1b-3f2d-4e8a-9b61-2d7c4f0a9e13@yandex.ru>',
        date: 'Fri, 20 Nov 2026 12:59:58 +0300',
        extra: ['User-Agent: Mozilla Thunderbird'],
        body: 'Привет, Робин!\r\n\r\nБилеты на концерт у меня, встречаемся у входа в семь.\r\n\r\nАнна\r\n',
      }),
      [['yandex.ru', 'mail']],
      YANDEX_H,
    );
    emitCase(write, {
      name: 'rw51-yandex-ru-to-gmail-yandex-cloud-forward',
      about:
        'A yandex.ru user writes from Thunderbird: Yandex’s submission line "by mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net (smtp/Yandex) with ESMTPSA", its hand-off to forward101d.mail.yandex.net over Yandex’s own IPv6, X-Yandex-Fwd; signed d=yandex.ru s=mail; handed to Gmail by forward101d.mail.yandex.net [178.154.239.212], an address in AS200350 Yandex.Cloud that the IP data calls a hosted server (the relay’s name is in yandex.net, not yandex.ru). yandex.ru: redirect=_spf.yandex.net, DMARC p=none; Gmail records dkim, spf and dmarc pass. Read in Gmail online. Wanted: authenticated',
      class: 'mailbox-provider-hosting-asn',
      args: GMAIL,
      eml: gmailDelivery(onTop(signed, ...yandexLines(relay.helo, '9783DC02D3')), {
        relay,
        envelope: env,
        ids: ['x51csp1102953pxa', 'a51si1511406qtb.51'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim('yandex.ru', 'mail'),
          gmailSpf(env, relay.ip),
          gmailDmarc('yandex.ru', 'NONE'),
        ].join('\r\n       '),
      }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        'mail._domainkey.yandex.ru': KEY(),
        'yandex.ru': { TXT: ['v=spf1 redirect=_spf.yandex.net'] },
        '_dmarc.yandex.ru': { TXT: ['v=DMARC1; p=none'] },
        ...YANDEX_SPF,
      },
      expect: passesFrom(relay.ip),
    });
  }

  // 3b. A Yandex 360 business domain; the forward host answers over IPv6 (AS13238); Yahoo online.
  {
    const d = 'severny-veter.example';
    const relay: Relay = {
      helo: 'forward502b.mail.yandex.net',
      rdns: 'forward502b.mail.yandex.net',
      ip: '2a02:6b8:c02:900:1:45:d181:d502',
    };
    const env = `info@${d}`;
    const signed = await signAll(
      compose({
        from: `${word('Северный ветер')} <${env}>`,
        to: TO_YAHOO,
        subject: 'Your booking for 5 December',
        id: `<1795168798.4f2a9c@${d}>`,
        date: 'Fri, 20 Nov 2026 12:59:58 +0300',
        body: 'Dear Robin,\r\n\r\nyour table for 5 December at 19:00 is booked.\r\n\r\nSeverny Veter\r\n',
      }),
      [[d, 'mail']],
      YANDEX_H,
    );
    emitCase(write, {
      name: 'rw51-yandex360-domain-to-yahoo-ipv6-forward502b',
      about: `A restaurant on Yandex 360 for Business (${d}: MX mx.yandex.net, v=spf1 redirect=_spf.yandex.net, its own DKIM s=mail, DMARC p=quarantine) confirms a booking: Yandex’s submission and forward lines as 3a, handed to Yahoo by forward502b.mail.yandex.net over IPv6 [2a02:6b8:c02:900:1:45:d181:d502] (AS13238 YANDEX, not hosting), written by Yahoo as "(EHLO forward502b.mail.yandex.net) (2a02:…)". Yahoo records dkim, spf and dmarc pass. Read in Yahoo Mail online. Wanted: authenticated`,
      class: 'mailbox-provider',
      args: YAHOO,
      eml: yahooDelivery(onTop(signed, ...yandexLines(relay.helo, '519DE5F0EC')), {
        relay,
        envelope: env,
        results: `dkim=pass header.i=@${d} header.s=mail;\r\n spf=pass smtp.mailfrom=${d};\r\n dmarc=pass(p=QUARANTINE) header.from=${d};`,
      }),
      zone: {
        ...ptr6(relay.ip, relay.rdns),
        [`mail._domainkey.${d}`]: KEY(),
        [d]: { TXT: ['v=spf1 redirect=_spf.yandex.net'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
        ...YANDEX_SPF,
      },
      expect: passesFrom(relay.ip),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Mail.ru (inbox.ru): two signatures of the same domain, Exim's fallback relay
// ---------------------------------------------------------------------------------------------

async function mailRu(write: CaseWriter): Promise<void> {
  const relay: Relay = { helo: 'fallback20.i.mail.ru', rdns: 'fallback20.i.mail.ru', ip: '79.137.243.76' };
  const env = 'dmitry.volkov@inbox.ru';
  const first = await signAll(
    onTop(
      compose({
        from: `Dmitry Volkov <${env}>`,
        to: TO_YAHOO,
        subject: 'Re: flat viewing on Saturday',
        id: '<1795168797.481524861@f511.i.mail.ru>',
        date: 'Fri, 20 Nov 2026 12:59:57 +0300',
        extra: ['X-Mailer: Mail.Ru Mailer 1.0', 'X-Mailru-Src: smtp', 'X-Mras: Ok'],
        body: 'Robin,\r\n\r\nSaturday at 11 works, the agent will meet us there.\r\n\r\nDmitry\r\n',
      }),
      'Received: by smtp61.i.mail.ru with esmtpa (envelope-from <dmitry.volkov@inbox.ru>)\r\n\tid 1sOOO4-0000000HXqS-0WN6; Fri, 20 Nov 2026 12:59:58 +0300',
    ),
    [['inbox.ru', 'mail4']],
    [
      'content-transfer-encoding',
      'mime-version',
      'message-id',
      'date',
      'subject',
      'cc',
      'to',
      'from',
      'reply-to',
    ],
  );
  const second = await signAll(
    onTop(
      first,
      'Received: from [10.12.4.37] (port=53694 helo=smtp61.i.mail.ru)\r\n\tby fallback20.i.mail.ru with esmtp (envelope-from <dmitry.volkov@inbox.ru>)\r\n\tid 1sOOOJ-00Dmlu-2e; Fri, 20 Nov 2026 12:59:59 +0300',
    ),
    [['inbox.ru', 'mail4']],
    ['mime-version', 'message-id', 'date', 'subject', 'to', 'from', 'content-type'],
  );
  emitCase(write, {
    name: 'rw51-mail-ru-inbox-two-signatures-to-yahoo',
    about:
      'A Mail.ru user (inbox.ru) answers from a mail program: "Received: by smtp61.i.mail.ru with esmtpa (envelope-from <…>)", then Exim’s "from [10.12.4.37] (port=53694 helo=smtp61.i.mail.ru) by fallback20.i.mail.ru with esmtp", each server signing d=inbox.ru s=mail4 (two signatures of the same domain over different h= lists, as Mail.ru’s copies carry); handed to Yahoo by fallback20.i.mail.ru [79.137.243.76] (AS47764 VK, not hosting). inbox.ru: DMARC p=reject. Read in Yahoo Mail online. Wanted: authenticated',
    class: 'mailbox-provider',
    args: YAHOO,
    eml: yahooDelivery(second, {
      relay,
      envelope: env,
      results: `dkim=pass header.i=@inbox.ru header.s=mail4;\r\n dkim=pass header.i=@inbox.ru header.s=mail4;\r\n spf=pass smtp.mailfrom=inbox.ru;\r\n dmarc=pass(p=REJECT) header.from=inbox.ru;`,
    }),
    zone: {
      ...ptr(relay.ip, relay.rdns),
      'mail4._domainkey.inbox.ru': KEY(),
      'inbox.ru': { TXT: ['v=spf1 redirect=_spf.mail.ru'] },
      '_spf.mail.ru': { TXT: ['v=spf1 ip4:79.137.243.0/24 ip4:94.100.177.0/24 ~all'] },
      '_dmarc.inbox.ru': { TXT: ['v=DMARC1; p=reject'] },
    },
    expect: passesFrom(relay.ip),
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Hosting companies' mail: OVH MX Plan, Aruba, Hostinger (through MailChannels), one.com
// ---------------------------------------------------------------------------------------------

async function hostingCompanies(write: CaseWriter): Promise<void> {
  // 5a. OVHcloud MX Plan: the ghost-submission → director → mo584 chain, DKIM h=From only; Outlook.
  {
    const d = 'atelier-lumiere.example';
    const relay: Relay = {
      helo: '19.mo584.mail-out.ovh.net',
      rdns: '19.mo584.mail-out.ovh.net',
      ip: '87.98.179.66',
    };
    const env = `claire@${d}`;
    const msg = compose({
      from: `Claire Dubois <${env}>`,
      to: TO_OUTLOOK,
      subject: 'Devis pour la vitrine',
      id: '<akOND2rkKHLxvQmL@MjU3Nj>',
      date: 'Fri, 20 Nov 2026 10:59:57 +0100',
      extra: [
        'X-OVh-ClientIp:203.0.113.249',
        'x-ovh-tracer-id: 10166594685696878012',
        'X-VR-SPAMSTATE: OK',
        'X-VR-SPAMSCORE: -100',
      ],
      body: 'Bonjour Robin,\r\n\r\nvoici notre devis pour la vitrine, valable un mois.\r\n\r\nClaire\r\n',
    });
    // OVH's signer appends its DKIM-Signature at the bottom of the header block, over From alone.
    const signed = await signAll(msg, [[d, 'ovhmo3617313-selector1']], ['from']);
    const sig = signed.slice(0, signed.indexOf(msg));
    const raw = onTop(
      appendHeaders(msg, sig.replace(/\r\n$/, '')),
      `Received: from director11.ghost.mail-out.ovh.net (unknown [10.110.0.137])\r\n by mo584.mail-out.ovh.net (Postfix) with ESMTP id 4gqHwl3q9Gz8FPJ\r\n for <robin.reader@outlook.com>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)`,
      'Received: from ghost-submission-7d8d68f679-78tjw (unknown [10.111.174.145])\r\n by director11.ghost.mail-out.ovh.net (Postfix) with ESMTPS id 92378C2A16;\r\n Fri, 20 Nov 2026 10:00:00 +0000 (UTC)',
      `Received: from ${d} ([37.59.142.98])\r\n by ghost-submission-7d8d68f679-78tjw with ESMTPSA\r\n id 9wGuEhaNQ2pUcC0AIQpDtg\r\n (envelope-from <${env}>); Fri, 20 Nov 2026 09:59:59 +0000`,
    );
    emitCase(write, {
      name: 'rw51-ovh-mx-plan-to-outlook-dkim-from-only',
      about: `A shop on OVHcloud’s MX Plan (${d}: v=spf1 include:mx.ovh.com ~all, DMARC p=quarantine) writes to a customer at Outlook.com: OVH’s chain "from ${d} ([37.59.142.98]) by ghost-submission-… with ESMTPSA … (envelope-from <…>)", "by director11.ghost.mail-out.ovh.net (Postfix)", "by mo584.mail-out.ovh.net (Postfix)", X-OVh-ClientIp, X-VR-SPAMSTATE; OVH signs d=${d} s=ovhmo3617313-selector1 with h=From only, its DKIM-Signature appended at the bottom; handed to Exchange Online by 19.mo584.mail-out.ovh.net [87.98.179.66], an address in OVH’s AS16276 that the IP data calls a hosted server. EOP records spf, dkim and dmarc pass. Read in Outlook online. Expected suspicious on subject-unsigned alone (the relay is OVH’s by its confirmed name, no hosted-server note): only OVH’s shared include and a signature over From alone vouch, so another OVH customer could resend it under a Subject of its own; never spoofed`,
      class: 'mailbox-provider-hosting-asn',
      args: OUTLOOK,
      eml: eopDelivery(raw, { ...eopPass(relay, d, eopDkim(d)), returnPath: env }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        [`ovhmo3617313-selector1._domainkey.${d}`]: KEY(),
        [d]: { TXT: ['v=spf1 include:mx.ovh.com ~all'] },
        'mx.ovh.com': { TXT: ['v=spf1 ip4:87.98.179.0/24 ip4:46.105.73.0/24 ip4:178.33.111.0/24 ~all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      // OVH's From-only signature vouches alone beside the shared include: subject-unsigned stays
      // medium (see PENDING_ENGINE_FIX).
      expect: {
        notVerdict: ['spoofed'],
        findings: ['subject-unsigned'],
        absentFindings: ['hosted-server-relay'],
        fields: { 'origin.ip': relay.ip },
      },
    });
  }

  // 5b. Aruba: a customer's domain through smtpcmd0757.aruba.it ("by Aruba Outgoing Smtp"); Gmail.
  {
    const d = 'studio-bellini.example';
    const relay: Relay = { helo: 'smtpcmd0757.aruba.it', rdns: 'smtpcmd0757.aruba.it', ip: '62.149.156.57' };
    const env = `marco@${d}`;
    const signed = await signAll(
      compose({
        from: `Marco Bellini <${env}>`,
        to: TO_GMAIL,
        subject: 'Preventivo ristrutturazione',
        id: `<6f1d2c3b-8a9e-4b7c-a1d2-3e4f5a6b7c8d@${d}>`,
        date: 'Fri, 20 Nov 2026 10:59:57 +0100',
        extra: ['User-Agent: Mozilla Thunderbird'],
        body: 'Buongiorno Robin,\r\n\r\nin allegato il preventivo per la ristrutturazione.\r\n\r\nCordiali saluti,\r\nMarco Bellini\r\n',
      }),
      [[d, 'a1']],
      ['from', 'to', 'subject', 'date', 'mime-version'],
    );
    const raw = onTop(
      signed,
      'Received: from [192.168.1.20] ([203.0.113.137])\r\n        by Aruba Outgoing Smtp  with ESMTPSA\r\n        id vP8FomxyItoIqvP8Ioagyz; Fri, 20 Nov 2026 10:59:59 +0100',
    );
    emitCase(write, {
      name: 'rw51-aruba-customer-domain-to-gmail-smtpcmd',
      about: `An architect’s studio on Aruba’s mail hosting (${d}: v=spf1 include:_spf.aruba.it ~all, DKIM s=a1, DMARC p=none) writes to a client at Gmail: Aruba’s submission line "from [192.168.1.20] ([203.0.113.137]) by Aruba Outgoing Smtp  with ESMTPSA id …" (a by-host of three words, two spaces before "with"), signed d=${d} s=a1 (h=From:To:Subject:Date:MIME-Version), handed to Gmail by smtpcmd0757.aruba.it [62.149.156.57], an address in Aruba’s AS31034 that the IP data calls a hosted server. Gmail records dkim, spf and dmarc pass. Read in Gmail online. Wanted: authenticated`,
      class: 'mailbox-provider-hosting-asn',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay,
        envelope: env,
        ids: ['x51csp1102954pxa', 'a51si1511408qtb.51'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailDkim(d, 'a1'), gmailSpf(env, relay.ip), gmailDmarc(d, 'NONE')].join('\r\n       '),
      }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        [`a1._domainkey.${d}`]: KEY(),
        [d]: { TXT: ['v=spf1 include:_spf.aruba.it ~all'] },
        '_spf.aruba.it': { TXT: ['v=spf1 ip4:62.149.155.0/24 ip4:62.149.156.0/24 ip4:62.149.158.0/24 ~all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
      },
      expect: passesFrom(relay.ip),
    });
  }

  // 5c. Hostinger Email through MailChannels (ARC by mailchannels.net, "by 100.123.122.56"); Gmail.
  {
    const d = 'casa-azul.example';
    const relay: Relay = {
      helo: 'iguana.tulip.relay.mailchannels.net',
      rdns: 'iguana.tulip.relay.mailchannels.net',
      ip: '23.83.218.253',
    };
    const env = `ana@${d}`;
    const signed = await signAll(
      compose({
        from: `Ana Ribeiro <${env}>`,
        to: TO_GMAIL,
        subject: 'Your stay at Casa Azul',
        id: `<20261120095958.c4a1e7@${d}>`,
        date: 'Fri, 20 Nov 2026 09:59:57 +0000',
        extra: [`X-AuthUser: ${env}`],
        body: 'Hello Robin,\r\n\r\nwe look forward to your stay; check-in is from 15:00.\r\n\r\nAna\r\n',
      }),
      [[d, 'hostingermail-a']],
    );
    const atRelay = onTop(
      signed,
      'Received: from fr-int-smtpout26.hostinger.io (fr-int-smtpout26.hostinger.io\r\n [148.222.54.11])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384)\r\n\tby 100.123.122.56 (trex/7.1.3);\r\n\tFri, 20 Nov 2026 09:59:59 +0000',
      `Received: from [192.168.1.5] (unknown [203.0.113.172])\r\n\t(Authenticated sender: ${env})\r\n\tby smtp.hostinger.com (smtp.hostinger.com) with ESMTPSA id 4cwL8t6t06z1yRT;\r\n\tFri, 20 Nov 2026 09:59:58 +0000 (UTC)`,
    );
    const sealed = await sealCorpus(
      onTop(
        atRelay,
        `X-MailChannels-SenderId: hostingeremail|x-authuser|${env}`,
        'X-MailChannels-Auth-Id: hostingeremail',
        'X-MC-Relay: Neutral',
      ),
      {
        domain: 'mailchannels.net',
        selector: 'arc-2022',
        cv: 'none',
        authResults: `rspamd-674f557ffc-sktqk;\r\n\tauth=pass smtp.auth=hostingeremail smtp.mailfrom=${env}`,
      },
    );
    const raw = onTop(
      sealed,
      `X-Sender-Id: hostingeremail|x-authuser|${env}`,
      'Received: from relay.mailchannels.net (localhost [127.0.0.1])\r\n\tby relay.mailchannels.net (Postfix) with ESMTP id 96074421F2E;\r\n\tFri, 20 Nov 2026 10:00:02 +0000 (UTC)',
      'Received: from fr-int-smtpout26.hostinger.io (trex-green-8.trex.outbound.svc.cluster.local [100.123.122.56])\r\n\t(Authenticated sender: hostingeremail)\r\n\tby relay.mailchannels.net (Postfix) with ESMTPA id 604DE421A26;\r\n\tFri, 20 Nov 2026 10:00:01 +0000 (UTC)',
    );
    emitCase(write, {
      name: 'rw51-hostinger-email-via-mailchannels-to-gmail',
      about: `A guesthouse on Hostinger Email (${d}: v=spf1 include:_spf.mail.hostinger.com ~all, DKIM s=hostingermail-a, DMARC p=none) writes to a guest at Gmail: Hostinger’s "(Authenticated sender: ${env}) by smtp.hostinger.com", its outbound fr-int-smtpout26.hostinger.io [148.222.54.11] (AS47583 Hostinger, hosted) handing to MailChannels "by 100.123.122.56 (trex/7.1.3)" and "(Authenticated sender: hostingeremail) by relay.mailchannels.net (Postfix) with ESMTPA", MailChannels’ ARC i=1 (d=mailchannels.net s=arc-2022, "auth=pass smtp.auth=hostingeremail"); handed to Gmail by iguana.tulip.relay.mailchannels.net [23.83.218.253], known by its confirmed name. Gmail records dkim, spf and dmarc pass. Read in Gmail online. Wanted: authenticated`,
      class: 'mailbox-provider-hosting-asn',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay,
        envelope: env,
        ids: ['x51csp1102955pxa', 'a51si1511410qtb.51'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailDkim(d, 'hostingermail-a'), gmailSpf(env, relay.ip), gmailDmarc(d, 'NONE')].join(
          '\r\n       ',
        ),
      }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        [`hostingermail-a._domainkey.${d}`]: KEY(),
        'arc-2022._domainkey.mailchannels.net': KEY(),
        [d]: { TXT: ['v=spf1 include:_spf.mail.hostinger.com ~all'] },
        '_spf.mail.hostinger.com': {
          TXT: ['v=spf1 ip4:148.222.54.0/24 include:relay.mailchannels.net ~all'],
        },
        'relay.mailchannels.net': { TXT: ['v=spf1 ip4:23.83.208.0/20 ~all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
      },
      expect: passesFrom(relay.ip),
    });
  }

  // 5d. one.com: RSA and Ed25519 signatures (s=rsa1, s=ed1) from its Halon relays; Outlook.
  {
    const d = 'lindqvist-design.example';
    const relay: Relay = {
      helo: 'mailrelay-egress16.pub.mailoutpod3-cph3.one.com',
      rdns: 'mailrelay-egress16.pub.mailoutpod3-cph3.one.com',
      ip: '46.30.212.3',
    };
    const env = `erik@${d}`;
    const h = [
      'content-transfer-encoding',
      'content-type',
      'from',
      'subject',
      'mime-version',
      'date',
      'message-id',
    ];
    const msg = compose({
      from: `Erik Lindqvist <${env}>`,
      to: TO_OUTLOOK,
      subject: 'Logo drafts',
      id: `<27139676-8470-4067-b259-f01022751bbc@${d}>`,
      date: 'Fri, 20 Nov 2026 10:59:57 +0100',
      extra: ['User-Agent: Mozilla Thunderbird', 'Content-Transfer-Encoding: 7bit'],
      body: 'Hi Robin,\r\n\r\nthree logo drafts are in the folder; I like the second best.\r\n\r\nErik\r\n',
    });
    const rsa = await signAll(msg, [[d, 'rsa1']], h);
    const both = await signCorpus(rsa, {
      domain: d,
      selector: 'ed1',
      algorithm: 'ed25519-sha256',
      headerList: h,
    });
    // one.com writes its two signatures and X-HalOne-ID above its Halon line.
    const sigs = both.slice(0, both.indexOf(msg));
    const raw = `${sigs}X-HalOne-ID: 4883bd8a-7e99-11f0-ba34-4f541c8bf1cc\r\nReceived: from [192.168.10.245] (host-203-0-113-218.example.net [203.0.113.218])\r\n\tby mailrelay3.pub.mailoutpod2-cph3.one.com (Halon) with ESMTPSA\r\n\tid 4883bd8a-7e99-11f0-ba34-4f541c8bf1cc;\r\n\tFri, 20 Nov 2026 09:59:59 +0000 (UTC)\r\n${msg}`;
    emitCase(write, {
      name: 'rw51-one-com-rsa-and-ed25519-to-outlook',
      about: `A designer on one.com’s mail (${d}: v=spf1 include:_custspf.one.com ~all, DMARC p=none) writes to a client at Outlook.com: one.com signs twice, d=${d} s=rsa1 (rsa-sha256) and s=ed1 (ed25519-sha256, RFC 8463) over the same h=, writes X-HalOne-ID and "by mailrelay3.pub.mailoutpod2-cph3.one.com (Halon) with ESMTPSA"; handed to Exchange Online by mailrelay-egress16.pub.mailoutpod3-cph3.one.com [46.30.212.3] (AS51468 One.com, not classed as hosting). EOP records spf, dkim and dmarc pass. Read in Outlook online. Wanted: authenticated`,
      class: 'mailbox-provider',
      args: OUTLOOK,
      eml: eopDelivery(raw, { ...eopPass(relay, d, eopDkim(d)), returnPath: env }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        [`rsa1._domainkey.${d}`]: KEY(),
        [`ed1._domainkey.${d}`]: { TXT: [corpusKeys().ed25519Txt] },
        [d]: { TXT: ['v=spf1 include:_custspf.one.com ~all'] },
        '_custspf.one.com': { TXT: ['v=spf1 ip4:46.30.208.0/21 ip6:2a02:2350::/32 ~all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
      },
      expect: passesFrom(relay.ip),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 6. European ISPs and portals: Orange, Seznam
// ---------------------------------------------------------------------------------------------

async function europeanProviders(write: CaseWriter): Promise<void> {
  // 6a. Orange (wanadoo.fr): "by smtp.orange.fr with ESMTPA", X-ME-* rows; Outlook online.
  {
    const relay: Relay = {
      helo: 'smtp.smtpout.orange.fr',
      rdns: 'smtp-25.smtpout.orange.fr',
      ip: '80.12.242.25',
    };
    const env = 'jacques.martin@wanadoo.fr';
    const raw = onTop(
      await signAll(
        compose({
          from: `Jacques Martin <${env}>`,
          to: TO_OUTLOOK,
          subject: 'Repas de famille',
          id: `<b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d@wanadoo.fr>`,
          date: 'Fri, 20 Nov 2026 10:59:57 +0100',
          extra: ['User-Agent: Mozilla Thunderbird'],
          body: 'Bonjour Robin,\r\n\r\nle repas de famille est dimanche à midi, chez nous.\r\n\r\nJacques\r\n',
        }),
        [['wanadoo.fr', 't20230301']],
        ['from', 'to', 'subject', 'date', 'message-id', 'mime-version'],
      ),
      'Received: from [192.168.1.18] ([203.0.113.93])\r\n\tby smtp.orange.fr with ESMTPA\r\n\tid MudfqZmp6ZWkDMudgqhi1F; Fri, 20 Nov 2026 10:59:59 +0100',
      'X-ME-Helo: [192.168.1.18]',
      `X-ME-Auth: ${Buffer.from(env).toString('base64')}`,
      'X-ME-Date: Fri, 20 Nov 2026 10:59:59 +0100',
      'X-ME-IP: 203.0.113.93',
    );
    emitCase(write, {
      name: 'rw51-orange-wanadoo-to-outlook-smtpout',
      about:
        'An Orange customer (wanadoo.fr) writes to family at Outlook.com from Thunderbird: Orange’s line "from [192.168.1.18] ([203.0.113.93]) by smtp.orange.fr with ESMTPA id …" with X-ME-Helo, X-ME-Auth (the login, base64) and X-ME-IP; signed d=wanadoo.fr s=t20230301; handed to Exchange Online with HELO smtp.smtpout.orange.fr from smtp-25.smtpout.orange.fr [80.12.242.25] (AS3215 Orange, not hosting). wanadoo.fr: DMARC p=quarantine. EOP records spf, dkim and dmarc pass. Read in Outlook online. Wanted: authenticated',
      class: 'mailbox-provider',
      args: OUTLOOK,
      eml: eopDelivery(raw, { ...eopPass(relay, 'wanadoo.fr', eopDkim('wanadoo.fr')), returnPath: env }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        't20230301._domainkey.wanadoo.fr': KEY(),
        'wanadoo.fr': { TXT: ['v=spf1 include:spf-ext.orange.fr ~all'] },
        'spf-ext.orange.fr': { TXT: ['v=spf1 ip4:80.12.242.0/24 ~all'] },
        '_dmarc.wanadoo.fr': { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: passesFrom(relay.ip),
    });
  }

  // 6b. Seznam (seznam.cz): "by smtpc-mxd-… (… [2a02:598:…]) id …", no protocol; Yahoo offline.
  {
    const relay: Relay = { helo: 'mxd.seznam.cz', rdns: 'mxd.seznam.cz', ip: '77.75.76.210' };
    const env = 'petr.novak@seznam.cz';
    const raw = onTop(
      await signAll(
        compose({
          from: `=?utf-8?q?Petr_Nov=C3=A1k?= <${env}>`,
          to: TO_YAHOO,
          subject: 'Chata o víkendu',
          id: '<2mV.Zk3a.7xQpLr1bN2c.1fGh4j@seznam.cz>',
          date: 'Fri, 20 Nov 2026 10:59:57 +0100 (CET)',
          extra: ['X-Mailer: Email.cz'],
          body: 'Ahoj Robine,\r\n\r\no víkendu jedeme na chatu, přidáš se?\r\n\r\nPetr\r\n',
        }).replace('Subject: Chata o víkendu', `Subject: ${word('Chata o víkendu')}`),
        [['seznam.cz', 'szn20221014']],
        ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
      ),
      'Received: from email.seznam.cz\r\n\tby smtpc-mxd-695c6957-dx4vg\r\n\t(smtpc-mxd-695c6957-dx4vg [2a02:598:64:8a00::1000:4c7])\r\n\tid 1bb4020fad94bd541bb3bc78;\r\n\tFri, 20 Nov 2026 10:59:59 +0100 (CET)',
    );
    emitCase(write, {
      name: 'rw51-seznam-to-yahoo-smtpc-line-offline',
      about:
        'A Seznam user (seznam.cz) writes from Email.cz webmail: Seznam’s line "from email.seznam.cz by smtpc-mxd-695c6957-dx4vg (smtpc-mxd-… [2a02:598:64:8a00::1000:4c7]) id …;" (no protocol word), signed d=seznam.cz s=szn20221014 below it; handed to Yahoo by mxd.seznam.cz [77.75.76.210] (AS43037 Seznam.cz, not hosting). Read in Yahoo Mail offline: Yahoo’s own dkim, spf and dmarc pass are the proof. Wanted: authenticated',
      class: 'mailbox-provider',
      args: YAHOO,
      eml: yahooDelivery(raw, {
        relay,
        envelope: env,
        results: `dkim=pass header.i=@seznam.cz header.s=szn20221014;\r\n spf=pass smtp.mailfrom=seznam.cz;\r\n dmarc=pass(p=NONE) header.from=seznam.cz;`,
      }),
      expect: providerPassFrom(relay.ip),
    });
  }
}
