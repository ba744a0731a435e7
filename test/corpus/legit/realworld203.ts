// Real-world delivery shapes, two-hundred-and-third round: Microsoft 365 as users meet it most, read
// online (a zone) and OFFLINE (no zone) in Gmail, Outlook (Exchange Online), Yahoo and self-hosted
// boxes (rspamd, amavisd-new, OpenDKIM):
// - Outlook.com / Hotmail consumer mail: d=outlook.com / d=hotmail.com s=selector1 (p=none), the
//   consumer relays `…-obe.outbound.protection.outlook.com (mail-…olkn20xx…[40.92.x.x])`, and
//   Microsoft's own outbound ARC i=1 whose record for a consumer says nothing (`spf=none;
//   dmarc=none; dkim=none; arc=none`), to a box, Gmail and another tenant.
// - Hybrid Exchange: an on-premises Exchange relaying through the tenant's inbound connector to
//   Exchange Online and out (X-MS-Exchange-CrossTenant-FromEntityHeader: HybridOnPrem,
//   …-OriginalAttributedTenantConnectingIp, X-MS-Exchange-Authentication-Results on the inbound
//   side), signed by the tenant's selector1 or only its onmicrosoft.com key (SPF aligned), p=quarantine.
// - Mail forwarded by a Microsoft 365 tenant: an inbox rule forwarding a p=reject partner's signed
//   mail to Gmail (its DKIM survives), SMTP forwarding of an SPF-only p=quarantine sender to Gmail
//   (dmarc=fail with arc=pass), a transport-rule redirect of a p=none sender to Outlook.com.
// - Notifications: Bookings confirmations from a booking mailbox (own key; onmicrosoft.com only),
//   a Planner notification ("Microsoft on behalf of your organization" <noreply@planner.office365.com>).
// - Automatic mail: an out-of-office read inside the tenant and on an rspamd box (null envelope), a
//   non-delivery report read inside the tenant ("Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@…>).
// - Tenant to tenant: a p=none partner tenant signing only with its onmicrosoft.com key read in
//   Outlook (compauth=pass reason=100), a shared mailbox's send on behalf on an amavisd-new box.
// Where the layouts were learnt (find_string / read_file; ids are the index's file ids):
// - Outlook.com consumer, Dec 2024 (id 26779246769, a bpf@vger post through subspace): `Received:
//   from AUS01-ME3-obe.outbound.protection.outlook.com (mail-me3aus01olkn2050.outbound.protection.
//   outlook.com [40.92.63.50])`, `ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com;
//   cv=none`, `ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none; dkim=none;
//   arc=none`, `DKIM-Signature: … d=outlook.com; s=selector1; h=From:Date:Subject:Message-ID:
//   Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck`, the mailbox hops `… by …AUSP282.PROD.
//   OUTLOOK.COM (2603:10c6:…) with Microsoft SMTP Server` and `with mapi`, X-ClientProxiedBy,
//   X-Microsoft-Original-Message-ID, `X-OriginatorOrg: outlook.com`, X-MS-Exchange-CrossTenant-Id
//   84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa, and subspace's `dmarc=pass (p=none dis=none)
//   header.from=outlook.com`. Other consumer relays: find_string "olkn20" (ids 11325491759
//   EUR05-DB8-obe / 40.92.89.62, 518770244, 21659579759).
// - Hybrid, Oct 2025 (id 36030801158, an amd.com patch): the on-premises hops `from SATLEXMB04.amd.com
//   (10.181.40.145) by satlexmb08.amd.com … id 15.2.2562.17`, the entry `from satlexmb08.amd.com
//   (165.204.84.17) by BL6PEPF00022574.mail.protection.outlook.com (10.167.249.42)`, Received-SPF
//   with `helo=`, `X-MS-Exchange-Authentication-Results: spf=pass (sender IP is …) smtp.mailfrom=…;
//   dkim=none (message not signed) header.d=none;dmarc=pass action=none header.from=…;`, the tenant's
//   selector1 field signed after those hops, Microsoft's i=1 record `mx.microsoft.com 1; spf=pass
//   (sender ip is 165.204.84.17) smtp.rcpttodomain=… smtp.mailfrom=amd.com; dmarc=pass
//   (p=quarantine sp=quarantine pct=100) action=none header.from=amd.com; dkim=none (message not
//   signed); arc=none (0)`, the relay `SN4PR2101CU001.outbound.protection.outlook.com
//   (mail-southcentralusazon11012036.outbound.protection.outlook.com [40.93.195.36])`, the bottom rows
//   `Received-SPF: None (SATLEXMB04…)`, X-EOPAttributedMessage, …-OriginalAttributedTenantConnectingIp,
//   …-FromEntityHeader: HybridOnPrem (also ids 6719350733, 42268707053; ti.com's selector1 under
//   HybridOnPrem, id 67651996373).
// - Planner's sender: "Microsoft Planner" <noreply@Planner.Office365.com> (Graph message samples,
//   ids 5882057144, 3974475196) and "Microsoft on behalf of your organization"
//   <noreply@planner.office365.com> (id 71164793916). The NDR sender "Microsoft Outlook"
//   <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<tenant domain>> with "Undeliverable:" subjects
//   (ids 14003615012, 61252211190, 70367537999).
// - Exchange Online's outbound layout, EOP's delivery and results, Gmail's and Yahoo's, the SRS
//   envelope `bounces+SRS=…@tenant`, intra-organisation delivery: the kit (receivers.ts,
//   m365-shapes.ts) and realworld192.ts / realworld202.ts; rspamd's one header with header.b and
//   `arc=pass ("…:s=…:i=1")`, amavisd-new's domain-only rows, OpenDKIM's rows: realworld201/202.ts.
// NOT confirmed (modelled): Bookings' header set (From the booking mailbox of the tenant's domain,
// signed as any tenant mail); which domain signs Planner's notifications (d=planner.office365.com
// s=selector1 here, SPF through Microsoft 365's include, DMARC p=reject at office365.com);
// hotmail.com's and outlook.com's real SPF (several includes; modelled as Microsoft 365's include,
// ~all); the NDR's delivery hops inside the tenant (one HTTPS hop); Outlook.com's inbound header for
// a redirected message (modelled as EOP's id-less results); Gmail's arc= row for a direct Microsoft
// 365 delivery. Forms notifications are not modelled (no raw copy of their sender found). A hybrid
// message leaving Exchange Online with no DKIM-Signature at all was modelled first and dropped: both
// hybrid captures (16735356323, 36030801158) carry the firm's own selector1, and Exchange Online signs
// with the tenant's onmicrosoft.com key when the domain has none (lib/findings/platform-unsigned.ts,
// which reads such a message suspicious, rightly as far as the evidence goes). Names and
// addresses are documentation ones except Microsoft's, Google's and Yahoo's own hosts and ranges.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendHeaders, tagSubject } from '../edits';
import { sealAs } from '../gateway-layouts';
import { emitCase, legitCorpus, ptr, RECEIVER, type Relay, SIGNED, signAll } from '../kit';
import { keyZone } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, exchangeInternal, gmailDelivery, yahooDelivery } from '../receivers';

const BOX = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];

/** Genuine mail a user should trust: authenticated or unverified, never a warning. */
const TRUST: CaseExpectation = { verdict: ['authenticated', 'unverified'] };

// ---- Microsoft's relays (consumer olkn, enterprise obe, Azure-named) and seal keys ----
const OLKN: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05olkn2062.outbound.protection.outlook.com',
  ip: '40.92.89.62',
};
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const AZN: Relay = {
  helo: 'SN4PR2101CU001.outbound.protection.outlook.com',
  rdns: 'mail-southcentralusazon11012036.outbound.protection.outlook.com',
  ip: '40.93.195.36',
};
/** Another tenant's outbound relay (realworld193's EUR05-AM6-obe). */
const AM6: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05on2072.outbound.protection.outlook.com',
  ip: '40.107.22.72',
};
const MS_ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  ...ptr(AM6.ip, AM6.rdns),
  ...ptr(OLKN.ip, OLKN.rdns),
  ...ptr(EUR.ip, EUR.rdns),
  ...ptr(AZN.ip, AZN.rdns),
  ...keyZone(['arcselector10001._domainkey.microsoft.com']),
};

