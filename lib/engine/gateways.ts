// Mail gateways in one analysis: the user's trusted ones (AnalyzeOptions.trustedGateways) become
// part of the receiver (origin walk, their own Authentication-Results, their ARC seal), and a
// well-known one at the entry hop that the user has not trusted is described for the popup's
// question (lib/relay/gateways.ts says why none is trusted by default).
import { sealersInHeaders } from '../auth/arc-strict';
import { providerResults } from '../auth/authresults';
import { alignDomains } from '../auth/dmarc';
import {
  arcSetHeaders,
  gatewayAuthResults,
  orgOf,
  recordedDmarc,
  sealedAfterGateway,
  sealedGatewayResults,
} from '../auth/gateway-results';
import { hostLikeAuthservId } from '../auth/site-trust';
import { sameOwner } from '../dns/registrable';
import { parseReturnPath } from '../message/addresses';
import { ipInRanges, parseCidr } from '../message/ip';
import type { OriginHints, OriginHop } from '../message/origin';
import { isReceiverHost } from '../message/receiver-hosts';
import { isHostedServer, prepareClassifier } from '../relay/classify';
import { hostUnder, KNOWN_GATEWAYS, recogniseGateway } from '../relay/gateways';
import { hosterGeneratedName } from '../relay/hoster-names';
import type {
  AnalyzeOptions,
  AuthResultsHeader,
  GatewayInfo,
  HeaderField,
  Hop,
  IpClass,
  ProviderResults,
} from '../types';
import type { ReverseName } from './relay-facts';

/** The user's gateways as origin hints: well-formed domains (lower case, no `*.`) and CIDRs only. */
export function trustedGatewayHints(
  trusted: AnalyzeOptions['trustedGateways'],
): Pick<OriginHints, 'gatewayDomains' | 'gatewayNetworks'> {
  // None trusted (most readers, and every attached original): no list to scan for siblings.
  if (!trusted?.domains?.length && !trusted?.networks?.length)
    return { gatewayDomains: [], gatewayNetworks: [] };
  const domains = (trusted?.domains ?? [])
    .map((d) => hostLikeAuthservId(String(d).replace(/^\s*\*\./, '')))
    .filter((d): d is string => d !== null && d.includes('.'));
  const networks = (trusted?.networks ?? []).filter((c) => typeof c === 'string' && parseCidr(c) !== null);
  // A well-known gateway trusted by one of its domains is trusted by all of them where they name one
  // service: Hornetsecurity's relay is named under antispameurope.com, the line it writes under
  // hornetsecurity.com, and the popup offers the relay's (probe141-gmail-hornetsecurity-trusted-as-
  // offered-supplier-control). Not one vendor's two products: Proofpoint Essentials (ppe-hosted.com)
  // is a supplier's outbound relay to a reader behind Proofpoint on Demand (pphosted.com:
  // probe142-outlook-trusted-pphosted-supplier-essentials-outbound).
  const siblings =
    domains.length === 0
      ? []
      : KNOWN_GATEWAYS.flatMap((g) =>
          g.oneService === true && g.domains.some((k) => domains.includes(k)) ? g.domains : [],
        );
  return {
    gatewayDomains: [...new Set([...domains, ...siblings])],
    gatewayNetworks: [...new Set(networks)],
  };
}

/**
 * The hops whose sending IP is in a trusted gateway network of more than one address and that the
 * classifier calls a hosted server (hosting, not an ESP): for those the network match alone is not
 * the gateway (lib/message/origin.ts gatewayTest). A reader trusting its filter VM's cloud /16
 * (3.120.0.0/16, AWS eu-central-1) shares it with every tenant who rents a VM there
 * (probe41-trusted-gateway-cloud-16-attacker-vm); a single-address entry is that very VM, and a
 * gateway on its own network (Mimecast's, Barracuda's: ESP, not hosting) is unaffected.
 */
