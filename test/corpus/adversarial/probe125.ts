// Red-team probes, round 125 (December 2026): the last hour's rules (93efa221..HEAD, lib/findings/),
// read through Gmail and Outlook by a reader at tidewater.example.
// - lib/findings/reader-org.ts readerNamedByPlatformUser and postersDomains: on a public list host
//   (googlegroups.com, groups.io) both the poster's part and the group's name are read; the poster's
//   part is skipped when the poster's own domain label holds the reader's word; a group name with
//   retirees/alumni/former/veterans is a community's (COMMUNITY). Attacks: a poster at an attacker's
//   domain that glues a trade word to the firm's name (tidewatertech.example, which lookalike.ts
//   lets through as "another firm's"); a group named "Tidewater Alumni IT Helpdesk" or "… Current and
//   Former Staff"; a group posting as itself (From the group's own address, no "via"); a Google
//   Workspace group of the attacker's own domain named after the reader's desk; the poster's own
//   X-Original-Sender/-From headers in his submission, above Google's.
// - lib/findings/desk-words.ts tradeNameAfter: a trade or club word at the end clears a generic word
//   beside the firm's name; MONEY_WORDS and FACILITY_WORDS hold it back only after staff/office/
//   employee. Attacks: "Committee" (new) after HR's and IT's own words, "pay" and "discount" (no
//   MONEY_WORDS), and "team", a generic word outside INSIDE_GENERIC, before a FACILITY_WORD
//   ("Tidewater Team Travel").
// Controls beside them: a partner firm whose name holds the word posting to a public group, a
// retirees' association's group (as a rewrite and posting as itself), the firm's own helpdesk in an
// outside group, a staff social committee, a staff netball club, a union branch with its number.
// What tightening would lose is said per case in `about`.
// Where the layouts were learnt: Google Groups' "'Name' via Group" rewrite, X-Original-Sender,
// Mailing-list, List-ID and footer as probe124.ts and rounds-kit.ts googleGroupsPost (a kasan-dev
// raw copy) write them; Google Groups' settings pages (search corpus "pages": the East Kingdom
// "Using Google Groups" guide, LBL's "Admin Basic Configuration", dummies.com "How to Manage
// Settings in Google Groups": post replies to the group, posting permissions) for "reply to the
// group" and who may post; "post as group" (a manager's From becomes the group's own address) and
// a Workspace group signing with its own domain's key are recalled from Google's admin help, not
// re-confirmed byte for byte. Gmail's and EOP's headers as kit.ts and receivers.ts write them.
// Names and addresses are documentation ones except Google's hosts and ranges; every key is the
// corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  type Relay,
  signAll,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const POSTED = 'Fri, 20 Nov 2026 09:58:00 +0000';
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const READER = `Robin Reader <robin.reader@${ORG}>`;
/** The attacker's own sending domain, at p=reject so that Google Groups rewrites his From. */
const EVIL = 'harbour-notices.example';
/** The attacker's domain gluing a trade word to the reader's name: not a look-alike to lookalike.ts. */
const GLUED = 'tidewatertech.example';
/** A genuine other firm whose name holds the reader's word. */
const PARTNER = 'tidewaterlogistics.example';
/** The attacker's own Google Workspace domain, whose groups sign with its own key. */
const WORKSPACE = 'quayside-notify.example';

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

const GROUPS: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
/** Google's outbound host for a Workspace domain's own mail (and its groups'). */
const WORKSPACE_OUT: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};

