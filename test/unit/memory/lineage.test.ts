// The memory's lineage (lib/memory/lineage.ts) answers without walking the domain list; these
// runs check that its answers are the walk's: which domains a long random sequence of messages
// leaves in a small memory (against an independent model of the eviction rule), and where a domain
// sits, asked of the newest list, of older lists still in use, and of lists derived from those.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyMemory, learn, type SenderMemory, snapshotOf } from '../../../lib/memory';
import { listBytes, recordBytes } from '../../../lib/memory/budget';
import {
  candidates,
  evictsBefore,
  firstToEvict,
  mayHoldLabelAt,
  shapeOf,
  withLabel,
} from '../../../lib/memory/lineage';
import type { DomainMemory } from '../../../lib/memory/types';
import type { Analysis } from '../../../lib/types';
import { xorshift32 } from '../../helpers/random';
import { authenticatedFrom } from './authenticated';

const START = Date.parse('2026-11-01T00:00:00Z');

function analysis(domain: string, n: number, minute: number): Analysis {
  return authenticatedFrom(domain, n, new Date(START + minute * 60_000).toISOString());
}

/** The eviction rule as the memory's documentation states it, written without the lineage. */
function expectedVictim(domains: readonly DomainMemory[]): string {
  // Tiers by the count, doubling (1, 2-3, 4-7, …), a known-good domain above them all.
  const tier = (n: number) => (n <= 1 ? 0 : Math.min(20, Math.floor(Math.log2(n))));
  const key = (d: DomainMemory) => [d.knownGood ? 21 : tier(d.count), d.lastSeen, d.domain] as const;
  let best = domains[0]!;
  for (const d of domains.slice(1)) {
    const [r1, s1, n1] = key(d);
    const [r2, s2, n2] = key(best);
    if (r1 < r2 || (r1 === r2 && (s1 < s2 || (s1 === s2 && n1 < n2)))) best = d;
  }
  return best.domain;
}

function walk(m: SenderMemory, domain: string): DomainMemory | undefined {
  return m.domains.find((d) => d.domain === domain);
}

