// Real-world delivery shapes, two-hundred-and-twelfth round: everyday list mail from big
// open-source and standards hosts, after the list reading of 2026-12-07 (an unsigned post whose
// only DMARC pass is the list's own aligned bounce envelope, or whose only aligned signature is the
// list host's own, reads unverified: Origin.listRelay, DkimCheck.listSigned in
// lib/findings/list-evidence.ts). Read online (a zone) and offline (no zone) in Gmail, Outlook
// (Exchange Online), Yahoo and on a Postfix/Dovecot box with OpenDKIM/OpenDMARC (`--authserv-id`).
// What it models: posts by the host organisation's own people (an Ubuntu developer @ubuntu.com on
// lists.ubuntu.com, a Fedora contributor's @fedoraproject.org alias on lists.fedoraproject.org, a
// W3C staffer @w3.org on lists.w3.org, the IETF Secretariat @ietf.org on ietf.org's Mailman 3) and
// by outsiders (a Gmail user, a firm whose p=reject From the IETF rewrites to
// `…=40firm@dmarc.ietf.org`, a consultancy whose signature lists.freedesktop.org leaves intact),
// digests and moderation notices (30 cases). Expectation: never spoofed; the organisation's own unsigned
// member posts unverified (the pass proves the list, not the person); the rest authenticated or
// unverified.
// Where the layouts were learnt (`find_string` / `read_file` / `search`, ids are read_file ids):
// - lists.ubuntu.com (Mailman 2.1.20 on Exim 4.86_2): `find_string "lists.ubuntu.com
//   (lists.ubuntu.com ["` (10 apparmor@ copies 2023–2026, ids 11924977223, 54494009273,
//   53563499408, 11548711163): the hand-off `Received: from lists.ubuntu.com (lists.ubuntu.com
//   [185.125.189.65])`, the loopback line `from localhost ([127.0.0.1] helo=lists.ubuntu.com) by
//   lists.ubuntu.com with esmtp (Exim 4.86_2) (envelope-from <apparmor-bounces@lists.ubuntu.com>)`,
//   Canonical's intake `from smtp-relay-internal-0.internal ([10.131.114.225]
//   helo=smtp-relay-internal-0.canonical.com)`, posters' Gmail hosts, and (id 11924977223) the
//   fields X-BeenThere, X-Mailman-Version 2.1.20, Precedence: list, `List-Id: AppArmor discussion
//   <apparmor.lists.ubuntu.com>`, List-Unsubscribe/-Archive/-Post/-Help/-Subscribe, Errors-To and
//   `Sender: "AppArmor" <apparmor-bounces@lists.ubuntu.com>`, with no DKIM signature of the list.
// - IETF (Mailman 3 on ietf.org): the `pages` corpus (mailarchive.ietf.org raw copies of idr, spring,
//   bess, ippm posts 2017–2022) shows the intake `Received: from mail.ietf.org ([4.31.198.44]) by
//   localhost (ietfa.amsl.com …)`; go.mail-archive.com's int-area copy (Nov 2023) shows the DMARC
//   rewrite `Fred.L.Templin=40boeing.com@dmarc.ietf.org` for a p=reject sender.
// - lists.freedesktop.org (Mailman 3.3.8 on gabe.freedesktop.org [131.252.210.177], no DKIM of
//   the list's own, no footer, no subject tag): realworld209.ts's citation (id 12091225694).
// - Mailman 3's field order, digest and moderation wording: realworld209.ts (python.org).
// NOT confirmed (modelled): whether lists.ubuntu.com, lists.fedoraproject.org and lists.w3.org sign
// anything (modelled: no); ietf.org's outbound host, its address and its signature on list mail
// (modelled: mail2.ietf.org at a documentation address, d=ietf.org s=ietf1 relaxed/simple) and its
// ARC seal (not modelled); the addresses of lists.fedoraproject.org and lists.w3.org (documentation
// addresses with the real names), W3C's SmartList-style envelope `www-style-request@w3.org` and
// `X-Archived-At`; DMARC policies of ubuntu.com (modelled p=none), fedoraproject.org (none
// published), w3.org (p=none), ietf.org (p=none), collabora.com (p=none); Fedora's Mailman 3 notice
// senders. Google Groups on lists.mozilla.org, Discourse's mailing-list mode and
// lists.openstack.org are not modelled this round (the short budget).
// Names and addresses are documentation ones except the organisations' own hosts and Google's,
// Microsoft's and Yahoo's; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, KEY, legitCorpus, ptr, RECEIVER, type Relay } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { type Dkim, type Found, type Reader, readerDelivery, signInOrder } from '../reader-delivery';

const BOX = ['--authserv-id', RECEIVER];
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];

/** Genuine mail the user should trust: authenticated, or at least not a warning. */
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };
/**
 * An organisation member's post that nothing of the organisation signed: its DMARC pass rests on
 * the list's own envelope, which proves that someone posted to the list, not who.
 */
const LIST_ENVELOPE_ONLY: CaseExpectation = { verdict: 'unverified', notVerdict: ['spoofed'] };

const deliver = readerDelivery({ round: '212', lmtp: 'sL9xM2w1PWf0cQAA', frontend: null });

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
  offline?: boolean;
  twin?: boolean;
}

const READER_ARGS: Record<Reader, string[]> = { gmail: GMAIL, box: BOX, yahoo: YAHOO, outlook: OUTLOOK };

const AUTHOR_H = ['from', 'to', 'cc', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
const key = (...names: string[]) => Object.fromEntries(names.map((n) => [n, KEY()]));
const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });

