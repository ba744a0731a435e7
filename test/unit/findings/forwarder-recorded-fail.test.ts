// forwarder-recorded-fail: a pass through a shared platform's SPF include alone, against the
// record of a DMARC fail that a believed forwarder sealed (lib/findings/arc.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { analyseNamed, optionsFromArgs, PINNED_NOW } from '../../helpers/pinned-corpus';

const BROKEN = 'test/fixtures/adversarial/probe15-forwardpass-m365-forward-over-broken-arc';

/** The broken-chain probe with its headers edited, analysed as the corpus analyses it. */
async function brokenEdited(edit: (raw: string) => string) {
  const meta = JSON.parse(readFileSync(`${BROKEN}/case.json`, 'utf8'));
  return analyzeMessage(edit(readFileSync(`${BROKEN}/message.eml`, 'latin1')), {
    ...optionsFromArgs(meta.args ?? []),
    resolver: ZoneResolver.fromJson(JSON.parse(readFileSync(`${BROKEN}/zone.json`, 'utf8'))),
    now: PINNED_NOW,
  });
}

describe('forwarder-recorded-fail', () => {
  it('a spoof forwarded by a Microsoft 365 tenant that kept the envelope: suspicious', async () => {
    const a = await analyseNamed('adversarial/probe12-forwardpass-m365-forward-envelope-kept');
    const f = a.findings.find((x) => x.id === 'forwarder-recorded-fail');
    expect(f?.severity).toBe('medium');
    expect(f?.evidence.some((l) => /^ARC-Authentication-Results: i=1;.*dmarc=fail/is.test(l))).toBe(true);
    expect(a.verdict).toBe('suspicious');
  });

  it('the same over a chain the attacker broke: Microsoft’s newest set (cv=fail) is still read for the failure', async () => {
    const a = await analyseNamed('adversarial/probe15-forwardpass-m365-forward-over-broken-arc');
    expect(a.arc.result).toBe('fail');
    expect(a.findings.find((x) => x.id === 'forwarder-recorded-fail')?.severity).toBe('medium');
    expect(a.verdict).toBe('suspicious');
  });

  it('on a broken chain, a newest set not sealed by a believed forwarder, or not marking the break, is not read', async () => {
    for (const edit of [
      (r: string) => r.replace('cv=fail; d=microsoft.com', 'cv=fail; d=relay.attacker.example'),
      (r: string) => r.replace('cv=fail; d=microsoft.com', 'cv=pass; d=microsoft.com'),
    ]) {
      const a = await brokenEdited(edit);
      expect(a.findings.some((x) => x.id === 'forwarder-recorded-fail')).toBe(false);
    }
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
