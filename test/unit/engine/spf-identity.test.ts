// The domain SPF checks, shared by the online check, the "no origin IP" result and offline mode,
// so the three never name different domains for the same envelope.
import { describe, expect, it } from 'vitest';
import { spfIdentityDomain } from '../../../lib/auth/spf';
import { offlineChecks } from '../../../lib/engine/offline';

describe('spfIdentityDomain', () => {
  it('takes the part after the last @, lower case, without a trailing dot', () => {
    expect(spfIdentityDomain('Bounce@Mail.Example.COM.', 'helo.example')).toBe('mail.example.com');
    expect(spfIdentityDomain('"odd@local"@example.org', null)).toBe('example.org');
  });
  it('uses the HELO name for the null sender <> (RFC 7208 §2.4)', () => {
    expect(spfIdentityDomain('', 'MX1.Example.net')).toBe('mx1.example.net');
    expect(spfIdentityDomain(null, 'mx1.example.net')).toBe('mx1.example.net');
  });
  it('takes a sender without @ as the domain, as mailauth does; nothing at all is ""', () => {
    expect(spfIdentityDomain('bare.example', 'helo.example')).toBe('bare.example');
    expect(spfIdentityDomain('  ', null)).toBe('');
    expect(spfIdentityDomain(null, null)).toBe('');
  });
  it('offline mode names the same domain', () => {
    const origin = { ip: '192.0.2.1', helo: 'mx1.example.net' };
    const run = (envelopeFrom: string | null) =>
      offlineChecks({ provider: null, fromDomain: 'example.org', envelopeFrom, origin }).spf.domain;
    expect(run('Bounce@Example.ORG')).toBe('example.org');
    expect(run('')).toBe('mx1.example.net');
  });
});
