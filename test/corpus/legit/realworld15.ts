// Real-world delivery shapes, fifteenth round: genuine mail read the way an outsider runs HeaderLens,
// `headerlens inspect message.eml --json` and nothing else (every case's args are empty, so the CLI's
// `--webmail auto` finds no profile for these receivers and trusts none of their
// Authentication-Results: HeaderLens's own re-check decides). Chosen where that default is most
// likely to misread: receivers without a profile (Fastmail, iCloud, Proton, Zoho, GMX, Posteo,
// mailbox.org, a university's on-premises Exchange behind Proofpoint or Mimecast, a firm's Postfix
// behind Hornetsecurity, a corporate Postfix with amavis), copies changed in storage or export
// (trailing spaces trimmed, Apple Mail's .emlx, Exchange re-rendering a message for IMAP, mboxrd
// and mboxo quoting, a byte-order mark, blank lines added), forwards, a list post, bounces,
// calendar replies and old mail whose keys have since been rotated. Bare-LF copies cannot be
// written here: make.ts writes every fixture with CRLF.
// Shapes (not contents) from public material where one was found here, otherwise recalled: each
// case's `about` says which. Names and addresses are documentation ones (RFC 2606, RFC 5737) except
// the providers' own hosts and ranges, which the relay classifier needs; every key is the corpus
// test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { tagSubject } from '../edits';
import { rewriteBody } from '../gateway-layouts';
import { AUTHENTICATED, KEY, legitCorpus, ptr, type Relay, SIGNED, senderZone, signAll } from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, type Submitted, submitted } from '../messages';

interface Case {
  name: string;
  about: string;
  class: string;
  eml: string;
  zone?: Record<string, unknown>;
  expect: CaseExpectation;
}

/** Every case runs as an outsider would: no options at all. */
const emit = (write: CaseWriter, c: Case) =>
  write(c.name, {
    eml: c.eml,
    ...(c.zone ? { zone: c.zone } : {}),
    meta: { about: c.about, class: c.class, args: [], expect: c.expect },
  });

/** Genuine mail that cannot be fully checked from the file: anything but a warning. */
const NOT_SUSPICIOUS: CaseExpectation = { notVerdict: ['suspicious'] };
/** Honest when nothing can be checked any more. */
const UNVERIFIED: CaseExpectation = { verdict: ['unverified', 'authenticated'], notVerdict: ['suspicious'] };

const msg = (m: Submitted) => submitted(m);

/** The header block and body of a CRLF message. */
function split(raw: string): [string, string] {
  const at = raw.indexOf('\r\n\r\n');
  return [raw.slice(0, at), raw.slice(at + 4)];
}

const SES_SPF = 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 -all';
const SENDGRID_SPF = 'v=spf1 ip4:167.89.0.0/17 ip4:149.72.0.0/16 -all';
const MAILCHIMP_SPF = 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 -all';
const GMAIL_SPF = 'v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all';

// ---------------------------------------------------------------------------------------------
// Receivers HeaderLens has no profile for
// ---------------------------------------------------------------------------------------------

/**
 * Fastmail: one rich header under mx*.messagingengine.com, its ARC set (d=messagingengine.com,
 * s=fm2) and the Cyrus LMTP hops on top (layout as rw8 / rw14, from public Fastmail raw copies).
 */
async function fastmail(
  raw: string,
  d: { relay: Relay; envelope: string; results: string[]; date?: string; year?: string },
): Promise<string> {
  const date = d.date ?? 'Fri, 20 Nov 2026 05:00:05 -0500';
  const entry = onTop(
    raw,
    `Authentication-Results: mx3.messagingengine.com;\r\n    ${d.results.join(';\r\n    ')}`,
    `Received: from ${d.relay.helo} (${d.relay.rdns} [${d.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby mx3.messagingengine.com (Postfix) with ESMTPS\r\n\tfor <robin@fastmail.com>; ${date}`,
  );
  const sealed = await sealCorpus(entry, {
    domain: 'messagingengine.com',
    selector: 'fm2',
    cv: 'none',
    authResults: `mx3.messagingengine.com; ${d.results.join('; ')}`,
  });
  return onTop(
    sealed,
    `Return-Path: <${d.envelope}>`,
    `Received: from compute2.internal (compute2.nyi.internal [10.202.2.42])\r\n\t by sloti12n33 (Cyrus 3.11.0-alpha0-1108-g3a29173c6-fm-20241003.001-g3a29173c) with LMTPA;\r\n\t ${date}`,
    'X-Cyrus-Session-Id: sloti12n33-1732096806-1234567-2-1234567890123456789',
    'X-Sieve: CMU Sieve 3.0',
    'X-Delivered-to: robin@fastmail.com',
    `X-Mail-from: ${d.envelope}`,
    `Received: from mx3 ([10.202.2.202])\r\n  by compute2.internal (LMTPProxy); ${date}`,
  );
}
const FM_ARC = { 'fm2._domainkey.messagingengine.com': KEY() };

/** iCloud Mail: one header per method under its own ids above the p00-icloudmta entry (as rw14). */
function icloud(raw: string, d: { relay: Relay; envelope: string; rows: string[]; date?: string }): string {
  return onTop(
    raw,
    `Return-Path: <${d.envelope}>`,
    'Original-recipient: rfc822;robin.reader@icloud.com',
    ...d.rows,
    `Received-SPF: pass (spf.icloud.com: domain of ${d.envelope} designates ${d.relay.ip} as permitted sender) receiver=spf.icloud.com; client-ip=${d.relay.ip}; helo=${d.relay.helo}; envelope-from=${d.envelope}`,
    `Received: from ${d.relay.helo} (${d.relay.rdns} [${d.relay.ip}])\r\n\tby p00-icloudmta-asmtp-us-west-1a-100-percent-7 (Postfix) with ESMTPS id 4B7C9D1E2F3A\r\n\tfor <robin.reader@icloud.com>; ${d.date ?? 'Fri, 20 Nov 2026 10:00:05 +0000'}`,
  );
}

