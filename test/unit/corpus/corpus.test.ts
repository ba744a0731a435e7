// The corpora's expectations: test/fixtures/adversarial/ (spoofs written by an attacker who has
// read lib/) and test/fixtures/legit/ (real-world delivery paths that must never come out
// "spoofed"). Every case is analysed in this process as the CLI reads it (the pinned corpus's
// analyseCase: the same options from the same arguments); one in sixteen, chosen by name, and
// every case with an argument of the CLI's own (--attached, --offline), also run through the CLI
// exactly as a user would run it (`headerlens inspect --json`), which must give the same verdict
// and findings. One process per case for all 5,000 took a CI run's 15 minutes; the in-process
// reading took 25 seconds. A quarter (2,100 processes at 8,000 cases, ~0.47 s of CPU each: some
// 1,000 s of CPU on CI's two cores) had become the unit suite's largest cost; the sample guards
// the CLI's own argument reading and bundle, which every case shares. The CLI is bundled from the current sources first, so the
// test never reads a stale dist/.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { createClassifier } from '../../../lib/relay/classify';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { buildCorpusCli, type CaseMeta, corpusCliArgs } from '../../helpers/corpus';
import { analyseCase, PINNED_NOW, sha256 } from '../../helpers/pinned-corpus';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = join(ROOT, 'test/fixtures');
let cli = '';

beforeAll(() => {
  cli = buildCorpusCli();
}, 60_000);

interface Case {
  name: string;
  dir: string;
  meta: CaseMeta;
}

export function loadCases(corpus: 'adversarial' | 'legit'): Case[] {
  const root = join(FIXTURES, corpus);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'case.json')))
    .map((d) => ({
      name: d.name,
      dir: join(root, d.name),
      meta: JSON.parse(readFileSync(join(root, d.name, 'case.json'), 'utf8')) as CaseMeta,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function inspect(c: Case): Promise<Record<string, unknown>> {
  const args = corpusCliArgs(cli, c.dir, c.meta);
  return new Promise((resolve, reject) => {
    // As of the pinned corpus's instant: whether a delivery is "old" (key-gone-since-delivery)
    // must not change with the day the suite runs.
    const env = { ...process.env, HEADERLENS_NOW: PINNED_NOW.toISOString() };
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024, env }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${c.name}: exit ${err.code}: ${stderr.trim()}`));
      else resolve(JSON.parse(stdout) as Record<string, unknown>);
    });
  });
}

const classifier = loadIpTablesFromDisk().then(createClassifier);

/** One case in sixteen by name, and every case that uses an argument of the CLI's own. */
function throughCli(c: Case): boolean {
  const args = c.meta.args ?? [];
  if (args.includes('--attached') || args.includes('--offline')) return true;
  return Number.parseInt(sha256(c.name).slice(0, 2), 16) % 16 === 0;
}

function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function check(c: Case, a: Record<string, unknown>, legit: boolean): void {
  const e = c.meta.expect;
  const verdict = a.verdict as string;
  const ids = ((a.findings as Array<{ id: string }>) ?? []).map((f) => f.id);
  const where = `${c.name} (${c.meta.about}) → ${verdict}: ${a.summary as string}; findings ${ids.join(', ')}`;
  if (legit) expect(verdict, where).not.toBe('spoofed');
  if (e.verdict !== undefined) {
    expect([e.verdict].flat(), where).toContain(verdict);
  }
  for (const v of e.notVerdict ?? []) expect(verdict, where).not.toBe(v);
  for (const id of e.findings ?? []) expect(ids, where).toContain(id);
  for (const id of e.absentFindings ?? []) expect(ids, where).not.toContain(id);
  for (const [path, value] of Object.entries(e.fields ?? {}))
    expect(at(a, path), `${where}; ${path}`).toEqual(value);
}

for (const corpus of ['adversarial', 'legit'] as const) {
  const cases = loadCases(corpus);
  describe.concurrent(`corpus: ${corpus}`, () => {
    test('has cases, each saying what it is', () => {
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) {
        expect(c.meta.about, c.name).toBeTruthy();
        expect(c.meta.class, c.name).toBeTruthy();
        expect(c.meta.expect, c.name).toBeTruthy();
      }
    });
    for (const c of cases) {
      test(`${c.meta.class}: ${c.name}`, async () => {
        const a = JSON.parse(
          JSON.stringify(await analyseCase({ ...c, name: `${corpus}/${c.name}` }, await classifier)),
        );
        check(c, a, corpus === 'legit');
        if (!throughCli(c)) return;
        const viaCli = await inspect(c);
        check(c, viaCli, corpus === 'legit');
        const shape = (x: Record<string, unknown>) => ({
          verdict: x.verdict,
          findings: ((x.findings as Array<{ id: string; severity: string }>) ?? []).map(
            (f) => `${f.id}:${f.severity}`,
          ),
        });
        expect(shape(viaCli), c.name).toEqual(shape(a));
      });
    }
  });
}
