// Red-team probes, round 151: stacked exemptions, each tested alone before, put together so that
// a forgery might read authenticated or unverified. Read on the reader's own box (Postfix at
// mx.reader.example) and with no options.
// - A list restore (lib/auth/list-restore.ts withListRestore, `changed-by-list`) beside a subject
//   tag undone and a second signature of the bank's with `l=` (RFC 6376 §3.5), whose unsigned
//   tail carries the lure: the attacker holds a genuine notice the bank signed twice (its full
//   signature and a length-limited one, as some ESPs' MTAs add), tags it, appends the lure and
//   delivers it as a post of his own list (List-Id, List-Post, List-Unsubscribe at his list host,
//   which his SPF passes). withListRestore skips `l=` signatures (`!d.bodyLength`), so the tagged
//   `l=` signature stays broken and only the full one is restored, with the lure undone as the
//   list's "footer".
// - The mbox-unquote re-check (lib/auth/mbox-quoting.ts) on that same genuine notice saved out of
//   Thunderbird with `>From ` lines, replayed from the attacker's own list.
// Controls: Alice Martin's genuine post to a Mailman list (lists.example.org) with its tag and
// footer, signed the same two ways; the bank's genuine notice straight from its server.
// Where the layouts were learnt: Mailman 2.1's fields and footer as list-shapes.ts writes them
// (docs.mailman3.org, "Cooking headers"; "DMARC Mitigations"); `l=` signatures as RFC 6376 §8.2
// describes the append attack and as probe8 and rounds-kit's LIST_DRESS used them; mbox `>From `
// quoting as lib/auth/mbox-quoting.ts cites it (mboxo/mboxrd, Thunderbird's store). Names and
// addresses are documentation ones; every key is the corpus key.
import { signCorpus } from '../../helpers/corpus';
import { appendBody, tagSubject } from '../edits';
import {
  ARGS,
  AUTHENTICATED,
  authenticZone,
  BANK,
  emitCase,
  fromAttacker,
  fromBank,
  KEY,
  NOT_TRUSTED,
  SIGNED_NO_REPLY_TO,
} from '../kit';
import { mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  authorZone,
  fromListHost,
  LIST_AUTHOR,
  LIST_DRESS,
  LIST_HOST,
  LIST_ZONE,
  LISTED,
  listPost,
  probeCorpus,
  viaAttackerList,
} from '../rounds-kit';

const BODY =
  'Dear customer,\r\n\r\nYour November statement is ready in online banking.\r\nFrom today, statements are kept for seven years.\r\n\r\nNorthbank\r\n';
const LURE =
  '\r\nAction needed: your card was suspended. Restore it within 24 hours at\r\nhttps://northbank-secure.example/restore\r\n';
const ZONE = {
  ...BANK,
  'nb1._domainkey.northbank.example': KEY(),
  'nb2._domainkey.northbank.example': KEY(),
  ...authenticZone('attacker.example', '198.51.100.66'),
  'lists.attacker.example': { TXT: ['v=spf1 ip4:198.51.100.66 -all'] },
};

