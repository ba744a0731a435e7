// The 7-bit stateful encoded-words TextDecoder maps to WHATWG's replacement decoder (probe34):
// HZ-GB-2312 (RFC 1843), ISO-2022-KR (RFC 1557) and ISO-2022-CN (RFC 1922), read as mbstring and
// libiconv (Roundcube) show them. The double-byte text is written by hand from known code points:
// GB2312 and KS X 1001 both have ＠ at A3C0 and ． at A3AE (7-bit: "#@", "#."); GB2312 D6D0 CEC4 is
// 中文 ("VPND"); KS X 1001 C7D1 B1B9 is 한국 ("GQ19").
import { describe, expect, it } from 'vitest';
import { parseMailboxes } from '../../../lib/message/addresses';
import { parseMessage } from '../../../lib/message/parse';
import { decodeHz, decodeIso2022, wideWordsAsUtf8 } from '../../../lib/message/wide-words';

const WIDE_BANK = 'security\uFF20northbank\uFF0Eexample';
const HZ_BANK = 'security~{#@~}northbank~{#.~}example';
const KR_BANK = '\x1b$)Csecurity\x0e#@\x0fnorthbank\x0e#.\x0fexample';
const CN_BANK = '\x1b$)Asecurity\x0e#@\x0fnorthbank\x0e#.\x0fexample';
const bytes = (s: string) => [...Buffer.from(s, 'latin1')];
const word = (charset: string, s: string) =>
  `=?${charset}?B?${Buffer.from(s, 'latin1').toString('base64')}?=`;
const name = (from: string) => parseMailboxes(`${from} <notice@attacker.example>`)[0]?.displayName;

describe('HZ-GB-2312 words', () => {
  it('decodes GB2312 between ~{ and ~}, ASCII elsewhere (~~ is ~, ~ + newline is nothing)', () => {
    expect(decodeHz(bytes(HZ_BANK))).toBe(WIDE_BANK);
    expect(decodeHz(bytes('~{VPND~} ~~1 a~\nb'))).toBe('中文 ~1 ab');
  });

  it.each(['HZ-GB-2312', 'hz-gb-2312', 'HZ', 'x-hz', 'X-HZ-GB-2312'])(
    'a %s display name shows the bank',
    (cs) => {
      expect(name(word(cs, HZ_BANK))).toBe(WIDE_BANK);
    },
  );

  it('malformed HZ is U+FFFD, never a throw', () => {
    expect(decodeHz(bytes('~{VPN'))).toBe('中\uFFFD'); // odd byte count, unterminated ~{
    expect(decodeHz(bytes('a~xb'))).toBe('a\uFFFDb'); // unknown escape in ASCII mode
    expect(decodeHz(bytes('~{~xVP'))).toBe('\uFFFD中'); // unknown escape in GB mode
    expect(decodeHz(bytes('~{ #@'))).toBe(' ＠'); // a blank in GB mode passes, as mbstring passes it
    expect(decodeHz(bytes('~{xx\xa3~}'))).toBe('\uFFFD\uFFFD'); // a row outside GB2312, an 8-bit byte
    expect(decodeHz(bytes('\x1b~'))).toBe('\x1b\uFFFD');
    expect(decodeHz([])).toBe('');
  });
});

describe('ISO-2022-KR words', () => {
  it('drops ESC $ ) C and decodes KS X 1001 between SO and SI', () => {
    expect(decodeIso2022(bytes(KR_BANK), true)).toBe(WIDE_BANK);
    expect(decodeIso2022(bytes('\x1b$)C\x0eGQ19\x0f!'), true)).toBe('한국!');
  });

  it.each(['ISO-2022-KR', 'iso-2022-kr', 'csISO2022KR', 'ISO2022KR'])(
    'a %s display name shows the bank',
    (cs) => {
      expect(name(word(cs, KR_BANK))).toBe(WIDE_BANK);
    },
  );

  it('malformed ISO-2022-KR is U+FFFD, never a throw', () => {
    expect(decodeIso2022(bytes('\x1b$)C\x0eGQ1'), true)).toBe('한\uFFFD'); // odd count, no SI
    expect(decodeIso2022(bytes('a\x1bb'), true)).toBe('a\uFFFDb'); // stray ESC
    expect(decodeIso2022(bytes('\x1b$)'), true)).toBe('\uFFFD$)'); // cut designator
    expect(decodeIso2022(bytes('\x1b$)X\x0eGQ'), true)).toBe('\uFFFD'); // another set in G1
    expect(decodeIso2022(bytes('\x0e~~\xa3'), true)).toBe('\uFFFD\uFFFD'); // row 94, an 8-bit byte
  });
});

describe('ISO-2022-CN words', () => {
  it('decodes GB2312 designated by ESC $ ) A; CNS 11643 planes are U+FFFD', () => {
    expect(decodeIso2022(bytes(CN_BANK), false)).toBe(WIDE_BANK);
    expect(name(word('ISO-2022-CN', CN_BANK))).toBe(WIDE_BANK);
    expect(decodeIso2022(bytes('\x1b$)G\x0eDD\x0fa'), false)).toBe('\uFFFDa');
    expect(decodeIso2022(bytes('\x1b$*H\x1bNDDa'), false)).toBe('\uFFFDa'); // SS2 pair
    expect(decodeIso2022(bytes('\x0eVP'), false)).toBe('\uFFFD'); // nothing designated
  });
});

describe('runs and bounds', () => {
  it('words of one charset are joined before decoding: a GB stretch split in two is whole', () => {
    const split = `${word('HZ-GB-2312', 'security~{#')} ${word('HZ-GB-2312', '@~}northbank~{#.~}example')}`;
    expect(name(split)).toBe(WIDE_BANK);
    const krSplit = `${word('ISO-2022-KR', '\x1b$)Csecurity\x0e#')}\r\n ${word('ISO-2022-KR', '@\x0fnorthbank\x0e#.\x0fexample')}`;
    expect(name(krSplit)).toBe(WIDE_BANK);
  });

  it('the Subject reads the same way; other words stay as they are', () => {
    expect(parseMessage(`From: a@b.example\r\nSubject: ${word('HZ', '~{VPND~}')}\r\n\r\n`).subject).toBe(
      '中文',
    );
    const plain = '=?iso-2022-jp?b?GyRCJEIbKEI=?= <a@b.example>';
    expect(wideWordsAsUtf8(plain)).toBe(plain);
  });

  it('200 KB of hostile HZ and ISO-2022 finishes with U+FFFD, not a throw', () => {
    const n = 200_000;
    expect(decodeHz(bytes(`~{${'#'.repeat(n - 1)}`))).toBe(`${'\uFF03'.repeat((n - 2) / 2)}\uFFFD`);
    expect(decodeHz(bytes('~'.repeat(n)))).toBe('~'.repeat(n / 2));
    expect(decodeIso2022(bytes('\x1b'.repeat(n)), true)).toBe('\uFFFD'.repeat(n));
    // SS2 (ESC N) with no pair after it.
    expect(decodeIso2022(bytes('\x1bN'.repeat(n / 2)), false)).toBe('\uFFFD'.repeat(n / 2));
    const k = 66_666;
    const big = wideWordsAsUtf8(word('HZ-GB-2312', `~{${'\x0e~{'.repeat(k)}`));
    const utf8 = /^=\?utf-8\?b\?([^?]*)\?=$/.exec(big)?.[1] ?? '';
    expect(Buffer.from(utf8, 'base64').toString('utf8')).toBe('\x0e\uFFFD'.repeat(k));
  });
});
