// Real-world delivery shapes, hundred-and-twenty-fourth round: genuine mail into self-hosted boxes
// whose authserv-id lies under a shared or dynamic zone, read with --authserv-id as the box's user
// sets it (the name its Postfix/rspamd writes) and --recipient-domain. HeaderLens changed in the
// last hour which hosts count as the receiver's (lib/message/receiver-hosts.ts receiverDomains: the
// authserv-id's registrable domain under the PSL's private section, a hoster's default name alone).
// Boxes: a Synology MailPlus NAS at home (`mail.<user>.synology.me`, Postfix re-injecting after
// its content scan on loopback); a home Postfix + rspamd under DuckDNS whose backup MX is a VPS
// with a second DuckDNS name of the same account; a No-IP (`<user>.ddns.net`) Postfix box; a
// Raspberry Pi Postfix behind a FRITZ!Box (`<id>.myfritz.net`) handing on over LMTP to Dovecot on
// the LAN's NAS; an Azure VM known only by `<label>.<region>.cloudapp.azure.com`; EC2 boxes by
// AWS's default names (the private `ip-…compute.internal` host name Postfix takes by default, and
// the Elastic IP's public `ec2-…compute.amazonaws.com` name); a Hetzner box keeping
// `static.….clients.your-server.de`. Senders: a personal Gmail account (d=gmail.com, p=none), a
// Microsoft 365 tenant signing only with Microsoft's default onmicrosoft.com key (DMARC
// p=quarantine rests on SPF at Exchange Online's address: the sender a misplaced walk hurts), and a
// bank through SendGrid (d=northbank.example, p=reject). Attack twins (makeTwins, for an
// adversarial module): a co-tenant's Azure VM and a co-tenant's EC2 VM under the cloud's own zone.
// Where the layouts were learnt (`search`, corpus "pages"):
// - Synology MailPlus: kb.synology.com "MailPlus Server: Mail Delivery" (the SMTP profile's
//   "Hostname (FQDN)" that must match the IP in DNS, relay and delivery settings), the MailPlus
//   Server 2.x administrator's guides (docslib.org, manualsnet.com: DNS set-up, antispam,
//   authentication chapters), synology-wiki.de "Mail Station mit eigener Domain" (a NAS behind a
//   DSL router such as a FRITZ!Box on a dynamic address, a backup mail server for when the box is
//   unreachable). NOT confirmed: MailPlus's Received/Authentication-Results wording and its
//   loopback re-injection after the scan (modelled as Postfix's content-filter hop).
// - Azure: learn.microsoft.com "Configure reverse DNS for services hosted in Azure" and Azure's
//   blog "Announcing reverse DNS for Azure Cloud Services": a public IP's ReverseFqdn may be the
//   IP's own `<label>.<region>.cloudapp.azure.com` name or any name that forward-resolves to it,
//   validated only when set (so any tenant gets a forward-confirmed PTR under cloudapp.azure.com).
// - EC2: repost.aws "How do I use email headers to identify the sender…" (`ec2-…compute.amazonaws.com`
//   reverse names in Received lines), spfbl.net "Amazon Web Services" (reverse DNS for an Elastic
//   IP only). The `ip-a-b-c-d.<region>.compute.internal` default host name recalled from AWS's
//   "instance hostname types" page, not fetched in the time.
// - DuckDNS / No-IP / MyFRITZ: grokipedia "Dynamic DNS for business email" (duckdns.org, No-IP's
//   zones used for self-hosted mail); that a DuckDNS account's names are separate `<name>.duckdns.org`
//   entries (no per-subdomain records) and MyFRITZ's `<16 chars>.myfritz.net` form are recalled,
//   not confirmed. Hetzner's default `static.d.c.b.a.clients.your-server.de` as
//   lib/relay/hoster-names.ts cites it.
// Names and addresses are documentation ones except the providers' own zones and ranges (Google
// 209.85.128.0/17, Exchange Online 40.107.0.0/16, SendGrid 167.89.0.0/17, Azure West Europe
// 20.76.0.0/16, AWS eu-west-1 52.49.0.0/16, Hetzner 116.203.0.0/16, Deutsche Telekom 79.192.0.0/10
// for the home line); every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { BANK_IP, emitCase, GMAIL_OUT, KEY, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE, senderTenantHops, tenantKey } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import {
  BANK_ENVELOPE,
  BANK_RELAY,
  bankNotice,
  postfixEntry,
  probeCorpus,
  SENDGRID_OUT,
  sendgridSigners,
  sendgridZone,
} from '../rounds-kit';

