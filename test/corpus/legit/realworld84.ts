// Real-world delivery shapes, eighty-fourth round: genuine mail on the four exemptions the lead is
// narrowing after red-team round 86, read in Gmail with --recipient-domain tidewater.example.
// Rules read: lib/findings/reader-org.ts readerNamedByPlatformUser (display-name-reader-org, cleared
// today by any List-Id and by a Reply-To at the reader's organisation), lib/findings/reply-to.ts
// personsOwn (a small firm's desk-named Google share replying to its own Gmail),
// lib/findings/lookalike.ts readerNameInFront (tidewatergroup.example, tidewaterhr.example,
// tidewater.co.uk), lib/findings/own-domain.ts ownDomainRule (the firm's own From at p=none,
// nothing aligned, SPF passing for an envelope outside the organisation).
// Paths (14 cases; Gmail unless said): the firm's IT desk posting to an outside Google Group that
// keeps From, and (Yahoo) to a Mailman list that munges it ("… via Sysadmins", the poster in Cc,
// Reply-To the list: only List-Id clears the reader-org rule); a staffer's private Gmail named
// "Tidewater HR (Jane)" with Reply-To hr@; HR's DocuSign envelope (Outlook on the web, EOP pass);
// payroll's Google Docs share; two small firms' desk-named Google shares replying to their own
// Gmail; an unrelated "Tidewater Group"; a payroll provider's tenant domain tidewaterhr.example;
// the firm's UK office at tidewater.co.uk; and the firm's own From at p=none through SendGrid
// without custom DKIM (known ESP; Outlook, EOP compauth=fail reason=601), a CRM on a rented AWS
// server with its own bounce domain (hosted server), a colleague's unsigned post through a Mailman
// list that rewrites the envelope (neither), a booking tool's invitation (neither).
// Sources: Google Groups' list fields (List-Id <name.googlegroups.com>, Mailing-list, X-Original-
// Sender) from nickmoline/nickmoline.github.io _posts/2009-12-08-google-list-message-headers-…md
// and a Raindrop list extractor's comment (`code` search, "Google Groups message headers List-Id");
// DocuSign's sending addresses dse@docusign.net, dse_na2@docusign.net (support.docusign.com
// "Why am I not getting DocuSign email notifications", `pages` search); Mailman 2.1's
// dmarc_moderation_action "Munge From" ("Name via List", poster in Reply-To or Cc) recalled from
// its admin help; Google Docs' drive-shares-dm-noreply@google.com and doclist.bounces.google.com
// envelope as in earlier rounds (realworld38). Gmail's entry, Yahoo's (yahooDelivery) and EOP's
// (eopDelivery, m365-shapes.ts) are test/corpus/receivers.ts's; EOP's compauth=fail reason=601 for
// the organisation's own accepted domain is recalled from Microsoft Learn's anti-spam message
// headers table (a `pages` search found nothing to cite); AWS_IP is kit.ts's.
// Made up: every person, firm, relay address (documentation ranges; Google's 209.85.220.x,
// SendGrid's 149.72.x and DocuSign's 64.207.219.x where the provider is the point). Every key is
// the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { AWS_IP, emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import {
  eopDelivery,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';

