// Encoded-words TextDecoder misreads (probe25): UTF-16 under the bare label (RFC 2781 §4.3: the
// byte order mark decides, else big-endian), UCS-2, UTF-32 (which TextDecoder lacks) and EBCDIC US.
import { describe, expect, it } from 'vitest';
import { parseMailboxes } from '../../../lib/message/addresses';
import { parseMessage } from '../../../lib/message/parse';
import { decodeIbm037, decodeUtf16, decodeUtf32, wideWordsAsUtf8 } from '../../../lib/message/wide-words';

const BANK = 'security@northbank.example';
const le = (s: string) => [...Buffer.from(s, 'utf16le')];
const be = (s: string) => [...Buffer.from(s, 'utf16le').swap16()];
const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
const word = (charset: string, bytes: number[]) => `=?${charset}?B?${b64(bytes)}?=`;
const name = (charset: string, bytes: number[]) =>
  parseMailboxes(`${word(charset, bytes)} <notice@attacker.example>`)[0]?.displayName;

describe('UTF-16 and UCS-2 words', () => {
  it('reads RFC 2781: the mark decides, big-endian without one', () => {
    expect(decodeUtf16([0xfe, 0xff, ...be(BANK)])).toBe(BANK);
    expect(decodeUtf16([0xff, 0xfe, ...le(BANK)])).toBe(BANK);
    expect(decodeUtf16(be(BANK))).toBe(BANK);
    expect(decodeUtf16(be('北京銀行'))).toBe('北京銀行');
    // Without a mark, text that reads as text only little-endian (as .NET's "utf-16" shows it) is read so.
    expect(decodeUtf16(le(BANK))).toBe(BANK);
    expect(decodeUtf16([0x00, 0x41, 0x00])).toBe('A\uFFFD');
  });

  it.each([
    ['UTF-16', [0xfe, 0xff, ...be(BANK)]],
    ['utf-16', be(BANK)],
    ['UTF-16', [0xff, 0xfe, ...le(BANK)]],
    ['UCS-2', be(BANK)],
    ['ISO-10646-UCS-2', be(BANK)],
    ['csUnicode', [0xfe, 0xff, ...be(BANK)]],
    ['UTF-16BE', be(BANK)],
    ['UTF-16LE', le(BANK)],
  ])('a %s display name reads as a mail app shows it', (charset, bytes) => {
    expect(name(charset, bytes)).toBe(BANK);
  });

  it('words of one charset are joined before decoding: a character cut in two is whole', () => {
    const bytes = be(BANK);
    const split = `${word('UTF-16', bytes.slice(0, 17))} ${word('UTF-16', bytes.slice(17))}`;
    expect(name('UTF-16', bytes)).toBe(BANK);
    expect(parseMailboxes(`${split} <n@attacker.example>`)[0]?.displayName).toBe(BANK);
  });

  it('other words and text stay as they are', () => {
    const plain = '=?utf-8?q?caf=C3=A9?= <a@b.example>';
    expect(wideWordsAsUtf8(plain)).toBe(plain);
    const be16 = `${word('UTF-16BE', be('x'))} <a@b.example>`;
    expect(wideWordsAsUtf8(be16)).toBe(be16);
    expect(wideWordsAsUtf8(`${word('UTF-16', be('ab'))} x ${word('UTF-32', [0, 0, 0, 0x63])}`)).toBe(
      '=?utf-8?b?YWI=?= x =?utf-8?b?Yw==?=',
    );
    expect(wideWordsAsUtf8('=?utf-16?b?!!!?=')).toBe('=?utf-8?b??=');
  });

  it('the Subject reads the same way', () => {
    const m = parseMessage(
      `From: a@b.example\r\nSubject: ${word('UTF-16', [0xfe, 0xff, ...be('Grüße')])}\r\n\r\n`,
    );
    expect(m.subject).toBe('Grüße');
  });
});

describe('UTF-32 words', () => {
  const be32 = (s: string) =>
    [...s].flatMap((c) => {
      const cp = c.codePointAt(0)!;
      return [cp >>> 24, (cp >> 16) & 0xff, (cp >> 8) & 0xff, cp & 0xff];
    });
  it('reads the labelled order, else the mark, else big-endian', () => {
    expect(decodeUtf32(be32(BANK))).toBe(BANK);
    expect(decodeUtf32([0, 0, 0xfe, 0xff, ...be32('a😀')])).toBe('a😀');
    expect(decodeUtf32([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])).toBe('a');
    expect(decodeUtf32([0x61, 0, 0, 0], 'le')).toBe('a');
    expect(decodeUtf32([0, 0x11, 0, 0, 0, 0, 0xd8, 0, 0])).toBe('\uFFFD\uFFFD\uFFFD');
  });
  it.each(['UTF-32', 'UTF-32BE', 'UCS-4', 'csUCS4'])('a %s display name', (charset) => {
    expect(name(charset, be32(BANK))).toBe(BANK);
  });
});

describe('EBCDIC US words', () => {
  const ibm037: Record<string, number> = { '@': 0x7c, '.': 0x4b };
  const ebcdic = (s: string) =>
    [...s].map((c) => {
      if (ibm037[c]) return ibm037[c];
      const i = c.charCodeAt(0) - 0x61;
      return i < 9 ? 0x81 + i : i < 18 ? 0x91 + i - 9 : 0xa2 + i - 18;
    });
  it('decodes IBM037 and IBM1140 (the euro at 0x9F)', () => {
    expect(decodeIbm037(ebcdic(BANK))).toBe(BANK);
    expect(decodeIbm037([0xc1, 0xf1, 0x40, 0x9f])).toBe('A1 ¤');
    expect(decodeIbm037([0x9f], true)).toBe('€');
  });
  it.each(['IBM037', 'cp037', 'ebcdic-cp-us', 'IBM01140'])('a %s display name', (charset) => {
    expect(name(charset, ebcdic(BANK))).toBe(BANK);
  });
});

describe('bounds', () => {
  it('a megabyte of such words is read in linear time', () => {
    const one = `${word('UTF-16', [0xfe, 0xff, ...be('abcdefgh')])} `;
    const big = one.repeat(Math.ceil(1_000_000 / one.length));
    let t = performance.now();
    expect(wideWordsAsUtf8(big).length).toBeGreaterThan(0);
    expect(performance.now() - t).toBeLessThan(3000);
    t = performance.now();
    parseMessage(`From: ${big}<a@b.example>\r\nSubject: ${big}\r\n\r\n`);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
