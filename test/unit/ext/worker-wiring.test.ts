// A woken worker answers from background.js alone what needs no settings (lib/ext/worker-wiring.ts),
// and loads the core (/worker-core.js) once, on the first message that needs it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../../lib/ext/messaging';
import { createWorkerCore } from '../../../lib/ext/worker';
import { loadOnce } from '../../../lib/ext/worker-scripts';
import { readTab, writeTab } from '../../../lib/ext/worker-tabs';
import { startWiring, type WorkerCore } from '../../../lib/ext/worker-wiring';
import { resetFakeBrowser } from './browser-stubs';
import { fakeEngine } from './fake-engine';

vi.mock('../../../lib/analyze', () => ({ analyzeMessage: vi.fn() }));

beforeEach(() => resetFakeBrowser());

const tabState = { kind: 'no-message' as const, site: 'gmail' as const };

describe('the worker wiring', () => {
  it('answers a ping and tab events without loading the core', async () => {
    const load = vi.fn(async (): Promise<WorkerCore> => createWorkerCore(fakeEngine()));
    const stop = startWiring(loadOnce(load));
    try {
      expect(await sendMessage('ping', { sentAt: 1 })).toMatchObject({
        ok: true,
        version: expect.any(String),
      });
      await writeTab(7, { state: tabState, url: 'https://mail.google.com/mail/u/0/' });
      const removed = fakeBrowser.tabs.onRemoved as unknown as { trigger(id: number): Promise<unknown> };
      await removed.trigger(7);
      await expect.poll(() => readTab(7)).toBeNull();
      expect(load).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });

  it('loads the core once for messages that need it, however many arrive together', async () => {
    const load = vi.fn(async (): Promise<WorkerCore> => createWorkerCore(fakeEngine()));
    const stop = startWiring(loadOnce(load));
    try {
      const replies = await Promise.all([
        sendMessage('badgeSettings', undefined),
        sendMessage('badgeSettings', undefined),
      ]);
      // The fake sender is no webmail frame: badges are off for it.
      expect(replies).toEqual([
        { enabled: false, showAll: false },
        { enabled: false, showAll: false },
      ]);
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      stop();
    }
  });

  it('says so when the core cannot be loaded, and tries again on the next message', async () => {
    const load = vi
      .fn<() => Promise<WorkerCore>>()
      .mockRejectedValueOnce(new Error('HeaderLens: the worker core did not load'))
      .mockImplementation(async () => createWorkerCore(fakeEngine()));
    const stop = startWiring(loadOnce(load));
    try {
      await expect(sendMessage('badgeSettings', undefined)).rejects.toThrow(/worker core did not load/);
      await expect(sendMessage('badgeSettings', undefined)).resolves.toEqual({
        enabled: false,
        showAll: false,
      });
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      stop();
    }
  });
});
