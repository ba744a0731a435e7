// Red-team probes, round 130 (December 2026): two exemptions worn at once, read by a reader at
// tidewater.example (--recipient-domain) through Gmail and Outlook.
// - A newsletter platform's account (lib/findings/platforms.ts NEWSLETTER_HOSTS: Substack writes
//   the writer's chosen name whole, "Tidewater IT Helpdesk" <tidewaterhelpdesk@substack.com>, held
//   since probe81) *and* the list exemption (lib/findings/reader-org.ts listDelivered: a list that
//   signed and whose List-Id spells the From address, `<pub>@substack.com` ↔ `<pub.substack.com>`,
//   "wrote the name as its own"; on a host not in PUBLIC_LIST_HOSTS, with no From rewrite,
//   readerNamedByPlatformUser returns null). Substack writes that List-Id on every post
//   (realworld77's kottke.substack.com, realworld9's fieldnotes.substack.com), so probe81's held
//   lure only needs the header Substack adds by itself.
// - A public Google Group named after the reader's desk (held since round 124) *and* the
//   colleague exemption (postersDomains: the poster is the reader's own when every address Google
//   wrote, X-Original-Sender/-From, is the reader's): the attacker posts to his own open group with
//   a From *forged* at the reader's domain (p=quarantine: gmr-mx holds the post in the group's spam
//   queue, the owner approves it, Groups rewrites the From and re-signs d=googlegroups.com). Google
//   writes X-Original-Sender from the forged From, and records dmarc=fail for it in its ARC set.
// Controls: a genuine Substack newsletter with its List-Id; a Substack newsletter named after the
// town the firm is named after (no desk word); the firm's own helpdesk really posting (dmarc=pass
// in Google's ARC record) to an outside group.
// Where the layouts were learnt: Substack's From/List-Id/List-Unsubscribe as realworld77.ts and
// realworld9.ts write them (recalled from Substack mail there) and probe81.ts's relay; Google
// Groups' rewrite, X-Original-*, Mailing-list, List-ID, footer and ARC by google.com as probe126.ts
// (a kasan-dev raw copy via rounds-kit.ts googleGroupsPost); the spam queue an owner approves from:
// Google Groups help "Moderate messages" (pending and spam messages, owners approve). Names and
// addresses are documentation ones except Google's hosts and ranges; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { AUTHENTICATED, emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const POSTED = 'Fri, 20 Nov 2026 09:58:00 +0000';
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const OUTLOOK_TO = `Robin Reader <robin.reader@${ORG}>`;
/** The attacker's own sending domain (his envelope when he forges the reader's From). */
const EVIL = 'harbour-notices.example';
const EVIL_IP = '203.0.113.77';

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

const SUBSTACK: Relay = { helo: 'mg-d81.substack.com', rdns: 'mg-d81.substack.com', ip: '198.51.100.81' };
const GROUPS: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};

