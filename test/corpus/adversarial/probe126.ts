// Red-team probes, round 126 (December 2026): the last two hours' rules (93efa221..HEAD,
// lib/findings/), read through Gmail and Outlook by a reader at tidewater.example.
// - lib/findings/reader-org.ts community(): on a public list host a group's name that ends in
//   forum/council/chapter/meetup/roundtable/association/society/club and whose only DESK_WORDS are
//   FIELD_WORDS is a community's, and so is any name with retirees/alumni/former without a desk word.
//   It reads nameWords only: not the generic words beside the firm's name that deskBeside and
//   tradeNameAfter weigh (MONEY_WORDS: "Tidewater Staff Rewards Club" from a Gmail is held since
//   round 124), not the skeleton (a Cyrillic "о" in "Suppоrt"), not camel case ("ITServiceDesk"),
//   not the HR desks' two-word names ("Human Resources"). Attacks: each of those as a public group's
//   name (posted "via" and as the group itself), and the plain "Tidewater IT Security Council" MFA
//   lure. Plurals and other languages ("Councils", "Foro") are not community ends, so read: tried, held.
// - ownFirmName: the poster's part is skipped when his name spells the whole label of the one
//   domain the list wrote. Attacks: the attacker's domain glues a field or staff word to the firm's
//   name (tidewatertech, tidewaterstaff), so "Tidewater Tech Support" and "Tidewater Staff Payroll"
//   spell it. Control: a real partner, tidewatermarine.example, posting as "Tidewater Marine IT".
// - desk-words.ts tradeNameAfter: money words other than MONEY_WORDS ("lottery"), FACILITY_WORDS
//   read at the name's end only ("Staff Car Rental"), "committee" after "staff" with a facility
//   before it ("Staff Parking Committee"), English money words only ("Mitarbeiter Spar-Verein").
// Controls beside them: a regional IT forum's and a staff social club's public groups, a staff
// running club's and a German staff sports club's Gmail, a partner firm's post.
// What tightening would lose is said per case in `about`.
// Where the layouts were learnt: Google Groups' "'Name' via Group" rewrite, X-Original-Sender/-From,
// Mailing-list, List-ID and footer as probe125.ts and rounds-kit.ts googleGroupsPost (a kasan-dev
// raw copy) write them, and "post as group" as probe125.ts; searched again (corpus "pages":
// Mailman's header round-up on mail.python.org, for List-* headers a group keeps); nothing new
// learnt there, so the layouts are the corpus's. Gmail's and EOP's headers as kit.ts and
// receivers.ts write them. Names and addresses are documentation ones except Google's hosts and
// ranges; every key is the corpus key.

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
/** The attacker's domain gluing a field word to the reader's name ("Tidewater Tech"). */
const GLUED = 'tidewatertech.example';
/** The attacker's domain gluing a generic staff word to the reader's name. */
const STAFFED = 'tidewaterstaff.example';
/** A genuine other firm whose name holds the reader's word. */
const PARTNER = 'tidewatermarine.example';

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

const GROUPS: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};

