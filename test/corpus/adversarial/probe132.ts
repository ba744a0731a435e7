// Red-team probes, round 132 (December 2026): the last half hour's changes (adc7495b..HEAD, lib/).
// - lib/engine/origin-walk.ts receiverMxDomains: the MX of a domain "the message was delivered to"
//   under a domain the reader named is asked first. Those names come from the hops' `for <…>` and
//   from Delivered-To / X-Original-To anywhere in the header block, so the sender chooses them: a
//   Delivered-To header of his own, or a `for <…>` in a line he forges, picks which of the
//   organisation's subdomains' MX lists is asked. Two uses: (a) a subdomain whose DNS is broken
//   (a lame delegation left from a retired service: SERVFAIL) makes receiverMxHosts report a
//   `fault`, and lib/analyze.ts undecidedByReceiverMx turns every unsigned forgery's DMARC fail
//   into temperror, the box's own fail set aside (auth-state.ts dmarcState): "a sender cannot
//   make the reader's own zone fail to answer" holds for the named domain, not for the subdomain
//   he names; (b) a subdomain whose MX still names a host in a domain the firm let lapse, which the
//   attacker re-registered: his server, with that name as PTR, passes as the receiver's backup MX.
// - The MX fault's answer at Gmail: the walk never goes past Gmail's one entry hop
//   (singleEntryHop), yet undecidedMxHop asks only for a named client received by a receiver host,
//   which every Gmail entry line is: a Workspace reader who names his domain, while its MX query
//   times out, reads a spoof that Gmail itself recorded dmarc=fail (p=reject) as unverified.
// - lib/findings/sender.ts listsEnvelope: a replayed, intact signed bank notice given a List-Id,
//   a Sender and an envelope at the attacker's own list host.
// Controls: the supplier's invoice straight into the box, through the subdomain's live backup MX,
// and into Gmail while the MX query times out; a genuine Mailman post whose author's signature
// survives.
// Where the layouts were learnt: probe129's backup-MX and lame/timeout layouts (Postfix + rspamd,
// viaRelay), realworld124's DuckDNS backup; subdomain takeover through dangling MX/NS records from
// learn.microsoft.com "Prevent dangling DNS entries and avoid subdomain takeover" (search corpus
// "pages", as probe129 cites it: expired third-party domains left in MX/NS records); Gmail's entry
// block as test/corpus/receivers.ts writes it from real Gmail headers; Mailman 3's List-Id /
// List-Post / Sender: <list>-bounces@ as realworld125 models it. OVH's 51.75.0.0/16 for the
// attacker's VPS; other names and addresses are documentation ones; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import {
  BANK,
  BANK_IP,
  BANK_KEY,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  ptr,
  type Relay,
  SPOOFED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { BANK_ENVELOPE, BANK_RELAY, bankNotice, postfixEntry, probeCorpus } from '../rounds-kit';

const STORED = 'Fri, 20 Nov 2026 10:00:08 +0000';
const RELAYED = 'Fri, 20 Nov 2026 10:00:06 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:04 +0000';

const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});
const NEVER_SPOOFED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };

/** Insert `lines` at the very top of the sender's header block (below whatever is put on top later). */
const withSenderHeaders = (raw: string, ...lines: string[]) => `${lines.join('\r\n')}\r\n${raw}`;

// ---- The supplier (unsigned, SPF -all, DMARC p=reject) -----------------------------------------
const SUPPLIER: Relay = {
  helo: 'mail.kestrel-timber.example',
  rdns: 'mail.kestrel-timber.example',
  ip: '198.51.100.40',
};
const SUPPLIER_ENVELOPE = 'accounts@kestrel-timber.example';
const SUPPLIER_ZONE = {
  ...ptr(SUPPLIER.ip, SUPPLIER.rdns),
  'kestrel-timber.example': { TXT: [`v=spf1 ip4:${SUPPLIER.ip} -all`] },
  '_dmarc.kestrel-timber.example': { TXT: ['v=DMARC1; p=reject'] },
};
const supplierMail = (to: string) =>
  submitted({
    from: `Kestrel Timber Accounts <${SUPPLIER_ENVELOPE}>`,
    to,
    subject: 'Invoice KT-21044 (oak boards, delivered 19 Nov)',
    date: 'Fri, 20 Nov 2026 09:59:40 +0000',
    messageId: '<20261120095940.7B2E1C0418@mail.kestrel-timber.example>',
    body: 'Hello,\r\n\r\nplease find our invoice KT-21044 for the oak boards delivered on 19 November, due in 30 days to the account on file.\r\n\r\nKestrel Timber Accounts\r\n',
  });

