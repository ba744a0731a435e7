// Red-team round 176: lib/cli/batch/mbox.ts Splitter as it stands at 18:00 (Content-Length believed
// only where the count ends where a message ends, a believed count carries no open multipart, the
// first separator decides the writer: Google Takeout carries no open multipart, Thunderbird also
// splits at a "From - <clock>" line with no empty line before it). The attacker writes one message
// of the file, never its first line. Harness as redteam175.test.ts: every message through the CLI's
// own per-message path (lib/cli/batch/sources.ts expandInputs, lib/cli/batch/analyse.ts analyseJob,
// JSON Lines) in this process; the splitter's own rules through splitMbox directly.
//
// Tests written as `test.fails` read wrong today; above each: what happens, the function at fault,
// the smallest fix. Passing tests pin a defence.
//
// Writers and their layouts (`search`, read this round):
// - Thunderbird's own store: comm-central mailnews/base/src/MboxMsgOutputStream.h/.cpp ("Uses
//   reversible "From " escaping, as per mboxrd. "From " lines are prefixed with '>'. If already
//   prefixed, another '>' is added"; a line starts after '\n' only (eStartOfLine / eMidLine), so
//   every LF-started body line ">*From " is quoted whatever precedes it, and a "From" after a lone
//   CR is not at a line start for it, nor for the Splitter). A message with an unterminated final
//   line gets an EOL, not an empty line.
// - ImportExportTools NG exports ("From - " separators, issue 329: no empty line before the next
//   separator; issue 145: body lines unquoted), mboxviewer issue 86, as cited by rounds 173/175.
// - Takeout (mboxrd, "From 1739…@xxx" separators), Dovecot mboxcl2, mail.local: redteam175.test.ts.
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
} from '../../corpus/kit';
import { onTop, received } from '../../corpus/messages';
import { dovecotLmtp } from '../../corpus/receivers';
import { BANK_ENVELOPE, BANK_RELAY, forgedBoxDelivery, readerZone } from '../../corpus/rounds-kit';
import { type TriageRow, triageHarness } from '../../helpers/triage';

const ROBIN = 'robin@reader.example';
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

const { inspect, file, ready } = triageHarness(ZONE, 'headerlens-rt176-');

const bankTrusted = (rows: Row[]) =>
  rows.filter((r) => r.from?.domain === 'northbank.example' && r.verdict === 'authenticated');
const shape = (rows: Row[]) => rows.map((r) => r.from?.address ?? r.error?.slice(0, 39));

function boxDelivered(raw: string, o: { envelope: string; relay: typeof BANK_RELAY; ar: string; n: string }) {
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    `Delivered-To: ${ROBIN}`,
    dovecotLmtp(RECEIVER, o.envelope, ROBIN, `kR176${o.n}mVtHwAA0J78UA`, 'Fri, 20 Nov 2026 09:00:04 +0000'),
    `Authentication-Results: ${RECEIVER};\r\n\t${o.ar}`,
    received({
      ...o.relay,
      by: RECEIVER,
      id: `4Zr176${o.n}`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 09:00:03 +0000',
    }),
  );
}

const ATTACKER_RELAY = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const ATTACKER_AR =
  'spf=pass smtp.mailfrom=bounce@attacker.example;\r\n\tdmarc=pass (policy=reject) header.from=attacker.example';

async function genuineDelivered(n: string): Promise<string> {
  return boxDelivered(await genuineBankNotice(), {
    envelope: BANK_ENVELOPE,
    relay: BANK_RELAY,
    ar: 'dkim=pass header.d=northbank.example;\r\n\tspf=pass smtp.mailfrom=security@northbank.example;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example',
    n,
  });
}

