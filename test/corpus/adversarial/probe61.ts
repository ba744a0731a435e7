// Red-team probes, sixty-first round (December 2026): Microsoft 365 "Direct Send" and the tenant's
// own name, read in Outlook on the web (`--webmail outlook`) by a reader at northbank.example, a
// Microsoft 365 tenant, online and offline.
// - The 2025 Direct Send abuse (Varonis, "Direct Send exploit", 70+ organisations): a rented VPS
//   connects to the tenant's own smart host (northbank-example.mail.protection.outlook.com), sends
//   without logging in as ceo@northbank.example to ap@northbank.example; EOP accepts it as anonymous
//   inbound mail and records spf=fail/softfail, dmarc=fail (action=oreject under p=reject, as
//   Exchange Online delivers such mail to Junk rather than rejecting it) or dmarc=none when the
//   domain publishes no record, compauth=fail reason=601 (the 6xx family: intra-organisation
//   spoofing, Microsoft's compauth reason table). Probed at p=reject, p=quarantine, p=none with
//   SPF ~all (the usual real tenant) and with no DMARC record, online and offline; with the
//   attacker's own envelope (SPF passes for his domain, not aligned); with the HELO of the tenant's
//   own mailbox server over a forged hand-off from the bank's own address below (the Outlook
//   profile's entry rule, lib/message/origin.ts findOrigin 2a and lib/message/origin-exchange.ts,
//   must stop at EOP's frontend whatever the client calls itself); and with Exchange Online's
//   organisation rows (X-MS-Exchange-Organization-AuthAs Internal, -MessageDirectionality
//   Originating, X-MS-Exchange-CrossTenant-*, X-Forefront-Antispam-Report SCL:-1 DIR:INT), EOP's
//   id-less results and a MAPI submission written by the sender below the entry, Exchange's own
//   Anonymous rows appended under them.
// - The attacker's own Microsoft 365 tenant (contoso-pay.onmicrosoft.com), From the bank's CEO:
//   SPF and DKIM pass for the onmicrosoft.com domain, DMARC fails for the reader's own domain;
//   online and offline (offline only EOP's record above the entry can tell).
// - An inbound partner connector (TLS certificate of a payroll SaaS): a customer of the SaaS sends
//   From the bank's CEO through it; EOP stamps AuthAs Partner.
// Controls: genuine mail between two mailboxes of the tenant (unverified, inside the receiver, as
// m365-intra-organisation); the partner's genuine signed payslip notice through the connector; the
// bank's own on-premises application sending signed through Direct Send from its SPF address.
// Tried, held (cases pinned): the tenant-mailbox HELO with a forged on-premises hop below (the walk
// stops at EOP's entry), the forged internal rows and MAPI chain (never "inside the receiver"),
// AuthAs Partner (no credit given).
// Not repeated: m365-trial-tenant-spoof / m365-fake-internal-chain / m365-forged-eop-results-below-entry
// (another domain's reader), rw28's printer Direct Send, probe44/45 (Edge Transport), probe43
// (hybrid rows). Layouts: EOP's lines and rows as test/corpus/m365-shapes.ts and receivers.ts
// eopDelivery / exchangeInternal; the compauth reason codes and "dmarc=fail action=oreject" from
// public write-ups found with the search tool (captaindns.com "compauth=fail on Microsoft 365",
// dmarc.cc "Microsoft 365 Groups bypass DMARC", Excello's account of the Varonis Direct Send
// campaign). Names and addresses are documentation ones, except Microsoft's.

import {
  ATTACKER_IP,
  BANK_IP,
  BANK_KEY,
  emitCase,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  SPOOFED,
  signAll,
} from '../kit';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { EOP_UNSIGNED, eopDelivery, exchangeInternal, exchangeMapiHop } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the sixty-first round's report). */
// Fixed at 04:26 on 2026-12-05. (A) lib/findings/receiver-record.ts recordedFail: offline in the
// Outlook profile, EOP's own header above its entry line counts when it records a DMARC fail it
// enforced (action=reject/quarantine) with compauth=fail: receiver-recorded-fail, spoofed. (B)
// recordedSpoof: compauth=fail with a 6xx reason (Microsoft's intra-organisation spoof) where
// nothing authenticates the From domain: receiver-recorded-spoof (medium), suspicious at p=none
// (policy-none-with-concerns) and with no DMARC record or offline (new row receiver-recorded-spoof).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const NB = 'northbank.example';
const TENANT_ID = '8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f';
/** The tenant's EOP inbound frontend (its smart host is northbank-example.mail.protection.outlook.com). */
const FRONTEND = 'BL02EPF00029927';
/** The attacker's rented VPS, as it greets. */
const VPS = { helo: 'vps-4471.cheap-vps.example', ip: ATTACKER_IP };
const ATTACKER_DOMAIN = 'cheap-vps.example';
/** The tenant's mailbox server, whose name the attacker borrows as HELO in one case. */
const NB_MBX = 'PH7PR11MB8600.namprd11.prod.outlook.com';
const CEO = `Daniel Hart <ceo@${NB}>`;
const AP = `Accounts Payable <ap@${NB}>`;
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

