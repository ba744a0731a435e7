// Real-world delivery shapes, hundred-and-seventy-fourth round: genuine mail against the two rules
// added at 22:50 on 2026-12-06.
// 1. lib/findings/sender.ts senderNameClaim (`sender-display-name`, from probe181): a Sender whose
//    NAME claims a brand that is neither its own domain's nor the From's, or shows a domain outside
//    the From's organisation; medium beside DMARC pass, low for a list's own Sender (listsSender).
//    Every real layout with a Sender whose name differs from From's, read in Gmail (online and
//    offline), Exchange Online (--webmail outlook) and the reader's own Postfix box: a Google Calendar
//    invitation (Sender "Google Calendar" <calendar-notification@google.com>), a Mailman 2.1 list
//    NAMED after a product ("aws-users", "Microsoft-MVP"), a LISTSERV list titled after one in its
//    IETF header style (original headers kept, Sender added), and Microsoft 365 Groups named after a
//    product ("AWS Platform Team", "Microsoft 365 Champions") expanding a post to a guest member and,
//    inside the tenant, to a member.
// 2. lib/findings/hosted-server.ts offlineOwnCloudServer (from realworld173's Zoom cases): offline,
//    a platform's own host on AWS/Azure/Google Cloud, under its own reverse name, beside the
//    provider's recorded dkim=pass and dmarc=pass. Zoom's own host (170.114.0.0/16, announced by
//    Amazon) read offline on the reader's own box and in Exchange Online, and the shapes that do NOT
//    meet the rule: the box recording no DKIM result (SPF-only), and the reverse name under a
//    sister domain (modelled; see below).
// Not written (grep first, or no Sender name to read): Google Groups (`Sender: hikers@googlegroups.com`,
// no display name: rounds 24/26 lists.ts), groups.io (`Sender: main@<group>.groups.io`, none), Sympa
// (`Sender: <list>-request@host`, none: realworld107), Salesforce (`Sender: postmaster@salesforce.com`,
// none: realworld.ts), Exchange delegates inside one organisation (probe181 and realworld102 hold them;
// a delegate's name names no brand), Planner and Bookings (their brand is in From, not in Sender).
// Zendesk, Freshdesk, DocuSign, Adobe Sign, Eventbrite, Meetup: every delivered layout the corpus
// learnt puts the platform in From ("Jane via Docusign" <dse@…>) with no Sender field, so the new
// rule never reads them. Platforms of rule 2's brief NOT on a cloud (classify, the bundled tables):
// Netflix's omta-…mailer.netflix.com 69.53.226.26 is AS2906 (Netflix's own), Dropbox's
// mail-s1.dropbox.com 162.125.4.23 AS19679 (Dropbox's own) (realworld7's layouts), so no hosted-server
// rule applies; Airbnb is SES (realworld173), Trello Atlassian's listed EC2 hosts ("Atlassian Cloud").
// No delivered header of Slack, Pinterest, Reddit, Spotify, Lyft, Duolingo, Coinbase or Robinhood
// from an own cloud host was found in the corpora (find_string ".slack.com [", ".reddit.com [",
// ".pinterest.com [", ".netflix.com [", "cloudapp.azure.com [": only web and DNS listings, and one
// invented "mail.slack.com [54.240.27.12]" sample in a demo app, an SES address, not used).
// Where the layouts come from:
// - Mailman 2.1's Sender: lists.freedesktop.org's amd-gfx post of 11 Apr 2025 (find_string
//   "X-Mailman-Version: 2.1", a public archive's raw copy): `Sender: "amd-gfx"
//   <amd-gfx-bounces@lists.freedesktop.org>` (the list's NAME, lower case), Errors-To the same,
//   X-BeenThere, List-Id with the list's description, List-Post; the post from AMD's Exchange Online
//   tenant kept its headers and body (no subject tag, no footer on that list), so the author's
//   signature still verifies at the reader. qemu-devel@nongnu.org's copies the same (2.1.23/2.1.29).
//   Built with list-shapes.ts mailmanHeaders.
// - LISTSERV's IETF header style: LISTSERV 16.5 help (listserv.neu.edu, "Header Style": "IETF:
//   Headers are exactly the same as those sent by the original sender, with the possible exception
//   of adding a Sender: line"), and its Sender naming the list's title with the list's address,
//   envelope owner-<LIST>@ (list-shapes.ts notes; lib/message/listserv.ts).
// - Google Calendar: realworld2's rw2-google-calendar-invite layout (Google Calendar Help,
//   "Invitations sent from calendar-notification@google.com"; envelope at
//   calendar-server.bounces.google.com, signed by the Workspace domain and google.com).
// - Microsoft 365 Groups expanding to a guest: realworld102's layout (msxfaq.de "UnifiedGroups
//   Mailrouting"; Exchange Team blog on SRS; Microsoft's ARC i=1 arcselector10001; Outlook shows
//   "<group> on behalf of <author>", [MS-OXCMAIL] as cited in probe181).
// - Zoom's own host mail-170-114-10-84.zoom.us [170.114.10.84] on Amazon's AS14618: realworld156's
//   and realworld173's layout. The sister-domain reverse name (mail-170-114-10-85.zoomcorp.example)
//   is MODELLED to ask the rule's question (no such delivered header was found).
// Receivers: receivers.ts gmailDelivery / eopDelivery, the box as messages.ts received. Names and
// addresses are documentation ones except Google's, Microsoft's and Zoom's own hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
} from '../kit';
import { mailmanHeaders, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

type Reader = 'gmail' | 'gmail-offline' | 'outlook' | 'box' | 'box-offline';
const ARGS: Record<Reader, string[]> = {
  gmail: GMAIL,
  'gmail-offline': GMAIL,
  outlook: OUTLOOK,
  box: ['--authserv-id', RECEIVER],
  'box-offline': ['--authserv-id', RECEIVER],
};
const TO: Record<Reader, string> = {
  gmail: `Robin Reader <${GMAIL_TO}>`,
  'gmail-offline': `Robin Reader <${GMAIL_TO}>`,
  outlook: 'Robin Reader <robin@tidewater.example>',
  box: 'Robin Reader <robin@reader.example>',
  'box-offline': 'Robin Reader <robin@reader.example>',
};
const SEEN_AS: Record<Reader, string> = {
  gmail: 'Gmail, online with the senders’ zones',
  'gmail-offline': 'Gmail, offline (only Gmail’s results)',
  outlook: 'Exchange Online (EOP’s results), online',
  box: 'the reader’s Postfix box (OpenDKIM/OpenDMARC results), online',
  'box-offline': 'the reader’s Postfix box, offline (only its own results)',
};
const offline = (r: Reader) => r.endsWith('-offline');

/** What the reader's provider saw and recorded. */
interface Seen {
  relay: Relay;
  envelope: string;
  /** DKIM passes it recorded; none: it recorded dkim=none. */
  dkim: Array<[string, string]>;
  from: string;
  policy: string;
  dmarc?: 'pass' | 'fail';
  arc?: boolean;
}

let serial = 0;
function deliver(raw: string, s: Seen, r: Reader): string {
  serial += 1;
  const env = s.envelope.slice(s.envelope.lastIndexOf('@') + 1);
  const dmarc = s.dmarc ?? 'pass';
  if (r === 'gmail' || r === 'gmail-offline')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      ids: [`x174csp${300 + serial}pxa`, `a174si${7400 + serial}qtb.174`],
      spf: 'pass',
      deliveredTo: true,
      results: [
        ...s.dkim.map(([d, sel]) => gmailDkim(d, sel)),
        ...(s.arc ? ['arc=pass (i=1);'] : []),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(s.from, s.policy.toUpperCase(), dmarc),
      ].join('\r\n       '),
    });
  if (r === 'outlook') {
    const dkim = s.dkim.length
      ? s.dkim.map(([d]) => `dkim=pass (signature was verified)\r\n header.d=${d}`).join(';')
      : 'dkim=none (message not signed)\r\n header.d=none';
    return eopDelivery(raw, {
      ip: s.relay.ip,
      helo: s.relay.helo,
      ar: `spf=pass (sender IP is ${s.relay.ip})\r\n smtp.mailfrom=${env}; ${dkim};dmarc=${dmarc} action=none\r\n header.from=${s.from};compauth=pass reason=${dmarc === 'pass' ? '100' : '109'}`,
      spf: `Pass (protection.outlook.com: domain of ${env} designates\r\n ${s.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${s.relay.ip}; helo=${s.relay.helo}; pr=C`,
      returnPath: s.envelope,
      frontend: 'BN2PEPF00000174',
    });
  }
  // A box without a DKIM milter writes no dkim clause at all (policyd-spf and OpenDMARC only).
  const dkim = s.dkim.map(
    ([d, sel]) => `dkim=pass (2048-bit key) header.d=${d} header.s=${sel} header.b=Q29ycHVz`,
  );
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${[
      ...dkim,
      `spf=pass (${RECEIVER}: domain of ${s.envelope} designates ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope}`,
      `dmarc=${dmarc} (p=${s.policy.toLowerCase()} dis=none) header.from=${s.from}`,
    ].join(';\r\n\t')}`,
    received({ ...s.relay, by: RECEIVER, id: `4Zr174K${serial}x`, for: 'robin@reader.example' }),
  );
}

interface Shape {
  slug: string;
  story: string;
  readers: Reader[];
  build: (to: string) => Promise<string>;
  seen: Seen;
  zone: Record<string, unknown>;
  expect?: CaseExpectation;
  /** Per reader, when the wanted reading differs. */
  expectFor?: Partial<Record<Reader, CaseExpectation>>;
}

/** Genuine: authenticated, and no claim read into a name its own owner gave. */
const NAMED_OWN: CaseExpectation = { ...AUTHENTICATED, absentFindings: ['sender-display-name'] };
/** Genuine list mail: authenticated; a list's own Sender name is at most a low note. */
const LIST_OK: CaseExpectation = { ...AUTHENTICATED, notVerdict: ['suspicious'] };
/** A group named after a product, in its own words: authenticated; the name is at most a low note. */
const GROUP_OK: CaseExpectation = AUTHENTICATED;
/**
 * Exchange Online read offline: its results are not taken (lib/webmail/profiles.ts) and its entry
 * line prints the client's HELO, not a reverse name it looked up, so nothing ties a cloud address to
 * the platform: hosted-server-relay stays, as for a stranger's VM (w173's replay twins). Not spoofed.
 */
const OUTLOOK_OFFLINE: CaseExpectation = {
  notVerdict: ['spoofed', 'authenticated'],
  findings: ['hosted-server-relay'],
};

function emitShape(write: CaseWriter, s: Shape, eml: Map<Reader, string>): void {
  for (const r of s.readers) {
    emitCase(write, {
      name: `w174-${r}-${s.slug}`,
      about: `${s.story} Read in ${SEEN_AS[r]}.`,
      class: 'real-mail',
      args: ARGS[r],
      eml: eml.get(r)!,
      ...(offline(r) ? {} : { zone: s.zone }),
      expect: s.expectFor?.[r] ?? s.expect ?? NAMED_OWN,
    });
  }
}

async function shape(write: CaseWriter, s: Shape): Promise<void> {
  const out = new Map<Reader, string>();
  for (const r of s.readers) out.set(r, deliver(await s.build(TO[r]), s.seen, r));
  emitShape(write, s, out);
}

// --- Senders and their DNS ------------------------------------------------------------------------
const ALL: Reader[] = ['gmail', 'gmail-offline', 'outlook', 'box'];

/** A Google Workspace organiser (kestrel-tools.example, selector google, p=reject). */
const KESTREL = 'kestrel-tools.example';
const GOOGLE_CAL: Relay = {
  helo: 'mail-sor-f73.google.com',
  rdns: 'mail-sor-f73.google.com',
  ip: '209.85.220.73',
};
const CAL_ZONE = {
  'calendar-server.bounces.google.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  '20230601._domainkey.google.com': KEY(),
  '_dmarc.google.com': { TXT: ['v=DMARC1; p=reject'] },
  [`google._domainkey.${KESTREL}`]: KEY(),
  [`_dmarc.${KESTREL}`]: { TXT: ['v=DMARC1; p=reject'] },
  ...ptr(GOOGLE_CAL.ip, GOOGLE_CAL.rdns),
};

/** A p=reject author whose own server signs (s1), posting to lists. */
const AUTHOR = 'quarkfield.example';
const LISTS = 'lists.opsforum.example';
const LIST_RELAY: Relay = { helo: `mail.${LISTS}`, rdns: `mail.${LISTS}`, ip: '192.0.2.174' };
const LSV = 'LISTSERV.UNI-NORTH.EXAMPLE';
const LSV_RELAY: Relay = {
  helo: 'listserv.uni-north.example',
  rdns: 'listserv.uni-north.example',
  ip: '198.51.100.174',
};
const LIST_ZONE = {
  ...ptr(LIST_RELAY.ip, LIST_RELAY.rdns),
  ...ptr(LSV_RELAY.ip, LSV_RELAY.rdns),
  [LISTS]: { TXT: [`v=spf1 ip4:${LIST_RELAY.ip} -all`] },
  [`_dmarc.${LISTS}`]: { TXT: ['v=DMARC1; p=none'] },
  [`s1._domainkey.${LISTS}`]: KEY(),
  'listserv.uni-north.example': { TXT: [`v=spf1 ip4:${LSV_RELAY.ip} -all`] },
  [`s1._domainkey.${AUTHOR}`]: KEY(),
  [AUTHOR]: { TXT: ['v=spf1 ip4:198.51.100.0/25 -all'] },
  [`_dmarc.${AUTHOR}`]: { TXT: ['v=DMARC1; p=reject'] },
};

/** Fernleaf's Microsoft 365 tenant (selector1, p=quarantine) and its outbound host. */
const FL = 'fernleaf.example';
const NAM: Relay = {
  helo: 'NAM12-BN8-obe.outbound.protection.outlook.com',
  rdns: 'mail-bn8nam12on2174.outbound.protection.outlook.com',
  ip: '40.107.237.174',
};
/** A supplier outside the tenant (its own server, hl1, p=reject). */
const HL = 'harbourline.example';
const HL_RELAY: Relay = { helo: `smtp.${HL}`, rdns: `smtp.${HL}`, ip: '203.0.113.174' };
const M365_ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(NAM.ip, NAM.rdns),
  'arcselector10001._domainkey.microsoft.com': KEY(),
  [FL]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${FL}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`selector1._domainkey.${FL}`]: KEY(),
  ...ptr(HL_RELAY.ip, HL_RELAY.rdns),
  [HL]: { TXT: [`v=spf1 ip4:${HL_RELAY.ip} -all`] },
  [`_dmarc.${HL}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`hl1._domainkey.${HL}`]: KEY(),
};
const srs = (local: string, domain: string) => `bounces+SRS=kT4q2=Z7=${domain}=${local}@${FL}`;
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

