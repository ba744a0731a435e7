// Real-world delivery shapes, seventy-ninth round: genuine mail read against the rules of
// 2026-12-05 11:28 (lib/findings/display-name.ts readerNamedByPlatformUser, outsidersName and
// namesDeskOf: display-name-reader-org, medium, now reads a free mailbox's whole name and a
// newsletter host's whole name, and fires where the reader organisation's registrable label (5+
// letters) stands beside a word of DESK_WORDS, unless a Reply-To is at the reader's organisation or
// the message has List-Id). Genuine mail that rule could misread, sent by people outside the
// reader's organisation who name it for honest reasons:
// - a school sports team's parents on Gmail, an employee's personal Gmail with her company in her
//   name (with and without a Reply-To at work), a retirees' club, a staff softball team on Yahoo, a
//   union local and an alumni office on Gmail, a hospital-radio charity on Outlook.com named after
//   the city that is the reader's organisation, a staff social committee's Substack, a Google Groups
//   post of the retirees' group, and an outside firm whose name holds a common word that is the
//   reader's organisation's label ("Summit Support Group" from its own domain to summit.example).
// Note: lincoln.k12.example's registrable domain reads as k12.example here (no public suffix for
// k12.example), so the soccer case passes on the label "k12" (under 5 letters), not on the rule's
// judgement; real K-12 domains (lincoln.k12.ne.us) have k12.<state>.us as a public suffix.
// Readers: Gmail (receivers.ts gmailDelivery, a Workspace reader's Delivered-To naming the
// organisation's domain, or --recipient-domain), Outlook on the web (eopDelivery/eopPass), online
// with a zone.
// Sources: realworld78's and probe81's heads for the Google, Substack and Groups shapes (Gmail's
// personal outbound mail-sor-f*.google.com, d=gmail.com s=20230601; Substack's
// `"<publication>" <<sub>@substack.com>` with a reply+…@substack.com Reply-To; Groups'
// `"'<member>' via <group>"` From with List-Id, identity.ts's head); realworld.ts for Yahoo's
// outbound (d=yahoo.com s=s2048, 66.163.184.202). Recalled, not confirmed byte for byte:
// Outlook.com's outbound host naming (…olkn….outbound.protection.outlook.com, 40.92.0.0/15) and
// d=outlook.com s=selector1. Made up: every person, club, organisation (tidewater.example,
// lincoln.k12.example, bristol.example, summit.example), relay address and envelope. Every key is
// the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

// Fixed at 11:31 on 2026-12-05 (lib/findings/display-name.ts, namesDeskOf and GENERIC_DESK_WORDS):
// rw79-gmail-staff-softball-team-yahoo-named-after-company-online ("Tidewater Softball Team"),
// rw79-gmail-union-local-office-gmail-named-after-employer-online ("Tidewater Workers Union Office")
// and rw79-outlook-hospital-radio-team-outlookcom-city-reader-online ("Bristol Hospital Radio Team",
// reader at bristol.example) read suspicious (display-name-reader-org): the generic words a club, a
// union or a charity uses too (team, office, department, services, mail, system, staff, people)
// now count only right beside the organisation's name ("Tidewater Team") or glued to it; the
// specific desks (IT, HR, helpdesk, payroll, support, security, billing…) anywhere in the name.
// Accepted risk: "Tidewater Employee Office" from a free mailbox reads authenticated (the From shows
// gmail.com); every name that holds a desk a reader hands credentials or bank details to still fires.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Kept out by choice (the lead, 13:59 on 2026-12-05): reads suspicious (display-name-reader-org).
  // A free mailbox writes any Reply-To, so one at the reader's organisation no longer clears a
  // private Gmail named after its IT team (probe86-gmail-freemail-payroll-replyto-reader-org-online
  // is the lure); IT staff writing from a private mailbox is a caution a colleague accepts.
  'rw79-gmail-employee-personal-gmail-it-team-replyto-work-online',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:50 +0000';
const O_TO = 'robin.reader@outlook.com';

