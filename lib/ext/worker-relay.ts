// The relay classifier inside the worker: the bundled IP-to-ASN tables (assets/ip/asn.bin) are
// fetched once per worker life by background.js, on first use (./worker-ip-bytes.ts), and searched where they lie
// (lib/relay/tables.ts), so a worker woken for a badge does not pay for them until a message
// needs them.
import { type Classifier, createClassifier, loadIpTables } from '../relay/classify';
import type { IpTables } from '../relay/tables';
import type { AnalyzeOptions } from '../types';
import { cloudFeedsItem, cloudFeedsStampItem } from './settings';
import { ipTableBytes } from './worker-globals';

let loading: Promise<IpTables | null> | null = null;
/** The classifier for the feed ranges stored at `updatedAt` (rebuilt after a refresh). */
let built: { updatedAt: number; classifier: Classifier } | null = null;

async function load(): Promise<IpTables | null> {
  try {
    const result = await loadIpTables(await ipTableBytes());
    if (!result.ok) throw new Error(result.error);
    return result.tables;
  } catch (err) {
    // Without the tables only the curated ESP/hosting ranges answer; the analysis still runs.
    console.warn('HeaderLens: IP data unavailable, relay facts limited', err);
    return null;
  }
}

/** Engine options for relay intelligence: the classifier and the version of its data. */
export async function relayOptions(): Promise<Partial<AnalyzeOptions>> {
  loading ??= load();
  const tables = await loading;
  // The stamp is one number; the ranges (thousands) are read only when it changed.
  const stamp = await cloudFeedsStampItem.getValue();
  if (!built || built.updatedAt !== stamp) {
    const feeds = stamp ? await cloudFeedsItem.getValue() : { ranges: [] };
    built = { updatedAt: stamp, classifier: createClassifier(tables, { extraHosting: feeds.ranges }) };
  }
  const { classifier } = built;
  const feedNote = stamp ? ` + provider feeds of ${new Date(stamp).toISOString().slice(0, 10)}` : '';
  return { classifyIp: classifier, ipDataVersion: classifier.source + feedNote };
}
