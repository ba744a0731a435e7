// The user's settings, stored locally (never synced: approved servers and Roundcube sites are
// about the user's own mail). Versioned items so later migrations have a place to go.
import { storage } from 'wxt/utils/storage';
import { hostKey } from '../dns/name';
import type { WebmailSite } from './messaging';

/** Where DNS questions go: a DoH provider, the user's own DoH URL, or nowhere (offline). */
export type DnsMode = 'cloudflare' | 'google' | 'custom' | 'offline';

export const dnsModeItem = storage.defineItem<DnsMode>('local:dnsMode', {
  fallback: 'cloudflare',
  version: 1,
});
/** DoH JSON endpoint used when dnsMode is 'custom' (e.g. https://dns.example/dns-query). */
export const customDohUrlItem = storage.defineItem<string>('local:customDohUrl', {
  fallback: '',
  version: 1,
});
/** IPs the user recognises ("Approve this server"): not flagged as hosted servers. */
export const approvedServersItem = storage.defineItem<string[]>('local:approvedServers', {
  fallback: [],
  version: 1,
});
/**
 * Mail gateways the user trusts as part of their mail system (Options → "Mail gateways and
 * forwarders you trust", or the popup's question): domains (`mimecast.com`) and networks (CIDR),
 * as lib/relay/gateway-entry.ts writes them. Their domains are trusted ARC sealers too.
 */
export const trustedGatewaysItem = storage.defineItem<string[]>('local:trustedGateways', {
  fallback: [],
  version: 1,
});
/** Forwarders and mailing lists whose ARC seal the user trusts (domains; "Trust <sealer> as a forwarder"). */
export const trustedForwardersItem = storage.defineItem<string[]>('local:trustedForwarders', {
  fallback: [],
  version: 1,
});
/** Extra authserv-ids to trust, besides the ones the webmail adapter supplies (advanced). */
export const extraAuthservIdsItem = storage.defineItem<string[]>('local:extraAuthservIds', {
  fallback: [],
  version: 1,
});
/**
 * Addresses (IP or CIDR) of a NAT or proxy in front of the user's own mail server (advanced): a
 * delivery from one is the entry, with no address to check (AnalyzeOptions.natNetworks). Applied
 * to Roundcube and the inspector, never to the hosted webmails, whose receivers are the provider's.
 */
export const natAddressesItem = storage.defineItem<string[]>('local:natAddresses', {
  fallback: [],
  version: 1,
});
/**
 * The reader's own organisation's domains (Options → "Your organisation"): look-alikes of them, and
 * outsiders named after their desks, are flagged (AnalyzeOptions.recipientDomains; the CLI's
 * --recipient-domain). Outlook on the web's messages name no recipient the engine could read.
 */
export const organisationDomainsItem = storage.defineItem<string[]>('local:organisationDomains', {
  fallback: [],
  version: 1,
});
/** At most this many domains of one's own organisation. */
export const MAX_ORGANISATION_DOMAINS = 10;
/** Inbox badges per webmail. */
export const inboxBadgesItem = storage.defineItem<Record<WebmailSite, boolean>>('local:inboxBadges', {
  fallback: { gmail: true, outlook: true, yahoo: true, roundcube: true },
  version: 1,
});
/** Show a badge on every row, not only suspicious/spoofed ones. */
export const showAllBadgesItem = storage.defineItem<boolean>('local:showAllBadges', {
  fallback: false,
  version: 1,
});
export { roundcubeSitesItem } from './roundcube-sites';
/**
 * authserv-ids trusted on one Roundcube site only, by origin (`https://mail.example.org` →
 * `['mx.example.org']`): a self-hosted server's Authentication-Results say nothing about mail read
 * elsewhere, so its name must not be trusted in Gmail or on another Roundcube.
 */
export const roundcubeAuthservIdsItem = storage.defineItem<Record<string, string[]>>(
  'local:roundcubeAuthservIds',
  { fallback: {}, version: 1 },
);

/** One site's ids in a per-site map: its own entry only (an origin like `__proto__` is just a key). */
export function siteIdsIn(all: Record<string, string[]> | null | undefined, origin: string): string[] {
  return all && Object.hasOwn(all, origin) ? (all[origin] ?? []) : [];
}

/** Stores one site's ids; [] removes its entry. */
export async function setSiteIds(origin: string, ids: string[]): Promise<void> {
  const all = { ...(await roundcubeAuthservIdsItem.getValue()) };
  if (ids.length > 0) all[origin] = ids;
  else delete all[origin];
  await roundcubeAuthservIdsItem.setValue(all);
}
/**
 * Trusts an id on one Roundcube site instead of on every webmail: added to the site first, then
 * taken off the global list, so the site's mail is never judged without it in between.
 */
export async function moveIdToSite(id: string, origin: string): Promise<void> {
  const site = siteIdsIn(await roundcubeAuthservIdsItem.getValue(), origin);
  if (!site.includes(id)) await setSiteIds(origin, [...site, id]);
  const global = (await extraAuthservIdsItem.getValue()) ?? [];
  await extraAuthservIdsItem.setValue(global.filter((g) => hostKey(g) !== id));
}
/** Keep analyses on disk (off by default: only session storage). */
export const keepHistoryItem = storage.defineItem<boolean>('local:keepHistory', {
  fallback: false,
  version: 1,
});

/** Hosting ranges from the providers' official feeds, refreshed on request from the options page. */
export const cloudFeedsItem = storage.defineItem<{
  updatedAt: number;
  ranges: Array<{ cidr: string; label: string }>;
  feeds: Array<{ kind: string; provider: string; ok: boolean; ranges?: number; error?: string }>;
}>('local:cloudFeeds', { fallback: { updatedAt: 0, ranges: [], feeds: [] }, version: 1 });
/**
 * When the feed ranges were last stored (0 = never). Kept apart from the ranges so the worker can
 * tell, once per analysis, whether its classifier is current without reading thousands of ranges.
 */
export const cloudFeedsStampItem = storage.defineItem<number>('local:cloudFeedsStamp', {
  fallback: 0,
  version: 1,
});
