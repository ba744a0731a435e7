// Red-team probes, fifty-first round (December 2026): what round 50 did not reach, by a sender who
// has read lib/ and wants an unsigned forgery of northbank.example (DMARC p=reject) read
// authenticated or unverified.
// - lib/auth/authresults.ts heloWrites guards only the receiver's own entry line. A trusted
//   gateway's results (lib/auth/gateway-results.ts gatewayAuthResults, placed between the box's
//   entry line and the gateway's own Received line) are read with no HELO taint: a Postfix filter
//   running policyd-spf in AR mode copies the client's HELO raw after smtp.helo=, so a HELO
//   `x;dmarc=pass header.from=northbank.example` writes a DMARC pass into the gateway's own header.
//   Postfix accepts such a HELO (reject_invalid_helo_hostname is not in its defaults).
// - lib/findings/arc-record.ts sealerRecord: a forwarder the reader trusts (--trust-forwarder) seals
//   its ARC-Authentication-Results from the same policyd-spf header (OpenARC copies what was written
//   under its AuthservID), and the Gmail profile's taint reads only Gmail's entry line, about the
//   forwarder. Held beside it: rspamd on the forwarder copying an RFC 5321 address literal into the
//   record it seals (lib/auth/authresults-syntax.ts, the second reading).
// - The Outlook profile: the same filter in front of Exchange Online, whose entry line prints the
//   filter's address bare, "(203.0.113.20)".
// Gmail's and EOP's blocks as test/corpus/receivers.ts and m365-shapes.ts write them; Gmail's arc=pass
// comment "(i=1 spf=… dkim=… dmarc=… fromdomain=…)" as Gmail prints it for a sealed forward.
// Layouts: Postfix's Received line (postfix smtpd_peer.c, as test/corpus/messages.ts received()
// prints it); policyd-spf's AR mode (spf-engine's spf_engine/__init__.py) as probe47/probe50; the
// trusted-gateway layout as probe43. Names and addresses are documentation ones.

import { signCorpus } from '../../helpers/corpus';
import { ATTACKER_IP, AUTHENTICATED, BANK, BANK_IP, BANK_KEY, NOT_TRUSTED, RECEIVER, SPOOFED } from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the fifty-first round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read authenticated online (provider-disagreement, low; gateway-trusted), wanted spoofed. The
  // trusted gateway's policyd-spf header, placed between the box's entry line and the gateway's own
  // line, holds the HELO's "dmarc=pass header.from=northbank.example" as the gateway's own result;
  // lib/auth/gateway-results.ts gatewayAuthResults reads it with no HELO taint (lib/auth/authresults.ts
  // heloWrites guards only the receiver's entry line), and the gateway's "proven" pass outweighs our
  // failing re-check as a provider that judged at delivery. Offline the box's own dmarc=fail still
  // wins (case 1 offline holds). Fix (proposed): export heloWrites and, in gatewayAuthResults, run it
  // on the gateway's Received line about its client (received[sender], hops[sender].ip); when it
  // fires, keep only the non-pass results of the gateway's headers and mark them malformed, as
  // authresults.ts does for the entry. Risk: none seen for genuine mail (a real HELO holds no ';',
  // ')', '"', '\\'; Cisco/qmail "(HELO name)" is already allowed by heloWrites); a gateway whose line
  // prints no client [ip] falls back to the text before the first "(", as today.
  // Fixed at 23:3x on 2026-12-04 (lib/auth/gateway-results.ts gatewayAuthResults, lib/auth/helo-taint.ts:
  // the gateway's line about its client is read for the HELO taint too): probe51-trusted-gateway-policyd-spf-helo-injects-dmarc-pass-online reads spoofed.
  // Read authenticated offline and online (gateway-trusted; online also provider-disagreement),
  // wanted not trusted / spoofed: the same injected gateway header in front of Exchange Online. EOP's
  // own dmarc=fail at the filter's address is set aside as the gateway's (gatewayJudged) and the
  // gateway's injected pass stands. Same rule (gatewayAuthResults, no HELO taint) and fix.
  // After the gateway fix (the lead, 23:3x): reads unverified offline, kept pending: the gateway's
  // header holds no pass of its own once the HELO's is dropped, and EOP's fail at the gateway's
  // address is the gateway's (gatewayJudged); offline nothing else decides.
  'probe51-outlook-trusted-gateway-policyd-spf-helo-injects-dmarc-pass-offline',
  // Fixed at 23:3x on 2026-12-04 (lib/auth/gateway-results.ts gatewayAuthResults, lib/auth/helo-taint.ts:
  // the gateway's line about its client is read for the HELO taint too): probe51-outlook-trusted-gateway-policyd-spf-helo-injects-dmarc-pass-online reads spoofed.
  // Read unverified offline and online (arc-forwarded: "the forwarder, whose record is trusted, saw it
  // pass for northbank.example"), wanted spoofed. The trusted forwarder's ARC-Authentication-Results
  // is OpenARC's copy of policyd-spf's header, the attacker's HELO "x;dmarc=pass header.from=…" raw
  // after smtp.helo=; lib/findings/arc-record.ts sealerRecord (passFor) reads that dmarc=pass as the
  // forwarder's. Fix (proposed): in sealerRecord, find the forwarder's own Received line about its
  // client (the first Received below ARC set i, by a host of the sealer's organisation) and run
  // heloWrites on it; when it fires, the record's passes are not taken (its failures still are, and
  // "said" still shows the record). Risk: a genuine forward whose client's HELO held such a
  // character (none seen) would read spoofed instead of unverified under p=reject; a forwarder's line
  // that cannot be found keeps today's reading.
  // Kept pending (the lead, 23:3x): the forwarder's sealed record is not read for its client's HELO
  // yet (lib/findings/arc-record.ts sealerRecord); the fix needs the forwarder's own Received line
  // about its client, found under its ARC set. Reads unverified (the forwarding excuse), not authenticated.
  // Fixed at 00:1x on 2026-12-05 (lib/findings/arc-record.ts sealerRecord, clientHeloWrites: the
  // forwarder's own line about its client is read for the HELO taint): probe51-gmail-trusted-forwarder-aar-helo-injects-dmarc-pass-offline reads spoofed.
  // Fixed at 00:1x on 2026-12-05 (lib/findings/arc-record.ts sealerRecord, clientHeloWrites: the
  // forwarder's own line about its client is read for the HELO taint): probe51-gmail-trusted-forwarder-aar-helo-injects-dmarc-pass-online reads spoofed.
]);

