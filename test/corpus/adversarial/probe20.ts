// Red-team probes, twentieth round (December 2026): the rules as they stand after 3e23360.
// - lib/auth/list-restore.ts bodyCandidates: a "footer" is any block of lines that ends at the end
//   of the body or at the closing MIME delimiter. A block that is a MIME part of its own is taken
//   for a list's footer part whatever it is: a new last alternative of multipart/alternative (the
//   one mail apps show), an HTML attachment, or, when the signer left Content-Type out of h=, a part
//   that turns the whole signed text into an unseen preamble. Mailman and Sympa add only an inline
//   text/plain part, and only to multipart/mixed (control kept).
// - Concerns beside the newer excuses: a replayed genuine notice with the attacker's unsigned
//   Reply-To reads "suspicious"; adding a gateway tag ("[EXTERNAL] "), list dress with a footer, or
//   passing it through the reader's link-rewriting Mimecast makes it "unverified", and through a
//   Mimecast the reader trusts, "authenticated" (a new Subject under a thin signature too).
//   reply-to.ts and subject.ts ask only the signatures our own check passed (and Exchange Online's
//   entry record), and decideVerdict weighs concerns beside changed-after-entry only.
// - lib/message/received.ts fromSide: CommuniGate Pro's `from [IP] (HELO name)` with a HELO that
//   closes its own comment and adds `([bank IP])`, read as qmail's trailing TCP record.
// - Held (regression cases): a second Reply-To above a once-signed one (RFC 6376 §8.15); UTF-7
//   display names inside quotes, as a fullwidth at sign, and as a folded run of three words.
// Read, no new case: duplicate Subject/To/From (strict.ts, probe6, probe10 hold), the subject-tag
// restore's decoded and ISO-2022-JP forms (a full verification leaves only the tag's words to the
// sender), OpenSMTPD's [local] (needs the receiver's own line with no address), MDaemon's row
// (probe16), ownOrganisation's `for` (read only on a local origin), detectProfile (reads only the
// topmost Received), the ARC cv=fail recorder (only ever stricter). Earlier rounds' NAT/proxy,
// --attached and key-gone cases are not repeated. Every case's meta says the attack and what is
// wanted.

import { type CaseExpectation, signCorpus } from '../../helpers/corpus';
import { mimecastReceived, rewriteBody, sealAs } from '../gateway-layouts';
import {
  ARGS,
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_IP,
  BANK_KEY,
  fromAttacker,
  KEY,
  NOT_TRUSTED,
  type Probe,
  ptr,
  RECEIVER,
  SIGNED,
  SIGNED_NO_REPLY_TO,
  SPOOFED,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twentieth round's report). Each comment: what it reads, what it should, which
 * rule, the fix proposed and its risk.
 */
// Fixed at 04:3x on 2026-12-04 (each now in the corpus): a list-footer block holding a MIME
// delimiter is taken only as an inline text/plain part added to a multipart/mixed, under a
// signature covering Content-Type (lib/auth/list-restore.ts); an unsigned Reply-To or Subject counts
// beside the restored, gateway-recorded and forwarder-recorded signatures, and a medium concern
// beside forwarded-trusted, changed-by-list and gateway-recorded-pass makes the message suspicious
// (lib/findings/dkim-tags.ts vouchingSignatures, reply-to.ts, subject.ts, verdict.ts); CommuniGate
// Pro's from-word is its record (lib/message/received.ts). The thin-signature replay through the
// trusted gateway was wanted "suspicious", but reads as it does without the gateway: authenticated
// with a low subject-unsigned (a signed To outside the sender's organisation lowers it: rw10).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

type Case = Probe & { eml: string; zone: Record<string, unknown>; args: string[] };

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    zone: c.zone,
    meta: { about: c.about, class: c.class, args: c.args, expect: c.expect },
  });
}

const LURE_SUBJECT = 'Subject: Card blocked: call +1 555 0100 now';
const LURE_REPLY_TO = 'Reply-To: Northbank Card Team <northbank.cards@attacker.example>';