const ZONE = {
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(GROUPS.ip, GROUPS.rdns),
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
  ...txt(STAFFED, 'v=spf1 ip4:203.0.113.81 -all'),
  ...key(STAFFED, 's1'),
  ...dmarc(STAFFED, 'reject'),
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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe126-${c.cls}` });

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
    messageId: `<126${o.n}.post@${domainOf(o.author)}>`,
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
      `List-Unsubscribe: <mailto:googlegroups-manage+1260${o.n}+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/${o.group}/subscribe>`,
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
  const env = `${group}+bncBAABB126${n}AAGQEA@googlegroups.com`;
  if (via === 'gmail')
    return gmailDelivery(raw, {
      relay: GROUPS,
      envelope: env,
      results: [
        gmailDkim('googlegroups.com', '20230601'),
        gmailSpf(env, GROUPS.ip),
        'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=googlegroups.com',
      ].join('\r\n       '),
      ids: [`x126csp${n}pxg`, `a126si${n}qtg.126`],
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

const MFA_BODY =
  'All staff must re-enrol their multi-factor authentication by Friday. Sign in at https://tidewater-mfa.re-enrol.example with your network password and approve the new device.\r\n\r\nIT Security\r\n';
const REWARDS_BODY =
  'Your staff rewards balance of 240 points expires on 30 November. Redeem it or move it to your pay slip at https://tidewater-rewards.redeem-now.example with your staff login.\r\n';
const PAY_BODY =
  'Your December pay slip is held because your bank details failed verification. Confirm them at https://tidewater-pay.verify-details.example before Thursday to be paid on time.\r\n';

const bob = `bob.hale@${EVIL}`;

interface GroupAttack {
  via: Via;
  n: string;
  group: string;
  groupName: string;
  subject: string;
  body: string;
  asGroup?: boolean;
  slug: string;
  why: string;
}

async function groupAttack(write: CaseWriter, a: GroupAttack): Promise<void> {
  const raw = await googleGroup({
    name: 'Bob Hale',
    author: bob,
    group: a.group,
    groupName: a.groupName,
    subject: a.subject,
    body: a.body,
    n: a.n,
    ...(a.asGroup ? { asGroup: true } : {}),
    authorAr: posterAr(bob, '203.0.113.77'),
  });
  const shape = a.asGroup
    ? `posts as the group ("post as group"): From "${a.groupName}" <${a.group}@googlegroups.com>, no "via", X-Original-Sender the group's own address`
    : `posts as "Bob Hale" from ${EVIL} (p=reject): "'Bob Hale' via ${a.groupName}" <${a.group}@googlegroups.com>, Reply-To and X-Original-* ${bob}`;
  emit(write, {
    name: `probe126-${a.via}-group-${a.slug}`,
    cls: 'community',
    about: `The outsider's public group ${a.group}@googlegroups.com is named "${a.groupName}"; he ${shape}; signed d=googlegroups.com, ARC by google.com recording ${EVIL}'s pass; "${a.subject}". Online, ${a.via}, --recipient-domain ${ORG}. ${a.why}`,
    eml: groupDelivered(raw, a.group, a.via, a.n),
    args: argsOf(a.via),
    expect: NOT_TRUSTED,
    twin: a.via === 'gmail',
  });
}

