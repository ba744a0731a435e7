// The whole analysis of every corpus case, pinned: speed work on the engine (parse once, memoise,
// lazy findings) must not change one field. corpus.test.ts checks what each case promises (its
// verdict, some findings); this checks everything else stays as it was: every case's canonical
// JSON by digest (with its verdict and finding ids, to read a failure), and a few cases in full
// (test/fixtures/pinned/) so a change shows as a diff. Durations are left out.
// After an intended change of output: UPDATE_PINNED=1 npx vitest run test/unit/corpus/pinned.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyseCase, pinnedCases, pinnedJson, sha256 } from '../../helpers/pinned-corpus';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pinned');
const DIGESTS = join(DIR, 'digests.json');
const UPDATE = process.env.UPDATE_PINNED === '1';

/** Cases kept in full: one per kind of path the engine takes (gateways, lists, M365, strict tags…). */
const IN_FULL = [
  'adversarial/base-ec2-unsigned-reject',
  'adversarial/gw-spoof-through-trusted-gateway',
  'adversarial/id-name-cyrillic-brand',
  'adversarial/list-adv-replay-appended-footer',
  'adversarial/strict-arc-dup-d-trusted-online',
  'adversarial/trust-dns-fault-attacker-dkim',
  'legit/esp-mailchimp-gmail',
  'legit/gw-mimecast-links-trusted',
  'legit/list-google-groups-rewrite',
  'legit/m365-tenant-to-tenant-custom-dkim',
];

interface Digest {
  verdict: string;
  findings: string[];
  sha256: string;
}

const cases = pinnedCases();
const digests: Record<string, Digest> = existsSync(DIGESTS) ? JSON.parse(readFileSync(DIGESTS, 'utf8')) : {};
const fresh: Record<string, Digest> = {};

describe('pinned corpus analyses', () => {
  test('every case is pinned and every pin has its case', () => {
    if (UPDATE) return;
    expect(Object.keys(digests).sort()).toEqual(cases.map((c) => c.name));
  });

  for (const c of cases) {
    test(c.name, async () => {
      const analysis = await analyseCase(c);
      const json = pinnedJson(analysis);
      const digest: Digest = {
        verdict: analysis.verdict,
        findings: analysis.findings.map((f) => f.id),
        sha256: sha256(json),
      };
      const file = join(DIR, `${c.name.replace('/', '--')}.json`);
      if (UPDATE) {
        fresh[c.name] = digest;
        if (IN_FULL.includes(c.name)) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, json);
        }
        if (Object.keys(fresh).length === cases.length) {
          const sorted = Object.fromEntries(Object.entries(fresh).sort(([a], [b]) => a.localeCompare(b)));
          writeFileSync(DIGESTS, `${JSON.stringify(sorted, null, 1)}\n`);
        }
        return;
      }
      if (IN_FULL.includes(c.name)) expect(json).toBe(readFileSync(file, 'utf8'));
      expect(digest).toEqual(digests[c.name]);
    });
  }
});
