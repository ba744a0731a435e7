// Red-team round 214: the lead's changes of 2026-12-07 17:18-17:21 (1e831ce7, cf613bc5), both ways.
// 1. lib/engine/sealer-entry-names.ts + lib/findings/arc-record.ts unnamedEntryClients /
//    knownGatewayAt / sealerEntry: online, the forward-confirmed reverse name of a Google or
//    Microsoft sealer's entry client under a well-known gateway's domain makes it that gateway, whose
//    own lines below are walked (nameless lines stepped over, internal or address-less lines under
//    its domain skipped) to the client its SPF pass may name. Attacks (his own Microsoft 365 tenant
//    with Enhanced Filtering skip-listing his gateway and his VM, SPF then checked at the bank's
//    address in a line he wrote, the seal forwarded by an inbox rule, round 200's shape): a PTR he
//    sets to a gateway's name without its forward record, a look-alike name under his own domain
//    (forward-confirmed), a rented subscription of the real service (Sophos, Hornetsecurity, Trend
//    Micro, Symantec, Barracuda's egress) with his forged line under the gateway's domain below
//    the gateway's real one, his HELO an address literal naming the bank's server (the first
//    bracketed address in the gateway's line), and his VM reaching the gateway over IPv6 (Postfix's
//    `[IPv6:…]`, Symantec's bare address). Genuine controls: a surveyor reaching Sophos over IPv6
//    (the seal's pass naming the IPv6 address), and Sophos's delivery host without a PTR.
// 2. lib/engine/offline.ts offlineSignedLengths: amavisd-new rows naming header.d only, one per
//    field, all passing: each now takes one field. Attacks offline on the box: a copy of the bank's
//    field with Reply-To in h= (fails) above the genuine one, with and without a fail row, with a
//    forged amavisd row below; the bank's genuine two-field key rotation (its new field signing
//    Reply-To) replayed with a second Reply-To on top.
// 3. lib/auth/authresults-provider.ts dmarcPolicy reads `(policy=none)`: a forged row under the
//    box's authserv-id below the box's rspamd row, and in Gmail offline.
// 4. The same walk under a Google seal (his own Workspace with his gateway and VM as its "inbound
//    gateway"), his VM's own printed gateway name in Google's line, and an IPv6 entry whose reverse
//    zone he holds (two PTRs: a Sophos name first, his own confirmed name second).
// 5. The bank's genuine mail (a sender signing nothing) through a real Sophos into his own tenant,
//    a mail flow rule prepending a lure, forwarded (the seal's results are the entry's, true); and
//    a genuine double forward (Sophos, Microsoft 365 i=1, a Workspace user i=2, Gmail).
// Where the layouts were learnt:
// - Gateway lines, delivery hosts, EOP's entry and the tenant's seal: realworld198.ts (Sophos
//   `wd-euc1.prod.hydra.sophos.com [94.140.18.59]`, Hornetsecurity `mx-relay36-hz2.antispameurope.com`,
//   Trend Micro's repre01/repost01/refb01, Symantec's qmail line and `(HELO x) (ip)` line, Barracuda's
//   UK egress; its find_string ids there), copied here.
// - Postfix's Received `from helo (unknown [IPv6:2001:db8::5])` for an IPv6 client and an address
//   literal HELO written as sent `from [192.0.2.10]`: Postfix's smtpd_received header (recalled, not
//   re-read this round).
// - amavisd-new's rows (one Authentication-Results per signature, header.d only): realworld201.ts
//   (ids 110220750, 62142229890). Whether amavisd-new writes a row for a failing signature: NOT
//   confirmed (search (code) "amavisd-new Authentication-Results dkim=pass header.d" returned no
//   amavisd source); both are modelled.
// - rspamd's `dmarc=fail reason="…" header.from=… (policy=none)`: realworld201.ts (ids 7762464338,
//   56094128708).
// NOT confirmed: that any of these gateways lets a customer write or replace a Received line (none
//   modelled); Symantec's line for an IPv6 client; that a Barracuda customer can hold a name under
//   barracuda.com (not modelled: no such service found).
// Names and addresses are documentation ones except Google's, Microsoft's and the gateways'.
// - Workspace's "inbound gateway" entry, seal and Gmail forwarding: realworld198.ts section 9.
// - Exchange Online mail flow rules "apply a disclaimer" (prepend): Microsoft's documented action,
//   recalled, not re-read this round.
// Result (39 cases: 34 forgeries, 5 genuine): no forgery reads authenticated; 30 suspicious, 3
// spoofed, 1 unverified (his tenant's disclaimer on the bank's genuine unsigned mail: the seal's
// results are true, a forward by a tenant that can edit is the standing design call, as without a
// gateway). The walk never passed the gateway's own reception line: the parser read the real
// client for an address-literal HELO, Postfix's [IPv6:...], Symantec's bare IPv6; an unbalanced
// HELO parses unreadable and stops the walk; a PTR without its forward record, a look-alike under
// his own domain and a second PTR never made a gateway. Offline, amavisd-new's one-row-per-field
// narrowing never applied to a failing copy (one row for two fields, or a fail row), his own row
// below reads forged-auth-results and does not join, and a second Reply-To over a two-field
// rotation reads dkim-field-added. rspamd's (policy=none) in his own row never softened the box's.
// Genuine: IPv6 sender behind Sophos and the double forward read unverified, the rotation
// authenticated; Sophos without a PTR reads suspicious (never spoofed; the rule's known cost).
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  emitCase,
  GMAIL,
  GMAIL_OUT,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED_NO_REPLY_TO,
} from '../kit';
import { keyZone } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailSpf } from '../receivers';
import { BANK_RELAY, bankNotice, probeCorpus } from '../rounds-kit';

