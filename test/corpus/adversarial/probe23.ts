// Red-team probes, twenty-third round (December 2026): the rules committed at 05:2x on 2026-12-04.
// - lib/findings/timing.ts replayedSignature: the signing time is now the later of t= and a signed
//   Date, read from the analysis's Date (the topmost field). DKIM signs the bottom-most instance of
//   a field it lists once (RFC 6376 §5.4.2), so a replayer who writes a second, fresh Date on top
//   would keep the signature whole and move the "signing time" to today. Read right: lib/auth
//   refuses a signature over a message with more Date fields than h= covers (RFC 6376 §8.15).
// - lib/auth/subject-tag.ts listTag / listWords: a list prefix must "name the list", but the words
//   the list is known by come from List-Id and List-Post, which the replayer writes: a List-Id whose
//   label is the lure (and a List-Post local part holding the phone number's groups) makes the lure
//   a list name.
// - lib/findings/reply-to.ts namesFrom (the display-name check on listsOwn): it keeps [a-z0-9] only,
//   so a Cyrillic о or full-width letters in "Northbank" drop out, and the mailbox is never asked.
// - lib/auth/list-footer.ts: a footer appended as text is taken whatever it holds; on a text/html
//   body (or the HTML first part of a mixed, Sympa's "footer into the first part"), that text is
//   markup that can hide the signed notice and show the replayer's.
// - lib/engine/origin-walk.ts innerHosts / noPublicAddress: a receiver box whose public DNS record
//   holds only an RFC 1918 address (a leaked split-horizon record) is taken for an inner server.
// Read, no new case: X-BeenThere + X-Mailman-Version + a `-bounces` envelope (as forgeable as
// List-Id, and held to the same full verification; the prefix probe below uses it); a Sender at the
// list host (listsSender: as forgeable as before round 21, as its comment says; but sender.ts
// vouchedFor drops the finding before that whenever the replayer's SPF passes for the Sender's
// organisation: probe below); Google Groups' Reply-To (needs a googlegroups.com signature or a
// trusted seal, i.e. a real group: the risk lib/findings/reply-to.ts states). Every case's meta
// says the attack and what is wanted.

