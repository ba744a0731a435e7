// Red-team round 201: lib/findings/hosted-server.ts `receivedSpfPass` (commit 1e96fd43), the
// box's own `Received-SPF: Pass … client-ip=…; envelope-from=<…>` above its entry line counted as
// its SPF pass for the entry's client where no Authentication-Results row passes an accepted
// envelope. The header IS the box's (nothing a sender writes lies above the entry line), but the
// line's text is not all the box's: pypolicyd-spf prints the client's HELO word and the envelope
// as given, `client-ip=…; helo=<HELO>; envelope-from=<MAIL FROM>; receiver=<UNKNOWN>`, and the
// engine takes the FIRST `envelope-from=` in the line, up to `;`, `"`, `<`, `>` or white space.
// So the client writes the envelope the engine reads:
// - a HELO `envelope-from=bounce@groups.io` (Postfix takes any HELO word unless
//   reject_invalid_helo_hostname is set) puts `helo=envelope-from=bounce@groups.io;` BEFORE the
//   real `envelope-from=` (the attacker's own, passing SPF for his own domain);
// - a quoted local part `"bounce@groups.io;"@vm.attacker.example` (valid RFC 5321 MAIL FROM; SPF
//   checks the domain after the last @) is read up to its `;`: `bounce@groups.io`.
// Where it counts: offlineListServer (a list host's notice or post, the provider's dkim=pass for
// the host, and where the entry line prints no reverse name, as Postfix's `unknown` for a VM
// without a confirmed PTR, the provider's SPF pass for an envelope under the host). A Linode VM
// replaying a groups.io-signed notice then reads as groups.io's own server. The same holds where
// the box DOES write pypolicyd-spf's `spf=pass smtp.mailfrom=<attacker>` row: providerSpfPass falls
// back to Received-SPF when no row passes an accepted envelope.
// Beside them: the same replay without the trick (control: not trusted today), and genuine
// groups.io notices on the box whose entry line printed `unknown` (PTR lookup timed out at
// delivery) with only policyd-spf's Received-SPF, and with its AR row too.
// Where the layouts were learnt:
// - pypolicyd-spf's default header and its order: `find_string` "identity=mailfrom; client-ip=" (code
//   corpus): smtp3.osuosl.org (file id 19207120759: `Received-SPF: Pass (mailfrom) identity=mailfrom;
//   client-ip=198.175.65.15;\n helo=mgamail.intel.com; envelope-from=lkp@intel.com; receiver=<UNKNOWN>`
//   above `DMARC-Filter: OpenDMARC…`/`DKIM-Filter: OpenDKIM…`, amavis on port 10024), ml01.01.org
//   (file id 12426100954, one line), lists.osmocom.org (file id 6276442444). helo= always before
//   envelope-from=, both printed as the client gave them.
// - OpenDKIM's per-signature header with dkim-atps=neutral and OpenDMARC's dmarc row: as
//   realworld189 cites them (lists.ozlabs.org file id 47235453428).
// - Postfix's `from <helo> (unknown [<ip>])` for an unconfirmed client and the groups.io notice,
//   its d=groups.io s=20140610 signature, `bounce+…@groups.io` envelope, web01.groups.io
//   [66.175.222.12], Linode's 172.105.0.0/16 VM: as probe190 cites them.
// Also the other readings of 10:40-11:00: reply-to.ts relaysOwn (Firefox Relay forwarding a
// look-alike "PayPal" sender to the reader's leaked mask, and a name quoting PayPal's address before
// the attacker's), shared-host-account.ts serverTrailer (a GoDaddy cPanel co-tenant's own trailer
// hidden above a later forward trailer of the same server; an outside VM feeding his forwarder), and
// offlineMailRelay's no-DMARC box with OpenDKIM's dkim-atps (amavisd-new alone behind Amazon SES: a
// forged amavisd-new row below the entry line, and the bank's signed notice replayed with a second
// Subject, with and without OpenDMARC).
// - Firefox Relay's `"<name> <address> [via Relay]" <mask@mozmail.com>`, Reply-To
//   replies@relay.firefox.com, d=mozmail.com s=dkim2 plus SES's signature, SES a48-112 [54.240.48.112]
//   and the email.mozmail.com MAIL FROM: as realworld190 cites them (mozilla/fx-private-relay
//   generate_from_header tests, issue #593).
// - cPanel's Exim trailer for a login and for a forward (`mailgid no entry from
//   get_recent_authed_mail_ips_entry`, empty X-Authenticated-Sender and X-Source-Dir: file id
//   2054733573, preserve.koston.org), GoDaddy's relay p3nlsmtpcp01-04.prod.phx3.secureserver.net
//   [184.168.200.145] with `by : HOSTING RELAY :`: as realworld189 cites them.
// - amavisd-new's `Authentication-Results: <host> (amavisd-new); dkim=pass (2048-bit key) header.d=…`
//   between its port-10024 hop and Postfix's reinjection: smtp3.osuosl.org (file ids 26148495783 and
//   19207120759, the latter with policyd-spf's Received-SPF right above Postfix's entry).
// NOT confirmed here: that Postfix's policy request carries a quoted local part with its quotes
// (either way the `;` inside it ends the engine's read at the same place).
// Names and addresses are documentation ones except groups.io's, Linode's, Amazon SES's, Mozilla's
// and GoDaddy's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, genuineBankNotice, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const BOX = 'mail.reader.example';
const BTO = 'robin@reader.example';
const ARGS = ['--authserv-id', BOX, '--recipient-domain', 'reader.example'];

