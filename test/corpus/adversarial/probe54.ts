// Red-team probes, fifty-fourth round (December 2026): the last hour's rules, by a sender who has read
// lib/ and wants a forgery of northbank.example read authenticated or unverified.
// - Yahoo's 2025 layout (lib/message/yahoo-layout.ts atlasHandOffEntry, received.ts fromSide with
//   innerAddressSmtpLine): Yahoo prints the client's EHLO argument as sent inside its "(EHLO …)"
//   comment. An argument that leaves a parenthesis open makes the entry line unreadable, so the
//   atlas rule does not apply and the walk falls back to its older rules; an argument that closes
//   the comment and writes a "with" clause of its own changes the line's "with" text, so the line is
//   no longer Yahoo's inner MTA's and the last address comment (the sender's) is read as the client.
// - Offline behind a trusted gateway (lib/engine/offline.ts offlineAtTrustedGateway): the box's
//   fail counts as the gateway's when it names the gateway's address and not the sender's. A box
//   that checks past the filter (rspamd's external_relay) prints the client's address as its
//   dual-stack socket gave it (::ffff:a.b.c.d), which namesAddress does not read as the sender's,
//   and the sender's HELO, an address literal of the filter, names the filter's.
// - A gateway trusted by name whose own line is accepted under the name it greets with (origin.ts
//   walkGateways): a filter that adds no Received line of its own (Cisco Secure Email's "Add
//   Received Header: No") leaves the line below it to the sender, who writes it "by" the filter's
//   HELO name.
// Layouts learnt with the search tool and from earlier rounds: Yahoo's 2025 delivery and AOL's as
// probe52.ts gives them (public raw Yahoo messages of 2025; a sample AOL message of 2021); rspamd's
// SPF comment as test/corpus/adversarial/probe43.ts writes it; Postfix's line as
// test/corpus/messages.ts received(). Names and addresses are documentation ones, except Yahoo's
// hosts and Google Cloud's reverse zone (34.120.0.0/16, bc.googleusercontent.com).

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
 * fixed (see the fifty-fourth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Both read unverified offline (entry-behind-nat; Yahoo's dmarc=fail(p=QUARANTINE) read as a
  // forged header, dmarc none), wanted spoofed. The sender's EHLO argument, printed inside Yahoo's
  // "(EHLO …)" comment, leaves it open ("mail.attacker.example (") or writes its own clauses
  // ("x) ([192.0.2.10]) with ESMTP (y"); lib/message/received.ts marks the entry unreadable
  // (clientShapedClauses / an unclosed comment), and lib/message/yahoo-layout.ts atlasHandOffEntry
  // gives up on an unreadable line below, so the walk's NAT rule (origin-nat.ts unaddressedEntry)
  // reads the hand-off from 127.0.0.1 as a stranger's and Yahoo's header as forged: probe52's bug,
  // back by the sender's choice. (Online both read spoofed by our own check.) Fix (proposed): in
  // atlasHandOffEntry, accept an unreadable line below when its `by` is a bare internal address and
  // it sits right under the atlas hand-off (both written by Yahoo; the sender only wrote inside
  // the line): the entry is that line with no address, so Yahoo's header is in the region and its
  // fail decides. Needs the unreadable line's `by` kept (parseReceived sets it before the from side).
  // Risk: none for genuine mail (the line is still Yahoo's); a forgery is then judged by Yahoo's
  // header, which is what the reader's own Yahoo saw.
  // Fixed at 02:4x on 2026-12-05 (lib/message/yahoo-layout.ts atlasHandOffEntry): the line right
  // under the atlas hand-off is Yahoo's entry even when the EHLO made it unreadable (Yahoo's head
  // `from <public ip> (EHLO ` first); no address taken from it, Yahoo's own header read: this case
  // now reads spoofed.
  // Fixed at 02:4x on 2026-12-05 (the same rule): this case now reads spoofed.
  // Reads unverified offline (dmarc.atTrustedGateway; "your provider checked SPF at 203.0.113.20, the
  // gateway you trust"), wanted spoofed. lib/engine/offline.ts offlineAtTrustedGateway: the box's
  // line names the filter's address only in smtp.helo=[203.0.113.20], the sender's own EHLO, and the
  // sender's address only as rspamd printed it, IPv4-mapped (::ffff:198.51.100.66), which
  // lib/message/ip.ts namesAddress does not match (the ':' before it). Fix (proposed): in
  // namesAddress accept a "::ffff:" prefix (and its upper-case form) before an IPv4 address; and
  // in offlineAtTrustedGateway count only the checked address of the box's SPF result (the address
  // in its comment, or policy.iprev/smtp.remote-ip), never smtp.helo, smtp.mailfrom or header.*
  // values, which the sender writes. Risk: a box that prints the gateway's address only inside
  // smtp.helo (none seen) would keep its fail, and genuine SPF-only mail through the filter read
  // spoofed offline there, as before 2026-12-05.
  // Fixed at 02:4x on 2026-12-05 (lib/message/ip.ts namesAddress reads an IPv4-mapped `::ffff:`
  // address; lib/engine/offline.ts offlineAtTrustedGateway reads the box's own words, not
  // smtp.helo/smtp.mailfrom/header.* values): this case now reads spoofed.
  // Reads authenticated online (SPF pass at 192.0.2.10; findings provider-disagreement low,
  // gateway-trusted), wanted not trusted. lib/message/origin.ts walkGateways: the gateway is known by
  // name and greets as esa1.reader.example, so the line below "by esa1.reader.example" is taken as
  // its own (commit 222bdc12), but a filter that adds no Received line leaves that line to the
  // sender, who copies the HELO (it is printed in every message the reader's filter relays). Before
  // that commit the line's `by` had to be under the trusted gateway domain. Fix (proposed): accept
  // the HELO's name only when it forward-confirms to the gateway hop's address (one A/AAAA lookup,
  // as confirmedGatewayNames does for the reverse name; offline never), or when the line below is
  // the only one and its client is recorded with a reverse name and address the box's line does not
  // contradict. Risk: rw52-filter-gcp-exact-default-name-trusted-spf-only reads spoofed again where
  // the admin's host name has no A record at the filter's address (it should have one); a forged
  // line under a HELO that does resolve to the filter still passes where the filter writes no line,
  // so the README should say a gateway that adds no Received line cannot be looked past.
  // Lead's note (02:2x on 2026-12-05): the walk now takes the HELO only where it leads back to the
  // gateway's address (lib/engine/origin-walk.ts confirmedGatewayHelos), but the reader's filter
  // greets with its MX name, which does. And the older form reads the same: the sender writes
  // `by 19.7.120.34.bc.googleusercontent.com`, the trusted name itself, which every message the
  // box prints beside the filter's address. A gateway that writes no Received line of its own
  // cannot be looked past safely by any name; nothing in the message tells its missing line from
  // the sender's. Kept pending, and README says so (trust such a gateway by address and have it
  // add its Received header).
  'probe54-gateway-by-name-adds-no-line-sender-writes-by-its-helo-online',
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
    meta: { about: c.about, class: `probe54-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const READER = 'Robin Reader <robin@reader.example>';
const ATTACKER = 'attacker.example';
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const ZONE = { ...BANK, [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } };
/** The bank at p=quarantine: Yahoo files the forgery in Spam rather than refusing it (554 5.7.9 at p=reject). */
const QUARANTINE_ZONE = { ...ZONE, '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=quarantine'] } };

const lure = (to = READER) =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to,
    subject: 'Action needed: confirm your new payee',
    body: 'A new payee was added to your account. If this was not you, cancel it at https://northbank-payee.example/cancel\r\n',
  });

/** The bank's genuine notice, signed d=northbank.example s=nb1. */
const bankNotice = (to = READER) =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to,
      subject: 'Your statement is ready',
      body: 'Dear customer,\r\n\r\nyour monthly statement is ready in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1' },
  );

// --- 1. Yahoo's and AOL's 2025 layout: the EHLO argument inside Yahoo's comment ---------------------

const YAHOO_ARGS = ['--webmail', 'yahoo'];
const YAHOO_TO = 'Robin Reader <robin.reader@yahoo.com>';
const AOL_TO = 'Robin Reader <robin.reader@aol.com>';

type YahooFacts = YahooEntry;

/** Yahoo's 2025 omega layout (test/corpus/receivers.ts) with this round's ids. */
const omega = (raw: string, o: YahooFacts) =>
  yahooOmega(raw, o, { tag: 'Probe54', pod: 'fb5f4cbd-9xk2q', inner: '10.253.233.86' });

/** AOL on Yahoo's atlas hosts (test/corpus/receivers.ts). */
const aol = (raw: string, o: YahooFacts) => aolAtlas(raw, o);

const yahooFail = (helo: string): YahooFacts => ({
  ip: ATTACKER_IP,
  helo,
  envelope: 'security@northbank.example',
  spf: `fail (domain of northbank.example does not designate ${ATTACKER_IP} as permitted sender)`,
  ar: 'dkim=unknown;\r\n spf=fail smtp.mailfrom=northbank.example arc_overridden_status=NOT_OVERRIDDEN;\r\n dmarc=fail(p=QUARANTINE) header.from=northbank.example arc_overridden_status=NOT_OVERRIDDEN;',
});

async function yahooEhlo(write: CaseWriter): Promise<void> {
  const layout = `Yahoo Mail's 2025 layout ("from 127.0.0.1 by atlas-production…omega.yahoo.com pod-id … with HTTP" on top, Yahoo's one header, and the inner MTA's entry "from <client ip> (EHLO <argument as sent>) by 10.253.233.86 with SMTPs"). The bank's policy is p=quarantine (Yahoo refuses a p=reject failure), so Yahoo files the unsigned lure from ${ATTACKER_IP} in Spam with spf=fail and dmarc=fail(p=QUARANTINE), where the reader opens it`;
  const unclosed = omega(lure(YAHOO_TO), yahooFail(`mail.${ATTACKER} (`));
  const open = `The attacker greets "EHLO mail.${ATTACKER} (", an argument that leaves a parenthesis open inside Yahoo's "(EHLO …)" comment, so the entry line no longer closes it and cannot be read; the atlas rule (yahoo-layout.ts atlasHandOffEntry) needs that line readable, and without it the walk's older rules read the hand-off from 127.0.0.1 as a NAT and Yahoo's header as forged (probe52's bug). ${layout}`;
  emit(write, {
    name: 'probe54-yahoo-omega-ehlo-unclosed-paren-quarantine-offline',
    about: `${open}. Offline (--webmail yahoo). Wanted: spoofed (Yahoo's own fail is above everything the sender wrote)`,
    cls: 'yahoo-ehlo',
    eml: unclosed,
    args: YAHOO_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe54-yahoo-omega-ehlo-unclosed-paren-quarantine-online',
    about: `${open}. Online: the entry has no address to check SPF at, but Yahoo's header is Yahoo's. Wanted: not trusted`,
    cls: 'yahoo-ehlo',
    eml: unclosed,
    zone: QUARANTINE_ZONE,
    args: YAHOO_ARGS,
    expect: NOT_TRUSTED,
  });
  const withHelo = `x) ([${BANK_IP}]) with ESMTP (y`;
  const clause = `The attacker greets "EHLO ${withHelo}": it closes Yahoo's "(EHLO …)" comment, adds an address comment holding the bank's address and a "with ESMTP" clause of its own before Yahoo's "by", so the line's "with" no longer reads "SMTPs" alone and the inner-MTA rule (innerAddressSmtpLine) that makes the from-word the client may not apply; the last address comment of the from clause is then the sender's [${BANK_IP}]`;
  emit(write, {
    name: 'probe54-aol-atlas-ehlo-writes-with-clause-bank-literal-online',
    about: `${clause}. AOL Mail's layout ("from 10.253.37.223 by atlas201.aol.mail.gq1.yahoo.com with HTTPS" on top, Yahoo's header, the entry by 10.253.37.223 with SMTPs); p=quarantine. Online (--webmail yahoo). Wanted: spoofed (Yahoo's from-word ${ATTACKER_IP} is the client; SPF must not pass at ${BANK_IP})`,
    cls: 'yahoo-ehlo',
    eml: aol(lure(AOL_TO), yahooFail(withHelo)),
    zone: QUARANTINE_ZONE,
    args: YAHOO_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe54-yahoo-omega-ehlo-writes-with-clause-bank-literal-offline',
    about: `${clause}. ${layout}. Offline (--webmail yahoo). Wanted: spoofed (Yahoo's fail)`,
    cls: 'yahoo-ehlo',
    eml: omega(lure(YAHOO_TO), yahooFail(withHelo)),
    args: YAHOO_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe54-aol-atlas-bank-signed-control-online',
    about: `Control: the bank's genuine signed notice from ${BANK_IP} (EHLO mail.northbank.example) to an AOL reader in AOL Mail's layout on Yahoo's atlas hosts; Yahoo records dkim=pass, spf=pass, dmarc=pass(p=REJECT). Online (--webmail yahoo): the signature verifies and SPF passes at ${BANK_IP}. Wanted: authenticated`,
    cls: 'yahoo-ehlo',
    eml: aol(await bankNotice(AOL_TO), {
      ip: BANK_IP,
      helo: 'mail.northbank.example',
      envelope: 'bounce@northbank.example',
      spf: `pass (domain of northbank.example designates ${BANK_IP} as permitted sender)`,
      ar: 'dkim=pass header.i=@northbank.example header.s=nb1 arc_overridden_status=NOT_OVERRIDDEN;\r\n spf=pass smtp.mailfrom=northbank.example arc_overridden_status=NOT_OVERRIDDEN;\r\n dmarc=pass(p=REJECT) header.from=northbank.example arc_overridden_status=NOT_OVERRIDDEN;',
    }),
    zone: { ...ZONE, ...BANK_KEY },
    args: YAHOO_ARGS,
    expect: AUTHENTICATED,
  });
}

// --- 2. Offline behind the reader's own filter: a box that checks past it ---------------------------

/** The reader's own filter (Postfix, no results of its own), trusted by its one address. */
const GW = { helo: 'gw1.filter.reader.example', rdns: 'gw1.filter.reader.example', ip: '203.0.113.20' };
const GW_ARGS = ['--authserv-id', RECEIVER, '--trust-gateway', '203.0.113.20/32'];

/** The box's delivery from the filter; the filter's own line records the client truthfully. */
const viaFilter = (
  raw: string,
  envelope: string,
  box: string,
  client: { helo: string; rdns: string; ip: string },
) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    box,
    received({ ...GW, by: RECEIVER, id: '4ZwA54a0Gw2', for: 'robin@reader.example', date: D(6) }),
    received({ ...client, by: GW.helo, id: '4ZwA54a0Gw1', for: 'robin@reader.example', date: D(4) }),
  );

