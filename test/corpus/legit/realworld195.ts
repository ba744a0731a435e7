// Real-world delivery shapes, hundred-and-ninety-fifth round: Google Workspace and Gmail as the
// sending side, read in Gmail, Outlook, Yahoo and a Postfix box, online and offline. Modelled:
// (A) a firm's own on-premises Postfix relaying over IPv6 through Workspace's SMTP relay service
// (smtp-relay.gmail.com), Google signing with the firm's own key while the firm's SPF record does not
// list Google (the receiver's SPF fails, DMARC passes by DKIM); (B) a Workspace user's mail looping
// through a cloud DLP service and back into smtp-relay.gmail.com (`X-CFilter-Loop: Reflected`), with
// Google's own i=1 seal (`arc=none`) written at the first pass; (C) a small office's device on an ISP
// line relaying through smtp-relay with only Google's default `d=<label>.20230601.gappssmtp.com`
// signature (DMARC passes by SPF through `include:_spf.google.com`); (D) Gmail's "send mail as"
// another domain, through that domain's own SMTP server (Gmail is the authenticated client) and
// through Gmail's own servers (only d=gmail.com, the alias domain at p=none); (E) Google Meet's
// recording notice from meet-recordings-noreply@google.com; (F) a Google Groups for Business
// collaborative inbox on the shop's own Workspace domain rewriting a Yahoo customer's From ("'Name'
// via Support"), signed with the shop's key and sealed i=1 by google.com; (G) a large brand's own
// staff writing from its Workspace (x.com, twitter.com: d=<brand> s=google), signing as the brand.
// Where the layouts were learnt:
// - smtp-relay.gmail.com: `Received: from c7-smtp-2023.dev.purestorage.com ([2620:125:9017:…])
//   by smtp-relay.gmail.com with ESMTPS id … (version=TLS1_3 …)`, `X-Relaying-Domain: purestorage.com`
//   right below it, the on-premises Postfix lines below that, `DKIM-Signature: … d=purestorage.com;
//   s=google2022` and `Received: by mail-dl1-f98.google.com with SMTP id …` on top, the receiver's
//   `spf=fail smtp.mailfrom=purestorage.com` beside `dmarc=pass` (find_string "by smtp-relay.gmail.com
//   with": public kernel-list raw copies, ids 66895538916, 17574356856, 47263801041); an office on a
//   consumer line, `from ryac.ausil.us (207-179-239-100.mtco.net. [207.179.239.100]) by
//   smtp-relay.gmail.com` (find_string "X-Relaying-Domain: ", id 67566802401).
// - The DLP loop: `Received: from smtp-us-east1-p01-i01-si01.dlp.protect.broadcom.com
//   (address-144-49-247-118.dlp.protect.broadcom.com. [144.49.247.118]) by smtp-relay.gmail.com`,
//   `X-Relaying-Domain: broadcom.com`, `X-CFilter-Loop: Reflected`, `Received: by
//   mail-pg1-f199.google.com with SMTP id …`, then Google's `ARC-Seal: i=1 … d=google.com;
//   s=arc-20240605` with `ARC-Authentication-Results: i=1; mx.google.com; arc=none` above the
//   sender's `DKIM-Signature: d=broadcom.com; s=google`; out from mail-pg1-f226.google.com
//   [209.85.215.226] (read_file id 7254480546; also 646686381, 8423641056).
// - Google's default signature for a Workspace domain without its own DKIM (`d=<domain with dots as
//   hyphens>.20230601.gappssmtp.com`) and Gmail's, Yahoo's, EOP's and the box's delivery headers:
//   receivers.ts, realworld36.ts, realworld62.ts, realworld130.ts.
// - Google Meet's sender address: find_string "meet-recordings-noreply@google.com" (mail filters and
//   Gmail queries in public repositories, ids 12973847553, 20389252416); Google's notification
//   envelopes under `<service>.bounces.google.com` and the google.com signature's header list:
//   a Google Calendar copy on qemu-devel (read_file id 35140929227,
//   `envelope-from=3xwcz…@calendar-server.bounces.google.com`, `d=google.com; s=20230601`).
// - A brand's staff on Workspace: `DKIM-Signature: … d=x.com; s=google`, `Received: by
//   mail-ej1-f48.google.com with SMTP id …`, the receiver's `dmarc=pass (p=reject …) header.from=x.com;
//   spf=pass smtp.mailfrom=x.com` (find_string "d=x.com; s=": kernel-list raw copies, ids 47632297700,
//   47805808056) and twitter.com's `d=twitter.com; s=google` (find_string "d=twitter.com; s=", ids
//   27585159141, 9770839760).
// - Google Groups on a Workspace domain: the `'Name' via Group` From, Reply-To the author,
//   X-Original-From/-Sender, the `+bncB…@<domain>` envelope and google.com's i=1 seal of the
//   author's passes: rounds-kit.ts googleGroupsPost, lists.ts, realworld28.ts.
// NOT confirmed: x.com's and twitter.com's exact SPF records (written as include:_spf.google.com);
// the Groups fields X-Original-Authentication-Results and X-Google-Group-Id (recalled);
// the envelope label of Meet's notices (`meet-recordings.bounces.google.com` is a
// guess after calendar-server's); whether a customer of Broadcom's DLP cloud is relayed by the same
// `*.dlp.protect.broadcom.com` hosts as Broadcom's own staff (only Broadcom's own copies were seen);
// the exact headers Gmail writes when it submits "send mail as" to another domain's SMTP server
// (the `Authenticated sender:` line is Postfix's own form for an authenticated client).
// Names and addresses are documentation ones except Google's, Broadcom's, Yahoo's, X's and the
// readers' own hosts and ranges.
// Tally when written (2026-12-07 13:4x, at 41a73120): 42 cases, all read as expected, none pending.
// 36 read authenticated; 6 unverified: the Gmail "send mail as" through Gmail's own servers (3: only
// d=gmail.com signs, the alias domain's DMARC at p=none fails, as it should read), and three Outlook
// offline readings (DLP loop, Meet notice, X staff) where EOP's id-less header is not counted as the
// provider's verdict offline (the standing reading, as w186-outlook-workspace-own-google-key-offline).
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { sealAs } from '../gateway-layouts';
import { emitCase, GMAIL_OUT, KEY, legitCorpus, ptr, RECEIVER, type Relay, SIGNED, signAll } from '../kit';
import { keyZone } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery, yahooDelivery } from '../receivers';

