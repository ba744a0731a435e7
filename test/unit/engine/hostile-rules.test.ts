// Hostile input against the rules added in the last rounds (footer markup, wide encoded-words, dot
// look-alikes, display-name addresses, look-alike letters and twins, subject tags, Received dates
// without ";", embedded IPv4, NAT hand-offs, Reply-To names): each completes and gives the honest
// answer. No timings are asserted; where a rule was quadratic, the test pins what it still reads.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { hidesSignedText } from '../../../lib/auth/footer-markup';
import { gatewayTag, subjectTagged, withoutTag } from '../../../lib/auth/subject-tag';
import { DnsError } from '../../../lib/dns';
import { lookalikeTwin } from '../../../lib/engine/lookalike-twin';
import { embeddedAddress } from '../../../lib/findings/display-name';
import { disguisedLetters, orthographyTwin } from '../../../lib/findings/lookalike-letters';
import { namesFrom } from '../../../lib/findings/reply-to';
import { dotsAsRead } from '../../../lib/findings/visible-text';
import { openSmtpdLocal } from '../../../lib/message/origin-nat';
import { parseReceived } from '../../../lib/message/received';
import { isReceiverHost, receiverDomains } from '../../../lib/message/receiver-hosts';
import { wideWordsAsUtf8 } from '../../../lib/message/wide-words';
import { parseIp } from '../../../lib/relay/address';
import { embeddedIpv4, publicEmbeddedIpv4 } from '../../../lib/relay/embedded-v4';
import type { DkimCheck, Hop, Resolver, SpfCheck } from '../../../lib/types';

const rep = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const KB = 1024;

