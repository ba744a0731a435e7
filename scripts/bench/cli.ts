// The CLI as a process (issue 19 §3): CPU time of whole `node` processes, each figure beside its
// baseline in one run, the two alternating so a noisy moment falls on both. CPU (user + system,
// from the shell's `times`, 10 ms ticks) rather than wall time: on a shared machine a process
// waits for a core, which says nothing about the process.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusCli } from '../../test/helpers/corpus';
import { scenario } from '../../test/helpers/scenarios';
import { type BenchRow, row } from './rows';

const BASELINE = fileURLToPath(new URL('./cli-baseline.mjs', import.meta.url));

/** CPU milliseconds a command took, its children included. Rejects when it fails. */
export function processCpu(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const sh = spawn('sh', ['-c', '"$@" >/dev/null 2>&1; rc=$?; times; exit $rc', 'sh', ...args]);
    let out = '';
    sh.stdout.on('data', (d) => {
      out += d;
    });
    sh.on('close', (code) => {
      // times: the shell's own user and system time, then its children's.
      const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s\s*$/.exec(out.trim());
      if (code !== 0 || !m) return reject(new Error(`${args.join(' ')} failed (${code})`));
      resolve((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000);
    });
  });
}

export interface Spread {
  min: number;
  median: number;
  max: number;
  n: number;
}

function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]!, n: s.length };
}

/** Two measurements taken in alternation (one warm-up each first), n times each. */
export async function alternate(
  n: number,
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<[Spread, Spread]> {
  await a();
  await b();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < n; i++) {
    if (i % 2) {
      times[1].push(await b());
      times[0].push(await a());
    } else {
      times[0].push(await a());
      times[1].push(await b());
    }
  }
  return [spread(times[0]), spread(times[1])];
}

const fmt = (s: Spread, unit: string) =>
  `${Math.round(s.min)}–${Math.round(s.max)} ${unit} (median ${Math.round(s.median)})`;

/** A row with both spreads and n in its note. */
export function spreadRow(
  name: string,
  value: Spread,
  baseline: Spread,
  unit: string,
  what: string,
): BenchRow {
  return row(
    name,
    value.median,
    unit,
    baseline.median,
    `${what}; value ${fmt(value, unit)}, baseline ${fmt(baseline, unit)}, n=${value.n} each, alternating`,
  );
}

export async function benchCli(): Promise<BenchRow[]> {
  const cli = buildCorpusCli();
  const node = process.execPath;
  const [help, empty] = await alternate(
    20,
    () => processCpu([node, cli, '--help']),
    () => processCpu([node, '-e', '0']),
  );

  const s = await scenario('authenticated');
  const dir = mkdtempSync(join(tmpdir(), 'headerlens-bench-cli-'));
  const eml = join(dir, 'message.eml');
  const zone = join(dir, 'zone.json');
  writeFileSync(eml, s.raw);
  writeFileSync(zone, JSON.stringify(s.zone));
  const [inspect, authenticate] = await alternate(
    10,
    () =>
      processCpu([node, cli, 'inspect', eml, '--json', '--dns-zone', zone, '--authserv-id', s.authservId]),
    () =>
      processCpu([
        node,
        BASELINE,
        eml,
        zone,
        '192.0.2.10',
        'mail.northbank.example',
        'bounce@northbank.example',
        s.authservId,
      ]),
  );
  return [
    spreadRow('`headerlens --help`, CPU', help, empty, 'ms', 'baseline: `node -e 0`; goal ≤ 1.5× (was 3.0×)'),
    spreadRow(
      'one-message `inspect` process, CPU',
      inspect,
      authenticate,
      'ms',
      'baseline: a minimal script around mailauth authenticate(), same message and zone (scripts/bench/cli-baseline.mjs); goal ≤ 1.15× (was 1.43×)',
    ),
  ];
}
