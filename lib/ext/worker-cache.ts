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
/**
 * Storage bounds (issue 18 §2): a hostile message with a thousand hops made a 600 KB analysis. An
 * entry's long lists are capped (what the popup shows is the first of each), an entry still over
 * MAX_ENTRY_BYTES is not cached at all, and each area keeps at most MAX_AREA_BYTES of analyses,
 * oldest out first, so the tab states the popup reads always find room.
 */
export const MAX_ENTRY_BYTES = 200 * 1024;
export const MAX_AREA_BYTES = 4 * 2 ** 20;
const KEEP_HOPS = 40;
const KEEP_AUTH_RESULTS = 20;
const KEEP_DNS = 200;
/** History (storage.local, when the user turned it on): by count and by age. */
export const MAX_HISTORY = 500;
export const MAX_HISTORY_AGE_MS = 30 * 24 * 3600 * 1000;
const INDEX_KEYS = { session: 'session:hl-analysis-index', local: 'local:hl-analysis-index' } as const;

interface IndexEntry {
  key: string;
  bytes: number;
  at: number;
}

/** The entry as stored: long lists capped; null when even that is over MAX_ENTRY_BYTES. */
export function compactForCache(value: WorkerAnalysis): { value: WorkerAnalysis; bytes: number } | null {
  const a = value.analysis;
  const analysis = {
    ...a,
    hops: a.hops.slice(0, KEEP_HOPS),
    authResults: a.authResults.slice(0, KEEP_AUTH_RESULTS),
    dns: a.dns.slice(0, KEEP_DNS),
  };
  const compact = { ...value, analysis };
  const bytes = JSON.stringify(compact).length;
  return bytes <= MAX_ENTRY_BYTES ? { value: compact, bytes } : null;
}

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
    const compact = compactForCache(value);
    // Too large even with its lists capped: returned, never stored.
    if (!compact) return;
    const entry: CacheEntry = { ...compact.value, stamp: opts.stamp };
    try {
      await storage.setItem(key, entry);
    } catch {
      // Quota hit anyway (other data): make room and try once more; else the analysis is only returned.
      await evictOldest(area, 0.5);
      try {
        await storage.setItem(key, entry);
      } catch {
        return;
      }
    }
    await this.remember(area, key, compact.bytes);
  }

  /** Oldest-first index of an area's entries, trimmed by count, size and (history) age. Serialised. */
  private remember(area: 'session' | 'local', key: string, bytes: number): Promise<void> {
    this.indexChain = this.indexChain.then(async () => {
      const now = Date.now();
      const next = [...(await readIndex(area)).filter((e) => e.key !== key), { key, bytes, at: now }];
      const maxCount = area === 'local' ? MAX_HISTORY : MAX_CACHED;
      let total = next.reduce((n, e) => n + e.bytes, 0);
      const evicted: IndexEntry[] = [];
      while (
        next.length > 1 &&
        (next.length > maxCount ||
          total > MAX_AREA_BYTES ||
          (area === 'local' && now - next[0]!.at > MAX_HISTORY_AGE_MS))
      ) {
        const old = next.shift()!;
        total -= old.bytes;
        evicted.push(old);
      }
      if (evicted.length) await storage.removeItems(evicted.map((e) => e.key as `${typeof area}:${string}`));
      await storage.setItem(INDEX_KEYS[area], next);
    });
    return this.indexChain;
  }
}

async function readIndex(area: 'session' | 'local'): Promise<IndexEntry[]> {
  const stored = await storage.getItem<unknown[]>(INDEX_KEYS[area]);
  // Older versions kept bare keys: sizes unknown (0), as old as can be.
  return (Array.isArray(stored) ? stored : []).flatMap((e): IndexEntry[] =>
    typeof e === 'string'
      ? [{ key: e, bytes: 0, at: 0 }]
      : e && typeof e === 'object' && typeof (e as IndexEntry).key === 'string'
        ? [e as IndexEntry]
        : [],
  );
}

/**
 * Drops the oldest `share` of an area's cached analyses: called when a write hit the quota, so the
 * tab states (what the popup and the toolbar badge show) always find room.
 */
export async function evictOldest(area: 'session' | 'local', share = 0.5): Promise<void> {
  const index = await readIndex(area);
  const gone = index.splice(0, Math.max(1, Math.ceil(index.length * share)));
  if (gone.length) await storage.removeItems(gone.map((e) => e.key as `${typeof area}:${string}`));
  await storage.setItem(INDEX_KEYS[area], index);
}

/** Deletes every analysis kept on disk (history turned off). */
export async function forgetHistory(): Promise<number> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith('hl-analysis:'));
  await browser.storage.local.remove([...keys, 'hl-analysis-index']);
  return keys.length;
}