type Reader = 'gmail' | 'outlook';

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signer: [string, string];
  subject: string;
  body: string;
  messageId: string;
  extraHeaders?: string[];
  policy: string;
  zone: Record<string, unknown>;
  /** The reader's own address (a Workspace or Microsoft 365 mailbox at the organisation). */
  to?: string;
}

const fromDomain = (s: Sent) => s.from.slice(s.from.lastIndexOf('@') + 1, -1);
const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1);

function signed(s: Sent, to: string): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extraHeaders,
      body: s.body,
    }),
    [s.signer],
  );
}

async function atGmail(s: Sent, n: number): Promise<string> {
  const results = [
    gmailDkim(s.signer[0], s.signer[1]),
    gmailSpf(s.envelope, s.relay.ip),
    gmailDmarc(fromDomain(s), s.policy.toUpperCase()),
  ].join('\r\n       ');
  const to = s.to ?? GMAIL_TO;
  return gmailDelivery(await signed(s, to), {
    relay: s.relay,
    envelope: s.envelope,
    results,
    ids: [`x79csp${n}01pxa`, `a79si${n}01qtb.79`],
    spf: 'pass',
    deliveredTo: true,
    to,
  });
}

async function atOutlook(s: Sent): Promise<string> {
  return eopDelivery(await signed(s, s.to ?? O_TO), {
    ...eopPass(
      s.relay,
      domainOf(s.envelope),
      `dkim=pass (signature was verified)\r\n header.d=${s.signer[0]}`,
      fromDomain(s),
    ),
    returnPath: s.envelope,
  });
}

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The reader organisations' own records. */
const ORGS = {
  ...dmarc('tidewater.example', 'quarantine'),
  ...dmarc('lincoln.k12.example', 'none'),
  ...dmarc('bristol.example', 'quarantine'),
  ...dmarc('summit.example', 'reject'),
};

type Rest = Pick<Sent, 'subject' | 'body' | 'messageId' | 'extraHeaders' | 'to'>;

/** One sender's own path: its relay, its key, SPF for its envelope's domain, DMARC. */
function sender(
  p: { from: string; envelope: string; rdns: string; ip: string; d: string; sel: string; policy: string },
  rest: Rest,
): Sent {
  const relay: Relay = { helo: p.rdns, rdns: p.rdns, ip: p.ip };
  return {
    from: p.from,
    envelope: p.envelope,
    relay,
    signer: [p.d, p.sel],
    policy: p.policy,
    zone: {
      ...ptr(relay.ip, relay.rdns),
      ...key(p.d, p.sel),
      ...dmarc(p.d, p.policy),
      ...txt(domainOf(p.envelope), `v=spf1 ip4:${relay.ip} -all`),
      ...ORGS,
    },
    ...rest,
  };
}

/** A person's own Gmail: Gmail's personal outbound, d=gmail.com, the envelope the address itself. */
const gmail = (name: string, address: string, rest: Rest) =>
  sender(
    {
      from: `"${name}" <${address}>`,
      envelope: address,
      rdns: 'mail-sor-f41.google.com',
      ip: '209.85.220.41',
      d: 'gmail.com',
      sel: '20230601',
      policy: 'none',
    },
    rest,
  );

/** A person's own Yahoo mailbox: Yahoo's consumer outbound, d=yahoo.com s=s2048. */
const yahoo = (name: string, address: string, rest: Rest) =>
  sender(
    {
      from: `"${name}" <${address}>`,
      envelope: address,
      rdns: 'sonic302-20.consmr.mail.ne1.yahoo.com',
      ip: '66.163.184.202',
      d: 'yahoo.com',
      sel: 's2048',
      policy: 'reject',
    },
    rest,
  );

/** A person's own Outlook.com mailbox: Outlook.com's outbound, d=outlook.com s=selector1. */
const outlookCom = (name: string, address: string, rest: Rest) =>
  sender(
    {
      from: `"${name}" <${address}>`,
      envelope: address,
      rdns: 'mail-bn8nam12olkn2101.outbound.protection.outlook.com',
      ip: '40.92.21.101',
      d: 'outlook.com',
      sel: 'selector1',
      policy: 'none',
    },
    rest,
  );

