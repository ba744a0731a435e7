// Red-team probes, round 137 (December 2026): the Received walk's newest exits (adc7495b..HEAD,
// lib/engine/origin-walk.ts receiverMxDomains / ownSubdomains, lib/engine/undecided.ts
// undecidedByReceiverMx, lib/message/origin.ts Origin.ownRelays and belowGateway,
// lib/findings/provider.ts ownRelayJudged).
// - receiverMxDomains now reads subdomains only from the `for <…>` of the receiver's own lines. But
//   the address there is the RCPT TO the sender chose, and the domain is read with
//   `/@([a-z0-9.-]+)/g` over the whole text: every `@` counts, the local part's too. RFC 5321 lets
//   the local part be a quoted string holding an `@`, and Postfix with `recipient_delimiter = +`
//   delivers `"accounts+@events.harrowgate.example"@harrowgate.example` to accounts@ (the part
//   after the delimiter is an extension). So the sender, with one RCPT TO, picks which of the
//   organisation's subdomains' MX lists is asked, exactly what the round-132 fix meant to stop: a
//   subdomain whose MX still names a host in a domain that lapsed and that he re-registered makes
//   his VPS the "backup MX" (Origin.ownRelays), and the walk takes his forged line below as the
//   entry; the box's own rspamd fail at his address is then read as judging the reader's own relay
//   (ownRelayJudged).
// - The same quoted RCPT naming a lame (SERVFAIL) subdomain, at the box and at Gmail: the MX fault
//   must stay the reader's own zone's only (undecidedByReceiverMx).
// Controls: the supplier's unsigned invoice straight into the box; through the lab subdomain's live
// backup MX at a hosting company (the layout Origin.ownRelays exists for); at Gmail.
// Where the layouts were learnt: probe129/probe132's Postfix + rspamd box, backup-MX and lame
// delegation layouts (postfixEntry, dovecotLmtp); subdomain takeover through dangling MX records
// from learn.microsoft.com "Prevent dangling DNS entries and avoid subdomain takeover" (search
// corpus "pages", as probe132 cites it); quoted local parts from RFC 5321 §4.1.2 (Quoted-string
// local parts) and Postfix's recipient_delimiter (postfix.org postconf(5): the extension is
// stripped for the lookup); Gmail's entry block as test/corpus/receivers.ts writes it. OVH's
// 51.75.0.0/16 for the attacker's VPS; other names and addresses are documentation ones; every key
// is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { BANK, BANK_IP, emitCase, GMAIL, ptr, type Relay, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { BANK_ENVELOPE, BANK_RELAY, bankNotice, postfixEntry, probeCorpus } from '../rounds-kit';

const STORED = 'Fri, 20 Nov 2026 10:00:08 +0000';
const RELAYED = 'Fri, 20 Nov 2026 10:00:06 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:04 +0000';

const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});

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
    subject: 'Invoice KT-21377 (oak boards, delivered 19 Nov)',
    date: 'Fri, 20 Nov 2026 09:59:40 +0000',
    messageId: '<20261120095940.7B2E1C1377@mail.kestrel-timber.example>',
    body: 'Hello,\r\n\r\nplease find our invoice KT-21377 for the oak boards delivered on 19 November, due in 30 days to the account on file.\r\n\r\nKestrel Timber Accounts\r\n',
  });

const BANK_ZONE = { ...BANK, ...ptr(BANK_IP, BANK_RELAY.rdns) };

