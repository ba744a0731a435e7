// The first contact's look-alike pass answered from the lineage's indexes (lib/memory/lineage.ts:
// labels by length and shape, by whole label, by their first six characters) must name what the
// plain walk over the remembered list names: fast-check runs over random remembered sets and
// senders made to hide, glue, misspell or re-script a remembered name (confusable digits, `rn`
// for `m`, Cyrillic letters in punycode, lure words around it), asked of the newest list (the
// indexes) and of a copy of it with one record twice (which no lineage serves: the walk).
import fc from 'fast-check';
import punycode from 'punycode.js';
import { describe, expect, it } from 'vitest';
import { mayReadOtherwise, readingOfLabel, skeleton } from '../../../lib/findings/lookalike';
import { memoryRule } from '../../../lib/findings/memory';
import { emptyMemory, learn, recallSender, type SenderMemory, snapshotOf } from '../../../lib/memory';
import { mayHideLabel, mayHoldLabelAt, withLabel, withReading } from '../../../lib/memory/lineage';
import { baseCtx } from '../findings/build';
import { authenticatedFrom } from './authenticated';

const START = Date.parse('2026-11-01T00:00:00Z');
const LURES = ['my', 'secure', 'login', 'account', 'support', 'verify', 'the', 'bank', '24', 'online'];

