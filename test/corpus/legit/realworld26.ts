// Real-world delivery shapes, twenty-sixth round: genuine mail against the list, replay and Sender
// rules committed at 05:25 on 2026-12-04 (d5792af).
// - List prefixes (lib/auth/subject-tag.ts listTag/listWords): a list's Subject prefix is undone
//   only when it is a gateway's word or names the list. Real subject_prefix values that do not:
//   Mailman's "[ANN] " and "[SECURITY] ", an acronym of the list's long name, a prefix in the
//   members' language over an English address, Sympa's custom_subject, a Google Group's and a
//   groups.io group's own prefix, LISTSERV without List-Post; controls that name the list (with
//   Mailman's post number, a p=reject author the list passes unmunged, a list prefix over a
//   GitHub notification's "[owner/repo]") and a Discourse "[Site] [Category]" notification.
// - Replays (lib/findings/timing.ts replayedSignature): a post held in a moderation queue for ten
//   days, an archived post re-sent on a member's request from Sympa's web archive, a message
//   retried for four days by its sender's queue (control), a Mailman digest (control).
// - Sender (lib/findings/sender.ts listsSender/excusedPass): a Mailman list relaying through an
//   ESP smarthost (envelope at the ESP, Sender at the list), a helpdesk's Sender under a
//   gateway's "[EXTERNAL] ", Google Groups' Sender (control).
// Layouts recalled from public list archives' raw copies (Mailman 2.1 CookHeaders, Sympa 6.2,
// LISTSERV 16/17, groups.io, Google Groups, Discourse, GitHub); realworld24.ts and lists.ts for the
// shared shapes. Names and addresses are documentation ones (RFC 2606, RFC 5737) except Google's
// hosts; every key is the corpus test key.
// Tally when written (2026-12-04 05:3x): 19 cases, 9 read right (controls, Google Groups' own
// prefix under its ARC, a helpdesk Sender under a gateway tag), 10 pending: nine regressions of
// d5792af (seven list prefixes, a moderation hold, a list behind an ESP smarthost) and LISTSERV.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders, tagSubject } from '../edits';
import { ARGS, emitCase, legitCorpus, NOT_SUSPICIOUS, ptr, RECEIVER, SIGNED } from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  authorZone,
  fromListHost,
  googleGroupsPost,
  LIST_AUTHOR,
  LIST_HOST,
  LIST_ZONE,
  LISTED,
  listPost,
} from '../rounds-kit';

// Genuine list mail through the reader's box is never a warning (NOT_SUSPICIOUS); a list's change
// undone reads unverified with the list named (LISTED).

/**
 * An archived post re-sent on the reader's own request: an old signature arriving now is what a
 * replay is, and nothing in it tells the archive's copy from an attacker's (no field of Sympa's
 * resend is beyond a replayer's pen). Recorded as the honest reading, never "spoofed".
 */
const REPLAYED_BY_REQUEST: CaseExpectation = {
  verdict: 'suspicious',
  findings: ['date-mismatch', 'list-modified'],
};

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
// Nine are regressions of d5792af: each read "unverified" at d5792af~1 (checked by running this
// file against a `git archive` of it); the LISTSERV case read "spoofed" there too.
// Fixed at 05:4x on 2026-12-04 (each now in the corpus): the seven list prefixes that do not name
// their list (the rule asking them to was withdrawn: lib/auth/list-restore.ts), and Mailman behind
// an email service provider's smarthost (a list's Sender at its own host, whatever the envelope:
// lib/findings/sender.ts listsSender). Fixed at 13:3x on 2026-12-04: LISTSERV without List-Id
// (rw26-listserv-subject-tag-no-list-id) is a list by its Sender and owner- envelope
// (lib/message/listserv.ts), and its tag is undone. Still pending: a post held ten days in
// moderation (the replay rule's seven days, a trade-off README names).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // A post held ten days in moderation: list-restored signature, Date and t= ten days old, reads
  // "suspicious" (date-mismatch medium); should read "unverified". lib/findings/timing.ts
  // replayedSignature now dates list-restored signatures with REPLAY_S = 7 days. Fix: date a
  // restored signature from Mailman's X-Mailman-Approved-At when present (or allow 30 days for
  // restored signatures at a list whose host passed SPF). Risk: a replayer writes that field too;
  // an 8-30 day old bank notice dressed as an approved post then reads "unverified".
  'rw26-mailman2-post-held-ten-days-in-moderation',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await prefixes(write);
  await otherLists(write);
  await replays(write);
  await senders(write);
}