const STORED = 'Fri, 20 Nov 2026 10:00:08 +0000';
const RELAYED = 'Fri, 20 Nov 2026 10:00:06 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:04 +0000';
const r = (helo: string, ip: string, rdns = helo): Relay => ({ helo, rdns, ip });

/** Genuine mail authenticated at the sender's own address (the walk went past the box's own hops). */
const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});
/**
 * Microsoft 365 mail with only Microsoft's default onmicrosoft.com signature, SPF passing at
 * Exchange Online: "unverified" by design (Microsoft's shared SPF alone vouches), honest; never
 * spoofed or suspicious, and the origin must be Exchange Online's address.
 */
const sharedSpfAt = (ip: string): CaseExpectation => ({
  verdict: 'unverified',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'origin.ip': ip, 'spf.result': 'pass' },
});

// ---- The senders ------------------------------------------------------------------------------
interface Sender {
  relay: Relay;
  envelope: string;
  fromDomain: string;
  policy: string;
  dkim: [string, string];
  zone: Record<string, unknown>;
  raw: (to: string, tag: string) => Promise<string>;
  label: string;
  expect: CaseExpectation;
}

const GMAIL: Sender = {
  relay: GMAIL_OUT,
  envelope: 'jonas.weber.home@gmail.com',
  fromDomain: 'gmail.com',
  policy: 'none',
  dkim: ['gmail.com', '20230601'],
  label: 'a personal Gmail account (d=gmail.com, p=none)',
  expect: passesAt(GMAIL_OUT.ip),
  zone: {
    ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
    'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
    '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'] },
    '20230601._domainkey.gmail.com': KEY(),
    '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
  },
  raw: (to, tag) =>
    signAll(
      submitted({
        from: 'Jonas Weber <jonas.weber.home@gmail.com>',
        to,
        subject: 'Photos from Saturday',
        date: 'Fri, 20 Nov 2026 09:59:58 +0000',
        messageId: `<CAJ124${tag}k3Rm8wQzT2vN+pL5x@mail.gmail.com>`,
        body: 'Hi,\r\n\r\nthe photos from Saturday are in the shared album now.\r\n\r\nJonas\r\n',
      }),
      [['gmail.com', '20230601']],
    ),
};

const EXO: Relay = r(
  'EUR05-DB8-obe.outbound.protection.outlook.com',
  '40.107.22.124',
  'mail-db8eur05on2124.outbound.protection.outlook.com',
);
const TENANT = 'elmfieldtax';
const TENANT_SEL = 'selector1-elmfieldtax-onmicrosoft-com';
const M365: Sender = {
  relay: EXO,
  envelope: 'anna@elmfield-tax.example',
  fromDomain: 'elmfield-tax.example',
  policy: 'quarantine',
  dkim: [`${TENANT}.onmicrosoft.com`, TENANT_SEL],
  label:
    "a Microsoft 365 tenant that never enabled DKIM for its own domain (Microsoft's default d=elmfieldtax.onmicrosoft.com, unaligned: DMARC p=quarantine rests on SPF at Exchange Online's address)",
  expect: sharedSpfAt(EXO.ip),
  zone: {
    ...ptr(EXO.ip, EXO.rdns),
    ...M365_SPF_ZONE,
    ...tenantKey(TENANT, TENANT_SEL),
    'elmfield-tax.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    '_dmarc.elmfield-tax.example': { TXT: ['v=DMARC1; p=quarantine'] },
  },
  raw: async (to, tag) =>
    onTop(
      await signAll(
        submitted({
          from: 'Anna Kovacs <anna@elmfield-tax.example>',
          to,
          subject: 'Your 2025 tax return: documents still missing',
          date: 'Fri, 20 Nov 2026 09:59:57 +0000',
          messageId: `<DB9PR04MB8124${tag}A1C3E5F7@DB9PR04MB8124.eurprd04.prod.outlook.com>`,
          body: "Hello,\r\n\r\nwe still need the bank interest certificate for 2025; please bring it to Tuesday's appointment.\r\n\r\nAnna Kovacs\r\nElmfield Tax Advisers\r\n",
        }),
        [[`${TENANT}.onmicrosoft.com`, TENANT_SEL]],
      ),
      ...senderTenantHops(),
    ),
};

