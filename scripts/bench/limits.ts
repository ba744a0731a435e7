// Resource bounds: a 25 MB message and one with 10,000 headers, time and memory, against the
// 50 KB message analysed in the same run.
import { analyzeMessage } from '../../lib/analyze';
import { ZoneResolver } from '../../lib/dns';
import { scenario } from '../../test/helpers/scenarios';
import { type BenchRow, median, row } from './rows';
import { bodyOfSize } from './warm';

export async function benchLimits(): Promise<BenchRow[]> {
  const small = await scenario('authenticated', { body: bodyOfSize(50_000) });
  const zone = ZoneResolver.fromJson(small.zone);
  const opts = { resolver: zone, trustedAuthservIds: [small.authservId] };
  const baseline = await median(10, () => analyzeMessage(small.raw, opts));

  const big = new TextEncoder().encode(
    (await scenario('authenticated', { body: bodyOfSize(25_000_000) })).raw,
  );
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const bigTime = await median(3, () => analyzeMessage(big, opts));
  const heapAfter = process.memoryUsage().heapUsed;

  const many = Array.from({ length: 10_000 }, (_, i) => `X-Filler-${i}: value ${i}`).join('\r\n');
  const manyHeaders = `${many}\r\n${small.raw}`;
  const manyTime = await median(3, () => analyzeMessage(manyHeaders, opts));
  return [
    row(
      '25 MB message',
      bigTime,
      'ms',
      baseline,
      `baseline: 50 KB message; heap growth ${Math.round((heapAfter - heapBefore) / 2 ** 20)} MiB`,
    ),
    row('10,000 headers', manyTime, 'ms', baseline, 'baseline: 50 KB message'),
  ];
}