/** The bank's genuine notice, signed in full (nb1) and again with l= over the whole body (nb2). */
async function twiceSigned(body = BODY): Promise<string> {
  const raw = submitted({
    from: 'Northbank <alerts@northbank.example>',
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Your statement is ready',
    messageId: '<stmt-20261120-15101@northbank.example>',
    body,
  });
  const full = await signCorpus(raw, {
    domain: 'northbank.example',
    selector: 'nb1',
    headerList: SIGNED_NO_REPLY_TO,
  });
  return signCorpus(full, {
    domain: 'northbank.example',
    selector: 'nb2',
    headerList: SIGNED_NO_REPLY_TO,
    maxBodyLength: Buffer.byteLength(body),
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const genuine = await twiceSigned();
  const base = { class: 'stacked-exemptions', args: ARGS };

  // Control: the genuine notice straight from the bank's server.
  emitCase(write, {
    ...base,
    name: 'probe151-control-bank-notice-two-signatures',
    about: "The bank's genuine notice, signed in full and with l=, from its own server: authenticated.",
    eml: onTop(genuine, 'Return-Path: <security@northbank.example>', fromBank()),
    zone: ZONE,
    expect: AUTHENTICATED,
    twin: true,
  });

  // Attack 1: tag + l= tail lure + the attacker's list dress.
  emitCase(write, {
    ...base,
    name: 'probe151-attacker-list-tag-l-tail-lure',
    about:
      "The bank's genuine two-signature notice, tagged '[Northbank customers] ', the lure appended after l=, posted through the attacker's own list: the full signature restores with the lure undone as a footer; the l= one stays broken by the tag. Must not read unverified.",
    eml: viaAttackerList(appendBody(tagSubject(genuine, '[Northbank customers] '), LURE)),
    zone: ZONE,
    expect: NOT_TRUSTED,
    twin: true,
  });

  // Attack 2: no tag; the l= signature passes with the appended lure, the full one breaks.
  emitCase(write, {
    ...base,
    name: 'probe151-attacker-list-untagged-l-tail-lure',
    about:
      "The same notice untagged, the lure appended: the l= signature passes with text after its length (dkim-body-length), the full one is restored with the lure undone as the list's footer. Must not read unverified or authenticated.",
    eml: viaAttackerList(appendBody(genuine, LURE)),
    zone: ZONE,
    expect: NOT_TRUSTED,
    twin: true,
  });

  // Attack 3: the same with a Reply-To at the attacker's list posting address.
  emitCase(write, {
    ...base,
    name: 'probe151-attacker-list-tag-l-tail-reply-to-list-post',
    about:
      "Attack 1 with Reply-To at the attacker's list's posting address (the list's own Reply-To is excused when restored): replies reach the attacker.",
    eml: viaAttackerList(
      appendBody(
        tagSubject(genuine, '[Northbank customers] ').replace(
          /^Subject: /m,
          'Reply-To: customers@lists.attacker.example\r\nSubject: ',
        ),
        LURE,
      ),
    ),
    zone: ZONE,
    expect: NOT_TRUSTED,
  });

  // Attack 4: mbox-quoted copy of the genuine notice (>From), replayed through the attacker's list
  // with the lure appended after l=.
  const quoted = genuine.replace('\r\nFrom today,', '\r\n>From today,');
  emitCase(write, {
    ...base,
    name: 'probe151-attacker-list-mbox-quoted-l-tail-lure',
    about:
      "The genuine notice as saved from Thunderbird's mbox (>From quoting), the lure appended after the l= length, through the attacker's list: the unquote re-check verifies the full signature, the l= one hashes a quoted body.",
    eml: viaAttackerList(appendBody(quoted, LURE)),
    zone: ZONE,
    expect: NOT_TRUSTED,
    twin: true,
  });

  // Attack 5: the lure in an attacker-written footer plus the subject tag, list dress only: the
  // plain list replay shape with both signatures.
  emitCase(write, {
    ...base,
    name: 'probe151-attacker-list-tag-lure-footer-dress-only',
    about:
      "Attack 1 with the attacker's list dress written by hand (no list bounce envelope): list evidence only from List-Id/List-Post.",
    eml: onTop(
      appendBody(tagSubject(genuine, '[Northbank customers] '), LURE),
      'Return-Path: <bounce@attacker.example>',
      fromAttacker('attacker.example'),
      ...LIST_DRESS,
    ),
    zone: ZONE,
    expect: NOT_TRUSTED,
  });

  // Control: Alice's genuine list post, signed the same two ways, tagged and footered by Mailman.
  const aliceBody = 'Hi all,\r\n\r\nthe meeting moves to Thursday.\r\n\r\nAlice\r\n';
  const alice1 = await signCorpus(listPost('Meeting moved', `devel@${LIST_HOST}`, aliceBody), {
    domain: LIST_AUTHOR,
    selector: 's1',
    headerList: SIGNED_NO_REPLY_TO,
  });
  const alice = await signCorpus(alice1, {
    domain: LIST_AUTHOR,
    selector: 's2',
    headerList: SIGNED_NO_REPLY_TO,
    maxBodyLength: Buffer.byteLength(aliceBody),
  });
  const mailman = onTop(
    appendBody(tagSubject(alice, '[Devel] '), mailmanFooter('devel', LIST_HOST, 'Devel')),
    `Return-Path: <devel-bounces@${LIST_HOST}>`,
    fromListHost('4Zr151Ab1cz1'),
    ...mailmanHeaders('devel', LIST_HOST, 'Devel'),
  );
  emitCase(write, {
    ...base,
    name: 'probe151-control-mailman-tag-footer-two-signatures',
    about:
      "Alice's genuine post (p=reject author, signed in full and with l=) through Mailman with its tag and footer: the list's changes undone, unverified (list-modified), never spoofed.",
    eml: mailman,
    zone: {
      ...LIST_ZONE,
      ...authorZone(LIST_AUTHOR, 'p=reject'),
      [`s2._domainkey.${LIST_AUTHOR}`]: KEY(),
    },
    expect: LISTED,
    twin: true,
  });
}

/** Cases HeaderLens reads wrong today. */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
