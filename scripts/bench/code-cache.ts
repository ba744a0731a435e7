// What V8's code cache gives a woken worker (issue 19): a trace of one wake and first analysis,
// read for the v8.compile event of each script the worker evaluates. Chromium compiles a service
// worker's scripts eagerly when it installs and keeps a full code cache for each, the scripts
// imported at install too (measured 2026-12-06, Chromium 156: the cache held the same bytes with
// V8's `//# allFunctionsCalledOnLoad` hint, so every function is in it already); a wake
// deserializes it whole instead of compiling, and the first analysis still runs on cold feedback.
import type { BrowserContext, Page } from 'playwright-core';

export interface ScriptCacheUse {
  /** The script's path in the package (`/engine.js`). */
  script: string;
  /** Bytes of code cache V8 read for it (0: compiled from source). */
  consumedBytes: number;
  rejected: boolean;
  /** The compile step's wall time: deserializing the cache, or compiling. */
  compileMs: number;
}

interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string; consumedCacheSize?: number; cacheRejected?: boolean } };
}

/** Runs `wake` under a trace and returns each extension script's compile, in the order seen. */
export async function codeCacheUse(
  context: BrowserContext,
  page: Page,
  wake: () => Promise<unknown>,
): Promise<ScriptCacheUse[]> {
  // Tracing is browser-wide, even from a page's session: it sees the worker's thread.
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
    transferMode: 'ReportEvents',
  });
  try {
    await wake();
  } finally {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
  }
  return events
    .filter((e) => e.name === 'v8.compile' && e.args?.data?.url?.startsWith('chrome-extension://'))
    .map((e) => ({
      script: new URL(e.args!.data!.url!).pathname,
      consumedBytes: e.args!.data!.consumedCacheSize ?? 0,
      rejected: e.args!.data!.cacheRejected ?? false,
      compileMs: (e.dur ?? 0) / 1000,
    }));
}
