// --trust-gateway DOMAIN|CIDR (repeatable): the organisation's own inbound gateway, as the options
// page stores it (lib/relay/gateway-entry.ts). Its domains are also trusted ARC sealers.
import type { Classifier } from '../relay/classify';
import {
  gatewaysFromEntries,
  hostingInGatewayNetwork,
  parseGatewayEntry,
  wideGatewayNetwork,
} from '../relay/gateway-entry';
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
