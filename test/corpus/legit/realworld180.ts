// Real-world delivery shapes, hundred-and-eightieth round: list hosting services' posts and their
// own notices read offline and online in every reader (commit 2c62af53, lib/findings/hosted-server.ts
// offlineListServer / hostsOwnNotice / LIST_HOSTS), and genuine CJK senders' display names against
// the brand rules (lib/findings/domains.ts OTHER_SCRIPT_NAMES, namedAt, LATIN_BESIDE_CJK,
// DESK_AND_PRODUCT_WORDS).
// 1. groups.io (on Linode: the one list host of LIST_HOSTS whose servers sit on a cloud network):
//    a moderation notice ("awaiting approval"), a digest, a subscription confirmation and a post
//    with From rewritten for a p=reject author, read in Gmail, Exchange Online, Yahoo, AOL, a
//    Postfix/rspamd box printing the reverse name and one printing `unknown`, offline and online.
//    Topicbox's moderation notice (Fastmail's network), a lists.sr.ht post (mail-b.sr.ht), a
//    Mailman 3 list on a DigitalOcean VPS (its own domain: not a list host of LIST_HOSTS, a hosted
//    server by design) and a Google Groups post.
// 2. Display names of genuine CJK senders: brands' own mail (Amazon.co.jp, 日本マイクロソフト,
//    Microsoft アカウント チーム, Netflix's Japanese/Korean/Chinese mail, Yahoo! JAPAN, 亚马逊中国
//    from amazon.cn) and others' (Rakuten, docomo, LINE, Kakao, Naver, JD.com, Taobao, Alipay
//    支付宝, WeChat Pay 微信支付, PayPay), and promoters naming a brand's gift cards.
// Where the layouts were learnt:
// - groups.io's relay `from mail01.groups.io (web01.groups.io [66.175.222.12])`, d=groups.io
//   s=20140610, the bounce+…@groups.io envelope, its Mailing-List/List-Id fields: realworld163
//   (lfdr.de copies of lists.cip-project.org posts 2020-2023) and realworld179. The notices' From
//   (`main+owner@<group>.groups.io`, `main+digest@…`, `noreply@groups.io`) and subjects are
//   recalled from groups.io mail, NOT confirmed against a public copy.
// - lists.sr.ht: `Received: from mail-b.sr.ht (mail-b.sr.ht [173.195.146.151])` with mail-b's own
//   `Authentication-Results: mail-b.sr.ht; dkim=none` and `from git.sr.ht (unknown
//   [173.195.146.142])` below it: linux-mailinglist-archives (vger copies, May 2023); unmodified
//   posts (realworld27/107, man.sr.ht).
// - Topicbox: tb-mta-b1.topicbox.com [103.168.172.107] (Fastmail, AS151847) as realworld107; the
//   moderation notice's wording recalled.
// - Gmail, Exchange Online (eopDelivery/eopPass), Yahoo omega and AOL atlas: test/corpus/
//   receivers.ts; rspamd's one Authentication-Results on a Postfix box (`dmarc=pass (policy=none)`,
//   quoted smtp.mailfrom) as realworld132/163; Postfix's `unknown [ip]` for a client whose reverse
//   name does not confirm: linux-mailinglist-archives (speakup, 2024: `from atlas.bondproducts.com
//   (unknown [23.24.6.165]) by befuddled.reisers.ca (Postfix)`; vger: `from git.sr.ht (unknown
//   [173.195.146.142]) by mail-b.sr.ht (Postfix)`).
// - Google Groups: rounds-kit.ts googleGroupsPost (lists.ts list-google-groups-rewrite).
// - SendGrid (o1678912.outbound-mail.sendgrid.net), SES (a27-104.smtp-out.us-west-2.amazonses.com)
//   and EOP's outbound (mail-db8eur05on2089.outbound.protection.outlook.com) as realworld178/179.
//   Which ESP each CJK firm really uses is NOT confirmed: the rule under test reads the name, and
//   the relays are real ESPs' own. The names are the firms' real trading names in their own
//   scripts; the addresses are modelled.
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { ARGS, emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, RECEIVER, type Relay, signAll } from '../kit';
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
import { googleGroupsPost, postfixEntry, SENDGRID_OUT, SENDGRID_SPF, sendgridSigners } from '../rounds-kit';

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'aol' | 'box' | 'box-unknown';
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  outlook: 'robin@harbourline.example',
  yahoo: 'robin.reader@yahoo.com',
  aol: 'robin.reader@aol.com',
  box: 'robin@reader.example',
  'box-unknown': 'robin@reader.example',
};
const ARGS_OF: Record<Reader, string[]> = {
  gmail: GMAIL,
  outlook: OUTLOOK,
  yahoo: ['--webmail', 'yahoo'],
  aol: ['--webmail', 'yahoo'],
  box: ARGS,
  'box-unknown': ARGS,
};
const READER_NAME: Record<Reader, string> = {
  gmail: 'Gmail',
  outlook: 'Exchange Online (Outlook on the web)',
  yahoo: 'Yahoo Mail',
  aol: 'AOL Mail (Yahoo atlas)',
  box: 'a Postfix/rspamd box',
  'box-unknown': "a Postfix/rspamd box whose Postfix prints `unknown` for the client's name",
};
const SENT = 'Fri, 20 Nov 2026 09:59:40 +0000';

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarcRec = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; p=${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const dom = (a: string) => a.slice(a.lastIndexOf('@') + 1).replace(/>.*$/, '');

interface Sample {
  slug: string;
  cls: string;
  about: string;
  /** The message as it leaves its last relay (signed). */
  build: (rcpt: string) => Promise<string>;
  relay: Relay;
  envelope: string;
  /** Passing signatures the provider records. */
  dkim: Array<[string, string]>;
  /** The From domain, its policy (as Gmail prints it) and the provider's DMARC result. */
  from: string;
  policy: string;
  dmarc?: 'pass' | 'fail';
  zone: Record<string, unknown>;
  reads: Array<[Reader, boolean]>;
  want: (reader: Reader, online: boolean) => CaseExpectation;
}

const AUTH: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
const authed = () => AUTH;
/** Offline in Outlook, Exchange Online's record (no authserv-id) is read only where it shows a failure. */
const OUTLOOK_OFFLINE: CaseExpectation = { verdict: 'unverified' };
const CLEAN_NAME = ['display-name-brand', 'display-name-domain', 'lookalike-domain'];
/** Authenticated with no finding on the name; unverified (nothing read) offline in Outlook. */
const cleanName = (reader: Reader, online: boolean): CaseExpectation =>
  reader === 'outlook' && !online
    ? { ...OUTLOOK_OFFLINE, absentFindings: CLEAN_NAME }
    : { ...AUTH, absentFindings: CLEAN_NAME };
const listWant = (reader: Reader, online: boolean): CaseExpectation =>
  reader === 'outlook' && !online ? OUTLOOK_OFFLINE : AUTH;
const NOT_BAD: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };

