// Real-world delivery shapes, seventy-eighth round: genuine platform mail read against the rules of
// 2026-12-05 11:14 (lib/findings/display-name.ts brandClaimed: a second brand behind the From's own
// brand, and the platform's own brand before its "via"; readerNamedByPlatformUser, new
// display-name-reader-org: the reader's organisation's word in a platform user's name, cleared by
// a Reply-To at the reader's organisation). Genuine mail those rules could misread:
// - a brand's own mail whose name names a second brand: Microsoft's co-branded "Microsoft and
//   LinkedIn" mail, Google Play's YouTube Premium receipt, Meta's "Facebook and Instagram", Xoom's
//   "Xoom, a PayPal Service", PayPal's own receipt naming the merchant;
// - Google Workspace shares and comments by the reader's colleagues (Sheets from a team account
//   with Reply-To, a comment from comments-noreply@docs.google.com), a reader organisation named
//   like a surname (hunter.example; "Jane Hunter (via Google Docs)" from a colleague and from a
//   namesake outside it), the reader's own HR sending a DocuSign envelope, a Google Groups message.
// Readers: Gmail (receivers.ts gmailDelivery), Outlook on the web (eopDelivery/eopPass) and Yahoo
// (yahooOmega), online with a zone, the reader's organisation given by --recipient-domain.
// Sources: probe80's head (blogs.pugetsound.edu/infosec: `"<name> (via Google Docs)"
// <drive-shares-dm-noreply@google.com>`; uctechnews.ucop.edu/?p=10919: comments-noreply@docs.google.com;
// support.docusign.com: dse_na2@docusign.net with the sender's name) for the Google and DocuSign
// shapes; `search` (code) found nickmoline/nickmoline.github.io
// _posts/2009-12-08-google-list-message-headers-changing-…md (Google Groups adding List-Id and the
// other list headers to a group's mail on a Workspace domain). `search` (pages) found no raw
// header of these notices. Recalled, not confirmed byte for byte: Google Play's
// googleplay-noreply@google.com, Meta's security@facebookmail.com, PayPal's service@paypal.com
// receipt, Google Groups' `"'<member>' via <group>"` From. Made up: "Microsoft and LinkedIn" (after
// the two companies' co-branded skills campaign), Xoom's name ("Xoom, a PayPal Service" is its
// tagline, not a recorded From), every person, organisation (tidewater.example, hunter.example),
// document, selector (except Google's 20230601 as probe80), relay address and envelope. Every key
// is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';

// Fixed at 11:21 on 2026-12-05 (lib/findings/display-name.ts, brandClaimed):
// rw78-outlook-microsoft-and-linkedin-cobranded-mail-online read suspicious (LinkedIn named on
// microsoft.com); a second brand now counts only in the part a platform's user chose, before the
// platform's own "via" ("Microsoft Billing via PayPal"), so a brand's own mail may name a sister brand.
// Fixed at 11:21 (lib/findings/domains.ts, BRANDS): rw78-yahoo-xoom-a-paypal-service-transfer-online
// read suspicious; xoom.com, PayPal's money-transfer service, is one of PayPal's domains (venmo.com
// is not: its notices carry its users' chosen names with no "via").
// Fixed at 11:21 (lib/findings/reply-to.ts, personsOwn): rw78-gmail-gdocs-share-friend-personal-gmail-
// account-online and rw78-gmail-gdocs-share-namesake-surname-of-reader-org-online read suspicious
// (reply-to-other-org medium, "replies go to gmail.com"): a brand's service writing for a person whose
// own free mailbox is the Reply-To, named as the From names her, is now a low note. A name chosen to
// look like a brand or the reader's desk keeps its own finding (display-name-brand,
// display-name-reader-org; a Reply-To at a free mailbox never clears the latter, as the reader's own
// gmail.com is no organisation of his: lib/findings/display-name.ts readerNamedByPlatformUser).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Kept out by choice (the lead, 13:59 on 2026-12-05): reads suspicious (display-name-reader-org).
  // DocuSign's Reply-To is typed per envelope (emailSettings.replyEmailAddressOverride: "DocuSign
  // will verify that a correct email format is used, but does not verify that the email is active",
  // developers.docusign.com), so a Reply-To at the reader's organisation no longer clears an account
  // named after its desk (probe86-outlook-docusign-reader-it-desk-replyto-override-reader-org-online
  // reads the same); lib/findings/reader-org.ts ACCOUNT_REPLY_PLATFORMS.
  'rw78-outlook-docusign-envelope-from-own-hr-with-replyto-online',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:50 +0000';
