// The sender memory in the worker: snapshot in, learning after, stored in storage.local; the
// options page's switch, "forget everything", per-domain delete and import go through one queue.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  flushSenderMemory,
  handleSenderMemory,
  resetSenderMemoryForTests,
  senderMemoryItem,
  senderMemoryStamp,
  withSenderMemory,
} from '../../../lib/ext/worker-memory';
import type { AnalyzeOptions } from '../../../lib/types';
import { analyse, message } from '../memory/sequence';
import { resetFakeBrowser } from './browser-stubs';

const engine = withSenderMemory({
  // The real engine on zone data (lib/analyze.ts), with whatever memory the wrapper hands it.
  analyze: (raw, opts: AnalyzeOptions) => analyse(String(raw), opts.senderMemory),
});

async function open(n: number, via: 'sendgrid' | 'aws' = 'sendgrid') {
  const opts = (await engine.engineOptions?.()) ?? {};
  const a = await engine.analyze(await message({ n, via, selector: via === 'aws' ? null : 's1' }), opts);
  await handleSenderMemory({ action: 'get' }); // waits for the learning queued behind it
  return a;
}

beforeEach(() => {
  resetFakeBrowser();
  resetSenderMemoryForTests();
});

describe('sender memory in the worker', () => {
  it('is on by default, learns from analyses and stores what it learnt', async () => {
    for (const n of [1, 2, 3]) await open(n);
    await flushSenderMemory();
    const stored = await senderMemoryItem.getValue();
    expect(stored?.domains[0]).toMatchObject({ domain: 'northbank.example', count: 3 });
    const fourth = await open(4, 'aws');
    expect(fourth.findings.find((f) => f.id === 'new-infrastructure')?.severity).toBe('medium');
  });

  it('a restarted worker reads the stored memory back', async () => {
    for (const n of [1, 2, 3]) await open(n);
    await flushSenderMemory();
    resetSenderMemoryForTests();
    const fourth = await open(4, 'aws');
    expect(fourth.memory?.known?.count).toBe(3);
  });

  it('"forget everything" empties it and changes the settings stamp (cached analyses are redone)', async () => {
    for (const n of [1, 2, 3]) await open(n);
    const before = await senderMemoryStamp();
    const r = await handleSenderMemory({ action: 'forget-all' });
    expect(r.memory.domains).toEqual([]);
    expect(await senderMemoryStamp()).not.toBe(before);
    expect((await senderMemoryItem.getValue())?.domains).toEqual([]);
    const fourth = await open(4, 'aws');
    expect(fourth.findings.some((f) => f.id === 'new-infrastructure')).toBe(false);
  });

  it('switched off: no snapshot, nothing learnt', async () => {
    await handleSenderMemory({ action: 'set-enabled', enabled: false });
    const a = await open(1);
    expect(a.memory).toBeUndefined();
    expect((await handleSenderMemory({ action: 'get' })).memory.domains).toEqual([]);
  });

  it('deletes one domain, refuses a hostile import and keeps the memory it had', async () => {
    for (const n of [1, 2]) await open(n);
    const hostile = await handleSenderMemory({
      action: 'import',
      text: '{"format":"headerlens-sender-memory","version":1,"startedAt":"2026-01-01T00:00:00.000Z","domains":[{"domain":"a.example\\"><img src=x>"}]}',
    });
    expect(hostile.error).toMatch(/refused/);
    expect(hostile.memory.domains).toHaveLength(1);
    const gone = await handleSenderMemory({ action: 'forget-domain', domain: 'northbank.example' });
    expect(gone.memory.domains).toEqual([]);
  });

  it('imports a valid export', async () => {
    for (const n of [1, 2]) await open(n);
    const exported = JSON.stringify((await handleSenderMemory({ action: 'get' })).memory);
    await handleSenderMemory({ action: 'forget-all' });
    const back = await handleSenderMemory({ action: 'import', text: exported });
    expect(back.error).toBeUndefined();
    expect(back.memory.domains[0]?.count).toBe(2);
  });
});