/** Mailman 3's fields (realworld209's field order) for list `name` at `host`. */
const mm3 = (name: string, host: string, title: string, hash: string, mailFrom: string, archive: string) => [
  `Message-ID-Hash: ${hash}`,
  `X-Message-ID-Hash: ${hash}`,
  `X-MailFrom: ${mailFrom}`,
  'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address;\r\n member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size;\r\n news-moderation; no-subject; digests; suspicious-header',
  'X-Mailman-Version: 3.3.8',
  'Precedence: list',
  `List-Id: ${title} <${name}.${host}>`,
  `Archived-At: <${archive}/message/${hash}/>`,
  `List-Archive: <${archive}/>`,
  `List-Help: <mailto:${name}-request@${host}?subject=help>`,
  `List-Owner: <mailto:${name}-owner@${host}>`,
  `List-Post: <mailto:${name}@${host}>`,
  `List-Subscribe: <mailto:${name}-join@${host}>`,
  `List-Unsubscribe: <mailto:${name}-leave@${host}>`,
];

// =============================================================================================
// lists.ubuntu.com: Mailman 2.1.20 on Exim (id 11924977223)
// =============================================================================================
const UB: Relay = { helo: 'lists.ubuntu.com', rdns: 'lists.ubuntu.com', ip: '185.125.189.65' };
const UB_ZONE = {
  ...ptr(UB.ip, UB.rdns),
  ...key('20210705._domainkey.canonical.com'),
  'lists.ubuntu.com': { TXT: ['v=spf1 ip4:185.125.189.65 ~all'] },
  ...dmarc('ubuntu.com', 'none'),
  ...dmarc('canonical.com', 'none'),
};
const UB_LIST = (list: string, title: string) => [
  `X-BeenThere: ${list}@lists.ubuntu.com`,
  'X-Mailman-Version: 2.1.20',
  'Precedence: list',
  `List-Id: ${title} <${list}.lists.ubuntu.com>`,
  `List-Unsubscribe: <https://lists.ubuntu.com/mailman/options/${list}>,\r\n <mailto:${list}-request@lists.ubuntu.com?subject=unsubscribe>`,
  `List-Archive: <https://lists.ubuntu.com/archives/${list}>`,
  `List-Post: <mailto:${list}@lists.ubuntu.com>`,
  `List-Help: <mailto:${list}-request@lists.ubuntu.com?subject=help>`,
  `List-Subscribe: <https://lists.ubuntu.com/mailman/listinfo/${list}>,\r\n <mailto:${list}-request@lists.ubuntu.com?subject=subscribe>`,
  `Errors-To: ${list}-bounces@lists.ubuntu.com`,
  `Sender: "${title}" <${list}-bounces@lists.ubuntu.com>`,
];
const ubFooter = (list: string, title: string) =>
  `\r\n-- \r\n${title} mailing list\r\n${list}@lists.ubuntu.com\r\nModify settings or unsubscribe at: https://lists.ubuntu.com/mailman/listinfo/${list}\r\n`;
/** Mailman hands the post to Exim on loopback, which hands it out (id 11924977223). */
const ubOut = (raw: string, list: string, intake: string, id: string) =>
  onTop(
    raw,
    `Received: from localhost ([127.0.0.1] helo=lists.ubuntu.com)\r\n\tby lists.ubuntu.com with esmtp (Exim 4.86_2)\r\n\t(envelope-from <${list}-bounces@lists.ubuntu.com>)\r\n\tid 1w212${id}-0000Rb-Fq; Fri, 20 Nov 2026 10:00:03 +0000`,
    ...(intake ? [intake] : []),
  );

