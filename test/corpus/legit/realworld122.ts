// Real-world delivery shapes, hundred-and-twenty-second round: genuine mail into self-hosted and
// hybrid mailboxes whose receiving relay sits in hosting space. Probed: the hand-off rule in
// lib/engine/origin-walk.ts unconfirmedHandOffs (a forward-confirmed hand-off from hosting space
// must reach its address without a CNAME out of the receiver's registrable domain, staysInside,
// unless it is the domain's sole lowest-preference MX, primaryMx; gateways.ts hostedOf decides
// "hosting space"). Senders: a personal Gmail account (d=gmail.com), a Microsoft 365 tenant that
// never turned on DKIM for its own domain (Microsoft signs d=<tenant>.onmicrosoft.com, so DMARC
// rests on SPF at Exchange Online's address: the sender a stopped walk hurts), and a bank through
// its ESP (SendGrid, signed d=<bank>). Layouts:
// - Mailcow on Hetzner, reached directly and through a backup MX on an OVH VPS, named by an A record
//   and (the other firm's habit) by a CNAME to OVH's default VPS name `vps-<hex>.vps.ovh.net`;
//   Mailcow's rspamd with its external_relay module checks the sender behind the backup MX;
// - Mail-in-a-Box on DigitalOcean (`box.<domain>`, A record, spampd on loopback);
// - rspamd on an Azure VM in front of on-premises Exchange 2019 (an AD domain under the firm's
//   own), and Proxmox Mail Gateway in the same place, which writes no Authentication-Results;
// - a university relay pair on EC2 behind a Network Load Balancer (`mx.<uni>` a CNAME to the NLB's
//   `*.elb.eu-west-1.amazonaws.com` name) handing on to the mail store inside the VPC;
// - a freight firm with two MX at equal preference in two clouds (Azure and EC2), each a CNAME to
//   the cloud's own name, and the same firm after moving both to A records;
// - a Plesk VPS whose `mail.<domain>` MX is a CNAME to the server's own host name.
// Options: what the box's user sets by the README ("How the verdict is decided", origin walk):
// --authserv-id the store's (or the filter's, where the filter writes the results) and
// --recipient-domain; --trust-gateway with the relay's host name where the README says a firm whose
// relays are named by a CNAME to the cloud's name trusts them that way (and for a filter that
// writes no results). Attack twins (makeTwins, not in `make`: a legit module promises never to read
// spoofed): a forger's VM whose PTR claims the backup MX's or a cloud MX's name.
// Where the layouts were learnt (`search`, pages and docs corpora): backup MX as a second MX with a
// higher preference number, named by an A record, holding and relaying to the primary
// (blog.halleyadams.uk "Backup MX Server"; hMailServer's "act as MX backup"; InterNetX's BackupMX);
// cPanel's default `MX 0 mail.<domain>` with `mail.<domain>` an A record to the server
// (my.maxer.com "What is the default MX record"; apiscp's mail routing template); rspamd's
// external_relay module for a relay MX in front of a self-hosted box (anonaddy/docker discussion
// #271, rspamd.com docs); Proxmox Mail Gateway's admin guide (an SMTP filter in front of the mail
// server); Exchange hybrid routing (samuraj-cz.com "Exchange hybrid mail flow", Microsoft's
// "Advanced Office 365 Routing" blog). NOT confirmed: the Plesk/cPanel host whose `mail.<domain>`
// is a CNAME to the server's name (the pages found show an A record; modelled as the other
// common form), OVH's `vps-<hex>.vps.ovh.net` default names and its forward check (recalled), the
// NLB name format, Mailcow's exact A-R wording (written as rspamd's), PMG's `(Proxmox)` product
// token in its Postfix line (recalled). Not modelled: the Exchange hybrid with the on-premises box
// relaying through Exchange Online (its EOP records and connector attribution were not confirmed in
// the time). Names and addresses are documentation ones except the clouds' and providers' own zones
// and ranges (Hetzner 116.203.0.0/16, OVH 51.75.0.0/16, DigitalOcean 164.90.0.0/16, Azure West
// Europe 20.76.0.0/16, AWS eu-west-1 52.49.0.0/16, Google 209.85.128.0/17, Exchange Online
// 40.107.0.0/16, SendGrid 167.89.0.0/17); every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL_OUT, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE, senderTenantHops, tenantKey } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import {
  exchangeBottom,
  exchangeLine,
  exoRows,
  SENDGRID_OUT,
  sendgridSigners,
  sendgridZone,
} from '../rounds-kit';

const DATE = 'Fri, 20 Nov 2026 10:00:06 +0000';
const RELAYED = 'Fri, 20 Nov 2026 10:00:04 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:02 +0000';
const r = (helo: string, ip: string, rdns = helo): Relay => ({ helo, rdns, ip });
const rev4 = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;

/** Genuine mail authenticated at the sender's own address (the walk went past the firm's relays). */
const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});
/**
 * Microsoft 365 mail with only Microsoft's default onmicrosoft.com signature, SPF passing at
 * Exchange Online: HeaderLens reads "unverified" by design (only Microsoft's shared SPF vouches for
 * the domain: any tenant can send from those servers), and that is honest; never spoofed, and the
 * origin must be Exchange Online's address (the walk went past the firm's relays).
 */