const ZONE = {
  ...ptr(SUBSTACK.ip, SUBSTACK.rdns),
  ...key('substack.com', 'smtp'),
  ...dmarc('substack.com', 'reject'),
  ...txt('mg2.substack.com', `v=spf1 ip4:${SUBSTACK.ip} -all`),
  ...ptr(GROUPS.ip, GROUPS.rdns),
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...key('googlegroups.com', '20230601'),
  ...dmarc('googlegroups.com', 'none'),
  ...key('google.com', 'arc-20240605'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'),
  ...key(ORG, 'google'),
  ...txt(EVIL, `v=spf1 ip4:${EVIL_IP} -all`),
  ...dmarc(EVIL, 'reject'),
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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe130-${c.cls}` });

type Via = 'gmail' | 'outlook';
const argsOf = (via: Via) => [...(via === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER];
const WANT_READER: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-reader-org'] };

// --- Part 1: a Substack publication with the List-Id Substack writes ---------------------------------

const substackBounce = (n: string) => `bounce+130${n}c2e.f0a81-robin.reader=${ORG}@mg2.substack.com`;

async function substack(
  pub: string,
  sub: string,
  subject: string,
  body: string,
  n: string,
  via: Via,
  listId: boolean,
): Promise<string> {
  const envelope = substackBounce(n);
  const raw = await signAll(
    submitted({
      from: `"${pub}" <${sub}@substack.com>`,
      to: via === 'gmail' ? GMAIL_TO : OUTLOOK_TO,
      subject,
      date: SENT,
      messageId: `<20261120095958.130${n}.${sub}@substack.com>`,
      extraHeaders: [
        `Reply-To: "${pub}" <reply+2f130${n}@substack.com>`,
        ...(listId ? [`List-Id: <${sub}.substack.com>`, `List-URL: <https://${sub}.substack.com/>`] : []),
        `List-Unsubscribe: <https://${sub}.substack.com/action/disable_email?token=130${n}>, <mailto:unsubscribe+130${n}@substack.com>`,
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ],
      body: `${body}\r\n\r\nRead on: https://${sub}.substack.com/p/notice-130${n}\r\n\r\nUnsubscribe https://substack.com/redirect/130${n}\r\n`,
    }),
    [['substack.com', 'smtp']],
  );
  if (via === 'gmail')
    return gmailDelivery(raw, {
      relay: SUBSTACK,
      envelope,
      results: [
        gmailDkim('substack.com', 'smtp'),
        gmailSpf(envelope, SUBSTACK.ip),
        gmailDmarc('substack.com', 'REJECT'),
      ].join('\r\n       '),
      ids: [`x130csp${n}pxa`, `a130si${n}qtb.130`],
      spf: 'pass',
      deliveredTo: true,
    });
  return eopDelivery(raw, {
    ...eopPass(
      SUBSTACK,
      'mg2.substack.com',
      'dkim=pass (signature was verified)\r\n header.d=substack.com',
      'substack.com',
    ),
    returnPath: envelope,
  });
}

const MFA_BODY =
  'All staff must re-enrol their multi-factor authentication by Friday. Sign in at https://tidewater-mfa.re-enrol.example with your network password and approve the new device.\r\n\r\nIT Security';
const PAY_BODY =
  'Your December pay slip is held because your bank details failed verification. Confirm them at https://tidewater-pay.verify-details.example before Thursday to be paid on time.';

