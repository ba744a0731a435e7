// Real-world delivery shapes, hundred-and-seventy-third round: SaaS and platform notifications
// sent from the platforms' OWN servers (no ESP of a customer's choosing between), for platforms the
// legit corpus had fewer than three cases of: X (twitter.com, its own AS13414), Steam
// (steampowered.com, Valve's own AS32590), Trello (Atlassian's own email-tagged EC2 hosts, single
// /32s on Amazon's network) and Airbnb (its notices through Amazon SES, whose ranges its own record
// lists). Each read as a Gmail reader (--webmail gmail, online with the platform's zone and
// offline), an Exchange Online reader (--webmail outlook) and the reader's own Postfix box
// (--authserv-id, OpenDKIM/OpenDMARC results). Attack twins beside the cloud-hosted one: a stranger's
// EC2 in the same region (us-west-2) replaying Trello's signed notice, and the same stranger's VM
// signing a look-alike domain of its own (both must stay flagged).
// Platforms skipped as already covered by three or more cases (`grep -rli`): Zoom, Microsoft
// Teams/SharePoint, Slack, Notion, Okta, Intuit, Adobe Sign, Dropbox, Calendly, LinkedIn, Apple,
// Facebook. Canva, Asana, monday.com, RingCentral, Vonage, Twilio, Uber, Discord: no delivered
// header of theirs was found in the corpora (Discord's one, in a public repo's Gmail dump, is
// SendGrid: `dkim=pass header.i=@discord.com header.s=s1`, `header.i=@sendgrid.info`,
// smtp.mailfrom=bounces+…@mail.discord.com from 192.254.120.211, an ESP the engine knows), so
// they are not modelled.
// Where the layouts were learnt (`find_string`, `search` pages/code), and what was not:
// - X / Twitter: a public phishing-triage write-up (find_string "spruce-goose") lists the real
//   relay hop `spruce-goose-ax.twitter.com [199.59.150.93]`; a public mail-database dump shows
//   `Twitter <confirm@twitter.com>` with Message-ID `<BC.EB.02656.6C199F25@spruce-goose.twitter.com>`
//   (2014). `classify 199.59.150.93`: AS13414 Twitter Inc., not hosting, not an ESP. NOT confirmed:
//   twitter.com's full SPF record (modelled ip4:199.16.156.0/22 ip4:199.59.148.0/22 -all), the
//   DKIM selector (modelled dkim-201406, recalled), DMARC p=reject (recalled), the envelope
//   (modelled a n<hash>@twitter.com VERP-style bounce address, recalled).
// - Steam: a phishing-analysis test fixture modelled on Steam's wishlist mail (find_string
//   "smtp.steampowered.com"): From/Reply-To/Return-Path noreply@steampowered.com, Message-ID
//   `<…@smtp.steampowered.com>`; a recon write-up: steampowered.com's MX smtp.steampowered.com is
//   208.64.202.36. `classify 208.64.202.40`: AS32590 Valve Corporation, not hosting. NOT confirmed:
//   that outbound mail leaves from that very host (modelled: it does, forward-confirmed), the DKIM
//   selector (modelled smtp) and DMARC (modelled p=reject).
// - Trello / Atlassian: lib/relay/providers-esp.ts "Atlassian Cloud" (ip-ranges.atlassian.com's
//   "email" /32s as mirrored by rezmoss/cloud-provider-ip-addresses, e.g. 34.212.5.76, inside
//   AWS's AS16509 us-west-2). trello.com's From `Trello <do-not-reply@trello.com>` is recalled;
//   the envelope (bounce@…trello.com), PTR (EC2's default name) and selector were NOT confirmed.
// - Airbnb: its published records (spoofchecker.online and digga.dev pages for airbnb.com, April
//   2026): `v=spf1 include:spf1.airbnb.com ip6:…4864::/56 … ip4:87.253.232.0/21
//   ip4:76.223.176.0/20 ip4:76.223.128.0/19 -all`, DKIM selectors google, k1, smtp, zendesk1, cm,
//   `v=DMARC1;p=reject;sp=reject;pct=100;…;aspf=r;adkim=r`. 76.223.176.0/20 is Amazon SES's.
//   NOT confirmed: which Airbnb mail leaves through SES, the SES host name in 76.223.176.0/20
//   (modelled e176-9.smtp-out.us-west-2.amazonses.com), the envelope (modelled a custom MAIL FROM
//   under email.airbnb.com), the selector it signs with there (modelled smtp).
// Gmail, Exchange Online and Postfix layouts: test/corpus/receivers.ts (gmailDelivery, eopDelivery)
// and messages.ts (received), as earlier rounds learnt them. Names and addresses are documentation
// ones except the platforms' own hosts and ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, eopPass, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

