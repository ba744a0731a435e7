// Resource bounds: a 25 MB message and one with 10,000 headers, time and memory, against the
// 50 KB message analysed in the same run; and 30,000 Received headers against 10,000 (issue 19
// §5: nothing superlinear), CPU time of one analysis each, in alternation.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { analyzeMessage } from '../../lib/analyze';
import { ZoneResolver } from '../../lib/dns';
import { scenario } from '../../test/helpers/scenarios';
import { alternate, spreadRow } from './cli';
import { type BenchRow, median, row } from './rows';
import { bodyOfSize } from './warm';

const MiB = 2 ** 20;
const CHILD = fileURLToPath(new URL('./limits-child.ts', import.meta.url));

interface ChildRun {
  rssBefore: number;
  peakBefore: number;
  peakAfter: number;
  verdict: string;
}

/**
 * Memory the analysis itself adds at its peak, in a process that only read the message: peak
 * resident size after the analysis minus resident size before it. When the analysis never rose
 * above the process's earlier peak (reading the input), that earlier peak is the upper bound given.
 */
function addedPeak(run: ChildRun): number {
  return Math.max(run.peakAfter, run.peakBefore) - run.rssBefore;
}

async function inFreshProcess(dir: string, name: string, raw: string, zone: unknown, authservId: string) {
  const messageFile = join(dir, `${name}.eml`);
  const zoneFile = join(dir, `${name}.json`);
  await writeFile(messageFile, raw);
  await writeFile(zoneFile, JSON.stringify(zone));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', CHILD, messageFile, zoneFile, authservId],
    { maxBuffer: MiB },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildRun;
}

/** Two-line Received fields as relays write them, `n` of them on top of `raw`. */
function withReceived(raw: string, n: number): string {
  const lines = Array.from(
    { length: n },
    (_, i) =>
      `Received: from relay${i}.example.net (relay${i}.example.net [192.0.2.${i % 250}])\r\n\tby mx${i}.example.org with ESMTP id ${i}; Tue, 3 Mar 2026 10:00:00 +0000`,
  );
  return `${lines.join('\r\n')}\r\n${raw}`;
}

/** CPU milliseconds of one call (this process: the analysis and its garbage collection). */
async function cpuOf(fn: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function receivedRow(small: { raw: string }, opts: Parameters<typeof analyzeMessage>[1]) {
  const tenK = withReceived(small.raw, 10_000);
  const thirtyK = withReceived(small.raw, 30_000);
  const [a, b] = await alternate(
    7,
    () => cpuOf(() => analyzeMessage(thirtyK, opts)),
    () => cpuOf(() => analyzeMessage(tenK, opts)),
  );
  return spreadRow(
    '30,000 Received headers, CPU',
    a,
    b,
    'ms',
    'baseline: 10,000 Received headers; goal ≤ 3.5× (was 5.9×)',
  );
}

export async function benchLimits(): Promise<BenchRow[]> {
  const small = await scenario('authenticated', { body: bodyOfSize(50_000) });
  const zone = ZoneResolver.fromJson(small.zone);
  const opts = { resolver: zone, trustedAuthservIds: [small.authservId] };
  const baseline = await median(10, () => analyzeMessage(small.raw, opts));

  const bigScenario = await scenario('authenticated', { body: bodyOfSize(25_000_000) });
  const big = new TextEncoder().encode(bigScenario.raw);
  const bigTime = await median(3, () => analyzeMessage(big, opts));

  const many = Array.from({ length: 10_000 }, (_, i) => `X-Filler-${i}: value ${i}`).join('\r\n');
  const manyHeaders = `${many}\r\n${small.raw}`;
  const manyTime = await median(3, () => analyzeMessage(manyHeaders, opts));
  const received = await receivedRow(small, opts);

  const dir = await mkdtemp(join(tmpdir(), 'headerlens-bench-'));
  let memory: BenchRow[];
  try {
    const smallRun = await inFreshProcess(dir, 'small', small.raw, small.zone, small.authservId);
    const bigRun = await inFreshProcess(
      dir,
      'big',
      bigScenario.raw,
      bigScenario.zone,
      bigScenario.authservId,
    );
    const manyRun = await inFreshProcess(dir, 'many', manyHeaders, small.zone, small.authservId);
    const note = (r: ChildRun) =>
      `baseline: 50 KB message; peak resident memory the analysis adds in a fresh process (verdict ${r.verdict})`;
    memory = [
      row(
        '25 MB message: peak memory',
        addedPeak(bigRun) / MiB,
        'MiB',
        addedPeak(smallRun) / MiB,
        note(bigRun),
      ),
      row(
        '10,000 headers: peak memory',
        addedPeak(manyRun) / MiB,
        'MiB',
        addedPeak(smallRun) / MiB,
        note(manyRun),
      ),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return [
    row('25 MB message', bigTime, 'ms', baseline, 'baseline: 50 KB message'),
    row('10,000 headers', manyTime, 'ms', baseline, 'baseline: 50 KB message'),
    received,
    ...memory,
  ];
}
