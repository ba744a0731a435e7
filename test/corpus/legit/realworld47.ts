// Real-world delivery shapes, forty-seventh round: Microsoft 365 and mailing lists against the rules
// of the last hours, from the side of the ordinary sender and reader (never "spoofed").
// - The HELO taint (lib/auth/authresults.ts heloWrites): the HELO is what the entry line prints
//   before the client comment holding `[ip]`, or before the first `(` when the line has no `[ip]`.
//   Genuine entry lines whose shape differs from Postfix's: Exim's `rdns ([ip]:port helo=…)` with
//   rspamd's results copying the HELO into smtp.helo=, Postfix's IPv6 `[IPv6:…]` (the bare `[ip]`
//   is not in the line), Cisco AsyncOS's `(HELO name) ([ip])` with its own header, Exchange's
//   `(ip)` without brackets at an on-premises reader, Stalwart's `[ip] (AS… )` comment.
// - The Stalwart rule (its Authentication-Results right below its own Received line): Microsoft
//   365 mail looped through Exclaimer's cloud, a Teams notification offline, a Mailman 3 post.
// - The shared gateway network (lib/engine/gateways.ts sharedGatewayNetwork): a Microsoft 365
//   message through the reader's filter VM trusted only by a cloud /16 (suspicious by design: pinned
//   so), and a Sympa post through the reader's Hetzner filter trusted by its own address.
// - The login rules (lib/engine/login-elsewhere.ts): an Exchange Online SMTP AUTH submission
//   (a copier at the office, "from [192.168.1.50] (203.0.113.7)") whose From's MX is the tenant's
//   own mail.protection.outlook.com name; an Exchange Online journal report to an archive box, and
//   the same system mailbox (MicrosoftExchange329e…) bouncing under the tenant's custom domain.
// - Microsoft's own notifications: SharePoint Online sharing (no-reply@sharepointonline.com),
//   Teams (noreply@email.teams.microsoft.com), no-reply@microsoft.com; GitHub notifications
//   through Mailman 3; LISTSERV's -dmarc-request rewrite behind Cisco; Discourse; Google Groups.
// Tally when written (2026-12-04 23:2x): 16 cases, 14 read right, 2 pending (Exchange Online's system
// mailbox "Microsoft Outlook" <MicrosoftExchange329e…@…> read suspicious by the brand rules).
// Layouts learnt from: Exchange Online's lines as m365-shapes.ts (README-m365.md sources);
// Exclaimer's loop as rw9 (its SPF include spf.EU.exclaimer.net from kris6673/Wiki Exclaimer.md);
// Exchange Online's system mailbox "Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@
// <tenant>.onmicrosoft.com> (a Graph message sample) and @<custom domain> (bounce-filter code and
// tests in public repositories, found with find_string); Exchange journal reports ("the original message … included unaltered as an attachment", the
// Sender/Subject/Message-ID/To body lines: Microsoft's "Understanding Journal Reports", technet
// bb331962 and [MS-XJRNL]); Stalwart's line and results as rw46 (stalwartlabs/stalwart #31, #1308);
// Exim's "rdns ([ip]:port helo=…)" from rspamd's received.lua tests as rw46 cites; Cisco's
// "(HELO name) ([ip])" as the heloWrites comment and rw40; LISTSERV's "-dmarc-request" From as
// rw39; Mailman 3 list fields as list-shapes.ts; Google Groups' fields as list-shapes.ts;
// Discourse's "via" display name and reply+<key>@ envelope as rw8. Names and addresses are
// documentation ones except Microsoft's, Google's and the cloud ranges the rules must recognise;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendHeaders, tagSubject } from '../edits';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, RECEIVER, type Relay, signAll } from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/** DMARC passed for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail nothing can fully prove: unverified at worst, never a warning. */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Both read suspicious, from Exchange Online's own system mailbox, "Microsoft Outlook"
  // <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@…>, which writes every tenant's bounces (NDRs)
  // and journal reports. Under the tenant's custom default domain (the NDR, DKIM d= the tenant,
  // DMARC pass): display-name-brand at medium (lib/findings/display-name.ts displayNameRule: the
  // name says Microsoft, the domain is not Microsoft's), so row 7 authenticated-with-concerns. Under
  // <tenant>.onmicrosoft.com (the journal report to the archive box): brand-on-freemail
  // (lib/findings/freemail.ts, "a sign-up tenant"). Should: authenticated for the NDR (the firm's
  // own signature; Microsoft names the mailer so in every tenant), unverified at worst for the
  // journal report. Proposed fix: in both rules, when the From's local part is exactly
  // MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e, the name exactly "Microsoft Outlook", the
  // origin hop is Exchange Online's outbound (the Microsoft 365 relay class) and DMARC passes for
  // the From domain, write the brand finding at low (say "Exchange Online's system mailbox for
  // <domain>") instead of medium/high. Risk: a phisher's own Microsoft 365 tenant could send a
  // "Microsoft Outlook" bounce look-alike from its own (unrelated or look-alike) domain and read
  // authenticated, where it reads suspicious today; the look-alike and first-contact rules still
  // run, and a tenant cannot normally give a user that system address (not verified here). If
  // the lead prefers the warning, keep both as known limits.
  // Kept pending (the lead, 23:2x on 2026-12-04): the older known item (README, Exchange's
  // "Microsoft Outlook" system sender). Lowering the brand finding for that fixed local part and name
  // would let any tenant's look-alike bounce read authenticated; a tenant's own system sender reading
  // suspicious is the lesser wrong until the system address can be told from a user's.
  'rw47-m365-journal-report-to-archive-box',
  'rw47-m365-ndr-system-mailbox-custom-domain-to-gmail',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await microsoft(write);
  await lists(write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const at = (s: number) => `Fri, 20 Nov 2026 10:00:${String(s).padStart(2, '0')} +0000`;
const TLS12 = '(version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)';

// The sending tenant: Northwind Legal on Microsoft 365, signed selector1, p=reject.
const NW = 'northwind-legal.example';
const NW_FROM = `Dana Whitfield <dana.whitfield@${NW}>`;
const NAM12: Relay = {
  helo: 'NAM12-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam12on2101.outbound.protection.outlook.com',
  ip: '40.107.243.101',
};
const NW_ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(NAM12.ip, NAM12.rdns),
  [NW]: {
    TXT: ['v=spf1 include:spf.protection.outlook.com -all'],
    MX: [{ priority: 0, exchange: 'northwindlegal-example.mail.protection.outlook.com' }],
  },
  [`_dmarc.${NW}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`selector1._domainkey.${NW}`]: KEY(),
};

/** A Northwind message as Outlook submits it, the tenant's organisation rows, signed selector1. */
async function northwind(n: number, subject: string, to: string, body?: string, extra: string[] = []) {
  return signAll(
    appendHeaders(
      submitted({
        from: NW_FROM,
        to,
        subject,
        date: SENT,
        messageId: `<DM6PR08MB5580${n}7E4C1A2B3D4F5A6B@DM6PR08MB5580.namprd08.prod.outlook.com>`,
        body: body ?? 'Hello,\r\n\r\nplease find the signed engagement letter attached.\r\n\r\nDana\r\n',
      }),
      'X-MS-Exchange-SenderADCheck: 1',
      `X-OriginatorOrg: ${NW}`,
      'X-MS-Exchange-CrossTenant-AuthAs: Internal',
      ...extra,
    ),
    [[NW, 'selector1']],
  );
}

/** Microsoft's outbound ARC i=1 (d=microsoft.com) recording the sending tenant's pass. */
const msArc = (raw: string, rcptDomain: string, from = NW, ip = NAM12.ip) =>
  sealCorpus(raw, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${from}; dmarc=pass action=none header.from=${from}; dkim=pass header.d=${from}; arc=none (sender ip is ${ip}) smtp.rcpttodomain=${rcptDomain}`,
  });

