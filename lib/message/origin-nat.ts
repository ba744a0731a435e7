// The receiver behind a NAT or a proxy (lib/message/origin.ts, rule 3): its lines record one
// internal address for every client, so an internal hop may be its own relay or a stranger from
// the internet. These rules tell them apart by what the client called itself and by the
// receiver's own layout; README, "What still fools", names what they cannot tell.

import { hostKey } from '../dns/name';
import { registrableDomain, registrableLabel } from '../dns/registrable';
import type { HeaderField, Hop } from '../types';
import { ipInRanges, isInternalIp, normalizeIp } from './ip';
import type { OriginHints } from './origin';
import { cidrRanges, isReceiverHost } from './receiver-hosts';
import { authenticatedSubmission } from './submission';

/**
 * OpenSMTPD's record of a program on the host enqueueing through its socket (sendmail(8), cron's
 * mail): `from localhost (<host> [local]) by <host> (OpenSMTPD) with ESMTPA`. The comment is the
 * receiver's own, naming itself; MDaemon, which prints the client's HELO raw, is never read so.
 */
export function openSmtpdLocal(h: Hop): boolean {
  if (!h.by || !/\(OpenSMTPD\)/i.test(h.line)) return false;
  const m = /^Received:\s*from\s+\S+\s+\(([^()\s]+)\s+\[local\]\)\s+by\s+(\S+)/i.exec(h.line);
  return m !== null && hostKey(m[1]!) === hostKey(h.by) && hostKey(m[2]!) === hostKey(h.by);
}

/**
 * A hop the receiver wrote for a client outside itself whose address it does not give: the entry,
 * though no address can be believed. Walking past it, as past the receiver's own internal hops,
 * would let the next line, the sender's, pick the address SPF checks (probe13, probe16):
 * - no address: a network delivery (`with` SMTP, ESMTP…) naming a client by its HELO alone,
 *   whatever that name (the client's own word: it may be the receiver's), or MDaemon's line
 *   without its X-MDRemoteIP row (`from <HELO> by mx … (MDaemon …)`, or in v21 `by mx (…)
 *   (MDaemon …)` with no from at all);
 * - an internal address whose client names itself as a stranger: a receiver behind a NAT or a TCP
 *   proxy records the same private address for every client, and then only the client's HELO (or
 *   a reverse name of the proxy's address, `localhost`) says who it was. A relay of the receiver's
 *   own names itself as one: `localhost`, an internal address literal, the host that wrote this
 *   line or the next one down (or their bare first labels), a host of the receiver's domains, a
 *   name in a private namespace (`esa01-data2.hafen.lan`, `EDGE01.perimeter.local`, a bare
 *   container name), or a name under the same organisation as either line's host
 *   (`esa2-p2.rz.uni-oststadt.intern` over `by mx2.uni-oststadt.example`). A HELO of another
 *   organisation (`mail.attacker.example`) or a public address literal over a private address is
 *   the NAT's client, so the entry. LMTP is spoken inside a mail system only (RFC 2033 §1).
 * Still open: behind NAT, a client that HELOs as the receiver's host, or as the host its own forged
 * line below names, cannot be told from the receiver's relay (README, "What still fools"); stopping
 * at every internal hop turned genuine SPF-only mail through gateway→Exchange, Edge→Mailbox and
 * DMZ relays "spoofed" (realworld18).
 */
/**
 * A hand-off over LMTP: named in `with`, or in the comment after the receiver's own name where no
 * `with` is written (Fastmail's `from mx6 ([10.202.2.205]) by compute2.internal (LMTPProxy)`:
 * realworld110).
 */
