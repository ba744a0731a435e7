// Real-world delivery shapes, eighty-sixth round: a small firm's own self-hosted box (Postfix +
// Dovecot, read in Roundcube with --authserv-id mail.tidewater.example --recipient-domain
// tidewater.example), DMARC p=none, SPF "mx -all", no DKIM. Rule read: lib/findings/own-domain.ts
// ownDomainRule (own-domain-unauthenticated, suspicious): fires online when nothing of the
// organisation authenticates and our SPF check fails / finds no record for its own envelope, or the
// envelope is another domain's from a non-ESP server; never inside the receiver (origin.insideReceiver).
// Paths: colleague's login (IPv4, IPv6, hotel network), Roundcube's own submission, the website's
// form (pickup, userid 33), WordPress on a separate web host (envelope www-data@web1…, no SPF for
// it), cron (userid 0), a LAN scanner relaying, an alias forwarded back with SRS, a newsletter
// through Mailchimp without the firm's DKIM, a Sieve vacation reply, a Dovecot quota warning
// (dovecot-lda, no Received line), a postmaster bounce with <>.
// Layouts: Postfix's ESMTPSA line with "(Authenticated sender: …)" and Dovecot's LMTP line as
// realworld41 and receivers.ts dovecotLmtp write them; "Received: by <host> (Postfix, from userid N)"
// for pickup, Roundcube's "with HTTP (HTTP/1.1 POST)" line as README's login section describes.
// `search` (pages, 2026-12-05) found only Postfix's ADDRESS_REWRITING_README for these shapes; the
// pickup, vacation and quota layouts are recalled, not confirmed byte for byte in the time allowed.
// Made up: every person, host and address (documentation ranges), except Mailchimp's mcsv.net
// envelope and its 205.201.128.0/20 range (recalled). Every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, legitCorpus, ptr } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';

/**
 * Shapes HeaderLens reads wrong today (pend.ts ALL=1, 2026-12-05): each reads suspicious with
 * own-domain-unauthenticated (lib/findings/own-domain.ts ownDomainRule) beside dmarc-fail at p=none.
 */
// Fixed at 14:35 on 2026-12-05 (lib/findings/own-domain.ts): rw86-box-dovecot-quota-warning-lda-no-received;
// the "no SPF record" branch needs a recorded server (its text printed an empty address). The
// helper's note:
// Reads suspicious (own-domain-unauthenticated, `unlisted` branch with no address: spf none,
// spf.ip null, origin.ip null; the detail even reads "authorises the server that sent this ()").
// dovecot-lda wrote it straight into the mailbox: no Received line at all. Should: unverified.
// Fix: in ownDomainRule, require an address for `refused`/`unlisted` (a.spf.ip ?? a.origin.ip),
// as `foreign` already does: with no address our own SPF check did not run. At least the detail
// must not print an empty "()". Risk: a message with no origin address (no Received line, a
// NAT'd or HELO-only entry, an unreadable line: probe40's unclosed comment) from an impostor
// would lose this finding; narrower: only when the message has no Received line at all (what
// only local delivery writes; a source pasted with its trace stripped would then read unverified).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads suspicious (own-domain-unauthenticated, `unlisted` branch: spf none for
  // www-data@web1.tidewater.example at 192.0.2.80, no record for the subdomain). Should: unverified
  // (the firm's own web host relayed by its own box). Fix: in ownDomainRule, skip `unlisted` when
  // the origin's reverse name is forward-confirmed under the From's organisation AND equals the
  // envelope's domain (web1.tidewater.example sent as www-data@web1.tidewater.example): only the
  // firm's own DNS can name that host, and only the address's owner can set its PTR. Risk: a
  // dangling A record of the firm (web1 pointing at a released cloud address whose new tenant may
  // set the PTR, as AWS allows when the A record matches) lets that tenant write as the firm and
  // read unverified instead of suspicious; probe87's bounce@news.<org> from a rented server (no
  // PTR of the firm's) still fires.
  // Kept out by choice (the lead, 14:35 on 2026-12-05): a host of the firm's sending as the firm
  // with no SPF record for its envelope and no signature is, to the reader's box, what the forger's
  // server is (probe87's subdomain case); the analysis keeps no forward-confirmed name to tell them
  // apart, and the firm's fix is one record (rw86-box-wordpress-web1-own-spf-no-dmarc-record reads
  // unverified).
  'rw86-box-wordpress-web1-www-data-no-spf-relay',
  // Reads suspicious (own-domain-unauthenticated, `foreign` branch: envelope
  // SRS0=…=tidewater.example=mira@forward-box.example, SPF pass at 198.51.100.90, origin.esp null).
  // Should: unverified (a colleague's mail to the firm's old alias at a forwarding service, which
  // rewrites the envelope with SRS and does not seal ARC). Fix: let --trust-forwarder DOMAIN (and
  // Options' trusted forwarders) also cover an entry hop whose forward-confirmed reverse name and
  // SPF-passing envelope are under that domain, without ARC; an SRS0 envelope alone must not count
  // (anyone writes SRS0=…=tidewater.example=x@ on his own domain). Risk: with the forwarder trusted,
  // anyone who mails the alias at that service as a colleague reads unverified, not suspicious;
  // untrusted (the default) nothing changes. Without the reader's word this is the accepted cost
  // README names for forwarders.
  // Kept out by choice (the lead, 14:35 on 2026-12-05): a forwarder that seals nothing, with an SRS
  // envelope anyone can write on his own domain, is the accepted cost README names for forwarders; a
  // forwarder that seals ARC and that the reader trusts is exempt.
  'rw86-box-alias-forwarded-back-srs-from-other-provider',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const ORG = 'tidewater.example';
