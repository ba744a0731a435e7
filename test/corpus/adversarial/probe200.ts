// Red-team round 200: the three rows that excuse a DMARC failure (lib/findings/verdict.ts
// `forwarded-trusted`, `changed-by-list`, `gateway-recorded-pass`), attacked online for a p=reject
// bank (northbank.example), read in Gmail, Outlook (Exchange Online), Yahoo and a Postfix box.
// 1. ARC: the attacker seals his forgery as attacker.example (i=1, recording "dmarc=pass" for the
//    bank) and has a built-in sealer re-seal it: his Gmail forward (google.com i=2, whose record
//    shows i=1's claims in its `arc=pass (i=1 … dmarc=pass fromdomain=…)` comment) and his
//    Fastmail forward (messagingengine.com i=2); and the other way round, Fastmail's honest i=1 of
//    the bank's genuine notice under the attacker's own i=2 after he rewrote the body; and his own
//    Microsoft 365 tenant (Enhanced Filtering skip-listing his gateway) / Google Workspace
//    ("inbound gateway") sealing a pass for the bank, forwarded to a reader on neither provider
//    (a Postfix box, Yahoo), where round 100's tenantsWord does not apply.
// 2. Undo: the bank's genuine signed notice replayed through the attacker's own list with a
//    "footer" that carries the payment lure with no link or address (an IBAN), and an HTML footer
//    part that sends the reader to a statements page of the attacker's (no lure word, no look-alike);
//    an l= signed notice with a lure footer beyond l= (no undo needed: DMARC passes as it stands).
// 3. Gateways: Mimecast's record written by the sender below the entry line, under a HELO that
//    names Mimecast (no reverse name), and under the attacker's own Mimecast account's outbound
//    hand-off (a gateway the reader never uses).
// Genuine controls: an SPF-only firm forwarded by Fastmail into Gmail and by Gmail into Yahoo, a
// Mailman 2.1 post read in Yahoo, and a firm's signed mail through the reader's own (untrusted)
// Mimecast with rewritten links.
// Where the layouts were learnt (`find_string`, `read_file`): Gmail's ARC-Authentication-Results
// with `arc=pass (i=1 spf=pass spfdomain=… dkim=pass dkdomain=… dmarc=pass fromdomain=…)` from
// public kernel-list raw copies (lfdr.de / gmr-mx.google.com, suse.com, oracle.com, nxp.com
// posts); Fastmail's i=1 record (`mx4.messagingengine.com; x-csa=none; x-me-sender=none; x-ptr=…;
// arc=none (no signatures found); dkim=pass (2048-bit rsa key sha256) header.d=…; dmarc=pass
// policy.published-domain-policy=…; spf=pass smtp.mailfrom=…`) from a public fixture of an iCloud
// message delivered to Fastmail; Fastmail's outbound host and Mimecast's lines and seal as
// probe163.ts and test/corpus/gateway-layouts.ts cite them; Mailman 2.1 as list-shapes.ts; EOP's
// lines, its `mx.microsoft.com 1; spf=pass (sender ip is …)` ARC record (d=microsoft.com
// s=arcselector10001) and the Workspace inbound-gateway seal as probe100.ts learnt them (Microsoft
// Learn, "Configure trusted ARC sealers"; realworld95's partner transport-rule forward).
// Names and addresses are documentation ones except Google's, Fastmail's and Mimecast's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendBody, appendHeaders, tagSubject } from '../edits';
import { mimecastReceived, rewriteBody, sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  emitCase,
  GMAIL_OUT,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED_NO_REPLY_TO,
} from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, yahooDelivery } from '../receivers';
import { bankNotice, LIST_DRESS, probeCorpus, statementReady, viaAttackerList } from '../rounds-kit';

const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const GMAIL_ARGS = ['--webmail', 'gmail'];
const OUTLOOK_ARGS = ['--webmail', 'outlook'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];

const GENUINE: CaseExpectation = { verdict: ['unverified', 'authenticated'], notVerdict: ['spoofed'] };

const FM: Relay = {
  helo: 'fout-a2-smtp.messagingengine.com',
  rdns: 'fout-a2-smtp.messagingengine.com',
  ip: '103.168.172.145',
};
const MC_OUT: Relay = {
  helo: 'us-smtp-delivery-124.mimecast.com',
  rdns: 'us-smtp-delivery-124.mimecast.com',
  ip: '170.10.133.124',
};
const ATTACKER: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };

const ZONE: Record<string, unknown> = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(FM.ip, FM.rdns),
  ...ptr(MC_OUT.ip, MC_OUT.rdns),
  ...keyZone([
    'arc._domainkey.attacker.example',
    'arc-20240605._domainkey.google.com',
    'fm2._domainkey.messagingengine.com',
    'arc-2018._domainkey.mimecast.com',
  ]),
  'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'messagingengine.com': { TXT: ['v=spf1 ip4:103.168.172.128/27 ip4:66.111.4.0/24 -all'] },
  'attacker-mail.example': { TXT: ['v=spf1 include:_netblocks.mimecast.com -all'] },
  '_netblocks.mimecast.com': { TXT: ['v=spf1 ip4:170.10.128.0/21 ip4:205.139.110.0/24 ~all'] },
};

