// Real-world delivery shapes, hundred-and-sixty-seventh round: Roundcube readers on shared hosting.
// The reader's own provider is the hosting company's MTA: a cPanel server (Exim 4.96, SpamAssassin's
// X-Spam-* rows, Dovecot LMTP on top, NO Authentication-Results at all) and a Plesk server (Postfix,
// its one "Authentication-Results: Plesk;" row recording SPF only, written UNDER its own Received
// line). Read the way such a reader can: `--authserv-id <the cPanel host>` or `--authserv-id Plesk`
// (the CLI refuses `--webmail roundcube`: lib/cli/inspect.ts isWebmailChoice, as realworld56 notes),
// with `--recipient-domain`, and with no options. Genuine mail: a Microsoft 365 tenant (ARC i=1 by
// microsoft.com, its selector1 DKIM), Google Workspace, a Mailman 3 list munging From, a Google Group
// keeping a p=none author's From, a Mailchimp newsletter, a cPanel forwarder re-sending with SRS, a
// university `.forward` without SRS, another Plesk customer (its own "Plesk;" row below), the
// hosting server's own "Mail delivery failed" bounce, a Dovecot quota warning, and a neighbour
// customer on the same cPanel server writing from its Roundcube (local delivery, unsigned).
// Where the layouts were learnt (`find_string` / `read_file`):
// - cPanel inbound: a webmail client's test fixtures (MAIL_CONTENT82, a June 2023 delivery to a
//   custom domain on o2switch's cPanel): `Received: from pam.o2switch.net by pam.o2switch.net with
//   LMTP id … (envelope-from <…>) for <…>`, Return-Path and Delivered-To above it, then Exim's own
//   `Return-path:`, `Envelope-to:`, `Delivery-date:` and `Received: from mail-mr2fra01on2131.outbound.
//   protection.outlook.com ([40.107.9.131]:2566 helo=FRA01-MR2-obe.outbound.protection.outlook.com)
//   by pam.o2switch.net with esmtps  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (Exim 4.96)
//   (envelope-from <…>) id 1q68nz-0000bI-1h for …;`, the tenant's ARC i=1 (d=microsoft.com
//   s=arcselector9901, AAR `mx.microsoft.com 1; spf=pass smtp.mailfrom=…; dmarc=pass action=none
//   header.from=…; dkim=pass header.d=…; arc=none`), the sender tenant's MAPI hops, and at the
//   bottom X-Spam-Status / X-Spam-Score / X-Spam-Bar / X-Ham-Report / X-Spam-Flag. No
//   Authentication-Results of the host's own. cPanel's X-AntiAbuse / X-Get-Message-Sender-Via /
//   X-Authenticated-Sender rows: lists.ettus.com copies (a contabo cPanel, 2019). Exim's bounce
//   ("Mail delivery failed: returning message to sender", `from mailnull … with local`) is Exim's
//   stock text, recalled, NOT copied from a delivered bounce.
// - Plesk: lore copies of arnaud-lcm.com's kernel posts (2025, plesk.hostmyservers.fr): `Received:
//   from … by plesk.hostmyservers.fr (Postfix) with ESMTPSA id …` with, BELOW it, `Authentication-
//   Results: Plesk; spf=pass (sender IP is …) smtp.mailfrom=… smtp.helo=…` and `Received-SPF: pass
//   (Plesk: connection is authenticated)`; Roundcube on the box as `from webmail.<domain> (localhost
//   [127.0.0.1])`. Plesk's docs (DKIM, SPF and DMARC protection): SPF checks incoming mail by default,
//   selector `default`, default DMARC `p=none`. NOT confirmed: the inbound row for mail from outside
//   (modelled in the same words with the client's address), whether Plesk adds dkim= or dmarc= to
//   it (modelled: SPF only), and the Dovecot delivery rows above (modelled Return-Path/Delivered-To).
// - Dovecot's quota-warning.sh (Dovecot documentation, Quota configuration): the warning is piped
//   to dovecot-lda with `From: postmaster@domain`; no SMTP hop at all. Its Return-Path is NOT
//   confirmed (modelled <MAILER-DAEMON>).
// - Mailman 3 / Google Groups / Mailchimp: as realworld163 learnt them (list-shapes.ts, its sources).
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.
import { appendHeaders } from '../edits';
import { AUTHENTICATED, emitCase, KEY, legitCorpus, NOT_SUSPICIOUS, ptr, type Relay, signAll } from '../kit';
import { mailmanHeaders, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';

const READER = 'atelier-robin.example';
const ROBIN = `robin@${READER}`;
/** The reader's cPanel server (its MX, its webmail) and the Plesk server of the second reader. */
const CP: Relay = { helo: 'cp17.hostingco.example', rdns: 'cp17.hostingco.example', ip: '203.0.113.17' };
const PLESK_READER = 'cabinet-morel.example';
const MOREL = `j.morel@${PLESK_READER}`;
const PK: Relay = { helo: 'plesk01.webhost.example', rdns: 'plesk01.webhost.example', ip: '203.0.113.51' };
const CP_ARGS = ['--authserv-id', CP.rdns, '--recipient-domain', READER];
const PK_ARGS = ['--authserv-id', 'Plesk', '--recipient-domain', PLESK_READER];

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; ${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const AT = 'Fri, 20 Nov 2026 11:00:05 +0100';

/** The readers' own domains: cPanel's default SPF (+a +mx) and the box as MX; Plesk's default p=none. */
const READER_ZONE = {
  ...ptr(CP.ip, CP.rdns),
  ...ptr(PK.ip, PK.rdns),
  [READER]: {
    TXT: [`v=spf1 +a +mx +ip4:${CP.ip} ~all`],
    MX: [{ priority: 0, exchange: CP.rdns }],
    A: [CP.ip],
  },
  ...dmarc(READER, 'p=quarantine'),
  ...key(READER, 'default'),
  [PLESK_READER]: { TXT: [`v=spf1 +a +mx a:${PK.rdns} -all`], MX: [{ priority: 10, exchange: PK.rdns }] },
  ...dmarc(PLESK_READER, 'p=none'),
  ...key(PLESK_READER, 'default'),
};

// --- Senders ------------------------------------------------------------------------------------
const M365_OUT: Relay = {
  helo: 'FRA01-MR2-obe.outbound.protection.outlook.com',
  rdns: 'mail-mr2fra01on2131.outbound.protection.outlook.com',
  ip: '40.107.9.131',
};
const NOTAIRE = 'etude-vasseur.example';
const WS_OUT: Relay = {
  helo: 'mail-ej1-f45.google.com',
  rdns: 'mail-ej1-f45.google.com',
  ip: '209.85.218.45',
};
const ARCHI = 'lindqvist-arkitekter.example';
const LIST_HOST = 'lists.openrail.example';
const LIST_OUT: Relay = { helo: `mail.${LIST_HOST}`, rdns: `mail.${LIST_HOST}`, ip: '198.51.100.167' };
const GROUPS_OUT: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
const CHOIR = 'st-aldric-choir.example';
const MAILCHIMP_OUT: Relay = {
  helo: 'mail59.atl101.mcsv.net',
  rdns: 'mail59.atl101.mcsv.net',
  ip: '198.2.139.59',
};
const MUSEUM = 'musee-du-port.example';
/** The reader's former host, whose cPanel forwarder re-sends with SRS. */
const OLD: Relay = { helo: 'srv42.oldhost.example', rdns: 'srv42.oldhost.example', ip: '198.51.100.42' };
const OLD_DOMAIN = 'robin-ceramics.example';
/** The university whose alias re-sends without SRS (Exim .forward). */
const UNI: Relay = { helo: 'mx2.univ-alumni.example', rdns: 'mx2.univ-alumni.example', ip: '192.0.2.167' };
const BANK = 'northbank.example';
const BANK_MTA: Relay = { helo: 'mta1.northbank.example', rdns: 'mta1.northbank.example', ip: '192.0.2.161' };
/** Another Plesk customer (a supplier) on its own hoster's Plesk. */
const SUPPLIER = 'imprimerie-dubois.example';
const PK2: Relay = {
  helo: 'plesk.hostmyservers.example',
  rdns: 'plesk.hostmyservers.example',
  ip: '198.51.100.88',
};
/** A neighbour on the reader's own cPanel server (another customer account). */
const NEIGHBOUR = 'compta-lebrun.example';

const SENDER_ZONE = {
  ...M365_SPF_ZONE,
  ...[M365_OUT, WS_OUT, LIST_OUT, GROUPS_OUT, MAILCHIMP_OUT, OLD, UNI, BANK_MTA, PK2].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {} as Record<string, unknown>,
  ),
  ...key('microsoft.com', 'arcselector9901'),
  ...txt(NOTAIRE, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(NOTAIRE, 'p=reject'),
  ...key(NOTAIRE, 'selector1'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...txt(ARCHI, 'v=spf1 include:_spf.google.com ~all'),
  ...dmarc(ARCHI, 'p=quarantine'),
  ...key(ARCHI, 'google'),
  ...txt(LIST_HOST, `v=spf1 ip4:${LIST_OUT.ip} -all`),
  ...dmarc(LIST_HOST, 'p=none'),
  ...key(LIST_HOST, 'mm3'),
  ...txt('alice-hart.example', 'v=spf1 ip4:198.51.100.0/24 -all'),
  ...dmarc('alice-hart.example', 'p=reject'),
  ...key('alice-hart.example', 's1'),
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...dmarc('googlegroups.com', 'p=quarantine'),
  ...key('googlegroups.com', '20230601'),
  ...key('google.com', 'arc-20240605'),
  ...txt(CHOIR, 'v=spf1 ip4:198.51.100.20 ~all'),
  ...dmarc(CHOIR, 'p=none'),
  ...key(CHOIR, 's1'),
  ...txt('mail59.atl101.mcsv.net', 'v=spf1 ip4:198.2.128.0/18 ~all'),
  ...txt(MUSEUM, 'v=spf1 include:servers.mcsv.net ~all'),
  ...txt('servers.mcsv.net', 'v=spf1 ip4:198.2.128.0/18 ~all'),
  ...dmarc(MUSEUM, 'p=none'),
  ...key(MUSEUM, 'k1'),
  ...key('mcdlv.net', 'k1'),
  ...txt(OLD_DOMAIN, `v=spf1 +a +mx +ip4:${OLD.ip} ~all`),
  ...txt('univ-alumni.example', `v=spf1 ip4:${UNI.ip} -all`),
  ...txt(BANK, `v=spf1 ip4:${BANK_MTA.ip} -all`),
  ...dmarc(BANK, 'p=reject'),
  ...key(BANK, 'nb1'),
  ...txt(SUPPLIER, `v=spf1 +a +mx a:${PK2.rdns} -all`),
  ...dmarc(SUPPLIER, 'p=none'),
  ...key(SUPPLIER, 'default'),
  ...txt(NEIGHBOUR, `v=spf1 +a +mx +ip4:${CP.ip} ~all`),
  ...dmarc(NEIGHBOUR, 'p=none'),
  ...key(NEIGHBOUR, 'default'),
};
const ZONE = { ...READER_ZONE, ...SENDER_ZONE };

// --- The hosts' deliveries ----------------------------------------------------------------------
/** SpamAssassin's rows as cPanel's Exim appends them at the bottom of the header block. */
const SPAM_ROWS = [
  'X-Spam-Status: No, score=-0.1',
  'X-Spam-Score: -0',
  'X-Spam-Bar: /',
  'X-Ham-Report: Spam detection software, running on the system "cp17.hostingco.example",\r\n has NOT identified this incoming email as spam.  The original\r\n message has been attached to this so you can view it or label\r\n similar future email.  If you have any questions, see\r\n root\\@localhost for details.\r\n Content analysis details:   (-0.1 points, 5.0 required)',
  'X-Spam-Flag: NO',
];

let exim = 0;
/** Exim's id for a message (1q68nz-0000bI-1h form), distinct per case. */
const eximId = () => `1tE${(++exim).toString(36).padStart(3, '0')}-000${exim}Ab-1h`;

/**
 * The cPanel server's delivery (o2switch's layout): Exim's entry for `from` at `port`, its
 * Return-path / Envelope-to / Delivery-date, Dovecot's LMTP line with Return-Path and Delivered-To
 * on top, SpamAssassin's rows at the bottom; no Authentication-Results.
 */
function cpanelDelivery(raw: string, from: Relay, envelope: string, rcpt = ROBIN, tls = true): string {
  const id = eximId();
  const with_ = tls ? 'esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384' : 'esmtp';
  return onTop(
    appendHeaders(raw, ...SPAM_ROWS),
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${rcpt}`,
    `Received: from ${CP.rdns}\r\n\tby ${CP.rdns} with LMTP\r\n\tid kP3x${id.slice(3, 7)}oWaZbwAAsvewhQ\r\n\t(envelope-from <${envelope}>)\r\n\tfor <${rcpt}>; ${AT}`,
    `Return-path: <${envelope}>`,
    `Envelope-to: ${rcpt}`,
    `Delivery-date: ${AT}`,
    `Received: from ${from.rdns} ([${from.ip}]:4${exim}517 helo=${from.helo})\r\n\tby ${CP.rdns} with ${with_}\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <${envelope}>)\r\n\tid ${id}\r\n\tfor ${rcpt};\r\n\t${AT}`,
  );
}

let pf = 0;
/**
 * The Plesk server's delivery: Postfix's entry for `from`, Plesk's one SPF row and (where `below`)
 * other rows under it, Return-Path and Delivered-To on top.
 */
function pleskDelivery(raw: string, from: Relay, envelope: string, spf = 'pass'): string {
  const id = `4ZsQ${(++pf).toString(16).toUpperCase()}0A1B${pf}C`;
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${MOREL}`,
    `Received: from ${from.helo} (${from.rdns} [${from.ip}])\r\n\tby ${PK.rdns} (Postfix) with ESMTPS id ${id}\r\n\tfor <${MOREL}>; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`,
    `Authentication-Results: Plesk;\r\n\tspf=${spf} (sender IP is ${from.ip}) smtp.mailfrom=${envelope} smtp.helo=${from.helo}`,
  );
}

// --- Messages -----------------------------------------------------------------------------------
/** A notary's reply from its Microsoft 365 tenant: selector1 DKIM, ARC i=1 by microsoft.com. */
async function m365Reply(to: string): Promise<string> {
  const from = `c.vasseur@${NOTAIRE}`;
  const signed = await signAll(
    submitted({
      from: `Claire Vasseur <${from}>`,
      to,
      subject: 'RE: Compromis de vente - pièces manquantes',
      date: SENT,
      messageId: '<PAXP193MB2167A1B2C3D4E5F60718293A4B5C6D@PAXP193MB2167.EURP193.PROD.OUTLOOK.COM>',
      extraHeaders: [
        'Thread-Topic: Compromis de vente - pieces manquantes',
        'Thread-Index: AQHZl3dqRROxp8awFECRO5km2rEQR698GB4g',
        'Accept-Language: fr-FR, en-US',
        'Content-Language: fr-FR',
        `authentication-results: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=${NOTAIRE};`,
        'X-OriginatorOrg: etude-vasseur.example',
        'X-MS-Exchange-CrossTenant-fromentityheader: Hosted',
        'X-MS-Exchange-CrossTenant-mailboxtype: HOSTED',
      ],
      body: 'Bonjour,\r\n\r\nil nous manque le diagnostic amiante et le relevé de surface. Merci de nous les transmettre.\r\n\r\nClaire Vasseur\r\n',
    }),
    [[NOTAIRE, 'selector1']],
  );
  const hops = onTop(signed, ...senderTenantHops('PAXP193MB2167'));
  return sealCorpus(hops, {
    domain: 'microsoft.com',
    selector: 'arcselector9901',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${NOTAIRE}; dmarc=pass action=none header.from=${NOTAIRE}; dkim=pass header.d=${NOTAIRE}; arc=none`,
  });
}

/** An architect's mail from Google Workspace (d=its domain s=google). */
const workspaceMail = (to: string, subject: string, body: string) =>
  signAll(
    submitted({
      from: `Erik Lindqvist <erik@${ARCHI}>`,
      to,
      subject,
      date: SENT,
      messageId: `<CAJ${subject.length}x7Qm2vR9kL4pN8sT1wY5zB3cD6fG0hJ2kL4m@mail.gmail.com>`,
      body,
    }),
    [[ARCHI, 'google']],
  );

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- cPanel reader: Microsoft 365, Google Workspace ------------------------------------------
  {
    const raw = await m365Reply(`Robin <${ROBIN}>`);
    const eml = cpanelDelivery(raw, M365_OUT, `c.vasseur@${NOTAIRE}`);
    const about = `Genuine: a notary's reply from its Microsoft 365 tenant (selector1 DKIM d=${NOTAIRE}, p=reject, ARC i=1 by microsoft.com recording spf/dkim/dmarc pass with arc=none), handed by ${M365_OUT.rdns} [${M365_OUT.ip}] to the reader's cPanel server ${CP.rdns}: Exim's entry with ([ip]:port helo=…), Return-path/Envelope-to/Delivery-date, Dovecot LMTP on top, SpamAssassin rows at the bottom and no Authentication-Results at all (o2switch's 2023 layout).`;
    emitCase(write, {
      name: 'w167-cpanel-m365-notary-arc-selector1-online',
      about: `${about} Read in Roundcube with --authserv-id ${CP.rdns}, online. Wanted: authenticated (HeaderLens's own DKIM and DMARC pass).`,
      class: 'real-mail',
      args: CP_ARGS,
      eml,
      zone: ZONE,
      expect: AUTHENTICATED,
      twin: true,
    });
    emitCase(write, {
      name: 'w167-cpanel-m365-notary-arc-selector1-offline',
      about: `${about} Read offline (no DNS): the host wrote no results, so nothing the reader trusts speaks. Wanted: unverified, never suspicious or spoofed (microsoft.com's ARC is the sender's own, not the reader's provider).`,
      class: 'real-mail',
      args: CP_ARGS,
      eml,
      expect: { verdict: 'unverified' },
    });
  }
  {
    const raw = await workspaceMail(
      `Robin <${ROBIN}>`,
      'Kiln room drawings rev C',
      'Hi Robin,\r\n\r\nrevision C of the kiln room drawings is in the shared folder.\r\n\r\nErik\r\n',
    );
    emitCase(write, {
      name: 'w167-cpanel-google-workspace-architect-online',
      about: `Genuine: an architect on Google Workspace (d=${ARCHI} s=google, include:_spf.google.com, p=quarantine) from ${WS_OUT.rdns} [${WS_OUT.ip}] to the reader's cPanel box (no host results). Roundcube, --authserv-id ${CP.rdns}, online. Wanted: authenticated.`,
      class: 'real-mail',
      args: CP_ARGS,
      eml: cpanelDelivery(raw, WS_OUT, `erik@${ARCHI}`),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }

  // ---- cPanel reader: lists and a newsletter ----------------------------------------------------
  {
    const raw = await signAll(
      submitted({
        from: `Alice Hart via Devel <devel@${LIST_HOST}>`,
        to: `devel@${LIST_HOST}`,
        subject: '[Devel] Timetable import for week 47',
        date: SENT,
        messageId: '<167a7c2d-4e6f-8091-a2b3-c4d5e6f70819@alice-hart.example>',
        extraHeaders: [
          'Reply-To: Alice Hart <alice@alice-hart.example>',
          'Cc: Alice Hart <alice@alice-hart.example>',
          ...mailmanHeaders('devel', LIST_HOST, 'Devel').filter((h) => !h.startsWith('X-Mailman-Version')),
          'X-Mailman-Version: 3.3.9',
          'Message-ID-Hash: 167A7C2D4E6F8091A2B3C4D5E6F70819',
        ],
        body: `The GTFS import runs again; notes are on the wiki.\r\n\r\nAlice\r\n_______________________________________________\r\nDevel mailing list -- devel@${LIST_HOST}\r\nTo unsubscribe send an email to devel-leave@${LIST_HOST}\r\n`,
      }),
      [[LIST_HOST, 'mm3']],
    );
    emitCase(write, {
      name: 'w167-cpanel-mailman3-from-munged-list-signed-online',
      about: `Genuine: a Mailman 3 post whose author is at p=reject, From munged to "Alice Hart via Devel" <devel@${LIST_HOST}> (the author in Reply-To and Cc), signed by the list's own domain, envelope devel-bounces+…@${LIST_HOST}, to the reader's cPanel box. Roundcube, --authserv-id ${CP.rdns}, online. Wanted: authenticated (the list is who it says, aligned by its own signature and SPF).`,
      class: 'real-mail',
      args: CP_ARGS,
      eml: cpanelDelivery(raw, LIST_OUT, `devel-bounces+robin=${READER}@${LIST_HOST}`),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }
  {
    const author = `margit@${CHOIR}`;
    const signed = await signAll(
      submitted({
        from: `Margit Olsen <${author}>`,
        to: 'st-aldric-choir@googlegroups.com',
        subject: '[choir] Rehearsal moved to Thursday',
        date: SENT,
        messageId: `<167.2026.11.20.margit@${CHOIR}>`,
        body: 'Rehearsal moves to Thursday 19:30 this week.\r\n\r\nMargit\r\n',
      }),
      [[CHOIR, 's1']],
    );
    const grouped = appendHeaders(
      `${signed}-- \r\nYou received this message because you are subscribed to the Google Groups "St Aldric choir" group.\r\n`,
      'X-Original-Sender: margit@st-aldric-choir.example',
      'Precedence: list',
      'Mailing-list: list st-aldric-choir@googlegroups.com; contact st-aldric-choir+owners@googlegroups.com',
      'List-ID: <st-aldric-choir.googlegroups.com>',
      'List-Post: <https://groups.google.com/group/st-aldric-choir/post>, <mailto:st-aldric-choir@googlegroups.com>',
    );
    const sealed = await sealCorpus(await signAll(grouped, [['googlegroups.com', '20230601']]), {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `gmr-mx.google.com; dkim=pass header.i=@${CHOIR} header.s=s1; spf=pass (google.com: domain of ${author} designates 198.51.100.20 as permitted sender) smtp.mailfrom=${author}; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${CHOIR}`,
    });
    emitCase(write, {
      name: 'w167-cpanel-google-group-p-none-author-footer-online',
      about: `Genuine: a Google Groups post from a p=none author (From kept: Groups rewrites only p=quarantine/reject authors), Google's footer appended after the author signed, so the author's body hash breaks; googlegroups.com signs, google.com seals ARC i=1 recording the author's pass. Delivered from ${GROUPS_OUT.rdns} to the reader's cPanel box, --authserv-id ${CP.rdns}, online. Wanted: not suspicious (unverified is honest: DMARC fails at p=none, ARC is Google's word, not the reader's provider's).`,
      class: 'real-mail',
      args: CP_ARGS,
      eml: cpanelDelivery(
        sealed,
        GROUPS_OUT,
        'st-aldric-choir+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB4167@googlegroups.com',
      ),
      zone: ZONE,
      expect: NOT_SUSPICIOUS,
    });
  }
  {
    const raw = await signAll(
      submitted({
        from: `Musée du Port <bonjour@${MUSEUM}>`,
        to: `Robin <${ROBIN}>`,
        subject: 'Nocturnes de décembre',
        date: SENT,
        messageId: '<167a7c2d4e6f8091a2b3c4d5e.0123456789.20261120095958.167aa1b2c3@mail59.atl101.mcsv.net>',
        extraHeaders: [
          'List-Unsubscribe: <https://museeduport.us21.list-manage.com/unsubscribe?u=167&id=abc>',
          'X-Mailer: Mailchimp Mailer - **CID167a7c2d4e6f80**',
          'Feedback-ID: 167:167aa1b2c3:us21:mc',
        ],
        body: 'Le musée reste ouvert jusqu’à 21 h les jeudis de décembre.\r\n',
      }),
      [
        [MUSEUM, 'k1'],
        ['mcdlv.net', 'k1'],
      ],
    );
    const eml = cpanelDelivery(
      raw,
      MAILCHIMP_OUT,
      `bounce-mc.us21_1670042.167aa1b2c3-robin=${READER}@mail59.atl101.mcsv.net`,
    );
    const about = `Genuine: a museum's Mailchimp newsletter (k1 CNAME'd to Mailchimp, d=${MUSEUM} and d=mcdlv.net, envelope at mail59.atl101.mcsv.net, p=none) to the reader's cPanel box`;
    emitCase(write, {
      name: 'w167-cpanel-mailchimp-newsletter-online',
      about: `${about}, --authserv-id ${CP.rdns}, online. Wanted: authenticated.`,
      class: 'real-mail',
      args: CP_ARGS,
      eml,
      zone: ZONE,
      expect: AUTHENTICATED,
    });
    emitCase(write, {
      name: 'w167-cpanel-mailchimp-newsletter-no-options-offline',
      about: `${about}, read with no options and no DNS (a reader pasting the source). Wanted: unverified, never a warning.`,
      class: 'real-mail',
      args: [],
      eml,
      expect: { verdict: 'unverified' },
    });
  }

  // ---- cPanel reader: forwarders ----------------------------------------------------------------
  {
    const inner = await workspaceMail(
      `Robin <robin@${OLD_DOMAIN}>`,
      'Glaze order for the spring workshop',
      'Hi Robin,\r\n\r\nshall I order the celadon glaze for the spring workshop?\r\n\r\nErik\r\n',
    );
    const atOld = onTop(
      inner,
      `Received: from ${WS_OUT.rdns} ([${WS_OUT.ip}]:40112 helo=${WS_OUT.helo})\r\n\tby ${OLD.rdns} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <erik@${ARCHI}>)\r\n\tid 1tE0fw-0007Qa-2b\r\n\tfor robin@${OLD_DOMAIN};\r\n\tFri, 20 Nov 2026 11:00:01 +0100`,
    );
    const srs = `SRS0=Hk2p=TZ=${ARCHI}=erik@${OLD_DOMAIN}`;
    emitCase(write, {
      name: 'w167-cpanel-forwarder-srs-from-old-cpanel-host-online',
      about: `Genuine: the reader's old domain ${OLD_DOMAIN} still sits on another cPanel host (${OLD.rdns}); its cPanel forwarder re-sends the architect's Workspace mail to ${ROBIN} with SRS (envelope ${srs}; the SRS domain modelled as the forwarding address's, NOT confirmed), body untouched. Two Exim lines; the reader's box wrote no results. --authserv-id ${CP.rdns}, online. Wanted: authenticated (the architect's own DKIM survives; SPF passes only for the forwarder's SRS address).`,
      class: 'real-mail',
      args: CP_ARGS,
      eml: cpanelDelivery(atOld, OLD, srs),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }
  {
    const inner = await signAll(
      submitted({
        from: `Northbank <statements@${BANK}>`,
        to: 'Robin <robin.a@univ-alumni.example>',
        subject: 'Your November statement is ready',
        date: SENT,
        messageId: `<stmt-167-2288@${BANK}>`,
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n',
      }),
      [[BANK, 'nb1']],
    );
    const atUni = onTop(
      inner,
      `Received: from ${BANK_MTA.rdns} ([${BANK_MTA.ip}]:51522 helo=${BANK_MTA.helo})\r\n\tby ${UNI.rdns} with esmtps (TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)\r\n\t(Exim 4.92)\r\n\t(envelope-from <statements@${BANK}>)\r\n\tid 1tE0fv-0003Xc-Kq\r\n\tfor robin.a@univ-alumni.example; Fri, 20 Nov 2026 10:00:01 +0000`,
    );
    emitCase(write, {
      name: 'w167-cpanel-alumni-dot-forward-no-srs-bank-signed-online',
      about: `Genuine: the bank's signed statement notice (d=${BANK}, p=reject) to the reader's university alumni alias, whose Exim .forward re-sends it to ${ROBIN} keeping the bank's envelope (no SRS): SPF for statements@${BANK} fails at ${UNI.rdns} [${UNI.ip}], the bank's DKIM is intact. The reader's cPanel box wrote no results. --authserv-id ${CP.rdns}, online. Wanted: authenticated (DMARC passes by the bank's aligned signature).`,
      class: 'real-mail',
      args: CP_ARGS,
      eml: cpanelDelivery(atUni, UNI, `statements@${BANK}`),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }

  // ---- cPanel reader: the server's own mail and a neighbour on it ---------------------------------
  {
    const id = eximId();
    const b = `${id}-eximdsn-1670`;
    const bounce = [
      `Return-Path: <>`,
      `Delivered-To: ${ROBIN}`,
      `Received: from ${CP.rdns}\r\n\tby ${CP.rdns} with LMTP\r\n\tid bN7y0x4RfWe1ZAAAsvewhQ\r\n\t(envelope-from <>)\r\n\tfor <${ROBIN}>; ${AT}`,
      'Return-path: <>',
      `Envelope-to: ${ROBIN}`,
      `Delivery-date: ${AT}`,
      `Received: from mailnull by ${CP.rdns} with local (Exim 4.96.2)\r\n\tid ${id}\r\n\tfor ${ROBIN};\r\n\t${AT}`,
      'X-Failed-Recipients: orders@potterysupply.example',
      'Auto-Submitted: auto-replied',
      `From: Mail Delivery System <Mailer-Daemon@${CP.rdns}>`,
      `To: ${ROBIN}`,
      `References: <a1b2c3d4e5f6a7b8c9d0@${READER}>`,
      `Content-Type: multipart/report; report-type=delivery-status; boundary=${b}`,
      'MIME-Version: 1.0',
      'Subject: Mail delivery failed: returning message to sender',
      `Message-Id: <E${id}@${CP.rdns}>`,
      `Date: ${AT}`,
      ...SPAM_ROWS,
      '',
      `--${b}`,
      'Content-type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  orders@potterysupply.example',
      '    host mx.potterysupply.example [198.51.100.200]',
      '    SMTP error from remote mail server after RCPT TO:<orders@potterysupply.example>:',
      '    550 5.1.1 User unknown',
      '',
      `--${b}`,
      'Content-type: message/delivery-status',
      '',
      `Reporting-MTA: dns; ${CP.rdns}`,
      '',
      'Action: failed',
      'Final-Recipient: rfc822;orders@potterysupply.example',
      'Status: 5.0.0',
      '',
      `--${b}`,
      'Content-type: text/rfc822-headers',
      '',
      `From: Robin <${ROBIN}>`,
      'To: orders@potterysupply.example',
      'Subject: Order 1167: 20 kg stoneware',
      `Message-ID: <a1b2c3d4e5f6a7b8c9d0@${READER}>`,
      '',
      `--${b}--`,
      '',
    ].join('\r\n');
    const about = `Genuine: cPanel's own "Mail delivery failed: returning message to sender" written by the reader's server after the reader's order bounced: Exim's "from mailnull by ${CP.rdns} with local", null envelope, From Mailer-Daemon@${CP.rdns}, multipart/report with the delivery status and the original's headers, Dovecot LMTP on top; nothing signed, no results`;
    emitCase(write, {
      name: 'w167-cpanel-own-server-mail-delivery-failed-bounce-online',
      about: `${about}. --authserv-id ${CP.rdns}, online. Wanted: not suspicious (unverified is honest: the host's name has no SPF or DMARC of its own).`,
      class: 'real-mail',
      args: CP_ARGS,
      eml: bounce,
      zone: ZONE,
      expect: NOT_SUSPICIOUS,
      twin: true,
    });
  }
  {
    const id = eximId();
    const raw = submitted({
      from: `Claire Lebrun <claire@${NEIGHBOUR}>`,
      to: `Robin <${ROBIN}>`,
      subject: 'Bilan 2026 : documents à signer',
      date: SENT,
      messageId: `<${id.toLowerCase()}1670@${NEIGHBOUR}>`,
      extraHeaders: [
        'User-Agent: Roundcube Webmail/1.6.9',
        `X-Sender: claire@${NEIGHBOUR}`,
        'X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
        `X-AntiAbuse: Primary Hostname - ${CP.rdns}`,
        `X-AntiAbuse: Original Domain - ${READER}`,
        'X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]',
        `X-AntiAbuse: Sender Address Domain - ${NEIGHBOUR}`,
        `X-Get-Message-Sender-Via: ${CP.rdns}: authenticated_id: claire@${NEIGHBOUR}`,
        `X-Authenticated-Sender: ${CP.rdns}: claire@${NEIGHBOUR}`,
        'X-Source: ',
        'X-Source-Args: ',
        'X-Source-Dir: ',
      ],
      body: 'Bonjour Robin,\r\n\r\nle bilan 2026 est prêt ; les documents à signer sont dans votre espace client.\r\n\r\nClaire Lebrun\r\n',
    });
    const eml = onTop(
      appendHeaders(raw, ...SPAM_ROWS),
      `Return-Path: <claire@${NEIGHBOUR}>`,
      `Delivered-To: ${ROBIN}`,
      `Received: from ${CP.rdns}\r\n\tby ${CP.rdns} with LMTP\r\n\tid cQ8z1y5SgXf2aBAAsvewhQ\r\n\t(envelope-from <claire@${NEIGHBOUR}>)\r\n\tfor <${ROBIN}>; ${AT}`,
      `Return-path: <claire@${NEIGHBOUR}>`,
      `Envelope-to: ${ROBIN}`,
      `Delivery-date: ${AT}`,
      `Received: from localhost ([127.0.0.1]:45210 helo=webmail.${NEIGHBOUR})\r\n\tby ${CP.rdns} with esmtpa (Exim 4.96.2)\r\n\t(envelope-from <claire@${NEIGHBOUR}>)\r\n\tid ${id}\r\n\tfor ${ROBIN};\r\n\t${AT}`,
    );
    emitCase(write, {
      name: 'w167-cpanel-neighbour-customer-same-server-roundcube-online',
      about: `Genuine: the reader's accountant ${NEIGHBOUR} is another customer of the same cPanel server; Claire writes from her Roundcube on it (Roundcube submits over localhost with her login: "with esmtpa", X-AntiAbuse, X-Get-Message-Sender-Via authenticated_id claire@${NEIGHBOUR}) and Exim delivers locally, so cPanel's DKIM (signed in the remote transport only) never runs: the mail is unsigned and no SPF check happened. Her domain publishes the server in SPF, a default key, p=none. --authserv-id ${CP.rdns}, online. Wanted: not suspicious (the reader's own server recorded her login; unverified at worst).`,
      class: 'real-mail',
      args: CP_ARGS,
      eml,
      zone: ZONE,
      expect: NOT_SUSPICIOUS,
    });
  }

  // ---- Plesk reader -------------------------------------------------------------------------------
  {
    const raw = await m365Reply(`Jeanne Morel <${MOREL}>`);
    emitCase(write, {
      name: 'w167-plesk-m365-notary-spf-only-row-online',
      about: `Genuine: the notary's Microsoft 365 reply (as the cPanel case) to a Plesk mailbox: Postfix's entry from ${M365_OUT.rdns} and, under it, Plesk's one row "Authentication-Results: Plesk; spf=pass (sender IP is ${M365_OUT.ip}) smtp.mailfrom=… smtp.helo=…" (the form Plesk writes, learnt from plesk.hostmyservers.fr mail). Read with --authserv-id Plesk (the id Plesk writes), online. Wanted: authenticated.`,
      class: 'real-mail',
      args: PK_ARGS,
      eml: pleskDelivery(raw, M365_OUT, `c.vasseur@${NOTAIRE}`),
      zone: ZONE,
      expect: AUTHENTICATED,
      twin: true,
    });
  }
  {
    const from = `devis@${SUPPLIER}`;
    const signed = await signAll(
      submitted({
        from: `Imprimerie Dubois <${from}>`,
        to: `Jeanne Morel <${MOREL}>`,
        subject: 'Devis 2026-167 : papier à en-tête',
        date: SENT,
        messageId: `<e0f3b6da-eb4b-4270-9f20-f93b892a3167@${SUPPLIER}>`,
        extraHeaders: ['User-Agent: Mozilla Thunderbird'],
        body: 'Bonjour Madame Morel,\r\n\r\nvous trouverez notre devis pour 2 000 feuilles à en-tête.\r\n\r\nImprimerie Dubois\r\n',
      }),
      [[SUPPLIER, 'default']],
    );
    const submittedAtSupplier = onTop(
      signed,
      `Received: from [192.168.1.20] (unknown [198.51.100.140])\r\n\tby ${PK2.rdns} (Postfix) with ESMTPSA id 35F9040A1F;\r\n\tFri, 20 Nov 2026 09:59:59 +0000 (UTC)`,
      `Authentication-Results: Plesk;\r\n        spf=pass (sender IP is 198.51.100.140) smtp.mailfrom=${from} smtp.helo=[192.168.1.20]`,
      'Received-SPF: pass (Plesk: connection is authenticated)',
    );
    // Postfix writes its Received line above the milter's rows: the sender's Plesk rows sit under
    // its submission line, above the signature (Plesk signs after its SPF milter).
    const eml = pleskDelivery(submittedAtSupplier, PK2, from);
    const about = `Genuine: a printer on another hoster's Plesk (${PK2.rdns}) sends from Thunderbird with its login; its Plesk writes "Authentication-Results: Plesk; spf=pass (sender IP is <client>)" and "Received-SPF: pass (Plesk: connection is authenticated)" under its submission line and signs d=${SUPPLIER} s=default (Plesk's selector, p=none). The reader's Plesk adds its own "Authentication-Results: Plesk;" row under its entry: two rows with the same id, one the sender's`;
    emitCase(write, {
      name: 'w167-plesk-to-plesk-two-plesk-rows-online',
      about: `${about}. --authserv-id Plesk, online. Wanted: authenticated (its own aligned DKIM), and the sender's row never read as the reader's.`,
      class: 'real-mail',
      args: PK_ARGS,
      eml,
      zone: ZONE,
      expect: AUTHENTICATED,
    });
    emitCase(write, {
      name: 'w167-plesk-to-plesk-two-plesk-rows-offline',
      about: `${about}. --authserv-id Plesk, offline: only the reader's row speaks (spf=pass for the From's own domain, no DKIM or DMARC result). Wanted: not suspicious (unverified is honest).`,
      class: 'real-mail',
      args: PK_ARGS,
      eml,
      expect: { verdict: 'unverified', absentFindings: ['forged-auth-results'] },
    });
  }
  {
    const farm = 'ferme-des-saules.example';
    const box: Relay = { helo: `mail.${farm}`, rdns: `mail.${farm}`, ip: '198.51.100.77' };
    const raw = await signAll(
      submitted({
        from: `Ferme des Saules <commandes@${farm}>`,
        to: `Jeanne Morel <${MOREL}>`,
        subject: 'Votre panier de la semaine',
        date: SENT,
        messageId: `<20261120095958.167.commandes@${farm}>`,
        body: 'Bonjour,\r\n\r\nvotre panier sera prêt vendredi à partir de 16 h.\r\n\r\nLa Ferme des Saules\r\n',
      }),
      [[farm, 'mail']],
    );
    emitCase(write, {
      name: 'w167-plesk-spf-guess-rule-pass-sender-without-spf-online',
      about: `Genuine: a farm's own small server (${box.rdns} [${box.ip}], its MX) signs d=${farm} s=mail, DMARC p=none, but the farm never published SPF. Plesk's SPF check falls back on its guess rules ("v=spf1 +a/24 +mx/24 +ptr ?all", Plesk's documented algorithm: the more permissive of the domain's policy and the guess rules applies), so the reader's Plesk writes "Authentication-Results: Plesk; spf=pass (sender IP is ${box.ip})" under its entry, where a strict check finds spf=none. --authserv-id Plesk, online. Wanted: authenticated (aligned DKIM; the row under the entry is the reader's own server's, its SPF word a Plesk habit, not a forgery).`,
      class: 'real-mail',
      args: PK_ARGS,
      eml: pleskDelivery(raw, box, `commandes@${farm}`),
      zone: {
        ...ZONE,
        ...ptr(box.ip, box.rdns),
        ...dmarc(farm, 'p=none'),
        ...key(farm, 'mail'),
        [farm]: { MX: [{ priority: 10, exchange: box.rdns }] },
      },
      expect: AUTHENTICATED,
    });
  }
  {
    const warning = [
      'Return-Path: <MAILER-DAEMON>',
      `Delivered-To: ${MOREL}`,
      `From: postmaster@${PLESK_READER}`,
      'Subject: quota warning',
      `Message-ID: <dovecot-lda-1670-${PLESK_READER}@${PK.rdns}>`,
      'Date: Fri, 20 Nov 2026 11:00:05 +0100',
      '',
      'Your mailbox is now 95% full.',
      '',
    ].join('\r\n');
    emitCase(write, {
      name: 'w167-plesk-dovecot-quota-warning-from-server-online',
      about: `Genuine: the Plesk server's quota warning to ${MOREL}, made by Dovecot's quota-warning script (Dovecot's documented example: "From: postmaster@<domain>", "Subject: quota warning", piped to dovecot-lda), so the message never crossed SMTP: no Received line, no signature, From the reader's own domain (p=none). --authserv-id Plesk, online. Wanted: not suspicious (there is nothing to verify; unverified is honest).`,
      class: 'real-mail',
      args: PK_ARGS,
      eml: warning,
      zone: ZONE,
      expect: NOT_SUSPICIOUS,
      twin: true,
    });
  }
}

// Two Plesk cases read wrong today; the other 19 read as wanted (cPanel's result-less deliveries
// authenticate online by HeaderLens's own checks and read unverified offline; the hosts' own bounce,
// quota warning and the neighbour customer read unverified, never a warning).
// - w167-plesk-spf-guess-rule-pass-sender-without-spf-online reads **suspicious**
//   (forged-auth-results:medium, "a fake Authentication-Results header claims to come from Plesk")
//   for a genuine message with an aligned DKIM pass: the reader's own Plesk row sits under its entry
//   line, so it is never trusted and is called forged; its spf=pass (Plesk's guess rules) differs from
//   HeaderLens's strict spf=none, so lib/findings/provider.ts claimsAgree fails and the finding is
//   medium, which the verdict table turns into suspicious. Wanted: authenticated.
// - w167-plesk-to-plesk-two-plesk-rows-offline reads unverified (right) but tells the reader their own
//   server's row is "fake … probably to make the message look checked" (forged-auth-results:medium),
//   and the sender's Plesk row deep below likewise. Wanted: unverified, no forged finding.
// At fault: lib/auth/authresults.ts parseAuthResults: BELOW_ENTRY_PROVIDERS admits only
// mx.google.com to the one place under the entry line where Plesk (Postfix milter rows, learnt from
// plesk.hostmyservers.fr mail) writes its results. Smallest fix: add the literal id `plesk` to
// BELOW_ENTRY_PROVIDERS. It still needs the reader to trust "Plesk" (--authserv-id Plesk), and only
// the first A-R under the entry, before any other Received, is taken (belowAr): the sender's rows
// further down stay forged, and a forger's row under a Plesk reader's entry comes second, after the
// server's own, whenever Plesk's SPF check runs (its default). Risk: a Plesk whose incoming SPF check
// is switched off writes no row, and a sender's "Plesk; dmarc=pass" placed first under the entry
// would be trusted offline (online HeaderLens re-checks and the provider-disagreement finding
// speaks). No adversarial case covers a "Plesk;" row today (grep "Plesk;" test/corpus/adversarial):
// the lead should add that probe with the fix. Genuine mail the fix could hurt: none seen; a
// sender-side "Plesk;" row is never first under the reader's entry.
// Read as expected when every pending case was run again on 2026-12-06 at 23:5x (rules added
// since made them so), and taken out of the pending set: w167-plesk-to-plesk-two-plesk-rows-offline
// (unverified); w167-plesk-spf-guess-rule-pass-sender-without-spf-online (authenticated).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
