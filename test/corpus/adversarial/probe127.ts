// Red-team probes, round 127 (December 2026): the walk changed in the last half hour
// (93efa221..HEAD): lib/engine/origin-walk.ts receiverReverseNames and lib/message/origin.ts
// unnamedReceiverStop / walkReceiver. A receiver's hop whose line printed no reverse name
// (on-premises Exchange's `from <HELO> (<IP>)`, Postfix's `unknown [IP]`) is now named by its IP's
// PTR under the receiver's domains when that name leads back to the IP, and then goes through the
// hosting-space hand-off rule (unconfirmedHandOffs: staysInside, primaryMx).
// Attacks, each beside its genuine control:
// - on-premises Exchange behind an rspamd filter VM on Azure (realworld122's layout), reached
//   directly by the attacker: his own PTR naming the filter, several PTRs (his own, the filter's,
//   the Exchange server's), an IPv6 client, a dangling `legacy-mx` CNAME into cloudapp.azure.com
//   that he rented, with the filter's Postfix line and rspamd's results forged below Exchange's;
//   read online and offline;
// - an Exchange Edge on Azure in front of the on-premises Mailbox server: the stop moves one hop
//   down after the Edge is named, and the attacker's VM under a dangling CNAME is the second name;
// - Postfix boxes: a backup MX printed `unknown` (control), the attacker's PTR claiming that
//   backup; and boxes whose own name is not the reader's domain at all: a home box under DuckDNS
//   (`mail.<user>.duckdns.org`) and a VPS keeping Contabo's default name
//   (`vmiNNNNNNN.contaboserver.net`). receiverDomains adds the ICANN registrable domain of the
//   authserv-id, `duckdns.org` / `contaboserver.net`, so every other user's forward-confirmed name
//   there is "the receiver's own host": the new PTR lookup names the attacker's IPv6 tunnel address
//   (rDNS delegated to him, Postfix printed `unknown` while his zone was not yet answering), and
//   the printed-name path passes his Contabo VPS;
// - DNS faults: the attacker's own reverse zone answering SERVFAIL.
// Not written as a case, a trade-off: the filter's reverse zone failing (SERVFAIL) while a genuine
// SPF-only supplier's invoice is read reads spoofed (the walk stops at the filter's address), and
// it cannot be told from the attacker's own SERVFAIL above, which must stay spoofed.
// Read as the box's user would: --authserv-id (the filter's or the box's name) and
// --recipient-domain.
// Where the layouts were learnt (`search`, corpus "pages"): on-premises Exchange's Received line
// (`from HELO (IP) by HOST (IP) with Microsoft SMTP Server (version=…) id 15.2…`) as rounds-kit.ts
// exchangeLine writes it and realworld122's rspamd-on-Azure filter in front of Exchange 2019; IIS
// SMTP's own reverse-lookup option (winintro.ru, "Perform reverse DNS lookup on incoming
// messages": Exchange/IIS print no checked name unless told to); Hurricane Electric's reverse DNS
// delegation pages (he.net/adm/reverse.dns.html, faq.he.net "Reverse DNS": a tunnel's /48 ip6.arpa
// zone is delegated to the customer's own name servers, so its owner answers PTR queries as and
// when he likes); self-hosting write-ups (taoshu.in "How to Set Up Selfhosted Email Server",
// blog.c0xl.ch "Self-Hosting Email") for Postfix + rspamd boxes at home and on VPSes. DuckDNS's
// free AAAA updates and Contabo's vmiNNNNNNN.contaboserver.net default names (every VPS's host
// name and forward-confirmed PTR, as lib/relay/hoster-names.ts lists them) recalled. Postfix's
// `unknown [IP]` for a client whose PTR did not lead back at the time (Postfix docs, recalled).
// Names and addresses are documentation ones except Google's, Azure West Europe's (20.76.0.0/16),
// OVH's (51.75.0.0/16), Contabo's (207.180.192.0/18) and Hurricane Electric's (2001:470::/32) own
// ranges and zones; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { BANK, BANK_IP, emitCase, GMAIL_OUT, KEY, ptr, type Relay, SPOOFED, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import {
  BANK_ENVELOPE,
  BANK_RELAY,
  bankNotice,
  exchangeBottom,
  exchangeLine,
  exoRows,
  postfixEntry,
  probeCorpus,
} from '../rounds-kit';

const STORED = 'Fri, 20 Nov 2026 10:00:08 +0000';
const RELAYED = 'Fri, 20 Nov 2026 10:00:06 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:04 +0000';
const ATTACKER_V4 = '198.51.100.66';
const rev4 = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;

/** Genuine mail authenticated at the sender's own address (the walk went past the firm's relays). */
const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});

// ---- The senders ------------------------------------------------------------------------------
const GMAIL_ZONE = {
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'] },
  '20230601._domainkey.gmail.com': KEY(),
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
};
const GMAIL_ENVELOPE = 'priya.natarajan.home@gmail.com';
const gmailMail = (to: string, tag: string) =>
  signAll(
    submitted({
      from: `Priya Natarajan <${GMAIL_ENVELOPE}>`,
      to,
      subject: 'Site visit on Thursday',
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
      messageId: `<CAF127${tag}x7Qm2kPzR9vB+hT0w@mail.gmail.com>`,
      body: 'Hello,\r\n\r\ncould we move the site visit to Thursday 4pm? The school run makes 3pm hard.\r\n\r\nThanks,\r\nPriya\r\n',
    }),
    [['gmail.com', '20230601']],
  );

