// One entry of the user's "Mail gateways and forwarders you trust": a domain (a gateway's host
// names and ARC `d=`, e.g. `mimecast.com`) or a network (CIDR, the addresses it connects from).
// The same check for the options page, the worker (the popup's one-click answers reach it as
// messages whose text came from a header) and the CLI's --trust-gateway.
import { hostLikeAuthservId } from '../auth/site-trust';
import { t } from '../i18n';
import { bigIntFromWords, formatIp, parseCidr } from './address';
import type { Classifier } from './classify';
import { forEachSegment } from './tables';

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

/**
 * A trusted network of more than one address inside a cloud or hosting provider's space is one
 * other customers rent in too: HeaderLens then trusts a hop there only by a single-address entry
 * or a forward-confirmed gateway name (lib/engine/gateways.ts hostedGatewayHops,
 * probe41-trusted-gateway-cloud-16-attacker-vm), and says so when such a network is added. The
 * same line for a /29 as for a /16: a VM's address at a cloud is drawn from a shared pool, and
 * an entry HeaderLens would quietly not honour must be named when it is added.
 */
const SINGLE_ADDRESS = { 4: 32, 6: 128 } as const;

/** A network entry of more than one address: worth the hosting warning. */
export function wideGatewayNetwork(value: string): boolean {
  const cidr = parseCidr(String(value).trim());
  return cidr !== null && cidr.bits < SINGLE_ADDRESS[cidr.v];
}

/**
 * The hosting providers (at most three, largest share first) whose space a trusted network of
 * more than one address overlaps, by the classifier's ASN tables and feed ranges, less the ESPs'
 * published ranges; [] for a single address, a domain, or no overlap.
 */
export async function hostingInGatewayNetwork(value: string, classifier: Classifier): Promise<string[]> {
  if (!wideGatewayNetwork(value)) return [];
  const cidr = parseCidr(String(value).trim())!;
  const first = cidr.v === 4 ? BigInt(cidr.first) : bigIntFromWords(cidr.first);
  const last = cidr.v === 4 ? BigInt(cidr.last) : bigIntFromWords(cidr.last);
  await classifier.prepare([], [{ v: cidr.v, first, last }]);
  const share = new Map<string, bigint>();
  const family = cidr.v === 4 ? 'v4' : 'v6';
  /** Hosting addresses in [lo, hi], by the ASN tables and the feed ranges, counted `sign` times. */
  const scan = (lo: bigint, hi: bigint, sign: 1n | -1n) => {
    const add = (name: string, from: bigint, to: bigint) => {
      const f = from > lo ? from : lo;
      const t = to < hi ? to : hi;
      if (f <= t) share.set(name, (share.get(name) ?? 0n) + sign * (t - f + 1n));
    };
    if (classifier.tables) {
      forEachSegment(classifier.tables, cidr.v, lo, hi, (from, to, idx) => {
        const provider = idx < 0 ? null : classifier.hostingOfAsnIndex(idx);
        if (provider) add(provider, from, to);
      });
    }
    for (const seg of classifier.hostingRanges.segments[family]) add(seg.label, seg.first, seg.last);
  };
  scan(first, last, 1n);
  // An ESP's published range is never hosting, as for a hop (classifyIp): Barracuda's
  // 209.222.82.0/24 is announced by Amazon, yet it is Barracuda's gateway.
  for (const esp of classifier.espRanges.segments[family]) {
    const from = esp.first > first ? esp.first : first;
    const to = esp.last < last ? esp.last : last;
    if (from <= to) scan(from, to, -1n);
  }
  return [...share]
    .filter(([, n]) => n > 0n)
    .sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0))
    .slice(0, 3)
    .map(([name]) => name);
}
