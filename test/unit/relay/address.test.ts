import fc from 'fast-check';
import { IPv4, IPv6, Validator } from 'ip-num';
import { describe, expect, it } from 'vitest';
import {
  bigIntFromWords,
  cidrSize,
  formatIp,
  parseCidr,
  parseDottedQuad,
  parseIp,
  parseIpOrError,
  parsePlainIPv6,
} from '../../../lib/relay/address';

describe('the fast dotted-quad parser accepts exactly what ip-num accepts', () => {
  it('on random dotted strings', () => {
    const part = fc.oneof(fc.nat(300).map(String), fc.constantFrom('00', '01', '007', '', '-1', '1a', ' 1'));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const s = parts.join('.');
        const ours = parseDottedQuad(s);
        const theirs = Validator.isValidIPv4String(s)[0];
        expect(ours !== null).toBe(theirs);
        if (theirs) expect(ours).toBe(Number(IPv4.fromString(s).getValue()));
      }),
      { numRuns: 3000 },
    );
  });
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        expect(parseDottedQuad(s) !== null).toBe(Validator.isValidIPv4String(s)[0]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the fast IPv6 parser never accepts what ip-num rejects, and agrees on the value', () => {
  it('on random group lists with and without ::', () => {
    const group = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16)),
      fc.constantFrom('', '0', '00000', 'g', 'FFFF', 'fFfF', '1.2.3.4', '256.1.1.1', '01.2.3.4', ' 1'),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 10 }), fc.boolean(), (parts, compress) => {
        const k = Math.floor(parts.length / 2);
        const s = compress ? `${parts.slice(0, k).join(':')}::${parts.slice(k).join(':')}` : parts.join(':');
        const ours = parsePlainIPv6(s);
        if (!ours) return;
        accepted++;
        expect(Validator.isValidIPv6String(s)[0]).toBe(true);
        expect(bigIntFromWords(ours)).toBe(IPv6.fromString(s).getValue());
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
  it('forms it leaves to ip-num still parse (zone id)', () => {
    expect(parsePlainIPv6('fe80::1%eth0')).toBeNull();
    expect(parseIp('fe80::1%eth0')).toEqual({ v: 6, w: [0xfe800000, 0, 0, 1] });
  });
});

describe('parseIpOrError gives the CLI a clear one-line reason', () => {
  it.each([
    ['', /empty/],
    ['1.2.3', /IPv4/],
    ['01.2.3.4', /leading zeros/],
    ['2001:db8::g', /IPv6/],
    ['mail.example.com', /not an IP address/],
  ])('%j', (input, message) => {
    const r = parseIpOrError(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).not.toContain('\n');
    }
  });
  it('marks IPv4-mapped IPv6 as mapped', () => {
    expect(parseIpOrError('::ffff:192.0.2.1')).toEqual({
      ok: true,
      ip: { v: 4, n: 0xc0000201 },
      mapped: true,
    });
  });
});

describe('CIDR', () => {
  it('a /11 holds 2,097,152 addresses', () => {
    const c = parseCidr('20.0.0.0/11')!;
    expect(cidrSize(c)).toBe(2_097_152n);
    expect(c).toMatchObject({ first: 20 * 2 ** 24, last: 20 * 2 ** 24 + 2_097_151 });
  });
  it('host bits are masked, a bare address is a /32 or /128', () => {
    expect(parseCidr('192.0.2.77/24')).toMatchObject({ first: 0xc0000200, last: 0xc00002ff });
    expect(cidrSize(parseCidr('192.0.2.1')!)).toBe(1n);
    expect(cidrSize(parseCidr('2001:db8::/32')!)).toBe(2n ** 96n);
  });
  it.each(['1.2.3.4/33', '2001:db8::/129', '1.2.3.4/', '1.2.3.4/a', '::ffff:1.2.3.4/120', 'x/8'])(
    'rejects %j',
    (bad) => {
      expect(parseCidr(bad)).toBeNull();
    },
  );
});

describe('formatIp (RFC 5952)', () => {
  it.each([
    ['2001:0DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8:0:1:0:0:0:1', '2001:db8:0:1::1'],
    ['::', '::'],
    ['2001:db8:1:1:1:1:1:1', '2001:db8:1:1:1:1:1:1'],
    ['192.0.2.1', '192.0.2.1'],
  ])('%s → %s', (input, out) => {
    expect(formatIp(parseIp(input)!)).toBe(out);
  });
});
