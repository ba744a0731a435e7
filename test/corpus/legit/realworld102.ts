// Real-world delivery shapes, hundred-and-second round: genuine Microsoft 365 mail in the shapes the
// corpus still lacked, read in Gmail, Yahoo, a self-hosted box and another tenant's Outlook (online,
// the senders' DNS served). Genuine mail must never read spoofed, nor suspicious without a reason a
// demanding reader accepts.
// - Send on Behalf: a delegate (or a shared mailbox's member) writes as the shared mailbox; Exchange
//   writes From the mailbox and Sender the delegate, and takes the envelope (P1 MAIL FROM) from the
//   delegate, so the Sender's domain is the one SPF speaks for; the tenant signs for the From domain.
//   Also a delegate whose own address is in a second accepted domain of the same tenant
//   (lib/findings/sender.ts sender-other-org must see the SPF pass for it).
// - Microsoft 365 Groups expanding to guest members outside the tenant: the group's copy keeps the
//   author's From and signature, adds Sender the group (Outlook: "<group> on behalf of <author>"),
//   and leaves with an SRS envelope under the tenant (Exchange's SRS for relayed mail, as realworld98)
//   and Microsoft's ARC i=1. An outside author (a supplier) and an inside one.
// - Power Automate (Office 365 Outlook connector "Send an email (V2)", as the user or "Send As" a
//   shared mailbox): the rows x-ms-mail-application, x-ms-mail-operation-type,
//   x-ms-mail-environment-id in the submission.
// - Microsoft Bookings' confirmation from the booking page's scheduling mailbox; Planner's notice
//   ("Microsoft on behalf of your organization" <noreply@planner.office365.com>).
// - A tenant that only has its onmicrosoft.com domain, read in Yahoo; a tenant whose custom domain's
//   DKIM CNAMEs are published but signing never enabled (d=<tenant>.onmicrosoft.com only), read in
//   Gmail and on a box (rw28 read it only in Outlook).
// - Exchange hybrid: an on-premises Exchange 2019 mailbox sending out through Exchange Online (the
//   hybrid connector into EOP, then Exchange Online's outbound), read in Gmail and another tenant.
// Where each layout was learnt (`search` pages/code, `find_string`):
// - Send on Behalf / Send As, Sender vs From: Microsoft Learn "Send Outlook messages from another
//   user" (learn.microsoft.com/graph/outlook-send-mail-from-other-user: `sender` the delegate, `from`
//   the mailbox) and practical365.com "Using Send As and Send on Behalf Of with non-user mail-enabled
//   objects". The envelope from the delegate: recalled from Exchange's behaviour, not quoted.
// - Power Automate rows: public copies of hexagon.com mail sent by a flow to u-boot@lists.denx.de
//   (2021, find_string "x-ms-mail-application": `x-ms-mail-application: Microsoft Power Automate;
//   User-Agent: azure-logic-apps/1.0 (workflow <id>; version <n>) microsoft-flow/1.0`,
//   `x-ms-mail-operation-type: Send`, `x-ms-mail-environment-id: default-<tenant guid>` below
//   X-MS-TNEF-Correlator), and Microsoft Learn "Block forwarded email from Power Automate".
// - M365 Groups (UnifiedGroup, GroupMailbox, the <tenant>.onmicrosoft.com proxy address):
//   msxfaq.de "UnifiedGroups Mailrouting"; SRS for relayed mail: Exchange Team blog "Sender
//   Rewriting Scheme (SRS) coming to Office 365". The Sender row naming the group: recalled.
// - Bookings' scheduling mailbox: office365itpros.com "How Microsoft Bookings uses scheduling
//   mailboxes" and the Microsoft Bookings blog "Microsoft Bookings behind the scenes".
// - Planner's From "Microsoft on behalf of your organization" <noreply@planner.office365.com>:
//   Microsoft Graph docs' message examples (find_string "noreply@planner.office365.com"); its
//   signing domain is not shown there: modelled as signing for planner.office365.com (recalled).
// - Hybrid: Exchange Team blog "Demystifying and troubleshooting hybrid mail flow: when is a
//   message internal?" and msxfaq.de "X-MS-Exchange-Organization-AuthAs" (on-premises mail relayed
//   through the tenant is attributed Internal; organisation rows are stripped at the header
//   firewall, so an outside reader sees none of them).
// - Exchange Online outbound host names, Microsoft's ARC i=1 (d=microsoft.com arcselector10001,
//   "mx.microsoft.com 1;" AAR), EOP's id-less Authentication-Results and compauth reasons: as
//   m365-shapes.ts / receivers.ts and realworld98.
// Not modelled: Dynamics 365 Customer Insights - Journeys (its docs describe the
// `-dyn365mktg.com` pre-authenticated domain and CNAME-based DKIM, but no delivered header layout
// was found in the material), Microsoft Forms' notices (no header material found).
// Names and addresses are documentation ones except Microsoft's and Google's own; every key is the
// corpus test key.
import { type CaseExpectation, signCorpus } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, type Relay } from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops, tenantKey } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';

