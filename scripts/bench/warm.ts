// Warm analysis (DNS answered from memory) of a 50 KB and a 5 MB signed message, against
// mailauth's own spf + dkimVerify + dmarc called directly on the same bytes and answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
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

type Engine = { analyzeMessage: typeof analyzeMessage; ZoneResolver: typeof ZoneResolver };

/**
 * The engine as HeaderLens ships it to Node: bundled by esbuild with the CLI's own options
 * (scripts/node-bundle.mjs: no keepNames, the slim aliases, mailauth inside), loaded from a
 * temporary file. tsx, which runs this bench, transforms each source with keepNames, a __name
 * call per closure made, which neither the CLI nor the extension's build carries.
 */
async function shippedEngine(): Promise<Engine> {
  const options = new URL('../node-bundle.mjs', import.meta.url).href;
  const { NODE_BUNDLE } = (await import(options)) as { NODE_BUNDLE: object };
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'hl-bench-engine-'));
  const outfile = join(dir, 'engine.mjs');
  try {
    await build({
      ...NODE_BUNDLE,
      stdin: {
        contents:
          "export { analyzeMessage } from './lib/analyze';\nexport { ZoneResolver } from './lib/dns';\n",
        resolveDir: root,
        loader: 'ts',
      },
      outfile,
    });
    return (await import(pathToFileURL(outfile).href)) as Engine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchWarm(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const shipped = await shippedEngine();
  for (const [label, size, runs, warmup, engines] of [
    ['50 KB', 50_000, 200, 600, ['tsx', 'shipped']],
    ['5 MB', 5_000_000, 7, 7, ['tsx']],
  ] as const) {
    const s = await scenario('authenticated', { body: bodyOfSize(size) });
    const bytes = new TextEncoder().encode(s.raw);
    const zone = ZoneResolver.fromJson(s.zone);
    const resolve = (name: string, type: string) => zone.resolve(name, type as 'TXT');
    const shippedZone = shipped.ZoneResolver.fromJson(s.zone);
    const analyses = {
      tsx: () => analyzeMessage(bytes, { resolver: zone, trustedAuthservIds: [s.authservId] }),
      shipped: () =>
        shipped.analyzeMessage(bytes, { resolver: shippedZone, trustedAuthservIds: [s.authservId] }),
    };
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
    for (const engine of engines) {
      const [o, d] = await spreadPair(runs, analyses[engine], direct, warmup);
      rows.push(
        row(
          engine === 'tsx'
            ? `warm analysis ${label}`
            : `warm analysis ${label}, the engine as the CLI ships it`,
          o.median,
          'ms',
          d.median,
          `baseline: mailauth spf + dkimVerify + dmarc directly; goal ≤ 1.1×; ${engine === 'tsx' ? 'ours as tsx runs lib/ (keepNames)' : 'ours bundled with the CLI build options (scripts/node-bundle.mjs: no keepNames, slim aliases, mailauth inside)'}; n=${runs} each after ${warmup} pairs of warm-up, alternating; ours min/median/max ${spread(o)} ms, baseline ${spread(d)} ms; ratio of minima ${(o.min / d.min).toFixed(2)}×`,
        ),
      );
    }
  }
  return rows;
}
