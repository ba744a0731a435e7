// The worker's stand-ins for Node modules must answer like the real ones, or SPF/DKIM results in
// the extension would differ from the CLI: compared here with node:net, joi and iconv-lite.
import * as nodeNet from 'node:net';
import encodingJapanese from 'encoding-japanese';
import iconv from 'iconv-lite';
import Joi from 'joi';
import { describe, expect, it } from 'vitest';
import * as charsets from '../../../lib/auth/shims/charsets';
import * as joiShim from '../../../lib/auth/shims/joi';
import * as net from '../../../lib/auth/shims/net';
import * as unavailable from '../../../lib/auth/shims/unavailable';

describe('net shim', () => {
  it('classifies addresses exactly like node:net', () => {
    const samples = [
      '192.0.2.1',
      '255.255.255.255',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3',
      '2001:db8::1',
      '::',
      '::1',
      '::ffff:192.0.2.1',
      'fe80::1%eth0',
      '2001:db8:0:0:0:0:0:1:2',
      'gggg::1',
      '[2001:db8::1]',
      '',
      ' 192.0.2.1',
      'example.com',
      '1:2:3:4:5:6:7::',
      '1::2::3',
    ];
    for (const s of samples) {
      expect({ s, v: net.isIP(s) }).toEqual({ s, v: nodeNet.isIP(s) });
      expect({ s, v: net.isIPv4(s) }).toEqual({ s, v: nodeNet.isIPv4(s) });
      expect({ s, v: net.isIPv6(s) }).toEqual({ s, v: nodeNet.isIPv6(s) });
    }
  });
});

describe('joi shim', () => {
  const realDomain = Joi.string().domain({ allowUnicode: false, tlds: false });
  const realBase64 = Joi.string().base64({ paddingRequired: false });
  const shimDomain = joiShim.string().domain({ allowUnicode: false, tlds: false });
  const shimBase64 = joiShim.string().base64({ paddingRequired: false });

  it('accepts and rejects the same SPF domains as joi', () => {
    const samples = [
      'example.com',
      'mail.example.co.uk',
      '_spf.example.com',
      'example',
      'example.com.',
      '-bad.example.com',
      'bad-.example.com',
      'exa_mple.com',
      'example.123',
      '1.2.3.4',
      'a..b.com',
      `${'a'.repeat(64)}.com`,
      `${'a.'.repeat(130)}com`,
      'xn--bcher-kva.example',
      'bücher.example',
      'exa mple.com',
      'ex%41mple.com',
      'EXAMPLE.COM',
      '',
      '@example.com',
    ];
    for (const s of samples) {
      expect({ s, ok: !shimDomain.validate(s).error }).toEqual({ s, ok: !realDomain.validate(s).error });
    }
  });

  it('accepts and rejects the same DKIM p= values as joi', () => {
    const samples = [
      '',
      'AAAA',
      'AAA',
      'AA',
      'A',
      'AAA=',
      'AA==',
      'AA=',
      'A===',
      'AB+/',
      'AB-_',
      'AAAA\n',
      'A A',
    ];
    for (const s of samples) {
      expect({ s, ok: !shimBase64.validate(s).error }).toEqual({ s, ok: !realBase64.validate(s).error });
    }
  });
});

describe('charset shim (TextDecoder in place of iconv-lite / encoding-japanese)', () => {
  it('decodes legacy charsets like iconv-lite', () => {
    const cases: Array<[string, string]> = [
      // windows-1252 itself is left out: Node 20's TextDecoder decodes it as latin1 (a Node bug,
      // fixed in later versions); Chromium's, which the worker uses, is correct.
      ['windows-1250', 'Šťastný “quoted” – €5'],
      ['ISO-8859-2', 'Zażółć gęślą jaźń'],
      ['KOI8-R', 'Привет'],
      ['SHIFT_JIS', 'こんにちは'],
      ['GBK', '你好'],
      ['BIG5', '謝謝'],
    ];
    for (const [cs, text] of cases) {
      const bytes = iconv.encode(text, cs);
      expect(charsets.decode(bytes, cs)).toBe(iconv.decode(bytes, cs));
    }
  });

  it('decodes ISO-2022-JP like encoding-japanese', () => {
    const bytes = Uint8Array.from(
      encodingJapanese.convert(encodingJapanese.stringToCode('日本語のメール'), {
        to: 'JIS',
        from: 'UNICODE',
      }),
    );
    const want = encodingJapanese.convert(bytes, { to: 'UNICODE', from: 'JIS', type: 'string' });
    expect(charsets.convert(bytes, { to: 'UNICODE', from: 'ISO-2022-JP', type: 'string' })).toBe(want);
  });

  it('throws for unknown charsets, so libmime falls back to UTF-8 as it does with iconv-lite', () => {
    expect(() => charsets.decode(new Uint8Array([0x41]), 'x-no-such-charset')).toThrow();
    expect(charsets.encodingExists('utf-8')).toBe(true);
    expect(charsets.encodingExists('x-no-such-charset')).toBe(false);
  });
});

describe('unavailable stubs', () => {
  it('make a stray DNS call a temporary error (ECONNREFUSED), never a crash at import', async () => {
    await expect(unavailable.promises.resolve()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(() => unavailable.request()).toThrow(/not available/);
  });
});