const GIO: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
/** A Linode VM without a confirmed reverse name: Postfix prints `unknown`. */
const VM_IP = '172.105.74.201';
const ATT = 'vm201.attacker.example';

/** Genuine mail whose reading may be authenticated or unverified, never a warning. */
const HONEST: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['suspicious', 'spoofed'],
};

const notice = (n: string) =>
  signAll(
    submitted({
      from: 'Groups.io <noreply@groups.io>',
      to: BTO,
      subject: 'Your group harbour-sailing has been imported from Yahoo Groups',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<201.${n}.2010000000000000000@groups.io>`,
      body: 'Hi Robin,\r\n\r\nthe messages, files and photos of harbour-sailing have been imported.\r\n',
    }),
    [['groups.io', '20140610']],
  );
const LURE_SUBJECT = 'Subject: Payment failed: renew your groups.io Premium group today';

/**
 * The reader's Postfix box: OpenDMARC's row, OpenDKIM's header (dkim-atps=neutral), pypolicyd-spf's
 * Received-SPF (and its AR row where `arRow`), Postfix's entry printing `unknown` for the client.
 */
function boxDelivery(
  raw: string,
  o: { helo: string; ip: string; envelope: string; spfDomain: string; arRow: boolean; n: string },
): string {
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    `Delivered-To: ${BTO}`,
    dovecotLmtp(BOX, o.envelope, BTO, `kB201${o.n}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:04 +0000'),
    `Authentication-Results: ${BOX}; dmarc=pass (p=none dis=none) header.from=groups.io`,
    `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=groups.io header.i=@groups.io header.a=rsa-sha256 header.s=20140610 header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ...(o.arRow
      ? [
          `Authentication-Results: ${BOX}; spf=pass (sender SPF authorized) smtp.mailfrom=${o.spfDomain} (client-ip=${o.ip}; helo=${o.helo}; envelope-from=${o.envelope}; receiver=<UNKNOWN>)`,
        ]
      : []),
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${o.ip};\r\n helo=${o.helo}; envelope-from=${o.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${o.helo} (unknown [${o.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw201${o.n}a2\r\n\tfor <${BTO}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  const gioEnv = 'bounce+201g+robin=reader.example@groups.io';

  // ---- 1. A Linode VM replaying groups.io's signed notice: the envelope read from the client's words ----
  const attacks: Array<{ slug: string; helo: string; envelope: string; arRow: boolean; how: string }> = [
    {
      slug: 'helo-injects-envelope',
      helo: 'envelope-from=bounce@groups.io',
      envelope: `bounce@${ATT}`,
      arRow: false,
      how: "says HELO `envelope-from=bounce@groups.io`, so pypolicyd-spf's line reads `helo=envelope-from=bounce@groups.io; envelope-from=bounce@vm201.attacker.example` (its own domain's SPF passing)",
    },
    {
      slug: 'helo-injects-envelope-beside-spf-row',
      helo: 'envelope-from=bounce@groups.io',
      envelope: `bounce@${ATT}`,
      arRow: true,
      how: "says HELO `envelope-from=bounce@groups.io`; the box also writes pypolicyd-spf's AR row spf=pass smtp.mailfrom=vm201.attacker.example (no row passes groups.io, so the engine falls back to Received-SPF)",
    },
    {
      slug: 'quoted-local-part-envelope',
      helo: ATT,
      envelope: `"bounce@groups.io;"@${ATT}`,
      arRow: false,
      how: 'sends MAIL FROM:<"bounce@groups.io;"@vm201.attacker.example> (a quoted local part; SPF checks vm201.attacker.example and passes), so the line reads `envelope-from="bounce@groups.io;"@vm201…`',
    },
  ];
  let k = 0;
  for (const t of attacks) {
    k++;
    emit({
      name: `r201-box-linode-vm-replays-groupsio-${t.slug}-offline`,
      class: 'replay-list-host',
      about: `Attack: a Linode VM (${VM_IP}, no confirmed reverse name: Postfix prints "unknown") replays groups.io's signed notice with a lure Subject on top and ${t.how}. The box records OpenDKIM's dkim=pass d=groups.io and OpenDMARC's dmarc=pass; nothing passed SPF for groups.io. Offline (--authserv-id). Wanted: not trusted (a rented server replaying groups.io's notice; the only groups.io in the SPF line is the client's own text).`,
      args: ARGS,
      eml: boxDelivery(onTop(await notice(`a${k}`), LURE_SUBJECT), {
        helo: t.helo,
        ip: VM_IP,
        envelope: t.envelope,
        spfDomain: ATT,
        arRow: t.arRow,
        n: `a${k}`,
      }),
      expect: NOT_TRUSTED,
    });
  }
  // Control: the same replay, the attacker's plain HELO and envelope.
  emit({
    name: 'r201-box-linode-vm-replays-groupsio-own-envelope-control-offline',
    class: 'replay-list-host',
    about: `Attack (control): the Linode VM (${VM_IP}, "unknown") replays groups.io's signed notice with a lure Subject, HELO ${ATT}, envelope bounce@${ATT} (passing); only policyd-spf's Received-SPF records SPF. Offline. Wanted: not trusted.`,
    args: ARGS,
    eml: boxDelivery(onTop(await notice('c1'), LURE_SUBJECT), {
      helo: ATT,
      ip: VM_IP,
      envelope: `bounce@${ATT}`,
      spfDomain: ATT,
      arRow: false,
      n: 'c1',
    }),
    expect: NOT_TRUSTED,
  });

  // ---- 2. Genuine: groups.io's own server, its PTR lookup timed out at the box ----
  for (const arRow of [false, true]) {
    emit({
      name: `r201-box-genuine-groupsio-notice-unknown-rdns-received-spf${arRow ? '-and-ar-row' : ''}-offline`,
      class: 'list-host',
      about: `Genuine: groups.io's notice from its own server ${GIO.helo} [${GIO.ip}]; the box's PTR lookup timed out, so Postfix printed "unknown"; pypolicyd-spf passed ${gioEnv}${arRow ? ' (Received-SPF and its AR row)' : ' (Received-SPF only)'}, OpenDKIM dkim=pass d=groups.io, OpenDMARC dmarc=pass. Offline. Wanted: authenticated or unverified, never a warning.`,
      args: ARGS,
      eml: boxDelivery(await notice(`g${arRow ? 2 : 1}`), {
        helo: GIO.helo,
        ip: GIO.ip,
        envelope: gioEnv,
        spfDomain: 'groups.io',
        arRow,
        n: `g${arRow ? 2 : 1}`,
      }),
      expect: HONEST,
    });
  }
  // The same genuine notice online (our own SPF check for groups.io's envelope).
  emit({
    name: 'r201-box-genuine-groupsio-notice-unknown-rdns-received-spf-online',
    class: 'list-host',
    about: `Genuine: as r201-box-genuine-groupsio-notice-unknown-rdns-received-spf-offline, online with groups.io's DNS. Wanted: authenticated or unverified, never a warning.`,
    args: ARGS,
    eml: boxDelivery(await notice('g3'), {
      helo: GIO.helo,
      ip: GIO.ip,
      envelope: gioEnv,
      spfDomain: 'groups.io',
      arRow: false,
      n: 'g3',
    }),
    zone: {
      'groups.io': { TXT: ['v=spf1 ip4:66.175.222.0/24 ~all'] },
      '_dmarc.groups.io': { TXT: ['v=DMARC1; p=none'] },
      '20140610._domainkey.groups.io': KEY(),
      ...ptr(GIO.ip, GIO.rdns),
      'web01.groups.io': { A: [GIO.ip] },
    },
    expect: HONEST,
  });
  await fxRelay(emit);
  await cpanel(emit);
  await amavis(emit);
}

