// Known leftovers of the popup (issue 20.4): an excused DMARC failure is not "high" next to an
// "unverified" verdict, and the untrusted-gateway reason is said once.
import { describe, expect, it } from 'vitest';
import { hiddenByQuestions, shownReasons, shownWeight } from '../../../components/reasons';
import { makeAnalysis, makeFinding } from '../ext/make-analysis';

describe('reasons as shown', () => {
  it('an excused dmarc-fail is "excused" beside an unverified verdict, "high" beside spoofed', () => {
    const f = makeFinding({ id: 'dmarc-fail', severity: 'high' });
    expect(shownWeight(f, { verdict: 'unverified' })).toBe('excused');
    expect(shownWeight(f, { verdict: 'spoofed' })).toBe('high');
    expect(
      shownWeight(makeFinding({ id: 'hosted-server-relay', severity: 'high' }), { verdict: 'unverified' }),
    ).toBe('high');
  });

  it('lists each reason once, most serious first, excused after medium', () => {
    const a = makeAnalysis({
      verdict: 'unverified',
      findings: [
        makeFinding({ id: 'dmarc-fail', severity: 'high', title: 'DMARC failed' }),
        makeFinding({ id: 'arc-forwarded', severity: 'info', title: 'Forwarded' }),
        makeFinding({ id: 'gateway-untrusted', severity: 'info', title: 'Gateway' }),
        makeFinding({ id: 'gateway-untrusted', severity: 'info', title: 'Gateway' }),
        makeFinding({ id: 'broad-spf', severity: 'medium', title: 'Broad' }),
      ],
    });
    expect(shownReasons(a).map((f) => f.id)).toEqual([
      'broad-spf',
      'dmarc-fail',
      'arc-forwarded',
      'gateway-untrusted',
    ]);
  });

  it('hides the untrusted-gateway reason where the popup asks the gateway question instead', () => {
    const gateway = {
      trusted: false,
      name: 'Mimecast',
      ip: '192.0.2.1',
      host: 'relay.mimecast.com',
      hopIndexes: [0],
      offer: 'mimecast.com',
      resultsLines: [],
      recordedDmarc: null,
    };
    const a = makeAnalysis({
      gateway,
      findings: [makeFinding({ id: 'gateway-untrusted', severity: 'info' })],
    });
    expect(shownReasons(a, { hide: hiddenByQuestions(a) })).toEqual([]);
    expect(hiddenByQuestions({ gateway: { ...gateway, trusted: true, offer: null } }).size).toBe(0);
  });
});
