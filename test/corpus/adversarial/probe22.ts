// Red-team probes, twenty-second round (December 2026): the rules committed at 05:1x on 2026-12-04.
// - lib/engine/origin-walk.ts innerHosts / lib/message/origin.ts lanGreetingHosts (now origin-nat.ts): behind a NAT or a
//   source-NAT load balancer a LAN-named greeting (a bare name, `.lan`, `.dmz` …) over a public
//   client's line is the receiver's own relay when DNS says the line's writer is not an MX host of
//   its registrable domain. "Not the MX host" is taken for "not internet-facing", but the box behind
//   a NAT is reached through whatever name the MX gives the NAT's public address, and it prints its
//   own name: a hosted filter the MX names (the attacker connects to the box directly), an Exchange
//   server behind a load balancer named for the VIP, a hosting provider's customer MX under its own
//   domain, a domain with no MX (mail goes to the apex) whose box is `mail.` — each reads the
//   stranger's bare greeting as the receiver's own, and the forged line below picks the IP SPF checks.
// - lib/message/origin-nat.ts wroteBelow: Exchange's by-address (`by host (10.20.0.11)`) copied into the
//   forged line at the client address the NAT records makes the forged line the client's own, with
//   no DNS at all; the NAT's inside address is what an Exchange NDR returns in the original headers.
// Read, no new case (or a control here): MX answers with upper case and a trailing dot, `.dmz` at the
// MX host itself, a DNS fault on the MX query (strict), a by-address that is not the NAT's, and an
// Authentication-Results under the receiver's authserv-id written by the sender below the entry
// (sameBoxPassed asks only headers above the entry line). A `by` whose registrable domain is null
// (a public suffix) reads strict (`if (!domain) return false`). Every case's meta says the attack.

import { signCorpus } from '../../helpers/corpus';
import { ARGS, ATTACKER_IP, authenticZone, BANK, BANK_IP, KEY, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import {
  BANK_ENVELOPE,
  exchangeLine,
  forgedBankHop,
  probeCorpus,
  probeEmitter,
  READER_MX,
  signInLure,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twenty-second round's report). Each comment: what it reads, what it should, which
 * rule, the fix proposed and its risk.
 */
// Fixed at 05:3x on 2026-12-04 (each now in the corpus), as proposed: innerHosts
// (lib/engine/origin-walk.ts) counts a host inner only when its name also holds no public address
// in DNS (A and AAAA; a DNS fault keeps the strict reading): the NAT'd box behind a hosted filter
// the attacker goes around, behind a CNAME'd MX, with no MX at all, or a hosting provider's box
// under its own domain. Still open below, and in README's "What still fools": Exchange behind a
// source-NAT balancer with split DNS, and a forged Exchange by-address.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // "authenticated". Wanted: spoofed. Exchange behind a one-arm SNAT balancer prints its own FQDN
  // (EX01.reader.example), not the VIP's MX name: innerHosts calls it inner (as above). The fix
  // above covers it only when EX01's name is public; with split-brain DNS (no public record) it is
  // indistinguishable from realworld25's Mailbox server behind an Edge: then a README "What still
  // fools" entry and --nat-address (a declared NAT already wins over every name rule). Risk of
  // going further (no LAN name rule when the line's writer has no public name): realworld25's
  // non-Exchange gateways (Cisco ESA, Barracuda) in front of Exchange read "spoofed".
  'probe22-exchange-snat-balancer-server-fqdn-not-mx',
  // "authenticated", offline as well (no DNS asked). Wanted: spoofed. lib/message/origin.ts
  // wroteBelow trusts the by-address printed in the line below, which the attacker writes: the
  // balancer's inside address leaks in an NDR's returned headers or is one of a few usual ones
  // (10.x.0.1/.2, 172.17.0.1), and an IPv4-mapped spelling is normalised to it. Fix: let wroteBelow
  // count only where the other rules would also allow a relay, i.e. require with it that the line's
  // own writer be an inner host (innerHosts, with the address check above) or the line below's `by`
  // be a name of the same organisation as the greeting; short of that, a README limit. Risk:
  // realworld25's Edge and Mailbox connectors both named for the MX (1f) and the legacy backup MX
  // (1g) read "spoofed" again for SPF-only mail, unless the Mailbox name has no public record.
  'probe22-exchange-snat-forged-by-address-of-balancer',
  'probe22-exchange-snat-forged-by-address-ipv4-mapped',
]);

