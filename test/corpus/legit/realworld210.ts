// Real-world delivery shapes, two-hundred-and-tenth round: lists and groups whose envelope aligns
// with the From, read after red-team round 221's change (an unsigned post whose DMARC pass rests
// only on the list's own bounce envelope reads unverified, Origin.listRelay; a list host's own
// signature no longer vouches for the author, DkimCheck.listSigned; lib/findings/list-evidence.ts).
// Readers: Gmail, Outlook (Exchange Online), Yahoo and a Postfix/Dovecot box with OpenDKIM/OpenDMARC
// (`--authserv-id`), online (a zone) and offline (no zone). What it models: Google Groups on a
// Workspace domain (eng+bnc…@firm.example), Microsoft 365 distribution lists (expansion inside the
// tenant and out to an external member), Mailman 2 and 3 with DMARC munging (the list's own From)
// and without it (a p=none society), Sympa re-signing, LISTSERV's own envelope and its
// `-dmarc-request` From, groups.io's enterprise groups on a firm's `lists.` subdomain, mlmmj, a
// firm's announce list run by its ESP with a `bounce-` envelope, a list digest, a Sympa moderation
// notice and a nested list (a regional Mailman list subscribed to the national one).
// Expectation: never spoofed; `['authenticated','unverified']` where a user should trust it;
// `unverified` where the only aligned pass is the list's own envelope or signature (by design).
// Where the layouts were learnt (code corpus, `find_string` / `read_file`; ids are read_file ids):
// - Google Groups on a Workspace domain: a blinux-list@redhat.com post (id 33122043900, Mar 2024):
//   Return-Path `blinux-list+bncBDYPV…@redhat.com`, handed out by mail-qt1-f199.google.com
//   [209.85.160.199], ARC i=1/i=2 by d=google.com, X-Original-Sender, X-Original-Authentication-
//   Results, Precedence: list, `Mailing-list: list blinux-list@redhat.com; contact
//   blinux-list+owners@redhat.com`, `List-ID: <blinux-list.redhat.com>`, X-Spam-Checked-In-Group,
//   X-Google-Group-Id, List-Post `<https://groups.google.com/a/redhat.com/group/…/post>,
//   <mailto:…>`, List-Help, List-Archive, List-Unsubscribe `<mailto:googlegroups-manage+<id>
//   +unsubscribe@googlegroups.com>`, the footer "You received this message because you are
//   subscribed to the Google Groups … group."; no DKIM-Signature of redhat.com on the hand-off;
//   the author's From kept. Also lists.one-eyed-alien.net's Workspace group (id 14238684000).
// - groups.io enterprise on a customer's domain: lists.cip-project.org posts (ids 5802501127,
//   41400251527): Return-Path `bounce+64575+244279+4520527+8129362@lists.cip-project.org`,
//   `Received: from mail01.groups.io (web01.groups.io [66.175.222.12])`, DKIM d=lists.cip-project.org
//   s=20140610 c=relaxed/simple over `MIME-Version:Subject:From:To:Date:Message-ID:…:List-Id:
//   Mailing-List:Delivered-To:Reply-To:List-Unsubscribe-Post:List-Unsubscribe:…`, Sender the group,
//   `Mailing-List: list …; contact …+owner@…`, `Delivered-To: mailing list …`, the
//   "-=-=-=-… Links: You receive all messages sent to this group." footer.
// - mlmmj's bounce envelope `<list>+bounces-<user=domain>-<n>@host`: mlmmj 1.2.18.1's
//   bouncemail.c (Cl4sm/CSE576_Project dataset-scripts/src/selected-function-code/mlmmj-1.2.18.1/
//   bouncemail.c: the address is split at the list delimiter, the member up to the last '-').
// - Mailman 2.1 fields and footer: test/corpus/list-shapes.ts mailmanHeaders/mailmanFooter; the
//   DMARC munge `"Name via List" <list@host>` with the author in Reply-To: list-evidence.ts's
//   listFromRewrite and Mailman 3's "DMARC Mitigations" page cited there. Sympa's and LISTSERV's
//   fields as realworld209.ts (ids there); LISTSERV's `<hex>-dmarc-request@` From as real-mail
//   rounds 4 and 39 (list-evidence.ts listBounceEnvelope's comment).
// - Exchange Online hops and EOP's results: test/corpus/receivers.ts, m365-shapes.ts (README-m365).
// NOT confirmed (modelled): whether Google signs a Workspace group's hand-off with the domain's own
// key (the redhat.com copy has none; modelled both ways); a Workspace member's post reaching the
// group through mail-sor (an SMTP line with a public Google address below Google's hand-off);
// Google Groups' digest sender and layout; Exchange Online keeping the author's envelope on a
// distribution list's expansion to an outside member (ReportToOriginatorEnabled), and the tenant
// re-signing it; Mailman 3 on a host whose OpenDKIM signs d=lists.society.example; Sympa's
// dkim_feature signing d=lists.univ.example over List-Id and its footer text and moderation notice
// wording; LISTSERV's "Sender: <list title> <LIST@LISTSERV…>" beside an unmunged post; groups.io
// enterprise leaving the author's From for a p=none domain; mlmmj's List-Id (customheaders) and
// footer; the ESP's Lyris-style `bounce-<list>-<n>@` envelope, List-Unsubscribe `leave-…X@`, its
// re-signing with the firm's key and `List-Post: NO`; the nested list's field handling (Mailman 2
// drops the inner list's List-* fields and writes its own). Every SPF record, DMARC policy and
// address is made up to fit (documentation names), except Google's, Microsoft's and groups.io's
// hosts; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, KEY, legitCorpus, ptr, RECEIVER, type Relay } from '../kit';
import { mailmanFooter, mailmanHeaders } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { type Dkim, type Found, type Reader, readerDelivery, signInOrder } from '../reader-delivery';
import { exchangeInternal } from '../receivers';

const BOX = ['--authserv-id', RECEIVER];
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];

/** Genuine mail the user should trust: authenticated, or at least not a warning. */
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };
/** The author's own key signs (or the list's own word): authenticated. */
const AUTHENTIC: CaseExpectation = { verdict: 'authenticated', notVerdict: ['spoofed'] };
/**
 * A member's post that nothing of the author's signed: its DMARC pass rests on the list's own
 * envelope (or the list host's own signature), which proves that someone posted, not who.
 */
const LIST_ONLY: CaseExpectation = { verdict: 'unverified', notVerdict: ['spoofed'] };

const deliver = readerDelivery({ round: '210', lmtp: 'tM2yN3x1PWf0cQAA' });

interface Shape {
  name: string;
  about: string;
  class: string;
  reader: Reader;
  raw: string;
  relay: Relay;
  env: string;
  found: Found;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  /** Also written `-offline` (no zone), expecting `offlineExpect` or the same. */
  offline?: boolean;
  offlineExpect?: CaseExpectation;
  twin?: boolean;
}

const READER_ARGS: Record<Reader, string[]> = { gmail: GMAIL, box: BOX, yahoo: YAHOO, outlook: OUTLOOK };

const AUTHOR_H = ['from', 'to', 'cc', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
const key = (...names: string[]) => Object.fromEntries(names.map((n) => [n, KEY()]));
const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const spf = (d: string, ips: string[]) => ({
  [d]: { TXT: [`v=spf1 ${ips.map((i) => `ip4:${i}`).join(' ')} -all`] },
});
const GOOGLE_SPF = { '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all'] } };
/** A line `by` writes on taking the post from `from` (a Postfix intake line). */
const intake = (from: string, ip: string, by: string, id: string, rcpt: string, at = '09:59:58') =>
  `Received: from ${from} (${from} [${ip}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 ${at} +0000 (UTC)`;

