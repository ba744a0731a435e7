// Red-team round 228: tonight's three readings, after round 227's fixes (c931a6d9, 8cd5a517).
// 1. reader-org.ts readerNamedByPlatformUser: a list's From rewrite excuses a desk name of the
//    reader's organisation only when postersDomains are all the reader's AND a DKIM check of one of
//    them passed (not listSigned) or was restored (listRestore). Attacks: the reader's own service
//    desk's genuine, signed auto-acknowledgement of a ticket the attacker opened (it quotes his
//    ticket text, his link in it) re-posted through his own Google Group: Google's intake verifies
//    the desk's signature and records it in its ARC set (dkim=pass header.i=@reader.example,
//    dmarc=pass), then rewrites the From ("'Reader IT Service Desk' via Staff Notices"); the same
//    read in Gmail offline, on Yahoo, and on the reader's box; the group's name itself as the desk
//    with a replayed colleague's signed note; and a groups.io post with the desk's address encoded.
// 2. outsidersName's IETF `=40` name and encodedAuthorRewrite's X-Original-From holder: the desk
//    name with the spelled address held in X-Original-From (the holder added in c931a6d9), and a
//    colleague's person name with Mailman 2.1's merged Reply-To (the original author plus the
//    poster's own Reply-To, a free mailbox).
// 3. azurecomm.net: a managed domain naming the reader's desk with the ACS API's replyTo set to the
//    desk's real address, and "Reader Payroll" read in Outlook. Look-alikes between two managed
//    domains are no attack (Azure assigns the <guid>; nobody chooses one near another's), and the
//    sender memory cannot be driven through the corpus harness (no --memory in corpusCliArgs), so
//    neither is modelled.
// Genuine shapes these rules may now read worse: the reader's own IT desk posting to an outside
// Google Group (its signature broken by Google's From rewrite, exactly the forgery's headers), a
// colleague's security-team post to an IETF list, and the reader's organisation's own ACS
// notifications under its desk's name.
// Where the layouts were learnt:
// - Google Groups' post (gmr-mx.google.com intake, ARC i=1 d=google.com s=arc-20240605,
//   d=googlegroups.com s=20230601, X-Original-Sender, List-ID, Mailing-list, the group's
//   bncB… envelope, mail-qt1-x83f.google.com): probe216.ts (its own citations). The From rewrite
//   "'<name>' via <group>" with X-Original-From and Reply-To the author: realworld's Google Groups
//   modules as reader-org.ts's comments cite them (real-mail round 119, red-team round 124).
// - The IETF's `=40` rewrite under dmarc.ietf.org and int-area's list fields: probe227.ts and
//   realworld212.ts (go.mail-archive.com's int-area copy). Mailman 2.1's munged Reply-To: `search`
//   (code) "Mailman 2.1 from_is_list munge_from Reply-To" returned Mailman 3's cook-headers doctests
//   ("Reply-to munging … change or augment an existing Reply-To"), not 2.1's CookHeaders.py itself.
// - groups.io's `"<name> via groups.io" <name=domain@groups.io>` form: reader-org.ts postersDomains
//   and PUBLIC_LIST_HOSTS' "<poster> via <group>" comments, probe216.ts (groups.io's hosts).
//   Without "via" outsidersName reads no groups.io name at all (NOT confirmed which form
//   groups.io writes today).
// - ACS managed domains, selector1-azurecomm-prod-net, the ACS hop and Exchange Online's EUR
//   outbound host: probe226.ts (its find_string citations, ids 8719767212, 22541951282, 55809573377).
// NOT confirmed: that Google Groups' ARC-Authentication-Results for a replayed, intact signed post
// reads exactly as modelled; that ServiceNow/Freshdesk-style acknowledgements quote the ticket's
// text with its link (common, not checked for a named product); that Mailman 2.1 at ietf.org keeps
// the poster's own Reply-To beside the author it adds; whether the IETF writes X-Original-From
// itself; that ACS's send API lets the replyTo name the reader's domain (the API takes any address).
import type { CaseExpectation } from '../../helpers/corpus';
import {
  type CorpusCase,
  emitCase,
  GMAIL,
  KEY,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED_NO_REPLY_TO,
  signAll,
} from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const READER = ['--recipient-domain', 'reader.example'];
const BOX = ['--authserv-id', RECEIVER, ...READER];
const GMAIL_READER = [...GMAIL, ...READER];
const DESK: CaseExpectation = { verdict: ['suspicious', 'spoofed'] };
const GENUINE: CaseExpectation = { notVerdict: ['spoofed'] };

