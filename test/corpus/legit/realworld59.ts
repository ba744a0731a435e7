// Real-world delivery shapes, fifty-ninth round: everyday Microsoft 365 mail that must never read
// "spoofed", from the side of the ordinary sender and reader (Outlook on the web online and
// offline, and Microsoft 365 senders read in Gmail), in shapes the earlier rounds left out:
// - Direct Send to the tenant's own MX (lib/engine HELO and hosted-relay rules, EOP's results):
//   a line-of-business app From a subdomain with its own SPF, and an office printer whose HELO is
//   a private address literal, read offline (EOP's results only).
// - Azure Communication Services Email: a custom domain read in another tenant's Outlook, and an
//   Azure managed domain (DoNotReply@<guid>.azurecomm.net) read in Gmail (rw9 had the reverse).
// - Dynamics 365 Customer Insights - Journeys into a Microsoft 365 tenant (rw28's went to Gmail).
// - Power Automate's Office 365 Outlook connector "Send an email (V2)" from a shared mailbox: the
//   tenant's REST submission (no mapi hop), its signature and microsoft.com's ARC, read in Gmail.
// - Microsoft's own notices into a tenant: a Viva Insights digest, a Teams missed-activity notice
//   read offline, a quarantine notification from quarantine@messaging.microsoft.com.
// - Exchange Online's own NDR to a sender inside the same tenant (system mailbox "Microsoft
//   Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@…>, null envelope, internal path).
// - Hybrid after the 2025/2026 connector guidance (MC1226222): an on-premises forward of an outside
//   author's signed mail relayed through a certificate-based OnPremises connector, Exchange
//   Online's SRS envelope, read in Gmail.
// Layouts: EOP's id-less results, entry and organisation rows as m365-shapes.ts/receivers.ts
// (README-m365.md sources); microsoft.com's outbound ARC, tenant hops and stamps as realworld28.ts;
// ACS's internal hop and selector as realworld9.ts (Microsoft Learn, azure-docs
// articles/communication-services/concepts/email/email-authentication-best-practice.md: custom
// domains verified with SPF include:spf.protection.outlook.com and two CNAME'd DKIM selectors);
// quarantine notifications from quarantine@messaging.microsoft.com (Leiden University and MIT IS&T
// help pages, search `pages`); the OnPremises connector's attribution order (certificate domain,
// then P1 MailFrom, then RcptTo) from Message Center MC1226222 (Feb 2026, search `pages`); Exchange
// Online's SRS form (bounces+SRS=…) from Microsoft Learn as realworld28.ts; Direct Send from
// Microsoft Learn, "How to set up a multifunction device or application to send email using
// Microsoft 365" (option 2). Recalled, not confirmed: Viva's sender address viva-noreply@microsoft.com,
// the quarantine notice's DKIM domain (messaging.microsoft.com), the REST submission hop of Power
// Automate's connector. Names and addresses are documentation ones except Microsoft's hosts, ranges
// and own domains; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, type Relay, SIGNED_NO_REPLY_TO, signAll } from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  exchangeInternal,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';

/** DMARC passed for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail that may not be provable (offline, internal): never a warning. */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};
/** Offline: the runner serves no zone (no DNS at all), as the CLI's --offline; only EOP's results count. */
const OUTLOOK_OFFLINE = OUTLOOK;

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
// Fixed at 04:21 on 2026-12-05 (lib/findings/brand-freemail.ts brandFreemailRule): a sign-up tenant's
// From on mail that never left the reader's own Exchange Online organisation (every hop its own, no
// sending server) is the reader's own tenant: no brand-on-freemail, so Exchange's bounce reads
// unverified ("sent inside your organisation") instead of spoofed. Mail from another tenant comes
// through Exchange Online's inbound entry and is judged as before (rw47's pending cases stay).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await directSend(write);
  await azureCommunication(write);
  await tenantApps(write);
  await microsoftNotices(write);
  await exchangeOwn(write);
}

