// Red-team probes, round 150 (December 2026): exemptions that were each tested alone, stacked.
// Mapped first: lib/findings/verdict.ts excuseFor (arc-forwarded, list-modified,
// gateway-recorded-pass, changed-after-entry / key-gone-after-entry / spf-changed-after-entry,
// subject-tag-added, arc-untrusted-sealer, policy-none) and decideVerdict's order: the
// changed-after-entry shortcut to dmarc-pass comes before the hosted-server, login and
// sharedSpfOnly rows. Read against lib/findings/receiver-record.ts (vouchedBy needs our DMARC to
// fail and no aligned SPF pass; signedBeforeChange needs our pass to rest on the shared include;
// both need EOP's own record of the From's aligned DKIM pass above its entry line) and
// lib/engine/login-submission.ts (a login is only ever the entry hop's, and in Outlook that is
// EOP's frontend, never a box under the From's domain): the login row cannot meet
// changed-after-entry, and a hosted server with an aligned pass skips its row anyway, so the order
// decides only where EOP verified a signature the attacker did not make. Stacks built here, in
// Outlook (Exchange Online's record, the reader's "[EXTERNAL]" rule) and Gmail:
// - changed-after-entry + a rented cloud server: the bank's notice, edited, replayed from a VM and
//   then tagged by the reader's rule; also with the bank's key since removed (key-gone-after-entry);
// - Microsoft 365's shared include (a co-tenant) + signed-before-change: another tenant writing as
//   a Microsoft 365 bank with the bank's signature copied over new text, then tagged;
// - the co-tenant's pass + the bank's SPF since moved away (spf-changed-after-entry).
// Controls: the same senders' genuine mail, tagged by the reader's rule (SES with the bank's
// DKIM; the bank's own tenant signing selector1; the bank's key rotated away after delivery).
// Where the layouts were learnt: probe136.ts and realworld135.ts (EOP's id-less record and
// Received-SPF above its entry, SES a7-12.smtp-out.eu-west-1.amazonses.com 54.240.7.12, Microsoft
// 365 outbound 40.107.x `mail-*.outbound.protection.outlook.com` with `*-obe` HELO; the tenant's
// tag and banner after EOP's record), m365-shapes.ts for Microsoft's shared SPF include, and
// rounds-kit.ts for Amazon EC2's default names (`ec2-3-80-1-2.compute-1.amazonaws.com`). No new
// search was made this round (time): the layouts are those modules' (Microsoft Learn "Anti-spam
// message headers" as they cite it). Names and addresses are
// documentation ones except Microsoft's, Amazon's and Google's hosts and ranges; every key is the
// corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, NOT_TRUSTED, ptr, type Relay, SPOOFED, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const TW = 'tidewater.example';
const ROBIN = `robin.reader@${TW}`;
const OUT = ['--webmail', 'outlook', '--recipient-domain', TW];
const GMAIL = ['--webmail', 'gmail'];
const PASSES: CaseExpectation = { verdict: 'authenticated' };
/** Genuine mail whose signer's key is gone since: unverified is the honest answer, never worse. */
const NOT_FLAGGED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };

const relay = (name: string, ip: string, helo = name): Relay => ({ helo, rdns: name, ip });
const SES = relay('a7-12.smtp-out.eu-west-1.amazonses.com', '54.240.7.12');
const HL_EXO = relay(
  'mail-dm6nam10on2150.outbound.protection.outlook.com',
  '40.107.93.150',
  'NAM10-DM6-obe.outbound.protection.outlook.com',
);
const ATK_EXO = relay(
  'mail-mw2nam12on2150.outbound.protection.outlook.com',
  '40.107.220.150',
  'NAM12-MW2-obe.outbound.protection.outlook.com',
);
const VM = relay('ec2-3-80-1-2.compute-1.amazonaws.com', '3.80.1.2');

