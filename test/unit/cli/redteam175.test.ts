// Red-team round 175: the last hour's triage changes (lib/cli/batch/mbox.ts Splitter: Content-Length
// believed when it ends where a message ends, "From " lines inside an open multipart marked
// `inside`; lib/cli/batch/attached.ts: `*.eml` files as originals, "cut off" reports), attacked by
// the sender who knows his message will be exported to an mbox or reported. Harness as
// redteam173.test.ts: every message of a file through the CLI's own per-message path
// (lib/cli/batch/sources.ts expandInputs, lib/cli/batch/analyse.ts analyseJob, JSON Lines), in this
// process; the splitter's own limits through splitMbox directly. The Plesk row (change 3) is
// attacked in test/corpus/adversarial/probe175.ts.
//
// Tests written as `test.fails` read wrong today; above each: what happens, the function at fault,
// the smallest fix. Passing tests pin a defence.
//
// Writers and their layouts (`search`, as round 173 cited them, re-read here):
// - Dovecot mboxcl2 (Content-Length, body "From " lines unquoted): docs.racket-lang.org mboxrd-read;
//   Email::Folder::Mbox; MHonArc CONLEN. Dovecot writes its own Content-Length and drops the
//   sender's (the Exim config that strips Dovecot's headers before delivery, chiark local.m4).
// - mail.local / procmail -Y: quote a body "From " line only after an empty line, and keep the
//   sender's header fields, Content-Length included (python-list 2011-04 "If lines beginning with
//   From aren't escaped (relying upon a Content-Length header)"; mutt issue 433).
// - mboxrd writers (Thunderbird, Google Takeout: "From 1739…@xxx" separators) quote every body
//   line ">*From ": a separator in such a file is always one.
// - Plain concatenations with nothing quoted and no Content-Length: Thunderbird ImportExportTools NG
//   issues 145 and 329, mboxviewer issue 86.
// - The box's delivery (Postfix entry, OpenDMARC row, Dovecot LMTP) and Thunderbird's forward as
//   attachment: realworld147.ts and redteam173.test.ts, which name their sources.
// Names and addresses are documentation ones; every key is the corpus test key.
import { beforeAll, describe, expect, it, test } from 'vitest';
import { splitMbox } from '../../../lib/cli/batch/mbox';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  genuineBankNotice,
  ptr,
  RECEIVER,
  SIGNED,
} from '../../corpus/kit';
import { onTop, received, submitted, thunderbirdWithEml } from '../../corpus/messages';
import { dovecotLmtp } from '../../corpus/receivers';
import {
  BANK_ENVELOPE,
  BANK_RELAY,
  bankNotice,
  forgedBoxDelivery,
  readerZone,
} from '../../corpus/rounds-kit';
import { signCorpus } from '../../helpers/corpus';
import { type TriageRow, triageHarness } from '../../helpers/triage';

const ROBIN = 'robin@reader.example';
const SECURITY = 'security@reader.example';
const BOX_IP = '203.0.113.25';
const ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...readerZone('p=quarantine'),
  'reader.example': { TXT: [`v=spf1 ip4:${BOX_IP} -all`], MX: [{ priority: 10, exchange: RECEIVER }] },
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
};

type Row = TriageRow;

const { inspect, file, ready } = triageHarness(ZONE, 'headerlens-rt175-');

/** Bank mail read as authenticated: what the attacker is after. */
const bankTrusted = (rows: Row[]) =>
  rows.filter((r) => r.from?.domain === 'northbank.example' && r.verdict === 'authenticated');
/** Each row as its From address, or the first words of its error. */
const shape = (rows: Row[]) => rows.map((r) => r.from?.address ?? r.error?.slice(0, 39));

/** The box's delivery of `raw` (Postfix entry from `relay`, OpenDMARC row, Dovecot LMTP). */
function boxDelivered(
  raw: string,
  o: {
    envelope: string;
    rcpt: string;
    relay: { helo: string; rdns: string; ip: string };
    ar: string;
    n: string;
  },
): string {
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    `Delivered-To: ${o.rcpt}`,
    dovecotLmtp(RECEIVER, o.envelope, o.rcpt, `kR175${o.n}mVtHwAA0J78UA`, 'Fri, 20 Nov 2026 09:00:04 +0000'),
    `Authentication-Results: ${RECEIVER};\r\n\t${o.ar}`,
    received({
      ...o.relay,
      by: RECEIVER,
      id: `4Zr175${o.n}`,
      for: o.rcpt,
      date: 'Fri, 20 Nov 2026 09:00:03 +0000',
    }),
  );
}

