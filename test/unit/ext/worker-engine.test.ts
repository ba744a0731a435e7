// The worker's engine arrives on first use (lib/ext/worker-engine.ts): loaded once however many
// messages ask at the same time, tried again after a failed load, and brought in with
// importScripts() where the worker has it.
import { describe, expect, it, vi } from 'vitest';
import { type EngineModule, lazyEngine, loadEngineScript } from '../../../lib/ext/worker-engine';
import type { Analysis } from '../../../lib/types';

const analysis = { verdict: 'authenticated' } as unknown as Analysis;
const engine = (): EngineModule => ({
  analyze: vi.fn(async () => analysis),
  engineOptions: vi.fn(async () => ({ ipDataVersion: 'test' })),
});

describe('lazyEngine', () => {
  it('loads the engine once for messages that arrive together, and only when one needs it', async () => {
    const e = engine();
    const load = vi.fn(async () => e);
    const deps = lazyEngine(load);
    expect(load).not.toHaveBeenCalled();
    const results = await Promise.all([deps.analyze('a', {}), deps.analyze('b', {}), deps.engineOptions!()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(results[0]).toBe(analysis);
    expect(results[2]).toEqual({ ipDataVersion: 'test' });
    expect(e.analyze).toHaveBeenCalledTimes(2);
  });

  it('tries again after a failed load instead of failing every later message', async () => {
    const e = engine();
    const load = vi.fn().mockRejectedValueOnce(new Error('engine.js missing')).mockResolvedValue(e);
    const deps = lazyEngine(load);
    await expect(deps.analyze('a', {})).rejects.toThrow('engine.js missing');
    await expect(deps.analyze('a', {})).resolves.toBe(analysis);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('loadEngineScript', () => {
  it('imports /engine.js with importScripts() once, then uses what it left on the global object', async () => {
    const e = engine();
    const scope: Record<string, unknown> = {};
    const importScripts = vi.fn((url: string) => {
      expect(url).toBe('/engine.js');
      scope.__headerlensEngine = e;
    });
    scope.importScripts = importScripts;
    await expect(loadEngineScript(scope as never)).resolves.toBe(e);
    await expect(loadEngineScript(scope as never)).resolves.toBe(e);
    expect(importScripts).toHaveBeenCalledTimes(1);
  });

  it('says so when the script left no engine', async () => {
    await expect(loadEngineScript({ importScripts: () => {} } as never)).rejects.toThrow(
      /engine did not load/,
    );
  });
});
