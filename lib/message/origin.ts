// Which hop handed the message to the receiving provider? That IP is what SPF checks and what
// relay intelligence classifies, so picking a hop inside the receiver (or a forged lower hop)
// would judge the wrong server.

import { hostKey } from '../dns/name';
import { registrableDomain } from '../dns/registrable';
import type { Hop } from '../types';
import { ipInRanges } from './ip';
import {
  type ExchangeEntry,
  type ExchangeOrgRows,
  exchangeHandOff,
  exchangeOnlineEntry,
  hybridOnPremisesHandOff,
} from './origin-exchange';
import { fetchAtOrAbove, fetchedEntry } from './origin-fetch';
import {
  innerHandOff,
  isLoopback,
  lastPublicHop,
  natTest,
  openSmtpdLocal,
  ownRelayName,
  PRIVATE_NAME,
  unaddressedEntry,
} from './origin-nat';
import { cidrRanges, internalTest, isReceiverHost, receiverDomains } from './receiver-hosts';
import { atlasHandOffEntry } from './yahoo-layout';

export interface OriginHints {
  /** CIDRs of the receiving provider's networks (IPv4 or IPv6). */
  receiverNetworks?: string[];
  /**
   * CIDRs of a NAT or proxy in front of the receiver (AnalyzeOptions.natNetworks): a network
   * delivery from one names no client the receiver saw, whatever its HELO says.
   */
  natNetworks?: string[];
  /**
   * Receiving hosts known not to face the internet for their domain: online, each host that wrote
   * a line where a LAN-named client over a public one decides the walk is looked up (the MX hosts
   * of its registrable domain, lib/engine/origin-walk.ts), and one that is not among them is an
   * inner server (`MBX01.ad.firm.example` behind an Edge greeting as `EDGE01.perimeter.local`).
   */
  innerHosts?: ReadonlySet<string>;
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
  /**
   * With `entryRule: 'exchange-online'`: the X-MS-Exchange-Organization-AuthAs/-AuthMechanism/
   * -AuthSource rows (lib/message/origin-exchange.ts exchangeOrgRows), which let the walk step over
   * an Exchange hybrid's on-premises mailbox box to its own tenant's lines (hybridOnPremisesHandOff).
   */
  exchangeOrgRows?: ExchangeOrgRows;
  /** Networks (CIDR) of gateways the user trusts as part of the receiver (AnalyzeOptions.trustedGateways). */
  gatewayNetworks?: string[];
  /** Domains of gateways the user trusts: a sending side whose confirmed reverse name is under one. */
  gatewayDomains?: string[];
  /**
   * Hops whose reverse name under a gateway domain leads back to their IP (lib/engine/origin-walk.ts);
   * 'all' believes every name (only to list the names to ask). Absent: none is believed (offline).
   */
  confirmedGatewayNames?: ReadonlySet<number> | 'all';
  /** Of those, the hops whose HELO leads back to their IP too (lib/engine/origin-walk.ts). */
  confirmedGatewayHelos?: ReadonlySet<number>;
  /**
   * For hops whose receiver printed no reverse name (Exchange Online writes `from <HELO> (<IP>)`):
   * the name the IP's PTR gives under a trusted gateway's domain, already forward-confirmed
   * (lib/engine/origin-walk.ts, gatewayReverseNames). Such a hop is that gateway's by name.
   */
  gatewayReverseNames?: ReadonlyMap<number, string>;
  /**
   * For the receiver's own hops whose line printed no reverse name (on-premises Exchange writes
   * `from <HELO> (<IP>)` for the filter in front of it): the name the IP's PTR gives under the
   * receiver's domains, already forward-confirmed (lib/engine/origin-walk.ts receiverReverseNames).
   * The walk reads it as that line's reverse name; the HELO is never read.
   */
  receiverReverseNames?: ReadonlyMap<number, string>;
  /**
   * The hosts the MX records of the reader's own domains (AnalyzeOptions.recipientDomains) name,
   * looked up online: the receiver's own hosts whatever zone they lie in (a DuckDNS box's backup MX
   * under a second DuckDNS name: real-mail round 124). Read only beside trusted authserv-ids.
   */
  receiverMxHosts?: readonly string[];
  /**
   * Hops whose sending IP lies in a trusted gateway network wider than one address and on a
   * hosting or cloud network (lib/engine/gateways.ts hostedGatewayHops): anyone renting a VM there
   * shares the network, so the match alone does not make the hop the gateway (probe41).
   */
  hostedGatewayHops?: ReadonlySet<number>;
  /**
   * Hops whose name under a trusted gateway domain is a hoster's default reverse name, not the
   * entry itself, on a hosted server (lib/engine/gateways.ts hostedGatewayNameHops): the hoster
   * names and forward-confirms every tenant's VM so, so the name does not make the hop the gateway
   * (probe52-trusted-gateway-aws-region-zone-attacker-vm-online).
   */
  hostedGatewayNames?: ReadonlySet<number>;
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
  /** Set by lib/analyze.ts: the entry is a colleague's login submission to the reader's own box. */
  loginSubmission?: boolean;
  /**
   * With loginSubmission: the login of another organisation the box recorded, or a bare user name
   * on a box the From's MX names (lib/engine/login-submission.ts, login-elsewhere.ts).
   */
  loginOutsider?: string;
  /** With loginSubmission: on a box the From's MX names, a login whose line records no user. */
  loginUnrecorded?: boolean;
  /**
   * No hop names a client outside the receiver (each internal or a local hand-off), and there is
   * at least one: mail that may have been written on the receiving system (a bounce, cron mail).
   * lib/analyze.ts reads it as inside the receiver only for the receiver's own domain's mail.
   */
  local?: boolean;
  /**
   * The entry hop names a client outside the receiver by its HELO alone (MDaemon's line without
   * its X-MDRemoteIP row): `ip` is null, SPF cannot be checked.
   */
  unaddressed?: boolean;
  /**
   * The entry's client was recorded by an internal address it did not name as the receiver's own
   * relay (a NAT's or proxy's, lib/message/origin-nat.ts unaddressedEntry): `ip` is null.
   */
  natAddress?: string;
  /** That address is one the user named a NAT or proxy of the receiver (`natNetworks`). */
  natDeclared?: boolean;
  /** Set by lib/analyze.ts: the envelope's SPF record passes the NAT's own address (OriginInfo.natSpfPass). */
  natSpfPass?: boolean;
  /**
   * Hops (top down) whose sending side is a trusted gateway: the walk went below each. The first
   * is the receiver's entry hop; the origin is the server that handed the message to the gateway.
   */
  gatewayHops?: number[];
  /**
   * The receiver collected the message from another mailbox (POP3/IMAP) at this hop: the origin is
   * the mailbox provider's entry below it, or unknown (lib/message/origin-fetch.ts).
   */
  fetchedFrom?: number;
  /**
   * Hops (top down) rule 2 went down past above the origin because their sending side is the
   * receiver's own host by its reverse name (under the receiver's domains or a host its MX records
   * name): a backup MX, a filter, an inner relay.
   */
  ownRelays?: number[];
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
 *    In an Exchange hybrid whose mailbox is on premises, the entry below the on-premises box's
 *    own lines when its rows say its organisation's tenant handed the message on (exchangeEntry).
 * 3. Otherwise (no hints, or no hop matched them): the topmost hop whose sending IP is not
 *    internal. When there is none and no hop names a client at all (or only internal ones), no
 *    origin and `local`: mail that may have been written on the receiving system.
 * A line that cannot be read unambiguously (`hop.unreadable`) met on the way down is the origin,
 * with no IP: nothing below it can be trusted to be the receiver's.
 * 4. Trusted gateways (`gatewayNetworks` / `gatewayDomains`): while the chosen hop's sending side
 *    is one (its IP in a gateway network as recorded by the hop's writer, or its reverse name
 *    under a gateway domain and forward-confirmed: `confirmedGatewayNames`), the walk goes to the
 *    next hop below with a public sending IP: the one the gateway itself wrote. Only a hop written
 *    by the receiver (or by a gateway already trusted) can name a gateway, so a sender that writes
 *    `by mx1.mimecast.com` hops under its own cannot make itself one. A gateway known by name must
 *    have written the hop the origin is read from under that name; else it is not looked past.
 * 5. A mailbox fetch (`with POP3`/`IMAP`, lib/message/origin-fetch.ts) as the chosen hop: the
 *    receiver collected the message from another mailbox; the origin is that provider's entry
 *    below it, reached over the provider's own hand-offs only, else no address.
 * Hops above the chosen one are marked internal: they are inside the receiver.
 */
export function findOrigin(hops: Hop[], hints: OriginHints = {}): OriginHop {
  const internal = internalTest(hints.receiverNetworks);
  const nat = natTest(hints);
  for (const hop of hops) hop.internal = internal(hop);

  const domains = walkDomains(hints);
  // hop.internal was just set: the walks read it rather than testing each address again.
  const exchange = hints.entryRule === 'exchange-online' ? exchangeEntry(hops, hints) : null;
  if (exchange?.kind === 'inside') {
    for (const hop of hops) hop.internal = true;
    return { hopIndex: null, ip: null, helo: null, rdns: null, insideReceiver: true };
  }
  let chosen = exchange?.kind === 'entry' ? exchange.index : null;
  // The hops rule 2 went down past as the receiver's own relays (by their reverse names).
  let ownRelays: number[] = [];
  if (chosen === null && domains.length > 0)
    ({ chosen, handOffs: ownRelays } = walkReceiver(hops, hints, domains, (h) => h.internal));
  if (chosen === null) {
    // Without the receiver's ids, its domains are those of the hosts that wrote the lines above.
    const above: string[] = [];
    const lastPublic = lastPublicHop(hops, (h) => h.internal);
    const i = hops.findIndex((h, j) => {
      const by = h.by ? hostKey(h.by) : '';
      if (by) above.push(registrableDomain(by) ?? by);
      return (
        h.unreadable ||
        (h.ip !== null && !h.internal) ||
        unaddressedEntry(hops, j, above, nat, lastPublic, hints.innerHosts)
      );
    });
    chosen = i === -1 ? null : i;
  }
  if (chosen === null) {
    // No hop records a sending side outside the receiver: each is internal or a local hand-off
    // (Postfix's pickup, a bounce its own queue wrote, Dovecot's LMTP `from mail.x by mail.x`,
    // Exim's `with local`). The message may have been written on the receiving system: `local`.
    // Whether it reads as mail inside the receiver is lib/analyze.ts's call (ownOrganisation): a
    // receiver behind NAT or a proxy records an internal address for every client, so outside mail
    // looks local there too (probe13). A hop naming another client without an address is not local,
    // and a message with no Received line is not either: nothing says where it was written.
    const local = hops.length > 0 && hops.every((h) => h.internal || localHandOff(h));
    return { hopIndex: null, ip: null, helo: null, rdns: null, ...(local ? { local: true } : {}) };
  }
  // A mailbox fetch (lib/message/origin-fetch.ts): the provider's entry below it, or no address.
  const fetchedFrom = fetchAtOrAbove(hops, chosen);
  if (fetchedFrom !== null) {
    const below = fetchedEntry(hops, fetchedFrom);
    if (below === null) {
      for (let i = 0; i < fetchedFrom; i++) hops[i]!.internal = true;
      const hop = hops[fetchedFrom]!;
      return {
        hopIndex: fetchedFrom,
        ip: null,
        helo: hop.helo,
        rdns: hop.rdns,
        unaddressed: true,
        fetchedFrom,
      };
    }
    chosen = below;
  }
  const walked = walkGateways(hops, chosen, hints);
  const gatewayHops = [
    ...(fetchedFrom === null ? ownRelayGateways(hops, ownRelays, chosen, hints) : []),
    ...walked,
  ];
  if (walked.length > 0) chosen = belowGateway(hops, walked);
  for (let i = 0; i < chosen; i++) hops[i]!.internal = true;
  const hop = hops[chosen]!;
  // The entry names its client by its HELO alone, or by a NAT's or proxy's internal address (it
  // was chosen by unaddressedEntry: no other rule stops at an internal hop): no address to check.
  const natAddress = hop.ip !== null && (hop.internal || nat(hop)) && !hop.unreadable ? hop.ip : null;
  const unaddressed = (hop.ip === null && !hop.unreadable) || natAddress !== null;
  return {
    hopIndex: chosen,
    ip: natAddress === null ? hop.ip : null,
    helo: hop.helo,
    rdns: hop.rdns,
    ...(unaddressed ? { unaddressed: true } : {}),
    // A stranger on the receiver's own network (a device, an application) and one behind its NAT
    // look the same: lib/analyze.ts decides by the From, as for mail written on the receiver.
    ...(natAddress !== null ? { natAddress, local: true } : {}),
    ...(natAddress !== null && nat(hop) ? { natDeclared: true } : {}),
    ...(gatewayHops.length > 0 ? { gatewayHops } : {}),
    ...(fetchedFrom !== null ? { fetchedFrom } : {}),
    ...(ownRelays.some((i) => i < chosen) ? { ownRelays: ownRelays.filter((i) => i < chosen) } : {}),
  };
}

/**
 * Rule 2a: Exchange Online's entry walk; when it finds nothing, an Exchange hybrid's on-premises
 * mailbox box handed the message by the organisation's own tenant (hybridOnPremisesHandOff) is
 * stepped over and the walk runs below it (rw39-hybrid-onprem-mailbox-reader-via-eop). Only an
 * entry found there counts: with none, the hand-off from 40.107.x stays the origin, as before.
 */
function exchangeEntry(hops: Hop[], hints: OriginHints): ExchangeEntry | null {
  const internal = (h: Hop) => h.internal;
  const direct = exchangeOnlineEntry(hops, internal);
  if (direct !== null) return direct;
  const handOff = hybridOnPremisesHandOff(hops, internal, hints.exchangeOrgRows);
  if (handOff === null) return null;
  const below = exchangeOnlineEntry(hops.slice(handOff + 1), internal);
  return below?.kind === 'entry' ? { kind: 'entry', index: handOff + 1 + below.index } : null;
}

/**
 * A hop with no client address that names no client, or only the receiving host itself, handed on
 * by a local protocol (LMTP, local delivery) or none named (Postfix's pickup). A network delivery
 * (`with SMTP`, `ESMTPS`…) whose client the receiver does not name by address is not local: an
 * MTA that prints the client's HELO there (MDaemon) lets a sender write the receiver's name.
 */
function localHandOff(h: Hop): boolean {
  if (h.ip !== null || h.unreadable) return false;
  if (openSmtpdLocal(h)) return true;
  if (h.rdns !== null) return false;
  // Exim's `from <login> by <host> with local`, LMTP: a hand-off on the host, whatever it names.
  if (h.with !== null) return /\b(?:lmtps?a?|local|utf8lmtps?a?)\b/i.test(h.with);
  if (h.helo === null) return true;
  const helo = hostKey(h.helo);
  return helo === 'localhost' || (h.by !== null && helo === hostKey(h.by));
}

/**
 * Rule 4: from the entry hop down, the hops whose sending side is a trusted gateway (at most
 * MAX_HAND_OFFS). Each next hop looked at is the first below with a public sending IP: the one
 * the gateway just trusted wrote.
 */
function walkGateways(hops: Hop[], entry: number, hints: OriginHints): number[] {
  const isGateway = gatewayTest(hints);
  if (!isGateway) return [];
  const out: number[] = [];
  let byName = false;
  let greeting: string | null = null;
  let i: number | null = entry;
  while (i !== null && out.length < MAX_HAND_OFFS) {
    const kind = isGateway(hops[i]!, i);
    if (kind === null) break;
    out.push(i);
    byName = kind === 'name';
    // Every name believed (listing the names to ask): the HELO too.
    greeting =
      hints.confirmedGatewayNames === 'all' || hints.confirmedGatewayHelos?.has(i) ? hops[i]!.helo : null;
    i = nextPublicHop(hops, i);
  }
  // A gateway known by name writes its own Received under that name (`by relay.mimecast.com`,
  // `by mx0b-….pphosted.com`, `by esa3….iphmx.com`), or under the name it greets the receiver with:
  // a filter VM trusted by its exact default reverse name writes its lines under the host name its
  // admin set, and greets with it (rw52-filter-gcp-exact-default-name-trusted-spf-only: PTR
  // 19.7.120.34.bc.googleusercontent.com, HELO and `by` filter.saltmarsh-vets.example), when that
  // HELO leads back to the gateway's address too (a gateway that writes no line shows its HELO in
  // every message: probe54-gateway-by-name-adds-no-line-sender-writes-by-its-helo-online). If the
  // hop below is under neither, the one
  // the walk would take was not written by the gateway (it recorded no public address of its own,
  // say): the sender's text must not pick the origin, so the gateway is not looked past at all.
  if (byName && i !== null) {
    const by = hops[i]!.by;
    const own = greeting !== null && by !== null && hostKey(greeting) === hostKey(by);
    if (!own && !isReceiverHost(by, gatewayDomains(hints))) return [];
  }
  return out;
}

/**
 * The own relays rule 2 passed above `entry` whose sending side is also a trusted gateway: the
 * reader's filter named under the reader's own domain (filter.quayside-law.example, trusted by its
 * /32) is passed by rule 2 as the box's own relay, so walkGateways starts below it and its trust was
 * ignored (rw50-filter-ptr-own-domain-trusted-32-postfix-box-spf-only,
 * rw50-exim-gateway-own-domain-trusted-by-address-zimbra-netbios-helo-offline). Recorded as gateway
 * hops without moving the origin: no forgery gains an address; the hop only gains the gateway's
 * standing (its results region between the receiver's line and its own, the box's SPF at it).
 */
function ownRelayGateways(hops: Hop[], ownRelays: number[], entry: number, hints: OriginHints): number[] {
  const isGateway = gatewayTest(hints);
  if (!isGateway) return [];
  return ownRelays.filter((i) => i < entry && isGateway(hops[i]!, i) !== null);
}

function gatewayDomains(hints: OriginHints): string[] {
  return (hints.gatewayDomains ?? []).map((d) => hostKey(d).replace(/^\*\./, '')).filter(Boolean);
}

/**
 * The origin below the last gateway hop: the next hop with a public sending IP, else that gateway
 * hop. Where the gateway's own line below is Exchange Online's (the reader trusts the outbound host
 * that hands EOP's filtered mail to the box), Microsoft's hand-offs inside Exchange Online are
 * passed down to EOP's entry, as for a reader in Outlook (exchangeOnlineEntry: only lines an
 * Exchange host wrote from Microsoft's own space; realworld125-eop-onprem-bank-esp-trusted-outbound-host
 * took Microsoft's internal 2603:10a6:… hop for the sender).
 */
function belowGateway(hops: Hop[], gatewayHops: number[]): number {
  const last = gatewayHops[gatewayHops.length - 1]!;
  const next = nextPublicHop(hops, last);
  if (next === null) return last;
  const exchange = exchangeOnlineEntry(hops.slice(last + 1), exchangeHandOff);
  return exchange?.kind === 'entry' ? last + 1 + exchange.index : next;
}

function nextPublicHop(hops: Hop[], i: number): number | null {
  for (let j = i + 1; j < hops.length; j++) {
    const h = hops[j]!;
    // An unreadable line stops the walk there, as in findOrigin: its IP cannot be told apart.
    if (h.unreadable || (h.ip !== null && !h.internal)) return j;
  }
  return null;
}

/** How a hop's sending side is a trusted gateway: by its network, by its confirmed name, or not (null). */
function gatewayTest(hints: OriginHints): ((hop: Hop, index: number) => 'network' | 'name' | null) | null {
  const networks = cidrRanges(hints.gatewayNetworks);
  const domains = gatewayDomains(hints);
  if (networks.length === 0 && domains.length === 0) return null;
  const confirmed = hints.confirmedGatewayNames;
  return (hop, index) => {
    if (hop.ip === null) return null;
    // A cloud tenant's VM in the reader's trusted /16 is not the reader's filter
    // (probe41-trusted-gateway-cloud-16-attacker-vm): inside hosting space only a single-address
    // entry, or the hop's forward-confirmed gateway name below, makes it the gateway.
    if (ipInRanges(hop.ip, networks) && !hints.hostedGatewayHops?.has(index)) return 'network';
    // Nor is a tenant's VM under its hoster's default name, when the trusted domain is the hoster's
    // zone (probe52-trusted-gateway-hetzner-zone-vm-behind-real-filter-online): inside hosting space
    // a name counts when it is the trusted entry itself, or is not one the hoster generates.
    if (hints.hostedGatewayNames?.has(index)) return null;
    if (hop.rdns === null) {
      const looked = hints.gatewayReverseNames?.get(index) ?? null;
      return looked !== null && isReceiverHost(looked, domains) ? 'name' : null;
    }
    if (!isReceiverHost(hop.rdns, domains)) return null;
    return confirmed === 'all' || (confirmed?.has(index) ?? false) ? 'name' : null;
  };
}

/**
 * The hop the walk stops at when its receiver printed no reverse name for it (with every printed
 * gateway name believed, and the names already looked up): the one whose PTR may name a trusted
 * gateway. Null when there is none, or the walk stops at a hop with a printed name or no address.
 */
export function unnamedStop(hops: Hop[], hints: OriginHints): { hopIndex: number; ip: string } | null {
  if ((hints.gatewayDomains ?? []).length === 0) return null;
  const copy = hops.map((h) => ({ ...h }));
  const { hopIndex } = findOrigin(copy, { ...hints, confirmedGatewayNames: 'all' });
  const hop = hopIndex === null ? undefined : copy[hopIndex];
  if (hopIndex === null || !hop || hop.ip === null || hop.rdns !== null || hop.unreadable) return null;
  return { hopIndex, ip: hop.ip };
}

/**
 * The hops whose sending side the gateway walk would take for a trusted gateway by its reverse name
 * alone (every name believed), with that name: the names to look up forward before the real walk.
 */
export function gatewayNameCandidates(
  hops: Hop[],
  hints: OriginHints,
): { hopIndex: number; ip: string; name: string }[] {
  if ((hints.gatewayDomains ?? []).length === 0) return [];
  const copy = hops.map((h) => ({ ...h }));
  const { gatewayHops = [] } = findOrigin(copy, { ...hints, confirmedGatewayNames: 'all' });
  const networks = cidrRanges(hints.gatewayNetworks);
  return gatewayHops
    .map((i) => ({ i, h: copy[i]! }))
    .filter(
      ({ i, h }) =>
        h.ip !== null &&
        h.rdns !== null &&
        (!ipInRanges(h.ip, networks) || (hints.hostedGatewayHops?.has(i) ?? false)),
    )
    .map(({ i, h }) => ({ hopIndex: i, ip: h.ip!, name: h.rdns! }));
}

/**
 * The hops whose sending side the walk in `findOrigin` would take for the receiver's own host by
 * its reverse name, top down (at most MAX_HAND_OFFS): each as its index, IP and that name.
 */
export function handOffCandidates(
  hops: Hop[],
  hints: OriginHints = {},
): { hopIndex: number; ip: string; name: string }[] {
  const domains = walkDomains(hints);
  if (domains.length === 0) return [];
  // The walk as it goes with every name believed: the names DNS is to be asked about.
  const { handOffs } = walkReceiver(
    hops,
    { ...hints, unconfirmedHandOffs: undefined },
    domains,
    internalTest(hints.receiverNetworks),
  );
  return handOffs.map((i) => ({
    hopIndex: i,
    ip: hops[i]!.ip!,
    name: hops[i]!.rdns ?? hints.receiverReverseNames?.get(i) ?? '',
  }));
}

/**
 * Where rule 2's walk stops (every reverse name believed) when that hop is the receiver's, from a
 * public address, and its line printed no reverse name: the hop whose IP's PTR may name one of the
 * receiver's own hosts (receiverReverseNames). Null otherwise.
 */
export function unnamedReceiverStop(
  hops: Hop[],
  hints: OriginHints,
): { hopIndex: number; ip: string } | null {
  const domains = walkDomains(hints);
  if (domains.length === 0 || hints.singleEntryHop) return null;
  const internal = internalTest(hints.receiverNetworks);
  const { chosen } = walkReceiver(hops, { ...hints, unconfirmedHandOffs: undefined }, domains, internal);
  const hop = chosen === null ? undefined : hops[chosen];
  if (chosen === null || !hop || hop.ip === null || hop.rdns !== null || hop.unreadable || internal(hop))
    return null;
  if (!(isReceiverHost(hop.by, domains) || privateTop(hop)) || hints.receiverReverseNames?.has(chosen))
    return null;
  return { hopIndex: chosen, ip: hop.ip };
}

/**
 * The receiver's domains as the walk reads them: the trusted authserv-ids' (receiverDomains) and,
 * beside them, the hosts the reader's own domains' MX records name (receiverMxHosts).
 */
export function walkDomains(hints: OriginHints): string[] {
  const domains = receiverDomains(hints.trustedAuthservIds ?? []);
  return domains.length > 0 && hints.receiverMxHosts?.length
    ? [...domains, ...hints.receiverMxHosts]
    : domains;
}

/**
 * The receiver's own inner server by its private name (`by EXCH01.nql.local`): read so only for the
 * first line with a public client, above which only the receiver writes (real-mail round 123: on-
 * premises Exchange in an AD domain `.local` behind the firm's filter VM). That line is then the
 * walk's stop, and its client the receiver's own relay only when named under the receiver's
 * domains and confirmed (receiverReverseNames, unconfirmedHandOffs), as for any other.
 */
function privateTop(hop: Hop): boolean {
  const by = hop.by ? hostKey(hop.by) : '';
  return by !== '' && by.includes('.') && PRIVATE_NAME.test(by);
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
  const nat = natTest(hints);
  const lastPublic = lastPublicHop(hops, internal);
  let chosen: number | null = null;
  const handOffs: number[] = [];
  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i]!;
    // A line that cannot be read (lib/message/received.ts) ends the walk with no IP: below it the
    // sender writes, and skipping it would let the sender's own next line pick the address.
    if (hop.unreadable) return { chosen: i, handOffs };
    // Yahoo's atlas hand-off over HTTP on top: the line under it is the entry (lib/message/yahoo-layout.ts).
    const atlasEntry = hints.singleEntryHop ? atlasHandOffEntry(hops, i, domains, internal, nat) : null;
    if (atlasEntry !== null) return { chosen: atlasEntry, handOffs };
    if (
      (isReceiverHost(hop.by, domains) || nat(hop)) &&
      unaddressedEntry(hops, i, domains, nat, lastPublic, hints.innerHosts)
    )
      return { chosen: i, handOffs };
    if (hop.ip === null || internal(hop)) continue;
    if (!isReceiverHost(hop.by, domains) && !(chosen === null && privateTop(hop))) break;
    chosen = i;
    const handedOnInside =
      !hints.singleEntryHop &&
      isReceiverHost(hop.rdns ?? hints.receiverReverseNames?.get(i) ?? null, domains) &&
      !hints.unconfirmedHandOffs?.has(i) &&
      handOffs.length < MAX_HAND_OFFS;
    if (!handedOnInside) break;
    handOffs.push(i);
  }
  return { chosen, handOffs };
}

