// Real-world delivery shapes, hundred-and-eighty-first round: platforms' and self-hosters' own
// mail from their own servers (cloud and own networks), and genuine senders whose own domains
// look like a brand's (`lookalike-domain`, `display-name-brand`). Each read in Gmail (online with
// the sender's zone, and offline), Exchange Online (--webmail outlook), Yahoo (--webmail yahoo)
// and the reader's Postfix box (--authserv-id), as fits the sample.
// Skipped as already covered (`grep -rl`): Zoom (realworld156/173), Trello's Atlassian EC2 hosts
// (173), X, Steam, Airbnb (173), Slack, Notion, Discord (SendGrid), LinkedIn, Apple.
// Where the layouts were learnt, and what was NOT confirmed:
// - amazon.co.jp through Amazon SES: a public Japanese write-up's Gmail header (find_string
//   "bounces.amazon.co.jp"): `dkim=pass header.i=@amazon.co.jp header.s=efcs4kiwgez5q6d7nhj6jx2dyn2hqgz4`,
//   `dkim=pass header.i=@amazonses.com header.s=7v7vs6w47njt4pimodk5mmttbegzsi6n`, `spf=pass … domain of
//   202104080***@bounces.amazon.co.jp designates 54.240.25.2`, `dmarc=pass (p=QUARANTINE sp=QUARANTINE
//   dis=NONE) header.from=amazon.co.jp`, `Received: from a25-2.smtp-…`; a second one in the same
//   file: `e242-10.smtp-out.us-west-1.amazonses.com([23.251.242.10])`. NOT confirmed: the full SES
//   host name of 54.240.25.2 (modelled a25-2.smtp-out.amazonses.com), amazon.co.jp's SPF record
//   (modelled: bounces.amazon.co.jp include of SES's ranges).
// - Amazon's younger storefronts and DHL's Benelux parcel arm (find_string): `"Amazon.com.be"
//   <vfe-campaign-response@amazon.com.be>`, order-update@ and account-update@amazon.com.be (mail
//   sorters' tests and filters in public repos); `"Amazon.co.za" <auto-confirm@amazon.co.za>` with
//   the subject `Ordered: 2 ‘Body Cream for Dry Skin...’ and 4 more items` (a parser's test);
//   order-update@amazon.ie in two repos' storefront tables; `DHL eCommerce <noreply@dhlparcel.nl>`
//   with `Je pakket is bezorgd in de brievenbus (JJD…)` (a mailbox export), dhlecommerce.nl beside
//   it. NOT confirmed: their relays (modelled as amazon.co.jp's SES layout above), envelopes,
//   selectors and DMARC records. The com.be attack twins are this round's own construction.
// - facebookmail.com: real entry lines from Facebook's own hosts (find_string
//   "mail-mail.facebook.com"): Gmail's `from 69-171-232-146.mail-mail.facebook.com
//   (69-171-232-146.mail-mail.facebook.com. [69.171.232.146]) by mx.google.com with ESMTPS`
//   (a public repo's mailbox dump, 2020), a Sendmail box's `from 69-171-232-143.mail-mail.facebook.com
//   … [69.171.232.143]` (a Roundcube plug-in's test, 2022), iRedMail's notes on Facebook's
//   `<ip>.mail-mail.facebook.com` HELO names. AS32934 (Facebook's own, not a cloud). NOT confirmed:
//   the selector (modelled s1024-2013-q3, recalled), the envelope (modelled
//   notification@facebookmail.com), facebookmail.com's SPF (modelled ip4:69.171.232.0/24
//   ip4:66.220.144.0/20 -all) and DMARC (modelled p=reject).
// - Bitbucket (Atlassian): lib/relay/providers-esp.ts "Atlassian Cloud" email /32s (35.167.7.36,
//   on AWS us-west-2, as round 173's bounce.trello.com record lists). NOT confirmed: Bitbucket's
//   envelope (modelled bounce-…@bounce.bitbucket.org), selector, PTR (EC2's default name).
// - Self-hosters on Hetzner and Linode (a Mastodon instance's Postfix, a Matrix homeserver's
//   Synapse mailer): Hetzner's and Linode's reverse-name conventions as lib/relay/hoster-names.ts
//   cites them (Hetzner docs: the customer sets the PTR; techdocs.akamai.com for Linode); public
//   self-hosting write-ups (search "Hetzner mail server": jakobdalsgaard.github.io
//   running-my-own-mailserver.md, Paul1404/astro-portfolio project11.md) on FCrDNS names. The
//   instances' domains are documentation ones; 116.203.0.0/16 is Hetzner's (AS24940),
//   172.105.0.0/16 Linode's (AS63949).
// - Firms named close to brands (Netflex, Dropbags, PayPoint) on Google Workspace: Gmail's
//   outbound host (kit.ts GMAIL_OUT) as earlier rounds learnt it; the firms are documentation names.
// Gmail, Exchange Online, Yahoo and Postfix layouts: test/corpus/receivers.ts (gmailDelivery,
// eopDelivery, yahooDelivery) and messages.ts (received). Every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  GMAIL_OUT,
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
import {
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';

const ROBIN = 'robin@reader.example';
const BOX = ['--authserv-id', RECEIVER];
const YAHOO = ['--webmail', 'yahoo'];
const NOT_SPOOFED: CaseExpectation = { notVerdict: ['spoofed'] };

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; ${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

// --- Relays -----------------------------------------------------------------------------------
const SES_JP: Relay = {
  helo: 'a25-2.smtp-out.amazonses.com',
  rdns: 'a25-2.smtp-out.amazonses.com',
  ip: '54.240.25.2',
};
const FB_OUT: Relay = {
  helo: '69-171-232-143.mail-mail.facebook.com',
  rdns: '69-171-232-143.mail-mail.facebook.com',
  ip: '69.171.232.143',
};
const ATL_OUT: Relay = {
  helo: 'ec2-35-167-7-36.us-west-2.compute.amazonaws.com',
  rdns: 'ec2-35-167-7-36.us-west-2.compute.amazonaws.com',
  ip: '35.167.7.36',
};
/** A Mastodon instance's own Postfix on a Hetzner cloud server, its PTR set by the admin. */
const MASTO: Relay = { helo: 'mail.social.example', rdns: 'mail.social.example', ip: '116.203.45.17' };
/** A Matrix homeserver's mailer on a Linode, its PTR set by the admin. */
const MATRIX: Relay = { helo: 'matrix.chat.example', rdns: 'matrix.chat.example', ip: '172.105.77.40' };

/** A stranger's Hetzner cloud server, Hetzner's default reverse name. */
const STRANGER: Relay = {
  helo: 'static.99.45.203.116.clients.your-server.de',
  rdns: 'static.99.45.203.116.clients.your-server.de',
  ip: '116.203.45.99',
};
/** A name the stranger registered in com.be, the second-level zone the PSL does not list. */
const COMBE_TWIN = 'amazon-levering.com.be';

const ZONE = {
  ...[SES_JP, FB_OUT, ATL_OUT, MASTO, MATRIX, GMAIL_OUT].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {} as Record<string, unknown>,
  ),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:23.251.224.0/19 ip4:76.223.176.0/20 -all'),
  ...txt('bounces.amazon.co.jp', 'v=spf1 include:amazonses.com -all'),
  ...dmarc('amazon.co.jp', 'p=quarantine'),
  ...key('amazon.co.jp', 'efcs4kiwgez5q6d7nhj6jx2dyn2hqgz4'),
  ...key('amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'),
  ...txt('facebookmail.com', 'v=spf1 ip4:69.171.232.0/24 ip4:66.220.144.0/20 -all'),
  ...dmarc('facebookmail.com', 'p=reject'),
  ...key('facebookmail.com', 's1024-2013-q3'),
  ...txt('bounce.bitbucket.org', 'v=spf1 ip4:34.212.5.76 ip4:34.209.119.136 ip4:35.167.7.36 -all'),
  ...dmarc('bitbucket.org', 'p=reject'),
  ...key('bitbucket.org', 's1'),
  ...txt('social.example', `v=spf1 ip4:${MASTO.ip} -all`),
  ...dmarc('social.example', 'p=reject'),
  ...key('social.example', 'mail'),
  ...txt('chat.example', `v=spf1 a:matrix.chat.example -all`),
  'matrix.chat.example': { A: [MATRIX.ip] },
  ...dmarc('chat.example', 'p=quarantine'),
  ...key('chat.example', 'synapse'),
  ...Object.assign(
    {},
    ...['netflex.example', 'dropbags.example', 'paypoint.example'].map((d) => ({
      ...txt(d, 'v=spf1 include:_spf.google.com ~all'),
      ...dmarc(d, 'p=quarantine'),
      ...key(d, 'google'),
    })),
  ),
  ...Object.assign(
    {},
    ...['amazon.com.be', 'amazon.co.za', 'amazon.ie'].map((d) => ({
      ...txt(`bounces.${d}`, 'v=spf1 include:amazonses.com -all'),
      ...dmarc(d, 'p=quarantine'),
      ...key(d, 'efcs4kiwgez5q6d7nhj6jx2dyn2hqgz4'),
    })),
  ),
  ...txt('bounce.dhlparcel.nl', 'v=spf1 include:amazonses.com -all'),
  ...dmarc('dhlparcel.nl', 'p=reject'),
  ...key('dhlparcel.nl', 'dhl1'),
  ...ptr(STRANGER.ip, STRANGER.rdns),
  ...txt(COMBE_TWIN, `v=spf1 ip4:${STRANGER.ip} include:_spf.google.com -all`),
  ...dmarc(COMBE_TWIN, 'p=reject'),
  ...key(COMBE_TWIN, 's1'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all'),
};

type Reader = 'gmail' | 'gmail-offline' | 'outlook' | 'yahoo' | 'box';

interface Out {
  relay: Relay;
  envelope: string;
  from: string;
  signers: Array<[string, string]>;
  policy: string;
}

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
      ids: [`x181csp${tag}pxa`, `a181si${tag}qtb.81`],
      spf: 'pass',
      deliveredTo: true,
      to: GMAIL_TO,
    });
  if (reader === 'outlook') {
    const own = o.signers.find(([d]) => d === o.from) ?? o.signers[0];
    const dkim = `dkim=pass (signature was verified)\r\n header.d=${own![0]}`;
    return eopDelivery(raw, { ...eopPass(o.relay, envDomain, dkim, o.from), returnPath: o.envelope });
  }
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: o.relay,
      envelope: o.envelope,
      results: yahooResults(o.signers, envDomain, `dmarc=pass(p=${o.policy}) header.from=${o.from};`),
    });
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
      id: `4Zr181${tag}x`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
}