/** The attacker's newsletter: `header` extra fields, `body` (LF), delivered by the box. */
function attackerRaw(
  n: string,
  extra: string[],
  body: string,
  ct = 'text/plain; charset=utf-8',
  envelope = 'bounce@attacker.example',
) {
  const raw = [
    'From: Harbour Deals <news@attacker.example>',
    `To: Robin Reader <${ROBIN}>`,
    'Subject: This week at Harbour Deals',
    'Date: Fri, 20 Nov 2026 08:59:58 +0000',
    `Message-ID: <hd-176-${n}@attacker.example>`,
    'MIME-Version: 1.0',
    `Content-Type: ${ct}`,
    ...extra,
    '',
    body,
  ].join('\n');
  return boxDelivered(raw, { envelope, relay: ATTACKER_RELAY, ar: ATTACKER_AR, n });
}

type Msg = { envelope: string; raw: string };
const lf = (raw: string) => raw.replace(/\r\n/g, '\n');
const sep = (envelope: string, i: number) => `From ${envelope} Fri Nov 20 09:${String(10 + i)}:05 2026\n`;
const tbSep = (i: number) => `From - Fri Nov 20 09:${String(10 + i)}:05 2026\n`;

/** A plain concatenation (ImportExportTools NG, mboxviewer): separators only, nothing quoted. */
const plainConcat = (msgs: Msg[], s = sep) =>
  msgs.map((m, i) => `${s(m.envelope, i)}${lf(m.raw)}\n`).join('');
/** mboxrd (Thunderbird's MboxMsgOutputStream, Takeout): every LF-started ">*From " gets one more ">". */
const mboxrd = (msgs: Msg[], s = sep) =>
  msgs.map((m, i) => `${s(m.envelope, i)}${lf(m.raw).replace(/^(>*From )/gm, '>$1')}\n`).join('');

/** Takeout's separator and the two fields Google writes first in every message. */
const TAKEOUT_SEP = (_: string, i: number) =>
  `From 1763629${String(10 + i)}05123456@xxx Fri Nov 20 09:${String(10 + i)}:05 +0000 2026\nX-GM-THRID: 17636291${String(10 + i)}5123456\nX-Gmail-Labels: Inbox,Opened\n`;

beforeAll(async () => {
  await ready();
}, 60_000);

async function split(s: string): Promise<Array<[string, number | null]>> {
  const out: Array<[string, number | null]> = [];
  for await (const m of splitMbox(
    (async function* () {
      yield Buffer.from(s, 'latin1');
    })(),
  ))
    out.push([Buffer.from(m.bytes).toString('latin1').split('\n')[0]!, m.inside]);
  return out;
}