const ATTACKER_RELAY = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const ATTACKER_AR =
  'dkim=pass header.d=attacker.example;\r\n\tspf=pass smtp.mailfrom=bounce@attacker.example;\r\n\tdmarc=pass (policy=reject) header.from=attacker.example';

/** The attacker's own message, signed for attacker.example and delivered by the box to `rcpt`. */
async function attackerMail(o: { body: string; extra?: string[]; rcpt?: string; n: string; ct?: string }) {
  const raw = submitted({
    from: 'Harbour Deals <news@attacker.example>',
    to: `Robin Reader <${o.rcpt ?? ROBIN}>`,
    subject: 'This week at Harbour Deals',
    date: 'Fri, 20 Nov 2026 08:59:58 +0000',
    messageId: `<hd-175-${o.n}@attacker.example>`,
    extraHeaders: o.extra,
    body: o.body,
  });
  const typed = o.ct ? raw.replace(/Content-Type: text\/plain[^\r\n]*/, `Content-Type: ${o.ct}`) : raw;
  const signed = await signCorpus(typed, { domain: 'attacker.example', selector: 's1', headerList: SIGNED });
  return boxDelivered(signed, {
    envelope: 'bounce@attacker.example',
    rcpt: o.rcpt ?? ROBIN,
    relay: ATTACKER_RELAY,
    ar: ATTACKER_AR,
    n: o.n,
  });
}

/** The bank's genuine signed notice as the box delivered it to `rcpt`. */
async function genuineDelivered(n: string, rcpt = ROBIN): Promise<string> {
  return boxDelivered(await genuineBankNotice(), {
    envelope: BANK_ENVELOPE,
    rcpt,
    relay: BANK_RELAY,
    ar: 'dkim=pass header.d=northbank.example;\r\n\tspf=pass smtp.mailfrom=security@northbank.example;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example',
    n,
  });
}

type Msg = { envelope: string; raw: string };
const lf = (raw: string) => raw.replace(/\r\n/g, '\n');
const sep = (envelope: string, i: number) => `From ${envelope} Fri Nov 20 09:${String(10 + i)}:05 2026\n`;

/** mboxrd (Thunderbird, Takeout): every body line ">*From " gets one more ">". */
function mboxrd(msgs: Msg[]): string {
  return msgs.map((m, i) => `${sep(m.envelope, i)}${lf(m.raw).replace(/^(>*From )/gm, '>$1')}\n`).join('');
}

/** mail.local / procmail -Y: a body "From " line is quoted only after an empty line; header fields kept. */
function mailLocal(msgs: Msg[]): string {
  return msgs
    .map((m, i) => `${sep(m.envelope, i)}${lf(m.raw).replace(/\n\nFrom /g, '\n\n>From ')}\n`)
    .join('');
}

/** Dovecot mboxcl2: its own Content-Length (the body as stored, LF), Status, X-UID; nothing quoted. */
function dovecotMboxcl2(msgs: Msg[]): string {
  return msgs
    .map((m, i) => {
      const text = lf(m.raw);
      const at = text.indexOf('\n\n');
      const body = text.slice(at + 2);
      return `${sep(m.envelope, i)}${text.slice(0, at)}\nContent-Length: ${Buffer.byteLength(body)}\nStatus: RO\nX-UID: ${i + 1}\n\n${body}\n`;
    })
    .join('');
}

/** A plain concatenation (ImportExportTools, mboxviewer): separators only. */
function plainConcat(msgs: Msg[]): string {
  return msgs.map((m, i) => `${sep(m.envelope, i)}${lf(m.raw)}\n`).join('');
}

/** A multipart/alternative newsletter body whose closing delimiter never comes (valid to every MUA). */
function unclosed(b: string): string {
  return [
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello Robin, our weekly picks.',
    `--${b}`,
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Hello Robin, our weekly picks.</p>',
    '',
  ].join('\r\n');
}

beforeAll(async () => {
  await ready();
}, 60_000);