const TO: Record<Reader, string> = {
  gmail: GMAIL_TO,
  'gmail-offline': GMAIL_TO,
  outlook: 'Robin <robin@harbourline.example>',
  yahoo: 'Robin <robin.reader@yahoo.com>',
  box: `Robin <${ROBIN}>`,
};
const ARGS: Record<Reader, string[]> = {
  gmail: GMAIL,
  'gmail-offline': GMAIL,
  outlook: OUTLOOK,
  yahoo: YAHOO,
  box: BOX,
};
const SEEN: Record<Reader, string> = {
  gmail: 'Gmail, online with the sender’s zone',
  'gmail-offline': 'Gmail, offline (only Gmail’s results)',
  outlook: 'Exchange Online (EOP’s results)',
  yahoo: 'Yahoo Mail (Yahoo’s results, with the zone)',
  box: 'the reader’s Postfix box (OpenDKIM/OpenDMARC results)',
};

interface Notice {
  from: string;
  subject: string;
  body: string;
  messageId: string;
}

async function notice(n: Notice, o: Out, to: string): Promise<string> {
  return signAll(
    submitted({
      from: n.from,
      to,
      subject: n.subject,
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
      messageId: n.messageId,
      body: n.body,
    }),
    o.signers,
  );
}

async function genuine(
  write: CaseWriter,
  slug: string,
  n: Notice,
  o: Out,
  readers: Reader[],
  story: string,
  expect: CaseExpectation,
  wanted: string,
): Promise<void> {
  for (const r of readers) {
    emitCase(write, {
      name: `w181-${r}-${slug}`,
      about: `${story} Read in ${SEEN[r]}. Wanted: ${wanted}.`,
      class: 'real-mail',
      args: ARGS[r],
      eml: deliver(await notice(n, o, TO[r]), o, r, `${slug.slice(0, 2)}${r.slice(0, 2)}`),
      ...(r === 'gmail-offline' ? {} : { zone: ZONE }),
      expect,
    });
  }
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. Brand subsidiaries and brand mail domains that are not the brand's main domain.
  await genuine(
    write,
    'amazon-co-jp-shipping-through-ses',
    {
      from: 'Amazon.co.jp <shipment-tracking@amazon.co.jp>',
      subject: 'Amazon.co.jp ご注文の商品を発送しました',
      body: 'Robin 様\r\n\r\nご注文の商品を発送しました。お届け予定: 11月22日\r\n注文番号: 250-1810181-1234567\r\n\r\nAmazon.co.jp\r\n',
      messageId: '<0101019a181e1c2b-amazon-co-jp-shipment@us-west-2.amazonses.com>',
    },
    {
      relay: SES_JP,
      envelope: '20261120095958181f9c3eef447347cdb925ff7a9220p0fe-C5CGKT47C4OV7@bounces.amazon.co.jp',
      from: 'amazon.co.jp',
      signers: [
        ['amazon.co.jp', 'efcs4kiwgez5q6d7nhj6jx2dyn2hqgz4'],
        ['amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'],
      ],
      policy: 'QUARANTINE',
    },
    ['gmail', 'gmail-offline', 'outlook', 'yahoo'],
    `Genuine: Amazon Japan's shipping notice from shipment-tracking@amazon.co.jp (Amazon's own ccTLD site, not amazon.com), through Amazon SES ${SES_JP.rdns} [${SES_JP.ip}], signed d=amazon.co.jp and d=amazonses.com, envelope under bounces.amazon.co.jp, p=quarantine.`,
    AUTHENTICATED,
    'authenticated (Amazon’s own ccTLD domain, aligned; no look-alike of amazon.com)',
  );
  await genuine(
    write,
    'facebookmail-notification-own-network',
    {
      from: 'Facebook <notification@facebookmail.com>',
      subject: 'Sam Okafor commented on your post',
      body: 'Sam Okafor commented on your post in Harbour Rowing Club:\r\n\r\n"See you all at 7!"\r\n\r\nView on Facebook: https://www.facebook.com/groups/harbourrowing/\r\n',
      messageId: '<fb181.a1b2c3d4e5f6@facebookmail.com>',
    },
    {
      relay: FB_OUT,
      envelope: 'notification@facebookmail.com',
      from: 'facebookmail.com',
      signers: [['facebookmail.com', 's1024-2013-q3']],
      policy: 'REJECT',
    },
    ['gmail', 'gmail-offline', 'yahoo', 'box'],
    `Genuine: Facebook's comment notice from notification@facebookmail.com (Meta's notification domain, not facebook.com), sent from its own ${FB_OUT.rdns} [${FB_OUT.ip}] (AS32934, Meta's own network), signed d=facebookmail.com.`,
    AUTHENTICATED,
    'authenticated (Meta’s own mail domain; display name “Facebook” is its own brand)',
  );

  // Amazon's younger storefronts (Belgium 2022, South Africa 2024) and DHL's Benelux parcel arm.
  for (const [slug, domain, from, subject, body] of [
    [
      'amazon-com-be-order-update',
      'amazon.com.be',
      '"Amazon.com.be" <order-update@amazon.com.be>',
      'Uw bestelling van "Waterkoker 1,7 l" is verzonden',
      'Hallo Robin,\r\n\r\nUw pakket is onderweg. Verwachte levering: zaterdag 21 november.\r\nBestelnummer: 405-1810181-7654321\r\n\r\nAmazon.com.be\r\n',
    ],
    [
      'amazon-co-za-order-confirmation',
      'amazon.co.za',
      '"Amazon.co.za" <auto-confirm@amazon.co.za>',
      'Ordered: 2 "Body Cream for Dry Skin..." and 4 more items',
      'Hello Robin,\r\n\r\nThank you for your order. We will send a confirmation when your items ship.\r\nOrder #  D01-1810181-2345678\r\n\r\nAmazon.co.za\r\n',
    ],
    [
      'amazon-ie-order-update',
      'amazon.ie',
      '"Amazon.ie" <order-update@amazon.ie>',
      'Your Amazon.ie order of "Kettle 1.7 l" has been dispatched',
      'Hello Robin,\r\n\r\nYour package is on its way. Arriving Saturday 21 November.\r\nOrder # 404-1810181-3456789\r\n\r\nAmazon.ie\r\n',
    ],
    [
      'dhlparcel-nl-delivered',
      'dhlparcel.nl',
      'DHL eCommerce <noreply@dhlparcel.nl>',
      'Je pakket is bezorgd in de brievenbus (JJD000090254011018100181)',
      'Hoi Robin,\r\n\r\nJe pakket van Harbour Books is bezorgd in de brievenbus.\r\nTrack & trace: JJD000090254011018100181\r\n\r\nDHL eCommerce\r\n',
    ],
  ] as const) {
    const dhl = domain === 'dhlparcel.nl';
    await genuine(
      write,
      slug,
      { from, subject, body, messageId: `<0101019a181${slug.slice(0, 10)}@us-west-2.amazonses.com>` },
      {
        relay: SES_JP,
        envelope: dhl ? 'bounce-181@bounce.dhlparcel.nl' : `2026112009595818100181-X181@bounces.${domain}`,
        from: domain,
        signers: [
          [domain, dhl ? 'dhl1' : 'efcs4kiwgez5q6d7nhj6jx2dyn2hqgz4'],
          ['amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n'],
        ],
        policy: dhl ? 'REJECT' : 'QUARANTINE',
      },
      ['gmail', 'gmail-offline', 'outlook'],
      `Genuine: ${from}, the brand's own ${dhl ? 'Benelux parcel company’s domain' : 'country storefront (a public suffix Amazon’s list does not name yet)'}, through Amazon SES ${SES_JP.rdns} [${SES_JP.ip}], signed d=${domain} and d=amazonses.com, aligned.`,
      AUTHENTICATED,
      'authenticated (the brand’s own domain; no look-alike)',
    );
  }

  // 2. A platform's own mail from its own cloud hosts.
  await genuine(
    write,
    'bitbucket-pr-atlassian-ec2-host',
    {
      from: 'Sam Okafor <notifications-noreply@bitbucket.org>',
      subject: '[Bitbucket] Pull request #181: Fix harbour tide tables',
      body: 'Sam Okafor opened pull request #181 in harbourline/tides:\r\n\r\nFix harbour tide tables\r\n\r\nView this pull request: https://bitbucket.org/harbourline/tides/pull-requests/181\r\n',
      messageId: '<pr181.tides.harbourline@bitbucket.org>',
    },
    {
      relay: ATL_OUT,
      envelope: 'bounce-0181ab9e@bounce.bitbucket.org',
      from: 'bitbucket.org',
      signers: [['bitbucket.org', 's1']],
      policy: 'REJECT',
    },
    ['gmail', 'gmail-offline', 'yahoo', 'box'],
    `Genuine: Bitbucket's pull-request notice (From shows the colleague's name at notifications-noreply@bitbucket.org), sent from Atlassian's own email host ${ATL_OUT.ip} on AWS us-west-2 (EC2's default reverse name), signed d=bitbucket.org, envelope at bounce.bitbucket.org listing Atlassian's email hosts.`,
    AUTHENTICATED,
    'authenticated (Atlassian’s published email host)',
  );

  // 3. Self-hosters: their own server on a rented VM. A stranger's VM authenticating a domain
  // of his own looks the same, so hosted-server-relay is by design; never spoofed.
  await genuine(
    write,
    'mastodon-instance-postfix-on-hetzner',
    {
      from: 'social.example <notifications@social.example>',
      subject: 'Sam Okafor (@sam) mentioned you',
      body: 'You were mentioned by Sam Okafor (@sam):\r\n\r\n@robin the harbour ferry is back on schedule\r\n\r\nView it at https://social.example/@sam/181181181\r\n',
      messageId: '<181a.notification@social.example>',
    },
    {
      relay: MASTO,
      envelope: 'notifications@social.example',
      from: 'social.example',
      signers: [['social.example', 'mail']],
      policy: 'REJECT',
    },
    ['gmail', 'box'],
    `Genuine: a Mastodon instance's mention notice, sent by its own Postfix on a Hetzner cloud server ${MASTO.rdns} [${MASTO.ip}] (forward-confirmed, set by the admin), SPF ip4 of that server, DKIM d=social.example, p=reject.`,
    AUTHENTICATED,
    'authenticated (the VM’s reverse name is forward-confirmed inside the sender’s own domain; hosted-server-relay low)',
  );
  await genuine(
    write,
    'matrix-homeserver-synapse-on-linode',
    {
      from: 'chat.example <noreply@chat.example>',
      subject: '[chat.example] You have 2 unread messages',
      body: 'You have 2 unread messages in Harbour crew.\r\n\r\nOpen Element: https://app.element.io/#/room/#harbour:chat.example\r\n',
      messageId: '<181.synapse.notif@chat.example>',
    },
    {
      relay: MATRIX,
      envelope: 'noreply@chat.example',
      from: 'chat.example',
      signers: [['chat.example', 'synapse']],
      policy: 'QUARANTINE',
    },
    ['gmail', 'outlook', 'box'],
    `Genuine: a Matrix homeserver's unread-messages notice from Synapse's mailer on a Linode ${MATRIX.rdns} [${MATRIX.ip}] (forward-confirmed), SPF a: of the host, DKIM d=chat.example, p=quarantine.`,
    AUTHENTICATED,
    'authenticated (forward-confirmed name inside the sender’s own domain; hosted-server-relay low)',
  );

  // The same two read offline in Gmail: only Gmail's results and the reverse name it printed.
  // Hetzner and Linode let a customer set any PTR without the name's owner (round 173's
  // DigitalOcean droplet named mail.zoom.us), so the printed name proves nothing offline: a
  // replay from a stranger's VM named mail.social.example reads the same. Suspicious by design.
  for (const [slug, relay, from, envelope, selector, policy] of [
    [
      'mastodon-instance-postfix-on-hetzner',
      MASTO,
      'social.example',
      'notifications@social.example',
      'mail',
      'REJECT',
    ],
    [
      'matrix-homeserver-synapse-on-linode',
      MATRIX,
      'chat.example',
      'noreply@chat.example',
      'synapse',
      'QUARANTINE',
    ],
  ] as const) {
    const o: Out = { relay, envelope, from, signers: [[from, selector]], policy };
    emitCase(write, {
      name: `w181-gmail-offline-${slug}`,
      about: `Genuine: the ${slug.startsWith('mastodon') ? 'Mastodon instance’s mention notice' : 'Matrix homeserver’s unread-messages notice'} from ${envelope}, sent by the admin's own server ${relay.rdns} [${relay.ip}] on ${slug.endsWith('hetzner') ? 'Hetzner' : 'Linode'}, read offline in Gmail (Gmail's dkim, spf and dmarc pass, its printed reverse name). Wanted: never spoofed; suspicious with hosted-server-relay is by design (a PTR the customer sets freely proves nothing offline; a stranger's VM replaying the signed notice reads the same).`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(
        await notice(
          {
            from: `${from} <${envelope}>`,
            subject: 'You were mentioned',
            body: `You were mentioned on ${from}.\r\n\r\nView it at https://${from}/notifications\r\n`,
            messageId: `<181off.${slug.slice(0, 8)}@${from}>`,
          },
          o,
          GMAIL_TO,
        ),
        o,
        'gmail-offline',
        `of${slug.slice(0, 2)}`,
      ),
      expect: { ...NOT_SPOOFED, findings: ['hosted-server-relay'] },
    });
  }

  // 4. Firms whose own names come close to a brand's, on Google Workspace.
  for (const [slug, domain, name, subject, body] of [
    [
      'netflex-coworking-invoice',
      'netflex.example',
      'Netflex Workspaces',
      'Your Netflex desk invoice for November',
      'Hi Robin,\r\n\r\nYour invoice NFX-181 for the hot desk at Netflex Harbour (November) is attached in your member portal.\r\n\r\nNetflex Workspaces\r\n',
    ],
    [
      'dropbags-luggage-storage-booking',
      'dropbags.example',
      'Dropbags',
      'Booking confirmed: 2 bags at Harbour Station',
      'Your luggage storage for 2 bags at Harbour Station is confirmed for 21 Nov, 10:00-18:00.\r\n\r\nDropbags\r\n',
    ],
    [
      'paypoint-bill-receipt',
      'paypoint.example',
      'PayPoint Billing',
      'Receipt for your energy top-up',
      'Thank you for your top-up of 20.00 GBP at Harbour News, store 181.\r\n\r\nPayPoint\r\n',
    ],
  ] as const) {
    await genuine(
      write,
      `${slug}-workspace`,
      {
        from: `${name} <hello@${domain}>`,
        subject,
        body,
        messageId: `<CA+181${slug.slice(0, 8)}@mail.gmail.com>`,
      },
      {
        relay: GMAIL_OUT,
        envelope: `hello@${domain}`,
        from: domain,
        signers: [[domain, 'google']],
        policy: 'QUARANTINE',
      },
      ['gmail', 'outlook'],
      `Genuine: ${name}, a firm whose own name comes close to a well-known brand's, writing from its own ${domain} on Google Workspace (${GMAIL_OUT.rdns} [${GMAIL_OUT.ip}]), signed d=${domain}, SPF include:_spf.google.com.`,
      domain === 'netflex.example' ? { ...NOT_SPOOFED, findings: ['lookalike-domain'] } : NOT_SPOOFED,
      domain === 'netflex.example'
        ? 'never spoofed; lookalike-domain (one letter from netflix.com) is by design: an analyst cannot tell this firm from a registrant imitating Netflix by the name alone'
        : 'never spoofed (two or more letters from the brand: no look-alike finding expected)',
    );
  }
}

