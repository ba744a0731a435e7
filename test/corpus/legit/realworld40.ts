// Real-world delivery shapes, fortieth round: gateways, forwarders and ordinary small senders, from
// the side of the genuine sender and reader (never "spoofed"; "suspicious" only for a real reason).
// - Security gateways in front of the reader's provider, with the options such a reader gives and
//   without: Cisco Secure Email Cloud Gateway (iphmx.com) in front of Microsoft 365 with Enhanced
//   Filtering for Connectors, Proofpoint on Demand as a Google Workspace inbound gateway, Trend
//   Micro Email Security in front of a Postfix box (Time-of-Click link rewriting), Sophos Email in
//   front of Microsoft 365 (link rewriting, its ARC seal). Skipped as already in the corpus: Mimecast
//   and Proofpoint Essentials to Microsoft 365 (realworld5), Hornetsecurity (14, 15, 17), gateway
//   subject tags (16–32), outbound gateways (6).
// - Forwarders: Gmail auto-forwarding an SPF-only sender's mail into a Microsoft 365 tenant (ARC by
//   Google), a university alumni alias (Postfix virtual, no SRS) into a Microsoft 365 tenant, a
//   Fastmail custom-domain alias forwarding to Gmail (ARC by messagingengine.com). Skipped: iCloud
//   Hide My Email, pobox (6), SimpleLogin and addy.io (4, 11), Microsoft 365 to Gmail (2, 28).
// - Small senders: Mail-in-a-Box on a Hetzner server (SPF "mx -all"), a cPanel shared host (SPF
//   "+a +mx"), WordPress through the PHP mail() of an OVH VPS (envelope at the VPS's default host
//   name), a Synology NAS scanning to e-mail through Microsoft 365 SMTP AUTH (with the domain's own
//   DKIM and with only the tenant's onmicrosoft.com key), an Outlook.com calendar invitation.
// Layouts: Cisco's "Received: from <rdns> (HELO <helo>) ([<ip>]) by esaN.<customer>.iphmx.com with
//   ESMTP/TLS/<cipher>; <date>", its Received-SPF (identity=…; x-conformance=spf_only), its one-line
//   Authentication-Results under the esa host's name ("spf=Pass smtp.mailfrom=…; spf=None
//   smtp.helo=postmaster@…; dkim=…; dmarc=pass (p=… dis=none) d=…") and X-IronPort-AV rows from
//   public copies of microchip.com mail on kernel lists (2020–2026, found with find_string
//   "iphmx.com; spf="); Enhanced Filtering's X-MS-Exchange-SkipListedInternetSender /
//   X-MS-Exchange-ExternalOriginalInternetSender "ip=[…];domain=…" rows from public Exchange Online
//   deliveries (same search) and Microsoft Learn's EF table; Proofpoint's PPS lines as
//   realworld35; Gmail's forward (X-Forwarded-For, +caf_ envelope, google.com arc-20240605) as
//   realworld14. Trend Micro's and Sophos's delivery host names and the Time-of-Click link forms are
//   recalled (lib/relay/gateways.ts marks their host names unconfirmed). Names and addresses are
//   documentation ones except the providers' own hosts and ranges (Microsoft, Google, Proofpoint,
//   Hetzner, OVH, Fastmail) the classifier must recognise; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { rewriteBody, sealAs } from '../gateway-layouts';
import {
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED_NO_REPLY_TO,
  signAll,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, tenantKey } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/** DMARC passes for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail nothing can fully prove here: an honest "unverified" (or better), never a warning. */
