// The SPF tree (spf.tree) is rebuilt from the DNS answers the check recorded: real-shaped corpus
// messages give the tree an analyst expects, and hostile records (hundreds of includes, loops,
// void lookups, markup in names) give a tree that stays small and holds text only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { checkSpf } from '../../../lib/auth/spf';
import {
  buildSpfTree,
  type SpfTree,
  type SpfTreeNode,
  spfTreeRecorder,
  withSpfTree,
} from '../../../lib/auth/spf-tree';
import { RecordingResolver, type ZoneData, ZoneResolver } from '../../../lib/dns';
import type { SpfCheck } from '../../../lib/types';
import { analystMessage } from '../../helpers/analyst-message';

const FIXTURES = join(__dirname, '../../fixtures');

async function corpus(dir: string, opts: { webmail?: 'auto'; authserv?: string } = {}) {
  const base = join(FIXTURES, dir);
  const zone = JSON.parse(readFileSync(join(base, 'zone.json'), 'utf8')) as ZoneData;
  return analyzeMessage(readFileSync(join(base, 'message.eml')), {
    resolver: new ZoneResolver(zone),
    ...(opts.webmail ? { webmail: opts.webmail } : {}),
    ...(opts.authserv ? { trustedAuthservIds: [opts.authserv] } : {}),
  });
}

/**
 * checkSpf against a zone, recorded, then the tree from that log. The tree the check's own walk
 * drew (what analyze.ts uses when every question was asked once) must be that very tree.
 */
async function treeFor(zone: ZoneData, ip = '192.0.2.25', sender = 'a@hostile.example') {
  const recorder = new RecordingResolver(new ZoneResolver(zone));
  const live = spfTreeRecorder();
  const check = await checkSpf({ ip, helo: 'mail.hostile.example', sender, resolver: recorder, tree: live });
  const tree = await buildSpfTree(check, recorder.log);
  if (live.tree !== undefined) expect(live.tree).toEqual(tree);
  return { check, tree: tree!, log: recorder.log, live };
}

function nodes(n: SpfTreeNode): SpfTreeNode[] {
  return [n, ...n.terms.flatMap((t) => (t.child ? nodes(t.child) : []))];
}
function depth(n: SpfTreeNode): number {
  return 1 + Math.max(0, ...n.terms.map((t) => (t.child ? depth(t.child) : 0)));
}

