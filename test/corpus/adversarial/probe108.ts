// Red-team probes, round 108: Google's and Microsoft's own notification services as the delivery
// vehicle, a name the attacker chose on mail the service really sent, signed and aligned by it.
// - Google AppSheet (`noreply@appsheet.com`): the app's "Send an email" task writes the From name
//   the app's builder chose and the body he typed. The April-May 2025 campaign impersonated Meta
//   and Facebook ("Facebook Copyright Team" <noreply@appsheet.com>, subject "Enforcement of
//   Copyright violation decision on your account": myantispyware.com 2025-04-29, techpinas.com
//   2025-04); Sublime Security's rule "Service abuse: AppSheet infrastructure with suspicious
//   indicators" keys on sender.email == noreply@appsheet.com, brand words in the display name
//   (Meta, Facebook, Google…) and spares Reply-To at the reader's own organisation (the builder
//   may set it), and its Meta rule reads "Meta Support"-style names. appsheet.com's envelope, SPF,
//   selector and Google's relay are assumed (Google-hosted domain: include:_spf.google.com, d=
//   appsheet.com), not confirmed from a header sample.
// - Google Calendar: "<organiser's name>" <calendar-notification@google.com>, Sender: Google
//   Calendar, Reply-To the organiser, envelope …@calendar-server.bounces.google.com, d=google.com
//   (the layout of test/corpus/legit/realworld48.ts and realworld62.ts; calendar phishing from
//   free accounts: montclair.edu phish-files 2025-10, safebrowz.com "calendar phishing").
// - Google Classroom: "<teacher> (Classroom)" <no-reply@classroom.google.com>, d=google.com,
//   envelope at classroom.bounces.google.com, from memory (not found in the search corpus; a
//   Japanese help page names the reply address reply@classroom.google.com). Any personal Google
//   account may create a class (Google opened class creation to personal accounts in 2019).
// - Google Cloud Application Integration's Send Email task (Check Point, 2025-12-22, reported by
//   securitybuzz.com and technews.tw) takes Recipients, Subject and Body only (its documentation,
//   cloud.google.com/application-integration/docs/send-email-task): no name the attacker chooses,
//   so a body-only lure the header reading cannot and should not judge; not probed. Azure Monitor
//   alerts (azure-noreply@microsoft.com, IRONSCALES 2026-03) likewise. SharePoint under a brand's
//   name is kept out by choice (probe80), Teams/Docs/Chat/Forms were probe95's.
// What the rules do: lib/findings/reader-org.ts outsidersName reads a user's chosen name only on
// free mail, newsletter/invoice hosts, WHOLE_NAME_NOTIFIERS, Teams' hosts, Shopify stores, instance
// platforms, tenants, and the part before PLATFORM_VIA's "via" on CUSTOMERS_PLATFORMS or a brand's
// domain. lib/findings/display-name.ts brandClaimed reads a brand on its own domain as no claim
// unless PLATFORM_VIA or " in Teams" splits a user's part off. domains.ts's Facebook brand has the
// words "facebook" and "instagram", not "meta".
// Receivers: Gmail (gmailDelivery) and Exchange Online (eopDelivery) as probe95 builds them.
// Documentation names and addresses except Google's, Microsoft's and Meta's own hosts and ranges.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const READER = `Robin Reader <robin.reader@${ORG}>`;

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
}

