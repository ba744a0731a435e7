// The cloud-feed refresh against the providers' formats, served over real HTTP on 127.0.0.1 from
// fixture files (test/fixtures/relay/), then merged into the classifier as the worker does.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshCloudFeeds } from '../../../lib/ext/cloud-feeds';
import { cloudFeedsItem, cloudFeedsStampItem } from '../../../lib/ext/settings';
import { createClassifier } from '../../../lib/relay/classify';

const FILES: Record<string, string> = {
  '/aws.json': 'aws-ip-ranges.json',
  '/google.json': 'google-cloud.json',
  '/oracle.json': 'oracle-public-ip-ranges.json',
  '/do.csv': 'digitalocean-geofeed.csv',
};
let server: Server;
let base: string;
let failing = new Set<string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const file = FILES[req.url ?? ''];
    if (!file || failing.has(req.url ?? '')) {
      res.writeHead(503).end();
      return;
    }
    res.end(readFileSync(`test/fixtures/relay/${file}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  fakeBrowser.reset();
  failing = new Set();
});

const urls = () => ({
  aws: `${base}/aws.json`,
  'google-cloud': `${base}/google.json`,
  oracle: `${base}/oracle.json`,
  digitalocean: `${base}/do.csv`,
});

describe('refreshCloudFeeds', () => {
  it('fetches all four feeds, stores their ranges, and the classifier then knows them', async () => {
    const summary = await refreshCloudFeeds({ urls: urls(), now: () => 1_700_000_000_000 });
    expect(summary.feeds.map((f) => [f.kind, f.ok])).toEqual([
      ['aws', true],
      ['google-cloud', true],
      ['oracle', true],
      ['digitalocean', true],
    ]);
    const stored = await cloudFeedsItem.getValue();
    expect(stored.updatedAt).toBe(1_700_000_000_000);
    // The worker watches this one number to know its classifier is stale.
    expect(await cloudFeedsStampItem.getValue()).toBe(1_700_000_000_000);
    expect(stored.ranges.length).toBeGreaterThan(3);
    const classify = createClassifier(null, { extraHosting: stored.ranges });
    // 198.51.100.0/24 is an EC2 range in the AWS fixture; 198.18.0.0/24 a DigitalOcean one.
    expect(classify('198.51.100.7')?.hosting?.provider).toBe('Amazon Web Services');
    expect(classify('198.18.0.9')?.hosting?.provider).toBe('DigitalOcean');
    expect(classify('203.0.113.250')?.hosting ?? null).toBeNull();
  });

  it('keeps the last good ranges of a feed that fails, and says why', async () => {
    await refreshCloudFeeds({ urls: urls(), now: () => 1 });
    failing.add('/aws.json');
    const summary = await refreshCloudFeeds({ urls: urls(), now: () => 2 });
    expect(summary.feeds.find((f) => f.kind === 'aws')).toMatchObject({ ok: false, error: 'HTTP 503' });
    const classify = createClassifier(null, { extraHosting: (await cloudFeedsItem.getValue()).ranges });
    expect(classify('198.51.100.7')?.hosting?.provider).toBe('Amazon Web Services');
  });

  it('reports an unreachable or garbage feed without throwing', async () => {
    const summary = await refreshCloudFeeds({
      urls: { ...urls(), aws: 'http://127.0.0.1:1/nothing', 'google-cloud': `${base}/do.csv` },
    });
    expect(summary.feeds.find((f) => f.kind === 'aws')?.ok).toBe(false);
    expect(summary.feeds.find((f) => f.kind === 'google-cloud')?.ok).toBe(false);
    expect(summary.feeds.find((f) => f.kind === 'oracle')?.ok).toBe(true);
  });
});
