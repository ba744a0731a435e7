// Real-world delivery shapes, hundred-and-fifth round: genuine mail that Google's and Microsoft's own
// services send on a user's behalf, in the layouts the corpus covered least: a Google Calendar
// invitation sent from the organiser's own Workspace address (text/calendar, Calendar's bounce
// envelope, Google's and the organiser's domain's signatures), an AppSheet automation from
// noreply@appsheet.com under the app's own name, Looker Studio's scheduled report, a Google Classroom
// notice under the teacher's name, a Google Forms "form submitted" notice an add-on sends from the
// form owner's own Workspace mailbox, a Teams meeting invitation from another Microsoft 365 tenant,
// Azure DevOps' work-item notice and a Microsoft Forms response notice. Delivered into Gmail and
// Outlook (Exchange Online), with --recipient-domain where the reader's organisation matters (a
// colleague's invitation, the organisation's own app or form). Also the common weaker shapes: a
// Calendar invitation from a Workspace tenant with no DKIM of its own (Google's default
// gappssmtp.com signature only, p=none: unverified, never suspicious), a personal Gmail organiser's
// invitation, and a Teams invitation from a tenant that signs only as <tenant>.onmicrosoft.com
// (unverified by the verdict table's shared-include row). Attack twins: AppSheet's real abuse (a
// free AppSheet account sending as "Google Ads | Team HR"), an AppSheet app named after the
// reader's IT desk (pending), and Calendar-invitation phishing from a free Gmail account named
// after the reader's IT desk.
// Rules crossed: lib/findings/display-name.ts (displayNameRule, brandClaimed: "Google Ads" on
// appsheet.com, "Looker Studio"/"(Classroom)" on google.com), lib/findings/reply-to.ts (the organiser
// as Reply-To of Calendar's mail, the teacher behind Classroom), lib/findings/auth-state.ts (the
// organiser's own aligned signature beside Google's d=google.com), the relay classifier on Google's
// IPv6 outbound (mail-wm1-x34a.google.com, 2a00:1450:4864:20::34a) and Microsoft 365's outbound.
// Where the layouts were learnt (`search`/`find_string`, corpus "code"): the Calendar invitation's
// full header as a Mailman archive keeps it (a Linaro engineer's "Updated invitation: QEMU/KVM
// developers conference call", qemu-devel, 12 Nov 2024: From the organiser's own address, envelope
// 3…@calendar-server.bounces.google.com, relay mail-wm1-x34a.google.com [2a00:1450:4864:20::34a],
// DKIM d=google.com s=20230601 on top of d=linaro.org s=google, both with h=to:from:subject:date:
// message-id:auto-submitted:sender:reply-to:mime-version, Auto-Submitted: auto-generated, Message-ID
// <calendar-<uuid>@google.com>, Reply-To the organiser, multipart/mixed); AppSheet's sender
// noreply@appsheet.com (support.google.com/appsheet/answer/11449723 "Troubleshoot email", corpus
// "pages") and a reported AppSheet phish's headers (a SOC write-up: From "GG Ads | Team HR"
// <noreply@appsheet.com>, DKIM pass d=appsheet.com, DMARC pass p=QUARANTINE, envelope under
// bounces.google.com so SPF unaligned); Looker Studio's sender looker-studio-noreply@google.com
// (Google's "Create alerts on a chart" page quoted in a repository, and Gmail filters in several);
// Google Classroom's no-reply@classroom.google.com with "(Classroom)" after the teacher's name (a
// mail-sorting tool's README: "keyed by the professor's display name, with '(Classroom)' stripped");
// Google Forms add-ons sending the owner's notice from the owner's own account through the Gmail API
// (Form Publisher's and PerformNoti's "How are your email notifications sent?", corpus "pages");
// Azure DevOps' sender azuredevops@microsoft.com and its subject "Product Backlog Item <id> - <area> -
// <title>" (an issue-bridge tool's docs and tests). Recalled, not confirmed byte for byte: Google's default d=<domain>.20230601.gappssmtp.com
// signature on Calendar mail of a tenant without DKIM (Workspace Admin Help "Set up DKIM", as
// lib/findings/auth-state.ts cites it), Classroom's
// and Looker Studio's bounce subdomains, AppSheet's bounce subdomain, Azure DevOps' and Microsoft
// Forms' outbound path (Microsoft's own tenant through EOP outbound, d=microsoft.com; Forms as
// "Microsoft Forms" <noreply@forms.office.com>, which `find_string` did not find), Teams' invitation
// body. Gmail's and EOP's delivery records as receivers.ts; Microsoft 365's outbound and SPF as
// m365-shapes.ts and realworld98. Names and addresses are documentation ones except Google's and
// Microsoft's own (hosts, ranges, service addresses); every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 */
// Fixed at 19:46 on 2026-12-05 (lib/findings/platforms.ts WHOLE_NAME_PLATFORMS): AppSheet writes
// the name its app's creator typed, read now as the outsider's, so "Kestrel IT Helpdesk"
// <noreply@appsheet.com> from an outsider's app (realworld105-gmail-rd-attack-appsheet-org-it-desk-no-reply-to)
// reads suspicious (display-name-reader-org), not authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const ORG = 'kestrel.example';
const RD = ['--recipient-domain', ORG];