const BANK_BOUNCE = 'em4124.northbank.example';
const BANK_ESP: Sender = {
  relay: SENDGRID_OUT,
  envelope: `bounces+4124118-9b2d-robin=${BANK_BOUNCE}`,
  fromDomain: 'northbank.example',
  policy: 'reject',
  dkim: ['northbank.example', 's1'],
  label: "the bank's statement notice through its ESP (SendGrid, d=northbank.example, p=reject)",
  expect: passesAt(SENDGRID_OUT.ip),
  zone: sendgridZone(SENDGRID_OUT, 'northbank.example', BANK_BOUNCE),
  raw: (to, tag) =>
    signAll(
      submitted({
        from: 'Northbank <statements@northbank.example>',
        to,
        subject: 'Your November statement is ready',
        date: 'Fri, 20 Nov 2026 09:59:55 +0000',
        messageId: `<stmt.124${tag}.nov@northbank.example>`,
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking. We will never ask for your password by e-mail.\r\n\r\nNorthbank\r\n',
      }),
      sendgridSigners('northbank.example'),
    ),
};

/** rspamd's (or OpenDMARC's) results under `authserv` about the sender it checked. */
const rspamdAr = (
  authserv: string,
  s: { envelope: string; relay: Relay; fromDomain: string; policy: string; dkim?: [string, string] },
) =>
  `Authentication-Results: ${authserv};\r\n\t${s.dkim ? `dkim=pass header.d=${s.dkim[0]} header.s=${s.dkim[1]} header.b=Q29ycHVz` : 'dkim=none'};\r\n\tspf=pass (${authserv}: domain of ${s.envelope} designates ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope};\r\n\tdmarc=pass (policy=${s.policy}) header.from=${s.fromDomain}`;

