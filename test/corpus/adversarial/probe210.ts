// Red-team round 210: the rules added in the 13:00–15:10 session of 2026-12-07, both directions.
// 1. lib/findings/arc-record.ts `arc-spf-past-gateway` (sealerRecord / spfCheckedElsewhere /
//    sealerEntry / spfClient): a Microsoft 365 or Google seal whose pass for the From rests on SPF
//    alone, at an address neither its entry line nor a known gateway's lines below show. Bends:
//    (a) a null envelope (MAIL FROM:<>): the sealer then checks SPF for the HELO and writes
//    `smtp.helo=`, not `smtp.mailfrom=`, while its DMARC pass still rests on that SPF check;
//    spfCheckedElsewhere only looks at SPF passes with an `smtp.mailfrom` of the From's
//    organisation, and with none there "nothing is judged"; (b) a quoted local part with a
//    parenthesis inside Gmail's SPF comment (the comment's end moves, and with it the address);
//    (c) several ARC sets: the attacker's own Workspace sealing, then his own Microsoft 365 tenant,
//    and the other way round; (d) IPv6 at both ends.
// 2. lib/findings/reply-to.ts organisationOnBehalf / firmsDomain: Entra B2B invitations whose
//    "on behalf of" organisation is the attacker's tenant named after a brand, with its own domain
//    spelled as that name (a legal form added, or the From's own brand); and genuine invitations from
//    firms whose domain spells their name otherwise ("GmbH & Co. KG", "& Sons" as "andsons", a Danish
//    "ø" as "o").
// 3. Shared platforms (lib/findings/auth-state.ts SHARED_PLATFORMS, lib/relay/providers-esp.ts Tuta
//    AS 210909): another Tuta account writing as a Tuta-hosted firm, offline in Yahoo and online
//    through Tuta's older forward-confirmed w2 relay; another Migadu account (AS 202172) writing as a
//    firm whose record copies Migadu's network instead of its include.
// 4. lib/findings/hosted-server.ts LIST_HOSTS (apache.org) / listServerOwner: a Hetzner server
//    beside the ASF's, its reverse name set to mxout3-he-de.apache.org (not forward-confirmed),
//    replaying the bank's signed notice with ezmlm's rows, online and offline. (Replays through the
//    ASF's real lists were attacked by round 206 group 3; lists.sr.ht runs on sourcehut's own
//    hardware, AS17185, so listServerOwner never decides for it: not repeated here.)
//
// Where the layouts were learnt:
// - EOP's entry / results / `mx.microsoft.com 1; spf=pass (sender ip is …)` record and Gmail's
//   mx.google.com entry and `domain of … designates <ip> as permitted sender` record: probe205.ts
//   (its helpers are copied here), m365-shapes.ts eopEntry, receivers.ts.
// - A null envelope's record: Gmail writes `spf=pass (google.com: best guess record for domain of
//   postmaster@<helo> designates <ip> as permitted sender) smtp.helo=<helo>;` in its
//   ARC-Authentication-Results, beside `dmarc=pass … header.from=…` (find_string "smtp.helo=",
//   public raw copies, file ids 3068285766 and 28301224282); Microsoft's Authentication-Results
//   writes `spf=temperror (sender IP is 1.1.1.1) smtp.helo=tes.test.ru;` for one (MimeKit's
//   Office 365 parser test, file id 4607596801). NOT confirmed: that Exchange Online's Enhanced
//   Filtering or a Workspace inbound gateway, skipping to the line below, takes that line's HELO
//   for a null envelope's SPF check (both say they take the "original sender IP"), nor that
//   Microsoft's ARC record then carries `smtp.helo=` (modelled on its Authentication-Results).
// - A quoted local part echoed into Gmail's comment: probe205.ts (find_string `(google.com:
//   domain of "`, file ids 70799331086, 61456289338); one holding a parenthesis (`"a); dmarc=pass;
//   x"`) is a known parser-test vector (find_string "smtp.helo=", file id 60476382456). NOT
//   confirmed that Gmail accepts such a MAIL FROM and prints it raw.
// - Entra B2B invitation: realworld193.ts section 1 and probe206.ts group 2 (From "Microsoft
//   Invitations on behalf of <tenant>" <invites@microsoft.com>, Reply-To the inviter, signed
//   d=microsoft.com, from Exchange Online). A tenant's display name is free text its admin types.
// - The ASF's ezmlm rows and mxout1-he-de.apache.org [95.216.194.37] on Hetzner, apache.org's SPF:
//   realworld194.ts and probe206.ts group 3 as they cite them. NOT confirmed: that 95.216.194.99 is
//   rentable (a Hetzner address beside the ASF's, standing for any in that network).
// - Tuta: mail.w13.tutanota.de [185.205.69.213] (AS 210909) and w1-w4.tutanota.de [81.3.6.162-165]
//   (kyberio, AS 24679), include:spf.tutanota.de: probe204.ts and realworld197.ts as they cite them.
// - Migadu: out-172.mta0.migadu.com [91.218.175.172] (AS 202172): probe204.ts / probe206.ts.
// Names and addresses are documentation ones except Microsoft's, Google's, Tuta's, Migadu's and the
// ASF's hosts and the Hetzner neighbour.
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
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
} from '../kit';
import { keyZone } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';
import { bankNotice, probeCorpus } from '../rounds-kit';

const P = 'r210-';
const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
/** Genuine SPF-only mail whose forwarder's entry we can vouch for: the forward's excuse. */
const GENUINE: CaseExpectation = { verdict: ['unverified', 'authenticated'], notVerdict: ['spoofed'] };

const ATT_WS = 'fabrikam-billing.example';
const ATT_TENANT = 'fabrikam-ops.example';
const BANK_IP = '192.0.2.10';
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
  [ATT_WS]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [ATT_TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'mail.northbank.example': { TXT: [`v=spf1 ip4:${BANK_IP} -all`] },
  ...keyZone(['arcselector10001._domainkey.microsoft.com', 'arc-20240605._domainkey.google.com']),
};

// ---- The sealers' sides (probe205.ts's helpers, with the SPF identity and cv open) ----

/** A line by the attacker's own Postfix naming `client` (HELO and reverse name) at `ip`. */
const postfixLine = (client: string, ip: string, by: string, id: string, rcpt: string) =>
  `Received: from ${client} (${client} [${ip.includes(':') ? `IPv6:${ip}` : ip}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 09:58:19 +0000`;