interface One {
  name: string;
  about: string;
  reader: Reader;
  s: Sent;
  expect: CaseExpectation;
  args?: string[];
}

async function emit(write: CaseWriter, c: One): Promise<void> {
  const n = c.name.length;
  const eml = c.reader === 'gmail' ? await atGmail(c.s, n) : await atOutlook(c.s);
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: 'display-name',
    args: ['--webmail', c.reader, ...(c.args ?? [])],
    eml,
    zone: c.s.zone,
    expect: c.expect,
  });
}

const TIDEWATER = ['--recipient-domain', 'tidewater.example'];
const BRISTOL = ['--recipient-domain', 'bristol.example'];
const AUTH_NO_READER: CaseExpectation = {
  verdict: 'authenticated',
  absentFindings: ['display-name-reader-org'],
};
const NOTE = (who: string, text: string) => `Hi all,\r\n\r\n${text}\r\n\r\n${who}\r\n`;

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. A school sports team's parents on Gmail, to a teacher whose Workspace mailbox is at the school.
  await emit(write, {
    name: 'rw79-gmail-school-soccer-team-parents-gmail-to-k12-reader-online',
    about:
      'The parents running the school\u2019s soccer team write from their shared Gmail ("Lincoln Soccer Team" <lincolnsoccer.parents@gmail.com>), Gmail\u2019s outbound, d=gmail.com, SPF and DMARC pass, to a teacher at lincoln.k12.example whose Workspace mailbox Gmail delivers (Delivered-To robin@lincoln.k12.example, no --recipient-domain). Read in Gmail with a zone. Wanted: authenticated, no display-name-reader-org: a team of parents, not a desk of the school.',
    reader: 'gmail',
    expect: AUTH_NO_READER,
    s: gmail('Lincoln Soccer Team', 'lincolnsoccer.parents@gmail.com', {
      subject: 'Saturday match moved to 10:30',
      body: NOTE(
        'Coach Dave and the parents',
        'Saturday\u2019s match is moved to 10:30 at the east field. Snacks rota attached.',
      ),
      messageId: '<CAG79a1Soccer=xQ@mail.gmail.com>',
      to: 'robin@lincoln.k12.example',
    }),
  });

  // 2. An employee's personal Gmail with her company and role in her name.
  await emit(write, {
    name: 'rw79-gmail-employee-personal-gmail-company-in-name-online',
    about:
      'A saleswoman writes from her personal Gmail while her laptop is in repair ("Jane Doe | Tidewater Sales" <jane.doe.1987@gmail.com>), Gmail\u2019s outbound, d=gmail.com, DMARC pass, to a colleague at tidewater.example (--recipient-domain). Read in Gmail with a zone. Wanted: authenticated, no display-name-reader-org ("sales" is no desk an impostor borrows to collect credentials or payroll).',
    reader: 'gmail',
    args: TIDEWATER,
    expect: AUTH_NO_READER,
    s: gmail('Jane Doe | Tidewater Sales', 'jane.doe.1987@gmail.com', {
      subject: 'Notes from the Harbourline visit',
      body: NOTE(
        'Jane',
        'Laptop is in for repair, so sending from my own account. Notes from the Harbourline visit below.',
      ),
      messageId: '<CAG79b2Jane=yR@mail.gmail.com>',
    }),
  });

  // 3. The same employee naming her team, Reply-To her work address.
  await emit(write, {
    name: 'rw79-gmail-employee-personal-gmail-it-team-replyto-work-online',
    about:
      'An IT colleague writes from her personal Gmail ("Jane Doe - Tidewater IT Team" <jane.doe.1987@gmail.com>) with Reply-To jane.doe@tidewater.example, Gmail\u2019s outbound, d=gmail.com, DMARC pass, to a colleague at tidewater.example (--recipient-domain). Read in Gmail with a zone. Wanted: authenticated, no display-name-reader-org: the Reply-To at the reader\u2019s organisation clears it, as the rule intends.',
    reader: 'gmail',
    args: TIDEWATER,
    expect: AUTH_NO_READER,
    s: gmail('Jane Doe - Tidewater IT Team', 'jane.doe.1987@gmail.com', {
      subject: 'Printer on floor 3 is back',
      body: NOTE('Jane', 'The floor 3 printer is fixed. Replies to my work address please.'),
      messageId: '<CAG79c3Jane=zS@mail.gmail.com>',
      extraHeaders: ['Reply-To: "Jane Doe" <jane.doe@tidewater.example>'],
    }),
  });

  // 4. The company's retirees' club on Gmail.
  await emit(write, {
    name: 'rw79-gmail-retirees-club-gmail-named-after-company-online',
    about:
      'The company\u2019s retirees\u2019 club writes from its Gmail ("Tidewater Retirees Club" <tidewater.retirees@gmail.com>), Gmail\u2019s outbound, d=gmail.com, DMARC pass, to a staff member at tidewater.example whose Workspace mailbox Gmail delivers (Delivered-To robin@tidewater.example, no --recipient-domain). Read in Gmail with a zone. Wanted: authenticated, no display-name-reader-org (a club is no desk).',
    reader: 'gmail',
    expect: AUTH_NO_READER,
    s: gmail('Tidewater Retirees Club', 'tidewater.retirees@gmail.com', {
      subject: 'Christmas lunch: 12 December',
      body: NOTE(
        'Margaret, club secretary',
        'Our Christmas lunch is on 12 December at the Anchor. Current staff welcome.',
      ),
      messageId: '<CAG79d4Retirees=aT@mail.gmail.com>',
      to: 'robin@tidewater.example',
    }),
  });

  // 5. A staff softball team on Yahoo: "team" beside the organisation's name.
  await emit(write, {
    name: 'rw79-gmail-staff-softball-team-yahoo-named-after-company-online',
    about:
      'The staff softball team\u2019s captain writes from her Yahoo mailbox ("Tidewater Softball Team" <tidewater.softball@yahoo.com>), Yahoo\u2019s outbound, d=yahoo.com, SPF and DMARC pass, to a player at tidewater.example (--recipient-domain). Read in Gmail with a zone. Wanted: authenticated: "team" here is a sports team; the only desk word is the one every club, band and committee uses.',
    reader: 'gmail',
    args: TIDEWATER,
    expect: AUTHENTICATED,
    s: yahoo('Tidewater Softball Team', 'tidewater.softball@yahoo.com', {
      subject: 'Practice Thursday 6pm',
      body: NOTE('Sam (captain)', 'Practice Thursday at 6pm, Riverside park. Bring your gloves.'),
      messageId: '<790005.79e5.softball@mail.yahoo.com>',
    }),
  });

  // 6. A union local's office on Gmail.
  await emit(write, {
    name: 'rw79-gmail-union-local-office-gmail-named-after-employer-online',
    about:
      'The union local at the company writes from its Gmail ("Tidewater Workers Union Office" <local418.tidewater@gmail.com>), Gmail\u2019s outbound, d=gmail.com, DMARC pass, to a member at tidewater.example (--recipient-domain). Read in Gmail with a zone. Wanted: authenticated: a union is deliberately not the employer\u2019s mail system, and "union" says whose office it is.',
    reader: 'gmail',
    args: TIDEWATER,
    expect: AUTHENTICATED,
    s: gmail('Tidewater Workers Union Office', 'local418.tidewater@gmail.com', {
      subject: 'Ballot on the 2027 pay offer opens Monday',
      body: NOTE(
        'Local 418 office',
        'The ballot on the 2027 pay offer opens Monday. Vote at the union site, not on work devices.',
      ),
      messageId: '<CAG79f6Union=bU@mail.gmail.com>',
    }),
  });

  // 7. An alumni office volunteer on Gmail (pinned suspicious by the helper; authenticated by the lead).
  await emit(write, {
    name: 'rw79-gmail-alumni-office-gmail-named-after-university-online',
    about:
      'A volunteer of the alumni association writes from its Gmail ("Tidewater Alumni Office" <tidewater.alumni@gmail.com>), Gmail\u2019s outbound, d=gmail.com, DMARC pass, to a member of staff at tidewater.example (--recipient-domain). Read in Gmail with a zone. Wanted: authenticated (the helper first pinned it suspicious, as an "office" of the reader\u2019s own university writing from Gmail is the lure\u2019s shape; the lead kept generic words such as office and team to the word right beside the organisation\u2019s name, as clubs and unions use them).',
    reader: 'gmail',
    args: TIDEWATER,
    // The lead (11:3x): authenticated. "Office" counts only right beside the organisation's name
    // ("Tidewater Office"): every club and union has an office too (this round's pending cases).
    expect: AUTHENTICATED,
    s: gmail('Tidewater Alumni Office', 'tidewater.alumni@gmail.com', {
      subject: 'Homecoming weekend: volunteers wanted',
      body: NOTE(
        'Priya, alumni volunteer',
        'We need volunteers for homecoming weekend. Reply if you can help on the Saturday.',
      ),
      messageId: '<CAG79g7Alumni=cV@mail.gmail.com>',
    }),
  });

  // 8. A charity on Outlook.com named after the city that is the reader's organisation.
  await emit(write, {
    name: 'rw79-outlook-hospital-radio-team-outlookcom-city-reader-online',
    about:
      'A hospital-radio charity writes from its Outlook.com mailbox ("Bristol Hospital Radio Team" <bristolhospitalradio@outlook.com>), Outlook.com\u2019s outbound, d=outlook.com, SPF and DMARC pass, to a council officer at bristol.example (--recipient-domain; the council\u2019s label is the city\u2019s name). Read in Outlook on the web with a zone. Wanted: authenticated: the city\u2019s name belongs to every club in it, and "team" is not beside it.',
    reader: 'outlook',
    args: BRISTOL,
    expect: AUTHENTICATED,
    s: outlookCom('Bristol Hospital Radio Team', 'bristolhospitalradio@outlook.com', {
      subject: 'Request-show volunteers at the BRI',
      body: NOTE(
        'The BHR team',
        'Could the council\u2019s volunteering page list our request-show slots for the winter?',
      ),
      messageId: '<DM79PR11MB0008.79h8@DM79PR11MB0008.namprd11.prod.outlook.com>',
      to: 'robin@bristol.example',
    }),
  });

  // 9. A staff social committee's Substack named after the company.
  const sub = 'tidewatersocial';
  await emit(write, {
    name: 'rw79-gmail-substack-staff-social-committee-named-after-company-online',
    about:
      'The staff social committee\u2019s newsletter on Substack ("Tidewater Social Committee" <tidewatersocial@substack.com>, Reply-To reply+…@substack.com), Substack\u2019s outbound, d=substack.com, DMARC pass, to a member of staff at tidewater.example whose Workspace mailbox Gmail delivers (Delivered-To). Read in Gmail with a zone. Wanted: authenticated, no display-name-reader-org (a committee is no desk).',
    reader: 'gmail',
    expect: AUTH_NO_READER,
    s: sender(
      {
        from: `"Tidewater Social Committee" <${sub}@substack.com>`,
        envelope: 'bounce+79i9c2e.f0a79-robin=tidewater.example@mg2.substack.com',
        rdns: 'mg-d79.substack.com',
        ip: '198.51.100.79',
        d: 'substack.com',
        sel: 'smtp',
        policy: 'reject',
      },
      {
        subject: 'Quiz night, bake-off results and the winter walk',
        body: `Quiz night is back on the 4th.\r\n\r\nRead on: https://${sub}.substack.com/p/quiz-night-79i9\r\n\r\nUnsubscribe https://substack.com/redirect/79i9\r\n`,
        messageId: `<20261120095958.79i9.${sub}@substack.com>`,
        extraHeaders: [
          'Reply-To: "Tidewater Social Committee" <reply+2f79i9@substack.com>',
          `List-Unsubscribe: <https://${sub}.substack.com/action/disable_email?token=79i9>`,
        ],
        to: 'robin@tidewater.example',
      },
    ),
  });

  // 10. A Google Groups post of the retirees' group: the list clears the rule.
  await emit(write, {
    name: 'rw79-gmail-google-groups-retirees-admin-team-post-online',
    about:
      'A member posts to the retirees\u2019 Google Group, which Groups rewrites ("\'Margaret Lee\' via Tidewater Retirees Admin Team" <tidewater-retirees-admin@googlegroups.com>, List-Id, Reply-To the group), signed d=googlegroups.com, Google\u2019s outbound, SPF and DMARC pass, to a member at tidewater.example (--recipient-domain). Read in Gmail with a zone. Wanted: authenticated, no display-name-reader-org (a list posts its members\u2019 names; List-Id clears it).',
    reader: 'gmail',
    args: TIDEWATER,
    expect: AUTH_NO_READER,
    s: sender(
      {
        from: '"\'Margaret Lee\' via Tidewater Retirees Admin Team" <tidewater-retirees-admin@googlegroups.com>',
        envelope: 'tidewater-retirees-admin+bncBD79j10@googlegroups.com',
        rdns: 'mail-sor-f57.google.com',
        ip: '209.85.220.57',
        d: 'googlegroups.com',
        sel: '20230601',
        policy: 'none',
      },
      {
        subject: 'Committee minutes, November',
        body: 'Minutes attached.\r\n\r\nMargaret\r\n\r\n--\r\nYou received this message because you are subscribed to the Google Groups "Tidewater Retirees Admin Team" group.\r\n',
        messageId: '<CAG79j10Margaret=dW@mail.gmail.com>',
        extraHeaders: [
          'Reply-To: tidewater-retirees-admin@googlegroups.com',
          'List-Id: <tidewater-retirees-admin.googlegroups.com>',
          'Mailing-list: list tidewater-retirees-admin@googlegroups.com; contact tidewater-retirees-admin+owners@googlegroups.com',
          'Precedence: list',
          'X-Original-Sender: margaret.lee.1951@gmail.com',
        ],
      },
    ),
  });

  // 11. An outside firm whose name holds the reader's common-word label, from its own domain.
  await emit(write, {
    name: 'rw79-outlook-summit-support-group-own-domain-to-summit-reader-online',
    about:
      'An outside IT contractor named "Summit Support Group" writes from its own domain ("Summit Support Group" <help@summitsupportgroup.example>), its own relay, d=summitsupportgroup.example, SPF and DMARC pass, to a customer at summit.example (--recipient-domain), whose label is the common word "summit". Read in Outlook on the web with a zone. Wanted: authenticated, no display-name-reader-org: a company\u2019s own domain is no free mailbox or platform, the rule must not reach it.',
    reader: 'outlook',
    args: ['--recipient-domain', 'summit.example'],
    expect: AUTH_NO_READER,
    s: sender(
      {
        from: '"Summit Support Group" <help@summitsupportgroup.example>',
        envelope: 'bounces@summitsupportgroup.example',
        rdns: 'mail.summitsupportgroup.example',
        ip: '203.0.113.79',
        d: 'summitsupportgroup.example',
        sel: 'ssg79',
        policy: 'quarantine',
      },
      {
        subject: 'Ticket 79-1142: firewall change scheduled',
        body: NOTE(
          'Summit Support Group service desk',
          'Your firewall change is scheduled for Saturday 02:00. Reply to this ticket with any questions.',
        ),
        messageId: '<79k11.ticket@summitsupportgroup.example>',
        to: 'robin@summit.example',
      },
    ),
  });
}
