// Refresh of the hosting providers' official range feeds (issue 4): asked from the options page,
// fetched by the worker, parsed by lib/relay/feeds.ts, stored locally and merged into the relay
// classifier as extra hosting ranges. The bundled ASN tables work without it.
import { FEED_PROVIDER, type FeedKind, parseFeed } from '../relay/feeds';
import type { LabelledRange } from '../relay/range-set';
import { cloudFeedsItem, cloudFeedsStampItem } from './settings';

/** The official feeds, as each provider publishes them. */
export const CLOUD_FEED_URLS: Record<FeedKind, string> = {
  aws: 'https://ip-ranges.amazonaws.com/ip-ranges.json',
  'google-cloud': 'https://www.gstatic.com/ipranges/cloud.json',
  oracle: 'https://docs.oracle.com/en-us/iaas/tools/public_ip_ranges.json',
  digitalocean: 'https://digitalocean.com/geo/google.csv',
};

/** Origins the options page asks permission for before a refresh. */
export const CLOUD_FEED_ORIGINS = [
  ...new Set(Object.values(CLOUD_FEED_URLS).map((u) => `${new URL(u).origin}/*`)),
];

export type FeedOutcome = { kind: FeedKind; provider: string } & (
  | { ok: true; ranges: number }
  | { ok: false; error: string }
);

export interface CloudFeedSummary {
  updatedAt: number;
  feeds: FeedOutcome[];
}

const TIMEOUT_MS = 20_000;
/** The largest official feed (AWS) is ~2 MB; anything far bigger is not a feed. */
const MAX_BYTES = 20 * 2 ** 20;

async function fetchFeed(
  kind: FeedKind,
  url: string,
  fetchFn: typeof fetch,
): Promise<{ outcome: FeedOutcome; ranges: LabelledRange[] }> {
  const provider = FEED_PROVIDER[kind];
  try {
    const res = await fetchFn(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!res.ok) return { outcome: { kind, provider, ok: false, error: `HTTP ${res.status}` }, ranges: [] };
    const text = await res.text();
    if (text.length > MAX_BYTES)
      return {
        outcome: { kind, provider, ok: false, error: 'the answer is too large to be this feed' },
        ranges: [],
      };
    const parsed = parseFeed(kind, text);
    if (!parsed.ok) return { outcome: { kind, provider, ok: false, error: parsed.error }, ranges: [] };
    return { outcome: { kind, provider, ok: true, ranges: parsed.ranges.length }, ranges: parsed.ranges };
  } catch (err) {
    const e = err as Error;
    const why = e?.name === 'TimeoutError' ? 'timed out' : e?.message || 'network error';
    return { outcome: { kind, provider, ok: false, error: why }, ranges: [] };
  }
}

/**
 * Fetches every feed in parallel. A feed that fails keeps its previously stored ranges, so one
 * provider's outage never removes what another refresh learned.
 */
export async function refreshCloudFeeds(
  opts: { fetch?: typeof fetch; urls?: Partial<Record<FeedKind, string>>; now?: () => number } = {},
): Promise<CloudFeedSummary> {
  const fetchFn = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const urls = { ...CLOUD_FEED_URLS, ...opts.urls };
  const previous = await cloudFeedsItem.getValue();
  const results = await Promise.all(
    (Object.keys(urls) as FeedKind[]).map((k) => fetchFeed(k, urls[k], fetchFn)),
  );
  const ranges: LabelledRange[] = [];
  for (const { outcome, ranges: got } of results) {
    if (outcome.ok) ranges.push(...got);
    else ranges.push(...previous.ranges.filter((r) => r.label === outcome.provider));
  }
  const summary: CloudFeedSummary = {
    updatedAt: (opts.now ?? Date.now)(),
    feeds: results.map((r) => r.outcome),
  };
  await cloudFeedsItem.setValue({ ...summary, ranges });
  // Written after the ranges: a worker that sees the new stamp finds the new ranges.
  await cloudFeedsStampItem.setValue(summary.updatedAt);
  return summary;
}
