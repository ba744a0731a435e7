import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_LENGTH, rememberPair } from '../../lib/remember';

describe('rememberPair', () => {
  it('answers as the function does, for any two strings, asked once or again', () => {
    const join = (a: string, b: string) => `${a}|${b}`;
    const remembered = rememberPair(join, 64);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(remembered(a, b)).toBe(join(a, b));
        expect(remembered(a, b)).toBe(join(a, b));
      }),
    );
  });

  it('keeps pairs that join to the same text apart', () => {
    const remembered = rememberPair((a, b) => [a, b]);
    expect(remembered('a\nb', 'c')).toEqual(['a\nb', 'c']);
    expect(remembered('a', 'b\nc')).toEqual(['a', 'b\nc']);
    expect(remembered('1:', 'x')).toEqual(['1:', 'x']);
    expect(remembered('', '1:x')).toEqual(['', '1:x']);
  });

  it('computes long pairs each time', () => {
    let calls = 0;
    const remembered = rememberPair((a: string, b: string) => {
      calls++;
      return a.length + b.length;
    });
    const long = 'x'.repeat(MAX_REMEMBERED_LENGTH);
    expect(remembered(long, 'y')).toBe(MAX_REMEMBERED_LENGTH + 1);
    expect(remembered(long, 'y')).toBe(MAX_REMEMBERED_LENGTH + 1);
    expect(calls).toBe(2);
    remembered('a', 'b');
    remembered('a', 'b');
    expect(calls).toBe(3);
  });
});