const READER_ZONE = {
  'rd1._domainkey.reader.example': KEY(),
  '_dmarc.reader.example': { TXT: ['v=DMARC1; p=reject'] },
  'reader.example': { TXT: ['v=spf1 ip4:192.0.2.25 -all'] },
};

// ---- 1. Google Groups: the desk's own signed acknowledgement re-posted ----
const GG_OUT: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
const GG_ZONE = {
  ...READER_ZONE,
  ...ptr(GG_OUT.ip, GG_OUT.rdns),
  ...keyZone(['arc-20240605._domainkey.google.com', '20230601._domainkey.googlegroups.com']),
  'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
};

interface Signed {
  display: string;
  local: string;
  to: string;
  subject: string;
  body: string;
  tag: string;
}

/** What reader.example's own system signed and sent (to the attacker, or to a group), d=reader.example. */
const readerSigned = (s: Signed) =>
  signAll(
    submitted({
      from: `"${s.display}" <${s.local}@reader.example>`,
      to: s.to,
      subject: s.subject,
      messageId: `<228${s.tag}.ack@reader.example>`,
      body: s.body,
    }),
    [['reader.example', 'rd1']],
    SIGNED_NO_REPLY_TO,
  );

/** Google Groups' rewrite of an intact signed post from reader.example, as handed out by Google. */
async function groupsRewrite(
  signed: string,
  s: Signed,
  group: { name: string; title: string },
  intake: 'pass' | 'fail',
): Promise<string> {
  const gaddr = `${group.name}@googlegroups.com`;
  const rewritten = signed
    .replace(
      /^From: .*$/m,
      `From: "'${s.display}' via ${group.title}" <${gaddr}>\r\nReply-To: "${s.display}" <${s.local}@reader.example>`,
    )
    .replace(
      /\r\n\r\n/,
      `\r\nX-Original-Sender: ${s.local}@reader.example\r\nX-Original-From: "${s.display}" <${s.local}@reader.example>\r\nPrecedence: list\r\nMailing-list: list ${gaddr}; contact ${group.name}+owners@googlegroups.com\r\nList-ID: <${group.name}.googlegroups.com>\r\nList-Post: <https://groups.google.com/group/${group.name}/post>, <mailto:${gaddr}>\r\n\r\n`,
    );
  const ar =
    intake === 'pass'
      ? `gmr-mx.google.com; dkim=pass header.i=@reader.example header.s=rd1 header.b=Q29ycHVz; spf=pass (google.com: domain of bounce@attacker.example designates 198.51.100.66 as permitted sender) smtp.mailfrom=bounce@attacker.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=reader.example`
      : `gmr-mx.google.com; dkim=pass header.i=@reader.example header.s=rd1 header.b=Q29ycHVz; spf=pass (google.com: domain of servicedesk@reader.example designates 192.0.2.25 as permitted sender) smtp.mailfrom=servicedesk@reader.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=reader.example`;
  return sealCorpus(
    await signAll(
      rewritten,
      [['googlegroups.com', '20230601']],
      [
        'from',
        'reply-to',
        'subject',
        'date',
        'to',
        'list-id',
        'list-post',
        'mailing-list',
        'x-original-sender',
        'x-original-from',
      ],
    ),
    {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: ar,
    },
  );
}

const ggEnv = (tag: string) => `staff-notices+bncBDL3ZMA5BYIFBB228${tag}@googlegroups.com`;

function gmailGroups(raw: string, tag: string, from: string): string {
  const env = ggEnv(tag);
  return gmailDelivery(raw, {
    relay: GG_OUT,
    envelope: env,
    results: [
      'arc=pass (i=1 spf=pass spfdomain=attacker.example dkim=pass dkdomain=reader.example dmarc=pass fromdomain=reader.example);',
      gmailDkim('reader.example', 'rd1', 'fail'),
      gmailDkim('googlegroups.com', '20230601'),
      gmailSpf(env, GG_OUT.ip),
      `dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${from}`,
    ].join('\r\n       '),
    ids: [`x228csp${tag}pxa`, `a228si${tag}gg.228`],
    spf: 'pass',
    deliveredTo: true,
    to: 'robin@reader.example',
  });
}

