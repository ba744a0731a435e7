// Real-world delivery shapes, hundred-and-thirty-sixth round: genuine Microsoft 365 mail in the
// layouts that trip header analyzers, read in Outlook on the web (the reader's own tenant,
// Tidewater, tidewater.example) and in Gmail: a partner tenant's mail (Harbourline,
// harbourline.example, selector1, p=reject) with both tenants' hops (its MAPI and transport hops,
// its outbound ARC i=1 by microsoft.com, the reader's EOP entry and mailbox hops); the partner's
// on-premises Exchange 2019 in hybrid sending out through Exchange Online; the partner's tenant
// smart-hosting out through Mimecast, Proofpoint and Cisco Secure Email; the reader's tenant behind
// Mimecast (URL rewriting, Mimecast's ARC seal, Enhanced Filtering) with and without
// --trust-gateway; the reader's tenant redirecting by transport rule to a Gmail address (SRS envelope,
// ARC i=2); a small tenant without custom DKIM (signed d=<tenant>.onmicrosoft.com, DMARC on SPF
// alone) direct and after the reader's mailbox forward; a shared mailbox's "on behalf of". Attack
// twins that stay within DMARC (a trial tenant under the reader's firm's name, a look-alike tenant's
// "on behalf of"): spoofs failing DMARC at p=reject read "spoofed" and belong in an adversarial module.
// Where the layouts were learnt (`search`, pages corpus; code corpus for the gateways):
// - Microsoft's ARC on forwarded and gateway mail, EOP's id-less Authentication-Results and the
//   ARC-Authentication-Results wording (`mx.microsoft.com 1; spf=pass (sender ip is …)
//   smtp.rcpttodomain=… smtp.mailfrom=…; dmarc=pass (p=reject sp=reject pct=100) action=none
//   header.from=…; dkim=fail (body hash did not verify) header.d=…; arc=pass (0 oda=0 ltdi=0 93)`):
//   c7solutions.com "Improving Exchange Online Email Deliverability Through Third Party Filtering
//   Services – Trusted ARC Sealer" (2022): a M365 tenant's mail into a M365 tenant behind Mimecast.
// - Tenant attribution and the EOP frontend entry (`<frontend>.mail.protection.outlook.com
//   (10.152.x.x) … via Frontend Transport`): Microsoft's EOP field notes "Use headers to determine
//   which Exchange Online tenant a message was attributed to" (blogs.technet.microsoft.com, 2019).
// - Hybrid org headers and the header firewall: Exchange Team blog "Demystifying and troubleshooting
//   hybrid mail flow: when is a message internal?" and samuraj-cz.com "Exchange hybrid mail flow";
//   the on-premises hops' layout as realworld127 (EXCH01/EXCH02). That X-MS-Exchange-CrossTenant-
//   FromEntityHeader: HybridOnPrem survives in what the recipient sees was NOT confirmed: assumed.
// - SRS: Microsoft Learn "Sender Rewriting Scheme (SRS) in Microsoft 365" (transport rule
//   redirection and mailbox forwarding rewritten, since 2023 for SMTP forwarding too); the
//   `bounces+SRS=<hash>=<tt>=<domain>=<local>@<forwarder>` form as realworld127/102 (recalled there).
// - Mimecast outbound (`by relay.mimecast.com with ESMTP with STARTTLS … id eu-mta-…`, X-MC-Unique,
//   eu-smtp-delivery-151.mimecast.com [185.58.85.151]) and its ARC d=mimecast.com s=arc-2018:
//   test/corpus/gateway-layouts.ts (Red Hat's list copies; Microsoft Learn "Configure trusted ARC
//   sealers"). Mimecast's DKIM selector for the customer (`mimecast20240610`) is assumed.
// - Proofpoint outbound (`pps.filterd (m0…ppops.net [127.0.0.1])`, `mx0b-….pphosted.com`
//   [148.163.158.x]) and Cisco Secure Email Cloud (`esaN.hcNNNN-NN.iphmx.com`, X-IronPort-AV,
//   `with ESMTP/TLS`): recalled from public kernel-list copies of IBM's and Cisco customers' mail,
//   NOT re-confirmed this round (the search budget went to Microsoft's own pages).
// - d=<tenant>.onmicrosoft.com signing until custom DKIM is set up: lib/findings/auth-state.ts's own
//   note and m365-shapes.ts tenantKey (`selector1-<domain>`); Microsoft Learn's DKIM page recalled.
// - "Send on behalf": Exchange writes From the principal (the shared mailbox) and Sender the delegate;
//   the envelope as the delegate's address is assumed, not confirmed.
// Names and addresses are documentation ones except Microsoft's, Mimecast's, Proofpoint's and
// Cisco's hosts and ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { rewriteBody, sealAs } from '../gateway-layouts';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, tenantKey } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const HOP = 'Fri, 20 Nov 2026 10:00:02 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail a correctly set-up path delivered: never a warning (unverified at worst). */
const HONEST: CaseExpectation = { notVerdict: ['suspicious', 'spoofed'] };
/** DMARC passed on Microsoft 365's shared SPF alone (no DKIM of the From domain): unverified by choice. */
const SHARED_SPF_ONLY: CaseExpectation = { verdict: 'unverified', fields: { 'dmarc.result': 'pass' } };