describe('sender memory lineage', () => {
  it.each([1, 2, 3, 4])('keeps the domains the eviction rule keeps (seed %i)', (seed) => {
    const rnd = xorshift32(seed);
    const max = 12;
    const limits = {
      domains: max,
      infraPerDomain: 4,
      signersPerDomain: 4,
      selectorsPerSigner: 4,
      spfPerDomain: 4,
      recentPerDomain: 6,
    };
    let m = emptyMemory(new Date(START));
    const older: SenderMemory[] = [];
    for (let n = 0; n < 3000; n++) {
      // 40 names for 12 places; equal minutes now and then, so ties occur.
      const domain = `d${rnd() % 40}.example`;
      const minute = Math.floor(n / 3);
      const knownGood = rnd() % 50 === 0;
      const before = m;
      const wasThere = walk(before, domain) !== undefined;
      const full = before.domains.length === max;
      const r = learn(before, analysis(domain, n, minute), { limits, knownGood });
      expect(r.outcome).toBe('learnt');
      m = r.memory;
      const names = m.domains.map((d) => d.domain).sort();
      if (!wasThere && full) {
        const out = expectedVictim(before.domains);
        const want = [...before.domains.map((d) => d.domain).filter((d) => d !== out), domain].sort();
        expect(names).toEqual(want);
      }
      expect(new Set(names).size).toBe(names.length);
      expect(names.length).toBe(Math.min(max, names.length));
      if (n % 97 === 0) older.push(before);
      // Ask the newest list and an older one about a random name: the lineage equals the walk.
      const probe = `d${rnd() % 45}.example`;
      expect(snapshotOf(m).byDomain.get(probe)).toBe(walk(m, probe));
      const old = older[rnd() % older.length];
      if (old) expect(snapshotOf(old).byDomain.get(probe)).toBe(walk(old, probe));
    }
  });

  it('answers a list learnt from an older one as the walk does (two branches of one memory)', () => {
    let m = emptyMemory(new Date(START));
    for (let n = 0; n < 50; n++) m = learn(m, analysis(`a${n}.example`, n, n)).memory;
    const trunk = learn(m, analysis('trunk.example', 100, 100)).memory;
    const branch = learn(m, analysis('branch.example', 101, 101)).memory;
    for (const [mem, yes, no] of [
      [trunk, 'trunk.example', 'branch.example'],
      [branch, 'branch.example', 'trunk.example'],
    ] as const) {
      expect(snapshotOf(mem).byDomain.get(yes)?.domain).toBe(yes);
      expect(snapshotOf(mem).byDomain.get(no)).toBeUndefined();
      expect(snapshotOf(mem).byDomain.get('a7.example')?.domain).toBe('a7.example');
    }
    // Each branch goes on learning; the older list still answers for itself.
    const trunk2 = learn(trunk, analysis('a7.example', 102, 102)).memory;
    const branch2 = learn(branch, analysis('a7.example', 103, 103)).memory;
    expect(snapshotOf(trunk2).byDomain.get('a7.example')?.count).toBe(2);
    expect(snapshotOf(branch2).byDomain.get('a7.example')?.count).toBe(2);
    expect(snapshotOf(m).byDomain.get('a7.example')?.count).toBe(1);
    expect(snapshotOf(m).byDomain.get('trunk.example')).toBeUndefined();
  });

  it('answers as the walk does when two memories learn in turn (the latest lineage and size change hands)', () => {
    const rnd = xorshift32(7);
    const limits = {
      domains: 10,
      infraPerDomain: 4,
      signersPerDomain: 4,
      selectorsPerSigner: 4,
      spfPerDomain: 4,
      recentPerDomain: 6,
    };
    const mems = [emptyMemory(new Date(START)), emptyMemory(new Date(START))];
    const older: SenderMemory[] = [];
    for (let n = 0; n < 1500; n++) {
      const k = rnd() % 3 === 0 ? 1 : 0;
      // Now and then a list learnt from an older one (a second branch), as a stale snapshot would.
      const from = n % 50 === 49 && older.length > 0 ? older[rnd() % older.length]! : mems[k]!;
      const r = learn(from, analysis(`${'ab'[k]}${rnd() % 25}.example`, n, n), { limits });
      expect(r.outcome).toBe('learnt');
      if (from === mems[k]) mems[k] = r.memory;
      if (n % 37 === 0) older.push(from);
      for (const m of [mems[0]!, mems[1]!, r.memory, older[rnd() % older.length] ?? r.memory]) {
        const probe = `${'ab'[rnd() % 2]}${rnd() % 30}.example`;
        expect(snapshotOf(m).byDomain.get(probe)).toBe(walk(m, probe));
        expect(listBytes(m.domains)).toBe(m.domains.reduce((sum, d) => sum + recordBytes(d), 0));
      }
    }
  });

  it('keeps each record’s size as JSON.stringify writes it through streaks of one sender, new ones and branches', () => {
    const rnd = xorshift32(23);
    const limits = {
      domains: 8,
      infraPerDomain: 3,
      signersPerDomain: 3,
      selectorsPerSigner: 3,
      spfPerDomain: 3,
      recentPerDomain: 4,
    };
    let m = emptyMemory(new Date(START));
    const older: SenderMemory[] = [];
    let domain = 'c0.example';
    for (let n = 0; n < 1200; n++) {
      // A streak of one sender (its record and latest messages replaced message after message),
      // then another sender or a new one; now and then a list learnt from an older one.
      if (rnd() % 4 === 0) domain = `c${rnd() % 14}.example`;
      const branch = n % 40 === 39 && older.length > 0;
      const from = branch ? older[rnd() % older.length]! : m;
      const r = learn(from, analysis(domain, n, n), { limits });
      if (!branch) m = r.memory;
      if (n % 29 === 0) older.push(from);
      for (const list of [m, r.memory, older[rnd() % older.length] ?? m])
        for (const d of list.domains) expect(recordBytes(d)).toBe(JSON.stringify(d).length + 1);
      expect(listBytes(m.domains)).toBe(m.domains.reduce((sum, d) => sum + recordBytes(d), 0));
    }
  });

  it('answers a hand-edited list with a name twice by walking it', () => {
    let m = emptyMemory(new Date(START));
    for (let n = 0; n < 5; n++) m = learn(m, analysis(`a${n}.example`, n, n)).memory;
    const twice: SenderMemory = { ...m, domains: [...m.domains, { ...m.domains[0]!, count: 9 }] };
    expect(snapshotOf(twice).byDomain.get('a0.example')).toBe(twice.domains[0]);
    expect(
      learn(twice, analysis('a0.example', 50, 50)).memory.domains.filter((d) => d.count === 2),
    ).toHaveLength(1);
  });

  it('finds labels by length and shape as the walk does while domains of other lengths take evicted places', () => {
    const rnd = xorshift32(11);
    const limits = {
      domains: 12,
      infraPerDomain: 4,
      signersPerDomain: 4,
      selectorsPerSigner: 4,
      spfPerDomain: 4,
      recentPerDomain: 6,
    };
    const word = () => {
      let w = '';
      const n = 3 + (rnd() % 12);
      for (let i = 0; i < n; i++) w += 'abcdeio'[rnd() % 7];
      return w;
    };
    const names = Array.from({ length: 60 }, word);
    let m = emptyMemory(new Date(START));
    for (let n = 0; n < 1500; n++) {
      m = learn(m, analysis(`${names[rnd() % names.length]}.example`, n, n), { limits }).memory;
      // A copy of the newest list gets a lineage of its own, built whole: the same answers as the
      // one kept up place by place.
      const copy = [...m.domains];
      const probe = `${names[rnd() % names.length]}${rnd() % 2 ? '' : word()}`;
      for (let a = 0; a < probe.length; a += 2) {
        const piece = probe.slice(a);
        expect(withLabel(m.domains, piece)).toEqual(withLabel(copy, piece));
        if (!mayHoldLabelAt(m.domains, probe, a, probe.length - a))
          expect(withLabel(copy, piece)).toEqual([]);
      }
      const near = { name: shapeOf(probe), skeleton: shapeOf(probe), inside: shapeOf(probe) };
      expect(candidates(m.domains, near)).toEqual(candidates(copy, near));
    }
  });

  it('finds the first to evict through its heap as the walk over every record does (fast-check)', () => {
    // The walk firstToEvict did before the lineage kept a heap: the least by evictsBefore.
    const walked = (domains: readonly DomainMemory[]) => {
      let first = -1;
      for (let i = 0; i < domains.length; i++)
        if (first < 0 || evictsBefore(domains[i]!, domains[first]!) < 0) first = i;
      return first;
    };
    const step = fc.record({
      // Few names and few minutes: repeats, ties on the time (the name decides) and clocks that go back.
      domain: fc.integer({ min: 0, max: 14 }),
      minute: fc.integer({ min: 0, max: 6 }),
      knownGood: fc.boolean(),
      branch: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.array(step, { maxLength: 80 }), (max, steps) => {
        const limits = {
          domains: max,
          infraPerDomain: 3,
          signersPerDomain: 3,
          selectorsPerSigner: 3,
          spfPerDomain: 3,
          recentPerDomain: 4,
        };
        let m = emptyMemory(new Date(START));
        const older: SenderMemory[] = [];
        steps.forEach((s, n) => {
          const from = s.branch && older.length > 0 ? older[n % older.length]! : m;
          const a = analysis(`n${s.domain}.example`, n, s.minute);
          const r = learn(from, a, { limits, knownGood: s.knownGood && n % 3 === 0 });
          if (from === m) m = r.memory;
          else older.push(r.memory);
          if (n % 5 === 0) older.push(from);
          for (const list of [m, r.memory, from])
            expect(firstToEvict(list.domains)).toBe(walked(list.domains));
        });
      }),
      { numRuns: 300 },
    );
  });
});