// ---------------------------------------------------------------------------------------------
// The list server and its authors (the reader's own box, read with --authserv-id)
// ---------------------------------------------------------------------------------------------

const BODY = 'The nightly build fails at link time on arm64; log in the tracker.\r\n\r\nAlice\r\n';

/**
 * Mailman 2.1's delivery of the author's signed post to list `name` with subject_prefix `prefix`,
 * its footer, fields and -bounces envelope; no From munging (dmarc_moderation_action = Accept, or
 * an author at p=none/quarantine with dmarc_quarantine_moderation_action = No).
 */
async function mailmanPost(o: {
  name: string;
  title: string;
  prefix: string;
  subject?: string;
  policy?: string;
  id: string;
  date?: string;
  arrival?: string;
  signTime?: Date;
  extra?: string[];
}): Promise<{ eml: string; zone: Record<string, unknown> }> {
  const signed = await signCorpus(
    listPost(o.subject ?? 'Build broken on arm64', `${o.name}@${LIST_HOST}`, BODY, o.date),
    {
      domain: LIST_AUTHOR,
      selector: 's1',
      ...(o.signTime ? { signTime: o.signTime } : {}),
    },
  );
  const eml = onTop(
    appendHeaders(
      tagSubject(signed, o.prefix) + mailmanFooter(o.name, LIST_HOST, o.title),
      ...mailmanHeaders(o.name, LIST_HOST, o.title),
      ...(o.extra ?? []),
    ),
    `Return-Path: <${o.name}-bounces+robin=reader.example@${LIST_HOST}>`,
    fromListHost(o.id, o.arrival),
  );
  return { eml, zone: { ...authorZone(LIST_AUTHOR, o.policy ?? 'p=quarantine'), ...LIST_ZONE } };
}

// ---------------------------------------------------------------------------------------------
// 1. Mailman subject prefixes that do not name the list
// ---------------------------------------------------------------------------------------------