interface ExoSeal {
  entry: { helo: string; ip: string };
  frontend: string;
  spfIp: string;
  /** The SPF identity as EOP writes it: `smtp.mailfrom=<domain>` or `smtp.helo=<name>`. */
  ident: string;
  from: string;
  policy: string;
  dmarc?: string;
  arc?: string;
  cv?: 'none' | 'pass';
  instanceNote?: string;
}

/** Exchange Online took `raw` at its entry from `entry`, checked SPF at `spfIp`, sealed the next set. */
async function exoSeal(raw: string, o: ExoSeal): Promise<string> {
  const dmarc = o.dmarc ?? 'pass';
  const inTenant = onTop(
    raw,
    EXO_HOP,
    `Authentication-Results: spf=pass (sender IP is ${o.spfIp})\r\n ${o.ident}; dkim=none (message not signed)\r\n header.d=none;dmarc=${dmarc} action=none\r\n header.from=${o.from};compauth=pass reason=${o.arc ? '130' : '100'}`,
    eopEntry(o.entry.helo, o.entry.ip, o.frontend),
  );
  return sealAs(inTenant, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: o.cv ?? 'none',
    authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${o.spfIp}) smtp.rcpttodomain=reader.example ${o.ident}; dmarc=${dmarc} (p=${o.policy} sp=${o.policy} pct=100) action=none header.from=${o.from}; dkim=none (message not signed); arc=${o.arc ?? 'none'}`,
  });
}

/** The tenant's forward (SRS envelope, EUR02 outbound) into the reader's Postfix box. */
const toBox = (sealed: string, tenant: string, from: string, policy: string, id: string) =>
  onTop(
    sealed,
    `Return-Path: <bounces+SRS=Qw210=TT=${from}=office@${tenant}>`,
    `Authentication-Results: ${RECEIVER}; dkim=none; arc=pass; spf=pass smtp.mailfrom=${tenant}; dmarc=fail (p=${policy} dis=none) header.from=${from}`,
    `Received: from ${EUR.helo} (${EUR.rdns} [${EUR.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );

/** Google's entry line: it took the message from `helo` / `rdns` at `ip`. */
const googleEntry = (helo: string, rdns: string, ip: string, id: string, rcpt: string) =>
  `Received: from ${helo} (${rdns}. [${ip}])\r\n        by mx.google.com with ESMTPS id ${id}\r\n        for <${rcpt}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:58:40 -0800 (PST)`;

/** Google sealed the next set with `results` at receipt; the user's forwarding (+caf_=) hands it on. */
async function googleSeal(
  raw: string,
  results: string,
  user: string,
  to: string,
  cv: 'none' | 'pass' = 'none',
): Promise<string> {
  const sealed = await sealAs(onTop(raw, `Authentication-Results: mx.google.com;\r\n       ${results}`), {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv,
    authResults: `mx.google.com;\r\n       ${results}`,
  });
  return onTop(
    sealed,
    `X-Forwarded-To: ${to}`,
    `X-Forwarded-For: ${user} ${to}`,
    `Delivered-To: ${user}`,
    'Received: by 2002:a05:6a10:b210:b0:2f5:4321:8765 with SMTP id w210csp4pxa;\r\n        Fri, 20 Nov 2026 01:58:41 -0800 (PST)',
  );
}

const bankDmarc = gmailDmarc('northbank.example', 'REJECT');

/** Gmail forwarding of the workspace into the reader's Yahoo mailbox. */
const wsToYahoo = (sealed: string, user: string, from = 'northbank.example', policy = 'REJECT') =>
  yahooDelivery(sealed, {
    relay: GMAIL_OUT,
    envelope: `${user.replace('@', '+caf_=robin.reader=yahoo.com@')}`,
    results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=${user.split('@')[1]};\r\n dmarc=fail(p=${policy}) header.from=${from};`,
  });

/** The attacker's Workspace inbound gateway (his server) naming the bank's address below Gmail's entry. */
const wsOwnGateway = (raw: string, envelope: string, rcpt: string, id: string, gwIp = ATTACKER_IP) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    googleEntry('gw.fabrikam-billing.example', 'gw.fabrikam-billing.example', gwIp, id, rcpt),
    postfixLine(
      'mail.northbank.example',
      BANK_IP,
      'gw.fabrikam-billing.example',
      `4Zr210${id.slice(4, 8)}`,
      rcpt,
    ),
  );

// ---- Genuine SPF-only firms ----
interface Firm {
  domain: string;
  ip: string;
  policy: 'none' | 'quarantine' | 'reject';
}
const firmZone = (f: Firm): Record<string, unknown> => ({
  ...ptr(f.ip, `mail.${f.domain}`),
  [f.domain]: { TXT: [`v=spf1 ${f.ip.includes(':') ? 'ip6' : 'ip4'}:${f.ip} -all`] },
  [`mail.${f.domain}`]: { TXT: [`v=spf1 ${f.ip.includes(':') ? 'ip6' : 'ip4'}:${f.ip} -all`] },
  [`_dmarc.${f.domain}`]: { TXT: [`v=DMARC1; p=${f.policy}`] },
});
const firmMail = (f: Firm, to: string, subject: string, from = `Office <office@${f.domain}>`) =>
  submitted({
    from,
    to,
    subject,
    messageId: `<${subject.length}.r210@mail.${f.domain}>`,
    body: `Hello,\r\n\r\n${subject} - details as agreed on the phone.\r\n\r\nRegards\r\n`,
  });
const TENANT = 'contoso-legal.example';
const tenantZone = { [TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] } };
const WORKSPACE = 'arden-design.example';
const wsZone = { [WORKSPACE]: { TXT: ['v=spf1 include:_spf.google.com ~all'] } };

// ==== 1. ARC: arc-spf-past-gateway ====
async function group1(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? ZONE });
  const ws = `billing@${ATT_WS}`;
  const rcpt = `billing@${ATT_TENANT}`;

  // 1a. Own tenant, own gateway skip-listed, null envelope: SPF for the bank's HELO name.
  {
    const raw = onTop(
      bankNotice(rcpt),
      postfixLine('mail.northbank.example', BANK_IP, 'gw.fabrikam-ops.example', '4Zr210g01', rcpt),
    );
    const sealed = await exoSeal(raw, {
      entry: { helo: 'gw.fabrikam-ops.example', ip: ATTACKER_IP },
      frontend: 'DB5PEPF00014B95',
      spfIp: BANK_IP,
      ident: 'smtp.helo=mail.northbank.example',
      from: 'northbank.example',
      policy: 'reject',
    });
    emit({
      name: `${P}box-m365-own-tenant-null-envelope-spf-helo-names-bank-address`,
      class: 'arc-forwarder',
      about: `Attack: round 200's tenant forgery with a null envelope (MAIL FROM:<>). The attacker's tenant ${ATT_TENANT} skip-lists his own gateway ${ATTACKER_IP} (Enhanced Filtering); his gateway's line below names HELO mail.northbank.example at the bank's ${BANK_IP}. EOP checks SPF for the HELO identity there, records "spf=pass (sender ip is ${BANK_IP}) smtp.helo=mail.northbank.example; dmarc=pass header.from=northbank.example", seals i=1 and forwards to the reader's box (dmarc=fail, arc=pass). The pass rests on SPF alone at an address the entry line does not show. Wanted: not trusted (suspicious, arc-spf-past-gateway), as the same forgery with the bank's envelope reads.`,
      eml: toBox(sealed, ATT_TENANT, 'northbank.example', 'reject', '4Zr210b01'),
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // 1b. Own Workspace, own inbound gateway, null envelope: Gmail's `smtp.helo=` record.
  {
    const raw = wsOwnGateway(bankNotice(ws), '', ws, 'a210si2qtb.10');
    const sealed = await googleSeal(
      raw,
      `spf=pass (google.com: domain of postmaster@mail.northbank.example designates ${BANK_IP} as permitted sender) smtp.helo=mail.northbank.example;\r\n       ${bankDmarc}`,
      ws,
      'robin.reader@yahoo.com',
    );
    emit({
      name: `${P}yahoo-ws-own-gateway-null-envelope-spf-helo-names-bank-address`,
      class: 'arc-forwarder',
      about: `Attack: round 200's Workspace forgery with a null envelope: the attacker's own server ${ATTACKER_IP} is his workspace's inbound gateway; its line names HELO mail.northbank.example at ${BANK_IP}. Gmail checks SPF for postmaster@mail.northbank.example there and writes "spf=pass (google.com: domain of postmaster@mail.northbank.example designates ${BANK_IP} as permitted sender) smtp.helo=mail.northbank.example; dmarc=pass", seals i=1 as google.com and forwards to Yahoo. Wanted: not trusted.`,
      eml: wsToYahoo(sealed, ws),
      args: YAHOO_ARGS,
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // 1c/1d. Quoted local parts holding a parenthesis, echoed inside Gmail's SPF comment.
  for (const v of [
    { slug: 'open-paren', env: '"a(b"@northbank.example' },
    { slug: 'close-paren-semicolon', env: '"a);b"@northbank.example' },
  ]) {
    const raw = wsOwnGateway(bankNotice(ws), v.env, ws, `a210si${v.slug.length}qtb.10`);
    const sealed = await googleSeal(
      raw,
      `${gmailSpf(v.env, BANK_IP)}\r\n       ${bankDmarc}`,
      ws,
      'robin.reader@yahoo.com',
    );
    emit({
      name: `${P}yahoo-ws-own-gateway-quoted-localpart-${v.slug}`,
      class: 'arc-forwarder',
      about: `Attack: the Workspace forgery (own inbound gateway ${ATTACKER_IP}, its line naming ${BANK_IP}) with the envelope ${v.env}: Gmail echoes it into its comment "google.com: domain of ${v.env} designates ${BANK_IP} as permitted sender" and into smtp.mailfrom. A parenthesis inside the quoted local part may end or nest the comment early, so that the SPF result names no address (spfClient) or no envelope (smtp.mailfrom), and the rule judges nothing. Wanted: not trusted.`,
      eml: wsToYahoo(sealed, ws),
      args: YAHOO_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // 1e. Several sets: his Workspace (i=1, past its own gateway), then his tenant (i=2), into a box.
  {
    const opsUser = `ops@${ATT_TENANT}`;
    const raw = wsOwnGateway(bankNotice(ws), 'security@northbank.example', ws, 'a210si5qtb.10');
    const i1 = await googleSeal(
      raw,
      `${gmailSpf('security@northbank.example', BANK_IP)}\r\n       ${bankDmarc}`,
      ws,
      opsUser,
    );
    const caf = ws.replace('@', `+caf_=${opsUser.replace('@', '=')}@`);
    const i2 = await exoSeal(onTop(i1, `Return-Path: <${caf}>`), {
      entry: { helo: GMAIL_OUT.helo, ip: GMAIL_OUT.ip },
      frontend: 'DB5PEPF00014B96',
      spfIp: GMAIL_OUT.ip,
      ident: `smtp.mailfrom=${ATT_WS}`,
      from: 'northbank.example',
      policy: 'reject',
      dmarc: 'fail',
      arc: 'pass ("google.com:s=arc-20240605:i=1")',
      cv: 'pass',
    });
    emit({
      name: `${P}box-ws-i1-past-own-gateway-then-own-tenant-i2`,
      class: 'arc-forwarder',
      about: `Attack: two of the attacker's own seals. His workspace ${ATT_WS} (own inbound gateway ${ATTACKER_IP}, its line naming ${BANK_IP}) records spf=pass, dmarc=pass for the bank and seals i=1 as google.com; its forwarding sends it to his Microsoft 365 tenant ${ATT_TENANT}, which records the bank's DMARC failure with arc=pass, seals i=2 as microsoft.com and forwards to the reader's box. The oldest trusted record (Google's) rests on SPF past its own gateway. Wanted: not trusted.`,
      eml: toBox(i2, ATT_TENANT, 'northbank.example', 'reject', '4Zr210b05'),
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // 1f. Several sets the other way: his tenant (i=1, past its own gateway), then his Workspace (i=2), into Yahoo.
  {
    const raw = onTop(
      bankNotice(rcpt),
      postfixLine('mail.northbank.example', BANK_IP, 'gw.fabrikam-ops.example', '4Zr210g06', rcpt),
    );
    const i1 = await exoSeal(raw, {
      entry: { helo: 'gw.fabrikam-ops.example', ip: ATTACKER_IP },
      frontend: 'DB5PEPF00014B97',
      spfIp: BANK_IP,
      ident: 'smtp.mailfrom=northbank.example',
      from: 'northbank.example',
      policy: 'reject',
    });
    const srs = `bounces+SRS=Qw210=TT=northbank.example=office@${ATT_TENANT}`;
    const inGmail = onTop(
      i1,
      `Return-Path: <${srs}>`,
      googleEntry(EUR.helo, EUR.rdns, EUR.ip, 'a210si6qtb.10', ws),
    );
    const i2 = await googleSeal(
      inGmail,
      [
        'arc=pass (i=1 spf=pass spfdomain=northbank.example dmarc=pass fromdomain=northbank.example);',
        gmailSpf(srs, EUR.ip),
        'dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=northbank.example',
      ].join('\r\n       '),
      ws,
      'robin.reader@yahoo.com',
      'pass',
    );
    emit({
      name: `${P}yahoo-own-tenant-i1-past-own-gateway-then-own-ws-i2`,
      class: 'arc-forwarder',
      about: `Attack: the attacker's tenant ${ATT_TENANT} (own gateway ${ATTACKER_IP} skip-listed, its line naming ${BANK_IP}) seals i=1 with spf=pass, dmarc=pass for the bank and forwards to his workspace ${ATT_WS}, whose Gmail records the bank's failure with ARC's override and seals i=2, then forwards to the reader's Yahoo. Wanted: not trusted.`,
      eml: wsToYahoo(i2, ws),
      args: YAHOO_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // 1g. IPv6 at both ends: his gateway on IPv6 into EOP, the bank's IPv6 address in the record.
  {
    const gw6 = '2001:db8:bad:210::66';
    const bank6 = '2001:db8:ba4:210::10';
    const raw = onTop(
      bankNotice(rcpt),
      postfixLine('mail.northbank.example', bank6, 'gw.fabrikam-ops.example', '4Zr210g07', rcpt),
    );
    const sealed = await exoSeal(raw, {
      entry: { helo: 'gw.fabrikam-ops.example', ip: gw6 },
      frontend: 'DB5PEPF00014B98',
      spfIp: bank6,
      ident: 'smtp.mailfrom=northbank.example',
      from: 'northbank.example',
      policy: 'reject',
    });
    emit({
      name: `${P}box-m365-own-tenant-ipv6-gateway-ipv6-bank-address`,
      class: 'arc-forwarder',
      about: `Attack: round 200's tenant forgery over IPv6: the attacker's gateway ${gw6} hands over to EOP (skip-listed), its own line names the bank's IPv6 relay ${bank6} (in the bank's SPF), EOP records "spf=pass (sender ip is ${bank6})", seals i=1 and forwards to the box. Wanted: not trusted.`,
      eml: toBox(sealed, ATT_TENANT, 'northbank.example', 'reject', '4Zr210b07'),
      args: BOX_ARGS,
      zone: { ...ZONE, 'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 ip6:2001:db8:ba4::/48 -all'] } },
      expect: NOT_TRUSTED,
    });
  }

  // ---- Genuine controls ----
  // 1h. A firm's null-envelope auto-reply straight into a tenant, forwarded to the box.
  {
    const f: Firm = { domain: 'oakfield-surveys.example', ip: '203.0.113.71', policy: 'quarantine' };
    const raw = onTop(
      firmMail(f, `ana@${TENANT}`, 'Automatic reply: site visit', `Oakfield Surveys <office@${f.domain}>`),
      'Auto-Submitted: auto-replied',
    );
    const sealed = await exoSeal(raw, {
      entry: { helo: `mail.${f.domain}`, ip: f.ip },
      frontend: 'DB5PEPF00014B99',
      spfIp: f.ip,
      ident: `smtp.helo=mail.${f.domain}`,
      from: f.domain,
      policy: f.policy,
    });
    emit({
      name: `${P}box-genuine-m365-null-envelope-auto-reply-spf-helo-forwarded`,
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only survey firm's out-of-office reply (RFC 3834: null return path, HELO mail.${f.domain}, ${f.ip}, p=${f.policy}) straight into a law firm's tenant; EOP records spf=pass for the HELO at the address its entry shows and dmarc=pass; an inbox rule forwards to the reader's box. Wanted: unverified (the forward's excuse).`,
      eml: toBox(sealed, TENANT, f.domain, f.policy, '4Zr210b08'),
      args: BOX_ARGS,
      zone: { ...ZONE, ...tenantZone, ...firmZone(f) },
      expect: GENUINE,
    });
  }

  // 1i. A firm's null-envelope notice straight into a Workspace (Gmail's "best guess" HELO record), forwarded to Yahoo.
  {
    const f: Firm = { domain: 'linden-print.example', ip: '203.0.113.72', policy: 'reject' };
    const user = `lena@${WORKSPACE}`;
    const raw = onTop(
      firmMail(
        f,
        user,
        'Delivery Status Notification',
        `Mail Delivery System <MAILER-DAEMON@mail.${f.domain}>`,
      ),
      'Return-Path: <>',
      googleEntry(`mail.${f.domain}`, `mail.${f.domain}`, f.ip, 'a210si9qtb.10', user),
    );
    const sealed = await googleSeal(
      raw,
      `spf=pass (google.com: best guess record for domain of postmaster@mail.${f.domain} designates ${f.ip} as permitted sender) smtp.helo=mail.${f.domain};\r\n       ${gmailDmarc(`mail.${f.domain}`, 'REJECT')}`,
      user,
      'robin.reader@yahoo.com',
    );
    emit({
      name: `${P}yahoo-genuine-ws-null-envelope-best-guess-helo-forwarded`,
      class: 'arc-forwarder',
      about: `Genuine: a print shop's mail server (p=reject, SPF-only) returns a delivery status notification (null envelope, HELO mail.${f.domain}, ${f.ip}) to a designer's Workspace address; Gmail writes its "best guess record for domain of postmaster@mail.${f.domain}" SPF pass for the HELO at the address its entry shows, dmarc=pass, seals i=1; her Gmail forwarding sends it to Yahoo. Wanted: unverified.`,
      eml: wsToYahoo(sealed, user, `mail.${f.domain}`),
      args: YAHOO_ARGS,
      zone: { ...ZONE, ...wsZone, ...firmZone(f) },
      expect: GENUINE,
    });
  }

  // 1j. Two genuine forwards: a Workspace (i=1, sender direct), then a tenant (i=2), into the box.
  {
    const f: Firm = { domain: 'hollis-joinery.example', ip: '203.0.113.73', policy: 'quarantine' };
    const user = `lena@${WORKSPACE}`;
    const raw = onTop(
      firmMail(f, user, 'Quote Q-210 for the staircase'),
      `Return-Path: <office@${f.domain}>`,
      googleEntry(`mail.${f.domain}`, `mail.${f.domain}`, f.ip, 'a210si10qtb.10', user),
    );
    const i1 = await googleSeal(
      raw,
      `${gmailSpf(`office@${f.domain}`, f.ip)}\r\n       ${gmailDmarc(f.domain, 'QUARANTINE')}`,
      user,
      `ana@${TENANT}`,
    );
    const caf = user.replace('@', `+caf_=ana=${TENANT}@`);
    const i2 = await exoSeal(onTop(i1, `Return-Path: <${caf}>`), {
      entry: { helo: GMAIL_OUT.helo, ip: GMAIL_OUT.ip },
      frontend: 'DB5PEPF00014B9A',
      spfIp: GMAIL_OUT.ip,
      ident: `smtp.mailfrom=${WORKSPACE}`,
      from: f.domain,
      policy: f.policy,
      dmarc: 'fail',
      arc: 'pass ("google.com:s=arc-20240605:i=1")',
      cv: 'pass',
    });
    emit({
      name: `${P}box-genuine-ws-i1-then-m365-i2-spf-only-two-forwards`,
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only joinery (p=quarantine, ${f.ip}) writes to a designer's Workspace; Gmail's entry took it from ${f.ip}, records spf=pass, dmarc=pass and seals i=1; her forwarding sends it to a partner's Microsoft 365 tenant, which seals i=2 (arc=pass) and whose inbox rule forwards it to the reader's box. Wanted: unverified.`,
      eml: toBox(i2, TENANT, f.domain, f.policy, '4Zr210b10'),
      args: BOX_ARGS,
      zone: { ...ZONE, ...tenantZone, ...wsZone, ...firmZone(f) },
      expect: GENUINE,
    });
  }

  // 1k. Genuine IPv6 sender straight into a Workspace, forwarded to Yahoo.
  {
    const f: Firm = { domain: 'brightwell-audit.example', ip: '2001:db8:210:a::25', policy: 'reject' };
    const user = `lena@${WORKSPACE}`;
    const raw = onTop(
      firmMail(f, user, 'Audit fieldwork dates'),
      `Return-Path: <office@${f.domain}>`,
      googleEntry(`mail.${f.domain}`, `mail.${f.domain}`, f.ip, 'a210si11qtb.10', user),
    );
    const sealed = await googleSeal(
      raw,
      `${gmailSpf(`office@${f.domain}`, f.ip)}\r\n       ${gmailDmarc(f.domain, 'REJECT')}`,
      user,
      'robin.reader@yahoo.com',
    );
    emit({
      name: `${P}yahoo-genuine-ws-ipv6-sender-spf-only-forwarded`,
      class: 'arc-forwarder',
      about: `Genuine: an SPF-only audit firm (p=reject) sends over IPv6 (${f.ip}) to a Workspace address; Gmail's entry line shows it, its SPF comment names it; Gmail seals i=1 and forwards to Yahoo. Wanted: unverified.`,
      eml: wsToYahoo(sealed, user, f.domain),
      args: YAHOO_ARGS,
      zone: { ...ZONE, ...wsZone, ...firmZone(f) },
      expect: GENUINE,
    });
  }
}

// ==== 2. "on behalf of": Entra B2B invitations ====
const EXO_OUT: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05on2101.outbound.protection.outlook.com',
  ip: '40.107.22.101',
};
const EXO_H = ['from', 'date', 'subject', 'message-id', 'content-type', 'mime-version'];
const bOf = (signed: string) => {
  const m = /\bb=([A-Za-z0-9+/]{8})/.exec(signed.replace(/\r\n[ \t]+/g, ' ').replace(/bh=[^;]*;/, ''));
  return m ? m[1]! : 'Q29ycHVz';
};
let gid = 0;

async function invite(
  tenant: string,
  inviterName: string,
  inviter: string,
  message: string,
): Promise<string> {
  gid++;
  const raw = submitted({
    from: `Microsoft Invitations on behalf of ${tenant} <invites@microsoft.com>`,
    to: 'robin.reader@gmail.com',
    subject: `${inviterName} invited you to access applications within their organization`,
    date: 'Fri, 20 Nov 2026 10:00:00 +0000',
    messageId: `<r210inv${gid}@SN7PR21MB4031.namprd21.prod.outlook.com>`,
    extraHeaders: [`Reply-To: ${inviterName} <${inviter}>`],
    body: `Please only act on this invitation if you trust the individual and organization represented below.\r\n\r\n${inviterName} (${inviter}) invited you to access applications within their organization ${tenant}.\r\n\r\nMessage from ${inviterName}: ${message}\r\n\r\nAccept invitation: https://invitations.microsoft.com/redeem/?tenant=0d2c9b4e-5f18-4e7a-9c61-7c1e2a94${String(gid).padStart(4, '0')}\r\n`,
  });
  const signed = await signCorpus(raw, { domain: 'microsoft.com', selector: 'selector2', headerList: EXO_H });
  return gmailDelivery(signed, {
    relay: EXO_OUT,
    envelope: 'invites@microsoft.com',
    results: [
      `dkim=pass header.i=@microsoft.com header.s=selector2 header.b=${bOf(signed)};`,
      gmailSpf('invites@microsoft.com', EXO_OUT.ip),
      gmailDmarc('microsoft.com', 'REJECT'),
    ].join('\r\n       '),
    ids: [`x210csp${gid}pxa`, `a210si${gid}inv.210`],
    spf: 'pass',
    deliveredTo: true,
  });
}

async function group2(write: CaseWriter): Promise<void> {
  const attacks = [
    {
      slug: 'tenant-paypal-ltd-own-domain-spelled-with-legal-form',
      tenant: 'PayPal Ltd',
      name: 'Accounts Team',
      addr: 'accounts@paypal-ltd.example',
      about:
        'The attacker names his Entra tenant "PayPal Ltd", verifies his domain paypal-ltd.example in it (its label, hyphen dropped, spells the name with its legal form), and his user "Accounts Team" <accounts@paypal-ltd.example> invites the reader: "Microsoft Invitations on behalf of PayPal Ltd", Reply-To that user. Neither the Reply-To\'s name nor its mailbox names a brand, so only the "on behalf of" organisation does.',
    },
    {
      slug: 'tenant-microsoft-security-own-domain-spelled',
      tenant: 'Microsoft Security',
      name: 'Security Desk',
      addr: 'desk@microsoftsecurity.example',
      about:
        'The attacker names his tenant "Microsoft Security" and verifies microsoftsecurity.example; his user "Security Desk" invites the reader: "Microsoft Invitations on behalf of Microsoft Security" <invites@microsoft.com>, Reply-To desk@microsoftsecurity.example. The From\'s own brand is named as the principal, answered at a stranger\'s domain.',
    },
  ];
  for (const c of attacks) {
    emitCase(write, {
      name: `${P}gmail-b2b-invite-${c.slug}`,
      class: 'on-behalf-of',
      about: `Attack: ${c.about} Signed d=microsoft.com, out of Exchange Online (${EXO_OUT.ip}); Gmail records dkim/spf/dmarc pass for microsoft.com. Read in Gmail offline. Wanted: not authenticated: a tenant's name is what its admin types, and a brand's name there is not the brand's.`,
      args: GMAIL,
      eml: await invite(
        c.tenant,
        c.name,
        c.addr,
        'Your account needs verification. Accept to review the secure message.',
      ),
      expect: NOT_AUTH,
    });
  }
  const genuine = [
    {
      slug: 'gmbh-co-kg-domain-without-legal-form',
      tenant: 'Brenner Logistik GmbH & Co. KG',
      name: 'Jana Brenner',
      addr: 'jana.brenner@brenner-logistik.example',
      about:
        'A German limited partnership ("Brenner Logistik GmbH & Co. KG", the common German form) whose domain is brenner-logistik.example: LEGAL_FORM strips only the last form (KG), leaving "GmbH & Co." in the name.',
    },
    {
      slug: 'and-sons-domain-spells-and',
      tenant: 'Hale & Sons Ltd',
      name: 'Tom Hale',
      addr: 'tom@haleandsons.example',
      about:
        'A British family firm "Hale & Sons Ltd" whose domain spells the ampersand: haleandsons.example (firmsDomain drops "&" rather than reading it as "and").',
    },
    {
      slug: 'country-in-brackets-domain-without-it',
      tenant: 'Marlow Dental (UK)',
      name: 'Priya Shah',
      addr: 'priya.shah@marlowdental.example',
      about:
        'A dental group whose tenant name carries its country, "Marlow Dental (UK)" (as tenants of groups with several countries are often named), its domain marlowdental.example.',
    },
    {
      slug: 'danish-o-slash-domain-transliterated',
      tenant: 'Sørensen Arkitekter',
      name: 'Mette Sørensen',
      addr: 'mette@sorensen-arkitekter.example',
      about:
        'A Danish architects\' office "Sørensen Arkitekter" whose domain transliterates ø as o (sorensen-arkitekter.example), as Danish, Norwegian and German firms do for ø, å, ü, ß.',
    },
  ];
  for (const c of genuine) {
    emitCase(write, {
      name: `${P}gmail-genuine-b2b-invite-${c.slug}`,
      class: 'on-behalf-of',
      about: `Genuine: an Entra B2B guest invitation from a real firm's tenant. ${c.about} "Microsoft Invitations on behalf of ${c.tenant}", Reply-To ${c.name} <${c.addr}> (Microsoft Learn: "The reply-to email is set to the inviter's email"), signed d=microsoft.com, out of Exchange Online; read in Gmail offline. Wanted: authenticated (or unverified), as realworld193's Fenwick Architects invitation reads.`,
      args: GMAIL,
      eml: await invite(c.tenant, c.name, c.addr, 'Here is the shared folder for the project drawings.'),
      expect: GENUINE,
    });
  }
}

// ==== 3. Shared platforms: another Tuta account writing as a Tuta-hosted firm ====
async function group3(write: CaseWriter): Promise<void> {
  const firm = 'kestrel-dental.example';
  const spoof = submitted({
    from: `Kestrel Dental Billing <billing@${firm}>`,
    to: 'robin.reader@yahoo.com',
    subject: 'Outstanding invoice 2026-1187',
    messageId: '<NkQ-210-a--3-9@tuta.com>',
    body: 'Dear patient,\r\n\r\nyour invoice 2026-1187 is overdue. Please pay today by card:\r\nhttps://kestrel-dental-pay.example/inv/2026-1187\r\n\r\nKestrel Dental\r\n',
  });
  // Tuta signs with the sending account's own custom domain (s1 CNAME'd to Tuta): the attacker's.
  const signed = await signCorpus(spoof, {
    domain: 'payments-desk.example',
    selector: 's1',
    headerList: SIGNED,
  });
  const tutaZone = {
    [firm]: { TXT: ['v=spf1 include:spf.tutanota.de -all'] },
    [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    'spf.tutanota.de': { TXT: ['v=spf1 ip4:81.3.6.160/28 ip4:185.205.69.208/28 -all'] },
    'payments-desk.example': { TXT: ['v=spf1 include:spf.tutanota.de -all'] },
    's1._domainkey.payments-desk.example': KEY(),
  };
  const W13: Relay = { helo: 'mail.w13.tutanota.de', rdns: 'mail.w13.tutanota.de', ip: '185.205.69.213' };
  const W2: Relay = { helo: 'w2.tutanota.de', rdns: 'w2.tutanota.de', ip: '81.3.6.163' };
  emitCase(write, {
    name: `${P}yahoo-offline-tuta-other-account-writes-as-tuta-hosted-firm`,
    class: 'shared-platform',
    about: `Attack: a dental practice hosts its mail at Tuta (include:spf.tutanota.de, p=quarantine, DKIM only for itself). The attacker opens a Tuta account (his own domain payments-desk.example), adds nothing of the practice's, and sends as billing@${firm} (envelope the same, Tuta's relay ${W13.ip} in AS 210909): SPF passes through the shared include, his own signature d=payments-desk.example. Read in Yahoo offline (Yahoo's entry prints no reverse name). Wanted: not authenticated.`,
    args: YAHOO_ARGS,
    eml: yahooDelivery(signed, {
      relay: W13,
      envelope: `billing@${firm}`,
      results: `dkim=pass header.i=@payments-desk.example header.s=s1;\r\n spf=pass smtp.mailfrom=${firm};\r\n dmarc=pass(p=QUARANTINE) header.from=${firm};`,
    }),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}gmail-online-tuta-w2-older-relay-other-account-as-hosted-firm`,
    class: 'shared-platform',
    about: `Attack: the same other Tuta account's mail leaving Tuta's older relay w2.tutanota.de [${W2.ip}] (kyberio's network, AS 24679, forward-confirmed), read in Gmail online. Wanted: not authenticated (the shared include passes for every Tuta account).`,
    args: GMAIL,
    eml: gmailDelivery(signed, {
      relay: W2,
      envelope: `billing@${firm}`,
      results: [
        `dkim=pass header.i=@payments-desk.example header.s=s1 header.b=${bOf(signed)};`,
        gmailSpf(`billing@${firm}`, W2.ip),
        gmailDmarc(firm, 'QUARANTINE'),
      ].join('\r\n       '),
      ids: ['x210csp90pxa', 'a210si90tuta.210'],
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: { ...tutaZone, ...ptr(W2.ip, W2.rdns) },
    expect: NOT_AUTH,
  });
}

// ==== 3b. Shared platforms: a firm whose record copies Migadu's addresses, another Migadu account ====
async function group3b(write: CaseWriter): Promise<void> {
  const firm = 'alder-vets.example';
  const MIG: Relay = {
    helo: 'out-172.mta0.migadu.com',
    rdns: 'out-172.mta0.migadu.com',
    ip: '91.218.175.172',
  };
  const spoof = submitted({
    from: `Alder Vets Accounts <accounts@${firm}>`,
    to: 'robin.reader@gmail.com',
    subject: 'Card payment for Bramble failed',
    messageId: '<r210.mig.1@alder-vets.example>',
    body: "Hello,\r\n\nthe card payment for Bramble's treatment failed. Please pay here today:\r\nhttps://alder-vets-pay.example/bramble\r\n\r\nAlder Vets\r\n",
  });
  const signed = await signCorpus(spoof, {
    domain: 'migadu-user.example',
    selector: 'key1',
    headerList: SIGNED,
  });
  emitCase(write, {
    name: `${P}gmail-online-migadu-other-account-firm-record-copies-migadu-addresses`,
    class: 'shared-platform',
    about: `Attack: a vets' practice on Migadu whose SPF record copies Migadu's relay network (ip4:91.218.175.0/24) instead of include:spf.migadu.com (p=reject, DKIM only for itself). The attacker's own Migadu account (his domain migadu-user.example) sends as accounts@${firm} from Migadu's relay ${MIG.ip} (AS 202172): SPF passes for the practice, his signature is his own. Read in Gmail online. Wanted: not authenticated.`,
    args: GMAIL,
    eml: gmailDelivery(signed, {
      relay: MIG,
      envelope: `accounts@${firm}`,
      results: [
        `dkim=pass header.i=@migadu-user.example header.s=key1 header.b=${bOf(signed)};`,
        gmailSpf(`accounts@${firm}`, MIG.ip),
        gmailDmarc(firm, 'REJECT'),
      ].join('\r\n       '),
      ids: ['x210csp91pxa', 'a210si91mig.210'],
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: {
      [firm]: { TXT: ['v=spf1 ip4:91.218.175.0/24 -all'] },
      [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=reject'] },
      'migadu-user.example': { TXT: ['v=spf1 include:spf.migadu.com -all'] },
      'key1._domainkey.migadu-user.example': KEY(),
      ...ptr(MIG.ip, MIG.rdns),
    },
    expect: NOT_AUTH,
  });
}

// ==== 4. A server named like a list host's (LIST_HOSTS apache.org) replaying the bank's notice ====
async function group4(write: CaseWriter): Promise<void> {
  const VM: Relay = { helo: 'mxout3-he-de.apache.org', rdns: 'mxout3-he-de.apache.org', ip: '95.216.194.99' };
  const member = 'robin.reader@gmail.com';
  const signed = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: member,
      subject: 'Your statement is ready',
      date: 'Fri, 20 Nov 2026 09:40:00 +0000',
      messageId: '<stmt-2026-11.r210@northbank.example>',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED },
  );
  const dressed = onTop(
    signed,
    'Reply-To: "Northbank Security" <security@secure-inbox.example>',
    'Mailing-List: contact users-help@spamassassin.apache.org; run by ezmlm',
    'Precedence: bulk',
    'List-Post: <mailto:users@spamassassin.apache.org>',
    'List-Id: <users.spamassassin.apache.org>',
    'Delivered-To: mailing list users@spamassassin.apache.org',
  );
  const env = 'bounce@attacker.example';
  for (const online of [true, false]) {
    emitCase(write, {
      name: `${P}gmail-${online ? 'online' : 'offline'}-hetzner-vm-named-like-asf-mxout-replays-bank-notice`,
      class: 'list-host',
      about: `Attack: the attacker rents a Hetzner server beside the ASF's (${VM.ip}, the network of mxout1-he-de.apache.org) and sets its reverse name to mxout3-he-de.apache.org (Hetzner's robot sets any PTR; apache.org holds no A record for it, so it does not forward-confirm). It replays the bank's genuine signed notice to the reader with ezmlm's rows for users@spamassassin.apache.org and an unsigned Reply-To at secure-inbox.example, envelope his own ${env} (SPF pass). Gmail records dkim=pass for the bank, dmarc=pass. Read in Gmail ${online ? 'online' : 'offline'}. Wanted: not authenticated (no list host's server handed it over).`,
      args: GMAIL,
      eml: gmailDelivery(dressed, {
        relay: VM,
        envelope: env,
        results: [
          `dkim=pass header.i=@northbank.example header.s=nb1 header.b=${bOf(signed)};`,
          gmailSpf(env, VM.ip),
          gmailDmarc('northbank.example', 'REJECT'),
        ].join('\r\n       '),
        ids: [`x210csp${online ? 92 : 93}pxa`, `a210si${online ? 92 : 93}asf.210`],
        spf: 'pass',
        deliveredTo: true,
      }),
      ...(online
        ? {
            zone: {
              ...BANK,
              'nb1._domainkey.northbank.example': KEY(),
              ...authenticZone('attacker.example', VM.ip),
              '99.194.216.95.in-addr.arpa': { PTR: [VM.rdns] },
              'apache.org': { TXT: ['v=spf1 ip4:95.216.194.37 ip4:116.203.21.61 ip4:207.244.88.153 ~all'] },
              '_dmarc.apache.org': { TXT: ['v=DMARC1; p=none'] },
            },
          }
        : {}),
      expect: NOT_AUTH,
    });
  }
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await group1(write);
  await group2(write);
  await group3(write);
  await group3b(write);
  await group4(write);
}

// What reads right today (ALL=1 pend.ts, 2026-12-07 16:2x): several ARC sets (the attacker's
// Workspace i=1 under his tenant's i=2, and the other way round: the oldest trusted record is the one
// judged) and IPv6 at both ends of the tenant forgery: suspicious (arc-spf-past-gateway). Quoted local
// parts holding "(" or ");" inside Gmail's SPF comment: spoofed (the comment swallows the rest of the
// record, so the sealer's pass is not read at all: arc-forwarder-no-pass; a genuine envelope of that
// shape would lose its forward's excuse the same way, too rare to pend). Genuine: null-envelope
// auto-reply into a tenant and DSN into a Workspace (the record names the entry's own address),
// two genuine forwards (Workspace i=1, tenant i=2), an IPv6 sender into a Workspace: unverified.
// B2B invitations from tenants named "PayPal Ltd" / "Microsoft Security" with their own domains
// spelled as those names: suspicious (display-name-brand / lookalike-domain). "Marlow Dental (UK)":
// authenticated (the parenthesis is a comment of the From's phrase). Another Tuta account as a
// Tuta-hosted firm (offline in Yahoo; online via the forward-confirmed w2 relay) and another Migadu
// account as a firm whose record copies Migadu's network: unverified (shared platform). The Hetzner
// server named like the ASF's mxout, online and offline: suspicious (hosted-server-relay: the name
// is not forward-confirmed online, and offline no list host's DKIM pass is recorded).
//
// Pending A (4 cases, worst: forgeries read UNVERIFIED with the forward's excuse):
// r210-box-m365-own-tenant-null-envelope-spf-helo-names-bank-address (+ -no-options),
// r210-yahoo-ws-own-gateway-null-envelope-spf-helo-names-bank-address (+ -no-options).
// Read now: UNVERIFIED (dmarc-fail high, arc-forwarded low "the forwarder … saw it pass for
// northbank.example", return-path-differs); no arc-spf-past-gateway. Should read: suspicious
// (arc-spf-past-gateway), as the same forgery with the bank's envelope does (probe200/202/205).
// At fault: lib/findings/arc-record.ts spfCheckedElsewhere: `named` keeps only SPF passes whose
// `smtp.mailfrom` is of the From's organisation. With a null envelope (MAIL FROM:<>) the sealer
// checks SPF for the HELO and writes `spf=pass (… designates <ip> …) smtp.helo=mail.northbank.example`
// (Gmail, file ids 3068285766 / 28301224282; Microsoft's `(sender IP is X) smtp.helo=…`, file id
// 4607596801), so `named` is empty and `named.length === 0` returns null ("not judged"), while
// passFor still returns 'dmarc' from the record's `dmarc=pass header.from=northbank.example`, which
// rests on that same HELO check (RFC 7489 §3.1.2 / RFC 7208 §2.4). sealerRecord then sets
// spfElsewhere null and arc.ts gives the forward's excuse.
// Smallest fix: in spfCheckedElsewhere take the SPF identity as `smtp.mailfrom`, or `smtp.helo`
// where the result has no `smtp.mailfrom` (`domainOf(r.props['smtp.mailfrom'] ?? r.props['smtp.helo'])`;
// domainOf already drops a `postmaster@`). Stricter alternative: where passedBy is 'dmarc', no aligned
// DKIM pass is recorded and no SPF pass of the From's organisation can be read at all, read the pass
// as resting on SPF at an unknown address (spfElsewhere with named "unreadable").
// Could hurt: genuine null-envelope mail (auto-replies, DSNs) forwarded by a tenant or Workspace:
// its record names the address the entry line shows, so it keeps its excuse (controls
// r210-box-genuine-m365-null-envelope-auto-reply-spf-helo-forwarded and
// r210-yahoo-genuine-ws-null-envelope-best-guess-helo-forwarded, both unverified now, must stay so).
// The stricter alternative would also flag records written without any SPF comment (real-mail
// round 103's), so the first fix is the safer one.
//
// Pending B (3 cases, genuine mail reads SUSPICIOUS):
// r210-gmail-genuine-b2b-invite-gmbh-co-kg-domain-without-legal-form,
// r210-gmail-genuine-b2b-invite-and-sons-domain-spells-and,
// r210-gmail-genuine-b2b-invite-danish-o-slash-domain-transliterated.
// Read now: SUSPICIOUS (reply-to-other-org medium, through `brand && !onBehalf`: Microsoft's brand,
// the "on behalf of" organisation not answered for). Should read: authenticated, as realworld193's
// "Fenwick Architects" invitation answered at fenwick-architects.example does.
// At fault: lib/findings/reply-to.ts firmsDomain, three spellings of one firm it does not see:
// (1) LEGAL_FORM strips one trailing form only: "Brenner Logistik GmbH & Co. KG" loses "KG" and keeps
// "GmbH & Co.", so neither "brennerlogistikgmbhcokg" nor "brennerlogistikgmbhco" is the label
// "brennerlogistik"; (2) "&" is dropped, never read as "and": "Hale & Sons Ltd" gives "halesonsltd"
// / "halesons", the domain spells "haleandsons"; (3) letters are compared as written:
// "sørensenarkitekter" is not the label "sorensenarkitekter" (ø, å, æ, ü, ö, ß are transliterated in
// domains: o/oe, a/aa, ae, u/ue, o/oe, ss).
// Smallest fix: in firmsDomain compare the label with a few spellings of the name: legal forms
// stripped repeatedly (a loop over LEGAL_FORM, with "co." and "& co." among the forms), "&" both
// dropped and spelled "and" (the language's: und, et, y, og), and the name folded to ASCII (NFKD
// without marks, plus ø→o/oe, æ→ae, å→a/aa, ß→ss, ü/ö/ä→u/o/a and ue/oe/ae).
// Could hurt: nothing a forger lacks today: a tenant's name is free text, so an attacker already names
// his tenant exactly as his domain's label; the brand and look-alike findings (display-name-brand,
// lookalike-domain: r210-gmail-b2b-invite-tenant-paypal-ltd-…) still decide for brands. A spelling
// that folds a brand's name ("PäyPal") must still meet brandInName/lookalike-domain, which read the
// name as written.
// Fixed on 2026-12-07 by the lead, both groups: A, lib/findings/arc-record.ts spfIdentity (an empty
// envelope's SPF pass is judged by its HELO's domain, as DMARC reads it); B, reply-to.ts
// nameSpellings (legal forms stripped repeatedly, "&" dropped or spelt as "and", letters folded).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
