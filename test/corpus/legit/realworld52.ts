// Real-world delivery shapes, fifty-second round: genuine mail across this hour's rules (git log
// --since=2.hours -- lib/), from the side of the ordinary sender and reader: never "spoofed", and
// "suspicious" only for a reason the reader would accept.
// - lib/findings/login.ts loginRule: a login on the box the From's MX names whose line records no
//   user now adds nothing beside the From's own aligned signature (Mail-in-a-Box). Crossed here with
//   shared-hosting panels whose colleague-to-colleague mail is delivered on the box itself: cPanel's
//   Exim "with esmtpsa" (cPanel signs in the remote transport only, so local mail is unsigned; its
//   X-AntiAbuse block names the login), Plesk's Postfix without smtpd_sasl_authenticated_header
//   (signed, selector "default"), DirectAdmin's Exim on a box whose host name is not the MX name,
//   and Dovecot's submission service from an IPv6 client, relayed to Postfix + OpenDKIM.
// - lib/relay/providers-esp.ts / lib/findings/auth-state.ts SHARED_PLATFORMS (round 51's fix): a
//   Yandex 360 customer domain read in Outlook, QQ Mail read in Yahoo, an Aruba customer SPF-only,
//   an Aruba customer read offline in Gmail.
// - lib/relay/hoster-names.ts and lib/engine/gateways.ts hostedGatewayNameHops: a filter VM trusted
//   by its hoster's default name (GCP's bc.googleusercontent.com, OVH's vps.ovh.net) as the exact
//   entry must stay the gateway; one on Hetzner under the firm's own domain, trusted by that domain,
//   read offline.
// - lib/auth/authresults.ts stalwartMark (the mark counts only as the entry line's own by clause):
//   Stalwart 0.11 receiving Gmail over IPv6, and an older Stalwart (0.3–0.5 layout, Return-Path on
//   top) receiving an on-prem Exchange greeting with a bare NetBIOS name.
// Layouts learnt from: cPanel/Exim — a public netfilter-devel archive copy (linux-mailinglist-archives,
// 2022) of mail from a cPanel host (lim106.truehost.cloud) signed s=default with cPanel's long h=
// list; Exim's "(port=… helo=…) … with esmtpsa (TLS1.3) tls … (Exim …) (envelope-from <…>) id …"
// and cPanel's X-AntiAbuse block as realworld34/realworld45 wrote them. Plesk (DKIM selector
// "default", MX mail.<domain>) and DirectAdmin (selector "x", MX mail.<domain>) are recalled from
// their documentation. Dovecot's submission line ("by <host> with ESMTPSA id … (envelope-from <…>)")
// is recalled from Dovecot's submission-relay docs. Providers' lines as realworld51 learnt them
// (Yandex forward101d; QQ out162; Aruba "by Aruba Outgoing Smtp  with ESMTPSA"). Stalwart's lines and
// header order as realworld50 learnt them; the older layout (Return-Path above Stalwart's Received,
// no Received-SPF) is recalled from 2023 issue threads, not confirmed byte for byte. Names and
// addresses are documentation ones except providers' and hosters' own (Yandex, Tencent, Aruba,
// Google, OVH, Hetzner, Microsoft, Yahoo); every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';

/** DMARC passes for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = {
  verdict: 'authenticated',
  fields: { 'dmarc.result': 'pass' },
};
const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});
/** Genuine mail nothing can fully prove here: an honest "unverified" (or better), never a warning. */
const HONEST: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};
const YAHOO = ['--webmail', 'yahoo'];
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const TLS13 =
  '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)';

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads spoofed (dmarc-fail, spf-fail, hosted-server-relay; origin 34.120.7.19, no gateway
  // finding): the reader's filter, trusted by its exact default name 19.7.120.34.bc.googleusercontent.com
  // (what the CLI's hoster-zone warning recommends), is not honoured when its HELO and its own `by`
  // name are the firm's (filter.saltmarsh-vets.example) while its PTR is Google's default. Checked on
  // a scratch copy: the same message with HELO = the PTR name reads authenticated (gateway-trusted),
  // and trusted by 34.120.7.19/32 it reads authenticated; the OVH VPS case (HELO = PTR) passes.
  // Wanted: authenticated at 198.51.100.171 with the low note. Rule: lib/message/origin.ts
  // gatewayTest (name branch) and/or lib/engine/gateways.ts hostedGatewayNameHops — not traced in
  // the time given; the suspect is a check that the gateway's name also match its HELO or its own
  // `by` host. Proposed fix: when the hop's forward-confirmed PTR equals a trusted entry exactly,
  // honour it whatever the HELO says (the PTR is the hoster's record, the HELO the admin's).
  // Risk: none found for spoofing (only the reader's exact host name; another tenant cannot take a
  // PTR that leads back to an address it does not hold); genuine mail only gains.
  // Fixed at 02:1x on 2026-12-05 (lib/message/origin.ts walkGateways): a gateway known by name may
  // write its own line under the name it greets the receiver with (its HELO, the gateway's own word
  // once its address is confirmed), not only under the trusted name: this case now reads
  // authenticated at the joinery's address.
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await logins(write);
  await providers(write);
  await filters(write);
  await stalwart(write);
}

