// Real-mail round 183: Microsoft 365 in the shapes it really arrives, past what rounds 9, 28, 102,
// 108, 127, 136 and 145 cover (grepped first: onmicrosoft-only signing, Exclaimer/CodeTwo loops,
// Send on Behalf, SRS forwards and microsoft.com's ARC were there, but never the Exclaimer loop
// exactly as a public copy records it, never a tenant's IPv6 `…azlp…` hand-off into Gmail, EOP or a
// Postfix box with its CrossTenant rows, never email.microsoftonline.com, yammer.com or
// email.teams.microsoft.com, and never a tenant's forward or redirect entering over IPv6).
// 1. Tenants mailing out: Lindqvist Avionics (no DKIM of its own, signed only
//    d=lindqvistav.onmicrosoft.com, through Exclaimer Cloud's signature loop); Quayfield Legal
//    (custom selector2, p=reject; a shared mailbox "sent on behalf of" by a delegate, and the same
//    inside the reader's own tenant); Microsoft's own notices from email.microsoftonline.com,
//    yammer.com (Viva Engage) and email.teams.microsoft.com.
// 2. Read in Gmail, Yahoo, the reader's Postfix box and Exchange Online (tenant to tenant and inside
//    one tenant, `--recipient-domain`), online (zone) and offline (no zone).
// 3. Forwarded by Microsoft 365: the reader's tenant's inbox rule forwarding to Gmail (Exchange's SRS
//    envelope, microsoft.com's ARC i=1, X-MS-Exchange-ForwardingLoop), and a transport-rule redirect
//    to the reader's own Postfix box.
// Where the layouts come from (`find_string`, `read_file`; public list-archive copies):
// - Exclaimer loop: a 2021 linux-gpio post from an M365 tenant (aerq.com) whose only signature was
//   `d=l2task.onmicrosoft.com; s=selector1-l2task-onmicrosoft-com`: top to bottom the tenant's
//   frontend and transport hops, `X-MS-Exchange-Authentication-Results: spf=fail (sender IP is
//   52.169.0.179) … dkim=pass … header.d=l2task.onmicrosoft.com; … dmarc=none`, `Received-SPF: Fail
//   … helo=eu2.smtp.exclaimer.net`, `Received: from eu2.smtp.exclaimer.net (52.169.0.179) by
//   AM5EUR03FT035.mail.protection.outlook.com (10.152.16.119) … via Frontend Transport`, `Received:
//   from EUR01-HE1-obe.outbound.protection.outlook.com (104.47.0.55) by eu2.smtp.exclaimer.net
//   (52.169.0.179) with Exclaimer Signature Manager ESMTP Proxy …`, the X-Exclaimer* rows, ARC i=1
//   `d=microsoft.com; s=arcselector9901`, the first DKIM signature, the MAPI hops; at the bottom
//   `X-MS-Exchange-CrossTenant-AuthAs: Anonymous`, `…-FromEntityHeader: HybridOnPrem`,
//   `…-OriginalAttributedTenantConnectingIp: TenantId=…;Ip=[52.169.0.179];Helo=[eu2.smtp.exclaimer.net]`
//   (find_string "smtp.exclaimer.net"; eu1.smtp.exclaimer.net [104.40.229.156] in 2021 copies too).
// - IPv6 hand-off into Gmail: alpsalpine.com (2024) and nvidia.com (2025) posts: `Received: from
//   JPN01-OS0-obe.outbound.protection.outlook.com (mail-os0jpn01on20601.outbound.protection.outlook.com.
//   [2a01:111:f403:201a::601]) by mx.google.com`, newer `PH7PR06CU001.outbound.protection.outlook.com
//   (mail-westus3azlp170100009.outbound.protection.outlook.com. [2a01:111:f403:c107::9])`, Gmail's
//   `arc=pass (i=1 spf=pass spfdomain=… dkim=pass dkdomain=… dmarc=pass fromdomain=…)` and ARC i=1
//   `mx.microsoft.com 1; spf=pass smtp.mailfrom=…; dmarc=pass action=none header.from=…; dkim=pass
//   header.d=…; arc=none`; the bottom rows X-OriginatorOrg, X-MS-Exchange-CrossTenant-AuthAs:
//   Internal, -AuthSource, -Network-Message-Id, -Id, -FromEntityHeader: Hosted, -MailboxType: HOSTED
//   (find_string "outbound.protection.outlook.com. [2a01:111:f403", "X-MS-Exchange-CrossTenant-AuthAs:
//   Internal": oracle.com, intel.com, fujitsu.com copies).
// - Forwarding: `X-MS-Exchange-ForwardingLoop: <mailbox>;<tenant id>` beside
//   `X-ExternalRecipientOutboundConnectors: <tenant id>` (suse.com 2021/2022 and avon.com 2022 copies,
//   find_string "X-MS-Exchange-ForwardingLoop:"); the SRS form `bounces+SRS=<hash>=<tt>=<domain>=<local>@`
//   as realworld127/136 (Microsoft Learn "Sender Rewriting Scheme (SRS) in Microsoft 365").
// - Microsoft's notice senders: `msonlineservicesteam@email.microsoftonline.com` and
//   `o365mc@microsoft.com` (a public imapfilter config), `MicrosoftOffice365@email.microsoftonline.com`
//   (group welcome) and `noreply@email.teams.microsoft.com` (a public Exchange message-trace runbook),
//   `support@email.microsoftonline.com` (Azure Information Protection docs). NOT confirmed: how those
//   domains and yammer.com sign (modelled: each signs for itself, selector1, from Microsoft's own
//   tenant through EOP's outbound), and the Viva Engage From (`noreply@yammer.com`, recalled).
// - Send on Behalf (From the shared mailbox, Sender the delegate, envelope the delegate): realworld102's
//   Microsoft Learn sources; the envelope is assumed there and here.
// Names and addresses are documentation ones except Microsoft's and Exclaimer's hosts and ranges (the
// real ones from the copies above); every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops, tenantKey } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  exchangeInternal,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';

// --- Who is who ---------------------------------------------------------------------------------
const LQ = 'lindqvist-avionics.example';
const LQ_TENANT = 'lindqvistav';
const LQ_SEL = 'selector1-lindqvist-avionics-example';
const LQ_ID = '8c1f3e2a-4b5d-4e6f-9a7b-183c2d1e0f4a';
const QF = 'quayfield-legal.example';
const QF_ID = '2e7d9c1b-183a-4f5e-8b6c-0a1d2e3f4b5c';
const TW = 'tidewater.example';
const TW_ID = 'a3e9d2c4-71b5-4f08-8c6e-0d94b1f2e183';
const BANK = 'northbank.example';
const SUPPLIER = 'bramblecote-joinery.example';
const FIRM = 'reader.example';
const BOX_TO = `robin@${FIRM}`;
const YAHOO_TO = 'robin.reader@yahoo.com';
const TW_TO = `robin.reader@${TW}`;

const YAHOO = ['--webmail', 'yahoo'];
const BOX = ['--authserv-id', RECEIVER, '--recipient-domain', FIRM];
const TENANT = [...OUTLOOK, '--recipient-domain', TW];