const O_TO = 'robin.reader@outlook.com';
const Y_TO = 'robin.reader@yahoo.com';

type Reader = 'gmail' | 'outlook' | 'yahoo';

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
  /** The reader's own address where the case is about the reader's organisation. */
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
  return gmailDelivery(await signed(s, s.to ?? GMAIL_TO), {
    relay: s.relay,
    envelope: s.envelope,
    results,
    ids: [`x78csp${n}01pxa`, `a78si${n}01qtb.78`],
    spf: 'pass',
    deliveredTo: true,
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

const NO = ' arc_overridden_status=NOT_OVERRIDDEN;';
async function atYahoo(s: Sent, n: number): Promise<string> {
  const env = domainOf(s.envelope);
  const ar = [
    `dkim=pass header.i=@${s.signer[0]} header.s=${s.signer[1]}${NO}`,
    `spf=pass smtp.mailfrom=${env}${NO}`,
    `dmarc=pass(p=${s.policy.toUpperCase()}) header.from=${fromDomain(s)}${NO}`,
  ];
  return yahooOmega(
    await signed(s, Y_TO),
    {
      ip: s.relay.ip,
      helo: s.relay.helo,
      envelope: s.envelope,
      spf: `pass (domain of ${env} designates ${s.relay.ip} as permitted sender)`,
      ar: ar.join('\r\n '),
    },
    { tag: 'Rw78', pod: `7f78${n}a`, inner: '10.253.62.178', to: Y_TO },
  );
}

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The reader organisations' own records. */
const ORGS = {
  ...dmarc('tidewater.example', 'quarantine'),
  ...txt('tidewater.example', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...dmarc('hunter.example', 'quarantine'),
  ...txt('hunter.example', 'v=spf1 ip4:209.85.128.0/17 -all'),
};

/** One sender's own path: its relay at a documentation address (or Google's), its key, SPF, DMARC. */
function sender(
  p: { from: string; envelope: string; rdns: string; ip: string; d: string; sel: string; policy: string },
  rest: Pick<Sent, 'subject' | 'body' | 'messageId' | 'extraHeaders' | 'to'>,
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

// Google's outbound, as probe80: mail-sor-f*.google.com, bounces under doclist.bounces.google.com.
const GOOGLE_IP = '209.85.220.69';
const GOOGLE_RDNS = 'mail-sor-f69.google.com';
const DRIVE = 'drive-shares-dm-noreply@google.com';
const driveBounce = (n: string) => `3Rq78${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`;
const google = (
  from: string,
  envelope: string,
  rest: Pick<Sent, 'subject' | 'body' | 'messageId' | 'extraHeaders' | 'to'>,
) =>
  sender(
    { from, envelope, rdns: GOOGLE_RDNS, ip: GOOGLE_IP, d: 'google.com', sel: '20230601', policy: 'reject' },
    rest,
  );

const SHARE = (who: string, doc: string, kind: string, id: string) =>
  `${who} shared a ${kind}\r\n\r\n${who} has invited you to edit the following ${kind}:\r\n\r\n${doc}\r\nhttps://docs.google.com/${kind === 'spreadsheet' ? 'spreadsheets' : 'document'}/d/1Yr78${id}aBcDeFgHiJkLmNoPqRsTuVw/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`;

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
  const eml =
    c.reader === 'gmail'
      ? await atGmail(c.s, n)
      : c.reader === 'outlook'
        ? await atOutlook(c.s)
        : await atYahoo(c.s, n);
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
const HUNTER = ['--recipient-domain', 'hunter.example'];

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. Microsoft's co-branded mail naming LinkedIn (the second brand, Microsoft's own company).
  await emit(write, {
    name: 'rw78-outlook-microsoft-and-linkedin-cobranded-mail-online',
    about:
      'Microsoft\u2019s co-branded skills mail ("Microsoft and LinkedIn" <skills@email.microsoft.com>: name made up after the two companies\u2019 joint campaign), signed d=microsoft.com, SPF for the bounce host, DMARC pass for microsoft.com. Read in Outlook on the web with a zone. Wanted: authenticated: LinkedIn is Microsoft\u2019s own, the second brand is no claim against it.',
    reader: 'outlook',
    expect: AUTHENTICATED,
    s: sender(
      {
        from: '"Microsoft and LinkedIn" <skills@email.microsoft.com>',
        envelope: 'bounce-78a1@bounce.email.microsoft.com',
        rdns: 'mail78a.email.microsoft.com',
        ip: '198.51.100.78',
        d: 'microsoft.com',
        sel: 'mscom78',
        policy: 'reject',
      },
      {
        subject: 'Free courses to build your AI skills',
        body: 'Microsoft and LinkedIn are offering free learning paths this month.\r\n\r\nStart learning: https://learn.microsoft.com/training/\r\n\r\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\r\n',
        messageId: '<78a1.skills@email.microsoft.com>',
        extraHeaders: ['List-Unsubscribe: <https://account.microsoft.com/unsubscribe?id=78a1>'],
      },
    ),
  });

  // 2. Google Play's receipt for YouTube Premium: Google's two names, one brand.
  await emit(write, {
    name: 'rw78-gmail-google-play-youtube-premium-receipt-online',
    about:
      'Google Play\u2019s order receipt for a YouTube Premium subscription ("Google Play" <googleplay-noreply@google.com>, subject naming YouTube), Google\u2019s outbound, d=google.com, DMARC pass. Read in Gmail with a zone. Wanted: authenticated, no display-name-brand (YouTube is one of Google\u2019s words).',
    reader: 'gmail',
    expect: { verdict: 'authenticated', absentFindings: ['display-name-brand'] },
    s: google('"Google Play" <googleplay-noreply@google.com>', 'googleplay-noreply+78b2@google.com', {
      subject: 'Your Google Play Order Receipt from Nov 20, 2026: YouTube Premium',
      body: 'Thank you. You\u2019ve made a purchase from the Google Play Store.\r\n\r\nYouTube Premium (monthly)  EUR 12.99\r\n\r\nOrder number: GPA.7878-7878-7878-78782\r\n',
      messageId: '<78b2.receipt@google.com>',
    }),
  });

  // 3. Xoom, PayPal's remittance service, naming PayPal in its own name.
  await emit(write, {
    name: 'rw78-yahoo-xoom-a-paypal-service-transfer-online',
    about:
      'Xoom\u2019s transfer notice named by its tagline ("Xoom, a PayPal Service" <service@xoom.com>: the From made up), Xoom\u2019s relay, d=xoom.com, SPF and DMARC pass for xoom.com. Read in Yahoo Mail with a zone. Wanted: authenticated: PayPal named by PayPal\u2019s own service.',
    reader: 'yahoo',
    expect: AUTHENTICATED,
    s: sender(
      {
        from: '"Xoom, a PayPal Service" <service@xoom.com>',
        envelope: 'bounce-78c3@mail.xoom.com',
        rdns: 'mx78.mail.xoom.com',
        ip: '203.0.113.78',
        d: 'xoom.com',
        sel: 'xm78',
        policy: 'reject',
      },
      {
        subject: 'Your money is on its way',
        body: 'Your transfer of USD 200.00 to Maria is on its way and should arrive today.\r\n\r\nTrack it: https://www.xoom.com/activity\r\n',
        messageId: '<78c3.transfer@xoom.com>',
      },
    ),
  });

  // 4. Meta naming both of its products.
  await emit(write, {
    name: 'rw78-gmail-meta-facebook-and-instagram-accounts-centre-online',
    about:
      'Meta\u2019s Accounts Centre notice naming both products ("Facebook and Instagram" <security@facebookmail.com>: the From recalled), d=facebookmail.com, SPF and DMARC pass. Read in Gmail with a zone. Wanted: authenticated, no display-name-brand (both words are the one brand\u2019s).',
    reader: 'gmail',
    expect: { verdict: 'authenticated', absentFindings: ['display-name-brand'] },
    s: sender(
      {
        from: '"Facebook and Instagram" <security@facebookmail.com>',
        envelope: 'notification+78d4@facebookmail.com',
        rdns: 'mx-out78.facebookmail.com',
        ip: '198.51.100.179',
        d: 'facebookmail.com',
        sel: 's1024-2013-q3',
        policy: 'reject',
      },
      {
        subject: 'Your Facebook and Instagram accounts are now connected',
        body: 'You added your Instagram account to the same Accounts Centre as your Facebook account.\r\n\r\nReview: https://accountscenter.facebook.com/\r\n',
        messageId: '<78d4.acc@facebookmail.com>',
      },
    ),
  });

  // 5. PayPal's own receipt naming the merchant in the subject only.
  await emit(write, {
    name: 'rw78-outlook-paypal-receipt-naming-merchant-online',
    about:
      'PayPal\u2019s receipt for a payment to a merchant ("PayPal" <service@paypal.com>, subject "Receipt for your payment to Netflix International B.V."), PayPal\u2019s relay, d=paypal.com, SPF and DMARC pass. Read in Outlook on the web with a zone. Wanted: authenticated, no display-name-brand (the merchant is in the subject, not the name).',
    reader: 'outlook',
    expect: { verdict: 'authenticated', absentFindings: ['display-name-brand'] },
    s: sender(
      {
        from: '"PayPal" <service@paypal.com>',
        envelope: 'service@paypal.com',
        rdns: 'mx78.slc.paypal.com',
        ip: '203.0.113.179',
        d: 'paypal.com',
        sel: 'pp-dkim1',
        policy: 'reject',
      },
      {
        subject: 'Receipt for your payment to Netflix International B.V.',
        body: 'You sent a payment of EUR 12.99 to Netflix International B.V.\r\n\r\nTransaction ID: 78E5078E5078E50\r\n',
        messageId: '<78e5.receipt@paypal.com>',
      },
    ),
  });

  // 6. A colleague's team account shares a sheet, Reply-To at the reader's organisation.
  await emit(write, {
    name: 'rw78-gmail-gsheets-share-org-team-account-with-replyto-online',
    about:
      'The reader\u2019s finance team shares the budget from its Workspace account ("Tidewater Finance (via Google Sheets)" <drive-shares-dm-noreply@google.com>, Reply-To finance@tidewater.example), Google\u2019s outbound, d=google.com, DMARC pass; the reader at tidewater.example (--recipient-domain). Read in Gmail with a zone. Wanted: authenticated: the Reply-To at the reader\u2019s own organisation clears display-name-reader-org.',
    reader: 'gmail',
    args: TIDEWATER,
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
    s: google(`"Tidewater Finance (via Google Sheets)" <${DRIVE}>`, driveBounce('f6'), {
      subject: 'Spreadsheet shared with you: "FY27 budget draft"',
      body: SHARE('Tidewater Finance', 'FY27 budget draft', 'spreadsheet', 'f6'),
      messageId: '<78f6.drive-share@docs-share.google.com>',
      extraHeaders: ['Reply-To: "Tidewater Finance" <finance@tidewater.example>'],
    }),
  });

  // 7. A comment notice from comments-noreply@docs.google.com by a colleague's team account.
  await emit(write, {
    name: 'rw78-gmail-gdocs-comment-org-team-account-comments-noreply-online',
    about:
      'A comment by the reader\u2019s facilities team on a shared document ("Tidewater Facilities (Google Docs)" <comments-noreply@docs.google.com>, no "via", Reply-To the comment thread\u2019s own docs.google.com address), Google\u2019s outbound, d=google.com, DMARC pass; the reader at tidewater.example. Read in Gmail with a zone. Wanted: authenticated, no display-name-reader-org (a comment notice names its author without "via").',
    reader: 'gmail',
    args: TIDEWATER,
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
    s: google('"Tidewater Facilities (Google Docs)" <comments-noreply@docs.google.com>', driveBounce('g7'), {
      subject: 'Office move plan',
      body: 'Tidewater Facilities replied to a comment in "Office move plan"\r\n\r\n"Desks arrive on the 3rd; please label your boxes."\r\n\r\nReply: https://docs.google.com/document/d/1Yr78g7aBcDeFgHiJkLmNo/edit?disco=AAAB78g7\r\n',
      messageId: '<78g7.comment@docs.google.com>',
      extraHeaders: ['Reply-To: "Tidewater Facilities (Google Docs)" <d+AORGpRd78g7noreply@docs.google.com>'],
    }),
  });

  // 8. Reader organisation named like a surname: a colleague named Jane Hunter shares, Reply-To hers.
  await emit(write, {
    name: 'rw78-gmail-gdocs-share-colleague-surname-is-org-word-online',
    about:
      'The reader works at hunter.example; a colleague, Jane Hunter, shares a document from her Workspace account ("Jane Hunter (via Google Docs)" <drive-shares-dm-noreply@google.com>, Reply-To jane.hunter@hunter.example), Google\u2019s outbound, d=google.com, DMARC pass. Read in Gmail with a zone. Wanted: authenticated: the Reply-To at the reader\u2019s organisation clears it.',
    reader: 'gmail',
    args: HUNTER,
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
    s: google(`"Jane Hunter (via Google Docs)" <${DRIVE}>`, driveBounce('h8'), {
      subject: 'Document shared with you: "Onboarding checklist"',
      body: SHARE('Jane Hunter', 'Onboarding checklist', 'document', 'h8'),
      messageId: '<78h8.drive-share@docs-share.google.com>',
      extraHeaders: ['Reply-To: "Jane Hunter" <jane.hunter@hunter.example>'],
    }),
  });

  // 9. The same surname on someone outside the organisation, sharing from her own Gmail account.
  await emit(write, {
    name: 'rw78-gmail-gdocs-share-namesake-surname-of-reader-org-online',
    about:
      'The reader works at hunter.example; a friend outside it, Alice Hunter, shares holiday photos from her own Google account ("Alice Hunter (via Google Docs)" <drive-shares-dm-noreply@google.com>, Reply-To alice.hunter@gmail.com), Google\u2019s outbound, d=google.com, DMARC pass. Read in Gmail with a zone. Wanted: authenticated: a person\u2019s surname that happens to be the organisation\u2019s word is no internal-IT lure.',
    reader: 'gmail',
    args: HUNTER,
    expect: AUTHENTICATED,
    s: google(`"Alice Hunter (via Google Docs)" <${DRIVE}>`, driveBounce('i9'), {
      subject: 'Document shared with you: "Lake District trip"',
      body: SHARE('Alice Hunter', 'Lake District trip', 'document', 'i9'),
      messageId: '<78i9.drive-share@docs-share.google.com>',
      extraHeaders: ['Reply-To: "Alice Hunter" <alice.hunter@gmail.com>'],
    }),
  });

  // 9b. The same share from a friend whose name has no organisation word: isolates the Reply-To rule.
  await emit(write, {
    name: 'rw78-gmail-gdocs-share-friend-personal-gmail-account-online',
    about:
      'A friend shares a document from her own Google account ("Dana Whitfield (via Google Docs)" <drive-shares-dm-noreply@google.com>, Reply-To dana.whitfield@gmail.com), Google\u2019s outbound, d=google.com, DMARC pass; no reader organisation given. Read in Gmail with a zone. Wanted: authenticated: a person\u2019s own Google account answering at her own Gmail address, the shape of every personal share.',
    reader: 'gmail',
    expect: AUTHENTICATED,
    s: google(`"Dana Whitfield (via Google Docs)" <${DRIVE}>`, driveBounce('i9b'), {
      subject: 'Document shared with you: "Allotment rota"',
      body: SHARE('Dana Whitfield', 'Allotment rota', 'document', 'i9b'),
      messageId: '<78i9b.drive-share@docs-share.google.com>',
      extraHeaders: ['Reply-To: "Dana Whitfield" <dana.whitfield@gmail.com>'],
    }),
  });

  // 10. The reader's own HR sends a DocuSign envelope, Reply-To at the reader's organisation.
  await emit(write, {
    name: 'rw78-outlook-docusign-envelope-from-own-hr-with-replyto-online',
    about:
      'The reader\u2019s HR sends the annual policy acknowledgement through DocuSign ("Hunter People Team via DocuSign" <dse_na2@docusign.net>, Reply-To people@hunter.example), DocuSign\u2019s relay, d=docusign.net, SPF and DMARC pass; the reader at hunter.example. Read in Outlook on the web with a zone. Wanted: authenticated (Reply-To at the reader\u2019s organisation).',
    reader: 'outlook',
    args: HUNTER,
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
    s: sender(
      {
        from: '"Hunter People Team via DocuSign" <dse_na2@docusign.net>',
        envelope: 'bounces+78j10@docusign.net',
        rdns: 'mailna2.docusign.net',
        ip: '203.0.113.80',
        d: 'docusign.net',
        sel: 'dsnet78',
        policy: 'reject',
      },
      {
        subject: 'Please DocuSign: 2027 Code of Conduct acknowledgement',
        body: 'Hunter People Team sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT: https://na2.docusign.net/Signing/EmailStart.aspx?a=78j10\r\n',
        messageId: '<78j10.envelope@docusign.net>',
        extraHeaders: ['Reply-To: "Hunter People Team" <people@hunter.example>'],
        to: 'robin@hunter.example',
      },
    ),
  });

  // 11. Same, without Reply-To: pinned as suspicious by the rule's own design.
  await emit(write, {
    name: 'rw78-outlook-docusign-envelope-own-hr-no-replyto-online',
    about:
      'As the previous case, but the envelope carries no Reply-To ("Hunter People Team via DocuSign" <dse_na2@docusign.net>). Nothing on the message ties the account to hunter.example, and that is exactly the internal lure\u2019s shape. Read in Outlook on the web with a zone. Pinned: suspicious (display-name-reader-org), a reason a reader accepts: "a DocuSign user chose your organisation\u2019s name".',
    reader: 'outlook',
    args: HUNTER,
    expect: { ...NOT_TRUSTED, findings: ['display-name-reader-org'] },
    s: sender(
      {
        from: '"Hunter People Team via DocuSign" <dse_na2@docusign.net>',
        envelope: 'bounces+78k11@docusign.net',
        rdns: 'mailna2.docusign.net',
        ip: '203.0.113.80',
        d: 'docusign.net',
        sel: 'dsnet78',
        policy: 'reject',
      },
      {
        subject: 'Please DocuSign: 2027 Code of Conduct acknowledgement',
        body: 'Hunter People Team sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT: https://na2.docusign.net/Signing/EmailStart.aspx?a=78k11\r\n',
        messageId: '<78k11.envelope@docusign.net>',
        to: 'robin@hunter.example',
      },
    ),
  });

  // 12. A Google Groups message from a colleague on the organisation's own Workspace domain.
  await emit(write, {
    name: 'rw78-gmail-google-groups-colleague-via-group-online',
    about:
      'A colleague writes to the engineering group on the reader\u2019s Workspace domain; Groups rewrites the From ("\'Jane Hunter\' via Engineering" <engineering@hunter.example>), adds List-Id and Reply-To the group, and Google\u2019s outbound signs d=hunter.example; SPF (Google\u2019s range written out, the zone holding no _spf.google.com) and DMARC pass. Read in Gmail with a zone. Wanted: authenticated, no display-name-reader-org (a list, the organisation\u2019s own domain).',
    reader: 'gmail',
    args: HUNTER,
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
    s: sender(
      {
        from: '"\'Jane Hunter\' via Engineering" <engineering@hunter.example>',
        envelope: 'engineering+bncBD78l12@hunter.example',
        rdns: 'mail-sor-f41.google.com',
        ip: '209.85.220.41',
        d: 'hunter.example',
        sel: 'google',
        policy: 'quarantine',
      },
      {
        subject: 'Release freeze starts Monday',
        body: 'Hi all, the release freeze starts Monday. Please land your changes by Friday.\r\n\r\nJane\r\n\r\n--\r\nYou received this message because you are subscribed to the Google Groups "Engineering" group.\r\n',
        messageId: '<CAF78l12xJane@mail.gmail.com>',
        extraHeaders: [
          'Reply-To: engineering@hunter.example',
          'List-Id: <engineering.hunter.example>',
          'Mailing-list: list engineering@hunter.example; contact engineering+owners@hunter.example',
          'Precedence: list',
          'List-Post: <https://groups.google.com/a/hunter.example/group/engineering/post>, <mailto:engineering@hunter.example>',
        ],
      },
    ),
  });
}
