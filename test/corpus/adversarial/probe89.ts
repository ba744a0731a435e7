// Red-team probes, eighty-ninth round (December 2026): offline mode and the reader's own
// organisation. own-domain-unauthenticated (lib/findings/own-domain.ts) now runs offline too, taking
// the SPF result from the provider's own Authentication-Results where that header is proven the
// provider's (provider.proven: lib/auth/authresults.ts, above the provider's entry line). Offline,
// lib/engine/offline.ts offlineChecks takes the SPF domain from the envelope lib/analyze.ts picks
// (the first Return-Path before the provider's smtp.mailfrom) and the SPF result from the
// provider's record. With --offline --recipient-domain tidewater.example in Gmail, Outlook on the
// web (EOP) and Yahoo, the CEO / payroll / IT desk of tidewater.example is forged (no DMARC record,
// p=none, p=reject) and each is compared with the same message online with a zone:
// - the provider's own spf=fail / neutral / permerror / temperror for the organisation's envelope;
// - a forged Authentication-Results under the provider's id below its entry (spf=pass, dmarc=pass);
// - the provider's spf=pass for the forger's own envelope from a VPS (the foreign branch);
// - EOP's spf=pass for smtp.mailfrom=forger.example while a Return-Path the sender wrote in the
//   message (above Exchange's own, which it appends at the bottom) names the organisation.
// Controls: the CEO's genuine mail through Google Workspace, offline, in Gmail and in EOP.
// Layouts: Gmail's, Yahoo's and EOP's deliveries as test/corpus/receivers.ts writes them (their
// sources are named there and in test/fixtures/legit/README-m365.md). No new layout was searched
// (15-minute limit). Documentation names and addresses, except Google's and Microsoft's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';

