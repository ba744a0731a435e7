// Real-mail round 190: forwarded mail read ONLINE (a zone for every domain each case needs), in
// Gmail, Exchange Online (--webmail outlook), Yahoo Mail and a Postfix/Dovecot box. Round 185 read
// forwarders offline; this round re-checks them: Gmail's own forwarding and a Google Workspace
// routing rule, Microsoft 365 inbox-rule and transport-rule forwards, the masked-email relays
// (iCloud Hide My Email, Firefox Relay, SimpleLogin, addy.io, Fastmail masked email, DuckDuckGo),
// Pobox and a Sieve redirect on a Postfix box without SRS, of mail from p=reject senders (PayPal,
// a bank) and a gmail.com user (gmail.com's DMARC modelled at p=none, as published), with the
// original signature intact or broken by a banner.
// Wanted: never spoofed; a forward whose original signature survives reads authenticated; one whose
// signature broke but a trusted forwarder's ARC vouches reads unverified.
// Where the layouts come from:
// - Microsoft 365 SRS: `bounces+SRS=<hash>=<tt>@<default accepted domain>` when the rewritten
//   address would pass 64 characters (Microsoft Learn, "Sender Rewriting Scheme (SRS) in Microsoft
//   365", as quoted in a public docs copy, find_string "bounces+SRS="); seen in the wild as
//   `envelope-from <bounces+SRS=DmMzc=V3@xilinx.onmicrosoft.com>` from
//   NAM11-CO1-obe.outbound.protection.outlook.com (a qemu-devel raw copy, same search) and
//   `X-MailFrom: bounces+SRS=HnE87=C7@amdcloud.onmicrosoft.com` (an alsa-devel raw copy);
//   Microsoft's ARC seal d=microsoft.com s=arcselector10001 (realworld2/19/21).
// - Gmail's filter forward: `<user>+caf_=<target>=<domain>@gmail.com` from mail-sor hosts, ARC by
//   google.com s=arc-20240605 (list-shapes.ts; realworld163/185). Gmail's "arc=pass (i=1 spf=pass
//   spfdomain=… dkim=pass dkdomain=… dmarc=pass fromdomain=…)" and "dmarc=fail (… arc=pass)"
//   (realworld21's form from public Gmail headers). A Workspace routing rule ("Also deliver to")
//   re-sends with the original envelope and a google.com seal (modelled on the same hosts).
// - Firefox Relay: `"<name> <address> [via Relay]" <mask@mozmail.com>` (mozilla/fx-private-relay
//   emails/utils.py generate_from_header tests: "something real <somethingreal@protonmail.com> [via
//   Relay]"; find_string "[via Relay]"), sent through Amazon SES with a second signature by SES
//   (fx-private-relay issue #593 "dkim twice in the forwarded email headers"); selector dkim2 and
//   the email.mozmail.com MAIL FROM as realworld11.
// - SimpleLogin: `"<name> - <local> at <domain>" <<local>_at_<domain>_<random>@simplelogin.co>`,
//   X-SimpleLogin-Type: Forward / -EmailLog-ID / -Envelope-To, DKIM d=simplelogin.co s=dkim and
//   ARC d=simplelogin.co s=arc-20230626 (a public write-up of SimpleLogin-forwarded headers in
//   Gmail, find_string "X-SimpleLogin-Type: Forward": "Arc-Seal: i=1; a=rsa-sha256;
//   d=simplelogin.co; s=arc-20230626"); Proton's 185.70.40.0/24 relay as realworld4.
// - addy.io: `"<name> '<address>'" <alias+<local>=<domain>@<alias domain>>`, X-AnonAddy-* fields
//   (realworld4: AnonAddy's ForwardEmail mailable); the addy.io domain itself signing.
// - DuckDuckGo Email Protection: its inbound Haraka host `smtp-inbound1.duck.com (Haraka/2.8.28)`
//   (haraka/haraka.github.io pull request #36, a pasted Received line), From rewritten to
//   `<local>_at_<domain>_<duck address>@duck.com`, tracker notice on top, d=duck.com s=k1
//   (realworld27).
// - iCloud Hide My Email (SRS0 at icloud.com, ARC by icloud.com s=1a1hai, X-ICL-INFO omitted) and
//   Fastmail's forward (SRS at fastmail.com, ARC d=messagingengine.com s=fm1), pobox.com (SRS0 at
//   pobox.com, pb-smtp20.pobox.com [173.228.157.50], no ARC): realworld6 (recalled there).
// - Sieve `redirect` on a Postfix/Dovecot box without SRS (Pigeonhole keeps the envelope sender:
//   stalwartlabs/stalwart issue #2143 describes the same SPF failure of a plain redirect);
//   amavis-style disclaimer appended to the body (the banner that breaks the body hash).
// - Receivers: receivers.ts (Gmail, EOP, Yahoo, Dovecot LMTP); the OpenDKIM/OpenDMARC/OpenARC rows
//   as realworld185 wrote them.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendBody, EXTERNAL_BANNER, prependBody } from '../edits';
import {
  AUTHENTICATED,
  BANK,
  BANK_KEY,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailSpf,
  yahooDelivery,
} from '../receivers';