const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const GMAIL_ARGS = ['--webmail', 'gmail'];
const OUTLOOK_ARGS = ['--webmail', 'outlook'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];

/** Genuine mail a user should trust. */
const TRUST: CaseExpectation = { verdict: ['authenticated', 'unverified'] };
/** Genuine mail signed by the From's own domain (or Google for its own notices): a careful analyst reads it as the sender's. */
const SIGNED_OK: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['suspicious'] };

// ---- Google's outbound hosts ----
/** Workspace's outbound host for smtp-relay mail to another provider (the DLP copies' last hop). */
const G_OUT: Relay = {
  helo: 'mail-pg1-f226.google.com',
  rdns: 'mail-pg1-f226.google.com',
  ip: '209.85.215.226',
};
const G_OUT2: Relay = {
  helo: 'mail-qk1-f200.google.com',
  rdns: 'mail-qk1-f200.google.com',
  ip: '209.85.222.200',
};
/** The DLP service's host that hands the reflected copy back to smtp-relay.gmail.com. */
const DLP = {
  helo: 'smtp-us-east1-p01-i01-si01.dlp.protect.broadcom.com',
  rdns: 'address-144-49-247-118.dlp.protect.broadcom.com',
  ip: '144.49.247.118',
};

const GOOGLE_ZONE: Record<string, unknown> = {
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all'] },
  'google.com': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  '_dmarc.google.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:mailauth-reports@google.com'] },
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
  ...ptr(G_OUT.ip, G_OUT.rdns),
  ...ptr(G_OUT2.ip, G_OUT2.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(DLP.ip, DLP.rdns),
  ...keyZone([
    'arc-20240605._domainkey.google.com',
    '20230601._domainkey.google.com',
    '20230601._domainkey.gmail.com',
  ]),
};

