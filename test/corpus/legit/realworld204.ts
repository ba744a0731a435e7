// Real-world delivery shapes, two-hundred-and-fourth round: mailing lists and the forwarders users
// put in front of their inbox, read ONLINE (a zone) and OFFLINE (no zone) by Gmail, Outlook
// (Exchange Online), Yahoo and a self-hosted rspamd box. Round 202 read each list straight into the
// reader's mailbox; here most list posts take a SECOND hop the user set up (forwardemail.net, an
// alumni Postfix with postsrsd, Gmail's "forward to", Outlook.com's forwarding, Fastmail's alias,
// pobox, ImprovMX, SimpleLogin), so the reader sees the list's changes AND the forwarder's:
// - Mailman 3 unmunged (p=none author, footer breaks her DKIM; the list signs and seals as itself)
//   and munged (p=reject author, From "… via Devel") through forwardemail.net's ARC i=2 into Gmail;
// - Google Groups' "via" rewrite of a p=reject author through Gmail's "forward to" into Outlook; a
//   p=none author's post, footer appended, no rewrite, straight into Yahoo;
// - vger.kernel.org (subspace's ARC) to a pobox address (SRS0, no ARC) on an rspamd box; an
//   unsigned but SPF-aligned patch through a Fastmail alias (messagingengine.com's ARC i=2 over
//   subspace's i=1) into Gmail; a Microsoft 365 tenant's signed review whose chain subspace sealed
//   cv=fail, straight into Gmail;
// - Sympa's "via" From through Outlook.com's forwarding (microsoft.com's ARC) into Gmail; mlmmj's
//   unchanged p=reject post through ImprovMX into Gmail; Mailman 2 (unsigned list, footer) through an
//   alumni forwarder into Outlook; Mailman 3 munged through Gmail's forward onto the rspamd box;
// - notifications: GitHub through the alumni forwarder, through forwardemail.net into Yahoo and
//   through Outlook.com's forwarding into Gmail; GitLab through SimpleLogin; Discourse's mailing-list
//   mode through Amazon SES;
// - Fastmail as the reader (its 2026 inbound layout, its own ARC seal over its record): a Mailman 2
//   footer post and a Google Groups "via" post; Gmail's forward of a p=none Google Groups post into
//   Exchange Online, which records compauth=pass reason=130 (ARC overriding the DMARC failure).
// Wanted: every case a user should trust reads authenticated or unverified (TRUST), never spoofed.
//
// Where the layouts were learnt (search / find_string / read_file; ids are the index's file ids):
// - forwardemail.net into Gmail, a whole capture (spamscanner's test file, id 5919024730): Return-Path
//   `<SRS0=f9a5=WX=outlook.com=totalresource4u@forwardemail.net>`, `Received: from mx1.forwardemail.net
//   (mx1.forwardemail.net. [138.197.213.185]) by mx.google.com`, Gmail's `arc=pass (i=2 spf=pass
//   spfdomain=outlook.com dkim=pass dkdomain=outlook.com dmarc=pass fromdomain=outlook.com)`, then
//   forwardemail's own `ARC-Seal: i=2; … cv=pass; d=forwardemail.net; s=default`, its
//   ARC-Authentication-Results / Authentication-Results `mx1.forwardemail.net; dkim=pass header.i=@…
//   header.s=… header.a=rsa-sha256 header.b=…; spf=pass (mx1.forwardemail.net: domain of … designates
//   … as permitted sender) smtp.mailfrom=… smtp.helo=…; arc=pass (i=1 …); dmarc=pass (p=NONE
//   sp=QUARANTINE arc=pass) header.from=… header.d=…`, `Received-SPF` and `X-ForwardEmail-Sender /
//   -Session-ID / -Version` fields above the sender's own headers. The same capture shows Outlook.com
//   (consumer) sending from `apc01-tyz-obe.outbound.protection.outlook.com` [40.92.107.57] with
//   `ARC-Seal: i=1; … s=arcselector9901; d=microsoft.com` and `DKIM-Signature: … d=outlook.com;
//   s=selector1`.
// - Fastmail's seal `ARC-Seal: i=1; a=rsa-sha256; cv=none; d=messagingengine.com; s=fm1` over
//   `mailmx.phl.internal` / `phl-mx-04.messagingengine.com (Authentication Milter)` hops (id
//   70189210403); "all outbound mail is DKIM signed with a messagingengine.com key" quoted from
//   Fastmail's documentation (id 62081062801); fout-a4-smtp.messagingengine.com [103.168.172.147] as
//   realworld137.
// - ImprovMX: help.improvmx.com "Does ImprovMX support ARC?" ("we support ARC by signing emails that
//   are forwarded through our service … we do not validate emails that arrive with an existing ARC
//   signature"), its SRS guide (the envelope rewritten "to an address on a domain we control") and
//   "Why does ImprovMX need SPF?" (`v=spf1 include:spf.improvmx.com ~all` on the customer's domain,
//   "allows ImprovMX to set the MAIL FROM domain to yours") (pages corpus).
// - GitLab.com: `From: GitLab <gitlab@mg.gitlab.com>`, `Reply-To: GitLab <noreply@gitlab.com>`,
//   `X-GitLab-Project`, `-Project-Id`, `-Project-Path`, `-Pipeline-*`, `Auto-Submitted:
//   auto-generated`, `X-Auto-Response-Suppress: All` (a xen-devel archive copy, id 465631314), envelope
//   `bounce+…@mg.gitlab.com` from `do158-143.mg.gitlab.com` [192.237.158.143] (qemu-devel copy, id
//   6712337996), List-Id `<path> <…>` (gitlab's notify mailer, id 10192299).
// - Discourse: `List-Unsubscribe`, `List-Unsubscribe-Post: List-Unsubscribe=One-Click`,
//   `X-Discourse-Post-Id`, `X-Discourse-Topic-Id`, Reply-To the reply-by-email address (Discourse's
//   message builder, ids 401038188, 70963111162).
// - Gmail's X-Original-Authentication-Results for Google Groups posts (ids 14549220361, 62921560186:
//   `arc=pass (i=1 spf=pass spfdomain=… dkim=pass dkdomain=… dmarc=pass fromdomain=…)`).
// - vger/subspace/lore hops and subspace's seal (s=arc-20240116, `smtp.subspace.kernel.org;
//   dmarc=pass (p=reject dis=none) …; arc=none smtp.client-ip=…`), the rspamd box's rows and trailer:
//   realworld202.ts (lfdr.de captures 56773197135, 67655008958). Google Groups, Mailman, Sympa,
//   mlmmj, SimpleLogin, pobox, Gmail's +caf_ forward, the university forwarder: list-shapes.ts,
//   rounds-kit.ts, realworld190.ts, realworld202.ts.
// NOT confirmed (modelled): ImprovMX's sealing d= and selector (d=improvmx.com s=arc here), its
// outbound host name and address (a documentation address); Outlook.com's SRS envelope for consumer
// forwarding (`SRS0=…@outlook.com` here); Fastmail's SRS form (`srs0=…@fastmail.com`, recalled in
// realworld137); whether pobox seals (no ARC here); Gmail's `arc=fail` wording for a broken chain;
// EOP's compauth for a p=none author's failing post (`compauth=none reason=405`); Discourse's
// sending through SES with a forum-domain signature; GitLab's signing domain (d=mg.gitlab.com).
// Names and addresses are documentation ones except the providers' and kernel.org's own hosts.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendBody, appendHeaders, tagSubject } from '../edits';
import { sealAs } from '../gateway-layouts';
import { emitCase, GMAIL_OUT, legitCorpus, ptr, RECEIVER, type Relay, SIGNED, signAll } from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';

const BOX = ['--authserv-id', RECEIVER];
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];

/** Genuine mail a user should trust: authenticated or unverified, never a warning. */
const TRUST: CaseExpectation = { verdict: ['authenticated', 'unverified'] };

// ---- Authors ----
/** Alice, p=none, signs as s1. */
const ALICE_D = 'quarkfield.example';
/** Petra, p=reject, signs as s1. */
const PETRA_D = 'ostrava-labs.example';
const authorZone = (domain: string, policy: string) => ({
  ...keyZone([`s1._domainkey.${domain}`]),
  [domain]: { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; p=${policy}`] },
});
const AUTHORS = { ...authorZone(ALICE_D, 'none'), ...authorZone(PETRA_D, 'reject') };

/** An author's signed post (`who`: Alice or Petra). */
const post = (who: 'alice' | 'petra', to: string, subject: string, body: string, serial: string) => {
  const d = who === 'alice' ? ALICE_D : PETRA_D;
  const name = who === 'alice' ? 'Alice Martin' : 'Petra Novak';
  return signCorpus(
    submitted({
      from: `${name} <${who}@${d}>`,
      to,
      subject,
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<${serial}.w204.${who}@${d}>`,
      body,
    }),
    { domain: d, selector: 's1', headerList: SIGNED },
  );
};

// ---- The reader's forwarders and providers ----
const FWDEMAIL: Relay = { helo: 'mx1.forwardemail.net', rdns: 'mx1.forwardemail.net', ip: '138.197.213.185' };
const FASTMAIL: Relay = {
  helo: 'fout-a4-smtp.messagingengine.com',
  rdns: 'fout-a4-smtp.messagingengine.com',
  ip: '103.168.172.147',
};
const POBOX: Relay = { helo: 'pb-smtp20.pobox.com', rdns: 'pb-smtp20.pobox.com', ip: '173.228.157.50' };
const OUTLOOK_COM: Relay = {
  helo: 'APC01-TYZ-obe.outbound.protection.outlook.com',
  rdns: 'mail-tyzapc01olkn2057.outbound.protection.outlook.com',
  ip: '40.92.107.57',
};
/** ImprovMX's outbound host: name and address modelled (documentation address). */
const IMPROVMX: Relay = { helo: 'mx2.improvmx.com', rdns: 'mx2.improvmx.com', ip: '203.0.113.212' };
/** A university's alumni forwarder: Postfix with postsrsd, no ARC. */
const ALUMNI = 'alumni.example.edu';
const ALUMNI_FWD: Relay = { helo: `fwd.${ALUMNI}`, rdns: `fwd.${ALUMNI}`, ip: '203.0.113.40' };
const SL: Relay = { helo: 'mail-200.simplelogin.co', rdns: 'mail-200.simplelogin.co', ip: '185.70.40.130' };
/** The reader's own domain whose mail ImprovMX forwards. */
const VANITY = 'robin-reads.example';