const ZONE = {
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(GROUPS.ip, GROUPS.rdns),
  ...ptr(WORKSPACE_OUT.ip, WORKSPACE_OUT.rdns),
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...key('googlegroups.com', '20230601'),
  ...dmarc('googlegroups.com', 'none'),
  ...key('google.com', 'arc-20240605'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...key(ORG, 'google'),
  ...txt(EVIL, 'v=spf1 ip4:203.0.113.77 -all'),
  ...key(EVIL, 's1'),
  ...dmarc(EVIL, 'reject'),
  ...txt(GLUED, 'v=spf1 ip4:203.0.113.79 -all'),
  ...key(GLUED, 's1'),
  ...dmarc(GLUED, 'reject'),
  ...txt(PARTNER, 'v=spf1 include:_spf.google.com -all'),
  ...key(PARTNER, 's1'),
  ...dmarc(PARTNER, 'reject'),
  ...txt(WORKSPACE, 'v=spf1 include:_spf.google.com ~all'),
  ...key(WORKSPACE, 'google'),
  ...dmarc(WORKSPACE, 'none'),
};

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe125-${c.cls}` });

type Via = 'gmail' | 'outlook';
const argsOf = (via: Via) => [...(via === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER];

// --- Part 1: a list's From rewrite on a public host --------------------------------------------------

interface GroupPost {
  name: string;
  author: string;
  group: string;
  groupName: string;
  subject: string;
  body: string;
  n: string;
  /** Reply-To as the group writes it: the poster (default) or the group. */
  replyTo?: string;
  /** Headers of the poster's own submission (kept by the group, above Google's own). */
  own?: string[];
  /** The group posts as itself: From the group's address under the group's name, no "via". */
  asGroup?: boolean;
  /** What Google's gmr-mx recorded of the poster's own mail (ARC). */
  authorAr: string;
}

/** A post to a consumer Google group, signed d=googlegroups.com, ARC by google.com. */
async function googleGroup(o: GroupPost): Promise<string> {
  const list = `${o.group}@googlegroups.com`;
  const base = submitted({
    from: `${o.name} <${o.author}>`,
    to: list,
    subject: o.subject,
    date: POSTED,
    messageId: `<125${o.n}.post@${domainOf(o.author)}>`,
    extraHeaders: o.own ?? [],
    body: o.body,
  });
  const from = o.asGroup ? `${o.groupName} <${list}>` : `'${o.name}' via ${o.groupName} <${list}>`;
  const rewritten = base.replace(/^From: .*$/m, `From: ${from}`);
  const grouped =
    appendHeaders(
      rewritten,
      ...(o.asGroup
        ? [`X-Original-Sender: ${list}`]
        : [
            `Reply-To: ${o.replyTo ?? `${o.name} <${o.author}>`}`,
            `X-Original-From: ${o.name} <${o.author}>`,
            `X-Original-Sender: ${o.author}`,
          ]),
      'Precedence: list',
      `Mailing-list: list ${list}; contact ${o.group}+owners@googlegroups.com`,
      `List-ID: <${o.group}.googlegroups.com>`,
      `List-Post: <https://groups.google.com/group/${o.group}/post>, <mailto:${list}>`,
      `List-Unsubscribe: <mailto:googlegroups-manage+1250${o.n}+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/${o.group}/subscribe>`,
    ) +
    `\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${o.groupName}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${o.group}+unsubscribe@googlegroups.com.\r\n`;
  return sealCorpus(await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }), {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `gmr-mx.google.com; ${o.authorAr}`,
  });
}

const posterAr = (author: string, ip: string, p = 'REJECT') => {
  const d = domainOf(author);
  return `dkim=pass header.i=@${d} header.s=s1; spf=pass (google.com: domain of ${author} designates ${ip} as permitted sender) smtp.mailfrom=${author}; dmarc=pass (p=${p} sp=${p} dis=NONE) header.from=${d}`;
};

function groupDelivered(raw: string, group: string, via: Via, n: string): string {
  const env = `${group}+bncBAABB125${n}AAGQEA@googlegroups.com`;
  if (via === 'gmail')
    return gmailDelivery(raw, {
      relay: GROUPS,
      envelope: env,
      results: [
        gmailDkim('googlegroups.com', '20230601'),
        gmailSpf(env, GROUPS.ip),
        'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=googlegroups.com',
      ].join('\r\n       '),
      ids: [`x125csp${n}pxg`, `a125si${n}qtg.125`],
      spf: 'pass',
      deliveredTo: true,
      to: `robin.reader@${ORG}`,
    });
  return eopDelivery(raw, {
    ...eopPass(
      GROUPS,
      'googlegroups.com',
      'dkim=pass (signature was verified)\r\n header.d=googlegroups.com',
      'googlegroups.com',
    ),
    returnPath: env,
  });
}

