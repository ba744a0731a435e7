// Real-world delivery shapes, hundred-and-sixty-third round: offline mode (no zone: the reader
// turned DNS off, lib/engine/offline.ts), every webmail. Only the reader's own provider's
// Authentication-Results (and ARC, trusted gateways) speak. Genuine everyday mail (Microsoft 365
// tenant to tenant, Google Workspace, SendGrid / Mailchimp / Amazon SES newsletters, GitHub and
// Atlassian notifications, Mailman 3 and Google Groups rewriting From, Mailman 3 breaking the
// author's signature under its ARC seal, groups.io stripping it, a university alias and Gmail forwarding, a DSN bounce, a
// meeting invite) delivered by Gmail, Exchange Online, Yahoo, AOL, and by the hosters whose
// Roundcube a reader uses (IONOS, STRATO, OVH, Hostinger, Infomaniak), each read with its webmail
// profile (or the hoster's authserv-id) and with no options at all. Wanted: authenticated where the
// provider recorded a DMARC pass for the From domain; unverified where it recorded no DMARC result
// (IONOS, OVH and Hostinger record only DKIM) or a fail of a policy that enforces nothing; never
// spoofed. With no options a hoster's header is nobody's: unverified.
// Where the layouts were learnt (`find_string` / `read_file` on public repositories' saved mail):
// - Exchange Online tenant to tenant: test/fixtures/legit/README-m365.md source 1 (the sending
//   tenant's part below the entry: outbound hand-off from NAM10-BN7-obe…, ARC i=1 d=microsoft.com
//   s=arcselector10001 with `mx.microsoft.com 1;`, its DKIM, its MAPI hops and
//   `Authentication-Results-Original: dkim=none (message not signed) header.d=none;dmarc=none
//   action=none header.from=…;`; the recipient's ARC i=2 cv=pass; X-MS-Exchange-Organization-AuthAs:
//   Anonymous, AuthSource, FromEntityHeader Internet at the bottom). OpenARC issue 163 (2026) quotes
//   the i=1 AAR `mx.microsoft.com 1; spf=pass smtp.mailfrom=…; dmarc=pass action=none header.from=…;
//   dkim=pass header.d=…; arc=none`.
// - Gmail: `arc=pass (i=1 spf=pass spfdomain=… dkim=pass dkdomain=… dmarc=pass fromdomain=…)` in
//   Google's own results (ARC-Authentication-Results i=3 of googlegroups.com posts in lore.kernel.org
//   archives, 2023-2025); Gmail forwarding (X-Forwarded-To / X-Forwarded-For, ARC i=1 d=google.com
//   s=arc-20240605 over `mx.google.com; dkim=pass …`, envelope `<user>+caf_=<target>@gmail.com`) as
//   realworld98 cites; `dkim=neutral (body hash did not verify)` as Gmail words a broken body hash.
// - Yahoo omega and AOL atlas: receivers.ts yahooOmega / aolAtlas (rounds 53, 70).
// - IONOS: a Roundcube-styles issue pasting a LinkedIn message delivered to a custom domain at IONOS
//   (Jan 2026): `Authentication-Results:  kundenserver.de; dkim=pass header.i=@mailb.linkedin.com`,
//   one header per signature, nothing else (no SPF, no DMARC), above `Received: from
//   mailb-ga.linkedin.com ([108.174.0.145]) by mx.kundenserver.de (mxeue002 [212.227.15.41]) with
//   ESMTPS (Nemesis) id 1MLjw8-…`; Envelope-To at the bottom. Same entry form in other saved IONOS
//   mail (mxeue102 [217.72.192.67], 2023-2024).
// - STRATO: a Go IMAP filter's test message (Feb 2024) delivered to a STRATO mailbox: X-Envelope-From,
//   X-Envelope-To, X-Delivery-Time, X-UID, Return-Path on top, then STRATO's ARC set (d=strato.com
//   s=strato-dkim-0002) and `Authentication-Results: strato.com; dmarc=none header.from="…"; arc=pass
//   (i=1) smtp.remote-ip=…; dkim=pass header.d="…" header.s="…" header.a="rsa-sha256"; dkim-adsp=pass;
//   spf=none smtp.mailfrom="…"` (quoted values), X-RZG-Expurgate, Received-SPF `… receiver=
//   smtpin.rzone.de; identity=mailfrom;`, entry `from <helo> ([<ip>]) by smtpin.rzone.de (RZmta
//   49.11.2 OK) with ESMTPS id …`. NOT confirmed: STRATO's wording of a DMARC pass (modelled
//   `dmarc=pass header.from="…"` after its dmarc=none).
// - OVH: a kernel-list bounce carrying OVH's inbound trace (2023): `Received: from <helo> (<rdns>
//   [<ip>]) by in32.mail.ovh.net (Postfix)`, `Authentication-Results: in32.mail.ovh.net; dkim=none;
//   dkim-atps=neutral` and pypolicyd-spf's `Received-SPF: Pass (mailfrom) identity=mailfrom; …
//   receiver=<rcpt>` above it, then `in32 -> vr44.mail.ovh.net -> out48.mail.ovh.net` and the store's
//   `from unknown (HELO output48.mail.ovh.net) (192.168.13.27) by 192.168.9.10`; X-Ovh-Tracer-Id and
//   X-VR-SPAMSTATE at the bottom. KMail's tests quote `in68.mail.ovh.net; dkim=pass (2048-bit key;
//   unprotected) header.d=kde.org header.i=@kde.org header.b="GMG2ucPx"; dkim-atps=neutral`.
// - Infomaniak: saved headers of mail to ik.me (a parser's fixtures): three headers
//   `mx.infomaniak.com; dmarc=pass (p=none dis=none) header.from=…`, `mx.infomaniak.com; dkim=pass
//   (2048-bit key; unprotected) header.d=… header.i=@… header.b="…"; dkim-atps=neutral` and
//   `mx.infomaniak.com; spf=pass smtp.mailfrom=…`. NOT confirmed: their order and the entry line
//   (modelled `by mx.infomaniak.com (Postfix)`, the SPF header lowest).
// - Hostinger: NOT confirmed from delivered mail; only a header parser's fixture
//   (`mx1.hostinger.com; dkim=pass (2048-bit key; unprotected) header.d=… header.a=rsa-sha256
//   header.s=default header.b=…; dkim-atps=neutral` and pypolicyd-spf's `Received-SPF: Pass
//   (mailfrom) … receiver=mx1.hostinger.com`), the same Postfix + OpenDKIM + policyd form as OVH.
// - groups.io: lfdr.de copies of lists.cip-project.org posts (2020-2023): `from mail01.groups.io
//   (web01.groups.io [66.175.222.12])`, the poster's signature gone, d=<group domain> s=20140610,
//   `X-Received: by 127.0.0.2 with SMTP id …`, Sender / Mailing-List / Delivered-To fields, the
//   "-=-=-" Links footer, no ARC. NOT confirmed: Mailman 3's ARC selector and AAR wording.
// - Senders: Atlassian's relay and envelope as realworld (rw7 and the Jira round), GitHub's
//   out-*.smtp.github.com and pf2023, Mailchimp's mcsv.net hosts, SES's a8-*.smtp-out.amazonses.com
//   and its amazonses.com selector, SendGrid as rounds-kit.ts, Mailman 3's headers as list-shapes.ts.
// Names and addresses are documentation ones except the providers' own hosts and ranges.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, GMAIL, GMAIL_OUT, legitCorpus, OUTLOOK, type Relay, signAll } from '../kit';
import { mailmanHeaders, sealCorpus } from '../list-shapes';
import { eopEntry, exchangeMailboxHops, exchangeOrgHeaders, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { aolAtlas, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooOmega } from '../receivers';
import { SENDGRID_OUT } from '../rounds-kit';

const YAHOO = ['--webmail', 'yahoo'];
const YAHOO_TO = 'robin.reader@yahoo.com';
const AOL_TO = 'robin.reader@aol.com';
const OUTLOOK_TO = 'robin@harbourline.example';
/** The reader's own domain at the hoster whose Roundcube it reads. */
const HOSTED_TO = 'robin@lindenhof-praxis.example';

/** Unverified: the provider recorded no DMARC result for the From domain. */
const NO_DMARC: CaseExpectation = { verdict: 'unverified', fields: { 'dmarc.result': 'none' } };
/** A DMARC pass the provider recorded. */
const PASSED: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/**
 * Exchange Online's record of a pass, offline: read only where it shows a failure today (the lead's
 * choice in realworld96: EOP's header names no authserv-id), so unverified is accepted beside
 * authenticated; never a warning, and the sending tenant's Authentication-Results-Original and
 * ARC-Authentication-Results below the entry are never taken for the provider's or called forged.
 */
const EOP_PASS: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['suspicious'],
  absentFindings: ['forged-auth-results', 'second-provider-auth-results'],
};
/** A p=none fail under a list's ARC seal: neither trusted nor a warning. */
const PNONE_FAIL: CaseExpectation = { verdict: 'unverified', notVerdict: ['suspicious'] };