const ACK: Signed = {
  display: 'Reader IT Service Desk',
  local: 'servicedesk',
  to: 'Lee Carver <lee.carver@attacker.example>',
  subject: 'Request INC0048812 received: Mailbox migration tonight',
  body: 'Your request INC0048812 has been received and will be handled by the Service Desk.\r\n\r\nYour request:\r\n  "All staff: mailboxes move to the new platform tonight. Re-validate your account before 17:00 at https://validate.attacker.example/staff"\r\n\r\nReader IT Service Desk\r\n',
  tag: 'a',
};
const GROUP = { name: 'staff-notices', title: 'Staff Notices' };

async function groupsCases(emit: (c: CorpusCase) => void): Promise<void> {
  const ack = await readerSigned(ACK);
  const posted = await groupsRewrite(ack, ACK, GROUP, 'pass');
  const about = `Attack: the attacker opens ticket INC0048812 at the reader's IT desk with a lure as its text; the desk's system sends him its acknowledgement ("Reader IT Service Desk" <servicedesk@reader.example>, d=reader.example, quoting his ticket with its link). He re-sends it unchanged from his server to his own Google Group "Staff Notices" (anyone may post); Google's intake verifies the desk's signature and DMARC (recorded in its ARC set, i=1 d=google.com), rewrites the From to "'Reader IT Service Desk' via Staff Notices" <staff-notices@googlegroups.com> (reader.example p=reject), Reply-To the desk, and signs d=googlegroups.com; the desk's own signature breaks on the new From. He subscribed robin@reader.example.`;
  emit({
    name: 'r228-gmail-own-google-group-reposts-desk-signed-ack-online',
    class: 'reader-org',
    about: `${about} Read in Gmail online (--recipient-domain reader.example). Wanted: suspicious: the desk's name in an outsider's group; the desk signed a message to the attacker, not this post.`,
    eml: gmailGroups(posted, 'a', 'googlegroups.com'),
    zone: GG_ZONE,
    args: GMAIL_READER,
    twin: true,
    expect: DESK,
  });
  emit({
    name: 'r228-gmail-own-google-group-reposts-desk-signed-ack-offline',
    class: 'reader-org',
    about: `${about} Read in Gmail offline: Gmail's arc=pass names dkdomain=reader.example. Wanted: suspicious.`,
    eml: gmailGroups(posted, 'b', 'googlegroups.com'),
    args: GMAIL_READER,
    expect: DESK,
  });
  emit({
    name: 'r228-yahoo-own-google-group-reposts-desk-signed-ack',
    class: 'reader-org',
    about: `${about} Read in Yahoo offline: dkim=pass googlegroups.com, dkim=fail reader.example, dmarc=pass for googlegroups.com. Wanted: suspicious.`,
    eml: yahooDelivery(posted, {
      relay: GG_OUT,
      envelope: ggEnv('c'),
      results: `dkim=pass header.i=@googlegroups.com header.s=20230601;\r\n dkim=fail header.i=@reader.example header.s=rd1;\r\n spf=pass smtp.mailfrom=googlegroups.com;\r\n dmarc=pass(p=NONE) header.from=googlegroups.com;`,
    }),
    args: ['--webmail', 'yahoo', ...READER],
    expect: DESK,
  });
  emit({
    name: 'r228-box-own-google-group-reposts-desk-signed-ack',
    class: 'reader-org',
    about: `${about} Read on the reader's Postfix/rspamd box online. Wanted: suspicious.`,
    eml: onTop(
      posted,
      `Return-Path: <${ggEnv('d')}>`,
      received({
        helo: GG_OUT.helo,
        rdns: GG_OUT.rdns,
        ip: GG_OUT.ip,
        by: RECEIVER,
        id: '4Zr228d1',
        for: 'robin@reader.example',
      }),
    ),
    zone: GG_ZONE,
    args: BOX,
    expect: DESK,
  });
  // The group's own name is the desk's; the poster a real colleague whose signed note is replayed.
  const note: Signed = {
    display: 'Jane Roe',
    local: 'jane.roe',
    to: 'Lee Carver <lee.carver@attacker.example>',
    subject: 'Re: Password reset portal',
    body: 'Lee,\r\n\r\nthe portal you mention is https://validate.attacker.example/staff as far as I know; please use it.\r\n\r\nJane\r\n',
    tag: 'e',
  };
  emit({
    name: 'r228-gmail-group-named-reader-it-desk-reposts-colleague-signed-note',
    class: 'reader-org',
    about: `Attack: the attacker's Google Group is titled "Reader IT Service Desk" (reader-it-service-desk@googlegroups.com); he re-posts a genuine signed note from the reader's colleague Jane Roe (d=reader.example; it repeats the link he asked her about) so Google writes "'Jane Roe' via Reader IT Service Desk", X-Original-From Jane, and its ARC set records her signature as passing. Gmail online. Wanted: suspicious: the group's name is the attacker's, whoever posted.`,
    eml: gmailGroups(
      await groupsRewrite(
        await readerSigned(note),
        note,
        { name: 'reader-it-service-desk', title: 'Reader IT Service Desk' },
        'pass',
      ),
      'e',
      'googlegroups.com',
    ),
    zone: GG_ZONE,
    args: GMAIL_READER,
    expect: DESK,
  });
  // Genuine: the reader's desk itself posts to an outside group (a regional IT forum).
  const forum: Signed = {
    display: 'Reader IT Service Desk',
    local: 'servicedesk',
    to: 'regional-it-forum@googlegroups.com',
    subject: 'Outage notice: our SSO is down 02:00-03:00 UTC',
    body: 'Colleagues, our SSO is in maintenance tonight 02:00-03:00 UTC; federated logins to us will fail.\r\n\r\nReader IT Service Desk\r\n',
    tag: 'f',
  };
  emit({
    name: 'r228-gmail-reader-desk-posts-to-outside-google-group-genuine',
    class: 'reader-org',
    about: `Genuine: the reader's own IT desk posts to an outside Google Group (a regional IT forum) from reader.example's servers; Google rewrites the From to "'Reader IT Service Desk' via Regional IT Forum", X-Original-From and Reply-To the desk, ARC records the desk's pass; the desk's signature breaks on the rewrite. A colleague reads it in Gmail online. Wanted: not spoofed (its headers are the forgery's above, save the intake's envelope).`,
    eml: gmailGroups(
      await groupsRewrite(
        await readerSigned(forum),
        forum,
        { name: 'regional-it-forum', title: 'Regional IT Forum' },
        'fail',
      ),
      'f',
      'googlegroups.com',
    ),
    zone: GG_ZONE,
    args: GMAIL_READER,
    expect: GENUINE,
  });
}