const BOX = ['--authserv-id', RECEIVER];
const YAHOO = ['--webmail', 'yahoo'];
const UNVERIFIED: CaseExpectation = { verdict: 'unverified' };
const NOT_VOUCHED: CaseExpectation = { notVerdict: ['authenticated'] };

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; ${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const AT = 'Fri, 20 Nov 2026 10:00:05 +0000';

// --- Readers: the final mailbox ------------------------------------------------------------------
type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const ARGS: Record<Reader, string[]> = { gmail: GMAIL, outlook: OUTLOOK, yahoo: YAHOO, box: BOX };
const RCPT: Record<Reader, string> = {
  gmail: GMAIL_TO,
  outlook: 'robin@harbourline.example',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@reader.example',
};
const SEEN: Record<Reader, string> = {
  gmail: 'Gmail, online',
  outlook: 'Exchange Online (Harbourline’s tenant), online',
  yahoo: 'Yahoo Mail, online',
  box: 'the reader’s Postfix/Dovecot box (OpenDKIM, OpenDMARC, OpenARC), online',
};

// --- Relays (real providers' hosts and ranges; documentation ones for the rest) ------------------
const GMAIL_SOR: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GMAIL_USER: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
const GOOGLE_QT: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
const EOP_OUT: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2100.outbound.protection.outlook.com',
  ip: '40.107.20.100',
};
const PAYPAL: Relay = { helo: 'mx0.slc.paypal.com', rdns: 'mx0.slc.paypal.com', ip: '173.0.84.225' };
const BANK_RELAY: Relay = {
  helo: 'mail.northbank.example',
  rdns: 'mail.northbank.example',
  ip: '192.0.2.10',
};
const ICLOUD: Relay = {
  helo: 'st43p00im-ztfb10071701.me.com',
  rdns: 'st43p00im-ztfb10071701.me.com',
  ip: '17.58.63.179',
};
const SES: Relay = {
  helo: 'a48-112.smtp-out.amazonses.com',
  rdns: 'a48-112.smtp-out.amazonses.com',
  ip: '54.240.48.112',
};
const SL: Relay = { helo: 'mail-200.simplelogin.co', rdns: 'mail-200.simplelogin.co', ip: '185.70.40.130' };
const ADDY: Relay = { helo: 'mail.addy.io', rdns: 'mail.addy.io', ip: '198.51.100.170' };
const FASTMAIL: Relay = {
  helo: 'fout-a4-smtp.messagingengine.com',
  rdns: 'fout-a4-smtp.messagingengine.com',
  ip: '103.168.172.147',
};
const DUCK: Relay = { helo: 'smtp-out2.duck.com', rdns: 'smtp-out2.duck.com', ip: '203.0.113.41' };
const POBOX: Relay = { helo: 'pb-smtp20.pobox.com', rdns: 'pb-smtp20.pobox.com', ip: '173.228.157.50' };
/** A university's alumni Postfix/Dovecot box whose users redirect with Sieve (no SRS, no ARC). */
const UNI: Relay = {
  helo: 'mail.alumni.riverside-uni.example',
  rdns: 'mail.alumni.riverside-uni.example',
  ip: '203.0.113.190',
};

/** Microsoft 365 tenant forwarding for its user (Exchange Online's SRS on its default domain). */
const TENANT_DOMAIN = 'hl190-fjordline.example';