/** A box: its Dovecot LMTP line on top, the results, then `lines` (top first). */
const intoBox = (raw: string, store: string, envelope: string, rcpt: string, ...lines: string[]) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${rcpt}`,
    dovecotLmtp(store, envelope, rcpt, 'mC4nLy124ZQAAXi0Z', STORED),
    ...lines,
  );

/** Postfix's content-filter re-injection on loopback (the scan returns the message to port 10025). */
const loopback = (box: string, id: string, rcpt: string) =>
  received({ helo: 'localhost', rdns: 'localhost', ip: '127.0.0.1', by: box, id, for: rcpt, date: RELAYED });

// ---- The boxes --------------------------------------------------------------------------------
interface Box {
  /** The authserv-id and the Received `by` host of the entry. */
  id: string;
  ip: string;
  rcpt: string;
  recipientDomain: string;
  zone: Record<string, unknown>;
  why: string;
  /** The delivery: the entry from `s` and whatever the box does after. */
  deliver: (s: Sender, tag: string) => Promise<string>;
}

const args = (b: Box) => ['--authserv-id', b.id, '--recipient-domain', b.recipientDomain];

/** Synology MailPlus on a home NAS behind a DSL router (DDNS name from Synology). */
const SYN_DOMAIN = 'weber-family.synology.me';
const SYN_ID = `mail.${SYN_DOMAIN}`;
const SYN_IP = '79.215.40.124';
const SYN: Box = {
  id: SYN_ID,
  ip: SYN_IP,
  rcpt: `robin@${SYN_DOMAIN}`,
  recipientDomain: SYN_DOMAIN,
  zone: {
    [SYN_DOMAIN]: { A: [SYN_IP], MX: [{ priority: 10, exchange: SYN_ID }] },
    [SYN_ID]: { A: [SYN_IP] },
  },
  why: `A Synology NAS at home runs MailPlus Server with the SMTP profile's hostname ${SYN_ID} (Synology's DDNS ${SYN_DOMAIN}, wildcard, A ${SYN_IP} on the family's Telekom line; also the MX). Postfix takes the message, MailPlus's scan returns it on loopback, its results are written under ${SYN_ID}, Dovecot stores it`,
  deliver: async (s, tag) => {
    const rcpt = `robin@${SYN_DOMAIN}`;
    return intoBox(
      await s.raw(`Robin Weber <${rcpt}>`, tag),
      SYN_ID,
      s.envelope,
      rcpt,
      loopback(SYN_ID, `4Zz124${tag}2`, rcpt),
      rspamdAr(SYN_ID, s),
      postfixEntry(s.relay, SYN_ID, `4Zz124${tag}1`, rcpt, ENTERED),
    );
  },
};

/** A home Postfix + rspamd under DuckDNS; its backup MX a VPS with another DuckDNS name of the same account. */
const DD_DOMAIN = 'weber-home.duckdns.org';
const DD_ID = DD_DOMAIN;
const DD_IP = '79.215.41.77';
const DD_MX2: Relay = r('weber-mx2.duckdns.org', '116.203.88.124');
const DD: Box = {
  id: DD_ID,
  ip: DD_IP,
  rcpt: `robin@${DD_DOMAIN}`,
  recipientDomain: DD_DOMAIN,
  zone: {
    [DD_DOMAIN]: {
      A: [DD_IP],
      MX: [
        { priority: 10, exchange: DD_DOMAIN },
        { priority: 20, exchange: DD_MX2.rdns },
      ],
    },
    ...ptr(DD_MX2.ip, DD_MX2.rdns),
  },
  why: `Robin's home Postfix + rspamd is ${DD_ID} (DuckDNS, A ${DD_IP}, MX 10); because the home line drops now and then, a small Hetzner VPS with a second name from the same DuckDNS account, ${DD_MX2.rdns} [${DD_MX2.ip}, PTR set in Hetzner's console, leads back], is MX 20 and relays on when home is back (DuckDNS gives one name per entry, no records under a name, so the backup cannot be mx2.${DD_DOMAIN}). The home box was offline; the message came through the backup`,
  deliver: async (s, tag) => {
    const rcpt = `robin@${DD_DOMAIN}`;
    return intoBox(
      await s.raw(`Robin <${rcpt}>`, tag),
      DD_ID,
      s.envelope,
      rcpt,
      // rspamd on the home box checks SPF at the backup's address; it records what it sees.
      `Authentication-Results: ${DD_ID};\r\n\tdkim=pass header.d=${s.dkim[0]} header.s=${s.dkim[1]} header.b=Q29ycHVz;\r\n\tspf=fail (${DD_ID}: domain of ${s.envelope} does not designate ${DD_MX2.ip} as permitted sender) smtp.mailfrom=${s.envelope};\r\n\tdmarc=${s.fromDomain === s.dkim[0] ? 'pass' : 'fail'} (policy=${s.policy}) header.from=${s.fromDomain}`,
      postfixEntry(DD_MX2, DD_ID, `4Zz124${tag}2`, rcpt, RELAYED),
      postfixEntry(s.relay, DD_MX2.rdns, `4Zz124${tag}1`, rcpt, ENTERED),
    );
  },
};

/** No-IP: a Postfix box on a home line as `<user>.ddns.net`, its Postfix/rspamd named mail.<user>.ddns.net. */
const NI_DOMAIN = 'weber-office.ddns.net';
const NI_ID = `mail.${NI_DOMAIN}`;
const NI_IP = '79.215.42.9';
const NI: Box = {
  id: NI_ID,
  ip: NI_IP,
  rcpt: `office@${NI_DOMAIN}`,
  recipientDomain: NI_DOMAIN,
  zone: { [NI_DOMAIN]: { A: [NI_IP], MX: [{ priority: 10, exchange: NI_ID }] }, [NI_ID]: { A: [NI_IP] } },
  why: `A small office's Postfix + rspamd on its DSL line under No-IP: ${NI_ID} (No-IP Enhanced host with a wildcard, A ${NI_IP}, the MX), mail for office@${NI_DOMAIN}`,
  deliver: async (s, tag) => {
    const rcpt = `office@${NI_DOMAIN}`;
    return intoBox(
      await s.raw(`Office <${rcpt}>`, tag),
      NI_ID,
      s.envelope,
      rcpt,
      rspamdAr(NI_ID, s),
      postfixEntry(s.relay, NI_ID, `4Zz124${tag}1`, rcpt, ENTERED),
    );
  },
};