async function substackCases(write: CaseWriter): Promise<void> {
  const shape =
    "Substack writes the publication name whole from <sub>@substack.com, signed d=substack.com, DMARC pass, and adds List-Id <sub.substack.com> (as realworld77's kottke.substack.com)";
  const fault =
    'readerNamedByPlatformUser: listDelivered holds (List-Id = the From address with "@" as ".", substack.com signed), and on a host outside PUBLIC_LIST_HOSTS with no From rewrite `if (!open && !rewrite) return null` clears any name';
  emit(write, {
    name: 'probe130-gmail-substack-it-helpdesk-list-id',
    cls: 'newsletter-list',
    about: `Probe81's held lure with the header Substack writes itself: a publication "Tidewater IT Helpdesk" <tidewaterhelpdesk@substack.com>, List-Id <tidewaterhelpdesk.substack.com>, the MFA re-enrolment lure; the attacker imported the firm's staff addresses by CSV. ${shape}. Gmail, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org, as without the List-Id). ${fault}.`,
    eml: await substack(
      'Tidewater IT Helpdesk',
      'tidewaterhelpdesk',
      'Mandatory MFA re-enrolment by Friday',
      MFA_BODY,
      'a',
      'gmail',
      true,
    ),
    args: argsOf('gmail'),
    expect: WANT_READER,
  });
  emit(write, {
    name: 'probe130-outlook-substack-payroll-team-list-id',
    cls: 'newsletter-list',
    about: `"Tidewater Payroll Team" <tidewaterpayroll@substack.com>, List-Id <tidewaterpayroll.substack.com>, the held-pay-slip lure. ${shape}. Outlook, --recipient-domain ${ORG}. Wanted: not trusted. ${fault}.`,
    eml: await substack(
      'Tidewater Payroll Team',
      'tidewaterpayroll',
      'Action needed: your December pay slip is on hold',
      PAY_BODY,
      'b',
      'outlook',
      true,
    ),
    args: argsOf('outlook'),
    expect: WANT_READER,
  });
  emit(write, {
    name: 'probe130-gmail-substack-it-helpdesk-no-list-id-control',
    cls: 'newsletter-held',
    about: `Twin of probe130-gmail-substack-it-helpdesk-list-id without List-Id/List-URL (probe81's shape): read suspicious today (display-name-reader-org). ${shape.replace(", and adds List-Id <sub.substack.com> (as realworld77's kottke.substack.com)", '')}. Gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await substack(
      'Tidewater IT Helpdesk',
      'tidewaterhelpdesk',
      'Mandatory MFA re-enrolment by Friday',
      MFA_BODY,
      'c',
      'gmail',
      false,
    ),
    args: argsOf('gmail'),
    expect: WANT_READER,
  });
  emit(write, {
    name: 'probe130-gmail-substack-harbour-notes-control',
    cls: 'control',
    about: `Control: a genuine newsletter "Harbour Notes" <harbournotes@substack.com> with List-Id <harbournotes.substack.com>. ${shape}. Gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await substack(
      'Harbour Notes',
      'harbournotes',
      'This week on the waterfront',
      'Hi all,\r\n\r\nthe ferry timetable changes on Monday, and the harbour market moves to Saturdays.',
      'd',
      'gmail',
      true,
    ),
    args: argsOf('gmail'),
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe130-outlook-substack-town-weekly-control',
    cls: 'control',
    about: `Control: a local newsletter named after the town the firm is named after, "Tidewater Weekly" <tidewaterweekly@substack.com>, List-Id <tidewaterweekly.substack.com>: no desk word. ${shape}. Outlook, --recipient-domain ${ORG}. Wanted: authenticated (a newsletter named after the reader's town is no desk).`,
    eml: await substack(
      'Tidewater Weekly',
      'tidewaterweekly',
      'Council approves the new marina',
      'This week: the council approved the new marina, and the farmers market returns in March.',
      'e',
      'outlook',
      true,
    ),
    args: argsOf('outlook'),
    expect: AUTHENTICATED,
  });
}

// --- Part 2: a public group named after the desk, the poster's From forged at the reader's domain ----

interface GroupPost {
  name: string;
  author: string;
  group: string;
  groupName: string;
  subject: string;
  body: string;
  n: string;
  /** What Google's gmr-mx recorded of the poster's own mail (ARC). */
  authorAr: string;
  /** The poster's own mail was signed by his domain (the genuine colleague). */
  signedBy?: [string, string];
}

/** A post to a consumer Google group, signed d=googlegroups.com, ARC by google.com. */
async function googleGroup(o: GroupPost): Promise<string> {
  const list = `${o.group}@googlegroups.com`;
  let base = submitted({
    from: `${o.name} <${o.author}>`,
    to: list,
    subject: o.subject,
    date: POSTED,
    messageId: `<130${o.n}.post@${o.author.slice(o.author.indexOf('@') + 1)}>`,
    body: o.body,
  });
  if (o.signedBy) base = await signCorpus(base, { domain: o.signedBy[0], selector: o.signedBy[1] });
  const rewritten = base.replace(/^From: .*$/m, `From: '${o.name}' via ${o.groupName} <${list}>`);
  const grouped =
    appendHeaders(
      rewritten,
      `Reply-To: ${o.name} <${o.author}>`,
      `X-Original-From: ${o.name} <${o.author}>`,
      `X-Original-Sender: ${o.author}`,
      'Precedence: list',
      `Mailing-list: list ${list}; contact ${o.group}+owners@googlegroups.com`,
      `List-ID: <${o.group}.googlegroups.com>`,
      `List-Post: <https://groups.google.com/group/${o.group}/post>, <mailto:${list}>`,
      `List-Unsubscribe: <mailto:googlegroups-manage+1300${o.n}+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/${o.group}/subscribe>`,
    ) +
    `\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${o.groupName}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${o.group}+unsubscribe@googlegroups.com.\r\n`;
  return sealCorpus(await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }), {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `gmr-mx.google.com; ${o.authorAr}`,
  });
}