function deliver(s: Sample, raw: string, reader: Reader, n: number): string {
  const { relay, envelope } = s;
  const env = dom(envelope);
  const dm = s.dmarc ?? 'pass';
  const P = s.policy.toUpperCase();
  switch (reader) {
    case 'gmail':
      return gmailDelivery(raw, {
        relay,
        envelope,
        to: RCPT.gmail,
        spf: 'pass',
        deliveredTo: true,
        ids: [`x${n}csp18${n}0pxa`, `a${n}si180w${n}qtb.${n % 90}`],
        results: [
          ...s.dkim.map(([d, sel]) => gmailDkim(d, sel)),
          gmailSpf(envelope, relay.ip),
          gmailDmarc(s.from, P, dm),
        ].join('\r\n       '),
      });
    case 'outlook':
      return eopDelivery(raw, {
        ip: relay.ip,
        helo: relay.helo,
        ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${env}; ${s.dkim.map(([d]) => `dkim=pass (signature was verified)\r\n header.d=${d};`).join('')}dmarc=${dm} action=none\r\n header.from=${s.from};compauth=pass reason=${dm === 'pass' ? '100' : '116'}`,
        spf: `Pass (protection.outlook.com: domain of ${env} designates\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
        returnPath: envelope,
      });
    case 'yahoo':
    case 'aol': {
      const y = (r: string) => `${r} arc_overridden_status=NOT_OVERRIDDEN;`;
      const o = {
        ip: relay.ip,
        helo: relay.helo,
        envelope,
        spf: `pass (domain of ${env} designates ${relay.ip} as permitted sender)`,
        ar: [
          ...s.dkim.map(([d, sel]) => y(`dkim=pass header.i=@${d} header.s=${sel}`)),
          y(`spf=pass smtp.mailfrom=${env}`),
          y(`dmarc=${dm}(p=${P}) header.from=${s.from}`),
        ].join('\r\n '),
      };
      return reader === 'yahoo'
        ? yahooOmega(raw, o, { tag: 'Rw180', pod: `5c8d6b7f9-${n}w${n}kr`, inner: `10.217.180.${10 + n}` })
        : aolAtlas(raw, o, { inner: `10.253.180.${10 + n}` });
    }
    default: {
      const shown: Relay = reader === 'box-unknown' ? { ...relay, rdns: 'unknown' } : relay;
      const date = `Fri, 20 Nov 2026 10:00:0${n % 10} +0000 (UTC)`;
      return onTop(
        raw,
        dovecotLmtp('mail.reader.example', envelope, RCPT.box, `Kw180${n}AbCdEf`, date),
        `Authentication-Results: ${RECEIVER};\r\n\t${[
          ...s.dkim.map(([d, sel]) => `dkim=pass header.d=${d} header.s=${sel} header.b=Q29ycHVz`),
          `spf=pass (${RECEIVER}: domain of "${envelope}" designates ${relay.ip} as permitted sender) smtp.mailfrom="${envelope}"`,
          `dmarc=${dm} reason="" (policy=${s.policy.toLowerCase()}) header.from=${s.from}`,
        ].join(';\r\n\t')}`,
        postfixEntry(shown, RECEIVER, `4Zw180${n}Qk`, RCPT.box, date),
      );
    }
  }
}

const compose =
  (o: {
    from: string;
    subject: string;
    body: string;
    id: string;
    extra?: string[];
    to?: string;
    signers: Array<[string, string]>;
    inside?: string[];
  }) =>
  async (rcpt: string) => {
    const raw = submitted({
      from: o.from,
      to: o.to ?? rcpt,
      subject: o.subject,
      date: SENT,
      messageId: `<${o.id}>`,
      extraHeaders: o.extra ?? [],
      body: o.body,
    });
    const signed = await signAll(raw, o.signers);
    return o.inside?.length ? onTop(signed, ...o.inside) : signed;
  };

// --- Relays ---------------------------------------------------------------------------------------
const GROUPS_IO: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
const TOPICBOX: Relay = {
  helo: 'tb-mta-b1.topicbox.com',
  rdns: 'tb-mta-b1.topicbox.com',
  ip: '103.168.172.107',
};
const SRHT: Relay = { helo: 'mail-b.sr.ht', rdns: 'mail-b.sr.ht', ip: '173.195.146.151' };
/** A Mailman 3 list on a DigitalOcean droplet (AS14061), its own domain's reverse name. */
const MM3_VPS: Relay = {
  helo: 'mail.lists.openriver.example',
  rdns: 'mail.lists.openriver.example',
  ip: '164.90.160.10',
};
const EOP_OUT: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2089.outbound.protection.outlook.com',
  ip: '40.107.22.89',
};
const SES: Relay = {
  helo: 'a27-104.smtp-out.us-west-2.amazonses.com',
  rdns: 'a27-104.smtp-out.us-west-2.amazonses.com',
  ip: '54.240.27.104',
};