// ---- Firm H: Postfix + rspamd box ----------------------------------------------------------------
const H = 'harrowgate.example';
const H_BOX = `mail.${H}`;
const H_BOX_IP = '203.0.113.80';
const H_READER = `accounts@${H}`;
const H_ARGS = ['--authserv-id', H_BOX, '--recipient-domain', H];
/** The lab's subdomain: the box hosts it, its MX 20 a backup at a hosting company (live). */
const H_LAB = `lab.${H}`;
const H_LAB_BACKUP: Relay = {
  helo: 'mx-backup.hostingco.example',
  rdns: 'mx-backup.hostingco.example',
  ip: '198.51.100.20',
};
/** Delegated years ago to a DNS host that no longer answers for it: every query SERVFAILs. */
const H_LAME = `legacy.${H}`;
/** The events team's old subdomain (no longer hosted by the box), its MX at a lapsed firm's host. */
const H_EVENTS = `events.${H}`;
const H_EVENTS_MX = 'mx1.eventdesk-hosting.example';
/** The attacker's OVH VPS after re-registering eventdesk-hosting.example (A and PTR his). */
const H_EVENTS_TAKEN: Relay = { helo: H_EVENTS_MX, rdns: H_EVENTS_MX, ip: '51.75.140.37' };
const ATTACKER_VPS: Relay = {
  helo: 'vps-7c1e2a37.vps.ovh.net',
  rdns: 'vps-7c1e2a37.vps.ovh.net',
  ip: '51.75.140.38',
};
/** The RCPT TO whose quoted local part names a subdomain: Postfix delivers it to accounts@. */
const quotedRcpt = (sub: string) => `"accounts+@${sub}"@${H}`;

