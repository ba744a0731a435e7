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

describe('headerlens inspect --lang, a batch', () => {
  let batch = '';
  let zone = '';

  beforeAll(async () => {
    // Six messages of two kinds, so --jobs 2 hands some to a worker thread.
    batch = mkdtempSync(join(tmpdir(), 'headerlens-lang-batch-'));
    const spoofed = await scenario('spoofed');
    const authenticated = await scenario('authenticated');
    for (let i = 0; i < 6; i++)
      writeFileSync(join(batch, `m${i}.eml`), `X-Copy: ${i}\r\n${(i % 2 ? authenticated : spoofed).raw}`);
    zone = join(batch, 'zone.json');
    writeFileSync(zone, JSON.stringify({ ...spoofed.zone, ...authenticated.zone }));
  }, 60_000);

  function inspect(extra: string[]) {
    const r = spawnSync(process.execPath, [cli, 'inspect', batch, '--dns-zone', zone, ...extra], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('writes its lines and summary in German, the same from a worker thread as from one thread', () => {
    const de = inspect(['--lang', 'de', '--jobs', '1']);
    expect(de.code, de.stderr).toBe(0);
    const lines = de.stdout.trim().split('\n');
    expect(lines.filter((l) => /m\d\.eml {2}gefälscht {8}/.test(l))).toHaveLength(3);
    expect(lines.filter((l) => /m\d\.eml {2}authentifiziert/.test(l))).toHaveLength(3);
    expect(de.stdout).toMatch(
      /Der Absender ist nicht berechtigt, Mail als \S+ zu senden \(DMARC fehlgeschlagen\)/,
    );
    expect(de.stdout).toContain('Zusammenfassung: 6 Nachrichten: 3 gefälscht, 3 authentifiziert');
    expect(de.stdout).toMatch(/^Am häufigsten gefälschte Domains: \S+ ×3$/m);
    expect(de.stdout).not.toMatch(/The sender is not authorised|Summary:|Networks seen/);
    expect(inspect(['--lang', 'de', '--jobs', '2']).stdout).toBe(de.stdout);
  });

  it('writes the triage report in French', () => {
    const r = inspect(['--lang', 'fr', '--report', 'md', '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Rapport de tri HeaderLens$/m);
    expect(r.stdout).toMatch(
      /^6 messages : usurpé : 3, authentifié : 3, analysé le \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/m,
    );
    expect(r.stdout).toContain('| verdict | messages |');
    expect(r.stdout).toContain('| usurpé | 3 |');
    expect(r.stdout).toContain('| non analysé | 0 |');
    expect(r.stdout).toContain('| # | source | verdict | De | IP d’origine | réseau | premier motif |');
    expect(r.stdout.match(/\| \*\*usurpé\*\* \|/g)).toHaveLength(3);
    expect(r.stdout).not.toMatch(/triage report|Domains spoofed most|first reason/);
  });

  it('keeps CSV and JSON Lines English: they are for programs', () => {
    const csv = inspect(['--lang', 'de', '--csv']);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toMatch(/,spoofed,/);
    expect(csv.stdout).toContain('The sender is not authorised');
    expect(csv.stdout).not.toContain('gefälscht');
    const json = inspect(['--lang', 'de', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const first = JSON.parse(json.stdout.split('\n')[0]!) as Analysis;
    expect(first.verdict).toBe('spoofed');
    expect(first.findings[0]?.title).toMatch(/^The sender is not authorised/);
  });

  it('reads as it always did in English', () => {
    const en = inspect(['--jobs', '1']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/m0\.eml {2}spoofed {8}/);
    expect(en.stdout).toContain('Summary: 6 messages: 3 spoofed, 3 authenticated');
    expect(en.stdout).toMatch(/^Hosted servers seen: /m);
    expect(inspect(['--lang', 'en', '--jobs', '2']).stdout).toBe(en.stdout);
  });
});
