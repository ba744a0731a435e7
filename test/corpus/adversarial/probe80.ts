// Red-team probes, eightieth round (December 2026): trusted platforms' own notifications that carry
// a name the attacker chose. He cannot forge the bank's (northbank.example, p=reject), a built-in
// brand's or the reader's own domain, so he opens an account on a platform that sends, signs and
// passes DMARC as itself, and names the account as he likes: a Google Docs share
// (`"<name> (via Google Docs)" <drive-shares-dm-noreply@google.com>`), a SharePoint Online share
// (`"<name>" <no-reply@sharepointonline.com>` from Exchange Online's outbound), a DocuSign envelope
// (`"<name> via DocuSign" <dse_na2@docusign.net>`), a PayPal invoice (`"<business> via PayPal"
// <service@paypal.com>`). Rules probed: lib/findings/display-name.ts (displayNameRule: brandInName
// / isBrandDomain, domainInName, customersPlatform / CUSTOMERS_PLATFORMS, readerOwn) and
// lib/findings/brand-freemail.ts (not reached: google.com, sharepointonline.com, docusign.net and
// paypal.com are no sign-up domains). Not repeated from README "What still fools": a platform
// account named after a bank that is no built-in brand (`northbank.example` via Stripe/Zendesk),
// a plain "Northbank Security" name on gmail.com / googlegroups.com.
// New angles: the PLATFORM'S OWN BRAND as the user-chosen name ("Google Workspace Admin (via Google
// Docs)" from google.com; "Microsoft 365 Security" from sharepointonline.com; "DocuSign Security
// via DocuSign" from docusign.net): isBrandDomain(brand, from.domain) holds, so no finding; and the
// reader's organisation named by its word, not its domain ("Tidewater IT Helpdesk" for
// tidewater.example). Controls, one per platform family: a colleague's genuine Google Docs share,
// a colleague's SharePoint share, a genuine DocuSign envelope.
// Readers: Gmail (--webmail gmail, receivers.ts gmailDelivery), Outlook (--webmail outlook,
// receivers.ts eopDelivery/eopPass from another tenant's 40.107.x outbound), a self-hosted box
// (Postfix, rspamd, Dovecot LMTP; --authserv-id mx.reader.example); online with a zone.
// Real shapes learnt from (pages corpus): blogs.pugetsound.edu/infosec/the-phish-tank/839
// (`From: James Wilson (via Google Drive) <drive-shares-dm-noreply@google.com>`, a real share
// abused) and blogs.pugetsound.edu/infosec/?p=331 (genuine shares read "Jane Logger (via Google
// Docs)"; "IT Helpdesk (via Google Drive)" as the lure's name); uctechnews.ucop.edu/?p=10919
// (comments-noreply@docs.google.com sends an attacker's Gmail account's comment, all auth passing);
// support.docusign.com "Why am I not getting DocuSign email notifications" (dse_na2@docusign.net
// and the other dse_* senders) and docusign.com/blog/developers/isv-embedded-signing-update-change-
// the-senders-address (the sender's name, DocuSign's address). The SharePoint Online From
// (no-reply@sharepointonline.com) is the one lib/findings/domains.ts already records; the PayPal
// "<business> via PayPal" <service@paypal.com> shape as realworld74 recalls it. Envelope senders,
// selectors and relay names are recalled, not confirmed byte for byte. Google's and Microsoft's
// own addresses are kept (the point is the provider's own path); everything else is documentation.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, RECEIVER, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
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