const boxDelivery = (raw: string, relay: Relay, env: string, ar: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <${env}>`,
    `Authentication-Results: ${RECEIVER}; ${ar}`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );

const eopAr = (
  ip: string,
  mailfrom: string,
  spf: string,
  dkim: string,
  from: string,
  dmarc: string,
  compauth: string,
) =>
  `spf=${spf} (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=${dkim};dmarc=${dmarc} action=none\r\n header.from=${from};compauth=${compauth}`;
const eopSpf = (ip: string, helo: string, mailfrom: string, pass: boolean) =>
  pass
    ? `Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${helo}; pr=C`
    : `Fail (protection.outlook.com: domain of ${mailfrom} does not designate\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${helo};`;

// ---- A. On-premises Postfix over IPv6 through smtp-relay.gmail.com, Google signs as the firm ----
const STOR = 'quarrystone-storage.example';
const STOR_MTA = { host: 'c7-smtp-01.dev.quarrystone-storage.example', ip: '2001:db8:9017:12::5' };
const STOR_ENV = `mkl@${STOR}`;
const STOR_ZONE = {
  ...GOOGLE_ZONE,
  [STOR]: { TXT: ['v=spf1 ip4:203.0.113.64/27 ip6:2001:db8:9017::/48 -all'] },
  [`_dmarc.${STOR}`]: { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@quarrystone-storage.example'] },
  [`google._domainkey.${STOR}`]: KEY(),
};

async function storageRelayMail(to: string): Promise<string> {
  const raw = submitted({
    from: `Mara Kellgren <${STOR_ENV}>`,
    to,
    subject: '[PATCH v2 3/6] block: use the interval helper in the remap path',
    date: 'Fri, 20 Nov 2026 02:59:58 -0700',
    messageId: `<20261120095958.2048150-4-${STOR_ENV}>`,
    extraHeaders: ['X-Mailer: git-send-email 2.45.2'],
    body: 'Use the interval helper to convert the request position, reducing duplicated shifts.\r\n\r\nSigned-off-by: Mara Kellgren <mkl@quarrystone-storage.example>\r\n---\r\n block/remap.c | 2 +-\r\n 1 file changed, 1 insertion(+), 1 deletion(-)\r\n',
  });
  const relayed = onTop(
    raw,
    `Received: from ${STOR_MTA.host} ([${STOR_MTA.ip}])\r\n        by smtp-relay.gmail.com with ESMTPS id 5a478bee46e88-2de8ea899b9sm195eec.18.2026.11.20.01.59.59\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:59:59 -0800 (PST)`,
    `X-Relaying-Domain: ${STOR}`,
    `Received: from dev-mkl.dev.${STOR} (dev-mkl.dev.${STOR} [10.112.29.101])\r\n\tby ${STOR_MTA.host} (Postfix) with ESMTP id 49AC33405AE;\r\n\tFri, 20 Nov 2026 02:59:58 -0700 (MST)`,
  );
  const signed = await signAll(relayed, [[STOR, 'google']]);
  return onTop(
    signed,
    `Received: by ${G_OUT.helo} with SMTP id a92af1059eb24-124a7216c9cso195305c88.0\r\n        for <${to.replace(/.*</, '').replace('>', '')}>; Fri, 20 Nov 2026 02:00:00 -0800 (PST)`,
  );
}

// ---- B. A Workspace user's mail reflected through a cloud DLP service into smtp-relay ----
const CHIP = 'halvardchips.example';
const CHIP_ENV = `tove.lindahl@${CHIP}`;
const CHIP_ZONE = {
  ...GOOGLE_ZONE,
  [CHIP]: { TXT: ['v=spf1 include:_spf.google.com -all'] },
  [`_dmarc.${CHIP}`]: { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@halvardchips.example'] },
  [`google._domainkey.${CHIP}`]: KEY(),
};

async function dlpLoopMail(to: string): Promise<string> {
  const raw = submitted({
    from: `Tove Lindahl <${CHIP_ENV}>`,
    to,
    subject: 'Re: RMA 88412 - replacement boards shipped',
    date: 'Fri, 20 Nov 2026 15:29:42 +0530',
    messageId: '<CAMet4B7TyRZR195w8Z_Fw@mail.gmail.com>',
    body: 'Hi Robin,\r\n\r\nthe two replacement boards for RMA 88412 left our Penang warehouse this morning; tracking follows from the carrier.\r\n\r\nRegards,\r\nTove\r\n',
  });
  const signed = await signAll(raw, [[CHIP, 'google']]);
  // Google seals what it received from its own user (nothing to check: arc=none), then routes the
  // message to the tenant's DLP service, which hands it back to smtp-relay.gmail.com.
  const sealed = await sealAs(signed, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: 'mx.google.com; arc=none',
  });
  return onTop(
    sealed,
    `Received: by ${G_OUT.helo} with SMTP id 41be03b00d2f7-c5e051a47ddso195203a12.1\r\n        for <${to.replace(/.*</, '').replace('>', '')}>; Fri, 20 Nov 2026 01:59:58 -0800 (PST)`,
    `Received: from ${DLP.helo} (${DLP.rdns}. [${DLP.ip}])\r\n        by smtp-relay.gmail.com with ESMTPS id 41be03b00d2f7-c5edf2f6ae3sm195204a12.11.2026.11.20.01.59.57\r\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\r\n        Fri, 20 Nov 2026 01:59:57 -0800 (PST)`,
    `X-Relaying-Domain: ${CHIP}`,
    'X-CFilter-Loop: Reflected',
    'Received: by mail-pg1-f199.google.com with SMTP id 41be03b00d2f7-b609c0f6522so195199a12.3;\r\n        Fri, 20 Nov 2026 01:59:55 -0800 (PST)',
  );
}

// ---- C. A small office's scanner on an ISP line through smtp-relay, default gappssmtp signature ----
const QP = 'quillonprint.example';
const QP_GAPPS = 'quillonprint-example.20230601.gappssmtp.com';
const QP_ENV = `scanner@${QP}`;
const QP_OFFICE = { rdns: '203-0-113-140.dsl.isp-line.example', ip: '203.0.113.140' };
const QP_ZONE = {
  ...GOOGLE_ZONE,
  [QP]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`_dmarc.${QP}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`20230601._domainkey.${QP_GAPPS}`]: KEY(),
};

async function scannerMail(to: string): Promise<string> {
  const raw = submitted({
    from: `"Scan to Email" <${QP_ENV}>`,
    to,
    subject: 'Scanned document from MFP-2F (4 pages)',
    messageId: '<MFP2F.20261120095958.0004@quillonprint.example>',
    body: 'Scanned document attached: delivery dockets for the Albany Road job, 4 pages, 300 dpi.\r\n\r\nDevice: MFP-2F, 2nd floor print room\r\n',
  });
  const relayed = onTop(
    raw,
    `Received: from MFP-2F (${QP_OFFICE.rdns}. [${QP_OFFICE.ip}])\r\n        by smtp-relay.gmail.com with ESMTPS id 586e51a60fabf-423ddd32ab3sm195086fac.16.2026.11.20.01.59.58\r\n        (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);\r\n        Fri, 20 Nov 2026 01:59:58 -0800 (PST)`,
    `X-Relaying-Domain: ${QP}`,
  );
  const signed = await signCorpus(relayed, { domain: QP_GAPPS, selector: '20230601', headerList: SIGNED });
  return onTop(
    signed,
    `Received: by ${G_OUT2.helo} with SMTP id af79cd13be357-8b52a20367fso195595085a.1\r\n        for <${to.replace(/.*</, '').replace('>', '')}>; Fri, 20 Nov 2026 01:59:59 -0800 (PST)`,
  );
}

// ---- D. Gmail "send mail as" another domain ----
const LIN = 'lindenstudio.example';
const LIN_HOST: Relay = {
  helo: 'smtp.lindenhost.example',
  rdns: 'smtp.lindenhost.example',
  ip: '198.51.100.25',
};
const LIN_ENV = `ana@${LIN}`;
const LIN_ZONE = {
  ...GOOGLE_ZONE,
  ...ptr(LIN_HOST.ip, LIN_HOST.rdns),
  [LIN]: { TXT: [`v=spf1 ip4:${LIN_HOST.ip} -all`] },
  [`_dmarc.${LIN}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`s1._domainkey.${LIN}`]: KEY(),
};
/** The alias domain that never set up its own server: Gmail sends for it; p=none. */
const FERN = 'fernhollow.example';
const FERN_GMAIL = 'fernhollow.pottery@gmail.com';
const FERN_ZONE = {
  ...GOOGLE_ZONE,
  [FERN]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`_dmarc.${FERN}`]: { TXT: ['v=DMARC1; p=none'] },
};

/** Gmail, as the SMTP client of the alias domain's own server (SMTP AUTH), then that server's signature. */
async function sendAsOwnSmtp(to: string): Promise<string> {
  const raw = submitted({
    from: `Ana Lind <${LIN_ENV}>`,
    to,
    subject: 'Moodboard for the spring shoot',
    messageId: '<CAH195ana+Q7x0v2mZk@mail.gmail.com>',
    body: 'Hi Robin,\r\n\r\nhere is the moodboard for the spring shoot; I kept the palette muted as we discussed.\r\n\r\nAna\r\nLinden Studio\r\n',
  });
  const viaHost = onTop(
    raw,
    `Received: from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])\r\n\t(Authenticated sender: ${LIN_ENV})\r\n\tby ${LIN_HOST.helo} (Postfix) with ESMTPSA id 4Zw195d1Qz2b\r\n\tfor <${to.replace(/.*</, '').replace('>', '')}>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)`,
  );
  return signAll(viaHost, [[LIN, 's1']]);
}

/** Gmail's own servers sending for the alias (the default "send mail as"): d=gmail.com only. */
async function sendAsViaGmail(to: string): Promise<string> {
  const raw = submitted({
    from: `Fern Hollow Pottery <orders@${FERN}>`,
    to,
    subject: 'Your order 1183 is fired and glazed',
    messageId: '<CAJ195fern+x1Lq0@mail.gmail.com>',
    body: 'Hello,\r\n\r\nyour two serving bowls are out of the kiln and glazed; they ship on Monday.\r\n\r\nFern Hollow Pottery\r\n',
  });
  return signCorpus(raw, { domain: 'gmail.com', selector: '20230601', headerList: SIGNED });
}

// ---- E. Google Meet's recording notice ----
const MEET_ENV = '3Qx9hZwsKCnIQbUn.RUddUUbYdQhe.ehWgUck-TUlUbdedWdk.ehW@meet-recordings.bounces.google.com';
const MEET_ZONE = {
  ...GOOGLE_ZONE,
  'meet-recordings.bounces.google.com': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
};
async function meetNotice(to: string): Promise<string> {
  const raw = submitted({
    from: '"Google Meet" <meet-recordings-noreply@google.com>',
    to,
    subject: 'Notes from "Supplier review" and the recording are ready',
    messageId: '<meet-195a7c3e-2b1f-4c9d-8e6a-195195195195@google.com>',
    extraHeaders: [
      'Auto-Submitted: auto-generated',
      'Reply-To: Google Meet <meet-recordings-noreply@google.com>',
    ],
    body: 'The recording and transcript of "Supplier review" (20 Nov 2026, 09:00) are saved in the organiser\'s Drive.\r\n\r\nOpen recording: https://drive.google.com/file/d/1w195ExampleRecording/view\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA\r\n',
  });
  return signCorpus(raw, { domain: 'google.com', selector: '20230601', headerList: SIGNED });
}

// ---- F. A Google Groups for Business collaborative inbox rewriting a Yahoo customer's From ----
const DESK = 'ostrava-bikes.example';
const DESK_GROUP = `support@${DESK}`;
const DESK_ENV = `support+bncBDL3ZMA5BYIFBB195AAAAGQEAB4195@${DESK}`;
const CUSTOMER = 'ines.moreau@yahoo.com';
const GROUP_OUT: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
const DESK_ZONE = {
  ...GOOGLE_ZONE,
  ...ptr(GROUP_OUT.ip, GROUP_OUT.rdns),
  [DESK]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`_dmarc.${DESK}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`google._domainkey.${DESK}`]: KEY(),
  'yahoo.com': { TXT: ['v=spf1 redirect=_spf.mail.yahoo.com'] },
  '_spf.mail.yahoo.com': { TXT: ['v=spf1 ip4:74.6.0.0/16 ip4:98.136.0.0/16 ~all'] },
  '_dmarc.yahoo.com': { TXT: ['v=DMARC1; p=reject; pct=100; rua=mailto:d@rua.agari.com'] },
  's2048._domainkey.yahoo.com': KEY(),
};

