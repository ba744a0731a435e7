// The readers under batch inspect, fed directly: the mbox splitter with chunks cut anywhere, and
// the attached-message finder on the exact bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachedMessages } from '../../../lib/cli/batch/attached';

const attachedMessage = (raw: Uint8Array) => attachedMessages(raw)[0] ?? null;

import { csvCell } from '../../../lib/cli/batch/format';
import { looksLikeMbox, splitMbox } from '../../../lib/cli/batch/mbox';
import { expandInputs } from '../../../lib/cli/batch/sources';

const enc = new TextEncoder();
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

async function splitMarked(text: string, chunk: number): Promise<Array<[string, number | null]>> {
  const bytes = enc.encode(text);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  const out: Array<[string, number | null]> = [];
  for await (const m of splitMbox(chunks())) out.push([dec(m.bytes), m.inside]);
  return out;
}

async function split(text: string, chunk: number): Promise<string[]> {
  return (await splitMarked(text, chunk)).map(([m]) => m);
}

const BOX = [
  'From alice@example.com Tue Mar  3 10:00:00 2026',
  'From: alice@example.com',
  'Subject: one',
  '',
  '>From the start of a line',
  '>>From a quoted quote',
  '> From not a quoted From line',
  '',
  'From the desk of nobody, no date: still body',
  '',
  'From - Wed Mar  4 11:00:00 2026',
  'From: bob@example.com',
  '',
  'two',
  '',
].join('\n');

describe('splitMbox', () => {
  it.each([1, 2, 7, 64, 100_000])(
    'splits into messages and un-quotes one ">" (chunks of %i bytes)',
    async (n) => {
      const got = await split(BOX, n);
      expect(got).toEqual([
        'From: alice@example.com\nSubject: one\n\nFrom the start of a line\n>From a quoted quote\n> From not a quoted From line\n\nFrom the desk of nobody, no date: still body\n',
        'From: bob@example.com\n\ntwo\n',
      ]);
    },
  );

  it('keeps CRLF line ends and a byte order mark before the first separator out of the message', async () => {
    const got = await split(`\uFEFF${BOX.replace(/\n/g, '\r\n')}`, 5);
    expect(got).toHaveLength(2);
    expect(got[1]).toBe('From: bob@example.com\r\n\r\ntwo\r\n');
    expect(looksLikeMbox(enc.encode(`\uFEFFFrom x`))).toBe(true);
    expect(looksLikeMbox(enc.encode('From: x'))).toBe(false);
  });

  it('gives an empty message for a separator with nothing after it, not nothing', async () => {
    expect(await split('From a@b.example Tue Mar  3 10:00:00 2026\n', 4)).toEqual(['']);
  });
});

describe('expandInputs: an mbox file', () => {
  async function messagesOf(text: string): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'hl-mbox-'));
    try {
      writeFileSync(join(dir, 'box.mbox'), text);
      const out: string[] = [];
      for await (const m of expandInputs([join(dir, 'box.mbox')])) {
        expect(m.index).toBe(out.length + 1);
        out.push('bytes' in m ? dec(m.bytes) : `problem ${m.problem.kind}`);
      }
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // Past 1 MiB an mbox is streamed instead of read whole: the messages are the same either way.
  it.each([
    ['read whole (small)', 3],
    ['streamed (over 1 MiB)', 3000],
  ])('gives the same messages %s', async (_, copies) => {
    const one = `${BOX.replace(/\n$/, '')}\n${'x'.repeat(300)}\n\n`;
    const text = `\uFEFF${one.repeat(copies)}`;
    expect(text.length > 2 ** 20).toBe(copies > 3);
    const got = await messagesOf(text);
    expect(got).toHaveLength(2 * copies);
    expect(got).toEqual(await split(text, 1 << 16));
    expect(got[1]).toBe(`From: bob@example.com\n\ntwo\n${'x'.repeat(300)}\n`);
  });
});