export async function hostedGatewayHops(
  hops: Hop[],
  networks: readonly string[] | undefined,
  classify: ((ip: string) => IpClass | null) | undefined,
): Promise<Set<number>> {
  const ranges = (networks ?? []).map((c) => parseCidr(c)).filter((r) => r !== null);
  if (!classify || ranges.length === 0) return new Set();
  const single = ranges.filter((r) => r.bits === (r.v === 4 ? 32 : 128));
  const wider = ranges.filter((r) => r.bits !== (r.v === 4 ? 32 : 128));
  const candidates = hops
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => h.ip !== null && ipInRanges(h.ip, wider) && !ipInRanges(h.ip, single));
  return hostedOf(candidates, classify);
}

/** Of `candidates`, the hops whose address the classifier calls a hosted server (hosting, not an ESP). */
export async function hostedOf(
  candidates: ReadonlyArray<{ h: Hop; i: number }>,
  classify: (ip: string) => IpClass | null,
): Promise<Set<number>> {
  const out = new Set<number>();
  if (candidates.length === 0) return out;
  await prepareClassifier(
    classify,
    candidates.map(({ h }) => h.ip),
  );
  for (const { h, i } of candidates) if (isHostedServer(classify(h.ip!), false)) out.add(i);
  return out;
}

/**
 * The hops a trusted gateway domain would name only by a hoster's default reverse name: the hop's
 * name (printed, or its PTR in `looked`) lies under a trusted domain entry without being that very
 * entry, it is hoster-generated (lib/relay/hoster-names.ts: a hoster's zone, or the address's octets
 * in it) and the classifier calls the address a hosted server. Such a name leads back for every
 * tenant of the hoster: an attacker's EC2 VM named ec2-….eu-central-1.compute.amazonaws.com under
 * the reader's trusted `eu-central-1.compute.amazonaws.com` (probe52-trusted-gateway-aws-region-zone-
 * attacker-vm-online). A filter named under the reader's own domain (rw42 `reader-it.example`), one
 * trusted by its exact name, and a gateway on its own network (ESP, not hosting) are unaffected.
 */
export async function hostedGatewayNameHops(
  hops: Hop[],
  domains: readonly string[] | undefined,
  classify: ((ip: string) => IpClass | null) | undefined,
  looked?: ReadonlyMap<number, string>,
): Promise<Set<number>> {
  const entries = (domains ?? []).map((d) => d.toLowerCase());
  if (!classify || entries.length === 0) return new Set();
  const candidates = hops
    .map((h, i) => ({ h, i, name: (h.rdns ?? looked?.get(i) ?? null)?.toLowerCase().replace(/\.$/, '') }))
    .filter(
      (c): c is { h: Hop; i: number; name: string } =>
        c.h.ip !== null &&
        !!c.name &&
        !entries.includes(c.name) &&
        isReceiverHost(c.name, entries) &&
        hosterGeneratedName(c.name, c.h.ip),
    );
  return hostedOf(candidates, classify);
}

/**
 * The trusted domain entry a not-honoured hop's hoster-generated name lies under (its `hosted`
 * set: hostedGatewayNameHops), when a Received line below it records a hand-off a gateway makes:
 * the reader's filter VM under its hoster's default name, or any tenant of that hoster. As for a
 * shared network (sharedGatewayNetwork), SPF at its address does not show a forgery.
 */
export function sharedGatewayDomain(
  hops: Hop[],
  hopIndex: number | null,
  hosted: ReadonlySet<number> | undefined,
  domains: readonly string[] | undefined,
  looked?: ReadonlyMap<number, string>,
): string | null {
  if (hopIndex === null || !hosted?.has(hopIndex) || hops.length <= hopIndex + 1) return null;
  const name = hops[hopIndex]?.rdns ?? looked?.get(hopIndex) ?? null;
  if (!name) return null;
  return (domains ?? []).find((d) => isReceiverHost(name, [d.toLowerCase()])) ?? null;
}

/**
 * The trusted network of more than one address that `hopIndex`'s hop sits in, when that hop is in
 * `hosted` (hostedGatewayHops: hosting space, not honoured as the gateway) and a Received line below
 * it records the hand-off a gateway makes: the user's filter VM on a cloud /16 (rw42), or a tenant
 * of that /16 with a line of its own writing (probe41). Nothing below: the VM sent the message
 * itself, and the sender's SPF is about it (probe41-trusted-gateway-cloud-16-attacker-vm-nothing-below).
 */