/** An unclosed multipart/alternative, an empty line, the attacker's separator and forged delivery. */
function carrierBody(b: string, lead = ''): string {
  return [
    `${lead}--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello Robin, our weekly picks.',
    `--${b}`,
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Hello Robin, our weekly picks.</p>',
    '',
    `From ${BANK_ENVELOPE} Fri Nov 20 09:58:04 2026`,
    lf(forgedBoxDelivery(ROBIN)),
    '',
  ].join('\n');
}

/** The delivered carrier with `Content-Length` fields whose value counts its body up to and including the empty line before its separator. */
function countedCarrier(n: string, fields: (count: number) => string[], lead = ''): string {
  const b = `hd176${n}`;
  const body = carrierBody(b, lead);
  const count = Buffer.byteLength(body.slice(0, body.indexOf(`\nFrom ${BANK_ENVELOPE}`) + 1));
  return attackerRaw(n, fields(count), body, `multipart/alternative; boundary="${b}"`);
}

describe('red-team 176: a believed count ends the open multipart the carrier leaves', () => {
  // Passes: round 173's defence, without a count: the forged delivery after the unclosed multipart
  // is marked "not analysed".
  it('no count: the forged delivery is marked', async () => {
    const box = file(
      'concat/nocount.mbox',
      plainConcat([
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('g0') },
        { envelope: 'bounce@attacker.example', raw: countedCarrier('a0', () => []) },
      ]),
    );
    const rows = await inspect(box);
    expect(bankTrusted(rows)).toHaveLength(1);
    expect(rows[2]!.error).toMatch(/^not analysed: starts inside message #2,/);
  });

  // FAILS today (each variant). In a file that quotes nothing and counts nothing (ImportExportTools
  // NG, mboxviewer: the files round 173's `inside` mark exists for), the attacker adds his own
  // "Content-Length: N" whose count ends exactly on his own empty line, followed by his own
  // separator. Splitter.take believes it ('line' then 'blank', then isSeparator) and calls
  // separate(out, true); with `counted` true the open multipart is not carried, so the forged box
  // delivery is a message of its own and reads AUTHENTICATED for northbank.example. The same with
  // the field folded (boundsOf unfolds), with "Content-Length: 0" and a body that starts with the
  // empty line and separator (endHeader sets after = 'line' at once, no byte count to get right),
  // and when his message is the file's first. At fault: lib/cli/batch/mbox.ts Splitter.separate
  // (`!counted` exempts a count the sender wrote) and boundsOf (it takes a sender's field as the
  // writer's). Smallest fix: a count proven by a separator carries no multipart only when the
  // writer is known to count (a Dovecot file: X-UID/X-IMAP/Status beside Content-Length, or every
  // message so far had a believed count); otherwise carry the open boundary as if uncounted, i.e.
  // in separate() replace `!counted` by `!(counted && this.countingWriter)`, where countingWriter
  // is set after the first message's count is believed AND its header has Dovecot's X-UID. Simpler
  // still: carry the open multipart whatever the count (round 175's mboxcl2 case then marks the
  // message after an unclosed newsletter "not analysed": a visible loss, never a forgery). Risk:
  // in a genuine Dovecot file, a later message after an unclosed multipart is not analysed.
  for (const [label, build, first] of [
    [
      'an exact count on his empty line',
      (n: string) => countedCarrier(n, (c) => [`Content-Length: ${c}`]),
      false,
    ],
    ['a folded count', (n: string) => countedCarrier(n, (c) => [`Content-Length:\n ${c}`]), false],
    [
      'Content-Length: 0 and a body that starts with the empty line',
      (n: string) =>
        countedCarrier(n, () => ['Content-Length: 0'], '\n').replace(
          /(Content-Length: 0\n\n)\n--hd176(\w+)[\s\S]*?<\/p>\n\n(From )/,
          '$1\n$3',
        ),
      false,
    ],
    [
      'his message first in the file',
      (n: string) => countedCarrier(n, (c) => [`Content-Length: ${c}`]),
      true,
    ],
  ] as const) {
    // Fixed at 18:30 (lib/cli/batch/mbox.ts): a count carries no open multipart only in a file counted throughout (it and two messages before it).
    it(`unquoted concatenation, ${label}: the forged delivery is not read as the bank's`, async () => {
      const n = `c${label.length}`;
      const carrier = { envelope: 'bounce@attacker.example', raw: build(n) };
      const genuine = { envelope: BANK_ENVELOPE, raw: await genuineDelivered(`g${n}`) };
      const rows = await inspect(
        file(`concat/${n}.mbox`, plainConcat(first ? [carrier, genuine] : [genuine, carrier])),
      );
      // The forged delivery is marked; when his message comes first, the genuine notice after his
      // never-closed multipart is marked too (a visible loss, never a forgery).
      expect(rows[first ? 1 : 2]!.error).toMatch(/^not analysed: starts inside message #/);
      expect(bankTrusted(rows).map((r) => r.source.index)).toEqual(first ? [] : [1]);
    });
  }
  // FAILS today, the same with mixed line ends: an exporter that writes each message's bytes as
  // stored (CRLF) between LF separators and empty lines; isBlank takes "\r\n" as empty, so his count
  // over the CRLF body, ending on his "\r\n" line, is believed the same way.
  // Fixed at 18:30 (lib/cli/batch/mbox.ts): as above.
  it("mixed CRLF messages between LF separators: the forged delivery is not read as the bank's", async () => {
    const b = 'hd176m';
    const body = carrierBody(b).replace(/\n/g, '\r\n');
    const count = Buffer.byteLength(body.slice(0, body.indexOf(`\r\nFrom ${BANK_ENVELOPE}`) + 2));
    const news = attackerRaw(
      'm1',
      [`Content-Length: ${count}`],
      body,
      `multipart/alternative; boundary="${b}"`,
    );
    const crlf = (raw: string) => raw.replace(/\r?\n/g, '\r\n');
    const text = [
      `${sep(BANK_ENVELOPE, 0)}${crlf(await genuineDelivered('m0'))}\n`,
      `${sep('bounce@attacker.example', 1)}${crlf(news)}\n`,
    ].join('');
    const rows = await inspect(file('concat/mixed.mbox', text));
    expect(bankTrusted(rows).map((r) => r.from?.address)).toEqual(['alerts@northbank.example']);
  });
});