/** DMARC passes on the From domain's own signature: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** As PASSES, and no concern about the Sender row. */
const PASSES_SENDER: CaseExpectation = { ...PASSES, absentFindings: ['sender-other-org'] };
/**
 * A domain signed only by its tenant's onmicrosoft.com key, passing DMARC on Microsoft 365's shared
 * SPF include: the reader is told the signature is not the domain's own (README row 10, as rw28's
 * PLATFORM_KEY_ONLY). Unverified, never suspicious.
 */
const PLATFORM_KEY_ONLY: CaseExpectation = {
  verdict: 'unverified',
  notVerdict: ['suspicious'],
  fields: { 'dmarc.result': 'pass' },
};

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. None this round: every shape reads as its expectation says (29 cases, ALL=1).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const BOX = 'mail.quillmere.example';
const BOX_IP = '203.0.113.102';

// --- The sending tenant --------------------------------------------------------------------------
const FL = 'fernleaf.example';
/** A second accepted domain of the same tenant (its food-service arm). */
const FL2 = 'fernleaf-foods.example';
const NAM: Relay = {
  helo: 'NAM12-BN8-obe.outbound.protection.outlook.com',
  rdns: 'mail-bn8nam12on2102.outbound.protection.outlook.com',
  ip: '40.107.237.102',
};
const M365_INCLUDE = 'v=spf1 include:spf.protection.outlook.com -all';
const MS_ARC = { 'arcselector10001._domainkey.microsoft.com': KEY() };
const FL_ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(NAM.ip, NAM.rdns),
  ...MS_ARC,
  [FL]: { TXT: [M365_INCLUDE] },
  [`_dmarc.${FL}`]: { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@fernleaf.example'] },
  [`selector1._domainkey.${FL}`]: KEY(),
  [FL2]: { TXT: [M365_INCLUDE] },
  [`_dmarc.${FL2}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`selector1._domainkey.${FL2}`]: KEY(),
};

// A supplier outside (its own servers, signed hl1, p=reject).
const HL = 'harbourline.example';
const HL_RELAY: Relay = {
  helo: 'smtp.harbourline.example',
  rdns: 'smtp.harbourline.example',
  ip: '198.51.100.102',
};
const HL_ZONE = {
  ...ptr(HL_RELAY.ip, HL_RELAY.rdns),
  [HL]: { TXT: [`v=spf1 ip4:${HL_RELAY.ip} -all`] },
  [`_dmarc.${HL}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`hl1._domainkey.${HL}`]: KEY(),
};

// --- Readers -------------------------------------------------------------------------------------
type Reader = 'gmail' | 'yahoo' | 'box' | 'outlook';
const READER_ARGS: Record<Reader, string[]> = {
  gmail: GMAIL,
  yahoo: ['--webmail', 'yahoo'],
  box: ['--webmail', 'none', '--authserv-id', BOX],
  outlook: OUTLOOK,
};
const READER_TO: Record<Reader, string> = {
  gmail: 'Robin Reader <robin.reader@gmail.com>',
  yahoo: 'Robin Reader <robin.reader@yahoo.com>',
  box: 'Robin Reader <robin@quillmere.example>',
  outlook: 'Robin Reader <robin@tidewater.example>',
};

/** What the reader's provider saw: the envelope, the DKIM passes it recorded, DMARC. */
interface Seen {
  envelope: string;
  dkim: Array<[string, string]>;
  from: string;
  policy: string;
  relay?: Relay;
}

let ids = 0;
/** The reader's provider's delivery of `raw` handed over by Exchange Online's outbound host. */
function deliver(raw: string, reader: Reader, s: Seen): string {
  const r = s.relay ?? NAM;
  const envDomain = s.envelope.slice(s.envelope.indexOf('@') + 1);
  ids += 1;
  if (reader === 'gmail') {
    return gmailDelivery(raw, {
      relay: r,
      envelope: s.envelope,
      ids: [`x102csp${400 + ids}pxa`, `a102si${4100 + ids}qtb.102`],
      spf: 'pass',
      deliveredTo: true,
      results: `${s.dkim.map(([d, sel]) => gmailDkim(d, sel)).join('\r\n       ')}\r\n       arc=pass (i=1);\r\n       ${gmailSpf(s.envelope, r.ip)}\r\n       ${gmailDmarc(s.from, s.policy.toUpperCase())}`,
    });
  }
  if (reader === 'yahoo') {
    return yahooDelivery(raw, {
      relay: r,
      envelope: s.envelope,
      results: `${s.dkim.map(([d, sel]) => `dkim=pass header.i=@${d} header.s=${sel};`).join('\r\n ')}\r\n spf=pass smtp.mailfrom=${envDomain};\r\n dmarc=pass(p=${s.policy.toUpperCase()}) header.from=${s.from};`,
    });
  }
  if (reader === 'box') {
    return onTop(
      raw,
      `Return-Path: <${s.envelope}>`,
      `Authentication-Results: ${BOX};\r\n\t${s.dkim.map(([d, sel]) => `dkim=pass (2048-bit key) header.d=${d} header.s=${sel}`).join(';\r\n\t')};\r\n\tspf=pass (${BOX}: domain of ${s.envelope} designates ${r.ip} as permitted sender) smtp.mailfrom=${s.envelope};\r\n\tdmarc=pass (policy=${s.policy}) header.from=${s.from}`,
      `Received: from ${r.helo} (${r.rdns} [${r.ip}])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zq102K${ids}x\r\n\tfor <robin@quillmere.example>; ${at(5)}`,
    );
  }
  const dkim = s.dkim.length
    ? s.dkim.map(([d]) => `dkim=pass (signature was verified)\r\n header.d=${d}`).join(';')
    : 'dkim=none (message not signed)\r\n header.d=none';
  const p = eopPass(r, envDomain, dkim, s.from);
  return eopDelivery(raw, { ...p, returnPath: `<${s.envelope}>`, frontend: 'BN2PEPF00000102' });
}