// =============================================================================================
// Google Groups on a Workspace domain: eng@firm.example
// =============================================================================================
const GGROUP: Relay = {
  helo: 'mail-qt1-f199.google.com',
  rdns: 'mail-qt1-f199.google.com',
  ip: '209.85.160.199',
};
const GG_ENV = 'eng+bncBDYPVTOXSQEBB6HURKYAMGQEQW3K7AQ@firm.example';
const FIRM_ZONE = {
  ...GOOGLE_SPF,
  'firm.example': { TXT: ['v=spf1 include:_spf.google.com -all'] },
  ...dmarc('firm.example', 'quarantine'),
  ...key('google._domainkey.firm.example', '20230601._domainkey.firm-example.20230601.gappssmtp.com'),
};
const GG_FIELDS = (sender: string, results: string) => [
  `X-Original-Sender: ${sender}`,
  `X-Original-Authentication-Results: mx.google.com;       ${results}`,
  'Precedence: list',
  'Mailing-list: list eng@firm.example; contact eng+owners@firm.example',
  'List-ID: <eng.firm.example>',
  'X-Spam-Checked-In-Group: eng@firm.example',
  'X-Google-Group-Id: 304886998210',
  'List-Post: <https://groups.google.com/a/firm.example/group/eng/post>, <mailto:eng@firm.example>',
  'List-Help: <https://support.google.com/a/firm.example/bin/topic.py?topic=25838>, <mailto:eng+help@firm.example>',
  'List-Archive: <https://groups.google.com/a/firm.example/group/eng/>',
  'List-Unsubscribe: <mailto:googlegroups-manage+304886998210+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/firm.example/group/eng/subscribe>',
];
const GG_FOOTER =
  '\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Engineering" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to eng+unsubscribe@firm.example.\r\n';
/** Google's own lines on the group's hand-off (no address: Google's inside). */
const googleInner = (id: string) =>
  `Received: by mail-qt1-f199.google.com with SMTP id d75a77b69052e-${id}sf60370611cf.3\r\n        for <robin.reader@gmail.com>; Fri, 20 Nov 2026 02:00:04 -0800 (PST)`;
/** The member's post reaching the group from Gmail's sending host. */
const googleIntake = (id: string) =>
  `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n        by mx.google.com with SMTPS id o4-20020ac85a44000000b00${id}si2642890qta.614.2026.11.20.02.00.03\r\n        for <eng@firm.example>\r\n        (Google Transport Security);\r\n        Fri, 20 Nov 2026 02:00:03 -0800 (PST)`;

async function workspaceGroupCases(emit: (s: Shape) => void): Promise<void> {
  /** A staffer's post to eng@; `authorKey` the Workspace key it is signed with, `groupSigns` whether the hand-off is. */
  const post = async (o: { id: string; authorKey: [string, string]; groupSigns: boolean }) => {
    const orig = await signInOrder(
      submitted({
        from: 'Priya Raman <priya@firm.example>',
        to: 'eng@firm.example',
        subject: 'Deploy freeze from Thursday 18:00',
        messageId: `<CAw210${o.id}xQ7p=kR4m@mail.gmail.com>`,
        body: 'Hi all,\r\n\r\nthe deploy freeze for the year-end release starts Thursday 18:00 UTC.\r\nHotfixes go through #release as usual.\r\n\r\nPriya\r\n',
      }),
      [{ d: o.authorKey[0], s: o.authorKey[1], h: AUTHOR_H }],
    );
    const grouped = appendHeaders(
      orig + GG_FOOTER,
      ...GG_FIELDS(
        'priya@firm.example',
        `dkim=pass header.i=@${o.authorKey[0]} header.s=${o.authorKey[1]};       spf=pass (google.com: domain of priya@firm.example designates 209.85.220.41 as permitted sender) smtp.mailfrom=priya@firm.example;       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=firm.example`,
      ),
    );
    const taken = onTop(grouped, googleInner(o.id), googleIntake(o.id));
    return o.groupSigns
      ? signInOrder(taken, [
          {
            d: 'firm.example',
            s: 'google',
            h: [
              'from',
              'to',
              'subject',
              'date',
              'message-id',
              'list-id',
              'list-post',
              'list-unsubscribe',
              'mime-version',
            ],
          },
        ])
      : taken;
  };
  const authorBroken: Dkim = { d: 'firm.example', s: 'google', r: 'fail' };
  const groupSig: Dkim = { d: 'firm.example', s: 'google', r: 'pass' };
  const pass = { from: 'firm.example', policy: 'quarantine', result: 'pass' as const };
  const signed = await post({ id: 'Aa1', authorKey: ['firm.example', 'google'], groupSigns: true });
  for (const reader of ['gmail', 'box', 'yahoo'] as Reader[]) {
    emit({
      name: `w210-${reader}-workspace-group-staffer-signed-group-resigns-firm`,
      about: `Genuine: a Workspace member (priya@firm.example, signed d=firm.example s=google) posts to her firm's own Google Group eng@firm.example; the group appends its footer (her signature fails on the body hash) and Google signs the hand-off d=firm.example (modelled), envelope eng+bnc…@firm.example from mail-qt1-f199.google.com. ${reader}: her key fails, the group's passes, spf=pass, dmarc=pass (p=quarantine). Her own signature verifies once the footer is undone: trusted.`,
      class: 'workspace-group',
      reader,
      raw: signed,
      relay: GGROUP,
      env: reader === 'box' ? 'eng+bncBDYPVTOXSQEBB6HURKYAMGQEQW3K7AQ@firm.example' : GG_ENV,
      found: { dkim: [authorBroken, groupSig], spf: 'pass', dmarc: pass },
      zone: FIRM_ZONE,
      expect: TRUSTED,
      offline: reader !== 'yahoo',
      twin: reader === 'gmail',
    });
  }
  const unsignedHandoff = await post({ id: 'Bb2', authorKey: ['firm.example', 'google'], groupSigns: false });
  for (const reader of ['outlook', 'gmail', 'box'] as Reader[]) {
    emit({
      name: `w210-${reader}-workspace-group-staffer-signed-handoff-unsigned`,
      about: `Genuine: the same post where Google does not sign the group's hand-off (as the redhat.com Workspace group's copy shows): only her footer-broken d=firm.example signature, envelope eng+bnc…@firm.example (SPF through include:_spf.google.com). ${reader}: dkim fails on the body hash, spf=pass, dmarc=pass on the group's envelope. Her signature verifies once Google's footer is undone: trusted.`,
      class: 'workspace-group',
      reader,
      raw: unsignedHandoff,
      relay: GGROUP,
      env: GG_ENV,
      found: { dkim: [authorBroken], spf: 'pass', dmarc: pass },
      zone: FIRM_ZONE,
      expect: TRUSTED,
      offline: reader === 'gmail',
    });
  }
  emit({
    name: 'w210-gmail-workspace-group-staffer-gappssmtp-only-envelope-pass',
    about:
      "Genuine: a Workspace that never set up its own DKIM key: Google signs the member's mail with its default d=firm-example.20230601.gappssmtp.com (unaligned), the group adds its footer and hands out unsigned with eng+bnc…@firm.example. Gmail: dkim=neutral for gappssmtp, spf=pass, dmarc=pass on the group's own envelope alone. Nothing of firm.example signed: the pass proves someone posted to the group; unverified by design (today's change).",
    class: 'workspace-group-envelope-only',
    reader: 'gmail',
    raw: await post({
      id: 'Cc3',
      authorKey: ['firm-example.20230601.gappssmtp.com', '20230601'],
      groupSigns: false,
    }),
    relay: GGROUP,
    env: GG_ENV,
    found: {
      dkim: [{ d: 'firm-example.20230601.gappssmtp.com', s: '20230601', r: 'fail' }],
      spf: 'pass',
      dmarc: pass,
    },
    zone: FIRM_ZONE,
    expect: LIST_ONLY,
    offline: true,
  });
  emit({
    name: 'w210-gmail-workspace-group-gappssmtp-author-group-signs-firm',
    about:
      "Genuine: the member's mail signed only by Google's default d=firm-example.20230601.gappssmtp.com (the Workspace set up no key of its own for users), while the group's hand-off is signed d=firm.example over List-ID (modelled), envelope eng+bnc…@firm.example. Gmail: gappssmtp neutral (footer), dkim=pass firm.example (the group's), spf=pass, dmarc=pass. The group's own signature vouches for no author: unverified by design (today's change).",
    class: 'workspace-group-envelope-only',
    reader: 'gmail',
    raw: await post({
      id: 'Ee5',
      authorKey: ['firm-example.20230601.gappssmtp.com', '20230601'],
      groupSigns: true,
    }),
    relay: GGROUP,
    env: GG_ENV,
    found: {
      dkim: [{ d: 'firm-example.20230601.gappssmtp.com', s: '20230601', r: 'fail' }, groupSig],
      spf: 'pass',
      dmarc: pass,
    },
    zone: FIRM_ZONE,
    expect: LIST_ONLY,
    offline: true,
  });
  // The group's abridged digest: written inside Google, From the group's own address.
  const digest = await signInOrder(
    onTop(
      submitted({
        from: 'eng@firm.example',
        to: 'Digest recipients <eng@firm.example>',
        subject: '[eng] Abridged summary of eng@firm.example - 3 updates in 2 topics',
        messageId: '<0000000000004a8c2b0610w210dig@google.com>',
        extraHeaders: GG_FIELDS('eng@firm.example', 'spf=pass smtp.mailfrom=eng@firm.example'),
        body: "eng@firm.example\r\nToday's topic summary\r\n\r\nGroup: https://groups.google.com/a/firm.example/group/eng/topics\r\n\r\n    Deploy freeze from Thursday 18:00 - 2 Updates\r\n    On-call rota for December - 1 Update\r\n",
      }),
      googleInner('Dd4'),
    ),
    [{ d: 'firm.example', s: 'google', h: ['from', 'to', 'subject', 'date', 'message-id', 'list-id'] }],
  );
  emit({
    name: 'w210-gmail-workspace-group-abridged-digest',
    about:
      'Genuine: the group\'s own abridged digest (From eng@firm.example, "[eng] Abridged summary of …"), composed inside Google (no intake line), signed d=firm.example (modelled), envelope eng+bnc…@firm.example. Gmail: dkim=pass, spf=pass, dmarc=pass. The group\'s own word: trusted.',
    class: 'list-server-notice',
    reader: 'gmail',
    raw: digest,
    relay: GGROUP,
    env: GG_ENV,
    found: { dkim: [groupSig], spf: 'pass', dmarc: pass },
    zone: FIRM_ZONE,
    expect: TRUSTED,
    offline: true,
  });
}

