// Red-team probes, eighty-first round (December 2026): bending the platform-name rules of round 80
// (lib/findings/display-name.ts: brandClaimed with PLATFORM_VIA, readerNamedByPlatformUser /
// display-name-reader-org, CUSTOMERS_PLATFORMS with the newsletter hosts and workspace tools;
// lib/findings/domains.ts brandInNameBesides). The attacker cannot forge the bank's
// (northbank.example, p=reject), a built-in brand's or the reader's own domain, so he names an
// account on a platform that sends, signs and passes DMARC as itself, and bends the name:
// - the reader organisation's word glued to the next one ("TidewaterIT Helpdesk"), and hyphened
//   and in capitals ("TIDEWATER-IT Service Desk", the control of the word rule);
// - a platform that writes its user's chosen name with no "via" at all: a Substack publication
//   (`"<publication name>" <<subdomain>@substack.com>`, both chosen by the writer), so
//   readerNamedByPlatformUser (which needs PLATFORM_VIA) never runs;
// - a List-Id the platform adds for him: a groups.io group he creates ("<display name> via
//   groups.io" <member=domain@groups.io>, List-Id <group.groups.io>), which the reader-org rule
//   takes for "no platform user's name", though the poster's display name is his own choice;
// - a Reply-To he can make look like the reader's organisation: a Google account registered on a
//   look-alike domain he owns (tidewater-it.example), so the share's Reply-To is that address;
// - the second brand glued to its product ("Microsoft365 Billing via PayPal"), which no brand word
//   matches, and the same with a look-alike digit ("Micros0ft Billing via PayPal");
// - a Substack publication named after a brand's domain ("paypal.com") and after the reader's own
//   domain ("tidewater.example"): substack.com now being a customers' platform, does the name fall
//   to a low note?
// - "via" in capitals with a double space inside the user's own part ("Google Security VIA  Google
//   Docs (via Google Docs)": PLATFORM_VIA is greedy, the user part still ends before the last via).
// Controls, one per family: a colleague's Google Docs share, a real Substack newsletter, a real
// groups.io post, a real PayPal invoice.
// What the platforms let a user set (recalled and, where found, cited): Google writes the account's
// own name before "(via Google Docs)" and the account's address as Reply-To (round 80's sources:
// blogs.pugetsound.edu/infosec/the-phish-tank/839, blogs.pugetsound.edu/infosec/?p=331); a Google
// account can be made on any address its owner can confirm (accounts.google.com "Use my current
// email address instead"). Substack lets a writer choose the publication name and its
// <subdomain>.substack.com, and sends as `"<publication>" <<subdomain>@substack.com>` (realworld77's
// `"kottke.org" <kottke@substack.com>`). groups.io lets anyone create a group, rewrites each post's
// From to "<name> via groups.io" <local=domain@groups.io> and adds List-Id <group.groups.io>
// (realworld75); the member's display name is his profile's; in a paid group an owner may add
// members without their consent (groups.io/helpcenter/manual/ownersmanual/managingmembers/
// members_directadd.htm). Substack imports a writer's list by CSV (tella.tv/definition/subscriber-
// import; theauthorstack.beehiiv.com/p/how-to-comp-subscribers-from-your). A PayPal business name is free text at
// sign-up ("<business> via PayPal" <service@paypal.com>, realworld74 / probe80). Envelope senders,
// selectors, relay names and addresses of Substack's and groups.io's outbound are recalled, not
// confirmed byte for byte, and kept to documentation ranges; Google's own are kept as round 80 has them.
// Readers: Gmail (--webmail gmail), Outlook (--webmail outlook, eopDelivery/eopPass), a self-hosted
// box (Postfix, rspamd, Dovecot LMTP; --authserv-id mx.reader.example); online with a zone.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';
import { postfixEntry } from '../rounds-kit';

