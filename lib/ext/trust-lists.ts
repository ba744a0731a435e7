// The user's trust decisions about gateways and forwarders, as the worker writes them for the
// popup's one-click answers. The text comes from a header (a gateway's name, an ARC sealer's d=),
// so it is checked here again whatever the page that sent it checked: only a domain or a CIDR
// (lib/relay/gateway-entry.ts) is ever stored.
import { parseGatewayEntry } from '../relay/gateway-entry';
import { trustedForwardersItem, trustedGatewaysItem } from './settings';

export type TrustListResult = { ok: true; value: string } | { ok: false; error: string };

async function setIn(item: typeof trustedGatewaysItem, value: string, trusted: boolean): Promise<void> {
  const list = (await item.getValue()) ?? [];
  const next = trusted ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  await item.setValue(next);
}

export async function setGatewayTrust(entry: unknown, trusted: unknown): Promise<TrustListResult> {
  const parsed = parseGatewayEntry(typeof entry === 'string' ? entry : '');
  if ('error' in parsed) return { ok: false, error: parsed.error };
  await setIn(trustedGatewaysItem, parsed.value, trusted === true);
  return { ok: true, value: parsed.value };
}

export async function setForwarderTrust(domain: unknown, trusted: unknown): Promise<TrustListResult> {
  const parsed = parseGatewayEntry(typeof domain === 'string' ? domain : '');
  if ('error' in parsed) return { ok: false, error: parsed.error };
  if (parsed.kind !== 'domain')
    return { ok: false, error: 'A forwarder is trusted by its ARC domain, not a network.' };
  await setIn(trustedForwardersItem, parsed.value, trusted === true);
  return { ok: true, value: parsed.value };
}