const H_ZONE = {
  ...ptr(H_BOX_IP, H_BOX),
  [H]: {
    MX: [{ priority: 10, exchange: H_BOX }],
    TXT: ['v=spf1 mx -all'],
  },
  [`_dmarc.${H}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [H_LAB]: {
    MX: [
      { priority: 10, exchange: H_BOX },
      { priority: 20, exchange: H_LAB_BACKUP.rdns },
    ],
  },
  ...ptr(H_LAB_BACKUP.ip, H_LAB_BACKUP.rdns),
  [H_LAB_BACKUP.rdns]: { A: [H_LAB_BACKUP.ip] },
  [H_LAME]: { SERVFAIL: true },
  [H_EVENTS]: { MX: [{ priority: 10, exchange: H_EVENTS_MX }] },
  ...ptr(H_EVENTS_TAKEN.ip, H_EVENTS_MX),
  [H_EVENTS_MX]: { A: [H_EVENTS_TAKEN.ip] },
  ...ptr(ATTACKER_VPS.ip, ATTACKER_VPS.rdns),
};

/** rspamd's results on the box (authserv-id the box's name). */
const rspamd = (spf: 'pass' | 'fail', envelope: string, ip: string, from: string, dmarc: 'pass' | 'fail') =>
  `Authentication-Results: ${H_BOX};\r\n\tdkim=none;\r\n\tspf=${spf} (${H_BOX}: domain of ${envelope} ${spf === 'pass' ? 'designates' : 'does not designate'} ${ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=${dmarc} reason="SPF not aligned (relaxed), No valid DKIM" header.from=${from} (policy=reject)`;

const intoBox = (raw: string, envelope: string, ar: string | null, ...lines: string[]) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${H_READER}`,
    dovecotLmtp(H_BOX, envelope, H_READER, 'kQ7mLx137ZQAAWh9Y', STORED),
    ...(ar ? [ar] : []),
    ...lines,
  );

// ---- Gmail (Workspace) reader at tidewater.example ----------------------------------------------
const T = 'tidewater.example';
const T_READER = `robin.reader@${T}`;
const T_ARGS = [...GMAIL, '--recipient-domain', T];
const T_LAME = `old-crm.${T}`;
const T_ZONE = {
  [T]: {
    MX: [{ priority: 1, exchange: 'smtp.google.com' }],
    TXT: ['v=spf1 include:_spf.google.com -all'],
  },
  [`_dmarc.${T}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [T_LAME]: { SERVFAIL: true },
  ...ptr(ATTACKER_VPS.ip, ATTACKER_VPS.rdns),
};
const atGmail = (raw: string, relay: Relay, envelope: string, results: string[], to: string, n: string) =>
  gmailDelivery(raw, {
    relay,
    envelope,
    results: results.join('\r\n       '),
    ids: [`x137csp${n}pxa`, `a137si${n}qtb.137`],
    deliveredTo: true,
    to,
  });

// Fixed at 05:55 on 2026-12-06 (lib/engine/origin-walk.ts receiverMxDomains, recipientDomainsOf):
// probe137-box-quoted-rcpt-lapsed-events-mx-bank and -rspamd read authenticated (DMARC pass at the
// forged mail.northbank.example line): every `@([a-z0-9.-]+)` in a hop's `for <…>` counted, so the
// quoted local part "accounts+@events.harrowgate.example" named a subdomain whose lapsed,
// re-registered MX host then passed as the reader's own relay. Now each address's domain is what
// follows its last `@`; both read spoofed, as the plain-RCPT baseline does.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const hWhy = `${H} runs Postfix (recipient_delimiter = +) + rspamd on ${H_BOX} [${H_BOX_IP}], its one MX. The box also hosts ${H_LAB}, whose MX 20 is a backup at a hosting company (${H_LAB_BACKUP.rdns}); ${H_LAME} is still delegated to a DNS host that stopped answering (SERVFAIL); ${H_EVENTS}, no longer hosted, still has MX ${H_EVENTS_MX}, whose domain lapsed and was re-registered by the attacker (A and PTR at his OVH VPS ${H_EVENTS_TAKEN.ip}). --authserv-id ${H_BOX}, --recipient-domain ${H}`;

  // ---- Controls
  emitCase(write, {
    name: 'probe137-box-supplier-direct-genuine',
    about: `Control. ${hWhy}. The supplier's unsigned invoice straight from its own server into the box (rspamd: SPF and DMARC pass). Wanted: authenticated at ${SUPPLIER.ip}.`,
    class: 'probe137-control',
    args: H_ARGS,
    eml: intoBox(
      supplierMail(H_READER),
      SUPPLIER_ENVELOPE,
      rspamd('pass', SUPPLIER_ENVELOPE, SUPPLIER.ip, 'kestrel-timber.example', 'pass'),
      postfixEntry(SUPPLIER, H_BOX, '4Zz137a11', H_READER, ENTERED),
    ),
    zone: { ...H_ZONE, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
    twin: true,
  });
  emitCase(write, {
    name: 'probe137-box-lab-backup-supplier-genuine',
    about: `Control. ${hWhy}. The supplier's unsigned invoice to lab@${H_LAB} while the box was briefly unreachable: it went to the lab's MX 20 ${H_LAB_BACKUP.rdns} [${H_LAB_BACKUP.ip}], which relayed it to the box (the box's lines say for <lab@${H_LAB}>; rspamd checked SPF at the backup and recorded fail). The walk passes the backup (a host the lab's MX names: Origin.ownRelays) and ownRelayJudged explains rspamd's fail. Wanted: authenticated at ${SUPPLIER.ip}.`,
    class: 'probe137-control',
    args: H_ARGS,
    eml: intoBox(
      supplierMail(`lab@${H_LAB}`),
      SUPPLIER_ENVELOPE,
      rspamd('fail', SUPPLIER_ENVELOPE, H_LAB_BACKUP.ip, 'kestrel-timber.example', 'fail'),
      postfixEntry(H_LAB_BACKUP, H_BOX, '4Zz137a21', `lab@${H_LAB}`, RELAYED),
      postfixEntry(SUPPLIER, H_LAB_BACKUP.rdns, '4Zz137a22', `lab@${H_LAB}`, ENTERED),
    ),
    zone: { ...H_ZONE, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'probe137-box-bank-direct-baseline',
    about: `${hWhy}. The bank's unsigned lure straight from the attacker's OVH VPS ${ATTACKER_VPS.rdns} [${ATTACKER_VPS.ip}] to ${H_READER}; rspamd records SPF and DMARC fail. Baseline. Wanted: spoofed.`,
    class: 'probe137-baseline',
    args: H_ARGS,
    eml: intoBox(
      bankNotice(H_READER),
      BANK_ENVELOPE,
      rspamd('fail', BANK_ENVELOPE, ATTACKER_VPS.ip, 'northbank.example', 'fail'),
      postfixEntry(ATTACKER_VPS, H_BOX, '4Zz137a31', H_READER, ENTERED),
    ),
    zone: { ...H_ZONE, ...BANK_ZONE },
    expect: SPOOFED,
  });

  // ---- Attacks: a quoted local part picks the subdomain whose MX is asked
  const eventsWhy = `The attacker connects from his VPS, which answers to ${H_EVENTS_MX} (forward-confirmed: the name is his now), and gives RCPT TO:<${quotedRcpt(H_EVENTS)}>: a valid RFC 5321 address that Postfix delivers to accounts@ (the part after "+" is the extension), and the box's own entry line records it in for <…>. receiverMxDomains reads every "@" in that text, so ${H_EVENTS}'s MX is asked, ${H_EVENTS_MX} becomes a receiver host, the walk passes his hop as the reader's own relay (Origin.ownRelays) and takes the line he forged below it, "from mail.northbank.example [${BANK_IP}] by ${H_EVENTS_MX}", for the entry (SPF pass at the bank's own address)`;
  emitCase(write, {
    name: 'probe137-box-quoted-rcpt-lapsed-events-mx-bank',
    about: `${hWhy}. ${eventsWhy}. No rspamd results. Wanted: spoofed (the round-132 fix's rule: a subdomain the sender names must not vouch for his host).`,
    class: 'probe137-quoted-rcpt',
    args: H_ARGS,
    eml: intoBox(
      bankNotice(H_READER),
      BANK_ENVELOPE,
      null,
      postfixEntry(H_EVENTS_TAKEN, H_BOX, '4Zz137b11', quotedRcpt(H_EVENTS), RELAYED),
      postfixEntry(BANK_RELAY, H_EVENTS_MX, '4Zz137b12', H_READER, ENTERED),
    ),
    zone: { ...H_ZONE, ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe137-box-quoted-rcpt-lapsed-events-mx-bank-rspamd',
    about: `${hWhy}. ${eventsWhy}. rspamd on the box records SPF fail at ${H_EVENTS_TAKEN.ip} and DMARC fail (the box's own words); with his hop among Origin.ownRelays, ownRelayJudged reads that fail as judging the reader's own hand-off. Wanted: spoofed.`,
    class: 'probe137-quoted-rcpt',
    args: H_ARGS,
    eml: intoBox(
      bankNotice(H_READER),
      BANK_ENVELOPE,
      rspamd('fail', BANK_ENVELOPE, H_EVENTS_TAKEN.ip, 'northbank.example', 'fail'),
      postfixEntry(H_EVENTS_TAKEN, H_BOX, '4Zz137b21', quotedRcpt(H_EVENTS), RELAYED),
      postfixEntry(BANK_RELAY, H_EVENTS_MX, '4Zz137b22', H_READER, ENTERED),
    ),
    zone: { ...H_ZONE, ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe137-box-plain-rcpt-lapsed-events-mx-bank',
    about: `${hWhy}. Baseline for the two above: the same taken-over host and forged bank line, RCPT TO:<${H_READER}> (no subdomain named anywhere the receiver wrote): ${H_EVENTS}'s MX is never asked and the walk stops at ${H_EVENTS_TAKEN.ip}. Wanted: spoofed.`,
    class: 'probe137-quoted-rcpt',
    args: H_ARGS,
    eml: intoBox(
      bankNotice(H_READER),
      BANK_ENVELOPE,
      rspamd('fail', BANK_ENVELOPE, H_EVENTS_TAKEN.ip, 'northbank.example', 'fail'),
      postfixEntry(H_EVENTS_TAKEN, H_BOX, '4Zz137b41', H_READER, RELAYED),
      postfixEntry(BANK_RELAY, H_EVENTS_MX, '4Zz137b42', H_READER, ENTERED),
    ),
    zone: { ...H_ZONE, ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe137-box-quoted-rcpt-lab-backup-name-from-vps-bank',
    about: `${hWhy}. The attacker's VPS [${ATTACKER_VPS.ip}] (PTR his own ovh name) gives RCPT TO:<${quotedRcpt(H_LAB)}> and forges below "from mail.northbank.example [${BANK_IP}] by ${H_LAB_BACKUP.rdns}": the lab's backup is a receiver host, but his own hop is not named so, so the walk must stop at his address. Wanted: spoofed.`,
    class: 'probe137-quoted-rcpt',
    args: H_ARGS,
    eml: intoBox(
      bankNotice(H_READER),
      BANK_ENVELOPE,
      rspamd('fail', BANK_ENVELOPE, ATTACKER_VPS.ip, 'northbank.example', 'fail'),
      postfixEntry(ATTACKER_VPS, H_BOX, '4Zz137b31', quotedRcpt(H_LAB), RELAYED),
      postfixEntry(BANK_RELAY, H_LAB_BACKUP.rdns, '4Zz137b32', H_READER, ENTERED),
    ),
    zone: { ...H_ZONE, ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe137-box-quoted-rcpt-lame-legacy-bank',
    about: `${hWhy}. The bank's unsigned lure from the attacker's VPS with RCPT TO:<${quotedRcpt(H_LAME)}>: the box's entry line names the lame subdomain, whose MX query SERVFAILs. Only a domain the reader named may report an MX fault (undecidedByReceiverMx must not turn rspamd's and our DMARC fail into temperror). Wanted: spoofed.`,
    class: 'probe137-mx-fault',
    args: H_ARGS,
    eml: intoBox(
      bankNotice(H_READER),
      BANK_ENVELOPE,
      rspamd('fail', BANK_ENVELOPE, ATTACKER_VPS.ip, 'northbank.example', 'fail'),
      postfixEntry(ATTACKER_VPS, H_BOX, '4Zz137c11', quotedRcpt(H_LAME), ENTERED),
    ),
    zone: { ...H_ZONE, ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe137-box-quoted-rcpt-lame-legacy-bank-unsigned-twin-reader',
    about: `${hWhy}. As probe137-box-quoted-rcpt-lame-legacy-bank, but the reader also names the lab (its authserv-id list holds mail.${H_LAB}, so ownSubdomains adds ${H_LAB}): the sender still cannot make a named domain fault. Wanted: spoofed.`,
    class: 'probe137-mx-fault',
    args: ['--authserv-id', H_BOX, '--authserv-id', `mail.${H_LAB}`, '--recipient-domain', H],
    eml: intoBox(
      bankNotice(H_READER),
      BANK_ENVELOPE,
      rspamd('fail', BANK_ENVELOPE, ATTACKER_VPS.ip, 'northbank.example', 'fail'),
      postfixEntry(ATTACKER_VPS, H_BOX, '4Zz137c21', quotedRcpt(H_LAME), ENTERED),
    ),
    zone: { ...H_ZONE, ...BANK_ZONE },
    expect: SPOOFED,
  });

  // ---- Gmail
  const tWhy = `A Google Workspace reader at ${T} (MX smtp.google.com) reads in Gmail with --webmail gmail --recipient-domain ${T}`;
  emitCase(write, {
    name: 'probe137-gmail-supplier-genuine',
    about: `Control. ${tWhy}. The supplier's unsigned invoice straight into Gmail (SPF and DMARC pass). Wanted: authenticated at ${SUPPLIER.ip}.`,
    class: 'probe137-control',
    args: T_ARGS,
    eml: await atGmail(
      supplierMail(T_READER),
      SUPPLIER,
      SUPPLIER_ENVELOPE,
      ['dkim=none;', gmailSpf(SUPPLIER_ENVELOPE, SUPPLIER.ip), gmailDmarc('kestrel-timber.example')],
      T_READER,
      'g1',
    ),
    zone: { ...T_ZONE, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
    twin: true,
  });
  emitCase(write, {
    name: 'probe137-gmail-quoted-rcpt-lame-subdomain-bank',
    about: `${tWhy}. The bank's unsigned lure from the attacker's OVH VPS to RCPT TO:<"robin.reader+@${T_LAME}"@${T}> (Gmail delivers it to robin.reader@; ${T_LAME} SERVFAILs); Gmail records SPF and DMARC fail (p=REJECT). Wanted: spoofed.`,
    class: 'probe137-mx-fault',
    args: T_ARGS,
    eml: await atGmail(
      bankNotice(T_READER),
      ATTACKER_VPS,
      BANK_ENVELOPE,
      [
        'dkim=none;',
        gmailSpf(BANK_ENVELOPE, ATTACKER_VPS.ip, 'fail'),
        gmailDmarc('northbank.example', 'REJECT', 'fail'),
      ],
      `"robin.reader+@${T_LAME}"@${T}`,
      'g2',
    ),
    zone: { ...T_ZONE, ...BANK_ZONE },
    expect: SPOOFED,
  });
}