// Fixed at 11:21 on 2026-12-05 (lib/findings/display-name.ts, outsidersName and namesDeskOf):
// probe81-gmail-gdocs-share-named-reader-org-glued-online ("TidewaterIT Helpdesk (via Google Docs)")
// and probe81-gmail-substack-named-reader-org-helpdesk-no-via-online ("Tidewater IT Helpdesk"
// <tidewaterhelpdesk@substack.com>) read authenticated: the organisation's name was read only as a
// whole word and only before a "via". Now the name glued to a desk's word counts, and a newsletter
// host's or a free mailbox's whole name is the outsider's; the organisation's name must stand
// beside a desk's word (a surname that is the organisation's name is a person's: realworld78).
// Fixed at 11:21 on 2026-12-05 (lib/findings/domains.ts, namesBrand):
// probe81-outlook-paypal-invoice-named-microsoft365-glued-online ("Microsoft365 Billing via PayPal")
// read authenticated; a name is also read with letters and digits apart ("microsoft 365").
// Kept out by choice (the lead, 11:21): probe81-box-groupsio-named-reader-org-list-id-online ("Reader
// IT Service Desk via groups.io" in the attacker's own group, List-Id <reader-staff-notices.groups.io>)
// reads authenticated with list-from-rewritten: a list posts its members' names, and the reader is in
// that list only if he joined it or the attacker paid for a group that adds members directly; reading
// members' names on lists would call a genuine member named after the organisation's office suspicious.
// Read as expected when every pending case was run again on 2026-12-06 at 23:5x (rules added
// since made them so), and taken out of the pending set:
// probe81-box-groupsio-named-reader-org-list-id-online (suspicious).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const OUTLOOK_TO = 'Robin Reader <robin.reader@outlook.com>';
const BOX = RECEIVER;
const BOX_TO = 'robin@reader.example';
const OWN_BOX = ['--authserv-id', BOX];
const TIDEWATER = ['--recipient-domain', 'tidewater.example'];
const WANT_BRAND: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-brand'] };
const WANT_READER: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-reader-org'] };

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  /** The platform's DKIM signer and selector. */
  signer: [string, string];
  subject: string;
  body: string;
  messageId: string;
  replyTo?: string;
  extra?: string[];
}

const fromDomain = (s: Sent) => s.from.slice(s.from.lastIndexOf('@') + 1, -1);

function signed(s: Sent, to: string): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: [...(s.replyTo ? [`Reply-To: ${s.replyTo}`] : []), ...(s.extra ?? [])],
      body: s.body,
    }),
    [s.signer],
  );
}

async function atGmail(s: Sent, n: string): Promise<string> {
  const results = [
    gmailDkim(s.signer[0], s.signer[1]),
    gmailSpf(s.envelope, s.relay.ip),
    gmailDmarc(fromDomain(s), 'REJECT'),
  ].join('\r\n       ');
  return gmailDelivery(await signed(s, GMAIL_TO), {
    relay: s.relay,
    envelope: s.envelope,
    results,
    ids: [`x81csp${n}pxa`, `a81si${n}qtb.81`],
    spf: 'pass',
    deliveredTo: true,
  });
}

async function atOutlook(s: Sent): Promise<string> {
  return eopDelivery(await signed(s, OUTLOOK_TO), {
    ...eopPass(
      s.relay,
      s.envelope.slice(s.envelope.indexOf('@') + 1),
      `dkim=pass (signature was verified)\r\n header.d=${s.signer[0]}`,
      fromDomain(s),
    ),
    returnPath: s.envelope,
  });
}