const sharedSpfAt = (ip: string): CaseExpectation => ({
  verdict: 'unverified',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'origin.ip': ip, 'spf.result': 'pass' },
});

/** Postfix's line about a client whose reverse name led back. */
const pf = (from: Relay, by: string, id: string, rcpt: string, date: string, product = 'Postfix') =>
  `Received: from ${from.helo} (${from.rdns} [${from.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${by} (${product}) with ESMTPS id ${id}\r\n\tfor <${rcpt}>; ${date}`;

// ---- The senders ------------------------------------------------------------------------------
interface Sender {
  relay: Relay;
  envelope: string;
  fromDomain: string;
  /** The aligned (or not) signature rspamd records. */
  dkim: [string, string];
  zone: Record<string, unknown>;
  raw: (to: string, tag: string) => Promise<string>;
  label: string;
}

/** A personal Gmail account (d=gmail.com, p=none). */
const GMAIL_SENDER: Sender = {
  relay: GMAIL_OUT,
  envelope: 'priya.natarajan.home@gmail.com',
  fromDomain: 'gmail.com',
  dkim: ['gmail.com', '20230601'],
  label: 'a personal Gmail account (signed d=gmail.com)',
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
        from: 'Priya Natarajan <priya.natarajan.home@gmail.com>',
        to,
        subject: 'Appointment next Thursday',
        date: 'Fri, 20 Nov 2026 09:59:58 +0000',
        messageId: `<CAF122${tag}x7Qm2kPzR9vB+hT0w@mail.gmail.com>`,
        body: 'Hello,\r\n\r\ncould we move next Thursday to 4pm? The school run makes 3pm hard.\r\n\r\nThanks,\r\nPriya\r\n',
      }),
      [['gmail.com', '20230601']],
    ),
};

/** Exchange Online's outbound host (NAM10) and the tenant's default onmicrosoft.com signature. */
const EXO: Relay = r(
  'NAM10-DM6-obe.outbound.protection.outlook.com',
  '40.107.93.122',
  'mail-dm6nam10on2122.outbound.protection.outlook.com',
);
const TENANT = 'fenwickjoinery';
const TENANT_SEL = 'selector1-fenwickjoinery-onmicrosoft-com';
/** A Microsoft 365 supplier without DKIM for its own domain: DMARC (p=quarantine) rests on SPF. */
const M365_SENDER: Sender = {
  relay: EXO,
  envelope: 'tom@fenwick-joinery.example',
  fromDomain: 'fenwick-joinery.example',
  dkim: [`${TENANT}.onmicrosoft.com`, TENANT_SEL],
  label:
    "a Microsoft 365 tenant that never enabled DKIM for its own domain (Microsoft's default signature d=fenwickjoinery.onmicrosoft.com, unaligned: DMARC p=quarantine rests on SPF at Exchange Online's address)",
  zone: {
    ...ptr(EXO.ip, EXO.rdns),
    ...M365_SPF_ZONE,
    ...tenantKey(TENANT, TENANT_SEL),
    'fenwick-joinery.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    '_dmarc.fenwick-joinery.example': {
      TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@fenwick-joinery.example'],
    },
  },
  raw: async (to, tag) =>
    onTop(
      await signAll(
        submitted({
          from: 'Tom Fenwick <tom@fenwick-joinery.example>',
          to,
          subject: 'Quote Q-2211 for the reception counter',
          date: 'Fri, 20 Nov 2026 09:59:57 +0000',
          messageId: `<DM6PR08MB5580122${tag}C3A9B1E2F4D5@DM6PR08MB5580.namprd08.prod.outlook.com>`,
          body: 'Hi,\r\n\r\nplease find our quote for the reception counter below; we can start on 7 December.\r\n\r\nTom Fenwick\r\nFenwick Joinery\r\n',
        }),
        [[`${TENANT}.onmicrosoft.com`, TENANT_SEL]],
      ),
      ...senderTenantHops(),
    ),
};

/** The bank through SendGrid, signed d=northbank.example (p=reject), SendGrid's bounce domain. */
const BANK_BOUNCE = 'em4122.northbank.example';
const BANK_SENDER: Sender = {
  relay: SENDGRID_OUT,
  envelope: `bounces+4122118-6e2f-reader=${BANK_BOUNCE}`,
  fromDomain: 'northbank.example',
  dkim: ['northbank.example', 's1'],
  label: "the bank's statement notice through its ESP (SendGrid, signed d=northbank.example, p=reject)",
  zone: sendgridZone(SENDGRID_OUT, 'northbank.example', BANK_BOUNCE),
  raw: (to, tag) =>
    signAll(
      submitted({
        from: 'Northbank <statements@northbank.example>',
        to,
        subject: 'Your November statement is ready',
        date: 'Fri, 20 Nov 2026 09:59:55 +0000',
        messageId: `<stmt.122${tag}.nov@northbank.example>`,
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking. We will never ask for your password by e-mail.\r\n\r\nNorthbank\r\n',
      }),
      sendgridSigners('northbank.example'),
    ),
};