type Case = {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone?: object;
  args: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    ...(c.zone ? { zone: c.zone as Record<string, unknown> } : {}),
    meta: { about: c.about, class: `probe51-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const READER = 'Robin Reader <robin@reader.example>';
const ATTACKER = 'attacker.example';
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const ZONE = { ...BANK, [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } };
const INJECT_HELO = 'x;dmarc=pass header.from=northbank.example';

const lure = () =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to: READER,
    subject: 'Mandatory: re-enrol your token today',
    body: 'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
  });

// --- 1. A trusted gateway's own header, written from the client's HELO ------------------------------

const GW = { helo: 'gw1.filter.reader.example', rdns: 'gw1.filter.reader.example', ip: '203.0.113.20' };
const GW_ARGS = ['--authserv-id', RECEIVER, '--trust-gateway', `${GW.ip}/32`];

/** policyd-spf on the gateway (Header_Type = AR): the HELO copied raw after smtp.helo=. */
const gwPolicydSpf = (result: string, helo: string, ip: string, envelope: string) =>
  `Authentication-Results: ${GW.helo}; spf=${result} (${result === 'none' ? 'no SPF record' : 'sender SPF authorized'}) smtp.${envelope === '<>' ? `helo=${helo}` : `mailfrom=${envelope}`}\r\n (client-ip=${ip}; helo=${helo}; envelope-from=${envelope}; receiver=robin@reader.example)`;

/** The box's own header: SPF at the gateway's address, DMARC on it. */
const boxAtGateway = (envelope: string, dkim = 'dkim=none', dmarc = 'fail') =>
  `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=${envelope === '<>' ? 'none' : 'fail'} (${RECEIVER}: ${envelope === '<>' ? 'null sender' : `domain of ${envelope} does not designate ${GW.ip} as permitted sender`}) smtp.${envelope === '<>' ? `helo=${GW.helo}` : `mailfrom=${envelope}`};\r\n\tdmarc=${dmarc} (policy=reject) header.from=northbank.example`;

/** The box's delivery from the gateway, the gateway's own header(s) and line below it. */
const behindGateway = (raw: string, envelope: string, gwHeaders: string[], gwLine: string, boxAr: string) =>
  onTop(
    raw,
    `Return-Path: ${envelope === '<>' ? '<>' : `<${envelope}>`}`,
    boxAr,
    received({ ...GW, by: RECEIVER, id: '4ZrT2h0560', for: 'robin@reader.example', date: D(6) }),
    ...gwHeaders,
    gwLine,
  );

const attackerAtGateway = (helo: string) =>
  received({
    helo,
    rdns: `mail.${ATTACKER}`,
    ip: ATTACKER_IP,
    by: GW.helo,
    id: '4ZrT2h0561',
    for: 'robin@reader.example',
    date: D(4),
  });

async function gatewayHelo(write: CaseWriter): Promise<void> {
  const what = `The reader trusts its own Postfix filter ${GW.helo} (--trust-gateway ${GW.ip}/32) in front of its Postfix box. The filter runs policyd-spf (Header_Type = AR) and no DMARC check. The attacker connects to the filter from ${ATTACKER_IP}, greets "EHLO ${INJECT_HELO}" (Postfix takes any HELO unless reject_invalid_helo_hostname is set), MAIL FROM:<>, and sends the unsigned lure as security@northbank.example. policyd-spf writes "Authentication-Results: ${GW.helo}; spf=none … smtp.helo=${INJECT_HELO}": a well-formed dmarc=pass for the bank under the gateway's own name, placed where only the gateway writes. The box behind (OpenDMARC) records dmarc=fail at the gateway's address, which gatewayJudged makes a low note`;
  const eml = behindGateway(
    lure(),
    '<>',
    [gwPolicydSpf('none', INJECT_HELO, ATTACKER_IP, '<>')],
    attackerAtGateway(INJECT_HELO),
    boxAtGateway('<>'),
  );
  emit(write, {
    name: 'probe51-trusted-gateway-policyd-spf-helo-injects-dmarc-pass-offline',
    about: `${what}. Offline. Wanted: not trusted (the gateway's pass is the HELO's text; the box's fail is the only DMARC word left)`,
    cls: 'gateway-helo',
    eml,
    args: GW_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe51-trusted-gateway-policyd-spf-helo-injects-dmarc-pass-online',
    about: `${what}. Online: no signature, the null sender's HELO has no SPF; our DMARC check at the server behind the gateway (${ATTACKER_IP}) fails. Wanted: spoofed`,
    cls: 'gateway-helo',
    eml,
    zone: ZONE,
    args: GW_ARGS,
    expect: SPOOFED,
  });
  const signed = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: READER,
      subject: 'A new message in your online banking',
      body: 'Dear customer,\r\n\r\nyou have a new message in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1' },
  );
  emit(write, {
    name: 'probe51-trusted-gateway-policyd-spf-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice from ${BANK_IP} (EHLO mail.northbank.example, MAIL FROM:<bounce@northbank.example>) through the same trusted filter: policyd-spf's spf=pass for the bank's envelope under the gateway's name, and the box's dkim=pass, spf=fail at the gateway's address, dmarc=pass on the signature. Offline. Wanted: authenticated`,
    cls: 'gateway-helo',
    eml: behindGateway(
      signed,
      'bounce@northbank.example',
      [gwPolicydSpf('pass', 'mail.northbank.example', BANK_IP, 'bounce@northbank.example')],
      received({
        helo: 'mail.northbank.example',
        rdns: 'mail.northbank.example',
        ip: BANK_IP,
        by: GW.helo,
        id: '4ZrT2h0562',
        for: 'robin@reader.example',
        date: D(4),
      }),
      boxAtGateway(
        'bounce@northbank.example',
        'dkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz',
        'pass',
      ),
    ),
    args: GW_ARGS,
    expect: AUTHENTICATED,
  });
}

// --- 2. A trusted forwarder's ARC record, written from the client's HELO or envelope ---------------

const FWD = { helo: 'fwd.alumni.example', rdns: 'fwd.alumni.example', ip: '203.0.113.40' };
const GMAIL_ARGS = ['--webmail', 'gmail', '--trust-forwarder', 'alumni.example'];
const FWD_ZONE = {
  ...ZONE,
  ...keyZone(['arc._domainkey.alumni.example']),
  'alumni.example': { TXT: [`v=spf1 ip4:${FWD.ip} -all`] },
  'fwd.alumni.example': { A: [FWD.ip], TXT: [`v=spf1 ip4:${FWD.ip} -all`] },
};

/**
 * robin@alumni.example forwarded to Gmail by the alumni office's Postfix box (policyd-spf in AR
 * mode, OpenARC sealing as alumni.example with AuthservID fwd.alumni.example): the forwarder's
 * own line about the client and its header(s), sealed, then Gmail's delivery from the forwarder.
 */
async function forwardedToGmail(opts: {
  raw: string;
  clientLine: string;
  fwdAr: string[];
  aar: string;
  envelope: string;
  gmail: string;
  ids: [string, string];
}): Promise<string> {
  const atForwarder = onTop(opts.raw, ...opts.fwdAr, opts.clientLine);
  const sealed = await sealCorpus(atForwarder, {
    domain: 'alumni.example',
    cv: 'none',
    authResults: opts.aar,
  });
  return gmailDelivery(sealed, {
    relay: FWD,
    envelope: opts.envelope,
    results: opts.gmail,
    ids: opts.ids,
    deliveredTo: true,
  });
}

async function forwarderRecord(write: CaseWriter): Promise<void> {
  const clientLine = (helo: string, ip: string, rdns: string) =>
    received({ helo, rdns, ip, by: FWD.helo, id: '4ZrT2h0570', for: 'robin@alumni.example', date: D(3) });
  const heloAr = `Authentication-Results: ${FWD.helo}; spf=none (no SPF record) smtp.helo=${INJECT_HELO}\r\n (client-ip=${ATTACKER_IP}; helo=${INJECT_HELO}; envelope-from=<>; receiver=robin@alumni.example)`;
  const gmailAtForwarder = (arc: string, dkim: string, dmarc: string) =>
    `${arc};\r\n       ${dkim}spf=pass (google.com: domain of postmaster@${FWD.helo} designates ${FWD.ip} as permitted sender) smtp.helo=${FWD.helo};\r\n       dmarc=${dmarc} (p=REJECT sp=REJECT dis=${dmarc === 'pass' ? 'NONE' : 'QUARANTINE'}) header.from=northbank.example`;
  const heloEml = await forwardedToGmail({
    raw: lure(),
    clientLine: clientLine(INJECT_HELO, ATTACKER_IP, `mail.${ATTACKER}`),
    fwdAr: [heloAr],
    aar: `${FWD.helo}; spf=none (no SPF record) smtp.helo=${INJECT_HELO}`,
    envelope: '',
    gmail: gmailAtForwarder('arc=pass (i=1 spf=none)', '', 'fail'),
    ids: ['x12csp51a1', 'a1si51a1qtb.41'],
  });
  const what = `The reader forwards robin@alumni.example to Gmail and trusts the alumni office's forwarder (--webmail gmail --trust-forwarder alumni.example). Its Postfix box runs policyd-spf (Header_Type = AR) and OpenARC, whose ARC-Authentication-Results copies the Authentication-Results under its AuthservID. The attacker greets it "EHLO ${INJECT_HELO}" from ${ATTACKER_IP} (Postfix takes any HELO by default), MAIL FROM:<>, the unsigned lure as security@northbank.example; policyd-spf copies the HELO raw after smtp.helo=, OpenARC seals "i=1; ${FWD.helo}; spf=none … smtp.helo=x;dmarc=pass header.from=northbank.example". Gmail: arc=pass, dmarc=fail (p=REJECT, dis=QUARANTINE: the spam folder, where the reader opens it). The heloWrites taint reads only Gmail's entry line, about the forwarder`;
  emit(write, {
    name: 'probe51-gmail-trusted-forwarder-aar-helo-injects-dmarc-pass-offline',
    about: `${what}. Offline (the provider's arc=pass stands for the chain). Wanted: spoofed (the forwarder's record of a DMARC pass is the sender's HELO; Gmail's fail stands)`,
    cls: 'forwarder-aar',
    eml: heloEml,
    args: GMAIL_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe51-gmail-trusted-forwarder-aar-helo-injects-dmarc-pass-online',
    about: `${what}. Online: the chain verifies under alumni.example's ARC key; no signature from the bank, our DMARC check fails. Wanted: spoofed`,
    cls: 'forwarder-aar',
    eml: heloEml,
    zone: FWD_ZONE,
    args: GMAIL_ARGS,
    expect: SPOOFED,
  });
  // rspamd on the forwarder (its own ARC module seals what it wrote) copies the envelope raw into
  // its SPF comment and smtp.mailfrom=: an RFC 5321 address literal carrying ";dmarc=pass …".
  const LITERAL = 'bounce@[x:y;dmarc=pass;header.from=northbank.example]';
  const rspamdAar = `${FWD.helo};\r\n\tdkim=none;\r\n\tspf=none (${FWD.helo}: domain of ${LITERAL} has no SPF policy when checking ${ATTACKER_IP}) smtp.mailfrom=${LITERAL};\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)`;
  const literalEml = await forwardedToGmail({
    raw: onTop(lure(), 'X-Spam: Yes'),
    clientLine: clientLine(`mail.${ATTACKER}`, ATTACKER_IP, `mail.${ATTACKER}`),
    fwdAr: [`Authentication-Results: ${rspamdAar}`],
    aar: rspamdAar,
    envelope: 'SRS0=k3Xa=TQ=x:y=bounce@alumni.example',
    gmail: gmailAtForwarder('arc=pass (i=1 spf=none dmarc=fail fromdomain=northbank.example)', '', 'fail'),
    ids: ['x12csp51b1', 'a1si51b1qtb.42'],
  });
  emit(write, {
    name: 'probe51-gmail-trusted-forwarder-rspamd-aar-address-literal-held-offline',
    about: `Held (the recovery reading on a forwarder's record): the same trusted forwarder running rspamd, which seals its own results as ARC. The attacker sends MAIL FROM:<${LITERAL}> (an RFC 5321 general address literal; Postfix takes it with its default strict_rfc821_envelopes = no) and the unsigned lure; rspamd copies the envelope raw into its SPF comment and smtp.mailfrom=, beside its own dmarc=fail, and seals it. The strict reading holds the literal's dmarc=pass beside the receiver's fail; the second reading keeps the literal whole. Gmail: arc=pass, dmarc=fail. Offline. Wanted: spoofed`,
    cls: 'forwarder-aar',
    eml: literalEml,
    args: GMAIL_ARGS,
    expect: SPOOFED,
  });
  // Control: the bank's genuine signed notice through the same forwarder, which adds its footer.
  const signed = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: 'Robin Reader <robin@alumni.example>',
      subject: 'A new message in your online banking',
      body: 'Dear customer,\r\n\r\nyou have a new message in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1' },
  );
  const footered = `${signed}\r\n--\r\nForwarded by the Alumni Office mail service: https://alumni.example/mail\r\n`;
  const bankAar = `${FWD.helo}; dkim=pass (2048-bit key; unprotected) header.d=northbank.example header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz; spf=pass (sender SPF authorized) smtp.mailfrom=northbank.example; dmarc=pass (p=reject dis=none) header.from=northbank.example`;
  emit(write, {
    name: 'probe51-gmail-trusted-forwarder-bank-signed-footer-control-offline',
    about: `Control: the bank's genuine signed notice from ${BANK_IP} (MAIL FROM:<bounce@northbank.example>) to robin@alumni.example; the forwarder records dkim=pass, spf=pass, dmarc=pass (OpenDKIM, policyd-spf, OpenDMARC), seals them, appends its footer (the bank's body hash breaks) and forwards with an SRS envelope. Gmail: arc=pass, dkim=neutral (body hash did not verify), dmarc=fail. Offline. Wanted: unverified (the trusted forwarder's sealed record, which HeaderLens reports and does not call proof: arc-forwarded), never spoofed`,
    cls: 'forwarder-aar',
    eml: await forwardedToGmail({
      raw: footered,
      clientLine: clientLine('mail.northbank.example', BANK_IP, 'mail.northbank.example'),
      fwdAr: [`Authentication-Results: ${bankAar}`],
      aar: bankAar,
      envelope: 'SRS0=Vb2k=TQ=northbank.example=bounce@alumni.example',
      gmail: gmailAtForwarder(
        'arc=pass (i=1 spf=pass spfdomain=northbank.example dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example)',
        'dkim=neutral (body hash did not verify) header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       ',
        'fail',
      ),
      ids: ['x12csp51c1', 'a1si51c1qtb.43'],
    }),
    args: GMAIL_ARGS,
    expect: { verdict: 'unverified' },
  });
}

