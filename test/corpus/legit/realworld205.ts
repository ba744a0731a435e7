// Real-world delivery shapes, two-hundred-and-fifth round: B2B and SaaS notifications a platform
// sends "on behalf of" a firm, which users meet daily and which look like brand impersonation,
// from firms whose names hold common or brand-like words: Amazon Rainforest Trust, Apple Valley
// Dental, Chase Street Bakery, Wells & Partners, Delta Plumbing, Adobe Creek Vineyards. Shapes: Entra
// B2B invitations ("Microsoft Invitations on behalf of <tenant>", both the invites@microsoft.com
// sender and the newer invites@<tenant>.onmicrosoft.com one), SharePoint sharing, a Teams meeting
// invitation from an outside tenant's own mailbox, Google Drive shares "(via Google Drive)", Docs
// comments "(via Google Docs)", Calendar invitations, DocuSign / Adobe Acrobat Sign / Dropbox Sign
// envelopes "<firm> via <service>", Zoom webinar confirmations, Calendly bookings and a HubSpot
// newsletter from the firm's own domain; Reply-To at the firm's own domain wherever the platform
// writes one. Read in Gmail, Outlook (another tenant's EOP), Yahoo and on self-hosted boxes (OpenDKIM
// + OpenDMARC rows, rspamd, amavisd-new), online and offline. The lead is about to tighten brand
// checks on "on behalf of" names: these are the genuine side of that. Every case is mail a user
// should trust: authenticated or unverified, never spoofed.
// Where the layouts were learnt:
// - Entra B2B invitations: Microsoft Learn "B2B invitation email layout" (search pages:
//   learn.microsoft.com/…/external-identities/invitation-email-elements): From "Microsoft
//   Invitations on behalf of <primary domain> <invites@<primary domain>.onmicrosoft.com>"; "Before
//   December 2025, invitations originate from Microsoft Invitations invites@microsoft"; "The reply-to
//   email is set to the inviter's email when available"; subject "<username> invited you to
//   collaborate with <primary domain>". The older invites@microsoft.com shape, its Exchange Online
//   outbound, microsoft.com's ARC i=1 and d=microsoft.com s=selector2: realworld193.ts (find_string
//   "invites@microsoft.com", file id 639499409).
// - Google Docs comments: "<name> (via Google Docs)" <comments-noreply@docs.google.com> (find_string
//   "(via Google Docs)": file ids 53959417623, 63040900341, 66528298370, the last filtering
//   drive-shares-noreply beside it); Drive's "(via Google Drive)" <drive-shares-dm-noreply@google.com>
//   and Calendar's calendar-notification@google.com with Sender Google Calendar and Reply-To the
//   organiser: realworld118.ts (probe111, realworld62).
// - SharePoint: "<sharer>" <no-reply@sharepointonline.com>, Reply-To the sharer, out of Exchange
//   Online, d=sharepointonline.com s=selector1: realworld197.ts / realworld202.ts (Microsoft Learn's
//   anti-phishing page, id 70113859050: the address only).
// - DocuSign "<account> via Docusign <dse_NA3@docusign.net>" (find_string "via Docusign <dse": ids
//   25933798531, 52087866712, 67264694031), Adobe Acrobat Sign "<name> via Adobe Acrobat Sign
//   <adobesign@adobesign.com>" through Amazon SES, Dropbox Sign "<name> via Dropbox Sign
//   <noreply@mail.hellosign.com>" through SendGrid: realworld197.ts.
// - Zoom's own relay mail-170-114-10-84.zoom.us [170.114.10.84], d=zoom.us, envelope
//   no-reply@zoom.us: realworld173.ts / realworld156.ts; no-reply@zoom.us as Zoom's notice sender
//   (find_string "no-reply@zoom.us": ids 27353206921, 56677673101, 56762055302).
// - Calendly: notifications@calendly.com under the host's name, Reply-To the host (help.calendly.com
//   via realworld115/118), SendGrid with a branded PTR.
// - Receivers: Gmail's, Yahoo's and EOP's layouts from receivers.ts; the OpenDKIM/OpenDMARC box rows
//   (one header each, `dkim-atps=neutral`) from realworld193.ts; rspamd's one header with header.b
//   and `(policy=reject)`, its trailer at the bottom, and amavisd-new's domain-only row from
//   realworld202.ts (ids 60248465600, 62142229890, 22032534555).
// NOT confirmed: how the December-2025 invites@<tenant>.onmicrosoft.com invitations are signed and
// enveloped (modelled as the tenant's own Exchange Online mail: envelope the From, d=<tenant>.
// onmicrosoft.com with the default `selector1-<tenant>-onmicrosoft-com` key, no DMARC record at the
// tenant nor at onmicrosoft.com); whether Google Docs comment mail carries a Reply-To (modelled
// without) and its docos.bounces.google.com envelope (recalled); Zoom's webinar confirmation writing
// the host's name and Reply-To (modelled so); HubSpot's signing (the firm's own hs1 key by CNAME plus
// d=hubspotemail.net) and its bf… envelope; every platform's selectors and relays beyond the rounds
// named above.
// Names and addresses are documentation ones except the platforms' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, legitCorpus, ptr, RECEIVER, type Relay, SIGNED, signAll } from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
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

const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const GMAIL_ARGS = ['--webmail', 'gmail'];
const OUTLOOK_ARGS = ['--webmail', 'outlook'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];

/** Genuine mail a user should trust. */
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };

// ---- The firms (their own domains, some spelling the name, some not) ----
const ART = 'amazonrainforesttrust.example';
const AVD = 'applevalleydental.example';
const CSB = 'chasestbakery.example';
const WELLS = 'wellspartners.example';
const DELTA = 'deltaplumbing.example';
const ADOBE_CREEK = 'adobecreekvineyards.example';
const FIRMS = [ART, AVD, CSB, WELLS, DELTA, ADOBE_CREEK];

// ---- The platforms' relays ----
const NAM_V4: Relay = {
  helo: 'NAM11-CO1-obe.outbound.protection.outlook.com',
  rdns: 'mail-co1nam11on2121.outbound.protection.outlook.com',
  ip: '40.107.220.121',
};
const EUR_V6: Relay = {
  helo: 'EUR03-DBA-obe.outbound.protection.outlook.com',
  rdns: 'mail-dbaeur03on20701.outbound.protection.outlook.com',
  ip: '2a01:111:f403:260d::701',
};
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
const DS_OUT: Relay = { helo: 'mailna3.docusign.net', rdns: 'mailna3.docusign.net', ip: '64.207.219.75' };
const SES_OUT: Relay = {
  helo: 'a48-112.smtp-out.amazonses.com',
  rdns: 'a48-112.smtp-out.amazonses.com',
  ip: '54.240.48.112',
};
const SG_OUT: Relay = {
  helo: 'o1678912.outbound-mail.sendgrid.net',
  rdns: 'o1678912.outbound-mail.sendgrid.net',
  ip: '167.89.12.97',
};
const CALENDLY_OUT: Relay = {
  helo: 'o32.ptr2052.calendly.com',
  rdns: 'o32.ptr2052.calendly.com',
  ip: '149.72.205.32',
};
const ZOOM_OUT: Relay = {
  helo: 'mail-170-114-10-84.zoom.us',
  rdns: 'mail-170-114-10-84.zoom.us',
  ip: '170.114.10.84',
};
const HUBSPOT_OUT: Relay = {
  helo: 'bid4bx.hubspotemail.net',
  rdns: 'bid4bx.hubspotemail.net',
  ip: '143.244.80.205',
};

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const GOOGLE_SPF = 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all';
const SG_SPF = 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 -all';
const M365_INCLUDE = 'v=spf1 include:spf.protection.outlook.com -all';

