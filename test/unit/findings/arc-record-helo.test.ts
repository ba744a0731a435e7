// A trusted forwarder's sealed record (lib/findings/arc-record.ts sealerRecord) is read for its
// client's HELO as the receiver's own header is (lib/auth/helo-taint.ts): the forwarder copied that
// HELO into the record it sealed (probe51). The genuine forward beside it keeps its excuse.
import { describe, expect, it } from 'vitest';
import { analyseNamed } from '../../helpers/pinned-corpus';

describe('a trusted forwarder’s record carrying its client’s HELO', () => {
  it.each([
    'adversarial/probe51-gmail-trusted-forwarder-aar-helo-injects-dmarc-pass-offline',
    'adversarial/probe51-gmail-trusted-forwarder-aar-helo-injects-dmarc-pass-online',
  ])('%s: the record’s pass is not the forwarder’s, no forwarding excuse: spoofed', async (name) => {
    const a = await analyseNamed(name);
    expect(a.verdict).toBe('spoofed');
    expect(a.findings.map((f) => f.id)).not.toContain('arc-forwarded');
  });

  it('the bank’s genuine notice through the same forwarder keeps the excuse (unverified)', async () => {
    const a = await analyseNamed(
      'adversarial/probe51-gmail-trusted-forwarder-bank-signed-footer-control-offline',
    );
    expect(a.verdict).toBe('unverified');
    expect(a.findings.map((f) => f.id)).toContain('arc-forwarded');
  });
});
