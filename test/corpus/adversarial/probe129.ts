// Red-team probes, round 129 (December 2026): the receiver's MX hosts as the walk reads them
// (5b41aa80..HEAD): lib/engine/origin-walk.ts receiverMxHosts and lib/message/origin.ts walkDomains
// (beside trusted authserv-ids, every host the MX records of the reader's own domains name is the
// receiver's own, its name and everything under it), and lib/message/receiver-hosts.ts
// sharedZoneChild (an Azure region's labels and a list of shared dynamic-DNS zones).
// Attacks, each beside its genuine control, on self-hosted Postfix + rspamd boxes read with
// --authserv-id and --recipient-domain:
// - a backup MX named by an Azure VM's DNS label the firm deleted (the label is free again, the
//   attacker claims it in the same region and sets it as his VM's reverse FQDN), and the same
//   through a dangling `mx2.<domain>` CNAME (README keeps this one caught: rounds 114-115);
// - zones where anyone gets a name and which neither the PSL nor SHARED_NAME_ZONES list: FreeDNS's
//   `uk.to`, Azure operated by 21Vianet's `<label>.<region>.cloudapp.chinacloudapi.cn`;
// - genuine mail through a backup MX when the MX lookup times out (a DNS fault), and when the
//   backup is a subdomain's own MX (`lab.<org>`) while the reader names the organisation's domain.
// Where the layouts were learnt (`search`, corpus "pages"): learn.microsoft.com "Prevent dangling
// DNS entries and avoid subdomain takeover" and hacker1db.dev "Dangling DNS and abandoned cloud
// services" (a deleted resource's FQDN is re-provisioned by another subscription), with the Azure
// reverse-FQDN rule as probe128 cites it; Azure in China as a separate 21Vianet instance
// (learn.microsoft.com "Azure in China developer guide": its own endpoints, chinacloudapi.cn);
// gpsinformation.org "dynamic DNS ... mail servers and backup mail servers" (a home mail server on a
// dynamic-DNS name with a backup MX). FreeDNS's public shared domains (uk.to beside us.to, 5 free
// subdomains each) as probe128 cites balloon.asia; that neither uk.to nor cloudapp.chinacloudapi.cn
// is in the PSL was checked here with the engine's registrableDomain (→ uk.to, chinacloudapi.cn).
// Backup MX relaying to the primary, rspamd writing under the box's name: as realworld124 models it.
// Names and addresses are documentation ones except Google's (209.85.128.0/17), Azure West Europe's
// (20.76.0.0/16), Azure China North 2's (139.217.0.0/16), OVH's (51.75.0.0/16), Hetzner's
// (116.203.0.0/16), Contabo's (161.97.0.0/16) own ranges and the providers' zones; every key is the
// corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { BANK, BANK_IP, emitCase, GMAIL_OUT, KEY, ptr, type Relay, SPOOFED, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import { BANK_ENVELOPE, BANK_RELAY, bankNotice, postfixEntry, probeCorpus } from '../rounds-kit';

const STORED = 'Fri, 20 Nov 2026 10:00:08 +0000';
const RELAYED = 'Fri, 20 Nov 2026 10:00:06 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** Genuine mail authenticated at the sender's own address. */
const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});
/** Genuine mail whose DMARC rests on SPF at a hop the reader's own DNS vouches for: never spoofed. */
const NEVER_SPOOFED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };

// ---- The senders ------------------------------------------------------------------------------
const GMAIL_ZONE = {
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'] },
  '20230601._domainkey.gmail.com': KEY(),
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
};
const GMAIL_ENVELOPE = 'hanna.lindqvist.home@gmail.com';
const gmailMail = (to: string, tag: string) =>
  signAll(
    submitted({
      from: `Hanna Lindqvist <${GMAIL_ENVELOPE}>`,
      to,
      subject: 'Oak samples for the stair',
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
      messageId: `<CAF129${tag}xR7mQw2LkT8sYd+u3E@mail.gmail.com>`,
      body: 'Hi,\r\n\r\nI have the two oak samples for the stair treads; which finish did you prefer on Tuesday?\r\n\r\nHanna\r\n',
    }),
    [['gmail.com', '20230601']],
  );

