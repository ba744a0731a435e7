// Every corpus case (test/fixtures/adversarial/, test/fixtures/legit/) analysed in this process
// with the options its case.json gives the CLI, at a fixed clock, as canonical JSON: what
// test/unit/corpus/pinned.test.ts compares with test/fixtures/pinned/, so that speed work on the
// engine cannot change an analysis without a test saying which field moved.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMessage } from '../../lib/analyze';
import { attachedBy } from '../../lib/attached';
import { parseApprovals } from '../../lib/cli/approve-for';
import { attachedMessages } from '../../lib/cli/batch/attached';
import { parseTrustedGateways } from '../../lib/cli/trust-gateway';
import { ZoneResolver } from '../../lib/dns';
import { type Classifier, createClassifier } from '../../lib/relay/classify';
import type { Analysis, AnalyzeOptions } from '../../lib/types';
import { loadIpTablesFromDisk } from '../../scripts/ip-tables-node';
import type { CaseMeta } from './corpus';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
/** A fixed clock: the corpus' signatures carry dates, and the analysis stamps the time. */
export const PINNED_NOW = new Date('2026-12-01T12:00:00Z');

export interface PinnedCase {
  /** `adversarial/<folder>` or `legit/<folder>`. */
  name: string;
  dir: string;
  meta: CaseMeta;
}

export function pinnedCases(): PinnedCase[] {
  const out: PinnedCase[] = [];
  for (const corpus of ['adversarial', 'legit']) {
    const root = join(FIXTURES, corpus);
    if (!existsSync(root)) continue;
    for (const d of readdirSync(root, { withFileTypes: true })) {
      const dir = join(root, d.name);
      if (!d.isDirectory() || !existsSync(join(dir, 'case.json'))) continue;
      out.push({
        name: `${corpus}/${d.name}`,
        dir,
        meta: JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')),
      });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The AnalyzeOptions `headerlens inspect` builds from a case's extra arguments (lib/cli/inspect.ts). */
export function optionsFromArgs(args: string[]): AnalyzeOptions {
  const many: Record<string, string[]> = {};
  // As the CLI: the webmail detected unless a case names one (lib/cli/inspect.ts).
  const opts: AnalyzeOptions = { webmail: 'auto' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--not-byte-exact') opts.notByteExact = true;
    else if (a === '--attached') opts.attached = true;
    else if (a === '--webmail') opts.webmail = args[++i] as AnalyzeOptions['webmail'];
    else if (a.startsWith('--')) many[a] = [...(many[a] ?? []), args[++i]!];
    else throw new Error(`pinned corpus: unexpected argument ${a}`);
  }
  const known = [
    '--authserv-id',
    '--recipient-domain',
    '--nat-address',
    '--trust-forwarder',
    '--trust-gateway',
    '--approve',
    '--approve-for',
  ];
  for (const k of Object.keys(many))
    if (!known.includes(k)) throw new Error(`pinned corpus: unknown option ${k}`);
  const gateways = parseTrustedGateways(many['--trust-gateway'] ?? []);
  return {
    ...opts,
    trustedAuthservIds: many['--authserv-id'] ?? [],
    ...parseApprovals(many['--approve'] ?? [], many['--approve-for'] ?? []),
    recipientDomains: many['--recipient-domain'] ?? [],
    ...(many['--nat-address'] ? { natNetworks: many['--nat-address'] } : {}),
    trustedForwarders: many['--trust-forwarder'] ?? [],
    ...(gateways ? { trustedGateways: gateways } : {}),
  };
}

/** The analysis as JSON without what changes from run to run (durations: the analysis', each DNS query's). */
export function pinnedJson(a: Analysis): string {
  const { durationMs: _, ...meta } = a.meta;
  const dns = a.dns.map(({ ms: _ms, ...q }) => q);
  return `${JSON.stringify({ ...a, dns, meta }, null, 1)}\n`;
}

/** `classifier`: another one than the Node default (test/unit/relay/prepare.test.ts: worker-like reads). */
export async function analyseCase(c: PinnedCase, classifier?: Classifier): Promise<Analysis> {
  classifier ??= createClassifier(await loadIpTablesFromDisk());
  const zone = join(c.dir, 'zone.json');
  const opts = optionsFromArgs(c.meta.args ?? []);
  const raw = readFileSync(join(c.dir, 'message.eml'));
  // `--attached`: the original the message carries, as the CLI reads it (lib/cli/batch/attached.ts).
  const inner = opts.attached ? (attachedMessages(raw)[0] ?? null) : null;
  if (opts.attached && !inner) throw new Error(`pinned corpus: ${c.name} carries no attached message`);
  const options: AnalyzeOptions = {
    ...opts,
    resolver: existsSync(zone) ? ZoneResolver.fromJson(JSON.parse(readFileSync(zone, 'utf8'))) : undefined,
    classifyIp: classifier,
    ipDataVersion: classifier.source,
    now: PINNED_NOW,
  };
  // As the CLI: the report around the original says whether its delivery lines are believed.
  if (inner) options.attachedBy = await attachedBy(raw, options);
  return analyzeMessage(inner ?? raw, options);
}

let nodeClassifier: Promise<Classifier> | null = null;

/**
 * The pinned case `name` (`adversarial/probe10-…`, `legit/rw11-…`) analysed as the corpus test
 * does, with one classifier from the bundled tables for the whole test file.
 */
export async function analyseNamed(name: string): Promise<Analysis> {
  const c = pinnedCases().find((x) => x.name === name);
  if (!c) throw new Error(`no corpus case ${name}`);
  nodeClassifier ??= loadIpTablesFromDisk().then(createClassifier);
  return analyseCase(c, await nodeClassifier);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
