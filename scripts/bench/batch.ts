// Batch inspect (issue 19 §1): one `headerlens inspect` call over many messages, measured as a
// user runs it (the CLI built from the current sources, with its worker script, in a child
// process). CPU and peak memory come from the child itself (process.resourceUsage() at exit,
// all threads); wall time from here. Each row alternates its two sides n times and gives the
// ratio's min/median/max over the n pairs.
//
// The messages are made here, deterministically but for the DKIM signatures (a key is made per
// run, as in test/helpers/scenarios.ts): the four scenarios of the CLI tests, each copy made
// unique by a header the receiver adds on top (outside the signature), with one zone file.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpusCli } from '../../test/helpers/corpus';
import { prepend, scenario, type ZoneData } from '../../test/helpers/scenarios';
import { type BenchRow, middle, row } from './rows';

const N = Number(process.env.BENCH_BATCH_N ?? 3);
/**
 * BENCH_BATCH_ROWS=cpu,jobs runs only those rows (cpu, jit, jobs, large, rss; default all): the two
 * issue-19 rows take a minute, the 10,000-message ones several.
 */
const ROWS = process.env.BENCH_BATCH_ROWS?.split(',');
const wants = (name: string) => !ROWS || ROWS.includes(name);
/** V8's own --interrupt-budget (Node 20), for the rows that compare the batch's budget with it. */
const V8_INTERRUPT_BUDGET = 67_584;

// Written by the child at exit: CPU of every thread, peak resident size.
const RUSAGE = `import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
if (isMainThread) process.on('exit', () => {
  const u = process.resourceUsage();
  writeSync(2, '\\n__HLBENCH ' + JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssMiB: u.maxRSS / 1024 }) + '\\n');
});
`;

// mailauth's authenticate() over every file of a folder, one process, the same zone: the baseline.
// mailauth's root loads undici for BIMI's certificate fetch, which fails to load on Node 20: it is
// stood in for by an empty module (no message here has a BIMI record, so it is never called).
const MAILAUTH = `import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const require = createRequire(join(process.cwd(), 'package.json'));
const undici = require.resolve('undici', { paths: [dirname(require.resolve('mailauth'))] });
require.cache[undici] = { id: undici, filename: undici, loaded: true, children: [], exports: { fetch: () => { throw new Error('no fetch'); }, Agent: class {} } };
const { authenticate } = require('mailauth');
const [dir, zonePath] = process.argv.slice(1);
const zone = JSON.parse(readFileSync(zonePath, 'utf8'));
const fail = (code) => Object.assign(new Error(code), { code });
const resolver = async (name, type) => {
  const e = zone[name.toLowerCase().replace(/\\.$/, '')];
  if (!e) throw fail('ENOTFOUND');
  const r = e[type];
  if (!r) throw fail('ENODATA');
  return type === 'TXT' ? r.map((t) => (Array.isArray(t) ? t : [t])) : r;
};
const tally = {};
for (const f of readdirSync(dir).sort()) {
  const res = await authenticate(readFileSync(join(dir, f)), { trustReceived: true, resolver, mta: 'bench' });
  tally[res.dmarc?.status?.result] = (tally[res.dmarc?.status?.result] ?? 0) + 1;
}
console.log(JSON.stringify(tally));
`;

interface Run {
  cpuMs: number;
  rssMiB: number;
  wallMs: number;
}

function measure(args: string[], cwd: string, preload: string, env?: NodeJS.ProcessEnv): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd,
    ...(env ? { env: { ...process.env, ...env } } : {}),
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 << 20,
  });
  const wallMs = performance.now() - t;
  const m = /__HLBENCH (\{.*\})/.exec(r.stderr ?? '');
  if (!m || r.status === null || r.status > 1) {
    throw new Error(`${args.slice(0, 3).join(' ')} failed (${r.status}): ${(r.stderr ?? '').slice(0, 300)}`);
  }
  return { ...(JSON.parse(m[1]!) as Omit<Run, 'wallMs'>), wallMs };
}

/** n alternating pairs; the row gives the median of each side and the pair ratios' range. */
function pairs(n: number, a: () => Run, b: () => Run, pick: (r: Run) => number) {
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) {
    const [x, y] = i % 2 ? [b(), a()].reverse() : [a(), b()];
    as.push(pick(x!));
    bs.push(pick(y!));
    ratios.push(pick(x!) / pick(y!));
  }
  const sorted = [...ratios].sort((p, q) => p - q);
  const fmt = (v: number) => `${v.toFixed(2)}×`;
  return {
    a: middle(as),
    b: middle(bs),
    range: `ratio min/median/max ${fmt(sorted[0]!)} / ${fmt(middle([...ratios]))} / ${fmt(sorted[sorted.length - 1]!)}, n = ${n}`,
  };
}