/** The bank's genuine notice with a Reply-To of its own, signed over SIGNED (Subject and Reply-To once each). */
function bankNotice(): Promise<string> {
  return signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Your statement is ready',
      messageId: '<stmt-20261120-77120@northbank.example>',
      extraHeaders: ['Reply-To: Northbank Support <support@northbank.example>'],
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED },
  );
}

/** Puts `line` above the first header field named `name` (the attacker's duplicate, read first). */
function above(raw: string, name: string, line: string): string {
  const at = raw.search(new RegExp(`^${name}:`, 'mi'));
  if (at < 0) throw new Error(`no ${name}`);
  return `${raw.slice(0, at)}${line}\r\n${raw.slice(at)}`;
}

const ZONE = { ...BANK, ...BANK_KEY, ...authenticZone('attacker.example', ATTACKER_IP) };

const direct = (raw: string) =>
  onTop(raw, 'Return-Path: <bounce@attacker.example>', fromAttacker('attacker.example'));

export async function makeAll(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe20-dup-reply-to-above-once-signed',
    about:
      "The bank's genuine notice carries its own Reply-To (support@northbank.example), signed once (h= names reply-to once, not oversigned). The attacker replays it from its own server with a second Reply-To on top (northbank.cards@attacker.example), which mail apps answer to, while DKIM verifies over the bottom one. RFC 6376 §8.15: a single-occurrence field present more often than h= lists it makes the signature a permanent error (lib/auth/dkim-strict.ts addedFieldProblem); strict.ts tries the same with Subject. Wanted: spoofed (holds today)",
    class: 'probe20-duplicate-field',
    args: ARGS,
    eml: direct(above(await bankNotice(), 'Reply-To', LURE_REPLY_TO)),
    zone: ZONE,
    expect: SPOOFED,
  });
  await mimeFooters(write);
  await concernsBesideExcuse(write);
  communigateHeloBlanks(write);
  await utf7Names(write);
}

// ---------------------------------------------------------------------------------------------
// A "footer" that is a MIME part of its own (lib/auth/list-restore.ts bodyCandidates)
// ---------------------------------------------------------------------------------------------

const LIST_DRESS = [
  'List-Id: Northbank customers <customers.lists.attacker.example>',
  'List-Post: <mailto:customers@lists.attacker.example>',
  'List-Unsubscribe: <mailto:customers-leave@lists.attacker.example>',
];
const LIST_ENTRY = fromAttacker('attacker.example');
const viaList = (raw: string) =>
  onTop(raw, 'Return-Path: <customers-bounces@lists.attacker.example>', LIST_ENTRY, ...LIST_DRESS);

/** The bank's genuine notice as most bulk senders write it: text and HTML alternatives, signed over SIGNED. */
function bankAlternative(): Promise<string> {
  const b = 'nb-alt-5c1e9a';
  return signCorpus(
    [
      'From: Northbank <alerts@northbank.example>',
      'To: Robin Reader <robin@reader.example>',
      'Subject: Your statement is ready',
      'Date: Fri, 20 Nov 2026 10:00:00 +0000',
      'Message-ID: <stmt-20261120-77121@northbank.example>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/alternative; boundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Your November statement is ready in online banking.',
      '',
      `--${b}`,
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Your November statement is ready in online banking.</p></body></html>',
      '',
      `--${b}--`,
      '',
    ].join('\r\n'),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED },
  );
}

/** Puts `part` (lines, without its delimiter) as a last part before the closing delimiter `--b--`. */
function lastPart(raw: string, boundary: string, part: string[]): string {
  const close = raw.lastIndexOf(`--${boundary}--`);
  if (close < 0) throw new Error('no closing delimiter');
  return `${raw.slice(0, close)}${[`--${boundary}`, ...part, ''].join('\r\n')}${raw.slice(close)}`;
}