const FIRM = 'reader.example';
const ROBIN = `robin@${FIRM}`;
const OUTLOOK_TO = 'robin@harbourline.example';
const BOX = ['--authserv-id', RECEIVER];

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; ${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

// --- The platforms' relays ------------------------------------------------------------------------
const X_OUT: Relay = {
  helo: 'spruce-goose-ax.twitter.com',
  rdns: 'spruce-goose-ax.twitter.com',
  ip: '199.59.150.93',
};
const STEAM_OUT: Relay = {
  helo: 'smtp.steampowered.com',
  rdns: 'smtp.steampowered.com',
  ip: '208.64.202.36',
};
/** One of Atlassian's email-tagged EC2 hosts (us-west-2), EC2's default reverse name. */
const ATL_OUT: Relay = {
  helo: 'ec2-34-212-5-76.us-west-2.compute.amazonaws.com',
  rdns: 'ec2-34-212-5-76.us-west-2.compute.amazonaws.com',
  ip: '34.212.5.76',
};
/** A stranger's EC2 instance in the same region, next door. */
const STRANGER: Relay = {
  helo: 'ec2-34-212-5-77.us-west-2.compute.amazonaws.com',
  rdns: 'ec2-34-212-5-77.us-west-2.compute.amazonaws.com',
  ip: '34.212.5.77',
};
const SES_OUT: Relay = {
  helo: 'e176-9.smtp-out.us-west-2.amazonses.com',
  rdns: 'e176-9.smtp-out.us-west-2.amazonses.com',
  ip: '76.223.176.9',
};

/** Zoom's own host in its 170.114.0.0/16, announced by Amazon (realworld156's layout). */
const ZOOM_OUT: Relay = {
  helo: 'mail-170-114-10-84.zoom.us',
  rdns: 'mail-170-114-10-84.zoom.us',
  ip: '170.114.10.84',
};
/** A DigitalOcean droplet the attacker named mail.zoom.us: DigitalOcean sets its PTR to that name. */
const DROPLET: Relay = { helo: 'mail.zoom.us', rdns: 'mail.zoom.us', ip: '167.99.10.20' };

const LOOKALIKE = 'trello-boards.example';

const ZONE = {
  ...[X_OUT, STEAM_OUT, ATL_OUT, STRANGER, SES_OUT, ZOOM_OUT].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {} as Record<string, unknown>,
  ),
  ...txt('twitter.com', 'v=spf1 ip4:199.16.156.0/22 ip4:199.59.148.0/22 -all'),
  ...dmarc('twitter.com', 'p=reject'),
  ...key('twitter.com', 'dkim-201406'),
  ...txt('steampowered.com', `v=spf1 ip4:${STEAM_OUT.ip} ip4:208.64.202.0/24 -all`),
  ...dmarc('steampowered.com', 'p=reject'),
  ...key('steampowered.com', 'smtp'),
  // Trello's bounce domain lists Atlassian's email hosts one by one, as its published list does.
  ...txt('bounce.trello.com', 'v=spf1 ip4:34.212.5.76 ip4:34.209.119.136 ip4:35.167.7.36 -all'),
  ...txt('trello.com', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('trello.com', 'p=reject'),
  ...key('trello.com', 's1'),
  ...txt(
    'airbnb.com',
    'v=spf1 include:spf1.airbnb.com ip4:87.253.232.0/21 ip4:76.223.176.0/20 ip4:76.223.128.0/19 -all',
  ),
  ...txt('spf1.airbnb.com', 'v=spf1 ip4:192.0.2.250 -all'),
  ...txt('email.airbnb.com', 'v=spf1 include:amazonses.com -all'),
  ...txt('amazonses.com', 'v=spf1 ip4:76.223.176.0/20 ip4:54.240.0.0/18 -all'),
  ...dmarc('airbnb.com', 'p=reject; sp=reject; pct=100; aspf=r; adkim=r; fo=1'),
  ...key('airbnb.com', 'smtp'),
  ...txt('zoom.us', 'v=spf1 ip4:170.114.0.0/16 include:_spf.google.com include:amazonses.com ~all'),
  // The droplet's PTR only: zoom.us's own DNS does not name it.
  '10.10.99.167.in-addr.arpa': { PTR: [DROPLET.rdns] },
  ...dmarc('zoom.us', 'p=reject'),
  ...key('zoom.us', 's1'),
  // The stranger's own look-alike domain, fully authenticated from his VM.
  ...txt(LOOKALIKE, `v=spf1 ip4:${STRANGER.ip} -all`),
  ...dmarc(LOOKALIKE, 'p=reject'),
  ...key(LOOKALIKE, 's1'),
};

type Reader = 'gmail' | 'gmail-offline' | 'outlook' | 'box';

interface Out {
  relay: Relay;
  envelope: string;
  /** The From domain. */
  from: string;
  /** Signatures the sender adds, first signed first. */
  signers: Array<[string, string]>;
  policy: string;
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';

/** The reader's provider's delivery of `raw` (already signed) from `o.relay`. */
function deliver(raw: string, o: Out, reader: Reader, tag: string): string {
  const envDomain = o.envelope.slice(o.envelope.lastIndexOf('@') + 1);
  if (reader === 'gmail' || reader === 'gmail-offline')
    return gmailDelivery(raw, {
      relay: o.relay,
      envelope: o.envelope,
      results: [
        ...o.signers.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(o.envelope, o.relay.ip),
        gmailDmarc(o.from, o.policy),
      ].join('\r\n       '),
      ids: [`x173csp${tag}pxa`, `a173si${tag}qtb.73`],
      spf: 'pass',
      deliveredTo: true,
      to: GMAIL_TO,
    });
  if (reader === 'outlook') {
    const own = o.signers.find(([d]) => d === o.from) ?? o.signers[o.signers.length - 1];
    const dkim = `dkim=pass (signature was verified)\r\n header.d=${own![0]}`;
    return eopDelivery(raw, { ...eopPass(o.relay, envDomain, dkim, o.from), returnPath: o.envelope });
  }
  const dkim = o.signers
    .map(([d, s]) => `dkim=pass header.d=${d} header.s=${s} header.b=Q29ycHVz`)
    .join(';\r\n\t');
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=pass (${RECEIVER}: domain of ${o.envelope} designates ${o.relay.ip} as permitted sender) smtp.mailfrom=${o.envelope};\r\n\tdmarc=pass header.from=${o.from}`,
    received({
      ...o.relay,
      by: RECEIVER,
      id: `4Zr173${tag}x`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
}

const TO: Record<Reader, string> = {
  gmail: GMAIL_TO,
  'gmail-offline': GMAIL_TO,
  outlook: `Robin <${OUTLOOK_TO}>`,
  box: `Robin <${ROBIN}>`,
};
const ARGS: Record<Reader, string[]> = { gmail: GMAIL, 'gmail-offline': GMAIL, outlook: OUTLOOK, box: BOX };
const SEEN: Record<Reader, string> = {
  gmail: 'Gmail, online with the platform’s zone',
  'gmail-offline': 'Gmail, offline (only Gmail’s results)',
  outlook: 'Exchange Online (EOP’s results)',
  box: 'the reader’s Postfix box (OpenDKIM/OpenDMARC results)',
};

interface Notice {
  from: string;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
}

async function notice(n: Notice, o: Out, to: string): Promise<string> {
  return signAll(
    submitted({
      from: n.from,
      to,
      subject: n.subject,
      date: SENT,
      messageId: n.messageId,
      body: n.body,
      extraHeaders: n.extra,
    }),
    o.signers,
  );
}

/** One genuine notice for each reader in `readers`: every one must read authenticated. */
async function genuine(
  write: CaseWriter,
  slug: string,
  n: Notice,
  o: Out,
  readers: Reader[],
  story: string,
  expect: CaseExpectation = AUTHENTICATED,
): Promise<void> {
  for (const r of readers) {
    const tag = `${slug.slice(0, 2)}${r.slice(0, 2)}`;
    emitCase(write, {
      name: `w173-${r}-${slug}`,
      about: `${story} Read in ${SEEN[r]}. Wanted: authenticated (the platform’s own aligned signature and SPF, p=${o.policy.toLowerCase()}).`,
      class: 'real-mail',
      args: ARGS[r],
      eml: deliver(await notice(n, o, TO[r]), o, r, tag),
      ...(r === 'gmail-offline' ? {} : { zone: ZONE }),
      expect,
    });
  }
}

// --- The notices --------------------------------------------------------------------------------
const X: Out = {
  relay: X_OUT,
  envelope: 'n0173a5e1c9-robin.reader=gmail.com@twitter.com',
  from: 'twitter.com',
  signers: [['twitter.com', 'dkim-201406']],
  policy: 'REJECT',
};
const X_NOTICE: Notice = {
  from: 'X <verify@twitter.com>',
  subject: 'New login to X from Firefox on Linux',
  body: 'We noticed a login to your account @robinreader from a new device.\r\n\r\nDevice: Firefox on Linux\r\nLocation: Hamburg, Germany\r\n\r\nIf this was you, you can ignore this message. If not, change your password at https://x.com/settings/password\r\n',
  messageId: '<C1.73.02656.6C199F25@spruce-goose.twitter.com>',
};

const STEAM: Out = {
  relay: STEAM_OUT,
  envelope: 'noreply@steampowered.com',
  from: 'steampowered.com',
  signers: [['steampowered.com', 'smtp']],
  policy: 'REJECT',
};
const STEAM_NOTICE: Notice = {
  from: 'Steam <noreply@steampowered.com>',
  subject: 'An item on your Steam wishlist is on sale!',
  body: 'Planet of Lana is now 40% off.\r\n\r\nView your wishlist: https://store.steampowered.com/wishlist/\r\n\r\nValve Corporation\r\n',
  messageId: '<wishlist.20261120.173@smtp.steampowered.com>',
  extra: ['Reply-To: noreply@steampowered.com'],
};

const TRELLO: Out = {
  relay: ATL_OUT,
  envelope: 'bounce-0173ab9e@bounce.trello.com',
  from: 'trello.com',
  signers: [['trello.com', 's1']],
  policy: 'REJECT',
};
const TRELLO_NOTICE: Notice = {
  from: 'Trello <do-not-reply@trello.com>',
  subject: 'Sam added you to the card "Q4 print run" on Harbour Launch',
  body: 'Sam Okafor added you to the card "Q4 print run" on the board Harbour Launch.\r\n\r\nView the card: https://trello.com/c/173AbCdE\r\n\r\nYou are receiving this because you are a member of the board.\r\n',
  messageId: '<6757a1b2c3d4e5f60173a9b8.8f2c173@trello.com>',
};

const AIRBNB: Out = {
  relay: SES_OUT,
  envelope: '0101019a173e1c2b-7d1e-4c2a-9f3b-173a5e1c9b2d-000000@email.airbnb.com',
  from: 'airbnb.com',
  signers: [['airbnb.com', 'smtp']],
  policy: 'REJECT',
};
const AIRBNB_NOTICE: Notice = {
  from: 'Airbnb <automated@airbnb.com>',
  subject: 'Reservation confirmed - Harbour cottage, 4-7 Dec',
  body: 'Pack your bags! Your reservation at Harbour cottage is confirmed.\r\n\r\nCheck-in: Fri, 4 Dec, 15:00\r\nConfirmation code: HMX173KQZ\r\n\r\nView your itinerary in the Airbnb app.\r\n',
  messageId: '<0101019a173e1c2b.airbnb.reservation@email.airbnb.com>',
};

export async function makeAll(write: CaseWriter): Promise<void> {
  await genuine(
    write,
    'x-new-login-own-relay',
    X_NOTICE,
    X,
    ['gmail', 'gmail-offline', 'outlook', 'box'],
    `Genuine: X’s new-login notice from verify@twitter.com, sent from its own ${X_OUT.rdns} [${X_OUT.ip}] (AS13414, Twitter’s own network, not a cloud), signed d=twitter.com, Message-ID under spruce-goose.twitter.com, a VERP envelope at twitter.com.`,
  );
  await genuine(
    write,
    'steam-wishlist-own-relay',
    STEAM_NOTICE,
    STEAM,
    ['gmail', 'gmail-offline', 'outlook', 'box'],
    `Genuine: Steam’s wishlist-sale notice from noreply@steampowered.com (Reply-To and envelope the same address), sent from Valve’s own ${STEAM_OUT.rdns} [${STEAM_OUT.ip}] (AS32590), signed d=steampowered.com.`,
  );
  await genuine(
    write,
    'trello-card-atlassian-ec2-host',
    TRELLO_NOTICE,
    TRELLO,
    ['gmail', 'gmail-offline', 'outlook', 'box'],
    `Genuine: Trello’s card notice from do-not-reply@trello.com, sent from one of Atlassian’s own email hosts ${ATL_OUT.ip} (an EC2 address Atlassian publishes with the tag "email", EC2’s default reverse name ${ATL_OUT.rdns}), signed d=trello.com, envelope at bounce.trello.com, whose SPF lists Atlassian’s email hosts one by one.`,
  );
  await genuine(
    write,
    'airbnb-reservation-through-ses',
    AIRBNB_NOTICE,
    AIRBNB,
    ['gmail', 'gmail-offline', 'outlook'],
    `Genuine: Airbnb’s reservation confirmation from automated@airbnb.com through Amazon SES (${SES_OUT.rdns} [${SES_OUT.ip}], inside 76.223.176.0/20, which airbnb.com’s own SPF lists), signed d=airbnb.com, custom MAIL FROM under email.airbnb.com.`,
  );

  // Zoom's own host on Amazon's network (realworld156's layout, Zoom's notices read by Gmail
  // online and offline): offline only Gmail's results and the reverse name Gmail printed speak.
  const ZOOM: Out = {
    relay: ZOOM_OUT,
    envelope: 'no-reply@zoom.us',
    from: 'zoom.us',
    signers: [['zoom.us', 's1']],
    policy: 'REJECT',
  };
  const ZOOM_NOTICE: Notice = {
    from: '"Zoom" <no-reply@zoom.us>',
    subject: 'Cloud Recording - Harbour weekly sync is now available',
    body: 'Hi Robin,\r\n\r\nYour cloud recording is now available.\r\n\r\nTopic: Harbour weekly sync\r\n\r\nShare recording with viewers: https://harbourline.zoom.us/rec/share/173example\r\n\r\nThank you for choosing Zoom.\r\n',
    messageId: '<173z.recording@zoom.us>',
  };
  await genuine(
    write,
    'zoom-recording-own-host-on-aws',
    ZOOM_NOTICE,
    ZOOM,
    ['gmail', 'gmail-offline', 'box'],
    `Genuine: Zoom's cloud-recording notice from no-reply@zoom.us, sent from its own ${ZOOM_OUT.rdns} [${ZOOM_OUT.ip}] (170.114.0.0/16, announced by Amazon: a hosted-server address), signed d=zoom.us, envelope no-reply@zoom.us. Online the reverse name is forward-confirmed inside zoom.us; offline Gmail printed it in its entry line and recorded dkim=pass and dmarc=pass for zoom.us: Amazon sets an Elastic IP's reverse name only where the name's forward record holds the address. Read suspicious offline (hosted-server-relay medium) until 22:5x on 2026-12-06.`,
  );

  // ---- Attack twins on the same cloud ---------------------------------------------------------
  {
    // Trello's genuine signed notice, which the stranger received as a board member, replayed
    // from his own EC2 instance next to Atlassian's host (his own envelope domain passes SPF).
    const o: Out = { ...TRELLO, relay: STRANGER, envelope: `bounce@${LOOKALIKE}` };
    for (const r of ['gmail', 'gmail-offline', 'box'] as const) {
      const raw = await notice(TRELLO_NOTICE, TRELLO, TO[r]);
      emitCase(write, {
        name: `w173-${r}-trello-notice-replayed-from-stranger-ec2`,
        about: `Attack twin of the Trello case: the same genuine d=trello.com notice (the stranger is a member of the board) replayed from his own EC2 instance ${STRANGER.ip} in us-west-2, next door to Atlassian’s ${ATL_OUT.ip}, EC2’s default reverse name, envelope at his own ${LOOKALIKE} (SPF pass for it; DMARC passes for trello.com by the replayed signature). ${SEEN[r]}. Wanted: not trusted (a hosted server that is not Atlassian’s published host).`,
        class: 'red-team',
        args: ARGS[r],
        eml: deliver(raw, o, r, `rp${r.slice(0, 2)}`),
        ...(r === 'gmail-offline' ? {} : { zone: ZONE }),
        expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'] },
      });
    }
  }
  {
    const o: Out = {
      relay: STRANGER,
      envelope: `bounce@${LOOKALIKE}`,
      from: LOOKALIKE,
      signers: [[LOOKALIKE, 's1']],
      policy: 'REJECT',
    };
    const n: Notice = {
      ...TRELLO_NOTICE,
      from: `Trello <do-not-reply@${LOOKALIKE}>`,
      body: 'Sam Okafor shared the board "Invoices 2026" with you.\r\n\r\nSign in to view it: https://trello-boards.example/login\r\n',
      messageId: `<0173.lookalike@${LOOKALIKE}>`,
    };
    for (const r of ['gmail', 'gmail-offline'] as const) {
      emitCase(write, {
        name: `w173-${r}-lookalike-trello-signed-on-stranger-ec2`,
        about: `Attack twin: the same stranger’s EC2 instance ${STRANGER.ip} (us-west-2) sending a Trello look-alike notice as do-not-reply@${LOOKALIKE}, a domain he owns and fully authenticates (SPF ip4 of his VM, DKIM s1, p=reject). ${SEEN[r]}. Wanted: not trusted (a rented server; his own domain passing proves only that he is himself).`,
        class: 'red-team',
        args: ARGS[r],
        eml: deliver(await notice(n, o, TO[r]), o, r, `lk${r.slice(0, 2)}`),
        ...(r === 'gmail-offline' ? {} : { zone: ZONE }),
        expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'] },
      });
    }
  }
  // Zoom's genuine notice replayed from a stranger's EC2 (EC2's own reverse name) and from a
  // DigitalOcean droplet named mail.zoom.us (its PTR is whatever the droplet is called), read
  // offline in Gmail: the offline own-server rule must not take either for Zoom's host.
  for (const [slug, relay] of [
    ['stranger-ec2', STRANGER],
    ['do-droplet-named-mail-zoom-us', DROPLET],
  ] as const) {
    const o: Out = { ...ZOOM, relay, envelope: `bounce@${LOOKALIKE}` };
    for (const r of ['gmail', 'gmail-offline'] as const) {
      emitCase(write, {
        name: `w173-${r}-zoom-notice-replayed-from-${slug}`,
        about: `Attack twin of the Zoom case: the genuine d=zoom.us notice replayed from ${relay.rdns} [${relay.ip}] (${slug === 'stranger-ec2' ? 'a stranger’s EC2 instance, EC2’s default reverse name' : 'a DigitalOcean droplet the attacker named mail.zoom.us, which DigitalOcean makes its PTR without asking zoom.us'}), envelope at his own ${LOOKALIKE}; DMARC passes for zoom.us by the replayed signature. ${SEEN[r]}. Wanted: not trusted.`,
        class: 'red-team',
        args: ARGS[r],
        eml: deliver(await notice(ZOOM_NOTICE, ZOOM, TO[r]), o, r, `z${slug.slice(0, 2)}${r.slice(0, 2)}`),
        ...(r === 'gmail-offline' ? {} : { zone: ZONE }),
        expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'] },
      });
    }
  }
}

// Zoom's own host offline (w173-gmail-offline-zoom-recording-own-host-on-aws): read suspicious
// (hosted-server-relay medium) while it read authenticated online; fixed the same evening
// (lib/findings/hosted-server.ts offlineOwnCloudServer: Gmail's printed reverse name inside the From's
// organisation on AWS, Azure or Google Cloud, beside Gmail's own dkim=pass and dmarc=pass for it).
// Its twins (the stranger's EC2 and a DigitalOcean droplet named mail.zoom.us replaying the notice)
// stay flagged.
// Nothing pending: all the other cases read as wanted (X and Steam from their own networks are no hosted
// servers; Trello's Atlassian EC2 host is in the "Atlassian Cloud" entry; Airbnb's SES host is SES;
// the stranger's EC2 replay and look-alike read suspicious, hosted-server-relay medium, online and
// offline). Not a case here (no uncovered platform with a confirmed own-cloud relay was found): a
// platform's own cloud host named under its own domain (Zoom's shape in realworld156,
// mail-170-114-10-84.zoom.us) reads authenticated online but suspicious offline in Gmail
// (hosted-server-relay medium): lib/findings/hosted-server.ts ownServerEvidence returns only
// offlineListServer offline. See the round's report.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
