// Red-team round 202: the rules added at 11:00-11:15 on 2026-12-07, both directions.
// 1. lib/findings/arc-record.ts sealerRecord / sealerEntryIp / spfCheckedElsewhere (commit
//    a77ce399): a sealer's SPF pass naming another client than the one its lowest own Received line
//    took the message from vouches only by DKIM. The walk down from the ARC set trusts the NAMES in
//    lines below it: the `by` host of each line (a gateway writes its own line, and can write an
//    EOP- or mx.google.com-style one naming the bank's server), and the client's HELO (the entry's
//    client is "ours" when its HELO names an outlook.com / google.com host, so the walk gives up).
//    Attacks: the attacker's Microsoft 365 tenant (Enhanced Filtering skip-listing his gateway) and
//    Google Workspace ("inbound gateway"), as round 200, with (a) the gateway's HELO naming a
//    Microsoft / Google host, (b) the gateway's own Received line forged as the provider's entry from
//    the bank's server. Genuine: an SPF-only firm reaching a Microsoft 365 tenant and a Gmail
//    account over IPv6, forwarded to a Postfix box and to Yahoo.
// 2. lib/findings/hosted-server.ts receivedSpfPass (commit 49e0cbaa): one envelope-from= and one
//    client-ip= pair in the first 2000 characters of the box's Received-SPF. Attack: a HELO of
//    ~1950 characters starting `;envelope-from=bounce@groups.io;` pushes pypolicyd-spf's real
//    `envelope-from=` past the 2000-character read (Postfix takes command lines up to
//    line_length_limit, 2048). Genuine: Mail::SPF's (postfix-policyd-spf-perl's) flavour, whose
//    envelope-from is always quoted (`envelope-from="bounce@groups.io"`), which the new "plain
//    address" test refuses.
// Where the layouts were learnt:
// - EOP's entry line `from <HELO> (<ip>) by <frontend>.mail.protection.outlook.com (10.x) with
//   Microsoft SMTP Server … via Frontend Transport` (HELO printed as given, no reverse name), its
//   internal hops, its `mx.microsoft.com 1; spf=pass (sender ip is …)` ARC record (d=microsoft.com
//   s=arcselector10001), Gmail's `mx.google.com` entry and `designates <ip> as permitted sender`
//   record: as probe100.ts / probe200.ts cite them (Microsoft Learn "Configure trusted ARC
//   sealers", "Enhanced Filtering for Connectors"; public kernel-list raw copies).
// - Mail::SPF's Received-SPF (`pass (<domain>: <ip> is authorized to use '<env>' in 'mfrom'
//   identity (mechanism '…' matched)) receiver=<host>; identity=mailfrom; envelope-from="<env>";
//   helo=<helo>; client-ip=<ip>`): `find_string` "in 'mfrom' identity (mechanism" (code corpus):
//   OVH's in42.mail.ovh.net (file id 52319112243) and in79.mail.ovh.net (file id 3565229533),
//   Postmark's inbound (file id 24071872885), a postfix/policy-spf log (file id 11470662699),
//   SpamAssassin's SPF plugin comment (file id 180284037).
// - pypolicyd-spf's line, OpenDKIM / OpenDMARC rows, Postfix's `unknown` entry, groups.io's notice
//   (d=groups.io s=20140610, web01.groups.io [66.175.222.12]) and Linode's 172.105.0.0/16: as
//   probe201.ts cites them.
// NOT confirmed: that Postfix hands a ~1950-byte HELO to the policy service and prints it whole
// (line_length_limit 2048 admits the command; no length check without reject_invalid_helo_hostname).
// Names and addresses are documentation ones except Microsoft's, Google's, groups.io's and Linode's.
import type { CaseExpectation } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  emitCase,
  GMAIL_OUT,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import { keyZone } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { dovecotLmtp, yahooDelivery } from '../receivers';
import { bankNotice, probeCorpus } from '../rounds-kit';

const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];
const GENUINE: CaseExpectation = { verdict: ['unverified', 'authenticated'], notVerdict: ['spoofed'] };