export function sharedGatewayNetwork(
  hops: Hop[],
  hopIndex: number | null,
  hosted: ReadonlySet<number> | undefined,
  networks: readonly string[] | undefined,
): string | null {
  if (hopIndex === null || !hosted?.has(hopIndex) || hops.length <= hopIndex + 1) return null;
  const ip = hops[hopIndex]?.ip;
  if (!ip) return null;
  for (const c of networks ?? []) {
    const r = parseCidr(c);
    if (r && r.bits !== (r.v === 4 ? 32 : 128) && ipInRanges(ip, [r])) return c;
  }
  return null;
}

/** A trusted gateway's own results, placed between the receiver's entry hop and the origin hop. */
export function trustedGatewayResults(
  headers: HeaderField[],
  hops: Hop[],
  originHop: OriginHop,
  hints: Pick<OriginHints, 'gatewayDomains'>,
): AuthResultsHeader[] {
  const entry = originHop.gatewayHops?.[0];
  if (entry === undefined || originHop.hopIndex === null) return [];
  const all = gatewayAuthResults({
    headers,
    hops,
    entry,
    sender: originHop.hopIndex,
    domains: hints.gatewayDomains ?? [],
    trusted: true,
  });
  // Behind two trusted gateways (Mimecast, then Barracuda) the one that took the message from the
  // sender speaks for it; the other's record is of the first one's connection
  // (realworld142-outlook-mimecast-then-barracuda-both-trusted).
  const by = hops[originHop.hopIndex]?.by;
  const first = by ? orgOf(by) : null;
  const own = first ? all.filter((h) => orgOf(h.authservId) === first) : [];
  return own.length > 0 && own.length < all.length ? own : all;
}

/**
 * Adds the trusted gateway's sealed ARC-Authentication-Results when the gateway sits at the entry
 * hop and wrote no placed header of its own. `intact`: the chain's sealers when it validated
 * (our check online; offline, the provider's `arc=pass`, then read from the headers).
 */
export function withSealedGatewayResults(
  all: AuthResultsHeader[],
  input: {
    headers: HeaderField[];
    originHop: OriginHop;
    hints: Pick<OriginHints, 'gatewayDomains'>;
    intact: string[] | 'from-headers' | null;
  },
): AuthResultsHeader[] {
  const { headers, originHop, hints, intact } = input;
  if (!originHop.gatewayHops?.length || !intact || all.some((h) => h.gateway && h.trusted)) return all;
  const sealers = intact === 'from-headers' ? sealersInHeaders(headers) : intact;
  // Its seal of what it handed on sits above the Received line below its own line about the origin.
  if (originHop.hopIndex === null) return all;
  const line = receivedAt(headers, originHop.hopIndex + 1) ?? Number.POSITIVE_INFINITY;
  return mergeGatewayResults(all, sealedGatewayResults(headers, sealers, hints.gatewayDomains ?? [], line));
}

/**
 * Whether a trusted gateway's newest ARC seal was made when it took the message at the reader's
 * entry: it sits above the Received line below the gateway's own line about the origin (a milter
 * such as OpenARC or rspamd writes its set just below its MTA's Received line). Only then does its seal
 * count as a trusted forwarder's (lib/analyze.ts): a seal of the same service below that line is
 * another account's (red-team round 142, probe142-gmail-trusted-mimecast-launder-m365-disclaimer).
 */
export function gatewaySealedAtEntry(
  headers: HeaderField[],
  originHop: Pick<OriginHop, 'hopIndex'>,
  domains: readonly string[],
): boolean {
  if (originHop.hopIndex === null) return false;
  const line = receivedAt(headers, originHop.hopIndex + 1) ?? Number.POSITIVE_INFINITY;
  const sealers = sealersInHeaders(headers);
  const mine = (d: string) => domains.some((k) => hostUnder(d, k));
  for (let i = sealers.length; i >= 1; i--) {
    if (!mine(sealers[i - 1]!)) continue;
    const seal = arcSetHeaders(headers, 'arc-seal', i)[0];
    return seal !== undefined && seal.index < line;
  }
  return false;
}

