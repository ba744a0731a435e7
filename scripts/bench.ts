// `npm run bench`: speed and memory figures as ratios measured side by side in one run (these
// machines are shared and noisy, so absolute times mean little; ratios to a baseline measured in
// the same run do). `npm run bench -- --json` also writes bench-results.json.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchBatch } from './bench/batch';
import { benchBundles } from './bench/bundles';
import { benchCli } from './bench/cli';
import { benchCold } from './bench/cold';
import { benchCorpus } from './bench/corpus';
import { benchLimits } from './bench/limits';
import { benchMemory } from './bench/memory';
import { type BenchRow, formatTable } from './bench/rows';
import { benchWarm } from './bench/warm';

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

const suites: Array<[string, () => Promise<BenchRow[]>]> = [
  ['cold', benchCold],
  ['warm', benchWarm],
  ['classify', async () => (await import('./bench-classify')).benchClassify()],
  ['limits', benchLimits],
  ['cli', benchCli],
  ['bundles', benchBundles],
  ['browser', async () => (await import('./bench/browser')).benchBrowser()],
  ['wake', async () => (await import('./bench/wake')).benchWake()],
  ['corpus', benchCorpus],
  ['memory', benchMemory],
  ['batch', benchBatch],
];

const rows: BenchRow[] = [];
console.log(
  `HeaderLens bench — ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
for (const [name, run] of suites) {
  if (only && !only.split(',').includes(name)) continue;
  try {
    const got = await run();
    rows.push(...got);
    console.log(`\n## ${name}\n${formatTable(got)}`);
  } catch (err) {
    console.log(`\n## ${name}\nskipped: ${(err as Error).message}`);
  }
}
if (json) {
  writeFileSync('bench-results.json', `${JSON.stringify(rows, null, 2)}\n`);
  console.log('\nwrote bench-results.json');
}