describe('red-team 176: the writer decided by the first separator', () => {
  // Passes: a Takeout export (mboxrd: his body's "From " lines quoted). What Takeout does not
  // quote cannot make a separator: a "From" after a lone CR (the Splitter cuts lines at LF only),
  // a line "\tFrom …", a NUL and 8-bit bytes before "From", and his unclosed multipart (not carried
  // in a Takeout file) all leave the genuine notice after him analysed, and no forged one appears.
  it('Takeout: lone CR, "\\tFrom", NUL and 8-bit bytes do not split his message', async () => {
    const inner = lf(forgedBoxDelivery(ROBIN));
    const b = 'hd176t';
    const body = [
      `--${b}`,
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: 8bit',
      '',
      `Caf\xe9 deals\rFrom ${BANK_ENVELOPE} Fri Nov 20 09:58:04 2026\r${inner.replace(/\n/g, '\r')}`,
      `\tFrom ${BANK_ENVELOPE} Fri Nov 20 09:58:04 2026`,
      `\x00From ${BANK_ENVELOPE} Fri Nov 20 09:58:04 2026`,
      `\xa0From ${BANK_ENVELOPE} Fri Nov 20 09:58:04 2026`,
      '',
      `From ${BANK_ENVELOPE} Fri Nov 20 09:58:04 2026`,
      inner,
      '',
    ].join('\n');
    const news = attackerRaw('t1', [], body, `multipart/alternative; boundary="${b}"`);
    const box = file(
      'takeout/robin.mbox',
      mboxrd(
        [
          { envelope: BANK_ENVELOPE, raw: await genuineDelivered('t0') },
          { envelope: 'bounce@attacker.example', raw: news },
          { envelope: BANK_ENVELOPE, raw: await genuineDelivered('t2') },
        ],
        TAKEOUT_SEP,
      ),
    );
    const rows = await inspect(box);
    expect(shape(rows)).toEqual([
      'alerts@northbank.example',
      'news@attacker.example',
      'alerts@northbank.example',
    ]);
    expect(bankTrusted(rows)).toHaveLength(2);
  });

  // FAILS today (a weaker premise: a writer that puts the envelope sender in an unquoted file's
  // separators, and the attacker's message first in the file). The attacker does not write the
  // first line, but he chooses what goes in it: his envelope sender "176362971005123456@xxx"
  // (MAIL FROM needs no resolvable domain at a Postfix box with default restrictions) makes the
  // exporter's first separator match TAKEOUT, so Splitter.separate sets writer = 'takeout' and
  // never carries his open multipart; the forged delivery after his empty line and separator reads
  // AUTHENTICATED. At fault: lib/cli/batch/mbox.ts Splitter.separate (the writer decided from a
  // line whose address part the first message's sender chooses). Smallest fix: decide 'takeout'
  // from the separator AND the Takeout header Google writes in every message (X-GM-THRID and
  // X-Gmail-Labels right after the separator), or from two Takeout separators in a row before
  // trusting it: until then, carry as for an unknown writer. Risk: none for real Takeout files
  // (every message has X-GM-THRID).
  test.fails('his envelope shapes the first separator like Takeout: his open multipart is still carried', async () => {
    const env = '176362971005123456@xxx';
    const b = 'hd176k';
    const news = attackerRaw('k1', [], carrierBody(b), `multipart/alternative; boundary="${b}"`, env);
    const box = file(
      'concat/takeout-like.mbox',
      plainConcat([
        { envelope: env, raw: news },
        { envelope: BANK_ENVELOPE, raw: await genuineDelivered('k2') },
      ]),
    );
    const rows = await inspect(box);
    expect(bankTrusted(rows).map((r) => r.from?.address)).toEqual(['alerts@northbank.example']);
  });
});