/** The header index of the `hop`-th Received line (0 = topmost), or undefined. */
function receivedAt(headers: HeaderField[], hop: number): number | undefined {
  let k = 0;
  for (const h of headers) {
    if (h.key !== 'received') continue;
    if (k === hop) return h.index;
    k++;
  }
  return undefined;
}

/** All A-R headers in header order, with the gateway's in place of (or beside) the parsed ones. */
export function mergeGatewayResults(
  all: AuthResultsHeader[],
  gateway: AuthResultsHeader[],
): AuthResultsHeader[] {
  if (gateway.length === 0) return all;
  const byIndex = new Map(gateway.map((g) => [g.index, g]));
  const kept = all.map((h) => byIndex.get(h.index) ?? h);
  const extra = gateway.filter((g) => !all.some((h) => h.index === g.index));
  return [...kept, ...extra].sort((a, b) => a.index - b.index);
}

/**
 * What the provider concluded, read gateway first: behind a trusted gateway the provider's own
 * SPF/DKIM/DMARC were about the gateway's connection, so the gateway's record of the sender
 * answers those; the provider's ARC result and lines are kept beside it.
 */
export function providerWithGateway(
  all: AuthResultsHeader[],
  /** The From domain: a result whose header.from names another domain does not count. */
  fromDomain?: string | null,
): ProviderResults | null {
  const receiver = providerResults(
    all.filter((h) => !h.gateway),
    fromDomain,
  );
  // A header the client's HELO wrote into (gatewayAuthResults marks it malformed) is no record of
  // the gateway's: with its passes dropped it would only hide the receiver's word
  // (probe51-trusted-gateway-policyd-spf-helo-injects-dmarc-pass-offline, behind a filter named
  // under the reader's own domain once findOrigin records it as the gateway).
  const gateway = providerResults(
    all.filter((h) => h.gateway && h.trusted && !h.malformed),
    fromDomain,
  );
  if (!gateway) return receiver;
  // The gateway recorded neither DKIM nor DMARC (policyd-spf writes SPF alone): the receiver's DMARC
  // pass on a DKIM pass aligned with From stands, with those rows. A signature is checked on the
  // message, not on the connection, so the gateway's address does not bear on it; a gateway that
  // changed the message makes it fail, never pass
  // (probe51-trusted-gateway-policyd-spf-bank-signed-control-offline).
  const signedPass =
    gateway.dmarc === null &&
    gateway.dkim.length === 0 &&
    !!fromDomain &&
    receiver?.dmarc?.result === 'pass' &&
    receiver.dkim.some((d) => d.result === 'pass' && !!d.domain && alignDomains(fromDomain, d.domain, 'r'));
  return {
    ...gateway,
    ...(signedPass && receiver ? { dkim: receiver.dkim, dmarc: receiver.dmarc } : {}),
    arc: gateway.arc ?? receiver?.arc ?? null,
    lines: [...gateway.lines, ...(receiver?.lines ?? [])],
  };
}

/** The envelope sender the trusted gateway recorded (the sender's MAIL FROM, before any rewriting). */
export function gatewayMailFrom(all: AuthResultsHeader[]): string | null {
  for (const h of all) {
    if (!h.gateway || !h.trusted) continue;
    const v = h.results.find((r) => r.method === 'spf')?.props['smtp.mailfrom'];
    if (v) return v;
  }
  return null;
}

/**
 * The gateway at the entry hop, if any: the trusted one the walk went below, or else a well-known
 * one recognised by its published range or forward-confirmed reverse name (`reverse`, the
 * origin's), whose own results are read (not counted) between the entry hop and the hop below.
 */