async function ubuntuCases(emit: (s: Shape) => void): Promise<void> {
  // An Ubuntu developer's post as her @ubuntu.com address (a forwarding alias: her own mail server
  // does not sign for ubuntu.com), through her ISP's relay. The only DMARC pass is SPF for
  // ubuntu-devel-bounces@lists.ubuntu.com, relaxed-aligned with ubuntu.com.
  const devPost = ubOut(
    appendHeaders(
      submitted({
        from: 'Mira Okafor <mira@ubuntu.com>',
        to: 'ubuntu-devel@lists.ubuntu.com',
        subject: 'Re: Resolute feature freeze exceptions',
        messageId: '<20261120095958.GA4411@lantern.home.example>',
        body: 'On Thu, Nov 19 you wrote:\r\n> Any objection to the FFe for the new kernel flavour?\r\n\r\nNone from the release team; please file the bug today.\r\n\r\nMira\r\n',
      }) + ubFooter('ubuntu-devel', 'ubuntu-devel'),
      ...UB_LIST('ubuntu-devel', 'ubuntu-devel'),
    ),
    'ubuntu-devel',
    'Received: from mail.isp.example ([198.51.100.23])\r\n by lists.ubuntu.com with esmtps (TLS1.2:ECDHE_RSA_AES_128_GCM_SHA256:128)\r\n (Exim 4.86_2) (envelope-from <mira@ubuntu.com>)\r\n id 1w212Aa-000102-FP\r\n for ubuntu-devel@lists.ubuntu.com; Fri, 20 Nov 2026 10:00:01 +0000',
    'Aa',
  );
  const ubPass = { from: 'ubuntu.com', policy: 'none', result: 'pass' as const };
  for (const reader of ['gmail'] as Reader[])
    emit({
      name: `w212-${reader}-ubuntu-devel-developer-alias-unsigned-bounce-envelope`,
      about: `Genuine: an Ubuntu developer posts to ubuntu-devel as mira@ubuntu.com (an alias; her ISP's relay does not sign for ubuntu.com); Mailman 2.1.20 adds its footer and Sender and Exim hands it out with envelope ubuntu-devel-bounces@lists.ubuntu.com. ${reader}: no DKIM, spf=pass, dmarc=pass (p=none) on that envelope alone. The pass proves that someone posted to the list, not who: unverified.`,
      class: 'org-own-list',
      reader,
      raw: devPost,
      relay: UB,
      env: 'ubuntu-devel-bounces@lists.ubuntu.com',
      found: { dkim: [], spf: 'pass', dmarc: ubPass },
      zone: UB_ZONE,
      expect: LIST_ENVELOPE_ONLY,
      offline: true,
      twin: reader === 'gmail',
    });

  // A Canonical engineer's post to apparmor@ from Canonical's relay (id 11924977223's intake):
  // his Google signature d=canonical.com covers From/To/Subject/Date/Message-ID and a relaxed body;
  // the apparmor list (modelled) adds no footer and the subject already carries the tag (a reply),
  // so it verifies and aligns.
  const canonical = ubOut(
    appendHeaders(
      await signInOrder(
        submitted({
          from: 'Teodor Lind <teodor.lind@canonical.com>',
          to: 'apparmor@lists.ubuntu.com',
          subject: 'Re: [apparmor] [PATCH] parser: allow userns rule in abstractions',
          messageId: '<CAw212Cc3xq@mail.gmail.com>',
          body: 'Acked-by: Teodor Lind <teodor.lind@canonical.com>\r\n',
        }),
        [{ d: 'canonical.com', s: '20210705', h: AUTHOR_H }],
      ),
      ...UB_LIST('apparmor', 'AppArmor discussion'),
    ),
    'apparmor',
    'Received: from smtp-relay-internal-0.internal ([10.131.114.225]\r\n helo=smtp-relay-internal-0.canonical.com)\r\n by lists.ubuntu.com with esmtps (TLS1.2:ECDHE_RSA_AES_128_GCM_SHA256:128)\r\n (Exim 4.86_2) (envelope-from <teodor.lind@canonical.com>)\r\n id 1w212Cc-000102-FP\r\n for apparmor@lists.ubuntu.com; Fri, 20 Nov 2026 10:00:01 +0000',
    'Cc',
  );
  emit({
    name: 'w212-outlook-ubuntu-apparmor-canonical-engineer-signed-intact',
    about:
      "Genuine: a Canonical engineer's Ack on apparmor@lists.ubuntu.com, signed d=canonical.com (Google), passed by Mailman 2.1 without a footer (modelled) so it verifies; envelope apparmor-bounces@lists.ubuntu.com (not aligned with canonical.com). Outlook: dkim=pass canonical.com, spf=pass lists.ubuntu.com, dmarc=pass. The author's own key: trusted.",
    class: 'outsider-post',
    reader: 'outlook',
    raw: canonical,
    relay: UB,
    env: 'apparmor-bounces@lists.ubuntu.com',
    found: {
      dkim: [{ d: 'canonical.com', s: '20210705', r: 'pass' }],
      spf: 'pass',
      dmarc: { from: 'canonical.com', policy: 'none', result: 'pass' },
    },
    zone: UB_ZONE,
    expect: TRUSTED,
    offline: true,
  });

  // Mailman 2.1's digest from the -request address to the list.
  const digest = ubOut(
    submitted({
      from: 'ubuntu-devel-request@lists.ubuntu.com',
      to: 'ubuntu-devel@lists.ubuntu.com',
      subject: 'ubuntu-devel Digest, Vol 241, Issue 12',
      messageId: '<mailman.7712.1763632800.1811.ubuntu-devel@lists.ubuntu.com>',
      extraHeaders: [
        'Reply-To: ubuntu-devel@lists.ubuntu.com',
        ...UB_LIST('ubuntu-devel', 'ubuntu-devel').filter((h) => !h.startsWith('Sender:')),
        'Sender: "ubuntu-devel" <ubuntu-devel-bounces@lists.ubuntu.com>',
      ],
      body: "Send ubuntu-devel mailing list submissions to\r\n\tubuntu-devel@lists.ubuntu.com\r\n\r\nToday's Topics:\r\n\r\n   1. Re: Resolute feature freeze exceptions (Mira Okafor)\r\n",
    }),
    'ubuntu-devel',
    '',
    'Dd',
  );
  emit({
    name: 'w212-yahoo-ubuntu-devel-mailman21-digest-unsigned',
    about:
      "Genuine: Mailman 2.1's digest of ubuntu-devel from ubuntu-devel-request@lists.ubuntu.com, unsigned, envelope ubuntu-devel-bounces@lists.ubuntu.com. Yahoo: no DKIM, spf=pass, dmarc=pass (the From's own host). The list's own notice: authenticated or unverified.",
    class: 'list-notice',
    reader: 'yahoo',
    raw: digest,
    relay: UB,
    env: 'ubuntu-devel-bounces@lists.ubuntu.com',
    found: { dkim: [], spf: 'pass', dmarc: { from: 'lists.ubuntu.com', policy: 'none', result: 'pass' } },
    zone: UB_ZONE,
    expect: TRUSTED,
    offline: true,
  });
}