/** The customer's Yahoo mail to the shop's collaborative inbox, as the group hands it to its members. */
async function collaborativeInboxPost(): Promise<string> {
  const original = await signAll(
    submitted({
      from: `Ines Moreau <${CUSTOMER}>`,
      to: DESK_GROUP,
      subject: 'Warranty claim: cracked rear hub, order OB-30417',
      date: 'Fri, 20 Nov 2026 09:58:40 +0000',
      messageId: '<1195832402.4471195.1763632720@mail.yahoo.com>',
      extraHeaders: ['X-Mailer: WebService/1.1.24562 YMailNorrin'],
      body: 'Hello,\r\n\r\nthe rear hub of the bike from order OB-30417 cracked after three weeks; photos attached to the warranty form.\r\n\r\nInes Moreau\r\n',
    }),
    [['yahoo.com', 's2048']],
  );
  // Groups rewrites the From of an author whose domain publishes p=reject, keeps her as Reply-To.
  const rewritten = appendHeaders(
    original.replace(`From: Ines Moreau <${CUSTOMER}>`, `From: 'Ines Moreau' via Support <${DESK_GROUP}>`),
    `Reply-To: Ines Moreau <${CUSTOMER}>`,
    `X-Original-From: Ines Moreau <${CUSTOMER}>`,
    `X-Original-Sender: ${CUSTOMER}`,
    'X-Original-Authentication-Results: mx.google.com;       dkim=pass header.i=@yahoo.com header.s=s2048;       spf=pass (google.com: domain of ines.moreau@yahoo.com designates 74.6.132.40 as permitted sender) smtp.mailfrom=ines.moreau@yahoo.com;       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=yahoo.com',
    'Precedence: list',
    `Mailing-list: list ${DESK_GROUP}; contact support+owners@${DESK}`,
    `List-ID: <support.${DESK}>`,
    `X-Google-Group-Id: 841195047751`,
  );
  const signed = await signAll(rewritten, [[DESK, 'google']]);
  return sealAs(signed, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults:
      'mx.google.com;\r\n       dkim=pass header.i=@yahoo.com header.s=s2048;\r\n       spf=pass (google.com: domain of ines.moreau@yahoo.com designates 74.6.132.40 as permitted sender) smtp.mailfrom=ines.moreau@yahoo.com;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=yahoo.com',
  });
}

// ---- G. A large brand's own staff on Workspace: x.com (and twitter.com before it), d=<brand> s=google ----
const X_STAFF = 'dwhitfield@x.com';
const X_ZONE = {
  ...GOOGLE_ZONE,
  'x.com': { TXT: ['v=spf1 include:_spf.google.com -all'] },
  '_dmarc.x.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@x.com'] },
  'google._domainkey.x.com': KEY(),
};
const TW_STAFF = 'kparr@twitter.com';
const TW_ZONE = {
  ...GOOGLE_ZONE,
  'twitter.com': { TXT: ['v=spf1 include:_spf.google.com -all'] },
  '_dmarc.twitter.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@twitter.com'] },
  'google._domainkey.twitter.com': KEY(),
};

/** A brand employee's reply from Gmail's web client in the brand's own Workspace. */
const staffReply = (from: string, domain: string, to: string, subject: string, body: string) =>
  signAll(
    submitted({
      from,
      to,
      subject,
      messageId: `<CAK${subject.length}w195staff+Zq0@mail.gmail.com>`,
      extraHeaders: ['Content-Transfer-Encoding: quoted-printable'],
      body,
    }),
    [[domain, 'google']],
  );

