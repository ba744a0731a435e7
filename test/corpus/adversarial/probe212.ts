// Red-team round 212: the lead's fixes of 2026-12-07 16:36 (commit 211a16fc, real-mail rounds 198
// and 199), both directions.
// 1. lib/findings/arc-record.ts sealerRecord.spfAtEntry and lib/findings/arc.ts tenantsWord: a
//    Google or Microsoft seal below the reader's own provider's entry is the tenant's word when
//    every SPF pass it recorded names an address its entry line (or a known gateway's line below
//    it) shows. Attacks: (a) the attacker's own tenant receiving the bank's From straight from a
//    server the bank's SPF authorises through a shared include (Google Workspace's SMTP relay with
//    "allowed senders: any address", _spf.google.com; Microsoft 365's spf.protection.outlook.com),
//    then forwarding into the reader's Gmail or Outlook; (b) the attacker's tenant behind his own
//    Cisco Secure Email tenant, now a known gateway (AS16417), whose message filter strips Cisco's
//    Received line and inserts one naming the bank's server, which Google's "inbound gateway" and
//    Microsoft's Enhanced Filtering then check SPF at. Genuine controls: an SPF-only firm reaching a
//    Workspace over IPv6, a firm on Workspace itself reaching another Workspace, a Microsoft 365
//    tenant forwarding into Outlook.
// 2. lib/relay/providers-esp.ts 'Cisco Secure Email' by AS16417: the attacker's own Cisco tenant as
//    the origin (a spoof, a replay of the bank's old signed notice, the bank's notice with a Reply-To
//    added).
// 3. lib/findings/hosted-server.ts listServerOwner and verdict.ts listOwnServer: a list host's post
//    with no author signature is the host's own server online when the host's DKIM and SPF pass.
//    The attacker's own groups.io group posting as a p=none firm (online, offline, Outlook), a
//    python.org look-alike Mailman on a rented server; a genuine groups.io post in Outlook.
// Where the layouts were learnt:
// - Google's entry `from <host> (<host>. [<ip>]) by mx.google.com with ESMTPS id …`, its
//   `designates <ip> as permitted sender` record, its i=1 seal (d=google.com s=arc-20240605), the
//   +caf_ forwarding envelope and X-Forwarded-To/For: realworld198.ts (section 9) as it cites them.
// - EOP's entry, its id-less results, Exchange Online's `mx.microsoft.com 1; spf=pass (sender ip is
//   …)` seal (d=microsoft.com s=arcselector10001), the tenant's outbound EUR02-DB5-obe host and SRS
//   envelope: realworld198.ts, m365-shapes.ts.
// - Cisco Secure Email's line `Received: from <name> (HELO <helo>) ([<ip>]) by esaN.<label>.iphmx.com
//   with ESMTP/TLS/…` and its X-IronPort-AV stamp, its delivery host esaN.<label>.iphmx.com in
//   216.71.153.0/24: realworld198.ts (find_string ids 31269972964, 67413467749, 10083270200). The
//   label `harrowgate` is made up.
// - AsyncOS message filters `strip-header('Received')` (its manual's own example: "all instances
//   are removed (for example, the "Received:" header)") and `insert-header(…)` ("AsyncOS does not
//   verify the compliance to standards of the header you insert"): search (pages) "AsyncOS listener
//   Add Received Header", Cisco AsyncOS 8.0.1 for Email User Guide p. 9-60 (manualsbrain.com
//   manual 1649555 page 222) and IronPort AsyncOS 7.6 Advanced Configuration Guide p. 6-60
//   (yumpu.com document 4422783).
// - Google Workspace's SMTP relay (smtp-relay.gmail.com) relaying for "any addresses" from the
//   tenant's registered IP, the relayed mail leaving from Google's outbound range: recalled from
//   Google's admin help ("SMTP relay service setting") and the 2022-23 reports of its abuse to spoof
//   domains that include _spf.google.com; search (pages) returned only Google's SPF help
//   (support.google.com/a/answer/33786), NOT the relay abuse reports themselves.
// - groups.io's post (author's DKIM-Signature removed, its own d=groups.io s=20140610 field last,
//   Reply-To "list,author", mail02.groups.io [66.175.222.108], bounce+…@groups.io): realworld199.ts
//   section 9 (find_string ids 5007062370, 4599114286). mail.python.org [188.166.95.178] and its
//   Mailman 3 fields: realworld199.ts section 10.
// NOT confirmed: that Google's relay still relays a p=reject domain's From for a tenant that does
// not own it (Google said after the 2023 reports that DMARC enforcement is the protection; a pass by
// SPF makes DMARC pass); that Microsoft 365 sends a non-accepted domain's envelope from the
// ranges in spf.protection.outlook.com (Microsoft Learn's "relay pool" 40.95.0.0/16 sits outside
// its SPF for non-accepted domains: the M365 shared-include case may be unreal); that a Cisco
// Secure Email Cloud customer may run message filters that strip and insert Received (CLI access on
// request); that Google's inbound-gateway and EOP's Enhanced Filtering take the client from such an
// inserted line (they read the Received lines below the skip-listed hop: probe200.ts's premise);
// that groups.io accepts a member post From a p=none domain the poster does not control (a member
// address the owner added directly; groups.io munges only p=quarantine/reject From domains).
// Names and addresses are documentation ones except Google's, Microsoft's, Cisco's, groups.io's,
// python.org's and DigitalOcean's.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  type CorpusCase,
  emitCase,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SPOOFED,
  signAll,
} from '../kit';
import { keyZone } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery } from '../receivers';
import { bankNotice, oldStatement, probeCorpus, statementReady } from '../rounds-kit';

const GMAIL_ARGS = ['--webmail', 'gmail'];
const OUTLOOK_ARGS = ['--webmail', 'outlook'];
const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const READER_GMAIL = 'robin.reader@gmail.com';
/** Genuine mail a user should trust: never suspicious, never spoofed. */
const TRUSTED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['suspicious', 'spoofed'],
};
/** Whatever else it reads, a forgery of the bank must not read authenticated. */
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };

