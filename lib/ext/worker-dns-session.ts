// DNS answers kept in storage.session, so a worker woken after its ~30 s idle stop starts with the
// answers the last one had. storage.session lives in the browser's memory only (never on disk) and
// is cleared when the browser closes; it holds DNS answers with their expiry, never message
// content. Bounded: the same 10 MB area holds the tabs' states and the cached analyses, so the
// answers keep at most MAX_SESSION_DNS_ENTRIES entries and MAX_SESSION_DNS_BYTES, soonest to
// expire out first (an expired one first of all), through an index read once per worker life.
import { storage } from 'wxt/utils/storage';
import type { CacheEntry, CacheStore } from '../dns';

const DNS_CACHE_PREFIX = 'session:hl-dns:';
const INDEX_KEY = 'session:hl-dns-index';

export const MAX_SESSION_DNS_ENTRIES = 1000;
/** About 10% of Chrome's storage.session quota (10 MB). */
export const MAX_SESSION_DNS_BYTES = 1_000_000;

/** One kept answer: its storage key, its expiry (epoch ms) and its size as JSON. */
type IndexEntry = [key: string, expiresAt: number, bytes: number];
type SessionKey = `session:${string}`;

let index: IndexEntry[] | null = null;
let chain: Promise<unknown> = Promise.resolve();
/** Answers waiting to be recorded: the index is written once for those that arrive together. */
let waiting = 0;

async function readIndex(): Promise<IndexEntry[]> {
  if (index) return index;
  const stored = await storage.getItem<unknown>(INDEX_KEY);
  // Session storage is the extension's own, but only well-formed rows are believed.
  index = Array.isArray(stored)
    ? stored.filter(
        (e): e is IndexEntry =>
          Array.isArray(e) &&
          typeof e[0] === 'string' &&
          typeof e[1] === 'number' &&
          typeof e[2] === 'number',
      )
    : [];
  return index;
}

/** Records `key` and drops what is over the bounds; serialised, so two answers never lose each other. */
function remember(key: string, entry: CacheEntry, now: number): Promise<void> {
  waiting++;
  const next = chain.then(async () => {
    waiting--;
    const rows = (await readIndex()).filter((e) => e[0] !== key);
    rows.push([key, entry.expiresAt, JSON.stringify(entry).length]);
    rows.sort((a, b) => a[1] - b[1]);
    let bytes = rows.reduce((n, e) => n + e[2], 0);
    const gone: string[] = [];
    while (
      rows.length > 0 &&
      (rows[0]![1] <= now || rows.length > MAX_SESSION_DNS_ENTRIES || bytes > MAX_SESSION_DNS_BYTES)
    ) {
      const old = rows.shift()!;
      bytes -= old[2];
      gone.push(old[0]);
    }
    index = rows;
    if (gone.length) await storage.removeItems(gone as SessionKey[]);
    // An analysis' questions are answered about together: the last of them writes the index.
    if (waiting === 0) await storage.setItem(INDEX_KEY, rows);
  });
  chain = next.catch(() => undefined);
  return next;
}

/**
 * The CachingResolver's store over storage.session, one namespace per endpoint: switching DoH
 * servers must not serve the previous server's answers. A failed write is only a later miss.
 */
export function sessionDnsStore(endpoint: string, now: () => number = Date.now): CacheStore {
  const prefix = `${DNS_CACHE_PREFIX}${endpoint}|`;
  return {
    async get(key: string): Promise<CacheEntry | undefined> {
      return (await storage.getItem<CacheEntry>(`${prefix}${key}` as SessionKey)) ?? undefined;
    },
    async set(key: string, entry: CacheEntry): Promise<void> {
      const full = `${prefix}${key}` as SessionKey;
      try {
        await storage.setItem(full, entry);
        await remember(full, entry, now());
      } catch {
        // Over the quota or storage gone: the answer is simply asked again next time.
      }
    },
  };
}

/** Forgets the index read (a new worker life, in tests). */
export function resetSessionDnsIndexForTests(): void {
  index = null;
  chain = Promise.resolve();
  waiting = 0;
}