/**
 * A timber supplier's own Postfix, unsigned (no DKIM set up), SPF `-all` and DMARC p=reject: its
 * DMARC pass rests wholly on SPF at the address the walk takes for the origin.
 */
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
    subject: 'Invoice KT-20931 (oak boards, delivered 18 Nov)',
    date: 'Fri, 20 Nov 2026 09:59:40 +0000',
    messageId: '<20261120095940.4F1A2C0312@mail.kestrel-timber.example>',
    body: 'Hello,\r\n\r\nplease find our invoice KT-20931 for the oak boards delivered on 18 November, due in 30 days to the account on file.\r\n\r\nKestrel Timber Accounts\r\n',
  });

const BANK_ZONE = { ...BANK, ...ptr(BANK_IP, BANK_RELAY.rdns) };

/** rspamd's Authentication-Results about a sender it checked straight (Gmail: all pass). */
const rspamdGmail = (authserv: string) =>
  `Authentication-Results: ${authserv};\r\n\tdkim=pass header.d=gmail.com header.s=20230601 header.b=Q29ycHVz;\r\n\tspf=pass (${authserv}: domain of ${GMAIL_ENVELOPE} designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom=${GMAIL_ENVELOPE};\r\n\tdmarc=pass (policy=none) header.from=gmail.com`;

/** Into the box `store` through `lines` (top first), rspamd's results (if any) on top. */
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
    dovecotLmtp(store, envelope, rcpt, 'yB4mKx129ZQAAWh9Y', STORED),
    ...(ar ? [ar] : []),
    ...lines,
  );

/**
 * Through `relay` (a backup MX, or the attacker posing as one) into the box, `sender` below it.
 * The boxes behind a backup MX run Postfix without a milter writing results (rspamd would check SPF
 * at the backup's address and disagree with any reading that walks past it: realworld124).
 */
const viaRelay = (
  raw: string,
  box: string,
  relay: Relay,
  sender: Relay,
  envelope: string,
  rcpt: string,
  tag: string,
) =>
  intoBox(
    raw,
    box,
    envelope,
    rcpt,
    null,
    postfixEntry(relay, box, `4Zy129${tag}2`, rcpt, RELAYED),
    postfixEntry(sender, relay.rdns, `4Zy129${tag}1`, rcpt, ENTERED),
  );

// ---- Firm L: own box, backup MX an Azure VM known by its DNS label ----------------------------
const L_DOMAIN = 'linden-atelier.example';
const L_BOX = `mail.${L_DOMAIN}`;
const L_BOX_IP = '203.0.113.60';
const L_READER = `studio@${L_DOMAIN}`;
const L_ARGS = ['--authserv-id', L_BOX, '--recipient-domain', L_DOMAIN];
const L_LABEL = 'linden-mx2.westeurope.cloudapp.azure.com';
/** The backup VM while it lived. */
const L_BACKUP: Relay = { helo: L_LABEL, rdns: L_LABEL, ip: '20.76.206.90' };
/** The attacker's VM after claiming the deleted label in the same region. */
const L_TAKEN: Relay = { helo: L_LABEL, rdns: L_LABEL, ip: '20.76.207.151' };
const lZone = (backupMx: string) => ({
  ...ptr(L_BOX_IP, L_BOX),
  [L_DOMAIN]: {
    MX: [
      { priority: 10, exchange: L_BOX },
      { priority: 20, exchange: backupMx },
    ],
    TXT: [`v=spf1 mx -all`],
  },
  [`_dmarc.${L_DOMAIN}`]: { TXT: ['v=DMARC1; p=quarantine'] },
});
const L_CNAME = `mx2.${L_DOMAIN}`;
/** The attacker's VM under the reclaimed label, its reverse FQDN the firm's own dangling CNAME. */
const L_CNAME_TAKEN: Relay = { helo: L_CNAME, rdns: L_CNAME, ip: '20.76.207.152' };

// ---- Box U: a home box under FreeDNS's shared zone uk.to ---------------------------------------
const U_BOX = 'hollis-mail.uk.to';
const U_IP = '198.51.100.130';
const U_READER = `dan@${U_BOX}`;
const U_ARGS = ['--authserv-id', U_BOX, '--recipient-domain', U_BOX];
const U_ZONE = { ...ptr(U_IP, U_BOX), [U_BOX]: { A: [U_IP], MX: [{ priority: 10, exchange: U_BOX }] } };
const U_ATTACKER: Relay = { helo: 'parcel-desk.uk.to', rdns: 'parcel-desk.uk.to', ip: '51.75.121.91' };

