// The corpora's tallies, printed with the figures: how many legitimate messages came out
// "spoofed" (the goal is 0 of all) and how many adversarial cases got the verdict they expect.
// Each case runs through the CLI built from the current sources, as in test/unit/corpus/.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusCli, type CaseMeta, corpusCliArgs } from '../../test/helpers/corpus';
import { type BenchRow, row } from './rows';

function run(cli: string, dir: string, meta: CaseMeta): Promise<string> {
  const args = corpusCliArgs(cli, dir, meta);
  return new Promise((resolve) => {
    execFile(process.execPath, args, { maxBuffer: 64 << 20 }, (err, stdout) => {
      if (err) resolve('error');
      else resolve((JSON.parse(stdout) as { verdict: string }).verdict);
    });
  });
}

export async function benchCorpus(): Promise<BenchRow[]> {
  const cli = buildCorpusCli();
  const rows: BenchRow[] = [];
  for (const corpus of ['legit', 'adversarial'] as const) {
    const root = join('test/fixtures', corpus);
    const cases = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => ({
        dir: join(root, d.name),
        meta: JSON.parse(readFileSync(join(root, d.name, 'case.json'), 'utf8')) as CaseMeta,
      }));
    const verdicts: string[] = [];
    for (let i = 0; i < cases.length; i += 2) {
      verdicts.push(...(await Promise.all(cases.slice(i, i + 2).map((c) => run(cli, c.dir, c.meta)))));
    }
    const count = (v: string) => verdicts.filter((x) => x === v).length;
    const tally = ['authenticated', 'suspicious', 'unverified', 'spoofed', 'error']
      .map((v) => `${v} ${count(v)}`)
      .join(', ');
    if (corpus === 'legit') {
      rows.push(
        row(
          'legit corpus: messages called "spoofed"',
          count('spoofed'),
          'messages',
          cases.length,
          `goal 0; ${tally}`,
        ),
      );
    } else {
      const expected = cases.filter((c, i) => {
        const want = c.meta.expect.verdict;
        const got = verdicts[i]!;
        return (
          (want === undefined || [want].flat().includes(got)) &&
          !(c.meta.expect.notVerdict ?? []).includes(got)
        );
      }).length;
      rows.push(
        row('adversarial corpus: verdict as expected', expected, 'cases', cases.length, `goal all; ${tally}`),
      );
    }
  }
  return rows;
}
