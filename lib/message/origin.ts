// Which hop handed the message to the receiving provider? That IP is what SPF checks and what
// relay intelligence classifies, so picking a hop inside the receiver (or a forged lower hop)
// would judge the wrong server.

import { getDomain } from 'tldts';
import { hostKey } from '../dns/name';
import type { Hop } from '../types';
import { type IpRange, ipInRanges, isInternalIp, parseCidr } from './ip';
import { exchangeOnlineEntry } from './origin-exchange';

export interface OriginHints {
  /** CIDRs of the receiving provider's networks (IPv4 or IPv6). */
  receiverNetworks?: string[];
  /** authserv-ids of the receiving provider (RFC 8601 §2.5), e.g. `mx.google.com`. */
  trustedAuthservIds?: string[];
  /**
   * The receiver never hands mail on between its own public addresses in its Received headers
   * (Gmail, Yahoo): its topmost hop with a public sending IP is where the message entered.
   */
  singleEntryHop?: boolean;
  /**
   * Hops (by index) whose recorded reverse name is known not to lead back to their IP: the walk
   * does not go down past them (lib/engine/origin-walk.ts looks the names up).
   */
  unconfirmedHandOffs?: ReadonlySet<number>;
  /**
   * The receiver's own entry rule, from its webmail profile (lib/webmail/profiles.ts).
   * `exchange-online`: the hop received by an EOP inbound frontend, reached over Microsoft's
   * internal hops only (lib/message/origin-exchange.ts), is the entry; when the chain shows none,
   * the rules below apply.
   */
  entryRule?: 'exchange-online';
}

/** The walk asks DNS about at most this many hand-offs; past them it stops. */
export const MAX_HAND_OFFS = 8;

export interface OriginHop {
  hopIndex: number | null;
  ip: string | null;
  helo: string | null;
  rdns: string | null;
  /** The whole chain is the receiver's own (Exchange Online's entry rule): no sender to judge. */
  insideReceiver?: boolean;
}

/**
 * The rule, in order:
 * 1. A hop is internal when its sending IP is private (RFC 1918), loopback, link-local, CGNAT
 *    (RFC 6598), unique-local (RFC 4193), unspecified, or inside `receiverNetworks`.
 *    Documentation ranges (RFC 5737, RFC 3849) count as public: fixtures use them as senders.
 * 2. With trusted authserv-ids: a hop belongs to the receiver when its `by` host is an id, ends
 *    with `.<id>`, or shares the id's registrable domain (`mx.google.com` → `google.com`).
 *    Walking down from the top, skipping hops without a sending IP (local hand-offs such as
 *    Gmail's `by 2002:…`) and internal hops, the first hop received by the receiver is a
 *    candidate. The walk goes on to the next hop only while the candidate's sending side is the
 *    receiver's own host by its reverse name (a gateway handing on to a mail store over public
 *    addresses; MTAs such as Postfix and Exim print that name only when it is forward-confirmed,
 *    others print whatever PTR the client set, so online the name must also lead back to the IP:
 *    `unconfirmedHandOffs`), and never for a `singleEntryHop` receiver. The sender writes
 *    everything below the real entry hop, `by mx.google.com` claims included: following such
 *    hops down would let it pick the IP that SPF checks.
 * 2a. Before 2, with `entryRule: 'exchange-online'` (the Outlook profile): the Exchange Online
 *    entry hop (lib/message/origin-exchange.ts), when the chain shows one; no origin at all, and
 *    `insideReceiver`, when every hop is Exchange Online's own (mail within the organisation).
 * 3. Otherwise (no hints, or no hop matched them): the topmost hop whose sending IP is not
 *    internal.
 * A line that cannot be read unambiguously (`hop.unreadable`) met on the way down is the origin,
 * with no IP: nothing below it can be trusted to be the receiver's.
 * Hops above the chosen one are marked internal: they are inside the receiver.
 */