const BOX = `mail.${ORG}`;
const BOX_IP = '192.0.2.25';
const ARGS = ['--authserv-id', BOX, '--recipient-domain', ORG];
const TO = `robin@${ORG}`;
const SENT = 'Fri, 20 Nov 2026 09:59:50 +0000';
const at = (s: number) => `Fri, 20 Nov 2026 10:00:${String(s).padStart(2, '0')} +0000`;

/** Genuine mail nothing can fully prove: unverified or better, never a warning. */
const HONEST: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
  absentFindings: ['own-domain-unauthenticated'],
};

const ZONE: Record<string, unknown> = {
  [ORG]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: BOX }] },
  ...ptr(BOX_IP, BOX),
  [BOX]: { A: [BOX_IP], AAAA: ['2001:db8:25::25'] },
  [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@tidewater.example'] },
};

const lmtp = (env: string, id: string, s = 9) => dovecotLmtp(BOX, env, TO, id, at(s));

function msg(
  from: string,
  subject: string,
  extra: string[] = [],
  body = 'Hello Robin,\r\n\r\nsee below.\r\n',
) {
  return submitted({
    from,
    to: `Robin Reader <${TO}>`,
    subject,
    date: SENT,
    messageId: `<${Buffer.from(subject).toString('hex').slice(0, 16)}@${ORG}>`,
    extraHeaders: extra,
    body,
  });
}

interface Box {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone?: Record<string, unknown>;
  expect?: CaseExpectation;
}