// =============================================================================================
// Microsoft 365: a distribution list inside the tenant and out to an external member
// =============================================================================================
const HL = 'harbourline.example';
const HL_ZONE = {
  ...M365_SPF_ZONE,
  [HL]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  ...dmarc(HL, 'reject'),
  ...key(`selector1._domainkey.${HL}`),
};
const EXO_OUT: Relay = {
  helo: 'NAM12-BN8-obe.outbound.protection.outlook.com',
  rdns: 'mail-bn8nam12on2101.outbound.protection.outlook.com',
  ip: '40.107.237.101',
};

async function m365Cases(emit: (s: Shape) => void, write: CaseWriter): Promise<void> {
  const note = (to: string, id: string) =>
    submitted({
      from: 'Marta Quinn <marta.quinn@harbourline.example>',
      to,
      subject: 'Office closed Friday 27 November',
      date: 'Fri, 20 Nov 2026 09:59:00 +0000',
      messageId: `<PH0PR11MB4871${id}@PH0PR11MB4871.namprd11.prod.outlook.com>`,
      body: 'Dear all,\r\n\r\nthe office is closed on Friday 27 November for the building inspection.\r\n\r\nMarta\r\nFacilities\r\n',
    });
  // Inside the tenant: expanded by Exchange, never through EOP.
  emitCase(write, {
    name: 'w210-outlook-m365-distribution-list-all-staff-inside-tenant',
    about:
      "Genuine: a Harbourline employee writes to the distribution list all-staff@harbourline.example; Exchange Online expands it inside the tenant and delivers over HTTPS (MAPI submission, no EOP entry, EOP's id-less internal results at the bottom). Read in Outlook: the tenant's own internal mail: trusted.",
    class: 'm365-distribution-list',
    args: OUTLOOK,
    eml: exchangeInternal(note('All Staff <all-staff@harbourline.example>', 'W210A'), {
      mailbox: 'PH0PR11MB4871.namprd11.prod.outlook.com',
      mailboxIp: '2603:10b6:510:1d5::31',
      linkLocal: 'fe80::4a1c:9e02:7b3d:51aa%5',
      server: 'SA1PR11MB6734.namprd11.prod.outlook.com',
      date: 'Fri, 20 Nov 2026 09:59:01 +0000',
      fromDomain: HL,
      tenant: '5b2f1e4a-9c3d-4e8b-a7f6-2d1c0b9e8a73',
      returnPath: `marta.quinn@${HL}`,
    }),
    zone: HL_ZONE,
    expect: TRUSTED,
  });
  // To an outside member: the expansion goes out through EOP, signed by the tenant.
  const out = onTop(
    await signInOrder(note('All Staff <all-staff@harbourline.example>', 'W210B'), [
      { d: HL, s: 'selector1', h: AUTHOR_H },
    ]),
    ...senderTenantHops('PH0PR11MB4871'),
  );
  emit({
    name: 'w210-gmail-m365-distribution-list-expanded-to-outside-member',
    about:
      "Genuine: the same note through the distribution list, expanded to an outside member (a contractor's Gmail address): Exchange Online keeps the author's envelope (modelled) and signs d=harbourline.example selector1; no list fields. Gmail: dkim=pass, spf=pass, dmarc=pass (p=reject): authenticated.",
    class: 'm365-distribution-list',
    reader: 'gmail',
    raw: out,
    relay: EXO_OUT,
    env: `marta.quinn@${HL}`,
    found: {
      dkim: [{ d: HL, s: 'selector1', r: 'pass' }],
      spf: 'pass',
      dmarc: { from: HL, policy: 'reject', result: 'pass' },
    },
    zone: HL_ZONE,
    expect: AUTHENTIC,
    offline: true,
  });
}

// =============================================================================================
// Mailman 2 / 3 at a learned society (lists.society.example), a p=none guild's Mailman
// =============================================================================================
const SOC: Relay = { helo: 'lists.society.example', rdns: 'lists.society.example', ip: '192.0.2.140' };
const SOC_ZONE = {
  ...ptr(SOC.ip, SOC.rdns),
  'society.example': { TXT: ['v=spf1 include:_spf.google.com -all'] },
  ...GOOGLE_SPF,
  ...spf('lists.society.example', [SOC.ip]),
  ...dmarc('society.example', 'reject'),
  ...key('google._domainkey.society.example', 'lists._domainkey.lists.society.example'),
};
const GUILD: Relay = { helo: 'mail.guild.example', rdns: 'mail.guild.example', ip: '198.51.100.150' };
const GUILD_ZONE = {
  ...ptr(GUILD.ip, GUILD.rdns),
  ...spf('guild.example', [GUILD.ip, '198.51.100.151']),
  ...dmarc('guild.example', 'none'),
};

