// Red-team probes, fifty-second round (December 2026): the newest rules, and the paths no round took,
// by a sender who has read lib/ and wants a forgery of northbank.example (DMARC p=reject) read
// authenticated or unverified.
// - lib/message/origin.ts gatewayTest: a trusted network of more than one address in hosting space
//   is no longer the gateway (lib/engine/gateways.ts hostedGatewayHops, gateway-network-shared), but a
//   trusted gateway *domain* is still honoured for any hop whose reverse name is under it and leads
//   back to its address. A hoster's default reverse names do: AWS names every EC2 address
//   ec2-a-b-c-d.<region>.compute.amazonaws.com, Hetzner static.d.c.b.a.clients.your-server.de, each
//   with its forward record. A reader whose filter VM kept its default name and who typed that
//   name's domain into "Mail gateways you trust" (the Options example is a domain, mimecast.com;
//   lib/cli/trust-gateway.ts warns for networks in hosting space, not for domains) makes every
//   tenant's VM the gateway: the walk then follows the VM's own forged line to the bank's address.
//   Directly, and through the reader's genuine filter (a second gateway hop).
// - The Stalwart rule (lib/auth/authresults.ts STALWART_LINE) is a regex over the whole entry line.
//   Exim prints the sender's envelope after its `by` clause, `(envelope-from <…>)`, quotes kept
//   (Exim's parse.c read_local_part), so a quoted local part writes `by mx.reader.example (Stalwart
//   SMTP)` into an Exim box's line, and the first header below it under the box's id becomes the
//   receiver's. Held while Exim writes its own header above; not where the box wrote none.
// - The Yahoo profile's entry (lib/message/origin.ts walkReceiver, single entry hop): Yahoo's and
//   AOL's current layout puts Yahoo's mailbox hand-off on top (`from 127.0.0.1 by
//   atlas-production…omega.yahoo.com pod-id … with HTTP`, or `from 10.x by atlas….aol.mail…yahoo.com
//   with HTTPS`), its Authentication-Results below that, and the entry line last: `from <client ip>
//   (EHLO <name>) by <inner ip> with SMTPs`. Where the hand-off's client is not the inner address
//   the entry line is written by, the hand-off is read as a NAT (entry-behind-nat) and Yahoo's own
//   header as forged; and lib/message/received.ts fromSide takes an address comment after Yahoo's
//   `(EHLO …)` as the client's, though there Yahoo prints the client's address first.
// - Tried and held, no case: the login rules (loginHost/loginOrg, the MX by address): a co-tenant's
//   login is bare, of another organisation or at a sub-domain of the bank, all read suspicious (row
//   9); a login at northbank.example itself needs the bank's password. providerMailFrom: a row the
//   HELO writes into Stalwart's header can only name an envelope, and no envelope passes SPF at the
//   attacker's address for the bank; no sender-chosen envelope made our SPF a temperror.
// Layouts learnt with the search tool: Yahoo's 2025 delivery (asleepace's Yahoo examples, a public
// notes repository, January 2025; a Go DKIM package's testdata with a Postmark message to Yahoo, August
// 2025); AOL's (a Python IMAP script's sample message, atlas201.aol.mail.gq1.yahoo.com, December 2021);
// Hetzner's default reverse name (a public telnet-check script's transcript, "Hello
// static.101.254.161.5.clients.your-server.de [5.161.254.101]"); Exim's default Received line as
// test/corpus/legit/realworld.ts writes it; Postfix's as test/corpus/messages.ts received(). Yahoo
// refuses a DMARC failure at p=reject (554 5.7.9, help.yahoo.com SLN7253), so its forgeries here are
// of the bank at p=quarantine, which Yahoo files in Spam. Names and addresses are documentation ones,
// except Amazon's (3.120.0.0/16), Hetzner's (88.198.0.0/16, 49.12.0.0/16) and their reverse zones.

