// Real-world delivery shapes, hundred-and-nineteenth round: genuine mailing-list and forwarded mail
// whose author's domain publishes DMARC p=reject, through a list or forwarder that breaks the
// author's alignment, delivered to Gmail, Exchange Online and a self-hosted Postfix box (OpenDKIM,
// OpenDMARC, policyd-spf, Dovecot LMTP). Real list mail must never read "spoofed": each case reads
// authenticated, unverified or (where an honest reader would doubt it) suspicious, and says why.
// Layouts: Mailman 3 with `munge_from` (the list's own From, the author in Reply-To, the list's
// signature) and without it (a `[Devel]` tag and Mailman 3's footer, with and without the list's
// own ARC seal), Mailman 2.1 adding a footer into Gmail (body hash fails), Google Groups' and a
// Google Workspace group's `'Name' via Group` rewrite, groups.io's `name=domain@groups.io` rewrite,
// Discourse's mailing-list mode, Sympa with `dmarc_protection` and without (its footer as a MIME
// part), LISTSERV's `Sender:` and `[LIST]` tag, a Microsoft 365 distribution list with an outside
// member (SRS envelope, Microsoft's ARC seal), Outlook.com forwarding, Gmail's own forwarding to a
// self-hosted box, and a university alumni alias forwarder (postsrsd) into Gmail, with and without
// its own ARC seal; beside them the attack twin a list rewrite invites (an outsider's Google Group
// whose poster names himself after the reader's IT desk).
// Where the layouts were learnt (`search`: pages, code, docs corpora; find_string):
// - Mailman 3: docs.mailman3.org "DMARC Mitigations" (munge From, the original From in Reply-To or
//   Cc, or wrap the message) and "DMARC mitigation" rule (acts for p=reject/quarantine), its
//   "Validate Authenticity" page (Mailman 3 ARC-signs what it sends, recording the author's
//   results); list-shapes.ts's Mailman sources for List-* fields. Mailman 3's default footer
//   ("Devel mailing list -- devel@…" / "To unsubscribe send an email to devel-leave@…") and its
//   `-bounces+member=domain@` envelope are recalled from public Mailman 3 lists, not re-confirmed.
// - Google Groups: rounds-kit.ts googleGroupsPost's source (a kasan-dev raw copy) and the pages
//   corpus (hdeone.com "Google Groups Specification Changes Due to Stricter DMARC": Google rewrites
//   Header-From to the group's address when the author's domain is at p=reject/quarantine).
// - groups.io: the `"Name via groups.io" <name=domain@groups.io>` rewrite, Sender the group, List-Id
//   `<main.group.groups.io>` and mail02.groups.io as the relay are recalled from public groups.io
//   posts; the search found only onlinegroups.net's comparable `user-<id>@` rewrite (2014 blog).
//   NOT confirmed byte for byte; groups.io's DMARC record is assumed p=none.
// - Discourse: discourse's Email::MessageBuilder (code corpus via find_string "X-Discourse-Post-Id"):
//   X-Discourse-Post-Id/Topic-Id, List-Unsubscribe, Reply-To the reply-by-email address (else the
//   From), From "<user> via <site>" at the notification address; List-ID's exact form assumed.
// - Sympa: dmarc_protection (mode dmarc_reject, phrase name_via_list) as Sympa's manual names it;
//   the search found Mailman's pages, not Sympa's: Sympa's `-owner` envelope and footer-as-MIME-part
//   (footer_type mime) are recalled, NOT confirmed.
// - LISTSERV: list-shapes.ts's sources (Sender the list, `owner-LIST@` envelope, upper case).
// - Microsoft 365 SRS: learn.microsoft.com "Sender Rewriting Scheme (SRS) in Microsoft 365" (P1
//   From rewritten on forwarding and relaying, the From header unchanged); the `bounces+SRS=…`
//   local part as the brief names it, the hash and timestamp made up. Microsoft's ARC seal (d=
//   microsoft.com, s=arcselector10001, authserv-id `mx.microsoft.com 1`) as in public deliveries
//   of Microsoft 365 mail forwarded to Gmail (recalled).
// - Gmail forwarding: list-shapes.ts (ARC by google.com, `user+caf_=target=domain@gmail.com`).
// - University alias forwarder: postsrsd's `SRS0=hash=tt=domain=local@` form (recalled).
// Names and addresses are documentation ones except the providers' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders, tagSubject } from '../edits';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay } from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, eopDelivery, gmailDelivery } from '../receivers';

const POSTED = 'Fri, 20 Nov 2026 09:58:00 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** A list's changes undone: unverified, the list named. */
const LISTED: CaseExpectation = { verdict: 'unverified', findings: ['list-modified'] };
/** DMARC passes for the From domain (the list's own, or the author's signature kept whole). */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** A trusted forwarder (Google, Microsoft) recorded the author's pass before it forwarded. */
const FORWARDED: CaseExpectation = { verdict: 'unverified', fields: { 'dmarc.result': 'fail' } };

// --- The author and the hosts -------------------------------------------------------------------
const AUTHOR = 'quarkfield.example';
const ALICE = `Alice Martin <alice@${AUTHOR}>`;
const AUTHOR_IP = '198.51.100.20';
const AUTHOR_RELAY: Relay = { helo: `mail.${AUTHOR}`, rdns: `mail.${AUTHOR}`, ip: AUTHOR_IP };
const LISTS = 'lists.example.org';
const LIST_RELAY: Relay = { helo: `mail.${LISTS}`, rdns: `mail.${LISTS}`, ip: '192.0.2.80' };
const SYMPA = 'sympa.univ.example';
const SYMPA_RELAY: Relay = { helo: SYMPA, rdns: SYMPA, ip: '192.0.2.90' };
const LSV = 'LISTSERV.UNIV.EXAMPLE';
const LSV_RELAY: Relay = { helo: 'listserv.univ.example', rdns: 'listserv.univ.example', ip: '192.0.2.95' };
const FORUM = 'forum.hikers.example';
const FORUM_RELAY: Relay = { helo: `mail.${FORUM}`, rdns: `mail.${FORUM}`, ip: '203.0.113.40' };
const ALUMNI = 'alumni.example.edu';
const ALUMNI_RELAY: Relay = { helo: `fwd.${ALUMNI}`, rdns: `fwd.${ALUMNI}`, ip: '203.0.113.25' };
const GROUPS: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
const GMAIL_FWD: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GROUPSIO: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '66.175.222.108' };
const EXO: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2119.outbound.protection.outlook.com',
  ip: '40.107.93.119',
};
const OUTLOOKCOM: Relay = {
  helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
  rdns: 'mail-mw2nam12olkn2081.outbound.protection.outlook.com',
  ip: '40.92.23.81',
};

const TW = 'tidewater.example';
const HL = 'harbourline.example';
const BOX = `mail.${TW}`;
const ROBIN_BOX = `robin.reader@${TW}`;
const ROBIN_GMAIL = 'robin.reader@gmail.com';
const DANA = `dana.whitfield@${HL}`;

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