async function societyCases(emit: (s: Shape) => void): Promise<void> {
  // Mailman 2.1 with dmarc_moderation_action "Munge From": the From is the list's own address.
  const staffer = (to: string, id: string) =>
    signInOrder(
      submitted({
        from: 'Jo Adeyemi <jo.adeyemi@society.example>',
        to,
        subject: 'Annual meeting: agenda and proxy forms',
        messageId: `<CAw210Soc${id}=Zp3@mail.gmail.com>`,
        body: "Dear members,\r\n\r\nthe agenda and proxy forms for the annual meeting on 9 December are on the members' site.\r\n\r\nJo Adeyemi\r\nExecutive Secretary\r\n",
      }),
      [{ d: 'society.example', s: 'google', h: AUTHOR_H }],
    );
  const munged = (raw: string, list: string, title: string) =>
    raw
      .replace(
        /^From: Jo Adeyemi <jo.adeyemi@society.example>/m,
        `From: Jo Adeyemi via ${title} <${list}@lists.society.example>\r\nReply-To: Jo Adeyemi <jo.adeyemi@society.example>`,
      )
      .replace(/^Subject: /m, `Subject: [${title}] `);
  const m2 = appendHeaders(
    munged(await staffer('members@lists.society.example', 'A'), 'members', 'Members') +
      mailmanFooter('members', 'lists.society.example', 'Members'),
    ...mailmanHeaders('members', 'lists.society.example', 'Members'),
  );
  const m2Taken = onTop(
    m2,
    intake(
      'mail-sor-f41.google.com',
      '209.85.220.41',
      'lists.society.example',
      '4dW210Soc1',
      'members@lists.society.example',
    ),
  );
  const socListPass = { from: 'lists.society.example', policy: 'reject', result: 'pass' as const };
  emit({
    name: 'w210-gmail-society-mailman2-dmarc-munged-staffer-post',
    about:
      "Genuine: the society's executive secretary (jo.adeyemi@society.example, p=reject, Workspace-signed) posts to members@lists.society.example; Mailman 2.1 munges the From to \"Jo Adeyemi via Members\" <members@lists.society.example> (author in Reply-To), tags and footers it, and hands out unsigned with members-bounces@lists.society.example. Gmail: her key fails, spf=pass, dmarc=pass for lists.society.example (the society's p=reject, inherited) on the list's own envelope. The From is the list's own address: the list's word, trusted.",
    class: 'mailman-munged',
    reader: 'gmail',
    raw: m2Taken,
    relay: SOC,
    env: 'members-bounces@lists.society.example',
    found: { dkim: [{ d: 'society.example', s: 'google', r: 'fail' }], spf: 'pass', dmarc: socListPass },
    zone: SOC_ZONE,
    expect: TRUSTED,
    offline: true,
    twin: true,
  });
  // Mailman 3 munged, the host's OpenDKIM signing d=lists.society.example.
  const m3 = await signInOrder(
    onTop(
      appendHeaders(
        munged(await staffer('council@lists.society.example', 'B'), 'council', 'Council') +
          '_______________________________________________\r\nCouncil mailing list -- council@lists.society.example\r\nTo unsubscribe send an email to council-leave@lists.society.example\r\n',
        'Message-ID-Hash: W210K7QZPMXH4B7DL2YVRNCE6TJAFSOC',
        'X-Message-ID-Hash: W210K7QZPMXH4B7DL2YVRNCE6TJAFSOC',
        'X-MailFrom: jo.adeyemi@society.example',
        'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address',
        'X-Mailman-Version: 3.3.9',
        'Precedence: list',
        'List-Id: Council <council.lists.society.example>',
        'List-Help: <mailto:council-request@lists.society.example?subject=help>',
        'List-Owner: <mailto:council-owner@lists.society.example>',
        'List-Post: <mailto:council@lists.society.example>',
        'List-Subscribe: <mailto:council-join@lists.society.example>',
        'List-Unsubscribe: <mailto:council-leave@lists.society.example>',
      ),
      intake(
        'mail-sor-f41.google.com',
        '209.85.220.41',
        'lists.society.example',
        '4dW210Soc2',
        'council@lists.society.example',
      ),
    ),
    [
      {
        d: 'lists.society.example',
        s: 'lists',
        h: ['from', 'reply-to', 'subject', 'date', 'message-id', 'list-id', 'list-post'],
      },
    ],
  );
  emit({
    name: 'w210-box-society-mailman3-munged-host-signs-lists-subdomain',
    about:
      "Genuine: the same secretary to council@lists.society.example on Mailman 3 (DMARC mitigation: munge From), the host's OpenDKIM signing d=lists.society.example (modelled), envelope council-bounces+robin=reader.example@lists.society.example. The box: her key fails, the host's passes, spf=pass, dmarc=pass for lists.society.example. The list's own From and key: trusted.",
    class: 'mailman-munged',
    reader: 'box',
    raw: m3,
    relay: SOC,
    env: 'council-bounces+robin=reader.example@lists.society.example',
    found: {
      dkim: [
        { d: 'society.example', s: 'google', r: 'fail' },
        { d: 'lists.society.example', s: 'lists', r: 'pass' },
      ],
      spf: 'pass',
      dmarc: socListPass,
    },
    zone: SOC_ZONE,
    expect: TRUSTED,
    offline: true,
  });
  // A p=none guild: Mailman 2.1 does not munge; the secretary's own server signs nothing.
  const guildPost = appendHeaders(
    submitted({
      from: 'Tom Brandt <secretary@guild.example>',
      to: 'members@guild.example',
      subject: '[Guild] Workshop rota for December',
      messageId: '<20261120095801.GA4412@mail.guild.example>',
      body: "Hello all,\r\n\r\nthe workshop rota for December is attached to the members' page.\r\n\r\nTom\r\n",
    }) + mailmanFooter('members', 'guild.example', 'Guild'),
    ...mailmanHeaders('members', 'guild.example', 'Guild'),
  );
  emit({
    name: 'w210-yahoo-guild-mailman2-pnone-secretary-unsigned-envelope-only',
    about:
      "Genuine: a small guild (guild.example, p=none) runs Mailman 2.1 on its own mail.guild.example; its secretary posts unsigned from the same box (submission from his home line), Mailman tags and footers it, envelope members-bounces@guild.example. Yahoo: dkim none, spf=pass, dmarc=pass on the list's own envelope alone. Anyone subscribed could post as secretary@guild.example: unverified by design (today's change).",
    class: 'org-own-list-envelope-only',
    reader: 'yahoo',
    raw: onTop(
      guildPost,
      'Received: from [192.168.1.23] (dsl-203-0-113-77.isp.example [203.0.113.77])\r\n\tby mail.guild.example (Postfix) with ESMTPSA id 4dW210Gld1\r\n\tfor <members@guild.example>; Fri, 20 Nov 2026 09:58:02 +0000 (UTC)',
    ),
    relay: GUILD,
    env: 'members-bounces@guild.example',
    found: { dkim: [], spf: 'pass', dmarc: { from: 'guild.example', policy: 'none', result: 'pass' } },
    zone: GUILD_ZONE,
    expect: LIST_ONLY,
    offline: true,
  });
  // Mailman 2.1's own digest: written on the host, no intake line.
  const digest = appendHeaders(
    submitted({
      from: 'members-request@lists.society.example',
      to: 'members@lists.society.example',
      subject: 'Members Digest, Vol 88, Issue 12',
      messageId: '<mailman.1210.1795168800.2204.members@lists.society.example>',
      extraHeaders: ['Reply-To: members@lists.society.example'],
      body: "Send Members mailing list submissions to\r\n\tmembers@lists.society.example\r\n\r\nToday's Topics:\r\n\r\n   1. Annual meeting: agenda and proxy forms (Jo Adeyemi)\r\n   2. Re: Journal submission deadline (Wen Li)\r\n",
    }),
    ...mailmanHeaders('members', 'lists.society.example', 'Members'),
  );
  emit({
    name: 'w210-box-society-mailman2-digest-unsigned',
    about:
      "Genuine: Mailman 2.1's plain digest from members-request@lists.society.example, composed on the list host (no intake line), unsigned, envelope members-bounces@lists.society.example. The box: spf=pass, dmarc=pass for lists.society.example. The list's own word: trusted.",
    class: 'list-server-notice',
    reader: 'box',
    raw: onTop(
      digest,
      'Received: from lists.society.example (localhost [127.0.0.1])\r\n\tby lists.society.example (Postfix) with ESMTP id 4dW210Soc3\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)',
    ),
    relay: SOC,
    env: 'members-bounces@lists.society.example',
    found: { dkim: [], spf: 'pass', dmarc: socListPass },
    zone: SOC_ZONE,
    expect: TRUSTED,
    offline: true,
  });
  // Nested: the national list's post delivered into the northern region's list, which hands it on.
  const national = appendHeaders(
    (await staffer('members@lists.society.example', 'C')).replace(/^Subject: /m, 'Subject: [Members] ') +
      mailmanFooter('members', 'lists.society.example', 'Members'),
    'Precedence: list',
  );
  const north = onTop(
    appendHeaders(
      national.replace(/^Subject: \[Members\] /m, 'Subject: [North] [Members] ') +
        mailmanFooter('north', 'lists.society.example', 'North'),
      ...mailmanHeaders('north', 'lists.society.example', 'North').filter((h) => !h.startsWith('Precedence')),
    ),
    'Received: from lists.society.example (localhost [127.0.0.1])\r\n\tby lists.society.example (Postfix) with ESMTP id 4dW210Soc5\r\n\tfor <north@lists.society.example>; Fri, 20 Nov 2026 09:59:59 +0000 (UTC)',
    intake(
      'mail-sor-f41.google.com',
      '209.85.220.41',
      'lists.society.example',
      '4dW210Soc4',
      'members@lists.society.example',
    ),
  );
  emit({
    name: 'w210-gmail-society-nested-north-list-of-members-list',
    about:
      "Genuine: a nested list: the secretary's Workspace-signed post to members@lists.society.example (not munged here: the list's DMARC mitigation off), whose subscriber north@lists.society.example is itself a list; both tag and footer it, the outer one writes its own List-* fields and hands out with north-bounces@lists.society.example. Gmail: her key fails (two footers), spf=pass, dmarc=pass for society.example on the list's envelope. Her signature needs both lists' changes undone: trusted (unverified by design if not).",
    class: 'nested-list',
    reader: 'gmail',
    raw: north,
    relay: SOC,
    env: 'north-bounces@lists.society.example',
    found: {
      dkim: [{ d: 'society.example', s: 'google', r: 'fail' }],
      spf: 'pass',
      dmarc: { from: 'society.example', policy: 'reject', result: 'pass' },
    },
    zone: SOC_ZONE,
    expect: TRUSTED,
    offline: true,
  });
}