import { signCorpus } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  SPOOFED,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { aolAtlas, type YahooEntry, yahooOmega } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the fifty-second round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Both read authenticated online (dmarc-pass; findings gateway-trusted, and through the filter
  // provider-disagreement, low), wanted not trusted. lib/message/origin.ts gatewayTest returns 'name' for a hop whose printed
  // reverse name is under a trusted gateway domain and forward-confirmed (lib/engine/origin-walk.ts
  // confirmedGatewayNames); the hosting-space guard (hostedGatewayHops) covers only network entries.
  // The attacker's EC2 / Hetzner VM has the hoster's default name under the trusted zone, forward-
  // confirmed by the hoster's own DNS, so it is "the gateway"; the walk takes the next line, the VM's
  // own "from mail.northbank.example [192.0.2.10] by <VM's name>" (byName holds: the VM wrote it under
  // its own name), and SPF passes for the bank at 192.0.2.10; the VM's own header under its name is
  // read as the gateway's record too (lib/engine/gateways.ts trustedGatewayResults). Through the genuine filter the VM is a
  // second gateway hop the same way. Fix (proposed): in gatewayTest, a 'name' match on a hop the
  // classifier calls a hosted server (the hostedGatewayHops test, run for name candidates too) counts
  // only when the trusted entry is that very host name, or the name's registrable domain is not the
  // hoster's (a name under the reader's own domain forward-confirms only where the reader publishes
  // it); and lib/cli/trust-gateway.ts / Options warn for a domain entry that is a hoster's reverse
  // zone (compute.amazonaws.com, your-server.de, googleusercontent.com, linodeusercontent.com,
  // vultrusercontent.com, contaboserver.net…). Risk: a reader who trusts a fleet of filter VMs by
  // their hoster's zone reads their genuine mail suspicious (gateway-network-shared's wording) until
  // each host name is listed; gateways named under their own domain (mimecast.com, pphosted.com) are
  // unaffected.
  // Fixed at 01:22 on 2026-12-05 (lib/engine/gateways.ts hostedGatewayNameHops, lib/message/origin.ts
  // gatewayTest): probe52-trusted-gateway-aws-region-zone-attacker-vm-online now reads suspicious
  // (gateway-network-shared, worded for the domain; the VM's hoster-generated name under the
  // trusted zone is not the gateway, and its line below keeps it from spoofed as for a shared network).
  // Fixed at 01:22 on 2026-12-05 (same): probe52-trusted-gateway-hetzner-zone-vm-behind-real-filter-online
  // now reads suspicious (the reader's own filter, named static.….clients.your-server.de and trusted
  // by your-server.de, is not honoured either: gateway-network-shared names the domain).
  // Reads authenticated offline (dmarc-pass "according to your provider's checks"), wanted not
  // trusted. lib/auth/authresults.ts takes STALWART_LINE (/\bby\s+\S+\s+\(Stalwart SMTP\)/) over the
  // entry line's raw value; Exim's line carries the sender's quoted envelope after its by clause, so
  // the mark matches and the first header below the line under mx.reader.example (the attacker's)
  // is the receiver's. The same message without the mark reads unverified (that header forged).
  // Fix (proposed): test the mark on the parsed by clause only: the first comment of the entry hop's
  // `by` clause is exactly "Stalwart SMTP" (lib/message/received.ts keeps clause comments), not a
  // match anywhere in the line. Risk: none seen for genuine Stalwart (`by <host> (Stalwart SMTP)
  // with ESMTPS`, rw45, rw46); an Exim box that writes no header of its own then reads unverified
  // offline, as it did before the Stalwart rule.
  // Fixed at 01:5x on 2026-12-05 (lib/auth/authresults.ts, stalwartMark): the mark counts only as
  // the line's own by clause, outside every comment and quoted string: this case now reads
  // unverified offline with the header named forged (forged-auth-results), as its twin without the
  // mark does; its expectation says so (offline, a forged header alone reads unverified, as in ten
  // other adversarial cases).
  // Read unverified offline (entry-behind-nat, forged-auth-results, offline-mode) and suspicious
  // online (forged-auth-results: "a fake Authentication-Results header claims to come from
  // atlas-production…yahoo.com"), wanted authenticated: the bank's genuine signed notice in Yahoo's
  // 2025 layout. lib/message/origin.ts walkReceiver, single entry hop: the first hop received by a
  // host of *.yahoo.com is Yahoo's mailbox hand-off "from 127.0.0.1 by atlas-production.v2-mail-prod1-
  // gq1.omega.yahoo.com pod-id … with HTTP"; its client is loopback and not the inner address
  // (10.253.233.86) the line below was written by, so it is the entry, behind a NAT, with no
  // address; Yahoo's header below it is outside the region and forged. (AOL's "from 10.253.37.223 by
  // atlas201.aol.mail.gq1.yahoo.com with HTTPS" over "by 10.253.37.223" is walked past and reads
  // right: probe52-aol-*.) Fix (proposed): in the Yahoo profile, a top hop by a Yahoo atlas host
  // "with HTTP"/"HTTPS" from an internal or loopback address is Yahoo's local hand-off; the entry is
  // the line right below it when that line's `by` is an internal address literal and it is a network
  // delivery (`with SMTP`/`SMTPs`), its client the from-word address (see the fromSide fix below).
  // Risk: a sender writes nothing above Yahoo's entry line, so taking the next line is safe only
  // when it directly follows the hand-off; a second such line, or none, keeps today's reading.
  // Fixed at 01:23 on 2026-12-05 (lib/message/yahoo-layout.ts atlasHandOffEntry, called from
  // lib/message/origin.ts walkReceiver): probe52-yahoo-omega-pod-id-bank-signed-control-offline now
  // reads authenticated (Yahoo's header trusted, offline-mode only), -online reads authenticated. The
  // layout was checked against public raw Yahoo messages (January, June, August 2025: `from 127.0.0.1
  // by atlas-production…omega.yahoo.com pod-id … with HTTP` on top, Yahoo's header, X-Apparently-To,
  // X-YMailISG, then `from <client> (EHLO <name>) by 10.253.233.86 with SMTPs`); the probe now carries
  // the X-YMailISG row too.
  // Reads unverified offline (entry-behind-nat; Yahoo's dmarc=fail(p=QUARANTINE) read as a forged
  // header; "found no Authentication-Results from your provider"), wanted spoofed. Same rule and fix.
  // Fixed at 01:23 on 2026-12-05 (lib/message/yahoo-layout.ts atlasHandOffEntry): probe52-yahoo-omega-
  // pod-id-quarantine-forgery-offline now reads spoofed (Yahoo's dmarc=fail trusted).
  // Reads suspicious online (provider-disagreement; our own dmarc=pass: SPF passed for the bank at
  // 192.0.2.10), wanted spoofed. lib/message/received.ts fromSide, qmail branch: in Yahoo's layout
  // "from 198.51.100.66 (EHLO x) ([192.0.2.10]) by 10.253.37.223 with SMTPs" the comment after the
  // EHLO comment is taken as the receiver's record (last address comment), but Yahoo prints the
  // client's address as the from-word and the HELO after it, so the "[192.0.2.10]" is the HELO's
  // text (`EHLO x) ([192.0.2.10]`). Yahoo's own fail keeps the verdict a warning; without it (its
  // header not trusted, the omega layout above) our pass would stand. Fix (proposed): when the
  // from-word is a public address and a comment is "(EHLO|HELO name)", an address comment after it
  // is the client's (as for Exim's helo=): take the from-word, or call the line unreadable. Risk:
  // Yahoo's 2019 layout "from 127.0.0.1 (EHLO name) (ip)" has a loopback from-word and keeps its
  // last comment; qmail's "from rdns (HELO name) (ip)" has a name as from-word; neither changes.
  // Fixed at 01:23 on 2026-12-05 (lib/message/received.ts fromSide, with yahoo-layout.ts
  // innerAddressSmtpLine): probe52-aol-atlas-helo-closes-ehlo-comment-quarantine-online now reads
  // spoofed. On a line by a bare internal address `with SMTP`/`SMTPs` (Yahoo's inner MTA) a public
  // bare from-word followed by `(EHLO …)` is the client; not elsewhere (Postfix prints the HELO as
  // the from-word, so there the last comment stays the record).
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
    meta: { about: c.about, class: `probe52-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const READER = 'Robin Reader <robin@reader.example>';
const ATTACKER = 'attacker.example';
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const ZONE = { ...BANK, [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } };
/** The bank at p=quarantine: the forgery Yahoo files in Spam rather than refusing it (554 5.7.9 at p=reject). */
const QUARANTINE_ZONE = { ...ZONE, '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=quarantine'] } };

const lure = (to = READER) =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to,
    subject: 'Mandatory: re-enrol your token today',
    body: 'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
  });

/** The bank's genuine notice, signed d=northbank.example s=nb1. */
const bankNotice = (to = READER) =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to,
      subject: 'A new message in your online banking',
      body: 'Dear customer,\r\n\r\nyou have a new message in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1' },
  );

/** The reader's Postfix box with OpenDKIM/OpenDMARC: its own header, SPF at `ip` (the hop handing over). */
const boxResults = (envelope: string, ip: string, dkim = 'dkim=none', dmarc = 'fail') =>
  `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=fail (${RECEIVER}: domain of ${envelope} does not designate ${ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=${dmarc} (policy=reject) header.from=northbank.example`;

/** The attacker's own Postfix line below its VM: the bank's server and address, written by the VM. */
const forgedBankLine = (vm: string, id: string) =>
  received({
    helo: 'mail.northbank.example',
    rdns: 'mail.northbank.example',
    ip: BANK_IP,
    by: vm,
    id,
    for: 'robin@reader.example',
    date: D(2),
  });

// --- 1. A trusted gateway domain that is a hoster's reverse zone -----------------------------------

/** The reader's filter VM on AWS eu-central-1, under the default name AWS gives its address. */
const AWS_FILTER = { ip: '3.120.1.10', name: 'ec2-3-120-1-10.eu-central-1.compute.amazonaws.com' };
/** The attacker's EC2 VM in the same region, under its default name (forward-confirmed by AWS). */
const AWS_VM = { ip: '3.120.77.7', name: 'ec2-3-120-77-7.eu-central-1.compute.amazonaws.com' };
const AWS_ZONE_ARGS = ['--authserv-id', RECEIVER, '--trust-gateway', 'eu-central-1.compute.amazonaws.com'];

async function awsRegionZone(write: CaseWriter): Promise<void> {
  const eml = onTop(
    lure(),
    'Return-Path: <security@northbank.example>',
    boxResults('security@northbank.example', AWS_VM.ip),
    received({
      helo: AWS_VM.name,
      rdns: AWS_VM.name,
      ip: AWS_VM.ip,
      by: RECEIVER,
      id: '4ZvK52a0Aws2',
      for: 'robin@reader.example',
      date: D(5),
    }),
    `Authentication-Results: ${AWS_VM.name};\r\n\tspf=pass smtp.mailfrom=security@northbank.example;\r\n\tdmarc=pass header.from=northbank.example`,
    forgedBankLine(AWS_VM.name, '4ZvK52a0Aws1'),
  );
  const what = `The reader's filter is a Postfix VM on AWS eu-central-1 (${AWS_FILTER.ip}) that kept its default reverse name ${AWS_FILTER.name}; the reader typed its domain into the trusted gateways (--trust-gateway eu-central-1.compute.amazonaws.com, a domain entry as the Options example mimecast.com suggests; no hosting warning is given for a domain). The attacker rents an EC2 VM in the same region (${AWS_VM.ip}, default name ${AWS_VM.name}, which AWS's own DNS resolves back) and hands the reader's box the unsigned lure as security@northbank.example himself, with an Authentication-Results under his VM's name (spf=pass, dmarc=pass for the bank) and his own Postfix line "from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by ${AWS_VM.name}" below the box's entry. The box (OpenDMARC) records spf=fail at ${AWS_VM.ip} and dmarc=fail`;
  emit(write, {
    name: 'probe52-trusted-gateway-aws-region-zone-attacker-vm-online',
    about: `${what}. Online: the VM's PTR and A records lead back to each other, as AWS publishes them (offline no gateway name is confirmed and the same message reads spoofed). Wanted: not trusted (the name is AWS's for every tenant; the bank's address below is the VM's own text)`,
    cls: 'gateway-hoster-zone',
    eml,
    zone: { ...ZONE, ...ptr(AWS_VM.ip, AWS_VM.name), ...ptr(AWS_FILTER.ip, AWS_FILTER.name) },
    args: AWS_ZONE_ARGS,
    expect: NOT_TRUSTED,
  });
}

/** The reader's Postfix filter on a Hetzner Cloud VM (88.198.20.30), under Hetzner's default reverse name. */
const HZ_FILTER = { ip: '88.198.20.30', name: 'static.30.20.198.88.clients.your-server.de' };
/** The attacker's Hetzner Cloud VM, under its default name. */
const HZ_VM = { ip: '49.12.77.7', name: 'static.7.77.12.49.clients.your-server.de' };
const HZ_ZONE = { ...ZONE, ...ptr(HZ_VM.ip, HZ_VM.name), ...ptr(HZ_FILTER.ip, HZ_FILTER.name) };

async function hetznerSecondHop(write: CaseWriter): Promise<void> {
  // The filter (Postfix, no results of its own) hands on to the box; the box checks at the filter.
  const viaFilter = (raw: string, envelope: string, box: string, below: string[]) =>
    onTop(
      raw,
      `Return-Path: <${envelope}>`,
      box,
      received({
        helo: HZ_FILTER.name,
        rdns: HZ_FILTER.name,
        ip: HZ_FILTER.ip,
        by: RECEIVER,
        id: '4ZvK52b0Htz3',
        for: 'robin@reader.example',
        date: D(6),
      }),
      ...below,
    );
  const eml = viaFilter(
    lure(),
    'security@northbank.example',
    boxResults('security@northbank.example', HZ_FILTER.ip),
    [
      received({
        helo: HZ_VM.name,
        rdns: HZ_VM.name,
        ip: HZ_VM.ip,
        by: HZ_FILTER.name,
        id: '4ZvK52b0Htz2',
        for: 'robin@reader.example',
        date: D(4),
      }),
      forgedBankLine(HZ_VM.name, '4ZvK52b0Htz1'),
    ],
  );
  const what = `The reader's inbound filter is a Postfix VM on Hetzner Cloud (${HZ_FILTER.ip}) under Hetzner's default reverse name ${HZ_FILTER.name}; its MX points there and it hands everything on to the reader's box. The attacker rents a Hetzner Cloud VM (${HZ_VM.ip}, default name ${HZ_VM.name}, forward-confirmed by Hetzner's DNS) and sends the unsigned lure to the reader's MX, the genuine filter, which records him truthfully; his own line below says "from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by ${HZ_VM.name}". The box records spf=fail at the filter's address and dmarc=fail`;
  emit(write, {
    name: 'probe52-trusted-gateway-hetzner-zone-vm-behind-real-filter-online',
    about: `${what}. The reader trusts the filter by the domain of its name (--trust-gateway your-server.de). Online. Wanted: not trusted (the filter's line names the attacker's VM; Hetzner names every tenant's VM under the same zone, so the VM is no second gateway)`,
    cls: 'gateway-hoster-zone',
    eml,
    zone: HZ_ZONE,
    args: ['--authserv-id', RECEIVER, '--trust-gateway', 'your-server.de'],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe52-trusted-gateway-hetzner-exact-name-vm-behind-real-filter-online',
    about: `Control of the trust the fix would ask for: ${what}. The reader trusts the filter by its own host name alone (--trust-gateway ${HZ_FILTER.name}). Online. Wanted: spoofed (the filter is the gateway, the VM it recorded is the sender)`,
    cls: 'gateway-hoster-zone',
    eml,
    zone: HZ_ZONE,
    args: ['--authserv-id', RECEIVER, '--trust-gateway', HZ_FILTER.name],
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe52-trusted-gateway-hetzner-exact-name-bank-signed-control-online',
    about: `Control: the bank's genuine signed notice from ${BANK_IP} (EHLO mail.northbank.example, MAIL FROM:<bounce@northbank.example>) through the same filter, trusted by its own host name (--trust-gateway ${HZ_FILTER.name}); the box records dkim=pass, spf=fail at the filter's address, dmarc=pass. Online: the signature verifies and SPF passes at ${BANK_IP}. Wanted: authenticated`,
    cls: 'gateway-hoster-zone',
    eml: viaFilter(
      await bankNotice(),
      'bounce@northbank.example',
      boxResults(
        'bounce@northbank.example',
        HZ_FILTER.ip,
        'dkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz',
        'pass',
      ),
      [
        received({
          helo: 'mail.northbank.example',
          rdns: 'mail.northbank.example',
          ip: BANK_IP,
          by: HZ_FILTER.name,
          id: '4ZvK52c0Htz2',
          for: 'robin@reader.example',
          date: D(4),
        }),
      ],
    ),
    zone: { ...HZ_ZONE, ...BANK_KEY },
    args: ['--authserv-id', RECEIVER, '--trust-gateway', HZ_FILTER.name],
    expect: AUTHENTICATED,
  });
}

// --- 2. The Stalwart mark written by the envelope into an Exim box's line ---------------------------

async function eximStalwartMark(write: CaseWriter): Promise<void> {
  const envelope = `"x by ${RECEIVER} (Stalwart SMTP) y"@${ATTACKER}`;
  // Exim's default received_header_text: the sender's address after (Exim …), quotes kept.
  const eximLine = `Received: from mail.${ATTACKER} ([${ATTACKER_IP}])\r\n\tby ${RECEIVER} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <${envelope}>)\r\n\tid 1tQx52-00AbCd-1x\r\n\tfor robin@reader.example;\r\n\t${D(5)}`;
  const forged = `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=northbank.example;\r\n\tdmarc=pass header.from=northbank.example`;
  const raw = onTop(lure(), forged);
  const what = `The reader's box is Exim 4.96 (mx.reader.example, --authserv-id ${RECEIVER}), whose Received line prints "(envelope-from <$sender_address>)" after its by clause. The attacker sends MAIL FROM:<${envelope}> (a quoted local part, which Exim accepts and keeps quoted), so the line carries "by ${RECEIVER} (Stalwart SMTP)", and puts "Authentication-Results: ${RECEIVER}; dkim=pass … dmarc=pass header.from=northbank.example" first in the unsigned lure, right below Exim's line`;
  emit(write, {
    name: 'probe52-exim-envelope-stalwart-mark-box-header-held-offline',
    about: `Held: ${what}. Exim writes its own header at the start ("add_header = :at_start:\${authresults {…}}" with SPF and DMARC: spf=pass for attacker.example, dmarc=fail), so the forged header is not the first under the box's id below the line. Offline. Wanted: spoofed`,
    cls: 'stalwart-mark',
    eml: onTop(
      raw,
      `Return-Path: <${envelope}>`,
      `Authentication-Results: ${RECEIVER};\r\n\tiprev=pass (mail.${ATTACKER}) smtp.remote-ip=${ATTACKER_IP};\r\n\tspf=pass smtp.mailfrom=${ATTACKER};\r\n\tdkim=none;\r\n\tdmarc=fail header.from=northbank.example`,
      eximLine,
    ),
    args: ['--authserv-id', RECEIVER],
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe52-exim-envelope-stalwart-mark-no-box-header-offline',
    about: `${what}. Exim writes its header from its DKIM ACL (acl_smtp_dkim, run once per signature), so an unsigned message gets none of the box's own: the first header below the line under the box's id is the attacker's. Offline. Wanted: never authenticated; the header named as forged, as without the envelope's mark (offline, with no header of the receiver's, an honest unverified: the 2026-12-05 fix)`,
    cls: 'stalwart-mark',
    eml: onTop(raw, `Return-Path: <${envelope}>`, eximLine),
    args: ['--authserv-id', RECEIVER],
    expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
  });
  // Control: the bank's genuine signed notice to the same Exim box, which writes its own header.
  const signed = await bankNotice();
  emit(write, {
    name: 'probe52-exim-box-header-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice from ${BANK_IP} (EHLO mail.northbank.example, MAIL FROM:<bounce@northbank.example>) to the same Exim 4.96 box, whose line prints "(envelope-from <bounce@northbank.example>)" and whose own header at the start records iprev=pass, spf=pass, dkim=pass, dmarc=pass. Offline (--authserv-id ${RECEIVER}). Wanted: authenticated`,
    cls: 'stalwart-mark',
    eml: onTop(
      signed,
      'Return-Path: <bounce@northbank.example>',
      `Authentication-Results: ${RECEIVER};\r\n\tiprev=pass (mail.northbank.example) smtp.remote-ip=${BANK_IP};\r\n\tspf=pass smtp.mailfrom=northbank.example;\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tdmarc=pass header.from=northbank.example`,
      `Received: from mail.northbank.example ([${BANK_IP}])\r\n\tby ${RECEIVER} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <bounce@northbank.example>)\r\n\tid 1tQx52-00AbCd-2y\r\n\tfor robin@reader.example;\r\n\t${D(5)}`,
    ),
    args: ['--authserv-id', RECEIVER],
    expect: AUTHENTICATED,
  });
}

// --- 3. Yahoo's and AOL's current delivery layout ----------------------------------------------------

const YAHOO_ARGS = ['--webmail', 'yahoo'];
const YAHOO_TO = 'Robin Reader <robin.reader@yahoo.com>';
const AOL_TO = 'Robin Reader <robin.reader@aol.com>';

/** Yahoo's 2025 omega layout (test/corpus/receivers.ts) with this round's ids. */
const omega = (raw: string, o: YahooEntry) =>
  yahooOmega(raw, o, { tag: 'Probe52', pod: 'fb5f4cbd-6l2jz', inner: '10.253.233.86' });

/** AOL on Yahoo's atlas hosts (test/corpus/receivers.ts). */
const aol = (raw: string, o: YahooEntry) => aolAtlas(raw, o);

const yahooFailAr = (policy: string) =>
  `dkim=unknown;\r\n spf=fail smtp.mailfrom=northbank.example arc_overridden_status=NOT_OVERRIDDEN;\r\n dmarc=fail(p=${policy}) header.from=northbank.example arc_overridden_status=NOT_OVERRIDDEN;`;
const yahooFailSpf = `fail (domain of northbank.example does not designate ${ATTACKER_IP} as permitted sender)`;

async function yahooLayouts(write: CaseWriter): Promise<void> {
  const control = omega(await bankNotice(YAHOO_TO), {
    ip: BANK_IP,
    helo: 'mail.northbank.example',
    envelope: 'bounce@northbank.example',
    spf: `pass (domain of northbank.example designates ${BANK_IP} as permitted sender)`,
    ar: 'dkim=pass header.i=@northbank.example header.s=nb1 arc_overridden_status=NOT_OVERRIDDEN;\r\n spf=pass smtp.mailfrom=northbank.example arc_overridden_status=NOT_OVERRIDDEN;\r\n dmarc=pass(p=REJECT) header.from=northbank.example arc_overridden_status=NOT_OVERRIDDEN;',
  });
  const layout = `Yahoo Mail's 2025 layout: "from 127.0.0.1 by atlas-production.v2-mail-prod1-gq1.omega.yahoo.com pod-id … with HTTP" on top, then Return-Path, X-Originating-Ip, Received-SPF, Yahoo's one Authentication-Results (each result followed by arc_overridden_status=NOT_OVERRIDDEN), X-Apparently-To, and the entry "from <client ip> (EHLO <name>) by 10.253.233.86 with SMTPs (version=TLS1_3 …)"`;
  emit(write, {
    name: 'probe52-yahoo-omega-pod-id-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice from ${BANK_IP} (EHLO mail.northbank.example) to a Yahoo reader, in ${layout}; Yahoo records dkim=pass, spf=pass, dmarc=pass(p=REJECT). Offline (--webmail yahoo): Yahoo's header is all there is. Wanted: authenticated`,
    cls: 'yahoo-layout',
    eml: control,
    args: YAHOO_ARGS,
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe52-yahoo-omega-pod-id-bank-signed-control-online',
    about: `Control: the same genuine notice in ${layout}, read online: the bank's signature verifies. Wanted: authenticated (not a warning that Yahoo's own header is fake)`,
    cls: 'yahoo-layout',
    eml: control,
    zone: { ...ZONE, ...BANK_KEY },
    args: YAHOO_ARGS,
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe52-yahoo-omega-pod-id-quarantine-forgery-offline',
    about: `The unsigned lure as security@northbank.example from ${ATTACKER_IP} (EHLO mail.${ATTACKER}, MAIL FROM:<security@northbank.example>) to a Yahoo reader, in ${layout}. The bank's policy here is p=quarantine (Yahoo refuses a p=reject failure with 554 5.7.9), so Yahoo files it in Spam with spf=fail and dmarc=fail(p=QUARANTINE), where the reader opens it. Offline (--webmail yahoo). Wanted: spoofed (Yahoo's own fail)`,
    cls: 'yahoo-layout',
    eml: omega(lure(YAHOO_TO), {
      ip: ATTACKER_IP,
      helo: `mail.${ATTACKER}`,
      envelope: 'security@northbank.example',
      spf: yahooFailSpf,
      ar: yahooFailAr('QUARANTINE'),
    }),
    args: YAHOO_ARGS,
    expect: SPOOFED,
  });
  const aolLayout = `AOL Mail's layout (Yahoo's atlas hosts): "from 10.253.37.223 by atlas201.aol.mail.gq1.yahoo.com with HTTPS" on top, Yahoo's header, and the entry "from <client ip> (EHLO <name>) by 10.253.37.223 with SMTPs"; Yahoo prints the client's address first and its EHLO argument after it, as sent (a NetBIOS name such as "asleepace-droplet" in the samples). The bank's policy here is p=quarantine (at p=reject Yahoo refuses the forgery), so AOL files it in Spam with spf=fail and dmarc=fail(p=QUARANTINE). Online (--webmail yahoo): no signature, our check at the client`;
  emit(write, {
    name: 'probe52-aol-atlas-helo-bank-address-literal-quarantine-online',
    about: `Held: the unsigned lure from ${ATTACKER_IP}, greeting with the bank's address as an RFC 5321 address literal (EHLO [${BANK_IP}], which every MTA accepts), in ${aolLayout}. Wanted: spoofed (the literal is the client's word; Yahoo's from-word is its record)`,
    cls: 'yahoo-layout',
    eml: aol(lure(AOL_TO), {
      ip: ATTACKER_IP,
      helo: `[${BANK_IP}]`,
      envelope: 'security@northbank.example',
      spf: yahooFailSpf,
      ar: yahooFailAr('QUARANTINE'),
    }),
    zone: QUARANTINE_ZONE,
    args: YAHOO_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe52-aol-atlas-helo-closes-ehlo-comment-quarantine-online',
    about: `The unsigned lure from ${ATTACKER_IP} greeting "EHLO x) ([${BANK_IP}]", which closes Yahoo's "(EHLO …)" comment and adds one of its own holding the bank's address (whether Yahoo takes blanks in the EHLO argument is not documented; Postfix's smtpd does, joining the words), in ${aolLayout}. Wanted: spoofed (Yahoo's from-word ${ATTACKER_IP} is the client; our own check must not pass SPF at ${BANK_IP})`,
    cls: 'yahoo-layout',
    eml: aol(lure(AOL_TO), {
      ip: ATTACKER_IP,
      helo: `x) ([${BANK_IP}]`,
      envelope: 'security@northbank.example',
      spf: yahooFailSpf,
      ar: yahooFailAr('QUARANTINE'),
    }),
    zone: QUARANTINE_ZONE,
    args: YAHOO_ARGS,
    expect: SPOOFED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await awsRegionZone(write);
  await hetznerSecondHop(write);
  await eximStalwartMark(write);
  await yahooLayouts(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