// ---- 1b. groups.io: the desk's address encoded in the From ----
async function groupsIoCase(emit: (c: CorpusCase) => void): Promise<void> {
  const GIO: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '66.175.222.108' };
  const env = 'bounce+228a1+9+1808289+3934443@groups.io';
  const raw = await signAll(
    submitted({
      from: '"Reader IT Service Desk via groups.io" <servicedesk=reader.example@groups.io>',
      subject: '[staffnotices] Mailbox migration tonight',
      messageId: '<228g.gio@groups.io>',
      extraHeaders: [
        'Reply-To: "Reader IT Service Desk" <servicedesk@reader.example>',
        'X-Original-From: "Reader IT Service Desk" <servicedesk@reader.example>',
        'List-Id: <staffnotices.groups.io>',
        'List-Post: <mailto:staffnotices@groups.io>',
        'List-Unsubscribe: <mailto:staffnotices+unsubscribe@groups.io>',
        'Precedence: list',
      ],
      body: 'Re-validate your mailbox before 17:00: https://validate.attacker.example/staff\r\n\r\n_._,_._,_\r\nGroups.io Links:\r\n',
    }),
    [['groups.io', 'gio1']],
    ['from', 'reply-to', 'subject', 'date', 'to', 'list-id', 'message-id'],
  );
  emit({
    name: 'r228-box-own-groups-io-group-encodes-reader-desk-address',
    class: 'reader-org',
    about: `Attack: the attacker's own groups.io group "staffnotices"; as owner he direct-adds servicedesk@reader.example as a member and posts as it from his server (groups.io's intake does not hold the post for the desk's failing DMARC: NOT confirmed), so groups.io writes "Reader IT Service Desk via groups.io" <servicedesk=reader.example@groups.io>, X-Original-From and Reply-To the desk, signed d=groups.io. The reader's box online. Wanted: suspicious: no signature of the desk's came with it.`,
    eml: onTop(
      raw,
      `Return-Path: <${env}>`,
      received({
        helo: GIO.helo,
        rdns: GIO.rdns,
        ip: GIO.ip,
        by: RECEIVER,
        id: '4Zr228g1',
        for: 'robin@reader.example',
      }),
    ),
    zone: {
      ...READER_ZONE,
      ...ptr(GIO.ip, GIO.rdns),
      'gio1._domainkey.groups.io': KEY(),
      'groups.io': { TXT: ['v=spf1 ip4:66.175.222.0/24 ip4:45.79.81.0/24 -all'] },
      '_dmarc.groups.io': { TXT: ['v=DMARC1; p=none'] },
    },
    args: BOX,
    expect: DESK,
  });
}