const GROUP = 'allotments.groups.io';
const MM3 = 'lists.openriver.example';
const AUTHOR = 'quarkfield.example';

const ZONE: Record<string, unknown> = {
  ...[GROUPS_IO, TOPICBOX, SRHT, MM3_VPS, EOP_OUT, SES, SENDGRID_OUT].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {} as Record<string, unknown>,
  ),
  ...txt('groups.io', 'v=spf1 ip4:66.175.222.0/24 ~all'),
  ...dmarcRec('groups.io', 'none'),
  ...key('groups.io', '20140610'),
  ...txt('topicbox.com', 'v=spf1 ip4:103.168.172.0/24 ~all'),
  ...dmarcRec('topicbox.com', 'none'),
  ...key('topicbox.com', 'fm1'),
  ...txt('lists.sr.ht', 'v=spf1 ip4:173.195.146.151 ip4:46.23.81.152 -all'),
  ...dmarcRec('sr.ht', 'none'),
  ...txt(MM3, `v=spf1 ip4:${MM3_VPS.ip} -all`),
  ...dmarcRec(MM3, 'quarantine'),
  ...key(MM3, 'mm3'),
  ...txt(AUTHOR, 'v=spf1 include:_spf.google.com -all'),
  ...dmarcRec(AUTHOR, 'reject'),
  ...key(AUTHOR, 'google'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...txt('us-west-2.amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'),
  ...key('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'),
  ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/14 -all'),
  ...key('sendgrid.info', 'smtpapi'),
};

const LISTS_ALL: Array<[Reader, boolean]> = [
  ['gmail', true],
  ['gmail', false],
  ['outlook', true],
  ['outlook', false],
  ['yahoo', false],
  ['aol', false],
  ['box', false],
  ['box-unknown', true],
  ['box-unknown', false],
];

const groupsIoFields = (extra: string[] = []) => [
  `List-Id: <main.${GROUP}>`,
  `Mailing-List: list main@${GROUP}; contact main+owner@${GROUP}`,
  `List-Unsubscribe: <https://groups.io/g/allotments/leave/180/1800042/1896307328/plugh>`,
  `X-Received: from mail.${AUTHOR} (mail.${AUTHOR} [198.51.100.20])\r\n by mx.groups.io with SMTP id smtpd.web11.18001.1795168798682966305\r\n for <main@${GROUP}>;\r\n Fri, 20 Nov 2026 01:59:38 -0800`,
  ...extra,
];
const GIO_ENV = 'bounce+64575+180+1800042+8129362@groups.io';