// --- Senders ------------------------------------------------------------------------------------
const TENANT = 'tidewater-freight.example';
const M365_OUT: Relay = {
  helo: 'NAM10-BN7-obe.outbound.protection.outlook.com',
  rdns: 'mail-bn7nam10on2055.outbound.protection.outlook.com',
  ip: '40.107.92.55',
};
const WORKSPACE = 'quarry-lane.example';
const GITHUB_OUT: Relay = {
  helo: 'out-21.smtp.github.com',
  rdns: 'out-21.smtp.github.com',
  ip: '192.30.252.204',
};
const ATLASSIAN_OUT: Relay = {
  helo: 'mta-150-16.mail-us.atlassian.net',
  rdns: 'mta-150-16.mail-us.atlassian.net',
  ip: '156.70.150.16',
};
const MAILCHIMP_OUT: Relay = {
  helo: 'mail59.atl101.mcsv.net',
  rdns: 'mail59.atl101.mcsv.net',
  ip: '198.2.139.59',
};
const SES_OUT: Relay = {
  helo: 'a8-30.smtp-out.amazonses.com',
  rdns: 'a8-30.smtp-out.amazonses.com',
  ip: '54.240.8.30',
};
const LIST_HOST = 'lists.fieldwork.example';
const LIST_OUT: Relay = { helo: `mail.${LIST_HOST}`, rdns: `mail.${LIST_HOST}`, ip: '203.0.113.163' };
const GROUPS_OUT: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
const GROUPSIO_OUT: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
const UNI_OUT: Relay = {
  helo: 'mx-out2.alumni.fenwick.example',
  rdns: 'mx-out2.alumni.fenwick.example',
  ip: '198.51.100.163',
};
const GMAIL_FWD: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';

/** A message as its sender's last hop hands it over, with what the provider will find. */
interface Sent {
  raw: string;
  relay: Relay;
  envelope: string;
  /** The From domain. */
  from: string;
  /** The signatures the provider verifies (domain, selector). */
  signers: Array<[string, string]>;
  /** Gmail's upper-case policy word for the From domain. */
  policy: string;
}

const envDomain = (envelope: string) => envelope.slice(envelope.lastIndexOf('@') + 1) || 'unknown';

// --- The readers' providers ---------------------------------------------------------------------

/** Gmail's delivery; `results` replaces the usual all-pass results. */
function toGmail(s: Sent, tag: string, results?: string): string {
  return gmailDelivery(s.raw, {
    relay: s.relay,
    envelope: s.envelope,
    results:
      results ??
      [
        ...s.signers.map(([d, sel]) => gmailDkim(d, sel)),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(s.from, s.policy),
      ].join('\r\n       '),
    ids: [`x163csp${tag}pxa`, `a163si${tag}qtb.63`],
    spf: 'pass',
    deliveredTo: true,
    to: GMAIL_TO,
  });
}

/**
 * Exchange Online's delivery: the tenant's hops, its ARC set (i = `arcInstance`, cv=pass above a
 * sender's set), EOP's results and Received-SPF above the entry, the organisation rows at the bottom.
 */
async function toOutlook(s: Sent, ar: string, arcInstance: 1 | 2 = 1): Promise<string> {
  const entry = onTop(
    s.raw,
    `Authentication-Results: ${ar}`,
    `Received-SPF: Pass (protection.outlook.com: domain of ${envDomain(s.envelope)} designates\r\n ${s.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${s.relay.ip}; helo=${s.relay.helo}; pr=C`,
    eopEntry(s.relay.helo, s.relay.ip),
  );
  const sealed = await sealCorpus(entry, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: arcInstance === 1 ? 'none' : 'pass',
    authResults: `mx.microsoft.com 1; ${ar.replace(/\r\n /g, ' ')}`,
  });
  return appendHeaders(
    onTop(sealed, ...exchangeMailboxHops()),
    `Return-Path: ${s.envelope}`,
    ...exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
  );
}

/** EOP's results for a pass: SPF for the envelope, DKIM as `dkim` says, DMARC for the From domain. */
const eopAr = (s: Sent, dkimDomain: string | null, compauth = 'pass reason=100', dmarc = 'pass') =>
  `spf=pass (sender IP is ${s.relay.ip})\r\n smtp.mailfrom=${envDomain(s.envelope)}; ${
    dkimDomain
      ? `dkim=pass (signature was verified)\r\n header.d=${dkimDomain}`
      : 'dkim=none (message not signed)\r\n header.d=none'
  };dmarc=${dmarc} action=none\r\n header.from=${s.from};compauth=${compauth}`;

/** Yahoo's omega delivery; `ar` replaces the usual all-pass results. */
function toYahoo(s: Sent, tag: string, ar?: string): string {
  return yahooOmega(
    s.raw,
    {
      ip: s.relay.ip,
      helo: s.relay.helo,
      envelope: s.envelope,
      spf: `pass (domain of ${envDomain(s.envelope)} designates ${s.relay.ip} as permitted sender)`,
      ar: ar ?? yahooAr(s),
    },
    { tag: `W163${tag}`, pod: 'x7qk2', inner: '10.217.151.163', to: YAHOO_TO },
  );
}

const yahooAr = (s: Sent) =>
  `${s.signers.map(([d, sel]) => `dkim=pass header.i=@${d} header.s=${sel};`).join('\r\n ')}\r\n spf=pass smtp.mailfrom=${envDomain(s.envelope)};\r\n dmarc=pass(p=${s.policy}) header.from=${s.from};`;

/** AOL Mail on Yahoo's atlas hosts. */
function toAol(s: Sent): string {
  return aolAtlas(
    s.raw,
    {
      ip: s.relay.ip,
      helo: s.relay.helo,
      envelope: s.envelope,
      spf: `pass (domain of ${envDomain(s.envelope)} designates ${s.relay.ip} as permitted sender)`,
      ar: yahooAr(s),
    },
    { to: AOL_TO },
  );
}

/** IONOS (mx.kundenserver.de, "Nemesis"): one `kundenserver.de` header per passing signature, nothing else. */
function toIonos(s: Sent, id: string): string {
  return appendHeaders(
    onTop(
      s.raw,
      `Return-Path: <${s.envelope}>`,
      ...s.signers.map(([d]) => `Authentication-Results:  kundenserver.de; dkim=pass header.i=@${d}`),
      `Received: from ${s.relay.helo} ([${s.relay.ip}]) by mx.kundenserver.de\r\n (mxeue002 [212.227.15.41]) with ESMTPS (Nemesis) id ${id}\r\n for <${HOSTED_TO}>; Fri, 20 Nov 2026 11:00:05 +0100`,
    ),
    `Envelope-To: <${HOSTED_TO}>`,
  );
}
const IONOS_ARGS = ['--authserv-id', 'kundenserver.de'];