// =============================================================================================
// A university: Sympa re-signing, LISTSERV (its own envelope, its DMARC From)
// =============================================================================================
const SYMPA: Relay = { helo: 'lists.univ.example', rdns: 'lists.univ.example', ip: '203.0.113.61' };
const LSV: Relay = { helo: 'listserv.univ.example', rdns: 'listserv.univ.example', ip: '203.0.113.62' };
const UNIV_ZONE = {
  ...ptr(SYMPA.ip, SYMPA.rdns),
  ...ptr(LSV.ip, LSV.rdns),
  ...M365_SPF_ZONE,
  'univ.example': { TXT: ['v=spf1 ip4:203.0.113.60/30 include:spf.protection.outlook.com -all'] },
  ...spf('lists.univ.example', [SYMPA.ip]),
  ...spf('listserv.univ.example', [LSV.ip]),
  ...dmarc('univ.example', 'quarantine'),
  ...key('selector1._domainkey.univ.example', 'sympa._domainkey.lists.univ.example'),
};
const UNIV_EXO =
  'Received: from mail-dm6nam11on2061.outbound.protection.outlook.com (mail-dm6nam11on2061.outbound.protection.outlook.com [40.107.223.61])';

async function universityCases(emit: (s: Shape) => void): Promise<void> {
  const prof = (to: string, id: string) =>
    signInOrder(
      submitted({
        from: 'Prof. Ada Lindqvist <a.lindqvist@univ.example>',
        to,
        subject: 'Seminar moved to room B204',
        messageId: `<AM9PR07MB7210${id}@AM9PR07MB7210.eurprd07.prod.outlook.com>`,
        body: "Dear all,\r\n\r\nThursday's research seminar moves to room B204 (same time).\r\n\r\nAda\r\n",
      }),
      [{ d: 'univ.example', s: 'selector1', h: AUTHOR_H }],
    );
  const sympaFields = (list: string) => [
    `X-Loop: ${list}@lists.univ.example`,
    `X-Sympa-To: ${list}@lists.univ.example`,
    `List-Id: <${list}.lists.univ.example>`,
    'List-Help: <mailto:sympa@lists.univ.example?subject=help>',
    `List-Unsubscribe: <mailto:sympa@lists.univ.example?subject=unsubscribe%20${list}>`,
    `List-Post: <mailto:${list}@lists.univ.example>`,
    `List-Owner: <mailto:${list}-request@lists.univ.example>`,
    'Precedence: list',
  ];
  const sympaSign = (raw: string) =>
    signInOrder(raw, [
      { d: 'lists.univ.example', s: 'sympa', h: ['from', 'to', 'subject', 'date', 'message-id', 'list-id'] },
    ]);
  // Sympa with a footer: the professor's signature breaks; Sympa re-signs as lists.univ.example.
  const footered = await sympaSign(
    onTop(
      `${(await prof('research@lists.univ.example', 'A')).replace(/^Subject: /m, 'Subject: [research] ')}\r\n---\r\nresearch@lists.univ.example - https://lists.univ.example/sympa/info/research\r\n`,
      ...sympaFields('research'),
      `${UNIV_EXO}\r\n\tby lists.univ.example (Postfix) with ESMTPS id 4dW210Uni1\r\n\tfor <research@lists.univ.example>; Fri, 20 Nov 2026 09:59:58 +0000 (UTC)`,
    ),
  );
  const univPass = { from: 'univ.example', policy: 'quarantine', result: 'pass' as const };
  for (const reader of ['box', 'outlook'] as Reader[]) {
    emit({
      name: `w210-${reader}-univ-sympa-tag-footer-resigns-prof-key-broken`,
      about: `Genuine: a professor (Microsoft 365, d=univ.example selector1, p=quarantine) posts to research@lists.univ.example; Sympa tags the subject, appends its footer (her key fails) and re-signs d=lists.univ.example over List-Id (dkim_feature, modelled); envelope research-owner@lists.univ.example. ${reader}: her key fails, Sympa's passes, spf=pass, dmarc=pass for univ.example. Her signature verifies once tag and footer are undone: trusted.`,
      class: 'sympa-resign',
      reader,
      raw: footered,
      relay: SYMPA,
      env: 'research-owner@lists.univ.example',
      found: {
        dkim: [
          { d: 'univ.example', s: 'selector1', r: 'fail' },
          { d: 'lists.univ.example', s: 'sympa', r: 'pass' },
        ],
        spf: 'pass',
        dmarc: univPass,
      },
      zone: UNIV_ZONE,
      expect: TRUSTED,
      offline: reader === 'box',
    });
  }
  // A PhD student posting from a university lab box that signs nothing: Sympa's key the only one.
  const lab = await sympaSign(
    onTop(
      `${submitted({
        from: 'Kofi Mensah <k.mensah@univ.example>',
        to: 'research@lists.univ.example',
        subject: '[research] Cluster maintenance window Tuesday',
        messageId: '<20261120095700.GA2210@hpc-login1.univ.example>',
        body: 'Hi,\r\n\r\nthe HPC cluster is down for maintenance on Tuesday 08:00-12:00.\r\n\r\nKofi\r\n',
      })}\r\n---\r\nresearch@lists.univ.example - https://lists.univ.example/sympa/info/research\r\n`,
      ...sympaFields('research'),
      'Received: from hpc-login1.univ.example (hpc-login1.univ.example [203.0.113.88])\r\n\tby lists.univ.example (Postfix) with ESMTPS id 4dW210Uni2\r\n\tfor <research@lists.univ.example>; Fri, 20 Nov 2026 09:57:01 +0000 (UTC)',
    ),
  );
  emit({
    name: 'w210-gmail-univ-sympa-lab-box-unsigned-sympa-key-only',
    about:
      "Genuine: a PhD student posts from the HPC login node (unsigned, k.mensah@univ.example); Sympa footers it and signs d=lists.univ.example over List-Id, envelope research-owner@lists.univ.example. Gmail: dkim=pass lists.univ.example (the list host's), spf=pass, dmarc=pass for univ.example. Only the list's own key and envelope: unverified by design (today's change: the list host's signature vouches for no author).",
    class: 'sympa-resign',
    reader: 'gmail',
    raw: lab,
    relay: SYMPA,
    env: 'research-owner@lists.univ.example',
    found: { dkim: [{ d: 'lists.univ.example', s: 'sympa', r: 'pass' }], spf: 'pass', dmarc: univPass },
    zone: UNIV_ZONE,
    expect: LIST_ONLY,
    offline: true,
  });
  // Sympa's moderation notice to the list's moderator (composed on the host).
  const modNotice = await sympaSign(
    onTop(
      submitted({
        from: 'SYMPA <sympa@lists.univ.example>',
        to: 'research-editor@lists.univ.example',
        subject: 'Message for list research to be moderated',
        messageId: '<sympa.1795168900.2210.mod@lists.univ.example>',
        extraHeaders: [
          'Auto-Submitted: auto-generated',
          'X-Loop: sympa@lists.univ.example',
          'List-Id: <research.lists.univ.example>',
        ],
        body: 'One new message for list research from stranger@mailbox.example arrived.\r\nTo distribute it, see https://lists.univ.example/sympa/modindex/research\r\n',
      }),
      'Received: from lists.univ.example (localhost [127.0.0.1])\r\n\tby lists.univ.example (Postfix) with ESMTP id 4dW210Uni3\r\n\tfor <robin.reader@yahoo.com>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)',
    ),
  );
  emit({
    name: 'w210-yahoo-univ-sympa-moderation-notice',
    about:
      "Genuine: Sympa's own moderation request (From SYMPA <sympa@lists.univ.example>, \"Message for list research to be moderated\") to the list's moderator, signed d=lists.univ.example, envelope sympa-request@lists.univ.example. Yahoo: dkim=pass, spf=pass, dmarc=pass (university policy, inherited). The list server's own word: trusted.",
    class: 'list-server-notice',
    reader: 'yahoo',
    raw: modNotice,
    relay: SYMPA,
    env: 'sympa-request@lists.univ.example',
    found: {
      dkim: [{ d: 'lists.univ.example', s: 'sympa', r: 'pass' }],
      spf: 'pass',
      dmarc: { from: 'lists.univ.example', policy: 'quarantine', result: 'pass' },
    },
    zone: UNIV_ZONE,
    expect: TRUSTED,
  });
  // LISTSERV: a staff member's unsigned post from the university's own relay (no munging).
  const lsvPost = onTop(
    appendHeaders(
      submitted({
        from: 'IT Service Desk <servicedesk@univ.example>',
        to: 'STAFF-L@LISTSERV.UNIV.EXAMPLE',
        subject: 'Planned outage: VPN Sunday 06:00-08:00',
        messageId: '<W210LSV1.4412@relay1.univ.example>',
        body: 'The VPN service will be unavailable on Sunday from 06:00 to 08:00 for upgrades.\r\n\r\nIT Service Desk\r\n',
      }),
      'Sender: University staff notices <STAFF-L@LISTSERV.UNIV.EXAMPLE>',
      'List-Unsubscribe: <mailto:STAFF-L-unsubscribe-request@LISTSERV.UNIV.EXAMPLE>',
      'Precedence: list',
    ),
    'Received: from LISTSERV.UNIV.EXAMPLE by LISTSERV.UNIV.EXAMPLE (LISTSERV-TCP/IP\r\n          release 17.0) with spool id 4412210 for STAFF-L@LISTSERV.UNIV.EXAMPLE; Fri, 20\r\n          Nov 2026 09:59:59 +0000',
    'Received: from relay1.univ.example (relay1.univ.example [203.0.113.63])\r\n\tby listserv.univ.example (Postfix) with ESMTP id 4dW210Lsv1\r\n\tfor <STAFF-L@LISTSERV.UNIV.EXAMPLE>; Fri, 20 Nov 2026 09:59:58 +0000 (UTC)',
  );
  emit({
    name: 'w210-outlook-univ-listserv-service-desk-unsigned-owner-envelope',
    about:
      "Genuine: the IT service desk posts unsigned from the university's own relay (relay1.univ.example) to STAFF-L; LISTSERV names itself in Sender and hands out with owner-STAFF-L@LISTSERV.UNIV.EXAMPLE. Exchange Online: dkim=none, spf=pass, dmarc=pass for univ.example on the list's own envelope. Anyone allowed to post could write as servicedesk@: unverified by design (today's change).",
    class: 'org-own-list-envelope-only',
    reader: 'outlook',
    raw: lsvPost,
    relay: LSV,
    env: 'owner-STAFF-L@LISTSERV.UNIV.EXAMPLE',
    found: { dkim: [], spf: 'pass', dmarc: univPass },
    zone: UNIV_ZONE,
    expect: LIST_ONLY,
  });
  // LISTSERV's DMARC From rewrite for the professor's p=quarantine domain.
  const lsvMunged = onTop(
    appendHeaders(
      (await prof('RESEARCH-L@LISTSERV.UNIV.EXAMPLE', 'B')).replace(
        /^From: Prof. Ada Lindqvist <a.lindqvist@univ.example>/m,
        'From: "Prof. Ada Lindqvist" <0000002a1f3c9d7e-dmarc-request@LISTSERV.UNIV.EXAMPLE>\r\nReply-To: "Prof. Ada Lindqvist" <a.lindqvist@univ.example>',
      ),
      'Sender: Research seminar list <RESEARCH-L@LISTSERV.UNIV.EXAMPLE>',
      'List-Unsubscribe: <mailto:RESEARCH-L-unsubscribe-request@LISTSERV.UNIV.EXAMPLE>',
    ),
    'Received: from LISTSERV.UNIV.EXAMPLE by LISTSERV.UNIV.EXAMPLE (LISTSERV-TCP/IP\r\n          release 17.0) with spool id 4412211 for RESEARCH-L@LISTSERV.UNIV.EXAMPLE; Fri, 20\r\n          Nov 2026 09:59:59 +0000',
    `${UNIV_EXO}\r\n\tby listserv.univ.example (Postfix) with ESMTPS id 4dW210Lsv2\r\n\tfor <RESEARCH-L@LISTSERV.UNIV.EXAMPLE>; Fri, 20 Nov 2026 09:59:58 +0000 (UTC)`,
  );
  emit({
    name: 'w210-gmail-univ-listserv-dmarc-request-from-rewrite',
    about:
      "Genuine: LISTSERV's DMARC handling for the professor's p=quarantine domain: From rewritten to \"Prof. Ada Lindqvist\" <…-dmarc-request@LISTSERV.UNIV.EXAMPLE>, the author in Reply-To, envelope owner-RESEARCH-L@LISTSERV.UNIV.EXAMPLE; her key still verifies (LISTSERV changed no signed field but From). Gmail: her d=univ.example unaligned now, spf=pass, dmarc=pass for listserv.univ.example. The list's own From: trusted.",
    class: 'listserv-munged',
    reader: 'gmail',
    raw: lsvMunged,
    relay: LSV,
    env: 'owner-RESEARCH-L@LISTSERV.UNIV.EXAMPLE',
    found: {
      dkim: [{ d: 'univ.example', s: 'selector1', r: 'fail' }],
      spf: 'pass',
      dmarc: { from: 'LISTSERV.UNIV.EXAMPLE', policy: 'quarantine', result: 'pass' },
    },
    zone: UNIV_ZONE,
    expect: TRUSTED,
    offline: true,
  });
}