/** rspamd's Authentication-Results (Mailcow, a filter VM) about the sender it checked. */
const rspamdAr = (authserv: string, s: Sender) =>
  `Authentication-Results: ${authserv};\r\n\tdkim=pass header.d=${s.dkim[0]} header.s=${s.dkim[1]} header.b=Q29ycHVz;\r\n\tspf=pass (${authserv}: domain of ${s.envelope} designates ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope};\r\n\tdmarc=pass (policy=${s.fromDomain === 'gmail.com' ? 'none' : s.fromDomain === 'northbank.example' ? 'reject' : 'quarantine'}) header.from=${s.fromDomain}`;

// ---- The firms ----------------------------------------------------------------------------------
/** Mailcow on Hetzner; backup MX on an OVH VPS. */
const KD = 'kestrel-dental.example';
const KD_STORE = `mail.${KD}`;
const KD_STORE_IP = '116.203.45.90';
const KD_READER = `reception@${KD}`;
const KD_MX2 = r(`mx2.${KD}`, '51.75.120.40');
const KD_BACKUP = r(`mx-backup.${KD}`, '51.75.120.41');
const KD_OVH = 'vps-5f3a2b1c.vps.ovh.net';
const kdZone = (backup: 'a' | 'cname') => ({
  [KD]: {
    MX: [
      { priority: 10, exchange: KD_STORE },
      { priority: 20, exchange: backup === 'a' ? KD_MX2.rdns : KD_BACKUP.rdns },
    ],
    TXT: [`v=spf1 mx -all`],
  },
  [`_dmarc.${KD}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`dkim._domainkey.${KD}`]: KEY(),
  ...ptr(KD_STORE_IP, KD_STORE),
  ...(backup === 'a'
    ? ptr(KD_MX2.ip, KD_MX2.rdns)
    : {
        ...ptr(KD_BACKUP.ip, KD_OVH),
        [rev4(KD_BACKUP.ip)]: { PTR: [KD_BACKUP.rdns] },
        [KD_BACKUP.rdns]: { CNAME: [KD_OVH] },
      }),
});

/** Mail-in-a-Box on DigitalOcean. */
const AB = 'ashgrove-books.example';
const AB_BOX = `box.${AB}`;
const AB_READER = `orders@${AB}`;
const abZone = {
  [AB]: { MX: [{ priority: 10, exchange: AB_BOX }], TXT: ['v=spf1 mx -all'] },
  [`_dmarc.${AB}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr('164.90.210.14', AB_BOX),
};

/** rspamd (or PMG) on an Azure VM in front of on-premises Exchange 2019. */
const MS = 'marlow-surveyors.example';
const MS_FILTER = r(`mx.${MS}`, '20.76.204.21');
const MS_PMG = r(`pmg.${MS}`, '20.76.204.22');
const MS_EXCH = `EXCH01.corp.${MS}`;
const MS_EXCH_IP = '10.20.0.15';
const MS_READER = `j.harlow@${MS}`;
const msZone = (mx: Relay) => ({
  [MS]: { MX: [{ priority: 10, exchange: mx.rdns }], TXT: ['v=spf1 ip4:203.0.113.80 -all'] },
  [`_dmarc.${MS}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(mx.ip, mx.rdns),
});

/** A university's relays on EC2 behind an NLB, the store inside the VPC. */
const WU = 'wrenfield-uni.example';
const WU_NLB = 'mx-relay-3f9a1c7e5b2d4a60.elb.eu-west-1.amazonaws.com';
const WU_RELAY = `mx-relay-a.${WU}`;
const WU_STORE = `mailstore.${WU}`;
const WU_READER = `s.okafor@${WU}`;
const wuZone = {
  [WU]: { MX: [{ priority: 10, exchange: `mx.${WU}` }], TXT: ['v=spf1 ip4:52.49.90.0/28 -all'] },
  [`_dmarc.${WU}`]: { TXT: ['v=DMARC1; p=none'] },
  [`mx.${WU}`]: { CNAME: [WU_NLB] },
  [WU_NLB]: { A: ['52.49.90.4', '52.49.90.5'] },
};

/** A freight firm with two MX at equal preference in two clouds, the store on Hetzner. */
const OF = 'orrin-freight.example';
const OF_STORE = `mail.${OF}`;
const OF_AZ = r(`mx-az.${OF}`, '20.76.205.30');
const OF_AWS = r(`mx-aws.${OF}`, '52.49.80.31');
const OF_AZ_LABEL = 'orrin-mx-az.westeurope.cloudapp.azure.com';
const OF_AWS_NAME = 'ec2-52-49-80-31.eu-west-1.compute.amazonaws.com';
const OF_READER = `dispatch@${OF}`;
const ofZone = (names: 'a' | 'cname') => ({
  [OF]: {
    MX: [
      { priority: 10, exchange: OF_AZ.rdns },
      { priority: 10, exchange: OF_AWS.rdns },
    ],
    TXT: ['v=spf1 mx -all'],
  },
  [`_dmarc.${OF}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr('116.203.46.10', OF_STORE),
  ...(names === 'a'
    ? { ...ptr(OF_AZ.ip, OF_AZ.rdns), ...ptr(OF_AWS.ip, OF_AWS.rdns) }
    : {
        ...ptr(OF_AZ.ip, OF_AZ_LABEL),
        [rev4(OF_AZ.ip)]: { PTR: [OF_AZ.rdns] },
        [OF_AZ.rdns]: { CNAME: [OF_AZ_LABEL] },
        ...ptr(OF_AWS.ip, OF_AWS_NAME),
        [rev4(OF_AWS.ip)]: { PTR: [OF_AWS.rdns] },
        [OF_AWS.rdns]: { CNAME: [OF_AWS_NAME] },
      }),
});

/** A Plesk VPS (Hetzner) whose `mail.<domain>` MX is a CNAME to the server's own name. */
const PV = 'pennyvale-crafts.example';
const PV_HOST = 'h2918473.stratoserver.example';
const PV_IP = '116.203.47.33';
const PV_READER = `shop@${PV}`;
const pvZone = {
  [PV]: { MX: [{ priority: 10, exchange: `mail.${PV}` }], TXT: [`v=spf1 a mx ip4:${PV_IP} -all`] },
  [`mail.${PV}`]: { CNAME: [PV_HOST] },
  [`_dmarc.${PV}`]: { TXT: ['v=DMARC1; p=none'] },
  ...ptr(PV_IP, PV_HOST),
};

// ---- Deliveries --------------------------------------------------------------------------------
/** Into Mailcow directly, or through the backup MX (`via`), rspamd's results on top. */
async function mailcow(s: Sender, tag: string, via?: Relay): Promise<string> {
  const raw = await s.raw(KD_READER, tag);
  const lines = via
    ? [
        pf(via, KD_STORE, `4Zx122${tag}2`, KD_READER, RELAYED),
        pf(s.relay, via.rdns, `4Zx122${tag}1`, KD_READER, ENTERED),
      ]
    : [pf(s.relay, KD_STORE, `4Zx122${tag}2`, KD_READER, RELAYED)];
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${KD_READER}`,
    dovecotLmtp(KD_STORE, s.envelope, KD_READER, `yB4mKx122${tag}ZQAAWh9Y`, DATE),
    rspamdAr(KD_STORE, s),
    ...lines,
  );
}

/** Into Mail-in-a-Box: Postfix, spampd on loopback, Dovecot; OpenDKIM/OpenDMARC's results. */
async function miab(s: Sender, tag: string): Promise<string> {
  const raw = await s.raw(AB_READER, tag);
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${AB_READER}`,
    dovecotLmtp(AB_BOX, s.envelope, AB_READER, `mN7pQx122${tag}CAAq3Lw`, DATE),
    `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${AB_BOX} (Postfix) with ESMTP id 4Zx122${tag}3\r\n\tfor <${AB_READER}>; ${RELAYED}`,
    `Authentication-Results: ${AB_BOX}; dmarc=pass (p=${s.fromDomain === 'gmail.com' ? 'none' : s.fromDomain === 'northbank.example' ? 'reject' : 'quarantine'} dis=none) header.from=${s.fromDomain}`,
    `Authentication-Results: ${AB_BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${s.dkim[0]} header.i=@${s.dkim[0]} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    pf(s.relay, AB_BOX, `4Zx122${tag}2`, AB_READER, ENTERED),
  );
}

/** Into on-premises Exchange behind the Azure filter (rspamd writes its results; PMG none). */
async function exchangeBehind(
  s: Sender,
  tag: string,
  filter: Relay,
  kind: 'rspamd' | 'pmg',
): Promise<string> {
  const raw = exchangeBottom(await s.raw(MS_READER, tag), exoRows(s.envelope, MS_EXCH));
  return onTop(
    raw,
    exchangeLine({
      helo: MS_EXCH,
      ip: MS_EXCH_IP,
      by: MS_EXCH,
      byIp: MS_EXCH_IP,
      via: 'Mailbox Transport',
      date: DATE,
    }),
    exchangeLine({ helo: filter.helo, ip: filter.ip, by: MS_EXCH, byIp: MS_EXCH_IP, date: RELAYED }),
    ...(kind === 'rspamd' ? [rspamdAr(filter.rdns, s)] : ['X-SPAM-LEVEL: Spam detection results:  0']),
    pf(s.relay, filter.rdns, `4Zx122${tag}1`, MS_READER, ENTERED, kind === 'pmg' ? 'Proxmox' : 'Postfix'),
  );
}

/** Into the university's store from the relay behind the NLB, over the VPC's private addresses. */
async function university(s: Sender, tag: string): Promise<string> {
  const raw = await s.raw(WU_READER, tag);
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${WU_READER}`,
    dovecotLmtp(WU_STORE, s.envelope, WU_READER, `pL2wVx122${tag}MAAk8Rt`, DATE),
    `Received: from ${WU_RELAY} (ip-10-40-1-17.eu-west-1.compute.internal [10.40.1.17])\r\n\tby ${WU_STORE} (Postfix) with ESMTPS id 4Zx122${tag}2\r\n\tfor <${WU_READER}>; ${RELAYED}`,
    rspamdAr(WU_RELAY, s),
    pf(s.relay, WU_RELAY, `4Zx122${tag}1`, WU_READER, ENTERED),
  );
}

/** Into the freight firm's store from one of its two cloud MX. */
async function freight(s: Sender, tag: string, mx: Relay): Promise<string> {
  const raw = await s.raw(OF_READER, tag);
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${OF_READER}`,
    dovecotLmtp(OF_STORE, s.envelope, OF_READER, `tR5cNx122${tag}UAAd0Ke`, DATE),
    rspamdAr(OF_STORE, s),
    pf(mx, OF_STORE, `4Zx122${tag}2`, OF_READER, RELAYED),
    pf(s.relay, mx.rdns, `4Zx122${tag}1`, OF_READER, ENTERED),
  );
}

/** Into the Plesk VPS (Postfix under the server's own name). */
async function plesk(s: Sender, tag: string): Promise<string> {
  const raw = await s.raw(PV_READER, tag);
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${PV_READER}`,
    dovecotLmtp(PV_HOST, s.envelope, PV_READER, `hG9sDx122${tag}EAAf2Wq`, DATE),
    rspamdAr(PV_HOST, s),
    pf(s.relay, PV_HOST, `4Zx122${tag}2`, PV_READER, ENTERED),
  );
}

/** A forger's VM whose PTR claims `claimed` (his own address: the name does not lead back). */
const forgedVia = async (store: string, reader: string, claimed: string, ip: string, tag: string) =>
  onTop(
    await BANK_SENDER.raw(reader, tag),
    `Return-Path: <${BANK_SENDER.envelope}>`,
    `Delivered-To: ${reader}`,
    dovecotLmtp(store, BANK_SENDER.envelope, reader, `fX1aBx122${tag}GAAz9Pp`, DATE),
    pf(r(claimed, ip), store, `4Zx122${tag}2`, reader, RELAYED),
    pf(BANK_SENDER.relay, claimed, `4Zx122${tag}1`, reader, ENTERED),
  );

const box = (store: string, domain: string, ...more: string[]) => [
  '--authserv-id',
  store,
  '--recipient-domain',
  domain,
  ...more,
];

type Mode = 'genuine' | 'twins';

// Fixed at 00:50 on 2026-12-06 (the lead; lib/engine/origin-walk.ts receiverReverseNames, read by
// lib/message/origin.ts walkReceiver): realworld122-rspamd-azure-exchange-onprem-m365-authserv-only
// read SPOOFED (the filter's own results, below on-premises Exchange's `from HELO (IP)` line, read as
// the sender's). A receiver's hop printed without a reverse name is now named by its IP's PTR under
// the receiver's domains when that name leads back to the IP (never by the HELO), and the hosting
// space hand-off rule applies to it as to a printed name: unverified at Exchange Online's address.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>();

/** The genuine shapes only (a legit module promises never to read "spoofed"). */
export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus((w) => writeCases(w, 'genuine'), PENDING_ENGINE_FIX, write);
}