// --- Relays -----------------------------------------------------------------------------------
/** Google's IPv6 outbound for Calendar, as the qemu-devel archive shows it. */
const GOOGLE_V6: Relay = {
  helo: 'mail-wm1-x34a.google.com',
  rdns: 'mail-wm1-x34a.google.com',
  ip: '2a00:1450:4864:20::34a',
};
/** Google's outbound for its services' notices (mail-sor-f*.google.com, as probe80 and realworld80). */
const GOOGLE_SOR: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
/** A Workspace user's own outbound (Gmail API send). */
const GOOGLE_USER: Relay = {
  helo: 'mail-wr1-f105.google.com',
  rdns: 'mail-wr1-f105.google.com',
  ip: '209.85.221.105',
};
const GOOGLE_SPF = 'v=spf1 ip4:209.85.128.0/17 ip6:2a00:1450:4000::/36 ~all';
const M365_EUR: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2105.outbound.protection.outlook.com',
  ip: '40.107.20.105',
};
const M365_NAM: Relay = {
  helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
  rdns: 'mail-mw2nam12on2105.outbound.protection.outlook.com',
  ip: '40.107.244.105',
};

// --- A sender's message -----------------------------------------------------------------------
interface Sent {
  key: string;
  from: string;
  /** The From domain. */
  domain: string;
  envelope: string;
  relay: Relay;
  /** Signers, bottom first (the provider's own last, on top). */
  signers: Array<[string, string]>;
  headerList: string[];
  /** DMARC policy by domain (the From domain's first). */
  dmarc: Record<string, string>;
  /** SPF records by name. */
  spf: Record<string, string>;
  subject: string;
  messageId: string;
  headers: string[];
  /** Content-Type and body (MIME parts and all). */
  contentType: string;
  body: string;
  layout: string;
}

const GOOGLE_H = [
  'to',
  'from',
  'subject',
  'date',
  'message-id',
  'auto-submitted',
  'sender',
  'reply-to',
  'mime-version',
  'content-type',
];
const M365_H = ['from', 'to', 'subject', 'date', 'message-id', 'content-type', 'mime-version'];

function raw(s: Sent, to: string): string {
  return [
    'MIME-Version: 1.0',
    ...s.headers,
    `Message-ID: ${s.messageId}`,
    `Date: ${SENT}`,
    `Subject: ${s.subject}`,
    `From: ${s.from}`,
    `To: ${to}`,
    `Content-Type: ${s.contentType}`,
    '',
    s.body,
  ].join('\r\n');
}

const envDomain = (s: Sent) => s.envelope.slice(s.envelope.lastIndexOf('@') + 1);
/** Whether DMARC passes for the From domain (relaxed: a signer or the envelope in its organisation, approximated by suffix). */
const within = (d: string, from: string) => d === from || from.endsWith(`.${d}`) || d.endsWith(`.${from}`);
const dmarcPasses = (s: Sent) =>
  s.signers.some(([d]) => within(d, s.domain)) || within(envDomain(s), s.domain);
const policyOf = (s: Sent) => (/p=(\w+)/.exec(s.dmarc[s.domain] ?? '')?.[1] ?? 'none').toUpperCase();

function zoneOf(s: Sent): Record<string, unknown> {
  return {
    ...ptr(s.relay.ip, s.relay.rdns),
    ...Object.fromEntries(s.signers.map(([d, sel]) => [`${sel}._domainkey.${d}`, KEY()])),
    ...Object.fromEntries(Object.entries(s.dmarc).map(([d, r]) => [`_dmarc.${d}`, { TXT: [r] }])),
    ...Object.fromEntries(Object.entries(s.spf).map(([d, r]) => [d, { TXT: [r] }])),
    ...M365_SPF_ZONE,
  };
}

type Reader = 'gmail' | 'outlook';

async function deliver(s: Sent, reader: Reader, to: string, n: number): Promise<string> {
  const signed = await signAll(raw(s, to), s.signers, s.headerList);
  if (reader === 'gmail') {
    const dkim = [...s.signers]
      .reverse()
      .map(([d, sel]) => gmailDkim(d, sel))
      .join('\r\n       ');
    return gmailDelivery(signed, {
      relay: s.relay,
      envelope: s.envelope,
      ids: [`x105csp${n}pxa`, `a105si${n}qtb.105`],
      spf: 'pass',
      deliveredTo: true,
      to: to.replace(/^.*<|>$/g, ''),
      results: `${dkim}\r\n       ${gmailSpf(s.envelope, s.relay.ip)}\r\n       ${gmailDmarc(s.domain, policyOf(s), dmarcPasses(s) ? 'pass' : 'fail')}`,
    });
  }
  const dkim = [...s.signers]
    .reverse()
    .map(([d]) => `dkim=pass (signature was verified)\r\n header.d=${d}`)
    .join(';');
  return eopDelivery(signed, {
    ...eopPass(s.relay, envDomain(s), dkim, s.domain),
    returnPath: `<${s.envelope}>`,
  });
}