describe('red-team 176: the Thunderbird rule', () => {
  // Passes: Thunderbird's own store (MboxMsgOutputStream: every LF-started ">*From " quoted,
  // whatever line precedes it). His body line "From - <clock>" after a non-empty line is written
  // ">From - …" and does not split; one after a lone CR is not at a line start for either.
  it('Thunderbird store: "From - <clock>" after a non-empty line or a lone CR does not split', async () => {
    const inner = lf(forgedBoxDelivery(ROBIN));
    const body = `Hello Robin,\nFrom - Fri Nov 20 09:58:04 2026\n${inner}\nsee you\rFrom - Fri Nov 20 09:58:05 2026\n${inner}\n`;
    const box = file(
      'thunderbird/Inbox',
      mboxrd(
        [
          { envelope: '-', raw: await genuineDelivered('b0') },
          { envelope: '-', raw: attackerRaw('b1', [], body) },
          { envelope: '-', raw: await genuineDelivered('b2') },
        ],
        (_, i) => tbSep(i),
      ),
    );
    const rows = await inspect(box);
    expect(shape(rows)).toEqual([
      'alerts@northbank.example',
      'news@attacker.example',
      'alerts@northbank.example',
    ]);
    expect(bankTrusted(rows)).toHaveLength(2);
  });

  // FAILS today. A Thunderbird export without the empty line before each separator
  // (ImportExportTools NG issue 329, the reason for the Thunderbird rule). The attacker sends a
  // message with no body and no empty line after its header (SMTP allows it; the box stores it
  // as sent). In the export, the next separator "From - <clock>" follows his last header line;
  // Splitter.take, while `inHeader`, pushes every line into the header until an empty line, so the
  // separator and the whole header of the bank's genuine notice after it join his header: two
  // messages make one row, which reads From alerts@northbank.example and verdict SPOOFED (his
  // Received/Authentication-Results above the bank's From and DKIM-Signature): the genuine notice
  // is lost and the bank's name is reported as spoofed. At fault:
  // lib/cli/batch/mbox.ts Splitter.take (the `inHeader` branch checks no separator). Smallest fix:
  // in the `inHeader` branch, when `writer === 'thunderbird' && THUNDERBIRD.test(head(line)) &&
  // isSeparator(line)` (a header field name has no space, so no header line is "From - …"), end the
  // header and separate. Risk: none found (a header line cannot start "From - ").
  // Fixed at 18:30 (lib/cli/batch/mbox.ts): in a Thunderbird file, its separator ends a message still in its header.
  it('Thunderbird export without empty lines: a header-only message does not swallow the next', async () => {
    const headerOnly = lf(attackerRaw('h1', [], '')).replace(/\n\n$/, '\n');
    const text = [
      `${tbSep(0)}${lf(await genuineDelivered('h0'))}`,
      `${tbSep(1)}${headerOnly}`,
      `${tbSep(2)}${lf(await genuineDelivered('h2'))}`,
    ].join('');
    const rows = await inspect(file('thunderbird/ietng.mbox', text));
    expect(shape(rows)).toEqual([
      'alerts@northbank.example',
      'news@attacker.example',
      'alerts@northbank.example',
    ]);
  });
});