async function corpus(root: string): Promise<{ raws: string[]; zone: string }> {
  const zone: ZoneData = {};
  const raws: string[] = [];
  for (const name of ['spoofed', 'suspicious', 'unverified', 'authenticated'] as const) {
    const s = await scenario(name);
    Object.assign(zone, s.zone);
    raws.push(s.raw);
  }
  const zonePath = join(root, 'zone.json');
  writeFileSync(zonePath, JSON.stringify(zone));
  return { raws, zone: zonePath };
}

const copy = (raws: string[], i: number) =>
  prepend(raws[i % raws.length]!, `X-Bench-Copy: ${i} (${'m'.repeat(i % 7)})`);

function writeFolder(dir: string, raws: string[], count: number): void {
  mkdirSync(dir);
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.eml`), copy(raws, i));
}

function writeMbox(path: string, raws: string[], count: number): void {
  const fd = openSync(path, 'w');
  for (let i = 0; i < count; i++) {
    const body = copy(raws, i).replace(/^(>*From )/gm, '>$1');
    writeSync(fd, `From bench@example.com Tue Mar  3 10:00:00 2026\n${body}\n`);
  }
  closeSync(fd);
}

export async function benchBatch(): Promise<BenchRow[]> {
  const cli = buildCorpusCli();
  const root = mkdtempSync(join(tmpdir(), 'hl-bench-batch-'));
  const preload = join(root, 'rusage.mjs');
  writeFileSync(preload, RUSAGE);
  const { raws, zone } = await corpus(root);
  const folder = join(root, 'thousand');
  writeFolder(folder, raws, 1000);
  const repo = process.cwd();
  const inspectWith =
    (env?: NodeJS.ProcessEnv) =>
    (input: string, ...extra: string[]) =>
    () =>
      measure([cli, 'inspect', input, '--dns-zone', zone, ...extra], repo, preload, env);
  const inspect = inspectWith();
  // The batch with V8's own tier-up budget instead of the one lib/cli/batch/run.ts sets.
  const v8Default = inspectWith({ HEADERLENS_JIT_BUDGET: String(V8_INTERRUPT_BUDGET) });
  const mailauth = () => measure(['--input-type=module', '-e', MAILAUTH, folder, zone], repo, preload);
  const rows: BenchRow[] = [];

  if (wants('cpu')) {
    const cpu = pairs(N, inspect(folder, '--jobs', '1'), mailauth, (r) => r.cpuMs);
    rows.push(
      row(
        '1,000 messages in one inspect call (--jobs 1), CPU',
        cpu.a,
        'ms',
        cpu.b,
        `baseline: mailauth authenticate() over the same files in one process; ${cpu.range}; goal ≤ 1.1×`,
      ),
    );
  }

  if (wants('jit')) {
    const jit = pairs(N, inspect(folder, '--jobs', '1'), v8Default(folder, '--jobs', '1'), (r) => r.cpuMs);
    rows.push(
      row(
        '1,000 messages (--jobs 1), CPU, with the batch’s JIT budget',
        jit.a,
        'ms',
        jit.b,
        `baseline: the same with V8’s default budget (HEADERLENS_JIT_BUDGET=${V8_INTERRUPT_BUDGET}); ${jit.range}`,
      ),
    );
  }

  const cores = availableParallelism();
  if (wants('jobs')) {
    const tput = pairs(
      N,
      inspect(folder, '--jobs', '2'),
      inspect(folder, '--jobs', '1'),
      (r) => 1000 / (r.wallMs / 1000),
    );
    rows.push(
      row(
        `--jobs 2 vs --jobs 1, 1,000 messages, throughput on ${cores} cores`,
        tput.a,
        'msg/s',
        tput.b,
        `baseline: --jobs 1; ${tput.range}; goal ≥ 1.7×`,
      ),
    );
  }

  if (!wants('large') && !wants('rss')) return rows;
  const small = join(root, '1k.mbox');
  const large = join(root, '10k.mbox');
  writeMbox(small, raws, 1000);
  writeMbox(large, raws, 10_000);
  // A large batch, where V8's default budget has time to pay off: wall time, with the default
  // --jobs (the cores) and with one thread.
  for (const jobs of wants('large') ? [String(cores), '1'] : []) {
    const big = pairs(
      Math.max(2, N - 1),
      inspect(large, '--jobs', jobs),
      v8Default(large, '--jobs', jobs),
      (r) => r.wallMs,
    );
    rows.push(
      row(
        `10,000 messages (one mbox, --jobs ${jobs}), wall time, with the batch’s JIT budget`,
        big.a,
        'ms',
        big.b,
        `baseline: the same with V8’s default budget; ${big.range}`,
      ),
    );
  }
  if (!wants('rss')) return rows;
  const rss = pairs(Math.max(2, N - 1), inspect(large), inspect(small), (r) => r.rssMiB);
  rows.push(
    row(
      `peak RSS, 10,000 vs 1,000 messages (one mbox, --jobs ${cores})`,
      rss.a,
      'MiB',
      rss.b,
      `baseline: the 1,000-message mbox; ${rss.range}; goal ≤ 1.2×`,
    ),
  );
  return rows;
}