/** A shared-hosting domain whose MX is mail.<d>, an address record on the panel box. */
const panelZone = (d: string, boxIp: string, spf: string, dmarc: string, key?: string) => ({
  [d]: { TXT: [spf], MX: [{ priority: 0, exchange: `mail.${d}` }] },
  [`mail.${d}`]: { A: [boxIp] },
  [`_dmarc.${d}`]: { TXT: [dmarc] },
  ...(key ? { [`${key}._domainkey.${d}`]: KEY() } : {}),
});

// ---------------------------------------------------------------------------------------------
// 1. Colleague to colleague on a panel box: logins whose line names no user
// ---------------------------------------------------------------------------------------------

async function logins(write: CaseWriter): Promise<void> {
  // 1a. cPanel: Exim "with esmtpsa", local delivery unsigned, p=none.
  {
    const box = 'server17.hostco.example';
    const boxIp = '203.0.113.60';
    const d = 'greenleaf-dental.example';
    const raw = submitted({
      from: `Anna Price <anna@${d}>`,
      to: `Tom Reyes <tom@${d}>`,
      subject: 'Friday surgery list',
      date: SENT,
      messageId: `<f3a1b2c4d5e6f708@${d}>`,
      extraHeaders: ['User-Agent: Mozilla Thunderbird'],
      body: 'Tom,\r\n\r\nFriday’s list is in the shared calendar now.\r\n\r\nAnna\r\n',
    });
    const eml = onTop(
      raw,
      `Return-Path: <anna@${d}>`,
      `Envelope-to: tom@${d}`,
      `Delivery-date: ${at(3)}`,
      `Received: from [198.51.100.200] (port=51544 helo=[192.168.1.20])\r\n\tby ${box} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.98)\r\n\t(envelope-from <anna@${d}>)\r\n\tid 1tAbCd-0001xY-2Q\r\n\tfor tom@${d};\r\n\t${at(2)}`,
      'X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
      `X-AntiAbuse: Primary Hostname - ${box}`,
      `X-AntiAbuse: Original Domain - ${d}`,
      'X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]',
      `X-AntiAbuse: Sender Address Domain - ${d}`,
      `X-Get-Message-Sender-Via: ${box}: authenticated_id: anna@${d}`,
      `X-Authenticated-Sender: ${box}: anna@${d}`,
    );
    emitCase(write, {
      name: 'rw52-cpanel-exim-esmtpsa-colleague-local-unsigned',
      about: `A dental practice on a cPanel shared host (${box}, ${boxIp}; ${d}’s MX mail.${d} is the same address; cPanel’s default "v=spf1 +a +mx +ip4:${boxIp} ~all", DMARC p=none). Anna writes to her colleague Tom from home: cPanel’s Exim records "from [198.51.100.200] (port=51544 helo=[192.168.1.20]) by ${box} with esmtpsa … (envelope-from <anna@${d}>)" with no user on the line, and its X-AntiAbuse block names the login; the recipient is local, so Exim delivers on the box and cPanel’s DKIM (remote transport only) never signs. No Authentication-Results. Read with --authserv-id ${box}, online. Wanted: unverified at worst (a login on the From’s own MX box, nothing to check), never a warning`,
      class: 'login-submission',
      args: ['--authserv-id', box],
      eml,
      zone: {
        ...ptr(boxIp, box),
        ...panelZone(d, boxIp, `v=spf1 +a +mx +ip4:${boxIp} ~all`, 'v=DMARC1; p=none;'),
      },
      expect: HONEST,
    });
  }

  // 1b. Plesk: Postfix ESMTPSA without the authenticated-sender comment, signed, p=quarantine.
  {
    const box = 'plesk1.hostco.example';
    const boxIp = '203.0.113.61';
    const d = 'harbour-optics.example';
    const raw = await signAll(
      submitted({
        from: `Priya Nair <priya@${d}>`,
        to: `Owen Hale <owen@${d}>`,
        subject: 'Lens order for Mrs Ellis',
        date: SENT,
        messageId: `<9c8e7d6f-52b1-4a0e-8f3c-2d1e0f9a8b7c@${d}>`,
        body: 'Owen,\r\n\r\nthe lenses for Mrs Ellis arrive Tuesday.\r\n\r\nPriya\r\n',
      }),
      [[d, 'default']],
    );
    const eml = onTop(
      raw,
      `Return-Path: <priya@${d}>`,
      `Delivered-To: owen@${d}`,
      dovecotLmtp(box, `priya@${d}`, `owen@${d}`, 'mPq2AHm1XWc7GQAAqVw1Bg', at(3)),
      `Received: from [192.168.0.14] (unknown [198.51.100.23])\r\n\tby ${box} (Postfix) with ESMTPSA id 5F1A2B3C4D\r\n\tfor <owen@${d}>; ${at(2)}`,
    );
    emitCase(write, {
      name: 'rw52-plesk-postfix-esmtpsa-no-auth-header-colleague-signed',
      about: `An optician on a Plesk server (${box}, ${boxIp}; MX mail.${d} on the same address; SPF "v=spf1 +a +mx ~all", DMARC p=quarantine; Plesk’s DKIM selector "default" signs every message it sends, local ones too). Priya writes to Owen: Postfix without smtpd_sasl_authenticated_header writes "from [192.168.0.14] (unknown [198.51.100.23]) by ${box} (Postfix) with ESMTPSA", no user named; Dovecot LMTP delivers. Read with --authserv-id ${box}, online. Wanted: authenticated (the domain’s own signature; the unnamed login on its own MX box adds nothing)`,
      class: 'login-submission',
      args: ['--authserv-id', box],
      eml,
      zone: {
        ...ptr(boxIp, box),
        ...panelZone(d, boxIp, 'v=spf1 +a +mx ~all', 'v=DMARC1; p=quarantine', 'default'),
      },
      expect: PASSES,
    });
  }

  // 1c. DirectAdmin: the box's host name is not the MX name; IPv6 HELO literal; unsigned, p=reject.
  {
    const box = 'da3.hostco.example';
    const boxIp = '203.0.113.62';
    const d = 'quill-legal.example';
    const raw = submitted({
      from: `Hannah Quill <hannah@${d}>`,
      to: `Marcus Lyle <marcus@${d}>`,
      subject: 'Completion date for 14 Elm Road',
      date: SENT,
      messageId: `<20261120095958.8812.hannah@${d}>`,
      body: 'Marcus,\r\n\r\ncompletion is booked for the 4th; please confirm with the buyer.\r\n\r\nHannah\r\n',
    });
    const eml = onTop(
      raw,
      `Return-Path: <hannah@${d}>`,
      `Delivered-To: marcus@${d}`,
      `Received: from [198.51.100.77] (port=60213 helo=[IPv6:2001:db8:5::20])\r\n\tby ${box} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97.1)\r\n\t(envelope-from <hannah@${d}>)\r\n\tid 1tAbCe-0004Qz-0K\r\n\tfor marcus@${d};\r\n\t${at(2)}`,
    );
    emitCase(write, {
      name: 'rw52-directadmin-exim-esmtpsa-host-not-mx-name-unsigned-reject',
      about: `A law firm on a DirectAdmin host (${box}, ${boxIp}); its MX mail.${d} is an A record for the same address, not the box’s own name; SPF "v=spf1 a mx ip4:${boxIp} ~all", DMARC p=reject; DirectAdmin signs (selector x) only in Exim’s remote transport, so mail between colleagues stays unsigned. Hannah’s laptop greets with an IPv6 literal through a NAT64 office link: "from [198.51.100.77] (port=60213 helo=[IPv6:2001:db8:5::20]) by ${box} with esmtpsa … (envelope-from <…>)", no user named, delivered locally. Read with --authserv-id ${box}, online. Expected suspicious on login-outside-organisation alone: the box is a shared host, another customer of it could log in and write this From, and nothing signed it (a reason the reader accepts); never spoofed`,
      class: 'login-submission',
      args: ['--authserv-id', box],
      eml,
      zone: {
        ...ptr(boxIp, box),
        ...panelZone(d, boxIp, `v=spf1 a mx ip4:${boxIp} ~all`, 'v=DMARC1; p=reject', 'x'),
      },
      // Reads suspicious on login-outside-organisation alone: on a shared DirectAdmin host another
      // customer of the box could log in and write this From, and p=reject with no signature leaves
      // nothing to tell them apart. A reason the reader would accept; pinned, never spoofed.
      expect: { verdict: 'suspicious', findings: ['login-outside-organisation'] },
    });
  }

  // 1d. Dovecot submission relaying to Postfix + OpenDKIM; IPv6 client; signed, p=none.
  {
    const box = 'mail.kestrel-bikes.example';
    const boxIp = '203.0.113.63';
    const d = 'kestrel-bikes.example';
    const raw = await signAll(
      submitted({
        from: `Sam Ortiz <sam@${d}>`,
        to: `Lee Park <lee@${d}>`,
        subject: 'Stock count Saturday',
        date: SENT,
        messageId: `<1a2b3c4d-52d0-4e5f-8a9b-0c1d2e3f4a5b@${d}>`,
        body: 'Lee,\r\n\r\nwe do the stock count on Saturday morning.\r\n\r\nSam\r\n',
      }),
      [[d, '2026']],
    );
    const eml = onTop(
      raw,
      `Return-Path: <sam@${d}>`,
      `Delivered-To: lee@${d}`,
      dovecotLmtp(box, `sam@${d}`, `lee@${d}`, 'QmR5BHm1XWfcNwAAqVw1Bg', at(4)),
      `Received: from ${box} (localhost [127.0.0.1])\r\n\tby ${box} (Postfix) with ESMTP id 4ZrV1k2m3n\r\n\tfor <lee@${d}>; ${at(3)}`,
      `Received: from [IPv6:2001:db8:77::5] ([2001:db8:77::5])\r\n\tby ${box} with ESMTPSA\r\n\tid kC3wB2m1XWf4ZwAAqVw1Bg\r\n\t(envelope-from <sam@${d}>)\r\n\tfor <lee@${d}>; ${at(2)}`,
    );
    emitCase(write, {
      name: 'rw52-dovecot-submission-ipv6-client-postfix-opendkim-signed',
      about: `A bike shop’s own box (${box}, ${boxIp}, the domain’s MX; SPF "v=spf1 mx -all", DMARC p=none) runs Dovecot’s submission service on 587, relaying to Postfix on localhost, where OpenDKIM signs (selector 2026). Sam submits from an IPv6 address: Dovecot writes "from [IPv6:2001:db8:77::5] ([2001:db8:77::5]) by ${box} with ESMTPSA id … (envelope-from <…>)", no user; Postfix’s localhost line and Dovecot LMTP follow. Read with --authserv-id ${box}, online. Wanted: authenticated`,
      class: 'login-submission',
      args: ['--authserv-id', box],
      eml,
      zone: {
        ...ptr(boxIp, box),
        [d]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: box }] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
        [`2026._domainkey.${d}`]: KEY(),
      },
      expect: PASSES,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Mailbox providers in hosting space: Yandex 360, QQ Mail, Aruba
// ---------------------------------------------------------------------------------------------

const eopDkim = (d: string) => `dkim=pass (signature was verified)\r\n header.d=${d}`;

async function providers(write: CaseWriter): Promise<void> {
  // 2a. Yandex 360 customer domain, read in Outlook online; forward host in Yandex.Cloud.
  {
    const d = 'birch-press.example';
    const relay: Relay = {
      helo: 'forward101d.mail.yandex.net',
      rdns: 'forward101d.mail.yandex.net',
      ip: '178.154.239.212',
    };
    const env = `olga@${d}`;
    const raw = onTop(
      await signAll(
        submitted({
          from: `Olga Smirnova <${env}>`,
          to: 'Robin Reader <robin.reader@outlook.com>',
          subject: 'Proofs for chapter 3',
          date: 'Fri, 20 Nov 2026 12:59:58 +0300',
          messageId: `<1795168798.olga@${d}>`,
          extraHeaders: ['X-Mailer: Yamail [ http://yandex.ru ] 5.0'],
          body: 'Robin,\r\n\r\nthe proofs for chapter 3 are ready.\r\n\r\nOlga\r\n',
        }),
        [[d, 'mail']],
      ),
      `Received: from mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net\r\n (mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net\r\n [IPv6:2a02:6b8:c0c:1e05:0:640:3290:0])\r\n\tby ${relay.rdns} (Yandex) with ESMTPS id 7Cq4BfZoQa60;\r\n\tFri, 20 Nov 2026 13:00:02 +0300 (MSK)`,
      'Received: by mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net (smtp/Yandex)\r\n\twith ESMTPSA id GaN2WgugYeA1-3m5p74q2;\r\n\tFri, 20 Nov 2026 13:00:01 +0300',
      'X-Yandex-Fwd: 1',
    );
    emitCase(write, {
      name: 'rw52-yandex360-domain-to-outlook-ipv4-forward-cloud',
      about: `A small publisher on Yandex 360 for Business (${d}: "v=spf1 redirect=_spf.yandex.net", DKIM s=mail, DMARC p=quarantine) writes to Outlook.com: Yandex’s "(smtp/Yandex) with ESMTPSA" login line and the forward host’s "(Yandex) with ESMTPS" line; handed to Exchange Online by forward101d.mail.yandex.net [178.154.239.212], Yandex.Cloud (AS200350, hosting). EOP records spf, dkim and dmarc pass. Read in Outlook online. Wanted: authenticated (Yandex’s relay by its confirmed name, the customer’s own signature)`,
      class: 'mailbox-provider-hosting-asn',
      args: OUTLOOK,
      eml: eopDelivery(raw, { ...eopPass(relay, d, eopDkim(d)), returnPath: env }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        [`mail._domainkey.${d}`]: KEY(),
        [d]: { TXT: ['v=spf1 redirect=_spf.yandex.net'] },
        '_spf.yandex.net': { TXT: ['v=spf1 ip4:178.154.239.0/24 ip4:77.88.28.0/24 ~all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: passesAt(relay.ip),
    });
  }

  // 2b. QQ Mail read in Yahoo Mail online.
  {
    const relay: Relay = {
      helo: 'out162-62-58-216.mail.qq.com',
      rdns: 'out162-62-58-216.mail.qq.com',
      ip: '162.62.58.216',
    };
    const env = '1839204756@qq.com';
    const raw = await signAll(
      onTop(
        submitted({
          from: `Chen Jie <${env}>`,
          to: 'Robin Reader <robin.reader@yahoo.com>',
          subject: 'Photos from the trip',
          date: 'Fri, 20 Nov 2026 17:59:58 +0800',
          messageId: '<tencent_5B2E9A7C1D3F40E8A6B7C8D9E0F1A2B3C408@qq.com>',
          extraHeaders: ['X-Mailer: QQMail 2.x'],
          body: 'Robin,\r\n\r\nthe photos from the trip are in the album.\r\n\r\nChen Jie\r\n',
        }),
        'Received: from [192.168.3.8] ([203.0.113.58])\r\n\tby newxmesmtplogicsvrszc13-0.qq.com (NewEsmtp) with SMTP\r\n\tid 5DA1B2C3; Fri, 20 Nov 2026 17:59:59 +0800',
        'X-QQ-mid: xmsmtpt1795168799tq9x0a1b2',
      ),
      [['qq.com', 's201512']],
      ['from', 'to', 'cc', 'subject', 'date', 'in-reply-to', 'references'],
    );
    emitCase(write, {
      name: 'rw52-qq-mail-to-yahoo-online-out162',
      about:
        'A QQ Mail user writes to a friend at Yahoo: submitted to newxmesmtplogicsvrszc13-0.qq.com ("(NewEsmtp) with SMTP"), signed d=qq.com s=s201512, handed to Yahoo by out162-62-58-216.mail.qq.com [162.62.58.216] (Tencent Cloud AS132203, hosting). qq.com: include:spf.mail.qq.com, DMARC p=quarantine; Yahoo records dkim, spf and dmarc pass. Read in Yahoo Mail online (the reverse name leads back). Wanted: authenticated',
      class: 'mailbox-provider-hosting-asn',
      args: YAHOO,
      eml: yahooDelivery(raw, {
        relay,
        envelope: env,
        results: yahooResults(
          [['qq.com', 's201512']],
          'qq.com',
          'dmarc=pass(p=QUARANTINE) header.from=qq.com;',
        ),
      }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        's201512._domainkey.qq.com': KEY(),
        'qq.com': { TXT: ['v=spf1 include:spf.mail.qq.com -all'] },
        'spf.mail.qq.com': { TXT: ['v=spf1 ip4:162.62.57.0/24 ip4:162.62.58.0/24 ip4:43.154.54.0/24 -all'] },
        '_dmarc.qq.com': { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: passesAt(relay.ip),
    });
  }

  // 2c/2d. Aruba customer: SPF-only read in Outlook online; signed read in Gmail offline.
  const arubaRelay: Relay = {
    helo: 'smtpcmd0760.aruba.it',
    rdns: 'smtpcmd0760.aruba.it',
    ip: '62.149.156.60',
  };
  const arubaLine =
    'Received: from [192.168.1.31] ([203.0.113.141])\r\n        by Aruba Outgoing Smtp  with ESMTPSA\r\n        id vP8FomxyItoIqvP8Ioagz0; Fri, 20 Nov 2026 10:59:59 +0100';
  {
    const d = 'ferramenta-rossi.example';
    const env = `giulia@${d}`;
    const raw = onTop(
      submitted({
        from: `Giulia Rossi <${env}>`,
        to: 'Robin Reader <robin.reader@outlook.com>',
        subject: 'Ordine 2026/118',
        date: 'Fri, 20 Nov 2026 10:59:57 +0100',
        messageId: `<b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@${d}>`,
        body: 'Buongiorno,\r\n\r\nl’ordine 2026/118 è pronto per il ritiro.\r\n\r\nGiulia\r\n',
      }),
      arubaLine,
    );
    emitCase(write, {
      name: 'rw52-aruba-customer-spf-only-to-outlook',
      about: `A hardware shop on Aruba’s mail hosting that never turned on DKIM (${d}: v=spf1 include:_spf.aruba.it ~all, DMARC p=none): Aruba’s "by Aruba Outgoing Smtp  with ESMTPSA" line, handed to Exchange Online by smtpcmd0760.aruba.it [62.149.156.60] (AS31034, hosting). EOP records spf=pass, dkim=none, dmarc=pass. Read in Outlook online. Wanted: authenticated or unverified (an SPF pass through the include every Aruba customer shares), never a warning`,
      class: 'mailbox-provider-hosting-asn',
      args: OUTLOOK,
      eml: eopDelivery(raw, { ...eopPass(arubaRelay, d), returnPath: env }),
      zone: {
        ...ptr(arubaRelay.ip, arubaRelay.rdns),
        [d]: { TXT: ['v=spf1 include:_spf.aruba.it ~all'] },
        '_spf.aruba.it': { TXT: ['v=spf1 ip4:62.149.155.0/24 ip4:62.149.156.0/24 ~all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
      },
      expect: { ...HONEST, fields: { 'origin.ip': arubaRelay.ip } },
    });
  }
  {
    const d = 'cantina-verdi.example';
    const env = `luca@${d}`;
    const raw = onTop(
      await signAll(
        submitted({
          from: `Luca Verdi <${env}>`,
          to: 'Robin Reader <robin.reader@gmail.com>',
          subject: 'Spedizione del vino',
          date: 'Fri, 20 Nov 2026 10:59:57 +0100',
          messageId: `<c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f@${d}>`,
          body: 'Ciao Robin,\r\n\r\nil vino parte lunedì.\r\n\r\nLuca\r\n',
        }),
        [[d, 'a1']],
        ['from', 'to', 'subject', 'date', 'mime-version'],
      ),
      arubaLine,
    );
    emitCase(write, {
      name: 'rw52-aruba-customer-signed-to-gmail-offline',
      about: `A winery on Aruba (${d}: include:_spf.aruba.it, DKIM s=a1, DMARC p=quarantine) writes to Gmail through smtpcmd0760.aruba.it [62.149.156.60] (AS31034, hosting). Gmail records dkim, spf and dmarc pass. Read in Gmail offline (trusting the provider only): nothing confirms the relay’s name. Expected never spoofed; suspicious with hosted-server-relay was the designed reading (as rw51-qq-mail-to-gmail-tencent-cloud-offline: offline nothing tells Aruba’s relay from another tenant in its network replaying a signed message); since real-mail round 176 Aruba’s relay name printed by Gmail beside Gmail’s aligned DKIM pass reads authenticated (offlineMailRelay)`,
      class: 'mailbox-provider-hosting-asn',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: arubaRelay,
        envelope: env,
        ids: ['x52csp1102961pxa', 'a52si1511421qtb.52'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailDkim(d, 'a1'), gmailSpf(env, arubaRelay.ip), gmailDmarc(d, 'QUARANTINE')].join(
          '\r\n       ',
        ),
      }),
      expect: { notVerdict: ['spoofed'], fields: { 'origin.ip': arubaRelay.ip } },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Filter VMs trusted by the reader: by the hoster's exact default name, by the firm's domain
// ---------------------------------------------------------------------------------------------

const JOINERY = 'fernhill-joinery.example';
const OFFICE: Relay = { helo: `mail.${JOINERY}`, rdns: `mail.${JOINERY}`, ip: '198.51.100.171' };
const joineryZone = (signed: boolean) => ({
  ...ptr(OFFICE.ip, OFFICE.rdns),
  [JOINERY]: { TXT: [`v=spf1 ip4:${OFFICE.ip} -all`] },
  [`_dmarc.${JOINERY}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...(signed ? { [`mail._domainkey.${JOINERY}`]: KEY() } : {}),
});
const invoice = (to: string, n: number, signed: boolean) => {
  const raw = submitted({
    from: `Fernhill Joinery <office@${JOINERY}>`,
    to: `Robin Reader <${to}>`,
    subject: `Invoice FJ-2026-52${n}`,
    date: SENT,
    messageId: `<52${n}.20261120.office@${JOINERY}>`,
    body: 'Hello,\r\n\r\nplease find our invoice for the staircase below.\r\n',
  });
  return signed ? signAll(raw, [[JOINERY, 'mail']]) : Promise.resolve(raw);
};

/** A Postfix + rspamd box behind a filter, its results about the filter's hand-off. */
async function behindFilter(opts: {
  box: string;
  rcpt: string;
  filter: Relay;
  n: number;
  signed: boolean;
}): Promise<string> {
  const { box, rcpt, filter: f, n, signed } = opts;
  const env = `office@${JOINERY}`;
  const ar = signed
    ? `Authentication-Results: ${box};\r\n\tdkim=pass header.d=${JOINERY} header.s=mail header.b=Q29ycHVz;\r\n\tspf=fail (${box}: domain of ${env} does not designate ${f.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=pass (policy=quarantine) header.from=${JOINERY}`
    : `Authentication-Results: ${box};\r\n\tdkim=none;\r\n\tspf=fail (${box}: domain of ${env} does not designate ${f.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" header.from=${JOINERY} (policy=quarantine)`;
  const client = f.ip.includes(':') ? `IPv6:${f.ip}` : f.ip;
  return onTop(
    await invoice(rcpt, n, signed),
    `Return-Path: <${env}>`,
    `Delivered-To: ${rcpt}`,
    dovecotLmtp(box, env, rcpt, `pQ5nMHm1XWf${n}CQAAqVw1Bg`, at(7)),
    ar,
    'X-Rspamd-Server: mx',
    `X-Rspamd-Queue-Id: 4ZrV5t0d5${n}`,
    `Received: from ${f.helo} (${f.rdns} [${client}])\r\n\t${TLS13}\r\n\tby ${box} (Postfix) with ESMTPS id 4ZrV5t0d5${n}\r\n\tfor <${rcpt}>; ${at(6)}`,
    `Received: from ${OFFICE.helo} (${OFFICE.rdns} [${OFFICE.ip}])\r\n\t${TLS13}\r\n\tby ${f.helo} (Postfix) with ESMTPS id 4ZrV5q0a5${n}\r\n\tfor <${rcpt}>; ${at(5)}`,
  );
}

async function filters(write: CaseWriter): Promise<void> {
  // 3a. A GCP VM filter trusted by its exact default reverse name; SPF-only sender; online.
  {
    const box = 'mx.saltmarsh-vets.example';
    const f: Relay = {
      helo: 'filter.saltmarsh-vets.example',
      rdns: '19.7.120.34.bc.googleusercontent.com',
      ip: '34.120.7.19',
    };
    emitCase(write, {
      name: 'rw52-filter-gcp-exact-default-name-trusted-spf-only',
      about: `A vets’ practice runs its spam filter on a Compute Engine VM (${f.ip}, Google’s default PTR ${f.rdns}, which leads back) in front of its Postfix + rspamd box (${box}); the reader trusts that exact name (--trust-gateway ${f.rdns}: one host’s own default name, as the CLI’s warning recommends, not the bc.googleusercontent.com zone). The joinery’s SPF-only invoice (${OFFICE.ip}, p=quarantine) passes the filter; rspamd checks SPF at the filter’s address and records spf=fail, dmarc=fail. Read with --authserv-id ${box}, online. Wanted: authenticated at the joinery’s address, the box’s fail at its own filter a low note (the exact entry must stay the gateway: lib/engine/gateways.ts hostedGatewayNameHops skips the entry itself)`,
      class: 'inbound-gateway-hosted',
      args: ['--authserv-id', box, '--trust-gateway', f.rdns],
      eml: await behindFilter({ box, rcpt: 'robin@saltmarsh-vets.example', filter: f, n: 1, signed: false }),
      // The filter's own host name is the practice's MX: it leads back to the filter's address.
      zone: { ...joineryZone(false), ...ptr(f.ip, f.rdns), [f.helo]: { A: [f.ip] } },
      expect: passesAt(OFFICE.ip),
    });
  }

  // 3b. An OVH VPS filter trusted by its exact default name; signed sender; online.
  {
    const box = 'mx.orchard-school.example';
    const f: Relay = {
      helo: 'vps-5e1f2a3b.vps.ovh.net',
      rdns: 'vps-5e1f2a3b.vps.ovh.net',
      ip: '51.75.120.33',
    };
    emitCase(write, {
      name: 'rw52-filter-ovh-vps-exact-default-name-trusted-signed',
      about: `A school’s filter is an OVHcloud VPS never renamed (${f.ip}, OVH’s default ${f.rdns} as HELO and PTR), trusted by that exact name (--trust-gateway ${f.rdns}), in front of its Postfix + rspamd box (${box}). The joinery’s signed invoice (d=${JOINERY} s=mail, p=quarantine): rspamd records dkim=pass, spf=fail at the filter’s address, dmarc=pass. Read with --authserv-id ${box}, online. Wanted: authenticated at the joinery’s address`,
      class: 'inbound-gateway-hosted',
      args: ['--authserv-id', box, '--trust-gateway', f.rdns],
      eml: await behindFilter({ box, rcpt: 'robin@orchard-school.example', filter: f, n: 2, signed: true }),
      zone: { ...joineryZone(true), ...ptr(f.ip, f.rdns) },
      expect: passesAt(OFFICE.ip),
    });
  }

  // 3c. A Hetzner Cloud filter named under the firm's own domain, trusted by that domain; offline.
  {
    const box = 'mx.brightwater.example';
    const f: Relay = {
      helo: 'filter1.brightwater.example',
      rdns: 'filter1.brightwater.example',
      ip: '2a01:4f8:c17:52e1::1',
    };
    emitCase(write, {
      name: 'rw52-filter-hetzner-ipv6-own-domain-trusted-by-domain-offline',
      about: `An engineering firm’s filter is a Hetzner Cloud server reached over IPv6 (${f.ip}, PTR set to ${f.rdns}), trusted by the firm’s own domain (--trust-gateway brightwater.example), in front of its Postfix + rspamd box (${box}). The joinery’s signed invoice: rspamd records dkim=pass, spf=fail at the filter, dmarc=pass. Read with --authserv-id ${box}, offline (nothing confirms the filter’s name). Wanted: authenticated or unverified from the box’s own record (the aligned signature survives the filter), never a warning`,
      class: 'inbound-gateway-hosted',
      args: ['--authserv-id', box, '--trust-gateway', 'brightwater.example'],
      eml: await behindFilter({ box, rcpt: 'robin@brightwater.example', filter: f, n: 3, signed: true }),
      expect: HONEST,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Stalwart: 0.11 receiving Gmail over IPv6; an older layout with a NetBIOS HELO
// ---------------------------------------------------------------------------------------------

async function stalwart(write: CaseWriter): Promise<void> {
  // 4a. Stalwart 0.11: Gmail over IPv6, the 2025 order (Delivered-To, Received, AR, Received-SPF).
  {
    const host = 'mail.linden-home.example';
    const rcpt = 'robin@linden-home.example';
    const g: Relay = {
      helo: 'mail-ej1-x62b.google.com',
      rdns: 'mail-ej1-x62b.google.com',
      ip: '2a00:1450:4864:20::62b',
    };
    const env = 'jo.marsh.1987@gmail.com';
    const raw = await signAll(
      submitted({
        from: `Jo Marsh <${env}>`,
        to: `Robin Linden <${rcpt}>`,
        subject: 'Allotment rota',
        date: SENT,
        messageId: '<CAJ8x2kF9q3mZ1r5Tn7vW0bYc4dE6fG8hJ2kL4mN6pQ8rS0t@mail.gmail.com>',
        body: 'Robin,\r\n\r\nyou are on watering duty next week.\r\n\r\nJo\r\n',
      }),
      [['gmail.com', '20230601']],
    );
    const eml = onTop(
      raw,
      `Delivered-To: ${rcpt}`,
      `Received: from ${g.helo} (${g.rdns} [IPv6:${g.ip}])\r\n\t(using TLSv1.3 with cipher TLS13_AES_256_GCM_SHA384)\r\n\tby ${host} (Stalwart SMTP) with ESMTPS id 52A8FC996C05001;\r\n\t${at(5)}`,
      `Authentication-Results: ${host};\r\n\tdkim=pass header.d=gmail.com header.s=20230601 header.b=Q29ycHVz;\r\n\tspf=pass (${host}: domain of ${env} designates ${g.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tiprev=pass policy.iprev=${g.ip};\r\n\tdmarc=pass header.from=gmail.com policy.dmarc=none`,
      `Received-SPF: pass (${host}: domain of ${env} designates ${g.ip} as permitted sender)\r\n\treceiver=${host}; client-ip=${g.ip}; envelope-from="${env}"; helo=${g.helo};`,
      `Return-Path: <${env}>`,
    );
    emitCase(write, {
      name: 'rw52-stalwart-011-gmail-ipv6-2025-order',
      about: `A friend at Gmail writes to Robin’s Stalwart 0.11 (${host}); Google hands over over IPv6 (${g.ip}, ${g.rdns}), and Stalwart writes its 2025 order: Delivered-To, its "(Stalwart SMTP) with ESMTPS" line with an IPv6 literal, Authentication-Results right below it (dkim, spf, iprev, dmarc … policy.dmarc=none), Received-SPF, then Return-Path. Read with --authserv-id ${host}, online. Wanted: authenticated`,
      class: 'stalwart',
      args: ['--authserv-id', host],
      eml,
      zone: {
        ...ptr(g.ip, g.rdns),
        'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
        '_spf.google.com': { TXT: ['v=spf1 ip6:2a00:1450:4000::/36 ip4:209.85.128.0/17 ~all'] },
        '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine'] },
        '20230601._domainkey.gmail.com': KEY(),
      },
      expect: PASSES,
    });
  }

  // 4b. An older Stalwart (0.3–0.5): Return-Path on top; an on-prem Exchange greeting "EXCH01".
  {
    const host = 'mx.wrenfield.example';
    const d = 'copperfield-surveyors.example';
    const s: Relay = { helo: 'EXCH01', rdns: `mail.${d}`, ip: '198.51.100.140' };
    const env = `reception@${d}`;
    const raw = submitted({
      from: `Copperfield Surveyors <${env}>`,
      to: 'Robin Reader <robin@wrenfield.example>',
      subject: 'Survey report: 3 Mill Lane',
      date: SENT,
      messageId: `<6B1E2F3A4C5D@EXCH01.corp.${d}>`,
      extraHeaders: ['X-MS-Exchange-Organization-AuthAs: Internal', 'X-MS-Has-Attach: yes'],
      body: 'Dear Robin,\r\n\r\nplease find the survey report for 3 Mill Lane attached.\r\n',
    });
    const eml = onTop(
      raw,
      `Return-Path: <${env}>`,
      `Received: from EXCH01 (${s.rdns} [${s.ip}])\r\n\tby ${host} (Stalwart SMTP) with ESMTPS id 3F2A9C1B0D;\r\n\t${at(5)}`,
      `Authentication-Results: ${host};\r\n\tdkim=none;\r\n\tspf=pass smtp.mailfrom=${env};\r\n\tiprev=pass policy.iprev=${s.ip};\r\n\tdmarc=pass header.from=${d} policy.dmarc=none`,
    );
    emitCase(write, {
      name: 'rw52-stalwart-legacy-layout-exchange-netbios-helo-spf-only',
      about: `A surveyors’ on-prem Exchange 2019 (${s.rdns}, ${s.ip}; SPF ip4, DMARC p=none, unsigned) greets with its bare NetBIOS name "EXCH01"; the reader runs an older Stalwart (0.3–0.5 layout: Return-Path on top, its Received line, then Authentication-Results with terse rows, no comments, no Received-SPF). Read with --authserv-id ${host}, online. Wanted: authenticated at the surveyors’ address (a NetBIOS HELO is Exchange’s habit, not a taint; Stalwart’s header below its own line is its own)`,
      class: 'stalwart',
      args: ['--authserv-id', host],
      eml,
      zone: {
        ...ptr(s.ip, s.rdns),
        [d]: { TXT: [`v=spf1 ip4:${s.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
      },
      expect: passesAt(s.ip),
    });
  }
}