const VPN_BODY =
  'Your VPN certificate expires tonight. Re-enrol your device at https://tidewater-vpn.re-enrol.example with your network password before 18:00.\r\n\r\nIT Service Desk\r\n';
const BENEFITS_BODY =
  'Open enrolment for 2027 health and dental cover closes on Friday. Confirm your elections and dependants at https://tidewater-benefits.enrol-2027.example with your staff login.\r\n\r\nHR Benefits\r\n';

async function groupCases(write: CaseWriter): Promise<void> {
  // 1. The poster at a domain gluing a trade word to the reader's name.
  for (const [via, n] of [
    ['gmail', 'a'],
    ['outlook', 'b'],
  ] as const) {
    const author = `it.helpdesk@${GLUED}`;
    const raw = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author,
      group: 'tw-it-notices',
      groupName: 'tw-it-notices',
      subject: 'VPN certificate expires tonight',
      body: VPN_BODY,
      n,
      authorAr: posterAr(author, '203.0.113.79'),
    });
    emit(write, {
      name: `probe125-${via}-group-poster-at-tidewatertech-it-helpdesk`,
      cls: 'poster-domain',
      about: `The poster's domain holds the word: the attacker registers ${GLUED} (p=reject, so Google rewrites; lookalike.ts reads "tidewater" glued to "tech", no desk word, as another firm's name, like tidewaterlogistics) and posts as "Tidewater IT Helpdesk" to his own neutral group tw-it-notices: "'Tidewater IT Helpdesk' via tw-it-notices" <tw-it-notices@googlegroups.com>, Reply-To, X-Original-From and X-Original-Sender it.helpdesk@${GLUED}, signed d=googlegroups.com, ARC by google.com recording ${GLUED}'s pass. Online, ${via}, --recipient-domain ${ORG}. Wanted: not trusted: a partner's own name names its own firm ("Tidewater Logistics IT", the control), while this name holds none of the domain's other word ("tech"). What tightening would lose: a partner that calls itself by the shared word alone ("Tidewater IT" from tidewaterlogistics), which reads as the reader's own desk to any reader too.`,
      eml: groupDelivered(raw, 'tw-it-notices', via, n),
      args: argsOf(via),
      expect: NOT_TRUSTED,
      twin: via === 'gmail',
    });
  }
  {
    const author = `it.support@${PARTNER}`;
    const raw = await googleGroup({
      name: 'Tidewater Logistics IT Support',
      author,
      group: 'harbour-freight-forum',
      groupName: 'Harbour Freight Forum',
      subject: 'EDI gateway maintenance on Saturday',
      body: 'Our EDI gateway is down for maintenance on Saturday 06:00-09:00 UTC; queued messages are sent afterwards.\r\n\r\nTidewater Logistics IT Support\r\n',
      n: 'c',
      authorAr: posterAr(author, '209.85.220.41'),
    });
    emit(write, {
      name: 'probe125-outlook-google-group-partner-tidewater-logistics-control',
      cls: 'control',
      about: `Control: a genuine other firm whose name holds the reader's word (${PARTNER}, p=reject) posts to the public group "Harbour Freight Forum" as "Tidewater Logistics IT Support": "'Tidewater Logistics IT Support' via Harbour Freight Forum", Reply-To and X-Original-* it.support@${PARTNER}, signed d=googlegroups.com, ARC by google.com. Outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
      eml: groupDelivered(raw, 'harbour-freight-forum', 'outlook', 'c'),
      args: argsOf('outlook'),
      expect: AUTHENTICATED,
    });
  }
  // 2. A community's word in the group's name beside a desk's.
  const bob = `bob.hale@${EVIL}`;
  for (const [via, n, group, groupName, subject, body] of [
    [
      'gmail',
      'd',
      'tidewater-alumni-it-helpdesk',
      'Tidewater Alumni IT Helpdesk',
      'VPN certificate expires tonight',
      VPN_BODY,
    ],
    [
      'outlook',
      'e',
      'tidewater-hr-benefits',
      'Tidewater HR Benefits - Current and Former Staff',
      'Open enrolment closes Friday',
      BENEFITS_BODY,
    ],
  ] as const) {
    const raw = await googleGroup({
      name: 'Bob Hale',
      author: bob,
      group,
      groupName,
      subject,
      body,
      n,
      authorAr: posterAr(bob, '203.0.113.77'),
    });
    emit(write, {
      name: `probe125-${via}-group-${group}-community-word`,
      cls: 'community-word',
      about: `A community's word in a desk's group name: the outsider's public group ${group}@googlegroups.com is named "${groupName}"; he posts as "Bob Hale" from ${EVIL} (p=reject): "'Bob Hale' via ${groupName}", Reply-To and X-Original-* ${bob}, signed d=googlegroups.com, ARC by google.com. Online, ${via}, --recipient-domain ${ORG}. Wanted: not trusted: COMMUNITY (reader-org.ts) drops the whole group name on "alumni"/"former" although it names "IT Helpdesk"/"HR Benefits", desk words, beside the firm's name. What tightening would lose: a retirees' or alumni association's group whose name holds a desk word ("Tidewater Retirees Benefits Forum"), which is rare; "Tidewater Retirees Association" (the control) names no desk.`,
      eml: groupDelivered(raw, group, via, n),
      args: argsOf(via),
      expect: NOT_TRUSTED,
      twin: via === 'gmail',
    });
  }
  {
    const author = 'margaret.lee@gmail.com';
    const raw = await googleGroup({
      name: 'Margaret Lee',
      author,
      group: 'tidewater-retirees',
      groupName: 'Tidewater Retirees Association',
      subject: 'Spring lunch: 14 March at the Harbour Inn',
      body: 'Dear all, our spring lunch is on 14 March at 12:30 at the Harbour Inn. Please reply by 1 March.\r\n\r\nMargaret\r\n',
      n: 'f',
      authorAr:
        'dkim=pass header.i=@gmail.com header.s=20230601; spf=pass (google.com: domain of margaret.lee@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=margaret.lee@gmail.com; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com',
    });
    emit(write, {
      name: 'probe125-gmail-google-group-retirees-association-control',
      cls: 'control',
      about: `Control: a retirees' association's consumer group: "'Margaret Lee' via Tidewater Retirees Association" <tidewater-retirees@googlegroups.com>, Reply-To and X-Original-* margaret.lee@gmail.com, signed d=googlegroups.com, ARC by google.com. Gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
      eml: groupDelivered(raw, 'tidewater-retirees', 'gmail', 'f'),
      args: argsOf('gmail'),
      expect: AUTHENTICATED,
    });
  }
  // 3. The group posting as itself.
  for (const [via, n, group, groupName, expect, control] of [
    ['gmail', 'g', 'tidewater-it-helpdesk', 'Tidewater IT Helpdesk', NOT_TRUSTED, false],
    ['outlook', 'h', 'tidewater-alumni-it-helpdesk', 'Tidewater Alumni IT Helpdesk', NOT_TRUSTED, false],
    ['gmail', 'i', 'tidewater-retirees', 'Tidewater Retirees Association', AUTHENTICATED, true],
  ] as const) {
    const author = control ? 'margaret.lee@gmail.com' : bob;
    const raw = await googleGroup({
      name: control ? 'Margaret Lee' : 'Bob Hale',
      author,
      group,
      groupName,
      subject: control ? 'Spring lunch: 14 March at the Harbour Inn' : 'VPN certificate expires tonight',
      body: control ? 'Our spring lunch is on 14 March at 12:30 at the Harbour Inn.\r\n' : VPN_BODY,
      n,
      asGroup: true,
      authorAr: control
        ? 'dkim=pass header.i=@gmail.com header.s=20230601; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com'
        : posterAr(author, '203.0.113.77'),
    });
    emit(write, {
      name: `probe125-${via}-google-group-posts-as-itself-${group}${control ? '-control' : ''}`,
      cls: control ? 'control' : 'as-group',
      about: control
        ? `Control: the retirees' association's manager posts as the group ("post as group"): From "Tidewater Retirees Association" <tidewater-retirees@googlegroups.com>, X-Original-Sender the group's address, no Reply-To, signed d=googlegroups.com, ARC by google.com. Gmail, --recipient-domain ${ORG}. Wanted: authenticated.`
        : `The group posting as itself: the outsider who made ${group}@googlegroups.com posts with Google Groups' "post as group" as its manager: From "${groupName}" <${group}@googlegroups.com>, no "via", X-Original-Sender the group's own address, signed d=googlegroups.com, ARC by google.com recording ${EVIL}'s pass. Online, ${via}, --recipient-domain ${ORG}. Wanted: not trusted: the whole name is the group maker's text${groupName.includes('Alumni') ? '; COMMUNITY clears any From name with "alumni" in it, desk words and all' : ''}. What tightening would lose: ${groupName.includes('Alumni') ? 'an alumni group posting as itself under a desk word, rare (the retirees control names none)' : "nothing genuine: the firm's own group is at its own domain"}.`,
      eml: groupDelivered(raw, group, via, n),
      args: argsOf(via),
      expect,
    });
  }
  // 4. The poster's own X-Original-* headers in his submission, the group replying to the group.
  {
    const author = `it.helpdesk@${EVIL}`;
    const raw = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author,
      group: 'tw-it-notices',
      groupName: 'tw-it-notices',
      subject: 'Mailbox migration tonight',
      body: 'Your mailbox moves to the new server tonight. Confirm your password at https://tidewater-mail.migrate-now.example so that no mail is lost.\r\n\r\nIT Service Desk\r\n',
      n: 'j',
      replyTo: 'tw-it-notices <tw-it-notices@googlegroups.com>',
      own: [
        `X-Original-Sender: it.helpdesk@${ORG}`,
        `X-Original-From: Tidewater IT Helpdesk <it.helpdesk@${ORG}>`,
      ],
      authorAr: posterAr(author, '203.0.113.77'),
    });
    emit(write, {
      name: 'probe125-gmail-group-poster-forged-x-original-above-googles',
      cls: 'forged-original',
      about: `The poster writes X-Original-Sender: it.helpdesk@${ORG} and X-Original-From: "Tidewater IT Helpdesk" <it.helpdesk@${ORG}> into his own submission from ${EVIL} (p=reject); his group replies to the group (Reply-To tw-it-notices@googlegroups.com); Google rewrites to "'Tidewater IT Helpdesk' via tw-it-notices" and writes its own X-Original-From and X-Original-Sender it.helpdesk@${EVIL} below his, signed d=googlegroups.com, ARC by google.com recording ${EVIL}'s pass. Gmail, --recipient-domain ${ORG}. Wanted: not trusted: postersDomains and listFromRewrite take the first X-Original-* header, the poster's own text here. Whether Google strips a submission's X-Original-* headers is not confirmed; where two disagree, the last (the list's) or all of them should count. What tightening would lose: nothing: the list's own header names the genuine poster too.`,
      eml: groupDelivered(raw, 'tw-it-notices', 'gmail', 'j'),
      args: argsOf('gmail'),
      expect: NOT_TRUSTED,
      twin: true,
    });
  }
  {
    const author = `it.helpdesk@${ORG}`;
    const raw = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author,
      group: 'regional-it-forum',
      groupName: 'Regional IT Forum',
      subject: 'Printer driver update for the shared sites',
      body: 'The new printer driver is on the shared drive; install it before Monday.\r\n\r\nTidewater IT Helpdesk\r\n',
      n: 'k',
      replyTo: 'Regional IT Forum <regional-it-forum@googlegroups.com>',
      authorAr: `dkim=pass header.i=@${ORG} header.s=google; spf=pass (google.com: domain of ${author} designates 209.85.220.41 as permitted sender) smtp.mailfrom=${author}; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${ORG}`,
    });
    emit(write, {
      name: 'probe125-gmail-google-group-own-helpdesk-reply-to-group-control',
      cls: 'control',
      about: `Control: the firm's helpdesk it.helpdesk@${ORG} posts to the outside group "Regional IT Forum", which replies to the group: "'Tidewater IT Helpdesk' via Regional IT Forum", X-Original-From and X-Original-Sender the helpdesk's own address, signed d=googlegroups.com, ARC by google.com recording ${ORG}'s pass. Gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
      eml: groupDelivered(raw, 'regional-it-forum', 'gmail', 'k'),
      args: argsOf('gmail'),
      expect: AUTHENTICATED,
    });
  }
  // 5. A Google Workspace group at the attacker's own domain.
  {
    const author = `bob.hale@${EVIL}`;
    const list = `it-helpdesk@${WORKSPACE}`;
    const base = submitted({
      from: `Bob Hale <${author}>`,
      to: list,
      subject: 'VPN certificate expires tonight',
      date: POSTED,
      messageId: `<125l.post@${EVIL}>`,
      body: VPN_BODY,
    });
    const grouped = appendHeaders(
      base.replace(/^From: .*$/m, `From: 'Bob Hale' via Tidewater IT Helpdesk <${list}>`),
      `Reply-To: Bob Hale <${author}>`,
      `X-Original-From: Bob Hale <${author}>`,
      `X-Original-Sender: ${author}`,
      'Precedence: list',
      `Mailing-list: list ${list}; contact it-helpdesk+owners@${WORKSPACE}`,
      `List-ID: <it-helpdesk.${WORKSPACE}>`,
      `List-Post: <https://groups.google.com/a/${WORKSPACE}/group/it-helpdesk/post>, <mailto:${list}>`,
      `List-Unsubscribe: <mailto:googlegroups-manage+125l+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/${WORKSPACE}/group/it-helpdesk/subscribe>`,
    );
    const signed = await sealCorpus(await signCorpus(grouped, { domain: WORKSPACE, selector: 'google' }), {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `gmr-mx.google.com; ${posterAr(author, '203.0.113.77')}`,
    });
    const env = `it-helpdesk+bncBAABB125lAAGQEA@${WORKSPACE}`;
    emit(write, {
      name: 'probe125-outlook-workspace-group-of-attacker-domain-named-it-helpdesk',
      cls: 'workspace-group',
      about: `A Google Workspace group at the attacker's own domain (${WORKSPACE}, p=none, Google's SPF): he names the group "Tidewater IT Helpdesk" and posts to it as "Bob Hale" from ${EVIL} (p=reject): "'Bob Hale' via Tidewater IT Helpdesk" <${list}>, Reply-To and X-Original-* ${author}, List-ID <it-helpdesk.${WORKSPACE}>, signed d=${WORKSPACE} from ${WORKSPACE_OUT.rdns}, ARC by google.com. Outlook, --recipient-domain ${ORG}. Wanted: not trusted: the group's name is any Workspace customer's text as on googlegroups.com; PUBLIC_LIST_HOSTS reads only the two public hosts. What tightening would lose: another firm's real group named after its own desk never holds the reader's name; a group named after the reader's firm at another domain is what the lure is. (A plain "Tidewater IT Helpdesk" <it@${WORKSPACE}> is the attacker's own domain's name, README's kept gap; the group's "via" makes it a platform's user's.)`,
      eml: eopDelivery(signed, {
        ...eopPass(
          WORKSPACE_OUT,
          WORKSPACE,
          `dkim=pass (signature was verified)\r\n header.d=${WORKSPACE}`,
          WORKSPACE,
        ),
        returnPath: env,
      }),
      args: argsOf('outlook'),
      expect: NOT_TRUSTED,
    });
  }
}