async function communityCases(write: CaseWriter): Promise<void> {
  // 1. A generic word and a money word before a club's end: round 124's held Gmail lure as a group.
  await groupAttack(write, {
    via: 'gmail',
    n: 'a',
    group: 'tidewater-staff-rewards',
    groupName: 'Tidewater Staff Rewards Club',
    subject: 'Your rewards points expire on 30 November',
    body: REWARDS_BODY,
    slug: 'staff-rewards-club-money-word',
    why: 'Wanted: not trusted, as the same name from a Gmail reads since round 124 (MONEY_WORDS hold "Staff … Club"). community() ends in "club" and counts only DESK_WORDS, so "staff" and "rewards" pass and the group name is never read. What tightening would lose: nothing the Gmail reading does not already lose; a staff social club\'s group (the control) is still cleared by tradeNameAfter.',
  });
  await groupAttack(write, {
    via: 'outlook',
    n: 'b',
    group: 'tidewater-staff-discount',
    groupName: 'Tidewater Staff Discount Club',
    subject: 'Your staff discount card expires on 30 November',
    body: 'Your staff discount card expires on 30 November. Renew it with your staff number and network login at https://tidewater-discount.renew-card.example to keep 20% off at partner stores.\r\n',
    asGroup: true,
    slug: 'staff-discount-club-as-group',
    why: 'Wanted: not trusted: probe125\'s held Gmail lure ("discount", a MONEY_WORD since round 125) posted by the group as itself; the else branch (community(from.displayName)) returns before the name is read. What tightening would lose: as above.',
  });
  // 2. The skeleton: a Cyrillic "о" hides a desk word from nameWords, not from namesDeskOf.
  await groupAttack(write, {
    via: 'outlook',
    n: 'c',
    group: 'tidewater-it-support-forum',
    groupName: 'Tidewater IT Supp\u043ert Forum',
    subject: 'Mandatory MFA re-enrolment by Friday',
    body: MFA_BODY,
    slug: 'it-support-forum-cyrillic-o',
    why: 'Wanted: not trusted, as "Tidewater IT Support Forum" in Latin letters reads (support is a desk word, so no community). The "о" of "Suppоrt" is Cyrillic U+043E: community() reads nameWords as written, "suppоrt" is no DESK_WORD, the name is a forum\'s; namesDeskOf would have read its skeleton. What tightening would lose: nothing: read community() over skeletonVariants (every reading must be a community\'s).',
  });
  // 3. Camel case: "ITServiceDesk" is one word to nameWords.
  await groupAttack(write, {
    via: 'gmail',
    n: 'd',
    group: 'tidewater-itservicedesk',
    groupName: 'Tidewater ITServiceDesk Forum',
    subject: 'Mandatory MFA re-enrolment by Friday',
    body: MFA_BODY,
    slug: 'itservicedesk-camel-forum',
    why: 'Wanted: not trusted: "ITServiceDesk" is one word to nameWords ("itservicedesk", no DESK_WORD), so community() calls the name a forum\'s; deskBeside splits camel case and capital runs (round 123) and reads "service desk". What tightening would lose: nothing: split camel case and capital runs in community() as deskBeside does.',
  });
  // 4. An HR desk's two-word name beside "retired": the retirees' branch reads DESK_WORDS only.
  await groupAttack(write, {
    via: 'outlook',
    n: 'e',
    group: 'tidewater-hr-retired-staff',
    groupName: 'Tidewater Human Resources - Retired Staff',
    subject: 'Pension payment held: confirm your bank details',
    body: PAY_BODY.replace('December pay slip', 'December pension payment'),
    slug: 'human-resources-retired-staff',
    why: 'Wanted: not trusted: "Tidewater Human Resources" is an ORG_DESK_PHRASE that deskBeside reads, but the retirees\' branch of community() asks only DESK_WORDS ("human", "resources" are none), so "retired" clears it. Probe125\'s "Tidewater HR Benefits - Current and Former Staff" is held only because "hr" is a DESK_WORD. What tightening would lose: a retirees\' group named after the HR desk, rare; "Tidewater Retirees Association" names no desk.',
  });
  // 5. The plain field lure: the reader's name, field words and a community end, nothing else.
  await groupAttack(write, {
    via: 'gmail',
    n: 'f',
    group: 'tidewater-it-security-council',
    groupName: 'Tidewater IT Security Council',
    subject: 'Mandatory MFA re-enrolment by Friday',
    body: MFA_BODY,
    slug: 'it-security-council-mfa',
    why: 'Wanted: not trusted: nothing in the name but the reader\'s firm, two FIELD_WORDS and "Council", which is how the firm\'s own security team would be named to staff. The genuine communities of round 121 name whose they are ("Regional", "ISACA"). What tightening would lose: a regional body called just "<town> IT Security Council" or "<town> Cyber Forum", where the town is the reader\'s firm\'s name (read suspicious, not spoofed). Suggested: community() needs a word that is none of the reader\'s label, FIELD_WORDS, GENERIC_DESK_WORDS or the end.',
  });
  // Controls
  {
    const author = 'dana.okoro@gmail.com';
    const raw = await googleGroup({
      name: 'Dana Okoro',
      author,
      group: 'tidewater-regional-it-forum',
      groupName: 'Tidewater Regional IT Forum',
      subject: 'January meetup: zero-trust networking talk',
      body: 'Hi all, our January meetup is on the 14th at 18:00 at the Harbour Library. Talk: zero-trust networking on a small budget. Pizza provided.\r\n\r\nDana\r\n',
      n: 'g',
      authorAr:
        'dkim=pass header.i=@gmail.com header.s=20230601; spf=pass (google.com: domain of dana.okoro@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=dana.okoro@gmail.com; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com',
    });
    emit(write, {
      name: 'probe126-gmail-group-regional-it-forum-control',
      cls: 'control',
      about: `Control: a regional IT meetup's consumer group: "'Dana Okoro' via Tidewater Regional IT Forum" <tidewater-regional-it-forum@googlegroups.com>, Reply-To and X-Original-* ${author}, signed d=googlegroups.com, ARC by google.com. Gmail, --recipient-domain ${ORG}. Wanted: authenticated (it names whose forum it is: "Regional").`,
      eml: groupDelivered(raw, 'tidewater-regional-it-forum', 'gmail', 'g'),
      args: argsOf('gmail'),
      expect: AUTHENTICATED,
    });
  }
  {
    const author = 'priya.nair@gmail.com';
    const raw = await googleGroup({
      name: 'Priya Nair',
      author,
      group: 'tidewater-staff-social',
      groupName: 'Tidewater Staff Social Club',
      subject: 'Quiz night on Thursday',
      body: 'Hi all, quiz night is on Thursday at 19:00 at the Harbour Inn, teams of four. Reply to this to book a table.\r\n\r\nPriya\r\n',
      n: 'h',
      authorAr:
        'dkim=pass header.i=@gmail.com header.s=20230601; spf=pass (google.com: domain of priya.nair@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=priya.nair@gmail.com; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com',
    });
    emit(write, {
      name: 'probe126-outlook-group-staff-social-club-control',
      cls: 'control',
      about: `Control: the staff social club's consumer group: "'Priya Nair' via Tidewater Staff Social Club" <tidewater-staff-social@googlegroups.com>, Reply-To and X-Original-* ${author}, signed d=googlegroups.com, ARC by google.com. Outlook, --recipient-domain ${ORG}. Wanted: authenticated: with community() out of the way tradeNameAfter clears it ("club" after "staff", no money or facility word).`,
      eml: groupDelivered(raw, 'tidewater-staff-social', 'outlook', 'h'),
      args: argsOf('outlook'),
      expect: AUTHENTICATED,
    });
  }
}

