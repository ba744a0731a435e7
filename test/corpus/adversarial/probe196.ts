// Red-team round 196: the loosenings of 08:00-08:25 (commit fb85c110), attacked.
// 1. lib/relay/providers-esp.ts relayAsns for IONOS, GoDaddy Hosting Mail, SiteGround (396982:
//    Google Cloud's own AS, where anyone rents a VM) and MailChannels, and lib/relay/esp-evidence.ts
//    mailRelayName naming script-carrying hosts: offline, lib/findings/hosted-server.ts
//    offlineMailRelay lowers the hosted server beside the provider's DKIM pass of the From, DMARC
//    pass and SPF pass for the envelope. Attacked: a GCP VM named like SiteGround's delivery host
//    sending its own look-alike domain; a co-tenant on a GoDaddy cPanel server writing as another
//    account's domain (cPanel's Exim signs every local domain with its key); a MailChannels customer
//    writing as another.
// 2. lib/findings/display-name.ts customersPlatform, now also offline with nothing checked, and
//    discoursemail.com in CUSTOMERS_PLATFORMS: a forged From at a customers' platform read in
//    Outlook offline, its name showing another firm's address.
// 3. lib/findings/domains.ts namedAt's SERVICE_GLUE: 贝宝/网飞 glued to a Latin word that is not a
//    service's word, then a Chinese account notice ("贝宝Wallet 安全中心", "网飞Member 续费提醒",
//    "贝宝Care 账户冻结").
// 4. Genuine controls for the narrowed sharedSpfPass offline (Google's own notice with its own key).
//    googleTenantSigns/otherDomainReading were not attacked here: every collision it misses needs a
//    real ICANN suffix (it asks icannPublicSuffix, null under .example), outside this corpus's names;
//    `--` (xn--) labels split into empty parts but the loop still rebuilds them, and more than eight
//    parts already counts as no proof (the safe side).
// 5. eopListServer's notice branch: a group owner's own "Groups.io Billing" notice in Outlook offline.
// Layouts:
// - Gmail's entry, Received-SPF and one header; Exchange Online's (eopDelivery, eopPass); the
//   reader's Postfix box (OpenDKIM/OpenDMARC in one header above the entry): test/corpus/receivers.ts
//   and realworld186 (lists.linaro.org's box).
// - The hosts' relays, real names and addresses as realworld186 cites them: GoDaddy
//   p3nlsmtpcp01-04.prod.phx3.secureserver.net [184.168.200.145] with the cPanel hop
//   p3plcpnl1062.prod.phx3.secureserver.net; SiteGround delivery.antispam.mailspamprotection.com
//   [185.56.87.12] fed by esm19.siteground.biz on a googleusercontent address (35.214.173.214);
//   MailChannels crane.ash.relay.mailchannels.net [23.83.222.48] with X-MC-Relay and
//   X-MailChannels-Auth-Id (Cloudflare Workers).
// - cPanel's Exim trailer (find_string "X-Get-Message-Sender-Via:", code corpus: vger.kernel.org
//   list copies from cloud48395.mywhc.ca, cpanel.siel.si, vern.gendns.com, and lists.ettus.com's
//   mm2.emwd.com): `X-AntiAbuse: Primary Hostname - <host>`, `Original Domain - <rcpt domain>`,
//   `Originator/Caller UID/GID - [47 12] / [47 12]`, `Sender Address Domain - <envelope domain>`,
//   `X-Get-Message-Sender-Via: <host>: authenticated_id: <user>`, `X-Authenticated-Sender`,
//   `X-Source:`, `X-Source-Args:`, `X-Source-Dir:`. For a PHP script the values (`/from_h`, the
//   php-fpm path, `<domain>:/public_html`) are recalled, not re-read.
// - Discourse's hosted forum From ("<poster> via <site>" <site@discoursemail.com>): realworld185.
// Names: documentation ones, except the hosts', Google's, Microsoft's and PayPal's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, OUTLOOK, ptr, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const BOX = ['--authserv-id', RECEIVER];
const BOX_TO = 'robin@reader.example';
const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const GENUINE: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

const GODADDY: Relay = {
  helo: 'p3nlsmtpcp01-04.prod.phx3.secureserver.net',
  rdns: 'p3nlsmtpcp01-04.prod.phx3.secureserver.net',
  ip: '184.168.200.145',
};
/** A Compute Engine VM in Google Cloud (AS 396982), its PTR (or only its HELO) SiteGround's relay name. */
const GCP_VM: Relay = {
  helo: 'delivery.antispam.mailspamprotection.com',
  rdns: 'delivery.antispam.mailspamprotection.com',
  ip: '34.141.96.17',
};
const MAILCHANNELS: Relay = {
  helo: 'crane.ash.relay.mailchannels.net',
  rdns: 'crane.ash.relay.mailchannels.net',
  ip: '23.83.222.48',
};
const ATTACKER_VPS: Relay = {
  helo: 'mail.vps-196.example',
  rdns: 'mail.vps-196.example',
  ip: '203.0.113.196',
};
const GOOGLE_OUT: Relay = {
  helo: 'mail-sor-f73.google.com',
  rdns: 'mail-sor-f73.google.com',
  ip: '209.85.220.73',
};

let n = 0;
const msg = (from: string, to: string, subject: string, body: string, id: string, extra: string[] = []) =>
  submitted({ from, to, subject, date: SENT, messageId: `<${id}>`, body, extraHeaders: extra });

const gmail = (raw: string, relay: Relay, envelope: string, results: string[]) => {
  n++;
  return gmailDelivery(raw, {
    relay,
    envelope,
    results: results.join('\r\n       '),
    ids: [`x196csp${n}pxa`, `a196si${n}qtb.196`],
    spf: 'pass',
    deliveredTo: true,
  });
};