/**
 * The receiving hosts whose being the internet-facing one decides the walk: lines where a client at
 * an internal (not loopback) address greets with a LAN's own name over a public client's line, and
 * no other rule settles it. lib/engine/origin-walk.ts asks DNS about each (at most MAX_HAND_OFFS).
 */
export function lanGreetingHosts(given: Hop[], hints: OriginHints = {}): string[] {
  const internal = internalTest(hints.receiverNetworks);
  const hops = given.map((h) => ({ ...h, internal: internal(h) }));
  const lastPublic = lastPublicHop(hops, (h) => h.internal);
  const nat = natTest(hints);
  const domains = walkDomains(hints);
  const out = new Set<string>();
  for (let i = 0; i < hops.length && out.size < MAX_HAND_OFFS; i++) {
    const h = hops[i]!;
    if (h.ip === null || h.unreadable || !internal(h) || nat(h) || isLoopback(h.ip) || !h.by) continue;
    if (h.with !== null && /lmtp/i.test(h.with)) continue;
    const name = h.helo ?? h.rdns;
    if (!name) continue;
    const n = hostKey(name);
    if (n === '' || (n.includes('.') && !PRIVATE_NAME.test(n))) continue;
    if (lastPublic <= i) continue;
    const by = hostKey(h.by);
    const next = hops[i + 1]?.by ? hostKey(hops[i + 1]!.by!) : '';
    if (ownRelayName(n, h.ip, by, next, domains, false) || innerHandOff(h, hops[i + 1], by, next)) continue;
    out.add(by);
  }
  return [...out];
}