// Pending: none. Every case reads what a reader accepts today (pend.ts ALL=1, 2026-12-05); the
// cases pin today's readings so the narrowing of these exemptions shows what it costs:
// - display-name-reader-org: the Yahoo Mailman case is cleared ONLY by List-Id; Jane's, DocuSign's
//   and payroll's only by the Reply-To at tidewater.example (Jane's expects only "not spoofed").
// - personsOwn: the two Google shares expect authenticated (they carry reply-to-other-org).
// - readerNameInFront: tidewatergroup.example reads authenticated with no finding; tidewaterhr.example
//   and tidewater.co.uk read suspicious (lookalike-domain), expected "not spoofed" only.
// - own-domain-unauthenticated: never met where SPF passes for a non-organisation envelope.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Kept out by choice (the lead, 13:59 on 2026-12-05): reads suspicious (display-name-reader-org).
  // DocuSign's Reply-To is typed per envelope (emailSettings.replyEmailAddressOverride: "DocuSign
  // will verify that a correct email format is used, but does not verify that the email is active",
  // developers.docusign.com), so a Reply-To at the reader's organisation no longer clears an account
  // named after its desk (rw78 and probe86-outlook-docusign-reader-it-desk-replyto-override-reader-
  // org-online reads the same); lib/findings/reader-org.ts ACCOUNT_REPLY_PLATFORMS.
  'rw84-outlook-hr-onboarding-docusign-via-reply-to-hr-online',
  // Kept out by choice (the lead, 13:59 on 2026-12-05): reads suspicious (own-domain-
  // unauthenticated). Nothing of the reader's own organisation authenticates it, at p=none, and the
  // envelope and server are another's: in every header the receiver wrote, the forger's own envelope
  // of probe86-gmail-ceo-p-none-own-envelope-elsewhere-online. A list's headers are the sender's
  // own. The organisation's way out is to sign its mail (a signed post keeps the list's excuse).
  'rw84-gmail-own-colleague-unsigned-mailman-keeps-from-p-none-online',
  // Kept out by choice (the lead, 13:59 on 2026-12-05): reads suspicious (own-domain-
  // unauthenticated), as the Mailman case above: a booking tool sending as the organisation with its
  // own envelope and no signature of the organisation's is what the forger's own server looks like;
  // a known ESP's relay stays unverified.
  'rw84-gmail-own-colleague-invite-booking-tool-p-none-online',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:50 +0000';
const ROBIN = 'robin@tidewater.example';
const TIDEWATER = ['--recipient-domain', 'tidewater.example'];

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  /** Signatures that verify, outermost last. */
  signers: [string, string][];
  subject: string;
  body: string;
  messageId: string;
  extraHeaders?: string[];
  /** DMARC policy of the From's domain, as Gmail prints it. */
  policy: string;
  dmarc: 'pass' | 'fail' | 'none';
  zone: Record<string, unknown>;
  to?: string;
}

const fromDomain = (s: Sent) => s.from.slice(s.from.lastIndexOf('@') + 1, -1);
const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1);
const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The reader organisation's own records (Workspace; p=quarantine unless a case says none). */
const ORGS = {
  ...dmarc('tidewater.example', 'quarantine'),
  ...txt('tidewater.example', 'v=spf1 ip4:198.51.100.84 include:_spf.google.com -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...key('tidewater.example', 'google'),
};
const ORGS_NONE = { ...ORGS, ...dmarc('tidewater.example', 'none') };

type Where = 'gmail' | 'outlook' | 'yahoo';

async function eml(s: Sent, n: number, where: Where): Promise<string> {
  const raw = submitted({
    from: s.from,
    to: s.to ?? ROBIN,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extraHeaders,
    body: s.body,
  });
  const msg = s.signers.length ? await signAll(raw, s.signers) : raw;
  const envDomain = domainOf(s.envelope);
  if (where === 'yahoo') {
    const d =
      s.dmarc === 'none'
        ? 'dmarc=none'
        : `dmarc=${s.dmarc}(p=${s.policy.toUpperCase()}) header.from=${fromDomain(s)};`;
    return yahooDelivery(msg, {
      relay: s.relay,
      envelope: s.envelope,
      results: s.signers.length
        ? yahooResults(s.signers, envDomain, d)
        : `dkim=unknown;\r\n spf=pass smtp.mailfrom=${envDomain};\r\n ${d}`,
    });
  }
  if (where === 'outlook') {
    // EOP's id-less record: the firm's own accepted domain failing implicit authentication is
    // compauth=fail reason=601 (intra-organisation spoof), else a pass.
    const own = fromDomain(s) === 'tidewater.example' && s.dmarc !== 'pass';
    const last = s.signers.at(-1);
    const dkim = last
      ? `dkim=pass (signature was verified)\r\n header.d=${last[0]}`
      : 'dkim=none (message not signed)\r\n header.d=none';
    return eopDelivery(msg, {
      ip: s.relay.ip,
      helo: s.relay.helo,
      ar: `spf=pass (sender IP is ${s.relay.ip})\r\n smtp.mailfrom=${envDomain}; ${dkim};dmarc=${s.dmarc === 'pass' ? 'pass' : 'fail'} action=none\r\n header.from=${fromDomain(s)};compauth=${own ? 'fail reason=601' : 'pass reason=100'}`,
      spf: `Pass (protection.outlook.com: domain of ${envDomain} designates\r\n ${s.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${s.relay.ip}; helo=${s.relay.helo}; pr=C`,
      returnPath: `<${s.envelope}>`,
    });
  }
  const results = [
    ...(s.signers.length ? s.signers.map(([d, sel]) => gmailDkim(d, sel)) : ['dkim=none']),
    gmailSpf(s.envelope, s.relay.ip, 'pass'),
    s.dmarc === 'none'
      ? `dmarc=none header.from=${fromDomain(s)}`
      : gmailDmarc(fromDomain(s), s.policy.toUpperCase(), s.dmarc),
  ].join('\r\n       ');
  return gmailDelivery(msg, {
    relay: s.relay,
    envelope: s.envelope,
    results,
    ids: [`x84csp${n}01pxa`, `a84si${n}01qtb.84`],
    spf: 'pass',
    deliveredTo: true,
    to: 'robin.reader@gmail.com',
  });
}

interface One {
  name: string;
  about: string;
  s: Sent;
  expect: CaseExpectation;
  where?: Where;
  /** The reader's organisation domains, when more than tidewater.example. */
  readers?: string[];
}

async function emit(write: CaseWriter, c: One): Promise<void> {
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: 'display-name',
    args: [
      '--webmail',
      c.where ?? 'gmail',
      ...(c.readers ? c.readers.flatMap((d) => ['--recipient-domain', d]) : TIDEWATER),
    ],
    eml: await eml(c.s, c.name.length, c.where ?? 'gmail'),
    zone: c.s.zone,
    expect: c.expect,
  });
}