/** Exchange Online's outbound: the tenant's hops, its DKIM signature(s), Microsoft's ARC i=1. */
async function tenantOut(
  raw: string,
  o: { signers: Array<[string, string]>; aar: string; mailbox?: string },
): Promise<string> {
  let out = onTop(raw, ...senderTenantHops(o.mailbox ?? 'SA1PR12MB7102'));
  for (const [domain, selector] of o.signers) out = await signCorpus(out, { domain, selector });
  return sealCorpus(out, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: o.aar,
  });
}
const outboundAar = (envDomain: string, from: string, d: string) =>
  `mx.microsoft.com 1; spf=pass smtp.mailfrom=${envDomain}; dmarc=pass action=none header.from=${from}; dkim=pass header.d=${d}; arc=none`;

const exchangeRows = (threadTopic: string, index: string) => [
  `Thread-Topic: ${threadTopic}`,
  `Thread-Index: ${index}`,
  'Accept-Language: en-GB, en-US',
  'Content-Language: en-GB',
  'X-MS-Has-Attach:',
  'X-MS-TNEF-Correlator:',
];

interface Shape {
  slug: string;
  about: string;
  cls: string;
  readers: Reader[];
  /** Builds the message for `reader` (its To line given). */
  build: (to: string) => Promise<{ raw: string; seen: Seen }>;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  twin?: boolean;
}

// --- 1. Send on Behalf of a shared mailbox ---------------------------------------------------------
const sendOnBehalf: Shape = {
  slug: 'shared-mailbox-send-on-behalf',
  about: `Dana Whitfield (dana.whitfield@${FL}) has Send on Behalf of the shared mailbox accounts@${FL} and replies to a supplier query from Outlook: Exchange writes From the mailbox and Sender Dana (Outlook shows "Dana Whitfield on behalf of Fernleaf Accounts"), takes the envelope from Dana, signs for ${FL} (selector1) and seals ARC i=1 (d=microsoft.com) on the way out from ${NAM.helo}. The reader's provider records spf=pass for ${FL}, dkim=pass, dmarc=pass. Wanted: authenticated, no concern about the Sender (the same organisation, its SPF pass).`,
  cls: 'm365-send-on-behalf',
  readers: ['gmail', 'yahoo', 'box', 'outlook'],
  build: async (to) => {
    const sub = submitted({
      from: `Fernleaf Accounts <accounts@${FL}>`,
      to,
      subject: 'RE: Remittance for invoice 10217',
      date: at(0),
      messageId: `<SA1PR12MB7102A1B2C3D4E5F6A7B8C9D0E1F2A3B4@SA1PR12MB7102.namprd12.prod.outlook.com>`,
      extraHeaders: [
        `Sender: Dana Whitfield <dana.whitfield@${FL}>`,
        ...exchangeRows('Remittance for invoice 10217', 'AQHbWk1x0f7Rk2m3n4o5p6q7r8s9tA=='),
      ],
      body: 'Hello,\r\n\r\nthe remittance for invoice 10217 went out on Wednesday.\r\n\r\nKind regards,\r\nDana Whitfield\r\nFernleaf Accounts\r\n',
    });
    const raw = await tenantOut(sub, {
      signers: [[FL, 'selector1']],
      aar: outboundAar(FL, FL, FL),
    });
    return {
      raw,
      seen: { envelope: `dana.whitfield@${FL}`, dkim: [[FL, 'selector1']], from: FL, policy: 'quarantine' },
    };
  },
  zone: FL_ZONE,
  expect: PASSES_SENDER,
  twin: true,
};