const HL = 'harbourline.example';
const TW = 'tidewater.example';
const QS = 'quayside.example';
const QS_TENANT = 'quaysidecafe';
const QS_SEL = 'selector1-quayside-example';
const BOX = `mail.${HL}`;
const ROBIN = `robin.reader@${TW}`;
const GMAIL_ROBIN = 'robin.reader@gmail.com';
const DANA = `Dana Whitfield <dana.whitfield@${HL}>`;
const DANA_ADDR = `dana.whitfield@${HL}`;
const TW_TENANT = 'a3e9d2c4-71b5-4f08-8c6e-0d94b1f2e136';
const HL_TENANT = '5b1c0f2e-8d4a-4e61-9a37-2c1d8e0f4136';

const relay = (helo: string, rdns: string, ip: string): Relay => ({ helo, rdns, ip });
/** Harbourline's tenant's outbound host. */
const HL_EXO = relay(
  'NAM10-DM6-obe.outbound.protection.outlook.com',
  'mail-dm6nam10on2136.outbound.protection.outlook.com',
  '40.107.93.136',
);
/** The reader's own tenant's outbound (its redirects and forwards). */
const TW_EXO = relay(
  'NAM11-BN8-obe.outbound.protection.outlook.com',
  'mail-bn8nam11on2136.outbound.protection.outlook.com',
  '40.107.236.136',
);
/** Quayside's tenant's outbound (Europe). */
const QS_EXO = relay(
  'EUR05-DB8-obe.outbound.protection.outlook.com',
  'mail-db8eur05on2136.outbound.protection.outlook.com',
  '40.107.22.136',
);
const MIMECAST_OUT = relay(
  'eu-smtp-delivery-151.mimecast.com',
  'eu-smtp-delivery-151.mimecast.com',
  '185.58.85.151',
);
const MIMECAST_IN = relay(
  'eu-smtp-delivery-197.mimecast.com',
  'eu-smtp-delivery-197.mimecast.com',
  '185.58.86.197',
);
const PROOFPOINT = relay('mx0b-00136601.pphosted.com', 'mx0b-00136601.pphosted.com', '148.163.158.36');
const CISCO = relay('esa3.hc3136-12.iphmx.com', 'esa3.hc3136-12.iphmx.com', '68.232.139.136');

const ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(HL_EXO.ip, HL_EXO.rdns),
  ...ptr(TW_EXO.ip, TW_EXO.rdns),
  ...ptr(QS_EXO.ip, QS_EXO.rdns),
  ...ptr(MIMECAST_OUT.ip, MIMECAST_OUT.rdns),
  ...ptr(MIMECAST_IN.ip, MIMECAST_IN.rdns),
  ...ptr(PROOFPOINT.ip, PROOFPOINT.rdns),
  ...ptr(CISCO.ip, CISCO.rdns),
  'eu._netblocks.mimecast.com': { TXT: ['v=spf1 ip4:185.58.84.0/22 ip4:195.130.217.0/24 ~all'] },
  'spf.hc3136-12.iphmx.com': { TXT: ['v=spf1 ip4:68.232.139.0/24 ~all'] },
  'spf-00136601.pphosted.com': { TXT: ['v=spf1 ip4:148.163.156.0/23 ip4:148.163.158.0/24 -all'] },
  [HL]: {
    TXT: [
      'v=spf1 include:spf.protection.outlook.com include:eu._netblocks.mimecast.com include:spf-00136601.pphosted.com include:spf.hc3136-12.iphmx.com -all',
    ],
  },
  [`_dmarc.${HL}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`selector1._domainkey.${HL}`]: KEY(),
  [`mimecast20240610._domainkey.${HL}`]: KEY(),
  [`pps136._domainkey.${HL}`]: KEY(),
  [`esa136._domainkey.${HL}`]: KEY(),
  [TW]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${TW}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`selector1._domainkey.${TW}`]: KEY(),
  [QS]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${QS}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...tenantKey(QS_TENANT, QS_SEL),
  'arcselector10001._domainkey.microsoft.com': KEY(),
  'arc-2018._domainkey.mimecast.com': KEY(),
  // Attack twins' tenants: a trial tenant on onmicrosoft.com and a look-alike with its own domain.
  ...tenantKey('tidewateraccounts', 'selector1-tidewateraccounts-onmicrosoft-com'),
  'tidewater-payroll.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  '_dmarc.tidewater-payroll.example': { TXT: ['v=DMARC1; p=reject'] },
  'selector1._domainkey.tidewater-payroll.example': KEY(),
};

// --- The sending tenant ------------------------------------------------------------------------
/** A tenant's own hops below its outbound hand-off (MAPI submission, transport), eurprd or namprd. */
const tenantHops = (mbx: string, region = 'namprd08', net = '2603:10b6') => [
  `Received: from ${mbx}.${region}.prod.outlook.com (${net}:5:10f::36)\r\n by BN0PR08MB7136.${region}.prod.outlook.com (${net}:408:15b::36) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${SENT}`,
  `Received: from ${mbx}.${region}.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a36]) by ${mbx}.${region}.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a36%6]) with mapi id 15.20.8158.023; ${SENT}`,
];

/** Harbourline's on-premises Exchange 2019 handing to EOP over the hybrid connector. */
const hybridHops = (ad = 'harbourline.local') => [
  `Received: from BN0PR08MB7136.namprd08.prod.outlook.com (2603:10b6:408:15b::36) by\r\n DM6PR08MB5136.namprd08.prod.outlook.com (2603:10b6:5:10f::36) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.8158.24; ${SENT}`,
  `Received: from BN1NAM02FT0136.eop-nam02.prod.protection.outlook.com\r\n (2603:10b6:408:15b:cafe::36) by BN0PR08MB7136.outlook.office365.com\r\n (2603:10b6:408:15b::36) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24 via Frontend\r\n Transport; ${SENT}`,
  `Received: from EXCH02.${ad} (203.0.113.36) by\r\n BN1NAM02FT0136.mail.protection.outlook.com (10.13.2.136) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.8158.14 via Frontend Transport; ${SENT}`,
  `Received: from EXCH01.${ad} (10.20.1.11) by EXCH02.${ad} (10.20.1.12)\r\n with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; ${SENT}`,
  `Received: from EXCH01.${ad} ([fe80::1d2c:3b4a:5e6f:7081]) by EXCH01.${ad}\r\n ([fe80::1d2c:3b4a:5e6f:7081%12]) with mapi id 15.02.1544.011; ${SENT}`,
];

interface Msg {
  from: string;
  to?: string;
  subject: string;
  body: string;
  id: string;
  extra?: string[];
  /** The tenant's signing (domain, selector); default Harbourline's selector1. */
  signer?: [string, string];
  /** The tenant's CrossTenant rows (default Hosted, Harbourline's id). */
  entity?: string;
  tenant?: string;
}

/** Microsoft's outbound ARC i=1 over the tenant's signed mail, as realworld100 records it. */
const outboundSeal = (raw: string, fromDomain: string, dkimDomain: string) =>
  sealCorpus(raw, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${fromDomain}; dmarc=pass action=none header.from=${fromDomain}; dkim=pass header.d=${dkimDomain}; arc=none`,
  });