// ---- 2. ietf.org's lists ----
const IETF: Relay = { helo: 'mail2.ietf.org', rdns: 'mail2.ietf.org', ip: '203.0.113.44' };
const IETF_ENV = 'int-area-bounces@ietf.org';

async function ietfPost(
  from: string,
  extra: string[],
  subject: string,
  body: string,
  tag: string,
): Promise<string> {
  return signAll(
    submitted({
      from,
      subject: `[Int-area] ${subject}`,
      messageId: `<228${tag}.q1@mail.example>`,
      extraHeaders: [
        ...extra,
        'List-Id: Internet Area Working Group <int-area.ietf.org>',
        'List-Post: <mailto:int-area@ietf.org>',
        'List-Unsubscribe: <mailto:int-area-leave@ietf.org>',
        'Precedence: list',
      ],
      body: `${body}_______________________________________________\r\nInt-area mailing list -- int-area@ietf.org\r\nTo unsubscribe send an email to int-area-leave@ietf.org\r\n`,
    }),
    [['ietf.org', 'ietf1']],
  );
}

const gmailIetf = (raw: string, tag: string) =>
  gmailDelivery(raw, {
    relay: IETF,
    envelope: IETF_ENV,
    ids: [`x228csp${tag}pxa`, `a228si${tag}qtb`],
    spf: 'pass',
    deliveredTo: true,
    to: 'robin@reader.example',
    results: `${gmailDkim('ietf.org', 'ietf1')}\r\n       ${gmailSpf(IETF_ENV, IETF.ip)}\r\n       ${gmailDmarc('dmarc.ietf.org', 'NONE')}`,
  });