// ---- Box C: Postfix + rspamd on an Azure in China VM known by its DNS label ----------------------
const C_DOMAIN = 'jadeway-trading.example';
const C_BOX = 'jadeway-mail.chinanorth2.cloudapp.chinacloudapi.cn';
const C_IP = '139.217.108.44';
const C_READER = `sales@${C_DOMAIN}`;
const C_ARGS = ['--authserv-id', C_BOX, '--recipient-domain', C_DOMAIN];
const C_ZONE = {
  ...ptr(C_IP, C_BOX),
  [C_DOMAIN]: { MX: [{ priority: 10, exchange: C_BOX }], TXT: [`v=spf1 ip4:${C_IP} -all`] },
};
const C_ATTACKER: Relay = {
  helo: 'notice-desk.chinaeast2.cloudapp.chinacloudapi.cn',
  rdns: 'notice-desk.chinaeast2.cloudapp.chinacloudapi.cn',
  ip: '139.217.230.17',
};

// ---- Home D: DuckDNS home box with a DuckDNS backup VPS (realworld124's layout) ----------------
const D_DOMAIN = 'greve-family.example';
const D_BOX = 'greve-home.duckdns.org';
const D_IP = '79.200.14.88';
const D_READER = `jonas@${D_DOMAIN}`;
const D_ARGS = ['--authserv-id', D_BOX, '--recipient-domain', D_DOMAIN];
const D_BACKUP: Relay = {
  helo: 'greve-mx2.duckdns.org',
  rdns: 'greve-mx2.duckdns.org',
  ip: '116.203.88.130',
};
const D_ATTACKER: Relay = {
  helo: 'greve-mx3.duckdns.org',
  rdns: 'greve-mx3.duckdns.org',
  ip: '51.75.121.92',
};
const dZone = (mxFault: boolean) => ({
  ...ptr(D_IP, D_BOX),
  ...ptr(D_BACKUP.ip, D_BACKUP.rdns),
  [D_DOMAIN]: mxFault
    ? { TXT: ['v=spf1 -all'], TIMEOUT: true }
    : {
        MX: [
          { priority: 10, exchange: D_BOX },
          { priority: 20, exchange: D_BACKUP.rdns },
        ],
        TXT: ['v=spf1 -all'],
      },
});

// ---- Firm S: a lab subdomain with its own box and a Contabo backup MX -------------------------
const S_ORG = 'quarrow.example';
const S_LAB = `lab.${S_ORG}`;
const S_BOX = `mail.${S_LAB}`;
const S_BOX_IP = '203.0.113.70';
const S_READER = `instruments@${S_LAB}`;
const S_BACKUP: Relay = {
  helo: 'vmi2214408.contaboserver.net',
  rdns: 'vmi2214408.contaboserver.net',
  ip: '161.97.144.21',
};
const S_COTENANT: Relay = {
  helo: 'vmi2214977.contaboserver.net',
  rdns: 'vmi2214977.contaboserver.net',
  ip: '161.97.144.88',
};
const S_ZONE = {
  ...ptr(S_BOX_IP, S_BOX),
  ...ptr(S_BACKUP.ip, S_BACKUP.rdns),
  [S_ORG]: {
    MX: [{ priority: 0, exchange: 'quarrow-example.mail.protection.outlook.com' }],
    TXT: ['v=spf1 include:spf.protection.outlook.com -all'],
  },
  [S_LAB]: {
    MX: [
      { priority: 10, exchange: S_BOX },
      { priority: 20, exchange: S_BACKUP.rdns },
    ],
  },
};

