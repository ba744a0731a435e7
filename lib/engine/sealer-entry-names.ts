// Online, the reverse names of the clients Google's and Microsoft's ARC sealers took a forwarded
// message from, where the seal's SPF pass names another address and no address of ours knows the
// client (lib/findings/arc-record.ts unnamedEntryClients). Exchange Online's entry line prints no
// reverse name, and Sophos, Trend Micro, Hornetsecurity and Symantec deliver from cloud addresses
// known by their names only: a forward-confirmed name under the gateway's domain (only its
// operator can make one lead back) lets the walk read the gateway's own lines below (real-mail
// round 198). Never a gateway whose customers administer their own instance (customerRun).
import { unnamedEntryClients } from '../findings/arc-record';
import { recogniseGateway } from '../relay/gateways';
import type { ArcCheck, HeaderField, Hop, Resolver } from '../types';
import { lookupReverseName } from './relay-facts';

export async function withEntryNames(
  arc: ArcCheck,
  headers: readonly HeaderField[],
  hops: readonly Hop[],
  from: string | null,
  sealers: readonly string[],
  resolver: Resolver,
): Promise<ArcCheck> {
  const ips = unnamedEntryClients(headers, hops, from, sealers);
  if (ips.length === 0) return arc;
  const names: Record<string, string> = {};
  await Promise.all(
    ips.map(async (ip) => {
      const { name, confirmed } = await lookupReverseName(ip, null, resolver);
      const gateway = confirmed && name ? recogniseGateway(null, name)?.gateway : undefined;
      if (name && gateway && !gateway.customerRun) names[ip] = name;
    }),
  );
  return Object.keys(names).length > 0 ? { ...arc, entryNames: names } : arc;
}
