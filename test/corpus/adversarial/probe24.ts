// Red-team probes, twenty-fourth round (December 2026): the rules committed at 05:4x-06:3x on
// 2026-12-04.
// - lib/findings/reply-to.ts namesFrom (used by listsOwn and by lib/findings/sender.ts
//   listsSender): since 06:1x a display name is folded "as the look-alike rules fold them" before
//   the From's label is looked for, but it is lower-cased first: a Greek capital Nu (U+039D), which
//   no reader tells from N, becomes ν, whose confusable skeleton is "v". "Νorthbank" (and an
//   all-capitals "ΝΟRΤΗΒΑΝΚ" of Greek letters) no longer names the bank, so a Reply-To at the
//   replayer's List-Post, or a Sender at his list host, under that name stays the list's own (low).
// - lib/auth/list-footer.ts HIDING_MARKUP: since 05:4x a list "footer" may not style, script,
//   position or hide, but the test is a regular expression over the raw text: an HTML entity in the
//   style attribute (`&#112;osition:fixed`, decoded by the HTML parser before CSS reads it), a CSS
//   escape (`posit\ion:fixed`), `position:relative` with a negative `top`, a `transform`, and a
//   second `<body text="#ffffff">` (the HTML parser merges its attributes into the document's
//   body, turning the signed text white) cover or hide the signed notice without any word it knows.
// - lib/attached.ts vouches (`--attached`): an organisation's own list re-sending a colleague's
//   report with its From unchanged vouches for what the report carries; Mailman takes the poster's
//   membership from the From an outsider writes, and the list's envelope authenticates the re-send.
// Read, no new case: the NAT rules of origin.ts (unaddressedEntry, ownRelayName, sameOrganisation,
// innerHandOff, wroteBelow, lastPublicHop) and origin-walk.ts innerHosts: every way through found
// this round is one README "What still fools" already names (a HELO naming the host of the forged
// line below, or under its organisation's label with a LAN suffix; EHLO localhost; a private-named
// internet-facing box; a forged Exchange by-address; a leaked private A record). The restore budget
// (list-restore.ts RESTORE_BUDGET) fails closed: a replayer who adds signatures to spend it loses
// the restore, never gains one. CommuniGate's HELO comment (CGP_HELO) only names the HELO, which is
// the client's word anyway; the address comes from the from-word the receiver wrote.
// Every case's meta says the attack and what is wanted.

