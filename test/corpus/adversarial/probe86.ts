// Red-team probes, eighty-sixth round (December 2026): bending the newest exemptions. The attacker
// has read the rules the last rounds added and aims at what each one lets through, against a reader
// at tidewater.example (--recipient-domain), online, in Gmail, Outlook on the web and Yahoo Mail:
// - lib/findings/display-name.ts readerNamedByPlatformUser: a List-Id clears display-name-reader-org,
//   and so does a Reply-To at the reader's organisation; both are the sender's own headers, which a
//   Gmail account submitting over SMTP writes at will. INSTANCE_PLATFORMS: an instance whose local
//   part spells the reader's label is taken as the firm's own (tidewater@myworkday.com), whoever
//   owns that tenant.
// - lib/findings/reply-to.ts personsOwn: a brand service's user whose Reply-To is his own free
//   mailbox under the same name is "a friend's share" (low note): the name can be a desk's
//   ("IT Helpdesk (via Google Docs)") rather than a person's. firmsDomain: a Reply-To domain spelled as
//   the principal's name is the firm's own, and the attacker makes up the firm
//   ("Tidewater Group via Docusign", tidewatergroup.example).
// - lib/findings/lookalike.ts readerNameInFront's SECOND_LEVELS exemption: the reader's name in front
//   of a "co.<tld>" domain the public suffix list does not know (tidewater.co.ltd: "co.ltd" is an
//   ordinary .ltd name anyone may register; tldts reads co.ltd as the registrable domain).
// - lib/findings/own-domain.ts: it needs our own SPF check to fail for the organisation's own
//   envelope; a forger who puts his own domain in the envelope (SPF pass, unaligned) never meets it.
// Controls: a colleague's genuine Workspace mail; a friend's genuine Google Docs share.
// Layouts: Gmail's, EOP's and Yahoo's deliveries as test/corpus/receivers.ts has them; Google Docs'
// share (drive-shares-dm-noreply@google.com, doclist.bounces.google.com envelope) and DocuSign's
// "<name> via Docusign" <dse_NA3@docusign.net> as probe82 learnt them; Workday's
// <tenant>@myworkday.com as realworld82 has it. No new layout was searched (15-minute limit).
// Documentation addresses throughout, except Google's and Microsoft's own, and the .ltd ending
// where the public suffix list's gap is the point.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';

/**
 * Probes HeaderLens reads wrong today (red-team round 86's report): kept out of the corpus until
 * lib/ is fixed or the lead keeps them as they read. Each was also run with the exemption taken
 * away (no List-Id, no Reply-To at the reader's organisation, tidewater-group.example,
 * tidewater-it.example): every one of those reads not trusted, so the exemption is what lets it in.
 */
