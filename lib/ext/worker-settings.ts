// One snapshot of the settings an analysis depends on. The stamp goes into every cache entry:
// approving a server or switching DNS mode makes older verdicts stale without a sweep.

import { hostLikeAuthservId } from '../auth/site-trust';
import { gatewaysFromEntries } from '../relay/gateway-entry';
import {
  approvedServersItem,
  cloudFeedsStampItem,
  customDohUrlItem,
  type DnsMode,
  dnsModeItem,
  extraAuthservIdsItem,
  keepHistoryItem,
  roundcubeAuthservIdsItem,
  roundcubeSitesItem,
  trustedForwardersItem,
  trustedGatewaysItem,
} from './settings';

export interface WorkerSettings {
  dnsMode: DnsMode;
  customDohUrl: string;
  approvedServers: string[];
  extraAuthservIds: string[];
  /** Per Roundcube origin (only well-formed entries). */
  siteAuthservIds: Record<string, string[]>;
  /** Origins of the Roundcube sites enabled now. */
  roundcubeSites: string[];
  keepHistory: boolean;
  /** Gateways trusted as part of the receiver (domains and CIDRs, well-formed only). */
  trustedGateways: { domains: string[]; networks: string[] };
  /** ARC sealer domains trusted as forwarders (well-formed only). */
  trustedForwarders: string[];
  /** Changes whenever a setting that changes a verdict changes. */
  stamp: string;
}

export async function readSettings(): Promise<WorkerSettings> {
  const [
    dnsMode,
    customDohUrl,
    approvedServers,
    extraAuthservIds,
    storedSiteIds,
    roundcubeSites,
    keepHistory,
    feedsStamp,
    storedGateways,
    storedForwarders,
  ] = await Promise.all([
    dnsModeItem.getValue(),
    customDohUrlItem.getValue(),
    approvedServersItem.getValue(),
    extraAuthservIdsItem.getValue(),
    roundcubeAuthservIdsItem.getValue(),
    roundcubeSitesItem.getValue(),
    keepHistoryItem.getValue(),
    cloudFeedsStampItem.getValue(),
    trustedGatewaysItem.getValue(),
    trustedForwardersItem.getValue(),
  ]);
  const trustedGateways = gatewaysFromEntries(Array.isArray(storedGateways) ? storedGateways : []);
  const trustedForwarders = gatewaysFromEntries(
    Array.isArray(storedForwarders) ? storedForwarders : [],
  ).domains;
  const siteAuthservIds = wellFormedSiteIds(storedSiteIds);
  const stamp = JSON.stringify([
    dnsMode,
    dnsMode === 'custom' ? customDohUrl : '',
    [...approvedServers].sort(),
    [...extraAuthservIds].sort(),
    // wellFormedSiteIds keeps no empty entry, so "none" has one spelling here.
    Object.entries(siteAuthservIds)
      .map(([origin, ids]) => [origin, [...ids].sort()])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    // Refreshed provider feeds can turn a relay into a hosted server.
    feedsStamp,
    [...trustedGateways.domains, ...trustedGateways.networks].sort(),
    [...trustedForwarders].sort(),
  ]);
  return {
    dnsMode,
    customDohUrl,
    approvedServers,
    extraAuthservIds,
    siteAuthservIds,
    roundcubeSites: Array.isArray(roundcubeSites) ? roundcubeSites.filter((o) => typeof o === 'string') : [],
    keepHistory,
    trustedGateways,
    trustedForwarders,
    stamp,
  };
}

/** The stored per-site map with anything but origin → host-name ids left out (storage is not typed). */
function wellFormedSiteIds(stored: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!stored || typeof stored !== 'object') return out;
  for (const [origin, ids] of Object.entries(stored)) {
    if (!Array.isArray(ids)) continue;
    const clean = ids.flatMap((id) => (typeof id === 'string' ? (hostLikeAuthservId(id) ?? []) : []));
    if (clean.length > 0) out[origin] = clean;
  }
  return out;
}
