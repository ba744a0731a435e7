// Issue 19 §5: our linear header parser (lib/auth/header-rows.ts, parseHeaderRows in
// lib/auth/mailauth.ts) against mailauth's own parseHeaders it stands in for: the same rows,
// keys and bytes for any header block, and no quadratic time on thousands of folded lines.
import fc from 'fast-check';
import { parseHeaders } from 'mailauth/lib/tools';
import { describe, expect, it } from 'vitest';
import { parseHeaderRows } from '../../../lib/auth/mailauth';

interface Row {
  key: string | null;
  casedKey: string | undefined;
  line: Buffer;
}
const view = (r: { parsed: Row[]; original: Buffer }) => ({
  parsed: r.parsed.map((row) => ({
    key: row.key,
    casedKey: row.casedKey,
    line: row.line.toString('latin1'),
  })),
  original: r.original.toString('latin1'),
});
const mailauthRows = (buf: Buffer) => view(parseHeaders(buf) as { parsed: Row[]; original: Buffer });
const ourRows = (buf: Buffer) => view(parseHeaderRows(buf));

// Lines where the folding rules are the point: names, colons, blanks, tabs, CR/LF, 8-bit bytes.
const piece = fc.constantFrom(
  'From',
  'received',
  'X-A',
  ':',
  ' ',
  '\t',
  '\r\n',
  '\n',
  '\r',
  'v',
  'Ü',
  '\xa0',
  ' : ',
  'DKIM-Signature: v=1; h=from:to',
);
const block = fc.array(piece, { maxLength: 40 }).map((ps) => Buffer.from(ps.join(''), 'latin1'));

describe('parseHeaderRows', () => {
  it('builds exactly the rows mailauth builds, for any header block', () => {
    fc.assert(
      fc.property(block, (buf) => {
        expect(ourRows(buf)).toEqual(mailauthRows(buf));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['an empty block', ''],
    ['only line breaks', '\r\n\r\n'],
    ['a first line that is no field', ' folded\r\nFrom: a\r\n'],
    ['a fold between the name and the colon', 'Subject\r\n :x\r\nTo: b\r\n'],
    ['a line without a colon joins the field above', 'From: a\r\nno colon here\r\nTo: b\r\n'],
    ['bare LF line ends', 'From: a\n b\nTo: c\n'],
    ['a non-ASCII name', 'Frøm: a\r\nFROM: b\r\n'],
  ])('%s', (_, text) => {
    const buf = Buffer.from(text, 'latin1');
    expect(ourRows(buf)).toEqual(mailauthRows(buf));
  });

  it('the same rows for 6,000 folded Received fields, without mailauth’s quadratic time', () => {
    const text = Array.from(
      { length: 6000 },
      (_, i) =>
        `Received: from h${i}.example (h${i}.example [192.0.2.1])\r\n\tby mx.example; Tue, 3 Mar 2026 10:00:00 +0000`,
    ).join('\r\n');
    const buf = Buffer.from(`${text}\r\n`, 'latin1');
    const ours = ourRows(buf);
    expect(ours.parsed).toHaveLength(6000);
    expect(ours).toEqual(mailauthRows(buf));
  });
});