// Fixed at 13:59 on 2026-12-05:
// - probe86-gmail-freemail-it-desk-self-written-list-id-online (lib/findings/reader-org.ts,
//   listDelivered): a List-Id clears display-name-reader-org only where the list's host itself
//   authenticated the message (its signature, or our SPF check of its envelope) and is no free
//   mailbox's, or the From is the list's own address.
// - probe86-gmail-freemail-payroll-replyto-reader-org-online and
//   probe86-outlook-docusign-reader-it-desk-replyto-override-reader-org-online (reader-org.ts,
//   readerNamedByPlatformUser): a Reply-To at the reader's organisation clears only on platforms
//   that write the account's own confirmed address (platforms.ts ACCOUNT_REPLY_PLATFORMS: Google,
//   PayPal, Dropbox); not a free mailbox's, nor DocuSign's typed override.
// - probe86-gmail-docs-share-desk-name-persons-own-gmail-online (reply-to.ts, personsOwn): a
//   principal named as an organisation's inside desk (desk-words.ts namesInternalDesk: IT, HR,
//   payroll, helpdesk…) is no friend's share.
// - probe86-outlook-docusign-made-up-group-firm-domain-replyto-online (lookalike.ts, reasonAgainst):
//   the reader's name with one desk word or company form glued on (desk-words.ts gluedDesk:
//   tidewatergroup, tidewaterpayroll) borrows it, as tidewater-group does.
// - probe86-gmail-second-level-co-ltd-reader-name-in-front-online (lookalike.ts,
//   readerNameInFront): SECOND_LEVELS only under the reserved test endings; under a real ending the
//   public suffix list knows the country second levels.
// - probe86-gmail-ceo-p-none-own-envelope-elsewhere-online and
//   probe86-yahoo-payroll-no-dmarc-own-envelope-elsewhere-online (own-domain.ts): also where the
//   envelope is another domain's and no known email service provider's server sent it.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Kept out by choice (the lead, 13:59 on 2026-12-05): reads authenticated. display-name.ts
  // outsidersName takes every instance whose local part spells the reader's label
  // (tidewater@myworkday.com) for the firm's own, whichever firm owns the tenant; nothing in the
  // message tells the reader's tenant from another Tidewater's, and realworld82's genuine instances
  // are this shape.
  'probe86-gmail-workday-tenant-named-as-reader-desk-payroll-online',
]);

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const READER = `Robin Reader <robin.reader@${ORG}>`;

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The reader's organisation's records under `p` (null: no DMARC record at all). */
const orgZone = (p: string | null) => ({
  ...(p ? dmarc(ORG, p) : {}),
  ...txt(ORG, 'v=spf1 include:_spf.google.com include:spf.protection.outlook.com -all'),
  ...key(ORG, 'google'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all'),
});

const GOOGLE: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GOOGLE_ZONE = {
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...txt('gmail.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('doclist.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...orgZone('quarantine'),
};
const DRIVE = 'drive-shares-dm-noreply@google.com';
const driveBounce = (n: string) => `3Qp86${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`;

const DOCUSIGN: Relay = { helo: 'mail86.docusign.net', rdns: 'mail86.docusign.net', ip: '198.51.100.186' };
const DS_ZONE = {
  ...ptr(DOCUSIGN.ip, DOCUSIGN.rdns),
  ...key('docusign.net', 'ds86'),
  ...dmarc('docusign.net', 'reject'),
  ...txt('docusign.net', `v=spf1 ip4:${DOCUSIGN.ip} -all`),
  ...orgZone('quarantine'),
};

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  /** DKIM signers (domain, selector); none for an unsigned forgery. */
  signers: [string, string][];
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
}

const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

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
  return s.signers.length ? signAll(raw, s.signers) : Promise.resolve(raw);
}

/** Gmail's delivery with every check passing for the From at `policy`, or `results` as given. */
async function atGmail(s: Sent, n: string, policy = 'REJECT', results?: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  const r =
    results ??
    [gmailDkim(d, sel), gmailSpf(s.envelope, s.relay.ip), gmailDmarc(domainOf(s.from), policy)].join(
      '\r\n       ',
    );
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: r,
    ids: [`x86csp${n}pxa`, `a86si${n}qtb.86`],
    spf: 'pass',
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });
}

/** EOP's delivery with every check passing (aligned signature of the first signer). */
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

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone: Record<string, unknown>;
  args: string[];
  expect: CaseExpectation;
}

function emit(write: CaseWriter, c: One): void {
  emitCase(write, { ...c, class: `probe86-${c.cls}` });
}

const RESET = (desk: string) =>
  `Hi Robin,\r\n\r\nYour staff account is due for re-validation. Please sign in at https://sso-tidewater.example.net/verify before 17:00 today to keep mailbox access.\r\n\r\n${desk}\r\n`;
const PAYROLL = `Hi,\r\n\r\nPayroll is moving to the new portal this month. Please confirm your bank details at https://payroll-tidewater.example.net/verify before Friday.\r\n\r\nTidewater Payroll\r\n`;
const WIRE = `Robin,\r\n\r\nI need a wire of 48,200 GBP to the new supplier today before the 3pm cut-off. Details attached; keep this between us until the board meets.\r\n\r\nMarcus\r\n`;
const SHARE_BODY = (who: string, doc: string) =>
  `${who} shared a document\r\n\r\n${who} has invited you to edit the following document:\r\n\r\n${doc}\r\nhttps://docs.google.com/document/d/1Xp86aBcDeFgHiJkLmNoPqRsTuVwXyZ/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`;

