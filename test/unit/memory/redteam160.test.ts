// Red team round 160 of the sender memory: a remembered name held inside a longer label
// (mynorthbankaccount, northbankcustomercare) drew only the plain first-contact note, since the
// look-alike check took a name glued on at either end with at most eight letters. Fixed at 11:27
// on 2026-12-06 (lib/findings/lookalike.ts held, lib/findings/memory.ts imitable).
import { describe, expect, it } from 'vitest';
import { memoryRule } from '../../../lib/findings/memory';
import {
  emptyMemory,
  learn,
  recallSender,
  type SenderMemory,
  type SenderRecall,
  snapshotOf,
} from '../../../lib/memory';
import type { Analysis, Finding } from '../../../lib/types';
import { baseCtx } from '../findings/build';
import { authenticatedFrom } from './authenticated';

const START = new Date('2026-11-01T00:00:00Z');
const BANK = 'northbank.example';
const AT = '2026-11-02T00:00:00.000Z';
const LATER = '2026-11-03T00:00:00.000Z';

const memoryIds = (findings: Finding[]) =>
  findings
    .filter((f) =>
      /^(new-infrastructure|dkim-selector-changed|dkim-domain-changed|first-contact|lookalike-of-known)$/.test(
        f.id,
      ),
    )
    .map((f) => `${f.id}:${f.severity}`);

/** An authenticated message from `address` (its domain signs it), learnt at `at`. */
function from(address: string, n: number, at = AT): Analysis {
  const domain = address.replace(/.*@/, '');
  const a = authenticatedFrom(domain, n, at);
  return { ...a, from: { address, domain, displayName: '' } };
}

/** What the memory says of `a`: its recall and its findings. */
function read(m: SenderMemory, a: Analysis): { recall: SenderRecall | null; findings: Finding[] } {
  const snapshot = snapshotOf(m);
  const recall = recallSender(snapshot, a);
  const findings = memoryRule({
    ...baseCtx(),
    analysis: { ...a, memory: recall },
    options: { senderMemory: snapshot },
  });
  return { recall, findings };
}

/** Reads `a` against `m` and learns it with the findings it drew (as the worker does). */
function teach(m: SenderMemory, a: Analysis): SenderMemory {
  const { findings } = read(m, a);
  return learn(m, { ...a, findings }).memory;
}

/** A memory that has learnt `count` messages from each address, in order. */
function taught(list: Array<[string, number]>, start = 0): SenderMemory {
  let m = emptyMemory(START);
  let n = start;
  for (const [address, count] of list) for (let i = 0; i < count; i++) m = teach(m, from(address, n++));
  return m;
}

describe('round 160: a remembered name held inside a longer label', () => {
  const m = () => taught([[`security@${BANK}`, 4]]);
  it.each([
    'northbankcustomercare.example',
    'northbankonlinebanking.example',
    'mynorthbankaccount.example',
    'securenorthbankalerts.example',
  ])('%s is a look-alike first contact', (domain) => {
    const r = read(m(), from(`alerts@${domain}`, 900, LATER));
    expect(memoryIds(r.findings)).toContain('first-contact:medium');
  });

  // Red-team round 161: only lure words around it, so another firm's name holding a remembered
  // word is not one; and a longer run of lure words no longer hides it.
  it('a remembered word inside another firm’s name is not a look-alike; lure words around it are', () => {
    const booking = taught([['hello@booking.example', 4]]);
    const r = (d: string, n: number) => memoryIds(read(booking, from(`x@${d}`, n, LATER)).findings);
    expect(r('hotelbookingsolutions.example', 903)).toEqual(['first-contact:info']);
    expect(r('bookingconfirmationsupportteam.example', 904)).toEqual(['first-contact:medium']);
    expect(r('mybookingreservationsupport.example', 905)).toEqual(['first-contact:medium']);
  });

  it('a name of six letters, or one held beside words of its own, is not', () => {
    const six = taught([['news@zephyr.example', 4]]);
    expect(memoryIds(read(six, from('a@myzephyrstorefront.example', 901, LATER)).findings)).toEqual([
      'first-contact:info',
    ]);
    const long = read(m(), from('a@theverylongwindedstoreofnorthbankfansandfriends.example', 902, LATER));
    expect(memoryIds(long.findings)).toEqual(['first-contact:info']);
  });
});