// ---- The attacker's own tenant / workspace (as probe200) ----
const ATT_TENANT = 'fabrikam-billing.example';
const ATT_GW = { helo: 'gw.fabrikam-billing.example', ip: ATTACKER_IP };
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const EXO_HOP = `Received: from AM9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6950.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:30 +0000`;
const ZONE: Record<string, unknown> = {
  ...BANK,
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...M365_SPF_ZONE,
  ...ptr(EUR.ip, EUR.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  [ATT_TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com include:_spf.google.com -all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  ...keyZone(['arcselector10001._domainkey.microsoft.com', 'arc-20240605._domainkey.google.com']),
};
const SRS = `bounces+SRS=Qw20k=TT=northbank.example=security@${ATT_TENANT}`;
const EOP_BANK_PASS = `Authentication-Results: spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`;
const MS_BANK_RECORD =
  'mx.microsoft.com 1; spf=pass (sender ip is 192.0.2.10) smtp.rcpttodomain=reader.example smtp.mailfrom=northbank.example; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=northbank.example; dkim=none (message not signed); arc=none';
const GOOGLE_BANK_RECORD =
  'mx.google.com;\r\n       spf=pass (google.com: domain of security@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=security@northbank.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example';
/** The gateway's own line, as Postfix writes it, naming the bank's server as its client. */
const gwLine = (id: string) =>
  `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby ${ATT_GW.helo} (Postfix) with ESMTPS id ${id}\r\n\tfor <billing@${ATT_TENANT}>; Fri, 20 Nov 2026 09:58:30 +0000`;

/** The tenant's seal and its forward into the reader's Postfix box. */
async function tenantToBox(lines: string[], id: string): Promise<string> {
  const inTenant = onTop(bankNotice(`billing@${ATT_TENANT}`), EXO_HOP, EOP_BANK_PASS, ...lines);
  const sealed = await sealAs(inTenant, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: MS_BANK_RECORD,
  });
  return onTop(
    sealed,
    `Return-Path: <${SRS}>`,
    `Authentication-Results: ${RECEIVER}; dkim=none; arc=pass; spf=pass smtp.mailfrom=${ATT_TENANT}; dmarc=fail (p=reject dis=none) header.from=northbank.example`,
    received({ helo: EUR.helo, rdns: EUR.rdns, ip: EUR.ip, by: RECEIVER, id, for: 'robin@reader.example' }),
  );
}

/** The workspace's seal and its forward into the reader's Yahoo mailbox. */
async function workspaceToYahoo(lines: string[]): Promise<string> {
  const sealed = await sealAs(onTop(bankNotice(`billing@${ATT_TENANT}`), ...lines), {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: GOOGLE_BANK_RECORD,
  });
  return yahooDelivery(sealed, {
    relay: GMAIL_OUT,
    envelope: `billing+caf_=robin.reader=yahoo.com@${ATT_TENANT}`,
    results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=${ATT_TENANT};\r\n dmarc=fail(p=REJECT) header.from=northbank.example;`,
  });
}

const googleEntry = (helo: string, rdns: string, ip: string, id: string) =>
  `Received: from ${helo} (${rdns}. [${ip}])\r\n        by mx.google.com with ESMTPS id ${id}\r\n        for <billing@${ATT_TENANT}>; Fri, 20 Nov 2026 01:58:40 -0800 (PST)`;

// ---- Round 202's Postfix box (offline) and groups.io ----
const BOX = 'mail.reader.example';
const BTO = 'robin@reader.example';
const OFF_ARGS = ['--authserv-id', BOX, '--recipient-domain', 'reader.example'];
const GIO: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
const VM_IP = '172.105.74.202';
const ATT = 'vm202.attacker.example';

const notice = (n: string) =>
  signAll(
    submitted({
      from: 'Groups.io <noreply@groups.io>',
      to: BTO,
      subject: 'Your group harbour-sailing has been imported from Yahoo Groups',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<202.${n}.2020000000000000000@groups.io>`,
      body: 'Hi Robin,\r\n\r\nthe messages, files and photos of harbour-sailing have been imported.\r\n',
    }),
    [['groups.io', '20140610']],
  );

/** The box's delivery: OpenDMARC's and OpenDKIM's rows, the SPF line `spf` (already written), Postfix's `unknown` entry. */
function boxDelivery(raw: string, o: { helo: string; ip: string; envelope: string; spf: string; n: string }) {
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    `Delivered-To: ${BTO}`,
    dovecotLmtp(BOX, o.envelope, BTO, `kB202${o.n}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:04 +0000'),
    `Authentication-Results: ${BOX}; dmarc=pass (p=none dis=none) header.from=groups.io`,
    `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=groups.io header.i=@groups.io header.a=rsa-sha256 header.s=20140610 header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    `Received-SPF: ${o.spf}`,
    `Received: from ${o.helo} (unknown [${o.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw202${o.n}a2\r\n\tfor <${BTO}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}
const pySpf = (ip: string, helo: string, envelope: string) =>
  `Pass (mailfrom) identity=mailfrom; client-ip=${ip};\r\n helo=${helo}; envelope-from=${envelope}; receiver=<UNKNOWN>`;
const perlSpf = (domain: string, ip: string, helo: string, envelope: string) =>
  `pass (${domain}: ${ip} is authorized to use '${envelope}' in 'mfrom' identity (mechanism 'ip4:${ip}' matched))\r\n receiver=${BOX}; identity=mailfrom; envelope-from="${envelope}"; helo=${helo}; client-ip=${ip}`;

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? ZONE });

  // ---- 1a. Tenant's gateway says HELO as an Exchange Online outbound host ----
  emit({
    name: 'r202-box-m365-tenant-gateway-helo-names-outlook-host-seal-bank-pass',
    class: 'arc-forwarder',
    about: `Attack: round 200's forgery through the attacker's own Microsoft 365 tenant (${ATT_TENANT}), his gateway ${ATT_GW.ip} skip-listed by Enhanced Filtering and writing a Received line that names the bank's 192.0.2.10; EOP records spf/dmarc pass for the bank, seals i=1 as microsoft.com, a transport rule forwards to the reader's Postfix box. This time the gateway says HELO ${EUR.helo}, so EOP's entry reads "from ${EUR.helo} (${ATT_GW.ip})": the lowest line's client looks like Microsoft's own host and the walk gives up (null) instead of naming ${ATT_GW.ip}. Wanted: not trusted, as round 200's case.`,
    eml: await tenantToBox(
      [eopEntry(EUR.helo, ATT_GW.ip, 'DB5PEPF00014B95'), gwLine('4Zr202g01')],
      '4Zr202e1',
    ),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
  });

  // ---- 1b. Tenant's gateway writes its own line as an EOP frontend's entry from the bank ----
  emit({
    name: 'r202-box-m365-tenant-gateway-forges-eop-entry-line-seal-bank-pass',
    class: 'arc-forwarder',
    about: `Attack: the same tenant forward, but the gateway (${ATT_GW.helo}, ${ATT_GW.ip}) writes its own line below EOP's real entry in EOP's layout: "from mail.northbank.example (192.0.2.10) by DB5PEPF00014B96.mail.protection.outlook.com … via Frontend Transport". Walking down from the seal through lines "by" outlook.com hosts, the walk passes EOP's real entry (from ${ATT_GW.ip}) and stops at the forged one, whose client is the address the SPF pass names. Wanted: not trusted.`,
    eml: await tenantToBox(
      [
        eopEntry(ATT_GW.helo, ATT_GW.ip, 'DB5PEPF00014B95'),
        eopEntry('mail.northbank.example', '192.0.2.10', 'DB5PEPF00014B96'),
      ],
      '4Zr202e2',
    ),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
  });

  // ---- 1c. Workspace's inbound gateway says HELO as Gmail's outbound host ----
  emit({
    name: 'r202-yahoo-workspace-gateway-helo-names-google-host-seal-bank-pass',
    class: 'arc-forwarder',
    about: `Attack: round 200's Google Workspace variant (the attacker's own server set as the workspace's "inbound gateway", Gmail checking SPF at the bank's 192.0.2.10 his line names, sealing i=1 as google.com, forwarding to the reader's Yahoo mailbox), the gateway saying HELO ${GMAIL_OUT.helo}: Google's entry "from ${GMAIL_OUT.helo} (mail.attacker.example. [${ATT_GW.ip}])" has a client HELO under google.com, so the walk gives up. Wanted: not trusted.`,
    eml: await workspaceToYahoo([
      googleEntry(GMAIL_OUT.helo, 'mail.attacker.example', ATT_GW.ip, 'a202si1qtb.10'),
      gwLine('4Zr202g03'),
    ]),
    args: YAHOO_ARGS,
    expect: NOT_TRUSTED,
  });

  // ---- 1d. Workspace's gateway writes its own line as mx.google.com's entry from the bank ----
  emit({
    name: 'r202-yahoo-workspace-gateway-forges-mx-google-entry-seal-bank-pass',
    class: 'arc-forwarder',
    about: `Attack: the Workspace forward, the gateway writing its own line in Gmail's layout below Google's real entry: "from mail.northbank.example (mail.northbank.example. [192.0.2.10]) by mx.google.com with ESMTPS". The walk takes every line "by" a google.com host, stops at the forged one, and finds the client the SPF pass names. Wanted: not trusted.`,
    eml: await workspaceToYahoo([
      googleEntry(ATT_GW.helo, ATT_GW.helo, ATT_GW.ip, 'a202si2qtb.10'),
      googleEntry('mail.northbank.example', 'mail.northbank.example', '192.0.2.10', 'a202si3qtb.10'),
    ]),
    args: YAHOO_ARGS,
    expect: NOT_TRUSTED,
  });

  // ---- 1e. Genuine: an SPF-only firm over IPv6 into a Microsoft 365 tenant, forwarded to a box ----
  const firm = 'calder-joinery.example';
  const FIRM6 = '2001:db8:4::25';
  const firmZone = {
    ...ZONE,
    [firm]: { TXT: [`v=spf1 ip6:${FIRM6} ip4:203.0.113.25 -all`] },
    [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  };
  const quote = (n: string, to: string) =>
    submitted({
      from: `Calder Joinery <office@${firm}>`,
      to,
      subject: `Quote 2026-${n} for the kitchen units`,
      messageId: `<quote-2026-${n}@mail.${firm}>`,
      body: 'Dear Robin,\r\n\r\nthe quote for the kitchen units is EUR 4,180.00 including fitting.\r\n\r\nCalder Joinery\r\n',
    });
  {
    const tenant = 'harbour-works.example';
    const inTenant = onTop(
      quote('202a', `robin@${tenant}`),
      EXO_HOP,
      `Authentication-Results: spf=pass (sender IP is ${FIRM6})\r\n smtp.mailfrom=${firm}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${firm};compauth=pass reason=100`,
      eopEntry(`mail.${firm}`, FIRM6, 'DB5PEPF00014B97'),
    );
    const sealed = await sealAs(inTenant, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${FIRM6}) smtp.rcpttodomain=reader.example smtp.mailfrom=${firm}; dmarc=pass (p=quarantine sp=quarantine pct=100) action=none header.from=${firm}; dkim=none (message not signed); arc=none`,
    });
    const srs = `bounces+SRS=Hk2p=TT=${firm}=office@${tenant}`;
    emit({
      name: 'r202-box-genuine-m365-forward-of-spf-only-firm-over-ipv6',
      class: 'arc-forwarder',
      about: `Genuine control: a joinery's unsigned quote (p=quarantine) reaches the reader's Microsoft 365 work mailbox over IPv6 (${FIRM6}); EOP records the SPF pass ("sender ip is ${FIRM6}"), seals i=1 as microsoft.com, and the reader's forwarding rule sends it to his Postfix box, which records dmarc=fail for the firm (SRS envelope). EOP's entry line names the same address. Wanted: unverified (forwarded-trusted) or authenticated, never spoofed.`,
      eml: onTop(
        sealed,
        `Return-Path: <${srs}>`,
        `Authentication-Results: ${RECEIVER}; dkim=none; arc=pass; spf=pass smtp.mailfrom=${tenant}; dmarc=fail (p=quarantine dis=none) header.from=${firm}`,
        received({ helo: EUR.helo, rdns: EUR.rdns, ip: EUR.ip, by: RECEIVER, id: '4Zr202e5', for: BTO }),
      ),
      args: BOX_ARGS,
      zone: {
        ...firmZone,
        [tenant]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      },
      expect: GENUINE,
    });
  }

  // ---- 1f. Genuine: the same firm over IPv6 to a personal Gmail account forwarding to Yahoo ----
  {
    const sealed = await sealAs(
      onTop(
        quote('202b', 'sam.r202@gmail.com'),
        `Received: from mail.${firm} (mail.${firm}. [${FIRM6}])\r\n        by mx.google.com with ESMTPS id a202si6qtb.11\r\n        for <sam.r202@gmail.com>; Fri, 20 Nov 2026 01:58:40 -0800 (PST)`,
      ),
      {
        domain: 'google.com',
        selector: 'arc-20240605',
        cv: 'none',
        authResults: `mx.google.com;\r\n       spf=pass (google.com: domain of office@${firm} designates ${FIRM6} as permitted sender) smtp.mailfrom=office@${firm};\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${firm}`,
      },
    );
    emit({
      name: 'r202-yahoo-genuine-gmail-forward-of-spf-only-firm-over-ipv6',
      class: 'arc-forwarder',
      about: `Genuine control: the joinery's unsigned quote reaches a personal Gmail account over IPv6 (${FIRM6}) and is forwarded to Yahoo; Google's record says "designates ${FIRM6}", its own entry line took it from [${FIRM6}]. Wanted: unverified or authenticated, never spoofed.`,
      eml: yahooDelivery(sealed, {
        relay: GMAIL_OUT,
        envelope: 'sam.r202+caf_=robin.reader=yahoo.com@gmail.com',
        results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=gmail.com;\r\n dmarc=fail(p=QUARANTINE) header.from=${firm};`,
      }),
      args: YAHOO_ARGS,
      zone: firmZone,
      expect: GENUINE,
    });
  }

  // ---- 1g. Genuine: the firm's own server on an Azure VM (a Microsoft address) into a tenant, forwarded ----
  {
    const tenant = 'harbour-works.example';
    const AZ = '20.76.201.14';
    const inTenant = onTop(
      quote('202c', `robin@${tenant}`),
      EXO_HOP,
      `Authentication-Results: spf=pass (sender IP is ${AZ})\r\n smtp.mailfrom=${firm}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${firm};compauth=pass reason=100`,
      eopEntry(`mail.${firm}`, AZ, 'DB5PEPF00014B98'),
      `Received: from [10.0.0.5] (unknown [10.0.0.5])\r\n\tby mail.${firm} (Postfix) with ESMTPSA id 4Zr202az1\r\n\tfor <robin@${tenant}>; Fri, 20 Nov 2026 09:58:20 +0000`,
    );
    const sealed = await sealAs(inTenant, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${AZ}) smtp.rcpttodomain=reader.example smtp.mailfrom=${firm}; dmarc=pass (p=quarantine sp=quarantine pct=100) action=none header.from=${firm}; dkim=none (message not signed); arc=none`,
    });
    const srs = `bounces+SRS=Hk2q=TT=${firm}=office@${tenant}`;
    emit({
      name: 'r202-box-genuine-m365-forward-of-spf-only-firm-on-azure-vm',
      class: 'arc-forwarder',
      about: `Genuine control for a fix that walks by address: the joinery's own Postfix runs on an Azure VM (${AZ}, Microsoft's network, its SPF naming it); its unsigned quote reaches the reader's Microsoft 365 mailbox, EOP records the SPF pass at ${AZ}, seals i=1, and the reader's rule forwards it to his Postfix box. EOP's entry took it from ${AZ}: the entry must not be skipped as "a Microsoft host" because the address is Microsoft's. Wanted: unverified or authenticated, never spoofed.`,
      eml: onTop(
        sealed,
        `Return-Path: <${srs}>`,
        `Authentication-Results: ${RECEIVER}; dkim=none; arc=pass; spf=pass smtp.mailfrom=${tenant}; dmarc=fail (p=quarantine dis=none) header.from=${firm}`,
        received({ helo: EUR.helo, rdns: EUR.rdns, ip: EUR.ip, by: RECEIVER, id: '4Zr202e7', for: BTO }),
      ),
      args: BOX_ARGS,
      zone: {
        ...firmZone,
        [firm]: { TXT: [`v=spf1 ip4:${AZ} -all`] },
        [tenant]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      },
      expect: GENUINE,
    });
  }

  const offline = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ---- 2a. A Linode VM's long HELO pushes pypolicyd-spf's real envelope-from past the read ----
  {
    const helo = `;envelope-from=bounce@groups.io;${'x'.repeat(1950)}`;
    offline({
      name: 'r202-box-linode-vm-replays-groupsio-long-helo-pushes-envelope-past-read-offline',
      class: 'replay-list-host',
      about: `Attack: a Linode VM (${VM_IP}, no confirmed reverse name: Postfix prints "unknown") replays groups.io's signed notice with a lure Subject on top, saying a HELO of ~1980 characters that starts ";envelope-from=bounce@groups.io;" (Postfix takes command lines up to 2048). pypolicyd-spf writes "client-ip=…; helo=;envelope-from=bounce@groups.io;xxxx…; envelope-from=bounce@${ATT}", the real pair beyond the 2000 characters receivedSpfPass reads, so it sees one envelope-from= pair, after a ";", a plain address under groups.io. Offline. Wanted: not trusted (as round 201's control).`,
      eml: boxDelivery(
        onTop(await notice('a1'), 'Subject: Payment failed: renew your groups.io Premium group today'),
        { helo, ip: VM_IP, envelope: `bounce@${ATT}`, spf: pySpf(VM_IP, helo, `bounce@${ATT}`), n: 'a1' },
      ),
      args: OFF_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ---- 2b. Genuine: groups.io's notice, Mail::SPF's Received-SPF (quoted envelope-from) ----
  {
    const env = 'bounce+202g+robin=reader.example@groups.io';
    offline({
      name: 'r202-box-genuine-groupsio-notice-unknown-rdns-perl-received-spf-offline',
      class: 'list-host',
      about: `Genuine: groups.io's notice from its own server ${GIO.helo} [${GIO.ip}] to a box running postfix-policyd-spf-perl (Mail::SPF's header: "pass (groups.io: ${GIO.ip} is authorized to use '${env}' in 'mfrom' identity …) receiver=…; identity=mailfrom; envelope-from=\\"${env}\\"; helo=…; client-ip=…"), its PTR lookup timed out so Postfix printed "unknown"; OpenDKIM dkim=pass d=groups.io, OpenDMARC dmarc=pass. Offline. Wanted: authenticated or unverified, never a warning, as round 201's pypolicyd-spf twin.`,
      eml: boxDelivery(await notice('g1'), {
        helo: GIO.helo,
        ip: GIO.ip,
        envelope: env,
        spf: perlSpf('groups.io', GIO.ip, GIO.helo, env),
        n: 'g1',
      }),
      args: OFF_ARGS,
      expect: { verdict: ['authenticated', 'unverified'], notVerdict: ['suspicious', 'spoofed'] },
    });
  }
}

