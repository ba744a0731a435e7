// The memory's name checks read by hand (lib/memory/names.ts) must say what the import's regular
// expressions say (validate.ts reads the stored memory with those): fast-check over names built
// from the characters that matter (letters of either case, digits, `-`, `_`, dots, a trailing dot,
// other ASCII and non-ASCII letters), of every length up to past the limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idnaHostname } from '../../../lib/dns/name';
import { HOST, isHost, memoryHost } from '../../../lib/memory/names';

const piece = fc.constantFrom(
  'a',
  'z',
  'K',
  '0',
  '9',
  '-',
  '_',
  '.',
  '..',
  'é',
  ' ',
  '@',
  'xn--',
  'ab',
  '\u0430',
  // The Kelvin sign, whose lower case is ASCII `k`.
  '\u212a',
);
const name = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')),
  // Labels near 63 characters and names near 253.
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 70 }), fc.constantFrom('a', '-', '_', '7')), { maxLength: 6 })
    .map((ls) => ls.map(([n, c]) => `b${c.repeat(n)}`).join('.')),
  fc.string({ maxLength: 300 }),
);

/** memoryHost as written before the hand-read check (the reference). */
function reference(domain: string): string | null {
  const d = domain.toLowerCase().replace(/\.$/, '');
  if (/[^\x00-\x7f]/.test(d)) return null; // the IDNA path is shared, not compared here
  return HOST.test(d) ? d : null;
}

describe('memory names read by hand', () => {
  it('isHost says what HOST says', () => {
    fc.assert(
      fc.property(name, (d) => {
        expect(isHost(d)).toBe(HOST.test(d));
      }),
      { numRuns: 20_000 },
    );
  });

  it('memoryHost files an ASCII name as before', () => {
    fc.assert(
      fc.property(name, (d) => {
        if (/[^\x00-\x7f]/.test(d.toLowerCase().replace(/\.$/, ''))) return;
        expect(memoryHost(d)).toBe(reference(d));
      }),
      { numRuns: 20_000 },
    );
  });

  it('memoryHost answers as the remembered function it was, for every name (an ASCII name is no longer filed)', () => {
    const reference = (domain: string): string | null => {
      let d = domain.toLowerCase();
      if (d.endsWith('.')) d = d.slice(0, -1);
      if (/[^\x00-\x7f]/.test(d)) {
        d = idnaHostname(d) ?? '';
        return HOST.test(d) ? d : null;
      }
      return HOST.test(d) ? d : null;
    };
    fc.assert(
      fc.property(name, (d) => {
        expect(memoryHost(d)).toBe(reference(d));
        expect(memoryHost(d)).toBe(reference(d));
      }),
      { numRuns: 20_000 },
    );
  });

  it('checks the edges: 63-character labels, 253-character names, hyphens at the ends, a trailing dot', () => {
    const l63 = 'a'.repeat(63);
    for (const d of [
      l63,
      `${l63}a`,
      [l63, l63, l63, 'a'.repeat(61)].join('.'),
      [l63, l63, l63, 'a'.repeat(62)].join('.'),
      '-a.example',
      'a-.example',
      'a.example.',
      'a..example',
      '.a',
      '',
      '_dmarc.example',
    ])
      expect(isHost(d)).toBe(HOST.test(d));
  });
});