async function offlineGateway(write: CaseWriter): Promise<void> {
  const literal = `[${GW.ip}]`;
  // rspamd's external_relay: SPF at the hop before the filter; its dual-stack socket's form of it.
  const box = `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=fail (${RECEIVER}: domain of security@northbank.example does not designate ::ffff:${ATTACKER_IP} as permitted sender) smtp.mailfrom=security@northbank.example smtp.helo=${literal};\r\n\tdmarc=fail reason="SPF not aligned (strict), No valid DKIM" header.from=northbank.example (policy=reject)`;
  emit(write, {
    name: 'probe54-trusted-gateway-box-checks-past-filter-helo-names-filter-offline',
    about: `The reader's own filter ${GW.helo} (--trust-gateway ${GW.ip}/32) hands everything to the box, whose rspamd checks SPF past it at the client (its external_relay module) and prints that address as its listener gave it, IPv4-mapped (::ffff:${ATTACKER_IP}). The attacker sends the unsigned lure as security@northbank.example from ${ATTACKER_IP} greeting with the filter's address as a literal (EHLO ${literal}, which the filter accepts and the box records as smtp.helo). The box's fail is about the sender; its header names the filter's address only in the sender's HELO. Offline (the rule that turns a box's fail at the gateway into "none": lib/engine/offline.ts offlineAtTrustedGateway). Wanted: spoofed`,
    cls: 'gateway-offline',
    eml: viaFilter(lure(), 'security@northbank.example', box, {
      helo: literal,
      rdns: 'unknown',
      ip: ATTACKER_IP,
    }),
    args: GW_ARGS,
    expect: SPOOFED,
  });
  const plainBox = `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=fail (${RECEIVER}: domain of "${GW.ip}"@northbank.example does not designate ${ATTACKER_IP} as permitted sender) smtp.mailfrom="${GW.ip}"@northbank.example;\r\n\tdmarc=fail (policy=reject) header.from=northbank.example`;
  emit(write, {
    name: 'probe54-trusted-gateway-box-checks-past-filter-envelope-names-filter-offline',
    about: `As above, the box checking SPF past the filter at ${ATTACKER_IP} and printing it plainly; the attacker's envelope is a quoted local part holding the filter's address (MAIL FROM:<"${GW.ip}"@northbank.example>), so the box's fail names both. Offline. Wanted: spoofed (the box's fail names the sender's address: it is about him)`,
    cls: 'gateway-offline',
    eml: viaFilter(lure(), `"${GW.ip}"@northbank.example`, plainBox, {
      helo: `mail.${ATTACKER}`,
      rdns: `mail.${ATTACKER}`,
      ip: ATTACKER_IP,
    }),
    args: GW_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe54-trusted-gateway-bank-signed-control-offline',
    about: `Control: the bank's genuine signed notice from ${BANK_IP} through the same filter; the box records dkim=pass for northbank.example, spf=fail at the filter's address ${GW.ip}, dmarc=pass. Offline. Wanted: authenticated`,
    cls: 'gateway-offline',
    eml: viaFilter(
      await bankNotice(),
      'bounce@northbank.example',
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=fail (${RECEIVER}: domain of bounce@northbank.example does not designate ${GW.ip} as permitted sender) smtp.mailfrom=bounce@northbank.example;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
      { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP },
    ),
    args: GW_ARGS,
    expect: AUTHENTICATED,
  });
}