// --- 3. The same gateway in front of Exchange Online (Outlook profile) ------------------------------

const OUTLOOK_GW_ARGS = ['--webmail', 'outlook', '--trust-gateway', `${GW.ip}/32`];

async function outlookGateway(write: CaseWriter): Promise<void> {
  const eml = eopDelivery(lure(), {
    ip: GW.ip,
    helo: GW.helo,
    ar: `spf=none (sender IP is ${GW.ip})\r\n smtp.helo=${GW.helo}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject header.from=northbank.example;compauth=fail\r\n reason=000`,
    spf: `None (protection.outlook.com: ${GW.helo} does not designate permitted sender\r\n hosts)`,
    returnPath: '<>',
    below: [gwPolicydSpf('none', INJECT_HELO, ATTACKER_IP, '<>'), attackerAtGateway(INJECT_HELO)],
  });
  const what = `The reader's Microsoft 365 tenant takes its mail through its own Postfix filter ${GW.helo} (MX on the filter, an inbound connector from ${GW.ip}; the reader trusts it: --webmail outlook --trust-gateway ${GW.ip}/32). The filter runs policyd-spf (Header_Type = AR). The attacker greets the filter "EHLO ${INJECT_HELO}" from ${ATTACKER_IP}, MAIL FROM:<>, the unsigned lure; policyd-spf writes the HELO raw under ${GW.helo}, a well-formed dmarc=pass for the bank. EOP's entry line prints the filter's address bare, "(${GW.ip})", and its Authentication-Results records dmarc=fail action=oreject at the filter's address (a transport rule for the connector lets it through)`;
  emit(write, {
    name: 'probe51-outlook-trusted-gateway-policyd-spf-helo-injects-dmarc-pass-offline',
    about: `${what}. Offline. Wanted: not trusted`,
    cls: 'outlook-gateway-helo',
    eml,
    args: OUTLOOK_GW_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe51-outlook-trusted-gateway-policyd-spf-helo-injects-dmarc-pass-online',
    about: `${what}. Online: our DMARC check at ${ATTACKER_IP}, the server behind the filter, fails. Wanted: spoofed`,
    cls: 'outlook-gateway-helo',
    eml,
    zone: ZONE,
    args: OUTLOOK_GW_ARGS,
    expect: SPOOFED,
  });
  const signed = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: READER,
      subject: 'Your card was used abroad',
      body: 'Dear customer,\r\n\r\nyour card ending 4417 was used in Lisbon today.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1' },
  );
  emit(write, {
    name: 'probe51-outlook-trusted-gateway-bank-signed-control-online',
    about: `Control: the bank's genuine signed notice from ${BANK_IP} (MAIL FROM:<bounce@northbank.example>) through the same filter into Exchange Online: policyd-spf's spf=pass under ${GW.helo}; EOP records spf=fail at the filter's address, dkim=pass, dmarc=pass. Online: the bank's signature verifies. Wanted: authenticated`,
    cls: 'outlook-gateway-helo',
    eml: eopDelivery(signed, {
      ip: GW.ip,
      helo: GW.helo,
      ar: `spf=fail (sender IP is ${GW.ip})\r\n smtp.mailfrom=northbank.example; dkim=pass (signature was verified)\r\n header.d=northbank.example;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`,
      spf: `Fail (protection.outlook.com: domain of northbank.example does not designate\r\n ${GW.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${GW.ip}; helo=${GW.helo};`,
      returnPath: '<bounce@northbank.example>',
      below: [
        gwPolicydSpf('pass', 'mail.northbank.example', BANK_IP, 'bounce@northbank.example'),
        received({
          helo: 'mail.northbank.example',
          rdns: 'mail.northbank.example',
          ip: BANK_IP,
          by: GW.helo,
          id: '4ZrT2h0563',
          for: 'robin@reader.example',
          date: D(4),
        }),
      ],
    }),
    zone: { ...ZONE, ...BANK_KEY },
    args: OUTLOOK_GW_ARGS,
    expect: AUTHENTICATED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await gatewayHelo(write);
  await forwarderRecord(write);
  await outlookGateway(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