const P = 'r214-';
const FORGED: CaseExpectation = { verdict: ['suspicious', 'spoofed'] };
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const TRUSTED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['suspicious', 'spoofed'],
};
const BOX = ['--authserv-id', RECEIVER];
const BANK_IP = BANK_RELAY.ip;
const VPS: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const VPS6 = '2001:db8:66::25';

// ---- 1. The attacker's tenant behind a "gateway", forwarding to the reader ----
const TENANT = 'kelpie-trading.example';
const USER = `ana@${TENANT}`;
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const SRS = `bounces+SRS=Kq8Wz=TT=northbank.example=security@${TENANT}`;
const EXO_HOP = `Received: from AM9PR02MB7214.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6214.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:30 +0000`;
const SOPHOS: Relay = {
  helo: 'wd-euc1.prod.hydra.sophos.com',
  rdns: 'wd-euc1.prod.hydra.sophos.com',
  ip: '94.140.18.59',
};
const HORNET: Relay = {
  helo: 'mx-relay36-hz2.antispameurope.com',
  rdns: 'mx-relay36-hz2.antispameurope.com',
  ip: '94.100.136.236',
};
const TREND: Relay = {
  helo: 'refb01.tmes.trendmicro.eu',
  rdns: 'refb01.tmes.trendmicro.eu',
  ip: '18.185.115.53',
};
const SYMANTEC: Relay = {
  helo: 'mail1.bemta33.messagelabs.com',
  rdns: 'mail1.bemta33.messagelabs.com',
  ip: '67.219.247.2',
};
const BARRACUDA: Relay = {
  helo: 'egress-ip15b.ess.uk.barracuda.com',
  rdns: 'egress-ip15b.ess.uk.barracuda.com',
  ip: '35.176.92.116',
};
const D = 'Fri, 20 Nov 2026 09:58:20 +0000 (UTC)';
const sophosLines = (from: string, bracket: string) => [
  `Received: from ip-172-20-1-129.eu-central-1.compute.internal\r\n (ip-172-20-1-129.eu-central-1.compute.internal [127.0.0.1])\r\n by wd-euc1.prod.hydra.sophos.com (Postfix) with ESMTP id 4Zw214S2b;\r\n Fri, 20 Nov 2026 09:58:22 +0000 (UTC)`,
  `Received: from ${from} (${bracket})\r\n by mx-01-eu-central-1.prod.hydra.sophos.com (Postfix) with ESMTPS id 4Zw214S1a\r\n for <${USER}>; ${D}`,
];
const hornetLines = (from: string, ip: string) => [
  `Received: from ${from} ([${ip}]) by mx-relay87-hz1.antispameurope.com;\r\n Fri, 20 Nov 2026 10:58:20 +0100`,
];
const trendLines = (from: string, ip: string) => [
  `Received: from ${ip}_.trendmicro.com (unknown [172.21.19.58])\r\n        by refb01.tmes.trendmicro.eu (Postfix) with ESMTPS id D48C5105CE214\r\n        for <${USER}>; ${D}`,
  `Received: from ${ip}_.trendmicro.com (unknown [172.21.187.19])\r\n        by repost01.tmes.trendmicro.eu (Postfix) with SMTP id 8C877100214D3;\r\n        ${D}`,
  `Received: from ${from} (unknown [${ip}])\r\n        by repre01.tmes.trendmicro.eu (Trend Micro Email Security) with ESMTPS id 0CE1C100214CF;\r\n        ${D}`,
];
const symantecLines = (from: string, helo: string, ip: string) => [
  'X-VirusChecked: Checked',
  'Received: (qmail 20214 invoked from network); 20 Nov 2026 09:58:20 -0000',
  `Received: from ${from} (HELO ${helo}) (${ip})\r\n  by server-11.tower-706.messagelabs.com with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP; 20 Nov 2026 09:58:20 -0000`,
];
const barracudaLines = (from: string, ip: string) => [
  'X-BESS-ID: 1763632700-214650-5378-26572-1',
  `X-BESS-Apparent-Source-IP: ${ip}`,
  `Received: from ${from} (${from} [${ip}]) by mx-inbound22-18.eu-west-2b.ess.aws.cudaops.com (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO); ${D}`,
];
/** His forged line below the gateway's: the bank's server handing to the gateway's own host. */
const forgedBelow = (by: string) =>
  `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\n by ${by} (Postfix) with ESMTPS id 4Zw214Q0z\r\n for <${USER}>; Fri, 20 Nov 2026 09:58:12 +0000 (UTC)`;

/** The spoofed bank notice into his tenant through `lines` (top first), EOP's entry from `entry`. */
function viaTenant(
  lines: string[],
  entry: Relay,
  reader: 'gmail' | 'outlook',
  spfIp = BANK_IP,
  base = bankNotice(USER),
): Promise<string> {
  let raw = base;
  raw = onTop(
    raw,
    ...lines,
    // EOP (Enhanced Filtering, his gateway and his VM skip-listed) checks SPF at the deepest address.
  );
  raw = onTop(
    raw,
    EXO_HOP,
    `Authentication-Results: spf=pass (sender IP is ${spfIp})\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`,
    eopEntry(entry.helo, entry.ip, 'DB5PEPF00014B95'),
  );
  const rcpt = reader === 'gmail' ? 'gmail.com' : 'harbourline.example';
  return sealAs(raw, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${spfIp}) smtp.rcpttodomain=${rcpt} smtp.mailfrom=northbank.example; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=northbank.example; dkim=none (message not signed); arc=none`,
  });
}

let k = 0;
function deliver(raw: string, reader: 'gmail' | 'outlook'): string {
  k++;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: EUR,
      envelope: SRS,
      to: 'robin.reader@gmail.com',
      results: [
        'arc=pass (i=1 spf=pass spfdomain=northbank.example dmarc=pass fromdomain=northbank.example);',
        `spf=pass (google.com: domain of ${SRS} designates ${EUR.ip} as permitted sender) smtp.mailfrom="${SRS}";`,
        'dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=northbank.example',
      ].join('\r\n       '),
      ids: [`x214csp${k}pxa`, `a214si${k}qtb.214`],
      spf: 'pass',
      deliveredTo: true,
    });
  return eopDelivery(raw, {
    ip: EUR.ip,
    helo: EUR.helo,
    ar: `spf=pass (sender IP is ${EUR.ip})\r\n smtp.mailfrom=${TENANT}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=pass reason=130`,
    spf: `Pass (protection.outlook.com: domain of ${TENANT} designates\r\n ${EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EUR.ip}; helo=${EUR.helo}; pr=C`,
    returnPath: SRS,
  });
}

const ZONE: Record<string, unknown> = {
  ...BANK,
  ...M365_SPF_ZONE,
  ...ptr(EUR.ip, EUR.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(BANK_IP, BANK_RELAY.rdns),
  ...authenticZone('attacker.example', ATTACKER_IP),
  [TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${TENANT}`]: { TXT: ['v=DMARC1; p=none'] },
  ...keyZone(['arcselector10001._domainkey.microsoft.com']),
};