function signed(s: Sent): Promise<string> {
  const raw = submitted({
    from: s.from,
    to: READER,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  return signAll(raw, s.signers);
}

// Google's outbound for its own service mail (209.85.128.0/17, mail-sor-f*.google.com).
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
// Meta's outbound (69.171.232.0/24 is in facebookmail.com's SPF).
const META: Relay = {
  helo: '69-171-232-143.mail-mxout.facebook.com',
  rdns: '69-171-232-143.mail-mxout.facebook.com',
  ip: '69.171.232.143',
};
const ZONE = {
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...ptr(META.ip, META.rdns),
  ...M365_SPF_ZONE,
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('calendar-server.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('classroom.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt('appsheet.com', 'v=spf1 include:_spf.google.com ~all'),
  ...key('appsheet.com', 'google'),
  ...dmarc('appsheet.com', 'reject'),
  ...txt('facebookmail.com', 'v=spf1 ip4:69.171.232.0/24 ip4:66.220.144.0/20 -all'),
  ...key('facebookmail.com', 's1024-2013-q3'),
  ...dmarc('facebookmail.com', 'reject'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
};

/** Gmail's delivery with every check passing for the first signer (the From's domain). */
async function atGmail(s: Sent, n: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: [
      gmailDkim(d, sel),
      gmailSpf(s.envelope, s.relay.ip),
      gmailDmarc(domainOf(s.from), 'REJECT'),
    ].join('\r\n       '),
    ids: [`x108csp${n}pxa`, `a108si${n}qtb.108`],
    spf: 'pass',
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });
}

/** Exchange Online's delivery into the reader's tenant, every check passing for the first signer. */
async function atOutlook(s: Sent): Promise<string> {
  return eopDelivery(await signed(s), {
    ...eopPass(
      s.relay,
      domainOf(s.envelope),
      `dkim=pass (signature was verified)\r\n header.d=${s.signers[0]?.[0] ?? 'none'}`,
      domainOf(s.from),
    ),
    returnPath: s.envelope,
  });
}

const APPSHEET = 'noreply@appsheet.com';
/** An AppSheet app's "Send an email" task: the builder's From name, Reply-To if he set one. */
const appsheet = (who: string, subject: string, body: string, n: string, replyTo?: string): Sent => ({
  from: `"${who}" <${APPSHEET}>`,
  envelope: APPSHEET,
  relay: GOOGLE,
  signers: [['appsheet.com', 'google']],
  subject,
  body: `${body}\r\n\r\nPowered by AppSheet\r\nhttps://www.appsheet.com\r\n`,
  messageId: `<CAJ108${n}appsheet.Xq${n}@mail.gmail.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

const CAL = 'calendar-notification@google.com';
/** A Google Calendar invitation: the organiser's name on Calendar's address, Reply-To the organiser. */
const calendar = (who: string, organiser: string, title: string, desc: string, n: string): Sent => ({
  from: `"${who}" <${CAL}>`,
  envelope: `3Qp108${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@calendar-server.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  subject: `Invitation: ${title} @ Mon 23 Nov 2026 09:00 - 09:30 (GMT)`,
  body: `${who} has invited you to a meeting.\r\n\r\n${title}\r\nMonday 23 Nov 2026 09:00 - 09:30 (GMT)\r\n\r\n${desc}\r\n\r\nOrganizer: ${organiser}\r\nInvitation from Google Calendar\r\n`,
  messageId: `<calendar-108${n}c1e9a4-3b7d-4f2a-9e8c-1d6b5a4f3e${n}0@google.com>`,
  extra: ['Sender: Google Calendar <calendar-notification@google.com>', `Reply-To: "${who}" <${organiser}>`],
});

const CLASSROOM = 'no-reply@classroom.google.com';
/** A Google Classroom announcement: "<teacher> (Classroom)" on Classroom's address. */
const classroom = (who: string, klass: string, text: string, n: string): Sent => ({
  from: `"${who} (Classroom)" <${CLASSROOM}>`,
  envelope: `3Rq108${n}ClAsSrOoMxyz-AbCdEfGh.IjK@classroom.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  subject: `New announcement: "${text.slice(0, 40)}"`,
  body: `${who} posted a new announcement in ${klass}\r\n\r\n${text}\r\n\r\nOPEN\r\nhttps://classroom.google.com/c/NjA4MTA4${n}\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA\r\n`,
  messageId: `<108${n}.classroom.Xq${n}@google.com>`,
});

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
}

function emit(write: CaseWriter, c: One): void {
  emitCase(write, { ...c, zone: ZONE, class: `probe108-${c.cls}` });
}

const META_BODY =
  'Decision on handling an account violating Intellectual Property Rights (Decision No. 108-4471)\r\n\r\nYour advertising content includes materials that appear to infringe the rights of a third party. Your account will be permanently disabled within 24 hours.\r\n\r\nSubmit an appeal: https://meta-appeal-center.notice-relay.example/case/108';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 */
// Fixed at 19:46 on 2026-12-05 (lib/findings/domains.ts, lib/findings/platforms.ts,
// lib/findings/reader-org.ts outsidersName): "Meta" in its support and business phrases ("Meta
// Support", "Meta Business Support") names Facebook's brand; AppSheet writes its app creator's
// whole chosen name (WHOLE_NAME_PLATFORMS); Google Calendar's invitations from
// calendar-notification@google.com carry the organiser's whole name (addressUsersName; not the
// product's own "Google Calendar"); Classroom's "<name> (Classroom)" is its user's name
// (notifierUsersName). So the AppSheet "Meta Support" and "Tidewater IT Helpdesk" lures, the
// Calendar "Tidewater IT Helpdesk" and "Tidewater Payroll" invitations and the Classroom
// "Tidewater IT Helpdesk (Classroom)" notice read suspicious, not authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- AppSheet ---
  emit(write, {
    name: 'probe108-gmail-appsheet-meta-support-appeal-org-online',
    cls: 'appsheet-brand',
    about: `The attacker's AppSheet app (a free Google account) mails "Meta Support" <${APPSHEET}>: "Your Page has been restricted - submit an appeal", signed d=appsheet.com, SPF and DMARC pass for appsheet.com, out of Google (${GOOGLE.ip}). The 2025 AppSheet campaign's lure (Meta/Facebook copyright and appeal notices). Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (Meta's name on AppSheet's mail).`,
    eml: await atGmail(
      appsheet('Meta Support', 'Your Page has been restricted - submit an appeal', META_BODY, 'a'),
      'a',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-gmail-appsheet-facebook-copyright-team-online',
    cls: 'appsheet-brand',
    about: `The campaign's own name: "Facebook Copyright Team" <${APPSHEET}>, subject "Enforcement of Copyright violation decision on your account" (myantispyware.com, techpinas.com), signed d=appsheet.com, every pass. Online, gmail. Wanted: not trusted (display-name-brand: Facebook on appsheet.com).`,
    eml: await atGmail(
      appsheet(
        'Facebook Copyright Team',
        'Enforcement of Copyright violation decision on your account',
        META_BODY,
        'b',
      ),
      'b',
    ),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-outlook-appsheet-meta-business-support-online',
    cls: 'appsheet-brand',
    about: `"Meta Business Support" <${APPSHEET}> delivered to a Microsoft 365 mailbox: Google's outbound into EOP, every pass for appsheet.com. Online, outlook, no --recipient-domain. Wanted: not trusted.`,
    eml: await atOutlook(
      appsheet(
        'Meta Business Support',
        'Action required: your ad account violates our policies',
        META_BODY,
        'c',
      ),
    ),
    args: [...OUTLOOK],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-gmail-appsheet-tidewater-it-helpdesk-org-online',
    cls: 'appsheet-desk',
    about: `The attacker's AppSheet app names its mail "Tidewater IT Helpdesk" <${APPSHEET}>, Reply-To tw.ithelp108@gmail.com (AppSheet lets the builder type it), "Mailbox quota exceeded - verify within 24 hours", signed d=appsheet.com, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (an outsider named as the reader's IT desk).`,
    eml: await atGmail(
      appsheet(
        'Tidewater IT Helpdesk',
        'Mailbox quota exceeded - verify within 24 hours',
        'Your mailbox is 98% full. Verify your account at https://tidewater-sso.notice-relay.example to keep receiving mail.',
        'd',
        '"Tidewater IT Helpdesk" <tw.ithelp108@gmail.com>',
      ),
      'd',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-gmail-appsheet-tidewater-it-helpdesk-no-reply-to-org-online',
    cls: 'appsheet-desk',
    about: `As the helpdesk app, with no Reply-To set (the builder leaves it empty; the link is the lure): "Tidewater IT Helpdesk" <${APPSHEET}>, signed d=appsheet.com, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org: an AppSheet builder's chosen name holding the reader's organisation beside a desk's word).`,
    eml: await atGmail(
      appsheet(
        'Tidewater IT Helpdesk',
        'Mailbox quota exceeded - verify within 24 hours',
        'Your mailbox is 98% full. Verify your account at https://tidewater-sso.notice-relay.example to keep receiving mail.',
        'n',
      ),
      'n',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-gmail-appsheet-own-fleet-bookings-control-online',
    cls: 'control',
    about: `Control: the organisation's own AppSheet app "Fleet Bookings" mails a booking confirmation, "Fleet Bookings" <${APPSHEET}>, Reply-To fleet@${ORG} (Sublime's rule spares AppSheet mail answering at the reader's own organisation), signed d=appsheet.com, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (a neutral app name).`,
    eml: await atGmail(
      appsheet(
        'Fleet Bookings',
        'Booking confirmed: van TW-04, Tue 24 Nov',
        'Your booking of van TW-04 for Tuesday 24 November is confirmed. Keys at reception.',
        'e',
        `"Fleet Bookings" <fleet@${ORG}>`,
      ),
      'e',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe108-gmail-facebookmail-meta-for-business-control-online',
    cls: 'control',
    about: `Control for a "Meta" brand word: Meta's own Business notice, "Meta for Business" <notification@facebookmail.com>, signed d=facebookmail.com, out of Meta's outbound (${META.ip}), every pass. Online, gmail. Wanted: authenticated (Meta's name on Meta's domain).`,
    eml: await atGmail(
      {
        from: '"Meta for Business" <notification@facebookmail.com>',
        envelope: 'notification@facebookmail.com',
        relay: META,
        signers: [['facebookmail.com', 's1024-2013-q3']],
        subject: 'Your ad account has a new payment method',
        body: 'A new payment method was added to your ad account 108108108.\r\n\r\nMeta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025\r\n',
        messageId: '<108f.meta.bNf2@facebookmail.com>',
      },
      'f',
    ),
    args: [...GMAIL],
    expect: AUTHENTICATED,
  });

  // --- Google Calendar ---
  emit(write, {
    name: 'probe108-gmail-calendar-tidewater-it-helpdesk-org-online',
    cls: 'calendar-desk',
    about: `The attacker's Gmail account named "Tidewater IT Helpdesk" invites the reader: "Tidewater IT Helpdesk" <${CAL}>, Sender: Google Calendar, Reply-To tw.ithelp108@gmail.com, envelope at calendar-server.bounces.google.com, signed d=google.com, DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atGmail(
      calendar(
        'Tidewater IT Helpdesk',
        'tw.ithelp108@gmail.com',
        'Mandatory MFA re-enrolment',
        'Re-enrol before the meeting: https://tidewater-sso.notice-relay.example/mfa',
        'g',
      ),
      'g',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-outlook-calendar-tidewater-payroll-org-online',
    cls: 'calendar-desk',
    about: `As the helpdesk invitation, "Tidewater Payroll" <${CAL}>, Reply-To tw.payroll108@gmail.com, "Payroll bank details review", delivered to a Microsoft 365 mailbox through EOP, every pass for google.com. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atOutlook(
      calendar(
        'Tidewater Payroll',
        'tw.payroll108@gmail.com',
        'Payroll bank details review',
        'Confirm your bank details before the call: https://tidewater-payroll.notice-relay.example',
        'h',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-gmail-calendar-google-workspace-security-online',
    cls: 'calendar-brand',
    about: `The attacker's Gmail account named "Google Workspace Security" invites the reader to "Account suspension review": "Google Workspace Security" <${CAL}>, Reply-To gws.security108@gmail.com, signed d=google.com, DMARC pass. Google's name on Google's address, chosen by a Gmail user (Calendar writes the organiser's name; its own reminders say "Google Calendar"). Online, gmail. Wanted: not trusted (today reply-to-other-org medium: Calendar's Reply-To carries the same branded name at gmail.com).`,
    eml: await atGmail(
      calendar(
        'Google Workspace Security',
        'gws.security108@gmail.com',
        'Account suspension review',
        'Your Workspace account will be suspended. Verify at https://workspace-verify.notice-relay.example',
        'i',
      ),
      'i',
    ),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-gmail-calendar-microsoft-account-team-online',
    cls: 'calendar-brand',
    about: `A Gmail account named "Microsoft account team" invites the reader to "Unusual sign-in activity": "Microsoft account team" <${CAL}>, Reply-To ms.account108@gmail.com, signed d=google.com, DMARC pass. Online, gmail. Wanted: not trusted (display-name-brand: Microsoft on google.com).`,
    eml: await atGmail(
      calendar(
        'Microsoft account team',
        'ms.account108@gmail.com',
        'Unusual sign-in activity',
        'Review the sign-in: https://account-live.notice-relay.example',
        'j',
      ),
      'j',
    ),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-gmail-calendar-own-it-helpdesk-control-online',
    cls: 'control',
    about: `Control: the organisation's own IT desk Workspace account (helpdesk@${ORG}) invites staff to a training: "Tidewater IT Helpdesk" <${CAL}>, Sender: Google Calendar, Reply-To helpdesk@${ORG} (Calendar writes the organiser's own account address), signed d=google.com, DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (ACCOUNT_REPLY_PLATFORMS spares the organisation's own account).`,
    eml: await atGmail(
      calendar('Tidewater IT Helpdesk', `helpdesk@${ORG}`, 'New laptop training', 'Bring your laptop.', 'k'),
      'k',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // --- Google Classroom ---
  emit(write, {
    name: 'probe108-gmail-classroom-tidewater-it-helpdesk-org-online',
    cls: 'classroom-desk',
    about: `The attacker's personal Google account "Tidewater IT Helpdesk" creates a class "Security awareness 2027" and adds the reader: "Tidewater IT Helpdesk (Classroom)" <${CLASSROOM}>, signed d=google.com, DMARC pass, no Reply-To. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted ("(Classroom)" is Google's suffix, the rest the user's).`,
    eml: await atGmail(
      classroom(
        'Tidewater IT Helpdesk',
        'Security awareness 2027',
        'All staff must complete the password check today: https://tidewater-sso.notice-relay.example/check',
        'l',
      ),
      'l',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe108-gmail-classroom-teacher-control-online',
    cls: 'control',
    about: `Control: a teacher's genuine Classroom announcement, "Helen Okafor (Classroom)" <${CLASSROOM}>, signed d=google.com, DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      classroom('Helen Okafor', 'Year 9 Biology', 'Homework for Thursday: read chapter 4.', 'm'),
      'm',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
