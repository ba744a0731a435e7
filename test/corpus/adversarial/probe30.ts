// Red-team probes, thirtieth round (December 2026): the rules committed after 14:00 on 2026-12-04.
// - lib/engine/login-submission.ts loginSubmission boxRelay (578c7a3): a line above the login whose address is
//   public and whose reverse name OR HELO is the login's box is "the box handing on to the MX".
//   The HELO is the client's own word, and the reverse name is the client's own PTR unless the
//   receiver confirmed it. An outsider connects to the firm's MX from his own address greeting as
//   the firm's submission host and writes the colleague's login line below: CEO fraud. Holds: the
//   walk passes a hop as the receiver's own only once its reverse name is forward-confirmed, so the
//   attacker's hop is the origin and boxRelay is never asked (online, without --authserv-id,
//   offline, on AWS).
// - lib/relay/esp-evidence.ts platformOfSpfTerm + lib/engine/relay-facts.ts spfTermOf (c7cfb1f): on
//   a hosting network a platform d= counts when SPF passed at an ip4/ip6/a/mx term inside the
//   platform's own record. Nothing asks how much of the cloud that term covers: a platform that
//   lists its cloud region's block (ip4:3.120.0.0/14) makes every VM in the region "the platform",
//   and a DKIM replay of the bank's platform mail from any of them reads authenticated.
// - lib/engine/lookalike-twin.ts twinSendsBySpf (c7cfb1f): the IDN's "include:<twin>" reaching a
//   term the twin lists by ip4: ties the twin even when that term is a shared platform's space
//   copied into the twin's record (Google's 209.85.128.0/17): the attacker's own Workspace relay.
// - Controls: the genuine separate submission host (rw31), the outsider greeting with his own name,
//   probe27's own ip4 beside the platform include, and the twin reached through include:_spf.google.com.
// Read, no new case: listserv.ts Majordomo/Lyris (a list name restores only with a signature that
// verifies in full: a bank spoof still needs the bank's key, as List-Id already did); wide-words.ts
// + ebcdic-pages.ts (a byte iconv refuses is dropped by both HeaderLens and Roundcube alike, so the
// reader and the reader's tool see the same text; probe29's controls stand).

import { domainToASCII } from 'node:url';
import { ATTACKER_IP, AWS_IP, KEY, ptr, RECEIVER, SIGNED, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirtieth round's report). Each: what it reads, what it should, which rule,
 * the fix proposed and its risk.
 */
// Fixed at 14:3x on 2026-12-04 (all four now in the corpus): only a narrow SPF address term (/24,
// /48 or longer: lib/relay/narrow-term.ts) is evidence of who sent. On a hosting network an SPF
// pass through a broader block names no platform, by envelope or signature (lib/relay/
// esp-evidence.ts); a twin's copied cloud block ties nothing (lib/engine/lookalike-twin.ts).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const FIRM = 'reader.example';
const SMTP = { name: `smtp.${FIRM}`, ip: '203.0.113.26' };
const CEO = 'Dana Okafor (CEO) <ceo@reader.example>';
const ARGS_MX = ['--authserv-id', RECEIVER];
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const HOME = 'dsl-198-51-100-23.isp.example';
const HOME_IP = '198.51.100.23';

/** The firm as rw31's separate submission host has it: SPF "mx a:smtp", MX mx.reader.example. */
const FIRM_ZONE = {
  [FIRM]: { TXT: [`v=spf1 mx a:${SMTP.name} -all`], MX: [{ priority: 10, exchange: RECEIVER }] },
  [`_dmarc.${FIRM}`]: { TXT: ['v=DMARC1; p=reject'] },
  ...ptr('203.0.113.25', RECEIVER),
  ...ptr(SMTP.ip, SMTP.name),
};
const revName = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;

const fraud = () =>
  submitted({
    from: CEO,
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Urgent: wire before 11:00',
    date: D(0),
    body: 'Robin, I am in a meeting. Wire EUR 48,900 to the account below today and tell no one.\r\n',
  });

const LMTP = `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid eB4iLHm1XWe4EQAAqVw1Bg\r\n\t(envelope-from <ceo@reader.example>)\r\n\tfor <robin@reader.example>; ${D(4)}`;
/** The MX's own line for a client at `ip` greeting `helo`, the reverse name as the MX wrote it. */
const mxLine = (helo: string, rdns: string, ip: string) =>
  `Received: from ${helo} (${rdns} [${ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4ZrS1h0701\r\n\tfor <robin@reader.example>; ${D(3)}`;
/** The forged login line: a colleague's SASL login on the firm's submission host. */
const LOGIN = `Received: from [192.168.1.20] (${HOME} [${HOME_IP}])\r\n\t(Authenticated sender: ceo@reader.example)\r\n\tby ${SMTP.name} (Postfix) with ESMTPSA id 4ZrS1h0700\r\n\tfor <robin@reader.example>; ${D(2)}`;

interface Case {
  name: string;
  about: string;
  eml: string;
  zone?: Record<string, unknown>;
  args?: string[];
  expect: object;
}

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    zone: c.zone ?? FIRM_ZONE,
    meta: {
      about: c.about,
      class: c.name.includes('control') ? 'probe30-control' : 'probe30-box-relay',
      args: c.args ?? ARGS_MX,
      expect: c.expect,
    },
  });
}