function emit(write: CaseWriter, c: Box): void {
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: c.cls,
    args: ARGS,
    eml: c.eml,
    // A key set to null leaves that name out of the zone (no DMARC record at all).
    zone: Object.fromEntries(Object.entries({ ...ZONE, ...(c.zone ?? {}) }).filter(([, v]) => v !== null)),
    expect: c.expect ?? HONEST,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const mira = `Mira Okafor <mira@${ORG}>`;
  // 1. A colleague's login over IPv4 from home.
  emit(write, {
    name: 'rw86-box-colleague-esmtpsa-ipv4-home-login',
    about: `Mira writes from Thunderbird at home; the box records her login ("Authenticated sender: mira@${ORG}", ESMTPSA on 587) and delivers by Dovecot LMTP. No DKIM, DMARC p=none. Wanted: unverified (a colleague's login), no own-domain finding`,
    cls: 'login-submission',
    eml: onTop(
      msg(mira, 'Minutes of Tuesday', ['User-Agent: Mozilla Thunderbird']),
      `Return-Path: <mira@${ORG}>`,
      `Delivered-To: ${TO}`,
      lmtp(`mira@${ORG}`, 'kP2xB086Z2f4TgAAz1Qv8w'),
      `Received: from [192.168.1.34] (unknown [198.51.100.41])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\t(Authenticated sender: mira@${ORG})\r\n\tby ${BOX} (Postfix) with ESMTPSA id 4Zr86L0c01\r\n\tfor <${TO}>; ${at(5)}`,
    ),
  });
  // 2. The same over IPv6.
  emit(write, {
    name: 'rw86-box-colleague-esmtpsa-ipv6-home-login',
    about: `Mira again, her home line on IPv6: Postfix prints the client as [IPv6:2001:db8:41::7]; login recorded, LMTP delivery. Wanted: unverified, no own-domain finding`,
    cls: 'login-submission',
    eml: onTop(
      msg(mira, 'Invoice 2026-118 draft', ['User-Agent: Mozilla Thunderbird']),
      `Return-Path: <mira@${ORG}>`,
      `Delivered-To: ${TO}`,
      lmtp(`mira@${ORG}`, 'kP2xB086Z2f4TgAAz1Qv8x'),
      `Received: from [IPv6:2001:db8:41::7] (unknown [IPv6:2001:db8:41::7])\r\n\t(Authenticated sender: mira@${ORG})\r\n\tby ${BOX} (Postfix) with ESMTPSA id 4Zr86L0c02\r\n\tfor <${TO}>; ${at(5)}`,
    ),
  });
  // 3. Roundcube on the box itself: its HTTP line under Postfix's login from localhost.
  emit(write, {
    name: 'rw86-box-roundcube-webmail-localhost-login',
    about: `Jonas writes in the firm's Roundcube on the box; Roundcube adds its "Received: from 198.51.100.77 by ${BOX} with HTTP (HTTP/1.1 POST)" line and submits to Postfix on localhost with his login (ESMTPSA from localhost [127.0.0.1]). Wanted: unverified, no own-domain finding`,
    cls: 'login-submission',
    eml: onTop(
      msg(`Jonas Berg <jonas@${ORG}>`, 'Parking next week', [
        'User-Agent: Roundcube Webmail/1.6.5',
        `Received: from 198.51.100.77\r\n\tby ${BOX}\r\n\twith HTTP (HTTP/1.1 POST); ${SENT}`,
      ]),
      `Return-Path: <jonas@${ORG}>`,
      `Delivered-To: ${TO}`,
      lmtp(`jonas@${ORG}`, 'kP2xB086Z2f4TgAAz1Qv8y'),
      `Received: from ${BOX} (localhost [127.0.0.1])\r\n\t(Authenticated sender: jonas@${ORG})\r\n\tby ${BOX} (Postfix) with ESMTPSA id 4Zr86L0c03\r\n\tfor <${TO}>; ${at(5)}`,
    ),
  });
  // 4. The website's contact form, PHP mail() on the box (pickup, userid 33 = www-data).
  emit(write, {
    name: 'rw86-box-website-contact-form-pickup-www-data',
    about: `The firm's website runs on the box; its contact form calls PHP mail(), Postfix's pickup records "Received: by ${BOX} (Postfix, from userid 33)" with envelope www-data@${BOX}; From: website@${ORG}. Mail written on the box: wanted unverified (inside the receiver), no own-domain finding`,
    cls: 'local',
    eml: onTop(
      msg(`Tidewater website <website@${ORG}>`, 'Contact form: quote request', ['X-Mailer: PHP/8.2.7']),
      `Return-Path: <www-data@${BOX}>`,
      `Delivered-To: ${TO}`,
      lmtp(`www-data@${BOX}`, 'kP2xB086Z2f4TgAAz1Qv8z'),
      `Received: by ${BOX} (Postfix, from userid 33)\r\n\tid 4Zr86L0c04; ${at(3)}`,
    ),
  });
  // 5. WordPress on a separate web host, relayed by the box (mynetworks), no SPF for web1.
  const web1 = `web1.${ORG}`;
  emit(write, {
    name: 'rw86-box-wordpress-web1-www-data-no-spf-relay',
    about: `WordPress runs on a separate web host ${web1} (192.0.2.80, its own rented server) whose Postfix sends everything to the box (relayhost); the box accepts it by mynetworks (plain ESMTP, no login). Envelope www-data@${web1}, which has no SPF record (only ${ORG} has one); From: wordpress@${ORG} ("New user registration"). Wanted: unverified — the box's own relay of the firm's web server; what it reads is recorded by pend.ts`,
    cls: 'web-host',
    eml: onTop(
      msg(`WordPress <wordpress@${ORG}>`, '[Tidewater] New User Registration', [
        'X-Mailer: WPMailSMTP/Mailer/mail 4.1.1',
      ]),
      `Return-Path: <www-data@${web1}>`,
      `Delivered-To: ${TO}`,
      lmtp(`www-data@${web1}`, 'kP2xB086Z2f4TgAAz1Qv90'),
      `Received: from ${web1} (${web1} [192.0.2.80])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zr86L0c05\r\n\tfor <${TO}>; ${at(5)}`,
      `Received: by ${web1} (Postfix, from userid 33)\r\n\tid 7Hq2K1c86; ${at(4)}`,
    ),
    zone: { [web1]: { A: ['192.0.2.80'] }, ...ptr('192.0.2.80', web1) },
  });
  // 5b. The same web host once the admin gave web1 an SPF record, and no DMARC record at all.
  emit(write, {
    name: 'rw86-box-wordpress-web1-own-spf-no-dmarc-record',
    about: `The WordPress path of the case above after the admin published "v=spf1 a -all" for ${web1}; the firm has no DMARC record at all (the other half of the brief's "p=none or no record"). SPF passes for www-data@${web1}, a subdomain of the From's organisation. Wanted: unverified or better, no own-domain finding`,
    cls: 'web-host',
    eml: onTop(
      msg(`WordPress <wordpress@${ORG}>`, '[Tidewater] Password Reset', [
        'X-Mailer: WPMailSMTP/Mailer/mail 4.1.1',
      ]),
      `Return-Path: <www-data@${web1}>`,
      `Delivered-To: ${TO}`,
      lmtp(`www-data@${web1}`, 'kP2xB086Z2f4TgAAz1Qv98'),
      `Received: from ${web1} (${web1} [192.0.2.80])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zr86L0c13\r\n\tfor <${TO}>; ${at(5)}`,
      `Received: by ${web1} (Postfix, from userid 33)\r\n\tid 7Hq2K1c87; ${at(4)}`,
    ),
    zone: {
      ...ptr('192.0.2.80', web1),
      [web1]: { A: ['192.0.2.80'], TXT: ['v=spf1 a -all'] },
      [`_dmarc.${ORG}`]: null,
    },
  });
  // 6. Cron on the box.
  emit(write, {
    name: 'rw86-box-cron-root-daemon-pickup',
    about: `A nightly backup job on the box: cron mails its output; pickup records "from userid 0", envelope root@${BOX}, From: "Cron Daemon" <root@${BOX}>, aliased to robin. Wanted: unverified (written on the box)`,
    cls: 'local',
    eml: onTop(
      msg(`Cron Daemon <root@${BOX}>`, `Cron <root@mail> /usr/local/bin/backup.sh`, [
        'X-Cron-Env: <SHELL=/bin/sh>',
        'Auto-Submitted: auto-generated',
      ]),
      `Return-Path: <root@${BOX}>`,
      `Delivered-To: ${TO}`,
      lmtp(`root@${BOX}`, 'kP2xB086Z2f4TgAAz1Qv91'),
      `Received: by ${BOX} (Postfix, from userid 0)\r\n\tid 4Zr86L0c06; ${at(2)}`,
    ),
  });
  // 7. The office scanner on the LAN relaying through the box.
  emit(write, {
    name: 'rw86-box-lan-scanner-relay-mynetworks',
    about: `The office's multifunction printer scans to mail: it connects from 192.168.10.50 (HELO NPI3A7F21) without a login, allowed by mynetworks, envelope and From scanner@${ORG}. Wanted: unverified (inside the office network), no own-domain finding`,
    cls: 'local',
    eml: onTop(
      msg(`Scanner <scanner@${ORG}>`, 'Scanned from MFP-2F', ['X-Mailer: HP Digital Sending']),
      `Return-Path: <scanner@${ORG}>`,
      `Delivered-To: ${TO}`,
      lmtp(`scanner@${ORG}`, 'kP2xB086Z2f4TgAAz1Qv92'),
      `Received: from NPI3A7F21 (unknown [192.168.10.50])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Zr86L0c07\r\n\tfor <${TO}>; ${at(5)}`,
    ),
  });
  // 8. On the road: hotel network, login.
  emit(write, {
    name: 'rw86-box-colleague-hotel-wifi-login-port-465',
    about: `Jonas at a conference hotel: his phone's mail app logs in over 465 (ESMTPSA) from the hotel's NAT address 203.0.113.150 whose reverse name is a hotel provider's; HELO is a private literal. The box records the login. Wanted: unverified, no own-domain finding (SPF "mx -all" would fail the hotel address, but a login is no hand-over)`,
    cls: 'login-submission',
    eml: onTop(
      msg(`Jonas Berg <jonas@${ORG}>`, 'Re: Parking next week', ['User-Agent: Android Mail']),
      `Return-Path: <jonas@${ORG}>`,
      `Delivered-To: ${TO}`,
      lmtp(`jonas@${ORG}`, 'kP2xB086Z2f4TgAAz1Qv93'),
      `Received: from [10.42.7.118] (guest-150.hotspot.hotel-net.example [203.0.113.150])\r\n\t(Authenticated sender: jonas@${ORG})\r\n\tby ${BOX} (Postfix) with ESMTPSA id 4Zr86L0c08\r\n\tfor <${TO}>; ${at(5)}`,
    ),
    zone: ptr('203.0.113.150', 'guest-150.hotspot.hotel-net.example'),
  });
  // 9. A colleague's alias at another provider forwarded back into the box with SRS.
  const fwd = 'mx1.forward-box.example';
  emit(write, {
    name: 'rw86-box-alias-forwarded-back-srs-from-other-provider',
    about: `Mira writes (login on the box) to the firm's old trading-name alias info@tidewater-old.example, still at a domain-forwarding service (${fwd}, 198.51.100.90), which forwards it to robin@${ORG} with SRS (envelope SRS0=…=mira@forward-box.example, SPF pass for forward-box.example). Two box lines: the box sending out is not in the message; the box's entry from the forwarder is. Wanted: unverified (a forwarder that rewrites the envelope), no own-domain finding`,
    cls: 'forwarded',
    eml: onTop(
      msg(mira, 'Old inbox check', ['User-Agent: Mozilla Thunderbird']),
      `Return-Path: <SRS0=Kp4e=T2=${ORG}=mira@forward-box.example>`,
      `Delivered-To: ${TO}`,
      lmtp(`SRS0=Kp4e=T2=${ORG}=mira@forward-box.example`, 'kP2xB086Z2f4TgAAz1Qv94'),
      `Received: from ${fwd} (${fwd} [198.51.100.90])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zr86L0c09\r\n\tfor <${TO}>; ${at(7)}`,
      `Received: from ${BOX} (${BOX} [${BOX_IP}])\r\n\tby ${fwd} (Postfix) with ESMTPS id 9Fw86a01\r\n\tfor <info@tidewater-old.example>; ${at(6)}`,
    ),
    zone: {
      'forward-box.example': { TXT: ['v=spf1 ip4:198.51.100.90 -all'] },
      [fwd]: { A: ['198.51.100.90'] },
      ...ptr('198.51.100.90', fwd),
    },
  });
  // 10. The newsletter through Mailchimp without the firm's DKIM.
  const mc = { ip: '205.201.139.4', rdns: 'mail4.suw121.mcdlv.net' };
  emit(write, {
    name: 'rw86-box-newsletter-mailchimp-no-firm-dkim',
    about: `The firm's monthly newsletter from Mailchimp, From news@${ORG}, envelope bounce-mc.us21_…@mail4.suw121.mcsv.net (SPF pass for mcsv.net), signed only by mcsv.net/mcdlv.net (not written here: unsigned), no DKIM for ${ORG}. Known ESP: wanted unverified, no own-domain finding`,
    cls: 'esp',
    eml: onTop(
      msg(`Tidewater News <news@${ORG}>`, 'Tidewater in November', [
        'List-Unsubscribe: <https://tidewater.us21.list-manage.com/unsubscribe?u=1>',
      ]),
      `Return-Path: <bounce-mc.us21_86.1-robin=${ORG}@mail4.suw121.mcsv.net>`,
      `Delivered-To: ${TO}`,
      lmtp(`bounce-mc.us21_86.1-robin=${ORG}@mail4.suw121.mcsv.net`, 'kP2xB086Z2f4TgAAz1Qv95'),
      `Received: from ${mc.rdns} (${mc.rdns} [${mc.ip}])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zr86L0c10\r\n\tfor <${TO}>; ${at(5)}`,
    ),
    zone: {
      'mail4.suw121.mcsv.net': { TXT: ['v=spf1 ip4:205.201.128.0/20 ip4:198.2.128.0/18 ~all'] },
      [mc.rdns]: { A: [mc.ip] },
      ...ptr(mc.ip, mc.rdns),
    },
  });
  // 11. Sieve vacation reply written by the box (sent with <>, via sendmail → pickup).
  emit(write, {
    name: 'rw86-box-sieve-vacation-reply-null-sender',
    about: `Robin wrote to Mira while she is away; Pigeonhole's vacation extension on the box answers with From: mira@${ORG}, envelope <>, Auto-Submitted: auto-replied, handed to Postfix's sendmail (pickup, userid of the vmail user 5000). Wanted: unverified (written on the box)`,
    cls: 'local',
    eml: onTop(
      msg(
        mira,
        'Auto: Minutes of Tuesday',
        [
          'Auto-Submitted: auto-replied (vacation)',
          'Precedence: bulk',
          'In-Reply-To: <x86@tidewater.example>',
        ],
        'I am away until 30 November.\r\n',
      ),
      'Return-Path: <>',
      `Delivered-To: ${TO}`,
      lmtp('', 'kP2xB086Z2f4TgAAz1Qv96'),
      `Received: by ${BOX} (Postfix, from userid 5000)\r\n\tid 4Zr86L0c11; ${at(3)}`,
    ),
  });
  // 12. Dovecot quota warning: dovecot-lda writes directly, no Received line.
  emit(write, {
    name: 'rw86-box-dovecot-quota-warning-lda-no-received',
    about: `Dovecot's quota_warning script runs "dovecot-lda -d robin@${ORG} -o quota_enforce=no" with a message From: postmaster@${ORG}; the LDA delivers it straight into the mailbox with Return-Path <postmaster@${ORG}> and no Received line at all. Wanted: unverified, no own-domain finding; what it reads is recorded by pend.ts`,
    cls: 'local',
    eml: onTop(
      msg(
        `postmaster@${ORG}`,
        'Your mailbox is 90% full',
        ['Auto-Submitted: auto-generated'],
        'Your mailbox is now 90% full.\r\n',
      ),
      `Return-Path: <postmaster@${ORG}>`,
      `Delivered-To: ${TO}`,
    ),
  });
  // 13. Postmaster bounce with <> from the box's queue.
  emit(write, {
    name: 'rw86-box-postfix-bounce-mailer-daemon',
    about: `Robin's message to a typo'd address bounced; Postfix's bounce daemon writes From: MAILER-DAEMON@${BOX} (Mail Delivery System), envelope <>, "Received: by ${BOX} (Postfix)" with no client. Wanted: unverified (written on the box)`,
    cls: 'local',
    eml: onTop(
      msg(
        `Mail Delivery System <MAILER-DAEMON@${BOX}>`,
        'Undelivered Mail Returned to Sender',
        ['Auto-Submitted: auto-replied'],
        'This is the mail system at host mail.tidewater.example.\r\n',
      ),
      'Return-Path: <>',
      `Delivered-To: ${TO}`,
      lmtp('', 'kP2xB086Z2f4TgAAz1Qv97'),
      `Received: by ${BOX} (Postfix)\r\n\tid 4Zr86L0c12; ${at(4)}`,
    ),
  });
}