/** The group's copy as Exchange Online expands it: Sender the group, the hop, Microsoft's ARC i=1. */
async function groupCopy(signed: string, group: string, aar: string): Promise<string> {
  const raw = onTop(
    `Sender: ${group}\r\n${signed}`,
    `Received: from SA1PR12MB7174.namprd12.prod.outlook.com (2603:10b6:806:2a3::74) by\r\n SA1PR12MB7175.namprd12.prod.outlook.com (2603:10b6:806:2a3::75) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${at(2)}`,
  );
  return sealCorpus(raw, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: aar,
  });
}

/** Zoom's own host on Amazon's network and its DNS (realworld156/173). */
const ZOOM_OUT: Relay = {
  helo: 'mail-170-114-10-84.zoom.us',
  rdns: 'mail-170-114-10-84.zoom.us',
  ip: '170.114.10.84',
};
/** The same platform's host named under a sister domain it also owns (MODELLED). */
const ZOOM_SISTER: Relay = {
  helo: 'mail-170-114-10-85.zoomcorp.example',
  rdns: 'mail-170-114-10-85.zoomcorp.example',
  ip: '170.114.10.85',
};
const ZOOM_ZONE = {
  ...ptr(ZOOM_OUT.ip, ZOOM_OUT.rdns),
  ...ptr(ZOOM_SISTER.ip, ZOOM_SISTER.rdns),
  'zoom.us': { TXT: ['v=spf1 ip4:170.114.0.0/16 include:_spf.google.com include:amazonses.com ~all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'amazonses.com': { TXT: ['v=spf1 ip4:54.240.0.0/18 ~all'] },
  '_dmarc.zoom.us': { TXT: ['v=DMARC1; p=reject'] },
  's1._domainkey.zoom.us': KEY(),
};
const zoomNotice = (to: string) =>
  signCorpus(
    submitted({
      from: '"Zoom" <no-reply@zoom.us>',
      to,
      subject: 'Cloud Recording - Harbour board meeting is now available',
      messageId: '<174z.recording@zoom.us>',
      body: 'Hi Robin,\r\n\r\nYour cloud recording is now available.\r\n\r\nTopic: Harbour board meeting\r\n\r\nShare recording with viewers: https://harbourline.zoom.us/rec/share/174example\r\n\r\nThank you for choosing Zoom.\r\n',
    }),
    { domain: 'zoom.us', selector: 's1' },
  );

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- 1. Google Calendar: Sender "Google Calendar", google.com's own name -----------------------
  await shape(write, {
    slug: 'google-calendar-invite-workspace-organiser',
    story: `Genuine: a Google Calendar invitation from a Google Workspace organiser: From Maren Holt <maren@${KESTREL}>, Sender "Google Calendar" <calendar-notification@google.com>, Reply-To the organiser, envelope at calendar-server.bounces.google.com, signed d=${KESTREL} (google) and d=google.com (Outlook shows "Google Calendar on behalf of Maren Holt"). The Sender names Google at Google's own domain. Wanted: authenticated, no sender-display-name.`,
    readers: ALL,
    build: async (to) =>
      signCorpus(
        await signCorpus(
          submitted({
            from: `Maren Holt <maren@${KESTREL}>`,
            to,
            subject: 'Invitation: Supplier review @ Tue 1 Dec 2026 10am - 11am (GMT)',
            messageId: `<calendar-174a.2026@google.com>`,
            extraHeaders: [
              'Sender: Google Calendar <calendar-notification@google.com>',
              `Reply-To: Maren Holt <maren@${KESTREL}>`,
            ],
            body: 'You have been invited to the following event.\r\n\r\nSupplier review\r\nTue 1 Dec 2026 10am - 11am (GMT)\r\n\r\nInvitation from Google Calendar\r\n',
          }),
          { domain: KESTREL, selector: 'google', headerList: [...SIGNED, 'sender'] },
        ),
        { domain: 'google.com', selector: '20230601', headerList: [...SIGNED, 'sender'] },
      ),
    seen: {
      relay: GOOGLE_CAL,
      envelope: '3dQ174abcDEFghij.klmnopqr@calendar-server.bounces.google.com',
      dkim: [
        [KESTREL, 'google'],
        ['google.com', '20230601'],
      ],
      from: KESTREL,
      policy: 'REJECT',
    },
    zone: CAL_ZONE,
  });

  // ---- 2. Mailman 2.1 lists named after a product, the post unchanged (amd-gfx's shape) ----------
  for (const [name, brand] of [
    ['aws-users', 'Amazon ("aws")'],
    ['microsoft-mvp', 'Microsoft'],
  ] as const) {
    await shape(write, {
      slug: `mailman-list-named-${name}-author-signature-intact`,
      story: `Genuine: Priya Nair <priya@${AUTHOR}> (p=reject, her own server signs s1) posts to the Mailman 2.1 list ${name}@${LISTS}; the list adds only its fields and Sender "${name}" <${name}-bounces@${LISTS}> (the list's name, as amd-gfx@lists.freedesktop.org writes it), no subject tag or footer, so her signature verifies; envelope ${name}-bounces@${LISTS}. The list's name holds a brand word (${brand}) though the list is the users' own. Outlook shows "${name} on behalf of Priya Nair". Wanted: authenticated; a list's own Sender is at most a low note.`,
      readers: ALL,
      build: async (to) =>
        onTop(
          await signCorpus(
            submitted({
              from: `Priya Nair <priya@${AUTHOR}>`,
              to: `${name}@${LISTS}`,
              subject: 'Re: cross-account role assumption from CI',
              date: 'Fri, 20 Nov 2026 09:58:00 +0000',
              messageId: `<174.${name}.priya@${AUTHOR}>`,
              body: `Hi all,\r\n\r\nwe solved it with a dedicated role per pipeline and a session tag.\r\n\r\nPriya\r\n(to ${to.replace(/^.*</, '').replace(/>$/, '')})\r\n`,
            }),
            { domain: AUTHOR, selector: 's1' },
          ),
          ...mailmanHeaders(name, LISTS, name),
        ),
      seen: {
        relay: LIST_RELAY,
        envelope: `${name}-bounces@${LISTS}`,
        dkim: [[AUTHOR, 's1']],
        from: AUTHOR,
        policy: 'REJECT',
      },
      zone: LIST_ZONE,
      expect: LIST_OK,
    });
  }

  // ---- 3. LISTSERV in its IETF header style: original headers, Sender the list's title -----------
  await shape(write, {
    slug: 'listserv-ietf-style-titled-microsoft-exchange',
    story: `Genuine: a post by Priya Nair <priya@${AUTHOR}> (p=reject, signed s1) to the LISTSERV list MSEXCH-L@${LSV} in the IETF header style ("headers exactly the same as those sent by the original sender, with the possible exception of adding a Sender: line"): Sender "Microsoft Exchange administrators" <MSEXCH-L@${LSV}>, envelope owner-MSEXCH-L@${LSV}, her signature intact. Wanted: authenticated; the list's title is the list's own.`,
    readers: ALL,
    build: async (to) =>
      onTop(
        await signCorpus(
          submitted({
            from: `Priya Nair <priya@${AUTHOR}>`,
            to: `MSEXCH-L@${LSV}`,
            subject: 'Hybrid connector certificate renewal',
            date: 'Fri, 20 Nov 2026 09:58:00 +0000',
            messageId: `<174.msexch.priya@${AUTHOR}>`,
            body: `Renewed ours yesterday; remember to rerun the hybrid wizard afterwards.\r\n\r\nPriya\r\n(${to.length})\r\n`,
          }),
          { domain: AUTHOR, selector: 's1' },
        ),
        `Sender: Microsoft Exchange administrators <MSEXCH-L@${LSV}>`,
        `List-Unsubscribe: <mailto:MSEXCH-L-unsubscribe-request@${LSV}>`,
      ),
    seen: {
      relay: LSV_RELAY,
      envelope: `owner-MSEXCH-L@${LSV}`,
      dkim: [[AUTHOR, 's1']],
      from: AUTHOR,
      policy: 'REJECT',
    },
    zone: LIST_ZONE,
    expect: LIST_OK,
  });

  // ---- 4. Microsoft 365 Groups named after a product --------------------------------------------
  const groupOutside = async (to: string, group: string, address: string) => {
    const signed = await signCorpus(
      submitted({
        from: `Tomas Varga <tomas.varga@${HL}>`,
        to: `${group} <${address}>`,
        subject: 'Landing zone hand-over: account list attached',
        date: at(0),
        messageId: `<w174.group.${address.length}@${HL}>`,
        body: `Hello all,\r\n\r\nthe account list for the hand-over is in the shared folder.\r\n\r\nTomas\r\n(${to.length})\r\n`,
      }),
      { domain: HL, selector: 'hl1' },
    );
    const inbound = onTop(
      signed,
      `Authentication-Results: spf=pass (sender IP is ${HL_RELAY.ip})\r\n smtp.mailfrom=${HL}; dkim=pass (signature was verified)\r\n header.d=${HL};dmarc=pass action=none\r\n header.from=${HL};compauth=pass reason=100`,
      `Received: from ${HL_RELAY.helo} (${HL_RELAY.ip}) by\r\n SN1PEPF0002BA74.mail.protection.outlook.com (10.167.242.74) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; ${at(1)}`,
    );
    return groupCopy(
      inbound,
      `${group} <${address}>`,
      `mx.microsoft.com 1; spf=pass (sender ip is ${HL_RELAY.ip}) smtp.rcpttodomain=${FL} smtp.mailfrom=${HL}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${HL}; dkim=pass (signature was verified) header.d=${HL}; arc=none`,
    );
  };
  for (const [slug, group, address] of [
    ['aws-platform-team', 'AWS Platform Team', `aws-platform@${FL}`],
    ['microsoft-365-champions', 'Microsoft 365 Champions', `m365-champions@${FL}`],
  ] as const) {
    await shape(write, {
      slug: `m365-group-${slug}-outside-author-to-guest`,
      story: `Genuine: a supplier (Tomas Varga <tomas.varga@${HL}>, signed hl1, p=reject) writes to Fernleaf's Microsoft 365 Group "${group}" <${address}>; the group's copy to a guest member outside the tenant keeps his From and signature, gains Sender "${group}" <${address}> (Outlook: "${group} on behalf of Tomas Varga"), leaves with an SRS envelope under ${FL} and Microsoft's ARC i=1. The reader's provider records dkim=pass for ${HL}, spf=pass for ${FL}, dmarc=pass. The group is named after the cloud or product the team runs, in the tenant's own domain. Wanted: authenticated.`,
      readers: ALL,
      build: (to) => groupOutside(to, group, address),
      expect: GROUP_OK,
      seen: {
        relay: NAM,
        envelope: srs('tomas.varga', HL),
        dkim: [[HL, 'hl1']],
        from: HL,
        policy: 'REJECT',
        arc: true,
      },
      zone: M365_ZONE,
    });
  }
  // A colleague's post to the same product-named group, copied to a guest outside the tenant.
  await shape(write, {
    slug: 'm365-group-aws-platform-team-colleague-post-to-guest',
    expect: GROUP_OK,
    story: `Genuine: Priya Shah <priya.shah@${FL}> posts to her own tenant's Microsoft 365 Group "AWS Platform Team" <aws-platform@${FL}>; the guest member's copy keeps her From and the tenant's selector1 signature, gains Sender the group, an SRS envelope under ${FL} and Microsoft's ARC i=1; From and Sender are one organisation. Wanted: authenticated.`,
    readers: ALL,
    build: async (to) => {
      const signed = await signCorpus(
        submitted({
          from: `Priya Shah <priya.shah@${FL}>`,
          to: `AWS Platform Team <aws-platform@${FL}>`,
          subject: 'Change freeze for the landing zone from Monday',
          date: at(0),
          messageId: `<SA1PR12MB7174A1B2C3D4E5F6A7B8C9D0E1F2A3B4@SA1PR12MB7174.namprd12.prod.outlook.com>`,
          body: `Hi all,\r\n\r\nno changes to the landing zone from Monday until the audit closes.\r\n\r\nPriya\r\n(${to.length})\r\n`,
        }),
        { domain: FL, selector: 'selector1' },
      );
      return groupCopy(
        signed,
        `AWS Platform Team <aws-platform@${FL}>`,
        `mx.microsoft.com 1; spf=pass smtp.mailfrom=${FL}; dmarc=pass action=none header.from=${FL}; dkim=pass header.d=${FL}; arc=none`,
      );
    },
    seen: {
      relay: NAM,
      envelope: srs('priya.shah', FL),
      dkim: [[FL, 'selector1']],
      from: FL,
      policy: 'QUARANTINE',
      arc: true,
    },
    zone: M365_ZONE,
  });

  // ---- 5. Rule 2: Zoom's own host on Amazon's network, offline on the box and in Outlook --------
  const zoomSeen: Seen = {
    relay: ZOOM_OUT,
    envelope: 'no-reply@zoom.us',
    dkim: [['zoom.us', 's1']],
    from: 'zoom.us',
    policy: 'REJECT',
  };
  await shape(write, {
    slug: 'zoom-recording-own-host-on-aws',
    story: `Genuine: Zoom's cloud-recording notice from no-reply@zoom.us, sent from its own ${ZOOM_OUT.rdns} [${ZOOM_OUT.ip}] (170.114.0.0/16, announced by Amazon: a hosted-server address), signed d=zoom.us, envelope no-reply@zoom.us. Offline only the reader's provider's results and the reverse name it printed speak (offlineOwnCloudServer). Wanted: authenticated (Outlook offline: unverified at worst, its results not being taken offline).`,
    readers: ['box-offline', 'outlook', 'gmail-offline'],
    build: zoomNotice,
    seen: zoomSeen,
    zone: ZOOM_ZONE,
    expect: AUTHENTICATED,
  });
  {
    // Exchange Online read offline: no zone.
    const eml = new Map<Reader, string>([
      ['outlook', deliver(await zoomNotice(TO.outlook), zoomSeen, 'outlook')],
    ]);
    emitCase(write, {
      name: 'w174-outlook-offline-zoom-recording-own-host-on-aws',
      about: `Genuine: the same Zoom notice from its own host on Amazon's network, read in Exchange Online offline (EOP's results are not taken offline, lib/webmail/profiles.ts, and EOP's entry line prints the HELO, not a reverse name it looked up). Wanted: not spoofed; hosted-server-relay stays, as for a stranger's VM replaying the notice: nothing the reader's provider vouches for names Zoom's host.`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: eml.get('outlook')!,
      expect: OUTLOOK_OFFLINE,
    });
  }
  // The box recording no DKIM result (a Postfix box with policyd-spf and OpenDMARC on SPF only).
  await shape(write, {
    slug: 'zoom-recording-own-host-box-records-no-dkim',
    story: `Genuine: the same Zoom notice from ${ZOOM_OUT.rdns} [${ZOOM_OUT.ip}], on a box that runs no DKIM milter (its Authentication-Results hold spf=pass and dmarc=pass by SPF alone, no dkim clause). The rule asks for a recorded aligned DKIM pass: SPF on a cloud address is passed by whoever rents that address next (BreakSPF). Online the reverse name is forward-confirmed and the signature re-checked; offline nothing ties the host to Zoom but the box's SPF. Wanted online: authenticated; offline: not spoofed (hosted-server-relay stays: the rule's design).`,
    readers: ['box', 'box-offline'],
    build: zoomNotice,
    seen: { ...zoomSeen, dkim: [] },
    zone: ZOOM_ZONE,
    expectFor: {
      box: AUTHENTICATED,
      'box-offline': { notVerdict: ['spoofed', 'authenticated'], findings: ['hosted-server-relay'] },
    },
  });
  // The reverse name under a sister domain the platform also owns (MODELLED).
  await shape(write, {
    slug: 'zoom-recording-host-named-under-sister-domain',
    story: `Modelled: Zoom's notice from another of its hosts on Amazon's network whose reverse name is under a sister domain, ${ZOOM_SISTER.rdns} [${ZOOM_SISTER.ip}], not under zoom.us; signed d=zoom.us, dmarc=pass. Online the reverse name is forward-confirmed but outside the From's organisation; offline the rule cannot tie zoomcorp.example to zoom.us. Wanted: not spoofed; hosted-server-relay stays (a name outside the organisation is what a stranger's VM shows too).`,
    readers: ['gmail', 'gmail-offline'],
    build: zoomNotice,
    seen: { ...zoomSeen, relay: ZOOM_SISTER },
    zone: ZOOM_ZONE,
    expect: { notVerdict: ['spoofed', 'authenticated'], findings: ['hosted-server-relay'] },
  });
}

// Found pending (12 cases), fixed at 23:1x the same evening as proposed (lib/findings/sender.ts:
// medium only where the name is the brand's desk and nothing else, disguised, glued or a domain; the
// expectation is now authenticated, the name a low note): the Microsoft 365 Groups named after a product, every reader, online and
// offline: w174-{gmail,gmail-offline,outlook,box}-m365-group-{aws-platform-team,microsoft-365-champions}-
// outside-author-to-guest and w174-{…}-m365-group-aws-platform-team-colleague-post-to-guest.
// Read now: SUSPICIOUS, sender-display-name medium ("the Sender field's name says Amazon, but its
// address is at fernleaf.example"), beside DMARC pass for the author. Wanted: authenticated (at most a
// low note): the group is the tenant's own, named after the cloud or product its team runs, and its
// copy carries Exchange's group expansion (SRS envelope under the tenant, spf=pass for it, ARC i=1
// by microsoft.com).
// At fault: lib/findings/sender.ts senderNameClaim / senderRule's severity: any brand word in a
// non-list Sender's name beside DMARC pass is medium. listsSender cannot rescue it (an M365 group
// writes no List-Id, List-Post, X-BeenThere nor owner- envelope), and neither can "the Sender is
// vouched" or "the Sender is the From's organisation": probe181's attack is exactly a Sender at the
// attacker's own authenticated domain (the colleague-post case has the same shape).
// Smallest fix that keeps probe181 caught: keep medium only where the brand claim is the whole name
// but for desk words, i.e. namesOnlyDesk(name with the brand's words taken out) (lib/findings/
// domains.ts): "PayPal Service" -> "Service" is a desk: medium stays (r181-*-sender-name-brand-*);
// "AWS Platform Team" -> "Platform Team", "Microsoft 365 Champions" -> "365 Champions": a team's own
// words, low. Domain claims (domainInName, r181-*-sender-name-bank-domain-*) unchanged. What it could
// hurt: an attacker who adds one word of his own ("PayPal Billing Platform") drops to low and reads
// authenticated under his own domain, as the From-name rule's own desk test already allows
// (namesOnlyDesk, real-mail round 166). A narrower alternative, for readers inside the tenant only:
// low when the Sender's domain is the reader's own organisation (--recipient-domain, or the Exchange
// Online reader's tenant), where only the reader's own admins name groups; a forged Sender at the
// reader's domain still raises sender-other-org (nothing vouches for it).
// Read right (no pending): Google Calendar's Sender (Google at google.com: isBrandDomain); Mailman 2.1
// lists named aws-users and microsoft-mvp, and the LISTSERV list titled "Microsoft Exchange
// administrators", with the author's signature intact (DMARC pass): sender-display-name LOW
// (listsSender), authenticated. Zoom's own host offline on the box and in Gmail: authenticated
// (hosted-server-relay low, offlineOwnCloudServer). Outside the rule and left flagged by design:
// Exchange Online offline (its results not taken; its entry line prints the HELO only), the box
// without a DKIM milter (SPF alone on a cloud address), and a reverse name under a sister domain:
// suspicious, hosted-server-relay medium, each indistinguishable offline from realworld173's
// stranger-EC2 replay.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