/** A tenant's mail as it leaves Exchange Online: signed, its own hops, Microsoft's ARC i=1 on top. */
async function outOfTenant(m: Msg, hops: string[] = tenantHops('DM6PR08MB5136')): Promise<string> {
  const [d, s] = m.signer ?? [HL, 'selector1'];
  const fromDomain = m.from.slice(m.from.lastIndexOf('@') + 1).replace(/>$/, '');
  const raw = submitted({
    from: m.from,
    to: m.to ?? `Robin Reader <${ROBIN}>`,
    subject: m.subject,
    date: SENT,
    messageId: `<${m.id}@${m.id.slice(0, 4) === 'EUR0' ? 'eurprd05' : 'namprd08'}.prod.outlook.com>`,
    extraHeaders: [
      ...(m.extra ?? []),
      `X-MS-Exchange-CrossTenant-Id: ${m.tenant ?? HL_TENANT}`,
      `X-MS-Exchange-CrossTenant-FromEntityHeader: ${m.entity ?? 'Hosted'}`,
      'X-MS-Exchange-CrossTenant-AuthAs: Internal',
    ],
    body: m.body,
  });
  return outboundSeal(onTop(await signAll(raw, [[d, s]]), ...hops), fromDomain, d);
}

// --- The readers -------------------------------------------------------------------------------
const tenantArgs = (extra: string[] = []) => [...OUTLOOK, ...extra, '--recipient-domain', TW];
const gmailArgs = () => ['--webmail', 'gmail'];

/** Into the reader's own tenant: EOP's results (all pass) over the entry from `r`. */
const intoTenant = (raw: string, r: Relay, envelope: string, dkimD: string, fromDomain: string) =>
  eopDelivery(raw, {
    ...eopPass(
      r,
      envelope.slice(envelope.lastIndexOf('@') + 1),
      `dkim=pass (signature was verified)\r\n header.d=${dkimD}`,
      fromDomain,
    ),
    returnPath: `<${envelope}>`,
  });

/** Into Gmail: its results as given over the entry from `r`. */
const intoGmail = (
  raw: string,
  r: Relay,
  envelope: string,
  results: string[],
  n: string,
  spf: 'pass' | 'fail' = 'pass',
) =>
  gmailDelivery(raw, {
    relay: r,
    envelope,
    results: results.join('\r\n       '),
    ids: [`x136csp${n}pxb`, `a136si${n}qtc.136`],
    spf,
    deliveredTo: true,
    to: GMAIL_ROBIN,
  });

const gmailArc = (i: number, spfDomain: string, dk: string, from: string) =>
  `arc=pass (i=${i} spf=pass spfdomain=${spfDomain} dkim=pass dkdomain=${dk} dmarc=pass fromdomain=${from});`;

/** Harbourline's signed note to the reader, as the partner's users write them. */
const note = (subject: string, body: string, id: string, extra: Partial<Msg> = {}): Msg => ({
  from: DANA,
  subject,
  body: `Robin,\r\n\r\n${body}\r\n\r\nDana\r\n`,
  id,
  ...extra,
});

