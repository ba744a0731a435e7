// One snapshot of the settings an analysis depends on. The stamp goes into every cache entry:
// approving a server or switching DNS mode makes older verdicts stale without a sweep.
//
// Every stored value is validated here: storage is not typed, and in Firefox (which has no
// storage.local.setAccessLevel) a compromised content script can write storage.local. What such a
// write can still do there is documented in README "Security" (residual risk): it cannot make the
// worker use a DoH server the user did not grant, or approve anything but IP literals.
import { browser } from 'wxt/browser';
import { hostLikeAuthservId } from '../auth/site-trust';
import { hostKey } from '../dns/name';
import { normalizeIp, parseCidr } from '../message/ip';
import { gatewaysFromEntries } from '../relay/gateway-entry';
import { approvalDetailsItem, approvalScopes } from './approvals';
import {
  approvedServersItem,
  cloudFeedsStampItem,
  customDohUrlItem,
  type DnsMode,
  dnsModeItem,
  extraAuthservIdsItem,
  keepHistoryItem,
  MAX_ORGANISATION_DOMAINS,
  natAddressesItem,
  organisationDomainsItem,
  roundcubeAuthservIdsItem,
  roundcubeSitesItem,
  trustedForwardersItem,
  trustedGatewaysItem,
} from './settings';
import { senderMemoryStamp } from './worker-memory';

export interface WorkerSettings {
  dnsMode: DnsMode;
  customDohUrl: string;
  /** The user granted the custom DoH server's host permission (or it is on this computer). */
  customDohGranted: boolean;
  approvedServers: string[];
  /** What each approval covers (lib/ext/approvals.ts, approvalScopes): IP → From domains. */
  approvedServerDomains: Record<string, string[]>;
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
  /** A NAT or proxy in front of the user's own server (IPs and CIDRs, well-formed only). */
  natNetworks: string[];
  /** The reader's own organisation's domains (host names with a dot, lower-case, at most ten). */
  organisationDomains: string[];
  /** Changes whenever a setting that changes a verdict changes. */
  stamp: string;
}

export async function readSettings(): Promise<WorkerSettings> {
  const [
    storedMode,
    storedUrl,
    storedServers,
    storedIds,
    storedSiteIds,
    roundcubeSites,
    keepHistory,
    feedsStamp,
    storedGateways,
    storedForwarders,
    storedApprovalDetails,
    storedNat,
    storedOrganisation,
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
    approvalDetailsItem.getValue(),
    natAddressesItem.getValue(),
    organisationDomainsItem.getValue(),
  ]);
  const trustedGateways = gatewaysFromEntries(Array.isArray(storedGateways) ? storedGateways : []);
  const trustedForwarders = gatewaysFromEntries(
    Array.isArray(storedForwarders) ? storedForwarders : [],
  ).domains;
  const siteAuthservIds = wellFormedSiteIds(storedSiteIds);
  const dnsMode = DNS_MODES.includes(storedMode as DnsMode) ? (storedMode as DnsMode) : 'cloudflare';
  const customDohUrl = typeof storedUrl === 'string' ? storedUrl : '';
  const approvedServers = strings(storedServers).flatMap((ip) => normalizeIp(ip.trim()) ?? []);
  const approvedServerDomains = approvalScopes(approvedServers, storedApprovalDetails);
  const extraAuthservIds = strings(storedIds).flatMap((id) => hostLikeAuthservId(id) ?? []);
  const natNetworks = strings(storedNat)
    .map((n) => n.trim())
    .filter((n) => parseCidr(n) !== null);
  const organisationDomains = [
    ...new Set(
      strings(storedOrganisation).flatMap((d) => {
        const host = hostKey(d.trim());
        return host?.includes('.') ? [host] : [];
      }),
    ),
  ].slice(0, MAX_ORGANISATION_DOMAINS);
  const customDohGranted = dnsMode === 'custom' && (await dohPermitted(customDohUrl));
  const stamp = JSON.stringify([
    dnsMode,
    dnsMode === 'custom' ? customDohUrl : '',
    customDohGranted,
    [...approvedServers].sort(),
    Object.entries(approvedServerDomains)
      .map(([ip, domains]) => [ip, [...domains].sort()])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    [...extraAuthservIds].sort(),
    // wellFormedSiteIds keeps no empty entry, so "none" has one spelling here.
    Object.entries(siteAuthservIds)
      .map(([origin, ids]) => [origin, [...ids].sort()])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    // Refreshed provider feeds can turn a relay into a hosted server.
    feedsStamp,
    [...trustedGateways.domains, ...trustedGateways.networks].sort(),
    [...trustedForwarders].sort(),
    [...natNetworks].sort(),
    [...organisationDomains].sort(),
    // The sender memory switched, forgotten or imported (learning alone does not count).
    await senderMemoryStamp(),
  ]);
  return {
    dnsMode,
    customDohUrl,
    customDohGranted,
    approvedServers,
    approvedServerDomains,
    extraAuthservIds,
    siteAuthservIds,
    roundcubeSites: strings(roundcubeSites).filter(isHttpOrigin),
    keepHistory: keepHistory === true,
    trustedGateways,
    trustedForwarders,
    natNetworks,
    organisationDomains,
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

const DNS_MODES: readonly DnsMode[] = ['cloudflare', 'google', 'custom', 'offline'];

function strings(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string') : [];
}

function isHttpOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** A DoH server on this computer (tests, a local dnsmasq) needs no host permission. */
export function isLocalUrl(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/**
 * The custom DoH server is used only when the user granted its host permission (the options page
 * asks when the URL is saved): a URL written by anyone else is not enough.
 */
async function dohPermitted(value: string): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (isLocalUrl(url)) return true;
  try {
    return await browser.permissions.contains({ origins: [`${url.origin}/*`] });
  } catch {
    return false;
  }
}
