// Relay intelligence applied to one message: every hop gets its ASN/organisation, the origin gets
// the hosting/ESP classification and the hosted-server flag. The lookups live in lib/relay/; this
// file only decides which evidence goes in.

import { sameOwner } from '../dns/registrable';
import { normalizeIp } from '../message/ip';
import {
  type Classifier,
  confirmReverseName,
  espFromEvidence,
  isHostedServer,
  scriptRelayName,
} from '../relay/classify';
import { spfBreadth } from '../relay/spf-breadth';
import type {
  AnalyzeOptions,
  DkimCheck,
  DnsLogEntry,
  Hop,
  IpClass,
  Origin,
  Resolver,
  SpfCheck,
} from '../types';

export interface ReverseName {
  name: string | null;
  /** The name's A/AAAA records contain the IP (forward-confirmed reverse DNS). */
  confirmed: boolean;
}

const EMPTY: IpClass = { asn: null, org: null, hosting: null, esp: null };

/**
 * The origin's reverse name: the one the receiver recorded in Received, else a PTR lookup;
 * confirmed by a forward lookup, because anyone controlling reverse DNS for their range can
 * claim `*.amazonses.com`.
 */
export async function lookupReverseName(
  ip: string | null,
  recorded: string | null,
  resolver: Resolver | null,
): Promise<ReverseName> {
  if (!ip || !resolver) return { name: recorded, confirmed: false };
  try {
    return await confirmReverseName(ip, recorded, resolver);
  } catch {
    return { name: recorded, confirmed: false };
  }
}

/**
 * Whether the user approved `ip` for a message from `fromDomain`: an approval made on a message
 * covers mail from the same organisation (private suffixes apart: a neighbour on github.io is
 * another owner), not every domain that server may carry. A shared host or a recycled cloud
 * address can send for anyone whose SPF lists it; the approval vouches for the sender it was
 * given on. An approval without domains is for every message from the IP.
 */
export function approvedFor(ip: string | null, fromDomain: string | null, opts: AnalyzeOptions): boolean {
  if (!ip) return false;
  // One address however it was written: an approval typed as 2001:0db8:0000:…:0025 is the
  // origin's 2001:db8::25 (red-team round 222's genuine partner read suspicious).
  const want = sameAddress(ip);
  const listed = (opts.approvedServers ?? []).find((s) => sameAddress(s) === want);
  if (listed === undefined) return false;
  const domains = opts.approvedServerDomains;
  const key = domains
    ? [listed, ip, ...Object.keys(domains)].find((k) => Object.hasOwn(domains, k) && sameAddress(k) === want)
    : undefined;
  const scope = domains && key !== undefined ? domains[key] : undefined;
  if (!scope || scope.length === 0) return true;
  return !!fromDomain && scope.some((d) => sameOwner(d, fromDomain));
}

function sameAddress(text: string): string {
  return normalizeIp(text) ?? text.trim().toLowerCase();
}

export function relayFacts(input: {
  hops: Hop[];
  originHop: { hopIndex: number | null; ip: string | null; helo: string | null; rdns: string | null };
  opts: AnalyzeOptions;
  reverse: ReverseName;
  spf: SpfCheck;
  dkim: DkimCheck[];
  /** The message's From domain: what an approval is scoped to. */
  fromDomain: string | null;
}): { hops: Hop[]; origin: Origin } {
  const { hops, originHop, opts, reverse, spf, dkim } = input;
  const classify = (ip: string | null): IpClass => (ip && opts.classifyIp?.(ip)) || EMPTY;
  const classified = hops.map((h) => ({ ...h, ...classify(h.ip) }));
  const base = classify(originHop.ip);
  const esp =
    base.esp ??
    espFromEvidence({
      rdns: reverse.name,
      rdnsConfirmed: reverse.confirmed,
      // Anyone can write a Return-Path at amazonses.com: the envelope domain is evidence only
      // when SPF passed for it (the null sender's HELO identity is not an envelope domain).
      envelopeDomain: spf.result === 'pass' && spf.envelopeFrom ? spf.domain : null,
      // The provider's own platform signature (d=hubspotemail.net, pm.mtasv.net) on a dedicated
      // cloud address (real-mail round 29); not a customer's name under it (esp-evidence.ts),
      dkimDomains: dkim.filter((d) => d.result === 'pass').map((d) => d.domain),
      // ...but on a hosting network only beside the author's own envelope: a platform signature
      // replays with the message (probe27).
      hostingNetwork: base.hosting !== null,
      fromDomain: input.fromDomain,
      // ...or beside an envelope whose SPF passed by the same platform's own record (an agency's
      // bounce domain CNAME'd to HubSpot, real-mail round 31).
      spfTerm: spfTermOf(spf),
      // OVH's relays send web-hosting scripts' mail too: its name counts beside the From's own
      // signature only (probe10-shared-spf-ovh-web-hosting-include, real-mail round 51).
      alignedDkim: dkim.some((d) => d.result === 'pass' && d.aligned),
    });
  const approved = approvedFor(originHop.ip, input.fromDomain, opts);
  const cls: IpClass = { ...base, esp };
  // A shared host's relay, known by name, which counted as no ESP without an aligned signature.
  const platformRelay =
    esp === null && reverse.confirmed && reverse.name ? scriptRelayName(reverse.name) : null;
  const origin: Origin = {
    ...cls,
    ip: originHop.ip,
    helo: originHop.helo,
    rdns: reverse.name ?? originHop.rdns,
    hopIndex: originHop.hopIndex,
    approved,
    hostedServer: isHostedServer(cls, approved),
    ...(platformRelay ? { platformRelay } : {}),
  };
  if (originHop.hopIndex !== null) {
    const hop = classified[originHop.hopIndex];
    if (hop) classified[originHop.hopIndex] = { ...hop, esp };
  }
  return { hops: classified, origin };
}

/**
 * The SPF term that matched for the envelope and the domain whose record holds it (the innermost
 * of the include path), or null: no pass, the null sender's HELO identity, no known term.
 */
function spfTermOf(spf: SpfCheck): { record: string; mechanism: string } | null {
  if (spf.result !== 'pass' || !spf.envelopeFrom || typeof spf.mechanism !== 'string') return null;
  const path = Array.isArray(spf.includePath) ? spf.includePath : [];
  const record = path.length > 0 ? path[path.length - 1] : spf.domain;
  return typeof record === 'string' && record !== '' ? { record, mechanism: spf.mechanism } : null;
}

/**
 * How much address space the SPF term that matched authorises, and whose (broad-spf finding).
 * Needs the full classifier (its range tables), not just a classify function.
 */
export function withSpfBreadth(
  spf: SpfCheck,
  dns: DnsLogEntry[],
  classify: AnalyzeOptions['classifyIp'],
): SpfCheck {
  if (spf.result !== 'pass' || !classify || !('hostingRanges' in classify)) return spf;
  return { ...spf, breadth: spfBreadth(spf, dns, classify as Classifier) };
}