describe('red-team 175: one unclosed multipart hides every later message of the mailbox', () => {
  // FAILS today. The attacker sends Robin one newsletter whose multipart/alternative never closes (no
  // "--b--": every MUA shows it; RFC 2046 parsers take the end of the body as the end). Robin's
  // Thunderbird/Takeout export quotes every body "From " line (mboxrd), so its separators are
  // certain. Yet the Splitter carries the newsletter's boundary (separate(): `carried.push`) and,
  // since no line of any later message is "--b--", every later message is reported "not analysed:
  // starts inside message #1": the bank's genuine notice and the attacker's own phish sent after
  // it (here read spoofed when analysed) leave the triage. The summary counts them as errors, not
  // as spoofed. At fault: lib/cli/batch/mbox.ts Splitter.separate (the carried boundary never
  // expires) and fromMbox (sources.ts). Smallest fix: a carried boundary marks only the messages
  // that could be the carrier's sender's text: drop it once the file proves it is quoted (a
  // ">From " body line seen anywhere before), and in any case once the bytes since the carrier's
  // separator pass what a receiver accepts for one message (the carrier's text cannot be longer
  // than the carrier, e.g. 50 MB), or after the first message that itself closes its own
  // multipart and whose separator follows that close's empty line. Simplest bounded choice: mark
  // only until the next separator that follows an empty line AFTER a message that ended at its
  // own closing delimiter. Risk: an unquoted concatenation with a second injected message after
  // the first forged one would then be analysed (the attacker's carrier closes nothing); the
  // byte bound keeps that to one message's size.
  test.fails('mboxrd export: the genuine notice and the later phish are analysed', async () => {
    const news = await attackerMail({
      n: 'u1',
      body: unclosed('hd175u'),
      ct: 'multipart/alternative; boundary="hd175u"',
    });
    const phish = boxDelivered(bankNotice(ROBIN), {
      envelope: BANK_ENVELOPE,
      rcpt: ROBIN,
      relay: ATTACKER_RELAY,
      ar: 'dkim=none;\r\n\tspf=fail smtp.mailfrom=security@northbank.example;\r\n\tdmarc=fail (policy=reject) header.from=northbank.example',
      n: 'p1',
    });
    const box = file(
      'takeout/robin.mbox',
      mboxrd([
        { envelope: 'bounce@attacker.example', raw: news },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g1') },
        { envelope: BANK_ENVELOPE, raw: phish },
      ]),
    );
    const rows = await inspect(box);
    expect(shape(rows)).toEqual([
      'news@attacker.example',
      'alerts@northbank.example',
      'alerts@northbank.example',
    ]);
    expect(rows[2]!.verdict).not.toBe('authenticated');
  });

  // FAILS today. The same in a Dovecot mboxcl2 file: each message's Content-Length is Dovecot's own
  // and ends exactly on "\n\nFrom " (the Splitter believes it), so the file itself says where
  // each message ends; the newsletter's open boundary is still carried (separate() pushes it
  // whichever way the message ended) and the next message is "not analysed". At fault: Splitter.
  // separate. Smallest fix: do not carry a boundary when the message ended at a believed count
  // (`this.after !== null` at the separator): the writer's count, proven by the separator after
  // it, is where the message ends. Risk: none found (a count the attacker wrote can only end
  // inside his own body, where a separator he writes follows it: covered by the mail.local test
  // below, whose fix needs the count to end on an empty line).
  // Fixed at 17:55 (lib/cli/batch/mbox.ts): a message that ends where its count said carries no open
  // multipart; since 18:30 only in a file counted throughout (it and at least two messages before
  // it ended where their counts said: red-team round 176 wrote one count of his own).
  it('Dovecot mboxcl2: a believed count ends the message; its open multipart is not carried', async () => {
    const news = await attackerMail({
      n: 'u2',
      body: unclosed('hd175v'),
      ct: 'multipart/alternative; boundary="hd175v"',
    });
    const box = file(
      'dovecot/robin.mbox',
      dovecotMboxcl2([
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g2a') },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g2b') },
        { envelope: 'bounce@attacker.example', raw: news },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g2') },
      ]),
    );
    const rows = await inspect(box);
    expect(shape(rows)).toEqual([
      'alerts@northbank.example',
      'alerts@northbank.example',
      'news@attacker.example',
      'alerts@northbank.example',
    ]);
    expect(bankTrusted(rows)).toHaveLength(3);
  });

  // Kept by choice (red-team round 176): among a file's first three messages the count alone does
  // not prove the writer, so the message after an open multipart there is marked, a visible loss.
  it('Dovecot mboxcl2: an open multipart first in the file still marks the message after it', async () => {
    const news = await attackerMail({
      n: 'u2c',
      body: unclosed('hd175w'),
      ct: 'multipart/alternative; boundary="hd175w"',
    });
    const box = file(
      'dovecot/robin-first.mbox',
      dovecotMboxcl2([
        { envelope: 'bounce@attacker.example', raw: news },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g2c') },
      ]),
    );
    const rows = await inspect(box);
    expect(rows.map((r) => r.from?.address ?? r.error?.slice(0, 39))).toEqual([
      'news@attacker.example',
      'not analysed: starts inside message #1,',
    ]);
  });

  // FAILS today (the same carried boundary, --attached): the attacker mails security@ directly
  // once with an unclosed multipart; every colleague's report filed after it in the abuse mailbox's
  // export is "not analysed", including Robin's report of his phish. Fix as above.
  test.fails("abuse mailbox (mboxrd): a colleague report after the attacker's unclosed mail is read", async () => {
    const news = await attackerMail({
      n: 'u3',
      rcpt: SECURITY,
      body: unclosed('hd175w'),
      ct: 'multipart/alternative; boundary="hd175w"',
    });
    const tb = thunderbirdWithEml({
      from: `Robin Reader <${ROBIN}>`,
      to: `IT Security <${SECURITY}>`,
      subject: 'Fwd: statement',
      date: 'Fri, 20 Nov 2026 10:30:12 +0000',
      text: 'Is this one real?\r\n\r\nRobin',
      original: await genuineDelivered('g3'),
      filename: 'statement.eml',
      boundary: '------------175rT0pQx2vR8sLmN4bK1cZ',
      messageId: '3f1c175r-9b2e-4d8c-a1f0-6e5d4c3b2a19@reader.example',
      eightBit: true,
    });
    const report = onTop(
      await signCorpus(tb, { domain: 'reader.example', selector: 'dkim', headerList: SIGNED }),
      `Return-Path: <${ROBIN}>`,
      `Delivered-To: ${SECURITY}`,
      dovecotLmtp(RECEIVER, ROBIN, SECURITY, 'kP175rm1XmVtHwAA0J78UA', 'Fri, 20 Nov 2026 10:30:14 +0000'),
      `Received: from [192.168.1.44] (unknown [198.51.100.147])\r\n\t(Authenticated sender: robin)\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4Zq175r1\r\n\tfor <${SECURITY}>; Fri, 20 Nov 2026 10:30:13 +0000 (UTC)`,
    );
    const box = file(
      'abuse/security.mbox',
      mboxrd([
        { envelope: 'bounce@attacker.example', raw: news },
        { envelope: ROBIN, raw: report },
      ]),
    );
    const rows = await inspect(box, true);
    expect(rows.map((r) => [r.from?.address ?? r.error?.slice(0, 39), r.verdict])).toEqual([
      ['not analysed: no attached message (mess', undefined],
      ['alerts@northbank.example', 'authenticated'],
    ]);
  });

  // Passes: 3,000 unclosed multiparts in a row stay bounded (carried list capped at 64) and fast.
  it('thousands of open boundaries: carried list bounded, split linear', async () => {
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++)
      parts.push(
        `From a@x.example Fri Nov 20 09:00:00 2026\nFrom: m${i}@x.example\nContent-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\nContent-Type: text/plain\n\nx\n--b${i}-\n--b${i}--x\n\n`,
      );
    const t = Date.now();
    const got = await split(parts.join(''));
    expect(got).toHaveLength(3000);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});

