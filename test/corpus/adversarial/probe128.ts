// Red-team probes, round 128 (December 2026): the receiver-side walk as changed in the last hour
// (93efa221..HEAD): lib/message/receiver-hosts.ts receiverDomains (the authserv-id plus its
// registrable domain read with the PSL's private section; a hoster's default name alone),
// lib/message/origin.ts privateTop (the first line with a public client is the receiver's when its
// `by` host has a private name, `EXCH01.<x>.local`) and lib/engine/origin-walk.ts
// receiverReverseNames (a receiver's hop printed without a reverse name is named by its IP's
// forward-confirmed PTR under the receiver's domains).
// The hole: the PSL's private section has no entry for most shared names a self-hoster's box is
// called by, and then the "registrable domain" is the whole shared zone:
// - Azure's `<label>.<region>.cloudapp.azure.com` (the name Azure gives any public IP with a DNS
//   label; the PSL lists `cloudapp.net` and not `cloudapp.azure.com`), whose registrable domain
//   is `azure.com`: every Azure customer's VM in every region, and Microsoft's own names;
// - FreeDNS's shared zones (`mooo.com`, afraid.org's own), whose subdomains anyone signs up for
//   (5 free), none of them in the PSL;
// - ASUS's router DDNS `asuscomm.com` (and TP-Link's `tplinkdns.com`), not in the PSL either.
// With such an authserv-id every other customer's forward-confirmed name there is "the receiver's
// own host": the walk goes past the attacker's own server (printed reverse name or PTR looked up
// by receiverReverseNames) and takes his forged line below for the entry. Attacks, each beside
// its genuine control, all read as the box's user would (--authserv-id, --recipient-domain):
// Postfix + rspamd on an Azure VM named by its DNS label; rspamd on an Azure VM in front of
// on-premises Exchange in `<x>.local` (the privateTop layout, the attacker straight to Exchange
// from his own Azure VM); home boxes under FreeDNS and ASUS DDNS. Zones the PSL does list
// (synology.me, myfritz.net) are kept as cases the engine reads right.
// Where the layouts were learnt (`search`, corpus "pages"): Azure's public-IP DNS name label
// (`domainnamelabel.location.cloudapp.azure.com`, MicrosoftDocs azure-docs public-ip-addresses.md)
// and its reverse-DNS validation (learn.microsoft.com "Configure reverse DNS for services hosted in
// Azure": a reverse FQDN is accepted when it resolves to the IP or is a name defined in the same
// subscription, so an attacker's VM may carry its own `*.cloudapp.azure.com` label as PTR);
// FreeDNS's shared domains (balloon.asia "FreeDNS(freedns.afraid.org)": 56,000 public domains,
// 5 free subdomains each, not in the Public Suffix List); a VPS-hosted mail server kept under a
// FreeDNS name (masenf.com "goodbye domain"). ASUS DDNS names (`<name>.asuscomm.com`, set from the
// router's WAN page, updatable by any client speaking its update call) recalled. Exchange's
// `from <HELO> (<IP>)` line and the rspamd filter before it as probe127 / realworld122-123 write
// them. The PSL lookups were checked with tldts here: `x.westeurope.cloudapp.azure.com` → azure.com,
// `x.mooo.com` → mooo.com, `x.asuscomm.com` → asuscomm.com; `x.synology.me`, `x.myfritz.net` stay
// the user's own.
// Names and addresses are documentation ones except Google's (209.85.128.0/17), Azure West Europe's
// (20.76.0.0/16) and North Europe's (52.164.0.0/14), OVH's (51.75.0.0/16) own ranges and the
// providers' zones (cloudapp.azure.com, mooo.com, asuscomm.com, synology.me); every key is the corpus
// key.

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

/** Genuine mail authenticated at the sender's own address. */
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
const GMAIL_ENVELOPE = 'tomasz.wierzbicki.home@gmail.com';
const gmailMail = (to: string, tag: string) =>
  signAll(
    submitted({
      from: `Tomasz Wierzbicki <${GMAIL_ENVELOPE}>`,
      to,
      subject: 'Drawings for the garden room',
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
      messageId: `<CAF128${tag}pQ4nVw2LkT8sYd+u3E@mail.gmail.com>`,
      body: 'Hi,\r\n\r\nthe revised drawings for the garden room are in the shared folder; could you check the window heights before Monday?\r\n\r\nTomasz\r\n',
    }),
    [['gmail.com', '20230601']],
  );