async function group1(write: CaseWriter): Promise<void> {
  const what =
    "The attacker's own Microsoft 365 tenant (Enhanced Filtering skip-listing his gateway and his VM, so EOP checks SPF at the deepest address) receives his spoof of the bank (SPF-only here: no signature; p=reject), seals a pass at the bank's address 192.0.2.10 (i=1, microsoft.com) and forwards it by inbox rule to the reader";
  // 1a. His VM's PTR set to Hornetsecurity's relay name, no forward record of his.
  emitCase(write, {
    name: `${P}gmail-m365-vm-ptr-hornet-name-unconfirmed-forged-hornet-line`,
    class: 'arc-entry-name',
    about: `${what}. He delivers from his VM (${ATTACKER_IP}) whose PTR he set to mx-relay36-hz2.antispameurope.com (that name's A is Hornetsecurity's 94.100.136.236: not forward-confirmed), his forged Hornetsecurity line below naming the bank's server. Read in Gmail online. Wanted: suspicious or spoofed.`,
    args: GMAIL,
    eml: deliver(
      await viaTenant(hornetLines('mail.northbank.example', BANK_IP), { ...VPS, helo: HORNET.helo }, 'gmail'),
      'gmail',
    ),
    zone: {
      ...ZONE,
      [`${ATTACKER_IP.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [HORNET.rdns] },
      [HORNET.rdns]: { A: [HORNET.ip] },
    },
    expect: FORGED,
    twin: true,
  });
  // 1b. A look-alike name under his own domain, forward-confirmed.
  const look = 'wd-euc1.prod.hydra.sophos.com.attacker.example';
  emitCase(write, {
    name: `${P}gmail-m365-vm-ptr-sophos-lookalike-under-own-domain-confirmed`,
    class: 'arc-entry-name',
    about: `${what}. His VM's PTR is ${look} (forward-confirmed: he holds attacker.example); below his entry, a forged Sophos line naming the bank's server. Read in Gmail online. Wanted: suspicious or spoofed.`,
    args: GMAIL,
    eml: deliver(
      await viaTenant(
        sophosLines('mail.northbank.example', `mail.northbank.example [${BANK_IP}]`),
        { ...VPS, helo: look },
        'gmail',
      ),
      'gmail',
    ),
    zone: { ...ZONE, ...ptr(ATTACKER_IP, look) },
    expect: FORGED,
  });
  // 1c. Rented subscriptions of the real services: their own line names his VM, his forged line below.
  const rented: Array<[string, string, Relay, string[]]> = [
    [
      'sophos',
      'Sophos Email',
      SOPHOS,
      [
        ...sophosLines(VPS.helo, `${VPS.rdns} [${VPS.ip}]`),
        forgedBelow('mx-02-eu-central-1.prod.hydra.sophos.com'),
      ],
    ],
    [
      'hornet',
      'Hornetsecurity',
      HORNET,
      [...hornetLines(VPS.helo, VPS.ip), forgedBelow('mx-relay12-hz1.antispameurope.com')],
    ],
    [
      'trend',
      'Trend Micro Email Security',
      TREND,
      [...trendLines(VPS.helo, VPS.ip), forgedBelow('repre02.tmes.trendmicro.eu')],
    ],
    [
      'symantec',
      'Symantec Email Security.cloud',
      SYMANTEC,
      [...symantecLines(VPS.helo, VPS.helo, VPS.ip), forgedBelow('server-4.tower-706.messagelabs.com')],
    ],
    [
      'barracuda-uk',
      "Barracuda's Email Gateway Defense (UK egress)",
      BARRACUDA,
      [...barracudaLines(VPS.helo, VPS.ip), forgedBelow('mx-inbound22-19.eu-west-2b.ess.aws.cudaops.com')],
    ],
  ];
  for (const [key, name, out, lines] of rented) {
    for (const reader of ['gmail', 'outlook'] as const) {
      emitCase(write, {
        name: `${P}${reader}-m365-rented-${key}-forged-line-below-names-bank`,
        class: 'arc-entry-name',
        about: `${what}. He rents ${name} for his tenant and sends from his VM (${ATTACKER_IP}) through it; the gateway's own line names his VM, his forged line below it (by another host under the gateway's domain) names the bank's server. The gateway delivers from ${out.rdns} (${out.ip}, forward-confirmed). Read in ${reader} online. Wanted: suspicious or spoofed.`,
        args: reader === 'gmail' ? GMAIL : ['--webmail', 'outlook'],
        eml: deliver(await viaTenant(lines, out, reader), reader),
        zone: { ...ZONE, ...ptr(out.ip, out.rdns) },
        expect: FORGED,
        ...(reader === 'gmail' && key === 'sophos' ? { twin: true } : {}),
      });
    }
  }
  // 1d. His HELO an address literal naming the bank's server, no PTR on his VM.
  const lit = `[${BANK_IP}]`;
  const heloLit: Array<[string, Relay, string[]]> = [
    [
      'sophos',
      SOPHOS,
      [...sophosLines(lit, `unknown [${VPS.ip}]`), forgedBelow('mx-02-eu-central-1.prod.hydra.sophos.com')],
    ],
    ['hornet', HORNET, [...hornetLines(lit, VPS.ip), forgedBelow('mx-relay12-hz1.antispameurope.com')]],
    ['trend', TREND, [...trendLines(lit, VPS.ip), forgedBelow('repre02.tmes.trendmicro.eu')]],
    [
      'symantec',
      SYMANTEC,
      [...symantecLines('unknown', lit, VPS.ip), forgedBelow('server-4.tower-706.messagelabs.com')],
    ],
  ];
  for (const [key, out, lines] of heloLit) {
    emitCase(write, {
      name: `${P}gmail-m365-rented-${key}-helo-literal-bank-ip`,
      class: 'arc-entry-name',
      about: `${what}. He rents the gateway's service; his VM (${ATTACKER_IP}, no PTR) says HELO ${lit}, so the gateway's own line starts "from ${lit}" before his real address; his forged line below names the bank's server too. Read in Gmail online. Wanted: suspicious or spoofed.`,
      args: GMAIL,
      eml: deliver(await viaTenant(lines, out, 'gmail'), 'gmail'),
      zone: { ...ZONE, ...ptr(out.ip, out.rdns) },
      expect: FORGED,
    });
  }
  // 1e. His VM reaching the gateway over IPv6.
  const v6: Array<[string, Relay, string[]]> = [
    [
      'sophos',
      SOPHOS,
      [
        ...sophosLines(VPS.helo, `unknown [IPv6:${VPS6}]`),
        forgedBelow('mx-02-eu-central-1.prod.hydra.sophos.com'),
      ],
    ],
    [
      'symantec',
      SYMANTEC,
      [...symantecLines(VPS.helo, VPS.helo, VPS6), forgedBelow('server-4.tower-706.messagelabs.com')],
    ],
    [
      'hornet',
      HORNET,
      [...hornetLines(VPS.helo, `IPv6:${VPS6}`), forgedBelow('mx-relay12-hz1.antispameurope.com')],
    ],
  ];
  for (const [key, out, lines] of v6) {
    emitCase(write, {
      name: `${P}gmail-m365-rented-${key}-vm-over-ipv6-forged-line-below`,
      class: 'arc-entry-name',
      about: `${what}. He rents the gateway's service; his VM reaches it over IPv6 (${VPS6}), the gateway's line carrying that address; his forged line below names the bank's server. Read in Gmail online. Wanted: suspicious or spoofed.`,
      args: GMAIL,
      eml: deliver(await viaTenant(lines, out, 'gmail'), 'gmail'),
      zone: { ...ZONE, ...ptr(out.ip, out.rdns) },
      expect: FORGED,
    });
  }

  // ---- Genuine controls: an SPF-only surveyor behind Sophos, forwarded by the tenant's user ----
  const SURVEY = 'kestrel-surveys.example';
  const SURVEY_IP6 = '2001:db8:58::25';
  const surveyZone = {
    [SURVEY]: { TXT: [`v=spf1 ip4:203.0.113.58 ip6:2001:db8:58::/48 -all`] },
    [`_dmarc.${SURVEY}`]: { TXT: ['v=DMARC1; p=reject'] },
    ...ptr('203.0.113.58', `mail.${SURVEY}`),
    ...ptr(SURVEY_IP6, `mail.${SURVEY}`),
  };
  const genuine = async (ip: string, bracket: string) => {
    let raw = submitted({
      from: `Kestrel Surveys <office@${SURVEY}>`,
      to: USER,
      subject: 'Survey report: The Old Forge',
      date: 'Fri, 20 Nov 2026 09:58:10 +0000',
      messageId: `<forge.r214.${ip.length}@mail.${SURVEY}>`,
      body: 'Dear Ana,\r\n\r\nour condition survey is summarised below; the full report follows by post.\r\n\r\nKestrel Surveys\r\n',
    });
    raw = onTop(raw, ...sophosLines(`mail.${SURVEY}`, bracket));
    raw = onTop(
      raw,
      EXO_HOP,
      `Authentication-Results: spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${SURVEY}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${SURVEY};compauth=pass reason=100`,
      eopEntry(SOPHOS.helo, SOPHOS.ip, 'DB5PEPF00014B95'),
    );
    raw = await sealAs(raw, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${ip}) smtp.rcpttodomain=gmail.com smtp.mailfrom=${SURVEY}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${SURVEY}; dkim=none (message not signed); arc=none`,
    });
    const srs = `bounces+SRS=Kq8Wz=TT=${SURVEY}=office@${TENANT}`;
    k++;
    return gmailDelivery(raw, {
      relay: EUR,
      envelope: srs,
      to: 'robin.reader@gmail.com',
      results: [
        `arc=pass (i=1 spf=pass spfdomain=${SURVEY} dmarc=pass fromdomain=${SURVEY});`,
        `spf=pass (google.com: domain of ${srs} designates ${EUR.ip} as permitted sender) smtp.mailfrom="${srs}";`,
        `dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=${SURVEY}`,
      ].join('\r\n       '),
      ids: [`x214csp${k}pxa`, `a214si${k}qtb.214`],
      spf: 'pass',
      deliveredTo: true,
    });
  };
  emitCase(write, {
    name: `${P}gmail-m365-genuine-sophos-sender-over-ipv6-spf-only`,
    class: 'arc-entry-name',
    about: `Genuine control: an SPF-only surveyor (p=reject) reaches the tenant's Sophos gateway over IPv6 (${SURVEY_IP6}, Postfix's "[IPv6:…]"); EOP's Enhanced Filtering checks SPF at that address (its pass names it, in the sealed record too); Sophos delivers from ${SOPHOS.rdns}; the user's inbox rule forwards to Gmail. Read in Gmail online. Wanted: authenticated or unverified.`,
    args: GMAIL,
    eml: await genuine(SURVEY_IP6, `mail.${SURVEY} [IPv6:${SURVEY_IP6}]`),
    zone: { ...ZONE, ...surveyZone, ...ptr(SOPHOS.ip, SOPHOS.rdns) },
    expect: TRUSTED,
  });
  emitCase(write, {
    name: `${P}gmail-m365-genuine-sophos-delivery-host-no-ptr-spf-only`,
    class: 'arc-entry-name',
    about: `Genuine control: the SPF-only surveyor behind the tenant's Sophos gateway, forwarded to Gmail, the zone holding no PTR for Sophos's delivery host ${SOPHOS.ip} (a lookup failure or a missing record). The engine cannot know the gateway: the forward's excuse is not proven. Wanted: never spoofed.`,
    args: GMAIL,
    eml: await genuine('203.0.113.58', `mail.${SURVEY} [203.0.113.58]`),
    zone: { ...ZONE, ...surveyZone },
    expect: { notVerdict: ['spoofed'] },
  });
}

