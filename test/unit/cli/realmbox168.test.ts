// Real-mail round 168: GENUINE mailbox exports through `headerlens inspect export.mbox` (batch
// inspect), after the 17:50 rework of lib/cli/batch/mbox.ts (a Content-Length is believed when its
// count ends where a message ends; a "From " line inside a multipart whose closing delimiter has not
// come splits, and what follows is marked "not analysed" until it closes). Same in-process harness
// as redteam173.test.ts: expandInputs, then analyseJob with the JSON Lines format.
// Every file below is built as its writer writes it, from genuine bank notices signed with the
// corpus key and delivered by the reader's Postfix/Dovecot box; each test checks that every message
// comes out once, in order, whole (its DKIM signature still verifies), and none is "not analysed".
// The tests written as `test.fails` are genuine files HeaderLens splits wrong today; above each:
// what comes out, the function at fault and the smallest fix (all keep redteam173 passing).
//
// Where the layouts come from (`search`):
// - Thunderbird's own store: comm-central mailnews/base/src/MboxMsgOutputStream.h ("Uses reversible
//   "From " escaping, as per mboxrd … ">>>>From here..." => ">>>>>From here...""; an EOL added to
//   an unterminated last line); "From - <date>" separators with X-Mozilla-Status, X-Mozilla-Status2
//   (ImportExportTools NG issues 329, 766, 455, 419; MimeKit PR 360: "Thunderbird uses `From -`").
// - Thunderbird exported by ImportExportTools NG: issue 329 (the next "From - Tue Jul 05 18:44:15
//   2022" / X-Mozilla-Status line follows the closing "--0000000000008a788d05e2ff6cd5--" with NO
//   empty line), issue 460 (v14 export: the separator ends with a bare LF, the message keeps its
//   CRLF), issue 766 (Mac export: a ">From - Sat Apr 12 2025 15:59:28" line as the message's first
//   line under a real "From nytdirect@nytimes.com Fri Apr 11 15:36:11 2025" separator).
// - Gmail Takeout: separators "From 1869546606810630443@xxx Wed Jul 01 20:43:02 +0000 2026" then
//   X-GM-THRID and X-Gmail-Labels (fixtures in public Takeout parsers, found with find_string
//   "@xxx Wed"); "Google outputs the mbox in DOS-style with CRLF line terminators"
//   (vivdiwakar/GSuite ParseGmailMboxToMaildir README); Gmail quotes "From " lines with ">"
//   (import-export-tools-ng issue 145). Google Groups in Takeout: the same envelope form,
//   "Apr 16 09:53:04 +0000 2015" (dcarrero/mboxshell tests/google_groups_tests.rs).
// - Dovecot mbox: Content-Length, Status, X-UID, X-Keywords, X-IMAPbase (dovecot
//   MailboxFormat.mbox.txt, "From Escaping", "Mbox Variants"; Racket mboxrd-read: "dovecot actually
//   uses mboxcl2"); Lines as mutt issue 433's mbox; no From quoting.
// - Postfix local(8) / procmail / mutt (mboxo: "From " quoted, ">From" left alone), the GNOME list
//   archive chaoss/grimoirelab-perceval tests/data/mbox/mbox_complex.mbox (Postfix delivery, a
//   body line ">>>From the 2.3M + 17M MO files …" as the sender wrote it), iceworks.cc "MBox mail
//   format" (mboxo "leading to an unfaithful reproduction of the message"), apache/ponymail issue
//   212 (Python's mailbox escapes on output and does not un-escape).
// - Mailman 2 pipermail archive downloads: "From user at example.com  <date>" separators and
//   obfuscated From fields (sailuh/kaiaulu pipermail downloader, MartinThoma "How to analyze Mailman
//   archives"); Eudora's "From ???@??? Fri Mar 10 09:04:22 1995" with CRLF (Eudora pop.cpp, quoted
//   in a public .mbx reader's notes).
// - Multiparts without their closing delimiter in genuine mail: emersion/go-message issue 129
//   ("lots of malformed messages … missing the final boundary"; "an email composed by myself with
//   Roundcube webmail 1.4.11"), mjl-/mox issue 315, MailCore/mailcore2 issue 122, staktrace/
//   mailparse PR 22 ("I encounter such multipart emails quite frequently"). Transport padding after
//   a closing delimiter: RFC 2046 §5.1.1 (php-mime-mail-parser issue 470 quotes it).
// Names and addresses are documentation ones; every key is the corpus test key.
import { beforeAll, describe, expect, it } from 'vitest';
import { BANK, BANK_KEY, RECEIVER } from '../../corpus/kit';
import { onTop, received, submitted } from '../../corpus/messages';
import { dovecotLmtp } from '../../corpus/receivers';
import { BANK_ENVELOPE, BANK_RELAY, readerZone } from '../../corpus/rounds-kit';
import { signCorpus } from '../../helpers/corpus';
import { type TriageRow, triageHarness } from '../../helpers/triage';