/** The Apple Valley Dental tenant's onmicrosoft.com name (the December-2025 invitation sender). */
const AVD_OM = 'applevalleydental.onmicrosoft.com';
const AVD_OM_SELECTOR = 'selector1-applevalleydental-onmicrosoft-com';

const ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  ...ptr(NAM_V4.ip, NAM_V4.rdns),
  ...ptr(EUR_V6.ip, EUR_V6.rdns),
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...ptr(DS_OUT.ip, DS_OUT.rdns),
  ...ptr(SES_OUT.ip, SES_OUT.rdns),
  ...ptr(SG_OUT.ip, SG_OUT.rdns),
  ...ptr(CALENDLY_OUT.ip, CALENDLY_OUT.rdns),
  ...ptr(ZOOM_OUT.ip, ZOOM_OUT.rdns),
  ...ptr(HUBSPOT_OUT.ip, HUBSPOT_OUT.rdns),
  ...keyZone([
    'arcselector10001._domainkey.microsoft.com',
    'selector2._domainkey.microsoft.com',
    'selector1._domainkey.sharepointonline.com',
    '20230601._domainkey.google.com',
    'mail._domainkey.docusign.net',
    'sgkrl4ccqdmgizqehhnbqyigc3w205a._domainkey.adobesign.com',
    'xplzuhjr4seloozmmorg6obznvt7w205._domainkey.amazonses.com',
    's1._domainkey.mail.hellosign.com',
    'smtpapi._domainkey.sendgrid.info',
    's1._domainkey.calendly.com',
    's1._domainkey.zoom.us',
    'hs1._domainkey.hubspotemail.net',
    `${AVD_OM_SELECTOR}._domainkey.${AVD_OM}`,
    ...FIRMS.map((f) => `selector1._domainkey.${f}`),
    `hs1-205._domainkey.${ART}`,
  ]),
  ...txt('microsoft.com', M365_INCLUDE),
  ...dmarc('microsoft.com', 'reject; pct=100'),
  ...txt('sharepointonline.com', M365_INCLUDE),
  ...dmarc('sharepointonline.com', 'reject'),
  ...txt(AVD_OM, M365_INCLUDE),
  ...dmarc('google.com', 'reject'),
  ...txt('doclist.bounces.google.com', GOOGLE_SPF),
  ...txt('docos.bounces.google.com', GOOGLE_SPF),
  ...txt('calendar-server.bounces.google.com', GOOGLE_SPF),
  ...txt('docusign.net', 'v=spf1 ip4:64.207.216.0/21 -all'),
  ...dmarc('docusign.net', 'reject'),
  ...txt('mail.adobesign.com', 'v=spf1 include:amazonses.com -all'),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:23.251.224.0/19 -all'),
  ...dmarc('adobesign.com', 'reject'),
  ...txt('em205.mail.hellosign.com', SG_SPF),
  ...dmarc('hellosign.com', 'reject'),
  ...txt('email.calendly.com', SG_SPF),
  ...dmarc('calendly.com', 'reject'),
  ...txt('zoom.us', 'v=spf1 ip4:170.114.0.0/16 include:_spf.google.com include:amazonses.com ~all'),
  ...txt('_spf.google.com', GOOGLE_SPF),
  ...dmarc('zoom.us', 'reject'),
  ...txt('bf205x.hubspotemail.net', 'v=spf1 ip4:143.244.80.0/20 -all'),
  ...dmarc('hubspotemail.net', 'none'),
  ...Object.assign(
    {},
    ...FIRMS.map((f) => ({ ...txt(f, M365_INCLUDE), ...dmarc(f, f === CSB ? 'quarantine' : 'reject') })),
  ),
};

// ---- One platform message: who writes it, how it is signed and handed over ----
interface Sent {
  from: string;
  fromDomain: string;
  envelope: string;
  relay: Relay;
  signers: Array<[string, string]>;
  /** DMARC policy of the From's organisation, as Gmail prints it (upper case). */
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  extra: string[];
  contentType?: string;
  /** Exchange Online's hops below and microsoft.com's ARC i=1 over the signature (its own senders). */
  exo?: { mbx: string };
}