/** Genuine, but the tenant proves only "some Microsoft 365 tenant" (no DKIM of its own): never a warning. */
const CALM: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };
/**
 * Genuine mail read offline in Outlook: EOP's id-less record counts only where it shows a failure
 * (README, "Offline in Outlook"; realworld108's NOT_WARNED), so a pass reads "go online to check it".
 */
const OUTLOOK_OFFLINE: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

// --- Microsoft's and Exclaimer's hosts (real names and addresses from the copies cited) ----------
const V6_WEST: Relay = {
  helo: 'PH7PR06CU001.outbound.protection.outlook.com',
  rdns: 'mail-westus3azlp170100009.outbound.protection.outlook.com',
  ip: '2a01:111:f403:c107::9',
};
const V6_JPN: Relay = {
  helo: 'JPN01-OS0-obe.outbound.protection.outlook.com',
  rdns: 'mail-os0jpn01on20601.outbound.protection.outlook.com',
  ip: '2a01:111:f403:201a::601',
};
const V6_NAM: Relay = {
  helo: 'NAM04-MW2-obe.outbound.protection.outlook.com',
  rdns: 'mail-mw2nam04on20620.outbound.protection.outlook.com',
  ip: '2a01:111:f403:240a::620',
};
const V4_EUR: Relay = {
  helo: 'EUR03-VE1-obe.outbound.protection.outlook.com',
  rdns: 'mail-eopbgr50139.outbound.protection.outlook.com',
  ip: '40.107.5.139',
};
const V4_NAM: Relay = {
  helo: 'NAM11-BN8-obe.outbound.protection.outlook.com',
  rdns: 'mail-bn8nam11on2183.outbound.protection.outlook.com',
  ip: '40.107.236.183',
};
const EXCLAIMER = { host: 'eu2.smtp.exclaimer.net', ip: '52.169.0.179' };
const EXCLAIMER1 = { host: 'eu1.smtp.exclaimer.net', ip: '104.40.229.156' };

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; ${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const M365 = 'v=spf1 include:spf.protection.outlook.com -all';

const ZONE = {
  ...M365_SPF_ZONE,
  ...[V6_WEST, V6_JPN, V6_NAM, V4_EUR, V4_NAM].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {} as Record<string, unknown>,
  ),
  ...ptr(EXCLAIMER.ip, EXCLAIMER.host),
  ...ptr(EXCLAIMER1.ip, EXCLAIMER1.host),
  ...key('microsoft.com', 'arcselector9901'),
  ...txt(LQ, `v=spf1 include:spf.protection.outlook.com include:spf.exclaimer.net -all`),
  ...txt('spf.exclaimer.net', 'v=spf1 ip4:52.169.0.179 ip4:104.40.229.156 ip4:104.209.35.28 -all'),
  ...dmarc(LQ, 'p=quarantine'),
  ...tenantKey(LQ_TENANT, LQ_SEL),
  ...txt(QF, M365),
  ...dmarc(QF, 'p=reject'),
  ...key(QF, 'selector2'),
  ...txt(TW, M365),
  ...dmarc(TW, 'p=quarantine'),
  ...key(TW, 'selector1'),
  ...txt('email.microsoftonline.com', M365),
  ...dmarc('microsoftonline.com', 'p=reject'),
  ...key('email.microsoftonline.com', 'selector1'),
  ...txt('yammer.com', M365),
  ...dmarc('yammer.com', 'p=reject'),
  ...key('yammer.com', 'selector1'),
  ...txt('email.teams.microsoft.com', M365),
  ...dmarc('microsoft.com', 'p=reject'),
  ...key('email.teams.microsoft.com', 'selector1'),
  ...txt(BANK, 'v=spf1 ip4:192.0.2.0/24 -all'),
  ...dmarc(BANK, 'p=reject'),
  ...key(BANK, 'nb1'),
  ...ptr('192.0.2.10', `mail.${BANK}`),
  ...txt(SUPPLIER, 'v=spf1 ip4:198.51.100.183 -all'),
  ...dmarc(SUPPLIER, 'p=none'),
  ...ptr('198.51.100.183', `mail.${SUPPLIER}`),
};

// --- How a tenant's message leaves Exchange Online ----------------------------------------------
const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';

/** The rows Exchange appends at the bottom on the way out (as the oracle.com / alpsalpine.com copies). */
const crossTenant = (org: string, id: string, mbx: string, entity = 'Hosted', authAs = 'Internal') => [
  `X-OriginatorOrg: ${org}`,
  `X-MS-Exchange-CrossTenant-Network-Message-Id: 5c${id.slice(2, 8)}-183a-4c2e-9d1f-08de2a7b183c`,
  `X-MS-Exchange-CrossTenant-AuthSource: ${mbx}`,
  `X-MS-Exchange-CrossTenant-AuthAs: ${authAs}`,
  'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 20 Nov 2026 10:00:01.1830\r\n (UTC)',
  `X-MS-Exchange-CrossTenant-FromEntityHeader: ${entity}`,
  `X-MS-Exchange-CrossTenant-Id: ${id}`,
  'X-MS-Exchange-CrossTenant-MailboxType: HOSTED',
  `X-MS-Exchange-Transport-CrossTenantHeadersStamped: ${mbx.split('.')[0]}`,
];