const NB = 'northbank.example';
const HL = 'harbourline.example';
const SES_SEL = 'nb150a7q2k';

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const BASE = {
  ...M365_SPF_ZONE,
  ...[SES, HL_EXO, ATK_EXO, VM].reduce((z, r) => Object.assign(z, ptr(r.ip, r.rdns)), {}),
  ...txt('eu-west-1.amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'),
  ...txt(NB, 'v=spf1 include:amazonses.com -all'),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'),
  ...txt(`_dmarc.${NB}`, 'v=DMARC1; p=reject'),
  ...txt(`_dmarc.${HL}`, 'v=DMARC1; p=reject'),
  ...txt(TW, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...txt(`_dmarc.${TW}`, 'v=DMARC1; p=quarantine'),
};
const ZONE = {
  ...BASE,
  ...key(NB, SES_SEL),
  ...key(HL, 'selector1'),
  ...txt(HL, 'v=spf1 include:spf.protection.outlook.com -all'),
};
/** The same world after the bank rotated its SES key away (selector no longer published). */
const KEY_GONE = {
  ...BASE,
  ...key(HL, 'selector1'),
  ...txt(HL, 'v=spf1 include:spf.protection.outlook.com -all'),
};
/** After Harbourline moved its mail off Microsoft 365 (Google Workspace now). */
const HL_MOVED = {
  ...BASE,
  ...key(NB, SES_SEL),
  ...key(HL, 'selector1'),
  ...txt(HL, 'v=spf1 include:_spf.google.com -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'),
};

const BANNER =
  'CAUTION: This email originated from outside of Tidewater. Do not click links or open attachments unless you recognize the sender and know the content is safe.\r\n\r\n';

/** The reader's tenant's transport rule after EOP's record: "[EXTERNAL]" Subject tag and banner. */
function tagged(raw: string): string {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\nSubject: /, '\r\nSubject: [EXTERNAL] ');
  if (head === raw.slice(0, at)) throw new Error('no Subject to tag');
  return `${head}\r\n\r\n${BANNER}${raw.slice(at + 4)}`;
}

const BODY =
  'Dear customer,\r\n\r\nyour statement for November is ready in online banking.\r\nPayments remain due to IBAN GB29 NWBK 6016 1331 9268 19.\r\n\r\nCustomer Service\r\n';
/** The attacker's change: new bank details. */
const edit = (raw: string) => raw.replace('GB29 NWBK 6016 1331 9268 19', 'GB94 BARC 2003 1870 4427 10');

function notice(from: string, signers: [string, string][], id: string): Promise<string> {
  return signAll(
    submitted({
      from,
      to: `Robin Reader <${ROBIN}>`,
      subject: 'Your November statement',
      date: SENT,
      messageId: `<0102019360a1b2c3-${id}-150@eu-west-1.amazonses.com>`,
      body: BODY,
    }),
    signers,
  );
}

/** EOP's id-less record above its entry. */
const eopAr = (
  ip: string,
  spf: string,
  mailfrom: string,
  dkim: string,
  d: string,
  dmarc: string,
  from: string,
) =>
  `spf=${spf} (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=${dkim}\r\n header.d=${d};dmarc=${dmarc} action=${dmarc === 'pass' ? 'none' : 'oreject'}\r\n header.from=${from};compauth=${dmarc === 'pass' ? 'pass reason=100' : 'fail reason=000'}`;
const DKIM_OK = 'pass (signature was verified)';
const DKIM_BAD = 'fail (body hash did not verify)';
const receivedSpf = (result: string, mailfrom: string, r: Relay) =>
  `${result} (protection.outlook.com: domain of ${mailfrom} ${result === 'Pass' ? 'designates' : 'does not designate'}\r\n ${r.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${r.ip}; helo=${r.helo}; pr=C`;

const SES_ENV = '0102019360a1b2c3-9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d-000000@eu-west-1.amazonses.com';

