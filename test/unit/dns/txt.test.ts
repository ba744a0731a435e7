import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTxtData, parseTxtData, splitTxt } from '../../../lib/dns/txt';

describe('TXT zone-file text (RFC 1035 §5.1)', () => {
  it('reads one chunk per quoted string, adjacent or spaced', () => {
    expect(parseTxtData('"v=spf1 " "ip4:192.0.2.1 -all"')).toEqual(['v=spf1 ', 'ip4:192.0.2.1 -all']);
    expect(parseTxtData('"a""b"')).toEqual(['a', 'b']);
  });

  it('decodes \\" and \\DDD escapes, multi-byte UTF-8 included', () => {
    expect(parseTxtData('"say \\"hi\\"\\059 back\\\\slash"')).toEqual(['say "hi"; back\\slash']);
    expect(parseTxtData('"caf\\195\\169"')).toEqual(['café']);
  });

  it("takes Google's unquoted data whole", () => {
    expect(parseTxtData('v=spf1 include:_spf.google.com ~all')).toEqual([
      'v=spf1 include:_spf.google.com ~all',
    ]);
  });

  it('survives an unterminated quote', () => {
    expect(parseTxtData('"abc')).toEqual(['abc']);
  });

  it('formatTxtData is the inverse of parseTxtData for any chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        (chunks) => {
          expect(parseTxtData(formatTxtData(chunks))).toEqual(chunks);
        },
      ),
    );
  });

  it('splits values over 255 octets like DNS, never inside a character', () => {
    const long = `v=spf1 ${'ip4:192.0.2.1 '.repeat(30)}-all`;
    const chunks = splitTxt(long);
    expect(chunks.length).toBe(2);
    expect(chunks[0]!.length).toBe(255);
    expect(chunks.join('')).toBe(long);
    const accents = 'é'.repeat(200); // 400 octets
    const parts = splitTxt(accents);
    expect(parts.join('')).toBe(accents);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(255);
  });

  it('cuts where counting UTF-8 octets code point by code point would, for any text with lone surrogates', () => {
    const encoder = new TextEncoder();
    const reference = (value: string): string[] => {
      const out: string[] = [];
      let current = '';
      let size = 0;
      for (const ch of value) {
        const n = encoder.encode(ch).length;
        if (size + n > 255) {
          out.push(current);
          current = '';
          size = 0;
        }
        current += ch;
        size += n;
      }
      out.push(current);
      return out;
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 900 }), fc.string({ maxLength: 300 }), (a, b) => {
        const value = a + b;
        expect(splitTxt(value)).toEqual(encoder.encode(value).length <= 255 ? [value] : reference(value));
      }),
      { numRuns: 500 },
    );
  });
});