/** Microsoft's ARC i=1 as the tenant's outbound writes it. */
const msSeal = (raw: string, mailfrom: string, from: string, dkimD: string) =>
  sealCorpus(raw, {
    domain: 'microsoft.com',
    selector: 'arcselector9901',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${mailfrom}; dmarc=pass action=none header.from=${from}; dkim=pass header.d=${dkimD}; arc=none`,
  });

interface Out {
  from: string;
  to: string;
  subject: string;
  body: string;
  id: string;
  signer: [string, string];
  org: string;
  tenantId: string;
  mbx: string;
  extra?: string[];
}

/** A tenant's message: submitted over MAPI, signed, Microsoft's ARC on top; the CrossTenant rows at the bottom. */
async function outOfTenant(m: Out): Promise<string> {
  const domain = m.org;
  const raw = appendHeaders(
    submitted({
      from: m.from,
      to: m.to,
      subject: m.subject,
      date: SENT,
      messageId: `<${m.id}@${m.mbx.split('.').slice(1).join('.')}>`,
      body: m.body,
      extraHeaders: m.extra,
    }),
    ...crossTenant(domain, m.tenantId, m.mbx),
  );
  const signed = await signAll(raw, [m.signer]);
  return msSeal(onTop(signed, ...senderTenantHops(m.mbx.split('.')[0])), domain, domain, m.signer[0]);
}

/**
 * Lindqvist's message through Exclaimer Cloud, as the aerq.com copy shows it: signed and sealed on the
 * first exit, Exclaimer's proxy hop and rows, back into EOP by the inbound connector (its own
 * spf=fail record for Exclaimer's address, dmarc=none), signed again on the way out.
 */
async function viaExclaimer(m: Out, ex = EXCLAIMER): Promise<string> {
  const first = await outOfTenant({
    ...m,
    extra: [
      ...(m.extra ?? []),
      'X-MS-Has-Attach:',
      'X-MS-TNEF-Correlator:',
      'x-ms-publictraffictype: Email',
      'X-MS-Exchange-SenderADCheck: 1',
    ],
  });
  const dom = m.org;
  const looped = onTop(
    first,
    `Received: from AM6PR04CA0183.eurprd04.prod.outlook.com (2603:10a6:20b:f0::19)\r\n by AM6PR10MB2312.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:20b:43::14) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.17; ${SENT}`,
    `Received: from AM5EUR03FT035.eop-EUR03.prod.protection.outlook.com\r\n (2603:10a6:20b:f0:cafe::c8) by AM6PR04CA0183.outlook.office365.com\r\n (2603:10a6:20b:f0::19) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.17 via Frontend\r\n Transport; ${SENT}`,
    `X-MS-Exchange-Authentication-Results: spf=fail (sender IP is ${ex.ip})\r\n smtp.mailfrom=${dom}; dkim=pass (signature was verified)\r\n header.d=${m.signer[0]};dmarc=none action=none\r\n header.from=${dom};`,
    `Received-SPF: Fail (protection.outlook.com: domain of ${dom} does not\r\n designate ${ex.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ex.ip}; helo=${ex.host};`,
    `Received: from ${ex.host} (${ex.ip}) by\r\n AM5EUR03FT035.mail.protection.outlook.com (10.152.16.119) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id\r\n 15.20.8158.11 via Frontend Transport; ${SENT}`,
    `Received: from EUR01-HE1-obe.outbound.protection.outlook.com (104.47.0.55) by\r\n         ${ex.host} (${ex.ip}) with Exclaimer Signature Manager\r\n         ESMTP Proxy ${ex.host} (tlsversion=TLS12,\r\n         tlscipher=TLS_ECDHE_WITH_AES256_SHA384); ${SENT}`,
    'X-ExclaimerHostedSignatures-MessageProcessed: true',
    'X-ExclaimerProxyLatency: 12466183',
    'X-ExclaimerImprintLatency: 582183',
    'X-ExclaimerImprintAction: 4a5286306f8140c395d34706e7d18300',
  );
  const bottom = appendHeaders(
    looped,
    'X-EOPAttributedMessage: 0',
    `X-MS-Exchange-CrossTenant-OriginalAttributedTenantConnectingIp: TenantId=${m.tenantId};Ip=[${ex.ip}];Helo=[${ex.host}]`,
    'X-MS-Exchange-CrossTenant-AuthSource: AM5EUR03FT035.eop-EUR03.prod.protection.outlook.com',
    'X-MS-Exchange-CrossTenant-AuthAs: Anonymous',
    'X-MS-Exchange-CrossTenant-FromEntityHeader: HybridOnPrem',
  );
  return signAll(bottom, [m.signer]);
}

// --- The readers --------------------------------------------------------------------------------
let n = 0;
const gmail = (raw: string, relay: Relay, envelope: string, results: string[], to = GMAIL_TO) => {
  n++;
  return gmailDelivery(raw, {
    relay,
    envelope,
    results: results.join('\r\n       '),
    ids: [`x183csp${n}pxa`, `a183si${n}qtb.183`],
    spf: 'pass',
    deliveredTo: true,
    to,
  });
};
const gArc = (spfDomain: string, dk: string, from: string) =>
  `arc=pass (i=1 spf=pass spfdomain=${spfDomain} dkim=pass dkdomain=${dk} dmarc=pass fromdomain=${from});`;

/** Into another tenant (the reader's), EOP's results all passing for `dkimD`. */
const intoTenant = (raw: string, relay: Relay, envelope: string, dkimD: string, from: string) =>
  eopDelivery(raw, {
    ...eopPass(
      relay,
      envelope.slice(envelope.lastIndexOf('@') + 1),
      `dkim=pass (signature was verified)\r\n header.d=${dkimD}`,
      from,
    ),
    returnPath: `<${envelope}>`,
    bottom: [`X-MS-Exchange-CrossTenant-Id: ${TW_ID}`],
  });

const yahoo = (
  raw: string,
  relay: Relay,
  envelope: string,
  dkim: Array<[string, string]>,
  from: string,
  p: string,
) => {
  n++;
  const envDomain = envelope.slice(envelope.lastIndexOf('@') + 1);
  return yahooOmega(
    raw,
    {
      ip: relay.ip,
      helo: relay.helo,
      envelope,
      spf: `pass (domain of ${envDomain} designates ${relay.ip} as permitted sender)`,
      ar: `${dkim.map(([d, s]) => `dkim=pass header.i=@${d} header.s=${s};`).join('\r\n ')}\r\n spf=pass smtp.mailfrom=${envDomain};\r\n dmarc=pass(p=${p}) header.from=${from};`,
    },
    { tag: `R183n${n}`, pod: 'k4mq7', inner: '10.217.151.83', to: YAHOO_TO },
  );
};

/** The reader's Postfix box (OpenDKIM, OpenDMARC, OpenARC rows) taking it from `relay`. */
const box = (
  raw: string,
  relay: Relay,
  envelope: string,
  dkim: Array<[string, string]>,
  from: string,
  arc = false,
) => {
  n++;
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${BOX_TO}`,
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim.map(([d, s]) => `dkim=pass header.d=${d} header.s=${s} header.b=Q29ycHVz`).join(';\r\n\t')};\r\n\t${arc ? 'arc=pass (i=1) header.oldest-pass=0;\r\n\t' : ''}spf=pass (${RECEIVER}: domain of ${envelope} designates ${relay.ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=pass header.from=${from}`,
    received({
      ...relay,
      by: RECEIVER,
      id: `4Zr183n${n}x`,
      for: BOX_TO,
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
};

// --- The messages -------------------------------------------------------------------------------
const LQ_FROM = `Alban Lindqvist <a.lindqvist@${LQ}>`;
const lqMessage = (to: string): Out => ({
  from: LQ_FROM,
  to,
  subject: 'Re: Harness drawings rev C',
  body: 'Robin,\r\n\r\nrev C of the harness drawings is on the portal; the connector table changed on sheet 4.\r\n\r\nAlban Lindqvist\r\nSystems engineer | Lindqvist Avionics\r\n',
  id: 'DB8PR10MB3183A1B2C3D4E5F60718293A4B5C6D7E8F9@DB8PR10MB3183.EURPRD10.PROD.OUTLOOK.COM',
  signer: [`${LQ_TENANT}.onmicrosoft.com`, LQ_SEL],
  org: LQ,
  tenantId: LQ_ID,
  mbx: 'DB8PR10MB3183.eurprd10.prod.outlook.com',
});

const QF_DELEGATE = `Priya Mendes <p.mendes@${QF}>`;
const qfShared = (to: string, subject: string, body: string, id: string): Out => ({
  from: `Quayfield Legal Accounts <accounts@${QF}>`,
  to,
  subject,
  body,
  id,
  signer: [QF, 'selector2'],
  org: QF,
  tenantId: QF_ID,
  mbx: 'DM6PR08MB5183.namprd08.prod.outlook.com',
  extra: [`Sender: ${QF_DELEGATE}`],
});

export async function makeAll(write: CaseWriter): Promise<void> {
  const lqDkim = `${LQ_TENANT}.onmicrosoft.com`;
  const lqEnv = `a.lindqvist@${LQ}`;

  // ---- 1. A tenant without DKIM of its own, through Exclaimer's signature loop ---------------
  {
    const raw = await viaExclaimer(lqMessage(`Robin Reader <${GMAIL_TO}>`));
    const eml = gmail(raw, V6_WEST, lqEnv, [
      gmailDkim(lqDkim, LQ_SEL),
      gArc(LQ, lqDkim, LQ),
      gmailSpf(lqEnv, V6_WEST.ip),
      gmailDmarc(LQ, 'QUARANTINE'),
    ]);
    const about = `Genuine: Lindqvist Avionics' tenant never set up DKIM for ${LQ}, so Exchange signs only d=${lqDkim} (${LQ_SEL}); its outbound connector loops every message through Exclaimer Cloud (${EXCLAIMER.host} [${EXCLAIMER.ip}], Azure), whose return leg EOP records inside the message as "X-MS-Exchange-Authentication-Results: spf=fail (sender IP is ${EXCLAIMER.ip}) … dmarc=none" with CrossTenant AuthAs Anonymous / HybridOnPrem rows, then it is signed again and handed to Gmail over IPv6 from ${V6_WEST.rdns} [${V6_WEST.ip}] (the aerq.com copy's layout). Gmail: dkim=pass for the onmicrosoft.com key, arc=pass, spf=pass, dmarc=pass (p=QUARANTINE) on SPF.`;
    emitCase(write, {
      name: 'w183-gmail-v6-onmicrosoft-only-exclaimer-loop',
      about: `${about} Online. Wanted: never spoofed or suspicious (unverified at worst: some tenant's SPF, not this one's key); the tenant's own internal spf=fail record for Exclaimer's leg is not the reader's provider speaking.`,
      class: 'real-mail',
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: CALM,
      twin: true,
    });
    emitCase(write, {
      name: 'w183-gmail-v6-onmicrosoft-only-exclaimer-loop-offline',
      about: `${about} Offline (no zone): Gmail's record alone. Wanted: never spoofed or suspicious.`,
      class: 'real-mail',
      args: GMAIL,
      eml,
      expect: CALM,
    });
  }
  {
    const raw = await viaExclaimer(lqMessage(`Robin <${BOX_TO}>`));
    emitCase(write, {
      name: 'w183-box-v6-onmicrosoft-only-exclaimer-loop',
      about: `Genuine: the same Lindqvist message (onmicrosoft.com signature only, Exclaimer loop with EOP's internal spf=fail row for ${EXCLAIMER.ip}) to the reader's Postfix box, entering over IPv6 from ${V6_JPN.rdns} [${V6_JPN.ip}] (the entry line written "IPv6:…"), OpenDKIM/OpenDMARC rows pass on SPF. Online. Wanted: never spoofed or suspicious.`,
      class: 'real-mail',
      args: BOX,
      eml: box(raw, V6_JPN, lqEnv, [[lqDkim, LQ_SEL]], LQ),
      zone: ZONE,
      expect: CALM,
    });
  }
  {
    const raw = await viaExclaimer(
      {
        ...lqMessage(`Robin Reader <${YAHOO_TO}>`),
        signer: [QF, 'selector2'],
        org: QF,
        tenantId: QF_ID,
        from: `Tom Aldous <t.aldous@${QF}>`,
        subject: 'Completion statement',
        body: 'Dear Robin,\r\n\r\nthe completion statement is attached; completion is set for Friday.\r\n\r\nTom Aldous\r\nQuayfield Legal\r\n',
        mbx: 'DM6PR08MB5184.namprd08.prod.outlook.com',
        id: 'DM6PR08MB5184C0FFEE183AB12@DM6PR08MB5184.namprd08.prod.outlook.com',
      },
      EXCLAIMER1,
    );
    const eml = yahoo(raw, V4_EUR, `t.aldous@${QF}`, [[QF, 'selector2']], QF, 'REJECT');
    emitCase(write, {
      name: 'w183-yahoo-custom-dkim-exclaimer-loop-offline',
      about: `Genuine: Quayfield Legal (custom DKIM selector2, p=reject) loops its mail through Exclaimer (${EXCLAIMER1.host} [${EXCLAIMER1.ip}]), EOP's internal spf=fail row for that leg inside, then out from ${V4_EUR.rdns} [${V4_EUR.ip}] to Yahoo: dkim=pass d=${QF}, spf=pass, dmarc=pass. Offline: Yahoo's record alone. Wanted: authenticated.`,
      class: 'real-mail',
      args: YAHOO,
      eml,
      expect: AUTHENTICATED,
    });
    emitCase(write, {
      name: 'w183-yahoo-custom-dkim-exclaimer-loop',
      about: 'The same Quayfield Legal message through Exclaimer to Yahoo, online. Wanted: authenticated.',
      class: 'real-mail',
      args: YAHOO,
      eml,
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }

  // ---- 2. A custom-DKIM tenant to another tenant over IPv6 ------------------------------------
  {
    const raw = await outOfTenant({
      from: `Tom Aldous <t.aldous@${QF}>`,
      to: `Robin Reader <${TW_TO}>`,
      subject: 'Lease renewal: heads of terms',
      body: 'Dear Robin,\r\n\r\nthe heads of terms for the renewal are attached for your comments.\r\n\r\nTom Aldous\r\n',
      id: 'DM6PR08MB5185D2E3F4A5B6C7D8E9@DM6PR08MB5185.namprd08.prod.outlook.com',
      signer: [QF, 'selector2'],
      org: QF,
      tenantId: QF_ID,
      mbx: 'DM6PR08MB5185.namprd08.prod.outlook.com',
    });
    const eml = intoTenant(raw, V6_NAM, `t.aldous@${QF}`, QF, QF);
    const about = `Genuine: Quayfield Legal's tenant (selector2, p=reject) to the reader's tenant Tidewater: Microsoft's ARC i=1, the sender's CrossTenant rows (AuthAs Internal, Hosted) at the bottom, handed to the reader's EOP over IPv6 from ${V6_NAM.helo} (${V6_NAM.ip}); EOP's id-less record "spf=pass (sender IP is ${V6_NAM.ip})", dkim=pass, dmarc=pass, compauth=pass reason=100, then the reader's own org rows.`;
    emitCase(write, {
      name: 'w183-outlook-v6-tenant-to-tenant-selector2',
      about: `${about} Online. Wanted: authenticated.`,
      class: 'real-mail',
      args: TENANT,
      eml,
      zone: ZONE,
      expect: AUTHENTICATED,
      twin: true,
    });
    emitCase(write, {
      name: 'w183-outlook-v6-tenant-to-tenant-selector2-offline',
      about: `${about} Offline: EOP's record alone. Wanted: authenticated, or unverified ("go online"), as Outlook offline reads EOP's passes; never a warning.`,
      class: 'real-mail',
      args: TENANT,
      eml,
      expect: OUTLOOK_OFFLINE,
    });
  }

  // ---- 3. A shared mailbox "sent on behalf of" -------------------------------------------------
  {
    const raw = await outOfTenant(
      qfShared(
        `Robin Reader <${GMAIL_TO}>`,
        'Invoice QL-183-07',
        'Dear Robin,\r\n\r\nplease find our invoice QL-183-07 for the lease work attached, payable to the account on our engagement letter.\r\n\r\nPriya Mendes for Quayfield Legal Accounts\r\n',
        'DM6PR08MB5183ACC0UNT5183A1B2@DM6PR08MB5183.namprd08.prod.outlook.com',
      ),
    );
    const env = `p.mendes@${QF}`;
    emitCase(write, {
      name: 'w183-gmail-v6-shared-mailbox-on-behalf',
      about: `Genuine: Priya sends from the accounts@ shared mailbox with Send on Behalf: From "Quayfield Legal Accounts" <accounts@${QF}>, Sender ${QF_DELEGATE} (Gmail shows "${'p.mendes'} on behalf of"), envelope her address, signed d=${QF} selector2, to Gmail over IPv6 from ${V6_JPN.rdns}. Online. Wanted: authenticated (same domain throughout).`,
      class: 'real-mail',
      args: GMAIL,
      eml: gmail(raw, V6_JPN, env, [
        gmailDkim(QF, 'selector2'),
        gArc(QF, QF, QF),
        gmailSpf(env, V6_JPN.ip),
        gmailDmarc(QF, 'REJECT'),
      ]),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }
  {
    // Inside the reader's own tenant: the HR shared mailbox on behalf of a colleague.
    const raw = submitted({
      from: `Tidewater HR <hr@${TW}>`,
      to: `Robin Reader <${TW_TO}>`,
      subject: 'Your December rota',
      date: SENT,
      messageId: '<SA1PR11MB7183HR0183@SA1PR11MB7183.namprd11.prod.outlook.com>',
      body: 'Hi Robin,\r\n\r\nyour December rota is in the HR portal; shout if the 24th clashes.\r\n\r\nSam (for Tidewater HR)\r\n',
      extraHeaders: [`Sender: Sam Okafor <sam.okafor@${TW}>`],
    });
    const eml = exchangeInternal(raw, {
      mailbox: 'SA1PR11MB7183.namprd11.prod.outlook.com',
      mailboxIp: '2603:10b6:806:3a1::18',
      linkLocal: 'fe80::5b7e:2c19:d4a8:1833%6',
      server: 'SA1PR11MB6734.namprd11.prod.outlook.com',
      date: SENT,
      fromDomain: TW,
      tenant: TW_ID,
      returnPath: `sam.okafor@${TW}`,
    });
    const about = `Genuine: inside the reader's own tenant, Sam sends from the HR shared mailbox "on behalf of" (From hr@${TW}, Sender sam.okafor@${TW}); MAPI submission and HTTPS delivery, never through EOP's frontend: EOP's id-less internal record (dkim=none, dmarc=none), AuthAs Internal, FromEntityHeader Hosted.`;
    emitCase(write, {
      name: 'w183-outlook-intra-tenant-shared-mailbox-on-behalf',
      about: `${about} Online. Wanted: never spoofed or suspicious.`,
      class: 'real-mail',
      args: TENANT,
      eml,
      zone: ZONE,
      expect: CALM,
    });
    emitCase(write, {
      name: 'w183-outlook-intra-tenant-shared-mailbox-on-behalf-offline',
      about: `${about} Offline. Wanted: never spoofed or suspicious.`,
      class: 'real-mail',
      args: TENANT,
      eml,
      expect: CALM,
    });
  }

  // ---- 4. Microsoft's own notices ------------------------------------------------------------
  const msNotice = (from: string, domain: string, subject: string, body: string, to: string, id: string) =>
    outOfTenant({
      from,
      to,
      subject,
      body,
      id,
      signer: [domain, 'selector1'],
      org: domain,
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      mbx: 'BY5PR21MB1443.namprd21.prod.outlook.com',
    });
  {
    const d = 'email.microsoftonline.com';
    const raw = await msNotice(
      `"Microsoft Online Services Team" <msonlineservicesteam@${d}>`,
      d,
      'Your Microsoft 365 Business Standard subscription renews on 1 December',
      'Hello Robin,\r\n\r\nyour Microsoft 365 Business Standard subscription renews automatically on 1 December 2026.\r\nManage billing in the Microsoft 365 admin center.\r\n\r\nMicrosoft Online Services Team\r\n',
      `Robin Reader <${GMAIL_TO}>`,
      'BY5PR21MB1443R3N3W183@BY5PR21MB1443.namprd21.prod.outlook.com',
    );
    const env = `msonlineservicesteam@${d}`;
    const eml = gmail(raw, V4_NAM, env, [
      gmailDkim(d, 'selector1'),
      gArc(d, d, d),
      gmailSpf(env, V4_NAM.ip),
      gmailDmarc(d, 'REJECT'),
    ]);
    const about = `Genuine: Microsoft Online Services' renewal notice from msonlineservicesteam@${d} (the sender address public mail filters name), out of Microsoft's own tenant from ${V4_NAM.rdns} [${V4_NAM.ip}], modelled signed d=${d} (NOT confirmed) with Microsoft's ARC; Gmail: dkim, arc, spf, dmarc pass.`;
    emitCase(write, {
      name: 'w183-gmail-email-microsoftonline-renewal',
      about: `${about} Online. Wanted: authenticated (Microsoft's own domain).`,
      class: 'real-mail',
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: AUTHENTICATED,
    });
    emitCase(write, {
      name: 'w183-gmail-email-microsoftonline-renewal-offline',
      about: `${about} Offline. Wanted: authenticated.`,
      class: 'real-mail',
      args: GMAIL,
      eml,
      expect: AUTHENTICATED,
    });
  }
  {
    const d = 'yammer.com';
    const raw = await msNotice(
      `Viva Engage <noreply@${d}>`,
      d,
      'Dana posted in Harbour Ops',
      'Dana Whitfield posted in Harbour Ops:\r\n\r\n"Crane 3 is back in service from Monday."\r\n\r\nView conversation in Viva Engage\r\n',
      `Robin Reader <${YAHOO_TO}>`,
      'BY5PR21MB1443V1VA183@BY5PR21MB1443.namprd21.prod.outlook.com',
    );
    emitCase(write, {
      name: 'w183-yahoo-yammer-viva-engage-notification',
      about: `Genuine: a Viva Engage (formerly Yammer) notification from noreply@${d} (recalled) out of Microsoft's tenant from ${V4_NAM.rdns}, modelled signed d=${d} selector1 (NOT confirmed); Yahoo: dkim=pass, spf=pass, dmarc=pass. Online. Wanted: authenticated.`,
      class: 'real-mail',
      args: YAHOO,
      eml: yahoo(raw, V4_NAM, `noreply@${d}`, [[d, 'selector1']], d, 'REJECT'),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }
  {
    const d = 'email.teams.microsoft.com';
    const raw = await msNotice(
      `Microsoft Teams <noreply@${d}>`,
      d,
      'You have been added to a team in Microsoft Teams',
      'Dana Whitfield added you to the team "Harbour Ops" in Quayfield Legal.\r\n\r\nOpen Microsoft Teams\r\n',
      `Robin Reader <${TW_TO}>`,
      'BY5PR21MB1443T3AM5183@BY5PR21MB1443.namprd21.prod.outlook.com',
    );
    const eml = intoTenant(raw, V6_WEST, `noreply@${d}`, d, d);
    const about = `Genuine: Microsoft Teams' "you have been added" notice from noreply@${d} (as a public message-trace runbook lists it) for a guest in another organisation's team, out of Microsoft's tenant over IPv6 from ${V6_WEST.helo} (${V6_WEST.ip}) into the reader's tenant; EOP: spf=pass, dkim=pass d=${d} (modelled), dmarc=pass, compauth=pass.`;
    emitCase(write, {
      name: 'w183-outlook-v6-teams-added-to-team-offline',
      about: `${about} Offline. Wanted: authenticated, or unverified ("go online") as Outlook offline reads EOP's passes; never a warning.`,
      class: 'real-mail',
      args: TENANT,
      eml,
      expect: OUTLOOK_OFFLINE,
    });
    emitCase(write, {
      name: 'w183-outlook-v6-teams-added-to-team',
      about: `${about} Online. Wanted: authenticated.`,
      class: 'real-mail',
      args: TENANT,
      eml,
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }

  // ---- 4b. Planner, Forms and Bookings notices, offline ---------------------------------------
  {
    const d = 'planner.office365.com';
    const raw = await msNotice(
      `Microsoft on behalf of your organization <noreply@${d}>`,
      d,
      'You have late tasks!',
      'You have 2 late tasks in Harbour Ops.\r\n\r\nOpen in Planner.\r\n',
      `Robin Reader <${YAHOO_TO}>`,
      'BY5PR21MB1443PL4N183@BY5PR21MB1443.namprd21.prod.outlook.com',
    );
    const about = `Genuine: Planner's late-task notice to a guest of a partner's plan, From "Microsoft on behalf of your organization" <noreply@${d}> (realworld102's source), signed d=${d} (modelled), out of Microsoft's tenant from ${V4_NAM.rdns}.`;
    emitCase(write, {
      name: 'w183-yahoo-planner-on-behalf-of-your-organization-offline',
      about: `${about} Yahoo, offline: Yahoo's record alone (dkim, spf, dmarc pass). Wanted: authenticated; "on behalf of your organization" names no desk of the reader's.`,
      class: 'real-mail',
      args: YAHOO,
      eml: yahoo(raw, V4_NAM, `noreply@${d}`, [[d, 'selector1']], d, 'REJECT'),
      expect: AUTHENTICATED,
    });
  }
  {
    const raw = await msNotice(
      'Microsoft Forms <noreply@forms.office.com>',
      'forms.office.com',
      'New response: "Site visit sign-up"',
      'Your form "Site visit sign-up" has a new response.\r\n\r\nView results in Microsoft Forms.\r\n\r\nMicrosoft respects your privacy.\r\n',
      `Robin <${BOX_TO}>`,
      'BY5PR21MB1443F0RM5183@BY5PR21MB1443.namprd21.prod.outlook.com',
    );
    // msNotice signs for the From domain; Forms signs d=office.com (realworld105's model): re-sign.
    const formsRaw = await signAll(raw.replace(/^DKIM-Signature:[^\r]*(?:\r\n[ \t][^\r]*)*\r\n/m, ''), [
      ['office.com', 'selector1'],
    ]);
    emitCase(write, {
      name: 'w183-box-v6-forms-response-notice-offline',
      about: `Genuine: Microsoft Forms' new-response notice to the form's owner at the reader's own box, From "Microsoft Forms" <noreply@forms.office.com>, signed d=office.com (realworld105's model, NOT confirmed), entering over IPv6 from ${V6_WEST.rdns} [${V6_WEST.ip}]; the box's OpenDKIM/OpenDMARC rows pass. Offline (--authserv-id, no zone). Wanted: authenticated.`,
      class: 'real-mail',
      args: BOX,
      eml: box(
        formsRaw,
        V6_WEST,
        'noreply@forms.office.com',
        [['office.com', 'selector1']],
        'forms.office.com',
      ),
      expect: AUTHENTICATED,
    });
  }
  {
    const raw = await outOfTenant({
      from: `Quayfield Legal Consultations <QuayfieldConsultations@${QF}>`,
      to: `Robin Reader <${GMAIL_TO}>`,
      subject: 'Booking confirmed: Initial consultation with Tom Aldous',
      body: 'Hello Robin,\r\n\r\nyour booking is confirmed: Initial consultation with Tom Aldous, Tuesday 24 November, 10:00.\r\n\r\nManage booking\r\n\r\nQuayfield Legal Consultations\r\n',
      id: 'DM6PR08MB5187B00K183@DM6PR08MB5187.namprd08.prod.outlook.com',
      signer: [QF, 'selector2'],
      org: QF,
      tenantId: QF_ID,
      mbx: 'DM6PR08MB5187.namprd08.prod.outlook.com',
    });
    const env = `QuayfieldConsultations@${QF}`;
    emitCase(write, {
      name: 'w183-gmail-v6-bookings-confirmation-offline',
      about: `Genuine: a Microsoft Bookings confirmation from the booking page's scheduling mailbox (QuayfieldConsultations@${QF}, realworld102's sources), signed selector2 for ${QF}, Microsoft's ARC, to Gmail over IPv6 from ${V6_JPN.rdns}. Offline: Gmail's record alone. Wanted: authenticated.`,
      class: 'real-mail',
      args: GMAIL,
      eml: gmail(raw, V6_JPN, env, [
        gmailDkim(QF, 'selector2'),
        gArc(QF, QF, QF),
        gmailSpf(env, V6_JPN.ip),
        gmailDmarc(QF, 'REJECT'),
      ]),
      expect: AUTHENTICATED,
    });
  }

  // ---- 4c. Attack twin: another tenant writing as Lindqvist, who signs only as its own tenant ---
  {
    const rogue = 'lindqvistaviation';
    const raw = await outOfTenant({
      ...lqMessage(`Robin Reader <${GMAIL_TO}>`),
      subject: 'Re: Harness drawings rev C: new remittance details',
      body: 'Robin,\r\n\r\nbefore you pay invoice LQ-183-44, note our bank changed: IBAN XX00 0000 1830 4471 22.\r\n\r\nAlban Lindqvist\r\n',
      signer: [`${rogue}.onmicrosoft.com`, `selector1-${rogue}-onmicrosoft-com`],
      tenantId: '0d1e2f3a-4b5c-4d6e-8f70-183a9b8c7d6e',
      mbx: 'DB9PR10MB4183.eurprd10.prod.outlook.com',
    });
    const eml = gmail(raw, V6_WEST, lqEnv, [
      gmailDkim(`${rogue}.onmicrosoft.com`, `selector1-${rogue}-onmicrosoft-com`),
      gArc(LQ, `${rogue}.onmicrosoft.com`, LQ),
      gmailSpf(lqEnv, V6_WEST.ip),
      gmailDmarc(LQ, 'QUARANTINE'),
    ]);
    const about = `Attack twin of the Lindqvist cases: a trial tenant "${rogue}" sends as ${lqEnv} (its outbound lets the envelope and From through: HeaderLens cannot count on Exchange's 5.7.750 block), signed only by its own d=${rogue}.onmicrosoft.com, from the same Microsoft relays; SPF passes through include:spf.protection.outlook.com, so Gmail records dmarc=pass (p=QUARANTINE). Nothing of Lindqvist's own ties it to Lindqvist's tenant.`;
    emitCase(write, {
      name: 'w183-gmail-v6-other-tenant-as-onmicrosoft-only-firm-attack-twin',
      about: `${about} Online. Wanted: not authenticated (unverified: the shared include proves only "some tenant").`,
      class: 'red-team',
      args: GMAIL,
      eml,
      zone: { ...ZONE, ...tenantKey(rogue, `selector1-${rogue}-onmicrosoft-com`) },
      expect: { notVerdict: ['authenticated'] },
    });
    emitCase(write, {
      name: 'w183-gmail-v6-other-tenant-as-onmicrosoft-only-firm-attack-twin-offline',
      about: `${about} Offline: Gmail's record alone (dkim=pass for ${rogue}.onmicrosoft.com, spf=pass, dmarc=pass) and the entry from Microsoft 365's relay. Wanted: not authenticated, as online.`,
      class: 'red-team',
      args: GMAIL,
      eml,
      expect: { notVerdict: ['authenticated'] },
    });
  }

  // ---- 5. Forwarded by Microsoft 365 ----------------------------------------------------------
  /** What the reader's tenant received (EOP's entry for `relay`), as it forwards it on. */
  const receivedByTenant = (raw: string, relay: Relay, mailfrom: string, from: string, dkim: string) =>
    onTop(
      raw,
      `Received: from BL02EPF00029183.namprd02.prod.outlook.com\r\n (2603:10b6:208:2b9:cafe::83) by BL1PR13CA0183.outlook.office365.com\r\n (2603:10b6:208:2b9::18) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.13 via Frontend\r\n Transport; ${SENT}`,
      `Authentication-Results: spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${mailfrom}; dkim=${dkim};dmarc=${from === mailfrom || dkim.startsWith('pass') ? 'pass' : 'none'} action=none\r\n header.from=${from};compauth=pass reason=${dkim.startsWith('pass') ? '100' : '109'}`,
      `Received: from ${relay.helo} (${relay.ip}) by\r\n BL02EPF00029183.mail.protection.outlook.com (10.167.249.83) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; ${SENT}`,
    );
  const forwardRows = (mailbox: string) => [
    `X-ExternalRecipientOutboundConnectors: ${TW_ID}`,
    `X-MS-Exchange-ForwardingLoop: ${mailbox};${TW_ID}`,
    'X-OriginatorOrg: tidewater.example',
    `X-MS-Exchange-CrossTenant-Id: ${TW_ID}`,
    'X-MS-Exchange-CrossTenant-FromEntityHeader: Internet',
  ];
  const BANK_RELAY: Relay = { helo: `mail.${BANK}`, rdns: `mail.${BANK}`, ip: '192.0.2.10' };
  const SUP_RELAY: Relay = { helo: `mail.${SUPPLIER}`, rdns: `mail.${SUPPLIER}`, ip: '198.51.100.183' };
  {
    const original = await signAll(
      submitted({
        from: `Northbank <alerts@${BANK}>`,
        to: `Robin Reader <${TW_TO}>`,
        subject: 'Your November statement is ready',
        date: 'Fri, 20 Nov 2026 09:59:50 +0000',
        messageId: `<stmt-183-5521@${BANK}>`,
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n',
      }),
      [[BANK, 'nb1']],
    );
    const inTenant = receivedByTenant(
      original,
      BANK_RELAY,
      BANK,
      BANK,
      `pass (signature was verified)\r\n header.d=${BANK}`,
    );
    const forwarded = await sealCorpus(appendHeaders(inTenant, ...forwardRows(TW_TO)), {
      domain: 'microsoft.com',
      selector: 'arcselector9901',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is 192.0.2.10) smtp.rcpttodomain=gmail.com smtp.mailfrom=${BANK}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${BANK}; dkim=pass (signature was verified) header.d=${BANK}; arc=none (0)`,
    });
    const withHops = onTop(forwarded, ...senderTenantHops('PH7PR11MB8183'));
    const env = `bounces+SRS=Hk2pQ=TZ=${BANK}=alerts@${TW}`;
    const eml = gmail(withHops, V6_NAM, env, [
      gmailDkim(BANK, 'nb1'),
      gArc(BANK, BANK, BANK),
      gmailSpf(env, V6_NAM.ip),
      gmailDmarc(BANK, 'REJECT'),
    ]);
    const about = `Genuine: the bank's signed statement notice reaches the reader's work mailbox (Tidewater's tenant, EOP records pass), whose inbox rule forwards it to the reader's Gmail: Exchange's SRS envelope ${env}, X-MS-Exchange-ForwardingLoop and X-ExternalRecipientOutboundConnectors rows, microsoft.com's ARC i=1 recording the bank's passes, out over IPv6 from ${V6_NAM.rdns}. Gmail: dkim=pass d=${BANK}, arc=pass, spf=pass for the SRS envelope, dmarc=pass (p=REJECT).`;
    emitCase(write, {
      name: 'w183-gmail-v6-inbox-rule-forward-bank-notice',
      about: `${about} Online. Wanted: authenticated (the bank's own signature survives the forward).`,
      class: 'real-mail',
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: AUTHENTICATED,
    });
    emitCase(write, {
      name: 'w183-gmail-v6-inbox-rule-forward-bank-notice-offline',
      about: `${about} Offline. Wanted: authenticated.`,
      class: 'real-mail',
      args: GMAIL,
      eml,
      expect: AUTHENTICATED,
    });
  }
  {
    // An SPF-only supplier (p=none) forwarded the same way: its alignment cannot survive.
    const original = submitted({
      from: `Bramblecote Joinery <office@${SUPPLIER}>`,
      to: `Robin Reader <${TW_TO}>`,
      subject: 'Quote for the reception desk',
      date: 'Fri, 20 Nov 2026 09:59:50 +0000',
      messageId: `<quote-183-0912@${SUPPLIER}>`,
      body: 'Hello Robin,\r\n\r\nour quote for the reception desk is attached; lead time four weeks.\r\n\r\nBramblecote Joinery\r\n',
    });
    const inTenant = receivedByTenant(
      original,
      SUP_RELAY,
      SUPPLIER,
      SUPPLIER,
      'none (message not signed)\r\n header.d=none',
    );
    const forwarded = await sealCorpus(appendHeaders(inTenant, ...forwardRows(TW_TO)), {
      domain: 'microsoft.com',
      selector: 'arcselector9901',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${SUP_RELAY.ip}) smtp.rcpttodomain=gmail.com smtp.mailfrom=${SUPPLIER}; dmarc=pass (p=none sp=none pct=100) action=none header.from=${SUPPLIER}; dkim=none (message not signed); arc=none (0)`,
    });
    const withHops = onTop(forwarded, ...senderTenantHops('PH7PR11MB8184'));
    const env = `bounces+SRS=Qm7tA=TZ=${SUPPLIER}=office@${TW}`;
    emitCase(write, {
      name: 'w183-gmail-v6-inbox-rule-forward-spf-only-supplier',
      about: `Genuine: a small joinery's unsigned, SPF-only quote (p=none) that the reader's tenant received with spf=pass and forwards by inbox rule to Gmail (SRS envelope ${env}, microsoft.com's ARC i=1 recording spf=pass and dmarc=pass, over IPv6 from ${V6_NAM.rdns}). Gmail: arc=pass, spf=pass for the tenant's SRS envelope, dkim=none, dmarc=fail (p=NONE). Online. Wanted: never spoofed (p=none, and the forwarding tenant's seal explains the break); unverified is the honest reading.`,
      class: 'real-mail',
      args: GMAIL,
      eml: gmail(withHops, V6_NAM, env, [
        `arc=pass (i=1 spf=pass spfdomain=${SUPPLIER} dmarc=pass fromdomain=${SUPPLIER});`,
        gmailSpf(env, V6_NAM.ip),
        gmailDmarc(SUPPLIER, 'NONE', 'fail'),
      ]),
      zone: ZONE,
      expect: { notVerdict: ['spoofed'] },
    });
  }
  {
    // The reader's tenant redirects (transport rule) a partner's signed mail to the reader's own box.
    const original = await signAll(
      submitted({
        from: `Tom Aldous <t.aldous@${QF}>`,
        to: `Robin Reader <${TW_TO}>`,
        subject: 'Signed lease, counterpart 2',
        date: 'Fri, 20 Nov 2026 09:59:50 +0000',
        messageId: '<DM6PR08MB5186LEASE183@DM6PR08MB5186.namprd08.prod.outlook.com>',
        body: 'Dear Robin,\r\n\r\ncounterpart 2 of the signed lease is attached for your records.\r\n\r\nTom Aldous\r\n',
      }),
      [[QF, 'selector2']],
    );
    const inTenant = receivedByTenant(
      original,
      V6_WEST,
      QF,
      QF,
      `pass (signature was verified)\r\n header.d=${QF}`,
    );
    const redirected = await sealCorpus(
      appendHeaders(
        inTenant,
        'X-MS-Exchange-Transport-Rules-Loop: 1',
        'X-MS-Exchange-Organization-Redirection: Redirect to personal archive',
        ...forwardRows(TW_TO).slice(2),
      ),
      {
        domain: 'microsoft.com',
        selector: 'arcselector9901',
        cv: 'none',
        authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${V6_WEST.ip}) smtp.rcpttodomain=${FIRM} smtp.mailfrom=${QF}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${QF}; dkim=pass (signature was verified) header.d=${QF}; arc=none (0)`,
      },
    );
    const withHops = onTop(redirected, ...senderTenantHops('PH7PR11MB8185'));
    const env = `bounces+SRS=Zr4kW=TZ=${QF}=t.aldous@${TW}`;
    emitCase(write, {
      name: 'w183-box-v4-transport-rule-redirect-partner',
      about: `Genuine: the reader's tenant redirects (mail-flow rule "Redirect the message to") a partner's signed lease mail to the reader's own Postfix box: SRS envelope ${env}, Transport-Rules-Loop, microsoft.com's ARC i=1 recording the partner's passes, out from ${V4_NAM.rdns} [${V4_NAM.ip}]. The box: dkim=pass d=${QF}, arc=pass, spf=pass for the SRS envelope, dmarc=pass. Online. Wanted: authenticated.`,
      class: 'real-mail',
      args: BOX,
      eml: box(withHops, V4_NAM, env, [[QF, 'selector2']], QF, true),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }
}

// Every genuine case reads as wanted (none spoofed, none suspicious). One attack twin is pending:
// w183-gmail-v6-other-tenant-as-onmicrosoft-only-firm-attack-twin-offline reads **authenticated**
// ("This message really comes from lindqvist-avionics.example: according to your provider's checks,
// sent through Microsoft 365"; offline-mode:info only), where its online reading is unverified
// (dkim-unaligned:info, "Only Microsoft 365's shared SPF … vouches for lindqvist-avionics.example").
// Wanted: unverified offline too. Offline, the genuine Lindqvist message
// (w183-gmail-v6-onmicrosoft-only-exclaimer-loop-offline) and this other tenant's message are the
// same to HeaderLens: Gmail's dmarc=pass on an SPF pass through Microsoft 365's shared include, a
// DKIM pass only for some `<tenant>.onmicrosoft.com`, the entry from Microsoft 365's relay.
// At fault: lib/findings/auth-state.ts sharedSpfPass, whose first guard returns null unless
// `a.mode === 'online'`, so sharedSpfPlatform / sharedSpfOnly (read by lib/findings/verdict.ts's
// dmarc-pass row) never speak offline. Smallest fix: offline, let the function's existing relay
// branch run: when the provider's record (a.provider, already trusted offline) shows spf=pass and
// dmarc=pass for the From domain, and the entry relay is a shared platform's (`a.origin.esp` in
// SHARED_PLATFORMS, not the platform's own mail by the `ownMail` test), return { record:
// platform's name, owner }; sharedSpfPlatform's existing exits already keep an aligned DKIM pass
// in the provider's record (a.provider.dkim, read offline) authenticated. Also let googleTenantSigns
// read a.provider.dkim offline, so Workspace's default gappssmtp signature of the owner still counts.
// Adversarial Microsoft cases stay caught: the change only lowers authenticated to unverified.
// Genuine mail it moves: offline reads of tenants and hosted-mail customers with no DKIM of their
// own (this round's Lindqvist offline case, which allows it; any earlier offline legit case that
// expects "authenticated" for an onmicrosoft-only tenant or a Fastmail/Proton/iCloud/GoDaddy
// customer without DKIM, e.g. in realworld47/57/59/60/63/124/135/171/177, must be re-read by the
// lead: the make/CI run was not allowed here).
// Fixed on 2026-12-07 at 07:5x, as proposed: offline, the provider's SPF pass for an envelope
// aligned with the From, beside its dmarc=pass, from a shared platform's relay is the platform's
// shared SPF (lib/findings/auth-state.ts sharedSpfPass, providerAlignedSpfPass), so without the
// From's own signature it reads unverified, as online. Offline Microsoft 365 tenants signing only
// with their onmicrosoft.com key now read unverified too (w182's com.be bakery, w183's Exclaimer loop).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
