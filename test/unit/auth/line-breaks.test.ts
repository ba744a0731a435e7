// Our bare-LF rewrite (lib/auth/line-breaks.ts) against mailauth's own MessageParser generator it
// stands in for: the same pieces, in the same order, for any bytes cut into any chunks.
import fc from 'fast-check';
import { MessageParser } from 'mailauth/lib/dkim/message-parser';
import { describe, expect, it } from 'vitest';
import { checkDkim } from '../../../lib/auth/dkim';
import { crlfPieces, type LineBreakState } from '../../../lib/auth/line-breaks';
import { dkimName, message, rsaKey, SIGN_TIME, sign, TestZone } from '../../fixtures/auth/mail';
import { lineEndingChunks } from '../../helpers/message-arbitraries';

type Pieces = string[];

function mailauthPieces(chunks: Buffer[]): Pieces {
  const parser = new MessageParser();
  return chunks.flatMap((c) => [...parser.ensureLinebreaks(c)].map((p) => Buffer.from(p).toString('latin1')));
}

function ourPieces(chunks: Buffer[]): Pieces {
  const state: LineBreakState = {};
  return chunks.flatMap((c) => [...crlfPieces(state, c)].map((p) => Buffer.from(p).toString('latin1')));
}

const chunked = lineEndingChunks(64, 6);

describe('bare LF → CRLF', () => {
  it('yields exactly the pieces mailauth yields, for any bytes in any chunks', () => {
    fc.assert(
      fc.property(chunked, (chunks) => {
        expect(ourPieces(chunks)).toEqual(mailauthPieces(chunks));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['CR at the end of one chunk, LF at the start of the next', ['a\r', '\nb']],
    ['LF at the start of the first chunk', ['\na']],
    ['LF after an LF', ['a\n\n', '\n']],
    ['empty chunks', ['', 'a\n', '']],
    ['no line break at all', ['abc']],
  ])('%s', (_, parts) => {
    const chunks = parts.map((p) => Buffer.from(p, 'latin1'));
    expect(ourPieces(chunks)).toEqual(mailauthPieces(chunks));
  });

  it('a message saved with LF line endings still verifies', async () => {
    const key = rsaKey(2048);
    const zone = new TestZone({ [dkimName('s1', 'example.com')]: { TXT: [key.record] } });
    const signed = await sign(message(), [{ domain: 'example.com', selector: 's1', key }]);
    const unix = signed.replace(/\r\n/g, '\n');
    expect(unix).not.toContain('\r');
    const [d] = await checkDkim(unix, { resolver: zone, fromDomain: 'example.com', now: SIGN_TIME });
    expect(d).toMatchObject({ result: 'pass' });
  });
});