import { ATTACHED_BOX, ATTACKER_IP, BANK, NOT_TRUSTED, ptr, RECEIVER, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received } from '../messages';
import {
  ATTACKER_FOOTER,
  CARD_LURE_HTML,
  forgedBoxDelivery,
  PROBE_ZONE,
  probeCorpus,
  probeEmitter,
  READER_DOMAIN,
  readerZone,
  STATEMENT_SUBJECT,
  statementHtml,
  statementReady,
  viaAttackerList,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twenty-fourth round's report). Each comment: what it reads, what it should, which
 * rule, the fix proposed and its risk.
 */
// Fixed at 10:3x on 2026-12-04 (in the corpus): a Greek capital Ν, Ο, Τ… in a list's Reply-To or
// Sender display name is folded as written, then lower-cased (lib/findings/reply-to.ts namesFrom).
// 11:0x: an outsider's report through the organisation's own list vouches no more unless the
// organisation proved the post (lib/attached.ts provedByOwner); an HTML footer that hides the
// signed text with character references, CSS escapes, offsets, transforms or a second <body> is no
// footer (lib/auth/footer-markup.ts hidesSignedText).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const emit = probeEmitter(PROBE_ZONE);

export async function makeAll(write: CaseWriter): Promise<void> {
  await listReplyNames(write);
  await senderNames(write);
  await htmlFooters(write);
  ownListReport(write);
}

const utf8Word = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;

// ---------------------------------------------------------------------------------------------
// A Reply-To at the forged List-Post whose name spells the bank with Greek capitals (namesFrom)
// ---------------------------------------------------------------------------------------------

async function listReplyNames(write: CaseWriter): Promise<void> {
  const notice = await statementReady('88201');
  const cardsDress = [
    'List-Id: Card services <northbank-cards.lists.attacker.example>',
    'List-Post: <mailto:northbank.cards@lists.attacker.example>',
    'List-Unsubscribe: <mailto:northbank.cards-leave@lists.attacker.example>',
  ];
  const withReplyTo = (name: string) =>
    viaAttackerList(
      `${onTop(notice, `Reply-To: ${utf8Word(name)} <northbank.cards@lists.attacker.example>`)}${ATTACKER_FOOTER}`,
      cardsDress,
    );
  const tail =
    ' The address equals the List-Post the replayer wrote, so listsOwn (lib/findings/reply-to.ts) takes it for the list’s reply_goes_to_list unless the display name speaks as the From. namesFrom lower-cases the name before its confusable skeleton: Greek Ν (U+039D) becomes ν (U+03BD), whose skeleton is "v", so "northbank" is not found; reply-to-other-org stays low, changed-by-list: unverified. probe23-list-reply-to-cyrillic-o-bank-name reads suspicious since 06:1x. Wanted: suspicious (reply-to-other-org medium)';
  emit(write, {
    name: 'probe24-list-reply-to-greek-capital-nu-bank-name',
    about: `The bank’s genuine notice (signed without Reply-To) replayed as a list post with "Reply-To: Νorthbank Card Services <northbank.cards@lists.attacker.example>", its N the Greek capital Nu (U+039D), as a UTF-8 encoded-word: it shows as "Northbank Card Services".${tail}`,
    class: 'probe24-list-reply-name',
    eml: withReplyTo('Νorthbank Card Services'),
    expect: { verdict: 'suspicious', findings: ['reply-to-other-org'] },
  });
  emit(write, {
    name: 'probe24-list-reply-to-greek-all-capitals-bank-name',
    about: `The same replay with the name in capitals, every letter Greek that has one: "ΝΟRΤΗΒΑΝΚ CARD SERVICES" (Ν Ο Τ Η Β Α Ν Κ Greek, R Latin): it shows as "NORTHBANK CARD SERVICES"; lower-cased it is "νοrτηβανκ", whose skeleton is not "northbank".${tail}`,
    class: 'probe24-list-reply-name',
    eml: withReplyTo('ΝΟRΤΗΒΑΝΚ CARD SERVICES'),
    expect: { verdict: 'suspicious', findings: ['reply-to-other-org'] },
  });
  emit(write, {
    name: 'probe24-list-reply-to-cyrillic-capital-o-control',
    about:
      'Control: the same replay under "NОRTHBANK CARD SERVICES" with a Cyrillic capital О (U+041E): lower-cased it is Cyrillic о, whose skeleton is "o", so namesFrom finds the bank and listsOwn does not hold. Wanted: suspicious (holds today; the fix for the two above must keep it)',
    class: 'probe24-list-reply-name',
    eml: withReplyTo('NОRTHBANK CARD SERVICES'),
    expect: { verdict: 'suspicious', findings: ['reply-to-other-org'] },
  });
}

// ---------------------------------------------------------------------------------------------
// A Sender at the list's host under the bank's name in Greek capitals (listsSender)
// ---------------------------------------------------------------------------------------------

async function senderNames(write: CaseWriter): Promise<void> {
  const notice = await statementReady('88202');
  const withSender = (name: string) =>
    viaAttackerList(
      `${onTop(notice, `Sender: ${name} <customers-bounces@lists.attacker.example>`)}${ATTACKER_FOOTER}`,
    );
  emit(write, {
    name: 'probe24-list-sender-greek-capitals-bank-name-at-list-host',
    about:
      'The bank’s genuine notice replayed as a list post (List-Id, List-Post, a footer, envelope at the list host, which publishes no SPF) with "Sender: ΝΟRΤΗΒΑΝΚ SECURITY <customers-bounces@lists.attacker.example>" (Greek capitals, shown as NORTHBANK SECURITY): Outlook shows "NORTHBANK SECURITY <customers-bounces@…> on behalf of Northbank". listsSender (lib/findings/sender.ts) keeps sender-other-org low for a Sender at the list’s host unless namesFrom says its name speaks as the From; namesFrom lower-cases before folding and misses the Greek letters: low, changed-by-list, unverified. Wanted: suspicious (sender-other-org medium, as for the same name in Latin letters: control below)',
    class: 'probe24-sender-name',
    eml: withSender(utf8Word('ΝΟRΤΗΒΑΝΚ SECURITY')),
    expect: { verdict: 'suspicious', findings: ['sender-other-org'] },
  });
  emit(write, {
    name: 'probe24-list-sender-latin-bank-name-at-list-host-control',
    about:
      'Control: the same list post with "Sender: NORTHBANK SECURITY <customers-bounces@lists.attacker.example>" in Latin letters: namesFrom finds the bank, listsSender does not hold, sender-other-org is medium beside the list excuse. Wanted: suspicious (holds today)',
    class: 'probe24-sender-name',
    eml: withSender('NORTHBANK SECURITY'),
    expect: { verdict: 'suspicious', findings: ['sender-other-org'] },
  });
}

// ---------------------------------------------------------------------------------------------
// HTML "footers" that hide the signed notice in words HIDING_MARKUP does not read
// ---------------------------------------------------------------------------------------------

async function htmlFooters(write: CaseWriter): Promise<void> {
  const html = await statementHtml('88203');
  const footer = (block: string) => viaAttackerList(`${html}${block}\r\n`);
  const tail =
    ' listFooterBlock (lib/auth/list-footer.ts) refuses a block matching HIDING_MARKUP, a regular expression over the raw text; the signature verifies once the block is cut, changed-by-list: unverified. probe23-list-footer-html-overlay-single-part (the same overlay in plain words) reads spoofed since 05:4x. Wanted: not trusted';
  const overlay = 'top:0;left:0;width:100%;height:100%;background:#fff';
  emit(write, {
    name: 'probe24-list-footer-html-entity-encoded-position-fixed',
    about: `The bank’s genuine text/html notice replayed as a list post with a "footer" after </html>: <div style="&#112;osition:fixed;${overlay}"><p>lure</p></div>. The HTML parser decodes the character reference in the attribute before CSS reads it, so the div is a fixed white sheet over the whole message showing the lure (Apple Mail, Thunderbird, Outlook desktop render it).${tail}`,
    class: 'probe24-list-footer-html',
    eml: footer(`<div style="&#112;osition:fixed;${overlay}"><p>${CARD_LURE_HTML}</p></div>`),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe24-list-footer-html-css-escaped-position-fixed',
    about: `The same replay with the property written with a CSS escape: <div style="posit\\ion:fixed;${overlay}"> (a backslash before a letter that is not a hex digit stands for that letter, CSS Syntax §4.3.7).${tail}`,
    class: 'probe24-list-footer-html',
    eml: footer(`<div style="posit\\ion:fixed;${overlay}"><p>${CARD_LURE_HTML}</p></div>`),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe24-list-footer-html-relative-negative-top-overlay',
    about:
      'The same replay with <div style="position:relative;top:-4em;margin-bottom:-4em;min-height:4em;background:#fff"><p>lure</p></div>: a relatively positioned block painted over the earlier, unpositioned paragraph it is moved onto (CSS 2.1 Appendix E: positioned descendants paint after in-flow content). HIDING_MARKUP names position:fixed and absolute only.' +
      tail,
    class: 'probe24-list-footer-html',
    eml: footer(
      `<div style="position:relative;top:-4em;margin-bottom:-4em;min-height:4em;background:#fff"><p>${CARD_LURE_HTML}</p></div>`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe24-list-footer-html-transform-overlay',
    about:
      'The same replay with <div style="transform:translateY(-100%);min-height:4em;background:#fff"><p>lure</p></div>: a transformed block is painted as a positioned one (it makes a stacking context) and moved up by its own height over the signed paragraph. No position, display, visibility, opacity or z-index.' +
      tail,
    class: 'probe24-list-footer-html',
    eml: footer(
      `<div style="transform:translateY(-100%);min-height:4em;background:#fff"><p>${CARD_LURE_HTML}</p></div>`,
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe24-list-footer-html-second-body-white-text',
    about:
      'The same replay with a footer holding no style at all: <body text="#ffffff" link="#ffffff"><p><font color="#1a1a1a">lure</font></p>. A second body start tag is not ignored: the HTML parser adds each of its attributes the body element lacks to it (HTML §13.2.6.4.7, "in body", a start tag "body"), so the bank’s own text and links turn white on white and only the footer’s lure shows.' +
      tail,
    class: 'probe24-list-footer-html',
    eml: footer(`<body text="#ffffff" link="#ffffff"><p><font color="#1a1a1a">${CARD_LURE_HTML}</font></p>`),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe24-list-footer-html-upper-case-spaced-position-control',
    about: `Control: the overlay in plain words but upper case and spaced, <DIV STYLE="POSITION : FIXED;${overlay.toUpperCase()}">: HIDING_MARKUP is case-blind and allows blanks around the colon. Wanted: not trusted (holds today: spoofed)`,
    class: 'probe24-list-footer-html',
    eml: footer(`<DIV STYLE="POSITION : FIXED;${overlay.toUpperCase()}"><p>${CARD_LURE_HTML}</p></DIV>`),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe24-list-footer-html-coloured-own-text-control',
    about:
      'Control: a footer that styles only its own text, as Sympa administrators write it: <hr><p style="color:#666;font-size:11px">Customers list: <a href="…">lists.attacker.example/customers</a></p>. Shown after the signed text, hiding nothing. Wanted: unverified with list-modified (holds today; the fix for the five above must keep it)',
    class: 'probe24-list-footer-html',
    eml: footer(
      '<hr><p style="color:#666;font-size:11px">Customers list: <a href="https://lists.attacker.example/customers">lists.attacker.example/customers</a></p>',
    ),
    expect: { verdict: 'unverified', findings: ['list-modified'] },
  });
}

// ---------------------------------------------------------------------------------------------
// An outsider's "report" through the organisation's own list, under a colleague's From (--attached)
// ---------------------------------------------------------------------------------------------

function ownListReport(write: CaseWriter): void {
  const lists = `lists.${READER_DOMAIN}`;
  const listIp = '203.0.113.30';
  const security = `security@${READER_DOMAIN}`;
  const b = 'nb-report-24f1a7';
  const report = (from: string, host = 'lists.mailhost.example') =>
    [
      'Return-Path: <cert-team-bounces@lists.reader.example>',
      `Delivered-To: ${security}`,
      received({
        helo: host,
        rdns: host,
        ip: listIp,
        by: RECEIVER,
        id: '4ZqC2m5Hw1z3xRt',
        for: security,
        date: 'Fri, 20 Nov 2026 10:31:07 +0000',
      }),
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: host,
        id: '4ZqC2l0Kp9z1wQs',
        for: `cert-team@${lists}`,
        date: 'Fri, 20 Nov 2026 10:31:05 +0000',
      }),
      `From: ${from}`,
      `To: cert-team@${lists}`,
      `Subject: [cert-team] Fwd: ${STATEMENT_SUBJECT}`,
      'Date: Fri, 20 Nov 2026 10:31:02 +0000',
      'Message-ID: <CAF7nQ2x9Rk4Lm1Vp8Tb3Zc6Yd0Je5Hg@attacker.example>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`,
      `Sender: cert-team-bounces@${lists}`,
      'X-BeenThere: cert-team@lists.reader.example',
      'X-Mailman-Version: 2.1.39',
      'Precedence: list',
      `List-Id: CERT team <cert-team.${lists}>`,
      `List-Post: <mailto:cert-team@${lists}>`,
      `List-Unsubscribe: <https://${lists}/mailman/options/cert-team>, <mailto:cert-team-request@${lists}?subject=unsubscribe>`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Got this one this morning, looks real to me. Can someone confirm?',
      '',
      `--${b}`,
      'Content-Type: message/rfc822; name="statement.eml"',
      'Content-Disposition: attachment; filename="statement.eml"',
      '',
      forgedBoxDelivery(`robin@${READER_DOMAIN}`),
      `--${b}--`,
      '',
    ].join('\r\n');
  // The organisation's lists are hosted by a Mailman provider under the organisation's own name
  // (lists.reader.example, its SPF naming the provider's host); the reader's box is mx.reader.example.
  const zone = {
    ...readerZone('p=reject'),
    ...BANK,
    ...ptr(listIp, 'lists.mailhost.example'),
    [lists]: { TXT: [`v=spf1 ip4:${listIp} -all`] },
  };
  emit(write, {
    name: 'probe24-att-own-list-forged-colleague-from-vouches',
    about:
      'An outsider posts to the security team’s own Mailman list (cert-team@lists.reader.example, hosted by a list provider under the organisation’s name) with "From: Robin Reader <robin@reader.example>", a colleague and list member: Mailman 2.1 takes a post’s membership from its From, so the post goes out as Robin’s, From unchanged (the author’s domain is the list’s own, so no DMARC munging), envelope cert-team-bounces@lists.reader.example, which SPF passes for and which aligns with reader.example. It carries statement.eml, a forged delivery of the bank’s notice by mx.reader.example (SPF and DMARC pass "recorded"). vouches() (lib/attached.ts) lets a list re-send vouch when the list is of the From’s organisation and the From is unchanged: the report authenticates for reader.example and is delivered to security@reader.example, so the outsider’s forged lines are read as the box’s. The list host’s own line below says the post came from 198.51.100.66, mail.attacker.example. Wanted: not trusted',
    class: 'probe24-attached-own-list',
    args: ATTACHED_BOX,
    eml: report(`Robin Reader <robin@${READER_DOMAIN}>`),
    zone,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe24-att-own-list-outsider-from-control',
    about:
      'Control: the same post through the organisation’s list under the outsider’s own From (jo.park@attacker.example): a list’s re-send of an author outside the list’s organisation is the author’s report, so only the original’s signatures count and the unsigned bank notice fails DMARC. Wanted: spoofed (holds today)',
    class: 'probe24-attached-own-list',
    args: ATTACHED_BOX,
    eml: report('Jo Park <jo.park@attacker.example>'),
    zone,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe24-att-own-list-on-reader-box-forged-colleague-control',
    about:
      'Control: the forged-colleague post of the first case through a Mailman the organisation runs itself, lists.reader.example (203.0.113.30, its reverse name forward-confirmed): the origin walk goes down past the receiver’s own host to the list host’s line, so the report’s entry is 198.51.100.66, whose SPF fails for lists.reader.example: the report does not authenticate, vouches nothing, and the unsigned bank notice fails DMARC. Wanted: spoofed (holds today)',
    class: 'probe24-attached-own-list',
    args: ATTACHED_BOX,
    eml: report(`Robin Reader <robin@${READER_DOMAIN}>`, lists),
    zone: { ...zone, ...ptr(listIp, lists) },
    expect: SPOOFED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
