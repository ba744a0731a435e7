// The triage tests' harness (test/unit/cli/redteam173, 175, 176, realmbox168): each message of a
// file goes through the CLI's own per-message path (lib/cli/batch/sources.ts expandInputs, then
// lib/cli/batch/analyse.ts analyseJob with the JSON Lines format), in this process, with a zone and
// the bundled IP tables: the same function the main thread and every worker run.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseJob } from '../../lib/cli/batch/analyse';
import type { BatchSettings } from '../../lib/cli/batch/settings';
import { expandInputs } from '../../lib/cli/batch/sources';
import { ZoneResolver } from '../../lib/dns';
import { type Classifier, createClassifier } from '../../lib/relay/classify';
import type { Analysis } from '../../lib/types';
import { loadIpTablesFromDisk } from '../../scripts/ip-tables-node';
import { RECEIVER } from '../corpus/kit';

/** A batch read by the reader of the corpus's box (`mx.reader.example`, reader.example). */
export const TRIAGE_SETTINGS: BatchSettings = {
  format: 'json',
  redact: false,
  attached: false,
  offline: false,
  trustedAuthservIds: [RECEIVER],
  approvedServers: [],
  recipientDomains: ['reader.example'],
  natNetworks: [],
  trustedForwarders: [],
  trustedGateways: null,
  webmail: 'auto',
  notByteExact: false,
  lang: null,
  now: '2026-11-21T00:00:00Z',
};

/** One JSON Lines row: an Analysis with its source, or an error. */
export type TriageRow = Partial<Analysis> & {
  source: { file: string; index: number | null; part?: number };
  error?: string;
};

/**
 * `inspect(path, attached)`: every message of `path` as `headerlens inspect <path> --json
 * [--attached]` prints it, over `zone`; `file(name, content)` writes a file under a temporary
 * directory named with `prefix`. Call `ready` in a beforeAll first.
 */
export function triageHarness(zone: Record<string, unknown>, prefix: string) {
  let classifier: Classifier | undefined;
  let dir: string | undefined;
  return {
    async ready(): Promise<void> {
      classifier ??= createClassifier(await loadIpTablesFromDisk());
      dir ??= mkdtempSync(join(tmpdir(), prefix));
    },
    async inspect(path: string, attached = false): Promise<TriageRow[]> {
      const resolver = ZoneResolver.fromJson(zone);
      const settings = { ...TRIAGE_SETTINGS, attached };
      const rows: TriageRow[] = [];
      let seq = 0;
      for await (const src of expandInputs([path])) {
        for (const o of await analyseJob({ ...src, seq: seq++ }, settings, resolver, classifier ?? null))
          rows.push(JSON.parse(o.out) as TriageRow);
      }
      return rows;
    },
    file(name: string, content: string): string {
      if (!dir) throw new Error('triageHarness: call ready() in a beforeAll first');
      const path = join(dir, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}