function lmtpHandOff(h: Hop): boolean {
  if (h.with !== null) return /lmtp/i.test(h.with);
  return /\bby\s+[^\s()]+\s+\([^()]*\bLMTP/i.test(h.line);
}

export function unaddressedEntry(
  hops: Hop[],
  i: number,
  domains: readonly string[],
  nat: (hop: Hop) => boolean,
  lastPublic: number,
  innerHosts?: ReadonlySet<string>,
): boolean {
  const h = hops[i]!;
  if (h.unreadable || openSmtpdLocal(h)) return false;
  if (h.ip === null) {
    if (h.rdns !== null) return false;
    if (h.with === null || !/smtp/i.test(h.with)) return false;
    return h.helo !== null || /\(MDaemon\b/i.test(h.line);
  }
  const natted = nat(h);
  if ((!h.internal && !natted) || lmtpHandOff(h)) return false;
  // The user named this address a NAT or proxy of the receiver: whoever it names, the receiver did
  // not see it (a relay of its own would not come through its NAT).
  if (natted) return true;
  // The client's own word when it gave one: behind a TCP proxy the receiver looks up the proxy's
  // address and prints `localhost` for every client (probe16), so a reverse name speaks only for a
  // client that gave no HELO.
  const name = h.helo ?? h.rdns;
  const by = h.by ? hostKey(h.by) : '';
  const next = hops[i + 1]?.by ? hostKey(hops[i + 1]!.by!) : '';
  // A client that named nothing (`EHLO .`, probe21) over a network protocol is a stranger too.
  if (!name && (h.with === null || !/smtp/i.test(h.with))) return false;
  // Below a name of a LAN's own (a bare one, a private namespace), a line with a public client
  // would be the sender's text behind a NAT: such a name speaks for a relay only on the box itself
  // (a filter re-injecting, a container), where no public client follows (probe21), or on a line an
  // inner server wrote, one DNS says is not its domain's MX host (realworld25).
  const publicBelow = lastPublic > i;
  const lanNames =
    isLoopback(h.ip) || !publicBelow || (innerHosts?.has(by) ?? false) || wroteBelow(h, hops[i + 1]);
  // A host that took the message below as an authenticated submission (`with ESMTPSA`, a login)
  // is the author's own server, not a relay of the receiver's: greeting with its name says nothing
  // about being the receiver's (real-mail round 27: the author's server behind Docker's proxy).
  const relayBelow = authenticatedSubmission(hops[i + 1]) ? '' : next;
  if (name && ownRelayName(hostKey(name), h.ip, by, relayBelow, domains, lanNames)) return false;
  return !innerHandOff(h, hops[i + 1], by, next);
}

/**
 * Exchange prints each receiving host's own address beside its name (`by mail.firm.example
 * (10.60.9.5)`): when the line below was written at this hop's client address, and this line at
 * another, the client is the host that wrote the line below (an Edge and a mailbox server whose
 * connectors both carry the MX name: realworld25). Behind a NAT an attacker would have to know the
 * NAT's inside address to forge it.
 */
function wroteBelow(h: Hop, below: Hop | undefined): boolean {
  if (!below || h.ip === null) return false;
  const own = byAddress(h.line);
  return own !== null && own !== h.ip && byAddress(below.line) === h.ip;
}

function byAddress(line: string): string | null {
  const m = /\bby\s+[^\s()]+\s+\(([0-9a-fA-F:.]{3,45})\)/.exec(line);
  return m ? normalizeIp(m[1]!) : null;
}

/**
 * The lowest hop with a public sending address (-1: none), found once per walk: "a public client
 * below hop i" is then `lastPublic > i`, not a scan of the rest of the chain for every hop.
 */
export function lastPublicHop(hops: Hop[], internal: (hop: Hop) => boolean): number {
  for (let j = hops.length - 1; j >= 0; j--) if (hops[j]!.ip !== null && !internal(hops[j]!)) return j;
  return -1;
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms: the receiving box itself. */
export function isLoopback(ip: string): boolean {
  const v4 = ip.replace(/^::ffff:/i, '');
  return v4.startsWith('127.') || ip === '::1';
}

/**
 * Names no public registry hands out: hosts on a LAN or in a cluster (RFC 6762, RFC 8375, the
 * .internal of ICANN's 2024 reservation, the suffixes Windows networks are given: .lokal, .loc,
 * .intra, .lcl; routers' `fritz.box`), Azure's internal DNS for its VMs (`*.internal.cloudapp.net`),
 * and Proofpoint's filter on the box, which greets its own MTA as `pps.filterd`.
 */
export const PRIVATE_NAME =
  /\.(?:local|localdomain|lan|home|internal|intern|intranet|intra|corp|private|priv|lokal|loc|lcl|dmz|test|invalid|home\.arpa|fritz\.box|filterd|internal\.cloudapp\.net)$/;

export function ownRelayName(
  n: string,
  ip: string,
  by: string,
  next: string,
  domains: readonly string[],
  lanNames: boolean,
): boolean {
  if (n === 'localhost' || n.startsWith('localhost.')) return true;
  if (n.startsWith('[')) {
    // An address literal: the hop's own address or another internal one; a public one is the
    // client's claim of an address the receiver did not see.
    const literal = n.slice(1, -1).replace(/^ipv6:/, '');
    return literal === ip || isInternalIp(literal);
  }
  if (n === '') return false;
  if (lanNames && (!n.includes('.') || PRIVATE_NAME.test(n))) return true;
  for (const host of [by, next]) {
    if (host === '') continue;
    if (n === host) return true;
    // A bare host name for the other line's host, or the other way round (Fastmail's `from mx3
    // ([10.202.2.202])` over `by mx3.messagingengine.com`).
    if (!host.includes('.') && n.startsWith(`${host}.`)) return true;
    if (!n.includes('.') && host.startsWith(`${n}.`)) return true;
    if (sameOrganisation(n, host)) return true;
  }
  return isReceiverHost(n, [...domains]);
}

/**
 * A hand-off the receiver's own layout explains whatever the client called itself (realworld23):
 * - the line was written by a host with a private or bare name (`by LND-MBX01.lindenau.local`), so
 *   not by the one facing the internet through a NAT, over a line that a publicly named host wrote
 *   for a public client: an Edge or gateway greeting under its IT provider's domain, an Azure VM's
 *   default name, an ISP's PTR name, a firm's old brand;
 * - a filter on the box that passes the sender's own greeting on (ASSP before hMailServer): the
 *   line below is the same host's, for a public client greeting with the same name.
 * Behind a NAT whose internet-facing host has a private name (Exchange's default `EX01.corp.local`
 * behind a source-NAT balancer), or a TCP proxy whose attacker copies its greeting into the line it
 * forges, this walks past as before 2026-12-04 (README, "What still fools").
 */
export function innerHandOff(h: Hop, below: Hop | undefined, by: string, next: string): boolean {
  if (!below || below.ip === null || below.internal || below.unreadable || next === '') return false;
  if (
    (!by.includes('.') || PRIVATE_NAME.test(by)) &&
    next !== by &&
    next.includes('.') &&
    !PRIVATE_NAME.test(next)
  )
    return true;
  // The filter runs on the box: on another machine of the LAN the same two lines are what an
  // attacker behind a NAT writes, copying its greeting into the line it forges (probe21).
  return (
    isLoopback(h.ip ?? '') &&
    next === by &&
    h.helo !== null &&
    below.helo !== null &&
    hostKey(h.helo) === hostKey(below.helo)
  );
}

/**
 * The same registrable domain, or the same organisation's label under another suffix when one of
 * the two is a LAN's own name (`esa2.rz.uni-x.intern` over `mx2.uni-x.example`); two public
 * suffixes are two owners (`mail.reader.net` is not `mx.reader.example`'s: probe21).
 */
function sameOrganisation(a: string, b: string): boolean {
  const da = registrableDomain(a);
  if (da !== null && da === registrableDomain(b)) return true;
  const la = registrableLabel(a);
  return la !== null && la === registrableLabel(b) && (PRIVATE_NAME.test(a) || PRIVATE_NAME.test(b));
}

export function natTest(hints: OriginHints): (hop: Hop) => boolean {
  const networks = cidrRanges(hints.natNetworks);
  if (networks.length === 0) return () => false;
  return (hop) => hop.ip !== null && ipInRanges(hop.ip, networks);
}

/**
 * Whether the receiver's own SPF record of this delivery names `natAddress` as the client it
 * checked: in its Authentication-Results rows for SPF ("designates 10.0.0.1 as permitted sender",
 * policyd-spf's and rspamd's comment; `client-ip=`), or in a Received-SPF it wrote above its entry
 * line (policyd-spf's default, `client-ip=10.0.0.1;`). Then its SPF pass, and a DMARC pass it
 * founded on it, were judged at the NAT's address and speak for no sender (probe101: a record
 * passing the NAT's address through `ptr` in the office's own reverse zone, a null sender's HELO,
 * policyd-spf with OpenDMARC's lone dmarc=pass). Any mention counts: the sender can add text
 * (a quoted local part, a HELO) but cannot take the receiver's away, and adding the NAT's address
 * only voids his own pass. A box that learnt the real client another way (HAProxy's
 * X-Forwarded-For read by its filter: realworld92) names that address instead. Where its SPF
 * record names no address at all (Exim writes `spf=pass smtp.mailfrom=<domain>` only), its other
 * rows do: Exim's `iprev=pass … smtp.remote-ip=10.0.0.1` is the same connection's client
 * (probe104).
 */
export function receiverNamesNat(
  natAddress: string,
  rows: ReadonlyArray<{ method: string; comments?: string[]; props: Record<string, string> }>,
  receivedSpf: readonly string[],
): boolean {
  const nat = normalizeIp(natAddress);
  if (!nat) return false;
  const named = new Set<string>();
  const collect = (text: string) => {
    for (const m of text.matchAll(/(?:designates|client-ip\s*=)\s*\[?([0-9a-f.:]{2,45})/gi)) {
      const ip = normalizeIp(m[1]!);
      if (ip) named.add(ip);
    }
  };
  const propsIps = (r: { props: Record<string, string> }) =>
    Object.values(r.props)
      .map((v) => normalizeIp(v))
      .filter((ip): ip is string => ip !== null);
  for (const r of rows) {
    if (r.method !== 'spf') continue;
    for (const c of r.comments ?? []) collect(c);
    for (const ip of propsIps(r)) named.add(ip);
  }
  for (const v of receivedSpf) collect(v);
  if (named.size > 0) return named.has(nat);
  return rows.some((r) => r.method !== 'spf' && propsIps(r).includes(nat));
}

/** The Received-SPF fields above the receiver's entry line (the `hopIndex`-th Received), as written. */
export function receivedSpfAboveEntry(headers: readonly HeaderField[], hopIndex: number | null): string[] {
  if (hopIndex === null) return [];
  let nth = 0;
  let entryAt = -1;
  for (const h of headers) {
    if (h.key !== 'received') continue;
    if (nth++ === hopIndex) {
      entryAt = h.index;
      break;
    }
  }
  return headers.filter((h) => h.index < entryAt && h.key === 'received-spf').map((h) => h.rawValue);
}
