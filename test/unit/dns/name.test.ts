import { describe, expect, it } from 'vitest';
import { DnsError } from '../../../lib/dns/errors';
import { hostKey, normaliseName } from '../../../lib/dns/name';

describe('hostKey', () => {
  it('compares names trimmed, lower-case and without the one trailing dot', () => {
    expect(hostKey(' MX.Google.COM. ')).toBe('mx.google.com');
    expect(hostKey('mx.google.com')).toBe(hostKey('MX.GOOGLE.COM.'));
  });

  it('drops only one dot and leaves everything else as written', () => {
    expect(hostKey('example.com..')).toBe('example.com.');
    expect(hostKey('*.Example.com')).toBe('*.example.com');
    expect(hostKey('bücher.example')).toBe('bücher.example'); // no IDNA: normaliseName does that
    expect(hostKey('')).toBe('');
    expect(hostKey('.')).toBe('');
  });
});

describe('normaliseName', () => {
  it('gives A-labels and refuses names DNS cannot carry', () => {
    expect(normaliseName('Bücher.Example.')).toBe('xn--bcher-kva.example');
    expect(() => normaliseName('a..b')).toThrow(DnsError);
    expect(() => normaliseName(`${'a'.repeat(64)}.example`)).toThrow(DnsError);
  });
});