// --- Part 2: a personal Gmail account under a trade's or club's name --------------------------------

async function freemail(name: string, local: string, subject: string, body: string, n: string, via: Via) {
  const envelope = `${local}@gmail.com`;
  const raw = await signAll(
    submitted({
      from: `"${name}" <${envelope}>`,
      to: READER,
      subject,
      date: SENT,
      messageId: `<CAH125${n}xQ7mK2p${n}Vd4=Lr9s@mail.gmail.com>`,
      body: `${body}\r\n`,
    }),
    [['gmail.com', '20230601']],
  );
  if (via === 'gmail')
    return gmailDelivery(raw, {
      relay: GMAIL_OUT,
      envelope,
      results: [
        gmailDkim('gmail.com', '20230601'),
        gmailSpf(envelope, GMAIL_OUT.ip),
        gmailDmarc('gmail.com', 'NONE'),
      ].join('\r\n       '),
      ids: [`x125csp${n}pxa`, `a125si${n}qtb.125`],
      spf: 'pass',
      deliveredTo: true,
      to: `robin.reader@${ORG}`,
    });
  return eopDelivery(raw, {
    ...eopPass(
      GMAIL_OUT,
      'gmail.com',
      'dkim=pass (signature was verified)\r\n header.d=gmail.com',
      'gmail.com',
    ),
    returnPath: envelope,
  });
}