// --- Bodies -----------------------------------------------------------------------------------
const ics = (method: string, uid: string, organizer: string, summary: string, extra = '') =>
  [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    'DTSTART:20261201T100000Z',
    'DTEND:20261201T110000Z',
    'DTSTAMP:20261120T095958Z',
    `ORGANIZER;CN=${(organizer.split('<')[0] ?? '').trim()}:mailto:${organizer.replace(/^.*<|>$/g, '')}`,
    `UID:${uid}`,
    `SUMMARY:${summary}`,
    extra,
    'SEQUENCE:0',
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .filter(Boolean)
    .join('\r\n');

function calendarMime(text: string, cal: string, method: string, boundary: string): string {
  return [
    `--${boundary}`,
    'Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes',
    '',
    text,
    `--${boundary}`,
    `Content-Type: text/calendar; charset="UTF-8"; method=${method}`,
    'Content-Transfer-Encoding: 7bit',
    '',
    cal,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

// --- Senders ----------------------------------------------------------------------------------
const CAL_ENVELOPE =
  '3xwczZwsKCuIEPIb.FIRRIIPMREVS.SVKUIQY-HIZIPRSRKRY.SVK@calendar-server.bounces.google.com';

/** A Google Calendar invitation sent from the organiser's own Workspace address (the qemu-devel layout). */
function calendarInvite(p: {
  key: string;
  organizer: string;
  domain: string;
  summary: string;
  to: string;
  layout: string;
  /** The organiser's domain's own signer (default: its own key, selector google). */
  ownSigner?: [string, string];
  policy?: string;
}): Sent {
  const boundary = '00000000000078044c0626b2693b';
  const uid = `1g105${p.key}@google.com`;
  return {
    key: p.key,
    from: p.organizer,
    domain: p.domain,
    envelope: CAL_ENVELOPE,
    relay: GOOGLE_V6,
    signers: [p.ownSigner ?? [p.domain, 'google'], ['google.com', '20230601']],
    headerList: GOOGLE_H,
    dmarc: { [p.domain]: `v=DMARC1; p=${p.policy ?? 'quarantine'}`, 'google.com': 'v=DMARC1; p=reject' },
    spf: {
      'calendar-server.bounces.google.com': GOOGLE_SPF,
      [p.domain]: 'v=spf1 include:_spf.google.com ~all',
      '_spf.google.com': GOOGLE_SPF,
    },
    subject: `Invitation: ${p.summary} @ Tue 1 Dec 2026 10am - 11am (GMT) (${p.to.replace(/^.*<|>$/g, '')})`,
    messageId: `<calendar-6e2a105${p.key.length}c-4022-453e-a779-9fb0ad3e61e8@google.com>`,
    headers: [`Reply-To: ${p.organizer}`, 'Auto-Submitted: auto-generated'],
    contentType: `multipart/mixed; boundary="${boundary}"`,
    body: calendarMime(
      `You have been invited to the following event.\r\n\r\n${p.summary}\r\nTuesday 1 Dec 2026 10:00 - 11:00 (GMT)\r\n\r\nJoin with Google Meet\r\nhttps://meet.google.com/kqb-rtws-105\r\n\r\nInvitation from Google Calendar: https://calendar.google.com/calendar/\r\n\r\nYou are receiving this email because you are an attendee on the event.\r\n`,
      ics('REQUEST', uid, p.organizer, p.summary, 'LOCATION:https://meet.google.com/kqb-rtws-105'),
      'REQUEST',
      boundary,
    ),
    layout: p.layout,
  };
}

const S = {
  calPartner: calendarInvite({
    key: 'calendar-invite-partner-workspace',
    organizer: 'Marta Quintero <marta.quintero@harbourline.example>',
    domain: 'harbourline.example',
    summary: 'Harbourline / Kestrel supply review',
    to: 'robin.reader@gmail.com',
    layout:
      "a partner's Google Calendar invitation sent from the organiser's own Workspace address, Calendar's bounce envelope (calendar-server.bounces.google.com), Google's IPv6 outbound, d=google.com on top of the organiser's own d=harbourline.example, Reply-To the organiser, a text/calendar METHOD:REQUEST part",
  }),
  calColleague: calendarInvite({
    key: 'calendar-invite-colleague',
    organizer: 'Sam Okafor <sam.okafor@kestrel.example>',
    domain: ORG,
    summary: 'Q4 budget sign-off',
    to: 'robin@kestrel.example',
    layout:
      "a colleague's Google Calendar invitation inside the reader's own Workspace organisation (kestrel.example), from the colleague's address through Calendar's bounce envelope and Google's IPv6 outbound, signed by d=kestrel.example and d=google.com",
  }),
  calNoDkim: calendarInvite({
    key: 'calendar-invite-workspace-default-dkim',
    organizer: 'Dr. Lena Hart <lena@hartdental.example>',
    domain: 'hartdental.example',
    summary: 'Practice software demo',
    to: 'robin.reader@gmail.com',
    ownSigner: ['hartdental-example.20230601.gappssmtp.com', '20230601'],
    policy: 'none',
    layout:
      "a small practice's Google Calendar invitation from a Workspace tenant that never set up DKIM of its own: Google signs d=google.com and the tenant's default d=hartdental-example.20230601.gappssmtp.com, Calendar's bounce envelope, DMARC p=none; nothing aligned, so Gmail records dmarc=fail (p=NONE)",
  }),
  calGmail: {
    ...calendarInvite({
      key: 'calendar-invite-personal-gmail',
      organizer: 'Tom Becker <tom.becker.105@gmail.com>',
      domain: 'gmail.com',
      summary: 'Climbing Saturday',
      to: 'Robin Reader <robin@reader.example>',
      ownSigner: ['gmail.com', '20230601'],
      layout:
        "a friend's Google Calendar invitation from a personal Gmail account (d=gmail.com and d=google.com), Calendar's bounce envelope, Google's IPv6 outbound",
    }),
    dmarc: { 'gmail.com': 'v=DMARC1; p=none; sp=quarantine', 'google.com': 'v=DMARC1; p=reject' },
  },
  teamsNoDkim: {
    key: 'teams-invite-tenant-onmicrosoft-dkim',
    from: 'Jonas Weber <jonas.weber@alder-logistics.example>',
    domain: 'alder-logistics.example',
    envelope: 'jonas.weber@alder-logistics.example',
    relay: M365_EUR,
    signers: [['alderlogistics.onmicrosoft.com', 'selector1-alderlogistics-onmicrosoft-com']],
    headerList: M365_H,
    dmarc: { 'alder-logistics.example': 'v=DMARC1; p=quarantine' },
    spf: { 'alder-logistics.example': 'v=spf1 include:spf.protection.outlook.com -all' },
    subject: 'Carrier onboarding - kickoff',
    messageId: '<DB9PR05MB105F1E2D3C4B5A6978899AABBCCD@DB9PR05MB1050.eurprd05.prod.outlook.com>',
    headers: ['Thread-Topic: Carrier onboarding - kickoff', 'Thread-Index: AdtZ105ZyXwVuTsRqPoNmLkJiHgFew=='],
    contentType: 'text/plain; charset="utf-8"',
    body: 'Microsoft Teams meeting\r\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTA1MTA2MTA3%40thread.v2/0\r\nMeeting ID: 341 105 927 106\r\n',
    layout:
      "the same Teams invitation from a tenant that never set up DKIM for its own domain: Exchange Online signs only as the tenant (d=alderlogistics.onmicrosoft.com) and SPF passes, aligned, through Microsoft 365's shared include",
  },
  appsheet: {
    key: 'appsheet-automation-org-app',
    from: '"Kestrel Fleet Inspections" <noreply@appsheet.com>',
    domain: 'appsheet.com',
    envelope: '3Jm105AbCdEfGhIj.KlMnOpQrStUv@appsheet.bounces.google.com',
    relay: GOOGLE_SOR,
    signers: [['appsheet.com', 'google']],
    headerList: GOOGLE_H,
    dmarc: { 'appsheet.com': 'v=DMARC1; p=quarantine' },
    spf: { 'appsheet.bounces.google.com': GOOGLE_SPF },
    subject: 'Inspection overdue: Van KX-105 (due 18 Nov 2026)',
    messageId: '<105.appsheet.fleet.0a1b2c3d@appsheet.com>',
    headers: ['Reply-To: "Fleet Desk" <fleet@kestrel.example>'],
    contentType: 'text/plain; charset="UTF-8"',
    body: 'Van KX-105 missed its weekly inspection (due 18 Nov 2026).\r\n\r\nOpen in app: https://www.appsheet.com/start/4f7e105a-fleet-inspections#view=Overdue\r\n\r\nSent by AppSheet on behalf of Kestrel Fleet Inspections.\r\n',
    layout:
      "the reader's organisation's own AppSheet app (\"Kestrel Fleet Inspections\") mailing from an automation bot: From noreply@appsheet.com under the app's name, d=appsheet.com, envelope under bounces.google.com (SPF passes for Google, unaligned), Reply-To the organisation's fleet desk",
  },
  looker: {
    key: 'looker-studio-scheduled-report',
    from: '"Looker Studio" <looker-studio-noreply@google.com>',
    domain: 'google.com',
    envelope: '3Lk105ZdXsRq.PoNmLkJi-HgFeDcBa@scheduled-delivery.bounces.google.com',
    relay: GOOGLE_SOR,
    signers: [['google.com', '20230601']],
    headerList: GOOGLE_H,
    dmarc: { 'google.com': 'v=DMARC1; p=reject' },
    spf: { 'scheduled-delivery.bounces.google.com': GOOGLE_SPF },
    subject: 'Weekly web traffic - Kestrel (20 Nov 2026)',
    messageId: '<105.looker.weekly.7c8d9e@google.com>',
    headers: [],
    contentType: 'multipart/mixed; boundary="000000000000a105lookerstudio"',
    body: [
      '--000000000000a105lookerstudio',
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      'Dana Whitfield has scheduled this report to be sent to you.\r\n\r\nWeekly web traffic - Kestrel\r\nView report: https://lookerstudio.google.com/reporting/5b3c105e-7f2a/page/p_k105\r\n',
      '--000000000000a105lookerstudio',
      'Content-Type: application/pdf; name="Weekly web traffic - Kestrel.pdf"',
      'Content-Disposition: attachment; filename="Weekly web traffic - Kestrel.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcjw8Pj4KJSVFT0YK',
      '--000000000000a105lookerstudio--',
      '',
    ].join('\r\n'),
    layout:
      "Looker Studio's scheduled delivery of a colleague's report: From \"Looker Studio\" <looker-studio-noreply@google.com>, d=google.com, Google's outbound, the PDF attached",
  },
  classroom: {
    key: 'classroom-assignment-teacher',
    from: '"Ms. Adaeze Nwosu (Classroom)" <no-reply@classroom.google.com>',
    domain: 'classroom.google.com',
    envelope: '3Cr105YqWe.RtYuIoPaSdFg-HjKl@classroom.bounces.google.com',
    relay: GOOGLE_SOR,
    signers: [['google.com', '20230601']],
    headerList: GOOGLE_H,
    dmarc: { 'google.com': 'v=DMARC1; p=reject' },
    spf: { 'classroom.bounces.google.com': GOOGLE_SPF },
    subject: 'New assignment: "Lab report 4: titration"',
    messageId: '<105.classroom.assignment.4e5f6a@classroom.google.com>',
    headers: [],
    contentType: 'text/plain; charset="UTF-8"',
    body: 'Adaeze Nwosu posted a new assignment in Chemistry 10B\r\n\r\nLab report 4: titration\r\nDue Nov 27\r\n\r\nOpen: https://classroom.google.com/c/NjEwNTEwNTEwNTEw/a/NzEwNTEwNTEwNTEw/details\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA\r\n',
    layout:
      'a Google Classroom assignment notice under the teacher\'s name ("Ms. Adaeze Nwosu (Classroom)" <no-reply@classroom.google.com>), d=google.com (aligned with classroom.google.com under relaxed alignment), Google\'s outbound',
  },
  formsAddon: {
    key: 'forms-addon-owner-notice',
    from: 'Priya Raman <priya.raman@kestrel.example>',
    domain: ORG,
    envelope: 'priya.raman@kestrel.example',
    relay: GOOGLE_USER,
    signers: [[ORG, 'google']],
    headerList: ['from', 'to', 'subject', 'date', 'message-id', 'reply-to', 'mime-version', 'content-type'],
    dmarc: { [ORG]: 'v=DMARC1; p=quarantine' },
    spf: { [ORG]: 'v=spf1 include:_spf.google.com ~all', '_spf.google.com': GOOGLE_SPF },
    subject: 'New response: Office move - desk preferences',
    messageId: '<CAF105pQr7sT-uVwXyZ0a1b2c3d4e5f6g7h8@mail.gmail.com>',
    headers: ['Reply-To: jordan.lee@kestrel.example'],
    contentType: 'text/plain; charset="UTF-8"',
    body: 'A new response was submitted to "Office move - desk preferences".\r\n\r\nName: Jordan Lee\r\nPreferred floor: 3\r\nStanding desk: yes\r\n\r\nView responses: https://docs.google.com/forms/d/1Fq105AbCdEfGhIjKlMnOpQrStUvWxYz/edit#responses\r\n',
    layout:
      'a Google Forms "new response" notice a Forms add-on sends through the Gmail API from the form owner\'s own Workspace mailbox (the add-on\'s documented way), d=kestrel.example, Reply-To the respondent',
  },
  teams: {
    key: 'teams-invite-other-tenant',
    from: 'Jonas Weber <jonas.weber@alder-logistics.example>',
    domain: 'alder-logistics.example',
    envelope: 'jonas.weber@alder-logistics.example',
    relay: M365_EUR,
    signers: [['alder-logistics.example', 'selector1']],
    headerList: M365_H,
    dmarc: { 'alder-logistics.example': 'v=DMARC1; p=reject' },
    spf: { 'alder-logistics.example': 'v=spf1 include:spf.protection.outlook.com -all' },
    subject: 'Carrier onboarding - kickoff',
    messageId: '<DB9PR05MB105A1B2C3D4E5F6A7B8C9D0E1F2@DB9PR05MB1050.eurprd05.prod.outlook.com>',
    headers: [
      'Thread-Topic: Carrier onboarding - kickoff',
      'Thread-Index: AdtZ105AbCdEfGhIjKlMnOpQrStUvw==',
      'Accept-Language: de-DE, en-US',
      'Content-Language: en-US',
      'X-MS-Has-Attach:',
      'X-MS-TNEF-Correlator:',
    ],
    contentType: 'multipart/alternative; boundary="_000_DB9PR05MB105teams_"',
    body: calendarMime(
      'Hi Robin, as discussed - see you Tuesday.\r\n\r\n________________________________________________________________________________\r\nMicrosoft Teams meeting\r\nJoin on your computer, mobile app or room device\r\nJoin the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTA1MTA1MTA1%40thread.v2/0>\r\nMeeting ID: 341 105 927 105\r\nPasscode: qZ7sV3\r\n________________________________________________________________________________\r\n',
      [
        'BEGIN:VCALENDAR',
        'METHOD:REQUEST',
        'PRODID:Microsoft Exchange Server 2010',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'ORGANIZER;CN=Jonas Weber:mailto:jonas.weber@alder-logistics.example',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Robin Reader:mailto:robin@reader.example',
        'SUMMARY;LANGUAGE=en-US:Carrier onboarding - kickoff',
        'DTSTART:20261201T090000Z',
        'DTEND:20261201T094500Z',
        'UID:040000008200E00074C5B7101A82E00800000000105A1B2C3D4E5F60000000000000000100000000',
        'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
        'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTA1MTA1MTA1%40thread.v2/0',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
      'REQUEST',
      '_000_DB9PR05MB105teams_',
    ),
    layout:
      "a Teams meeting invitation from another organisation's Microsoft 365 tenant (Outlook's own invitation, text/calendar METHOD:REQUEST with the Teams join link), Microsoft 365's EUR outbound, the sender's own selector1 signature",
  },
  devops: {
    key: 'azure-devops-work-item',
    from: 'Azure DevOps <azuredevops@microsoft.com>',
    domain: 'microsoft.com',
    envelope: 'azuredevops@microsoft.com',
    relay: M365_NAM,
    signers: [['microsoft.com', 'selector2']],
    headerList: M365_H,
    dmarc: { 'microsoft.com': 'v=DMARC1; p=reject' },
    spf: { 'microsoft.com': 'v=spf1 include:spf.protection.outlook.com -all' },
    subject: 'Product Backlog Item 10547 - Payments - Retry failed settlement exports',
    messageId: '<105.10547.workitem.2b3c4d@microsoft.com>',
    headers: [],
    contentType: 'text/plain; charset="utf-8"',
    body: 'Sam Okafor assigned Product Backlog Item 10547 to you.\r\n\r\nRetry failed settlement exports\r\nState: Committed   Area: Payments   Iteration: Sprint 105\r\n\r\nView work item: https://dev.azure.com/kestrel-eng/Payments/_workitems/edit/10547\r\n\r\nAzure DevOps - Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\r\n',
    layout:
      'Azure DevOps\' work-item notice ("Azure DevOps" <azuredevops@microsoft.com>, subject "Product Backlog Item <id> - <area> - <title>") for the reader\'s organisation\'s project, Microsoft 365\'s outbound, d=microsoft.com',
  },
  msforms: {
    key: 'microsoft-forms-response-notice',
    from: 'Microsoft Forms <noreply@forms.office.com>',
    domain: 'forms.office.com',
    envelope: 'noreply@forms.office.com',
    relay: M365_NAM,
    signers: [['office.com', 'selector1']],
    headerList: M365_H,
    dmarc: { 'office.com': 'v=DMARC1; p=reject' },
    spf: { 'forms.office.com': 'v=spf1 include:spf.protection.outlook.com -all' },
    subject: 'New response: "IT equipment request"',
    messageId: '<105.forms.response.8e9f0a@forms.office.com>',
    headers: [],
    contentType: 'text/plain; charset="utf-8"',
    body: 'Your form "IT equipment request" has a new response.\r\n\r\nView results: https://forms.office.com/Pages/DesignPageV2.aspx?origin=NeoPortalPage&subpage=design&id=k105AbCd#Analysis=true\r\n\r\nMicrosoft respects your privacy.\r\n',
    layout:
      "Microsoft Forms' notice to a form's owner in the reader's organisation that a response came in, From \"Microsoft Forms\" <noreply@forms.office.com>, Microsoft 365's outbound, signed d=office.com (aligned with forms.office.com under relaxed alignment)",
  },
} satisfies Record<string, Sent>;

interface Genuine {
  s: Sent;
  reader: Reader;
  to: string;
  args?: string[];
  expect?: CaseExpectation;
  wanted: string;
  twin?: boolean;
  tag?: string;
}

const GMAIL_RD = 'robin@kestrel.example';
const OUTLOOK_RD = 'Robin Reader <robin@kestrel.example>';

const GENUINE: Genuine[] = [
  {
    s: S.calPartner,
    reader: 'gmail',
    to: 'robin.reader@gmail.com',
    twin: true,
    wanted:
      "authenticated: the organiser's own d=harbourline.example signature aligns; Google's own signature and Calendar's bounce envelope are Calendar's normal way of sending for a user",
  },
  {
    s: S.calPartner,
    reader: 'outlook',
    to: 'Robin Reader <robin@reader.example>',
    wanted: "authenticated: the organiser's own signature aligns; Google's IPv6 outbound is Google's",
  },
  {
    s: S.calColleague,
    reader: 'gmail',
    to: GMAIL_RD,
    args: RD,
    wanted:
      "authenticated: a colleague's invitation inside the reader's own organisation, signed by its own domain; no reader-organisation warning on the organisation's own address",
  },
  {
    s: S.calNoDkim,
    reader: 'gmail',
    to: 'robin.reader@gmail.com',
    twin: true,
    expect: { verdict: 'unverified', notVerdict: ['suspicious', 'spoofed'] },
    wanted:
      "unverified, not suspicious: no signature aligns with the practice's domain (only Google's and its tenant's default one) and its policy is p=none, so nothing proves the organiser's domain; yet Google's default signature names that very tenant, so it is no spoof either",
  },
  {
    s: S.calGmail,
    reader: 'outlook',
    to: 'Robin Reader <robin@reader.example>',
    wanted: "authenticated: gmail.com's own signature aligns for a personal Gmail organiser",
  },
  {
    s: S.teamsNoDkim,
    reader: 'outlook',
    to: 'Robin Reader <robin@reader.example>',
    expect: { verdict: 'unverified', notVerdict: ['suspicious', 'spoofed'] },
    wanted:
      "unverified, as the README's verdict table says for an SPF pass resting only on Microsoft 365's shared include with no signature of the domain's own (any tenant sends from those addresses); not suspicious, the common state of a tenant that never set up DKIM",
  },
  {
    s: S.appsheet,
    reader: 'gmail',
    to: GMAIL_RD,
    args: RD,
    expect: { verdict: 'authenticated', absentFindings: ['display-name-brand'] },
    wanted:
      "authenticated: AppSheet's own aligned signature (d=appsheet.com, DMARC p=quarantine); the app's name is the organisation's own, and a Reply-To at the reader's own organisation is no outsider",
  },
  {
    s: S.appsheet,
    reader: 'outlook',
    to: OUTLOOK_RD,
    args: RD,
    expect: { verdict: 'authenticated', absentFindings: ['display-name-brand'] },
    wanted: "authenticated: AppSheet's own aligned signature; the app is the organisation's own",
  },
  {
    s: S.looker,
    reader: 'outlook',
    to: OUTLOOK_RD,
    args: RD,
    twin: false,
    wanted:
      "authenticated: Google's own d=google.com signature for a google.com From; \"Looker Studio\" is Google's product on Google's domain, the colleague who scheduled it named in the body only",
  },
  {
    s: S.looker,
    reader: 'gmail',
    to: 'robin.reader@gmail.com',
    twin: true,
    wanted: "authenticated: Google's own signature; Looker Studio is Google's",
  },
  {
    s: S.classroom,
    reader: 'gmail',
    to: 'robin.reader@gmail.com',
    twin: true,
    wanted:
      "authenticated: d=google.com aligns with classroom.google.com; a teacher's name with \"(Classroom)\" on Google's own address is Classroom's normal layout",
  },
  {
    s: S.classroom,
    reader: 'outlook',
    to: 'Robin Reader <robin@reader.example>',
    wanted: "authenticated: Google's own signature aligns with classroom.google.com",
  },
  {
    s: S.formsAddon,
    reader: 'gmail',
    to: GMAIL_RD,
    args: RD,
    wanted:
      "authenticated: the form owner's own Workspace mailbox, d=kestrel.example; a Reply-To naming the respondent at the same organisation is no outsider",
  },
  {
    s: S.teams,
    reader: 'outlook',
    to: 'Robin Reader <robin@reader.example>',
    twin: false,
    wanted:
      "authenticated: the other tenant's own selector1 signature aligns; a Teams join link in another organisation's invitation is how Teams invitations look",
  },
  {
    s: S.teams,
    reader: 'gmail',
    to: 'robin.reader@gmail.com',
    twin: true,
    wanted: "authenticated: the other tenant's own signature aligns",
  },
  {
    s: S.devops,
    reader: 'outlook',
    to: OUTLOOK_RD,
    args: RD,
    wanted:
      'authenticated: Microsoft\'s own d=microsoft.com signature for azuredevops@microsoft.com; "Azure DevOps" is Microsoft\'s own product',
  },
  {
    s: S.msforms,
    reader: 'outlook',
    to: OUTLOOK_RD,
    args: RD,
    wanted:
      'authenticated: d=office.com aligns with forms.office.com; "Microsoft Forms" on office.com is Microsoft\'s own name on its own domain',
  },
];

const READER_ARGS: Record<Reader, string[]> = { gmail: GMAIL, outlook: OUTLOOK };

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  for (const g of GENUINE) {
    n += 1;
    const args = [...READER_ARGS[g.reader], ...(g.args ?? [])];
    emitCase(write, {
      name: `realworld105-${g.reader}${g.args ? '-rd' : ''}-${g.s.key}`,
      about: `Genuine: ${g.s.layout}. From ${g.s.from}, envelope ${g.s.envelope}, handed over by ${g.s.relay.rdns} [${g.s.relay.ip}], signed by ${g.s.signers.map(([d, sel]) => `d=${d} s=${sel}`).join(', ')}; read with ${args.join(' ')}, online (the senders' DNS served). Wanted: ${g.wanted}.`,
      class: 'platform',
      args,
      eml: await deliver(g.s, g.reader, g.to, n),
      zone: zoneOf(g.s),
      expect: g.expect ?? PASSES,
      ...(g.twin ? { twin: true } : {}),
    });
  }

  // Attack twin of realworld105-gmail-rd-calendar-invite-colleague: Calendar invitation phishing, an
  // invitation from a free Gmail account whose name poses as the reader's organisation's IT desk.
  // Everything is genuinely Google's (gmail.com's and google.com's signatures, Calendar's envelope).
  {
    const fake: Sent = calendarInvite({
      key: 'attack-calendar-invite-gmail-it-desk',
      organizer: 'Kestrel IT Helpdesk <kestrel.it.helpdesk@gmail.com>',
      domain: 'gmail.com',
      summary: 'Mandatory: mailbox migration - re-verify your account',
      to: GMAIL_RD,
      ownSigner: ['gmail.com', '20230601'],
      layout: '',
    });
    fake.dmarc = { 'gmail.com': 'v=DMARC1; p=none; sp=quarantine', 'google.com': 'v=DMARC1; p=reject' };
    emitCase(write, {
      name: 'realworld105-gmail-rd-attack-calendar-invite-gmail-it-desk',
      about: `Attack twin of realworld105-gmail-rd-calendar-invite-colleague: Calendar-invitation phishing from a free Gmail account named "Kestrel IT Helpdesk" (kestrel.it.helpdesk@gmail.com), gmail.com's and google.com's own signatures, Calendar's bounce envelope and Google's IPv6 outbound, all genuine; the event asks the reader to re-verify the account. Read with ${[...GMAIL, ...RD].join(' ')}, online. Wanted: not trusted (the reader's organisation's desk name on a free mailbox).`,
      class: 'platform',
      args: [...GMAIL, ...RD],
      eml: await deliver(fake, 'gmail', GMAIL_RD, 98),
      zone: zoneOf(fake),
      expect: { notVerdict: ['authenticated', 'unverified'] },
    });
  }

  // Second attack twin of realworld105-gmail-rd-appsheet-automation-org-app: an AppSheet app an
  // outsider names after the reader's organisation's IT desk (an AppSheet account made before the
  // May 2026 same-domain restriction may still mail anyone), Reply-To AppSheet's own no-reply as in
  // the reported abuse: the lure is the link into the outsider's app.
  {
    const fake: Sent = {
      ...S.appsheet,
      key: 'attack-appsheet-org-it-desk',
      from: '"Kestrel IT Helpdesk" <noreply@appsheet.com>',
      subject: 'Action required: confirm your mailbox before migration',
      messageId: '<105.appsheet.itdesk.5a6b7c@appsheet.com>',
      headers: ['Reply-To: noreply@appsheet.com'],
      body: 'Your mailbox moves to the new server on Monday.\r\nConfirm your account: https://www.appsheet.com/start/9a8b105c-mailbox-check\r\n\r\nKestrel IT Helpdesk\r\n',
    };
    emitCase(write, {
      name: 'realworld105-gmail-rd-attack-appsheet-org-it-desk-no-reply-to',
      about: `Attack twin of realworld105-gmail-rd-appsheet-automation-org-app: an outsider's AppSheet app named "Kestrel IT Helpdesk" mails a reader at kestrel.example from noreply@appsheet.com (AppSheet's own signature and Google's relay, DMARC pass), Reply-To noreply@appsheet.com as in the reported abuse, a link into the outsider's app asking for the reader's account. Read with ${[...GMAIL, ...RD].join(' ')}, online. Wanted: suspicious (display-name-reader-org: the reader's organisation's name beside a desk's word, in a name an AppSheet app's creator typed, as on a SharePoint share's whole-name notice).`,
      class: 'platform',
      args: [...GMAIL, ...RD],
      eml: await deliver(fake, 'gmail', GMAIL_RD, 97),
      zone: zoneOf(fake),
      expect: { notVerdict: ['authenticated', 'unverified'], findings: ['display-name-reader-org'] },
    });
  }

  // Attack twin of realworld105-gmail-rd-appsheet-automation-org-app: AppSheet's documented abuse, a
  // free AppSheet account mailing as Google's own HR team. Everything is genuinely AppSheet's (its
  // signature, Google's relay), only the name the app's creator typed claims Google.
  {
    const fake: Sent = {
      ...S.appsheet,
      key: 'attack-appsheet-google-ads-team-hr',
      from: '"Google Ads | Team HR" <noreply@appsheet.com>',
      subject: 'Interview invitation - Google Ads Account Strategist',
      messageId: '<105.appsheet.hr.9f8e7d@appsheet.com>',
      headers: ['Reply-To: noreply@appsheet.com'],
      body: 'Dear candidate,\r\n\r\nThe Google Ads hiring team would like to invite you to a short interview.\r\nBook your slot: https://go2.furniture-redirect.example/meet/105\r\n\r\nGoogle Ads | Team HR\r\n',
    };
    emitCase(write, {
      name: 'realworld105-gmail-attack-appsheet-google-ads-team-hr',
      about:
        "Attack twin of realworld105-gmail-rd-appsheet-automation-org-app, the real abuse a SOC write-up reports: a free AppSheet account sends \"Google Ads | Team HR\" <noreply@appsheet.com>, AppSheet's own d=appsheet.com signature and Google's relay, DMARC pass, a meeting link on an unrelated redirect. Read with --webmail gmail, online. Wanted: not trusted (display-name-brand: Google named by a sender whose domain, appsheet.com, is not one of Google's listed domains; anyone can type the name of an AppSheet app).",
      class: 'platform',
      args: GMAIL,
      eml: await deliver(fake, 'gmail', 'robin.reader@gmail.com', 99),
      zone: zoneOf(fake),
      expect: { notVerdict: ['authenticated', 'unverified'], findings: ['display-name-brand'] },
    });
  }
}
