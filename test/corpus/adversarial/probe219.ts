// Red-team round 219: the lead's newest changes in lib/ (commits 08fb7ab8 and 25c57989), both
// directions.
// - lib/auth/dkim-strict.ts addedField / fieldValues: a copy of a signed single field above the
//   signed ones is no longer "added" when its words, written as relaxed canonicalization writes them,
//   equal a signed copy's. Attacks (the attacker holds the bank's genuine notice, which signs its own
//   Reply-To once, and replays it from his VM to the reader's Postfix box, whose OpenDKIM verifies the
//   signed copy): a copy that looks like the bank's but carries a comment, a zero-width character,
//   the field name written `reply-to`, `Reply-To :` (obs-syntax, RFC 5322 §4.5) or folded between the
//   name and the colon, a second From or Subject; the bank oversigning Reply-To (h= lists it twice);
//   and the bank signing twice, once without Reply-To in h= (its ESP and its own relay), where one of
//   ours passes. A control: a copy with the bank's very words, folded otherwise.
// - lib/findings/auth-state.ts providerPassUnfounded: `named.some(field-added) && !ours.some(pass)`.
//   Genuine control: an ASF ezmlm post whose author's Postfix signs twice (a current selector and a
//   retired one whose key he removed), his own Reply-To signed, ezmlm's Reply-To on top.
// - lib/findings/hosted-server.ts unsignedListServer + LIST_HOSTS 'kernel.org': offline, the
//   provider's DMARC pass for the From, its SPF pass for an envelope under kernel.org and the printed
//   reverse name under kernel.org count as the list host's own server. Attack: the attacker posts to
//   linux-kernel@vger.kernel.org (open to non-subscribers, plain text) from his VM with a From under
//   kernel.org itself ("kernel.org helpdesk" <helpdesk@kernel.org>): vger hands it on with its own
//   envelope (…+bounces-…@vger.kernel.org), so Gmail's DMARC for kernel.org passes by SPF alone
//   (relaxed alignment of vger.kernel.org with kernel.org), and lore's relay prints its name under
//   kernel.org: all three hold without a single signature. Genuine kernel.org senders sign
//   d=kernel.org s=k20201202. Also a VM whose PTR he set to tor.lore.kernel.org with vger's envelope
//   (Gmail softfails it). Genuine control: a maintainer's signed post from kernel.org's SMTP.
// Findings: an unsigned post to linux-kernel@vger as helpdesk@kernel.org (or a maintainer) reads
// AUTHENTICATED in Gmail online and offline (pending A): vger's own envelope aligns with any From
// under kernel.org, and offline unsignedListServer takes that pass as the list's own server. Genuine
// ezmlm posts over an author's own signed Reply-To read SPOOFED (pending B, realworld206's root).
// Held: every relaxed-different copy on top (a comment, a zero-width space, `reply-to`, `Reply-To :`,
// a fold before the colon, a second From or Subject, an equal copy sheltering a second one), the
// oversigned Reply-To, the bank signed twice with one h= lacking Reply-To (suspicious), a VM with a
// PTR under kernel.org and vger's envelope (suspicious), the genuine signed maintainer post.
// Where the layouts were learnt:
// - The bank's notice, OpenDKIM's rows with header.b, the second Reply-To on top, the reader on a box
//   because Gmail refuses duplicate single fields: probe215.ts group 1f and probe218.ts section 4.
// - mailauth's header keys (what fieldValues reads): node_modules/mailauth/lib/tools.js parseHeaders
//   (FIELD_START allows WSP and a fold between name and colon, the key trimmed and lower-cased
//   ASCII-only) and getSigningHeaderLines (copies taken bottom up).
// - The ASF ezmlm block and its second Reply-To: realworld206.ts (rspamd/rspamd issue #3821).
// - vger/subspace: realworld204.ts viaVger (subspace's seal s=arc-20240116, lore's relay
//   tor.lore.kernel.org on Linode, vger's SPF record, `_dmarc.kernel.org` p=none as modelled there);
//   the envelope rewritten to the list's and no header or body changed: people.kernel.org
//   "Subspace mailing list server" and subspace.kernel.org/software.html ("if there is no DKIM
//   signature on the originating message, the DMARC verification will fail regardless", which does
//   not hold for a From under kernel.org). kernel.org's own senders signing `d=kernel.org;
//   s=k20201202` with h=From:To:Cc:Subject:Date:From: public list archives (find_string ids
//   3825478849, 9300580204: kuba@, sashal@ kernel.org posts).
// NOT confirmed: that subspace accepts a non-subscriber's post whose From is under kernel.org from an
// outside host (its Postfix checks are not documented; kernel.org's p=none would not refuse it); the
// address of smtp.kernel.org (documentation address below); Gmail printing a PTR name it could not
// forward-confirm (the VM case); a bank signing with two selectors, one h= without Reply-To.
// Names and addresses are documentation ones except kernel.org's, Linode's and the ASF's own hosts.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  emitCase,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
  SIGNED_NO_REPLY_TO,
  signAll,
} from '../kit';
import { keyZone } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const P = 'r219-';
const GMAIL_ARGS = ['--webmail', 'gmail'];
const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };

// ==== The bank's notice on the reader's box ====
const VPS: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const BANK_ZONE: Record<string, unknown> = {
  ...BANK,
  'nb1._domainkey.northbank.example': KEY(),
  'esp1._domainkey.northbank.example': KEY(),
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...ptr(VPS.ip, VPS.rdns),
  'secure-inbox.example': { TXT: ['v=spf1 -all'] },
};
const BANK_REPLY_TO = 'Reply-To: Northbank Support <support@northbank.example>';
const b8 = (raw: string, n = 0) => {
  const all = [...raw.replace(/\r\n[ \t]+/g, ' ').matchAll(/^DKIM-Signature:.*?;\s*b=([^;\r]+)/gim)];
  return (all[n]?.[1] ?? '').replace(/\s+/g, '').slice(0, 8);
};
const odkim = (r: string, b: string, selector = 'nb1', why = '') =>
  `dkim=${r}${why || (r === 'pass' ? ' (2048-bit key; unprotected key)' : ' (bad signature)')} header.d=northbank.example header.i=@northbank.example header.a=rsa-sha256 header.s=${selector} header.b=${b}`;

function notice(extra: string[] = [BANK_REPLY_TO]): string {
  return submitted({
    from: 'Northbank <alerts@northbank.example>',
    to: 'robin@reader.example',
    subject: 'Your statement is ready',
    date: 'Fri, 20 Nov 2026 10:00:00 +0000',
    messageId: '<stmt-2026-11.r219@northbank.example>',
    body: 'Your November statement is ready in online banking.\r\n',
    extraHeaders: extra,
  });
}