const relay = (rdns: string, ip: string): Relay => ({ helo: rdns, rdns, ip });
const GOOGLE_GROUPS = relay('mail-sor-f69.google.com', '209.85.220.69');
const GOOGLE_DOCS = relay('mail-sor-f73.google.com', '209.85.220.73');
const GMAIL_OUT = relay('mail-sor-f41.google.com', '209.85.220.41');
const OPSFORUM = relay('lists.opsforum.example', '203.0.113.84');

/** Google's own records for a share or a group (google.com, googlegroups.com, gmail.com). */
const GOOGLE = {
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('doclist.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('gmail.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...key('googlegroups.com', '20230601'),
  ...key('google.com', '20230601'),
  ...key('gmail.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...dmarc('gmail.com', 'none'),
  ...dmarc('googlegroups.com', 'none'),
};
const LIST_ZONE = {
  ...ptr(OPSFORUM.ip, OPSFORUM.rdns),
  ...txt('lists.opsforum.example', `v=spf1 ip4:${OPSFORUM.ip} -all`),
  ...key('lists.opsforum.example', 'list'),
  ...dmarc('opsforum.example', 'reject'),
};

/** Mailman 2.1's list fields for sysadmins@lists.opsforum.example. */
const MAILMAN_FIELDS = [
  'List-Id: Sysadmins forum <sysadmins.lists.opsforum.example>',
  'List-Unsubscribe: <https://lists.opsforum.example/mailman/options/sysadmins>,\r\n <mailto:sysadmins-request@lists.opsforum.example?subject=unsubscribe>',
  'List-Post: <mailto:sysadmins@lists.opsforum.example>',
  'List-Help: <mailto:sysadmins-request@lists.opsforum.example?subject=help>',
  'Precedence: list',
  'Errors-To: sysadmins-bounces@lists.opsforum.example',
  'Sender: "Sysadmins" <sysadmins-bounces@lists.opsforum.example>',
];

/** A Google Docs share by `name` whose Reply-To is `replyTo`. */
function docsShare(name: string, replyTo: string, subject: string, body: string, id: string): Sent {
  return {
    from: `"${name} (via Google Docs)" <drive-shares-dm-noreply@google.com>`,
    envelope: `3${id}-drive-shares-dm@doclist.bounces.google.com`,
    relay: GOOGLE_DOCS,
    signers: [['google.com', '20230601']],
    subject,
    body,
    messageId: `<${id}@google.com>`,
    extraHeaders: [`Reply-To: ${replyTo}`, 'X-Google-Id: 84'],
    policy: 'reject',
    dmarc: 'pass',
    zone: { ...ptr(GOOGLE_DOCS.ip, GOOGLE_DOCS.rdns), ...GOOGLE, ...ORGS },
  };
}

/** An outside firm's own signed server, p=reject. */
function firm(from: string, d: string, ip: string, subject: string, body: string): Sent {
  const r = relay(`mail.${d}`, ip);
  return {
    from,
    envelope: `${from.slice(from.lastIndexOf('<') + 1, from.indexOf('@'))}@${d}`,
    relay: r,
    signers: [[d, 'sel1']],
    subject,
    body,
    messageId: `<${subject.length}.84@mail.${d}>`,
    policy: 'reject',
    dmarc: 'pass',
    zone: {
      ...ptr(r.ip, r.rdns),
      ...key(d, 'sel1'),
      ...dmarc(d, 'reject'),
      ...txt(d, `v=spf1 ip4:${ip} -all`),
      ...ORGS,
    },
  };
}

/** The firm's own From at p=none sent by a third party: SPF passes for its envelope, nothing aligned. */
function ownViaThirdParty(
  from: string,
  envelope: string,
  r: Relay,
  signer: [string, string] | undefined,
  subject: string,
  body: string,
  extraHeaders: string[] = [],
): Sent {
  return {
    from,
    envelope,
    relay: r,
    signers: signer ? [signer] : [],
    subject,
    body,
    messageId: `<${subject.length}.${r.ip.split('.').join('')}@${domainOf(envelope)}>`,
    extraHeaders,
    policy: 'none',
    dmarc: 'fail',
    zone: {
      ...ptr(r.ip, r.rdns),
      ...txt(domainOf(envelope), `v=spf1 ip4:${r.ip} -all`),
      ...(signer ? key(signer[0], signer[1]) : {}),
      ...ORGS_NONE,
    },
  };
}

const NOT_SPOOFED = { notVerdict: ['spoofed'] };

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- 1. display-name-reader-org ---------------------------------------------------------------
  await emit(write, {
    name: 'rw84-gmail-it-helpdesk-googlegroups-keeps-from-online',
    about:
      'The firm\u2019s IT desk ("Tidewater IT Helpdesk" <it@tidewater.example>, Workspace, d=tidewater.example) posts to an outside industry Google Group (sysadmins@googlegroups.com) that keeps From; Google Groups re-sends it with its own envelope and a googlegroups.com signature, the firm\u2019s signature surviving. Robin is subscribed and reads it in Gmail. Wanted: authenticated, no display-name-reader-org (the From is the reader\u2019s own organisation, aligned).',
    s: {
      from: '"Tidewater IT Helpdesk" <it@tidewater.example>',
      envelope: 'sysadmins+bncBDX84ABCDEFGHIJK@googlegroups.com',
      relay: GOOGLE_GROUPS,
      signers: [
        ['tidewater.example', 'google'],
        ['googlegroups.com', '20230601'],
      ],
      to: 'sysadmins@googlegroups.com',
      subject: 'Heads-up: expired intermediate on the regional CA',
      body: 'All,\r\n\r\nIf your monitoring flagged the regional CA this morning, the intermediate expired at 06:00 UTC; the new bundle is on their site.\r\n\r\nTidewater IT Helpdesk\r\n',
      messageId: '<CAF84helpdesk+ca@mail.gmail.com>',
      extraHeaders: [
        'X-Original-Sender: it@tidewater.example',
        'Precedence: list',
        'Mailing-list: list sysadmins@googlegroups.com; contact sysadmins+owners@googlegroups.com',
        'List-ID: <sysadmins.googlegroups.com>',
        'List-Post: <https://groups.google.com/group/sysadmins/post>, <mailto:sysadmins@googlegroups.com>',
        'List-Unsubscribe: <mailto:googlegroups-manage+84+unsubscribe@googlegroups.com>',
      ],
      policy: 'quarantine',
      dmarc: 'pass',
      zone: { ...ptr(GOOGLE_GROUPS.ip, GOOGLE_GROUPS.rdns), ...GOOGLE, ...ORGS },
    },
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
  });

  for (const [inReplyTo, where] of [[false, 'yahoo']] as const) {
    await emit(write, {
      where,
      name: `rw84-${where}-it-helpdesk-mailman-munged-from-poster-in-${inReplyTo ? 'reply-to' : 'cc'}-online`,
      about: `The same IT desk posts to an outside Mailman 2.1 list whose DMARC action is "Munge From": the list writes From "Tidewater IT Helpdesk via Sysadmins" <sysadmins@lists.opsforum.example>, signs d=lists.opsforum.example and rewrites the envelope to sysadmins-bounces@; the poster goes ${inReplyTo ? 'into Reply-To (it@tidewater.example)' : 'into Cc, Reply-To naming the list (reply_goes_to_list)'}. Read in ${where === 'yahoo' ? 'Yahoo Mail' : 'Gmail'} with --recipient-domain tidewater.example. Wanted: authenticated, no display-name-reader-org: the munged name is the list naming its poster, and ${inReplyTo ? 'the Reply-To is the reader\u2019s own' : 'only List-Id and the Cc say so'}.`,
      s: {
        from: '"Tidewater IT Helpdesk via Sysadmins" <sysadmins@lists.opsforum.example>',
        envelope: 'sysadmins-bounces@lists.opsforum.example',
        relay: OPSFORUM,
        signers: [['lists.opsforum.example', 'list']],
        to: 'sysadmins@lists.opsforum.example',
        subject: '[Sysadmins] Patch Tuesday: print spooler regression',
        body: 'Anyone else seeing the spooler crash after this month\u2019s update? Rolling back on our side.\r\n\r\nTidewater IT Helpdesk\r\n_______________________________________________\r\nSysadmins mailing list\r\n',
        messageId: '<84spooler.helpdesk@smtp.tidewater.example>',
        extraHeaders: [
          inReplyTo
            ? 'Reply-To: "Tidewater IT Helpdesk" <it@tidewater.example>'
            : 'Reply-To: sysadmins@lists.opsforum.example',
          ...(inReplyTo ? [] : ['Cc: "Tidewater IT Helpdesk" <it@tidewater.example>']),
          ...MAILMAN_FIELDS,
        ],
        policy: 'reject',
        dmarc: 'pass',
        zone: { ...LIST_ZONE, ...ORGS },
      },
      expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
    });
  }

  await emit(write, {
    name: 'rw84-gmail-staffer-private-gmail-tidewater-hr-jane-reply-to-hr-online',
    about:
      'Jane in HR, at home, writes from her private Gmail as "Tidewater HR (Jane)" <jane.marsh.1987@gmail.com> with Reply-To hr@tidewater.example so answers land in the HR box. Signed by gmail.com, SPF passes, gmail.com p=none. Read in Gmail with --recipient-domain tidewater.example. Wanted: never spoofed; a caution that a gmail.com account uses the firm\u2019s desk name is a reason a reader accepts (this is also the lure\u2019s exact shape), so authenticated or suspicious are both honest.',
    s: {
      from: '"Tidewater HR (Jane)" <jane.marsh.1987@gmail.com>',
      envelope: 'jane.marsh.1987@gmail.com',
      relay: GMAIL_OUT,
      signers: [['gmail.com', '20230601']],
      subject: 'Your leave balance - quick fix',
      body: 'Hi Robin,\r\n\r\nI\u2019m off sick but saw your note: the 3 days are back on your balance. Reply goes to the HR box.\r\n\r\nJane\r\n',
      messageId: '<CAJane84+leave@mail.gmail.com>',
      extraHeaders: ['Reply-To: "Tidewater HR" <hr@tidewater.example>'],
      policy: 'none',
      dmarc: 'pass',
      zone: { ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns), ...GOOGLE, ...ORGS },
    },
    expect: NOT_SPOOFED,
  });

  const DSE = relay('mailna2.docusign.net', '64.207.219.84');
  for (const where of ['outlook'] as const)
    await emit(write, {
      where,
      name: `rw84-${where}-hr-onboarding-docusign-via-reply-to-hr-online`,
      about: `The firm\u2019s HR sends onboarding papers through DocuSign: From "Tidewater HR via Docusign" <dse_na2@docusign.net>, Reply-To hr@tidewater.example (DocuSign replies to the sending user), signed d=docusign.net, SPF passes for docusign.net. Read in ${where === 'outlook' ? 'Outlook on the web (EOP recording spf, dkim, dmarc pass, compauth=pass reason=100)' : 'Gmail'} with --recipient-domain tidewater.example. Wanted: authenticated, no display-name-reader-org (the Reply-To is the reader\u2019s own organisation).`,
      s: {
        from: '"Tidewater HR via Docusign" <dse_na2@docusign.net>',
        envelope: 'dse_na2@docusign.net',
        relay: DSE,
        signers: [['docusign.net', 's1']],
        subject: 'Complete with Docusign: Onboarding pack - Robin Reader',
        body: 'Tidewater HR sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT\r\n\r\nDo Not Share This Email\r\n',
        messageId: '<84a1b2c3d4e5@docusign.net>',
        extraHeaders: ['Reply-To: "Tidewater HR" <hr@tidewater.example>'],
        policy: 'reject',
        dmarc: 'pass',
        zone: {
          ...ptr(DSE.ip, DSE.rdns),
          ...key('docusign.net', 's1'),
          ...dmarc('docusign.net', 'reject'),
          ...txt('docusign.net', `v=spf1 ip4:${DSE.ip} -all`),
          ...ORGS,
        },
      },
      expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
    });

  await emit(write, {
    name: 'rw84-gmail-payroll-google-docs-share-reply-to-payroll-online',
    about:
      'The firm\u2019s payroll account shares the new timesheet template from Google Docs: From "Tidewater Payroll (via Google Docs)" <drive-shares-dm-noreply@google.com>, Reply-To payroll@tidewater.example, signed d=google.com. Read in Gmail with --recipient-domain tidewater.example. Wanted: authenticated, no display-name-reader-org.',
    s: docsShare(
      'Tidewater Payroll',
      '"Tidewater Payroll" <payroll@tidewater.example>',
      'Timesheet template 2027 - Invitation to edit',
      'Tidewater Payroll has invited you to edit the following spreadsheet: Timesheet template 2027\r\n',
      'AAAA84payroll',
    ),
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
  });

  // --- 2. personsOwn ------------------------------------------------------------------------------
  for (const [slug, name, reply] of [
    ['smith-plumbing-billing', 'Smith Plumbing Billing', 'smithplumbing.billing@gmail.com'],
    ['accounts-team', 'Accounts Team', 'harbourcafe.accounts@gmail.com'],
  ] as const) {
    await emit(write, {
      name: `rw84-gmail-google-docs-invoice-${slug}-reply-to-own-gmail-online`,
      about: `A small firm with no domain of its own shares an invoice from Google Docs: From "${name} (via Google Docs)" <drive-shares-dm-noreply@google.com>, Reply-To "${name}" <${reply}> (Google replies to the sharing account). Read in Gmail with --recipient-domain tidewater.example. Wanted: authenticated, the Reply-To read as the sharer\u2019s own (reply-to-other-org low at most): the desk word in the name is the firm\u2019s own, not the reader\u2019s.`,
      s: docsShare(
        name,
        `"${name}" <${reply}>`,
        'Invoice 2026-084 - Invitation to view',
        `${name} has shared a document: Invoice 2026-084.pdf\r\n`,
        `AAAA84${slug.replace(/-/g, '')}`,
      ),
      expect: { verdict: 'authenticated' },
    });
  }

  // --- 3. readerNameInFront -----------------------------------------------------------------------
  await emit(write, {
    name: 'rw84-gmail-unrelated-firm-tidewatergroup-signed-online',
    about:
      'An unrelated firm really called Tidewater Group (tidewatergroup.example, its own server, signed, p=reject) writes to Robin about a misdirected delivery. Read in Gmail with --recipient-domain tidewater.example. Wanted: never spoofed; a caution "starts with your organisation\u2019s name" is a reason a reader accepts from a stranger.',
    s: firm(
      '"Mark Olsen, Tidewater Group" <mark.olsen@tidewatergroup.example>',
      'tidewatergroup.example',
      '198.51.100.184',
      'Pallets delivered to us by mistake',
      'Hello,\r\n\r\nWe received 4 pallets addressed to Tidewater at our Dock 3; your courier confused the names again. Can you arrange pick-up?\r\n\r\nMark Olsen\r\n',
    ),
    expect: NOT_SPOOFED,
  });
  await emit(write, {
    name: 'rw84-gmail-payroll-provider-tenant-tidewaterhr-signed-online',
    about:
      'The firm\u2019s payroll provider runs a tenant domain for it, tidewaterhr.example (the provider\u2019s own server, signed, p=reject), and sends the payslip notice from it. Read in Gmail with --recipient-domain tidewater.example. Wanted: never spoofed; "starts with your organisation\u2019s name" is the look-alike\u2019s exact shape and a caution the reader accepts.',
    s: firm(
      '"Tidewater Payslips" <payslips@tidewaterhr.example>',
      'tidewaterhr.example',
      '203.0.113.184',
      'Your November payslip is ready',
      'Your November payslip is available in the portal.\r\n',
    ),
    expect: NOT_SPOOFED,
  });
  await emit(write, {
    name: 'rw84-gmail-own-firm-uk-office-tidewater-co-uk-signed-online',
    about:
      'The firm\u2019s UK office writes from tidewater.co.uk (its own Workspace, signed d=tidewater.co.uk, p=reject). Read in Gmail with --recipient-domain tidewater.example (the reader named only the home domain). Wanted: never spoofed; a note that it is another domain with the firm\u2019s name is honest, the reader adds the domain to "Your organisation".',
    s: firm(
      '"Oliver Grant" <oliver.grant@tidewater.co.uk>',
      'tidewater.co.uk',
      '209.85.220.84',
      'UK quarter-end figures',
      'Robin,\r\n\r\nUK quarter-end figures attached, as promised.\r\n\r\nOliver\r\n',
    ),
    expect: NOT_SPOOFED,
  });

  // --- 4. own-domain-unauthenticated --------------------------------------------------------------
  const SG = relay('o4.ptr8484.sendgrid.net', '149.72.184.84');
  for (const where of ['outlook'] as const)
    await emit(write, {
      where,
      name: `rw84-${where}-own-notices-sendgrid-no-custom-dkim-p-none-online`,
      about: `The firm\u2019s app notices go out through SendGrid without custom-domain DKIM: From notices@tidewater.example, envelope bounces+84@sendgrid.net (SPF passes for SendGrid, a known ESP), signed only d=sendgrid.net, the firm at p=none. Read in ${where === 'outlook' ? 'Outlook on the web, the firm\u2019s own tenant, EOP recording spf=pass for sendgrid.net, dkim=pass header.d=sendgrid.net, dmarc=fail action=none and compauth=fail reason=601 (intra-organisation spoof, recalled from Microsoft Learn\u2019s anti-spam message headers)' : 'Gmail'} with --recipient-domain tidewater.example. Wanted: ${where === 'outlook' ? 'never spoofed, no own-domain-unauthenticated; suspicious on EOP\u2019s own record is a reason the reader accepts (his own tenant doubted it)' : 'unverified, no own-domain-unauthenticated (SPF fails nowhere; the envelope is the ESP\u2019s)'}.`,
      s: ownViaThirdParty(
        '"Tidewater Portal" <notices@tidewater.example>',
        'bounces+8484-ab12-robin=tidewater.example@sendgrid.net',
        SG,
        ['sendgrid.net', 'smtpapi'],
        'Your password was changed',
        'The password for your portal account was changed at 09:58 UTC.\r\n',
      ),
      expect:
        where === 'outlook'
          ? {
              notVerdict: ['spoofed'],
              absentFindings: ['own-domain-unauthenticated'],
              fields: { 'origin.esp': 'SendGrid' },
            }
          : { verdict: 'unverified', absentFindings: ['own-domain-unauthenticated'] },
    });
  const HOSTED = relay('ec2-3-120-1-10.eu-central-1.compute.amazonaws.com', AWS_IP);
  await emit(write, {
    name: 'rw84-gmail-own-crm-hosted-server-own-bounce-domain-p-none-online',
    about:
      'The firm\u2019s self-run CRM on a rented cloud server (3.120.1.10 on Amazon\u2019s network, AS16509 in the bundled data) sends with From sales@tidewater.example and its own bounce domain crm-bounce.example (SPF passes for it), unsigned, p=none. Neither a known ESP nor the firm\u2019s network: a hosted server (origin.hostedServer). Read in Gmail with --recipient-domain tidewater.example. Wanted: never spoofed, no own-domain-unauthenticated (SPF fails nowhere); suspicious with hosted-server-relay is a reason the reader accepts: nothing proves the firm sent it, and a rented server with its own SPF-passing bounce domain is what a forger of the firm at p=none would use too (the firm\u2019s fix is to sign).',
    s: ownViaThirdParty(
      '"Tidewater Sales" <sales@tidewater.example>',
      'bounce-84@crm-bounce.example',
      HOSTED,
      undefined,
      'Your quote Q-2026-084',
      'Please find your quote Q-2026-084 below.\r\n',
    ),
    expect: {
      verdict: ['unverified', 'suspicious'],
      // own-domain-unauthenticated since red-team round 86 (the forger's own envelope on a rented
      // server is this very shape); the verdict was suspicious before it.
      findings: ['hosted-server-relay', 'own-domain-unauthenticated'],
      fields: { 'origin.hostedServer': true },
    },
  });
  await emit(write, {
    name: 'rw84-gmail-own-colleague-unsigned-mailman-keeps-from-p-none-online',
    about:
      'A colleague on the firm\u2019s unsigned on-premises Exchange (p=none) posts to an outside Mailman list that keeps From and rewrites the envelope to sysadmins-bounces@lists.opsforum.example (SPF passes for the list, which signs d=lists.opsforum.example). Robin is subscribed. Neither ESP nor hosted: a list. Read in Gmail with --recipient-domain tidewater.example. Wanted: unverified, no own-domain-unauthenticated.',
    s: {
      ...ownViaThirdParty(
        '"Priya Nair" <priya.nair@tidewater.example>',
        'sysadmins-bounces@lists.opsforum.example',
        OPSFORUM,
        ['lists.opsforum.example', 'list'],
        '[Sysadmins] Anyone on the new backup agent?',
        'We are piloting it; happy to share notes.\r\n\r\nPriya\r\n',
        MAILMAN_FIELDS,
      ),
      to: 'sysadmins@lists.opsforum.example',
      zone: { ...LIST_ZONE, ...ORGS_NONE },
    },
    expect: {
      verdict: 'unverified',
      absentFindings: ['own-domain-unauthenticated'],
      fields: { 'origin.esp': null, 'origin.hostedServer': false },
    },
  });
  const BOOK = relay('out2.slotbook.example', '198.51.100.184');
  await emit(write, {
    name: 'rw84-gmail-own-colleague-invite-booking-tool-p-none-online',
    about:
      'A colleague\u2019s meeting invitation through a booking tool that sends "as" the user: From "Priya Nair" <priya.nair@tidewater.example>, envelope bounces@mail.slotbook.example (SPF passes), unsigned, p=none. Neither a known ESP nor a hosted server: a SaaS\u2019s own relay. Read in Gmail with --recipient-domain tidewater.example. Wanted: unverified, no own-domain-unauthenticated.',
    s: ownViaThirdParty(
      '"Priya Nair" <priya.nair@tidewater.example>',
      'bounces@mail.slotbook.example',
      BOOK,
      undefined,
      'Invitation: Q1 planning @ Tue 24 Nov 10:00',
      'Priya Nair invited you to Q1 planning.\r\n',
    ),
    expect: {
      verdict: 'unverified',
      absentFindings: ['own-domain-unauthenticated'],
      fields: { 'origin.esp': null, 'origin.hostedServer': false },
    },
  });
}
