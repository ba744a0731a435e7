import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactResinfo, parseAuthResultsValue } from '../../../lib/auth/authresults-syntax';
import { parseAuthResultsValue as referenceParse } from './authresults-syntax-reference';

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

describe('parseAuthResultsValue', () => {
  // The scanners were written by hand (runs copied by slice, words without a regular expression,
  // folding skipped where it cannot change the words): the same reading as before, for any value.
  it('reads every value as the reference parser does', () => {
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\r\n ',
      '\u00a0',
      '\u2028',
      ';',
      '(',
      ')',
      '"',
      '\\',
      '@[',
      ']',
      '@',
      '=',
      '/',
      '.',
      'mx.example',
      '1',
      'none',
      'spf=pass',
      'dkim',
      'dmarc=pass',
      'dmarc=fail',
      'arc=pass',
      'arc=none',
      'header.from=a.example',
      'smtp.mailfrom=',
      'reason=',
      'p=REJECT',
      'x@[1.2.3.4]',
      'reason="two words"',
      ' reason="a\\\r\n b"',
      '"\\\u2028"',
      'a',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const value = pieces.join('');
        expect(parseAuthResultsValue(value)).toEqual(referenceParse(value));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (value) => {
        expect(parseAuthResultsValue(value)).toEqual(referenceParse(value));
      }),
      { numRuns: 5000 },
    );
  });
});
