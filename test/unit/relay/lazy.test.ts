import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLazyClassifier } from '../../../lib/relay/lazy';
import type { IpFileSource } from '../../../lib/relay/tables';
import { IP_DATA_DIR } from '../../../scripts/ip-tables-node';

/** Reads public/ip/ asynchronously only, as the worker's fetch does, and counts the reads. */
function workerLikeSource(fail: () => boolean = () => false): IpFileSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(name) {
      reads.push(name);
      if (fail()) throw new Error('net::ERR_FILE_NOT_FOUND');
      return readFile(join(IP_DATA_DIR, name));
    },
  };
}

describe('lazy classifier (the worker loads the tables on first use)', () => {
  it('reads the index once, however many messages ask at the same time; shards per prepare', async () => {
    const source = workerLikeSource();
    const lazy = createLazyClassifier(source);
    const [a, b] = await Promise.all([lazy.get(), lazy.get()]);
    expect(source.reads).toEqual(['index.bin']);
    // Not prepared, and no synchronous reads: unknown, never "no data".
    expect(a('3.85.17.200')).toMatchObject({ asn: null, ipDataMissing: true });
    expect(await a.prepare(['3.85.17.200'])).toBe(true);
    expect(source.reads).toHaveLength(3); // + one IPv4 shard + one ASN chunk
    expect(a('3.85.17.200')?.hosting).toEqual({ provider: 'Amazon Web Services' });
    expect(a('3.85.17.200')?.ipDataMissing).toBeUndefined();
    expect(b.source).toMatch(/^@ip-location-db\/asn@/);
    expect(lazy.error()).toBeNull();
  });
  it('a failed read leaves a working classifier (curated ranges) and a reason, then retries', async () => {
    let fail = true;
    const lazy = createLazyClassifier(workerLikeSource(() => fail));
    const bare = await lazy.get();
    expect(bare('54.240.1.1')?.esp).toBe('Amazon SES');
    expect(bare('3.85.17.200')?.asn).toBeNull();
    expect(lazy.error()).toMatch(/could not be read.*ERR_FILE_NOT_FOUND/);
    fail = false;
    const c = await lazy.get();
    await c.prepare(['3.85.17.200']);
    expect(c('3.85.17.200')?.asn).toBe(14618);
  });
  it('a shard that fails to load says so, and the next prepare tries it again', async () => {
    let fail = false;
    const lazy = createLazyClassifier(workerLikeSource(() => fail));
    const c = await lazy.get();
    fail = true;
    expect(await c.prepare(['3.85.17.200'])).toBe(false);
    expect(c('3.85.17.200')).toEqual({ asn: null, org: null, hosting: null, esp: null, ipDataMissing: true });
    fail = false;
    expect(await c.prepare(['3.85.17.200'])).toBe(true);
    expect(c('3.85.17.200')?.asn).toBe(14618);
  });
  it('new feed ranges apply without reloading', async () => {
    const source = workerLikeSource();
    const lazy = createLazyClassifier(source);
    await lazy.get();
    lazy.setOptions({ extraHosting: [{ cidr: '73.1.2.0/24', label: 'Test Cloud' }] });
    expect((await lazy.get())('73.1.2.3')?.hosting).toEqual({ provider: 'Test Cloud' });
    expect(source.reads).toEqual(['index.bin']);
  });
});
