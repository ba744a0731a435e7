import { describe, expect, it } from 'vitest';
import { type CacheEntry, type CacheStore, CachingResolver } from '../../../lib/dns/cache';
import { DnsError } from '../../../lib/dns/errors';
import { RecordingResolver } from '../../../lib/dns/recording';
import { ZoneResolver } from '../../../lib/dns/zone';
import type { DnsAnswer, Resolver, RrType } from '../../../lib/types';

/** Counts the questions that reach the source. */
function counting(inner: Resolver) {
  const asked: string[] = [];
  const r: Resolver = {
    resolve: (name: string, type: RrType) => {
      asked.push(`${type} ${name}`);
      return inner.resolve(name, type);
    },
  };
  return { r, asked };
}

const zone = new ZoneResolver(
  {
    'example.com': { A: ['192.0.2.1'], MX: [{ exchange: 'b.example.com', priority: 20 }] },
    'down.example.com': { SERVFAIL: true },
  },
  { ttl: 300 },
);

describe('CachingResolver', () => {
  it('keeps answers for their TTL, then asks again', async () => {
    let now = 1_000_000;
    const ttlSource = { resolveWithTtl: zone.resolveWithTtl.bind(zone), resolve: zone.resolve.bind(zone) };
    const asked: string[] = [];
    const src = {
      resolve: ttlSource.resolve,
      resolveWithTtl: (n: string, t: RrType) => {
        asked.push(n);
        return ttlSource.resolveWithTtl(n, t);
      },
    };
    const cache = new CachingResolver(src, { now: () => now });
    expect((await cache.resolveWithTtl('example.com', 'A')).cached).toBe(false);
    now += 299_000;
    const hit = await cache.resolveWithTtl('EXAMPLE.com.', 'A');
    expect(hit).toEqual({ answer: ['192.0.2.1'], ttl: 1, cached: true });
    now += 2_000;
    expect((await cache.resolveWithTtl('example.com', 'A')).cached).toBe(false);
    expect(asked.length).toBe(2);
  });

  it('remembers NXDOMAIN and no-data for the short negative TTL, not temporary failures', async () => {
    let now = 0;
    const { r, asked } = counting(zone);
    const cache = new CachingResolver(r, { now: () => now, negativeTtl: 60 });
    for (let i = 0; i < 2; i++) {
      await expect(cache.resolve('nowhere.example.com', 'TXT')).rejects.toMatchObject({ code: 'ENOTFOUND' });
      await expect(cache.resolve('example.com', 'TXT')).rejects.toMatchObject({ code: 'ENODATA' });
      await expect(cache.resolve('down.example.com', 'A')).rejects.toMatchObject({ code: 'ESERVFAIL' });
    }
    expect(asked).toEqual([
      'TXT nowhere.example.com',
      'TXT example.com',
      'A down.example.com',
      'A down.example.com',
    ]);
    await expect(cache.resolve('nowhere.example.com', 'TXT')).rejects.toMatchObject({ cached: true });
    now += 61_000;
    await expect(cache.resolve('nowhere.example.com', 'TXT')).rejects.toMatchObject({ cached: false });
  });

  it('sends identical concurrent questions once', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let calls = 0;
    const slow: Resolver = {
      resolve: async (n, t) => {
        calls++;
        await gate;
        return zone.resolve(n, t);
      },
    };
    const cache = new CachingResolver(slow);
    const all = Promise.all([1, 2, 3].map(() => cache.resolve('example.com', 'A')));
    release();
    expect(await all).toEqual([['192.0.2.1'], ['192.0.2.1'], ['192.0.2.1']]);
    expect(calls).toBe(1);
  });

  it('works with a pluggable async store (storage.session in the extension)', async () => {
    const saved = new Map<string, CacheEntry>();
    const store: CacheStore = {
      get: async (k) => structuredClone(saved.get(k)),
      set: async (k, e) => {
        saved.set(k, structuredClone(e));
      },
    };
    const { r, asked } = counting(zone);
    await new CachingResolver(r, { store }).resolve('example.com', 'MX');
    // A fresh resolver, as after the worker was stopped and restarted, reads the stored entry.
    expect(await new CachingResolver(r, { store }).resolve('example.com', 'MX')).toEqual([
      { exchange: 'b.example.com', priority: 20 },
    ]);
    expect(asked.length).toBe(1);
    expect([...saved.keys()]).toEqual(['MX:example.com']);
  });

  it('a failing store only means a cache miss', async () => {
    const store: CacheStore = {
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.reject(new Error('quota')),
    };
    expect(await new CachingResolver(zone, { store }).resolve('example.com', 'A')).toEqual(['192.0.2.1']);
  });

  it('a memory store answers hits at once, and a refused name or a throwing source still rejects', async () => {
    const { r, asked } = counting(zone);
    const cache = new CachingResolver(r);
    const first = await cache.resolveWithTtl('Example.COM.', 'A');
    const hit = cache.resolveWithTtl('example.com', 'A');
    expect(hit).toBeInstanceOf(Promise);
    expect(first).toEqual({ answer: ['192.0.2.1'], ttl: 300, cached: false });
    expect(await hit).toEqual({ answer: ['192.0.2.1'], ttl: 300, cached: true });
    await expect(cache.resolve('nothere.example.com', 'A')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(cache.resolve('nothere.example.com', 'A')).rejects.toMatchObject({
      code: 'ENOTFOUND',
      cached: true,
    });
    expect(asked).toEqual(['A Example.COM.', 'A nothere.example.com']);
    const bad = cache.resolve(`${'a'.repeat(64)}.example.com`, 'A');
    await expect(bad).rejects.toMatchObject({ code: 'EBADNAME' });
    const throwing = new CachingResolver({
      resolve: () => {
        throw new DnsError('ESERVFAIL', 'x', 'A');
      },
    });
    const failed = throwing.resolve('example.com', 'A');
    await expect(failed).rejects.toMatchObject({ code: 'ESERVFAIL' });
    const recorder = new RecordingResolver({
      resolve: () => {
        throw new DnsError('ENODATA', 'x', 'A');
      },
    });
    await expect(recorder.resolve('example.com', 'A')).rejects.toMatchObject({ code: 'ENODATA' });
    expect(recorder.log).toMatchObject([{ name: 'example.com', type: 'A', error: 'ENODATA', cached: false }]);
  });

  it('callers cannot corrupt the cached answer', async () => {
    const cache = new CachingResolver(zone);
    const first = (await cache.resolve('example.com', 'MX')) as Array<{ priority: number }>;
    first[0]!.priority = 99;
    expect(await cache.resolve('example.com', 'MX')).toEqual([{ exchange: 'b.example.com', priority: 20 }]);
  });

  it('callers cannot corrupt cached TXT chunks or the recorded log either', async () => {
    const txt = new ZoneResolver({ 'example.org': { TXT: [['v=spf1 ', '-all']] } });
    const recorder = new RecordingResolver(txt);
    const cache = new CachingResolver(recorder);
    const first = (await cache.resolve('example.org', 'TXT')) as string[][];
    first[0]![0] = 'v=spf1 +all ';
    first[0]!.push('tampered');
    first.push(['extra']);
    expect(await cache.resolve('example.org', 'TXT')).toEqual([['v=spf1 ', '-all']]);
    expect(recorder.log[0]!.answer).toEqual([['v=spf1 ', '-all']]);
    expect(await txt.resolve('example.org', 'TXT')).toEqual([['v=spf1 ', '-all']]);
  });
});