describe('footer markup (hidesSignedText) on hostile footers', () => {
  it('unclosed tags, comments, references and escapes: nothing hiding is read as hiding', () => {
    expect(hidesSignedText(rep('<a ', 256 * KB))).toBe(false);
    expect(hidesSignedText(`<body ${rep(`a='b"`, 64 * KB)}`)).toBe(true); // unknown attribute: acts
    expect(hidesSignedText(`<p style="${rep('/*', 256 * KB)}">x</p>`)).toBe(false);
    expect(hidesSignedText(`<p style="${rep('&#x', 256 * KB)}">x</p>`)).toBe(false);
    expect(hidesSignedText(`<p style="${rep('\\', 256 * KB)}">x</p>`)).toBe(false);
    expect(hidesSignedText(`<p style="margin:${rep('calc( ', 256 * KB)}">x</p>`)).toBe(false);
    expect(hidesSignedText(rep('=\n', 256 * KB))).toBe(false);
  });

  it('a hiding declaration after a long run of near misses is still found', () => {
    expect(hidesSignedText(`<p style="${rep('top:1 ', 256 * KB)};top:-9px">x</p>`)).toBe(true);
    expect(hidesSignedText(`<p style="${rep('position: ', 64 * KB)}">x</p>`)).toBe(true);
    expect(hidesSignedText(`<p style="&#x${'f'.repeat(12)};display:none">x</p>`)).toBe(true);
  });

  it('base64 footer of garbage is decoded without throwing', () => {
    const part = `Content-Transfer-Encoding: base64\n\n${rep('%%%=', 64 * KB)}`;
    expect(hidesSignedText(part)).toBe(false);
  });
});

describe('wide encoded-words on hostile values', () => {
  it('label-only runs and unclosed words are left as written', () => {
    const labels = rep('=?utf-16?', 256 * KB);
    expect(wideWordsAsUtf8(labels)).toBe(labels);
    const unclosed = `=?utf-16?b?${rep('AHMA', 256 * KB)}`;
    expect(wideWordsAsUtf8(unclosed)).toBe(unclosed);
  });

  it('a 1 MB UTF-32 word, bad base64 and odd lengths decode to text or U+FFFD, never throw', () => {
    const big = wideWordsAsUtf8(`=?utf-32?b?${'AAAAcw'.repeat(KB * 170)}?=`);
    expect(big).toMatch(/^=\?utf-8\?b\?/);
    expect(wideWordsAsUtf8('=?utf-16?b?!!!?=')).toBe('=?utf-8?b??=');
    expect(wideWordsAsUtf8('=?utf-32be?q?=00=00=00?=')).toBe(`=?utf-8?b?${btoa('\xef\xbf\xbd')}?=`);
  });
});

describe('dot look-alikes and display-name addresses', () => {
  it('Arabic-Indic zeros in a number stay; a run of letters and zeros reads as dots', () => {
    const zeros = '\u0660'.repeat(64 * KB);
    expect(dotsAsRead(zeros) === zeros).toBe(true);
    const read = dotsAsRead(`${rep('a\u0660', 64 * KB)}a`);
    expect(read === `${rep('a.', 64 * KB)}a`).toBe(true);
  });

  it('a long dotted run before an at sign finds an address from the local-part bound only', () => {
    const found = embeddedAddress(`${rep('a.', 64 * KB)}a@bank.example`);
    expect(found?.domain).toBe('bank.example');
    expect(found?.address.length).toBeLessThanOrEqual(64 + 1 + 'bank.example'.length);
  });

  it('runs of at signs, "[at]" and blanks without a dotted domain name no address', () => {
    expect(embeddedAddress(rep('a@', 64 * KB))).toBeNull();
    expect(embeddedAddress(rep('a[at]', 64 * KB))).toBeNull();
    expect(embeddedAddress(`a${rep(' ', 64 * KB)}at`)).toBeNull();
    expect(embeddedAddress(rep('\u202Ea@b', 16 * KB))).toBeNull();
  });
});

describe('look-alike letters on long labels', () => {
  it('every disguised letter is read, each listed once', () => {
    const r = disguisedLetters(rep('a\u0251\u1D0F\u0138', 64 * KB));
    expect(r?.letters).toEqual(['\u0251', '\u1D0F', '\u0138']);
    expect(r?.readsAs).toBe(rep('aaok', 64 * KB));
    expect(orthographyTwin(rep('\u00F8a', 64 * KB))?.readsAs).toBe(rep('oa', 64 * KB));
    expect(orthographyTwin(`${rep('\u00F8', 64 * KB)}\u00DF`)).toBeNull();
  });
});

describe('the living-alphabet twin on odd DNS answers (lookalikeTwin)', () => {
  const seen = { dkim: [] as DkimCheck[], spf: { result: 'none', domain: null } as unknown as SpfCheck };
  const answering = (answer: unknown): Resolver => ({ resolve: async () => answer as never });
  const twin = (answer: unknown) => lookalikeTwin('n\u00F8rthbank.example', answering(answer), seen);

  it('an answer that is no list is no record, not a throw', async () => {
    for (const answer of [null, undefined, { a: 1 }, 'v=DMARC1; p=reject', 5])
      await expect(twin(answer)).resolves.toBeNull();
  });

  it('records that are not strings are skipped; 1,000 DMARC records are no policy (RFC 7489 §6.6.3)', async () => {
    await expect(twin([null, 5, {}, [1, 2]])).resolves.toBeNull();
    await expect(twin(Array.from({ length: 1000 }, () => ['v=DMARC1; p=reject']))).resolves.toBeNull();
  });

  it('one policy among 1,000 other records, or at the head of 60 KB, is read', async () => {
    const many = [...Array.from({ length: 1000 }, (_, i) => [`junk${i}`]), ['v=DMARC1; p=reject']];
    await expect(twin(many)).resolves.toMatchObject({ twin: 'northbank.example', policy: 'reject' });
    await expect(twin([[`v=DMARC1; p=quarantine; ${'x'.repeat(60 * KB)}`]])).resolves.toMatchObject({
      policy: 'quarantine',
    });
  });

  it('a policy with binary bytes in it is no policy', async () => {
    await expect(twin([['v=DMARC1; p=reject\u0000\u00ff']])).resolves.toBeNull();
  });
});

describe('subject tags on 100 KB subjects', () => {
  it('a run of blanks between two words is no suffix tag, and one after it still is', () => {
    expect(subjectTagged(`x${rep(' \t', 100 * KB)}y`)).toBe(false);
    expect(subjectTagged(`${rep(' ', 100 * KB)}x`)).toBe(false);
    expect(subjectTagged(`x${rep(' ', 100 * KB)}[EXTERNAL]`)).toBe(true);
    const [cut] = withoutTag(`Subject: Invoice${rep(' ', 60 * KB)}[EXTERNAL]\r\n`);
    expect(cut).toEqual({ text: 'Subject: Invoice\r\n', tags: [`${' '.repeat(60 * KB)}[EXTERNAL]`] });
    // Past MAX_FIELD_BYTES (64 KB) the field is never verified, so no cut of it is offered.
    expect(withoutTag(`Subject: Invoice${rep(' ', 100 * KB)}[EXTERNAL]\r\n`)).toEqual([]);
  });

  it('runs of "[", "*" and emoji are no tag', () => {
    expect(subjectTagged(rep('[', 100 * KB))).toBe(false);
    expect(subjectTagged(rep('*', 100 * KB))).toBe(false);
    expect(subjectTagged(rep('\u26A0\uFE0F', 100 * KB))).toBe(false);
    expect(gatewayTag(rep('[ external ', 100 * KB))).toBe(false);
    expect(withoutTag(`Subject: ${rep('[', 100 * KB)}\r\n`)).toEqual([]);
  });
});

describe('Received lines, embedded IPv4, receiver hosts', () => {
  it('a date-time without ";" is read only at the end of the line', () => {
    const r = parseReceived(`from a (a [192.0.2.1]) by mx.example.net id X${rep(' 1', 100 * KB)}`);
    expect(r.date).toBeNull();
    expect(r.by).toBe('mx.example.net');
    const dated = parseReceived(
      `from a (a [192.0.2.1]) by mx.example.net id X${' '.repeat(100 * KB)}Mon, 2 Mar 2026 10:00:00 +0000`,
    );
    expect(dated.date).toBe(new Date('2026-03-02T10:00:00Z').toISOString());
  });

  it('a run of open comments makes the line unreadable, with no address', () => {
    const r = parseReceived(`from a ${rep('(', 100 * KB)} by b`);
    expect(r.unreadable).toBe(true);
    expect(r.ip).toBeNull();
  });

  it('embedded IPv4 forms at the edges of their prefixes', () => {
    const words = (s: string) => {
      const a = parseIp(s);
      if (a?.v !== 6) throw new Error(s);
      return a.w;
    };
    expect(embeddedIpv4(words('::'))).toEqual({ via: 'ipv4-compatible', n: 0 });
    expect(publicEmbeddedIpv4(parseIp('::')!)).toBeNull();
    expect(publicEmbeddedIpv4(parseIp('2001:0:0:0:0:0:ffff:ffff')!)).toBeNull(); // 0.0.0.0
    expect(embeddedIpv4(words('2002:ffff:ffff::'))).toEqual({ via: '6to4', n: 0xffffffff });
  });

  it('host tests on 100 KB names', () => {
    expect(isReceiverHost(`${rep('a.', 100 * KB)}example.net`, receiverDomains(['mx.example.net']))).toBe(
      true,
    );
    const hop = { by: 'x', line: `Received: from ${rep('a ', 100 * KB)}(OpenSMTPD)` } as unknown as Hop;
    expect(openSmtpdLocal(hop)).toBe(false);
  });
});

describe('Reply-To names (namesFrom)', () => {
  const from = { domain: 'northbank.example', displayName: 'Alerts' };
  it('long names of blanks, quotes or Cyrillic that never spell the label do not speak as the From', () => {
    expect(namesFrom(rep(' a', 100 * KB), from)).toBe(false);
    expect(namesFrom(rep('"\'', 100 * KB), from)).toBe(false);
    expect(namesFrom(rep('\u043E \u0430', 100 * KB), from)).toBe(false);
  });
  it('the label at the end of a long name is found, as spelt with Cyrillic letters too', () => {
    expect(namesFrom(`${rep(' a', 100 * KB)} N\u043Erthbank`, from)).toBe(true);
  });
});

describe('whole analysis with hostile values', () => {
  const dmarcReject: Resolver = {
    resolve: async (name, type) => {
      if (name === '_dmarc.sender.example' && type === 'TXT') return [['v=DMARC1; p=reject']];
      throw new DnsError('ENOTFOUND', name, type);
    },
  };
  const mail = (subject: string) =>
    [
      'Received: from mail.sender.example (mail.sender.example [203.0.113.5]) by mx.reader.example with ESMTPS id 1; Mon, 2 Mar 2026 10:00:00 +0000',
      'From: Alerts <alerts@sender.example>',
      'To: r@reader.example',
      `Subject: ${subject}`,
      'Date: Mon, 2 Mar 2026 09:59:00 +0000',
      '',
      'hi',
      '',
    ].join('\r\n');

  it('a Subject of 40,000 blanks between two words under a failing DMARC: the verdict DMARC gives', async () => {
    const a = await analyzeMessage(mail(`Invoice${' '.repeat(40 * KB)}due`), {
      resolver: dmarcReject,
      trustedAuthservIds: ['mx.reader.example'],
    });
    expect(a.dmarc.result).toBe('fail');
    expect(a.verdict).toBe('spoofed');
    expect(a.findings.map((f) => f.id)).not.toContain('subject-tag-added');
  });
});
