// Dot look-alikes in a display name (probe25): characters UTS #39 confusables.txt maps to FULL STOP,
// and middle dots, between two letters read as "." for the address search only.
import { describe, expect, it } from 'vitest';
import { embeddedAddress } from '../../../lib/findings/display-name';
import { dotsAsRead, shownText } from '../../../lib/findings/visible-text';
import { baseCtx, findings, ids, setFrom } from './build';

const DOTS = [
  '\u0660', // ARABIC-INDIC DIGIT ZERO
  '\u06F0', // EXTENDED ARABIC-INDIC DIGIT ZERO
  '\u0701', // SYRIAC SUPRALINEAR FULL STOP
  '\u0702', // SYRIAC SUBLINEAR FULL STOP
  '\uA4F8', // LISU LETTER TONE MYA TI
  '\uA60E', // VAI FULL STOP
  '\u{10A50}', // KHAROSHTHI PUNCTUATION DOT
  '\u{1D16D}', // MUSICAL SYMBOL COMBINING AUGMENTATION DOT
  '\u00B7', // MIDDLE DOT
  '\u30FB', // KATAKANA MIDDLE DOT
  '\u2219', // BULLET OPERATOR
  '\u22C5', // DOT OPERATOR
  '\u2027', // HYPHENATION POINT
];

describe('dot look-alikes in a display name', () => {
  it.each(DOTS)('reads U+%s between two words as a dot', (dot) => {
    const name = `security@northbank${dot}example`;
    expect(embeddedAddress(name)?.address).toBe('security@northbank.example');
    const ctx = baseCtx();
    setFrom(ctx, name, 'notice@attacker.example');
    expect(findings(ctx).find((f) => f.id === 'display-name-address')?.severity).toBe('high');
  });

  it('only between two letters or digits, and never in what is shown', () => {
    expect(dotsAsRead('a\u00B7b')).toBe('a.b');
    expect(dotsAsRead('\u00B7ab\u00B7')).toBe('\u00B7ab\u00B7');
    expect(dotsAsRead('a \u00B7 b')).toBe('a \u00B7 b');
    expect(shownText('northbank\u0660example')).toBe('northbank\u0660example');
    // An Arabic-Indic or Persian zero inside a number is a digit: "١٠٠" stays one hundred.
    expect(dotsAsRead('\u0661\u0660\u0660')).toBe('\u0661\u0660\u0660');
    expect(dotsAsRead('\u06F1\u06F0\u06F0')).toBe('\u06F1\u06F0\u06F0');
    expect(dotsAsRead('plain ascii')).toBe('plain ascii');
  });

  it('genuine names with middle dots or Arabic digits and no at sign hold no address', () => {
    for (const name of ['Col\u00B7legi Oficial', 'ジョン・スミス', 'Marcel\u00B7la Puig', 'فرع ٢٠٢٤']) {
      expect(embeddedAddress(name), name).toBeNull();
      const ctx = baseCtx();
      setFrom(ctx, name, 'info@example.org');
      expect(ids(ctx), name).not.toContain('display-name-address');
    }
  });

  it('the address the name holds at its own domain is no impersonation', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'info@example\u00B7org', 'info@example.org');
    expect(ids(ctx)).not.toContain('display-name-address');
  });

  it.each([
    ['dots before an at sign', (n: number) => `${'a\u00B7'.repeat(n)}@b`],
    ['dots after an at sign', (n: number) => `x@${'b\u00B7'.repeat(n)}1`],
    ['at signs', (n: number) => 'a\u00B7@'.repeat(n)],
    ['blanks', (n: number) => `a${' '.repeat(n)}b`],
  ])('stays linear on a long name of %s', (_, make) => {
    const t = performance.now();
    expect(embeddedAddress(make(100_000))).toBeNull();
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