// PENDING (14 cases): the brand's own younger country and parcel domains read as imitations.
// A. w181-{gmail,gmail-offline,outlook}-amazon-co-za-order-confirmation and -amazon-ie-order-update
//    (Amazon Ireland's order-update@amazon.ie): read suspicious
//    (lookalike-domain high "amazon.co.za imitates amazon.com", display-name-brand medium); want
//    authenticated. lib/findings/domains.ts BRANDS (Amazon's `domains`) lacks amazon.co.za
//    (Amazon South Africa, 2024), so lib/findings/lookalike.ts takes "the same name under another
//    public suffix" for a look-alike and display-name.ts displayNameRule's isBrandDomain is false.
//    Fix: add 'amazon.co.za' and 'amazon.ie' to Amazon's domains. Hurts no genuine mail (only Amazon can hold it).
// B. w181-{gmail,gmail-offline,outlook}-amazon-com-be-order-update: read suspicious
//    (display-name-brand medium: "the name says Amazon, but the message is from com.be"); want
//    authenticated. The PSL does not list com.be (a second-level zone anyone may register in), so
//    orgDomain('amazon.com.be') is 'com.be' and domains.ts isBrandDomain compares 'com.be' with the
//    list. Fix: add 'amazon.com.be' to Amazon's domains AND in isBrandDomain accept a host equal
//    to, or under, a listed domain that is itself longer than its org domain
//    (`brand.domains.some((d) => orgDomain(d) !== d && (host === d || host.endsWith(`.${d}`)))`).
//    Keeps probe183–190 (none uses a .com.be name). Beware separately: to sameOrg every *.com.be
//    is one organisation (the probe184 shape; receiver-hosts.ts SHARED_NAME_ZONES could list it).
// C. w181-{gmail,gmail-offline,outlook}-dhlparcel-nl-delivered: read suspicious
//    (display-name-brand medium: "DHL eCommerce" from dhlparcel.nl); want authenticated. DHL's
//    `domains` lacks DHL Parcel Benelux's dhlparcel.nl (and dhlecommerce.nl, cited beside it).
//    Fix: add both to DHL's domains. It could hurt nothing genuine; look-alikes of "dhlparcel"
//    become catchable too.
// D. (red-team twin, the worst failure) w181-{gmail,gmail-offline}-com-be-twin-plain-name-workspace-
//    aligned-by-com-be: a stranger's amazon-levering.com.be signs (and envelopes) mail From
//    order-update@amazon.com.be through his Google Workspace under a plain display name. Reads
//    AUTHENTICATED ("really comes from amazon.com.be: according to your provider's checks").
//    Online our own check says dmarc=fail (orgDomain amazon.com.be, nothing aligned), yet Gmail's
//    proven dmarc=pass outranks it (provider-disagreement low only): lib/findings/auth-state.ts
//    providerPassUnfounded finds Gmail's listed dkim/spf pass for amazon-levering.com.be
//    "aligned" by alignsWithFrom, because lib/dns/registrable.ts ownerDomain gives com.be for both
//    (the PSL does not list com.be; USER_ZONES does not either). Offline providerPassOutsideOwner
//    returns false at once (ownerDomain === orgDomain). Want: not trusted. Fix: add 'com.be' to
//    USER_ZONES (beside FreeDNS's zones): the owners split, both functions void Gmail's pass, as
//    for mooo.com in probe184. Could hurt: a firm signing its x.com.be From with a sibling
//    y.com.be of its own (none seen). Its Hetzner siblings (-own-name, -amazon-from-aligned-by-
//    shared-com-be) read suspicious today (hosted-server-relay, display-name-brand) and must stay
//    so after fix B. NOT checked: whether com.be's operator sells names to anyone.
// Fixed on 2026-12-07 at 05:4x: A, B, C as proposed (amazon.co.za, amazon.ie, amazon.com.be
// among Amazon's domains; dhlparcel.nl and dhlecommerce.nl among DHL's), with com.be a registry
// zone (lib/dns/registrable.ts REGISTRY_SUFFIXES and USER_ZONES), which also fixes D; and offline,
// a provider's pass for a From whose PSL organisation is wider than its owner is checked for the
// owner's own signature (lib/findings/auth-state.ts providerPassOutsideOwner, pslDomain). The
// attack twins moved to test/corpus/adversarial/probe191b.ts: two now read spoofed, which the
// legitimate corpus forbids.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

