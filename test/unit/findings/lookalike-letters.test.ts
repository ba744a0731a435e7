// Latin-only look-alike From domains (lib/findings/lookalike-letters.ts, lookalike.ts): northbɑnk
// (U+0251 LATIN SMALL LETTER ALPHA), northbanĸ (U+0138 KRA), nᴏrthbank (U+1D0F SMALL CAPITAL O)
// authenticate for themselves and read as northbank.example (probe25 from-*-homograph-*); genuine
// IDNs (bücherhaus, müller, smørrebrød, Greek, Japanese) stay authenticated with an info finding.
import { describe, expect, it } from 'vitest';
import { disguisedLetters } from '../../../lib/findings/lookalike-letters';
import { baseCtx, findings, ids, noAuth, setFrom, verdictOf } from './build';

describe('disguisedLetters', () => {
  it.each([
    ['northb\u0251nk', 'northbank', ['\u0251']],
    ['northban\u0138', 'northbank', ['\u0138']],
    ['n\u1D0Frthbank', 'northbank', ['\u1D0F']],
    ['n\u1D0Frthb\u0251nk', 'northbank', ['\u1D0F', '\u0251']],
    ['northb\u0251\u0303nk', 'northba\u0303nk', ['\u0251']], // alpha with a combining tilde
    ['\u0280\u1D00\u026Ale', 'raile', ['\u0280', '\u1D00', '\u026A']], // small capitals R, A, I
  ])('%s reads as %s', (label, readsAs, letters) => {
    expect(disguisedLetters(label)).toEqual({ readsAs, letters });
  });

  it.each([
    'northbank',
    'bücherhaus',
    'mu\u0308ller', // u + combining diaeresis, written decomposed
    'straße',
    'smørrebrød',
    'æblegård',
    'œuvre',
    'ðing',
    'þingvellir',
    'łódź',
    'đakovo',
    'ħamrun',
    'ıspanak',
    'ŋuolla',
    'ŧuolla',
    'ɛwɛ',
    'ɔkɔ',
    'ɓɗƙƴ',
    'ʋɣƒ',
    // Real-mail round 29: Ewe, Bambara, Kabiye, Skolt Sámi, and ɨ ʉ.
    'eʋeɖe',
    'ɲɔgɔn',
    'kabɩyɛ',
    'ʊlʊ',
    'saǥǥ',
    'kɨʉ',
    'bakıəʃ',
    'ǯuolla', // Skolt Sámi: ʒ + caron
    'ǝ',
    'ελληνικά',
    '日本',
    'xn--northbnk-0od', // an A-label is read decoded by the caller, never here
    '\uff4e\uff4f\uff52\uff54\uff48\uff42\uff41\uff4e\uff4b', // full-width: IDNA maps it to northbank itself
    'northban\u212a', // KELVIN SIGN: likewise
  ])('%s holds no disguised letter', (label) => {
    expect(disguisedLetters(label)).toBeNull();
  });
});

const authenticatedFrom = (address: string) => {
  const ctx = baseCtx();
  setFrom(ctx, 'Northbank Security', address);
  return ctx;
};

describe('Latin-only homograph From domains', () => {
  it.each([
    'security@northb\u0251nk.example',
    'security@xn--northbnk-0od.example',
    'security@northban\u0138.example',
    'security@n\u1D0Frthbank.example',
    'security@alerts.northb\u0251nk.example',
  ])(
    '%s, authenticated for itself → suspicious, lookalike-domain (high) naming northbank.example',
    (address) => {
      const ctx = authenticatedFrom(address);
      const hit = findings(ctx).find((f) => f.id === 'lookalike-domain');
      expect(hit?.severity).toBe('high');
      expect(hit?.title).toContain('imitates northbank.example');
      expect(hit?.detail).toContain('to read like the same name in plain letters (northbank.example)');
      expect(ids(ctx)).not.toContain('international-domain');
      expect(verdictOf(ctx).verdict).toBe('suspicious');
    },
  );

  it('keeps the suffix the look-alike was registered under', () => {
    const hit = findings(authenticatedFrom('a@northb\u0251nk.co.uk')).find(
      (f) => f.id === 'lookalike-domain',
    );
    expect(hit?.title).toContain('imitates northbank.co.uk');
  });

  it('unauthenticated, it is spoofed (a high impersonation finding, row impersonation-unauthenticated)', () => {
    const ctx = authenticatedFrom('security@northb\u0251nk.example');
    noAuth(ctx);
    expect(verdictOf(ctx).verdict).toBe('spoofed');
  });
});

describe('genuine IDNs', () => {
  it.each([
    ['service@bücherhaus.example', 'xn--bcherhaus-q9a.example'],
    ['service@xn--bcherhaus-q9a.example', 'xn--bcherhaus-q9a.example'],
    ['info@müller.de', 'xn--mller-kva.de'],
    ['info@smørrebrød.example', 'xn--smrrebrd-64af.example'],
    ['info@ελληνικά.example', 'xn--hxargifdar.example'],
    ['info@日本.example', 'xn--wgv71a.example'],
  ])('%s stays authenticated, with international-domain (info) naming %s', (address, aLabel) => {
    const ctx = authenticatedFrom(address);
    expect(ids(ctx)).not.toContain('lookalike-domain');
    const info = findings(ctx).find((f) => f.id === 'international-domain');
    expect(info?.severity).toBe('info');
    expect(info?.detail).toContain(aLabel);
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it('an ASCII domain draws no international-domain', () => {
    expect(ids(authenticatedFrom('alerts@northbank.example'))).not.toContain('international-domain');
  });
});