async function compose(s: Sent, to: string): Promise<string> {
  let raw = submitted({
    from: s.from,
    to,
    subject: s.subject,
    date: 'Fri, 20 Nov 2026 09:59:40 +0000',
    messageId: s.messageId,
    extraHeaders: s.extra,
    body: s.body,
  });
  if (s.contentType)
    raw = raw.replace('Content-Type: text/plain; charset=utf-8', `Content-Type: ${s.contentType}`);
  if (s.exo) raw = onTop(raw, ...senderTenantHops(s.exo.mbx));
  const signed = await signAll(raw, s.signers, [
    ...SIGNED,
    ...(s.extra.some((h) => /^Sender:/i.test(h)) ? ['sender'] : []),
  ]);
  if (!s.exo) return signed;
  const [d] = s.signers[s.signers.length - 1] ?? ['', ''];
  return sealCorpus(signed, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${domOf(s.envelope)}; dmarc=pass action=none header.from=${s.fromDomain}; dkim=pass header.d=${d}; arc=none`,
  });
}

const domOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);
const b8 = (raw: string, d: string) => {
  const f = raw
    .split(/\r\n(?![ \t])/)
    .find(
      (x) =>
        /^DKIM-Signature:/i.test(x) &&
        new RegExp(`d=${d.replace(/\./g, '\\.')};`).test(x.replace(/\s+/g, '')),
    );
  const m = f?.replace(/\s+/g, '').match(/;b=([^;]+)/);
  if (!m?.[1]) throw new Error(`no DKIM-Signature for ${d}`);
  return m[1].slice(0, 8);
};

// ---- The readers ----
function toGmail(raw: string, s: Sent, n: number, to = 'robin.reader@gmail.com'): string {
  const rows = [
    ...s.signers.map(([d, sel]) => gmailDkim(d, sel)),
    ...(s.exo
      ? [
          `arc=pass (i=1 spf=pass spfdomain=${domOf(s.envelope)} dkim=pass dkdomain=${s.signers[0]?.[0]} dmarc=pass fromdomain=${s.fromDomain});`,
        ]
      : []),
    gmailSpf(s.envelope, s.relay.ip),
    ...(s.policy ? [gmailDmarc(s.fromDomain, s.policy)] : []),
  ];
  return gmailDelivery(raw, {
    relay: s.relay,
    envelope: s.envelope,
    results: rows.join('\r\n       '),
    ids: [`x205csp${n}pxa`, `a205si${n}qtb.${200 + n}`],
    spf: 'pass',
    deliveredTo: true,
    to,
  });
}

const toYahoo = (raw: string, s: Sent) =>
  yahooDelivery(raw, {
    relay: s.relay,
    envelope: s.envelope,
    results: `${s.signers.map(([d, sel]) => `dkim=pass header.i=@${d} header.s=${sel};`).join('\r\n ')}\r\n spf=pass smtp.mailfrom=${domOf(s.envelope)};\r\n ${s.policy ? `dmarc=pass(p=${s.policy}) header.from=${s.fromDomain};` : `dmarc=unknown header.from=${s.fromDomain};`}`,
  });

const toTenant = (raw: string, s: Sent) =>
  eopDelivery(raw, {
    ...eopPass(
      s.relay,
      domOf(s.envelope),
      s.signers.map(([d]) => `dkim=pass (signature was verified)\r\n header.d=${d}`).join(';'),
      s.fromDomain,
    ),
    ...(s.policy
      ? {}
      : {
          ar: `spf=pass (sender IP is ${s.relay.ip})\r\n smtp.mailfrom=${domOf(s.envelope)}; dkim=pass (signature was verified)\r\n header.d=${s.signers[0]?.[0]};dmarc=bestguesspass action=none\r\n header.from=${s.fromDomain};compauth=pass reason=109`,
        }),
    returnPath: s.envelope,
    bottom: [
      'X-MS-Exchange-Organization-SCL: 1',
      'X-MS-Exchange-CrossTenant-Id: 5b2f1e4a-9c3d-4e8b-a7f6-2d1c0b9e8a73',
    ],
  });

const entryLine = (relay: Relay, id: string) => {
  const client = relay.ip.includes(':') ? `IPv6:${relay.ip}` : relay.ip;
  return `Received: from ${relay.helo} (${relay.rdns} [${client}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`;
};
const lmtp = (env: string, id: string) =>
  `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid w205${id}\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:06 +0000`;

/** A Postfix box with OpenDKIM (one header per signature), OpenDMARC and an SPF policy daemon. */
const toOpendkimBox = (raw: string, s: Sent, id: string) =>
  onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    'Delivered-To: robin@reader.example',
    lmtp(s.envelope, id),
    ...s.signers.map(
      ([d, sel]) =>
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${sel} header.b=${b8(raw, d)};\r\n\tdkim-atps=neutral`,
    ),
    ...(s.policy
      ? [
          `Authentication-Results: ${RECEIVER}; dmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${s.fromDomain}`,
        ]
      : [`Authentication-Results: ${RECEIVER}; dmarc=none (p=none dis=none) header.from=${s.fromDomain}`]),
    `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${domOf(s.envelope)}`,
    entryLine(s.relay, `4Zw205${id}`),
  );

/** A Postfix box with rspamd's milter: one header, its trailer at the bottom. */
const toRspamdBox = (raw: string, s: Sent, id: string) =>
  onTop(
    appendHeaders(raw, 'X-Rspamd-Action: no action', 'X-Rspamd-Server: mx', `X-Rspamd-Queue-Id: 4Zw205${id}`),
    `Return-Path: <${s.envelope}>`,
    'Delivered-To: robin@reader.example',
    lmtp(s.envelope, id),
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip.includes(':') ? `IPv6:${s.relay.ip}` : s.relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zw205${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
    `Authentication-Results: ${RECEIVER};\r\n\t${[
      ...s.signers.map(([d, sel]) => `dkim=pass header.d=${d} header.s=${sel} header.b=${b8(raw, d)}`),
      `spf=pass (${RECEIVER}: domain of "${s.envelope}" designates ${s.relay.ip} as permitted sender) smtp.mailfrom="${s.envelope}"`,
      s.policy
        ? `dmarc=pass (policy=${s.policy.toLowerCase()}) header.from=${s.fromDomain}`
        : `dmarc=none reason="No policy published" header.from=${s.fromDomain}`,
    ].join(';\r\n\t')}`,
  ).replace(
    // rspamd writes its header under the entry line it read: swap the two so the header sits above.
    /(Received: from (?!mx\.reader)[^\r]*\r\n(?:\t[^\r]*\r\n)*)(Authentication-Results: mx\.reader\.example;\r\n(?:\t[^\r]*\r\n)*)/,
    '$2$1',
  );

/** An iRedMail-style box: amavisd-new's domain-only DKIM rows above the re-injection. */
const toAmavisBox = (raw: string, s: Sent, id: string) =>
  onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    'Delivered-To: robin@reader.example',
    lmtp(s.envelope, id),
    `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${RECEIVER} (Postfix) with ESMTP id 4Zw205${id}B\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:06 +0000 (UTC)`,
    `X-Virus-Scanned: Debian amavisd-new at ${RECEIVER}`,
    ...s.signers.map(
      ([d]) =>
        `Authentication-Results: ${RECEIVER} (amavisd-new); dkim=pass (2048-bit key)\r\n header.d=${d}`,
    ),
    entryLine(s.relay, `4Zw205${id}A`),
  );

// ---- The platforms' messages ----
const INVITE_BODY = (inviter: string, address: string, org: string) =>
  `Please only act on this invitation if you trust the individual and organization represented below.\r\n\r\n${inviter} (${address}) invited you to access applications within their organization ${org}.\r\n\r\nAccept invitation: https://invitations.microsoft.com/redeem/?tenant=205example\r\n`;

/** Entra B2B invitation from invites@microsoft.com (before December 2025). */
const b2bClassic = (org: string, inviter: string, address: string, n: string): Sent => ({
  from: `Microsoft Invitations on behalf of ${org} <invites@microsoft.com>`,
  fromDomain: 'microsoft.com',
  envelope: 'invites@microsoft.com',
  relay: NAM_V4,
  signers: [['microsoft.com', 'selector2']],
  policy: 'REJECT',
  subject: `${inviter} invited you to access applications within their organization`,
  body: INVITE_BODY(inviter, address, org),
  messageId: `<SN7PR21MB4031${n}@SN7PR21MB4031.namprd21.prod.outlook.com>`,
  extra: [`Reply-To: ${inviter} <${address}>`],
  exo: { mbx: 'SN7PR21MB4031' },
});

/** Entra B2B invitation from the tenant's own invites@<tenant>.onmicrosoft.com (December 2025 on). */
const b2bTenant = (n: string): Sent => ({
  from: `Microsoft Invitations on behalf of Apple Valley Dental <invites@${AVD_OM}>`,
  fromDomain: AVD_OM,
  envelope: `invites@${AVD_OM}`,
  relay: NAM_V4,
  signers: [[AVD_OM, AVD_OM_SELECTOR]],
  policy: '',
  subject: 'Maya Okafor invited you to collaborate with Apple Valley Dental',
  body: INVITE_BODY('Maya Okafor', `maya.okafor@${AVD}`, 'Apple Valley Dental'),
  messageId: `<MW4PR19MB5205${n}@MW4PR19MB5205.namprd19.prod.outlook.com>`,
  extra: [`Reply-To: Maya Okafor <maya.okafor@${AVD}>`],
  exo: { mbx: 'MW4PR19MB5205' },
});

const sharepoint = (who: string, address: string, file: string, site: string, n: string): Sent => ({
  from: `"${who}" <no-reply@sharepointonline.com>`,
  fromDomain: 'sharepointonline.com',
  envelope: 'no-reply@sharepointonline.com',
  relay: EUR_V6,
  signers: [['sharepointonline.com', 'selector1']],
  policy: 'REJECT',
  subject: `${who} shared "${file}" with you`,
  body: `${who} shared a file with you\r\n\r\n${file}\r\n\r\nOpen: https://${site}.sharepoint.com/:x:/s/grants/205${n}example\r\n\r\nThis link will work for the people you share it with.\r\nMicrosoft respects your privacy.\r\n`,
  messageId: `<205${n}.spo@sharepointonline.com>`,
  extra: [`Reply-To: "${who}" <${address}>`],
});

/** A Teams meeting invitation from the organiser's own mailbox in an outside tenant. */
const teamsInvite = (from: string, domain: string, title: string, n: string): Sent => ({
  from,
  fromDomain: domain,
  envelope: from.replace(/^.*</, '').replace(/>$/, ''),
  relay: NAM_V4,
  signers: [[domain, 'selector1']],
  policy: domain === CSB ? 'QUARANTINE' : 'REJECT',
  subject: title,
  body: `________________________________________________________________________________\r\nMicrosoft Teams meeting\r\nJoin on your computer, mobile app or room device\r\nClick here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_205${n}example%40thread.v2/0\r\nMeeting ID: 318 205 ${n}41 72\r\nPasscode: 7Xq2Ld\r\n________________________________________________________________________________\r\n`,
  messageId: `<DM6PR08MB5580205${n}@DM6PR08MB5580.namprd08.prod.outlook.com>`,
  extra: [],
  contentType: 'text/plain; charset="utf-8"',
  exo: { mbx: 'DM6PR08MB5580' },
});

const driveShare = (who: string, account: string, file: string, n: string): Sent => ({
  from: `"${who} (via Google Drive)" <drive-shares-dm-noreply@google.com>`,
  fromDomain: 'google.com',
  envelope: `3Rp205${n}TgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  policy: 'REJECT',
  subject: `Document shared with you: "${file}"`,
  body: `${who} (${account}) has shared the following document:\r\n\r\n${file}\r\n\r\nOpen: https://docs.google.com/document/d/205${n}example/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`,
  messageId: `<205${n}drive-share.0a1b2c3d@google.com>`,
  extra: [`Reply-To: "${who}" <${account}>`],
});

const docsComment = (who: string, file: string, n: string): Sent => ({
  from: `"${who} (via Google Docs)" <comments-noreply@docs.google.com>`,
  fromDomain: 'docs.google.com',
  envelope: `3Cp205${n}DocsXfUbXhM-SaXhZTgNThZ.PbZ@docos.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  policy: 'REJECT',
  subject: `${file} - New comments`,
  body: `${who} added a comment to ${file}\r\n\r\n"Can we move the harvest tasting to the 28th?"\r\n\r\nOpen: https://docs.google.com/document/d/205${n}example/edit?disco=AAAB205\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`,
  messageId: `<205${n}.docos.comment@docs.google.com>`,
  extra: [],
});

const calendar = (who: string, organiser: string, title: string, n: string): Sent => ({
  from: `"${who}" <calendar-notification@google.com>`,
  fromDomain: 'google.com',
  envelope: `3Qp205${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@calendar-server.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  policy: 'REJECT',
  subject: `Invitation: ${title} @ Tue 24 Nov 2026 08:00 - 08:30 (GMT)`,
  body: `${who} has invited you to a meeting.\r\n\r\n${title}\r\nTuesday 24 Nov 2026 08:00 - 08:30 (GMT)\r\n\r\nOrganizer: ${organiser}\r\nInvitation from Google Calendar\r\n`,
  messageId: `<calendar-205${n}c1e9a4-3b7d-4f2a-9e8c-1d6b5a4f3e${n}0@google.com>`,
  extra: ['Sender: Google Calendar <calendar-notification@google.com>', `Reply-To: "${who}" <${organiser}>`],
});

const docusign = (account: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `${account} via Docusign <dse_NA3@docusign.net>`,
  fromDomain: 'docusign.net',
  envelope: 'dse_NA3@docusign.net',
  relay: DS_OUT,
  signers: [['docusign.net', 'mail']],
  policy: 'REJECT',
  subject: `Complete with Docusign: ${doc}`,
  body: `${account} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a=205${n}&etti=24\r\n\r\nDo Not Share This Email: this email contains a secure link to Docusign.\r\n`,
  messageId: `<205${n}3f8a2c7e1d4b6a9c0e5f7a2b1c3d4e@docusign.net>`,
  extra: [`Reply-To: ${replyTo}`, 'X-API-Host: na3.docusign.net'],
});

const adobeSign = (account: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `${account} via Adobe Acrobat Sign <adobesign@adobesign.com>`,
  fromDomain: 'adobesign.com',
  envelope: `0100019d7a205${n}-aa3b2c1d-6e5f-4a7b-8c9d-0e1f2a3b4c5d-000000@mail.adobesign.com`,
  relay: SES_OUT,
  signers: [
    ['adobesign.com', 'sgkrl4ccqdmgizqehhnbqyigc3w205a'],
    ['amazonses.com', 'xplzuhjr4seloozmmorg6obznvt7w205'],
  ],
  policy: 'REJECT',
  subject: `${account} requests your signature on "${doc}"`,
  body: `${account} has sent you ${doc} to sign.\r\n\r\nReview and sign: https://secure.na1.adobesign.com/public/esign?tsid=CBFCIBAA3AAAB205${n}\r\n`,
  messageId: `<0100019d7a205${n}-aa3b2c1d-6e5f-4a7b-8c9d-0e1f2a3b4c5d-000000@email.amazonses.com>`,
  extra: [`Reply-To: ${replyTo}`, `Feedback-ID: 1.us-east-1.w205AdobeSign${n}FeedbackIdAbCdEf=:AmazonSES`],
});

const dropboxSign = (account: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `${account} via Dropbox Sign <noreply@mail.hellosign.com>`,
  fromDomain: 'mail.hellosign.com',
  envelope: `bounces+2205411-8f1e-robin.reader=gmail.com@em205.mail.hellosign.com`,
  relay: SG_OUT,
  signers: [
    ['mail.hellosign.com', 's1'],
    ['sendgrid.info', 'smtpapi'],
  ],
  policy: 'REJECT',
  subject: `${account} has requested your signature on ${doc}`,
  body: `${account} has requested your signature on ${doc}.\r\n\r\nReview & sign: https://app.hellosign.com/sign/205${n}example\r\n`,
  messageId: `<205${n}a1b2c3d4e5f6a7b8c9d0e1f2a3b4c@mail.hellosign.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

const zoomWebinar = (host: string, replyTo: string, topic: string, n: string): Sent => ({
  from: `"${host}" <no-reply@zoom.us>`,
  fromDomain: 'zoom.us',
  envelope: 'no-reply@zoom.us',
  relay: ZOOM_OUT,
  signers: [['zoom.us', 's1']],
  policy: 'REJECT',
  subject: `${topic} Confirmation`,
  body: `Hi Robin,\r\n\r\nThank you for registering for "${topic}".\r\n\r\nPlease submit any questions to: ${replyTo.replace(/^.*</, '').replace(/>$/, '')}\r\n\r\nDate Time: Dec 3, 2026 05:00 PM London\r\n\r\nJoin from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/8120520${n}example\r\n`,
  messageId: `<205${n}.webinar.registration@zoom.us>`,
  extra: [`Reply-To: ${replyTo}`],
});

const calendly = (host: string, replyTo: string, event: string, n: string): Sent => ({
  from: `"${host}" <notifications@calendly.com>`,
  fromDomain: 'calendly.com',
  envelope: `bounces+5521205${n}-77aa-robin.reader=gmail.com@email.calendly.com`,
  relay: CALENDLY_OUT,
  signers: [['calendly.com', 's1']],
  policy: 'REJECT',
  subject: `New Event: Robin Reader - 08:30 Tue, 24 Nov 2026 - ${event}`,
  body: `Hi Robin,\r\n\r\nYour ${event} with ${host} at 08:30 - 09:00 (GMT) on Tuesday, 24 November 2026 is scheduled.\r\n\r\nCancel: https://calendly.com/cancellations/205${n}example\r\n\r\nPowered by Calendly.com\r\n`,
  messageId: `<205${n}.calendly.c0nf1rm@calendly.com>`,
  extra: [`Reply-To: "${host}" <${replyTo}>`],
});

/** A HubSpot newsletter from the firm's own domain: its hs1 key (CNAME to HubSpot) and HubSpot's own. */
const hubspot = (n: string): Sent => ({
  from: `Amazon Rainforest Trust <news@${ART}>`,
  fromDomain: ART,
  envelope: `1axbtbzhr205${n}-robin.reader=gmail.com@bf205x.hubspotemail.net`,
  relay: HUBSPOT_OUT,
  signers: [
    [ART, 'hs1-205'],
    ['hubspotemail.net', 'hs1'],
  ],
  policy: 'REJECT',
  subject: 'Field notes from the Tapajós: November',
  body: `Dear Robin,\r\n\r\nour November field notes are out: three new canopy plots and a river survey.\r\n\r\nRead more: https://www.${ART}/field-notes/2026-11\r\n\r\nAmazon Rainforest Trust, 12 Harbour Row\r\nUnsubscribe: https://hs-205.hubspot-links.example/unsubscribe\r\n`,
  messageId: `<1732096750205${n}.0a1b2c3d@hubspotemail.net>`,
  extra: [
    `Reply-To: Amazon Rainforest Trust <hello@${ART}>`,
    'List-Unsubscribe: <https://hs-205.hubspot-links.example/unsubscribe>',
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'X-HS-Cid: 205cid',
  ],
});

export async function makeAll(write: CaseWriter): Promise<void> {
  const both = (c: Parameters<typeof emitCase>[1]) => {
    emitCase(write, c);
    const { zone: _z, twin: _t, ...offline } = c;
    emitCase(write, { ...offline, name: `${c.name}-offline` });
  };
  const gmailTo = 'robin.reader@gmail.com';
  const yahooTo = 'robin.reader@yahoo.com';
  const boxTo = 'Robin Reader <robin@reader.example>';

  // ---- 1. Entra B2B invitations, invites@microsoft.com, for firms with brand-like names ----
  {
    const s = b2bClassic('Amazon Rainforest Trust', 'Leah Moreno', `leah.moreno@${ART}`, 'A1');
    const about = `an Entra B2B guest invitation "Microsoft Invitations on behalf of Amazon Rainforest Trust" <invites@microsoft.com>, Reply-To the inviter at the trust's own domain ${ART}, signed d=microsoft.com, out of Exchange Online (${NAM_V4.ip}) with microsoft.com's ARC i=1 (Microsoft Learn's documented From and Reply-To)`;
    both({
      name: 'w205-gmail-b2b-invites-microsoft-amazon-rainforest-trust',
      class: 'b2b-on-behalf',
      about: `Genuine: ${about}; read in Gmail. The "Amazon" in the organisation's name is the trust's, not the retailer's. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 1),
      zone: ZONE,
      expect: TRUSTED,
      twin: true,
    });
    emitCase(write, {
      name: 'w205-outlook-b2b-invites-microsoft-amazon-rainforest-trust',
      class: 'b2b-on-behalf',
      about: `Genuine: ${about}; read in the guest's own Microsoft 365 tenant (EOP: spf, dkim, dmarc pass, compauth=pass). Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toTenant(await compose(s, boxTo), s),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = b2bClassic('Chase Street Bakery', 'Tom Reyes', `tom@${CSB}`, 'A2');
    emitCase(write, {
      name: 'w205-yahoo-b2b-invites-microsoft-chase-street-bakery-abbrev-domain',
      class: 'b2b-on-behalf',
      about: `Genuine: "Microsoft Invitations on behalf of Chase Street Bakery" <invites@microsoft.com>, Reply-To the owner at ${CSB} (the bakery's domain abbreviates "Street" as "st", as many small firms' do), signed d=microsoft.com; read in Yahoo. Wanted: authenticated or unverified.`,
      args: YAHOO_ARGS,
      eml: toYahoo(await compose(s, yahooTo), s),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = b2bClassic('Wells & Partners', 'Hannah Wells', `hannah.wells@${WELLS}`, 'A3');
    both({
      name: 'w205-box-opendkim-b2b-invites-microsoft-wells-and-partners',
      class: 'b2b-on-behalf',
      about: `Genuine: "Microsoft Invitations on behalf of Wells & Partners" <invites@microsoft.com>, Reply-To the partner at ${WELLS} ("&" dropped in the domain), signed d=microsoft.com, on a Postfix box with OpenDKIM/OpenDMARC rows. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: toOpendkimBox(await compose(s, boxTo), s, 'b01'),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 2. Entra B2B invitation from the tenant's own onmicrosoft.com address (December 2025 on) ----
  {
    const s = b2bTenant('B1');
    const about = `an Entra B2B invitation in Microsoft's post-December-2025 form: "Microsoft Invitations on behalf of Apple Valley Dental" <invites@${AVD_OM}> (Microsoft Learn: "invites@<primary domain>.onmicrosoft.com"), Reply-To the inviter at ${AVD}, signed by the tenant's default d=${AVD_OM} (NOT confirmed), no DMARC record for the tenant's onmicrosoft.com name`;
    both({
      name: 'w205-gmail-b2b-invites-tenant-onmicrosoft-apple-valley-dental',
      class: 'b2b-on-behalf',
      about: `Genuine: ${about}; read in Gmail. "Microsoft Invitations" on a tenant domain is what Microsoft now writes for every tenant: the same words an attacker's tenant can write, but this tenant answers for its own name. Wanted: authenticated or unverified (argued: the tenant is what the From says, the brand words are Microsoft's own template).`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 2),
      zone: ZONE,
      expect: TRUSTED,
    });
    emitCase(write, {
      name: 'w205-outlook-b2b-invites-tenant-onmicrosoft-apple-valley-dental',
      class: 'b2b-on-behalf',
      about: `Genuine: ${about}; read in the guest's Microsoft 365 tenant (EOP: dmarc=bestguesspass, compauth=pass reason=109). Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toTenant(await compose(s, boxTo), s),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 3. SharePoint sharing from a brand-like organisation ----
  {
    const s = sharepoint(
      'Amazon Rainforest Trust Grants',
      `grants@${ART}`,
      'Grant round 2027 budget.xlsx',
      'amazonrainforesttrust',
      'C1',
    );
    both({
      name: 'w205-gmail-sharepoint-share-amazon-rainforest-trust-grants',
      class: 'saas-on-behalf',
      about: `Genuine: SharePoint Online's sharing notice from the trust's shared grants account, "Amazon Rainforest Trust Grants" <no-reply@sharepointonline.com>, Reply-To grants@${ART}, signed d=sharepointonline.com, out of Exchange Online over IPv6 (${EUR_V6.ip}); read in Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 3),
      zone: ZONE,
      expect: TRUSTED,
    });
    emitCase(write, {
      name: 'w205-box-amavis-sharepoint-share-amazon-rainforest-trust-grants',
      class: 'saas-on-behalf',
      about: `Genuine: the same SharePoint notice on an iRedMail-style box whose amavisd-new row names only header.d=sharepointonline.com. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: toAmavisBox(await compose(s, 'robin@reader.example'), s, 'c01'),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 4. Teams meeting invitations from an outside tenant's own mailbox ----
  {
    const s = teamsInvite(
      `Amazon Rainforest Trust Events <events@${ART}>`,
      ART,
      'Donor briefing: canopy survey results',
      'D1',
    );
    both({
      name: 'w205-gmail-teams-invite-amazon-rainforest-trust-own-domain',
      class: 'b2b-on-behalf',
      about: `Genuine: a Teams meeting invitation from the trust's events mailbox, "Amazon Rainforest Trust Events" <events@${ART}>, signed by the trust's own selector1, sent out of its Exchange Online tenant with microsoft.com's ARC i=1, p=reject; read in Gmail. DMARC passes for the trust's own domain; "Amazon" is a word of its own name. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 4),
      zone: ZONE,
      expect: TRUSTED,
      twin: true,
    });
    emitCase(write, {
      name: 'w205-outlook-teams-invite-amazon-rainforest-trust-own-domain',
      class: 'b2b-on-behalf',
      about: `Genuine: the trust's Teams invitation read in a partner's Microsoft 365 tenant (EOP passes for ${ART}). Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toTenant(await compose(s, boxTo), s),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = teamsInvite(
      `Delta Plumbing Scheduling <scheduling@${DELTA}>`,
      DELTA,
      'Site visit: boiler replacement',
      'D2',
    );
    emitCase(write, {
      name: 'w205-yahoo-teams-invite-delta-plumbing-own-domain',
      class: 'b2b-on-behalf',
      about: `Genuine: a Teams invitation from "Delta Plumbing Scheduling" <scheduling@${DELTA}>, signed by its own selector1, p=reject; read in Yahoo. "Delta" is no listed brand; control for the Amazon case. Wanted: authenticated or unverified.`,
      args: YAHOO_ARGS,
      eml: toYahoo(await compose(s, yahooTo), s),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 5. Google Drive, Docs and Calendar on behalf of the firms ----
  {
    const s = driveShare('Amazon Rainforest Trust', `grants@${ART}`, 'Field guide 2027 (draft)', 'E1');
    both({
      name: 'w205-gmail-drive-share-via-google-drive-amazon-rainforest-trust',
      class: 'saas-on-behalf',
      about: `Genuine: the trust's Workspace account shares a document: "Amazon Rainforest Trust (via Google Drive)" <drive-shares-dm-noreply@google.com>, Reply-To grants@${ART}, signed d=google.com, every pass; read in Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 5),
      zone: ZONE,
      expect: TRUSTED,
      twin: true,
    });
    emitCase(write, {
      name: 'w205-box-rspamd-drive-share-via-google-drive-amazon-rainforest-trust',
      class: 'saas-on-behalf',
      about: `Genuine: the same Drive share on an rspamd box (one header: dkim, spf, dmarc=pass (policy=reject)). Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: toRspamdBox(await compose(s, 'robin@reader.example'), s, 'e01'),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = docsComment('Adobe Creek Vineyards', 'Harvest tasting plan', 'E2');
    both({
      name: 'w205-gmail-docs-comment-via-google-docs-adobe-creek-vineyards',
      class: 'saas-on-behalf',
      about: `Genuine: a comment notice from the vineyard's Workspace account: "Adobe Creek Vineyards (via Google Docs)" <comments-noreply@docs.google.com>, no Reply-To (NOT confirmed), signed d=google.com (aligned with docs.google.com), envelope at docos.bounces.google.com; read in Gmail. "Adobe" is the creek's name. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 6),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = calendar('Chase Street Bakery', `orders@${CSB}`, 'Wedding cake tasting', 'E3');
    emitCase(write, {
      name: 'w205-gmail-calendar-invite-chase-street-bakery',
      class: 'saas-on-behalf',
      about: `Genuine: the bakery's Google Calendar invitation: "Chase Street Bakery" <calendar-notification@google.com>, Sender Google Calendar, Reply-To the organiser orders@${CSB}, signed d=google.com; read in Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 7),
      zone: ZONE,
      expect: TRUSTED,
    });
    emitCase(write, {
      name: 'w205-outlook-calendar-invite-chase-street-bakery',
      class: 'saas-on-behalf',
      about: `Genuine: the bakery's Google Calendar invitation read in the customer's Microsoft 365 tenant (EOP passes for google.com). Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toTenant(await compose(s, boxTo), s),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 6. E-signature envelopes "<firm> via <service>" ----
  {
    const s = docusign(
      'Amazon Rainforest Trust',
      `Grants Office <grants@${ART}>`,
      'Grant agreement ART-2027-14',
      'F1',
    );
    both({
      name: 'w205-gmail-docusign-amazon-rainforest-trust-via-docusign',
      class: 'esign-on-behalf',
      about: `Genuine: a DocuSign envelope from the trust's account: "Amazon Rainforest Trust via Docusign" <dse_NA3@docusign.net>, Reply-To grants@${ART}, signed d=docusign.net, from ${DS_OUT.helo}; read in Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 8),
      zone: ZONE,
      expect: TRUSTED,
      twin: true,
    });
  }
  {
    const s = docusign(
      'Wells & Partners',
      `Hannah Wells <hannah.wells@${WELLS}>`,
      'Engagement letter 2027',
      'F2',
    );
    emitCase(write, {
      name: 'w205-outlook-docusign-wells-and-partners-via-docusign',
      class: 'esign-on-behalf',
      about: `Genuine: "Wells & Partners via Docusign" <dse_NA3@docusign.net>, Reply-To a partner at ${WELLS}, signed d=docusign.net; read in the client's Microsoft 365 tenant. "Wells" alone is no bank's name. Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toTenant(await compose(s, boxTo), s),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = adobeSign(
      'Amazon Rainforest Trust',
      `Grants Office <grants@${ART}>`,
      'Volunteer agreement 2027',
      'F3',
    );
    both({
      name: 'w205-gmail-adobe-sign-amazon-rainforest-trust',
      class: 'esign-on-behalf',
      about: `Genuine: "Amazon Rainforest Trust via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To grants@${ART}, signed d=adobesign.com and d=amazonses.com, through Amazon SES (${SES_OUT.ip}); read in Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 9),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = adobeSign('Delta Plumbing', `Office <office@${DELTA}>`, 'Quote Q-2205 acceptance', 'F4');
    emitCase(write, {
      name: 'w205-box-opendkim-adobe-sign-delta-plumbing',
      class: 'esign-on-behalf',
      about: `Genuine: "Delta Plumbing via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To office@${DELTA}, two signatures (adobesign.com, amazonses.com), on a Postfix box with OpenDKIM/OpenDMARC. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: toOpendkimBox(await compose(s, boxTo), s, 'f04'),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = dropboxSign(
      'Apple Valley Dental',
      `Front Desk <frontdesk@${AVD}>`,
      'New patient consent form',
      'F5',
    );
    both({
      name: 'w205-gmail-dropbox-sign-apple-valley-dental',
      class: 'esign-on-behalf',
      about: `Genuine: "Apple Valley Dental via Dropbox Sign" <noreply@mail.hellosign.com>, Reply-To frontdesk@${AVD}, signed d=mail.hellosign.com and SendGrid's d=sendgrid.info; read in Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 10),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  {
    const s = adobeSign(
      'Adobe Creek Vineyards',
      `Cellar Door <cellardoor@${ADOBE_CREEK}>`,
      'Wine club membership 2027',
      'F6',
    );
    emitCase(write, {
      name: 'w205-yahoo-adobe-sign-adobe-creek-vineyards-via-adobe',
      class: 'esign-on-behalf',
      about: `Genuine: the vineyard's Acrobat Sign account: "Adobe Creek Vineyards via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To cellardoor@${ADOBE_CREEK}, signed d=adobesign.com and d=amazonses.com; read in Yahoo. The service is Adobe's own and "Adobe" is also the creek's name: the user's chosen name holds the service's brand word. Wanted: authenticated or unverified.`,
      args: YAHOO_ARGS,
      eml: toYahoo(await compose(s, yahooTo), s),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 7. Meetings and bookings ----
  {
    const s = zoomWebinar(
      'Amazon Rainforest Trust',
      `Amazon Rainforest Trust <events@${ART}>`,
      'Canopy Live: a night in the Tapajós',
      'G1',
    );
    both({
      name: 'w205-gmail-zoom-webinar-confirmation-amazon-rainforest-trust',
      class: 'saas-on-behalf',
      about: `Genuine: a Zoom webinar registration confirmation under the host's name: "Amazon Rainforest Trust" <no-reply@zoom.us>, Reply-To events@${ART} (host name and Reply-To NOT confirmed), signed d=zoom.us, from Zoom's own ${ZOOM_OUT.rdns}; read in Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 11),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = calendly('Apple Valley Dental', `frontdesk@${AVD}`, 'Check-up (30 min)', 'G2');
    emitCase(write, {
      name: 'w205-yahoo-calendly-booking-apple-valley-dental',
      class: 'saas-on-behalf',
      about: `Genuine: a Calendly booking under the practice's name: "Apple Valley Dental" <notifications@calendly.com>, Reply-To frontdesk@${AVD}, signed d=calendly.com, SendGrid with Calendly's branded PTR; read in Yahoo. "Apple" alone is no listed brand word. Wanted: authenticated or unverified.`,
      args: YAHOO_ARGS,
      eml: toYahoo(await compose(s, yahooTo), s),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
  {
    const s = calendly('Amazon Rainforest Trust', `events@${ART}`, 'Volunteer induction call', 'G3');
    emitCase(write, {
      name: 'w205-gmail-calendly-booking-amazon-rainforest-trust',
      class: 'saas-on-behalf',
      about: `Genuine: "Amazon Rainforest Trust" <notifications@calendly.com>, Reply-To events@${ART}, signed d=calendly.com; read in Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 12),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 8. A HubSpot newsletter from the firm's own domain ----
  {
    const s = hubspot('H1');
    both({
      name: 'w205-gmail-hubspot-newsletter-amazon-rainforest-trust-own-domain',
      class: 'saas-on-behalf',
      about: `Genuine: the trust's newsletter through HubSpot: "Amazon Rainforest Trust" <news@${ART}>, signed by the trust's own hs1 key and d=hubspotemail.net, HubSpot's bounce envelope, p=reject, DMARC aligned by DKIM; read in Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(await compose(s, gmailTo), s, 13),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
}

// Pending (28 of 42). Every one reads suspicious (authenticated-with-concerns); none spoofed.
//
// Group 1 (24): a listed brand's word at the head of a firm's own name, Amazon Rainforest Trust or
// Adobe Creek Vineyards, sent by the firm from its own domain (Teams invitation, HubSpot newsletter)
// or by a platform for it ("… via Docusign", "… via Adobe Acrobat Sign", "(via Google Drive)",
// "(via Google Docs)", SharePoint's sharer name, Calendly's and Zoom's host name), Reply-To at the
// firm's own domain where the platform writes one:
// w205-gmail-teams-invite-amazon-rainforest-trust-own-domain (+ -no-options, -offline),
// w205-outlook-teams-invite-amazon-rainforest-trust-own-domain,
// w205-gmail-hubspot-newsletter-amazon-rainforest-trust-own-domain (+ -offline),
// w205-gmail-sharepoint-share-amazon-rainforest-trust-grants (+ -offline),
// w205-box-amavis-sharepoint-share-amazon-rainforest-trust-grants,
// w205-gmail-drive-share-via-google-drive-amazon-rainforest-trust (+ -no-options, -offline),
// w205-box-rspamd-drive-share-via-google-drive-amazon-rainforest-trust,
// w205-gmail-docusign-amazon-rainforest-trust-via-docusign (+ -no-options, -offline),
// w205-gmail-adobe-sign-amazon-rainforest-trust (+ -offline),
// w205-gmail-zoom-webinar-confirmation-amazon-rainforest-trust (+ -offline),
// w205-gmail-calendly-booking-amazon-rainforest-trust,
// w205-gmail-docs-comment-via-google-docs-adobe-creek-vineyards (+ -offline),
// w205-yahoo-adobe-sign-adobe-creek-vineyards-via-adobe.
// Read now: suspicious, on display-name-brand (medium) "The name says Amazon, but the message is
// from amazonrainforesttrust.example / docusign.net / google.com / …" ("The name says Adobe, but a
// user of adobesign.com chose it" for the vineyard on Adobe's own service); beside it only low rows
// (reply-to-other-org low: the platform answers for the firm; broad-spf, hosted-server-relay low for
// Zoom's and DocuSign's AWS ranges). DMARC passes everywhere.
// Should read: authenticated (unverified at worst): the name is the firm's, not a claim to be Amazon
// or Adobe; the control firms (Apple Valley Dental, Chase Street Bakery, Wells & Partners, Delta
// Plumbing: no listed word) read authenticated through the very same platforms.
// At fault: lib/findings/display-name.ts displayNameRule / brandClaimed: brandInName (domains.ts
// BRANDS words 'amazon', 'adobe') names the brand for any name holding the word, and for a
// platform's "<user> via <service>" brandInNameBesides(user, first) picks Amazon out of the user's
// part; nothing asks whether the brand's word only begins a longer organisation name that the
// sender's own domain spells (From at amazonrainforesttrust.example, DMARC pass) or that the
// platform's Reply-To domain spells (grants@amazonrainforesttrust.example).
// Smallest fix: in displayNameRule, write display-name-brand at low when DMARC passes and the name
// (its platform suffix and trailing desk words such as "Events", "Grants" dropped: desk-words.ts)
// read by reply-to.ts nameSpellings equals the registrable label of the From's own domain or of every
// Reply-To's domain (no sign-up domain), and the words after the brand's are none of its desk or
// product words (namesOnlyDesk; Amazon's Prime, Seller, Web Services, Pay; Adobe's Acrobat, Creative
// Cloud, Sign). That settles 22; the two Google Docs comment cases (no Reply-To: nothing spells the
// firm) stay suspicious unless the lead also accepts a name whose other words are all non-desk,
// non-product words without a domain (riskier: the lexicon then decides alone).
// Could hurt: an attacker who registers a domain spelling "Amazon <words>" and names himself so
// ("Amazon Seller Payouts" at amazonsellerpayouts.example) is caught only if his words are in the
// desk/product lexicon; red-team rounds 182-183 (glued brand words) and 80 (via names) must stay
// caught. Nothing spoofed changes: the finding is only ever medium here.
//
// Group 2 (3): Entra B2B invitations in Microsoft's post-December-2025 form, "Microsoft Invitations
// on behalf of Apple Valley Dental" <invites@applevalleydental.onmicrosoft.com>, Reply-To the inviter
// at applevalleydental.example: w205-gmail-b2b-invites-tenant-onmicrosoft-apple-valley-dental
// (+ -offline), w205-outlook-b2b-invites-tenant-onmicrosoft-apple-valley-dental.
// Read now: suspicious, on brand-on-freemail (high) "The name says Microsoft, but the message is from
// a sign-up tenant at applevalleydental.onmicrosoft.com", reply-to-other-org (medium) and dmarc-none
// (low, online). The older invites@microsoft.com form reads authenticated (section 1 of this round).
// Should read: unverified: Microsoft Learn documents this From for every tenant's invitations since
// December 2025, the tenant's own DKIM passes, and the tenant's label spells the organisation named.
// At fault: lib/findings/brand-freemail.ts brandFreemailRule: brandInName(author, {personal}) finds
// Microsoft in Microsoft's own template words and signUp.kind === 'tenant' makes it high, with no
// reading of the template; and lib/findings/reply-to.ts: `onBehalf` requires a.dmarc.result ===
// 'pass', which a tenant without a DMARC record for its onmicrosoft.com name never has, so
// `brand && !onBehalf` (brandOfDomain names Microsoft for onmicrosoft.com) makes the row medium.
// Smallest fix: in brandFreemailRule, for a tenant From whose local part is `invites` and whose
// name is exactly "Microsoft Invitations on behalf of <org>", where nameSpellings(<org>) holds the
// tenant label, write a low finding naming the tenant (Microsoft's invitation, sent for tenant X);
// in reply-to.ts let onBehalf accept an aligned DKIM pass where DMARC is none (hasAlignedPass).
// Could hurt: an attacker's own tenant whose label spells the name it writes (northbanksecure.
// onmicrosoft.com, "… on behalf of Northbank Secure") reads unverified, as a genuine invitation
// sent from his tenant would: the engine cannot tell them apart; a tenant named exactly as a real
// bank is first-come at Microsoft. If the lead prefers the cost, this group's expectation should be
// widened to suspicious with the reason written here. NOT confirmed: the signer and envelope of
// these invitations (see the header).
//
// Group 3 (1): w205-yahoo-b2b-invites-microsoft-chase-street-bakery-abbrev-domain: "Microsoft
// Invitations on behalf of Chase Street Bakery" <invites@microsoft.com>, Reply-To tom@chasestbakery.
// example. Read now: suspicious, reply-to-other-org (medium) "Replies go to chasestbakery.example,
// not to microsoft.com". Should read: authenticated, as the same invitation for Wells & Partners at
// wellspartners.example does. At fault: lib/findings/reply-to.ts firmsDomain / nameSpellings: no
// spelling abbreviates "Street" as "St" (nor Saint/St, Mount/Mt, Avenue/Ave, Road/Rd,
// Brothers/Bros, Company/Co), so behalfOrg is not answered and `brand && !onBehalf` holds.
// Smallest fix: nameSpellings also writes those abbreviations (each word alone, as it already does
// "&"/"and"). Could hurt: nothing new: the firm's own domain must still spell the name exactly,
// only in one more way; an attacker who can register chasestbakery.example could as well register
// chasestreetbakery.example.
// Lead, 2026-12-07: fixed groups 2 and 3. Group 2: lib/findings/brand-freemail.ts entraInvitation
// reads Microsoft's exact template from `invites@` on an onmicrosoft.com / .us / partner.onmschina.cn
// tenant, with the tenant's own aligned pass and a principal naming no brand (Microsoft included)
// and not only a desk, as Microsoft's own words (no brand-on-freemail; the tenant label is not
// required to spell the principal: tenants are named freely, and an attacker could spell his);
// reply-to.ts onBehalf also takes an aligned pass where the From domain publishes no DMARC record:
// unverified. Group 3: nameSpellings writes Street/Saint/Mount/Avenue/Road/Brothers/Company/
// Associates/International/Center short.
// Left pending, a design call: group 1. A brand word at the head of a firm's own name ("Amazon
// Rainforest Trust", "Adobe Creek Vineyards") keeps display-name-brand medium, whoever sends it:
// the words after a brand cannot tell a charity from "Amazon Prime Video" on a look-alike domain.
// Since this session's display-name.ts change (a brand named after "on behalf of" is read), the
// invites@microsoft.com invitation for "Amazon Rainforest Trust" reads so too (4 cases added below).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Group 1
  'w205-gmail-teams-invite-amazon-rainforest-trust-own-domain',
  'w205-gmail-teams-invite-amazon-rainforest-trust-own-domain-no-options',
  'w205-gmail-teams-invite-amazon-rainforest-trust-own-domain-offline',
  'w205-outlook-teams-invite-amazon-rainforest-trust-own-domain',
  'w205-gmail-hubspot-newsletter-amazon-rainforest-trust-own-domain',
  'w205-gmail-hubspot-newsletter-amazon-rainforest-trust-own-domain-offline',
  'w205-gmail-sharepoint-share-amazon-rainforest-trust-grants',
  'w205-gmail-sharepoint-share-amazon-rainforest-trust-grants-offline',
  'w205-box-amavis-sharepoint-share-amazon-rainforest-trust-grants',
  'w205-gmail-drive-share-via-google-drive-amazon-rainforest-trust',
  'w205-gmail-drive-share-via-google-drive-amazon-rainforest-trust-no-options',
  'w205-gmail-drive-share-via-google-drive-amazon-rainforest-trust-offline',
  'w205-box-rspamd-drive-share-via-google-drive-amazon-rainforest-trust',
  'w205-gmail-docusign-amazon-rainforest-trust-via-docusign',
  'w205-gmail-docusign-amazon-rainforest-trust-via-docusign-no-options',
  'w205-gmail-docusign-amazon-rainforest-trust-via-docusign-offline',
  'w205-gmail-adobe-sign-amazon-rainforest-trust',
  'w205-gmail-adobe-sign-amazon-rainforest-trust-offline',
  'w205-gmail-zoom-webinar-confirmation-amazon-rainforest-trust',
  'w205-gmail-zoom-webinar-confirmation-amazon-rainforest-trust-offline',
  'w205-gmail-calendly-booking-amazon-rainforest-trust',
  'w205-gmail-docs-comment-via-google-docs-adobe-creek-vineyards',
  'w205-gmail-docs-comment-via-google-docs-adobe-creek-vineyards-offline',
  'w205-yahoo-adobe-sign-adobe-creek-vineyards-via-adobe',
  'w205-gmail-b2b-invites-microsoft-amazon-rainforest-trust',
  'w205-gmail-b2b-invites-microsoft-amazon-rainforest-trust-no-options',
  'w205-gmail-b2b-invites-microsoft-amazon-rainforest-trust-offline',
  'w205-outlook-b2b-invites-microsoft-amazon-rainforest-trust',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