/** The reader's Postfix box: OpenDKIM rows, policyd-spf for `env`, OpenDMARC's `dmarc`. */
function bankBox(raw: string, rows: string[], env: string, id: string, dmarc = 'pass'): string {
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kR219x${id}vPWf0cQAAq2Xb7g\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
    `Authentication-Results: ${RECEIVER};\r\n\t${[...rows, `spf=pass (${RECEIVER}: domain of ${env} designates ${VPS.ip} as permitted sender) smtp.mailfrom=${env}`, `dmarc=${dmarc} (p=reject dis=none) header.from=northbank.example`].join(';\r\n\t')}`,
    `Received: from ${VPS.helo} (${VPS.rdns} [${VPS.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr219Xk${id}z2vWc\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
  );
}

// ==== kernel.org ====
const LORE: Relay = { helo: 'tor.lore.kernel.org', rdns: 'tor.lore.kernel.org', ip: '172.105.105.114' };
/** A VM the attacker rents (Hetzner, which writes any PTR its customer asks for: NOT confirmed). */
const HETZNER_VM: Relay = { helo: 'tor.lore.kernel.org', rdns: 'tor.lore.kernel.org', ip: '95.216.77.19' };
const KORG_SMTP: Relay = { helo: 'smtp.kernel.org', rdns: 'smtp.kernel.org', ip: '192.0.2.150' };
const KERNEL_ZONE: Record<string, unknown> = {
  ...ptr(LORE.ip, LORE.rdns),
  ...ptr(VPS.ip, VPS.rdns),
  ...ptr(KORG_SMTP.ip, KORG_SMTP.rdns),
  ...authenticZone('attacker.example', ATTACKER_IP),
  'vger.kernel.org': {
    TXT: ['v=spf1 ip4:172.105.105.114 ip4:172.232.135.74 ip6:2600:3c0a:e001:db::/64 ~all'],
  },
  'kernel.org': { TXT: ['v=spf1 ip4:192.0.2.150 ~all'] },
  '_dmarc.kernel.org': { TXT: ['v=DMARC1; p=none'] },
  ...keyZone(['arc-20240116._domainkey.subspace.kernel.org', 'k20201202._domainkey.kernel.org']),
};
const RCPT = 'robin.reader@gmail.com';
const vgerEnvelope = (n: number) => `linux-kernel+bounces-${n}-${RCPT.replace('@', '=')}@vger.kernel.org`;

/** A post to linux-kernel@vger from `client`: subspace's seal, its hand-off to lore (lore → Gmail on top). */
async function viaVger(post: string, client: Relay, arcAr: string, id: string): Promise<string> {
  const listed = appendHeaders(
    post,
    'Precedence: bulk',
    'X-Mailing-List: linux-kernel@vger.kernel.org',
    'List-Id: <linux-kernel.vger.kernel.org>',
    'List-Subscribe: <mailto:linux-kernel+subscribe@vger.kernel.org>',
    'List-Unsubscribe: <mailto:linux-kernel+unsubscribe@vger.kernel.org>',
  );
  const sealed = await sealAs(listed, {
    domain: 'subspace.kernel.org',
    selector: 'arc-20240116',
    cv: 'none',
    authResults: `smtp.subspace.kernel.org; ${arcAr} smtp.client-ip=${client.ip}`,
  });
  return onTop(
    sealed,
    `Received: from smtp.subspace.kernel.org (conduit.subspace.kernel.org [100.90.174.1])\r\n\tby ${LORE.helo} (Postfix) with ESMTP id 998E9306${id}\r\n\tfor <${RCPT}>; Fri, 20 Nov 2026 10:00:07 +0000 (UTC)`,
    `Received: from localhost.localdomain (localhost.localdomain [127.0.0.1])\r\n\tby smtp.subspace.kernel.org (Postfix) with ESMTP id 16B7${id};\r\n\tFri, 20 Nov 2026 10:00:06 +0000 (UTC)`,
    'X-Original-To: linux-kernel@vger.kernel.org',
    `Received: from ${client.helo} (${client.rdns} [${client.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby smtp.subspace.kernel.org (Postfix) with ESMTPS id A38${id};\r\n\tFri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
}

const kernelPost = (from: string, subject: string, body: string, n: string) =>
  submitted({
    from,
    to: 'linux-kernel@vger.kernel.org',
    subject,
    date: 'Fri, 20 Nov 2026 10:00:00 +0000',
    messageId: `<20261120100000.r219${n}@kernel.org>`,
    body,
  });

// ==== ASF ezmlm (realworld206's block) ====
const HOLM = 'holm-data.example';
const HOLM_IP = '198.51.100.52';
const ASF_OUT: Relay = {
  helo: 'mxout1-he-de.apache.org',
  rdns: 'mxout1-he-de.apache.org',
  ip: '95.216.194.37',
};
const ASF_ENV = 'dev-return-37689-robin=reader.example@tika.apache.org';
const ASF_ZONE: Record<string, unknown> = {
  ...ptr(ASF_OUT.ip, ASF_OUT.rdns),
  ...ptr(HOLM_IP, `mail.${HOLM}`),
  'tika.apache.org': { TXT: ['v=spf1 ip4:95.216.194.37 ip4:207.244.88.153 -all'] },
  [HOLM]: { TXT: [`v=spf1 ip4:${HOLM_IP} -all`] },
  [`_dmarc.${HOLM}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...keyZone([`s2026._domainkey.${HOLM}`]),
};

export async function makeAll(write: CaseWriter): Promise<void> {
  // ==== 1. Copies of the bank's signed fields on top (the reader's Postfix box) ====
  const signed = await signAll(notice(), [['northbank.example', 'nb1']], SIGNED);
  const b = b8(signed);
  const replay = (
    slug: string,
    top: string,
    what: string,
    expect: CaseExpectation,
    rows: string[] = [odkim('pass', b)],
    twin = false,
  ) =>
    emitCase(write, {
      name: `${P}box-${slug}`,
      class: 'online-line-match',
      about: `Attack: the bank's notice (d=northbank.example s=nb1, h= with from, to, subject, date and reply-to once, its own "${BANK_REPLY_TO}") replayed from the attacker's VM (envelope bounce@attacker.example, SPF pass) to the reader's Postfix box with ${what} on top. OpenDKIM verifies the signed (bottom) copies: pass; OpenDMARC pass.`,
      args: BOX_ARGS,
      eml: bankBox(onTop(signed, top), rows, 'bounce@attacker.example', slug.length.toString()),
      zone: BANK_ZONE,
      expect,
      twin,
    });

  replay(
    'reply-to-copy-same-words-refolded',
    'Reply-To: Northbank\tSupport\r\n  <support@northbank.example>',
    `a second Reply-To with the bank's very words, folded and tabbed otherwise (relaxed-equal). The reader sees the bank's own address. Control: wanted not spoofed`,
    { notVerdict: ['spoofed'] },
  );
  replay(
    'reply-to-copy-address-then-comment-naming-his',
    'Reply-To: Northbank Support <support@northbank.example> (northbank.cards@secure-inbox.example)',
    `a second Reply-To with the bank's words and a comment naming his mailbox (clients show the comment; some write it into the reply). Wanted: not trusted`,
    NOT_TRUSTED,
  );
  replay(
    'reply-to-copy-zero-width-in-display-name',
    'Reply-To: Northbank\u200b Support <support@northbank.example>',
    'a second Reply-To whose display name carries a zero-width space (looks the same, relaxed-different: an unsigned copy). Wanted: not authenticated',
    NOT_AUTH,
  );
  replay(
    'reply-to-obs-space-before-colon-his-address',
    'Reply-To : "Northbank Cards" <northbank.cards@secure-inbox.example>',
    `"Reply-To :" (obs-syntax WSP before the colon, RFC 5322 §4.5.8, which Thunderbird and Roundcube read as Reply-To) naming his mailbox. Wanted: not trusted`,
    NOT_TRUSTED,
    undefined,
    true,
  );
  replay(
    'reply-to-lower-case-name-his-address',
    'reply-to: "Northbank Cards" <northbank.cards@secure-inbox.example>',
    'the field name written in lower case, naming his mailbox. Wanted: not trusted',
    NOT_TRUSTED,
  );
  replay(
    'reply-to-folded-between-name-and-colon',
    'Reply-To\r\n : "Northbank Cards" <northbank.cards@secure-inbox.example>',
    'a Reply-To folded between its name and its colon (mailauth and lenient readers still read it as Reply-To), naming his mailbox. Wanted: not trusted',
    NOT_TRUSTED,
  );
  replay(
    'from-copy-other-display-name',
    'From: "Northbank Fraud Prevention" <alerts@northbank.example>',
    'a second From with the bank\'s address under another display name ("Fraud Prevention"). Wanted: not trusted',
    NOT_TRUSTED,
  );
  replay(
    'subject-copy-card-blocked',
    'Subject: Your card is blocked: reply to this message to unblock it',
    'a second Subject on top. Wanted: not trusted',
    NOT_TRUSTED,
  );
  replay(
    'reply-to-two-copies-one-equal-one-his',
    `Reply-To: "Northbank Cards" <northbank.cards@secure-inbox.example>\r\n${BANK_REPLY_TO}`,
    "two copies on top: his above one with the bank's very words (the equal copy should not shelter the other). Wanted: not trusted",
    NOT_TRUSTED,
  );

  // The bank oversigns Reply-To (h= lists it twice): adding a copy breaks the hash itself.
  {
    const over = await signAll(notice(), [['northbank.example', 'nb1']], [...SIGNED, 'reply-to']);
    const ob = b8(over);
    for (const [slug, top] of [
      ['his', 'Reply-To: "Northbank Cards" <northbank.cards@secure-inbox.example>'],
      ['same-words', BANK_REPLY_TO],
    ] as const) {
      emitCase(write, {
        name: `${P}box-oversigned-reply-to-added-${slug}`,
        class: 'online-line-match',
        about: `Attack: the bank oversigns Reply-To (h= names reply-to twice, the second for a copy that did not exist); the attacker replays it from his VM with a ${slug === 'his' ? 'Reply-To naming his mailbox' : "copy of the bank's Reply-To"} on top. OpenDKIM: fail (the second h= entry now takes the added copy); OpenDMARC fail. Wanted: not trusted (spoofed at p=reject).`,
        args: BOX_ARGS,
        eml: bankBox(
          onTop(over, top),
          [odkim('fail', ob)],
          'bounce@attacker.example',
          `ov${slug.length}`,
          'fail',
        ),
        zone: BANK_ZONE,
        expect: NOT_TRUSTED,
      });
    }
  }

  // The bank signs twice with its own domain: its ESP over h= with reply-to (esp1), its relay
  // without (nb1). His Reply-To on top: esp1 refused as field-added, nb1 passes (covers none).
  {
    const esp = await signAll(notice(), [['northbank.example', 'esp1']], SIGNED);
    const both = await signAll(esp, [['northbank.example', 'nb1']], SIGNED_NO_REPLY_TO);
    emitCase(write, {
      name: `${P}box-two-bank-signatures-one-without-reply-to-his-reply-to-added`,
      class: 'online-line-match',
      about: `Attack: the bank's notice signed twice by northbank.example: its ESP's esp1 over h= with reply-to, its own relay's nb1 over h= without it (Exchange Online's h= has no Reply-To). The attacker replays it from his VM with "Reply-To: "Northbank Cards" <northbank.cards@secure-inbox.example>" on top: esp1 is refused (field-added), nb1 passes because it never covered Reply-To, so one of ours passes and the refusal no longer voids anything. The reader's replies go to him. OpenDKIM passes both. Wanted: not authenticated.`,
      args: BOX_ARGS,
      eml: bankBox(
        onTop(both, 'Reply-To: "Northbank Cards" <northbank.cards@secure-inbox.example>'),
        [odkim('pass', b8(both, 0)), odkim('pass', b8(both, 1), 'esp1')],
        'bounce@attacker.example',
        'two',
      ),
      zone: BANK_ZONE,
      expect: NOT_AUTH,
      twin: true,
    });
  }

  // ==== 2. Genuine: ezmlm's Reply-To above a post's own ====
  const ezmlmPost = async (
    slug: string,
    replyTo: string,
    selectors: Array<[string, 'pass' | 'permerror']>,
    what: string,
  ): Promise<void> => {
    const raw = submitted({
      from: `Jonas Holm <jonas@${HOLM}>`,
      to: 'dev@tika.apache.org',
      subject: 'Re: [DISCUSS] drop Java 11 for 3.2',
      date: 'Fri, 20 Nov 2026 10:59:41 +0100',
      messageId: `<20261120095941.r219${slug.length}@${HOLM}>`,
      extraHeaders: [`Reply-To: ${replyTo}`],
      body: '+1 from me. The PDF parser tests pass on 17 and 21.\r\n\r\nJonas\r\n',
    });
    const h = ['from', 'reply-to', 'subject', 'date', 'to', 'message-id', 'mime-version', 'content-type'];
    let post = raw;
    for (const [s] of [...selectors].reverse())
      post = await signCorpus(post, { domain: HOLM, selector: s, headerList: h });
    const listed = onTop(
      onTop(
        post,
        `Received: from mail.${HOLM} (mail.${HOLM} [${HOLM_IP}])\r\n\tby mx1-ec2-va.apache.org (ASF Mail Server at mx1-ec2-va.apache.org) with ESMTPS id 83R219BCB5\r\n\tfor <dev@tika.apache.org>; Fri, 20 Nov 2026 09:59:44 +0000 (UTC)`,
      ),
      `Received: from mail.apache.org (mailroute1-lw-us.apache.org [207.244.88.153])\r\n\tby mxout1-he-de.apache.org (ASF Mail Server at mxout1-he-de.apache.org) with SMTP id E5R219638C1\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 09:59:52 +0000 (UTC)`,
      'Received: (qmail 71594 invoked by uid 500); 20 Nov 2026 09:59:47 -0000',
      'Mailing-List: contact dev-help@tika.apache.org; run by ezmlm',
      'Precedence: bulk',
      'List-Help: <mailto:dev-help@tika.apache.org>',
      'List-Unsubscribe: <mailto:dev-unsubscribe@tika.apache.org>',
      'List-Post: <mailto:dev@tika.apache.org>',
      'List-Id: <dev.tika.apache.org>',
      'Reply-To: dev@tika.apache.org',
      'Delivered-To: mailing list dev@tika.apache.org',
      'Received: (qmail 71582 invoked by uid 99); 20 Nov 2026 09:59:47 -0000',
      'Received: from spamproc1-he-fi.apache.org (HELO spamproc1-he-fi.apache.org) (95.217.134.168)\r\n by apache.org (qpsmtpd/0.94) with ESMTP; Fri, 20 Nov 2026 09:59:46 +0000',
    );
    const rows = selectors.map(
      ([s, r], n) =>
        `dkim=${r} (${r === 'pass' ? '2048-bit key; unprotected key' : 'no key for signature'}) header.d=${HOLM} header.i=@${HOLM} header.a=rsa-sha256 header.s=${s} header.b=${b8(post, n)}`,
    );
    emitCase(write, {
      name: `${P}box-genuine-ezmlm-${slug}`,
      class: 'duplicate-field',
      about: `Genuine: a developer's reply to dev@tika.apache.org from his own Postfix (d=${HOLM}, p=quarantine, h= with reply-to), ${what}; ezmlm adds "Reply-To: dev@tika.apache.org" on top (realworld206's capture, rspamd issue #3821). On the reader's Postfix box: OpenDKIM ${rows.length > 1 ? 'passes s2026, finds no key for s2019' : 'passes'}, OpenDMARC pass, policyd-spf pass for ezmlm's return path. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: onTop(
        listed,
        `Return-Path: <${ASF_ENV}>`,
        'Delivered-To: robin@reader.example',
        `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kR219asfvPWf0cQAAq2Xb7g\r\n\t(envelope-from <${ASF_ENV}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
        `Authentication-Results: ${RECEIVER};\r\n\t${rows.join(';\r\n\t')};\r\n\tspf=pass (${RECEIVER}: domain of ${ASF_ENV} designates ${ASF_OUT.ip} as permitted sender) smtp.mailfrom=${ASF_ENV};\r\n\tdmarc=pass (p=quarantine dis=none) header.from=${HOLM}`,
        `Received: from ${ASF_OUT.helo} (${ASF_OUT.rdns} [${ASF_OUT.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr219AsF\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:04 +0000`,
      ),
      zone: ASF_ZONE,
      expect: TRUSTED,
    });
  };
  await ezmlmPost(
    'reply-to-over-author-own-two-selectors-one-retired',
    `Jonas Holm <jonas.holm@${HOLM}>`,
    [
      ['s2026', 'pass'],
      ['s2019', 'permerror'],
    ],
    "signed twice: s2026 (current) and s2019 (a key he has since removed from DNS, left in his signing table), his own Reply-To signed. Before 08fb7ab8 the retired selector's key-missing kept the provider's pass founded; now the field-added refusal voids it",
  );
  await ezmlmPost(
    'reply-to-over-list-address-with-display-name',
    'Apache Tika Developers <dev@tika.apache.org>',
    [['s2026', 'pass']],
    "his Reply-To the list already, written by his client with the address book's display name (\"Apache Tika Developers <dev@tika.apache.org>\": modelled, NOT confirmed); ezmlm's copy names the same mailbox bare, so the words differ and 08fb7ab8's equality does not hold",
  );

  // ==== 3. kernel.org: vger's own envelope aligns any From under kernel.org ====
  const gmail = (
    name: string,
    eml: string,
    what: string,
    expect: CaseExpectation,
    o: { offlineOnly?: boolean; twin?: boolean } = {},
  ) => {
    if (!o.offlineOnly)
      emitCase(write, {
        name: `${P}gmail-${name}`,
        class: 'list-arc',
        about: `${what} Read in Gmail.`,
        args: GMAIL_ARGS,
        eml,
        zone: KERNEL_ZONE,
        expect,
        twin: o.twin,
      });
    emitCase(write, {
      name: `${P}gmail-${name}-offline`,
      class: 'list-arc',
      about: `${what} Read in Gmail, offline.`,
      args: GMAIL_ARGS,
      eml,
      expect,
    });
  };
  const lore = (raw: string, env: string, rows: string[], ids: [string, string], relay = LORE) =>
    gmailDelivery(raw, { relay, envelope: env, spf: 'pass', ids, results: rows.join('\r\n       ') });

  {
    const post = kernelPost(
      'kernel.org helpdesk <helpdesk@kernel.org>',
      'kernel.org accounts: 2FA re-enrolment required by Nov 27',
      'Hello,\r\n\r\nkernel.org accounts without a re-enrolled second factor are disabled on Nov 27.\r\nRe-enrol at https://accounts-kernel.attacker.example/2fa\r\n\r\n-- \r\nkernel.org helpdesk\r\n',
      'h1',
    );
    const raw = await viaVger(
      post,
      VPS,
      'dkim=none; spf=pass smtp.mailfrom=attacker.example; dmarc=fail (p=none dis=none) header.from=kernel.org; arc=none',
      'A1',
    );
    const env = vgerEnvelope(70111);
    gmail(
      'vger-unsigned-post-from-kernel-org-helpdesk',
      lore(
        raw,
        env,
        [
          'arc=pass (i=1 spf=pass spfdomain=attacker.example dmarc=fail fromdomain=kernel.org);',
          gmailSpf(env, LORE.ip),
          gmailDmarc('kernel.org', 'NONE'),
        ],
        ['x219csp1pxa', 'a219si1qtb.1'],
      ),
      `Attack: the attacker posts to linux-kernel@vger.kernel.org (open to non-subscribers, plain text) from his VM (envelope bounce@attacker.example, no signature) as "kernel.org helpdesk" <helpdesk@kernel.org>, a 2FA phish. vger hands it on unchanged with its own envelope, so Gmail's DMARC for kernel.org passes on SPF alone (vger.kernel.org aligns with kernel.org, relaxed); subspace's own seal records dmarc=fail for kernel.org at its entry. Genuine kernel.org senders sign d=kernel.org s=k20201202. Wanted: not authenticated (nothing the author's side proves).`,
      NOT_AUTH,
      { twin: true },
    );
  }
  {
    const post = kernelPost(
      'Greg Kroah-Hartman <gregkh@kernel.org>',
      'Re: [PATCH 6.12 000/412] 6.12.60-rc1 review',
      'On Thu, Nov 19, 2026 you wrote:\r\n> ...\r\n\r\nPlease test the fixed tarball at https://cdn-kernel.attacker.example/6.12.60-rc1.tar.xz\r\n\r\ngreg k-h\r\n',
      'h2',
    );
    const raw = await viaVger(
      post,
      VPS,
      'dkim=none; spf=pass smtp.mailfrom=attacker.example; dmarc=fail (p=none dis=none) header.from=kernel.org; arc=none',
      'A2',
    );
    const env = vgerEnvelope(70112);
    gmail(
      'vger-unsigned-post-from-kernel-org-maintainer',
      lore(
        raw,
        env,
        [
          'arc=pass (i=1 spf=pass spfdomain=attacker.example dmarc=fail fromdomain=kernel.org);',
          gmailSpf(env, LORE.ip),
          gmailDmarc('kernel.org', 'NONE'),
        ],
        ['x219csp2pxa', 'a219si2qtb.2'],
      ),
      "Attack: as above, with a maintainer's name and address (Greg Kroah-Hartman <gregkh@kernel.org>) replying to a stable review thread with a link to his tarball. Wanted: not authenticated.",
      NOT_AUTH,
      { offlineOnly: true },
    );
  }
  {
    // His VM with the PTR he set (tor.lore.kernel.org) and vger's envelope: Gmail softfails it.
    const post = appendHeaders(
      kernelPost(
        'kernel.org helpdesk <helpdesk@kernel.org>',
        'kernel.org accounts: 2FA re-enrolment required by Nov 27',
        'Re-enrol at https://accounts-kernel.attacker.example/2fa\r\n',
        'h3',
      ),
      'Precedence: bulk',
      'X-Mailing-List: linux-kernel@vger.kernel.org',
      'List-Id: <linux-kernel.vger.kernel.org>',
    );
    const env = vgerEnvelope(70113);
    gmail(
      'vm-ptr-lore-vger-envelope-softfail-from-kernel-org',
      gmailDelivery(post, {
        relay: HETZNER_VM,
        envelope: env,
        spf: 'softfail',
        ids: ['x219csp3pxa', 'a219si3qtb.3'],
        results: [gmailSpf(env, HETZNER_VM.ip, 'softfail'), gmailDmarc('kernel.org', 'NONE', 'fail')].join(
          '\r\n       ',
        ),
      }),
      "Attack: the attacker's own Hetzner VM, its PTR set to tor.lore.kernel.org (printed by Gmail), sends straight to the reader with vger's List-Id and a vger envelope: SPF softfail (~all), DMARC fail for kernel.org (p=none). Wanted: not authenticated.",
      NOT_AUTH,
      { offlineOnly: true },
    );
  }
  {
    // Genuine: a maintainer's signed post from kernel.org's SMTP (d=kernel.org s=k20201202).
    const raw0 = kernelPost(
      'Dana Kowalski <dkowalski@kernel.org>',
      '[PATCH net] net: fix refcount leak in foo_open()',
      'foo_open() takes a reference it never drops on the error path.\r\n\r\nSigned-off-by: Dana Kowalski <dkowalski@kernel.org>\r\n',
      'g1',
    );
    const signedPost = await signCorpus(raw0, {
      domain: 'kernel.org',
      selector: 'k20201202',
      headerList: ['from', 'to', 'cc', 'subject', 'date', 'from'],
    });
    const raw = await viaVger(
      signedPost,
      KORG_SMTP,
      'dkim=pass (2048-bit key) header.d=kernel.org header.i=@kernel.org header.b=Corpus01; spf=pass smtp.mailfrom=kernel.org; dmarc=pass (p=none dis=none) header.from=kernel.org; arc=none',
      'G1',
    );
    const env = vgerEnvelope(70114);
    gmail(
      'genuine-vger-maintainer-signed-kernel-org-post',
      lore(
        raw,
        env,
        [
          'dkim=pass header.i=@kernel.org header.s=k20201202 header.b=Q29ycHVz;',
          'arc=pass (i=1 spf=pass spfdomain=kernel.org dkim=pass dkdomain=kernel.org dmarc=pass fromdomain=kernel.org);',
          gmailSpf(env, LORE.ip),
          gmailDmarc('kernel.org', 'NONE'),
        ],
        ['x219csp4pxa', 'a219si4qtb.4'],
      ),
      "Genuine: a maintainer's patch from kernel.org's SMTP service, signed d=kernel.org s=k20201202 over From:To:Cc:Subject:Date:From (as kernel.org's posts in public archives are), to linux-kernel@vger, delivered by lore into Gmail: dkim=pass, spf=pass for vger's envelope, dmarc=pass. Wanted: authenticated or unverified.",
      TRUSTED,
    );
  }
}

// ---- Pending ----
// A. An unsigned post to a vger list whose From is under kernel.org itself (forgeries read
// AUTHENTICATED in Gmail, online and offline):
// r219-gmail-vger-unsigned-post-from-kernel-org-helpdesk (+ -no-options, + -offline),
// r219-gmail-vger-unsigned-post-from-kernel-org-maintainer-offline.
// Read now: online authenticated with no finding at all (our DMARC pass for kernel.org, passedBy
// spf, alignedDomains.spf vger.kernel.org: vger's envelope `linux-kernel+bounces-…@vger.kernel.org`
// aligns relaxed with helpdesk@kernel.org); offline authenticated "according to your provider's
// checks", hosted-server-relay LOW (unsignedListServer's evidence: Gmail's dmarc=pass header.from=
// kernel.org, its spf=pass for vger's envelope, the entry line's tor.lore.kernel.org). subspace's own
// seal (a trusted sealer by exact name) records `dmarc=fail header.from=kernel.org` at its entry and
// `spf=pass smtp.mailfrom=attacker.example`: not read against the pass.
// Should read: unverified at best (suspicious offline, as before 25c57989): vger hands EVERY post on
// with its own envelope, so its SPF pass says the list sent it, not that kernel.org's author did;
// kernel.org's own senders sign d=kernel.org (s=k20201202), which this post lacks.
// At fault: (1) offline, lib/findings/hosted-server.ts unsignedListServer: `p.dmarc?.result ===
// 'pass'` for the From is accepted whatever founded it; for a From under the host itself (here
// hostsOwnNotice also names kernel.org) the provider's pass rests on the host's own envelope, the
// very SPF pass the function adds as its second piece of evidence. (2) online (older than this
// round), lib/findings/auth-state.ts sharedSpfPass: an aligned SPF pass is "shared" only for
// SHARED_PLATFORMS' relays and includes, not for a list host whose envelope every post to an open
// list leaves with.
// Smallest fix: (1) in unsignedListServer ask for the provider's DKIM pass aligned with the From
// (`p.dkim.some((d) => d.result === 'pass' && !!d.domain && alignsWithFrom(d.domain, from))`, what
// its comment says: "hands on the author's signed post unchanged") instead of the bare DMARC pass;
// (2) in sharedSpfPass, where the aligned SPF domain is under a LIST_HOSTS host and the message is
// that host's list post (listHostingService: List-Id under it), return the host as the owner, so an
// SPF-only pass through a list's envelope reads as a shared platform's (unverified); or read
// subspace's verified set (arc-record.ts sealerRecord, passedBy null for the From) as the record
// that the author's side passed nothing.
// Could hurt: kernel.org's own unsigned mail to its lists (bugzilla-daemon@kernel.org,
// patchwork-bot: whether they sign is NOT confirmed here) goes from authenticated to unverified;
// groups.io and python.org posts whose From is the host's own are signed by the host (unaffected);
// the genuine signed maintainer post here stays authenticated (DKIM aligned).
//
// B. Genuine ezmlm posts whose author signs his own Reply-To, ezmlm's Reply-To on top (genuine read
// SPOOFED on the reader's Postfix box): r219-box-genuine-ezmlm-reply-to-over-author-own-two-
// selectors-one-retired, r219-box-genuine-ezmlm-reply-to-over-list-address-with-display-name.
// Read now: spoofed; dmarc-fail (ours: s2026 refused field-added, s2019 neutral key-missing; the
// display-name post: s2026 field-added alone), dkim-fail, provider-disagreement, hosted-server-relay, reply-to-other-org.
// Should read: authenticated or unverified, as realworld206's equal-words post does
// (w206-asf-ezmlm-second-reply-to-same-as-list-opendkim-box: authenticated).
// At fault: the same root as realworld206's pending w206-asf-ezmlm-second-reply-to-author-own-*
// (already spoofed): lib/findings/auth-state.ts providerPassUnfounded voids OpenDKIM's pass when one
// of ours is field-added; 08fb7ab8 widened `every` to `some(field-added) && !ours.some(pass)`, so a
// retired selector's key-missing beside it (kept founded before) now voids too; and
// lib/auth/dkim-strict.ts addedField compares relaxed WORDS, so ezmlm's bare `dev@tika.apache.org`
// over "Apache Tika Developers <dev@tika.apache.org>" (same mailbox) is an addition.
// Smallest fix: when the added copy is a list's (the message is a post of a list whose List-Post /
// List-Id names the copy's mailbox, and the copy sits above the list's own trace block), let the
// field-added refusal cost the Reply-To (reply-to finding) but not the DMARC pass; for the equality,
// compare address fields (From, Sender, Reply-To, To, Cc) by their addr-specs, case-folded domain,
// when display names are the only difference in Reply-To/To/Cc (not in From, whose name the reader
// sees).
// Could hurt: round 215's replay (a second Reply-To on top naming the attacker) must stay refused:
// only a copy naming the list's own List-Post mailbox may be excused, which an attacker replaying
// the bank's notice cannot make the bank's mailbox.
// NOT confirmed: a client writing the list's address with a display name into Reply-To.
// Lead, 2026-12-07: fixed A offline (unsignedListServer asks the provider's own DKIM pass for the
// From, not a DMARC pass resting on the list's envelope). Left: A online (an unsigned post to a
// kernel.org list as a kernel.org address passes DMARC on vger's aligned envelope; a known list
// host's envelope on its own domain's post is not yet read as shared), and B (a list's second
// Reply-To beside the author's own signed one: a wider change, see realworld206).
// Lead, 2026-12-07 (later): fixed A online too: vger's envelope is a shared platform's SPF
// (lib/findings/auth-state.ts SHARED_PLATFORMS 'kernel.org lists'), so an SPF-only pass through it
// proves no kernel.org sender, and subspace's record of the DMARC fail counts: suspicious.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // A
  // B
  'r219-box-genuine-ezmlm-reply-to-over-author-own-two-selectors-one-retired',
  'r219-box-genuine-ezmlm-reply-to-over-list-address-with-display-name',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