async function ietfCases(emit: (c: CorpusCase) => void): Promise<void> {
  emit({
    name: 'r228-gmail-ietf-rewrite-reader-desk-held-in-x-original-from',
    class: 'reader-org',
    about: `Attack: the attacker posts to int-area@ietf.org as "Reader IT Service Desk" <servicedesk@reader.example> (p=reject) from his own server, adding his own X-Original-From naming the desk; the IETF rewrites to "Reader IT Service Desk" <servicedesk=40reader.example@dmarc.ietf.org> and signs d=ietf.org. No Reply-To or Cc: the holder is X-Original-From only (read since c931a6d9). Gmail offline, --recipient-domain reader.example. Wanted: suspicious.`,
    eml: gmailIetf(
      await ietfPost(
        '"Reader IT Service Desk" <servicedesk=40reader.example@dmarc.ietf.org>',
        ['X-Original-From: "Reader IT Service Desk" <servicedesk@reader.example>'],
        'Mailbox migration for all staff',
        'All staff: re-validate your mailbox before 17:00 at https://validate.attacker.example/staff\r\n',
        'h',
      ),
      'h',
    ),
    args: GMAIL_READER,
    twin: true,
    expect: DESK,
  });
  emit({
    name: 'r228-gmail-ietf-rewrite-colleague-reply-to-merged-with-gmail',
    class: 'reply-to',
    about: `Attack: the attacker posts to int-area@ietf.org as the reader's colleague "Marcus Hale" <marcus.hale@reader.example> with his own Reply-To marcus.hale.office@gmail.com; the IETF's Mailman rewrites the From to marcus.hale=40reader.example@dmarc.ietf.org and adds the author to Reply-To beside the poster's (Mailman 2.1's munge: NOT confirmed for ietf.org). Gmail offline, --recipient-domain reader.example. Wanted: not authenticated, the diverted Reply-To shown.`,
    eml: gmailIetf(
      await ietfPost(
        '"Marcus Hale" <marcus.hale=40reader.example@dmarc.ietf.org>',
        ['Reply-To: marcus.hale@reader.example, marcus.hale.office@gmail.com'],
        'Lab budget sign-off',
        'Robin, I need the lab invoice paid today before the interim; reply to me directly, I am travelling.\r\n\r\nMarcus\r\n',
        'i',
      ),
      'i',
    ),
    args: GMAIL_READER,
    expect: { notVerdict: ['authenticated'], findings: ['reply-to-other-org'] },
  });
  emit({
    name: 'r228-gmail-ietf-rewrite-colleague-security-team-post-genuine',
    class: 'reader-org',
    about: `Genuine: the reader's organisation's security team ("Reader Security Team" <security@reader.example>, p=reject) posts a disclosure note to int-area@ietf.org; the IETF rewrites it to security=40reader.example@dmarc.ietf.org, Reply-To the team, d=ietf.org. A colleague reads it in Gmail offline. Wanted: not spoofed (its headers are a forger's; suspicious is what the engine can say).`,
    eml: gmailIetf(
      await ietfPost(
        '"Reader Security Team" <security=40reader.example@dmarc.ietf.org>',
        ['Reply-To: security@reader.example'],
        'Heads-up: tunnel checksum issue in our deployment',
        'We saw malformed inner checksums on the GUE tunnels in our network; details in the draft update.\r\n\r\nReader Security Team\r\n',
        'j',
      ),
      'j',
    ),
    args: GMAIL_READER,
    expect: GENUINE,
  });
}

// ---- 3. ACS managed domains ----
const EOP_OUT_EUR: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2113.outbound.protection.outlook.com',
  ip: '40.107.20.113',
};
const ACS_HOP =
  'Received: from acs-emailservice-prod-northeurope (20.105.210.21) by\r\n DB9PR83MB0611.EURPRD83.prod.outlook.com with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.20;\r\n Fri, 20 Nov 2026 10:00:02 +0000';
const ACS_SELECTOR = 'selector1-azurecomm-prod-net';

async function acsMessage(
  guid: string,
  display: string,
  replyTo: string | null,
  subject: string,
  body: string,
) {
  const domain = `${guid}.azurecomm.net`;
  return signAll(
    onTop(
      submitted({
        from: `${display} <DoNotReply@${domain}>`,
        subject,
        messageId: `<${guid.slice(0, 8)}-228a-4b3c-9d2e-1f0a9b8c7d6e@${domain}>`,
        extraHeaders: [
          ...(replyTo ? [`Reply-To: ${replyTo}`] : []),
          `X-ACS-Email-Operation-Id: ${guid.slice(0, 8)}-5e4f-4a3b-8c2d-1e0f9a8b7c6d`,
        ],
        body,
      }),
      ACS_HOP,
    ),
    [[domain, ACS_SELECTOR]],
  );
}

const acsZone = (guid: string) => {
  const domain = `${guid}.azurecomm.net`;
  return {
    ...M365_SPF_ZONE,
    [domain]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    '_dmarc.azurecomm.net': { TXT: ['v=DMARC1; p=none'] },
    [`${ACS_SELECTOR}._domainkey.${domain}`]: KEY(),
    ...ptr(EOP_OUT_EUR.ip, EOP_OUT_EUR.rdns),
  };
};

