// Real-world delivery shapes, two-hundred-and-second round (against a470d417): the two kinds of mail
// users see most, read online (a zone) and OFFLINE (no zone) by Gmail, Outlook (Exchange Online),
// Yahoo and self-hosted boxes (rspamd, OpenDKIM, amavisd-new):
// - Microsoft 365 tenants' everyday mail: a colleague inside one organisation, a partner tenant
//   with its own selector1/selector2 key, a tenant that never enabled its own DKIM (onmicrosoft.com
//   field only, SPF carrying DMARC), a shared mailbox sent on behalf of, a calendar invitation, an
//   out-of-office reply with the null envelope, a transport-rule disclaimer, Teams and SharePoint
//   notifications, a 21Vianet (China) tenant. Exchange Online seals outbound mail itself (ARC i=1,
//   d=microsoft.com), as the 2026 captures below show, and that seal rides along.
// - Lists: vger.kernel.org through subspace.kernel.org and lore's delivery hosts (ARC by subspace,
//   one with Microsoft's i=1 underneath so the chain is cv=fail at i=2), Mailman 3 munging, Mailman
//   2's footer, Sympa's DMARC protection, LISTSERV, mlmmj, Google Groups, groups.io, GitHub.
// Where the layouts were learnt (find_string / read_file; ids are the index's file ids):
// - rspamd box reading vger via lore (mail.lfdr.de): the LMTP line, `Received: from tor.lore.kernel.org
//   (tor.lore.kernel.org [172.105.105.114]) by mail.lfdr.de (Postfix)`, then its one header
//   `dkim=none; dmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" header.from=microsoft.com
//   (policy=reject); spf=pass (… designates 172.105.105.114 …) smtp.mailfrom="linux-rdma+bounces-…";
//   arc=pass ("subspace.kernel.org:s=arc-20240116:i=1")`, then lore's `from smtp.subspace.kernel.org
//   (conduit.subspace.kernel.org [100.90.174.1])`, subspace's localhost hop and its entry from
//   `linux.microsoft.com [13.77.154.182]`, the ARC set i=1 d=subspace.kernel.org s=arc-20240116 with
//   `ARC-Authentication-Results:i=1; smtp.subspace.kernel.org; dmarc=pass (p=reject dis=none)
//   header.from=microsoft.com; spf=pass smtp.mailfrom=linux.microsoft.com; arc=none
//   smtp.client-ip=…` over an UNSIGNED post from a Postfix host whose SPF domain aligns relaxed with
//   the From (id 56773197135; same shape 56921608985, 55331773394).
// - A Microsoft 365 tenant's post to vger: Exchange Online's own outbound seal `ARC-Seal: i=1;
//   s=arcselector10001; d=microsoft.com; cv=none` with `mx.microsoft.com 1; spf=pass
//   smtp.mailfrom=nvidia.com; dmarc=pass action=none header.from=nvidia.com; dkim=pass
//   header.d=nvidia.com; arc=none`, the tenant's `d=Nvidia.com; s=selector2`, subspace's i=2 with
//   cv=fail, the box's `dkim=pass header.d=Nvidia.com header.s=selector2 …; dmarc=pass
//   (policy=reject) …; arc=reject ("cv is fail on i=2")`, the entry `from CO1PR03CU002.outbound.
//   protection.outlook.com (mail-westus2azon11010043.outbound.protection.outlook.com
//   [52.101.46.43])` (id 67655008958; 56892740153).
// - A 21Vianet tenant: `from CHN02-SH0-obe.outbound.protection.partner.outlook.cn
//   (mail-sh0chn02on2097.outbound.protection.partner.outlook.cn [139.219.146.97])`, Microsoft's i=1
//   (s=arcselector9901) saying dkim=pass while no DKIM-Signature reaches the list, hops under
//   `*.CHNPR01.prod.partner.outlook.cn`, and the box's `dkim=none; dmarc=fail … (policy=quarantine);
//   … arc=reject ("cv is fail on i=2")` (id 67606335553; hosts also 862389013, 13882481743).
// - rspamd's pass rows `dkim=pass header.d=linuxfoundation.org header.s=korg header.b=…; … dmarc=pass
//   (policy=none) …; arc=pass ("subspace…")` (id 60248465600).
// - OpenDKIM rows with header.a/header.s/header.b and `dkim-atps=neutral`, Exchange Online's
//   outbound `NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on20609.outbound.protection.
//   outlook.com [IPv6:2a01:111:f403:2418::609])` (ids 48048077678, 1915161683: lists.ozlabs.org).
// - Microsoft's notification senders noreply@email.teams.microsoft.com and no-reply@sharepointonline.com
//   (Microsoft Learn's anti-phishing page, id 70113859050: the addresses only).
// - Gmail's, Yahoo's and Exchange Online's delivery layouts: receivers.ts; EOP's results and
//   outbound host EUR02-DB5-obe / 40.107.21.95: realworld192.ts; intra-organisation mail:
//   receivers.ts exchangeInternal; Google Groups: rounds-kit.ts googleGroupsPost; Mailman's fields
//   and footer: list-shapes.ts; amavisd-new's `(amavisd-new); dkim=pass (2048-bit key) header.d=…`
//   rows: realworld201.ts (ids 62142229890, 22032534555).
// NOT confirmed (modelled): which d= signs Teams' notifications (d=email.teams.microsoft.com here) and
// SharePoint's (d=sharepointonline.com); Exchange Online's null-envelope OOF as Gmail records it
// (`spf=pass … smtp.helo=…`); how subspace breaks Microsoft's i=1 (modelled by a damaged i=1
// ARC-Message-Signature; the capture only shows the i=2 cv=fail); Sympa's and groups.io's exact field
// sets (groups.io's `alice=domain@groups.io` munged From and d=groups.io are recalled); amavisd-new's
// failing row wording; GCC High is not modelled (no public raw copy found in this index). Names and
// addresses are documentation ones except the providers' and kernel.org's own hosts and ranges.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendBody, appendHeaders, tagSubject } from '../edits';
import { sealAs } from '../gateway-layouts';
import { emitCase, legitCorpus, ptr, ptr6, RECEIVER, type Relay, SIGNED, signAll } from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, exchangeInternal, gmailDelivery, yahooDelivery } from '../receivers';
import { googleGroupsPost } from '../rounds-kit';

const BOX = ['--authserv-id', RECEIVER];
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];

/** Genuine mail a user should trust: authenticated or unverified, never a warning. */
const TRUST: CaseExpectation = { verdict: ['authenticated', 'unverified'] };

// ---- Microsoft's outbound hosts and seal keys ----
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const NAM6: Relay = {
  helo: 'NAM12-BN8-obe.outbound.protection.outlook.com',
  rdns: 'mail-bn8nam12on20609.outbound.protection.outlook.com',
  ip: '2a01:111:f403:2418::609',
};
const NAM_AZ: Relay = {
  helo: 'CO1PR03CU002.outbound.protection.outlook.com',
  rdns: 'mail-westus2azon11010043.outbound.protection.outlook.com',
  ip: '52.101.46.43',
};
const CHN: Relay = {
  helo: 'CHN02-SH0-obe.outbound.protection.partner.outlook.cn',
  rdns: 'mail-sh0chn02on2097.outbound.protection.partner.outlook.cn',
  ip: '139.219.146.97',
};
const MS_ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  'spf.protection.outlook.com': {
    TXT: [
      'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip4:52.102.0.0/16 ip4:104.47.0.0/17 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/48 -all',
    ],
  },
  'spf.protection.partner.outlook.cn': { TXT: ['v=spf1 ip4:139.219.0.0/16 ip4:42.159.0.0/16 -all'] },
  ...ptr(EUR.ip, EUR.rdns),
  ...ptr6(NAM6.ip, NAM6.rdns),
  ...ptr(NAM_AZ.ip, NAM_AZ.rdns),
  ...ptr(CHN.ip, CHN.rdns),
  ...keyZone(['arcselector10001._domainkey.microsoft.com', 'arcselector9901._domainkey.microsoft.com']),
};