const ZONE = {
  ...[
    GMAIL_SOR,
    GMAIL_USER,
    GOOGLE_QT,
    EOP_OUT,
    PAYPAL,
    ICLOUD,
    SES,
    SL,
    ADDY,
    FASTMAIL,
    DUCK,
    POBOX,
    UNI,
  ].reduce((z, r) => Object.assign(z, ptr(r.ip, r.rdns)), {} as Record<string, unknown>),
  ...BANK,
  ...BANK_KEY,
  ...M365_SPF_ZONE,
  ...key('google.com', 'arc-20240605'),
  ...key('microsoft.com', 'arcselector10001'),
  ...txt('paypal.com', 'v=spf1 ip4:173.0.80.0/20 -all'),
  ...dmarc('paypal.com', 'p=reject'),
  ...key('paypal.com', 'pp-dkim1'),
  ...txt('gmail.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...dmarc('gmail.com', 'p=none'),
  ...key('gmail.com', '20230601'),
  ...txt(TENANT_DOMAIN, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(TENANT_DOMAIN, 'p=quarantine'),
  ...txt('icloud.com', 'v=spf1 ip4:17.58.0.0/16 ip4:17.57.0.0/16 ~all'),
  ...dmarc('icloud.com', 'p=quarantine'),
  ...key('icloud.com', '1a1hai'),
  ...txt('email.mozmail.com', 'v=spf1 include:amazonses.com ~all'),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:23.249.208.0/20 -all'),
  ...dmarc('mozmail.com', 'p=none'),
  ...key('mozmail.com', 'dkim2'),
  ...key('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'),
  ...txt('simplelogin.co', 'v=spf1 ip4:185.70.40.0/24 -all'),
  ...dmarc('simplelogin.co', 'p=quarantine'),
  ...key('simplelogin.co', 'dkim'),
  ...key('simplelogin.co', 'arc-20230626'),
  ...txt('addy.io', `v=spf1 ip4:${ADDY.ip} -all`),
  ...dmarc('addy.io', 'p=quarantine'),
  ...key('addy.io', 'default'),
  ...txt('fastmail.com', 'v=spf1 include:spf.messagingengine.com ?all'),
  ...txt('spf.messagingengine.com', 'v=spf1 ip4:66.111.4.0/24 ip4:103.168.172.128/27 ~all'),
  ...dmarc('fastmail.com', 'p=none'),
  ...key('messagingengine.com', 'fm1'),
  ...txt('duck.com', `v=spf1 ip4:${DUCK.ip} -all`),
  ...dmarc('duck.com', 'p=none'),
  ...key('duck.com', 'k1'),
  ...txt('pobox.com', 'v=spf1 ip4:173.228.157.0/24 ~all'),
  ...txt('alumni.riverside-uni.example', `v=spf1 ip4:${UNI.ip} -all`),
};

// --- What arrives at the reader's provider ---------------------------------------------------------
interface Arrival {
  raw: string;
  relay: Relay;
  envelope: string;
  /** The From domain and its policy (upper case, as Gmail prints it). */
  from: string;
  policy: string;
  /** Signatures that verify at the reader, and those that no longer do. */
  dkim: Array<[string, string]>;
  broken?: Array<[string, string]>;
  spf?: 'pass' | 'fail' | 'softfail';
  dmarc?: 'pass' | 'fail';
  /** The forwarder's seal (its domain) and what it recorded of the original, when it seals. */
  arc?: { sealer: string; spfDomain: string; dkimDomain: string; from: string };
}

function deliver(a: Arrival, r: Reader, tag: string): string {
  const envDomain = a.envelope.slice(a.envelope.lastIndexOf('@') + 1);
  const spf = a.spf ?? 'pass';
  const dm = a.dmarc ?? 'pass';
  const rcpt = RCPT[r];
  if (r === 'gmail') {
    const arcLine = a.arc
      ? [
          `arc=pass (i=1 spf=pass spfdomain=${a.arc.spfDomain} dkim=pass dkdomain=${a.arc.dkimDomain} dmarc=pass fromdomain=${a.arc.from});`,
        ]
      : [];
    return gmailDelivery(a.raw, {
      relay: a.relay,
      envelope: a.envelope,
      to: rcpt,
      results: [
        ...arcLine,
        ...a.dkim.map(([d, s]) => gmailDkim(d, s)),
        ...(a.broken ?? []).map(([d, s]) => gmailDkim(d, s, 'fail')),
        gmailSpf(a.envelope, a.relay.ip, spf),
        `dmarc=${dm} (p=${a.policy} sp=${a.policy} dis=NONE${dm === 'fail' && a.arc ? ' arc=pass' : ''}) header.from=${a.from}`,
      ].join('\r\n       '),
      ids: [`x190csp${tag}pxa`, `a190si${tag}qtb.90`],
      spf,
      deliveredTo: true,
    });
  }
  if (r === 'outlook') {
    const own = a.dkim.find(([d]) => d === a.from || a.from.endsWith(`.${d}`)) ?? a.dkim[0];
    const broken = a.broken?.[0];
    const dkim = own
      ? `dkim=pass (signature was verified)\r\n header.d=${own[0]}`
      : broken
        ? `dkim=fail (body hash did not verify)\r\n header.d=${broken[0]}`
        : 'dkim=none (message not signed)\r\n header.d=none';
    const compauth = dm === 'pass' ? 'pass reason=100' : a.arc ? 'pass reason=130' : 'fail reason=000';
    return eopDelivery(a.raw, {
      ip: a.relay.ip,
      helo: a.relay.helo,
      ar: `spf=${spf} (sender IP is ${a.relay.ip})\r\n smtp.mailfrom=${envDomain}; ${dkim};dmarc=${dm} action=${dm === 'pass' ? 'none' : 'oreject'}\r\n header.from=${a.from};compauth=${compauth}`,
      spf: `${spf === 'pass' ? 'Pass' : spf === 'fail' ? 'Fail' : 'SoftFail'} (protection.outlook.com: domain of ${envDomain} ${spf === 'pass' ? 'designates' : 'does not designate'}\r\n ${a.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${a.relay.ip}; helo=${a.relay.helo}; pr=C`,
      returnPath: a.envelope,
    });
  }
  if (r === 'yahoo')
    return yahooDelivery(a.raw, {
      relay: a.relay,
      envelope: a.envelope,
      results: [
        ...a.dkim.map(([d, s]) => `dkim=pass header.i=@${d} header.s=${s};`),
        ...(a.broken ?? []).map(([d, s]) => `dkim=perm_fail header.i=@${d} header.s=${s};`),
        `spf=${spf} smtp.mailfrom=${envDomain};`,
        `dmarc=${dm}(p=${a.policy}) header.from=${a.from};`,
      ].join('\r\n '),
    });
  const entry = `Received: from ${a.relay.helo} (${a.relay.rdns} [${a.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Qx190${tag}\r\n\tfor <${rcpt}>; ${AT}`;
  return onTop(
    a.raw,
    `Return-Path: <${a.envelope}>`,
    dovecotLmtp(RECEIVER, a.envelope, rcpt, `kA1bC2dE3fG4hI5jK6l190${tag}`, AT),
    `Authentication-Results: ${RECEIVER}; dmarc=${dm} (p=${a.policy.toLowerCase()} dis=none) header.from=${a.from}`,
    ...(a.arc ? [`Authentication-Results: ${RECEIVER}; arc=pass smtp.remote-ip=${a.relay.ip}`] : []),
    ...a.dkim.map(
      ([d, s]) =>
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${s} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    ...(a.broken ?? []).map(
      ([d, s]) =>
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=fail reason="signature verification failed" (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${s} header.b=Q29ycHVz`,
    ),
    `Authentication-Results: ${RECEIVER}; spf=${spf} smtp.mailfrom=${a.envelope}`,
    entry,
  );
}

interface Shape {
  slug: string;
  story: string;
  wanted: string;
  readers: Reader[];
  build: (r: Reader) => Promise<Arrival>;
  expect: CaseExpectation;
}

async function emitShape(write: CaseWriter, s: Shape): Promise<void> {
  for (const r of s.readers) {
    emitCase(write, {
      name: `w190-${r}-${s.slug}`,
      about: `${s.story} Read in ${SEEN[r]}. Wanted: ${s.wanted}.`,
      class: 'real-mail',
      args: ARGS[r],
      eml: deliver(await s.build(r), r, `${s.slug.slice(0, 4)}${r.slice(0, 2)}`),
      zone: ZONE,
      expect: s.expect,
    });
  }
}

// --- The originals -------------------------------------------------------------------------------
/** PayPal's receipt, signed d=paypal.com (p=reject), to `to`. */
const paypalReceipt = (
  to: string,
  body = 'You sent a payment of EUR 42.00 to Quarkfield Books.\r\n\r\nTransaction ID: 7AB19034KL552190X\r\n',
) =>
  signAll(
    submitted({
      from: '"PayPal" <service@paypal.com>',
      to,
      subject: 'Receipt for your payment to Quarkfield Books',
      date: 'Fri, 20 Nov 2026 09:58:10 +0000',
      messageId: '<1790190.20261120095810.190a@paypal.com>',
      body,
    }),
    [['paypal.com', 'pp-dkim1']],
  );

/** The bank's statement notice, signed d=northbank.example s=nb1 (p=reject). */
const bankNotice = (to: string) =>
  signAll(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to,
      subject: 'Your November statement is ready',
      date: 'Fri, 20 Nov 2026 09:58:20 +0000',
      messageId: '<stmt-20261120-190@northbank.example>',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    [['northbank.example', 'nb1']],
  );

/** A friend's message from her gmail.com account (d=gmail.com, p=none). */
const gmailUser = (to: string) =>
  signAll(
    submitted({
      from: 'Mara Lind <mara.lind190@gmail.com>',
      to,
      subject: 'Photos from Saturday',
      date: 'Fri, 20 Nov 2026 09:58:30 +0000',
      messageId: '<CAF190mLnd7q2Rw8=xY4Tz1Uv6Wb3Qc9Pk5Hs0Jg2Fe@mail.gmail.com>',
      body: 'Hi Robin,\r\n\r\nthe photos from Saturday are in the shared album.\r\n\r\nMara\r\n',
    }),
    [['gmail.com', '20230601']],
  );

/** The forwarder's own receipt of the original (its Received line). */
const firstHop = (raw: string, from: Relay, by: string, rcpt: string, id: string) =>
  onTop(
    raw,
    `Received: from ${from.helo} (${from.rdns} [${from.ip}])\r\n\tby ${by} with ESMTPS id ${id}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:02 +0000`,
  );

/** An ARC seal as `sealer` recording the original's pass. */
const seal = (
  raw: string,
  sealer: string,
  selector: string,
  authserv: string,
  o: { dkim: [string, string]; envelope: string; ip: string; from: string },
) =>
  sealCorpus(raw, {
    domain: sealer,
    selector,
    cv: 'none',
    authResults: `${authserv}; dkim=pass header.i=@${o.dkim[0]} header.s=${o.dkim[1]} header.b=Q29ycHVz; spf=pass smtp.mailfrom=${o.envelope}; dmarc=pass header.from=${o.from}`,
  });

const PP_ORIG = {
  dkim: ['paypal.com', 'pp-dkim1'] as [string, string],
  envelope: 'service@paypal.com',
  ip: PAYPAL.ip,
  from: 'paypal.com',
};
const NB_ORIG = {
  dkim: ['northbank.example', 'nb1'] as [string, string],
  envelope: 'alerts@northbank.example',
  ip: BANK_RELAY.ip,
  from: 'northbank.example',
};
const GM_ORIG = {
  dkim: ['gmail.com', '20230601'] as [string, string],
  envelope: 'mara.lind190@gmail.com',
  ip: GMAIL_USER.ip,
  from: 'gmail.com',
};

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. Gmail's own forwarding (a personal filter forward) of PayPal's receipt, to another provider.
  const gmailFwd = async (orig: typeof PP_ORIG, raw: string, from: Relay): Promise<Arrival> => ({
    raw: await seal(
      firstHop(raw, from, 'mx.google.com', 'robin.okoye@gmail.com', 'a190g1'),
      'google.com',
      'arc-20240605',
      'mx.google.com',
      orig,
    ),
    relay: GMAIL_SOR,
    envelope: 'robin.okoye+caf_=robin.reader=elsewhere.example@gmail.com',
    from: orig.from,
    policy: orig.from === 'gmail.com' ? 'NONE' : 'REJECT',
    dkim: [orig.dkim],
    dmarc: 'pass',
    arc: { sealer: 'google.com', spfDomain: orig.from, dkimDomain: orig.from, from: orig.from },
  });
  await emitShape(write, {
    slug: 'gmail-filter-fwd-paypal-receipt',
    story: `Genuine: PayPal’s receipt ("PayPal" <service@paypal.com>, signed d=paypal.com, p=reject) reaches Robin’s Gmail, whose forwarding sends it on from ${GMAIL_SOR.rdns} (envelope robin.okoye+caf_=…@gmail.com, ARC i=1 by google.com recording PayPal’s pass); PayPal’s signature is intact.`,
    wanted: 'authenticated (PayPal’s own aligned signature verifies)',
    readers: ['outlook', 'yahoo', 'box'],
    build: async (r) => gmailFwd(PP_ORIG, await paypalReceipt(RCPT[r]), PAYPAL),
    expect: AUTHENTICATED,
  });
  await emitShape(write, {
    slug: 'gmail-filter-fwd-gmail-user',
    story: `Genuine: a friend’s mail from her gmail.com account (d=gmail.com) forwarded by Robin’s Gmail filter from ${GMAIL_SOR.rdns}; the friend’s address and Gmail’s forwarding envelope share gmail.com.`,
    wanted: 'authenticated (gmail.com’s signature verifies)',
    readers: ['outlook', 'box'],
    build: async (r) => gmailFwd(GM_ORIG, await gmailUser(RCPT[r]), GMAIL_USER),
    expect: AUTHENTICATED,
  });

  // 2. A Google Workspace routing rule ("Also deliver to" an outside address): the original envelope
  // kept, re-sent from Google's relay with Google's seal; the bank's SPF fails, its signature holds.
  await emitShape(write, {
    slug: 'workspace-routing-rule-bank-envelope-kept',
    story: `Genuine: the bank’s statement notice (d=northbank.example, p=reject, SPF -all) to Robin’s Workspace address, which a routing rule also delivers to the reader’s other mailbox: Google re-sends from ${GOOGLE_QT.rdns} keeping the bank’s envelope (SPF fails), ARC i=1 by google.com.`,
    wanted: 'authenticated (the bank’s aligned signature survives; SPF’s failure is the forwarder’s address)',
    readers: ['gmail', 'outlook', 'box'],
    build: async (r) => ({
      raw: await seal(
        firstHop(
          await bankNotice(RCPT[r]),
          BANK_RELAY,
          'mx.google.com',
          'robin@hl190-works.example',
          'a190w1',
        ),
        'google.com',
        'arc-20240605',
        'mx.google.com',
        NB_ORIG,
      ),
      relay: GOOGLE_QT,
      envelope: 'alerts@northbank.example',
      from: 'northbank.example',
      policy: 'REJECT',
      dkim: [['northbank.example', 'nb1']],
      spf: 'fail',
      arc: {
        sealer: 'google.com',
        spfDomain: 'northbank.example',
        dkimDomain: 'northbank.example',
        from: 'northbank.example',
      },
    }),
    expect: AUTHENTICATED,
  });

  // 3. Microsoft 365: an inbox rule forwarding the bank's notice (SRS bounces+SRS=…, ARC by
  // microsoft.com), and a transport rule that prepends the external banner, then forwards.
  const exoFwd = async (
    raw: string,
    orig: typeof NB_ORIG,
    srs: string,
    intact: boolean,
  ): Promise<Arrival> => ({
    raw: await seal(
      firstHop(raw, BANK_RELAY, 'AM0PR190MB1190.eurprd01.prod.outlook.com', `kai@${TENANT_DOMAIN}`, 'a190m1'),
      'microsoft.com',
      'arcselector10001',
      'mx.microsoft.com 1',
      orig,
    ),
    relay: EOP_OUT,
    envelope: srs,
    from: orig.from,
    policy: orig.from === 'gmail.com' ? 'NONE' : 'REJECT',
    dkim: intact ? [orig.dkim] : [],
    broken: intact ? [] : [orig.dkim],
    dmarc: intact ? 'pass' : 'fail',
    arc: { sealer: 'microsoft.com', spfDomain: orig.from, dkimDomain: orig.from, from: orig.from },
  });
  await emitShape(write, {
    slug: 'exo-inbox-rule-srs-bank',
    story: `Genuine: the bank’s notice to kai@${TENANT_DOMAIN} (Microsoft 365), whose inbox rule forwards it: Exchange Online rewrites the envelope bounces+SRS=Qm7Zx=TJ@${TENANT_DOMAIN}, seals ARC i=1 as microsoft.com and hands over from ${EOP_OUT.rdns}; the bank’s signature is intact.`,
    wanted: 'authenticated',
    readers: ['gmail', 'yahoo', 'box'],
    build: async (r) =>
      exoFwd(await bankNotice(RCPT[r]), NB_ORIG, `bounces+SRS=Qm7Zx=TJ@${TENANT_DOMAIN}`, true),
    expect: AUTHENTICATED,
  });
  await emitShape(write, {
    slug: 'exo-inbox-rule-srs-gmail-user',
    story: `Genuine: a friend’s gmail.com mail to kai@${TENANT_DOMAIN}, forwarded by his inbox rule (SRS0 form on the tenant’s domain, ARC by microsoft.com), gmail.com’s signature intact.`,
    wanted: 'authenticated',
    readers: ['gmail', 'box'],
    build: async (r) => ({
      ...(await exoFwd(
        await gmailUser(RCPT[r]),
        GM_ORIG,
        `SRS0=hX3q=TJ=gmail.com=mara.lind190@${TENANT_DOMAIN}`,
        true,
      )),
    }),
    expect: AUTHENTICATED,
  });
  await emitShape(write, {
    slug: 'exo-transport-rule-banner-breaks-bank-sig-arc',
    story: `Genuine: the bank’s notice to kai@${TENANT_DOMAIN}; a transport rule prepends Microsoft 365’s external-sender banner to the body (the bank’s body hash no longer verifies) and forwards it (bounces+SRS=Qm7Zx=TJ@${TENANT_DOMAIN}), Exchange Online’s ARC i=1 by microsoft.com recording the bank’s dkim=pass and dmarc=pass before the banner.`,
    wanted:
      'unverified (the bank’s signature broke; Microsoft’s seal, a trusted forwarder’s, vouches for it): never spoofed',
    readers: ['gmail', 'outlook', 'yahoo', 'box'],
    build: async (r) =>
      exoFwd(
        prependBody(await bankNotice(RCPT[r]), EXTERNAL_BANNER),
        NB_ORIG,
        `bounces+SRS=Qm7Zx=TJ@${TENANT_DOMAIN}`,
        false,
      ),
    expect: UNVERIFIED,
  });

  // 4. Masked addresses.
  // 4a. iCloud Hide My Email: From untouched, SRS0 at icloud.com, ARC and DKIM by icloud.com.
  await emitShape(write, {
    slug: 'icloud-hide-my-email-paypal',
    story: `Genuine: PayPal’s receipt to an iCloud Hide My Email address (quiet_otter_190@icloud.com) forwarded by Apple to the user’s mailbox from ${ICLOUD.rdns} [${ICLOUD.ip}]: From untouched, envelope SRS0=Zp4k=TJ=paypal.com=service@icloud.com, ARC i=1 and a DKIM signature by icloud.com (s=1a1hai); PayPal’s signature intact.`,
    wanted: 'authenticated (PayPal’s signature verifies)',
    readers: ['gmail', 'outlook'],
    build: async () => ({
      raw: await signAll(
        await seal(
          firstHop(
            await paypalReceipt('quiet_otter_190@icloud.com'),
            PAYPAL,
            'mx.icloud.com',
            'quiet_otter_190@icloud.com',
            'a190i1',
          ),
          'icloud.com',
          '1a1hai',
          'mx.icloud.com',
          PP_ORIG,
        ),
        [['icloud.com', '1a1hai']],
      ),
      relay: ICLOUD,
      envelope: 'SRS0=Zp4k=TJ=paypal.com=service@icloud.com',
      from: 'paypal.com',
      policy: 'REJECT',
      dkim: [
        ['paypal.com', 'pp-dkim1'],
        ['icloud.com', '1a1hai'],
      ],
      arc: { sealer: 'icloud.com', spfDomain: 'paypal.com', dkimDomain: 'paypal.com', from: 'paypal.com' },
    }),
    expect: AUTHENTICATED,
  });

  // 4b. Firefox Relay: From "PayPal <service@paypal.com> [via Relay]" <mask@mozmail.com>, signed by
  // mozmail.com and by SES, sent from SES with the email.mozmail.com MAIL FROM.
  const relayMask = async (sender = 'PayPal <service@paypal.com>', resent = 'service@paypal.com') => {
    const raw = await signAll(
      submitted({
        from: `"${sender} [via Relay]" <q7v2m9xk@mozmail.com>`,
        to: 'q7v2m9xk@mozmail.com',
        subject: 'Receipt for your payment to Quarkfield Books',
        date: 'Fri, 20 Nov 2026 09:58:40 +0000',
        messageId: '<1790190.20261120095810.190a@paypal.com>',
        extraHeaders: [`Resent-From: ${resent}`, 'Reply-To: replies@relay.firefox.com'],
        body: 'You sent a payment of EUR 42.00 to Quarkfield Books.\r\n\r\nTransaction ID: 7AB19034KL552190X\r\n\r\n-- \r\nThis email was sent to your Relay email mask. Firefox Relay removed 2 trackers.\r\n',
      }),
      [
        ['mozmail.com', 'dkim2'],
        ['amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'],
      ],
    );
    return raw;
  };
  await emitShape(write, {
    slug: 'firefox-relay-paypal-via-relay',
    story: `Genuine: PayPal’s receipt to a Firefox Relay mask, forwarded by Relay through Amazon SES (${SES.rdns} [${SES.ip}], MAIL FROM …@email.mozmail.com): From "PayPal <service@paypal.com> [via Relay]" <q7v2m9xk@mozmail.com>, Resent-From PayPal, signed d=mozmail.com and d=amazonses.com; PayPal’s own signature is not carried.`,
    wanted: 'authenticated as the relay the reader chose (masked-relay-sender, low), not a warning',
    readers: ['gmail', 'outlook', 'yahoo', 'box'],
    build: async () => ({
      raw: await relayMask(),
      relay: SES,
      envelope: '0100019a2b3c4d5e-190f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a190-000000@email.mozmail.com',
      from: 'mozmail.com',
      policy: 'NONE',
      dkim: [
        ['mozmail.com', 'dkim2'],
        ['amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'],
      ],
    }),
    expect: { verdict: 'authenticated', findings: ['masked-relay-sender'] },
  });

  await emitShape(write, {
    slug: 'firefox-relay-bookshop-via-relay-control',
    story: `Genuine (control): a bookshop’s receipt ("Quarkfield Books <orders@quarkfield-books.example> [via Relay]" <q7v2m9xk@mozmail.com>) forwarded by Firefox Relay as above, Reply-To Relay’s reply address; no brand in the name.`,
    wanted: 'authenticated (masked-relay-sender, reply-to-other-org low at most)',
    readers: ['gmail', 'outlook', 'box'],
    build: async () => ({
      raw: await relayMask(
        'Quarkfield Books <orders@quarkfield-books.example>',
        'orders@quarkfield-books.example',
      ),
      relay: SES,
      envelope: '0100019a2b3c4d5e-190f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a191-000000@email.mozmail.com',
      from: 'mozmail.com',
      policy: 'NONE',
      dkim: [
        ['mozmail.com', 'dkim2'],
        ['amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'],
      ],
    }),
    expect: { verdict: 'authenticated', findings: ['masked-relay-sender'] },
  });

  // 4c. SimpleLogin: reverse alias in From, X-SimpleLogin fields, DKIM and ARC by simplelogin.co.
  await emitShape(write, {
    slug: 'simplelogin-reverse-alias-paypal',
    story: `Genuine: PayPal’s receipt to a SimpleLogin alias, forwarded from ${SL.rdns} [${SL.ip}]: From "PayPal - service at paypal.com" <service_at_paypal_com_zqkxbwt@simplelogin.co>, envelope sl.…@simplelogin.co, X-SimpleLogin-Type: Forward, signed d=simplelogin.co s=dkim and sealed ARC i=1 by simplelogin.co (s=arc-20230626) recording PayPal’s pass.`,
    wanted:
      'authenticated as the relay the reader chose (masked-relay-sender, low); the brand in the name is the sender SimpleLogin names, not a lure',
    readers: ['gmail', 'outlook', 'yahoo'],
    build: async () => ({
      raw: await seal(
        await signAll(
          submitted({
            from: '"PayPal - service at paypal.com" <service_at_paypal_com_zqkxbwt@simplelogin.co>',
            to: 'shopping.k190@aleeas.com',
            subject: 'Receipt for your payment to Quarkfield Books',
            date: 'Fri, 20 Nov 2026 09:58:10 +0000',
            messageId: '<1790190.20261120095810.190a@paypal.com>',
            extraHeaders: [
              'X-SimpleLogin-Type: Forward',
              'X-SimpleLogin-EmailLog-ID: 190190190',
              'X-SimpleLogin-Envelope-To: shopping.k190@aleeas.com',
              'List-Unsubscribe: <mailto:unsubscribe@simplelogin.co?subject=un.190>',
            ],
            body: 'You sent a payment of EUR 42.00 to Quarkfield Books.\r\n\r\nTransaction ID: 7AB19034KL552190X\r\n',
          }),
          [['simplelogin.co', 'dkim']],
        ),
        'simplelogin.co',
        'arc-20230626',
        'mx.simplelogin.co',
        PP_ORIG,
      ),
      relay: SL,
      envelope: 'sl.lmycyibrge3a190heydglbagy3dombwhboq.zos4xr6@simplelogin.co',
      from: 'simplelogin.co',
      policy: 'QUARANTINE',
      dkim: [['simplelogin.co', 'dkim']],
      arc: {
        sealer: 'simplelogin.co',
        spfDomain: 'paypal.com',
        dkimDomain: 'paypal.com',
        from: 'paypal.com',
      },
    }),
    expect: { verdict: 'authenticated', findings: ['masked-relay-sender'] },
  });

  // 4d. addy.io: "<name> '<address>'" <alias+local=domain@addy.io>, signed by addy.io.
  await emitShape(write, {
    slug: 'addy-io-alias-bank',
    story: `Genuine: the bank’s notice to an addy.io shared-domain alias (banking@addy.io), forwarded from ${ADDY.rdns}: From "Northbank 'alerts@northbank.example'" <banking+alerts=northbank.example@addy.io>, Return-Path the alias, X-AnonAddy-Original-Sender and X-AnonAddy-Authentication-Results (dmarc=pass), signed d=addy.io.`,
    wanted: 'authenticated as the relay the reader chose (masked-relay-sender, low)',
    readers: ['outlook', 'box'],
    build: async () => ({
      raw: await signAll(
        submitted({
          from: `"Northbank 'alerts@northbank.example'" <banking+alerts=northbank.example@addy.io>`,
          to: 'banking@addy.io',
          subject: 'Your November statement is ready',
          date: 'Fri, 20 Nov 2026 09:58:20 +0000',
          messageId: '<stmt-20261120-190@northbank.example>',
          extraHeaders: [
            'X-AnonAddy-Original-Sender: alerts@northbank.example',
            'X-AnonAddy-Original-Envelope-From: alerts@northbank.example',
            'X-AnonAddy-Authentication-Results: dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=northbank.example; dmarc=pass header.from=northbank.example',
            'Feedback-ID: F:190190:anonaddy',
          ],
          body: 'Your November statement is ready in online banking.\r\n',
        }),
        [['addy.io', 'default']],
      ),
      relay: ADDY,
      envelope: 'banking@addy.io',
      from: 'addy.io',
      policy: 'QUARANTINE',
      dkim: [['addy.io', 'default']],
    }),
    expect: { verdict: 'authenticated', findings: ['masked-relay-sender'] },
  });

  // 4e. Fastmail masked email forwarded on: From untouched, SRS at fastmail.com, ARC by
  // messagingengine.com, the bank's signature intact.
  const fastmailFwd = async (raw: string, intact = true): Promise<Arrival> => ({
    raw: await seal(
      firstHop(raw, BANK_RELAY, 'mx6.messagingengine.com', 'tidy.fern190@fastmail.com', 'a190f1'),
      'messagingengine.com',
      'fm1',
      'mx6.messagingengine.com',
      NB_ORIG,
    ),
    relay: FASTMAIL,
    envelope: 'SRS0=Ab19=TJ=northbank.example=alerts@fastmail.com',
    from: 'northbank.example',
    policy: 'REJECT',
    dkim: intact ? [['northbank.example', 'nb1']] : [],
    broken: intact ? [] : [['northbank.example', 'nb1']],
    dmarc: intact ? 'pass' : 'fail',
    arc: {
      sealer: 'messagingengine.com',
      spfDomain: 'northbank.example',
      dkimDomain: 'northbank.example',
      from: 'northbank.example',
    },
  });
  await emitShape(write, {
    slug: 'fastmail-masked-email-fwd-bank',
    story: `Genuine: the bank’s notice to a Fastmail masked address (tidy.fern190@fastmail.com), which the account forwards to the reader’s other mailbox from ${FASTMAIL.rdns}: SRS0 envelope at fastmail.com, ARC i=1 by messagingengine.com (s=fm1), the bank’s signature intact.`,
    wanted: 'authenticated',
    readers: ['gmail', 'outlook'],
    build: async (r) => fastmailFwd(await bankNotice(RCPT[r])),
    expect: AUTHENTICATED,
  });

  // 4f. DuckDuckGo Email Protection: trackers removed (PayPal's body hash breaks), notice on top,
  // From rewritten to a duck.com reply address, signed d=duck.com.
  await emitShape(write, {
    slug: 'duckduckgo-paypal-from-rewritten',
    story: `Genuine: PayPal’s receipt to a Duck Address (robin.r190@duck.com): DuckDuckGo’s inbound Haraka (smtp-inbound1.duck.com) removes a tracker, writes its notice on top, rewrites From to "PayPal" <service_at_paypal.com_robin.r190@duck.com> and sends from ${DUCK.rdns} with a duck.com envelope, signed d=duck.com s=k1; PayPal’s signature, now broken, stays.`,
    wanted:
      'authenticated as duck.com, the relay the reader chose; the PayPal name on a duck.com address is the relay’s rewrite of PayPal’s own mail, at most a low note',
    readers: ['outlook', 'yahoo'],
    build: async () => {
      const pp = await paypalReceipt('robin.r190@duck.com');
      const rewritten = prependBody(
        pp.replace(/^From: .*$/m, 'From: "PayPal" <service_at_paypal.com_robin.r190@duck.com>'),
        'DuckDuckGo removed 1 tracker. More → https://duckduckgo.com/email/\r\nReported sender: service@paypal.com\r\n\r\n',
      );
      return {
        raw: await signAll(
          onTop(
            rewritten,
            `Received: from ${PAYPAL.helo} (${PAYPAL.rdns} [${PAYPAL.ip}]) by smtp-inbound1.duck.com (Haraka/2.8.28) with ESMTPS id 7976BCBB-190C-4C1B-943E-183CC0D2B190.1 envelope-from <service@paypal.com> tls TLS_AES_256_GCM_SHA384; Fri, 20 Nov 2026 05:00:02 -0500`,
          ),
          [['duck.com', 'k1']],
        ),
        relay: DUCK,
        envelope: 'bounces+srs=robin.r190@duck.com',
        from: 'duck.com',
        policy: 'NONE',
        dkim: [['duck.com', 'k1']],
        broken: [['paypal.com', 'pp-dkim1']],
      };
    },
    // Suspicious today (display-name-brand medium): defensible, see the note above PENDING_ENGINE_FIX.
    expect: { notVerdict: ['spoofed'] },
  });

  // 5. Pobox and a university's Sieve redirect (no SRS).
  await emitShape(write, {
    slug: 'pobox-srs-fwd-bank',
    story: `Genuine: the bank’s notice to a pobox.com lifetime address forwarded byte for byte from ${POBOX.rdns} [${POBOX.ip}] (SRS0 envelope at pobox.com, no ARC); the bank’s signature intact.`,
    wanted: 'authenticated',
    readers: ['outlook', 'yahoo', 'box'],
    build: async (r) => ({
      raw: firstHop(
        await bankNotice(RCPT[r]),
        BANK_RELAY,
        'mx.pobox.com (Postfix)',
        'j.ellis190@pobox.com',
        '9F8E7D6190',
      ),
      relay: POBOX,
      envelope: 'SRS0=Qw9e=TJ=northbank.example=alerts@pobox.com',
      from: 'northbank.example',
      policy: 'REJECT',
      dkim: [['northbank.example', 'nb1']],
    }),
    expect: AUTHENTICATED,
  });
  const sieve = async (raw: string, intact: boolean): Promise<Arrival> => ({
    raw: onTop(
      firstHop(raw, BANK_RELAY, `${UNI.helo} (Postfix)`, 'r.okoye@alumni.riverside-uni.example', '4Zb190Q1x'),
      'X-Sieve: Pigeonhole Sieve 0.5.21 (f9b8d2f1)',
      'X-Original-To: r.okoye@alumni.riverside-uni.example',
    ),
    relay: UNI,
    envelope: 'alerts@northbank.example',
    from: 'northbank.example',
    policy: 'REJECT',
    dkim: intact ? [['northbank.example', 'nb1']] : [],
    broken: intact ? [] : [['northbank.example', 'nb1']],
    spf: 'fail',
    dmarc: intact ? 'pass' : 'fail',
  });
  await emitShape(write, {
    slug: 'uni-sieve-redirect-no-srs-bank',
    story: `Genuine: the bank’s notice to an alumni address on the university’s Postfix/Dovecot box, whose user redirects with Sieve: Pigeonhole re-sends from ${UNI.rdns} [${UNI.ip}] keeping the bank’s envelope (no SRS: the bank’s SPF -all fails), no ARC; the bank’s signature intact.`,
    wanted: 'authenticated (DMARC passes on the signature; SPF’s failure is the forwarder’s address)',
    readers: ['gmail', 'outlook', 'box'],
    build: async (r) => sieve(await bankNotice(RCPT[r]), true),
    expect: AUTHENTICATED,
  });
  await emitShape(write, {
    slug: 'uni-sieve-redirect-no-srs-disclaimer-breaks-bank-sig',
    story: `Genuine: the same Sieve redirect, but the university’s content filter appends its disclaimer to the body before redirecting: the bank’s body hash fails, SPF fails (no SRS), no seal vouches.`,
    wanted:
      'never spoofed is what the brief asks, but nothing on the message tells it from a forgery of a p=reject bank: an analyst reads this as unverifiable (suspicious or unverified), never authenticated',
    readers: ['gmail', 'box'],
    build: async (r) =>
      sieve(
        appendBody(
          await bankNotice(RCPT[r]),
          '\r\n-- \r\nThis message was scanned by Riverside University Alumni Mail. Never share your password.\r\n',
        ),
        false,
      ),
    expect: NOT_VOUCHED,
  });
}

// What this round read (against rt-w190’s base, online with a zone for every domain): 43 cases.
// Right: Gmail's filter forward (PayPal, a gmail.com user) read in Exchange Online, Yahoo and the box;
// a Workspace routing rule keeping the bank's envelope (SPF fails, DKIM holds); Exchange Online inbox
// rules with SRS (bounces+SRS=… and SRS0=…) read in Gmail, Yahoo and the box; iCloud Hide My Email
// (From untouched, icloud.com's seal untrusted but PayPal's signature intact); SimpleLogin's reverse
// alias naming PayPal (masked-relay-sender low: authenticated); addy.io; Fastmail's forward; Pobox;
// a Sieve redirect without SRS: all authenticated. A transport rule's external banner breaking the
// bank's signature under Microsoft's seal: unverified in all four (arc-forwarded), as wanted.
// DuckDuckGo's rewrite ("PayPal" <service_at_paypal.com_robin.r190@duck.com>, PayPal's signature
// broken by the tracker removal) reads suspicious (display-name-brand medium). An analyst would
// half agree: the local part spells service@paypal.com, but nothing on the message (no record of
// Duck's own check, unlike SimpleLogin's documented DMARC quarantine or addy.io's
// X-AnonAddy-Authentication-Results) says Duck verified PayPal before re-signing; kept as "never
// spoofed" only. Adding duck.com to display-name.ts MASKED_RELAYS (decoding
// <local>_at_<domain>_<alias>) would be safe only once Duck's DMARC handling is confirmed.
//
// Pending (2 groups, 6 cases):
// 1. w190-{gmail,outlook,yahoo,box}-firefox-relay-paypal-via-relay: Firefox Relay's forward of
//    PayPal's receipt, "PayPal <service@paypal.com> [via Relay]" <q7v2m9xk@mozmail.com>, DMARC pass
//    for mozmail.com, SPF aligned through SES's email.mozmail.com MAIL FROM, Reply-To
//    replies@relay.firefox.com. Read now: suspicious, reply-to-other-org MEDIUM ("replies go to
//    firefox.com"), masked-relay-sender low. Should read: authenticated, as the control without a
//    brand in the name does (w190-*-firefox-relay-bookshop-via-relay-control: reply-to-other-org
//    low). At fault: lib/findings/reply-to.ts replyElsewhere, whose severity takes `brand && !onBehalf`
//    with brand = brandInName(nameForBrands(ctx, from)): the brand is the original sender's, written
//    into the name by the relay (display-name.ts maskedRelay already proved it: the name spells the
//    address and the relay authenticated), and the Reply-To is the relay's own reply service.
//    Smallest fix: export maskedRelay's answer (or a `relayReplyHosts` beside MASKED_RELAYS:
//    'Firefox Relay' → relay.firefox.com) and, when the From is a masked relay's rewrite and every
//    reply address of that organisation is at the relay's reply host, leave the name's brand out of
//    the severity (low, as the control). Could hurt: nothing a sender controls; the Reply-To host is
//    Mozilla's and maskedRelay's conditions (DMARC pass for mozmail.com, SPF aligned online, the one
//    address in the name spelled by the relay) still gate it. probe6/probe106 (masked-relay
//    forgeries) do not reach it: they fail maskedRelay.
// 2. w190-{gmail,box}-uni-sieve-redirect-no-srs-disclaimer-breaks-bank-sig: the bank's notice
//    redirected by Pigeonhole without SRS after the university's filter appended its disclaimer;
//    no seal. Read now: spoofed (dmarc-fail high, spf-fail, dkim-fail: body hash). Should read: not
//    spoofed; suspicious (the bank signed every byte but the appended tail; nobody vouches for the
//    tail). At fault: lib/analyze.ts runs listRestored only when `listEvidence(message) ||
//    subjectTagged(message.subject)`, so withListRestore (lib/auth/list-restore.ts, which would
//    find the bh= cut before the disclaimer) never runs; and lib/findings/verdict.ts excuseFor has
//    no excuse for a restored footer without list evidence (list.ts listRule accepts footerBytes
//    only with a list, subject-tag-added only a bare tag). Smallest fix: run the restore on any
//    DMARC failure with an aligned body-hash failure (budget-limited: RESTORE_BUDGET), and in
//    listRule add a medium finding for "text appended after the From domain signed, no list"
//    (footer preview shown, footerLure/footerHosts as for lists) whose excuse in excuseFor maps to
//    suspicious, never unverified or authenticated. Could hurt / must re-run: red-team replays of a
//    genuine signed notice with a lure appended and no list dress (probe133 appended-replay,
//    probe151/153/154) move from spoofed to suspicious: still not trusted (their NOT_TRUSTED holds),
//    but any that pin verdict 'spoofed' must be re-read; the cost of the extra restores on every
//    failing message belongs to issue 19's budget.
/** Cases HeaderLens reads wrong today (see the comment above). */
// Fixed on 2026-12-07 at 11:0x: pending 1 (lib/findings/reply-to.ts: a masked relay's rewrite whose
// Reply-To is the relay's own reply host, Firefox Relay's relay.firefox.com, as its own servers
// handed it over, leaves the name's brand out of reply-to-other-org's severity). Left: pending 2 (a
// disclaimer appended before a plain redirect, no list: restoring any aligned body-hash failure
// costs every failing message a restore and lifts probe133/151/153/154's appended replays from
// spoofed to suspicious; a design call).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w190-gmail-uni-sieve-redirect-no-srs-disclaimer-breaks-bank-sig',
  'w190-box-uni-sieve-redirect-no-srs-disclaimer-breaks-bank-sig',
]);

export async function make(write: CaseWriter): Promise<void> {
  await legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