const BANK_ZONE = { ...BANK, ...ptr(BANK_IP, BANK_RELAY.rdns) };

/** rspamd's Authentication-Results about a sender it checked (pass throughout). */
const rspamdPass = (authserv: string, envelope: string, ip: string, fromDomain: string, dkim?: string) =>
  `Authentication-Results: ${authserv};\r\n\t${dkim ? `dkim=pass header.d=${dkim} header.s=20230601 header.b=Q29ycHVz` : 'dkim=none'};\r\n\tspf=pass (${authserv}: domain of ${envelope} designates ${ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=pass (policy=${fromDomain === 'northbank.example' ? 'reject' : 'none'}) header.from=${fromDomain}`;

/** Postfix's line for a client whose reverse name did not lead back at that moment (`unknown`). */
const unknownLine = (helo: string, ip: string, by: string, id: string, rcpt: string, date: string) =>
  received({ helo, ip, by, id, for: rcpt, date });

/** Into a Postfix + rspamd box (`store`) through `lines` (top first), rspamd's results on top. */
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
    dovecotLmtp(store, envelope, rcpt, 'yB4mKx128ZQAAWh9Y', STORED),
    ...(ar ? [ar] : []),
    ...lines,
  );

/** A home or VPS box named `box` under a shared zone, reached straight from the internet. */
interface Box {
  name: string;
  ip: string;
  reader: string;
  args: string[];
  zone: Record<string, unknown>;
}
const boxAt = (name: string, ip: string, readerDomain: string, local: string): Box => ({
  name,
  ip,
  reader: `${local}@${readerDomain}`,
  args: ['--authserv-id', name, '--recipient-domain', readerDomain],
  zone: {
    ...ptr(ip, name),
    [readerDomain]: { MX: [{ priority: 10, exchange: name }], TXT: [`v=spf1 a:${name} -all`] },
    [name]: { A: [ip] },
  },
});

/** Gmail straight into the box. */
const gmailIntoBox = async (b: Box, tag: string) =>
  intoBox(
    await gmailMail(b.reader, tag),
    b.name,
    GMAIL_ENVELOPE,
    b.reader,
    rspamdPass(b.name, GMAIL_ENVELOPE, GMAIL_OUT.ip, 'gmail.com', 'gmail.com'),
    postfixEntry(GMAIL_OUT, b.name, `4Zy128${tag}1`, b.reader, ENTERED),
  );

/**
 * The attacker's own server `a` (forward-confirmed name under the shared zone) delivers the bank's
 * unsigned lure into the box; Postfix prints his name (or `unknown` when his PTR was not yet
 * answering), and below it he forges the line "from mail.northbank.example ([bank]) by `forgedBy`".
 */
const forgedIntoBox = (b: Box, a: Relay, tag: string, o: { unknown?: boolean; forgedBy?: string } = {}) =>
  intoBox(
    bankNotice(b.reader),
    b.name,
    BANK_ENVELOPE,
    b.reader,
    null,
    o.unknown
      ? unknownLine(a.helo, a.ip, b.name, `4Zy128${tag}2`, b.reader, RELAYED)
      : postfixEntry(a, b.name, `4Zy128${tag}2`, b.reader, RELAYED),
    postfixEntry(BANK_RELAY, o.forgedBy ?? a.rdns, `4Zy128${tag}1`, b.reader, ENTERED),
  );

// ---- Box AZ: Postfix + rspamd on an Azure VM named by its DNS label ---------------------------
const AZ_DOMAIN = 'fernley-joinery.example';
const AZ = boxAt('fernley-mail.westeurope.cloudapp.azure.com', '20.76.206.61', AZ_DOMAIN, 'office');
/** The attacker's Azure VM in another region, its DNS label as reverse FQDN (Azure allows it). */
const AZ_ATTACKER: Relay = {
  helo: 'parcel-notify.northeurope.cloudapp.azure.com',
  rdns: 'parcel-notify.northeurope.cloudapp.azure.com',
  ip: '52.164.241.19',
};
/** His second VM in the box's own region. */
const AZ_ATTACKER_WE: Relay = {
  helo: 'fernley-mail2.westeurope.cloudapp.azure.com',
  rdns: 'fernley-mail2.westeurope.cloudapp.azure.com',
  ip: '20.76.207.93',
};

