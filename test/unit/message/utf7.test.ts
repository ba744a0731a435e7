// UTF-7 encoded-words (RFC 2152 inside RFC 2047), which postal-mime leaves as UTF-7 text.
import { describe, expect, it } from 'vitest';
import { parseMailboxes } from '../../../lib/message/addresses';
import { parseMessage } from '../../../lib/message/parse';
import { decodeUtf7, utf7WordsAsUtf8 } from '../../../lib/message/utf7';

describe('UTF-7 encoded-words', () => {
  it('decodes RFC 2152 text', () => {
    expect(decodeUtf7('Hi Mom -+Jjo--!')).toBe('Hi Mom -\u263a-!');
    expect(decodeUtf7('A+ImIDkQ.')).toBe('A\u2262\u0391.');
    expect(decodeUtf7('security+AEA-northbank.example')).toBe('security@northbank.example');
    expect(decodeUtf7('1 +- 1')).toBe('1 + 1');
    // Unterminated or odd input never throws.
    expect(decodeUtf7('+AEA')).toBe('@');
    expect(decodeUtf7('+')).toBe('+');
  });

  it('turns the words into UTF-8 ones; other text stays as it is', () => {
    expect(utf7WordsAsUtf8('=?utf-7?q?security+AEA-northbank.example?= <a@b.example>')).toBe(
      '=?utf-8?b?c2VjdXJpdHlAbm9ydGhiYW5rLmV4YW1wbGU=?= <a@b.example>',
    );
    expect(utf7WordsAsUtf8('=?UTF-7?B?K0FFQS0=?=')).toBe('=?utf-8?b?QA==?=');
    const plain = '=?utf-8?q?caf=C3=A9?= <a@b.example>';
    expect(utf7WordsAsUtf8(plain)).toBe(plain);
  });

  it('adjacent words are joined before decoding, as readers join them: an @ cut in two is whole (probe15)', () => {
    const split = '=?utf-7?q?security+AE?= =?utf-7?q?A-northbank.example?= <notice@attacker.example>';
    expect(utf7WordsAsUtf8(split)).toBe(
      '=?utf-8?b?c2VjdXJpdHlAbm9ydGhiYW5rLmV4YW1wbGU=?= <notice@attacker.example>',
    );
    const [m] = parseMailboxes(split);
    expect(m?.displayName).toBe('security@northbank.example');
    // Folded between the words, too; words apart (other text between them) stay apart.
    expect(utf7WordsAsUtf8('=?utf-7?q?a+AE?=\r\n =?UTF-7?B?QS1i?=')).toBe('=?utf-8?b?YUBi?=');
    expect(utf7WordsAsUtf8('=?utf-7?q?a?= x =?utf-7?q?b?=')).toBe('=?utf-8?b?YQ==?= x =?utf-8?b?Yg==?=');
  });

  it('the From display name and the Subject read as a client shows them', () => {
    const [m] = parseMailboxes('"=?utf-7?q?security+AEA-northbank.example?=" <alerts@attacker.example>');
    expect(m?.displayName).toBe('security@northbank.example');
    const p = parseMessage(
      'From: =?utf-7?q?Northbank?= <a@attacker.example>\r\nSubject: =?utf-7?b?VXJnZW50K0FDRS0=?=\r\n\r\nx\r\n',
    );
    expect(p.subject).toBe('Urgent!');
  });
});