// --- 1. List hosts and their notices --------------------------------------------------------------
function lists(): Sample[] {
  const gio = (o: {
    slug: string;
    about: string;
    from: string;
    subject: string;
    body: string;
    extra?: string[];
    id: string;
  }): Sample => ({
    slug: o.slug,
    cls: 'list-host-notice',
    about: o.about,
    build: compose({
      from: o.from,
      subject: o.subject,
      body: o.body,
      id: o.id,
      extra: o.extra,
      signers: [['groups.io', '20140610']],
    }),
    relay: GROUPS_IO,
    envelope: GIO_ENV,
    dkim: [['groups.io', '20140610']],
    from: dom(o.from),
    policy: 'none',
    zone: ZONE,
    reads: LISTS_ALL,
    want: listWant,
  });
  return [
    gio({
      slug: 'groupsio-awaiting-approval',
      about: `Genuine: groups.io's own moderation notice "Your message to main@${GROUP} is awaiting approval" from the group's owner address main+owner@${GROUP} (a subdomain of groups.io: relaxed DMARC alignment with d=groups.io s=20140610), no List-Id (a notice, not a post), sent from ${GROUPS_IO.helo} (${GROUPS_IO.rdns} [${GROUPS_IO.ip}], groups.io's servers on Linode), envelope bounce+…@groups.io. The provider records dkim, spf and dmarc pass.`,
      from: `Allotments Moderators <main+owner@${GROUP}>`,
      subject: 'Your message to main@allotments.groups.io is awaiting approval',
      body: `Your message "Seed swap on Saturday" to main@${GROUP} is awaiting approval by a moderator.\r\nYou will be notified when it is approved or rejected.\r\n`,
      id: '180a.1795168800000000001@groups.io',
    }),
    gio({
      slug: 'groupsio-digest',
      about: `Genuine: a groups.io daily digest, From "main@${GROUP} Digest" <main+digest@${GROUP}> (the group address inside the display name, as groups.io writes it: recalled), List-Id and Mailing-List of the group, signed d=groups.io, from groups.io's Linode servers. The provider records dkim, spf and dmarc pass.`,
      from: `"main@${GROUP} Digest" <main+digest@${GROUP}>`,
      subject: `[main] Digest for main@${GROUP} - 4 messages in 3 topics`,
      body: 'Topics:\r\n 1. Seed swap on Saturday\r\n 2. Water butts\r\n 3. Plot 14 handover\r\n',
      extra: groupsIoFields(),
      id: '180b.digest.1795168800@groups.io',
    }),
    gio({
      slug: 'groupsio-confirm-subscription',
      about: `Genuine: groups.io's subscription confirmation "Confirm your subscription to main@${GROUP}" from Groups.io <noreply@groups.io> (recalled), signed d=groups.io, from groups.io's Linode servers, with a confirmation link to groups.io. The provider records dkim, spf and dmarc pass (groups.io, p=none).`,
      from: 'Groups.io <noreply@groups.io>',
      subject: `Confirm your subscription to main@${GROUP}`,
      body: `Click to confirm your subscription: https://groups.io/confirm/180/c0ffee0180\r\n`,
      id: '180c.confirm.1795168800@groups.io',
    }),
    gio({
      slug: 'groupsio-bounce-probe',
      about: `Genuine: groups.io's bounce probe ("Your email has been bouncing", sent after the reader's server rejected posts), from main+owner@${GROUP}, signed d=groups.io, from groups.io's Linode servers. The provider records dkim, spf and dmarc pass.`,
      from: `main+owner@${GROUP}`,
      subject: `Your email is bouncing for main@${GROUP}`,
      body: 'Your email address has been bouncing. Reply to this message to resume delivery.\r\n',
      id: '180d.bounceprobe.1795168800@groups.io',
    }),
    {
      ...gio({
        slug: 'groupsio-post-munged-from',
        about: `Genuine: a groups.io post by a p=reject author (${AUTHOR}), From rewritten by groups.io to "Mira Okafor via groups.io" <noreply@groups.io> with Reply-To the group and the author's signature removed, signed d=groups.io, List-Id and the links footer, from groups.io's Linode servers. The provider records dkim, spf and dmarc pass for groups.io.`,
        from: 'Mira Okafor via groups.io <noreply@groups.io>',
        subject: '[allotments] Seed swap on Saturday',
        body: 'Bring labelled envelopes.\r\n\r\nMira\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nLinks: You receive all messages sent to this group.\r\nView/Reply Online (#180): https://groups.io/g/allotments/message/180\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n',
        extra: groupsIoFields([`Reply-To: main@${GROUP}`, `Sender: main@${GROUP}`]),
        id: '180e.post.1795168800@groups.io',
      }),
      cls: 'list-host-post',
    },
    {
      slug: 'topicbox-awaiting-moderation',
      cls: 'list-host-notice',
      about: `Genuine: Topicbox's moderation notice from the group's address at marinelab.topicbox.com, signed d=topicbox.com, from ${TOPICBOX.helo} [${TOPICBOX.ip}] (Fastmail, AS151847). The provider records dkim, spf and dmarc pass.`,
      build: compose({
        from: 'Marine Lab Sensors <sensors-owner@marinelab.topicbox.com>',
        subject: 'Your message to Sensors is awaiting moderation',
        body: 'Your message "Buoy 3 calibration" is held for moderator review.\r\n',
        id: '180f.tb@marinelab.topicbox.com',
        signers: [['topicbox.com', 'fm1']],
      }),
      relay: TOPICBOX,
      envelope: 'sensors-owner+bounces-180@marinelab.topicbox.com',
      dkim: [['topicbox.com', 'fm1']],
      from: 'marinelab.topicbox.com',
      policy: 'none',
      zone: ZONE,
      reads: [
        ['gmail', false],
        ['outlook', false],
        ['yahoo', false],
        ['box-unknown', false],
      ],
      want: listWant,
    },
    {
      slug: 'srht-post-unmodified',
      cls: 'list-host-post',
      about: `Genuine: a patch to a lists.sr.ht list by a p=reject author, passed unmodified (its own DKIM verifies and aligns), List-* for ~harbour/buoyd-devel, envelope at lists.sr.ht, from ${SRHT.helo} [${SRHT.ip}] (sourcehut's own hardware, AS17185), mail-b's own "Authentication-Results: mail-b.sr.ht; dkim=none" below.`,
      build: compose({
        from: `Mira Okafor <mira@${AUTHOR}>`,
        to: '~harbour/buoyd-devel@lists.sr.ht',
        subject: '[PATCH buoyd] sensor: debounce the float switch',
        body: '---\r\n sensor.c | 2 +-\r\n 1 file changed, 1 insertion(+), 1 deletion(-)\r\n',
        id: '20261120095940.180-1-mira@quarkfield.example',
        extra: [
          'List-Id: <~harbour/buoyd-devel.lists.sr.ht>',
          'List-Post: <mailto:~harbour/buoyd-devel@lists.sr.ht>',
          'List-Unsubscribe: <mailto:~harbour/buoyd-devel+unsubscribe@lists.sr.ht?subject=unsubscribe>',
          'Sender: ~harbour/buoyd-devel@lists.sr.ht',
        ],
        signers: [[AUTHOR, 'google']],
        inside: [
          'Authentication-Results: mail-b.sr.ht; dkim=none ',
          `Received: from git.sr.ht (unknown [173.195.146.142])\r\n\tby mail-b.sr.ht (Postfix) with ESMTPSA id B34EA11F180;\r\n\t${SENT}`,
        ],
      }),
      relay: SRHT,
      envelope: '~harbour/buoyd-devel@lists.sr.ht',
      dkim: [[AUTHOR, 'google']],
      from: AUTHOR,
      policy: 'reject',
      zone: ZONE,
      reads: [
        ['gmail', true],
        ['gmail', false],
        ['box-unknown', false],
      ],
      want: authed,
    },
    {
      slug: 'mailman3-vps-held-notice',
      cls: 'list-own-server',
      about: `Genuine: a Mailman 3 list run on its own DigitalOcean droplet (${MM3_VPS.rdns} [${MM3_VPS.ip}], AS14061, forward-confirmed), its "Your message to river-users awaits moderator approval" notice from river-users-owner@${MM3}, signed by the list's own domain (s=mm3, p=quarantine), SPF for the list's domain naming the droplet. Not a list hosting service: the list's own rented server. Wanted: never suspicious (DMARC passes for the list's own domain).`,
      build: compose({
        from: `river-users-owner@${MM3}`,
        subject: 'Your message to river-users@lists.openriver.example awaits moderator approval',
        body: 'Your mail to river-users is being held until the list moderator can review it for approval.\r\n\r\nThe message is being held because:\r\n\r\nThe message is not from a list member\r\n',
        id: '180g.held@lists.openriver.example',
        signers: [[MM3, 'mm3']],
      }),
      relay: MM3_VPS,
      envelope: `river-users-bounces@${MM3}`,
      dkim: [[MM3, 'mm3']],
      from: MM3,
      policy: 'quarantine',
      zone: ZONE,
      reads: [
        ['gmail', true],
        ['gmail', false],
        ['outlook', false],
        ['box-unknown', false],
      ],
      // Offline the rented server stays medium by design (ownServerEvidence: nothing confirms a
      // DigitalOcean customer's reverse name offline): suspicious, never spoofed.
      want: (_r, online) =>
        online ? NOT_BAD : { notVerdict: ['spoofed'], findings: ['hosted-server-relay'] },
    },
    {
      slug: 'discourse-mailing-list-mode',
      cls: 'list-forum',
      about: `Genuine: a self-hosted Discourse forum's mailing-list-mode copy of a post, From "Mira Okafor via Open River Forum" <notifications@forum.openriver.example> (Discourse's "<user> via <site>" form), List-Id and List-Archive of the category, X-Discourse-Post-Id / X-Discourse-Topic-Id, Precedence: list and Auto-Submitted, sent through SendGrid (${SENDGRID_OUT.helo} [${SENDGRID_OUT.ip}]) signed by the forum's domain and SendGrid's, p=quarantine.`,
      build: compose({
        from: 'Mira Okafor via Open River Forum <notifications@forum.openriver.example>',
        subject: '[Open River] [Paddling] Low water at the weir',
        body: 'The weir gauge read 0.4 m this morning.\r\n\r\n---\r\n[Visit Topic](https://forum.openriver.example/t/low-water-at-the-weir/180/1) or reply to this email to respond.\r\n\r\nYou are receiving this because you enabled mailing list mode.\r\n',
        id: 'topic/180/1@forum.openriver.example',
        extra: [
          'Reply-To: Open River Forum <replies+1a2b3c4d5e6f7a8b9c0d180@forum.openriver.example>',
          'List-Id: Paddling <paddling.forum.openriver.example>',
          'List-Archive: https://forum.openriver.example/t/low-water-at-the-weir/180',
          'Precedence: list',
          'Auto-Submitted: auto-generated',
          'X-Discourse-Post-Id: 1180',
          'X-Discourse-Topic-Id: 180',
        ],
        signers: sendgridSigners('forum.openriver.example'),
      }),
      relay: SENDGRID_OUT,
      envelope: 'bounces+180@em1180.forum.openriver.example',
      dkim: sendgridSigners('forum.openriver.example'),
      from: 'forum.openriver.example',
      policy: 'quarantine',
      zone: {
        ...ZONE,
        ...key('forum.openriver.example', 's1'),
        ...dmarcRec('forum.openriver.example', 'quarantine'),
        ...txt('forum.openriver.example', 'v=spf1 include:sendgrid.net -all'),
        ...txt('em1180.forum.openriver.example', SENDGRID_SPF),
      },
      reads: [
        ['gmail', true],
        ['gmail', false],
        ['yahoo', false],
        ['box-unknown', false],
      ],
      want: authed,
    },
  ];
}