const acsBox = (raw: string, guid: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <DoNotReply@${guid}.azurecomm.net>`,
    received({
      helo: EOP_OUT_EUR.helo,
      rdns: EOP_OUT_EUR.rdns,
      ip: EOP_OUT_EUR.ip,
      by: RECEIVER,
      id,
      for: 'robin@reader.example',
    }),
  );

async function acsCases(emit: (c: CorpusCase) => void): Promise<void> {
  const g1 = '8c9da0cc-2281-4a04-91c2-e839d4a025cc';
  emit({
    name: 'r228-box-acs-managed-domain-reader-desk-reply-to-real-desk',
    class: 'reader-org',
    about: `Attack: his Azure Communication Services resource's free managed domain (DoNotReply@${g1}.azurecomm.net; SPF, DKIM and DMARC preset by Azure) sends as "Reader IT Service Desk", the send API's replyTo set to the desk's real address servicedesk@reader.example (so the Reply-To looks in-house; the lure is the link). The reader's box online. Wanted: suspicious: a desk name of the reader's on a stranger's managed domain, whatever its Reply-To.`,
    eml: acsBox(
      await acsMessage(
        g1,
        'Reader IT Service Desk',
        '"Reader IT Service Desk" <servicedesk@reader.example>',
        'Your password expires today',
        'Keep your password: https://validate.attacker.example/staff\r\n',
      ),
      g1,
      '4Zr228k1',
    ),
    zone: acsZone(g1),
    args: BOX,
    twin: true,
    expect: DESK,
  });
  const g2 = '9dae01dd-2282-4b15-82d3-f94ae5b136dd';
  const raw2 = await acsMessage(
    g2,
    'Reader Payroll',
    'payroll@reader.example',
    'Payslip correction for November',
    'Your November payslip was corrected. Sign in to view it: https://payroll-reader.attacker.example/\r\n',
  );
  const d2 = `${g2}.azurecomm.net`;
  emit({
    name: 'r228-outlook-acs-managed-domain-reader-payroll-reply-to-payroll',
    class: 'reader-org',
    about: `Attack: as above from another managed domain (${d2}), named "Reader Payroll" with Reply-To payroll@reader.example, read in the reader's Outlook offline (Exchange Online: spf, dkim, dmarc pass for ${d2}, compauth=pass). Wanted: suspicious.`,
    eml: eopDelivery(raw2, {
      ip: EOP_OUT_EUR.ip,
      helo: EOP_OUT_EUR.helo,
      ar: `spf=pass (sender IP is ${EOP_OUT_EUR.ip})\r\n smtp.mailfrom=${d2}; dkim=pass (signature was verified)\r\n header.d=${d2};dmarc=pass action=none\r\n header.from=${d2};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${d2} designates\r\n ${EOP_OUT_EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EOP_OUT_EUR.ip}; helo=${EOP_OUT_EUR.helo}; pr=C`,
      returnPath: `DoNotReply@${d2}`,
      frontend: 'DB5PEPF00014B26',
    }),
    args: [...OUTLOOK, ...READER],
    expect: DESK,
  });
  const g3 = 'ae0f12ee-2283-4c26-93e4-0a5bf6c247ee';
  emit({
    name: 'r228-box-acs-reader-own-managed-domain-it-notice-genuine',
    class: 'reader-org',
    about: `Genuine: the reader's organisation's own Azure app sends its IT notices from its ACS managed domain (DoNotReply@${g3}.azurecomm.net) as "Reader IT Service Desk", no Reply-To (a common first setup before a custom domain is verified). The reader's box online. Wanted: not spoofed (nothing ties the guid to reader.example; suspicious is what the engine can say).`,
    eml: acsBox(
      await acsMessage(
        g3,
        'Reader IT Service Desk',
        null,
        'Planned maintenance Saturday',
        'The VPN is in maintenance on Saturday 08:00-10:00.\r\n',
      ),
      g3,
      '4Zr228m1',
    ),
    zone: acsZone(g3),
    args: BOX,
    expect: GENUINE,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: CorpusCase) => emitCase(write, c);
  await groupsCases(emit);
  await groupsIoCase(emit);
  await ietfCases(emit);
  await acsCases(emit);
}