/** A Raspberry Pi's Postfix behind a FRITZ!Box (port 25 forwarded), Dovecot on the NAS over LMTP. */
const MF_ID = 'k3p9xq2m7d4tz8vb.myfritz.net';
const MF_IP = '79.215.43.18';
const MF_PI = 'raspberrypi.fritz.box';
const MF_PI_IP = '192.168.178.31';
const MF_NAS = 'nas.fritz.box';
const MF: Box = {
  id: MF_ID,
  ip: MF_IP,
  rcpt: `jonas@${MF_ID}`,
  recipientDomain: MF_ID,
  zone: { [MF_ID]: { A: [MF_IP], MX: [{ priority: 10, exchange: MF_ID }] } },
  why: `A FRITZ!Box with MyFRITZ (${MF_ID}, A ${MF_IP}, the MX) forwards port 25 to a Raspberry Pi (${MF_PI}, ${MF_PI_IP}) whose Postfix myhostname and rspamd id are the MyFRITZ name; it hands on over LMTP to Dovecot on the LAN's NAS (${MF_NAS})`,
  deliver: async (s, tag) => {
    const rcpt = `jonas@${MF_ID}`;
    return onTop(
      await s.raw(`Jonas <${rcpt}>`, tag),
      `Return-Path: <${s.envelope}>`,
      `Delivered-To: ${rcpt}`,
      `Received: from ${MF_ID} (${MF_PI} [${MF_PI_IP}])\r\n\tby ${MF_NAS} with LMTP\r\n\tid nB5oMz124ZQAAYj1A\r\n\t(envelope-from <${s.envelope}>)\r\n\tfor <${rcpt}>; ${STORED}`,
      rspamdAr(MF_ID, s),
      postfixEntry(s.relay, MF_ID, `4Zz124${tag}1`, rcpt, ENTERED),
    );
  },
};

/** An Azure VM known only by its DNS name label. */
const AZ_ID = 'weber-mail.westeurope.cloudapp.azure.com';
const AZ_IP = '20.76.210.24';
const AZ: Box = {
  id: AZ_ID,
  ip: AZ_IP,
  rcpt: `robin@${AZ_ID}`,
  recipientDomain: AZ_ID,
  zone: { ...ptr(AZ_IP, AZ_ID), [AZ_ID]: { A: [AZ_IP], MX: [{ priority: 10, exchange: AZ_ID }] } },
  why: `A Postfix + rspamd VM on Azure (West Europe) known only by its public IP's DNS name label ${AZ_ID} [${AZ_IP}, ReverseFqdn the same, leads back]; mail for robin@${AZ_ID}`,
  deliver: async (s, tag) => {
    const rcpt = `robin@${AZ_ID}`;
    return intoBox(
      await s.raw(`Robin <${rcpt}>`, tag),
      AZ_ID,
      s.envelope,
      rcpt,
      rspamdAr(AZ_ID, s),
      postfixEntry(s.relay, AZ_ID, `4Zz124${tag}1`, rcpt, ENTERED),
    );
  },
};

/** An EC2 box keeping the default private host name Postfix takes (`ip-…compute.internal`). */
const EC2_INTERNAL = 'ip-172-31-20-5.eu-west-1.compute.internal';
const EC2_IP = '52.49.91.124';
const EC2_PUBLIC = 'ec2-52-49-91-124.eu-west-1.compute.amazonaws.com';
const EC2_DOMAIN = 'weber-lab.example';
const ec2Zone = {
  ...ptr(EC2_IP, EC2_PUBLIC),
  [EC2_DOMAIN]: { MX: [{ priority: 10, exchange: `mail.${EC2_DOMAIN}` }] },
  [`mail.${EC2_DOMAIN}`]: { A: [EC2_IP] },
};
const ec2Box = (id: string, name: string): Box => ({
  id,
  ip: EC2_IP,
  rcpt: `robin@${EC2_DOMAIN}`,
  recipientDomain: EC2_DOMAIN,
  zone: ec2Zone,
  why: `${EC2_DOMAIN}'s MX mail.${EC2_DOMAIN} is an EC2 VM (eu-west-1, Elastic IP ${EC2_IP}, AWS's default reverse name ${EC2_PUBLIC}) whose Postfix and rspamd write ${name}`,
  deliver: async (s, tag) => {
    const rcpt = `robin@${EC2_DOMAIN}`;
    return intoBox(
      await s.raw(`Robin <${rcpt}>`, tag),
      id,
      s.envelope,
      rcpt,
      rspamdAr(id, s),
      postfixEntry(s.relay, id, `4Zz124${tag}1`, rcpt, ENTERED),
    );
  },
});
const EC2_PRIV = ec2Box(
  EC2_INTERNAL,
  `the instance's default host name ${EC2_INTERNAL} (myhostname never set)`,
);
const EC2_PUB = ec2Box(EC2_PUBLIC, `the public default name ${EC2_PUBLIC} (myhostname set to it)`);