// ---- 2. Offline, amavisd-new's rows naming header.d only ----
const topSig = (signed: string) => /^DKIM-Signature:[\s\S]*?\r\n(?=[^ \t])/i.exec(signed)![0];
const withH = (field: string, h: string) => field.replace(/\bh=([^;]*);/, `h=${h};`);
const AMAVIS = `${RECEIVER} (amavisd-new)`;
const amavisRow = (r: string) =>
  `Authentication-Results: ${AMAVIS}; dkim=${r} (2048-bit key)${r === 'pass' ? '' : ' reason="fail (bad signature)"'}\r\n header.d=northbank.example`;
const REPLY = 'Reply-To: "Northbank Security" <security@secure-inbox.example>';
const ENV = 'bounce@attacker.example';
const notice = () =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to: 'robin@reader.example',
    subject: 'Your statement is ready',
    date: 'Fri, 20 Nov 2026 10:00:00 +0000',
    messageId: '<stmt-2026-11.r214@northbank.example>',
    body: 'Your November statement is ready in online banking.\r\n',
  });

function toAmavisBox(raw: string, rows: string[], dmarc: string): string {
  k++;
  const date = 'Fri, 20 Nov 2026 10:00:05 +0000';
  return onTop(
    raw,
    `Return-Path: <${ENV}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kR214x${k}vPWf0cQAAq2Xb7g\r\n\t(envelope-from <${ENV}>)\r\n\tfor <robin@reader.example>; ${date}`,
    'X-Virus-Scanned: Debian amavisd-new at mx.reader.example',
    ...rows,
    `Authentication-Results: ${RECEIVER}; ${dmarc}`,
    `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=attacker.example`,
    `Received: from ${VPS.helo} (${VPS.rdns} [${VPS.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr214Xk${k}z2vWc\r\n\tfor <robin@reader.example>; ${date}`,
  );
}