describe('RecordingResolver', () => {
  it('logs every question in order with answer or error, duration and cache flag', async () => {
    let t = 0;
    const rec = new RecordingResolver(new CachingResolver(zone), { now: () => (t += 5) });
    await rec.resolve('example.com', 'A');
    await rec.resolve('example.com', 'A');
    await rec.resolve('nowhere.example.com', 'TXT').catch(() => undefined);
    await rec.resolve('down.example.com', 'A').catch(() => undefined);
    expect(rec.log).toEqual([
      { name: 'example.com', type: 'A', answer: ['192.0.2.1'], ttl: 300, cached: false, ms: 5 },
      { name: 'example.com', type: 'A', answer: ['192.0.2.1'], ttl: 300, cached: true, ms: 0 },
      { name: 'nowhere.example.com', type: 'TXT', error: 'ENOTFOUND', cached: false, ms: 5 },
      { name: 'down.example.com', type: 'A', error: 'ESERVFAIL', cached: false, ms: 5 },
    ]);
  });

  it('keeps the order questions were asked even when answers arrive out of order', async () => {
    const delayed: Resolver = {
      resolve: async (n: string, t: RrType): Promise<DnsAnswer> => {
        await new Promise((r) => setTimeout(r, n.startsWith('slow') ? 30 : 1));
        if (n.startsWith('slow')) throw new DnsError('ETIMEOUT', n, t);
        return ['192.0.2.7'];
      },
    };
    const rec = new RecordingResolver(delayed);
    await Promise.allSettled([rec.resolve('slow.example', 'A'), rec.resolve('fast.example', 'A')]);
    expect(rec.log.map((e) => [e.name, e.error ?? e.answer])).toEqual([
      ['slow.example', 'ETIMEOUT'],
      ['fast.example', ['192.0.2.7']],
    ]);
  });

  it('its log replays through ZoneResolver.fromJson with the same outcomes', async () => {
    const rec = new RecordingResolver(zone);
    await rec.resolve('example.com', 'MX');
    await rec.resolve('down.example.com', 'A').catch(() => undefined);
    const replay = ZoneResolver.fromJson(JSON.parse(JSON.stringify({ dns: rec.log })));
    expect(await replay.resolve('example.com', 'MX')).toEqual(await zone.resolve('example.com', 'MX'));
    await expect(replay.resolve('down.example.com', 'A')).rejects.toMatchObject({ code: 'ESERVFAIL' });
  });
});

describe('DnsError', () => {
  it('carries the code mailauth reads, skips the stack trace, and leaves the global limit as it was', () => {
    const before = Error.stackTraceLimit;
    const err = new DnsError('ENOTFOUND', '_dmarc.example', 'TXT');
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('ENOTFOUND');
    expect(err.message).toBe('TXT _dmarc.example: the name does not exist (NXDOMAIN)');
    expect(err.stack ?? '').not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('ordinary').stack).toMatch(/\n\s+at /);
  });
});