async function prefixes(write: CaseWriter): Promise<void> {
  const shapes: Array<{
    name: string;
    list: string;
    title: string;
    prefix: string;
    policy: string;
    about: string;
    expect: CaseExpectation;
  }> = [
    {
      name: 'rw26-mailman2-ann-prefix-on-announce-list',
      list: 'announce',
      title: 'Announce',
      prefix: '[ANN] ',
      policy: 'p=quarantine',
      about:
        'Mailman 2.1 announce list (announce@) whose subject_prefix is "[ANN] " (the common abbreviation projects choose), footer, no From munging; the author’s p=quarantine signature verifies once the prefix and footer are undone',
      expect: LISTED,
    },
    {
      name: 'rw26-mailman2-security-prefix-on-advisories-list',
      list: 'advisories',
      title: 'Advisories',
      prefix: '[SECURITY] ',
      policy: 'p=quarantine',
      about:
        'Mailman 2.1 list advisories@ with subject_prefix "[SECURITY] " (a project’s advisory list), footer, no munging; the author’s p=quarantine signature verifies once the list’s changes are undone',
      expect: LISTED,
    },
    {
      name: 'rw26-mailman2-acronym-prefix',
      list: 'nordic-bird-ringing',
      title: 'Nordic-bird-ringing',
      prefix: '[NBR] ',
      policy: 'p=quarantine',
      about:
        'Mailman 2.1 list nordic-bird-ringing@ whose subject_prefix is the acronym of its long name, "[NBR] ", footer, no munging; the author’s p=quarantine signature verifies once undone',
      expect: LISTED,
    },
    {
      name: 'rw26-mailman2-prefix-in-members-language',
      list: 'members',
      title: 'Members',
      prefix: '[Mitglieder] ',
      policy: 'p=quarantine',
      about:
        'Mailman 2.1 list members@ of a German association whose subject_prefix is in the members’ language, "[Mitglieder] ", footer, no munging; the author’s p=quarantine signature verifies once undone',
      expect: LISTED,
    },
    {
      name: 'rw26-mailman2-ann-prefix-p-reject-author-unmunged',
      list: 'announce',
      title: 'Announce',
      prefix: '[ANN] ',
      policy: 'p=reject',
      about:
        'Mailman 2.1 announce list with subject_prefix "[ANN] " and dmarc_moderation_action = Accept (the list’s DMARC mitigation off): a p=reject author’s post passes with its From unchanged; the signature verifies once the prefix and footer are undone',
      expect: LISTED,
    },
    {
      name: 'rw26-mailman2-named-prefix-p-reject-author-unmunged-control',
      list: 'devel',
      title: 'Devel',
      prefix: '[Devel] ',
      policy: 'p=reject',
      about:
        'Mailman 2.1 list devel@ with subject_prefix "[Devel] " and dmarc_moderation_action = Accept: a p=reject author’s post passes with its From unchanged; the signature verifies once undone (control: the prefix names the list)',
      expect: LISTED,
    },
    {
      name: 'rw26-mailman2-named-prefix-post-number-control',
      list: 'devel',
      title: 'Devel',
      prefix: '[Devel 4471] ',
      policy: 'p=quarantine',
      about:
        'Mailman 2.1 list devel@ with subject_prefix "[Devel %d] " (the post number), footer; p=quarantine author, no munging (control)',
      expect: LISTED,
    },
  ];
  let n = 0;
  for (const s of shapes) {
    const { eml, zone } = await mailmanPost({
      name: s.list,
      title: s.title,
      prefix: s.prefix,
      policy: s.policy,
      id: `4ZrM2b00${(n++).toString().padStart(2, '0')}`,
    });
    emitCase(write, {
      name: s.name,
      about: s.about,
      class: 'list-prefix',
      args: ARGS,
      eml,
      zone,
      expect: s.expect,
    });
  }

  // A list subscribed to a GitHub repository's notifications: GitHub's own "[owner/repo]" is
  // signed; the list's "[Commits] " goes in front of it (control: the list's prefix names it).
  {
    const signed = await signCorpus(
      submitted({
        from: 'Alice Martin <notifications@github.com>',
        to: `acme/widget <widget@noreply.github.com>`,
        subject: '[acme/widget] Fix link step on arm64 (PR #42)',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: '<acme/widget/pull/42@github.com>',
        extraHeaders: ['X-GitHub-Sender: alicem'],
        body: 'You can view, comment on, or merge this pull request online.\r\n',
      }),
      // GitHub's h= taken as the message's own fields, not its List-* (recalled, not confirmed):
      // Mailman 2.1's CookHeaders replaces a post's List-* fields, so a signed List-ID never survives.
      { domain: 'github.com', selector: 'pf2023', headerList: [...SIGNED] },
    );
    const eml = onTop(
      appendHeaders(
        tagSubject(signed, '[Commits] ') + mailmanFooter('commits', LIST_HOST, 'Commits'),
        ...mailmanHeaders('commits', LIST_HOST, 'Commits'),
      ),
      `Return-Path: <commits-bounces+robin=reader.example@${LIST_HOST}>`,
      fromListHost('4ZrM2b0100'),
    );
    emitCase(write, {
      name: 'rw26-mailman2-list-prefix-over-github-repo-prefix-control',
      about:
        'A project’s Mailman 2.1 list commits@ subscribed to a GitHub repository’s notifications: GitHub’s signed "[acme/widget] " Subject gets the list’s "[Commits] " in front, the list’s fields (in place of GitHub’s List-ID, which Mailman replaces and which this signature does not cover) and its footer; github.com’s p=reject signature verifies once undone (control: the prefix names the list)',
      class: 'list-prefix',
      args: ARGS,
      eml,
      zone: {
        ...keyZone(['pf2023._domainkey.github.com']),
        'github.com': { TXT: ['v=spf1 ip4:192.30.252.0/22 -all'] },
        '_dmarc.github.com': { TXT: ['v=DMARC1; p=reject'] },
        ...LIST_ZONE,
      },
      expect: LISTED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Other list software with its own prefixes
// ---------------------------------------------------------------------------------------------

async function otherLists(write: CaseWriter): Promise<void> {
  const zone = { ...authorZone(LIST_AUTHOR, 'p=quarantine'), ...LIST_ZONE };

  // Sympa 6.2 custom_subject in the members' language, footer_type append.
  {
    const signed = await signCorpus(listPost('Programme du 3 décembre', `cs-seminar@${LIST_HOST}`, BODY), {
      domain: LIST_AUTHOR,
      selector: 's1',
    });
    const eml = onTop(
      appendHeaders(
        `${tagSubject(signed, '[Séminaire] ')}\r\n-- \r\ncs-seminar mailing list - https://${LIST_HOST}/sympa/info/cs-seminar\r\n`,
        `List-Id: <cs-seminar.${LIST_HOST}>`,
        `List-Help: <mailto:sympa@${LIST_HOST}?subject=help>`,
        `List-Unsubscribe: <mailto:sympa@${LIST_HOST}?subject=unsubscribe%20cs-seminar>`,
        `List-Post: <mailto:cs-seminar@${LIST_HOST}>`,
        `List-Owner: <mailto:cs-seminar-request@${LIST_HOST}>`,
        `List-Archive: <https://${LIST_HOST}/sympa/arc/cs-seminar>`,
        'Precedence: list',
      ),
      `Return-Path: <cs-seminar-owner@${LIST_HOST}>`,
      fromListHost('4ZrM2b0200'),
    );
    emitCase(write, {
      name: 'rw26-sympa-custom-subject-other-language',
      about:
        'Sympa 6.2 list cs-seminar@ (English address) with custom_subject "Séminaire" (Sympa writes "[Séminaire] " raw in UTF-8 over an ASCII Subject: written here as the bytes), footer_type append; the author’s p=quarantine signature verifies once the prefix and footer are undone',
      class: 'list-prefix',
      args: ARGS,
      eml,
      zone,
      expect: LISTED,
    });
  }

  // LISTSERV: SUBJECTHDR tag "[STATS-L]" on STATS-L, Sender the list, owner- envelope, no List-Post
  // (LISTSERV writes List-Id only in newer releases: here without it, as lists.ts's older layout).
  {
    const signed = await signCorpus(
      submitted({
        from: `Dr. Alice Martin <alice@${LIST_AUTHOR}>`,
        to: 'STATS-L@LISTSERV.UNI.EXAMPLE',
        subject: 'CFP: workshop on robust estimation',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<cfp.2026.11.20@${LIST_AUTHOR}>`,
        body: 'Submissions are due on 15 January.\r\n\r\nAlice Martin\r\n',
      }),
      { domain: LIST_AUTHOR, selector: 's1' },
    );
    const footer =
      '\r\n########################################################################\r\n\r\nTo unsubscribe from the STATS-L list, click the following link:\r\nhttps://listserv.uni.example/scripts/wa.exe?SUBED1=STATS-L&A=1\r\n';
    emitCase(write, {
      name: 'rw26-listserv-subject-tag-no-list-id',
      about:
        'An L-Soft LISTSERV list STATS-L with "Subject-Tag" on (its tag "[STATS-L] " in front of the Subject), Sender the list, owner- envelope, List-Unsubscribe but no List-Id or List-Post, the wa.exe footer; the author’s p=quarantine signature verifies once undone',
      class: 'list-prefix',
      args: ARGS,
      eml: onTop(
        tagSubject(signed, '[STATS-L] ') + footer,
        'Return-Path: <owner-STATS-L@LISTSERV.UNI.EXAMPLE>',
        received({
          helo: 'listserv.uni.example',
          rdns: 'listserv.uni.example',
          ip: '192.0.2.90',
          by: RECEIVER,
        }),
        'Sender: "Statistics discussion list" <STATS-L@LISTSERV.UNI.EXAMPLE>',
        'List-Unsubscribe: <mailto:LISTSERV@LISTSERV.UNI.EXAMPLE?subject=SIGNOFF%20STATS-L>',
      ),
      zone: {
        ...authorZone(LIST_AUTHOR, 'p=quarantine'),
        ...ptr('192.0.2.90', 'listserv.uni.example'),
        'listserv.uni.example': { TXT: ['v=spf1 ip4:192.0.2.90 -all'] },
      },
      expect: LISTED,
    });
  }

  // groups.io: group "hikingtrailclub" whose owner set the subject tag "[HTC]"; Sender the group.
  {
    const author = 'trailhead.example';
    const signed = await signCorpus(
      submitted({
        from: `Sam Okafor <sam@${author}>`,
        to: 'main@hikingtrailclub.groups.io',
        subject: 'Saturday walk moved to 10:00',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<walk.2026.11.20@${author}>`,
        body: 'Meet at the station car park.\r\n\r\nSam\r\n',
      }),
      { domain: author, selector: 's1' },
    );
    const footer =
      '\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#812): https://hikingtrailclub.groups.io/g/main/message/812\r\nYou Are Subscribed As: robin@reader.example\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n';
    emitCase(write, {
      name: 'rw26-groups-io-custom-subject-tag',
      about:
        'A groups.io post from a p=quarantine author the group passes unmunged (groups.io rewrites From for p=reject only, recalled): the owner’s subject tag "[HTC] " for group hikingtrailclub, Sender the group, the links footer, List-Id/List-Post, bounce envelope at groups.io; the author’s signature verifies once undone',
      class: 'list-prefix',
      args: ARGS,
      eml: onTop(
        appendHeaders(
          tagSubject(signed, '[HTC] ') + footer,
          'Sender: main@hikingtrailclub.groups.io',
          'List-Id: <main.hikingtrailclub.groups.io>',
          'Mailing-List: list main@hikingtrailclub.groups.io; contact main+owner@hikingtrailclub.groups.io',
          'List-Post: <mailto:main@hikingtrailclub.groups.io>',
          'List-Unsubscribe: <mailto:main+unsubscribe@hikingtrailclub.groups.io>',
          'Precedence: list',
        ),
        'Return-Path: <bounce+67ab91+812+9912345+8801122@groups.io>',
        received({
          helo: 'mail02.groups.io',
          rdns: 'mail02.groups.io',
          ip: '192.0.2.66',
          by: RECEIVER,
          id: '4ZrM2b0300',
        }),
      ),
      zone: {
        ...authorZone(author, 'p=quarantine'),
        ...ptr('192.0.2.66', 'mail02.groups.io'),
        'groups.io': { TXT: ['v=spf1 ip4:192.0.2.66 -all'] },
      },
      expect: LISTED,
    });
  }

  // Google Groups with a custom subject prefix ("[Trail Club] " for hikers@), p=quarantine author
  // not rewritten? Google rewrites for p=quarantine and p=reject; p=none here, Sender the group.
  {
    const group = await googleGroupsPost({
      messageId: 'walk2',
      tag: '[Trail Club] ',
      title: 'Trail Club',
      field: 'Sender: hikers@googlegroups.com',
      id: '4ZrM2b0400',
    });
    emitCase(write, {
      name: 'rw26-google-groups-custom-prefix-sender-group',
      about:
        'Google Groups post from a p=none author (no From rewrite) to hikers@ whose owner set the subject prefix "[Trail Club] " (the group’s display name, not its address), Sender the group, Google’s footer, googlegroups.com’s signature, ARC by google.com recording the author’s pass',
      class: 'list-prefix',
      args: ARGS,
      ...group,
      expect: NOT_SUSPICIOUS,
    });
  }

  // Discourse mailing-list mode: the forum's own message, "[Site] [Category] " written by Discourse
  // and signed by it (control: nothing changed after signing).
  {
    const forum = 'forum.example.org';
    const signed = await signCorpus(
      submitted({
        from: `Alice Martin via Example Forum <forum@${forum}>`,
        to: 'robin@reader.example',
        subject: '[Example Forum] [Support] Printer setup question',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<topic/123/456@${forum}>`,
        extraHeaders: [
          `Reply-To: Example Forum <forum+f3a9c2@${forum}>`,
          `List-Id: Example Forum | Support <support.${forum}>`,
          `List-Archive: https://${forum}/t/printer-setup-question/123`,
          `List-Unsubscribe: <https://${forum}/email/unsubscribe/8c1d2e>`,
          'Precedence: list',
          'Auto-Submitted: auto-generated',
        ],
        body: 'The driver from the vendor site works; see the second post.\r\n',
      }),
      {
        domain: forum,
        selector: 'dsc',
        headerList: [
          'from',
          'to',
          'subject',
          'date',
          'message-id',
          'reply-to',
          'list-id',
          'mime-version',
          'content-type',
        ],
      },
    );
    emitCase(write, {
      name: 'rw26-discourse-site-and-category-prefix-control',
      about:
        'A Discourse forum’s mailing-list-mode mail: From "<user> via <Site>" at the forum, "[Example Forum] [Support] " in the Subject as Discourse writes it, List-Id "Site | Category <category.forum>", signed by the forum (control: nothing changed after signing)',
      class: 'list-prefix',
      args: ARGS,
      eml: onTop(
        signed,
        `Return-Path: <forum@${forum}>`,
        received({
          helo: `mail.${forum}`,
          rdns: `mail.${forum}`,
          ip: '192.0.2.120',
          by: RECEIVER,
          id: '4ZrM2b0500',
        }),
      ),
      zone: {
        ...ptr('192.0.2.120', `mail.${forum}`),
        ...keyZone([`dsc._domainkey.${forum}`]),
        [forum]: { TXT: ['v=spf1 ip4:192.0.2.120 -all'] },
        [`_dmarc.${forum}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: { verdict: 'authenticated' },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Old signatures: moderation, archives, queues, digests
// ---------------------------------------------------------------------------------------------

async function replays(write: CaseWriter): Promise<void> {
  // A post held ten days in the moderation queue (Mailman 2.1's max_days_to_hold = 0 keeps it
  // until a moderator acts), then approved.
  {
    const { eml, zone } = await mailmanPost({
      name: 'devel',
      title: 'Devel',
      prefix: '[Devel] ',
      id: '4ZrM2b0600',
      date: 'Tue, 10 Nov 2026 09:58:00 +0000',
      signTime: new Date('2026-11-10T09:58:02Z'),
      extra: ['X-Mailman-Approved-At: Fri, 20 Nov 2026 09:59:41 +0000'],
    });
    emitCase(write, {
      name: 'rw26-mailman2-post-held-ten-days-in-moderation',
      about:
        'A non-member’s post held ten days in Mailman 2.1’s moderation queue (max_days_to_hold = 0: held until a moderator acts), then approved (Mailman writes X-Mailman-Approved-At): prefix "[Devel] " and footer, Date and t= of ten days ago; the author’s p=quarantine signature verifies once undone',
      class: 'list-replay',
      args: ARGS,
      eml,
      zone,
      expect: LISTED,
    });
  }

  // Sympa's web archive "re-send this message to me": the archived copy, months old, sent again.
  {
    const signed = await signCorpus(
      listPost('Minutes of the June meeting', `staff@${LIST_HOST}`, BODY, 'Thu, 11 Jun 2026 14:02:00 +0000'),
      { domain: LIST_AUTHOR, selector: 's1', signTime: new Date('2026-06-11T14:02:01Z') },
    );
    const eml = onTop(
      appendHeaders(
        `${tagSubject(signed, '[staff] ')}\r\n-- \r\nstaff mailing list - https://${LIST_HOST}/sympa/info/staff\r\n`,
        `List-Id: <staff.${LIST_HOST}>`,
        `List-Post: <mailto:staff@${LIST_HOST}>`,
        `List-Archive: <https://${LIST_HOST}/sympa/arc/staff>`,
        `List-Unsubscribe: <mailto:sympa@${LIST_HOST}?subject=unsubscribe%20staff>`,
        'Precedence: list',
      ),
      `Return-Path: <staff-owner@${LIST_HOST}>`,
      fromListHost('4ZrM2b0700'),
    );
    emitCase(write, {
      name: 'rw26-sympa-archive-resend-to-member',
      about:
        'A member asks Sympa’s web archive to send a June post to them again ("send me this message"): the archived copy (prefix "[staff] " and footer as first distributed) arrives in November with its June Date and t=; the author’s p=quarantine signature verifies once undone. Genuine but indistinguishable from a replay: recorded "suspicious" with the signature’s age (REPLAYED_BY_REQUEST), never "spoofed"',
      class: 'list-replay',
      args: ARGS,
      eml,
      zone: { ...authorZone(LIST_AUTHOR, 'p=quarantine'), ...LIST_ZONE },
      expect: REPLAYED_BY_REQUEST,
    });
  }

  // A direct message the sender's Exim retried for four days (the reader's MX down or greylisting
  // that never let it in), delivered unchanged (control: under a week).
  {
    const signed = await signCorpus(
      listPost('Invoice 2026-118', 'robin@reader.example', BODY, 'Mon, 16 Nov 2026 08:10:00 +0000'),
      {
        domain: LIST_AUTHOR,
        selector: 's1',
        signTime: new Date('2026-11-16T08:10:01Z'),
      },
    );
    emitCase(write, {
      name: 'rw26-direct-queued-four-days-control',
      about:
        'A direct message its sender’s Exim retried for four days (the reader’s MX unreachable), delivered unchanged from the author’s own server: Date and t= four days before arrival, SPF and DKIM aligned under p=quarantine (control: a queue’s delay under a week)',
      class: 'list-replay',
      args: ARGS,
      eml: onTop(
        signed,
        `Return-Path: <alice@${LIST_AUTHOR}>`,
        received({
          helo: `mail.${LIST_AUTHOR}`,
          rdns: `mail.${LIST_AUTHOR}`,
          ip: '198.51.100.20',
          by: RECEIVER,
          id: '4ZrM2b0800',
        }),
      ),
      zone: { ...authorZone(LIST_AUTHOR, 'p=quarantine'), ...ptr('198.51.100.20', `mail.${LIST_AUTHOR}`) },
      expect: { verdict: 'authenticated' },
    });
  }

  // Mailman 2.1's MIME digest: the list's own message holding a week of posts (control).
  {
    const inner = listPost(
      'Build broken on arm64',
      `devel@${LIST_HOST}`,
      BODY,
      'Fri, 13 Nov 2026 09:58:00 +0000',
    );
    const digest = submitted({
      from: `devel-request@${LIST_HOST}`,
      to: `devel@${LIST_HOST}`,
      subject: 'Devel Digest, Vol 212, Issue 3',
      date: 'Fri, 20 Nov 2026 10:00:00 +0000',
      messageId: `<mailman.33.1795168800.4471.devel@${LIST_HOST}>`,
      extraHeaders: [
        `Reply-To: devel@${LIST_HOST}`,
        ...mailmanHeaders('devel', LIST_HOST, 'Devel').filter((h) => !h.startsWith('Sender')),
      ],
      body: '',
    })
      .replace(
        'Content-Type: text/plain; charset=utf-8',
        'Content-Type: multipart/mixed; boundary="===============7713=="',
      )
      .concat(
        `--===============7713==\r\nContent-Type: text/plain; charset="us-ascii"\r\nContent-Description: Devel Digest, Vol 212, Issue 3\r\n\r\nToday's Topics:\r\n\r\n   1. Build broken on arm64 (Alice Martin)\r\n\r\n--===============7713==\r\nContent-Type: multipart/digest; boundary="===============7714=="\r\n\r\n--===============7714==\r\nContent-Type: message/rfc822\r\n\r\n${inner}\r\n--===============7714==--\r\n\r\n--===============7713==\r\nContent-Type: text/plain; charset="us-ascii"\r\n\r\n${mailmanFooter('devel', LIST_HOST, 'Devel')}--===============7713==--\r\n`,
      );
    const signed = await signCorpus(digest, { domain: LIST_HOST, selector: 'mm' });
    emitCase(write, {
      name: 'rw26-mailman2-mime-digest-control',
      about:
        'Mailman 2.1’s MIME digest from devel-request@: the list’s own message (signed by the list host) holding a week-old post as message/rfc822, footer part; control',
      class: 'list-replay',
      args: ARGS,
      eml: onTop(
        signed,
        `Return-Path: <devel-bounces+robin=reader.example@${LIST_HOST}>`,
        fromListHost('4ZrM2b0900'),
      ),
      zone: { ...LIST_ZONE, ...keyZone([`mm._domainkey.${LIST_HOST}`]) },
      expect: { verdict: 'authenticated' },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Sender beside a list's or a gateway's excuse
// ---------------------------------------------------------------------------------------------

async function senders(write: CaseWriter): Promise<void> {
  // Mailman 2.1 relaying through an ESP smarthost whose envelope is the ESP's bounce domain.
  {
    const { eml } = await mailmanPost({ name: 'devel', title: 'Devel', prefix: '[Devel] ', id: 'x' });
    const relayed = eml
      .replace(
        `Return-Path: <devel-bounces+robin=reader.example@${LIST_HOST}>`,
        'Return-Path: <0100018c9d2f4a1b-7e3c-4f1a-9b2d-000000@bounce.esp.example>',
      )
      .replace(
        fromListHost('x'),
        received({
          helo: 'a8-33.smtp-out.esp.example',
          rdns: 'a8-33.smtp-out.esp.example',
          ip: '203.0.113.33',
          by: RECEIVER,
          id: '4ZrM2b1000',
        }),
      );
    emitCase(write, {
      name: 'rw26-mailman2-via-esp-smarthost-sender-list',
      about:
        'A Mailman 2.1 list that relays through an ESP smarthost (the ESP’s own bounce envelope, its outbound host): Sender and Errors-To the list’s -bounces@, prefix "[Devel] " and footer; the author’s p=quarantine signature verifies once undone. The Sender is the list’s own, though the envelope is the ESP’s',
      class: 'list-sender',
      args: ARGS,
      eml: relayed,
      zone: {
        ...authorZone(LIST_AUTHOR, 'p=quarantine'),
        ...LIST_ZONE,
        ...ptr('203.0.113.33', 'a8-33.smtp-out.esp.example'),
        'bounce.esp.example': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
      },
      expect: LISTED,
    });
  }

  // A helpdesk SaaS sending as the customer's support address: DKIM by the customer's domain (its
  // CNAMEd key), envelope and Sender at the SaaS; the reader's box tags "[EXTERNAL] ".
  {
    const customer = 'acme-widgets.example';
    const saas = 'helpdesk-saas.example';
    const signed = await signCorpus(
      submitted({
        from: `Acme Support <support@${customer}>`,
        subject: '[Ticket #58213] Replacement part shipped',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<ticket-58213-7@${saas}>`,
        extraHeaders: [`Sender: acme-widgets@${saas}`],
        body: 'Your replacement part left our warehouse today.\r\n\r\nAcme Support\r\n',
      }),
      { domain: customer, selector: 'hd1' },
    );
    emitCase(write, {
      name: 'rw26-helpdesk-sender-under-gateway-tag',
      about:
        'A helpdesk SaaS mails as the customer’s support address: the customer’s aligned DKIM (its key CNAMEd to the SaaS), envelope and Sender at the SaaS (as several helpdesks write when the customer has not set up SPF); the reader’s box prepends "[EXTERNAL] " to the Subject. The signature verifies once the tag is undone; the Sender is the customer’s chosen platform',
      class: 'list-sender',
      args: ARGS,
      eml: onTop(
        tagSubject(signed, '[EXTERNAL] '),
        `Return-Path: <bounces+58213@${saas}>`,
        received({
          helo: `out2.${saas}`,
          rdns: `out2.${saas}`,
          ip: '203.0.113.52',
          by: RECEIVER,
          id: '4ZrM2b1100',
        }),
      ),
      zone: {
        ...keyZone([`hd1._domainkey.${customer}`]),
        [customer]: { TXT: ['v=spf1 include:_spf.mail.example -all'] },
        [`_dmarc.${customer}`]: { TXT: ['v=DMARC1; p=reject'] },
        ...ptr('203.0.113.52', `out2.${saas}`),
        [saas]: { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
      },
      expect: NOT_SUSPICIOUS,
    });
  }
}
