// Real-world delivery shapes, sixty-second round: genuine mail read offline with no results of the
// provider, and Google Workspace everyday mail, from the side of the ordinary sender and reader:
// never "spoofed", and "suspicious" only for a reason the reader would accept.
// - Since dcd08a2a, offline with no results of the provider's (a self-hosted box that writes no
//   Authentication-Results, only policyd-spf's Received-SPF or nothing; --authserv-id
//   mx.reader.example, no zone) a high impersonation finding reads suspicious, not spoofed
//   (lib/findings/verdict.ts decideVerdict, impersonation-unchecked). This round feeds that reader
//   the genuine mail the impersonation rules (lib/findings/display-name.ts displayNameRule,
//   lookalike.ts, brand-freemail.ts) might mistake: a person's or organiser's name "via" a service
//   (LinkedIn, Eventbrite), a shared-inbox tool writing "Alice at Acme", Google Groups' "'address'
//   via Group" rewrite and Mailman's "Author via List" munging, Request Tracker's "<address> via
//   RT", a scanner's "Scan from HP", brands' regional domains (amazon.de, which the brand table
//   lists; ebay.ch, which it does not; Teams under Microsoft's own .microsoft TLD), a Google
//   Calendar invitation Calendar sends under a Workspace colleague's name, a Google Forms response.
//   Each is read where the reader meets it: mostly the self-hosted box offline (nothing can be
//   proven: unverified is honest, spoofed or suspicious is not), and online at the box, Gmail and
//   Yahoo where the online reading says more.
// Layouts learnt from: Google Calendar invitations as realworld48 writes them ("Organiser
//   <calendar-notification@google.com>", Sender: Google Calendar, Reply-To the organiser;
//   fwd2cal's test fixtures in moeadham/fwd2cal functions/test/binding.js, search tool `code`,
//   for Google's mail-*.google.com hops and d=gmail.com signing); policyd-spf's Received-SPF and
//   Postfix's entry line as rounds-kit.ts postfixEntry writes it; Mailman's list headers from
//   list-shapes.ts; Gmail's and Yahoo's delivery from receivers.ts. The "Name via Service" display
//   names, Google Groups' "'addr' via Group" rewrite with X-Original-Sender, and the services'
//   envelope shapes are recalled from everyday mail, not confirmed byte for byte. Addresses are
//   documentation ones except the providers' own; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, ptr, RECEIVER, type Relay, signAll } from '../kit';
import { mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailSpf, yahooDelivery, yahooResults } from '../receivers';
import { postfixEntry } from '../rounds-kit';

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
// Fixed at 05:09 on 2026-12-05 (lib/findings/domains.ts BRANDS): eBay's other country sites
// (ebay.ch, .at, .be, .nl, .ie, .pl, .com.sg, .com.hk, .com.my, .ph) are eBay's own domains.
// Kept pending (the lead, 05:09 on 2026-12-05): Request Tracker's "<address> via RT" From. The excuse
// proposed rests on headers the sender writes (RT-Originator, RT-Ticket, Managed-BY), so any
// sender could show "ceo@bank.example via RT" over its own authenticated domain and lose the
// display-name-address warning; a genuine ticket copy reading suspicious (online: "really comes
// from kestrel-tools.example, but take care: the name shown is the address …"; offline:
// impersonation-unchecked) is the lesser wrong. README "What still fools".
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'rw62-box-offline-request-tracker-requestor-address-via-rt',
  'rw62-box-online-request-tracker-requestor-address-via-rt',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const BOX = RECEIVER;
const OWN_BOX = ['--authserv-id', BOX];
const YAHOO = ['--webmail', 'yahoo'];
const BOX_TO = 'Robin Reader <robin@reader.example>';
const GMAIL_TO = 'Robin Reader <robin.reader@gmail.com>';
const YAHOO_TO = 'Robin Reader <robin.reader@yahoo.com>';
const UNVERIFIED: CaseExpectation = { verdict: 'unverified' };
const AUTH: CaseExpectation = { verdict: 'authenticated' };

type Reader = 'box-offline' | 'box-online' | 'gmail' | 'yahoo';