/** A Hetzner box keeping its default reverse name. */
const HZ_IP = '116.203.45.124';
const HZ_ID = 'static.124.45.203.116.clients.your-server.de';
const HZ_DOMAIN = 'weber-consulting.example';
const HZ: Box = {
  id: HZ_ID,
  ip: HZ_IP,
  rcpt: `robin@${HZ_DOMAIN}`,
  recipientDomain: HZ_DOMAIN,
  zone: {
    ...ptr(HZ_IP, HZ_ID),
    [HZ_DOMAIN]: { MX: [{ priority: 10, exchange: `mx.${HZ_DOMAIN}` }] },
    [`mx.${HZ_DOMAIN}`]: { A: [HZ_IP] },
  },
  why: `${HZ_DOMAIN}'s MX mx.${HZ_DOMAIN} is a Hetzner server [${HZ_IP}] that kept Hetzner's default reverse name ${HZ_ID}, which Postfix and rspamd write`,
  deliver: async (s, tag) => {
    const rcpt = `robin@${HZ_DOMAIN}`;
    return intoBox(
      await s.raw(`Robin <${rcpt}>`, tag),
      HZ_ID,
      s.envelope,
      rcpt,
      rspamdAr(HZ_ID, s),
      postfixEntry(s.relay, HZ_ID, `4Zz124${tag}1`, rcpt, ENTERED),
    );
  },
};

// ---- Attack twins: a co-tenant under the cloud's own zone -------------------------------------
const BANK_ZONE = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  ...ptr(BANK_IP, BANK_RELAY.rdns),
};
/** The bank's unsigned lure from co-tenant `vm`, the box's results and its line for the bank forged below. */
const coTenant = (b: Box, vm: Relay, tag: string) =>
  intoBox(
    bankNotice(`Robin <${b.rcpt}>`),
    b.id,
    BANK_ENVELOPE,
    b.rcpt,
    postfixEntry(vm, b.id, `4Zz124${tag}2`, b.rcpt, RELAYED),
    rspamdAr(vm.rdns, {
      envelope: BANK_ENVELOPE,
      relay: BANK_RELAY,
      fromDomain: 'northbank.example',
      policy: 'reject',
    }),
    postfixEntry(BANK_RELAY, vm.rdns, `4Zz124${tag}1`, b.rcpt, ENTERED),
  );
const AZ_ATTACKER = r('parcel-notify.westeurope.cloudapp.azure.com', '20.76.233.66');
const EC2_ATTACKER = r('ec2-52-49-77-66.eu-west-1.compute.amazonaws.com', '52.49.77.66');

type Mode = 'genuine' | 'twins';

