// `headerlens inspect --memory FILE`: the bundled CLI reads and updates the same JSON the
// extension exports, one message after another, and refuses a hostile file without touching it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMemory } from '../../../lib/memory';
import type { Analysis } from '../../../lib/types';
import { buildCorpusCli } from '../../helpers/corpus';
import { message, type Spec, zone } from '../memory/sequence';

let cli: string;
let dir: string;

beforeAll(() => {
  cli = buildCorpusCli();
  dir = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'hl-memory-cli-'));
  writeFileSync(join(dir, 'zone.json'), JSON.stringify(zone()));
}, 120_000);

async function inspect(spec: Spec, memory: string) {
  const eml = join(dir, `m${spec.n}.eml`);
  writeFileSync(eml, await message(spec));
  const r = spawnSync(
    process.execPath,
    [cli, 'inspect', eml, '--json', '--dns-zone', join(dir, 'zone.json'), '--memory', memory],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return {
    code: r.status,
    stderr: r.stderr,
    analysis: r.status === 0 ? (JSON.parse(r.stdout) as Analysis) : null,
  };
}

describe('headerlens inspect --memory', () => {
  it('learns three SendGrid messages, then flags the fourth from AWS; the file stays valid', async () => {
    const file = join(dir, 'memory.json');
    for (const n of [1, 2, 3]) {
      const r = await inspect({ n }, file);
      expect(r.code, r.stderr).toBe(0);
    }
    const stored = parseMemory(readFileSync(file, 'utf8'));
    expect(stored.ok && stored.memory.domains[0]).toMatchObject({ domain: 'northbank.example', count: 3 });
    const fourth = await inspect({ n: 4, via: 'aws', selector: null }, file);
    const f = fourth.analysis?.findings.find((x) => x.id === 'new-infrastructure');
    expect(f?.title).toBe(
      'northbank.example has never sent you mail from Amazon Web Services before; its last 3 messages came from SendGrid',
    );
    expect(f?.severity).toBe('medium');
    // The AWS message reads "suspicious" and teaches nothing (its network stays new); the same
    // SendGrid message again is not counted twice.
    expect(fourth.analysis?.verdict).toBe('suspicious');
    await inspect({ n: 3 }, file);
    const after = parseMemory(readFileSync(file, 'utf8'));
    expect(after.ok && after.memory.domains[0]!.count).toBe(3);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('refuses a hostile memory file with exit 2 and leaves it as it was', async () => {
    const file = join(dir, 'hostile.json');
    const hostile = JSON.stringify({
      format: 'headerlens-sender-memory',
      version: 1,
      startedAt: '2026-11-01T00:00:00.000Z',
      domains: [{ domain: '<script>alert(1)</script>', count: 1 }],
    });
    writeFileSync(file, hostile);
    const r = await inspect({ n: 5 }, file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The memory file was refused');
    expect(readFileSync(file, 'utf8')).toBe(hostile);
  }, 60_000);

  it('learns across a batch in input order: a directory of three SendGrid messages and one from AWS', async () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    for (const spec of [{ n: 11 }, { n: 12 }, { n: 13 }, { n: 14, via: 'aws' as const, selector: null }]) {
      writeFileSync(join(batch, `m${spec.n}.eml`), await message(spec));
    }
    const file = join(dir, 'batch-memory.json');
    const r = spawnSync(
      process.execPath,
      [
        cli,
        'inspect',
        batch,
        '--json',
        '--jobs',
        '2',
        '--dns-zone',
        join(dir, 'zone.json'),
        '--memory',
        file,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('--jobs is ignored');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Analysis & { source: { file: string } });
    expect(lines.map((l) => l.source.file.split('/').pop())).toEqual([
      'm11.eml',
      'm12.eml',
      'm13.eml',
      'm14.eml',
    ]);
    // Each message is compared with what the ones before it taught.
    expect(lines.slice(0, 3).flatMap((l) => l.findings.map((f) => f.id))).not.toContain('new-infrastructure');
    expect(lines[3]!.findings.find((f) => f.id === 'new-infrastructure')?.title).toBe(
      'northbank.example has never sent you mail from Amazon Web Services before; its last 3 messages came from SendGrid',
    );
    const stored = parseMemory(readFileSync(file, 'utf8'));
    // The fourth, "suspicious", taught nothing.
    expect(stored.ok && stored.memory.domains[0]).toMatchObject({ domain: 'northbank.example', count: 3 });
  }, 120_000);

  it('starts a new memory when the file does not exist', async () => {
    const file = join(dir, 'new.json');
    expect(existsSync(file)).toBe(false);
    const r = await inspect({ n: 6 }, file);
    expect(r.code, r.stderr).toBe(0);
    expect(parseMemory(readFileSync(file, 'utf8')).ok).toBe(true);
  }, 60_000);
});