/** splitMbox over `s` (optionally in chunks), each message as its first line and its `inside`. */
async function split(s: string | AsyncIterable<Uint8Array>): Promise<Array<[string, number | null]>> {
  const src =
    typeof s === 'string'
      ? (async function* () {
          yield new TextEncoder().encode(s);
        })()
      : s;
  const out: Array<[string, number | null]> = [];
  for await (const m of splitMbox(src))
    out.push([new TextDecoder().decode(m.bytes).split('\n')[0]!, m.inside]);
  return out;
}

describe('red-team 175: the Content-Length rule attacked', () => {
  // FAILS today: a regression of the 17:00 Content-Length rule. mail.local (and procmail -Y) quote a
  // body "From " line only after an empty line, which was exactly the splitter's rule, so such
  // files were safe. The attacker now writes his own "Content-Length: N" whose count ends on the
  // line break before a "From <bank> <date>" line that follows a NON-empty line (left unquoted by
  // mail.local): Splitter.take's `after === 'line'` branch takes a separator right after the
  // count, so his text/plain newsletter is cut there and the forged box delivery after it reads
  // AUTHENTICATED for northbank.example. At fault: lib/cli/batch/mbox.ts Splitter.take (the
  // 'line' state accepting `isSeparator`). Smallest fix: after the count, accept a separator only
  // when the count's last line was empty (the writer counted the separating empty line) or an
  // empty line follows the count ('blank' state); a count ending on a non-empty line directly
  // followed by "From " is recounted. Risk: a writer whose count excludes the empty line AND
  // writes none (none found: Dovecot, mutt, Solaris mail all leave an empty line before "From ").
  // Fixed at 17:55 (lib/cli/batch/mbox.ts): right after a count, a separator needs an empty line before it.
  it('mail.local file: a sender-written count ending before his own unquoted separator does not cut', async () => {
    const inner = lf(forgedBoxDelivery(ROBIN));
    const lead = 'Hello Robin,\n\nour weekly picks are below.\nSee you next week!\n';
    const body = `${lead}From ${BANK_ENVELOPE} Fri Nov 20 09:58:04 2026\n${inner}\n`;
    const news = await attackerMail({
      n: 'c1',
      extra: [`Content-Length: ${Buffer.byteLength(lead)}`],
      body: body.replace(/\n/g, '\r\n'),
    });
    const box = file(
      'maillocal/robin',
      mailLocal([
        { envelope: 'bounce@attacker.example', raw: news },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g4') },
      ]),
    );
    const rows = await inspect(box);
    expect(bankTrusted(rows).map((r) => r.from?.address)).toEqual(['alerts@northbank.example']);
    expect(shape(rows)).toEqual(['news@attacker.example', 'alerts@northbank.example']);
  });

  // Passes: the same count, but the line before his separator is empty: mail.local quotes it.
  it('mail.local file: a count ending on an empty line before a quoted ">From" does not cut', async () => {
    const inner = lf(forgedBoxDelivery(ROBIN));
    const lead = 'Hello Robin,\n\nour weekly picks are below.\n\n';
    const news = await attackerMail({
      n: 'c2',
      extra: [`Content-Length: ${Buffer.byteLength(lead)}`],
      body: `${lead}From ${BANK_ENVELOPE} Fri Nov 20 09:58:04 2026\n${inner}\n`.replace(/\n/g, '\r\n'),
    });
    const box = file(
      'maillocal/robin2',
      mailLocal([
        { envelope: 'bounce@attacker.example', raw: news },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g5') },
      ]),
    );
    const rows = await inspect(box);
    expect(shape(rows)).toEqual(['news@attacker.example', 'alerts@northbank.example']);
  });

  // FAILS today. Two messages each with "Content-Length: 999999999999" (12 digits, the largest
  // boundsOf takes): the first count swallows the file to its end; Splitter.finish recounts ONCE,
  // which replays the lines and lets the second message's count swallow the rest again; finish
  // then emits that message with every later message as its body. The bank's genuine notice and
  // anything after the attacker's second message vanish silently (no row, no error). At fault:
  // lib/cli/batch/mbox.ts Splitter.finish. Smallest fix: `while (this.bounds.length !== null &&
  // this.after === null) this.recount(out);` (each recount clears the count of the message it
  // re-reads, so it ends). Risk: none (a count running past the file's end is already not taken).
  // Fixed at 17:55 (lib/cli/batch/mbox.ts): a count over 64 MiB is not taken, and finish() reads again until no count is pending.
  it('two 10^12 counts: the messages after the second are not swallowed', async () => {
    const one = await attackerMail({ n: 'l1', extra: ['Content-Length: 999999999999'], body: 'first\r\n' });
    const two = await attackerMail({ n: 'l2', extra: ['Content-Length: 999999999999'], body: 'second\r\n' });
    const box = file(
      'huge/robin.mbox',
      mailLocal([
        { envelope: 'bounce@attacker.example', raw: one },
        { envelope: 'bounce@attacker.example', raw: two },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g6') },
      ]),
    );
    const rows = await inspect(box);
    expect(shape(rows)).toEqual([
      'news@attacker.example',
      'news@attacker.example',
      'alerts@northbank.example',
    ]);
  });

  // Passes: one 10^12 count (and a 13-digit one, not taken at all) neither hangs nor swallows.
  it('one 10^12 count, and a 13-digit one, are not taken', async () => {
    const m = (i: number, cl: string) =>
      `From a@x.example Fri Nov 20 09:00:0${i} 2026\nFrom: m${i}@x.example\n${cl}\nbody ${i}\n\n`;
    expect(
      (
        await split(
          m(1, 'Content-Length: 999999999999\n') + m(2, 'Content-Length: 1000000000000\n') + m(3, ''),
        )
      ).map(([first]) => first),
    ).toEqual(['From: m1@x.example', 'From: m2@x.example', 'From: m3@x.example']);
  });

  // FAILS today. The 17:11 streaming (an mbox over 1 MiB is read one message at a time) is undone by
  // one sender-written count: the Splitter buffers every line after it until the count is reached
  // or the input ends, so the first message is yielded only after the whole file has been read
  // and held (here 8 MB; a 2 GB Takeout export is held whole, the RSS the change removed). At
  // fault: Splitter.take (the counted-body branch has no bound) and sources.ts (it knows the
  // file's size and does not pass it). Smallest fix: splitMbox takes the bytes left in the file
  // (fstat size minus bytes read) and a count larger than that is not taken at endHeader; for
  // stdin, a count above a message cap (say 64 MiB, past any provider's limit) is not taken.
  // Risk: none (such a count is already dropped at the end of the file).
  // Fixed at 17:55 (lib/cli/batch/mbox.ts): a count over 64 MiB is not taken.
  it('a 10^12 count does not make the splitter hold the rest of the file', async () => {
    const enc = new TextEncoder();
    let fed = 0;
    const total = 2000;
    async function* chunks() {
      yield enc.encode(
        'From a@x.example Fri Nov 20 09:00:00 2026\nFrom: m0@x.example\nContent-Length: 999999999999\n\nbody\n\n',
      );
      for (let i = 1; i <= total; i++) {
        fed = i;
        yield enc.encode(
          `From a@x.example Fri Nov 20 09:00:00 2026\nFrom: m${i}@x.example\n\n${'x'.repeat(4000)}\n\n`,
        );
      }
    }
    let fedAtFirst = -1;
    for await (const _ of splitMbox(chunks())) {
      if (fedAtFirst < 0) fedAtFirst = fed;
    }
    expect(fedAtFirst).toBeLessThan(10);
  });

  // Passes (slow path pinned): a crafted chain of counts, each ending one byte into the file's last
  // line, is re-read in nested recounts: O(n^2) lines and n-deep recursion. 1,500 messages in a few
  // seconds at most; no stack overflow. (A file the attacker does not write whole: recorded, not a
  // finding for the triage of real mailboxes.)
  it('a chain of counts overflowing on the last line stays within time and stack', async () => {
    const n = 1500;
    const pieces = Array.from(
      { length: n },
      (_, i) =>
        `From a@x.example Fri Nov 20 09:00:00 2026\nFrom: m${i}@x.example\nContent-Length: @${i}@\n\nbody ${i}\n\n`,
    );
    const build = (vals: number[]) =>
      pieces.map((p, i) => p.replace(`@${i}@`, String(vals[i]).padStart(12, '0'))).join('');
    const probe = build(new Array(n).fill(0));
    const starts: number[] = [];
    for (let at = 0, i = 0; i < n; i++) {
      at = probe.indexOf('\n\nbody ', at) + 2;
      starts.push(at);
    }
    const text = `${build(starts.map((s) => probe.length - s + 1))}${'X'.repeat(100)}\n`;
    const t = Date.now();
    const got = await split(text);
    expect(got).toHaveLength(n);
    expect(Date.now() - t).toBeLessThan(10_000);
  });

  // Passes: a count written into an attached original's header (the report's body) is not the
  // report's: the report in a plain concatenation splits by its own separators.
  it("a count inside a reported original's header does not move the report's end", async () => {
    const lure = await attackerMail({
      n: 'q1',
      rcpt: ROBIN,
      extra: ['Content-Length: 7'],
      body: 'Hello Robin,\r\n\r\nour weekly picks are below.\r\n',
    });
    const tb = thunderbirdWithEml({
      from: `Robin Reader <${ROBIN}>`,
      to: `IT Security <${SECURITY}>`,
      subject: 'Fwd: This week at Harbour Deals',
      date: 'Fri, 20 Nov 2026 10:30:12 +0000',
      text: 'This newsletter looks odd.\r\n\r\nRobin',
      original: lure,
      filename: 'harbour.eml',
      boundary: '------------175qT0pQx2vR8sLmN4bK1cZ',
      messageId: '3f1c175q-9b2e-4d8c-a1f0-6e5d4c3b2a19@reader.example',
      eightBit: true,
    });
    const box = file(
      'abuse/q.mbox',
      plainConcat([
        { envelope: ROBIN, raw: tb },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g7', SECURITY) },
      ]),
    );
    const rows = await inspect(box, true);
    expect(shape(rows)).toEqual(['news@attacker.example', 'not analysed: no attached message (mess']);
  });
});