// --- 2. CJK senders' names --------------------------------------------------------------------------
const CJK_READS: Array<[Reader, boolean]> = [
  ['gmail', true],
  ['gmail', false],
  ['outlook', false],
];

/** A firm's mail through SendGrid (its own s1 and SendGrid's smtpapi), p=reject. */
function viaSendgrid(o: {
  slug: string;
  name: string;
  address: string;
  subject: string;
  body: string;
  about: string;
  want?: CaseExpectation;
}): Sample {
  const d = dom(o.address);
  const bounce = `em1180.${d}`;
  return {
    slug: o.slug,
    cls: 'display-name-cjk',
    about: `Genuine: ${o.about} Display name "${o.name}" <${o.address}>, sent through SendGrid (${SENDGRID_OUT.helo} [${SENDGRID_OUT.ip}]), its own s1 DKIM and SendGrid's, p=reject: dkim, spf and dmarc pass.`,
    build: compose({
      from: `${o.name} <${o.address}>`,
      subject: o.subject,
      body: o.body,
      id: `180${o.slug}@${d}`,
      extra: ['Content-Language: ja'],
      signers: sendgridSigners(d),
    }),
    relay: SENDGRID_OUT,
    envelope: `bounces+180@${bounce}`,
    dkim: sendgridSigners(d),
    from: d,
    policy: 'reject',
    zone: {
      ...ZONE,
      ...key(d, 's1'),
      ...dmarcRec(d, 'reject'),
      ...txt(d, 'v=spf1 include:sendgrid.net -all'),
      ...txt(bounce, SENDGRID_SPF),
    },
    reads: CJK_READS,
    want: (reader, online) => o.want ?? cleanName(reader, online),
  };
}

/** A brand's own mail from `relay` (EOP's outbound for Microsoft, SES for Amazon), p=reject. */
function brandOwn(o: {
  slug: string;
  name: string;
  address: string;
  subject: string;
  relay: Relay;
  selector: string;
  spf: string;
  about: string;
}): Sample {
  const d = dom(o.address);
  const ses = o.relay === SES;
  const envelope = ses ? `0101019a180-w180@us-west-2.amazonses.com` : `bounce-180@${d}`;
  const signers: Array<[string, string]> = ses
    ? [
        [d, o.selector],
        ['amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'],
      ]
    : [[d, o.selector]];
  return {
    slug: o.slug,
    cls: 'display-name-cjk-brand-own',
    about: `Genuine: ${o.about} Display name "${o.name}" <${o.address}> from ${o.relay.helo} [${o.relay.ip}], signed d=${d}, p=reject: dkim and dmarc pass.`,
    build: compose({
      from: `${o.name} <${o.address}>`,
      subject: o.subject,
      body: 'このメールは送信専用アドレスから送信されています。\r\n',
      id: `180${o.slug}@${d}`,
      signers,
    }),
    relay: o.relay,
    envelope,
    dkim: signers,
    from: d,
    policy: 'reject',
    zone: {
      ...ZONE,
      ...key(d, o.selector),
      ...dmarcRec(d, 'reject'),
      ...txt(d, o.spf),
    },
    reads: CJK_READS,
    want: cleanName,
  };
}