/** The reader's Postfix box: OpenDKIM/OpenDMARC's one header above its entry line (linaro layout). */
const box = (raw: string, relay: Relay, envelope: string, results: string[]) => {
  n++;
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${BOX_TO}`,
    `Authentication-Results: ${RECEIVER};\r\n\t${results.join(';\r\n\t')}`,
    received({
      ...relay,
      by: RECEIVER,
      id: `4Zr196n${n}x`,
      for: BOX_TO,
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
};

const enc = (s: string) => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;

/** cPanel's Exim trailer for a message a hosting account's PHP script handed to sendmail. */
const cpanelTrailer = (host: string, senderDomain: string, user: string, docroot: string) => [
  'X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
  `X-AntiAbuse: Primary Hostname - ${host}`,
  'X-AntiAbuse: Original Domain - gmail.com',
  'X-AntiAbuse: Originator/Caller UID/GID - [1062 1063] / [47 12]',
  `X-AntiAbuse: Sender Address Domain - ${senderDomain}`,
  `X-Get-Message-Sender-Via: ${host}: authenticated_id: ${user}/from_h`,
  `X-Authenticated-Sender: ${host}: noreply@${senderDomain}`,
  'X-Source: ',
  'X-Source-Args: /opt/cpanel/ea-php81/root/usr/sbin/php-fpm',
  `X-Source-Dir: ${docroot}:/public_html/wp-content/plugins/contact-form`,
];
const CPANEL = 'p3plcpnl1062.prod.phx3.secureserver.net';
const godaddyHops = (envelope: string, user: string) => [
  `Received: from ${CPANEL} ([10.199.64.97])\r\n\tby : HOSTING RELAY : with ESMTP\r\n\tid 2Kb196aXyz; Fri, 20 Nov 2026 03:00:02 -0700`,
  `Received: from ${user} by ${CPANEL} with local (Exim 4.96.2)\r\n\t(envelope-from <${envelope}>)\r\n\tid 1tQ196-0007Ab-2x; Fri, 20 Nov 2026 03:00:01 -0700`,
];

const DENTAL = 'harbour-dental.example'; // the victim: a dental practice on the same GoDaddy cPanel server
const KILN = 'kilnbridge-pottery.example'; // the attacker's (compromised or rented) account there
const BRAE_LOOK = 'braemoor-cycies.example'; // look-alike of realworld186's SiteGround shop
const WREN = 'wrenfield-events.example'; // a MailChannels (Cloudflare Workers) customer, the victim

const GODADDY_ZONE = {
  ...ptr(GODADDY.ip, GODADDY.rdns),
  'secureserver.net': { TXT: ['v=spf1 ip4:184.168.200.0/24 ip4:173.201.192.0/23 ~all'] },
  [DENTAL]: { TXT: ['v=spf1 include:secureserver.net -all'] },
  [`_dmarc.${DENTAL}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`default._domainkey.${DENTAL}`]: KEY(),
};
/** An IONOS VPS (AS 8560, 217.160.0.0/16) named, or only greeting, like IONOS Mail's outbound relay. */
const IONOS_VPS: Relay = { helo: 'mout.kundenserver.de', rdns: 'mout.kundenserver.de', ip: '217.160.95.196' };
const TANN_LOOK = 'tannery-iane.example';