// ---- The senders ----
/** Consumers: outlook.com and hotmail.com, selector1, p=none. */
const consumerZone = (d: string) => ({
  [d]: { TXT: ['v=spf1 include:spf.protection.outlook.com ~all'] },
  [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=none; pct=100; rua=mailto:d@rua.agari.com`] },
  ...keyZone([`selector1._domainkey.${d}`]),
});
/** A hybrid firm: on-premises Exchange at 198.51.100.17 plus Microsoft 365, selector1, p=quarantine. */
const HY = 'calder-instruments.example';
const HY_GW: Relay = { helo: `exgw02.${HY}`, rdns: `exgw02.${HY}`, ip: '198.51.100.17' };
const HY_TENANT = '6c1f0e2d-4b3a-4c59-8d7e-0f1a2b3c4d5e';
const HY_T = 'calderinstruments';
const HY_SEL = `selector1-${HY.replace(/\./g, '-')}`;
/** A firm on Microsoft 365 with its own key, p=reject (Bookings, OOF, send on behalf). */
const FIRM = 'harbour-physio.example';
/** A tenant without its own DKIM (onmicrosoft.com only), p=none. */
const LOOM = 'loomis-tutoring.example';
const LOOM_T = 'loomistutoring';
const LOOM_SEL = `selector1-${LOOM.replace(/\./g, '-')}`;
/** The forwarding tenant (a law firm), p=quarantine, and its partners. */
const TENANT = 'contoso-legal.example';
const PARTNER = 'orwell-freight.example';
const PARTNER_RELAY: Relay = { helo: `mail.${PARTNER}`, rdns: `mail.${PARTNER}`, ip: '203.0.113.61' };
const SURVEY = 'lindqvist-surveys.example';
const SURVEY_RELAY: Relay = { helo: `mail.${SURVEY}`, rdns: `mail.${SURVEY}`, ip: '203.0.113.73' };
const PRINT = 'hollin-print.example';
const PRINT_RELAY: Relay = { helo: `mail.${PRINT}`, rdns: `mail.${PRINT}`, ip: '203.0.113.79' };
const PLANNER = 'planner.office365.com';
/** A partner tenant without its own DKIM, p=quarantine. */
const TAIL = 'tailspin-partners.example';
const TAIL_T = 'tailspinpartners';
const TAIL_SEL = `selector1-${TAIL.replace(/\./g, '-')}`;

const policyZone = (d: string, policy: string, spf: string) => ({
  [d]: { TXT: [spf] },
  [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${policy}; rua=mailto:dmarc@${d}`] },
});
const M365_INCLUDE = 'v=spf1 include:spf.protection.outlook.com -all';

const ZONE: Record<string, unknown> = {
  ...MS_ZONE,
  ...consumerZone('outlook.com'),
  ...consumerZone('hotmail.com'),
  ...policyZone(HY, 'quarantine', `v=spf1 ip4:${HY_GW.ip} include:spf.protection.outlook.com -all`),
  ...ptr(HY_GW.ip, HY_GW.rdns),
  ...keyZone([`selector1._domainkey.${HY}`, `${HY_SEL}._domainkey.${HY_T}.onmicrosoft.com`]),
  ...policyZone(FIRM, 'reject', M365_INCLUDE),
  ...keyZone([`selector1._domainkey.${FIRM}`, `selector2._domainkey.${FIRM}`]),
  ...policyZone(LOOM, 'none', M365_INCLUDE),
  ...keyZone([`${LOOM_SEL}._domainkey.${LOOM_T}.onmicrosoft.com`]),
  ...policyZone(TENANT, 'quarantine', M365_INCLUDE),
  ...policyZone(PARTNER, 'reject', `v=spf1 ip4:${PARTNER_RELAY.ip} -all`),
  ...ptr(PARTNER_RELAY.ip, PARTNER_RELAY.rdns),
  ...keyZone([`s1._domainkey.${PARTNER}`]),
  ...policyZone(SURVEY, 'quarantine', `v=spf1 ip4:${SURVEY_RELAY.ip} -all`),
  ...ptr(SURVEY_RELAY.ip, SURVEY_RELAY.rdns),
  ...policyZone(PRINT, 'none', `v=spf1 ip4:${PRINT_RELAY.ip} -all`),
  ...ptr(PRINT_RELAY.ip, PRINT_RELAY.rdns),
  ...policyZone(TAIL, 'quarantine', M365_INCLUDE),
  ...keyZone([`${TAIL_SEL}._domainkey.${TAIL_T}.onmicrosoft.com`]),
  [PLANNER]: { TXT: [M365_INCLUDE] },
  // The relay's HELO name, as a box checking SPF on the HELO of a null-envelope reply finds it (modelled).
  [EUR.helo]: { TXT: [M365_INCLUDE] },
  '_dmarc.office365.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
  ...keyZone([`selector1._domainkey.${PLANNER}`]),
};

/** The fields Exchange Online's DKIM signer covers (the captures' h=). */
const EXO_H = ['from', 'date', 'subject', 'message-id', 'content-type', 'mime-version'];

/** The first `n` characters of the b= of `raw`'s DKIM-Signature for `domain` (what boxes quote as header.b). */
function bOf(raw: string, domain: string, n = 8): string {
  const fields = raw.split(/\r\n(?![ \t])/).filter((f) => /^DKIM-Signature:/i.test(f));
  const f = fields.find((x) =>
    new RegExp(`\\bd=${domain.replace(/\./g, '\\.')};`, 'i').test(x.replace(/\s+/g, '')),
  );
  const m = f?.replace(/\s+/g, '').match(/;b=([^;]+)/);
  if (!m) throw new Error(`no DKIM-Signature for ${domain}`);
  return (m[1] ?? '').slice(0, n);
}

/** Microsoft's outbound seal (i=1, microsoft.com, arcselector10001) over `raw` with `record`. */
const msSeal = (raw: string, record: string, cv: 'none' | 'pass' = 'none') =>
  sealAs(raw, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv,
    authResults: `mx.microsoft.com 1; ${record}`,
  });

/** An Outlook.com / Hotmail user's message as Exchange Online sends it (capture 26779246769). */
async function consumerMessage(o: {
  domain: 'outlook.com' | 'hotmail.com';
  user: string;
  name: string;
  to: string;
  subject: string;
  body: string;
  mbx: string;
}): Promise<string> {
  const host = `${o.mbx}.EURP194.PROD.OUTLOOK.COM`;
  const raw = submitted({
    from: `${o.name} <${o.user}@${o.domain}>`,
    to: o.to,
    subject: o.subject,
    date: 'Fri, 20 Nov 2026 10:59:52 +0100',
    messageId: `<${o.mbx}${o.subject.length}W203@${host}>`,
    extraHeaders: [
      `X-ClientProxiedBy: LO4P123CA0412.GBRP123.PROD.OUTLOOK.COM\r\n (2603:10a6:600:18b::21) To ${host}\r\n (2603:10a6:20b:5a1::9)`,
      `X-Microsoft-Original-Message-ID:\r\n <${o.subject.length}c4e1b2a-w203-4f7e-9d1c-${o.mbx.toLowerCase()}@${o.domain}>`,
      'X-MS-Exchange-MessageSentRepresentingType: 1',
      'X-MS-PublicTrafficType: Email',
      `X-OriginatorOrg: ${o.domain}`,
      `X-MS-Exchange-CrossTenant-AuthSource: ${host}`,
      'X-MS-Exchange-CrossTenant-AuthAs: Internal',
      'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
      'X-MS-Exchange-CrossTenant-Id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa',
    ],
    body: o.body,
  });
  const hops = onTop(
    raw,
    `Received: from ${host} (2603:10a6:20b:5a1::9) by\r\n AS8P194MB1622.EURP194.PROD.OUTLOOK.COM (2603:10a6:20b:3c4::14) with Microsoft\r\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.8293.9; Fri, 20 Nov 2026 09:59:54 +0000`,
    `Received: from ${host}\r\n ([fe80::6174:52de:9210:9165]) by ${host}\r\n ([fe80::6174:52de:9210:9165%6]) with mapi id 15.20.8293.000; Fri, 20 Nov 2026\r\n 09:59:54 +0000`,
  );
  const signed = await signAll(hops, [[o.domain, 'selector1']], [...EXO_H, 'x-ms-exchange-senderadcheck']);
  return msSeal(signed, 'spf=none; dmarc=none;\r\n dkim=none; arc=none');
}