// ---- The tenants ----
/** A firm on Microsoft 365 with its own DKIM (selector1/selector2) and p=reject. */
const FAB = 'fabrikam-silicon.example';
/** A partner tenant that never enabled its own DKIM: only its onmicrosoft.com field, p=quarantine. */
const TAIL = 'tailspin-partners.example';
const TAIL_TENANT = 'tailspinpartners';
/** A 21Vianet tenant, SPF only, p=quarantine. */
const CN = 'yangtze-optics.example';
const tenantZone = (domain: string, policy: string, include = 'spf.protection.outlook.com') => ({
  [domain]: { TXT: [`v=spf1 include:${include} -all`] },
  [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; p=${policy}; rua=mailto:dmarc@${domain}`] },
});
const M365_ZONE: Record<string, unknown> = {
  ...MS_ZONE,
  ...tenantZone(FAB, 'reject'),
  ...keyZone([`selector1._domainkey.${FAB}`, `selector2._domainkey.${FAB}`]),
  ...tenantZone(TAIL, 'quarantine'),
  ...keyZone([`selector1-${TAIL.replace(/\./g, '-')}._domainkey.${TAIL_TENANT}.onmicrosoft.com`]),
  ...tenantZone(CN, 'quarantine', 'spf.protection.partner.outlook.cn'),
};
const TAIL_SELECTOR = `selector1-${TAIL.replace(/\./g, '-')}`;

/** Exchange Online's own outbound seal (i=1) with what it found for the tenant's message. */
const msOutboundSeal = (raw: string, domain: string, dkim: string, selector = 'arcselector10001') =>
  sealAs(raw, {
    domain: 'microsoft.com',
    selector,
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=${domain}; dmarc=pass action=none\r\n header.from=${domain}; ${dkim}; arc=none`,
  });

/** Exchange's organisation fields a tenant's outbound message carries at the bottom. */
const tenantBottom = (domain: string, mailbox: string) => [
  'X-MS-PublicTrafficType: Email',
  'X-MS-Exchange-SenderADCheck: 1',
  `X-OriginatorOrg: ${domain}`,
  `X-MS-Exchange-CrossTenant-AuthSource: ${mailbox}.namprd08.prod.outlook.com`,
  'X-MS-Exchange-CrossTenant-AuthAs: Internal',
  'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
  'X-MS-Exchange-CrossTenant-MailboxType: HOSTED',
];

/** A tenant user's message as Exchange Online sends it: signed (if `signer`), its hops, its seal. */
async function tenantMessage(o: {
  from: string;
  to: string;
  subject: string;
  body: string;
  domain: string;
  signer?: [string, string];
  extra?: string[];
  contentType?: string;
  mailbox?: string;
  dkimNote: string;
}): Promise<string> {
  const mailbox = o.mailbox ?? 'DM6PR08MB5580';
  let raw = submitted({
    from: o.from,
    to: o.to,
    subject: o.subject,
    messageId: `<${mailbox}${o.subject.length}W202@${mailbox}.namprd08.prod.outlook.com>`,
    extraHeaders: [...(o.extra ?? []), ...tenantBottom(o.domain, mailbox)],
    body: o.body,
  });
  if (o.contentType) raw = raw.replace('Content-Type: text/plain; charset=utf-8', o.contentType);
  if (o.signer) raw = await signAll(raw, [o.signer]);
  raw = onTop(raw, ...senderTenantHops(mailbox));
  return msOutboundSeal(raw, o.domain, o.dkimNote);
}

/** The first 8 characters of the b= of `raw`'s DKIM-Signature for `domain` (what boxes quote as header.b). */
function bOf(raw: string, domain: string): string {
  const fields = raw.split(/\r\n(?![ \t])/).filter((f) => /^DKIM-Signature:/i.test(f));
  const f = fields.find((x) =>
    new RegExp(`\\bd=${domain.replace(/\./g, '\\.')};`, 'i').test(x.replace(/\s+/g, '')),
  );
  const m = f?.replace(/\s+/g, '').match(/;b=([^;]+)/);
  if (!m) throw new Error(`no DKIM-Signature for ${domain}`);
  return (m[1] ?? '').slice(0, 8);
}

// ---- The kernel lists: subspace, lore, the rspamd box ----
const LORE: Relay = { helo: 'tor.lore.kernel.org', rdns: 'tor.lore.kernel.org', ip: '172.105.105.114' };
const KERNEL_ZONE: Record<string, unknown> = {
  ...ptr(LORE.ip, LORE.rdns),
  'vger.kernel.org': {
    TXT: ['v=spf1 ip4:172.105.105.114 ip4:172.232.135.74 ip6:2600:3c0a:e001:db::/64 ~all'],
  },
  '_dmarc.kernel.org': { TXT: ['v=DMARC1; p=none'] },
  ...keyZone(['arc-20240116._domainkey.subspace.kernel.org']),
};
const vgerEnvelope = (list: string, n: number) => `${list}+bounces-${n}-robin=reader.example@vger.kernel.org`;
const vgerFields = (list: string) => [
  'Precedence: bulk',
  `X-Mailing-List: ${list}@vger.kernel.org`,
  `List-Id: <${list}.vger.kernel.org>`,
  `List-Subscribe: <mailto:${list}+subscribe@vger.kernel.org>`,
  `List-Unsubscribe: <mailto:${list}+unsubscribe@vger.kernel.org>`,
];

/**
 * subspace.kernel.org takes the post from `client`, seals it (cv as found) and hands it to lore,
 * which delivers it to the reader's rspamd box; the box's one header is `ar`.
 */
async function viaVger(
  post: string,
  o: {
    list: string;
    n: number;
    client: Relay;
    cv: 'none' | 'pass' | 'fail';
    arcAr: string;
    ar: string[];
    id: string;
  },
): Promise<string> {
  const listed = appendHeaders(post, ...vgerFields(o.list));
  const sealed = await sealAs(listed, {
    domain: 'subspace.kernel.org',
    selector: 'arc-20240116',
    cv: o.cv,
    authResults: `smtp.subspace.kernel.org; ${o.arcAr} smtp.client-ip=${o.client.ip}`,
  });
  const env = vgerEnvelope(o.list, o.n);
  const client = o.client.ip.includes(':') ? `IPv6:${o.client.ip}` : o.client.ip;
  // rspamd's milter writes its trailer at the bottom: the queue id is the Postfix entry line's own.
  const trailed = appendHeaders(
    sealed,
    'X-Rspamd-Action: no action',
    `X-Rspamd-Server: ${RECEIVER.split('.')[0]}`,
    `X-Rspamd-Queue-Id: ${o.id}`,
  );
  return onTop(
    trailed,
    `Return-Path: <${env}>`,
    `Delivered-To: robin@reader.example`,
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid 2e+qIklrM2ptAwYAW202bx\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 11:00:09 +0100`,
    `Received: from ${LORE.helo} (${LORE.rdns} [${LORE.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${o.id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 11:00:08 +0100 (CET)`,
    `Authentication-Results: ${RECEIVER};\r\n\t${o.ar.join(';\r\n\t')}`,
    `Received: from smtp.subspace.kernel.org (conduit.subspace.kernel.org [100.90.174.1])\r\n\tby ${LORE.helo} (Postfix) with ESMTP id 998E9306${o.id.slice(0, 4)}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:07 +0000 (UTC)`,
    `Received: from localhost.localdomain (localhost.localdomain [127.0.0.1])\r\n\tby smtp.subspace.kernel.org (Postfix) with ESMTP id 16B7${o.id.slice(0, 5)};\r\n\tFri, 20 Nov 2026 10:00:06 +0000 (UTC)`,
    `X-Original-To: ${o.list}@vger.kernel.org`,
    `Received: from ${o.client.helo} (${o.client.rdns} [${client}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby smtp.subspace.kernel.org (Postfix) with ESMTPS id A38${o.id.slice(0, 6)};\r\n\tFri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
}

const rspamdSpf = (env: string) =>
  `spf=pass (${RECEIVER}: domain of "${env}" designates ${LORE.ip} as permitted sender) smtp.mailfrom="${env}"`;

/** Damages an ARC-Message-Signature's b= (the field that vger's path no longer verifies). */
const breakAms = (raw: string, i: number) =>
  raw.replace(new RegExp(`(ARC-Message-Signature: i=${i};[\\s\\S]*?\\bb=)([A-Za-z0-9+/]{6})`), '$1AAAAAA');

// ---- Lists of the non-kernel kind ----
const LIST_HOST = 'lists.example.org';
const LIST_IP = '192.0.2.80';
const AUTHOR = 'quarkfield.example';
const LIST_ZONE: Record<string, unknown> = {
  ...ptr(LIST_IP, `mail.${LIST_HOST}`),
  [LIST_HOST]: { TXT: [`v=spf1 ip4:${LIST_IP} -all`] },
  [`_dmarc.${LIST_HOST}`]: { TXT: ['v=DMARC1; p=none'] },
  ...keyZone([`s1._domainkey.${LIST_HOST}`, `arc._domainkey.${LIST_HOST}`]),
};
const LIST_RELAY: Relay = { helo: `mail.${LIST_HOST}`, rdns: `mail.${LIST_HOST}`, ip: LIST_IP };
const authorZone = (policy: string) => ({
  ...keyZone([`s1._domainkey.${AUTHOR}`]),
  [AUTHOR]: { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  [`_dmarc.${AUTHOR}`]: { TXT: [`v=DMARC1; p=${policy}`] },
});
/** Alice's signed post to a list. */
const alicePost = (to: string, subject: string, body: string) =>
  signCorpus(
    submitted({
      from: `Alice Martin <alice@${AUTHOR}>`,
      to,
      subject,
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<${subject.length}.w202.alice@${AUTHOR}>`,
      body,
    }),
    { domain: AUTHOR, selector: 's1', headerList: SIGNED },
  );

export async function makeAll(write: CaseWriter): Promise<void> {
  const both = (c: Parameters<typeof emitCase>[1], offline = true) => {
    emitCase(write, c);
    if (offline) emitCase(write, { ...c, name: `${c.name}-offline`, zone: undefined, twin: false });
  };

  // =========================== Kernel lists (vger via subspace, lore) ===========================

  // 1. A Microsoft 365 tenant's signed patch review: Microsoft's i=1, subspace's i=2 cv=fail.
  {
    let post = await tenantMessage({
      from: `Mikko Lehto <mlehto@${FAB}>`,
      to: 'linux-media@vger.kernel.org',
      subject: 'Re: [PATCH 2/2] media: cec: keep track of Rx low drives',
      body: '> Keep track of Rx Low Drive conditions.\r\n\r\nReviewed-by: Mikko Lehto <mlehto@fabrikam-silicon.example>\r\n',
      domain: FAB,
      signer: [FAB, 'selector2'],
      dkimNote: `dkim=pass header.d=${FAB}`,
    });
    post = breakAms(post, 1);
    const env = vgerEnvelope('linux-media', 67607);
    const eml = await viaVger(post, {
      list: 'linux-media',
      n: 67607,
      client: NAM_AZ,
      cv: 'fail',
      arcAr: `dmarc=pass (p=reject dis=none) header.from=${FAB}; spf=fail smtp.mailfrom=${FAB}; dkim=pass (2048-bit key) header.d=${FAB} header.i=@${FAB} header.b=${bOf(post, FAB)}; arc=fail`,
      ar: [
        `dkim=pass header.d=${FAB} header.s=selector2 header.b=${bOf(post, FAB)}`,
        rspamdSpf(env),
        `dmarc=pass (policy=reject) header.from=${FAB}`,
        'arc=reject ("cv is fail on i=2")',
      ],
      id: '4W202A1001',
    });
    both({
      name: 'w202-box-rspamd-vger-m365-tenant-selector2-arc-cv-fail',
      class: 'list-arc',
      about:
        "Genuine: a Microsoft 365 tenant's (p=reject, own selector2) review to linux-media via subspace.kernel.org and lore, on the reader's rspamd box. Exchange Online's outbound seal i=1 no longer verifies, so subspace seals i=2 with cv=fail and the box writes arc=reject (\"cv is fail on i=2\") beside the tenant's intact DKIM pass and dmarc=pass (policy=reject) (lfdr.de capture, id 67655008958). Expected: authenticated (the author's own signature verifies); a broken ARC chain under a passing DKIM is no warning.",
      args: BOX,
      eml,
      zone: { ...M365_ZONE, ...KERNEL_ZONE },
      expect: TRUST,
    });
  }

  // 2. A firm's Linux host (Postfix, unsigned) whose SPF domain aligns relaxed with the p=reject From.
  {
    const devHost: Relay = { helo: `linux.${FAB}`, rdns: `linux.${FAB}`, ip: '203.0.113.182' };
    const post = onTop(
      submitted({
        from: `Dana Cole <dcole@${FAB}>`,
        to: 'linux-rdma@vger.kernel.org',
        subject: '[PATCH net] net: mana: sync page pool RX frags for CPU',
        messageId: `<20261120095029.249361-1-dcole@${FAB}>`,
        extraHeaders: ['X-Mailer: git-send-email 2.43.7'],
        body: 'MANA allocates RX buffers from page pool fragments.\r\n\r\nSigned-off-by: Dana Cole <dcole@fabrikam-silicon.example>\r\n',
      }),
      `Received: by linux.${FAB} (Postfix, from userid 1009)\r\n\tid 3CABC20B7167; Fri, 20 Nov 2026 01:59:17 -0800 (PST)`,
      `DKIM-Filter: OpenDKIM Filter v2.11.0 linux.${FAB} 3CABC20B7167`,
    );
    const env = vgerEnvelope('linux-rdma', 22338);
    const eml = await viaVger(post, {
      list: 'linux-rdma',
      n: 22338,
      client: devHost,
      cv: 'none',
      arcAr: `dmarc=pass (p=reject dis=none) header.from=${FAB}; spf=pass smtp.mailfrom=linux.${FAB}; arc=none`,
      ar: [
        'dkim=none',
        `dmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" header.from=${FAB} (policy=reject)`,
        rspamdSpf(env),
        'arc=pass ("subspace.kernel.org:s=arc-20240116:i=1")',
      ],
      id: '4W202A1002',
    });
    both({
      name: 'w202-box-rspamd-vger-unsigned-linux-host-spf-aligned-p-reject',
      class: 'list-arc',
      about:
        "Genuine: a p=reject firm's engineer sends a patch from the firm's own Linux host (Postfix, no DKIM; SPF for linux.<firm> aligns relaxed), which subspace.kernel.org records as dmarc=pass in its ARC i=1 and passes on unchanged; the reader's rspamd box, seeing vger's envelope, writes dmarc=fail (policy=reject) and arc=pass (the lfdr.de capture of a microsoft.com patch from linux.microsoft.com, id 56773197135). Expected: unverified (the list's seal vouches); never spoofed.",
      args: BOX,
      eml,
      zone: {
        ...M365_ZONE,
        ...KERNEL_ZONE,
        ...ptr(devHost.ip, devHost.rdns),
        [`linux.${FAB}`]: { A: [devHost.ip], TXT: [`v=spf1 ip4:${devHost.ip} -all`] },
      },
      expect: TRUST,
    });
  }

  // 3. A 21Vianet tenant's unsigned patch: Microsoft's i=1, subspace i=2 cv=fail, DMARC fails at the box.
  {
    let post = onTop(
      submitted({
        from: `Chen Hua <chen.hua@${CN}>`,
        to: 'devicetree@vger.kernel.org',
        subject: '[PATCH v1 06/11] spi: dw: send cmd and addr to start the transfer',
        messageId: `<20261120095204.138168-7-chen.hua@${CN}>`,
        extraHeaders: [
          'X-Mailer: git-send-email 2.25.1',
          'X-MS-PublicTrafficType: Email',
          `X-OriginatorOrg: ${CN}`,
          'X-MS-Exchange-CrossTenant-AuthSource: ZQ4PR01MB1202.CHNPR01.prod.partner.outlook.cn',
          'X-MS-Exchange-CrossTenant-AuthAs: Internal',
          'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
        ],
        body: 'In enhanced spi mode, read or write starts by sending the cmd and address.\r\n\r\nSigned-off-by: Chen Hua\r\n',
      }),
      'Received: from ZQ4PR01MB1202.CHNPR01.prod.partner.outlook.cn\r\n (2406:e500:c550:17::6) by ZQ4PR01MB1282.CHNPR01.prod.partner.outlook.cn\r\n (2406:e500:c550:17::5) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.21.113.23; Fri, 20 Nov\r\n 2026 09:52:22 +0000',
      'Received: from ZQ4PR01MB1202.CHNPR01.prod.partner.outlook.cn\r\n ([fe80::e7d4:256c:b066:850d]) by\r\n ZQ4PR01MB1202.CHNPR01.prod.partner.outlook.cn ([fe80::e7d4:256c:b066:850d%2])\r\n with mapi id 15.21.0139.024; Fri, 20 Nov 2026 09:52:22 +0000',
    );
    post = breakAms(await msOutboundSeal(post, CN, `dkim=pass header.d=${CN}`, 'arcselector9901'), 1);
    const env = vgerEnvelope('devicetree', 323330);
    const eml = await viaVger(post, {
      list: 'devicetree',
      n: 323330,
      client: CHN,
      cv: 'fail',
      arcAr: `dmarc=pass (p=quarantine dis=none) header.from=${CN}; spf=pass smtp.mailfrom=${CN}; arc=fail`,
      ar: [
        'dkim=none',
        `dmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" header.from=${CN} (policy=quarantine)`,
        rspamdSpf(env),
        'arc=reject ("cv is fail on i=2")',
      ],
      id: '4W202A1003',
    });
    both({
      name: 'w202-box-rspamd-vger-21vianet-tenant-unsigned-arc-cv-fail-quarantine',
      class: 'list-arc',
      about:
        "Genuine: a 21Vianet (Microsoft 365 operated in China) tenant with no DKIM-Signature on its mail (p=quarantine) posts to devicetree@vger from CHN02-SH0-obe.outbound.protection.partner.outlook.cn; Microsoft's i=1 no longer verifies, subspace seals i=2 cv=fail recording dmarc=pass/spf=pass, and the rspamd box writes dmarc=fail (policy=quarantine) and arc=reject (id 67606335553). Nothing left to prove the author, nothing forged either: a user should see unverified, not a warning.",
      args: BOX,
      eml,
      zone: { ...M365_ZONE, ...KERNEL_ZONE },
      expect: TRUST,
    });
  }

  // 4. The stable maintainer's signed mail (korg key, p=none): the plain pass row.
  {
    const lf = 'linuxfoundation.example';
    const post = await signAll(
      submitted({
        from: `Greg Hartmann <greg@${lf}>`,
        to: 'stable@vger.kernel.org',
        subject: '[PATCH 6.12 041/212] usb: gadget: fix a leak',
        messageId: `<20261120100000.041212@${lf}>`,
        body: '6.12-stable review patch.  If anyone has any objections, please let me know.\r\n',
      }),
      [[lf, 'korg']],
    );
    const env = vgerEnvelope('stable', 265803);
    const eml = await viaVger(post, {
      list: 'stable',
      n: 265803,
      client: { helo: 'tor.source.kernel.org', rdns: 'tor.source.kernel.org', ip: '172.105.4.254' },
      cv: 'none',
      arcAr: `dmarc=pass (p=none dis=none) header.from=${lf}; spf=pass smtp.mailfrom=${lf}; dkim=pass (2048-bit key) header.d=${lf} header.i=@${lf} header.b=${bOf(post, lf)}; arc=none`,
      ar: [
        `dkim=pass header.d=${lf} header.s=korg header.b=${bOf(post, lf)}`,
        rspamdSpf(env),
        `dmarc=pass (policy=none) header.from=${lf}`,
        'arc=pass ("subspace.kernel.org:s=arc-20240116:i=1")',
      ],
      id: '4W202A1004',
    });
    both({
      name: 'w202-box-rspamd-vger-signed-p-none-policy-none-comment',
      class: 'list-arc',
      about:
        "Genuine control: a maintainer's signed stable-review mail (p=none) through vger; the rspamd box writes dkim=pass … header.b=…, dmarc=pass (policy=none), arc=pass (id 60248465600). Expected: authenticated; rspamd's (policy=none) comment is no policy failure.",
      args: BOX,
      eml,
      zone: {
        ...KERNEL_ZONE,
        ...keyZone([`korg._domainkey.${lf}`]),
        [lf]: { TXT: ['v=spf1 ip4:172.105.4.254 -all'] },
        [`_dmarc.${lf}`]: { TXT: ['v=DMARC1; p=none'] },
      },
      expect: TRUST,
    });
  }

  // ============================== Microsoft 365 everyday mail ==============================

  // 5. A colleague inside the reader's own organisation (MAPI, HTTPS; never through EOP).
  {
    const raw = submitted({
      from: `Priya Natarajan <priya@${FAB}>`,
      to: `Robin Reader <robin@${FAB}>`,
      subject: 'Slides for Thursday',
      messageId: '<PH7PR11MB8600A1W202@PH7PR11MB8600.namprd11.prod.outlook.com>',
      extraHeaders: ['Thread-Topic: Slides for Thursday', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:'],
      body: 'Hi Robin,\r\n\r\nI moved the roadmap slides to the team site; could you check 4 to 6?\r\n\r\nPriya\r\n',
    });
    both({
      name: 'w202-outlook-internal-colleague-mapi-https',
      class: 'm365-internal',
      about:
        "Genuine: a colleague's mail inside one Microsoft 365 organisation as Outlook shows it: submitted over MAPI, delivered over HTTPS, EOP's id-less `dkim=none … dmarc=none` for internal mail, AuthAs: Internal (receivers.ts exchangeInternal). Expected: authenticated or unverified; internal mail is never a warning.",
      args: OUTLOOK,
      eml: exchangeInternal(raw, {
        mailbox: 'SA1PR11MB6734.namprd11.prod.outlook.com',
        mailboxIp: '2603:10b6:806:25d::11',
        linkLocal: 'fe80::3c1d:92ab:7e40:11f2%4',
        server: 'PH7PR11MB8600.namprd11.prod.outlook.com',
        date: 'Fri, 20 Nov 2026 10:00:03 +0000',
        fromDomain: FAB,
        tenant: '8e1f6a2b-3c4d-4e5f-9a0b-1c2d3e4f5a6b',
        returnPath: `priya@${FAB}`,
      }),
      zone: M365_ZONE,
      expect: TRUST,
    });
  }

  // 6. A partner tenant with its own key, to the reader's tenant (EOP in both, Outlook reading).
  {
    const sent = await tenantMessage({
      from: `Jonas Berg <jonas.berg@${FAB}>`,
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Purchase order 4471 confirmed',
      body: 'Hello Robin,\r\n\r\nwe confirm purchase order 4471; delivery in week 49.\r\n\r\nJonas\r\n',
      domain: FAB,
      signer: [FAB, 'selector1'],
      dkimNote: `dkim=pass header.d=${FAB}`,
    });
    emitCase(write, {
      name: 'w202-outlook-partner-tenant-own-selector1-with-ms-outbound-seal',
      class: 'm365-to-m365',
      about:
        "Genuine: a partner on Microsoft 365 (own selector1 key, p=reject) writes to the reader's tenant; Exchange Online's outbound seal i=1 rides along (captures 67655008958, 67606335553 show it on 2026 mail); EOP records spf, dkim and dmarc pass, compauth=pass reason=100. Expected: authenticated.",
      args: OUTLOOK,
      eml: eopDelivery(sent, {
        ip: EUR.ip,
        helo: EUR.helo,
        ar: `spf=pass (sender IP is ${EUR.ip})\r\n smtp.mailfrom=${FAB}; dkim=pass (signature was verified)\r\n header.d=${FAB};dmarc=pass action=none\r\n header.from=${FAB};compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of ${FAB} designates\r\n ${EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EUR.ip}; helo=${EUR.helo}; pr=C`,
        returnPath: `jonas.berg@${FAB}`,
      }),
      zone: M365_ZONE,
      expect: TRUST,
      twin: true,
    });
  }

  // 7. A tenant without its own DKIM: only its onmicrosoft.com field; SPF carries DMARC (Gmail).
  {
    const sent = await tenantMessage({
      from: `Mara Quist <mara@${TAIL}>`,
      to: 'robin.reader@gmail.com',
      subject: 'Invoice 2026-118 and delivery note',
      body: 'Dear Robin,\r\n\r\nplease find invoice 2026-118 in our portal; payment terms as agreed.\r\n\r\nMara\r\n',
      domain: TAIL,
      signer: [`${TAIL_TENANT}.onmicrosoft.com`, TAIL_SELECTOR],
      dkimNote: 'dkim=none (message not signed)',
    });
    both({
      name: 'w202-gmail-tenant-without-own-dkim-onmicrosoft-only-spf-aligned',
      class: 'm365-onmicrosoft',
      about:
        "Genuine: a Microsoft 365 tenant that never enabled DKIM for its domain (p=quarantine): Exchange signs d=<tenant>.onmicrosoft.com, SPF for the tenant's own envelope passes at EUR02-DB5-obe and carries DMARC; Gmail: dkim=pass header.i=@tailspinpartners.onmicrosoft.com, spf=pass, dmarc=pass (p=QUARANTINE). Expected: authenticated (or unverified offline).",
      args: GMAIL,
      eml: gmailDelivery(sent, {
        relay: EUR,
        envelope: `mara@${TAIL}`,
        results: [
          `dkim=pass header.i=@${TAIL_TENANT}.onmicrosoft.com header.s=${TAIL_SELECTOR} header.b=${bOf(sent, `${TAIL_TENANT}.onmicrosoft.com`)};`,
          `arc=pass (i=1 spf=pass spfdomain=${TAIL} dmarc=pass fromdomain=${TAIL});`,
          `spf=pass (google.com: domain of mara@${TAIL} designates ${EUR.ip} as permitted sender) smtp.mailfrom=mara@${TAIL};`,
          `dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${TAIL}`,
        ].join('\r\n       '),
        ids: ['x202csp1pxa', 'a202si1qtb.71'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: M365_ZONE,
      expect: TRUST,
    });
  }

  // 8. A shared mailbox sent on behalf of by a delegate (From the mailbox, Sender the person).
  {
    const sent = await tenantMessage({
      from: `Fabrikam Accounts Payable <ap@${FAB}>`,
      to: 'robin.reader@gmail.com',
      subject: 'Remittance advice 2026-11-20',
      body: 'Hello,\r\n\r\nthe attached remittance covers invoices 118 to 121.\r\n\r\nKind regards,\r\nJonas Berg on behalf of Accounts Payable\r\n',
      domain: FAB,
      signer: [FAB, 'selector1'],
      extra: [`Sender: Jonas Berg <jonas.berg@${FAB}>`],
      dkimNote: `dkim=pass header.d=${FAB}`,
    });
    emitCase(write, {
      name: 'w202-gmail-shared-mailbox-send-on-behalf-sender-field',
      class: 'm365-send-on-behalf',
      about:
        'Genuine: a delegate sends from the Accounts Payable shared mailbox with Send on Behalf (Exchange writes From: the shared mailbox, Sender: the delegate, both the firm\'s); selector1 signs, Gmail records pass for all three. Gmail shows "Jonas Berg on behalf of …". Expected: authenticated.',
      args: GMAIL,
      eml: gmailDelivery(sent, {
        relay: EUR,
        envelope: `jonas.berg@${FAB}`,
        results: [
          `dkim=pass header.i=@${FAB} header.s=selector1 header.b=${bOf(sent, FAB)};`,
          `arc=pass (i=1 spf=pass spfdomain=${FAB} dkim=pass dkdomain=${FAB} dmarc=pass fromdomain=${FAB});`,
          `spf=pass (google.com: domain of jonas.berg@${FAB} designates ${EUR.ip} as permitted sender) smtp.mailfrom=jonas.berg@${FAB};`,
          `dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${FAB}`,
        ].join('\r\n       '),
        ids: ['x202csp2pxa', 'a202si2qtb.72'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: M365_ZONE,
      expect: TRUST,
      twin: true,
    });
  }

  // 9. A calendar invitation from a tenant user, read in Yahoo.
  {
    const sent = await tenantMessage({
      from: `Priya Natarajan <priya@${FAB}>`,
      to: 'robin.reader@yahoo.com',
      subject: 'Design review',
      body: 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nORGANIZER;CN=Priya Natarajan:mailto:priya@fabrikam-silicon.example\r\nSUMMARY;LANGUAGE=en-US:Design review\r\nDTSTART:20261124T140000Z\r\nDTEND:20261124T150000Z\r\nUID:040000008200E00074C5B7101A82E00800000000W202\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      domain: FAB,
      signer: [FAB, 'selector2'],
      contentType: 'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
      extra: ['Thread-Topic: Design review', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:'],
      dkimNote: `dkim=pass header.d=${FAB}`,
    });
    emitCase(write, {
      name: 'w202-yahoo-m365-calendar-invitation-method-request',
      class: 'm365-calendar',
      about:
        "Genuine: an Outlook meeting request (text/calendar; method=REQUEST, Exchange's PRODID) from a Microsoft 365 tenant (own selector2, p=reject) to a Yahoo user; Yahoo records dkim pass, spf pass, dmarc pass. Expected: authenticated.",
      args: YAHOO,
      eml: yahooDelivery(sent, {
        relay: EUR,
        envelope: `priya@${FAB}`,
        results: `dkim=pass header.i=@${FAB} header.s=selector2;\r\n spf=pass smtp.mailfrom=${FAB};\r\n dmarc=pass(p=REJECT) header.from=${FAB};`,
      }),
      zone: M365_ZONE,
      expect: TRUST,
    });
  }

  // 10. An out-of-office reply: null envelope, DKIM carries DMARC alone.
  {
    const sent = await tenantMessage({
      from: `Jonas Berg <jonas.berg@${FAB}>`,
      to: 'robin.reader@gmail.com',
      subject: 'Automatic reply: Remittance question',
      body: 'I am out of the office until 30 November with limited access to email. For payments please write to ap@fabrikam-silicon.example.\r\n',
      domain: FAB,
      signer: [FAB, 'selector1'],
      extra: [
        'Auto-Submitted: auto-replied',
        'X-Auto-Response-Suppress: All',
        'X-MS-Exchange-Inbox-Rules-Loop: jonas.berg@fabrikam-silicon.example',
      ],
      dkimNote: `dkim=pass header.d=${FAB}`,
    });
    both({
      name: 'w202-gmail-m365-out-of-office-null-envelope',
      class: 'm365-auto-reply',
      about:
        "Genuine: an Exchange Online automatic reply (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) sent with the null envelope (Return-Path: <>); Gmail checks SPF on the HELO (`smtp.helo=`, NOT confirmed) and DMARC passes on the tenant's selector1 alone. Expected: authenticated.",
      args: GMAIL,
      eml: gmailDelivery(sent, {
        relay: EUR,
        envelope: '',
        results: [
          `dkim=pass header.i=@${FAB} header.s=selector1 header.b=${bOf(sent, FAB)};`,
          `spf=pass (google.com: domain of postmaster@${EUR.helo} designates ${EUR.ip} as permitted sender) smtp.helo=${EUR.helo};`,
          `dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${FAB}`,
        ].join('\r\n       '),
        ids: ['x202csp3pxa', 'a202si3qtb.73'],
        deliveredTo: true,
      }),
      zone: M365_ZONE,
      expect: TRUST,
    });
  }

  // 11. A transport-rule disclaimer (added before Exchange signs), read on an OpenDKIM box.
  {
    const base = submitted({
      from: `Jonas Berg <jonas.berg@${FAB}>`,
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Quote for the Q1 wafers',
      messageId: '<DM6PR08MB5580Q1W202@DM6PR08MB5580.namprd08.prod.outlook.com>',
      extraHeaders: tenantBottom(FAB, 'DM6PR08MB5580'),
      body: 'Robin,\r\n\r\nour quote for the Q1 wafers is attached.\r\n\r\nJonas\r\n',
    });
    // Exchange Online's mail-flow rules run before the DKIM signer: the disclaimer is signed.
    const withDisclaimer = appendBody(
      base,
      '\r\nThis email and any attachments are confidential and intended solely for the addressee. Fabrikam Silicon Ltd, registered in England and Wales.\r\n',
    );
    const sent = await msOutboundSeal(
      onTop(await signAll(withDisclaimer, [[FAB, 'selector1']]), ...senderTenantHops()),
      FAB,
      `dkim=pass header.d=${FAB}`,
    );
    const eml = onTop(
      sent,
      'Return-Path: <jonas.berg@fabrikam-silicon.example>',
      received({ helo: EUR.helo, rdns: EUR.rdns, ip: EUR.ip, by: RECEIVER, id: '4W202B1011' }),
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${FAB} header.i=@${FAB} header.a=rsa-sha256 header.s=selector1 header.b=${bOf(sent, FAB)};\r\n\tdkim-atps=neutral`,
      `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=${FAB}`,
      `Authentication-Results: ${RECEIVER}; spf=pass (sender SPF authorized) smtp.mailfrom=${FAB} (client-ip=${EUR.ip}; helo=${EUR.helo}; envelope-from=jonas.berg@${FAB}; receiver=${RECEIVER})`,
    );
    both({
      name: 'w202-box-opendkim-m365-transport-rule-disclaimer-signed',
      class: 'm365-disclaimer',
      about:
        "Genuine: a tenant's mail-flow rule appends a legal disclaimer, which Exchange Online adds before its DKIM signer runs, so selector1 still verifies; the reader's Postfix box with OpenDKIM/OpenDMARC/pypolicyd-spf writes one header per method, OpenDKIM's with header.a, header.s, header.b and dkim-atps (lists.ozlabs.org layout, ids 48048077678, 1915161683). Expected: authenticated.",
      args: BOX,
      eml,
      zone: M365_ZONE,
      expect: TRUST,
    });
  }

  // 12. A Teams notification (Microsoft's own tenant), read in Gmail.
  {
    const teams = 'email.teams.microsoft.com';
    const sent = await signAll(
      submitted({
        from: `"Priya Natarajan (Microsoft Teams)" <noreply@${teams}>`,
        to: 'robin.reader@gmail.com',
        subject: 'Priya Natarajan mentioned you in Roadmap > General',
        messageId: '<MTTeamsW202.20261120100000@email.teams.microsoft.com>',
        body: 'Priya Natarajan mentioned you in Roadmap > General:\r\n"@Robin can you check slides 4-6?"\r\nReply in Teams: https://teams.microsoft.com/l/message/19:abc/1795170000\r\n',
      }),
      [[teams, 'selector1']],
    );
    const relay: Relay = {
      helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
      rdns: 'mail-dm6nam10on2062.outbound.protection.outlook.com',
      ip: '40.107.93.62',
    };
    emitCase(write, {
      name: 'w202-gmail-teams-mention-notification',
      class: 'm365-notification',
      about:
        "Genuine: a Microsoft Teams @mention e-mailed to a guest's Gmail from noreply@email.teams.microsoft.com (the sender Microsoft Learn lists, id 70113859050), the display name the colleague's with \"(Microsoft Teams)\"; signed d=email.teams.microsoft.com (NOT confirmed), sent from Exchange Online's outbound range. Expected: authenticated.",
      args: GMAIL,
      eml: gmailDelivery(sent, {
        relay,
        envelope: `noreply@${teams}`,
        results: [
          `dkim=pass header.i=@${teams} header.s=selector1 header.b=${bOf(sent, teams)};`,
          `spf=pass (google.com: domain of noreply@${teams} designates ${relay.ip} as permitted sender) smtp.mailfrom=noreply@${teams};`,
          `dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${teams}`,
        ].join('\r\n       '),
        ids: ['x202csp4pxa', 'a202si4qtb.74'],
        spf: 'pass',
      }),
      zone: {
        ...MS_ZONE,
        ...ptr(relay.ip, relay.rdns),
        [teams]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        '_dmarc.microsoft.com': { TXT: ['v=DMARC1; p=reject'] },
        ...keyZone([`selector1._domainkey.${teams}`]),
      },
      expect: TRUST,
      twin: true,
    });
  }

  // 13. A SharePoint sharing notification on an amavisd-new box (rows naming only header.d).
  {
    const sp = 'sharepointonline.com';
    const sent = await signAll(
      submitted({
        from: `"Priya Natarajan (via SharePoint Online)" <no-reply@${sp}>`,
        to: 'robin@reader.example',
        subject: 'Priya Natarajan shared "Q1 roadmap.pptx" with you',
        messageId: '<SPOW202.20261120100000@sharepointonline.com>',
        extraHeaders: [`Reply-To: Priya Natarajan <priya@${FAB}>`],
        body: 'Priya Natarajan shared a file with you.\r\nOpen: https://fabrikamsilicon.sharepoint.com/:p:/s/roadmap/EWx1\r\n',
      }),
      [[sp, 'selector1']],
    );
    const relay: Relay = {
      helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
      rdns: 'mail-am6eur05on2105.outbound.protection.outlook.com',
      ip: '40.107.22.105',
    };
    const eml = onTop(
      sent,
      `Return-Path: <no-reply@${sp}>`,
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${RECEIVER} (Postfix) with ESMTP id 4W202B1013\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:07 +0000 (UTC)`,
      `X-Virus-Scanned: Debian amavisd-new at ${RECEIVER}`,
      `Authentication-Results: ${RECEIVER} (amavisd-new); dkim=pass (2048-bit key)\r\n header.d=${sp}`,
      received({ helo: relay.helo, rdns: relay.rdns, ip: relay.ip, by: RECEIVER, id: '4W202B1012' }),
    );
    both({
      name: 'w202-box-amavis-sharepoint-sharing-notification-reply-to-colleague',
      class: 'm365-notification',
      about:
        "Genuine: SharePoint Online's sharing notice from no-reply@sharepointonline.com (the sender Microsoft Learn lists) with the sharer's own address as Reply-To, read on an iRedMail-style box whose amavisd-new row names only header.d (ids 62142229890, 22032534555); d=sharepointonline.com is NOT confirmed. Expected: authenticated or unverified; the sharer's Reply-To is Microsoft's normal form.",
      args: BOX,
      eml,
      zone: {
        ...MS_ZONE,
        ...ptr(relay.ip, relay.rdns),
        [sp]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        [`_dmarc.${sp}`]: { TXT: ['v=DMARC1; p=reject'] },
        ...keyZone([`selector1._domainkey.${sp}`]),
        ...M365_ZONE,
      },
      expect: TRUST,
    });
  }

  // 14. A 21Vianet tenant writing directly to the reader's tenant (Outlook), SPF only.
  {
    const raw = appendHeaders(
      submitted({
        from: `Chen Hua <chen.hua@${CN}>`,
        to: 'Robin Reader <robin@reader.example>',
        subject: 'Lens samples shipped',
        messageId: `<ZQ4PR01MB1202W202@ZQ4PR01MB1202.CHNPR01.prod.partner.outlook.cn>`,
        body: 'Dear Robin,\r\n\r\nthe lens samples left Shanghai today; tracking follows.\r\n\r\nChen Hua\r\n',
      }),
      'X-MS-PublicTrafficType: Email',
      `X-OriginatorOrg: ${CN}`,
    );
    emitCase(write, {
      name: 'w202-outlook-21vianet-tenant-spf-only-direct',
      class: 'm365-sovereign',
      about:
        "Genuine: a 21Vianet tenant (no DKIM on its mail, p=quarantine, SPF include:spf.protection.partner.outlook.cn) writes to the reader's Microsoft 365 tenant from CHN02-SH0-obe.outbound.protection.partner.outlook.cn [139.219.146.97] (id 67606335553); EOP records spf=pass and dmarc=pass on SPF. Expected: authenticated.",
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ip: CHN.ip,
        helo: CHN.helo,
        ar: `spf=pass (sender IP is ${CHN.ip})\r\n smtp.mailfrom=${CN}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${CN};compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of ${CN} designates\r\n ${CHN.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${CHN.ip}; helo=${CHN.helo}; pr=C`,
        returnPath: `chen.hua@${CN}`,
      }),
      zone: M365_ZONE,
      expect: TRUST,
      twin: true,
    });
  }

  // 15. A Microsoft 365 tenant's mail over IPv6 straight to the reader's rspamd box.
  {
    const sent = await tenantMessage({
      from: `Mikko Lehto <mlehto@${FAB}>`,
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Board bring-up notes',
      body: 'Robin,\r\n\r\nnotes from the bring-up are on the wiki.\r\n\r\nMikko\r\n',
      domain: FAB,
      signer: [FAB, 'selector2'],
      dkimNote: `dkim=pass header.d=${FAB}`,
    });
    const eml = onTop(
      sent,
      `Return-Path: <mlehto@${FAB}>`,
      received({ helo: NAM6.helo, rdns: NAM6.rdns, ip: NAM6.ip, by: RECEIVER, id: '4W202B1015' }),
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${FAB} header.s=selector2 header.b=${bOf(sent, FAB)};\r\n\tspf=pass (${RECEIVER}: domain of mlehto@${FAB} designates ${NAM6.ip} as permitted sender) smtp.mailfrom=mlehto@${FAB};\r\n\tdmarc=pass (policy=reject) header.from=${FAB};\r\n\tarc=pass ("microsoft.com:s=arcselector10001:i=1")`,
    );
    both({
      name: 'w202-box-rspamd-m365-ipv6-outbound-selector2-arc-pass',
      class: 'm365-to-box',
      about:
        "Genuine: a Microsoft 365 tenant's mail over IPv6 from NAM12-BN8-obe (2a01:111:f403:2418::609, id 48048077678) straight to the reader's rspamd box: dkim=pass … header.b=…, spf=pass, dmarc=pass (policy=reject), arc=pass on Microsoft's own i=1. Expected: authenticated.",
      args: BOX,
      eml,
      zone: M365_ZONE,
      expect: TRUST,
    });
  }

  // ================================ Other list software ================================

  // 16. Mailman 3 munging a p=reject author's From; list host signs and seals; Gmail.
  {
    const post = await alicePost(
      `devel@${LIST_HOST}`,
      'Release candidate 3 is out',
      'Hi all,\r\n\r\nRC3 is tagged; please test on your platforms.\r\n\r\nAlice\r\n',
    );
    let listed = tagSubject(post, '[Devel] ');
    listed = listed.replace(
      `From: Alice Martin <alice@${AUTHOR}>`,
      `From: Alice Martin via Devel <devel@${LIST_HOST}>`,
    );
    listed = appendHeaders(
      listed,
      `Reply-To: Alice Martin <alice@${AUTHOR}>`,
      'Message-ID-Hash: K3W2Q7ZPUE5Y3GRLH6Y4DXW202AAAAAA',
      'X-Mailman-Version: 3.3.9',
      `List-Id: Devel <devel.${LIST_HOST}>`,
      `List-Post: <mailto:devel@${LIST_HOST}>`,
      `List-Unsubscribe: <mailto:devel-leave@${LIST_HOST}>`,
      'Precedence: list',
    );
    listed = appendBody(
      listed,
      `_______________________________________________\r\nDevel mailing list -- devel@${LIST_HOST}\r\nTo unsubscribe send an email to devel-leave@${LIST_HOST}\r\n`,
    );
    const signed = await signAll(
      listed,
      [[LIST_HOST, 's1']],
      ['from', 'to', 'subject', 'date', 'message-id', 'reply-to', 'list-id'],
    );
    const sealed = await sealAs(signed, {
      domain: LIST_HOST,
      selector: 'arc',
      cv: 'none',
      authResults: `mail.${LIST_HOST}; dkim=pass header.d=${AUTHOR} header.s=s1; spf=pass smtp.mailfrom=alice@${AUTHOR}; dmarc=pass (p=reject) header.from=${AUTHOR}`,
    });
    const env = `devel-bounces@${LIST_HOST}`;
    both({
      name: 'w202-gmail-mailman3-munged-from-p-reject-author',
      class: 'list-munged',
      about:
        "Genuine: Mailman 3's DMARC mitigation (munge From) for a p=reject author: From \"Alice Martin via Devel\" <devel@…>, the author in Reply-To, subject prefix and footer, the list host's own DKIM and ARC (list-shapes.ts, Mailman 3's docs). Gmail: dkim=pass and dmarc=pass for the list host. Expected: authenticated (the list is who it says); the Reply-To to the author is Mailman's normal form.",
      args: GMAIL,
      eml: gmailDelivery(sealed, {
        relay: LIST_RELAY,
        envelope: env,
        results: [
          `dkim=pass header.i=@${LIST_HOST} header.s=s1 header.b=${bOf(signed, LIST_HOST)};`,
          `arc=pass (i=1 spf=pass spfdomain=${AUTHOR} dkim=pass dkdomain=${AUTHOR} dmarc=pass fromdomain=${AUTHOR});`,
          `spf=pass (google.com: domain of ${env} designates ${LIST_IP} as permitted sender) smtp.mailfrom=${env};`,
          `dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${LIST_HOST}`,
        ].join('\r\n       '),
        ids: ['x202csp5pxa', 'a202si5qtb.75'],
        spf: 'pass',
      }),
      zone: { ...LIST_ZONE, ...authorZone('reject') },
      expect: TRUST,
    });
  }

  // 17. Mailman 2.1 unmunged (p=none author), footer breaks the author's DKIM; amavisd-new box.
  {
    const post = await alicePost(
      `users@${LIST_HOST}`,
      'Meet-up on Saturday',
      'Hi all,\r\n\r\nthe meet-up is at the library at 14:00.\r\n\r\nAlice\r\n',
    );
    let listed = tagSubject(post, '[Users] ');
    listed = appendHeaders(listed, ...mailmanHeaders('users', LIST_HOST, 'Users'));
    listed = appendBody(listed, mailmanFooter('users', LIST_HOST, 'Users'));
    const env = `users-bounces+robin=reader.example@${LIST_HOST}`;
    const eml = onTop(
      listed,
      `Return-Path: <${env}>`,
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${RECEIVER} (Postfix) with ESMTP id 4W202B1017\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:07 +0000 (UTC)`,
      `X-Virus-Scanned: Debian amavisd-new at ${RECEIVER}`,
      `Authentication-Results: ${RECEIVER} (amavisd-new);\r\n dkim=fail (2048-bit key) reason="fail (message has been altered)"\r\n header.d=${AUTHOR}`,
      received({ ...LIST_RELAY, by: RECEIVER, id: '4W202B1016' }),
    );
    both({
      name: 'w202-box-amavis-mailman2-footer-breaks-p-none-author',
      class: 'list-footer',
      about:
        "Genuine: a Mailman 2.1 list that neither munges nor signs; its subject tag and footer break a p=none author's DKIM, and the reader's amavisd-new box (no DMARC) writes dkim=fail … header.d=<author> (failing wording recalled, NOT confirmed). Expected: unverified (the list changed it), never a warning.",
      args: BOX,
      eml,
      zone: { ...LIST_ZONE, ...authorZone('none') },
      expect: TRUST,
    });
  }

  // 18. Sympa's DMARC protection (From rewritten "… via <list>"), read in Yahoo.
  {
    const sympa = 'sympa.example.org';
    const sympaIp = '192.0.2.90';
    const post = await alicePost(
      `research@${sympa}`,
      'Call for papers: winter workshop',
      'Dear colleagues,\r\n\r\nthe call for papers for the winter workshop is open until 15 December.\r\n\r\nAlice\r\n',
    );
    let listed = post.replace(
      `From: Alice Martin <alice@${AUTHOR}>`,
      `From: "Alice Martin via research" <research@${sympa}>`,
    );
    listed = appendHeaders(
      listed,
      `Reply-To: Alice Martin <alice@${AUTHOR}>`,
      `X-Original-From: Alice Martin <alice@${AUTHOR}>`,
      `List-Id: <research.${sympa}>`,
      `List-Unsubscribe: <mailto:sympa@${sympa}?subject=unsubscribe%20research>`,
      `List-Post: <mailto:research@${sympa}>`,
      'X-Loop: research@sympa.example.org',
      'Precedence: list',
      `Sender: research-request@${sympa}`,
    );
    const signed = await signAll(
      listed,
      [[sympa, 's1']],
      ['from', 'to', 'subject', 'date', 'message-id', 'reply-to', 'list-id'],
    );
    const relay: Relay = { helo: sympa, rdns: sympa, ip: sympaIp };
    both({
      name: 'w202-yahoo-sympa-dmarc-protection-via-list',
      class: 'list-munged',
      about:
        "Genuine: Sympa's dmarc_protection (mode dmarc_reject) rewrites a p=reject author's From to \"Alice Martin via research\" <research@sympa…>, keeps her in Reply-To and X-Original-From, and signs as the list's domain (Sympa's documentation, recalled; not re-read). Yahoo: dkim=pass and dmarc=pass for the list's domain. Expected: authenticated.",
      args: YAHOO,
      eml: yahooDelivery(signed, {
        relay,
        envelope: `research-owner@${sympa}`,
        results: `dkim=pass header.i=@${sympa} header.s=s1;\r\n spf=pass smtp.mailfrom=${sympa};\r\n dmarc=pass(p=NONE) header.from=${sympa};`,
      }),
      zone: {
        ...authorZone('reject'),
        ...ptr(sympaIp, sympa),
        [sympa]: { A: [sympaIp], TXT: [`v=spf1 ip4:${sympaIp} -all`] },
        [`_dmarc.${sympa}`]: { TXT: ['v=DMARC1; p=none'] },
        ...keyZone([`s1._domainkey.${sympa}`]),
      },
      expect: TRUST,
    });
  }

  // 19. LISTSERV passing a signed post through unchanged, into the reader's Microsoft 365 tenant.
  {
    const ls = 'listserv.example.edu';
    const lsIp = '198.51.100.140';
    const post = await alicePost(
      `ASTRO-L@${ls}`,
      'Observatory open night moved',
      'Hello all,\r\n\r\nthe open night moves to Friday 27 November.\r\n\r\nAlice\r\n',
    );
    const listed = appendHeaders(
      post,
      `Sender: Astronomy discussion list <ASTRO-L@${ls}>`,
      `Reply-To: Astronomy discussion list <ASTRO-L@${ls}>`,
      `List-Help: <https://${ls}/scripts/wa.exe?LIST=ASTRO-L>`,
      `List-Unsubscribe: <mailto:ASTRO-L-signoff-request@${ls}>`,
      `List-Owner: <mailto:ASTRO-L-request@${ls}>`,
      `List-Archive: <https://${ls}/scripts/wa.exe?LIST=ASTRO-L>`,
    );
    emitCase(write, {
      name: 'w202-outlook-listserv-unchanged-signed-post',
      class: 'list-unchanged',
      about:
        "Genuine: an L-Soft LISTSERV list (Sender and Reply-To the list, envelope owner-ASTRO-L@…, wa.exe links; list-shapes.ts, recalled) passes a p=quarantine author's signed post unchanged into the reader's Microsoft 365 tenant; EOP: spf=pass for the list, dkim=pass for the author, dmarc=pass. Expected: authenticated.",
      args: OUTLOOK,
      eml: eopDelivery(listed, {
        ip: lsIp,
        helo: ls,
        ar: `spf=pass (sender IP is ${lsIp})\r\n smtp.mailfrom=${ls}; dkim=pass (signature was verified)\r\n header.d=${AUTHOR};dmarc=pass action=none\r\n header.from=${AUTHOR};compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of ${ls} designates\r\n ${lsIp} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${lsIp}; helo=${ls}; pr=C`,
        returnPath: `owner-ASTRO-L@${ls}`,
      }),
      zone: {
        ...authorZone('quarantine'),
        ...ptr(lsIp, ls),
        [ls]: { A: [lsIp], TXT: [`v=spf1 ip4:${lsIp} -all`] },
      },
      expect: TRUST,
      twin: true,
    });
  }

  // 20. mlmmj passing a p=reject author's post through unchanged; OpenDKIM box with header.b.
  {
    const ml = 'lists.mlmmj.example';
    const mlIp = '192.0.2.95';
    const post = await alicePost(
      `dev@${ml}`,
      'Patch series v4',
      'Hi,\r\n\r\nv4 addresses all review comments.\r\n\r\nAlice\r\n',
    );
    const listed = appendHeaders(
      post,
      `List-Id: <dev.${ml}>`,
      `List-Post: <mailto:dev@${ml}>`,
      `List-Unsubscribe: <mailto:dev+unsubscribe@${ml}>`,
      'Precedence: list',
    );
    const env = `dev+bounces-1182-robin=reader.example@${ml}`;
    const eml = onTop(
      listed,
      `Return-Path: <${env}>`,
      received({ helo: ml, rdns: ml, ip: mlIp, by: RECEIVER, id: '4W202B1020' }),
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${AUTHOR} header.i=@${AUTHOR} header.a=rsa-sha256 header.s=s1 header.b=${bOf(post, AUTHOR)};\r\n\tdkim-atps=neutral`,
      `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=${AUTHOR}`,
      `Authentication-Results: ${RECEIVER}; spf=pass (sender SPF authorized) smtp.mailfrom=${ml} (client-ip=${mlIp}; helo=${ml}; envelope-from=${env}; receiver=${RECEIVER})`,
    );
    both({
      name: 'w202-box-opendkim-mlmmj-unchanged-p-reject-author',
      class: 'list-unchanged',
      about:
        "Genuine: mlmmj passes a p=reject author's signed post unchanged (no prefix, no footer; bounce envelope dev+bounces-N-user=domain@), the reader's OpenDKIM/OpenDMARC box records the author's pass. Expected: authenticated.",
      args: BOX,
      eml,
      zone: {
        ...authorZone('reject'),
        ...ptr(mlIp, ml),
        [ml]: { A: [mlIp], TXT: [`v=spf1 ip4:${mlIp} -all`] },
      },
      expect: TRUST,
    });
  }

  // 21. Google Groups on an rspamd box (p=none author, group's Reply-To).
  {
    const g = await googleGroupsPost({
      messageId: 'w202walk',
      tag: '[hikers] ',
      title: 'Hikers',
      field: 'Reply-To: hikers@googlegroups.com',
      id: '4W202B1021',
    });
    const eml = g.eml.replace(
      /(Received: from mail-qt1-x83f\.google\.com[\s\S]*?\+0000)/,
      `$1\r\nAuthentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=googlegroups.com header.s=20230601 header.b=${bOf(g.eml, 'googlegroups.com')};\r\n\tdkim=fail ("body hash did not verify") header.d=trailhead.example header.s=s1 header.b=${bOf(g.eml, 'trailhead.example')};\r\n\tspf=pass (${RECEIVER}: domain of "hikers+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB4471@googlegroups.com" designates 209.85.160.63 as permitted sender) smtp.mailfrom="hikers+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB4471@googlegroups.com";\r\n\tdmarc=fail reason="SPF not aligned (relaxed), DKIM not aligned (relaxed)" header.from=trailhead.example (policy=none);\r\n\tarc=pass ("google.com:s=arc-20240605:i=1")`,
    );
    both({
      name: 'w202-box-rspamd-google-groups-p-none-author-footer',
      class: 'list-arc',
      about:
        "Genuine: a Google Groups post by a p=none author, the group's subject tag and footer breaking the author's DKIM; the reader's rspamd box writes googlegroups.com's pass, the author's body-hash failure, dmarc=fail … (policy=none) and arc=pass on Google's seal (rounds-kit.ts googleGroupsPost; rspamd's failing DMARC row form, ids 7762464338, 56094128708). Expected: unverified, never a warning.",
      args: BOX,
      eml,
      zone: { ...g.zone, ...ptr('209.85.160.63', 'mail-qt1-x83f.google.com') },
      expect: TRUST,
    });
  }

  // 22. groups.io munging a p=reject author; groups.io signs; Gmail.
  {
    const post = await alicePost(
      'main@quilters.groups.io',
      'Guild show photos',
      'Hi everyone,\r\n\r\nphotos from the guild show are in the album.\r\n\r\nAlice\r\n',
    );
    let listed = tagSubject(post, '[quilters] ');
    listed = listed.replace(
      `From: Alice Martin <alice@${AUTHOR}>`,
      `From: "Alice Martin via groups.io" <alice=${AUTHOR}@groups.io>`,
    );
    listed = appendHeaders(
      listed,
      `Reply-To: main@quilters.groups.io,alice@${AUTHOR}`,
      `Sender: main@quilters.groups.io`,
      'List-Id: <main.quilters.groups.io>',
      'Mailing-List: list main@quilters.groups.io; contact main+owner@quilters.groups.io',
      'List-Post: <mailto:main@quilters.groups.io>',
      'List-Unsubscribe: <mailto:main+unsubscribe@quilters.groups.io>',
      'Precedence: Bulk',
    );
    listed = appendBody(
      listed,
      '-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#4471): https://quilters.groups.io/g/main/message/4471\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n',
    );
    const signed = await signAll(
      listed,
      [['groups.io', 'selector']],
      ['from', 'to', 'subject', 'date', 'message-id', 'reply-to', 'sender', 'list-id'],
    );
    const relay: Relay = { helo: 'web01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
    const env = 'bounce+67034+4471+1234567+9876543@groups.io';
    both({
      name: 'w202-gmail-groups-io-munged-p-reject-author',
      class: 'list-munged',
      about:
        'Genuine: groups.io rewrites a p=reject author\'s From to "Alice Martin via groups.io" <alice=quarkfield.example@groups.io> (recalled, NOT confirmed here), tags the subject, appends its links footer and signs as groups.io; Gmail records groups.io\'s pass. Expected: authenticated.',
      args: GMAIL,
      eml: gmailDelivery(signed, {
        relay,
        envelope: env,
        results: [
          `dkim=pass header.i=@groups.io header.s=selector header.b=${bOf(signed, 'groups.io')};`,
          `spf=pass (google.com: domain of ${env} designates ${relay.ip} as permitted sender) smtp.mailfrom=${env};`,
          'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=groups.io',
        ].join('\r\n       '),
        ids: ['x202csp6pxa', 'a202si6qtb.76'],
        spf: 'pass',
      }),
      zone: {
        ...authorZone('reject'),
        ...ptr(relay.ip, relay.rdns),
        'groups.io': { TXT: ['v=spf1 ip4:66.175.222.0/24 -all'] },
        '_dmarc.groups.io': { TXT: ['v=DMARC1; p=none'] },
        ...keyZone(['selector._domainkey.groups.io']),
      },
      expect: TRUST,
    });
  }

  // 23. A GitHub notification from a project's issue tracker; Gmail.
  {
    const relay: Relay = {
      helo: 'out-28.smtp.github.com',
      rdns: 'out-28.smtp.github.com',
      ip: '192.30.252.211',
    };
    const sent = await signAll(
      submitted({
        from: 'Alice Martin <notifications@github.com>',
        to: 'quarkfield/lens <lens@noreply.github.com>',
        subject: 'Re: [quarkfield/lens] Crash on empty header block (Issue #412)',
        messageId: '<quarkfield/lens/issues/412/2611201000@github.com>',
        extraHeaders: [
          'Reply-To: quarkfield/lens <reply+AAW202ABCDEF@reply.github.com>',
          'Cc: Robin Reader <robin.reader@gmail.com>, Mention <mention@noreply.github.com>',
          'List-ID: quarkfield/lens <lens.quarkfield.github.com>',
          'List-Archive: https://github.com/quarkfield/lens',
          'List-Unsubscribe: <mailto:unsub+AAW202@reply.github.com>',
          'X-GitHub-Sender: alice-martin',
          'X-GitHub-Reason: mention',
          'Precedence: list',
        ],
        body: 'Fixed in #413, thanks for the report.\r\n\r\n--\r\nReply to this email directly or view it on GitHub:\r\nhttps://github.com/quarkfield/lens/issues/412#issuecomment-1\r\n',
      }),
      [['github.com', 'pf2023']],
    );
    emitCase(write, {
      name: 'w202-gmail-github-issue-notification-list-id',
      class: 'list-notification',
      about:
        "Genuine: a GitHub issue notification: From the commenter's name at notifications@github.com, Reply-To reply+…@reply.github.com, List-ID per repository, sent from out-28.smtp.github.com and signed d=github.com; Gmail records pass. Expected: authenticated.",
      args: GMAIL,
      eml: gmailDelivery(sent, {
        relay,
        envelope: 'noreply@github.com',
        results: [
          `dkim=pass header.i=@github.com header.s=pf2023 header.b=${bOf(sent, 'github.com')};`,
          `spf=pass (google.com: domain of noreply@github.com designates ${relay.ip} as permitted sender) smtp.mailfrom=noreply@github.com;`,
          'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com',
        ].join('\r\n       '),
        ids: ['x202csp7pxa', 'a202si7qtb.77'],
        spf: 'pass',
      }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        'github.com': { TXT: ['v=spf1 ip4:192.30.252.0/22 -all'] },
        '_dmarc.github.com': { TXT: ['v=DMARC1; p=reject'] },
        ...keyZone(['pf2023._domainkey.github.com']),
      },
      expect: TRUST,
      twin: true,
    });
  }

  // 24. A Microsoft 365 author's post to a Mailman 2 list that munges (p=reject tenant), on Gmail.
  {
    const sent = await tenantMessage({
      from: `Jonas Berg <jonas.berg@${FAB}>`,
      to: `users@${LIST_HOST}`,
      subject: 'Board meeting minutes',
      body: 'Hi all,\r\n\r\nminutes of the November board meeting are on the wiki.\r\n\r\nJonas\r\n',
      domain: FAB,
      signer: [FAB, 'selector1'],
      dkimNote: `dkim=pass header.d=${FAB}`,
    });
    let listed = tagSubject(sent, '[Users] ');
    listed = listed.replace(
      `From: Jonas Berg <jonas.berg@${FAB}>`,
      `From: Jonas Berg via Users <users@${LIST_HOST}>`,
    );
    listed = appendHeaders(
      listed,
      `Reply-To: Jonas Berg <jonas.berg@${FAB}>`,
      `X-Original-Sender: jonas.berg@${FAB}`,
      ...mailmanHeaders('users', LIST_HOST, 'Users'),
    );
    listed = appendBody(listed, mailmanFooter('users', LIST_HOST, 'Users'));
    const signed = await signAll(
      listed,
      [[LIST_HOST, 's1']],
      ['from', 'to', 'subject', 'date', 'message-id', 'reply-to', 'list-id'],
    );
    const env = `users-bounces+robin.reader=gmail.com@${LIST_HOST}`;
    both({
      name: 'w202-gmail-mailman2-munged-m365-author-p-reject',
      class: 'list-munged',
      about:
        "Genuine: a Microsoft 365 tenant's (p=reject) post to a Mailman 2.1 list with dmarc_moderation_action Munge From: From \"Jonas Berg via Users\" <users@…>, the author in Reply-To, the tenant's selector1 and Microsoft's outbound seal left broken underneath by the prefix and footer, the list host's own signature on top. Gmail records the list host's pass. Expected: authenticated or unverified.",
      args: GMAIL,
      eml: gmailDelivery(signed, {
        relay: LIST_RELAY,
        envelope: env,
        results: [
          `dkim=pass header.i=@${LIST_HOST} header.s=s1 header.b=${bOf(signed, LIST_HOST)};`,
          `dkim=fail header.i=@${FAB} header.s=selector1 header.b=${bOf(signed, FAB)};`,
          'arc=fail (body hash mismatch);',
          `spf=pass (google.com: domain of ${env} designates ${LIST_IP} as permitted sender) smtp.mailfrom=${env};`,
          `dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${LIST_HOST}`,
        ].join('\r\n       '),
        ids: ['x202csp8pxa', 'a202si8qtb.78'],
        spf: 'pass',
      }),
      zone: { ...LIST_ZONE, ...M365_ZONE },
      expect: TRUST,
    });
  }
}

// ---- Pending (10). Worst first. ----
//
// B. w202-box-rspamd-vger-21vianet-tenant-unsigned-arc-cv-fail-quarantine (online): a genuine
// vger post from a 21Vianet tenant that never signs, p=quarantine, reads SPOOFED.
// Read now: spoofed (dmarc-fail high; forged-auth-results medium, the row's arc=reject, see A).
// With A fixed (checked by hand: the same message with `arc=fail`): still spoofed on dmarc-fail
// alone, since nothing excuses it (lib/findings/verdict.ts excuseFor: no arc-forwarded, no
// list-modified, subspace.kernel.org not a listed sealer, and its newest set says cv=fail).
// Should read: unverified. The only honest witness is subspace.kernel.org's own i=2 record
// (`dmarc=pass (p=quarantine …) header.from=…; spf=pass smtp.mailfrom=<author domain>`), written at
// its entry from CHN02-SH0-obe…partner.outlook.cn; the chain below it (Microsoft's i=1) is what
// broke, not subspace's own seal.
// At fault: lib/findings/arc.ts TRUSTED_ARC_SEALERS (no kernel.org sealer) and the trusted-forwarder
// path that reads a record only from an intact chain (forwardersOf/sealerRecord; brokenChainRecorder
// reads a cv=fail newest set of a listed sealer only for a failure).
// Smallest fix: list `subspace.kernel.org` (exact d=, as the list's other names are) and let
// brokenChainRecorder's newest set of a LISTED sealer also excuse (as 'forwarder-unknown' at most:
// suspicious, never spoofed) when its own ARC-Seal and ARC-Message-Signature verify and its record
// names the From domain's pass; better, unverified when the delivering hop is forward-confirmed under
// the sealer's organisation (lore's *.lore.kernel.org, providers-esp.ts 'kernel.org lists').
// Could hurt: a spoof posted to vger is recorded dmarc=fail by subspace (it records honestly), so it
// stays spoofed; an attacker sealing as a look-alike gains nothing (exact d=). The cost is trusting
// kernel.org's ARC records at all, which the ARC community list does not do.
//
// A. w202-box-rspamd-vger-m365-tenant-selector2-arc-cv-fail (online): a Microsoft 365 tenant's
// signed patch review (its own DKIM and DMARC pass, p=reject) reads suspicious.
// Read now: suspicious, forged-auth-results medium on the box's own rspamd row.
// Should read: authenticated (it does, checked by hand, once the row says `arc=fail`).
// At fault: lib/findings/auth-claims.ts NO_PASS lacks `reject`, rspamd's word for a failed chain
// (`arc=reject ("cv is fail on i=2")`, lfdr.de captures 67655008958, 56892740153, 67606335553), so
// milterRowGrade counts it as a pass HeaderLens did not find (unconfirmed → medium, "fake"); and
// claimsAgree's `arc` case compares `reject` with our `fail` literally.
// Smallest fix: add 'reject' to NO_PASS; in claimsAgree read arc=reject as agreeing with fail.
// Could hurt: nothing: a row claiming arc=reject claims no pass, so a forger gains nothing by it.
//
// C. w202-box-rspamd-vger-unsigned-linux-host-spf-aligned-p-reject (online): a p=reject firm's
// unsigned patch from its own Linux host (SPF aligned relaxed at subspace) reads suspicious.
// Read now: suspicious (dmarc-fail high excused as 'forwarder-unknown' by arc-untrusted-sealer
// medium: "subspace.kernel.org … recorded a dmarc pass").
// Should read: unverified, as a trusted forwarder's record does (capture 56773197135: microsoft.com
// patches from linux.microsoft.com arrive exactly so).
// At fault: lib/findings/arc.ts TRUSTED_ARC_SEALERS has no `subspace.kernel.org`.
// Smallest fix: list `subspace.kernel.org` (exact d=), or treat a seal as a known list host's when
// its sealer's organisation is the delivering hop's forward-confirmed one and that hop is a known
// list service (hop.esp 'kernel.org lists', lib/relay/providers-esp.ts).
// Could hurt: posts to any vger list get subspace's record believed; a spoof is recorded as a fail.
//
// D. Offline, the four vger posts on the rspamd box: w202-box-rspamd-vger-signed-p-none-policy-none-
// comment-offline, w202-box-rspamd-vger-m365-tenant-selector2-arc-cv-fail-offline, w202-box-rspamd-
// vger-unsigned-linux-host-spf-aligned-p-reject-offline, w202-box-rspamd-vger-21vianet-tenant-
// unsigned-arc-cv-fail-quarantine-offline.
// Read now: suspicious (hosted-server-relay medium: lore on Linode AS63949; forged-auth-results low;
// "no results from your provider were found").
// Should read: unverified at least (authenticated for the signed p=none control, which reads
// authenticated online).
// At fault: lib/auth/authresults.ts parseAuthResults marks the box's row `underOwnEntry` (forged,
// never counted), because Postfix puts a milter's header BELOW its own Received line — the real
// layout of every capture cited above (mail.lfdr.de: `Received: from tor.lore.kernel.org … by
// mail.lfdr.de (Postfix) … id 295B069D659` then `Authentication-Results: mail.lfdr.de; …`); then
// lib/findings/hosted-server.ts has no list-host answer for lore offline (LIST_HOSTS lacks kernel.org;
// 'kernel.org lists' needs the forward-confirmed name online).
// Smallest fix: in authresults.ts, count a reader-id row under the entry as the box's own when it is
// the only one there and the header block's rspamd trailer names the entry line's Postfix queue id
// (`X-Rspamd-Queue-Id: 4W202A1004` = `… (Postfix) with ESMTPS id 4W202A1004`): the queue id is
// assigned on receipt, so no sender can write it in advance; then offline read lore by the box's SPF
// pass for the vger envelope at lore's address (as offlineListServer does for LIST_HOSTS' SPF).
// Could hurt: a sender who writes a row under the box's name AND guesses the queue id (not
// feasible); a box without rspamd keeps today's reading. realworld201's boxDelivery writes the rows
// ABOVE the entry line, which these captures do not show: worth a second look by the lead.
//
// E. w202-outlook-listserv-unchanged-signed-post (and -no-options): LISTSERV's reply-to-list
// (Reply-To and Sender the list, envelope owner-ASTRO-L@ the list host, SPF pass for it) on an
// unchanged signed post reads suspicious in Outlook.
// Read now: suspicious (reply-to-other-org medium: "No signature of quarkfield.example covers the
// Reply-To field").
// Should read: authenticated (a list's own Reply-To, which LISTSERV's Reply-To= list option writes).
// At fault: lib/findings/reply-to.ts replyElsewhere: `listsOwn` needs `unsigned === 'restored'` (the
// author's signature verifying only once list changes are undone); an unchanged post's signature
// verifies as it is, so a Reply-To at the list host (toListHost holds: List-Id-less LISTSERV
// evidence, envelope and SPF at the host) is never the list's.
// Smallest fix: also accept, for toListHost only, a post whose aligned signature verifies unchanged
// when the list evidence is LISTSERV's own (Sender = the list, owner- envelope) and the Reply-To's
// display name is the list's (not posing as the From).
// Could hurt: a replay of the bank's signed notice (Reply-To unsigned) dressed as a list of the
// attacker's own domain (red-team round 21's LIST_DRESS): his envelope passes SPF for his host, so
// the Reply-To to his host would go quiet. Keep `restored` unless a list-only evidence (List-Archive
// at the host's wa.exe) is required too; a design call for the lead.
//
// F. w202-box-amavis-sharepoint-sharing-notification-reply-to-colleague-offline: SharePoint's
// sharing notice with the sharer as Reply-To, on an amavisd-new box (DKIM rows only, no DMARC).
// Read now: suspicious offline (reply-to-other-org medium); authenticated online.
// Should read: authenticated or unverified, as online.
// At fault: lib/findings/reply-to.ts replyElsewhere: `onBehalf` needs `a.dmarc.result === 'pass'`,
// which offline comes only from a provider's dmarc= row; amavisd-new writes none.
// Smallest fix: offline, let a trusted row's aligned DKIM pass for the From's own domain (header.d
// = sharepointonline.com) stand for the DMARC pass onBehalf asks (RFC 7489 §4.2: aligned DKIM pass
// is a DMARC pass where a record exists; the offline reading cannot see the record, so only where
// the domain is a known brand's).
// Could hurt: a p=none brand's look-alike cannot hold the brand's aligned DKIM pass; none seen.
// Lead, 2026-12-07: fixed 2 (auth-claims.ts: rspamd's `arc=reject` claims no pass and agrees with
// our failed chain) and 3 (arc.ts TRUSTED_ARC_SEALERS: subspace.kernel.org, by its exact name).
// Lead, 2026-12-07 (later): fixed 1: a chain whose newest set says cv=fail now has that set's own
// seal and ARC-Message-Signature checked (lib/auth/mailauth.ts failedNewestSet, lib/auth/arc.ts
// sealedFail, ArcCheck.sealedFail); a listed sealer's verified set is read as a forwarder's record
// (lib/findings/arc.ts forwardersOf): unverified.
// Lead, 2026-12-07 (later still): 6 (the SharePoint notice on amavisd-new offline) reads unverified
// since reply-to.ts onBehalf takes an aligned pass where no DMARC row is read (real-mail round 205).
// Left pending before that: 1 (a broken chain's newest set by a trusted sealer is not read: the unsigned tenant's
// post reads spoofed, the worst left), 4 (Postfix milter rows under the entry line, never counted
// offline), 5 (LISTSERV's Reply-To on an unchanged post, a design call) and 6 (amavisd-new writes no
// DMARC row for the SharePoint notice).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w202-box-rspamd-vger-signed-p-none-policy-none-comment-offline',
  'w202-box-rspamd-vger-m365-tenant-selector2-arc-cv-fail-offline',
  'w202-box-rspamd-vger-unsigned-linux-host-spf-aligned-p-reject-offline',
  'w202-box-rspamd-vger-21vianet-tenant-unsigned-arc-cv-fail-quarantine-offline',
  'w202-outlook-listserv-unchanged-signed-post',
  'w202-outlook-listserv-unchanged-signed-post-no-options',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
