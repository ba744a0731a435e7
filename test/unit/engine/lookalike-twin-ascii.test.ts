// lookalikeTwin (lib/engine/lookalike-twin.ts) lets an ASCII From domain without `xn--` go before
// any conversion: such a name's organisation reads, in Unicode, as ASCII, and an ASCII label folds
// to no twin. For any such name, the conversions it skips would have found no letter to fold.
import fc from 'fast-check';
import punycode from 'punycode.js';
import { describe, expect, it } from 'vitest';
import { punycodeDomain } from '../../../lib/dns/name';
import { registrableDomain } from '../../../lib/dns/registrable';
import { mayBeDisguised } from '../../../lib/engine/lookalike-twin';
import { orthographyTwin } from '../../../lib/findings/lookalike-letters';

const asciiDomain = fc
  .array(fc.constantFrom(...'abcxyzKXN-.0 9\t_@', 'xn', 'xn-', 'com', 'co.uk', 'example'), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('mayBeDisguised', () => {
  it('an ASCII name without xn-- folds to no twin', () => {
    fc.assert(
      fc.property(asciiDomain, (domain) => {
        fc.pre(!mayBeDisguised(domain));
        const ascii = punycodeDomain(domain);
        const org = ascii ? registrableDomain(ascii) : null;
        if (!org) return;
        const uni = punycode.toUnicode(org);
        expect(uni).toBe(org);
        for (const label of uni.split('.')) expect(orthographyTwin(label)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('a name with a letter outside ASCII or an A-label may be disguised', () => {
    expect(mayBeDisguised('nørthbank.example')).toBe(true);
    expect(mayBeDisguised('XN--nrthbank-r1a.example')).toBe(true);
    expect(mayBeDisguised('northbank.example')).toBe(false);
  });
});
