// Real-world delivery shapes, hundred-and-twenty-first round: genuine community and professional
// list mail that names the reader's organisation, or the region it is named after. The reader
// works at Tidewater (tidewater.example); "Tidewater" is also a region's name, so its ISACA chapter,
// a regional IT forum, a users' group, a retirees' association and an alumni network all carry it.
// The round reads them through the last hour's rule (lib/findings/reader-org.ts
// readerNamedByPlatformUser: on a public list host, googlegroups.com and groups.io, the group's own
// name is read beside the poster's, and a poster is cleared only where the addresses the list wrote
// are the reader's organisation's, postersDomains), delivered by Google Groups (public groups and
// another firm's Workspace group), groups.io, Mailman 3, Discourse and Mailchimp, into Gmail,
// Exchange Online and the firm's Postfix box. None may read spoofed; each `about` argues whether a
// demanding reader would accept what HeaderLens says. Beside them, the attack twins the genuine
// layouts invite (a group posting as itself under a desk's name, a desk-named group that ends in
// "Forum", a Yahoo poster naming himself after the firm's service desk on groups.io).
// Where the layouts were learnt (`search`, pages and docs corpora):
// - Google Groups' From rewrite: support.google.com/mail/answer/1311182 ("Extra info next to
//   sender's name": a post to a Google Group from a p=reject/quarantine domain shows "'Sender Name'
//   via Group-Name" <group@domain>; the part after "via" is the group's name, not its address) and
//   support.hdeone.com "Google Groups Specification Changes Due to Stricter DMARC Policy
//   Enforcement" (Header-From rewritten to the group's address only for such authors; a p=none
//   author's From stays). X-Original-Sender/-From, Mailing-list, List-ID, the `+bnc…` envelope and
//   the footer as rounds-kit.ts googleGroupsPost (a kasan-dev raw copy) and realworld119.ts write
//   them.
// - Posting as the group: GAM's wiki "GAM3GroupSettings" and the Groups Settings API
//   (membersCanPostAsTheGroup, docs corpus): a member may post with the group's own address as From.
//   What Google writes in X-Original-Sender for such a post (here the group's address) is NOT
//   confirmed.
// - groups.io's `"Name via groups.io" <local=domain@groups.io>` rewrite, its Sender, Reply-To (group
//   and author), List-Id `<main.<group>.groups.io>` and footer: as realworld119.ts recalled them;
//   the search found only onlinegroups.net's comparable `user-<id>@` rewrite (2014 blog), so NOT
//   confirmed byte for byte.
// - Mailman 3 munge_from and Discourse's mailing-list mode: as realworld119.ts learnt them
//   (docs.mailman3.org "DMARC Mitigations"; discourse's Email::MessageBuilder).
// - Mailchimp: a sender's own domain signing through Mailchimp's k2/k3 CNAMEs, the
//   `bounce-mc.us<N>_…@mail<N>.<dc>.mcdlv.net` envelope and 198.2.128.0/18 as its outbound range
//   are recalled from public Mailchimp campaigns, not re-confirmed here.
// Names and addresses are documentation ones except Google's, groups.io's and Mailchimp's hosts and
// ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders, tagSubject } from '../edits';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay } from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

const POSTED = 'Fri, 20 Nov 2026 09:58:00 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/**
 * The partner's accepted cost (realworld90.ts): its own domain, tidewater-logistics.example, named in
 * Reply-To reads lookalike-domain, the very name an impostor would register; no reader-org note.
 */
const PARTNER: CaseExpectation = {
  verdict: 'suspicious',
  findings: ['lookalike-domain'],
  absentFindings: ['display-name-reader-org'],
};
/** Authenticated, and the reader-organisation finding not raised. */
const CLEAN: CaseExpectation = {
  verdict: 'authenticated',
  fields: { 'dmarc.result': 'pass' },
  absentFindings: ['display-name-reader-org'],
};

// --- The reader, the posters and the hosts ----------------------------------------------------------
const TW = 'tidewater.example';
const TWL = 'tidewater-logistics.example';
const HL = 'harbourline.example';
const CITY = 'hrcity.example';
const ROBIN = `robin.reader@${TW}`;
const BOX = `mail.${TW}`;
const ASSOC = 'hrita.example';
const FORUM = 'community.tidewaterpros.example';
const NEWS = 'tidewaterritf.example';

const GROUPS: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
const GROUPSIO: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '66.175.222.108' };
const LISTS = `lists.${ASSOC}`;
const LIST_RELAY: Relay = { helo: `mail.${ASSOC}`, rdns: `mail.${ASSOC}`, ip: '192.0.2.81' };
const FORUM_RELAY: Relay = { helo: `mail.${FORUM}`, rdns: `mail.${FORUM}`, ip: '203.0.113.41' };
const MC_HOST = 'mail135.suw121.mcdlv.net';
const MAILCHIMP: Relay = { helo: MC_HOST, rdns: MC_HOST, ip: '198.2.135.121' };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

