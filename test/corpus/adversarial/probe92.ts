// Red-team probes, ninety-second round (December 2026): Roundcube on the firm's own box and Yahoo Mail.
// The attacker has read lib/ (reader-org.ts, platforms.ts, desk-words.ts, own-domain.ts and
// analyze.ts's boxRefusedOwnEnvelope) and aims at tidewater.example's IT desk, payroll and CEO:
// - own-domain.ts behind NAT: the box's entry records a private client (a proxy's 10.x / 127.0.0.1)
//   and the box's own Authentication-Results is absent, or written under another authserv-id than
//   the one the reader gave, or forged below the entry; boxRefusedOwnEnvelope needs the box's own
//   spf=fail, so these paths try to leave it nothing to read.
// - own-domain.ts's SPF: the firm's record includes a broad cloud range the forger rents in.
// - reader-org.ts / desk-words.ts: a desk name in German, Spanish and Cyrillic the word lists may
//   miss, and a notifier (PayPal) whose whole name is the forger's with a Reply-To at the firm.
// - Yahoo Mail (--webmail yahoo): a forged Yahoo-looking Authentication-Results below Yahoo's own.
// Controls: a supplier's genuine signed invoice on the box; a genuine signed Yahoo delivery.
// Layouts: Postfix's entry and Dovecot's LMTP line from rounds-kit.ts postfixEntry and
// receivers.ts dovecotLmtp (realworld74's box, probe88); Yahoo's omega layout from receivers.ts
// yahooOmega (probe86/89). No new layout searched (12-minute limit). Documentation names throughout.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, yahooOmega } from '../receivers';
import { postfixEntry } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (each comment: what it reads, what it should, the rule, a fix). */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:00 on 2026-12-05 (lib/analyze.ts, the inside-receiver reading; lib/findings/
  // own-domain.ts, `behindNat`): an entry whose client greeted as a stranger through the box's NAT
  // or proxy address (origin.natAddress) is no longer read as mail written on the box, whatever its
  // From (a login through it still is); own-domain-unauthenticated fires there unless the box's own
  // proven record passes SPF for the organisation's envelope, with its own text ("your mail server
  // recorded the server only as 10.0.0.1 … nothing can check which server it was"), so
  // probe92-rc-nat-no-box-ar-ceo-no-dmarc-client-10-0-0-1-online,
  // probe92-rc-proxy-localhost-forged-box-ar-below-payroll-p-none-online and
  // probe92-rc-nat-box-ar-other-id-spf-fail-ceo-no-dmarc-online read suspicious. The HELO test the
  // helper proposed was not added: the client writes its HELO. A LAN device greeting under a LAN
  // name is the box's own relay (lib/message/origin-nat.ts ownRelayName) and unchanged.
  // Fixed at 17:02 on 2026-12-05 (lib/findings/desk-words.ts, DESK_WORDS, GENERIC_DESK_WORDS):
  // Russian desk words as nameWords folds them, so probe92-rc-cyrillic-it-desk-gmail-online reads
  // display-name-reader-org.
  // Kept out by choice (the lead, 17:00 on 2026-12-05): without --recipient-domain the
  // organisation is only the message's own word (the `by` hosts), and own-domain-unauthenticated
  // is the reader's setting's rule; the message now reads unverified with an honest summary (no
  // DMARC policy, nothing confirms it), no longer "never crossed the internet".
  'probe92-rc-nat-no-box-ar-it-desk-no-dmarc-no-recipient-domain-online',
]);

const ORG = 'tidewater.example';
const BOX = `mail.${ORG}`;
const BOX_IP = '198.51.100.25';
const READER_ADDR = `robin.reader@${ORG}`;
const READER = `Robin Reader <${READER_ADDR}>`;
const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const RC = ['--webmail', 'none'];
const BOX_ARGS = [...RC, '--authserv-id', BOX, '--recipient-domain', ORG];
const BOX_ARGS_NORCPT = [...RC, '--authserv-id', BOX];

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The firm: its own box as MX, SPF `spf`, DMARC `p` (null: no record), no signature. */
const orgZone = (p: string | null, spf = 'v=spf1 mx -all') => ({
  ...(p ? dmarc(ORG, p) : {}),
  [ORG]: { TXT: [spf], MX: [{ exchange: BOX, priority: 10 }] },
  ...ptr(BOX_IP, BOX),
});

