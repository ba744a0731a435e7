// DNS answers in storage.session (lib/ext/worker-dns-session.ts): a woken worker finds them, and
// they stay within their bounds however many names the user's messages make it look up.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CacheEntry } from '../../../lib/dns';
import {
  MAX_SESSION_DNS_BYTES,
  MAX_SESSION_DNS_ENTRIES,
  resetSessionDnsIndexForTests,
  sessionDnsStore,
} from '../../../lib/ext/worker-dns-session';
import { resetFakeBrowser } from './browser-stubs';

const NOW = 1_800_000_000_000;

beforeEach(() => {
  resetFakeBrowser();
  resetSessionDnsIndexForTests();
});

const entry = (expiresAt: number, txt = 'v=spf1 -all'): CacheEntry => ({ expiresAt, answer: [[txt]] });

/** The DNS answers session storage holds now, by question key. */
async function kept(): Promise<string[]> {
  const all = await fakeBrowser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith('hl-dns:'))
    .map((k) => k.slice(k.indexOf('|') + 1))
    .sort();
}

describe('DNS answers in storage.session', () => {
  it('are found by the next worker (a new memory) under the same endpoint only', async () => {
    await sessionDnsStore('cloudflare', () => NOW).set('TXT:example.com', entry(NOW + 60_000));
    resetSessionDnsIndexForTests(); // the worker was stopped
    expect(await sessionDnsStore('cloudflare').get('TXT:example.com')).toEqual(entry(NOW + 60_000));
    expect(await sessionDnsStore('google').get('TXT:example.com')).toBeUndefined();
  });

  it('keep at most MAX_SESSION_DNS_ENTRIES, dropping the soonest to expire', async () => {
    const store = sessionDnsStore('cloudflare', () => NOW);
    const extra = 5;
    // Expiries in reverse order of writing: the last five written expire first.
    for (let i = 0; i < MAX_SESSION_DNS_ENTRIES + extra; i++) {
      await store.set(`A:n${i}.example`, entry(NOW + 1_000_000 - i));
    }
    const names = await kept();
    expect(names).toHaveLength(MAX_SESSION_DNS_ENTRIES);
    for (let i = MAX_SESSION_DNS_ENTRIES; i < MAX_SESSION_DNS_ENTRIES + extra; i++) {
      expect(names).not.toContain(`A:n${i}.example`);
    }
    expect(names).toContain('A:n0.example');
  });

  it('keep at most MAX_SESSION_DNS_BYTES of large TXT answers', async () => {
    const store = sessionDnsStore('cloudflare', () => NOW);
    const big = 'x'.repeat(4000);
    const count = Math.ceil(MAX_SESSION_DNS_BYTES / 4000) + 20;
    for (let i = 0; i < count; i++) await store.set(`TXT:n${i}.example`, entry(NOW + 60_000 + i, big));
    const all = await fakeBrowser.storage.session.get(null);
    const bytes = Object.entries(all)
      .filter(([k]) => k.startsWith('hl-dns:'))
      .reduce((n, [, v]) => n + JSON.stringify(v).length, 0);
    expect(bytes).toBeLessThanOrEqual(MAX_SESSION_DNS_BYTES);
    expect(bytes).toBeGreaterThan(MAX_SESSION_DNS_BYTES - 10_000);
    // The newest answer (latest expiry) is among those kept.
    expect(await store.get(`TXT:n${count - 1}.example`)).toBeDefined();
  });

  it('drop expired answers at the next write', async () => {
    let now = NOW;
    const store = sessionDnsStore('cloudflare', () => now);
    await store.set('TXT:old.example', entry(NOW + 1_000));
    now = NOW + 5_000;
    await store.set('TXT:new.example', entry(now + 60_000));
    expect(await kept()).toEqual(['TXT:new.example']);
  });

  it('record every answer of an analysis that arrive together, and bound them in the next worker', async () => {
    const store = sessionDnsStore('cloudflare', () => NOW);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => store.set(`TXT:c${i}.example`, entry(NOW + 60_000 + i))),
    );
    expect(await kept()).toHaveLength(40);
    // A later worker reads the index its predecessor wrote, so the older answers still count.
    resetSessionDnsIndexForTests();
    const next = sessionDnsStore('cloudflare', () => NOW);
    for (let i = 0; i < MAX_SESSION_DNS_ENTRIES; i++) await next.set(`A:m${i}.example`, entry(NOW + 120_000));
    const names = await kept();
    expect(names).toHaveLength(MAX_SESSION_DNS_ENTRIES);
    expect(names.filter((n) => n.startsWith('TXT:c'))).toEqual([]);
  });

  it('a failing storage is only a miss', async () => {
    const store = sessionDnsStore('cloudflare', () => NOW);
    const original = fakeBrowser.storage.session.set;
    fakeBrowser.storage.session.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    try {
      await expect(store.set('TXT:x.example', entry(NOW + 60_000))).resolves.toBeUndefined();
    } finally {
      fakeBrowser.storage.session.set = original;
    }
    expect(await store.get('TXT:x.example')).toBeUndefined();
  });
});