const LURE_HTML = [
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><p><b>Your card has been blocked.</b> To avoid a fee, confirm your card today at',
  '<a href="https://northbank-secure.example/confirm">online banking</a> or call +1 555 0100.</p></body></html>',
  '',
];

/** The bank's notice with its statement attached as a PDF (multipart/mixed), signed over SIGNED or `headerList`. */
function bankMixed(headerList = SIGNED): Promise<string> {
  const b = 'nb-mix-7d20f4';
  return signCorpus(
    [
      'From: Northbank <alerts@northbank.example>',
      'To: Robin Reader <robin@reader.example>',
      'Subject: Your statement is ready',
      'Date: Fri, 20 Nov 2026 10:00:00 +0000',
      'Message-ID: <stmt-20261120-77122@northbank.example>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Your November statement is attached.',
      '',
      `--${b}`,
      'Content-Type: application/pdf; name="statement-2026-11.pdf"',
      'Content-Disposition: attachment; filename="statement-2026-11.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9S',
      'b290IDEgMCBSPj4KJSVFT0YK',
      '',
      `--${b}--`,
      '',
    ].join('\r\n'),
    { domain: 'northbank.example', selector: 'nb1', headerList },
  );
}

/** Mailman's footer part (msg_footer, added as a last text/plain part of a multipart/mixed post). */
const MAILMAN_FOOTER = [
  'Content-Type: text/plain; charset="us-ascii"',
  'MIME-Version: 1.0',
  'Content-Transfer-Encoding: 7bit',
  'Content-Disposition: inline',
  '',
  '_______________________________________________',
  'Customers mailing list',
  'customers@lists.attacker.example',
  'https://lists.attacker.example/mailman/listinfo/customers',
  '',
];

