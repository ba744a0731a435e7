// Real-world delivery shapes, hundred-and-forty-eighth round: genuine mail whose SPF passes through
// `exists:` macros, `+all`/whole-internet terms, or a firm's own server on a hoster, which round
// 148's engine change reads differently (lib/relay/spf-breadth.ts parseMechanism: an `exists:` term
// without `%{i}`/`%{p}`/`%{c}` counts as `all`; lib/findings/broad-spf.ts: low at the From domain's
// own forward-confirmed server). Read on the reader's own Postfix box (HeaderLens checks SPF, DKIM
// and DMARC itself from the zone), in Gmail, Outlook on the web and Yahoo.
// - Salesforce: `_spf.salesforce.com` = "v=spf1 exists:%{i}._spf.mta.salesforce.com -all", and a
//   record that copies that term in directly (Salesforce's own corp record does the same with
//   `exists:%{i}._spf.corp.salesforce.com`); relays smtpNN-<site>-spN.mta.salesforce.com in
//   Salesforce's 13.110.0.0/16; DKIM keys CNAME'd to <selector>.<id>.custdkim.salesforce.com.
// - Cisco Secure Email Cloud Gateway outbound: `exists:%{i}.spf.<hc-id>.iphmx.com` per customer,
//   relays esaN.<hc-id>.iphmx.com (68.232.128.0/19), signing with the customer's own key.
// - Proofpoint on Demand outbound: `include:%{ir}.%{v}.%{d}.spf.has.pphosted.com`, relays
//   mx0b-<id>.pphosted.com (148.163.128.0/19).
// - Mimecast outbound (include:eu._netblocks.mimecast.com), Fastmail (include:spf.messagingengine.
//   com, fm1 CNAME to fm1.<domain>.dkim.fmhosted.com).
// - A university record with a per-user `exists:%{l}._spf.%{d}` (no client address: read as `all`)
//   sending from its own confirmed servers, one of them an AWS instance under its own name.
// - Firms with `v=spf1 +a +mx +all`, `?all` alone and `ip4:0.0.0.0/1 ip4:128.0.0.0/1` sending from
//   their own named server on Hetzner, from Google Workspace and Microsoft 365 with their own DKIM;
//   the attack twin is a rented VPS under the `+all` record.
// Where the layouts were learnt (`search`, pages corpus): experts-exchange.com question 29122588
// ("v=spf1 exists:%{i}._spf.mta.salesforce.com -all", Resolve-DnsName of _spf.salesforce.com, and a
// record with `exists:%{i}._spf.corp.salesforce.com` written directly); wirewiki.com SPF pages
// (sparkpostmail.com's `exists:%{i}._spf.sparkpostmail.com`, msgc.cloud's `exists:%{i}.spf.…`,
// upenn.edu's include chain through spf-proofpoint); open-spf.org "The exists mechanism" (per-user
// exceptions with macros); old.openspf.org macro definitions and email-dns.tools' macro guide
// (%{l}, %{ir}, %{v}, upper-case = URL-encoded); varihost's `exists:%{i}` shared-host record.
// lib/relay/gateways.ts already names iphmx.com (captaindns.com) and pphosted.com.
// NOT confirmed here: the exact iphmx hc-id form and what `<ip>.spf.<hc-id>.iphmx.com` answers
// (modelled as an A record), the TXT that `…spf.has.pphosted.com` returns for one address
// (modelled as that address's ip4), the custdkim CNAME target form, Salesforce's bounce-domain SPF
// (modelled as the same exists term), and which university publishes `exists:%{l}` today.
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.