describe('SPF tree from the recorded DNS answers', () => {
  it('Microsoft 365 to Gmail: northwind.example → include:spf.protection.outlook.com → ip4:40.107.0.0/16, 1 lookup', async () => {
    const a = await corpus('legit/m365-to-gmail', { webmail: 'auto' });
    const tree = a.spf.tree!;
    expect(tree.result).toBe(a.spf.result);
    expect(tree.lookups).toBe(1);
    expect(tree.root.domain).toBe('northwind.example');
    const [include, all] = tree.root.terms;
    expect(include).toMatchObject({
      term: 'include:spf.protection.outlook.com',
      outcome: 'match',
      lookup: 1,
    });
    expect(all).toMatchObject({ term: '-all', outcome: 'not-reached' });
    const child = include!.child!;
    expect(child).toMatchObject({ domain: 'spf.protection.outlook.com', via: 'include' });
    expect(child.terms.map((t) => [t.term, t.outcome])).toEqual([
      ['ip4:40.92.0.0/15', 'no-match'],
      ['ip4:40.107.0.0/16', 'match'],
      ['ip4:52.100.0.0/15', 'not-reached'],
      ['ip4:52.102.0.0/16', 'not-reached'],
      ['ip4:104.47.0.0/17', 'not-reached'],
      ['ip6:2a01:111:f400::/48', 'not-reached'],
      ['ip6:2a01:111:f403::/48', 'not-reached'],
      ['-all', 'not-reached'],
    ]);
    // The matched term is the one the engine names.
    expect(a.spf.mechanism).toBe('ip4:40.107.0.0/16');
  });

  it('a web agency include: mx (lookup 1, no match) then include (lookup 2) whose /16 matched', async () => {
    const a = await corpus('adversarial/host-strato-include-block', { authserv: 'mx.reader.example' });
    const tree = a.spf.tree!;
    expect(tree.root.terms.map((t) => [t.term, t.outcome, t.lookup])).toEqual([
      ['mx', 'no-match', 1],
      ['include:_spf.webagency.example', 'match', 2],
      ['-all', 'not-reached', null],
    ]);
    expect(tree.root.terms[1]!.child!.terms[0]).toMatchObject({
      term: 'ip4:85.214.0.0/16',
      outcome: 'match',
    });
    expect(tree.lookups).toBe(a.spf.lookups);
  });

  it('is rebuilt identically from a saved JSON report (its dns array), asking no DNS', async () => {
    const m = await analystMessage();
    const a = await analyzeMessage(m.raw, {
      resolver: new ZoneResolver(m.zone as ZoneData),
      trustedAuthservIds: [m.authservId],
    });
    const saved = JSON.parse(JSON.stringify(a)) as typeof a;
    const { tree: _, ...spf } = saved.spf;
    expect(await buildSpfTree(spf as SpfCheck, saved.dns)).toEqual(a.spf.tree);
    expect(a.spf.tree!.root.terms.map((t) => t.outcome)).toEqual(['no-match', 'match', 'not-reached']);
  });

  it('offline (no DNS) has no tree, and a check without a client IP has none', async () => {
    const m = await analystMessage();
    const offline = await analyzeMessage(m.raw, { trustedAuthservIds: [m.authservId] });
    expect(offline.spf.tree).toBeUndefined();
    expect(
      await buildSpfTree({ ...offline.spf, ip: null }, [{ name: 'x', type: 'TXT', answer: [] }]),
    ).toBeNull();
  });

  it('a redirect is a child reached by redirect, and its matching term is marked', async () => {
    const { tree } = await treeFor({
      'hostile.example': { TXT: ['v=spf1 -ip4:198.51.100.0/24 redirect=_spf.hostile.example'] },
      '_spf.hostile.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    });
    expect(tree.result).toBe('pass');
    const redirect = tree.root.terms.find((t) => t.kind === 'redirect')!;
    expect(redirect).toMatchObject({ outcome: 'match', lookup: 1 });
    expect(redirect.child).toMatchObject({ domain: '_spf.hostile.example', via: 'redirect' });
  });

  it('500 includes: the walk stops after 10 lookups; the tree has 11 records and lists 40 terms of the top one', async () => {
    const zone: ZoneData = {
      'hostile.example': {
        TXT: [
          `v=spf1 ${Array.from({ length: 500 }, (_, i) => `include:i${i}.hostile.example`).join(' ')} -all`,
        ],
      },
    };
    for (let i = 0; i < 500; i++) zone[`i${i}.hostile.example`] = { TXT: ['v=spf1 -all'] };
    const { check, tree } = await treeFor(zone);
    expect(check.result).toBe('permerror');
    expect(tree.result).toBe('permerror');
    expect(tree.stop).toMatch(/more than 10 DNS lookups/);
    expect(tree.lookups).toBe(11);
    expect(tree.root.terms.length).toBe(40);
    expect(tree.root.hiddenTerms).toBe(461);
    expect(tree.root.terms.filter((t) => t.child).length).toBe(10);
    expect(tree.root.terms[10]).toMatchObject({ outcome: 'error', lookup: 11 });
    expect(nodes(tree.root).length).toBe(11);
    expect(JSON.stringify(tree).length).toBeLessThan(20_000);
  });

  it('an include loop is marked and ends at the lookup limit, at most 11 records deep', async () => {
    const { tree } = await treeFor({ 'hostile.example': { TXT: ['v=spf1 include:hostile.example -all'] } });
    expect(tree.result).toBe('permerror');
    expect(depth(tree.root)).toBeLessThanOrEqual(11);
    expect(tree.root.terms[0]!.child!.loop).toBe(true);
    expect(tree.root.loop).toBeUndefined();
  });

  it('counts void lookups and stops at the third (RFC 7208 §4.6.4)', async () => {
    const { tree } = await treeFor({
      'hostile.example': {
        TXT: ['v=spf1 a:nx1.hostile.example a:nx2.hostile.example a:nx3.hostile.example -all'],
      },
    });
    expect(tree.voids).toBe(3);
    expect(tree.stop).toMatch(/void/);
    expect(tree.root.terms.map((t) => [t.outcome, t.void ?? false])).toEqual([
      ['no-match', true],
      ['no-match', true],
      ['error', true],
      ['not-reached', false],
    ]);
  });

  it('keeps markup in a record as text and cuts a giant record', async () => {
    const { tree } = await treeFor({
      'hostile.example': {
        TXT: [
          [`v=spf1 ip4:192.0.2.0/24 exp=<script>alert(1)</script> ${'a'.repeat(250)}`, ' -all'.repeat(400)],
        ],
      },
    });
    const t: SpfTree = tree;
    expect(t.root.record).toContain('<script>alert(1)</script>');
    expect(t.root.record!.length).toBeLessThanOrEqual(1001);
    expect(t.root.terms.find((x) => x.kind === 'exp')).toMatchObject({ outcome: 'skipped' });
    expect(t.root.terms[0]).toMatchObject({ term: 'ip4:192.0.2.0/24', outcome: 'match' });
  });

  it('a question missing from the log answers SERVFAIL: no term matches on data the engine did not see', async () => {
    const { check, log } = await treeFor({
      'hostile.example': { TXT: ['v=spf1 include:other.hostile.example -all'] },
      'other.hostile.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    });
    const partial = log.filter((e) => e.name !== 'other.hostile.example');
    const tree = (await buildSpfTree(check, partial))!;
    expect(tree.result).toBe('temperror');
    expect(tree.root.terms[0]).toMatchObject({ outcome: 'error' });
  });
});

describe("the tree from the check's own walk", () => {
  const zone: ZoneData = {
    'hostile.example': { TXT: ['v=spf1 include:a.hostile.example include:b.hostile.example -all'] },
    'a.hostile.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    'b.hostile.example': { TXT: ['v=spf1 a:mail.hostile.example -all'] },
    'mail.hostile.example': { A: ['192.0.2.25'] },
  };

  it('is the replayed tree, and is used when every question was asked once', async () => {
    const { check, tree, log, live } = await treeFor(zone);
    expect(live.tree).toBeDefined();
    expect(tree.root.terms.map((t) => t.outcome)).toEqual(['no-match', 'match', 'not-reached']);
    const withLive = await withSpfTree(check, log, live);
    expect(withLive.tree).toBe(live.tree);
    expect(withLive).toEqual(await withSpfTree(check, log));
  });

  it('is not used when the log holds a question twice (the replay reads the first outcome)', async () => {
    const { check, log, live } = await treeFor(zone);
    const twice = [...log, { ...log[0]!, answer: [['v=spf1 +all']] }];
    const withLive = await withSpfTree(check, twice, live);
    expect(withLive.tree).not.toBe(live.tree);
    expect(withLive).toEqual(await withSpfTree(check, twice));
  });
});
