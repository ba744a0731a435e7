// Red-team probes, thirty-first round (December 2026): the rule committed at 14:35 on 2026-12-04
// (9b0b1af, lib/relay/narrow-term.ts narrowAddressTerm and its callers lib/relay/esp-evidence.ts
// platformOfSpfTerm/broadAddressTerm and lib/engine/lookalike-twin.ts twinSendsBySpf): only an SPF
// ip4/ip6 term of /24 (/48) or narrower is evidence of who sent.
// - a/mx terms carry a CIDR too (RFC 7208 §5.6 dual-cidr-length: "a:host/14", "a/14", "mx/14"), and
//   nothing measures it: a platform whose record says "a:out.<platform>/14" authorises the same
//   cloud region as "ip4:3.120.0.0/14", and the VM is "the platform" again. Same for a bank's
//   "a:relay.<bank>/17" over Google's block tying a look-alike twin.
// - A /24 inside a cloud region is not one sender's machines either: EC2 hands out addresses in it to
//   any tenant (Elastic IPs can be cycled until one lands there), and a record listing a region by
//   many /24s (64 here, a /18) passes every term check.
// - Controls: the odd-syntax ip4 forms (leading-zero "/014", "//14") are read broad, as they should
//   be; the null sender (HELO identity) names no platform; the platform's own host by "a:" with no
//   CIDR, sending itself, stays authenticated.
// Read, no new case: ip6 forms of an IPv4 block (::ffff:3.120.0.0/110, 6to4 2002:378::/32) never
// match an IPv4 client in lib/auth/spf-walk.ts matches (the family must agree), so they cannot pass;
// exists: is not "own space" (OWN_SPACE has no exists), so it names no platform; redirect= carries
// the innermost record as include: does (probe30's nested case).

import { domainToASCII } from 'node:url';
import { KEY, RECEIVER, SIGNED, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirty-first round's report).
 */
// Fixed at 14:4x on 2026-12-04 (four now in the corpus): an a/mx term widened by a prefix
// (a/14, a:host/14, mx/14//48) is as broad as the block it names (lib/relay/narrow-term.ts
// widenedHostTerm): no platform, no twin tie.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read authenticated; should read suspicious (hosted-server-relay). Rule: lib/relay/narrow-term.ts
  // narrowAddressTerm takes /24 as one sender's machines, also inside a hosting network, where a /24
  // is many tenants' (and a record may list a region /24 by /24). Fix proposed: on a hosting
  // network accept only terms naming single hosts (/32, /128, a:/mx without CIDR), or add up the
  // record's terms inside hosting networks. Not taken: the committed genuine cases of HubSpot,
  // Postmark, MailChannels and a SaaS on cloud addresses list /24s (realworld12, 29, 31, 32), and
  // a /24 an attacker can land a VM in is not known from the message (README, "What still fools").
  'probe31-platform-ec2-slash24-bank',
  'probe31-platform-many-slash24-region-bank',
]);

const RP_BANK = 'hs-bounces.northbank.example';
const REPLAY_IP = '3.121.7.77';
const ARGS_MX = ['--authserv-id', RECEIVER];
const WANT = { verdict: 'suspicious', findings: ['hosted-server-relay'] };

interface Case {
  name: string;
  about: string;
  eml: string;
  zone: Record<string, unknown>;
  expect: object;
}

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    zone: c.zone,
    meta: {
      about: c.about,
      class: c.name.includes('control') ? 'probe31-control' : 'probe31-narrow-term',
      args: ARGS_MX,
      expect: c.expect,
    },
  });
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await platformTerms(write);
  await twinTies(write);
}