const ZONE = {
  ...ptr(GROUPS.ip, GROUPS.rdns),
  ...ptr(GROUPSIO.ip, GROUPSIO.rdns),
  ...ptr(LIST_RELAY.ip, LIST_RELAY.rdns),
  ...ptr(FORUM_RELAY.ip, FORUM_RELAY.rdns),
  ...ptr(MAILCHIMP.ip, MAILCHIMP.rdns),
  ...M365_SPF_ZONE,
  // Google, groups.io, Mailchimp
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...key('googlegroups.com', '20230601'),
  ...dmarc('googlegroups.com', 'none'),
  ...key('google.com', 'arc-20240605'),
  ...txt('gmail.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  ...dmarc('yahoo.com', 'reject'),
  ...txt('groups.io', 'v=spf1 ip4:66.175.222.0/24 -all'),
  ...key('groups.io', '20240924'),
  ...dmarc('groups.io', 'none'),
  ...txt(MC_HOST, 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 ~all'),
  ...key('mcsv.net', 'k3'),
  // The reader's firm (Google Workspace, p=quarantine) and its partner (Microsoft 365, p=reject)
  ...txt(TW, 'v=spf1 include:_spf.google.com -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...key(TW, 'google'),
  ...dmarc(TW, 'quarantine'),
  ...txt(TWL, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(TWL, 'selector1'),
  ...dmarc(TWL, 'reject'),
  // Outside posters (their own servers, p=reject) and the hosts of the communities
  ...txt(HL, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(HL, 'selector1'),
  ...dmarc(HL, 'reject'),
  ...txt(CITY, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(CITY, 'selector1'),
  ...dmarc(CITY, 'reject'),
  ...txt(ASSOC, 'v=spf1 include:_spf.google.com -all'),
  ...key(ASSOC, 'google'),
  ...dmarc(ASSOC, 'quarantine'),
  ...txt(LISTS, `v=spf1 ip4:${LIST_RELAY.ip} -all`),
  ...key(LISTS, 'ml'),
  ...txt(FORUM, `v=spf1 ip4:${FORUM_RELAY.ip} -all`),
  ...key(FORUM, 'discourse'),
  ...dmarc('tidewaterpros.example', 'none'),
  ...key(NEWS, 'k2'),
  ...dmarc(NEWS, 'none'),
  ...txt(NEWS, 'v=spf1 include:servers.mcsv.net ~all'),
};

/** The From header replaced (a list's rewrite). */
const setFrom = (raw: string, from: string) => raw.replace(/^From: .*$/m, `From: ${from}`);

// --- Receivers -------------------------------------------------------------------------------------
type Reader = 'gmail' | 'outlook' | 'box';

interface Delivered {
  raw: string;
  relay: Relay;
  envelope: string;
  signer: [string, string];
  fromDomain: string;
  policy: string;
}

/** The message as `reader` files it: every check passing for `fromDomain` by `signer`'s signature. */
function deliver(d: Delivered, reader: Reader, n: string): string {
  if (reader === 'gmail')
    return gmailDelivery(d.raw, {
      relay: d.relay,
      envelope: d.envelope,
      results: [
        gmailDkim(d.signer[0], d.signer[1]),
        gmailSpf(d.envelope, d.relay.ip),
        gmailDmarc(d.fromDomain, d.policy.toUpperCase()),
      ].join('\r\n       '),
      ids: [`x121csp${n}pxb`, `a121si${n}qtc.121`],
      deliveredTo: true,
      to: ROBIN,
    });
  const envDomain = d.envelope.slice(d.envelope.lastIndexOf('@') + 1);
  if (reader === 'outlook')
    return eopDelivery(d.raw, {
      ip: d.relay.ip,
      helo: d.relay.helo,
      ar: `spf=pass (sender IP is ${d.relay.ip})\r\n smtp.mailfrom=${envDomain}; dkim=pass (signature was verified)\r\n header.d=${d.signer[0]};dmarc=pass action=none\r\n header.from=${d.fromDomain};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${envDomain} designates\r\n ${d.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${d.relay.ip}; helo=${d.relay.helo}; pr=C`,
      returnPath: d.envelope,
    });
  return onTop(
    d.raw,
    `Return-Path: <${d.envelope}>`,
    dovecotLmtp(BOX, d.envelope, ROBIN, `kB121${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX};\r\n\tdmarc=pass (p=${d.policy.toLowerCase()} dis=none) header.from=${d.fromDomain}`,
    `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${d.signer[0]} header.i=@${d.signer[0]} header.a=rsa-sha256 header.s=${d.signer[1]} header.b=Q29ycHVz`,
    `Authentication-Results: ${BOX};\r\n\tspf=pass smtp.mailfrom=${d.envelope}`,
    `Received: from ${d.relay.helo} (${d.relay.rdns} [${d.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw121${n}a2\r\n\tfor <${ROBIN}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader) => [
  ...(reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : ['--authserv-id', BOX]),
  '--recipient-domain',
  TW,
];

// --- Google Groups -------------------------------------------------------------------------------
interface GroupPost {
  /** The poster's display name and address; `asGroup` posts with the group's own address as From. */
  name: string;
  author: string;
  /** The group's address local part and the name Google writes after "via". */
  group: string;
  groupName: string;
  groupDomain: string;
  signer: [string, string];
  subject: string;
  body: string;
  n: string;
  asGroup?: boolean;
}

/**
 * A Google group's post: the author's p=reject/quarantine From rewritten to `'<name>' via <group
 * name>` at the group's address, Reply-To and X-Original-From the author; or (`asGroup`) a member
 * posting as the group, From the group under its own name. Signed by `signer`, ARC by google.com.
 */
async function googleGroup(o: GroupPost): Promise<string> {
  const address = `${o.group}@${o.groupDomain}`;
  const authorDomain = o.author.slice(o.author.indexOf('@') + 1);
  const base = submitted({
    from: o.asGroup ? `${o.groupName} <${address}>` : `${o.name} <${o.author}>`,
    to: address,
    subject: o.subject,
    date: POSTED,
    messageId: `<CAGg121${o.n}x7Q@mail.gmail.com>`,
    body: o.body,
  });
  const rewritten = o.asGroup ? base : setFrom(base, `'${o.name}' via ${o.groupName} <${address}>`);
  const grouped =
    appendHeaders(
      rewritten,
      ...(o.asGroup
        ? [`X-Original-Sender: ${address}`]
        : [
            `Reply-To: ${o.name} <${o.author}>`,
            `X-Original-From: ${o.name} <${o.author}>`,
            `X-Original-Sender: ${o.author}`,
          ]),
      'Precedence: list',
      `Mailing-list: list ${address}; contact ${o.group}+owners@${o.groupDomain}`,
      `List-ID: <${o.group}.${o.groupDomain}>`,
      `List-Post: <https://groups.google.com/${o.groupDomain === 'googlegroups.com' ? '' : `a/${o.groupDomain}/`}group/${o.group}/post>, <mailto:${address}>`,
      `List-Unsubscribe: <mailto:googlegroups-manage+1210${o.n}+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/${o.groupDomain === 'googlegroups.com' ? '' : `a/${o.groupDomain}/`}group/${o.group}/subscribe>`,
    ) +
    `\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${o.groupName}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${o.group}+unsubscribe@${o.groupDomain}.\r\n`;
  const ar = o.asGroup
    ? `gmr-mx.google.com; spf=pass (google.com: domain of ${address} designates 209.85.220.41 as permitted sender) smtp.mailfrom=${address}`
    : `gmr-mx.google.com; dkim=pass header.i=@${authorDomain} header.s=selector1; spf=pass (google.com: domain of ${o.author} designates 40.107.93.119 as permitted sender) smtp.mailfrom=${o.author}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${authorDomain}`;
  return sealCorpus(await signCorpus(grouped, { domain: o.signer[0], selector: o.signer[1] }), {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: ar,
  });
}

/** A consumer Google group's delivery: the `+bnc…` envelope, d=googlegroups.com, its p=none. */
const viaGoogle = (raw: string, group: string, n: string): Delivered => ({
  raw,
  relay: GROUPS,
  envelope: `${group}+bncBAABB121AAAGQE${n.toUpperCase()}@googlegroups.com`,
  signer: ['googlegroups.com', '20230601'],
  fromDomain: 'googlegroups.com',
  policy: 'none',
});

// --- groups.io ----------------------------------------------------------------------------------------
/** groups.io's rewrite of a p=reject author in group `group`: `"Name via groups.io" <local=domain@groups.io>`. */
async function groupsIo(o: {
  name: string;
  author: string;
  group: string;
  subject: string;
  body: string;
  n: string;
}): Promise<string> {
  const [local, domain] = o.author.split('@') as [string, string];
  const post = `main@${o.group}.groups.io`;
  const raw =
    appendHeaders(
      setFrom(
        tagSubject(
          submitted({
            from: `${o.name} <${o.author}>`,
            to: post,
            subject: o.subject,
            date: POSTED,
            messageId: `<gio121${o.n}.${local}@${domain}>`,
            body: o.body,
          }),
          `[${o.group}] `,
        ),
        `"${o.name} via groups.io" <${local}=${domain}@groups.io>`,
      ),
      `Sender: ${post}`,
      `Reply-To: ${post},${o.name} <${o.author}>`,
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      `List-Unsubscribe: <https://groups.io/g/${o.group}/unsub?id=20,121,0,0,0,0>`,
      `X-Original-From: "${o.name}" <${o.author}>`,
      'Precedence: Bulk',
      `List-Id: <main.${o.group}.groups.io>`,
      `Mailing-List: list ${post}; contact main+owner@${o.group}.groups.io`,
      `List-Post: <mailto:${post}>`,
      `X-Gm-Original-To: ${ROBIN}`,
    ) +
    `-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#121): https://groups.io/g/${o.group}/message/121\r\nLeave Group: https://groups.io/g/${o.group}/leave/121\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n`;
  return signCorpus(raw, { domain: 'groups.io', selector: '20240924' });
}

const viaGroupsIo = (raw: string, group: string): Delivered => ({
  raw,
  relay: GROUPSIO,
  envelope: `bounce+121${group.length}+0+robin.reader=${TW}@groups.io`,
  signer: ['groups.io', '20240924'],
  fromDomain: 'groups.io',
  policy: 'none',
});

// ============================================================================================
/** Every case, genuine and the attack twins. */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'all');
}

/** The attack twins alone, for an adversarial module (a legit module holds only genuine shapes). */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

async function writeCases(write: CaseWriter, mode: 'all' | 'genuine' | 'twins'): Promise<void> {
  const emit = (c: {
    name: string;
    cls: string;
    about: string;
    eml: string;
    reader: Reader;
    expect: CaseExpectation;
    twin?: boolean;
  }) => {
    const attack = c.name.endsWith('-attack-twin');
    if (attack ? mode === 'genuine' : mode === 'twins') return;
    emitCase(write, {
      name: c.name,
      class: attack ? 'spoofing' : c.cls,
      about: c.about,
      args: argsFor(c.reader),
      eml: c.eml,
      zone: ZONE,
      expect: c.expect,
      ...(c.twin ? { twin: true } : {}),
    });
  };

  // ---- Google Groups: the ISACA chapter, the regional IT forum, the retirees ----
  {
    const raw = await googleGroup({
      name: 'Dana Whitfield',
      author: `dana.whitfield@${HL}`,
      group: 'tidewater-isaca',
      groupName: 'Tidewater ISACA Chapter',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'December chapter meeting: CISA exam prep and 2 CPE',
      body: 'The December meeting is on the 10th at 18:00; CISA exam prep, two CPE hours.\r\n\r\nDana Whitfield\r\nProgram chair\r\n',
      n: 'a',
    });
    emit({
      name: 'realworld121-gmail-google-group-isaca-chapter-member-post',
      cls: 'google-groups-community',
      about: `Genuine: the regional ISACA chapter's public group tidewater-isaca@googlegroups.com, named "Tidewater ISACA Chapter"; its programme chair posts from dana.whitfield@${HL} (p=reject), so Google writes "'Dana Whitfield' via Tidewater ISACA Chapter", Reply-To and X-Original-From her, signs d=googlegroups.com and seals ARC. Gmail, --recipient-domain ${TW}. Wanted: authenticated with no reader-organisation note: the region's name beside a professional body's and "Chapter" names no desk of the firm.`,
      eml: deliver(viaGoogle(raw, 'tidewater-isaca', 'a'), 'gmail', 'a'),
      reader: 'gmail',
      expect: CLEAN,
      twin: true,
    });
  }
  {
    const raw = await googleGroup({
      name: 'Marco Diaz',
      author: `marco.diaz@${CITY}`,
      group: 'tidewater-it-forum',
      groupName: 'Tidewater Regional IT Forum',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'Slides from the November meetup: zero-trust for small councils',
      body: "Thanks to everyone who came on Thursday. The slides are on the forum's page; next meetup 14 January.\r\n\r\nMarco Diaz\r\nIT manager, City of Harbour\r\n",
      n: 'b',
    });
    emit({
      name: 'realworld121-gmail-google-group-regional-it-forum-outside-member',
      cls: 'google-groups-community',
      about: `Genuine: a regional IT professionals' group tidewater-it-forum@googlegroups.com named "Tidewater Regional IT Forum"; a city IT manager posts from marco.diaz@${CITY} (p=reject, signed, ARC records his pass); Google writes "'Marco Diaz' via Tidewater Regional IT Forum" with Reply-To and X-Original-Sender his own address. Gmail, --recipient-domain ${TW}. Reads suspicious today (display-name-reader-org on the group's name: "it" is a desk word anywhere in it). Wanted: authenticated. A demanding reader would not accept the note: the poster Google names is a real outsider who authenticated to Google and claims nothing of the firm's; the group's name is the region's with "Regional ... Forum", a community's own word at its end, not "Tidewater IT" plus a desk; the same name on the forum's own Mailman list, Workspace group or Mailchimp newsletter (below) reads authenticated, so only the host differs. The lure the rule was made for ("'Bob Hale' via Tidewater IT Helpdesk", probe124) and the twin below ("… via Tidewater IT Support Forum") name a desk, not a field.`,
      eml: deliver(viaGoogle(raw, 'tidewater-it-forum', 'b'), 'gmail', 'b'),
      reader: 'gmail',
      expect: CLEAN,
      twin: true,
    });
  }
  {
    const raw = await googleGroup({
      name: 'Tidewater Regional IT Forum',
      author: 'tidewater-it-forum@googlegroups.com',
      group: 'tidewater-it-forum',
      groupName: 'Tidewater Regional IT Forum',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'January meetup: registration open',
      body: 'Registration for the 14 January meetup is open on the forum page. Pizza from 18:00.\r\n\r\nThe organisers\r\n',
      n: 'c',
      asGroup: true,
    });
    emit({
      name: 'realworld121-gmail-google-group-regional-it-forum-posts-as-group',
      cls: 'google-groups-community',
      about: `Genuine: an organiser of the same forum posts as the group (Google Groups' "post as the group" permission, membersCanPostAsTheGroup): From "Tidewater Regional IT Forum" <tidewater-it-forum@googlegroups.com>, List-ID spelling the same address, signed d=googlegroups.com. Gmail, --recipient-domain ${TW}. Reads suspicious today (the group's whole name read as a platform user's). Wanted: authenticated, for the reasons of the member's post above; its attack twin (a group posting as itself under "Tidewater IT Service Desk") must stay suspicious, so the fix is the community word ending a name whose only desk word is a field's ("IT"), not clearing groups that post as themselves. X-Original-Sender on such a post is not confirmed.`,
      eml: deliver(viaGoogle(raw, 'tidewater-it-forum', 'c'), 'gmail', 'c'),
      reader: 'gmail',
      expect: CLEAN,
    });
  }
  {
    const raw = await googleGroup({
      name: 'Tidewater IT Service Desk',
      author: 'tidewater-it-service-desk@googlegroups.com',
      group: 'tidewater-it-service-desk',
      groupName: 'Tidewater IT Service Desk',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'Action required: re-register your authenticator by Friday',
      body: 'All staff must re-register their authenticator app by Friday: https://tidewater-sso.example/register\r\n\r\nTidewater IT Service Desk\r\n',
      n: 'd',
      asGroup: true,
    });
    emit({
      name: 'realworld121-gmail-google-group-posts-as-group-it-service-desk-attack-twin',
      cls: 'google-groups-attack-twin',
      about: `Attack twin of the forum posting as itself: an outsider makes tidewater-it-service-desk@googlegroups.com, names it "Tidewater IT Service Desk", adds the reader and posts as the group, so From is the group's own address under that name, signed d=googlegroups.com, every check passing. Gmail, --recipient-domain ${TW}. Wanted: not trusted (display-name-reader-org): no poster is named at all, and the name is the firm's desk.`,
      eml: deliver(viaGoogle(raw, 'tidewater-it-service-desk', 'd'), 'gmail', 'd'),
      reader: 'gmail',
      expect: { ...NOT_TRUSTED, findings: ['display-name-reader-org'] },
    });
  }
  {
    const raw = await googleGroup({
      name: 'Bob Hale',
      author: 'bob.hale77@yahoo.com',
      group: 'tidewater-it-support-forum',
      groupName: 'Tidewater IT Support Forum',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'Mailbox migration: confirm your account today',
      body: 'Confirm your mailbox before the migration tonight: https://tidewater-mail-migrate.example/confirm\r\n\r\nBob Hale\r\nIT Support\r\n',
      n: 'e',
    });
    emit({
      name: 'realworld121-gmail-google-group-it-support-forum-attack-twin',
      cls: 'google-groups-attack-twin',
      about: `Attack twin of the regional IT forum: an outsider's group "Tidewater IT Support Forum" (tidewater-it-support-forum@googlegroups.com), the poster a Yahoo account (p=reject, so Google rewrites): "'Bob Hale' via Tidewater IT Support Forum". Gmail, --recipient-domain ${TW}. Wanted: not trusted (display-name-reader-org): "Support" is a desk beside the firm's name; a community word at the end ("Forum") must not clear a name that holds a desk word besides the field's "IT".`,
      eml: deliver(viaGoogle(raw, 'tidewater-it-support-forum', 'e'), 'gmail', 'e'),
      reader: 'gmail',
      expect: { ...NOT_TRUSTED, findings: ['display-name-reader-org'] },
    });
  }
  {
    const raw = await googleGroup({
      name: 'Priya Shah',
      author: `priya.shah@${TW}`,
      group: 'tidewater-it-forum',
      groupName: 'Tidewater Regional IT Forum',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'Re: Slides from the November meetup',
      body: 'We run the same setup at Tidewater; happy to show our conditional-access rules in January.\r\n\r\nPriya Shah\r\nTidewater, Infrastructure\r\n',
      n: 'f',
    });
    emit({
      name: 'realworld121-outlook-google-group-regional-it-forum-colleague-post',
      cls: 'google-groups-own-poster',
      about: `Genuine: a colleague posts to the same outside forum from priya.shah@${TW} (p=quarantine, so Google rewrites): "'Priya Shah' via Tidewater Regional IT Forum", X-Original-Sender and Reply-To her firm address. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated with no reader-organisation note (the poster Google names is the reader's own organisation's, which clears the group's name too).`,
      eml: deliver(viaGoogle(raw, 'tidewater-it-forum', 'f'), 'outlook', 'f'),
      reader: 'outlook',
      expect: CLEAN,
    });
  }
  {
    const raw = await googleGroup({
      name: 'Sam Ortiz',
      author: `sam.ortiz@${TWL}`,
      group: 'tidewater-maritime-it',
      groupName: 'Tidewater Maritime IT Council',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'Port community system outage window, 6 December',
      body: 'The port community system is down 02:00-04:00 on 6 December; EDI queues will hold.\r\n\r\nSam Ortiz\r\nTidewater Logistics, IT Operations\r\n',
      n: 'g',
    });
    emit({
      name: 'realworld121-outlook-google-group-maritime-it-council-partner-staff',
      cls: 'google-groups-community',
      about: `Genuine: the partner firm's IT operations lead posts from sam.ortiz@${TWL} (Microsoft 365, p=reject) to an industry group tidewater-maritime-it@googlegroups.com named "Tidewater Maritime IT Council"; Google writes "'Sam Ortiz' via Tidewater Maritime IT Council", X-Original-Sender his address. Exchange Online, --recipient-domain ${TW}. Reads suspicious today with display-name-reader-org on the group's name (it holds "IT", as the regional forum's) beside lookalike-domain on his Reply-To. Wanted: suspicious by lookalike-domain alone, the partner's accepted cost (realworld90.ts), with no reader-organisation note: a named outsider at a partner whose own name is Tidewater's (the rule already spares his own name, "own"), posting to a trade council whose name ends in "Council". A demanding reader who works with the partner would take the second note as noise.`,
      eml: deliver(viaGoogle(raw, 'tidewater-maritime-it', 'g'), 'outlook', 'g'),
      reader: 'outlook',
      expect: PARTNER,
    });
  }
  {
    const raw = await googleGroup({
      name: 'Tidewater Logistics IT',
      author: `it.operations@${TWL}`,
      group: 'tidewater-vmug',
      groupName: 'Tidewater VMware Users Group',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'Hosting the February VMUG meeting',
      body: 'Tidewater Logistics will host the February meeting at our Portside office; parking details to follow.\r\n\r\nTidewater Logistics IT\r\n',
      n: 'h',
    });
    emit({
      name: 'realworld121-gmail-google-group-users-group-partner-it-account',
      cls: 'google-groups-community',
      about: `Genuine: the partner's shared IT account "Tidewater Logistics IT" <it.operations@${TWL}> posts to the VMware users' group tidewater-vmug@googlegroups.com ("Tidewater VMware Users Group"): "'Tidewater Logistics IT' via Tidewater VMware Users Group". Gmail, --recipient-domain ${TW}. Wanted: no reader-organisation note: the desk-like name is the partner's own (its domain holds the word, postersDomains' written address), and "Users Group" names no desk; suspicious by lookalike-domain on the Reply-To, the partner's accepted cost (realworld90.ts), which a demanding reader accepts: tidewater-logistics.example is exactly the name an impostor would register, and only knowing the partner tells them apart.`,
      eml: deliver(viaGoogle(raw, 'tidewater-vmug', 'h'), 'gmail', 'h'),
      reader: 'gmail',
      expect: PARTNER,
    });
  }
  {
    const raw = await googleGroup({
      name: 'Tidewater Retirees Association',
      author: 'tidewater-retirees@googlegroups.com',
      group: 'tidewater-retirees',
      groupName: 'Tidewater Retirees Association',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'Pension and benefits briefing for retirees, 9 December',
      body: 'Our annual pension and benefits briefing is on 9 December at the library hall. Bring your questions.\r\n\r\nTidewater Retirees Association committee\r\n',
      n: 'i',
      asGroup: true,
    });
    emit({
      name: 'realworld121-box-google-group-retirees-association-posts-as-group',
      cls: 'google-groups-community',
      about: `Genuine: the retirees' association's committee posts as its group "Tidewater Retirees Association" <tidewater-retirees@googlegroups.com> about a pension and benefits briefing, into the firm's Postfix box (the reader is also a member). Wanted: authenticated with no reader-organisation note: a retirees' community's name (COMMUNITY), however its text speaks of pensions and benefits.`,
      eml: deliver(viaGoogle(raw, 'tidewater-retirees', 'i'), 'box', 'i'),
      reader: 'box',
      expect: CLEAN,
    });
  }

  // ---- Another firm's Workspace group carrying the same forum's name ----
  {
    const raw = await googleGroup({
      name: 'Marco Diaz',
      author: `marco.diaz@${CITY}`,
      group: 'it-forum',
      groupName: 'Tidewater Regional IT Forum',
      groupDomain: ASSOC,
      signer: [ASSOC, 'google'],
      subject: 'Call for speakers, spring meetup',
      body: 'We are looking for two speakers for the spring meetup; reply to me off-list.\r\n\r\nMarco Diaz\r\n',
      n: 'j',
    });
    emit({
      name: 'realworld121-gmail-workspace-group-other-firm-regional-it-forum',
      cls: 'workspace-group-other',
      about: `Genuine control: the IT association ${ASSOC} runs the forum as its own Google Workspace group it-forum@${ASSOC} named "Tidewater Regional IT Forum"; the same outsider's post reads "'Marco Diaz' via Tidewater Regional IT Forum" <it-forum@${ASSOC}>, signed d=${ASSOC} (p=quarantine). Gmail, --recipient-domain ${TW}. Wanted: authenticated with no reader-organisation note (no public host: the association's own domain answers for its group's name).`,
      eml: deliver(
        {
          raw,
          relay: GROUPS,
          envelope: `it-forum+bncBAABB121AAAGQEJ@${ASSOC}`,
          signer: [ASSOC, 'google'],
          fromDomain: ASSOC,
          policy: 'quarantine',
        },
        'gmail',
        'j',
      ),
      reader: 'gmail',
      expect: CLEAN,
    });
  }

  // ---- groups.io ----
  {
    const raw = await groupsIo({
      name: 'Kelly Nguyen',
      author: `kelly.nguyen@${HL}`,
      group: 'TidewaterAlumni',
      subject: 'Alumni network: holiday social, 12 December',
      body: 'The holiday social is on 12 December at the harbour brewery. RSVP on the group calendar.\r\n\r\nKelly Nguyen\r\n',
      n: 'k',
    });
    emit({
      name: 'realworld121-box-groups-io-alumni-network-member-post',
      cls: 'groups-io-community',
      about: `Genuine: the firm's former staff's "Tidewater Alumni Network" on groups.io (TidewaterAlumni.groups.io); a member posts from kelly.nguyen@${HL} (p=reject), so groups.io writes "Kelly Nguyen via groups.io" <kelly.nguyen=${HL}@groups.io>, Sender and List-Id the group, the "[TidewaterAlumni] " tag and its footer, signed d=groups.io; Reply-To the group (main@TidewaterAlumni.groups.io) and her. The firm's Postfix box. Reads suspicious today: lookalike-domain on the Reply-To ("tidewateralumni.groups.io imitates tidewater.example"). Wanted: authenticated with neither note. A demanding reader would not accept the warning: the reply goes to a groups.io group whose name its makers chose, as the group's own name on Google Groups is read, and the reader-organisation rule already reads an alumni or retirees group's name as a community's (COMMUNITY); the same group's name at googlegroups.com (tidewater-alumni@googlegroups.com) raises nothing, since there it is the local part. An outsider's "TidewaterIT.groups.io" should stay a look-alike. (groups.io's layout recalled, not confirmed byte for byte.)`,
      eml: deliver(viaGroupsIo(raw, 'TidewaterAlumni'), 'box', 'k'),
      reader: 'box',
      expect: CLEAN,
    });
  }
  {
    const raw = await groupsIo({
      name: 'Tidewater IT Service Desk',
      author: `servicedesk@${TW}`,
      group: 'hr-sysadmins',
      subject: 'Heads-up: phishing wave using fake MFA resets',
      body: 'We are seeing fake MFA-reset mails against staff across the region; the sample headers are attached.\r\n\r\nTidewater IT Service Desk\r\n',
      n: 'l',
    });
    emit({
      name: 'realworld121-gmail-groups-io-own-service-desk-outside-group',
      cls: 'groups-io-own-poster',
      about: `Genuine: the firm's own service desk account servicedesk@${TW} (p=quarantine) warns the regional sysadmins' group hr-sysadmins.groups.io; groups.io writes "Tidewater IT Service Desk via groups.io" <servicedesk=${TW}@groups.io>, Reply-To the group and the desk's own address. Gmail, --recipient-domain ${TW}. Wanted: authenticated with no reader-organisation note (the address groups.io wrote is the reader's organisation's).`,
      eml: deliver(viaGroupsIo(raw, 'hr-sysadmins'), 'gmail', 'l'),
      reader: 'gmail',
      expect: CLEAN,
    });
  }
  {
    const raw = await groupsIo({
      name: 'Tidewater IT Service Desk',
      author: 'tidewater.servicedesk@yahoo.com',
      group: 'hr-sysadmins',
      subject: 'Action required: re-register MFA today',
      body: 'Re-register your MFA today: https://tidewater-mfa.example/reset\r\n\r\nTidewater IT Service Desk\r\n',
      n: 'm',
    });
    emit({
      name: 'realworld121-gmail-groups-io-yahoo-service-desk-name-attack-twin',
      cls: 'groups-io-attack-twin',
      about: `Attack twin of the service desk's groups.io post: an outsider joins the same open group from a Yahoo account (p=reject, so groups.io rewrites) named "Tidewater IT Service Desk": "Tidewater IT Service Desk via groups.io" <tidewater.servicedesk=yahoo.com@groups.io>. Gmail, --recipient-domain ${TW}. Wanted: not trusted (display-name-reader-org): the address groups.io wrote is Yahoo's.`,
      eml: deliver(viaGroupsIo(raw, 'hr-sysadmins'), 'gmail', 'm'),
      reader: 'gmail',
      expect: { ...NOT_TRUSTED, findings: ['display-name-reader-org'] },
    });
  }

  // ---- Mailman 3 at the association's own list host ----
  {
    const base = submitted({
      from: `Marco Diaz <marco.diaz@${CITY}>`,
      to: `tidewater-it@${LISTS}`,
      subject: 'Patch Tuesday notes',
      date: POSTED,
      messageId: `<mm3-121n.marco@${CITY}>`,
      body: 'Notes from this month: two exchange CVEs worth fast-tracking.\r\n\r\nMarco\r\n',
    });
    const munged =
      appendHeaders(
        setFrom(tagSubject(base, '[Tidewater-IT] '), `Marco Diaz via Tidewater-IT <tidewater-it@${LISTS}>`),
        `Reply-To: Marco Diaz <marco.diaz@${CITY}>`,
        'X-Mailman-Version: 3.3.9',
        'Precedence: list',
        `List-Id: Tidewater Regional IT Forum <tidewater-it.${LISTS}>`,
        `List-Help: <mailto:tidewater-it-request@${LISTS}?subject=help>`,
        `List-Post: <mailto:tidewater-it@${LISTS}>`,
        `List-Subscribe: <mailto:tidewater-it-join@${LISTS}>`,
        `List-Unsubscribe: <mailto:tidewater-it-leave@${LISTS}>`,
      ) +
      `_______________________________________________\r\nTidewater-IT mailing list -- tidewater-it@${LISTS}\r\nTo unsubscribe send an email to tidewater-it-leave@${LISTS}\r\n`;
    const raw = await signCorpus(munged, { domain: LISTS, selector: 'ml' });
    emit({
      name: 'realworld121-box-mailman3-regional-it-forum-munged',
      cls: 'mailman3-community',
      about: `Genuine control: the forum's own Mailman 3 list at ${LISTS} with munge_from: "Marco Diaz via Tidewater-IT" <tidewater-it@${LISTS}>, Reply-To Marco, List-Id "Tidewater Regional IT Forum", signed d=${LISTS}. The firm's Postfix box. Wanted: authenticated with no reader-organisation note (a list host of the association's own, not a public one).`,
      eml: deliver(
        {
          raw,
          relay: LIST_RELAY,
          envelope: `tidewater-it-bounces+robin.reader=${TW}@${LISTS}`,
          signer: [LISTS, 'ml'],
          fromDomain: LISTS,
          policy: 'quarantine',
        },
        'box',
        'n',
      ),
      reader: 'box',
      expect: CLEAN,
    });
  }

  // ---- Discourse, mailing-list mode ----
  {
    const raw = await signCorpus(
      submitted({
        from: `"Marco Diaz via Tidewater IT Pros" <notifications@${FORUM}>`,
        to: ROBIN,
        subject: '[Tidewater IT Pros] [Security] MFA fatigue attacks: what worked for you?',
        date: 'Fri, 20 Nov 2026 10:00:00 +0000',
        messageId: `<topic/121/o@${FORUM}>`,
        extraHeaders: [
          `Reply-To: "Tidewater IT Pros" <replies+a1b2c3d4e5f6121o@${FORUM}>`,
          `List-ID: Tidewater IT Pros | Security <security.${FORUM}>`,
          `List-Archive: https://${FORUM}/t/mfa-fatigue-attacks/121`,
          `List-Post: <mailto:replies+a1b2c3d4e5f6121o@${FORUM}>`,
          `List-Unsubscribe: <https://${FORUM}/email/unsubscribe/0a1b2c3d121o>`,
          'X-Discourse-Post-Id: 1210',
          'X-Discourse-Topic-Id: 121',
          'Precedence: list',
          'Auto-Submitted: auto-generated',
        ],
        body: `Marco Diaz (mdiaz) posted:\r\n\r\nNumber matching stopped it for us within a week.\r\n\r\nVisit Topic: https://${FORUM}/t/mfa-fatigue-attacks/121/1\r\n`,
      }),
      { domain: FORUM, selector: 'discourse' },
    );
    emit({
      name: 'realworld121-gmail-discourse-tidewater-it-pros-mailing-list-mode',
      cls: 'discourse-community',
      about: `Genuine control: the regional professionals' Discourse forum "Tidewater IT Pros" at ${FORUM} in mailing-list mode: "Marco Diaz via Tidewater IT Pros" <notifications@${FORUM}>, Reply-To its reply-by-email address, signed d=${FORUM}. Gmail, --recipient-domain ${TW}. Wanted: authenticated with no reader-organisation note: the forum's own domain sends under its own name; "Tidewater IT Pros" holds "IT" as the Google Groups forum does, which shows that only the public host's reading raises the note there.`,
      eml: deliver(
        {
          raw,
          relay: FORUM_RELAY,
          envelope: `bounce+121o@${FORUM}`,
          signer: [FORUM, 'discourse'],
          fromDomain: FORUM,
          policy: 'none',
        },
        'gmail',
        'o',
      ),
      reader: 'gmail',
      expect: CLEAN,
    });
  }

  // ---- Mailchimp: the forum's newsletter from its own domain ----
  {
    const raw = await signCorpus(
      submitted({
        from: `Tidewater Regional IT Forum <news@${NEWS}>`,
        to: ROBIN,
        subject: 'Forum news: January meetup, CPE certificates, new sponsors',
        date: 'Fri, 20 Nov 2026 10:00:00 +0000',
        messageId: `<b6f1c2a9e3d4.121p@${MC_HOST}>`,
        extraHeaders: [
          `Reply-To: Tidewater Regional IT Forum <news@${NEWS}>`,
          `List-Unsubscribe: <https://tidewaterritf.us21.list-manage.com/unsubscribe?u=4f3a2b1c0d9e&id=7a6b5c4d3e&e=1a2b3c4d5e&c=9f8e7d6c5b>, <mailto:unsubscribe-mc.us21_4f3a2b1c0d9e.9f8e7d6c5b-1a2b3c4d5e@unsubscribe.mailchimpapp.net?subject=unsubscribe>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
          'X-Mailer: Mailchimp Mailer - **CID9f8e7d6c5b1a2b3c4d5e**',
          'X-Campaign: mailchimp4f3a2b1c0d9e.9f8e7d6c5b',
          'X-campaignid: mailchimp4f3a2b1c0d9e.9f8e7d6c5b',
          'X-MC-User: 4f3a2b1c0d9e',
          'Precedence: bulk',
          'Feedback-ID: 121:121.us21:us21:mailchimp',
        ],
        body: 'January meetup on the 14th; CPE certificates for November are in your member page.\r\n\r\nYou are receiving this because you joined the Tidewater Regional IT Forum.\r\n',
      }),
      { domain: NEWS, selector: 'k2' },
    );
    emit({
      name: 'realworld121-outlook-mailchimp-regional-it-forum-newsletter',
      cls: 'mailchimp-community',
      about: `Genuine control: the forum's newsletter through Mailchimp from its own domain: "Tidewater Regional IT Forum" <news@${NEWS}>, signed d=${NEWS} (its k2 key, Mailchimp's CNAME in life), envelope bounce-mc.us21_…@${MC_HOST}. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated with no reader-organisation note (the forum's own domain authenticates its own name).`,
      eml: deliver(
        {
          raw,
          relay: MAILCHIMP,
          envelope: `bounce-mc.us21_4f3a2b1c0d9e.9f8e7d6c5b-1a2b3c4d5e@${MC_HOST}`,
          signer: [NEWS, 'k2'],
          fromDomain: NEWS,
          policy: 'none',
        },
        'outlook',
        'p',
      ),
      reader: 'outlook',
      expect: CLEAN,
    });
  }
}

// Fixed at 00:3x on 2026-12-06 (the lead; lib/findings/reader-org.ts community): a public group's
// own name (also when it posts as itself) that ends in a professional community's word (forum,
// council, chapter, network, association, club…) and whose only desk words name a field (it,
// security, finance, accounting, tech) is a community's: "Tidewater Regional IT Forum",
// "Tidewater Maritime IT Council" (the partner's post keeps its lookalike-domain, realworld90's
// accepted cost). "Tidewater IT Support Forum" and "Tidewater IT Service Desk" stay read.
// Kept out by choice (the lead, 00:3x): the groups.io group "TidewaterAlumni" in the Reply-To the
// group wrote (main@TidewaterAlumni.groups.io) reads suspicious, lookalike-domain (lookalike.ts): a
// groups.io subdomain is anyone's to name, and an outsider's TidewaterIT.groups.io is the same
// shape; the message is never called spoofed.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set([
  'realworld121-box-groups-io-alumni-network-member-post',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus((w) => writeCases(w, 'genuine'), PENDING_ENGINE_FIX, write);
}