/** The tenant's DNS: SPF `spf` (Microsoft 365, plus its own servers), DMARC `dmarc` (none: no record). */
const tenantZone = (all: '-all' | '~all', dmarc?: string) => ({
  ...M365_SPF_ZONE,
  [NB]: {
    TXT: [`v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com ${all}`],
    MX: [{ priority: 0, exchange: 'northbank-example.mail.protection.outlook.com' }],
  },
  ...(dmarc ? { [`_dmarc.${NB}`]: { TXT: [`v=DMARC1; ${dmarc}`] } } : {}),
  ...BANK_KEY,
  [ATTACKER_DOMAIN]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
});

/** The BEC lure: the CEO asks AP to pay a new supplier today. */
const lure = (extra: string[] = [], from = CEO) =>
  submitted({
    from,
    to: AP,
    subject: 'Urgent wire - new supplier',
    messageId: '<20261120095958.1F2E3D4C@vps-4471.cheap-vps.example>',
    body: 'Hi,\r\n\r\nPlease process the attached invoice today to the new account below. I am in meetings all day, reply by e-mail only.\r\n\r\nDaniel\r\n',
    extraHeaders: extra,
  });

/** EOP's id-less Authentication-Results and Received-SPF for the client at `ip`. */
function eop(o: {
  ip: string;
  helo: string;
  mailfrom: string;
  spf: string;
  dkim?: string;
  dmarc: string;
  compauth: string;
}) {
  const spfWords: Record<string, string> = {
    fail: `Fail (protection.outlook.com: domain of ${o.mailfrom} does not\r\n designate ${o.ip} as permitted sender)`,
    softfail: `SoftFail (protection.outlook.com: domain of transitioning\r\n ${o.mailfrom} discourages use of ${o.ip} as permitted sender)`,
    pass: `Pass (protection.outlook.com: domain of ${o.mailfrom} designates\r\n ${o.ip} as permitted sender)`,
  };
  return {
    ip: o.ip,
    helo: o.helo,
    ar: `spf=${o.spf} (sender IP is ${o.ip})\r\n smtp.mailfrom=${o.mailfrom}; ${o.dkim ?? EOP_UNSIGNED};dmarc=${o.dmarc}\r\n header.from=${NB};compauth=${o.compauth}`,
    spf: `${spfWords[o.spf]} receiver=protection.outlook.com;\r\n client-ip=${o.ip}; helo=${o.helo};`,
    frontend: FRONTEND,
  };
}

/** Direct Send of `raw` from `client`, envelope `mailfrom`, EOP recording `rec`; `below` under the entry. */
const directSend = (
  raw: string,
  rec: { spf: string; dmarc: string; compauth: string },
  o: { client?: { helo: string; ip: string }; envelope?: string; below?: string[]; bottom?: string[] } = {},
) => {
  const client = o.client ?? VPS;
  const envelope = o.envelope ?? `ceo@${NB}`;
  return eopDelivery(raw, {
    ...eop({ ...client, mailfrom: envelope.slice(envelope.indexOf('@') + 1), ...rec }),
    returnPath: envelope,
    below: o.below,
    bottom: [
      'X-MS-Exchange-Organization-SCL: 5',
      `X-MS-Exchange-CrossTenant-Id: ${TENANT_ID}`,
      ...(o.bottom ?? []),
    ],
  });
};