describe('attachedMessage', () => {
  const inner =
    'From: a@bank.example\r\nSubject: x\r\nDKIM-Signature: v=1;  a=rsa\r\n\r\nbody line  \r\n\r\n.\r\n\r\n';
  const wrap = (part: string, cte = '') =>
    enc.encode(
      `From: r@c.example\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="XX"\r\n\r\npreamble\r\n--XX\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--XX\r\nContent-Type: MESSAGE/RFC822; name="a.eml"\r\n${cte}\r\n${part}\r\n--XX--\r\nepilogue\r\n`,
    );

  it('returns the attached message byte for byte (CRLF kept, the break before the boundary left out)', () => {
    expect(dec(attachedMessage(wrap(inner))!)).toBe(inner);
  });

  it('decodes a base64 attachment back to the same bytes', () => {
    const b64 = Buffer.from(inner).toString('base64').replace(/.{20}/g, '$&\r\n');
    expect(dec(attachedMessage(wrap(b64, 'Content-Transfer-Encoding: base64\r\n'))!)).toBe(inner);
  });

  it('finds it inside a nested multipart (a bounce), and returns null when there is none', () => {
    const bounce = enc.encode(
      `From: MAILER-DAEMON@mx.example\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=outer\r\n\r\n--outer\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--outer\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n--inner\r\nContent-Type: message/rfc822\r\n\r\n${inner}\r\n--inner--\r\n--outer--\r\n`,
    );
    expect(dec(attachedMessage(bounce)!)).toBe(inner);
    expect(attachedMessage(enc.encode('From: a@b.example\r\nSubject: plain\r\n\r\nhello\r\n'))).toBeNull();
    // A message that is itself message/rfc822 at the top is not "attached".
    expect(attachedMessage(enc.encode(`Content-Type: message/rfc822\r\n\r\n${inner}`))).toBeNull();
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+2', `"'=1+2"`],
    ['+SUM(A1)', `"'+SUM(A1)"`],
    ['-2', `"'-2"`],
    ['@cmd', `"'@cmd"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
  ])('%s → %s', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});

describe('splitMbox: bodies that tell where they end (red-team round 173)', () => {
  const sep = (who: string) => `From ${who} Fri Nov 20 09:58:04 2026`;
  const injected = [
    '',
    sep('security@northbank.example'),
    'From: security@northbank.example',
    'Subject: forged',
    '',
    'pay',
  ];

  it('a true Content-Length keeps an unquoted "From " line in its body, at every chunk size', async () => {
    const body = ['Hello', ...injected, ''].join('\n');
    const text = [
      sep('a@one.example'),
      'From: a@one.example',
      `Content-Length: ${enc.encode(body).length}`,
      '',
      body,
      sep('b@two.example'),
      'From: b@two.example',
      '',
      'two',
      '',
    ].join('\n');
    for (const n of [1, 3, 7, 64, 1 << 16]) {
      const got = await splitMarked(text, n);
      expect(got.map(([m, inside]) => [m.split('\n')[0], inside])).toEqual([
        ['From: a@one.example', null],
        ['From: b@two.example', null],
      ]);
      expect(got[0]![0]).toContain('Subject: forged');
    }
  });

  it('a Content-Length that ends mid-line, or not before a separator, is not taken', async () => {
    for (const length of [3, 8]) {
      const text = [
        sep('a@one.example'),
        'From: a@one.example',
        `Content-Length: ${length}`,
        '',
        'Hello',
        ...injected,
        '',
      ].join('\n');
      const got = await splitMarked(text, 5);
      expect(got.map(([m]) => m.split('\n')[0])).toEqual([
        'From: a@one.example',
        'From: security@northbank.example',
      ]);
    }
  });

  it('a "From " line inside an open multipart splits, and what follows is marked until it closes', async () => {
    const text = [
      sep('a@one.example'),
      'From: a@one.example',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Hello',
      ...injected,
      '--b1--',
      '',
      sep('b@two.example'),
      'From: b@two.example',
      '',
      'two',
      '',
    ].join('\n');
    for (const n of [1, 4, 1 << 16]) {
      const got = await splitMarked(text, n);
      expect(got.map(([m, inside]) => [m.split('\n')[0], inside])).toEqual([
        ['From: a@one.example', null],
        ['From: security@northbank.example', 1],
        ['From: b@two.example', null],
      ]);
    }
  });

  it('a multipart that never closes marks every message after it, none swallowed', async () => {
    const text = [
      sep('a@one.example'),
      'From: a@one.example',
      'Content-Type: multipart/mixed; boundary="open"',
      '',
      '--open',
      '',
      'cut here',
      '',
      sep('b@two.example'),
      'From: b@two.example',
      '',
      'two',
      '',
      sep('c@three.example'),
      'From: c@three.example',
      '',
      'three',
      '',
    ].join('\n');
    const got = await splitMarked(text, 1 << 16);
    expect(got.map(([, inside]) => inside)).toEqual([null, 1, 1]);
  });
});