// ---------------------------------------------------------------------------------------------
// Shared shapes
// ---------------------------------------------------------------------------------------------

const MS_SIGNED = SIGNED_NO_REPLY_TO;
const MS_ARC_KEY = keyZone([
  'arcselector10001._domainkey.microsoft.com',
  'arcselector9901._domainkey.microsoft.com',
]);

/** Exchange Online's outbound hosts, inside 40.107.0.0/16. */
const EOP_OUT_NAM: Relay = {
  helo: 'NAM12-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam12on2059.outbound.protection.outlook.com',
  ip: '40.107.243.59',
};
const EOP_OUT_EUR: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2113.outbound.protection.outlook.com',
  ip: '40.107.20.113',
};

/** microsoft.com's ARC i=1 on a message leaving Exchange Online, recording `results`. */
const sealMicrosoft = (raw: string, results: string) =>
  sealCorpus(raw, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: results,
  });

const msOwnResults = (domain: string, mailfrom = domain, dkim = domain) =>
  `mx.microsoft.com 1; spf=pass smtp.mailfrom=${mailfrom}; dmarc=pass action=none\r\n header.from=${domain}; dkim=pass header.d=${dkim}; arc=none`;

/** EOP's id-less DKIM pass for `domain`. */
const eopDkim = (domain: string) => `dkim=pass (signature was verified)\r\n header.d=${domain}`;

/** The rows Exchange writes on a tenant's outgoing message. */
const tenantStamp = (tenantId: string) => [
  'X-MS-Has-Attach: ',
  'X-MS-TNEF-Correlator: ',
  'X-MS-PublicTrafficType: Email',
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
  `X-MS-Exchange-CrossTenant-Id: ${tenantId}`,
];