/** STRATO (smtpin.rzone.de, RZmta): its full results with quoted values, sealed by strato.com. */
async function toStrato(s: Sent, dmarc: string): Promise<string> {
  const dkim = s.signers
    .map(([d, sel]) => `dkim=pass header.d="${d}" header.s="${sel}" header.a="rsa-sha256";`)
    .join('\r\n\t');
  const ar = `strato.com;\r\n\t${dmarc} header.from="${s.from}";\r\n\tarc=none smtp.remote-ip=${s.relay.ip};\r\n\t${dkim}\r\n\tdkim-adsp=pass;\r\n\tspf=pass smtp.mailfrom="${s.envelope}"`;
  const entry = onTop(
    s.raw,
    `Authentication-Results: ${ar}`,
    'X-RZG-Expurgate: clean/normal',
    'X-RZG-Expurgate-ID: 149500::1795168805-163A19B0-F7614163/0/0',
    'X-RZG-CLASS-ID: mi00',
    `Received-SPF: pass\r\n\tclient-ip=${s.relay.ip};\r\n\thelo="${s.relay.helo}";\r\n\tenvelope-from="${s.envelope}";\r\n\treceiver=smtpin.rzone.de;\r\n\tidentity=mailfrom;`,
    `Received: from ${s.relay.helo} ([${s.relay.ip}])\r\n\tby smtpin.rzone.de (RZmta 49.11.2 OK)\r\n\twith ESMTPS id T48b1901K163eAQ\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\r\n\t(Client did not present a certificate)\r\n\tfor <${HOSTED_TO}>;\r\n\tFri, 20 Nov 2026 11:00:05 +0100 (CET)`,
  );
  const sealed = await sealCorpus(entry, {
    domain: 'strato.com',
    selector: 'strato-dkim-0002',
    cv: 'none',
    authResults: ar.replace(/\r\n\t/g, ' '),
  });
  return onTop(
    sealed,
    `X-Envelope-From: <${s.envelope}>`,
    `X-Envelope-To: <${HOSTED_TO}>`,
    'X-Delivery-Time: 1795168805',
    'X-UID: 16301',
    `Return-Path: <${s.envelope}>`,
  );
}
const STRATO_ARGS = ['--authserv-id', 'strato.com'];