/** A supplier whose mail only SPF authenticates (no DKIM), DMARC p=quarantine. */
const SUPPLIER: Relay = {
  helo: 'mail.harbour-supplies.example',
  rdns: 'mail.harbour-supplies.example',
  ip: '198.51.100.40',
};
const SUPPLIER_ENVELOPE = 'accounts@harbour-supplies.example';
const SUPPLIER_ZONE = {
  'harbour-supplies.example': { TXT: ['v=spf1 ip4:198.51.100.40 -all'] },
  '_dmarc.harbour-supplies.example': { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(SUPPLIER.ip, SUPPLIER.rdns),
};
const supplierInvoice = (to: string) =>
  submitted({
    from: `Harbour Supplies Accounts <${SUPPLIER_ENVELOPE}>`,
    to,
    subject: 'Invoice HS-21270 (November)',
    date: 'Fri, 20 Nov 2026 09:50:00 +0000',
    messageId: '<hs-21270.127@harbour-supplies.example>',
    body: 'Dear Emma,\r\n\r\nplease find invoice HS-21270 for November attached, payable within 30 days to our usual account.\r\n\r\nHarbour Supplies Accounts\r\n',
  });

const BANK_ZONE = { ...BANK, ...ptr(BANK_IP, BANK_RELAY.rdns) };

/** rspamd's Authentication-Results about a sender it checked (pass throughout). */
const rspamdPass = (authserv: string, envelope: string, ip: string, fromDomain: string, dkim?: string) =>
  `Authentication-Results: ${authserv};\r\n\t${dkim ? `dkim=pass header.d=${dkim} header.s=20230601 header.b=Q29ycHVz` : 'dkim=none'};\r\n\tspf=pass (${authserv}: domain of ${envelope} designates ${ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=pass (policy=${fromDomain === 'northbank.example' ? 'reject' : fromDomain === 'gmail.com' ? 'none' : 'quarantine'}) header.from=${fromDomain}`;

// ---- Firm QA: rspamd on an Azure VM in front of on-premises Exchange 2019 --------------------
const QA = 'quillon-architects.example';
const QA_FILTER: Relay = { helo: `mx.${QA}`, rdns: `mx.${QA}`, ip: '20.76.206.10' };
const QA_EXCH = `EXCH01.corp.${QA}`;
const QA_EXCH_IP = '10.30.0.12';
const QA_READER = `e.marsh@${QA}`;
const QA_ARGS = ['--authserv-id', QA_FILTER.rdns, '--recipient-domain', QA];
const QA_LEGACY = `legacy-mx.${QA}`;
const QA_LEGACY_CLOUD = 'quillon-legacy-mx.westeurope.cloudapp.azure.com';
const QA_LEGACY_IP = '20.76.207.50';
const qaZone = (filterIp = QA_FILTER.ip, extra: Record<string, unknown> = {}) => ({
  [QA]: { MX: [{ priority: 10, exchange: QA_FILTER.rdns }], TXT: ['v=spf1 ip4:203.0.113.80 -all'] },
  [`_dmarc.${QA}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(filterIp, QA_FILTER.rdns),
  ...extra,
});

/**
 * Into Exchange from `client` (the filter, or the attacker straight to Exchange), with `below`
 * under Exchange's entry line (the filter's results and Postfix line, genuine or forged).
 */
const intoExchange = (
  raw: string,
  envelope: string,
  o: { exch: string; exchIp: string; client: { helo: string; ip: string } },
  ...below: string[]
) =>
  onTop(
    exchangeBottom(raw, exoRows(envelope, o.exch)),
    exchangeLine({
      helo: o.exch,
      ip: o.exchIp,
      by: o.exch,
      byIp: o.exchIp,
      via: 'Mailbox Transport',
      date: STORED,
    }),
    exchangeLine({ helo: o.client.helo, ip: o.client.ip, by: o.exch, byIp: o.exchIp, date: RELAYED }),
    ...below,
  );

/** The filter's results and its Postfix entry line, as rspamd and Postfix write them (or a forger copies them). */
const filterBelow = (
  filter: string,
  s: Relay,
  envelope: string,
  fromDomain: string,
  rcpt: string,
  tag: string,
  dkim?: string,
) => [
  rspamdPass(filter, envelope, s.ip, fromDomain, dkim),
  postfixEntry(s, filter, `4Zy127${tag}1`, rcpt, ENTERED),
];

/** The bank's notice forged straight into QA's Exchange from `ip`, the filter's lines forged below. */
const forgedIntoQa = (ip: string, tag: string, by = QA_FILTER.rdns) =>
  intoExchange(
    bankNotice(`Emma Marsh <${QA_READER}>`),
    BANK_ENVELOPE,
    { exch: QA_EXCH, exchIp: QA_EXCH_IP, client: { helo: QA_FILTER.helo, ip } },
    ...filterBelow(by, BANK_RELAY, BANK_ENVELOPE, 'northbank.example', QA_READER, tag),
  );

// ---- Firm QB: its sole MX a CNAME to the filter VM's Azure label, Exchange behind ----------
const QB = 'brantwell-legal.example';
const QB_FILTER: Relay = { helo: `mx.${QB}`, rdns: `mx.${QB}`, ip: '20.76.206.30' };
const QB_CLOUD = 'brantwell-mx.westeurope.cloudapp.azure.com';
const QB_EXCH = `MAIL01.ad.${QB}`;
const QB_READER = `reception@${QB}`;
const qbZone = {
  [QB]: { MX: [{ priority: 10, exchange: QB_FILTER.rdns }], TXT: ['v=spf1 ip4:203.0.113.90 -all'] },
  [`_dmarc.${QB}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [rev4(QB_FILTER.ip)]: { PTR: [QB_FILTER.rdns] },
  [QB_FILTER.rdns]: { CNAME: [QB_CLOUD] },
  [QB_CLOUD]: { A: [QB_FILTER.ip] },
};

// ---- Firm QC: an Exchange Edge on Azure in front of the on-premises Mailbox server ----------
const QC = 'corran-shipping.example';
const QC_EDGE = `edge.${QC}`;
const QC_EDGE_IP = '20.76.206.40';
const QC_MBX = `MBX01.corp.${QC}`;
const QC_MBX_IP = '203.0.113.70';
const QC_READER = `ops@${QC}`;
const QC_OLD = `old-edge.${QC}`;
const QC_OLD_CLOUD = 'corran-old-edge.westeurope.cloudapp.azure.com';
const QC_OLD_IP = '20.76.207.51';
const qcZone = {
  [QC]: { MX: [{ priority: 10, exchange: QC_EDGE }], TXT: ['v=spf1 ip4:203.0.113.70 -all'] },
  [`_dmarc.${QC}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(QC_EDGE_IP, QC_EDGE),
  ...ptr(QC_MBX_IP, `mail.${QC}`),
  [rev4(QC_OLD_IP)]: { PTR: [QC_OLD] },
  [QC_OLD]: { CNAME: [QC_OLD_CLOUD] },
  [QC_OLD_CLOUD]: { A: [QC_OLD_IP] },
};
const QC_ARGS = ['--authserv-id', QC_MBX, '--recipient-domain', QC];
/** Mailbox ← Edge (both Exchange, `from HELO (IP)`) ← `client`, the organisation rows at the bottom. */
const edgeChain = (raw: string, envelope: string, client: { helo: string; ip: string }, ...below: string[]) =>
  onTop(
    exchangeBottom(raw, exoRows(envelope, QC_MBX)),
    exchangeLine({
      helo: QC_MBX,
      ip: QC_MBX_IP,
      by: QC_MBX,
      byIp: QC_MBX_IP,
      via: 'Mailbox Transport',
      date: STORED,
    }),
    exchangeLine({ helo: QC_EDGE, ip: QC_EDGE_IP, by: QC_MBX, byIp: QC_MBX_IP, date: RELAYED }),
    exchangeLine({ helo: client.helo, ip: client.ip, by: QC_EDGE, byIp: QC_EDGE_IP, date: ENTERED }),
    ...below,
  );

// ---- Firm QD: Mailcow on Hetzner, backup MX on an OVH VPS -------------------------------------
const QD = 'dunmore-clinic.example';
const QD_STORE = `mail.${QD}`;
const QD_STORE_IP = '116.203.45.120';
const QD_MX2: Relay = { helo: `mx2.${QD}`, rdns: `mx2.${QD}`, ip: '51.75.121.50' };
const QD_READER = `front-desk@${QD}`;
const qdZone = {
  [QD]: {
    MX: [
      { priority: 10, exchange: QD_STORE },
      { priority: 20, exchange: QD_MX2.rdns },
    ],
    TXT: ['v=spf1 mx -all'],
  },
  [`_dmarc.${QD}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(QD_STORE_IP, QD_STORE),
  ...ptr(QD_MX2.ip, QD_MX2.rdns),
};
const QD_ARGS = ['--authserv-id', QD_STORE, '--recipient-domain', QD];
/** Postfix's line for a client whose reverse name did not lead back at that moment. */
const unknownLine = (helo: string, ip: string, by: string, id: string, rcpt: string, date: string) =>
  received({ helo, ip, by, id, for: rcpt, date });
/** Into a Postfix box (`store`) through `lines` (top first), rspamd's results on top. */
const intoBox = (
  raw: string,
  store: string,
  envelope: string,
  rcpt: string,
  ar: string | null,
  ...lines: string[]
) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${rcpt}`,
    dovecotLmtp(store, envelope, rcpt, 'yB4mKx127ZQAAWh9Y', STORED),
    ...(ar ? [ar] : []),
    ...lines,
  );

// ---- Boxes named outside the reader's own domain ---------------------------------------------
/** A home box under DuckDNS (Postfix + rspamd), reached over IPv6. */
const DDNS_BOX = 'mail.robin-home.duckdns.org';
const DDNS_BOX_IP = '2001:470:1f0b:9a4::25';
const DDNS_READER = `robin@${DDNS_BOX}`;
const DDNS_ARGS = ['--authserv-id', DDNS_BOX, '--recipient-domain', DDNS_BOX];
/** The attacker's own HE tunnel /48 (rDNS delegated to his name servers) and his DuckDNS name. */
const DDNS_ATTACKER_IP = '2001:470:7b2c:1::25';
const DDNS_ATTACKER_NAME = 'parcel-relay.duckdns.org';
const ddnsZone = {
  ...ptr(DDNS_BOX_IP, DDNS_BOX),
  [DDNS_BOX]: { AAAA: [DDNS_BOX_IP], MX: [{ priority: 10, exchange: DDNS_BOX }] },
};
/** A VPS keeping Contabo's default host name. */
const CONTABO_BOX = 'vmi1834562.contaboserver.net';
const CONTABO_BOX_IP = '207.180.214.36';
const CONTABO_READER = `info@${CONTABO_BOX}`;
const CONTABO_ARGS = ['--authserv-id', CONTABO_BOX, '--recipient-domain', CONTABO_BOX];
const CONTABO_ATTACKER: Relay = {
  helo: 'vmi2290417.contaboserver.net',
  rdns: 'vmi2290417.contaboserver.net',
  ip: '207.180.237.118',
};
const contaboZone = {
  ...ptr(CONTABO_BOX_IP, CONTABO_BOX),
  ...ptr(CONTABO_ATTACKER.ip, CONTABO_ATTACKER.rdns),
};

// ---- Fixed and kept ---------------------------------------------------------------------------
// Fixed at 01:09 on 2026-12-06 (the lead; lib/message/receiver-hosts.ts receiverDomains): the DuckDNS
// box and the Contabo box read AUTHENTICATED at the bank's address (the attacker's IPv6 tunnel named
// under duckdns.org, a co-tenant's default contaboserver.net name, taken for the receiver's own
// hosts). The receiver's domains are now the authserv-id and its registrable domain with the PSL's
// private section (robin-home.duckdns.org), and for a hoster's default name the id alone.
// Kept out by choice (the lead, 01:09): probe127-exchange-filter-gmail-genuine-offline reads
// suspicious (hosted-server-relay, forged-auth-results at the filter's Azure address): offline
// nothing can name Exchange's `from <HELO> (<IP>)` line, and taking the filter's results below it
// offline would take a forger's the same way; online it reads authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe127-exchange-filter-gmail-genuine-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const qaWhy = `${QA}'s MX ${QA_FILTER.rdns} is Postfix with rspamd on an Azure VM [${QA_FILTER.ip}, A record, reverse FQDN ${QA_FILTER.rdns}] relaying to the on-premises Exchange 2019 server ${QA_EXCH}, which writes only the client's HELO and address (\`from <HELO> (<IP>)\`) and is still reachable on port 25 from the internet (the old NAT rule from before the filter was never removed). The reader sets --authserv-id ${QA_FILTER.rdns} (rspamd writes the results) and --recipient-domain ${QA}`;
  const forgedBelow = `Under Exchange's line he writes the filter's own: rspamd's results (spf, dkim, dmarc pass for northbank.example) and the filter's Postfix line "from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by ${QA_FILTER.rdns}", and sends the bank's card-update lure unsigned`;

  // ---- QA: Exchange behind the Azure filter
  emitCase(write, {
    name: 'probe127-exchange-filter-gmail-genuine',
    about: `Control. ${qaWhy}. A personal Gmail message (d=gmail.com) came through the filter. Online, Exchange's line for the filter is named by the filter's PTR, which leads back (receiverReverseNames); the walk goes down to the filter's Postfix entry. Wanted: authenticated at Gmail's address.`,
    class: 'probe127-control',
    args: QA_ARGS,
    eml: intoExchange(
      await gmailMail(`Emma Marsh <${QA_READER}>`, 'a1'),
      GMAIL_ENVELOPE,
      { exch: QA_EXCH, exchIp: QA_EXCH_IP, client: QA_FILTER },
      ...filterBelow(QA_FILTER.rdns, GMAIL_OUT, GMAIL_ENVELOPE, 'gmail.com', QA_READER, 'a1', 'gmail.com'),
    ),
    zone: { ...qaZone(), ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe127-exchange-direct-own-ptr-names-filter-bank',
    about: `${qaWhy}. The attacker goes around the filter to Exchange from his own server [${ATTACKER_V4}], whose reverse zone he runs: its PTR is ${QA_FILTER.rdns}, and he greets as ${QA_FILTER.helo}. ${forgedBelow}. receiverReverseNames asks the PTR; the name is the receiver's but its A record is the filter's, not his. Wanted: spoofed (the walk stops at his address; SPF fails for northbank.example, p=reject).`,
    class: 'probe127-exchange-direct',
    args: QA_ARGS,
    eml: forgedIntoQa(ATTACKER_V4, 'b1'),
    zone: { ...qaZone(), ...BANK_ZONE, [rev4(ATTACKER_V4)]: { PTR: [QA_FILTER.rdns] } },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe127-exchange-direct-several-ptrs-bank',
    about: `${qaWhy}. The same attack, the attacker's reverse zone answering three PTRs for [${ATTACKER_V4}]: mail.attacker.example (which leads back), ${QA_FILTER.rdns} and ${QA_EXCH} (the firm leaked the Exchange server's inner A record ${QA_EXCH_IP} into public DNS). confirmReverseName keeps the receiver's names and asks each forward; none holds his address. ${forgedBelow}. Wanted: spoofed.`,
    class: 'probe127-exchange-direct',
    args: QA_ARGS,
    eml: forgedIntoQa(ATTACKER_V4, 'b2'),
    zone: {
      ...qaZone(),
      ...BANK_ZONE,
      [rev4(ATTACKER_V4)]: { PTR: ['mail.attacker.example', QA_FILTER.rdns, QA_EXCH.toLowerCase()] },
      'mail.attacker.example': { A: [ATTACKER_V4] },
      [QA_EXCH.toLowerCase()]: { A: [QA_EXCH_IP] },
    },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe127-exchange-filter-colo-two-ptrs-genuine',
    about: `Control. ${QA}'s filter moved to the firm's colocation rack [203.0.113.42], whose reverse zone the colo provider keeps with two PTRs for the address: its own cust-42.colo-net.example and the firm's ${QA_FILTER.rdns} (A 203.0.113.42). The supplier's SPF-only invoice (p=quarantine) came through it into Exchange. Wanted: authenticated at the supplier's address (the receiver's name among several PTRs leads back).`,
    class: 'probe127-control',
    args: QA_ARGS,
    eml: intoExchange(
      supplierInvoice(`Emma Marsh <${QA_READER}>`),
      SUPPLIER_ENVELOPE,
      { exch: QA_EXCH, exchIp: QA_EXCH_IP, client: { helo: QA_FILTER.helo, ip: '203.0.113.42' } },
      ...filterBelow(
        QA_FILTER.rdns,
        SUPPLIER,
        SUPPLIER_ENVELOPE,
        'harbour-supplies.example',
        QA_READER,
        'c1',
      ),
    ),
    zone: {
      ...qaZone('203.0.113.42'),
      ...SUPPLIER_ZONE,
      [rev4('203.0.113.42')]: { PTR: ['cust-42.colo-net.example', QA_FILTER.rdns] },
      'cust-42.colo-net.example': { A: ['203.0.113.42'] },
    },
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'probe127-exchange-direct-ipv6-ptr-names-filter-bank',
    about: `${qaWhy}; the filter is dual-stack (AAAA 2001:db8:5a::10). The attacker reaches Exchange over IPv6 from 2001:db8:66::25, whose ip6.arpa zone he runs: its PTR is ${QA_FILTER.rdns}. ${forgedBelow}. Wanted: spoofed (the name's AAAA is the filter's, not his).`,
    class: 'probe127-exchange-direct',
    args: QA_ARGS,
    eml: forgedIntoQa('2001:db8:66::25', 'b3'),
    zone: {
      ...qaZone(),
      ...BANK_ZONE,
      [QA_FILTER.rdns]: { A: [QA_FILTER.ip], AAAA: ['2001:db8:5a::10'] },
      ...Object.fromEntries(
        Object.entries(ptr('2001:db8:66::25', QA_FILTER.rdns)).filter(([k]) => k.endsWith('ip6.arpa')),
      ),
    },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe127-exchange-filter-ipv6-genuine',
    about: `Control. ${qaWhy}; the filter is dual-stack and hands on to Exchange over IPv6 from 2001:db8:5a::10 (PTR ${QA_FILTER.rdns}, AAAA back). A personal Gmail message came through it. Wanted: authenticated at Gmail's address.`,
    class: 'probe127-control',
    args: QA_ARGS,
    eml: intoExchange(
      await gmailMail(`Emma Marsh <${QA_READER}>`, 'a2'),
      GMAIL_ENVELOPE,
      { exch: QA_EXCH, exchIp: QA_EXCH_IP, client: { helo: QA_FILTER.helo, ip: '2001:db8:5a::10' } },
      ...filterBelow(QA_FILTER.rdns, GMAIL_OUT, GMAIL_ENVELOPE, 'gmail.com', QA_READER, 'a2', 'gmail.com'),
    ),
    zone: {
      ...qaZone(),
      ...GMAIL_ZONE,
      ...ptr('2001:db8:5a::10', QA_FILTER.rdns),
      [QA_FILTER.rdns]: { A: [QA_FILTER.ip], AAAA: ['2001:db8:5a::10'] },
    },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe127-exchange-direct-dangling-cname-azure-bank',
    about: `${qaWhy}. Before the filter, the firm's MX was ${QA_LEGACY}, a CNAME to its old Azure VM's label ${QA_LEGACY_CLOUD}; the VM was deleted, the CNAME stayed (no MX, no SPF names it now). The attacker rents the label [${QA_LEGACY_IP}], sets his VM's reverse FQDN to ${QA_LEGACY} (Azure grants it: the name resolves to his label) and connects to Exchange directly. ${forgedBelow.replace(QA_FILTER.rdns, QA_LEGACY)}. The PTR leads back through the CNAME, so receiverReverseNames names the hop; the hosting rule must then refuse it (the name leaves ${QA} by a CNAME and is not the primary MX). Wanted: spoofed.`,
    class: 'probe127-cloud-cname',
    args: QA_ARGS,
    eml: forgedIntoQa(QA_LEGACY_IP, 'b4', QA_LEGACY),
    zone: {
      ...qaZone(),
      ...BANK_ZONE,
      [rev4(QA_LEGACY_IP)]: { PTR: [QA_LEGACY] },
      [QA_LEGACY]: { CNAME: [QA_LEGACY_CLOUD] },
      [QA_LEGACY_CLOUD]: { A: [QA_LEGACY_IP] },
    },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe127-exchange-direct-dangling-cname-azure-bank-offline',
    about: `probe127-exchange-direct-dangling-cname-azure-bank read offline (no DNS): nothing names Exchange's line for the attacker's VM, so the forged rspamd results under ${QA_FILTER.rdns} sit below the entry. Wanted: never authenticated (offline with no provider results is the verdict table's row 18, unverified at best; today suspicious, a hosted server).`,
    class: 'probe127-offline',
    args: QA_ARGS,
    eml: forgedIntoQa(QA_LEGACY_IP, 'b5', QA_LEGACY),
    expect: { notVerdict: ['authenticated'] },
  });
  emitCase(write, {
    name: 'probe127-exchange-direct-own-ptr-names-filter-bank-offline',
    about: `probe127-exchange-direct-own-ptr-names-filter-bank read offline: the forged filter results and Postfix line below Exchange's line for [${ATTACKER_V4}]. Offline nothing is checked and no provider result stands (verdict table row 18): the forged results are called fake (forged-auth-results) and never trusted. Wanted: never authenticated (unverified is the documented offline reading, as for any unsigned forgery offline).`,
    class: 'probe127-offline',
    args: QA_ARGS,
    eml: forgedIntoQa(ATTACKER_V4, 'b6'),
    expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
  });
  emitCase(write, {
    name: 'probe127-exchange-filter-gmail-genuine-offline',
    about: `Control: probe127-exchange-filter-gmail-genuine read offline. Nothing can name Exchange's line for the filter, so the filter's results sit below the entry; Gmail's p=none signature is there but no DNS checks it. Wanted: never spoofed or suspicious (unverified is the honest offline reading).`,
    class: 'probe127-offline',
    args: QA_ARGS,
    eml: intoExchange(
      await gmailMail(`Emma Marsh <${QA_READER}>`, 'a3'),
      GMAIL_ENVELOPE,
      { exch: QA_EXCH, exchIp: QA_EXCH_IP, client: QA_FILTER },
      ...filterBelow(QA_FILTER.rdns, GMAIL_OUT, GMAIL_ENVELOPE, 'gmail.com', QA_READER, 'a3', 'gmail.com'),
    ),
    expect: { notVerdict: ['spoofed', 'suspicious'] },
  });
  emitCase(write, {
    name: 'probe127-exchange-direct-own-reverse-zone-servfail-bank',
    about: `${qaWhy}. The attacker straight to Exchange from [${ATTACKER_V4}], his reverse zone answering SERVFAIL (a fault he controls). ${forgedBelow}. Wanted: spoofed (a fault names nothing).`,
    class: 'probe127-dns-fault',
    args: QA_ARGS,
    eml: forgedIntoQa(ATTACKER_V4, 'b7'),
    zone: { ...qaZone(), ...BANK_ZONE, [rev4(ATTACKER_V4)]: { SERVFAIL: true } },
    expect: SPOOFED,
  });

  // ---- QB: sole primary MX a CNAME into cloudapp.azure.com (genuine)
  emitCase(write, {
    name: 'probe127-exchange-filter-primary-mx-cname-azure-genuine',
    about: `Control. ${QB}'s only MX is ${QB_FILTER.rdns}, a CNAME to its filter VM's Azure label ${QB_CLOUD} [${QB_FILTER.ip}], reverse FQDN ${QB_FILTER.rdns} (Azure's reverse-DNS page allows a CNAME'd name); the filter relays to the on-premises Exchange ${QB_EXCH}, which writes \`from <HELO> (<IP>)\`. The supplier's SPF-only invoice came through. The PTR is named by receiverReverseNames and passes the hosting rule as the sole primary MX. --authserv-id ${QB_FILTER.rdns}, --recipient-domain ${QB}. Wanted: authenticated at the supplier's address.`,
    class: 'probe127-control',
    args: ['--authserv-id', QB_FILTER.rdns, '--recipient-domain', QB],
    eml: intoExchange(
      supplierInvoice(`Reception <${QB_READER}>`),
      SUPPLIER_ENVELOPE,
      { exch: QB_EXCH, exchIp: '10.40.0.8', client: QB_FILTER },
      ...filterBelow(
        QB_FILTER.rdns,
        SUPPLIER,
        SUPPLIER_ENVELOPE,
        'harbour-supplies.example',
        QB_READER,
        'd1',
      ),
    ),
    zone: { ...qbZone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });

  // ---- QC: Exchange Edge on Azure in front of the Mailbox server; the stop moves one hop down
  const qcWhy = `${QC} runs an Exchange Edge Transport server on an Azure VM (${QC_EDGE}, A ${QC_EDGE_IP}, the MX) in front of its on-premises Mailbox server ${QC_MBX} (public ${QC_MBX_IP}); both write \`from <HELO> (<IP>)\`, no reverse name. --authserv-id ${QC_MBX} (Exchange's own header id), --recipient-domain ${QC}`;
  emitCase(write, {
    name: 'probe127-edge-mailbox-gmail-genuine',
    about: `Control. ${qcWhy}. A personal Gmail message through the Edge. The Mailbox's line for the Edge is named by its PTR; the stop moves down to the Edge's line for Gmail, whose PTR is Google's. Wanted: authenticated at Gmail's address.`,
    class: 'probe127-control',
    args: QC_ARGS,
    eml: edgeChain(await gmailMail(`Operations <${QC_READER}>`, 'e1'), GMAIL_ENVELOPE, GMAIL_OUT),
    zone: { ...qcZone, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe127-edge-second-hop-dangling-cname-azure-bank',
    about: `${qcWhy}. The firm's previous Edge was ${QC_OLD}, a CNAME to a deleted Azure VM's label ${QC_OLD_CLOUD}; the attacker rents it [${QC_OLD_IP}], sets the reverse FQDN to ${QC_OLD} and delivers to the live Edge, writing below the Edge's line a forged one "from mail.northbank.example (${BANK_IP}) by ${QC_OLD}" over the bank's unsigned lure. The first lookup names the Edge (genuine); the second names his VM (leads back through the CNAME); the hosting rule must refuse that second name. Wanted: spoofed.`,
    class: 'probe127-cloud-cname',
    args: QC_ARGS,
    eml: edgeChain(
      bankNotice(`Operations <${QC_READER}>`),
      BANK_ENVELOPE,
      { helo: QC_OLD, ip: QC_OLD_IP },
      exchangeLine({
        helo: BANK_RELAY.helo,
        ip: BANK_IP,
        by: QC_OLD,
        byIp: QC_OLD_IP,
        date: 'Fri, 20 Nov 2026 10:00:02 +0000',
      }),
    ),
    zone: { ...qcZone, ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe127-edge-second-hop-own-ptr-names-edge-bank',
    about: `${qcWhy}. The attacker delivers to the live Edge from [${ATTACKER_V4}], his PTR ${QC_EDGE}, and writes below a forged "from mail.northbank.example (${BANK_IP}) by ${QC_EDGE}". The second lookup asks his PTR; the name's A record is the Edge's. Wanted: spoofed.`,
    class: 'probe127-exchange-direct',
    args: QC_ARGS,
    eml: edgeChain(
      bankNotice(`Operations <${QC_READER}>`),
      BANK_ENVELOPE,
      { helo: QC_EDGE, ip: ATTACKER_V4 },
      exchangeLine({
        helo: BANK_RELAY.helo,
        ip: BANK_IP,
        by: QC_EDGE,
        byIp: QC_EDGE_IP,
        date: 'Fri, 20 Nov 2026 10:00:02 +0000',
      }),
    ),
    zone: { ...qcZone, ...BANK_ZONE, [rev4(ATTACKER_V4)]: { PTR: [QC_EDGE] } },
    expect: SPOOFED,
  });

  // ---- QD: Postfix box, backup MX printed `unknown`
  const qdWhy = `${QD} runs Mailcow on Hetzner (${QD_STORE}, the MX at 10) with a backup MX ${QD_MX2.rdns} on an OVH VPS [${QD_MX2.ip}] (MX 20, A record, PTR set in OVH's panel). --authserv-id ${QD_STORE}, --recipient-domain ${QD}`;
  emitCase(write, {
    name: 'probe127-box-backup-mx-printed-unknown-gmail-genuine',
    about: `Control. ${qdWhy}. The primary was down; Gmail delivered to the backup, which relayed on when it came back. At that moment the box's resolver timed out on the backup's PTR, so Postfix wrote "from ${QD_MX2.helo} (unknown [${QD_MX2.ip}])". Online the PTR names it (leads back, A record inside ${QD}). Wanted: authenticated at Gmail's address.`,
    class: 'probe127-control',
    args: QD_ARGS,
    eml: intoBox(
      await gmailMail(`Front Desk <${QD_READER}>`, 'f1'),
      QD_STORE,
      GMAIL_ENVELOPE,
      QD_READER,
      rspamdPass(QD_STORE, GMAIL_ENVELOPE, GMAIL_OUT.ip, 'gmail.com', 'gmail.com'),
      unknownLine(QD_MX2.helo, QD_MX2.ip, QD_STORE, '4Zy127f12', QD_READER, RELAYED),
      postfixEntry(GMAIL_OUT, QD_MX2.rdns, '4Zy127f11', QD_READER, ENTERED),
    ),
    zone: { ...qdZone, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe127-box-unknown-own-ptr-names-backup-mx-bank',
    about: `${qdWhy}. The attacker's server [${ATTACKER_V4}] has the PTR ${QD_MX2.rdns} (his reverse zone), which does not lead back, so Postfix wrote "from ${QD_MX2.helo} (unknown [${ATTACKER_V4}])". Below it he writes the backup's line "from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by ${QD_MX2.rdns}" over the bank's unsigned lure. Wanted: spoofed.`,
    class: 'probe127-postfix-unknown',
    args: QD_ARGS,
    eml: intoBox(
      bankNotice(`Front Desk <${QD_READER}>`),
      QD_STORE,
      BANK_ENVELOPE,
      QD_READER,
      null,
      unknownLine(QD_MX2.helo, ATTACKER_V4, QD_STORE, '4Zy127g12', QD_READER, RELAYED),
      postfixEntry(BANK_RELAY, QD_MX2.rdns, '4Zy127g11', QD_READER, ENTERED),
    ),
    zone: { ...qdZone, ...BANK_ZONE, [rev4(ATTACKER_V4)]: { PTR: [QD_MX2.rdns] } },
    expect: SPOOFED,
  });

  // ---- Boxes named outside the reader's own domain
  emitCase(write, {
    name: 'probe127-ddns-box-gmail-genuine',
    about: `Control. Robin runs Postfix + rspamd at home on an HE IPv6 tunnel, the box named ${DDNS_BOX} (DuckDNS, AAAA ${DDNS_BOX_IP}, also its own MX), mail addressed to ${DDNS_READER}. --authserv-id ${DDNS_BOX}, --recipient-domain ${DDNS_BOX}. A personal Gmail message straight in. Wanted: authenticated at Gmail's address.`,
    class: 'probe127-control',
    args: DDNS_ARGS,
    eml: intoBox(
      await gmailMail(`Robin <${DDNS_READER}>`, 'h1'),
      DDNS_BOX,
      GMAIL_ENVELOPE,
      DDNS_READER,
      rspamdPass(DDNS_BOX, GMAIL_ENVELOPE, GMAIL_OUT.ip, 'gmail.com', 'gmail.com'),
      postfixEntry(GMAIL_OUT, DDNS_BOX, '4Zy127h11', DDNS_READER, ENTERED),
    ),
    zone: { ...ddnsZone, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe127-ddns-box-ipv6-tunnel-unknown-names-attacker-bank',
    about: `Robin's home box ${DDNS_BOX} (DuckDNS), read with --authserv-id ${DDNS_BOX}. The attacker has his own HE tunnel /48 (2001:470:7b2c::/48, ip6.arpa delegated to his name servers) and a DuckDNS name of his own, ${DDNS_ATTACKER_NAME}. He delivers from ${DDNS_ATTACKER_IP} while his PTR answers nothing, so Postfix writes "from ${DDNS_ATTACKER_NAME} (unknown [IPv6:${DDNS_ATTACKER_IP}])"; then he publishes PTR ${DDNS_ATTACKER_NAME} and its AAAA. Below Postfix's line he writes "from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by ${DDNS_ATTACKER_NAME}" over the bank's unsigned lure. receiverDomains holds duckdns.org (the authserv-id's ICANN registrable domain), so the PTR, which leads back, names "the receiver's own host". Wanted: spoofed.`,
    class: 'probe127-receiver-zone',
    args: DDNS_ARGS,
    eml: intoBox(
      bankNotice(`Robin <${DDNS_READER}>`),
      DDNS_BOX,
      BANK_ENVELOPE,
      DDNS_READER,
      null,
      unknownLine(DDNS_ATTACKER_NAME, DDNS_ATTACKER_IP, DDNS_BOX, '4Zy127i12', DDNS_READER, RELAYED),
      postfixEntry(BANK_RELAY, DDNS_ATTACKER_NAME, '4Zy127i11', DDNS_READER, ENTERED),
    ),
    zone: { ...ddnsZone, ...BANK_ZONE, ...ptr(DDNS_ATTACKER_IP, DDNS_ATTACKER_NAME) },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe127-contabo-box-gmail-genuine',
    about: `Control. A small firm's Postfix + rspamd VPS at Contabo keeps its default host name ${CONTABO_BOX} [${CONTABO_BOX_IP}] (Contabo's PTR, forward-confirmed); mail for ${CONTABO_READER}. --authserv-id ${CONTABO_BOX}, --recipient-domain ${CONTABO_BOX}. A personal Gmail message straight in. Wanted: authenticated at Gmail's address.`,
    class: 'probe127-control',
    args: CONTABO_ARGS,
    eml: intoBox(
      await gmailMail(`Info <${CONTABO_READER}>`, 'j1'),
      CONTABO_BOX,
      GMAIL_ENVELOPE,
      CONTABO_READER,
      rspamdPass(CONTABO_BOX, GMAIL_ENVELOPE, GMAIL_OUT.ip, 'gmail.com', 'gmail.com'),
      postfixEntry(GMAIL_OUT, CONTABO_BOX, '4Zy127j11', CONTABO_READER, ENTERED),
    ),
    zone: { ...contaboZone, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe127-contabo-default-name-box-cotenant-vps-bank',
    about: `The same Contabo box ${CONTABO_BOX}. The attacker rents a Contabo VPS of his own, ${CONTABO_ATTACKER.rdns} [${CONTABO_ATTACKER.ip}] (default name, forward-confirmed by Contabo), delivers from it and writes below Postfix's line "from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by ${CONTABO_ATTACKER.rdns}" over the bank's unsigned lure. receiverDomains holds contaboserver.net, so his VPS is "the receiver's own host"; the hosting rule lets it pass (A record inside contaboserver.net). Wanted: spoofed.`,
    class: 'probe127-receiver-zone',
    args: CONTABO_ARGS,
    eml: intoBox(
      bankNotice(`Info <${CONTABO_READER}>`),
      CONTABO_BOX,
      BANK_ENVELOPE,
      CONTABO_READER,
      null,
      postfixEntry(CONTABO_ATTACKER, CONTABO_BOX, '4Zy127k12', CONTABO_READER, RELAYED),
      postfixEntry(BANK_RELAY, CONTABO_ATTACKER.rdns, '4Zy127k11', CONTABO_READER, ENTERED),
    ),
    zone: { ...contaboZone, ...BANK_ZONE },
    expect: SPOOFED,
  });
}