async function mimeFooters(write: CaseWriter): Promise<void> {
  const alt = await bankAlternative();
  emit(write, {
    name: 'probe20-list-footer-new-html-alternative',
    about:
      'The bank\'s genuine notice as bulk senders write it, multipart/alternative (text, then HTML), signed over Content-Type. The attacker replays it from its own server dressed as a list post (List-Id, List-Post, List-Unsubscribe at lists.attacker.example, a -bounces envelope) with a third alternative inserted before the closing delimiter: a text/html part of its own ("Your card has been blocked … confirm … call"). Mail apps show the last alternative they can render, so the reader sees only the attacker\'s HTML. bodyCandidates (lib/auth/list-restore.ts) takes the inserted part for a list\'s footer part (a block ending at the closing delimiter), the bank\'s signature verifies without it, and the reading is list-modified, "a footer of 265 bytes": unverified. No list adds an alternative: Mailman and Sympa add a text/plain part to multipart/mixed and wrap any other multipart in a new multipart/mixed (a new top-level Content-Type). Wanted: not trusted',
    class: 'probe20-list-footer-part',
    args: ARGS,
    eml: viaList(lastPart(alt, 'nb-alt-5c1e9a', LURE_HTML)),
    zone: ZONE,
    expect: NOT_TRUSTED,
  });
  const mixed = await bankMixed();
  emit(write, {
    name: 'probe20-list-footer-new-attachment-part',
    about:
      "The bank's notice with its statement PDF (multipart/mixed, signed over Content-Type), replayed as a list post with a last part added before the closing delimiter: an HTML attachment \"Card-verification.html\" (Content-Disposition: attachment) holding the lure form. list-restore takes it for the list's footer part and the reading is unverified (changed-by-list), the bank's signature vouching for a message whose attachment is the attacker's. A list's footer part is inline text/plain (Mailman's msg_footer, Sympa's footer part). Wanted: not trusted",
    class: 'probe20-list-footer-part',
    args: ARGS,
    eml: viaList(
      lastPart(mixed, 'nb-mix-7d20f4', [
        'Content-Type: text/html; charset=utf-8; name="Card-verification.html"',
        'Content-Disposition: attachment; filename="Card-verification.html"',
        ...LURE_HTML.slice(1),
      ]),
    ),
    zone: ZONE,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe20-list-footer-mailman-text-part-control',
    about:
      'Control: the same multipart/mixed notice through a list that adds Mailman\'s footer as a last inline text/plain part ("Customers mailing list … listinfo"): the accepted list residual, the bank\'s signature verifies once the part is undone. Wanted: unverified with list-modified (holds today; a fix for the two probes above must keep it)',
    class: 'probe20-list-footer-part',
    args: ARGS,
    eml: viaList(lastPart(mixed, 'nb-mix-7d20f4', MAILMAN_FOOTER)),
    zone: ZONE,
    expect: { verdict: 'unverified', findings: ['list-modified'] },
  });
  // A signer that leaves Content-Type out of h= (From, To, Subject, Date, Message-ID only).
  const thinCt = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      messageId: '<stmt-20261120-77123@northbank.example>',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    {
      domain: 'northbank.example',
      selector: 'nb1',
      headerList: ['from', 'to', 'subject', 'date', 'message-id'],
    },
  );
  const preamble = thinCt
    .replace('Content-Type: text/plain; charset=utf-8', 'Content-Type: multipart/alternative; boundary="p20"')
    .concat(['--p20', ...LURE_HTML, '--p20--', ''].join('\r\n'));
  emit(write, {
    name: 'probe20-list-footer-unsigned-content-type-preamble',
    about:
      'The bank signs From, To, Subject, Date and Message-ID but not Content-Type (a thin signer). The attacker replays its single-part text notice, changes Content-Type to multipart/alternative; boundary="p20" and appends a "footer" of one text/html part and the closing delimiter: the bank\'s whole text is now the MIME preamble, which no mail app shows, and the reader sees only the lure. list-restore removes the appended block, the signature verifies (Content-Type is not signed) and the reading is list-modified: unverified. Wanted: not trusted',
    class: 'probe20-list-footer-part',
    args: ARGS,
    eml: viaList(preamble),
    zone: ZONE,
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// A concern beside the list and tag excuses (lib/findings/verdict.ts decideVerdict)
// ---------------------------------------------------------------------------------------------

async function concernsBesideExcuse(write: CaseWriter): Promise<void> {
  // The bank's notice, signed without Reply-To (the attacker's Reply-To goes in unsigned).
  const genuine = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      messageId: '<stmt-20261120-77124@northbank.example>',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED_NO_REPLY_TO },
  );
  const withReplyTo = onTop(genuine, LURE_REPLY_TO);
  emit(write, {
    name: 'probe20-replay-reply-to-added-control',
    about:
      "Control: the bank's genuine notice, signed without Reply-To, replayed from the attacker's server with the attacker's Reply-To added (northbank.cards@attacker.example). DMARC passes on the bank's signature, reply-to-other-org is medium (the Reply-To is not signed): authenticated-with-concerns. Wanted: suspicious (holds today)",
    class: 'probe20-concern-beside-excuse',
    args: ARGS,
    eml: direct(withReplyTo),
    zone: ZONE,
    expect: { verdict: 'suspicious', findings: ['reply-to-other-org'] },
  });
  emit(write, {
    name: 'probe20-replay-reply-to-added-external-tag',
    about:
      'The same replay with "[EXTERNAL] " written in front of its Subject by the attacker: the bank\'s signature now fails, is restored once the tag is undone (subject-tag-added: a gateway\'s words) and the verdict is changed-by-list, unverified. Adding the tag turns "suspicious" into "unverified": reply-to-other-org drops to low because replyToUnsigned (lib/findings/reply-to.ts) counts only signatures our check passed, not the restored one, and decideVerdict (lib/findings/verdict.ts) weighs concerns beside the changed-after-entry excuse only, not beside changed-by-list. Wanted: not trusted (suspicious, as the replay reads untagged)',
    class: 'probe20-concern-beside-excuse',
    args: ARGS,
    eml: direct(withReplyTo.replace('Subject: Your statement', 'Subject: [EXTERNAL] Your statement')),
    zone: ZONE,
    expect: { ...NOT_TRUSTED, findings: ['reply-to-other-org'] },
  });
  emit(write, {
    name: 'probe20-replay-reply-to-added-list-footer',
    about:
      'The same replay dressed as a list post with a footer appended (the list residual), the Reply-To at attacker.example outside both the bank and the list: list-modified, unverified, reply-to-other-org low for the same two reasons as the tagged replay. Wanted: not trusted (suspicious)',
    class: 'probe20-concern-beside-excuse',
    args: ARGS,
    eml: viaList(`${withReplyTo}-- \r\nCustomers list: https://lists.attacker.example/customers\r\n`),
    zone: ZONE,
    expect: { ...NOT_TRUSTED, findings: ['reply-to-other-org'] },
  });
  // The same replays, with the bank's link in them, through the reader's Mimecast: Mimecast checks
  // them (DKIM passes over the unsigned field, DMARC passes), rewrites the link and seals its record;
  // the box's own check then fails on the body hash.
  const thinLinked = (headerList: string[]) =>
    signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        subject: 'Your statement is ready',
        messageId: '<stmt-20261120-77125@northbank.example>',
        body: 'Your November statement is ready: https://northbank.example/statements/2026-11\r\n',
      }),
      { domain: 'northbank.example', selector: 'nb1', headerList },
    );
  const replyToAdded = onTop(await thinLinked(SIGNED_NO_REPLY_TO), LURE_REPLY_TO);
  const subjectSwapped = (
    await thinLinked(['from', 'to', 'date', 'message-id', 'mime-version', 'content-type'])
  ).replace('Subject: Your statement is ready', LURE_SUBJECT);
  const cases: Array<[string, string, string, string[], CaseExpectation]> = [
    [
      'probe20-replay-reply-to-added-via-untrusted-mimecast',
      "The same replay (the bank's notice with its statement link, signed without Reply-To, the attacker's Reply-To added) sent to a reader behind Mimecast, which the reader has not trusted with --trust-gateway: Mimecast verifies the bank's signature (DMARC pass), rewrites the link (URL Protect) and seals its record; the box's own check fails on the body hash. gateway-recorded-pass excuses the failure and the verdict is unverified, reply-to-other-org low (no signature of ours passed) and not weighed beside that excuse. Wanted: not trusted (suspicious, as the replay reads without the gateway)",
      replyToAdded,
      ARGS,
      { ...NOT_TRUSTED, findings: ['reply-to-other-org'] },
    ],
    [
      'probe20-replay-reply-to-added-via-trusted-mimecast',
      'The same Mimecast delivery read with --trust-gateway mimecast.com, as the gateway\'s customers are told to: Mimecast\'s record of the bank\'s DMARC pass is believed and the message reads "authenticated" (provider-disagreement and reply-to-other-org low only): the Reply-To no signature covers is not weighed, because vouchingSignatures (lib/findings/dkim-tags.ts) lists only signatures our own check passed and the link rewrite broke that one. Read directly, the same replay is "suspicious" (control above). Wanted: suspicious',
      replyToAdded,
      [...ARGS, '--trust-gateway', 'mimecast.com'],
      { verdict: 'suspicious', findings: ['reply-to-other-org'] },
    ],
    [
      'probe20-replay-thin-new-subject-via-trusted-mimecast',
      'A genuine bank notice signed without Subject (From, To, Date, Message-ID, MIME-Version, Content-Type), replayed under the attacker\'s Subject ("Card blocked: call +1 555 0100 now") to a reader behind a trusted Mimecast that rewrites links: "authenticated" with no subject-unsigned, for the same reason (the signature Mimecast recorded passing is not among the ones subject-unsigned asks; entryVouched does this for Exchange Online\'s record only). Read directly it reads "authenticated" with a low subject-unsigned (its signature covers a To outside the bank\'s organisation, which lowers the finding: rw10\'s Zimbra list posts). Wanted: as directly, subject-unsigned present (since 04:3x on 2026-12-04)',
      subjectSwapped,
      [...ARGS, '--trust-gateway', 'mimecast.com'],
      // Read directly, without the gateway, the same replay reads "authenticated" with a low
      // subject-unsigned (the signature covers a To outside the bank's organisation: rw10's Zimbra
      // list posts); through the trusted gateway it now reads the same, the finding present.
      { findings: ['subject-unsigned'], notVerdict: ['unverified'] },
    ],
  ];
  for (const [name, about, raw, args, expect] of cases)
    emit(write, {
      name,
      about,
      class: 'probe20-concern-beside-excuse',
      args,
      eml: await throughMimecast(raw),
      zone: {
        ...ZONE,
        'arc-2018._domainkey.mimecast.com': KEY(),
        ...ptr('198.51.100.151', 'eu-smtp-delivery-151.mimecast.com'),
      },
      expect,
    });
}