describe('red-team 176: counts not taken', () => {
  // Passes: two Content-Length fields (one exact, one not), a count ending inside a line, and a
  // signed count are not taken, so his open multipart is carried and the forged delivery is
  // marked. (A count one byte short, ending on the line before his empty line, IS believed: that
  // is Dovecot's own form, count then empty line then separator; it is the attack above.)
  for (const [label, fields] of [
    ['two fields', (c: number) => [`Content-Length: ${c}`, 'Content-Length: 5']],
    ['a count ending mid-line', (c: number) => [`Content-Length: ${c - 2}`]],
    ['a count with a sign', (c: number) => [`Content-Length: +${c}`]],
  ] as const) {
    it(`${label}: the forged delivery stays marked`, async () => {
      const n = `n${label.length}`;
      const box = file(
        `concat/${n}.mbox`,
        plainConcat([
          { envelope: BANK_ENVELOPE, raw: await genuineDelivered(`g${n}`) },
          { envelope: 'bounce@attacker.example', raw: countedCarrier(n, fields) },
        ]),
      );
      const rows = await inspect(box);
      expect(bankTrusted(rows)).toHaveLength(1);
      expect(rows[2]!.error).toMatch(/^not analysed: starts inside message #2,/);
    });
  }

  // Passes: a count ending on a "\r\r\n" line (a lone CR, then CRLF: not an empty line) before a
  // separator is not believed, that separator does not split, and a "From" after a lone CR is none.
  it('a lone CR before "From", and a "\\r" line before a separator, are not separators', async () => {
    const got = await split(
      [
        'From a@x.example Fri Nov 20 09:00:00 2026',
        'From: m1@x.example',
        'Content-Length: 9',
        '',
        'hello',
        '\r\r',
        'From b@x.example Fri Nov 20 09:00:01 2026',
        'x\rFrom c@x.example Fri Nov 20 09:00:02 2026',
        '',
        'From d@x.example Fri Nov 20 09:00:03 2026',
        'From: m2@x.example',
        '',
        'body',
        '',
      ].join('\n'),
    );
    expect(got.map(([l]) => l)).toEqual(['From: m1@x.example', 'From: m2@x.example']);
  });
});

describe('red-team 176: a count that covers the next message', () => {
  // FAILS today (the premise is strong: the attacker must predict the next message's bytes in the
  // file exactly, e.g. a templated notice with fixed-width queue ids, or an auto-reply he triggers).
  // mail.local keeps the sender's header fields, Content-Length included. His count covers his
  // body, the writer's empty line, the bank's genuine notice's separator and the whole notice, and
  // ends where that notice ends, before the writer's empty line and the next separator: the
  // Splitter believes it, the notice becomes the tail of his newsletter's body, and it vanishes
  // from the triage without a row or an error. At fault: lib/cli/batch/mbox.ts Splitter.take (the
  // counted-body branch accepts a body that contains a separator after an empty line followed by
  // a header block). Smallest fix: within a counted body, a line that would be a separator after an
  // empty line (the RFC 4155 rule) and is followed by a header block ends the count's credibility
  // unless the writer is known to count every message: recount. Or, cheaper, emit the counted
  // message and mark what the count swallowed: report "a separator inside message #N's counted body"
  // rather than nothing. Risk: a Dovecot file whose body holds an unquoted "From " line after an
  // empty line followed by header-like lines (a forwarded mbox pasted into a body) is split
  // there, as files without counts already are.
  test.fails('mail.local: a count ending at the end of the next message does not swallow it', async () => {
    const genuine = lf(await genuineDelivered('s1'));
    const later = lf(attackerRaw('s2', [], 'See you next week.\n'));
    const build = (count: number) => {
      const news = lf(attackerRaw('s0', [`Content-Length: ${count}`], 'Hello Robin,\n\nour weekly picks.\n'));
      return [
        `${sep(BANK_ENVELOPE, 0)}${genuine}\n`,
        `${sep('bounce@attacker.example', 1)}${news}\n`,
        `${sep(BANK_ENVELOPE, 2)}${genuine.replace('kR176s1', 'kR176s3')}\n`,
        `${sep('bounce@attacker.example', 3)}${later}\n`,
      ].join('');
    };
    const probe = build(0);
    const bodyAt = probe.indexOf('\n\n', probe.indexOf('Content-Length: 0')) + 2;
    const endAt = probe.indexOf(`\n${sep('bounce@attacker.example', 3)}`);
    const text = build(endAt - bodyAt);
    const rows = await inspect(file('maillocal/swallow', text));
    expect(shape(rows)).toEqual([
      'alerts@northbank.example',
      'news@attacker.example',
      'alerts@northbank.example',
      'news@attacker.example',
    ]);
  });
});