/** Every genuine case, pending ones included (the twins are makeTwins': they read spoofed). */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'genuine');
}

/** The attack twins alone, for an adversarial module. */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

async function writeCases(write: CaseWriter, mode: Mode): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1], twin = false) => {
    if (twin ? mode !== 'genuine' : mode !== 'twins') emitCase(write, c);
  };

  // ---- Mailcow on Hetzner, backup MX on OVH
  const kdWhy = `${KD} runs Mailcow on a Hetzner server (${KD_STORE}, A ${KD_STORE_IP}, the MX at preference 10); Mailcow's rspamd writes the results under ${KD_STORE} and, with its external_relay module, checks the sender behind the backup MX`;
  emit({
    name: 'realworld122-mailcow-hetzner-direct-m365-default-dkim',
    about: `Control. ${kdWhy}. ${M365_SENDER.label} delivers straight to the primary. --authserv-id ${KD_STORE}, --recipient-domain ${KD}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious.`,
    class: 'realworld122-mailcow',
    args: box(KD_STORE, KD),
    eml: await mailcow(M365_SENDER, 'a1'),
    zone: { ...kdZone('a'), ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });
  emit({
    name: 'realworld122-mailcow-backup-mx-a-record-ovh-m365-default-dkim',
    about: `${kdWhy}. The primary was down for an update, so Exchange Online delivered to the backup MX ${KD_MX2.rdns} (MX 20, an OVH VPS [${KD_MX2.ip}] named by an A record, PTR set in OVH's panel), which relayed to the primary when it came back. ${M365_SENDER.label}. --authserv-id ${KD_STORE}, --recipient-domain ${KD}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious (the backup's name stays inside ${KD}).`,
    class: 'realworld122-mailcow',
    args: box(KD_STORE, KD),
    eml: await mailcow(M365_SENDER, 'a2', KD_MX2),
    zone: { ...kdZone('a'), ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });
  emit({
    name: 'realworld122-mailcow-backup-mx-a-record-ovh-gmail',
    about: `${kdWhy}. ${GMAIL_SENDER.label} through the same A-record backup MX ${KD_MX2.rdns}. --authserv-id ${KD_STORE}, --recipient-domain ${KD}. Wanted: authenticated at Gmail's address.`,
    class: 'realworld122-mailcow',
    args: box(KD_STORE, KD),
    eml: await mailcow(GMAIL_SENDER, 'a3', KD_MX2),
    zone: { ...kdZone('a'), ...GMAIL_SENDER.zone },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emit({
    name: 'realworld122-mailcow-backup-mx-cname-ovh-m365-trust-gateway',
    about: `${kdWhy}. This time the backup MX is ${KD_BACKUP.rdns}, a CNAME to the VPS's default name ${KD_OVH} [${KD_BACKUP.ip}] (the admin's habit for every VPS), its PTR ${KD_BACKUP.rdns} (it resolves to the address through the CNAME). ${M365_SENDER.label}. The README says a firm whose relay is named by a CNAME to the cloud's name trusts it: --trust-gateway ${KD_BACKUP.rdns} beside --authserv-id ${KD_STORE}, --recipient-domain ${KD}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious.`,
    class: 'realworld122-mailcow',
    args: box(KD_STORE, KD, '--trust-gateway', KD_BACKUP.rdns),
    eml: await mailcow(M365_SENDER, 'a4', KD_BACKUP),
    zone: { ...kdZone('cname'), ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });
  emit({
    name: 'realworld122-mailcow-backup-mx-cname-ovh-bank-esp-trust-gateway',
    about: `${kdWhy}. The CNAME-named backup MX ${KD_BACKUP.rdns} (→ ${KD_OVH}), read with --trust-gateway ${KD_BACKUP.rdns} (without it the walk stops at the backup MX, not the sole primary, and a signed message from a rented server reads suspicious by design: a replay looks the same). ${BANK_SENDER.label}. --authserv-id ${KD_STORE}, --recipient-domain ${KD}. Wanted: authenticated at SendGrid's address.`,
    class: 'realworld122-mailcow',
    args: box(KD_STORE, KD, '--trust-gateway', KD_BACKUP.rdns),
    eml: await mailcow(BANK_SENDER, 'a5', KD_BACKUP),
    zone: { ...kdZone('cname'), ...BANK_SENDER.zone },
    expect: passesAt(SENDGRID_OUT.ip),
  });
  emit(
    {
      name: 'realworld122-mailcow-forged-backup-mx-ptr-bank-twin',
      about: `Attack twin: a forger rents an OVH VPS [51.75.120.99], sets its PTR to ${KD_MX2.rdns} (OVH refuses a name that does not resolve to the address, but the point is the name does not lead back; another hoster's panel checks nothing) and connects to the Mailcow box directly, writing the bank's SendGrid line below his own, the bank's notice unsigned-altered (its signature no longer verifies: his link). --authserv-id ${KD_STORE}, --recipient-domain ${KD}. Wanted: not trusted.`,
      class: 'spoofing',
      args: box(KD_STORE, KD),
      eml: (await forgedVia(KD_STORE, KD_READER, KD_MX2.rdns, '51.75.120.99', 't1')).replace(
        'ready in online banking',
        'ready at https://northbank-statements.example',
      ),
      zone: { ...kdZone('a'), ...BANK_SENDER.zone, ...{ [rev4('51.75.120.99')]: { PTR: [KD_MX2.rdns] } } },
      expect: NOT_TRUSTED,
    },
    true,
  );

  // ---- Mail-in-a-Box on DigitalOcean
  const abWhy = `${AB} runs Mail-in-a-Box on a DigitalOcean droplet (${AB_BOX}, A 164.90.210.14, its own DNS); Postfix hands each message to spampd on loopback and back, OpenDKIM/OpenDMARC and policyd-spf write the results`;
  emit({
    name: 'realworld122-miab-digitalocean-m365-default-dkim',
    about: `${abWhy}. ${M365_SENDER.label}. --authserv-id ${AB_BOX}, --recipient-domain ${AB}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious.`,
    class: 'realworld122-miab',
    args: box(AB_BOX, AB),
    eml: await miab(M365_SENDER, 'b1'),
    zone: { ...abZone, ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });
  emit({
    name: 'realworld122-miab-digitalocean-gmail',
    about: `${abWhy}. ${GMAIL_SENDER.label}. --authserv-id ${AB_BOX}, --recipient-domain ${AB}. Wanted: authenticated at Gmail's address.`,
    class: 'realworld122-miab',
    args: box(AB_BOX, AB),
    eml: await miab(GMAIL_SENDER, 'b2'),
    zone: { ...abZone, ...GMAIL_SENDER.zone },
    expect: passesAt(GMAIL_OUT.ip),
    twin: true,
  });

  // ---- Azure filter in front of on-premises Exchange
  const msWhy = (f: Relay, what: string) =>
    `${MS}'s MX ${f.rdns} is ${what} on an Azure VM [${f.ip}, static public IP, A record, reverse FQDN ${f.rdns}] that relays to the on-premises Exchange 2019 server ${MS_EXCH} (${MS_EXCH_IP}; Exchange writes no reverse name, only the filter's HELO and address)`;
  emit({
    name: 'realworld122-rspamd-azure-exchange-onprem-m365-default-dkim',
    about: `${msWhy(MS_FILTER, 'Postfix with rspamd')}; rspamd writes the results under ${MS_FILTER.rdns}. ${M365_SENDER.label}. The reader sets --authserv-id ${MS_FILTER.rdns} (the filter writes the results) and --trust-gateway ${MS_FILTER.rdns} (the README's way to go below a filter whose hand-off Exchange records without a name), --recipient-domain ${MS}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious.`,
    class: 'realworld122-azure-filter',
    args: box(MS_FILTER.rdns, MS, '--trust-gateway', MS_FILTER.rdns),
    eml: await exchangeBehind(M365_SENDER, 'c1', MS_FILTER, 'rspamd'),
    zone: { ...msZone(MS_FILTER), ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });
  emit({
    name: 'realworld122-rspamd-azure-exchange-onprem-m365-authserv-only',
    about: `${msWhy(MS_FILTER, 'Postfix with rspamd')}. ${M365_SENDER.label}. Read with --authserv-id ${MS_FILTER.rdns} and --recipient-domain ${MS} only (no --trust-gateway): the filter's results are trusted, but Exchange's line names the filter by HELO and address, no reverse name. Wanted: unverified at Exchange Online's address, as with --trust-gateway (the trusted filter recorded SPF and DMARC pass for the supplier); never spoofed.`,
    class: 'realworld122-azure-filter',
    args: box(MS_FILTER.rdns, MS),
    eml: await exchangeBehind(M365_SENDER, 'c2', MS_FILTER, 'rspamd'),
    zone: { ...msZone(MS_FILTER), ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });
  emit({
    name: 'realworld122-pmg-azure-exchange-onprem-gmail-trust-gateway',
    about: `${msWhy(MS_PMG, 'Proxmox Mail Gateway')}; PMG writes no Authentication-Results. ${GMAIL_SENDER.label}. --trust-gateway ${MS_PMG.rdns}, --recipient-domain ${MS} (no authserv-id to trust: neither PMG nor Exchange writes one). Wanted: authenticated at Gmail's address.`,
    class: 'realworld122-azure-filter',
    args: ['--trust-gateway', MS_PMG.rdns, '--recipient-domain', MS],
    eml: await exchangeBehind(GMAIL_SENDER, 'c3', MS_PMG, 'pmg'),
    zone: { ...msZone(MS_PMG), ...GMAIL_SENDER.zone },
    expect: passesAt(GMAIL_OUT.ip),
  });
  emit({
    name: 'realworld122-pmg-azure-exchange-onprem-m365-trust-gateway',
    about: `${msWhy(MS_PMG, 'Proxmox Mail Gateway')}; PMG writes no Authentication-Results. ${M365_SENDER.label}. --trust-gateway ${MS_PMG.rdns}, --recipient-domain ${MS}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious.`,
    class: 'realworld122-azure-filter',
    args: ['--trust-gateway', MS_PMG.rdns, '--recipient-domain', MS],
    eml: await exchangeBehind(M365_SENDER, 'c4', MS_PMG, 'pmg'),
    zone: { ...msZone(MS_PMG), ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });

  // ---- University relays on EC2 behind an NLB
  const wuWhy = `${WU}'s MX mx.${WU} is a CNAME to its Network Load Balancer ${WU_NLB}; the relay instance ${WU_RELAY} behind it (rspamd, results under its own name) hands on to the store ${WU_STORE} inside the VPC over private addresses`;
  emit({
    name: 'realworld122-uni-ec2-nlb-relay-m365-default-dkim',
    about: `${wuWhy}. ${M365_SENDER.label}. --authserv-id ${WU_RELAY} (the relay writes the results), --recipient-domain ${WU}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious.`,
    class: 'realworld122-uni-nlb',
    args: box(WU_RELAY, WU),
    eml: await university(M365_SENDER, 'd1'),
    zone: { ...wuZone, ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
    twin: true,
  });
  emit({
    name: 'realworld122-uni-ec2-nlb-relay-bank-esp',
    about: `${wuWhy}. ${BANK_SENDER.label}. --authserv-id ${WU_RELAY}, --recipient-domain ${WU}. Wanted: authenticated at SendGrid's address.`,
    class: 'realworld122-uni-nlb',
    args: box(WU_RELAY, WU),
    eml: await university(BANK_SENDER, 'd2'),
    zone: { ...wuZone, ...BANK_SENDER.zone },
    expect: passesAt(SENDGRID_OUT.ip),
  });

  // ---- Two MX at equal preference in two clouds
  const ofWhy = (names: string) =>
    `${OF} has two MX at preference 10, ${OF_AZ.rdns} (an Azure VM [${OF_AZ.ip}]) and ${OF_AWS.rdns} (an EC2 instance with an Elastic IP [${OF_AWS.ip}]), ${names}; both hand on to the store ${OF_STORE} on Hetzner, whose rspamd (external_relay for both) writes the results`;
  emit({
    name: 'realworld122-two-clouds-equal-mx-cname-m365-trust-gateway',
    about: `${ofWhy(`each a CNAME to the cloud's own name (${OF_AZ_LABEL}, ${OF_AWS_NAME}) with a PTR of the firm's`)}. Exchange Online picked the EC2 one. ${M365_SENDER.label}. Neither is the sole primary, so the reader lists both, as the README says: --trust-gateway ${OF_AZ.rdns} --trust-gateway ${OF_AWS.rdns}, --authserv-id ${OF_STORE}, --recipient-domain ${OF}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious.`,
    class: 'realworld122-two-clouds',
    args: box(OF_STORE, OF, '--trust-gateway', OF_AZ.rdns, '--trust-gateway', OF_AWS.rdns),
    eml: await freight(M365_SENDER, 'e1', OF_AWS),
    zone: { ...ofZone('cname'), ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });
  emit({
    name: 'realworld122-two-clouds-equal-mx-a-records-m365',
    about: `${ofWhy('each named by an A record of the firm (Azure and AWS both check the forward name before a custom PTR)')}. Exchange Online picked the Azure one. ${M365_SENDER.label}. --authserv-id ${OF_STORE}, --recipient-domain ${OF}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious.`,
    class: 'realworld122-two-clouds',
    args: box(OF_STORE, OF),
    eml: await freight(M365_SENDER, 'e2', OF_AZ),
    zone: { ...ofZone('a'), ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });
  emit({
    name: 'realworld122-two-clouds-equal-mx-cname-bank-esp-trust-gateway',
    about: `${ofWhy("each a CNAME to the cloud's own name")}. ${BANK_SENDER.label} through the Azure one. --trust-gateway ${OF_AZ.rdns} --trust-gateway ${OF_AWS.rdns}, --authserv-id ${OF_STORE}, --recipient-domain ${OF} (without the two entries the walk stops at the Azure VM and the signed notice reads suspicious by design, "a rented server": a replay looks the same). Wanted: authenticated at SendGrid's address.`,
    class: 'realworld122-two-clouds',
    args: box(OF_STORE, OF, '--trust-gateway', OF_AZ.rdns, '--trust-gateway', OF_AWS.rdns),
    eml: await freight(BANK_SENDER, 'e3', OF_AZ),
    zone: { ...ofZone('cname'), ...BANK_SENDER.zone },
    expect: passesAt(SENDGRID_OUT.ip),
  });
  emit(
    {
      name: 'realworld122-two-clouds-forged-mx-aws-ptr-bank-twin',
      about: `Attack twin: with the reader trusting both cloud MX by name (--trust-gateway ${OF_AZ.rdns} --trust-gateway ${OF_AWS.rdns}), a forger's own EC2 instance [52.49.80.77] with the PTR ${OF_AWS.rdns} (his address is not the name's) connects to the store and writes the bank's SendGrid line below, his link in the text. Wanted: not trusted.`,
      class: 'spoofing',
      args: box(OF_STORE, OF, '--trust-gateway', OF_AZ.rdns, '--trust-gateway', OF_AWS.rdns),
      eml: (await forgedVia(OF_STORE, OF_READER, OF_AWS.rdns, '52.49.80.77', 't2')).replace(
        'ready in online banking',
        'ready at https://northbank-statements.example',
      ),
      zone: { ...ofZone('cname'), ...BANK_SENDER.zone, [rev4('52.49.80.77')]: { PTR: [OF_AWS.rdns] } },
      expect: NOT_TRUSTED,
    },
    true,
  );

  // ---- Plesk VPS, mail.<domain> a CNAME to the server's name
  emit({
    name: 'realworld122-plesk-vps-mail-cname-server-name-m365',
    about: `${PV}'s shop mail lives on a Plesk VPS [${PV_IP}] whose own name is ${PV_HOST}; the MX mail.${PV} is a CNAME to it (the other common form beside an A record: not confirmed from a host's page). Plesk's Postfix and rspamd write under ${PV_HOST}, the name the reader sees in every header. ${M365_SENDER.label}. --authserv-id ${PV_HOST}, --recipient-domain ${PV}. Wanted: unverified, with the origin at Exchange Online's address (HeaderLens's honest reading of Microsoft's shared SPF alone; what matters here is that the walk reaches Exchange Online), never spoofed or suspicious.`,
    class: 'realworld122-plesk',
    args: box(PV_HOST, PV),
    eml: await plesk(M365_SENDER, 'f1'),
    zone: { ...pvZone, ...M365_SENDER.zone },
    expect: sharedSpfAt(EXO.ip),
  });
}