// Pending A (8 cases, forgeries read AUTHENTICATED under the reader's own desk's name):
//   r228-gmail-own-google-group-reposts-desk-signed-ack-online (and -no-options), -offline,
//   r228-yahoo-own-google-group-reposts-desk-signed-ack, r228-box-own-google-group-reposts-desk-signed-ack,
//   r228-gmail-ietf-rewrite-reader-desk-held-in-x-original-from (and -no-options),
//   r228-box-own-groups-io-group-encodes-reader-desk-address.
//   Read now: authenticated; only list-from-rewritten, dmarc-policy-none, dkim-fail (reader.example's
//   broken signature) or offline-mode; no display-name-reader-org (groups.io: also
//   reply-to-other-org and hosted-server-relay, the latter for groups.io's own Linode host).
//   Should read: suspicious with display-name-reader-org, as the same name reads on an ACS managed
//   domain (r228-box-acs-…, ok) and as round 227's "Reader Payroll" through ietf.org reads: nothing
//   of reader.example vouches for this post (its signature fails on the rewritten From; ARC's record
//   of it at Google's intake vouches for the acknowledgement the desk sent the attacker).
//   At fault: lib/findings/reader-org.ts readerNamedByPlatformUser, after round 227's new guard:
//   the guard (`poster.written.length > 0 && all reader's && a DKIM pass/restore of one`) fails as
//   it should, but the next line `const own = ownFirmName(author, poster.written)` returns 'reader'
//   whenever the list-written domains (X-Original-From/-Sender, groups.io's `local=domain@`) are
//   the reader's own and the author's name holds its label; then in the loop
//   `!ownsWord(n.own, word)` is false (ownsWord('reader', 'reader'): the label includes the word,
//   the rest '' is no desk word) and the desk name is never read. ownFirmName was meant for a
//   partner whose own domain holds the word (tidewater-logistics.example as "Tidewater Logistics
//   IT", real-mail round 90), not for the reader's own domain, which the guard above now decides.
//   So any author whose written domain is the reader's is excused, signed or not: Google writes
//   X-Original-From from the post's From, groups.io encodes it, and on ietf.org the attacker writes
//   X-Original-From himself (encodedAuthorRewrite takes it as the holder since c931a6d9; round
//   227's payroll case had Reply-To only, so written was empty and ownFirmName had nothing).
//   Smallest fix: in readerNamedByPlatformUser compute `own` from the written domains that are
//   not the reader's (`poster.written.filter((d) => !readers().some((r) => sameOrg(r, d)))`), or
//   in ownsWord require a non-empty rest (the partner's label longer than the reader's word).
//   Could hurt: r228-gmail-reader-desk-posts-to-outside-google-group-genuine (the reader's own
//   desk through an outside Google Group, authenticated now) reads suspicious: its headers are the
//   forgery's, Google's rewrite breaks the desk's signature, and only ARC's record at the intake
//   says it passed, which the replay has as well. A partner under the reader's own label at
//   another suffix (reader.co.uk for reader.example) would be read as naming the reader's desk:
//   right, that is a look-alike.
//   Checked: with the first fix applied to a scratch copy of lib (not committed), all 8 read
//   suspicious with display-name-reader-org, and so does the genuine desk post above; nothing
//   else in this module moved.
// Lead, 2026-12-08: all left pending, a design call. The signature requirement this round attacked
// was taken out the same hour: real-mail round 215's genuine posts by the reader's colleagues and
// desks through a googlegroups.com group named after the organisation ("Reader Staff") read
// suspicious under it, because no list rewrite leaves the author's signature verifiable (the
// restore retries only signatures aligned with the rewritten From). Without it the reader-org
// path reads as before tonight: a poster whose every written domain is the reader's excuses the
// rewrite's names, the group's included, so r228-gmail-group-named-reader-it-desk-reposts-
// colleague-signed-note (passing under the requirement) reads authenticated again. A and that case
// have the genuine posts' headers (ownFirmName's fix proposed in A also flags
// r228-gmail-reader-desk-posts-to-outside-google-group-genuine). The From is the group's own
// address throughout: "authenticated" says googlegroups.com / groups.io / ietf.org sent it.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r228-gmail-group-named-reader-it-desk-reposts-colleague-signed-note',
  'r228-gmail-own-google-group-reposts-desk-signed-ack-online',
  'r228-gmail-own-google-group-reposts-desk-signed-ack-online-no-options',
  'r228-gmail-own-google-group-reposts-desk-signed-ack-offline',
  'r228-yahoo-own-google-group-reposts-desk-signed-ack',
  'r228-box-own-google-group-reposts-desk-signed-ack',
  'r228-gmail-ietf-rewrite-reader-desk-held-in-x-original-from',
  'r228-gmail-ietf-rewrite-reader-desk-held-in-x-original-from-no-options',
  'r228-box-own-groups-io-group-encodes-reader-desk-address',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