// =============================================================================================
// groups.io enterprise (lists.kestrel.example), mlmmj (lists.tarn.example), an ESP announce list
// =============================================================================================
const GIO: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
const KESTREL_ZONE = {
  ...ptr(GIO.ip, GIO.rdns),
  ...M365_SPF_ZONE,
  'kestrel.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  ...spf('lists.kestrel.example', ['66.175.222.12', '66.175.222.108']),
  ...dmarc('kestrel.example', 'none'),
  ...key('selector1._domainkey.kestrel.example', '20140610._domainkey.lists.kestrel.example'),
};
const TARN: Relay = { helo: 'lists.tarn.example', rdns: 'lists.tarn.example', ip: '198.51.100.160' };
const TARN_ZONE = {
  ...ptr(TARN.ip, TARN.rdns),
  ...spf('tarn.example', ['198.51.100.160', '198.51.100.161']),
  ...spf('lists.tarn.example', ['198.51.100.160']),
  ...dmarc('tarn.example', 'quarantine'),
};
const ESP: Relay = { helo: 'mta12.esp.example', rdns: 'mta12.esp.example', ip: '203.0.113.170' };
const ESP_ZONE = {
  ...ptr(ESP.ip, ESP.rdns),
  ...M365_SPF_ZONE,
  ...spf('news.firm.example', ['203.0.113.170', '203.0.113.171']),
  'firm.example': { TXT: ['v=spf1 include:_spf.google.com -all'] },
  ...GOOGLE_SPF,
  ...dmarc('firm.example', 'quarantine'),
  ...key('esp1._domainkey.firm.example', 'google._domainkey.firm.example'),
};