/** A promoter or reseller naming a brand's gift cards: never spoofed; display-name-brand by design. */
const PROMOTER: CaseExpectation = { notVerdict: ['spoofed'] };

function names(): Sample[] {
  const MSFT_SPF = 'v=spf1 include:spf.protection.outlook.com -all';
  const SES_SPF = 'v=spf1 include:amazonses.com -all';
  return [
    brandOwn({
      slug: 'amazon-co-jp-order',
      name: 'Amazon.co.jp',
      address: 'auto-confirm@amazon.co.jp',
      subject: 'Amazon.co.jp ご注文の確認',
      relay: SES,
      selector: 'yg4mwqurec7fkhzutopddd3ytuaqrvuz',
      spf: SES_SPF,
      about: "Amazon Japan's order confirmation.",
    }),
    brandOwn({
      slug: 'amazon-giftcard-jp-own',
      name: 'Amazonギフトカード',
      address: 'gc-orders@gc.email.amazon.co.jp',
      subject: 'Amazonギフトカードが届きました',
      relay: SES,
      selector: 'rjbjpscbvt4jg5dbkw4ylqzdhhhmrswq',
      spf: SES_SPF,
      about: "Amazon Japan's own gift card delivery (the brand glued to the katakana 'gift card').",
    }),
    brandOwn({
      slug: 'amazon-cn-global-store',
      name: '亚马逊中国',
      address: 'store-news@amazon.cn',
      subject: '亚马逊海外购：您的订单已发货',
      relay: SES,
      selector: 'cn7mwq4rec7fkhzutopddd3ytuaqrv18',
      spf: SES_SPF,
      about:
        "Amazon China's own mail from amazon.cn (Amazon's Chinese store domain, still mailing for its overseas-purchase service).",
    }),
    brandOwn({
      slug: 'microsoft-japan-own',
      name: '日本マイクロソフト株式会社',
      address: 'msjapan@microsoft.com',
      subject: 'Microsoft 365 のご契約更新のお知らせ',
      relay: EOP_OUT,
      selector: 'selector2',
      spf: MSFT_SPF,
      about: "Microsoft Japan's own mail from microsoft.com through EOP's outbound.",
    }),
    brandOwn({
      slug: 'microsoft-account-team-jp',
      name: 'Microsoft アカウント チーム',
      address: 'account-security-noreply@accountprotection.microsoft.com',
      subject: 'Microsoft アカウントのセキュリティ コード',
      relay: EOP_OUT,
      selector: 'selector1',
      spf: MSFT_SPF,
      about: "Microsoft's Japanese account-security mail.",
    }),
    brandOwn({
      slug: 'netflix-ja-own',
      name: 'Netflix',
      address: 'info@account.netflix.com',
      subject: 'Netflixの新しいデバイスからのログイン',
      relay: SES,
      selector: 'kk2018',
      spf: SES_SPF,
      about: "Netflix's own Japanese account mail.",
    }),
    brandOwn({
      slug: 'netflix-ko-own',
      name: '넷플릭스',
      address: 'info@account.netflix.com',
      subject: '넷플릭스 멤버십이 갱신되었습니다',
      relay: SES,
      selector: 'kk2018',
      spf: SES_SPF,
      about: "Netflix's own Korean mail, its Hangul name alone.",
    }),
    brandOwn({
      slug: 'netflix-zh-own',
      name: 'Netflix 网飞会员中心',
      address: 'info@account.netflix.com',
      subject: '您的Netflix会员资格已续订',
      relay: SES,
      selector: 'kk2018',
      spf: SES_SPF,
      about: "Netflix's own Chinese-language mail (its Latin and Chinese names beside a desk).",
    }),
    viaSendgrid({
      slug: 'yahoo-japan-own',
      name: 'Yahoo! JAPAN',
      address: 'info@mail.yahoo.co.jp',
      subject: 'Yahoo! JAPAN IDのログイン通知',
      body: 'Yahoo! JAPAN IDでログインがありました。\r\n',
      about: "Yahoo! JAPAN's own mail (LY Corporation's, from yahoo.co.jp).",
    }),
    viaSendgrid({
      slug: 'rakuten-ichiba',
      name: '楽天市場',
      address: 'order@rakuten.co.jp',
      subject: '【楽天市場】注文内容ご確認',
      body: 'ご注文ありがとうございます。\r\n',
      about: "Rakuten Ichiba's order confirmation.",
    }),
    viaSendgrid({
      slug: 'docomo',
      name: 'NTTドコモ',
      address: 'info@docomo.ne.jp',
      subject: 'dポイント獲得のお知らせ',
      body: 'dポイントが付与されました。\r\n',
      about: "NTT docomo's points notice.",
    }),
    viaSendgrid({
      slug: 'line-official',
      name: 'LINE',
      address: 'no-reply@line.me',
      subject: 'LINEアカウントへのログインがありました',
      body: '新しい端末でログインがありました。\r\n',
      about: "LINE's login notice.",
    }),
    viaSendgrid({
      slug: 'kakao',
      name: '카카오계정',
      address: 'noreply@kakaocorp.com',
      subject: '카카오계정 로그인 알림',
      body: '새로운 기기에서 로그인되었습니다.\r\n',
      about: "Kakao's account notice (카카오계정, 'Kakao account').",
    }),
    viaSendgrid({
      slug: 'naver',
      name: '네이버 고객센터',
      address: 'help@navercorp.com',
      subject: '[네이버] 새로운 환경에서 로그인되었습니다',
      body: '로그인 알림입니다.\r\n',
      about: "Naver's help desk ('고객센터', a Korean desk word of DESK_AND_PRODUCT_WORDS).",
    }),
    viaSendgrid({
      slug: 'jd-com',
      name: '京东JD.COM',
      address: 'jd@newsletter.jd.com',
      subject: '京东：您的订单已出库',
      body: '您的订单已出库。\r\n',
      about: "JD.com's order notice (Chinese and Latin glued).",
    }),
    viaSendgrid({
      slug: 'taobao',
      name: '淘宝网',
      address: 'service@mail.taobao.com',
      subject: '淘宝网：您的宝贝已发货',
      body: '您购买的宝贝已发货。\r\n',
      about: "Taobao's shipping notice (淘宝 'treasure hunt', with 宝 as in 贝宝).",
    }),
    viaSendgrid({
      slug: 'alipay',
      name: '支付宝',
      address: 'service@mail.alipay.com',
      subject: '支付宝账户安全提醒',
      body: '您的支付宝账户在新设备登录。\r\n',
      about: "Alipay's security reminder (支付宝: 'pay treasure', a 宝 name beside 支付, a desk word).",
    }),
    viaSendgrid({
      slug: 'wechat-pay',
      name: '微信支付',
      address: 'weixinpay@tencent.com',
      subject: '微信支付凭证',
      body: '您已成功付款。\r\n',
      about: "WeChat Pay's payment receipt (微信支付: 微 as in 微软, then 支付).",
    }),
    viaSendgrid({
      slug: 'paypay-corp',
      name: 'PayPay',
      address: 'notice@paypay-corp.co.jp',
      subject: '【PayPay】パスワードリセットのお知らせ',
      body: 'PayPayをご利用いただきありがとうございます。\r\n',
      about:
        "PayPay's notice from notice@paypay-corp.co.jp, the address PayPay's help page names (paypay.ne.jp/help-online-merchant/B0033, as probe183 cites).",
    }),
    viaSendgrid({
      slug: 'paypay-main-domain',
      name: 'PayPay',
      address: 'no-reply@paypay.ne.jp',
      subject: 'PayPay残高のお知らせ',
      body: 'PayPay残高が更新されました。\r\n',
      about:
        "PayPay's balance notice from its main domain paypay.ne.jp (PayPay's own web domain; that it mails from it is NOT confirmed).",
    }),
    viaSendgrid({
      slug: 'amazon-giftcard-campaign-office',
      name: 'Amazonギフト券キャンペーン事務局',
      address: 'campaign@shinkai-denki.example',
      subject: '【当選】Amazonギフト券プレゼントキャンペーン',
      body: 'キャンペーンにご応募いただきありがとうございます。\r\n',
      about:
        "an electronics retailer's promotion office, prizes paid in Amazon gift cards (a genuine reseller's campaign desk).",
      want: PROMOTER,
    }),
    viaSendgrid({
      slug: 'google-play-giftcard-office',
      name: 'Google Play ギフトカード 事務局',
      address: 'gift@konbini-point.example',
      subject: 'Google Play ギフトカード コードのお届け',
      body: 'ギフトコードをお届けします。\r\n',
      about: "a convenience-store points operator's gift card desk (an authorised reseller).",
      want: PROMOTER,
    }),
    viaSendgrid({
      slug: 'bic-camera-apple-reseller',
      name: 'ビックカメラ.com（Apple製品取扱店）',
      address: 'info@biccamera-shop.example',
      subject: 'iPhone 予約受付のご案内',
      body: 'ご予約を承りました。\r\n',
      about: "an electronics chain's shop noting it sells Apple products ('Apple製品取扱店').",
    }),
  ];
}