/** The bank's genuine HubSpot newsletter: d=northbank.example (aligned) and d=hubspotemail.net. */
async function bankHubspot(): Promise<string> {
  const raw = submitted({
    from: 'Northbank <news@northbank.example>',
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Action needed: confirm your contact details',
    date: 'Fri, 20 Nov 2026 09:30:00 +0000',
    messageId: `<1bxq7y2kz4.probe31@${RP_BANK}>`,
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

/** The bank (p=reject), both keys, its CNAME'd bounce domain, HubSpot's record `platform`, `extra`. */
function platformZone(platform: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    'hs1._domainkey.northbank.example': KEY(),
    'hs2._domainkey.hubspotemail.net': KEY(),
    [RP_BANK]: { TXT: ['v=spf1 include:_spf.hubspotemail.net -all'] },
    '_spf.hubspotemail.net': { TXT: [platform] },
    ...extra,
  };
}

async function platformTerms(write: CaseWriter): Promise<void> {
  const raw = await bankHubspot();
  const replay = (ip: string, envelope: string, helo = 'ip-172-31-7-77.eu-central-1.compute.internal') =>
    onTop(raw, `Return-Path: <${envelope}>`, received({ helo, ip, by: RECEIVER }));
  const SEEN = `The bank's genuine HubSpot newsletter (d=northbank.example aligned, d=hubspotemail.net) replayed byte for byte from the attacker's EC2 VM at ${REPLAY_IP} (eu-central-1, no reverse name) with the bank's own Return-Path (${RP_BANK}, CNAME'd to HubSpot)`;
  const OUT = { 'out.hubspotemail.net': { A: ['3.120.5.5'] } };
  const env = `1bxq7y2kz4@${RP_BANK}`;
  emit(write, {
    name: 'probe31-platform-a-host-dualcidr-bank',
    about: `${SEEN}. HubSpot's record lists its sending host with a CIDR ("v=spf1 a:out.hubspotemail.net/14 -all", out.hubspotemail.net → 3.120.5.5): RFC 7208's a-cidr, the whole region 3.120.0.0/14 as probe30's ip4 term. narrowAddressTerm measures ip4/ip6 only, so the a: term names HubSpot. Wanted: suspicious (hosted-server-relay)`,
    eml: replay(REPLAY_IP, env),
    zone: platformZone('v=spf1 a:out.hubspotemail.net/14 -all', OUT),
    expect: WANT,
  });
  emit(write, {
    name: 'probe31-platform-bare-a-dualcidr-bank',
    about: `${SEEN}. HubSpot's record "v=spf1 a/14 -all" (_spf.hubspotemail.net → 3.120.5.5): a bare a with a CIDR. Wanted: suspicious`,
    eml: replay(REPLAY_IP, env),
    zone: platformZone('v=spf1 a/14 -all', {
      '_spf.hubspotemail.net': { TXT: ['v=spf1 a/14 -all'], A: ['3.120.5.5'] },
    }),
    expect: WANT,
  });
  emit(write, {
    name: 'probe31-platform-mx-dualcidr-bank',
    about: `${SEEN}. HubSpot's record "v=spf1 mx/14//48 -all", its MX out.hubspotemail.net → 3.120.5.5. Wanted: suspicious`,
    eml: replay(REPLAY_IP, env),
    zone: platformZone('v=spf1 mx/14//48 -all', {
      ...OUT,
      '_spf.hubspotemail.net': {
        TXT: ['v=spf1 mx/14//48 -all'],
        MX: [{ priority: 10, exchange: 'out.hubspotemail.net' }],
      },
    }),
    expect: WANT,
  });
  emit(write, {
    name: 'probe31-platform-ec2-slash24-bank',
    about: `${SEEN}. HubSpot's record lists an EC2 /24 ("ip4:3.121.7.0/24"): narrow by narrowAddressTerm, but inside Amazon's region every address of it is leased to any tenant (Elastic IPs are reallocated; an attacker cycles them until one lands in the /24). Wanted: suspicious (hosted-server-relay): on a hosting network a /24 is not one sender's machines`,
    eml: replay(REPLAY_IP, env),
    zone: platformZone('v=spf1 ip4:3.121.7.0/24 -all'),
    expect: WANT,
  });
  const many = Array.from({ length: 64 }, (_, i) => `ip4:3.121.${i}.0/24`).join(' ');
  emit(write, {
    name: 'probe31-platform-many-slash24-region-bank',
    about: `${SEEN}. HubSpot's record lists 3.121.0.0/18 as sixty-four /24 terms ("ip4:3.121.0.0/24 … ip4:3.121.63.0/24"): each term narrow, together a region's block. Wanted: suspicious`,
    eml: replay(REPLAY_IP, env),
    zone: platformZone(`v=spf1 ${many} -all`),
    expect: WANT,
  });
  emit(write, {
    name: 'probe31-platform-leading-zero-prefix-control',
    about: `Control: ${SEEN}. HubSpot's record "ip4:3.120.0.0/014" (a prefix with a leading zero). Wanted: suspicious (holds: lib/auth/spf-walk.ts refuses the term, spf-permerror, and narrowAddressTerm would read 014 as 14, broad, anyway)`,
    eml: replay(REPLAY_IP, env),
    zone: platformZone('v=spf1 ip4:3.120.0.0/014 -all'),
    expect: WANT,
  });
  emit(write, {
    name: 'probe31-platform-ip4-double-slash-control',
    about: `Control: ${SEEN}. HubSpot's record "ip4:3.120.1.0//24" (a dual-cidr form an ip4 term may not carry; RFC 7208 §5.6 gives ip4 one prefix). Wanted: not authenticated (holds: the walker refuses the term, spf-permerror; narrowAddressTerm would not read it narrow either)`,
    eml: replay(REPLAY_IP, env),
    zone: platformZone('v=spf1 ip4:3.120.1.0//24 -all'),
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });
  emit(write, {
    name: 'probe31-platform-null-sender-helo-control',
    about: `Control: the same replay with the null sender ("Return-Path: <>") and HELO out.hubspotemail.net, whose record is "v=spf1 a/14 -all": SPF checks the HELO identity, which spfTermOf ignores. Wanted: suspicious (hosted-server-relay)`,
    eml: replay(REPLAY_IP, '', 'out.hubspotemail.net'),
    zone: platformZone('v=spf1 a/14 -all', {
      'out.hubspotemail.net': { TXT: ['v=spf1 a/14 -all'], A: ['3.120.5.5'] },
    }),
    expect: WANT,
  });
  emit(write, {
    name: 'probe31-platform-own-host-a-control',
    about: `Control: the genuine newsletter sent by HubSpot's own host out.hubspotemail.net (${REPLAY_IP}, its name's own address) under "v=spf1 a:out.hubspotemail.net -all" (no CIDR: that one address). Wanted: authenticated (holds today)`,
    eml: replay(REPLAY_IP, env, 'out.hubspotemail.net'),
    zone: platformZone('v=spf1 a:out.hubspotemail.net -all', { 'out.hubspotemail.net': { A: [REPLAY_IP] } }),
    expect: { verdict: 'authenticated' },
  });
}

const IDN = domainToASCII('n\u00F8rthbank.example');
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
  const twinZone = (bank: string): Record<string, unknown> => ({
    'northbank.example': { TXT: [bank] },
    'relay.northbank.example': { A: ['209.85.128.5'] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    [IDN]: { TXT: ['v=spf1 include:northbank.example -all'] },
    [`s1._domainkey.${IDN}`]: KEY(),
    [`_dmarc.${IDN}`]: { TXT: ['v=DMARC1; p=reject'] },
  });
  emit(write, {
    name: 'probe31-twin-idn-bank-a-host-control',
    about: `Control: the twin case below with the bank's relay host named alone ("a:relay.northbank.example", no CIDR: 209.85.128.5 only); the attacker's tenant at ${GOOGLE_RELAY.ip} does not pass. Wanted: suspicious with lookalike-domain (holds today)`,
    eml,
    zone: twinZone('v=spf1 ip4:192.0.2.0/24 a:relay.northbank.example -all'),
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });
  emit(write, {
    name: 'probe31-twin-idn-bank-a-dualcidr-google',
    about: `From "security@nørthbank.example" (${IDN}, p=reject), signed d=${IDN}, sent through Google Workspace's SMTP relay from the attacker's own tenant (${GOOGLE_RELAY.ip}), MAIL FROM bounce@${IDN}; the IDN's SPF "include:northbank.example -all". The bank widens its relay host by CIDR ("a:relay.northbank.example/17", relay.northbank.example → 209.85.128.5, a Google address): the same Google /17 as probe30's copied ip4 term, written as an a-cidr. twinSendsBySpf measures ip4/ip6 only, so the twin ties. Wanted: suspicious (lookalike-domain)`,
    eml,
    zone: twinZone('v=spf1 ip4:192.0.2.0/24 a:relay.northbank.example/17 -all'),
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });
}
