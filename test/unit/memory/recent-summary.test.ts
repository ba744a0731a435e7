// The recall reads a domain's latest messages from a summary the lineage keeps up to date message by
// message (lib/memory/lineage.ts: `recentOf`, `summaryAfter`), and the eviction order reads dates
// by hand (`instantMillis`). These runs check both against the plain answers: the recall of every
// message in long random sequences (networks changing, messages seen twice, small and full lists)
// against the recall from a copy of the same list, whose summaries are read anew; and the dates
// against Date.parse.
import { describe, expect, it } from 'vitest';
import { emptyMemory, learn, recallSender, type SenderMemory, snapshotOf } from '../../../lib/memory';
import { canonicalInstantMillis, instantMillis, isCanonicalInstant } from '../../../lib/memory/lineage';
import type { Analysis } from '../../../lib/types';
import { xorshift32 } from '../../helpers/random';
import { authenticatedFrom } from './authenticated';

const START = Date.parse('2026-11-01T00:00:00Z');
const NETWORKS = ['SendGrid', 'Amazon SES', 'Mailgun'];

function analysis(domain: string, n: number, minute: number, esp: string | null): Analysis {
  const a = authenticatedFrom(domain, n, new Date(START + minute * 60_000).toISOString());
  return {
    ...a,
    origin: esp
      ? { ...a.origin, ip: '192.0.2.10', insideReceiver: false, esp }
      : { ...a.origin, ip: null, insideReceiver: false, esp: null },
  };
}

/** The same list in a new array: no lineage carries over, so its summaries are read afresh. */
function copied(m: SenderMemory): SenderMemory {
  return { ...m, domains: [...m.domains] };
}

describe('the recall from the summary of the latest messages', () => {
  it.each([1, 2, 3])('equals the recall read message by message (seed %i)', (seed) => {
    const rnd = xorshift32(seed);
    const limits = {
      domains: 6,
      infraPerDomain: 3,
      signersPerDomain: 3,
      selectorsPerSigner: 3,
      spfPerDomain: 3,
      recentPerDomain: 1 + (seed % 3) * 4,
    };
    let m = emptyMemory(new Date(START));
    const sent: Analysis[] = [];
    let checked = 0;
    let own = 0;
    for (let n = 0; n < 1500; n++) {
      // A message seen before (its inbox badge, then the opened message) now and then, most often a
      // recent one.
      const again = sent.length > 0 && rnd() % 6 === 0;
      const a = again
        ? sent[sent.length - 1 - (rnd() % Math.min(sent.length, rnd() % 2 ? 4 : 200))]!
        : analysis(
            `d${rnd() % 9}.example`,
            n,
            n,
            rnd() % 7 === 0 ? null : NETWORKS[rnd() % (rnd() % 4 === 0 ? 3 : 1)]!,
          );
      if (!again) sent.push(a);
      const fast = recallSender(snapshotOf(m), a);
      const plain = recallSender(snapshotOf(copied(m)), a);
      expect(fast).toEqual(plain);
      if (fast?.known) checked++;
      if (fast?.current.alreadyCounted) own++;
      const r = learn(m, a, { limits });
      if (r.outcome === 'learnt') m = r.memory;
    }
    // The runs met both paths: known senders, and messages counted before.
    expect(checked).toBeGreaterThan(500);
    expect(own).toBeGreaterThan(30);
  });
});

describe('instantMillis', () => {
  it('reads canonical instants as Date.parse does, and leaves the rest to it', () => {
    const rnd = xorshift32(11);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const samples = [
      '1970-01-01T00:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '2024-02-29T12:00:00.000Z',
      '2026-02-29T12:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-00-10T00:00:00.000Z',
      '2026-01-00T00:00:00.000Z',
      '2026-01-01T24:00:00.000Z',
      '2026-01-01T23:60:00.000Z',
      '2026-11-01T00:00:00Z',
      'not a date',
      '',
    ];
    for (let i = 0; i < 5000; i++)
      samples.push(
        `${pad(rnd() % 10000, 4)}-${pad(rnd() % 14, 2)}-${pad(rnd() % 33, 2)}T${pad(rnd() % 25, 2)}:${pad(rnd() % 61, 2)}:${pad(rnd() % 61, 2)}.${pad(rnd() % 1000, 3)}Z`,
      );
    for (const s of samples) expect([s, instantMillis(s)]).toEqual([s, Date.parse(s)]);
    // The last canonical instant read is kept (learning reads the message's time twice): asked
    // again, in any order and through either door, each answers as Date.parse and the check do.
    for (let i = 0; i < 5000; i++) {
      const s = samples[rnd() % samples.length]!;
      const canonical = isCanonicalInstant(s) ? Date.parse(s) : Number.NaN;
      expect([s, canonicalInstantMillis(s), instantMillis(s)]).toEqual([s, canonical, Date.parse(s)]);
    }
  });
});