// --- 2. A delegate in a second accepted domain of the tenant ---------------------------------------
const delegateOtherDomain: Shape = {
  slug: 'delegate-in-second-accepted-domain-on-behalf',
  about: `The managing director's assistant, Sam Okoro <sam.okoro@${FL2}> (the group's food-service arm, a second accepted domain of the same tenant, with its own SPF include and DKIM), sends on behalf of md@${FL}: From md@${FL}, Sender sam.okoro@${FL2}, envelope from Sam (so SPF passes for ${FL2}), signed selector1 for ${FL} (Exchange signs for the From domain), ARC i=1 by microsoft.com. Wanted: authenticated; the Sender row at another registrable domain is one the envelope's SPF pass speaks for, so no sender-other-org (README: "a Sender field … at an organisation no SPF or DKIM pass speaks for").`,
  cls: 'm365-send-on-behalf',
  readers: ['gmail', 'outlook'],
  build: async (to) => {
    const sub = submitted({
      from: `Helen Marsh <md@${FL}>`,
      to,
      subject: 'Board dinner on 3 December',
      date: at(0),
      messageId: '<SA1PR12MB7103B1C2D3E4F5A6B7C8D9E0F1A2B3C4@SA1PR12MB7103.namprd12.prod.outlook.com>',
      extraHeaders: [
        `Sender: Sam Okoro <sam.okoro@${FL2}>`,
        ...exchangeRows('Board dinner on 3 December', 'AQHbWk2y1g8Sl3n4o5p6q7r8s9t0uB=='),
      ],
      body: 'Dear Robin,\r\n\r\nHelen would be glad if you could join the board dinner on 3 December at 7 pm.\r\n\r\nSam Okoro, on behalf of Helen Marsh\r\n',
    });
    const raw = await tenantOut(sub, {
      signers: [[FL, 'selector1']],
      aar: outboundAar(FL2, FL, FL),
      mailbox: 'SA1PR12MB7103',
    });
    return {
      raw,
      seen: { envelope: `sam.okoro@${FL2}`, dkim: [[FL, 'selector1']], from: FL, policy: 'quarantine' },
    };
  },
  zone: FL_ZONE,
  expect: PASSES_SENDER,
};

/** The same, should Exchange take the envelope from the mailbox (md@) rather than the delegate. */
const delegateMailboxEnvelope: Shape = {
  ...delegateOtherDomain,
  slug: 'delegate-second-domain-envelope-from-mailbox',
  about: `${delegateOtherDomain.about} Variant: the envelope is the mailbox's (md@${FL}), as some Exchange builds write it for Send on Behalf, so no SPF pass names ${FL2}; the tenant's selector1 signature covers Sender. Wanted: not spoofed; a warning about a Sender at a domain nothing authenticated is one a demanding reader accepts (Outlook shows that address first).`,
  readers: ['gmail'],
  build: async (to) => {
    const r = await delegateOtherDomain.build(to);
    return { ...r, seen: { ...r.seen, envelope: `md@${FL}` } };
  },
  expect: { notVerdict: ['spoofed'] },
};

