// Red-team probes, round 124 (December 2026): the last hour's two rules (93efa221..HEAD, lib/),
// read through Gmail and Outlook by a reader at tidewater.example.
// - lib/findings/desk-words.ts tradeNameAfter (read by reader-org.ts deskBeside and reply-to.ts
//   namesAService): a generic word beside the firm's name is cleared when the name ends in a trade
//   word, and after staff/office/employee one that is not a FACILITY_WORD. Lures that end in a
//   trade word naming the employer's own thing all the same: the staff parking garage, the staff
//   print shop (print release), the employees' credit union, the staff rewards club; a facility
//   word written with a look-alike capital ("Tidewater Staff CIinic", held); "employee", which INSIDE_GENERIC names but
//   GENERIC_DESK_WORDS does not ("Tidewater Employee Portal"); the German "Personal" (staff), a
//   generic word the facility test does not read ("Tidewater Personal Fitness").
// - lib/findings/reader-org.ts readerNamedByPlatformUser: on a list's From rewrite only the
//   poster's part before "via" is read, cleared when the address the rewrite names (listFromRewrite:
//   the first of Reply-To, Cc, X-Original-Sender/-From that carries the poster's name) is the
//   reader's organisation's. The group's own part after "via" is never read (an outsider's public
//   group named "Tidewater IT Helpdesk", the poster "Bob Hale"); the address is taken from Cc, which
//   the poster writes, before Google's own X-Original-From when the group replies to the group.
// Controls beside them: the staff union branch's Gmail, the office-supply shop's Gmail, an outside
// group posting under a neutral name, and the firm's own helpdesk posting to an outside group.
// What tightening would lose is said per case in `about`.
// Where the layouts were learnt: Google Groups' rewrite of a p=reject/quarantine author's From to
// the group's address ("'Name' via Group") from support.hdeone.com ("Google Groups Specification
// Changes Due to Stricter DMARC Policy Enforcement", search corpus "pages"); its List-ID,
// Mailing-list, X-Original-Sender, footer and `+bnc…@googlegroups.com` envelope as
// rounds-kit.ts googleGroupsPost (a kasan-dev raw copy) and realworld119.ts write them; the group's
// display name after "via" and "reply to the group" (Reply-To the group's address) as Google
// Groups' settings page names them (recalled, not re-confirmed byte for byte). groups.io's `"Name
// via groups.io" <local=domain@groups.io>` rewrite as realworld119.ts recalled it. Gmail's and
// EOP's headers as kit.ts and receivers.ts write them. Names and addresses are documentation ones
// except Google's and groups.io's hosts and ranges; every key is the corpus key.

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
/** A look-alike of the reader's domain, the attacker's, at p=reject. */
const LOOKALIKE = 'tidewater-it.example';

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

const GROUPS: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
const GROUPSIO: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '66.175.222.108' };