/** OVH (MX Plan): in32 -> vr44 -> out48 -> the store; OpenDKIM's header and pypolicyd-spf's line only. */
function toOvh(s: Sent): string {
  const dkim = s.signers
    .map(([d]) => `dkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.b="Q29ycHVz";`)
    .join('\r\n\t');
  return appendHeaders(
    onTop(
      s.raw,
      `Return-Path: <${s.envelope}>`,
      'Received: from localhost (HELO queue) (127.0.0.1)\r\n\tby localhost with SMTP; 20 Nov 2026 11:00:06 +0100',
      'Received: from unknown (HELO output48.mail.ovh.net) (192.168.13.27)\r\n  by 192.168.9.10 with AES256-GCM-SHA384 encrypted SMTP; 20 Nov 2026 11:00:06 +0100',
      `Received: from vr44.mail.ovh.net (unknown [10.101.8.44])\r\n\tby out48.mail.ovh.net (Postfix) with ESMTP id 4ZbW163f2gLzzTC\r\n\tfor <${HOSTED_TO}>; Fri, 20 Nov 2026 10:00:06 +0000 (UTC)`,
      `Received: from in32.mail.ovh.net (unknown [10.101.4.32])\r\n\tby vr44.mail.ovh.net (Postfix) with ESMTP id 4ZbW163f0BCSz3H\r\n\tfor <${HOSTED_TO}>; Fri, 20 Nov 2026 10:00:06 +0000 (UTC)`,
      `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=${HOSTED_TO} `,
      `Authentication-Results: in32.mail.ovh.net;${s.signers.length ? `\r\n\t${dkim}\r\n\t` : ' dkim=none; '}dkim-atps=neutral`,
      `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\tby in32.mail.ovh.net (Postfix) with ESMTPS id 4ZbW163d3YSRz2D\r\n\tfor <${HOSTED_TO}>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
    ),
    `X-OVH-Remote: ${s.relay.ip} (${s.relay.rdns})`,
    'X-Ovh-Tracer-Id: 16301756132561089110',
    'X-VR-SPAMSTATE: OK',
    'X-VR-SPAMSCORE: 0',
    'X-Ovh-Spam-Status: OK',
  );
}
const OVH_ARGS = ['--authserv-id', 'in32.mail.ovh.net'];

/** Hostinger (NOT confirmed from delivered mail): OpenDKIM's header and pypolicyd-spf's line. */
function toHostinger(s: Sent): string {
  const dkim = s.signers
    .map(
      ([d, sel]) =>
        `dkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${sel} header.b=Q29ycHVz;`,
    )
    .join('\r\n\t');
  return onTop(
    s.raw,
    `Return-Path: <${s.envelope}>`,
    `Authentication-Results: mx1.hostinger.com;\r\n\t${dkim}\r\n\tdkim-atps=neutral`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=mx1.hostinger.com`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\tby mx1.hostinger.com (Postfix) with ESMTPS id 4Zq163Hs2kz1xyz\r\n\tfor <${HOSTED_TO}>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
}
const HOSTINGER_ARGS = ['--authserv-id', 'mx1.hostinger.com'];

/** Infomaniak: OpenDMARC's, OpenDKIM's and the SPF check's headers under mx.infomaniak.com. */
function toInfomaniak(s: Sent, dmarc: string): string {
  const dkim = s.signers
    .map(([d]) => `dkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.b="Q29ycHVz";`)
    .join('\r\n\t');
  return onTop(
    s.raw,
    `Return-Path: <${s.envelope}>`,
    `Authentication-Results: mx.infomaniak.com; ${dmarc} header.from=${s.from}`,
    `Authentication-Results: mx.infomaniak.com;\r\n\t${dkim}\r\n\tdkim-atps=neutral`,
    `Authentication-Results: mx.infomaniak.com; spf=pass smtp.mailfrom=${envDomain(s.envelope)}`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\tby mx.infomaniak.com (Postfix) with ESMTPS id 4ZqK163vBnzMq\r\n\tfor <${HOSTED_TO}>; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`,
  );
}
const INFOMANIAK_ARGS = ['--authserv-id', 'mx.infomaniak.com'];

// --- The senders' messages ----------------------------------------------------------------------

/** A colleague at a Microsoft 365 tenant: its MAPI hops, its A-R-Original, its DKIM and Microsoft's ARC i=1. */
async function fromTenant(
  to: string,
  subject: string,
  body: string,
  extra: string[] = [],
  contentType?: string,
): Promise<Sent> {
  const envelope = `j.okafor@${TENANT}`;
  const submission = submitted({
    from: `Joy Okafor <${envelope}>`,
    to,
    subject,
    date: SENT,
    messageId: `<PH7PR08MB5580163C4F2E1A9B8D7E0A1B2C3D4@PH7PR08MB5580.namprd08.prod.outlook.com>`,
    extraHeaders: [
      `Thread-Topic: ${subject}`,
      'Accept-Language: en-GB, en-US',
      'Content-Language: en-GB',
      'X-MS-Has-Attach:',
      'X-MS-TNEF-Correlator:',
      `Authentication-Results-Original: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=${TENANT};`,
      ...extra,
    ],
    body,
  });
  const raw = onTop(
    contentType
      ? submission.replace('Content-Type: text/plain; charset=utf-8', `Content-Type: ${contentType}`)
      : submission,
    ...senderTenantHops(),
  );
  const signed = await signAll(raw, [[TENANT, 'selector1']]);
  const sealed = await sealCorpus(signed, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${TENANT}; dmarc=pass action=none header.from=${TENANT}; dkim=pass header.d=${TENANT}; arc=none`,
  });
  return {
    raw: sealed,
    relay: M365_OUT,
    envelope,
    from: TENANT,
    signers: [[TENANT, 'selector1']],
    policy: 'QUARANTINE',
  };
}

/** A Google Workspace user: signed d=<domain> s=google, out from Google's mail-sor host. */
async function fromWorkspace(to: string): Promise<Sent> {
  const envelope = `priya@${WORKSPACE}`;
  const raw = await signAll(
    submitted({
      from: `Priya Raman <${envelope}>`,
      to,
      subject: 'Quarry Lane: revised delivery schedule',
      date: SENT,
      messageId: '<CAJx163q7RkZ0mV4pNe2sQ1uW9yT3bL6cH8fD5aG2jK0nP4r@mail.gmail.com>',
      body: 'Hi Robin,\r\n\r\nthe revised delivery schedule is attached; week 49 moves to Thursday.\r\n\r\nPriya\r\n',
    }),
    [[WORKSPACE, 'google']],
  );
  return {
    raw: onTop(
      raw,
      `Received: by mail-sor-f41.google.com with SMTP id 5b1f17b1804b1-163a7c2d4e6so2449461e87.1\r\n        for <${to.replace(/^.*<|>$/g, '')}>; Fri, 20 Nov 2026 01:59:59 -0800 (PST)`,
    ),
    relay: GMAIL_OUT,
    envelope,
    from: WORKSPACE,
    signers: [[WORKSPACE, 'google']],
    policy: 'REJECT',
  };
}

/** A shop's newsletter through SendGrid: its own key and SendGrid's, SendGrid's bounce domain. */
async function sendgridNewsletter(to: string): Promise<Sent> {
  const shop = 'kettle-and-loom.example';
  const raw = await signAll(
    submitted({
      from: `Kettle & Loom <news@${shop}>`,
      to,
      subject: 'Winter blankets are back',
      date: SENT,
      messageId: `<163kL9xQ2vRw8sTn4mYp@geopod-ismtpd-7.sendgrid.net>`,
      extraHeaders: [
        'List-Unsubscribe: <https://u163.ct.sendgrid.net/lu/unsubscribe?oc=163>',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        'X-SG-EID: u163kL9xQ2vRw8sTn4mYp',
      ],
      body: 'Winter blankets are back in stock.\r\n',
    }),
    [
      [shop, 's1'],
      ['sendgrid.info', 'smtpapi'],
    ],
  );
  return {
    raw,
    relay: SENDGRID_OUT,
    envelope: `bounces+1630042-ab12-robin=reader.example@em163.${shop}`,
    from: shop,
    signers: [
      [shop, 's1'],
      ['sendgrid.info', 'smtpapi'],
    ],
    policy: 'QUARANTINE',
  };
}

/** A museum's Mailchimp newsletter: k1 (CNAME to dkim.mcsv.net) for its own domain. */
async function mailchimpNewsletter(to: string): Promise<Sent> {
  const museum = 'harbour-museum.example';
  const raw = await signAll(
    submitted({
      from: `Harbour Museum <hello@${museum}>`,
      to,
      subject: 'December late openings',
      date: SENT,
      messageId: `<163a7c2d4e6f8091a2b3c4d5e.0123456789.20261120095958.163aa1b2c3@mail59.atl101.mcsv.net>`,
      extraHeaders: [
        'List-Unsubscribe: <https://harbourmuseum.us21.list-manage.com/unsubscribe?u=163&id=abc>',
        'X-Mailer: Mailchimp Mailer - **CID163a7c2d4e6f80**',
        'X-Campaign: mailchimp163a7c2d4e6f8091a2b3c4d5e.163aa1b2c3',
        `Feedback-ID: 163:163aa1b2c3:us21:mc`,
      ],
      body: 'The museum stays open until 21:00 on Thursdays in December.\r\n',
    }),
    [
      [museum, 'k1'],
      ['mcdlv.net', 'k1'],
    ],
  );
  return {
    raw,
    relay: MAILCHIMP_OUT,
    envelope: `bounce-mc.us21_1630042.163aa1b2c3-robin.reader=yahoo.com@mail59.atl101.mcsv.net`,
    from: museum,
    signers: [
      [museum, 'k1'],
      ['mcdlv.net', 'k1'],
    ],
    policy: 'NONE',
  };
}

/** An accountant's invoice portal through Amazon SES (Easy DKIM and amazonses.com's own signature). */
async function sesInvoice(to: string): Promise<Sent> {
  const firm = 'brightwell-accounts.example';
  const easy = 'x7ab4q2m3c6d5e8f9g0h1i2j3k4l5m6n';
  const raw = await signAll(
    submitted({
      from: `Brightwell Accounts <invoices@${firm}>`,
      to,
      subject: 'Invoice INV-16307 for November',
      date: SENT,
      messageId: '<010001931d2c7a4e-5b6c7d8e-163a-4b2c-9d1e-0f2a3b4c5d6e-000000@email.amazonses.com>',
      extraHeaders: [
        'Feedback-ID: ::1.us-east-1.163abcdEFGH/ijklMNOP=:AmazonSES',
        'X-SES-Outgoing: 2026.11.20-54.240.8.30',
      ],
      body: 'Dear Robin,\r\n\r\ninvoice INV-16307 is ready in the portal.\r\n\r\nBrightwell Accounts\r\n',
    }),
    [
      [firm, easy],
      ['amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'],
    ],
  );
  return {
    raw,
    relay: SES_OUT,
    envelope: '010001931d2c7a4e-5b6c7d8e-163a-4b2c-9d1e-0f2a3b4c5d6e-000000@amazonses.com',
    from: firm,
    signers: [
      [firm, easy],
      ['amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'],
    ],
    policy: 'QUARANTINE',
  };
}

/** A GitHub notification: notifications@github.com, signed d=github.com s=pf2023. */
async function githubNotice(to: string): Promise<Sent> {
  const raw = await signAll(
    submitted({
      from: 'Sam Okafor <notifications@github.com>',
      to,
      subject: 'Re: [lindenhof/booking] Fix timezone in reminders (PR #163)',
      date: SENT,
      messageId: '<lindenhof/booking/pull/163/review/2446011630@github.com>',
      extraHeaders: [
        'Reply-To: lindenhof/booking <reply+ABCD163EFGH@reply.github.com>',
        'List-ID: lindenhof/booking <booking.lindenhof.github.com>',
        'X-GitHub-Sender: samokafor',
        'X-GitHub-Recipient: robin-reader',
        'X-GitHub-Reason: review_requested',
      ],
      body: '@samokafor approved this pull request.\r\n\r\n-- \r\nReply to this email directly or view it on GitHub.\r\n',
    }),
    [['github.com', 'pf2023']],
  );
  return {
    raw,
    relay: GITHUB_OUT,
    envelope: 'noreply@github.com',
    from: 'github.com',
    signers: [['github.com', 'pf2023']],
    policy: 'REJECT',
  };
}

/** A Jira Cloud notification from the reader's own site: jira@<site>.atlassian.net, d=atlassian.net. */
async function jiraNotice(to: string): Promise<Sent> {
  const raw = await signAll(
    submitted({
      from: 'Dana Whit (Jira) <jira@lindenhof.atlassian.net>',
      to,
      subject: '[JIRA] (LP-163) Reception tablet does not print',
      date: SENT,
      messageId: '<JIRA.10163.1795168798000@Atlassian.JIRA>',
      extraHeaders: [
        'Auto-Submitted: auto-generated',
        'Precedence: bulk',
        'X-JIRA-FingerPrint: 163a7c2d4e6f80',
      ],
      body: 'Dana Whit commented on LP-163: the tablet needs the new driver.\r\n',
    }),
    [['atlassian.net', 'scph0123']],
  );
  return {
    raw,
    relay: ATLASSIAN_OUT,
    envelope: 'msprvs1=20185Xk3Qv2pT=bounces-16301-4@mail-us.atlassian.net',
    from: 'lindenhof.atlassian.net',
    signers: [['atlassian.net', 'scph0123']],
    policy: 'REJECT',
  };
}

/** A Mailman 3 post with From munged to the list ("… via Devel"), the list's own signature. */
async function mailman3Post(): Promise<Sent> {
  const raw = await signAll(
    submitted({
      from: `Alice Hart via Devel <devel@${LIST_HOST}>`,
      to: `devel@${LIST_HOST}`,
      subject: '[Devel] Sprint notes for week 47',
      date: SENT,
      messageId: '<163a7c2d-4e6f-8091-a2b3-c4d5e6f70819@alice-hart.example>',
      extraHeaders: [
        `Reply-To: Alice Hart <alice@alice-hart.example>`,
        `Cc: Alice Hart <alice@alice-hart.example>`,
        ...mailmanHeaders('devel', LIST_HOST, 'Devel').filter((h) => !h.startsWith('X-Mailman-Version')),
        'X-Mailman-Version: 3.3.9',
        `Message-ID-Hash: 163A7C2D4E6F8091A2B3C4D5E6F70819`,
      ],
      body: `Notes are on the wiki.\r\n\r\nAlice\r\n_______________________________________________\r\nDevel mailing list -- devel@${LIST_HOST}\r\nTo unsubscribe send an email to devel-leave@${LIST_HOST}\r\n`,
    }),
    [[LIST_HOST, 'mm3']],
  );
  return {
    raw,
    relay: LIST_OUT,
    envelope: `devel-bounces+robin.reader=aol.com@${LIST_HOST}`,
    from: LIST_HOST,
    signers: [[LIST_HOST, 'mm3']],
    policy: 'NONE',
  };
}

/** A Google Groups post from an author at p=reject: From rewritten to the group, googlegroups.com's signature. */
async function googleGroupsRewritten(): Promise<Sent> {
  const author = 'trailhead-co.example';
  const raw = await signAll(
    submitted({
      from: `'Sam Okafor' via Hikers <hikers@googlegroups.com>`,
      to: 'hikers@googlegroups.com',
      subject: '[hikers] Saturday walk moved to 10:00',
      date: SENT,
      messageId: `<163.2026.11.20@${author}>`,
      extraHeaders: [
        `Reply-To: Sam Okafor <sam@${author}>`,
        `X-Original-Sender: sam@${author}`,
        'Precedence: list',
        'Mailing-list: list hikers@googlegroups.com; contact hikers+owners@googlegroups.com',
        'List-ID: <hikers.googlegroups.com>',
        'List-Post: <https://groups.google.com/group/hikers/post>, <mailto:hikers@googlegroups.com>',
      ],
      body: 'Meet at the station car park.\r\n\r\nSam\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Hikers" group.\r\n',
    }),
    [['googlegroups.com', '20230601']],
  );
  const sealed = await sealCorpus(raw, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `gmr-mx.google.com; dkim=pass header.i=@${author} header.s=s1; spf=pass (google.com: domain of sam@${author} designates 198.51.100.20 as permitted sender) smtp.mailfrom=sam@${author}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${author}`,
  });
  return {
    raw: sealed,
    relay: GROUPS_OUT,
    envelope: 'hikers+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB4163@googlegroups.com',
    from: 'googlegroups.com',
    signers: [['googlegroups.com', '20230601']],
    policy: 'QUARANTINE',
  };
}

