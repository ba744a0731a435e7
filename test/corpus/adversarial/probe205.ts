// Red-team round 205: the rule added at 13:40 on 2026-12-07 (commit 41a73120),
// lib/findings/arc-record.ts sealerEntry / spfCheckedElsewhere and the finding arc-spf-past-gateway
// (lib/findings/arc.ts, excuse 'forwarder-unknown' in lib/findings/verdict.ts excuseFor): a Microsoft
// 365 (d=microsoft.com) or Google (d=google.com) seal whose pass for the From rests on SPF alone counts
// only when the address its SPF comment names is the client of the sealer's own entry line, or the
// first public client a well-known gateway at that entry (by address: ASN tables' `esp`, published
// ranges) wrote in its own lines below. Both directions:
// 1. Forgeries through the attacker's own tenant / Workspace (round 200's skip-listing forgery):
//    (a) Gmail echoes the envelope's local part in its SPF comment ("domain of <local>@<domain>
//    designates <ip>"), and a quoted local part may hold spaces: `"x designates <entry ip> as"@bank`
//    makes SPF_CLIENT (first match in the comment) read the attacker's own entry address, and
//    `"designates feed"` makes it read a non-address, for which spfCheckedElsewhere judges nothing;
//    (b) the attacker rents a real gateway (Mimecast, Proofpoint) and skip-lists it AND his own
//    server, or writes a line `by` the gateway's host name below its real line; (c) an EOP entry
//    made unreadable by the HELO; (d) the DKIM branch: a replayed, genuinely signed bank notice that
//    the attacker's own transport rule appends a lure to after EOP recorded dkim=pass.
// 2. Genuine SPF-only mail forwarded by Microsoft 365 / Gmail behind other real gateways (Barracuda,
//    Cisco, Sophos, Trend Micro, Hornetsecurity, Symantec), an API-only filter (Abnormal, Check Point
//    Harmony, Defender: no MX change), Exchange hybrid, a Workspace behind Mimecast forwarding with
//    +caf_=, an M365 → M365 forward, an Outlook.com consumer forward.
// Where the layouts were learnt:
// - EOP's entry / id-less results / internal 2603:10a6 hop / `mx.microsoft.com 1; spf=pass (sender
//   ip is …)` record (d=microsoft.com s=arcselector10001), Gmail's mx.google.com entry, its `domain of
//   … designates <ip> as permitted sender` record, Mimecast's and Proofpoint's lines (pps.filterd
//   127.0.0.1 on top), their delivery hosts 170.10.133.124 / 205.220.168.131: probe202.ts and
//   realworld192.ts as they cite them (test/corpus/m365-shapes.ts, gateway-layouts.ts).
// - A quoted local part echoed inside Gmail's SPF comment as an injection vector: find_string
//   `(google.com: domain of "` (code corpus) shows it in other projects' parser tests (file ids
//   70799331086, 61456289338, 59758650262, 70463007798, 60372112582). NOT confirmed from a real
//   Gmail header: that Gmail accepts such a MAIL FROM and prints it verbatim in the ARC record.
// - Barracuda Email Gateway Defense's own line: `from <helo> (<rdns> [<ip>]) by
//   mx-inbound22-18.eu-west-2b.ess.aws.cudaops.com (version=TLSv1.2 cipher=… bits=256 verify=NO);
//   <date>` (find_string "ess.aws.cudaops.com": public kernel-list raw copies, file ids 5212153224,
//   3798412704, 1226546244): its hosts are under cudaops.com, not barracudanetworks.com.
// - Cisco Secure Email: `from unknown (HELO <helo>) ([<ip>]) by esa6.<customer>.iphmx.com with
//   ESMTP/TLS/…; <date>` (find_string ".iphmx.com with ESMTP", file ids 67413467749, 31269972964).
// - Sophos (`*.prod.hydra.sophos.com`), Trend Micro (`*.tmes.trendmicro.eu`), Hornetsecurity
//   (`mx-relay10-hz2.antispameurope.com`), Symantec (`mail1.bemta33.messagelabs.com [67.219.247.2]`):
//   the names lib/relay/providers-esp.ts cites; their Received layouts here are NOT confirmed (a
//   Postfix-like line), nor are the addresses of Sophos, Trend Micro, Cisco and Hornetsecurity
//   (AWS / documentation stand-ins). The rule reads only the entry's address for them, so the
//   layout below does not change the reading.
// - Exchange hybrid: receivers.ts onPremExchangeBehind (rw16's layout); EOP's view of an on-premises
//   hand-off `from <onprem> (<ip>) by …mail.protection.outlook.com` as eopEntry.
// Names and addresses are documentation ones except Microsoft's, Google's, Mimecast's, Proofpoint's,
// Barracuda's (209.222.80.0/21) and Broadcom's own hosts.
import type { CaseExpectation } from '../../helpers/corpus';
import { mimecastReceived, sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  emitCase,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import { keyZone } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, yahooDelivery } from '../receivers';
import { bankNotice, probeCorpus } from '../rounds-kit';

const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const GMAIL_ARGS = ['--webmail', 'gmail'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];
/** Genuine SPF-only mail whose forwarder's entry we can vouch for: the forward's excuse. */
const GENUINE: CaseExpectation = { verdict: ['unverified', 'authenticated'], notVerdict: ['spoofed'] };
/** Genuine SPF-only mail behind a filter HeaderLens does not know: reading worse is the cost, never spoofed. */
const SPF_ONLY: CaseExpectation = {
  verdict: ['unverified', 'suspicious', 'authenticated'],
  notVerdict: ['spoofed'],
};

const ATT_TENANT = 'fabrikam-billing.example';
const BANK_IP = '192.0.2.10';
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const MC_OUT: Relay = {
  helo: 'us-smtp-delivery-124.mimecast.com',
  rdns: 'us-smtp-delivery-124.mimecast.com',
  ip: '170.10.133.124',
};
const PP_OUT: Relay = {
  helo: 'mx0a-0031df01.pphosted.com',
  rdns: 'mx0a-0031df01.pphosted.com',
  ip: '205.220.168.131',
};
const PPS_FILTERD =
  'Received: from pps.filterd (m0279870.ppops.net [127.0.0.1])\r\n\tby mx0a-0031df01.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id 5AK9wL3x018205;\r\n\tFri, 20 Nov 2026 09:58:21 GMT';
const EXO_HOP = `Received: from AM9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6950.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:30 +0000`;