/** Probes HeaderLens reads wrong today (what it reads, what it should, the rule, a fix, its risk). */
// Fixed at 15:01 on 2026-12-05 (lib/findings/own-domain.ts, unlisted):
// probe89-gmail-it-desk-no-dmarc-provider-spf-permerror-online and -offline; a broken SPF record of
// the organisation's own envelope (permerror) authorises no server, as none and neutral do not.
// The helper's notes on them:
// Reads unverified online (dmarc-none, spf-permerror) and offline (offline-mode).
// own-domain.ts's unlisted branch takes none and neutral for the organisation's own envelope,
// not permerror: a record the organisation broke authorises no server either (DMARC counts a
// permerror as no pass). Should read suspicious. Fix: add 'permerror' to `unlisted` (origin.ip
// known). Risk: the organisation's own unsigned mail (a SaaS using its envelope) while its record
// is broken reads suspicious at p=none / no record; aligned-signed mail is spared.
// 'probe89-gmail-it-desk-no-dmarc-provider-spf-permerror-online',
// 'probe89-gmail-it-desk-no-dmarc-provider-spf-permerror-offline',
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads unverified offline: "could not check ... because a DNS lookup failed; try again later"
  // (dmarc-none, offline-mode), while offline no lookup was ours and trying again changes nothing;
  // online our check fails the VPS (suspicious). Should read not trusted, or at least an
  // unverified that says the provider's check was interrupted. Fix (lib/findings/verdict.ts's
  // temperror row, own-domain.ts): offline, a provider temperror for the organisation's own
  // envelope from a recorded address meets own-domain-unauthenticated at low, with its own
  // wording. Risk: the organisation's genuine unsigned mail delivered during its DNS outage reads
  // suspicious; signed mail is spared.
  // Kept out by choice (the lead, 15:01 on 2026-12-05): the provider's interrupted check proves
  // nothing either way, and the organisation's genuine mail during its own DNS outage reads the
  // same; unverified, with a text that now says the lookup failed at the provider on arrival
  // (summary.ts summary_reason_provider_dns) instead of 'try again later'.
  'probe89-yahoo-ceo-no-dmarc-provider-spf-temperror-offline',
  // Reads unverified offline ("found no Authentication-Results from your provider"): in the
  // Outlook profile EOP's header (no authserv-id) counts offline only where it records a fail
  // (probe57's note), so provider is null and own-domain.ts returns at `!a.provider?.proven`; the
  // foreign branch never runs. Online it reads suspicious, but for the wrong reason: analyze.ts
  // takes the first Return-Path, the one the sender wrote in his header block, above the one
  // Exchange appends at the bottom, so our SPF check asks about tidewater.example ("its own SPF
  // record refuses the server") instead of forger.example. Should read suspicious offline. Fix:
  // offline in the Outlook profile, take EOP's header directly above its entry line as proven
  // for own-domain (its spf= and smtp.mailfrom, which EOP names as a domain); and in the EOP
  // layout take the envelope from smtp.mailfrom / the bottom Return-Path, not a Return-Path inside
  // the sender's header block. Risk: a relay-written EOP-looking header just above the entry (the
  // walk must keep requiring EOP's own entry line); genuine mail whose Return-Path the walk now
  // reads differently could change SPF alignment online (pin with realworld EOP cases).
  // Kept out by choice (the lead, 15:01 on 2026-12-05): unverified offline, as every Outlook message
  // whose EOP record carries no fail is (realworld48); EOP records a spoof of the tenant's own
  // accepted domain as compauth=fail reason=6xx, which reads receiver-recorded-spoof offline, and
  // this probe's compauth=none record is not EOP's for that path. Online it reads suspicious.
  'probe89-outlook-ceo-no-dmarc-own-return-path-over-foreign-mailfrom-offline',
]);

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const GMAIL = ['--webmail', 'gmail', '--recipient-domain', ORG];
const OUTLOOK = ['--webmail', 'outlook', '--recipient-domain', ORG];
const YAHOO = ['--webmail', 'yahoo', '--recipient-domain', ORG];
const READER = `Robin Reader <robin.reader@${ORG}>`;

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The organisation: Google Workspace and Microsoft 365 as its senders, DMARC `p` (null: none). */
const orgZone = (p: string | null, spf = 'v=spf1 include:_spf.google.com -all') => ({
  ...(p ? dmarc(ORG, p) : {}),
  ...txt(ORG, spf),
  ...key(ORG, 'google'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
});

const GOOGLE: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const VPS: Relay = { helo: 'vps89.forger.example', rdns: 'vps89.forger.example', ip: '203.0.113.89' };
const FORGER_ZONE = { ...ptr(VPS.ip, VPS.rdns), ...txt('forger.example', `v=spf1 ip4:${VPS.ip} -all`) };
const zoneOf = (p: string | null, spf?: string) => ({
  ...orgZone(p, spf),
  ...FORGER_ZONE,
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
});

const CEO = `"Marcus Hale" <marcus.hale@${ORG}>`;
const PAYROLL = `"Tidewater Payroll" <payroll@${ORG}>`;
const ITDESK = `"Tidewater IT Desk" <it-support@${ORG}>`;
const WIRE =
  'Robin,\r\n\r\nI need a wire of 48,600 GBP to the new supplier today before the 3pm cut-off. Keep this between us.\r\n\r\nMarcus\r\n';
const PAY =
  'Your December payslip is ready. Confirm your bank details at https://payroll-tidewater.forger.example/confirm before Friday.\r\n';
const PASSWD =
  'Your mailbox password expires today. Keep it at https://tidewater-sso.forger.example/login or lose access.\r\n';

interface Msg {
  from: string;
  subject: string;
  body: string;
  id: string;
  extra?: string[];
  signers?: [string, string][];
}

async function raw(m: Msg): Promise<string> {
  const r = submitted({
    from: m.from,
    to: READER,
    subject: m.subject,
    date: SENT,
    messageId: `<${m.id}@mail.gmail.example>`,
    extraHeaders: m.extra ?? [],
    body: m.body,
  });
  return m.signers?.length ? signAll(r, m.signers) : r;
}

const atGmail = async (m: Msg, relay: Relay, envelope: string, results: string[], n: string) =>
  gmailDelivery(await raw(m), {
    relay,
    envelope,
    results: results.join('\r\n       '),
    ids: [`x89csp${n}pxa`, `a89si${n}qtb.89`],
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });

const atYahoo = async (m: Msg, relay: Relay, envelope: string, results: string[]) =>
  yahooDelivery(await raw(m), { relay, envelope, results: results.join('\r\n ') });

const atEop = async (m: Msg, relay: Relay, returnPath: string, ar: string, spf: string) =>
  eopDelivery(await raw(m), { ip: relay.ip, helo: relay.helo, ar, spf, returnPath });

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone: Record<string, unknown>;
  args: string[];
  expect: CaseExpectation;
}

