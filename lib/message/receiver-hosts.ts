// The receiver's own hosts and networks, as the origin walk (lib/message/origin.ts) and the
// Authentication-Results trust (lib/auth/authresults.ts) name them.

import { hostKey } from '../dns/name';
import { registrableDomain, userZoneOf } from '../dns/registrable';
import { hosterZoneOf } from '../relay/hoster-names';
import { remember } from '../remember';
import type { Hop } from '../types';
import { type IpRange, ipInRanges, isInternalIp, parseCidr } from './ip';

/** The CIDRs that parse (an option's bad entry is the Options page's to refuse, not the walk's). */
export function cidrRanges(cidrs: readonly string[] | undefined): IpRange[] {
  return (cidrs ?? []).map((c) => parseCidr(c)).filter((r): r is IpRange => r !== null);
}

/** Rule 1: a hop's sending IP is internal (private, loopback…) or inside the receiver's networks. */
export function internalTest(receiverNetworks: readonly string[] | undefined): (hop: Hop) => boolean {
  const networks = cidrRanges(receiverNetworks);
  return (hop) => hop.ip !== null && (isInternalIp(hop.ip) || ipInRanges(hop.ip, networks));
}

/** The trusted ids and their registrable domains, lower-case. */
export function receiverDomains(ids: string[]): string[] {
  const out = new Set<string>();
  for (const raw of ids) for (const d of domainsOfId(raw)) out.add(d);
  return [...out];
}

/**
 * One trusted id's receiver domains: the id and its registrable domain. Remembered: the origin
 * walk and the Authentication-Results trust ask for the same ids several times per message.
 */
const domainsOfId = remember((raw: string): readonly string[] => {
  // `*.suffix` (a family of authserv-ids, see lib/auth/authresults.ts) names the suffix's hosts.
  const id = hostKey(raw).replace(/^\*\./, '');
  if (!id) return [];
  // A hoster's default name (vmi1834562.contaboserver.net) names that one VM: the hoster's zone is
  // every tenant's, and a dynamic-DNS user's zone (you.duckdns.org) is not the provider's, whose
  // other users' names lead back too (red-team round 127: a co-tenant's VPS, an attacker's IPv6
  // tunnel named under duckdns.org, taken for the receiver's own hosts).
  if (hosterZoneOf(id) !== null) return [id];
  // The PSL's private section and the zones whose holders are owners (userZoneOf) answer alike.
  const registrable = registrableDomain(id, { privateSuffixes: true });
  return registrable ? [id, registrable] : [id];
});

/**
 * Whether `name` lies in a zone where anyone may take a name of his own: a shared zone above
 * (SHARED_NAME_ZONES, an Azure region's labels) or a suffix of the PSL's private section
 * (cloudapp.net, elasticbeanstalk.com, duckdns.org…). A name there that a firm lets go is
 * re-claimed by whoever asks for it next.
 */
export function inOpenZone(name: string): boolean {
  return openZoneUser(name) !== undefined;
}

/**
 * For a name in a zone where anyone may take a name of his own (inOpenZone): the zone its user
 * holds (`vm1.westeurope.cloudapp.azure.com`, `alice.github.io`), null for the shared zone itself;
 * undefined for a name in no such zone.
 */
export function openZoneUser(name: string): string | null | undefined {
  const host = hostKey(name);
  const shared = userZoneOf(host);
  if (shared !== undefined) return shared;
  const own = registrableDomain(host, { privateSuffixes: true });
  return own !== null && own !== registrableDomain(host) ? own : undefined;
}

/** True when a Received `by` host belongs to one of the receiver domains. */
export function isReceiverHost(by: string | null, domains: string[]): boolean {
  if (!by) return false;
  const host = by.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