// ---- Firefox Relay (reply-to.ts relaysOwn) ----
const SES: Relay = {
  helo: 'a48-112.smtp-out.amazonses.com',
  rdns: 'a48-112.smtp-out.amazonses.com',
  ip: '54.240.48.112',
};
const SES_KEY = '224i4yxa5dv7c2xz3womw6peuasteono';
const RELAY_ZONE: Record<string, unknown> = {
  ...ptr(SES.ip, SES.rdns),
  'email.mozmail.com': { TXT: ['v=spf1 include:amazonses.com ~all'] },
  'amazonses.com': { TXT: ['v=spf1 ip4:54.240.0.0/18 ip4:23.249.208.0/20 -all'] },
  '_dmarc.mozmail.com': { TXT: ['v=DMARC1; p=none'] },
  'dkim2._domainkey.mozmail.com': KEY(),
  [`${SES_KEY}._domainkey.amazonses.com`]: KEY(),
  'paypal.com': { TXT: ['v=spf1 ip4:173.0.80.0/20 -all'] },
  '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
};

/** Firefox Relay's forward to the reader's mask (leaked to the attacker), as realworld190 models it. */
async function relayForward(
  name: string,
  resent: string,
  subject: string,
  body: string,
  n: string,
  online: boolean,
) {
  const raw = await signAll(
    submitted({
      from: `"${name} [via Relay]" <q7v2m9xk@mozmail.com>`,
      to: 'q7v2m9xk@mozmail.com',
      subject,
      date: 'Fri, 20 Nov 2026 09:58:40 +0000',
      messageId: `<201${n}.20261120095810@mozmail.com>`,
      extraHeaders: [`Resent-From: ${resent}`, 'Reply-To: replies@relay.firefox.com'],
      body: `${body}\r\n-- \r\nThis email was sent to your Relay email mask.\r\n`,
    }),
    [
      ['mozmail.com', 'dkim2'],
      ['amazonses.com', SES_KEY],
    ],
  );
  const env = `0100019a2b3c4d5e-201f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a${n}-000000@email.mozmail.com`;
  return gmailDelivery(raw, {
    relay: SES,
    envelope: env,
    to: GMAIL_TO,
    results: [
      gmailDkim('mozmail.com', 'dkim2'),
      gmailDkim('amazonses.com', SES_KEY),
      gmailSpf(env, SES.ip),
      gmailDmarc('mozmail.com', 'NONE'),
    ].join('\r\n       '),
    ids: [`x201csp${n}${online ? 'o' : 'f'}pxa`, `a201si${n}qtb.201`],
    spf: 'pass',
    deliveredTo: true,
  });
}

