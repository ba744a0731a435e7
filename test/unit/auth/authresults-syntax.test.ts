import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactResinfo } from '../../../lib/auth/authresults-syntax';

/** The four replacements compactResinfo makes whenever something needs folding. */
function fourReplacements(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?= ?/g, '=')
    .replace(/ ?\/ ?/g, '/')
    .replace(/ ?\. ?(?=[^ =]{0,64}=)/g, '.');
}

describe('compactResinfo', () => {
  it('gives what the four replacements give, for any text', () => {
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\r\n ',
      '\u00a0',
      '=',
      '/',
      '.',
      'a',
      'smtp',
      'header',
      '"',
      ';',
      'pass',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(compactResinfo(text)).toBe(fourReplacements(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(compactResinfo(text)).toBe(fourReplacements(text));
      }),
    );
  });

  it('folds CFWS around "=", "/" and "." (RFC 8601 §2.2)', () => {
    expect(compactResinfo(' dkim / 1 = pass header . d = example.com')).toBe(
      ' dkim/1=pass header.d=example.com',
    );
    expect(compactResinfo(' spf=pass smtp.mailfrom=example.com')).toBe(' spf=pass smtp.mailfrom=example.com');
  });
});