// --- 3. A gateway trusted by name, its line accepted under its HELO ----------------------------------

/** The reader's filter VM on Google Cloud, trusted by its exact default reverse name; HELO set by its admin. */
const GCP = { ip: '34.120.7.19', name: '19.7.120.34.bc.googleusercontent.com', helo: 'esa1.reader.example' };
const GCP_ARGS = ['--authserv-id', RECEIVER, '--trust-gateway', GCP.name];
// The filter's HELO is the reader's MX host name, which leads back to it (an MX has an A record).
const GCP_ZONE = { ...ZONE, ...ptr(GCP.ip, GCP.name), [GCP.helo]: { A: [GCP.ip] }, ...BANK_KEY };

async function gatewayHelo(write: CaseWriter): Promise<void> {
  const top = (raw: string, envelope: string, box: string, below: string) =>
    onTop(
      raw,
      `Return-Path: <${envelope}>`,
      box,
      received({
        helo: GCP.helo,
        rdns: GCP.name,
        ip: GCP.ip,
        by: RECEIVER,
        id: '4ZwA54c0Esa2',
        for: 'robin@reader.example',
        date: D(6),
      }),
      below,
    );
  const boxFail = `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=fail (${RECEIVER}: domain of security@northbank.example does not designate ${GCP.ip} as permitted sender) smtp.mailfrom=security@northbank.example;\r\n\tdmarc=fail (policy=reject) header.from=northbank.example`;
  const forged = received({
    helo: 'mail.northbank.example',
    rdns: 'mail.northbank.example',
    ip: BANK_IP,
    by: GCP.helo,
    id: '4ZwA54c0Esa1',
    for: 'robin@reader.example',
    date: D(4),
  });
  emit(write, {
    name: 'probe54-gateway-by-name-adds-no-line-sender-writes-by-its-helo-online',
    about: `The reader's filter is a Cisco Secure Email virtual appliance on Google Cloud (${GCP.ip}), trusted by its exact default reverse name (--trust-gateway ${GCP.name}, as the hoster-zone warning recommends), greeting the box as ${GCP.helo}; its mail flow policy has "Add Received Header: No", so it writes no line of its own. The attacker learns its HELO from any reply the reader sent and writes the line below it himself: "from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by ${GCP.helo}". Since the walk accepts a gateway's own line under the name it greets with (origin.ts walkGateways), that line is taken as the filter's, and SPF would pass at the bank's address. Online (the filter's name forward-confirmed). Wanted: not trusted`,
    cls: 'gateway-helo',
    eml: top(lure(), 'security@northbank.example', boxFail, forged),
    zone: GCP_ZONE,
    args: GCP_ARGS,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe54-gateway-by-name-own-line-under-helo-bank-signed-control-online',
    about: `Control: the same filter writing its own line under its HELO name ("from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by ${GCP.helo}") for the bank's genuine signed notice; the box records dkim=pass, spf=fail at ${GCP.ip}, dmarc=pass. Online. Wanted: authenticated`,
    cls: 'gateway-helo',
    eml: top(
      await bankNotice(),
      'bounce@northbank.example',
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=fail (${RECEIVER}: domain of bounce@northbank.example does not designate ${GCP.ip} as permitted sender) smtp.mailfrom=bounce@northbank.example;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
      received({
        helo: 'mail.northbank.example',
        rdns: 'mail.northbank.example',
        ip: BANK_IP,
        by: GCP.helo,
        id: '4ZwA54c0Esa3',
        for: 'robin@reader.example',
        date: D(4),
      }),
    ),
    zone: GCP_ZONE,
    args: GCP_ARGS,
    expect: AUTHENTICATED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await yahooEhlo(write);
  await offlineGateway(write);
  await gatewayHelo(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