export async function makeAll(write: CaseWriter): Promise<void> {
  // ==== 1a. A GCP VM named like SiteGround's delivery host =======================================
  {
    const env = `shop@${BRAE_LOOK}`;
    const raw = await signAll(
      msg(
        `Braemoor Cycles <${env}>`,
        'Robin Reader <robin.reader@gmail.com>',
        'Your service deposit is overdue',
        'Hello Robin,\r\n\r\nthe deposit for your bike service is overdue. Pay it today at the link below or the booking lapses.\r\n\r\nBraemoor Cycles\r\n',
        `196.dep@${BRAE_LOOK}`,
      ),
      [[BRAE_LOOK, 'default']],
    );
    const results = [
      gmailDkim(BRAE_LOOK, 'default'),
      gmailSpf(env, GCP_VM.ip),
      gmailDmarc(BRAE_LOOK, 'NONE'),
    ];
    emitCase(write, {
      name: 'r196-gmail-gcp-vm-siteground-ptr-lookalike-offline',
      about: `Attack: a Compute Engine VM (${GCP_VM.ip}, Google Cloud, AS 396982, the AS SiteGround's delivery hosts are now listed under) with reverse name ${GCP_VM.rdns} sends as the look-alike ${BRAE_LOOK}, its own key and SPF; Gmail prints the PTR name unconfirmed. Offline. Wanted: not authenticated (a rented server; nothing but a name anyone who controls a PTR in Google Cloud can print makes it SiteGround's).`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(raw, GCP_VM, env, results),
      expect: { ...NOT_AUTH, findings: ['hosted-server-relay'] },
    });
    emitCase(write, {
      name: 'r196-gmail-gcp-vm-siteground-ptr-lookalike-online',
      about: `Attack: the same VM online: the PTR does not resolve forward to ${GCP_VM.ip} (the zone has no A record for it; SiteGround's own name points at its own host). Wanted: not authenticated.`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(raw, GCP_VM, env, results),
      zone: {
        ...ptr(GCP_VM.ip, GCP_VM.rdns),
        [BRAE_LOOK]: { TXT: [`v=spf1 ip4:${GCP_VM.ip} ~all`] },
        [`_dmarc.${BRAE_LOOK}`]: { TXT: ['v=DMARC1; p=none'] },
        [`default._domainkey.${BRAE_LOOK}`]: KEY(),
        [GCP_VM.rdns]: { A: ['185.56.87.12'] },
      },
      expect: NOT_AUTH,
    });
    emitCase(write, {
      name: 'r196-yahoo-gcp-vm-siteground-ptr-lookalike-offline',
      about: `Attack: the same VM to a Yahoo reader (omega layout, the PTR name printed in Yahoo's entry line): dkim=pass, spf=pass, dmarc=pass for ${BRAE_LOOK}. Offline. Wanted: not authenticated.`,
      class: 'hosted-server',
      args: ['--webmail', 'yahoo'],
      eml: yahooOmega(
        raw,
        {
          ip: GCP_VM.ip,
          helo: GCP_VM.helo,
          envelope: env,
          spf: `pass (domain of ${BRAE_LOOK} designates ${GCP_VM.ip} as permitted sender)`,
          ar: `dkim=pass header.i=@${BRAE_LOOK} header.s=default;\r\n spf=pass smtp.mailfrom=${BRAE_LOOK};\r\n dmarc=pass(p=NONE) header.from=${BRAE_LOOK};`,
        },
        { tag: 'R196n1', pod: 'q7k2m', inner: '10.217.151.196', to: 'robin.reader@yahoo.com' },
      ),
      expect: NOT_AUTH,
    });
    emitCase(write, {
      name: 'r196-outlook-gcp-vm-siteground-ptr-lookalike-offline',
      about: `Attack: the same VM to an Exchange Online reader: spf=pass, dkim=pass header.d=${BRAE_LOOK}, dmarc=pass. Outlook offline. Wanted: not authenticated.`,
      class: 'hosted-server',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ...eopPass(
          GCP_VM,
          BRAE_LOOK,
          `dkim=pass (signature was verified)\r\n header.d=${BRAE_LOOK}`,
          BRAE_LOOK,
        ),
        returnPath: `<${env}>`,
      }),
      expect: NOT_AUTH,
    });
  }

  // ==== 1b. A co-tenant on a GoDaddy cPanel server writing as another account's domain ============
  {
    const env = `noreply@${DENTAL}`;
    const body =
      'Dear patient,\r\n\r\nour records show an unpaid balance of GBP 86.40 for your last check-up. Please settle it within 48 hours at the link below to keep your appointment.\r\n\r\nHarbour Dental\r\n';
    const forged = onTop(
      await signAll(
        msg(
          `Harbour Dental <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Unpaid balance: action needed',
          body,
          `196.bal@${DENTAL}`,
          cpanelTrailer(CPANEL, DENTAL, 'kilnbr7', KILN),
        ),
        [[DENTAL, 'default']],
      ),
      ...godaddyHops(env, 'kilnbr7'),
    );
    const results = [
      gmailDkim(DENTAL, 'default'),
      gmailSpf(env, GODADDY.ip),
      gmailDmarc(DENTAL, 'QUARANTINE'),
    ];
    emitCase(write, {
      name: 'r196-gmail-godaddy-cotenant-as-other-account-offline',
      about: `Attack: a co-tenant (cPanel user kilnbr7, ${KILN}'s account) on the GoDaddy cPanel server ${CPANEL} runs a PHP script that writes From ${env}, another account's domain on the same server; cPanel's Exim signs it with ${DENTAL}'s own key (it signs every local domain) and ${GODADDY.rdns} passes ${DENTAL}'s include:secureserver.net. cPanel's trailer says it: X-Get-Message-Sender-Via authenticated_id kilnbr7/from_h, X-Source-Dir ${KILN}:/public_html. Gmail: dkim=pass for ${DENTAL}, spf=pass, dmarc=pass. Offline. Wanted: not authenticated (the host's key-holder, not the practice, vouches; cPanel's own trailer names another account's docroot).`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(forged, GODADDY, env, results),
      expect: NOT_AUTH,
    });
    emitCase(write, {
      name: 'r196-gmail-godaddy-cotenant-as-other-account-online',
      about: `Attack: the same co-tenant's message online: ${GODADDY.rdns} confirms forward, ${DENTAL}'s key verifies (Exim signed it), SPF passes through include:secureserver.net. Wanted: not authenticated (as offline: cPanel's trailer names another account's docroot and script user).`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(forged, GODADDY, env, results),
      zone: GODADDY_ZONE,
      expect: NOT_AUTH,
    });
    const genuine = onTop(
      await signAll(
        msg(
          `Harbour Dental <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Your check-up on Thursday',
          'Dear Robin,\r\n\r\na reminder of your check-up on Thursday at 10:20.\r\n\r\nHarbour Dental\r\n',
          `196.rem@${DENTAL}`,
          cpanelTrailer(CPANEL, DENTAL, 'harbourd', DENTAL),
        ),
        [[DENTAL, 'default']],
      ),
      ...godaddyHops(env, 'harbourd'),
    );
    emitCase(write, {
      name: 'r196-gmail-godaddy-genuine-own-account-offline',
      about: `Genuine: the dental practice's own booking script (cPanel user harbourd, X-Source-Dir ${DENTAL}:/public_html) sends a reminder through the same GoDaddy server, signed by Exim with ${DENTAL}'s key. Gmail: dkim=pass, spf=pass, dmarc=pass. Offline. Wanted: authenticated (unverified acceptable), never suspicious or spoofed.`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(genuine, GODADDY, env, [
        gmailDkim(DENTAL, 'default'),
        gmailSpf(env, GODADDY.ip),
        gmailDmarc(DENTAL, 'QUARANTINE'),
      ]),
      expect: GENUINE,
    });
  }

  // ==== 1c. A MailChannels customer writing as another ==============================================
  {
    const env = `tickets@${WREN}`;
    const mcHops = [
      'X-MC-Relay: Neutral',
      'X-MailChannels-Auth-Id: cloudflare',
      `Received: from relay.mailchannels.net (localhost [127.0.0.1])\r\n\tby relay.mailchannels.net (Postfix) with ESMTP id 4Y196Q0abc;\r\n\t${SENT}`,
    ];
    const base = onTop(
      msg(
        `Wrenfield Events <${env}>`,
        `Robin Reader <${BOX_TO}>`,
        'Your tickets were cancelled: refund pending',
        'Hello Robin,\r\n\r\nyour winter fair tickets were cancelled. Confirm your card at the link below to receive the refund.\r\n\r\nWrenfield Events\r\n',
        `196.rf@${WREN}`,
      ),
      ...mcHops,
    );
    const own = await signAll(base, [['worker-196.example', 'mailchannels']]);
    const boxRes = (dkim: string[]) => [
      ...dkim,
      `spf=pass (${RECEIVER}: domain of ${env} designates ${MAILCHANNELS.ip} as permitted sender) smtp.mailfrom=${env}`,
      `dmarc=pass (policy=none) header.from=${WREN}`,
    ];
    emitCase(write, {
      name: 'r196-box-mailchannels-customer-as-other-customer-offline',
      about: `Attack: another Cloudflare Workers user sends through MailChannels as ${env} (no Domain Lockdown record), signing with its own d=worker-196.example; ${WREN}'s include:relay.mailchannels.net passes SPF for the envelope, so DMARC passes on SPF. The box lists dkim=pass for worker-196.example, spf=pass, dmarc=pass. Offline. Wanted: not authenticated.`,
      class: 'hosted-server',
      args: BOX,
      eml: box(
        own,
        MAILCHANNELS,
        env,
        boxRes(['dkim=pass header.d=worker-196.example header.s=mailchannels header.b=Q29ycHVz']),
      ),
      expect: NOT_AUTH,
    });
    // The envelope rule (mailServiceOfDomain(env) === esp): the relay's own bounce domain.
    const bounce = `bounces+196x@relay.mailchannels.net`;
    emitCase(write, {
      name: 'r196-box-mailchannels-customer-as-other-customer-mc-envelope-offline',
      about: `Attack: the same Worker with the envelope left to MailChannels (${bounce}), signing d=worker-196.example; the box: spf=pass for the relay's envelope, dmarc=pass header.from=${WREN} (a box that reads DMARC loosely). Offline. Wanted: not authenticated (no signature of ${WREN}; the relay's own envelope proves nothing of the author).`,
      class: 'hosted-server',
      args: BOX,
      eml: box(own, MAILCHANNELS, bounce, [
        'dkim=pass header.d=worker-196.example header.s=mailchannels header.b=Q29ycHVz',
        `spf=pass (${RECEIVER}: domain of ${bounce} designates ${MAILCHANNELS.ip} as permitted sender) smtp.mailfrom=${bounce}`,
        `dmarc=pass (policy=none) header.from=${WREN}`,
      ]),
      expect: NOT_AUTH,
    });
  }

  // ==== 1d. An IONOS VPS named (or greeting) like mout.kundenserver.de =============================
  {
    const env = `orders@${TANN_LOOK}`;
    const raw = await signAll(
      msg(
        `Tannery Lane <${env}>`,
        `Robin Reader <${BOX_TO}>`,
        'Payment for order TL-196 failed',
        'Hello Robin,\r\n\r\nyour card was declined for order TL-196. Update it at the link below.\r\n\r\nTannery Lane\r\n',
        `196.tl@${TANN_LOOK}`,
      ),
      [[TANN_LOOK, 's1-ionos']],
    );
    const res = (ip: string) => [
      `dkim=pass header.d=${TANN_LOOK} header.s=s1-ionos header.b=Q29ycHVz`,
      `spf=pass (${RECEIVER}: domain of ${env} designates ${ip} as permitted sender) smtp.mailfrom=${env}`,
      `dmarc=pass (policy=none) header.from=${TANN_LOOK}`,
    ];
    emitCase(write, {
      name: 'r196-gmail-ionos-vps-ptr-mout-kundenserver-lookalike-offline',
      about: `Attack: a rented IONOS VPS (${IONOS_VPS.ip}, AS 8560, the AS IONOS Mail's relays are now listed under) whose PTR says ${IONOS_VPS.rdns} sends as the look-alike ${TANN_LOOK}, its own key; Gmail prints the PTR name without a forward check (a Postfix box would print "unknown"). Gmail: dkim=pass, spf=pass, dmarc=pass. Offline. Wanted: not authenticated.`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(raw, IONOS_VPS, env, [
        gmailDkim(TANN_LOOK, 's1-ionos'),
        gmailSpf(env, IONOS_VPS.ip),
        gmailDmarc(TANN_LOOK, 'NONE'),
      ]),
      expect: { ...NOT_AUTH, findings: ['hosted-server-relay'] },
    });
    emitCase(write, {
      name: 'r196-box-ionos-vps-helo-only-mout-kundenserver-lookalike-offline',
      about: `Attack: the same VPS with no PTR at all, greeting as ${IONOS_VPS.helo}: Postfix writes \`from mout.kundenserver.de (unknown [${IONOS_VPS.ip}])\`. Offline. Wanted: not authenticated (a HELO is the sender's word).`,
      class: 'hosted-server',
      args: BOX,
      eml: box(raw, { ...IONOS_VPS, rdns: 'unknown' }, env, res(IONOS_VPS.ip)),
      expect: { ...NOT_AUTH, findings: ['hosted-server-relay'] },
    });
    emitCase(write, {
      name: 'r196-box-gcp-vm-helo-only-siteground-lookalike-offline',
      about: `Attack: a Compute Engine VM (${GCP_VM.ip}) with Google's default PTR, greeting as ${GCP_VM.helo}: Postfix writes \`from ${GCP_VM.helo} (unknown [${GCP_VM.ip}])\`. Look-alike ${TANN_LOOK}, own key. Offline. Wanted: not authenticated.`,
      class: 'hosted-server',
      args: BOX,
      eml: box(raw, { ...GCP_VM, rdns: 'unknown' }, env, res(GCP_VM.ip)),
      expect: { ...NOT_AUTH, findings: ['hosted-server-relay'] },
    });
  }

  // ==== 2. A forged From at a customers' platform, Outlook offline ================================
  for (const [slug, from, shown] of [
    ['discourse', 'northbank-community@discoursemail.com', 'security@northbank-payments.example'],
    [
      'discourse-domain-in-name',
      'northbank-community@discoursemail.com',
      'Northbank-Payments.example Security',
    ],
  ] as const) {
    const raw = msg(
      `"${shown}" <${from}>`,
      'Robin Reader <robin.reader@contoso-reader.example>',
      'Card payment held: confirm now',
      'A card payment of EUR 1,240.00 is held. Confirm it within 24 hours at the link below or your card will be blocked.\r\n',
      `196.${slug}@vps-196.example`,
    );
    const ar = `spf=softfail (sender IP is ${ATTACKER_VPS.ip})\r\n smtp.mailfrom=vps-196.example; dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none\r\n header.from=${from.split('@')[1]};compauth=softpass reason=201`;
    emitCase(write, {
      name: `r196-outlook-offline-forged-${slug}-from-shows-other-domain`,
      about: `Attack: a VPS (${ATTACKER_VPS.ip}) writes From "${shown}" <${from}> (a customers' platform, its name another firm's address) with its own envelope; Exchange Online records spf=softfail, dkim=none, dmarc=none, compauth=softpass. Read in Outlook offline. Wanted: suspicious at least (display-name-domain: the platform is not vouched for by any pass, so the shown address is not a customer's name on it).`,
      class: 'display-name',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ip: ATTACKER_VPS.ip,
        helo: ATTACKER_VPS.helo,
        ar,
        spf: `SoftFail (protection.outlook.com: domain of transitioning vps-196.example\r\n discourages use of ${ATTACKER_VPS.ip} as permitted sender)`,
        returnPath: '<bounce@vps-196.example>',
      }),
      expect: NOT_AUTH,
    });
  }

  {
    const raw = msg(
      '"Card Services | northbank-payments.example" <service@paypal.com>',
      'Robin Reader <robin.reader@contoso-reader.example>',
      'Card payment held: confirm now',
      'A card payment of EUR 1,240.00 is held. Confirm it within 24 hours at the link below or your card will be blocked.\r\n',
      '196.pp@vps-196.example',
    );
    emitCase(write, {
      name: 'r196-outlook-offline-forged-paypal-domain-in-name-eop-dmarc-fail',
      about: `Attack: a VPS writes From "Card Services | northbank-payments.example" <service@paypal.com> (a customers' platform with p=reject); Exchange Online records spf=softfail for the VPS's envelope, dkim=none, dmarc=fail action=oreject, compauth=fail. Outlook offline, where EOP's record counts for a failure. Wanted: spoofed (the loosened customersPlatform must not soften a failure).`,
      class: 'display-name',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ip: ATTACKER_VPS.ip,
        helo: ATTACKER_VPS.helo,
        ar: `spf=softfail (sender IP is ${ATTACKER_VPS.ip})\r\n smtp.mailfrom=vps-196.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=paypal.com;compauth=fail reason=000`,
        spf: `SoftFail (protection.outlook.com: domain of transitioning vps-196.example\r\n discourages use of ${ATTACKER_VPS.ip} as permitted sender)`,
        returnPath: '<bounce@vps-196.example>',
      }),
      expect: { verdict: 'spoofed' },
    });
  }

  // ==== 3. 贝宝 / 网飞 glued to a Latin word, then an account notice in Chinese ========================
  for (const [slug, name, subject, domain] of [
    ['beibao-wallet-security-centre', '贝宝Wallet 安全中心', '您的账户已被限制', 'bb-wallet-cn.example'],
    [
      'wangfei-member-renewal',
      '网飞Member 续费提醒',
      '您的会员即将到期，请更新付款信息',
      'nf-member-cn.example',
    ],
    ['beibao-care-account-frozen', '贝宝Care 账户冻结', '请立即验证您的身份', 'bb-care-cn.example'],
  ] as const) {
    const env = `notice@${domain}`;
    const raw = await signAll(
      msg(
        `${enc(name)} <${env}>`,
        'Robin Reader <robin.reader@gmail.com>',
        enc(subject),
        'Robin 您好，\r\n\r\n请点击下方链接登录并验证您的账户。\r\n',
        `196.${slug}@${domain}`,
      ),
      [[domain, 's1']],
    );
    emitCase(write, {
      name: `r196-gmail-offline-${slug}`,
      about: `Attack: a look-alike desk "${name}" (PayPal's / Netflix's Chinese name glued to a Latin word that is neither the brand's service word nor a Latin notice, then an account notice in Chinese) from the attacker's own ${domain}, signed and passing in Gmail. Offline. Wanted: display-name-brand, not authenticated.`,
      class: 'display-name',
      args: GMAIL,
      eml: gmail(raw, ATTACKER_VPS, env, [
        gmailDkim(domain, 's1'),
        gmailSpf(env, ATTACKER_VPS.ip),
        gmailDmarc(domain, 'NONE'),
      ]),
      expect: { ...NOT_AUTH, findings: ['display-name-brand'] },
    });
  }
  {
    // Genuine: a pet shop's Latin-glued name with a member centre's words (realworld182's shape), new wording.
    const domain = 'beibao-pet.example';
    const env = `service@${domain}`;
    const raw = await signAll(
      msg(
        `${enc('贝宝Pet 积分商城')} <${env}>`,
        'Robin Reader <robin.reader@gmail.com>',
        enc('本周积分兑换上新'),
        'Robin 您好，\r\n\r\n本周积分商城上新了猫抓板。\r\n',
        `196.pet@${domain}`,
      ),
      [[domain, 's1']],
    );
    emitCase(write, {
      name: 'r196-gmail-offline-genuine-beibao-pet-points-shop',
      about: `Genuine: the pet shop 贝宝Pet's points shop ("贝宝Pet 积分商城") from its own ${domain}, signed. Offline. Wanted: authenticated, no display-name-brand.`,
      class: 'display-name',
      args: GMAIL,
      eml: gmail(raw, ATTACKER_VPS, env, [
        gmailDkim(domain, 's1'),
        gmailSpf(env, ATTACKER_VPS.ip),
        gmailDmarc(domain, 'NONE'),
      ]),
      expect: { verdict: 'authenticated', absentFindings: ['display-name-brand'] },
    });
  }

  // ==== 4. Google's own notice offline, its own key (sharedSpfPass without ownMail offline) ========
  {
    const env = '3qx196abcde-kkdcleuk-196@accounts.google.com';
    const raw = await signAll(
      msg(
        'Google <no-reply@accounts.google.com>',
        'Robin Reader <robin.reader@gmail.com>',
        'Security alert',
        'A new sign-in on Linux.\r\n\r\nYou received this email to let you know about important changes to your Google Account and services.\r\n',
        '196alert.google@accounts.google.com',
      ),
      [['accounts.google.com', '20230601']],
    );
    emitCase(write, {
      name: 'r196-gmail-offline-genuine-google-own-notice',
      about:
        'Genuine: Google\u2019s sign-in alert from no-reply@accounts.google.com, signed d=accounts.google.com, out from Google\u2019s own mail-sor host. Gmail: dkim=pass, spf=pass, dmarc=pass. Offline. Wanted: authenticated (its own key, not the shared SPF).',
      class: 'real-mail',
      args: GMAIL,
      eml: gmail(raw, GOOGLE_OUT, env, [
        gmailDkim('accounts.google.com', '20230601'),
        gmailSpf(env, GOOGLE_OUT.ip),
        gmailDmarc('accounts.google.com', 'REJECT'),
      ]),
      expect: { verdict: 'authenticated' },
    });
  }
  // ==== 5. eopListServer: a group's own "notice" in Outlook offline ================================
  {
    const from = 'billing@harbour-helpers.groups.io';
    const env = 'bounce+196abc+0+robin.reader=contoso-reader.example@groups.io';
    const raw = msg(
      `"Groups.io Billing" <${from}>`,
      'Robin Reader <robin.reader@contoso-reader.example>',
      'Your Groups.io subscription payment failed',
      'Your payment for the Premium plan failed. Update your card at the link below within 24 hours or your groups will be deleted.\r\n',
      '196notice@groups.io',
      ['List-Id: <harbour-helpers.groups.io>', 'Precedence: bulk'],
    );
    const relay: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '66.175.222.108' };
    emitCase(write, {
      name: 'r196-outlook-offline-groupsio-own-group-billing-notice',
      about: `Attack: the attacker's own group harbour-helpers at groups.io sends a "Groups.io Billing" notice as ${from}, out from groups.io's ${relay.rdns}; Exchange Online: spf=pass, dkim=pass header.d=groups.io, dmarc=pass header.from=harbour-helpers.groups.io. Outlook offline. Wanted: not authenticated as Groups.io's own (the group's owner wrote it).`,
      class: 'mailing-list',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ...eopPass(
          relay,
          'groups.io',
          'dkim=pass (signature was verified)\r\n header.d=groups.io',
          'harbour-helpers.groups.io',
        ),
        returnPath: `<${env}>`,
      }),
      expect: NOT_AUTH,
    });
  }

  // ==== 1d. cPanel's trailer read online (lead, 2026-12-07 10:1x, after the fix of 1b) =============
  {
    const env = `noreply@${DENTAL}`;
    const ADDON = 'harbour-smiles.example'; // an add-on domain of the dental practice's own account
    const zone = {
      ...GODADDY_ZONE,
      [ADDON]: { TXT: ['v=spf1 include:secureserver.net -all'] },
      [`_dmarc.${ADDON}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      [`default._domainkey.${ADDON}`]: KEY(),
    };
    const loginTrailer = (login: string) => [
      'X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
      `X-AntiAbuse: Primary Hostname - ${CPANEL}`,
      'X-AntiAbuse: Original Domain - gmail.com',
      'X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]',
      `X-AntiAbuse: Sender Address Domain - ${DENTAL}`,
      `X-Get-Message-Sender-Via: ${CPANEL}: authenticated_id: ${login}`,
      `X-Authenticated-Sender: ${CPANEL}: ${login}`,
      'X-Source: ',
      'X-Source-Args: ',
      'X-Source-Dir: ',
    ];
    const loginHops = (envelope: string) => [
      `Received: from ${CPANEL} ([10.199.64.97])\r\n\tby : HOSTING RELAY : with ESMTP\r\n\tid 2Kb196lgn; Fri, 20 Nov 2026 03:10:02 -0700`,
      `Received: from [198.51.100.61] (port=52144 helo=[192.168.1.20])\r\n\tby ${CPANEL} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <${envelope}>)\r\n\tid 1tQ196-0007Lg-1a; Fri, 20 Nov 2026 03:10:01 -0700`,
    ];
    const results = (d: string, envelope: string) => [
      gmailDkim(d, 'default'),
      gmailSpf(envelope, GODADDY.ip),
      gmailDmarc(d, 'QUARANTINE'),
    ];
    const note =
      'Dear patient,\r\n\r\nour records show an unpaid balance of GBP 86.40. Please settle it within 48 hours at the link below.\r\n\r\nHarbour Dental\r\n';
    const viaLogin = onTop(
      await signAll(
        msg(
          `Harbour Dental <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Unpaid balance: action needed',
          note,
          `196.lg@${DENTAL}`,
          loginTrailer(`office@${KILN}`),
        ),
        [[DENTAL, 'default']],
      ),
      ...loginHops(env),
    );
    emitCase(write, {
      name: 'r196-gmail-godaddy-cotenant-smtp-login-as-other-account-online',
      about: `Attack: the co-tenant logs in to ${CPANEL} with his own mailbox office@${KILN} and writes From ${env}; Exim signs with ${DENTAL}'s key (a local domain) and GoDaddy's relay passes include:secureserver.net. cPanel's trailer names the login (X-Get-Message-Sender-Via authenticated_id office@${KILN}). Wanted: not authenticated (shared-host-other-account).`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(viaLogin, GODADDY, env, results(DENTAL, env)),
      zone,
      expect: { ...NOT_AUTH, findings: ['shared-host-other-account'] },
    });
    const fakeAbove = onTop(
      await signAll(
        msg(
          `Harbour Dental <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Unpaid balance: action needed',
          note,
          `196.fk@${DENTAL}`,
          [
            ...cpanelTrailer(CPANEL, DENTAL, 'harbourd', DENTAL),
            ...cpanelTrailer(CPANEL, DENTAL, 'kilnbr7', KILN),
          ],
        ),
        [[DENTAL, 'default']],
      ),
      ...godaddyHops(env, 'kilnbr7'),
    );
    emitCase(write, {
      name: 'r196-gmail-godaddy-cotenant-script-writes-victims-trailer-above-online',
      about: `Attack: the co-tenant's script writes a copy of cPanel's trailer naming ${DENTAL}'s own directory and user among its headers; Exim appends its own below it, naming ${KILN}'s directory. Wanted: not authenticated (the last trailer is the server's).`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(fakeAbove, GODADDY, env, results(DENTAL, env)),
      zone,
      expect: { ...NOT_AUTH, findings: ['shared-host-other-account'] },
    });
    const ownScript = onTop(
      await signAll(
        msg(
          `Harbour Dental <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Your check-up on Thursday',
          'Dear Robin,\r\n\r\na reminder of your check-up on Thursday at 10:20.\r\n\r\nHarbour Dental\r\n',
          `196.ro@${DENTAL}`,
          cpanelTrailer(CPANEL, DENTAL, 'harbourd', DENTAL),
        ),
        [[DENTAL, 'default']],
      ),
      ...godaddyHops(env, 'harbourd'),
    );
    emitCase(write, {
      name: 'r196-gmail-godaddy-genuine-own-account-online',
      about: `Genuine: the dental practice's own booking script (X-Source-Dir ${DENTAL}:/public_html) through GoDaddy's relay, signed by Exim with ${DENTAL}'s key. Online. Wanted: authenticated.`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(ownScript, GODADDY, env, results(DENTAL, env)),
      zone,
      expect: { verdict: ['authenticated'], absentFindings: ['shared-host-other-account'] },
    });
    const addonEnv = `hello@${ADDON}`;
    const addon = onTop(
      await signAll(
        msg(
          `Harbour Smiles <${addonEnv}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Your whitening appointment',
          'Dear Robin,\r\n\r\nyour whitening appointment is on Monday at 09:00.\r\n\r\nHarbour Smiles\r\n',
          `196.ad@${ADDON}`,
          [
            ...cpanelTrailer(CPANEL, ADDON, 'harbourd', DENTAL).slice(0, -1),
            `X-Source-Dir: ${DENTAL}:/public_html/${ADDON}/wp-content/plugins/booking`,
          ],
        ),
        [[ADDON, 'default']],
      ),
      ...godaddyHops(addonEnv, 'harbourd'),
    );
    emitCase(write, {
      name: 'r196-gmail-godaddy-genuine-addon-domain-script-online',
      about: `Genuine: the practice's second brand ${ADDON}, an add-on domain of its cPanel account: its booking site runs in /public_html/${ADDON}, so cPanel's X-Source-Dir names the account's main domain ${DENTAL} and that directory. Signed by Exim with ${ADDON}'s key. Online. Wanted: never spoofed; suspicious is the honest most (shared-host-other-account: any account may name a directory after a neighbour's domain, the next case).`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(addon, GODADDY, addonEnv, results(ADDON, addonEnv)),
      zone,
      expect: { notVerdict: ['spoofed'] },
    });
    const namedDir = onTop(
      await signAll(
        msg(
          `Harbour Dental <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Unpaid balance: action needed',
          note,
          `196.nd@${DENTAL}`,
          [
            ...cpanelTrailer(CPANEL, DENTAL, 'kilnbr7', KILN).slice(0, -1),
            `X-Source-Dir: ${KILN}:/public_html/${DENTAL}/billing`,
          ],
        ),
        [[DENTAL, 'default']],
      ),
      ...godaddyHops(env, 'kilnbr7'),
    );
    emitCase(write, {
      name: 'r196-gmail-godaddy-cotenant-script-in-folder-named-after-victim-online',
      about: `Attack: the co-tenant runs his script from a folder he named ${DENTAL} inside his own account, so cPanel's X-Source-Dir reads ${KILN}:/public_html/${DENTAL}/billing, the shape of an add-on domain's directory. Wanted: not authenticated (the path is the account's to name).`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(namedDir, GODADDY, env, results(DENTAL, env)),
      zone,
      expect: { ...NOT_AUTH, findings: ['shared-host-other-account'] },
    });
    const ownLogin = onTop(
      await signAll(
        msg(
          `Harbour Dental Reception <reception@${DENTAL}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Re: moving my appointment',
          'Dear Robin,\r\n\r\nof course: Thursday at 14:40 is yours.\r\n\r\nReception\r\n',
          `196.ol@${DENTAL}`,
          loginTrailer(`reception@${DENTAL}`),
        ),
        [[DENTAL, 'default']],
      ),
      ...loginHops(`reception@${DENTAL}`),
    );
    emitCase(write, {
      name: 'r196-gmail-godaddy-genuine-own-mailbox-login-online',
      about: `Genuine: the practice's receptionist logs in to ${CPANEL} with her own mailbox and replies; cPanel's trailer names reception@${DENTAL}. Online. Wanted: authenticated.`,
      class: 'hosted-server',
      args: GMAIL,
      eml: gmail(ownLogin, GODADDY, `reception@${DENTAL}`, results(DENTAL, `reception@${DENTAL}`)),
      zone,
      expect: { verdict: ['authenticated'], absentFindings: ['shared-host-other-account'] },
    });
  }
}

// What reads right today (ALL=1 pend.ts, 2026-12-07 08:3x): online, the VM named like SiteGround's
// relay stays suspicious (the name does not confirm forward); a HELO-only greeting as
// mout.kundenserver.de or delivery.antispam.mailspamprotection.com (Postfix's `unknown [ip]`) stays
// suspicious offline; a MailChannels customer writing as another (own d=, or the relay's envelope)
// stays suspicious offline (offlineMailRelay wants the From's own DKIM pass); a forged paypal.com
// with another domain in its name reads spoofed in Outlook offline (EOP's fail still counts); a
// forged discoursemail.com From reads suspicious for an address in its name and unverified for a
// domain in its name (the honest most: realworld185's genuine post has that shape); a group's own
// "Groups.io Billing" notice in Outlook offline reads suspicious (display-name-brand); genuine
// controls: the dental practice's own script through GoDaddy offline, 贝宝Pet 积分商城, Google's own
// alert offline read authenticated.
//
// Pending A, rented servers named like the hosts' relays, Gmail offline
// (r196-gmail-gcp-vm-siteground-ptr-lookalike-offline, r196-gmail-ionos-vps-ptr-mout-kundenserver-
// lookalike-offline): read AUTHENTICATED (hosted-server-relay:low, offline-mode:info), the look-alike
// domain's own key, SPF and DMARC passing; online the same VM reads suspicious (hosted-server-relay:
// medium, "a rented server on Google Cloud"), and so do Yahoo and Outlook offline (Yahoo's results
// are never `proven`; Outlook offline reads no provider). Wanted: not authenticated. At fault: lib/relay/
// esp-evidence.ts mailRelayName with lib/relay/providers-esp.ts relayAsns 396982 (Google Cloud: every
// Compute Engine VM) and 8560 (IONOS, which also rents VPS and cloud servers), used by lib/findings/
// hosted-server.ts offlineMailRelay: Gmail prints a PTR it never forward-checked, and the DKIM/DMARC/
// SPF requirement is met by any sender's own domain. Smallest fix: for hosts whose relays sit in a
// rentable network, match the relays' own prefixes instead of the AS (a `relayRanges` beside
// relayAsns: SiteGround 185.56.86.0/23, IONOS mout 212.227.126.128/25 and 82.165.159.0/26, as
// realworld186's HOST_ZONE models _spf.mailspamprotection.com and _spf-eu.ionos.com: recalled, to
// confirm against the live records before pinning), and keep
// relayAsns only for networks that are the service's alone (check 63213 and 26496 the same way:
// GoDaddy rents VPS in 26496). Could hurt: a host's relay outside the listed prefixes reads
// suspicious offline again, as before fb85c110 (realworld186's IONOS and SiteGround cases use
// 212.227.126.187 and 185.56.87.12, inside them).
//
// Pending B, a co-tenant on a GoDaddy cPanel server as another account's domain
// (r196-gmail-godaddy-cotenant-as-other-account-offline, -online): read AUTHENTICATED (offline
// hosted-server-relay:low; online no finding, "sent through GoDaddy Hosting Mail"). Exim signed it
// with the victim's key because the victim's domain is local to that server; the only trace is
// cPanel's own trailer at the bottom of the header (X-Get-Message-Sender-Via: … authenticated_id:
// kilnbr7/from_h, X-Source-Dir: kilnbridge-pottery.example:/public_html/…). Wanted: not
// authenticated. At fault: online lib/findings/hosted-server.ts platformRelay's "aligned signature"
// exemption and offline offlineMailRelay, both for an ESP with carriesScripts. Smallest fix: for a
// carriesScripts relay, read the LAST X-Source-Dir (Exim appends it after the script's own lines)
// and, where its domain's organisation is not the From's, keep hosted-server-relay at medium with
// that evidence. Could hurt: a cPanel owner whose addon domain's site sends for the primary domain
// (X-Source-Dir names the account's main domain): such owners would read suspicious, as an unsigned
// cPanel account does today (realworld138).
//
// Pending C, 贝宝/网飞 glued to a Latin word, then a Chinese account notice
// (r196-gmail-offline-beibao-wallet-security-centre, -wangfei-member-renewal,
// -beibao-care-account-frozen): read AUTHENTICATED with no display-name-brand ("贝宝Wallet 安全中心",
// "网飞Member 续费提醒", "贝宝Care 账户冻结" from the attacker's own signed domains). Wanted:
// display-name-brand, not authenticated. At fault: lib/findings/domains.ts namedAt, the Latin-word
// branch added in fb85c110: a Latin word outside SERVICE_GLUE `continue`s unless a Latin
// ACCOUNT_NOTICE follows; the Chinese runs after it are never asked. Smallest fix: before that
// `continue`, return true when a later Han run begins or ends with an account notice's word (a
// narrower list than CHINESE_DESK_WORDS: 安全|账户|帐户|帳戶|账号|帳號|冻结|凍結|验证|驗證|续费|續費|到期|
// 异常|異常|登录|登錄|警告|暂停|暫停|退款|账单|帳單|付款|支付), leaving 会员中心/客服/积分商城 the shop's.
// Could hurt: a shop named 贝宝<Latin> writing "账户通知" about its own member accounts
// (realworld182's "贝宝Pet 会员中心" and this file's "贝宝Pet 积分商城" stay clear).
// Fixed on 2026-12-07 at 08:3x: A's IONOS case and B offline (relayAsns removed for IONOS 8560,
// GoDaddy 26496 and MailChannels 63213, networks that rent servers whose reverse name the customer
// sets) and C (lib/findings/domains.ts namedAt: after a Latin word of the shop's own, a Chinese run
// that begins or ends with an account's notice names the brand, CHINESE_ACCOUNT_NOTICE).
// Left pending: A's Google Cloud case (1): Google Cloud sets a reverse name only for a domain its
// customer verified (CONFIRMING_CLOUDS), so no stranger's VM there prints SiteGround's relay name;
// the corpus cannot model that, and the case stays as the premise it tests. B online (1): a
// co-tenant on a GoDaddy cPanel server writing as another account's domain, signed by Exim with that
// account's key (the last X-Source-Dir naming another organisation is the trace; not read yet).
// Fixed on 2026-12-07 at 10:1x: B online (lib/findings/shared-host-account.ts, finding
// shared-host-other-account: where a script-carrying host's relay handed the message over and the
// From authenticates, the last X-Get-Message-Sender-Via login or X-Source-Dir directory the host
// appended naming another organisation is medium, an add-on domain's directory too: a folder's name
// is the account's to choose, r196-gmail-godaddy-cotenant-script-in-folder-named-after-victim-online); block 1d
// adds its login and copied-trailer variants and genuine controls (own script, add-on domain's
// directory, own mailbox login) online.
// And the genuine control r196-gmail-godaddy-genuine-own-account-offline (1) now reads suspicious
// offline, as before real-mail round 186: GoDaddy's relay name is no longer read offline.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r196-gmail-gcp-vm-siteground-ptr-lookalike-offline',
  'r196-gmail-godaddy-genuine-own-account-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
