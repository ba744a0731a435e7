// signatureFieldCount (lib/auth/dkim.ts) counts DKIM-Signature fields on the header bytes, so
// limitSignatures decodes the header block only for a message over the limit. It must count what
// the pattern it stands in for finds on the latin1 text, for any bytes and any end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitSignatures, MAX_DKIM_SIGNATURES, signatureFieldCount } from '../../../lib/auth/dkim';

const PATTERN = /(^|\n)dkim-signature[ \t]*:/gi;
const latin1 = new TextDecoder('latin1');

const piece = fc.oneof(
  fc.constantFrom(
    'DKIM-Signature',
    'dkim-signature',
    'Dkim-SIGNATURE',
    'DKIM-Signatur',
    'DKIM_Signature',
    'X-DKIM-Signature',
    ' ',
    '\t',
    ':',
    '\n',
    '\r\n',
    '\r',
    'v=1; a=rsa-sha256',
  ),
  fc.uint8Array({ maxLength: 4 }).map((b) => latin1.decode(b)),
);
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

describe('signatureFieldCount', () => {
  it('counts what the pattern finds on the latin1 text, for any bytes and any end', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), (pieces, cut) => {
        const raw = bytesOf(pieces.join(''));
        const end = raw.length === 0 ? 0 : cut % (raw.length + 1);
        const text = latin1.decode(raw.subarray(0, end));
        expect(signatureFieldCount(raw, end)).toBe([...text.matchAll(PATTERN)].length);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves a message at the limit as it is and renames the fields past it', () => {
    const field = 'DKIM-Signature: v=1; d=example.com\r\n';
    const at = (n: number) => bytesOf(`${field.repeat(n)}From: a@example.com\r\n\r\nbody\r\n`);
    expect(limitSignatures(at(MAX_DKIM_SIGNATURES))).toEqual({ input: at(MAX_DKIM_SIGNATURES), skipped: 0 });
    expect(limitSignatures(at(MAX_DKIM_SIGNATURES + 2)).skipped).toBe(2);
  });
});
