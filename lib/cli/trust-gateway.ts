// --trust-gateway DOMAIN|CIDR (repeatable): the organisation's own inbound gateway, as the options
// page stores it (lib/relay/gateway-entry.ts). Its domains are also trusted ARC sealers.
import type { Classifier } from '../relay/classify';
import {
  gatewaysFromEntries,
  hostingInGatewayNetwork,
  parseGatewayEntry,
  wideGatewayNetwork,
} from '../relay/gateway-entry';
import { hosterZoneEntry } from '../relay/hoster-names';
import { UsageError } from './usage';

export function parseTrustedGateways(values: string[]): { domains: string[]; networks: string[] } | null {
  if (values.length === 0) return null;
  for (const v of values) {
    const parsed = parseGatewayEntry(v);
    if ('error' in parsed) throw new UsageError(`--trust-gateway: ${parsed.error}`);
  }
  return gatewaysFromEntries(values);
}

/**
 * Warnings for trusted networks of more than one address that overlap cloud or hosting space: there a VM any
 * customer rents shares the network, so HeaderLens does not take it for the gateway by the network
 * alone (probe41-trusted-gateway-cloud-16-attacker-vm). A warning, not a refusal: the network
 * still counts for its addresses outside hosting space.
 */
export async function hostedGatewayWarnings(
  networks: readonly string[],
  loadClassifier: () => Promise<Classifier | null>,
): Promise<string[]> {
  const wide = networks.filter(wideGatewayNetwork);
  if (wide.length === 0) return [];
  const classifier = await loadClassifier();
  if (!classifier) return [];
  const out: string[] = [];
  for (const n of wide) {
    const hosting = await hostingInGatewayNetwork(n, classifier);
    if (hosting.length === 0) continue;
    out.push(
      `--trust-gateway ${n} overlaps hosting space (${hosting.join(', ')}) that other customers rent too: a server there is taken for your gateway only when you trust its own address alone (a /32 or /128) or its confirmed reverse name is under a gateway domain you trust; until then, mail it hands over reads suspicious at worst, with the note gateway-network-shared`,
    );
  }
  return out;
}

/**
 * Warnings for trusted domains that are a hoster's reverse-name zone (your-server.de,
 * eu-central-1.compute.amazonaws.com): the hoster names and forward-confirms every tenant's VM
 * there, so inside hosting space HeaderLens takes a server under it for the gateway only by its
 * exact host name (probe52-trusted-gateway-aws-region-zone-attacker-vm-online). A warning, not a
 * refusal: the name of a gateway outside hosting space still counts.
 */
export function hosterZoneGatewayWarnings(domains: readonly string[]): string[] {
  return domains.flatMap((d) => {
    const zone = hosterZoneEntry(d);
    return zone === null
      ? []
      : [
          `--trust-gateway ${d} is ${zone === d ? '' : `under `}${zone}, a hosting provider's naming for every server it rents out: a server there is taken for your gateway only when you trust its exact host name (such as ec2-203-0-113-25.eu-central-1.compute.amazonaws.com) or its own address; until then, mail it hands over reads suspicious at worst, with the note gateway-network-shared`,
        ];
  });
}