/** Exchange's organisation fields a tenant's outbound message carries at the bottom. */
const tenantBottom = (domain: string, mailbox: string) => [
  'X-MS-PublicTrafficType: Email',
  'X-MS-Exchange-SenderADCheck: 1',
  `X-OriginatorOrg: ${domain}`,
  `X-MS-Exchange-CrossTenant-AuthSource: ${mailbox}.namprd08.prod.outlook.com`,
  'X-MS-Exchange-CrossTenant-AuthAs: Internal',
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
  'X-MS-Exchange-CrossTenant-MailboxType: HOSTED',
];

/** A tenant user's message as Exchange Online sends it: signed by `signer`, its hops, Microsoft's seal. */
async function tenantMessage(o: {
  from: string;
  to: string;
  subject: string;
  body: string;
  domain: string;
  signer: [string, string];
  extra?: string[];
  contentType?: string;
  mailbox?: string;
  dkimNote: string;
}): Promise<string> {
  const mailbox = o.mailbox ?? 'DM6PR08MB5580';
  let raw = submitted({
    from: o.from,
    to: o.to,
    subject: o.subject,
    messageId: `<${mailbox}${o.subject.length}W203@${mailbox}.namprd08.prod.outlook.com>`,
    extraHeaders: [...(o.extra ?? []), ...tenantBottom(o.domain, mailbox)],
    body: o.body,
  });
  if (o.contentType) raw = raw.replace('Content-Type: text/plain; charset=utf-8', o.contentType);
  raw = await signAll(raw, [o.signer], EXO_H);
  raw = onTop(raw, ...senderTenantHops(mailbox));
  // The record Exchange Online writes on a tenant's own outbound mail (capture 67655008958, realworld202.ts).
  return msSeal(
    raw,
    `spf=pass\r\n smtp.mailfrom=${o.domain}; dmarc=pass action=none\r\n header.from=${o.domain}; ${o.dkimNote}; arc=none`,
  );
}