const stalwartLine = (host: string, r: Relay, id: string, s: number) =>
  `Received: from ${r.helo} (${r.rdns} [${r.ip}] (AS8075 Microsoft Corporation, US))\r\n\t(using TLSv1.3 with cipher TLS13_AES_256_GCM_SHA384)\r\n\tby ${host} (Stalwart SMTP) with ESMTPS id ${id};\r\n\t${at(s)}`;

const eximLine = (r: Relay, env: string, rcpt: string, s: number) =>
  `Received: from ${r.rdns} ([${r.ip}]:41822 helo=${r.helo})\r\n\tby ${RECEIVER} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97.1)\r\n\t(envelope-from <${env}>)\r\n\tid 1tQx7a-00Ab47-2F\r\n\tfor ${rcpt};\r\n\t${at(s)}`;

// ---------------------------------------------------------------------------------------------
// 1. Microsoft 365 senders and Microsoft's own notifications
// ---------------------------------------------------------------------------------------------

async function microsoft(write: CaseWriter): Promise<void> {
  // 1a. M365 → Gmail with Microsoft's ARC set, Gmail's arc=pass comment.
  {
    const raw = onTop(
      await msArc(
        await northwind(1, 'Engagement letter', 'Robin Reader <robin.reader@gmail.com>'),
        'gmail.com',
      ),
      ...senderTenantHops(),
    );
    emitCase(write, {
      name: 'rw47-m365-tenant-to-gmail-microsoft-arc',
      about: `A law firm on Microsoft 365 (${NW}, signed selector1, SPF include:spf.protection.outlook.com, p=reject) writes to a client’s Gmail: the tenant’s mapi and transport hops, Microsoft’s ARC i=1 (d=microsoft.com s=arcselector10001), handed over by ${NAM12.helo} (${NAM12.ip}); Gmail records arc=pass with its "(i=1 spf=pass spfdomain=…)" comment, dkim, spf and dmarc pass. Read in Gmail. Expected authenticated (the firm’s own signature, not only Microsoft’s SPF include)`,
      class: 'm365',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: NAM12,
        envelope: `dana.whitfield@${NW}`,
        ids: ['x47csp1102931pxa', 'a47si14402911qtb.47'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          `arc=pass (i=1 spf=pass spfdomain=${NW} dkim=pass dkdomain=${NW} dmarc=pass fromdomain=${NW});`,
          gmailDkim(NW, 'selector1'),
          gmailSpf(`dana.whitfield@${NW}`, NAM12.ip),
          gmailDmarc(NW),
        ].join('\r\n       '),
      }),
      zone: { ...NW_ZONE, 'arcselector10001._domainkey.microsoft.com': KEY() },
      expect: PASSES,
    });
  }

  // 1b. SMTP AUTH client submission at smtp.office365.com (a copier), tenant to tenant, in Outlook.
  {
    const copier = `Received: from [192.168.1.50] (203.0.113.7) by\r\n DM6PR08MB5580.namprd08.prod.outlook.com (2603:10b6:5:10f::27) with Microsoft\r\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.8158.24; ${at(0)}`;
    const raw = onTop(
      await signAll(
        submitted({
          from: `Scanner Reception <scanner@${NW}>`,
          to: 'Robin Reader <robin@reader.example>',
          subject: 'Scanned from MFC-L2750DW',
          date: SENT,
          messageId: `<20261120095958.4711@${NW}>`,
          body: 'Scanned document attached.\r\n',
        }),
        [[NW, 'selector1']],
      ),
      `Received: from DM6PR08MB5580.namprd08.prod.outlook.com (2603:10b6:5:10f::27)\r\n by BN0PR08MB7535.namprd08.prod.outlook.com (2603:10b6:408:15b::22) with\r\n Microsoft SMTP Server ${TLS12} id 15.20.8158.24; ${at(1)}`,
      copier,
    );
    emitCase(write, {
      name: 'rw47-m365-smtp-auth-copier-to-tenant-outlook',
      about: `The firm’s copier scans to e-mail through Exchange Online’s SMTP AUTH client submission (smtp.office365.com, port 587): Exchange records "from [192.168.1.50] (203.0.113.7) by DM6PR08MB5580… with Microsoft SMTP Server", the copier’s LAN literal as HELO and the office’s public address in parentheses; the tenant signs selector1 and hands over from ${NAM12.helo}. ${NW}’s MX is its own mail.protection.outlook.com name. Read in Outlook on the recipient’s tenant (EOP passes SPF, DKIM, DMARC). Expected authenticated (a login inside Microsoft 365, not a login on a box the From’s MX names; the bracketed HELO writes nothing)`,
      class: 'm365',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ...eopPass(NAM12, NW, 'dkim=pass (signature was verified)\r\n header.d=northwind-legal.example'),
        returnPath: `scanner@${NW}`,
      }),
      zone: NW_ZONE,
      expect: PASSES,
    });
  }

  // 1c. Exclaimer Cloud loop, read on the reader's Stalwart box.
  {
    const STW = 'mail.linden-home.example';
    const exclaimer = [
      `Received: from UKS-PROD-SIG-03.exclaimer.net (51.104.24.58) by\r\n AM4PEPF00027A6B.mail.protection.outlook.com (10.167.16.89) with Microsoft SMTP\r\n Server ${TLS12} id\r\n 15.20.8158.14 via Frontend Transport; ${at(3)}`,
      `Received: from EUR05-DB8-obe.outbound.protection.outlook.com (40.107.22.70) by\r\n UKS-PROD-SIG-03.exclaimer.net with ESMTPS; ${at(2)}`,
    ];
    const signed = await northwind(
      3,
      'Hearing moved to Tuesday',
      'Robin <robin@linden-home.example>',
      'Robin,\r\n\r\nthe hearing moved to Tuesday.\r\n\r\nDana\r\n\r\nDana Whitfield | Partner | Northwind Legal\r\n',
      [
        'X-ExclaimerHostedSignatures-MessageProcessed: true',
        'X-ExclaimerProxyLatency: 4812031',
        'X-ExclaimerImprintLatency: 1297408',
      ],
    );
    const raw = await msArc(onTop(signed, ...exclaimer, ...senderTenantHops()), 'linden-home.example');
    const env = `dana.whitfield@${NW}`;
    const eml = onTop(
      raw,
      `Return-Path: <${env}>`,
      'Delivered-To: robin@linden-home.example',
      stalwartLine(STW, NAM12, '4B21C0FFEE474747', 5),
      `Authentication-Results: ${STW};\r\n    dkim=pass header.d=${NW} header.s=selector1 header.b=Q29ycHVz;\r\n    spf=pass (${STW}: domain of ${env} designates ${NAM12.ip} as permitted sender) smtp.mailfrom=${env};\r\n    arc=pass (microsoft.com:s=arcselector10001:i=1);\r\n    iprev=pass policy.iprev=${NAM12.ip};\r\n    dmarc=pass header.from=${NW} policy.dmarc=reject`,
      `Received-SPF: pass (${STW}: domain of ${env} designates ${NAM12.ip} as permitted sender)\r\n    receiver=${STW}; client-ip=${NAM12.ip}; envelope-from="${env}"; helo=${NAM12.helo};`,
    );
    emitCase(write, {
      name: 'rw47-m365-exclaimer-loop-to-stalwart-offline',
      about: `Microsoft 365 with Exclaimer Cloud signatures (rw9’s loop: out to UKS-PROD-SIG-03.exclaimer.net, back through an inbound connector, signed selector1 only after the loop, Microsoft’s ARC i=1), delivered to a household’s Stalwart (${STW}): its Received line with the "(AS8075 …)" comment, its Authentication-Results right below (dkim, spf, arc, iprev, dmarc pass), Received-SPF. Read with --authserv-id ${STW}, offline. Expected authenticated (Stalwart’s own header; the loop’s hops below are Microsoft’s and Exclaimer’s, not a login)`,
      class: 'm365',
      args: ['--authserv-id', STW],
      eml,
      expect: PASSES,
    });
  }

  // 1d. GCC High over IPv6 to a self-hosted Postfix box: `[IPv6:…]` in the client comment.
  {
    const USG6: Relay = {
      helo: 'USG02-BN3-obe.outbound.protection.office365.us',
      rdns: 'mail-bn3usg02on0101.outbound.protection.office365.us',
      ip: '2001:489a:2202:c::101',
    };
    const GOV = 'contractor.example';
    const raw = await signAll(
      submitted({
        from: `Jordan Ames <jordan.ames@${GOV}>`,
        to: 'Robin Reader <robin@reader.example>',
        subject: 'Program review agenda',
        date: SENT,
        messageId: '<BN3P110MB04127F3E2D1C0B9A@BN3P110MB0412.NAMP110.PROD.OUTLOOK.COM>',
        body: 'Robin,\r\n\r\nthe agenda for Thursday.\r\n\r\nJordan\r\n',
      }),
      [[GOV, 'selector1']],
    );
    const env = `jordan.ames@${GOV}`;
    emitCase(write, {
      name: 'rw47-gcchigh-ipv6-to-postfix-box',
      about: `A GCC High tenant (office365.us, signed selector1 d=${GOV}, p=reject) delivers over IPv6 from ${USG6.helo} (${USG6.ip}) to the reader’s Postfix box, which prints the client as "[IPv6:${USG6.ip}]" (the bare "[ip]" the HELO rule looks for is not in the line) and whose rspamd copies the HELO into smtp.helo=. Read with --authserv-id ${RECEIVER}. Expected authenticated`,
      class: 'sovereign-cloud',
      args: ['--authserv-id', RECEIVER],
      eml: onTop(
        raw,
        `Return-Path: <${env}>`,
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${GOV} header.s=selector1 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of ${env} designates ${USG6.ip} as permitted sender) smtp.mailfrom=${env} smtp.helo=${USG6.helo};\r\n\tdmarc=pass (policy=reject) header.from=${GOV}`,
        received({ ...USG6, by: RECEIVER, id: '4ZrX3d4701', for: 'robin@reader.example', date: at(5) }),
      ),
      zone: {
        [GOV]: { TXT: ['v=spf1 include:spf.protection.office365.us -all'] },
        'spf.protection.office365.us': { TXT: ['v=spf1 ip4:23.103.208.0/22 ip6:2001:489a:2202::/48 -all'] },
        [`_dmarc.${GOV}`]: { TXT: ['v=DMARC1; p=reject'] },
        [`selector1._domainkey.${GOV}`]: KEY(),
      },
      expect: PASSES,
    });
  }

  // 1e. Exchange Online journal report to the firm's archive (a Postfix box).
  {
    const TENANT = 'northwindlegal';
    const original = await northwind(5, 'Settlement draft', 'Counsel <counsel@opposing.example>');
    const boundary = '_002_JournalReport47_';
    const report = [
      `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${TENANT}.onmicrosoft.com>`,
      'To: archive@vault.reader.example',
      'Subject: Settlement draft',
      `Date: ${SENT}`,
      `Message-ID: <journal.47.a1b2c3d4@DM6PR08MB5580.namprd08.prod.outlook.com>`,
      'X-MS-Journal-Report:',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      `Sender: dana.whitfield@${NW}`,
      'Subject: Settlement draft',
      `Message-Id: <DM6PR08MB558057E4C1A2B3D4F5A6B@DM6PR08MB5580.namprd08.prod.outlook.com>`,
      'To: counsel@opposing.example',
      '',
      `--${boundary}`,
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment',
      '',
      original,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const signed = await signAll(
      report,
      [[`${TENANT}.onmicrosoft.com`, 'selector1-northwindlegal-onmicrosoft-com']],
      ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
    );
    const env = `MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${TENANT}.onmicrosoft.com`;
    emitCase(write, {
      name: 'rw47-m365-journal-report-to-archive-box',
      about: `Exchange Online journaling to a third-party archive on the firm’s own Postfix box (vault.reader.example): the journal report comes From "Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${TENANT}.onmicrosoft.com>, X-MS-Journal-Report, the envelope fields as text and the original attached unaltered, signed d=${TENANT}.onmicrosoft.com; handed over by ${NAM12.helo}. Read with --authserv-id ${RECEIVER}. Expected unverified or authenticated (a report Microsoft writes from the tenant’s own onmicrosoft.com name, not a forgery; nothing in it calls for a warning)`,
      class: 'm365',
      args: ['--authserv-id', RECEIVER],
      eml: onTop(
        signed,
        `Return-Path: <${env}>`,
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${TENANT}.onmicrosoft.com header.s=selector1-northwindlegal-onmicrosoft-com header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of ${env} designates ${NAM12.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=pass (policy=none) header.from=${TENANT}.onmicrosoft.com`,
        received({
          ...NAM12,
          by: RECEIVER,
          id: '4ZrX3d4705',
          for: 'archive@vault.reader.example',
          date: at(6),
        }),
      ),
      zone: {
        ...NW_ZONE,
        [`selector1-northwindlegal-onmicrosoft-com._domainkey.${TENANT}.onmicrosoft.com`]: KEY(),
        [`${TENANT}.onmicrosoft.com`]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        '_dmarc.onmicrosoft.com': { TXT: ['v=DMARC1; p=none'] },
      },
      expect: NOT_WARNED,
    });
  }

  // 1e'. The same system mailbox under the tenant's custom default domain: a bounce (NDR) to Gmail.
  {
    const sys = `MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${NW}`;
    const boundary = 'b47_ndr';
    const ndr = await signAll(
      [
        `From: Microsoft Outlook <${sys}>`,
        'To: Robin Reader <robin.reader@gmail.com>',
        'Subject: Undeliverable: Engagement letter',
        `Date: ${SENT}`,
        `Message-ID: <ndr.47.c3d4e5f6@DM6PR08MB5580.namprd08.prod.outlook.com>`,
        'Auto-Submitted: auto-replied',
        'MIME-Version: 1.0',
        `Content-Type: multipart/report; report-type=delivery-status;\r\n boundary="${boundary}"`,
        '',
        `--${boundary}`,
        'Content-Type: text/plain; charset="us-ascii"',
        '',
        `Delivery has failed to these recipients or groups:\r\n\r\nd.whitfield@${NW}\r\nThe email address you entered couldn't be found.`,
        '',
        `--${boundary}`,
        'Content-Type: message/delivery-status',
        '',
        `Reporting-MTA: dns;DM6PR08MB5580.namprd08.prod.outlook.com\r\n\r\nFinal-recipient: RFC822; d.whitfield@${NW}\r\nAction: failed\r\nStatus: 5.1.10`,
        '',
        `--${boundary}--`,
        '',
      ].join('\r\n'),
      [[NW, 'selector1']],
      ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
    );
    emitCase(write, {
      name: 'rw47-m365-ndr-system-mailbox-custom-domain-to-gmail',
      about: `Exchange Online’s bounce to a Gmail user who mistyped a lawyer’s address: From "Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${NW}> (the tenant’s system mailbox under its custom default domain, as public bounce copies show it), Auto-Submitted, multipart/report with a delivery-status part, null envelope (Gmail records spf=none for the HELO), signed selector1 d=${NW}, from ${NAM12.helo}. Read in Gmail. Expected authenticated (the firm’s own signature; "Microsoft Outlook" is Microsoft’s own name for the tenant’s mailer)`,
      class: 'microsoft-notification',
      args: GMAIL,
      eml: gmailDelivery(ndr, {
        relay: NAM12,
        envelope: '',
        ids: ['x47csp1102933pxa', 'a47si34402911qtb.47'],
        deliveredTo: true,
        results: [
          gmailDkim(NW, 'selector1'),
          `spf=none (google.com: ${NAM12.helo} does not designate permitted sender hosts) smtp.helo=${NAM12.helo};`,
          gmailDmarc(NW),
        ].join('\r\n       '),
      }),
      zone: NW_ZONE,
      expect: PASSES,
    });
  }

  // 1f–1h. Microsoft's own notifications: SharePoint (Gmail), Teams (Stalwart offline), microsoft.com (Outlook).
  {
    const spo = await signAll(
      appendHeaders(
        submitted({
          from: 'Dana Whitfield via SharePoint Online <no-reply@sharepointonline.com>',
          to: 'Robin Reader <robin.reader@gmail.com>',
          subject: 'Dana Whitfield shared "Engagement 2026" with you',
          date: SENT,
          messageId: '<6b1f0e3a-47aa-4c2e-9d10-0f47c2b3a5e1@sharepointonline.com>',
          body: 'Dana Whitfield shared a folder with you.\r\nhttps://northwindlegal.sharepoint.com/:f:/s/Clients/EqW47\r\n',
        }),
        `Reply-To: ${NW_FROM}`,
      ),
      [['sharepointonline.com', 'selector1']],
    );
    const spoEnv = 'no-reply@sharepointonline.com';
    emitCase(write, {
      name: 'rw47-sharepoint-online-sharing-to-gmail',
      about: `A SharePoint Online sharing invitation to an outside guest’s Gmail: From "Dana Whitfield via SharePoint Online" <no-reply@sharepointonline.com>, Reply-To the sharer at ${NW} (her tenant), signed d=sharepointonline.com, envelope no-reply@sharepointonline.com through Exchange Online’s outbound ${NAM12.helo}. Read in Gmail. Expected authenticated (Microsoft’s own domain signs; the sharer’s Reply-To at her firm is a low note at most)`,
      class: 'microsoft-notification',
      args: GMAIL,
      eml: gmailDelivery(spo, {
        relay: NAM12,
        envelope: spoEnv,
        ids: ['x47csp1102932pxa', 'a47si24402911qtb.47'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim('sharepointonline.com', 'selector1'),
          gmailSpf(spoEnv, NAM12.ip),
          gmailDmarc('sharepointonline.com'),
        ].join('\r\n       '),
      }),
      zone: {
        ...NW_ZONE,
        'sharepointonline.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        '_dmarc.sharepointonline.com': { TXT: ['v=DMARC1; p=reject'] },
        'selector1._domainkey.sharepointonline.com': KEY(),
      },
      expect: PASSES,
    });

    const STW = 'mail.linden-home.example';
    const TEAMS = 'email.teams.microsoft.com';
    const teams = await signAll(
      submitted({
        from: `Microsoft Teams <noreply@${TEAMS}>`,
        to: 'Robin <robin@linden-home.example>',
        subject: 'You have 3 unread messages in Hearing prep',
        date: SENT,
        messageId: '<7f2c47d1-0b9e-4a53-8c1d-3e47f5a6b7c8@email.teams.microsoft.com>',
        body: 'Dana Whitfield: can you check the exhibit list?\r\n',
      }),
      [[TEAMS, 's2048']],
    );
    const tEnv = `noreply@${TEAMS}`;
    const MSFT: Relay = {
      helo: 'NAM11-CO1-obe.outbound.protection.outlook.com',
      rdns: 'mail-co1nam11on2047.outbound.protection.outlook.com',
      ip: '40.107.220.47',
    };
    emitCase(write, {
      name: 'rw47-teams-missed-messages-to-stalwart-offline',
      about: `A Microsoft Teams missed-activity mail to a guest on a household Stalwart (${STW}): From "Microsoft Teams" <noreply@${TEAMS}>, signed d=${TEAMS}, from ${MSFT.helo} (${MSFT.ip}); Stalwart’s line with its AS comment and its results right below. Read with --authserv-id ${STW}, offline. Expected authenticated`,
      class: 'microsoft-notification',
      args: ['--authserv-id', STW],
      eml: onTop(
        teams,
        `Return-Path: <${tEnv}>`,
        stalwartLine(STW, MSFT, '4B21C0FFEE474748', 5),
        `Authentication-Results: ${STW};\r\n    dkim=pass header.d=${TEAMS} header.s=s2048 header.b=Q29ycHVz;\r\n    spf=pass (${STW}: domain of ${tEnv} designates ${MSFT.ip} as permitted sender) smtp.mailfrom=${tEnv};\r\n    arc=none;\r\n    iprev=pass policy.iprev=${MSFT.ip};\r\n    dmarc=pass header.from=${TEAMS} policy.dmarc=reject`,
      ),
      expect: PASSES,
    });

    const ms = await signAll(
      submitted({
        from: 'Microsoft <no-reply@microsoft.com>',
        to: 'Robin Reader <robin@reader.example>',
        subject: 'Your Microsoft 365 Business Standard subscription renews soon',
        date: SENT,
        messageId: '<47a1b2c3.d4e5.4f60.8a9b.0c1d2e3f4a5b@az.westus2.microsoft.com>',
        body: 'Your subscription renews on 1 December 2026.\r\n',
      }),
      [['microsoft.com', 's1024-meo']],
    );
    emitCase(write, {
      name: 'rw47-microsoft-no-reply-renewal-to-tenant-outlook',
      about: `Microsoft’s own billing notice to a tenant admin: From "Microsoft" <no-reply@microsoft.com>, signed d=microsoft.com (s1024-meo), envelope no-reply@microsoft.com, handed to EOP by ${MSFT.helo} (${MSFT.ip}), which records spf, dkim and dmarc pass. Read in Outlook. Expected authenticated (microsoft.com’s own signature: not a pass resting only on the shared SPF include)`,
      class: 'microsoft-notification',
      args: OUTLOOK,
      eml: eopDelivery(ms, {
        ...eopPass(MSFT, 'microsoft.com', 'dkim=pass (signature was verified)\r\n header.d=microsoft.com'),
        returnPath: 'no-reply@microsoft.com',
      }),
      zone: {
        ...M365_SPF_ZONE,
        ...ptr(MSFT.ip, MSFT.rdns),
        'microsoft.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        '_dmarc.microsoft.com': { TXT: ['v=DMARC1; p=reject'] },
        's1024-meo._domainkey.microsoft.com': KEY(),
      },
      expect: PASSES,
    });
  }

  // 1i. M365 mail through the reader's filter VM trusted only by the cloud /16.
  {
    const VM: Relay = {
      helo: 'filter.reader-it.example',
      rdns: 'ec2-3-120-77-7.eu-central-1.compute.amazonaws.com',
      ip: '3.120.77.7',
    };
    const raw = onTop(
      await msArc(
        await northwind(9, 'Invoice 2026-114', 'Robin Reader <robin@reader.example>'),
        'reader.example',
      ),
      ...senderTenantHops(),
    );
    const env = `dana.whitfield@${NW}`;
    emitCase(write, {
      name: 'rw47-m365-through-filter-vm-trusted-by-cloud-16',
      about: `Signed Microsoft 365 mail (${NW}, selector1, Microsoft’s ARC i=1) to a firm whose MX is its own rspamd filter VM on AWS (3.120.77.7, AWS’s default reverse name), trusted only by the region’s /16 (--trust-gateway 3.120.0.0/16), which hands it to the firm’s Postfix box; the box checks SPF at the VM’s address (fail) but DKIM and so DMARC pass. The filter’s own line records ${NAM12.helo} below it. Read with --authserv-id ${RECEIVER}. Expected suspicious with gateway-network-shared, by design (commit bdf18a24: a filter trusted only by a cloud network is not honoured even for signed mail, since a tenant of the /16 can replay a DKIM-signed message), never spoofed`,
      class: 'gateway-network',
      args: ['--authserv-id', RECEIVER, '--trust-gateway', '3.120.0.0/16'],
      eml: onTop(
        raw,
        `Return-Path: <${env}>`,
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${NW} header.s=selector1 header.b=Q29ycHVz;\r\n\tarc=pass ("microsoft.com:s=arcselector10001:i=1");\r\n\tspf=fail (${RECEIVER}: domain of ${env} does not designate ${VM.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=pass (policy=reject) header.from=${NW}`,
        received({ ...VM, by: RECEIVER, id: '4ZrX3d4709', for: 'robin@reader.example', date: at(6) }),
        received({ ...NAM12, by: VM.helo, id: '4ZrX3c4709', for: 'robin@reader.example', date: at(5) }),
      ),
      zone: { ...NW_ZONE, ...ptr(VM.ip, VM.rdns), 'arcselector10001._domainkey.microsoft.com': KEY() },
      expect: { verdict: 'suspicious', findings: ['gateway-network-shared'] },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Lists: Mailman 3, GitHub through Mailman 3, LISTSERV behind Cisco, Discourse, Google Groups, Sympa
// ---------------------------------------------------------------------------------------------

const AUTHOR = 'quarkfield.example';
const authorDns = (policy: string) => ({
  [AUTHOR]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  [`_dmarc.${AUTHOR}`]: { TXT: [`v=DMARC1; ${policy}`] },
  [`s1._domainkey.${AUTHOR}`]: KEY(),
});

/** Alice's signed post to `list`. */
const authorPost = (list: string, subject: string, n: number) =>
  signAll(
    submitted({
      from: `Alice Martin <alice@${AUTHOR}>`,
      to: list,
      subject,
      date: SENT,
      messageId: `<rw47.${n}.alice@${AUTHOR}>`,
      body: 'Hi all,\r\n\r\nnotes from Tuesday are below.\r\n\r\nAlice\r\n',
    }),
    [[AUTHOR, 's1']],
  );

/** A list's re-post: author signature dropped, From munged, tag, footer, list fields; signed by the list. */
async function repost(
  raw: string,
  o: {
    from: string;
    tag?: string;
    footer: string;
    fields: string[];
    signer: [string, string];
    seal?: string;
  },
): Promise<string> {
  const body = `${(o.tag ? tagSubject(raw, o.tag) : raw)
    .replace(/^From: [^\r\n]*/m, `From: ${o.from}`)
    .replace(/^DKIM-Signature:[^\r\n]*(?:\r\n[ \t][^\r\n]*)*\r\n/m, '')}${o.footer}`;
  const signed = await signAll(appendHeaders(body, ...o.fields), [o.signer]);
  return o.seal
    ? sealCorpus(signed, {
        domain: o.signer[0],
        cv: 'none',
        authResults: `${o.seal}; dkim=pass header.d=${AUTHOR} header.s=s1; spf=pass smtp.mailfrom=alice@${AUTHOR}; dmarc=pass (p=reject) header.from=${AUTHOR}`,
      })
    : signed;
}

const mm3Fields = (name: string, host: string) => [
  `Reply-To: Alice Martin <alice@${AUTHOR}>`,
  `X-Mailman-Version: 3.3.9`,
  'Precedence: list',
  `List-Id: <${name}.${host}>`,
  `List-Archive: <https://${host}/archives/list/${name}@${host}/>`,
  `List-Help: <mailto:${name}-request@${host}?subject=help>`,
  `List-Owner: <mailto:${name}-owner@${host}>`,
  `List-Post: <mailto:${name}@${host}>`,
  `List-Subscribe: <mailto:${name}-join@${host}>`,
  `List-Unsubscribe: <mailto:${name}-leave@${host}>`,
];

async function lists(write: CaseWriter): Promise<void> {
  // 2a. Mailman 3 munged post read on Stalwart, offline.
  {
    const HOST = 'lists.example.org';
    const MM: Relay = { helo: 'mail.example.org', rdns: 'mail.example.org', ip: '192.0.2.80' };
    const STW = 'mail.linden-home.example';
    const post = await repost(await authorPost(`devel@${HOST}`, 'Release 4.2 freeze', 1), {
      from: `Alice Martin via Devel <devel@${HOST}>`,
      tag: '[Devel] ',
      footer: `_______________________________________________\r\nDevel mailing list -- devel@${HOST}\r\nTo unsubscribe send an email to devel-leave@${HOST}\r\n`,
      fields: mm3Fields('devel', HOST),
      signer: [HOST, 'mm3'],
      seal: HOST,
    });
    const env = `devel-bounces+robin=linden-home.example@${HOST}`;
    emitCase(write, {
      name: 'rw47-mailman3-munged-arc-to-stalwart-offline',
      about: `Mailman 3.3 (dmarc_mitigate_action munge_from under Alice’s p=reject): From "Alice Martin via Devel" <devel@${HOST}>, her address in Reply-To, "[Devel] " tag, the "-- devel@…" footer, VERP envelope devel-bounces+robin=linden-home.example@${HOST}, signed d=${HOST} and sealed ARC i=1 recording her pass; delivered to a household Stalwart (${STW}) whose results sit right below its line. Read with --authserv-id ${STW}, offline. Expected authenticated`,
      class: 'mailing-list',
      args: ['--authserv-id', STW],
      eml: onTop(
        post,
        `Return-Path: <${env}>`,
        `Received: from ${MM.helo} (${MM.rdns} [${MM.ip}])\r\n\t(using TLSv1.3 with cipher TLS13_AES_256_GCM_SHA384)\r\n\tby ${STW} (Stalwart SMTP) with ESMTPS id 4B21C0FFEE474749;\r\n\t${at(6)}`,
        `Authentication-Results: ${STW};\r\n    dkim=pass header.d=${HOST} header.s=mm3 header.b=Q29ycHVz;\r\n    spf=pass (${STW}: domain of ${env} designates ${MM.ip} as permitted sender) smtp.mailfrom=${env};\r\n    arc=pass (${HOST}:s=arc:i=1);\r\n    iprev=pass policy.iprev=${MM.ip};\r\n    dmarc=pass header.from=${HOST} policy.dmarc=none`,
      ),
      expect: PASSES,
    });
  }

  // 2b. GitHub notification through Mailman 3 (github.com p=reject → munged), read in Outlook.
  {
    const HOST = 'lists.widget.example';
    const LR: Relay = { helo: 'mail.widget.example', rdns: 'mail.widget.example', ip: '192.0.2.81' };
    const gh = await signAll(
      appendHeaders(
        submitted({
          from: 'Jane Dev <notifications@github.com>',
          to: `example-org/widget <widget@noreply.github.com>`,
          subject: 'Re: [example-org/widget] Build fails on arm64 (Issue #412)',
          date: SENT,
          messageId: '<example-org/widget/issues/412/2494410747@github.com>',
          body: 'It fails only on the arm64 runner.\r\n\r\n-- \r\nReply to this email directly or view it on GitHub:\r\nhttps://github.com/example-org/widget/issues/412#issuecomment-2494410747\r\n',
        }),
        'List-ID: example-org/widget <widget.example-org.github.com>',
        'X-GitHub-Sender: janedev',
        'X-GitHub-Reason: subscribed',
      ),
      [['github.com', 'pf2023']],
    );
    const post = await repost(gh, {
      from: `Jane Dev via widget-dev <widget-dev@${HOST}>`,
      tag: '[widget-dev] ',
      footer: `_______________________________________________\r\nwidget-dev mailing list -- widget-dev@${HOST}\r\nTo unsubscribe send an email to widget-dev-leave@${HOST}\r\n`,
      fields: mm3Fields('widget-dev', HOST).map((f) =>
        f
          .replace(/^List-Id: .*/, `List-Id: <widget-dev.${HOST}>`)
          .replace(`Alice Martin <alice@${AUTHOR}>`, 'Jane Dev <notifications@github.com>'),
      ),
      signer: [HOST, 'mm3'],
    });
    const env = `widget-dev-bounces+robin=reader.example@${HOST}`;
    emitCase(write, {
      name: 'rw47-github-notification-via-mailman3-to-m365',
      about: `A project subscribes its Mailman 3 list to GitHub notifications: GitHub’s mail (From "Jane Dev" <notifications@github.com>, p=reject, signed pf2023, GitHub’s own List-ID) is munged by the list to "Jane Dev via widget-dev" <widget-dev@${HOST}>, tagged, footed, the list’s List-Id beside GitHub’s, signed d=${HOST}; delivered to the reader’s Microsoft 365 tenant, EOP passing SPF, DKIM and DMARC for ${HOST}. Read in Outlook. Expected authenticated (two List-Ids no reason for a warning)`,
      class: 'mailing-list',
      args: OUTLOOK,
      eml: eopDelivery(post, {
        ...eopPass(LR, HOST, `dkim=pass (signature was verified)\r\n header.d=${HOST}`),
        returnPath: env,
      }),
      zone: {
        ...ptr(LR.ip, LR.rdns),
        [HOST]: { TXT: [`v=spf1 ip4:${LR.ip} -all`] },
        [`_dmarc.${HOST}`]: { TXT: ['v=DMARC1; p=none'] },
        [`mm3._domainkey.${HOST}`]: KEY(),
        'pf2023._domainkey.github.com': KEY(),
        '_dmarc.github.com': { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: PASSES,
    });
  }

  // 2c. LISTSERV's -dmarc-request rewrite, read behind the university's Cisco ESA.
  {
    const LS = 'LISTSERV.UNI.EXAMPLE';
    const LR: Relay = { helo: 'listserv.uni.example', rdns: 'listserv.uni.example', ip: '192.0.2.82' };
    const ESA = 'esa1.reader.example';
    const post = await repost(await authorPost(`ASTRO-L@${LS}`, 'Colloquium Friday', 3), {
      from: `Alice Martin <000001b5861c9747-dmarc-request@${LS}>`,
      footer: `\r\n########################################################################\r\n\r\nTo unsubscribe from the ASTRO-L list, click the following link:\r\nhttps://listserv.uni.example/scripts/wa.exe?SUBED1=ASTRO-L&A=1\r\n`,
      fields: [
        `Reply-To: Alice Martin <alice@${AUTHOR}>`,
        `Sender: Astronomy discussion <ASTRO-L@${LS}>`,
        `List-Id: <ASTRO-L.${LS}>`,
        `List-Post: <mailto:ASTRO-L@${LS}>`,
        `List-Unsubscribe: <mailto:ASTRO-L-unsubscribe-request@${LS}>`,
      ],
      signer: ['listserv.uni.example', 'ls1'],
    });
    const env = `owner-ASTRO-L@${LS}`;
    emitCase(write, {
      name: 'rw47-listserv-dmarc-request-behind-cisco-esa',
      about: `A LISTSERV 17 list rewrites a p=reject author to "Alice Martin" <000001b5861c9747-dmarc-request@${LS}> (rw39’s layout), Sender the list, envelope owner-ASTRO-L@…, signed d=listserv.uni.example; the reader’s university runs Cisco Secure Email (${ESA}), whose entry line is "from ${LR.helo} (HELO ${LR.helo}) ([${LR.ip}])" and whose Authentication-Results (spf=Pass smtp.mailfrom, spf=None smtp.helo, dkim=pass, dmarc=pass) sits above it. Read with --authserv-id ${ESA}. Expected authenticated (Cisco’s "(HELO name)" is its layout)`,
      class: 'mailing-list',
      args: ['--authserv-id', ESA],
      eml: onTop(
        post,
        `Return-Path: <${env}>`,
        `Authentication-Results: ${ESA}; dkim=pass (signature verified) header.i=@listserv.uni.example; spf=Pass smtp.mailfrom=${env}; spf=None smtp.helo=postmaster@${LR.helo}; dmarc=pass (p=none dis=none) d=listserv.uni.example`,
        `Received-SPF: Pass (${ESA}: domain of ${env} designates ${LR.ip} as permitted sender) identity=mailfrom; client-ip=${LR.ip}; receiver=${ESA}; envelope-from="${env}"; x-sender="${env}"; x-conformance=spf_only; x-record-type="v=spf1"`,
        `Received: from ${LR.helo} (HELO ${LR.helo}) ([${LR.ip}])\r\n  by ${ESA} with ESMTP/TLS/TLS_AES_256_GCM_SHA384; ${at(6)}`,
      ),
      zone: {
        ...ptr(LR.ip, LR.rdns),
        'uni.example': { TXT: [`v=spf1 ip4:${LR.ip} -all`] },
        [LS.toLowerCase()]: { TXT: [`v=spf1 ip4:${LR.ip} -all`] },
        '_dmarc.uni.example': { TXT: ['v=DMARC1; p=none'] },
        'ls1._domainkey.listserv.uni.example': KEY(),
      },
      expect: PASSES,
    });
  }

  // 2d. Discourse mailing-list mode to an Exim box (rspamd copying the HELO).
  {
    const FORUM = 'forum.example.net';
    const DR: Relay = { helo: 'mail.forum.example.net', rdns: 'mail.forum.example.net', ip: '192.0.2.83' };
    const raw = await signAll(
      appendHeaders(
        submitted({
          from: `Alice Martin via Example Forum <notifications@${FORUM}>`,
          to: 'robin@reader.example',
          subject: '[Example Forum] [Hardware] Which board for the workshop?',
          date: SENT,
          messageId: `<topic/4711/90210.47@${FORUM}>`,
          body: 'I would take the rev. C board.\r\n\r\n---\r\nVisit Topic: https://forum.example.net/t/which-board/4711/7\r\n',
        }),
        `Reply-To: Example Forum <reply+4f1e47a0c9b2d3e5f6a7b8c9d0e1f2a3@${FORUM}>`,
        `List-Unsubscribe: <https://${FORUM}/email/unsubscribe/47ab>`,
        `List-ID: Example Forum | Hardware <hardware.${FORUM}>`,
        `List-Archive: https://${FORUM}/t/which-board/4711`,
        'Precedence: list',
        'Auto-Submitted: auto-generated',
      ),
      [[FORUM, 'dkim']],
    );
    const env = `reply+4f1e47a0c9b2d3e5f6a7b8c9d0e1f2a3@${FORUM}`;
    emitCase(write, {
      name: 'rw47-discourse-mailing-list-mode-to-exim-box',
      about: `A Discourse forum in mailing-list mode: From "Alice Martin via Example Forum" <notifications@${FORUM}>, Reply-To reply+<key>@, List-ID per category, signed d=${FORUM}, from its own Postfix; the reader’s Exim box prints "${DR.rdns} ([${DR.ip}]:41822 helo=${DR.helo})" and rspamd copies the HELO into smtp.helo=. Read with --authserv-id ${RECEIVER}. Expected authenticated`,
      class: 'mailing-list',
      args: ['--authserv-id', RECEIVER],
      eml: onTop(
        raw,
        `Return-Path: <${env}>`,
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${FORUM} header.s=dkim header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of ${env} designates ${DR.ip} as permitted sender) smtp.mailfrom=${env} smtp.helo=${DR.helo};\r\n\tdmarc=pass (policy=quarantine) header.from=${FORUM}`,
        eximLine(DR, env, 'robin@reader.example', 6),
      ),
      zone: {
        ...ptr(DR.ip, DR.rdns),
        [FORUM]: { TXT: [`v=spf1 ip4:${DR.ip} -all`] },
        [`_dmarc.${FORUM}`]: { TXT: ['v=DMARC1; p=quarantine'] },
        [`dkim._domainkey.${FORUM}`]: KEY(),
      },
      expect: PASSES,
    });
  }

  // 2e. Google Groups post from an M365 author (p=reject → "via"), to an on-premises Exchange reader.
  {
    const GG: Relay = {
      helo: 'mail-sor-f69.google.com',
      rdns: 'mail-sor-f69.google.com',
      ip: '209.85.220.69',
    };
    const signed = await northwind(21, 'Bar association dinner', 'bar-committee@googlegroups.com');
    const post = await repost(signed, {
      from: `'Dana Whitfield' via Bar committee <bar-committee@googlegroups.com>`,
      footer:
        '\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Bar committee" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to bar-committee+unsubscribe@googlegroups.com.\r\n',
      fields: [
        `Reply-To: ${NW_FROM}`,
        `X-Original-From: ${NW_FROM}`,
        'Precedence: list',
        'Mailing-list: list bar-committee@googlegroups.com; contact bar-committee+owners@googlegroups.com',
        'List-ID: <bar-committee.googlegroups.com>',
        'List-Post: <https://groups.google.com/group/bar-committee/post>, <mailto:bar-committee@googlegroups.com>',
        'List-Unsubscribe: <mailto:googlegroups-manage+4747+unsubscribe@googlegroups.com>',
      ],
      signer: ['googlegroups.com', '20230601'],
    });
    const env = 'bar-committee+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB4747@googlegroups.com';
    emitCase(write, {
      name: 'rw47-google-group-m365-author-to-onprem-exchange',
      about: `A Google Group carries a post from a Microsoft 365 author (${NW}, p=reject), rewritten to "'Dana Whitfield' via Bar committee" <bar-committee@googlegroups.com>, Reply-To and X-Original-From the author, signed d=googlegroups.com, from ${GG.helo}; the reader’s Exchange 2019 (EXCH01.corp.reader.example) prints "from ${GG.helo} (${GG.ip}) by EXCH01… with Microsoft SMTP Server (version=…)": no "[ip]" in the line, so the HELO read is the text before the first "(". Its mail hygiene writes no results; read with --authserv-id EXCH01.corp.reader.example, online. Expected authenticated (our own check: googlegroups.com signs, aligned)`,
      class: 'mailing-list',
      args: ['--authserv-id', 'EXCH01.corp.reader.example'],
      eml: appendHeaders(
        onTop(
          post,
          `Received: from ${GG.helo} (${GG.ip}) by EXCH01.corp.reader.example\r\n (10.47.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Frontend\r\n Transport; ${at(6)}`,
        ),
        `Return-Path: ${env}`,
        'X-MS-Exchange-Organization-AuthSource: EXCH01.corp.reader.example',
        'X-MS-Exchange-Organization-AuthAs: Anonymous',
      ),
      zone: {
        ...NW_ZONE,
        ...ptr(GG.ip, GG.rdns),
        'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 -all'] },
        '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
        '20230601._domainkey.googlegroups.com': KEY(),
      },
      expect: PASSES,
    });
  }

  // 2f. Sympa post through the reader's filter on Hetzner, trusted by its own address.
  {
    const SY: Relay = { helo: 'sympa.uni.example', rdns: 'sympa.uni.example', ip: '192.0.2.93' };
    const VM: Relay = {
      helo: 'filter.reader-it.example',
      rdns: 'static.10.44.198.88.clients.your-server.de',
      ip: '88.198.44.10',
    };
    const post = await repost(
      await authorPost('astro-seminar@sympa.uni.example', 'Seminar: exoplanet atmospheres', 6),
      {
        from: '"Alice Martin via astro-seminar" <astro-seminar@sympa.uni.example>',
        tag: '[astro-seminar] ',
        footer:
          '\r\n-- \r\nastro-seminar mailing list: https://sympa.uni.example/sympa/info/astro-seminar\r\n',
        fields: [
          `Reply-To: Alice Martin <alice@${AUTHOR}>`,
          `X-Original-From: Alice Martin <alice@${AUTHOR}>`,
          'X-Loop: astro-seminar@sympa.uni.example',
          'Sender: astro-seminar-request@sympa.uni.example',
          'List-Id: <astro-seminar.sympa.uni.example>',
          'List-Post: <mailto:astro-seminar@sympa.uni.example>',
          'List-Unsubscribe: <mailto:sympa@sympa.uni.example?subject=unsubscribe%20astro-seminar>',
        ],
        signer: ['sympa.uni.example', 'sympa'],
        seal: 'sympa.uni.example',
      },
    );
    const env = 'astro-seminar-owner@sympa.uni.example';
    emitCase(write, {
      name: 'rw47-sympa-munged-through-filter-trusted-by-address',
      about: `Sympa 6.2’s dmarc_protection munging (rw39’s layout: "Alice Martin via astro-seminar", signed d=sympa.uni.example, ARC i=1) to a firm whose MX is its own filter on a Hetzner dedicated server (${VM.ip}, Hetzner’s default reverse name), trusted by its own address (--trust-gateway 88.198.44.10/32, as the warning about the /29 advises), which hands it to the firm’s Postfix box; the box records SPF fail at the filter’s address and DKIM/DMARC pass for the list. Read with --authserv-id ${RECEIVER}. Expected authenticated (the list’s signature is intact)`,
      class: 'gateway-network',
      args: ['--authserv-id', RECEIVER, '--trust-gateway', '88.198.44.10/32'],
      eml: onTop(
        post,
        `Return-Path: <${env}>`,
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=sympa.uni.example header.s=sympa header.b=Q29ycHVz;\r\n\tarc=pass ("sympa.uni.example:s=arc:i=1");\r\n\tspf=fail (${RECEIVER}: domain of ${env} does not designate ${VM.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=pass (policy=none) header.from=sympa.uni.example`,
        received({ ...VM, by: RECEIVER, id: '4ZrX3d4716', for: 'robin@reader.example', date: at(7) }),
        received({ ...SY, by: VM.helo, id: '4ZrX3c4716', for: 'robin@reader.example', date: at(6) }),
      ),
      zone: {
        ...ptr(SY.ip, SY.rdns),
        ...ptr(VM.ip, VM.rdns),
        'sympa.uni.example': { TXT: [`v=spf1 ip4:${SY.ip} -all`] },
        '_dmarc.sympa.uni.example': { TXT: ['v=DMARC1; p=none'] },
        ...keyZone(['sympa._domainkey.sympa.uni.example', 'arc._domainkey.sympa.uni.example']),
        ...authorDns('p=reject'),
      },
      expect: PASSES,
    });
  }
}