const FORWARDERS_ZONE: Record<string, unknown> = {
  ...ptr(FWDEMAIL.ip, FWDEMAIL.rdns),
  'forwardemail.net': { TXT: ['v=spf1 ip4:138.197.213.185 ip4:104.248.224.170 -all'] },
  '_dmarc.forwardemail.net': { TXT: ['v=DMARC1; p=reject'] },
  ...ptr(FASTMAIL.ip, FASTMAIL.rdns),
  'fastmail.com': { TXT: ['v=spf1 ip4:103.168.172.128/27 ip4:66.111.4.0/24 -all'] },
  '_dmarc.fastmail.com': { TXT: ['v=DMARC1; p=none'] },
  '_dmarc.messagingengine.com': { TXT: ['v=DMARC1; p=none'] },
  ...ptr(POBOX.ip, POBOX.rdns),
  'pobox.com': { TXT: ['v=spf1 ip4:173.228.157.0/24 ip4:64.147.108.0/24 ~all'] },
  ...M365_SPF_ZONE,
  'outlook.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  '_dmarc.outlook.com': { TXT: ['v=DMARC1; p=none; sp=quarantine'] },
  ...ptr(OUTLOOK_COM.ip, OUTLOOK_COM.rdns),
  ...ptr(IMPROVMX.ip, IMPROVMX.rdns),
  'spf.improvmx.com': { TXT: [`v=spf1 ip4:${IMPROVMX.ip} -all`] },
  [VANITY]: {
    TXT: ['v=spf1 include:spf.improvmx.com ~all'],
    MX: [{ priority: 10, exchange: 'mx1.improvmx.com' }],
  },
  ...ptr(ALUMNI_FWD.ip, ALUMNI_FWD.rdns),
  [ALUMNI]: { TXT: [`v=spf1 ip4:${ALUMNI_FWD.ip} -all`] },
  [`_dmarc.${ALUMNI}`]: { TXT: ['v=DMARC1; p=none'] },
  ...ptr(SL.ip, SL.rdns),
  'simplelogin.co': { TXT: ['v=spf1 ip4:185.70.40.0/24 -all'] },
  '_dmarc.simplelogin.co': { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine'] },
  ...keyZone([
    'default._domainkey.forwardemail.net',
    'fm1._domainkey.messagingengine.com',
    'arcselector9901._domainkey.microsoft.com',
    'arcselector10001._domainkey.microsoft.com',
    'selector1._domainkey.outlook.com',
    'arc._domainkey.improvmx.com',
    'dkim._domainkey.simplelogin.co',
    'arc-20230626._domainkey.simplelogin.co',
    'arc-20240605._domainkey.google.com',
  ]),
};

/**
 * forwardemail.net's handling, as the capture shows it: its Received-SPF, its Authentication-Results
 * (also sealed as ARC-Authentication-Results) and the X-ForwardEmail fields on top of what it got,
 * ARC set by d=forwardemail.net s=default (cv as found), then the SRS0 envelope at forwardemail.net.
 */
async function viaForwardEmail(
  raw: string,
  o: { from: Relay; mailfrom: string; ar: string; cv: 'none' | 'pass'; session: string; sender: string },
): Promise<{ raw: string; envelope: string }> {
  const [local, domain] = o.mailfrom.split('@');
  const seen = onTop(
    raw,
    `Received-SPF: pass (mx1.forwardemail.net: domain of ${o.mailfrom} designates ${o.from.ip} as permitted sender) client-ip=${o.from.ip};`,
    `Authentication-Results: mx1.forwardemail.net;\r\n ${o.ar}`,
    `X-ForwardEmail-Sender: rfc822; ${o.sender}`,
    `X-ForwardEmail-Session-ID: ${o.session}`,
    'X-ForwardEmail-Version: 9.0.1',
  );
  const sealed = await sealAs(seen, {
    domain: 'forwardemail.net',
    selector: 'default',
    cv: o.cv,
    authResults: `mx1.forwardemail.net;\r\n ${o.ar}`,
  });
  return { raw: sealed, envelope: `SRS0=k2Qe=TT=${domain}=${local}@forwardemail.net` };
}

/** Gmail's ids for one delivery (its internal hop's and its entry's), unique per case. */
const gids = (n: number): [string, string] => [`x${n}csp204${n}pxa`, `a${n}si204w${n}c2b.${n}`];

/** Gmail's one header's results, folded as Gmail folds them. */
const gmailResults = (...r: string[]) => r.join('\r\n       ');

/**
 * Gmail's "forward to" of a message it delivered to `user@gmail.com` (its entry block and results
 * kept), X-Forwarded fields on top, sealed by google.com (s=arc-20240605), sent from Gmail's mail-sor
 * host with the +caf_ envelope.
 */
async function gmailForward(
  raw: string,
  o: {
    relay: Relay;
    envelope: string;
    results: string[];
    n: number;
    user: string;
    target: string;
    cv: 'none' | 'pass';
  },
): Promise<{ raw: string; envelope: string }> {
  const delivered = gmailDelivery(raw, {
    relay: o.relay,
    envelope: o.envelope,
    results: gmailResults(...o.results),
    ids: gids(o.n),
    to: `${o.user}@gmail.com`,
    spf: 'pass',
    deliveredTo: true,
  });
  const sealed = await sealAs(
    onTop(delivered, `X-Forwarded-To: ${o.target}`, `X-Forwarded-For: ${o.user}@gmail.com ${o.target}`),
    {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: o.cv,
      authResults: `mx.google.com;\r\n       ${gmailResults(...o.results)}`,
    },
  );
  return { raw: sealed, envelope: `${o.user}+caf_=${o.target.replace('@', '=')}@gmail.com` };
}

/**
 * The reader's rspamd box (Postfix, Dovecot LMTP): the LMTP line, the Postfix entry for `relay`, the
 * milter's one header under it (the captured layout, realworld202), the rspamd trailer at the bottom.
 */
function rspamdBox(raw: string, relay: Relay, env: string, ar: string[], id: string): string {
  const trailed = appendHeaders(
    raw,
    'X-Rspamd-Action: no action',
    `X-Rspamd-Server: ${RECEIVER.split('.')[0]}`,
    `X-Rspamd-Queue-Id: ${id}`,
  );
  return onTop(
    trailed,
    `Return-Path: <${env}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid 8f+QwklrM2ptAwYAW204bx\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 11:00:09 +0100`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 11:00:08 +0100 (CET)`,
    `Authentication-Results: ${RECEIVER};\r\n\t${ar.join(';\r\n\t')}`,
  );
}

/** Fastmail's inbound host, as its 2026 delivery shows it (id 70189210403): the reader's trusted id. */
const FM_MX = 'phl-mx-04.messagingengine.com';
const FASTMAIL_READER = ['--authserv-id', FM_MX];

/**
 * Fastmail's delivery of a message handed over by `relay` (the capture's layout, id 70189210403):
 * Cyrus's LMTPA line and its X-Spam / X-Delivered-to / X-Mail-from fields, the LMTPProxy and
 * localhost hops, the Authentication Milter line, Fastmail's own ARC set over what it found (`aar`,
 * sealed as messagingengine.com fm1), X-ME-Authentication-Results, its results split over several
 * Authentication-Results (`rows`, each a header's body), Received-SPF, and the Postfix entry.
 */
async function fastmailInbound(
  raw: string,
  o: {
    relay: Relay;
    envelope: string;
    rcpt: string;
    aar: string;
    rows: string[];
    cv: 'none' | 'pass';
    id: string;
  },
): Promise<string> {
  const r = o.relay;
  const below = onTop(
    raw,
    `X-ME-Authentication-Results: ${FM_MX};\r\n    x-tls=pass smtp.version=TLSv1.3 smtp.cipher=TLS_AES_256_GCM_SHA384\r\n      smtp.bits=256/256;\r\n    x-vs=list score=20 state=14`,
    ...o.rows.map((row) => `Authentication-Results: ${FM_MX};\r\n    ${row}`),
    `Received-SPF: pass\r\n    (${o.envelope.split('@')[1]}: Sender is authorized to use '${o.envelope}' in 'mfrom' identity (mechanism 'ip4:${r.ip}' matched))\r\n    receiver=${FM_MX};\r\n    identity=mailfrom;\r\n    envelope-from="${o.envelope}";\r\n    helo=${r.helo};\r\n    client-ip=${r.ip}`,
    `Received: from ${r.helo} (${r.rdns} [${r.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange ECDHE (prime256v1) server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${FM_MX} (Postfix) with ESMTPS id ${o.id}\r\n\tfor <${o.rcpt}>; Fri, 20 Nov 2026 05:00:05 -0500 (EST)`,
  );
  const sealed = await sealAs(below, {
    domain: 'messagingengine.com',
    selector: 'fm1',
    cv: o.cv,
    authResults: `${FM_MX};\r\n    ${o.aar}`,
  });
  return onTop(
    sealed,
    `Return-Path: <${o.envelope}>`,
    `Received: from ams-compute-02.internal (ams-compute-02.internal [10.64.2.62])\r\n\t by slotai03m05 (Cyrus 3.13.7-879-g3d7eacd738-fm-20260923.003-g3d7eacd7) with LMTPA;\r\n\t Fri, 20 Nov 2026 05:00:08 -0500`,
    `X-Cyrus-Session-Id: slotai03m05-1795168808-1293611-2-${o.id.length}204`,
    'X-Sieve: CMU Sieve 3.0',
    'X-Spam-known-sender: no',
    'X-Spam-score: 0.0',
    `X-Delivered-to: ${o.rcpt}`,
    `X-Mail-from: ${o.envelope}`,
    `Received: from phl-mx-04 ([10.202.2.203])\r\n  by ams-compute-02.internal (LMTPProxy); Fri, 20 Nov 2026 05:00:08 -0500`,
    `Received: from ${FM_MX} (localhost [127.0.0.1])\r\n\tby mailmx.phl.internal (Postfix) with ESMTP id A712${o.id.slice(0, 8)}\r\n\tfor <${o.rcpt}>; Fri, 20 Nov 2026 05:00:07 -0500 (EST)`,
    `Received: from mailmx.phl.internal (localhost [127.0.0.1])\r\n    by ${FM_MX} (Authentication Milter) with ESMTP\r\n    id 35022C783BF.${o.id};\r\n    Fri, 20 Nov 2026 05:00:07 -0500`,
  );
}

/** EOP's results for a delivery, as eopDelivery takes them. */
const eop = (relay: Relay, mailfrom: string, dkim: string, dmarc: string, compauth: string) => ({
  ip: relay.ip,
  helo: relay.helo,
  ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${mailfrom}; ${dkim};dmarc=${dmarc};compauth=${compauth}`,
  spf: `Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
});

/** The alumni forwarder's Postfix line for `from`, then postsrsd's SRS0 envelope. */
const viaAlumni = (raw: string, from: Relay, mailfrom: string, rcpt: string) => {
  const [local, domain] = mailfrom.split('@');
  return {
    raw: onTop(
      raw,
      `Received: from ${from.helo} (${from.rdns} [${from.ip}])\r\n\tby fwd.${ALUMNI} (Postfix) with ESMTPS id 4W204Fa7${rcpt.length}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:04 +0000 (UTC)`,
    ),
    envelope: `SRS0=Hx4b=TT=${domain}=${local}@${ALUMNI}`,
  };
};

// ---- Lists ----
const LIST_HOST = 'lists.example.org';
const LIST: Relay = { helo: `mail.${LIST_HOST}`, rdns: `mail.${LIST_HOST}`, ip: '192.0.2.80' };
const LIST_ZONE: Record<string, unknown> = {
  ...ptr(LIST.ip, LIST.rdns),
  [LIST_HOST]: { TXT: [`v=spf1 ip4:${LIST.ip} -all`] },
  [`_dmarc.${LIST_HOST}`]: { TXT: ['v=DMARC1; p=none'] },
  ...keyZone([`s1._domainkey.${LIST_HOST}`, `arc._domainkey.${LIST_HOST}`]),
};
/** Mailman 3's list fields for devel@ (its version line 3.3.9). */
const mm3Fields = (munged: boolean, author: string) => [
  ...mailmanHeaders('devel', LIST_HOST, 'Devel').map((h) =>
    h.replace('X-Mailman-Version: 2.1.39', 'X-Mailman-Version: 3.3.9'),
  ),
  ...(munged ? [`Reply-To: ${author}`, `X-Original-From: ${author}`] : []),
];

/**
 * Mailman 3's post to devel@: subject prefix, footer, list fields, From munged when `munged`; the
 * list's own DKIM (s1) and ARC (arc) over what it received (`ar`, its record of the author).
 */
async function mailman3(raw: string, o: { munged: boolean; author: string; name: string; ar: string }) {
  let listed = appendHeaders(
    appendBody(tagSubject(raw, '[Devel] '), mailmanFooter('devel', LIST_HOST, 'Devel')),
    ...mm3Fields(o.munged, o.author),
  );
  if (o.munged) listed = listed.replace(/^From: .*$/m, `From: "${o.name} via Devel" <devel@${LIST_HOST}>`);
  const signed = await signCorpus(listed, {
    domain: LIST_HOST,
    selector: 's1',
    headerList: [...SIGNED, 'list-id', 'list-post'],
  });
  return sealAs(signed, {
    domain: LIST_HOST,
    selector: 'arc',
    cv: 'none',
    authResults: `${LIST_HOST}; ${o.ar}`,
  });
}
const MM3_ENV = `devel-bounces@${LIST_HOST}`;

// ---- The kernel lists ----
const LORE: Relay = { helo: 'tor.lore.kernel.org', rdns: 'tor.lore.kernel.org', ip: '172.105.105.114' };
const KERNEL_ZONE: Record<string, unknown> = {
  ...ptr(LORE.ip, LORE.rdns),
  'vger.kernel.org': {
    TXT: ['v=spf1 ip4:172.105.105.114 ip4:172.232.135.74 ip6:2600:3c0a:e001:db::/64 ~all'],
  },
  '_dmarc.kernel.org': { TXT: ['v=DMARC1; p=none'] },
  ...keyZone(['arc-20240116._domainkey.subspace.kernel.org']),
};
const vgerEnvelope = (list: string, n: number, rcpt: string) =>
  `${list}+bounces-${n}-${rcpt.replace('@', '=')}@vger.kernel.org`;

/** A post to `list`@vger: subspace's entry from `client`, its seal (cv), its hand-off to lore, lore's to `by`. */
async function viaVger(
  p: string,
  o: {
    list: string;
    client: Relay;
    cv: 'none' | 'fail';
    arcAr: string;
    by: string;
    rcpt: string;
    id: string;
  },
): Promise<string> {
  const listed = appendHeaders(
    p,
    'Precedence: bulk',
    `X-Mailing-List: ${o.list}@vger.kernel.org`,
    `List-Id: <${o.list}.vger.kernel.org>`,
    `List-Subscribe: <mailto:${o.list}+subscribe@vger.kernel.org>`,
    `List-Unsubscribe: <mailto:${o.list}+unsubscribe@vger.kernel.org>`,
  );
  const sealed = await sealAs(listed, {
    domain: 'subspace.kernel.org',
    selector: 'arc-20240116',
    cv: o.cv,
    authResults: `smtp.subspace.kernel.org; ${o.arcAr} smtp.client-ip=${o.client.ip}`,
  });
  return onTop(
    sealed,
    `Received: from ${LORE.helo} (${LORE.rdns} [${LORE.ip}])\r\n\tby ${o.by} (Postfix) with ESMTPS id ${o.id}\r\n\tfor <${o.rcpt}>; Fri, 20 Nov 2026 05:00:08 -0500 (EST)`,
    `Received: from smtp.subspace.kernel.org (conduit.subspace.kernel.org [100.90.174.1])\r\n\tby ${LORE.helo} (Postfix) with ESMTP id 998E9306${o.id.slice(0, 4)}\r\n\tfor <${o.rcpt}>; Fri, 20 Nov 2026 10:00:07 +0000 (UTC)`,
    `Received: from localhost.localdomain (localhost.localdomain [127.0.0.1])\r\n\tby smtp.subspace.kernel.org (Postfix) with ESMTP id 16B7${o.id.slice(0, 5)};\r\n\tFri, 20 Nov 2026 10:00:06 +0000 (UTC)`,
    `X-Original-To: ${o.list}@vger.kernel.org`,
    `Received: from ${o.client.helo} (${o.client.rdns} [${o.client.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby smtp.subspace.kernel.org (Postfix) with ESMTPS id A38${o.id.slice(0, 6)};\r\n\tFri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
}

/** A Microsoft 365 tenant with its own selector2 key and p=reject, and Microsoft's outbound host. */
const FAB = 'fabrikam-silicon.example';
const NAM_AZ: Relay = {
  helo: 'CO1PR03CU002.outbound.protection.outlook.com',
  rdns: 'mail-westus2azon11010043.outbound.protection.outlook.com',
  ip: '52.101.46.43',
};
const FAB_ZONE: Record<string, unknown> = {
  [FAB]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${FAB}`]: { TXT: ['v=DMARC1; p=reject'] },
  ...keyZone([`selector2._domainkey.${FAB}`]),
  ...ptr(NAM_AZ.ip, NAM_AZ.rdns),
};
/** Damages an ARC-Message-Signature's b= (the field vger's path no longer verifies), as realworld202. */
const breakAms = (raw: string, i: number) =>
  raw.replace(new RegExp(`(ARC-Message-Signature: i=${i};[\\s\\S]*?\\bb=)([A-Za-z0-9+/]{6})`), '$1AAAAAA');

// ---- Notification senders ----
const GITHUB: Relay = {
  helo: 'out-21.smtp.github.com',
  rdns: 'out-21.smtp.github.com',
  ip: '192.30.252.204',
};
const GITLAB: Relay = {
  helo: 'do158-143.mg.gitlab.com',
  rdns: 'do158-143.mg.gitlab.com',
  ip: '192.237.158.143',
};
const SES: Relay = {
  helo: 'a8-31.smtp-out.amazonses.com',
  rdns: 'a8-31.smtp-out.amazonses.com',
  ip: '54.240.8.31',
};
const FORUM = 'discuss.openfield.example';
const NOTIFY_ZONE: Record<string, unknown> = {
  ...ptr(GITHUB.ip, GITHUB.rdns),
  'github.com': { TXT: ['v=spf1 ip4:192.30.252.0/22 -all'] },
  '_dmarc.github.com': { TXT: ['v=DMARC1; p=reject'] },
  ...keyZone(['pf2023._domainkey.github.com']),
  ...ptr(GITLAB.ip, GITLAB.rdns),
  'mg.gitlab.com': { TXT: ['v=spf1 ip4:192.237.158.0/23 -all'] },
  '_dmarc.gitlab.com': { TXT: ['v=DMARC1; p=reject'] },
  ...keyZone(['mailo._domainkey.mg.gitlab.com']),
  ...ptr(SES.ip, SES.rdns),
  'amazonses.com': { TXT: ['v=spf1 ip4:54.240.0.0/18 ip4:199.255.192.0/22 -all'] },
  [`_dmarc.${FORUM}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [FORUM]: { TXT: ['v=spf1 include:amazonses.com -all'] },
  ...keyZone([`ses1._domainkey.${FORUM}`, '224i4yxa5dv7c2xz3womw6peuasteono._domainkey.amazonses.com']),
};

const ZONE = { ...AUTHORS, ...FORWARDERS_ZONE, ...LIST_ZONE, ...KERNEL_ZONE, ...FAB_ZONE, ...NOTIFY_ZONE };

export async function makeAll(write: CaseWriter): Promise<void> {
  const both = (c: Parameters<typeof emitCase>[1], offline = true) => {
    emitCase(write, c);
    if (offline) emitCase(write, { ...c, name: `${c.name}-offline`, zone: undefined, twin: false });
  };

  // 1. Mailman 3 unmunged, p=none author, footer breaks her DKIM; forwardemail.net; Gmail.
  {
    const p = await post(
      'alice',
      `devel@${LIST_HOST}`,
      'Release candidate 2 is tagged',
      'RC2 is tagged; please test the installer on arm64.\r\n\r\nAlice\r\n',
      '1',
    );
    const listed = await mailman3(p, {
      munged: false,
      author: `Alice Martin <alice@${ALICE_D}>`,
      name: 'Alice Martin',
      ar: `dkim=pass header.d=${ALICE_D}; spf=pass smtp.mailfrom=${ALICE_D}; dmarc=pass header.from=${ALICE_D}`,
    });
    const inList = onTop(listed, received({ ...LIST, by: 'mx1.forwardemail.net', id: '4W204M3a1' }));
    const fwd = await viaForwardEmail(inList, {
      from: LIST,
      mailfrom: MM3_ENV,
      sender: MM3_ENV,
      session: 'w204aa1mm3fwd',
      cv: 'pass',
      ar: `dkim=fail (body hash did not verify) header.i=@${ALICE_D} header.s=s1 header.a=rsa-sha256;\r\n dkim=pass header.i=@${LIST_HOST} header.s=s1 header.a=rsa-sha256;\r\n spf=pass (mx1.forwardemail.net: domain of ${MM3_ENV} designates ${LIST.ip} as permitted sender) smtp.mailfrom=${MM3_ENV}\r\n smtp.helo=${LIST.helo};\r\n arc=pass (i=1 spf=pass dkim=pass dmarc=pass);\r\n dmarc=fail (p=NONE arc=pass) header.from=${ALICE_D} header.d=${LIST_HOST}`,
    });
    const eml = gmailDelivery(fwd.raw, {
      relay: FWDEMAIL,
      envelope: fwd.envelope,
      spf: 'pass',
      ids: gids(1),
      results: gmailResults(
        gmailDkim(ALICE_D, 's1', 'fail'),
        gmailDkim(LIST_HOST, 's1'),
        `arc=pass (i=2 spf=pass spfdomain=${LIST_HOST} dkim=pass dkdomain=${LIST_HOST} dmarc=fail fromdomain=${ALICE_D});`,
        gmailSpf(fwd.envelope.toLowerCase(), FWDEMAIL.ip),
        gmailDmarc(ALICE_D, 'NONE', 'fail'),
      ),
    });
    both({
      name: 'w204-gmail-mailman3-footer-p-none-author-via-forwardemail',
      class: 'list-then-forwarder',
      about:
        "Genuine: a p=none author's post to a Mailman 3 list that does not munge; the subject prefix and footer break her DKIM, the list signs and seals as itself (ARC i=1, not a community sealer), then the reader's forwardemail.net alias seals i=2 (cv=pass, d=forwardemail.net, a listed sealer) and forwards with an SRS0 envelope into Gmail (layout from the forwardemail.net → Gmail capture, id 5919024730). Gmail: the author's dkim=fail, the list's pass, arc=pass, dmarc=fail (p=NONE). Expected: unverified (a list changed it, nothing to fear); never a warning.",
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: TRUST,
      twin: true,
    });
  }

  // 2. Mailman 3 munged (p=reject author), forwardemail.net, Gmail.
  {
    const p = await post(
      'petra',
      `devel@${LIST_HOST}`,
      'Re: Release candidate 2 is tagged',
      '> RC2 is tagged\r\n\r\nInstaller works on the Ampere box.\r\n\r\nPetra\r\n',
      '2',
    );
    const listed = await mailman3(p, {
      munged: true,
      author: `Petra Novak <petra@${PETRA_D}>`,
      name: 'Petra Novak',
      ar: `dkim=pass header.d=${PETRA_D}; spf=pass smtp.mailfrom=${PETRA_D}; dmarc=pass header.from=${PETRA_D}`,
    });
    const inList = onTop(listed, received({ ...LIST, by: 'mx1.forwardemail.net', id: '4W204M3b2' }));
    const fwd = await viaForwardEmail(inList, {
      from: LIST,
      mailfrom: MM3_ENV,
      sender: MM3_ENV,
      session: 'w204bb2mm3fwd',
      cv: 'pass',
      ar: `dkim=fail (body hash did not verify) header.i=@${PETRA_D} header.s=s1 header.a=rsa-sha256;\r\n dkim=pass header.i=@${LIST_HOST} header.s=s1 header.a=rsa-sha256;\r\n spf=pass (mx1.forwardemail.net: domain of ${MM3_ENV} designates ${LIST.ip} as permitted sender) smtp.mailfrom=${MM3_ENV}\r\n smtp.helo=${LIST.helo};\r\n arc=pass (i=1 spf=pass dkim=pass dmarc=pass);\r\n dmarc=pass (p=NONE arc=pass) header.from=${LIST_HOST} header.d=${LIST_HOST}`,
    });
    const eml = gmailDelivery(fwd.raw, {
      relay: FWDEMAIL,
      envelope: fwd.envelope,
      spf: 'pass',
      ids: gids(2),
      results: gmailResults(
        gmailDkim(PETRA_D, 's1', 'fail'),
        gmailDkim(LIST_HOST, 's1'),
        `arc=pass (i=2 spf=pass spfdomain=${LIST_HOST} dkim=pass dkdomain=${LIST_HOST} dmarc=pass fromdomain=${LIST_HOST});`,
        gmailSpf(fwd.envelope.toLowerCase(), FWDEMAIL.ip),
        gmailDmarc(LIST_HOST, 'NONE'),
      ),
    });
    both({
      name: 'w204-gmail-mailman3-munged-p-reject-author-via-forwardemail',
      class: 'list-then-forwarder',
      about:
        "Genuine: Mailman 3 munges a p=reject author's From to \"Petra Novak via Devel\" <devel@…> (Reply-To and X-Original-From her), signs as the list and seals i=1; forwardemail.net seals i=2 and forwards into Gmail. Gmail: the list's dkim=pass aligns, dmarc=pass for the list's domain; the author's broken signature rides along. Expected: authenticated (the list is who the From says).",
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 3. Google Groups "via" rewrite of a p=reject author; Gmail "forward to" Outlook (Exchange Online).
  {
    const p = await post(
      'petra',
      'makers@googlegroups.com',
      'Laser cutter booking for Saturday',
      'The laser cutter is free 10-14 on Saturday; book on the sheet.\r\n\r\nPetra\r\n',
      '3',
    );
    const grouped = appendHeaders(
      `${p.replace(/^From: .*$/m, `From: "'Petra Novak' via Makers" <makers@googlegroups.com>`)}\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Makers" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to makers+unsubscribe@googlegroups.com.\r\n`,
      `Reply-To: Petra Novak <petra@${PETRA_D}>`,
      `X-Original-From: Petra Novak <petra@${PETRA_D}>`,
      `X-Original-Sender: petra@${PETRA_D}`,
      `X-Original-Authentication-Results: gmr-mx.google.com;       dkim=pass header.i=@${PETRA_D} header.s=s1;       spf=pass (google.com: domain of petra@${PETRA_D} designates 198.51.100.20 as permitted sender) smtp.mailfrom=petra@${PETRA_D};       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${PETRA_D}`,
      'Precedence: list',
      'Mailing-list: list makers@googlegroups.com; contact makers+owners@googlegroups.com',
      'List-ID: <makers.googlegroups.com>',
      'List-Post: <https://groups.google.com/group/makers/post>, <mailto:makers@googlegroups.com>',
      'List-Unsubscribe: <mailto:googlegroups-manage+5120+unsubscribe@googlegroups.com>',
    );
    const sealed = await sealAs(
      await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }),
      {
        domain: 'google.com',
        selector: 'arc-20240605',
        cv: 'none',
        authResults: `gmr-mx.google.com; dkim=pass header.i=@${PETRA_D} header.s=s1; spf=pass (google.com: domain of petra@${PETRA_D} designates 198.51.100.20 as permitted sender) smtp.mailfrom=petra@${PETRA_D}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${PETRA_D}`,
      },
    );
    const groupsRelay: Relay = {
      helo: 'mail-qt1-x83f.google.com',
      rdns: 'mail-qt1-x83f.google.com',
      ip: '209.85.160.63',
    };
    const genv = 'makers+bncBCV2PMA5BYIFBB204TCAMGQEAB5120@googlegroups.com';
    const fwd = await gmailForward(sealed, {
      relay: groupsRelay,
      envelope: genv,
      n: 3,
      user: 'robin.reader',
      target: 'robin@reader-corp.example',
      cv: 'pass',
      results: [
        gmailDkim('googlegroups.com', '20230601'),
        `arc=pass (i=1 spf=pass spfdomain=${PETRA_D} dkim=pass dkdomain=${PETRA_D} dmarc=pass fromdomain=${PETRA_D});`,
        gmailSpf(genv, groupsRelay.ip),
        gmailDmarc('googlegroups.com', 'NONE'),
      ],
    });
    const eml = eopDelivery(fwd.raw, {
      ...eop(
        GMAIL_OUT,
        'gmail.com',
        'dkim=pass (signature was verified)\r\n header.d=googlegroups.com',
        'pass action=none\r\n header.from=googlegroups.com',
        'pass reason=100',
      ),
      returnPath: fwd.envelope,
    });
    both({
      name: 'w204-outlook-google-groups-via-rewrite-gmail-forwarded',
      class: 'list-then-forwarder',
      about:
        "Genuine: Google Groups rewrites a p=reject author's From to \"'Petra Novak' via Makers\" <makers@googlegroups.com> (Reply-To, X-Original-From, X-Original-Authentication-Results her; list-shapes.ts's kasan-dev capture and ids 14549220361, 62921560186), signs as googlegroups.com and seals i=1; the reader's Gmail forwards it (+caf_ envelope, google.com's i=2) into her company's Exchange Online. EOP: googlegroups.com's dkim=pass aligns, dmarc=pass, compauth=pass. Expected: authenticated.",
      args: OUTLOOK,
      eml,
      zone: {
        ...ZONE,
        ...keyZone(['20230601._domainkey.googlegroups.com']),
        'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
        '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
        ...ptr(groupsRelay.ip, groupsRelay.rdns),
      },
      expect: TRUST,
      twin: true,
    });
  }

  // 4. Google Groups, p=none author, no rewrite, footer breaks her DKIM; Yahoo.
  {
    const p = await post(
      'alice',
      'hikers@googlegroups.com',
      'Sunday route: the ridge path is closed',
      'The ridge path is closed after the storm; we take the valley loop.\r\n\r\nAlice\r\n',
      '4',
    );
    const grouped = appendHeaders(
      `${p}\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Hikers" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to hikers+unsubscribe@googlegroups.com.\r\n`,
      `X-Original-Sender: alice@${ALICE_D}`,
      'Precedence: list',
      'Mailing-list: list hikers@googlegroups.com; contact hikers+owners@googlegroups.com',
      'List-ID: <hikers.googlegroups.com>',
      'List-Post: <https://groups.google.com/group/hikers/post>, <mailto:hikers@googlegroups.com>',
      'List-Unsubscribe: <mailto:googlegroups-manage+4471+unsubscribe@googlegroups.com>',
    );
    const sealed = await sealAs(
      await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }),
      {
        domain: 'google.com',
        selector: 'arc-20240605',
        cv: 'none',
        authResults: `gmr-mx.google.com; dkim=pass header.i=@${ALICE_D} header.s=s1; spf=pass (google.com: domain of alice@${ALICE_D} designates 198.51.100.21 as permitted sender) smtp.mailfrom=alice@${ALICE_D}; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${ALICE_D}`,
      },
    );
    const relay: Relay = {
      helo: 'mail-qt1-x842.google.com',
      rdns: 'mail-qt1-x842.google.com',
      ip: '209.85.160.66',
    };
    const env = 'hikers+bncBDL3ZMA5BYIFBB204TCAMGQEAB4471@googlegroups.com';
    const eml = yahooDelivery(sealed, {
      relay,
      envelope: env,
      results: `dkim=perm_fail header.i=@${ALICE_D} header.s=s1;\r\n dkim=pass header.i=@googlegroups.com header.s=20230601;\r\n spf=pass smtp.mailfrom=googlegroups.com;\r\n dmarc=fail(p=NONE) header.from=${ALICE_D};`,
    });
    both({
      name: 'w204-yahoo-google-groups-p-none-author-footer-no-rewrite',
      class: 'list',
      about:
        "Genuine: a p=none author's post to a Google Group, not rewritten (her domain's DMARC does not ask it), the group's footer breaking her DKIM; googlegroups.com signs and google.com seals i=1 recording her pass. Yahoo: her dkim=perm_fail, googlegroups.com's pass, spf=pass for googlegroups.com, dmarc=fail(p=NONE). Expected: unverified (a known list host changed it).",
      args: YAHOO,
      eml,
      zone: {
        ...ZONE,
        ...keyZone(['20230601._domainkey.googlegroups.com']),
        'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
        '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
        ...ptr(relay.ip, relay.rdns),
      },
      expect: TRUST,
    });
  }

  // 5. vger post (p=none author, signed, unchanged) to a pobox address; pobox SRS0; rspamd box.
  {
    const p = await post(
      'alice',
      'linux-kselftest@vger.kernel.org',
      '[PATCH v2] selftests/net: skip the test without CAP_NET_ADMIN',
      'Skip rather than fail when the test lacks CAP_NET_ADMIN.\r\n\r\nSigned-off-by: Alice Martin <alice@quarkfield.example>\r\n',
      '5',
    );
    const rcpt = 'alice.fan@pobox.com';
    const aliceHost: Relay = { helo: `mail.${ALICE_D}`, rdns: `mail.${ALICE_D}`, ip: '198.51.100.21' };
    const viaList = await viaVger(p, {
      list: 'linux-kselftest',
      client: aliceHost,
      cv: 'none',
      arcAr: `dkim=pass (2048-bit key) header.d=${ALICE_D} header.i=@${ALICE_D}; dmarc=pass (p=none dis=none) header.from=${ALICE_D}; spf=pass smtp.mailfrom=${ALICE_D}; arc=none`,
      by: 'pb-smtp20.pobox.com',
      rcpt,
      id: '4W204PB5a1',
    });
    const vEnv = vgerEnvelope('linux-kselftest', 40115, rcpt);
    const env = `SRS0=Pb5k=TT=vger.kernel.org=${vEnv.split('@')[0]}@pobox.com`;
    const eml = rspamdBox(
      viaList,
      POBOX,
      env,
      [
        `dkim=pass header.d=${ALICE_D} header.s=s1 header.b=${'Q29ycHVz'}`,
        `spf=pass (${RECEIVER}: domain of "${env}" designates ${POBOX.ip} as permitted sender) smtp.mailfrom="${env}"`,
        `dmarc=pass (policy=none) header.from=${ALICE_D}`,
        'arc=pass ("subspace.kernel.org:s=arc-20240116:i=1")',
      ],
      '4W204B05',
    );
    both(
      {
        name: 'w204-box-rspamd-vger-signed-post-via-pobox-srs',
        class: 'list-then-forwarder',
        about:
          "Genuine: a p=none author's signed patch to linux-kselftest@vger (unchanged by the list, subspace's ARC i=1), delivered by lore to a pobox.com lifetime address, which forwards it byte for byte with an SRS0 envelope (no ARC) to the reader's rspamd box: her dkim=pass, spf=pass for pobox, dmarc=pass (policy=none), arc=pass. Expected: authenticated (her own signature verifies).",
        args: BOX,
        eml,
        zone: ZONE,
        expect: TRUST,
      },
      false,
    );
  }

  // 6. vger post, unsigned but SPF-aligned at subspace (p=reject firm); Fastmail alias; Gmail.
  {
    const devHost: Relay = { helo: `linux.${FAB}`, rdns: `linux.${FAB}`, ip: '203.0.113.182' };
    const p = onTop(
      submitted({
        from: `Dana Cole <dcole@${FAB}>`,
        to: 'linux-rdma@vger.kernel.org',
        subject: '[PATCH net] net: mana: sync page pool RX frags for CPU',
        messageId: `<20261120095029.249362-1-dcole@${FAB}>`,
        extraHeaders: ['X-Mailer: git-send-email 2.43.7'],
        body: 'MANA allocates RX buffers from page pool fragments.\r\n\r\nSigned-off-by: Dana Cole <dcole@fabrikam-silicon.example>\r\n',
      }),
      `Received: by linux.${FAB} (Postfix, from userid 1009)\r\n\tid 3CABC20B7204; Fri, 20 Nov 2026 01:59:17 -0800 (PST)`,
    );
    const rcpt = 'robin@reader-alias.example';
    const viaList = await viaVger(p, {
      list: 'linux-rdma',
      client: devHost,
      cv: 'none',
      arcAr: `dmarc=pass (p=reject dis=none) header.from=${FAB}; spf=pass smtp.mailfrom=linux.${FAB}; arc=none`,
      by: 'mailmx.phl.internal',
      rcpt,
      id: '4W204FM6a1',
    });
    const vEnv = vgerEnvelope('linux-rdma', 22339, rcpt);
    const fmAr = `mx.messagingengine.com;\r\n    dkim=none (no signatures found);\r\n    dmarc=fail (p=reject,has-list-id=yes,d=none) header.from=${FAB};\r\n    spf=pass smtp.mailfrom=vger.kernel.org smtp.helo=${LORE.helo};\r\n    arc=pass (as.1.subspace.kernel.org=pass, ams.1.subspace.kernel.org=pass) smtp.remote-ip=${LORE.ip}`;
    const fmSealed = await sealAs(
      onTop(
        viaList,
        `Received: from mailmx.phl.internal (localhost [127.0.0.1])\r\n    by phl-mx-04.messagingengine.com (Authentication Milter) with ESMTP\r\n    id 35022C783BF.281071EA0204;\r\n    Fri, 20 Nov 2026 05:00:08 -0500`,
        `Authentication-Results: ${fmAr}`,
      ),
      { domain: 'messagingengine.com', selector: 'fm1', cv: 'pass', authResults: fmAr },
    );
    const fmSigned = await signCorpus(fmSealed, { domain: 'messagingengine.com', selector: 'fm1' });
    const env = `srs0=Fm6q=TT=vger.kernel.org=${vEnv.split('@')[0]}@fastmail.com`;
    const eml = gmailDelivery(fmSigned, {
      relay: FASTMAIL,
      envelope: env,
      spf: 'pass',
      ids: gids(6),
      results: gmailResults(
        gmailDkim('messagingengine.com', 'fm1'),
        `arc=pass (i=2 spf=pass spfdomain=vger.kernel.org dmarc=fail fromdomain=${FAB});`,
        gmailSpf(env, FASTMAIL.ip),
        `dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=${FAB}`,
      ),
    });
    both({
      name: 'w204-gmail-vger-unsigned-aligned-patch-via-fastmail-alias',
      class: 'list-then-forwarder',
      about:
        "Genuine: a p=reject firm's engineer sends an unsigned patch from the firm's own Linux host (SPF aligned relaxed) to linux-rdma@vger; subspace records dmarc=pass in its ARC i=1 (realworld202's lfdr.de capture 56773197135). The reader's Fastmail alias domain takes it from lore, records dmarc=fail and arc=pass, seals i=2 as messagingengine.com (fm1, id 70189210403's form) and forwards into Gmail (srs0 envelope at fastmail.com, modelled). Gmail: dkim=pass for messagingengine.com only, arc=pass, dmarc=fail (p=REJECT … arc=pass) — Gmail delivers on the chain. Expected: unverified (two trusted sealers vouch).",
      args: GMAIL,
      eml,
      zone: {
        ...ZONE,
        ...ptr(devHost.ip, devHost.rdns),
        [`linux.${FAB}`]: { A: [devHost.ip], TXT: [`v=spf1 ip4:${devHost.ip} -all`] },
      },
      expect: TRUST,
      twin: true,
    });
  }

  // 7. A Microsoft 365 tenant's signed review via vger: Microsoft's i=1 broken, subspace i=2 cv=fail; Gmail.
  {
    let p = await signAll(
      submitted({
        from: `Mikko Lehto <mlehto@${FAB}>`,
        to: 'linux-media@vger.kernel.org',
        subject: 'Re: [PATCH 2/2] media: cec: keep track of Rx low drives',
        messageId: `<DM6PR08MB5580204W204@DM6PR08MB5580.namprd08.prod.outlook.com>`,
        extraHeaders: ['X-MS-PublicTrafficType: Email', `X-OriginatorOrg: ${FAB}`],
        body: '> Keep track of Rx Low Drive conditions.\r\n\r\nReviewed-by: Mikko Lehto <mlehto@fabrikam-silicon.example>\r\n',
      }),
      [[FAB, 'selector2']],
    );
    p = onTop(p, ...senderTenantHops());
    p = await sealAs(p, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=${FAB}; dmarc=pass action=none\r\n header.from=${FAB}; dkim=pass header.d=${FAB}; arc=none`,
    });
    p = breakAms(p, 1);
    const rcpt = 'robin.reader@gmail.com';
    const viaList = await viaVger(p, {
      list: 'linux-media',
      client: NAM_AZ,
      cv: 'fail',
      arcAr: `dmarc=pass (p=reject dis=none) header.from=${FAB}; spf=pass smtp.mailfrom=${FAB}; dkim=pass (2048-bit key) header.d=${FAB} header.i=@${FAB}; arc=fail`,
      by: 'mx.google.com',
      rcpt,
      id: '4W204GM7a1',
    });
    // Gmail's own entry is the lore line viaVger wrote "by mx.google.com": drop it for Gmail's.
    const body = viaList.slice(viaList.indexOf('\r\nReceived: from smtp.subspace.kernel.org') + 2);
    const env = vgerEnvelope('linux-media', 67608, rcpt);
    const eml = gmailDelivery(body, {
      relay: LORE,
      envelope: env,
      spf: 'pass',
      ids: gids(7),
      results: gmailResults(
        gmailDkim(FAB, 'selector2'),
        'arc=fail (signature failed);',
        gmailSpf(env, LORE.ip),
        gmailDmarc(FAB, 'REJECT'),
      ),
    });
    both({
      name: 'w204-gmail-vger-m365-tenant-signed-review-arc-cv-fail',
      class: 'list-arc',
      about:
        "Genuine: a Microsoft 365 tenant's (p=reject, own selector2) review to linux-media@vger, straight from lore into Gmail. Exchange Online's outbound seal i=1 no longer verifies after vger, so subspace seals i=2 with cv=fail (as realworld202's lfdr.de capture 67655008958); the tenant's own DKIM is intact. Gmail: dkim=pass, arc=fail (wording modelled), spf=pass for vger's envelope, dmarc=pass. Expected: authenticated (the author's signature verifies); a broken chain under an intact aligned signature is no warning.",
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 8. Sympa's "via" From through Outlook.com's forwarding (microsoft.com's ARC) into Gmail.
  {
    const sympa = 'sympa.example.org';
    const sympaRelay: Relay = { helo: sympa, rdns: sympa, ip: '192.0.2.90' };
    const p = await post(
      'petra',
      `research@${sympa}`,
      'Seminar: Thursday 14:00, room B12',
      'Thursday seminar on sparse solvers, room B12.\r\n\r\nPetra\r\n',
      '8',
    );
    const listed = appendHeaders(
      p.replace(/^From: .*$/m, `From: "Petra Novak via research" <research@${sympa}>`),
      `Reply-To: Petra Novak <petra@${PETRA_D}>`,
      `X-Original-From: Petra Novak <petra@${PETRA_D}>`,
      `List-Id: <research.${sympa}>`,
      `List-Unsubscribe: <mailto:sympa@${sympa}?subject=unsubscribe%20research>`,
      `List-Post: <mailto:research@${sympa}>`,
      `X-Loop: research@${sympa}`,
      'Precedence: list',
      `Sender: research-request@${sympa}`,
    );
    const sSigned = await signAll(listed, [[sympa, 's1']]);
    const msAr = `mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=${sympa}; dmarc=pass action=none\r\n header.from=${sympa}; dkim=pass header.d=${sympa}; arc=none`;
    const olSealed = await sealAs(
      onTop(
        sSigned,
        `Received: from ${sympa} (192.0.2.90) by\r\n SG2PEPF000B66CA.mail.protection.outlook.com (10.167.240.23) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; Fri, 20 Nov 2026 10:00:03 +0000`,
      ),
      { domain: 'microsoft.com', selector: 'arcselector9901', cv: 'none', authResults: msAr },
    );
    const env = `SRS0=Ol8x=TT=${sympa}=research-owner@outlook.com`;
    const eml = gmailDelivery(olSealed, {
      relay: OUTLOOK_COM,
      envelope: env,
      spf: 'pass',
      ids: gids(8),
      results: gmailResults(
        gmailDkim(sympa, 's1'),
        `arc=pass (i=1 spf=pass spfdomain=${sympa} dkim=pass dkdomain=${sympa} dmarc=pass fromdomain=${sympa});`,
        gmailSpf(env.toLowerCase(), OUTLOOK_COM.ip),
        gmailDmarc(sympa, 'NONE'),
      ),
    });
    both({
      name: 'w204-gmail-sympa-via-list-from-outlook-com-forward',
      class: 'list-then-forwarder',
      about:
        "Genuine: Sympa's dmarc_protection rewrites a p=reject author's From to \"Petra Novak via research\" <research@sympa…> and signs as the list (realworld202's Sympa shape); the reader's old Outlook.com mailbox forwards everything to Gmail: Outlook.com's host apc01-tyz-obe [40.92.107.57] and microsoft.com's arcselector9901 seal as in the forwardemail capture (id 5919024730), the SRS envelope at outlook.com modelled. Gmail: the list's dkim=pass, arc=pass, dmarc=pass for the list. Expected: authenticated.",
      args: GMAIL,
      eml,
      zone: {
        ...ZONE,
        ...ptr(sympaRelay.ip, sympa),
        [sympa]: { A: [sympaRelay.ip], TXT: [`v=spf1 ip4:${sympaRelay.ip} -all`] },
        [`_dmarc.${sympa}`]: { TXT: ['v=DMARC1; p=none'] },
        ...keyZone([`s1._domainkey.${sympa}`]),
      },
      expect: TRUST,
      twin: true,
    });
  }

  // 9. mlmmj passing a p=reject author's post unchanged; ImprovMX forwards the reader's own domain; Gmail.
  {
    const ml = 'lists.mlmmj.example';
    const mlRelay: Relay = { helo: `mail.${ml}`, rdns: `mail.${ml}`, ip: '192.0.2.95' };
    const p = await post(
      'petra',
      `dev@${ml}`,
      'Build farm back online',
      'The build farm is back; queue cleared.\r\n\r\nPetra\r\n',
      '9',
    );
    const listed = appendHeaders(
      p,
      `List-Id: <dev.${ml}>`,
      `List-Post: <mailto:dev@${ml}>`,
      `List-Unsubscribe: <mailto:dev+unsubscribe@${ml}>`,
      `List-Subscribe: <mailto:dev+subscribe@${ml}>`,
      `List-Help: <mailto:dev+help@${ml}>`,
    );
    const rcpt = `robin@${VANITY}`;
    const inImp = onTop(
      listed,
      received({ ...mlRelay, by: 'mx1.improvmx.com', id: '4W204IM9a1', for: rcpt }),
    );
    const impAr = `mx1.improvmx.com; dkim=pass header.d=${PETRA_D}; spf=pass smtp.mailfrom=${ml}; dmarc=pass header.from=${PETRA_D}`;
    const impSealed = await sealAs(inImp, {
      domain: 'improvmx.com',
      selector: 'arc',
      cv: 'none',
      authResults: impAr,
    });
    const env = `bounces+srs.w204k.dev-bounces-1107-robin=${VANITY}@${VANITY}`;
    const eml = gmailDelivery(impSealed, {
      relay: IMPROVMX,
      envelope: env,
      spf: 'pass',
      ids: gids(9),
      results: gmailResults(
        gmailDkim(PETRA_D, 's1'),
        `arc=pass (i=1 spf=pass spfdomain=${ml} dkim=pass dkdomain=${PETRA_D} dmarc=pass fromdomain=${PETRA_D});`,
        gmailSpf(env, IMPROVMX.ip),
        gmailDmarc(PETRA_D, 'REJECT'),
      ),
    });
    both({
      name: 'w204-gmail-mlmmj-unchanged-p-reject-post-via-improvmx',
      class: 'list-then-forwarder',
      about:
        "Genuine: mlmmj passes a p=reject author's signed post unchanged (no prefix, no footer); the reader's own domain's mail is forwarded by ImprovMX into Gmail, the envelope rewritten to an address at the reader's domain (which includes spf.improvmx.com, ImprovMX's SPF guide) and an ARC set added (ImprovMX's ARC page; d= and host modelled). Gmail: her dkim=pass, dmarc=pass. Expected: authenticated.",
      args: GMAIL,
      eml,
      zone: {
        ...ZONE,
        ...ptr(mlRelay.ip, mlRelay.rdns),
        [ml]: { TXT: [`v=spf1 ip4:${mlRelay.ip} -all`] },
      },
      expect: TRUST,
    });
  }

  // 10. Mailman 2 (unsigned list, footer), p=none author; alumni forwarder (SRS, no ARC); Outlook.
  {
    const mm2 = 'lists.birders.example';
    const mm2Relay: Relay = { helo: `mail.${mm2}`, rdns: `mail.${mm2}`, ip: '192.0.2.85' };
    const p = await post(
      'alice',
      `sightings@${mm2}`,
      'Waxwings at the harbour car park',
      'About forty waxwings in the rowans by the harbour car park this morning.\r\n\r\nAlice\r\n',
      '10',
    );
    const listed = appendHeaders(
      appendBody(tagSubject(p, '[Sightings] '), mailmanFooter('sightings', mm2, 'Sightings')),
      ...mailmanHeaders('sightings', mm2, 'Sightings'),
    );
    const rcpt = `r.reader@${ALUMNI}`;
    const fwd = viaAlumni(listed, mm2Relay, `sightings-bounces@${mm2}`, rcpt);
    const eml = eopDelivery(fwd.raw, {
      ...eop(
        ALUMNI_FWD,
        ALUMNI,
        `dkim=fail (body hash did not verify)\r\n header.d=${ALICE_D}`,
        `fail action=none\r\n header.from=${ALICE_D}`,
        'none reason=405',
      ),
      returnPath: fwd.envelope,
    });
    both({
      name: 'w204-outlook-mailman2-footer-p-none-author-via-alumni-forwarder',
      class: 'list-then-forwarder',
      about:
        "Genuine: a Mailman 2.1 list that neither munges nor signs tags the subject and appends its footer, breaking a p=none author's DKIM; the reader's university alumni address (Postfix with postsrsd, no ARC) forwards it into the reader's Exchange Online mailbox. EOP: dkim=fail (body hash), spf=pass for the alumni SRS envelope, dmarc=fail action=none, compauth=none (wording modelled). Expected: unverified (a list changed a p=none author's post; nothing pretends).",
      args: OUTLOOK,
      eml,
      zone: {
        ...ZONE,
        ...ptr(mm2Relay.ip, mm2Relay.rdns),
        [mm2]: { TXT: [`v=spf1 ip4:${mm2Relay.ip} -all`] },
      },
      expect: TRUST,
      twin: true,
    });
  }

  // 11. Mailman 3 munged (p=reject author) to Gmail, Gmail "forward to" the reader's rspamd box.
  {
    const p = await post(
      'petra',
      `devel@${LIST_HOST}`,
      'Meeting notes 2026-11-19',
      'Notes are on the wiki; next call in two weeks.\r\n\r\nPetra\r\n',
      '11',
    );
    const listed = await mailman3(p, {
      munged: true,
      author: `Petra Novak <petra@${PETRA_D}>`,
      name: 'Petra Novak',
      ar: `dkim=pass header.d=${PETRA_D}; spf=pass smtp.mailfrom=${PETRA_D}; dmarc=pass header.from=${PETRA_D}`,
    });
    const fwd = await gmailForward(listed, {
      relay: LIST,
      envelope: MM3_ENV,
      n: 11,
      user: 'robin.reader',
      target: 'robin@reader.example',
      cv: 'pass',
      results: [
        gmailDkim(PETRA_D, 's1', 'fail'),
        gmailDkim(LIST_HOST, 's1'),
        `arc=pass (i=1 spf=pass spfdomain=${PETRA_D} dkim=pass dkdomain=${PETRA_D} dmarc=pass fromdomain=${PETRA_D});`,
        gmailSpf(MM3_ENV, LIST.ip),
        gmailDmarc(LIST_HOST, 'NONE'),
      ],
    });
    const eml = rspamdBox(
      fwd.raw,
      GMAIL_OUT,
      fwd.envelope,
      [
        `dkim=pass header.d=${LIST_HOST} header.s=s1 header.b=Q29ycHVz`,
        `dkim=fail ("body hash did not verify") header.d=${PETRA_D} header.s=s1 header.b=Q29ycHVz`,
        `spf=pass (${RECEIVER}: domain of "${fwd.envelope}" designates ${GMAIL_OUT.ip} as permitted sender) smtp.mailfrom="${fwd.envelope}"`,
        `dmarc=pass (policy=none) header.from=${LIST_HOST}`,
        'arc=pass ("google.com:s=arc-20240605:i=2")',
      ],
      '4W204B11',
    );
    both(
      {
        name: 'w204-box-rspamd-mailman3-munged-via-gmail-forward',
        class: 'list-then-forwarder',
        about:
          "Genuine: Mailman 3's munged post (\"Petra Novak via Devel\", list DKIM and ARC i=1) reaches the reader's old Gmail address, whose \"forward to\" sends it on (+caf_ envelope, google.com's i=2) to the reader's own rspamd box: the list's dkim=pass, the author's fail, spf=pass for gmail.com, dmarc=pass for the list, arc=pass. Expected: authenticated.",
        args: BOX,
        eml,
        zone: ZONE,
        expect: TRUST,
      },
      false,
    );
  }

  // 12. GitHub notification via the alumni forwarder (no ARC, signature intact); Gmail.
  {
    const n = await signAll(
      submitted({
        from: '"Dana Cole" <notifications@github.com>',
        to: 'openfield/solver <solver@noreply.github.com>',
        subject: 'Re: [openfield/solver] Sparse LU fails on singular blocks (Issue #812)',
        messageId: '<openfield/solver/issues/812/2501204204@github.com>',
        extraHeaders: [
          'Reply-To: openfield/solver <reply+AB3W204Q@reply.github.com>',
          'Cc: Robin Reader <r.reader@alumni.example.edu>, Mention <mention@noreply.github.com>',
          'List-ID: openfield/solver <solver.openfield.github.com>',
          'List-Archive: https://github.com/openfield/solver',
          'List-Unsubscribe: <mailto:unsub+AB3W204Q@reply.github.com>',
          'X-GitHub-Sender: dcole',
          'X-GitHub-Reason: mention',
          'X-GitHub-Recipient-Address: r.reader@alumni.example.edu',
          'X-Auto-Response-Suppress: All',
        ],
        body: '@rreader could you check whether the pivoting change fixes this?\r\n\r\n--\r\nReply to this email directly or view it on GitHub.\r\n',
      }),
      [['github.com', 'pf2023']],
    );
    const rcpt = `r.reader@${ALUMNI}`;
    const fwd = viaAlumni(n, GITHUB, 'noreply@github.com', rcpt);
    const eml = gmailDelivery(fwd.raw, {
      relay: ALUMNI_FWD,
      envelope: fwd.envelope,
      spf: 'pass',
      ids: gids(12),
      results: gmailResults(
        gmailDkim('github.com', 'pf2023'),
        gmailSpf(fwd.envelope.toLowerCase(), ALUMNI_FWD.ip),
        gmailDmarc('github.com'),
      ),
    });
    both({
      name: 'w204-gmail-github-mention-via-alumni-postsrsd-forwarder',
      class: 'forwarder',
      about:
        "Genuine: a GitHub mention (d=github.com s=pf2023, List-ID, Reply-To reply+…@reply.github.com, X-GitHub-* fields) to the reader's university alumni address, forwarded by its Postfix with postsrsd (SRS0 envelope at the university, no ARC) into Gmail. Gmail: github.com's dkim=pass, spf=pass for the university, dmarc=pass. Expected: authenticated.",
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: TRUST,
      twin: true,
    });
  }

  // 13. GitLab.com pipeline notification via a SimpleLogin alias; Gmail.
  {
    const n = await signAll(
      submitted({
        from: 'GitLab <gitlab@mg.gitlab.com>',
        to: 'ci_alerts_at_openfield_example@simplelogin.co',
        subject: 'openfield | Failed pipeline for main | 9fc87204',
        messageId: '<657f09a8df561_2c1108w204@gitlab-sidekiq-catchall-v2-5b75896b6c-wrff7.mail>',
        extraHeaders: [
          'Reply-To: GitLab <noreply@gitlab.com>',
          'X-GitLab-Project: solver',
          'X-GitLab-Project-Id: 2336204',
          'X-GitLab-Project-Path: openfield/solver',
          'List-Id: openfield/solver <2336204.solver.openfield.gitlab.com>',
          'X-GitLab-Pipeline-Id: 1110118204',
          'X-GitLab-Pipeline-Ref: main',
          'X-GitLab-Pipeline-Status: failed',
          'Auto-Submitted: auto-generated',
          'X-Auto-Response-Suppress: All',
        ],
        body: 'Pipeline #1110118204 has failed!\r\n\r\nProject: solver ( https://gitlab.com/openfield/solver )\r\nBranch: main\r\n',
      }),
      [['mg.gitlab.com', 'mailo']],
    );
    const slAr = `mx.simplelogin.co; dkim=pass header.d=mg.gitlab.com header.s=mailo; spf=pass smtp.mailfrom=mg.gitlab.com; dmarc=pass (p=reject) header.from=mg.gitlab.com`;
    const rewritten = n
      .replace(
        'From: GitLab <gitlab@mg.gitlab.com>',
        'From: "GitLab - gitlab at mg.gitlab.com" <gitlab_at_mg_gitlab_com_w204kq@simplelogin.co>',
      )
      .replace(
        'To: ci_alerts_at_openfield_example@simplelogin.co',
        'To: ci-alerts@openfield.simplelogin.com',
      );
    const slFields = appendHeaders(
      onTop(
        rewritten,
        received({
          ...GITLAB,
          by: 'mx.simplelogin.co',
          id: '4W204SL13a',
          for: 'ci-alerts@openfield.simplelogin.com',
        }),
      ),
      'X-SimpleLogin-Type: Forward',
      'X-SimpleLogin-EmailLog-ID: 204131313',
      'X-SimpleLogin-Envelope-To: ci-alerts@openfield.simplelogin.com',
      'X-SimpleLogin-Original-From: GitLab <gitlab@mg.gitlab.com>',
    );
    const slSigned = await signAll(slFields, [['simplelogin.co', 'dkim']]);
    const slSealed = await sealAs(slSigned, {
      domain: 'simplelogin.co',
      selector: 'arc-20230626',
      cv: 'none',
      authResults: slAr,
    });
    const env = 'sl.w204lmycyibrge3a13heydglbagy3dom.zos4xr6@simplelogin.co';
    const eml = gmailDelivery(slSealed, {
      relay: SL,
      envelope: env,
      spf: 'pass',
      ids: gids(13),
      results: gmailResults(
        gmailDkim('simplelogin.co', 'dkim'),
        gmailDkim('mg.gitlab.com', 'mailo', 'fail'),
        `arc=pass (i=1 spf=pass spfdomain=mg.gitlab.com dkim=pass dkdomain=mg.gitlab.com dmarc=pass fromdomain=mg.gitlab.com);`,
        gmailSpf(env, SL.ip),
        gmailDmarc('simplelogin.co', 'QUARANTINE'),
      ),
    });
    both({
      name: 'w204-gmail-gitlab-pipeline-failure-via-simplelogin-reverse-alias',
      class: 'forwarder',
      about:
        "Genuine: GitLab.com's pipeline notice (From GitLab <gitlab@mg.gitlab.com>, Reply-To noreply@gitlab.com, X-GitLab-* fields: ids 465631314, 6712337996) to a SimpleLogin alias; SimpleLogin rewrites From to its reverse alias \"GitLab - gitlab at mg.gitlab.com\" <…@simplelogin.co> (breaking GitLab's signature over From), signs as simplelogin.co and seals i=1 recording GitLab's pass (realworld190's SimpleLogin shape). Gmail: simplelogin.co's dkim=pass, dmarc=pass for simplelogin.co. Expected: authenticated (the alias service is who the From says).",
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 14. Discourse's mailing-list mode through Amazon SES; Gmail.
  {
    const n = await signAll(
      submitted({
        from: `"Alice Martin via Openfield Forum" <notifications@${FORUM}>`,
        to: 'robin.reader@gmail.com',
        subject: '[Openfield Forum] [Solvers] Preconditioner choice for the new mesh',
        messageId: `<topic/4471/18204@${FORUM}>`,
        extraHeaders: [
          `Reply-To: "Openfield Forum" <replies+9f1c2a204b@${FORUM}>`,
          `List-Unsubscribe: <https://${FORUM}/email/unsubscribe/8c3e204f>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
          `List-ID: "Openfield Forum" <solvers.${FORUM}>`,
          `List-Archive: https://${FORUM}/t/preconditioner-choice-for-the-new-mesh/4471`,
          'Precedence: list',
          'Auto-Submitted: auto-generated',
          'X-Discourse-Post-Id: 18204',
          'X-Discourse-Topic-Id: 4471',
        ],
        body: 'alicem wrote:\r\n\r\nILU(0) was enough for the coarse mesh; the new one needs AMG.\r\n\r\nVisit Topic or reply to this email to respond.\r\n',
      }),
      [
        [FORUM, 'ses1'],
        ['amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'],
      ],
    );
    const env = '0100018c2b5e204f-5a1c-4b7e-9d3a-204204204204-000000@amazonses.com';
    const eml = gmailDelivery(n, {
      relay: SES,
      envelope: env,
      spf: 'pass',
      ids: gids(14),
      results: gmailResults(
        gmailDkim(FORUM, 'ses1'),
        gmailDkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'),
        gmailSpf(env, SES.ip),
        gmailDmarc(FORUM, 'QUARANTINE'),
      ),
    });
    both({
      name: 'w204-gmail-discourse-mailing-list-mode-via-ses',
      class: 'forum',
      about:
        'Genuine: a self-hosted Discourse forum in mailing-list mode: From "Alice Martin via Openfield Forum" <notifications@forum>, Reply-To the reply-by-email address, List-Unsubscribe with One-Click, X-Discourse-Post-Id / Topic-Id (Discourse\'s message builder, ids 401038188, 70963111162), sent through Amazon SES with the forum\'s own aligned signature and SES\'s (SES sending modelled). Gmail: dkim=pass for the forum, dmarc=pass. Expected: authenticated (the "via" names the poster, the forum is the sender).',
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: TRUST,
    });
  }
  // 15. GitHub notification via forwardemail.net into Yahoo (signature intact).
  {
    const n = await signAll(
      submitted({
        from: '"Mikko Lehto" <notifications@github.com>',
        to: 'openfield/solver <solver@noreply.github.com>',
        subject: 'Re: [openfield/solver] Add AMG preconditioner (PR #815)',
        messageId: '<openfield/solver/pull/815/review/2501204215@github.com>',
        extraHeaders: [
          'Reply-To: openfield/solver <reply+AB3W204R@reply.github.com>',
          'List-ID: openfield/solver <solver.openfield.github.com>',
          'List-Archive: https://github.com/openfield/solver',
          'X-GitHub-Sender: mlehto',
          'X-GitHub-Reason: review_requested',
          'X-Auto-Response-Suppress: All',
        ],
        body: '@rreader requested changes on this pull request.\r\n\r\n--\r\nReply to this email directly or view it on GitHub.\r\n',
      }),
      [['github.com', 'pf2023']],
    );
    const inFwd = onTop(
      n,
      received({ ...GITHUB, by: 'mx1.forwardemail.net', id: '4W204GH15', for: 'robin@reader-alias.example' }),
    );
    const fwd = await viaForwardEmail(inFwd, {
      from: GITHUB,
      mailfrom: 'noreply@github.com',
      sender: 'noreply@github.com',
      session: 'w204gh15fwd',
      cv: 'none',
      ar: `dkim=pass header.i=@github.com header.s=pf2023 header.a=rsa-sha256 header.b=Q29ycHVz;\r\n spf=pass (mx1.forwardemail.net: domain of noreply@github.com designates ${GITHUB.ip} as permitted sender) smtp.mailfrom=noreply@github.com\r\n smtp.helo=${GITHUB.helo};\r\n arc=none;\r\n dmarc=pass (p=REJECT sp=REJECT arc=none) header.from=github.com header.d=github.com`,
    });
    const eml = yahooDelivery(fwd.raw, {
      relay: FWDEMAIL,
      envelope: fwd.envelope,
      results: `dkim=pass header.i=@github.com header.s=pf2023;\r\n spf=pass smtp.mailfrom=forwardemail.net;\r\n dmarc=pass(p=REJECT) header.from=github.com;`,
    });
    both({
      name: 'w204-yahoo-github-review-via-forwardemail-alias',
      class: 'forwarder',
      about:
        "Genuine: a GitHub review request to the reader's own domain, whose mail forwardemail.net forwards into Yahoo (SRS0 envelope at forwardemail.net, ARC i=1 d=forwardemail.net, X-ForwardEmail fields: the capture id 5919024730). GitHub's signature is intact. Yahoo: dkim=pass github.com, dmarc=pass(p=REJECT). Expected: authenticated.",
      args: YAHOO,
      eml,
      zone: ZONE,
      expect: TRUST,
    });
  }

  // 16. Mailman 2 (unsigned list, footer), p=none author, read at Fastmail.
  {
    const mm2 = 'lists.birders.example';
    const mm2Relay: Relay = { helo: `mail.${mm2}`, rdns: `mail.${mm2}`, ip: '192.0.2.85' };
    const p = await post(
      'alice',
      `sightings@${mm2}`,
      'Short-eared owl over the saltmarsh',
      'A short-eared owl hunting over the saltmarsh at dusk, west of the sluice.\r\n\r\nAlice\r\n',
      '16',
    );
    const listed = appendHeaders(
      appendBody(tagSubject(p, '[Sightings] '), mailmanFooter('sightings', mm2, 'Sightings')),
      ...mailmanHeaders('sightings', mm2, 'Sightings'),
    );
    const env = `sightings-bounces+robin=reader-fm.example@${mm2}`;
    const dkimRow = `dkim=fail (body has been altered, 2048-bit rsa key) header.d=${ALICE_D}\r\n      header.i=@${ALICE_D} header.b=Q29ycHVz header.a=rsa-sha256\r\n      header.s=s1`;
    const dmarcRow = `dmarc=fail policy.published-domain-policy=none\r\n      policy.applied-disposition=none policy.evaluated-disposition=none\r\n      (p=none,d=none,d.eval=none) policy.policy-from=p\r\n      header.from=${ALICE_D}`;
    const spfRow = `spf=pass smtp.mailfrom=${env}\r\n      smtp.helo=${mm2Relay.helo}`;
    const iprev = `iprev=pass smtp.remote-ip=${mm2Relay.ip}\r\n      (${mm2Relay.rdns})`;
    const eml = await fastmailInbound(listed, {
      relay: mm2Relay,
      envelope: env,
      rcpt: 'robin@reader-fm.example',
      cv: 'none',
      id: '4W204FM16A',
      aar: `arc=none (no signatures found);\r\n    dkim2=none (no signatures found);\r\n    ${dkimRow};\r\n    ${dmarcRow};\r\n    ${iprev};\r\n    ${spfRow}`,
      rows: [
        'arc=none (no signatures found)',
        `dkim2=none (no signatures found);\r\n    ${dkimRow};\r\n    ${dmarcRow};\r\n    ${iprev};\r\n    ${spfRow}`,
      ],
    });
    both({
      name: 'w204-fastmail-mailman2-footer-p-none-author',
      class: 'list',
      about:
        "Genuine: a Mailman 2.1 list (no munging, no signature of its own) tags the subject and appends its footer, breaking a p=none author's DKIM; read at Fastmail, whose 2026 inbound layout (id 70189210403: Cyrus LMTPA, Authentication Milter, its own ARC i=1 seal as messagingengine.com over its record, results split over several Authentication-Results, Received-SPF) records dkim=fail, dmarc=fail (p=none,d=none), spf=pass for the list's bounces (the dkim=fail wording modelled). Expected: unverified (a list changed it).",
      args: FASTMAIL_READER,
      eml,
      zone: {
        ...ZONE,
        ...ptr(mm2Relay.ip, mm2Relay.rdns),
        [mm2]: { TXT: [`v=spf1 ip4:${mm2Relay.ip} -all`] },
      },
      expect: TRUST,
    });
  }

  // 17. Google Groups' "via" rewrite of a p=reject author, read at Fastmail.
  {
    const p = await post(
      'petra',
      'makers@googlegroups.com',
      'Soldering workshop for beginners',
      'Beginners soldering workshop next Wednesday 19:00, kits provided.\r\n\r\nPetra\r\n',
      '17',
    );
    const grouped = appendHeaders(
      `${p.replace(/^From: .*$/m, `From: "'Petra Novak' via Makers" <makers@googlegroups.com>`)}\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Makers" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to makers+unsubscribe@googlegroups.com.\r\n`,
      `Reply-To: Petra Novak <petra@${PETRA_D}>`,
      `X-Original-From: Petra Novak <petra@${PETRA_D}>`,
      `X-Original-Sender: petra@${PETRA_D}`,
      'Precedence: list',
      'Mailing-list: list makers@googlegroups.com; contact makers+owners@googlegroups.com',
      'List-ID: <makers.googlegroups.com>',
      'List-Post: <https://groups.google.com/group/makers/post>, <mailto:makers@googlegroups.com>',
    );
    const gg = await sealAs(await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }), {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `gmr-mx.google.com; dkim=pass header.i=@${PETRA_D} header.s=s1; spf=pass (google.com: domain of petra@${PETRA_D} designates 198.51.100.20 as permitted sender) smtp.mailfrom=petra@${PETRA_D}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${PETRA_D}`,
    });
    const relay: Relay = {
      helo: 'mail-qt1-x83f.google.com',
      rdns: 'mail-qt1-x83f.google.com',
      ip: '209.85.160.63',
    };
    const env = 'makers+bncBCV2PMA5BYIFBB204FMAMGQEAB5120@googlegroups.com';
    const dkimRows = `dkim=fail (body has been altered, 2048-bit rsa key) header.d=${PETRA_D}\r\n      header.i=@${PETRA_D} header.b=Q29ycHVz header.a=rsa-sha256\r\n      header.s=s1;\r\n    dkim=pass (2048-bit rsa key sha256) header.d=googlegroups.com\r\n      header.i=@googlegroups.com header.b=Q29ycHVz header.a=rsa-sha256\r\n      header.s=20230601`;
    const dmarcRow = `dmarc=pass policy.published-domain-policy=none\r\n      policy.applied-disposition=none policy.evaluated-disposition=none\r\n      (p=none,d=none,d.eval=none) policy.policy-from=p\r\n      header.from=googlegroups.com`;
    const arcRow =
      'arc=pass (as.1.google.com=pass, ams.1.google.com=pass)\r\n      smtp.remote-ip=209.85.160.63';
    const spfRow = `spf=pass smtp.mailfrom=${env}\r\n      smtp.helo=${relay.helo}`;
    const eml = await fastmailInbound(gg, {
      relay,
      envelope: env,
      rcpt: 'robin@reader-fm.example',
      cv: 'pass',
      id: '4W204FM17A',
      aar: `${arcRow};\r\n    dkim2=none (no signatures found);\r\n    ${dkimRows};\r\n    ${dmarcRow};\r\n    ${spfRow}`,
      rows: [
        arcRow,
        `dkim2=none (no signatures found);\r\n    ${dkimRows};\r\n    ${dmarcRow};\r\n    ${spfRow}`,
      ],
    });
    both({
      name: 'w204-fastmail-google-groups-via-rewrite-p-reject-author',
      class: 'list',
      about:
        "Genuine: Google Groups rewrites a p=reject author's From to \"'Petra Novak' via Makers\" <makers@googlegroups.com>, signs as googlegroups.com and seals i=1; read at Fastmail (id 70189210403's layout; its arc= row as in id 70511961998's Fastmail fixture), which records googlegroups.com's pass and DMARC pass for it, and seals i=2 itself. Expected: authenticated.",
      args: FASTMAIL_READER,
      eml,
      zone: {
        ...ZONE,
        ...keyZone(['20230601._domainkey.googlegroups.com']),
        'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
        '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
        ...ptr(relay.ip, relay.rdns),
      },
      expect: TRUST,
    });
  }

  // 18. Google Groups, p=none author, footer breaks her DKIM; Gmail "forward to" Outlook (compauth 130).
  {
    const p = await post(
      'alice',
      'hikers@googlegroups.com',
      'Lift share for the Saturday walk',
      'Two seats free from the station at 08:30.\r\n\r\nAlice\r\n',
      '18',
    );
    const grouped = appendHeaders(
      `${p}\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Hikers" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to hikers+unsubscribe@googlegroups.com.\r\n`,
      `X-Original-Sender: alice@${ALICE_D}`,
      'Precedence: list',
      'Mailing-list: list hikers@googlegroups.com; contact hikers+owners@googlegroups.com',
      'List-ID: <hikers.googlegroups.com>',
      'List-Post: <https://groups.google.com/group/hikers/post>, <mailto:hikers@googlegroups.com>',
    );
    const gg = await sealAs(await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }), {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `gmr-mx.google.com; dkim=pass header.i=@${ALICE_D} header.s=s1; spf=pass (google.com: domain of alice@${ALICE_D} designates 198.51.100.21 as permitted sender) smtp.mailfrom=alice@${ALICE_D}; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${ALICE_D}`,
    });
    const relay: Relay = {
      helo: 'mail-qt1-x842.google.com',
      rdns: 'mail-qt1-x842.google.com',
      ip: '209.85.160.66',
    };
    const genv = 'hikers+bncBDL3ZMA5BYIFBB204OLAMGQEAB4471@googlegroups.com';
    const fwd = await gmailForward(gg, {
      relay,
      envelope: genv,
      n: 18,
      user: 'robin.reader',
      target: 'robin@reader-corp.example',
      cv: 'pass',
      results: [
        gmailDkim(ALICE_D, 's1', 'fail'),
        gmailDkim('googlegroups.com', '20230601'),
        `arc=pass (i=1 spf=pass spfdomain=${ALICE_D} dkim=pass dkdomain=${ALICE_D} dmarc=pass fromdomain=${ALICE_D});`,
        gmailSpf(genv, relay.ip),
        gmailDmarc(ALICE_D, 'NONE', 'fail'),
      ],
    });
    const eml = eopDelivery(fwd.raw, {
      ...eop(
        GMAIL_OUT,
        'gmail.com',
        `dkim=fail (body hash did not verify)\r\n header.d=${ALICE_D};dkim=pass (signature was verified)\r\n header.d=googlegroups.com`,
        `fail action=none\r\n header.from=${ALICE_D}`,
        'pass reason=130',
      ),
      returnPath: fwd.envelope,
    });
    both({
      name: 'w204-outlook-google-groups-p-none-footer-gmail-forwarded-compauth-130',
      class: 'list-then-forwarder',
      about:
        "Genuine: a p=none author's Google Groups post (no rewrite, footer breaks her DKIM; googlegroups.com signs, google.com seals i=1) reaches the reader's Gmail, whose \"forward to\" sends it on (+caf_, google.com's i=2) to the company's Exchange Online. EOP: her dkim=fail, googlegroups.com's pass, spf=pass for gmail.com, dmarc=fail action=none and compauth=pass reason=130 (Microsoft's \"ARC result overrode the DMARC failure\" code, recalled from Microsoft Learn's anti-spam header reference). Expected: unverified.",
      args: OUTLOOK,
      eml,
      zone: {
        ...ZONE,
        ...keyZone(['20230601._domainkey.googlegroups.com']),
        'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
        '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
        ...ptr(relay.ip, relay.rdns),
      },
      expect: TRUST,
      twin: true,
    });
  }

  // 19. A GitHub notification forwarded by Outlook.com (microsoft.com's seal, SRS) into Gmail.
  {
    const n = await signAll(
      submitted({
        from: '"Dana Cole" <notifications@github.com>',
        to: 'openfield/solver <solver@noreply.github.com>',
        subject: 'Re: [openfield/solver] Sparse LU fails on singular blocks (Issue #812)',
        messageId: '<openfield/solver/issues/812/2501204219@github.com>',
        extraHeaders: [
          'Reply-To: openfield/solver <reply+AB3W204S@reply.github.com>',
          'List-ID: openfield/solver <solver.openfield.github.com>',
          'X-GitHub-Sender: dcole',
          'X-GitHub-Reason: subscribed',
          'X-Auto-Response-Suppress: All',
        ],
        body: 'Fixed in #815; closing.\r\n\r\n--\r\nReply to this email directly or view it on GitHub.\r\n',
      }),
      [['github.com', 'pf2023']],
    );
    const olSealed = await sealAs(
      onTop(
        n,
        `Received: from out-21.smtp.github.com (192.30.252.204) by\r\n SG2PEPF000B66CA.mail.protection.outlook.com (10.167.240.23) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; Fri, 20 Nov 2026 10:00:03 +0000`,
      ),
      {
        domain: 'microsoft.com',
        selector: 'arcselector9901',
        cv: 'none',
        authResults:
          'mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=github.com; dmarc=pass action=none\r\n header.from=github.com; dkim=pass header.d=github.com; arc=none',
      },
    );
    const env = 'SRS0=Gh9t=TT=github.com=noreply@outlook.com';
    const eml = gmailDelivery(olSealed, {
      relay: OUTLOOK_COM,
      envelope: env,
      spf: 'pass',
      ids: gids(19),
      results: gmailResults(
        gmailDkim('github.com', 'pf2023'),
        'arc=pass (i=1 spf=pass spfdomain=github.com dkim=pass dkdomain=github.com dmarc=pass fromdomain=github.com);',
        gmailSpf(env.toLowerCase(), OUTLOOK_COM.ip),
        gmailDmarc('github.com'),
      ),
    });
    both({
      name: 'w204-gmail-github-issue-via-outlook-com-forwarding',
      class: 'forwarder',
      about:
        "Genuine: a GitHub issue notification to the reader's old Outlook.com mailbox, forwarded by Outlook.com's forwarding rule into Gmail: apc01-tyz-obe [40.92.107.57] and microsoft.com's arcselector9901 seal as in the capture id 5919024730, the SRS envelope at outlook.com modelled; GitHub's signature intact. Gmail: dkim=pass github.com, arc=pass, dmarc=pass. Expected: authenticated.",
      args: GMAIL,
      eml,
      zone: ZONE,
      expect: TRUST,
    });
  }
}

