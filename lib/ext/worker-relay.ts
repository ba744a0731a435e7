// The relay classifier inside the worker: the bundled IP-to-ASN tables (assets/ip/asn.bin) are
// fetched and decoded once per worker life, on first use, so a worker woken for a badge does not
// pay for them until a message needs them. `no-inline`: WXT builds the background in library mode,
// where Vite would otherwise inline the 2.5 MB file as base64 into background.js (4.2 MB → 0.8 MB).
import asnTablesUrl from '../../assets/ip/asn.bin?url&no-inline';
import { type Classifier, createClassifier, loadIpTables } from '../relay/classify';
import type { IpTables } from '../relay/tables';
import type { AnalyzeOptions } from '../types';
import { cloudFeedsItem, cloudFeedsStampItem } from './settings';

let loading: Promise<IpTables | null> | null = null;
/** The classifier for the feed ranges stored at `updatedAt` (rebuilt after a refresh). */
let built: { updatedAt: number; classifier: Classifier } | null = null;

async function load(): Promise<IpTables | null> {
  try {
    const res = await fetch(new URL(asnTablesUrl, self.location.origin));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const result = await loadIpTables(new Uint8Array(await res.arrayBuffer()));
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