/**
 * A Mailman 3 post from a p=none author, From kept (Mailman munges only p=quarantine/reject): the
 * subject prefix and footer break the author's signature; the list re-signs and seals ARC i=1
 * recording the author's pass on arrival (Mailman 3's ARC signing, authserv-id the list host).
 */
async function mailman3ArcPost(): Promise<Sent & { author: string }> {
  const author = 'birchfield-garden.example';
  const signed = await signAll(
    submitted({
      from: `Mira Lenz <mira@${author}>`,
      to: `devel@${LIST_HOST}`,
      subject: 'Seed swap on Sunday',
      date: SENT,
      messageId: `<163f0e1d-2c3b-4a59-8687-a9b8c7d6e5f4@${author}>`,
      body: 'Bring labelled envelopes.\r\n\r\nMira\r\n',
    }),
    [[author, 's1']],
  );
  const listed = appendHeaders(
    `${signed.replace('Subject: Seed swap', 'Subject: [Devel] Seed swap')}_______________________________________________\r\nDevel mailing list -- devel@${LIST_HOST}\r\nTo unsubscribe send an email to devel-leave@${LIST_HOST}\r\n`,
    ...mailmanHeaders('devel', LIST_HOST, 'Devel').filter((h) => !h.startsWith('X-Mailman-Version')),
    'X-Mailman-Version: 3.3.9',
  );
  const resigned = await signAll(listed, [[LIST_HOST, 'mm3']]);
  const sealed = await sealCorpus(resigned, {
    domain: LIST_HOST,
    selector: 'arc',
    cv: 'none',
    authResults: `${LIST_HOST}; dkim=pass header.d=${author}; spf=pass smtp.mailfrom=${author}; dmarc=pass header.from=${author}`,
  });
  return {
    raw: sealed,
    relay: LIST_OUT,
    envelope: `devel-bounces+robin.reader=gmail.com@${LIST_HOST}`,
    from: author,
    signers: [[LIST_HOST, 'mm3']],
    policy: 'NONE',
    author,
  };
}

/**
 * A groups.io post as groups.io sends it (public lfdr.de copies, 2020-2023): the author's signature
 * removed, groups.io's own (s=20140610), its X-Received lines, Sender and Mailing-List fields, the
 * "-=-=-" links footer; `from mail01.groups.io (web01.groups.io [66.175.222.12])`. The author's
 * p=none keeps the From (groups.io rewrites it for p=quarantine/reject).
 */
async function groupsIoPost(): Promise<Sent & { author: string }> {
  const author = 'birchfield-garden.example';
  const raw = await signAll(
    submitted({
      from: `Mira Lenz <mira@${author}>`,
      to: 'main@allotments.groups.io',
      subject: '[allotments] Seed swap on Sunday',
      date: SENT,
      messageId: `<163f0e1d-2c3b-4a59-8687-a9b8c7d6e5f5@${author}>`,
      extraHeaders: [
        'Precedence: Bulk',
        'List-Subscribe: <mailto:main+subscribe@allotments.groups.io>',
        'Sender: main@allotments.groups.io',
        'List-Id: <main.allotments.groups.io>',
        'Mailing-List: list main@allotments.groups.io; contact main+owner@allotments.groups.io',
        'Delivered-To: mailing list main@allotments.groups.io',
        'Reply-To: main@allotments.groups.io',
        'List-Unsubscribe: <https://groups.io/g/allotments/leave/163/1630042/1896307328/plugh>',
      ],
      body: 'Bring labelled envelopes.\r\n\r\nMira\r\n\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nLinks: You receive all messages sent to this group.\r\nView/Reply Online (#163): https://groups.io/g/allotments/message/163\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n',
    }),
    [['groups.io', '20140610']],
  );
  return {
    raw: onTop(
      raw,
      'X-Received: by 127.0.0.2 with SMTP id 163QYY4521862xmFiIdF5Iqe; Fri, 20 Nov 2026 01:59:59 -0800',
      `X-Received: from mail.${author} (mail.${author} [198.51.100.20])\r\n by mx.groups.io with SMTP id smtpd.web11.16301.1795168798682966305\r\n for <main@allotments.groups.io>;\r\n Fri, 20 Nov 2026 01:59:58 -0800`,
    ),
    relay: GROUPSIO_OUT,
    envelope: 'bounce+64575+163+1630042+8129362@groups.io',
    from: author,
    signers: [['groups.io', '20140610']],
    policy: 'NONE',
    author,
  };
}

/** The reader's alumni alias: the colleague's signed mail re-sent with an SRS envelope, no ARC. */
async function alumniForward(): Promise<Sent> {
  const raw = await signAll(
    submitted({
      from: `Priya Raman <priya@${WORKSPACE}>`,
      to: 'robin.reader@alumni.fenwick.example',
      subject: 'Reunion dinner: table booked',
      date: SENT,
      messageId: '<CAJx163reunionQ7RkZ0mV4pNe2sQ1uW9yT3bL6cH8fD5a@mail.gmail.com>',
      body: 'Table for twelve at eight.\r\n',
    }),
    [[WORKSPACE, 'google']],
  );
  const hop = onTop(
    raw,
    `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\r\n\tby mx-in1.alumni.fenwick.example (Postfix) with ESMTPS id 4Zq163Fw1kz9q\r\n\tfor <robin.reader@alumni.fenwick.example>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)`,
  );
  return {
    raw: hop,
    relay: UNI_OUT,
    envelope: `SRS0=Qk3p=TZ=${WORKSPACE}=priya@alumni.fenwick.example`,
    from: WORKSPACE,
    signers: [[WORKSPACE, 'google']],
    policy: 'REJECT',
  };
}