export async function makeAll(write: CaseWriter): Promise<void> {
  const both = (c: Parameters<typeof emitCase>[1]) => {
    emitCase(write, c);
    const { zone: _z, twin: _t, ...offline } = c;
    emitCase(write, { ...offline, name: `${c.name}-offline` });
  };

  // ---- A. smtp-relay over IPv6, Google signs d=firm, the firm's SPF lacks Google ----
  {
    const to = 'Robin Reader <robin.reader@gmail.com>';
    const eml = gmailDelivery(await storageRelayMail(to), {
      relay: GMAIL_OUT,
      envelope: STOR_ENV,
      results: [
        `dkim=pass header.i=@${STOR} header.s=google header.b=Q29ycHVz;`,
        `spf=fail (google.com: domain of ${STOR_ENV} does not designate ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom=${STOR_ENV};`,
        `dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${STOR}`,
      ].join('\r\n       '),
      ids: ['x195csp1pxa', 'a195si1qtb.195'],
      spf: 'fail',
      deliveredTo: true,
    });
    both({
      name: 'w195-gmail-workspace-smtp-relay-ipv6-onprem-own-key-spf-fail',
      class: 'google-workspace',
      about: `Genuine: a storage firm's developers send through their own on-premises Postfix (${STOR_MTA.ip}), which relays through Workspace's SMTP relay service (smtp-relay.gmail.com, X-Relaying-Domain: ${STOR}); Google signs d=${STOR} s=google, but the firm's SPF record lists only its own ranges, so Gmail's SPF check fails while DMARC passes by the aligned DKIM signature (the purestorage.com copies' shape). Wanted: authenticated; never suspicious.`,
      args: GMAIL_ARGS,
      eml,
      zone: STOR_ZONE,
      twin: true,
      expect: SIGNED_OK,
    });
  }
  {
    const to = 'Robin Reader <robin@contoso-partner.example>';
    const eml = eopDelivery(await storageRelayMail(to), {
      ip: G_OUT.ip,
      helo: G_OUT.helo,
      ar: eopAr(
        G_OUT.ip,
        STOR,
        'fail',
        `pass (signature was verified)\r\n header.d=${STOR}`,
        STOR,
        'pass',
        'pass reason=100',
      ),
      spf: eopSpf(G_OUT.ip, G_OUT.helo, STOR, false),
      returnPath: STOR_ENV,
    });
    emitCase(write, {
      name: 'w195-outlook-workspace-smtp-relay-ipv6-onprem-own-key-spf-fail',
      class: 'google-workspace',
      about: `Genuine: the same relayed patch mail read in Exchange Online: EOP records spf=fail for ${STOR} at ${G_OUT.ip}, dkim=pass header.d=${STOR}, dmarc=pass compauth=pass reason=100. Wanted: authenticated; never suspicious.`,
      args: OUTLOOK_ARGS,
      eml,
      zone: STOR_ZONE,
      expect: SIGNED_OK,
    });
  }
  {
    const to = 'Robin Reader <robin@reader.example>';
    const eml = boxDelivery(
      await storageRelayMail(to),
      G_OUT,
      STOR_ENV,
      `dkim=pass (2048-bit key) header.d=${STOR} header.i=@${STOR} header.s=google; spf=fail smtp.mailfrom=${STOR}; dmarc=pass (p=quarantine dis=none) header.from=${STOR}`,
      '4Zw195a3',
    );
    both({
      name: 'w195-box-workspace-smtp-relay-ipv6-onprem-own-key-spf-fail',
      class: 'google-workspace',
      about: `Genuine: the relayed patch mail on the reader's Postfix box (OpenDKIM, OpenDMARC): spf=fail (the firm's record has no Google), dkim=pass for ${STOR}, dmarc=pass. Wanted: authenticated; never suspicious.`,
      args: BOX_ARGS,
      eml,
      zone: STOR_ZONE,
      expect: SIGNED_OK,
    });
  }

  // ---- B. DLP loop: Gmail web → DLP cloud → smtp-relay.gmail.com, Google's i=1 seal (arc=none) ----
  {
    const to = 'Robin Reader <robin@reader.example>';
    const eml = boxDelivery(
      await dlpLoopMail(to),
      G_OUT,
      CHIP_ENV,
      `dkim=pass (1024-bit key) header.d=${CHIP} header.i=@${CHIP} header.s=google; arc=pass smtp.client-ip=${G_OUT.ip}; spf=pass smtp.mailfrom=${CHIP}; dmarc=pass (p=reject dis=none) header.from=${CHIP}`,
      '4Zw195b1',
    );
    both({
      name: 'w195-box-workspace-dlp-reflected-smtp-relay-google-i1-seal',
      class: 'google-workspace',
      about: `Genuine: a chip maker's Workspace user replies from Gmail's web client; Google signs d=${CHIP} s=google, seals i=1 (arc=none) and routes the message to the firm's cloud DLP service (${DLP.rdns}), which hands it back to smtp-relay.gmail.com (X-Relaying-Domain, X-CFilter-Loop: Reflected); it leaves from ${G_OUT.helo}. The reader's box: dkim, spf, arc and dmarc pass. Wanted: authenticated; the DLP hop and Google's own seal are not a forward.`,
      args: BOX_ARGS,
      eml,
      zone: CHIP_ZONE,
      expect: SIGNED_OK,
    });
  }
  {
    const to = 'robin.reader@yahoo.com';
    const eml = yahooDelivery(await dlpLoopMail(to), {
      relay: G_OUT,
      envelope: CHIP_ENV,
      results: `dkim=pass header.i=@${CHIP} header.s=google;\r\n spf=pass smtp.mailfrom=${CHIP};\r\n dmarc=pass(p=REJECT) header.from=${CHIP};`,
    });
    emitCase(write, {
      name: 'w195-yahoo-workspace-dlp-reflected-smtp-relay-google-i1-seal',
      class: 'google-workspace',
      about: `Genuine: the DLP-reflected Workspace reply read in Yahoo Mail: dkim=pass ${CHIP}, spf=pass, dmarc=pass(p=REJECT). Wanted: authenticated.`,
      args: YAHOO_ARGS,
      eml,
      zone: CHIP_ZONE,
      twin: true,
      expect: SIGNED_OK,
    });
  }
  {
    const to = 'Robin Reader <robin@contoso-partner.example>';
    const eml = eopDelivery(await dlpLoopMail(to), {
      ip: G_OUT.ip,
      helo: G_OUT.helo,
      ar: eopAr(
        G_OUT.ip,
        CHIP,
        'pass',
        `pass (signature was verified)\r\n header.d=${CHIP}`,
        CHIP,
        'pass',
        'pass reason=100',
      ),
      spf: eopSpf(G_OUT.ip, G_OUT.helo, CHIP, true),
      returnPath: CHIP_ENV,
    });
    both({
      name: 'w195-outlook-workspace-dlp-reflected-smtp-relay-google-i1-seal',
      class: 'google-workspace',
      about: `Genuine: the DLP-reflected Workspace reply read in Exchange Online (spf, dkim, dmarc pass; compauth=pass reason=100). Wanted: authenticated.`,
      args: OUTLOOK_ARGS,
      eml,
      zone: CHIP_ZONE,
      expect: SIGNED_OK,
    });
  }

  // ---- C. Office scanner on an ISP line through smtp-relay, only the default gappssmtp signature ----
  {
    const to = 'Robin Reader <robin@contoso-partner.example>';
    const eml = eopDelivery(await scannerMail(to), {
      ip: G_OUT2.ip,
      helo: G_OUT2.helo,
      ar: eopAr(
        G_OUT2.ip,
        QP,
        'pass',
        `pass (signature was verified)\r\n header.d=${QP_GAPPS}`,
        QP,
        'pass',
        'pass reason=100',
      ),
      spf: eopSpf(G_OUT2.ip, G_OUT2.helo, QP, true),
      returnPath: QP_ENV,
    });
    emitCase(write, {
      name: 'w195-outlook-workspace-smtp-relay-office-scanner-default-gappssmtp',
      class: 'google-workspace',
      about: `Genuine: a print shop's multifunction printer on its office DSL line (${QP_OFFICE.ip}, ${QP_OFFICE.rdns}) sends scans through smtp-relay.gmail.com (IP-registered in the Workspace admin console); the shop never set up its own DKIM, so Google signs only d=${QP_GAPPS}; SPF passes through include:_spf.google.com, so DMARC (p=quarantine) passes by SPF. Read in Exchange Online. Wanted: authenticated or unverified; the office line below Google's relay is the firm's own.`,
      args: OUTLOOK_ARGS,
      eml,
      zone: QP_ZONE,
      twin: true,
      expect: TRUST,
    });
  }
  {
    const to = 'Robin Reader <robin.reader@gmail.com>';
    const eml = gmailDelivery(await scannerMail(to), {
      relay: GMAIL_OUT,
      envelope: QP_ENV,
      results: [
        `dkim=pass header.i=@${QP_GAPPS} header.s=20230601 header.b=Q29ycHVz;`,
        `spf=pass (google.com: domain of ${QP_ENV} designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom=${QP_ENV};`,
        `dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${QP}`,
      ].join('\r\n       '),
      ids: ['x195csp2pxa', 'a195si2qtb.195'],
      spf: 'pass',
      deliveredTo: true,
    });
    both({
      name: 'w195-gmail-workspace-smtp-relay-office-scanner-default-gappssmtp',
      class: 'google-workspace',
      about: `Genuine: the print shop's scan read in Gmail: dkim=pass for ${QP_GAPPS}, spf=pass, dmarc=pass for ${QP}. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml,
      zone: QP_ZONE,
      expect: TRUST,
    });
  }
  {
    const to = 'robin.reader@yahoo.com';
    const eml = yahooDelivery(await scannerMail(to), {
      relay: G_OUT2,
      envelope: QP_ENV,
      results: `dkim=pass header.i=@${QP_GAPPS} header.s=20230601;\r\n spf=pass smtp.mailfrom=${QP};\r\n dmarc=pass(p=QUARANTINE) header.from=${QP};`,
    });
    emitCase(write, {
      name: 'w195-yahoo-workspace-smtp-relay-office-scanner-default-gappssmtp',
      class: 'google-workspace',
      about: `Genuine: the print shop's scan read in Yahoo Mail (dkim=pass ${QP_GAPPS}, spf=pass, dmarc=pass). Wanted: authenticated or unverified.`,
      args: YAHOO_ARGS,
      eml,
      zone: QP_ZONE,
      expect: TRUST,
    });
  }

  // ---- D1. "Send mail as" through the alias domain's own SMTP server ----
  {
    const to = 'Robin Reader <robin.reader@gmail.com>';
    const eml = gmailDelivery(await sendAsOwnSmtp(to), {
      relay: LIN_HOST,
      envelope: LIN_ENV,
      results: [
        `dkim=pass header.i=@${LIN} header.s=s1 header.b=Q29ycHVz;`,
        `spf=pass (google.com: domain of ${LIN_ENV} designates ${LIN_HOST.ip} as permitted sender) smtp.mailfrom=${LIN_ENV};`,
        `dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${LIN}`,
      ].join('\r\n       '),
      ids: ['x195csp3pxa', 'a195si3qtb.195'],
      spf: 'pass',
      deliveredTo: true,
    });
    both({
      name: 'w195-gmail-send-mail-as-through-own-domain-smtp',
      class: 'gmail-send-as',
      about: `Genuine: a designer keeps her personal Gmail but sends as ${LIN_ENV} with Gmail's "send mail as … through ${LIN_HOST.helo}": Gmail's host (mail-ej1-f44.google.com) logs in to her hosting provider's Postfix (SMTP AUTH, ESMTPSA), which signs d=${LIN} and delivers. SPF, DKIM and DMARC all pass for ${LIN}. The Google host below the provider's line is the authenticated client, not a forgery. Wanted: authenticated.`,
      args: GMAIL_ARGS,
      eml,
      zone: LIN_ZONE,
      twin: true,
      expect: SIGNED_OK,
    });
  }
  {
    const to = 'Robin Reader <robin@contoso-partner.example>';
    const eml = eopDelivery(await sendAsOwnSmtp(to), {
      ip: LIN_HOST.ip,
      helo: LIN_HOST.helo,
      ar: eopAr(
        LIN_HOST.ip,
        LIN,
        'pass',
        `pass (signature was verified)\r\n header.d=${LIN}`,
        LIN,
        'pass',
        'pass reason=100',
      ),
      spf: eopSpf(LIN_HOST.ip, LIN_HOST.helo, LIN, true),
      returnPath: LIN_ENV,
    });
    emitCase(write, {
      name: 'w195-outlook-send-mail-as-through-own-domain-smtp',
      class: 'gmail-send-as',
      about: `Genuine: the same "send mail as" message through ${LIN}'s own server, read in Exchange Online (spf, dkim, dmarc pass). Wanted: authenticated.`,
      args: OUTLOOK_ARGS,
      eml,
      zone: LIN_ZONE,
      expect: SIGNED_OK,
    });
  }
  // ---- D2. "Send mail as" through Gmail's own servers: d=gmail.com only, the alias at p=none ----
  {
    const to = 'Robin Reader <robin@contoso-partner.example>';
    const eml = eopDelivery(await sendAsViaGmail(to), {
      ip: GMAIL_OUT.ip,
      helo: GMAIL_OUT.helo,
      ar: eopAr(
        GMAIL_OUT.ip,
        'gmail.com',
        'pass',
        'pass (signature was verified)\r\n header.d=gmail.com',
        FERN,
        'fail',
        'softpass reason=201',
      ),
      spf: eopSpf(GMAIL_OUT.ip, GMAIL_OUT.helo, 'gmail.com', true),
      returnPath: FERN_GMAIL,
    });
    both({
      name: 'w195-outlook-send-mail-as-via-gmail-alias-dmarc-none',
      class: 'gmail-send-as',
      about: `Genuine: a one-person pottery answers orders as orders@${FERN} with Gmail's default "send mail as" (Gmail's own servers): envelope ${FERN_GMAIL}, only d=gmail.com signs, so DMARC for ${FERN} (p=none) fails alignment; EOP: dmarc=fail action=none, compauth=softpass. Nothing proves the From, nothing says it is forged. Wanted: unverified (authenticated would overstate it); never spoofed.`,
      args: OUTLOOK_ARGS,
      eml,
      zone: FERN_ZONE,
      expect: { verdict: ['unverified', 'suspicious'] },
    });
  }
  {
    const to = 'robin.reader@yahoo.com';
    const eml = yahooDelivery(await sendAsViaGmail(to), {
      relay: GMAIL_OUT,
      envelope: FERN_GMAIL,
      results: `dkim=pass header.i=@gmail.com header.s=20230601;\r\n spf=pass smtp.mailfrom=gmail.com;\r\n dmarc=fail(p=NONE) header.from=${FERN};`,
    });
    emitCase(write, {
      name: 'w195-yahoo-send-mail-as-via-gmail-alias-dmarc-none',
      class: 'gmail-send-as',
      about: `Genuine: the pottery's "send mail as" reply read in Yahoo Mail: dkim=pass gmail.com, spf=pass gmail.com, dmarc=fail(p=NONE) for ${FERN}. Wanted: unverified; never spoofed.`,
      args: YAHOO_ARGS,
      eml,
      zone: FERN_ZONE,
      expect: { verdict: ['unverified', 'suspicious'] },
    });
  }

  // ---- E. Google Meet's recording notice ----
  {
    const to = 'Robin Reader <robin.reader@gmail.com>';
    const eml = gmailDelivery(await meetNotice(to), {
      relay: GMAIL_OUT,
      envelope: MEET_ENV,
      results: [
        'dkim=pass header.i=@google.com header.s=20230601 header.b=Q29ycHVz;',
        `spf=pass (google.com: domain of ${MEET_ENV} designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom=${MEET_ENV};`,
        'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=google.com',
      ].join('\r\n       '),
      ids: ['x195csp4pxa', 'a195si4qtb.195'],
      spf: 'pass',
      deliveredTo: true,
    });
    both({
      name: 'w195-gmail-google-meet-recording-notice',
      class: 'brand-notice',
      about: `Genuine: Google Meet's "recording and notes are ready" notice from meet-recordings-noreply@google.com, signed d=google.com, envelope under meet-recordings.bounces.google.com, read in Gmail. Google's own notice about its own product. Wanted: authenticated; never suspicious.`,
      args: GMAIL_ARGS,
      eml,
      zone: MEET_ZONE,
      expect: SIGNED_OK,
    });
  }
  {
    const to = 'Robin Reader <robin@contoso-partner.example>';
    const eml = eopDelivery(await meetNotice(to), {
      ip: G_OUT2.ip,
      helo: G_OUT2.helo,
      ar: eopAr(
        G_OUT2.ip,
        'meet-recordings.bounces.google.com',
        'pass',
        'pass (signature was verified)\r\n header.d=google.com',
        'google.com',
        'pass',
        'pass reason=100',
      ),
      spf: eopSpf(G_OUT2.ip, G_OUT2.helo, 'meet-recordings.bounces.google.com', true),
      returnPath: MEET_ENV,
    });
    both({
      name: 'w195-outlook-google-meet-recording-notice',
      class: 'brand-notice',
      about: `Genuine: Google Meet's recording notice to a guest whose mailbox is in Exchange Online (spf pass for the bounces.google.com envelope, dkim=pass google.com, dmarc=pass). Wanted: authenticated; never suspicious.`,
      args: OUTLOOK_ARGS,
      eml,
      zone: MEET_ZONE,
      expect: SIGNED_OK,
    });
  }
  {
    const to = 'Robin Reader <robin@reader.example>';
    const eml = boxDelivery(
      await meetNotice(to),
      G_OUT2,
      MEET_ENV,
      'dkim=pass (2048-bit key) header.d=google.com header.i=@google.com header.s=20230601; spf=pass smtp.mailfrom=meet-recordings.bounces.google.com; dmarc=pass (p=reject dis=none) header.from=google.com',
      '4Zw195e3',
    );
    emitCase(write, {
      name: 'w195-box-google-meet-recording-notice-offline',
      class: 'brand-notice',
      about: `Genuine: Google Meet's recording notice on the reader's Postfix box, read offline from the box's own results. Wanted: authenticated; never suspicious.`,
      args: BOX_ARGS,
      eml,
      expect: SIGNED_OK,
    });
  }
  // ---- F. The collaborative inbox's copy of a Yahoo customer's claim, to members outside Gmail and in it ----
  {
    const eml = boxDelivery(
      await collaborativeInboxPost(),
      GROUP_OUT,
      DESK_ENV,
      `dkim=fail (2048-bit key; body hash ok, signature did not verify) header.d=yahoo.com header.s=s2048; dkim=pass (2048-bit key) header.d=${DESK} header.s=google; arc=pass (i=1); spf=pass smtp.mailfrom=${DESK}; dmarc=pass (p=quarantine dis=none) header.from=${DESK}`,
      '4Zw195f1',
    );
    both({
      name: 'w195-box-workspace-collaborative-inbox-yahoo-customer-rewritten',
      class: 'google-groups',
      about: `Genuine: a bike shop's support@ is a Google Groups for Business collaborative inbox on its Workspace domain; a customer writes from Yahoo (p=reject), so Groups rewrites the From to "'Ines Moreau' via Support" <${DESK_GROUP}>, keeps her as Reply-To, signs d=${DESK} (the Yahoo signature breaks on the rewritten From) and seals i=1 with her passes; a contractor member reads it on a Postfix box. Wanted: authenticated or unverified; the customer's name before "via Support" and her Yahoo Reply-To are the group's normal dress, not a lure.`,
      args: BOX_ARGS,
      eml,
      zone: DESK_ZONE,
      expect: TRUST,
    });
  }
  {
    const eml = eopDelivery(await collaborativeInboxPost(), {
      ip: GROUP_OUT.ip,
      helo: GROUP_OUT.helo,
      ar: eopAr(
        GROUP_OUT.ip,
        DESK,
        'pass',
        `pass (signature was verified)\r\n header.d=${DESK};dkim=fail (body hash did not verify)\r\n header.d=yahoo.com`,
        DESK,
        'pass',
        'pass reason=100',
      ),
      spf: eopSpf(GROUP_OUT.ip, GROUP_OUT.helo, DESK, true),
      returnPath: DESK_ENV,
    });
    emitCase(write, {
      name: 'w195-outlook-workspace-collaborative-inbox-yahoo-customer-rewritten',
      class: 'google-groups',
      about: `Genuine: the collaborative inbox's copy of the Yahoo customer's claim, read by a member whose mailbox is in Exchange Online (dkim=pass ${DESK}, dkim=fail yahoo.com, dmarc=pass for ${DESK}). Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml,
      zone: DESK_ZONE,
      twin: true,
      expect: TRUST,
    });
  }
  {
    const eml = gmailDelivery(await collaborativeInboxPost(), {
      relay: GMAIL_OUT,
      envelope: DESK_ENV,
      results: [
        `dkim=pass header.i=@${DESK} header.s=google header.b=Q29ycHVz;`,
        'arc=pass (i=1 spf=pass spfdomain=yahoo.com dkim=pass dkdomain=yahoo.com dmarc=pass fromdomain=yahoo.com);',
        `spf=pass (google.com: domain of ${DESK_ENV} designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom=${DESK_ENV};`,
        `dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${DESK}`,
      ].join('\r\n       '),
      ids: ['x195csp6pxa', 'a195si6qtb.195'],
      to: `mirek@${DESK}`,
      spf: 'pass',
      deliveredTo: true,
    });
    both({
      name: 'w195-gmail-workspace-collaborative-inbox-yahoo-customer-rewritten',
      class: 'google-groups',
      about: `Genuine: the same claim in a staff member's Workspace Gmail (dkim=pass ${DESK}, arc=pass with the customer's Yahoo passes, dmarc=pass). Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml,
      zone: DESK_ZONE,
      expect: TRUST,
    });
  }
  // ---- G. A brand's own staff writing from its Workspace (the brand is the sender, not a lure) ----
  {
    const to = 'Robin Reader <robin.reader@gmail.com>';
    const raw = await staffReply(
      `Dana Whitfield <${X_STAFF}>`,
      'x.com',
      to,
      'Re: [PATCH net-next] selftests: fix the flaky tcp_ao rekey test',
      'On Fri, 20 Nov 2026 Robin Reader wrote:\r\n> the rekey test fails one run in twenty\r\n\r\nThanks, I can reproduce it here; a v2 with the timer fix follows tomorrow.\r\n\r\nDana\r\n',
    );
    const eml = gmailDelivery(
      onTop(
        raw,
        'Received: by mail-ej1-f48.google.com with SMTP id a640c23a62f3a-a77e5929033so195766b.0\r\n        for <robin.reader@gmail.com>; Fri, 20 Nov 2026 02:00:00 -0800 (PST)',
      ),
      {
        relay: GMAIL_OUT,
        envelope: X_STAFF,
        results: [
          'dkim=pass header.i=@x.com header.s=google header.b=Q29ycHVz;',
          `spf=pass (google.com: domain of ${X_STAFF} designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom=${X_STAFF};`,
          'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=x.com',
        ].join('\r\n       '),
        ids: ['x195csp7pxa', 'a195si7qtb.195'],
        spf: 'pass',
        deliveredTo: true,
      },
    );
    both({
      name: 'w195-gmail-brand-staff-x-com-workspace-reply',
      class: 'brand-staff',
      about: `Genuine: an engineer at X writes from the company's Google Workspace (From ${X_STAFF}, d=x.com s=google, out from mail-ej1-f48.google.com), the shape of x.com's kernel-list copies; read in Gmail. The brand's own domain is the sender: nothing to impersonate. Wanted: authenticated; never suspicious.`,
      args: GMAIL_ARGS,
      eml,
      zone: X_ZONE,
      twin: true,
      expect: SIGNED_OK,
    });
  }
  {
    const to = 'Robin Reader <robin@contoso-partner.example>';
    const raw = await staffReply(
      `Dana Whitfield <${X_STAFF}>`,
      'x.com',
      to,
      'Ad measurement pilot: kickoff notes',
      'Hi Robin,\r\n\r\nthanks for the time today; the notes and the pilot timeline are in the shared doc. Next check-in is Thursday.\r\n\r\nDana Whitfield\r\nPartner Engineering, X\r\n',
    );
    const eml = eopDelivery(
      onTop(
        raw,
        `Received: by ${G_OUT.helo} with SMTP id a640c23a62f3a-a77e5929033so195767b.0\r\n        for <robin@contoso-partner.example>; Fri, 20 Nov 2026 02:00:00 -0800 (PST)`,
      ),
      {
        ip: G_OUT.ip,
        helo: G_OUT.helo,
        ar: eopAr(
          G_OUT.ip,
          'x.com',
          'pass',
          'pass (signature was verified)\r\n header.d=x.com',
          'x.com',
          'pass',
          'pass reason=100',
        ),
        spf: eopSpf(G_OUT.ip, G_OUT.helo, 'x.com', true),
        returnPath: X_STAFF,
      },
    );
    both({
      name: 'w195-outlook-brand-staff-x-com-workspace-partner-mail',
      class: 'brand-staff',
      about: `Genuine: X's partner engineer writes to an advertiser whose mailbox is in Exchange Online, signing "Partner Engineering, X" (spf, dkim, dmarc pass for x.com). The brand's own domain names the brand. Wanted: authenticated; never suspicious.`,
      args: OUTLOOK_ARGS,
      eml,
      zone: X_ZONE,
      expect: SIGNED_OK,
    });
  }
  {
    const to = 'Robin Reader <robin@reader.example>';
    const raw = await staffReply(
      `Kim Parr <${TW_STAFF}>`,
      'twitter.com',
      to,
      'Re: Twitter API access for the research project',
      'Hi Robin,\r\n\r\nyour research access was approved this morning; the keys are in the developer portal under your project.\r\n\r\nKim Parr\r\nTwitter Developer Relations\r\n',
    );
    const eml = boxDelivery(
      onTop(
        raw,
        `Received: by ${G_OUT2.helo} with SMTP id 197so195227pge.8\r\n        for <robin@reader.example>; Fri, 20 Nov 2026 02:00:00 -0800 (PST)`,
      ),
      G_OUT2,
      TW_STAFF,
      'dkim=pass (1024-bit key) header.d=twitter.com header.i=@twitter.com header.s=google; spf=pass smtp.mailfrom=twitter.com; dmarc=pass (p=reject dis=none) header.from=twitter.com',
      '4Zw195g3',
    );
    both({
      name: 'w195-box-brand-staff-twitter-com-workspace-devrel',
      class: 'brand-staff',
      about: `Genuine: a developer-relations employee writes from twitter.com's Google Workspace (d=twitter.com s=google, as twitter.com staff's list copies show), signing "Twitter Developer Relations"; read on a Postfix box. Wanted: authenticated; never suspicious.`,
      args: BOX_ARGS,
      eml,
      zone: TW_ZONE,
      expect: SIGNED_OK,
    });
  }
}

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