async function fxRelay(emit: (c: Parameters<typeof emitCase>[1]) => void): Promise<void> {
  const lure =
    'We could not process your last payment. Confirm your billing details within 24 hours:\r\nhttps://paypal-billing.example/confirm\r\n';
  const shapes: Array<[slug: string, name: string, resent: string, what: string]> = [
    [
      'lookalike-paypal-sender',
      'PayPal <service@paypal-billing.example>',
      'service@paypal-billing.example',
      'the attacker writes From "PayPal" <service@paypal-billing.example> (his own domain, passing) to the reader\'s leaked mask; Relay forwards it as "PayPal <service@paypal-billing.example> [via Relay]" <q7v2m9xk@mozmail.com>',
    ],
    [
      'name-quotes-paypal-address',
      'PayPal <service@paypal.com> <billing@paypal-billing.example>',
      'billing@paypal-billing.example',
      'the attacker writes From "PayPal <service@paypal.com>" <billing@paypal-billing.example>; Relay prefixes his display name to his address: "PayPal <service@paypal.com> <billing@paypal-billing.example> [via Relay]" (two addresses in the name, the first PayPal\'s)',
    ],
  ];
  let k = 0;
  for (const [slug, name, resent, what] of shapes)
    for (const online of [true, false]) {
      k++;
      emit({
        name: `r201-gmail-firefox-relay-forwards-${slug}-${online ? 'online' : 'offline'}`,
        class: 'masked-relay',
        about: `Attack: ${what}, signed d=mozmail.com and d=amazonses.com, sent from ${SES.rdns} with Relay's email.mozmail.com MAIL FROM; Reply-To replies@relay.firefox.com (Relay's own). Gmail records dkim, spf and dmarc pass for mozmail.com. ${online ? 'Online' : 'Offline'}. Wanted: not trusted: Relay did forward it, but the sender it names is a look-alike posing as PayPal (display-name-brand or reply-to-other-org medium, as without the relay).`,
        args: ['--webmail', 'gmail'],
        eml: await relayForward(name, resent, 'Your payment could not be processed', lure, `${k}`, online),
        ...(online ? { zone: RELAY_ZONE } : {}),
        expect: NOT_TRUSTED,
      });
    }
  // Genuine beside them: PayPal's own receipt through Relay (realworld190's shape, offline here).
  emit({
    name: 'r201-gmail-genuine-firefox-relay-paypal-receipt-offline',
    class: 'masked-relay',
    about: `Genuine: PayPal's receipt to the reader's Firefox Relay mask, forwarded as "PayPal <service@paypal.com> [via Relay]" <q7v2m9xk@mozmail.com> (as realworld190's w190-*-firefox-relay-paypal-via-relay). Offline in Gmail. Wanted: authenticated or unverified, never a warning.`,
    args: ['--webmail', 'gmail'],
    eml: await relayForward(
      'PayPal <service@paypal.com>',
      'service@paypal.com',
      'Receipt for your payment to Quarkfield Books',
      'You sent a payment of EUR 42.00 to Quarkfield Books.\r\n',
      '9',
      false,
    ),
    expect: HONEST,
  });
}

