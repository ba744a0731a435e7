// forwarder-recorded-fail: a pass through a shared platform's SPF include alone, against the
// record of a DMARC fail that a believed forwarder sealed (lib/findings/arc.ts).
import { describe, expect, it } from 'vitest';
import { analyseNamed } from '../../helpers/pinned-corpus';

describe('forwarder-recorded-fail', () => {
  it('a spoof forwarded by a Microsoft 365 tenant that kept the envelope: suspicious', async () => {
    const a = await analyseNamed('adversarial/probe12-forwardpass-m365-forward-envelope-kept');
    const f = a.findings.find((x) => x.id === 'forwarder-recorded-fail');
    expect(f?.severity).toBe('medium');
    expect(f?.evidence.some((l) => /^ARC-Authentication-Results: i=1;.*dmarc=fail/is.test(l))).toBe(true);
    expect(a.verdict).toBe('suspicious');
  });

  it.each([
    // Genuine forwards through Microsoft 365 and Gmail whose sealer recorded a pass.
    'legit/rw5-m365-inbox-rule-forward-to-other-tenant',
    'legit/rw5-m365-forward-rule-to-gmail-subject-tag',
    'legit/rw4-gmail-autoforward-spf-only',
    'legit/rw14-yahoo-reader-gmail-autoforward-arc-google',
  ])('%s: not raised', async (name) => {
    const a = await analyseNamed(name);
    expect(a.findings.some((x) => x.id === 'forwarder-recorded-fail')).toBe(false);
  });
});