/** Probes HeaderLens reads wrong today (see the eightieth round's report). */
// Fixed at 11:07 on 2026-12-05 (lib/findings/display-name.ts, brandClaimed; lib/findings/domains.ts,
// brandInNameBesides): probe80-gmail-gdocs-share-named-google-workspace-admin-online ("Google
// Workspace Admin (via Google Docs)" from google.com) and probe80-box-docusign-envelope-named-
// docusign-security-online ("DocuSign Security via DocuSign" from docusign.net) read authenticated
// with no finding: the brand rule skipped a brand named on its own domain, where a platform writes
// the name its user chose before its own "via". Now display-name-brand (medium), "a user of
// google.com chose it". probe80-box-paypal-invoice-named-microsoft-billing-online ("Microsoft
// Billing via PayPal") read authenticated: brandInName named PayPal, first in the list and the
// From's own, and never saw Microsoft; a second brand besides the From's own is now the claim.
// Fixed at 11:07 on 2026-12-05 (lib/findings/display-name.ts, readerNamedByPlatformUser):
// probe80-gmail-gdocs-share-named-reader-org-word-helpdesk-online ("Tidewater IT Helpdesk (via
// Google Docs)" to a reader at tidewater.example) read authenticated; now display-name-reader-org
// (medium) where a platform user's name holds the reader organisation's name (5 letters or more)
// and no Reply-To is at the reader's organisation (a colleague's own share replies to her address).
// Kept out by choice (the lead, 11:07): probe80-outlook-sharepoint-share-named-microsoft-security-
// online ("Microsoft 365 Security" <no-reply@sharepointonline.com>) reads authenticated with a low
// reply-to-other-org note. SharePoint writes the user's name with no "via", so the whole name is
// the user's; but SharePoint's own notices from that address carry Microsoft's names ("SharePoint
// Online"), which no public source here shows apart from a user's, and a rule on the whole name
// would call them suspicious.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe80-outlook-sharepoint-share-named-microsoft-security-online',
]);

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const OUTLOOK_TO = 'Robin Reader <robin.reader@outlook.com>';
const BOX = RECEIVER;
const BOX_TO = 'robin@reader.example';
const OWN_BOX = ['--authserv-id', BOX];
const WANT_BRAND: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-brand'] };
const WANT_DOMAIN: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-domain'] };

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
      extraHeaders: s.replyTo ? [`Reply-To: ${s.replyTo}`] : undefined,
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
    ids: [`x80csp${n}pxa`, `a80si${n}qtb.80`],
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

// Google: drive shares leave from Google's own outbound (mail-sor-f*.google.com) with a bounce
// address under doclist.bounces.google.com, signed d=google.com.
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
const driveBounce = (n: string) => `3Qp80${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`;

// SharePoint Online: the sharer's tenant hands it to Exchange Online's outbound (40.107.x).
const EXO: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2080.outbound.protection.outlook.com',
  ip: '40.107.93.80',
};
const SPO = 'no-reply@sharepointonline.com';
const SPO_ZONE = {
  ...ptr(EXO.ip, EXO.rdns),
  ...M365_SPF_ZONE,
  ...txt('sharepointonline.com', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('sharepointonline.com', 'selector1'),
  ...dmarc('sharepointonline.com', 'reject'),
  ...OTHERS,
};

// DocuSign and PayPal: their own relays, signed with their own domains.
const DOCUSIGN: Relay = { helo: 'mailna2.docusign.net', rdns: 'mailna2.docusign.net', ip: '203.0.113.80' };
const DS_ZONE = {
  ...ptr(DOCUSIGN.ip, DOCUSIGN.rdns),
  ...key('docusign.net', 'dsnet80'),
  ...dmarc('docusign.net', 'reject'),
  ...txt('docusign.net', `v=spf1 ip4:${DOCUSIGN.ip} -all`),
  ...OTHERS,
};
const PAYPAL: Relay = { helo: 'mx80.slc.paypal.com', rdns: 'mx80.slc.paypal.com', ip: '203.0.113.81' };
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
        : await atBox(c.s, `4ZrX80${n}`);
  const base = c.reader === 'gmail' ? GMAIL : c.reader === 'outlook' ? OUTLOOK : OWN_BOX;
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `probe80-${c.cls}`,
    args: [...base, ...(c.args ?? [])],
    eml,
    zone: c.zone,
    expect: c.expect,
  });
}

