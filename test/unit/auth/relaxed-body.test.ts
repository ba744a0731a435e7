// Our relaxed body hashing path (lib/auth/relaxed-body.ts) against mailauth's RelaxedHash.update it
// stands in for: for any body cut into any chunks, with or without an l= limit and a MIME
// boundary, the same body hash, the same byte counts and the same MIME structure start.
import fc from 'fast-check';
import { RelaxedHash } from 'mailauth/lib/dkim/body/relaxed';
import { describe, expect, it } from 'vitest';
import { isRelaxedHash, speedUpRelaxedHash } from '../../../lib/auth/relaxed-body';

interface Outcome {
  hash: string;
  byteLength: number;
  canonicalizedLength: number;
  bodyHashedBytes: number;
  mimeStructureStart: number;
}

function run(chunks: Buffer[], ours: boolean, maxBodyLength?: number, boundary?: string): Outcome {
  const h = new RelaxedHash('rsa-sha256', maxBodyLength);
  if (boundary) h.setContentType({ value: 'multipart/mixed', params: { boundary } });
  if (ours) {
    expect(isRelaxedHash(h)).toBe(true);
    speedUpRelaxedHash(h);
  }
  for (const c of chunks) h.update(c);
  const hash = h.digest('base64');
  return {
    hash,
    byteLength: h.byteLength,
    canonicalizedLength: h.canonicalizedLength,
    bodyHashedBytes: h.bodyHashedBytes,
    mimeStructureStart: h.getMimeStructureStart(),
  };
}

/**
 * Cut `all` at the given places (deduplicated, in order) into chunks, empty ones included, each a
 * view starting 0-3 bytes into a buffer of its own (the word scan's unaligned head and tail).
 */
function cut(all: number[], cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => Math.min(c, all.length)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const [k, to] of [...at, all.length].entries()) {
    const skew = (k + all.length) % 4;
    const whole = new Uint8Array(skew + to - from + 3);
    whole.fill(0x20);
    whole.set(all.slice(from, to), skew);
    chunks.push(Buffer.from(whole.buffer, skew, to - from));
    from = to;
  }
  return chunks;
}

// Mostly lines relaxed canonicalisation leaves alone (so the fast path is taken), with the bytes
// that make a line need fixing mixed in: a tab, two spaces, a space before the break, a bare LF,
// a lone CR, and a boundary line.
const piece = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('word ', 'word', 'x', '\r\n', 'a b c\r\n', '--b1\r\n', '--b1--\r\n'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\t', '  ', ' \r\n', '\n', '\r', ' ', '\r\r\n', '\n\n', '\r\n\r\n'),
  },
);
const body = fc.array(piece, { maxLength: 40 }).map((ps) => Array.from(Buffer.from(ps.join(''), 'latin1')));
const chunked = fc.tuple(body, fc.array(fc.nat(200), { maxLength: 8 })).map(([all, cuts]) => cut(all, cuts));
const randomBytes = fc
  .tuple(
    fc.array(fc.constantFrom(0x0d, 0x0a, 0x61, 0x20, 0x09), { maxLength: 64 }),
    fc.array(fc.nat(64), { maxLength: 8 }),
  )
  .map(([all, cuts]) => cut(all, cuts));

describe('relaxed body hash', () => {
  it('matches mailauth for any lines in any chunks', () => {
    fc.assert(
      fc.property(chunked, fc.option(fc.nat(120)), fc.boolean(), (chunks, l, multipart) => {
        const limit = l ?? undefined;
        const boundary = multipart ? 'b1' : undefined;
        expect(run(chunks, true, limit, boundary)).toEqual(run(chunks, false, limit, boundary));
      }),
      { numRuns: 4000 },
    );
  });

  it('matches mailauth for any bytes in any chunks', () => {
    fc.assert(
      fc.property(randomBytes, fc.option(fc.nat(70)), (chunks, l) => {
        const limit = l ?? undefined;
        expect(run(chunks, true, limit)).toEqual(run(chunks, false, limit));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['plain lines', ['Hello world\r\n', 'second line\r\n']],
    ['a partial line carried over', ['Hello wo', 'rld\r\nnext', ' line\r\n']],
    ['two spaces split across chunks', ['Hello ', ' world\r\n']],
    ['a space before a break split across chunks', ['Hello \r', '\nworld\r\n']],
    ['a bare LF first', ['\nbody\r\n']],
    ['CR and LF in separate chunks', ['line\r', '\nnext\r\n']],
    ['trailing empty lines', ['text\r\n\r\n\r\n', '\r\n']],
    ['no final line break', ['text\r\nlast']],
    ['a trailing space on the last line', ['text\r\nlast ']],
    ['empty chunks', ['', 'a\r\n', '', 'b']],
    ['only line breaks', ['\r\n\r\n']],
    ['two spaces across a word boundary', ['abc  defgh\r\n', 'abcdefg  hij\r\n']],
    ['a space before a CR across a word boundary', ['abc \r\nxyz\r\n']],
    ['a tab in a word', ['abcdefgh\tijk\r\n']],
  ])('%s', (_, parts) => {
    const chunks = parts.map((p) => Buffer.from(p, 'latin1'));
    expect(run(chunks, true)).toEqual(run(chunks, false));
    expect(run(chunks, true, 5)).toEqual(run(chunks, false, 5));
  });

  it('takes the native path for a chunk that needs no fixing', () => {
    const h = new RelaxedHash('rsa-sha256');
    speedUpRelaxedHash(h);
    const slow = RelaxedHash.prototype.fixLineBuffer;
    let fixed = 0;
    h.fixLineBuffer = (line: Buffer) => {
      fixed++;
      return slow.call(h, line);
    };
    h.update(Buffer.from('Dear customer,\r\nyour statement is ready.\r\nRegards'));
    expect(h.remainder && Buffer.from(h.remainder).toString()).toBe('Regards');
    h.update(Buffer.from('  spaced\r\n'));
    expect(fixed).toBe(1);
  });

  it('tells the relaxed hasher from anything else', () => {
    expect(isRelaxedHash(new RelaxedHash('sha256'))).toBe(true);
    expect(isRelaxedHash({ update() {} })).toBe(false);
    expect(isRelaxedHash(null)).toBe(false);
  });
});
