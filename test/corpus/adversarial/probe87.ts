// Red-team probes, eighty-seventh round (December 2026): bending round 86's fixes. The attacker has
// read lib/ as it stands after 231929c7 and aims at what each new rule still lets through, against a
// reader at tidewater.example (--recipient-domain), online, in Gmail, Outlook on the web and Yahoo:
// - lib/findings/reader-org.ts listDelivered: a List-Id clears display-name-reader-org where the
//   list's host authenticated the message. The host is read off the List-Id the sender writes, so
//   a forger who signs with his own domain (a DKIM signature added before Gmail's own, which Gmail
//   keeps) names his own domain the list's host; and his own Google Group is excepted outright.
// - lib/findings/desk-words.ts namesInternalDesk (reply-to.ts personsOwn): desk names the list
//   lacks ("Postmaster", "I.T. Support", Spanish "Informatica"); gluedDesk (lookalike.ts
//   reasonAgainst): words the list lacks glued to the reader's name ("HQ", "365", "my").
// - lib/findings/own-domain.ts: the foreign-envelope branch needs an envelope and no known ESP; a
//   null envelope (MAIL FROM:<>), an envelope at a subdomain of the reader's organisation without
//   an SPF record (SPF none, "the organisation's own" yet not refused), the forger's own SendGrid
//   account, and an IPv6 origin.
// Controls: a colleague's genuine Workspace mail; a friend's genuine Google Docs share.
// Layouts: Gmail's, EOP's and Yahoo's deliveries as test/corpus/receivers.ts has them; Google Docs'
// share and DocuSign's "<name> via Docusign" as probe82/probe86 learnt them; a Google Group's
// post-as-the-group From with List-Id <name.googlegroups.com> as list-shapes.ts has it. No new layout
// was searched (15-minute limit). Documentation addresses throughout, except Google's, Microsoft's
// and SendGrid's own ranges and names where the provider is the point.
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
 * Probes HeaderLens reads wrong today (red-team round 87's report), each also run with the
 * exemption taken away (no List-Id; a known desk word; tidewater-365.example; an envelope at another
 * domain): those read not trusted, so the exemption is what lets the forgery in.
 */
// Fixed at 14:19 on 2026-12-05:
// - probe87-gmail-freemail-it-desk-own-list-host-signature-online (lib/findings/reader-org.ts,
//   listDelivered): a list clears display-name-reader-org only for its own From (a rewrite naming its
//   author, or its posting address), never for a member's own From, which no list vouches for.
// - probe87-gmail-docs-share-postmaster-persons-own-gmail-online,
//   probe87-gmail-docs-share-dotted-it-support-persons-own-gmail-online and
//   probe87-gmail-docs-share-spanish-informatica-persons-own-gmail-online (desk-words.ts
//   namesInternalDesk): postmaster, sysadmin, informática and sistemas are inside desks, and dotted
//   initials ("I.T.") read as one word.
// - probe87-outlook-docusign-glued-365-firm-domain-replyto-online (desk-words.ts gluedDesk): a number
//   glued to the reader's name borrows it, as a desk's word does.
// - probe87-gmail-payroll-p-none-envelope-org-subdomain-spf-none-online (own-domain.ts): also where no
//   SPF record of the organisation's own envelope (sub)domain speaks for the server (none, neutral).
// Read as expected when every pending case was run again on 2026-12-06 at 23:5x (rules added
// since made them so), and taken out of the pending set:
// probe87-gmail-attacker-google-group-posts-as-reader-it-desk-online (suspicious).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads unverified (dmarc-fail, dkim-unaligned, return-path-differs). own-domain.ts spares any
  // known ESP's server (README "Still"). Fix: an ESP's own envelope and signature with none of
  // the organisation's (no aligned DKIM, envelope not a CNAME'd bounce under the organisation):
  // fire at low/medium with the ESP named. Risk: the organisation's SaaS sending through an ESP
  // without its signature (real-mail round 83) reads suspicious at p=none.
  // Kept out by choice (the lead, 14:19 on 2026-12-05): the organisation's own SaaS notices through
  // a known ESP without its signature are this very shape (realworld83, realworld85); unverified,
  // not authenticated.
  'probe87-gmail-ceo-p-none-forgers-own-sendgrid-account-online',
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
const driveBounce = (n: string) => `3Qp87${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`;

const DOCUSIGN: Relay = { helo: 'mail87.docusign.net', rdns: 'mail87.docusign.net', ip: '198.51.100.187' };
const DS_ZONE = {
  ...ptr(DOCUSIGN.ip, DOCUSIGN.rdns),
  ...key('docusign.net', 'ds87'),
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
async function atGmail(
  s: Sent,
  n: string,
  policy = 'REJECT',
  results?: string,
  spf: 'pass' | 'fail' | 'softfail' | undefined = 'pass',
): Promise<string> {
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
    ids: [`x87csp${n}pxa`, `a87si${n}qtb.87`],
    spf,
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
  emitCase(write, { ...c, class: `probe87-${c.cls}` });
}

const RESET = (desk: string) =>
  `Hi Robin,\r\n\r\nYour staff account is due for re-validation. Please sign in at https://sso-tidewater.example.net/verify before 17:00 today to keep mailbox access.\r\n\r\n${desk}\r\n`;
const PAYROLL = `Hi,\r\n\r\nPayroll is moving to the new portal this month. Please confirm your bank details at https://payroll-tidewater.example.net/verify before Friday.\r\n\r\nTidewater Payroll\r\n`;
const WIRE = `Robin,\r\n\r\nI need a wire of 48,200 GBP to the new supplier today before the 3pm cut-off. Details attached; keep this between us until the board meets.\r\n\r\nMarcus\r\n`;
const SHARE_BODY = (who: string, doc: string) =>
  `${who} shared a document\r\n\r\n${who} has invited you to edit the following document:\r\n\r\n${doc}\r\nhttps://docs.google.com/document/d/1Xp86aBcDeFgHiJkLmNoPqRsTuVwX87/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`;

const gdocs = (who: string, doc: string, n: string, replyTo?: string): Sent => ({
  from: `"${who} (via Google Docs)" <${DRIVE}>`,
  envelope: driveBounce(n),
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  subject: `Document shared with you: "${doc}"`,
  body: SHARE_BODY(who, doc),
  messageId: `<87${n}.drive-share.Xq${n}@docs-share.google.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

const docusign = (who: string, doc: string, n: string, replyTo: string): Sent => ({
  from: `"${who} via Docusign" <dse_NA3@docusign.net>`,
  envelope: 'bounces+dse_NA3@docusign.net',
  relay: DOCUSIGN,
  signers: [['docusign.net', 'ds87']],
  subject: `Complete with Docusign: ${doc}`,
  body: `${who} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT https://na3.docusign.net/Signing/EmailStart.aspx?a=87${n}\r\n\r\nDo Not Share This Email\r\n`,
  messageId: `<87${n}.ds.a1b2c3@docusign.net>`,
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
  messageId: `<CAF87${n}1xQ@mail.gmail.com>`,
  extra,
});

const ATT = 'notice-relay.example';
const attZone = (r: Relay) => ({ ...ptr(r.ip, r.rdns), [r.rdns]: { A: [r.ip] } });

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. listDelivered: the forger names his own signing domain the list's host.
  {
    const host = 'staff-lists.example';
    const s = fromGmail(
      '"Tidewater IT Helpdesk" <tidewater.helpdesk@gmail.com>',
      'Action required: staff account re-validation',
      RESET('Tidewater IT Helpdesk'),
      'a',
      [
        `List-Id: Tidewater staff notices <notices.${host}>`,
        `List-Unsubscribe: <mailto:leave@${host}>`,
        `List-Post: <mailto:notices@${host}>`,
      ],
    );
    s.signers = [
      ['gmail.com', '20230601'],
      [host, 'l87'],
    ];
    emit(write, {
      name: 'probe87-gmail-freemail-it-desk-own-list-host-signature-online',
      cls: 'reader-desk-list-host',
      about: `"Tidewater IT Helpdesk" <tidewater.helpdesk@gmail.com>, the attacker's Gmail account, submitting over smtp.gmail.com a message he signed first with his own domain (d=${host}; Gmail keeps the signature and adds its own) and whose List-Id <notices.${host}> names that domain the list's host. reader-org.ts listDelivered reads the host off the List-Id, finds a verified signature of it and no free mailbox, and clears display-name-reader-org; no list delivered anything (Gmail's envelope, Gmail's relay). Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (a host is a list's only where the list's own server handed the message over: its envelope, not a signature anyone adds).`,
      eml: await atGmail(
        s,
        'a',
        'NONE',
        [
          gmailDkim('gmail.com', '20230601'),
          gmailSpf(s.envelope, GOOGLE.ip),
          gmailDmarc('gmail.com', 'NONE'),
        ].join('\r\n       '),
      ),
      zone: { ...GOOGLE_ZONE, ...key(host, 'l87'), ...dmarc(host, 'none') },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 2. listDelivered's Google Groups exception: the attacker's own group posting as itself.
  {
    const grp = 'tidewater-it-helpdesk';
    const s: Sent = {
      from: `"Tidewater IT Helpdesk" <${grp}@googlegroups.com>`,
      envelope: `${grp}+bncBDL87Xq@googlegroups.com`,
      relay: { helo: 'mail-sor-f69.google.com', rdns: 'mail-sor-f69.google.com', ip: '209.85.220.69' },
      signers: [['googlegroups.com', '20230601']],
      subject: 'Action required: staff account re-validation',
      body: RESET('Tidewater IT Helpdesk'),
      messageId: '<87b.grp.Xq1@googlegroups.com>',
      extra: [
        `List-Id: <${grp}.googlegroups.com>`,
        `List-Post: <https://groups.google.com/group/${grp}/post>, <mailto:${grp}@googlegroups.com>`,
        `List-Unsubscribe: <mailto:googlegroups-manage+87+unsubscribe@googlegroups.com>`,
        `Mailing-list: list ${grp}@googlegroups.com; contact ${grp}+owners@googlegroups.com`,
      ],
    };
    emit(write, {
      name: 'probe87-gmail-attacker-google-group-posts-as-reader-it-desk-online',
      cls: 'reader-desk-google-group',
      about: `The attacker creates a Google Group named "Tidewater IT Helpdesk" (${grp}@googlegroups.com), adds the reader as a member (Groups lets an owner add addresses directly) and posts as the group: From "Tidewater IT Helpdesk" <${grp}@googlegroups.com>, List-Id <${grp}.googlegroups.com>, Google's relay, d=googlegroups.com, SPF for the group's bounce address and DMARC pass. listDelivered excepts Google Groups from "no free mailbox's host" and the From is the list's own address, so display-name-reader-org is cleared. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (anyone's group named as the reader's organisation's desk; README "Still" since round 86).`,
      eml: await atGmail(
        s,
        'b',
        'NONE',
        [
          gmailDkim('googlegroups.com', '20230601'),
          gmailSpf(s.envelope, s.relay.ip),
          gmailDmarc('googlegroups.com', 'NONE'),
        ].join('\r\n       '),
      ),
      zone: {
        ...GOOGLE_ZONE,
        ...ptr(s.relay.ip, s.relay.rdns),
        ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
        ...key('googlegroups.com', '20230601'),
        ...dmarc('googlegroups.com', 'none'),
      },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 3–5. namesInternalDesk: inside desks the list lacks, shared from the attacker's Gmail.
  const desks: [string, string, string, string][] = [
    [
      'postmaster',
      'Postmaster',
      'postmaster.mailhost@gmail.com',
      'Mailbox quota exceeded - release held mail',
    ],
    [
      'dotted-it-support',
      'I.T. Support',
      'it.support.staff.desk@gmail.com',
      'Password expiry - action required',
    ],
    [
      'spanish-informatica',
      'Soporte Informática',
      'soporte.informatica.corp@gmail.com',
      'Caducidad de contraseña - acción requerida',
    ],
  ];
  let n = 'c';
  for (const [slug, who, gm, doc] of desks) {
    emit(write, {
      name: `probe87-gmail-docs-share-${slug}-persons-own-gmail-online`,
      cls: 'persons-own-desk',
      about: `The attacker's Google account ${gm} named "${who}" shares "${doc}": "${who} (via Google Docs)" <${DRIVE}>, Reply-To "${who}" <${gm}> (Google writes the account's own address and name). The name is an organisation's inside desk the desk-words.ts namesInternalDesk list lacks (no "postmaster", "I.T." splits into single letters, Spanish "informática" beside French "informatique"), so reply-to.ts personsOwn takes it for a friend's own share. Signed d=google.com, DMARC passes. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (a desk does not take its answers at a free mailbox).`,
      eml: await atGmail(gdocs(who, doc, n, `"${who}" <${gm}>`), n),
      zone: GOOGLE_ZONE,
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
    n = String.fromCharCode(n.charCodeAt(0) + 1);
  }

  // 6–8. gluedDesk: the reader's name glued to a word the list lacks, as a DocuSign Reply-To.
  const glued: [string, string, string][] = [
    ['hq', 'Tidewater HQ', 'ap@tidewaterhq.example'],
    ['365', 'Tidewater 365', 'it@tidewater365.example'],
    ['my-prefix', 'MyTidewater', 'hr@mytidewater.example'],
  ];
  for (const [slug, who, rt] of glued) {
    emit(write, {
      name: `probe87-outlook-docusign-glued-${slug}-firm-domain-replyto-online`,
      cls: 'glued-desk',
      about: `A DocuSign account named "${who}" (no desk word, so display-name-reader-org is not asked) on the attacker's domain: "${who} via Docusign" <dse_NA3@docusign.net>, Reply-To "${who}" <${rt}>, "Updated remittance instructions". desk-words.ts gluedDesk knows only DESK_WORDS and COMPANY_FORMS glued to the reader's name; "${rt.split('@')[1]}" glues a word it lacks, so reply-to.ts firmsDomain may take the domain for the principal's own firm. Signed d=docusign.net, DMARC passes, EOP records every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (the reader's organisation's name glued to a short word: a look-alike of the reader's own).`,
      eml: await atOutlook(docusign(who, 'Updated remittance instructions', n, `"${who}" <${rt}>`)),
      zone: DS_ZONE,
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
    n = String.fromCharCode(n.charCodeAt(0) + 1);
  }

  // 9. own-domain: a null envelope (MAIL FROM:<>) leaves spf.domain to the HELO name, or none.
  {
    const r: Relay = { helo: `smtp.${ATT}`, rdns: `smtp.${ATT}`, ip: '203.0.113.91' };
    const s: Sent = {
      from: `"Marcus Hale" <marcus.hale@${ORG}>`,
      envelope: '',
      relay: r,
      signers: [],
      subject: 'Urgent wire today',
      body: WIRE,
      messageId: `<87i.1@${ORG}>`,
    };
    emit(write, {
      name: 'probe87-gmail-ceo-p-none-null-envelope-online',
      cls: 'own-domain-null-envelope',
      about: `The reader's organisation at p=none. A forgery From the CEO from the attacker's server with a null envelope (MAIL FROM:<>, as a bounce is sent), HELO smtp.${ATT} whose SPF passes, unsigned. Gmail records SPF pass for the HELO's postmaster, DMARC fail (p=NONE). own-domain.ts fires where our SPF check refuses the organisation's envelope or where the envelope is another domain's; a null envelope is neither. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (the reader's own domain, nothing of it authenticating).`,
      eml: await atGmail(
        s,
        'i',
        'NONE',
        ['dkim=none;', gmailSpf(`postmaster@smtp.${ATT}`, r.ip), gmailDmarc(ORG, 'NONE', 'fail')].join(
          '\r\n       ',
        ),
        undefined,
      ),
      zone: { ...attZone(r), ...txt(`smtp.${ATT}`, `v=spf1 ip4:${r.ip} -all`), ...orgZone('none') },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 10. own-domain: an envelope at a subdomain of the reader's organisation with no SPF record.
  {
    const r: Relay = { helo: `smtp.${ATT}`, rdns: `smtp.${ATT}`, ip: '203.0.113.92' };
    const env = `bounce@news.${ORG}`;
    emit(write, {
      name: 'probe87-gmail-payroll-p-none-envelope-org-subdomain-spf-none-online',
      cls: 'own-domain-subdomain-envelope',
      about: `The reader's organisation at p=none. A forgery From payroll@${ORG} from the attacker's server with the envelope ${env}: a subdomain of the organisation that publishes no SPF record, so SPF reads none, not fail. own-domain.ts's refused branch asks for fail and its foreign branch asks for another organisation's envelope; this envelope is the organisation's own and is not refused. Unsigned; Gmail records spf=none and DMARC fail (p=NONE). Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
      eml: await atGmail(
        {
          from: `"Tidewater Payroll" <payroll@${ORG}>`,
          envelope: env,
          relay: r,
          signers: [],
          subject: 'Action required: confirm your bank details',
          body: PAYROLL,
          messageId: `<87j.1@${ORG}>`,
        },
        'j',
        'NONE',
        [
          'dkim=none;',
          `spf=none (google.com: ${env} does not designate permitted sender hosts) smtp.mailfrom=${env};`,
          gmailDmarc(ORG, 'NONE', 'fail'),
        ].join('\r\n       '),
        undefined,
      ),
      zone: { ...attZone(r), ...orgZone('none') },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 11. own-domain: the forger's own SendGrid account (a known ESP's server, his own envelope).
  {
    const r: Relay = {
      helo: 'o87.ptr1234.sendgrid.net',
      rdns: 'o87.ptr1234.sendgrid.net',
      ip: '149.72.87.87',
    };
    const env = 'bounces+4187287-ab87-robin.reader=tidewater.example@sendgrid.net';
    emit(write, {
      name: 'probe87-gmail-ceo-p-none-forgers-own-sendgrid-account-online',
      cls: 'own-domain-esp',
      about: `The reader's organisation at p=none. The attacker opens a SendGrid trial account (no domain authentication) and sends From the CEO "Marcus Hale" <marcus.hale@${ORG}>: SendGrid's relay, its own envelope at sendgrid.net (SPF pass), its own signature d=sendgrid.net only, DMARC fail (p=NONE). own-domain.ts's foreign branch spares any known ESP's server (origin.esp), meant for the organisation's own SaaS notices. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (README "Still" since round 86; see the report).`,
      eml: await atGmail(
        {
          from: `"Marcus Hale" <marcus.hale@${ORG}>`,
          envelope: env,
          relay: r,
          signers: [['sendgrid.net', 's87']],
          subject: 'Urgent wire today',
          body: WIRE,
          messageId: `<87k.sg@${ORG}>`,
        },
        'k',
        'NONE',
        [gmailDkim('sendgrid.net', 's87'), gmailSpf(env, r.ip), gmailDmarc(ORG, 'NONE', 'fail')].join(
          '\r\n       ',
        ),
      ),
      zone: {
        ...ptr(r.ip, r.rdns),
        [r.rdns]: { A: [r.ip] },
        ...txt('sendgrid.net', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 -all'),
        ...key('sendgrid.net', 's87'),
        ...orgZone('none'),
      },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 12. own-domain over IPv6, no DMARC record, in Yahoo.
  {
    const r: Relay = { helo: `smtp6.${ATT}`, rdns: `smtp6.${ATT}`, ip: '2001:db8:87::25' };
    const s: Sent = {
      from: `"Tidewater IT Service Desk" <it@${ORG}>`,
      envelope: `bounce@${ATT}`,
      relay: r,
      signers: [],
      subject: 'Action required: staff account re-validation',
      body: RESET('Tidewater IT Service Desk'),
      messageId: `<87l.1@${ORG}>`,
    };
    emit(write, {
      name: 'probe87-yahoo-it-desk-no-dmarc-own-envelope-ipv6-online',
      cls: 'own-domain-ipv6',
      about: `The reader's organisation publishes no DMARC record. A forgery From it@${ORG} from the attacker's server over IPv6 (${r.ip}), envelope bounce@${ATT} whose SPF (ip6) passes, unsigned, into Yahoo. own-domain.ts's foreign branch needs origin.ip; an IPv6 origin must be read as one. Online, yahoo, --recipient-domain ${ORG}. Wanted: not trusted.`,
      eml: yahooDelivery(await signed(s), {
        relay: r,
        envelope: s.envelope,
        results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=${ATT};\r\n dmarc=unknown header.from=${ORG};`,
      }),
      zone: {
        ...attZone(r),
        [r.rdns]: { AAAA: [r.ip] },
        ...txt(ATT, `v=spf1 ip6:2001:db8:87::/48 -all`),
        ...orgZone(null),
      },
      args: [...YAHOO, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 13. Control: a colleague's genuine Workspace mail.
  emit(write, {
    name: 'probe87-gmail-colleague-workspace-control-online',
    cls: 'control',
    about: `Control: the CEO writes from the organisation's Google Workspace, signed d=${ORG}, SPF and DMARC (p=quarantine) pass, Gmail records every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      {
        from: `"Marcus Hale" <marcus.hale@${ORG}>`,
        envelope: `marcus.hale@${ORG}`,
        relay: GOOGLE,
        signers: [[ORG, 'google']],
        subject: 'Supplier spend for Thursday',
        body: 'Robin,\r\n\r\nCan you send me the Q3 supplier spend before Thursday? Thanks.\r\n\r\nMarcus\r\n',
        messageId: '<CAG87m2yR@mail.gmail.com>',
      },
      'm',
      'QUARANTINE',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // 14. Control: a friend's genuine share from his own Gmail.
  emit(write, {
    name: 'probe87-gmail-docs-share-friend-own-gmail-control-online',
    cls: 'control',
    about: `Control: a friend shares a climbing-trip sheet from his own Google account: "Tomas Ibarra (via Google Docs)" <${DRIVE}>, Reply-To "Tomas Ibarra" <tomas.ibarra@gmail.com>. Signed d=google.com, DMARC passes. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (a person's own share; the low reply note may stay).`,
    eml: await atGmail(
      gdocs('Tomas Ibarra', 'Picos trip - kit list', 'n', '"Tomas Ibarra" <tomas.ibarra@gmail.com>'),
      'n',
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
