// A TTL cache in front of any resolver. The MV3 worker is stopped after ~30 s idle, so the
// extension backs this with storage.session through the pluggable store; in Node the default
// in-memory store is enough. Identical concurrent questions share one request: mailauth's SPF,
// DMARC and our own SPF walker ask the same names at the same moment.
import type { DnsAnswer, DnsErrorCode, Resolver, RrType } from '../types';
import { DnsError, errorCodeOf, isNegative } from './errors';
import { normaliseName, questionKey } from './name';
import { cloneAnswer, DEFAULT_TTL, hasTtl, type TtlAnswer, type TtlResolver } from './resolver';

/** What the store keeps: JSON-serialisable, so storage.session can hold it. */
export interface CacheEntry {
  /** Epoch ms after which the entry is stale. */
  expiresAt: number;
  answer?: DnsAnswer;
  /** A negative answer (ENOTFOUND / ENODATA). */
  error?: DnsErrorCode;
}

export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): Promise<void>;
  /**
   * A store that holds its entries in this thread's memory reads and writes them at once: the
   * cache then answers a hit with a Map lookup and one settled promise instead of a turn through
   * the store's promises (every message asks a few names, through two caches in the CLI).
   */
  peek?(key: string): CacheEntry | undefined;
  put?(key: string, entry: CacheEntry): void;
}

/** The default store: a Map that forgets its oldest entries beyond `maxEntries`. */
export class MemoryCacheStore implements CacheStore {
  readonly #map = new Map<string, CacheEntry>();
  constructor(readonly maxEntries = 5000) {}
  async get(key: string): Promise<CacheEntry | undefined> {
    return this.#map.get(key);
  }
  async set(key: string, entry: CacheEntry): Promise<void> {
    this.put(key, entry);
  }
  peek(key: string): CacheEntry | undefined {
    return this.#map.get(key);
  }
  put(key: string, entry: CacheEntry): void {
    this.#map.delete(key);
    this.#map.set(key, entry);
    while (this.#map.size > this.maxEntries) {
      const oldest = this.#map.keys().next().value;
      if (oldest === undefined) break;
      this.#map.delete(oldest);
    }
  }
  get size(): number {
    return this.#map.size;
  }
}

export interface CachingResolverOptions {
  store?: CacheStore;
  /** Clock in epoch ms (tests inject one). */
  now?: () => number;
  /**
   * Seconds to remember NXDOMAIN / no-data (RFC 2308 negative caching; kept short because the
   * JSON APIs do not always give the SOA minimum). Default 60.
   */
  negativeTtl?: number;
  /** Upper bound on any TTL, so a stale record cannot outlive a day. Default 86400. */
  maxTtl?: number;
}

export class CachingResolver implements TtlResolver {
  readonly #inner: Resolver;
  readonly #store: CacheStore;
  readonly #now: () => number;
  readonly #negativeTtl: number;
  readonly #maxTtl: number;
  readonly #inflight = new Map<string, Promise<TtlAnswer>>();

  constructor(inner: Resolver, opts: CachingResolverOptions = {}) {
    this.#inner = inner;
    this.#store = opts.store ?? new MemoryCacheStore();
    this.#now = opts.now ?? Date.now;
    this.#negativeTtl = opts.negativeTtl ?? 60;
    this.#maxTtl = opts.maxTtl ?? 86_400;
  }

  resolve(name: string, type: RrType): Promise<DnsAnswer> {
    return this.resolveWithTtl(name, type).then(answerOf);
  }

  // Not async: a hit answers with one settled promise. Every failure, a refused name included,
  // is still a rejection, never a throw.
  resolveWithTtl(name: string, type: RrType): Promise<TtlAnswer> {
    let key: string;
    try {
      key = questionKey(normaliseName(name, type), type);
    } catch (err) {
      return Promise.reject(err);
    }
    const pending = this.#inflight.get(key);
    if (pending) return pending.then(copy);
    const store = this.#store;
    if (store.peek && store.put) {
      const now = this.#now();
      const hit = store.peek(key);
      const answered = hit && hit.expiresAt > now ? fromEntry(hit, now, name, type) : null;
      if (answered) return answered;
      return this.#share(key, this.#ask(key, name, type, now, store.put.bind(store)));
    }
    return this.#share(key, this.#lookup(key, name, type));
  }

  /** Identical questions asked while the first is under way wait for its answer. */
  #share(key: string, p: Promise<TtlAnswer>): Promise<TtlAnswer> {
    this.#inflight.set(key, p);
    return p.then(
      (res) => {
        this.#inflight.delete(key);
        return copy(res);
      },
      (err: unknown) => {
        this.#inflight.delete(key);
        throw err;
      },
    );
  }

  /** A store behind promises (storage.session in the extension). */
  async #lookup(key: string, name: string, type: RrType): Promise<TtlAnswer> {
    const now = this.#now();
    const hit = await this.#store.get(key).catch(() => undefined); // a failing store is only a miss
    if (hit && hit.expiresAt > now) {
      const answered = fromEntry(hit, now, name, type);
      if (answered) return answered;
    }
    return this.#ask(key, name, type, now, (k, entry) => this.#save(k, entry));
  }

  /** The inner resolver's answer, remembered through `save` (waited for when it returns a promise). */
  #ask(
    key: string,
    name: string,
    type: RrType,
    now: number,
    save: (key: string, entry: CacheEntry) => Promise<void> | void,
  ): Promise<TtlAnswer> {
    let asked: Promise<TtlAnswer>;
    try {
      asked = hasTtl(this.#inner)
        ? this.#inner.resolveWithTtl(name, type)
        : this.#inner.resolve(name, type).then(withDefaultTtl);
    } catch (err) {
      asked = Promise.reject(err);
    }
    return asked.then(
      (res) => {
        // A resolver that knows no TTL (tests, replay) gets the default rather than no caching at all.
        const ttl = Math.min(Math.max(0, res.ttl ?? DEFAULT_TTL), this.#maxTtl);
        const out: TtlAnswer = { answer: res.answer, ttl, cached: false };
        const saved = ttl > 0 ? save(key, { expiresAt: now + ttl * 1000, answer: res.answer }) : undefined;
        return saved ? saved.then(() => out) : out;
      },
      (err: unknown) => {
        const code = errorCodeOf(err);
        // Temporary failures are not remembered: the next message should ask again.
        const saved = isNegative(code)
          ? save(key, { expiresAt: now + this.#negativeTtl * 1000, error: code })
          : undefined;
        if (saved)
          return saved.then(() => {
            throw err;
          });
        throw err;
      },
    );
  }

  async #save(key: string, entry: CacheEntry): Promise<void> {
    await this.#store.set(key, entry).catch(() => undefined);
  }
}

/** A fresh entry as the cache answers it; null for an entry that holds neither (asked again). */
function fromEntry(hit: CacheEntry, now: number, name: string, type: RrType): Promise<TtlAnswer> | null {
  if (hit.error) return Promise.reject(new DnsError(hit.error, name, type, { cached: true }));
  if (!hit.answer) return null;
  const ttl = Math.ceil((hit.expiresAt - now) / 1000);
  return Promise.resolve({ answer: cloneAnswer(hit.answer), ttl, cached: true });
}

const answerOf = (res: TtlAnswer): DnsAnswer => res.answer;
const withDefaultTtl = (answer: DnsAnswer): TtlAnswer => ({ answer, ttl: DEFAULT_TTL });

// Callers (mailauth sorts MX lists in place) must not be able to change what the cache holds.
function copy(res: TtlAnswer): TtlAnswer {
  return { ...res, answer: cloneAnswer(res.answer) };
}
