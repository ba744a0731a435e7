import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLazyClassifier } from '../../../lib/relay/lazy';
import { IP_DATA_PATH } from '../../../scripts/ip-tables-node';

describe('lazy classifier (the worker loads the tables on first use)', () => {
  it('fetches the bytes once, however many messages ask at the same time', async () => {
    let fetches = 0;
    const lazy = createLazyClassifier(async () => {
      fetches++;
      return readFileSync(IP_DATA_PATH);
    });
    const [a, b] = await Promise.all([lazy.get(), lazy.get()]);
    expect(fetches).toBe(1);
    expect(a('3.85.17.200')?.hosting).toEqual({ provider: 'Amazon Web Services' });
    expect(b.source).toMatch(/^@ip-location-db\/asn@/);
    expect(lazy.error()).toBeNull();
  });
  it('a failed fetch leaves a working classifier (curated ranges) and a reason, then retries', async () => {
    let fail = true;
    const lazy = createLazyClassifier(async () => {
      if (fail) throw new Error('net::ERR_FILE_NOT_FOUND');
      return readFileSync(IP_DATA_PATH);
    });
    const bare = await lazy.get();
    expect(bare('54.240.1.1')?.esp).toBe('Amazon SES');
    expect(bare('3.85.17.200')?.asn).toBeNull();
    expect(lazy.error()).toMatch(/could not be fetched.*ERR_FILE_NOT_FOUND/);
    fail = false;
    expect((await lazy.get())('3.85.17.200')?.asn).toBe(14618);
  });
  it('new feed ranges apply without reloading', async () => {
    let fetches = 0;
    const lazy = createLazyClassifier(async () => {
      fetches++;
      return readFileSync(IP_DATA_PATH);
    });
    await lazy.get();
    lazy.setOptions({ extraHosting: [{ cidr: '73.1.2.0/24', label: 'Test Cloud' }] });
    expect((await lazy.get())('73.1.2.3')?.hosting).toEqual({ provider: 'Test Cloud' });
    expect(fetches).toBe(1);
  });
});