// --- 3. A Microsoft 365 Group expanding to outside guest members ------------------------------------
const GROUP = `project-kelp@${FL}`;
const groupSrs = (local: string, domain: string) => `bounces+SRS=Gk102=TT=${domain}=${local}@${FL}`;
/** The author's mail reaching the group: for an outside author, EOP's inbound record in the tenant. */
const groupExpansion = async (signed: string, aar: string): Promise<string> => {
  const raw = onTop(
    signed,
    `Received: from SA1PR12MB7104.namprd12.prod.outlook.com (2603:10b6:806:2a3::12) by\r\n SA1PR12MB7105.namprd12.prod.outlook.com (2603:10b6:806:2a3::13) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${at(2)}`,
  );
  return sealCorpus(raw, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: aar,
  });
};
const groupOutside: Shape = {
  slug: 'm365-group-expands-outside-author-to-guest',
  about: `A supplier (Tomas Varga <tomas.varga@${HL}>, signed hl1, p=reject) writes to the Microsoft 365 Group ${GROUP}; the group delivers a copy to each member, among them the reader, a guest outside the tenant. The copy keeps the supplier's From and signature, gains Sender the group (Outlook: "Project Kelp on behalf of Tomas Varga"), leaves with an SRS envelope under ${FL} and Microsoft's ARC i=1 recording the supplier's pass. The reader's provider records spf=pass for ${FL}, dkim=pass for ${HL}, dmarc=pass. Wanted: authenticated; the group's Sender row is the domain SPF passed for.`,
  cls: 'm365-group',
  readers: ['gmail', 'outlook', 'box'],
  build: async () => {
    const sub = submitted({
      from: `Tomas Varga <tomas.varga@${HL}>`,
      to: `Project Kelp <${GROUP}>`,
      subject: 'Kelp trial: revised delivery dates',
      date: at(0),
      messageId: `<w102.group.1@${HL}>`,
      body: 'Hello all,\r\n\r\nthe revised delivery dates for the kelp trial are in the shared sheet.\r\n\r\nTomas\r\n',
    });
    const signed = await signCorpus(sub, { domain: HL, selector: 'hl1' });
    const inbound = onTop(
      signed,
      `Authentication-Results: spf=pass (sender IP is ${HL_RELAY.ip})\r\n smtp.mailfrom=${HL}; dkim=pass (signature was verified)\r\n header.d=${HL};dmarc=pass action=none\r\n header.from=${HL};compauth=pass reason=100`,
      `Received: from ${HL_RELAY.helo} (${HL_RELAY.ip}) by\r\n SN1PEPF0002BA50.mail.protection.outlook.com (10.167.242.73) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; ${at(1)}`,
    );
    // The group's copy: Sender the group, above the inbound record (Exchange adds it on expansion).
    const withSender = `Sender: Project Kelp <${GROUP}>\r\n${inbound}`;
    const raw = await groupExpansion(
      withSender,
      `mx.microsoft.com 1; spf=pass (sender ip is ${HL_RELAY.ip}) smtp.rcpttodomain=${FL} smtp.mailfrom=${HL}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${HL}; dkim=pass (signature was verified) header.d=${HL}; arc=none`,
    );
    return {
      raw,
      seen: { envelope: groupSrs('tomas.varga', HL), dkim: [[HL, 'hl1']], from: HL, policy: 'reject' },
    };
  },
  zone: { ...FL_ZONE, ...HL_ZONE },
  expect: PASSES_SENDER,
  twin: true,
};
const groupInside: Shape = {
  slug: 'm365-group-expands-colleague-post-to-guest',
  about: `A colleague in the tenant (Priya Shah <priya.shah@${FL}>) posts to the Microsoft 365 Group ${GROUP}; the guest member's copy keeps her From and the tenant's selector1 signature, gains Sender the group, an SRS envelope under ${FL} and Microsoft's ARC i=1. The reader's provider records spf=pass for ${FL}, dkim=pass, dmarc=pass. Wanted: authenticated.`,
  cls: 'm365-group',
  readers: ['yahoo', 'gmail'],
  build: async () => {
    const sub = submitted({
      from: `Priya Shah <priya.shah@${FL}>`,
      to: `Project Kelp <${GROUP}>`,
      subject: 'Kelp trial: site visit on Tuesday',
      date: at(0),
      messageId: '<SA1PR12MB7104C1D2E3F4A5B6C7D8E9F0A1B2C3D4@SA1PR12MB7104.namprd12.prod.outlook.com>',
      extraHeaders: exchangeRows('Kelp trial: site visit on Tuesday', 'AQHbWk3z2h9Tm4o5p6q7r8s9t0u1vC=='),
      body: 'Hi all,\r\n\r\nsite visit on Tuesday at 10; boots advised.\r\n\r\nPriya\r\n',
    });
    let raw = onTop(sub, ...senderTenantHops('SA1PR12MB7104'));
    raw = await signCorpus(raw, { domain: FL, selector: 'selector1' });
    raw = await groupExpansion(`Sender: Project Kelp <${GROUP}>\r\n${raw}`, outboundAar(FL, FL, FL));
    return {
      raw,
      seen: {
        envelope: groupSrs('priya.shah', FL),
        dkim: [[FL, 'selector1']],
        from: FL,
        policy: 'quarantine',
      },
    };
  },
  zone: FL_ZONE,
  expect: PASSES_SENDER,
};