// ---- Firm EX: rspamd on an Azure VM (its DNS label) in front of Exchange 2019 in `<x>.local` ---
const EX = 'quarrybank-design.example';
const EX_FILTER: Relay = {
  helo: 'qbd-filter.westeurope.cloudapp.azure.com',
  rdns: 'qbd-filter.westeurope.cloudapp.azure.com',
  ip: '20.76.206.72',
};
const EX_EXCH = 'EXCH01.qbd.local';
const EX_EXCH_IP = '10.20.0.15';
const EX_READER = `j.fenn@${EX}`;
const EX_ARGS = ['--authserv-id', EX_FILTER.rdns, '--recipient-domain', EX];
const exZone = {
  [EX]: { MX: [{ priority: 10, exchange: EX_FILTER.rdns }], TXT: ['v=spf1 ip4:203.0.113.85 -all'] },
  [`_dmarc.${EX}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(EX_FILTER.ip, EX_FILTER.rdns),
};
const EX_ATTACKER: Relay = {
  helo: 'invoice-gw.westeurope.cloudapp.azure.com',
  rdns: 'invoice-gw.westeurope.cloudapp.azure.com',
  ip: '20.76.207.88',
};

/** Into Exchange from `client` (the filter, or the attacker straight in), `below` under its line. */
const intoExchange = (
  raw: string,
  envelope: string,
  client: { helo: string; ip: string },
  ...below: string[]
) =>
  onTop(
    exchangeBottom(raw, exoRows(envelope, EX_EXCH)),
    exchangeLine({
      helo: EX_EXCH,
      ip: EX_EXCH_IP,
      by: EX_EXCH,
      byIp: EX_EXCH_IP,
      via: 'Mailbox Transport',
      date: STORED,
    }),
    exchangeLine({ helo: client.helo, ip: client.ip, by: EX_EXCH, byIp: EX_EXCH_IP, date: RELAYED }),
    ...below,
  );
/** The filter's results and Postfix line (genuine, or a forger's copy), `by` the filter. */
const filterBelow = (s: Relay, envelope: string, fromDomain: string, tag: string, dkim?: string) => [
  rspamdPass(EX_FILTER.rdns, envelope, s.ip, fromDomain, dkim),
  postfixEntry(s, EX_FILTER.rdns, `4Zy128${tag}1`, EX_READER, ENTERED),
];

// ---- Home boxes under shared DDNS zones ------------------------------------------------------
/** FreeDNS (afraid.org) shared zone mooo.com: a home box with a static ISP address. */
const MOOO = boxAt('ridgeway-mail.mooo.com', '203.0.113.25', 'ridgeway-mail.mooo.com', 'ana');
/** The attacker's OVH VPS, its PTR set in OVH's panel to his own free FreeDNS name (A → the VPS). */
const MOOO_ATTACKER: Relay = { helo: 'courier-7.mooo.com', rdns: 'courier-7.mooo.com', ip: '51.75.121.77' };
/** ASUS router DDNS: a Synology-style home box behind an ASUS router. */
const ASUS = boxAt('harlowfamily.asuscomm.com', '198.51.100.120', 'harlowfamily.asuscomm.com', 'kate');
const ASUS_ATTACKER: Relay = {
  helo: 'delivery-notice.asuscomm.com',
  rdns: 'delivery-notice.asuscomm.com',
  ip: '51.75.121.78',
};
/** Synology's own DDNS (synology.me is in the PSL's private section: each name is its user's). */
const SYNO = boxAt('pembertons.synology.me', '198.51.100.121', 'pembertons.synology.me', 'mark');
const SYNO_ATTACKER: Relay = {
  helo: 'parcel-desk.synology.me',
  rdns: 'parcel-desk.synology.me',
  ip: '51.75.121.79',
};

// Fixed at 01:20 on 2026-12-06 (the lead; lib/message/receiver-hosts.ts receiverDomains,
// sharedZoneChild): the six boxes named under zones the public suffix list does not list read
// AUTHENTICATED at the bank's forged address (an Azure label under <region>.cloudapp.azure.com gave
// the receiver the domain azure.com; FreeDNS's mooo.com and ASUS's asuscomm.com their whole zone),
// so any other customer's forward-confirmed name there passed for the receiver's own host. Under an
// Azure region's labels or a listed shared dynamic-DNS zone, the user's zone is the one label under it.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>();

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- AZ: Postfix + rspamd on an Azure VM named by its DNS label
  const azWhy = `${AZ_DOMAIN} runs Postfix + rspamd on an Azure VM in West Europe that keeps the name Azure gave its public IP's DNS label, ${AZ.name} [${AZ.ip}] (A record, reverse FQDN the same): the domain's MX points at it and rspamd writes its results under that name. The reader sets --authserv-id ${AZ.name}, --recipient-domain ${AZ_DOMAIN}`;
  const azBank = `below Postfix's line he writes "from mail.northbank.example (mail.northbank.example [${BANK_IP}])" as received by his own host, over the bank's unsigned card-update lure`;
  emitCase(write, {
    name: 'probe128-azure-label-box-gmail-genuine',
    about: `Control. ${azWhy}. A personal Gmail message (d=gmail.com) straight in. Wanted: authenticated at Gmail's address.`,
    class: 'probe128-control',
    args: AZ.args,
    eml: await gmailIntoBox(AZ, 'a1'),
    zone: { ...AZ.zone, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
    twin: true,
  });
  emitCase(write, {
    name: 'probe128-azure-label-box-other-region-vm-bank',
    about: `${azWhy}. The attacker rents an Azure VM in North Europe with the DNS label ${AZ_ATTACKER.rdns} [${AZ_ATTACKER.ip}] and sets it as the IP's reverse FQDN (Azure accepts a name of the same subscription); Postfix prints it. ${azBank}. receiverDomains holds azure.com (the PSL has no cloudapp.azure.com entry), so his VM is "the receiver's own host" and the hosting rule sees its A record inside that domain. Wanted: spoofed.`,
    class: 'probe128-receiver-zone',
    args: AZ.args,
    eml: forgedIntoBox(AZ, AZ_ATTACKER, 'b1'),
    zone: { ...AZ.zone, ...BANK_ZONE, ...ptr(AZ_ATTACKER.ip, AZ_ATTACKER.rdns) },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe128-azure-label-box-unknown-ptr-names-attacker-bank',
    about: `${azWhy}. The same attacker VM [${AZ_ATTACKER.ip}], its reverse FQDN set only after he sent, so Postfix wrote "from ${AZ_ATTACKER.helo} (unknown [${AZ_ATTACKER.ip}])"; online receiverReverseNames asks the PTR now and takes ${AZ_ATTACKER.rdns} (under azure.com, leads back). ${azBank}. Wanted: spoofed.`,
    class: 'probe128-receiver-zone',
    args: AZ.args,
    eml: forgedIntoBox(AZ, AZ_ATTACKER, 'b2', { unknown: true }),
    zone: { ...AZ.zone, ...BANK_ZONE, ...ptr(AZ_ATTACKER.ip, AZ_ATTACKER.rdns) },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe128-azure-label-box-same-region-lookalike-label-bank',
    about: `${azWhy}. The attacker's VM in the box's own region takes the free label ${AZ_ATTACKER_WE.rdns} [${AZ_ATTACKER_WE.ip}] (reverse FQDN the same) and forges the line below as received by the box itself ("by ${AZ.name}"), over the bank's unsigned lure. Wanted: spoofed.`,
    class: 'probe128-receiver-zone',
    args: AZ.args,
    eml: forgedIntoBox(AZ, AZ_ATTACKER_WE, 'b3', { forgedBy: AZ.name }),
    zone: { ...AZ.zone, ...BANK_ZONE, ...ptr(AZ_ATTACKER_WE.ip, AZ_ATTACKER_WE.rdns) },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe128-azure-label-box-plain-vps-bank',
    about: `${azWhy}. Control attack: the attacker's server [51.75.121.80] at OVH has a PTR of his own domain (mail.attacker.example, leads back), and he forges the same line below. Wanted: spoofed (nothing names his host the receiver's).`,
    class: 'probe128-receiver-zone',
    args: AZ.args,
    eml: forgedIntoBox(
      AZ,
      { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: '51.75.121.80' },
      'b4',
      { forgedBy: AZ.name },
    ),
    zone: { ...AZ.zone, ...BANK_ZONE, ...ptr('51.75.121.80', 'mail.attacker.example') },
    expect: SPOOFED,
  });

  // ---- EX: Azure-label filter in front of Exchange in qbd.local (privateTop)
  const exWhy = `${EX}'s MX is Postfix + rspamd on an Azure VM keeping its DNS label ${EX_FILTER.rdns} [${EX_FILTER.ip}, reverse FQDN the same], relaying to the on-premises Exchange 2019 ${EX_EXCH} (AD domain qbd.local), which writes \`from <HELO> (<IP>)\` and is still reachable on port 25 from the internet. The reader sets --authserv-id ${EX_FILTER.rdns}, --recipient-domain ${EX}`;
  emitCase(write, {
    name: 'probe128-exchange-azure-label-filter-gmail-genuine',
    about: `Control. ${exWhy}. A personal Gmail message through the filter. Exchange's \`.local\` line is the first with a public client (privateTop); its client is named by the filter's PTR, which leads back. Wanted: authenticated at Gmail's address.`,
    class: 'probe128-control',
    args: EX_ARGS,
    eml: intoExchange(
      await gmailMail(`Jo Fenn <${EX_READER}>`, 'c1'),
      GMAIL_ENVELOPE,
      EX_FILTER,
      ...filterBelow(GMAIL_OUT, GMAIL_ENVELOPE, 'gmail.com', 'c1', 'gmail.com'),
    ),
    zone: { ...exZone, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe128-exchange-direct-azure-cotenant-bank',
    about: `${exWhy}. The attacker rents an Azure VM with the label ${EX_ATTACKER.rdns} [${EX_ATTACKER.ip}], sets it as reverse FQDN, goes around the filter to Exchange and forges under Exchange's line the filter's rspamd results (pass for northbank.example) and its Postfix line "from mail.northbank.example ([${BANK_IP}]) by ${EX_FILTER.rdns}", over the bank's unsigned lure. receiverReverseNames names Exchange's line by his PTR, under azure.com. Wanted: spoofed.`,
    class: 'probe128-receiver-zone',
    args: EX_ARGS,
    eml: intoExchange(
      bankNotice(`Jo Fenn <${EX_READER}>`),
      BANK_ENVELOPE,
      { helo: EX_FILTER.helo, ip: EX_ATTACKER.ip },
      ...filterBelow(BANK_RELAY, BANK_ENVELOPE, 'northbank.example', 'c2'),
    ),
    zone: { ...exZone, ...BANK_ZONE, ...ptr(EX_ATTACKER.ip, EX_ATTACKER.rdns) },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe128-exchange-direct-forged-private-by-line-bank',
    about: `${exWhy}. The attacker straight to Exchange from [${EX_ATTACKER.ip}] with no PTR at all, and under Exchange's line a forged second Exchange line "from ${EX_FILTER.helo} (${BANK_IP}) by EXCH02.qbd.local" (a private name: privateTop holds only for the first line with a public client) over the filter's forged results. Wanted: spoofed.`,
    class: 'probe128-private-top',
    args: EX_ARGS,
    eml: intoExchange(
      bankNotice(`Jo Fenn <${EX_READER}>`),
      BANK_ENVELOPE,
      { helo: EX_FILTER.helo, ip: EX_ATTACKER.ip },
      exchangeLine({
        helo: EX_FILTER.helo,
        ip: BANK_IP,
        by: 'EXCH02.qbd.local',
        byIp: '10.20.0.16',
        date: ENTERED,
      }),
      rspamdPass(EX_FILTER.rdns, BANK_ENVELOPE, BANK_IP, 'northbank.example'),
    ),
    zone: { ...exZone, ...BANK_ZONE },
    expect: SPOOFED,
  });

  // ---- Home boxes under shared DDNS zones
  const moooWhy = `Ana runs Postfix + rspamd at home on a static ISP address, the box named ${MOOO.name} (a FreeDNS subdomain of the shared zone mooo.com, A ${MOOO.ip}, the ISP's PTR set to it, also its own MX); mail to ${MOOO.reader}. --authserv-id ${MOOO.name}, --recipient-domain ${MOOO.name}`;
  emitCase(write, {
    name: 'probe128-freedns-box-gmail-genuine',
    about: `Control. ${moooWhy}. A personal Gmail message straight in. Wanted: authenticated at Gmail's address.`,
    class: 'probe128-control',
    args: MOOO.args,
    eml: await gmailIntoBox(MOOO, 'd1'),
    zone: { ...MOOO.zone, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe128-freedns-box-vps-own-subdomain-bank',
    about: `${moooWhy}. The attacker signs up for a free FreeDNS subdomain of the same shared zone, ${MOOO_ATTACKER.rdns}, points it at his OVH VPS [${MOOO_ATTACKER.ip}] and sets the VPS's PTR to it in OVH's panel; Postfix prints it. Below he forges "from mail.northbank.example ([${BANK_IP}]) by ${MOOO_ATTACKER.rdns}" over the bank's unsigned lure. mooo.com is not in the PSL, so receiverDomains holds it. Wanted: spoofed.`,
    class: 'probe128-receiver-zone',
    args: MOOO.args,
    eml: forgedIntoBox(MOOO, MOOO_ATTACKER, 'd2'),
    zone: { ...MOOO.zone, ...BANK_ZONE, ...ptr(MOOO_ATTACKER.ip, MOOO_ATTACKER.rdns) },
    expect: SPOOFED,
  });
  const asusWhy = `The Harlows' NAS runs a mail server behind their ASUS router, named by the router's DDNS ${ASUS.name} [${ASUS.ip}] (its own MX); mail to ${ASUS.reader}. --authserv-id ${ASUS.name}, --recipient-domain ${ASUS.name}`;
  emitCase(write, {
    name: 'probe128-asus-ddns-box-gmail-genuine',
    about: `Control. ${asusWhy}. A personal Gmail message straight in. Wanted: authenticated at Gmail's address.`,
    class: 'probe128-control',
    args: ASUS.args,
    eml: await gmailIntoBox(ASUS, 'e1'),
    zone: { ...ASUS.zone, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe128-asus-ddns-box-unknown-names-attacker-bank',
    about: `${asusWhy}. The attacker registers ${ASUS_ATTACKER.rdns} through ASUS's DDNS update call, points it at his OVH VPS [${ASUS_ATTACKER.ip}] and sets the PTR after sending, so Postfix wrote \`unknown\`; online receiverReverseNames takes the PTR (under asuscomm.com, which the PSL does not list, and it leads back). Below he forges "from mail.northbank.example ([${BANK_IP}]) by ${ASUS_ATTACKER.rdns}" over the bank's unsigned lure. Wanted: spoofed.`,
    class: 'probe128-receiver-zone',
    args: ASUS.args,
    eml: forgedIntoBox(ASUS, ASUS_ATTACKER, 'e2', { unknown: true }),
    zone: { ...ASUS.zone, ...BANK_ZONE, ...ptr(ASUS_ATTACKER.ip, ASUS_ATTACKER.rdns) },
    expect: SPOOFED,
  });
  const synoWhy = `The Pembertons' Synology MailPlus box is named by Synology's DDNS ${SYNO.name} [${SYNO.ip}] (its own MX; synology.me is in the PSL's private section); mail to ${SYNO.reader}. --authserv-id ${SYNO.name}, --recipient-domain ${SYNO.name}`;
  emitCase(write, {
    name: 'probe128-synology-ddns-box-gmail-genuine',
    about: `Control. ${synoWhy}. A personal Gmail message straight in. Wanted: authenticated at Gmail's address.`,
    class: 'probe128-control',
    args: SYNO.args,
    eml: await gmailIntoBox(SYNO, 'f1'),
    zone: { ...SYNO.zone, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe128-synology-ddns-box-other-user-bank',
    about: `${synoWhy}. The attacker's own Synology DDNS name ${SYNO_ATTACKER.rdns} on his OVH VPS [${SYNO_ATTACKER.ip}] (PTR set, leads back), the forged bank line below "by ${SYNO_ATTACKER.rdns}". The PSL makes each synology.me name its user's, so his is not the receiver's. Wanted: spoofed.`,
    class: 'probe128-receiver-zone',
    args: SYNO.args,
    eml: forgedIntoBox(SYNO, SYNO_ATTACKER, 'f2', { unknown: true }),
    zone: { ...SYNO.zone, ...BANK_ZONE, ...ptr(SYNO_ATTACKER.ip, SYNO_ATTACKER.rdns) },
    expect: SPOOFED,
  });
}