/** The reader's Postfix box: its entry line for `relay`, Dovecot's LMTP line, `results` between. */
const boxDelivery = (
  raw: string,
  relay: Relay,
  env: string,
  results: string[],
  id: string,
  bottom: string[] = [],
) =>
  onTop(
    bottom.length ? appendHeaders(raw, ...bottom) : raw,
    `Return-Path: <${env}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid 2e+qIklrM2ptAwYAW203bx\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 11:00:09 +0100`,
    ...results,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 11:00:08 +0100 (CET)`,
  );
/** rspamd's one header (rows folded with a tab) and its trailer at the bottom (queue id `id`). */
const rspamd = (raw: string, relay: Relay, env: string, rows: string[], id: string) =>
  boxDelivery(raw, relay, env, [`Authentication-Results: ${RECEIVER};\r\n\t${rows.join(';\r\n\t')}`], id, [
    'X-Rspamd-Action: no action',
    `X-Rspamd-Server: ${RECEIVER.split('.')[0]}`,
    `X-Rspamd-Queue-Id: ${id}`,
  ]);
const rspamdSpf = (env: string, ip: string) =>
  `spf=pass (${RECEIVER}: domain of "${env}" designates ${ip} as permitted sender) smtp.mailfrom="${env}"`;
/** amavisd-new's domain-only DKIM row and the SPF and DMARC milters' own headers. */
const amavis = (d: string, from: string, policy: string, envDomain: string) => [
  `X-Virus-Scanned: Debian amavisd-new at ${RECEIVER}`,
  `Authentication-Results: ${RECEIVER} (amavisd-new); dkim=pass (2048-bit key)\r\n header.d=${d}`,
  `Authentication-Results: ${RECEIVER}; dmarc=pass (p=${policy} dis=none) header.from=${from}`,
  `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${envDomain}`,
];

/** The tenant's SRS envelope on a forward of `env`. */
const srs = (env: string) => {
  const [local, domain] = env.split('@');
  return `bounces+SRS=Wq7Tz=TT=${domain}=${local}@${TENANT}`;
};

/**
 * The law firm's tenant received `raw` from `relay` (EOP's id-less results and its entry, one
 * internal hop) and forwards it: Exchange Online seals i=1 as microsoft.com with what EOP found.
 */
async function tenantForward(
  raw: string,
  o: {
    relay: Relay;
    domain: string;
    policy: string;
    dkim: string;
    sealDkim: string;
    rcptDomain: string;
    /** The chain found on arrival (a sender's own Microsoft seal): i=2 then, cv=pass, arc=pass. */
    cv?: 'none' | 'pass';
    /** A transport rule's change after EOP's checks, before the seal (a Subject tag). */
    edit?: (raw: string) => string;
  },
): Promise<string> {
  const arrived = onTop(
    raw,
    `Received: from AM9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6950.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:30 +0000`,
    `Authentication-Results: spf=pass (sender IP is ${o.relay.ip})\r\n smtp.mailfrom=${o.domain}; ${o.dkim};dmarc=pass action=none\r\n header.from=${o.domain};compauth=pass reason=100`,
    eopEntry(o.relay.helo, o.relay.ip, 'DB5PEPF00014B95'),
  );
  const cv = o.cv ?? 'none';
  return msSeal(
    o.edit ? o.edit(arrived) : arrived,
    `spf=pass (sender ip is ${o.relay.ip}) smtp.rcpttodomain=${o.rcptDomain} smtp.mailfrom=${o.domain};\r\n dmarc=pass (p=${o.policy} sp=${o.policy} pct=100) action=none\r\n header.from=${o.domain}; ${o.sealDkim}; arc=${cv === 'pass' ? 'pass (0 oda=1 ltdi=1)' : 'none'}`,
    cv,
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const both = (c: Parameters<typeof emitCase>[1]) => {
    emitCase(write, c);
    emitCase(write, { ...c, name: `${c.name}-offline`, zone: undefined, twin: false });
  };

  // ================================ Outlook.com / Hotmail consumers ================================

  // 1. An outlook.com user to the reader's rspamd box: selector1, Microsoft's record says nothing.
  {
    const raw = await consumerMessage({
      domain: 'outlook.com',
      user: 'maja.holm',
      name: 'Maja Holm',
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Re: allotment rota for December',
      body: 'Hi Robin,\r\n\r\nI can take the first two Saturdays; could you swap the 19th with Pieter?\r\n\r\nMaja\r\n',
      mbx: 'AS8P194MB1201',
    });
    const env = 'maja.holm@outlook.com';
    both({
      name: 'w203-box-rspamd-outlook-com-consumer-ms-record-says-none',
      class: 'm365-consumer',
      about:
        "Genuine: an Outlook.com user's reply to the reader's rspamd box: d=outlook.com s=selector1 over Exchange's h=, Microsoft's outbound i=1 whose record for consumer mail is `spf=none; dmarc=none; dkim=none; arc=none` (capture 26779246769), the relay EUR05-DB8-obe / 40.92.89.62. rspamd: dkim=pass header.s=selector1 header.b=…, spf=pass, dmarc=pass (policy=none), arc=pass. Expected: authenticated (unverified tolerated offline); an i=1 record saying none is no warning.",
      args: BOX,
      eml: rspamd(
        raw,
        OLKN,
        env,
        [
          `dkim=pass header.d=outlook.com header.s=selector1 header.b=${bOf(raw, 'outlook.com')}`,
          rspamdSpf(env, OLKN.ip),
          'dmarc=pass (policy=none) header.from=outlook.com',
          'arc=pass ("microsoft.com:s=arcselector10001:i=1")',
        ],
        '4W203C1001',
      ),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 2. A hotmail.com user to Gmail.
  {
    const raw = await consumerMessage({
      domain: 'hotmail.com',
      user: 'p.okafor',
      name: 'Peter Okafor',
      to: 'robin.reader@gmail.com',
      subject: 'Photos from the reunion',
      body: 'Robin,\r\n\r\nthe album link is in the club newsletter; I kept the originals if you want prints.\r\n\r\nPeter\r\n',
      mbx: 'AS8P194MB1202',
    });
    const env = 'p.okafor@hotmail.com';
    emitCase(write, {
      name: 'w203-gmail-hotmail-consumer-selector1-p-none',
      class: 'm365-consumer',
      about:
        "Genuine: a Hotmail user's message read in Gmail: dkim=pass header.i=@hotmail.com header.s=selector1, arc=pass (i=1 …) for Microsoft's outbound seal, spf=pass at the olkn relay, dmarc=pass (p=NONE). Expected: authenticated.",
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: OLKN,
        envelope: env,
        results: [
          `dkim=pass header.i=@hotmail.com header.s=selector1 header.b=${bOf(raw, 'hotmail.com')};`,
          'arc=pass (i=1);',
          `spf=pass (google.com: domain of ${env} designates ${OLKN.ip} as permitted sender) smtp.mailfrom=${env};`,
          'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=hotmail.com',
        ].join('\r\n       '),
        ids: ['x203csp1pxa', 'a203si1qtb.31'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: ZONE,
      expect: TRUST,
      twin: true,
    });
    emitCase(write, {
      name: 'w203-gmail-hotmail-consumer-selector1-p-none-offline',
      class: 'm365-consumer',
      about: 'The Hotmail message in Gmail offline. Expected: authenticated or unverified.',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: OLKN,
        envelope: env,
        results: [
          `dkim=pass header.i=@hotmail.com header.s=selector1 header.b=${bOf(raw, 'hotmail.com')};`,
          'arc=pass (i=1);',
          `spf=pass (google.com: domain of ${env} designates ${OLKN.ip} as permitted sender) smtp.mailfrom=${env};`,
          'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=hotmail.com',
        ].join('\r\n       '),
        ids: ['x203csp1pxb', 'a203si1qtb.32'],
        spf: 'pass',
        deliveredTo: true,
      }),
      expect: TRUST,
    });
  }

  // 3. A hotmail.com user to an iRedMail box (amavisd-new's domain-only row).
  {
    const raw = await consumerMessage({
      domain: 'hotmail.com',
      user: 'lena.fisk',
      name: 'Lena Fisk',
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Choir: Thursday rehearsal moved',
      body: 'Dear all,\r\n\r\nThursday rehearsal moves to the church hall at 19:30.\r\n\r\nLena\r\n',
      mbx: 'AS8P194MB1203',
    });
    const env = 'lena.fisk@hotmail.com';
    both({
      name: 'w203-box-amavis-hotmail-consumer-domain-only-row',
      class: 'm365-consumer',
      about:
        "Genuine: a Hotmail user's note on an iRedMail box: amavisd-new's `dkim=pass (2048-bit key) header.d=hotmail.com` (no header.s, no header.b), OpenDMARC's dmarc=pass (p=none) and the SPF milter's own header; Microsoft's i=1 rides along. Expected: authenticated (unverified tolerated offline).",
      args: BOX,
      eml: boxDelivery(
        raw,
        OLKN,
        env,
        amavis('hotmail.com', 'hotmail.com', 'none', 'hotmail.com'),
        '4W203C1003',
      ),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 4. An outlook.com user to a partner's Microsoft 365 tenant (read in Outlook).
  {
    const raw = await consumerMessage({
      domain: 'outlook.com',
      user: 'jon.aberg',
      name: 'Jon Aberg',
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Application: part-time lab assistant',
      body: 'Dear Robin,\r\n\r\nplease find my application for the lab assistant role below.\r\n\r\nJon Aberg\r\n',
      mbx: 'AS8P194MB1204',
    });
    const env = 'jon.aberg@outlook.com';
    emitCase(write, {
      name: 'w203-outlook-outlook-com-consumer-to-tenant-compauth-pass',
      class: 'm365-consumer',
      about:
        "Genuine: an Outlook.com applicant writes to the reader's Microsoft 365 tenant; EOP records spf=pass, dkim=pass header.d=outlook.com, dmarc=pass, compauth=pass reason=100 above its entry from the olkn relay. Expected: authenticated.",
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ip: OLKN.ip,
        helo: OLKN.helo,
        ar: `spf=pass (sender IP is ${OLKN.ip})\r\n smtp.mailfrom=outlook.com; dkim=pass (signature was verified)\r\n header.d=outlook.com;dmarc=pass action=none\r\n header.from=outlook.com;compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of outlook.com designates\r\n ${OLKN.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${OLKN.ip}; helo=${OLKN.helo}; pr=C`,
        returnPath: env,
      }),
      zone: ZONE,
      expect: TRUST,
      twin: true,
    });
  }

  // ======================================= Hybrid Exchange =======================================

  /** The hybrid firm's message through its on-premises Exchange and Exchange Online (capture 36030801158). */
  const hybridMessage = async (o: {
    subject: string;
    body: string;
    to: string;
    rcptDomain: string;
    signer: [string, string];
  }) => {
    const raw = submitted({
      from: `Ines Calder <i.calder@${HY}>`,
      to: o.to,
      subject: o.subject,
      date: 'Fri, 20 Nov 2026 10:59:40 +0100',
      messageId: `<${o.subject.length}.w203.i.calder@${HY}>`,
      extraHeaders: [
        `Received-SPF: None (EXMBX04.${HY}: i.calder@${HY} does not designate\r\n permitted sender hosts)`,
        'X-EOPAttributedMessage: 0',
        'X-MS-PublicTrafficType: Email',
        'X-MS-Exchange-SenderADCheck: 1',
        `X-OriginatorOrg: ${HY}`,
        `X-MS-Exchange-CrossTenant-Id: ${HY_TENANT}`,
        `X-MS-Exchange-CrossTenant-OriginalAttributedTenantConnectingIp: TenantId=${HY_TENANT};Ip=[${HY_GW.ip}];Helo=[${HY_GW.helo}]`,
        'X-MS-Exchange-CrossTenant-AuthSource:\r\n\tBL6PEPF00022574.namprd02.prod.outlook.com',
        'X-MS-Exchange-CrossTenant-AuthAs: Anonymous',
        'X-MS-Exchange-CrossTenant-FromEntityHeader: HybridOnPrem',
      ],
      body: o.body,
    });
    let out = onTop(
      raw,
      'Received: from BL6PEPF00022574.namprd02.prod.outlook.com\r\n (2603:10b6:208:2b8:cafe::28) by BL1PR13CA0068.outlook.office365.com\r\n (2603:10b6:208:2b8::13) with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.9275.13 via Frontend Transport; Fri,\r\n 20 Nov 2026 09:59:43 +0000',
      `X-MS-Exchange-Authentication-Results: spf=pass (sender IP is ${HY_GW.ip})\r\n smtp.mailfrom=${HY}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none header.from=${HY};`,
      `Received-SPF: Pass (protection.outlook.com: domain of ${HY} designates\r\n ${HY_GW.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${HY_GW.ip}; helo=${HY_GW.helo}; pr=C`,
      `Received: from ${HY_GW.helo} (${HY_GW.ip}) by\r\n BL6PEPF00022574.mail.protection.outlook.com (10.167.249.42) with Microsoft\r\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.9275.10 via Frontend Transport; Fri, 20 Nov 2026 09:59:43 +0000`,
      `Received: from EXMBX04.${HY} (10.20.40.145) by ${HY_GW.helo}\r\n (10.20.42.217) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) id 15.2.2562.17; Fri, 20 Nov\r\n 2026 10:59:42 +0100`,
      `Received: from WS-ICALDER.${HY} (10.20.68.240) by EXMBX04.${HY}\r\n (10.20.40.145) with Microsoft SMTP Server id 15.2.2562.17 via Frontend\r\n Transport; Fri, 20 Nov 2026 10:59:41 +0100`,
    );
    out = await signAll(out, [o.signer], [...EXO_H, 'x-ms-exchange-senderadcheck']);
    out = onTop(
      out,
      'Received: from BL1PR13CA0068.namprd13.prod.outlook.com (2603:10b6:208:2b8::13)\r\n by SJ5PPF7B9E98CB6.namprd12.prod.outlook.com (2603:10b6:a0f:fc02::99a) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9253.18; Fri, 20 Nov\r\n 2026 09:59:44 +0000',
    );
    return msSeal(
      out,
      `spf=pass (sender ip is\r\n ${HY_GW.ip}) smtp.rcpttodomain=${o.rcptDomain} smtp.mailfrom=${HY};\r\n dmarc=pass (p=quarantine sp=quarantine pct=100) action=none\r\n header.from=${HY}; dkim=none (message not signed); arc=none (0)`,
    );
  };

  // 5. Hybrid, signed by the tenant's selector1 on the way out, read in Gmail.
  {
    const raw = await hybridMessage({
      subject: 'Calibration certificates for batch 2611',
      body: 'Dear Robin,\r\n\r\nthe calibration certificates for batch 2611 are on the portal; the originals follow by post.\r\n\r\nInes Calder\r\n',
      to: 'robin.reader@gmail.com',
      rcptDomain: 'gmail.com',
      signer: [HY, 'selector1'],
    });
    const env = `i.calder@${HY}`;
    both({
      name: 'w203-gmail-hybrid-onprem-via-eop-tenant-selector1-quarantine',
      class: 'm365-hybrid',
      about:
        "Genuine: a hybrid firm's mail from its on-premises Exchange (private hops, Exchange 2019 ids) through its inbound connector into Exchange Online (entry from exgw02 at 198.51.100.17, X-MS-Exchange-Authentication-Results, HybridOnPrem and OriginalAttributedTenantConnectingIp rows), signed with the tenant's selector1 on the way out and sealed i=1 by microsoft.com (`spf=pass (sender ip is 198.51.100.17) … dkim=none (message not signed); arc=none (0)`), relayed from SN4PR2101CU001 / 40.93.195.36 (capture 36030801158). Gmail: dkim, spf and dmarc (p=QUARANTINE) pass. Expected: authenticated.",
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: AZN,
        envelope: env,
        results: [
          `dkim=pass header.i=@${HY} header.s=selector1 header.b=${bOf(raw, HY)};`,
          `arc=pass (i=1 spf=pass spfdomain=${HY} dmarc=pass fromdomain=${HY});`,
          `spf=pass (google.com: domain of ${env} designates ${AZN.ip} as permitted sender) smtp.mailfrom=${env};`,
          `dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${HY}`,
        ].join('\r\n       '),
        ids: ['x203csp5pxa', 'a203si5qtb.35'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 6. Hybrid, the tenant's own DKIM never enabled: Exchange Online's onmicrosoft.com key only; SPF carries DMARC; rspamd box.
  {
    const raw = await hybridMessage({
      subject: 'Re: sensor housing drawings rev C',
      body: 'Robin,\r\n\r\nrev C fixes the bore tolerance; please confirm before Monday.\r\n\r\nInes\r\n',
      to: 'Robin Reader <robin@reader.example>',
      rcptDomain: 'reader.example',
      signer: [`${HY_T}.onmicrosoft.com`, HY_SEL],
    });
    const env = `i.calder@${HY}`;
    const tk = `${HY_T}.onmicrosoft.com`;
    both({
      name: 'w203-box-rspamd-hybrid-onprem-onmicrosoft-key-only-spf-aligned',
      class: 'm365-hybrid',
      about:
        "Genuine: the hybrid firm before it enabled DKIM for its own domain: Exchange Online signs the relayed on-premises mail with the tenant's default onmicrosoft.com key only (Microsoft Learn via lib/findings/platform-unsigned.ts; the captures 16735356323 and 36030801158 show amd.com's own selector1 in that place), SPF for the firm's envelope passes at Exchange Online's relay through the include and carries DMARC (p=quarantine). rspamd: dkim=pass for the onmicrosoft.com field, spf=pass, dmarc=pass (policy=quarantine), arc=pass. Expected: authenticated or unverified (an SPF pass through Microsoft 365's shared include proves less than the tenant's own key: unverified is honest).",
      args: BOX,
      eml: rspamd(
        raw,
        AZN,
        env,
        [
          `dkim=pass header.d=${tk} header.s=${HY_SEL} header.b=${bOf(raw, tk)}`,
          rspamdSpf(env, AZN.ip),
          `dmarc=pass (policy=quarantine) header.from=${HY}`,
          'arc=pass ("microsoft.com:s=arcselector10001:i=1")',
        ],
        '4W203H1006',
      ),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // ================================ Forwarded by a Microsoft 365 tenant ================================

  // 7. Inbox rule: a p=reject partner's signed mail forwarded to Gmail (its DKIM survives).
  {
    const signed = await signAll(
      submitted({
        from: `Orwell Freight <bookings@${PARTNER}>`,
        to: `Ana Ruiz <ana@${TENANT}>`,
        subject: 'Collection booked for Thursday',
        messageId: `<30.w203@mail.${PARTNER}>`,
        body: 'Hello Ana,\r\n\r\nyour collection is booked for Thursday between 08:00 and 12:00.\r\n\r\nOrwell Freight\r\n',
      }),
      [[PARTNER, 's1']],
      SIGNED,
    );
    const raw = await tenantForward(signed, {
      relay: PARTNER_RELAY,
      domain: PARTNER,
      policy: 'reject',
      dkim: `dkim=pass (signature was verified)\r\n header.d=${PARTNER}`,
      sealDkim: `dkim=pass (signature was verified) header.d=${PARTNER}`,
      rcptDomain: 'gmail.com',
    });
    const env = srs(`bookings@${PARTNER}`);
    both({
      name: 'w203-gmail-m365-inbox-rule-forward-partner-signed-reject',
      class: 'm365-forward',
      about:
        "Genuine: a law firm's user has an inbox rule forwarding to her personal Gmail; a freight partner's signed notice (p=reject) goes out with the tenant's SRS envelope from EUR02-DB5-obe, sealed i=1 by microsoft.com with EOP's findings (spf, dkim, dmarc pass at the partner's own server, which EOP's own entry line names). The partner's DKIM is intact: Gmail records dkim=pass and dmarc=pass. Expected: authenticated.",
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: EUR,
        envelope: env,
        results: [
          `dkim=pass header.i=@${PARTNER} header.s=s1 header.b=${bOf(raw, PARTNER)};`,
          `arc=pass (i=1 spf=pass spfdomain=${PARTNER} dkim=pass dkdomain=${PARTNER} dmarc=pass fromdomain=${PARTNER});`,
          `spf=pass (google.com: domain of ${env} designates ${EUR.ip} as permitted sender) smtp.mailfrom="${env}";`,
          `dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${PARTNER}`,
        ].join('\r\n       '),
        ids: ['x203csp7pxa', 'a203si7qtb.37'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 8. SMTP forwarding (mailbox forwarding) of an SPF-only p=quarantine surveyor to Gmail: arc=pass.
  {
    const plain = submitted({
      from: `Lindqvist Surveys <office@${SURVEY}>`,
      to: `Ana Ruiz <ana@${TENANT}>`,
      subject: 'Survey report for unit 4, Harbour Road',
      messageId: `<38.w203@mail.${SURVEY}>`,
      body: 'Dear Ana,\r\n\r\nour condition survey for unit 4 is summarised below; the full report follows by post.\r\n\r\nLindqvist Surveys\r\n',
    });
    const raw = await tenantForward(plain, {
      relay: SURVEY_RELAY,
      domain: SURVEY,
      policy: 'quarantine',
      dkim: 'dkim=none (message not signed)\r\n header.d=none',
      sealDkim: 'dkim=none (message not signed)',
      rcptDomain: 'gmail.com',
    });
    const env = srs(`office@${SURVEY}`);
    both({
      name: 'w203-gmail-m365-smtp-forwarding-spf-only-quarantine-arc-pass',
      class: 'm365-forward',
      about:
        "Genuine: the tenant's mailbox forwarding (ForwardingSmtpAddress) sends an SPF-only surveyor's report (p=quarantine, its own server 203.0.113.73, the address EOP's entry line names) to Gmail; Gmail: spf=pass for the SRS envelope, dmarc=fail (… arc=pass) and arc=pass (i=1 spf=pass … dmarc=pass …) from Microsoft's seal. Expected: unverified (the forwarder vouches); never a warning.",
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: EUR,
        envelope: env,
        results: [
          `arc=pass (i=1 spf=pass spfdomain=${SURVEY} dmarc=pass fromdomain=${SURVEY});`,
          `spf=pass (google.com: domain of ${env} designates ${EUR.ip} as permitted sender) smtp.mailfrom="${env}";`,
          `dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE arc=pass) header.from=${SURVEY}`,
        ].join('\r\n       '),
        ids: ['x203csp8pxa', 'a203si8qtb.38'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 9. Transport-rule redirect of a p=none print shop's mail to an Outlook.com mailbox.
  {
    const plain = submitted({
      from: `Hollin Print <office@${PRINT}>`,
      to: `Ana Ruiz <ana@${TENANT}>`,
      subject: 'Proofs for the spring catalogue',
      messageId: `<31.w203@mail.${PRINT}>`,
      body: 'Hi Ana,\r\n\r\nthe proofs for the spring catalogue are ready; we print on Monday unless you call.\r\n\r\nHollin Print\r\n',
    });
    const raw = await tenantForward(plain, {
      relay: PRINT_RELAY,
      domain: PRINT,
      policy: 'none',
      dkim: 'dkim=none (message not signed)\r\n header.d=none',
      sealDkim: 'dkim=none (message not signed)',
      rcptDomain: 'outlook.com',
    });
    const env = srs(`office@${PRINT}`);
    both({
      name: 'w203-outlook-com-m365-transport-rule-redirect-spf-only-p-none',
      class: 'm365-forward',
      about:
        "Genuine: a transport rule redirects mail for a departed user to the office manager's Outlook.com mailbox; an SPF-only print shop's proofs (p=none) arrive with the tenant's SRS envelope. Outlook.com's EOP: spf=pass for the tenant, dkim=none, dmarc=fail action=none, compauth=pass reason=130 (it trusted Microsoft's own i=1). Expected: unverified; never a warning.",
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ip: EUR.ip,
        helo: EUR.helo,
        ar: `spf=pass (sender IP is ${EUR.ip})\r\n smtp.mailfrom=${TENANT}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=none\r\n header.from=${PRINT};compauth=pass reason=130`,
        spf: `Pass (protection.outlook.com: domain of ${TENANT} designates\r\n ${EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EUR.ip}; helo=${EUR.helo}; pr=C`,
        returnPath: env,
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // ===================================== Notifications =====================================

  // 10. Bookings confirmation from the booking mailbox, own selector1 (p=reject), Gmail.
  {
    const raw = await tenantMessage({
      from: `Harbour Physio <HarbourPhysio@${FIRM}>`,
      to: 'Robin Reader <robin.reader@gmail.com>',
      subject: 'Booking confirmed: Sports massage with Lena Fisk',
      body: '<html><body><p>Hi Robin, your booking is confirmed.</p><p>Sports massage, Tue 24 Nov 2026 17:30 with Lena Fisk.</p><p><a href="https://outlook.office365.com/book/HarbourPhysio@harbour-physio.example/">Manage booking</a></p></body></html>\r\n',
      contentType: 'Content-Type: text/html; charset="utf-8"',
      domain: FIRM,
      signer: [FIRM, 'selector1'],
      dkimNote: `dkim=pass (signature was verified) header.d=${FIRM}`,
      mailbox: 'BY5PR08MB6312',
    });
    const env = `HarbourPhysio@${FIRM}`;
    emitCase(write, {
      name: 'w203-gmail-bookings-confirmation-booking-mailbox-own-selector1',
      class: 'm365-notification',
      about:
        "Genuine: a Microsoft Bookings confirmation sent by the clinic's booking mailbox (From the booking page's mailbox in the tenant's own domain, HTML with the book/ link), signed with the tenant's selector1 (p=reject) and sealed i=1 by microsoft.com; Gmail: all pass. Bookings' header set NOT confirmed. Expected: authenticated.",
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: EUR,
        envelope: env,
        results: [
          `dkim=pass header.i=@${FIRM} header.s=selector1 header.b=${bOf(raw, FIRM)};`,
          `arc=pass (i=1 spf=pass spfdomain=${FIRM} dkim=pass dkdomain=${FIRM} dmarc=pass fromdomain=${FIRM});`,
          `spf=pass (google.com: domain of ${env} designates ${EUR.ip} as permitted sender) smtp.mailfrom=${env};`,
          `dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${FIRM}`,
        ].join('\r\n       '),
        ids: ['x203csp10pxa', 'a203si10qtb.40'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: ZONE,
      expect: TRUST,
      twin: true,
    });
  }

  // 11. Bookings from a tenant without its own DKIM (onmicrosoft.com only), p=none, Yahoo.
  {
    const raw = await tenantMessage({
      from: `Loomis Tutoring <LoomisTutoring@${LOOM}>`,
      to: 'robin.reader@yahoo.com',
      subject: 'Booking reminder: Maths GCSE tutoring tomorrow',
      body: 'Hi Robin,\r\n\r\nthis is a reminder of your Maths GCSE session tomorrow at 16:00 with Tom Loomis.\r\n',
      domain: LOOM,
      signer: [`${LOOM_T}.onmicrosoft.com`, LOOM_SEL],
      dkimNote: 'dkim=none (message not signed)',
      mailbox: 'BY5PR08MB6313',
    });
    const env = `LoomisTutoring@${LOOM}`;
    both({
      name: 'w203-yahoo-bookings-reminder-onmicrosoft-only-p-none',
      class: 'm365-notification',
      about:
        "Genuine: a Bookings reminder from a small tutoring firm's tenant that never enabled DKIM for its domain (p=none): Exchange Online signs only d=loomistutoring.onmicrosoft.com; SPF for its own envelope passes at EUR02-DB5-obe and carries DMARC. Yahoo: dkim=pass for the onmicrosoft.com key, spf=pass, dmarc=pass(p=NONE). Expected: authenticated or unverified (an SPF pass through Microsoft 365's shared include proves less than the tenant's own key: unverified is honest).",
      args: YAHOO,
      eml: yahooDelivery(raw, {
        relay: EUR,
        envelope: env,
        results: `dkim=pass header.i=@${LOOM_T}.onmicrosoft.com header.s=${LOOM_SEL};\r\n spf=pass smtp.mailfrom=${LOOM};\r\n dmarc=pass(p=NONE) header.from=${LOOM};`,
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 12. A Planner notification, "Microsoft on behalf of your organization".
  {
    const raw = await tenantMessage({
      from: `Microsoft on behalf of your organization <noreply@${PLANNER}>`,
      to: 'Robin Reader <robin.reader@gmail.com>',
      subject: 'You have been assigned a task: Order sample kits',
      body: 'Priya Natarajan assigned you a task in the plan "Spring fair".\r\n\r\nOrder sample kits, due Fri 27 Nov 2026.\r\n',
      domain: PLANNER,
      signer: [PLANNER, 'selector1'],
      dkimNote: `dkim=pass (signature was verified) header.d=${PLANNER}`,
      mailbox: 'BY5PR08MB6314',
    });
    const env = `noreply@${PLANNER}`;
    both({
      name: 'w203-gmail-planner-task-assigned-on-behalf-of-your-organization',
      class: 'm365-notification',
      about:
        'Genuine: a Planner assignment notice, From "Microsoft on behalf of your organization" <noreply@planner.office365.com> (id 71164793916), to a guest member\'s Gmail, sent out of Exchange Online. Signing domain modelled (d=planner.office365.com s=selector1, DMARC p=reject at office365.com; NOT confirmed). Expected: authenticated; "Microsoft" in the name is Microsoft\'s own domain speaking.',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: EUR,
        envelope: env,
        results: [
          `dkim=pass header.i=@${PLANNER} header.s=selector1 header.b=${bOf(raw, PLANNER)};`,
          `arc=pass (i=1 spf=pass spfdomain=${PLANNER} dkim=pass dkdomain=${PLANNER} dmarc=pass fromdomain=${PLANNER});`,
          `spf=pass (google.com: domain of ${env} designates ${EUR.ip} as permitted sender) smtp.mailfrom=${env};`,
          `dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${PLANNER}`,
        ].join('\r\n       '),
        ids: ['x203csp12pxa', 'a203si12qtb.42'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // ===================================== OOF and NDR =====================================

  // 13. An out-of-office inside the tenant (Outlook).
  {
    const raw = submitted({
      from: `Jonas Berg <jonas.berg@${FIRM}>`,
      to: `Robin Reader <robin@${FIRM}>`,
      subject: 'Automatic reply: Clinic rota for December',
      messageId: '<PH7PR11MB8600OOFW203@PH7PR11MB8600.namprd11.prod.outlook.com>',
      extraHeaders: [
        'Thread-Topic: Clinic rota for December',
        'Auto-Submitted: auto-generated',
        'X-MS-Exchange-Inbox-Rules-Loop: jonas.berg@harbour-physio.example',
        'X-Auto-Response-Suppress: All',
        'X-MS-Exchange-Organization-AutoReply: OOF',
      ],
      body: 'I am on leave until 30 November. For the rota please contact Priya.\r\n',
    });
    emitCase(write, {
      name: 'w203-outlook-internal-out-of-office-null-envelope',
      class: 'm365-auto-reply',
      about:
        "Genuine: a colleague's automatic reply inside one Microsoft 365 organisation (Auto-Submitted, X-Auto-Response-Suppress, null Return-Path), delivered over HTTPS, never through EOP: the id-less `dkim=none … dmarc=none` internal results, AuthAs: Internal. Expected: authenticated or unverified.",
      args: OUTLOOK,
      eml: exchangeInternal(raw, {
        mailbox: 'SA1PR11MB6734.namprd11.prod.outlook.com',
        mailboxIp: '2603:10b6:806:25d::11',
        linkLocal: 'fe80::3c1d:92ab:7e40:11f2%4',
        server: 'PH7PR11MB8600.namprd11.prod.outlook.com',
        date: 'Fri, 20 Nov 2026 10:00:03 +0000',
        fromDomain: FIRM,
        tenant: '8e1f6a2b-3c4d-4e5f-9a0b-1c2d3e4f5a6b',
        returnPath: '<>',
      }),
      zone: ZONE,
      expect: TRUST,
      twin: true,
    });
  }

  // 14. An out-of-office to an outside rspamd box, null envelope, own selector2.
  {
    const raw = await tenantMessage({
      from: `Jonas Berg <jonas.berg@${FIRM}>`,
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Automatic reply: Invoice 2026-118',
      body: 'I am out of the office until 30 November with limited access to email.\r\n',
      domain: FIRM,
      signer: [FIRM, 'selector2'],
      extra: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'],
      dkimNote: `dkim=pass (signature was verified) header.d=${FIRM}`,
      mailbox: 'BY5PR08MB6315',
    });
    both({
      name: 'w203-box-rspamd-m365-out-of-office-null-envelope-selector2',
      class: 'm365-auto-reply',
      about:
        "Genuine: an Exchange Online automatic reply to an outside sender on an rspamd box, sent with the null envelope: rspamd checks SPF on the HELO (`smtp.helo=` modelled) and DMARC passes on the tenant's selector2 alone (p=reject). Expected: authenticated.",
      args: BOX,
      eml: rspamd(
        raw,
        EUR,
        '',
        [
          `dkim=pass header.d=${FIRM} header.s=selector2 header.b=${bOf(raw, FIRM)}`,
          `spf=pass (${RECEIVER}: domain of ${EUR.helo} designates ${EUR.ip} as permitted sender) smtp.helo=${EUR.helo}`,
          `dmarc=pass (policy=reject) header.from=${FIRM}`,
          'arc=pass ("microsoft.com:s=arcselector10001:i=1")',
        ],
        '4W203O1014',
      ),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 15. A non-delivery report read inside the tenant.
  {
    const b = 'w203ndr_PH7PR11MB8600namprd11prodoutlookcom_';
    const raw = [
      `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${FIRM}>`,
      `To: Robin Reader <robin@${FIRM}>`,
      'Subject: Undeliverable: Clinic rota for December',
      'Date: Fri, 20 Nov 2026 10:00:02 +0000',
      'Message-ID: <ndr-w203-0d5e@PH7PR11MB8600.namprd11.prod.outlook.com>',
      'Auto-Submitted: auto-replied',
      'X-MS-Exchange-Message-Is-Ndr:',
      'Content-Language: en-US',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      "Your message to jonas.berg@harbour-physoi.example couldn't be delivered.",
      "harbour-physoi.example wasn't found at harbour-physoi.example.",
      '',
      `--${b}`,
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;PH7PR11MB8600.namprd11.prod.outlook.com',
      '',
      'Final-Recipient: rfc822;jonas.berg@harbour-physoi.example',
      'Action: failed',
      'Status: 5.4.310',
      'Diagnostic-Code: smtp;550 5.4.310 DNS domain harbour-physoi.example does not exist',
      '',
      `--${b}--`,
      '',
    ].join('\r\n');
    emitCase(write, {
      name: 'w203-outlook-internal-ndr-microsoft-outlook-system-mailbox',
      class: 'm365-ndr',
      about:
        'Genuine: Exchange Online\'s non-delivery report for a mistyped address, read by the sender inside her own tenant: From "Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<tenant domain>> (ids 14003615012, 61252211190), multipart/report, Auto-Submitted, null envelope, delivered internally over HTTPS. The "Microsoft Outlook" name on the tenant\'s own domain is Exchange\'s own system mailbox, not a brand spoof. Expected: authenticated or unverified.',
      args: OUTLOOK,
      eml: exchangeInternal(raw, {
        mailbox: 'PH7PR11MB8600.namprd11.prod.outlook.com',
        mailboxIp: '2603:10b6:510:1d5::12',
        linkLocal: 'fe80::8d2c:61f4:3b9a:e705%4',
        server: 'PH7PR11MB8600.namprd11.prod.outlook.com',
        date: 'Fri, 20 Nov 2026 10:00:02 +0000',
        fromDomain: FIRM,
        tenant: '8e1f6a2b-3c4d-4e5f-9a0b-1c2d3e4f5a6b',
        returnPath: '<>',
      }),
      zone: ZONE,
      expect: TRUST,
      twin: true,
    });
  }

  // ===================================== Tenant to tenant =====================================

  // 16. A p=none partner tenant signing only with its onmicrosoft.com key, read in Outlook.
  {
    const raw = await tenantMessage({
      from: `Tom Loomis <tom@${LOOM}>`,
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Term invoice for Robin Reader',
      body: 'Dear Robin,\r\n\r\nthe autumn term invoice is attached; payment by bank transfer as before.\r\n\r\nTom\r\n',
      domain: LOOM,
      signer: [`${LOOM_T}.onmicrosoft.com`, LOOM_SEL],
      dkimNote: 'dkim=none (message not signed)',
      mailbox: 'BY5PR08MB6316',
    });
    both({
      name: 'w203-outlook-partner-tenant-onmicrosoft-only-p-none-crosstenant',
      class: 'm365-to-m365',
      about:
        "Genuine: a p=none partner tenant whose only signature is its onmicrosoft.com key writes to the reader's tenant: EOP records spf=pass for the partner's own envelope, dkim=pass header.d=loomistutoring.onmicrosoft.com, dmarc=pass, compauth=pass reason=100; the partner's X-MS-Exchange-CrossTenant-* rows ride at the bottom. Expected: authenticated or unverified (an SPF pass through Microsoft 365's shared include proves less than the tenant's own key: unverified is honest).",
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ip: EUR.ip,
        helo: EUR.helo,
        ar: `spf=pass (sender IP is ${EUR.ip})\r\n smtp.mailfrom=${LOOM}; dkim=pass (signature was verified)\r\n header.d=${LOOM_T}.onmicrosoft.com;dmarc=pass action=none\r\n header.from=${LOOM};compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of ${LOOM} designates\r\n ${EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EUR.ip}; helo=${EUR.helo}; pr=C`,
        returnPath: `tom@${LOOM}`,
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 17. A shared mailbox sent on behalf of, on an amavisd-new box.
  {
    const raw = await tenantMessage({
      from: `Harbour Physio Accounts <accounts@${FIRM}>`,
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Receipt for your November sessions',
      body: 'Hello Robin,\r\n\r\nplease find your receipt for the November sessions below.\r\n\r\nJonas Berg on behalf of Accounts\r\n',
      domain: FIRM,
      signer: [FIRM, 'selector1'],
      extra: [`Sender: Jonas Berg <jonas.berg@${FIRM}>`, 'X-MS-Exchange-MessageSentRepresentingType: 2'],
      dkimNote: `dkim=pass (signature was verified) header.d=${FIRM}`,
      mailbox: 'BY5PR08MB6317',
    });
    both({
      name: 'w203-box-amavis-shared-mailbox-send-on-behalf-selector1',
      class: 'm365-send-on-behalf',
      about:
        "Genuine: a delegate sends from the Accounts shared mailbox with Send on Behalf (From the mailbox, Sender the delegate, MessageSentRepresentingType: 2), signed with the tenant's selector1 (p=reject), read on an iRedMail box (amavisd-new's domain-only row, OpenDMARC's pass). Expected: authenticated (unverified tolerated offline).",
      args: BOX,
      eml: boxDelivery(raw, EUR, `jonas.berg@${FIRM}`, amavis(FIRM, FIRM, 'reject', FIRM), '4W203S1017'),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // ============================ More forwards and consumer reads ============================

  // 18. A partner tenant without its own DKIM (p=quarantine) forwarded by the law firm's inbox rule to Gmail: i=2.
  {
    const sent = await tenantMessage({
      from: `Mara Quist <mara@${TAIL}>`,
      to: `Ana Ruiz <ana@${TENANT}>`,
      subject: 'Engagement letter, matter 2026-311',
      body: 'Dear Ana,\r\n\r\nplease find the signed engagement letter for matter 2026-311 in the shared folder.\r\n\r\nMara\r\n',
      domain: TAIL,
      signer: [`${TAIL_T}.onmicrosoft.com`, TAIL_SEL],
      dkimNote: 'dkim=none (message not signed)',
      mailbox: 'BY5PR08MB6318',
    });
    const tk = `${TAIL_T}.onmicrosoft.com`;
    const raw = await tenantForward(sent, {
      relay: AM6,
      domain: TAIL,
      policy: 'quarantine',
      dkim: `dkim=pass (signature was verified)\r\n header.d=${tk}`,
      sealDkim: `dkim=pass (signature was verified) header.d=${tk}`,
      rcptDomain: 'gmail.com',
      cv: 'pass',
    });
    const env = srs(`mara@${TAIL}`);
    both({
      name: 'w203-gmail-m365-inbox-rule-forward-partner-tenant-onmicrosoft-only',
      class: 'm365-forward',
      about:
        "Genuine: a partner tenant that never enabled its own DKIM (p=quarantine; only its onmicrosoft.com field, SPF carrying DMARC) writes to the law firm, whose user's inbox rule forwards to Gmail: Microsoft's i=1 from the partner's side and the firm's i=2 (cv=pass, recording spf=pass at the partner's relay EUR05-AM6-obe, which EOP's entry line names). Gmail: dkim=pass for the onmicrosoft.com field (unaligned), spf=pass for the SRS envelope, dmarc=fail (… arc=pass). Expected: unverified; never a warning.",
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: EUR,
        envelope: env,
        results: [
          `dkim=pass header.i=@${tk} header.s=${TAIL_SEL} header.b=${bOf(raw, tk)};`,
          `arc=pass (i=2 spf=pass spfdomain=${TAIL} dkim=pass dkdomain=${tk} dmarc=pass fromdomain=${TAIL});`,
          `spf=pass (google.com: domain of ${env} designates ${EUR.ip} as permitted sender) smtp.mailfrom="${env}";`,
          `dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE arc=pass) header.from=${TAIL}`,
        ].join('\r\n       '),
        ids: ['x203csp18pxa', 'a203si18qtb.48'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 19. A transport rule tags the Subject "[EXTERNAL]" before an inbox-rule forward: the partner's DKIM breaks.
  {
    const signed = await signAll(
      submitted({
        from: `Orwell Freight <bookings@${PARTNER}>`,
        to: `Ana Ruiz <ana@${TENANT}>`,
        subject: 'Delivery note DN-55120, pallets 1-6',
        messageId: `<35.w203@mail.${PARTNER}>`,
        body: 'Hello Ana,\r\n\r\nsix pallets are booked for Tuesday morning; the delivery note is on the portal.\r\n\r\nOrwell Freight\r\n',
      }),
      [[PARTNER, 's1']],
      SIGNED,
    );
    const raw = await tenantForward(signed, {
      relay: PARTNER_RELAY,
      domain: PARTNER,
      policy: 'reject',
      dkim: `dkim=pass (signature was verified)\r\n header.d=${PARTNER}`,
      sealDkim: `dkim=pass (signature was verified) header.d=${PARTNER}`,
      rcptDomain: 'gmail.com',
      edit: (r) => tagSubject(r, '[EXTERNAL]'),
    });
    const env = srs(`bookings@${PARTNER}`);
    both({
      name: 'w203-gmail-m365-external-tag-then-forward-partner-dkim-broken-reject',
      class: 'm365-forward',
      about:
        "Genuine: the law firm's transport rule prefixes \"[EXTERNAL]\" to outside mail after EOP's checks; the user's inbox rule then forwards the freight partner's signed notice (p=reject) to Gmail. Microsoft's i=1 records the partner's dkim=pass and dmarc=pass; Gmail: dkim=fail (the Subject changed), spf=pass for the SRS envelope, dmarc=fail (… arc=pass). Expected: unverified (Microsoft's seal vouches by its DKIM pass); never a warning.",
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: EUR,
        envelope: env,
        results: [
          `dkim=fail header.i=@${PARTNER} header.s=s1 header.b=${bOf(raw, PARTNER)};`,
          `arc=pass (i=1 spf=pass spfdomain=${PARTNER} dkim=pass dkdomain=${PARTNER} dmarc=pass fromdomain=${PARTNER});`,
          `spf=pass (google.com: domain of ${env} designates ${EUR.ip} as permitted sender) smtp.mailfrom="${env}";`,
          `dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=${PARTNER}`,
        ].join('\r\n       '),
        ids: ['x203csp19pxa', 'a203si19qtb.49'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 20. An outlook.com user read in Yahoo Mail.
  {
    const raw = await consumerMessage({
      domain: 'outlook.com',
      user: 'sam.reyes',
      name: 'Sam Reyes',
      to: 'robin.reader@yahoo.com',
      subject: 'Bike for sale - still available?',
      body: 'Hi,\r\n\r\nis the touring bike from the noticeboard still available? I could view it on Saturday.\r\n\r\nSam\r\n',
      mbx: 'AS8P194MB1220',
    });
    both({
      name: 'w203-yahoo-outlook-com-consumer-selector1-p-none',
      class: 'm365-consumer',
      about:
        "Genuine: an Outlook.com user's enquiry read in Yahoo Mail: dkim=pass header.i=@outlook.com header.s=selector1, spf=pass, dmarc=pass(p=NONE) from the olkn relay. Expected: authenticated (unverified tolerated offline).",
      args: YAHOO,
      eml: yahooDelivery(raw, {
        relay: OLKN,
        envelope: 'sam.reyes@outlook.com',
        results:
          'dkim=pass header.i=@outlook.com header.s=selector1;\r\n spf=pass smtp.mailfrom=outlook.com;\r\n dmarc=pass(p=NONE) header.from=outlook.com;',
      }),
      zone: ZONE,
      expect: TRUST,
    });
  }
}

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