describe('red-team 175: the "inside" mark bypassed in an unquoted file', () => {
  const injected = (closing: string) => async (n: string) => {
    const b = `hd175${n}`;
    const inner = lf(forgedBoxDelivery(ROBIN));
    const raw = [
      'From: Harbour Deals <news@attacker.example>',
      `To: Robin Reader <${ROBIN}>`,
      'Subject: This week at Harbour Deals',
      'Date: Fri, 20 Nov 2026 08:59:58 +0000',
      `Message-ID: <hd-175-${n}@attacker.example>`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/alternative; boundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hello Robin,',
      `--${b}`,
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Hello Robin,</p>',
      closing.replace('B', b),
      '',
      `From ${BANK_ENVELOPE} Fri Nov 20 09:58:04 2026`,
      inner,
      '',
    ].join('\n');
    return boxDelivered(raw, {
      envelope: 'bounce@attacker.example',
      rcpt: ROBIN,
      relay: ATTACKER_RELAY,
      ar: 'spf=pass smtp.mailfrom=bounce@attacker.example;\r\n\tdmarc=pass (policy=reject) header.from=attacker.example',
      n,
    });
  };

  // FAILS today (a limit of the 17:50 rule rather than a slip). Round 173's carrier put its forged
  // delivery BEFORE the closing delimiter; the attacker now closes his multipart ("--b--", exactly)
  // and writes the empty line, separator and forged box delivery in the EPILOGUE, which no MUA
  // shows. Nothing is open, so the forged bank notice is a message of its own and reads
  // AUTHENTICATED. A "--b--x" look-alike (not a delimiter under RFC 2046: only white space may
  // follow) does the same through closes()'s prefix match. In a file that neither quotes nor
  // counts, the split is undecidable from the bytes; what is decidable: the carrier's DKIM body
  // hash covers its epilogue, so a carrier signed by its sender fails bh= once cut and passes
  // again when the next "message" is joined back. Fix (lib/cli/batch/analyse.ts or sources.ts):
  // when message N (split by the "From " rule, in a file with no ">From" line and no believed
  // count) fails its DKIM body hash and N + separator + N+1 verifies, mark N+1 `inside`; and treat
  // text after a closing delimiter other than empty lines like an open part (Splitter.closing:
  // set a flag `epilogue` that marks the next message when a non-empty line follows "--b--").
  // closes() should accept only white space after "--b--". Risk: genuine mail rarely has an
  // epilogue (some list footers are appended after the closing delimiter: they would mark the
  // next message "not analysed", a visible loss, never a forgery).
  test.fails('epilogue after an exact "--b--": the forged delivery is not read as a message', async () => {
    const box = file(
      'merge/epilogue.mbox',
      plainConcat([
        { envelope: 'bounce@attacker.example', raw: await injected('--B--')('e1') },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g8') },
      ]),
    );
    expect(bankTrusted(await inspect(box)).map((r) => r.from?.address)).toEqual(['alerts@northbank.example']);
  });

  // Fixed at 17:55 (lib/cli/batch/mbox.ts closes(): only white space may follow "--b--"): the
  // multipart stays open, so the forged delivery is marked and not analysed. The genuine notice
  // after it is marked too (nothing closes the carrier's multipart), a visible loss, never a forgery.
  it('a "--b--x" look-alike does not close the multipart', async () => {
    const box = file(
      'merge/lookalike.mbox',
      plainConcat([
        { envelope: 'bounce@attacker.example', raw: await injected('--B--x')('e2') },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g9') },
      ]),
    );
    const rows = await inspect(box);
    expect(bankTrusted(rows)).toEqual([]);
    expect(rows[1]!.error).toMatch(/^not analysed: starts inside message #1,/);
  });

  // Passes: "--b--" with trailing spaces or a CR still closes, and " --b--" (leading space) or a
  // delimiter of a longer boundary "--b-x--" does not: the injected delivery stays marked.
  for (const [label, closing, marked] of [
    ['trailing spaces close', '--B--   ', false],
    ['a CR closes', '--B--\r', false],
    ['a leading space does not close', ' --B--', true],
    ['a longer boundary does not close', '--B-x--', true],
  ] as const) {
    it(`closing delimiter look-alikes: ${label}`, async () => {
      const text = plainConcat([
        { envelope: 'bounce@attacker.example', raw: await injected(closing)(`z${label.length}`) },
      ]);
      const got = await split(text);
      expect(got).toHaveLength(2);
      expect(got[1]![1] !== null).toBe(marked);
    });
  }
});

describe('red-team 175: --attached and .eml files', () => {
  // Passes: an `.eml` attachment that is itself a report (the attacker's "FW:" holding the forged
  // bank delivery as message/rfc822) yields that report as the original, never the message inside
  // it: the bank does not appear.
  it('an .eml part that is itself a report yields the report, not the message inside', async () => {
    const b = '------------175nEsTeDrEpOrTb0uNd4r';
    const fakeReport = [
      'From: Harbour Deals <news@attacker.example>',
      `To: Robin Reader <${ROBIN}>`,
      'Subject: FW: your statement',
      'Date: Fri, 20 Nov 2026 08:59:58 +0000',
      'Message-ID: <hd-175-nest@attacker.example>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain',
      '',
      'Forwarded for your records.',
      `--${b}`,
      'Content-Type: message/rfc822',
      '',
      forgedBoxDelivery(ROBIN),
      `--${b}--`,
      '',
    ].join('\r\n');
    const delivered = boxDelivered(fakeReport, {
      envelope: 'bounce@attacker.example',
      rcpt: ROBIN,
      relay: ATTACKER_RELAY,
      ar: 'spf=pass smtp.mailfrom=bounce@attacker.example;\r\n\tdmarc=pass (policy=reject) header.from=attacker.example',
      n: 'n1',
    });
    const outer = [
      `From: Robin Reader <${ROBIN}>`,
      `To: IT Security <${SECURITY}>`,
      'Subject: FW: odd',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b175n"',
      '',
      '--b175n',
      'Content-Type: text/plain',
      '',
      'See attached.',
      '--b175n',
      'Content-Type: application/octet-stream; name="statement.eml"',
      'Content-Disposition: attachment; filename="statement.eml"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(delivered).toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--b175n--',
      '',
    ].join('\r\n');
    const rows = await inspect(file('eml/nested.eml', outer), true);
    expect(shape(rows)).toEqual(['news@attacker.example']);
    expect(bankTrusted(rows)).toHaveLength(0);
  });

  // Passes: a report cut inside its attached .eml (octet-stream, base64) says "cut off" rather than
  // analysing half an original.
  it('a report cut inside its base64 .eml says it is cut off', async () => {
    const eml = Buffer.from(await genuineDelivered('g10'))
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n');
    const outer = [
      `From: Robin Reader <${ROBIN}>`,
      `To: IT Security <${SECURITY}>`,
      'Subject: FW: statement',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b175c"',
      '',
      '--b175c',
      'Content-Type: text/plain',
      '',
      'See attached.',
      '--b175c',
      'Content-Type: application/octet-stream; name="statement.eml"',
      'Content-Transfer-Encoding: base64',
      '',
      eml.slice(0, 600),
    ].join('\r\n');
    const rows = await inspect(file('eml/cut.eml', outer), true);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.error).toMatch(/cut off/);
  });
});