const HONEST: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads suspicious (provider-disagreement, medium: "mx.reader.example and HeaderLens disagree on
  // SPF, DMARC"): the box behind Trend Micro checked SPF at the gateway's address (198.51.100.172),
  // so its trusted results say spf=fail, dmarc=fail, while our check, told by --trust-gateway that
  // the gateway is the reader's own, checks the bookkeeper's address and passes aligned.
  // lib/findings/provider.ts diffs/providerRule: every SPF or DMARC difference where the provider
  // saw worse is medium. Should: authenticated (the Sophos case, whose provider record is EOP's
  // after Enhanced Filtering, reads so). Fix: when the receiver's entry hop came from a gateway the
  // user trusts (the hop the origin walk passed through as gateway-trusted), leave the provider's
  // SPF out of diffs, and its DMARC when the provider's DKIM results for the From domain match ours
  // (then its DMARC fail rests only on SPF at the gateway's address); keep a low note. Risk: a
  // spoof through the reader's own gateway is still judged by our check at the real origin; only
  // a provider's DMARC fail that our DKIM check contradicts would stay medium, as now.
  // Fixed at 19:52 on 2026-12-04 (lib/findings/provider.ts, diffs/gatewayJudged): rw40-trend-micro-tmes-postfix-link-rewrite-trusted now reads authenticated.
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await gateways(write);
  await forwarders(write);
  await smallSenders(write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const TO_M365 = 'Robin Reader <robin@reader.example>';
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

// ---------------------------------------------------------------------------------------------
// 1. Security gateways in front of the reader's provider
// ---------------------------------------------------------------------------------------------

/** The reader organisation's Cisco Secure Email Cloud Gateway host (its delivery and MX host). */
const CISCO: Relay = {
  helo: 'esa3.readercorp.iphmx.com',
  rdns: 'esa3.readercorp.iphmx.com',
  ip: '198.51.100.143',
};
/** Proofpoint on Demand's host for the reader's Workspace (Proofpoint's public range). */
const PPS_IN: Relay = {
  helo: 'mx0a-00224501.pphosted.com',
  rdns: 'mx0a-00224501.pphosted.com',
  ip: '148.163.156.1',
};
/** Trend Micro Email Security's EU delivery host (name recalled). */
const TMES: Relay = {
  helo: 'mx-eu1-dlv.tmes.trendmicro.eu',
  rdns: 'mx-eu1-dlv.tmes.trendmicro.eu',
  ip: '198.51.100.172',
};
/** Sophos Email's EU delivery host (under prod.hydra.sophos.com; the host name recalled). */
const SOPHOS: Relay = {
  helo: 'relay-eu-west-1.prod.hydra.sophos.com',
  rdns: 'relay-eu-west-1.prod.hydra.sophos.com',
  ip: '198.51.100.181',
};

/** The EF rows Exchange Online writes when it skips the gateway and reads `ip` as the sender. */
const efRows = (ip: string, host: string) => [
  `X-MS-Exchange-SkipListedInternetSender:\r\n ip=[${ip}];domain=${host}`,
  `X-MS-Exchange-ExternalOriginalInternetSender:\r\n ip=[${ip}];domain=${host}`,
];

async function gateways(write: CaseWriter): Promise<void> {
  // 1a/1b. A tool supplier's SPF-only invoice through Cisco Secure Email Cloud Gateway into Microsoft 365.
  {
    const d = 'harrow-tools.example';
    const env = `billing@${d}`;
    const sender: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '192.0.2.41' };
    const raw = submitted({
      from: `Harrow Tools Accounts <${env}>`,
      to: TO_M365,
      subject: 'Invoice HT-20931',
      date: SENT,
      messageId: `<20261120095958.41ab@${d}>`,
      body: 'Hello,\r\n\r\nInvoice HT-20931 for the November order is attached.\r\n\r\nHarrow Tools\r\n',
    });
    const atCisco = onTop(
      raw,
      `Received-SPF: Pass (${CISCO.helo}: domain of\r\n  ${env} designates ${sender.ip} as permitted\r\n  sender) identity=mailfrom; client-ip=${sender.ip};\r\n  receiver=${CISCO.helo}; envelope-from="${env}";\r\n  x-sender="${env}"; x-conformance=spf_only;\r\n  x-record-type="v=spf1"`,
      `Authentication-Results: ${CISCO.helo}; spf=Pass smtp.mailfrom=${env}; spf=None smtp.helo=postmaster@${sender.helo}; dkim=none (message not signed) header.i=none; dmarc=pass (p=quarantine dis=none) d=${d}`,
      `X-IronPort-AV: E=Sophos;i="6.12,240,1763251200"; \r\n   d="scan'208";a="412230981"`,
      `Received: from ${sender.rdns} (HELO ${sender.helo}) ([${sender.ip}])\r\n  by ${CISCO.helo} with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; 20 Nov 2026 10:00:02 +0000`,
    );
    const eml = eopDelivery(atCisco, {
      ip: CISCO.ip,
      helo: CISCO.helo,
      ar: `spf=pass (sender IP is ${sender.ip})\r\n smtp.mailfrom=${d}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none header.from=${d};compauth=pass\r\n reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${d} designates\r\n ${sender.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${sender.ip}; helo=${sender.helo}; pr=C`,
      returnPath: env,
      bottom: efRows(sender.ip, sender.helo),
    });
    const zone = {
      ...ptr(CISCO.ip, CISCO.rdns),
      ...ptr(sender.ip, sender.rdns),
      [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
      [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    };
    const about =
      'A tool supplier’s invoice from its own Postfix (unsigned, SPF "ip4:… -all", p=quarantine) to a firm whose MX is Cisco Secure Email Cloud Gateway (esa3.readercorp.iphmx.com: its Received-SPF, its one-line Authentication-Results recording the pass, X-IronPort-AV), which hands it to Microsoft 365; the inbound connector has Enhanced Filtering, so EOP checks SPF at the supplier’s address ("sender IP is 192.0.2.41"), records dmarc=pass and writes the SkipListed / ExternalOriginal rows';
    emitCase(write, {
      name: 'rw40-cisco-ces-m365-enhanced-filtering-spf-only-trusted',
      about: `${about}. Read in Outlook by a user who has trusted the gateway (--trust-gateway iphmx.com): the origin is the supplier, whose SPF passes aligned. Expected authenticated`,
      class: 'inbound-gateway',
      args: [...OUTLOOK, '--trust-gateway', 'iphmx.com'],
      eml,
      zone,
      expect: PASSES,
    });
    emitCase(write, {
      name: 'rw40-cisco-ces-m365-enhanced-filtering-spf-only-no-options',
      about: `${about}. Read with no options (the CLI's --webmail auto): Cisco is recognised at the entry but not trusted, SPF at Cisco's address fails, and Cisco's own record of the pass sits between the entry and its own Received line. Wanted: unverified (gateway-recorded-pass), never spoofed`,
      class: 'inbound-gateway',
      args: [],
      eml,
      zone,
      expect: HONEST,
    });
  }

  // 1c/1d. Proofpoint on Demand as the inbound gateway of a Google Workspace domain.
  {
    const d = 'fenwick-survey.example';
    const env = `office@${d}`;
    const sender: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '192.0.2.52' };
    const raw = submitted({
      from: `Fenwick Survey <${env}>`,
      to: 'Robin Reader <robin@reader-workspace.example>',
      subject: 'Site survey booked for Tuesday',
      date: SENT,
      messageId: `<20261120095958.52cd@${d}>`,
      body: 'Hello,\r\n\r\nthe site survey is booked for Tuesday at 9:00.\r\n',
    });
    const atPps = onTop(
      raw,
      `Received: from pps.filterd (m0224501.ppops.net [127.0.0.1])\r\n\tby ${PPS_IN.helo} (8.18.1.2/8.18.1.2) with ESMTP id 5AK9yR2s023456\r\n\tfor <robin@reader-workspace.example>; ${at(3)}`,
      `Received: from ${sender.helo} (${sender.rdns} [${sender.ip}])\r\n\tby ${PPS_IN.helo} (PPS) with ESMTPS id 4bcd2e3f4a-1\r\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\r\n\tfor <robin@reader-workspace.example>; ${at(2)}`,
    );
    const results = [gmailSpf(env, sender.ip), gmailDmarc(d, 'QUARANTINE')].join('\r\n       ');
    const eml = gmailDelivery(atPps, {
      relay: PPS_IN,
      envelope: env,
      ids: ['x40csp2210934pxa', 'a40si5524011qtb.40'],
      to: 'robin@reader-workspace.example',
      deliveredTo: true,
      results,
    });
    const zone = {
      ...ptr(PPS_IN.ip, PPS_IN.rdns),
      ...ptr(sender.ip, sender.rdns),
      [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
      [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    };
    const about =
      'A surveyor’s unsigned, SPF-only mail (p=quarantine) to a Google Workspace domain whose MX is Proofpoint on Demand (mx0a-00224501.pphosted.com: its PPS entry line and the pps.filterd re-injection); Workspace has Proofpoint’s range set as an inbound gateway (Gmail → Spam → Inbound gateway), so Gmail skips it and checks SPF at the surveyor’s address: its Authentication-Results record spf=pass for 192.0.2.52 and dmarc=pass while its entry line names Proofpoint';
    emitCase(write, {
      name: 'rw40-proofpoint-workspace-inbound-gateway-spf-only-trusted',
      about: `${about}. Read in Gmail by a user who trusts the gateway (--trust-gateway pphosted.com). Expected authenticated`,
      class: 'inbound-gateway',
      args: [...GMAIL, '--trust-gateway', 'pphosted.com'],
      eml,
      zone,
      expect: PASSES,
    });
    emitCase(write, {
      name: 'rw40-proofpoint-workspace-inbound-gateway-spf-only-no-options',
      about: `${about}. Read with no options: Gmail is detected and its results trusted, Proofpoint at the entry is recognised but not trusted, so our own SPF check at Proofpoint's address fails. Wanted: Gmail's recorded pass, or an honest unverified; never spoofed`,
      class: 'inbound-gateway',
      args: [],
      eml,
      zone,
      expect: HONEST,
    });
  }

  // 1e. Trend Micro Email Security in front of a Postfix box; Time-of-Click rewrote the link.
  {
    const d = 'lindqvist-bokforing.example';
    const env = `faktura@${d}`;
    const sender: Relay = { helo: `smtp.${d}`, rdns: `smtp.${d}`, ip: '192.0.2.63' };
    const link = 'https://portal.lindqvist-bokforing.example/f/88213';
    const signed = await signAll(
      submitted({
        from: `Lindqvist Bokföring <${env}>`,
        to: 'Robin Reader <robin@reader.example>',
        subject: 'Faktura 88213',
        date: SENT,
        messageId: `<20261120095958.63ef@${d}>`,
        body: `Hej,\r\n\r\nfakturan finns här: ${link}\r\n`,
      }),
      [[d, 'tm2026']],
      SIGNED_NO_REPLY_TO,
    );
    const atTrend = onTop(
      signed,
      'X-TM-AS-ERS: 192.0.2.63-0.0.0.0',
      'X-TMASE-Version: StarCloud-1.3-9.1.1026-28640.002',
      received({ ...sender, by: TMES.helo, id: '4Zt3Kq1VbPz7', for: 'robin@reader.example', date: at(2) }),
    );
    const rewritten = rewriteBody(
      atTrend,
      link,
      `https://imsva91-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=${encodeURIComponent(link)}&umid=5b0e2c7a-9f31-4d2b-a6e1-6c3b8f0d1e27&auth=0a1b2c3d4e5f`,
    );
    emitCase(write, {
      name: 'rw40-trend-micro-tmes-postfix-link-rewrite-trusted',
      about:
        'A Swedish bookkeeper’s invoice, signed d=lindqvist-bokforing.example (SPF ip4, p=reject), to a firm whose MX is Trend Micro Email Security; its Time-of-Click protection rewrites the link to imsva91-ctp.trendmicro.com/wis/clicktime (so the body hash fails) and delivers from mx-eu1-dlv.tmes.trendmicro.eu to the firm’s Postfix box, which records only what it sees (SPF fail at Trend’s address, DKIM body hash fail). Read with --authserv-id for the box and --trust-gateway tmes.trendmicro.eu, as the firm’s admin would: the origin is the bookkeeper’s server and its SPF passes aligned. Trend’s X-TM-AS-ERS / X-TMASE-Version rows and host name recalled. Expected authenticated',
      class: 'inbound-gateway',
      args: ['--authserv-id', RECEIVER, '--trust-gateway', 'tmes.trendmicro.eu'],
      eml: onTop(
        rewritten,
        `Return-Path: <${env}>`,
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=fail reason="signature verification failed" header.d=${d} header.s=tm2026 header.b=Q29ycHVz;\r\n\tspf=fail (${RECEIVER}: domain of ${env} does not designate ${TMES.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=fail (policy=reject) header.from=${d}`,
        received({ ...TMES, by: RECEIVER, id: '4Zt3Kr0Abc', for: 'robin@reader.example', date: at(4) }),
      ),
      zone: {
        ...ptr(TMES.ip, TMES.rdns),
        ...ptr(sender.ip, sender.rdns),
        [`tm2026._domainkey.${d}`]: KEY(),
        [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: PASSES,
    });
  }

  // 1f. Sophos Email in front of Microsoft 365: link rewritten, its ARC seal, Enhanced Filtering.
  {
    const d = 'oakridge-vets.example';
    const env = `reception@${d}`;
    const sender: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '192.0.2.74' };
    const link = 'https://book.oakridge-vets.example/a/55120';
    const signed = await signAll(
      submitted({
        from: `Oakridge Vets <${env}>`,
        to: TO_M365,
        subject: 'Appointment reminder for Biscuit',
        date: SENT,
        messageId: `<20261120095958.74aa@${d}>`,
        body: `Hello,\r\n\r\nBiscuit's vaccination is due. Book here: ${link}\r\n`,
      }),
      [[d, 'ov1']],
      SIGNED_NO_REPLY_TO,
    );
    const atSophos = onTop(
      signed,
      'X-Sophos-Product-Type: Gateway',
      'X-Sophos-Email-ID: 2f9c8a71d04e4b6fa3b1c5d7e9f01234',
      received({ ...sender, by: 'mx-eu-west-1.prod.hydra.sophos.com', id: '4Zt4Aa2Bcd', date: at(2) }),
    );
    const sealed = await sealAs(
      rewriteBody(
        atSophos,
        link,
        `https://eu-west-1.protection.sophos.com?d=oakridge-vets.example&u=${encodeURIComponent(link)}&i=NjU0YTEyMzQ=&t=cXZ0a2E=&h=5c1f2e&s=AVNPUEhUT0NFTkNSWVBUSVZ`,
      ),
      {
        domain: 'sophos.com',
        selector: 'arc',
        cv: 'none',
        authResults: `mx-eu-west-1.prod.hydra.sophos.com; dkim=pass header.d=${d} header.s=ov1; spf=pass smtp.mailfrom=${env}; dmarc=pass header.from=${d}`,
      },
    );
    emitCase(write, {
      name: 'rw40-sophos-email-m365-link-rewrite-arc-trusted',
      about:
        'A vet practice’s reminder, signed d=oakridge-vets.example (SPF ip4, p=reject), to a firm whose MX is Sophos Email; Sophos rewrites the link to eu-west-1.protection.sophos.com (breaking the body hash), seals ARC as d=sophos.com s=arc over its record of the pass (Microsoft Learn’s trusted-ARC-sealer table), and delivers to Microsoft 365 with Enhanced Filtering, where EOP records spf=pass at the practice’s address, dkim=fail, dmarc=pass. Read in Outlook by a user who trusts the gateway (--trust-gateway hydra.sophos.com). Sophos’s X-Sophos-* rows and host names recalled. Expected authenticated',
      class: 'inbound-gateway',
      args: [...OUTLOOK, '--trust-gateway', 'hydra.sophos.com'],
      eml: eopDelivery(sealed, {
        ip: SOPHOS.ip,
        helo: SOPHOS.helo,
        ar: `spf=pass (sender IP is ${sender.ip})\r\n smtp.mailfrom=${d}; dkim=fail (body hash did not verify)\r\n header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass\r\n reason=100`,
        spf: `Pass (protection.outlook.com: domain of ${d} designates\r\n ${sender.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${sender.ip}; helo=${sender.helo}; pr=C`,
        returnPath: env,
        bottom: efRows(sender.ip, sender.helo),
      }),
      zone: {
        ...ptr(SOPHOS.ip, SOPHOS.rdns),
        ...ptr(sender.ip, sender.rdns),
        [`ov1._domainkey.${d}`]: KEY(),
        'arc._domainkey.sophos.com': KEY(),
        [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: PASSES,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Forwarders
// ---------------------------------------------------------------------------------------------

const GMAIL_FWD: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};

async function forwarders(write: CaseWriter): Promise<void> {
  // 2a. Gmail auto-forwarding an SPF-only sender's mail into a Microsoft 365 tenant.
  {
    const d = 'brightwater-swim.example';
    const env = `club@${d}`;
    const sender: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '192.0.2.81' };
    const raw = submitted({
      from: `Brightwater Swim Club <${env}>`,
      to: 'robin.old@gmail.com',
      subject: 'Training moves to the 50 m pool',
      date: SENT,
      messageId: `<20261120095958.81bb@${d}>`,
      body: 'Hello swimmers,\r\n\r\nfrom Monday training is in the 50 m pool.\r\n',
    });
    const gResults = [gmailSpf(env, sender.ip), gmailDmarc(d, 'QUARANTINE')].join('\r\n       ');
    const atGmail = onTop(
      raw,
      'X-Forwarded-To: robin@reader.example',
      'X-Forwarded-For: robin.old@gmail.com robin@reader.example',
      'Delivered-To: robin.old@gmail.com',
      'Received: by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id x40csp3310934pxa;\r\n        Fri, 20 Nov 2026 02:00:03 -0800 (PST)',
      `Return-Path: <${env}>`,
      `Received: from ${sender.helo} (${sender.rdns}. [${sender.ip}])\r\n        by mx.google.com with ESMTPS id a40si8812011qtb.81.2026.11.20.02.00.02\r\n        for <robin.old@gmail.com>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 02:00:02 -0800 (PST)`,
      `Authentication-Results: mx.google.com;\r\n       ${gResults}`,
    );
    const sealed = await sealCorpus(atGmail, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `mx.google.com; ${gResults.replace(/\r\n {7}/g, ' ')}`,
    });
    const fwdEnv = 'robin.old+caf_=robin=reader.example@gmail.com';
    emitCase(write, {
      name: 'rw40-gmail-autoforward-spf-only-to-m365-arc-google',
      about:
        'A swim club’s unsigned newsletter (SPF ip4, p=quarantine) to an old Gmail address that auto-forwards everything to the member’s Microsoft 365 mailbox: Gmail records spf=pass and dmarc=pass, seals ARC as google.com (arc-20240605), and forwards from mail-sor-f41.google.com with its +caf_ envelope; EOP records spf=pass for gmail.com, dkim=none, dmarc=fail and compauth=pass reason=130 (ARC). Read in Outlook. Wanted: unverified (forwarded-trusted: Google’s intact seal recorded the aligned pass), never spoofed',
      class: 'forwarder',
      args: OUTLOOK,
      eml: eopDelivery(sealed, {
        ip: GMAIL_FWD.ip,
        helo: GMAIL_FWD.helo,
        ar: `spf=pass (sender IP is ${GMAIL_FWD.ip})\r\n smtp.mailfrom=gmail.com; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=none header.from=${d};compauth=pass\r\n reason=130`,
        spf: `Pass (protection.outlook.com: domain of gmail.com designates\r\n ${GMAIL_FWD.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${GMAIL_FWD.ip}; helo=${GMAIL_FWD.helo}; pr=C`,
        returnPath: fwdEnv,
      }),
      zone: {
        ...ptr(GMAIL_FWD.ip, GMAIL_FWD.rdns),
        ...ptr(sender.ip, sender.rdns),
        'arc-20240605._domainkey.google.com': KEY(),
        'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
        '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
        [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: { verdict: 'unverified' },
    });
  }

  // 2b. A university alumni alias (Postfix virtual, no SRS) into a Microsoft 365 tenant; signed sender.
  {
    const d = 'kestrel-books.example';
    const env = `orders@${d}`;
    const sender: Relay = { helo: `out.${d}`, rdns: `out.${d}`, ip: '192.0.2.92' };
    const alum: Relay = {
      helo: 'mx1.alumni.example-uni.edu',
      rdns: 'mx1.alumni.example-uni.edu',
      ip: '198.51.100.92',
    };
    const signed = await signAll(
      submitted({
        from: `Kestrel Books <${env}>`,
        to: 'Robin Reader <robin.reader@alumni.example-uni.edu>',
        subject: 'Your order has shipped',
        date: SENT,
        messageId: `<20261120095958.92cc@${d}>`,
        body: 'Hello,\r\n\r\nyour order 30411 has shipped.\r\n',
      }),
      [[d, 'kb1']],
    );
    const atAlumni = onTop(
      signed,
      received({
        ...sender,
        by: alum.helo,
        id: '4Zt5Bb3Cde',
        for: 'robin.reader@alumni.example-uni.edu',
        date: at(2),
      }),
    );
    emitCase(write, {
      name: 'rw40-alumni-alias-no-srs-to-m365-signed-sender',
      about:
        'A bookshop’s shipping notice, signed d=kestrel-books.example (SPF ip4, p=reject), to a university alumni alias that a Postfix virtual map forwards to the graduate’s Microsoft 365 mailbox without SRS (the bookshop’s envelope kept): EOP records spf=fail at the university’s address, dkim=pass, dmarc=pass. Read in Outlook. Expected authenticated (the signature is intact and aligned; the SPF failure is the forward’s, not the sender’s)',
      class: 'forwarder',
      args: OUTLOOK,
      eml: eopDelivery(atAlumni, {
        ip: alum.ip,
        helo: alum.helo,
        ar: `spf=fail (sender IP is ${alum.ip})\r\n smtp.mailfrom=${d}; dkim=pass (signature was verified)\r\n header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass\r\n reason=100`,
        spf: `Fail (protection.outlook.com: domain of ${d} does not designate\r\n ${alum.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${alum.ip}; helo=${alum.helo};`,
        returnPath: env,
      }),
      zone: {
        ...ptr(alum.ip, alum.rdns),
        ...ptr(sender.ip, sender.rdns),
        [`kb1._domainkey.${d}`]: KEY(),
        [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: PASSES,
    });
  }

  // 2c. A Fastmail custom-domain alias forwarding to Gmail; SPF-only sender, ARC by messagingengine.com.
  {
    const d = 'north-allotments.example';
    const env = `secretary@${d}`;
    const sender: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '192.0.2.95' };
    const fmIn = 'mx1.messagingengine.com';
    const fmOut: Relay = {
      helo: 'fout-a4-smtp.messagingengine.com',
      rdns: 'fout-a4-smtp.messagingengine.com',
      ip: '103.168.172.147',
    };
    const raw = submitted({
      from: `North Allotments <${env}>`,
      to: 'Robin <robin@robin-family.example>',
      subject: 'Plot inspections this weekend',
      date: SENT,
      messageId: `<20261120095958.95dd@${d}>`,
      body: 'Hello plot holders,\r\n\r\ninspections are this Saturday.\r\n',
    });
    const fmResults = `${fmIn}; spf=pass smtp.mailfrom=${env}; dkim=none; dmarc=pass policy.published-domain-policy=quarantine header.from=${d}`;
    const atFastmail = onTop(
      raw,
      `Authentication-Results: ${fmIn};\r\n    dkim=none;\r\n    dmarc=pass policy.published-domain-policy=quarantine header.from=${d};\r\n    spf=pass smtp.mailfrom=${env} smtp.helo=${sender.helo}`,
      `Received: from ${sender.helo} (${sender.rdns} [${sender.ip}])\r\n\tby ${fmIn} (Postfix) with ESMTPS id 4Zt6Cc4Def\r\n\tfor <robin@robin-family.example>; ${at(2)}`,
    );
    const sealed = await sealCorpus(atFastmail, {
      domain: 'messagingengine.com',
      selector: 'fm3',
      cv: 'none',
      authResults: fmResults,
    });
    const srs = `SRS0=k7Qe=TT=${d}=secretary@robin-family.example`;
    emitCase(write, {
      name: 'rw40-fastmail-domain-alias-forward-spf-only-to-gmail',
      about:
        'An allotment society’s unsigned notice (SPF ip4, p=quarantine) to a family domain hosted on Fastmail whose alias forwards to Gmail: Fastmail’s mx1.messagingengine.com records the pass, seals ARC as messagingengine.com (fm3), and forwards from fout-a4-smtp.messagingengine.com with an SRS envelope under the family domain; Gmail records spf=pass for the SRS envelope and dmarc=fail. Read in Gmail. The AR and seal shapes as realworld8 (ImprovMX, Forward Email) and realworld14 write Fastmail; the SRS form recalled. Wanted: unverified (forwarded-trusted), never spoofed',
      class: 'forwarder',
      args: GMAIL,
      eml: gmailDelivery(sealed, {
        relay: fmOut,
        envelope: srs,
        ids: ['x40csp4410934pxa', 'a40si9952011qtb.95'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          `arc=pass (i=1 spf=pass spfdomain=${d} dmarc=pass fromdomain=${d});`,
          gmailSpf(srs, fmOut.ip),
          gmailDmarc(d, 'QUARANTINE', 'fail'),
        ].join('\r\n       '),
      }),
      zone: {
        ...ptr(fmOut.ip, fmOut.rdns),
        ...ptr(sender.ip, sender.rdns),
        'fm3._domainkey.messagingengine.com': KEY(),
        'robin-family.example': { TXT: ['v=spf1 include:spf.messagingengine.com ?all'] },
        'spf.messagingengine.com': { TXT: ['v=spf1 ip4:103.168.172.0/22 ip4:66.111.4.0/24 ?all'] },
        [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: { verdict: 'unverified' },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Ordinary small senders
// ---------------------------------------------------------------------------------------------

/** Exchange Online's outbound host (Microsoft's range) for the tenants below. */
const EXO: Relay = {
  helo: 'EUR03-DBA-obe.outbound.protection.outlook.com',
  rdns: 'mail-dbaeur03on2120.outbound.protection.outlook.com',
  ip: '40.107.104.120',
};
/** What Exchange Online signs (no To, no t=). */
const EXO_SIGNED = ['from', 'date', 'subject', 'message-id', 'content-type', 'mime-version'];

async function smallSenders(write: CaseWriter): Promise<void> {
  // 3a. Mail-in-a-Box on a Hetzner server: SPF "mx -all", DKIM s=mail, read in Gmail.
  {
    const d = 'pellmann-design.example';
    const box: Relay = { helo: `box.${d}`, rdns: `box.${d}`, ip: '95.217.40.12' };
    const env = `jana@${d}`;
    const raw = await signAll(
      onTop(
        submitted({
          from: `Jana Pellmann <${env}>`,
          to: 'Robin Reader <robin.reader@gmail.com>',
          subject: 'Logo drafts, round two',
          date: SENT,
          messageId: `<20261120095958.12ee@${d}>`,
          extraHeaders: ['User-Agent: Roundcube Webmail/1.6.9'],
          body: 'Hi Robin,\r\n\r\nthe second round of drafts is in the shared folder.\r\n\r\nJana\r\n',
        }),
        `Received: from authenticated-user (box.${d} [95.217.40.12])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby box.${d} (Postfix) with ESMTPSA id 4Zt7Dd5Efg\r\n\tfor <robin.reader@gmail.com>; ${at(1)}`,
      ),
      [[d, 'mail']],
    );
    emitCase(write, {
      name: 'rw40-mailinabox-hetzner-spf-mx-gmail',
      about:
        'A designer’s own Mail-in-a-Box on a Hetzner server (95.217.40.12, AS24940; PTR and A box.pellmann-design.example): Mail-in-a-Box’s defaults, SPF "v=spf1 mx -all" with the MX at the box, OpenDKIM selector "mail", DMARC p=quarantine; Roundcube’s submission as "authenticated-user" on the box itself; read in Gmail. The box is the sender’s own: a hosted-server note is fair, a warning is not. Mail-in-a-Box’s DNS defaults and its authenticated-user line recalled. Expected authenticated',
      class: 'small-sender',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: box,
        envelope: env,
        ids: ['x40csp5510934pxa', 'a40si1162011qtb.12'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailDkim(d, 'mail'), gmailSpf(env, box.ip), gmailDmarc(d, 'QUARANTINE')].join(
          '\r\n       ',
        ),
      }),
      zone: {
        ...ptr(box.ip, box.rdns),
        [`mail._domainkey.${d}`]: KEY(),
        [d]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: box.rdns }], A: [box.ip] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine;'] },
      },
      expect: PASSES,
    });
  }

  // 3b. A cPanel shared host (Exim): SPF "+a +mx", DKIM s=default, read in Outlook.
  {
    const d = 'rosewood-bakery.example';
    const host: Relay = {
      helo: 'server214.sharedhost.example',
      rdns: 'server214.sharedhost.example',
      ip: '203.0.113.214',
    };
    const env = `hello@${d}`;
    const raw = await signAll(
      onTop(
        submitted({
          from: `Rosewood Bakery <${env}>`,
          to: TO_M365,
          subject: 'Your cake order is confirmed',
          date: SENT,
          messageId: `<a81b2c3d4e5f60718293a4b5c6d7e8f9@${d}>`,
          extraHeaders: ['User-Agent: Roundcube Webmail/1.6.6'],
          body: 'Hello,\r\n\r\nyour order for Saturday is confirmed.\r\n',
        }),
        'X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
        'X-AntiAbuse: Primary Hostname - server214.sharedhost.example',
        `X-AntiAbuse: Original Domain - ${d}`,
        `X-Authenticated-Sender: server214.sharedhost.example: ${env}`,
        `Received: from [198.51.100.214] (port=51234 helo=[192.168.1.33])\r\n\tby server214.sharedhost.example with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.98)\r\n\t(envelope-from <${env}>)\r\n\tid 1tNv3q-0004Rb-2K\r\n\tfor robin@reader.example;\r\n\t${at(1)}`,
      ),
      [[d, 'default']],
    );
    emitCase(write, {
      name: 'rw40-cpanel-shared-exim-spf-a-mx-outlook',
      about:
        'A bakery on a cPanel shared host: the web site and mail on server214 (the domain’s A and MX both point at it), cPanel’s generated SPF "v=spf1 +a +mx +ip4:203.0.113.214 ~all", DKIM selector "default", DMARC p=none; Roundcube’s submission through Exim ("with esmtpsa", X-AntiAbuse and X-Authenticated-Sender rows as realworld37 cites them), delivered to Microsoft 365, whose results EOP records. Read in Outlook. Expected authenticated',
      class: 'small-sender',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ip: host.ip,
        helo: host.helo,
        ar: `spf=pass (sender IP is ${host.ip})\r\n smtp.mailfrom=${d}; dkim=pass (signature was verified)\r\n header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass\r\n reason=100`,
        spf: `Pass (protection.outlook.com: domain of ${d} designates\r\n ${host.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${host.ip}; helo=${host.helo}; pr=C`,
        returnPath: env,
      }),
      zone: {
        ...ptr(host.ip, host.rdns),
        [`default._domainkey.${d}`]: KEY(),
        [d]: {
          TXT: [`v=spf1 +a +mx +ip4:${host.ip} ~all`],
          A: [host.ip],
          MX: [{ priority: 0, exchange: `mail.${d}` }],
        },
        [`mail.${d}`]: { A: [host.ip] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
      },
      expect: PASSES,
    });
  }

  // 3c. WordPress through PHP mail() on an OVH VPS: the envelope at the VPS's default host name.
  {
    const d = 'harbour-cafe.example';
    const vps: Relay = {
      helo: 'vps-5e3a9c21.vps.ovh.net',
      rdns: 'vps-5e3a9c21.vps.ovh.net',
      ip: '51.75.144.21',
    };
    const env = 'www-data@vps-5e3a9c21.vps.ovh.net';
    const raw = onTop(
      submitted({
        from: `Harbour Cafe <wordpress@${d}>`,
        to: 'Robin Reader <robin.reader@gmail.com>',
        subject: '[Harbour Cafe] Your table booking',
        date: SENT,
        messageId: `<Kq3vTzX8aBcD1eFgHiJkLmNoPqRsTuVwXyZ0123456@${d}>`,
        extraHeaders: ['X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'],
        body: 'Thank you, your table for two on Saturday at 19:30 is booked.\r\n',
      }),
      `Received: by vps-5e3a9c21.vps.ovh.net (Postfix, from userid 33)\r\n\tid 4Zt8Ee6Fgh; ${at(1)}`,
    );
    emitCase(write, {
      name: 'rw40-wordpress-php-mail-ovh-vps-default-hostname-gmail',
      about:
        'A café’s WordPress booking confirmation sent by PHPMailer through PHP mail() on the café’s own OVH VPS (51.75.144.21, AS16276): Postfix "from userid 33" (www-data), the envelope at the VPS’s default host name vps-5e3a9c21.vps.ovh.net (no SPF there), unsigned; the café’s SPF "v=spf1 a mx ~all" covers the VPS (its A), DMARC p=none; read in Gmail (spf=none, dmarc=fail p=NONE). Nothing can prove it, but nothing says it is forged: unverified, or suspicious for the unauthenticated hosted server; never spoofed',
      class: 'small-sender',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: vps,
        envelope: env,
        ids: ['x40csp6610934pxa', 'a40si2272011qtb.21'],
        deliveredTo: true,
        results: [
          `spf=none (google.com: vps-5e3a9c21.vps.ovh.net does not designate permitted sender hosts) smtp.mailfrom=${env};`,
          gmailDmarc(d, 'NONE', 'fail'),
        ].join('\r\n       '),
      }),
      zone: {
        ...ptr(vps.ip, vps.rdns),
        [d]: { TXT: ['v=spf1 a mx ~all'], A: [vps.ip], MX: [{ priority: 10, exchange: `mx1.mail.ovh.net` }] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
      },
      expect: { notVerdict: ['spoofed', 'authenticated'] },
    });
  }

  // 3d/3e. A Synology NAS scanning to e-mail through Microsoft 365 SMTP AUTH, read in Gmail.
  {
    const d = 'marlow-architects.example';
    const tenant = 'marlowarchitects';
    const env = `scanner@${d}`;
    const nasLine =
      'Received: from DiskStation (81.2.69.142) by DB9PR02MB7243.eurprd02.prod.outlook.com\r\n (2603:10a6:10:2b8::17) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24 via Frontend\r\n Transport; Fri, 20 Nov 2026 10:00:01 +0000';
    const scan = (id: string) =>
      onTop(
        submitted({
          from: `Scanner <${env}>`,
          to: 'Robin Reader <robin.reader@gmail.com>',
          subject: 'Scanned document from DiskStation',
          date: SENT,
          messageId: `<${id}@DiskStation>`,
          extraHeaders: ['X-Mailer: Synology DSM', 'x-ms-exchange-senderadcheck: 1'],
          body: 'Scanned file: Scan_20261120_095958.pdf\r\n',
        }),
        nasLine,
      );
    const common =
      'An architects’ office’s Synology NAS (its hostname DiskStation, X-Mailer "Synology DSM") sending scan-to-mail as scanner@marlow-architects.example through smtp.office365.com with SMTP AUTH (the office’s public address in the submission line), Exchange Online delivering from its outbound host to Gmail; SPF "include:spf.protection.outlook.com -all", DMARC p=quarantine. Submission line as realworld11’s SMTP AUTH case; the NAS’s header rows recalled';
    const own = await signCorpus(scan('1795168798.4711'), {
      domain: d,
      selector: 'selector1',
      headerList: EXO_SIGNED,
    });
    const zoneBase = {
      ...ptr(EXO.ip, EXO.rdns),
      ...M365_SPF_ZONE,
      [d]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    };
    emitCase(write, {
      name: 'rw40-nas-scan-to-mail-m365-smtp-auth-own-dkim-gmail',
      about: `${common}. The tenant signs with the domain’s own key (selector1). Expected authenticated`,
      class: 'small-sender',
      args: GMAIL,
      eml: gmailDelivery(own, {
        relay: EXO,
        envelope: env,
        ids: ['x40csp7710934pxa', 'a40si3382011qtb.42'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailDkim(d, 'selector1'), gmailSpf(env, EXO.ip), gmailDmarc(d, 'QUARANTINE')].join(
          '\r\n       ',
        ),
      }),
      zone: { ...zoneBase, [`selector1._domainkey.${d}`]: KEY() },
      expect: PASSES,
    });
    const tenantSel = `selector1-${d.replace(/\./g, '-')}`;
    const onlyTenant = await signCorpus(scan('1795168798.4712'), {
      domain: `${tenant}.onmicrosoft.com`,
      selector: tenantSel,
      headerList: EXO_SIGNED,
    });
    emitCase(write, {
      name: 'rw40-nas-scan-to-mail-m365-smtp-auth-tenant-key-only-gmail',
      about: `${common}. The tenant never turned on DKIM for its own domain, so Exchange Online signs only as marlowarchitects.onmicrosoft.com; Gmail records dkim=pass for the onmicrosoft.com domain and dmarc=pass through SPF. The pass rests only on Microsoft 365's shared include: wanted an honest unverified (not authenticated, not a warning)`,
      class: 'small-sender',
      args: GMAIL,
      eml: gmailDelivery(onlyTenant, {
        relay: EXO,
        envelope: env,
        ids: ['x40csp8810934pxa', 'a40si4492011qtb.42'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim(`${tenant}.onmicrosoft.com`, tenantSel),
          gmailSpf(env, EXO.ip),
          gmailDmarc(d, 'QUARANTINE'),
        ].join('\r\n       '),
      }),
      zone: { ...zoneBase, ...tenantKey(tenant, tenantSel) },
      expect: { verdict: 'unverified', notVerdict: ['spoofed', 'suspicious'] },
    });
  }

  // 3f. An Outlook.com calendar invitation to a Gmail user.
  {
    const olk: Relay = {
      helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
      rdns: 'mail-db8eur05olkn2043.outbound.protection.outlook.com',
      ip: '40.92.89.43',
    };
    const env = 'sam.hale@outlook.com';
    const b = '_000_AS8P194MB1872A1B2C3D4E5F6A7B8EUR_';
    const invite = [
      `From: Sam Hale <${env}>`,
      'To: Robin Reader <robin.reader@gmail.com>',
      'Subject: Dinner on Friday',
      'Thread-Topic: Dinner on Friday',
      'Thread-Index: AdtZk3qL8y2pQ1w5T0uY6a7bC8d9eA==',
      `Date: ${SENT}`,
      'Message-ID: <AS8P194MB1872A1B2C3D4E5F6A7B8@AS8P194MB1872.EURP194.PROD.OUTLOOK.COM>',
      'Accept-Language: en-GB, en-US',
      'Content-Language: en-GB',
      'X-MS-Has-Attach:',
      'X-MS-TNEF-Correlator:',
      'MIME-Version: 1.0',
      `Content-Type: multipart/alternative;\r\n\tboundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Dinner at ours on Friday, 19:00.',
      '',
      `--${b}`,
      'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
      'Content-Transfer-Encoding: 7bit',
      '',
      'BEGIN:VCALENDAR',
      'METHOD:REQUEST',
      'PRODID:Microsoft Exchange Server 2010',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'ORGANIZER;CN=Sam Hale:mailto:sam.hale@outlook.com',
      'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Robin Reader:mailto:robin.reader@gmail.com',
      'SUMMARY;LANGUAGE=en-GB:Dinner on Friday',
      'DTSTART:20261127T190000Z',
      'DTEND:20261127T220000Z',
      'UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB01000000000000000010000000A1B2C3D4E5F6',
      'DTSTAMP:20261120T095958Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
      `--${b}--`,
      '',
    ].join('\r\n');
    const mapi =
      'Received: from AS8P194MB1872.EURP194.PROD.OUTLOOK.COM\r\n ([fe80::3c1a:8b2f:9d4e:7a61]) by AS8P194MB1872.EURP194.PROD.OUTLOOK.COM\r\n ([fe80::3c1a:8b2f:9d4e:7a61%5]) with mapi id 15.20.8158.017; Fri, 20 Nov 2026\r\n 09:59:59 +0000';
    const signed = await signCorpus(onTop(invite, mapi), {
      domain: 'outlook.com',
      selector: 'selector1',
      headerList: EXO_SIGNED,
    });
    emitCase(write, {
      name: 'rw40-outlookcom-calendar-invite-to-gmail',
      about:
        'A friend’s meeting request from an Outlook.com consumer account (Outlook’s multipart/alternative with a text/calendar METHOD:REQUEST part, PRODID "Microsoft Exchange Server 2010", Thread-Index), signed d=outlook.com selector1, sent from Outlook.com’s consumer outbound (EUR05-DB8-obe, 40.92.0.0/15) to Gmail. Outlook.com’s MAPI hop and obe names as realworld14 writes them. Expected authenticated',
      class: 'small-sender',
      args: GMAIL,
      eml: gmailDelivery(signed, {
        relay: olk,
        envelope: env,
        ids: ['x40csp9910934pxa', 'a40si5502011qtb.43'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim('outlook.com', 'selector1'),
          gmailSpf(env, olk.ip),
          gmailDmarc('outlook.com', 'NONE'),
        ].join('\r\n       '),
      }),
      zone: {
        ...ptr(olk.ip, olk.rdns),
        ...M365_SPF_ZONE,
        'selector1._domainkey.outlook.com': KEY(),
        'outlook.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        '_dmarc.outlook.com': { TXT: ['v=DMARC1; p=none; pct=100'] },
      },
      expect: PASSES,
    });
  }
}