/** The gateways' own rows on the way out, above the tenant's outbound hand-off. */
const mimecastOut = (raw: string, unique: string) =>
  onTop(
    raw,
    `X-MC-Unique: ${unique}-1`,
    `Received: from ${HL_EXO.helo}\r\n (${HL_EXO.rdns} [${HL_EXO.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-41-${unique}-1; ${HOP}`,
  );
const proofpointOut = (raw: string, id: string) =>
  onTop(
    raw,
    `Received: from pps.filterd (m0136601.ppops.net [127.0.0.1])\r\n by mx0b-00136601.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id ${id};\r\n ${HOP}`,
    `Received: from ${HL_EXO.rdns} (${HL_EXO.rdns} [${HL_EXO.ip}])\r\n by mx0b-00136601.pphosted.com (PPS) with ESMTPS id ${id}-1\r\n (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\r\n ${HOP}`,
  );
const ciscoOut = (raw: string) =>
  onTop(
    raw,
    'IronPort-SDR: 673ec1a8_Ksr8RV6mFh136example0aPm0K3q0ZC0Yc4c9mFYkF0nNQ+tQ3x',
    'X-IronPort-AV: E=Sophos;i="6.12,171,1728975600"; \r\n   d="scan\'208";a="136136136"',
    `Received: from ${HL_EXO.rdns} (HELO ${HL_EXO.helo}) ([${HL_EXO.ip}])\r\n  by esa3.hc3136-12.iphmx.com with ESMTP/TLS; 20 Nov 2026 10:00:02 +0000`,
  );