const ZONE = {
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(GROUPS.ip, GROUPS.rdns),
  ...ptr(GROUPSIO.ip, GROUPSIO.rdns),
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...key('googlegroups.com', '20230601'),
  ...dmarc('googlegroups.com', 'none'),
  ...key('google.com', 'arc-20240605'),
  ...txt('groups.io', 'v=spf1 ip4:66.175.222.0/24 -all'),
  ...key('groups.io', '20240924'),
  ...dmarc('groups.io', 'none'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...key(ORG, 'google'),
  ...txt(EVIL, 'v=spf1 ip4:203.0.113.77 -all'),
  ...key(EVIL, 's1'),
  ...dmarc(EVIL, 'reject'),
  ...txt(LOOKALIKE, 'v=spf1 ip4:203.0.113.78 -all'),
  ...key(LOOKALIKE, 's1'),
  ...dmarc(LOOKALIKE, 'reject'),
  ...dmarc('quarkfield.example', 'reject'),
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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe124-${c.cls}` });

// --- Part 1: a personal Gmail account under the name its owner chose ------------------------------

type Via = 'gmail' | 'outlook';

async function freemail(name: string, local: string, subject: string, body: string, n: string, via: Via) {
  const from = `"${name}" <${local}@gmail.com>`;
  const envelope = `${local}@gmail.com`;
  const raw = await signAll(
    submitted({
      from,
      to: READER,
      subject,
      date: SENT,
      messageId: `<CAH124${n}xQ7mK2p${n}Vd4=Lr9s@mail.gmail.com>`,
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
      ids: [`x124csp${n}pxa`, `a124si${n}qtb.124`],
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
    name: `probe124-${via}-freemail-${c.slug}`,
    cls: c.cls,
    about: `${c.about} "${c.name}" <${c.local}@gmail.com>, "${c.subject}", signed d=gmail.com out of Google, every pass. Online, ${via}, --recipient-domain ${ORG}.`,
    eml: await freemail(c.name, c.local, c.subject, c.body, n, via),
    args: [...(via === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER],
    expect,
    twin,
  });
}

async function tradeWordCases(write: CaseWriter): Promise<void> {
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-credit-union',
      cls: 'trade-word',
      name: 'Tidewater Staff Credit Union',
      local: 'tidewater.staffcu',
      subject: 'Action needed: confirm your payroll deposit account',
      body: 'Your December salary deposit could not be matched to your member account. Confirm your payroll deposit details at https://tidewater-staff-cu.member-verify.example before Friday to avoid a delay.',
      about:
        'Wanted: not trusted. An employees\' credit union is the payroll lure\'s best disguise; "Union" is a club\'s and institution\'s word and not a FACILITY_WORD, so the generic "Staff" is cleared (tradeNameAfter). A real credit union writes from its own domain, never a Gmail: tightening loses nothing genuine here (the workers\' union branch, the control, names no "credit").',
    },
    'a',
    NOT_TRUSTED,
    true,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-office-parking-garage',
      cls: 'trade-word',
      name: 'Tidewater Office Parking Garage',
      local: 'tidewater.officeparking',
      subject: 'Your parking permit expires on 30 November',
      body: 'Your staff parking permit for the office garage expires on 30 November. Renew it with your network login at https://tidewater-office.parking-permit.example to keep your space.',
      about:
        'Wanted: not trusted. Round 123\'s "Staff Car Park" lure with the car park called a garage: "Garage" is a trade word and not a FACILITY_WORD, so "Office" is cleared. What tightening would lose: a garage named "<town> Office Parking Garage" on Gmail, which no town has; an independent garage is "Tidewater Garage" or "Tidewater Auto Garage", no generic word beside the name.',
    },
    'b',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-print-shop',
      cls: 'trade-word',
      name: 'Tidewater Staff Print Shop',
      local: 'tidewater.printshop',
      subject: 'Print job held: sign in to release',
      body: 'Your print job "Q4-forecast.xlsx" (14 pages) is held at the staff print shop. Sign in with your network account at https://tidewater-print.release-job.example to release it.',
      about:
        'Wanted: not trusted. The print-release lure: "Shop" ends the name, a trade word and no FACILITY_WORD, so "Staff" is cleared. A staff print shop (like a staff shop or staff canteen) is the employer\'s own facility; an independent print shop calls itself "Tidewater Print Shop" with no "Staff".',
    },
    'c',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-staff-rewards-club',
      cls: 'trade-word',
      name: 'Tidewater Staff Rewards Club',
      local: 'tidewater.rewardsclub',
      subject: 'Your 150 EUR holiday gift card: claim by Friday',
      body: 'Every Tidewater employee gets a 150 EUR holiday gift card this year. Claim yours with your staff number and network login at https://tidewater-rewards.claim-gift.example.',
      about:
        'Wanted: not trusted. Round 122\'s "Tidewater Staff Rewards" with "Club" after it: the name now ends in a club\'s word, so the generic "Staff" is cleared. What tightening would lose: the staff social club (round 122\'s control) whose words name no pay or benefit; "rewards", "perks", "bonus" between the generic and the trade word name the employer\'s benefit.',
    },
    'd',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-clinic-capital-i',
      cls: 'look-alike-letter',
      name: 'Tidewater Staff CIinic',
      local: 'tidewater.staffclinic',
      subject: 'Flu vaccination: book your slot',
      body: 'The staff clinic offers flu vaccinations from Monday. Book your slot with your staff login at https://tidewater-staff-clinic.book-slot.example.',
      about:
        'Wanted: not trusted (as "Tidewater Staff Clinic", round 123, a FACILITY_WORD). Written with a capital I for the l: TRADE_READINGS holds the word as drawn while FACILITY_WORDS is compared as written; held today (the name\'s skeleton reading, namesDeskOf, reads "clinic" and finds the facility).',
    },
    'e',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-employee-portal',
      cls: 'generic-word',
      name: 'Tidewater Employee Portal',
      local: 'tidewater.employeeportal',
      subject: 'Your W-2 is ready to download',
      body: 'Your 2026 W-2 is ready. Sign in to the employee portal at https://tidewater-employee.portal-docs.example with your network password to download it.',
      about:
        'Wanted: not trusted ("Tidewater Staff Portal" is caught, README round 121). "Employee" is in tradeNameAfter\'s INSIDE_GENERIC but not in GENERIC_DESK_WORDS, so deskBeside never reads it as a generic word beside the name, and "Portal" is a SYSTEM_WORD read only when the name is written apart.',
    },
    'f',
    NOT_TRUSTED,
    true,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'german-tidewater-personal-kantine-cafe',
      cls: 'language',
      name: 'Tidewater Personal Café',
      local: 'tidewater.personalcafe',
      subject: 'Ihr Kantinenguthaben läuft ab',
      body: 'Ihr Guthaben im Personal-Café verfällt am 31. Dezember. Übertragen Sie es unter https://tidewater-personal.guthaben-sichern.example mit Ihrem Netzwerkpasswort.',
      about:
        'Wanted: not trusted (as "Tidewater Staff Cafe", a FACILITY_WORD after "staff"). German "Personal" (staff) is a generic word, but INSIDE_GENERIC holds only the English staff/office/employee, so the staff café after it is cleared as a trade.',
    },
    'g',
    NOT_TRUSTED,
  );
  // Controls
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-staff-union-branch-control',
      cls: 'control',
      name: 'Tidewater Staff Union',
      local: 'tidewater.staffunion',
      subject: 'Branch meeting: pay claim 2027',
      body: 'Dear members, the branch meets on Wednesday at 17:30 in the Harbour Inn to agree our 2027 pay claim. All members welcome.',
      about:
        "Control: the staff union branch's own Gmail (a union is no desk of the employer). Wanted: authenticated.",
    },
    'h',
    AUTHENTICATED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-office-supply-control',
      cls: 'control',
      name: 'Tidewater Office Supply',
      local: 'tidewateroffice.supply',
      subject: 'Your toner order has shipped',
      body: 'Hello Robin, your order of 4 toner cartridges has shipped and will arrive on Tuesday. Invoice attached to the delivery.',
      about: "Control: the local office-supply shop (real-mail round 115's name). Wanted: authenticated.",
    },
    'i',
    AUTHENTICATED,
  );
}

// --- Part 2: a list's From rewrite -----------------------------------------------------------------

interface GroupPost {
  /** The poster's chosen name and address. */
  name: string;
  author: string;
  /** The group's address (local part) and the name Google writes after "via". */
  group: string;
  groupName: string;
  subject: string;
  body: string;
  n: string;
  /** Reply-To as the group writes it: the poster (default) or the group ("reply to the group"). */
  replyTo?: string;
  /** The poster's own Cc, kept by the group. */
  cc?: string;
  /** What Google's gmr-mx recorded of the poster's own mail (ARC). */
  authorAr: string;
}

/** A post to a consumer Google group, From rewritten to "'<name>' via <group name>", signed d=googlegroups.com, ARC by google.com. */
async function googleGroup(o: GroupPost): Promise<string> {
  const list = `${o.group}@googlegroups.com`;
  const base = submitted({
    from: `${o.name} <${o.author}>`,
    to: list,
    subject: o.subject,
    date: POSTED,
    messageId: `<124${o.n}.post@${domainOf(o.author)}>`,
    extraHeaders: o.cc ? [`Cc: ${o.cc}`] : [],
    body: o.body,
  });
  const rewritten = base.replace(/^From: .*$/m, `From: '${o.name}' via ${o.groupName} <${list}>`);
  const grouped =
    appendHeaders(
      rewritten,
      `Reply-To: ${o.replyTo ?? `${o.name} <${o.author}>`}`,
      `X-Original-From: ${o.name} <${o.author}>`,
      `X-Original-Sender: ${o.author}`,
      'Precedence: list',
      `Mailing-list: list ${list}; contact ${o.group}+owners@googlegroups.com`,
      `List-ID: <${o.group}.googlegroups.com>`,
      `List-Post: <https://groups.google.com/group/${o.group}/post>, <mailto:${list}>`,
      `List-Unsubscribe: <mailto:googlegroups-manage+1240${o.n}+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/${o.group}/subscribe>`,
    ) +
    `\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${o.groupName}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${o.group}+unsubscribe@googlegroups.com.\r\n`;
  return sealCorpus(await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }), {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `gmr-mx.google.com; ${o.authorAr}`,
  });
}