import { signCorpus } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_IP,
  DATE,
  fromAttacker,
  NOT_TRUSTED,
  SIGNED_NO_REPLY_TO,
  SPOOFED,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import {
  ATTACKER_FOOTER,
  BANK_ENVELOPE,
  fromAttackerDirect,
  oldStatement,
  PROBE_ZONE,
  probeCorpus,
  probeEmitter,
  statementReady,
  statementWithPdf,
  viaAttackerList,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twenty-third round's report). Each comment: what it reads, what it should, which
 * rule, the fix proposed and its risk.
 */
// Fixed at 05:4x on 2026-12-04 (in the corpus): an HTML "footer" that hides the signed notice
// (a <style>, a fixed full-screen <div>) is no footer (lib/auth/list-footer.ts HIDING_MARKUP).
// The list-prefix rule these three lure cases bent (a bracket must name the list) was withdrawn the
// same hour: the replayer writes the list's fields too, and it turned seven genuine prefixes
// "spoofed" (realworld26); they read "unverified", a limit README names. The disguised Reply-To
// names are folded as a reader sees them since 06:1x (a Cyrillic о, full-width letters:
// lib/findings/reply-to.ts namesFrom); the bank named in the mailbox alone, the Sender at the
// replayer's SPF-passing domain and the NAT'd box whose public record holds a private address stay
// open (README, "What still fools").
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // "unverified" (list-modified). Wanted: not trusted. lib/auth/subject-tag.ts listTag takes its
  // words from listWords (List-Id labels, List-Post's and X-BeenThere's local part split on -._+),
  // all the replayer's: a lure spelled into the list's id is "the list's name". Fix: a list's
  // prefix names the list in one run, not word by word: the bracket (less a post number) folded to
  // [a-z0-9] must equal one whole listWords entry (the List-Id's first label, List-Post's or
  // X-BeenThere's whole local part), at most three words and no digits outside the post number;
  // and since the replayer writes that entry too, also no lure word (card, blocked, verify, call,
  // account, password, suspend, urgent …) and not the From's registrable label. Risk: real
  // prefixes of several words that are not one id run ([Python-Dev] for python-dev is one run and
  // stays; [Linux Kernel Mailing List] for linux-kernel would not) read "spoofed"/"suspicious"
  // under p=reject senders; a list named after the sender's brand ([Northbank users]) too.
  'probe23-list-prefix-lure-written-into-list-id',
  'probe23-list-prefix-lure-phone-number-in-list-post',
  'probe23-list-prefix-lure-in-mailman-x-beenthere',
  // "unverified" (reply-to-other-org low). Wanted: suspicious. lib/findings/reply-to.ts namesFrom
  // drops every character outside [a-z0-9] before looking for the From's label, so a Cyrillic о
  // or full-width letters hide "Northbank"; and it asks only the display name, never the mailbox
  // (northbank-security@ at the replayer's list host). Fix: fold the name with NFKC and a
  // confusables skeleton (UTS #39; Cyrillic/Greek look-alikes to Latin) before the test, treat a
  // name that still holds non-Latin letters mixed with Latin as speaking as the From, and ask the
  // Reply-To's local part for the From's label too (listsOwn only). Risk: a list whose posting
  // address carries the sender's brand (northbank-users@lists.example.org relaying the bank's own
  // notice with reply_goes_to_list) goes from low to medium: suspicious, not spoofed.
  'probe23-list-reply-to-mailbox-names-bank',
  // "unverified", no sender-other-org. Wanted: suspicious. lib/findings/sender.ts senderRule
  // returns nothing when vouchedFor finds an SPF or DKIM pass for the Sender's organisation: the
  // replayer's own envelope passes SPF for attacker.example, so the namesFrom test listsSender
  // added is never reached. Fix: keep the finding (medium under excusedPass or our DMARC pass) when
  // the Sender's display name speaks as the From (namesFrom, with the folding above), whatever
  // vouches for the Sender's domain. Risk: an ESP or delegate that writes the client's brand as the
  // Sender's name at its own domain on an excused or authenticated message reads "suspicious";
  // genuine lists write their own name or none (the control holds).
  'probe23-replay-sender-bank-name-at-spf-passing-domain-tagged',
  // "unverified" (list-modified). Wanted: not trusted. lib/auth/list-footer.ts listFooterBlock
  // returns 0 (accepted) for any block without a MIME delimiter, so on a text/html body, or on the
  // HTML first part of a mixed (Sympa's footer into the first part), the "footer" is markup that
  // hides the signed text (<style>, a position:fixed overlay). Fix: when the part the block ends
  // (the body's own Content-Type, or the first part's) is text/html, refuse a block holding <style,
  // <script, <link, <meta, <base, <iframe, <form, a style= attribute with position/display/
  // visibility/opacity/z-index/height, or an unclosed element; plain <p>/<br>/<hr>/<a>/<div>/<span>
  // /<table> without such styles stay a footer. Risk: Sympa HTML footers an administrator styled
  // with a CSS class or inline style (font, colour) are fine; one wrapped in <div style="display:
  // block"> or with a <style> block would read spoofed under p=reject (unseen in the real-mail rounds).
  // "authenticated". Wanted: spoofed. lib/engine/origin-walk.ts noPublicAddress counts an RFC 1918
  // A record in public DNS as no address, so a NAT'd box whose split-horizon record leaked outside
  // (mail.reader.example A 10.20.0.25) and which is not the MX host (a hosted filter in front) is
  // "inner", and the stranger's LAN greeting its own relay. Fix: an answered private A/AAAA in the
  // public zone proves nothing either way: treat it as a DNS fault (strict reading), i.e. inner only
  // on NXDOMAIN/NODATA for both types. Risk: realworld25's Exchange mailbox servers whose AD name
  // leaks a private record publicly read "spoofed" for SPF-only mail; --nat-address does not help
  // them (it is the inverse); a README "What still fools" entry if the risk is judged worse.
  'probe23-nat-box-private-a-record-lan-helo-forged-bank-hop',
]);