/** The bank's notice delivered to the reader's Gmail and forwarded on by Gmail: Google's ARC i=1 over its own results. */
async function gmailForwarded(target: string): Promise<Sent> {
  const bank = 'northbank.example';
  const signed = await signAll(
    submitted({
      from: `Northbank <alerts@${bank}>`,
      to: `Robin Reader <${GMAIL_TO}>`,
      subject: 'Your statement is ready',
      date: SENT,
      messageId: `<stmt-20261120-163@${bank}>`,
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    [[bank, 'nb1']],
  );
  const ar = `mx.google.com;\r\n       dkim=pass header.i=@${bank} header.s=nb1 header.b=Q29ycHVz;\r\n       spf=pass (google.com: domain of alerts@${bank} designates 192.0.2.10 as permitted sender) smtp.mailfrom=alerts@${bank};\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${bank}`;
  const delivered = onTop(
    signed,
    `Return-Path: <alerts@${bank}>`,
    `Received: from mail.${bank} (mail.${bank}. [192.0.2.10])\r\n        by mx.google.com with ESMTPS id a163si4471qtb.63.2026.11.20.02.00.01\r\n        for <${GMAIL_TO}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 02:00:01 -0800 (PST)`,
    `Received-SPF: pass (google.com: domain of alerts@${bank} designates 192.0.2.10 as permitted sender) client-ip=192.0.2.10;`,
    `Authentication-Results: ${ar}`,
  );
  const sealed = await sealCorpus(delivered, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: ar.replace(/\r\n {7}/g, ' '),
  });
  return {
    raw: onTop(
      sealed,
      `X-Forwarded-Encrypted: i=1; AJvYcCW163forwardedEncryptedTokenAbCdEf=`,
      `X-Forwarded-To: ${target}`,
      `X-Forwarded-For: ${GMAIL_TO} ${target}`,
      `Delivered-To: ${GMAIL_TO}`,
      'Received: by 2002:a05:7300:163:b0:1a2:3b4c:5d6e with SMTP id x163fwdcsp;\r\n        Fri, 20 Nov 2026 02:00:02 -0800 (PST)',
    ),
    relay: GMAIL_FWD,
    envelope: `robin.reader+caf_=${target.replace('@', '=')}@gmail.com`,
    from: bank,
    signers: [[bank, 'nb1']],
    policy: 'REJECT',
  };
}

/** Gmail's mailer-daemon returning the reader's message: null sender, From googlemail.com, signed. */
async function gmailDsn(to: string): Promise<Sent> {
  const raw = await signAll(
    submitted({
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      to,
      subject: 'Delivery Status Notification (Failure)',
      date: SENT,
      messageId: '<6a163b2c.170a0220.163.4d5e@mx.google.com>',
      extraHeaders: ['Auto-Submitted: auto-replied', 'X-Failed-Recipients: m.kowal@no-such-host.example'],
      body: "** Address not found **\r\n\r\nYour message wasn't delivered to m.kowal@no-such-host.example because the domain no-such-host.example couldn't be found.\r\n",
    }),
    [['googlemail.com', '20230601']],
  );
  return {
    raw,
    relay: GMAIL_FWD,
    envelope: '',
    from: 'googlemail.com',
    signers: [['googlemail.com', '20230601']],
    policy: 'QUARANTINE',
  };
}

/** A meeting request from the tenant (Outlook's text/calendar METHOD:REQUEST alternative). */
function inviteBody(): string[] {
  return [
    'Content-Type: multipart/alternative; boundary="_000_163invite_"',
    '',
    '--_000_163invite_',
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    'Quarterly freight review, Teams meeting.',
    '',
    '--_000_163invite_',
    'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
    '',
    'BEGIN:VCALENDAR',
    'METHOD:REQUEST',
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    `ORGANIZER;CN=Joy Okafor:mailto:j.okafor@${TENANT}`,
    'SUMMARY;LANGUAGE=en-GB:Quarterly freight review',
    'DTSTART:20261203T140000Z',
    'DTEND:20261203T150000Z',
    'UID:040000008200E00074C5B7101A82E00800000000163A7C2D4E6F',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
    '--_000_163invite_--',
    '',
  ];
}

// --- The cases ----------------------------------------------------------------------------------

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (
    name: string,
    about: string,
    args: string[],
    eml: string,
    expect: CaseExpectation,
    twin = true,
  ) => emitCase(write, { name, about, class: 'real-mail', args, eml, expect, twin });
  /** A hoster's case, and its no-options read: the hoster's header is nobody's, unverified. */
  const hosted = (name: string, about: string, args: string[], eml: string, expect: CaseExpectation) => {
    emit(name, about, args, eml, expect, false);
    emit(
      `${name}-no-options`,
      `${about} Read with no options: no webmail is detected from a hoster's entry line and no authserv-id is trusted, so offline nothing was checked. Wanted: unverified.`,
      [],
      eml,
      { verdict: 'unverified' },
      false,
    );
  };

  // ---- Gmail ----------------------------------------------------------------------------------
  {
    const s = await fromTenant(
      `Robin <${GMAIL_TO}>`,
      'Pallet count for Monday',
      'Hi Robin,\r\n\r\n42 pallets on Monday.\r\n\r\nJoy\r\n',
    );
    emit(
      'w163-gmail-m365-tenant-arc-i1-microsoft-auth-results-original',
      `Genuine: a colleague at the Microsoft 365 tenant ${TENANT} writes to the reader's Gmail. Below Gmail's entry the sending tenant's part (as README-m365.md source 1): ARC i=1 by microsoft.com (\`mx.microsoft.com 1;\` AAR), its DKIM d=${TENANT} s=selector1, its MAPI hops and \`Authentication-Results-Original: dkim=none … dmarc=none\` (the tenant's internal record, not this delivery's). Gmail: dkim=pass, spf=pass, dmarc=pass (p=QUARANTINE). Offline. Wanted: authenticated; the sender's A-R-Original and AAR say nothing.`,
      GMAIL,
      toGmail(s, 'g1'),
      PASSED,
    );
  }
  {
    const s = await sendgridNewsletter(`Robin <${GMAIL_TO}>`);
    emit(
      'w163-gmail-sendgrid-newsletter-own-and-sendgrid-signatures',
      `Genuine: a shop's newsletter through SendGrid (${SENDGRID_OUT.rdns}), signed by the shop (s1) and sendgrid.info (smtpapi), envelope on the shop's em163 subdomain. Gmail records both DKIM passes, SPF pass, DMARC pass. Offline. Wanted: authenticated.`,
      GMAIL,
      toGmail(s, 'g2'),
      PASSED,
    );
  }
  {
    const s = await mailman3ArcPost();
    const results = [
      `dkim=neutral (body hash did not verify) header.i=@${s.author} header.s=s1 header.b=Q29ycHVz;`,
      gmailDkim(LIST_HOST, 'mm3'),
      `arc=pass (i=1 spf=pass spfdomain=${s.author} dkim=pass dkdomain=${s.author} dmarc=pass fromdomain=${s.author});`,
      gmailSpf(s.envelope, s.relay.ip),
      `dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=${s.author}`,
    ].join('\r\n       ');
    emit(
      'w163-gmail-mailman3-arc-sealed-footer-breaks-author-dkim-pnone',
      `Genuine: a Mailman 3 post from a p=none author (${s.author}; From kept, Mailman munges only p=quarantine/reject); the "[Devel]" prefix and footer break her signature, the list re-signs (d=${LIST_HOST}) and seals ARC i=1 recording her pass on arrival. Gmail: dkim=neutral (body hash did not verify) for the author, dkim=pass for the list, arc=pass (i=1 … dmarc=pass fromdomain=${s.author}), spf=pass for the list's bounce address, dmarc=fail (p=NONE). Offline. Wanted: unverified (a fail of a policy that enforces nothing; the list is not among the reader's trusted forwarders), never suspicious or spoofed.`,
      GMAIL,
      toGmail(s, 'g3', results),
      PNONE_FAIL,
    );
  }
  {
    const s = await groupsIoPost();
    const results = [
      gmailDkim('groups.io', '20140610'),
      gmailSpf(s.envelope, s.relay.ip),
      `dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=${s.author}`,
    ].join('\r\n       ');
    emit(
      'w163-gmail-groupsio-author-signature-stripped-pnone-linode-relay',
      `Genuine: a groups.io post as groups.io sends it (the author's signature removed, d=groups.io s=20140610, X-Received lines, the "-=-=-" links footer) from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}], groups.io's servers on Linode). The author's p=none keeps her From. Gmail: dkim=pass groups.io, spf=pass groups.io, dmarc=fail (p=NONE). Offline. Wanted: unverified (p=none fail, a known list host's own server), never suspicious or spoofed.`,
      GMAIL,
      toGmail(s, 'g6', results),
      PNONE_FAIL,
    );
  }
  {
    const s = await alumniForward();
    emit(
      'w163-gmail-alumni-alias-srs-forward-author-dkim-survives',
      `Genuine: a Workspace colleague writes to the reader's alumni alias; the university's Postfix re-sends it from ${UNI_OUT.rdns} with an SRS0 envelope at alumni.fenwick.example, no ARC. Gmail: dkim=pass d=${WORKSPACE}, spf=pass for the SRS envelope, dmarc=pass (p=REJECT) by the signature. Offline. Wanted: authenticated.`,
      GMAIL,
      toGmail(s, 'g4'),
      PASSED,
    );
  }
  {
    const [contentType, , ...parts] = inviteBody();
    const s = await fromTenant(
      `Robin <${GMAIL_TO}>`,
      'Quarterly freight review',
      parts.join('\r\n'),
      ['X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAAA163'],
      contentType!.replace(/^Content-Type: /, ''),
    );
    emit(
      'w163-gmail-m365-tenant-meeting-request-text-calendar',
      `Genuine: a Teams meeting request from the tenant ${TENANT} (multipart/alternative with text/calendar; method=REQUEST, ORGANIZER the sender), delivered to Gmail from Microsoft's outbound host. Gmail: dkim=pass, spf=pass, dmarc=pass. Offline. Wanted: authenticated (an invitation is ordinary mail).`,
      GMAIL,
      toGmail(s, 'g5'),
      PASSED,
    );
  }

  // ---- Outlook (Exchange Online) ---------------------------------------------------------------
  {
    const s = await fromTenant(
      `Robin <${OUTLOOK_TO}>`,
      'Pallet count for Monday',
      'Hi Robin,\r\n\r\n42 pallets on Monday.\r\n\r\nJoy\r\n',
    );
    emit(
      'w163-outlook-m365-tenant-to-tenant-original-results-arc-i2',
      `Genuine: tenant to tenant inside Microsoft 365 (README-m365.md source 1): the sending tenant's ARC i=1, DKIM d=${TENANT}, MAPI hops and Authentication-Results-Original below EOP's entry from ${M365_OUT.rdns}; the recipient tenant's ARC i=2 (cv=pass), EOP's id-less results (spf=pass, dkim=pass, dmarc=pass, compauth=pass reason=100) and Received-SPF above it; AuthAs Anonymous, AuthSource and FromEntityHeader Internet at the bottom. Offline. Wanted: authenticated.`,
      OUTLOOK,
      await toOutlook(s, eopAr(s, TENANT), 2),
      EOP_PASS,
    );
  }
  {
    const s = await fromWorkspace(`Robin <${OUTLOOK_TO}>`);
    emit(
      'w163-outlook-google-workspace-partner-signed',
      `Genuine: a supplier on Google Workspace (${WORKSPACE}, p=reject) writes from Google's ${GMAIL_OUT.rdns}; EOP: spf=pass, dkim=pass d=${WORKSPACE}, dmarc=pass, compauth=pass reason=100; Exchange seals ARC i=1. Offline. Wanted: authenticated.`,
      OUTLOOK,
      await toOutlook(s, eopAr(s, WORKSPACE)),
      EOP_PASS,
    );
  }
  {
    const s = await sesInvoice(`Robin <${OUTLOOK_TO}>`);
    emit(
      'w163-outlook-amazon-ses-invoice-easy-dkim',
      `Genuine: an accountant's invoice portal through Amazon SES (${SES_OUT.rdns} [${SES_OUT.ip}]): Easy DKIM d=brightwell-accounts.example and amazonses.com's own signature, the default amazonses.com envelope (SPF unaligned). EOP: dkim=pass for the firm, dmarc=pass by it. Offline. Wanted: authenticated.`,
      OUTLOOK,
      await toOutlook(s, eopAr(s, 'brightwell-accounts.example')),
      EOP_PASS,
    );
  }
  {
    const s = await gmailForwarded(OUTLOOK_TO);
    emit(
      'w163-outlook-gmail-forwarding-google-arc-i1-bank-notice',
      `Genuine: the bank's signed notice reaches the reader's Gmail, which forwards it to the work mailbox: X-Forwarded-To / X-Forwarded-For, Google's ARC i=1 (d=google.com s=arc-20240605) over \`mx.google.com; dkim=pass … dmarc=pass (p=REJECT …)\`, Gmail's first delivery below, envelope robin.reader+caf_=…@gmail.com from ${GMAIL_FWD.rdns}. EOP: spf=pass for gmail.com, dkim=pass d=northbank.example, dmarc=pass. Offline. Wanted: authenticated (the bank's signature survives; Gmail's first-delivery header is not this delivery's).`,
      OUTLOOK,
      await toOutlook(s, eopAr(s, 'northbank.example'), 2),
      EOP_PASS,
    );
  }
  {
    const s = await googleGroupsRewritten();
    emit(
      'w163-outlook-google-groups-from-rewritten-group-signs',
      `Genuine: a Google Groups post by an author at p=reject; Groups rewrites From to "'Sam Okafor' via Hikers" <hikers@googlegroups.com>, keeps the author in Reply-To / X-Original-Sender, signs d=googlegroups.com and seals ARC i=1 (gmr-mx.google.com recording the author's pass). EOP: spf=pass and dkim=pass for googlegroups.com, dmarc=pass header.from=googlegroups.com. Offline. Wanted: authenticated (for the group's address, which is what From says).`,
      OUTLOOK,
      await toOutlook(s, eopAr(s, 'googlegroups.com'), 2),
      EOP_PASS,
    );
  }
  {
    const s = await gmailDsn(`Robin <${OUTLOOK_TO}>`);
    const ar = `spf=none (sender IP is ${s.relay.ip})\r\n smtp.helo=${s.relay.helo}; dkim=pass (signature was verified)\r\n header.d=googlemail.com;dmarc=pass action=none\r\n header.from=googlemail.com;compauth=pass reason=100`;
    emit(
      'w163-outlook-gmail-dsn-null-sender-googlemail-signed',
      `Genuine: Gmail's Mail Delivery Subsystem returns a message the reader sent from a Gmail alias: null envelope (Return-Path <>), From mailer-daemon@googlemail.com signed d=googlemail.com. EOP: spf=none for the HELO, dkim=pass, dmarc=pass header.from=googlemail.com. Offline. Wanted: authenticated.`,
      OUTLOOK,
      await toOutlook({ ...s, envelope: '<>' }, ar),
      EOP_PASS,
    );
  }

  // ---- Yahoo and AOL ---------------------------------------------------------------------------
  {
    const s = await mailchimpNewsletter(`Robin <${YAHOO_TO}>`);
    emit(
      'w163-yahoo-mailchimp-newsletter-k1-cname',
      `Genuine: a museum's Mailchimp newsletter from ${MAILCHIMP_OUT.rdns} [${MAILCHIMP_OUT.ip}], signed by the museum (k1, a CNAME to dkim.mcsv.net) and mcdlv.net, bounce envelope at mcsv.net. Yahoo's omega layout: dkim=pass twice, spf=pass mcsv.net, dmarc=pass(p=NONE). Offline. Wanted: authenticated.`,
      YAHOO,
      toYahoo(s, 'y1'),
      PASSED,
    );
  }
  {
    const s = await githubNotice(`Robin <${YAHOO_TO}>`);
    emit(
      'w163-yahoo-github-review-notification',
      `Genuine: a GitHub review notification ("Sam Okafor" <notifications@github.com>, Reply-To reply.github.com, List-ID) from ${GITHUB_OUT.rdns}, signed d=github.com s=pf2023, envelope noreply@github.com. Yahoo: dkim=pass, spf=pass, dmarc=pass(p=REJECT). Offline. Wanted: authenticated.`,
      YAHOO,
      toYahoo(s, 'y2'),
      PASSED,
    );
  }
  {
    const s = await gmailForwarded(YAHOO_TO);
    emit(
      'w163-yahoo-gmail-forwarding-google-arc-i1-bank-notice',
      `Genuine: the bank's notice forwarded by the reader's Gmail to Yahoo (Google's ARC i=1 over mx.google.com's results, Gmail's first delivery below, +caf_ envelope from ${GMAIL_FWD.rdns}). Yahoo: dkim=pass d=northbank.example, spf=pass gmail.com, dmarc=pass(p=REJECT). Offline. Wanted: authenticated; the mx.google.com header below is an earlier delivery's, not forged.`,
      YAHOO,
      toYahoo(
        s,
        'y3',
        `dkim=pass header.i=@northbank.example header.s=nb1;\r\n spf=pass smtp.mailfrom=gmail.com;\r\n dmarc=pass(p=REJECT) header.from=northbank.example;`,
      ),
      PASSED,
    );
  }
  {
    const s = await mailman3Post();
    emit(
      'w163-aol-mailman3-munged-from-list-signs',
      `Genuine: a Mailman 3 post with DMARC mitigation (From "Alice Hart via Devel" <devel@${LIST_HOST}>, the author in Reply-To and Cc), signed by the list (d=${LIST_HOST}), bounce envelope devel-bounces+…; AOL on Yahoo's atlas hosts: dkim=pass, spf=pass, dmarc=pass(p=NONE) header.from=${LIST_HOST}. Offline. Wanted: authenticated (for the list, which is what From says).`,
      YAHOO,
      toAol(s),
      PASSED,
    );
  }

  // ---- Roundcube at hosters --------------------------------------------------------------------
  {
    const s = await githubNotice(`Robin <${HOSTED_TO}>`);
    hosted(
      'w163-ionos-kundenserver-github-dkim-only-no-dmarc',
      `Genuine: a GitHub notification to the reader's own domain at IONOS, read in IONOS's Roundcube: \`Authentication-Results:  kundenserver.de; dkim=pass header.i=@github.com\` (IONOS records DKIM only: no SPF, no DMARC) above its Nemesis entry \`from ${GITHUB_OUT.helo} ([${GITHUB_OUT.ip}]) by mx.kundenserver.de (mxeue002 [212.227.15.41])\`. Offline with --authserv-id kundenserver.de. Wanted: unverified (the provider recorded no DMARC result), never spoofed.`,
      IONOS_ARGS,
      toIonos(s, '1MLjw8-163RLnW2vlA-00HuBd'),
      NO_DMARC,
    );
  }
  {
    const s = await jiraNotice(`Robin <${HOSTED_TO}>`);
    hosted(
      'w163-strato-rzmta-jira-notification-dmarc-pass-quoted-values',
      `Genuine: a Jira Cloud notification (jira@lindenhof.atlassian.net, d=atlassian.net) to a STRATO mailbox read in STRATO's Roundcube: X-Envelope-From/To, X-UID, STRATO's ARC set, \`Authentication-Results: strato.com; dmarc=pass header.from="lindenhof.atlassian.net"; arc=none …; dkim=pass header.d="atlassian.net" …; spf=pass smtp.mailfrom="…"\` (quoted values), X-RZG-Expurgate and Received-SPF above the RZmta entry by smtpin.rzone.de. Offline with --authserv-id strato.com. Wanted: authenticated.`,
      STRATO_ARGS,
      await toStrato(s, 'dmarc=pass'),
      PASSED,
    );
  }
  {
    const s = await sendgridNewsletter(`Robin <${HOSTED_TO}>`);
    hosted(
      'w163-ovh-mxplan-sendgrid-newsletter-opendkim-only',
      `Genuine: the shop's SendGrid newsletter to an OVH MX Plan mailbox: in32.mail.ovh.net's entry, pypolicyd-spf's Received-SPF and OpenDKIM's \`in32.mail.ovh.net; dkim=pass (2048-bit key; unprotected) …; dkim-atps=neutral\` (no DMARC), then vr44, out48 and the store's hops; X-Ovh-Tracer-Id and X-VR-SPAMSTATE at the bottom. Offline with --authserv-id in32.mail.ovh.net. Wanted: unverified (no DMARC result recorded), never spoofed.`,
      OVH_ARGS,
      toOvh(s),
      NO_DMARC,
    );
  }
  {
    const s = await sesInvoice(`Robin <${HOSTED_TO}>`);
    hosted(
      'w163-hostinger-ses-invoice-opendkim-policyd-no-dmarc',
      `Genuine: the accountant's SES invoice to a Hostinger mailbox read in Hostinger's Roundcube: OpenDKIM's \`mx1.hostinger.com; dkim=pass (2048-bit key; unprotected) … header.s=…; dkim-atps=neutral\` and pypolicyd-spf's Received-SPF above the entry (layout NOT confirmed from delivered mail). Offline with --authserv-id mx1.hostinger.com. Wanted: unverified (no DMARC result recorded), never spoofed.`,
      HOSTINGER_ARGS,
      toHostinger(s),
      NO_DMARC,
    );
  }
  {
    const s = await fromTenant(
      `Robin <${HOSTED_TO}>`,
      'Pallet count for Monday',
      'Hi Robin,\r\n\r\n42 pallets on Monday.\r\n\r\nJoy\r\n',
    );
    hosted(
      'w163-infomaniak-three-headers-m365-colleague-dmarc-pass',
      `Genuine: the Microsoft 365 colleague writes to a mailbox at Infomaniak, read in its webmail: three headers under mx.infomaniak.com (OpenDMARC's \`dmarc=pass (p=quarantine dis=none) header.from=${TENANT}\`, OpenDKIM's \`dkim=pass (2048-bit key; unprotected) …; dkim-atps=neutral\`, \`spf=pass smtp.mailfrom=${TENANT}\`), the sending tenant's A-R-Original and ARC i=1 below the entry. Offline with --authserv-id mx.infomaniak.com. Wanted: authenticated.`,
      INFOMANIAK_ARGS,
      toInfomaniak(s, 'dmarc=pass (p=quarantine dis=none)'),
      PASSED,
    );
  }
  {
    const s = await groupsIoPost();
    hosted(
      'w163-infomaniak-groupsio-dmarc-fail-pnone-linode-relay',
      `Genuine: the groups.io post (author's signature broken by the tag and footer, p=none) at Infomaniak: \`dmarc=fail (p=none dis=none) header.from=${s.author}\`, OpenDKIM's dkim=pass for groups.io only, spf=pass groups.io. Offline with --authserv-id mx.infomaniak.com. Wanted: unverified (a fail of a policy that enforces nothing), never suspicious or spoofed.`,
      INFOMANIAK_ARGS,
      toInfomaniak(s, 'dmarc=fail (p=none dis=none)'),
      PNONE_FAIL,
    );
  }
  {
    const s = await mailman3Post();
    hosted(
      'w163-ionos-kundenserver-mailman3-list-signature-only',
      `Genuine: the Mailman 3 post (From munged to devel@${LIST_HOST}) at IONOS: \`kundenserver.de; dkim=pass header.i=@${LIST_HOST}\` only. Offline with --authserv-id kundenserver.de. Wanted: unverified (no DMARC result recorded), never spoofed.`,
      IONOS_ARGS,
      toIonos(s, '1Mq163-1vRLnW2vlA-00IXDu'),
      NO_DMARC,
    );
  }
}