// Fixed at 01:23 on 2026-12-06 (the lead):
// - realworld124-azure-cotenant-vm-forged-box-line-bank-twin read AUTHENTICATED: the box's id
//   weber-mail.westeurope.cloudapp.azure.com gave receiverDomains the registrable domain azure.com.
//   lib/message/receiver-hosts.ts sharedZoneChild: under an Azure region's labels or a shared
//   dynamic-DNS zone the PSL does not list, the user's zone is the one label under it.
// - realworld124-duckdns-backup-mx-second-name-m365-default-dkim read SPOOFED (a regression of
//   01:09's private-suffix rule: the backup MX weber-mx2.duckdns.org is another DuckDNS name). The
//   hosts the MX records of the reader's own domains (--recipient-domain) name are now the
//   receiver's own, beside trusted authserv-ids (lib/engine/origin-walk.ts receiverMxHosts,
//   lib/message/origin.ts walkDomains): unverified at Exchange Online's address.
// Kept out by choice (the lead, 01:23): realworld124-duckdns-backup-mx-second-name-gmail reads
// suspicious, provider-disagreement: the box's own SPF check ran at its backup MX's address
// (softfail) and ours at Gmail's (pass); never spoofed.
// Read as expected when every pending case was run again on 2026-12-06 at 23:5x (rules added
// since made them so), and taken out of the pending set:
// realworld124-duckdns-backup-mx-second-name-gmail (authenticated).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

/** The genuine shapes only (a legit module promises never to read "spoofed"). */
export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(
    (w) => writeCases(w, 'genuine'),
    PENDING_ENGINE_FIX,
    (name, c) => {
      const notVerdict = [...new Set([...(c.meta.expect.notVerdict ?? []), 'spoofed'])];
      write(name, { ...c, meta: { ...c.meta, expect: { ...c.meta.expect, notVerdict } } });
    },
  );
}

/** Every genuine case, pending ones included (the twins are makeTwins'). */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'genuine');
}

/** The attack twins, pending ones left out, for an adversarial module. */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return probeCorpus((w) => writeCases(w, 'twins'), PENDING_ENGINE_FIX, write);
}

/** The attack twins, pending ones included. */
export async function makeAllTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

