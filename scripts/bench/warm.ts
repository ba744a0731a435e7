// Warm analysis (DNS answered from memory) of a 50 KB and a 5 MB signed message, against
// mailauth's own spf + dkimVerify + dmarc called directly on the same bytes and answers.
import { analyzeMessage } from '../../lib/analyze';
import { dkimVerify, dmarc, spf } from '../../lib/auth/mailauth';
import { ZoneResolver } from '../../lib/dns';
import { scenario } from '../../test/helpers/scenarios';
import { type BenchRow, row, timesPair } from './rows';

export function bodyOfSize(bytes: number): string {
  const line = 'The quick brown fox jumps over the lazy dog, and the statement is attached below.\r\n';
  return line.repeat(Math.ceil(bytes / line.length));
}

interface Spread {
  min: number;
  median: number;
  max: number;
}

function spread(s: Spread): string {
  return [s.min, s.median, s.max].map((x) => x.toFixed(2)).join('/');
}

/**
 * Two functions timed side by side, as rows.ts' medianPair (both warmed up first, then run in
 * alternation so a noisy moment falls on both), keeping the minimum and maximum beside the median.
 */
async function spreadPair(
  n: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  warmup: number,
): Promise<[Spread, Spread]> {
  const times = await timesPair(n, a, b, warmup);
  const of = (xs: number[]): Spread => {
    xs.sort((x, y) => x - y);
    return { min: xs[0]!, median: xs[Math.floor(xs.length / 2)]!, max: xs[xs.length - 1]! };
  };
  return [of(times[0]), of(times[1])];
}

export async function benchWarm(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, size, runs, warmup] of [
    ['50 KB', 50_000, 200, 600],
    ['5 MB', 5_000_000, 7, 7],
  ] as const) {
    const s = await scenario('authenticated', { body: bodyOfSize(size) });
    const bytes = new TextEncoder().encode(s.raw);
    const zone = ZoneResolver.fromJson(s.zone);
    const resolve = (name: string, type: string) => zone.resolve(name, type as 'TXT');
    const ours = () => analyzeMessage(bytes, { resolver: zone, trustedAuthservIds: [s.authservId] });
    const direct = async () => {
      const buf = Buffer.from(bytes);
      const [spfRes, dkimRes] = await Promise.all([
        spf({
          ip: '192.0.2.10',
          sender: 'bounce@northbank.example',
          helo: 'mail.northbank.example',
          resolver: resolve,
          mta: 'bench',
        } as never),
        dkimVerify(buf, { resolver: resolve } as never),
      ]);
      const spfPass =
        (spfRes as { status: { result: string } }).status.result === 'pass'
          ? [{ domain: 'northbank.example', aligned: true }]
          : [];
      const dkimPass = (
        (dkimRes as { results: Array<{ status: { result: string }; signingDomain: string }> }).results ?? []
      )
        .filter((r) => r.status.result === 'pass')
        .map((r) => ({ domain: r.signingDomain, aligned: true }));
      await dmarc({
        headerFrom: 'alerts@northbank.example',
        spfDomains: spfPass,
        dkimDomains: dkimPass,
        resolver: resolve,
      } as never);
    };
    // Steady state, not which side the JIT compiled first. The engine is more code than the three
    // mailauth calls, so it takes V8 longer to optimise: in blocks of 100 alternating pairs the
    // 50 KB ratio fell from 1.25-1.28x (first block) to 1.09-1.12x (third) and settled at
    // 1.0-1.1x from the sixth on (two runs, 2026-12-02). 600 pairs of warm-up are past that.
    const [o, d] = await spreadPair(runs, ours, direct, warmup);
    rows.push(
      row(
        `warm analysis ${label}`,
        o.median,
        'ms',
        d.median,
        `baseline: mailauth spf + dkimVerify + dmarc directly; goal ≤ 1.1×; n=${runs} each after ${warmup} pairs of warm-up, alternating; ours min/median/max ${spread(o)} ms, baseline ${spread(d)} ms; ratio of minima ${(o.min / d.min).toFixed(2)}×`,
      ),
    );
  }
  return rows;
}