async function group2(write: CaseWriter): Promise<void> {
  const signed = await signCorpus(notice(), {
    domain: 'northbank.example',
    selector: 'nb1',
    headerList: SIGNED_NO_REPLY_TO,
  });
  const sig = topSig(signed);
  const copy = withH(sig, 'from:subject:reply-to');
  const replay = `The attacker replays the bank's genuine notice (d=northbank.example s=nb1, h= without Reply-To) from his VM with his Reply-To at secure-inbox.example on top; above the bank's field, a copy of it with h=from:subject:reply-to (it fails)`;
  const pass = 'dmarc=pass (p=reject dis=none) header.from=northbank.example';
  emitCase(write, {
    name: `${P}box-offline-amavis-copy-reply-to-above-pass-row-only`,
    class: 'offline-amavis-rows',
    about: `${replay}. amavisd-new writes one row for the field that passed ("dkim=pass (2048-bit key) header.d=northbank.example") and none for the copy (modelled: not confirmed). One row, two fields. Read on the box offline. Wanted: not authenticated (Reply-To unsigned).`,
    args: BOX,
    eml: toAmavisBox(onTop(`${copy}${signed}`, REPLY), [amavisRow('pass')], pass),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-offline-amavis-copy-reply-to-above-fail-and-pass-rows`,
    class: 'offline-amavis-rows',
    about: `${replay}. amavisd-new writes a fail row and a pass row, header.d only. Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toAmavisBox(onTop(`${copy}${signed}`, REPLY), [amavisRow('fail'), amavisRow('pass')], pass),
    expect: NOT_AUTH,
  });
  const forgedRow = amavisRow('pass');
  emitCase(write, {
    name: `${P}box-offline-amavis-copy-reply-to-forged-pass-row-below`,
    class: 'offline-amavis-rows',
    about: `${replay}; on top of his message before sending, his own "${AMAVIS}; dkim=pass (2048-bit key) header.d=northbank.example" row, so that a reader counting rows sees two passes for two fields (the first mapped to his copy). The box writes one pass row. Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toAmavisBox(onTop(`${copy}${signed}`, REPLY, forgedRow), [amavisRow('pass')], pass),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-offline-amavis-copy-reply-to-forged-row-p-none-author`,
    class: 'offline-amavis-rows',
    about: `As ${P}box-offline-amavis-copy-reply-to-forged-pass-row-below, the box's DMARC row saying p=none (a bank not yet at enforcement). Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toAmavisBox(
      onTop(`${copy}${signed}`, REPLY, forgedRow),
      [amavisRow('pass')],
      'dmarc=pass (p=none dis=none) header.from=northbank.example',
    ),
    expect: NOT_AUTH,
  });
  // The bank's own two-field rotation (nb1 without Reply-To, nb2 with its own Reply-To), replayed
  // with a second Reply-To on top (DKIM signs the bottom instance: both still pass).
  const rot1 = await signCorpus(onTop(notice(), 'Reply-To: Northbank Help <help@northbank.example>'), {
    domain: 'northbank.example',
    selector: 'nb1',
    headerList: SIGNED_NO_REPLY_TO,
  });
  const rot = await signCorpus(rot1, {
    domain: 'northbank.example',
    selector: 'nb2',
    headerList: [...SIGNED_NO_REPLY_TO, 'reply-to'],
  });
  emitCase(write, {
    name: `${P}box-offline-amavis-rotation-two-pass-second-reply-to-on-top`,
    class: 'offline-amavis-rows',
    about: `The bank mid key rotation signs twice (nb1 without Reply-To, nb2 with its own Reply-To help@northbank.example); the attacker replays it with a second Reply-To (his secure-inbox.example) on top. nb2 signs the bottom instance: both fields pass, amavisd-new writes two pass rows. Read on the box offline. Wanted: not authenticated (the Reply-To the reader's client uses is unsigned).`,
    args: BOX,
    eml: toAmavisBox(onTop(rot, REPLY), [amavisRow('pass'), amavisRow('pass')], pass),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-offline-amavis-rotation-genuine-control`,
    class: 'offline-amavis-rows',
    about: `Genuine control: the same rotation notice unchanged, relayed by the bank's server, both fields pass, two amavisd-new pass rows. Read on the box offline. Wanted: authenticated or unverified.`,
    args: BOX,
    eml: (() => {
      k++;
      const date = 'Fri, 20 Nov 2026 10:00:05 +0000';
      return onTop(
        rot,
        'Return-Path: <alerts@northbank.example>',
        'Delivered-To: robin@reader.example',
        'X-Virus-Scanned: Debian amavisd-new at mx.reader.example',
        amavisRow('pass'),
        amavisRow('pass'),
        `Authentication-Results: ${RECEIVER}; ${pass}`,
        `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=northbank.example`,
        `Received: from ${BANK_RELAY.helo} (${BANK_RELAY.rdns} [${BANK_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr214Gn${k}z2vWc\r\n\tfor <robin@reader.example>; ${date}`,
      );
    })(),
    expect: TRUSTED,
  });
}

// ---- 3. rspamd's (policy=none) read as the DMARC policy ----
async function group3(write: CaseWriter): Promise<void> {
  const raw = bankNotice('robin@reader.example');
  const spoofNote =
    "The attacker's VM sends the bank's From unsigned (envelope at attacker.example); the bank publishes p=reject";
  const rspamd = `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=pass (${RECEIVER}: domain of ${ENV} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=${ENV};\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)`;
  const forged = `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=none)`;
  const boxed = (body: string, ar: string) => {
    k++;
    return onTop(
      body,
      `Return-Path: <${ENV}>`,
      'Delivered-To: robin@reader.example',
      `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kR214r${k}vPWf0cQAAq2Xb7g\r\n\t(envelope-from <${ENV}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
      ar,
      `Received: from ${VPS.helo} (${VPS.rdns} [${VPS.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr214Rs${k}z2vWc\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
    );
  };
  for (const online of [false, true]) {
    emitCase(write, {
      name: `${P}box-${online ? 'online' : 'offline'}-rspamd-forged-policy-none-row-below`,
      class: 'dmarc-policy-comment',
      about: `${spoofNote}. On top of his message he writes an rspamd-style row under the box's authserv-id: dmarc=fail … (policy=none). The box's rspamd writes its own (policy=reject) above. Read on the box ${online ? 'online' : 'offline'}. Wanted: spoofed.`,
      args: BOX,
      eml: boxed(onTop(raw, forged), rspamd),
      ...(online
        ? { zone: { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP), ...ptr(VPS.ip, VPS.rdns) } }
        : {}),
      expect: { verdict: ['spoofed'] },
    });
  }
  emitCase(write, {
    name: `${P}gmail-offline-forged-rspamd-policy-none-row-below`,
    class: 'dmarc-policy-comment',
    about: `${spoofNote}, to Gmail; his own row below (his own rspamd-style, authserv-id mx.google.com) says dmarc=fail (policy=none). Gmail's row: dmarc=fail (p=REJECT sp=REJECT dis=REJECT). Read in Gmail offline. Wanted: spoofed.`,
    args: GMAIL,
    eml: (() => {
      k++;
      return gmailDelivery(onTop(raw, forged.replace(RECEIVER, 'mx.google.com')), {
        relay: VPS,
        envelope: ENV,
        to: 'robin@reader.example',
        results: [
          gmailSpf(ENV, VPS.ip),
          'dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=northbank.example',
        ].join('\r\n       '),
        ids: [`x214csp${k}pxa`, `a214si${k}qtb.214`],
        spf: 'pass',
        deliveredTo: true,
      });
    })(),
    expect: { verdict: ['spoofed'] },
  });
}

// ---- 4. His own Google Workspace with "inbound gateway" set; an IPv6 entry with two PTRs ----
const WS = 'kelpie-studio.example';
const WS_USER = `lena@${WS}`;
/** His Workspace took the spoof from `entry` through `lines`, checked SPF at `spfIp`, sealed i=1, forwarded. */
async function viaWorkspace(
  lines: string[],
  entry: Relay,
  spfIp = BANK_IP,
  printed = entry.rdns,
): Promise<string> {
  const raw = bankNotice(WS_USER);
  const env = BANK_RELAY.ip === spfIp ? 'security@northbank.example' : ENV;
  const results = [
    `spf=pass (google.com: domain of ${env} designates ${spfIp} as permitted sender) smtp.mailfrom=${env};`,
    'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
  ];
  const inGoogle = onTop(
    raw,
    `Return-Path: <${env}>`,
    `Received: from ${entry.helo} (${printed}. [${entry.ip}])\r\n        by mx.google.com with ESMTPS id a214si9${k}qtb.9${k}\r\n        for <${WS_USER}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:58:21 -0800 (PST)`,
    `Received-SPF: pass (google.com: domain of ${env} designates ${spfIp} as permitted sender) client-ip=${spfIp};`,
    `Authentication-Results: mx.google.com;\r\n       ${results.join('\r\n       ')}`,
    ...lines,
  );
  const sealed = await sealAs(inGoogle, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `mx.google.com;\r\n       ${results.join('\r\n       ')}`,
  });
  const to = 'robin.reader@gmail.com';
  const fwdEnv = `lena+caf_=${to.replace('@', '=')}@${WS}`;
  k++;
  const forwarded = onTop(
    sealed,
    `X-Forwarded-To: ${to}`,
    `X-Forwarded-For: ${WS_USER} ${to}`,
    `Delivered-To: ${WS_USER}`,
    `Received: by 2002:a05:6a10:b214:b0:2f5:4321:87${k}5 with SMTP id w214csp9${k}pxa;\r\n        Fri, 20 Nov 2026 01:58:22 -0800 (PST)`,
  );
  return gmailDelivery(forwarded, {
    relay: GMAIL_OUT,
    envelope: fwdEnv,
    to,
    results: [
      'arc=pass (i=1 spf=pass spfdomain=northbank.example dmarc=pass fromdomain=northbank.example);',
      `spf=pass (google.com: domain of ${fwdEnv} designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom="${fwdEnv}";`,
      'dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=northbank.example',
    ].join('\r\n       '),
    ids: [`x214csp9${k}pxb`, `a214si9${k}qtb.214`],
    spf: 'pass',
    deliveredTo: true,
  });
}

async function group4(write: CaseWriter): Promise<void> {
  const WZONE = {
    ...ZONE,
    [WS]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
    '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
    ...keyZone(['arc-20240605._domainkey.google.com']),
  };
  const what =
    'The attacker\'s own Google Workspace, his gateway and his VM listed as its "inbound gateway" (Google then checks SPF at the deepest address), takes his spoof of the bank (SPF-only, p=reject), seals a pass at 192.0.2.10 (i=1, google.com) and the user\'s Gmail forwarding sends it to the reader';
  emitCase(write, {
    name: `${P}gmail-workspace-rented-hornet-forged-line-below-names-bank`,
    class: 'arc-entry-name',
    about: `${what}. He rents Hornetsecurity for it; its own line names his VM (${ATTACKER_IP}), his forged line below names the bank's server by another antispameurope.com host; it delivers from ${HORNET.rdns} (forward-confirmed). Read in Gmail online. Wanted: suspicious or spoofed.`,
    args: GMAIL,
    eml: await viaWorkspace(
      [...hornetLines(VPS.helo, VPS.ip), forgedBelow('mx-relay12-hz1.antispameurope.com')],
      HORNET,
    ),
    zone: { ...WZONE, ...ptr(HORNET.ip, HORNET.rdns) },
    expect: FORGED,
    twin: true,
  });
  emitCase(write, {
    name: `${P}gmail-workspace-hornet-genuine-shape-control`,
    class: 'arc-entry-name',
    about: `Shape control: the bank's own server (SPF-only here) writes to a Workspace user behind a real Hornetsecurity set as "inbound gateway" (its own line names ${BANK_IP}); Google seals i=1 and the user's Gmail forwarding sends it on. Read in Gmail online. Wanted: authenticated or unverified.`,
    args: GMAIL,
    eml: await viaWorkspace(hornetLines('mail.northbank.example', BANK_IP), HORNET),
    zone: { ...WZONE, ...ptr(HORNET.ip, HORNET.rdns) },
    expect: TRUSTED,
  });
  emitCase(write, {
    name: `${P}gmail-workspace-vm-prints-sophos-name-unconfirmed-forged-line`,
    class: 'arc-entry-name',
    about: `${what}. His VM (${ATTACKER_IP}) delivers straight to Google with HELO ${SOPHOS.helo} and a PTR he set to that name (its A is Sophos's, not his); Google's line prints it. Below, his forged Sophos line names the bank's server. Read in Gmail online. Wanted: suspicious or spoofed.`,
    args: GMAIL,
    eml: await viaWorkspace(sophosLines('mail.northbank.example', `mail.northbank.example [${BANK_IP}]`), {
      ...VPS,
      helo: SOPHOS.helo,
      rdns: SOPHOS.rdns,
    }),
    zone: {
      ...WZONE,
      [`${ATTACKER_IP.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [SOPHOS.rdns] },
      [SOPHOS.rdns]: { A: [SOPHOS.ip] },
    },
    expect: FORGED,
  });
  // His own IPv6 reverse zone (a tunnel broker's delegated /48): two PTRs, a Sophos name first.
  const V6 = '2001:db8:66:1::25';
  const rev = ptr(V6, 'mx.attacker.example');
  const revName = Object.keys(rev).find((x) => x.endsWith('ip6.arpa'))!;
  emitCase(write, {
    name: `${P}gmail-m365-vm-ipv6-two-ptrs-sophos-name-first-own-confirmed`,
    class: 'arc-entry-name',
    about: `The attacker's own Microsoft 365 tenant (Enhanced Filtering skip-listing his VM) takes his spoof of the bank from his VM over IPv6 (${V6}, in a /48 whose reverse zone a tunnel broker delegated to him): two PTRs, ${SOPHOS.rdns} first and mx.attacker.example (forward-confirmed) second; below EOP's entry his forged Sophos line names the bank's server; sealed and forwarded to Gmail. Read in Gmail online. Wanted: suspicious or spoofed.`,
    args: GMAIL,
    eml: deliver(
      await viaTenant(
        sophosLines('mail.northbank.example', `mail.northbank.example [${BANK_IP}]`),
        { helo: SOPHOS.helo, rdns: SOPHOS.rdns, ip: V6 },
        'gmail',
      ),
      'gmail',
    ),
    zone: {
      ...ZONE,
      ...rev,
      [revName]: { PTR: [SOPHOS.rdns, 'mx.attacker.example'] },
      [SOPHOS.rdns]: { A: [SOPHOS.ip] },
    },
    expect: FORGED,
  });
}

// ---- 5. His tenant's mail flow rule on the bank's genuine mail behind a real gateway; a genuine double forward ----
async function group5(write: CaseWriter): Promise<void> {
  const statement = (body: string) =>
    submitted({
      from: 'Northbank <security@northbank.example>',
      to: USER,
      subject: 'Your November statement is ready',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: '<stmt-20261120-214@northbank.example>',
      body,
    });
  const BODY =
    'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n';
  const LURE =
    'IMPORTANT: your card was suspended. Reactivate it today at https://northbank-secure.example/reactivate\r\n\r\n';
  const viaSophos = (body: string) =>
    viaTenant(
      sophosLines('mail.northbank.example', `mail.northbank.example [${BANK_IP}]`),
      SOPHOS,
      'gmail',
      BANK_IP,
      statement(body),
    );
  emitCase(write, {
    name: `${P}gmail-m365-own-tenant-disclaimer-rule-on-bank-mail-behind-sophos`,
    class: 'arc-entry-name',
    about: `The attacker, a customer of the bank (here a sender that signs nothing, p=reject), has its genuine notice delivered from the bank's server through his tenant's rented Sophos gateway into his own Microsoft 365 tenant (EOP's SPF pass at ${BANK_IP}, the address Sophos's line names: true). His tenant's mail flow rule "apply a disclaimer: prepend" puts a lure above the bank's text; the user's inbox rule forwards it to the reader, Exchange Online sealing the entry's genuine results. Read in Gmail online. Wanted: not authenticated.`,
    args: GMAIL,
    eml: deliver(await viaSophos(`${LURE}${BODY}`), 'gmail'),
    zone: { ...ZONE, ...ptr(SOPHOS.ip, SOPHOS.rdns) },
    expect: NOT_AUTH,
  });
  // Genuine: the notice unchanged through Sophos into an ordinary tenant, then a second forward
  // through a Workspace user (Google seals i=2) to the reader's Gmail.
  let raw = await viaSophos(BODY);
  const results = [
    'arc=pass (i=1 spf=pass spfdomain=northbank.example dmarc=pass fromdomain=northbank.example);',
    `spf=pass (google.com: domain of ${SRS} designates ${EUR.ip} as permitted sender) smtp.mailfrom="${SRS}";`,
    'dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=northbank.example',
  ];
  raw = onTop(
    raw,
    `Return-Path: <${SRS}>`,
    `Received: from ${EUR.helo} (${EUR.rdns}. [${EUR.ip}])\r\n        by mx.google.com with ESMTPS id a214si77qtb.77\r\n        for <${WS_USER}>\r\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\r\n        Fri, 20 Nov 2026 01:59:40 -0800 (PST)`,
    `Received-SPF: pass (google.com: domain of ${SRS} designates ${EUR.ip} as permitted sender) client-ip=${EUR.ip};`,
    `Authentication-Results: mx.google.com;\r\n       ${results.join('\r\n       ')}`,
  );
  raw = await sealAs(raw, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'pass',
    authResults: `mx.google.com;\r\n       ${results.join('\r\n       ')}`,
  });
  const to = 'robin.reader@gmail.com';
  const fwdEnv = `lena+caf_=${to.replace('@', '=')}@${WS}`;
  raw = onTop(
    raw,
    `X-Forwarded-To: ${to}`,
    `X-Forwarded-For: ${WS_USER} ${to}`,
    `Delivered-To: ${WS_USER}`,
    'Received: by 2002:a05:6a10:b214:b0:2f5:4321:8775 with SMTP id w214csp77pxa;\r\n        Fri, 20 Nov 2026 01:59:41 -0800 (PST)',
  );
  emitCase(write, {
    name: `${P}gmail-m365-sophos-then-workspace-double-forward-genuine`,
    class: 'arc-entry-name',
    about: `Genuine control: the bank's unchanged notice (a sender signing nothing, p=reject) through a firm's Sophos gateway into its Microsoft 365 tenant (i=1, SPF pass at ${BANK_IP}, Sophos delivering from ${SOPHOS.rdns}); an inbox rule forwards to a colleague's Workspace address (Google seals i=2 over the SRS envelope, cv=pass), whose Gmail forwarding sends it to the reader. Read in Gmail online. Wanted: authenticated or unverified.`,
    args: GMAIL,
    eml: gmailDelivery(raw, {
      relay: GMAIL_OUT,
      envelope: fwdEnv,
      to,
      results: [
        'arc=pass (i=2 spf=pass spfdomain=kelpie-trading.example dmarc=fail fromdomain=northbank.example);',
        `spf=pass (google.com: domain of ${fwdEnv} designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom="${fwdEnv}";`,
        'dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=northbank.example',
      ].join('\r\n       '),
      ids: ['x214csp78pxb', 'a214si78qtb.214'],
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: {
      ...ZONE,
      ...ptr(SOPHOS.ip, SOPHOS.rdns),
      [WS]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
      '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      ...keyZone(['arc-20240605._domainkey.google.com']),
    },
    expect: TRUSTED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await group1(write);
  await group2(write);
  await group3(write);
  await group4(write);
  await group5(write);
}

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
