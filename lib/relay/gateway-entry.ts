// One entry of the user's "Mail gateways and forwarders you trust": a domain (a gateway's host
// names and ARC `d=`, e.g. `mimecast.com`) or a network (CIDR, the addresses it connects from).
// The same check for the options page, the worker (the popup's one-click answers reach it as
// messages whose text came from a header) and the CLI's --trust-gateway.
import { hostLikeAuthservId } from '../auth/site-trust';
import { t } from '../i18n';
import { formatIp, parseCidr } from './address';

export type GatewayEntry = { kind: 'domain'; value: string } | { kind: 'network'; value: string };

/**
 * Networks wider than this would make a whole provider's customers (or the whole Internet, with
 * 0.0.0.0/0) "your gateway", and the origin walk would then follow the sender's own Received lines.
 */
const WIDEST = { 4: 16, 6: 32 } as const;

export function parseGatewayEntry(input: string): GatewayEntry | { error: string } {
  const text = String(input).trim();
  if (!text) return { error: t('options_gateways_error_empty') };
  if (/^[0-9a-f:.]+(\/\d{1,3})?$/i.test(text) && /[:]|^\d{1,3}(\.\d{1,3}){3}(\/|$)/.test(text)) {
    const cidr = parseCidr(text);
    if (!cidr) return { error: t('options_gateways_error_network', { text: text.slice(0, 60) }) };
    if (cidr.bits < WIDEST[cidr.v])
      return {
        error: t('options_gateways_error_too_wide', { bits: cidr.bits, widest: WIDEST[cidr.v] }),
      };
    const first = cidr.v === 4 ? formatIp({ v: 4, n: cidr.first }) : formatIp({ v: 6, w: cidr.first });
    return { kind: 'network', value: `${first}/${cidr.bits}` };
  }
  const domain = hostLikeAuthservId(text.replace(/^\*\./, ''));
  if (!domain || !domain.includes('.') || domain.startsWith('.') || domain.length > 253)
    return { error: t('options_gateways_error_domain', { text: text.slice(0, 60) }) };
  return { kind: 'domain', value: domain };
}

/** Entries split for AnalyzeOptions.trustedGateways; malformed ones (storage is untyped) dropped. */
export function gatewaysFromEntries(entries: readonly unknown[]): { domains: string[]; networks: string[] } {
  const domains: string[] = [];
  const networks: string[] = [];
  for (const e of entries) {
    if (typeof e !== 'string') continue;
    const parsed = parseGatewayEntry(e);
    if ('error' in parsed) continue;
    (parsed.kind === 'domain' ? domains : networks).push(parsed.value);
  }
  return { domains: [...new Set(domains)], networks: [...new Set(networks)] };
}
