// The worker reads shards only asynchronously: prepare() must load what a message needs before the
// synchronous classification runs, and then the answers are those of the fully loaded tables. A
// classifier here reads public/ip/ the worker's way (async only, no readSync), freshly per test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIp, parseIp } from '../../../lib/relay/address';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { prepareSpfBreadth, spfBreadth } from '../../../lib/relay/spf-breadth';
import { loadIpTables, prepareTables, RANGE_FILE_BUDGET } from '../../../lib/relay/tables';
import { IP_DATA_DIR, loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { analyseCase, pinnedCases, pinnedJson } from '../../helpers/pinned-corpus';
import { xorshift32 } from '../../helpers/random';
import { baseCtx } from '../findings/build';

let full: Classifier;
beforeAll(async () => {
  full = createClassifier(await loadIpTablesFromDisk());
});

async function workerLike(): Promise<{ classify: Classifier; reads: string[] }> {
  const reads: string[] = [];
  const r = await loadIpTables({
    read: async (name) => {
      reads.push(name);
      return readFile(join(IP_DATA_DIR, name));
    },
  });
  if (!r.ok) throw new Error(r.error);
  return { classify: createClassifier(r.tables), reads };
}

describe('prepare() before synchronous lookups (the worker)', () => {
  it('addresses in unloaded shards: unknown before, the fully loaded answer after', async () => {
    const { classify, reads } = await workerLike();
    const next = xorshift32(7);
    const ips = Array.from({ length: 300 }, (_, i) =>
      i % 3
        ? formatIp({ v: 4, n: next() })
        : formatIp({ v: 6, w: [0x20000000 + (next() % 0x10000000), next(), next(), next()] }),
    );
    expect(ips.every((ip) => classify(ip)?.ipDataMissing === true)).toBe(true);
    expect(await classify.prepare(ips)).toBe(true);
    for (const ip of ips) expect(classify(ip), ip).toEqual(full(ip));
    // Each file once, however many addresses needed it.
    expect(new Set(reads).size).toBe(reads.length);
  });

  it('addresses whose files are loaded are answered at once, as prepareTables answers, without a read', async () => {
    const { classify, reads } = await workerLike();
    const ips = ['20.1.2.3', '2a00:1450:4864:20::42a', 'not an address', null];
    expect(await classify.prepare(ips)).toBe(true);
    const before = reads.length;
    expect(await classify.prepare(ips)).toBe(true);
    expect(await prepareTables(classify.tables!, [parseIp('20.1.2.3')!])).toBe(true);
    expect(reads.length).toBe(before);
    // One address in a shard not loaded yet: read as before.
    expect(await classify.prepare(['20.1.2.3', '3.85.17.200'])).toBe(true);
    expect(reads.length).toBeGreaterThan(before);
    // A file that could not be read makes every answer false afterwards, loaded or not, as before.
    const failing = await loadIpTables({
      read: async (name) => {
        if (name.startsWith('v6-')) throw new Error('stopped');
        return readFile(join(IP_DATA_DIR, name));
      },
    });
    if (!failing.ok) throw new Error(failing.error);
    const c = createClassifier(failing.tables);
    expect(await c.prepare(['20.1.2.3'])).toBe(true);
    expect(await c.prepare(['2a00:1450:4864:20::42a'])).toBe(false);
    expect(await c.prepare(['20.1.2.3'])).toBe(false);
    expect(await prepareTables(failing.tables, [parseIp('20.1.2.3')!])).toBe(false);
  });

  it('one address costs the index, one segment shard and one ASN chunk', async () => {
    const { classify, reads } = await workerLike();
    await classify.prepare(['20.1.2.3']);
    expect(reads).toEqual([
      'index.bin',
      expect.stringMatching(/^v4-\d{3}\.bin$/),
      expect.stringMatching(/^asn-\d{3}\.bin$/),
    ]);
    expect(classify('20.1.2.3')).toEqual(full('20.1.2.3'));
  });

  it('a broad SPF range loads within the budget and says when its hosting count is incomplete', async () => {
    const spf = { ...baseCtx().analysis.spf, ip: '20.1.2.3' };
    for (const [mechanism, complete] of [
      ['ip4:20.0.0.0/11', true],
      ['ip4:54.0.0.0/8', true],
      ['ip4:0.0.0.0/1', false],
    ] as const) {
      const { classify, reads } = await workerLike();
      const check = { ...spf, result: 'pass' as const, mechanism };
      await prepareSpfBreadth(check, [], classify);
      expect(reads.length - 1).toBeLessThanOrEqual(RANGE_FILE_BUDGET);
      const b = spfBreadth(check, [], classify);
      const expected = spfBreadth(check, [], full);
      if (complete) expect(b).toEqual(expected);
      else {
        expect(b?.hostingIncomplete).toBe(true);
        expect(expected?.hostingIncomplete).toBeUndefined();
      }
    }
  });
});

describe('the pinned corpus analysed with worker-like reads equals the Node analysis', () => {
  const cases = pinnedCases();
  it('every case', async () => {
    const differ: string[] = [];
    for (const c of cases) {
      const { classify } = await workerLike();
      const worker = await analyseCase(c, classify);
      const node = await analyseCase(c, full);
      if (pinnedJson(worker) === pinnedJson(node)) continue;
      differ.push(c.name);
      // Only where the matched term authorises more space than the budget loads: `all`, or wider
      // than a /8 (IPv4) or a /12 (IPv6), whose hosting count the worker says is incomplete.
      const b = node.spf.breadth;
      const wide = (b?.addresses ?? 0) > (b?.blocks.some((x) => x.includes(':')) ? 2 ** 116 : 2 ** 24);
      expect(b?.kind === 'all' || wide, c.name).toBe(true);
      expect(worker.spf.breadth?.hostingIncomplete, c.name).toBe(true);
      // Only the counts differ: the verdict and every finding's severity are the same.
      expect(worker.verdict, c.name).toBe(node.verdict);
      const severities = (a: typeof node) => a.findings.map((f) => `${f.id}:${f.severity}`);
      expect(severities(worker), c.name).toEqual(severities(node));
    }
    // `+all` terms, terms wider than any one network (ip4:0.0.0.0/1) and ip6:2002::/16 (6to4: all
    // of IPv4, probe24b), authorise so much space
    // that the hosting count needs more shards than the budget (the breadth says
    // hostingIncomplete; the finding does not rest on the count for them).
    expect(cases.length).toBeGreaterThan(100);
    expect(differ).toEqual(
      expect.arrayContaining([
        'adversarial/host-strato-plus-all',
        'adversarial/probe2-bank-spf-plus-all',
        'adversarial/probe2-bank-spf-split-internet',
        'adversarial/probe24b-spf-6to4-whole-space-bank-record',
      ]),
    );
    // There only the breadth's hosting count differs: it says so, and verdict and findings are the same.
    const c = cases.find((x) => x.name === differ[0])!;
    const a = await analyseCase(c, (await workerLike()).classify);
    const b = await analyseCase(c, full);
    expect(a.spf.breadth?.hostingIncomplete).toBe(true);
    expect({ ...a.spf.breadth, hosting: [], hostingIncomplete: undefined }).toEqual({
      ...b.spf.breadth,
      hosting: [],
    });
    expect(a.verdict).toBe(b.verdict);
    expect(a.findings).toEqual(b.findings);
  }, 300_000);
});