// --- 4. Power Automate ---------------------------------------------------------------------------------
const flowRows = (workflow: string, version: string) => [
  `x-ms-mail-application: Microsoft Power Automate; User-Agent:\r\n azure-logic-apps/1.0 (workflow ${workflow}; version\r\n ${version}) microsoft-flow/1.0`,
  'x-ms-mail-operation-type: Send',
  'x-ms-mail-environment-id: default-3f6b2c1d-8e4a-4b7c-9d2e-1a0f5c6b7d81',
];
const flowSendAs: Shape = {
  slug: 'power-automate-send-as-shared-mailbox',
  about: `A Power Automate flow ("Send an email (V2)" of the Office 365 Outlook connector, its "From (Send as)" set to the shared mailbox hr-notices@${FL}) mails a starter's onboarding pack: From the shared mailbox, no Sender (Send As), the connector's x-ms-mail-application / x-ms-mail-operation-type / x-ms-mail-environment-id rows, signed selector1 for ${FL}, ARC i=1 by microsoft.com. Wanted: authenticated; an automated sender inside the tenant is still the tenant's mail.`,
  cls: 'm365-power-automate',
  readers: ['gmail', 'box', 'outlook'],
  build: async (to) => {
    const sub = submitted({
      from: `Fernleaf HR Notices <hr-notices@${FL}>`,
      to,
      subject: 'Your first day at Fernleaf: what to bring',
      date: at(0),
      messageId: '<SA1PR12MB7106D1E2F3A4B5C6D7E8F9A0B1C2D3E4@SA1PR12MB7106.namprd12.prod.outlook.com>',
      extraHeaders: [
        'X-MS-Has-Attach:',
        'X-MS-TNEF-Correlator:',
        ...flowRows('3a7c1e9f5b2d4c8a9e6f1b3d5c7a9e2f', '08584434883116750102'),
      ],
      body: 'Welcome to Fernleaf!\r\n\r\nPlease bring photo ID and your bank details form on Monday.\r\n\r\nFernleaf HR\r\n',
    });
    const raw = await tenantOut(sub, {
      signers: [[FL, 'selector1']],
      aar: outboundAar(FL, FL, FL),
      mailbox: 'SA1PR12MB7106',
    });
    return {
      raw,
      seen: { envelope: `hr-notices@${FL}`, dkim: [[FL, 'selector1']], from: FL, policy: 'quarantine' },
    };
  },
  zone: FL_ZONE,
  expect: PASSES,
};
const flowAsUser: Shape = {
  slug: 'power-automate-flow-as-user-approval-digest',
  about: `A Power Automate flow runs as its owner (lee.park@${FL}) and mails a weekly purchase-approval digest to a contractor: From the owner, the connector's rows, signed selector1, ARC i=1 by microsoft.com. Wanted: authenticated.`,
  cls: 'm365-power-automate',
  readers: ['yahoo'],
  build: async (to) => {
    const sub = submitted({
      from: `Lee Park <lee.park@${FL}>`,
      to,
      subject: 'Weekly approvals digest: 4 purchase orders waiting',
      date: at(0),
      messageId: '<SA1PR12MB7107E1F2A3B4C5D6E7F8A9B0C1D2E3F4@SA1PR12MB7107.namprd12.prod.outlook.com>',
      extraHeaders: [
        'X-MS-Has-Attach:',
        'X-MS-TNEF-Correlator:',
        ...flowRows('9c2e4a6b8d0f1e3c5a7b9d1f3e5c7a90', '08584434883116750103'),
      ],
      body: 'Purchase orders waiting for your approval: 4418, 4421, 4425, 4430.\r\n',
    });
    const raw = await tenantOut(sub, {
      signers: [[FL, 'selector1']],
      aar: outboundAar(FL, FL, FL),
      mailbox: 'SA1PR12MB7107',
    });
    return {
      raw,
      seen: { envelope: `lee.park@${FL}`, dkim: [[FL, 'selector1']], from: FL, policy: 'quarantine' },
    };
  },
  zone: FL_ZONE,
  expect: PASSES,
};

// --- 5. Bookings and Planner ---------------------------------------------------------------------------
const bookings: Shape = {
  slug: 'bookings-confirmation-from-scheduling-mailbox',
  about: `Fernleaf's physiotherapy clinic takes appointments with Microsoft Bookings; its booking page's scheduling mailbox (FernleafPhysio@${FL}) confirms the reader's appointment: From the scheduling mailbox with the clinic's name, signed selector1 for ${FL}, ARC i=1 by microsoft.com. Wanted: authenticated.`,
  cls: 'm365-bookings',
  readers: ['gmail', 'yahoo'],
  build: async (to) => {
    const sub = submitted({
      from: `Fernleaf Physiotherapy <FernleafPhysio@${FL}>`,
      to,
      subject: 'Booking confirmed: Initial assessment, Tuesday 24 November 2026 09:30',
      date: at(0),
      messageId: '<SA1PR12MB7108F1A2B3C4D5E6F7A8B9C0D1E2F3A4@SA1PR12MB7108.namprd12.prod.outlook.com>',
      body: 'Your booking is confirmed.\r\n\r\nInitial assessment with Jo Rivers, Tuesday 24 November 2026, 09:30-10:15.\r\nTo change or cancel, use Manage booking.\r\n',
    });
    const raw = await tenantOut(sub, {
      signers: [[FL, 'selector1']],
      aar: outboundAar(FL, FL, FL),
      mailbox: 'SA1PR12MB7108',
    });
    return {
      raw,
      seen: { envelope: `FernleafPhysio@${FL}`, dkim: [[FL, 'selector1']], from: FL, policy: 'quarantine' },
    };
  },
  zone: FL_ZONE,
  expect: PASSES,
};
const PLANNER = 'planner.office365.com';
const planner: Shape = {
  slug: 'planner-late-tasks-notice',
  about: `Microsoft Planner's notice to a guest of the tenant's plan: From "Microsoft on behalf of your organization" <noreply@${PLANNER}> (the name Microsoft Graph's examples show), envelope and signature under ${PLANNER} (modelled: the notice's signing domain is not in the material found), sent from Exchange Online's outbound, ARC i=1 by microsoft.com. Wanted: authenticated: Microsoft's own service domain, aligned; the words "on behalf of your organization" name no desk of the reader's.`,
  cls: 'm365-planner',
  readers: ['gmail', 'outlook'],
  build: async (to) => {
    const sub = submitted({
      from: `Microsoft on behalf of your organization <noreply@${PLANNER}>`,
      to,
      subject: 'You have late tasks!',
      date: at(0),
      messageId: '<b8f0c2d4-1e3a-4c5b-9d7e-102a3b4c5d6e@planner.office365.com>',
      body: 'You have 2 late tasks in Kelp trial.\r\n\r\nOpen in Planner.\r\n',
    });
    const raw = await tenantOut(sub, {
      signers: [[PLANNER, 'selector1']],
      aar: outboundAar(PLANNER, PLANNER, PLANNER),
      mailbox: 'BY5PR21MB1102',
    });
    return {
      raw,
      seen: {
        envelope: `noreply@${PLANNER}`,
        dkim: [[PLANNER, 'selector1']],
        from: PLANNER,
        policy: 'reject',
      },
    };
  },
  zone: {
    ...FL_ZONE,
    [PLANNER]: { TXT: [M365_INCLUDE] },
    'office365.com': { TXT: [M365_INCLUDE] },
    '_dmarc.office365.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
    [`selector1._domainkey.${PLANNER}`]: KEY(),
  },
  expect: PASSES,
};