const ZONE: Record<string, unknown> = {
  ...BANK,
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...M365_SPF_ZONE,
  ...ptr(EUR.ip, EUR.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(MC_OUT.ip, MC_OUT.rdns),
  ...ptr(PP_OUT.ip, PP_OUT.rdns),
  [ATT_TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com include:_spf.google.com -all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'nb1._domainkey.northbank.example': KEY(),
  ...keyZone(['arcselector10001._domainkey.microsoft.com', 'arc-20240605._domainkey.google.com']),
};

// ---- Helpers: the sealer's side and the forward's delivery ----

/** A line by the attacker's own Postfix naming `client` as its client. */
const postfixLine = (client: string, ip: string, by: string, id: string, rcpt: string) =>
  `Received: from ${client} (${client} [${ip.includes(':') ? `IPv6:${ip}` : ip}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 09:58:19 +0000`;

/** Exchange Online took `raw` (its lines below already on) at its entry from `entry`, checked SPF at `spfIp`, sealed i=1. */
async function exoSeal(
  raw: string,
  o: {
    entry: { helo: string; ip: string };
    frontend: string;
    spfIp: string;
    mailfrom: string;
    from: string;
    policy: string;
    dkim?: string;
    dmarc?: string;
  },
): Promise<string> {
  const dkim = o.dkim ?? 'dkim=none (message not signed)';
  const dmarc = o.dmarc ?? 'pass';
  const inTenant = onTop(
    raw,
    EXO_HOP,
    `Authentication-Results: spf=pass (sender IP is ${o.spfIp})\r\n smtp.mailfrom=${o.mailfrom}; ${dkim.replace(' header.d=', '\r\n header.d=')};dmarc=${dmarc} action=none\r\n header.from=${o.from};compauth=pass reason=100`,
    eopEntry(o.entry.helo, o.entry.ip, o.frontend),
  );
  return sealAs(inTenant, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${o.spfIp}) smtp.rcpttodomain=reader.example smtp.mailfrom=${o.mailfrom}; dmarc=${dmarc} (p=${o.policy} sp=${o.policy} pct=100) action=none header.from=${o.from}; ${dkim}; arc=none`,
  });
}

/** The tenant's forward (SRS envelope, EUR02 outbound) into the reader's Postfix box. */
const toBox = (
  sealed: string,
  tenant: string,
  from: string,
  policy: string,
  id: string,
  dkim = 'dkim=none',
) =>
  onTop(
    sealed,
    `Return-Path: <bounces+SRS=Qw205=TT=${from}=office@${tenant}>`,
    `Authentication-Results: ${RECEIVER}; ${dkim}; arc=pass; spf=pass smtp.mailfrom=${tenant}; dmarc=fail (p=${policy} dis=none) header.from=${from}`,
    `Received: from ${EUR.helo} (${EUR.rdns} [${EUR.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );

/** Google's entry line: it took the message from `helo` / `rdns` at `ip`. */
const googleEntry = (helo: string, rdns: string, ip: string, id: string, rcpt: string) =>
  `Received: from ${helo} (${rdns}. [${ip}])\r\n        by mx.google.com with ESMTPS id ${id}\r\n        for <${rcpt}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:58:40 -0800 (PST)`;

/** Google sealed i=1 with `results` at receipt; the user's forwarding (+caf_=) hands it on. */
async function googleSeal(raw: string, results: string, user: string, to: string): Promise<string> {
  const sealed = await sealAs(onTop(raw, `Authentication-Results: mx.google.com;\r\n       ${results}`), {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `mx.google.com;\r\n       ${results}`,
  });
  return onTop(
    sealed,
    `X-Forwarded-To: ${to}`,
    `X-Forwarded-For: ${user} ${to}`,
    `Delivered-To: ${user}`,
    'Received: by 2002:a05:6a10:b205:b0:2f5:4321:8765 with SMTP id w205csp4pxa;\r\n        Fri, 20 Nov 2026 01:58:41 -0800 (PST)',
  );
}

const googleSpf = (env: string, ip: string) =>
  `spf=pass (google.com: domain of ${env} designates ${ip} as permitted sender) smtp.mailfrom=${env};`;
const googleDmarc = (from: string, p: string) => `dmarc=pass (p=${p} sp=${p} dis=NONE) header.from=${from}`;

/** Gmail forwarding of the attacker's workspace into the reader's Yahoo mailbox. */
const wsToYahoo = (sealed: string, user: string) =>
  yahooDelivery(sealed, {
    relay: GMAIL_OUT,
    envelope: `${user.replace('@', '+caf_=robin.reader=yahoo.com@')}`,
    results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=${user.split('@')[1]};\r\n dmarc=fail(p=REJECT) header.from=northbank.example;`,
  });

// ---- Genuine senders ----
interface Firm {
  domain: string;
  ip: string;
  policy: 'none' | 'quarantine' | 'reject';
}
const firmZone = (f: Firm, extra = ''): Record<string, unknown> => ({
  ...ptr(f.ip, `mail.${f.domain}`),
  [f.domain]: { TXT: [`v=spf1 ${f.ip.includes(':') ? 'ip6' : 'ip4'}:${f.ip}${extra} -all`] },
  [`_dmarc.${f.domain}`]: { TXT: [`v=DMARC1; p=${f.policy}`] },
});
const firmMail = (f: Firm, to: string, subject: string) =>
  submitted({
    from: `Office <office@${f.domain}>`,
    to,
    subject,
    messageId: `<${subject.length}.r205@mail.${f.domain}>`,
    body: `Hello,\r\n\r\n${subject} - details as agreed on the phone.\r\n\r\nRegards\r\n`,
  });
const TENANT = 'contoso-legal.example';
const tenantZone = { [TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] } };

/** Genuine: a tenant behind gateway `gw` (its line `gwLines` below EOP's entry), EFC on, forward to the box. */
async function genuineBehind(
  f: Firm,
  gw: { helo: string; ip: string },
  gwLines: string[],
  subject: string,
  id: string,
): Promise<string> {
  const mail = firmMail(f, `ana@${TENANT}`, subject);
  const raw = gwLines.length > 0 ? onTop(mail, ...gwLines) : mail;
  const sealed = await exoSeal(raw, {
    entry: gw,
    frontend: 'DB5PEPF00014B95',
    spfIp: f.ip,
    mailfrom: f.domain,
    from: f.domain,
    policy: f.policy,
  });
  return toBox(sealed, TENANT, f.domain, f.policy, id);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? ZONE });
  const ws = `billing@${ATT_TENANT}`;

  // ==== 1a. Workspace, own gateway: quoted local part names the entry's own address ====
  {
    const env = `"x designates ${ATTACKER_IP} as"@northbank.example`;
    const raw = onTop(
      bankNotice(ws),
      `Return-Path: <${env}>`,
      googleEntry(
        'gw.fabrikam-billing.example',
        'gw.fabrikam-billing.example',
        ATTACKER_IP,
        'a205si1qtb.10',
        ws,
      ),
      postfixLine('mail.northbank.example', BANK_IP, 'gw.fabrikam-billing.example', '4Zr205g01', ws),
    );
    const sealed = await googleSeal(
      raw,
      `${googleSpf(env, BANK_IP)}\r\n       ${googleDmarc('northbank.example', 'REJECT')}`,
      ws,
      'robin.reader@yahoo.com',
    );
    emit({
      name: 'r205-yahoo-ws-own-gateway-quoted-localpart-names-entry-ip',
      class: 'arc-forwarder',
      about: `Attack: round 200's Workspace forgery (the attacker's own server ${ATTACKER_IP} set as his workspace's "inbound gateway", its line naming the bank's ${BANK_IP}; Gmail checks SPF there, seals i=1 as google.com, forwards to the reader's Yahoo). The forged envelope's quoted local part reads "x designates ${ATTACKER_IP} as", which Gmail echoes in its SPF comment before its own "designates ${BANK_IP}": the first "designates <address>" in the comment is the entry's own client. Wanted: not trusted (suspicious), as round 200's case now reads.`,
      eml: wsToYahoo(sealed, ws),
      args: YAHOO_ARGS,
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // ==== 1b. Same, the local part "designates feed": a non-address, so nothing is judged ====
  {
    const env = '"designates feed"@northbank.example';
    const raw = onTop(
      bankNotice(ws),
      `Return-Path: <${env}>`,
      googleEntry(
        'gw.fabrikam-billing.example',
        'gw.fabrikam-billing.example',
        ATTACKER_IP,
        'a205si2qtb.10',
        ws,
      ),
      postfixLine('mail.northbank.example', BANK_IP, 'gw.fabrikam-billing.example', '4Zr205g02', ws),
    );
    const sealed = await googleSeal(
      raw,
      `${googleSpf(env, BANK_IP)}\r\n       ${googleDmarc('northbank.example', 'REJECT')}`,
      ws,
      'robin.reader@yahoo.com',
    );
    emit({
      name: 'r205-yahoo-ws-own-gateway-quoted-localpart-designates-non-address',
      class: 'arc-forwarder',
      about: `Attack: the same Workspace forgery with the envelope "designates feed"@northbank.example: Gmail's comment then starts "domain of \\"designates feed\\"@northbank.example designates ${BANK_IP}", the first "designates <hex>" capture is "feed", no address, and an SPF pass naming no readable address is not judged at all (spfCheckedElsewhere returns null). Wanted: not trusted.`,
      eml: wsToYahoo(sealed, ws),
      args: YAHOO_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ==== 1c. Same over IPv6, into a Postfix box ====
  {
    const gw6 = '2001:db8:bad:205::66';
    const env = `"x designates ${gw6} as"@northbank.example`;
    const raw = onTop(
      bankNotice(ws),
      `Return-Path: <${env}>`,
      googleEntry('gw.fabrikam-billing.example', 'gw.fabrikam-billing.example', gw6, 'a205si3qtb.10', ws),
      postfixLine('mail.northbank.example', BANK_IP, 'gw.fabrikam-billing.example', '4Zr205g03', ws),
    );
    const sealed = await googleSeal(
      raw,
      `${googleSpf(env, BANK_IP)}\r\n       ${googleDmarc('northbank.example', 'REJECT')}`,
      ws,
      'robin@reader.example',
    );
    emit({
      name: 'r205-box-ws-own-gateway-ipv6-quoted-localpart-names-entry-ip',
      class: 'arc-forwarder',
      about: `Attack: 1a with the attacker's gateway on IPv6 (${gw6}) and the forward going to the reader's Postfix box (arc=pass, dmarc=fail for the bank). The quoted local part names ${gw6}, the entry's own client. Wanted: not trusted.`,
      eml: onTop(
        sealed,
        `Return-Path: <billing+caf_=robin=reader.example@${ATT_TENANT}>`,
        `Authentication-Results: ${RECEIVER}; dkim=none; arc=pass; spf=pass smtp.mailfrom=${ATT_TENANT}; dmarc=fail (p=reject dis=none) header.from=northbank.example`,
        `Received: from ${GMAIL_OUT.helo} (${GMAIL_OUT.rdns} [${GMAIL_OUT.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr205b03\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
      ),
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ==== 2a. Own tenant behind his own rented Mimecast, skip-listing Mimecast AND his server ====
  {
    const rcpt = `billing@${ATT_TENANT}`;
    const raw = onTop(
      bankNotice(rcpt),
      mimecastReceived({
        helo: 'gw.fabrikam-billing.example',
        ip: ATTACKER_IP,
        id: 'us-mta-205-r205Mc1aQwErTy-1',
      }),
      postfixLine('mail.northbank.example', BANK_IP, 'gw.fabrikam-billing.example', '4Zr205g04', rcpt),
    );
    const sealed = await exoSeal(raw, {
      entry: MC_OUT,
      frontend: 'DB5PEPF00014B95',
      spfIp: BANK_IP,
      mailfrom: 'northbank.example',
      from: 'northbank.example',
      policy: 'reject',
    });
    emit({
      name: 'r205-box-m365-own-mimecast-skiplists-own-server-too-seal-bank-pass',
      class: 'arc-forwarder',
      about: `Attack: the attacker rents a Mimecast account for his tenant ${ATT_TENANT} and lists in Enhanced Filtering both Mimecast's ranges and his own server ${ATTACKER_IP}; his server hands the forgery to Mimecast with its own line naming the bank's ${BANK_IP} below. EOP's entry is Mimecast's real delivery host (${MC_OUT.ip}), Mimecast's real line names ${ATTACKER_IP}; EOP's SPF check skipped both to ${BANK_IP}. Wanted: not trusted.`,
      eml: toBox(sealed, ATT_TENANT, 'northbank.example', 'reject', '4Zr205b04'),
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ==== 2b. Own tenant behind his own Proofpoint, his own line forged `by` a pphosted host ====
  {
    const rcpt = `billing@${ATT_TENANT}`;
    const raw = onTop(
      bankNotice(rcpt),
      PPS_FILTERD,
      `Received: from gw.fabrikam-billing.example (gw.fabrikam-billing.example [${ATTACKER_IP}])\r\n\tby mx0a-0031df01.pphosted.com (PPS) with ESMTPS id 4w205sq37-1\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 09:58:20 GMT`,
      `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\n\tby mx0b-0031df01.pphosted.com (PPS) with ESMTPS id 4w205sq38-1\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 09:58:19 GMT`,
    );
    const sealed = await exoSeal(raw, {
      entry: PP_OUT,
      frontend: 'DB5PEPF00014B96',
      spfIp: BANK_IP,
      mailfrom: 'northbank.example',
      from: 'northbank.example',
      policy: 'reject',
    });
    emit({
      name: 'r205-box-m365-own-proofpoint-forged-pphosted-line-seal-bank-pass',
      class: 'arc-forwarder',
      about: `Attack: the attacker's tenant behind his own Proofpoint Essentials account; his server writes, below Proofpoint's real line (from ${ATTACKER_IP}), a line in Proofpoint's layout "from mail.northbank.example (… [${BANK_IP}]) by mx0b-0031df01.pphosted.com (PPS)", and skip-lists his server so EOP checks SPF at ${BANK_IP}. The walk below a known gateway takes the first public client a line by its hosts names: Proofpoint's own (${ATTACKER_IP}). Wanted: not trusted.`,
      eml: toBox(sealed, ATT_TENANT, 'northbank.example', 'reject', '4Zr205b05'),
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ==== 2c. Own workspace behind his own Mimecast (Workspace inbound gateway), forged line below ====
  {
    const raw = onTop(
      bankNotice(ws),
      `Return-Path: <security@northbank.example>`,
      googleEntry(MC_OUT.helo, MC_OUT.rdns, MC_OUT.ip, 'a205si6qtb.10', ws),
      mimecastReceived({
        helo: 'gw.fabrikam-billing.example',
        ip: ATTACKER_IP,
        id: 'us-mta-205-r205Mc2aQwErTy-1',
      }),
      `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n us-mta-205-r205Mc3aQwErTy-1; Fri, 20 Nov 2026 04:58:19 -0500`,
    );
    const sealed = await googleSeal(
      raw,
      `${googleSpf('security@northbank.example', BANK_IP)}\r\n       ${googleDmarc('northbank.example', 'REJECT')}`,
      ws,
      'robin.reader@yahoo.com',
    );
    emit({
      name: 'r205-yahoo-ws-own-mimecast-gateway-forged-mimecast-line-seal-bank-pass',
      class: 'arc-forwarder',
      about: `Attack: the attacker's Workspace with his rented Mimecast as its inbound gateway (and his own server in the gateway list, so Gmail checks SPF at the address his line names); below Mimecast's real line (from ${ATTACKER_IP}) his server writes one in Mimecast's layout "from mail.northbank.example (… [${BANK_IP}]) by relay.mimecast.com". Wanted: not trusted.`,
      eml: wsToYahoo(sealed, ws),
      args: YAHOO_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ==== 2d. Own tenant, EOP's entry unreadable (HELO shaped as clause text) ====
  {
    const rcpt = `billing@${ATT_TENANT}`;
    const raw = onTop(
      bankNotice(rcpt),
      postfixLine('mail.northbank.example', BANK_IP, 'gw.fabrikam-billing.example', '4Zr205g07', rcpt),
    );
    const sealed = await exoSeal(raw, {
      entry: { helo: `a)(${BANK_IP}`, ip: ATTACKER_IP },
      frontend: 'DB5PEPF00014B97',
      spfIp: BANK_IP,
      mailfrom: 'northbank.example',
      from: 'northbank.example',
      policy: 'reject',
    });
    emit({
      name: 'r205-box-m365-own-tenant-helo-makes-eop-entry-unreadable',
      class: 'arc-forwarder',
      about: `Attack: round 200's tenant forgery, the skip-listed gateway saying HELO "a)(${BANK_IP}" so EOP's entry line cannot be read (lib/message/received.ts marks it unreadable). The entry then shows no address; an SPF pass naming ${BANK_IP} must not be matched to the HELO's text. Wanted: not trusted.`,
      eml: toBox(sealed, ATT_TENANT, 'northbank.example', 'reject', '4Zr205b07'),
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ==== 2e. DKIM branch: a replayed, genuinely signed bank notice; his transport rule appends a lure ====
  {
    const rcpt = `billing@${ATT_TENANT}`;
    const genuine = await signAll(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        to: rcpt,
        subject: 'Your statement is ready',
        date: 'Fri, 20 Nov 2026 09:50:00 +0000',
        messageId: '<stmt-ready-205@northbank.example>',
        body: 'Your November statement is ready in online banking.\r\n',
      }),
      [['northbank.example', 'nb1']],
    );
    const raw = onTop(
      genuine,
      postfixLine('mail.attacker.example', ATTACKER_IP, 'gw.fabrikam-billing.example', '4Zr205g08', rcpt),
    );
    const sealedRaw = await exoSeal(raw, {
      entry: { helo: 'gw.fabrikam-billing.example', ip: ATTACKER_IP },
      frontend: 'DB5PEPF00014B98',
      spfIp: ATTACKER_IP,
      mailfrom: 'attacker.example',
      from: 'northbank.example',
      policy: 'reject',
      dkim: 'dkim=pass (signature was verified) header.d=northbank.example',
    });
    // The transport rule's disclaimer ran before the seal: append to the body after signing.
    const lured = sealedRaw.replace(
      'Your November statement is ready in online banking.\r\n',
      'Your November statement is ready in online banking.\r\n\r\nAction needed: confirm your card at https://northbank-secure.example/verify within 24 hours.\r\n',
    );
    const resealed = await sealAs(lured.slice(lured.indexOf('Received: from AM9PR02MB7195')), {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults:
        'mx.microsoft.com 1; spf=pass (sender ip is 198.51.100.66) smtp.rcpttodomain=reader.example smtp.mailfrom=attacker.example; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=northbank.example; dkim=pass (signature was verified) header.d=northbank.example; arc=none',
    });
    emit({
      name: 'r205-box-m365-own-tenant-disclaimer-rule-on-replayed-bank-signature',
      class: 'arc-forwarder',
      about: `Attack on the DKIM branch (dkimPassed): the attacker replays a genuine, signed Northbank notice he received into his own tenant; EOP records dkim=pass header.d=northbank.example, dmarc=pass; his transport rule "apply a disclaimer" appends "confirm your card at https://northbank-secure.example/verify" before Exchange Online seals i=1 and forwards to the reader's box, where the bank's body hash fails. The seal's record holds the bank's real DKIM pass. Wanted: never authenticated; a reader is not told the text was added after the bank signed (unverified is ARC's trust model, noted).`,
      eml: toBox(
        resealed,
        ATT_TENANT,
        'northbank.example',
        'reject',
        '4Zr205b08',
        'dkim=fail (body hash did not verify) header.d=northbank.example',
      ),
      args: BOX_ARGS,
      expect: { notVerdict: ['authenticated'] },
    });
  }

  // ==== 3. Genuine SPF-only mail behind other real gateways, EFC on, inbox rule to the reader's box ====
  const gwCases: Array<{
    key: string;
    label: string;
    f: Firm;
    gw: { helo: string; ip: string };
    line: (f: Firm) => string[];
    expect: CaseExpectation;
    zone?: Record<string, unknown>;
  }> = [
    {
      key: 'barracuda',
      label:
        'Barracuda Email Gateway Defense (delivering from its published 209.222.80.0/21, its own line by mx-inbound…ess.aws.cudaops.com)',
      f: { domain: 'penrose-surveys.example', ip: '203.0.113.51', policy: 'quarantine' },
      gw: { helo: 'd205-b1.ess.barracudanetworks.com', ip: '209.222.82.205' },
      line: (f) => [
        `Received: from mail.${f.domain} (mail.${f.domain} [${f.ip}]) by mx-inbound22-18.eu-west-2b.ess.aws.cudaops.com (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO); Fri, 20 Nov 2026 09:58:19 +0000`,
      ],
      expect: GENUINE,
    },
    {
      key: 'cisco',
      label: 'Cisco Secure Email Cloud Gateway (esa…iphmx.com)',
      f: { domain: 'ashdown-lettings.example', ip: '203.0.113.52', policy: 'reject' },
      gw: { helo: 'esa2.contoso-legal.iphmx.com', ip: '198.51.100.152' },
      line: (f) => [
        `Received: from unknown (HELO mail.${f.domain}) ([${f.ip}])\r\n  by esa2.contoso-legal.iphmx.com with ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256; 20 Nov 2026 09:58:19 +0000`,
      ],
      expect: SPF_ONLY,
    },
    {
      key: 'sophos',
      label: 'Sophos Email (…prod.hydra.sophos.com, on AWS)',
      f: { domain: 'tamsin-accounts.example', ip: '203.0.113.53', policy: 'quarantine' },
      gw: { helo: 'mfod-euc1.prod.hydra.sophos.com', ip: '3.120.1.53' },
      line: (f) => [
        postfixLine(`mail.${f.domain}`, f.ip, 'mfid-euc1.prod.hydra.sophos.com', '4Zr205s1', `ana@${TENANT}`),
      ],
      expect: SPF_ONLY,
    },
    {
      key: 'trendmicro',
      label: 'Trend Micro Email Security (…tmes.trendmicro.eu, on AWS)',
      f: { domain: 'wexcombe-builders.example', ip: '203.0.113.54', policy: 'reject' },
      gw: { helo: 'refb01.tmes.trendmicro.eu', ip: '3.120.1.54' },
      line: (f) => [
        postfixLine(`mail.${f.domain}`, f.ip, 'in01.tmes.trendmicro.eu', '4Zr205t1', `ana@${TENANT}`),
      ],
      expect: SPF_ONLY,
    },
    {
      key: 'hornetsecurity',
      label: 'Hornetsecurity (mx-relay…antispameurope.com)',
      f: { domain: 'brackley-dental.example', ip: '203.0.113.55', policy: 'quarantine' },
      gw: { helo: 'mx-relay10-hz2.antispameurope.com', ip: '198.51.100.155' },
      line: (f) => [
        postfixLine(
          `mail.${f.domain}`,
          f.ip,
          'mx-gate10-hz2.hornetsecurity.com',
          '4Zr205h1',
          `ana@${TENANT}`,
        ),
      ],
      expect: SPF_ONLY,
    },
    {
      key: 'symantec',
      label: 'Symantec / Broadcom Email Security.cloud (mail1.bemta33.messagelabs.com)',
      f: { domain: 'coldharbour-insure.example', ip: '203.0.113.56', policy: 'reject' },
      gw: { helo: 'mail1.bemta33.messagelabs.com', ip: '67.219.247.2' },
      line: (f) => [
        postfixLine(
          `mail.${f.domain}`,
          f.ip,
          'server-2.bemta.az-a.eu-west-1.aws.symcld.net',
          '4Zr205y1',
          `ana@${TENANT}`,
        ),
      ],
      expect: SPF_ONLY,
    },
  ];
  for (const g of gwCases) {
    const eml = await genuineBehind(
      g.f,
      g.gw,
      g.line(g.f),
      `Invoice 205-${g.key} for November`,
      `4Zr205${g.key.slice(0, 3)}`,
    );
    emit({
      name: `r205-box-genuine-m365-${g.key}-efc-inbox-rule-spf-only-${g.f.policy}`,
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only firm (${g.f.domain}, p=${g.f.policy}, ${g.f.ip}) writes to a law firm whose Microsoft 365 tenant sits behind ${g.label}, skip-listed by Enhanced Filtering (EOP's entry names the gateway ${g.gw.ip}, its SPF check the firm's ${g.f.ip}); an inbox rule forwards to the reader's Postfix box, Exchange Online sealing i=1. ${g.expect === GENUINE ? "Barracuda is a gateway HeaderLens lists by its published range: wanted the forward's excuse (unverified)." : 'A gateway HeaderLens cannot tell by address: suspicious is the accepted cost; never spoofed.'}`,
      eml,
      args: BOX_ARGS,
      zone: { ...ZONE, ...tenantZone, ...firmZone(g.f) },
      expect: g.expect,
      twin: g.key === 'barracuda',
    });
  }

  // ==== 3b. Genuine: API-only filter (Abnormal / Check Point Harmony / Defender): EOP's entry is the sender ====
  {
    const f: Firm = { domain: 'fenwick-dental.example', ip: '203.0.113.57', policy: 'reject' };
    const eml = await genuineBehind(
      f,
      { helo: `mail.${f.domain}`, ip: f.ip },
      [],
      'Appointment reminder for 24 November',
      '4Zr205api',
    );
    emit({
      name: 'r205-box-genuine-m365-api-filter-no-mx-change-spf-only-reject',
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only dental practice (p=reject) writes to a tenant protected by an API-based filter (Abnormal Security, Check Point Harmony Email in API mode, or Defender for Office 365 alone): no MX change, so EOP's entry took it straight from ${f.ip}, the address its SPF pass names; an inbox rule forwards to the reader's box. Wanted: unverified (the forward's excuse).`,
      eml,
      args: BOX_ARGS,
      zone: { ...ZONE, ...tenantZone, ...firmZone(f) },
      expect: GENUINE,
    });
  }

  // ==== 3c. Genuine: Exchange hybrid, on-premises Exchange in front of EOP with Enhanced Filtering ====
  {
    const f: Firm = { domain: 'halden-estates.example', ip: '203.0.113.58', policy: 'quarantine' };
    const onprem = { helo: 'EXCH02.corp.contoso-legal.example', ip: '198.51.100.58' };
    const lines = [
      `Received: from EXCH01.corp.contoso-legal.example (10.20.1.11) by\r\n EXCH02.corp.contoso-legal.example (10.20.1.12) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Fri, 20 Nov 2026 09:58:21 +0000`,
      `Received: from mail.${f.domain} (${f.ip}) by\r\n EXCH01.corp.contoso-legal.example (10.20.1.11) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11\r\n via Frontend Transport; Fri, 20 Nov 2026 09:58:20 +0000`,
    ];
    const eml = await genuineBehind(f, onprem, lines, 'Tenancy renewal for 3 Quay Street', '4Zr205hyb');
    emit({
      name: 'r205-box-genuine-m365-exchange-hybrid-onprem-efc-spf-only-quarantine',
      class: 'arc-forwarder',
      about: `Genuine: an Exchange hybrid organisation whose MX still points at its on-premises Exchange 2019 (${onprem.ip}); Enhanced Filtering on the on-premises inbound connector lets EOP check SPF at ${f.ip}, the client the on-premises line names; the user's mailbox is in Exchange Online and an inbox rule forwards to the reader's box. The on-premises server is no gateway HeaderLens knows: suspicious is the accepted cost; never spoofed.`,
      eml,
      args: BOX_ARGS,
      zone: { ...ZONE, ...tenantZone, ...firmZone(f) },
      expect: SPF_ONLY,
    });
  }

  // ==== 3d. Genuine: Workspace behind Mimecast (inbound gateway), Gmail forwarding (+caf_=) to Yahoo ====
  {
    const f: Firm = { domain: 'ravensworth-print.example', ip: '203.0.113.59', policy: 'quarantine' };
    const user = 'lena@arden-design.example';
    const raw = onTop(
      firmMail(f, user, 'Proofs for the winter catalogue'),
      `Return-Path: <office@${f.domain}>`,
      googleEntry(MC_OUT.helo, MC_OUT.rdns, MC_OUT.ip, 'a205si9qtb.21', user),
      mimecastReceived({ helo: `mail.${f.domain}`, ip: f.ip, id: 'us-mta-205-r205Mc5aQwErTy-1' }),
    );
    const sealed = await googleSeal(
      raw,
      `${googleSpf(`office@${f.domain}`, f.ip)}\r\n       ${googleDmarc(f.domain, 'QUARANTINE')}`,
      user,
      'robin.reader@yahoo.com',
    );
    emit({
      name: 'r205-yahoo-genuine-ws-mimecast-inbound-gateway-caf-forward-spf-only',
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only print shop (p=quarantine, ${f.ip}) writes to a Google Workspace whose MX is Mimecast, set as the workspace's inbound gateway; Gmail checks SPF at the sender Mimecast's line names, seals i=1, and the user's Gmail forwarding (+caf_=) sends it to Yahoo. Mimecast's delivery host ${MC_OUT.ip} is a known gateway by its network. Wanted: unverified.`,
      eml: yahooDelivery(sealed, {
        relay: GMAIL_OUT,
        envelope: 'lena+caf_=robin.reader=yahoo.com@arden-design.example',
        results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=arden-design.example;\r\n dmarc=fail(p=QUARANTINE) header.from=${f.domain};`,
      }),
      args: YAHOO_ARGS,
      zone: {
        ...ZONE,
        ...firmZone(f),
        'arden-design.example': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
      },
      expect: GENUINE,
    });
  }

  // ==== 3e. Genuine: M365 → M365, the sender's tenant signs only as onmicrosoft.com ====
  {
    const from = 'kestrel-freight.example';
    const eml = await (async () => {
      const raw = onTop(
        submitted({
          from: `Dispatch <dispatch@${from}>`,
          to: `ana@${TENANT}`,
          subject: 'Collection booked for Monday',
          messageId: '<r205-m2m@kestrelfreight.onmicrosoft.com>',
          body: 'Hello Ana,\r\n\r\nthe collection is booked for Monday 08:00.\r\n\r\nKestrel Freight\r\n',
        }),
        `Received: from DM6PR08MB5580.namprd08.prod.outlook.com (2603:10b6:5:10f::27)\r\n by BN0PR08MB7535.namprd08.prod.outlook.com (2603:10b6:408:15b::22) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:58:02 +0000`,
      );
      const sealed = await exoSeal(raw, {
        entry: { helo: 'NAM12-BN8-obe.outbound.protection.outlook.com', ip: '40.107.55.205' },
        frontend: 'DB5PEPF00014B9A',
        spfIp: '40.107.55.205',
        mailfrom: from,
        from,
        policy: 'quarantine',
        dkim: 'dkim=pass (signature was verified) header.d=kestrelfreight.onmicrosoft.com',
      });
      return toBox(sealed, TENANT, from, 'quarantine', '4Zr205m2m');
    })();
    emit({
      name: 'r205-box-genuine-m365-to-m365-tenant-forward-onmicrosoft-dkim-only',
      class: 'arc-forwarder',
      about: `Genuine: a freight firm on Microsoft 365 that never set up DKIM for its own domain (its mail is signed d=kestrelfreight.onmicrosoft.com; SPF include:spf.protection.outlook.com, p=quarantine) writes to the law firm's tenant; EOP's entry took it from Microsoft's outbound 40.107.55.205, the address its SPF pass names; an inbox rule forwards to the reader's box. Wanted: unverified.`,
      eml,
      args: BOX_ARGS,
      zone: {
        ...ZONE,
        ...tenantZone,
        [from]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        [`_dmarc.${from}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: GENUINE,
    });
  }

  // ==== 3f. Genuine: Outlook.com consumer forward of SPF-only mail to Gmail ====
  {
    const f: Firm = { domain: 'aldermoor-club.example', ip: '203.0.113.60', policy: 'none' };
    const raw = firmMail(f, 'sam.r205@outlook.com', 'Club newsletter, November');
    const sealed = await exoSeal(raw, {
      entry: { helo: `mail.${f.domain}`, ip: f.ip },
      frontend: 'AMS0EPF000001A5',
      spfIp: f.ip,
      mailfrom: f.domain,
      from: f.domain,
      policy: 'none',
    });
    const OUT: Relay = {
      helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
      rdns: 'mail-am6eur05olkn2105.outbound.protection.outlook.com',
      ip: '40.92.205.105',
    };
    emit({
      name: 'r205-gmail-genuine-outlookcom-consumer-forward-spf-only-none',
      class: 'arc-forwarder',
      about: `Genuine: a club's unsigned newsletter (p=none, ${f.ip}) to an Outlook.com address that forwards everything to Gmail; Outlook.com's entry took it from ${f.ip}, seals i=1 as microsoft.com, and sends it on from 40.92.x.x. Wanted: unverified or authenticated, never a warning beyond p=none's note.`,
      eml: gmailDelivery(sealed, {
        relay: OUT,
        envelope: 'sam.r205@outlook.com',
        results: [
          `arc=pass (i=1 spf=pass spfdomain=${f.domain} dmarc=pass fromdomain=${f.domain});`,
          `spf=pass (google.com: domain of sam.r205@outlook.com designates ${OUT.ip} as permitted sender) smtp.mailfrom=sam.r205@outlook.com;`,
          `dmarc=fail (p=NONE sp=NONE dis=NONE arc=pass) header.from=${f.domain}`,
        ].join('\r\n       '),
        ids: ['x205csp1pxa', 'a205si1qtb.205'],
        spf: 'pass',
        deliveredTo: true,
      }),
      args: GMAIL_ARGS,
      zone: {
        ...ZONE,
        ...firmZone(f),
        ...ptr(OUT.ip, OUT.rdns),
        'outlook.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      },
      expect: GENUINE,
    });
  }

  // ==== 3h. Genuine: EOP's own hand-offs above the entry, older (2a01:111:…) and current (2603:10b6 cafe) ====
  for (const v of [
    {
      key: 'eop-2a01-111-internal-hop',
      f: { domain: 'oakridge-vets.example', ip: '203.0.113.61', policy: 'quarantine' } as Firm,
      above: [
        'Received: from BL2NAM02FT056.eop-nam02.prod.protection.outlook.com (2a01:111:f400:7e46::201)\r\n by SN4PR0201CA0055.outlook.office365.com (2603:10b6:803:2b::41) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24 via Frontend\r\n Transport; Fri, 20 Nov 2026 09:59:31 +0000',
      ],
      about:
        "EOP's older layout, its frontend handing on from 2a01:111:f400:7e46::201 (`from BL2NAM02FT056.eop-nam02.prod.protection.outlook.com (2a01:111:f400:…) by SN4PR0201CA0055.outlook.office365.com`, the 2020 shape origin-exchange.ts cites) between the mailbox hop and the entry",
    },
    {
      key: 'eop-2603-cafe-frontend-hops',
      f: { domain: 'briarwood-tiles.example', ip: '203.0.113.62', policy: 'reject' } as Firm,
      above: [
        'Received: from DB5PEPF00014B95.eurprd02.prod.outlook.com\r\n (2603:10a6:20b:3c1:cafe::7a) by AM9PR02CA0012.outlook.office365.com\r\n (2603:10a6:20b:3c1::12) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.13 via Frontend\r\n Transport; Fri, 20 Nov 2026 09:59:31 +0000',
      ],
      about:
        "the current layout with the frontend's own hand-off from 2603:10a6:…:cafe::7a to AM9PR02CA0012.outlook.office365.com (m365-shapes.ts exchangeMailboxHops, README-m365.md) between the mailbox hop and the entry",
    },
  ]) {
    const raw = firmMail(v.f, `ana@${TENANT}`, `Order ${v.key.length}-205 confirmed`);
    const inTenant = onTop(
      raw,
      EXO_HOP,
      ...v.above,
      `Authentication-Results: spf=pass (sender IP is ${v.f.ip})\r\n smtp.mailfrom=${v.f.domain}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${v.f.domain};compauth=pass reason=100`,
      eopEntry(`mail.${v.f.domain}`, v.f.ip, 'DB5PEPF00014B95'),
    );
    const sealed = await sealAs(inTenant, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${v.f.ip}) smtp.rcpttodomain=reader.example smtp.mailfrom=${v.f.domain}; dmarc=pass (p=${v.f.policy} sp=${v.f.policy} pct=100) action=none header.from=${v.f.domain}; dkim=none (message not signed); arc=none`,
    });
    emit({
      name: `r205-box-genuine-m365-${v.key}-spf-only-${v.f.policy}`,
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only firm (${v.f.domain}, p=${v.f.policy}) straight into a Microsoft 365 tenant (no gateway), forwarded by an inbox rule to the reader's box; ${v.about}. EOP's entry took it from ${v.f.ip}, the address its SPF pass names. Wanted: unverified.`,
      eml: toBox(sealed, TENANT, v.f.domain, v.f.policy, `4Zr205${v.key.slice(4, 8)}`),
      args: BOX_ARGS,
      zone: { ...ZONE, ...tenantZone, ...firmZone(v.f) },
      expect: GENUINE,
    });
  }

  // ==== 3g. Genuine: Mimecast in front of a tenant, sender over IPv6 ====
  {
    const f: Firm = { domain: 'millbrook-joinery.example', ip: '2001:db8:205::25', policy: 'reject' };
    const eml = await genuineBehind(
      f,
      MC_OUT,
      [
        `Received: from mail.${f.domain} (mail.${f.domain} [IPv6:${f.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n us-mta-205-r205Mc6aQwErTy-1; Fri, 20 Nov 2026 04:58:20 -0500\r\nX-MC-Unique: r205Mc6aQwErTy-1`,
      ],
      'Quote Q-205 for the staircase',
      '4Zr205mc6',
    );
    emit({
      name: 'r205-box-genuine-m365-mimecast-efc-sender-ipv6-spf-only-reject',
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only joinery (p=reject) reaches Mimecast over IPv6 (${f.ip}, Mimecast prints it "[IPv6:…]"), then the tenant behind it with Enhanced Filtering; EOP's SPF pass names ${f.ip}; an inbox rule forwards to the reader's box. Wanted: unverified (Mimecast is known by its network).`,
      eml,
      args: BOX_ARGS,
      zone: { ...ZONE, ...tenantZone, ...firmZone(f) },
      expect: GENUINE,
    });
  }
}

// What reads right today (ALL=1 pend.ts, 2026-12-07 14:1x): the attacker's tenant behind his own
// rented Mimecast / Proofpoint (his real gateway's line names his server; his own line below, even in
// the gateway's layout, is not reached), his Workspace behind his own Mimecast, and EOP's entry made
// unreadable by the HELO: suspicious (arc-spf-past-gateway). The replayed, genuinely signed bank
// notice with a lure appended by the attacker's own transport rule reads unverified (arc-forwarded
// by the record's real DKIM pass): ARC's trust model, no finding says the text was added after the
// bank signed; noted, not pending. Genuine: API-only filter (Abnormal / Check Point Harmony /
// Defender: EOP's entry is the sender), Workspace behind Mimecast with +caf_= forwarding, M365 → M365
// (onmicrosoft.com DKIM only), Outlook.com consumer forward, Mimecast with an IPv6 sender, EOP's own
// hand-offs above the entry from 2a01:111:f400:… (older layout) and 2603:10a6:…:cafe: unverified.
// Genuine behind Cisco, Sophos, Trend Micro, Hornetsecurity, Symantec, and Exchange hybrid
// (on-premises Exchange with Enhanced Filtering): suspicious (arc-spf-past-gateway), never spoofed:
// the accepted cost of the rule (none of them is known by address: Sophos, Trend Micro,
// Hornetsecurity and Symantec only by confirmed reverse names, Cisco by none, an on-premises
// Exchange never), as the brief allows.
//
// Pending A (4 cases, worst: forgeries read UNVERIFIED with the forward's excuse):
// r205-yahoo-ws-own-gateway-quoted-localpart-names-entry-ip (+ -no-options),
// r205-yahoo-ws-own-gateway-quoted-localpart-designates-non-address,
// r205-box-ws-own-gateway-ipv6-quoted-localpart-names-entry-ip.
// Read now: UNVERIFIED (dmarc-fail high, arc-forwarded low "the forwarder, whose record is trusted,
// saw it pass for northbank.example"); no arc-spf-past-gateway. Should read: suspicious
// (arc-spf-past-gateway), as the same forgery with a plain envelope does.
// At fault: lib/findings/arc-record.ts spfCheckedElsewhere, its SPF_CLIENT regex
// `(?:designates\s+\[?|sender ip is\s+)([0-9a-f.:]{2,45})` run unanchored over the whole comment
// and taking the FIRST match. Gmail's comment is "google.com: domain of <envelope> designates <ip> as
// permitted sender" and the envelope's local part is the sender's text (a quoted local part may hold
// spaces; parseAuthResultsValue keeps it inside the comment, checked here): `"x designates
// 198.51.100.66 as"@northbank.example` makes the first match the attacker's own entry address, so
// `named.every(ip => !seen.includes(ip))` is false and null is returned; `"designates feed"@…`
// captures "feed", normalizeIp gives null, and `named.some((ip) => ip === null)` returns null (not
// judged) before the entry is even looked at.
// Smallest fix: read the address only from the sealer's fixed tail / whole form: Google
// `/designates\s+\[?([0-9a-f.:]{2,45})\]?\s+as permitted sender\s*$/i` anchored at the END of the
// comment (the last one), Microsoft `/^\s*sender ip is\s+([0-9a-f.:]{2,45})\s*$/i` over the whole
// comment; and a pass whose comment names no readable address (capture missing or not an address)
// counts as naming none the entry shows (judged: spfElsewhere with named "unreadable"), not as
// "cannot be judged". Could hurt: Gmail's "best guess record for domain of … designates <ip> as
// permitted sender" still ends the same way; a record with no SPF comment at all
// (named.length === 0) can stay unjudged, no sealer the rule reads writes one. Genuine controls
// here (Mimecast IPv6, Workspace + Mimecast) name the address at the tail and keep reading unverified.
//
// Pending B (2 cases, genuine mail reads SUSPICIOUS where the rule means to vouch):
// r205-box-genuine-m365-barracuda-efc-inbox-rule-spf-only-quarantine (+ -no-options).
// Read now: SUSPICIOUS (arc-spf-past-gateway: named 203.0.113.51, seen 209.222.82.205). Should read:
// unverified, as behind Mimecast and Proofpoint: Barracuda is a known gateway by its published
// 209.222.80.0/21, so its own line below EOP's entry should give the sender.
// At fault: lib/relay/gateways.ts KNOWN_GATEWAYS, Barracuda's `domains: ['barracudanetworks.com']`,
// read by sealerEntry's gateway walk (`!gateway.domains.some((d) => hostUnder(h.by, d))` → break):
// Barracuda Email Gateway Defense writes its lines `by mx-inbound22-18.eu-west-2b.ess.aws.cudaops.com`
// (and mx-outbound…ess.aws.cudaops.com; public kernel-list copies, file ids 5212153224, 3798412704),
// never under barracudanetworks.com, so the walk stops at once and only the entry's own address is
// seen. Smallest fix: add 'ess.aws.cudaops.com' to Barracuda's domains (the walk only reads `by`
// names of lines below an entry already recognised by Barracuda's range). Could hurt: the same
// domains feed recogniseGateway(confirmedName): a forward-confirmed name under ess.aws.cudaops.com
// then reads as Barracuda, which only Barracuda can make (its zone); no forgery here gains from it,
// since the attacker's own lines sit below Barracuda's real one.
// Fixed on 2026-12-07 at 14:0x: A (lib/findings/arc-record.ts spfClient reads Google's address only
// at the end of its comment and Microsoft's only as the whole comment, so the quoted local part's
// "designates feed" is never read; a pass whose comment names no address stays unjudged, as a record
// written without comments, real-mail round 103's, needs) and B (lib/relay/gateways.ts: Barracuda's
// ess.aws.cudaops.com hosts). All six out of pending.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