/** Proton: one method per header under mail.protonmail.ch above its Postfix entry (as rw8 / rw14). */
function proton(raw: string, d: { relay: Relay; envelope: string; rows: string[] }): string {
  return onTop(
    raw,
    `Return-Path: <${d.envelope}>`,
    'X-Original-To: robin@proton.me',
    'Delivered-To: robin@proton.me',
    ...d.rows.map((r) => `Authentication-Results: mail.protonmail.ch; ${r}`),
    `Received: from ${d.relay.helo} (${d.relay.rdns} [${d.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby mailin047.protonmail.ch (Postfix) with ESMTPS id 4Zy2Cd6Hjkz9wRs\r\n\tfor <robin@proton.me>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
}

/** Zoho Mail: its header (no semicolon after `dkim=pass`, as rw14) above the mx.zohomail.com entry. */
function zoho(raw: string, d: { relay: Relay; envelope: string; from: string }): string {
  return onTop(
    raw,
    'Delivered-To: robin@zohomail.eu',
    `Return-Path: <${d.envelope}>`,
    `Authentication-Results: mx.zohomail.eu;\r\n\tdkim=pass\r\n\tspf=pass (zohomail.eu: domain of ${d.envelope.split('@').pop()} designates ${d.relay.ip} as permitted sender)  smtp.mailfrom=${d.envelope};\r\n\tdmarc=pass  header.from=${d.from}`,
    `Received: from ${d.relay.helo} (${d.relay.rdns} [${d.relay.ip}]) by mx.zohomail.eu\r\n\twith SMTPS id 1795168805412617.3948211120562; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`,
  );
}

/** GMX / WEB.DE: no Authentication-Results at all, the mx-ha entry with Nemesis (as rw14). */
function gmx(raw: string, d: { relay: Relay; envelope: string; to?: string }): string {
  const to = d.to ?? 'robin.reader@gmx.de';
  return onTop(
    raw,
    `Return-Path: <${d.envelope}>`,
    `Received: from ${d.relay.helo} ([${d.relay.ip}]) by mx-ha.gmx.net (mxgmx117\r\n [212.227.15.9]) with ESMTPS (Nemesis) id 1MqbMz-1sVhG12pXx-00kGhT for\r\n <${to}>; Fri, 20 Nov 2026 11:00:05 +0100`,
    `Envelope-To: <${to}>`,
    'X-UI-Filterresults: notjunk:1;V03:K0:Xq3b0nN2wYk=:m1zqk0Q2pA9bT5r8u1vW3xY6zB4cD7eF0gH2iJ5kL8mN1oP4qR7sT0uV3wX6yZ9a',
  );
}

/**
 * Posteo: amavisd-new's own Authentication-Results (`mailin06.posteo.de (amavisd-new); dkim=pass
 * (2048-bit key) header.d=…`), X-Virus-Scanned, the mx → mailin → proxy Postfix hops and the
 * Dovecot LMTP hop on top. amavis's header wording is its documented form; the Posteo host names
 * recalled from Posteo raw copies in public mailing-list archives, not confirmed.
 */
function posteo(raw: string, d: { relay: Relay; envelope: string; dkim: string[] }): string {
  return onTop(
    raw,
    `Return-Path: <${d.envelope}>`,
    'Delivered-To: robin@posteo.de',
    'Received: from proxy02.posteo.de ([127.0.0.1])\r\n\tby dovecot16.posteo.local (Dovecot) with LMTP id 8KkQOhW1PWdMqQAAhDKxEQ\r\n\tfor <robin@posteo.de>; Fri, 20 Nov 2026 11:00:07 +0100',
    'Received: from mailin06.posteo.de (unknown [10.0.1.6])\r\n\tby proxy02.posteo.de (Postfix) with ESMTPS id 4Zz1Hq0n3Kz9rxN\r\n\tfor <robin@posteo.de>; Fri, 20 Nov 2026 11:00:07 +0100 (CET)',
    'Received: from mx04.posteo.de (mailin06.posteo.de [127.0.0.1])\r\n\tby mailin06.posteo.de (Postfix) with ESMTPS id 2B5D2240101\r\n\tfor <robin@posteo.de>; Fri, 20 Nov 2026 11:00:06 +0100 (CET)',
    'X-Virus-Scanned: amavisd-new at posteo.de',
    'X-Spam-Flag: NO',
    'X-Spam-Score: -0.1',
    ...d.dkim.map((r) => `Authentication-Results: mailin06.posteo.de (amavisd-new);\r\n\t${r}`),
    `Received: from ${d.relay.helo} (${d.relay.rdns} [${d.relay.ip}])\r\n\tby mx04.posteo.de (Postfix) with ESMTPS id 4Zz1Hp6YdDz9rxL\r\n\tfor <robin@posteo.de>; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`,
  );
}

/**
 * mailbox.org: rspamd's one header under mx1.mailbox.org (dkim, dmarc "(policy=…)", spf with its
 * comment), X-Rspamd-Queue-Id / X-MBO-SPAM-Probability rows, the Postfix entry and the Dovecot hop
 * above it. rspamd's wording as rw8; the mailbox.org rows recalled from public raw copies.
 */
function mailboxorg(raw: string, d: { relay: Relay; envelope: string; results: string[] }): string {
  return onTop(
    raw,
    `Return-Path: <${d.envelope}>`,
    'Delivered-To: robin@mailbox.org',
    'Received: from smtp1.mailbox.org ([10.196.197.1])\r\n\tby dovecot-b-7.heinlein-hosting.de with LMTP id 0FnQGBW1PWfhZgAAhDKxEQ\r\n\tfor <robin@mailbox.org>; Fri, 20 Nov 2026 11:00:07 +0100',
    `Authentication-Results: mx1.mailbox.org;\r\n\t${d.results.join(';\r\n\t')}`,
    'X-Rspamd-Queue-Id: 4Zz1Hq5WQbz9sWd',
    'X-MBO-SPAM-Probability: 0',
    `Received: from ${d.relay.helo} (${d.relay.rdns} [${d.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby mx1.mailbox.org (Postfix) with ESMTPS id 4Zz1Hq5WQbz9sWd\r\n\tfor <robin@mailbox.org>; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`,
  );
}

// University Exchange on premises (Exchange Server 2019: 15.2 build numbers, mailbox servers in an
// AD domain, the organisation rows it appends at the bottom). Layout recalled from on-premises
// Exchange raw headers posted in public help threads (the "via Frontend Transport" and "via
// Mailbox Transport" hops, Return-Path among the rows at the bottom as Exchange Online writes it,
// X-MS-Exchange-Organization-AuthAs: Anonymous for mail from outside).
const UNI_DATE = 'Fri, 20 Nov 2026 11:00:06 +0100';
function exchangeOnPrem(raw: string, from: { host: string; ip: string; envelope: string }): string {
  const [head, body] = split(
    onTop(
      raw,
      `Received: from EXCH02.ad.uni-nord.example (10.20.1.12) by EXCH01.ad.uni-nord.example\r\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox\r\n Transport; ${UNI_DATE}`,
      `Received: from ${from.host} (${from.ip}) by\r\n EXCH02.ad.uni-nord.example (10.20.1.12) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11\r\n via Frontend Transport; ${UNI_DATE}`,
    ),
  );
  return `${[
    head,
    `Return-Path: ${from.envelope}`,
    'X-MS-Exchange-Organization-AuthSource: EXCH02.ad.uni-nord.example',
    'X-MS-Exchange-Organization-AuthAs: Anonymous',
    'X-MS-Exchange-Organization-Network-Message-Id: 5f1c2a3b-4d5e-6f70-8192-a3b4c5d6e7f8',
    'X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.8412210',
    'X-MS-Exchange-Processed-By-BccFoldering: 15.02.1544.011',
  ].join('\r\n')}\r\n\r\n${body}`;
}

/**
 * Proofpoint (on Demand) in front of it: PPS's entry "by mx0a-….pphosted.com (PPS) with ESMTPS id
 * …-1 (version=TLSv1.2 cipher=… verify=NOT)", its loop through "pps.filterd (m….ppops.net
 * [127.0.0.1])" and the X-Proofpoint-* rows. Host and row forms as in public kernel-list copies of
 * mail that passed a university's or IBM's Proofpoint; the customer id is made up.
 */
const PP: Relay = {
  helo: 'mx0a-00123401.pphosted.com',
  rdns: 'mx0a-00123401.pphosted.com',
  ip: '148.163.156.41',
};
function proofpoint(raw: string, relay: Relay): string {
  return onTop(
    raw,
    'X-Proofpoint-GUID: 3qKx9RvTb1mZc8LwYp2NsUdF0aHjE4Gi',
    'X-Proofpoint-ORIG-GUID: 3qKx9RvTb1mZc8LwYp2NsUdF0aHjE4Gi',
    'X-Proofpoint-Virus-Version: vendor=baseguard\r\n engine=ICAP:2.0.293,Aquarius:18.0.1121,Hydra:6.0.680,FMLib:17.12.68.34\r\n definitions=2026-11-20_03,2026-11-20_01,2026-11-19_01 signatures=0',
    'X-Proofpoint-Spam-Details: rule=inbound_notspam policy=inbound score=0 mlxscore=0\r\n phishscore=0 spamscore=0 bulkscore=0 adultscore=0 clxscore=1011 suspectscore=0\r\n classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2411010000\r\n definitions=main-2611200071',
    'Received: from pps.filterd (m0187473.ppops.net [127.0.0.1])\r\n\tby mx0a-00123401.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id 5AK9x1Qd012345;\r\n\tFri, 20 Nov 2026 05:00:04 -0500',
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby mx0a-00123401.pphosted.com (PPS) with ESMTPS id 4ahx3b0q1c-1\r\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\r\n\tFri, 20 Nov 2026 05:00:04 -0500`,
  );
}

/**
 * A corporate Postfix with amavisd-new as a content filter (port 10024 out, 10025 back): the
 * re-injection hop from localhost, amavis's own "(amavis, port 10024)" hop, its X-Virus-Scanned and
 * X-Spam-* rows. amavis's Received and row forms are its documented defaults (amavisd-new's
 * README.postfix); Debian's "Debian amavis at …" wording as in public raw copies.
 */
function amavis(
  raw: string,
  d: { relay: Relay; envelope: string; spam: string[]; results?: string[] },
): string {
  return onTop(
    raw,
    `Return-Path: <${d.envelope}>`,
    'Delivered-To: robin@corp-west.example',
    'Received: from localhost (localhost [127.0.0.1])\r\n\tby mail.corp-west.example (Postfix) with ESMTP id 4Zz2Kd1rLqz1wPm\r\n\tfor <robin@corp-west.example>; Fri, 20 Nov 2026 11:00:07 +0100 (CET)',
    'X-Virus-Scanned: Debian amavis at corp-west.example',
    ...d.spam,
    ...(d.results ?? []),
    'Received: from mail.corp-west.example ([127.0.0.1])\r\n\tby localhost (mail.corp-west.example [127.0.0.1]) (amavis, port 10024)\r\n\twith ESMTP id Qm7vT2xR9aLk for <robin@corp-west.example>;\r\n\tFri, 20 Nov 2026 11:00:06 +0100 (CET)',
    `Received: from ${d.relay.helo} (${d.relay.rdns} [${d.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby mail.corp-west.example (Postfix) with ESMTPS id 4Zz2Kc5FJdz1wPk\r\n\tfor <robin@corp-west.example>; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`,
  );
}

/**
 * Shapes that HeaderLens gets wrong today (with no options): written out by `makeAll` only, with
 * what they should give once the engine is fixed (see the fifteenth round's report). Take a name
 * out when its fix lands.
 */
// Fixed: the Apple Mail .emlx copy (lib/message/emlx.ts) and amavis's ***Spam*** subject tag
// (lib/auth/list-restore.ts SUBJECT_TAG, subject-tag-added) read right now, and so does the 2021
// archive whose key is gone (key-gone-since-delivery, lib/findings/receiver-record.ts), and the
// mboxo copy with the sender's own >From line (each choice of lines left quoted is tried).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads "spoofed" (dmarc-fail high): Exchange re-rendered the item for IMAP (8-bit body now
  // quoted-printable, charset quoted), both hashes of the journal's signature fail, and the
  // origin stops at the recognised but untrusted Proofpoint host, where SPF fails. It should
  // read "authenticated" (with --trust-gateway pphosted.com it does: SPF passes aligned at the
  // journal's server) or at least "unverified" (--not-byte-exact gives that). Rule:
  // lib/findings/verdict.ts decideVerdict, row dmarc-fail (gateway-recorded-pass needs a record
  // Proofpoint in front of Exchange Server does not write); the walk stops in
  // lib/engine/origin-walk.ts. Fix: past a well-known gateway recognised by its published range or
  // forward-confirmed name, take the gateway's own entry line (the one naming its client) for
  // SPF without the user's trust: only that gateway writes it, and a sender cannot appear to
  // connect from the gateway's address.
  'rw15-exchange-onprem-imap-rerendered-8bit-to-qp-behind-proofpoint',
  // Reads "suspicious" (display-name-brand medium: "Microsoft Outlook" on uni-nord.example) for
  // an Exchange NDR that authenticates for the university. It should read "authenticated". Rule:
  // lib/findings/display-name.ts displayNameRule (brand in the display name). Fix: Exchange's
  // own system sender, local part MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e (the same
  // in every organisation) with the name "Microsoft Outlook", on a null-sender multipart/report
  // that passes DMARC for its own domain, is no brand claim.
  'rw15-fastmail-reader-exchange-onprem-ndr-via-proofpoint-outbound',
  // Reads "spoofed" (dmarc-fail high): Proofpoint URL Defense rewrote the society's link after
  // its checks; SPF is Mailchimp's. It should read "unverified" (or "authenticated" once undone).
  // Rule: lib/findings/verdict.ts decideVerdict, row dmarc-fail (no gateway record, so no
  // gateway-recorded-pass). Fix: when a recognised Proofpoint host is at the origin, undo URL
  // Defense v3 links (https://urldefense.com/v3/__URL__;TABLE!!…$ holds the original URL, with
  // replaced characters listed base64 in TABLE) and accept only a full b= and bh= pass.
  'rw15-proofpoint-url-defense-exchange-onprem-mailchimp-newsletter',
]);

/** The corpus: every shape that comes out right, each also promising never to be "spoofed". */
export function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

/** Every shape, the pending ones included. */
export async function makeAll(write: CaseWriter): Promise<void> {
  await savedCopies(write);
  await gatewayReaders(write);
  await providerReaders(write);
  await forwardsListsBounces(write);
  await oldMail(write);
  await moreReaders(write);
}

// ---------------------------------------------------------------------------------------------
// Copies changed in storage or export
// ---------------------------------------------------------------------------------------------

async function savedCopies(write: CaseWriter): Promise<void> {
  // 1. An airline e-ticket (SES, custom MAIL FROM, relaxed/simple as SES signs, format=flowed text)
  //    pasted from "Show raw message" into an editor that trims trailing spaces on save.
  {
    const relay: Relay = {
      helo: 'e240-8.smtp-out.eu-west-1.amazonses.com',
      rdns: 'e240-8.smtp-out.eu-west-1.amazonses.com',
      ip: '54.240.8.17',
    };
    const envelope = '0102019348c1e7a2-5b1d9f3e-8a2c-4d7b-9e1f-3c6a8b2d4e5f-000000@mail.nordairways.example';
    const base = msg({
      from: 'Nord Airways <noreply@nordairways.example>',
      to: 'robin@fastmail.com',
      subject: 'Your e-ticket: OSL - AMS, 4 December',
      body: 'Booking reference: K7QX2M. Flight NA 1312 leaves Oslo at 07:05 and \r\narrives in Amsterdam at 09:10. Check in opens 30 hours before \r\ndeparture.\r\n',
    }).replace(
      'Content-Type: text/plain; charset=utf-8',
      'Content-Type: text/plain; charset=utf-8; format=flowed',
    );
    const sesSigned = await signCorpus(base, {
      domain: 'amazonses.com',
      selector: 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn',
      canonicalization: 'relaxed/simple',
      headerList: SIGNED,
    });
    const raw = await signCorpus(sesSigned, {
      domain: 'nordairways.example',
      selector: 'c7v2b5n8m1q4w7e0r3t6y9u2i5o8p1a4',
      canonicalization: 'relaxed/simple',
      headerList: SIGNED,
    });
    const delivered = await fastmail(raw, {
      relay,
      envelope,
      results: [
        'dkim=pass (2048-bit rsa key sha256) header.d=nordairways.example header.s=c7v2b5n8m1q4w7e0r3t6y9u2i5o8p1a4',
        'dkim=pass (2048-bit rsa key sha256) header.d=amazonses.com header.s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn',
        'dmarc=pass policy.published-domain-policy=reject header.from=nordairways.example',
        `spf=pass smtp.mailfrom=${envelope}`,
      ],
    });
    const [head, body] = split(delivered);
    emit(write, {
      name: 'rw15-fastmail-raw-source-pasted-editor-trims-flowed-spaces-ses',
      about:
        'An airline e-ticket through Amazon SES (custom MAIL FROM mail.nordairways.example, Easy DKIM under the airline and amazonses.com, both c=relaxed/simple as SES signs) in format=flowed text, whose soft line breaks end in a space (RFC 3676 §4.2), read in Fastmail and kept by pasting "Show raw message" into an editor set to trim trailing whitespace on save: the spaces are gone, so both simple-canonicalised body hashes fail; SPF still passes for the aligned custom MAIL FROM at Fastmail’s entry. Fastmail layout as rw8; SES’s relaxed/simple from SES-signed copies in public archives',
      class: 'saved-copy',
      eml: `${head}\r\n\r\n${body.replace(/ \r\n/g, '\r\n')}`,
      zone: {
        ...senderZone(
          relay,
          [
            ['nordairways.example', 'c7v2b5n8m1q4w7e0r3t6y9u2i5o8p1a4'],
            ['amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'],
          ],
          { 'nordairways.example': 'v=DMARC1; p=reject' },
          { 'mail.nordairways.example': SES_SPF },
        ),
        ...FM_ARC,
      },
      expect: AUTHENTICATED,
    });
  }

  // 2. The same kind of message as Apple Mail keeps it on disk: an .emlx file.
  {
    const relay: Relay = {
      helo: 'o7.ptr2291.email.museum-tickets.example',
      rdns: 'o7.ptr2291.email.museum-tickets.example',
      ip: '167.89.101.7',
    };
    const envelope = 'bounces+2291-7b1e-robin.reader=icloud.com@email.museum-tickets.example';
    const raw = await signAll(
      msg({
        from: 'City Museum <tickets@citymuseum.example>',
        to: 'robin.reader@icloud.com',
        subject: 'Your tickets for Saturday',
        body: '2 adult tickets, Saturday 28 November, 11:00 entry.\r\nShow the QR code at the door.\r\n',
      }),
      [
        ['sendgrid.info', 'smtpapi'],
        ['citymuseum.example', 's1'],
      ],
    );
    const delivered = icloud(raw, {
      relay,
      envelope,
      rows: [
        'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=citymuseum.example',
        'Authentication-Results: dkim-verifier.icloud.com;\r\n\tdkim=pass (2048-bit key) header.d=citymuseum.example header.i=@citymuseum.example header.b=Q29ycHVz;\r\n\tdkim=pass (2048-bit key) header.d=sendgrid.info header.i=@sendgrid.info header.b=Q29ycHVz',
        `Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of ${envelope} designates ${relay.ip} as permitted sender) smtp.mailfrom=${envelope}`,
      ],
    });
    // On disk the .emlx has LF line ends; the corpus writes every fixture with CRLF (make.ts), so
    // the count is taken over the message as written.
    const plist =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>date-last-viewed</key>\n\t<integer>1795170000</integer>\n\t<key>date-received</key>\n\t<integer>1795168805</integer>\n\t<key>flags</key>\n\t<integer>8590195713</integer>\n\t<key>remote-id</key>\n\t<string>41872</string>\n</dict>\n</plist>\n';
    emit(write, {
      name: 'rw15-apple-mail-emlx-byte-count-line-and-plist-icloud',
      about:
        'Museum tickets (SendGrid with a branded envelope domain, signed by the museum and sendgrid.info) read in iCloud Mail and inspected as Apple Mail keeps them on disk, ~/Library/Mail/V10/…/Messages/41872.emlx: a first line with the message’s byte count (right-padded), the message, then an XML property list (flags, date-received) after those bytes. Someone inspecting "the .eml in my Mail folder" passes exactly this. The .emlx layout is documented by file-format references and open-source emlx readers (recalled); iCloud layout as rw14',
      class: 'saved-copy',
      eml: `${Buffer.byteLength(delivered, 'utf8')}      \r\n${delivered}${plist}`,
      zone: senderZone(
        relay,
        [
          ['citymuseum.example', 's1'],
          ['sendgrid.info', 'smtpapi'],
        ],
        { 'citymuseum.example': 'v=DMARC1; p=quarantine' },
        { 'email.museum-tickets.example': SENDGRID_SPF },
      ),
      expect: AUTHENTICATED,
    });
  }

  // 3. A university mailbox on Exchange on premises, read over IMAP: Exchange re-renders the MIME.
  {
    const relay: Relay = {
      helo: 'mail.journal-press.example',
      rdns: 'mail.journal-press.example',
      ip: '203.0.113.81',
    };
    const envelope = 'bounce-8812@mc.journal-press.example';
    const body =
      'Dear Dr Lind,\r\n\r\nThank you for your submission “Sediment transport in fjords”.\r\nThe editors will reply within six weeks.\r\n\r\nJournal of Coastal Studies\r\n';
    const raw = await signAll(
      msg({
        from: 'Journal of Coastal Studies <editorial@journal-press.example>',
        to: 'a.lind@uni-nord.example',
        subject: 'Submission received: JCS-2026-0412',
        extraHeaders: ['Content-Transfer-Encoding: 8bit'],
        body,
      }),
      [['journal-press.example', 'jp2026']],
    );
    const gated = proofpoint(raw, relay);
    const stored = exchangeOnPrem(gated, { host: PP.helo, ip: PP.ip, envelope: `<${envelope}>` });
    // What Exchange hands an IMAP client: its own rendering of the stored item. The 8-bit text comes
    // back as quoted-printable with Exchange's Content-Type parameters; everything else as stored.
    const [head, b] = split(stored);
    const qp = b.replace('“', '=E2=80=9C').replace('”', '=E2=80=9D');
    const rendered = head
      .replace('Content-Type: text/plain; charset=utf-8', 'Content-Type: text/plain; charset="utf-8"')
      .replace('Content-Transfer-Encoding: 8bit', 'Content-Transfer-Encoding: quoted-printable');
    emit(write, {
      name: 'rw15-exchange-onprem-imap-rerendered-8bit-to-qp-behind-proofpoint',
      about:
        'A journal’s acknowledgement (its own server, signed journal-press.example, envelope at its bounce subdomain mc.) to a university mailbox on Exchange Server 2019 behind Proofpoint, then fetched over IMAP by Thunderbird and saved: Exchange does not keep the MIME it received but renders the stored item again for IMAP, so the 8-bit UTF-8 body comes back quoted-printable with `charset="utf-8"` quoted. Both the header hash (Content-Type) and the body hash fail; SPF could pass only at the journal’s own hop, which is behind the gateway; nobody wrote Authentication-Results. Exchange’s IMAP re-rendering breaking signatures is a known complaint in public Exchange and DKIM-verifier threads (recalled); the layouts as this file’s exchangeOnPrem and proofpoint',
      class: 'saved-copy',
      eml: `${rendered}\r\n\r\n${qp}`,
      zone: {
        ...senderZone(
          relay,
          [['journal-press.example', 'jp2026']],
          { 'journal-press.example': 'v=DMARC1; p=quarantine' },
          {
            'mc.journal-press.example': 'v=spf1 ip4:203.0.113.81 -all',
            'journal-press.example': 'v=spf1 ip4:203.0.113.80/29 -all',
          },
        ),
        ...ptr(PP.ip, PP.rdns),
      },
      expect: UNVERIFIED,
    });
  }

  // 4. A Zoho copy saved with two blank lines added, signed simple/simple (control: must still pass).
  {
    const relay: Relay = {
      helo: 'smtp.kommune-vest.example',
      rdns: 'smtp.kommune-vest.example',
      ip: '203.0.113.140',
    };
    const raw = await signCorpus(
      msg({
        from: 'Kommune Vest <post@kommune-vest.example>',
        to: 'robin@zohomail.eu',
        subject: 'Building permit 2026/1187: decision',
        body: 'Your application has been approved. The decision letter is attached in the portal.\r\n',
      }),
      {
        domain: 'kommune-vest.example',
        selector: 'sel1',
        canonicalization: 'simple/simple',
        headerList: SIGNED,
      },
    );
    emit(write, {
      name: 'rw15-zoho-export-trailing-blank-lines-simple-simple-signature',
      about:
        'A municipality’s decision letter from its own Exchange-fronted relay, signed c=simple/simple (older signing agents on Exchange default to simple), read in Zoho Mail and exported with "Export as EML", which ends the file with two extra empty lines. RFC 6376 §3.4.3: simple body canonicalisation ignores empty lines at the end, so the signature still verifies; a control for the stricter canonicalisation. Zoho layout as rw14; the trailing lines recalled from exported copies, not confirmed for Zoho',
      class: 'saved-copy',
      eml: `${zoho(raw, { relay, envelope: 'post@kommune-vest.example', from: 'kommune-vest.example' })}\r\n\r\n`,
      zone: senderZone(
        relay,
        [['kommune-vest.example', 'sel1']],
        { 'kommune-vest.example': 'v=DMARC1; p=reject' },
        { 'kommune-vest.example': 'v=spf1 ip4:203.0.113.140 -all' },
      ),
      expect: AUTHENTICATED,
    });
  }

  // 5. A mutt mboxrd folder: ">From " lines become ">>From " and "From " lines ">From ".
  {
    const relay: Relay = {
      helo: 'mail.fjellklubb.example',
      rdns: 'mail.fjellklubb.example',
      ip: '203.0.113.152',
    };
    const raw = await signAll(
      msg({
        from: 'Fjellklubben <styret@fjellklubb.example>',
        to: 'robin@mailbox.org',
        subject: 'Re: hut booking for January',
        body: 'Hi Robin,\r\n\r\nFrom the 8th the hut is yours.\r\n\r\nYou wrote:\r\n>From the 6th to the 10th, if possible.\r\n\r\nThe board\r\n',
      }),
      [['fjellklubb.example', 'dkim']],
    );
    const delivered = mailboxorg(raw, {
      relay,
      envelope: 'styret@fjellklubb.example',
      results: [
        'dkim=pass header.d=fjellklubb.example header.s=dkim header.b=Q29ycHVz',
        'dmarc=pass (policy=quarantine) header.from=fjellklubb.example',
        `spf=fail (mx1.mailbox.org: domain of styret@fjellklubb.example does not designate ${relay.ip} as permitted sender) smtp.mailfrom=styret@fjellklubb.example`,
      ],
    });
    const [head, body] = split(delivered);
    const mboxrd = body.replace(/^(>*From )/gm, '>$1');
    emit(write, {
      name: 'rw15-mutt-mboxrd-quoted-from-and-quoted-reply-mailboxorg',
      about:
        'A club secretary’s reply from the club’s server (DKIM aligned, p=quarantine; the SPF record still names the server the club left last year, so SPF fails and only the signature can pass DMARC) read at mailbox.org, kept in a local mbox by mutt (mbox_type=mboxrd via fetchmail/procmail) and cut out with formail: mboxrd quotes every line that begins with ">…From " one level deeper, so "From the 8th" became ">From the 8th" and the quoted ">From the 6th" became ">>From the 6th". Undoing one level restores the signed body exactly. mboxrd’s rule from the mbox format descriptions (qmail’s mbox(5), the "mboxrd" variant); mailbox.org layout recalled',
      class: 'saved-copy',
      eml: `From styret@fjellklubb.example Fri Nov 20 10:00:07 2026\r\n${head}\r\n\r\n${mboxrd}`,
      zone: senderZone(
        relay,
        [['fjellklubb.example', 'dkim']],
        { 'fjellklubb.example': 'v=DMARC1; p=quarantine' },
        { 'fjellklubb.example': 'v=spf1 ip4:203.0.113.19 -all' },
      ),
      expect: AUTHENTICATED,
    });
  }

  // 6. Thunderbird (mboxo) with a ">From " line the sender wrote: undoing the quoting overshoots.
  {
    const relay: Relay = {
      helo: 'o1.ptr7731.sendgrid.net',
      rdns: 'o1.ptr7731.sendgrid.net',
      ip: '167.89.102.31',
    };
    const envelope = 'bounces+7731-0ae2-robin=fastmail.com@em.choir-mail.example';
    const raw = await signAll(
      msg({
        from: 'St Olav Choir <news@stolavchoir.example>',
        to: 'robin@fastmail.com',
        subject: 'Rehearsal notes',
        body: 'Dear singers,\r\n\r\nFrom bar 40 the altos take the melody.\r\nAs Kari put it in her mail:\r\n>From bar 52 everyone together, please.\r\n\r\nSee you Tuesday\r\n',
      }),
      [
        ['sendgrid.info', 'smtpapi'],
        ['stolavchoir.example', 's1'],
      ],
    );
    const delivered = await fastmail(raw, {
      relay,
      envelope,
      results: [
        'dkim=pass (2048-bit rsa key sha256) header.d=stolavchoir.example header.s=s1',
        'dkim=pass (2048-bit rsa key sha256) header.d=sendgrid.info header.s=smtpapi',
        'dmarc=pass policy.published-domain-policy=quarantine header.from=stolavchoir.example',
        `spf=pass smtp.mailfrom=${envelope}`,
      ],
    });
    const [head, body] = split(delivered);
    // mboxo quotes only "From " at a line start; the sender's own ">From " stays as it was.
    const mboxo = body.replace(/^From /gm, '>From ');
    emit(write, {
      name: 'rw15-thunderbird-mboxo-sender-wrote-quoted-from-line-fastmail',
      about:
        'A choir newsletter (SendGrid, branded envelope domain, signed by the choir and sendgrid.info) whose text quotes a member’s line ">From bar 52 …", read in Fastmail through Thunderbird and saved: Thunderbird’s mboxo store turned "From bar 40" into ">From bar 40" but left the sender’s own ">From bar 52" alone (mboxo cannot tell them apart). Undoing the quoting on every ">From " line gives a body the sender never signed; only undoing it on the line the store changed verifies. mboxo’s ambiguity is the reason mboxrd exists (mbox format descriptions); Fastmail layout as rw8',
      class: 'saved-copy',
      eml: onTop(`${head}\r\n\r\n${mboxo}`, 'X-Mozilla-Status: 0001', 'X-Mozilla-Status2: 00000000'),
      zone: {
        ...senderZone(
          relay,
          [
            ['stolavchoir.example', 's1'],
            ['sendgrid.info', 'smtpapi'],
          ],
          { 'stolavchoir.example': 'v=DMARC1; p=quarantine' },
          { 'em.choir-mail.example': SENDGRID_SPF },
        ),
        ...FM_ARC,
      },
      expect: AUTHENTICATED,
    });
  }

  // 7. "Show original" copied into Notepad and saved as UTF-8: a byte-order mark before the first field.
  {
    const relay: Relay = {
      helo: 'mail-ed1-f54.google.com',
      rdns: 'mail-ed1-f54.google.com',
      ip: '209.85.208.54',
    };
    const raw = await signAll(
      msg({
        from: 'Ingrid Berg <ingrid.berg@gmail.com>',
        to: 'robin@proton.me',
        subject: 'Photos from Saturday',
        body: 'Here is the link to the album: https://photos.app.goo.gl/Xq2b7MZk9PvR1tLs8\r\n\r\nIngrid\r\n',
      }),
      [['gmail.com', '20230601']],
    );
    const delivered = proton(raw, {
      relay,
      envelope: 'ingrid.berg@gmail.com',
      rows: [
        'dkim=pass (2048-bit key) header.d=gmail.com header.i=@gmail.com header.b="Q29ycHVz"',
        'dmarc=pass (p=none dis=none) header.from=gmail.com',
        'spf=pass smtp.mailfrom=gmail.com',
        `arc=none smtp.remote-ip=${relay.ip}`,
      ],
    });
    emit(write, {
      name: 'rw15-proton-headers-pasted-into-notepad-utf8-bom',
      about:
        'A friend’s Gmail message read in Proton Mail, its "View headers"/"Download" text pasted into Windows Notepad and saved as UTF-8: Notepad writes a byte-order mark (EF BB BF) before the first header field, so the file begins "\\uFEFFReturn-Path:". Everything else is byte for byte. Notepad’s BOM on UTF-8 saves is documented Windows behaviour (before Windows 10 1903 always, since then when "UTF-8 with BOM" is chosen); Proton layout as rw8',
      class: 'saved-copy',
      eml: `\uFEFF${delivered}`,
      zone: senderZone(
        relay,
        [['gmail.com', '20230601']],
        { 'gmail.com': 'v=DMARC1; p=none; sp=quarantine' },
        { 'gmail.com': GMAIL_SPF },
      ),
      expect: AUTHENTICATED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Gateways in front of on-premises servers
// ---------------------------------------------------------------------------------------------

async function gatewayReaders(write: CaseWriter): Promise<void> {
  // 8. Proofpoint URL Defense rewrote the links of an ESP newsletter before Exchange stored it.
  {
    const relay: Relay = {
      helo: 'mail153.atl221.rsgsv.net',
      rdns: 'mail153.atl221.rsgsv.net',
      ip: '198.2.153.221',
    };
    const envelope = 'bounce-mc.us7_81234567.1234567-robin.lind=uni-nord.example@mail153.atl221.rsgsv.net';
    const raw = await signAll(
      msg({
        from: 'Nordic Geoscience Society <office@geoscience-society.example>',
        to: 'a.lind@uni-nord.example',
        subject: 'Call for abstracts: Winter Meeting 2027',
        body: 'Abstracts are due 15 January.\r\nSubmit here: https://geoscience-society.example/winter-2027/abstracts\r\n',
      }),
      [
        ['mcsv.net', 'k2'],
        ['geoscience-society.example', 'k1'],
      ],
    );
    const rewritten = rewriteBody(
      raw,
      'https://geoscience-society.example/winter-2027/abstracts',
      'https://urldefense.com/v3/__https://geoscience-society.example/winter-2027/abstracts__;!!Nmw4Hv0!w1XhQ2aTb9sL0vK3mRz8yPqU$',
    );
    emit(write, {
      name: 'rw15-proofpoint-url-defense-exchange-onprem-mailchimp-newsletter',
      about:
        'A learned society’s newsletter through Mailchimp (envelope at rsgsv.net, signed by the society with k1 and by mcsv.net) to a university on Exchange Server 2019 behind Proofpoint: URL Defense rewrote the link as https://urldefense.com/v3/__…__;!!…$ after Proofpoint checked the message, so the society’s body hash fails and SPF only covers Mailchimp’s own domain. The urldefense v3 link form is in countless public list archives; the society’s aligned signature verified when Proofpoint received it. Layouts as this file’s proofpoint and exchangeOnPrem',
      class: 'gateway-rewrite',
      eml: exchangeOnPrem(proofpoint(rewritten, relay), {
        host: PP.helo,
        ip: PP.ip,
        envelope: `<${envelope}>`,
      }),
      zone: {
        ...senderZone(
          relay,
          [
            ['geoscience-society.example', 'k1'],
            ['mcsv.net', 'k2'],
          ],
          { 'geoscience-society.example': 'v=DMARC1; p=quarantine' },
          { 'mail153.atl221.rsgsv.net': MAILCHIMP_SPF },
        ),
        ...ptr(PP.ip, PP.rdns),
      },
      expect: UNVERIFIED,
    });
  }

  // 9. The same university, a colleague abroad writing from their own server (nothing changed).
  {
    const relay: Relay = {
      helo: 'smtp.geo.uni-sud.example',
      rdns: 'smtp.geo.uni-sud.example',
      ip: '203.0.113.201',
    };
    const raw = await signAll(
      msg({
        from: 'Prof. Elena Rossi <elena.rossi@uni-sud.example>',
        to: 'a.lind@uni-nord.example',
        subject: 'Field campaign dates',
        body: 'Dear Anna,\r\n\r\nWould 12-19 April work for the field campaign?\r\n\r\nElena\r\n',
      }),
      [['uni-sud.example', 'mail2026']],
    );
    emit(write, {
      name: 'rw15-proofpoint-exchange-onprem-colleague-own-server-aligned',
      about:
        'A colleague’s mail from her university’s own Postfix (SPF and DKIM aligned, p=reject) to a university on Exchange Server 2019 behind Proofpoint on Demand: the entry at mx0a-….pphosted.com (PPS), Proofpoint’s pps.filterd loop and X-Proofpoint-* rows, then Exchange’s Frontend and Mailbox Transport hops and the X-MS-Exchange-Organization-* rows at the bottom; nobody wrote Authentication-Results. The origin is behind the gateway. Layouts recalled (see proofpoint and exchangeOnPrem)',
      class: 'gateway-onprem',
      eml: exchangeOnPrem(proofpoint(raw, relay), {
        host: PP.helo,
        ip: PP.ip,
        envelope: '<elena.rossi@uni-sud.example>',
      }),
      zone: {
        ...senderZone(
          relay,
          [['uni-sud.example', 'mail2026']],
          { 'uni-sud.example': 'v=DMARC1; p=reject' },
          { 'uni-sud.example': 'v=spf1 ip4:203.0.113.200/29 -all' },
        ),
        ...ptr(PP.ip, PP.rdns),
      },
      expect: AUTHENTICATED,
    });
  }

  // 10. Mimecast tagged the subject "[EXTERNAL]" in front of an on-premises Exchange.
  {
    const relay: Relay = {
      helo: 'mx.harbour-shipping.example',
      rdns: 'mx.harbour-shipping.example',
      ip: '203.0.113.77',
    };
    const MC: Relay = {
      helo: 'eu-smtp-delivery-151.mimecast.com',
      rdns: 'eu-smtp-delivery-151.mimecast.com',
      ip: '185.58.85.151',
    };
    const raw = await signAll(
      msg({
        from: 'Harbour Shipping Operations <ops@harbour-shipping.example>',
        to: 'a.lind@uni-nord.example',
        subject: 'Research vessel slot confirmed',
        body: 'The RV slot on 3 March is confirmed. Boarding at quay 4 from 07:30.\r\n',
      }),
      [['harbour-shipping.example', 'hs1']],
    );
    const tagged = tagSubject(raw, '[EXTERNAL] ');
    const atMc = onTop(
      tagged,
      'X-Mimecast-Spam-Score: 1',
      'X-MC-Unique: Wq3kR8vT1mZpL2xYc9NbHd-1',
      `Received: from ${relay.helo} (${relay.helo} [${relay.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-51-Wq3kR8vT1mZpL2xYc9NbHd-1; Fri, 20 Nov 2026 10:00:03 +0000`,
    );
    emit(write, {
      name: 'rw15-mimecast-external-subject-tag-exchange-onprem-own-server',
      about:
        'A shipping company’s own server (SPF and DKIM aligned, p=reject, Subject in h=) to a university on Exchange Server 2019 behind Mimecast, whose policy prefixes "[EXTERNAL] " to the subject after its checks: the company’s signature fails on the Subject, SPF passes for the company at the hop Mimecast took it from. Mimecast’s Received and X-MC-Unique as gateway-layouts.ts (public Red Hat copies); the eu-smtp-delivery host form recalled; the subject tag is Mimecast’s documented "Tag external emails" option (recalled)',
      class: 'gateway-onprem',
      eml: exchangeOnPrem(atMc, { host: MC.helo, ip: MC.ip, envelope: '<ops@harbour-shipping.example>' }),
      zone: {
        ...senderZone(
          relay,
          [['harbour-shipping.example', 'hs1']],
          { 'harbour-shipping.example': 'v=DMARC1; p=reject' },
          { 'harbour-shipping.example': 'v=spf1 ip4:203.0.113.77 -all' },
        ),
        ...ptr(MC.ip, MC.rdns),
      },
      expect: NOT_SUSPICIOUS,
    });
  }

  // 11. Hornetsecurity in front of a firm's own Postfix, an ESP notification, nothing changed.
  {
    const relay: Relay = {
      helo: 'a27-44.smtp-out.eu-central-1.amazonses.com',
      rdns: 'a27-44.smtp-out.eu-central-1.amazonses.com',
      ip: '69.169.227.44',
    };
    const HORNET: Relay = {
      helo: 'mx-relay81-hz1.antispameurope.com',
      rdns: 'mx-relay81-hz1.antispameurope.com',
      ip: '94.100.132.81',
    };
    const envelope =
      '01070193a1b2c3d4-9e8f7a6b-5c4d-3e2f-1a0b-9c8d7e6f5a4b-000000@eu-central-1.amazonses.com';
    const raw = await signAll(
      msg({
        from: 'Steuerportal <noreply@steuerportal.example>',
        to: 'robin@kanzlei-ost.example',
        subject: 'Neue Nachricht in Ihrem Postfach',
        body: 'In Ihrem Postfach liegt eine neue Nachricht. Bitte melden Sie sich an.\r\n',
      }),
      [
        ['amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'],
        ['steuerportal.example', 'x5k2n7q1w4e8r3t6y9u2i5o8p1a4s7d0'],
      ],
    );
    emit(write, {
      name: 'rw15-hornetsecurity-onprem-postfix-ses-default-mail-from',
      about:
        'A tax portal’s notification through Amazon SES with SES’s own MAIL FROM (…@eu-central-1.amazonses.com, so SPF is unaligned) and Easy DKIM under the portal, to a law firm’s own Postfix behind Hornetsecurity: the X-cloud-security-* rows and Hornetsecurity’s delivery from mx-relay…antispameurope.com; the firm’s Postfix wrote no Authentication-Results. DMARC can pass only through the portal’s signature, which survives the gateway. X-cloud-security-* rows and host names recalled from Hornetsecurity copies in public German admin forums, not confirmed',
      class: 'gateway-onprem',
      eml: onTop(
        raw,
        `Return-Path: <${envelope}>`,
        'Delivered-To: robin@kanzlei-ost.example',
        `Received: from ${HORNET.helo} (${HORNET.rdns} [${HORNET.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby mail.kanzlei-ost.example (Postfix) with ESMTPS id 4Zz3Lm2QpWz7vBn\r\n\tfor <robin@kanzlei-ost.example>; Fri, 20 Nov 2026 11:00:06 +0100 (CET)`,
        'X-cloud-security-sender: noreply@steuerportal.example',
        'X-cloud-security-recipient: robin@kanzlei-ost.example',
        'X-cloud-security-Virusscan: CLEAN',
        'X-cloud-security-disclaimer: This E-Mail was scanned by E-Mailservice on mx-relay81-hz1 with 4Zz3Lk6pRzz3xYq',
        `X-cloud-security-connect: ${relay.helo}[${relay.ip}], TLS=1, IP=${relay.ip}`,
        'X-cloud-security-Digest: 8f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c',
        `X-cloud-security: scantime:1.214`,
        `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby mx-relay81-hz1.antispameurope.com;\r\n\tFri, 20 Nov 2026 11:00:05 +0100`,
      ),
      zone: {
        ...senderZone(
          relay,
          [
            ['steuerportal.example', 'x5k2n7q1w4e8r3t6y9u2i5o8p1a4s7d0'],
            ['amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'],
          ],
          { 'steuerportal.example': 'v=DMARC1; p=reject' },
          { 'eu-central-1.amazonses.com': SES_SPF },
        ),
        ...ptr(HORNET.ip, HORNET.rdns),
      },
      expect: AUTHENTICATED,
    });
  }

  // 12. amavis tagged a legitimate newsletter "***Spam*** " (its spam subject tag).
  {
    const relay: Relay = {
      helo: 'o3.ptr5512.sendgrid.net',
      rdns: 'o3.ptr5512.sendgrid.net',
      ip: '167.89.103.12',
    };
    const envelope = 'bounces+5512-9c1d-robin=corp-west.example@sendgrid.net';
    const raw = await signAll(
      msg({
        from: 'Trade Fair Nord <info@tradefair-nord.example>',
        to: 'robin@corp-west.example',
        subject: 'Last chance: 40% off exhibitor stands',
        body: 'Book your stand for Trade Fair Nord 2027 before Friday and save 40%.\r\n',
      }),
      [
        ['sendgrid.info', 'smtpapi'],
        ['tradefair-nord.example', 's1'],
      ],
    );
    emit(write, {
      name: 'rw15-postfix-amavis-spam-subject-tag-sendgrid-shared-envelope',
      about:
        'A trade fair’s promotion through SendGrid with SendGrid’s own envelope (sendgrid.net: SPF unaligned), signed by the fair and sendgrid.info, to a firm’s Postfix with amavisd-new (Debian) as content filter: SpamAssassin scored it 6.1, so amavis added X-Spam-Flag: YES and its default subject tag "***Spam*** " (sa_spam_subject_tag) before re-injecting it on port 10025. The tag breaks the fair’s signature over Subject. amavis’s rows and tag are its documented defaults; the hops as this file’s amavis',
      class: 'local-filter',
      eml: amavis(tagSubject(raw, '***Spam*** '), {
        relay,
        envelope,
        spam: [
          'X-Spam-Flag: YES',
          'X-Spam-Score: 6.1',
          'X-Spam-Level: ******',
          'X-Spam-Status: Yes, score=6.1 tagged_above=-999 required=5\r\n\ttests=[DKIM_SIGNED=0.1, DKIM_VALID=-0.1, HTML_MESSAGE=0.001,\r\n\tMIME_HTML_ONLY=0.1, SUBJ_ALL_CAPS=0.5, URIBL_GREY=1.2, XPRIO=1.01]\r\n\tautolearn=no autolearn_force=no',
        ],
      }),
      zone: senderZone(
        relay,
        [
          ['tradefair-nord.example', 's1'],
          ['sendgrid.info', 'smtpapi'],
        ],
        { 'tradefair-nord.example': 'v=DMARC1; p=quarantine' },
        { 'sendgrid.net': SENDGRID_SPF },
      ),
      expect: UNVERIFIED,
    });
  }

  // 13. The same firm's Postfix+amavis, amavis's own DKIM result in its header (nothing changed).
  {
    const relay: Relay = {
      helo: 'mail-wm1-f47.google.com',
      rdns: 'mail-wm1-f47.google.com',
      ip: '209.85.128.47',
    };
    const raw = await signAll(
      msg({
        from: 'Jonas Eide <jonas@eide-consulting.example>',
        to: 'robin@corp-west.example',
        subject: 'Invoice 2026-118',
        body: 'Hi Robin,\r\n\r\nInvoice 2026-118 for October is attached to the portal.\r\n\r\nJonas\r\n',
      }),
      [['eide-consulting.example', 'google']],
    );
    emit(write, {
      name: 'rw15-postfix-amavis-workspace-sender-amavis-dkim-result',
      about:
        'A consultant on Google Workspace (own domain, DKIM s=google, SPF include of Google) to a firm’s Postfix with amavisd-new: amavis’s own header "mail.corp-west.example (amavis); dkim=pass (2048-bit key) header.d=…" between its re-injection hop and its content-filter hop, the Workspace relay at the entry. amavis’s header form as its documentation (recalled); Google’s outbound host form from public Workspace copies',
      class: 'local-filter',
      eml: amavis(raw, {
        relay,
        envelope: 'jonas@eide-consulting.example',
        spam: ['X-Spam-Flag: NO', 'X-Spam-Score: -0.199', 'X-Spam-Level: '],
        results: [
          'Authentication-Results: mail.corp-west.example (amavis);\r\n\tdkim=pass (2048-bit key) header.d=eide-consulting.example\r\n\theader.b=Q29ycHVz',
        ],
      }),
      zone: senderZone(
        relay,
        [['eide-consulting.example', 'google']],
        { 'eide-consulting.example': 'v=DMARC1; p=none; rua=mailto:dmarc@eide-consulting.example' },
        { 'eide-consulting.example': 'v=spf1 include:_spf.google.com ~all', '_spf.google.com': GMAIL_SPF },
      ),
      expect: AUTHENTICATED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Other providers as readers
// ---------------------------------------------------------------------------------------------

async function providerReaders(write: CaseWriter): Promise<void> {
  // 14. Posteo: amavis's results only (no SPF or DMARC written), a bank's own server.
  {
    const relay: Relay = {
      helo: 'mout.sparkasse-nord.example',
      rdns: 'mout.sparkasse-nord.example',
      ip: '203.0.113.60',
    };
    const raw = await signAll(
      msg({
        from: 'Sparkasse Nord <service@sparkasse-nord.example>',
        to: 'robin@posteo.de',
        subject: 'Neues Dokument im Postfach',
        body: 'Sehr geehrte Kundin, sehr geehrter Kunde,\r\n\r\nim Online-Banking liegt ein neues Dokument für Sie bereit.\r\n',
      }),
      [['sparkasse-nord.example', 'sn2026']],
    );
    emit(write, {
      name: 'rw15-posteo-amavis-results-bank-own-server-umlaut',
      about:
        'A savings bank’s own mail server (SPF and DKIM aligned, p=reject) to a Posteo mailbox: Posteo’s amavisd-new writes "mailin06.posteo.de (amavisd-new); dkim=pass (2048-bit key) header.d=…" (no SPF, no DMARC), above its mx → mailin → proxy → Dovecot hops. 8-bit UTF-8 body as the bank’s software sends it. Layout as this file’s posteo (recalled)',
      class: 'provider-results',
      eml: posteo(raw, {
        relay,
        envelope: 'service@sparkasse-nord.example',
        dkim: ['dkim=pass (2048-bit key) header.d=sparkasse-nord.example header.b=Q29ycHVz'],
      }),
      zone: senderZone(
        relay,
        [['sparkasse-nord.example', 'sn2026']],
        { 'sparkasse-nord.example': 'v=DMARC1; p=reject' },
        { 'sparkasse-nord.example': 'v=spf1 ip4:203.0.113.60 ip4:203.0.113.61 -all' },
      ),
      expect: AUTHENTICATED,
    });
  }

  // 15. GMX reader: a Google Calendar reply (text/calendar; method=REPLY) from a Workspace user.
  {
    const relay: Relay = {
      helo: 'mail-sor-f69.google.com',
      rdns: 'mail-sor-f69.google.com',
      ip: '209.85.220.69',
    };
    const envelope = '3Pp4-ZwkKAbcR7TdYjRkX2T.Pbh@calendar-server.bounces.google.com';
    const ics =
      'BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:20261203T140000Z\r\nDTEND:20261203T150000Z\r\nDTSTAMP:20261120T100000Z\r\nORGANIZER;CN=Robin Reader:mailto:robin.reader@gmx.de\r\nUID:7f3a9c1e-2b4d-4e6f-8a1b-3c5d7e9f0a2b@gmx.de\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mia Hansen;X-NUM-GUESTS=0:mailto:mia@studio-fjord.example\r\nSUMMARY:Project kickoff\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const raw = await signAll(
      msg({
        from: 'Mia Hansen <mia@studio-fjord.example>',
        to: 'robin.reader@gmx.de',
        subject: 'Accepted: Project kickoff @ Thu 3 Dec 2026 15:00 - 16:00 (CET) (robin.reader@gmx.de)',
        extraHeaders: [
          'Sender: Google Calendar <calendar-notification@google.com>',
          'Reply-To: Mia Hansen <mia@studio-fjord.example>',
        ],
        body: ics,
      }).replace(
        'Content-Type: text/plain; charset=utf-8',
        'Content-Type: text/calendar; charset="UTF-8"; method=REPLY',
      ),
      [
        ['google.com', '20230601'],
        ['studio-fjord.example', 'google'],
      ],
    );
    emit(write, {
      name: 'rw15-gmx-reader-google-calendar-reply-workspace-calendar-server-envelope',
      about:
        'A calendar acceptance generated by Google Calendar for a Workspace user (From the user, Sender calendar-notification@google.com, envelope …@calendar-server.bounces.google.com, so SPF is Google’s and unaligned; signed by the user’s domain s=google and by google.com) to a GMX reader, the body a text/calendar METHOD:REPLY part; GMX writes no Authentication-Results. The calendar-server.bounces.google.com envelope and the Sender row recalled from public copies of Google Calendar invitations; GMX layout as rw14',
      class: 'calendar',
      eml: gmx(raw, { relay, envelope }),
      zone: {
        ...senderZone(
          relay,
          [
            ['studio-fjord.example', 'google'],
            ['google.com', '20230601'],
          ],
          { 'studio-fjord.example': 'v=DMARC1; p=quarantine', 'google.com': 'v=DMARC1; p=reject' },
          {
            'calendar-server.bounces.google.com': 'v=spf1 include:_spf.google.com ~all',
            '_spf.google.com': GMAIL_SPF,
          },
        ),
      },
      expect: AUTHENTICATED,
    });
  }

  // 16. iCloud reader: a Fastmail user with a custom domain, Fastmail's own signing domain beside.
  {
    const relay: Relay = {
      helo: 'fout-a4-smtp.messagingengine.com',
      rdns: 'fout-a4-smtp.messagingengine.com',
      ip: '103.168.172.147',
    };
    const envelope = 'kari@nordlys-design.example';
    const raw = await signAll(
      msg({
        from: 'Kari Nordlys <kari@nordlys-design.example>',
        to: 'robin.reader@icloud.com',
        subject: 'Logo drafts',
        body: 'Hi Robin, three drafts are in the shared folder. Kari\r\n',
      }),
      [
        ['messagingengine.com', 'fm1'],
        ['nordlys-design.example', 'fm1'],
      ],
    );
    emit(write, {
      name: 'rw15-icloud-reader-fastmail-custom-domain-fout-relay',
      about:
        'A designer on Fastmail with her own domain (SPF include:spf.messagingengine.com, DKIM fm1 CNAMEd to Fastmail, p=quarantine) to an iCloud reader, handed over by Fastmail’s fout-a4-smtp.messagingengine.com in its 103.168.172.0/22; signed by the designer’s domain and by messagingengine.com. iCloud writes one header per method. fout host form from public Fastmail copies; iCloud layout as rw14',
      class: 'provider-results',
      eml: icloud(raw, {
        relay,
        envelope,
        rows: [
          'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=nordlys-design.example',
          'Authentication-Results: dkim-verifier.icloud.com;\r\n\tdkim=pass (2048-bit key) header.d=nordlys-design.example header.i=@nordlys-design.example header.b=Q29ycHVz;\r\n\tdkim=pass (2048-bit key) header.d=messagingengine.com header.i=@messagingengine.com header.b=Q29ycHVz',
          `Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of ${envelope} designates ${relay.ip} as permitted sender) smtp.mailfrom=${envelope}`,
        ],
      }),
      zone: senderZone(
        relay,
        [
          ['nordlys-design.example', 'fm1'],
          ['messagingengine.com', 'fm1'],
        ],
        { 'nordlys-design.example': 'v=DMARC1; p=quarantine' },
        {
          'nordlys-design.example': 'v=spf1 include:spf.messagingengine.com ?all',
          'spf.messagingengine.com': 'v=spf1 ip4:103.168.172.128/27 ip4:66.111.4.0/24 ?all',
        },
      ),
      expect: AUTHENTICATED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Forwards, a list post, bounces
// ---------------------------------------------------------------------------------------------

async function forwardsListsBounces(write: CaseWriter): Promise<void> {
  // 17. Posteo reader: the old university address forwards with postsrsd (SRS), body unchanged.
  {
    const origin: Relay = {
      helo: 'a48-93.smtp-out.amazonses.com',
      rdns: 'a48-93.smtp-out.amazonses.com',
      ip: '54.240.48.93',
    };
    const fwd: Relay = {
      helo: 'mailrelay.uni-vest.example',
      rdns: 'mailrelay.uni-vest.example',
      ip: '203.0.113.170',
    };
    const raw = await signAll(
      msg({
        from: 'Research Council <noreply@researchcouncil.example>',
        to: 'robin.reader@uni-vest.example',
        subject: 'Grant report due',
        body: 'The final report for project 301122 is due on 1 February.\r\n',
      }),
      [
        ['amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'],
        ['researchcouncil.example', 'rc1'],
      ],
    );
    const atUni = onTop(
      raw,
      `Received: from ${origin.helo} (${origin.rdns} [${origin.ip}])\r\n\tby mailrelay.uni-vest.example (Postfix) with ESMTPS id 4Zz4Aa1bCdz2kLm\r\n\tfor <robin.reader@uni-vest.example>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`,
    );
    const srs = 'SRS0=Hq3k=ZB=mail.researchcouncil.example=bounce@uni-vest.example';
    emit(write, {
      name: 'rw15-posteo-reader-university-alias-postsrsd-forward',
      about:
        'A research council’s notice (SES with custom MAIL FROM mail.researchcouncil.example, Easy DKIM under the council, p=reject) sent to a former student’s university address, which a Postfix virtual alias with postsrsd forwards to Posteo: the envelope is rewritten to SRS0=…=mail.researchcouncil.example=bounce@uni-vest.example, the body is unchanged and the council’s signature verifies; SPF passes only for the university. postsrsd’s SRS0 form is its documented one; Posteo layout as this file’s posteo (recalled)',
      class: 'forward',
      eml: posteo(atUni, {
        relay: fwd,
        envelope: srs,
        dkim: [
          'dkim=pass (2048-bit key) header.d=researchcouncil.example header.b=Q29ycHVz',
          'dkim=pass (2048-bit key) header.d=amazonses.com header.b=Q29ycHVz',
        ],
      }),
      zone: {
        ...senderZone(
          fwd,
          [
            ['researchcouncil.example', 'rc1'],
            ['amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'],
          ],
          { 'researchcouncil.example': 'v=DMARC1; p=reject' },
          { 'uni-vest.example': 'v=spf1 ip4:203.0.113.168/29 -all', 'mail.researchcouncil.example': SES_SPF },
        ),
        ...ptr(origin.ip, origin.rdns),
      },
      expect: AUTHENTICATED,
    });
  }

  // 18. mailbox.org reader: a shared host's Sieve redirect without SRS (SPF fails, DKIM holds).
  {
    const origin: Relay = {
      helo: 'mout-p-102.mailbox.org',
      rdns: 'mout-p-102.mailbox.org',
      ip: '80.241.56.152',
    };
    const fwd: Relay = {
      helo: 'dd12345.kasserver.example',
      rdns: 'dd12345.kasserver.example',
      ip: '203.0.113.190',
    };
    const raw = await signAll(
      msg({
        from: 'Lena Vogt <lena.vogt@mailbox.org>',
        to: 'info@verein-ost.example',
        subject: 'Mitgliedsbeitrag 2027',
        body: 'Hallo zusammen, der Beitrag für 2027 ist überwiesen. Viele Grüße, Lena\r\n',
      }),
      [['mailbox.org', 'MBO0001']],
    );
    const atHost = onTop(
      raw,
      `Received: from ${origin.helo} (${origin.rdns} [${origin.ip}])\r\n\tby dd12345.kasserver.example (Postfix) with ESMTPS id 4Zz5Bb2cDez3mNp\r\n\tfor <info@verein-ost.example>; Fri, 20 Nov 2026 11:00:02 +0100 (CET)`,
    );
    emit(write, {
      name: 'rw15-mailboxorg-reader-shared-host-sieve-redirect-no-srs',
      about:
        'A member at mailbox.org writes to a club’s address at a shared web host, whose Sieve "redirect" sends it on to the treasurer’s mailbox.org account without SRS: the envelope still says lena.vogt@mailbox.org, so SPF fails at mailbox.org’s MX for the host’s address, while mailbox.org’s own signature (s=MBO0001) is intact and aligned. mailbox.org’s own header records the SPF failure. Shared-host redirects without SRS are common (Sieve redirect keeps the envelope, RFC 5228 §4.2); mailbox.org layout recalled',
      class: 'forward',
      eml: mailboxorg(atHost, {
        relay: fwd,
        envelope: 'lena.vogt@mailbox.org',
        results: [
          'dkim=pass header.d=mailbox.org header.s=MBO0001 header.b=Q29ycHVz',
          'dmarc=pass (policy=reject) header.from=mailbox.org',
          `spf=fail (mx1.mailbox.org: domain of lena.vogt@mailbox.org does not designate ${fwd.ip} as permitted sender) smtp.mailfrom=lena.vogt@mailbox.org`,
        ],
      }),
      zone: {
        ...senderZone(
          fwd,
          [['mailbox.org', 'MBO0001']],
          { 'mailbox.org': 'v=DMARC1; p=reject' },
          { 'mailbox.org': 'v=spf1 ip4:80.241.56.0/21 -all' },
        ),
        ...ptr(origin.ip, origin.rdns),
      },
      expect: AUTHENTICATED,
    });
  }

  // 19. Fastmail reader: a Debian-style list (no footer, no tag, signature intact).
  {
    const origin: Relay = {
      helo: 'mail.dev-home.example',
      rdns: 'mail.dev-home.example',
      ip: '203.0.113.99',
    };
    const list: Relay = { helo: 'bendel.debian.org', rdns: 'bendel.debian.org', ip: '82.195.75.100' };
    const raw = await signAll(
      msg({
        from: 'Tomas Kral <tomas@dev-home.example>',
        to: 'debian-devel@lists.debian.org',
        subject: 'Re: proposal: drop i386 installer images',
        body: 'I agree with dropping the installer images but keeping the archive.\r\n\r\nTomas\r\n',
      }),
      [['dev-home.example', 'mail']],
    );
    const atList = onTop(
      raw,
      'Resent-From: debian-devel@lists.debian.org',
      'X-Mailing-List: <debian-devel@lists.debian.org> archive/latest/12345',
      'X-Loop: debian-devel@lists.debian.org',
      'List-Id: <debian-devel.lists.debian.org>',
      'List-URL: <https://lists.debian.org/debian-devel/>',
      'List-Post: <mailto:debian-devel@lists.debian.org>',
      'List-Help: <mailto:debian-devel-request@lists.debian.org?subject=help>',
      'List-Subscribe: <mailto:debian-devel-request@lists.debian.org?subject=subscribe>',
      'List-Unsubscribe: <mailto:debian-devel-request@lists.debian.org?subject=unsubscribe>',
      'Precedence: list',
      'Resent-Sender: debian-devel-request@lists.debian.org',
      'Resent-Date: Fri, 20 Nov 2026 10:00:03 +0000 (UTC)',
      `Received: from ${origin.helo} (${origin.rdns} [${origin.ip}])\r\n\tby bendel.debian.org (Postfix) with ESMTPS id 4Zz6Cc3dEfz4nOq\r\n\tfor <debian-devel@lists.debian.org>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)`,
    );
    const envelope = 'bounce-debian-devel=robin=fastmail.com@lists.debian.org';
    emit(write, {
      name: 'rw15-fastmail-reader-debian-smartlist-resent-headers-unmodified',
      about:
        'A developer’s post from his own server (DKIM aligned, p=quarantine) through lists.debian.org to a Fastmail subscriber: SmartList-style Resent-From / Resent-Sender / X-Mailing-List / X-Loop rows and List-* fields added on top, no footer and no subject tag, so the author’s signature survives; the envelope is the list’s VERP bounce address and SPF passes only for lists.debian.org. Rows as in public lists.debian.org archive copies (recalled); bendel.debian.org is the list host there',
      class: 'list',
      eml: await fastmail(atList, {
        relay: list,
        envelope,
        results: [
          'dkim=pass (2048-bit rsa key sha256) header.d=dev-home.example header.s=mail',
          'dmarc=pass policy.published-domain-policy=quarantine header.from=dev-home.example',
          `iprev=pass smtp.remote-ip=${list.ip} (bendel.debian.org)`,
          `spf=pass smtp.mailfrom=${envelope}`,
        ],
      }),
      zone: {
        ...senderZone(
          list,
          [['dev-home.example', 'mail']],
          { 'dev-home.example': 'v=DMARC1; p=quarantine' },
          {
            'lists.debian.org': 'v=spf1 ip4:82.195.75.100 ip4:82.195.75.114 -all',
            'dev-home.example': 'v=spf1 ip4:203.0.113.99 -all',
          },
        ),
        ...ptr(origin.ip, origin.rdns),
        ...FM_ARC,
      },
      expect: AUTHENTICATED,
    });
  }

  // 20. Fastmail reader: the university's Exchange NDR leaves through Proofpoint, signed by the university.
  {
    const out: Relay = {
      helo: 'mx0b-00123401.pphosted.com',
      rdns: 'mx0b-00123401.pphosted.com',
      ip: '148.163.158.41',
    };
    const report = `--NDR_b7e1c2d3\r\nContent-Type: text/plain; charset="us-ascii"\r\n\r\nDelivery has failed to these recipients or groups:\r\n\r\nb.holm@uni-nord.example\r\nThe email address you entered couldn't be found.\r\n\r\n--NDR_b7e1c2d3\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;EXCH01.ad.uni-nord.example\r\nReceived-From-MTA: dns;EXCH02.ad.uni-nord.example\r\nArrival-Date: Fri, 20 Nov 2026 09:59:58 +0000\r\n\r\nFinal-Recipient: rfc822;b.holm@uni-nord.example\r\nAction: failed\r\nStatus: 5.1.10\r\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n\r\n--NDR_b7e1c2d3\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: Robin Reader <robin@fastmail.com>\r\nTo: b.holm@uni-nord.example\r\nSubject: Seminar room\r\n\r\n--NDR_b7e1c2d3--\r\n`;
    const raw = await signAll(
      msg({
        from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@uni-nord.example>',
        to: 'robin@fastmail.com',
        subject: 'Undeliverable: Seminar room',
        extraHeaders: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '],
        body: report,
      }).replace(
        'Content-Type: text/plain; charset=utf-8',
        'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="NDR_b7e1c2d3"',
      ),
      [['uni-nord.example', 'proofpoint']],
    );
    emit(write, {
      name: 'rw15-fastmail-reader-exchange-onprem-ndr-via-proofpoint-outbound',
      about:
        'A non-delivery report from a university’s Exchange Server 2019 (From MicrosoftExchange329e71ec…@uni-nord.example, null envelope, multipart/report with the 5.1.10 RESOLVER.ADR.RecipientNotFound status) leaving through Proofpoint’s outbound mx0b-….pphosted.com, which signs for the university (s=proofpoint); SPF is checked on the HELO name, Proofpoint’s. The Exchange NDR From and status text are Exchange’s well-known wording; Proofpoint outbound DKIM signing is a documented PoD feature (recalled); Fastmail layout as rw8',
      class: 'null-sender',
      eml: await fastmail(raw, {
        relay: out,
        envelope: '',
        results: [
          'dkim=pass (2048-bit rsa key sha256) header.d=uni-nord.example header.s=proofpoint',
          'dmarc=pass policy.published-domain-policy=reject header.from=uni-nord.example',
          `spf=none smtp.mailfrom=<> smtp.helo=${out.helo}`,
        ],
      }),
      zone: {
        ...senderZone(
          out,
          [['uni-nord.example', 'proofpoint']],
          { 'uni-nord.example': 'v=DMARC1; p=reject' },
          {
            'uni-nord.example': 'v=spf1 include:spf.protection.outlook.com mx ip4:148.163.158.41 -all',
          },
        ),
        ...FM_ARC,
      },
      expect: AUTHENTICATED,
    });
  }

  // 21. Proton reader: a Postfix bounce from a small hosting provider's MTA (null sender, HELO SPF).
  {
    const relay: Relay = {
      helo: 'smtp02.webhost-nord.example',
      rdns: 'smtp02.webhost-nord.example',
      ip: '203.0.113.222',
    };
    const body = `This is a MIME-encapsulated message.\r\n\r\n--4Zz7Dd4eFgz5pQr.1795168805/smtp02.webhost-nord.example\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThis is the mail system at host smtp02.webhost-nord.example.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<kontakt@bakeri-lund.example>: host mx.bakeri-lund.example[203.0.113.9] said:\r\n    552 5.2.2 Mailbox full (in reply to RCPT TO command)\r\n\r\n--4Zz7Dd4eFgz5pQr.1795168805/smtp02.webhost-nord.example--\r\n`;
    const raw = msg({
      from: 'MAILER-DAEMON@smtp02.webhost-nord.example (Mail Delivery System)',
      to: 'robin@proton.me',
      subject: 'Undelivered Mail Returned to Sender',
      extraHeaders: ['Auto-Submitted: auto-replied'],
      body,
    }).replace(
      'Content-Type: text/plain; charset=utf-8',
      'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="4Zz7Dd4eFgz5pQr.1795168805/smtp02.webhost-nord.example"',
    );
    emit(write, {
      name: 'rw15-proton-reader-postfix-bounce-hosting-mta-helo-spf-unsigned',
      about:
        'Postfix’s own bounce ("Undelivered Mail Returned to Sender", From MAILER-DAEMON@<host> (Mail Delivery System), null envelope) from a small hosting provider’s outbound MTA, which relayed for a forwarding alias and could not deliver: unsigned, SPF checked on the HELO name (a `v=spf1 a -all` host record passes), the provider’s domain publishes p=quarantine. Postfix’s bounce wording is its documented default (bounce(5) templates); Proton layout as rw8',
      class: 'null-sender',
      eml: proton(raw, {
        relay,
        envelope: '',
        rows: [
          'dkim=none',
          'dmarc=pass (p=quarantine dis=none) header.from=smtp02.webhost-nord.example',
          `spf=pass smtp.helo=${relay.helo}`,
          `arc=none smtp.remote-ip=${relay.ip}`,
        ],
      }),
      zone: {
        ...senderZone(relay, [], { 'webhost-nord.example': 'v=DMARC1; p=quarantine' }, {}),
        'smtp02.webhost-nord.example': { A: [relay.ip], TXT: ['v=spf1 a -all'] },
        'webhost-nord.example': { TXT: ['v=spf1 mx -all'] },
      },
      expect: NOT_SUSPICIOUS,
    });
  }

  // 22. A university Exchange redirect rule: the forwarded copy re-rendered by Exchange (p=none sender).
  {
    const origin: Relay = {
      helo: 'mail.alumni-forum.example',
      rdns: 'mail.alumni-forum.example',
      ip: '203.0.113.120',
    };
    const exch: Relay = {
      helo: 'mx0b-00123401.pphosted.com',
      rdns: 'mx0b-00123401.pphosted.com',
      ip: '148.163.158.41',
    };
    const raw = await signAll(
      msg({
        from: 'Alumni Forum <hello@alumni-forum.example>',
        to: 'a.lind@uni-nord.example',
        subject: 'Reunion weekend: programme',
        extraHeaders: ['Content-Transfer-Encoding: 8bit'],
        body: 'Saturday: guided tour of the new library – 10:00.\r\nSunday: brunch at the faculty club.\r\n',
      }),
      [['alumni-forum.example', 'af1']],
    );
    const [head, body] = split(raw);
    const rerendered = `${head
      .replace('Content-Type: text/plain; charset=utf-8', 'Content-Type: text/plain; charset="utf-8"')
      .replace(
        'Content-Transfer-Encoding: 8bit',
        'Content-Transfer-Encoding: quoted-printable',
      )}\r\n\r\n${body.replace('–', '=E2=80=93')}`;
    const atUni = onTop(
      rerendered,
      `Received: from EXCH01.ad.uni-nord.example (10.20.1.11) by EXCH02.ad.uni-nord.example\r\n (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; ${UNI_DATE}`,
      `Received: from ${origin.helo} (${origin.ip}) by EXCH02.ad.uni-nord.example\r\n (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Frontend\r\n Transport; ${UNI_DATE}`,
    );
    const srs = 'SRS0=k3Lm=ZB=alumni-forum.example=hello@uni-nord.example';
    emit(write, {
      name: 'rw15-gmx-reader-exchange-onprem-redirect-rule-rerendered-pnone',
      about:
        'An alumni newsletter (own server, DKIM aligned, p=none) to a university address whose owner set an Outlook rule "redirect to" a private GMX address: Exchange Server sends the stored item out again, rendered anew (8-bit text now quoted-printable), through Proofpoint’s outbound with an SRS envelope. The sender’s signature no longer verifies, SPF passes only for the university, and GMX writes no results: nothing can be checked, and the sender asked for no enforcement. Redirected Exchange copies failing DKIM is a known complaint in public Exchange threads (recalled); GMX layout as rw14',
      class: 'forward',
      eml: gmx(
        onTop(
          atUni,
          `Received: from EXCH02.ad.uni-nord.example (10.20.1.12) by mx0b-00123401.pphosted.com (PPS)\r\n\twith ESMTPS id 4ahx3b0q2d-1 (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\r\n\tFri, 20 Nov 2026 05:00:07 -0500`,
        ),
        { relay: exch, envelope: srs },
      ),
      zone: {
        ...senderZone(
          exch,
          [['alumni-forum.example', 'af1']],
          { 'alumni-forum.example': 'v=DMARC1; p=none' },
          {
            'uni-nord.example': 'v=spf1 mx ip4:148.163.158.41 -all',
            'alumni-forum.example': 'v=spf1 ip4:203.0.113.120 -all',
          },
        ),
        ...ptr(origin.ip, origin.rdns),
      },
      expect: NOT_SUSPICIOUS,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Old mail whose keys and records have changed since
// ---------------------------------------------------------------------------------------------

async function oldMail(write: CaseWriter): Promise<void> {
  // 23. 2021 mail in a Fastmail archive: the company moved ESP, old selector gone, SPF changed.
  {
    const relay: Relay = {
      helo: 'mta-21-44.sparkpostmail.com',
      rdns: 'mta-21-44.sparkpostmail.com',
      ip: '192.174.82.44',
    };
    const envelope = 'msprvs1=19023abCdEfGh=bounces-112233@spmail.outdoorshop.example';
    const date = 'Tue, 16 Mar 2021 09:12:00 +0000';
    const raw = await signCorpus(
      msg({
        from: 'Outdoor Shop <orders@outdoorshop.example>',
        to: 'robin@fastmail.com',
        subject: 'Order 100-48213 has shipped',
        date,
        body: 'Your order 100-48213 (tent, 2 sleeping mats) has shipped.\r\n',
      }),
      {
        domain: 'outdoorshop.example',
        selector: 'scph0321',
        headerList: SIGNED,
        signTime: new Date('2021-03-16T09:12:00Z'),
      },
    );
    emit(write, {
      name: 'rw15-fastmail-archive-2021-selector-removed-esp-changed-spf',
      about:
        'A shipping notice from March 2021 kept in a Fastmail archive folder and inspected in December 2026: the shop sent through SparkPost then (custom bounce domain spmail.outdoorshop.example, DKIM s=scph0321), has since moved to another ESP, deleted the old selector and pointed the bounce subdomain elsewhere. Fastmail’s header from 2021 says everything passed; today the key is gone (NXDOMAIN) and SPF no longer covers SparkPost. Removing a retired selector is recommended practice (M3AAWG DKIM key rotation, recalled); SparkPost host form recalled; Fastmail layout as rw8',
      class: 'old-mail',
      eml: await fastmail(raw, {
        relay,
        envelope,
        date: 'Tue, 16 Mar 2021 05:12:05 -0400',
        results: [
          'dkim=pass (2048-bit rsa key sha256) header.d=outdoorshop.example header.s=scph0321',
          'dmarc=pass policy.published-domain-policy=quarantine header.from=outdoorshop.example',
          `spf=pass smtp.mailfrom=${envelope}`,
        ],
      }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        '_dmarc.outdoorshop.example': { TXT: ['v=DMARC1; p=quarantine'] },
        'spmail.outdoorshop.example': { TXT: ['v=spf1 include:mailgun.org ~all'] },
        'mailgun.org': { TXT: ['v=spf1 ip4:69.72.32.0/20 ip4:198.61.254.0/23 ~all'] },
        'k1._domainkey.outdoorshop.example': KEY(),
        ...FM_ARC,
      },
      expect: UNVERIFIED,
    });
  }

  // 24. 2022 mail at iCloud: the key rotated (old selector gone) but SPF still covers the server.
  {
    const relay: Relay = {
      helo: 'mail.bokhandel-nord.example',
      rdns: 'mail.bokhandel-nord.example',
      ip: '203.0.113.33',
    };
    const raw = await signCorpus(
      msg({
        from: 'Bokhandel Nord <ordre@bokhandel-nord.example>',
        to: 'robin.reader@icloud.com',
        subject: 'Ordrebekreftelse 22-7781',
        date: 'Mon, 10 Oct 2022 08:30:00 +0200',
        body: 'Takk for bestillingen. Ordre 22-7781 sendes innen to dager.\r\n',
      }),
      {
        domain: 'bokhandel-nord.example',
        selector: 'mail2022',
        headerList: SIGNED,
        signTime: new Date('2022-10-10T06:30:00Z'),
      },
    );
    emit(write, {
      name: 'rw15-icloud-archive-2022-selector-rotated-spf-still-aligned',
      about:
        'A bookshop’s order confirmation from October 2022 in an iCloud archive, inspected in 2026: the shop’s own server still sends, its SPF still lists the server, but the 2022 selector was replaced by mail2025 and removed. DKIM cannot be checked any more (no key), SPF aligned still passes. Key rotation as above; iCloud layout as rw14',
      class: 'old-mail',
      eml: icloud(raw, {
        relay,
        envelope: 'ordre@bokhandel-nord.example',
        date: 'Mon, 10 Oct 2022 06:30:05 +0000',
        rows: [
          'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=bokhandel-nord.example',
          'Authentication-Results: dkim-verifier.icloud.com;\r\n\tdkim=pass (2048-bit key) header.d=bokhandel-nord.example header.i=@bokhandel-nord.example header.b=Q29ycHVz',
          `Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of ordre@bokhandel-nord.example designates ${relay.ip} as permitted sender) smtp.mailfrom=ordre@bokhandel-nord.example`,
        ],
      }),
      zone: senderZone(
        relay,
        [['bokhandel-nord.example', 'mail2025']],
        { 'bokhandel-nord.example': 'v=DMARC1; p=reject' },
        { 'bokhandel-nord.example': 'v=spf1 ip4:203.0.113.33 -all' },
      ),
      expect: AUTHENTICATED,
    });
  }

  // 25. 2020 mail read in Zoho: the sender's domain has since lapsed (no records at all).
  {
    const relay: Relay = {
      helo: 'mail.startup-lab.example',
      rdns: 'mail.startup-lab.example',
      ip: '203.0.113.45',
    };
    const raw = await signCorpus(
      msg({
        from: 'Startup Lab <team@startup-lab.example>',
        to: 'robin@zohomail.eu',
        subject: 'Demo day invitation',
        date: 'Wed, 02 Sep 2020 12:00:00 +0000',
        body: 'You are invited to our demo day on 24 September.\r\n',
      }),
      {
        domain: 'startup-lab.example',
        selector: 'default',
        headerList: SIGNED,
        signTime: new Date('2020-09-02T12:00:00Z'),
      },
    );
    emit(write, {
      name: 'rw15-zoho-archive-2020-sender-domain-lapsed-no-records',
      about:
        'A 2020 invitation from a start-up that has since closed, kept in a Zoho Mail folder and inspected in 2026: the domain has lapsed, so its key, SPF and DMARC records are all gone (NXDOMAIN). Nothing can be checked now; Zoho’s header from 2020 says it passed. A lapsed sender domain in old mail is the ordinary fate of small companies; Zoho layout as rw14',
      class: 'old-mail',
      eml: zoho(raw, { relay, envelope: 'team@startup-lab.example', from: 'startup-lab.example' }),
      zone: { ...ptr(relay.ip, relay.rdns) },
      expect: UNVERIFIED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// More receivers: Exchange's Edge Transport, Posteo to Posteo, an old rsa-sha1 signature
// ---------------------------------------------------------------------------------------------

async function moreReaders(write: CaseWriter): Promise<void> {
  // 26. A university's Exchange with an Edge Transport server (Sender ID agent's Received-SPF).
  {
    const relay: Relay = { helo: 'm254-21.mailgun.net', rdns: 'm254-21.mailgun.net', ip: '198.61.254.21' };
    const envelope = 'bounce+3f1a2b.9c8d7e-a.lind=uni-nord.example@mg.nordconf.example';
    const raw = await signAll(
      msg({
        from: 'NordConf 2027 <program@nordconf.example>',
        to: 'a.lind@uni-nord.example',
        subject: 'Your talk has been accepted',
        body: 'Dear Anna Lind,\r\n\r\nYour talk has been accepted for NordConf 2027 (session B3).\r\n',
      }),
      [['nordconf.example', 'mailo']],
    );
    const atEdge = onTop(
      raw,
      `Received-SPF: Pass (EDGE01.uni-nord.example: domain of\r\n ${envelope} designates\r\n ${relay.ip} as permitted sender) receiver=EDGE01.uni-nord.example;\r\n client-ip=${relay.ip}; helo=${relay.helo};`,
      `Received: from ${relay.helo} (${relay.ip}) by EDGE01.uni-nord.example\r\n (203.0.113.5) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Fri, 20 Nov 2026\r\n 11:00:05 +0100`,
    );
    const [head, body] = split(
      exchangeOnPrem(atEdge, { host: 'EDGE01.uni-nord.example', ip: '10.20.0.5', envelope: `<${envelope}>` }),
    );
    emit(write, {
      name: 'rw15-exchange-onprem-edge-transport-sender-id-mailgun-subdomain',
      about:
        'A conference’s acceptance through Mailgun (envelope bounce+…@mg.nordconf.example, a subdomain: SPF aligned in relaxed mode; DKIM s=mailo under the conference) to a university running Exchange Server 2019 with an Edge Transport server in its perimeter: the Edge’s own entry ("from m254-21.mailgun.net (198.61.254.21) by EDGE01… with Microsoft SMTP Server … id 15.2…"), the Sender ID agent’s Received-SPF above it, then the internal hops, and at the bottom X-MS-Exchange-Organization-SenderIdResult / -PRD / -SCL. No Authentication-Results (Exchange Server writes none). Edge and Sender ID rows recalled from on-premises Exchange copies in public help threads',
      class: 'onprem-exchange',
      eml: `${head}\r\nX-MS-Exchange-Organization-SenderIdResult: Pass\r\nX-MS-Exchange-Organization-PRD: mg.nordconf.example\r\nX-MS-Exchange-Organization-SCL: 0\r\n\r\n${body}`,
      zone: senderZone(
        relay,
        [['nordconf.example', 'mailo']],
        { 'nordconf.example': 'v=DMARC1; p=quarantine' },
        {
          'mg.nordconf.example': 'v=spf1 include:mailgun.org ~all',
          'mailgun.org': 'v=spf1 ip4:69.72.32.0/20 ip4:198.61.254.0/23 ~all',
        },
      ),
      expect: AUTHENTICATED,
    });
  }

  // 27. Posteo to Posteo: the submission hop (ESMTPSA from "customer"), then Posteo's own MX.
  {
    const out: Relay = { helo: 'mout01.posteo.de', rdns: 'mout01.posteo.de', ip: '185.67.36.65' };
    const raw = await signAll(
      msg({
        from: 'Jakob Meier <jakob.meier@posteo.de>',
        to: 'robin@posteo.de',
        subject: 'Klettern am Samstag?',
        body: 'Hi Robin, Samstag um 10 an der Halle? Gruß, Jakob\r\n',
      }),
      [['posteo.de', '2017']],
    );
    const submitted2 = onTop(
      raw,
      'Received: from submission (posteo.de [185.67.36.169])\r\n\tby mout01.posteo.de (Postfix) with ESMTPS id 3A2B1C240028\r\n\tfor <robin@posteo.de>; Fri, 20 Nov 2026 11:00:03 +0100 (CET)',
      'Received: from customer (localhost [127.0.0.1])\r\n\tby submission (posteo.de) with ESMTPSA id 4Zz8Ee5fGhz6qRs\r\n\tfor <robin@posteo.de>; Fri, 20 Nov 2026 11:00:02 +0100 (CET)',
    );
    emit(write, {
      name: 'rw15-posteo-to-posteo-submission-customer-esmtpsa-hop',
      about:
        'One Posteo user writing to another: Posteo’s submission hop ("from customer (localhost [127.0.0.1]) by submission (posteo.de) with ESMTPSA", which hides the client’s address), its mout01 outbound hop, then Posteo’s own MX taking it from mout01.posteo.de; signed by posteo.de, whose SPF lists its outbound range. The submission and mout forms as in public Posteo copies in mailing-list archives (recalled); Posteo layout as this file’s posteo',
      class: 'provider-internal',
      eml: posteo(submitted2, {
        relay: out,
        envelope: 'jakob.meier@posteo.de',
        dkim: ['dkim=pass (2048-bit key) header.d=posteo.de header.b=Q29ycHVz'],
      }),
      zone: senderZone(
        out,
        [['posteo.de', '2017']],
        { 'posteo.de': 'v=DMARC1; p=none' },
        { 'posteo.de': 'v=spf1 ip4:185.67.36.0/23 ip4:89.146.220.134 ~all' },
      ),
      expect: AUTHENTICATED,
    });
  }

  // 28. 2016 mail signed rsa-sha1 by a small firm's Exim, SPF still covering its server.
  {
    const relay: Relay = {
      helo: 'mail.snekker-berg.example',
      rdns: 'mail.snekker-berg.example',
      ip: '203.0.113.14',
    };
    const raw = await signCorpus(
      msg({
        from: 'Snekker Berg AS <post@snekker-berg.example>',
        to: 'robin.reader@gmx.de',
        subject: 'Tilbud kjøkken',
        date: 'Thu, 14 Apr 2016 13:20:00 +0200',
        body: 'Vedlagt tilbud på nytt kjøkken, gyldig i 30 dager.\r\n',
      }),
      {
        domain: 'snekker-berg.example',
        selector: 'x',
        algorithm: 'rsa-sha1' as never,
        headerList: SIGNED,
        signTime: new Date('2016-04-14T11:20:00Z'),
      },
    );
    emit(write, {
      name: 'rw15-gmx-archive-2016-rsa-sha1-exim-spf-aligned',
      about:
        'A carpenter’s quote from April 2016 in a GMX archive folder, inspected in 2026: the firm’s own Exim signed it with a=rsa-sha1 (Exim’s default then), which RFC 8301 §3.1 now says verifiers must not accept; its key is still published and its SPF still lists the server, so SPF aligned passes for the From domain. GMX writes no results (layout as rw14)',
      class: 'old-mail',
      eml: gmx(raw, { relay, envelope: 'post@snekker-berg.example' }),
      zone: senderZone(
        relay,
        [['snekker-berg.example', 'x']],
        { 'snekker-berg.example': 'v=DMARC1; p=quarantine' },
        { 'snekker-berg.example': 'v=spf1 a mx ip4:203.0.113.14 -all' },
      ),
      expect: AUTHENTICATED,
    });
  }

  // 29. Zoho reader: a Microsoft 365 tenant's "Accepted:" meeting reply (text/calendar; method=REPLY).
  {
    const domain = 'havnelos-arkitekter.example';
    const eopOut: Relay = {
      helo: 'EUR03-AM7-obe.outbound.protection.outlook.com',
      rdns: 'mail-am7eur03on2107.outbound.protection.outlook.com',
      ip: '40.107.105.107',
    };
    const date = 'Fri, 20 Nov 2026 10:00:02 +0000';
    const signed = await signAll(
      onTop(
        msg({
          from: 'Sigrid Havnelos <sigrid@havnelos-arkitekter.example>',
          to: 'Robin Reader <robin@zohomail.eu>',
          subject: 'Accepted: Site visit, Bryggen 12',
          extraHeaders: [
            'Thread-Topic: Site visit, Bryggen 12',
            'Thread-Index: AdtB9kR3n0Yz8qM2Rw7s9tU1vX3zCA==',
            'X-MS-Has-Attach: ',
            'X-MS-TNEF-Correlator: ',
            'X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAAAwhjRzYF7bAQAAAAAAAAAAEAAAAKk9',
          ],
          body: 'BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Sigrid Havnelos:mailto:sigrid@havnelos-arkitekter.example\r\nSUMMARY;LANGUAGE=nb-NO:Godtatt: Site visit, Bryggen 12\r\nDTSTART:20261202T090000Z\r\nDTEND:20261202T100000Z\r\nUID:zoho-7f3a9c1e2b4d4e6f8a1b3c5d7e9f0a2b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
        }).replace(
          'Content-Type: text/plain; charset=utf-8',
          'Content-Type: text/calendar; charset="utf-8"; method=REPLY',
        ),
        `Received: from DB9PR04MB8412.eurprd04.prod.outlook.com (2603:10a6:10:2c4::9) by\r\n AM9PR04MB7634.eurprd04.prod.outlook.com (2603:10a6:20b:2d6::11) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.19; ${date}`,
        `Received: from DB9PR04MB8412.eurprd04.prod.outlook.com\r\n ([fe80::4c1a:9b2e:71d3:5f08]) by DB9PR04MB8412.eurprd04.prod.outlook.com\r\n ([fe80::4c1a:9b2e:71d3:5f08%4]) with mapi id 15.20.8182.019; Fri, 20 Nov 2026\r\n 10:00:01 +0000`,
      ),
      [[domain, 'selector1']],
      SIGNED,
    );
    const raw = await sealCorpus(signed, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${domain}; dmarc=pass action=none\r\n header.from=${domain}; dkim=pass header.d=${domain}; arc=none`,
    });
    emit(write, {
      name: 'rw15-zoho-reader-m365-tenant-accepted-meeting-reply-eop-outbound',
      about:
        'An "Accepted:" reply to a meeting the reader organised (text/calendar; method=REPLY, PRODID "Microsoft Exchange Server 2010", Thread-Index) from a Microsoft 365 tenant, read in Zoho Mail: the tenant’s mapi and transport hops over 2603:10a6 below Zoho’s entry, its selector1 signature, microsoft.com’s ARC i=1 (arcselector10001), handed over by an EUR03 outbound host in 40.107.0.0/16. With no profile for Zoho, the Microsoft hops are the sender’s side. Exchange and ARC forms as rw9 / rw14 (public tenant copies); Zoho layout as rw14',
      class: 'calendar',
      eml: zoho(raw, { relay: eopOut, envelope: `sigrid@${domain}`, from: domain }),
      zone: {
        ...senderZone(
          eopOut,
          [[domain, 'selector1']],
          { [domain]: 'v=DMARC1; p=quarantine' },
          {
            [domain]: 'v=spf1 include:spf.protection.outlook.com -all',
            ...Object.fromEntries(Object.entries(M365_SPF_ZONE).map(([k, v]) => [k, v.TXT[0]!])),
          },
        ),
        'arcselector10001._domainkey.microsoft.com': KEY(),
      },
      expect: AUTHENTICATED,
    });
  }
}
