// One snapshot of the settings an analysis depends on. The stamp goes into every cache entry:
// approving a server or switching DNS mode makes older verdicts stale without a sweep.
import {
  approvedServersItem,
  cloudFeedsStampItem,
  customDohUrlItem,
  type DnsMode,
  dnsModeItem,
  extraAuthservIdsItem,
  keepHistoryItem,
  roundcubeAuthservIdsItem,
} from './settings';

export interface WorkerSettings {
  dnsMode: DnsMode;
  customDohUrl: string;
  approvedServers: string[];
  extraAuthservIds: string[];
  /** Per Roundcube origin. */
  siteAuthservIds: Record<string, string[]>;
  keepHistory: boolean;
  /** Changes whenever a setting that changes a verdict changes. */
  stamp: string;
}

export async function readSettings(): Promise<WorkerSettings> {
  const [dnsMode, customDohUrl, approvedServers, extraAuthservIds, siteAuthservIds, keepHistory, feedsStamp] =
    await Promise.all([
      dnsModeItem.getValue(),
      customDohUrlItem.getValue(),
      approvedServersItem.getValue(),
      extraAuthservIdsItem.getValue(),
      roundcubeAuthservIdsItem.getValue(),
      keepHistoryItem.getValue(),
      cloudFeedsStampItem.getValue(),
    ]);
  const stamp = JSON.stringify([
    dnsMode,
    dnsMode === 'custom' ? customDohUrl : '',
    [...approvedServers].sort(),
    [...extraAuthservIds].sort(),
    Object.entries(siteAuthservIds)
      .filter(([, ids]) => ids.length > 0)
      .map(([origin, ids]) => [origin, [...ids].sort()])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    // Refreshed provider feeds can turn a relay into a hosted server.
    feedsStamp,
  ]);
  return { dnsMode, customDohUrl, approvedServers, extraAuthservIds, siteAuthservIds, keepHistory, stamp };
}