const ZONE = { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP), ...READER_MX };
const emit = probeEmitter(ZONE);

export async function makeAll(write: CaseWriter): Promise<void> {
  natBoxNotMx(write);
  exchangeBehindLoadBalancer(write);
  await sameBoxRecord(write);
}

/**
 * A mailcow-shaped box (probe21): Docker's userland-proxy hands every client on from the bridge
 * gateway, so Postfix records 172.22.1.1 whoever connected; `box` is the name Postfix prints.
 */
const natBox = (box: string, helo: string) => [
  `Return-Path: <${BANK_ENVELOPE}>`,
  'Delivered-To: robin@reader.example',
  dovecotLmtp(
    box,
    BANK_ENVELOPE,
    'robin@reader.example',
    'kE8lAbb2PWd1XwAAtGkPgA',
    'Fri, 20 Nov 2026 10:00:05 +0000',
  ),
  `Received: from ${helo} (unknown [172.22.1.1])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tby ${box} (Postfix) with ESMTPS id 4Zx9Qp0Aaaz1xYz\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
];

/** The attacker's line under the box's: the bank's server handing to `by` (the filter, the box…). */
const forged = (by: string) => forgedBankHop(undefined, by);

const TAIL =
  ' The attacker greets the box with EHLO DESKTOP-4QH7K2N (a bare name, as Windows machines and bulk-sending malware do) and writes one line under the box’s, the bank’s server 192.0.2.10 handing on, with MAIL FROM:<security@northbank.example>. lanGreetingHosts lists the box’s host; innerHosts (lib/engine/origin-walk.ts) finds it is not an MX host of its registrable domain, so the bare greeting is taken for the receiver’s own relay (unaddressedEntry, lanNames), the walk goes past the entry and the forged line is the origin: SPF passes for the bank, DMARC passes, "authenticated". Wanted: spoofed (the entry names a stranger by the NAT’s address)';

function natBoxNotMx(write: CaseWriter): void {
  // 1. The MX names a hosted filter; the attacker connects to the box directly.
  const filterZone = {
    ...BANK,
    ...authenticZone('attacker.example', ATTACKER_IP),
    'reader.example': { MX: [{ priority: 10, exchange: 'mx1.cloudfilter.example' }] },
    'mx.reader.example': { A: ['203.0.113.25'] },
  };
  const directToOrigin = onTop(
    signInLure(),
    ...natBox('mx.reader.example', 'DESKTOP-4QH7K2N'),
    forged('mx1.cloudfilter.example'),
  );
  emit(write, {
    name: 'probe22-nat-box-behind-hosted-filter-direct-connect',
    about: `Realistic: reader.example’s MX is a hosted filter (MX 10 mx1.cloudfilter.example, as with Proofpoint Essentials, Mimecast, Hornetsecurity), and the mailcow box behind it, mx.reader.example (A 203.0.113.25, the certificate’s and the outbound HELO’s name), still accepts port 25 from anyone: locking it to the filter’s ranges is a step many skip, and "direct-to-origin" delivery around a filter is a known attack. Here the attacker delivers to 203.0.113.25 directly; Docker’s proxy records 172.22.1.1.${TAIL}. The forged line names the filter as the writer ("by mx1.cloudfilter.example"), as a genuine message would come`,
    class: 'probe22-nat-box-not-mx-host',
    eml: directToOrigin,
    zone: filterZone,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe22-nat-box-behind-hosted-filter-direct-connect-no-options',
    about:
      'probe22-nat-box-behind-hosted-filter-direct-connect read with no options (the walk without the receiver’s ids): the fallback asks the same unaddressedEntry with the same innerHosts. Wanted: spoofed',
    class: 'probe22-nat-box-not-mx-host',
    args: [],
    eml: directToOrigin,
    zone: filterZone,
    expect: SPOOFED,
  });
  // 2. The box's name is not the MX name: MX mx.reader.example is an alias of mail01.
  emit(write, {
    name: 'probe22-nat-box-name-behind-cname-mx-lan-helo',
    about: `Realistic: reader.example MX 10 mx.reader.example, and mx.reader.example is a CNAME of mail01.reader.example (the box’s own name, which Postfix prints: myhostname = mail01.reader.example; an MX that is an alias breaks RFC 2181 §10.3 but is common and every MTA follows it). The same docker-proxy NAT; EHLO mail.attacker.lan (a private suffix).${TAIL.replace('EHLO DESKTOP-4QH7K2N (a bare name, as Windows machines and bulk-sending malware do)', 'EHLO mail.attacker.lan')}. innerHosts compares the MX answer’s name only, never the alias it leads to`,
    class: 'probe22-nat-box-not-mx-host',
    eml: onTop(
      signInLure(),
      ...natBox('mail01.reader.example', 'mail.attacker.lan'),
      forged('mail01.reader.example'),
    ),
    zone: {
      ...ZONE,
      'mx.reader.example': { CNAME: ['mail01.reader.example'] },
      'mail01.reader.example': { A: ['203.0.113.25'] },
    },
    expect: SPOOFED,
  });
  // 3. No MX at all: mail goes to the apex's address; the box calls itself mail.
  emit(write, {
    name: 'probe22-nat-box-implicit-mx-apex-dmz-helo',
    about: `Realistic, if less common: reader.example publishes no MX, only A 203.0.113.25 (RFC 5321 §5.1: the domain itself is then the mail host; small self-hosters and dynamic-DNS home servers), and the box behind the router’s port forward is named mail.reader.example. innerHosts reads "no MX record" as "the domain itself is the mail host", so any other name under it is inner. EHLO relay01.dmz (the suffix added at 05:1x).${TAIL.replace('EHLO DESKTOP-4QH7K2N (a bare name, as Windows machines and bulk-sending malware do)', 'EHLO relay01.dmz')}`,
    class: 'probe22-nat-box-not-mx-host',
    eml: onTop(signInLure(), ...natBox('mail.reader.example', 'relay01.dmz'), forged('mail.reader.example')),
    zone: {
      ...BANK,
      ...authenticZone('attacker.example', ATTACKER_IP),
      'reader.example': { A: ['203.0.113.25'] },
      'mail.reader.example': { A: ['203.0.113.25'] },
    },
    expect: SPOOFED,
  });
  // 4. A hosting provider's customer MX, under the provider's own domain.
  emit(write, {
    name: 'probe22-nat-hosting-customer-mx-not-provider-mx',
    about: `Realistic: reader.example is hosted (MX 10 mx2.hostingco.example); the provider’s customer MX cluster sits behind an HAProxy in TCP mode without the PROXY protocol, so Postfix records the balancer’s inside address for every client; the provider’s own domain hostingco.example has MX 10 mx1.hostingco.example (its staff mail). innerHosts asks the MX of the *by host’s* registrable domain (hostingco.example), not the recipient’s, so the customer MX reads as an inner server.${TAIL}`,
    class: 'probe22-nat-box-not-mx-host',
    eml: onTop(
      signInLure(),
      ...natBox('mx2.hostingco.example', 'DESKTOP-4QH7K2N'),
      forged('mx2.hostingco.example'),
    ),
    args: ['--authserv-id', 'mx2.hostingco.example'],
    zone: {
      ...BANK,
      ...authenticZone('attacker.example', ATTACKER_IP),
      'reader.example': { MX: [{ priority: 10, exchange: 'mx2.hostingco.example' }] },
      'hostingco.example': { MX: [{ priority: 10, exchange: 'mx1.hostingco.example' }] },
      'mx2.hostingco.example': { A: ['203.0.113.40'] },
    },
    expect: SPOOFED,
  });
  // Controls: the box is the MX host (answers spelled in other case, with a trailing dot), a
  // DNS fault, `.dmz` at the MX host.
  emit(write, {
    name: 'probe22-nat-box-is-mx-upper-case-trailing-dot-control',
    about:
      'Control: the docker-proxy box mx.reader.example, the MX answer spelled "MX.Reader.Example." (upper case, trailing dot, as some zone editors and resolvers return it; the zone resolver drops the dot itself, so only the case is innerHosts’ to fold), EHLO DESKTOP-4QH7K2N and the forged bank line below. innerHosts lower-cases and drops the dot: the box is the MX host, the stranger is the entry. Wanted: spoofed (holds today)',
    class: 'probe22-nat-box-not-mx-host',
    eml: onTop(signInLure(), ...natBox('mx.reader.example', 'DESKTOP-4QH7K2N'), forged('mx.reader.example')),
    zone: {
      ...BANK,
      ...authenticZone('attacker.example', ATTACKER_IP),
      'reader.example': { MX: [{ priority: 10, exchange: 'MX.Reader.Example.' }] },
    },
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe22-nat-box-mx-servfail-control',
    about:
      'Control: probe22-nat-box-behind-hosted-filter-direct-connect with the MX query for reader.example failing (SERVFAIL, the reader’s or the domain’s DNS down): a DNS fault keeps the strict reading. Wanted: spoofed (holds today)',
    class: 'probe22-nat-box-not-mx-host',
    eml: directToOrigin,
    zone: {
      ...BANK,
      ...authenticZone('attacker.example', ATTACKER_IP),
      'reader.example': { SERVFAIL: true },
    },
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe22-nat-helo-dmz-at-mx-host-control',
    about:
      'Control: the docker-proxy box is the MX host (mx.reader.example), EHLO relay01.dmz (a Kerio box’s DMZ name, realworld25’s reason for adding .dmz) and the forged bank line below. At the MX host a LAN name speaks for no one. Wanted: spoofed (holds today)',
    class: 'probe22-nat-box-not-mx-host',
    eml: onTop(signInLure(), ...natBox('mx.reader.example', 'relay01.dmz'), forged('mx.reader.example')),
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// Exchange behind a source-NAT load balancer: the by-address rule and the not-MX-host rule
// ---------------------------------------------------------------------------------------------

/**
 * Exchange 2019 EX01 (10.20.0.11) behind a KEMP/F5 virtual service in one-arm SNAT mode: every
 * client reaches it from the balancer's inside address 10.20.0.2. `by` is what its receive
 * connector names; `forgedByIp` is the address the attacker prints beside the forged line's host.
 */
const behindBalancer = (by: string, forgedByIp: string) =>
  onTop(
    signInLure(),
    `Return-Path: <${BANK_ENVELOPE}>`,
    exchangeLine({
      helo: 'DESKTOP-4QH7K2N',
      ip: '10.20.0.2',
      by,
      byIp: '10.20.0.11',
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
    exchangeLine({
      helo: 'mail.northbank.example',
      ip: BANK_IP,
      by: 'mail.reader.example',
      byIp: forgedByIp,
      date: 'Fri, 20 Nov 2026 10:00:03 +0000',
    }),
  );

const BALANCER_ZONE = {
  ...BANK,
  ...authenticZone('attacker.example', ATTACKER_IP),
  'reader.example': { MX: [{ priority: 10, exchange: 'mail.reader.example' }] },
  'mail.reader.example': { A: ['203.0.113.30'] },
};

function exchangeBehindLoadBalancer(write: CaseWriter): void {
  emit(write, {
    name: 'probe22-exchange-snat-balancer-server-fqdn-not-mx',
    about:
      'Realistic (Microsoft’s own load-balancing guidance describes it): Exchange 2019 EX01.reader.example (10.20.0.11) behind a load balancer in one-arm SNAT mode, so every client reaches it from 10.20.0.2; the MX is mail.reader.example, the balancer’s VIP, and the Default Frontend connector prints the server’s FQDN: "from DESKTOP-4QH7K2N (10.20.0.2) by EX01.reader.example (10.20.0.11)". The attacker greets with a bare name and forges an Exchange-shaped line below, "from mail.northbank.example (192.0.2.10) by mail.reader.example (10.20.0.30)" (a by-address it does not know, so wroteBelow does not fire). innerHosts: EX01.reader.example is not reader.example’s MX host, so inner: the bare greeting is the receiver’s own relay, the forged line the origin, SPF passes for the bank: "authenticated". Wanted: spoofed. Read with no options (Exchange writes no Authentication-Results the reader could name)',
    class: 'probe22-exchange-snat',
    args: [],
    eml: behindBalancer('EX01.reader.example', '10.20.0.30'),
    zone: BALANCER_ZONE,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe22-exchange-snat-forged-by-address-of-balancer',
    about:
      'Realistic: the same Exchange server with its connector FQDN set to the MX name, as certificate how-tos advise ("by mail.reader.example (10.20.0.11)"), so innerHosts finds the MX host and the NAT rule holds. The attacker learned the balancer’s inside address, 10.20.0.2, from an NDR Exchange sent it earlier (Exchange returns the original message’s headers, its own Received lines included) or by trying the usual ones, and prints it beside the forged line’s host: "from mail.northbank.example (192.0.2.10) by mail.reader.example (10.20.0.2)". wroteBelow (lib/message/origin.ts) reads the forged line as written at the client’s address, so the bare greeting is the client’s own (lanNames), with no DNS asked at all: the forged line is the origin, "authenticated". Wanted: spoofed',
    class: 'probe22-exchange-snat',
    args: [],
    eml: behindBalancer('mail.reader.example', '10.20.0.2'),
    zone: BALANCER_ZONE,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe22-exchange-snat-forged-by-address-ipv4-mapped',
    about:
      'The same forgery with the balancer’s address written IPv4-mapped beside the forged host, "by mail.reader.example (::ffff:10.20.0.2)": byAddress normalises it to 10.20.0.2. Wanted: spoofed',
    class: 'probe22-exchange-snat',
    args: [],
    eml: behindBalancer('mail.reader.example', '::ffff:10.20.0.2'),
    zone: BALANCER_ZONE,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe22-exchange-snat-wrong-by-address-control',
    about:
      'Control: the connector named for the MX (mail.reader.example), the attacker guessing the balancer’s address wrong ("by mail.reader.example (10.20.0.1)"): neither wroteBelow nor innerHosts fires, the entry names a stranger by the balancer’s address. Wanted: spoofed (holds today)',
    class: 'probe22-exchange-snat',
    args: [],
    eml: behindBalancer('mail.reader.example', '10.20.0.1'),
    zone: BALANCER_ZONE,
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// sameBoxPassed: an Authentication-Results under the receiver's id, written by the sender
// ---------------------------------------------------------------------------------------------

const MAY = 'Tue, 12 May 2026 09:14:22 +0000';

async function sameBoxRecord(write: CaseWriter): Promise<void> {
  // The payee-change spoof of May 2026 (probe18), signed under a selector the bank never published,
  // with the sender's own Authentication-Results under the reader's authserv-id in its headers.
  const signed = await signCorpus(
    onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        subject: 'New payee details for your standing order',
        date: MAY,
        messageId: '<payee-20260512-5522@northbank.example>',
        body: 'Dear customer,\r\n\r\nfrom 1 June our collection account changes. Please update your standing order.\r\n',
      }),
      'Authentication-Results: mx.reader.example; dkim=pass header.d=northbank.example header.s=nb2025; dmarc=pass (p=reject) header.from=northbank.example',
    ),
    { domain: 'northbank.example', selector: 'nb2025' },
  );
  const delivery = onTop(
    signed,
    `Return-Path: <${BANK_ENVELOPE}>`,
    'Delivered-To: robin@reader.example',
    `Received-SPF: Fail (mailfrom) identity=mailfrom; client-ip=${ATTACKER_IP}; helo=mail.attacker.example; envelope-from=${BANK_ENVELOPE}; receiver=<UNKNOWN> `,
    received({
      helo: 'mail.attacker.example',
      rdns: 'mail.attacker.example',
      ip: ATTACKER_IP,
      by: 'mx.reader.example',
      id: '4Z9kLm2Qx7z3pNe',
      for: 'robin@reader.example',
      date: MAY,
    }),
  );
  for (const [name, args] of [
    ['probe22-same-box-ar-written-by-sender-control', ARGS],
    ['probe22-same-box-ar-written-by-sender-no-options-control', []],
  ] as const)
    emit(write, {
      name,
      about: `Control: a payee-change spoof delivered in May 2026 and read in December (over 180 days), signed d=northbank.example s=nb2025 (a selector the bank never published: "no key", which key-gone-since-delivery may call retired since). The reader's policyd-spf recorded "Received-SPF: Fail" above the entry, which makes the rule stand back; sameBoxPassed cancels that when an Authentication-Results above the entry under the entry line's \`by\` records DMARC and the signature passing. The attacker writes exactly that header, "Authentication-Results: mx.reader.example; dkim=pass header.d=northbank.example header.s=nb2025; dmarc=pass", in the message it submits: it lands below the receiver's entry line, where sameBoxPassed does not look. Wanted: spoofed (holds today)${args.length ? '' : '; read with no options'}`,
      class: 'probe22-same-box-passed',
      args: [...args],
      eml: delivery,
      zone: { ...BANK, 'nb1._domainkey.northbank.example': KEY() },
      expect: SPOOFED,
    });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