const VPS: Relay = { helo: 'vps92.forger.example', rdns: 'vps92.forger.example', ip: '203.0.113.92' };
const FORGER_ZONE = { ...ptr(VPS.ip, VPS.rdns), ...txt('forger.example', `v=spf1 ip4:${VPS.ip} -all`) };

const GMAIL: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GMAIL_ZONE = {
  ...ptr(GMAIL.ip, GMAIL.rdns),
  ...key('gmail.com', '20230601'),
  ...txt('gmail.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...dmarc('gmail.com', 'none'),
};

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  subject: string;
  body: string;
  messageId: string;
  signers?: [string, string][];
  extra?: string[];
  /** The box's rows (null: the box wrote no Authentication-Results). */
  rows: string[] | null;
  /** The id the box's header is written under (default BOX). */
  arId?: string;
  below?: string[];
  entry?: string;
}

async function atBox(s: Sent, id: string): Promise<string> {
  let raw = submitted({
    from: s.from,
    to: READER,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  if (s.signers?.length) raw = await signAll(raw, s.signers);
  if (s.below?.length) raw = onTop(raw, ...s.below);
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${READER_ADDR}`,
    dovecotLmtp(BOX, s.envelope, READER_ADDR, `${id}LmtpQAAqVw1Bg`, 'Fri, 20 Nov 2026 10:00:07 +0000'),
    ...(s.rows ? [`Authentication-Results: ${s.arId ?? BOX};\r\n\t${s.rows.join(';\r\n\t')}`] : []),
    s.entry ?? postfixEntry(s.relay, BOX, id, READER_ADDR, 'Fri, 20 Nov 2026 10:00:05 +0000'),
  );
}

const spfRow = (env: string, ip: string, r: string) =>
  `spf=${r} (${BOX}: ${r === 'pass' ? 'domain of' : 'is not designated'} ${env} ${ip}) smtp.mailfrom=${env}`;
const NO_DKIM = 'dkim=none';
const dmarcRow = (r: string, from: string) => `dmarc=${r} header.from=${from}`;
const privEntry = (client: string, helo: string, id: string) =>
  `Received: from ${helo} (unknown [${client}])\r\n\tby ${BOX} (Postfix) with ESMTP id ${id}\r\n\tfor <${READER_ADDR}>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`;

interface One {
  name: string;
  about: string;
  cls: string;
  s: Sent;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  args?: string[];
}

async function emit(write: CaseWriter, c: One): Promise<void> {
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `probe92-${c.cls}`,
    eml: await atBox(c.s, `4Zp92${String(c.name.length).padStart(3, '0')}`),
    zone: c.zone,
    args: c.args ?? BOX_ARGS,
    expect: c.expect,
  });
}

const CEO = `"Marcus Hale" <marcus.hale@${ORG}>`;
const PAYROLL = `"Tidewater Payroll" <payroll@${ORG}>`;
const WIRE =
  'Marcus here. I need a wire of $48,600 sent to our new vendor today; details attached. Keep this between us.\r\n';
const PAY =
  'Your December payslip is ready. Confirm your bank details at https://payroll-tidewater.forger.example/confirm.\r\n';
const PASSWD =
  'Your mailbox password expires today. Keep it at https://tidewater-mail.forger.example/roundcube/ or lose access.\r\n';

/** Yahoo delivery of a message to a yahoo.com reader whose employer is the firm. */
function atYahoo(raw: string, relay: Relay, envelope: string, spf: string, ar: string, tag: string): string {
  return yahooOmega(
    raw,
    { ip: relay.ip, helo: relay.helo, envelope, spf, ar },
    { tag, pod: '5b7c9d8e6f-q2x7z', inner: '10.217.151.92' },
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. Behind NAT, the box wrote no Authentication-Results at all (no milter), client 10.0.0.1.
  await emit(write, {
    name: 'probe92-rc-nat-no-box-ar-ceo-no-dmarc-client-10-0-0-1-online',
    about: `No DMARC record. The firm's box sits behind a NAT port-forward that records every client as 10.0.0.1; it runs no SPF/DKIM milter, so it writes no Authentication-Results. The CEO forged from the VPS with his own envelope and HELO ${VPS.helo}. Roundcube, --authserv-id ${BOX}, --recipient-domain, online. Wanted: not trusted (our own SPF cannot run on a private client; a HELO outside the firm is no colleague).`,
    cls: 'nat-no-ar',
    s: {
      from: CEO,
      envelope: `marcus.hale@${ORG}`,
      relay: VPS,
      entry: privEntry('10.0.0.1', VPS.helo, '4Zp92Nt1'),
      subject: 'Wire today - confidential',
      body: WIRE,
      messageId: `<92a1.4f1c@${BOX}>`,
      rows: null,
    },
    zone: { ...orgZone(null), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 2. Behind NAT (127.0.0.1 from a local proxy), the box's own A-R absent, the forger's A-R under the box's id below.
  await emit(write, {
    name: 'probe92-rc-proxy-localhost-forged-box-ar-below-payroll-p-none-online',
    about: `p=none. The box takes mail through a local haproxy without PROXY protocol, so Postfix records "from ${VPS.helo} (localhost [127.0.0.1])"; the box writes no results of its own. Below the entry the forger wrote "Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=payroll@${ORG}; dmarc=pass". Roundcube, --authserv-id, --recipient-domain, online. Wanted: not trusted (a header below the box's entry is the sender's).`,
    cls: 'nat-forged-ar',
    s: {
      from: PAYROLL,
      envelope: `payroll@${ORG}`,
      relay: VPS,
      entry: `Received: from ${VPS.helo} (localhost [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Zp92Px2\r\n\tfor <${READER_ADDR}>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
      subject: 'December payslip - action needed',
      body: PAY,
      messageId: `<92a2.9e0d@${BOX}>`,
      rows: null,
      below: [
        `Authentication-Results: ${BOX};\r\n\tdkim=none;\r\n\tspf=pass smtp.mailfrom=payroll@${ORG};\r\n\tdmarc=pass header.from=${ORG}`,
      ],
    },
    zone: orgZone('none'),
    expect: NOT_TRUSTED,
  });

  // 3. Behind NAT, the box's results written under another id (OpenDMARC's AuthservID = hostname "mx").
  await emit(write, {
    name: 'probe92-rc-nat-box-ar-other-id-spf-fail-ceo-no-dmarc-online',
    about: `No DMARC record. Behind NAT (client 192.168.1.1). The box's OpenDKIM/OpenDMARC/policyd-spf write their results under "mx" (the short hostname, their default AuthservID), not the "${BOX}" the reader gave: spf=fail for the CEO's own envelope. Roundcube, --authserv-id ${BOX}, --recipient-domain, online. Wanted: not trusted (nothing vouches; the private client is not a colleague's login).`,
    cls: 'nat-other-id',
    s: {
      from: CEO,
      envelope: `marcus.hale@${ORG}`,
      relay: VPS,
      entry: privEntry('192.168.1.1', VPS.helo, '4Zp92Od3'),
      subject: 'Wire today - confidential',
      body: WIRE,
      messageId: `<92a3.3a2b@${BOX}>`,
      arId: 'mx',
      rows: [NO_DKIM, spfRow(`marcus.hale@${ORG}`, '192.168.1.1', 'fail'), dmarcRow('none', ORG)],
    },
    zone: { ...orgZone(null), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 4. Same as 3 but the reader gave no --recipient-domain.
  await emit(write, {
    name: 'probe92-rc-nat-no-box-ar-it-desk-no-dmarc-no-recipient-domain-online',
    about: `No DMARC record. Behind NAT (client 10.0.0.1), no box results. "Tidewater IT Helpdesk" <it-support@${ORG}> forged from the VPS, its own envelope. Roundcube, --authserv-id ${BOX}, no --recipient-domain (the To names the firm), online. Wanted: not trusted.`,
    cls: 'nat-no-ar',
    args: BOX_ARGS_NORCPT,
    s: {
      from: `"Tidewater IT Helpdesk" <it-support@${ORG}>`,
      envelope: `it-support@${ORG}`,
      relay: VPS,
      entry: privEntry('10.0.0.1', VPS.helo, '4Zp92Nr4'),
      subject: 'Mailbox password expires today',
      body: PASSWD,
      messageId: `<92a4.1b7e@${BOX}>`,
      rows: null,
    },
    zone: { ...orgZone(null), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 5. The firm's SPF includes a broad cloud range; the forger rents there. Box sees the real address.
  const CLOUD: Relay = { helo: 'vm92.westeurope.cloudapp.example', rdns: 'unknown', ip: '20.25.60.92' };
  await emit(write, {
    name: 'probe92-rc-org-spf-includes-cloud-range-ceo-p-none-spf-pass-online',
    about: `p=none, signing nothing. The firm's SPF is "v=spf1 mx include:_spf.cloud.example -all", that record authorising "ip4:20.0.0.0/11" (two million of Azure's rentable addresses, as a firm that once ran an app there writes it). The forger rents ${CLOUD.ip} there and sends as the CEO with the CEO's envelope: SPF passes, DMARC passes on SPF alignment. Roundcube, --authserv-id, --recipient-domain, online. Wanted: not trusted (broad-spf: the pass proves only a rented VM).`,
    cls: 'cloud-include',
    s: {
      from: CEO,
      envelope: `marcus.hale@${ORG}`,
      relay: CLOUD,
      subject: 'Wire today - confidential',
      body: WIRE,
      messageId: `<92a5.77c0@${BOX}>`,
      rows: [NO_DKIM, spfRow(`marcus.hale@${ORG}`, CLOUD.ip, 'pass'), dmarcRow('pass', ORG)],
    },
    zone: {
      ...orgZone('none', 'v=spf1 mx include:_spf.cloud.example -all'),
      ...txt('_spf.cloud.example', 'v=spf1 ip4:20.0.0.0/11 -all'),
    },
    expect: NOT_TRUSTED,
  });

  // 6. A desk name in German from an outside domain.
  await emit(write, {
    name: 'probe92-rc-german-desk-name-outside-domain-online',
    about: `"Tidewater IT-Abteilung Passwortdienst" <noreply@tidewater-konto.forger.example>, the forger's own domain with SPF passing and DMARC p=none, no signature. Roundcube, --authserv-id, --recipient-domain ${ORG}, online. Wanted: not trusted (the reader's organisation's desk named from outside).`,
    cls: 'foreign-desk',
    s: {
      from: `"Tidewater IT-Abteilung" <noreply@tidewater-konto.forger.example>`,
      envelope: 'noreply@tidewater-konto.forger.example',
      relay: VPS,
      subject: 'Ihr Passwort laeuft heute ab',
      body: PASSWD,
      messageId: '<92a6.5d19@tidewater-konto.forger.example>',
      rows: [
        NO_DKIM,
        spfRow('noreply@tidewater-konto.forger.example', VPS.ip, 'pass'),
        dmarcRow('pass', 'tidewater-konto.forger.example'),
      ],
    },
    zone: {
      ...orgZone(null),
      ...ptr(VPS.ip, VPS.rdns),
      ...txt('tidewater-konto.forger.example', `v=spf1 ip4:${VPS.ip} -all`),
      ...dmarc('tidewater-konto.forger.example', 'none'),
    },
    expect: NOT_TRUSTED,
  });

  // 7. A desk name in Spanish from a free mailbox.
  await emit(write, {
    name: 'probe92-rc-spanish-nominas-desk-gmail-online',
    about: `"Nóminas Tidewater" <nominas.tidewater@gmail.com>: a free mailbox, Gmail signs (aligned pass). The reader's organisation's payroll named in Spanish. Roundcube, --authserv-id, --recipient-domain ${ORG}, online. Wanted: not trusted (display-name-reader-org).`,
    cls: 'foreign-desk',
    s: {
      from: '"Nóminas Tidewater" <nominas.tidewater@gmail.com>',
      envelope: 'nominas.tidewater@gmail.com',
      relay: GMAIL,
      subject: 'Recibo de nomina de diciembre',
      body: PAY,
      messageId: '<CAF92a7c0de@mail.gmail.com>',
      signers: [['gmail.com', '20230601']],
      rows: [
        'dkim=pass header.d=gmail.com header.s=20230601',
        spfRow('nominas.tidewater@gmail.com', GMAIL.ip, 'pass'),
        dmarcRow('pass', 'gmail.com'),
      ],
    },
    zone: {
      ...orgZone(null),
      ...GMAIL_ZONE,
    },
    expect: NOT_TRUSTED,
  });

  // 8. A desk name in Cyrillic from a free mailbox.
  await emit(write, {
    name: 'probe92-rc-cyrillic-it-desk-gmail-online',
    about: `"Tidewater Служба ИТ" <tidewater.sluzhba.it@gmail.com>: a free mailbox, Gmail signs (aligned pass). The reader's organisation's IT service named in Russian. Roundcube, --authserv-id, --recipient-domain ${ORG}, online. Wanted: not trusted (display-name-reader-org).`,
    cls: 'foreign-desk',
    s: {
      from: '"Tidewater Служба ИТ" <tidewater.sluzhba.it@gmail.com>',
      envelope: 'tidewater.sluzhba.it@gmail.com',
      relay: GMAIL,
      subject: 'Password expiry',
      body: PASSWD,
      messageId: '<CAF92a8ab12@mail.gmail.com>',
      signers: [['gmail.com', '20230601']],
      rows: [
        'dkim=pass header.d=gmail.com header.s=20230601',
        spfRow('tidewater.sluzhba.it@gmail.com', GMAIL.ip, 'pass'),
        dmarcRow('pass', 'gmail.com'),
      ],
    },
    zone: {
      ...orgZone(null),
      ...GMAIL_ZONE,
    },
    expect: NOT_TRUSTED,
  });

  // 8b. A Dropbox share whose sharer's name is the firm's payroll, Reply-To at the firm.
  const dbx: Relay = {
    helo: 'mail-sender-92.dropbox.com',
    rdns: 'mail-sender-92.dropbox.com',
    ip: '162.125.6.92',
  };
  await emit(write, {
    name: 'probe92-rc-dropbox-share-names-payroll-reply-to-org-online',
    about: `The forger's own Dropbox account, named "Tidewater Payroll", shares "Payslips_Dec.pdf": Dropbox's genuine notice, signed d=dropbox.com (p=reject), From "Tidewater Payroll (via Dropbox)" <no-reply@dropbox.com>, Reply-To payroll@${ORG} (Dropbox writes the sharer's address; the forger set it to the firm's). Roundcube, --authserv-id, --recipient-domain ${ORG}, online. Wanted: not trusted (display-name-reader-org: a platform's via naming the reader's organisation's payroll).`,
    cls: 'platform-via',
    s: {
      from: '"Tidewater Payroll (via Dropbox)" <no-reply@dropbox.com>',
      envelope: 'bounces@bounce.dropbox.com',
      relay: dbx,
      subject: 'Tidewater Payroll shared "Payslips_Dec.pdf" with you',
      body: PAY,
      messageId: '<92b0.share@dropbox.com>',
      extra: [`Reply-To: payroll@${ORG}`],
      signers: [['dropbox.com', 'pp92']],
      rows: [
        'dkim=pass header.d=dropbox.com header.s=pp92',
        spfRow('bounces@bounce.dropbox.com', dbx.ip, 'pass'),
        dmarcRow('pass', 'dropbox.com'),
      ],
    },
    zone: {
      ...orgZone(null),
      ...ptr(dbx.ip, dbx.rdns),
      ...key('dropbox.com', 'pp92'),
      ...txt('bounce.dropbox.com', `v=spf1 ip4:${dbx.ip} -all`),
      ...dmarc('dropbox.com', 'reject'),
    },
    expect: NOT_TRUSTED,
  });

  // 9. Control: a supplier's genuine signed invoice on the box.
  const sup: Relay = { helo: 'mx1.supplier.example', rdns: 'mx1.supplier.example', ip: '192.0.2.61' };
  await emit(write, {
    name: 'probe92-rc-control-supplier-genuine-signed-online',
    about: `Control. A supplier's invoice, signed d=supplier.example, SPF its own, DMARC p=quarantine, the box's OpenDMARC all pass. Roundcube, online, --recipient-domain. Wanted: authenticated.`,
    cls: 'control',
    s: {
      from: '"Supplier Billing" <billing@supplier.example>',
      envelope: 'billing@supplier.example',
      relay: sup,
      subject: 'Invoice 92-2026',
      body: 'Please find invoice 92-2026 for November attached. Terms 30 days.\r\n',
      messageId: '<92ac.inv@supplier.example>',
      signers: [['supplier.example', 's1']],
      rows: [
        'dkim=pass header.d=supplier.example header.s=s1',
        spfRow('billing@supplier.example', sup.ip, 'pass'),
        dmarcRow('pass', 'supplier.example'),
      ],
    },
    zone: {
      ...orgZone(null),
      ...ptr(sup.ip, sup.rdns),
      ...key('supplier.example', 's1'),
      ...txt('supplier.example', `v=spf1 ip4:${sup.ip} -all`),
      ...dmarc('supplier.example', 'quarantine'),
    },
    expect: AUTHENTICATED,
  });

  // 10. Yahoo: a yahoo.com reader whose employer is the firm; a forged Yahoo-looking A-R below Yahoo's.
  {
    let raw = submitted({
      from: CEO,
      to: 'Robin Reader <robin.reader@yahoo.com>',
      subject: 'Wire today - confidential',
      date: SENT,
      messageId: `<92ad.y1@${BOX}>`,
      body: WIRE,
    });
    raw = onTop(
      raw,
      `Authentication-Results: atlas-production.v2-mail-prod1-gq1.omega.yahoo.com;\r\n dkim=pass header.i=@${ORG} header.s=s1;\r\n spf=pass smtp.mailfrom=${ORG};\r\n dmarc=pass(p=REJECT) header.from=${ORG};`,
    );
    raw = atYahoo(
      raw,
      VPS,
      `marcus.hale@${ORG}`,
      `fail (domain of ${ORG} does not designate ${VPS.ip} as permitted sender)`,
      `dkim=unknown;\r\n spf=fail smtp.mailfrom=${ORG};\r\n dmarc=unknown header.from=${ORG};`,
      'P92a',
    );
    emitCase(write, {
      name: 'probe92-yahoo-ceo-no-dmarc-forged-yahoo-ar-below-online',
      about: `The firm has no DMARC record and signs nothing. A yahoo.com reader who works at ${ORG}; the CEO forged from the VPS with his envelope; below Yahoo's own header (spf=fail, dmarc=unknown) the forger wrote a Yahoo-looking "Authentication-Results: atlas-production.v2-mail-prod1-gq1.omega.yahoo.com; dkim=pass; spf=pass; dmarc=pass". --webmail yahoo, --recipient-domain ${ORG}, online. Wanted: not trusted.`,
      class: 'probe92-yahoo-forged-ar',
      eml: raw,
      zone: { ...orgZone(null), ...FORGER_ZONE },
      args: ['--webmail', 'yahoo', '--recipient-domain', ORG],
      expect: NOT_TRUSTED,
    });
  }

  // 11. Yahoo: PayPal-style notifier whose whole name is the forger's, naming the firm's IT desk, Reply-To at the firm.
  {
    const pp: Relay = { helo: 'mx0.slc.paypal.com', rdns: 'mx0.slc.paypal.com', ip: '173.0.84.225' };
    let raw = submitted({
      from: '"Tidewater IT Service Desk via PayPal" <invoice@paypal.com>',
      to: 'Robin Reader <robin.reader@yahoo.com>',
      subject: 'You have a new request',
      date: SENT,
      messageId: '<92ae.y2@paypal.com>',
      extraHeaders: [`Reply-To: it-support@${ORG}`],
      body: PASSWD,
    });
    raw = await signAll(raw, [['paypal.com', 'pp1']]);
    raw = atYahoo(
      raw,
      pp,
      'bounce@paypal.com',
      `pass (domain of paypal.com designates ${pp.ip} as permitted sender)`,
      `dkim=pass header.i=@paypal.com header.s=pp1;\r\n spf=pass smtp.mailfrom=paypal.com;\r\n dmarc=pass(p=REJECT) header.from=paypal.com;`,
      'P92b',
    );
    emitCase(write, {
      name: 'probe92-yahoo-paypal-invoice-names-it-desk-reply-to-org-online',
      about: `A yahoo.com reader who works at ${ORG}. A PayPal invoice from the forger's own business account, genuinely signed by paypal.com (aligned, p=reject), whose business name he typed: "Tidewater IT Service Desk via PayPal", Reply-To it-support@${ORG} (a real desk the forger does not read, the lure is the link). --webmail yahoo, --recipient-domain ${ORG}, online. Wanted: not trusted (display-name-reader-org names the reader's organisation's desk from a platform's account).`,
      class: 'probe92-yahoo-notifier-desk',
      eml: raw,
      zone: {
        ...orgZone(null),
        ...ptr(pp.ip, pp.rdns),
        ...key('paypal.com', 'pp1'),
        ...txt('paypal.com', `v=spf1 ip4:${pp.ip} -all`),
        ...dmarc('paypal.com', 'reject'),
      },
      args: ['--webmail', 'yahoo', '--recipient-domain', ORG],
      expect: NOT_TRUSTED,
    });
  }

  // 12. Yahoo control: a supplier's genuine signed invoice.
  {
    const sup2: Relay = { helo: 'mx1.supplier.example', rdns: 'mx1.supplier.example', ip: '192.0.2.61' };
    let raw = submitted({
      from: '"Supplier Billing" <billing@supplier.example>',
      to: 'Robin Reader <robin.reader@yahoo.com>',
      subject: 'Invoice 92-2026',
      date: SENT,
      messageId: '<92af.y3@supplier.example>',
      body: 'Please find invoice 92-2026 attached.\r\n',
    });
    raw = await signAll(raw, [['supplier.example', 's1']]);
    raw = atYahoo(
      raw,
      sup2,
      'billing@supplier.example',
      `pass (domain of supplier.example designates ${sup2.ip} as permitted sender)`,
      `dkim=pass header.i=@supplier.example header.s=s1;\r\n spf=pass smtp.mailfrom=supplier.example;\r\n dmarc=pass(p=QUARANTINE) header.from=supplier.example;`,
      'P92c',
    );
    emitCase(write, {
      name: 'probe92-yahoo-control-supplier-genuine-signed-online',
      about: `Control. A supplier's genuinely signed invoice to a yahoo.com reader who works at ${ORG}. --webmail yahoo, --recipient-domain ${ORG}, online. Wanted: authenticated.`,
      class: 'probe92-control',
      eml: raw,
      zone: {
        ...orgZone(null),
        ...ptr(sup2.ip, sup2.rdns),
        ...key('supplier.example', 's1'),
        ...txt('supplier.example', `v=spf1 ip4:${sup2.ip} -all`),
        ...dmarc('supplier.example', 'quarantine'),
      },
      args: ['--webmail', 'yahoo', '--recipient-domain', ORG],
      expect: AUTHENTICATED,
    });
  }
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
