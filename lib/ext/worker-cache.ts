// Analyses cached per (site, messageId). storage.session by default — it lives in memory and is
// gone when the browser closes, so nothing about the user's mail reaches the disk — or
// storage.local when the user turned history on. Concurrent requests for one message share one
// analysis (an inbox page asks for many rows while the user opens one of them).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { WorkerAnalysis } from './worker-analyze';

interface CacheEntry extends WorkerAnalysis {
  stamp: string;
}

/** Chrome's storage.session holds 10 MB; a few hundred analyses fit with room for tab states. */
export const MAX_CACHED = 200;
const INDEX_KEY = 'session:hl-analysis-index';

function entryKey(
  area: 'session' | 'local',
  site: string,
  messageId: string,
): `${'session' | 'local'}:${string}` {
  return `${area}:hl-analysis:${site}:${encodeURIComponent(messageId)}`;
}

export class AnalysisCache {
  private readonly inFlight = new Map<string, Promise<WorkerAnalysis>>();
  private indexChain: Promise<void> = Promise.resolve();

  async peek(site: string, messageId: string, stamp: string): Promise<WorkerAnalysis | null> {
    for (const area of ['session', 'local'] as const) {
      const hit = await storage.getItem<CacheEntry>(entryKey(area, site, messageId));
      if (hit && hit.stamp === stamp) return { analysis: hit.analysis, dnsUnreachable: hit.dnsUnreachable };
    }
    return null;
  }

  /** The cached analysis, the one already running for this message, or a new one. */
  get(
    site: string,
    messageId: string,
    opts: { stamp: string; keepHistory: boolean },
    compute: () => Promise<WorkerAnalysis>,
  ): Promise<WorkerAnalysis> {
    const key = `${site}\u0000${messageId}\u0000${opts.stamp}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const job = (async () => {
      const hit = await this.peek(site, messageId, opts.stamp);
      if (hit) return hit;
      const fresh = await compute();
      // A result from unreachable DNS is not the message's answer: check again next time.
      if (!fresh.dnsUnreachable) await this.store(site, messageId, opts, fresh);
      return fresh;
    })();
    this.inFlight.set(key, job);
    const forget = () => this.inFlight.delete(key);
    job.then(forget, forget);
    return job;
  }

  private async store(
    site: string,
    messageId: string,
    opts: { stamp: string; keepHistory: boolean },
    value: WorkerAnalysis,
  ): Promise<void> {
    const area = opts.keepHistory ? 'local' : 'session';
    const key = entryKey(area, site, messageId);
    const entry: CacheEntry = { ...value, stamp: opts.stamp };
    try {
      await storage.setItem(key, entry);
    } catch {
      // Quota exceeded (a huge message): the analysis is still returned, only not cached.
      return;
    }
    if (area === 'session') await this.remember(key);
  }

  /** Oldest-first index of session entries, trimmed to MAX_CACHED. Serialised: one worker, many rows. */
  private remember(key: string): Promise<void> {
    this.indexChain = this.indexChain.then(async () => {
      const index = (await storage.getItem<string[]>(INDEX_KEY)) ?? [];
      const next = [...index.filter((k) => k !== key), key];
      const evicted = next.splice(0, Math.max(0, next.length - MAX_CACHED));
      if (evicted.length) await storage.removeItems(evicted as Array<`session:${string}`>);
      await storage.setItem(INDEX_KEY, next);
    });
    return this.indexChain;
  }
}

/** Deletes every analysis kept on disk (history turned off). */
export async function forgetHistory(): Promise<number> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith('hl-analysis:'));
  if (keys.length) await browser.storage.local.remove(keys);
  return keys.length;
}