const SHARE_BODY = (who: string, doc: string) =>
  `${who} shared a document\r\n\r\n${who} has invited you to edit the following document:\r\n\r\n${doc}\r\nhttps://docs.google.com/document/d/1Xp80aBcDeFgHiJkLmNoPqRsTuVwXyZ/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`;

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- Google Docs (Gmail reader) ---
  await emit(write, {
    name: 'probe80-gmail-gdocs-share-named-google-workspace-admin-online',
    cls: 'gdocs-own-brand',
    reader: 'gmail',
    about: `The attacker names his Google account "Google Workspace Admin" and shares a document with the reader; Google sends "Google Workspace Admin (via Google Docs)" <${DRIVE}>, signed d=google.com, from its own outbound (${GOOGLE.ip}), envelope under doclist.bounces.google.com; DMARC p=reject on google.com passes. The document says the reader's account will be suspended unless re-verified. Gmail records every pass. Online. Wanted: not authenticated, or a finding that the name was chosen by a user of Google Docs: Google's name on Google's address is here a user's choice, not Google speaking`,
    s: {
      from: `"Google Workspace Admin (via Google Docs)" <${DRIVE}>`,
      envelope: driveBounce('a'),
      relay: GOOGLE,
      signer: ['google.com', '20230601'],
      subject: 'Document shared with you: "Account suspension notice - action required"',
      body: SHARE_BODY('Google Workspace Admin', 'Account suspension notice - action required'),
      messageId: '<80a1.drive-share.Xq1@docs-share.google.com>',
    },
    zone: GOOGLE_ZONE,
    expect: WANT_BRAND,
  });

  await emit(write, {
    name: 'probe80-gmail-gdocs-share-named-microsoft-365-online',
    cls: 'gdocs-brand',
    reader: 'gmail',
    about: `A Google account named "Microsoft 365 Billing" shares a document: "Microsoft 365 Billing (via Google Docs)" <${DRIVE}>, signed d=google.com, Google's outbound, DMARC passes for google.com. Gmail records every pass. Online. Wanted: not authenticated (display-name-brand: Microsoft's name on google.com)`,
    s: {
      from: `"Microsoft 365 Billing (via Google Docs)" <${DRIVE}>`,
      envelope: driveBounce('b'),
      relay: GOOGLE,
      signer: ['google.com', '20230601'],
      subject: 'Document shared with you: "Invoice MS-80221 overdue"',
      body: SHARE_BODY('Microsoft 365 Billing', 'Invoice MS-80221 overdue'),
      messageId: '<80b2.drive-share.Xq2@docs-share.google.com>',
    },
    zone: GOOGLE_ZONE,
    expect: WANT_BRAND,
  });

  await emit(write, {
    name: 'probe80-gmail-gdocs-share-named-reader-domain-helpdesk-online',
    cls: 'gdocs-reader-domain',
    reader: 'gmail',
    args: ['--recipient-domain', 'reader.example'],
    about: `Internal-IT lure: a Google account named "reader.example IT Helpdesk" shares "Password expiry - re-validate" with the reader (--recipient-domain reader.example): "reader.example IT Helpdesk (via Google Docs)" <${DRIVE}>, signed d=google.com, DMARC passes for google.com. Gmail records every pass. Online. Wanted: not authenticated (display-name-domain medium: the reader's own domain as a Google user's name)`,
    s: {
      from: `"reader.example IT Helpdesk (via Google Docs)" <${DRIVE}>`,
      envelope: driveBounce('c'),
      relay: GOOGLE,
      signer: ['google.com', '20230601'],
      subject: 'Document shared with you: "Password expiry - re-validate today"',
      body: SHARE_BODY('reader.example IT Helpdesk', 'Password expiry - re-validate today'),
      messageId: '<80c3.drive-share.Xq3@docs-share.google.com>',
    },
    zone: GOOGLE_ZONE,
    expect: WANT_DOMAIN,
  });

  await emit(write, {
    name: 'probe80-gmail-gdocs-share-named-reader-org-word-helpdesk-online',
    cls: 'gdocs-reader-word',
    reader: 'gmail',
    args: ['--recipient-domain', 'tidewater.example'],
    about: `Internal-IT lure by the organisation's name, not its domain: the reader works at tidewater.example (--recipient-domain) and a Google account named "Tidewater IT Helpdesk" shares "Mailbox migration - sign in": "Tidewater IT Helpdesk (via Google Docs)" <${DRIVE}>, signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: not authenticated, or a finding that a Google user chose the name of the reader's own organisation`,
    s: {
      from: `"Tidewater IT Helpdesk (via Google Docs)" <${DRIVE}>`,
      envelope: driveBounce('d'),
      relay: GOOGLE,
      signer: ['google.com', '20230601'],
      subject: 'Document shared with you: "Mailbox migration - sign in before Friday"',
      body: SHARE_BODY('Tidewater IT Helpdesk', 'Mailbox migration - sign in before Friday'),
      messageId: '<80d4.drive-share.Xq4@docs-share.google.com>',
    },
    zone: GOOGLE_ZONE,
    expect: NOT_TRUSTED,
  });

  await emit(write, {
    name: 'probe80-gmail-gdocs-share-colleague-control-online',
    cls: 'gdocs-control',
    reader: 'gmail',
    args: ['--recipient-domain', 'tidewater.example'],
    about: `Control: a colleague (Dana Whitfield, dana.whitfield@tidewater.example on Google Workspace) shares the quarterly plan: "Dana Whitfield (via Google Docs)" <${DRIVE}>, Reply-To her own address, signed d=google.com, Google's outbound, DMARC passes. Gmail records every pass. Online. Wanted: authenticated (a person's name on a Google share stays trusted)`,
    s: {
      from: `"Dana Whitfield (via Google Docs)" <${DRIVE}>`,
      envelope: driveBounce('e'),
      relay: GOOGLE,
      signer: ['google.com', '20230601'],
      subject: 'Document shared with you: "Q1 2027 plan"',
      body: SHARE_BODY('Dana Whitfield', 'Q1 2027 plan'),
      messageId: '<80e5.drive-share.Xq5@docs-share.google.com>',
      replyTo: '"Dana Whitfield" <dana.whitfield@tidewater.example>',
    },
    zone: GOOGLE_ZONE,
    expect: AUTHENTICATED,
  });

  // --- SharePoint Online (Outlook reader) ---
  await emit(write, {
    name: 'probe80-outlook-sharepoint-share-named-microsoft-security-online',
    cls: 'spo-own-brand',
    reader: 'outlook',
    about: `The attacker's trial tenant (his custom domain m365-secops.example added to it, so SharePoint's Reply-To is no onmicrosoft.com address) names a user "Microsoft 365 Security" and shares "Unusual sign-in report" with the reader: SharePoint Online sends "Microsoft 365 Security" <${SPO}>, signed d=sharepointonline.com, out of Exchange Online's outbound (${EXO.ip}); EOP records SPF, DKIM and DMARC passes for sharepointonline.com. Online (--webmail outlook). Wanted: not authenticated, or a finding that a SharePoint user chose the name: Microsoft's name on Microsoft's notification address is the tenant user's own choice`,
    s: {
      from: `"Microsoft 365 Security" <${SPO}>`,
      envelope: 'no-reply@sharepointonline.com',
      relay: EXO,
      signer: ['sharepointonline.com', 'selector1'],
      subject: 'Microsoft 365 Security shared "Unusual sign-in report" with you',
      body: 'Microsoft 365 Security shared a file with you\r\n\r\nReview the sign-ins below and confirm your account within 24 hours.\r\nhttps://contoso80-my.sharepoint.com/:b:/g/personal/secops_m365-secops_example/EbP80q\r\n',
      messageId: '<80f6.spo.9a1b@sharepointonline.com>',
      replyTo: '"Microsoft 365 Security" <secops@m365-secops.example>',
    },
    zone: SPO_ZONE,
    expect: WANT_BRAND,
  });

  await emit(write, {
    name: 'probe80-outlook-sharepoint-share-named-bank-domain-online',
    cls: 'spo-bank-domain',
    reader: 'outlook',
    about: `A trial tenant's user named "northbank.example Security" shares "Card on hold - confirm details": "northbank.example Security" <${SPO}>, signed d=sharepointonline.com, Exchange Online's outbound, EOP records every pass. The bank (northbank.example, p=reject) uses no SharePoint notice. Online (--webmail outlook). Wanted: not authenticated (display-name-domain medium: sharepointonline.com is no customers' platform that names its accounts by domain)`,
    s: {
      from: `"northbank.example Security" <${SPO}>`,
      envelope: 'no-reply@sharepointonline.com',
      relay: EXO,
      signer: ['sharepointonline.com', 'selector1'],
      subject: 'northbank.example Security shared "Card on hold - confirm details" with you',
      body: 'northbank.example Security shared a file with you\r\n\r\nYour card is on hold until you confirm your details.\r\nhttps://nbsec80-my.sharepoint.com/:b:/g/personal/sec_nbsec80_onmicrosoft_com/EcQ80r\r\n',
      messageId: '<80g7.spo.9a2c@sharepointonline.com>',
      replyTo: 'sec@nbsec80.onmicrosoft.com',
    },
    zone: SPO_ZONE,
    expect: WANT_DOMAIN,
  });

  await emit(write, {
    name: 'probe80-outlook-sharepoint-share-colleague-control-online',
    cls: 'spo-control',
    reader: 'outlook',
    about: `Control: a partner's employee (Sam Okafor of kestrel.example's tenant) shares a contract draft: "Sam Okafor" <${SPO}>, Reply-To sam.okafor@kestrel.example, signed d=sharepointonline.com, Exchange Online's outbound, EOP records every pass. Online (--webmail outlook). Wanted: authenticated`,
    s: {
      from: `"Sam Okafor" <${SPO}>`,
      envelope: 'no-reply@sharepointonline.com',
      relay: EXO,
      signer: ['sharepointonline.com', 'selector1'],
      subject: 'Sam Okafor shared "Supply contract draft v3" with you',
      body: 'Sam Okafor shared a file with you\r\n\r\nHere is v3 with your comments folded in.\r\nhttps://kestrel-my.sharepoint.com/:w:/g/personal/sam_okafor_kestrel_example/EdR80s\r\n',
      messageId: '<80h8.spo.9a3d@sharepointonline.com>',
      replyTo: '"Sam Okafor" <sam.okafor@kestrel.example>',
    },
    zone: SPO_ZONE,
    expect: AUTHENTICATED,
  });

  // --- DocuSign and PayPal (self-hosted box) ---
  await emit(write, {
    name: 'probe80-box-docusign-envelope-named-docusign-security-online',
    cls: 'ds-own-brand',
    reader: 'box',
    about: `A free DocuSign account named "DocuSign Security" sends an envelope "Verify your account to keep signing": "DocuSign Security via DocuSign" <dse_na2@docusign.net>, signed d=docusign.net, DocuSign's relay (${DOCUSIGN.ip}), DMARC p=reject on docusign.net passes. The self-hosted box records every pass. Online. Wanted: not authenticated, or a finding that the part before "via DocuSign" is a DocuSign user's chosen name`,
    s: {
      from: '"DocuSign Security via DocuSign" <dse_na2@docusign.net>',
      envelope: 'dse_na2@docusign.net',
      relay: DOCUSIGN,
      signer: ['docusign.net', 'dsnet80'],
      subject: 'Please DocuSign: Account verification required',
      body: 'DocuSign Security sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT\r\nhttps://na2.docusign.net/Signing/EmailStart.aspx?a=80a1b2c3&etti=24\r\n',
      messageId: '<80i9.ds.4f1e@docusign.net>',
    },
    zone: DS_ZONE,
    expect: WANT_BRAND,
  });

  await emit(write, {
    name: 'probe80-box-docusign-envelope-named-reader-domain-hr-online',
    cls: 'ds-reader-domain',
    reader: 'box',
    about: `A DocuSign account named "reader.example HR" sends "Updated salary agreement" to robin@reader.example (the box's Delivered-To and the Dovecot line name reader.example): "reader.example HR via DocuSign" <dse_na2@docusign.net>, signed d=docusign.net, DocuSign's relay, DMARC passes. Online. Wanted: not authenticated: docusign.net is a customers' platform, but the reader's own domain as the name stays medium (readerOwn)`,
    s: {
      from: '"reader.example HR via DocuSign" <dse_na2@docusign.net>',
      envelope: 'dse_na2@docusign.net',
      relay: DOCUSIGN,
      signer: ['docusign.net', 'dsnet80'],
      subject: 'Please DocuSign: Updated salary agreement 2027',
      body: 'reader.example HR sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT\r\nhttps://na2.docusign.net/Signing/EmailStart.aspx?a=80d4e5f6&etti=24\r\n',
      messageId: '<80j10.ds.4f2e@docusign.net>',
    },
    zone: DS_ZONE,
    expect: WANT_DOMAIN,
  });

  await emit(write, {
    name: 'probe80-box-paypal-invoice-named-microsoft-billing-online',
    cls: 'pp-brand',
    reader: 'box',
    about: `Callback-scam invoice: a PayPal business account named "Microsoft Billing" sends an invoice for a licence the reader never bought, with a phone number to "cancel": "Microsoft Billing via PayPal" <service@paypal.com>, signed d=paypal.com, PayPal's relay (${PAYPAL.ip}), DMARC p=reject on paypal.com passes. The self-hosted box records every pass. Online. Wanted: not authenticated (display-name-brand: Microsoft's name on paypal.com)`,
    s: {
      from: '"Microsoft Billing via PayPal" <service@paypal.com>',
      envelope: 'service@paypal.com',
      relay: PAYPAL,
      signer: ['paypal.com', 'pp-dkim1'],
      subject: "You've got a new invoice from Microsoft Billing",
      body: 'Microsoft Billing sent you an invoice for $399.99 USD.\r\nNote from seller: Not you? Call +1 555 0180 to cancel within 24 hours.\r\n',
      messageId: '<80k11.pp.INV2-80QX@paypal.com>',
    },
    zone: PP_ZONE,
    expect: WANT_BRAND,
  });

  await emit(write, {
    name: 'probe80-box-docusign-genuine-envelope-control-online',
    cls: 'ds-control',
    reader: 'box',
    about: `Control: a genuine envelope from a supplier's legal team, "Kestrel Legal via DocuSign" <dse_na2@docusign.net>, signed d=docusign.net, DocuSign's relay, DMARC passes for docusign.net. The self-hosted box records every pass. Online. Wanted: authenticated`,
    s: {
      from: '"Kestrel Legal via DocuSign" <dse_na2@docusign.net>',
      envelope: 'dse_na2@docusign.net',
      relay: DOCUSIGN,
      signer: ['docusign.net', 'dsnet80'],
      subject: 'Please DocuSign: Mutual NDA Kestrel - Reader',
      body: 'Kestrel Legal sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT\r\nhttps://na2.docusign.net/Signing/EmailStart.aspx?a=80g7h8i9&etti=24\r\n',
      messageId: '<80l12.ds.4f3e@docusign.net>',
    },
    zone: DS_ZONE,
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