/**
 * The attack twins of the amazon.com.be case, written into the adversarial corpus by
 * `test/corpus/adversarial/probe191b.ts` (an attack in the legitimate corpus may not read spoofed,
 * which after the fix is how two of them read).
 */
export async function makeComBeTwins(write: CaseWriter): Promise<void> {
  // Attack twins under com.be: a stranger's own name in the same unlisted zone, on his Hetzner VM.
  // (a) His name in the From; (b) Amazon's own amazon.com.be in the From, signed and enveloped
  // by his name only: to the PSL both are com.be, so relaxed alignment holds between them.
  // (c) As (b) with a plain display name, sent through his Google Workspace: no rented server
  // and no brand in the name, so only the alignment through com.be decides.
  for (const [slug, fromAddr, relay] of [
    ['own-name', `"Amazon.com.be" <order-update@${COMBE_TWIN}>`, STRANGER],
    ['amazon-from-aligned-by-shared-com-be', '"Amazon.com.be" <order-update@amazon.com.be>', STRANGER],
    ['plain-name-workspace-aligned-by-com-be', '"Bestellingen" <order-update@amazon.com.be>', GMAIL_OUT],
  ] as const) {
    const o: Out = {
      relay,
      envelope: `bounce@${COMBE_TWIN}`,
      from: slug === 'own-name' ? COMBE_TWIN : 'amazon.com.be',
      signers: [[COMBE_TWIN, 's1']],
      policy: slug === 'own-name' ? 'REJECT' : 'QUARANTINE',
    };
    for (const r of ['gmail', 'gmail-offline'] as const) {
      emitCase(write, {
        name: `w181-${r}-com-be-twin-${slug}`,
        about: `Attack twin of the amazon.com.be case: a stranger registered ${COMBE_TWIN} in com.be (a second-level zone the PSL does not list, so to it every *.com.be is one organisation, com.be) and sends from ${relay === STRANGER ? `his Hetzner VM ${STRANGER.ip} (default reverse name)` : `his Google Workspace (${GMAIL_OUT.rdns})`}, SPF and DKIM for his own name, From ${fromAddr}. ${SEEN[r]}. Wanted: not trusted (${slug === 'own-name' ? 'an Amazon name on a domain that is not Amazon’s' : 'no signature or SPF of amazon.com.be: alignment through com.be is not Amazon’s'}).`,
        class: 'red-team',
        args: GMAIL,
        eml: deliver(
          await notice(
            {
              from: fromAddr,
              subject: 'Uw bestelling kon niet worden geleverd',
              body: 'Bevestig uw adres binnen 24 uur: https://amazon-levering.com.be/adres\r\n',
              messageId: `<181twin.${slug.slice(0, 8)}@${COMBE_TWIN}>`,
            },
            o,
            GMAIL_TO,
          ),
          o,
          r,
          `tw${slug.slice(0, 2)}${r.slice(0, 2)}`,
        ),
        ...(r === 'gmail-offline' ? {} : { zone: ZONE }),
        expect: NOT_TRUSTED,
      });
    }
  }
}
