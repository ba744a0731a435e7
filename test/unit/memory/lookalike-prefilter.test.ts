// A first contact is checked against the remembered domains it may imitate, found by a cheap first
// pass over each remembered label's length and letters (lib/findings/memory.ts, lib/memory/lineage.ts).
// The pass must never drop a domain the look-alike judge would name: these runs compare the
// finding with the judge asked about every remembered domain, on senders made to be close (one or
// two edits, `m` written `rn`, a name inside or in front of another) and on unrelated ones, asked
// of the newest list (lineage path) and of a copy of it (walk path).
import punycode from 'punycode.js';
import { describe, expect, it } from 'vitest';
import { lookalikeAmong } from '../../../lib/findings/lookalike';
import { memoryRule } from '../../../lib/findings/memory';
import { emptyMemory, learn, recallSender, type SenderMemory, snapshotOf } from '../../../lib/memory';
import type { Analysis } from '../../../lib/types';
import { xorshift32 } from '../../helpers/random';
import { baseCtx } from '../findings/build';
import { authenticatedFrom } from './authenticated';

const START = Date.parse('2026-11-01T00:00:00Z');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function analysis(domain: string, n: number): Analysis {
  return authenticatedFrom(domain, n, new Date(START + n * 60_000).toISOString());
}

describe('first contact: the look-alike first pass', () => {
  it.each([7, 8, 9])('drops no remembered domain the judge would name (seed %i)', (seed) => {
    const rnd = xorshift32(seed);
    const pick = (s: string) => s[rnd() % s.length]!;
    const word = (min: number, max: number) => {
      let w = '';
      const n = min + (rnd() % (max - min + 1));
      for (let i = 0; i < n; i++) w += pick(i % 3 === 1 ? 'aeiou' : LETTERS);
      return w;
    };
    const labels = Array.from({ length: 120 }, () =>
      rnd() % 9 === 0
        ? `${word(3, 6)}-${word(3, 6)}`
        : rnd() % 11 === 0
          ? `${word(3, 6)}m${word(2, 4)}`
          : rnd() % 13 === 0
            ? `m${word(1, 2)}m${word(1, 2)}mm` // four m, written rn: a skeleton four letters shorter
            : word(3, 13),
    );
    let memory: SenderMemory = emptyMemory(new Date(START));
    labels.forEach((l, n) => {
      memory = learn(memory, analysis(`${l}.test`, n)).memory;
    });
    const edit = (l: string) => {
      const at = rnd() % l.length;
      const op = rnd() % 3;
      return op === 0
        ? l.slice(0, at) + pick(LETTERS) + l.slice(at + 1)
        : op === 1
          ? l.slice(0, at) + pick(LETTERS) + l.slice(at)
          : l.slice(0, at) + l.slice(at + 1);
    };
    const ctx = baseCtx();
    let named = 0;
    for (let k = 0; k < 550; k++) {
      const l = labels[rnd() % labels.length]!;
      const sender = [
        () => `${edit(l)}.test`,
        () => `${edit(edit(l))}.test`,
        () => `${l.replaceAll('m', 'rn')}.test`,
        () => `${l}-${word(3, 7)}.test`,
        () => `${word(2, 5)}${l}.test`,
        () => `${l}.test.${word(4, 8)}.test`,
        () => `${l}.co.test`,
        () => `${word(3, 14)}.test`,
        // Digits read as letters (paypa1), and Cyrillic letters that look Latin, in punycode.
        () => `${l.replace(/[olesi]/g, (c) => ({ o: '0', l: '1', e: '3', s: '5', i: '1' })[c]!)}.test`,
        () => `${punycode.toASCII(l.replace(/[aoe]/, (c) => ({ a: 'а', o: 'о', e: 'е' })[c]!))}.test`,
        () => `${word(2, 4)}${rnd() % 10}${word(2, 6)}.test`,
      ][k % 11]!();
      if (memory.domains.some((d) => d.domain === sender)) continue;
      const facts = analysis(sender, 1000 + k);
      for (const mem of [memory, { ...memory, domains: memory.domains.slice() }]) {
        const snapshot = snapshotOf(mem);
        const recall = recallSender(snapshot, facts);
        const [finding] = memoryRule({
          ...ctx,
          analysis: { ...facts, memory: recall },
          options: { senderMemory: snapshot },
        });
        const every = mem.domains
          .filter((d) => d.domain !== recall?.domain)
          .sort((a, b) => b.count - a.count)
          .map((d) => d.domain);
        const judge = lookalikeAmong(sender, every, ctx);
        expect(finding?.id).toBe('first-contact');
        expect({ sender, severity: finding?.severity }).toEqual({
          sender,
          severity: judge ? 'medium' : 'info',
        });
        if (judge) {
          named += 1;
          expect(finding?.title).toContain(judge.target.org);
        }
      }
    }
    // The run must have made look-alikes, or it proves nothing.
    expect(named).toBeGreaterThan(200);
  });
});