// What reads right today (ALL=1 pend.ts, 2026-12-07): the SPF-only firm forwarded over IPv6 by a
// Microsoft 365 mailbox into a box and by Gmail into Yahoo, and from its own Azure VM through
// Microsoft 365 into a box: unverified (forwarded-trusted); the Linode VM whose ~1980-character HELO
// starts ";envelope-from=bounce@groups.io;" (pushing pypolicyd-spf's real pair past the 2000
// characters read): suspicious (hosted-server-relay medium). Checked by varying the case locally: a
// HELO holding ";" keeps the box's line from counting even where its envelope-from truly is
// groups.io's (HELO ";x"), and a 1991-character HELO of plain letters before a real groups.io pass
// still reads authenticated, so the 2000-character cut is not where the read ends for this path;
// without ";" the injected key follows "helo=" and the key-at-pair-start test refuses it (code).
//
// Pending A (4 cases): r202-box-m365-tenant-gateway-helo-names-outlook-host-seal-bank-pass,
// r202-box-m365-tenant-gateway-forges-eop-entry-line-seal-bank-pass,
// r202-yahoo-workspace-gateway-helo-names-google-host-seal-bank-pass,
// r202-yahoo-workspace-gateway-forges-mx-google-entry-seal-bank-pass.
// Read now: UNVERIFIED (dmarc-fail high, arc-forwarded low: "the forwarder, whose record is
// trusted, saw it pass for northbank.example"), as round 200's cases did before a77ce399; round
// 200's own two cases read spoofed. Should read: spoofed / suspicious (arc-forwarder-no-pass).
// At fault: lib/findings/arc-record.ts sealerEntryIp. It finds the sealer's entry by NAMES the
// client writes: (1) it walks down while a line's `by` is a host of the sealer's organisation, but
// the attacker's gateway writes the line below the real entry and can write it in EOP's or
// mx.google.com's layout ("from mail.northbank.example (192.0.2.10) by DB5PEPF….mail.protection.
// outlook.com"), so the walk passes the real entry and ends on the forged one, whose client is the
// address the SPF pass names; (2) it gives up (null: not judged, the SPF pass stands) when the
// lowest line's client HELO is under the sealer's organisation, and EOP and Gmail print the
// client's HELO as given ("from EUR02-DB5-obe.outbound.protection.outlook.com (198.51.100.66)").
// Smallest fix (sealerEntryIp): decide by address, top down, and stop at the first line taken
// from outside: walk from the set while the line is `by` a sealer host AND its client address is
// private / link-local or inside the sealer's MAIL ranges (EOP: 40.92.0.0/15, 40.107.0.0/16,
// 52.100.0.0/14, 104.47.0.0/17, 2a01:111:f400::/48, 2a01:111:f403::/48 and Exchange Online's
// internal 2603:10xx: space; Google: its _netblocks mail ranges), and take the first line whose
// client address is outside them as the entry, whatever its HELO says; never walk below it (what
// lies there is the client's text). Drop the `ours(entry.helo)` / `ours(entry.rdns)` give-up.
// Could hurt: a firm's own server on Azure or Google Cloud (a Microsoft / Google address but not a
// mail range: r202-box-genuine-m365-forward-of-spf-only-firm-on-azure-vm guards it, hence mail
// ranges, not the ASN); Microsoft 365 to Microsoft 365 and Gmail to Workspace forwards, whose
// entry's client IS a mail range (the walk then goes on to the sending tenant's hops and stops at
// a line not `by` a sealer host, the last one walked being the entry, as today).
//
// Pending B (1 case): r202-box-genuine-groupsio-notice-unknown-rdns-perl-received-spf-offline.
// Read now: SUSPICIOUS (hosted-server-relay medium: "sent from a rented server on Akamai Cloud
// (Linode) (66.175.222.12)"). Should read: authenticated, as round 201's pypolicyd-spf twin.
// At fault: lib/findings/hosted-server.ts receivedSpfPass, the "plain address" test
// `^<?(local@domain)>?$`: Mail::SPF's header (postfix-policyd-spf-perl, OVH's in*.mail.ovh.net,
// Postmark's inbound, SpamAssassin's own comment) always quotes the whole envelope,
// `envelope-from="bounce+…@groups.io"`, so a genuine pass is refused. Smallest fix: accept one
// optional pair of double quotes around the whole value too (`^"?<?(…)>?"?$`, the inner address
// still the plain pattern, so no `"` or `;` inside). Could hurt: none seen: round 201's quoted
// LOCAL part (`"bounce@groups.io;"@vm…`) still fails the inner pattern (its `;`, its inner quote).
// Lead, 2026-12-07 11:3x: B fixed (lib/findings/hosted-server.ts receivedSpfPass takes Mail::SPF's
// quoted `envelope-from="…"`). A's rule was reverted (probe200's note: genuine forwards behind real
// gateways read spoofed); the four stay pending as round 200's do, with the fix they need: walk by
// the sealers' own mail ranges and the known gateways below them, never by host names.
// Fixed on 2026-12-07 at 13:3x (lib/findings/arc-record.ts sealerEntry / spfCheckedElsewhere, new
// finding arc-spf-past-gateway): the sealer's entry is found by addresses and the `by` names of
// lines it wrote (Exchange Online's walk, Gmail's internal lines), never by a client's HELO; a
// well-known gateway at the entry (Mimecast's, Proofpoint's networks) adds the sender its own lines
// below name. A pass resting only on SPF at another address reads suspicious, never spoofed.
// Out of pending: r202-box-m365-tenant-gateway-helo-names-outlook-host-seal-bank-pass,
//   r202-box-m365-tenant-gateway-forges-eop-entry-line-seal-bank-pass,
//   r202-yahoo-workspace-gateway-helo-names-google-host-seal-bank-pass,
//   r202-yahoo-workspace-gateway-forges-mx-google-entry-seal-bank-pass.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