async function hostedListCases(emit: (s: Shape) => void): Promise<void> {
  const gioFields = [
    'Precedence: Bulk',
    'List-Subscribe: <mailto:dev+subscribe@lists.kestrel.example>',
    'List-Help: <mailto:dev+help@lists.kestrel.example>',
    'Sender: dev@lists.kestrel.example',
    'List-Id: <dev.lists.kestrel.example>',
    'Mailing-List: list dev@lists.kestrel.example; contact dev+owner@lists.kestrel.example',
    'Delivered-To: mailing list dev@lists.kestrel.example',
    'Reply-To: dev@lists.kestrel.example',
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'List-Unsubscribe: <https://lists.kestrel.example/g/dev/leave/8129362/4520527/1896307328/plugh>',
  ];
  const gioFooter =
    '\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nLinks: You receive all messages sent to this group.\r\nView/Reply Online (#4412): https://lists.kestrel.example/g/dev/message/4412\r\nGroup Owner: dev+owner@lists.kestrel.example\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n';
  const GIO_H = [
    'mime-version',
    'subject',
    'from',
    'to',
    'date',
    'message-id',
    'precedence',
    'list-subscribe',
    'list-help',
    'sender',
    'list-id',
    'mailing-list',
    'delivered-to',
    'reply-to',
    'list-unsubscribe-post',
    'list-unsubscribe',
    'content-type',
  ];
  /** groups.io drops the author's DKIM-Signature (the copies cited carry only the group's) and signs as the group. */
  const stripped = (raw: string) => raw.replace(/^DKIM-Signature:.*(?:\r\n[ \t].*)*\r\n/gm, '');
  const gio = async (raw: string, intakeLine: string) =>
    signInOrder(
      onTop(
        appendHeaders(
          stripped(raw).replace(/^Subject: /m, 'Subject: [kestrel-dev] ') + gioFooter,
          ...gioFields,
        ),
        'X-Received: by 127.0.0.2 with SMTP id UKeaYY4521862xIclx8yiE9M; Fri, 20 Nov 2026 01:59:59 -0800',
        intakeLine,
      ),
      [{ d: 'lists.kestrel.example', s: '20140610', h: GIO_H, c: 'relaxed/simple' }],
    );
  const gioEnv = 'bounce+64575+4412+4520527+8129362@lists.kestrel.example';
  const gioSig: Dkim = { d: 'lists.kestrel.example', s: '20140610', r: 'pass' };
  const signedPost = await gio(
    await signInOrder(
      submitted({
        from: 'Lena Hart <lena.hart@kestrel.example>',
        to: 'dev@lists.kestrel.example',
        subject: 'Release 3.2 branch cut on Monday',
        messageId: '<DB9PR04MB8210W210A@DB9PR04MB8210.eurprd04.prod.outlook.com>',
        body: 'Hi,\r\n\r\nwe cut the 3.2 release branch on Monday; please land features by Friday.\r\n\r\nLena\r\n',
      }),
      [{ d: 'kestrel.example', s: 'selector1', h: AUTHOR_H }],
    ),
    'X-Received: from mail-db8eur05on2061.outbound.protection.outlook.com (mail-db8eur05on2061.outbound.protection.outlook.com [40.107.20.61])\r\n by mx.groups.io with SMTP id smtpd.web10.41676.1795168799963318090\r\n for <dev@lists.kestrel.example>;\r\n Fri, 20 Nov 2026 01:59:59 -0800',
  );
  const kestrelPass = { from: 'kestrel.example', policy: 'none', result: 'pass' as const };
  emit({
    name: 'w210-box-groupsio-enterprise-staffer-post-author-key-stripped',
    about:
      "Genuine: a Kestrel engineer (Microsoft 365, d=kestrel.example selector1, p=none) posts to the firm's groups.io enterprise group dev@lists.kestrel.example; groups.io drops her signature (as the lists.cip-project.org copies show: only the group's), tags and footers the post and signs d=lists.kestrel.example s=20140610 over its own fields, envelope bounce+64575+…@lists.kestrel.example from web01.groups.io (Linode, forward-confirmed). The box: dkim=pass lists.kestrel.example, spf=pass, dmarc=pass for kestrel.example (relaxed). Only the group host's key and envelope: unverified by design (today's change); never a rented-server warning, as for groups.io's own domain.",
    class: 'groupsio-enterprise',
    reader: 'box',
    raw: signedPost,
    relay: GIO,
    env: gioEnv,
    found: { dkim: [gioSig], spf: 'pass', dmarc: kestrelPass },
    zone: KESTREL_ZONE,
    expect: LIST_ONLY,
    offline: true,
  });
  const unsignedPost = await gio(
    submitted({
      from: 'Build Bot <ci@kestrel.example>',
      to: 'dev@lists.kestrel.example',
      subject: 'Nightly build 2026-11-20: 2 failures',
      messageId: '<nightly.20261120.w210@ci.kestrel.example>',
      body: 'Nightly build finished: 412 passed, 2 failed.\r\nhttps://ci.kestrel.example/nightly/20261120\r\n',
    }),
    'X-Received: from ci.kestrel.example (ci.kestrel.example [198.51.100.199])\r\n by mx.groups.io with SMTP id smtpd.web10.41677.1795168799963318091\r\n for <dev@lists.kestrel.example>;\r\n Fri, 20 Nov 2026 01:59:59 -0800',
  );
  emit({
    name: 'w210-gmail-groupsio-enterprise-unsigned-bot-group-key-only',
    about:
      "Genuine: the firm's CI server posts its nightly report unsigned as ci@kestrel.example to dev@lists.kestrel.example; groups.io signs d=lists.kestrel.example (aligned, relaxed, with kestrel.example) and hands out with bounce+…@lists.kestrel.example. Gmail: dkim=pass lists.kestrel.example, spf=pass, dmarc=pass. Only the group host's key and envelope: anyone in the group could post as ci@kestrel.example; unverified by design (today's change), though groups.io's `bounce+…@` envelope is not one listBounceEnvelope knows.",
    class: 'groupsio-enterprise',
    reader: 'gmail',
    raw: unsignedPost,
    relay: GIO,
    env: gioEnv,
    found: { dkim: [gioSig], spf: 'pass', dmarc: kestrelPass },
    zone: KESTREL_ZONE,
    expect: LIST_ONLY,
    offline: true,
  });
  // mlmmj on lists.tarn.example: an unsigned staff post, envelope <list>+bounces-<member>-<n>@.
  const mlmmj = onTop(
    appendHeaders(
      submitted({
        from: 'Oskar Lind <oskar@tarn.example>',
        to: 'staff@lists.tarn.example',
        subject: '[staff] Christmas party sign-up closes Friday',
        messageId: '<20261120095700.Q210@mail.tarn.example>',
        body: 'Hi all,\r\n\r\nsign-up for the Christmas party closes Friday.\r\n\r\nOskar\r\n',
      }),
      'List-Id: <staff.lists.tarn.example>',
      'List-Post: <mailto:staff@lists.tarn.example>',
      'List-Unsubscribe: <mailto:staff+unsubscribe@lists.tarn.example>',
      'List-Help: <mailto:staff+help@lists.tarn.example>',
    ),
    intake(
      'mail.tarn.example',
      '198.51.100.161',
      'lists.tarn.example',
      '4dW210Trn1',
      'staff@lists.tarn.example',
    ),
  );
  emit({
    name: 'w210-box-mlmmj-staff-unsigned-bounces-envelope-aligned',
    about:
      "Genuine: a staff member posts unsigned from the firm's own mail.tarn.example to its mlmmj list staff@lists.tarn.example, which hands out with staff+bounces-robin=reader.example-4412@lists.tarn.example (mlmmj's form). The box: dkim none, spf=pass, dmarc=pass for tarn.example (p=quarantine) on the list's own envelope. Anyone subscribed could post as oskar@tarn.example: unverified by design (today's change), though mlmmj's `+bounces-` envelope is not one listBounceEnvelope knows.",
    class: 'org-own-list-envelope-only',
    reader: 'box',
    raw: mlmmj,
    relay: TARN,
    env: 'staff+bounces-robin=reader.example-4412@lists.tarn.example',
    found: { dkim: [], spf: 'pass', dmarc: { from: 'tarn.example', policy: 'quarantine', result: 'pass' } },
    zone: TARN_ZONE,
    expect: LIST_ONLY,
    offline: true,
  });
  // The firm's announce list run by its ESP: the marketing manager mails the list from Workspace,
  // the ESP adds its footer and signs d=firm.example (the firm's own delegated key).
  const announce = async (listPost: string | null, id: string) => {
    const orig = await signInOrder(
      submitted({
        from: 'Firm News <news@firm.example>',
        to: 'announce@news.firm.example',
        subject: 'December release notes and webinar dates',
        messageId: `<CAw210Esp${id}=Nq8@mail.gmail.com>`,
        body: 'Hello,\r\n\r\nour December release notes are out; webinars on 3 and 10 December.\r\n\r\nFirm News\r\n',
      }),
      [{ d: 'firm.example', s: 'google', h: AUTHOR_H }],
    );
    const listed = appendHeaders(
      `${orig}\r\n--\r\nYou are subscribed to Firm announcements as robin@reader.example.\r\nUnsubscribe: https://news.firm.example/u/leave-announce-4471X\r\n`,
      'List-Id: Firm announcements <announce.news.firm.example>',
      'List-Unsubscribe: <mailto:leave-announce-4471X@news.firm.example>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ...(listPost ? [`List-Post: ${listPost}`] : []),
      'Precedence: bulk',
    );
    return signInOrder(
      onTop(
        listed,
        `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\r\n\tby mta12.esp.example (Postfix) with ESMTPS id 4dW210Esp${id}\r\n\tfor <announce@news.firm.example>; Fri, 20 Nov 2026 09:58:00 +0000 (UTC)`,
      ),
      [
        {
          d: 'firm.example',
          s: 'esp1',
          h: [
            'from',
            'to',
            'subject',
            'date',
            'message-id',
            'list-id',
            'list-unsubscribe',
            'list-unsubscribe-post',
          ],
        },
      ],
    );
  };
  const espFound = (): Found => ({
    dkim: [
      { d: 'firm.example', s: 'google', r: 'fail' },
      { d: 'firm.example', s: 'esp1', r: 'pass' },
    ],
    spf: 'pass',
    dmarc: { from: 'firm.example', policy: 'quarantine', result: 'pass' },
  });
  emit({
    name: 'w210-outlook-firm-esp-announce-list-post-no-firm-key',
    about:
      "Genuine: the firm's announce list run by its ESP (Lyris-style, envelope bounce-announce-4471@news.firm.example, List-Post: NO): the marketing manager mails it from Workspace, the ESP appends its unsubscribe footer and signs with the firm's own delegated key d=firm.example s=esp1. Exchange Online: dkim fail (her key) and pass (esp1), spf=pass, dmarc=pass. An announce-only list speaks for its owners: authenticated.",
    class: 'esp-announce',
    reader: 'outlook',
    raw: await announce('NO', 'A'),
    relay: ESP,
    env: 'bounce-announce-4471@news.firm.example',
    found: espFound(),
    zone: ESP_ZONE,
    expect: AUTHENTIC,
  });
  emit({
    name: 'w210-gmail-firm-esp-announce-no-list-post-firm-key',
    about:
      "Genuine: the same ESP-run announce list where the ESP writes no List-Post at all (only List-Id and List-Unsubscribe), envelope bounce-announce-4471@news.firm.example, the firm's delegated key d=firm.example s=esp1 over List-Id. Gmail: esp1 passes, spf=pass, dmarc=pass. The firm's own key on a list that takes no posts: a user should trust it (authenticated or unverified; unverified would be today's change reading the ESP's signature as a discussion list's).",
    class: 'esp-announce',
    reader: 'gmail',
    raw: await announce(null, 'B'),
    relay: ESP,
    env: 'bounce-announce-4471@news.firm.example',
    found: espFound(),
    zone: ESP_ZONE,
    expect: TRUSTED,
    offline: true,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (s: Shape) => {
    const eml = deliver(s.reader, s.raw, s.relay, s.env, s.found);
    emitCase(write, {
      name: s.name,
      about: s.about,
      class: s.class,
      args: READER_ARGS[s.reader],
      eml,
      zone: s.zone,
      expect: s.expect,
      ...(s.twin ? { twin: true } : {}),
    });
    if (s.offline) {
      emitCase(write, {
        name: `${s.name}-offline`,
        about: `${s.about} Offline (no DNS).`,
        class: s.class,
        args: READER_ARGS[s.reader],
        eml,
        expect: s.offlineExpect ?? s.expect,
      });
    }
  };
  await workspaceGroupCases(emit);
  await m365Cases(emit, write);
  await societyCases(emit);
  await universityCases(emit);
  await hostedListCases(emit);
}

// What read wrong (48 cases written, 11 pending; none read spoofed). Worst first.
// 1. Genuine mail read SUSPICIOUS: a Workspace member's signed post through her firm's own Google
//    Group whose hand-off Google does not sign (the redhat.com Workspace group's real shape):
//    w210-outlook-workspace-group-staffer-signed-handoff-unsigned, w210-gmail-…(same),
//    w210-box-…(same). (Offline in Gmail it reads right.)
//    Read now: suspicious; dkim-fail medium for firm.example, summary "Only Google Workspace's
//    shared SPF (_spf.google.com) vouches for firm.example … no valid DKIM signature", although her
//    signature verifies once Google's footer is undone (dkim[0].listRestore set, footerBytes 215).
//    Should read: authenticated (her own key, restored), as the same post reads where the group's
//    hand-off is signed.
//    At fault: lib/findings/auth-state.ts sharedSpfPass: the envelope eng+bnc…@firm.example passes
//    through include:_spf.google.com, so `owner` is 'google' and the list branch (`if (!owner &&
//    list …)`) is never reached; then sharedSpfPlatform's platform path only takes an aligned
//    `d.result === 'pass'` as the From's own and ignores `d.listRestore`, which its list path
//    accepts. lib/findings/dkim.ts then marks the failure medium (sharedOnly && brokenBeforeReceiver).
//    Smallest fix: in sharedSpfPlatform's platform path, count `d.aligned && d.listRestore` as the
//    From's own signature (return null), as the list path does.
//    Could hurt: a forger in his own Workspace tenant needs a genuine signed message of firm.example
//    to restore: a replay of someone's real post under a Google footer, which is what every list
//    restore already admits (the footer shown as the list's, footerLure read). Keeping the platform
//    path otherwise (rather than moving the list branch first) keeps dkim-fail medium for a forged,
//    unrestorable firm.example signature sent through Google with list dress.
// 2. Genuine mail read SUSPICIOUS: groups.io enterprise groups on a customer's own domain
//    (lists.cip-project.org's shape, ids 5802501127, 41400251527):
//    w210-box-groupsio-enterprise-staffer-post-author-key-stripped (and -offline),
//    w210-gmail-groupsio-enterprise-unsigned-bot-group-key-only (and -offline).
//    Read now: suspicious, hosted-server-relay medium (66.175.222.12, Akamai Cloud (Linode)).
//    Should read: unverified (the only aligned passes are the group's own key d=lists.kestrel.example
//    and its envelope: today's change); never a rented-server warning, as groups.io's posts under
//    groups.io read.
//    At fault: lib/findings/hosted-server.ts listHostingService (used by listServerOwner online and
//    offlineListServer offline) asks listHostOf(listHost(list)), i.e. whether the List-Id
//    `dev.lists.kestrel.example` is under a LIST_HOSTS domain; a groups.io group on its customer's
//    domain is not, though the hand-off's forward-confirmed reverse name web01.groups.io is.
//    Smallest fix: where the List-Id is not under LIST_HOSTS, take the list's own domain as the
//    host when the origin's reverse name is forward-confirmed under 'groups.io' (online:
//    forwardConfirmed; offline: the entry line's printed name) AND the list's domain signed
//    (provider's or our pass) AND its envelope passed SPF: the customer's DNS is what lets groups.io
//    sign and send for it, which a groups.io user of another domain cannot borrow.
//    Could hurt: an attacker's own groups.io enterprise domain reads as his own list, as his
//    groups.io group does today; nothing of the victim's. Then the second half is needed, or these
//    read authenticated: see 3 (groups.io's `bounce+…@` envelope is no list envelope, and groups.io
//    writes its intake as `X-Received:`, so analyze.ts `posted` sees no hop below the hand-off).
// 3. Posts read AUTHENTICATED whose only aligned pass is the list's own (today's change missed):
//    a. w210-gmail-workspace-group-gappssmtp-author-group-signs-firm (and -offline): the member's
//       only signature is Google's unaligned gappssmtp default; the group's hand-off is signed
//       d=firm.example over List-ID. dkim[firm.example].listSigned is true, yet authenticated.
//       At fault: as 1, sharedSpfPass returns owner 'google' first, and sharedSpfPlatform's
//       platform path counts any aligned pass (`d.result === 'pass' && d.aligned &&
//       !hostSigned(d.domain)`), listSigned included; offline its provider-pass test
//       (`a.provider?.dkim.some(… sameDomainOrSub(d.domain, from))`) likewise.
//       Smallest fix: in that path, skip `d.listSigned` passes, and offline the provider rows whose
//       own check is listSigned. Should read: unverified. Could hurt: a Workspace group whose
//       members' own key is set up but whose footer cannot be undone (an HTML footer part) drops to
//       unverified, by design.
//    b. w210-box-mlmmj-staff-unsigned-bounces-envelope-aligned (and -offline): mlmmj's envelope
//       `staff+bounces-robin=reader.example-4412@lists.tarn.example` (bouncemail.c's form).
//       At fault: lib/findings/list-evidence.ts LIST_BOUNCE knows `-bounces`, `owner-`, `-owner`,
//       `-request`, `-return-`, `+bnc` but not mlmmj's `+bounces-…@`, nor groups.io's
//       `bounce+<n>+…@` (SMARTLIST_BOUNCE wants `bounce-`), so listBounceEnvelope returns null
//       and Origin.listRelay is never set. Smallest fix: add `\+bounces-[^@]*@` and `^<?bounce\+\d+\+[^@]*@`
//       (with List-Id present, as listBounceEnvelope already demands). For groups.io also count an
//       `X-Received: … by mx.groups.io` intake as the post's outside hop in analyze.ts `posted`
//       (or mark groups.io's own signature listSigned without it: groups.io strips every author's).
//       Could hurt: nothing genuine beyond these posts turning unverified; forgeries only lose.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Lead, 2026-12-07: 1, 3 and 4 fixed the same evening (a restored author's signature counts on
  // a Google Group's shared pass, the group's own signature does not, mlmmj's and groups.io's
  // envelopes are lists'); 2 (groups.io on a customer's domain, from Linode) online too (the
  // service's forward-confirmed name, its intake in X-Received); offline it stays.
  'w210-box-groupsio-enterprise-staffer-post-author-key-stripped-offline',
  'w210-gmail-groupsio-enterprise-unsigned-bot-group-key-only-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