interface Free {
  slug: string;
  cls: string;
  name: string;
  local: string;
  subject: string;
  body: string;
  about: string;
}

async function viaFree(
  write: CaseWriter,
  via: Via,
  c: Free,
  n: string,
  expect: CaseExpectation,
  twin = false,
) {
  emit(write, {
    name: `probe125-${via}-freemail-${c.slug}`,
    cls: c.cls,
    about: `${c.about} "${c.name}" <${c.local}@gmail.com>, "${c.subject}", signed d=gmail.com out of Google, every pass. Online, ${via}, --recipient-domain ${ORG}.`,
    eml: await freemail(c.name, c.local, c.subject, c.body, n, via),
    args: argsOf(via),
    expect,
    twin,
  });
}

async function tradeWordCases(write: CaseWriter): Promise<void> {
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-people-committee',
      cls: 'committee',
      name: 'Tidewater People Committee',
      local: 'tidewater.peoplecommittee',
      subject: 'Your 2027 salary letter is ready to sign',
      body: 'Your 2027 salary letter has been approved. Review and e-sign it at https://tidewater-people.sign-letter.example with your staff login by Friday.',
      about:
        'Wanted: not trusted. "Tidewater People" is the HR desk ("People & Culture", README round 121); "Committee", a new TRADE_WORD, ends the name, and "people" is no INSIDE_GENERIC word, so tradeNameAfter clears it. What tightening would lose: a committee is a body of the organisation it names (a club\'s committee is "Tidewater Rowing Club Committee", a club word before it); read "committee" as a trade word only when another trade word comes before it, or not after people/team/department.',
    },
    'm',
    NOT_TRUSTED,
    true,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-email-migration-committee',
      cls: 'committee',
      name: 'Tidewater Email Migration Committee',
      local: 'tidewater.emailmigration',
      subject: 'Mailbox migration: re-validate before Friday',
      body: 'All mailboxes move to the new platform this weekend. Re-validate your account at https://tidewater-mail.migrate-now.example with your network password so that no mail is lost.',
      about:
        'Wanted: not trusted ("Tidewater Email Migration Team" is caught: "team" is no trade word). Swapping "Team" for "Committee" clears the generic "Email" (tradeNameAfter: any trade word at the end after a generic word outside INSIDE_GENERIC). What tightening would lose: no trade is called "<firm> Email … Committee".',
    },
    'n',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-pay-review-committee',
      cls: 'money-word',
      name: 'Tidewater Staff Pay Review Committee',
      local: 'tidewater.payreview',
      subject: 'Pay review 2027: confirm your bank details',
      body: 'The 2027 pay award is confirmed. To receive the back-pay in December, confirm your bank details at https://tidewater-payreview.confirm-details.example by Friday.',
      about:
        'Wanted: not trusted (round 124\'s "Staff Credit Union" and "Staff Rewards Club" are held by MONEY_WORDS). "Pay" (and "wage", "salary" as a non-desk plural) is not in MONEY_WORDS, so "Staff … Committee" is cleared. What tightening would lose: the staff union\'s pay committee on Gmail, named "Tidewater Staff Union Pay Committee", which keeps the union word; add pay/wage/wages/payment/reimbursement/allowance/discount to MONEY_WORDS.',
    },
    'o',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-staff-discount-club',
      cls: 'money-word',
      name: 'Tidewater Staff Discount Club',
      local: 'tidewater.staffdiscount',
      subject: 'Your staff discount card expires on 30 November',
      body: 'Your staff discount card expires on 30 November. Renew it with your staff number and network login at https://tidewater-discount.renew-card.example to keep 20% off at partner stores.',
      about:
        'Wanted: not trusted: the perks lure of round 124 ("Staff Rewards Club", held) with "discount" for "rewards": not a MONEY_WORD, and "club" is no FACILITY_WORD, so "Staff" is cleared. What tightening would lose: a staff discount scheme is always the employer\'s own; no independent club calls itself so.',
    },
    'p',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-team-travel',
      cls: 'facility-word',
      name: 'Tidewater Team Travel',
      local: 'tidewater.teamtravel',
      subject: 'Your business trip booking needs re-authorisation',
      body: 'Your booking for the Rotterdam site visit (3-5 December) is on hold. Re-authorise it with your corporate card and network login at https://tidewater-travel.reauthorise.example within 24 hours.',
      about:
        'Wanted: not trusted ("Tidewater Staff Travel" is held as a FACILITY_WORD after staff). "Team" is a generic word but not INSIDE_GENERIC, so the facility test is skipped and "Travel", a trade word, clears it: the corporate-travel lure. What tightening would lose: a travel agency for sports teams named "<town> Team Travel" (they exist, usually "<Brand> Team Travel" or "Team Travel <town>"); adding "team" and "people" to INSIDE_GENERIC keeps "Team Tidewater Triathlon Club" and "Tidewater Team Sports" clear (sport, club: no FACILITY_WORD).',
    },
    'q',
    NOT_TRUSTED,
  );
  // Controls
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-staff-social-committee-control',
      cls: 'control',
      name: 'Tidewater Staff Social Committee',
      local: 'tidewater.socialcommittee',
      subject: 'Christmas party: 12 December, tickets now',
      body: 'Hi all, the Christmas party is on Friday 12 December at the Harbour Inn from 19:00. Tickets are 15 EUR; reply to this mail to reserve yours.',
      about:
        "Control: the staff social committee's own Gmail (round 124's social club). Wanted: authenticated.",
    },
    'r',
    AUTHENTICATED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-netball-club-control',
      cls: 'control',
      name: 'Tidewater Staff Netball Club',
      local: 'tidewater.netball',
      subject: 'Training moves to Thursday',
      body: 'Hi team, training moves to Thursday 18:30 at the leisure centre this week. Bring bibs!',
      about:
        'Control: the staff netball club\'s Gmail ("netball" is a new club word). Wanted: authenticated.',
    },
    's',
    AUTHENTICATED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-staff-union-local-12-control',
      cls: 'control',
      name: 'Tidewater Staff Union Local 12',
      local: 'tidewater.local12',
      subject: 'Branch meeting: 2027 pay claim',
      body: 'Dear members, Local 12 meets on Wednesday at 17:30 in the Harbour Inn to agree our 2027 pay claim.',
      about:
        'Control: the staff union branch with its number (BRANCH_WORDS skip "Local 12"). Wanted: authenticated.',
    },
    't',
    AUTHENTICATED,
  );
}

// Fixed at 00:3x on 2026-12-06 (the lead):
// - lib/findings/reader-org.ts: the poster's part is skipped only when it spells the whole label of
//   the one organisation the list-written addresses name (ownFirmName: tidewaterlogistics, not
//   tidewatertech); every X-Original-Sender/-From is read, not the first (a poster's own above
//   Google's); a retirees' or alumni name is a community's only without a desk word (community).
// - lib/findings/desk-words.ts tradeNameAfter: "committee" clears only after the staff's own word
//   (STAFF_WORDS); "team" and "people" are INSIDE_GENERIC ("Tidewater Team Travel"); pay, wages,
//   discount, allowance, reimbursement are MONEY_WORDS.
// Kept out by choice (the lead, 00:3x): a Workspace group at the attacker's own domain
// ("'Bob Hale' via Tidewater IT Helpdesk" <it-helpdesk@quayside-notify.example>) reads
// authenticated: that domain is who sent it, shown as such, as for any name the attacker's own
// domain writes (display-name-reader-org reads names a platform's user chose).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe125-outlook-workspace-group-of-attacker-domain-named-it-helpdesk',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await groupCases(write);
  await tradeWordCases(write);
}
