// The worker's DNS cache: a memory copy answers first while the worker lives; storage.session
// keeps answers across worker restarts (lib/ext/worker-resolver.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type CacheEntry, type CacheStore, CachingResolver, MemoryCacheStore } from '../../../lib/dns';
import { memoryFirst, sessionDnsStore } from '../../../lib/ext/worker-resolver';
import type { DnsAnswer, Resolver } from '../../../lib/types';
import { resetFakeBrowser } from './browser-stubs';

beforeEach(() => resetFakeBrowser());

function countingStore(inner: CacheStore = new MemoryCacheStore()) {
  const calls = { get: 0, set: 0 };
  const store: CacheStore = {
    async get(key) {
      calls.get++;
      return inner.get(key);
    },
    async set(key, entry) {
      calls.set++;
      return inner.set(key, entry);
    },
  };
  return { store, calls };
}

/** A resolver that counts its questions and answers one TXT record. */
function upstream(): Resolver & { asked: number } {
  return {
    asked: 0,
    async resolve(): Promise<DnsAnswer> {
      this.asked++;
      return [['v=spf1 -all']];
    },
  };
}

describe('memory in front of storage.session', () => {
  it('a second analysis in the same worker is answered from memory, not from session storage', async () => {
    const memory = new MemoryCacheStore();
    const session = countingStore();
    const dns = upstream();
    const first = new CachingResolver(dns, { store: memoryFirst(memory, session.store) });
    await first.resolve('example.com', 'TXT');
    expect(session.calls).toEqual({ get: 1, set: 1 });
    const second = new CachingResolver(dns, { store: memoryFirst(memory, session.store) });
    expect(await second.resolve('example.com', 'TXT')).toEqual([['v=spf1 -all']]);
    expect(session.calls.get).toBe(1);
    expect(dns.asked).toBe(1);
  });

  it('after a worker restart (memory empty), session storage answers and memory takes a copy', async () => {
    const session = countingStore();
    const dns = upstream();
    await new CachingResolver(dns, { store: memoryFirst(new MemoryCacheStore(), session.store) }).resolve(
      'example.com',
      'TXT',
    );
    const memory = new MemoryCacheStore();
    const restarted = new CachingResolver(dns, { store: memoryFirst(memory, session.store) });
    await restarted.resolve('example.com', 'TXT');
    expect(dns.asked).toBe(1);
    expect(memory.size).toBe(1);
  });

  it('an expired answer in memory is asked again (the entry carries its expiry)', async () => {
    let now = 1_000_000;
    const memory = new MemoryCacheStore();
    const dns = upstream();
    const make = () =>
      new CachingResolver(dns, { store: memoryFirst(memory, countingStore().store), now: () => now });
    await make().resolve('example.com', 'TXT');
    now += 3_600_000;
    await make().resolve('example.com', 'TXT');
    expect(dns.asked).toBe(2);
  });

  it('writes through to storage.session, under the endpoint’s own prefix', async () => {
    const session = sessionDnsStore('cloudflare');
    const entry: CacheEntry = { expiresAt: Date.now() + 60_000, answer: [['x']] };
    await memoryFirst(new MemoryCacheStore(), session).set('TXT:example.com', entry);
    expect(await sessionDnsStore('cloudflare').get('TXT:example.com')).toEqual(entry);
    expect(await sessionDnsStore('google').get('TXT:example.com')).toBeUndefined();
  });

  it('a failing session store is only a miss: memory still answers', async () => {
    const broken: CacheStore = {
      get: vi.fn(async () => {
        throw new Error('quota');
      }),
      set: vi.fn(async () => {
        throw new Error('quota');
      }),
    };
    const memory = new MemoryCacheStore();
    const dns = upstream();
    const make = () => new CachingResolver(dns, { store: memoryFirst(memory, broken) });
    await make().resolve('example.com', 'TXT');
    await make().resolve('example.com', 'TXT');
    expect(dns.asked).toBe(1);
  });
});