const NOT_TRUSTED = { notVerdict: ['authenticated', 'unverified'] };
const RP = 'Return-Path: <ceo@reader.example>';

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await boxRelays(write);
  await platformTerms(write);
  await twinTies(write);
}

async function boxRelays(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe30-boxrelay-helo-only-unknown-rdns-ceo',
    about: `CEO fraud: From ${CEO}. The attacker connects to the firm's MX ${RECEIVER} from his own address ${ATTACKER_IP} (no PTR) greeting "EHLO ${SMTP.name}"; Postfix records "from ${SMTP.name} (unknown [${ATTACKER_IP}])". Below it he writes a colleague's login on ${SMTP.name} ("(Authenticated sender: ceo@reader.example) … with ESMTPSA"). boxRelay takes the HELO alone as the box handing on. Wanted: spoofed (SPF for ceo@reader.example fails at ${ATTACKER_IP}, p=reject) or suspicious, never unverified "a colleague logged in"`,
    eml: onTop(fraud(), RP, LMTP, mxLine(SMTP.name, 'unknown', ATTACKER_IP), LOGIN),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe30-boxrelay-own-ptr-unconfirmed-ceo',
    about: `As above, the attacker's own reverse zone naming the firm's host: PTR ${ATTACKER_IP} → ${SMTP.name} (the forward lookup gives ${SMTP.ip}, not his address), and an MX that writes the reverse name it found (Exim, Sendmail's "may be forged" aside): "from ${SMTP.name} (${SMTP.name} [${ATTACKER_IP}])". Wanted: not trusted`,
    eml: onTop(fraud(), RP, LMTP, mxLine(SMTP.name, SMTP.name, ATTACKER_IP), LOGIN),
    zone: { ...FIRM_ZONE, [revName(ATTACKER_IP)]: { PTR: [SMTP.name] } },
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe30-boxrelay-helo-only-aws-vm-ceo',
    about: `The first case from a rented VM on Amazon's network (${AWS_IP}), "EHLO ${SMTP.name}", Postfix "unknown". Wanted: not trusted (a hosted server greeting as the firm's submission host)`,
    eml: onTop(fraud(), RP, LMTP, mxLine(SMTP.name, 'unknown', AWS_IP), LOGIN),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe30-boxrelay-helo-only-no-authserv-id-ceo',
    about: `The first case with no --authserv-id (the reader named no receiver): "from ${SMTP.name} (unknown [${ATTACKER_IP}]) by ${RECEIVER}" over the forged login. Wanted: not trusted`,
    eml: onTop(fraud(), RP, LMTP, mxLine(SMTP.name, 'unknown', ATTACKER_IP), LOGIN),
    args: [],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe30-boxrelay-helo-only-offline-ceo',
    about: `The first case offline (no DNS at all, no --authserv-id): nothing can confirm ${ATTACKER_IP} is the firm's host. With no DNS there is no DMARC policy to read, so "unverified" is all anyone can say; wanted: the origin is the attacker's address and no login is read (holds today: the walk stops at the unconfirmed hop, so boxRelay is never reached)`,
    eml: onTop(fraud(), RP, LMTP, mxLine(SMTP.name, 'unknown', ATTACKER_IP), LOGIN),
    zone: {},
    args: [],
    expect: { verdict: 'unverified', fields: { 'origin.ip': ATTACKER_IP } },
  });
  emit(write, {
    name: 'probe30-boxrelay-genuine-separate-host-control',
    about: `Control: the genuine shape (rw31-login-separate-submission-host-unsigned, p=reject here): ${SMTP.name} at ${SMTP.ip} (forward-confirmed, in the firm's SPF) hands the CEO's login on to the MX. Wanted: unverified or authenticated (holds today)`,
    eml: onTop(fraud(), RP, LMTP, mxLine(SMTP.name, SMTP.name, SMTP.ip), LOGIN),
    expect: { verdict: ['unverified', 'authenticated'] },
  });
  emit(write, {
    name: 'probe30-boxrelay-attacker-own-helo-control',
    about: `Control: the attacker greeting with his own name ("EHLO vps.attacker.example", no PTR) over the same forged login. Wanted: spoofed (holds today)`,
    eml: onTop(fraud(), RP, LMTP, mxLine('vps.attacker.example', 'unknown', ATTACKER_IP), LOGIN),
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 2. A platform's d= on a cloud address when SPF passed inside the platform's own record
//    (lib/relay/esp-evidence.ts platformOfSpfTerm, lib/engine/relay-facts.ts spfTermOf)
// ---------------------------------------------------------------------------------------------

const BANK_FROM = 'Northbank <news@northbank.example>';
const BANK_BOUNCE = 'hs-bounces.northbank.example';

/** The bank's genuine HubSpot newsletter: d=northbank.example (aligned) and d=hubspotemail.net. */
async function bankHubspot(): Promise<string> {
  const raw = submitted({
    from: BANK_FROM,
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Action needed: confirm your contact details',
    date: 'Fri, 20 Nov 2026 09:30:00 +0000',
    messageId: `<1bxq7y2kz4.probe30@${BANK_BOUNCE}>`,
    extraHeaders: ['X-HS-Cid: 1bxq7y2kz4'],
    body: 'Please confirm your contact details in online banking before 30 November.\r\n',
  });
  return signAll(
    raw,
    [
      ['northbank.example', 'hs1'],
      ['hubspotemail.net', 'hs2'],
    ],
    SIGNED,
  );
}

/** The bank (p=reject), both keys, its CNAME'd bounce domain, and HubSpot's record as `platform`. */
function platformZone(platform: string, extra: Record<string, string> = {}): Record<string, unknown> {
  return {
    'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    'hs1._domainkey.northbank.example': KEY(),
    'hs2._domainkey.hubspotemail.net': KEY(),
    [BANK_BOUNCE]: { TXT: ['v=spf1 include:_spf.hubspotemail.net -all'] },
    '_spf.hubspotemail.net': { TXT: [platform] },
    'attacker.example': { TXT: ['v=spf1 include:_spf.hubspotemail.net -all'] },
    ...Object.fromEntries(Object.entries(extra).map(([d, r]) => [d, { TXT: [r] }])),
  };
}

async function platformTerms(write: CaseWriter): Promise<void> {
  const raw = await bankHubspot();
  const REPLAY_IP = '3.121.7.77';
  const replay = (ip: string, envelope: string) =>
    onTop(
      raw,
      `Return-Path: <${envelope}>`,
      received({ helo: 'ip-172-31-7-77.eu-central-1.compute.internal', ip, by: RECEIVER }),
    );
  const SEEN = `The bank's genuine HubSpot newsletter (d=northbank.example aligned, d=hubspotemail.net) replayed byte for byte from the attacker's EC2 VM`;
  const WANT = { verdict: 'suspicious', findings: ['hosted-server-relay'] };
  emit(write, {
    name: 'probe30-platform-broad-cloud-block-bank',
    about: `${SEEN} at ${REPLAY_IP} (Amazon eu-central-1, no reverse name) with the bank's own Return-Path (${BANK_BOUNCE}, CNAME'd to HubSpot). HubSpot's record here lists its EC2 addresses by the region's whole block ("ip4:3.120.0.0/14": a platform on a cloud writing its region, not its addresses). SPF passes inside the platform's own record, so the VM is "HubSpot" and the hosted-server warning is gone. Wanted: suspicious (hosted-server-relay, DKIM replay): an ip4 that authorises a cloud region is no evidence the platform sent it`,
    eml: replay(REPLAY_IP, `1bxq7y2kz4@${BANK_BOUNCE}`),
    zone: platformZone('v=spf1 ip4:3.120.0.0/14 -all'),
    args: ARGS_MX,
    expect: WANT,
  });
  emit(write, {
    name: 'probe30-platform-broad-cloud-block-own-envelope-bank',
    about: `As above with the attacker's own envelope domain (attacker.example: "v=spf1 include:_spf.hubspotemail.net -all"): the term that matched is still the platform's own. Wanted: suspicious`,
    eml: replay(REPLAY_IP, 'bounce@attacker.example'),
    zone: platformZone('v=spf1 ip4:3.120.0.0/14 -all'),
    args: ARGS_MX,
    expect: WANT,
  });
  emit(write, {
    name: 'probe30-platform-nested-cloud-include-bank',
    about: `HubSpot's record reaching its cloud space through a record of its own ("include:_cloud.hubspotemail.net", that one "ip4:3.120.0.0/14"): the innermost record is still under hubspotemail.net. ${SEEN} at ${REPLAY_IP}. Wanted: suspicious`,
    eml: replay(REPLAY_IP, `1bxq7y2kz4@${BANK_BOUNCE}`),
    zone: platformZone('v=spf1 include:_cloud.hubspotemail.net -all', {
      '_cloud.hubspotemail.net': 'v=spf1 ip4:3.120.0.0/14 -all',
    }),
    args: ARGS_MX,
    expect: WANT,
  });
  emit(write, {
    name: 'probe30-platform-own-ip4-beside-include-control',
    about: `Control (probe27's shape): the attacker's own record "include:_spf.hubspotemail.net ip4:${AWS_IP}" and HubSpot's narrow record "ip4:3.120.1.0/24"; the replay from ${REPLAY_IP} matches the attacker's own ip4. Wanted: suspicious (holds today)`,
    eml: replay(REPLAY_IP, 'bounce@attacker.example'),
    zone: platformZone('v=spf1 ip4:3.120.1.0/24 -all', {
      'attacker.example': `v=spf1 include:_spf.hubspotemail.net ip4:${REPLAY_IP} -all`,
    }),
    args: ARGS_MX,
    expect: WANT,
  });
}

// ---------------------------------------------------------------------------------------------
// 3. The IDN's own SPF include: of its twin's record (lib/engine/lookalike-twin.ts twinSendsBySpf)
// ---------------------------------------------------------------------------------------------

const IDN = domainToASCII('n\u00F8rthbank.example');
/** Google Workspace's SMTP relay, the attacker's own tenant ("allowed senders: any addresses"). */
const GOOGLE_RELAY = { helo: 'smtp-relay.gmail.com', rdns: 'mail-yw1-f169.google.com', ip: '209.85.128.169' };

async function twinTies(write: CaseWriter): Promise<void> {
  const raw = await signAll(
    submitted({
      from: 'Northbank Security <security@n\u00F8rthbank.example>',
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Action required on your account',
      date: 'Fri, 20 Nov 2026 09:30:00 +0000',
      body: 'Confirm your details today to keep online banking open.\r\n',
    }),
    [[IDN, 's1']],
    SIGNED,
  );
  const eml = onTop(raw, `Return-Path: <bounce@${IDN}>`, received({ ...GOOGLE_RELAY, by: RECEIVER }));
  const zone = (bank: string): Record<string, unknown> => ({
    'northbank.example': { TXT: [bank] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    '_spf.google.com': { TXT: ['v=spf1 ip4:74.125.0.0/16 ip4:209.85.128.0/17 ~all'] },
    [IDN]: { TXT: ['v=spf1 include:northbank.example -all'] },
    [`s1._domainkey.${IDN}`]: KEY(),
    [`_dmarc.${IDN}`]: { TXT: ['v=DMARC1; p=reject'] },
  });
  const LOOK = `From "security@nørthbank.example" (the attacker's IDN, ${IDN}; reads as northbank.example, p=reject), signed by the attacker's own d=${IDN} and sent through Google Workspace's SMTP relay from his own tenant (${GOOGLE_RELAY.ip}) with MAIL FROM bounce@${IDN}. The IDN's SPF is "v=spf1 include:northbank.example -all": the path starts at the From's organisation and goes on into the twin's own record, as real-mail 31's genuine IDN does`;
  emit(write, {
    name: 'probe30-twin-idn-includes-bank-copied-google-range',
    about: `${LOOK}. The bank lists Google's outbound block in its own record by ip4: ("v=spf1 ip4:192.0.2.0/24 ip4:209.85.128.0/17 -all", copied from _spf.google.com instead of include:). SPF passes at that term inside northbank.example's record, so twinSendsBySpf takes the twin's owner as the sender: no lookalike-domain, DMARC passes for the IDN, authenticated. Wanted: suspicious (lookalike-domain): a twin's term that lists a shared platform's space ties nothing`,
    eml,
    zone: zone('v=spf1 ip4:192.0.2.0/24 ip4:209.85.128.0/17 -all'),
    args: ARGS_MX,
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });
  emit(write, {
    name: 'probe30-twin-idn-includes-bank-google-include-control',
    about: `Control: ${LOOK}; the bank lists Google by include:_spf.google.com (the path ends in Google's record). Wanted: suspicious with lookalike-domain (holds today)`,
    eml,
    zone: zone('v=spf1 ip4:192.0.2.0/24 include:_spf.google.com -all'),
    args: ARGS_MX,
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });
}
