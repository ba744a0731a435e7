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
}

/** The default store: a Map that forgets its oldest entries beyond `maxEntries`. */
export class MemoryCacheStore implements CacheStore {
  readonly #map = new Map<string, CacheEntry>();
  constructor(readonly maxEntries = 5000) {}
  async get(key: string): Promise<CacheEntry | undefined> {
    return this.#map.get(key);
  }
  async set(key: string, entry: CacheEntry): Promise<void> {
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

  async resolve(name: string, type: RrType): Promise<DnsAnswer> {
    return (await this.resolveWithTtl(name, type)).answer;
  }

  async resolveWithTtl(name: string, type: RrType): Promise<TtlAnswer> {
    const key = questionKey(normaliseName(name, type), type);
    const pending = this.#inflight.get(key);
    if (pending) return copy(await pending);
    const p = this.#lookup(key, name, type);
    this.#inflight.set(key, p);
    try {
      return copy(await p);
    } finally {
      this.#inflight.delete(key);
    }
  }

  async #lookup(key: string, name: string, type: RrType): Promise<TtlAnswer> {
    const now = this.#now();
    const hit = await this.#store.get(key).catch(() => undefined); // a failing store is only a miss
    if (hit && hit.expiresAt > now) {
      const ttl = Math.ceil((hit.expiresAt - now) / 1000);
      if (hit.error) throw new DnsError(hit.error, name, type, { cached: true });
      if (hit.answer) return { answer: hit.answer, ttl, cached: true };
    }
    try {
      const res = hasTtl(this.#inner)
        ? await this.#inner.resolveWithTtl(name, type)
        : { answer: await this.#inner.resolve(name, type), ttl: DEFAULT_TTL };
      // A resolver that knows no TTL (tests, replay) gets the default rather than no caching at all.
      const ttl = Math.min(Math.max(0, res.ttl ?? DEFAULT_TTL), this.#maxTtl);
      if (ttl > 0) await this.#save(key, { expiresAt: now + ttl * 1000, answer: res.answer });
      return { answer: res.answer, ttl, cached: false };
    } catch (err) {
      const code = errorCodeOf(err);
      // Temporary failures are not remembered: the next message should ask again.
      if (isNegative(code)) await this.#save(key, { expiresAt: now + this.#negativeTtl * 1000, error: code });
      throw err;
    }
  }

  async #save(key: string, entry: CacheEntry): Promise<void> {
    await this.#store.set(key, entry).catch(() => undefined);
  }
}

// Callers (mailauth sorts MX lists in place) must not be able to change what the cache holds.
function copy(res: TtlAnswer): TtlAnswer {
  return { ...res, answer: cloneAnswer(res.answer) };
}
