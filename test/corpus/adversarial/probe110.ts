// Red-team probes, round 110 (December 2026): Outlook on the web, online and offline, against rows
// the sender writes below Exchange Online's entry line. The attacker has read lib/: EOP's own
// record is read only at its place (lib/findings/eop-record.ts entryCandidates: id-less or
// mx.microsoft.com, between the entry line and the Received line above it), the entry by
// lib/message/origin-exchange.ts exchangeOnlineEntry (the first `*.mail.protection.outlook.com`
// line from a public address), and X-MS-Exchange-Organization-* rows only when one of each
// (exchangeOrgRows). Probed, each with its genuine control:
// - the bank's forgery from a rented server carrying, in its own header block, everything
//   Microsoft writes for trusted mail: X-MS-Exchange-Organization-AuthAs: Internal,
//   AuthMechanism: 04, AuthSource naming the frontend, X-MS-Exchange-CrossTenant-* (Hosted),
//   X-Forefront-Antispam-Report SFV:SKN / SCL:-1, Authentication-Results-Original and a second
//   id-less "EOP" Authentication-Results with dmarc=pass compauth=pass, and a forged MAPI hop
//   (fe80:: link-local) and prod.outlook.com hand-off below the entry;
// - the reader's own CEO (same tenant) by Direct Send from a VPS, written to look like mail that
//   never left Exchange Online (the intra-organisation MAPI/HTTPS lines and Hosted rows);
// - a partner tenant impersonated from the attacker's own Microsoft 365 tenant (its 40.107.x
//   outbound, its onmicrosoft.com DKIM), with the partner's CrossTenant-Id forged below;
// - the attacker connecting to EOP over IPv6 and writing a `by *.mail.protection.outlook.com`
//   line from a link-local address under EOP's real entry.
// Layouts: EOP's lines as test/corpus/m365-shapes.ts and receivers.ts eopDelivery (learnt from the
// public deliveries in test/fixtures/legit/README-m365.md); the mail-inside-one-organisation
// layout as receivers.ts exchangeInternal; the X-Forefront-Antispam-Report fields (CIP, CTRY, SFV:SKN
// = "marked as non-spam before the content filter", SCL:-1 = "safe list") from Microsoft Learn
// "Anti-spam message headers in Microsoft 365" and the TechNet "Anti-spam message headers" page
// (search corpus "pages"). Names and addresses are documentation ones except Microsoft's own
// hosts and ranges (40.107.x outbound, 2603:10b6 internal, 10.167.x frontends); every key is the
// corpus test key.
import { signCorpus } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  emitCase,
  KEY,
  NOT_SUSPICIOUS,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  type Relay,
  SPOOFED,
} from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, exchangeInternal } from '../receivers';
import { ATTACKER_RELAY, BANK_ENVELOPE, BANK_RELAY, bankNotice, probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const TW = 'tidewater.example';
const TW_TENANT = '3d8c1f2e-7a4b-4c9d-9e0f-61a2b3c4d5e6';
const RCPT = `morgan.lee@${TW}`;
const CEO = `Avery Quinn <avery.quinn@${TW}>`;
const PARTNER = 'harbourfreight.example';
const PARTNER_TENANT = '9a7b6c5d-4e3f-4a1b-8c2d-0e1f2a3b4c5d';
const ATT_TENANT = 'fabrikambilling';
const ATT_OUT: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const PARTNER_OUT: Relay = {
  helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
  rdns: 'mail-mw2nam12on2057.outbound.protection.outlook.com',
  ip: '40.107.92.57',
};
const V6_ATTACKER = '2001:db8:5110::25';

const ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...M365_SPF_ZONE,
  ...ptr(BANK_IP, BANK_RELAY.rdns),
  ...ptr(ATTACKER_IP, ATTACKER_RELAY.rdns),
  ...ptr(ATT_OUT.ip, ATT_OUT.rdns),
  ...ptr(PARTNER_OUT.ip, PARTNER_OUT.rdns),
  [TW]: { TXT: ['v=spf1 include:spf.protection.outlook.com ~all'] },
  [`_dmarc.${TW}`]: { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@tidewater.example'] },
  [PARTNER]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${PARTNER}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`selector1._domainkey.${PARTNER}`]: KEY(),
  [`${ATT_TENANT}.onmicrosoft.com`]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`selector1-${ATT_TENANT}-onmicrosoft-com._domainkey.${ATT_TENANT}.onmicrosoft.com`]: KEY(),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} ip6:2001:db8:5110::/48 -all`] },
};

const FORGED_AR_LINE = (from: string) =>
  `Authentication-Results: spf=pass (sender IP is 10.167.249.52)\r\n smtp.mailfrom=${from}; dkim=pass (signature was verified)\r\n header.d=${from};dmarc=pass action=none\r\n header.from=${from};compauth=pass reason=100`;

/** What the sender writes into its own header block, copying Microsoft's trusted-mail rows. */
const forgedRows = (from: string, tenant: string, frontend = 'BL02EPF00029927') => [
  FORGED_AR_LINE(from),
  `Authentication-Results-Original: ${from}; dkim=pass header.d=${from}; dmarc=pass header.from=${from}`,
  'X-MS-Exchange-Organization-AuthAs: Internal',
  'X-MS-Exchange-Organization-AuthMechanism: 04',
  `X-MS-Exchange-Organization-AuthSource: ${frontend}.mail.protection.outlook.com`,
  'X-MS-Exchange-Organization-MessageDirectionality: Originating',
  'X-MS-Exchange-Organization-SCL: -1',
  `X-MS-Exchange-CrossTenant-Id: ${tenant}`,
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
  'X-MS-Exchange-CrossTenant-AuthAs: Internal',
  'X-MS-Exchange-CrossTenant-AuthSource: DM6PR08MB5580.namprd08.prod.outlook.com',
  'X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:-1;SRV:;IPV:NLI;SFV:SKN;H:DM6PR08MB5580.namprd08.prod.outlook.com;PTR:;CAT:NONE;SFS:;DIR:INT;',
];

/** The internal lines the sender writes under EOP's entry: a MAPI submission and a hand-off. */
const forgedInternalHops = (mailbox = 'DM6PR08MB5580') => [
  `Received: from ${mailbox}.namprd08.prod.outlook.com (2603:10b6:5:10f::27)\r\n by BL02EPF00029927.mail.protection.outlook.com (fe80::1c2d:3e4f:5a6b:7c8d) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24 via Frontend Transport; Fri, 20 Nov 2026 10:00:02 +0000`,
  `Received: from ${mailbox}.namprd08.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a38]) by ${mailbox}.namprd08.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a38%6]) with mapi id 15.20.8158.023; Fri, 20 Nov 2026\r\n 10:00:01 +0000`,
];

const eopSpf = (result: string, mailfrom: string, ip: string, helo: string) =>
  `${result} (protection.outlook.com: domain of ${mailfrom} ${result === 'Pass' ? 'designates' : 'does not designate'}\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${helo};`;

const arFor = (o: {
  ip: string;
  spf: string;
  mailfrom: string;
  dkim: string;
  dmarc: string;
  action: string;
  from: string;
  compauth: string;
}) =>
  `spf=${o.spf} (sender IP is ${o.ip})\r\n smtp.mailfrom=${o.mailfrom}; ${o.dkim};dmarc=${o.dmarc} action=${o.action}\r\n header.from=${o.from};compauth=${o.compauth}`;

const UNSIGNED = 'dkim=none (message not signed)\r\n header.d=none';

/** Writes the case online (zone) and offline (no zone). */
function both(
  write: CaseWriter,
  c: {
    name: string;
    about: string;
    cls: string;
    args?: string[];
    eml: string;
    online: object;
    offline: object;
  },
): void {
  emitCase(write, {
    name: c.name,
    about: `${c.about} Read online in Outlook.`,
    class: c.cls,
    args: [...(c.args ?? OUTLOOK)],
    eml: c.eml,
    zone: ZONE,
    expect: c.online as never,
  });
  emitCase(write, {
    name: `${c.name}-offline`,
    about: `${c.about} Read offline in Outlook (no DNS).`,
    class: c.cls,
    args: [...(c.args ?? OUTLOOK)],
    eml: c.eml,
    expect: c.offline as never,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. The bank, forged from the attacker's VPS, carrying Microsoft's trusted-mail rows and
  // internal lines in its own block; EOP honestly records the fail.
  const bankForged = eopDelivery(
    submitted({
      from: 'Northbank Security <security@northbank.example>',
      to: RCPT,
      subject: 'Your November statement: payment could not be collected',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: '<stmt-20261120-110@northbank.example>',
      extraHeaders: forgedRows('northbank.example', TW_TENANT),
      body: 'Dear customer,\r\n\r\nyour direct debit could not be collected. Update your card today:\r\nhttps://northbank-secure.example/update\r\n',
    }),
    {
      ip: ATTACKER_IP,
      helo: ATTACKER_RELAY.helo,
      ar: arFor({
        ip: ATTACKER_IP,
        spf: 'fail',
        mailfrom: 'northbank.example',
        dkim: UNSIGNED,
        dmarc: 'fail',
        action: 'oreject',
        from: 'northbank.example',
        compauth: 'fail reason=000',
      }),
      spf: eopSpf('Fail', 'northbank.example', ATTACKER_IP, ATTACKER_RELAY.helo),
      returnPath: BANK_ENVELOPE,
      below: forgedInternalHops(),
    },
  );
  both(write, {
    name: 'probe110-bank-forged-authas-internal-forefront-skn-below-entry',
    about: `The bank's unsigned notice (p=reject) sent from ${ATTACKER_IP} straight to EOP; in its own header block the attacker wrote X-MS-Exchange-Organization-AuthAs: Internal / AuthMechanism 04 / AuthSource the frontend, CrossTenant-* Hosted rows with the reader's tenant id, X-Forefront-Antispam-Report SFV:SKN SCL:-1, Authentication-Results-Original and an id-less "EOP" Authentication-Results with dmarc=pass compauth=pass, and under EOP's entry a fe80:: MAPI hop and a prod.outlook.com hand-off "by" the frontend. EOP's own record: spf=fail, dmarc=fail action=oreject, compauth=fail reason=000. Wanted: spoofed online, not trusted offline (EOP's enforced fail).`,
    cls: 'exchange-rows',
    eml: bankForged,
    online: SPOOFED,
    offline: NOT_TRUSTED,
  });

  // 1b. Control: the bank's genuine signed notice from its own server, the same layout.
  const bankGenuine = eopDelivery(
    await signCorpus(bankNotice(RCPT), { domain: 'northbank.example', selector: 'nb1' }),
    {
      ip: BANK_IP,
      helo: BANK_RELAY.helo,
      ar: arFor({
        ip: BANK_IP,
        spf: 'pass',
        mailfrom: 'northbank.example',
        dkim: 'dkim=pass (signature was verified)\r\n header.d=northbank.example',
        dmarc: 'pass',
        action: 'none',
        from: 'northbank.example',
        compauth: 'pass reason=100',
      }),
      spf: eopSpf('Pass', 'northbank.example', BANK_IP, BANK_RELAY.helo),
      returnPath: BANK_ENVELOPE,
    },
  );
  both(write, {
    name: 'probe110-bank-genuine-eop-control',
    about:
      'Control: the bank’s genuine notice, DKIM-signed (d=northbank.example s=nb1) and sent from its own server 192.0.2.10, EOP recording spf/dkim/dmarc pass, compauth=pass reason=100. Wanted: authenticated online; offline EOP’s pass is not taken on trust (README, summary_reason_offline_outlook), so not suspicious (unverified is the honest answer).',
    cls: 'exchange-rows',
    eml: bankGenuine,
    online: AUTHENTICATED,
    offline: NOT_SUSPICIOUS,
  });

  // 2. The reader's CEO, Direct Send from a VPS, dressed as mail that never left the tenant.
  const ceoBody = (extra: string[]) =>
    submitted({
      from: CEO,
      to: `Morgan Lee <${RCPT}>`,
      subject: 'Urgent: vendor wire before 3pm',
      date: 'Fri, 20 Nov 2026 09:59:00 +0000',
      messageId: `<PH7PR11MB8600F1A2B3C4D5E6F708@PH7PR11MB8600.namprd11.prod.outlook.com>`,
      extraHeaders: extra,
      body: 'Morgan,\r\n\r\nI need the Hadley wire sent before 3pm today, details attached. I am in meetings, reply by email only.\r\n\r\nAvery\r\n',
    });
  const ceoForged = eopDelivery(ceoBody(forgedRows(TW, TW_TENANT)), {
    ip: ATTACKER_IP,
    helo: ATTACKER_RELAY.helo,
    ar: arFor({
      ip: ATTACKER_IP,
      spf: 'softfail',
      mailfrom: TW,
      dkim: UNSIGNED,
      dmarc: 'fail',
      action: 'none',
      from: TW,
      compauth: 'fail reason=601',
    }),
    spf: eopSpf('SoftFail', TW, ATTACKER_IP, ATTACKER_RELAY.helo),
    returnPath: `avery.quinn@${TW}`,
    below: forgedInternalHops('PH7PR11MB8600'),
  });
  for (const [tag, args] of [
    ['', OUTLOOK],
    ['-rd', [...OUTLOOK, '--recipient-domain', TW]],
  ] as const) {
    both(write, {
      name: `probe110-ceo-direct-send-dressed-internal${tag}`,
      about: `The reader's own CEO (${TW}, SPF ~all, DMARC p=none) forged by Direct Send from ${ATTACKER_IP} to the tenant's MX; under EOP's entry the attacker wrote the intra-organisation layout (a MAPI hop with fe80:: link-local addresses on the CEO's mailbox server, a 2603:10b6 hand-off "by" the frontend) and in its header block AuthAs Internal, CrossTenant-Id the tenant's, FromEntityHeader Hosted, SFV:SKN SCL:-1, an id-less dmarc=pass record. EOP: spf=softfail, dmarc=fail action=none, compauth=fail reason=601 (intra-organisation spoof).${tag ? ` With --recipient-domain ${TW}.` : ''} Wanted: not trusted (EOP's 6xx record), never "from inside".`,
      cls: 'exchange-rows',
      args: [...args],
      eml: ceoForged,
      online: NOT_TRUSTED,
      offline: NOT_TRUSTED,
    });
  }

  // 2b. Control: the CEO's genuine mail inside the tenant (MAPI on her server, HTTPS to Morgan's).
  const ceoGenuine = exchangeInternal(ceoBody([]), {
    mailbox: 'PH7PR11MB8600.namprd11.prod.outlook.com',
    mailboxIp: '2603:10b6:510:1d5::12',
    linkLocal: 'fe80::8d2c:61f4:3b9a:e705%4',
    server: 'SA1PR11MB6734.namprd11.prod.outlook.com',
    date: 'Fri, 20 Nov 2026 09:59:02 +0000',
    fromDomain: TW,
    tenant: TW_TENANT,
    returnPath: `avery.quinn@${TW}`,
  });
  both(write, {
    name: 'probe110-ceo-genuine-inside-tenant-control',
    about: `Control: the CEO's genuine mail to ${RCPT} inside one Exchange Online organisation (MAPI on PH7PR11MB8600, HTTPS to SA1PR11MB6734; EOP's id-less dkim=none dmarc=none record, AuthAs Internal, Hosted). Unsigned internal mail: unverified (mail from inside the receiver) is the honest answer; wanted not suspicious.`,
    cls: 'exchange-rows',
    args: [...OUTLOOK, '--recipient-domain', TW],
    eml: ceoGenuine,
    online: NOT_SUSPICIOUS,
    offline: NOT_SUSPICIOUS,
  });

  // 3. A partner tenant impersonated from the attacker's own Microsoft 365 tenant.
  const invoice = (extra: string[]) =>
    submitted({
      from: `Harbour Freight Accounts <accounts@${PARTNER}>`,
      to: `Morgan Lee <${RCPT}>`,
      subject: 'Updated remittance details – invoice HF-20931',
      date: 'Fri, 20 Nov 2026 09:59:10 +0000',
      messageId: '<DB9PR02MB6950A1B2C3D4E5F6@DB9PR02MB6950.eurprd02.prod.outlook.com>',
      extraHeaders: extra,
      body: 'Hello Morgan,\r\n\r\nplease note our new bank details for invoice HF-20931 (attached). Kindly update before the next run.\r\n\r\nAccounts\r\n',
    });
  const attSigned = await signCorpus(invoice(forgedRows(PARTNER, PARTNER_TENANT)), {
    domain: `${ATT_TENANT}.onmicrosoft.com`,
    selector: `selector1-${ATT_TENANT}-onmicrosoft-com`,
  });
  const partnerForged = eopDelivery(attSigned, {
    ip: ATT_OUT.ip,
    helo: ATT_OUT.helo,
    ar: arFor({
      ip: ATT_OUT.ip,
      spf: 'pass',
      mailfrom: `${ATT_TENANT}.onmicrosoft.com`,
      dkim: `dkim=pass (signature was verified)\r\n header.d=${ATT_TENANT}.onmicrosoft.com`,
      dmarc: 'fail',
      action: 'quarantine',
      from: PARTNER,
      compauth: 'fail reason=000',
    }),
    spf: eopSpf('Pass', `${ATT_TENANT}.onmicrosoft.com`, ATT_OUT.ip, ATT_OUT.helo),
    returnPath: `accounts@${ATT_TENANT}.onmicrosoft.com`,
    below: [
      `Received: from DB9PR02MB6950.eurprd02.prod.outlook.com (2603:10a6:10:217::9)\r\n by AM9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:30 +0000`,
      `Received: from DB9PR02MB6950.eurprd02.prod.outlook.com\r\n ([fe80::2a1b:3c4d:5e6f:7081]) by DB9PR02MB6950.eurprd02.prod.outlook.com\r\n ([fe80::2a1b:3c4d:5e6f:7081%5]) with mapi id 15.20.8158.023; Fri, 20 Nov 2026\r\n 09:59:20 +0000`,
    ],
  });
  both(write, {
    name: 'probe110-partner-tenant-from-attacker-tenant-crosstenant-forged',
    about: `The supplier ${PARTNER} (Microsoft 365, SPF include:spf.protection.outlook.com -all, p=quarantine) impersonated from the attacker's own tenant ${ATT_TENANT}.onmicrosoft.com: out through EOP (${ATT_OUT.helo}, ${ATT_OUT.ip}), envelope and DKIM of the attacker's onmicrosoft.com domain; in its block the partner's X-MS-Exchange-CrossTenant-Id, AuthAs Internal, SFV:SKN, Authentication-Results-Original and an id-less dmarc=pass record. The reader's EOP: spf pass for the onmicrosoft domain, dmarc=fail action=quarantine, compauth=fail reason=000. Wanted: spoofed online, not trusted offline.`,
    cls: 'exchange-rows',
    eml: partnerForged,
    online: SPOOFED,
    offline: NOT_TRUSTED,
  });

  // 3b. Control: the partner's genuine mail from its own tenant, signed d=harbourfreight.example.
  const partnerGenuine = eopDelivery(
    await signCorpus(
      invoice([
        `X-MS-Exchange-CrossTenant-Id: ${PARTNER_TENANT}`,
        'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
        'X-MS-Exchange-CrossTenant-AuthAs: Internal',
      ]),
      { domain: PARTNER, selector: 'selector1' },
    ),
    {
      ip: PARTNER_OUT.ip,
      helo: PARTNER_OUT.helo,
      ar: arFor({
        ip: PARTNER_OUT.ip,
        spf: 'pass',
        mailfrom: PARTNER,
        dkim: `dkim=pass (signature was verified)\r\n header.d=${PARTNER}`,
        dmarc: 'pass',
        action: 'none',
        from: PARTNER,
        compauth: 'pass reason=100',
      }),
      spf: eopSpf('Pass', PARTNER, PARTNER_OUT.ip, PARTNER_OUT.helo),
      returnPath: `accounts@${PARTNER}`,
    },
  );
  both(write, {
    name: 'probe110-partner-tenant-genuine-control',
    about: `Control: ${PARTNER}'s genuine remittance mail from its own tenant (${PARTNER_OUT.helo}, ${PARTNER_OUT.ip}), signed d=${PARTNER} s=selector1, its sending tenant's CrossTenant rows in the block; EOP spf/dkim/dmarc pass. Wanted: authenticated online, not suspicious offline.`,
    cls: 'exchange-rows',
    eml: partnerGenuine,
    online: AUTHENTICATED,
    offline: NOT_SUSPICIOUS,
  });

  // 4. The attacker connects to EOP over IPv6 and writes, under the real entry, a frontend line
  // from a link-local address plus a line naming the bank's server, and an id-less pass record
  // between them (where a reader walking from the bottom might expect EOP's).
  const v6Forged = eopDelivery(bankNotice(RCPT), {
    ip: V6_ATTACKER,
    helo: ATTACKER_RELAY.helo,
    ar: arFor({
      ip: V6_ATTACKER,
      spf: 'fail',
      mailfrom: 'northbank.example',
      dkim: UNSIGNED,
      dmarc: 'fail',
      action: 'oreject',
      from: 'northbank.example',
      compauth: 'fail reason=000',
    }),
    spf: eopSpf('Fail', 'northbank.example', V6_ATTACKER, ATTACKER_RELAY.helo),
    returnPath: BANK_ENVELOPE,
    below: [
      `Received: from BL02EPF00029927.namprd02.prod.outlook.com (fe80::aa:bb:cc:dd%12) by\r\n BL02EPF0002992A.mail.protection.outlook.com (10.167.249.53) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; Fri, 20 Nov 2026 10:00:04 +0000`,
      FORGED_AR_LINE('northbank.example').replace('10.167.249.52', BANK_IP),
      `Received-SPF: Pass (protection.outlook.com: domain of northbank.example designates\r\n ${BANK_IP} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${BANK_IP}; helo=${BANK_RELAY.helo}; pr=C`,
      `Received: from ${BANK_RELAY.helo} (${BANK_IP}) by\r\n BL02EPF0002992A.mail.protection.outlook.com (10.167.249.53) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; Fri, 20 Nov 2026 10:00:03 +0000`,
    ],
  });
  both(write, {
    name: 'probe110-bank-ipv6-client-forged-second-eop-block-below',
    about: `The bank's unsigned notice sent to EOP over IPv6 from ${V6_ATTACKER}; under EOP's real entry the attacker wrote a whole second EOP block: a frontend hand-off from fe80:: (link-local, zone index), an id-less Authentication-Results and Received-SPF passing the bank at 192.0.2.10, and a frontend line "from mail.northbank.example (192.0.2.10)". EOP's own record: spf=fail at ${V6_ATTACKER}, dmarc=fail action=oreject, compauth=fail. Wanted: spoofed online, not trusted offline.`,
    cls: 'exchange-rows',
    eml: v6Forged,
    online: SPOOFED,
    offline: NOT_TRUSTED,
  });
}