// Fixed at 01:39 on 2026-12-06 (the lead; lib/message/receiver-hosts.ts): the `uk.to` box and the
// Azure China box read AUTHENTICATED; SHARED_NAME_ZONES gained uk.to, my.to, ftp.sh, info.gf,
// ddns.info, and AZURE_LABELS reads Azure China's and Azure Government's regional labels.
// Kept out by choice (the lead, 01:39): the reclaimed Azure label of a deleted backup VM that MX 20
// still names reads authenticated: the reader's own DNS names the attacker's host, the class of the
// released cloud address still in the reader's A record (probe117).
// Fixed at 03:15 on 2026-12-06 (the lead): the two genuine backup-MX cases below read SPOOFED.
// - probe129-subdomain-backup-mx-org-domain-supplier-genuine: lib/engine/origin-walk.ts
//   receiverMxDomains now asks first the MX of the domain the message was delivered to (`for <…>`,
//   Delivered-To, X-Original-To) when it lies under a domain the reader named: authenticated.
// - probe129-duckdns-backup-mx-mx-timeout-supplier-genuine: receiverMxHosts reports the DNS fault,
//   and where the walk stopped at a named host handing over to the receiver with no aligned
//   signature, DMARC is temperror (lib/analyze.ts undecidedByReceiverMx, Origin.receiverMxUnknown;
//   the box's own fail, judged at that host, is set aside in dmarcState): unverified. Its attack
//   twin probe129-duckdns-neighbour-mx-timeout-bank reads unverified too, by choice.
// What HeaderLens reads wrong today (pend.ts ALL=1, 5b41aa80..2b1464c9):
// - probe129-azure-label-backup-mx-label-reclaimed-bank reads AUTHENTICATED (dmarc pass by SPF at the
//   bank's forged address): lib/message/origin.ts walkDomains adds every host of
//   lib/engine/origin-walk.ts receiverMxHosts, so a backup MX named by a cloud label the firm deleted
//   (re-provisioned by anyone in the region, with its reverse FQDN) passes as the receiver's own host,
//   though the same dangling name behind a CNAME stays caught (probe129-cname-…, rounds 114-115).
//   Should read spoofed. An MX host beyond the most preferred that lies in hosting space or a shared
//   zone (hosterZoneOf, sharedZoneChild, cloudapp labels) should not vouch on its own: the walk may
//   pass it but cap the reading at unverified (realworld124 already accepts unverified there).
// - probe129-freedns-uk-to-neighbour-vps-bank and probe129-azure-china-cotenant-label-bank read
//   AUTHENTICATED: lib/message/receiver-hosts.ts receiverDomains/sharedZoneChild fall back to the
//   PSL, which gives uk.to (FreeDNS) and chinacloudapi.cn (Azure China) whole. Should read spoofed.
//   Add uk.to (and FreeDNS's other public domains: ftp.sh, my.to, info.gf, ddns.info, …) to
//   SHARED_NAME_ZONES, and read `<label>.<region>.cloudapp.chinacloudapi.cn` and
//   `.cloudapp.usgovcloudapi.net` like AZURE_LABELS.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe129-azure-label-backup-mx-label-reclaimed-bank',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- L: Azure-label backup MX, live and taken over
  const lWhy = `${L_DOMAIN} runs Postfix + rspamd on ${L_BOX} [${L_BOX_IP}] (MX 10, rspamd's authserv-id); MX 20 is ${L_LABEL}, the DNS label of a small Azure VM that queued mail while the office line was down and relays on to the box. --authserv-id ${L_BOX}, --recipient-domain ${L_DOMAIN}`;
  emitCase(write, {
    name: 'probe129-azure-label-backup-mx-gmail-genuine',
    about: `Control. ${lWhy}. The backup VM [${L_BACKUP.ip}, reverse FQDN its label] is alive and relays a personal Gmail message (d=gmail.com, aligned). Wanted: authenticated (Gmail's signature).`,
    class: 'probe129-control',
    args: L_ARGS,
    eml: viaRelay(
      await gmailMail(L_READER, 'a1'),
      L_BOX,
      L_BACKUP,
      GMAIL_OUT,
      GMAIL_ENVELOPE,
      L_READER,
      'a1',
    ),
    zone: { ...lZone(L_LABEL), ...ptr(L_BACKUP.ip, L_LABEL), ...GMAIL_ZONE },
    expect: {
      verdict: 'authenticated',
      notVerdict: ['spoofed', 'suspicious'],
      fields: { 'dmarc.result': 'pass' },
    },
  });
  emitCase(write, {
    name: 'probe129-azure-label-backup-mx-supplier-genuine',
    about: `Control. ${lWhy}. The live backup VM relays the timber supplier's unsigned invoice (SPF -all, DMARC p=reject: only SPF at the supplier's own address passes it). Wanted: authenticated at ${SUPPLIER.ip}; at the least never spoofed (the hop is the reader's own MX 20 host).`,
    class: 'probe129-control',
    args: L_ARGS,
    eml: viaRelay(supplierMail(L_READER), L_BOX, L_BACKUP, SUPPLIER, SUPPLIER_ENVELOPE, L_READER, 'a2'),
    zone: { ...lZone(L_LABEL), ...ptr(L_BACKUP.ip, L_LABEL), ...SUPPLIER_ZONE },
    expect: NEVER_SPOOFED,
  });
  emitCase(write, {
    name: 'probe129-azure-label-backup-mx-label-reclaimed-bank',
    about: `${lWhy}. The firm deleted the backup VM last year and forgot MX 20 (mail still arrives through MX 10, so nobody notices). The attacker finds the dangling label, creates a VM in West Europe with the same DNS label ${L_LABEL} [${L_TAKEN.ip}], sets it as the reverse FQDN, connects to the box as "the backup MX" and forges below it "from mail.northbank.example ([${BANK_IP}]) by ${L_LABEL}" over the bank's unsigned lure. receiverMxHosts names the label, so the walk passes his VM and takes his forged line for the entry. Wanted: spoofed.`,
    class: 'probe129-mx-host',
    args: L_ARGS,
    eml: viaRelay(bankNotice(L_READER), L_BOX, L_TAKEN, BANK_RELAY, BANK_ENVELOPE, L_READER, 'a3'),
    zone: { ...lZone(L_LABEL), ...ptr(L_TAKEN.ip, L_LABEL), ...BANK_ZONE },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe129-cname-backup-mx-label-reclaimed-bank',
    about: `${lWhy.replace(`MX 20 is ${L_LABEL}`, `MX 20 is ${L_CNAME}, a CNAME to ${L_LABEL}`)}. The VM is gone; the attacker reclaims the label [${L_CNAME_TAKEN.ip}] and sets his reverse FQDN to ${L_CNAME} (Azure accepts it: it resolves to his IP through the CNAME). Below he forges the bank's line "by ${L_CNAME}". README keeps this caught (a CNAME out of the domain in hosting space, rounds 114-115); the MX rule must not undo it. Wanted: spoofed.`,
    class: 'probe129-mx-host',
    args: L_ARGS,
    eml: viaRelay(bankNotice(L_READER), L_BOX, L_CNAME_TAKEN, BANK_RELAY, BANK_ENVELOPE, L_READER, 'a4'),
    zone: {
      ...lZone(L_CNAME),
      [`${L_CNAME_TAKEN.ip.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [L_CNAME] },
      [L_CNAME]: { CNAME: [L_LABEL] },
      [L_LABEL]: { A: [L_CNAME_TAKEN.ip] },
      ...BANK_ZONE,
    },
    expect: SPOOFED,
  });

  // ---- U: FreeDNS uk.to home box
  const uWhy = `Dan's home Postfix + rspamd is ${U_BOX} (a FreeDNS subdomain of the shared public domain uk.to, A ${U_IP} on a static line, the ISP's PTR set to it, its own MX); mail to ${U_READER}. --authserv-id ${U_BOX}, --recipient-domain ${U_BOX}`;
  emitCase(write, {
    name: 'probe129-freedns-uk-to-box-gmail-genuine',
    about: `Control. ${uWhy}. A personal Gmail message straight in. Wanted: authenticated at Gmail's address.`,
    class: 'probe129-control',
    args: U_ARGS,
    eml: intoBox(
      await gmailMail(U_READER, 'b1'),
      U_BOX,
      GMAIL_ENVELOPE,
      U_READER,
      rspamdGmail(U_BOX),
      postfixEntry(GMAIL_OUT, U_BOX, '4Zy129b11', U_READER, ENTERED),
    ),
    zone: { ...U_ZONE, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
    twin: true,
  });
  emitCase(write, {
    name: 'probe129-freedns-uk-to-neighbour-vps-bank',
    about: `${uWhy}. The attacker takes a free FreeDNS subdomain of the same shared domain, ${U_ATTACKER.rdns}, points it at his OVH VPS [${U_ATTACKER.ip}] and sets the PTR in OVH's panel; Postfix prints it. Below he forges "from mail.northbank.example ([${BANK_IP}]) by ${U_ATTACKER.rdns}" over the bank's unsigned lure. uk.to is in neither the PSL nor SHARED_NAME_ZONES, so the receiver's domain is the whole of uk.to. Wanted: spoofed.`,
    class: 'probe129-shared-zone',
    args: U_ARGS,
    eml: intoBox(
      bankNotice(U_READER),
      U_BOX,
      BANK_ENVELOPE,
      U_READER,
      null,
      postfixEntry(U_ATTACKER, U_BOX, '4Zy129b22', U_READER, RELAYED),
      postfixEntry(BANK_RELAY, U_ATTACKER.rdns, '4Zy129b21', U_READER, ENTERED),
    ),
    zone: { ...U_ZONE, ...BANK_ZONE, ...ptr(U_ATTACKER.ip, U_ATTACKER.rdns) },
    expect: SPOOFED,
  });

  // ---- C: Azure in China label box
  const cWhy = `${C_DOMAIN}'s MX is Postfix + rspamd on an Azure VM operated by 21Vianet (China North 2), keeping its DNS label ${C_BOX} [${C_IP}, reverse FQDN the same]. --authserv-id ${C_BOX}, --recipient-domain ${C_DOMAIN}`;
  emitCase(write, {
    name: 'probe129-azure-china-label-box-gmail-genuine',
    about: `Control. ${cWhy}. A personal Gmail message from an overseas buyer straight in. Wanted: authenticated at Gmail's address.`,
    class: 'probe129-control',
    args: C_ARGS,
    eml: intoBox(
      await gmailMail(C_READER, 'c1'),
      C_BOX,
      GMAIL_ENVELOPE,
      C_READER,
      rspamdGmail(C_BOX),
      postfixEntry(GMAIL_OUT, C_BOX, '4Zy129c11', C_READER, ENTERED),
    ),
    zone: { ...C_ZONE, ...GMAIL_ZONE },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emitCase(write, {
    name: 'probe129-azure-china-cotenant-label-bank',
    about: `${cWhy}. The attacker's own Azure China VM in China East 2 with the label ${C_ATTACKER.rdns} [${C_ATTACKER.ip}] as reverse FQDN; Postfix prints it. Below he forges "from mail.northbank.example ([${BANK_IP}]) by ${C_ATTACKER.rdns}" over the bank's unsigned lure. sharedZoneChild knows only cloudapp.azure.com, and the PSL gives chinacloudapi.cn, every 21Vianet customer. Wanted: spoofed.`,
    class: 'probe129-shared-zone',
    args: C_ARGS,
    eml: intoBox(
      bankNotice(C_READER),
      C_BOX,
      BANK_ENVELOPE,
      C_READER,
      null,
      postfixEntry(C_ATTACKER, C_BOX, '4Zy129c22', C_READER, RELAYED),
      postfixEntry(BANK_RELAY, C_ATTACKER.rdns, '4Zy129c21', C_READER, ENTERED),
    ),
    zone: { ...C_ZONE, ...BANK_ZONE, ...ptr(C_ATTACKER.ip, C_ATTACKER.rdns) },
    expect: SPOOFED,
  });

  // ---- D: DuckDNS backup MX, MX answering and MX timing out
  const dWhy = `Jonas's home Postfix + rspamd is ${D_BOX} [${D_IP}] (MX 10 of ${D_DOMAIN}); MX 20 is a Hetzner VPS with a second DuckDNS name of the same account, ${D_BACKUP.rdns} [${D_BACKUP.ip}, PTR leads back], which queued the message while the home line was down and relayed it on. --authserv-id ${D_BOX}, --recipient-domain ${D_DOMAIN}`;
  emitCase(write, {
    name: 'probe129-duckdns-backup-mx-supplier-genuine',
    about: `Control. ${dWhy}. The timber supplier's unsigned invoice (DMARC rests on SPF at its own address). Wanted: authenticated at ${SUPPLIER.ip}.`,
    class: 'probe129-control',
    args: D_ARGS,
    eml: viaRelay(supplierMail(D_READER), D_BOX, D_BACKUP, SUPPLIER, SUPPLIER_ENVELOPE, D_READER, 'd1'),
    zone: { ...dZone(false), ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'probe129-duckdns-backup-mx-mx-timeout-supplier-genuine',
    about: `${dWhy}. The same invoice, read while the MX query for ${D_DOMAIN} times out (the domain's DNS host is slow; its TXT answers): a DNS fault proves nothing (README), so the backup hop must not become the sender. Wanted: never spoofed (unverified is honest).`,
    class: 'probe129-dns-fault',
    args: D_ARGS,
    eml: viaRelay(supplierMail(D_READER), D_BOX, D_BACKUP, SUPPLIER, SUPPLIER_ENVELOPE, D_READER, 'd2'),
    zone: { ...dZone(true), ...SUPPLIER_ZONE },
    expect: NEVER_SPOOFED,
  });
  emitCase(write, {
    name: 'probe129-duckdns-neighbour-mx-timeout-bank',
    about: `${dWhy}. Attack twin while the MX query times out: the attacker's own DuckDNS name ${D_ATTACKER.rdns} on his OVH VPS [${D_ATTACKER.ip}, PTR leads back] relays the bank's unsigned lure with a forged "from mail.northbank.example ([${BANK_IP}]) by ${D_ATTACKER.rdns}" below. Wanted: spoofed; kept by the lead at unverified (03:15, 2026-12-06): while the reader's own MX lookup fails the walk cannot tell his backup MX from the attacker's host, and DMARC is temperror, as for the genuine invoice beside it (a sender cannot make the reader's zone fail to answer).`,
    class: 'probe129-dns-fault',
    args: D_ARGS,
    eml: viaRelay(bankNotice(D_READER), D_BOX, D_ATTACKER, BANK_RELAY, BANK_ENVELOPE, D_READER, 'd3'),
    zone: { ...dZone(true), ...BANK_ZONE, ...ptr(D_ATTACKER.ip, D_ATTACKER.rdns) },
    expect: { notVerdict: ['authenticated'] },
  });

  // ---- S: a lab subdomain's own MX, the reader naming the organisation
  const sWhy = `${S_ORG} is on Microsoft 365 (MX quarrow-example.mail.protection.outlook.com), but its instrument lab receives at ${S_LAB}, whose own MX 10 is the lab's Postfix + rspamd ${S_BOX} [${S_BOX_IP}] and MX 20 a Contabo VPS keeping Contabo's default name ${S_BACKUP.rdns} [${S_BACKUP.ip}]. The lab's reader sets --authserv-id ${S_BOX}`;
  emitCase(write, {
    name: 'probe129-subdomain-backup-mx-supplier-genuine',
    about: `Control. ${sWhy}, --recipient-domain ${S_LAB}. The supplier's unsigned invoice through the Contabo backup. Wanted: authenticated at ${SUPPLIER.ip}.`,
    class: 'probe129-control',
    args: ['--authserv-id', S_BOX, '--recipient-domain', S_LAB],
    eml: viaRelay(supplierMail(S_READER), S_BOX, S_BACKUP, SUPPLIER, SUPPLIER_ENVELOPE, S_READER, 'e1'),
    zone: { ...S_ZONE, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'probe129-subdomain-backup-mx-org-domain-supplier-genuine',
    about: `${sWhy}, --recipient-domain ${S_ORG} (the organisation's domain, as Options asks: "your organisation"). The same invoice through the Contabo backup, addressed to ${S_READER}: receiverMxHosts asks only ${S_ORG}'s MX, never the recipient's own domain ${S_LAB} under it. Wanted: authenticated at ${SUPPLIER.ip}; never spoofed.`,
    class: 'probe129-mx-host',
    args: ['--authserv-id', S_BOX, '--recipient-domain', S_ORG],
    eml: viaRelay(supplierMail(S_READER), S_BOX, S_BACKUP, SUPPLIER, SUPPLIER_ENVELOPE, S_READER, 'e2'),
    zone: { ...S_ZONE, ...SUPPLIER_ZONE },
    expect: NEVER_SPOOFED,
  });
  emitCase(write, {
    name: 'probe129-subdomain-contabo-cotenant-bank',
    about: `${sWhy}, --recipient-domain ${S_LAB}. A Contabo co-tenant [${S_COTENANT.ip}] keeping his default name ${S_COTENANT.rdns} relays the bank's unsigned lure with a forged "from mail.northbank.example ([${BANK_IP}]) by ${S_COTENANT.rdns}" below. Only the one MX host is the receiver's, not Contabo's zone. Wanted: spoofed.`,
    class: 'probe129-mx-host',
    args: ['--authserv-id', S_BOX, '--recipient-domain', S_LAB],
    eml: viaRelay(bankNotice(S_READER), S_BOX, S_COTENANT, BANK_RELAY, BANK_ENVELOPE, S_READER, 'e3'),
    zone: { ...S_ZONE, ...BANK_ZONE, ...ptr(S_COTENANT.ip, S_COTENANT.rdns) },
    expect: SPOOFED,
  });
}
