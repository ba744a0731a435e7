// Red-team probes, ninety-fourth round (December 2026): against the fixes of 2026-12-05 evening.
// The attacker has read lib/analyze.ts (the inside-receiver reading now skips an entry with
// origin.natAddress), lib/message/origin-nat.ts (unaddressedEntry, ownRelayName), lib/findings/
// own-domain.ts (`behindNat`, excused by the box's own proven spf=pass for the organisation's
// envelope), lib/findings/arc.ts (listedSealer on the exact d=), lib/findings/desk-words.ts
// (Russian words) and lib/relay/providers-esp.ts (Freshservice by evidence). Paths tried:
// - behind the box's NAT the forger greets as a name ownRelayName takes for the box's own relay
//   (the box's own name, localhost, a bare name, a `.local` name, an internal address literal),
//   so the entry is walked past and nothing below it is the internet's;
// - the box's own proven results say spf=pass because the firm's SPF lists its private range
//   (a common "ip4:10.0.0.0/8" for internal relays) and the box behind NAT checks 10.0.0.1;
// - an ARC seal under an exact listed d= (one.com) the forger cannot hold, with a forged
//   Gmail-looking arc=pass below Gmail's own header;
// - desk names in Ukrainian, Greek, Arabic and a Cyrillic homoglyph "ІТ";
// - the forger's own Freshservice trial naming the reader's organisation's service desk.
// Controls: a supplier's genuine signed invoice on the box; a genuine Freshservice desk of another
// firm to the Gmail reader.
// Layouts: Postfix entry and Dovecot LMTP from rounds-kit.ts postfixEntry / receivers.ts
// dovecotLmtp (probe92's box); Gmail from receivers.ts gmailDelivery (probe93); ARC sets from
// gateway-layouts.ts sealAs. No new layout searched (12-minute limit). Documentation names
// throughout, except Freshservice's and Google's own names.
import type { CaseExpectation } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, SPOOFED, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { postfixEntry } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (each comment: what it reads, what it should, the rule, a fix). */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:20 on 2026-12-05 (lib/findings/auth-state.ts providerPassUnfounded;
  // lib/findings/own-domain.ts behindNat; refined at 17:33, lib/analyze.ts natSpf): behind the
  // box's NAT its SPF check saw the NAT's address, so its pass, where our check at that address
  // passes too (the organisation's record lists 10.0.0.0/8), founds no DMARC pass and no longer
  // spares own-domain-unauthenticated:
  // probe94-rc-nat-box-spf-dmarc-pass-private-range-ceo-p-reject-online reads suspicious (behind the
  // NAT, with no failing signature of the organisation's, not spoofed: lib/findings/verdict.ts
  // natUnchecked, for the organisation's own printer's sake, real-mail round 92).
  // Fixed at 17:12 on 2026-12-05 (lib/findings/desk-words.ts): Ukrainian, Greek and Arabic desk
  // words (probe94-rc-ukrainian-bukhhalteriia-homoglyph-it-gmail-online,
  // probe94-gmail-greek-it-department-gmail-online, probe94-gmail-arabic-it-and-payroll-desk-gmail-online);
  // (lib/findings/freemail.ts, platforms.ts, list.ts): freshservice.com beside freshdesk.com, its
  // tenants anyone's (probe94-gmail-freshservice-trial-names-reader-it-service-desk-online).
  // Kept out by choice (the lead, 17:25 on 2026-12-05): behind a NAT the reader has not named, a
  // client greeting with a name the box's own relays use (its host name, localhost, a bare or
  // .local name, an internal literal) is walked past as the box's relay, and a results header the
  // forger writes below it sits where the box's milters write theirs; README's "What still fools"
  // names it, and declaring the NAT (--nat-address, Options → Advanced) makes every one of these
  // read suspicious or spoofed (checked by hand: the forged-results case reads spoofed, the others
  // suspicious). Treating every internal client at the lowest hop as the NAT's turned the LAN
  // scanner and NAS of realworld92 suspicious. The helper's notes, as written:
  // Reads unverified, "written there … never crossed the internet" (dmarc-none only; the payroll
  // one at p=none no finding at all). The only Received line below the LMTP one is a network
  // delivery (`with ESMTP`) from an internal address (10.0.0.1, 172.17.0.1, 192.168.1.1) whose
  // client greeted as the box's own name, `localhost`, a bare `mail`, `ex01.tidewater.local` or
  // `[10.0.0.1]`: lib/message/origin-nat.ts ownRelayName takes each for the box's own relay (the
  // box name and localhost unconditionally; bare/.local/literal because lanNames holds when no
  // public client is below), unaddressedEntry returns false, findOrigin finds no hop and returns
  // `local` WITHOUT natAddress, so lib/analyze.ts's new `!originHop.natAddress` guard and
  // own-domain.ts's behindNat never see it. This evening's fix is bypassed by one EHLO word.
  // Should read: not trusted (own-domain-unauthenticated's NAT detail), as probe92's
  // stranger-HELO cases now do. Fix (findOrigin / unaddressedEntry): at the LOWEST hop (nothing
  // below it, so the HELO cannot name a line under it), a non-loopback internal address over a
  // network protocol, not an authenticated submission, is the NAT's client whatever it greets as:
  // choose it as the entry (natAddress set). Risk: a genuine LAN device or a container on a Docker
  // host sending unauthenticated as the organisation (scanner@, a cron job through 172.17.0.1)
  // then reads suspicious (own-domain-unauthenticated) unless the box's own SPF passes it; mail
  // from 127.0.0.1 (a PHP app on the box) is untouched by keeping isLoopback out.
  // Same bypass without --recipient-domain: unverified, "never crossed the internet". With the fix
  // above it would read as probe92's no-recipient-domain case (unverified with an honest summary),
  // which the lead kept out by choice; pinned here so that the "never crossed" text goes.
  // Reads AUTHENTICATED ("according to your provider's checks", provider-disagreement only). Same
  // bypass (HELO = box name), then the forger's "Authentication-Results: mail.tidewater.example;
  // spf=pass; dmarc=pass" written BELOW the box's only Received line is read as the box's own
  // (the walk found no entry, so nothing is "below the entry"). Should read: not trusted. Fix
  // (the trusted-AR selection in lib/analyze.ts / lib/auth-results): a header below the lowest
  // Received line the receiver wrote is never the receiver's; plus the origin fix above. Risk:
  // Exim's ACL add_header appends at the foot of the header block unless :at_start:, so an Exim
  // box's genuine results could sit below its Received: check the Exim rounds before applying.
  'probe94-rc-nat-helo-box-own-name-ceo-no-dmarc-online',
  'probe94-rc-docker-proxy-helo-localhost-payroll-p-none-online',
  'probe94-rc-nat-helo-bare-mail-ceo-no-dmarc-online',
  'probe94-rc-nat-helo-dot-local-ceo-no-dmarc-online',
  'probe94-rc-nat-helo-address-literal-ceo-no-dmarc-online',
  'probe94-rc-nat-helo-box-own-name-ceo-no-recipient-domain-online',
  'probe94-rc-nat-helo-box-name-forged-box-ar-below-ceo-p-quarantine-online',
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
const GMAIL_ARGS = ['--webmail', 'gmail', '--recipient-domain', ORG];

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The firm: its own box as MX, SPF `spf`, DMARC `p` (null: no record), no signature. */
const orgZone = (p: string | null, spf = 'v=spf1 mx -all') => ({
  ...(p ? dmarc(ORG, p) : {}),
  [ORG]: { TXT: [spf], MX: [{ exchange: BOX, priority: 10 }] },
  ...ptr(BOX_IP, BOX),
});

const VPS: Relay = { helo: 'vps94.forger.example', rdns: 'vps94.forger.example', ip: '203.0.113.94' };
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
  /** The box's rows (null: the box wrote no Authentication-Results). */
  rows: string[] | null;
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
    body: s.body,
  });
  if (s.signers?.length) raw = await signAll(raw, s.signers);
  if (s.below?.length) raw = onTop(raw, ...s.below);
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${READER_ADDR}`,
    dovecotLmtp(BOX, s.envelope, READER_ADDR, `${id}LmtpQAAqVw1Bg`, 'Fri, 20 Nov 2026 10:00:07 +0000'),
    ...(s.rows ? [`Authentication-Results: ${BOX};\r\n\t${s.rows.join(';\r\n\t')}`] : []),
    s.entry ?? postfixEntry(s.relay, BOX, id, READER_ADDR, 'Fri, 20 Nov 2026 10:00:05 +0000'),
  );
}

const spfRow = (env: string, ip: string, r: string) =>
  `spf=${r} (${BOX}: ${r === 'pass' ? 'domain of' : 'is not designated'} ${env} ${ip}) smtp.mailfrom=${env}`;
const NO_DKIM = 'dkim=none';
const dmarcRow = (r: string, from: string) => `dmarc=${r} header.from=${from}`;
/** Postfix behind NAT: the client greets as `helo`, the box sees only `client`. */
const natEntry = (client: string, helo: string, id: string) =>
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
    class: `probe94-${c.cls}`,
    eml: await atBox(c.s, `4Zp94${String(c.name.length).padStart(3, '0')}`),
    zone: c.zone,
    args: c.args ?? BOX_ARGS,
    expect: c.expect,
  });
}

const CEO = `"Marcus Hale" <marcus.hale@${ORG}>`;
const CEO_ENV = `marcus.hale@${ORG}`;
const PAYROLL = `"Tidewater Payroll" <payroll@${ORG}>`;
const WIRE =
  'Marcus here. I need a wire of $48,600 sent to our new vendor today; details attached. Keep this between us.\r\n';
const PAY =
  'Your December payslip is ready. Confirm your bank details at https://payroll-tidewater.forger.example/confirm.\r\n';
const PASSWD =
  'Your mailbox password expires today. Keep it at https://tidewater-mail.forger.example/roundcube/ or lose access.\r\n';

/** The CEO forged from the VPS through the box's NAT at `client`, greeting as `helo`, no box results. */
function natCeo(client: string, helo: string, id: string, messageId: string): Sent {
  return {
    from: CEO,
    envelope: CEO_ENV,
    relay: VPS,
    entry: natEntry(client, helo, id),
    subject: 'Wire today - confidential',
    body: WIRE,
    messageId,
    rows: null,
  };
}

/** A Gmail (Workspace) delivery to the firm's reader. */
function gmailCase(
  write: CaseWriter,
  c: {
    name: string;
    about: string;
    cls: string;
    eml: string;
    zone: Record<string, unknown>;
    expect: CaseExpectation;
  },
): void {
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `probe94-${c.cls}`,
    eml: c.eml,
    zone: c.zone,
    args: GMAIL_ARGS,
    expect: c.expect,
  });
}

/** A free-mail account's signed message through Gmail to the firm's Workspace reader. */
async function fromFreeMail(display: string, local: string, subject: string, body: string, tag: string) {
  const addr = `${local}@gmail.com`;
  let raw = submitted({
    from: `"${display}" <${addr}>`,
    to: READER,
    subject,
    date: SENT,
    messageId: `<CAF94${tag}@mail.gmail.com>`,
    body,
  });
  raw = await signAll(raw, [['gmail.com', '20230601']]);
  return gmailDelivery(raw, {
    relay: GMAIL,
    envelope: addr,
    ids: [`x94csp${tag}pxa`, `a94si${tag}qtb.41`],
    to: READER_ADDR,
    spf: 'pass',
    results: `${gmailDkim('gmail.com', '20230601')}\r\n       ${gmailSpf(addr, GMAIL.ip)}\r\n       ${gmailDmarc('gmail.com', 'NONE')}`,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. Behind NAT the forger greets as the box's own name.
  await emit(write, {
    name: 'probe94-rc-nat-helo-box-own-name-ceo-no-dmarc-online',
    about: `No DMARC record. The box sits behind a NAT port-forward that records every client as 10.0.0.1 and writes no Authentication-Results (no milter). The forger sends the CEO's wire request from his VPS with the CEO's envelope and greets as "EHLO ${BOX}", the box's own name, which ownRelayName takes for the box's own relay. Roundcube, --authserv-id ${BOX}, --recipient-domain, online. Wanted: not trusted (a greeting is the client's own word; nothing proves who sent it).`,
    cls: 'nat-helo-own',
    s: natCeo('10.0.0.1', BOX, '4Zp94Hb1', `<94a1.4f1c@${BOX}>`),
    zone: { ...orgZone(null), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 2. Behind Docker's proxy the forger greets as localhost.
  await emit(write, {
    name: 'probe94-rc-docker-proxy-helo-localhost-payroll-p-none-online',
    about: `p=none. The box runs in Docker behind the userland proxy, which records every client as 172.17.0.1; no milter. The forger greets as "EHLO localhost" and sends the firm's payroll notice with payroll@ envelope. Roundcube, --authserv-id, --recipient-domain, online. Wanted: not trusted.`,
    cls: 'nat-helo-own',
    s: {
      from: PAYROLL,
      envelope: `payroll@${ORG}`,
      relay: VPS,
      entry: natEntry('172.17.0.1', 'localhost', '4Zp94Lh2'),
      subject: 'December payslip - action needed',
      body: PAY,
      messageId: `<94a2.9e0d@${BOX}>`,
      rows: null,
    },
    zone: { ...orgZone('none'), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 3. A bare name (the box's first label).
  await emit(write, {
    name: 'probe94-rc-nat-helo-bare-mail-ceo-no-dmarc-online',
    about: `No DMARC record. Behind NAT (client 10.0.0.1), no box results. The forger greets as "EHLO mail", the box's bare first label. Roundcube, --authserv-id, --recipient-domain, online. Wanted: not trusted.`,
    cls: 'nat-helo-own',
    s: natCeo('10.0.0.1', 'mail', '4Zp94Bm3', `<94a3.1b2c@${BOX}>`),
    zone: { ...orgZone(null), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 4. A private-namespace name.
  await emit(write, {
    name: 'probe94-rc-nat-helo-dot-local-ceo-no-dmarc-online',
    about: `No DMARC record. Behind NAT (client 192.168.1.1), no box results. The forger greets as "EHLO ex01.tidewater.local", a LAN name of the firm's own shape. Roundcube, --authserv-id, --recipient-domain, online. Wanted: not trusted.`,
    cls: 'nat-helo-own',
    s: natCeo('192.168.1.1', 'ex01.tidewater.local', '4Zp94Lc4', `<94a4.7a7a@${BOX}>`),
    zone: { ...orgZone(null), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 5. An internal address literal, the NAT's own.
  await emit(write, {
    name: 'probe94-rc-nat-helo-address-literal-ceo-no-dmarc-online',
    about: `No DMARC record. Behind NAT (client 10.0.0.1), no box results. The forger greets as "EHLO [10.0.0.1]", the very address the box records. Roundcube, --authserv-id, --recipient-domain, online. Wanted: not trusted.`,
    cls: 'nat-helo-own',
    s: natCeo('10.0.0.1', '[10.0.0.1]', '4Zp94Al5', `<94a5.5e5e@${BOX}>`),
    zone: { ...orgZone(null), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 6. The box's own name, and the forger's results below the entry under the box's id.
  await emit(write, {
    name: 'probe94-rc-nat-helo-box-name-forged-box-ar-below-ceo-p-quarantine-online',
    about: `p=quarantine. Behind NAT (client 10.0.0.1), the box writes no results. The forger greets as "EHLO ${BOX}" and writes below the entry "Authentication-Results: ${BOX}; dkim=none; spf=pass smtp.mailfrom=${CEO_ENV}; dmarc=pass", so once the entry is walked past that header stands above the origin. Roundcube, --authserv-id, --recipient-domain, online. Wanted: not trusted.`,
    cls: 'nat-helo-own-forged-ar',
    s: {
      ...natCeo('10.0.0.1', BOX, '4Zp94Fa6', `<94a6.0c0c@${BOX}>`),
      below: [
        `Authentication-Results: ${BOX};\r\n\tdkim=none;\r\n\tspf=pass smtp.mailfrom=${CEO_ENV};\r\n\tdmarc=pass header.from=${ORG}`,
      ],
    },
    zone: { ...orgZone('quarantine'), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 7. The box's own name, no --recipient-domain.
  await emit(write, {
    name: 'probe94-rc-nat-helo-box-own-name-ceo-no-recipient-domain-online',
    about: `No DMARC record. As probe94-rc-nat-helo-box-own-name-ceo-no-dmarc-online, but the reader gave no --recipient-domain (the To and the box name the firm). Roundcube, --authserv-id ${BOX}, online. Wanted: not trusted (at least not read as written on the box).`,
    cls: 'nat-helo-own',
    args: BOX_ARGS_NORCPT,
    s: natCeo('10.0.0.1', BOX, '4Zp94Nr7', `<94a7.3d3d@${BOX}>`),
    zone: { ...orgZone(null), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 8. The box's own proven spf=pass: the firm's SPF lists its private range; p=reject.
  await emit(write, {
    name: 'probe94-rc-nat-box-spf-dmarc-pass-private-range-ceo-p-reject-online',
    about: `p=reject. The firm's SPF is "v=spf1 mx ip4:10.0.0.0/8 -all" (its internal relays listed, as many firms write it). Behind NAT every client is 10.0.0.1, so the box's own policyd-spf writes a genuine "spf=pass smtp.mailfrom=${CEO_ENV}" for the forger on the VPS (HELO ${VPS.helo}), and its OpenDMARC dmarc=pass on that aligned pass; own-domain.ts's behindNat is excused by the proven pass. Roundcube, --authserv-id, --recipient-domain, online. Wanted: not trusted (both passes are for the NAT's address).`,
    cls: 'nat-box-spf-pass',
    s: {
      ...natCeo('10.0.0.1', VPS.helo, '4Zp94Sr9', `<94a9.9f9f@${BOX}>`),
      rows: [NO_DKIM, spfRow(CEO_ENV, '10.0.0.1', 'pass'), dmarcRow('pass', ORG)],
    },
    zone: { ...orgZone('reject', 'v=spf1 mx ip4:10.0.0.0/8 -all'), ...FORGER_ZONE },
    expect: NOT_TRUSTED,
  });

  // 9. A desk in Ukrainian (і, not и) and a Cyrillic homoglyph "ІТ".
  await emit(write, {
    name: 'probe94-rc-ukrainian-bukhhalteriia-homoglyph-it-gmail-online',
    about: `"Tidewater Бухгалтерія ІТ" <tidewater.buh@gmail.com>: a free mailbox, Gmail signs (aligned pass). Payroll in Ukrainian (і where Russian writes и, so not the Russian word list's бухгалтерия) and "ІТ" in Cyrillic letters that look like Latin IT. Roundcube, --authserv-id, --recipient-domain ${ORG}, online. Wanted: not trusted (display-name-reader-org).`,
    cls: 'foreign-desk',
    s: {
      from: '"Tidewater Бухгалтерія ІТ" <tidewater.buh@gmail.com>',
      envelope: 'tidewater.buh@gmail.com',
      relay: GMAIL,
      subject: 'Payslip',
      body: PAY,
      messageId: '<CAF94a9ab12@mail.gmail.com>',
      signers: [['gmail.com', '20230601']],
      rows: [
        'dkim=pass header.d=gmail.com header.s=20230601',
        spfRow('tidewater.buh@gmail.com', GMAIL.ip, 'pass'),
        dmarcRow('pass', 'gmail.com'),
      ],
    },
    zone: { ...orgZone(null), ...GMAIL_ZONE },
    expect: NOT_TRUSTED,
  });

  // 10. Control on the box: a supplier's genuine signed invoice.
  const sup: Relay = { helo: 'mx1.supplier.example', rdns: 'mx1.supplier.example', ip: '192.0.2.61' };
  await emit(write, {
    name: 'probe94-rc-control-supplier-genuine-signed-online',
    about: `Control. A supplier's invoice, signed d=supplier.example, SPF its own, DMARC p=quarantine, the box's OpenDMARC all pass. Roundcube, online, --recipient-domain. Wanted: authenticated.`,
    cls: 'control',
    s: {
      from: '"Supplier Billing" <billing@supplier.example>',
      envelope: 'billing@supplier.example',
      relay: sup,
      subject: 'Invoice 94-2026',
      body: 'Please find invoice 94-2026 for November attached. Terms 30 days.\r\n',
      messageId: '<94ac.inv@supplier.example>',
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

  // 11. Gmail: a Greek desk name.
  gmailCase(write, {
    name: 'probe94-gmail-greek-it-department-gmail-online',
    about: `"Tidewater Τμήμα Πληροφορικής" <tidewater.pliroforiki@gmail.com> (IT department, Greek): a free mailbox, Gmail signs. The firm's reader on Google Workspace. --webmail gmail, --recipient-domain ${ORG}, online. Wanted: not trusted (display-name-reader-org).`,
    cls: 'foreign-desk',
    eml: await fromFreeMail(
      'Tidewater Τμήμα Πληροφορικής',
      'tidewater.pliroforiki',
      'Λήξη κωδικού',
      PASSWD,
      'b11',
    ),
    zone: { ...orgZone(null), ...GMAIL_ZONE },
    expect: NOT_TRUSTED,
  });

  // 12. Gmail: an Arabic desk name beside a Latin "Payroll" typo-free of any desk word.
  gmailCase(write, {
    name: 'probe94-gmail-arabic-it-and-payroll-desk-gmail-online',
    about: `"Tidewater قسم تقنية المعلومات" <tidewater.it.dept@gmail.com> (IT department, Arabic): a free mailbox, Gmail signs. --webmail gmail, --recipient-domain ${ORG}, online. Wanted: not trusted (display-name-reader-org).`,
    cls: 'foreign-desk',
    eml: await fromFreeMail(
      'Tidewater قسم تقنية المعلومات',
      'tidewater.it.dept',
      'Password expiry',
      PASSWD,
      'b12',
    ),
    zone: { ...orgZone(null), ...GMAIL_ZONE },
    expect: NOT_TRUSTED,
  });

  // 13. Gmail: an ARC seal under the exact listed d=one.com, which the forger cannot hold.
  {
    const FWD: Relay = {
      helo: 'mx94.fwd.forger.example',
      rdns: 'mx94.fwd.forger.example',
      ip: '203.0.113.194',
    };
    let raw = submitted({
      from: CEO,
      to: READER,
      subject: 'Wire today - confidential',
      date: SENT,
      messageId: `<94b3.arc@${ORG}>`,
      body: WIRE,
    });
    raw = await sealAs(raw, {
      domain: 'one.com',
      selector: 'arc94',
      cv: 'none',
      authResults: `mx.one.com; dkim=pass header.d=${ORG} header.s=s1; spf=pass smtp.mailfrom=${CEO_ENV}; dmarc=pass header.from=${ORG}`,
    });
    raw = onTop(
      raw,
      `Authentication-Results: mx.google.com;\r\n       arc=pass (i=1 spf=pass spfdomain=${ORG} dkim=pass dkdomain=${ORG} dmarc=pass fromdomain=${ORG});\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${ORG}`,
    );
    gmailCase(write, {
      name: 'probe94-gmail-arc-seal-listed-one-com-no-key-forged-google-ar-below-online',
      about: `The firm publishes p=reject. The forger writes the CEO's message, ARC-seals it under d=one.com (on the Community Sealers list; the forger has no key there, one.com publishes none for selector arc94) recording the firm's passes, and below Gmail's entry writes a Gmail-looking "Authentication-Results: mx.google.com; arc=pass …; dmarc=pass". Gmail's own header: arc=fail, spf=fail, dmarc=fail p=REJECT. --webmail gmail, --recipient-domain ${ORG}, online. Wanted: spoofed.`,
      cls: 'arc-listed-unheld',
      eml: gmailDelivery(raw, {
        relay: FWD,
        envelope: CEO_ENV,
        ids: ['x94csp13pxa', 'a94si13qtb.41'],
        to: READER_ADDR,
        spf: 'fail',
        results: `arc=fail (signature failed);\r\n       ${gmailSpf(CEO_ENV, FWD.ip, 'fail')}\r\n       ${gmailDmarc(ORG, 'REJECT', 'fail')}`,
      }),
      zone: { ...orgZone('reject'), ...ptr(FWD.ip, FWD.rdns) },
      expect: SPOOFED,
    });
  }

  // 14. Gmail: the forger's own Freshservice trial naming the firm's service desk.
  const FS: Relay = {
    helo: 'mx-out-94.freshservice.com',
    rdns: 'mx-out-94.freshservice.com',
    ip: '198.51.100.194',
  };
  const fsZone = {
    ...ptr(FS.ip, FS.rdns),
    ...key('freshservice.com', 'fs94'),
    ...txt('email.freshservice.com', `v=spf1 ip4:${FS.ip} -all`),
    ...dmarc('freshservice.com', 'reject'),
  };
  const fsMail = async (display: string, sub: string, subject: string, body: string, tag: string) => {
    let raw = submitted({
      from: `"${display}" <helpdesk@${sub}.freshservice.com>`,
      to: READER,
      subject,
      date: SENT,
      messageId: `<94${tag}.fs@${sub}.freshservice.com>`,
      body,
    });
    raw = await signAll(raw, [['freshservice.com', 'fs94']]);
    const env = `bounces+${tag}@email.freshservice.com`;
    return gmailDelivery(raw, {
      relay: FS,
      envelope: env,
      ids: [`x94csp${tag}pxa`, `a94si${tag}qtb.41`],
      to: READER_ADDR,
      spf: 'pass',
      results: `${gmailDkim('freshservice.com', 'fs94')}\r\n       ${gmailSpf(env, FS.ip)}\r\n       ${gmailDmarc(`${sub}.freshservice.com`)}`,
    });
  };
  gmailCase(write, {
    name: 'probe94-gmail-freshservice-trial-names-reader-it-service-desk-online',
    about: `The forger opens a Freshservice trial at itsm-portal94.freshservice.com (a name with nothing of the firm's in it), names the agent "Tidewater IT Service Desk" and sends the password lure: Freshservice's genuine signed mail, d=freshservice.com aligned, p=reject. The firm's reader on Workspace. --webmail gmail, --recipient-domain ${ORG}, online. Wanted: not trusted (the reader's organisation's desk named from a platform's tenant).`,
    cls: 'esp-trial-desk',
    eml: await fsMail(
      'Tidewater IT Service Desk',
      'itsm-portal94',
      'Ticket #9401: mailbox password expires',
      PASSWD,
      'c14',
    ),
    zone: { ...orgZone(null), ...fsZone },
    expect: NOT_TRUSTED,
  });

  // 15. Gmail control: a supplier's genuine Freshservice desk.
  gmailCase(write, {
    name: 'probe94-gmail-control-supplier-freshservice-ticket-online',
    about: `Control. A supplier's genuine Freshservice desk ("Supplier IT Support" <helpdesk@supplier.freshservice.com>) answers the reader's ticket; Freshservice signs d=freshservice.com aligned, SPF its own. --webmail gmail, --recipient-domain ${ORG}, online. Wanted: authenticated.`,
    cls: 'control',
    eml: await fsMail(
      'Supplier IT Support',
      'supplier',
      'Ticket #9402 resolved',
      'Your ticket about the invoice portal has been resolved. Reply to reopen.\r\n',
      'c15',
    ),
    zone: { ...orgZone(null), ...fsZone },
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