function groupDelivered(raw: string, group: string, via: Via, n: string): string {
  const env = `${group}+bncBAABB130${n}AAGQEA@googlegroups.com`;
  if (via === 'gmail')
    return gmailDelivery(raw, {
      relay: GROUPS,
      envelope: env,
      results: [
        gmailDkim('googlegroups.com', '20230601'),
        gmailSpf(env, GROUPS.ip),
        'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=googlegroups.com',
      ].join('\r\n       '),
      ids: [`x130csp${n}pxg`, `a130si${n}qtg.130`],
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

/** Google's record of a From forged at the reader's domain from the attacker's own server. */
const forgedAr = (author: string) =>
  `dkim=none; spf=pass (google.com: domain of bounce@${EVIL} designates ${EVIL_IP} as permitted sender) smtp.mailfrom=bounce@${EVIL}; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=${author.slice(author.indexOf('@') + 1)}`;
/** Google's record of the firm's own Workspace mail. */
const genuineAr = (author: string) =>
  `dkim=pass header.i=@${ORG} header.s=google; spf=pass (google.com: domain of ${author} designates 209.85.220.41 as permitted sender) smtp.mailfrom=${author}; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${ORG}`;

async function groupCases(write: CaseWriter): Promise<void> {
  const fault =
    "postersDomains reads X-Original-Sender/-From as \"written by the list\", all at the reader's domain, so readerNamedByPlatformUser returns null before the public group's name is read; the list wrote what the forger typed, and Google's own ARC record (dmarc=fail header.from=tidewater.example) says so";
  const attacks: Array<{
    via: Via;
    n: string;
    name: string;
    author: string;
    group: string;
    groupName: string;
    subject: string;
    body: string;
    slug: string;
  }> = [
    {
      via: 'gmail',
      n: 'f',
      name: 'Tidewater IT Helpdesk',
      author: `it-helpdesk@${ORG}`,
      group: 'tidewater-it-helpdesk',
      groupName: 'Tidewater IT Helpdesk',
      subject: 'Mandatory MFA re-enrolment by Friday',
      body: MFA_BODY,
      slug: 'it-helpdesk-forged-reader-poster',
    },
    {
      via: 'outlook',
      n: 'g',
      name: 'Tidewater Payroll',
      author: `payroll@${ORG}`,
      group: 'tidewater-staff-notices',
      groupName: 'Tidewater Staff Notices',
      subject: 'Action needed: your December pay slip is on hold',
      body: PAY_BODY,
      slug: 'payroll-forged-reader-poster',
    },
    {
      via: 'gmail',
      n: 'h',
      name: 'Marcus Hale',
      author: `marcus.hale@${ORG}`,
      group: 'tidewater-hr-benefits',
      groupName: 'Tidewater HR Benefits',
      subject: 'Open enrolment closes Friday: confirm your benefits',
      body: 'Open enrolment for 2027 benefits closes on Friday. Confirm your selection with your network login at https://tidewater-benefits.enrol-now.example or your current cover lapses.',
      slug: 'hr-benefits-group-forged-colleague',
    },
  ];
  for (const a of attacks) {
    const raw = await googleGroup({ ...a, authorAr: forgedAr(a.author) });
    emit(write, {
      name: `probe130-${a.via}-group-${a.slug}`,
      cls: 'group-forged-poster',
      about: `The attacker's open group ${a.group}@googlegroups.com, named "${a.groupName}", "anyone can post". He sends from his own server [${EVIL_IP}] (envelope bounce@${EVIL}) a post whose From is forged "${a.name}" <${a.author}> (${ORG} is at p=quarantine: gmr-mx holds it in the group's spam queue, he approves it as owner). Groups rewrites the From to "'${a.name}' via ${a.groupName}" <${a.group}@googlegroups.com>, writes Reply-To and X-Original-From/-Sender from the forged From, signs d=googlegroups.com, and seals ARC recording dmarc=fail for ${ORG}. "${a.subject}". ${a.via}, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org on the group's name, or a note that the poster's own domain failed). ${fault}.`,
      eml: groupDelivered(raw, a.group, a.via, a.n),
      args: argsOf(a.via),
      expect: NOT_TRUSTED,
      twin: a.via === 'gmail',
    });
  }
  // The same group's name with an outsider's Gmail poster: held since round 124.
  {
    const author = 'tidewater.it.desk@gmail.com';
    const raw = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author,
      group: 'tidewater-it-helpdesk',
      groupName: 'Tidewater IT Helpdesk',
      subject: 'Mandatory MFA re-enrolment by Friday',
      body: MFA_BODY,
      n: 'i',
      authorAr: `dkim=pass header.i=@gmail.com header.s=20230601; spf=pass (google.com: domain of ${author} designates 209.85.220.41 as permitted sender) smtp.mailfrom=${author}; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com`,
    });
    emit(write, {
      name: 'probe130-gmail-group-it-helpdesk-gmail-poster-held',
      cls: 'group-held',
      about: `The attacker's group "Tidewater IT Helpdesk" with his own Gmail as the poster (round 124's shape, held): the forged-poster cases' baseline. Gmail, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org).`,
      eml: groupDelivered(raw, 'tidewater-it-helpdesk', 'gmail', 'i'),
      args: argsOf('gmail'),
      expect: WANT_READER,
    });
  }
  // Control: the firm's own helpdesk really posting to an outside group.
  for (const via of ['gmail', 'outlook'] as const) {
    const author = `it-helpdesk@${ORG}`;
    const n = via === 'gmail' ? 'j' : 'k';
    const raw = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author,
      group: 'harbour-regional-it-forum',
      groupName: 'Harbour Regional IT Forum',
      subject: 'Slides from our talk on phishing-resistant MFA',
      body: 'Hi all, thanks for coming on Tuesday. The slides from our talk on phishing-resistant MFA are on the forum page; happy to take questions here.\r\n\r\nTidewater IT Helpdesk',
      n,
      authorAr: genuineAr(author),
      signedBy: [ORG, 'google'],
    });
    emit(write, {
      name: `probe130-${via}-group-own-helpdesk-posts-outside-control`,
      cls: 'control',
      about: `Control: the firm's own helpdesk (Workspace, DKIM d=${ORG}, Google's ARC record dmarc=pass) posts to a regional forum's public group; the reader, a member, gets "'Tidewater IT Helpdesk' via Harbour Regional IT Forum", X-Original-Sender ${author}. ${via}, --recipient-domain ${ORG}. Wanted: authenticated (as realworld round 121's helpdesk post).`,
      eml: groupDelivered(raw, 'harbour-regional-it-forum', via, n),
      args: argsOf(via),
      expect: AUTHENTICATED,
    });
  }
}

// Tried and held today: the forged-poster group posts read suspicious (list-author-dmarc-failed: the
// engine reads Google's ARC record of the poster's DMARC fail before the colleague exemption counts).
// Fixed at 03:00 on 2026-12-06 (the lead; lib/findings/reader-org.ts readerNamedByPlatformUser):
// probe130-gmail-substack-it-helpdesk-list-id and probe130-outlook-substack-payroll-team-list-id
// read AUTHENTICATED with no finding: a newsletter host's post whose From is `<pub>@substack.com`
// and List-Id `<pub.substack.com>` counted as "a list wrote the name as its own", and on a host
// outside PUBLIC_LIST_HOSTS with no From rewrite every name was cleared. A newsletter host's or a
// whole-name platform's publication is now read as an open group's: its name is its maker's.
// The first case's no-options twin was dropped (the lead): with no options nothing names the
// reader's organisation (a Gmail reader), as README's "What still fools" keeps for Outlook names.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await substackCases(write);
  await groupCases(write);
}