// groups.io offline (4 cases). Read **suspicious** today: hosted-server-relay (medium, "sent from a
// rented server on Akamai Cloud (Linode) (66.175.222.12)") beside dmarc-fail (medium, p=none, not
// enforced), so the verdict takes the policy-none-with-concerns row; with no options at Infomaniak
// (no provider record at all) hosted-server-relay alone makes it suspicious. Should read
// unverified: a p=none fail from groups.io's own server (mail01/web01.groups.io), the list host
// LIST_HOSTS already knows. At fault: lib/findings/hosted-server.ts ownServerEvidence returns null
// whenever `a.mode !== 'online'`, and listServerOwner needs our own DNS (forwardConfirmed) and a
// list-restored aligned signature (groups.io strips the author's, so even online there is none to
// restore). Smallest fix: offline, in listServerOwner, accept a LIST_HOSTS host when the provider's
// trusted record (a.provider, proven) has dkim=pass or spf=pass for that host's organisation and
// the relay's reverse name recorded on the provider's own entry line is under it; the finding then
// drops to low as online. With no provider record (the -no-options Infomaniak read) keep medium but
// say so: that one can stay suspicious by choice. Risk to genuine mail: none (it only lowers a
// finding); the risk is a forgery from a Linode VM whose PTR claims *.groups.io, which Linode sets
// only forward-confirmed, and which still needs the provider's pass for groups.io's own domain.
// Fixed at 14:5x (lib/findings/hosted-server.ts offlineListServer, read by the verdict's
// listOwnServer): three read unverified. Kept out by choice (the lead, 14:5x): the Infomaniak read
// with no options, where nothing names the provider's record, reads suspicious (a rented server,
// unproven), never spoofed.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w163-infomaniak-groupsio-dmarc-fail-pnone-linode-relay-no-options',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
