// --trust-gateway DOMAIN|CIDR (repeatable): the organisation's own inbound gateway, as the options
// page stores it (lib/relay/gateway-entry.ts). Its domains are also trusted ARC sealers.
import { gatewaysFromEntries, parseGatewayEntry } from '../relay/gateway-entry';
import { UsageError } from './usage';

export function parseTrustedGateways(values: string[]): { domains: string[]; networks: string[] } | null {
  if (values.length === 0) return null;
  for (const v of values) {
    const parsed = parseGatewayEntry(v);
    if ('error' in parsed) throw new UsageError(`--trust-gateway: ${parsed.error}`);
  }
  return gatewaysFromEntries(values);
}