// The reader's own MX is in the zone (lib/engine/origin-walk.ts innerHosts asks).
const emit = probeEmitter(PROBE_ZONE);

export async function makeAll(write: CaseWriter): Promise<void> {
  await secondDate(write);
  await listPrefixes(write);
  await listReplyNames(write);
  await senderNames(write);
  await htmlFooters(write);
  natPrivateRecord(write);
}

// ---------------------------------------------------------------------------------------------
// A second Date on top of an old signed notice (lib/findings/timing.ts)
// ---------------------------------------------------------------------------------------------

async function secondDate(write: CaseWriter): Promise<void> {
  const old = await oldStatement();
  const freshDate = 'Date: Fri, 20 Nov 2026 09:59:40 +0000';
  const tail =
    ' DKIM signs the bottom-most Date (h= lists it once; RFC 6376 §5.4.2), so the signature would stay whole; the analysis reads the topmost Date, and replayedSignature (lib/findings/timing.ts) takes, since 05:2x, the later of t= (1 October) and "a signed Date": here the attacker’s 20 November, and mail apps show the topmost Date too. Read right: lib/auth refuses a signature over a message holding more Date fields than h= covers (RFC 6376 §8.15: permerror), so DMARC fails under p=reject.';
  emit(write, {
    name: 'probe23-replay-old-signature-second-date-on-top',
    about: `The bank’s genuine notice signed (t=) and dated 1 October, replayed on 20 November from the attacker’s server with one line added above the signed fields: "${freshDate}".${tail} Wanted: not trusted; spoofed (holds today: the RFC 6376 §8.15 check comes before the replay rule)`,
    class: 'probe23-second-date',
    eml: fromAttackerDirect(old, freshDate),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe23-replay-old-signature-second-date-external-tag',
    about: `The same replay with a fresh Date on top and "[EXTERNAL] " before its Subject (probe21-replay-old-signature-external-tag, which reads suspicious since 05:2x, plus one Date line).${tail} Wanted: spoofed (holds today: no restored form drops the added Date)`,
    class: 'probe23-second-date',
    eml: fromAttackerDirect(
      old.replace('Subject: Your statement', 'Subject: [EXTERNAL] Your statement'),
      freshDate,
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe23-replay-old-signature-second-date-list-footer',
    about: `The same replay with a fresh Date on top, dressed as a list post with a footer (probe21-replay-old-signature-list-footer plus one Date line).${tail} Wanted: spoofed (holds today: the list restore removes only fields a list adds)`,
    class: 'probe23-second-date',
    eml: viaAttackerList(`${onTop(old, freshDate)}${ATTACKER_FOOTER}`),
    expect: SPOOFED,
  });
  const oversigned = await oldStatement([...SIGNED_NO_REPLY_TO, 'date', 'reply-to']);
  emit(write, {
    name: 'probe23-replay-old-signature-second-date-oversigned-control',
    about:
      'Control for the three above: the bank oversigns Date (h= lists date twice, as rspamd and OpenDKIM’s OversignHeaders do), so the Date added on top is covered by the signature’s second entry and breaks it: DMARC fails under p=reject. Wanted: spoofed (holds today)',
    class: 'probe23-second-date',
    eml: fromAttackerDirect(oversigned, freshDate),
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// A list prefix that "names the list" because the replayer named the list after the lure
// ---------------------------------------------------------------------------------------------

async function listPrefixes(write: CaseWriter): Promise<void> {
  const notice = await statementReady('77131');
  const prefixed = (prefix: string) =>
    notice.replace('Subject: Your statement is ready', `Subject: ${prefix} Your statement is ready`);
  emit(write, {
    name: 'probe23-list-prefix-lure-written-into-list-id',
    about:
      'The bank’s genuine notice replayed as a list post under "[Northbank card blocked - call now] Your statement is ready", with List-Id "<northbank-card-blocked-call-now.lists.attacker.example>" and List-Post "<mailto:northbank-card-blocked-call-now@lists.attacker.example>". listTag (lib/auth/subject-tag.ts) asks that the prefix name the list, but listWords takes the list’s words from List-Id and List-Post, both the replayer’s: every word of the lure is a word of the list, the signature verifies once the prefix is undone, changed-by-list: unverified. probe21-list-prefix-lure-words-on-bank-replay, fixed at 05:2x, is the same lure with a List-Id that does not spell it. Wanted: not trusted',
    class: 'probe23-list-prefix',
    eml: viaAttackerList(prefixed('[Northbank card blocked - call now]'), [
      'List-Id: Northbank card blocked call now <northbank-card-blocked-call-now.lists.attacker.example>',
      'List-Post: <mailto:northbank-card-blocked-call-now@lists.attacker.example>',
      'List-Unsubscribe: <mailto:northbank-card-blocked-call-now-leave@lists.attacker.example>',
    ]),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe23-list-prefix-lure-phone-number-in-list-post',
    about:
      'The same replay under "[Northbank: card blocked, call 1-555-0100]": listTag strips a trailing post number of up to seven digits ("-0100", Mailman’s [devel 1234]), and the other groups of the phone number, "1" and "555", are words of the list because the List-Post the replayer writes is northbank.card.blocked.call.1.555@lists.attacker.example (listWords splits its local part on -._+). Wanted: not trusted',
    class: 'probe23-list-prefix',
    eml: viaAttackerList(prefixed('[Northbank: card blocked, call 1-555-0100]'), [
      'List-Id: Northbank <northbank.lists.attacker.example>',
      'List-Post: <mailto:northbank.card.blocked.call.1.555@lists.attacker.example>',
      'List-Unsubscribe: <mailto:northbank-leave@lists.attacker.example>',
    ]),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe23-list-prefix-lure-in-mailman-x-beenthere',
    about:
      'The same lure by the door real-mail round 24 opened: no List-Id, but X-BeenThere "northbank-card-blocked-call-now@lists.attacker.example", X-Mailman-Version "2.1.39" and the envelope northbank-card-blocked-call-now-bounces@lists.attacker.example (lib/findings/list-evidence.ts mailmanEvidence, three fields the replayer writes), under "[Northbank card blocked - call now]": listWords takes X-BeenThere’s words as well. Wanted: not trusted',
    class: 'probe23-list-prefix',
    eml: onTop(
      prefixed('[Northbank card blocked - call now]'),
      'Return-Path: <northbank-card-blocked-call-now-bounces@lists.attacker.example>',
      fromAttacker('attacker.example'),
      'X-BeenThere: northbank-card-blocked-call-now@lists.attacker.example',
      'X-Mailman-Version: 2.1.39',
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe23-list-prefix-list-name-control',
    about:
      'Control: the same list post under a prefix of the list’s one-word name with Mailman’s post number, "[customers 1042] Your statement is ready" (List-Id customers.lists.attacker.example). Wanted: unverified with list-modified (holds today; a fix bounding the prefix must keep it)',
    class: 'probe23-list-prefix',
    eml: viaAttackerList(prefixed('[customers 1042]')),
    expect: { verdict: 'unverified', findings: ['list-modified'] },
  });
}

// ---------------------------------------------------------------------------------------------
// A Reply-To at the List-Post under the bank's name in letters namesFrom drops
// ---------------------------------------------------------------------------------------------

async function listReplyNames(write: CaseWriter): Promise<void> {
  const notice = await statementReady('77133');
  const cardsDress = [
    'List-Id: Card services <northbank-cards.lists.attacker.example>',
    'List-Post: <mailto:northbank.cards@lists.attacker.example>',
    'List-Unsubscribe: <mailto:northbank.cards-leave@lists.attacker.example>',
  ];
  const withReplyTo = (replyTo: string) =>
    viaAttackerList(`${onTop(notice, replyTo)}${ATTACKER_FOOTER}`, cardsDress);
  /** A Reply-To at the cards List-Post whose display name `name` is a UTF-8 encoded-word. */
  const encodedCards = (name: string) =>
    `Reply-To: =?UTF-8?B?${Buffer.from(name).toString('base64')}?= <northbank.cards@lists.attacker.example>`;
  const tail =
    ' The address equals the List-Post the replayer wrote, so listsOwn (lib/findings/reply-to.ts) takes it for the list’s reply_goes_to_list unless the display name speaks as the From; namesFrom keeps only [a-z0-9] of the name before looking for "northbank". reply-to-other-org stays low, changed-by-list: unverified. probe21-list-reply-to-equals-list-post-names-bank (the name in ASCII) reads suspicious since 05:2x. Wanted: suspicious (reply-to-other-org medium)';
  emit(write, {
    name: 'probe23-list-reply-to-cyrillic-o-bank-name',
    about: `The bank’s genuine notice (signed without Reply-To) replayed as a list post with "Reply-To: Nоrthbank Card Services <northbank.cards@lists.attacker.example>", the o of Northbank a Cyrillic о (U+043E), as a UTF-8 encoded-word: it shows as "Northbank Card Services".${tail}`,
    class: 'probe23-list-reply-name',
    eml: withReplyTo(encodedCards('Nоrthbank Card Services')),
    expect: { verdict: 'suspicious', findings: ['reply-to-other-org'] },
  });
  emit(write, {
    name: 'probe23-list-reply-to-fullwidth-bank-name',
    about: `The same replay with the bank’s name in full-width letters, "Reply-To: Ｎｏｒｔｈｂａｎｋ Card Services <northbank.cards@lists.attacker.example>" (NFKC folds them to ASCII; namesFrom does not fold).${tail}`,
    class: 'probe23-list-reply-name',
    eml: withReplyTo(encodedCards('Ｎｏｒｔｈｂａｎｋ Card Services')),
    expect: { verdict: 'suspicious', findings: ['reply-to-other-org'] },
  });
  emit(write, {
    name: 'probe23-list-reply-to-mailbox-names-bank',
    about:
      'The same replay with a bare Reply-To, "Reply-To: northbank-security@lists.attacker.example", equal to the List-Post the replayer wrote ("<mailto:northbank-security@lists.attacker.example>"): the reply window shows northbank-security@…, the From domain’s label in the mailbox. namesFrom asks only the display name (there is none), so listsOwn holds: low, unverified. A list’s reply_goes_to_list writes its own posting address, which names the list, not the author’s organisation. Wanted: suspicious (reply-to-other-org medium)',
    class: 'probe23-list-reply-name',
    eml: viaAttackerList(
      `${onTop(notice, 'Reply-To: northbank-security@lists.attacker.example')}${ATTACKER_FOOTER}`,
      [
        'List-Id: Security notices <northbank-security.lists.attacker.example>',
        'List-Post: <mailto:northbank-security@lists.attacker.example>',
        'List-Unsubscribe: <mailto:northbank-security-leave@lists.attacker.example>',
      ],
    ),
    expect: { verdict: 'suspicious', findings: ['reply-to-other-org'] },
  });
}

async function senderNames(write: CaseWriter): Promise<void> {
  const notice = await statementReady('77136');
  const tagged = notice.replace('Subject: Your statement', 'Subject: [EXTERNAL] Your statement');
  emit(write, {
    name: 'probe23-replay-sender-bank-name-at-spf-passing-domain-tagged',
    about:
      'probe21-replay-sender-added-external-tag (fixed at 05:2x: suspicious) with the Sender moved to the replayer’s own sending domain: "Sender: Northbank Fraud Desk <fraud-desk@attacker.example>", the envelope bounce@attacker.example, sent from attacker.example’s SPF-listed server. Outlook shows "Northbank Fraud Desk <fraud-desk@attacker.example> on behalf of Northbank". senderRule (lib/findings/sender.ts) raises nothing once vouchedFor finds an SPF or DKIM pass for the Sender’s organisation, before excusedPass or listsSender’s display-name check is reached: no sender-other-org at all, changed-by-list, unverified. Wanted: suspicious (sender-other-org medium: a Sender whose name speaks as the From at another organisation)',
    class: 'probe23-sender-name',
    eml: fromAttackerDirect(onTop(tagged, 'Sender: Northbank Fraud Desk <fraud-desk@attacker.example>')),
    expect: { verdict: 'suspicious', findings: ['sender-other-org'] },
  });
  emit(write, {
    name: 'probe23-replay-sender-list-bounces-at-spf-passing-domain-control',
    about:
      'Control: a list post of the same notice (List-Id, List-Post, a footer) whose Sender is the list’s own bounce address at the list host, "Sender: customers-bounces@lists.attacker.example" (Mailman 2.1’s), the envelope there too (no SPF record at lists.attacker.example, so listsSender keeps sender-other-org low): the list’s doing. Wanted: unverified with list-modified (holds today; a fix for the probe above must keep it)',
    class: 'probe23-sender-name',
    eml: viaAttackerList(
      `${onTop(notice, 'Sender: customers-bounces@lists.attacker.example')}${ATTACKER_FOOTER}`,
    ),
    expect: { verdict: 'unverified', findings: ['list-modified'] },
  });
}

// ---------------------------------------------------------------------------------------------
// An HTML "footer" that hides the signed notice (lib/auth/list-footer.ts)
// ---------------------------------------------------------------------------------------------

const LURE_HTML = [
  '<style>p.nb{display:none}</style>',
  '<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:#fff;z-index:9999">',
  '<p>Northbank: your card is blocked. Confirm it at <a href="https://northbank-secure.example/confirm">online banking</a>.</p>',
  '</div>',
  '',
].join('\r\n');

async function htmlFooters(write: CaseWriter): Promise<void> {
  const html = await signCorpus(
    [
      'From: Northbank <alerts@northbank.example>',
      'To: Robin Reader <robin@reader.example>',
      'Subject: Your statement is ready',
      'Date: Fri, 20 Nov 2026 10:00:00 +0000',
      'Message-ID: <stmt-20261120-77134@northbank.example>',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body>',
      '<p class="nb">Your November statement is ready in online banking.</p>',
      '</body></html>',
      '',
    ].join('\r\n'),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED_NO_REPLY_TO },
  );
  emit(write, {
    name: 'probe23-list-footer-html-overlay-single-part',
    about:
      'The bank’s genuine text/html notice (one part, signed over Content-Type) replayed as a list post with a "footer" appended after </html>: a <style> that hides the bank’s paragraph and a position:fixed white <div> over the whole message holding the lure and a link. Browsers and mail apps that render HTML (Apple Mail, Thunderbird, Outlook on the web keeps the div) show it in place of the signed text. listFooterBlock (lib/auth/list-footer.ts) takes any block without a MIME delimiter as text appended to the body, whatever it holds; the signature verifies once it is cut, changed-by-list: unverified. Wanted: not trusted',
    class: 'probe23-list-footer-html',
    eml: viaAttackerList(`${html}${LURE_HTML}`),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe23-list-footer-html-plain-markup-control',
    about:
      'Control: the same text/html notice with a footer of plain markup appended, as Sympa appends to an HTML body: "<hr><p>Customers list: <a href=…>lists.attacker.example/customers</a></p>". It is shown after the signed text. Wanted: unverified with list-modified (holds today; a fix refusing style, script and positioned blocks must keep it)',
    class: 'probe23-list-footer-html',
    eml: viaAttackerList(
      `${html}<hr><p>Customers list: <a href="https://lists.attacker.example/customers">lists.attacker.example/customers</a></p>\r\n`,
    ),
    expect: { verdict: 'unverified', findings: ['list-modified'] },
  });
  const b = 'nb-mix-23c1d9';
  const mixed = await statementWithPdf(b, '77135', [
    'Content-Type: text/html; charset=utf-8',
    '',
    '<html><body><p class="nb">Your November statement is attached.</p></body></html>',
  ]);
  const second = mixed.indexOf(`--${b}\r\nContent-Type: application/pdf`);
  emit(write, {
    name: 'probe23-list-footer-html-overlay-first-part-of-mixed',
    about:
      'The bank’s multipart/mixed notice (an HTML first part and the statement PDF) replayed as a list post with the same hiding <style> and overlay <div> inserted at the end of the HTML first part, before the attachment’s delimiter: the shape Sympa’s footer_type append writes into the first part (rw24), accepted by bodyCandidates for a block of text ending at one of the first two delimiters. Wanted: not trusted',
    class: 'probe23-list-footer-html',
    eml: viaAttackerList(`${mixed.slice(0, second)}${LURE_HTML}${mixed.slice(second)}`),
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// A NAT'd box whose name public DNS holds only with a private address (innerHosts)
// ---------------------------------------------------------------------------------------------

function natPrivateRecord(write: CaseWriter): void {
  const box = 'mail.reader.example';
  const spoof = submitted({
    from: 'Northbank Security <security@northbank.example>',
    subject: 'Unusual sign-in: confirm your card',
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });
  const eml = (helo: string) =>
    onTop(
      spoof,
      `Return-Path: <${BANK_ENVELOPE}>`,
      'Delivered-To: robin@reader.example',
      dovecotLmtp(box, BANK_ENVELOPE, 'robin@reader.example', 'kE8lAbb2PWd1XwAAtGkPgB', DATE),
      `Received: from ${helo} (unknown [172.22.1.1])\r\n\tby ${box} (Postfix) with ESMTPS id 4Zx9Qp0Aaaz1xYy\r\n\tfor <robin@reader.example>; ${DATE}`,
      received({
        helo: 'mail.northbank.example',
        rdns: 'mail.northbank.example',
        ip: BANK_IP,
        by: box,
        id: '4Zz0Aa1Bbcz1abd',
        date: 'Fri, 20 Nov 2026 10:00:03 +0000',
      }),
    );
  // The MX is a hosted filter; the box behind the NAT is mail.reader.example, whose record in the
  // public zone is a leaked split-horizon one: 10.20.0.25.
  const zone = {
    ...BANK,
    ...authenticZone('attacker.example', ATTACKER_IP),
    'reader.example': { MX: [{ priority: 10, exchange: 'reader-example.mx.filter.example' }] },
    'reader-example.mx.filter.example': { A: ['203.0.113.40'] },
    [box]: { A: ['10.20.0.25'] },
  };
  emit(write, {
    name: 'probe23-nat-box-private-a-record-lan-helo-forged-bank-hop',
    about:
      'probe22’s shape (a mailcow box behind a NAT, the MX a hosted filter the attacker goes around by connecting to the box’s public address), but the box’s name mail.reader.example holds only 10.20.0.25 in the public zone (a split-horizon record published outside, common in small offices). The attacker greets with EHLO DESKTOP-4QH7K2N and writes under the box’s line one of the bank’s server handing to it. innerHosts (lib/engine/origin-walk.ts) asks that the writer be no MX host and that its name hold no public address; noPublicAddress counts a private A as none, so the box is "inner", its LAN-named client the receiver’s own relay, and the forged bank hop the entry: SPF and DMARC pass. Wanted: spoofed',
    class: 'probe23-nat-inner-host',
    args: ['--authserv-id', box],
    eml: eml('DESKTOP-4QH7K2N'),
    zone,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe23-nat-box-public-a-record-lan-helo-control',
    about:
      'Control: the same spoof with the box’s name holding its public address (203.0.113.25): innerHosts keeps the strict reading since 05:3x. Wanted: spoofed (holds today)',
    class: 'probe23-nat-inner-host',
    args: ['--authserv-id', box],
    eml: eml('DESKTOP-4QH7K2N'),
    zone: { ...zone, [box]: { A: ['203.0.113.25'] } },
    expect: SPOOFED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