// --- 6. onmicrosoft.com tenants ------------------------------------------------------------------------
const CAFE = 'larchcafe';
const onmicrosoftOnly: Shape = {
  slug: 'onmicrosoft-only-tenant-no-custom-domain',
  about: `A café run on Microsoft 365 Business Basic that never added a custom domain writes from owner@${CAFE}.onmicrosoft.com: Exchange signs d=${CAFE}.onmicrosoft.com s=selector1-${CAFE}-onmicrosoft-com (the tenant's own default key), SPF passes through Microsoft 365's include, ARC i=1 by microsoft.com (as rw5's onmicrosoft-only tenant, there read in Outlook). Wanted: not suspicious and never spoofed; DMARC passes on the From domain's own signature (authenticated), though the name is one anyone may register.`,
  cls: 'm365-onmicrosoft',
  readers: ['yahoo', 'gmail'],
  build: async (to) => {
    const dom = `${CAFE}.onmicrosoft.com`;
    const sub = submitted({
      from: `Larch Café <owner@${dom}>`,
      to,
      subject: 'Your catering order for Saturday',
      date: at(0),
      messageId: '<DM6PR08MB5102A1B2C3D4E5F6A7B8C9D0E1F2A3B4@DM6PR08MB5102.namprd08.prod.outlook.com>',
      body: 'Hi Robin,\r\n\r\nyour order for 20 sandwiches is confirmed for Saturday at noon.\r\n\r\nMaya\r\n',
    });
    const sel = `selector1-${CAFE}-onmicrosoft-com`;
    const raw = await tenantOut(sub, {
      signers: [[dom, sel]],
      aar: outboundAar(dom, dom, dom),
      mailbox: 'DM6PR08MB5102',
    });
    return { raw, seen: { envelope: `owner@${dom}`, dkim: [[dom, sel]], from: dom, policy: 'none' } };
  },
  zone: {
    ...FL_ZONE,
    [`${CAFE}.onmicrosoft.com`]: { TXT: [M365_INCLUDE] },
    '_dmarc.onmicrosoft.com': { TXT: ['v=DMARC1; p=none'] },
    ...tenantKey(CAFE, `selector1-${CAFE}-onmicrosoft-com`),
  },
  expect: { notVerdict: ['suspicious', 'spoofed'] },
};
const LC = 'larkcroft.example';
const cnamesNotEnabled: Shape = {
  slug: 'custom-domain-cnames-set-dkim-not-enabled',
  about: `A firm (${LC}, p=quarantine) published both DKIM CNAMEs (selector1/selector2._domainkey.${LC} → selector1-larkcroft-example._domainkey.larkcroft.onmicrosoft.com …) but never switched signing on in the Defender portal, so Exchange still signs only d=larkcroft.onmicrosoft.com s=selector1-larkcroft-example; SPF aligns through Microsoft 365's include; ARC i=1 by microsoft.com (rw28 read this in Outlook). Wanted: unverified, not suspicious: DMARC passes only on the shared SPF include every tenant passes, and the tenant-named signature is not the domain's own (README row 10); the CNAMEs the domain published do not make the message signed.`,
  cls: 'm365-onmicrosoft',
  readers: ['gmail', 'box'],
  build: async (to) => {
    const om = 'larkcroft.onmicrosoft.com';
    const sub = submitted({
      from: `Ines Roca <ines.roca@${LC}>`,
      to,
      subject: 'Quote 2291 for the roof survey',
      date: at(0),
      messageId: '<DM6PR08MB5103B1C2D3E4F5A6B7C8D9E0F1A2B3C4@DM6PR08MB5103.namprd08.prod.outlook.com>',
      extraHeaders: exchangeRows('Quote 2291 for the roof survey', 'AQHbWk4a3i0Un5p6q7r8s9t0u1v2wD=='),
      body: 'Dear Robin,\r\n\r\nplease find our quote 2291 for the roof survey below: 1,450 GBP plus VAT.\r\n\r\nInes Roca\r\n',
    });
    const raw = await tenantOut(sub, {
      signers: [[om, 'selector1-larkcroft-example']],
      aar: outboundAar(LC, LC, om),
      mailbox: 'DM6PR08MB5103',
    });
    return {
      raw,
      seen: {
        envelope: `ines.roca@${LC}`,
        dkim: [[om, 'selector1-larkcroft-example']],
        from: LC,
        policy: 'quarantine',
      },
    };
  },
  zone: {
    ...FL_ZONE,
    [LC]: { TXT: [M365_INCLUDE] },
    [`_dmarc.${LC}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    [`selector1._domainkey.${LC}`]: {
      CNAME: ['selector1-larkcroft-example._domainkey.larkcroft.onmicrosoft.com'],
    },
    [`selector2._domainkey.${LC}`]: {
      CNAME: ['selector2-larkcroft-example._domainkey.larkcroft.onmicrosoft.com'],
    },
    ...tenantKey('larkcroft', 'selector1-larkcroft-example'),
    ...tenantKey('larkcroft', 'selector2-larkcroft-example'),
  },
  expect: PLATFORM_KEY_ONLY,
};

// --- 7. Exchange hybrid out through Exchange Online ----------------------------------------------------
const HY = 'ashgrove-council.example';
const HY_ONPREM = { helo: 'ex01.ad.ashgrove-council.example', ip: '192.0.2.102' };
const hybridOut: Shape = {
  slug: 'exchange-hybrid-onprem-mailbox-out-through-exo',
  about: `A council still on Exchange 2019 on-premises for some mailboxes (hybrid, MX and outbound through Exchange Online): EX02 submits over MAPI, EX01 hands the message to EOP over the hybrid connector (TLS, certificate-matched, so Exchange Online attributes it Internal: X-MS-Exchange-Organization-AuthAs: Internal inside the tenant, stripped at the header firewall), Exchange Online signs selector1 for ${HY} and seals ARC i=1 by microsoft.com, and sends it out from ${NAM.helo}. The reader's provider records spf=pass for ${HY}, dkim=pass, dmarc=pass. Wanted: authenticated; the on-premises hops with private addresses below Microsoft's are the sender's own.`,
  cls: 'm365-hybrid',
  readers: ['gmail', 'outlook'],
  build: async (to) => {
    const sub = submitted({
      from: `Planning Services <planning@${HY}>`,
      to,
      subject: 'Planning application 26/0102: decision notice',
      date: at(0),
      messageId: `<5f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f@EX02.ad.${HY}>`,
      extraHeaders: exchangeRows(
        'Planning application 26/0102: decision notice',
        'AdtbWk5b4j1Vo6q7r8s9t0u1v2w3xE==',
      ),
      body: 'Dear Applicant,\r\n\r\nthe decision notice for application 26/0102 is attached to your planning portal account.\r\n\r\nPlanning Services\r\n',
    });
    let raw = onTop(
      sub,
      `Received: from EX01.ad.${HY} (10.20.1.11) by EX02.ad.${HY}\r\n (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; ${at(1)}`,
    );
    raw = onTop(
      raw,
      `Received: from ${HY_ONPREM.helo} (${HY_ONPREM.ip}) by\r\n BN2PEPF000044A9.mail.protection.outlook.com (10.167.243.160) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; ${at(2)}`,
      `Received: from BN2PEPF000044A9.namprd04.prod.outlook.com\r\n (2603:10b6:208:2b9:cafe::102) by MN2PR04CA0102.outlook.office365.com\r\n (2603:10b6:208:2b9::102) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.13 via Frontend\r\n Transport; ${at(2)}`,
    );
    raw = await signCorpus(raw, { domain: HY, selector: 'selector1' });
    raw = await sealCorpus(raw, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: outboundAar(HY, HY, HY),
    });
    return {
      raw,
      seen: { envelope: `planning@${HY}`, dkim: [[HY, 'selector1']], from: HY, policy: 'reject' },
    };
  },
  zone: {
    ...FL_ZONE,
    [HY]: { TXT: [`v=spf1 ip4:${HY_ONPREM.ip} include:spf.protection.outlook.com -all`] },
    [`_dmarc.${HY}`]: { TXT: ['v=DMARC1; p=reject'] },
    [`selector1._domainkey.${HY}`]: KEY(),
  },
  expect: PASSES,
  twin: true,
};

const SHAPES: Shape[] = [
  sendOnBehalf,
  delegateOtherDomain,
  delegateMailboxEnvelope,
  groupOutside,
  groupInside,
  flowSendAs,
  flowAsUser,
  bookings,
  planner,
  onmicrosoftOnly,
  cnamesNotEnabled,
  hybridOut,
];

export async function makeAll(write: CaseWriter): Promise<void> {
  ids = 0;
  for (const s of SHAPES) {
    for (const reader of s.readers) {
      const { raw, seen } = await s.build(READER_TO[reader]);
      emitCase(write, {
        name: `realworld102-${reader}-${s.slug}`.slice(0, 80),
        about: `${s.about} Read in ${reader} (${READER_ARGS[reader].join(' ')}), online.`,
        class: s.cls,
        args: READER_ARGS[reader],
        eml: deliver(raw, reader, seen),
        zone: { ...s.zone, ...ptr(BOX_IP, BOX) },
        expect: s.expect,
        twin: s.twin && reader === 'gmail',
      });
    }
  }
}