// ================================================================================================
// None pending: every case below reads as wanted today.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface Emit {
  name: string;
  cls: string;
  about: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, e: Emit) =>
  emitCase(write, { ...e, class: `realworld136-${e.cls}`, zone: ZONE });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- 1. Cross-tenant: both tenants' hops, Microsoft's outbound ARC i=1 ----
  {
    const m = note(
      'Berth 4 handover, Monday',
      'the berth is yours from 06:00 Monday; keys at the gatehouse.',
      'DM6PR08MB5136A1',
    );
    emit(write, {
      name: 'realworld136-outlook-cross-tenant-both-tenants-hops',
      cls: 'cross-tenant',
      about: `Genuine: Harbourline's user (its own tenant, d=${HL} selector1, p=reject) writes to the reader's tenant. The message carries Harbourline's MAPI and transport hops (2603:10b6:… inside namprd08), Microsoft's outbound ARC i=1 (d=microsoft.com arcselector10001, cv=none), the X-MS-Exchange-CrossTenant rows of the SENDING tenant, then the reader's EOP entry from ${HL_EXO.rdns} and its own mailbox hops above. Outlook, --recipient-domain ${TW}. Wanted: authenticated (the sender's internal hops and the other tenant's rows are below the entry: not the reader's).`,
      eml: intoTenant(await outOfTenant(m), HL_EXO, DANA_ADDR, HL, HL),
      args: tenantArgs(),
      expect: PASSES,
      twin: true,
    });
    emit(write, {
      name: 'realworld136-gmail-cross-tenant-outbound-arc',
      cls: 'cross-tenant',
      about: `Genuine: the same partner's mail into the reader's private Gmail: Gmail records dkim=pass d=${HL}, arc=pass (i=1, Microsoft's outbound seal recording the tenant's own passes), spf=pass, dmarc=pass. Wanted: authenticated.`,
      eml: intoGmail(
        await outOfTenant({ ...m, to: `Robin Reader <${GMAIL_ROBIN}>`, id: 'DM6PR08MB5136A2' }),
        HL_EXO,
        DANA_ADDR,
        [gmailDkim(HL, 'selector1'), gmailArc(1, HL, HL, HL), gmailSpf(DANA_ADDR, HL_EXO.ip), gmailDmarc(HL)],
        'b',
      ),
      args: gmailArgs(),
      expect: PASSES,
    });
  }

  // ---- 2. Hybrid: on-premises Exchange 2019 → Exchange Online → the reader's tenant ----
  emit(write, {
    name: 'realworld136-outlook-hybrid-onprem-through-exo',
    cls: 'hybrid',
    about: `Genuine: Harbourline's mailbox still on its on-premises Exchange 2019 (EXCH01 → EXCH02, 10.20.1.x, then EXCH02 at 203.0.113.36 over the hybrid connector into EOP's frontend BN1NAM02FT0136) goes out through its tenant, which signs d=${HL} selector1 and seals ARC i=1; X-MS-Exchange-CrossTenant-FromEntityHeader: HybridOnPrem. Into the reader's tenant, Outlook, --recipient-domain ${TW}. Wanted: authenticated (the on-premises public address and Harbourline's own EOP frontend are the sender's hops, below the reader's entry).`,
    eml: intoTenant(
      await outOfTenant(
        note('Crane schedule, week 48', 'crane 2 is down Tuesday morning for inspection.', 'EXCH01HL136C', {
          entity: 'HybridOnPrem',
        }),
        hybridHops(),
      ),
      HL_EXO,
      DANA_ADDR,
      HL,
      HL,
    ),
    args: tenantArgs(),
    expect: PASSES,
    twin: true,
  });

  // ---- 3. Outbound through the partner's gateways ----
  {
    const raw = await outOfTenant(
      note(
        'Pilotage invoice query',
        'could you confirm the pilotage hours on invoice 4471?',
        'DM6PR08MB5136D',
        {
          to: `Robin Reader <${GMAIL_ROBIN}>`,
        },
      ),
    );
    const viaMimecast = await signAll(mimecastOut(raw, 'Qm136dEXAMPLEmc'), [[HL, 'mimecast20240610']]);
    emit(write, {
      name: 'realworld136-gmail-exo-outbound-via-mimecast',
      cls: 'outbound-gateway',
      about: `Genuine: Harbourline's tenant smart-hosts its outbound mail through Mimecast (outbound connector): EXO's ${HL_EXO.rdns} hands it to relay.mimecast.com, which adds X-MC-Unique and its own signature for the customer (d=${HL} s=mimecast20240610, above EXO's selector1 and Microsoft's ARC i=1) and delivers from ${MIMECAST_OUT.rdns} [${MIMECAST_OUT.ip}] (in Harbourline's SPF through eu._netblocks.mimecast.com). Gmail: both signatures pass, arc=pass (i=1), spf=pass, dmarc=pass. Wanted: authenticated.`,
      eml: intoGmail(
        viaMimecast,
        MIMECAST_OUT,
        DANA_ADDR,
        [
          gmailDkim(HL, 'mimecast20240610'),
          gmailDkim(HL, 'selector1'),
          gmailArc(1, HL, HL, HL),
          gmailSpf(DANA_ADDR, MIMECAST_OUT.ip),
          gmailDmarc(HL),
        ],
        'd',
      ),
      args: gmailArgs(),
      expect: PASSES,
      twin: true,
    });
  }
  {
    const raw = await outOfTenant(
      note('Reefer plug allocation', 'we need six reefer plugs on Thursday.', 'DM6PR08MB5136E'),
    );
    const viaPp = await signAll(proofpointOut(raw, '4AK9sE136a01'), [[HL, 'pps136']]);
    emit(write, {
      name: 'realworld136-outlook-exo-outbound-via-proofpoint',
      cls: 'outbound-gateway',
      about: `Genuine: the same tenant's mail smart-hosted through Proofpoint on Demand (pps.filterd on m0136601.ppops.net [127.0.0.1], PPS with ESMTPS from EXO's outbound host), signed again d=${HL} s=pps136, delivered from ${PROOFPOINT.rdns} [${PROOFPOINT.ip}] into the reader's tenant. Outlook, --recipient-domain ${TW}. Wanted: authenticated.`,
      eml: intoTenant(viaPp, PROOFPOINT, DANA_ADDR, HL, HL),
      args: tenantArgs(),
      expect: PASSES,
    });
  }
  {
    const raw = await outOfTenant(
      note('Fuel barge ETA', 'the barge is due alongside at 14:30.', 'DM6PR08MB5136F', {
        to: `Robin Reader <robin.reader@${HL}>`,
      }),
    );
    const viaEsa = await signAll(ciscoOut(raw), [[HL, 'esa136']]);
    // Harbourline's own colleague on the firm's self-hosted box (its internal journal copy sent
    // out through the ESA), read with --authserv-id.
    const eml = onTop(
      viaEsa,
      `Return-Path: <${DANA_ADDR}>`,
      dovecotLmtp(BOX, DANA_ADDR, `robin.reader@${HL}`, 'kB136fdE3fG4hI5jK6lM7n', ENTERED),
      `Authentication-Results: ${BOX}; dmarc=pass (p=reject dis=none) header.from=${HL}`,
      `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${HL} header.i=@${HL} header.a=rsa-sha256 header.s=esa136 header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
      `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${DANA_ADDR}`,
      `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${CISCO.ip}; helo=${CISCO.helo}; envelope-from=${DANA_ADDR}; receiver=<UNKNOWN>`,
      `Received: from ${CISCO.helo} (${CISCO.rdns} [${CISCO.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw136fa2\r\n\tfor <robin.reader@${HL}>; ${ENTERED}`,
    );
    emit(write, {
      name: 'realworld136-box-exo-outbound-via-cisco-esa',
      cls: 'outbound-gateway',
      about: `Genuine: Harbourline's tenant smart-hosting through Cisco Secure Email Cloud (X-IronPort-AV, IronPort-SDR, \`by esa3.hc3136-12.iphmx.com with ESMTP/TLS\` from EXO's outbound host), signed again d=${HL} s=esa136, delivered from ${CISCO.rdns} [${CISCO.ip}] to a self-hosted Postfix box (OpenDKIM/OpenDMARC/policyd-spf, Dovecot LMTP). --authserv-id ${BOX}. Wanted: authenticated.`,
      eml,
      args: ['--authserv-id', BOX],
      expect: PASSES,
    });
  }

  // ---- 4. The reader's tenant behind Mimecast (Enhanced Filtering, URL Protect, Mimecast's ARC) ----
  {
    const raw = await outOfTenant(
      note(
        'Updated tide tables',
        'updated tables: https://docs.harbourline.example/tides/2026-12.pdf',
        'DM6PR08MB5136G',
      ),
    );
    const rewritten = rewriteBody(
      raw,
      'https://docs.harbourline.example/tides/2026-12.pdf',
      'https://url.uk.m.mimecastprotect.com/s/Tx136EXAMPLEdocs?domain=docs.harbourline.example',
    );
    const mcIn = onTop(
      rewritten,
      'X-Mimecast-Spam-Score: 1',
      'X-MC-Unique: Tw136gEXAMPLEin-1',
      `Received: from ${HL_EXO.helo}\r\n (${HL_EXO.rdns} [${HL_EXO.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-77-Tw136gEXAMPLEin-1; ${HOP}`,
    );
    const sealed = await sealAs(mcIn, {
      domain: 'mimecast.com',
      selector: 'arc-2018',
      cv: 'pass',
      authResults: `relay.mimecast.com; dkim=pass header.d=${HL} header.s=selector1 header.b=Q29ycHVz; arc=pass ("microsoft.com:s=arcselector10001:i=1"); dmarc=pass (policy=reject) header.from=${HL}; spf=pass (relay.mimecast.com: domain of ${DANA_ADDR} designates ${HL_EXO.ip} as permitted sender) smtp.mailfrom=${DANA_ADDR}`,
    });
    const eml = eopDelivery(sealed, {
      ip: MIMECAST_IN.ip,
      helo: MIMECAST_IN.helo,
      ar: `spf=pass (sender IP is ${HL_EXO.ip})\r\n smtp.mailfrom=${HL}; dkim=fail (body hash did not verify)\r\n header.d=${HL};dmarc=pass action=none\r\n header.from=${HL};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${HL} designates\r\n ${HL_EXO.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${HL_EXO.ip}; helo=${HL_EXO.helo}; pr=C`,
      returnPath: `<${DANA_ADDR}>`,
      bottom: [
        `X-MS-Exchange-SkipListedInternetSender:\r\n ip=[${HL_EXO.ip}];domain=${HL_EXO.helo}`,
        `X-MS-Exchange-ExternalOriginalInternetSender:\r\n ip=[${HL_EXO.ip}];domain=${HL_EXO.helo}`,
      ],
    });
    const story = `Genuine: Harbourline's signed mail into the reader's tenant, whose MX is Mimecast: Mimecast's URL Protect rewrites the link (the selector1 body hash no longer verifies), Mimecast seals ARC i=2 (d=mimecast.com s=arc-2018) recording dkim, arc, spf and dmarc pass, and hands it from ${MIMECAST_IN.rdns} to EOP, whose connector has Enhanced Filtering: SPF checked at Harbourline's EXO address, dkim=fail (body hash), dmarc=pass, compauth=pass, the SkipListed rows at the bottom (the c7solutions layout)`;
    emit(write, {
      name: 'realworld136-outlook-reader-behind-mimecast-trusted',
      cls: 'reader-gateway',
      about: `${story}. The reader has trusted the gateway (--trust-gateway mimecast.com). Wanted: authenticated.`,
      eml,
      args: tenantArgs(['--trust-gateway', 'mimecast.com']),
      expect: PASSES,
    });
    emit(write, {
      name: 'realworld136-outlook-reader-behind-mimecast-untrusted',
      cls: 'reader-gateway',
      about: `${story}. Gateway NOT trusted. Wanted: unverified at worst, never suspicious or spoofed (Mimecast is a trusted ARC sealer built in, and EOP's own record says the partner passed).`,
      eml,
      args: tenantArgs(),
      expect: HONEST,
    });
  }

  // ---- 5. Transport-rule redirect to Gmail: SRS envelope, ARC i=2 by the reader's tenant ----
  {
    const inTw = await outOfTenant(
      note('Gate pass for Monday', 'your gate pass is ready at the gatehouse.', 'DM6PR08MB5136H', {
        to: `Robin Reader <${ROBIN}>`,
      }),
    );
    const srs = `bounces+SRS=Hb136=TT=${HL}=dana.whitfield@${TW}`;
    const redirected = await sealCorpus(
      onTop(
        inTw,
        `Received: from BL02EPF00029136.namprd02.prod.outlook.com (2603:10b6:208:2b9::36)\r\n by SJ0PR11MB4136.namprd11.prod.outlook.com (2603:10b6:a03:2b9::36) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${HOP}`,
        `Received: from ${HL_EXO.helo} (${HL_EXO.ip}) by\r\n BL02EPF00029136.mail.protection.outlook.com (10.167.249.136) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; ${HOP}`,
        'X-MS-Exchange-Transport-Rules-Loop: 1',
      ),
      {
        domain: 'microsoft.com',
        selector: 'arcselector10001',
        cv: 'pass',
        authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${HL_EXO.ip}) smtp.rcpttodomain=gmail.com smtp.mailfrom=${HL}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${HL}; dkim=pass (signature was verified) header.d=${HL}; arc=pass (0 oda=1 ltdi=1 spf=[1,1,smtp.mailfrom=${HL}] dkim=[1,1,header.d=${HL}] dmarc=[1,1,header.from=${HL}])`,
      },
    );
    emit(write, {
      name: 'realworld136-gmail-tenant-transport-rule-redirect-srs',
      cls: 'redirect',
      about: `Genuine: the reader's tenant has a transport rule redirecting mail for ${ROBIN} to his Gmail while on leave; EXO rewrites the envelope with SRS (${srs}), seals ARC i=2 (microsoft.com, cv=pass, its EOP's record of Harbourline's passes) above the partner's i=1, and sends from ${TW_EXO.rdns}. Gmail: dkim=pass d=${HL} (untouched), arc=pass (i=2), SPF pass for ${TW} (not aligned), dmarc=pass on the signature. Wanted: authenticated.`,
      eml: intoGmail(
        redirected,
        TW_EXO,
        srs,
        [gmailDkim(HL, 'selector1'), gmailArc(2, HL, HL, HL), gmailSpf(srs, TW_EXO.ip), gmailDmarc(HL)],
        'h',
      ),
      args: gmailArgs(),
      expect: PASSES,
      twin: true,
    });
  }

  // ---- 6. A tenant without custom DKIM: d=<tenant>.onmicrosoft.com, DMARC on SPF alone ----
  const QS_FROM = `Quayside Cafe <hello@${QS}>`;
  const qsMsg = (id: string, to: string): Msg => ({
    from: QS_FROM,
    to,
    subject: 'Catering order 136 confirmed',
    body: 'Hi Robin,\r\n\r\nyour sandwich platters for 40 are confirmed for Tuesday 12:00.\r\n\r\nQuayside Cafe\r\n',
    id,
    signer: [`${QS_TENANT}.onmicrosoft.com`, QS_SEL],
    tenant: 'c0ffee13-6a1b-4c2d-9e8f-0a1b2c3d4e36',
  });
  const qsHops = tenantHops('DB9PR05MB8136', 'eurprd05', '2603:10a6');
  emit(write, {
    name: 'realworld136-outlook-tenant-without-custom-dkim',
    cls: 'onmicrosoft-dkim',
    about: `Genuine: a small café's tenant that never enabled DKIM for its own domain (${QS}, p=quarantine): EXO signs d=${QS_TENANT}.onmicrosoft.com s=${QS_SEL} (not aligned), SPF passes for hello@${QS} through spf.protection.outlook.com (aligned), so DMARC passes on SPF. Into the reader's tenant, Outlook, --recipient-domain ${TW}. Wanted: unverified, never suspicious or spoofed: the README's verdict row 10 keeps an SPF-only pass through Microsoft's shared include unverified by choice (any tenant sends from those servers; a tenant names its onmicrosoft.com signer freely; lib/findings/auth-state.ts sharedSpfPlatform), the honest answer for a real tenant that has not set up DKIM.`,
    eml: intoTenant(
      await outOfTenant(qsMsg('DB9PR05MB8136A', `Robin Reader <${ROBIN}>`), qsHops),
      QS_EXO,
      `hello@${QS}`,
      `${QS_TENANT}.onmicrosoft.com`,
      QS,
    ),
    args: tenantArgs(),
    expect: SHARED_SPF_ONLY,
    twin: true,
  });
  {
    const inTw = await outOfTenant(qsMsg('DB9PR05MB8136B', `Robin Reader <${ROBIN}>`), qsHops);
    const srs = `bounces+SRS=Qc136=TT=${QS}=hello@${TW}`;
    const fwd = await sealCorpus(
      onTop(
        inTw,
        `Received: from BL02EPF00029136.namprd02.prod.outlook.com (2603:10b6:208:2b9::36)\r\n by SJ0PR11MB4136.namprd11.prod.outlook.com (2603:10b6:a03:2b9::36) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${HOP}`,
        `Received: from ${QS_EXO.helo} (${QS_EXO.ip}) by\r\n BL02EPF00029136.mail.protection.outlook.com (10.167.249.136) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; ${HOP}`,
        `X-MS-Exchange-ForwardingLoop: ${ROBIN};${TW_TENANT}`,
      ),
      {
        domain: 'microsoft.com',
        selector: 'arcselector10001',
        cv: 'pass',
        authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${QS_EXO.ip}) smtp.rcpttodomain=gmail.com smtp.mailfrom=${QS}; dmarc=pass (p=quarantine sp=quarantine pct=100) action=none header.from=${QS}; dkim=pass (signature was verified) header.d=${QS_TENANT}.onmicrosoft.com; arc=pass (0 oda=1 ltdi=1 spf=[1,1,smtp.mailfrom=${QS}] dmarc=[1,1,header.from=${QS}])`,
      },
    );
    emit(write, {
      name: 'realworld136-gmail-onmicrosoft-dkim-after-mailbox-forward',
      cls: 'onmicrosoft-dkim',
      about: `Genuine: the same café's mail, forwarded by the reader's own mailbox (tenant ${TW}) to his Gmail: SRS envelope ${srs}, ARC i=2 by microsoft.com recording the original SPF and DMARC pass. At Gmail nothing aligns any more: d=${QS_TENANT}.onmicrosoft.com passes unaligned, SPF passes for ${TW}; Gmail records dmarc=fail (p=QUARANTINE) beside arc=pass (i=2). Wanted: never suspicious or spoofed: Microsoft's seal (a built-in trusted sealer) is what vouches; unverified is honest if HeaderLens will not take a forwarder's word for an SPF-only pass.`,
      eml: intoGmail(
        fwd,
        TW_EXO,
        srs,
        [
          `dkim=pass header.i=@${QS_TENANT}.onmicrosoft.com header.s=${QS_SEL} header.b=Q29ycHVz;`,
          gmailArc(2, QS, `${QS_TENANT}.onmicrosoft.com`, QS),
          gmailSpf(srs, TW_EXO.ip),
          gmailDmarc(QS, 'QUARANTINE', 'fail'),
        ],
        'j',
      ),
      args: gmailArgs(),
      expect: HONEST,
    });
  }
  emit(write, {
    name: 'realworld136-outlook-trial-tenant-reader-org-name-attack-twin',
    cls: 'onmicrosoft-attack-twin',
    about: `Attack twin: an outsider's trial tenant, no custom domain, named "Tidewater Accounts": "Tidewater Accounts" <accounts@tidewateraccounts.onmicrosoft.com>, signed d=tidewateraccounts.onmicrosoft.com, SPF pass through Microsoft's ranges, "payroll bank details update" to the reader's tenant. Outlook, --recipient-domain ${TW}. Wanted: not trusted (the reader's firm's name from an address anyone can register).`,
    eml: intoTenant(
      await outOfTenant(
        {
          from: '"Tidewater Accounts" <accounts@tidewateraccounts.onmicrosoft.com>',
          subject: 'Payroll: confirm your bank details before 25 November',
          body: 'Hello,\r\n\r\nplease confirm your bank details for the December payroll here: https://tidewater-payroll.example/confirm\r\n\r\nTidewater Accounts\r\n',
          id: 'PH0PR19MB7136X',
          signer: ['tidewateraccounts.onmicrosoft.com', 'selector1-tidewateraccounts-onmicrosoft-com'],
          tenant: 'deadbeef-0136-4abc-9def-0123456789ab',
        },
        tenantHops('PH0PR19MB7136', 'namprd19'),
      ),
      HL_EXO,
      'accounts@tidewateraccounts.onmicrosoft.com',
      'tidewateraccounts.onmicrosoft.com',
      'tidewateraccounts.onmicrosoft.com',
    ),
    args: tenantArgs(),
    expect: NOT_TRUSTED,
  });

  // ---- 7. A shared mailbox's "on behalf of" ----
  emit(write, {
    name: 'realworld136-outlook-shared-mailbox-on-behalf',
    cls: 'on-behalf',
    about: `Genuine: Dana answers from Harbourline's shared accounts mailbox with "Send on Behalf" rights: From "Harbourline Accounts" <accounts@${HL}>, Sender ${DANA} (Outlook shows "Dana Whitfield on behalf of Harbourline Accounts"), envelope Dana's (assumed), signed d=${HL} selector1. Into the reader's tenant, Outlook, --recipient-domain ${TW}. Wanted: authenticated (Sender and From in the same authenticated domain).`,
    eml: intoTenant(
      await outOfTenant({
        from: `Harbourline Accounts <accounts@${HL}>`,
        subject: 'Remittance advice 136-0042',
        body: 'Hello,\r\n\r\npayment of GBP 4,136.00 for invoice TW-2291 left today.\r\n\r\nDana Whitfield, for Harbourline Accounts\r\n',
        id: 'DM6PR08MB5136K',
        extra: [`Sender: ${DANA}`],
      }),
      HL_EXO,
      DANA_ADDR,
      HL,
      HL,
    ),
    args: tenantArgs(),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld136-outlook-on-behalf-reader-org-lookalike-attack-twin',
    cls: 'on-behalf-attack-twin',
    about: `Attack twin: a look-alike tenant with its own verified domain tidewater-payroll.example (p=reject, selector1, all pass) sends "on behalf of": From "Tidewater Payroll" <payroll@tidewater-payroll.example>, Sender "Robin's manager" <m.keane@tidewater-payroll.example>, to the reader's tenant. Outlook, --recipient-domain ${TW}. Wanted: not trusted (the reader's firm's name from a look-alike domain).`,
    eml: intoTenant(
      await outOfTenant(
        {
          from: '"Tidewater Payroll" <payroll@tidewater-payroll.example>',
          subject: 'Action needed: December payroll bank details',
          body: 'Hello,\r\n\r\nplease confirm your details: https://tidewater-payroll.example/confirm\r\n\r\nTidewater Payroll\r\n',
          id: 'PH0PR19MB7136Y',
          extra: ['Sender: "Maya Keane" <m.keane@tidewater-payroll.example>'],
          signer: ['tidewater-payroll.example', 'selector1'],
          tenant: 'deadbeef-0136-4abc-9def-0123456789ac',
        },
        tenantHops('PH0PR19MB7136', 'namprd19'),
      ),
      HL_EXO,
      'm.keane@tidewater-payroll.example',
      'tidewater-payroll.example',
      'tidewater-payroll.example',
    ),
    args: tenantArgs(),
    expect: NOT_TRUSTED,
  });
}