const ZONE = {
  ...ptr(AUTHOR_IP, AUTHOR_RELAY.rdns),
  ...ptr(LIST_RELAY.ip, LIST_RELAY.rdns),
  ...ptr(SYMPA_RELAY.ip, SYMPA_RELAY.rdns),
  ...ptr(LSV_RELAY.ip, LSV_RELAY.rdns),
  ...ptr(FORUM_RELAY.ip, FORUM_RELAY.rdns),
  ...ptr(ALUMNI_RELAY.ip, ALUMNI_RELAY.rdns),
  ...ptr(GROUPS.ip, GROUPS.rdns),
  ...ptr(GMAIL_FWD.ip, GMAIL_FWD.rdns),
  ...ptr(GROUPSIO.ip, GROUPSIO.rdns),
  ...ptr(EXO.ip, EXO.rdns),
  ...ptr(OUTLOOKCOM.ip, OUTLOOKCOM.rdns),
  ...M365_SPF_ZONE,
  // The author: its own server, p=reject
  ...txt(AUTHOR, `v=spf1 ip4:${AUTHOR_IP} -all`),
  ...key(AUTHOR, 's1'),
  ...dmarc(AUTHOR, 'reject'),
  // The self-hosted lists and forwarders
  ...txt(LISTS, `v=spf1 ip4:${LIST_RELAY.ip} -all`),
  ...key(LISTS, 'ml'),
  ...dmarc(LISTS, 'none'),
  ...txt(SYMPA, `v=spf1 ip4:${SYMPA_RELAY.ip} -all`),
  ...key(SYMPA, 'sympa'),
  ...dmarc('univ.example', 'quarantine'),
  ...txt('listserv.univ.example', `v=spf1 ip4:${LSV_RELAY.ip} -all`),
  ...txt(FORUM, `v=spf1 ip4:${FORUM_RELAY.ip} -all`),
  ...key(FORUM, 'discourse'),
  ...dmarc(FORUM, 'none'),
  ...dmarc('hikers.example', 'none'),
  ...txt(ALUMNI, `v=spf1 ip4:${ALUMNI_RELAY.ip} -all`),
  ...key(ALUMNI, 'arc'),
  ...dmarc('example.edu', 'none'),
  // Google, groups.io, Microsoft
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...key('googlegroups.com', '20230601'),
  ...dmarc('googlegroups.com', 'none'),
  ...key('google.com', 'arc-20240605'),
  ...txt('gmail.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...dmarc('gmail.com', 'none'),
  ...txt('groups.io', 'v=spf1 ip4:66.175.222.0/24 -all'),
  ...key('groups.io', '20240924'),
  ...dmarc('groups.io', 'none'),
  ...key('microsoft.com', 'arcselector10001'),
  ...txt('outlook.com', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc('outlook.com', 'none'),
  // The reader's firm (Google Workspace) and its partner (Microsoft 365)
  ...txt(TW, 'v=spf1 include:_spf.google.com -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...key(TW, 'google'),
  ...dmarc(TW, 'quarantine'),
  ...txt(HL, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(HL, 'selector1'),
  ...dmarc(HL, 'reject'),
};

// --- The author's post ----------------------------------------------------------------------------
/** Alice's post as her server signs it (d=quarkfield.example, s1). */
const post = (to: string, subject: string, body: string, id: string) =>
  signCorpus(submitted({ from: ALICE, to, subject, date: POSTED, messageId: `<${id}@${AUTHOR}>`, body }), {
    domain: AUTHOR,
    selector: 's1',
  });

/** What the author's server's own delivery to a host recorded: every pass. */
const authorPass = (id: string) =>
  `${id}; dkim=pass header.d=${AUTHOR} header.s=s1; spf=pass smtp.mailfrom=alice@${AUTHOR}; dmarc=pass (p=reject) header.from=${AUTHOR}`;

/** The From header replaced (a list's rewrite). */
const setFrom = (raw: string, from: string) => raw.replace(/^From: .*$/m, `From: ${from}`);

// --- Receivers -----------------------------------------------------------------------------------
type Reader = 'gmail' | 'outlook' | 'box';

interface Delivered {
  raw: string;
  relay: Relay;
  envelope: string;
  /** The receiver's results after its id (Gmail's style; the box and EOP take theirs from here). */
  gmail: string;
  box: string[];
  eop: { ar: string; spf: string };
  rcpt: string;
}

function deliver(d: Delivered, reader: Reader, n: string): string {
  if (reader === 'gmail')
    return gmailDelivery(d.raw, {
      relay: d.relay,
      envelope: d.envelope,
      results: d.gmail,
      ids: [`x119csp${n}pxb`, `a119si${n}qtc.119`],
      deliveredTo: true,
      to: d.rcpt,
    });
  if (reader === 'outlook')
    return eopDelivery(d.raw, {
      ip: d.relay.ip,
      helo: d.relay.helo,
      ar: d.eop.ar,
      spf: d.eop.spf,
      returnPath: d.envelope,
    });
  return onTop(
    d.raw,
    `Return-Path: <${d.envelope}>`,
    dovecotLmtp(BOX, d.envelope, d.rcpt, `kB119${n}dE3fG4hI5jK6lM7n`, BOXED),
    ...d.box.map((l) => `Authentication-Results: ${BOX};\r\n\t${l}`),
    `Received: from ${d.relay.helo} (${d.relay.rdns} [${d.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw119${n}a2\r\n\tfor <${d.rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader, org?: string) => [
  ...(reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : ['--authserv-id', BOX]),
  ...(org ? ['--recipient-domain', org] : []),
];

const gSpf = (env: string, ip: string, r = 'pass') =>
  `spf=${r} (google.com: domain of ${env} ${r === 'pass' ? 'designates' : 'does not designate'} ${ip} as permitted sender) smtp.mailfrom=${env};`;
const gDkim = (d: string, s: string, r = 'pass') =>
  `dkim=${r} header.i=@${d} header.s=${s} header.b=Q29ycHVz;`;
const gDmarc = (from: string, p: string, r = 'pass', dis = 'NONE') =>
  `dmarc=${r} (p=${p} sp=${p} dis=${dis}) header.from=${from}`;
const eopSpf = (env: string, ip: string, helo: string) =>
  `Pass (protection.outlook.com: domain of ${env} designates\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${helo}; pr=C`;
const envDomain = (e: string) => e.slice(e.lastIndexOf('@') + 1);
const boxSpf = (env: string) => `spf=pass smtp.mailfrom=${env}`;
const boxDkim = (d: string, s: string, r = 'pass') =>
  `dkim=${r} (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${s} header.b=Q29ycHVz`;
const boxDmarc = (from: string, p: string, r = 'pass') => `dmarc=${r} (p=${p} dis=none) header.from=${from}`;

// --- Mailman 3 -------------------------------------------------------------------------------------
const mm3Fields = () => [
  'X-Mailman-Version: 3.3.9',
  'Precedence: list',
  `List-Id: Devel discussion <devel.${LISTS}>`,
  `Archived-At: <https://${LISTS}/archives/list/devel@${LISTS}/message/Q7K2ZJ4M3XH5ABCDEF/>`,
  `List-Archive: <https://${LISTS}/archives/list/devel@${LISTS}/>`,
  `List-Help: <mailto:devel-request@${LISTS}?subject=help>`,
  `List-Owner: <mailto:devel-owner@${LISTS}>`,
  `List-Post: <mailto:devel@${LISTS}>`,
  `List-Subscribe: <mailto:devel-join@${LISTS}>`,
  `List-Unsubscribe: <mailto:devel-leave@${LISTS}>`,
  `X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; loop; banned-address; emergency; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header`,
];
const MM3_FOOTER = `_______________________________________________\r\nDevel mailing list -- devel@${LISTS}\r\nTo unsubscribe send an email to devel-leave@${LISTS}\r\n`;
const mm3Envelope = (rcpt: string) => `devel-bounces+${rcpt.replace('@', '=')}@${LISTS}`;

const DEVEL_BODY =
  'Hi all,\r\n\r\nThe 2.4 release branch is cut; please test the installer on ARM.\r\n\r\nAlice\r\n';

/** Mailman 3 without From munging: `[Devel] ` tag, its fields, its footer; ARC-sealed by the list when `arc`. */
async function mailman3Plain(n: string, arc: boolean): Promise<string> {
  const signed = await post(`devel@${LISTS}`, 'Release branch 2.4 cut', DEVEL_BODY, `mm3-${n}.alice`);
  let raw = appendHeaders(tagSubject(signed, '[Devel] '), ...mm3Fields()) + MM3_FOOTER;
  raw = await signCorpus(raw, { domain: LISTS, selector: 'ml' });
  if (arc)
    raw = await sealCorpus(raw, {
      domain: LISTS,
      selector: 'ml',
      cv: 'none',
      authResults: authorPass(LISTS),
    });
  return raw;
}

/** Mailman 3 with `munge_from`: From the list under Alice's name, Alice in Reply-To, the list's signature. */
async function mailman3Munged(n: string): Promise<string> {
  const signed = await post(`devel@${LISTS}`, 'Release branch 2.4 cut', DEVEL_BODY, `mm3m-${n}.alice`);
  const munged = setFrom(tagSubject(signed, '[Devel] '), `Alice Martin via Devel <devel@${LISTS}>`);
  const raw = appendHeaders(munged, `Reply-To: ${ALICE}`, ...mm3Fields()) + MM3_FOOTER;
  return sealCorpus(await signCorpus(raw, { domain: LISTS, selector: 'ml' }), {
    domain: LISTS,
    selector: 'ml',
    cv: 'none',
    authResults: authorPass(LISTS),
  });
}

const listDelivered = (
  raw: string,
  rcpt: string,
  relay: Relay,
  envelope: string,
  d: { signer: [string, string]; fromDomain: string; policy: string; authorDkim: string },
): Delivered => ({
  raw,
  relay,
  envelope,
  rcpt,
  gmail: [
    gDkim(d.signer[0], d.signer[1]),
    ...(d.authorDkim !== 'none' ? [gDkim(AUTHOR, 's1', d.authorDkim)] : []),
    gSpf(envelope, relay.ip),
    gDmarc(d.fromDomain, d.policy.toUpperCase(), d.fromDomain === AUTHOR ? 'fail' : 'pass'),
  ].join('\r\n       '),
  box: [
    boxDmarc(d.fromDomain, d.policy.toLowerCase(), d.fromDomain === AUTHOR ? 'fail' : 'pass'),
    boxDkim(d.signer[0], d.signer[1]),
    ...(d.authorDkim !== 'none' ? [boxDkim(AUTHOR, 's1', 'fail')] : []),
    boxSpf(envelope),
  ],
  eop: {
    ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${envDomain(envelope)}; dkim=${d.fromDomain === AUTHOR ? 'fail (body hash did not verify)' : 'pass (signature was verified)'}\r\n header.d=${d.fromDomain === AUTHOR ? AUTHOR : d.signer[0]};dmarc=${d.fromDomain === AUTHOR ? 'fail action=oreject' : 'pass action=none'}\r\n header.from=${d.fromDomain};compauth=${d.fromDomain === AUTHOR ? 'none reason=905' : 'pass reason=100'}`,
    spf: eopSpf(envDomain(envelope), relay.ip, relay.helo),
  },
});

// --- Google Groups, groups.io, Discourse, Sympa, LISTSERV ---------------------------------------
/** A Google group post rewritten to `'<name>' via <group>`, signed by `signer`, ARC by google.com. */
async function googleGroup(o: {
  name: string;
  author: string;
  authorDomain: string;
  group: string;
  groupDomain: string;
  signer: [string, string];
  subject: string;
  body: string;
  n: string;
  authorSigned: boolean;
}): Promise<string> {
  const base = submitted({
    from: `${o.name} <${o.author}>`,
    to: `${o.group}@${o.groupDomain}`,
    subject: o.subject,
    date: POSTED,
    messageId: `<CAGg119${o.n}x7Q@mail.gmail.com>`,
    body: o.body,
  });
  const signed = o.authorSigned ? await signCorpus(base, { domain: o.authorDomain, selector: 's1' }) : base;
  const rewritten = setFrom(signed, `'${o.name}' via ${o.group} <${o.group}@${o.groupDomain}>`);
  const grouped =
    appendHeaders(
      rewritten,
      `Reply-To: ${o.name} <${o.author}>`,
      `X-Original-From: ${o.name} <${o.author}>`,
      `X-Original-Sender: ${o.author}`,
      'Precedence: list',
      `Mailing-list: list ${o.group}@${o.groupDomain}; contact ${o.group}+owners@${o.groupDomain}`,
      `List-ID: <${o.group}.${o.groupDomain}>`,
      `List-Post: <https://groups.google.com/a/${o.groupDomain}/group/${o.group}/post>, <mailto:${o.group}@${o.groupDomain}>`,
      `List-Unsubscribe: <mailto:googlegroups-manage+1190${o.n}+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/${o.groupDomain}/group/${o.group}/subscribe>`,
    ) +
    `\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${o.group}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${o.group}+unsubscribe@${o.groupDomain}.\r\n`;
  const ar = `gmr-mx.google.com; ${o.authorSigned ? `dkim=pass header.i=@${o.authorDomain} header.s=s1; ` : ''}spf=pass (google.com: domain of ${o.author} designates ${o.authorDomain === AUTHOR ? AUTHOR_IP : '209.85.220.41'} as permitted sender) smtp.mailfrom=${o.author}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${o.authorDomain}`;
  return sealCorpus(await signCorpus(grouped, { domain: o.signer[0], selector: o.signer[1] }), {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: ar,
  });
}

/** groups.io's rewrite of a p=reject author: `"Name via groups.io" <local=domain@groups.io>`. */
async function groupsIo(rcpt: string, n: string): Promise<string> {
  const signed = await post(
    `main@hikers.groups.io`,
    'Trail closure on the ridge path',
    'The ridge path is closed until Sunday after the storm.\r\n\r\nAlice\r\n',
    `gio-${n}.alice`,
  );
  const raw =
    appendHeaders(
      setFrom(tagSubject(signed, '[hikers] '), `"Alice Martin via groups.io" <alice=${AUTHOR}@groups.io>`),
      'Sender: main@hikers.groups.io',
      `Reply-To: main@hikers.groups.io,${ALICE}`,
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      'List-Unsubscribe: <https://groups.io/g/hikers/unsub?id=20,119,0,0,0,0>',
      'X-Original-From: "Alice Martin" <alice@quarkfield.example>',
      'Precedence: Bulk',
      `List-Id: <main.hikers.groups.io>`,
      'Mailing-List: list main@hikers.groups.io; contact main+owner@hikers.groups.io',
      'List-Post: <mailto:main@hikers.groups.io>',
      `X-Gm-Original-To: ${rcpt}`,
    ) +
    '-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#119): https://groups.io/g/hikers/message/119\r\nLeave Group: https://groups.io/g/hikers/leave/119\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n';
  return signCorpus(raw, { domain: 'groups.io', selector: '20240924' });
}

/** Discourse's mailing-list mode: the poster's name "via" the site, from the notification address. */
async function discourse(rcpt: string, n: string): Promise<string> {
  const raw = submitted({
    from: `"Alice Martin via Hikers Forum" <notifications@${FORUM}>`,
    to: rcpt,
    subject: '[Hikers Forum] [Trails] Ridge path closed until Sunday',
    date: 'Fri, 20 Nov 2026 10:00:00 +0000',
    messageId: `<topic/119/${n}@${FORUM}>`,
    extraHeaders: [
      `Reply-To: "Hikers Forum" <replies+a1b2c3d4e5f6119${n}@${FORUM}>`,
      `List-ID: Hikers Forum | Trails <trails.${FORUM}>`,
      `List-Archive: https://${FORUM}/t/ridge-path-closed-until-sunday/119`,
      `List-Post: <mailto:replies+a1b2c3d4e5f6119${n}@${FORUM}>`,
      `List-Unsubscribe: <https://${FORUM}/email/unsubscribe/0a1b2c3d119${n}>`,
      'Precedence: list',
      'Auto-Submitted: auto-generated',
    ],
    body: `Alice Martin (alicem) posted:\r\n\r\nThe ridge path is closed until Sunday after the storm.\r\n\r\nVisit Topic: https://${FORUM}/t/ridge-path-closed-until-sunday/119/${n}\r\nTo unsubscribe from these emails, click here: https://${FORUM}/email/unsubscribe/0a1b2c3d119${n}\r\n`,
  });
  return signCorpus(raw, { domain: FORUM, selector: 'discourse' });
}

const SYMPA_FIELDS = [
  `List-Id: <staff-news.${SYMPA}>`,
  `List-Help: <mailto:sympa@${SYMPA}?subject=help>`,
  `List-Subscribe: <mailto:sympa@${SYMPA}?subject=subscribe%20staff-news>`,
  `List-Unsubscribe: <mailto:sympa@${SYMPA}?subject=unsubscribe%20staff-news>`,
  `List-Post: <mailto:staff-news@${SYMPA}>`,
  `List-Owner: <mailto:staff-news-request@${SYMPA}>`,
  `List-Archive: <https://${SYMPA}/sympa/arc/staff-news>`,
  'Precedence: list',
  `X-Loop: staff-news@${SYMPA}`,
  'X-Sequence: 1190',
];

/** Sympa with no From change: `[staff-news] ` tag, the footer as a last text/plain part (footer_type mime). */
async function sympaMime(n: string): Promise<string> {
  const b = `----=_Part_119${n}_Sympa`;
  const mixed = submitted({
    from: ALICE,
    to: `staff-news@${SYMPA}`,
    subject: 'Lab safety induction dates',
    date: POSTED,
    messageId: `<sympa-${n}.alice@${AUTHOR}>`,
    extraHeaders: [],
    body: `--${b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nInduction sessions run on 1 and 3 December in room B12.\r\n\r\nAlice\r\n\r\n--${b}--\r\n`,
  }).replace('Content-Type: text/plain; charset=utf-8', `Content-Type: multipart/mixed; boundary="${b}"`);
  const signed = await signCorpus(mixed, { domain: AUTHOR, selector: 's1' });
  const withFooter = signed.replace(
    `--${b}--\r\n`,
    `--${b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: inline\r\n\r\n-- \r\nstaff-news mailing list: https://${SYMPA}/sympa/info/staff-news\r\n\r\n--${b}--\r\n`,
  );
  return signCorpus(appendHeaders(tagSubject(withFooter, '[staff-news] '), ...SYMPA_FIELDS), {
    domain: SYMPA,
    selector: 'sympa',
  });
}

/** Sympa with dmarc_protection (dmarc_reject, name_via_list): From the list under Alice's name. */
async function sympaMunged(n: string): Promise<string> {
  const signed = await post(
    `staff-news@${SYMPA}`,
    'Lab safety induction dates',
    'Induction sessions run on 1 and 3 December in room B12.\r\n\r\nAlice\r\n',
    `sympam-${n}.alice`,
  );
  const munged = setFrom(
    tagSubject(signed, '[staff-news] '),
    `"Alice Martin via staff-news" <staff-news@${SYMPA}>`,
  );
  return signCorpus(appendHeaders(munged, `Reply-To: ${ALICE}`, ...SYMPA_FIELDS), {
    domain: SYMPA,
    selector: 'sympa',
  });
}

/** LISTSERV 17: Sender the list, `[SAFETY-L] ` tag, nothing else changed. */
async function listserv(n: string): Promise<string> {
  const signed = await post(
    `SAFETY-L@${LSV}`,
    'Fire drill Tuesday 10:00',
    'The fire drill for buildings A to C is on Tuesday at 10:00.\r\n\r\nAlice Martin\r\nSafety Office\r\n',
    `lsv-${n}.alice`,
  );
  return appendHeaders(
    tagSubject(signed, '[SAFETY-L] '),
    `Sender: Campus safety announcements <SAFETY-L@${LSV}>`,
    `List-Id: <SAFETY-L.${LSV}>`,
    `List-Help: <https://${LSV.toLowerCase()}/cgi-bin/wa?LIST=SAFETY-L>,\r\n <mailto:LISTSERV@${LSV}?body=INFO%20SAFETY-L>`,
    `List-Unsubscribe: <mailto:SAFETY-L-unsubscribe-request@${LSV}>`,
    `List-Subscribe: <mailto:SAFETY-L-subscribe-request@${LSV}>`,
    `List-Owner: <mailto:SAFETY-L-request@${LSV}>`,
    `List-Archive: <https://${LSV.toLowerCase()}/cgi-bin/wa?LIST=SAFETY-L>`,
  );
}

// --- Forwarders -----------------------------------------------------------------------------------
/** Alice's post to a person (the mailbox that forwards it), optionally unsigned (SPF-only sender). */
const direct = (to: string, n: string, signed = true) => {
  const raw = submitted({
    from: ALICE,
    to,
    subject: 'Minutes of the review meeting',
    date: POSTED,
    messageId: `<fwd-${n}.alice@${AUTHOR}>`,
    body: "Hello,\r\n\r\nThe minutes of Thursday's review are below; comments by Friday please.\r\n\r\nAlice\r\n",
  });
  return signed ? signCorpus(raw, { domain: AUTHOR, selector: 's1' }) : Promise.resolve(raw);
};

const msArc = (raw: string, signed: boolean) =>
  sealCorpus(raw, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${AUTHOR_IP}) smtp.rcpttodomain=gmail.com smtp.mailfrom=${AUTHOR}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${AUTHOR}; dkim=${signed ? `pass (signature was verified) header.d=${AUTHOR}` : 'none (message not signed)'}; arc=none (0)`,
  });

// ============================================================================================
/** Every case, genuine and the attack twin. */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'all');
}

/** The attack twin alone, for an adversarial module (a legit module holds only genuine shapes). */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

async function writeCases(write: CaseWriter, mode: 'all' | 'genuine' | 'twins'): Promise<void> {
  const emit = (c: {
    name: string;
    cls: string;
    about: string;
    eml: string;
    args: string[];
    expect: CaseExpectation;
    twin?: boolean;
  }) => {
    const attack = c.name.endsWith('-attack-twin');
    if (attack ? mode === 'genuine' : mode === 'twins') return;
    emitCase(write, {
      name: c.name,
      class: attack ? 'spoofing' : c.cls,
      about: c.about,
      args: c.args,
      eml: c.eml,
      zone: ZONE,
      expect: c.expect,
      ...(c.twin ? { twin: true } : {}),
    });
  };

  // ---- Mailman 3 ----
  {
    const rcpt = ROBIN_GMAIL;
    const env = mm3Envelope(rcpt);
    emit({
      name: 'realworld119-gmail-mailman3-munge-from-list-signed',
      cls: 'mailman3-munged',
      about: `Genuine: Alice (${AUTHOR}, p=reject) posts to a Mailman 3 list with dmarc_mitigate_action munge_from: From "Alice Martin via Devel" <devel@${LISTS}>, Reply-To Alice, "[Devel] " tag, Mailman 3's footer, List-* fields, envelope ${env}, signed d=${LISTS} and ARC-sealed by the list. Gmail records the list's pass. Wanted: authenticated (the list's own domain authenticates its own From; the author's name beside it is the list's rewrite, shown as list-from-rewritten).`,
      eml: deliver(
        listDelivered(await mailman3Munged('a'), rcpt, LIST_RELAY, env, {
          signer: [LISTS, 'ml'],
          fromDomain: LISTS,
          policy: 'none',
          authorDkim: 'neutral',
        }),
        'gmail',
        'a',
      ),
      args: argsFor('gmail'),
      expect: PASSES,
      twin: true,
    });
  }
  {
    const rcpt = ROBIN_BOX;
    const env = mm3Envelope(rcpt);
    emit({
      name: 'realworld119-box-mailman3-no-munge-tag-footer-list-arc',
      cls: 'mailman3-plain',
      about: `Genuine: the same list with no DMARC mitigation: From Alice herself (${AUTHOR}, p=reject), "[Devel] " tag and Mailman 3's footer break her signature; the list signs d=${LISTS} and seals ARC i=1 under its own domain recording her pass. The firm's Postfix box (OpenDMARC records the fail). Wanted: unverified with list-modified: her signature verifies in full once the tag and footer are undone; the list's own seal is no unknown forwarder's excuse.`,
      eml: deliver(
        listDelivered(await mailman3Plain('b', true), rcpt, LIST_RELAY, env, {
          signer: [LISTS, 'ml'],
          fromDomain: AUTHOR,
          policy: 'reject',
          authorDkim: 'fail',
        }),
        'box',
        'b',
      ),
      args: argsFor('box'),
      expect: LISTED,
    });
  }
  {
    const rcpt = DANA;
    const env = mm3Envelope(rcpt);
    emit({
      name: 'realworld119-outlook-mailman3-no-munge-tag-footer-no-arc',
      cls: 'mailman3-plain',
      about: `Genuine: the same unmunged post without any ARC seal (Mailman 3's ARC signing off), into Exchange Online, where EOP records dkim=fail (body hash did not verify), dmarc=fail action=oreject, compauth=none reason=905 (its "complex routing" override; the reason code recalled, not confirmed). Wanted: unverified with list-modified (the tag and footer undone, her signature verifies).`,
      eml: deliver(
        listDelivered(await mailman3Plain('c', false), rcpt, LIST_RELAY, env, {
          signer: [LISTS, 'ml'],
          fromDomain: AUTHOR,
          policy: 'reject',
          authorDkim: 'fail',
        }),
        'outlook',
        'c',
      ),
      args: argsFor('outlook'),
      expect: LISTED,
      twin: true,
    });
  }

  // ---- Mailman 2.1 adding a footer, into Gmail (body hash fails) ----
  {
    const rcpt = ROBIN_GMAIL;
    const env = `devel-bounces+robin.reader=gmail.com@${LISTS}`;
    const signed = await post(
      `devel@${LISTS}`,
      'Installer test results',
      'ARM installer passes on the three boards I have.\r\n\r\nAlice\r\n',
      'mm21-d.alice',
    );
    const raw =
      appendHeaders(
        signed,
        `Sender: "Devel" <devel-bounces@${LISTS}>`,
        `Errors-To: devel-bounces@${LISTS}`,
        `X-BeenThere: devel@${LISTS}`,
        'X-Mailman-Version: 2.1.39',
        'Precedence: list',
        `List-Id: Devel <devel.${LISTS}>`,
        `List-Unsubscribe: <https://${LISTS}/mailman/options/devel>,\r\n <mailto:devel-request@${LISTS}?subject=unsubscribe>`,
        `List-Post: <mailto:devel@${LISTS}>`,
      ) +
      `_______________________________________________\r\nDevel mailing list\r\ndevel@${LISTS}\r\nhttps://${LISTS}/mailman/listinfo/devel\r\n`;
    emit({
      name: 'realworld119-gmail-mailman21-footer-body-hash-fails',
      cls: 'mailman21-footer',
      about: `Genuine: a Mailman 2.1 list keeps Alice's From (${AUTHOR}, p=reject) and Subject and only appends its footer: her signature's body hash fails; the MTA does not sign for the list. Gmail writes dkim=neutral (body hash did not verify) and dmarc=fail (p=REJECT dis=NONE: Gmail's list heuristics did not reject). Wanted: unverified with list-modified (the footer removed, her signature verifies in full).`,
      eml: deliver(
        {
          raw,
          relay: LIST_RELAY,
          envelope: env,
          rcpt,
          gmail: [
            `dkim=neutral (body hash did not verify) header.i=@${AUTHOR} header.s=s1 header.b=Q29ycHVz;`,
            gSpf(env, LIST_RELAY.ip),
            gDmarc(AUTHOR, 'REJECT', 'fail'),
          ].join('\r\n       '),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'd',
      ),
      args: argsFor('gmail'),
      expect: LISTED,
    });
  }

  // ---- Google Groups (consumer) and a Workspace group ----
  {
    const env = 'hikers+bncBDL3ZMA5BYIFBB119AAAGQEAB4471@googlegroups.com';
    const eml = await googleGroup({
      name: 'Alice Martin',
      author: `alice@${AUTHOR}`,
      authorDomain: AUTHOR,
      group: 'hikers',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'Saturday walk moved to 10:00',
      body: 'Meet at the station car park.\r\n\r\nAlice\r\n',
      n: 'e',
      authorSigned: true,
    });
    emit({
      name: 'realworld119-outlook-google-groups-via-rewrite',
      cls: 'google-groups-rewrite',
      about: `Genuine: Alice (${AUTHOR}, p=reject) posts to hikers@googlegroups.com; Google rewrites From to "'Alice Martin' via hikers" <hikers@googlegroups.com>, Reply-To and X-Original-From Alice, signs d=googlegroups.com, seals ARC (google.com) recording her pass; into Exchange Online (${DANA}). Wanted: authenticated: googlegroups.com authenticates its own From; the name is the list's rewrite.`,
      eml: deliver(
        {
          raw: eml,
          relay: GROUPS,
          envelope: env,
          rcpt: DANA,
          gmail: '',
          box: [],
          eop: {
            ar: `spf=pass (sender IP is ${GROUPS.ip})\r\n smtp.mailfrom=googlegroups.com; dkim=pass (signature was verified)\r\n header.d=googlegroups.com;dmarc=pass action=none\r\n header.from=googlegroups.com;compauth=pass reason=100`,
            spf: eopSpf('googlegroups.com', GROUPS.ip, GROUPS.helo),
          },
        },
        'outlook',
        'e',
      ),
      args: argsFor('outlook', HL),
      expect: PASSES,
    });
  }
  {
    const env = `it-announce+bncBCX119FAAGQE@${TW}`;
    const eml = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author: `it.helpdesk@${TW}`,
      authorDomain: TW,
      group: 'it-announce',
      groupDomain: TW,
      signer: [TW, 'google'],
      subject: 'VPN maintenance Saturday 22:00',
      body: 'The VPN is down for maintenance on Saturday from 22:00 to 23:00.\r\n\r\nTidewater IT Helpdesk\r\n',
      n: 'f',
      authorSigned: false,
    });
    emit({
      name: 'realworld119-gmail-workspace-group-own-desk-via-rewrite',
      cls: 'workspace-group-own',
      about: `Genuine control: the firm's own Google Workspace group it-announce@${TW}; the helpdesk account posts and Google writes "'Tidewater IT Helpdesk' via it-announce" <it-announce@${TW}>, signed d=${TW} (the Workspace key), ARC by google.com. Gmail, --recipient-domain ${TW}. Wanted: authenticated (the firm's own domain authenticates its own group).`,
      eml: deliver(
        {
          raw: eml,
          relay: GROUPS,
          envelope: env,
          rcpt: ROBIN_BOX,
          gmail: [gDkim(TW, 'google'), gSpf(env, GROUPS.ip), gDmarc(TW, 'QUARANTINE')].join('\r\n       '),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'f',
      ),
      args: argsFor('gmail', TW),
      expect: PASSES,
    });
  }
  {
    const env = 'tidewater-it+bncBAABB119AAAGQEA@googlegroups.com';
    const eml = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author: 'tidewater.it.helpdesk@gmail.com',
      authorDomain: 'gmail.com',
      group: 'tidewater-it',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'VPN re-enrolment required by Friday',
      body: 'Re-enrol your VPN profile by Friday: https://tidewater-vpn.example/enrol\r\n\r\nTidewater IT Helpdesk\r\n',
      n: 'g',
      authorSigned: false,
    });
    emit({
      name: 'realworld119-gmail-google-group-outsider-names-it-desk-attack-twin',
      cls: 'google-groups-attack-twin',
      about: `Attack twin: an outsider creates tidewater-it@googlegroups.com, adds the reader, and posts from a Gmail account named "Tidewater IT Helpdesk": Google writes "'Tidewater IT Helpdesk' via tidewater-it" <tidewater-it@googlegroups.com>, Reply-To tidewater.it.helpdesk@gmail.com, signed d=googlegroups.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted: the name is the poster's own choice, the list authenticates only itself, and the poster answers at a free mailbox.`,
      eml: deliver(
        {
          raw: eml,
          relay: GROUPS,
          envelope: env,
          rcpt: ROBIN_BOX,
          gmail: [
            gDkim('googlegroups.com', '20230601'),
            gSpf(env, GROUPS.ip),
            'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=googlegroups.com',
          ].join('\r\n       '),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'g',
      ),
      args: argsFor('gmail', TW),
      expect: NOT_TRUSTED,
    });
  }
  {
    // The same outside group, the poster the firm's own helpdesk account: the rewrite names its
    // address (Reply-To, X-Original-From), the reader's organisation's, so its name stands.
    const env = 'tidewater-it+bncBAABB119AAAGQEB@googlegroups.com';
    const eml = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author: `it.helpdesk@${TW}`,
      authorDomain: TW,
      group: 'regional-it-forum',
      groupDomain: 'googlegroups.com',
      signer: ['googlegroups.com', '20230601'],
      subject: 'Printer driver update for the shared sites',
      body: 'The new printer driver is on the shared drive; install it before Monday.\r\n\r\nTidewater IT Helpdesk\r\n',
      n: 'k',
      authorSigned: false,
    });
    emit({
      name: 'realworld119-gmail-google-group-own-helpdesk-outside-group',
      cls: 'google-groups-own-poster',
      about: `Genuine control of the outsider's twin: the firm's helpdesk account it.helpdesk@${TW} posts to an outside group regional-it-forum@googlegroups.com; Google writes "'Tidewater IT Helpdesk' via regional-it-forum" with Reply-To and X-Original-From the helpdesk's own address, signed d=googlegroups.com. Gmail, --recipient-domain ${TW}. Wanted: authenticated (the poster the rewrite names is the reader's own organisation's).`,
      eml: deliver(
        {
          raw: eml,
          relay: GROUPS,
          envelope: env,
          rcpt: ROBIN_BOX,
          gmail: [
            gDkim('googlegroups.com', '20230601'),
            gSpf(env, GROUPS.ip),
            'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=googlegroups.com',
          ].join('\r\n       '),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'k',
      ),
      args: argsFor('gmail', TW),
      expect: PASSES,
    });
  }

  // ---- groups.io ----
  {
    const env = `bounce+119h+0+robin.reader=${TW}@groups.io`;
    emit({
      name: 'realworld119-box-groups-io-rewrite',
      cls: 'groups-io-rewrite',
      about: `Genuine: Alice (${AUTHOR}, p=reject) posts to hikers.groups.io; groups.io writes "Alice Martin via groups.io" <alice=${AUTHOR}@groups.io>, Sender main@hikers.groups.io, Reply-To the group and Alice, "[hikers] " tag, its footer, signed d=groups.io from ${GROUPSIO.rdns}; the firm's Postfix box. Wanted: authenticated (groups.io authenticates its own rewritten From; the layout recalled, not confirmed byte for byte).`,
      eml: deliver(
        {
          raw: await groupsIo(ROBIN_BOX, 'h'),
          relay: GROUPSIO,
          envelope: env,
          rcpt: ROBIN_BOX,
          gmail: '',
          box: [boxDmarc('groups.io', 'none'), boxDkim('groups.io', '20240924'), boxSpf(env)],
          eop: { ar: '', spf: '' },
        },
        'box',
        'h',
      ),
      args: argsFor('box'),
      expect: PASSES,
    });
  }

  // ---- Discourse mailing-list mode ----
  {
    const env = `bounce+119i@${FORUM}`;
    emit({
      name: 'realworld119-gmail-discourse-mailing-list-mode',
      cls: 'discourse-mlm',
      about: `Genuine: Alice (whose own domain is at p=reject) posts on the hikers' Discourse forum; a member in mailing-list mode gets "Alice Martin via Hikers Forum" <notifications@${FORUM}>, Reply-To the reply-by-email address, List-ID, signed d=${FORUM} from the forum's own server. Nothing of Alice's domain is claimed. Gmail. Wanted: authenticated.`,
      eml: deliver(
        {
          raw: await discourse(ROBIN_GMAIL, 'i'),
          relay: FORUM_RELAY,
          envelope: env,
          rcpt: ROBIN_GMAIL,
          gmail: [gDkim(FORUM, 'discourse'), gSpf(env, FORUM_RELAY.ip), gDmarc(FORUM, 'NONE')].join(
            '\r\n       ',
          ),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'i',
      ),
      args: argsFor('gmail'),
      expect: PASSES,
    });
  }

  // ---- Sympa ----
  {
    const env = `staff-news-owner@${SYMPA}`;
    emit({
      name: 'realworld119-box-sympa-footer-mime-part',
      cls: 'sympa-plain',
      about: `Genuine: a Sympa list with no DMARC protection keeps Alice's From (${AUTHOR}, p=reject); "[staff-news] " tag and its footer added as a last inline text/plain part of her multipart/mixed post (footer_type mime), signed d=${SYMPA}, envelope ${env}. The firm's Postfix box. Wanted: unverified with list-modified.`,
      eml: deliver(
        listDelivered(await sympaMime('j'), ROBIN_BOX, SYMPA_RELAY, env, {
          signer: [SYMPA, 'sympa'],
          fromDomain: AUTHOR,
          policy: 'reject',
          authorDkim: 'fail',
        }),
        'box',
        'j',
      ),
      args: argsFor('box'),
      expect: LISTED,
    });
    emit({
      name: 'realworld119-outlook-sympa-dmarc-protection-munged',
      cls: 'sympa-munged',
      about: `Genuine: the same Sympa list with dmarc_protection (mode dmarc_reject, phrase name_via_list): From "Alice Martin via staff-news" <staff-news@${SYMPA}>, Reply-To Alice, signed d=${SYMPA} (univ.example at p=quarantine). Exchange Online. Wanted: authenticated.`,
      eml: deliver(
        listDelivered(await sympaMunged('k'), DANA, SYMPA_RELAY, env, {
          signer: [SYMPA, 'sympa'],
          fromDomain: SYMPA,
          policy: 'quarantine',
          authorDkim: 'none',
        }),
        'outlook',
        'k',
      ),
      args: argsFor('outlook'),
      expect: PASSES,
    });
  }

  // ---- LISTSERV ----
  {
    const env = `owner-SAFETY-L@${LSV}`;
    emit({
      name: 'realworld119-gmail-listserv-sender-tag',
      cls: 'listserv-tag',
      about: `Genuine: a LISTSERV 17 list (upper-case names) keeps Alice's From (${AUTHOR}, p=reject), adds Sender "Campus safety announcements" <SAFETY-L@${LSV}>, the "[SAFETY-L] " tag and List-* fields; envelope ${env}; no signature of its own. Gmail records her DKIM failing and dmarc=fail (dis=NONE). Wanted: unverified with list-modified (the tag undone, her signature verifies in full).`,
      eml: deliver(
        {
          raw: await listserv('l'),
          relay: LSV_RELAY,
          envelope: env,
          rcpt: ROBIN_GMAIL,
          gmail: [
            gDkim(AUTHOR, 's1', 'fail'),
            gSpf(env, LSV_RELAY.ip),
            gDmarc(AUTHOR, 'REJECT', 'fail'),
          ].join('\r\n       '),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'l',
      ),
      args: argsFor('gmail'),
      expect: LISTED,
      twin: true,
    });
  }

  // ---- Microsoft 365 distribution list with an outside member; Outlook.com forwarding ----
  {
    const env = `bounces+SRS=k7Qm2=TT=${AUTHOR}=alice@${HL}`;
    const raw = await msArc(await direct(`Project partners <partners@${HL}>`, 'm'), true);
    emit({
      name: 'realworld119-gmail-m365-distribution-list-outside-member-srs',
      cls: 'm365-dl-srs',
      about: `Genuine: Alice (${AUTHOR}, p=reject) writes to partners@${HL}, a Microsoft 365 distribution list with an outside member (the reader's Gmail); Exchange Online relays it unchanged with the SRS envelope ${env} and seals ARC i=1 (d=microsoft.com) recording her pass, from its outbound ${EXO.rdns}. Her signature is intact. Wanted: authenticated.`,
      eml: deliver(
        {
          raw,
          relay: EXO,
          envelope: env,
          rcpt: ROBIN_GMAIL,
          gmail: [
            `arc=pass (i=1 spf=pass spfdomain=${AUTHOR} dkim=pass dkdomain=${AUTHOR} dmarc=pass fromdomain=${AUTHOR});`,
            gDkim(AUTHOR, 's1'),
            gSpf(env, EXO.ip),
            gDmarc(AUTHOR, 'REJECT'),
          ].join('\r\n       '),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'm',
      ),
      args: argsFor('gmail'),
      expect: PASSES,
    });
  }
  {
    const env = `bounces+SRS=p3Zd8=TT=${AUTHOR}=alice@outlook.com`;
    const raw = await msArc(await direct('robin.reader@outlook.com', 'n', false), false);
    emit({
      name: 'realworld119-gmail-outlookcom-forward-spf-only-author',
      cls: 'outlookcom-forward',
      about: `Genuine: Alice's server at ${AUTHOR} (p=reject) does not sign (SPF-only sender); the reader's old Outlook.com mailbox forwards to Gmail: SRS envelope ${env} from Outlook.com's ${OUTLOOKCOM.rdns}, ARC i=1 by microsoft.com recording spf=pass and dmarc=pass for her. Gmail: arc=pass, SPF passes only for outlook.com, dmarc=fail overridden (dis=NONE). Wanted: unverified (forwarded-trusted: Microsoft, a built-in sealer, recorded the pass; nothing of hers survives the forward to check now).`,
      eml: deliver(
        {
          raw,
          relay: OUTLOOKCOM,
          envelope: env,
          rcpt: ROBIN_GMAIL,
          gmail: [
            `arc=pass (i=1 spf=pass spfdomain=${AUTHOR} dmarc=pass fromdomain=${AUTHOR});`,
            gSpf(env, OUTLOOKCOM.ip),
            gDmarc(AUTHOR, 'REJECT', 'fail'),
          ].join('\r\n       '),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'n',
      ),
      args: argsFor('gmail'),
      expect: FORWARDED,
    });
  }

  // ---- Gmail's own forwarding to the firm's box ----
  {
    const env = `robin.reader+caf_=robin.reader=${TW}@gmail.com`;
    const sealed = await googleArcSeal(await direct(ROBIN_GMAIL, 'o', false), false);
    emit({
      name: 'realworld119-box-gmail-forward-spf-only-author',
      cls: 'gmail-forward',
      about: `Genuine: the reader's Gmail forwards to the firm's Postfix box; Alice's server (${AUTHOR}, p=reject) sends unsigned, so only SPF aligned at Gmail, which sealed ARC i=1 (google.com) recording spf=pass, dmarc=pass; envelope ${env} from ${GMAIL_FWD.rdns}. OpenDMARC records the fail. Wanted: unverified (forwarded-trusted: Google is a built-in sealer).`,
      eml: deliver(
        {
          raw: sealed,
          relay: GMAIL_FWD,
          envelope: env,
          rcpt: ROBIN_BOX,
          gmail: '',
          box: [
            boxDmarc(AUTHOR, 'reject', 'fail'),
            'arc=pass (i=1) header.oldest-pass=0 smtp.remote-ip=209.85.220.41',
            boxSpf(env),
          ],
          eop: { ar: '', spf: '' },
        },
        'box',
        'o',
      ),
      args: argsFor('box'),
      expect: FORWARDED,
    });
    const signedSealed = await googleArcSeal(await direct(ROBIN_GMAIL, 'p', true), true);
    emit({
      name: 'realworld119-box-gmail-forward-signed-author',
      cls: 'gmail-forward',
      about: `Genuine: the same Gmail forward of Alice's signed mail: her d=${AUTHOR} signature intact, Google's ARC i=1 above it. Wanted: authenticated (her own signature passes DMARC at the box).`,
      eml: deliver(
        {
          raw: signedSealed,
          relay: GMAIL_FWD,
          envelope: env,
          rcpt: ROBIN_BOX,
          gmail: '',
          box: [boxDmarc(AUTHOR, 'reject'), boxDkim(AUTHOR, 's1'), boxSpf(env)],
          eop: { ar: '', spf: '' },
        },
        'box',
        'p',
      ),
      args: argsFor('box'),
      expect: PASSES,
    });
  }

  // ---- University alumni alias forwarder into Gmail ----
  {
    const env = `SRS0=Hq4c=TT=${AUTHOR}=alice@${ALUMNI}`;
    emit({
      name: 'realworld119-gmail-alumni-alias-srs-signed-author',
      cls: 'alumni-forwarder',
      about: `Genuine: Alice writes to the reader's alumni alias robin.reader@${ALUMNI}; the university's Postfix with postsrsd forwards to Gmail unchanged (envelope ${env}, no ARC). Her signature is intact. Wanted: authenticated.`,
      eml: deliver(
        {
          raw: await direct(`robin.reader@${ALUMNI}`, 'q'),
          relay: ALUMNI_RELAY,
          envelope: env,
          rcpt: ROBIN_GMAIL,
          gmail: [gDkim(AUTHOR, 's1'), gSpf(env, ALUMNI_RELAY.ip), gDmarc(AUTHOR, 'REJECT')].join(
            '\r\n       ',
          ),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'q',
      ),
      args: argsFor('gmail'),
      expect: PASSES,
    });
    const sealed = await sealCorpus(await direct(`robin.reader@${ALUMNI}`, 'r', false), {
      domain: ALUMNI,
      selector: 'arc',
      cv: 'none',
      authResults: `fwd.${ALUMNI}; spf=pass smtp.mailfrom=alice@${AUTHOR}; dmarc=pass (p=reject) header.from=${AUTHOR}`,
    });
    emit({
      name: 'realworld119-gmail-alumni-alias-own-arc-spf-only-author',
      cls: 'alumni-forwarder',
      about: `Genuine but honestly doubtful: Alice's unsigned (SPF-only) mail through the same alias, which now seals ARC i=1 under d=${ALUMNI} (OpenARC) recording her SPF and DMARC pass; Gmail: arc=pass, dmarc=fail (dis=NONE). Wanted: suspicious (forwarder-unknown), never spoofed: only the university's word says she sent it, and a reader who has not trusted that forwarder cannot tell it from a sender sealing its own forgery (README row 5).`,
      eml: deliver(
        {
          raw: sealed,
          relay: ALUMNI_RELAY,
          envelope: env,
          rcpt: ROBIN_GMAIL,
          gmail: [
            `arc=pass (i=1 spf=pass spfdomain=${AUTHOR} dmarc=pass fromdomain=${AUTHOR});`,
            gSpf(env, ALUMNI_RELAY.ip),
            gDmarc(AUTHOR, 'REJECT', 'fail'),
          ].join('\r\n       '),
          box: [],
          eop: { ar: '', spf: '' },
        },
        'gmail',
        'r',
      ),
      args: argsFor('gmail'),
      expect: { verdict: 'suspicious', notVerdict: ['spoofed'], findings: ['arc-untrusted-sealer'] },
    });
  }
}

/** Google's ARC seal over a forwarded message (Gmail forwarding), recording the author's results. */
function googleArcSeal(raw: string, signed: boolean): Promise<string> {
  return sealCorpus(raw, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `mx.google.com; ${signed ? `dkim=pass header.i=@${AUTHOR} header.s=s1 header.b=Q29ycHVz; ` : ''}spf=pass (google.com: domain of alice@${AUTHOR} designates ${AUTHOR_IP} as permitted sender) smtp.mailfrom=alice@${AUTHOR}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${AUTHOR}`,
  });
}

// Fixed at 00:07 on 2026-12-06 (lib/findings/reader-org.ts, readerNamedByPlatformUser): the
// outsider's Google Group twin (realworld119-gmail-google-group-outsider-names-it-desk-attack-twin,
// in adversarial/realworld119-twins.ts) read authenticated because a list's From rewrite cleared
// the whole name; now the part before "via" (the poster's chosen name) is read as any platform
// user's, cleared only when the poster's address the rewrite names is the reader's organisation's.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set();

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus((w) => writeCases(w, 'genuine'), PENDING_ENGINE_FIX, write);
}
