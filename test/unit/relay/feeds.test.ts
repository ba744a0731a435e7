// Official hosting feeds (fixture files in the published formats), served on 127.0.0.1 the way the
// options page fetches them, parsed and merged into the classifier.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/relay/classify';
import { type FeedKind, parseFeed } from '../../../lib/relay/feeds';

const DIR = join(process.cwd(), 'test/fixtures/relay');
const FILES: Record<FeedKind, string> = {
  aws: 'aws-ip-ranges.json',
  'google-cloud': 'google-cloud.json',
  oracle: 'oracle-public-ip-ranges.json',
  digitalocean: 'digitalocean-geofeed.csv',
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const file = Object.values(FILES).find((f) => req.url === `/${f}`);
    if (!file) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.end(readFileSync(join(DIR, file)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

async function fetched(kind: FeedKind) {
  const text = await (await fetch(`${base}/${FILES[kind]}`)).text();
  return parseFeed(kind, text);
}

describe('feed parsers', () => {
  it('AWS: EC2 prefixes only (AMAZON/S3 are Amazon’s own), duplicates and bad entries dropped', async () => {
    const r = await fetched('aws');
    expect(r).toEqual({
      ok: true,
      skipped: 1,
      ranges: [
        { cidr: '192.0.2.0/25', label: 'Amazon Web Services' },
        { cidr: '198.51.100.0/24', label: 'Amazon Web Services' },
        { cidr: '2001:db8:aa::/48', label: 'Amazon Web Services' },
      ],
    });
  });
  it('Google Cloud, Oracle (OCI tag only) and DigitalOcean geofeed', async () => {
    expect(await fetched('google-cloud')).toMatchObject({
      ok: true,
      skipped: 1,
      ranges: [{ cidr: '203.0.113.0/25' }, { cidr: '2001:db8:cc::/48' }],
    });
    expect(await fetched('oracle')).toMatchObject({
      ok: true,
      ranges: [{ cidr: '203.0.113.128/26', label: 'Oracle Cloud' }],
    });
    expect(await fetched('digitalocean')).toMatchObject({
      ok: true,
      skipped: 1,
      ranges: [{ cidr: '198.18.0.0/24' }, { cidr: '2001:db8:dd::/48' }],
    });
  });
  it('broken feeds are a message, not an exception', () => {
    expect(parseFeed('aws', '<html>rate limited</html>')).toEqual({
      ok: false,
      error: 'the Amazon Web Services feed is not valid JSON',
    });
    expect(parseFeed('google-cloud', '{"prefixes": 5}')).toMatchObject({ ok: false });
    expect(parseFeed('oracle', 'null')).toMatchObject({ ok: false });
    expect(parseFeed('digitalocean', '')).toMatchObject({ ok: false });
  });
  it('merged feed ranges make addresses hosted that the ASN data alone does not', async () => {
    const extra = [await fetched('aws'), await fetched('digitalocean')].flatMap((r) =>
      r.ok ? r.ranges : [],
    );
    const c = createClassifier(null, { extraHosting: extra });
    expect(c('192.0.2.5')?.hosting).toEqual({ provider: 'Amazon Web Services' });
    expect(c('192.0.2.200')?.hosting).toBeNull(); // only the AMAZON /24, not EC2
    expect(c('2001:db8:dd::9')?.hosting).toEqual({ provider: 'DigitalOcean' });
    // An ESP range still wins over a feed range.
    const withSes = createClassifier(null, {
      extraHosting: [{ cidr: '54.240.0.0/16', label: 'Amazon Web Services' }],
    });
    expect(withSes('54.240.1.1')).toMatchObject({ esp: 'Amazon SES', hosting: null });
  });
});