const letter = fc.constantFrom(...'abcdefghijklmnoprstuvwxyz'.split(''), 'rn', 'm', 'l', '1', '0', 'o');
const word = fc.array(letter, { minLength: 2, maxLength: 12 }).map((xs) => xs.join(''));
const label = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a}-${b}`),
  fc.tuple(fc.constantFrom(...LURES), word).map(([a, b]) => a + b),
);

/** A sender made from a remembered label `l` (or unrelated), in one of the ways a look-alike is. */
const sender = (remembered: string[]) =>
  fc
    .tuple(fc.nat(), fc.nat(12), fc.constantFrom(...LURES), fc.constantFrom(...LURES), word)
    .map(([pick, how, lure, lure2, other]) => {
      const l = remembered[pick % remembered.length]!;
      const name = [
        () => `${l}${lure}`,
        () => `${lure}${l}`,
        () => `${lure}${l}${lure2}`,
        () => `${l.replace('m', 'rn')}${lure}`,
        () => `${l.replace(/[ol]/, (c) => (c === 'o' ? '0' : '1'))}`,
        () => punycode.toASCII(`${lure}${l.replace(/[aoe]/, (c) => ({ a: 'а', o: 'о', e: 'е' })[c]!)}`),
        () => `${l.slice(1)}`,
        () => `${l}x`,
        () => `${l}-${lure}`,
        () => `${other}`,
        () => `${lure}${other}${lure2}`,
        () => `${l}${other}`,
        () => `${other}${l}`,
      ][how]!();
      return how === 12 && pick % 3 === 0 ? `${l}.example.${name}.test` : `${name}.test`;
    });

function memoryOf(labels: string[]): SenderMemory {
  let memory = emptyMemory(new Date(START));
  labels.forEach((l, n) => {
    // Some remembered more than once, so the look-alike of a known sender is judged too.
    for (let k = 0; k <= n % 4; k++)
      memory = learn(
        memory,
        authenticatedFrom(`${l}.test`, n * 4 + k, new Date(START + (n * 4 + k) * 60_000).toISOString()),
      ).memory;
  });
  return memory;
}

describe('first contact: the look-alike pass from the lineage indexes', () => {
  it('mayHideLabel says no only when no piece of six characters or more is a remembered label', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(label, { minLength: 1, maxLength: 40 }),
        fc.array(word, { maxLength: 8 }),
        (labels, extra) => {
          const memory = memoryOf(labels);
          for (const name of [...labels.map((l) => `${l}${extra[0] ?? 'x'}`), ...extra, ...labels]) {
            if (mayHideLabel(memory.domains, name)) continue;
            for (let a = 0; a < name.length; a++)
              for (let b = a + 6; b <= name.length; b++)
                expect(withLabel(memory.domains, name.slice(a, b))).toEqual([]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('mayHoldLabelAt says no only when that piece is no remembered label, and withLabel finds what the walk finds', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(label, { minLength: 1, maxLength: 40 }),
        fc.array(word, { maxLength: 8 }),
        (labels, extra) => {
          const memory = memoryOf(labels);
          const walked = [...memory.domains];
          for (const name of [...labels.map((l) => `${l}${extra[0] ?? 'x'}`), ...extra, ...labels]) {
            for (let a = 0; a < name.length; a++)
              for (let b = a + 1; b <= name.length; b++) {
                const piece = name.slice(a, b);
                const found = withLabel(memory.domains, piece);
                // The walk over the list, written out.
                expect(found).toEqual(walked.filter((d) => d.domain.split('.')[0] === piece));
                if (!mayHoldLabelAt(memory.domains, name, a, b - a)) expect(found).toEqual([]);
              }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('mayReadOtherwise says no only when the skeleton is the text itself, and readingOfLabel is the skeleton', () => {
    const ch = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('rn', 'vv', 'RN', 'Vv', 'rN', 'а', 'о', 'ü', 'ı', 'ℓ', 'ｍ', '\u200b', 'K', 'é'),
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 16 }), (xs) => {
        const s = xs.join('');
        if (!mayReadOtherwise(s)) expect(skeleton(s)).toBe(s);
        // The reading by hand is the skeleton, whatever the text.
        expect(readingOfLabel(s)).toBe(skeleton(s));
      }),
      { numRuns: 20_000 },
    );
  });

  // Red-team round 193: a remembered label read otherwise than written (its skeleton: `cornerstone`
  // read `comerstone`) is found by that reading, and the prefilters never rule a reading out.
  it('withReading finds the labels whose skeleton is the piece, and the prefilters never hide one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(label, { minLength: 1, maxLength: 40 }),
        fc.array(word, { maxLength: 8 }),
        (labels, extra) => {
          const memory = memoryOf(labels);
          const walked = [...memory.domains];
          const readAs = (d: { domain: string }) => {
            const l = d.domain.split('.')[0]!;
            const s = skeleton(l);
            return s === l ? null : s;
          };
          const read = walked.map(readAs).filter((x): x is string => x !== null);
          for (const name of [...read.map((r) => `${r}${extra[0] ?? 'x'}`), ...read, ...extra, ...labels]) {
            const hides = mayHideLabel(memory.domains, name);
            for (let a = 0; a < name.length; a++)
              for (let b = a + 1; b <= name.length; b++) {
                const piece = name.slice(a, b);
                const found = withReading(memory.domains, piece);
                expect(found).toEqual(walked.filter((d) => readAs(d) === piece));
                if (!mayHoldLabelAt(memory.domains, name, a, b - a)) expect(found).toEqual([]);
                if (!hides && b - a >= 6) expect(found).toEqual([]);
              }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('names the same remembered domain, with the same words, as the walk over the list', () => {
    const ctx = baseCtx();
    fc.assert(
      fc.property(
        fc
          .uniqueArray(label, { minLength: 1, maxLength: 30 })
          .chain((labels) =>
            fc.tuple(fc.constant(labels), fc.array(sender(labels), { minLength: 1, maxLength: 12 })),
          ),
        ([labels, senders]) => {
          const memory = memoryOf(labels);
          for (const from of senders) {
            const facts = authenticatedFrom(from, 9999, new Date(START + 9999 * 60_000).toISOString());
            // A list holding one record twice has no lineage (lineageOf): every question walks it.
            const walked = { ...memory, domains: [...memory.domains, memory.domains[0]!] };
            const answers = [memory, walked].map((mem) => {
              const snapshot = snapshotOf(mem);
              const recall = recallSender(snapshot, facts);
              return memoryRule({
                ...ctx,
                analysis: { ...facts, memory: recall },
                options: { senderMemory: snapshot },
              });
            });
            expect(answers[0]).toEqual(answers[1]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