/** What EOP records for the forgery at each policy. */
const REC = {
  reject: { spf: 'fail', dmarc: 'fail action=oreject', compauth: 'fail reason=000' },
  quarantine: { spf: 'fail', dmarc: 'fail action=quarantine', compauth: 'fail reason=000' },
  noneSoft: { spf: 'softfail', dmarc: 'fail action=none', compauth: 'fail reason=601' },
  noRecord: { spf: 'softfail', dmarc: 'none action=none', compauth: 'fail reason=601' },
};

/** The organisation rows Exchange Online stamps on mail between two of the tenant's mailboxes. */
const FORGED_INTERNAL_ROWS = [
  `Authentication-Results: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=${NB};`,
  'X-MS-Exchange-Organization-AuthAs: Internal',
  'X-MS-Exchange-Organization-AuthMechanism: 04',
  `X-MS-Exchange-Organization-AuthSource: ${NB_MBX}`,
  'X-MS-Exchange-Organization-MessageDirectionality: Originating',
  'X-MS-Exchange-CrossTenant-AuthAs: Internal',
  'X-MS-Exchange-CrossTenant-AuthSource: PH7PR11MB8600.namprd11.prod.outlook.com',
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
  `X-MS-Exchange-CrossTenant-Id: ${TENANT_ID}`,
  `X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:-1;SRV:;IPV:NLI;SFV:SKI;H:${NB_MBX};PTR:;CAT:NONE;SFS:;DIR:INT;`,
];

/** The attacker's own tenant. */
const EVIL_TENANT = 'contoso-pay';
const EVIL = `${EVIL_TENANT}.onmicrosoft.com`;
const EVIL_OUT = { helo: 'NAM12-MW2-obe.outbound.protection.outlook.com', ip: '40.107.93.71' };

/** The payroll SaaS behind the tenant's inbound partner connector (TLS certificate *.payroll-partner.example). */
const PARTNER = 'payroll-partner.example';
const PARTNER_RELAY = { helo: `smtp-out2.${PARTNER}`, ip: '203.0.113.40' };
const PARTNER_ROWS = [
  'X-MS-Exchange-Organization-AuthAs: Partner',
  'X-MS-Exchange-Organization-AuthMechanism: 10',
  'X-MS-Exchange-Organization-Network-Message-Id: 1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7081',
];
const partnerZone = (dmarc: string) => ({
  ...tenantZone('-all', dmarc),
  [PARTNER]: { TXT: [`v=spf1 ip4:${PARTNER_RELAY.ip} -all`] },
  [`bounces.${PARTNER}`]: { TXT: [`v=spf1 ip4:${PARTNER_RELAY.ip} -all`] },
  [`s1._domainkey.${PARTNER}`]: KEY(),
  [`_dmarc.${PARTNER}`]: { TXT: ['v=DMARC1; p=reject'] },
});