export function describeGateway(input: {
  headers: HeaderField[];
  hops: Hop[];
  originHop: OriginHop;
  reverse: ReverseName;
  results: AuthResultsHeader[];
  fromDomain: string | null;
  /** Sealers of the ARC chain when it validated (i=1..n), else []. */
  intact: string[];
}): GatewayInfo | null {
  const { headers, hops, originHop, reverse, results, fromDomain, intact } = input;
  const gatewayHops = originHop.gatewayHops ?? [];
  if (gatewayHops.length > 0) {
    const entry = hops[gatewayHops[0]!]!;
    const lines = results.filter((h) => h.gateway && h.trusted);
    return {
      trusted: true,
      name: recogniseGateway(entry.ip, entry.rdns)?.gateway.name ?? null,
      ip: entry.ip,
      host: entry.rdns,
      hopIndexes: gatewayHops,
      offer: null,
      resultsLines: lines.map((h) => h.line),
      recordedDmarc: recordedDmarc(lines, fromDomain),
    };
  }
  const entryIndex = originHop.hopIndex;
  if (entryIndex === null) return null;
  const match = recogniseGateway(originHop.ip, reverse.confirmed ? reverse.name : null);
  if (!match) return null;
  const below = hops.findIndex((h, j) => j > entryIndex && h.ip !== null && !h.internal);
  const placed =
    below === -1
      ? []
      : gatewayAuthResults({
          headers,
          hops,
          entry: entryIndex,
          sender: below,
          domains: match.gateway.domains,
          trusted: false,
        });
  // Its seal proves the record is its own wherever it sits (read, not counted: untrusted). Neither
  // counts where a stranger sealed the message after the gateway's own seal: the record is then
  // about the message before the stranger had it (probe141-gmail-mimecast-outbound-arc-newer-seal).
  const own = sealedAfterGateway(
    intact.length > 0 ? intact : sealersInHeaders(headers),
    match.gateway.sealers.length > 0 ? match.gateway.sealers : match.gateway.domains,
  )
    ? []
    : placed.length > 0
      ? placed
      : sealedGatewayResults(
          headers,
          intact,
          match.gateway.sealers,
          // Above the Received line below the gateway's own line about the host it took the message from.
          below === -1
            ? Number.POSITIVE_INFINITY
            : (receivedAt(headers, below + 1) ?? Number.POSITIVE_INFINITY),
        ).map((h) => ({ ...h, trusted: false }));
  const about = ofThisEnvelope(own, headers);
  return {
    trusted: false,
    name: match.gateway.name,
    ip: originHop.ip,
    host: reverse.confirmed ? reverse.name : null,
    hopIndexes: [entryIndex],
    offer: 'domain' in match.by ? match.by.domain : match.by.network,
    resultsLines: about.map((h) => h.line),
    recordedDmarc: recordedDmarc(about, fromDomain),
  };
}

/**
 * The records of an untrusted gateway about the message it handed over: an inbound gateway
 * passes the sender's envelope on unchanged, so a record whose SPF check names another envelope
 * organisation than the one delivered (the Return-Path the receiver wrote at the top) was made
 * about another hand-off: the attacker's own gateway tenant sealing the bank's notice as it came
 * in, then sending it out under his own envelope (red-team round 152), or a null one (round 153). A
 * record naming no envelope, or a message without a readable Return-Path, keeps its records.
 */
function ofThisEnvelope(records: AuthResultsHeader[], headers: HeaderField[]): AuthResultsHeader[] {
  const rp = headers.find((h) => h.key === 'return-path');
  if (!rp) return records;
  const delivered = parseReturnPath(rp.rawValue);
  const at = delivered.lastIndexOf('@');
  // A null reverse path (`<>`) delivered: a record naming an envelope was about another hand-off
  // (red-team round 153). An unreadable one keeps the records.
  if (at === -1 && delivered !== '') return records;
  const envelope = at === -1 ? null : delivered.slice(at + 1);
  return records.filter((h) => {
    const mailfrom = h.results.find((r) => r.method === 'spf')?.props['smtp.mailfrom'] ?? '';
    const domain = mailfrom.slice(mailfrom.lastIndexOf('@') + 1);
    return !domain || (envelope !== null && sameOwner(domain, envelope));
  });
}