const BANK_FROM_X = 'Northbank Security <security@northbank.example>';
const BANK_ENV = 'security@northbank.example';
/** The bank, SPF-only (no DKIM on this mail), its SPF naming a shared platform (`include`). */
const bankWith = (include: string) => ({
  'northbank.example': { TXT: [`v=spf1 ip4:192.0.2.0/24 include:${include} -all`] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
});
const GOOGLE_SPF = {
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2607:f8b0:4000::/36 ~all'] },
};
const SEAL_KEYS = keyZone([
  'arc-20240605._domainkey.google.com',
  'arcselector10001._domainkey.microsoft.com',
]);

// ---- The attacker's tenants ----
/** His Workspace (the receiving one, whose user forwards to the reader). */
const WS = 'larkfield-studio.example';
const WS_USER = `mira@${WS}`;
/** His Microsoft 365 tenant (receiving), its outbound host and SRS envelope on forward. */
const TENANT = 'corvane-advisory.example';
const TENANT_USER = `ana@${TENANT}`;
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const EXO_HOP = `Received: from AM9PR02MB7212.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6212.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:30 +0000`;
/** Google's outbound host that relays for his other Workspace (smtp-relay.gmail.com). */
const GOOGLE_RELAY_OUT: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
/** His Cisco Secure Email tenant's delivery host (AS16417). */
const CISCO_OUT: Relay = {
  helo: 'esa1.harrowgate.iphmx.com',
  rdns: 'esa1.harrowgate.iphmx.com',
  ip: '216.71.153.148',
};
/** The Received line his AsyncOS filter inserts (strip-header + insert-header): the bank's server. */
const FORGED_CISCO_LINE =
  'Received: from mail.northbank.example (HELO mail.northbank.example) ([192.0.2.10])\r\n  by esa1.harrowgate.iphmx.com with ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256; 20 Nov 2026 09:58:20 +0000';
const IRONPORT_AV = 'X-IronPort-AV: E=Sophos;i="6.19,212,1763600000"; \r\n   d="scan\'208";a="212330417"';

const BASE_ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  ...GOOGLE_SPF,
  ...SEAL_KEYS,
  ...ptr(EUR.ip, EUR.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(GOOGLE_RELAY_OUT.ip, GOOGLE_RELAY_OUT.rdns),
  ...ptr(CISCO_OUT.ip, CISCO_OUT.rdns),
  ...authenticZone('attacker.example', ATTACKER_IP),
  [WS]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`_dmarc.${WS}`]: { TXT: ['v=DMARC1; p=none'] },
  [TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${TENANT}`]: { TXT: ['v=DMARC1; p=none'] },
};

/** Google's record at the Workspace's entry: SPF and DMARC pass for `env` at `ip`. */
const googleResults = (env: string, ip: string, from: string) => [
  `spf=pass (google.com: domain of ${env} designates ${ip} as permitted sender) smtp.mailfrom=${env};`,
  `dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${from}`,
];

/**
 * `raw` taken in by the Workspace from `client` (below it `below`, lines the client's side wrote),
 * Google's SPF pass at `spfIp`, sealed i=1 by google.com, forwarded by the user's Gmail forwarding
 * to the reader's personal Gmail (dmarc=fail, arc=pass).
 */
async function workspaceForwardToGmail(
  raw: string,
  o: { client: Relay; spfIp: string; env: string; from: string; below: string[]; n: number },
): Promise<string> {
  const results = googleResults(o.env, o.spfIp, o.from);
  const inGoogle = onTop(
    raw,
    `Return-Path: <${o.env}>`,
    `Received: from ${o.client.helo} (${o.client.rdns}. [${o.client.ip}])\r\n        by mx.google.com with ESMTPS id a212si${o.n}qtb.2${o.n}\r\n        for <${WS_USER}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:58:21 -0800 (PST)`,
    `Received-SPF: pass (google.com: domain of ${o.env} designates ${o.spfIp} as permitted sender) client-ip=${o.spfIp};`,
    `Authentication-Results: mx.google.com;\r\n       ${results.join('\r\n       ')}`,
    ...o.below,
  );
  const sealed = await sealAs(inGoogle, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `mx.google.com;\r\n       ${results.join('\r\n       ')}`,
  });
  const env = `mira+caf_=${READER_GMAIL.replace('@', '=')}@${WS}`;
  const forwarded = onTop(
    sealed,
    `X-Forwarded-To: ${READER_GMAIL}`,
    `X-Forwarded-For: ${WS_USER} ${READER_GMAIL}`,
    `Delivered-To: ${WS_USER}`,
    `Received: by 2002:a05:6a10:b212:b0:2f5:4321:87${o.n}5 with SMTP id w212csp${o.n}pxa;\r\n        Fri, 20 Nov 2026 01:58:22 -0800 (PST)`,
  );
  const fromDomain = o.from;
  return gmailDelivery(forwarded, {
    relay: GMAIL_OUT,
    envelope: env,
    to: READER_GMAIL,
    results: [
      `arc=pass (i=1 spf=pass spfdomain=${o.env.split('@')[1]} dmarc=pass fromdomain=${fromDomain});`,
      `spf=pass (google.com: domain of ${env} designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom="${env}";`,
      `dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=${fromDomain}`,
    ].join('\r\n       '),
    ids: [`x212csp${o.n}pxb`, `a212si${o.n}qtb.212`],
    spf: 'pass',
    deliveredTo: true,
  });
}

/**
 * `raw` taken in by the Microsoft 365 tenant from `client` (`below` under EOP's entry), EOP's SPF
 * pass at `spfIp` for the bank, sealed i=1 by microsoft.com, forwarded by an inbox rule from EUR to
 * the reader (`reader`: Outlook or Gmail).
 */
async function tenantForward(
  raw: string,
  o: { client: Relay; spfIp: string; below: string[]; reader: 'outlook' | 'gmail'; n: number },
): Promise<string> {
  const inTenant = onTop(
    raw,
    EXO_HOP,
    `Authentication-Results: spf=pass (sender IP is ${o.spfIp})\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`,
    eopEntry(o.client.helo, o.client.ip, 'DB5PEPF00014B95'),
    ...o.below,
  );
  const rcptDomain = o.reader === 'outlook' ? 'harbourline.example' : 'gmail.com';
  const sealed = await sealAs(inTenant, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${o.spfIp}) smtp.rcpttodomain=${rcptDomain} smtp.mailfrom=northbank.example; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=northbank.example; dkim=none (message not signed); arc=none`,
  });
  const env = `bounces+SRS=Kq8Wz=TT=northbank.example=security@${TENANT}`;
  if (o.reader === 'outlook')
    return eopDelivery(sealed, {
      ip: EUR.ip,
      helo: EUR.helo,
      ar: `spf=pass (sender IP is ${EUR.ip})\r\n smtp.mailfrom=${TENANT}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=pass reason=130`,
      spf: `Pass (protection.outlook.com: domain of ${TENANT} designates\r\n ${EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EUR.ip}; helo=${EUR.helo}; pr=C`,
      returnPath: env,
    });
  return gmailDelivery(sealed, {
    relay: EUR,
    envelope: env,
    to: READER_GMAIL,
    results: [
      'arc=pass (i=1 spf=pass spfdomain=northbank.example dmarc=pass fromdomain=northbank.example);',
      `spf=pass (google.com: domain of ${env} designates ${EUR.ip} as permitted sender) smtp.mailfrom="${env}";`,
      'dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=northbank.example',
    ].join('\r\n       '),
    ids: [`x212csp${o.n}pxm`, `a212si${o.n}qtb.312`],
    spf: 'pass',
    deliveredTo: true,
  });
}

