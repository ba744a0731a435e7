// Settings → the Resolver the engine gets. DoH answers are cached by TTL in storage.session: the
// MV3 worker is stopped after ~30 s idle, so an in-memory cache alone would be lost between
// messages (notes/mailauth-in-the-browser.md), and session storage never reaches the disk
// (./worker-dns-session.ts, bounded in entries and bytes).
// While the worker lives, a memory copy answers first: each storage.session read is a round
// trip to the browser process, and a warm analysis asks about six names.
import {
  type CacheStore,
  CachingResolver,
  DohResolver,
  errorCodeOf,
  isAnsweredNo,
  MemoryCacheStore,
} from '../dns';
import type { Resolver, RrType } from '../types';
import { sessionDnsStore } from './worker-dns-session';
import type { WorkerSettings } from './worker-settings';

export { sessionDnsStore };

/** The DoH endpoint for a mode, or null for offline / an unusable custom URL. */
export function dohEndpoint(
  settings: Pick<WorkerSettings, 'dnsMode' | 'customDohUrl' | 'customDohGranted'>,
): string | null {
  switch (settings.dnsMode) {
    case 'cloudflare':
    case 'google':
      return settings.dnsMode;
    case 'custom': {
      if (!settings.customDohGranted) return null;
      try {
        const url = new URL(settings.customDohUrl);
        // Plain http only for a resolver on this machine (tests, a local dnsmasq); else https.
        const local =
          url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
        return url.protocol === 'https:' || (url.protocol === 'http:' && local) ? url.href : null;
      } catch {
        return null;
      }
    }
    case 'offline':
      return null;
  }
}

/** Entries the memory copy keeps per endpoint (the session store has its own bound). */
export const MEMORY_DNS_ENTRIES = 2000;

/**
 * Memory in front of a slower store: reads try memory first, then the store (whose hit is copied
 * into memory); writes go to both. Expiry stays with the entries (CacheEntry.expiresAt), which the
 * CachingResolver checks whichever layer answered.
 */
export function memoryFirst(memory: CacheStore, store: CacheStore): CacheStore {
  return {
    async get(key) {
      const hit = await memory.get(key);
      if (hit) return hit;
      const stored = await store.get(key);
      if (stored) await memory.set(key, stored);
      return stored;
    },
    async set(key, entry) {
      await memory.set(key, entry);
      await store.set(key, entry);
    },
  };
}

/** One memory copy per endpoint for the worker's lifetime. */
const memoryStores = new Map<string, MemoryCacheStore>();

export function resolverFor(settings: WorkerSettings): Resolver | undefined {
  const endpoint = dohEndpoint(settings);
  if (endpoint === null) return undefined;
  let memory = memoryStores.get(endpoint);
  if (!memory) {
    memory = new MemoryCacheStore(MEMORY_DNS_ENTRIES);
    memoryStores.set(endpoint, memory);
  }
  return new CachingResolver(new DohResolver({ endpoint }), {
    store: memoryFirst(memory, sessionDnsStore(endpoint)),
  });
}

/**
 * Counts queries that never got an answer (timeouts, refused connections, fetch errors). When every
 * query failed that way, DNS is unreachable: the verdict would be a wall of temperrors, so the
 * worker falls back to the provider's results and says so.
 */
export class ReachabilityProbe implements Resolver {
  queries = 0;
  unreachable = 0;
  constructor(private readonly inner: Resolver) {}

  async resolve(name: string, type: RrType) {
    this.queries++;
    try {
      return await this.inner.resolve(name, type);
    } catch (err) {
      // "Nothing there" is an answer from a working resolver, not a failure to reach it.
      if (!isAnsweredNo(errorCodeOf(err))) this.unreachable++;
      throw err;
    }
  }

  get allFailed(): boolean {
    return this.queries > 0 && this.unreachable === this.queries;
  }
}