import {
  ARGS,
  AUTHENTICATED,
  type CorpusCase,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
  SIGNED_NO_REPLY_TO,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  MIMECAST,
  yahooDelivery,
  yahooResults,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const ROBIN = 'robin@reader.example';
const YAHOO = ['--webmail', 'yahoo'];
const OUTLOOK_ORG = [...OUTLOOK, '--recipient-domain', 'reader.example'];

const intoBox = (raw: string, relay: Relay, envelope: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    received({ ...relay, by: RECEIVER, id, for: ROBIN, date: SENT.replace('09:59:58', '10:00:05') }),
  );

const sign = (raw: string, signers: Array<[string, string]>, h = SIGNED_NO_REPLY_TO) =>
  signAll(raw, signers, h);

const mail = (from: string, subject: string, id: string, body: string, extra: string[] = []) =>
  submitted({
    from,
    to: `Robin Reader <${ROBIN}>`,
    subject,
    date: SENT,
    messageId: `<${id}>`,
    body,
    extraHeaders: extra,
  });

const txt = (name: string, ...records: string[]) => ({ [name]: { TXT: records } });
const a = (name: string, ...ips: string[]) => ({ [name]: { A: ips } });

const EOP_SPF =
  'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip4:52.102.0.0/16 ip4:52.103.0.0/16 ip4:104.47.0.0/17 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/49 ip6:2a01:111:f403:8000::/50 ip6:2a01:111:f403:c000::/51 ip6:2a01:111:f403:f000::/52 -all';
const GOOGLE_ZONE = {
  ...txt(
    '_spf.google.com',
    'v=spf1 include:_netblocks.google.com include:_netblocks2.google.com include:_netblocks3.google.com ~all',
  ),
  ...txt(
    '_netblocks.google.com',
    'v=spf1 ip4:35.190.247.0/24 ip4:64.233.160.0/19 ip4:66.102.0.0/20 ip4:66.249.80.0/20 ip4:72.14.192.0/18 ip4:74.125.0.0/16 ip4:108.177.8.0/21 ip4:173.194.0.0/16 ip4:209.85.128.0/17 ip4:216.58.192.0/19 ip4:216.239.32.0/19 ~all',
  ),
  ...txt(
    '_netblocks2.google.com',
    'v=spf1 ip6:2001:4860:4000::/36 ip6:2404:6800:4000::/36 ip6:2607:f8b0:4000::/36 ~all',
  ),
  ...txt('_netblocks3.google.com', 'v=spf1 ip4:172.217.0.0/19 ip4:172.217.32.0/20 ip4:108.177.96.0/19 ~all'),
};

// ---- 1. Salesforce -------------------------------------------------------------------------------
const SF = 'harbourline-freight.example';
const SF_OUT: Relay = {
  helo: 'smtp14-ia4-sp3.mta.salesforce.com',
  rdns: 'smtp14-ia4-sp3.mta.salesforce.com',
  ip: '13.110.6.221',
};
const SF_BNC = `jdoe=${SF}__0-4x2kq9r1abc@8fz3k1m2.ia4.bnc.salesforce.com`;
const SF_EXISTS = 'exists:%{i}._spf.mta.salesforce.com';
const SF_BASE = {
  ...ptr(SF_OUT.ip, SF_OUT.rdns),
  ...txt('_spf.salesforce.com', `v=spf1 ${SF_EXISTS} -all`),
  ...a(`${SF_OUT.ip}._spf.mta.salesforce.com`, '127.0.0.1'),
  ...txt('8fz3k1m2.ia4.bnc.salesforce.com', `v=spf1 ${SF_EXISTS} -all`),
  [`sf1._domainkey.${SF}`]: { CNAME: ['sf1.2j7ha1.custdkim.salesforce.com'] },
  'sf1.2j7ha1.custdkim.salesforce.com': KEY(),
  ...txt(`_dmarc.${SF}`, 'v=DMARC1; p=quarantine; rua=mailto:dmarc@harbourline-freight.example'),
  ...GOOGLE_ZONE,
};
const SF_ZONE = { ...SF_BASE, ...txt(SF, 'v=spf1 include:_spf.google.com include:_spf.salesforce.com ~all') };
/** The same firm's record after an admin copied Salesforce's term in to save a lookup. */
const SF_COPIED_ZONE = { ...SF_BASE, ...txt(SF, `v=spf1 include:_spf.google.com ${SF_EXISTS} ~all`) };
const SF_HDRS = [
  'X-SFDC-LK: 00D5g000004abcd',
  'X-SFDC-User: 0055g00000XyZab',
  'X-Sender: postmaster@salesforce.com',
];

// ---- 2. Cisco Secure Email Cloud Gateway outbound --------------------------------------------------
const CE = 'calder-engineering.example';
const HC = 'hc4821-37.iphmx.com';
const ESA: Relay = { helo: `esa2.${HC}`, rdns: `esa2.${HC}`, ip: '68.232.141.27' };
const CE_ZONE = {
  ...ptr(ESA.ip, ESA.rdns),
  ...txt(CE, `v=spf1 exists:%{i}.spf.${HC} include:spf.protection.outlook.com -all`),
  ...a(`${ESA.ip}.spf.${HC}`, '127.0.0.2'),
  ...txt('spf.protection.outlook.com', EOP_SPF),
  [`esa2026._domainkey.${CE}`]: KEY(),
  ...txt(`_dmarc.${CE}`, 'v=DMARC1; p=reject; rua=mailto:dmarc@calder-engineering.example'),
};

// ---- 3. Proofpoint on Demand outbound ---------------------------------------------------------------
const PP = 'meridian-health.example';
const PPO: Relay = {
  helo: 'mx0b-00318501.pphosted.com',
  rdns: 'mx0b-00318501.pphosted.com',
  ip: '148.163.158.5',
};
const PP_ZONE = {
  ...ptr(PPO.ip, PPO.rdns),
  ...txt(PP, 'v=spf1 include:%{ir}.%{v}.%{d}.spf.has.pphosted.com -all'),
  ...txt(`5.158.163.148.in-addr.${PP}.spf.has.pphosted.com`, `v=spf1 ip4:${PPO.ip} -all`),
  [`pps2026._domainkey.${PP}`]: KEY(),
  ...txt(`_dmarc.${PP}`, 'v=DMARC1; p=reject; sp=reject; rua=mailto:dmarc@meridian-health.example'),
};

// ---- 4. Mimecast outbound, Fastmail ----------------------------------------------------------------
const MC = 'ashgrove-law.example';
const MC_ZONE = {
  ...ptr(MIMECAST.ip, MIMECAST.rdns),
  ...txt(MC, 'v=spf1 include:eu._netblocks.mimecast.com -all'),
  ...txt(
    'eu._netblocks.mimecast.com',
    'v=spf1 ip4:195.130.217.0/24 ip4:91.220.42.0/24 ip4:146.101.78.0/24 ip4:185.58.84.0/22 ip4:80.76.96.0/22 ~all',
  ),
  [`mimecast20260101._domainkey.${MC}`]: KEY(),
  ...txt(`_dmarc.${MC}`, 'v=DMARC1; p=reject'),
};
const FM = 'wrenfield.example';
const FM_OUT: Relay = {
  helo: 'fout-a4-smtp.messagingengine.com',
  rdns: 'fout-a4-smtp.messagingengine.com',
  ip: '103.168.172.147',
};
const FM_ZONE = {
  ...ptr(FM_OUT.ip, FM_OUT.rdns),
  ...txt(FM, 'v=spf1 include:spf.messagingengine.com ?all'),
  ...txt(
    'spf.messagingengine.com',
    'v=spf1 ip4:66.111.4.0/24 ip4:103.168.172.128/27 ip4:202.12.124.128/27 ~all',
  ),
  [`fm1._domainkey.${FM}`]: { CNAME: [`fm1.${FM}.dkim.fmhosted.com`] },
  [`fm1.${FM}.dkim.fmhosted.com`]: KEY(),
  ...txt(`_dmarc.${FM}`, 'v=DMARC1; p=none'),
};

// ---- 5. University: per-user exists:%{l} -----------------------------------------------------------
const UNI = 'northmoor.example';
const UNI_OUT: Relay = {
  helo: 'smtp-out2.northmoor.example',
  rdns: 'smtp-out2.northmoor.example',
  ip: '203.0.113.42',
};
/** A department's mailer on an AWS instance: its Elastic IP's PTR set to the university's name. */
const UNI_AWS: Relay = {
  helo: 'notify.physics.northmoor.example',
  rdns: 'notify.physics.northmoor.example',
  ip: '3.120.181.40',
};
const UNI_ZONE = {
  ...ptr(UNI_OUT.ip, UNI_OUT.rdns),
  ...ptr(UNI_AWS.ip, UNI_AWS.rdns),
  ...txt(UNI, 'v=spf1 ip4:203.0.113.40/29 exists:%{l}._spf.%{d} -all'),
  ...txt(`physics.${UNI}`, 'v=spf1 exists:%{l}._spf.%{d} -all'),
  ...a(`registry._spf.${UNI}`, '127.0.0.1'),
  ...a(`seminars._spf.physics.${UNI}`, '127.0.0.1'),
  [`s2026._domainkey.${UNI}`]: KEY(),
  [`s2026._domainkey.physics.${UNI}`]: KEY(),
  ...txt(`_dmarc.${UNI}`, 'v=DMARC1; p=quarantine; sp=quarantine'),
};

// ---- 6. Firms with records that pass everyone -------------------------------------------------------
const KB = 'kestrelbau.example';
/** The firm's own server at Hetzner, PTR set to its own name, forward-confirmed. */
const KB_OUT: Relay = {
  helo: 'mail.kestrelbau.example',
  rdns: 'mail.kestrelbau.example',
  ip: '116.203.45.17',
};
/** A rented Hetzner VPS under Hetzner's own reverse name. */
const VPS: Relay = {
  helo: 'static.66.44.203.116.clients.your-server.de',
  rdns: 'static.66.44.203.116.clients.your-server.de',
  ip: '116.203.44.66',
};
const KB_ZONE = {
  ...ptr(KB_OUT.ip, KB_OUT.rdns),
  ...ptr(VPS.ip, VPS.rdns),
  // a = the web host, mx = the ISP's inbound filter: the own server passes only at +all.
  [KB]: {
    TXT: ['v=spf1 +a +mx +all'],
    A: ['192.0.2.80'],
    MX: [{ priority: 10, exchange: 'mx01.isp-filter.example' }],
  },
  ...a('mx01.isp-filter.example', '192.0.2.25'),
  [`dkim._domainkey.${KB}`]: KEY(),
  ...txt(`_dmarc.${KB}`, 'v=DMARC1; p=quarantine; rua=mailto:postmaster@kestrelbau.example'),
};

/** A design studio on Google Workspace whose record was never finished: `+all` only. */
const GS = 'tallow-studio.example';
const G_OUT: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GS_ZONE = {
  ...ptr(G_OUT.ip, G_OUT.rdns),
  ...txt(GS, 'v=spf1 +all'),
  [`google._domainkey.${GS}`]: KEY(),
  ...txt(`_dmarc.${GS}`, 'v=DMARC1; p=none; rua=mailto:dmarc@tallow-studio.example'),
  ...GOOGLE_ZONE,
};

/** A clinic on Microsoft 365 whose IT firm wrote `ip4:0.0.0.0/1 ip4:128.0.0.0/1` before the include. */
const CL = 'brightwater-clinic.example';
const EOP_OUT: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05on2118.outbound.protection.outlook.com',
  ip: '40.107.22.118',
};
const CL_ZONE = {
  ...ptr(EOP_OUT.ip, EOP_OUT.rdns),
  ...txt(CL, 'v=spf1 ip4:0.0.0.0/1 ip4:128.0.0.0/1 include:spf.protection.outlook.com -all'),
  ...txt('spf.protection.outlook.com', EOP_SPF),
  [`selector1._domainkey.${CL}`]: {
    CNAME: ['selector1-brightwater-clinic-example._domainkey.bwclinic.onmicrosoft.com'],
  },
  'selector1-brightwater-clinic-example._domainkey.bwclinic.onmicrosoft.com': KEY(),
  ...txt(`_dmarc.${CL}`, 'v=DMARC1; p=quarantine'),
};
/** A joinery whose record says nothing: `?all` alone, its own server on Hetzner. */
const JN = 'oakline-joinery.example';
const JN_OUT: Relay = {
  helo: 'mx.oakline-joinery.example',
  rdns: 'mx.oakline-joinery.example',
  ip: '116.203.52.9',
};
const JN_ZONE = {
  ...ptr(JN_OUT.ip, JN_OUT.rdns),
  ...txt(JN, 'v=spf1 ?all'),
  [`mail._domainkey.${JN}`]: KEY(),
  ...txt(`_dmarc.${JN}`, 'v=DMARC1; p=none'),
};

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: CorpusCase) => emitCase(write, c);

  // ---- 1. Salesforce ----
  const sfSigned = await sign(
    mail(
      `Jo Doe <jdoe@${SF}>`,
      'Your freight quote Q-20931',
      '4x2kq9r1abc0000000000000000000000000000000@sfdc.net',
      'Dear Robin,\r\n\r\nplease find your freight quote below.\r\n\r\nJo\r\n',
      SF_HDRS,
    ),
    [[SF, 'sf1']],
  );
  emit({
    name: 'realworld148-box-salesforce-custdkim-bnc-envelope',
    class: 'spf-exists-macro',
    about: `Genuine: a freight firm's quote from Salesforce (${SF_OUT.rdns}, 13.110.0.0/16), bounce management on: envelope ${SF_BNC} (SPF "${SF_EXISTS} -all", the exists name holds %{i}: not broad), signed d=${SF} s=sf1 (CNAME to sf1.2j7ha1.custdkim.salesforce.com). Wanted: authenticated (aligned DKIM).`,
    eml: intoBox(sfSigned, SF_OUT, SF_BNC, '4Qx148A01'),
    zone: SF_ZONE,
    args: ARGS,
    expect: { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } },
    twin: true,
  });
  const sfUnsigned = mail(
    `Jo Doe <jdoe@${SF}>`,
    'Your freight quote Q-20932',
    '4x2kq9r1abd0000000000000000000000000000000@sfdc.net',
    'Dear Robin,\r\n\r\nplease find your freight quote below.\r\n\r\nJo\r\n',
    SF_HDRS,
  );
  emit({
    name: 'realworld148-gmail-salesforce-unsigned-include',
    class: 'spf-exists-macro',
    about: `Genuine but SPF-only: bounce management off, so the envelope is jdoe@${SF}; ${SF}'s record "include:_spf.google.com include:_spf.salesforce.com ~all" passes ${SF_OUT.ip} through "${SF_EXISTS}"; no DKIM key set up. Gmail records spf=pass, dmarc=pass. Every Salesforce org sends from the same MTAs (a shared platform's include, README row 10): the honest reading is "unverified", not authenticated, never suspicious.`,
    eml: gmailDelivery(sfUnsigned, {
      relay: SF_OUT,
      envelope: `jdoe@${SF}`,
      results: `${gmailSpf(`jdoe@${SF}`, SF_OUT.ip)}\r\n       ${gmailDmarc(SF, 'QUARANTINE')}`,
      ids: ['x148cspSfpxa', 'a148si1sf0qtb.48'],
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: SF_ZONE,
    args: GMAIL,
    expect: { verdict: 'unverified' },
  });
  emit({
    name: 'realworld148-box-salesforce-unsigned-copied-exists-term',
    class: 'spf-exists-macro',
    about: `Genuine but SPF-only: the same unsigned Salesforce mail, the firm's record now "include:_spf.google.com ${SF_EXISTS} ~all" (Salesforce's term copied in to save a lookup, as Salesforce's own corp record writes exists:%{i}._spf.corp.salesforce.com directly). Any Salesforce org passes it exactly as through the include: wanted "unverified", as realworld148-gmail-salesforce-unsigned-include reads.`,
    eml: intoBox(sfUnsigned, SF_OUT, `jdoe@${SF}`, '4Qx148A02'),
    zone: SF_COPIED_ZONE,
    args: ARGS,
    expect: { verdict: 'unverified' },
  });
  emit({
    name: 'realworld148-yahoo-salesforce-custdkim-copied-exists-term',
    class: 'spf-exists-macro',
    about: `Genuine: the signed Salesforce quote (d=${SF} s=sf1) under the record with the copied exists term, read in Yahoo. Aligned DKIM makes it the firm's own: wanted authenticated.`,
    eml: yahooDelivery(sfSigned, {
      relay: SF_OUT,
      envelope: SF_BNC,
      results: yahooResults(
        [[SF, 'sf1']],
        '8fz3k1m2.ia4.bnc.salesforce.com',
        `dmarc=pass(p=QUARANTINE) header.from=${SF};`,
      ),
    }),
    zone: SF_COPIED_ZONE,
    args: YAHOO,
    expect: AUTHENTICATED,
  });

  // ---- 2. Cisco Secure Email ----
  const ceRaw = await sign(
    mail(
      `Calder Engineering Accounts <accounts@${CE}>`,
      'Remittance advice 2026-11',
      '0c3e9a1f-148a-4d2b-9e11-6a2f0b7c1d48@DB9PR02MB7148.eurprd02.prod.outlook.com',
      'Please find our remittance advice attached.\r\n',
      ['X-IronPort-AV: E=Sophos;i="6.12,148,1700000000"; d="pdf\'?scan\'208";a="12345678"'],
    ),
    [[CE, 'esa2026']],
    SIGNED,
  );
  emit({
    name: 'realworld148-outlook-cisco-iphmx-exists-i',
    class: 'spf-exists-macro',
    about: `Genuine: an engineering firm on Microsoft 365 routes outbound through Cisco Secure Email Cloud (${ESA.rdns}, 68.232.128.0/19); SPF "exists:%{i}.spf.${HC} include:spf.protection.outlook.com -all" (the exists name holds %{i}: one address each), the ESA signs d=${CE} s=esa2026. EOP records spf=pass, dkim=pass, dmarc=pass. Wanted: authenticated.`,
    eml: eopDelivery(ceRaw, {
      ip: ESA.ip,
      helo: ESA.helo,
      ar: `spf=pass (sender IP is ${ESA.ip})\r\n smtp.mailfrom=${CE}; dkim=pass (signature was verified)\r\n header.d=${CE};dmarc=pass action=none\r\n header.from=${CE};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${CE} designates ${ESA.ip} as\r\n permitted sender) receiver=protection.outlook.com; client-ip=${ESA.ip};\r\n helo=${ESA.helo}; pr=C`,
      returnPath: `accounts@${CE}`,
    }),
    zone: CE_ZONE,
    args: OUTLOOK_ORG,
    expect: AUTHENTICATED,
  });
  emit({
    name: 'realworld148-box-cisco-iphmx-exists-i',
    class: 'spf-exists-macro',
    about: `Genuine: the same Cisco-relayed remittance read on the reader's own box: our SPF check expands exists:%{i}.spf.${HC} to ${ESA.ip}.spf.${HC}, which answers; DKIM aligned. Wanted: authenticated, no broad-spf (the name holds the client address).`,
    eml: intoBox(ceRaw, ESA, `accounts@${CE}`, '4Qx148B01'),
    zone: CE_ZONE,
    args: ARGS,
    expect: { verdict: 'authenticated', absentFindings: ['broad-spf'] },
    twin: true,
  });

  // ---- 3. Proofpoint ----
  const ppRaw = await sign(
    mail(
      `Meridian Health Billing <billing@${PP}>`,
      'Your statement is ready',
      'ppstmt.148.7731@mail.meridian-health.example',
      'Your statement is ready in the patient portal.\r\n',
    ),
    [[PP, 'pps2026']],
  );
  emit({
    name: 'realworld148-gmail-proofpoint-include-ir-v-d-macro',
    class: 'spf-exists-macro',
    about: `Genuine: a health provider's mail out through Proofpoint on Demand (${PPO.rdns}); SPF "include:%{ir}.%{v}.%{d}.spf.has.pphosted.com -all" expands to 5.158.163.148.in-addr.${PP}.spf.has.pphosted.com, answering ip4:${PPO.ip}; signed d=${PP}. Gmail records all three passes. Wanted: authenticated.`,
    eml: gmailDelivery(ppRaw, {
      relay: PPO,
      envelope: `billing@${PP}`,
      results: `${gmailDkim(PP, 'pps2026')}\r\n       ${gmailSpf(`billing@${PP}`, PPO.ip)}\r\n       ${gmailDmarc(PP)}`,
      ids: ['x148cspPppxa', 'a148si2pp0qtb.48'],
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: PP_ZONE,
    args: GMAIL,
    expect: AUTHENTICATED,
  });
  emit({
    name: 'realworld148-box-proofpoint-include-ir-v-d-macro-unsigned',
    class: 'spf-exists-macro',
    about: `Genuine: an unsigned notice of the same provider through the same Proofpoint relay (its DKIM profile covers only the main domain's staff mail in this layout; here the From is the same domain, no signature). Our SPF check expands the macro include to a record of that one address: SPF aligned, p=reject. Wanted: authenticated.`,
    eml: intoBox(
      mail(
        `Meridian Health <noreply@${PP}>`,
        'Appointment reminder',
        'ppappt.148.7732@mail.meridian-health.example',
        'A reminder of your appointment on Monday.\r\n',
      ),
      PPO,
      `noreply@${PP}`,
      '4Qx148C01',
    ),
    zone: PP_ZONE,
    args: ARGS,
    expect: { verdict: 'authenticated', absentFindings: ['broad-spf'] },
  });

  // ---- 4. Mimecast, Fastmail ----
  const mcRaw = await sign(
    mail(
      `Ashgrove Law <clerk@${MC}>`,
      'Hearing bundle index',
      'AM9PR01MB8148D1E2F3@AM9PR01MB8148.eurprd01.prod.exchangelabs.com',
      'Please find the hearing bundle index attached.\r\n',
    ),
    [[MC, 'mimecast20260101']],
  );
  emit({
    name: 'realworld148-yahoo-mimecast-outbound-signed',
    class: 'spf-provider-include',
    about: `Genuine: a law firm's outbound mail through Mimecast (${MIMECAST.rdns}, 185.58.84.0/22), SPF include:eu._netblocks.mimecast.com, signed by Mimecast's DKIM signing policy d=${MC} s=mimecast20260101. Read in Yahoo. Wanted: authenticated.`,
    eml: yahooDelivery(mcRaw, {
      relay: MIMECAST,
      envelope: `clerk@${MC}`,
      results: yahooResults([[MC, 'mimecast20260101']], MC, `dmarc=pass(p=REJECT) header.from=${MC};`),
    }),
    zone: MC_ZONE,
    args: YAHOO,
    expect: AUTHENTICATED,
  });
  const fmRaw = await sign(
    mail(
      `Ada Wren <ada@${FM}>`,
      'Photos from Saturday',
      'a1b2c3d4-148f-4e5a-9b6c-7d8e9f0a1b2c@app.fastmail.com',
      'Here are the photos.\r\n',
      ['X-ME-Sender: <xms:148fastmailsender>', 'User-Agent: Cyrus-JMAP/3.11.0-alpha0'],
    ),
    [[FM, 'fm1']],
  );
  emit({
    name: 'realworld148-box-fastmail-fm1-cname-query-all',
    class: 'spf-provider-include',
    about: `Genuine: a family domain on Fastmail (${FM_OUT.rdns}); SPF "include:spf.messagingengine.com ?all", fm1._domainkey CNAME to fm1.${FM}.dkim.fmhosted.com, DMARC p=none. Wanted: authenticated (SPF and DKIM aligned through Fastmail's own relay).`,
    eml: intoBox(fmRaw, FM_OUT, `ada@${FM}`, '4Qx148D01'),
    zone: FM_ZONE,
    args: ARGS,
    expect: AUTHENTICATED,
  });

  // ---- 5. University, exists:%{l} ----
  const uniRaw = await sign(
    mail(
      `Northmoor Registry <registry@${UNI}>`,
      'Your enrolment is confirmed',
      'reg148.5521@smtp-out2.northmoor.example',
      'Your enrolment for the 2026/27 session is confirmed.\r\n',
    ),
    [[UNI, 's2026']],
  );
  emit({
    name: 'realworld148-box-university-exists-l-own-server-signed',
    class: 'spf-exists-macro',
    about: `Genuine: a university's registry mail from its own relay ${UNI_OUT.rdns} (${UNI_OUT.ip}, inside ip4:203.0.113.40/29, which matches before "exists:%{l}._spf.%{d}"), signed d=${UNI}. Wanted: authenticated, the per-user exists term never reached.`,
    eml: intoBox(uniRaw, UNI_OUT, `registry@${UNI}`, '4Qx148E01'),
    zone: UNI_ZONE,
    args: ARGS,
    expect: { verdict: 'authenticated', absentFindings: ['broad-spf'] },
  });
  const physRaw = await sign(
    mail(
      `Physics Seminars <seminars@physics.${UNI}>`,
      'Seminar this Thursday: dark matter halos',
      'sem148.31@notify.physics.northmoor.example',
      'Thursday 4pm, lecture theatre B.\r\n',
    ),
    [[`physics.${UNI}`, 's2026']],
  );
  emit({
    name: 'realworld148-box-university-exists-l-aws-own-name-signed',
    class: 'spf-exists-macro',
    about: `Genuine: the physics department's seminar mailer on an AWS instance whose Elastic IP's PTR is ${UNI_AWS.rdns} (forward-confirmed); physics.${UNI}'s SPF is "exists:%{l}._spf.%{d} -all" (seminars._spf.physics.${UNI} answers: a per-user list with no client address, read as passing everyone), signed d=physics.${UNI}. The server is the domain's own and its own signature passes: wanted authenticated (broad-spf low at most).`,
    eml: intoBox(physRaw, UNI_AWS, `seminars@physics.${UNI}`, '4Qx148E02'),
    zone: UNI_ZONE,
    args: ARGS,
    expect: AUTHENTICATED,
  });

  // ---- 6. +all, whole-internet and ?all records ----
  const kbUnsigned = mail(
    `Kestrel Bau Buchhaltung <buchhaltung@${KB}>`,
    'Rechnung 2026-1148',
    'rg2026-1148@mail.kestrelbau.example',
    'Sehr geehrte Damen und Herren,\r\n\r\nanbei unsere Rechnung 2026-1148.\r\n',
  );
  emit({
    name: 'realworld148-box-plus-all-own-hetzner-server-unsigned',
    class: 'spf-everyone',
    about: `Genuine: a builder's unsigned invoice from its own server at Hetzner (${KB_OUT.rdns}, ${KB_OUT.ip}: PTR set to its own name, forward-confirmed), SPF "v=spf1 +a +mx +all" (a and mx name its web host and ISP filter: matched at +all), DMARC p=quarantine. The server is shown to be the domain's own: wanted authenticated, broad-spf at most low.`,
    eml: intoBox(kbUnsigned, KB_OUT, `buchhaltung@${KB}`, '4Qx148F01'),
    zone: KB_ZONE,
    args: ARGS,
    expect: AUTHENTICATED,
  });
  const kbSigned = await sign(
    mail(
      `Kestrel Bau Buchhaltung <buchhaltung@${KB}>`,
      'Rechnung 2026-1149',
      'rg2026-1149@mail.kestrelbau.example',
      'Sehr geehrte Damen und Herren,\r\n\r\nanbei unsere Rechnung 2026-1149.\r\n',
    ),
    [[KB, 'dkim']],
  );
  emit({
    name: 'realworld148-gmail-plus-all-own-hetzner-server-signed',
    class: 'spf-everyone',
    about: `Genuine: the builder's signed invoice (d=${KB} s=dkim, its own OpenDKIM) from the same own server, read in Gmail. Wanted: authenticated.`,
    eml: gmailDelivery(kbSigned, {
      relay: KB_OUT,
      envelope: `buchhaltung@${KB}`,
      results: `${gmailDkim(KB, 'dkim')}\r\n       ${gmailSpf(`buchhaltung@${KB}`, KB_OUT.ip)}\r\n       ${gmailDmarc(KB, 'QUARANTINE')}`,
      ids: ['x148cspKbpxa', 'a148si3kb0qtb.48'],
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: KB_ZONE,
    args: GMAIL,
    expect: AUTHENTICATED,
  });
  // Attack twin: a rented Hetzner VPS under Hetzner's own name sends the same invoice; +all passes.
  emit({
    name: 'realworld148-box-plus-all-rented-vps-attack-twin',
    class: 'spf-everyone',
    about: `Attack twin of realworld148-box-plus-all-own-hetzner-server-unsigned: the same unsigned invoice with new bank details from a rented VPS (${VPS.rdns}); "+all" passes it and DMARC with it. Nothing but an SPF that passes everyone: wanted not trusted (broad-spf medium, hosted server).`,
    eml: intoBox(
      mail(
        `Kestrel Bau Buchhaltung <buchhaltung@${KB}>`,
        'Rechnung 2026-1148 - neue Bankverbindung',
        'rg2026-1148b@mail.kestrelbau.example',
        'Bitte verwenden Sie ab sofort unsere neue Bankverbindung.\r\n',
      ),
      VPS,
      `buchhaltung@${KB}`,
      '4Qx148F02',
    ),
    zone: KB_ZONE,
    args: ARGS,
    expect: NOT_TRUSTED,
  });

  const gsRaw = await sign(
    mail(
      `Mara Tallow <mara@${GS}>`,
      'Revised moodboard',
      'CAF148gsMoodboardA1b2C3d4E5f6G7h8@mail.gmail.com',
      'Hi Robin, the revised moodboard is in the shared folder.\r\n',
    ),
    [[GS, 'google']],
    SIGNED,
  );
  emit({
    name: 'realworld148-gmail-plus-all-google-workspace-own-dkim',
    class: 'spf-everyone',
    about: `Genuine: a design studio on Google Workspace whose SPF is only "v=spf1 +all" (DMARC p=none), signed with its own Workspace key d=${GS} s=google from ${G_OUT.rdns}. Gmail records dkim=pass, spf=pass, dmarc=pass. The aligned signature authenticates the domain on its own; the +all record says nothing about this message: wanted authenticated (broad-spf low: a weakness of the record).`,
    eml: gmailDelivery(gsRaw, {
      relay: G_OUT,
      envelope: `mara@${GS}`,
      results: `${gmailDkim(GS, 'google')}\r\n       ${gmailSpf(`mara@${GS}`, G_OUT.ip)}\r\n       ${gmailDmarc(GS, 'NONE').replace('dis=NONE', 'dis=NONE')}`,
      ids: ['x148cspGspxa', 'a148si4gs0qtb.48'],
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: GS_ZONE,
    args: GMAIL,
    expect: AUTHENTICATED,
  });
  emit({
    name: 'realworld148-box-plus-all-google-workspace-unsigned',
    class: 'spf-everyone',
    about: `Genuine but honestly suspicious: the same studio's mail from a colleague's phone app through Workspace before its DKIM was switched on (no signature): only "+all" passes it, which passes every server. Nothing but an SPF that passes everyone: "suspicious" is the honest reading (never spoofed).`,
    eml: intoBox(
      mail(
        `Mara Tallow <mara@${GS}>`,
        'Quick question',
        'CAF148gsQuick@mail.gmail.com',
        'Are you free at 3?\r\n',
      ),
      G_OUT,
      `mara@${GS}`,
      '4Qx148G01',
    ),
    zone: GS_ZONE,
    args: ARGS,
    expect: { verdict: 'suspicious' },
  });

  const clRaw = await sign(
    mail(
      `Brightwater Clinic <appointments@${CL}>`,
      'Appointment confirmation',
      'AM6PR05MB1148A2B3C4D5@AM6PR05MB1148.eurprd05.prod.outlook.com',
      'Your appointment is confirmed for Tuesday at 10:30.\r\n',
    ),
    [[CL, 'selector1']],
    SIGNED,
  );
  emit({
    name: 'realworld148-outlook-m365-half-internet-terms-selector1',
    class: 'spf-everyone',
    about: `Genuine: a clinic on Microsoft 365 whose SPF "ip4:0.0.0.0/1 ip4:128.0.0.0/1 include:spf.protection.outlook.com -all" matches EOP's ${EOP_OUT.ip} at ip4:0.0.0.0/1 (half the internet) before the include; signed with its own selector1 (CNAME to bwclinic.onmicrosoft.com). EOP records dkim=pass, dmarc=pass. The aligned signature authenticates: wanted authenticated (broad-spf low).`,
    eml: eopDelivery(clRaw, {
      ip: EOP_OUT.ip,
      helo: EOP_OUT.helo,
      ar: `spf=pass (sender IP is ${EOP_OUT.ip})\r\n smtp.mailfrom=${CL}; dkim=pass (signature was verified)\r\n header.d=${CL};dmarc=pass action=none\r\n header.from=${CL};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${CL} designates ${EOP_OUT.ip} as\r\n permitted sender) receiver=protection.outlook.com; client-ip=${EOP_OUT.ip};\r\n helo=${EOP_OUT.helo}; pr=C`,
      returnPath: `appointments@${CL}`,
    }),
    zone: CL_ZONE,
    args: OUTLOOK_ORG,
    expect: AUTHENTICATED,
  });

  emit({
    name: 'realworld148-box-query-all-only-own-server-unsigned',
    class: 'spf-everyone',
    about: `Genuine: a joinery's unsigned quote from its own server ${JN_OUT.rdns} (Hetzner, forward-confirmed); SPF "v=spf1 ?all" gives neutral, DMARC p=none fails. Nothing authenticates and the server sits in hosting space; its forward-confirmed name alone proves no ownership (a dangling A record to a released cloud address can be re-claimed), so "suspicious" (row 6: dmarc-fail at p=none beside hosted-server-relay) is the honest reading; never spoofed.`,
    eml: intoBox(
      mail(
        `Oakline Joinery <quotes@${JN}>`,
        'Quote for the staircase',
        'q148.1@mx.oakline-joinery.example',
        'Our quote for the oak staircase is attached.\r\n',
      ),
      JN_OUT,
      `quotes@${JN}`,
      '4Qx148H01',
    ),
    zone: JN_ZONE,
    args: ARGS,
    expect: { verdict: 'suspicious' },
  });
  emit({
    name: 'realworld148-box-query-all-only-own-server-signed',
    class: 'spf-everyone',
    about: `Genuine: the joinery's quote signed by its own server (d=${JN} s=mail); SPF "?all" is neutral, DKIM aligned passes, DMARC passes. Wanted: authenticated.`,
    eml: intoBox(
      await sign(
        mail(
          `Oakline Joinery <quotes@${JN}>`,
          'Quote for the staircase',
          'q148.2@mx.oakline-joinery.example',
          'Our quote for the oak staircase is attached.\r\n',
        ),
        [[JN, 'mail']],
      ),
      JN_OUT,
      `quotes@${JN}`,
      '4Qx148H02',
    ),
    zone: JN_ZONE,
    args: ARGS,
    expect: AUTHENTICATED,
  });
}

// Fixed at 09:05 on 2026-12-06 (lib/findings/broad-spf.ts broadSpfRule):
// realworld148-gmail-plus-all-google-workspace-own-dkim and realworld148-outlook-m365-half-internet-
// terms-selector1 read "suspicious" (broad-spf medium): a From domain whose SPF passes everyone
// (`+all`; `ip4:0.0.0.0/1`) but whose mail DMARC passes through the domain's own aligned DKIM
// signature, sent from a known mail provider, not a rented server. Under such a term broad-spf is
// now low beside the domain's own aligned signature from a server that is not rented (from a
// rented one the term still let it in: the attack twin, in realworld148-twins.ts); authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

/** The attack twins (names ending in `-attack-twin`) go to the adversarial corpus (realworld148-twins.ts). */
const isTwin = (name: string) => name.endsWith('-attack-twin');

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(
    (w) => makeAll((name, c) => (isTwin(name) ? undefined : w(name, c))),
    PENDING_ENGINE_FIX,
    write,
  );
}

/** The attack twins, for an adversarial wrapper (as realworld142-twins.ts). */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return probeCorpus(
    (w) => makeAll((name, c) => (isTwin(name) ? w(name, c) : undefined)),
    PENDING_ENGINE_FIX,
    write,
  );
}