/** The case online (zone) and, when asked, offline (no zone) beside it. */
function both(write: CaseWriter, c: CorpusCase, offline = true): void {
  emitCase(write, c);
  if (offline) {
    const { zone: _zone, twin: _twin, ...rest } = c;
    emitCase(write, { ...rest, name: `${c.name}-offline`, about: `${c.about} Offline (no DNS).` });
  }
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // ================= 1a. Shared includes: the attacker's own tenant, straight from the platform =================
  {
    // His other Workspace relays the bank's From with the bank's envelope through smtp-relay.gmail.com;
    // his receiving Workspace takes it from Google's outbound host, where the bank's SPF (include:
    // _spf.google.com) passes, seals, and Gmail-forwards it to the reader.
    const raw = bankNotice(WS_USER);
    const relayLine = `Received: from mail.attacker.example ([${ATTACKER_IP}])\r\n        by smtp-relay.gmail.com with ESMTPS id d212sm41.2026.11.20.01.58.19\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:58:19 -0800 (PST)`;
    both(write, {
      name: 'r212-gmail-ws-relay-any-sender-into-own-ws-fwd-bank-google-include',
      class: 'arc-forwarder',
      about: `Forgery: the bank (SPF-only here, p=reject, SPF include:_spf.google.com) is sent by the attacker's own Workspace through Google's SMTP relay ("any addresses") with the bank's envelope; his second Workspace (${WS}) takes it from ${GOOGLE_RELAY_OUT.ip}, Google records spf=pass at that very address, seals i=1 and Gmail-forwards it to the reader's Gmail (dmarc=fail, arc=pass). spfAtEntry holds. A careful reader: not authenticated (a shared platform's SPF pass is all there is).`,
      args: GMAIL_ARGS,
      eml: await workspaceForwardToGmail(raw, {
        client: GOOGLE_RELAY_OUT,
        spfIp: GOOGLE_RELAY_OUT.ip,
        env: BANK_ENV,
        from: 'northbank.example',
        below: [relayLine],
        n: 1,
      }),
      zone: { ...BASE_ZONE, ...bankWith('_spf.google.com') },
      expect: NOT_AUTH,
      twin: true,
    });
    // The same relay straight to the reader's Gmail: the control the forward must not beat.
    emitCase(write, {
      name: 'r212-gmail-ws-relay-any-sender-direct-bank-google-include',
      class: 'shared-platform',
      about:
        "Control forgery: the attacker's Workspace relays the bank's From and envelope through smtp-relay.gmail.com straight to the reader's Gmail: spf=pass (the bank includes _spf.google.com), dmarc=pass, no DKIM. A careful reader: not authenticated (only a shared platform vouches).",
      args: GMAIL_ARGS,
      eml: gmailDelivery(onTop(raw, relayLine), {
        relay: GOOGLE_RELAY_OUT,
        envelope: BANK_ENV,
        to: READER_GMAIL,
        results: [
          `spf=pass (google.com: domain of ${BANK_ENV} designates ${GOOGLE_RELAY_OUT.ip} as permitted sender) smtp.mailfrom=${BANK_ENV};`,
          'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
        ].join('\r\n       '),
        ids: ['x212csp2pxa', 'a212si2qtb.22'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: { ...BASE_ZONE, ...bankWith('_spf.google.com') },
      expect: NOT_AUTH,
    });
  }
  {
    // Microsoft 365: his sending tenant's outbound host, his receiving tenant's EOP passes SPF for the
    // bank there (include:spf.protection.outlook.com), seals, and an inbox rule forwards into Outlook.
    const out: Relay = {
      helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
      rdns: 'mail-am6eur05on2101.outbound.protection.outlook.com',
      ip: '40.107.22.101',
    };
    both(write, {
      name: 'r212-outlook-own-m365-tenant-from-m365-outbound-fwd-bank-m365-include',
      class: 'arc-forwarder',
      about: `Forgery: the bank (SPF-only here, p=reject, SPF include:spf.protection.outlook.com) sent by the attacker's Microsoft 365 tenant with the bank's envelope from ${out.ip}; his receiving tenant (${TENANT}) records spf=pass at that address (its entry line's), dmarc=pass, seals i=1 (microsoft.com) and an inbox rule forwards into the reader's Outlook (dmarc=fail, compauth reason=130). spfAtEntry holds: tenantsWord returns false. A careful reader: not authenticated.`,
      args: OUTLOOK_ARGS,
      eml: await tenantForward(bankNotice(TENANT_USER), {
        client: out,
        spfIp: out.ip,
        below: [],
        reader: 'outlook',
        n: 3,
      }),
      zone: { ...BASE_ZONE, ...ptr(out.ip, out.rdns), ...bankWith('spf.protection.outlook.com') },
      expect: NOT_AUTH,
      twin: true,
    });
  }
  // Workspace with his Cisco tenant as "inbound gateway": Cisco's line stripped, the bank's inserted.
  both(write, {
    name: 'r212-gmail-ws-behind-own-cisco-inserted-line-bank-ip-fwd',
    class: 'arc-forwarder',
    about: `Forgery: the attacker's Workspace (${WS}) names his own Cisco Secure Email tenant (${CISCO_OUT.ip}, AS16417) as inbound gateway; an AsyncOS filter strips Cisco's Received line and inserts one "from mail.northbank.example ([192.0.2.10]) by esa1.harrowgate.iphmx.com"; Google checks SPF at 192.0.2.10 (the bank's own range): pass, dmarc=pass; seals i=1; Gmail forwarding to the reader. sealerEntry's gateway walk reads the inserted line as Cisco's: spfAtEntry. Wanted: suspicious (arc-spf-past-gateway), as before Cisco was known.`,
    args: GMAIL_ARGS,
    eml: await workspaceForwardToGmail(bankNotice(WS_USER), {
      client: CISCO_OUT,
      spfIp: '192.0.2.10',
      env: BANK_ENV,
      from: 'northbank.example',
      below: [IRONPORT_AV, FORGED_CISCO_LINE],
      n: 4,
    }),
    zone: { ...BASE_ZONE, ...BANK },
    expect: NOT_TRUSTED,
    twin: true,
  });
  // Microsoft 365 with Enhanced Filtering skip-listing his Cisco tenant, forwarded into Outlook and Gmail.
  for (const reader of ['outlook', 'gmail'] as const) {
    both(write, {
      name: `r212-${reader}-m365-efc-behind-own-cisco-inserted-line-bank-ip-fwd`,
      class: 'arc-forwarder',
      about: `Forgery: the attacker's Microsoft 365 tenant (${TENANT}) takes mail from his own Cisco tenant (${CISCO_OUT.ip}, AS16417), skip-listed with Enhanced Filtering for Connectors; his AsyncOS filter replaced Cisco's Received line with one naming the bank's 192.0.2.10; EOP records spf=pass (sender IP is 192.0.2.10), dmarc=pass, seals i=1, and an inbox rule forwards it to the reader's ${reader === 'outlook' ? 'Outlook' : 'Gmail'}. Wanted: suspicious (arc-spf-past-gateway, as before AS16417 made Cisco a known gateway).`,
      args: reader === 'outlook' ? OUTLOOK_ARGS : GMAIL_ARGS,
      eml: await tenantForward(bankNotice(TENANT_USER), {
        client: CISCO_OUT,
        spfIp: '192.0.2.10',
        below: [IRONPORT_AV, FORGED_CISCO_LINE],
        reader,
        n: reader === 'outlook' ? 5 : 6,
      }),
      zone: { ...BASE_ZONE, ...BANK },
      expect: NOT_TRUSTED,
    });
  }
  {
    // No Cisco subscription at all: his own VM's PTR names a host under iphmx.com (he sets the PTR of
    // his address; iphmx.com's A record does not confirm it), set as his Workspace's inbound gateway.
    const vm: Relay = {
      helo: 'esa1.harrowgate.iphmx.com',
      rdns: 'esa1.harrowgate.iphmx.com',
      ip: ATTACKER_IP,
    };
    const ptrOnly = { '66.100.51.198.in-addr.arpa': { PTR: ['esa1.harrowgate.iphmx.com'] } };
    both(write, {
      name: 'r212-gmail-ws-behind-vm-ptr-iphmx-own-line-bank-ip-fwd',
      class: 'arc-forwarder',
      about: `Forgery: the attacker's VM (${ATTACKER_IP}, PTR esa1.harrowgate.iphmx.com he set himself, not forward-confirmed) is his Workspace's "inbound gateway" and writes its own line "from mail.northbank.example ([192.0.2.10]) by esa1.harrowgate.iphmx.com"; Google checks SPF at 192.0.2.10: pass; seals; Gmail forwarding to the reader. Google's entry prints the PTR name. Neither the address (not AS16417) nor a confirmed name makes it Cisco's. Wanted: suspicious, online and offline.`,
      args: GMAIL_ARGS,
      eml: await workspaceForwardToGmail(bankNotice(WS_USER), {
        client: vm,
        spfIp: '192.0.2.10',
        env: BANK_ENV,
        from: 'northbank.example',
        below: [IRONPORT_AV, FORGED_CISCO_LINE],
        n: 11,
      }),
      zone: { ...BASE_ZONE, ...BANK, ...ptrOnly },
      expect: NOT_TRUSTED,
    });
  }
  {
    // His Cisco tenant as the origin, straight to the reader.
    const ciscoEntry = (raw: string, env: string) =>
      onTop(
        raw,
        `Return-Path: <${env}>`,
        `Received: from ${CISCO_OUT.helo} (${CISCO_OUT.rdns} [${CISCO_OUT.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zw212c1\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
        IRONPORT_AV,
        `Received: from mail.attacker.example (HELO mail.attacker.example) ([${ATTACKER_IP}])\r\n  by esa1.harrowgate.iphmx.com with ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256; 20 Nov 2026 09:59:58 +0000`,
      );
    const zone = {
      ...BASE_ZONE,
      ...BANK,
      ...BANK_KEY,
      // His own domain's SPF names his Cisco tenant's delivery host.
      'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} ip4:${CISCO_OUT.ip} -all`] },
    };
    emitCase(write, {
      name: 'r212-box-own-cisco-tenant-origin-unsigned-bank-spoof',
      class: 'esp-origin',
      about: `Forgery: the bank's From, unsigned, with the bank's envelope, relayed by the attacker's own Cisco Secure Email tenant (${CISCO_OUT.ip}, AS16417, now a known email provider) to the reader's box. SPF fails (Cisco is not in the bank's record), DMARC fails (p=reject). Wanted: spoofed.`,
      args: BOX_ARGS,
      eml: ciscoEntry(bankNotice('robin@reader.example'), BANK_ENV),
      zone,
      expect: SPOOFED,
      twin: true,
    });
    emitCase(write, {
      name: 'r212-box-own-cisco-tenant-origin-replays-old-bank-notice',
      class: 'esp-origin',
      about: `Forgery: the bank's genuine September notice (signed t= 1 Oct 2026), replayed on 20 Nov through the attacker's Cisco tenant with his envelope. DKIM and DMARC pass. A known email provider's address must not make a stale replay from a stranger's account read authenticated.`,
      args: BOX_ARGS,
      eml: ciscoEntry(await oldStatement(), 'bounce@attacker.example'),
      zone,
      expect: NOT_AUTH,
    });
    const genuine = await statementReady('212');
    emitCase(write, {
      name: 'r212-box-own-cisco-tenant-origin-bank-notice-reply-to-added',
      class: 'esp-origin',
      about:
        "Forgery: the bank's genuine notice of 20 November (Reply-To not in h=) with a Reply-To at the attacker's domain added, relayed by his Cisco tenant. DKIM and DMARC pass; the reply goes to him. Wanted: not authenticated.",
      args: BOX_ARGS,
      eml: ciscoEntry(
        appendHeaders(genuine, 'Reply-To: Northbank Security <security@attacker.example>'),
        'bounce@attacker.example',
      ),
      zone,
      expect: NOT_AUTH,
    });
  }

  // ================= 1c. Genuine controls for spfAtEntry =================
  {
    // An SPF-only firm writing to a Workspace over IPv6, forwarded by Gmail: Google names the IPv6 address.
    const firm = 'kestrel-surveys.example';
    const v6: Relay = { helo: `mail.${firm}`, rdns: `mail.${firm}`, ip: '2001:db8:5::58' };
    const raw = submitted({
      from: `Kestrel Surveys <office@${firm}>`,
      to: WS_USER,
      subject: 'Survey report: 4 Tanners Lane',
      date: 'Fri, 20 Nov 2026 09:58:10 +0000',
      messageId: `<w212.v6.58@mail.${firm}>`,
      body: 'Dear Mira,\r\n\r\nour report on 4 Tanners Lane is attached.\r\n\r\nKestrel Surveys\r\n',
    });
    both(write, {
      name: 'r212-gmail-ws-direct-ipv6-spf-only-firm-fwd-genuine',
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only surveyor (ip6:2001:db8:5::/48, p=reject) writes over IPv6 straight to a Workspace (Google's entry [${v6.ip}], its SPF pass names the same address); Google seals i=1 and the user's Gmail forwarding sends it on. A user should trust it.`,
      args: GMAIL_ARGS,
      eml: await workspaceForwardToGmail(raw, {
        client: v6,
        spfIp: v6.ip,
        env: `office@${firm}`,
        from: firm,
        below: [],
        n: 7,
      }),
      zone: {
        ...BASE_ZONE,
        ...ptr(v6.ip, v6.rdns),
        [firm]: { TXT: ['v=spf1 ip6:2001:db8:5::/48 -all'] },
        [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: TRUSTED,
    });
  }
  {
    // A firm on Workspace itself (its own key not set up: Google signs as the tenant's gappssmtp
    // domain) writing to another Workspace, forwarded by Gmail. The genuine twin of the relay forgery.
    const firm = 'ashdown-joinery.example';
    const out: Relay = {
      helo: 'mail-sor-f73.google.com',
      rdns: 'mail-sor-f73.google.com',
      ip: '209.85.220.73',
    };
    const raw = await signAll(
      submitted({
        from: `Ashdown Joinery <orders@${firm}>`,
        to: WS_USER,
        subject: 'Quote 2212: oak shelving',
        date: 'Fri, 20 Nov 2026 09:58:10 +0000',
        messageId: `<CAw212oak@mail.gmail.com>`,
        body: 'Hi Mira,\r\n\r\nthe quote for the oak shelving is below.\r\n\r\nAshdown Joinery\r\n',
      }),
      [['ashdown-joinery-example.20230601.gappssmtp.com', '20230601']],
    );
    both(write, {
      name: 'r212-gmail-ws-from-ws-firm-gappssmtp-only-fwd-genuine',
      class: 'arc-forwarder',
      about: `Genuine: a joinery on Workspace without its own DKIM key (only Google's gappssmtp.com signature; SPF include:_spf.google.com, p=quarantine) writes to a studio on Workspace; Google records spf=pass at ${out.ip}, its entry's, seals i=1, and Gmail forwarding sends it to the reader. The same shape as the relay forgery: a user should not be warned (unverified at worst).`,
      args: GMAIL_ARGS,
      eml: await workspaceForwardToGmail(raw, {
        client: out,
        spfIp: out.ip,
        env: `orders@${firm}`,
        from: firm,
        below: [
          `Received: from mail-sor-f73.google.com ([2002:a17:90a:2212::1]) by smtp.gmail.com with SMTPS id 2212sor1;\r\n        Fri, 20 Nov 2026 01:58:12 -0800 (PST)`,
        ],
        n: 8,
      }),
      zone: {
        ...BASE_ZONE,
        ...ptr(out.ip, out.rdns),
        [firm]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
        [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=quarantine'] },
        ...keyZone(['20230601._domainkey.ashdown-joinery-example.20230601.gappssmtp.com']),
      },
      expect: TRUSTED,
    });
  }
  {
    // A Microsoft 365 tenant taking an SPF-only firm's mail straight from its server, forwarded into Outlook.
    const firm = 'brantwood-survey.example';
    const client: Relay = { helo: `mail.${firm}`, rdns: `mail.${firm}`, ip: '203.0.113.62' };
    const raw = submitted({
      from: `Brantwood Survey <office@${firm}>`,
      to: TENANT_USER,
      subject: 'Boundary survey booked',
      date: 'Fri, 20 Nov 2026 09:58:10 +0000',
      messageId: `<w212.62@mail.${firm}>`,
      body: 'Dear Ana,\r\n\r\nyour boundary survey is booked for Tuesday.\r\n\r\nBrantwood Survey\r\n',
    });
    const inTenant = onTop(
      raw,
      EXO_HOP,
      `Authentication-Results: spf=pass (sender IP is ${client.ip})\r\n smtp.mailfrom=${firm}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${firm};compauth=pass reason=100`,
      eopEntry(client.helo, client.ip, 'DB5PEPF00014B95'),
    );
    const sealed = await sealAs(inTenant, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${client.ip}) smtp.rcpttodomain=harbourline.example smtp.mailfrom=${firm}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${firm}; dkim=none (message not signed); arc=none`,
    });
    const env = `bounces+SRS=Zt2Wq=TT=${firm}=office@${TENANT}`;
    both(write, {
      name: 'r212-outlook-m365-direct-spf-only-firm-inbox-rule-fwd-genuine',
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only surveyor (p=reject) writes straight to a Microsoft 365 tenant (EOP's entry ${client.ip}, its SPF pass names the same address); the user's inbox rule forwards into the reader's Outlook (another tenant; dmarc=fail, compauth reason=130). A user should trust it.`,
      args: OUTLOOK_ARGS,
      eml: eopDelivery(sealed, {
        ip: EUR.ip,
        helo: EUR.helo,
        ar: `spf=pass (sender IP is ${EUR.ip})\r\n smtp.mailfrom=${TENANT}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=${firm};compauth=pass reason=130`,
        spf: `Pass (protection.outlook.com: domain of ${TENANT} designates\r\n ${EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EUR.ip}; helo=${EUR.helo}; pr=C`,
        returnPath: env,
      }),
      zone: {
        ...BASE_ZONE,
        ...ptr(client.ip, client.rdns),
        [firm]: { TXT: [`v=spf1 ip4:${client.ip} -all`] },
        [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: TRUSTED,
    });
  }

  // ================= 3. List hosts: a post with no author signature =================
  const GIO: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '66.175.222.108' };
  const GIO_ZONE = {
    ...ptr(GIO.ip, GIO.rdns),
    ...keyZone(['20140610._domainkey.groups.io']),
    'groups.io': { TXT: ['v=spf1 ip4:66.175.222.0/24 ip4:45.79.81.0/24 -all'] },
  };
  /** A groups.io post of `group` from `from` (its DKIM-Signature removed), groups.io's own field last. */
  const groupsIoPost = async (group: string, from: string, subject: string, body: string, n: number) => {
    const post = [
      `From: ${from}`,
      'Date: Fri, 20 Nov 2026 10:58:26 +0100',
      `Subject: [${group}] ${subject}`,
      'MIME-Version: 1.0',
      `Message-Id: <w212-${n}@groups.io>`,
      `To: ${group}@groups.io`,
      'Precedence: Bulk',
      `List-Unsubscribe: <mailto:${group}+unsubscribe@groups.io>`,
      `List-Subscribe: <mailto:${group}+subscribe@groups.io>`,
      `List-Help: <mailto:${group}+help@groups.io>`,
      `Sender: ${group}@groups.io`,
      `List-Id: <${group}.groups.io>`,
      `Mailing-List: list ${group}@groups.io; contact ${group}+owner@groups.io`,
      `Delivered-To: mailing list ${group}@groups.io`,
      `Reply-To: ${group}@groups.io,${from.replace(/^.*</, '').replace(/>$/, '')}`,
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      `${body}\r\n\r\n-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#${n}): https://groups.io/g/${group}/message/${n}\r\nGroup Owner: ${group}+owner@groups.io\r\n-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-\r\n`,
    ].join('\r\n');
    const signed = await signCorpus(post, {
      domain: 'groups.io',
      selector: '20140610',
      canonicalization: 'relaxed/simple',
      headerList: ['cc', 'content-type', 'date', 'from', 'reply-to', 'subject', 'to'],
    });
    const at = signed.indexOf('\r\nFrom: ');
    return onTop(
      appendHeaders(signed.slice(at + 2), signed.slice(0, at)),
      `X-Received: by 127.0.0.2 with SMTP id pdNeYY1809624xHw212Ff3F${n}; Fri, 20 Nov 2026 01:58:39 -0800`,
      `X-Received: from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}])\r\n by mx.groups.io with SMTP id smtpd.web10.19018.17951687192805485${n}\r\n for <${group}@groups.io>;\r\n Fri, 20 Nov 2026 01:58:39 -0800`,
    );
  };
  const gioEnv = 'bounce+16212+7+1808289+3934212@groups.io';
  const PAYROLL = 'hallmark-payroll.example';
  const payrollZone = {
    [PAYROLL]: { TXT: ['v=spf1 ip4:192.0.2.40 -all'] },
    [`_dmarc.${PAYROLL}`]: { TXT: ['v=DMARC1; p=none'] },
  };
  {
    const post = await groupsIoPost(
      'hallmark-staff',
      `Hallmark Payroll <payroll@${PAYROLL}>`,
      'Action needed: confirm your bank details before the November run',
      'Dear colleague,\r\n\r\nplease confirm your bank details before Monday at\r\nhttps://hallmark-payroll-portal.example/confirm\r\n\r\nHallmark Payroll',
      7,
    );
    const gmailResults = [
      'dkim=pass header.i=@groups.io header.s=20140610 header.b=Q29ycHVz;',
      `spf=pass (google.com: domain of ${gioEnv} designates ${GIO.ip} as permitted sender) smtp.mailfrom=${gioEnv};`,
      `dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=${PAYROLL}`,
    ].join('\r\n       ');
    both(write, {
      name: 'r212-gmail-own-groups-io-group-posts-as-p-none-payroll',
      class: 'mailing-list',
      about: `Forgery: the attacker's own groups.io group "hallmark-staff" (the reader added as a member) relays a post From payroll@${PAYROLL} (p=none, not the attacker's; groups.io leaves a p=none From as it is) sent from his server: groups.io signs d=groups.io, its bounce envelope passes SPF, no author signature. listServerOwner now makes it the host's own server. A careful reader: not authenticated (unverified is all a genuine p=none post gets too).`,
      args: GMAIL_ARGS,
      eml: gmailDelivery(post, {
        relay: GIO,
        envelope: gioEnv,
        to: READER_GMAIL,
        results: gmailResults,
        ids: ['x212csp9pxa', 'a212si9qtb.9'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: { ...GIO_ZONE, ...payrollZone },
      expect: NOT_AUTH,
      twin: true,
    });
    both(write, {
      name: 'r212-outlook-own-groups-io-group-posts-as-p-none-payroll',
      class: 'mailing-list',
      about: `The same forgery read in Outlook: EOP's dkim=pass header.d=groups.io, spf=pass for the groups.io bounce envelope, dmarc=none/fail for ${PAYROLL} (p=none). A careful reader: not authenticated.`,
      args: OUTLOOK_ARGS,
      eml: eopDelivery(post, {
        ip: GIO.ip,
        helo: GIO.helo,
        ar: `spf=pass (sender IP is ${GIO.ip})\r\n smtp.mailfrom=groups.io; dkim=pass (signature was verified)\r\n header.d=groups.io;dmarc=fail action=none\r\n header.from=${PAYROLL};compauth=pass reason=105`,
        spf: `Pass (protection.outlook.com: domain of groups.io designates\r\n ${GIO.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${GIO.ip}; helo=${GIO.helo}; pr=C`,
        returnPath: gioEnv,
      }),
      zone: { ...GIO_ZONE, ...payrollZone },
      expect: NOT_AUTH,
    });
  }
  {
    // A p=reject bank's From through a known list host that left it as it is: the guard that the new
    // no-author-signature reading (host's own server) gives a p=reject spoof no list excuse.
    const post = await groupsIoPost(
      'northbank-customers',
      BANK_FROM_X,
      'Your card is blocked',
      'Confirm your card at https://northbank-secure.example/confirm',
      9,
    );
    both(write, {
      name: 'r212-gmail-list-host-unmunged-p-reject-bank-spoof',
      class: 'mailing-list',
      about:
        "Forgery guard: the attacker's own group on a known list host relays the bank's From (p=reject), unsigned, sent from his server; the host signs as itself and its envelope passes SPF (the host's own server by listServerOwner's new reading). NOT a confirmed groups.io behaviour: groups.io munges a p=quarantine/reject From; modelled as a LIST_HOSTS host that does not (or whose DMARC lookup failed at posting). Wanted: not trusted (spoofed: DMARC fails at p=reject).",
      args: GMAIL_ARGS,
      eml: gmailDelivery(post, {
        relay: GIO,
        envelope: gioEnv,
        to: READER_GMAIL,
        results: [
          'dkim=pass header.i=@groups.io header.s=20140610 header.b=Q29ycHVz;',
          `spf=pass (google.com: domain of ${gioEnv} designates ${GIO.ip} as permitted sender) smtp.mailfrom=${gioEnv};`,
          'dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
        ].join('\r\n       '),
        ids: ['x212csp10pxa', 'a212si10qtb.9'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: { ...GIO_ZONE, ...BANK },
      expect: NOT_TRUSTED,
    });
  }
  {
    // A python.org look-alike: his Mailman 3 on a rented DigitalOcean server, python.org's List-Id,
    // his own envelope and signature (he cannot pass python.org's).
    const vm: Relay = {
      helo: 'mail.python-lists.example',
      rdns: 'mail.python-lists.example',
      ip: '188.166.95.212',
    };
    const raw = await signAll(
      submitted({
        from: `PSF Security <security@${PAYROLL}>`,
        to: 'python-dev@python.org',
        subject: '[Python-Dev] Action required: rotate your PyPI token',
        date: 'Fri, 20 Nov 2026 09:58:10 +0000',
        messageId: '<w212.pydev@python-lists.example>',
        extraHeaders: [
          'List-Id: Python-Dev <python-dev.python.org>',
          'List-Post: <mailto:python-dev@python.org>',
          'Sender: python-dev-bounces@python-lists.example',
        ],
        body: 'Rotate your PyPI token today at https://pypi-token-rotate.example/\r\n',
      }),
      [['python-lists.example', 's1']],
    );
    emitCase(write, {
      name: 'r212-box-python-org-list-id-on-own-do-vm-p-none-from',
      class: 'mailing-list',
      about:
        "Forgery: the attacker's Mailman on a DigitalOcean VM writes python.org's List-Id, his own envelope (python-dev-bounces@python-lists.example) and signature, From a p=none domain. python.org is a known list host now; its own DKIM and SPF do not pass. Wanted: suspicious (a rented server), as before.",
      args: BOX_ARGS,
      eml: onTop(
        raw,
        'Return-Path: <python-dev-bounces@python-lists.example>',
        `Received: from ${vm.helo} (${vm.rdns} [${vm.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zw212p1\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
      ),
      zone: {
        ...ptr(vm.ip, vm.rdns),
        ...payrollZone,
        'python-lists.example': { TXT: [`v=spf1 ip4:${vm.ip} -all`] },
        's1._domainkey.python-lists.example': KEY(),
        '_dmarc.python-lists.example': { TXT: ['v=DMARC1; p=reject'] },
        'python.org': { TXT: ['v=spf1 ip4:188.166.95.178 -all'] },
      },
      expect: NOT_TRUSTED,
    });
  }
  {
    // Genuine: a groups.io post by a p=none author, read in Outlook online.
    const d = 'tessellate-labs.example';
    const post = await groupsIoPost(
      'rp2040-hackers',
      `"Nadia Okonkwo" <nadia@${d}>`,
      '[PATCH v3 2/3] board: Tessellate carrier pinmux',
      'Fix the pinmux for UART1.\r\n\r\nSigned-off-by: Nadia Okonkwo <nadia@tessellate-labs.example>',
      8,
    );
    emitCase(write, {
      name: 'r212-outlook-groups-io-p-none-author-signature-removed-genuine',
      class: 'mailing-list',
      about:
        "Genuine: groups.io's post by a p=none author (her signature removed, groups.io's own field, Reply-To list,author), read in Outlook online: EOP's dkim=pass groups.io, spf=pass groups.io, dmarc=fail (p=none). Wanted: unverified or authenticated, never a warning.",
      args: OUTLOOK_ARGS,
      eml: eopDelivery(post, {
        ip: GIO.ip,
        helo: GIO.helo,
        ar: `spf=pass (sender IP is ${GIO.ip})\r\n smtp.mailfrom=groups.io; dkim=pass (signature was verified)\r\n header.d=groups.io;dmarc=fail action=none\r\n header.from=${d};compauth=pass reason=105`,
        spf: `Pass (protection.outlook.com: domain of groups.io designates\r\n ${GIO.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${GIO.ip}; helo=${GIO.helo}; pr=C`,
        returnPath: gioEnv,
      }),
      zone: {
        ...GIO_ZONE,
        [d]: { TXT: ['v=spf1 ip4:198.51.100.71 -all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
      },
      expect: TRUSTED,
    });
  }
}

// Pending (7, all forgeries read UNVERIFIED, none authenticated): the attacker's own Cisco Secure
// Email tenant as the "known gateway" in front of his own Workspace / Microsoft 365 tenant.
//
// r212-gmail-ws-behind-own-cisco-inserted-line-bank-ip-fwd (+ -no-options, -offline),
// r212-outlook-m365-efc-behind-own-cisco-inserted-line-bank-ip-fwd (+ -offline):
// Read now: unverified (dmarc-fail, arc-forwarded; offline only return-path-differs). Should read:
// suspicious (arc-untrusted-sealer / arc-spf-past-gateway), as they did before 211a16fc.
// At fault: lib/findings/arc-record.ts sealerEntry: `knownGatewayAt(hop)` now finds Cisco by
// AS16417 (lib/relay/providers-esp.ts 'Cisco Secure Email', new) for the entry's client
// 216.71.153.148, and the walk pushes the first public address of the first line below whose `by`
// is under iphmx.com (lib/relay/gateways.ts Cisco `domains: ['iphmx.com']`) — the line his AsyncOS
// filter inserted, naming the bank's 192.0.2.10. The sealer's SPF pass names 192.0.2.10, so
// sealerRecord's `spfAtEntry` (every named address in `seen`) is true, and lib/findings/arc.ts
// tenantsWord returns false at `if (record.spfAtEntry) return false`: the seal of the reader's own
// provider is taken as its word.
// r212-gmail-m365-efc-behind-own-cisco-inserted-line-bank-ip-fwd (+ -offline):
// Read now: unverified (dmarc-fail, arc-forwarded). Should read: suspicious (arc-spf-past-gateway).
// At fault: the same walk: `seen` holds 192.0.2.10, so sealerRecord's `spfElsewhere` is null and
// lib/findings/arc.ts (line ~361, `if (record.spfElsewhere)`) raises no arc-spf-past-gateway.
// Smallest fix: none that keeps real-mail round 198's Cisco cases: the forged line is written in
// Cisco's own form by Cisco's own host (the attacker's tenant), so by headers it IS
// w198-gmail-m365-cisco-efc-inbox-rule-spf-only-reject and w198-gmail-workspace-cisco-inbound-gw-
// forward-spf-only. Either (a) walk a gateway's lines only for gateways whose customers cannot
// write Received lines (give KnownGateway a flag, false for Cisco, whose AsyncOS message filters
// strip-header('Received') / insert-header(): keep Cisco in providers-esp.ts for the origin, but
// do not push its lines' addresses in sealerEntry), and for spfAtEntry count only the entry hop's
// own address (`ips[0]`), never the walked gateway line's; or (b) document it under README "What
// still fools" (a gateway subscription buys the tenant's word), as round 206's own-tenant relay was.
// Could hurt: (a) turns realworld198's four Cisco cases (m365-cisco-efc online/offline,
// workspace-cisco-inbound-gw online/offline) back to suspicious, never spoofed; counting only ips[0]
// in spfAtEntry would also turn a Workspace behind a genuine Mimecast/Proofpoint forwarding into
// Gmail (realworld192's Proofpoint sibling) back to suspicious. The VM whose PTR names iphmx.com
// (r212-gmail-ws-behind-vm-ptr-iphmx-own-line-bank-ip-fwd) reads suspicious already: keep it so.
// Premise NOT confirmed: that a Cisco Secure Email Cloud tenant may run such message filters, and
// that Google's inbound gateway / EOP's Enhanced Filtering then take the inserted line's address.
// Lead, 2026-12-07: fixed by option (a): lib/relay/gateways.ts KnownGateway.customerRun (Cisco Secure
// Email): a customer-administered gateway's lines below the entry are not walked, so the seal's SPF
// pass at an inserted line's address is past a gateway (realworld198's genuine Cisco forwards go back
// to suspicious, never spoofed). Left pending: the Outlook offline twin, which reads "unverified, go
// online" as every offline Outlook message without Exchange Online's recorded failure does (nothing
// offline judges the seal there): by design.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r212-outlook-m365-efc-behind-own-cisco-inserted-line-bank-ip-fwd-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