export async function makeAll(write: CaseWriter): Promise<void> {
  const cls = (c: string) => `probe61-${c}`;

  // --- 1. Direct Send from the VPS, the tenant's own CEO, at each policy ----------------------------
  for (const [tag, rec, zone, expect, policy] of [
    ['reject', REC.reject, tenantZone('-all', 'p=reject'), SPOOFED, 'p=reject, SPF -all'],
    ['softfail-p-none', REC.noneSoft, tenantZone('~all', 'p=none'), NOT_TRUSTED, 'p=none, SPF ~all'],
  ] as const) {
    for (const online of [true, false]) {
      emitCase(write, {
        name: `probe61-direct-send-vps-ceo-to-ap-${tag}-${online ? 'online' : 'offline'}`,
        about: `The 2025 Direct Send abuse against the reader's own tenant (${policy}): a rented VPS (${VPS.ip}, HELO ${VPS.helo}) connects to the tenant's smart host and, without logging in, sends the CEO's "urgent wire" From ${CEO} to ${AP}, envelope ceo@${NB}, unsigned. EOP's entry line names the VPS; EOP records spf=${rec.spf}, dmarc=${rec.dmarc}, compauth=${rec.compauth}; Exchange stamps AuthAs Anonymous, Incoming. Read in Outlook ${online ? 'online' : "offline (no DNS: only EOP's record above its entry can tell)"}. Wanted: ${expect === SPOOFED ? 'spoofed' : 'not authenticated, not unverified'}: the message is not the CEO's, and the From is the reader's own domain`,
        class: cls('direct-send'),
        args: OUTLOOK,
        eml: directSend(lure(), rec),
        ...(online ? { zone } : {}),
        expect: online ? expect : NOT_TRUSTED,
      });
    }
  }

  // --- 2. No DMARC record, SPF ~all (many small tenants) --------------------------------------------
  emitCase(write, {
    name: 'probe61-direct-send-vps-ceo-to-ap-no-dmarc-record-online',
    about: `Direct Send from the VPS (${VPS.ip}) as ${CEO} to ${AP}; the tenant publishes SPF ~all and no DMARC record at all, as many small Microsoft 365 tenants do. EOP records spf=softfail, dmarc=none, compauth=fail reason=601 (intra-organisation spoof). Online our own SPF check at the VPS's address softfails for the From's own domain. Wanted: not authenticated and not unverified (SPF for the From's own domain says the VPS is not its sender)`,
    class: cls('direct-send'),
    args: OUTLOOK,
    eml: directSend(lure(), REC.noRecord),
    zone: tenantZone('~all'),
    expect: NOT_TRUSTED,
  });

  // --- 3. The attacker's own envelope (SPF passes for it), p=quarantine -----------------------------
  emitCase(write, {
    name: 'probe61-direct-send-attacker-envelope-spf-pass-quarantine-online',
    about: `Direct Send from the VPS with MAIL FROM bounce@${ATTACKER_DOMAIN} (its SPF names the VPS: spf=pass) and From ${CEO}; tenant at p=quarantine. EOP records spf=pass for ${ATTACKER_DOMAIN}, dmarc=fail action=quarantine, compauth=fail reason=000. Wanted: spoofed or suspicious (SPF passes for a domain not aligned with the From)`,
    class: cls('direct-send'),
    args: OUTLOOK,
    eml: directSend(
      lure(),
      { spf: 'pass', dmarc: 'fail action=quarantine', compauth: 'fail reason=000' },
      {
        envelope: `bounce@${ATTACKER_DOMAIN}`,
      },
    ),
    zone: tenantZone('-all', 'p=quarantine'),
    expect: NOT_TRUSTED,
  });

  // --- 4. HELO of the tenant's own mailbox server, a forged hand-off from the bank's address below --
  emitCase(write, {
    name: 'probe61-direct-send-helo-tenant-mailbox-forged-onprem-hop-below-reject',
    about: `Direct Send from the VPS greeting as the tenant's own mailbox server (HELO ${NB_MBX}), so EOP's entry line reads "from ${NB_MBX} (${VPS.ip}) by ${FRONTEND}.mail.protection.outlook.com"; under it the sender writes a Microsoft SMTP Server line taking the message from mail.${NB} at ${BANK_IP} (inside the bank's SPF). If the exchange-online entry rule took the HELO for one of Microsoft's internal hops and walked down, SPF would pass at the bank's address. Tenant p=reject, SPF -all. Wanted: spoofed (the entry is the VPS's address, which EOP printed)`,
    class: cls('direct-send'),
    args: OUTLOOK,
    eml: directSend(lure(), REC.reject, {
      client: { helo: NB_MBX, ip: VPS.ip },
      below: [
        `Received: from mail.${NB} (${BANK_IP}) by\r\n ${NB_MBX} (2603:10b6:510:1d5::12) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.19\r\n via Frontend Transport; ${D(1)}`,
      ],
    }),
    zone: tenantZone('-all', 'p=reject'),
    expect: SPOOFED,
  });

  // --- 5. Exchange Online's internal rows and MAPI submission written by the sender ------------------
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe61-direct-send-forged-internal-rows-mapi-reject-${online ? 'online' : 'offline'}`,
      about: `Direct Send from the VPS as ${CEO} (tenant p=reject, SPF -all; EOP delivers to Junk, action=oreject), dressed as mail between two of the tenant's mailboxes: below EOP's entry the sender writes a MAPI submission on ${NB_MBX} and a hand-off over HTTPS, and in its own header block EOP's id-less internal result (dmarc=none), X-MS-Exchange-Organization-AuthAs Internal / AuthMechanism 04 / AuthSource ${NB_MBX} / MessageDirectionality Originating, X-MS-Exchange-CrossTenant-* (Hosted, the tenant's id) and an X-Forefront-Antispam-Report with SCL:-1, DIR:INT. Exchange appends its own Anonymous/Incoming rows below them; EOP's real record above its entry says spf=fail, dmarc=fail action=oreject, compauth=fail reason=000. ${online ? 'Online' : 'Offline'}. Wanted: ${online ? 'spoofed' : 'not authenticated, not unverified'} (above all not "inside the receiver")`,
      class: cls('forged-rows'),
      args: OUTLOOK,
      eml: directSend(lure(FORGED_INTERNAL_ROWS), REC.reject, {
        below: [
          `Received: from ${NB_MBX} (2603:10b6:510:1d5::12) by\r\n SA1PR11MB6734.namprd11.prod.outlook.com with HTTPS; ${D(1)}`,
          exchangeMapiHop(NB_MBX, 'fe80::8d2c:61f4:3b9a:e705%4', D(0)),
        ],
      }),
      ...(online ? { zone: tenantZone('-all', 'p=reject') } : {}),
      expect: online ? SPOOFED : NOT_TRUSTED,
    });
  }

  // --- 6. The attacker's own Microsoft 365 tenant, From the bank's CEO ------------------------------
  const evilSigned = await signAll(onTop(lure([], `Daniel Hart <ceo@${NB}>`), ...senderTenantHops()), [
    [EVIL, 'selector1-contoso-pay-onmicrosoft-com'],
  ]);
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe61-own-tenant-onmicrosoft-from-bank-ceo-p-none-${online ? 'online' : 'offline'}`,
      about: `The attacker's own Microsoft 365 trial tenant (${EVIL}) sends the CEO lure From ${CEO} (Exchange Online lets a tenant send with any From only over an outbound connector or a "send as" of an unverified domain; a tenant admin adds ${NB} as an unverified accepted domain); signed by ${EVIL}, envelope ceo@${EVIL}, out of NAM12 at ${EVIL_OUT.ip}. The reader's EOP records spf=pass and dkim=pass for ${EVIL}, dmarc=fail action=none for ${NB} (p=none), compauth=fail reason=601. ${online ? 'Online' : 'Offline'}. Wanted: not authenticated, not unverified`,
      class: cls('own-tenant'),
      args: OUTLOOK,
      eml: eopDelivery(evilSigned, {
        ...eop({
          ...EVIL_OUT,
          mailfrom: EVIL,
          spf: 'pass',
          dkim: `dkim=pass (signature was verified)\r\n header.d=${EVIL}`,
          dmarc: 'fail action=none',
          compauth: 'fail reason=601',
        }),
        returnPath: `ceo@${EVIL}`,
      }),
      ...(online
        ? {
            zone: {
              ...tenantZone('~all', 'p=none'),
              [EVIL]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
              [`selector1-contoso-pay-onmicrosoft-com._domainkey.${EVIL}`]: KEY(),
            },
          }
        : {}),
      expect: NOT_TRUSTED,
    });
  }

  // --- 7. The inbound partner connector (payroll SaaS) ----------------------------------------------
  const partnerMail = (from: string, subject: string) =>
    signAll(
      submitted({
        from,
        to: AP,
        subject,
        messageId: `<${subject.length}.20261120@smtp-out2.${PARTNER}>`,
        body: 'Your payroll run for November is ready for approval: https://app.payroll-partner.example/runs/2611\r\n',
      }),
      [[PARTNER, 's1']],
    );
  emitCase(write, {
    name: 'probe61-partner-connector-saas-customer-sends-as-bank-ceo-reject',
    about: `The tenant has an inbound partner connector for its payroll SaaS (${PARTNER}, TLS certificate), so EOP stamps AuthAs Partner on everything from the SaaS's relay (${PARTNER_RELAY.ip}). The attacker opens a trial account on the same SaaS, whose notice editor lets a customer set any From, and sends From ${CEO}: signed by ${PARTNER}, envelope bounces.${PARTNER} (spf=pass). EOP records dmarc=fail action=oreject for ${NB} (p=reject), compauth=fail reason=000. Wanted: spoofed (the connector trusts the SaaS, not every From it carries)`,
    class: cls('partner-connector'),
    args: OUTLOOK,
    eml: eopDelivery(await partnerMail(CEO, 'Payroll change approval needed'), {
      ...eop({
        ...PARTNER_RELAY,
        mailfrom: `bounces.${PARTNER}`,
        spf: 'pass',
        dkim: `dkim=pass (signature was verified)\r\n header.d=${PARTNER}`,
        dmarc: 'fail action=oreject',
        compauth: 'fail reason=000',
      }),
      returnPath: `b-2611@bounces.${PARTNER}`,
      bottom: PARTNER_ROWS,
    }),
    zone: partnerZone('p=reject'),
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe61-partner-connector-genuine-payroll-notice-control',
    about: `Control: the payroll SaaS's genuine notice From payroll@${PARTNER} through the same partner connector (AuthAs Partner), signed by ${PARTNER}, envelope bounces.${PARTNER}; EOP records spf=pass, dkim=pass, dmarc=pass, compauth=pass reason=100. Wanted: authenticated`,
    class: cls('partner-connector'),
    args: OUTLOOK,
    eml: eopDelivery(
      await partnerMail(`Payroll Partner <payroll@${PARTNER}>`, 'November payroll ready for approval'),
      {
        ip: PARTNER_RELAY.ip,
        helo: PARTNER_RELAY.helo,
        frontend: FRONTEND,
        ar: `spf=pass (sender IP is ${PARTNER_RELAY.ip})\r\n smtp.mailfrom=bounces.${PARTNER}; dkim=pass (signature was verified)\r\n header.d=${PARTNER};dmarc=pass action=none\r\n header.from=${PARTNER};compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of bounces.${PARTNER} designates\r\n ${PARTNER_RELAY.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${PARTNER_RELAY.ip}; helo=${PARTNER_RELAY.helo};`,
        returnPath: `b-2611@bounces.${PARTNER}`,
        bottom: PARTNER_ROWS,
      },
    ),
    zone: partnerZone('p=reject'),
    expect: { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } },
  });

  // --- 8. Controls: genuine internal mail; the bank's own signed application over Direct Send -------
  emitCase(write, {
    name: 'probe61-genuine-internal-ceo-to-ap-control',
    about: `Control: the CEO really writes to AP from his mailbox: submitted over MAPI on ${NB_MBX} and delivered over HTTPS inside the tenant, never through EOP (receivers.ts exchangeInternal); AuthAs Internal, Originating. p=reject must not make it spoofed; nothing in it can be checked, so unverified, inside the receiver (as m365-intra-organisation)`,
    class: cls('control'),
    args: OUTLOOK,
    eml: exchangeInternal(
      submitted({ from: CEO, to: AP, subject: 'Board pack for Thursday', body: 'Attached, thanks.\r\n' }),
      {
        mailbox: NB_MBX,
        mailboxIp: '2603:10b6:510:1d5::12',
        linkLocal: 'fe80::8d2c:61f4:3b9a:e705%4',
        server: 'SA1PR11MB6734.namprd11.prod.outlook.com',
        date: D(1),
        fromDomain: NB,
        tenant: TENANT_ID,
        returnPath: `ceo@${NB}`,
      },
    ),
    zone: tenantZone('-all', 'p=reject'),
    expect: { verdict: 'unverified', fields: { 'origin.insideReceiver': true } },
  });
  const appNotice = await signAll(
    submitted({
      from: `Northbank Treasury <treasury-app@${NB}>`,
      to: AP,
      subject: 'Daily cash position 20 Nov 2026',
      messageId: `<cashpos.20261120@app01.${NB}>`,
      body: 'Daily cash position report attached.\r\n',
    }),
    [[NB, 'nb1']],
  );
  emitCase(write, {
    name: 'probe61-direct-send-genuine-signed-onprem-app-control',
    about: `Control: the bank's own treasury application (app01.${NB}, ${BANK_IP}, inside its SPF) uses Direct Send as Microsoft documents it: to the tenant's smart host without logging in, From treasury-app@${NB}, signed nb1. EOP records spf=pass, dkim=pass, dmarc=pass, compauth=pass reason=100; Exchange stamps Anonymous, Incoming. Wanted: authenticated`,
    class: cls('control'),
    args: OUTLOOK,
    eml: eopDelivery(appNotice, {
      ip: BANK_IP,
      helo: `app01.${NB}`,
      frontend: FRONTEND,
      ar: `spf=pass (sender IP is ${BANK_IP})\r\n smtp.mailfrom=${NB}; dkim=pass (signature was verified)\r\n header.d=${NB};dmarc=pass action=none\r\n header.from=${NB};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${NB} designates\r\n ${BANK_IP} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${BANK_IP}; helo=app01.${NB};`,
      returnPath: `treasury-app@${NB}`,
    }),
    zone: tenantZone('-all', 'p=reject'),
    expect: { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } },
  });
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
