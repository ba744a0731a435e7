// `headerlens inspect --lang`: the report's sentences in German (the bundled CLI, no browser.i18n),
// English by default, and JSON always English with the keys and parameters beside the text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/types';
import { scenario } from '../../helpers/scenarios';

let dir = '';
let cli = '';
let args: string[] = [];

function run(extra: string[]) {
  const r = spawnSync(process.execPath, [cli, 'inspect', ...args, ...extra], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'headerlens-lang-'));
  cli = join(dir, 'headerlens.mjs');
  const b = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--out', cli], { encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
  const s = await scenario('spoofed');
  writeFileSync(join(dir, 'm.eml'), s.raw);
  writeFileSync(join(dir, 'zone.json'), JSON.stringify(s.zone));
  args = [join(dir, 'm.eml'), '--dns-zone', join(dir, 'zone.json'), '--authserv-id', s.authservId];
}, 60_000);

describe('headerlens inspect --lang', () => {
  it('is English by default and German with --lang de', () => {
    const en = run([]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('HeaderLens verdict: spoofed');
    expect(en.stdout).toMatch(/This message claims to come from/);
    const de = run(['--lang', 'de']);
    expect(de.code).toBe(0);
    expect(de.stdout).toMatch(/Diese Nachricht gibt vor, von \S+ zu stammen/);
    expect(de.stdout).toContain('DMARC fehlgeschlagen');
    expect(de.stdout).not.toMatch(/This message claims to come from/);
    // The report's own words too (headings, row names, the verdict word); dates stay UTC.
    expect(de.stdout).toContain('HeaderLens-Urteil: gefälscht');
    expect(de.stdout).toContain('Stationen (älteste zuerst, Zeiten in UTC):');
    expect(de.stdout).not.toMatch(/^(Reasons|Origin|Versions):/m);
    expect(en.stdout).toContain('Hops (oldest first, dates in UTC):');
  });

  it('keeps JSON English, with the keys and parameters beside the text', () => {
    const r = run(['--json', '--lang', 'fr']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.summary).toMatch(/^This message claims to come from/);
    expect(a.summaryMessage?.key).toBe('summary_dmarc_fail');
    const f = a.findings.find((x) => x.id === 'dmarc-fail')!;
    expect(f.title).toMatch(/^The sender is not authorised/);
    expect(f.message?.title).toMatchObject({
      key: 'finding_dmarc_fail_title',
      params: { domain: a.from?.domain },
    });
  });

  it('refuses a language it does not have', () => {
    const r = run(['--lang', 'it']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang takes en, de, fr, es, not "it"');
  });
});
