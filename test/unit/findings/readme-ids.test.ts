// README promises stable finding ids and lists them: every id a rule can emit must be listed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../lib/findings/', import.meta.url);

describe('README lists every finding id', () => {
  it('each `id:` a finding rule emits appears in README.md', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const ids = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'verdict.ts')) {
      const src = readFileSync(new URL(file, dir), 'utf8');
      for (const m of src.matchAll(/\bid: '([a-z0-9-]+)'/g)) ids.add(m[1]!);
    }
    expect(ids.size).toBeGreaterThan(30);
    expect([...ids].filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });
});