async function writeCases(write: CaseWriter, mode: Mode): Promise<void> {
  const genuine = async (b: Box, s: Sender, slug: string, tag: string, twin = false) => {
    if (mode !== 'genuine') return;
    emitCase(write, {
      name: `realworld124-${slug}`,
      about: `${b.why}. ${s.label}. --authserv-id ${b.id}, --recipient-domain ${b.recipientDomain}. Wanted: ${s === M365 ? "unverified at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone), never spoofed or suspicious" : "authenticated at the sender's own address"}.`,
      class: `realworld124-${slug.split('-')[0]}`,
      args: args(b),
      eml: await b.deliver(s, tag),
      zone: { ...b.zone, ...s.zone },
      expect: s.expect,
      twin,
    });
  };

  // ---- Synology MailPlus on a home NAS
  await genuine(SYN, GMAIL, 'synology-mailplus-gmail', 'a1', true);
  await genuine(SYN, M365, 'synology-mailplus-m365-default-dkim', 'a2');
  await genuine(SYN, BANK_ESP, 'synology-mailplus-bank-esp', 'a3');

  // ---- DuckDNS home box through its backup MX under a second DuckDNS name
  if (mode === 'genuine') {
    emitCase(write, {
      name: 'realworld124-duckdns-backup-mx-second-name-gmail',
      about: `${DD.why}. ${GMAIL.label}: the home box's rspamd records spf=fail at the backup's address, Gmail's aligned signature passes. --authserv-id ${DD.id}, --recipient-domain ${DD.recipientDomain}. Wanted: authenticated (DKIM aligned), never spoofed.`,
      class: 'realworld124-duckdns',
      args: args(DD),
      eml: await DD.deliver(GMAIL, 'b1'),
      zone: { ...DD.zone, ...GMAIL.zone },
      expect: { verdict: 'authenticated', notVerdict: ['spoofed'], fields: { 'dmarc.result': 'pass' } },
    });
    emitCase(write, {
      name: 'realworld124-duckdns-backup-mx-second-name-m365-default-dkim',
      about: `${DD.why}. ${M365.label}. --authserv-id ${DD.id}, --recipient-domain ${DD.recipientDomain}. The backup is the recipient domain's own MX 20 host, forward-confirmed, but under another DuckDNS name (another PSL registrable domain since the last change): what a demanding reader accepts is unverified or suspicious, never spoofed (the hop where SPF fails is the reader's own backup MX, listed in his domain's MX).`,
      class: 'realworld124-duckdns',
      args: args(DD),
      eml: await DD.deliver(M365, 'b2'),
      zone: { ...DD.zone, ...M365.zone },
      expect: { notVerdict: ['spoofed'] },
    });
  }

  // ---- No-IP office box
  await genuine(NI, M365, 'noip-ddns-m365-default-dkim', 'c1');
  await genuine(NI, BANK_ESP, 'noip-ddns-bank-esp', 'c2');

  // ---- MyFRITZ Raspberry Pi, LMTP to the NAS
  await genuine(MF, GMAIL, 'myfritz-pi-lmtp-nas-gmail', 'd1', true);
  await genuine(MF, M365, 'myfritz-pi-lmtp-nas-m365-default-dkim', 'd2');

  // ---- Azure VM by its label
  await genuine(AZ, M365, 'azure-label-box-m365-default-dkim', 'e1');
  await genuine(AZ, BANK_ESP, 'azure-label-box-bank-esp', 'e2');

  // ---- EC2 by default names
  await genuine(EC2_PRIV, GMAIL, 'ec2-internal-hostname-gmail', 'f1');
  await genuine(EC2_PRIV, M365, 'ec2-internal-hostname-m365-default-dkim', 'f2');
  await genuine(EC2_PUB, BANK_ESP, 'ec2-public-default-name-bank-esp', 'f3');

  // ---- Hetzner default name
  await genuine(HZ, GMAIL, 'hetzner-default-name-gmail', 'g1');
  await genuine(HZ, M365, 'hetzner-default-name-m365-default-dkim', 'g2');

  if (mode !== 'twins') return;
  emitCase(write, {
    name: 'realworld124-azure-cotenant-vm-forged-box-line-bank-twin',
    about: `Attack twin of realworld124-azure-label-box-bank-esp. ${AZ.why}. The attacker rents his own Azure VM with the label ${AZ_ATTACKER.rdns} [${AZ_ATTACKER.ip}] and sets its ReverseFqdn to that label (Azure allows it: the name is the IP's own), delivers the bank's unsigned card lure from it, and writes below the box's line a results header under his VM's name and "from mail.northbank.example (… [${BANK_IP}]) by ${AZ_ATTACKER.rdns}". --authserv-id ${AZ.id}, --recipient-domain ${AZ.recipientDomain}. Wanted: spoofed (SPF fails at his address, p=reject).`,
    class: 'spoofing',
    args: args(AZ),
    eml: await coTenant(AZ, AZ_ATTACKER, 't1'),
    zone: { ...AZ.zone, ...BANK_ZONE, ...ptr(AZ_ATTACKER.ip, AZ_ATTACKER.rdns) },
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
  });
  emitCase(write, {
    name: 'realworld124-ec2-cotenant-vm-forged-box-line-bank-twin',
    about: `Attack twin of realworld124-ec2-public-default-name-bank-esp. ${EC2_PUB.why}. The attacker's own EC2 VM in the same region with an Elastic IP and AWS's default reverse name ${EC2_ATTACKER.rdns} delivers the bank's unsigned lure and forges the box's line for the bank below. --authserv-id ${EC2_PUB.id}, --recipient-domain ${EC2_PUB.recipientDomain}. Wanted: spoofed.`,
    class: 'spoofing',
    args: args(EC2_PUB),
    eml: await coTenant(EC2_PUB, EC2_ATTACKER, 't2'),
    zone: { ...EC2_PUB.zone, ...BANK_ZONE, ...ptr(EC2_ATTACKER.ip, EC2_ATTACKER.rdns) },
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
  });
  emitCase(write, {
    name: 'realworld124-duckdns-neighbour-forged-backup-line-bank-twin',
    about: `Attack twin of the DuckDNS backup-MX cases. ${DD.why}. The attacker has his own DuckDNS name parcel-relay.duckdns.org on his VPS [198.51.100.66, PTR leads back], delivers the bank's unsigned lure to the home box and forges "from mail.northbank.example (… [${BANK_IP}]) by parcel-relay.duckdns.org" below. Wanted: spoofed.`,
    class: 'spoofing',
    args: args(DD),
    eml: await coTenant(DD, r('parcel-relay.duckdns.org', '198.51.100.66'), 't3'),
    zone: { ...DD.zone, ...BANK_ZONE, ...ptr('198.51.100.66', 'parcel-relay.duckdns.org') },
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
  });
}