const BANK_ZONE = { ...BANK, ...ptr(BANK_IP, BANK_RELAY.rdns) };

// ---- Firm H: Postfix + rspamd box, with a lame legacy subdomain and a lapsed events subdomain ----
const H = 'harrowgate.example';
const H_BOX = `mail.${H}`;
const H_BOX_IP = '203.0.113.80';
const H_READER = `accounts@${H}`;
const H_ARGS = ['--authserv-id', H_BOX, '--recipient-domain', H];
/** Delegated years ago to a DNS host that no longer answers for it: every query SERVFAILs. */
const H_LAME = `legacy.${H}`;
/** The events team's old subdomain, its MX a host at an event-hosting firm whose domain lapsed. */
const H_EVENTS = `events.${H}`;
const H_EVENTS_MX = 'mx1.eventdesk-hosting.example';
/** The event host's server while the firm lived. */
const H_EVENTS_LIVE: Relay = { helo: H_EVENTS_MX, rdns: H_EVENTS_MX, ip: '198.51.100.150' };
/** The attacker's OVH VPS after re-registering eventdesk-hosting.example (A and PTR his). */
const H_EVENTS_TAKEN: Relay = { helo: H_EVENTS_MX, rdns: H_EVENTS_MX, ip: '51.75.140.17' };
const ATTACKER_VPS: Relay = {
  helo: 'vps-7c1e2a90.vps.ovh.net',
  rdns: 'vps-7c1e2a90.vps.ovh.net',
  ip: '51.75.140.18',
};
const hZone = (eventsMxIp: string) => ({
  ...ptr(H_BOX_IP, H_BOX),
  [H]: { MX: [{ priority: 10, exchange: H_BOX }], TXT: ['v=spf1 mx -all'] },
  [`_dmarc.${H}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [H_LAME]: { SERVFAIL: true },
  [H_EVENTS]: { MX: [{ priority: 10, exchange: H_EVENTS_MX }] },
  ...ptr(eventsMxIp, H_EVENTS_MX),
  ...ptr(ATTACKER_VPS.ip, ATTACKER_VPS.rdns),
});

/** rspamd's results on the box (authserv-id the box's name). */
const rspamd = (spf: 'pass' | 'fail', envelope: string, ip: string, from: string, dmarc: 'pass' | 'fail') =>
  `Authentication-Results: ${H_BOX};\r\n\tdkim=none;\r\n\tspf=${spf} (${H_BOX}: domain of ${envelope} ${spf === 'pass' ? 'designates' : 'does not designate'} ${ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=${dmarc} reason="SPF not aligned (relaxed), No valid DKIM" header.from=${from} (policy=reject)`;

const intoBox = (raw: string, envelope: string, rcpt: string, ar: string | null, ...lines: string[]) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${rcpt}`,
    dovecotLmtp(H_BOX, envelope, rcpt, 'kQ7mLx132ZQAAWh9Y', STORED),
    ...(ar ? [ar] : []),
    ...lines,
  );

// ---- Gmail (Workspace) reader at tidewater.example ----------------------------------------------
const T = 'tidewater.example';
const T_READER = `robin.reader@${T}`;
const T_ARGS = [...GMAIL, '--recipient-domain', T];
const T_LAME = `old-crm.${T}`;
const tZone = (mxTimeout: boolean) => ({
  [T]: mxTimeout
    ? { TXT: ['v=spf1 include:_spf.google.com -all'], TIMEOUT: true }
    : {
        MX: [{ priority: 1, exchange: 'smtp.google.com' }],
        TXT: ['v=spf1 include:_spf.google.com -all'],
      },
  [`_dmarc.${T}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [T_LAME]: { SERVFAIL: true },
  ...ptr(ATTACKER_VPS.ip, ATTACKER_VPS.rdns),
});

async function atGmail(raw: string, relay: Relay, envelope: string, results: string[], n: string) {
  return gmailDelivery(raw, {
    relay,
    envelope,
    results: results.join('\r\n       '),
    ids: [`x132csp${n}pxa`, `a132si${n}qtb.132`],
    deliveredTo: true,
    to: T_READER,
  });
}
const gmailBankFail = (relay: Relay) => [
  'dkim=none;',
  gmailSpf(BANK_ENVELOPE, relay.ip, 'fail'),
  gmailDmarc('northbank.example', 'REJECT', 'fail'),
];

// ---- The replayed list notice ------------------------------------------------------------------
const LISTHOST = 'lists.nb-members.example';
const LIST_RELAY: Relay = { helo: `mail.${LISTHOST}`, rdns: `mail.${LISTHOST}`, ip: '51.75.140.19' };
const LIST_ZONE = {
  ...ptr(LIST_RELAY.ip, LIST_RELAY.rdns),
  [LISTHOST]: { TXT: [`v=spf1 ip4:${LIST_RELAY.ip} -all`] },
  'nb-members.example': { TXT: [`v=spf1 ip4:${LIST_RELAY.ip} -all`] },
  '_dmarc.nb-members.example': { TXT: ['v=DMARC1; p=none'] },
};
/** A genuine bank notice the attacker received himself (signed nb1, intact). */
const bankGenuineNotice = (to: string) =>
  signAll(
    submitted({
      from: 'Northbank Security <security@northbank.example>',
      to,
      subject: 'A new device signed in to online banking',
      date: 'Thu, 19 Nov 2026 18:12:30 +0000',
      messageId: '<dev-20261119-55120@northbank.example>',
      body: 'Dear customer,\r\n\r\na new device signed in to your online banking on 19 November at 18:11.\r\nIf this was not you, call the number on the back of your card.\r\n\r\nNorthbank Customer Security\r\n',
    }),
    [['northbank.example', 'nb1']],
  );

// ---- A genuine Mailman 3 list post whose author's signature survives ----------------------------
const CLUB = 'lists.harbour-rowing.example';
const CLUB_RELAY: Relay = { helo: `mail.${CLUB}`, rdns: `mail.${CLUB}`, ip: '198.51.100.160' };
const AUTHOR_DOMAIN = 'fenwick-design.example';
const CLUB_ZONE = {
  ...ptr(CLUB_RELAY.ip, CLUB_RELAY.rdns),
  [CLUB]: { TXT: [`v=spf1 ip4:${CLUB_RELAY.ip} -all`] },
  'harbour-rowing.example': { TXT: [`v=spf1 ip4:${CLUB_RELAY.ip} -all`] },
  '_dmarc.harbour-rowing.example': { TXT: ['v=DMARC1; p=none'] },
  [`s1._domainkey.${AUTHOR_DOMAIN}`]: KEY(),
  [`_dmarc.${AUTHOR_DOMAIN}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [AUTHOR_DOMAIN]: { TXT: ['v=spf1 include:_spf.google.com -all'] },
};

// Fixed at 03:38 on 2026-12-06 (the lead), each read wrong at adc7495b..169073b2:
// - probe132-box-bank-delivered-to-lame-subdomain, probe132-box-bank-forged-for-lame-subdomain and
//   probe132-gmail-bank-delivered-to-lame-subdomain read UNVERIFIED: receiverMxDomains took
//   subdomains from every hop's `for <…>` and from Delivered-To / X-Original-To, and
//   receiverMxHosts reported a sender-named lame subdomain's SERVFAIL as the reader's fault. Now
//   (lib/engine/origin-walk.ts receiverMxDomains, receiverMxHosts) subdomains come only from the
//   `for <…>` of the receiver's own lines (the topmost down to its first line from a public
//   client), and only a domain the reader named can report a fault.
// - probe132-gmail-mx-timeout-bank-direct read UNVERIFIED: the MX hosts are no longer asked at
//   Gmail, Yahoo or Exchange Online, whose walk never passes a relay of the reader's by name
//   (lib/analyze.ts).
// - probe132-events-subdomain-lapsed-mx-host-bank(-rspamd) read AUTHENTICATED: a sender-written
//   Delivered-To picked which subdomain's MX vouched; the same receiverMxDomains change.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const hWhy = `${H} runs Postfix + rspamd on ${H_BOX} [${H_BOX_IP}] (its one MX; rspamd's authserv-id). Its zone still delegates ${H_LAME} to a DNS host that stopped answering (SERVFAIL), and ${H_EVENTS}'s MX names ${H_EVENTS_MX}, at an event-hosting firm. --authserv-id ${H_BOX}, --recipient-domain ${H}`;

  // ---- (a) a sender-chosen lame subdomain makes the MX "fault"
  emitCase(write, {
    name: 'probe132-box-supplier-direct-genuine',
    about: `Control. ${hWhy}. The supplier's unsigned invoice straight from its own server into the box (rspamd: SPF and DMARC pass). Wanted: authenticated at ${SUPPLIER.ip}.`,
    class: 'probe132-control',
    args: H_ARGS,
    eml: intoBox(
      supplierMail(H_READER),
      SUPPLIER_ENVELOPE,
      H_READER,
      rspamd('pass', SUPPLIER_ENVELOPE, SUPPLIER.ip, 'kestrel-timber.example', 'pass'),
      postfixEntry(SUPPLIER, H_BOX, '4Zz132a11', H_READER, ENTERED),
    ),
    zone: { ...hZone(H_EVENTS_LIVE.ip), ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'probe132-box-bank-direct-baseline',
    about: `${hWhy}. The bank's unsigned lure straight from the attacker's OVH VPS ${ATTACKER_VPS.rdns} [${ATTACKER_VPS.ip}]; rspamd records SPF and DMARC fail. Baseline for the two below. Wanted: spoofed.`,
    class: 'probe132-mx-fault',
    args: H_ARGS,
    eml: intoBox(
      bankNotice(H_READER),
      BANK_ENVELOPE,
      H_READER,
      rspamd('fail', BANK_ENVELOPE, ATTACKER_VPS.ip, 'northbank.example', 'fail'),
      postfixEntry(ATTACKER_VPS, H_BOX, '4Zz132a21', H_READER, ENTERED),
    ),
    zone: { ...hZone(H_EVENTS_LIVE.ip), ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe132-box-bank-delivered-to-lame-subdomain',
    about: `${hWhy}. The same lure, the attacker adding one header of his own: "Delivered-To: billing@${H_LAME}". receiverMxDomains asks ${H_LAME}'s MX first (it lies under the named ${H}), the query SERVFAILs, receiverMxHosts reports the fault, and undecidedByReceiverMx turns the unsigned forgery's DMARC fail into temperror, rspamd's own fail set aside. The reader's own MX answered; the fault is one the sender chose. Wanted: spoofed.`,
    class: 'probe132-mx-fault',
    args: H_ARGS,
    eml: intoBox(
      withSenderHeaders(bankNotice(H_READER), `Delivered-To: billing@${H_LAME}`),
      BANK_ENVELOPE,
      H_READER,
      rspamd('fail', BANK_ENVELOPE, ATTACKER_VPS.ip, 'northbank.example', 'fail'),
      postfixEntry(ATTACKER_VPS, H_BOX, '4Zz132a31', H_READER, ENTERED),
    ),
    zone: { ...hZone(H_EVENTS_LIVE.ip), ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe132-box-bank-forged-for-lame-subdomain',
    about: `${hWhy}. The same lure, the attacker forging one line below his own, "from mail.northbank.example ([${BANK_IP}]) by ${ATTACKER_VPS.rdns} … for <billing@${H_LAME}>": the hops' for <…> are read whoever wrote them. Wanted: spoofed.`,
    class: 'probe132-mx-fault',
    args: H_ARGS,
    eml: intoBox(
      bankNotice(H_READER),
      BANK_ENVELOPE,
      H_READER,
      rspamd('fail', BANK_ENVELOPE, ATTACKER_VPS.ip, 'northbank.example', 'fail'),
      postfixEntry(ATTACKER_VPS, H_BOX, '4Zz132a41', H_READER, RELAYED),
      postfixEntry(BANK_RELAY, ATTACKER_VPS.rdns, '4Zz132a42', `billing@${H_LAME}`, ENTERED),
    ),
    zone: { ...hZone(H_EVENTS_LIVE.ip), ...BANK_ZONE },
    expect: SPOOFED,
  });

  // ---- (b) a sender-chosen subdomain whose MX host lies in a lapsed domain
  emitCase(write, {
    name: 'probe132-events-subdomain-backup-supplier-genuine',
    about: `Control. ${hWhy}. While the event host lived, ${H_EVENTS_MX} [${H_EVENTS_LIVE.ip}] took mail for ${H_EVENTS} and relayed it to the box; the supplier's unsigned invoice to events@${H_EVENTS} arrives that way (Postfix lines, no rspamd results). Wanted: authenticated at ${SUPPLIER.ip}; at the least never spoofed.`,
    class: 'probe132-control',
    args: H_ARGS,
    eml: intoBox(
      supplierMail(`events@${H_EVENTS}`),
      SUPPLIER_ENVELOPE,
      `events@${H_EVENTS}`,
      null,
      postfixEntry(H_EVENTS_LIVE, H_BOX, '4Zz132b11', `events@${H_EVENTS}`, RELAYED),
      postfixEntry(SUPPLIER, H_EVENTS_MX, '4Zz132b12', `events@${H_EVENTS}`, ENTERED),
    ),
    zone: { ...hZone(H_EVENTS_LIVE.ip), ...SUPPLIER_ZONE },
    expect: NEVER_SPOOFED,
  });
  emitCase(write, {
    name: 'probe132-events-subdomain-lapsed-mx-host-bank',
    about: `${hWhy}. The events team stopped using ${H_EVENTS} years ago and the event-hosting firm's domain lapsed; the attacker re-registered eventdesk-hosting.example, points ${H_EVENTS_MX} at his OVH VPS [${H_EVENTS_TAKEN.ip}] and sets its PTR. He mails the bank's unsigned lure to ${H_READER} (not to the events address), adds "Delivered-To: events@${H_EVENTS}" among his headers so receiverMxDomains asks ${H_EVENTS}'s MX, and forges below his own line "from mail.northbank.example ([${BANK_IP}]) by ${H_EVENTS_MX}". The walk passes his host as the receiver's backup and takes the forged line for the entry. Unlike probe129's reclaimed label (the reader's own MX 20, kept by choice), here the sender picks which of the organisation's many subdomains vouches for him. Wanted: spoofed.`,
    class: 'probe132-mx-host',
    args: H_ARGS,
    eml: intoBox(
      withSenderHeaders(bankNotice(H_READER), `Delivered-To: events@${H_EVENTS}`),
      BANK_ENVELOPE,
      H_READER,
      null,
      postfixEntry(H_EVENTS_TAKEN, H_BOX, '4Zz132b21', H_READER, RELAYED),
      postfixEntry(BANK_RELAY, H_EVENTS_MX, '4Zz132b22', H_READER, ENTERED),
    ),
    zone: { ...hZone(H_EVENTS_TAKEN.ip), [H_EVENTS_MX]: { A: [H_EVENTS_TAKEN.ip] }, ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe132-events-subdomain-lapsed-mx-host-bank-rspamd',
    about: `As probe132-events-subdomain-lapsed-mx-host-bank, with rspamd on the box recording SPF fail at ${H_EVENTS_TAKEN.ip} and DMARC fail for northbank.example (the box's own words). With the walk past his host, that record names an "own relay" (Origin.ownRelays) and is read as judging the reader's hand-off. Wanted: spoofed.`,
    class: 'probe132-mx-host',
    args: H_ARGS,
    eml: intoBox(
      withSenderHeaders(bankNotice(H_READER), `Delivered-To: events@${H_EVENTS}`),
      BANK_ENVELOPE,
      H_READER,
      rspamd('fail', BANK_ENVELOPE, H_EVENTS_TAKEN.ip, 'northbank.example', 'fail'),
      postfixEntry(H_EVENTS_TAKEN, H_BOX, '4Zz132b31', H_READER, RELAYED),
      postfixEntry(BANK_RELAY, H_EVENTS_MX, '4Zz132b32', H_READER, ENTERED),
    ),
    zone: { ...hZone(H_EVENTS_TAKEN.ip), [H_EVENTS_MX]: { A: [H_EVENTS_TAKEN.ip] }, ...BANK_ZONE },
    expect: SPOOFED,
  });

  // ---- (c) the MX fault at Gmail, where no backup MX can sit between the sender and Gmail
  const tWhy = `A Google Workspace reader at ${T} (MX smtp.google.com) reads in Gmail with --webmail gmail --recipient-domain ${T}`;
  emitCase(write, {
    name: 'probe132-gmail-mx-timeout-supplier-genuine',
    about: `Control. ${tWhy}, while the MX query for ${T} times out. The supplier's unsigned invoice straight into Gmail (Gmail: SPF and DMARC pass). Wanted: authenticated at ${SUPPLIER.ip}.`,
    class: 'probe132-control',
    args: T_ARGS,
    eml: await atGmail(
      supplierMail(T_READER),
      SUPPLIER,
      SUPPLIER_ENVELOPE,
      ['dkim=none;', gmailSpf(SUPPLIER_ENVELOPE, SUPPLIER.ip), gmailDmarc('kestrel-timber.example')],
      'c1',
    ),
    zone: { ...tZone(true), ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
    twin: true,
  });
  emitCase(write, {
    name: 'probe132-gmail-bank-direct-baseline',
    about: `${tWhy} (MX answering). The bank's unsigned lure straight from the attacker's OVH VPS into Gmail, which records SPF and DMARC fail (p=REJECT). Wanted: spoofed.`,
    class: 'probe132-gmail-fault',
    args: T_ARGS,
    eml: await atGmail(bankNotice(T_READER), ATTACKER_VPS, BANK_ENVELOPE, gmailBankFail(ATTACKER_VPS), 'c2'),
    zone: { ...tZone(false), ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe132-gmail-mx-timeout-bank-direct',
    about: `${tWhy}, while the MX query for ${T} times out. The same lure straight into Gmail: Gmail's one entry hop is the entry whatever MX says (singleEntryHop, "never at Gmail"), so no backup MX of the reader's can be the hop; yet undecidedMxHop asks only for a named client received by a receiver host, and Gmail's own dmarc=fail is set aside. Wanted: spoofed.`,
    class: 'probe132-gmail-fault',
    args: T_ARGS,
    eml: await atGmail(bankNotice(T_READER), ATTACKER_VPS, BANK_ENVELOPE, gmailBankFail(ATTACKER_VPS), 'c3'),
    zone: { ...tZone(true), ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe132-gmail-bank-delivered-to-lame-subdomain',
    about: `${tWhy} (its MX answering). The same lure with the attacker's own "Delivered-To: crm@${T_LAME}" (a subdomain delegated to a CRM vendor long gone: SERVFAIL) below Gmail's. Wanted: spoofed.`,
    class: 'probe132-gmail-fault',
    args: T_ARGS,
    eml: await atGmail(
      withSenderHeaders(bankNotice(T_READER), `Delivered-To: crm@${T_LAME}`),
      ATTACKER_VPS,
      BANK_ENVELOPE,
      gmailBankFail(ATTACKER_VPS),
      'c4',
    ),
    zone: { ...tZone(false), ...BANK_ZONE },
    expect: SPOOFED,
  });

  // ---- (d) a list's own Sender: replayed intact notice vs a genuine list post
  emitCase(write, {
    name: 'probe132-gmail-mailman-intact-author-post-genuine',
    about: `Control. A Mailman 3 list at ${CLUB} that does not rewrite From nor touch the body relays a member's post, signed by her own ${AUTHOR_DOMAIN} (intact), to ${T_READER}; Sender and envelope are the list's bounces address, List-Id/List-Post the list's. Gmail: DKIM pass, SPF pass for the list's envelope, DMARC pass. Wanted: authenticated.`,
    class: 'probe132-control',
    args: T_ARGS,
    eml: await atGmail(
      withSenderHeaders(
        await signAll(
          submitted({
            from: `Mara Fenwick <mara@${AUTHOR_DOMAIN}>`,
            to: `crew@${CLUB}`,
            subject: 'Saturday outing moved to 08:30',
            date: 'Fri, 20 Nov 2026 09:50:00 +0000',
            messageId: `<CAK132d1yR9pLw2Qe@mail.gmail.com>`,
            body: 'Hi all,\r\n\r\nthe tide table moved us: Saturday we launch at 08:30, not 09:00.\r\n\r\nMara\r\n',
          }),
          [[AUTHOR_DOMAIN, 's1']],
        ),
        `Sender: crew-bounces@${CLUB}`,
        `List-Id: Harbour Rowing Crew <crew.${CLUB}>`,
        `List-Post: <mailto:crew@${CLUB}>`,
        `List-Unsubscribe: <mailto:crew-leave@${CLUB}>`,
        'Precedence: list',
      ),
      CLUB_RELAY,
      `crew-bounces@${CLUB}`,
      [
        gmailDkim(AUTHOR_DOMAIN, 's1'),
        gmailSpf(`crew-bounces@${CLUB}`, CLUB_RELAY.ip),
        gmailDmarc(AUTHOR_DOMAIN, 'QUARANTINE'),
      ],
      'd1',
    ),
    zone: { ...tZone(false), ...CLUB_ZONE },
    expect: {
      verdict: 'authenticated',
      notVerdict: ['spoofed', 'suspicious'],
      fields: { 'dmarc.result': 'pass' },
    },
  });
  emitCase(write, {
    name: 'probe132-gmail-replayed-bank-notice-own-list-sender',
    about: `A genuine, intact nb1-signed bank notice the attacker received at his own address, replayed to ${T_READER} through his "list" host ${LIST_RELAY.rdns}: he adds (outside h=) List-Id <alerts.${LISTHOST}>, List-Post and "Sender: Northbank Alerts <alerts@${LISTHOST}>", envelope bounces@${LISTHOST} (SPF pass at his own server). listsEnvelope makes sender-other-org low beside the bank's DKIM pass, so a bank notice "distributed" by a stranger's list and addressed to someone else reads as the bank's own. Wanted: not authenticated.`,
    class: 'probe132-list-sender',
    args: T_ARGS,
    eml: await atGmail(
      withSenderHeaders(
        await bankGenuineNotice('j.okafor.77@gmail.com'),
        `Sender: Northbank Alerts <alerts@${LISTHOST}>`,
        `List-Id: Northbank customer alerts <alerts.${LISTHOST}>`,
        `List-Post: <mailto:alerts@${LISTHOST}>`,
        `List-Unsubscribe: <mailto:alerts-leave@${LISTHOST}>`,
        'Precedence: list',
      ),
      LIST_RELAY,
      `bounces@${LISTHOST}`,
      [
        gmailDkim('northbank.example', 'nb1'),
        gmailSpf(`bounces@${LISTHOST}`, LIST_RELAY.ip),
        gmailDmarc('northbank.example', 'REJECT'),
      ],
      'd2',
    ),
    zone: { ...tZone(false), ...BANK_ZONE, ...BANK_KEY, ...LIST_ZONE },
    expect: NOT_TRUSTED,
  });
}