/** `raw` from the attacker's server through the reader's Mimecast (link rewritten, record sealed) to the box. */
async function throughMimecast(raw: string): Promise<string> {
  const atGateway = onTop(
    raw,
    mimecastReceived({ helo: 'mail.attacker.example', ip: ATTACKER_IP, id: 'eu-mta-31-Rk2cP8sWQaKx-1' }),
  );
  const rewritten = rewriteBody(
    atGateway,
    'https://northbank.example/statements/2026-11',
    'https://url.uk.m.mimecastprotect.com/s/Rk2cP8sWQa?domain=northbank.example',
  );
  const sealed = await sealAs(rewritten, {
    domain: 'mimecast.com',
    selector: 'arc-2018',
    cv: 'none',
    authResults: `relay.mimecast.com; dkim=pass header.d=northbank.example header.s=nb1; spf=pass (relay.mimecast.com: domain of bounce@attacker.example designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=bounce@attacker.example; dmarc=pass (policy=reject) header.from=northbank.example`,
  });
  return onTop(
    sealed,
    'Return-Path: <bounce@attacker.example>',
    `Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=attacker.example; dkim=fail (body hash did not verify) header.d=northbank.example; dmarc=fail (p=REJECT) header.from=northbank.example; arc=pass`,
    received({
      helo: 'eu-smtp-delivery-151.mimecast.com',
      rdns: 'eu-smtp-delivery-151.mimecast.com',
      ip: '198.51.100.151',
      by: RECEIVER,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// CommuniGate Pro's `from [IP] (HELO name)` with a HELO that closes its own comment
// ---------------------------------------------------------------------------------------------

function communigateHeloBlanks(write: CaseWriter): void {
  const cgp = 'mail.hs-altstadt.example';
  const rcpt = 'pruefungsamt@hs-altstadt.example';
  const spoof = submitted({
    from: 'Northbank Security <security@northbank.example>',
    to: `Pruefungsamt <${rcpt}>`,
    subject: 'Rückbuchung der Semestergebühr: bitte Karte bestätigen',
    date: 'Fri, 20 Nov 2026 10:00:00 +0100',
    body: 'Die Lastschrift wurde zurückgegeben. Bitte bestätigen Sie Ihre Karte: https://northbank-secure.example/karte\r\n',
  });
  const cgpLine = (client: string) =>
    `Received: from ${client}\r\n  by ${cgp} (CommuniGate Pro SMTP 6.3.19)\r\n  with ESMTPS id 46281403 for ${rcpt}; Fri, 20 Nov 2026 10:00:05 +0100`;
  const deliver = (line: string) => onTop(spoof, 'Return-Path: <security@northbank.example>', line);
  emit(write, {
    name: 'probe20-cgp-helo-closes-comment-bank-literal',
    about:
      'A university on CommuniGate Pro 6.3, which writes an unresolved client as "from [IP] (HELO name)" (probe17). The attacker connects from 198.51.100.66 with MAIL FROM:<security@northbank.example> and the HELO argument "mail.attacker.example) ([192.0.2.10]", blanks and parentheses included, so the line reads "from [198.51.100.66] (HELO mail.attacker.example) ([192.0.2.10]) by mail.hs-altstadt.example (CommuniGate Pro SMTP 6.3.19)". fromSide (lib/message/received.ts) skips the HELO comment, then takes the last address-bearing comment as the receiver\'s TCP record, as qmail writes it: the entry\'s address is the bank\'s, SPF and DMARC pass, "authenticated". (Whether CommuniGate Pro prints a HELO argument with blanks and parentheses as sent is not confirmed from a public copy; Postfix and qmail do keep blanks.) Wanted: spoofed (the from-word is CommuniGate\'s record)',
    class: 'probe20-received-helo-comment',
    args: ['--authserv-id', cgp],
    eml: deliver(cgpLine(`[${ATTACKER_IP}] (HELO mail.attacker.example) ([${BANK_IP}])`)),
    zone: BANK,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe20-qmail-helo-closes-comment-control',
    about:
      'Control: qmail\'s form of the same HELO, "from unknown (HELO mail.attacker.example) ([192.0.2.10]) (198.51.100.66) by mx.reader.example with SMTP": qmail writes its own record after the HELO, last, and that one counts. Wanted: spoofed (holds today)',
    class: 'probe20-received-helo-comment',
    args: ARGS,
    eml: onTop(
      spoof,
      'Return-Path: <security@northbank.example>',
      'Received: (qmail 28412 invoked by uid 89); 20 Nov 2026 09:00:05 -0000',
      `Received: from unknown (HELO mail.attacker.example) ([${BANK_IP}]) (${ATTACKER_IP})\r\n  by ${RECEIVER} with SMTP; 20 Nov 2026 09:00:05 -0000`,
    ),
    zone: BANK,
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// UTF-7 display names in forms probe12/13/15 did not try (lib/message/utf7.ts)
// ---------------------------------------------------------------------------------------------

async function utf7Names(write: CaseWriter): Promise<void> {
  const forms: Array<[string, string, string]> = [
    [
      'probe20-utf7-quoted-display-name-bank-address',
      '"=?utf-7?q?security+AEA-northbank.example?=" <notice@attacker.example>',
      'The attacker\'s fully authenticated domain with a UTF-7 encoded-word inside a quoted display name ("=?utf-7?q?security+AEA-northbank.example?="): RFC 2047 §5 forbids decoding there, but Outlook and Thunderbird decode it, showing security@northbank.example. Wanted: not trusted (holds today: display-name-address)',
    ],
    [
      'probe20-utf7-fullwidth-at-bank-address',
      '=?utf-7?b?c2VjdXJpdHkrL3lBLW5vcnRoYmFuay5leGFtcGxl?= <notice@attacker.example>',
      'A UTF-7 B word whose text shifts to U+FF20 FULLWIDTH COMMERCIAL AT ("security+/yA-northbank.example"): the name reads security＠northbank.example. Wanted: not trusted (holds today: display-name-address)',
    ],
    [
      'probe20-utf7-folded-run-three-words',
      '=?utf-7?q?sec?=\r\n =?utf-7?q?urity+AE?=\r\n\t=?utf-7?q?A-northbank.example?= <notice@attacker.example>',
      'The shifted @ cut across three adjacent UTF-7 words on three folded lines (CRLF SP, CRLF TAB between them): the run is joined as one (lib/message/utf7.ts RUN). Wanted: not trusted (holds today: display-name-address)',
    ],
  ];
  for (const [name, from, about] of forms) {
    const signed = await signCorpus(submitted({ from, subject: 'Action required on your account' }), {
      domain: 'attacker.example',
      selector: 's1',
    });
    emit(write, {
      name,
      about,
      class: 'probe20-encoded-word-utf7',
      args: ARGS,
      eml: direct(signed),
      zone: ZONE,
      expect: NOT_TRUSTED,
    });
  }
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