const gdocs = (who: string, doc: string, n: string, replyTo?: string): Sent => ({
  from: `"${who} (via Google Docs)" <${DRIVE}>`,
  envelope: driveBounce(n),
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  subject: `Document shared with you: "${doc}"`,
  body: SHARE_BODY(who, doc),
  messageId: `<86${n}.drive-share.Xq${n}@docs-share.google.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

const docusign = (who: string, doc: string, n: string, replyTo: string): Sent => ({
  from: `"${who} via Docusign" <dse_NA3@docusign.net>`,
  envelope: 'bounces+dse_NA3@docusign.net',
  relay: DOCUSIGN,
  signers: [['docusign.net', 'ds86']],
  subject: `Complete with Docusign: ${doc}`,
  body: `${who} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT https://na3.docusign.net/Signing/EmailStart.aspx?a=86${n}\r\n\r\nDo Not Share This Email\r\n`,
  messageId: `<86${n}.ds.a1b2c3@docusign.net>`,
  extra: [`Reply-To: ${replyTo}`],
});

/** The attacker's own Gmail account, submitting over smtp.gmail.com with headers of his choosing. */
const fromGmail = (from: string, subject: string, body: string, n: string, extra: string[]): Sent => ({
  from,
  envelope: from.slice(from.lastIndexOf('<') + 1, -1),
  relay: GOOGLE,
  signers: [['gmail.com', '20230601']],
  subject,
  body,
  messageId: `<CAF86${n}1xQ@mail.gmail.com>`,
  extra,
});

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. A List-Id the sender wrote himself clears display-name-reader-org.
  emit(write, {
    name: 'probe86-gmail-freemail-it-desk-self-written-list-id-online',
    cls: 'reader-desk-list-id',
    about: `"Tidewater IT Helpdesk" <tidewater.helpdesk@gmail.com>, the attacker's own Gmail account, submitting over smtp.gmail.com with a List-Id he wrote ("Tidewater staff notices <staff-notices.${ORG}>") and a List-Unsubscribe, so that readerNamedByPlatformUser's "a list posts its members' names" clears display-name-reader-org. Every check passes for gmail.com; nothing of a list's delivery (no list envelope, no list signature, no ARC). Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (the organisation's desk named over a free mailbox; a List-Id is anyone's header).`,
    eml: await atGmail(
      fromGmail(
        '"Tidewater IT Helpdesk" <tidewater.helpdesk@gmail.com>',
        'Action required: staff account re-validation',
        RESET('Tidewater IT Helpdesk'),
        'a',
        [
          `List-Id: Tidewater staff notices <staff-notices.${ORG}>`,
          `List-Unsubscribe: <mailto:leave@${ORG}>`,
        ],
      ),
      'a',
      'NONE',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 2. A Reply-To at the reader's organisation clears it: the lure is a link, replies do not matter.
  emit(write, {
    name: 'probe86-gmail-freemail-payroll-replyto-reader-org-online',
    cls: 'reader-desk-replyto-org',
    about: `"Tidewater Payroll" <tidewater.payroll.dept@gmail.com>, the attacker's Gmail, with Reply-To "Tidewater Payroll" <payroll@${ORG}>: the organisation's real payroll address, which readerNamedByPlatformUser takes as "a colleague sharing from the organisation's own account" and so clears display-name-reader-org. The lure is a link; the attacker never needs the answer. Every check passes for gmail.com. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (a free mailbox's whole name is the sender's own choice; the Reply-To exemption is meant for a platform writing for its user, not for a free mailbox).`,
    eml: await atGmail(
      fromGmail(
        '"Tidewater Payroll" <tidewater.payroll.dept@gmail.com>',
        'Action required: confirm your bank details',
        PAYROLL,
        'b',
        [`Reply-To: "Tidewater Payroll" <payroll@${ORG}>`],
      ),
      'b',
      'NONE',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 3. DocuSign lets its sender set the reply address and name (replyEmailAddressOverride).
  emit(write, {
    name: 'probe86-outlook-docusign-reader-it-desk-replyto-override-reader-org-online',
    cls: 'reader-desk-replyto-org',
    about: `A DocuSign envelope DocuSign really sends, from the attacker's DocuSign account named "Tidewater IT Service Desk": "Tidewater IT Service Desk via Docusign" <dse_NA3@docusign.net>, "Staff account re-validation form", with the reply address and name set through the envelope's email settings (replyEmailAddressOverride / replyEmailNameOverride) to "Tidewater IT Service Desk" <it@${ORG}>, the organisation's real desk. readerNamedByPlatformUser takes a Reply-To at the reader's organisation as a colleague's own account and clears display-name-reader-org; the lure is the signing link, the answer never matters. Signed d=docusign.net, DMARC passes, EOP records every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (the platform writes whatever reply address its sender typed).`,
    eml: await atOutlook(
      docusign(
        'Tidewater IT Service Desk',
        'Staff account re-validation form',
        'c',
        `"Tidewater IT Service Desk" <it@${ORG}>`,
      ),
    ),
    zone: DS_ZONE,
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 4. personsOwn with a desk's name instead of a person's.
  emit(write, {
    name: 'probe86-gmail-docs-share-desk-name-persons-own-gmail-online',
    cls: 'persons-own-desk',
    about: `The attacker's Google account it.helpdesk.staff@gmail.com named "IT Helpdesk" shares "Password expiry - action required": "IT Helpdesk (via Google Docs)" <${DRIVE}>, Reply-To "IT Helpdesk" <it.helpdesk.staff@gmail.com> (Google writes the account's own address and name). The name is the reader's desk, not a person's, and leaves out the organisation's name so display-name-reader-org is not asked; reply-to.ts personsOwn reads the same-named free mailbox as a friend's own share (low). Signed d=google.com, DMARC passes. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (a desk does not take its answers at a free mailbox; personsOwn is for a person's name).`,
    eml: await atGmail(
      gdocs(
        'IT Helpdesk',
        'Password expiry - action required',
        'd',
        '"IT Helpdesk" <it.helpdesk.staff@gmail.com>',
      ),
      'd',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 5. firmsDomain for a firm the attacker makes up with the reader's name and a company form.
  emit(write, {
    name: 'probe86-outlook-docusign-made-up-group-firm-domain-replyto-online',
    cls: 'firms-domain-made-up',
    about: `A DocuSign account named "Tidewater Group" (the reader's organisation's name with a company form, no desk's word, so display-name-reader-org is not asked) on the attacker's own domain tidewatergroup.example: "Tidewater Group via Docusign" <dse_NA3@docusign.net>, Reply-To "Tidewater Group" <ap@tidewatergroup.example>, "Updated remittance instructions". reply-to.ts reads the Reply-To as the principal's own (its name is the From's user's, and firmsDomain spells tidewatergroup.example as the firm's name: low), and lookalike.ts does not read the glued tidewatergroup as the reader's name. Signed d=docusign.net, DMARC passes, EOP records every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (the Reply-To is the reader's organisation's name in front of another domain: a look-alike of the reader's own).`,
    eml: await atOutlook(
      docusign(
        'Tidewater Group',
        'Updated remittance instructions',
        'e',
        '"Tidewater Group" <ap@tidewatergroup.example>',
      ),
    ),
    zone: DS_ZONE,
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 6. firmsDomain with a desk's word in the firm's name.
  emit(write, {
    name: 'probe86-gmail-docusign-reader-payroll-firm-domain-replyto-online',
    cls: 'firms-domain-desk',
    about: `"Tidewater Payroll via Docusign" <dse_NA3@docusign.net>, Reply-To "Tidewater Payroll" <payroll@tidewaterpayroll.example> (the attacker's domain, spelled as the name he gave his DocuSign account, so firmsDomain takes it for the firm's own), "2027 salary sacrifice agreement". Signed d=docusign.net, DMARC passes. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org: the reader's organisation's payroll named by a platform's user).`,
    eml: await atGmail(
      docusign(
        'Tidewater Payroll',
        '2027 salary sacrifice agreement',
        'f',
        '"Tidewater Payroll" <payroll@tidewaterpayroll.example>',
      ),
      'f',
    ),
    zone: DS_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 7. SECOND_LEVELS: the reader's name in front of a co.<tld> name the public suffix list lacks.
  {
    const d = 'tidewater.co.ltd';
    const r: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '203.0.113.86' };
    emit(write, {
      name: 'probe86-gmail-second-level-co-ltd-reader-name-in-front-online',
      cls: 'second-levels',
      about: `The attacker registers co.ltd (an ordinary second-level name under the .ltd ending, which the public suffix list does not list, so tidewater.co.ltd's registrable domain is co.ltd and its label "co") and sends from "Tidewater IT Service Desk" <servicedesk@${d}> from his own server, SPF, DKIM (d=${d}) and DMARC (p=none) aligned. lookalike.ts readerNameInFront skips any domain whose registrable label is in SECOND_LEVELS (meant for alderbrook.co.example standing for alderbrook.co.uk); the display name is not an outsider's (no platform), so display-name-reader-org is not asked. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (the reader's organisation's name as the whole first label in front of a domain that is not the organisation's).`,
      eml: await atGmail(
        {
          from: `"Tidewater IT Service Desk" <servicedesk@${d}>`,
          envelope: `bounce@${d}`,
          relay: r,
          signers: [[d, 's86']],
          subject: 'Action required: staff account re-validation',
          body: RESET('Tidewater IT Service Desk'),
          messageId: `<86g.1@${d}>`,
        },
        'g',
        'NONE',
      ),
      zone: {
        ...ptr(r.ip, r.rdns),
        [r.rdns]: { A: [r.ip] },
        ...txt(d, `v=spf1 ip4:${r.ip} -all`),
        ...key(d, 's86'),
        ...dmarc(d, 'none'),
        ...orgZone('quarantine'),
      },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 8. own-domain-unauthenticated needs SPF to fail for the organisation's envelope: use another.
  {
    const att = 'mailer-relay.example';
    const r: Relay = { helo: `smtp.${att}`, rdns: `smtp.${att}`, ip: '203.0.113.87' };
    emit(write, {
      name: 'probe86-gmail-ceo-p-none-own-envelope-elsewhere-online',
      cls: 'own-domain-envelope',
      about: `The reader's organisation at p=none. A forgery From the CEO "Marcus Hale" <marcus.hale@${ORG}> from the attacker's server, whose envelope is bounce@${att} (his own domain, SPF passes for it, unaligned) and no signature. Gmail records SPF pass for ${att}, DMARC fail (p=NONE). own-domain.ts asks our SPF check to fail for the organisation's own envelope, which an envelope elsewhere never does. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (the reader's own domain, nothing of it authenticating).`,
      eml: await atGmail(
        {
          from: `"Marcus Hale" <marcus.hale@${ORG}>`,
          envelope: `bounce@${att}`,
          relay: r,
          signers: [],
          subject: 'Urgent wire today',
          body: WIRE,
          messageId: `<86h.1@${ORG}>`,
        },
        'h',
        'NONE',
        ['dkim=none;', gmailSpf(`bounce@${att}`, r.ip), gmailDmarc(ORG, 'NONE', 'fail')].join('\r\n       '),
      ),
      zone: {
        ...ptr(r.ip, r.rdns),
        [r.rdns]: { A: [r.ip] },
        ...txt(att, `v=spf1 ip4:${r.ip} -all`),
        ...orgZone('none'),
      },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 9. The same with no DMARC record at all, read in Yahoo Mail.
  {
    const att = 'mailer-relay.example';
    const r: Relay = { helo: `smtp.${att}`, rdns: `smtp.${att}`, ip: '203.0.113.88' };
    const s: Sent = {
      from: `"Tidewater Payroll" <payroll@${ORG}>`,
      envelope: `bounce@${att}`,
      relay: r,
      signers: [],
      subject: 'Action required: confirm your bank details',
      body: PAYROLL,
      messageId: `<86i.1@${ORG}>`,
    };
    emit(write, {
      name: 'probe86-yahoo-payroll-no-dmarc-own-envelope-elsewhere-online',
      cls: 'own-domain-envelope',
      about: `The reader's organisation publishes no DMARC record. A forgery From payroll@${ORG} from the attacker's server with the envelope bounce@${att} (SPF passes for his own domain), unsigned, into the reader's Yahoo Mail box. Yahoo records SPF pass for ${att} and no DMARC. Online, yahoo, --recipient-domain ${ORG}. Wanted: not trusted (the reader's organisation's payroll, nothing of the organisation authenticating).`,
      eml: yahooDelivery(await signed(s), {
        relay: r,
        envelope: s.envelope,
        results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=${att};\r\n dmarc=unknown header.from=${ORG};`,
      }),
      zone: {
        ...ptr(r.ip, r.rdns),
        [r.rdns]: { A: [r.ip] },
        ...txt(att, `v=spf1 ip4:${r.ip} -all`),
        ...orgZone(null),
      },
      args: [...YAHOO, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 10. INSTANCE_PLATFORMS: a Workday tenant named as the reader's organisation, owned by another.
  {
    const r: Relay = { helo: 'mta86.myworkday.com', rdns: 'mta86.myworkday.com', ip: '203.0.113.186' };
    emit(write, {
      name: 'probe86-gmail-workday-tenant-named-as-reader-desk-payroll-online',
      cls: 'instance-platform',
      about: `The reader's firm uses ServiceNow, not Workday. Another company called Tidewater (or an attacker who got a Workday tenant under that name: a reseller's demo, a compromised customer) sends from its tenant address "Tidewater Payroll Team" <tidewater@myworkday.com>, "Your payslip is ready - confirm bank details", Workday's relay, d=myworkday.com, SPF and DMARC pass. display-name.ts outsidersName takes any instance whose local part spells the reader's label as the firm's own, so display-name-reader-org is not asked. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted, but nothing in the message tells the firm's tenant from another's of the same name (see the report).`,
      eml: await atGmail(
        {
          from: '"Tidewater Payroll Team" <tidewater@myworkday.com>',
          envelope: 'tidewater@myworkday.com',
          relay: r,
          signers: [['myworkday.com', 'wd86']],
          subject: 'Your payslip is ready - confirm bank details',
          body: PAYROLL,
          messageId: '<86j.wd.payslip@myworkday.com>',
        },
        'j',
      ),
      zone: {
        ...ptr(r.ip, r.rdns),
        [r.rdns]: { A: [r.ip] },
        ...txt('myworkday.com', `v=spf1 ip4:${r.ip} -all`),
        ...key('myworkday.com', 'wd86'),
        ...dmarc('myworkday.com', 'reject'),
        ...orgZone('quarantine'),
      },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 11. Control: a colleague's genuine Workspace mail.
  emit(write, {
    name: 'probe86-gmail-colleague-workspace-control-online',
    cls: 'control',
    about: `Control: the CEO writes from the organisation's Google Workspace, signed d=${ORG}, SPF and DMARC (p=quarantine) pass, Gmail records every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      {
        from: `"Marcus Hale" <marcus.hale@${ORG}>`,
        envelope: `marcus.hale@${ORG}`,
        relay: GOOGLE,
        signers: [[ORG, 'google']],
        subject: 'Board pack for Thursday',
        body: 'Robin,\r\n\r\nCan you add the Q3 supplier spend to the board pack? Thanks.\r\n\r\nMarcus\r\n',
        messageId: '<CAG86k2yR@mail.gmail.com>',
      },
      'k',
      'QUARANTINE',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // 12. Control: a friend's genuine share from her own Gmail (personsOwn as meant).
  emit(write, {
    name: 'probe86-gmail-docs-share-friend-own-gmail-control-online',
    cls: 'control',
    about: `Control: a friend shares a holiday spreadsheet from her own Google account: "Dana Whitfield (via Google Docs)" <${DRIVE}>, Reply-To "Dana Whitfield" <dana.whitfield@gmail.com>. Signed d=google.com, DMARC passes. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (a person's own share; the low reply note may stay).`,
    eml: await atGmail(
      gdocs('Dana Whitfield', 'Lisbon trip - costs', 'l', '"Dana Whitfield" <dana.whitfield@gmail.com>'),
      'l',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
