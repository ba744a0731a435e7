// What a forwarder's sealed record says for the From domain (lib/findings/arc-record.ts passFor):
// a record that evaluated DMARC for the From domain itself and failed it records no pass for it,
// whatever its SPF or DKIM pass of the same organisation is (red-team round 138: a shared relay's
// pass for a subdomain envelope, under the bank's aspf=s), and the probes that laundered a forgery
// so read spoofed.
import { describe, expect, it } from 'vitest';
import { parseAuthResultsValue } from '../../../lib/auth/authresults-syntax';
import { passFor } from '../../../lib/findings/arc-record';
import { analyseNamed } from '../../helpers/pinned-corpus';

const results = (value: string) => parseAuthResultsValue(value).results;

describe('a sealed record’s pass for the From domain', () => {
  it('a relaxed-aligned SPF or DKIM pass counts where the record holds no DMARC failure for the domain', () => {
    expect(
      passFor(
        results('mx.fwd.example; spf=pass smtp.mailfrom=b@mail.northbank.example'),
        'northbank.example',
      ),
    ).toBe('spf');
    expect(
      passFor(results('mx.fwd.example; dkim=pass header.d=promo.northbank.example'), 'northbank.example'),
    ).toBe('dkim');
    expect(
      passFor(results('mx.fwd.example; dmarc=pass header.from=northbank.example'), 'northbank.example'),
    ).toBe('dmarc');
  });

  it('none beside the record’s own dmarc=fail for that exact domain', () => {
    const r = results(
      'mx.fwd.example; spf=pass smtp.mailfrom=b@mail.northbank.example; dkim=pass header.d=promo.northbank.example; dmarc=fail header.from=NorthBank.Example',
    );
    expect(passFor(r, 'northbank.example')).toBeNull();
    // Another From domain's failure says nothing about this one.
    expect(
      passFor(
        results(
          'mx.fwd.example; spf=pass smtp.mailfrom=b@mail.northbank.example; dmarc=fail header.from=other.example',
        ),
        'northbank.example',
      ),
    ).toBe('spf');
  });

  it.each([
    'adversarial/probe138-gmail-fastmail-forward-strict-spf-subdomain-relay',
    'adversarial/probe138-box-outlookcom-forward-strict-spf-subdomain-relay',
  ])('%s: spoofed, the forwarder recorded no pass', async (name) => {
    const a = await analyseNamed(name);
    expect(a.verdict).toBe('spoofed');
    expect(a.findings.map((f) => f.id)).toContain('arc-forwarder-no-pass');
  });
});