const ROBIN = 'robin@reader.example';
const ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...readerZone('p=quarantine'),
  'reader.example': { TXT: ['v=spf1 ip4:203.0.113.25 -all'], MX: [{ priority: 10, exchange: RECEIVER }] },
};

type Row = TriageRow;

const { inspect, file, ready } = triageHarness(ZONE, 'headerlens-rm168-');

/** What each row says: its subject (or its error, cut), and the bank's DKIM result. */
const summary = (rows: Row[]) =>
  rows.map((r) => [
    r.subject ?? r.error?.slice(0, 40) ?? null,
    r.dkim?.find((d) => d.domain === 'northbank.example')?.result ?? null,
  ]);

// ---------------------------------------------------------------------------------------------
// The genuine messages (CRLF, as sent), each signed by the bank and delivered by the reader's box.

interface Genuine {
  subject: string;
  raw: string;
}

const CRLF = '\r\n';

async function delivered(n: number, subject: string, headers: string[], body: string): Promise<Genuine> {
  const signed = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: `Robin Reader <${ROBIN}>`,
      subject,
      date: `Fri, 20 Nov 2026 08:5${n}:00 +0000`,
      messageId: `<nb-168-${n}@northbank.example>`,
      body,
    }).replace(
      'Content-Type: text/plain; charset=utf-8\r\n',
      headers.length ? `${headers.join(CRLF)}\r\n` : '$&',
    ),
    { domain: 'northbank.example', selector: 'nb1' },
  );
  const raw = onTop(
    signed,
    `Return-Path: <${BANK_ENVELOPE}>`,
    `Delivered-To: ${ROBIN}`,
    dovecotLmtp(RECEIVER, BANK_ENVELOPE, ROBIN, `kR168${n}mVtHwAA0J78UA`, 'Fri, 20 Nov 2026 09:00:04 +0000'),
    received({
      ...BANK_RELAY,
      by: RECEIVER,
      id: `4Zr168${n}`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 09:00:03 +0000',
    }),
  );
  return { subject, raw };
}

const TEXT = ['Content-Type: text/plain; charset=utf-8'];

/** A plain notice whose body has a line "From Monday …" after an empty line (a writer must quote it). */
const fromLine = (n: number) =>
  delivered(
    n,
    `Branch hours ${n}`,
    TEXT,
    'Dear customer,\r\n\r\nFrom Monday Nov 23 at 09:30 the Harbour Street branch opens later.\r\n\r\nNorthbank\r\n',
  );

/** A body with a line ">From …" as the sender wrote it (perceval's GNOME list archive). */
const quotedFrom = (n: number) =>
  delivered(
    n,
    `Quoted archive ${n}`,
    TEXT,
    'You asked about the figures:\r\n\r\n>From the 2.3M + 17M MO files in Ubuntu 7.10, a typical session loads a subset.\r\n\r\nNorthbank\r\n',
  );

/** multipart/alternative, closed; its closing delimiter carries transport padding (RFC 2046). */
const alternative = (n: number, padding = '') => {
  const b = `00000000000068b1${n}5e2ff6cd5`;
  return delivered(
    n,
    `Statement ${n}`,
    [`Content-Type: multipart/alternative; boundary="${b}"`],
    [
      `--${b}`,
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      'Your statement is ready.',
      '',
      'From Monday Nov 23 at 09:30 statements move to the new portal.',
      '',
      `--${b}`,
      'Content-Type: text/html; charset="UTF-8"',
      '',
      '<div dir="ltr">Your statement is ready.</div>',
      '',
      `--${b}--${padding}`,
      '',
    ].join(CRLF),
  );
};

