// Resource bounds through the whole engine (the bench measures them; here they are asserted
// loosely, because these machines are shared): a 25 MB signed message and 10,000 headers.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { scenario } from '../../helpers/scenarios';

const line = 'The quick brown fox jumps over the lazy dog, and the statement is attached below.\r\n';

describe('resource bounds', () => {
  it('verifies a 25 MB signed message within a loose time and memory bound', async () => {
    const s = await scenario('authenticated', { body: line.repeat(Math.ceil(25_000_000 / line.length)) });
    const bytes = new TextEncoder().encode(s.raw);
    const heap = process.memoryUsage().heapUsed;
    const t = performance.now();
    const a = await analyzeMessage(bytes, {
      resolver: ZoneResolver.fromJson(s.zone),
      trustedAuthservIds: [s.authservId],
    });
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(400 * 2 ** 20);
    expect(a.dkim[0]?.result).toBe('pass');
    expect(a.verdict).toBe('authenticated');
  }, 60_000);

  it('analyses a message with 10,000 headers and 5,000 Received lines', async () => {
    const s = await scenario('authenticated');
    const filler = Array.from({ length: 5_000 }, (_, i) => `X-Filler-${i}: ${i}`);
    const hops = Array.from(
      { length: 5_000 },
      (_, i) =>
        `Received: from h${i}.example (h${i}.example [192.0.2.${i % 250}]) by h${i + 1}.example; Tue, 3 Mar 2026 09:00:00 +0000`,
    );
    const raw = `${[...filler, ...hops].join('\r\n')}\r\n${s.raw}`;
    const t = performance.now();
    const a = await analyzeMessage(raw, {
      resolver: ZoneResolver.fromJson(s.zone),
      trustedAuthservIds: [s.authservId],
    });
    expect(performance.now() - t).toBeLessThan(30_000);
    // The hop chain is read from the newest 1,000 Received fields (MAX_RECEIVED_FIELDS), and says so.
    expect(a.hops.length).toBe(1_000);
    expect(a.meta.bounds?.receivedCut).toBeTruthy();
    expect(a.findings.map((f) => f.id)).toContain('received-chain-cut');
    expect(a.verdict).toBeTruthy();
  }, 60_000);
});