// --- Part 2: ownFirmName, the poster's domain spelling the firm's name plus a desk-ish word ---------

async function ownFirmCases(write: CaseWriter): Promise<void> {
  for (const [via, n, domain, ip, name, subject, body, why] of [
    [
      'gmail',
      'i',
      GLUED,
      '203.0.113.79',
      'Tidewater Tech Support',
      'Mandatory MFA re-enrolment by Friday',
      MFA_BODY,
      `ownFirmName: "tidewatertechsupport" holds the whole label "tidewatertech" of the one domain Google wrote, so the poster's part is his own firm's and skipped; but the label's other word, "tech", is itself a FIELD_WORD, so "Tidewater Tech Support" reads as the reader's own tech support. lookalike.ts lets ${GLUED} through (no desk word glued).`,
    ],
    [
      'outlook',
      'j',
      STAFFED,
      '203.0.113.81',
      'Tidewater Staff Payroll',
      'Your December pay slip is held',
      PAY_BODY,
      `ownFirmName: "tidewaterstaffpayroll" holds the label "tidewaterstaff" of ${STAFFED}, so "Tidewater Staff Payroll" is skipped as the poster's own firm's name although "staff" is a GENERIC_DESK_WORD and "payroll" a DESK_WORD.`,
    ],
  ] as const) {
    const author = `notices@${domain}`;
    const raw = await googleGroup({
      name,
      author,
      group: 'harbour-staff-notices',
      groupName: 'harbour-staff-notices',
      subject,
      body,
      n,
      authorAr: posterAr(author, ip),
    });
    emit(write, {
      name: `probe126-${via}-group-poster-own-firm-${domain.split('.')[0]}`,
      cls: 'own-firm',
      about: `The attacker registers ${domain} (p=reject, so Google rewrites) and posts as "${name}" to his neutral group harbour-staff-notices: "'${name}' via harbour-staff-notices" <harbour-staff-notices@googlegroups.com>, Reply-To and X-Original-* ${author}, signed d=googlegroups.com, ARC by google.com recording ${domain}'s pass. Online, ${via}, --recipient-domain ${ORG}. Wanted: not trusted. ${why} What tightening would lose: a real firm whose name is the reader's plus a desk-ish word ("Tidewater Tech", a small IT shop) posting under it, read suspicious; suggested: skip the poster's part only when the label's rest (after the reader's word) is no DESK, GENERIC_DESK or FIELD word.`,
      eml: groupDelivered(raw, 'harbour-staff-notices', via, n),
      args: argsOf(via),
      expect: NOT_TRUSTED,
      twin: via === 'gmail',
    });
  }
  {
    const author = `it.support@${PARTNER}`;
    const raw = await googleGroup({
      name: 'Tidewater Marine IT Support',
      author,
      group: 'harbour-freight-forum',
      groupName: 'Harbour Freight Forum',
      subject: 'Berth booking portal down on Saturday',
      body: 'Our berth booking portal is down for maintenance on Saturday 06:00-09:00 UTC; bookings made by phone are entered afterwards.\r\n\r\nTidewater Marine IT Support\r\n',
      n: 'k',
      authorAr: posterAr(author, '209.85.220.41'),
    });
    emit(write, {
      name: 'probe126-gmail-group-partner-tidewater-marine-control',
      cls: 'control',
      about: `Control: a genuine other firm whose name holds the reader's word (${PARTNER}, p=reject) posts to the public group "Harbour Freight Forum" as "Tidewater Marine IT Support", Reply-To and X-Original-* ${author}, signed d=googlegroups.com, ARC by google.com. Gmail, --recipient-domain ${ORG}. Wanted: authenticated ("marine" is no desk word, so the suggested tightening keeps it).`,
      eml: groupDelivered(raw, 'harbour-freight-forum', 'gmail', 'k'),
      args: argsOf('gmail'),
      expect: AUTHENTICATED,
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
      messageId: `<CAH126${n}xQ7mK2p${n}Vd4=Lr9s@mail.gmail.com>`,
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
      ids: [`x126csp${n}pxa`, `a126si${n}qtb.126`],
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
    name: `probe126-${via}-freemail-${c.slug}`,
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
      slug: 'tidewater-staff-lottery-club',
      cls: 'money-word',
      name: 'Tidewater Staff Lottery Club',
      local: 'tidewater.stafflottery',
      subject: "You won this week's staff lottery draw",
      body: "Congratulations: your number came up in this week's staff lottery draw (EUR 500). The prize is paid with your December salary; confirm your bank details at https://tidewater-lottery.claim-prize.example by Friday.",
      about:
        'Wanted: not trusted: a staff lottery is paid in and out through the payroll, the employer\'s own money like "Staff Rewards Club" (held by MONEY_WORDS); "lottery" is no MONEY_WORD, so tradeNameAfter clears "Staff … Club". What tightening would lose: a staff lottery club on Gmail is run by colleagues and rare; add lottery, prize, draw, voucher, gift, share, shares to MONEY_WORDS, or read any word between an INSIDE_GENERIC word and "club" that is not a sport or social word as the employer\'s.',
    },
    'l',
    NOT_TRUSTED,
    true,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-staff-car-rental',
      cls: 'facility-word',
      name: 'Tidewater Staff Car Rental',
      local: 'tidewater.staffcars',
      subject: 'Your pool car booking needs re-authorisation',
      body: 'Your pool car booking for 3-5 December is on hold. Re-authorise it with your corporate card and network login at https://tidewater-fleet.reauthorise.example within 24 hours.',
      about:
        'Wanted: not trusted: "Tidewater Staff Car" is held (car, a FACILITY_WORD after staff) but tradeNameAfter reads FACILITY_WORDS at the name\'s end only, and "rental", a trade word, is none. What tightening would lose: a car rental firm named "<town> Staff Car Rental", none seen; read FACILITY_WORDS anywhere between the generic word and the end, as MONEY_WORDS are.',
    },
    'm',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-parking-committee',
      cls: 'committee',
      name: 'Tidewater Staff Parking Committee',
      local: 'tidewater.staffparking',
      subject: '2027 parking permits: renew by 15 December',
      body: 'Staff parking permits for 2027 must be renewed by 15 December. Renew yours with your staff number and network login at https://tidewater-parking.permit-renew.example; unrenewed permits are cancelled.',
      about:
        'Wanted: not trusted: "committee" after "staff" is cleared (STAFF_WORDS, the staff social committee), whatever comes between: the parking-permit lure. What tightening would lose: a staff parking committee is the employer\'s own body, writing from its own domain; clear "committee" after staff only when a social or sport word comes before it ("Social", "Sports", "Welfare", "Events"), or hold "parking" as a FACILITY_WORD read anywhere.',
    },
    'n',
    NOT_TRUSTED,
    true,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-mitarbeiter-spar-verein',
      cls: 'money-word',
      name: 'Tidewater Mitarbeiter Spar-Verein',
      local: 'tidewater.sparverein',
      subject: 'Auszahlung Sparverein 2026: Bankverbindung bestätigen',
      body: 'Die Auszahlung des Mitarbeiter-Sparvereins erfolgt am 15. Dezember mit dem Gehalt. Bitte bestätigen Sie bis Freitag Ihre Bankverbindung unter https://tidewater-sparverein.auszahlung.example mit Ihrem Mitarbeiter-Login.',
      about:
        'Wanted: not trusted: a staff savings club ("Sparverein") paid out with the salary; "Tidewater Staff Savings Club" is held (savings, a MONEY_WORD), but MONEY_WORDS are English only, so "spar" is none and "verein", a club word, clears "Mitarbeiter". What tightening would lose: nothing genuine with a money word; add spar, sparen, pramie, pramien, bonus, rabatt, ahorro, prima, epargne to MONEY_WORDS (compared without umlauts).',
    },
    'o',
    NOT_TRUSTED,
  );
  // Controls
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-running-club-control',
      cls: 'control',
      name: 'Tidewater Staff Running Club',
      local: 'tidewater.running',
      subject: 'Parkrun on Saturday, then coffee',
      body: 'Hi runners, we meet at the harbour parkrun on Saturday at 08:45, coffee at the kiosk afterwards. New joiners welcome.',
      about:
        "Control: the staff running club's own Gmail (running, club: no money or facility word). Wanted: authenticated.",
    },
    'p',
    AUTHENTICATED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-mitarbeiter-sportverein-control',
      cls: 'control',
      name: 'Tidewater Mitarbeiter Sportverein',
      local: 'tidewater.sportverein',
      subject: 'Hallentraining ab Januar dienstags',
      body: 'Liebe Mitglieder, ab Januar trainieren wir dienstags um 18:30 in der Hafenhalle. Bitte bringt Hallenschuhe mit.',
      about:
        "Control: the German staff sports club's Gmail (sportverein, a club word). Wanted: authenticated.",
    },
    'q',
    AUTHENTICATED,
  );
}

// Fixed at 00:45 on 2026-12-06 (the lead):
// - lib/findings/reader-org.ts community(): no reading of the name (camel case split, every
//   skeleton reading) may hold a desk phrase, a system or money word, or a generic word beside the
//   organisation's name; a profession's forum (professionsForum) holds no generic word and a word
//   of its own besides the name, the field and the ending ("Tidewater IT Security Council" is read).
// - ownsWord: the poster's own firm's label must hold the word as a firm's name of its own, not
//   with a desk's, generic, field or money word glued on (tidewatertech, tidewaterstaff).
// - lib/findings/desk-words.ts tradeNameAfter: money and facility words anywhere before the trade
//   word (parking, car); MONEY_WORDS gained lottery, prize, draw, voucher, gift, share and the
//   German, Spanish and French spar, Prämie, Rabatt, ahorro, épargne.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>();

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await communityCases(write);
  await ownFirmCases(write);
  await tradeWordCases(write);
}