async function atBox(s: Sent, id: string): Promise<string> {
  const rows = [
    `dkim=pass header.d=${s.signer[0]} header.s=${s.signer[1]} header.b=Q29ycHVz`,
    `spf=pass (${BOX}: domain of ${s.envelope} designates ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope}`,
    `dmarc=pass (policy=reject) header.from=${fromDomain(s)}`,
  ].join(';\r\n\t');
  return onTop(
    await signed(s, `Robin <${BOX_TO}>`),
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${BOX_TO}`,
    dovecotLmtp(BOX, s.envelope, BOX_TO, `${id}LmtpQAAqVw1Bg`, 'Fri, 20 Nov 2026 10:00:07 +0000'),
    `Authentication-Results: ${BOX};\r\n\t${rows}`,
    postfixEntry(s.relay, BOX, id, BOX_TO, 'Fri, 20 Nov 2026 10:00:05 +0000'),
  );
}

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The bank's and the reader organisations' own records. */
const OTHERS = {
  ...dmarc('northbank.example', 'reject'),
  ...txt('northbank.example', 'v=spf1 ip4:192.0.2.10 -all'),
  ...dmarc('tidewater.example', 'quarantine'),
  ...dmarc('reader.example', 'quarantine'),
};

// Google: drive shares leave from Google's own outbound with a bounce under
// doclist.bounces.google.com, signed d=google.com (as round 80).
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
const GOOGLE_ZONE = {
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('doclist.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...OTHERS,
};
const DRIVE = 'drive-shares-dm-noreply@google.com';
const driveBounce = (n: string) => `3Qp81${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`;

// Substack: its own outbound (documentation address), bounces under mg2.substack.com, d=substack.com.
const SUBSTACK: Relay = { helo: 'mg-d81.substack.com', rdns: 'mg-d81.substack.com', ip: '198.51.100.81' };
const SUBSTACK_ZONE = {
  ...ptr(SUBSTACK.ip, SUBSTACK.rdns),
  ...key('substack.com', 'smtp'),
  ...dmarc('substack.com', 'reject'),
  ...txt('mg2.substack.com', `v=spf1 ip4:${SUBSTACK.ip} -all`),
  ...OTHERS,
};
const substackBounce = (n: string) => `bounce+81${n}c2e.f0a81-robin.reader=gmail.com@mg2.substack.com`;

// groups.io: its own relay, envelope bounce+…@groups.io, d=groups.io.
const GROUPSIO: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '198.51.100.82' };
const GROUPSIO_ZONE = {
  ...ptr(GROUPSIO.ip, GROUPSIO.rdns),
  ...key('groups.io', 'dkim'),
  ...dmarc('groups.io', 'reject'),
  ...txt('groups.io', `v=spf1 ip4:${GROUPSIO.ip} -all`),
  ...OTHERS,
};

// PayPal: its own relay, signed d=paypal.com (as round 80).
const PAYPAL: Relay = { helo: 'mx81.slc.paypal.com', rdns: 'mx81.slc.paypal.com', ip: '203.0.113.81' };
const PP_ZONE = {
  ...ptr(PAYPAL.ip, PAYPAL.rdns),
  ...key('paypal.com', 'pp-dkim1'),
  ...dmarc('paypal.com', 'reject'),
  ...txt('paypal.com', `v=spf1 ip4:${PAYPAL.ip} -all`),
  ...OTHERS,
};

interface One {
  name: string;
  about: string;
  reader: 'gmail' | 'outlook' | 'box';
  s: Sent;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  cls: string;
  args?: string[];
}

async function emit(write: CaseWriter, c: One): Promise<void> {
  const n = String(c.name.length).padStart(2, '0');
  const eml =
    c.reader === 'gmail'
      ? await atGmail(c.s, n)
      : c.reader === 'outlook'
        ? await atOutlook(c.s)
        : await atBox(c.s, `4ZrX81${n}`);
  const base = c.reader === 'gmail' ? GMAIL : c.reader === 'outlook' ? OUTLOOK : OWN_BOX;
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `probe81-${c.cls}`,
    args: [...base, ...(c.args ?? [])],
    eml,
    zone: c.zone,
    expect: c.expect,
  });
}

const SHARE_BODY = (who: string, doc: string) =>
  `${who} shared a document\r\n\r\n${who} has invited you to edit the following document:\r\n\r\n${doc}\r\nhttps://docs.google.com/document/d/1Xp81aBcDeFgHiJkLmNoPqRsTuVwXyZ/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`;

const gdocs = (who: string, doc: string, n: string, replyTo?: string): Sent => ({
  from: `"${who} (via Google Docs)" <${DRIVE}>`,
  envelope: driveBounce(n),
  relay: GOOGLE,
  signer: ['google.com', '20230601'],
  subject: `Document shared with you: "${doc}"`,
  body: SHARE_BODY(who, doc),
  messageId: `<81${n}.drive-share.Xq${n}@docs-share.google.com>`,
  replyTo,
});

const substack = (pub: string, sub: string, subject: string, n: string): Sent => ({
  from: `"${pub}" <${sub}@substack.com>`,
  envelope: substackBounce(n),
  relay: SUBSTACK,
  signer: ['substack.com', 'smtp'],
  subject,
  body: `${subject}\r\n\r\nRead on: https://${sub}.substack.com/p/notice-81${n}\r\n\r\nUnsubscribe https://substack.com/redirect/81${n}\r\n`,
  messageId: `<20261120095958.81${n}.${sub}@substack.com>`,
  replyTo: `"${pub}" <reply+2f81${n}@substack.com>`,
  extra: [`List-Unsubscribe: <https://${sub}.substack.com/action/disable_email?token=81${n}>`],
});

const paypal = (business: string, subject: string, body: string, n: string): Sent => ({
  from: `"${business} via PayPal" <service@paypal.com>`,
  envelope: 'service@paypal.com',
  relay: PAYPAL,
  signer: ['paypal.com', 'pp-dkim1'],
  subject,
  body,
  messageId: `<81${n}.pp.INV2-81QX${n}@paypal.com>`,
});

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- Google Docs (Gmail reader): the reader organisation's word bent ---
  await emit(write, {
    name: 'probe81-gmail-gdocs-share-named-reader-org-glued-online',
    cls: 'gdocs-reader-glued',
    reader: 'gmail',
    args: TIDEWATER,
    about: `Internal-IT lure with the organisation's word glued to the next: the reader works at tidewater.example (--recipient-domain) and a Google account named "TidewaterIT Helpdesk" (Google takes any first and last name) shares "Mailbox quota exceeded - sign in": "TidewaterIT Helpdesk (via Google Docs)" <${DRIVE}>, signed d=google.com, Google's outbound, DMARC passes. Gmail records every pass. Online. Wanted: not authenticated (display-name-reader-org: the reader's organisation is the start of a word of the user's name, as a reader reads it)`,
    s: gdocs('TidewaterIT Helpdesk', 'Mailbox quota exceeded - sign in', 'a'),
    zone: GOOGLE_ZONE,
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe81-gmail-gdocs-share-named-reader-org-hyphen-caps-online',
    cls: 'gdocs-reader-hyphen',
    reader: 'gmail',
    args: TIDEWATER,
    about: `The same lure written "TIDEWATER-IT Service Desk" (capitals, a hyphen): "TIDEWATER-IT Service Desk (via Google Docs)" <${DRIVE}> to a reader at tidewater.example, signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: not authenticated (display-name-reader-org: the word rule lower-cases and splits on the hyphen)`,
    s: gdocs('TIDEWATER-IT Service Desk', 'MFA re-enrolment required', 'b'),
    zone: GOOGLE_ZONE,
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe81-gmail-gdocs-share-reader-org-replyto-lookalike-online',
    cls: 'gdocs-reader-replyto',
    reader: 'gmail',
    args: TIDEWATER,
    about: `The attacker registers tidewater-it.example, makes a Google account on helpdesk@tidewater-it.example (Google lets an account use any address its owner confirms) named "Tidewater IT Helpdesk", and shares "Password expiry": "Tidewater IT Helpdesk (via Google Docs)" <${DRIVE}>, Reply-To helpdesk@tidewater-it.example (the account's address, as Google writes it), signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: not authenticated: the Reply-To only looks like the reader's organisation and must not clear display-name-reader-org`,
    s: gdocs(
      'Tidewater IT Helpdesk',
      'Password expiry - re-validate today',
      'c',
      '"Tidewater IT Helpdesk" <helpdesk@tidewater-it.example>',
    ),
    zone: GOOGLE_ZONE,
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe81-gmail-gdocs-share-named-google-security-inner-via-online',
    cls: 'gdocs-inner-via',
    reader: 'gmail',
    about: `A Google account named "Google Security VIA  Google" (first name "Google Security VIA", last name " Google": the user writes his own "via", in capitals, with two spaces) shares a document: Google writes "Google Security VIA  Google (via Google Docs)" <${DRIVE}>, signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: not authenticated (display-name-brand: PLATFORM_VIA takes the last "(via …)" as the platform's, the rest as the user's)`,
    s: gdocs('Google Security VIA  Google', 'Unusual sign-in attempt blocked', 'd'),
    zone: GOOGLE_ZONE,
    expect: WANT_BRAND,
  });

  await emit(write, {
    name: 'probe81-gmail-gdocs-share-colleague-control-online',
    cls: 'gdocs-control',
    reader: 'gmail',
    args: TIDEWATER,
    about: `Control: a colleague (Priya Raman, priya.raman@tidewater.example on Google Workspace) shares the IT rota: "Priya Raman (via Google Docs)" <${DRIVE}>, Reply-To her own address, signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: authenticated`,
    s: gdocs('Priya Raman', 'IT on-call rota December', 'e', '"Priya Raman" <priya.raman@tidewater.example>'),
    zone: GOOGLE_ZONE,
    expect: AUTHENTICATED,
  });

  // --- Substack (Gmail reader): the whole name is the writer's, no "via" ---
  await emit(write, {
    name: 'probe81-gmail-substack-named-reader-org-helpdesk-no-via-online',
    cls: 'substack-reader-word',
    reader: 'gmail',
    args: TIDEWATER,
    about: `The attacker starts a Substack publication named "Tidewater IT Helpdesk" at tidewaterhelpdesk.substack.com and imports the reader's address as a subscriber (Substack's import): Substack sends "Tidewater IT Helpdesk" <tidewaterhelpdesk@substack.com>, Reply-To reply+…@substack.com, signed d=substack.com, Substack's outbound, DMARC p=reject passes. The reader works at tidewater.example (--recipient-domain). Gmail records every pass. Online. Wanted: not authenticated (display-name-reader-org): Substack writes its user's name with no "via", so PLATFORM_VIA never matches, but the whole name is the writer's choice`,
    s: substack(
      'Tidewater IT Helpdesk',
      'tidewaterhelpdesk',
      'Action required: mailbox migration on Friday',
      'f',
    ),
    zone: SUBSTACK_ZONE,
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe81-gmail-substack-named-paypal-domain-online',
    cls: 'substack-brand-domain',
    reader: 'gmail',
    about: `A Substack publication named "paypal.com" (subdomain paypalcom): "paypal.com" <paypalcom@substack.com>, signed d=substack.com, DMARC passes. Subject "Your account access is limited". Gmail records every pass. Online. Wanted: not authenticated (display-name-brand: PayPal's domain as a Substack writer's name; substack.com joining the customers' platforms must not make a brand's domain a low note)`,
    s: substack('paypal.com', 'paypalcom', 'Your account access is limited', 'g'),
    zone: SUBSTACK_ZONE,
    expect: WANT_BRAND,
  });

  await emit(write, {
    name: 'probe81-gmail-substack-named-reader-domain-online',
    cls: 'substack-reader-domain',
    reader: 'gmail',
    args: TIDEWATER,
    about: `A Substack publication named "tidewater.example" (subdomain tidewaterexample) to a reader at tidewater.example: "tidewater.example" <tidewaterexample@substack.com>, signed d=substack.com, DMARC passes. Subject "Staff notice: new expenses portal". Gmail records every pass. Online. Wanted: not authenticated (the reader's own domain as the name stays medium on a customers' platform, readerOwn)`,
    s: substack('tidewater.example', 'tidewaterexample', 'Staff notice: new expenses portal', 'h'),
    zone: SUBSTACK_ZONE,
    expect: NOT_TRUSTED,
  });

  await emit(write, {
    name: 'probe81-gmail-substack-newsletter-control-online',
    cls: 'substack-control',
    reader: 'gmail',
    args: TIDEWATER,
    about: `Control: a genuine Substack newsletter the reader subscribes to, "Harbour Notes" <harbournotes@substack.com>, signed d=substack.com, Substack's outbound, DMARC passes. Gmail records every pass. Online. Wanted: authenticated`,
    s: substack('Harbour Notes', 'harbournotes', 'Harbour Notes #81: winter moorings', 'i'),
    zone: SUBSTACK_ZONE,
    expect: AUTHENTICATED,
  });

  // --- groups.io (self-hosted box): a List-Id the platform adds for the attacker's own group ---
  const groupsio = (who: string, local: string, subject: string, n: string): Sent => ({
    from: `"${who} via groups.io" <${local}@groups.io>`,
    envelope: `bounce+81${n}+1234+5678+0@groups.io`,
    relay: GROUPSIO,
    signer: ['groups.io', 'dkim'],
    subject,
    body: `${subject}\r\n\r\nSign in at https://reader-it-portal.example/login before Friday.\r\n\r\nGroups.io Links:\r\nhttps://groups.io/g/reader-staff-notices/unsub\r\n`,
    messageId: `<81${n}.GIO.17a81@groups.io>`,
    replyTo: `"${who}" <${local}@groups.io>`,
    extra: [
      'List-Id: <reader-staff-notices.groups.io>',
      'List-Unsubscribe: <https://groups.io/g/reader-staff-notices/unsub>',
      'Precedence: list',
    ],
  });
  await emit(write, {
    name: 'probe81-box-groupsio-named-reader-org-list-id-online',
    cls: 'groupsio-reader-word',
    reader: 'box',
    about: `The attacker creates a groups.io group "reader-staff-notices", pays for a Premium group and adds robin@reader.example as a member (an owner's Direct Add, a paid feature), and posts from his own account, whose display name is "Reader IT Service Desk": groups.io writes "Reader IT Service Desk via groups.io" <svcdesk=attacker.example@groups.io>, adds List-Id <reader-staff-notices.groups.io>, signs d=groups.io, DMARC p=reject passes. The self-hosted box (robin@reader.example) records every pass. Online. Wanted: not authenticated (display-name-reader-org): the List-Id is the attacker's own group's, and the name before "via groups.io" is still a platform user's choice`,
    s: groupsio(
      'Reader IT Service Desk',
      'svcdesk=attacker.example',
      'Mandatory: re-register your device',
      'j',
    ),
    zone: GROUPSIO_ZONE,
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe81-box-groupsio-member-post-control-online',
    cls: 'groupsio-control',
    reader: 'box',
    about: `Control: a member of a hobby group the reader belongs to posts: "Dana Whitfield via groups.io" <dana=kestrel.example@groups.io>, List-Id, signed d=groups.io, DMARC passes. The self-hosted box records every pass. Online. Wanted: authenticated`,
    s: {
      ...groupsio('Dana Whitfield', 'dana=kestrel.example', 'Saturday walk moved to 10:00', 'k'),
      body: 'The Saturday walk starts at 10:00 from the harbour car park.\r\n\r\nGroups.io Links:\r\nhttps://groups.io/g/harbour-walkers/unsub\r\n',
      extra: ['List-Id: <harbour-walkers.groups.io>', 'Precedence: list'],
    },
    zone: GROUPSIO_ZONE,
    expect: AUTHENTICATED,
  });

  // --- PayPal (Outlook reader): the second brand glued or disguised ---
  await emit(write, {
    name: 'probe81-outlook-paypal-invoice-named-microsoft365-glued-online',
    cls: 'pp-brand-glued',
    reader: 'outlook',
    about: `Callback-scam invoice with the brand glued to its product: a PayPal business account named "Microsoft365 Billing" (PayPal takes any business name) sends "Microsoft365 Billing via PayPal" <service@paypal.com>, signed d=paypal.com, PayPal's relay, EOP records SPF, DKIM and DMARC passes. Online (--webmail outlook). Wanted: not authenticated (display-name-brand: Microsoft named besides PayPal, as "Microsoft Billing via PayPal" already reads)`,
    s: paypal(
      'Microsoft365 Billing',
      "You've got a new invoice from Microsoft365 Billing",
      'Microsoft365 Billing sent you an invoice for $499.99 USD.\r\nNote from seller: Not you? Call +1 555 0181 to cancel within 24 hours.\r\n',
      'l',
    ),
    zone: PP_ZONE,
    expect: WANT_BRAND,
  });

  await emit(write, {
    name: 'probe81-outlook-paypal-invoice-named-micros0ft-online',
    cls: 'pp-brand-disguised',
    reader: 'outlook',
    about: `The same invoice with a digit for a letter: "Micros0ft Billing via PayPal" <service@paypal.com>, signed d=paypal.com, EOP records every pass. Online (--webmail outlook). Wanted: not authenticated (display-name-brand, high: the brand found only as drawn)`,
    s: paypal(
      'Micros0ft Billing',
      "You've got a new invoice from Micros0ft Billing",
      'Micros0ft Billing sent you an invoice for $499.99 USD.\r\nNote from seller: Not you? Call +1 555 0182 to cancel within 24 hours.\r\n',
      'm',
    ),
    zone: PP_ZONE,
    expect: WANT_BRAND,
  });

  await emit(write, {
    name: 'probe81-outlook-paypal-invoice-control-online',
    cls: 'pp-control',
    reader: 'outlook',
    about: `Control: a genuine invoice from a small shop, "Kestrel Outfitters via PayPal" <service@paypal.com>, signed d=paypal.com, EOP records every pass. Online (--webmail outlook). Wanted: authenticated`,
    s: paypal(
      'Kestrel Outfitters',
      "You've got a new invoice from Kestrel Outfitters",
      'Kestrel Outfitters sent you an invoice for $84.00 USD.\r\nNote from seller: Thanks for the order - the boots ship Monday.\r\n',
      'n',
    ),
    zone: PP_ZONE,
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