/** A custom domain on Exchange Online: Microsoft 365's SPF include (and `extra`), DMARC, keys. */
const tenantZone = (domain: string, policy: string, keys: Record<string, unknown>, extra = '') => ({
  ...M365_SPF_ZONE,
  [domain]: { TXT: [`v=spf1 ${extra}include:spf.protection.outlook.com -all`] },
  [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; ${policy}`] },
  ...keys,
  ...MS_ARC_KEY,
});

/** The reader's tenant: harbour-dental.example on Microsoft 365, p=quarantine. */
const READER = 'harbour-dental.example';
const READER_TENANT = 'c3b2a190-8f7e-4d6c-9b5a-4e3d2c1b0a9f';
const READER_TO = `Robin Reader <robin@${READER}>`;
const OFFICE_IP = '203.0.113.88';
const READER_ZONE = tenantZone(
  READER,
  'p=quarantine; rua=mailto:dmarc@harbour-dental.example',
  { [`selector1._domainkey.${READER}`]: KEY() },
  `ip4:${OFFICE_IP} `,
);

/** microsoft.com and its subdomains as the cases need them (SPF simplified, p=reject). */
const microsoftZone = (names: Record<string, string>) => ({
  ...M365_SPF_ZONE,
  ...MS_ARC_KEY,
  'microsoft.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  '_dmarc.microsoft.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
  ...Object.fromEntries(
    Object.entries(names).flatMap(([domain, selector]) => [
      [domain, { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] }],
      [`${selector}._domainkey.${domain}`, KEY()],
    ]),
  ),
});

// ---------------------------------------------------------------------------------------------
// 1. Direct Send into the reader's own tenant
// ---------------------------------------------------------------------------------------------

async function directSend(write: CaseWriter): Promise<void> {
  // 1a. A line-of-business app on the office server mails stock alerts From a subdomain that has
  //     its own SPF (only the office address) and no DMARC record: the walk lands on the
  //     organisation's record (sp=quarantine).
  {
    const sub = `ops.${READER}`;
    const alert = submitted({
      from: `Stock Alerts <alerts@${sub}>`,
      to: READER_TO,
      subject: 'Low stock: nitrile gloves (M) below reorder level',
      messageId: '<20261120100000.4F2A91@inv01.harbour-dental.example>',
      body: 'Item NG-M-200 is at 3 boxes (reorder level 10).\r\n',
    });
    emitCase(write, {
      name: 'rw59-direct-send-lob-app-subdomain-own-spf-outlook',
      about: `Microsoft 365 Direct Send (Learn, option 2): the practice's inventory app on its office server (${OFFICE_IP}, the office's static address) connects without logging in to the tenant's own MX and mails a stock alert From alerts@${sub}, a subdomain with its own SPF "ip4:${OFFICE_IP} -all" and no DMARC record of its own (the organisation's sp=quarantine applies, relaxed SPF alignment); unsigned. EOP records spf=pass, dkim=none, dmarc=pass, compauth=pass; read in the tenant's Outlook on the web. Genuine: expected authenticated (aligned SPF at the office's own address)`,
      class: 'm365-direct-send',
      args: OUTLOOK,
      eml: eopDelivery(alert, {
        ...eopPass({ ip: OFFICE_IP, helo: 'inv01.harbour-dental.example' }, sub, undefined, sub),
        returnPath: `alerts@${sub}`,
      }),
      zone: {
        ...READER_ZONE,
        [sub]: { TXT: [`v=spf1 ip4:${OFFICE_IP} -all`] },
        [`_dmarc.${READER}`]: { TXT: ['v=DMARC1; p=quarantine; sp=quarantine'] },
      },
      expect: PASSES,
    });
  }

  // 1b. The office printer: HELO is its private address literal, as many MFPs send it.
  {
    const scan = submitted({
      from: `Reception Scanner <scanner@${READER}>`,
      to: READER_TO,
      subject: 'Scanned from MX-3071 Reception',
      messageId: '<000c29f1a2b3.20261120100000@[192.168.10.40]>',
      body: 'Reply to: scanner@harbour-dental.example <scanner@harbour-dental.example>\r\nDevice Name: MX-3071\r\nFile Format: PDF (High Compression)\r\n',
    });
    emitCase(write, {
      name: 'rw59-direct-send-printer-private-helo-literal-outlook-offline',
      about: `Microsoft 365 Direct Send from the reception's multifunction printer: it greets the tenant's MX with its private address literal "[192.168.10.40]" (the printer knows no name), connects from the office's static public address ${OFFICE_IP} (listed in the domain's SPF) and mails a scan From scanner@ the tenant's own domain, unsigned; EOP records spf=pass, dmarc=pass, compauth=pass. Read in Outlook on the web offline, where only EOP's results count. Genuine: never a warning; a private HELO literal behind a public connecting address is the printer's, not a forger's trace`,
      class: 'm365-direct-send',
      args: OUTLOOK_OFFLINE,
      eml: eopDelivery(scan, {
        ...eopPass({ ip: OFFICE_IP, helo: '[192.168.10.40]' }, READER),
        returnPath: `scanner@${READER}`,
      }),
      expect: NOT_WARNED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Azure Communication Services Email
// ---------------------------------------------------------------------------------------------

const ACS_HOP =
  'Received: from acs-emailservice-prod-northeurope (20.105.210.21) by\r\n DB9PR83MB0611.EURPRD83.prod.outlook.com with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.20;\r\n Fri, 20 Nov 2026 10:00:02 +0000';
const ACS_SELECTOR = 'selector1-azurecomm-prod-net';

async function azureCommunication(write: CaseWriter): Promise<void> {
  // 2a. A custom domain, read in another tenant's Outlook.
  {
    const domain = 'portal.wexford-water.example';
    const raw = await signAll(
      onTop(
        submitted({
          from: `Wexford Water <DoNotReply@${domain}>`,
          to: READER_TO,
          subject: 'Planned supply interruption on Quay Street, 24 November',
          messageId: '<7e1c2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f@portal.wexford-water.example>',
          extraHeaders: ['X-ACS-Email-Operation-Id: 3c1d2e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5'],
        }),
        ACS_HOP,
      ),
      [[domain, ACS_SELECTOR]],
      MS_SIGNED,
    );
    emitCase(write, {
      name: 'rw59-acs-custom-domain-to-tenant-outlook',
      about: `Azure Communication Services Email from a utility's verified custom domain (DoNotReply@${domain}, DKIM ${ACS_SELECTOR} as ACS's CNAME'd selector, SPF include:spf.protection.outlook.com as ACS's domain verification asks): ACS's internal hop, out through an EUR outbound host, into the reader's Microsoft 365 tenant (EOP's id-less results spf=pass, dkim=pass, dmarc=pass) and read in Outlook on the web. Genuine: expected authenticated`,
      class: 'transactional',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ...eopPass(EOP_OUT_EUR, domain, eopDkim(domain)),
        returnPath: `DoNotReply@${domain}`,
      }),
      zone: {
        ...M365_SPF_ZONE,
        [domain]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        '_dmarc.wexford-water.example': { TXT: ['v=DMARC1; p=quarantine; sp=quarantine'] },
        [`${ACS_SELECTOR}._domainkey.${domain}`]: KEY(),
      },
      expect: PASSES,
    });
  }

  // 2b. An Azure managed domain, read in Gmail.
  {
    const guid = 'a41f0c9e-7b2d-4e58-9c16-3d8e2f5b7a10';
    const domain = `${guid}.azurecomm.net`;
    const raw = await signAll(
      onTop(
        submitted({
          from: `Fabrikam Clinic Reminders <DoNotReply@${domain}>`,
          to: 'robin.reader@gmail.com',
          subject: 'Reminder: your appointment on Tuesday 24 November at 09:30',
          messageId: `<0b9e8d7c-6f5a-4b3c-9d2e-1f0a9b8c7d6e@${domain}>`,
          extraHeaders: ['X-ACS-Email-Operation-Id: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'],
        }),
        ACS_HOP,
      ),
      [[domain, ACS_SELECTOR]],
      MS_SIGNED,
    );
    emitCase(write, {
      name: 'rw59-acs-managed-domain-to-gmail',
      about: `Azure Communication Services Email from an Azure managed domain (DoNotReply@<guid>.azurecomm.net, SPF, DKIM and DMARC preconfigured by Azure): a clinic's appointment reminder sent from its booking app, out through an EUR outbound host, read in Gmail (dkim=pass d=${domain}, spf=pass, dmarc=pass under azurecomm.net's record). A hex-and-dash label under azurecomm.net is Azure's own naming, not a throwaway domain. Genuine: expected authenticated`,
      class: 'transactional',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: EOP_OUT_EUR,
        envelope: `DoNotReply@${domain}`,
        ids: ['x59csp1102201pxa', 'a59si1201qtb.21'],
        spf: 'pass',
        deliveredTo: true,
        results: `${gmailDkim(domain, ACS_SELECTOR)}\r\n       ${gmailSpf(`DoNotReply@${domain}`, EOP_OUT_EUR.ip)}\r\n       ${gmailDmarc(domain, 'NONE')}`,
      }),
      zone: {
        ...M365_SPF_ZONE,
        [domain]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        '_dmarc.azurecomm.net': { TXT: ['v=DMARC1; p=none'] },
        [`${ACS_SELECTOR}._domainkey.${domain}`]: KEY(),
      },
      expect: PASSES,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Business apps: Dynamics 365 journeys into a tenant, Power Automate's Outlook connector
// ---------------------------------------------------------------------------------------------

async function tenantApps(write: CaseWriter): Promise<void> {
  // 3a. Dynamics 365 Customer Insights - Journeys with an authenticated domain, into a tenant.
  {
    const domain = 'northwind-optics.example';
    const envelope = `bounce-3f9a1c@mkt.${domain}`;
    const relay: Relay = {
      helo: 'mkt-out-07.northwind-optics.example',
      rdns: 'mkt-out-07.northwind-optics.example',
      ip: '192.0.2.147',
    };
    const raw = await signCorpus(
      submitted({
        from: `Northwind Optics <news@${domain}>`,
        to: READER_TO,
        subject: 'Trade day 3 December: new frames for practices',
        messageId: `<9c2e4a1f-7b3d-4e5a-8c6f-2d1e0f9a8b7c@mkt.${domain}>`,
        extraHeaders: [
          `List-Unsubscribe: <https://mkt.${domain}/u/4c1f9e2a7b>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        ],
        body: 'Join us for our trade day.\r\n',
      }),
      { domain, selector: 'd365mktkey2', headerList: MS_SIGNED },
    );
    emitCase(write, {
      name: 'rw59-dynamics365-journeys-to-tenant-outlook',
      about: `A supplier's event invitation from Dynamics 365 Customer Insights - Journeys with its sending domain authenticated (Microsoft Learn: DKIM for the From domain, an aligned Return-Path under mkt.<domain>), one-click unsubscribe, into the reader's Microsoft 365 tenant (EOP's id-less results, compauth=pass) and read in Outlook on the web. Sending host, its address (documentation range) and the selector name recalled, as rw28. Genuine: expected authenticated`,
      class: 'esp',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ...eopPass(relay, `mkt.${domain}`, eopDkim(domain), domain),
        returnPath: envelope,
      }),
      zone: {
        [`d365mktkey2._domainkey.${domain}`]: KEY(),
        [`mkt.${domain}`]: { TXT: [`v=spf1 ip4:${relay.ip} -all`] },
        [domain]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=quarantine'] },
        ...M365_SPF_ZONE,
      },
      expect: PASSES,
    });
  }

  // 3b. Power Automate's Office 365 Outlook connector sends from a shared mailbox: Exchange takes
  //     the message over REST (no mapi hop), signs it, seals microsoft.com's ARC.
  {
    const domain = 'kilbride-builders.example';
    const tenant = '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8';
    const stamped = appendHeaders(
      submitted({
        from: `Kilbride Builders Accounts <accounts@${domain}>`,
        to: 'robin.reader@gmail.com',
        subject: 'Remittance advice: payment KB-PAY-20311',
        messageId: '<DU0PR08MB9117C4E2A1B3F5D7E9A0B2C4D6E8F0A1B3C5@DU0PR08MB9117.eurprd08.prod.outlook.com>',
        body: 'Please find below our remittance advice for invoice 4471.\r\n',
      }),
      ...tenantStamp(tenant),
      'X-MS-Exchange-Transport-CrossTenantHeadersStamped: DU0PR08MB9117',
    );
    const signed = await signAll(
      onTop(
        stamped,
        'Received: from DU0PR08MB9117.eurprd08.prod.outlook.com\r\n (2603:10a6:10:47d::11) by AS8PR08MB6342.eurprd08.prod.outlook.com\r\n (2603:10a6:20b:31c::6) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.19; Fri, 20 Nov\r\n 2026 10:00:02 +0000',
      ),
      [[domain, 'selector1']],
      MS_SIGNED,
    );
    const sealed = await sealMicrosoft(signed, msOwnResults(domain));
    emitCase(write, {
      name: 'rw59-power-automate-outlook-connector-shared-mailbox-gmail',
      about: `A builder's accounts flow in Power Automate ("Send an email from a shared mailbox (V2)" of the Office 365 Outlook connector): Exchange Online takes the message over REST for accounts@${domain} (only a transport hop inside EURPRD08, no mapi submission), signs selector1, seals microsoft.com's ARC i=1 and sends it from an EUR outbound host to a supplier's Gmail (dkim pass, arc=pass, spf pass, dmarc pass p=REJECT). Genuine: expected authenticated; the missing client hop is not a forgery's trace`,
      class: 'm365',
      args: GMAIL,
      eml: gmailDelivery(sealed, {
        relay: EOP_OUT_EUR,
        envelope: `accounts@${domain}`,
        ids: ['x59csp1102302pxa', 'a59si1302qtb.32'],
        spf: 'pass',
        deliveredTo: true,
        results: `${gmailDkim(domain, 'selector1')}\r\n       arc=pass (i=1);\r\n       ${gmailSpf(`accounts@${domain}`, EOP_OUT_EUR.ip)}\r\n       ${gmailDmarc(domain)}`,
      }),
      zone: tenantZone(domain, 'p=reject', { [`selector1._domainkey.${domain}`]: KEY() }),
      expect: PASSES,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Microsoft's own notices into the reader's tenant
// ---------------------------------------------------------------------------------------------

/** A notice out of Microsoft's own tenant: signed by `domain`, delivered into the reader's tenant. */
async function microsoftNotice(o: {
  domain: string;
  selector: string;
  local: string;
  m: Parameters<typeof submitted>[0];
}) {
  const raw = await signCorpus(submitted(o.m), {
    domain: o.domain,
    selector: o.selector,
    headerList: MS_SIGNED,
  });
  return eopDelivery(raw, {
    ...eopPass(EOP_OUT_NAM, o.domain, eopDkim(o.domain)),
    returnPath: `${o.local}@${o.domain}`,
  });
}

async function microsoftNotices(write: CaseWriter): Promise<void> {
  emitCase(write, {
    name: 'rw59-viva-insights-digest-to-tenant-outlook',
    about:
      'A Viva Insights daily briefing (From "Microsoft Viva" <viva-noreply@microsoft.com>, address recalled) to a user of the reader\u2019s tenant: out of Microsoft\u2019s own tenant from a NAM12 outbound host, signed d=microsoft.com selector2, EOP\u2019s id-less results all pass; read in Outlook on the web. Genuine: expected authenticated (microsoft.com aligned, p=reject)',
    class: 'microsoft-notification',
    args: OUTLOOK,
    eml: await microsoftNotice({
      domain: 'microsoft.com',
      selector: 'selector2',
      local: 'viva-noreply',
      m: {
        from: 'Microsoft Viva <viva-noreply@microsoft.com>',
        to: READER_TO,
        subject: 'Your daily briefing',
        messageId: '<c1d2e3f4a5b6.viva.briefing.20261120@microsoft.com>',
        body: 'Good morning Robin. You have 2 tasks you suggested you would do.\r\n',
      },
    }),
    zone: microsoftZone({ 'microsoft.com': 'selector2' }),
    expect: PASSES,
  });

  emitCase(write, {
    name: 'rw59-teams-missed-activity-to-tenant-outlook-offline',
    about:
      'A Microsoft Teams missed-activity notice (From "Microsoft Teams" <no-reply@teams.mail.microsoft>, the .microsoft top-level domain, d=teams.mail.microsoft) to a user of the reader\u2019s tenant, read in Outlook on the web offline: only EOP\u2019s id-less results (spf, dkim, dmarc pass, compauth=pass) can decide. Genuine: never a warning; a brand TLD is Microsoft\u2019s own, not a lookalike',
    class: 'microsoft-notification',
    args: OUTLOOK_OFFLINE,
    eml: await microsoftNotice({
      domain: 'teams.mail.microsoft',
      selector: 'selector1',
      local: 'no-reply',
      m: {
        from: 'Microsoft Teams <no-reply@teams.mail.microsoft>',
        to: READER_TO,
        subject: 'You have 3 new messages in Teams',
        messageId: '<7f6e5d4c3b2a.missedactivity.20261120@teams.mail.microsoft>',
        body: 'Dana Lee sent a message in Front desk > Rota.\r\n',
      },
    }),
    expect: NOT_WARNED,
  });

  emitCase(write, {
    name: 'rw59-quarantine-notification-to-tenant-outlook',
    about:
      'Microsoft Defender\u2019s quarantine notification (From "Microsoft 365 Message center" <quarantine@messaging.microsoft.com>, the address university help pages name for genuine notices; DKIM d=messaging.microsoft.com and the display name recalled) listing a held message, to a user of the reader\u2019s tenant: out of Microsoft\u2019s tenant from a NAM12 outbound host, EOP\u2019s results pass; read in Outlook on the web. Genuine: expected authenticated. The listed sender and subject in the body are the held message\u2019s, not this notice\u2019s',
    class: 'microsoft-notification',
    args: OUTLOOK,
    eml: await microsoftNotice({
      domain: 'messaging.microsoft.com',
      selector: 'selector1',
      local: 'quarantine',
      m: {
        from: 'Microsoft 365 Message center <quarantine@messaging.microsoft.com>',
        to: READER_TO,
        subject: 'Microsoft 365 security: You have messages in quarantine',
        messageId: '<3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e@messaging.microsoft.com>',
        body: 'Review these messages within 30 days.\r\n\r\nSender: billing@supplier.example\r\nSubject: Invoice 4471\r\nDate: 20/11/2026 09:41:12\r\n\r\nRelease | Block Sender | Review\r\n',
      },
    }),
    zone: microsoftZone({ 'messaging.microsoft.com': 'selector1' }),
    expect: PASSES,
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Exchange Online's own mail: its NDR inside the tenant, the hybrid relay of a forward
// ---------------------------------------------------------------------------------------------

const SYSTEM = 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e';

async function exchangeOwn(write: CaseWriter): Promise<void> {
  // 5a. Exchange Online's bounce to a sender inside the same tenant.
  {
    const ndr = submitted({
      from: `Microsoft Outlook <${SYSTEM}@harbourdental.onmicrosoft.com>`,
      to: READER_TO,
      subject: 'Undeliverable: Referral for J. Byrne',
      messageId: '<aa1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@AM9PR04MB8410.eurprd04.prod.outlook.com>',
      extraHeaders: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '],
      body: "Your message to j.byrne@hospital.example couldn't be delivered.\r\n\r\nj.byrne wasn't found at hospital.example.\r\n\r\nRemote server returned '550 5.1.1 User unknown'\r\n",
    });
    emitCase(write, {
      name: 'rw59-exo-ndr-inside-own-tenant-outlook',
      about: `Exchange Online's non-delivery report to a sender in the reader's own tenant, who mistyped a hospital address: From "Microsoft Outlook" <${SYSTEM}@harbourdental.onmicrosoft.com> (the tenant's system mailbox), null envelope (Return-Path <>), created on the tenant's mailbox server and delivered over HTTPS without passing EOP's inbound (AuthAs Internal, Originating, CrossTenant Hosted); EOP's id-less internal results dkim=none, dmarc=none. Read in Outlook on the web. Genuine: never a warning (an internal system message, nothing to prove or disprove)`,
      class: 'm365-ndr',
      args: OUTLOOK,
      eml: exchangeInternal(ndr, {
        mailbox: 'AM9PR04MB8410.eurprd04.prod.outlook.com',
        mailboxIp: '2603:10a6:20b:41e::9',
        linkLocal: 'fe80::5c1a:2b3d:4e6f:7081%3',
        server: 'AM9PR04MB8411.eurprd04.prod.outlook.com',
        date: 'Fri, 20 Nov 2026 10:00:03 +0000',
        fromDomain: 'harbourdental.onmicrosoft.com',
        tenant: READER_TENANT,
        returnPath: '<>',
      }),
      zone: READER_ZONE,
      expect: NOT_WARNED,
    });
  }

  // 5b. Hybrid: an on-premises mailbox forwards an outside author's signed mail; the on-premises
  //     Exchange relays it through a certificate-based OnPremises connector (MC1226222's advice),
  //     Exchange Online rewrites the envelope with SRS and sends it to Gmail.
  {
    const org = 'glenmore-surveys.example';
    const author = 'tallis-engineering.example';
    const ad = `corp.${org}`;
    const at = 'Fri, 20 Nov 2026 10:00:01 +0000';
    const original = await signAll(
      onTop(
        submitted({
          from: `Neil Tallis <neil@${author}>`,
          to: `Aoife Kerr <aoife.kerr@${org}>`,
          subject: 'Site survey dates for Ballymore',
          messageId: `<CAK7x2Qw9Zr1TnB4mLp8Vd3Sh6Jf0Gy5Ea2Ub7Ic4Od1Qx@mail.${author}>`,
          body: 'Aoife,\r\n\r\ncould we do the 30th or the 1st?\r\n\r\nNeil\r\n',
        }),
        `Received: from mail.${author} (mail.${author} [192.0.2.181])\r\n\tby mail.${org} (Postfix) with ESMTPS id 4Zk9Tq1Rx2z8Lm\r\n\tfor <aoife.kerr@${org}>; Fri, 20 Nov 2026 09:59:58 +0000`,
      ),
      [[author, 'mail']],
      MS_SIGNED,
    );
    const srs = `bounces+SRS=kT4qZ=6E=${author}=neil@${org}`;
    const relayed = onTop(
      appendHeaders(
        original,
        'X-MS-Exchange-CrossTenant-FromEntityHeader: HybridOnPrem',
        'X-MS-Exchange-Organization-AuthAs: Internal',
      ),
      'Received: from AM4PEPF00027A5F.eurprd04.prod.outlook.com\r\n (2603:10a6:208:ac:cafe::4d) by AM0PR02CA0112.outlook.office365.com\r\n (2603:10a6:208:ac::19) with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8182.19 via Frontend Transport; Fri,\r\n 20 Nov 2026 10:00:02 +0000',
      `Received: from hybrid.${org} (203.0.113.140) by\r\n AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.69) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14 via\r\n Frontend Transport; ${at}`,
      `Received: from EXCH01.${ad} (10.30.1.11) by EXCH02.${ad}\r\n (10.30.1.12) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; ${at}`,
    );
    const sealed = await sealMicrosoft(
      relayed,
      `mx.microsoft.com 1; spf=pass (sender ip is 203.0.113.140)\r\n smtp.rcpttodomain=gmail.com smtp.mailfrom=${org}; dkim=pass (signature was\r\n verified) header.d=${author}; dmarc=pass (p=quarantine sp=quarantine pct=100)\r\n action=none header.from=${author}; arc=none`,
    );
    emitCase(write, {
      name: 'rw59-hybrid-onprem-forward-outside-author-srs-gmail',
      about: `Exchange hybrid after Microsoft's connector guidance (MC1226222, Feb 2026: OnPremises inbound connectors attributed by the certificate's accepted domain first): a surveyor's on-premises mailbox forwards a client's signed mail (d=${author}, p=quarantine) to her Gmail; the on-premises Exchange relays it through the certificate-based connector (HybridOnPrem, AuthAs Internal), Exchange Online rewrites the envelope with SRS (${srs}), seals microsoft.com's ARC i=1 and sends it from an EUR outbound host. Gmail: the author's signature passes, SPF passes for the SRS domain (unaligned), DMARC passes on the signature. Genuine: expected authenticated`,
      class: 'm365-hybrid',
      args: GMAIL,
      eml: gmailDelivery(sealed, {
        relay: EOP_OUT_EUR,
        envelope: srs,
        ids: ['x59csp1102503pxa', 'a59si1503qtb.53'],
        spf: 'pass',
        deliveredTo: true,
        results: `${gmailDkim(author, 'mail')}\r\n       arc=pass (i=1);\r\n       ${gmailSpf(srs, EOP_OUT_EUR.ip)}\r\n       ${gmailDmarc(author, 'QUARANTINE')}`,
      }),
      zone: {
        ...tenantZone(org, 'p=quarantine', {}, 'ip4:203.0.113.140 '),
        [`mail._domainkey.${author}`]: KEY(),
        [author]: { TXT: ['v=spf1 ip4:192.0.2.181 -all'] },
        [`_dmarc.${author}`]: { TXT: ['v=DMARC1; p=quarantine; sp=quarantine'] },
      },
      expect: PASSES,
    });
  }
}