const posterAr = (author: string, ip: string) => {
  const d = domainOf(author);
  return `dkim=pass header.i=@${d} header.s=s1; spf=pass (google.com: domain of ${author} designates ${ip} as permitted sender) smtp.mailfrom=${author}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${d}`;
};

function groupDelivered(raw: string, group: string, via: Via, n: string): string {
  const env = `${group}+bncBAABB124${n}AAGQEA@googlegroups.com`;
  if (via === 'gmail')
    return gmailDelivery(raw, {
      relay: GROUPS,
      envelope: env,
      results: [
        gmailDkim('googlegroups.com', '20230601'),
        gmailSpf(env, GROUPS.ip),
        'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=googlegroups.com',
      ].join('\r\n       '),
      ids: [`x124csp${n}pxg`, `a124si${n}qtg.124`],
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

async function groupCases(write: CaseWriter): Promise<void> {
  const bob = `bob.hale@${EVIL}`;
  for (const [via, n] of [
    ['gmail', 'j'],
    ['outlook', 'k'],
  ] as const) {
    const raw = await googleGroup({
      name: 'Bob Hale',
      author: bob,
      group: 'tidewater-it-helpdesk',
      groupName: 'Tidewater IT Helpdesk',
      subject: 'VPN certificate expires tonight',
      body: VPN_BODY,
      n,
      authorAr: posterAr(bob, '203.0.113.77'),
    });
    emit(write, {
      name: `probe124-${via}-google-group-named-tidewater-it-helpdesk-poster-bob`,
      cls: 'group-part',
      about: `The group's part: an outsider creates the public group tidewater-it-helpdesk@googlegroups.com, named "Tidewater IT Helpdesk", adds the reader, and posts as "Bob Hale" from his own domain (${EVIL}, p=reject, so Google rewrites): "'Bob Hale' via Tidewater IT Helpdesk" <tidewater-it-helpdesk@googlegroups.com>, Reply-To and X-Original-From bob.hale@${EVIL}, signed d=googlegroups.com, ARC by google.com, every pass. Online, ${via}, --recipient-domain ${ORG}. Wanted: not trusted: the reader sees "via Tidewater IT Helpdesk", a name the group's creator chose; readerNamedByPlatformUser reads only the poster's part ("Bob Hale"). What tightening would lose: the firm's own group at its own Workspace domain is the firm's From (never an outsider's name), and a consumer group named after the firm ("Tidewater Retirees", a club) names no desk.`,
      eml: groupDelivered(raw, 'tidewater-it-helpdesk', via, n),
      args: [...(via === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER],
      expect: NOT_TRUSTED,
      twin: via === 'gmail',
    });
  }
  {
    const raw = await googleGroup({
      name: 'Bob Hale',
      author: bob,
      group: 'harbour-hikers',
      groupName: 'Harbour Hikers',
      subject: 'Saturday walk moved to 10:00',
      body: 'Meet at the station car park at 10:00.\r\n\r\nBob\r\n',
      n: 'l',
      authorAr: posterAr(bob, '203.0.113.77'),
    });
    emit(write, {
      name: 'probe124-gmail-google-group-neutral-name-control',
      cls: 'control',
      about: `Control: the same poster in a walking group: "'Bob Hale' via Harbour Hikers" <harbour-hikers@googlegroups.com>, Reply-To and X-Original-From bob.hale@${EVIL}, signed d=googlegroups.com, ARC by google.com. Gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
      eml: groupDelivered(raw, 'harbour-hikers', 'gmail', 'l'),
      args: [...GMAIL, ...TIDEWATER],
      expect: AUTHENTICATED,
    });
  }
  {
    // The poster's name names the desk; the group replies to the group; the poster's own Cc names
    // an address at the reader's organisation under the same name.
    const author = `it.helpdesk@${EVIL}`;
    const raw = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author,
      group: 'tw-it-notices',
      groupName: 'tw-it-notices',
      subject: 'VPN certificate expires tonight',
      body: VPN_BODY,
      n: 'm',
      replyTo: `tw-it-notices <tw-it-notices@googlegroups.com>`,
      cc: `Tidewater IT Helpdesk <it.helpdesk@${ORG}>`,
      authorAr: posterAr(author, '203.0.113.77'),
    });
    emit(write, {
      name: 'probe124-gmail-google-group-cc-names-reader-address-reply-to-group',
      cls: 'rewrite-address',
      about: `The address the rewrite names: the attacker's group is set to "reply to the group" (Reply-To tw-it-notices@googlegroups.com), and he posts from his own ${EVIL} (p=reject) as "Tidewater IT Helpdesk" with a Cc header "Tidewater IT Helpdesk" <it.helpdesk@${ORG}> that his own server never delivers. Google writes "'Tidewater IT Helpdesk' via tw-it-notices", X-Original-From and X-Original-Sender it.helpdesk@${EVIL}, signed d=googlegroups.com, ARC by google.com recording ${EVIL}'s pass. Gmail, --recipient-domain ${ORG}. Wanted: not trusted: listFromRewrite takes the first mailbox of Reply-To, Cc, X-Original-* that carries the poster's name, and Cc (the poster's own text) comes before Google's X-Original-From. What tightening would lose: nothing: the firm's own poster is in X-Original-From too (the control).`,
      eml: groupDelivered(raw, 'tw-it-notices', 'gmail', 'm'),
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
      twin: true,
    });
  }
  {
    // Reply-To the poster's own (Gmail keeps what the poster wrote), X-Original-From Google's.
    const author = `it.helpdesk@${EVIL}`;
    const raw = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author,
      group: 'tw-it-notices',
      groupName: 'tw-it-notices',
      subject: 'Mailbox migration tonight',
      body: 'Your mailbox moves to the new server tonight. Confirm your password at https://tidewater-mail.migrate-now.example so that no mail is lost.\r\n\r\nIT Service Desk\r\n',
      n: 'n',
      replyTo: `Tidewater IT Helpdesk <it.helpdesk@${ORG}>, tw-it-notices <tw-it-notices@googlegroups.com>`,
      authorAr: posterAr(author, '203.0.113.77'),
    });
    emit(write, {
      name: 'probe124-outlook-google-group-reply-to-reader-address-original-from-outsider',
      cls: 'rewrite-address',
      about: `X-Original-From and Reply-To disagreeing, two Reply-To addresses: the poster's Reply-To "Tidewater IT Helpdesk" <it.helpdesk@${ORG}> beside the group's address, X-Original-From and X-Original-Sender (Google's) it.helpdesk@${EVIL}; "'Tidewater IT Helpdesk' via tw-it-notices" <tw-it-notices@googlegroups.com>, signed d=googlegroups.com, ARC by google.com recording ${EVIL}'s pass. Outlook, --recipient-domain ${ORG}. Wanted: not trusted: the reply address is the poster's text; the signed-in poster is the outsider. Replies to the real desk cost the attacker nothing when the bait is a link.`,
      eml: groupDelivered(raw, 'tw-it-notices', 'outlook', 'n'),
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }
  {
    const author = `helpdesk@${LOOKALIKE}`;
    const raw = await googleGroup({
      name: 'Tidewater IT Helpdesk',
      author,
      group: 'tw-it-notices',
      groupName: 'tw-it-notices',
      subject: 'VPN certificate expires tonight',
      body: VPN_BODY,
      n: 'o',
      authorAr: posterAr(author, '203.0.113.78'),
    });
    emit(write, {
      name: 'probe124-gmail-google-group-poster-at-lookalike-domain',
      cls: 'rewrite-address',
      about: `A poster at a look-alike of the reader's domain (${LOOKALIKE}, the attacker's, p=reject): "'Tidewater IT Helpdesk' via tw-it-notices", Reply-To and X-Original-From helpdesk@${LOOKALIKE}. Gmail, --recipient-domain ${ORG}. Wanted: not trusted (sameOrg does not clear a look-alike).`,
      eml: groupDelivered(raw, 'tw-it-notices', 'gmail', 'o'),
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
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
      n: 'p',
      authorAr: `dkim=pass header.i=@${ORG} header.s=google; spf=pass (google.com: domain of ${author} designates 209.85.220.41 as permitted sender) smtp.mailfrom=${author}; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${ORG}`,
    });
    emit(write, {
      name: 'probe124-outlook-google-group-own-helpdesk-outside-group-control',
      cls: 'control',
      about: `Control (realworld119's layout, Outlook): the firm's helpdesk it.helpdesk@${ORG} posts to the outside group "Regional IT Forum"; "'Tidewater IT Helpdesk' via Regional IT Forum", Reply-To and X-Original-From the helpdesk's own address, signed d=googlegroups.com, ARC by google.com recording ${ORG}'s pass. Outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
      eml: groupDelivered(raw, 'regional-it-forum', 'outlook', 'p'),
      args: [...OUTLOOK, ...TIDEWATER],
      expect: AUTHENTICATED,
    });
  }
  // groups.io: "Name via groups.io" <local=domain@groups.io>, the group set to reply to the group,
  // the poster's own Cc naming the reader's address.
  {
    const author = `it.helpdesk@${EVIL}`;
    const base = submitted({
      from: `Tidewater IT Helpdesk <${author}>`,
      to: 'main@tw-it.groups.io',
      subject: 'VPN certificate expires tonight',
      date: POSTED,
      messageId: `<124q.post@${EVIL}>`,
      extraHeaders: [`Cc: Tidewater IT Helpdesk <it.helpdesk@${ORG}>`],
      body: VPN_BODY,
    });
    const raw =
      appendHeaders(
        base
          .replace(
            /^From: .*$/m,
            `From: "Tidewater IT Helpdesk via groups.io" <it.helpdesk=${EVIL}@groups.io>`,
          )
          .replace(/^Subject: /m, 'Subject: [tw-it] '),
        'Sender: main@tw-it.groups.io',
        'Reply-To: main@tw-it.groups.io',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        'List-Unsubscribe: <https://groups.io/g/tw-it/unsub?id=20,124,0,0,0,0>',
        `X-Original-From: "Tidewater IT Helpdesk" <${author}>`,
        'Precedence: Bulk',
        'List-Id: <main.tw-it.groups.io>',
        'Mailing-List: list main@tw-it.groups.io; contact main+owner@tw-it.groups.io',
        'List-Post: <mailto:main@tw-it.groups.io>',
      ) +
      '-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#124): https://groups.io/g/tw-it/message/124\r\nLeave Group: https://groups.io/g/tw-it/leave/124\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n';
    const signed = await signCorpus(raw, { domain: 'groups.io', selector: '20240924' });
    const env = `bounce+124q+0+robin.reader=${ORG}@groups.io`;
    emit(write, {
      name: 'probe124-gmail-groups-io-cc-names-reader-address-reply-to-group',
      cls: 'rewrite-address',
      about: `groups.io's rewrite: the attacker's group tw-it.groups.io replies to the group (Reply-To main@tw-it.groups.io); he posts from ${EVIL} (p=reject) as "Tidewater IT Helpdesk" with a Cc "Tidewater IT Helpdesk" <it.helpdesk@${ORG}>; groups.io writes "Tidewater IT Helpdesk via groups.io" <it.helpdesk=${EVIL}@groups.io>, X-Original-From the poster, signed d=groups.io from ${GROUPSIO.rdns}. Gmail, --recipient-domain ${ORG}. Wanted: not trusted: the From's own local part and X-Original-From name ${EVIL}; only the poster's Cc names the reader's domain.`,
      eml: gmailDelivery(signed, {
        relay: GROUPSIO,
        envelope: env,
        results: [
          gmailDkim('groups.io', '20240924'),
          gmailSpf(env, GROUPSIO.ip),
          'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=groups.io',
        ].join('\r\n       '),
        ids: ['x124cspqpxq', 'a124siqqtq.124'],
        spf: 'pass',
        deliveredTo: true,
        to: `robin.reader@${ORG}`,
      }),
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }
}

// Fixed at 00:2x on 2026-12-06 (the lead):
// - lib/findings/desk-words.ts tradeNameAfter: after staff/office/employee/personal a money word
//   before the trade word keeps the name a desk (MONEY_WORDS: "Staff Credit Union", "Staff Rewards
//   Club"); garage, shop, store are FACILITY_WORDS ("Office Parking Garage", "Staff Print Shop");
//   INSIDE_GENERIC gained personal, personnel, mitarbeiter ("Tidewater Personal Café");
//   GENERIC_DESK_WORDS gained employee(s) and mitarbeiter ("Tidewater Employee Portal").
// - lib/findings/reader-org.ts readerNamedByPlatformUser: on a public list host (googlegroups.com,
//   groups.io) the group's own name is read too, unless it names retirees or alumni; a rewrite's
//   poster clears the name only when the addresses the list wrote (X-Original-Sender/-From,
//   groups.io's `local=domain@` From) and every address under the poster's name (Reply-To, Cc) are
//   the reader's organisation's (postersDomains).
// Kept out by choice (the lead, 00:2x): the Outlook "Tidewater Employee Portal" read with no
// options reads authenticated (nothing names the reader's organisation then; probe122's
// password-expiry twin is the same).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe124-outlook-freemail-tidewater-employee-portal-no-options',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await tradeWordCases(write);
  await groupCases(write);
}