// None pending: every stack read as wanted. Noted for the lead: with the selector removed, a
// tagged genuine notice reads authenticated through changed-after-entry, not key-gone-after-entry
// (mailauth checks the body hash before it fetches the key, so the cause is body-hash-mismatch):
// EOP's record of the pass still stands behind it, which is what changed-after-entry means.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const nbFrom = `Northbank <statements@${NB}>`;
  const nb = await notice(nbFrom, [[NB, SES_SEL]], 'nb');
  const one = (
    name: string,
    c: {
      about: string;
      args: string[];
      eml: string;
      zone?: object;
      expect: CaseExpectation;
      cls: string;
      twin?: boolean;
    },
  ) =>
    emitCase(write, {
      name: `probe150-${name}`,
      class: `probe150-${c.cls}`,
      about: c.about,
      args: c.args,
      eml: c.eml,
      zone: (c.zone ?? ZONE) as Record<string, unknown>,
      expect: c.expect,
      ...(c.twin ? { twin: true } : {}),
    });

  // --- Stack: changed-after-entry + a rented cloud server (hosted-server row comes later).
  const sesGenuine = eopDelivery(nb, {
    ip: SES.ip,
    helo: SES.helo,
    ar: eopAr(SES.ip, 'pass', 'eu-west-1.amazonses.com', DKIM_OK, NB, 'pass', NB),
    spf: receivedSpf('Pass', 'eu-west-1.amazonses.com', SES),
    returnPath: SES_ENV,
    frontend: 'MW2PEPF00001500',
  });
  one('ses-bank-tagged-genuine', {
    cls: 'control',
    about: `Genuine control: ${NB}'s notice from Amazon SES signed d=${NB}; EOP records dkim=pass and dmarc=pass above its entry, then the reader's rule tags "[EXTERNAL]" and adds a banner. Wanted: authenticated (changed-after-entry).`,
    args: OUT,
    eml: tagged(sesGenuine),
    expect: PASSES,
  });
  one('ses-bank-tagged-key-gone-genuine', {
    cls: 'control',
    about: `Genuine control: the same tagged notice read after ${NB} removed its SES selector. EOP's own record says it passed; nothing here can check it any more: unverified is honest (key-gone-after-entry), never spoofed or suspicious.`,
    args: OUT,
    eml: tagged(sesGenuine),
    zone: KEY_GONE,
    expect: NOT_FLAGGED,
  });

  const vmReplay = eopDelivery(edit(nb), {
    ip: VM.ip,
    helo: VM.helo,
    ar: eopAr(VM.ip, 'fail', NB, DKIM_BAD, NB, 'fail', NB),
    spf: receivedSpf('Fail', NB, VM),
    returnPath: `statements@${NB}`,
    frontend: 'MW2PEPF00001501',
  });
  one('vm-edited-replay-tagged', {
    cls: 'cloud-replay',
    about: `Attack: the bank's genuine SES notice with new bank details, replayed from an EC2 VM with envelope ${NB}; EOP records the body hash failing and DMARC failing, then the reader's rule tags it. Stacks the tag (changed-after-entry's premise) on a hosted server. Wanted: spoofed.`,
    args: OUT,
    eml: tagged(vmReplay),
    expect: SPOOFED,
  });
  one('vm-edited-replay-tagged-key-gone', {
    cls: 'cloud-replay',
    about: `Attack: the same edited replay read after ${NB} rotated the selector away: our check now finds the key missing (key-gone-after-entry's premise), but EOP recorded the failure. Wanted: not trusted.`,
    args: OUT,
    eml: tagged(vmReplay),
    zone: KEY_GONE,
    expect: NOT_TRUSTED,
  });
  one('vm-edited-replay-gmail', {
    cls: 'cloud-replay',
    about:
      'Attack: the edited replay from the EC2 VM read in Gmail, which records the body hash failing (neutral) and DMARC failing. Wanted: spoofed.',
    args: GMAIL,
    eml: gmailDelivery(edit(nb), {
      relay: VM,
      envelope: `statements@${NB}`,
      results: [
        gmailDkim(NB, SES_SEL, 'neutral (body hash did not verify)'),
        gmailSpf(`statements@${NB}`, VM.ip, 'fail'),
        gmailDmarc(NB, 'REJECT', 'fail'),
      ].join('\r\n       '),
      ids: ['x150csp1pxa', 'a150si1qtb.150'],
      spf: 'fail',
      deliveredTo: true,
      to: 'robin.reader@gmail.com',
    }),
    expect: SPOOFED,
    twin: true,
  });

  // --- Stack: Microsoft 365's shared include (a co-tenant) + the tenant's tag after EOP.
  const hlFrom = `Harbourline Treasury <treasury@${HL}>`;
  const hl = await notice(hlFrom, [[HL, 'selector1']], 'hl');
  const hlGenuine = eopDelivery(hl, {
    ip: HL_EXO.ip,
    helo: HL_EXO.helo,
    ar: eopAr(HL_EXO.ip, 'pass', HL, DKIM_OK, HL, 'pass', HL),
    spf: receivedSpf('Pass', HL, HL_EXO),
    returnPath: `treasury@${HL}`,
    frontend: 'MW2PEPF00001502',
  });
  one('m365-bank-tagged-genuine', {
    cls: 'control',
    about: `Genuine control: ${HL} on Microsoft 365 signs with selector1; EOP records SPF, DKIM and DMARC passing; the reader's rule tags it. Wanted: authenticated (signed-before-change).`,
    args: OUT,
    eml: tagged(hlGenuine),
    expect: PASSES,
  });
  const cotenant = eopDelivery(edit(hl), {
    ip: ATK_EXO.ip,
    helo: ATK_EXO.helo,
    ar: eopAr(ATK_EXO.ip, 'pass', HL, DKIM_BAD, HL, 'pass', HL),
    spf: receivedSpf('Pass', HL, ATK_EXO),
    returnPath: `treasury@${HL}`,
    frontend: 'MW2PEPF00001503',
  });
  one('cotenant-copied-sig-tagged', {
    cls: 'cotenant',
    about: `Attack: another Microsoft 365 tenant writes as ${HL} (envelope ${HL}: the shared include passes) with ${HL}'s genuine signature copied over new bank details; EOP records dkim=fail but spf and dmarc pass; the reader's rule then tags it. Stacks the shared-include pass on the tag exemption. Wanted: not trusted.`,
    args: OUT,
    eml: tagged(cotenant),
    expect: NOT_TRUSTED,
  });
  one('cotenant-copied-sig-tagged-hl-moved', {
    cls: 'cotenant',
    about: `Attack: the same co-tenant forgery read after ${HL} moved its SPF to Google: our SPF check now fails, EOP's record still shows SPF and DMARC passing (spf-changed-after-entry's premise), and the copied signature fails. Wanted: not trusted (a failing aligned signature is there).`,
    args: OUT,
    eml: tagged(cotenant),
    zone: HL_MOVED,
    expect: NOT_TRUSTED,
  });
  one('m365-bank-tagged-hl-moved-genuine', {
    cls: 'control',
    about: `Genuine control: ${HL}'s own signed, tagged notice read after it moved its SPF to Google: its signature was verified at entry (changed-after-entry). Wanted: authenticated.`,
    args: OUT,
    eml: tagged(hlGenuine),
    zone: HL_MOVED,
    expect: PASSES,
  });
  const hlRotated = { ...BASE, ...key(NB, SES_SEL), ...txt(HL, 'v=spf1 include:_spf.google.com -all') };
  one('m365-bank-tagged-key-and-spf-gone-genuine', {
    cls: 'control',
    about: `Genuine control: ${HL}'s tagged notice read after it moved to Google and removed selector1: EOP's record is all that is left (key-gone-after-entry). Unverified is honest; never spoofed or suspicious.`,
    args: OUT,
    eml: tagged(hlGenuine),
    zone: hlRotated,
    expect: NOT_FLAGGED,
  });
  one('cotenant-copied-sig-tagged-key-and-spf-gone', {
    cls: 'cotenant',
    about: `Attack: the co-tenant's copied-signature forgery read after ${HL} moved away and removed selector1: our check finds the key missing (key-gone-after-entry's premise) and SPF failing (spf-changed-after-entry's), EOP recorded SPF and DMARC passing but the signature failing. Wanted: not trusted.`,
    args: OUT,
    eml: tagged(cotenant),
    zone: hlRotated,
    expect: NOT_TRUSTED,
  });
}