async function googleGroups(write: CaseWriter): Promise<void> {
  const post = await googleGroupsPost({
    messageId: 'w180gg',
    tag: '[hikers] ',
    title: 'Trail Hikers',
    field: 'Reply-To: hikers@googlegroups.com',
    id: 'w180gg01',
  });
  emitCase(write, {
    name: 'w180-box-google-groups-post-tagged',
    class: 'list-google-groups',
    about:
      "Genuine: a Google Groups post (subject tag and footer added, googlegroups.com's signature, ARC by google.com recording the p=none author's pass) delivered to a Postfix box online. Wanted: not suspicious, never spoofed.",
    args: ARGS,
    eml: post.eml,
    zone: { ...post.zone, ...ptr('209.85.160.63', 'mail-qt1-x83f.google.com') },
    expect: { notVerdict: ['spoofed', 'suspicious'] },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  for (const s of [...lists(), ...names()]) {
    for (const [reader, online] of s.reads) {
      const i = n++;
      const raw = await s.build(RCPT[reader]);
      emitCase(write, {
        name: `w180-${reader}-${s.slug}${online ? '' : '-offline'}`,
        class: s.cls,
        about: `${s.about} Reader: ${READER_NAME[reader]}, ${online ? 'online' : 'offline'}.`,
        eml: deliver(s, raw, reader, i % 200),
        args: ARGS_OF[reader],
        ...(online ? { zone: s.zone } : {}),
        expect: s.want(reader, online),
      });
    }
  }
  await googleGroups(write);
}

// Pending (14 cases), four groups.
// A. groups.io offline in Exchange Online (5: w180-outlook-groupsio-{awaiting-approval,digest,
//    confirm-subscription,bounce-probe,post-munged-from}-offline). Read now: SUSPICIOUS,
//    hosted-server-relay:medium ("Nothing proves this message comes from allotments.groups.io, and
//    it was sent from an Akamai Cloud (Linode) server (66.175.222.12) rather than from an email
//    service"). Should: unverified, as every other message offline in Outlook reads (Topicbox's
//    notice, the CJK senders here): EOP's record names no authserv-id, so its passes are not read,
//    and nothing proves or disproves the host. At fault: lib/findings/hosted-server.ts
//    ownServerEvidence -> offlineListServer: it needs `a.provider`, which is null offline in Outlook
//    (lib/findings/summary.ts "read only where it shows a failure"), so the list host's own server
//    stays medium. Smallest fix: in offlineListServer, with no provider and the Outlook profile,
//    take the host (listHostingService, or the From's LIST_HOSTS host) when EOP's own entry line
//    and Return-Path name it (HELO and envelope under the host) AND EOP's record shows no failure
//    for SPF, DKIM or DMARC; return it as evidence so the finding drops to low (verdict unverified,
//    never authenticated: nothing is proven). A stranger's Linode VM claiming groups.io still reads
//    suspicious: EOP's record then shows spf=fail/softfail for groups.io's envelope or dmarc=fail for
//    its From, and failures ARE read. probe183-189 hold no groups.io case; probe67/69/75/81/124/125
//    (groups.io-shaped replays) are Gmail or box reads, untouched. Could hurt: nothing genuine.
// B. Amazon China's own mail from amazon.cn (3: w180-{gmail,gmail-…-offline,outlook-…-offline}-
//    amazon-cn-global-store). Read now: SUSPICIOUS, lookalike-domain:high ("the From domain
//    amazon.cn imitates amazon.com", "same name under another ending") and display-name-brand:medium
//    for "亚马逊中国". Should: authenticated (unverified offline in Outlook), no brand finding. At
//    fault: lib/findings/domains.ts BRANDS (Amazon's `domains` lacks amazon.cn; lookalike.ts
//    reasonAgainst's "same name under another ending" relies on BRANDS holding the brand's real
//    country domains). Fix: add 'amazon.cn' to Amazon's domains. Keeps probe183-189 (none uses
//    amazon.cn). Could hurt: nothing (amazon.cn is Amazon's registration).
// C. JD.com's "京东JD.COM" (3: w180-*-jd-com*). Read now: SUSPICIOUS (unverified in Outlook),
//    display-name-domain:medium ("the name shows 京东jd.com, but the message is from jd.com"): the
//    Han brand glued to the Latin domain is read as one IDN label. At fault: lib/findings/
//    display-name.ts findDomainInName (DOMAIN_WORD matches across the script change). Fix: read the
//    name with LATIN_BESIDE_CJK (domains.ts, export it) turned into spaces before matching, as
//    brandAsWritten does, so the domain shown is jd.com, the sender's own. Keeps probe183-189 (no
//    CJK-glued domain lure there); a lure "京东jd-help.com" still shows jd-help.com. Could hurt: a
//    genuine Chinese IDN written glued to Latin letters in a display name (not seen).
// D. PayPay's main domain (3: w180-*-paypay-main-domain*). Read now: SUSPICIOUS, lookalike-domain:
//    high ("paypay.ne.jp imitates paypal.com": one letter off). PayPay's notice from
//    paypay-corp.co.jp (the address its help page names) reads right. That PayPay mails from
//    paypay.ne.jp is NOT confirmed (its web domain). At fault: lib/findings/lookalike.ts
//    reasonAgainst's spelling distance against PayPal's label. Fix: a brand entry for PayPay in
//    BRANDS (domains paypay.ne.jp, paypay-corp.co.jp, paypay-card.co.jp, paypay-bank.co.jp; no
//    words, so no name reads as PayPay's) so its own domains imitate nothing. Keeps probe183's
//    "PayPay" controls and its PayPal lures (other domains). Could hurt: nothing genuine.
// By design (not pending): the Mailman 3 list on its own DigitalOcean droplet reads suspicious
// offline (hosted-server-relay:medium; nothing confirms a DigitalOcean customer's reverse name
// offline: ownServerEvidence) and authenticated online; promoters naming a brand's gift cards
// ("Amazonギフト券キャンペーン事務局", "Google Play ギフトカード 事務局") read suspicious
// (display-name-brand) from their own domains: a lure writes exactly so.
// Read right: groups.io's moderation notice, digest, subscription confirmation, bounce probe and
// munged post in Gmail, Yahoo, AOL and Postfix boxes (reverse name printed or `unknown`), offline
// and online (offlineListServer's SPF branch carries the `unknown` box); Exchange Online online;
// Topicbox's notice (Fastmail, an ESP); lists.sr.ht's unmodified post (mail-b.sr.ht, AS17185, no
// cloud); Discourse's mailing-list mode through SendGrid; a Google Groups post (unverified: p=none
// author, tag and footer); brands' own CJK mail (Amazon.co.jp, Amazonギフトカード, 日本マイクロソフト
// 株式会社, Microsoft アカウント チーム, Netflix as "Netflix", "넷플릭스", "Netflix 网飞会员中心"),
// Yahoo! JAPAN, 楽天市場, NTTドコモ, LINE, 카카오계정, 네이버 고객센터, 淘宝网, 支付宝, 微信支付, PayPay
// from paypay-corp.co.jp, "ビックカメラ.com（Apple製品取扱店）".
// Fixed on 2026-12-07 at 05:3x: B (amazon.cn among Amazon's domains) and C (lib/findings/
// display-name.ts findDomainInName reads a domain apart from Chinese or Japanese words glued to it,
// LATIN_BESIDE_CJK). Left pending: A (Outlook offline reads no EOP pass, so groups.io's server
// stays medium: the same as red-team round 190's C) and D (PayPay: that it mails from paypay.ne.jp
// is not confirmed, and a brand entry for it would add CamelCase and look-alike readings of its
// own; its confirmed notice address, paypay-corp.co.jp, reads right).
// Fixed on 2026-12-07 at 08:1x: A (5), close to the proposal: offline in Outlook, Exchange Online's
// own record above its entry line of DKIM for the list host and SPF for an envelope under it (a
// post, or the host's own notice with its DMARC pass for the From) makes the host's server its own
// (lib/findings/hosted-server.ts eopListServer): hosted-server-relay low, the verdict unverified.
// The expectation no longer asks that finding absent: online it stands at low too.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w180-gmail-paypay-main-domain',
  'w180-gmail-paypay-main-domain-offline',
  'w180-outlook-paypay-main-domain-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
