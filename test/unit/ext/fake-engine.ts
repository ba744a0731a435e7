// A stand-in for the engine: reads the verdict from an `X-Test-Verdict` header, so each test
// controls what the "engine" concludes; a hosting-server message becomes authenticated once the
// user approved 192.0.2.10. `X-Test-Dns: yes` makes it ask DNS once. With `webmail: 'auto'`, an
// `X-Test-Detected: outlook` header is what it "detects"; a named profile is recorded as chosen.
import type { AnalyzeFn } from '../../../lib/ext/worker-analyze';
import type { AnalyzeOptions, Verdict } from '../../../lib/types';
import { makeAnalysis, makeFinding } from './make-analysis';

export function fakeEngine() {
  const calls: Array<{ raw: string; opts: AnalyzeOptions }> = [];
  const analyze: AnalyzeFn = async (raw, opts) => {
    const text = String(raw);
    calls.push({ raw: text, opts });
    if (text.includes('X-Test-Dns: yes') && opts.resolver) {
      await opts.resolver.resolve('example.com', 'TXT').catch(() => undefined);
    }
    const verdict = (/X-Test-Verdict: (\w+)/.exec(text)?.[1] ?? 'unverified') as Verdict;
    const approved = opts.approvedServers?.includes('192.0.2.10') ?? false;
    const base = makeAnalysis();
    const hosted = verdict === 'suspicious' && !approved;
    const detected = /X-Test-Detected: (gmail|outlook|yahoo)/.exec(text)?.[1] as
      | 'gmail'
      | 'outlook'
      | 'yahoo'
      | undefined;
    const profile =
      opts.webmail === 'auto'
        ? detected
          ? { name: detected, how: 'detected' as const, evidence: null }
          : null
        : opts.webmail && opts.webmail !== 'none'
          ? { name: opts.webmail, how: 'chosen' as const, evidence: null }
          : null;
    return makeAnalysis({
      meta: { ...base.meta, notByteExact: opts.notByteExact ?? false, profile },
      verdict: verdict === 'suspicious' && approved ? 'authenticated' : verdict,
      summary: `The engine said ${verdict}.`,
      mode: opts.resolver ? 'online' : 'offline',
      origin: { ...base.origin, hosting: { provider: 'DigitalOcean' }, hostedServer: hosted, approved },
      // The provider's results count only when its authserv-id is trusted (as in the engine).
      provider: opts.trustedAuthservIds?.includes('mx.example.org') ? base.provider : null,
      authResults: [
        {
          authservId: 'mx.example.org',
          version: null,
          results: [{ method: 'dmarc', result: 'pass', reason: null, props: {} }],
          index: 2,
          line: 'Authentication-Results: mx.example.org; dmarc=pass',
          trusted: opts.trustedAuthservIds?.includes('mx.example.org') ?? false,
          forged: false,
          malformed: false,
        },
      ],
      findings: hosted
        ? [makeFinding({ id: 'hosted-server-relay', severity: 'medium', title: 'Sent from a rented server' })]
        : [],
    });
  };
  return { analyze, calls };
}