interface Sent {
  /** Case name after `rw62-<reader>-`. */
  slug: string;
  /** One sentence: who sends what, and why the impersonation rules might mistake it. */
  story: string;
  from: string;
  subject: string;
  body: string;
  extra?: string[];
  messageId: string;
  relay: Relay;
  envelope: string;
  /** Signatures: [domain, selector]. */
  keys: Array<[string, string]>;
  /** The From domain's organisational domain, for DMARC, and its policy. */
  dmarc: [string, string];
  /** SPF records by name (the envelope's domain at least). */
  spf: Record<string, string>;
}

const gResults = (...rows: string[]) => rows.join('\r\n       ');
const fromDomain = (s: Sent) => /@([^>\s]+)>?\s*$/.exec(s.from)![1]!;

/** The DNS a sender's genuine mail stands on: the corpus key per signer, SPF, DMARC, the relay's PTR. */
const zoneFor = (s: Sent) => ({
  ...ptr(s.relay.ip, s.relay.rdns),
  ...Object.fromEntries(s.keys.map(([d, sel]) => [`${sel}._domainkey.${d}`, KEY()])),
  ...Object.fromEntries(Object.entries(s.spf).map(([d, r]) => [d, { TXT: [r] }])),
  [`_dmarc.${s.dmarc[0]}`]: { TXT: [`v=DMARC1; p=${s.dmarc[1]}`] },
});

/** The self-hosted box: Postfix's entry and, above it, only policyd-spf's Received-SPF (no results). */
const boxDelivery = (raw: string, s: Sent, id: string) =>
  onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    postfixEntry(s.relay, BOX, id, 'robin@reader.example', 'Fri, 20 Nov 2026 10:00:05 +0000'),
  );

const TO: Record<Reader, string> = {
  'box-offline': BOX_TO,
  'box-online': BOX_TO,
  gmail: GMAIL_TO,
  yahoo: YAHOO_TO,
};

/** One genuine message, signed, delivered to each reader named, one case each. */
async function emitSent(
  write: CaseWriter,
  s: Sent,
  readers: Array<[Reader, CaseExpectation, string]>,
  n: number,
): Promise<void> {
  const from = fromDomain(s);
  for (const [reader, expect, wanted] of readers) {
    const raw = await signAll(
      submitted({
        from: s.from,
        to: TO[reader],
        subject: s.subject,
        date: SENT,
        messageId: s.messageId,
        extraHeaders: s.extra,
        body: s.body,
      }),
      s.keys,
    );
    const id = `4ZrW62n${n}${reader.length}`;
    let eml: string;
    let args: string[];
    let where: string;
    if (reader === 'gmail') {
      args = GMAIL;
      where = 'Gmail (--webmail gmail), offline: Gmail records every signature pass, SPF pass and dmarc=pass';
      eml = gmailDelivery(raw, {
        relay: s.relay,
        envelope: s.envelope,
        ids: [`x62csp12${n}0pxa`, `a62si66${n}0qtb.62`],
        to: 'robin.reader@gmail.com',
        spf: 'pass',
        results: gResults(
          ...s.keys.map(([d, sel]) => gmailDkim(d, sel)),
          gmailSpf(s.envelope, s.relay.ip),
          `dmarc=pass (p=${s.dmarc[1].toUpperCase()} sp=${s.dmarc[1].toUpperCase()} dis=NONE) header.from=${from}`,
        ),
      });
    } else if (reader === 'yahoo') {
      args = YAHOO;
      where =
        'Yahoo Mail (--webmail yahoo), offline: Yahoo records every signature pass, SPF pass and dmarc=pass';
      eml = yahooDelivery(raw, {
        relay: s.relay,
        envelope: s.envelope,
        results: yahooResults(
          s.keys,
          s.envelope.split('@').pop()!,
          `dmarc=pass(p=${s.dmarc[1].toUpperCase()}) header.from=${from};`,
        ),
      });
    } else {
      args = OWN_BOX;
      where =
        reader === 'box-offline'
          ? `the reader's self-hosted Postfix box (--authserv-id ${BOX}), which writes no Authentication-Results, only policyd-spf's Received-SPF, read offline (nothing checked)`
          : `the reader's self-hosted Postfix box (--authserv-id ${BOX}), no Authentication-Results of its own, read online (HeaderLens checks SPF, DKIM and DMARC itself)`;
      eml = boxDelivery(raw, s, id);
    }
    emitCase(write, {
      name: `rw62-${reader}-${s.slug}`,
      about: `${s.story} Sent by ${s.relay.helo} (${s.relay.ip}), envelope ${s.envelope}, signed ${s.keys.map(([d]) => `d=${d}`).join(' and ')}; DMARC p=${s.dmarc[1]} at ${s.dmarc[0]}. Read at ${where}. Wanted: ${wanted}`,
      class: 'platform',
      args,
      eml,
      ...(reader === 'box-online' ? { zone: zoneFor(s) } : {}),
      expect,
    });
  }
}