/** multipart/mixed carrying a message/rfc822 whose own multipart is closed, then the outer close. */
const nested = (n: number) => {
  const outer = `----=_Part_168${n}_outer`;
  const inner = `----=_Part_168${n}_inner`;
  return delivered(
    n,
    `Forwarded notice ${n}`,
    [`Content-Type: multipart/mixed; boundary="${outer}"`],
    [
      `--${outer}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The notice you asked for is attached.',
      '',
      `--${outer}`,
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment; filename="notice.eml"',
      '',
      'From: Northbank <alerts@northbank.example>',
      'Subject: Original notice',
      'MIME-Version: 1.0',
      `Content-Type: multipart/alternative; boundary="${inner}"`,
      '',
      `--${inner}`,
      'Content-Type: text/plain',
      '',
      'Original text.',
      `--${inner}`,
      'Content-Type: text/html',
      '',
      '<p>Original text.</p>',
      `--${inner}--`,
      '',
      `--${outer}--`,
      '',
    ].join(CRLF),
  );
};

/** A sloppy mailer's multipart/mixed that never writes its closing delimiter (signed as sent). */
const unclosed = (n: number) => {
  const b = `=_roundcube168${n}`;
  return delivered(
    n,
    `Receipt ${n}`,
    [`Content-Type: multipart/mixed; boundary="${b}"`],
    [
      `--${b}`,
      'Content-Transfer-Encoding: 7bit',
      'Content-Type: text/plain; charset=US-ASCII',
      '',
      'Your receipt is attached.',
      '',
      `--${b}`,
      'Content-Type: text/plain; name=receipt.txt',
      'Content-Disposition: attachment; filename=receipt.txt',
      '',
      'Total: 42.00',
      '',
    ].join(CRLF),
  );
};

const plain = (n: number) =>
  delivered(n, `Notice ${n}`, TEXT, 'Your November statement is ready in online banking.\r\n');

// ---------------------------------------------------------------------------------------------
// The writers.

const lines = (raw: string) => raw.replace(/\r\n$/, '').split(CRLF);
/** mboxrd: ">"s then "From " get one more ">" (Thunderbird's MboxMsgOutputStream). */
const mboxrd = (raw: string) => lines(raw).map((l) => (/^>*From /.test(l) ? `>${l}` : l));
/** mboxo: only "From " gets a ">" (Postfix local, procmail, mutt, Python's mailbox, Gmail). */
const mboxo = (raw: string) => lines(raw).map((l) => (/^From /.test(l) ? `>${l}` : l));
const time = (i: number) => `09:${String(i).padStart(2, '0')}:05`;

/** Thunderbird's local folder (CRLF, as stored from IMAP): "From - ", X-Mozilla rows, mboxrd. */
const thunderbird = (ms: Genuine[]) =>
  ms
    .map(
      (m, i) =>
        `From - Fri Nov 20 ${time(i)} 2026\r\nX-Mozilla-Status: 0001\r\nX-Mozilla-Status2: 00000000\r\nX-Mozilla-Keys: ${' '.repeat(80)}\r\n${mboxrd(m.raw).join(CRLF)}\r\n\r\n`,
    )
    .join('');

/** ImportExportTools NG v14 export: LF after the separator, the message's CRLF, no empty line between. */
const ietng = (ms: Genuine[]) =>
  ms
    .map(
      (m, i) =>
        `From - Fri Nov 20 ${time(i)} 2026\nX-Mozilla-Status: 0001\r\nX-Mozilla-Status2: 00000000\r\n${mboxrd(m.raw).join(CRLF)}\r\n`,
    )
    .join('');

/** Gmail Takeout (CRLF, X-GM-THRID and X-Gmail-Labels first, "From " quoted). */
const takeout = (ms: Genuine[]) =>
  ms
    .map(
      (m, i) =>
        `From 18495466068106304${40 + i}@xxx Fri Nov 20 ${time(i)} +0000 2026\r\nX-GM-THRID: 18495466068106304${40 + i}\r\nX-Gmail-Labels: Inbox,Opened,Category Updates\r\n${mboxo(m.raw).join(CRLF)}\r\n\r\n`,
    )
    .join('');

/** Dovecot mboxcl2: its rows at the end of the header block, Content-Length and Lines, nothing quoted. */
const dovecot = (ms: Genuine[], eol: '\n' | '\r\n' = '\n') =>
  ms
    .map((m, i) => {
      const text = m.raw.replace(/\r\n/g, eol);
      const at = text.indexOf(eol + eol);
      const head = text.slice(0, at);
      const body = text.slice(at + 2 * eol.length);
      const n = body.split(eol).length - (body.endsWith(eol) ? 1 : 0);
      const rows = [
        ...(i === 0 ? ['X-IMAPbase: 1763629205 0000000005'] : []),
        'Status: RO',
        'X-Keywords:                                                                             ',
        `X-UID: ${i + 1}`,
        `Content-Length: ${Buffer.byteLength(body)}`,
        `Lines: ${n}`,
      ];
      return `From ${BANK_ENVELOPE}  Fri Nov 20 ${time(i)} 2026${eol}${head}${eol}${rows.join(eol)}${eol}${eol}${body}${eol}`;
    })
    .join('');

/** Postfix local(8) delivery to /var/mail (LF, "From sender  date", mboxo). */
const postfixLocal = (ms: Genuine[]) =>
  ms
    .map((m, i) => `From ${BANK_ENVELOPE}  Fri Nov 20 ${time(i)} 2026\n${mboxo(m.raw).join('\n')}\n\n`)
    .join('');

beforeAll(async () => {
  await ready();
}, 60_000);

const PASS = 'pass';

describe('real-mail 168: genuine mailbox exports split whole', () => {
  it('Thunderbird local folder (mboxrd, "From - ", X-Mozilla rows, CRLF)', async () => {
    const ms = [
      await fromLine(1),
      await alternative(2, '  '),
      await nested(3),
      await quotedFrom(4),
      await plain(5),
    ];
    const rows = await inspect(file('tb/Inbox', thunderbird(ms)));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  it('Gmail Takeout and Google Groups topics.mbox (CRLF, X-GM-THRID, "From " quoted)', async () => {
    const ms = [await fromLine(1), await alternative(2), await nested(3), await plain(4)];
    const rows = await inspect(file('takeout/All mail Including Spam and Trash.mbox', takeout(ms)));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  it('Dovecot mboxcl2, LF: unquoted "From " body lines kept by Content-Length', async () => {
    const ms = [await fromLine(1), await alternative(2, ' \t'), await nested(3), await plain(5)];
    const rows = await inspect(file('dovecot/INBOX', dovecot(ms)));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  it('Dovecot mboxcl2 stored with CRLF (Content-Length in bytes of CRLF lines, UTF-8 body)', async () => {
    const utf8 = await delivered(
      6,
      'Überweisung 6',
      TEXT,
      'Grüße aus Köln.\r\n\r\nFrom Monday Nov 23 at 09:30 — neue Öffnungszeiten.\r\n',
    );
    const ms = [utf8, await fromLine(1), await alternative(2)];
    const rows = await inspect(file('dovecot/crlf', dovecot(ms, '\r\n')));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  it('Postfix local delivery (mboxo) with a closed multipart and a nested message/rfc822', async () => {
    const ms = [await fromLine(1), await alternative(2, '   '), await nested(3), await plain(4)];
    const rows = await inspect(file('spool/robin', postfixLocal(ms)));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  it('Eudora / Outlook Express "From ???@???" separators (CRLF)', async () => {
    const ms = [await fromLine(1), await alternative(2), await plain(3)];
    const text = ms
      .map((m, i) => `From ???@??? Fri Nov 20 ${time(i)} 2026\r\n${mboxo(m.raw).join(CRLF)}\r\n\r\n`)
      .join('');
    const rows = await inspect(file('eudora/In.mbx', text));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  it('Mailman 2 pipermail archive download: "From user at example.com  <date>", obfuscated From', async () => {
    const msg = (i: number, who: string, subject: string, body: string) =>
      `From ${who} at lists.example  Fri Nov 20 ${time(i)} 2026\nFrom: ${who} at lists.example (${who})\nDate: Fri, 20 Nov 2026 ${time(i)} +0000\nSubject: [club] ${subject}\nIn-Reply-To: <p${i}@lists.example>\nMessage-ID: <m${i}@lists.example>\n\n${body}\n\n`;
    const text = [
      msg(1, 'alice', 'Meeting', 'See you at 10:00.'),
      msg(2, 'bob', 'Re: Meeting', '>From the minutes of last time:\n> agreed.\n\nFine.'),
      msg(
        3,
        'carol',
        'Re: Meeting',
        'Agreed.\n-------------- next part --------------\nAn HTML attachment was scrubbed...',
      ),
    ].join('');
    const rows = await inspect(file('pipermail/2026-November.txt', text));
    // Split right; the obfuscated "alice at lists.example" is no address, so `from` is empty.
    expect(rows.map((r) => [r.subject ?? r.error, r.source.index])).toEqual([
      ['[club] Meeting', 1],
      ['[club] Re: Meeting', 2],
      ['[club] Re: Meeting', 3],
    ]);
  });

  it('an empty message (a separator with nothing after it) is one row, not "not analysed"', async () => {
    const ms = [await plain(1), await plain(2)];
    const text = `${postfixLocal([ms[0]!])}From MAILER-DAEMON  Fri Nov 20 09:30:05 2026\n\n${postfixLocal([ms[1]!])}`;
    const rows = await inspect(file('spool/empty', text));
    expect(rows).toHaveLength(3);
    expect(rows[0]!.subject).toBe(ms[0]!.subject);
    expect(rows[1]!.error ?? '').not.toMatch(/starts inside/);
    expect(rows[2]!.subject).toBe(ms[1]!.subject);
  });

  it('ImportExportTools NG on a Mac: a ">From - …" line first in each message (issue 766)', async () => {
    const ms = [await plain(1), await fromLine(2)];
    const text = ms
      .map(
        (m, i) =>
          `From ${BANK_ENVELOPE} Fri Nov 20 ${time(i)} 2026\n>From - Sat Nov 21 2026 15:59:28\nX-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n${mboxrd(m.raw).join('\n')}\n\n`,
      )
      .join('');
    const rows = await inspect(file('ietng/mac.mbox', text));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });
});

describe('real-mail 168: genuine files split wrong today', () => {
  // Today: ONE row, "Statement 1" with dkim=fail: the four messages are merged. At fault:
  // lib/cli/batch/mbox.ts Splitter.take, `if (this.prevBlank && isSeparator(line))`: IETNG v14
  // writes each "From - <date>" right after the previous message's last line (issue 329: after
  // "--0000000000008a788d05e2ff6cd5--"), no empty line. Smallest fix: remember the file's first
  // separator (Splitter field `firstForm`); a separator with no empty line before it is taken when
  // the first separator and this one are both Thunderbird's "From - <ctime>" form (or when the
  // line before it closed the message's own top-level multipart: the message is over by its MIME).
  // Why it opens nothing: Thunderbird's own store quotes body "From " lines (mboxrd), and an IETNG
  // export that does not (issue 329) already lets any body line after an empty line split;
  // mail.local / procmail -Y files (the ones that rely on the empty line) start "From sender date",
  // never "From - ". redteam173's files start "From bounce@attacker.example …": untouched.
  // Fixed at 17:55 (lib/cli/batch/mbox.ts): a file whose first separator is Thunderbird's `From - …` takes one of that form without an empty line before it.
  it('ImportExportTools NG: no empty line before the next "From - " (issue 329)', async () => {
    const ms = [await alternative(1), await plain(2), await nested(3), await plain(4)];
    const rows = await inspect(file('ietng/export.mbox', ietng(ms)));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  // Today: Notice 3, Statement 4 and Notice 5 are "not analysed: starts inside message #2" (and
  // would be to the end of the file: one sloppy receipt hides a whole Takeout). At fault: Splitter
  // .separate pushes the open boundary into `carried` whatever wrote the file. In Takeout's file
  // the carrier's own separator ("From <digits>@xxx … +0000 <year>") is Google's, and Google quotes
  // every body "From " line (issue 145), so a separator after it can only be Google's. Smallest
  // fix: in separate(), do not carry `own` when the separator line that opened the message being
  // closed matches /^From \d{15,20}@xxx /: the writer, not the sender, wrote that line, so the
  // attacker cannot choose it (redteam173's mail-merge carrier opens with "From bounce@…": still
  // marked). The same holds for any writer proven to quote (Thunderbird's own store), but only
  // Takeout's form is unambiguous (IETNG exports also write "From - " and do not always quote).
  // Fixed at 17:55 (lib/cli/batch/mbox.ts): a file whose first separator is Google Takeout's carries no open multipart (Google quotes every body "From ").
  it("Takeout: a sloppy mailer's unclosed multipart does not mark the messages after it", async () => {
    const ms = [await plain(1), await unclosed(2), await plain(3), await alternative(4), await plain(5)];
    const rows = await inspect(file('takeout/unclosed.mbox', takeout(ms)));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  // Today: Notice 3 and Notice 4 "not analysed: starts inside message #2", although message #2's
  // Content-Length was believed (its count ended on the empty line before the next separator).
  // At fault: Splitter.separate carries `own` also when the message ended by its proven count
  // (take(): `this.after !== null && isSeparator(line)`). Smallest fix: pass a flag from that
  // branch (`separate(out, counted = true)`) and carry nothing then: a count that ends exactly
  // where a message ends is the writer's (Dovecot's), so the next separator is no body line.
  // redteam173: its "lying Content-Length" is not believed (recount), its mboxcl2 carrier ends by
  // count with a CLOSED multipart: unchanged.
  // Fixed at 17:55 (lib/cli/batch/mbox.ts): a message that ends where its count said carries no open multipart.
  it('Dovecot mboxcl2: an unclosed multipart with a true Content-Length marks nothing', async () => {
    // Since 18:30 the count proves the writer from the third message on (red-team round 176).
    const ms = [await plain(1), await plain(2), await unclosed(3), await plain(4)];
    const rows = await inspect(file('dovecot/unclosed', dovecot(ms)));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  // Today: "Quoted archive 4" dkim=fail (the other messages pass): the body line ">From the 2.3M …"
  // (as perceval's GNOME archive has it) comes out as "From the 2.3M …". At fault: mbox.ts join(),
  // which takes one ">" off every ">+From " line, also inside a body whose Content-Length was
  // believed. Dovecot (mboxcl2) quotes nothing, so nothing is to be un-quoted there. Smallest fix:
  // Splitter marks the lines of a counted body (or remembers `counted` per message) and join()
  // leaves them as they are. redteam173's "mboxcl quoted" test asserts only one row and its From:
  // still passes; a Solaris mboxcl file (quotes AND counts) would then keep its ">" (DKIM fail on
  // a signed body "From " line there, the rarer writer).
  // Fixed at 17:55 (lib/cli/batch/mbox.ts): a counted body is not un-quoted.
  it('Dovecot mboxcl2: a body line ">From …" is not un-quoted', async () => {
    const ms = [await fromLine(1), await quotedFrom(4), await plain(5)];
    const rows = await inspect(file('dovecot/quoted', dovecot(ms)));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });

  // Today: "Quoted archive 1" dkim=fail. mboxo (Postfix local, procmail, mutt, Python's mailbox,
  // Gmail) quotes "From " but leaves ">From" alone, so the file cannot say which ">From" lines
  // were the sender's; mbox.ts join() un-quotes all (right for mboxrd and for quoted "From ").
  // No split-level fix is right for both; the smallest one: MboxMessage carries the offsets of the
  // lines join() un-quoted (`unquoted: number[]`), and the DKIM check (lib/auth, the body-hash
  // step) retries once with those lines as the file had them when the first body hash fails. It
  // hurts no genuine mail (a retry only after a fail); a forger gains nothing (the signer's hash
  // must still match one of two bodies the file itself holds).
  it.fails('Postfix local (mboxo): a body line ">From …" the sender wrote keeps its ">"', async () => {
    const ms = [await quotedFrom(1), await plain(2)];
    const rows = await inspect(file('spool/quoted', postfixLocal(ms)));
    expect(summary(rows)).toEqual(ms.map((m) => [m.subject, PASS]));
  });
});