// ---- Pending (4), all offline, all hosted-server-relay on a known forwarder's or list's own relay. ----
// No genuine case reads spoofed; 39 of 43 read as expected (online all right).
//
// A. forwardemail.net's relay offline, in Gmail and Yahoo:
//    w204-gmail-mailman3-munged-p-reject-author-via-forwardemail-offline,
//    w204-gmail-mailman3-footer-p-none-author-via-forwardemail-offline,
//    w204-yahoo-github-review-via-forwardemail-alias-offline.
// Read now: suspicious, hosted-server-relay medium ("a rented server on DigitalOcean
// (138.197.213.185)", AS14061) beside what online reads authenticated / unverified (the munged post:
// the list's dkim=pass and dmarc=pass in Gmail's row; GitHub's aligned pass in Yahoo's; the p=none
// post: dmarc-fail medium excused by the list's change online). Checked by hand: the same bytes with
// the entry address moved out of a hosting network read authenticated, unverified and authenticated
// offline, so this finding alone decides.
// Should read: as online (authenticated / unverified): mx1.forwardemail.net is Forward Email's
// forwarding server (the capture id 5919024730 shows exactly this entry line into Gmail), and
// Forward Email is both a listed ARC sealer (arc.ts TRUSTED_ARC_SEALERS) and a built-in service.
// At fault: lib/findings/hosted-server.ts ownServerEvidence, offline branch: offlineListServer and
// offlineOwnCloudServer do not apply, and offlineMailRelay needs mailRelayName(rdns, asn), which
// asks lib/relay/providers-esp.ts's entry 'Forward Email' for `relayAsns` (it has none: "None listed:
// never offline"), then providerSignedPass (a DMARC pass for the From, absent for the p=none post)
// and an SPF pass for an envelope mailServiceOfDomain maps to the service (its `domains` is empty).
// Yahoo's entry line prints no reverse name at all, so `!o.rdns` returns null before any of that.
// Smallest fix: give 'Forward Email' `relayAsns: [14061]` and `domains: ['forwardemail.net']`, and add
// an offline reading beside offlineMailRelay (say offlineForwarderRelay): the proven provider's SPF
// pass (providerSpfPass) for an envelope whose domain mailServiceOfDomain maps to a service whose
// relayAsns hold the origin's ASN (the SRS0=…@forwardemail.net envelope), and, where the entry line
// prints a reverse name, mailRelayName of that name is the same service; evidence = the SPF line.
// DMARC then decides alone, as it does online.
// Could hurt: a DigitalOcean VM whose droplet is named mx1.forwardemail.net (DigitalOcean sets the
// PTR from the name unchecked) cannot pass forwardemail.net's SPF for its SRS envelope, so it keeps
// medium; a Forward Email customer's own outbound mail counts as the service's (as any ESP's does),
// and a spoof sent through it still fails DMARC for the spoofed domain (red-team round to confirm
// how Forward Email's outbound SMTP writes its envelope: unconfirmed here).
//
// B. w204-gmail-vger-m365-tenant-signed-review-arc-cv-fail-offline: a Microsoft 365 tenant's signed
// review to vger, delivered by lore straight into Gmail, offline.
// Read now: suspicious, hosted-server-relay medium ("a rented server on Akamai Cloud (Linode)
// (172.105.105.114)"), while Gmail's own row says dkim=pass header.i=@<tenant> and dmarc=pass
// (p=REJECT); online it reads authenticated (tor.lore.kernel.org forward-confirmed: 'kernel.org
// lists' in providers-esp.ts). Checked by hand: authenticated offline once the address is moved.
// Should read: authenticated.
// At fault: lib/findings/hosted-server.ts LIST_HOSTS lacks kernel.org, so listHostingService (List-Id
// <linux-media.vger.kernel.org>) gives null; and offlineListServer would still return null, as it
// first asks the provider's DKIM pass for the list host (`signed`), which vger never adds (it hands
// the author's signature on unchanged). The same gap as realworld202's pending D, in Gmail.
// Smallest fix: add 'kernel.org' to LIST_HOSTS (vger's List-Id and envelope are under it; lore's and
// subspace's hosts too), and in offlineListServer accept, when the host adds no signature, the
// provider's SPF pass for an envelope under the host (providerSpfPass: vger's
// `…+bounces-…@vger.kernel.org`) with the printed reverse name under the host (sameOwner), beside the
// provider's aligned DKIM pass for the From (what listServerOwner's `unchanged` asks online).
// Could hurt: a replay from a rented VM cannot pass vger.kernel.org's SPF for the list's envelope
// (red-team round 190's rule for groups.io, the same here); an open list carries anyone's genuine
// signed mail, but online already reads so.
// Lead, 2026-12-07: fixed the vger case: kernel.org is in LIST_HOSTS, and offline a host that signs
// nothing counts on the provider's DMARC pass for the From, its SPF pass for an envelope under the
// host and the printed reverse name under it (lib/findings/hosted-server.ts unsignedListServer).
// The three Forward Email cases are left: offline, a relay on DigitalOcean known only by its name.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w204-gmail-mailman3-munged-p-reject-author-via-forwardemail-offline',
  'w204-gmail-mailman3-footer-p-none-author-via-forwardemail-offline',
  'w204-yahoo-github-review-via-forwardemail-alias-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
