// The relay classifier inside the worker: the index of the IP data (public/ip/index.bin) is fetched
// once per worker life by /worker-core.js, on first use (./worker-ip-bytes.ts); the shards a message
// needs are fetched by the analysis' prepare steps (lib/analyze.ts) and kept for the worker's life;
// all are searched where they lie (lib/relay/tables.ts). A worker woken for a badge pays nothing.
import { type Classifier, createClassifier } from '../relay/classify';
import { type IpTables, loadIpTables } from '../relay/tables';
import type { AnalyzeOptions } from '../types';
import { cloudFeedsItem, cloudFeedsStampItem } from './settings';
import { ipTableBytes } from './worker-globals';
import { fetchIpFile } from './worker-ip-bytes';

let loading: Promise<IpTables | null> | null = null;
/** The classifier for the feed ranges stored at `updatedAt` (rebuilt after a refresh). */
let built: { updatedAt: number; classifier: Classifier } | null = null;

async function load(): Promise<IpTables | null> {
  try {
    // No synchronous reader here: a lookup of a shard not fetched yet says ipDataMissing.
    const result = await loadIpTables({ read: fetchIpFile }, await ipTableBytes());
    if (!result.ok) throw new Error(result.error);
    return result.tables;
  } catch (err) {
    // Without the tables only the curated ESP/hosting ranges answer; the analysis still runs.
    console.warn('HeaderLens: IP data unavailable, relay facts limited', err);
    loading = null; // the next message tries again
    return null;
  }
}

/** Engine options for relay intelligence: the classifier and the version of its data. */
export async function relayOptions(): Promise<Partial<AnalyzeOptions>> {
  loading ??= load();
  const tables = await loading;
  // The stamp is one number; the ranges (thousands) are read only when it changed.
  const stamp = await cloudFeedsStampItem.getValue();
  if (!built || built.updatedAt !== stamp || built.classifier.tables !== tables) {
    const feeds = stamp ? await cloudFeedsItem.getValue() : { ranges: [] };
    built = { updatedAt: stamp, classifier: createClassifier(tables, { extraHosting: feeds.ranges }) };
  }
  const { classifier } = built;
  const feedNote = stamp ? ` + provider feeds of ${new Date(stamp).toISOString().slice(0, 10)}` : '';
  return { classifyIp: classifier, ipDataVersion: classifier.source + feedNote };
}