// ---- The attacker's own Microsoft 365 tenant / Google Workspace (layouts as probe100.ts) ----
const ATT_TENANT = 'fabrikam-billing.example';
const ATT_GW = { helo: 'gw.fabrikam-billing.example', ip: ATTACKER_IP };
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const SRS = `bounces+SRS=Qw20k=TT=northbank.example=security@${ATT_TENANT}`;
const EXO_HOP = `Received: from AM9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6950.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:30 +0000`;
const TENANT_ZONE: Record<string, unknown> = {
  ...ZONE,
  ...M365_SPF_ZONE,
  ...ptr(EUR.ip, EUR.rdns),
  [ATT_TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com include:_spf.google.com -all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  ...keyZone(['arcselector10001._domainkey.microsoft.com']),
};

const LURE_BODY =
  'Dear customer,\r\n\r\nwe could not collect your November payment. Confirm your card at\r\nhttps://northbank-verify.example/pay today to avoid a late fee.\r\n\r\nNorthbank Security\r\n';

/** The attacker's forgery as the bank, signed by his own domain. */
const forgery = (to: string) =>
  signCorpus(
    submitted({
      from: 'Northbank Security <security@northbank.example>',
      to,
      subject: 'Action needed: confirm your card today',
      messageId: '<r200-forgery.7731@mail.attacker.example>',
      body: LURE_BODY,
    }),
    { domain: 'attacker.example', selector: 's1' },
  );

/** His own i=1 seal, recording the bank's pass. */
const attackerSeal = (raw: string) =>
  sealAs(raw, {
    domain: 'attacker.example',
    selector: 'arc',
    cv: 'none',
    authResults:
      'mx.attacker.example; dkim=pass header.d=northbank.example header.s=nb1; spf=pass smtp.mailfrom=security@northbank.example; dmarc=pass (p=REJECT) header.from=northbank.example',
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? ZONE });

  // ---- 1a. Attacker's i=1 under his Gmail forward's google.com i=2, into a Postfix box ----
  {
    const raw = await attackerSeal(await forgery('fwd.robin.r200@gmail.com'));
    const gmailAar =
      'mx.google.com;\r\n       dkim=pass header.i=@attacker.example header.s=s1 header.b=QXR0YWNr;\r\n       arc=pass (i=1 spf=pass spfdomain=northbank.example dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       spf=pass (google.com: domain of bounce@attacker.example designates 198.51.100.66 as permitted sender) smtp.mailfrom=bounce@attacker.example;\r\n       dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example';
    const inGmail = onTop(
      raw,
      'Received: from mail.attacker.example (mail.attacker.example. [198.51.100.66])\r\n        by mx.google.com with ESMTPS id a200si1qtb.2026.11.20.02.00.02\r\n        for <fwd.robin.r200@gmail.com>; Fri, 20 Nov 2026 02:00:02 -0800 (PST)',
    );
    const sealed = await sealAs(inGmail, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'pass',
      authResults: gmailAar,
    });
    const envelope = 'fwd.robin.r200+caf_=robin=reader.example@gmail.com';
    emit({
      name: 'r200-box-attacker-arc-i1-resealed-by-gmail-forward-comment-shows-pass',
      class: 'arc-forwarder',
      about: `Attack: the attacker seals his forgery of the bank (p=reject) as attacker.example (i=1), writing "dmarc=pass header.from=northbank.example" into his own record, sends it to his own Gmail account and has it forwarded to the reader's box. Google seals i=2; its record says dmarc=fail for the bank, but its "arc=pass (i=1 … dmarc=pass fromdomain=northbank.example)" comment repeats the attacker's claims. Wanted: never unverified (suspicious at best: an unknown sealer's record).`,
      eml: onTop(
        sealed,
        `Return-Path: <${envelope}>`,
        `Authentication-Results: ${RECEIVER}; dkim=pass header.d=attacker.example; arc=pass; spf=pass smtp.mailfrom=gmail.com; dmarc=fail (p=reject dis=none) header.from=northbank.example`,
        received({ ...GMAIL_OUT, by: RECEIVER, id: '4Zr200a1', for: 'robin@reader.example' }),
      ),
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // ---- 1b. Attacker's i=1 under his Fastmail forward's messagingengine.com i=2, into Outlook ----
  {
    const raw = await attackerSeal(await forgery('robin.r200@fastmail.example'));
    const fmAar =
      'mx4.messagingengine.com;\r\n    x-csa=none;\r\n    x-me-sender=none;\r\n    x-ptr=pass smtp.helo=mail.attacker.example\r\n    policy.ptr=mail.attacker.example;\r\n    arc=pass (as.1.attacker.example=pass, ams.1.attacker.example=pass);\r\n    dkim=pass (2048-bit rsa key sha256) header.d=attacker.example\r\n    header.i=@attacker.example header.b=QXR0YWNr header.a=rsa-sha256\r\n    header.s=s1 x-bits=2048;\r\n    dmarc=fail policy.published-domain-policy=reject\r\n    policy.applied-disposition=none policy.evaluated-disposition=reject\r\n    (p=reject,d=reject,d.eval=reject) policy.policy-from=p\r\n    header.from=northbank.example;\r\n    iprev=pass smtp.remote-ip=198.51.100.66 (mail.attacker.example);\r\n    spf=pass smtp.mailfrom=bounce@attacker.example\r\n    smtp.helo=mail.attacker.example';
    const inFm = onTop(
      raw,
      'Received: from mail.attacker.example (mail.attacker.example [198.51.100.66])\r\n\tby mx4.messagingengine.com (Postfix) with ESMTPS id 4Zr200FmQz1\r\n\tfor <robin.r200@fastmail.example>; Fri, 20 Nov 2026 05:00:02 -0500 (EST)',
    );
    const sealed = await sealAs(inFm, {
      domain: 'messagingengine.com',
      selector: 'fm2',
      cv: 'pass',
      authResults: fmAar,
    });
    const envelope = 'SRS0=Xq2v=Z3=attacker.example=bounce@messagingengine.com';
    emit({
      name: 'r200-outlook-attacker-arc-i1-resealed-by-fastmail-forward',
      class: 'arc-forwarder',
      about: `Attack: the same self-sealed forgery (i=1 attacker.example recording the bank's pass) sent to the attacker's Fastmail account, which forwards it to the reader's Microsoft 365 mailbox and seals i=2 as messagingengine.com, a listed sealer, recording the bank's dmarc=fail. Wanted: never unverified.`,
      eml: eopDelivery(sealed, {
        ip: FM.ip,
        helo: FM.helo,
        ar: `spf=pass (sender IP is ${FM.ip})\r\n smtp.mailfrom=messagingengine.com; dkim=pass (signature was verified)\r\n header.d=attacker.example;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
        spf: `Pass (protection.outlook.com: domain of messagingengine.com designates\r\n ${FM.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${FM.ip}; helo=${FM.helo}; pr=C`,
        returnPath: envelope,
      }),
      args: OUTLOOK_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ---- 1c. Fastmail's honest i=1 of the bank's genuine notice, body rewritten, attacker's i=2 ----
  {
    const genuine = await statementReady('r200c');
    const fmAar =
      'mx4.messagingengine.com;\r\n    x-csa=none;\r\n    x-me-sender=none;\r\n    arc=none (no signatures found);\r\n    dkim=pass (2048-bit rsa key sha256) header.d=northbank.example\r\n    header.i=@northbank.example header.b=Tm9ydGhi header.a=rsa-sha256\r\n    header.s=nb1 x-bits=2048;\r\n    dmarc=pass policy.published-domain-policy=reject\r\n    policy.applied-disposition=none policy.evaluated-disposition=none\r\n    (p=reject,d=none,d.eval=none) policy.policy-from=p\r\n    header.from=northbank.example;\r\n    iprev=pass smtp.remote-ip=192.0.2.10 (mail.northbank.example);\r\n    spf=pass smtp.mailfrom=alerts@northbank.example\r\n    smtp.helo=mail.northbank.example';
    const sealed1 = await sealAs(
      onTop(
        genuine,
        'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby mx4.messagingengine.com (Postfix) with ESMTPS id 4Zr200FmQz3\r\n\tfor <robin.r200@fastmail.example>; Fri, 20 Nov 2026 05:00:01 -0500 (EST)',
      ),
      { domain: 'messagingengine.com', selector: 'fm2', cv: 'none', authResults: fmAar },
    );
    const changed = rewriteBody(
      sealed1,
      'Your November statement is ready in online banking.',
      'Your card is blocked. Confirm it at https://northbank-verify.example/pay today.',
    );
    const sealed2 = await sealAs(changed, {
      domain: 'attacker.example',
      selector: 'arc',
      cv: 'pass',
      authResults: 'mx.attacker.example; arc=pass',
    });
    emit({
      name: 'r200-gmail-fastmail-i1-of-genuine-notice-body-rewritten-attacker-i2',
      class: 'arc-forwarder',
      about: `Attack: the bank's genuine signed notice reaches the attacker's Fastmail account, which seals i=1 (messagingengine.com, a listed sealer) recording dkim=pass and dmarc=pass for the bank. The attacker's own forward rewrites the body into a card lure and seals i=2 as attacker.example (cv=pass, a record without a pass), so the chain validates (only the newest ARC-Message-Signature is checked). Wanted: not trusted: Fastmail's pass was about another body.`,
      eml: gmailDelivery(sealed2, {
        relay: ATTACKER,
        envelope: 'bounce@attacker.example',
        results: [
          'dkim=neutral (body hash did not verify) header.i=@northbank.example header.s=nb1 header.b=Tm9ydGhi;',
          'arc=pass (i=2);',
          'spf=pass (google.com: domain of bounce@attacker.example designates 198.51.100.66 as permitted sender) smtp.mailfrom=bounce@attacker.example;',
          'dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
        ].join('\r\n       '),
        ids: ['x200csp1pxc', 'a200si1qtc.200'],
        spf: 'pass',
        deliveredTo: true,
      }),
      args: GMAIL_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ---- 1d. Genuine: an SPF-only firm's mail forwarded by Fastmail into Gmail ----
  {
    const firm = 'calder-joinery.example';
    const raw = submitted({
      from: `Calder Joinery <office@${firm}>`,
      to: 'robin.r200@fastmail.example',
      subject: 'Quote 2026-114 for the kitchen units',
      messageId: `<quote-2026-114@mail.${firm}>`,
      body: 'Dear Robin,\r\n\r\nthe quote for the kitchen units is EUR 4,180.00 including fitting.\r\n\r\nCalder Joinery\r\n',
    });
    const fmAar = `mx4.messagingengine.com;\r\n    x-csa=none;\r\n    x-me-sender=none;\r\n    arc=none (no signatures found);\r\n    dkim=none (no signatures found);\r\n    dmarc=pass policy.published-domain-policy=quarantine\r\n    policy.applied-disposition=none policy.evaluated-disposition=none\r\n    (p=quarantine,d=none,d.eval=none) policy.policy-from=p\r\n    header.from=${firm};\r\n    iprev=pass smtp.remote-ip=203.0.113.25 (mail.${firm});\r\n    spf=pass smtp.mailfrom=office@${firm}\r\n    smtp.helo=mail.${firm}`;
    const sealed = await sealAs(
      onTop(
        raw,
        `Received: from mail.${firm} (mail.${firm} [203.0.113.25])\r\n\tby mx4.messagingengine.com (Postfix) with ESMTPS id 4Zr200FmQz4\r\n\tfor <robin.r200@fastmail.example>; Fri, 20 Nov 2026 05:00:01 -0500 (EST)`,
      ),
      { domain: 'messagingengine.com', selector: 'fm2', cv: 'none', authResults: fmAar },
    );
    const envelope = `SRS0=Hh3k=Z3=${firm}=office@messagingengine.com`;
    emit({
      name: 'r200-gmail-genuine-fastmail-forward-of-spf-only-firm',
      class: 'arc-forwarder',
      about: `Genuine control: a joinery's unsigned (SPF-only) quote, p=quarantine, forwarded by the reader's Fastmail alias into Gmail; Fastmail seals i=1 recording SPF and DMARC passing for the firm. Wanted: unverified (forwarded-trusted) or authenticated, never spoofed.`,
      eml: gmailDelivery(sealed, {
        relay: FM,
        envelope,
        results: [
          'arc=pass (i=1 spf=pass spfdomain=calder-joinery.example dmarc=pass fromdomain=calder-joinery.example);',
          `spf=pass (google.com: domain of ${envelope} designates ${FM.ip} as permitted sender) smtp.mailfrom="${envelope}";`,
          `dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE arc=pass) header.from=${firm}`,
        ].join('\r\n       '),
        ids: ['x200csp1pxd', 'a200si1qtd.200'],
        spf: 'pass',
        deliveredTo: true,
      }),
      args: GMAIL_ARGS,
      zone: {
        ...ZONE,
        [firm]: { TXT: ['v=spf1 ip4:203.0.113.25 -all'] },
        [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: { ...GENUINE, findings: ['arc-forwarded'] },
    });
  }

  // ---- 1e. The attacker's Microsoft 365 tenant (Enhanced Filtering skip-lists his gateway) forwards into a Postfix box ----
  {
    const forgedHop = `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby ${ATT_GW.helo} (Postfix) with ESMTPS id 4Zr200g01\r\n\tfor <billing@${ATT_TENANT}>; Fri, 20 Nov 2026 09:58:30 +0000`;
    const inTenant = onTop(
      bankNotice(`billing@${ATT_TENANT}`),
      `Authentication-Results: spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`,
      eopEntry(ATT_GW.helo, ATT_GW.ip, 'DB5PEPF00014B95'),
      forgedHop,
    );
    const sealed = await sealAs(onTop(inTenant, EXO_HOP), {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is 192.0.2.10) smtp.rcpttodomain=reader.example smtp.mailfrom=northbank.example; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=northbank.example; dkim=none (message not signed); arc=none`,
    });
    emit({
      name: 'r200-box-m365-tenant-enhanced-filtering-forward-seal-bank-pass',
      class: 'arc-forwarder',
      about: `Attack: the unsigned forgery of the bank (p=reject) enters the attacker's own Microsoft 365 tenant (${ATT_TENANT}) through his gateway ${ATT_GW.helo} (${ATT_GW.ip}), skip-listed by Enhanced Filtering for Connectors; the gateway's Received line names the bank's server 192.0.2.10, so EOP checks SPF there, records spf/dmarc pass and seals i=1 as microsoft.com; a transport rule forwards it to the reader's Postfix box. Round 100 closed this for a reader in Microsoft 365 itself (tenantsWord); on any other reader's box the seal is simply a listed sealer. Wanted: not unverified: EOP's own Received line under the seal says it took the message from ${ATT_GW.ip}, not from the address its SPF pass names.`,
      eml: onTop(
        sealed,
        `Return-Path: <${SRS}>`,
        `Authentication-Results: ${RECEIVER}; dkim=none; arc=pass; spf=pass smtp.mailfrom=${ATT_TENANT}; dmarc=fail (p=reject dis=none) header.from=northbank.example`,
        received({
          helo: EUR.helo,
          rdns: EUR.rdns,
          ip: EUR.ip,
          by: RECEIVER,
          id: '4Zr200e1',
          for: 'robin@reader.example',
        }),
      ),
      args: BOX_ARGS,
      zone: TENANT_ZONE,
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // ---- 1f. The attacker's Google Workspace (inbound gateway setting) forwards into Yahoo ----
  {
    const forgedHop = `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby ${ATT_GW.helo} (Postfix) with ESMTPS id 4Zr200g02\r\n\tfor <billing@${ATT_TENANT}>; Fri, 20 Nov 2026 09:58:30 +0000`;
    const sealed = await sealAs(
      onTop(
        bankNotice(`billing@${ATT_TENANT}`),
        `Received: from ${ATT_GW.helo} (${ATT_GW.helo}. [${ATT_GW.ip}])\r\n        by mx.google.com with ESMTPS id a200si2qtb.10\r\n        for <billing@${ATT_TENANT}>; Fri, 20 Nov 2026 01:58:40 -0800 (PST)`,
        forgedHop,
      ),
      {
        domain: 'google.com',
        selector: 'arc-20240605',
        cv: 'none',
        authResults:
          'mx.google.com;\r\n       spf=pass (google.com: domain of security@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=security@northbank.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
      },
    );
    emit({
      name: 'r200-yahoo-workspace-inbound-gateway-forward-google-seal-bank-pass',
      class: 'arc-forwarder',
      about: `Attack: the same forgery through the attacker's Google Workspace (${ATT_TENANT}) with his own server set as an "inbound gateway": Gmail checks SPF at the address his gateway's Received line names (the bank's 192.0.2.10), records spf/dmarc pass, seals i=1 as google.com, and the workspace's routing forwards it to the reader's Yahoo mailbox. Wanted: not unverified: Google's own Received line under the seal names ${ATT_GW.ip}.`,
      eml: yahooDelivery(sealed, {
        relay: GMAIL_OUT,
        envelope: `billing+caf_=robin.reader=yahoo.com@${ATT_TENANT}`,
        results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=${ATT_TENANT};\r\n dmarc=fail(p=REJECT) header.from=northbank.example;`,
      }),
      args: YAHOO_ARGS,
      zone: TENANT_ZONE,
      expect: NOT_TRUSTED,
    });
  }

  // ---- 1g. Genuine: an SPF-only firm's quote forwarded by a personal Gmail account into Yahoo ----
  {
    const firm = 'calder-joinery.example';
    const sealed = await sealAs(
      onTop(
        submitted({
          from: `Calder Joinery <office@${firm}>`,
          to: 'sam.r200@gmail.com',
          subject: 'Quote 2026-115 for the wardrobe',
          messageId: `<quote-2026-115@mail.${firm}>`,
          body: 'Dear Sam,\r\n\r\nthe quote for the fitted wardrobe is EUR 2,240.00 including fitting.\r\n\r\nCalder Joinery\r\n',
        }),
        `Received: from mail.${firm} (mail.${firm}. [203.0.113.25])\r\n        by mx.google.com with ESMTPS id a200si3qtb.11\r\n        for <sam.r200@gmail.com>; Fri, 20 Nov 2026 01:58:40 -0800 (PST)`,
      ),
      {
        domain: 'google.com',
        selector: 'arc-20240605',
        cv: 'none',
        authResults: `mx.google.com;\r\n       spf=pass (google.com: domain of office@${firm} designates 203.0.113.25 as permitted sender) smtp.mailfrom=office@${firm};\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${firm}`,
      },
    );
    emit({
      name: 'r200-yahoo-genuine-gmail-forward-of-spf-only-firm',
      class: 'arc-forwarder',
      about: `Genuine control for 1e/1f's fix: a joinery's unsigned quote (p=quarantine) to a personal Gmail account that forwards to Yahoo; Google's seal records the SPF pass at 203.0.113.25, the address its own Received line under the seal took the message from. Wanted: unverified (forwarded-trusted), never spoofed.`,
      eml: yahooDelivery(sealed, {
        relay: GMAIL_OUT,
        envelope: 'sam.r200+caf_=robin.reader=yahoo.com@gmail.com',
        results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=gmail.com;\r\n dmarc=fail(p=QUARANTINE) header.from=${firm};`,
      }),
      args: YAHOO_ARGS,
      zone: {
        ...ZONE,
        [firm]: { TXT: ['v=spf1 ip4:203.0.113.25 -all'] },
        [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: { ...GENUINE, findings: ['arc-forwarded'] },
    });
  }

  // ---- 2a. The bank's notice through the attacker's list, an IBAN lure as the "footer" ----
  {
    const genuine = await statementReady('r200e');
    const footer =
      '-- \r\nNotice to Northbank customers: from 1 December please pay your card balance\r\nto our new clearing IBAN XX00 0000 7731 0042 55 (reference: your card number).\r\n';
    emit({
      name: 'r200-box-list-replay-iban-footer-no-link-no-address',
      class: 'list-undo',
      about: `Attack: the bank's genuine signed "statement ready" notice re-posted by the attacker's own list (List-Id, List-Post, List-Unsubscribe, -bounces envelope, all his), with a "footer" telling the reader to pay the card balance to a new IBAN. No link and no address in it, so the footer-lure check (a lure word and a target elsewhere) finds no target. Wanted: not unverified: the account number is the target.`,
      eml: viaAttackerList(appendBody(genuine, footer)),
      args: BOX_ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // ---- 2b. The bank's notice through the attacker's list, an HTML footer part to his page ----
  {
    const boundary = '==r200footer==';
    const genuine = await signCorpus(
      [
        'From: Northbank <alerts@northbank.example>',
        'To: Robin Reader <robin@reader.example>',
        'Subject: Your statement is ready',
        'Date: Fri, 20 Nov 2026 10:00:00 +0000',
        '<stmt-20261120-r200f@northbank.example>'.replace(/^/, 'Message-ID: '),
        'MIME-Version: 1.0',
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        '',
        `--${boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Your November statement is ready in online banking.',
        '',
        `--${boundary}--`,
        '',
      ].join('\r\n'),
      { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED_NO_REPLY_TO },
    );
    const footerPart = [
      `--${boundary}`,
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: 7bit',
      '',
      '<p>View and download this statement: <a href="https://statements-portal.example/nb/2026-11">statements-portal.example</a></p>',
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const listed = genuine.replace(`--${boundary}--\r\n`, footerPart);
    emit({
      name: 'r200-gmail-list-replay-html-footer-part-links-attacker-statement-page',
      class: 'list-undo',
      about: `Attack: the bank's genuine multipart/mixed notice re-posted by the attacker's list with a Sympa-style HTML footer part: "View and download this statement" linking to statements-portal.example, the attacker's credential page (no lure word, not a look-alike of the bank, not the list's own host). Wanted: not unverified: a footer that links to a host neither the list's nor the bank's is the sender's call to action.`,
      eml: gmailDelivery(appendHeaders(listed, ...LIST_DRESS), {
        relay: ATTACKER,
        envelope: 'customers-bounces@lists.attacker.example',
        results: [
          'dkim=neutral (body hash did not verify) header.i=@northbank.example header.s=nb1 header.b=Tm9ydGhi;',
          'spf=pass (google.com: domain of customers-bounces@lists.attacker.example designates 198.51.100.66 as permitted sender) smtp.mailfrom=customers-bounces@lists.attacker.example;',
          'dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
        ].join('\r\n       '),
        ids: ['x200csp1pxf', 'a200si1qtf.200'],
        spf: 'pass',
        deliveredTo: true,
      }),
      args: GMAIL_ARGS,
      zone: {
        ...ZONE,
        'lists.attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
      },
      expect: NOT_TRUSTED,
    });
  }

  // ---- 2d. An l= signed notice of the bank's, a list footer beyond l=, read in Outlook ----
  {
    const body = 'Your November statement is ready in online banking.\r\n';
    const genuine = await signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        to: 'customers@lists.attacker.example',
        subject: 'Your statement is ready',
        messageId: '<stmt-20261120-r200l@northbank.example>',
        body,
      }),
      {
        domain: 'northbank.example',
        selector: 'nb1',
        headerList: SIGNED_NO_REPLY_TO,
        maxBodyLength: body.length,
      },
    );
    const footer =
      '_______________________________________________\r\nNorthbank customers mailing list\r\nYour card has been restricted: confirm it at https://northbank-verify.example/card\r\n';
    const raw = appendHeaders(appendBody(genuine, footer), ...LIST_DRESS);
    emit({
      name: 'r200-outlook-list-replay-l-signature-footer-beyond-l',
      class: 'list-undo',
      about: `Attack: the bank's genuine notice signed with l= (the body length), re-posted by the attacker's own list with a Mailman-looking footer beyond l= that says the card is restricted and links to his page. The signature passes as it stands (DMARC passes: no undo needed), EOP records dkim=pass and dmarc=pass. Wanted: not trusted (dkim-body-length, and the same footer under an undo reads list-footer-lure).`,
      eml: eopDelivery(raw, {
        ip: ATTACKER_IP,
        helo: 'mail.attacker.example',
        ar: `spf=pass (sender IP is ${ATTACKER_IP})\r\n smtp.mailfrom=lists.attacker.example; dkim=pass (signature was verified)\r\n header.d=northbank.example;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of lists.attacker.example designates\r\n ${ATTACKER_IP} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ATTACKER_IP}; helo=mail.attacker.example; pr=C`,
        returnPath: '<customers-bounces@lists.attacker.example>',
      }),
      args: OUTLOOK_ARGS,
      zone: { ...ZONE, 'lists.attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } },
      expect: NOT_TRUSTED,
    });
  }

  // ---- 2c. Genuine: a Mailman 2.1 post (tag, footer, list fields), read in Yahoo ----
  {
    const author = 'quarkfield.example';
    const post = await signCorpus(
      submitted({
        from: `Alice Martin <alice@${author}>`,
        to: 'devel@lists.example.org',
        subject: 'Release 4.2 branch is frozen',
        messageId: `<r200-freeze.alice@${author}>`,
        body: 'Hi all,\r\n\r\nthe 4.2 branch is frozen; only release blockers from now on.\r\n\r\nAlice\r\n',
      }),
      { domain: author, selector: 's1', headerList: SIGNED_NO_REPLY_TO },
    );
    const listed = appendHeaders(
      appendBody(tagSubject(post, '[Devel] '), mailmanFooter('devel', 'lists.example.org', 'Devel')),
      ...mailmanHeaders('devel', 'lists.example.org', 'Devel'),
    );
    const listRelay: Relay = {
      helo: 'mail.lists.example.org',
      rdns: 'mail.lists.example.org',
      ip: '192.0.2.80',
    };
    emit({
      name: 'r200-yahoo-genuine-mailman-post-tag-footer-p-reject-author',
      class: 'list-undo',
      about: `Genuine control: a Mailman 2.1 post by an author whose domain publishes p=reject, with the list's "[Devel] " tag, its footer and list fields; the author's signature verifies once they are undone. Wanted: unverified (changed-by-list), never spoofed.`,
      eml: yahooDelivery(listed, {
        relay: listRelay,
        envelope: 'devel-bounces@lists.example.org',
        results: `dkim=fail (body hash did not verify) header.i=@${author} header.s=s1;\r\n spf=pass smtp.mailfrom=lists.example.org;\r\n dmarc=fail(p=REJECT) header.from=${author};`,
      }),
      args: YAHOO_ARGS,
      zone: {
        ...ZONE,
        ...ptr(listRelay.ip, listRelay.rdns),
        'lists.example.org': { TXT: [`v=spf1 ip4:${listRelay.ip} -all`] },
        ...keyZone([`s1._domainkey.${author}`]),
        [author]: { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
        [`_dmarc.${author}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: { ...GENUINE, verdict: 'unverified', findings: ['list-modified'] },
    });
  }

  // ---- 3a. Mimecast's record written by the sender, under a HELO that names Mimecast ----
  {
    const forged = onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        to: 'robin.reader@gmail.com',
        subject: 'Action needed: confirm your card today',
        messageId: '<r200-mc-helo.7731@northbank.example>',
        body: LURE_BODY,
      }),
      'Authentication-Results: relay.mimecast.com;\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Tm9ydGhi;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example;\r\n\tspf=pass (relay.mimecast.com: domain of security@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=security@northbank.example',
      mimecastReceived({
        helo: 'mail.northbank.example',
        ip: '192.0.2.10',
        id: 'us-mta-200-Qk2r200HELOxx-1',
      }),
    );
    const relay: Relay = { helo: MC_OUT.helo, rdns: 'unknown', ip: ATTACKER_IP };
    emit({
      name: 'r200-gmail-helo-names-mimecast-sender-wrote-mimecast-record',
      class: 'gateway-record',
      about: `Attack: the attacker's own server (no Mimecast address, no reverse name) greets with HELO ${MC_OUT.helo} and writes, below Gmail's entry line, a Mimecast Received from the bank's server and "Authentication-Results: relay.mimecast.com; dmarc=pass header.from=northbank.example". Wanted: spoofed: no gateway handed it over, the record is the sender's text.`,
      eml: gmailDelivery(forged, {
        relay,
        envelope: 'bounce@attacker.example',
        results: [
          'spf=pass (google.com: domain of bounce@attacker.example designates 198.51.100.66 as permitted sender) smtp.mailfrom=bounce@attacker.example;',
          'dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
        ].join('\r\n       '),
        ids: ['x200csp1pxg', 'a200si1qtg.200'],
        spf: 'pass',
        deliveredTo: true,
      }),
      args: GMAIL_ARGS,
      expect: { verdict: 'spoofed', absentFindings: ['gateway-recorded-pass'] },
    });
  }

  // ---- 3b. The attacker's own Mimecast account's outbound hand-off, his record below it ----
  {
    const forged = onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        to: 'robin.reader@yahoo.com',
        subject: 'Action needed: confirm your card today',
        messageId: '<r200-mc-out.7731@northbank.example>',
        body: LURE_BODY,
      }),
      'Authentication-Results: relay.mimecast.com;\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Tm9ydGhi;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example;\r\n\tspf=pass (relay.mimecast.com: domain of security@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=security@northbank.example',
      mimecastReceived({
        helo: 'mail.northbank.example',
        ip: '192.0.2.10',
        id: 'us-mta-200-Qk2r200INxxxx-1',
      }),
    );
    const out = onTop(
      forged,
      'X-MC-Unique: Qk2r200OUTxxx-1',
      mimecastReceived({ helo: 'mail.attacker.example', ip: ATTACKER_IP, id: 'us-mta-201-Qk2r200OUTxxx-1' }),
    );
    emit({
      name: 'r200-yahoo-attacker-own-mimecast-outbound-record-below-its-line',
      class: 'gateway-record',
      about: `Attack: the attacker relays his forgery (envelope security@northbank.example) through his own Mimecast account's outbound service, a gateway the reader never uses; Mimecast hands it to Yahoo from ${MC_OUT.rdns}. Below Mimecast's real line he wrote a second, inbound-looking Mimecast Received from the bank's server and a relay.mimecast.com record of dmarc=pass. Wanted: spoofed: the gateway at the entry is the sender's own outbound, and its record (if any) is below its own line.`,
      eml: yahooDelivery(out, {
        relay: MC_OUT,
        envelope: 'security@northbank.example',
        results:
          'dkim=unknown;\r\n spf=fail smtp.mailfrom=northbank.example;\r\n dmarc=fail(p=REJECT) header.from=northbank.example;',
      }),
      args: YAHOO_ARGS,
      expect: { verdict: 'spoofed', absentFindings: ['gateway-recorded-pass'] },
    });
  }

  // ---- 3c. Genuine: a firm's signed mail through the reader's own Mimecast (untrusted), links rewritten ----
  {
    const firm = 'harlow-freight.example';
    const signed = await signCorpus(
      submitted({
        from: `Harlow Freight <dispatch@${firm}>`,
        to: 'robin@reader.example',
        subject: 'Delivery booked for 24 November',
        messageId: `<r200-dispatch-8812@mail.${firm}>`,
        body: `Dear Robin,\r\n\r\nyour delivery is booked for 24 November. Track it at https://track.${firm}/8812\r\n\r\nHarlow Freight\r\n`,
      }),
      { domain: firm, selector: 's1' },
    );
    const rewritten = rewriteBody(
      signed,
      `https://track.${firm}/8812`,
      `https://protect-eu.mimecast.com/s/r200Qk2Abc?domain=track.${firm}`,
    );
    const inMc = onTop(
      rewritten,
      `Authentication-Results: relay.mimecast.com;\r\n\tdkim=pass header.d=${firm} header.s=s1 header.b=SGFybG93;\r\n\tdmarc=pass (policy=quarantine) header.from=${firm};\r\n\tspf=pass (relay.mimecast.com: domain of dispatch@${firm} designates 203.0.113.40 as permitted sender) smtp.mailfrom=dispatch@${firm}`,
      mimecastReceived({ helo: `mail.${firm}`, ip: '203.0.113.40', id: 'eu-mta-200-Qk2r200GENxx-1' }),
    );
    const gw: Relay = {
      helo: 'eu-smtp-delivery-151.mimecast.com',
      rdns: 'eu-smtp-delivery-151.mimecast.com',
      ip: '185.58.85.151',
    };
    emit({
      name: 'r200-box-genuine-own-mimecast-rewrote-links-untrusted',
      class: 'gateway-record',
      about: `Genuine control: a freight firm's signed booking (p=quarantine) through the reader's own Mimecast, not yet trusted; Mimecast rewrote the tracking link (the signature's body hash breaks) and recorded dkim and dmarc passing between the box's entry line and its own Received. Wanted: unverified (gateway-recorded-pass), never spoofed.`,
      eml: onTop(
        inMc,
        `Return-Path: <dispatch@${firm}>`,
        `Authentication-Results: ${RECEIVER}; dkim=fail (body hash did not verify) header.d=${firm}; spf=fail smtp.mailfrom=${firm}; dmarc=fail (p=quarantine dis=quarantine) header.from=${firm}`,
        received({
          helo: gw.helo,
          rdns: gw.rdns,
          ip: gw.ip,
          by: RECEIVER,
          id: '4Zr200m3',
          for: 'robin@reader.example',
        }),
      ),
      args: BOX_ARGS,
      zone: {
        ...ZONE,
        ...ptr(gw.ip, gw.rdns),
        ...keyZone([`s1._domainkey.${firm}`]),
        [firm]: { TXT: ['v=spf1 ip4:203.0.113.40 -all'] },
        [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=quarantine'] },
        'reader.example': { MX: [{ priority: 10, exchange: 'eu-smtp-inbound-1.mimecast.com' }] },
      },
      expect: { ...GENUINE, verdict: 'unverified', findings: ['gateway-recorded-pass'] },
    });
  }
}

// Pending (what they read now, what they should, where, the smallest fix, what it could hurt):
//
// A. r200-box-m365-tenant-enhanced-filtering-forward-seal-bank-pass (+ -no-options) and
//    r200-yahoo-workspace-inbound-gateway-forward-google-seal-bank-pass read UNVERIFIED
//    (forwarded-trusted: dmarc-fail high, arc-forwarded low); should read suspicious
//    (arc-untrusted-sealer medium) or worse. The attacker's own Microsoft 365 tenant (Enhanced
//    Filtering for Connectors) or Google Workspace ("inbound gateway") checked SPF at the address
//    his own gateway's Received line names (the bank's 192.0.2.10) and sealed "spf=pass,
//    dmarc=pass". Round 100's tenantsWord (lib/findings/arc.ts) covers only seals under the
//    reader's own provider's name; for a Postfix box, Yahoo, Fastmail… readers every google.com /
//    microsoft.com seal is a listed sealer (forwardersOf → isTrusted → listedSealer) and its record
//    is read by lib/findings/arc-record.ts sealerRecord as is. Smallest fix, in sealerRecord (or
//    beside clientHeloWrites): for a MULTI_TENANT_SEALERS seal, a pass founded on SPF (no aligned
//    DKIM pass recorded whose signature the message still carries, as tenantsWord asks) counts only
//    when the address its SPF result names ("sender ip is X" in EOP's record, "designates X as
//    permitted sender" in Google's) is the client address of the sealer's own Received line right
//    below the seal (EOP's `from gw… (198.51.100.66) by …mail.protection.outlook.com`, Gmail's
//    `… by mx.google.com`); else passedBy null. The genuine forward
//    (r200-yahoo-genuine-gmail-forward-of-spf-only-firm: recorded 203.0.113.25, Google's line from
//    203.0.113.25) keeps unverified. It could hurt a genuine tenant that skip-lists its own real
//    gateway (Mimecast in front of Microsoft 365) and forwards an SPF-only sender's mail: that
//    reads suspicious instead of unverified (never spoofed if the record is then read as an
//    unknown forwarder's, arc-untrusted-sealer medium, rather than as "no pass").
//
// B. r200-box-list-replay-iban-footer-no-link-no-address reads UNVERIFIED (changed-by-list:
//    list-modified low); should read suspicious. The bank's genuine notice through the attacker's
//    list with a "footer" telling the reader to pay the card balance to a new IBAN.
//    lib/auth/footer-markup.ts footerLure finds the lure words ("iban", "card number") but returns
//    null without a target (an address or host name), so lib/findings/list.ts raises no
//    list-footer-lure. Fix: count an IBAN-shaped token (`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b`)
//    as a target (lureTarget then finds it on no list field and not the From's). Could hurt: a
//    club's or charity's genuine list whose footer gives its bank details for fees or donations
//    ("IBAN" is itself a lure word): suspicious instead of unverified. Round 154 withdrew the
//    phone-number form of this rule for such collateral; the lead may keep this as "What still
//    fools" instead.
//
// C. r200-gmail-list-replay-html-footer-part-links-attacker-statement-page reads UNVERIFIED
//    (changed-by-list); should read suspicious. A Sympa-style text/html footer part "View and
//    download this statement" linking to statements-portal.example: no lure word, no look-alike of
//    the bank, so neither footerImitation nor footerLure (lib/findings/list.ts) fires. Fix: in
//    listRule, a footer link host (ListRestore.footerHosts) whose organisation is neither the From
//    domain's nor that of any List-* field's host (the set lureTarget builds) is a medium
//    list-footer-foreign-link. Could hurt: genuine list footers linking to another organisation (a
//    sponsor, a code of conduct on the project's other domain, "powered by" a host whose
//    organisation differs from the list host's); compare by organisation, not host, to keep
//    Topicbox's, groups.io's and Google Groups' own footers (their links are on the List-* hosts).
// Lead, 2026-12-07 11:1x–11:3x: A was fixed at 11:1x (a sealer's SPF pass naming another client than
// its own lowest Received line vouched only by DKIM) and reverted at 11:3x: real-mail round 192
// showed genuine SPF-only mail forwarded by tenants behind a real skip-listed Mimecast or
// Proofpoint reading SPOOFED (the sealer's honest pass names the sender's address the gateway
// wrote), and round 202 fooled the walk by HELO and a forged entry line. A needs the walk to know
// the sealers' own mail ranges and the gateways below them; left pending with B and C (footer-content
// calls that round 154 withdrew a sibling of), listed in README "What still fools". The Workspace
// case's two Received lines are in the order they arrive (Google's above the gateway's).
// Fixed on 2026-12-07 at 13:3x (lib/findings/arc-record.ts sealerEntry / spfCheckedElsewhere, new
// finding arc-spf-past-gateway): the sealer's entry is found by addresses and the `by` names of
// lines it wrote (Exchange Online's walk, Gmail's internal lines), never by a client's HELO; a
// well-known gateway at the entry (Mimecast's, Proofpoint's networks) adds the sender its own lines
// below name. A pass resting only on SPF at another address reads suspicious, never spoofed.
// Out of pending: r200-box-m365-tenant-enhanced-filtering-forward-seal-bank-pass,
//   r200-box-m365-tenant-enhanced-filtering-forward-seal-bank-pass-no-options,
//   r200-yahoo-workspace-inbound-gateway-forward-google-seal-bank-pass.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r200-box-list-replay-iban-footer-no-link-no-address',
  'r200-gmail-list-replay-html-footer-part-links-attacker-statement-page',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