// =============================================================================================
// IETF: Mailman 3 on ietf.org (outbound host and signature modelled, see the header)
// =============================================================================================
const IETF: Relay = { helo: 'mail2.ietf.org', rdns: 'mail2.ietf.org', ip: '203.0.113.44' };
const IETF_ZONE = {
  ...ptr(IETF.ip, IETF.rdns),
  ...key('ietf1._domainkey.ietf.org', 'google._domainkey.gmail.com', 'sel1._domainkey.firm.example'),
  'ietf.org': { TXT: ['v=spf1 ip4:203.0.113.44 ip4:4.31.198.44 include:_spf.google.com ~all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  ...dmarc('ietf.org', 'none'),
  ...dmarc('gmail.com', 'none'),
  ...dmarc('firm.example', 'reject'),
};
const IETF_SIGN_H = ['from', 'to', 'cc', 'subject', 'date', 'message-id', 'list-id', 'list-post', 'from'];
const ietfSign = (raw: string) =>
  signInOrder(raw, [{ d: 'ietf.org', s: 'ietf1', h: IETF_SIGN_H, c: 'relaxed/simple' }]);
const ietfFooter = (list: string, title: string) =>
  `_______________________________________________\r\n${title} mailing list -- ${list}@ietf.org\r\nTo unsubscribe send an email to ${list}-leave@ietf.org\r\n`;
/** The post's path into ietf.org: the poster's host, then Mailman 3's loopback hand-off. */
const ietfPost = async (o: {
  from: string;
  list: string;
  title: string;
  subject: string;
  id: string;
  body: string;
  intake: string;
  mailFrom: string;
  author?: { d: string; s: string };
  rewriteFrom?: string;
  noReplyTo?: boolean;
}) => {
  const orig = submitted({
    from: o.from,
    to: `${o.list}@ietf.org`,
    subject: o.subject,
    messageId: `<${o.id}>`,
    body: o.body,
  });
  const authored = o.author ? await signInOrder(orig, [{ d: o.author.d, s: o.author.s, h: AUTHOR_H }]) : orig;
  let listed = authored.replace(/^Subject: /m, `Subject: [${o.title}] `) + ietfFooter(o.list, o.title);
  if (o.rewriteFrom) listed = listed.replace(/^From: .*$/m, `From: ${o.rewriteFrom}`);
  listed = appendHeaders(
    listed,
    ...mm3(
      o.list,
      'ietf.org',
      o.title,
      `W212${o.id.slice(0, 6).toUpperCase()}QKD4LX7JZ2PH6RVM3NTYB`,
      o.mailFrom,
      `https://mailarchive.ietf.org/arch/browse/${o.list}`,
    ),
    ...(o.rewriteFrom && !o.noReplyTo ? [`Reply-To: ${o.from}`] : []),
  );
  return ietfSign(
    onTop(
      listed,
      'Received: from mail2.ietf.org (localhost [127.0.0.1])\r\n\tby mail2.ietf.org (Postfix) with ESMTP id 4dW212Ie0Kz4wB2\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:03 +0000 (UTC)',
      o.intake,
    ),
  );
};

async function ietfCases(emit: (s: Shape) => void): Promise<void> {
  const list: Dkim = { d: 'ietf.org', s: 'ietf1', r: 'pass' };
  const ietfPass = { from: 'ietf.org', policy: 'none', result: 'pass' as const };
  // The IETF Secretariat's staffer (@ietf.org, her own Workspace mail is not modelled as signed).
  const staff = await ietfPost({
    from: 'Dana Reyes <dreyes@ietf.org>',
    list: 'ietf',
    title: 'Ietf',
    subject: 'IETF 125 registration now open',
    id: 'CAw212Ie1x@mail.gmail.com',
    body: 'All,\r\n\r\nRegistration for IETF 125 is now open. Early-bird pricing ends on 6 February.\r\n\r\nDana, for the IETF Secretariat\r\n',
    intake:
      'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\r\n\tby mail2.ietf.org (Postfix) with ESMTPS id 4dW212Ie1\r\n\tfor <ietf@ietf.org>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)',
    mailFrom: 'dreyes@ietf.org',
  });
  for (const reader of ['gmail'] as Reader[])
    emit({
      name: `w212-${reader}-ietf-secretariat-staffer-post-list-signs-ietf-org`,
      about: `Genuine: an IETF Secretariat staffer (dreyes@ietf.org) posts to ietf@ietf.org; Mailman 3 tags the subject, adds its footer, and the list host signs d=ietf.org s=ietf1 (modelled) and hands it out with ietf-bounces@ietf.org. ${reader}: dkim=pass ietf.org, spf=pass, dmarc=pass. The list host signs every post it passes (anyone subscribed may post as an @ietf.org address it knows nothing of), so it proves the list, not the person: authenticated or unverified.`,
      class: 'org-own-list',
      reader,
      raw: staff,
      relay: IETF,
      env: 'ietf-bounces@ietf.org',
      found: { dkim: [list], spf: 'pass', dmarc: ietfPass },
      zone: IETF_ZONE,
      expect: TRUSTED,
      offline: true,
      twin: reader === 'gmail',
    });

  // A firm's engineer whose domain publishes p=reject: Mailman 3's DMARC mitigation rewrites the
  // From to `…=40firm.example@dmarc.ietf.org` (go.mail-archive.com int-area copy), Reply-To him.
  for (const noReplyTo of [false, true]) {
    const rewritten = await ietfPost({
      noReplyTo,
      from: 'Fred Lindqvist <fred.lindqvist@firm.example>',
      list: 'int-area',
      title: 'Int-area',
      subject: 'Re: A new link service model for the Internet',
      id: 'BN0P110MB1422.w212If2@BN0P110MB1422.namprd11.prod.outlook.com',
      body: 'Tom, the checksum covers the pseudo-header only; the parcel data has its own CRC.\r\n\r\nFred\r\n',
      intake:
        'Received: from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2100.outbound.protection.outlook.com [40.107.244.100])\r\n\tby mail2.ietf.org (Postfix) with ESMTPS id 4dW212If2\r\n\tfor <int-area@ietf.org>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)',
      mailFrom: 'fred.lindqvist@firm.example',
      author: { d: 'firm.example', s: 'sel1' },
      rewriteFrom: '"Fred Lindqvist" <fred.lindqvist=40firm.example@dmarc.ietf.org>',
    });
    emit({
      name: `w212-yahoo-ietf-int-area-dmarc-rewritten-from-dmarc-ietf-org${noReplyTo ? '-no-reply-to' : ''}`,
      about:
        "Genuine: a p=reject firm's engineer posts to int-area@ietf.org; Mailman 3 rewrites his From to fred.lindqvist=40firm.example@dmarc.ietf.org (Reply-To him: Mailman 3's munge_from)" +
        (noReplyTo
          ? ' In this variant no Reply-To is added (the dmarc.ietf.org address itself forwards to him; which one the IETF writes is not confirmed).'
          : '') +
        ', tags and footers the post (his d=firm.example signature fails) and the list signs d=ietf.org. Yahoo: dkim=perm_fail firm.example, dkim=pass ietf.org, spf=pass, dmarc=pass for dmarc.ietf.org. The list speaks for the post: authenticated or unverified.',
      class: 'outsider-post',
      reader: 'yahoo',
      raw: rewritten,
      relay: IETF,
      env: 'int-area-bounces@ietf.org',
      found: {
        dkim: [{ d: 'firm.example', s: 'sel1', r: 'fail' }, list],
        spf: 'pass',
        dmarc: { from: 'dmarc.ietf.org', policy: 'none', result: 'pass' },
      },
      zone: IETF_ZONE,
      expect: TRUSTED,
      offline: true,
    });
  }
  // A Gmail user (p=none, not rewritten): his signature fails on the tag and footer; only the
  // list's d=ietf.org signature verifies, unaligned with gmail.com; DMARC fails under p=none.
  const gmailUser = await ietfPost({
    from: 'Tom Harding <tom.harding.net@gmail.com>',
    list: 'int-area',
    title: 'Int-area',
    subject: 'Re: A new link service model for the Internet',
    id: 'CALx212Ig3q@mail.gmail.com',
    body: 'Fred,\r\n\r\nSo this is a new L4 checksum, not the RFC 768 one?\r\n\r\nTom\r\n',
    intake:
      'Received: from mail-lj1-x235.google.com (mail-lj1-x235.google.com [209.85.208.235])\r\n\tby mail2.ietf.org (Postfix) with ESMTPS id 4dW212Ig3\r\n\tfor <int-area@ietf.org>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)',
    mailFrom: 'tom.harding.net@gmail.com',
    author: { d: 'gmail.com', s: 'google' },
  });
  emit({
    name: 'w212-box-ietf-int-area-gmail-poster-broken-list-signed-dmarc-fail',
    about:
      "Genuine: a Gmail user's reply on int-area@ietf.org (gmail.com p=none, so Mailman 3 does not rewrite the From); the tag and footer break his d=gmail.com signature, the list signs d=ietf.org. The box: dkim=fail gmail.com, dkim=pass ietf.org, spf=pass ietf.org, dmarc=fail (p=none). Ordinary list mail from a freemail poster: unverified is right; suspicious would be a false alarm on every such post.",
    class: 'outsider-post',
    reader: 'box',
    raw: gmailUser,
    relay: IETF,
    env: 'int-area-bounces@ietf.org',
    found: {
      dkim: [{ d: 'gmail.com', s: 'google', r: 'fail' }, list],
      spf: 'pass',
      dmarc: { from: 'gmail.com', policy: 'none', result: 'fail' },
    },
    zone: IETF_ZONE,
    expect: TRUSTED,
    offline: true,
  });

  // IETF-Announce: the IESG Secretary's Last Call, through the same list host.
  const announce = await ietfPost({
    from: 'The IESG <iesg-secretary@ietf.org>',
    list: 'ietf-announce',
    title: 'IETF-Announce',
    subject:
      'Last Call: <draft-ietf-bess-srv6-services-20.txt> (SRv6 BGP based Overlay Services) to Proposed Standard',
    id: '176363280543.4412.w212lastcall@ietfa.amsl.com',
    body: 'The IESG has received a request from the BGP Enabled ServiceS WG (bess) to\r\nconsider the following document as a Proposed Standard.\r\n\r\nThe IESG plans to make a decision in the next few weeks, and solicits final\r\ncomments on this action.\r\n',
    intake:
      'Received: from ietfa.amsl.com (ietfa.amsl.com [4.31.198.44])\r\n\tby mail2.ietf.org (Postfix) with ESMTPS id 4dW212Ia4\r\n\tfor <ietf-announce@ietf.org>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)',
    mailFrom: 'iesg-secretary@ietf.org',
  });
  emit({
    name: 'w212-gmail-ietf-announce-iesg-last-call-list-signed',
    about:
      "Genuine: the IESG Secretary's Last Call announcement on ietf-announce@ietf.org (moderated, from the Datatracker's host), signed d=ietf.org by the list host. Gmail: dkim=pass ietf.org, spf=pass, dmarc=pass. Trusted.",
    class: 'org-own-list',
    reader: 'gmail',
    raw: announce,
    relay: IETF,
    env: 'ietf-announce-bounces@ietf.org',
    found: { dkim: [list], spf: 'pass', dmarc: ietfPass },
    zone: IETF_ZONE,
    expect: TRUSTED,
    offline: true,
  });
}

// =============================================================================================
// W3C: lists.w3.org (SmartList-style resending; host address and envelope modelled)
// =============================================================================================
const W3C: Relay = { helo: 'lists.w3.org', rdns: 'lists.w3.org', ip: '198.51.100.52' };
const W3C_ZONE = {
  ...ptr(W3C.ip, W3C.rdns),
  ...key('google._domainkey.gmail.com'),
  'w3.org': { TXT: ['v=spf1 ip4:198.51.100.52 include:_spf.google.com ~all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  ...dmarc('w3.org', 'none'),
  ...dmarc('gmail.com', 'none'),
};
/** W3C's list fields: Resent-From the list, X-Archived-At, no tag, no footer (modelled). */
const w3cList = (list: string, n: number) => [
  `Resent-From: ${list}@w3.org`,
  `X-Archived-At: https://www.w3.org/mid/w212.${n}@lists.w3.org`,
  `Archived-At: <https://lists.w3.org/Archives/Public/${list}/2026Nov/${String(n).padStart(4, '0')}.html>`,
  `X-Mailing-List: <${list}@w3.org> archive/latest/${n}`,
  `X-Loop: ${list}@w3.org`,
  `Resent-Sender: ${list}-request@w3.org`,
  'Precedence: list',
  `List-Id: <${list}.w3.org>`,
  `List-Help: <https://www.w3.org/Mail/>`,
  `List-Unsubscribe: <mailto:${list}-request@w3.org?subject=unsubscribe>`,
  'Resent-Date: Fri, 20 Nov 2026 10:00:02 +0000',
];
const w3cOut = (raw: string, intake: string) =>
  onTop(
    raw,
    'Received: from lists.w3.org (localhost [127.0.0.1])\r\n\tby lists.w3.org with esmtp (Exim 4.96)\r\n\t(envelope-from <www-style-request@w3.org>)\r\n\tid 1w212W-00Ab0Q-2c; Fri, 20 Nov 2026 10:00:02 +0000',
    intake,
  );

async function w3cCases(emit: (s: Shape) => void): Promise<void> {
  // A W3C staffer's post as @w3.org from a W3C host that does not sign (modelled).
  const staff = w3cOut(
    appendHeaders(
      submitted({
        from: 'Lea Vantongeren <lea@w3.org>',
        to: 'www-style@w3.org',
        subject: '[CSSWG] Minutes Telecon 2026-11-18',
        messageId: '<w212.minutes.0a1b@w3.org>',
        body: "=========================================\r\n  These are the official CSSWG minutes.\r\n  Unless you're correcting the minutes,\r\n Please respond by starting a new thread\r\n   with an appropriate subject line.\r\n=========================================\r\n",
      }),
      ...w3cList('www-style', 1042),
    ),
    'Received: from titan.w3.example ([198.51.100.60])\r\n\tby lists.w3.org with esmtp (Exim 4.96)\r\n\t(envelope-from <lea@w3.org>)\r\n\tid 1w212V-00Ab0P-1b\r\n\tfor www-style@w3.org; Fri, 20 Nov 2026 10:00:01 +0000',
  );
  for (const reader of ['gmail'] as Reader[])
    emit({
      name: `w212-${reader}-w3c-www-style-staffer-minutes-unsigned-request-envelope`,
      about: `Genuine: a W3C staffer posts the CSSWG minutes to www-style@w3.org as lea@w3.org from a W3C host that does not sign (modelled); the list resends it with Resent-From and envelope www-style-request@w3.org. ${reader}: no DKIM, spf=pass, dmarc=pass (p=none) on that envelope alone. Anyone may post to www-style: unverified.`,
      class: 'org-own-list',
      reader,
      raw: staff,
      relay: W3C,
      env: 'www-style-request@w3.org',
      found: { dkim: [], spf: 'pass', dmarc: { from: 'w3.org', policy: 'none', result: 'pass' } },
      zone: W3C_ZONE,
      expect: LIST_ENVELOPE_ONLY,
      offline: reader === 'gmail',
    });

  // An outsider's Gmail post: the list changes neither subject nor body, so his signature holds.
  const outsider = w3cOut(
    appendHeaders(
      await signInOrder(
        submitted({
          from: 'Kofi Mensah <kofi.mensah.css@gmail.com>',
          to: 'www-style@w3.org',
          subject: 'Re: [css-grid] masonry track sizing',
          messageId: '<CAw212W2x@mail.gmail.com>',
          body: 'I would keep auto-flow out of the first level.\r\n\r\nKofi\r\n',
        }),
        [{ d: 'gmail.com', s: 'google', h: AUTHOR_H }],
      ),
      ...w3cList('www-style', 1043),
    ),
    'Received: from mail-sor-f41.google.com ([209.85.220.41])\r\n\tby lists.w3.org with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <kofi.mensah.css@gmail.com>)\r\n\tid 1w212X-00Ab0R-3d\r\n\tfor www-style@w3.org; Fri, 20 Nov 2026 10:00:01 +0000',
  );
  emit({
    name: 'w212-outlook-w3c-www-style-gmail-poster-signature-intact',
    about:
      "Genuine: a Gmail user's reply on www-style@w3.org; the W3C's lists add header fields only (modelled), so his d=gmail.com signature verifies and aligns. Outlook: dkim=pass gmail.com, spf=pass w3.org, dmarc=pass. The author's own key: trusted.",
    class: 'outsider-post',
    reader: 'outlook',
    raw: outsider,
    relay: W3C,
    env: 'www-style-request@w3.org',
    found: {
      dkim: [{ d: 'gmail.com', s: 'google', r: 'pass' }],
      spf: 'pass',
      dmarc: { from: 'gmail.com', policy: 'none', result: 'pass' },
    },
    zone: W3C_ZONE,
    expect: TRUSTED,
    offline: true,
  });
}

// =============================================================================================
// Fedora: Mailman 3 on lists.fedoraproject.org (address modelled)
// =============================================================================================
const FED: Relay = {
  helo: 'lists.fedoraproject.org',
  rdns: 'lists.fedoraproject.org',
  ip: '198.51.100.138',
};
const FED_ZONE = {
  ...ptr(FED.ip, FED.rdns),
  ...key('google._domainkey.gmail.com'),
  'lists.fedoraproject.org': { TXT: ['v=spf1 ip4:198.51.100.138 ~all'] },
  ...dmarc('gmail.com', 'none'),
};
const FED_ARCHIVE = 'https://lists.fedoraproject.org/archives/list/devel@lists.fedoraproject.org';
const FED_FOOTER =
  '--\r\n_______________________________________________\r\ndevel mailing list -- devel@lists.fedoraproject.org\r\nTo unsubscribe send an email to devel-leave@lists.fedoraproject.org\r\nFedora Code of Conduct: https://docs.fedoraproject.org/en-US/project/code-of-conduct/\r\nList Guidelines: https://fedoraproject.org/wiki/Mailing_list_guidelines\r\nList Archives: https://lists.fedoraproject.org/archives/list/devel@lists.fedoraproject.org\r\n';
const fedOut = (raw: string, intake?: string) =>
  onTop(
    raw,
    'Received: from lists.fedoraproject.org (localhost [IPv6:::1])\r\n\tby lists.fedoraproject.org (Postfix) with ESMTP id 4dW212Fd0\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:03 +0000 (UTC)',
    ...(intake ? [intake] : []),
  );

async function fedoraCases(emit: (s: Shape) => void): Promise<void> {
  // A packager's post as her @fedoraproject.org alias (sent through Gmail's SMTP as an alias: Gmail
  // signs d=gmail.com, not aligned). The From is under fedoraproject.org, the envelope
  // devel-bounces@lists.fedoraproject.org aligns with it (relaxed); no DMARC record is modelled, so
  // only SPF for the list's envelope passes.
  const packager = fedOut(
    appendHeaders(
      (await signInOrder(
        submitted({
          from: 'Ines Moreau <imoreau@fedoraproject.org>',
          to: 'devel@lists.fedoraproject.org',
          subject: 'Re: F44 Change Proposal: Drop i686 multilib',
          messageId: '<CAw212Fe1x@mail.gmail.com>',
          body: 'The mass rebuild side-tag is ready; I will retire the orphaned packages tomorrow.\r\n\r\nInes\r\n',
        }),
        [{ d: 'gmail.com', s: 'google', h: AUTHOR_H }],
      )) + FED_FOOTER,
      ...mm3(
        'devel',
        'lists.fedoraproject.org',
        'Development discussions related to Fedora',
        'W212FEDA4QKD4LX7JZ2PH6RVM3NTYB',
        'imoreau@fedoraproject.org',
        FED_ARCHIVE,
      ),
    ),
    'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\r\n\tby lists.fedoraproject.org (Postfix) with ESMTPS id 4dW212Fe1\r\n\tfor <devel@lists.fedoraproject.org>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)',
  );
  for (const reader of ['gmail'] as Reader[])
    emit({
      name: `w212-${reader}-fedora-devel-packager-alias-gmail-signed-list-envelope`,
      about: `Genuine: a Fedora packager posts to devel@lists.fedoraproject.org as imoreau@fedoraproject.org through Gmail (signed d=gmail.com, unaligned); Mailman 3 adds Fedora's footer (the gmail.com signature fails on the body) and hands it out with devel-bounces@lists.fedoraproject.org. ${reader}: dkim fails for gmail.com, spf=pass for the list's envelope, dmarc=none (fedoraproject.org publishes no DMARC record, modelled). Unverified: any subscriber can post as a fedoraproject.org address.`,
      class: 'org-own-list',
      reader,
      raw: packager,
      relay: FED,
      env: 'devel-bounces@lists.fedoraproject.org',
      found: {
        dkim: [{ d: 'gmail.com', s: 'google', r: 'fail' }],
        spf: 'pass',
        dmarc: { from: 'fedoraproject.org', policy: null, result: 'none' },
      },
      zone: FED_ZONE,
      expect: LIST_ENVELOPE_ONLY,
      offline: true,
    });

  const notice = (o: {
    from: string;
    to: string;
    subject: string;
    id: string;
    body: string;
    extra?: string[];
  }) =>
    fedOut(
      submitted({
        from: o.from,
        to: o.to,
        subject: o.subject,
        messageId: `<${o.id}@lists.fedoraproject.org>`,
        extraHeaders: [
          'Precedence: bulk',
          'X-Mailman-Version: 3.3.8',
          'List-Id: Development discussions related to Fedora <devel.lists.fedoraproject.org>',
          ...(o.extra ?? []),
        ],
        body: o.body,
      }),
    );
  const digest = notice({
    from: 'devel-request@lists.fedoraproject.org',
    to: 'devel@lists.fedoraproject.org',
    subject: 'devel Digest, Vol 2104, Issue 31',
    id: '176363300077.1044.w212digest',
    extra: ['Reply-To: devel@lists.fedoraproject.org'],
    body: "Send devel mailing list submissions to\r\n\tdevel@lists.fedoraproject.org\r\n\r\nToday's Topics:\r\n\r\n   1. Re: F44 Change Proposal: Drop i686 multilib (Ines Moreau)\r\n",
  });
  const held = notice({
    from: 'devel-owner@lists.fedoraproject.org',
    to: 'devel-owner@lists.fedoraproject.org',
    subject: 'Devel post from newcomer@mailbox.example requires approval',
    id: '176363310021.1044.w212held',
    body: 'As list administrator, your authorization is requested for the\r\nfollowing mailing list posting:\r\n\r\n    List:    devel@lists.fedoraproject.org\r\n    From:    newcomer@mailbox.example\r\n    Subject: How do I become a packager?\r\n\r\nThe message is being held because:\r\n\r\n    The message is not from a list member\r\n',
  });
  const noticeFound: Found = {
    dkim: [],
    spf: 'pass',
    dmarc: { from: 'lists.fedoraproject.org', policy: null, result: 'none' },
  };
  emit({
    name: 'w212-box-fedora-devel-mailman3-digest-unsigned',
    about:
      "Genuine: Mailman 3's digest of devel from devel-request@lists.fedoraproject.org, unsigned (modelled), envelope devel-bounces@lists.fedoraproject.org. The box: no DKIM, spf=pass, dmarc=none. The list's own notice: authenticated or unverified.",
    class: 'list-notice',
    reader: 'box',
    raw: digest,
    relay: FED,
    env: 'devel-bounces@lists.fedoraproject.org',
    found: noticeFound,
    zone: FED_ZONE,
    expect: TRUSTED,
    offline: true,
  });
  emit({
    name: 'w212-gmail-fedora-devel-moderation-notice-to-owner',
    about:
      "Genuine: Mailman 3's held-post notice from devel-owner@lists.fedoraproject.org to the list's moderators, unsigned (modelled), envelope devel-bounces@lists.fedoraproject.org. Gmail: spf=pass, dmarc=none. The list's own notice: authenticated or unverified.",
    class: 'list-notice',
    reader: 'gmail',
    raw: held,
    relay: FED,
    env: 'devel-bounces@lists.fedoraproject.org',
    found: noticeFound,
    zone: FED_ZONE,
    expect: TRUSTED,
  });
}

// =============================================================================================
// lists.freedesktop.org: Mailman 3 on gabe.freedesktop.org, no footer, no tag (id 12091225694)
// =============================================================================================
const FDO: Relay = { helo: 'gabe.freedesktop.org', rdns: 'gabe.freedesktop.org', ip: '131.252.210.177' };
const FDO_ZONE = {
  ...ptr(FDO.ip, FDO.rdns),
  ...key('mail._domainkey.collabora.example'),
  'lists.freedesktop.org': { TXT: ['v=spf1 ip4:131.252.210.177 ~all'] },
  ...dmarc('collabora.example', 'none'),
};

async function freedesktopCases(emit: (s: Shape) => void): Promise<void> {
  const post = onTop(
    appendHeaders(
      await signInOrder(
        submitted({
          from: 'Piet Janssens <piet.janssens@collabora.example>',
          to: 'dri-devel@lists.freedesktop.org',
          subject: '[PATCH v3 2/7] drm/panfrost: Add support for the G925 GPU',
          messageId: '<20261120095955.412-3-piet.janssens@collabora.example>',
          body: 'Add the compatible string and the power-domain list for the G925.\r\n\r\nSigned-off-by: Piet Janssens <piet.janssens@collabora.example>\r\n',
        }),
        [{ d: 'collabora.example', s: 'mail', h: AUTHOR_H }],
      ),
      ...mm3(
        'dri-devel',
        'lists.freedesktop.org',
        'Direct Rendering Infrastructure - Development',
        'W212FDOB5QKD4LX7JZ2PH6RVM3NTYB',
        'piet.janssens@collabora.example',
        'https://lists.freedesktop.org/archives/list/dri-devel@lists.freedesktop.org',
      ),
    ),
    'Received: from gabe.freedesktop.org (localhost [127.0.0.1])\r\n\tby gabe.freedesktop.org (Postfix) with ESMTP id 4dW212Fdo\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:03 +0000 (UTC)',
    'Received: from bali.collabora.example (bali.collabora.example [198.51.100.77])\r\n\tby gabe.freedesktop.org (Postfix) with ESMTPS id 4dW212Fdn\r\n\tfor <dri-devel@lists.freedesktop.org>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)',
  );
  for (const reader of ['gmail', 'outlook'] as Reader[])
    emit({
      name: `w212-${reader}-freedesktop-dri-devel-consultancy-patch-signature-intact`,
      about: `Genuine: a consultancy engineer's patch on dri-devel@lists.freedesktop.org, signed by his firm (d=collabora.example); Mailman 3 adds header fields only (no tag, no footer), so the signature verifies; envelope dri-devel-bounces@lists.freedesktop.org. ${reader}: dkim=pass collabora.example, spf=pass, dmarc=pass. The author's own key: trusted.`,
      class: 'outsider-post',
      reader,
      raw: post,
      relay: FDO,
      env: 'dri-devel-bounces@lists.freedesktop.org',
      found: {
        dkim: [{ d: 'collabora.example', s: 'mail', r: 'pass' }],
        spf: 'pass',
        dmarc: { from: 'collabora.example', policy: 'none', result: 'pass' },
      },
      zone: FDO_ZONE,
      expect: TRUSTED,
      offline: reader === 'gmail',
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
    if (s.offline)
      emitCase(write, {
        name: `${s.name}-offline`,
        about: `${s.about} Offline (no DNS).`,
        class: s.class,
        args: READER_ARGS[s.reader],
        eml,
        expect: s.expect,
      });
  };
  await ubuntuCases(emit);
  await ietfCases(emit);
  await w3cCases(emit);
  await fedoraCases(emit);
  await freedesktopCases(emit);
}

// What read wrong (30 cases written, 2 pending; none read spoofed). The list reading of 2026-12-07
// holds on these hosts: the unsigned @ubuntu.com and @w3.org member posts, whose only DMARC pass is
// the list's bounce envelope, read unverified online and offline; the ietf.org posts signed only by
// the list host read unverified; authors' intact signatures (canonical.com through lists.ubuntu.com,
// gmail.com through lists.w3.org, a firm's through lists.freedesktop.org) read authenticated.
// 1. The IETF's DMARC rewrite with the author in Reply-To:
//    w212-yahoo-ietf-int-area-dmarc-rewritten-from-dmarc-ietf-org (online and -offline).
//    Read now: suspicious; reply-to-other-org (Reply-To fred.lindqvist@firm.example, the From
//    fred.lindqvist=40firm.example@dmarc.ietf.org), with dkim-fail (his d=firm.example signature
//    broken by the tag and footer) and dmarc-policy-none. The same post without a Reply-To
//    (…-no-reply-to) reads unverified.
//    Should read: unverified (the list, d=ietf.org, speaks for the post; the Reply-To is the author
//    the list's rewrite names, as Mailman's "X via list" rewrite is read).
//    At fault: lib/findings/list-evidence.ts listFromRewriteOf: it knows a list's From rewrite only
//    by a display name "<author> via <list>"; the IETF's form keeps the author's display name and
//    spells his address in the local part (`local=40domain`) under `dmarc.<list's organisation>`,
//    so listFromRewrite is null and lib/findings/reply-to.ts (the `listAuthor` skip) does not
//    explain the Reply-To.
//    Smallest fix: in listFromRewriteOf, when no "via" name is present, also accept a From whose
//    domain is under the List-Id's organisation (sameOrg(list.id, from.domain), as `ownAddress`)
//    and whose local part, with the last `=40` read as `@`, equals a Reply-To or Cc address: that
//    address is the author.
//    Could hurt: an attacker's own list (his List-Id, his domain) writing `ceo=40bank.example@dmarc.
//    attacker.example` with Reply-To ceo@bank.example: the From is still his domain, so the reading
//    is about his domain and the visible From names no bank; but a display name posing as the bank
//    must still be caught (keep the `posing` test in reply-to.ts for this author too).
//    NOT confirmed: that the IETF adds the Reply-To at all (the -no-reply-to variant covers the
//    other reading).
// Lead, 2026-12-08: fixed (listFromRewriteOf reads the `=40` spelling through encodedAuthorRewrite).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