// ---- cPanel (shared-host-account.ts serverTrailer: only the last trailer is read) ----
const GODADDY: Relay = {
  helo: 'p3nlsmtpcp01-04.prod.phx3.secureserver.net',
  rdns: 'p3nlsmtpcp01-04.prod.phx3.secureserver.net',
  ip: '184.168.200.145',
};
const CP = 'p3plcpnl1201.prod.phx3.secureserver.net';
const FIRM = 'harbourline-law.example';
const KILN = 'kiln-attacker.example';
const trailer = (senderDomain: string, origDomain: string, via: string, auth: string, dir = '') => [
  'X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
  `X-AntiAbuse: Primary Hostname - ${CP}`,
  `X-AntiAbuse: Original Domain - ${origDomain}`,
  'X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]',
  `X-AntiAbuse: Sender Address Domain - ${senderDomain}`,
  `X-Get-Message-Sender-Via: ${CP}: ${via}`,
  `X-Authenticated-Sender: ${CP}: ${auth}`,
  'X-Source: ',
  'X-Source-Args: ',
  `X-Source-Dir: ${dir}`,
];
const CP_ZONE: Record<string, unknown> = {
  ...ptr(GODADDY.ip, GODADDY.rdns),
  'secureserver.net': { TXT: ['v=spf1 ip4:184.168.200.0/24 ip4:173.201.192.0/23 ~all'] },
  [FIRM]: { TXT: ['v=spf1 include:secureserver.net -all'] },
  [`_dmarc.${FIRM}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`default._domainkey.${FIRM}`]: KEY(),
  [KILN]: { TXT: ['v=spf1 include:secureserver.net -all'] },
};

async function cpanel(emit: (c: Parameters<typeof emitCase>[1]) => void): Promise<void> {
  const env = `accounts@${FIRM}`;
  const forwardTrailer = trailer(FIRM, KILN, 'mailgid no entry from get_recent_authed_mail_ips_entry', '');
  const shapes: Array<[slug: string, what: string, headers: string[], hops: string[]]> = [
    [
      'co-tenant-login-then-own-forwarder',
      `a co-tenant on ${CP} logs in as a@${KILN} (his own account) and writes From "Harbourline Law Accounts" <${env}> (envelope the same) to his external relay, which hands it back to the same server's port 25 for his cPanel forwarder fwd@${KILN} (to the reader's Gmail). The first trailer (authenticated_id a@${KILN}) stays above; the forward's own (mailgid no entry, empty X-Source-Dir, preserve.koston.org's layout) is last`,
      [...trailer(FIRM, 'relay-vm.example', `authenticated_id: a@${KILN}`, `a@${KILN}`), ...forwardTrailer],
      [
        `Received: from relay-vm.example ([203.0.113.201]:40112)\r\n\tby ${CP} with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <${env}>)\r\n\tid 1tQ201-0009Fw-3c\r\n\tfor fwd@${KILN}; Fri, 20 Nov 2026 03:00:00 -0700`,
        'Received: from [203.0.113.201] (helo=relay-vm.example)\r\n\tby relay-vm.example with esmtp (Exim 4.96)\r\n\tid 1tQ201-0003Ab-1a; Fri, 20 Nov 2026 09:59:59 +0000',
        `Received: from [198.51.100.89] (port=52144 helo=[192.168.1.20])\r\n\tby ${CP} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <${env}>)\r\n\tid 1tQ201-0007Lg-1a; Fri, 20 Nov 2026 02:59:58 -0700`,
      ],
    ],
    [
      'outside-vm-into-own-forwarder',
      `the attacker's own VM (203.0.113.201) delivers, unauthenticated, a message From "Harbourline Law Accounts" <${env}> (envelope the same) to his cPanel forwarder fwd@${KILN} on ${CP}; the forwarder sends it on to the reader's Gmail through GoDaddy's relay with the envelope kept (cPanel's SRS off). The only trailer is the forward's (mailgid no entry, no login, empty X-Source-Dir)`,
      forwardTrailer,
      [
        `Received: from relay-vm.example ([203.0.113.201]:40112)\r\n\tby ${CP} with esmtp (Exim 4.96.2)\r\n\t(envelope-from <${env}>)\r\n\tid 1tQ201-0009Gx-4d\r\n\tfor fwd@${KILN}; Fri, 20 Nov 2026 03:00:00 -0700`,
      ],
    ],
  ];
  let k = 0;
  for (const [slug, what, headers, hops] of shapes) {
    k++;
    const raw = onTop(
      submitted({
        from: `Harbourline Law Accounts <${env}>`,
        to: `fwd@${KILN}`,
        subject: 'Updated client account details for your retainer',
        date: 'Fri, 20 Nov 2026 09:59:50 +0000',
        messageId: `<201.c${k}@${FIRM}>`,
        body: 'Dear client,\r\n\nour bank details have changed. Please pay the retainer to the new account below.\r\n',
        extraHeaders: headers,
      }),
      `Received: from ${CP} ([10.199.64.201])\r\n\tby : HOSTING RELAY : with ESMTP\r\n\tid 2Kb201${k}Xyz; Fri, 20 Nov 2026 03:00:01 -0700`,
      ...hops,
    );
    emit({
      name: `r201-gmail-godaddy-${slug}-online`,
      class: 'shared-host',
      about: `Attack: ${what}. GoDaddy's relay ${GODADDY.rdns} [${GODADDY.ip}] is in the firm's SPF (include:secureserver.net); Gmail records spf=pass and dmarc=pass (p=quarantine), no signature. Online. Wanted: not authenticated: ${k === 1 ? "the server's trailers name another account (the last one names none)" : "the message entered the shared server from an outside address and nothing but the host's shared SPF vouches"}.`,
      args: ['--webmail', 'gmail'],
      eml: gmailDelivery(raw, {
        relay: GODADDY,
        envelope: env,
        to: GMAIL_TO,
        results: [gmailSpf(env, GODADDY.ip), gmailDmarc(FIRM, 'QUARANTINE')].join('\r\n       '),
        ids: [`x201cspc${k}pxa`, `a201sic${k}qtb.201`],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: CP_ZONE,
      expect: { notVerdict: ['authenticated'] },
    });
  }
}

// ---- amavisd-new alone (offlineMailRelay: no DMARC recorded, the DKIM pass stands) ----
/** The reader's box with amavisd-new as its only DKIM checker (osuosl.org's layout), no DMARC. */
function amavisBox(
  raw: string,
  o: { relay: Relay; envelope: string; dkim: string[]; n: string; opendmarc?: string; below?: string[] },
): string {
  const body = o.below?.length ? onTop(raw, ...o.below) : raw;
  return onTop(
    body,
    `Return-Path: <${o.envelope}>`,
    `Delivered-To: ${BTO}`,
    dovecotLmtp(BOX, o.envelope, BTO, `kB201${o.n}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:06 +0000'),
    `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Zw201${o.n}r\r\n\tfor <${BTO}>; Fri, 20 Nov 2026 10:00:06 +0000 (UTC)`,
    ...(o.opendmarc
      ? [`Authentication-Results: ${BOX}; dmarc=pass (p=reject dis=none) header.from=${o.opendmarc}`]
      : []),
    'X-Virus-Scanned: Debian amavisd-new at reader.example',
    ...o.dkim.map(
      (d) => `Authentication-Results: ${BOX} (amavisd-new);\r\n dkim=pass (2048-bit key) header.d=${d}`,
    ),
    `Received: from ${BOX} ([127.0.0.1])\r\n\tby localhost (${BOX} [127.0.0.1]) (amavisd-new, port 10024)\r\n\twith ESMTP id bFiSeHW9K${o.n} for <${BTO}>;\r\n\tFri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${o.relay.ip};\r\n helo=${o.relay.helo}; envelope-from=${o.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${o.relay.helo} (${o.relay.rdns} [${o.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw201${o.n}a2\r\n\tfor <${BTO}>; Fri, 20 Nov 2026 10:00:04 +0000`,
  );
}

async function amavis(emit: (c: Parameters<typeof emitCase>[1]) => void): Promise<void> {
  const sesEnv = '0100019a2b3c4d5e-201a7a8b-9c0d-4e1f-a2b3-c4d5e6f7a201-000000@amazonses.com';
  // 3a. The attacker's own SES account sends the bank's From unsigned by the bank, signed only by
  // SES; below the box's entry line he wrote an amavisd-new-shaped row passing d=northbank.example.
  const lure = submitted({
    from: 'Northbank Security <security@northbank.example>',
    to: BTO,
    subject: 'Unusual sign-in: confirm your card',
    body: 'We blocked a payment. Confirm your card at https://northbank-verify.example/card\r\n',
    messageId: '<201.m1@northbank.example>',
  });
  emit({
    name: 'r201-box-amavis-ses-account-forged-northbank-dkim-row-below-entry-offline',
    class: 'forged-results',
    about: `Attack: the attacker's own Amazon SES account sends From security@northbank.example (signed by amazonses.com only) from ${SES.rdns} with SES's bounce envelope (SPF passes for amazonses.com). Below the box's entry line he wrote "Authentication-Results: ${BOX} (amavisd-new); dkim=pass header.d=northbank.example; dkim-atps=neutral". The box runs amavisd-new alone (no DMARC row) and recorded dkim=pass for amazonses.com. Offline. Wanted: not authenticated (nothing of the bank's passed).`,
    args: ARGS,
    eml: amavisBox(await signAll(lure, [['amazonses.com', SES_KEY]]), {
      relay: SES,
      envelope: sesEnv,
      dkim: ['amazonses.com'],
      n: 'm1',
      below: [
        `Authentication-Results: ${BOX} (amavisd-new);\r\n dkim=pass (2048-bit key) header.d=northbank.example;\r\n dkim-atps=neutral`,
      ],
    }),
    expect: { notVerdict: ['authenticated'] },
  });
  // 3b/3c. The bank's own signed notice, replayed through the attacker's SES account with a lure
  // Subject on top (the bank signed one Subject): amavisd-new alone, and OpenDMARC beside it.
  for (const withDmarc of [false, true]) {
    const n = withDmarc ? 'm3' : 'm2';
    emit({
      name: `r201-box-amavis${withDmarc ? '-opendmarc' : ''}-ses-account-replays-bank-notice-second-subject-offline`,
      class: 'replay',
      about: `Attack: the bank's signed statement notice (d=northbank.example s=nb1), replayed through the attacker's own SES account from ${SES.rdns} with SES's bounce envelope and a second Subject "Your card is blocked" on top. The box's amavisd-new recorded dkim=pass for northbank.example and amazonses.com${withDmarc ? "; OpenDMARC's dmarc=pass on the reinjection" : ', no DMARC row'}. Offline. Wanted: not authenticated (a replay: the Subject the reader sees is not the one the bank signed).`,
      args: ARGS,
      eml: amavisBox(
        onTop(
          await signAll(await genuineBankNotice(), [['amazonses.com', SES_KEY]]),
          'Subject: Your card is blocked: confirm it today',
        ),
        {
          relay: SES,
          envelope: sesEnv,
          dkim: ['amazonses.com', 'northbank.example'],
          n,
          ...(withDmarc ? { opendmarc: 'northbank.example' } : {}),
        },
      ),
      expect: { notVerdict: ['authenticated'] },
    });
  }
}

// What reads right today (ALL=1 pend.ts, 2026-12-07): the Linode replay with the attacker's own
// HELO and envelope (suspicious, hosted-server-relay medium); groups.io's genuine notice on the box
// whose entry printed "unknown", with policyd-spf's Received-SPF alone, with its AR row too, and
// online: authenticated. Firefox Relay forwarding a look-alike "PayPal <service@paypal-billing…>"
// and a name quoting PayPal's address before the attacker's (relaysOwn lowers reply-to-other-org to
// low, but display-name-address high / display-name-brand medium still read suspicious), online and
// offline; PayPal's genuine receipt through Relay offline: authenticated. A GoDaddy cPanel co-tenant
// whose own trailer is hidden above a later forward trailer of the same server, and an outside VM
// feeding the attacker's cPanel forwarder: suspicious (only GoDaddy's shared SPF vouches).
//
// Pending A (3 cases): r201-box-linode-vm-replays-groupsio-helo-injects-envelope-offline,
// -helo-injects-envelope-beside-spf-row-offline, -quoted-local-part-envelope-offline.
// Read now: AUTHENTICATED (hosted-server-relay LOW, "This message really comes from groups.io:
// according to your provider's checks"). Should read: suspicious (hosted-server-relay medium), as
// the control r201-box-linode-vm-replays-groupsio-own-envelope-control-offline does: nothing passed
// SPF for groups.io; the only "groups.io" in the SPF line is text the client chose.
// At fault: lib/findings/hosted-server.ts receivedSpfPass. It takes the FIRST `envelope-from=` in
// the header, up to `;`/`"`/space. pypolicyd-spf prints `client-ip=…; helo=<HELO as given>;
// envelope-from=<MAIL FROM as given>`, so (a) a HELO word `envelope-from=bounce@groups.io` puts a
// fake key before the real one, and (b) a quoted local part `"bounce@groups.io;"@vm.attacker…`
// (SPF checks the domain after the last @, the attacker's) is cut at its `;`. offlineListServer then
// takes it as the provider's SPF pass for an envelope under the list host (the entry printed no
// reverse name), and a replayed groups.io notice from a rented VM is groups.io's own server. Where
// the box also writes pypolicyd-spf's AR row for the attacker's envelope, providerSpfPass finds no
// accepted row and falls back to Received-SPF all the same.
// Smallest fix (receivedSpfPass): read the header's key=value pairs, quote-aware, after the comment:
// a key counts only at the start of a pair (after `;` or white space, never after `=`); exactly one
// `envelope-from` pair, else null; its value parsed as an address (`"…"@domain` or `local@domain`,
// the domain after the last @ outside quotes, optional <>); and no pass where the helo value holds
// `=` or `;` (a sender's text there is the point of the attack). The same reader would also serve
// receiver-record.ts receivedSpfFailed. Could hurt: none seen: realworld189's boxes, the osuosl.org,
// ml01.01.org and lists.osmocom.org copies cited above, Cisco's and Stalwart's layouts
// (realworld40/45/47: `envelope-from="…"` once, quoted as a whole) all keep one envelope-from pair
// with a plain address.
//
// Pending B (1 case, not from today's rules but met on the way):
// r201-box-amavis-opendmarc-ses-account-replays-bank-notice-second-subject-offline. Read now:
// AUTHENTICATED ("really comes from northbank.example: according to your provider's checks, sent
// through Amazon SES"), no finding. Should read: not authenticated (suspicious): the bank signed one
// Subject (h= names it once), the message has two, and the reader sees the attacker's. Online our own
// check refuses that signature (lib/auth/dkim-strict.ts addedFieldProblem, RFC 6376 §8.15; probe172's
// r172-*-replay-ec2-second-subject-above), offline nothing looks: the box's dkim=pass and the
// dmarc=pass standing on it are taken whole. Its amavisd-new-alone twin reads unverified (no DMARC
// row: today's offlineMailRelay change D does not lift the verdict, only the hosted-server reading).
// At fault: lib/findings/message-problems.ts (where multiple-from is raised offline): nothing reads
// the message's own DKIM-Signature h= against its field counts without DNS. Smallest fix: offline,
// run dkim-strict's fieldCounts/addedFieldProblem over the DKIM-Signature lines whose d= the
// provider's dkim=pass names; where every such signature of the From's organisation has a once-only
// field added, raise the same added-field finding as online (medium) and do not let that pass (or a
// dmarc=pass with no aligned SPF pass beside it) authenticate. Could hurt: nothing seen; it is the
// online rule, applied to the same bytes.
// Fixed on 2026-12-07 at 11:2x: B (lib/findings/message-problems.ts addedFieldRule, finding
// dkim-field-added medium offline: the online added-field check over the message's own
// DKIM-Signature lines of the From's organisation).
// Fixed on 2026-12-07 at 11:1x: A (lib/findings/hosted-server.ts receivedSpfPass: one
// envelope-from= pair and one client-ip= pair in the whole header, the envelope a plain address,
// else no pass: a HELO or quoted local part writing a second pair or a `;` gives nothing). Left: B
// (offline, a second unsigned Subject above the provider-passed signature: the online added-field
// rule is not run offline yet).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
