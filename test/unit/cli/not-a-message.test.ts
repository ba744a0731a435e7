// notAMessage (lib/cli/io.ts) reads a message that starts with its first field on the bytes, and
// decodes the head only otherwise. For any bytes it must say what the decoding version said.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notAMessage } from '../../../lib/cli/io';
import { emlxMessage } from '../../../lib/message/emlx';

/** The version before the byte check (HeaderLens fedc773c). */
function notAMessageBefore(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode((emlxMessage(bytes) ?? bytes).subarray(0, 4096));
  if (head.trim() === '') return 'is empty';
  const start = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').replace(/^From [^\n]*\n/, '');
  if (/^[!-9;-~]+[ \t]*:/.test(start)) return null;
  const binary = [...head.slice(0, 512)].filter((c) => /[\x00-\x08\x0E-\x1F]/.test(c)).length > 0;
  return binary ? 'is binary data, not an email message' : 'does not start with a header field (Name: value)';
}

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const piece = fc.oneof(
  fc.constantFrom(
    'From',
    'From ',
    'Subject',
    ':',
    ' ',
    '\t',
    '\n',
    '\r\n',
    '\xEF\xBB\xBF',
    'X-A',
    '12',
    '\x01',
    '\x85',
    ';',
  ),
  fc.uint8Array({ maxLength: 3 }).map((b) => String.fromCharCode(...b)),
);

describe('notAMessage', () => {
  it('says what the decoding version said, for any bytes', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const raw = bytesOf(pieces.join(''));
        expect(notAMessage(raw)).toBe(notAMessageBefore(raw));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a field past 4096 bytes of name as the decoding version did', () => {
    const raw = bytesOf(`${'X'.repeat(4100)}: value\n\nbody`);
    expect(notAMessage(raw)).toBe(notAMessageBefore(raw));
    const blank = bytesOf(`${' '.repeat(4096)}X: y`);
    expect(notAMessage(blank)).toBe(notAMessageBefore(blank));
  });
});