export function findOrigin(hops: Hop[], hints: OriginHints = {}): OriginHop {
  const internal = internalTest(hints);
  for (const hop of hops) hop.internal = internal(hop);

  const domains = receiverDomains(hints.trustedAuthservIds ?? []);
  // hop.internal was just set: the walks read it rather than testing each address again.
  const exchange =
    hints.entryRule === 'exchange-online' ? exchangeOnlineEntry(hops, (h) => h.internal) : null;
  if (exchange?.kind === 'inside') {
    for (const hop of hops) hop.internal = true;
    return { hopIndex: null, ip: null, helo: null, rdns: null, insideReceiver: true };
  }
  let chosen = exchange?.kind === 'entry' ? exchange.index : null;
  if (chosen === null && domains.length > 0)
    chosen = walkReceiver(hops, hints, domains, (h) => h.internal).chosen;
  if (chosen === null) {
    const i = hops.findIndex((h) => h.unreadable || (h.ip !== null && !h.internal));
    chosen = i === -1 ? null : i;
  }
  if (chosen === null) return { hopIndex: null, ip: null, helo: null, rdns: null };
  for (let i = 0; i < chosen; i++) hops[i]!.internal = true;
  const hop = hops[chosen]!;
  return { hopIndex: chosen, ip: hop.ip, helo: hop.helo, rdns: hop.rdns };
}

/**
 * The hops whose sending side the walk in `findOrigin` would take for the receiver's own host by
 * its reverse name, top down (at most MAX_HAND_OFFS): each as its index, IP and that name.
 */
export function handOffCandidates(
  hops: Hop[],
  hints: OriginHints = {},
): { hopIndex: number; ip: string; name: string }[] {
  const domains = receiverDomains(hints.trustedAuthservIds ?? []);
  if (domains.length === 0) return [];
  // The walk as it goes with every name believed: the names DNS is to be asked about.
  const { handOffs } = walkReceiver(
    hops,
    { ...hints, unconfirmedHandOffs: undefined },
    domains,
    internalTest(hints),
  );
  return handOffs.map((i) => ({ hopIndex: i, ip: hops[i]!.ip!, name: hops[i]!.rdns! }));
}

/**
 * Rule 2's walk, top down: the hop it stops at (null when no hop was received by the receiver)
 * and, in order, the hops it went down past because their sending side is the receiver's own host
 * by reverse name (each has an IP and that name).
 */
function walkReceiver(
  hops: Hop[],
  hints: OriginHints,
  domains: string[],
  internal: (hop: Hop) => boolean,
): { chosen: number | null; handOffs: number[] } {
  let chosen: number | null = null;
  const handOffs: number[] = [];
  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i]!;
    // A line that cannot be read (lib/message/received.ts) ends the walk with no IP: below it the
    // sender writes, and skipping it would let the sender's own next line pick the address.
    if (hop.unreadable) return { chosen: i, handOffs };
    if (hop.ip === null || internal(hop)) continue;
    if (!isReceiverHost(hop.by, domains)) break;
    chosen = i;
    const handedOnInside =
      !hints.singleEntryHop &&
      isReceiverHost(hop.rdns, domains) &&
      !hints.unconfirmedHandOffs?.has(i) &&
      handOffs.length < MAX_HAND_OFFS;
    if (!handedOnInside) break;
    handOffs.push(i);
  }
  return { chosen, handOffs };
}

function internalTest(hints: OriginHints): (hop: Hop) => boolean {
  const networks = (hints.receiverNetworks ?? [])
    .map((c) => parseCidr(c))
    .filter((r): r is IpRange => r !== null);
  return (hop) => hop.ip !== null && (isInternalIp(hop.ip) || ipInRanges(hop.ip, networks));
}

/** The trusted ids and their registrable domains, lower-case. */
export function receiverDomains(ids: string[]): string[] {
  const out = new Set<string>();
  for (const raw of ids) {
    // `*.suffix` (a family of authserv-ids, see lib/auth/authresults.ts) names the suffix's hosts.
    const id = hostKey(raw).replace(/^\*\./, '');
    if (!id) continue;
    out.add(id);
    const registrable = getDomain(id);
    if (registrable) out.add(registrable);
  }
  return [...out];
}

/** True when a Received `by` host belongs to one of the receiver domains. */
export function isReceiverHost(by: string | null, domains: string[]): boolean {
  if (!by) return false;
  const host = by.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