const HONEST_OFFLINE =
  "an honest unverified (nothing was checked, and the name is the service's own layout), never spoofed or suspicious";
const PROVEN_ONLINE =
  "authenticated: the From domain's aligned signature verifies and the name is the service's own layout";
const PROVIDER_SAYS = "authenticated on the provider's word (its trusted results record an aligned pass)";

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. LinkedIn: "Jane Doe via LinkedIn" <invitations@linkedin.com>.
  await emitSent(
    write,
    {
      slug: 'linkedin-invitation-person-via-linkedin',
      story:
        'A LinkedIn connection invitation, From "Jane Doe via LinkedIn" <invitations@linkedin.com>: LinkedIn puts the member\'s name before "via LinkedIn" on its own address; the brand in the name is the From domain\'s own.',
      from: 'Jane Doe via LinkedIn <invitations@linkedin.com>',
      subject: 'Jane Doe wants to connect',
      body: "Hi Robin,\r\n\r\nI'd like to join your LinkedIn network.\r\n\r\nJane Doe\r\nField ecologist at Kestrel Ecology\r\n\r\nAccept: https://www.linkedin.com/comm/mynetwork/discovery-see-all\r\n",
      messageId: '<1722108512.1904332.1763632798123@ltx1-app4521.prod.linkedin.com>',
      relay: { helo: 'mailb-ea.linkedin.com', rdns: 'mailb-ea.linkedin.com', ip: '108.174.0.215' },
      envelope: 's-2bx1k9qv4h7r1q5xk4d3m1wqz8e0yl@bounce.linkedin.com',
      keys: [['linkedin.com', 'd2048-201806']],
      dmarc: ['linkedin.com', 'reject'],
      spf: { 'bounce.linkedin.com': 'v=spf1 ip4:108.174.0.0/20 -all' },
    },
    [['box-offline', UNVERIFIED, HONEST_OFFLINE]],
    1,
  );

  // 2. Eventbrite: an organiser named after a brand, "via Eventbrite".
  await emitSent(
    write,
    {
      slug: 'eventbrite-brand-named-organizer-via-eventbrite',
      story:
        'An Eventbrite order confirmation for a free community event whose organiser profile is called "Microsoft Reactor", From "Microsoft Reactor via Eventbrite" <noreply@order.eventbrite.com>: Eventbrite writes the organiser\'s chosen name, so the name holds a brand the From domain is not (display-name-brand, medium, by design: anyone can name an Eventbrite organiser so).',
      from: 'Microsoft Reactor via Eventbrite <noreply@order.eventbrite.com>',
      subject: 'Your tickets for Intro to GitHub Copilot (Reactor London)',
      body: 'Order #1183355012\r\n\r\nIntro to GitHub Copilot\r\nTuesday, 1 December 2026, 18:00\r\nReactor London\r\n\r\nView your tickets: https://www.eventbrite.co.uk/mytickets/\r\n',
      messageId: '<1183355012.62.1763632798@order.eventbrite.com>',
      relay: { helo: 'o2.order.eventbrite.com', rdns: 'o2.order.eventbrite.com', ip: '167.89.54.20' },
      envelope: 'bounces+4433221-aa01-robin=reader.example@order.eventbrite.com',
      keys: [['order.eventbrite.com', 's1']],
      dmarc: ['eventbrite.com', 'reject'],
      spf: { 'order.eventbrite.com': 'v=spf1 ip4:167.89.0.0/17 -all' },
    },
    [
      [
        'yahoo',
        { verdict: 'suspicious', findings: ['display-name-brand'] },
        'suspicious for the brand named by an organiser on a platform anyone can use (the finding says the name "Microsoft" is not microsoft.com\'s and partners may do this): a reason the reader accepts; never spoofed',
      ],
    ],
    3,
  );

  // 3. A shared inbox (Help Scout): "Alice at Acme" <support@acme.example>.
  await emitSent(
    write,
    {
      slug: 'helpscout-agent-at-company-shared-inbox',
      story:
        'A support reply written in Help Scout, From "Alice at Kestrel Tools" <support@kestrel-tools.example>: shared-inbox tools (Help Scout, Front, Zendesk) put the agent\'s name and "at <Company>" before the shared address; " at " followed by a word with no dot is no address in the name.',
      from: 'Alice at Kestrel Tools <support@kestrel-tools.example>',
      subject: 'Re: Licence key not accepted [#48213]',
      body: 'Hi Robin,\r\n\r\nI have re-issued your licence key; please try again with the one below.\r\n\r\nAlice\r\nKestrel Tools Support\r\n',
      messageId: '<reply-48213-1763632798@helpscout.net>',
      extra: ['Reply-To: Kestrel Tools Support <support@kestrel-tools.example>'],
      relay: {
        helo: 'a62-12.smtp-out.amazonses.com',
        rdns: 'a62-12.smtp-out.amazonses.com',
        ip: '54.240.62.12',
      },
      envelope: '0100019346d4e5f6-0a4b8c53-94dd-4f6e-c1b2-5d0e9f8a7b62-000000@bounces.kestrel-tools.example',
      keys: [
        ['kestrel-tools.example', 'hs1'],
        ['amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'],
      ],
      dmarc: ['kestrel-tools.example', 'quarantine'],
      spf: {
        'bounces.kestrel-tools.example': 'v=spf1 include:amazonses.com -all',
        'amazonses.com': 'v=spf1 ip4:54.240.0.0/18 -all',
      },
    },
    [['box-offline', UNVERIFIED, HONEST_OFFLINE]],
    4,
  );

  // 4. Google Workspace group: "'alice@partner.example' via Sales" <sales@acme.example>.
  const gsorA: Relay = {
    helo: 'mail-sor-f41.google.com',
    rdns: 'mail-sor-f41.google.com',
    ip: '209.85.220.41',
  };
  await emitSent(
    write,
    {
      slug: 'workspace-group-author-address-via-group',
      story:
        "A Google Workspace group at the reader's client (sales@kestrel-tools.example) passes on a partner's mail that had no display name: Groups rewrites From to \"'ana@partner-firm.example' via Sales\" <sales@kestrel-tools.example>, signs it d=kestrel-tools.example, and names the author in X-Original-Sender and Reply-To. The address in the name is the list author (listFromRewrite), not the trick display-name-address reports.",
      from: "'ana@partner-firm.example' via Sales <sales@kestrel-tools.example>",
      subject: 'Quote for 40 trail cameras',
      body: 'Hello,\r\n\r\nPlease find our quote for 40 trail cameras below; delivery in two weeks.\r\n\r\nAna\r\n',
      messageId: '<CAH62qw1a2b3c4d5e6f7g8h9i0jkLMnoPQ@mail.gmail.com>',
      extra: [
        'Reply-To: ana@partner-firm.example',
        'X-Original-Sender: ana@partner-firm.example',
        'X-Original-Authentication-Results: mx.google.com;\r\n       spf=pass (google.com: domain of ana@partner-firm.example designates 192.0.2.88 as permitted sender) smtp.mailfrom=ana@partner-firm.example',
        'Precedence: list',
        'Mailing-list: list sales@kestrel-tools.example; contact sales+owners@kestrel-tools.example',
        'List-ID: <sales.kestrel-tools.example>',
        'X-Spam-Checked-In-Group: sales@kestrel-tools.example',
        'X-Google-Group-Id: 620415151234',
        'List-Post: <https://groups.google.com/a/kestrel-tools.example/group/sales/post>, <mailto:sales@kestrel-tools.example>',
        'List-Help: <https://support.google.com/a/kestrel-tools.example/bin/topic.py?topic=25838>, <mailto:sales+help@kestrel-tools.example>',
        'List-Unsubscribe: <mailto:googlegroups-manage+620415151234+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/kestrel-tools.example/group/sales/subscribe>',
      ],
      relay: gsorA,
      envelope: 'sales+bncBDL4V3XKQ4KBBQ7G4G6QMGQE2BSKU7I@kestrel-tools.example',
      keys: [['kestrel-tools.example', 'google']],
      dmarc: ['kestrel-tools.example', 'reject'],
      spf: {
        'kestrel-tools.example': 'v=spf1 include:_spf.google.com -all',
        '_spf.google.com': 'v=spf1 ip4:209.85.128.0/17 -all',
      },
    },
    [['box-offline', UNVERIFIED, HONEST_OFFLINE]],
    5,
  );

  // 5. Mailman 3's munged From: "Alice Author via Devel".
  const LIST = 'lists.fieldnotes.example';
  await emitSent(
    write,
    {
      slug: 'mailman-munged-author-via-list',
      story: `A post to a Mailman list (devel@${LIST}, DMARC mitigation "munge From"): From "Alice Author via Devel" <devel@${LIST}>, the author in Cc, the list's own signature, its headers and footer.`,
      from: `Alice Author via Devel <devel@${LIST}>`,
      subject: '[Devel] Release 2.4 branch is open',
      body: `Hi all,\r\n\r\nThe 2.4 branch is open; please target fixes there.\r\n\r\nAlice\r\n${mailmanFooter('devel', LIST, 'Devel')}`,
      messageId: '<62a0b1c2-d3e4-4f56-8a9b-0c1d2e3f4a5b@author-mail.example>',
      extra: [
        'Cc: Alice Author <alice@author-mail.example>',
        'Reply-To: Devel <devel@lists.fieldnotes.example>',
        ...mailmanHeaders('devel', LIST, 'Devel'),
      ],
      relay: { helo: 'mail.fieldnotes.example', rdns: 'mail.fieldnotes.example', ip: '203.0.113.62' },
      envelope: `devel-bounces@${LIST}`,
      keys: [[LIST, 'lists']],
      dmarc: ['fieldnotes.example', 'none'],
      spf: { [LIST]: 'v=spf1 ip4:203.0.113.62 -all' },
    },
    [['box-offline', UNVERIFIED, HONEST_OFFLINE]],
    6,
  );

  // 6. "Scan from HP" through the firm's Workspace SMTP relay.
  await emitSent(
    write,
    {
      slug: 'scan-from-hp-via-workspace-smtp-relay',
      story:
        "An office multifunction printer's scan-to-email, From \"Scan from HP\" <scanner@kestrel-tools.example>, submitted through Google Workspace's SMTP relay (smtp-relay.gmail.com) which signs d=kestrel-tools.example: a device vendor's name in the display name.",
      from: 'Scan from HP <scanner@kestrel-tools.example>',
      subject: 'Scan from HP LaserJet MFP M428fdw',
      body: 'Scanned document attached (scan_2026-11-20_095958.pdf).\r\n',
      messageId: '<HP62A1B2C3.20261120095958@NPI8A2B3C>',
      relay: { helo: 'mail-relay-f62.google.com', rdns: 'mail-relay-f62.google.com', ip: '209.85.218.62' },
      envelope: 'scanner@kestrel-tools.example',
      keys: [['kestrel-tools.example', 'google']],
      dmarc: ['kestrel-tools.example', 'reject'],
      spf: {
        'kestrel-tools.example': 'v=spf1 include:_spf.google.com -all',
        '_spf.google.com': 'v=spf1 ip4:209.85.128.0/17 -all',
      },
    },
    [['box-offline', UNVERIFIED, HONEST_OFFLINE]],
    7,
  );

  // 7. Brands' regional domains: amazon.de, Teams under Microsoft's own .microsoft TLD.
  await emitSent(
    write,
    {
      slug: 'amazon-de-order-confirmation',
      story:
        'An Amazon.de order confirmation, From "Amazon.de" <bestellbestaetigung@amazon.de>: the brand\'s own German domain, with its domain as display name.',
      from: 'Amazon.de <bestellbestaetigung@amazon.de>',
      subject: 'Ihre Amazon.de Bestellung von "Fernglas 10x42"',
      body: 'Hallo Robin,\r\n\r\nvielen Dank für Ihre Bestellung.\r\nBestellnr. 302-6214411-6200062\r\nFernglas 10x42, 1 Stück\r\n',
      messageId: '<0100019346e5f607-1b5c9d64-a5ee-4a7f-d2c3-6e1f0a9b8c73-000000@email.amazonses.com>',
      relay: {
        helo: 'a7-15.smtp-out.eu-west-1.amazonses.com',
        rdns: 'a7-15.smtp-out.eu-west-1.amazonses.com',
        ip: '54.240.7.15',
      },
      envelope: '20261120095958bd5c6a01f2e3d4c5b6a7980123@bounces.amazon.de',
      keys: [
        ['amazon.de', 'v3rr5vvfsdwxobkfgpmwyaoh3mopx2ol'],
        ['amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'],
      ],
      dmarc: ['amazon.de', 'quarantine'],
      spf: { 'bounces.amazon.de': 'v=spf1 ip4:54.240.0.0/18 -all' },
    },
    [['box-offline', UNVERIFIED, `${HONEST_OFFLINE}; no look-alike finding (amazon.de is Amazon's own)`]],
    8,
  );
  await emitSent(
    write,
    {
      slug: 'teams-missed-message-email-teams-microsoft',
      story:
        'A Microsoft Teams missed-activity notice, From "Microsoft Teams" <noreply@email.teams.microsoft>: Microsoft\'s own .microsoft top-level domain, sent through Exchange Online Protection\'s outbound.',
      from: 'Microsoft Teams <noreply@email.teams.microsoft>',
      subject: 'You have 2 new messages in Kestrel Tools',
      body: 'Alice at Kestrel Tools sent you a message:\r\n"Can you check the licence server?"\r\n\r\nOpen Teams: https://teams.microsoft.com/\r\n',
      messageId: '<MW62PR11MB4567.62A1B2C3D4E5F6@MW62PR11MB4567.namprd11.prod.outlook.com>',
      relay: {
        helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
        rdns: 'mail-mw2nam12on2062.outbound.protection.outlook.com',
        ip: '40.107.244.62',
      },
      envelope: 'noreply@email.teams.microsoft',
      keys: [['email.teams.microsoft', 'selector1']],
      dmarc: ['teams.microsoft', 'reject'],
      spf: { 'email.teams.microsoft': 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all' },
    },
    [
      [
        'box-offline',
        UNVERIFIED,
        `${HONEST_OFFLINE}; no look-alike or brand finding (.microsoft is Microsoft's own)`,
      ],
    ],
    10,
  );

  // 8. Google Calendar: an invitation sent by Calendar under a Workspace colleague's name.
  const gsorB: Relay = {
    helo: 'mail-sor-f73.google.com',
    rdns: 'mail-sor-f73.google.com',
    ip: '209.85.220.73',
  };
  await emitSent(
    write,
    {
      slug: 'google-calendar-invite-workspace-colleague',
      story:
        'A Google Calendar invitation from a Workspace colleague at the reader\'s client, From "Alice Colleague" <calendar-notification@google.com> (Calendar writes the organiser\'s name on its own address), Sender: Google Calendar, Reply-To the organiser at kestrel-tools.example.',
      from: 'Alice Colleague <calendar-notification@google.com>',
      subject: 'Invitation: Quarterly survey review @ Tue 1 Dec 2026 10:00 - 11:00 (GMT)',
      body: 'Alice Colleague has invited you to a meeting.\r\n\r\nQuarterly survey review\r\nTuesday 1 Dec 2026 10:00 - 11:00 (GMT)\r\nJoining info: https://meet.google.com/abc-defg-hij\r\n\r\nInvitation from Google Calendar\r\n',
      messageId: '<calendar-62c1e9a4-3b7d-4f2a-9e8c-1d6b5a4f3e20@google.com>',
      extra: [
        'Sender: Google Calendar <calendar-notification@google.com>',
        'Reply-To: Alice Colleague <alice@kestrel-tools.example>',
      ],
      relay: gsorB,
      envelope: '3ngpeZxcKC62ABCDEF-GHIJKLMNOPQRSTUV@calendar-server.bounces.google.com',
      keys: [['google.com', '20230601']],
      dmarc: ['google.com', 'reject'],
      spf: { 'calendar-server.bounces.google.com': 'v=spf1 ip4:209.85.128.0/17 -all' },
    },
    [
      ['box-offline', UNVERIFIED, HONEST_OFFLINE],
      [
        'yahoo',
        { verdict: 'authenticated', findings: ['reply-to-other-org'] },
        `${PROVIDER_SAYS}; the Reply-To at the colleague's firm is named at low severity only (a Gmail organiser's Reply-To is realworld48's known limit)`,
      ],
    ],
    11,
  );

  // 9. Google Forms: a response notification to the form's owner.
  await emitSent(
    write,
    {
      slug: 'google-forms-response-notification',
      story:
        'A Google Forms new-response notice to the form\'s owner, From "Google Forms" <forms-receipts-noreply@google.com>, naming the form "Kestrel Tools licence request" and the respondent.',
      from: 'Google Forms <forms-receipts-noreply@google.com>',
      subject: 'New response to "Kestrel Tools licence request"',
      body: 'Your form "Kestrel Tools licence request" has a new response.\r\n\r\nView response: https://docs.google.com/forms/d/e/1FAIpQLSf62/viewanalytics\r\n',
      messageId: '<0000000000006262a1b2c3d4e5f6a7b8@google.com>',
      relay: gsorB,
      envelope: '3ngpeZxcKC62FORMS-RECEIPTSxyz@docs.bounces.google.com',
      keys: [['google.com', '20230601']],
      dmarc: ['google.com', 'reject'],
      spf: { 'docs.bounces.google.com': 'v=spf1 ip4:209.85.128.0/17 -all' },
    },
    [['box-online', AUTH, PROVEN_ONLINE]],
    12,
  );

  // 10. Request Tracker's friendly From for a requestor with no real name: "<address> via RT".
  await emitSent(
    write,
    {
      slug: 'request-tracker-requestor-address-via-rt',
      story:
        "A support firm's Request Tracker 5 copies the reader (a partner Cc'd on the ticket) on a customer's reply. RT's friendly From is \"<requestor's name> via RT\" on the queue's address, and a requestor RT created from an incoming mail with no real name is named by its address: From \"jane@customer-co.example via RT\" <support@kestrel-tools.example>, RT-Originator: jane@customer-co.example, Reply-To the queue, signed by the firm's own server. The address in the name is the ticket's requestor RT names in RT-Originator, not a forged sender (display-name-address reads it as one).",
      from: '"jane@customer-co.example via RT" <support@kestrel-tools.example>',
      subject: '[Kestrel Support #48213] Licence key not accepted',
      body: 'Ticket <URL: https://rt.kestrel-tools.example/Ticket/Display.html?id=48213 >\r\n\r\nThe new key works, thank you!\r\n\r\nJane\r\n',
      messageId: '<rt-5.0.5-62214-1763632798-1417.48213-5-0@kestrel-tools.example>',
      extra: [
        'Reply-To: support@kestrel-tools.example',
        'X-RT-Loop-Prevention: Kestrel Support',
        'RT-Ticket: Kestrel Support #48213',
        'Managed-BY: RT 5.0.5 (http://www.bestpractical.com/rt/)',
        'RT-Originator: jane@customer-co.example',
        'Precedence: bulk',
      ],
      relay: { helo: 'rt.kestrel-tools.example', rdns: 'rt.kestrel-tools.example', ip: '198.51.100.62' },
      envelope: 'support@kestrel-tools.example',
      keys: [['kestrel-tools.example', 'rt2026']],
      dmarc: ['kestrel-tools.example', 'quarantine'],
      spf: { 'kestrel-tools.example': 'v=spf1 ip4:198.51.100.62 -all' },
    },
    [
      ['box-offline', UNVERIFIED, HONEST_OFFLINE],
      ['box-online', AUTH, PROVEN_ONLINE],
    ],
    13,
  );

  // 11. eBay's Swiss domain: a brand's genuine regional domain the brand table does not list.
  await emitSent(
    write,
    {
      slug: 'ebay-ch-item-sold',
      story:
        'An eBay Switzerland notice, From "eBay" <ebay@ebay.ch>: the brand\'s own Swiss domain (the brand table lists ebay.com, .de, .co.uk, .fr, .it, .es, .com.au, .ca, not .ch).',
      from: 'eBay <ebay@ebay.ch>',
      subject: 'Ihr Artikel wurde verkauft: Fernglas 10x42',
      body: 'Hallo Robin,\r\n\r\nIhr Artikel "Fernglas 10x42" wurde für CHF 120.00 verkauft.\r\n',
      messageId: '<62A1B2C3.1763632798.ebay@ebay.ch>',
      relay: { helo: 'mxphxpool2062.ebay.com', rdns: 'mxphxpool2062.ebay.com', ip: '66.135.215.62' },
      envelope: 'ebay@ebay.ch',
      keys: [['ebay.ch', 's2048']],
      dmarc: ['ebay.ch', 'reject'],
      spf: { 'ebay.ch': 'v=spf1 ip4:66.135.192.0/19 -all' },
    },
    [
      ['box-offline', UNVERIFIED, HONEST_OFFLINE],
      ['gmail', AUTH, PROVIDER_SAYS],
    ],
    14,
  );
}