/** Each case offline (no zone: --offline) and the same message online with the zone. */
function emitBoth(write: CaseWriter, c: One, online: CaseExpectation = c.expect): void {
  const { zone, ...rest } = c;
  // Offline: no zone is served (lib's offline mode; test/helpers/corpus.ts passes --offline).
  emitCase(write, { ...rest, name: `${c.name}-offline`, class: `probe89-${c.cls}` });
  emitCase(write, { ...rest, zone, name: `${c.name}-online`, class: `probe89-${c.cls}`, expect: online });
}

const gspf = (env: string, ip: string, r: string) =>
  `spf=${r} (google.com: domain of ${env} ${r === 'pass' ? 'designates' : r === 'neutral' ? 'is neither permitted nor denied by best guess record for domain of' : 'does not designate'} ${ip} as permitted sender) smtp.mailfrom=${env};`;

export async function makeAll(write: CaseWriter): Promise<void> {
  const ceoEnv = `marcus.hale@${ORG}`;

  // 1. Gmail's own spf=fail for the CEO's own envelope, no DMARC record.
  emitBoth(write, {
    name: 'probe89-gmail-ceo-no-dmarc-provider-spf-fail',
    about: `No DMARC record. The CEO forged from the attacker's VPS (${VPS.ip}) with his own envelope; Gmail's own header above its entry records spf=fail and no DKIM, no dmarc= (no record). Gmail, --recipient-domain ${ORG}. Wanted: not trusted (own-domain-unauthenticated from the provider's proven SPF fail).`,
    cls: 'provider-spf',
    eml: await atGmail(
      { from: CEO, subject: 'Wire today - confidential', body: WIRE, id: '89a1' },
      VPS,
      ceoEnv,
      [gspf(ceoEnv, VPS.ip, 'fail')],
      '01',
    ),
    zone: zoneOf(null),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 2. p=none, Gmail's spf=neutral (the organisation's record ends ?all).
  emitBoth(write, {
    name: 'probe89-gmail-payroll-p-none-provider-spf-neutral',
    about: `p=none; the organisation's SPF record ends ?all, so Gmail records spf=neutral for payroll@${ORG} from the VPS, dmarc=fail (p=NONE). Gmail, --recipient-domain. Wanted: not trusted (the unlisted branch: neutral speaks for no server).`,
    cls: 'provider-spf',
    eml: await atGmail(
      { from: PAYROLL, subject: 'December payslip - action needed', body: PAY, id: '89a2' },
      VPS,
      `payroll@${ORG}`,
      [gspf(`payroll@${ORG}`, VPS.ip, 'neutral'), gmailDmarc(ORG, 'NONE', 'fail')],
      '02',
    ),
    zone: zoneOf('none', 'v=spf1 include:_spf.google.com ?all'),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 3. No DMARC, Gmail's spf=permerror (a broken record of the organisation's).
  emitBoth(write, {
    name: 'probe89-gmail-it-desk-no-dmarc-provider-spf-permerror',
    about: `No DMARC record; the organisation's SPF record has two "v=spf1" strings (a botched migration), so Gmail records spf=permerror for it-support@${ORG} from the VPS. Gmail, --recipient-domain. Wanted: not trusted: nothing authorises the VPS for the organisation's own envelope, and the From is the reader's own. A forger who finds the broken record picks this firm.`,
    cls: 'provider-spf',
    eml: await atGmail(
      { from: ITDESK, subject: 'Mailbox password expires today', body: PASSWD, id: '89a3' },
      VPS,
      `it-support@${ORG}`,
      [
        `spf=permerror (google.com: permanent error in processing during lookup of it-support@${ORG}: domain of ${ORG} has multiple SPF records) smtp.mailfrom=it-support@${ORG};`,
      ],
      '03',
    ),
    zone: {
      ...zoneOf(null),
      [ORG]: { TXT: ['v=spf1 include:_spf.google.com -all', 'v=spf1 ip4:192.0.2.10 -all'] },
    },
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 4. Yahoo's spf=temperror for the organisation's envelope, no DMARC.
  emitBoth(write, {
    name: 'probe89-yahoo-ceo-no-dmarc-provider-spf-temperror',
    about: `No DMARC record. The CEO forged from the VPS with his own envelope; Yahoo records spf=temperror (the organisation's DNS timed out at delivery), no DKIM, dmarc=none. Yahoo, --recipient-domain. Offline, only the provider's word; online our check fails the VPS. Wanted online: not trusted; offline: not trusted is wanted, but a temperror says nothing about the server, so unverified is the honest fallback if the lead prefers.`,
    cls: 'provider-spf',
    eml: await atYahoo(
      { from: CEO, subject: 'Wire today - confidential', body: WIRE, id: '89a4' },
      VPS,
      ceoEnv,
      [`spf=temperror smtp.mailfrom=${ORG};`, `dmarc=none header.from=${ORG};`],
    ),
    zone: zoneOf(null),
    args: YAHOO,
    expect: NOT_TRUSTED,
  });

  // 5. A forged Gmail header below the entry, the real one recording the fail.
  emitBoth(write, {
    name: 'probe89-gmail-ceo-p-none-forged-ar-below-entry',
    about: `p=none. The CEO forged from the VPS with his envelope; the sender wrote "Authentication-Results: mx.google.com; dkim=pass header.i=@${ORG}; spf=pass smtp.mailfrom=${ORG}; dmarc=pass" in his message, under Gmail's entry. Gmail's own header on top records spf=fail, dmarc=fail (p=NONE). Gmail, --recipient-domain. Wanted: not trusted (the forged header is below the entry: not the provider's).`,
    cls: 'forged-ar',
    eml: await atGmail(
      {
        from: CEO,
        subject: 'Wire today - confidential',
        body: WIRE,
        id: '89a5',
        extra: [
          `Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@${ORG} header.s=google header.b=Zm9yZ2Vk;\r\n       spf=pass (google.com: domain of ${ceoEnv} designates 209.85.220.41 as permitted sender) smtp.mailfrom=${ceoEnv};\r\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${ORG}`,
        ],
      },
      VPS,
      ceoEnv,
      [gspf(ceoEnv, VPS.ip, 'fail'), gmailDmarc(ORG, 'NONE', 'fail')],
      '05',
    ),
    zone: zoneOf('none'),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 6. The forger's own envelope passing at Gmail from his VPS.
  emitBoth(write, {
    name: 'probe89-gmail-payroll-no-dmarc-foreign-envelope-spf-pass',
    about: `No DMARC record. Payroll forged from the VPS with the forger's own envelope bounce@forger.example, whose SPF passes; Gmail records spf=pass for it, no DKIM, no dmarc=. Gmail, --recipient-domain. Wanted: not trusted (the foreign branch: another domain's envelope from a server no known ESP runs).`,
    cls: 'foreign',
    eml: await atGmail(
      { from: PAYROLL, subject: 'December payslip - action needed', body: PAY, id: '89a6' },
      VPS,
      'bounce@forger.example',
      [gspf('bounce@forger.example', VPS.ip, 'pass')],
      '06',
    ),
    zone: zoneOf(null),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 7. EOP: spf=pass for the forger's envelope, a Return-Path the sender wrote names the organisation.
  emitBoth(write, {
    name: 'probe89-outlook-ceo-no-dmarc-own-return-path-over-foreign-mailfrom',
    about: `No DMARC record. The CEO forged from the VPS with MAIL FROM bounce@forger.example (SPF passes); in his message he wrote "Return-Path: <${ceoEnv}>", which sits above the Return-Path Exchange appends at the bottom. EOP records spf=pass smtp.mailfrom=forger.example, dkim=none, dmarc=none, compauth=none. Outlook on the web, --recipient-domain. Offline, analyze.ts takes the first Return-Path as the envelope, so offlineChecks pairs EOP's pass with the organisation's domain (an aligned SPF pass). Wanted: not trusted.`,
    cls: 'return-path',
    eml: await atEop(
      {
        from: CEO,
        subject: 'Wire today - confidential',
        body: WIRE,
        id: '89a7',
        extra: [`Return-Path: <${ceoEnv}>`],
      },
      VPS,
      '<bounce@forger.example>',
      `spf=pass (sender IP is ${VPS.ip})\r\n smtp.mailfrom=forger.example; dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=${ORG};compauth=none reason=405`,
      `Pass (protection.outlook.com: domain of forger.example designates\r\n ${VPS.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${VPS.ip}; helo=${VPS.helo}; pr=C`,
    ),
    zone: zoneOf(null),
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });

  // 8. EOP, p=none: spf=fail for the organisation's own envelope.
  emitBoth(write, {
    name: 'probe89-outlook-it-desk-p-none-provider-spf-fail',
    about: `p=none. The IT desk forged from the VPS with it-support@${ORG} as envelope; EOP records spf=fail, dkim=none, dmarc=fail action=none, compauth=fail reason=001 (Exchange's layout: test/corpus/m365-shapes.ts). Outlook on the web, --recipient-domain. Wanted: not trusted.`,
    cls: 'provider-spf',
    eml: await atEop(
      { from: ITDESK, subject: 'Mailbox password expires today', body: PASSWD, id: '89a8' },
      VPS,
      `<it-support@${ORG}>`,
      `spf=fail (sender IP is ${VPS.ip})\r\n smtp.mailfrom=${ORG}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=none header.from=${ORG};compauth=fail reason=001`,
      `Fail (protection.outlook.com: domain of ${ORG} does not designate\r\n ${VPS.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${VPS.ip}; helo=${VPS.helo};`,
    ),
    zone: zoneOf('none'),
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });

  // 9. Gmail, p=reject: the provider's own dmarc=fail.
  emitBoth(write, {
    name: 'probe89-gmail-ceo-p-reject-provider-dmarc-fail',
    about: `p=reject. The CEO forged from the VPS with his envelope; Gmail records spf=fail and dmarc=fail (p=REJECT) and delivered it to spam, from where the reader opened it. Gmail, --recipient-domain. Wanted: not trusted (spoofed).`,
    cls: 'reject',
    eml: await atGmail(
      { from: CEO, subject: 'Wire today - confidential', body: WIRE, id: '89a9' },
      VPS,
      ceoEnv,
      [gspf(ceoEnv, VPS.ip, 'fail'), gmailDmarc(ORG, 'REJECT', 'fail')],
      '09',
    ),
    zone: zoneOf('reject'),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 10. Control: the CEO's genuine mail through Google Workspace, signed, p=quarantine.
  const genuine: Msg = {
    from: CEO,
    subject: 'Board pack for Thursday',
    body: 'Robin,\r\n\r\nThe board pack is in the shared drive.\r\n\r\nMarcus\r\n',
    id: '89b1',
    signers: [[ORG, 'google']],
  };
  emitBoth(write, {
    name: 'probe89-gmail-ceo-genuine-workspace-control',
    about: `Control. The CEO's genuine mail through Google Workspace (${GOOGLE.ip}), signed d=${ORG}; Gmail records dkim=pass, spf=pass, dmarc=pass (p=QUARANTINE). Gmail, --recipient-domain. Wanted: authenticated offline and online.`,
    cls: 'control',
    eml: await atGmail(
      genuine,
      GOOGLE,
      ceoEnv,
      [gmailDkim(ORG, 'google'), gmailSpf(ceoEnv, GOOGLE.ip), gmailDmarc(ORG, 'QUARANTINE')],
      '10',
    ),
    zone: zoneOf('quarantine'),
    args: GMAIL,
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
