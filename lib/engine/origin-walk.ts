// The origin walk (lib/message/origin.ts) goes down past a hop of a self-hosted receiver when the
// sending side is the receiver's own host by the reverse name the receiver recorded: a gateway
// handing on to a mail store. That name is only as good as the MTA that printed it. Postfix and
// Exim print forward-confirmed names only; qmail (without tcpserver -p) and others print whatever
// PTR the client's owner set, and anyone who controls reverse DNS for an address can name it
// `relay.<receiver>`. Were that believed, the walk would follow the sender's own Received lines
// below and let it pick the IP that SPF checks. So, online, each such name is looked up forward:
// the walk passes a hop only when the name leads back to its IP.
import { errorCodeOf, isAnsweredNo } from '../dns/errors';
import { CNAME_STEPS_INSIDE } from '../dns/name';
import { ownerDomain, registrableDomain } from '../dns/registrable';
import { isInternalIp } from '../message/ip';
import {
  gatewayNameCandidates,
  handOffCandidates,
  lanGreetingHosts,
  type OriginHints,
  unnamedReceiverStop,
  unnamedStop,
  walkDomains,
} from '../message/origin';
import { internalTest, isReceiverHost } from '../message/receiver-hosts';
import { parseIp, recordsHold } from '../relay/address';
import { confirmReverseName } from '../relay/esp-evidence';
import type { Hop, IpClass, MxRecord, Resolver } from '../types';
import { hostedOf } from './gateways';

/**
 * The hand-offs (hop indexes) whose recorded name is known not to lead back to their IP: the name
 * does not exist, has no address of the IP's family, or its addresses do not include the IP.
 * A DNS fault proves nothing, so that hop keeps the receiver's word (as offline, where nothing is
 * looked up): an outage of the receiver's own DNS must not move the origin onto its gateway.
 */
export async function unconfirmedHandOffs(
  hops: Hop[],
  hints: OriginHints,
  resolver: Resolver,
  classify?: (ip: string) => IpClass | null,
): Promise<Set<number>> {
  // The walk passes a hop only by a name under the receiver's domains, printed or looked up
  // (lib/message/origin.ts walkReceiver), never for a single-entry receiver: where no hop has one,
  // as in most mail, there is nothing to confirm and the walk is not run.
  const domains = walkDomains(hints);
  const named = (h: Hop, i: number) =>
    isReceiverHost(h.rdns ?? hints.receiverReverseNames?.get(i) ?? null, domains);
  if (hints.singleEntryHop || !hops.some(named)) return new Set();
  const candidates = handOffCandidates(hops, hints);
  if (candidates.length === 0) return new Set();
  const leadsBack = await Promise.all(candidates.map((c) => forwardMatch(c.name, c.ip, resolver)));
  // In hosting space a name that leads back proves only that whoever holds the name points it at
  // the VM: a dangling CNAME of the receiver's (legacy-mail.<receiver> → a deleted cloud VM's name)
  // is taken by renting that name, and the cloud lets the VM's reverse name be the receiver's
  // (probe114-reader-takeover-rdns-ceo-esmtpsa-box). That the receiver's MX or SPF still names the
  // host proves nothing more: a forgotten backup MX or `a:` term is such a CNAME too (probe115).
  // There the name must lead to the address without leaving the receiver's domain (A/AAAA records
  // of its own, not a CNAME into the cloud's zone), or be the domain's primary MX; a firm's VPS
  // named by an A record still hands on (probe115-submission-vps-hands-to-mx-genuine-box).
  const hosted = classify
    ? await hostedOf(
        candidates
          .filter((_, k) => leadsBack[k] === true)
          .map((c) => ({ h: hops[c.hopIndex]!, i: c.hopIndex })),
        classify,
      )
    : new Set<number>();
  const inside = await Promise.all(
    candidates.map(async (c, k) => {
      if (leadsBack[k] !== true || !hosted.has(c.hopIndex)) return null;
      const stays = await staysInside(c.name, resolver);
      // A firm's primary MX named by a CNAME to its VM's cloud name, as Azure's reverse-DNS page
      // allows (realworld116): were it dangling, the firm's mail would not arrive.
      return stays === false ? primaryMx(c.name, c.ip, resolver) : stays;
    }),
  );
  return new Set(
    candidates.filter((_, k) => leadsBack[k] === false || inside[k] === false).map((c) => c.hopIndex),
  );
}

/**
 * Whether `name` is, or holds the address of, the sole lowest-preference MX host of its registrable
 * domain (not a subdomain's own MX, which a forgotten pilot may have left dangling: probe119).
 * null: DNS could not say.
 */
async function primaryMx(name: string, ip: string, resolver: Resolver): Promise<boolean | null> {
  const domain = ownerDomain(name);
  if (!domain) return false;
  let mx: MxRecord[];
  try {
    mx = (await resolver.resolve(domain, 'MX')) as MxRecord[];
  } catch (e) {
    return isAnsweredNo(errorCodeOf(e)) ? false : null;
  }
  if (mx.length === 0) return false;
  // The one host at the lowest preference: beside another of equal preference a dangling one
  // stops no mail, senders fall back to the other (probe119).
  const low = Math.min(...mx.map((m) => m.priority));
  const hosts = mx.filter((m) => m.priority === low);
  if (hosts.length !== 1) return false;
  const host = hosts[0]!.exchange.toLowerCase().replace(/\.$/, '');
  return host === name ? true : forwardMatch(host, ip, resolver);
}

/**
 * Whether `name` leads to its addresses without a CNAME out of its registrable domain (followed
 * at most CNAME_STEPS_INSIDE steps inside it). null: DNS could not say (the receiver's word stands,
 * as for any hand-off).
 */
export async function staysInside(name: string, resolver: Resolver): Promise<boolean | null> {
  const domain = ownerDomain(name);
  if (!domain) return false;
  let at = name;
  for (let step = 0; step < CNAME_STEPS_INSIDE; step++) {
    let target: string | undefined;
    try {
      target = ((await resolver.resolve(at, 'CNAME')) as string[])[0];
    } catch (e) {
      return isAnsweredNo(errorCodeOf(e)) ? true : null;
    }
    if (!target) return true;
    at = target.toLowerCase().replace(/\.$/, '');
    if (ownerDomain(at) !== domain) return false;
  }
  return false;
}

/**
 * The hops whose sending side is named under a trusted gateway's domain AND whose name leads back
 * to its IP: only these count as the gateway by name (a PTR alone is whatever the address's owner
 * wrote). Unlike a hand-off inside the receiver, a DNS fault confirms nothing here: the gateway is
 * then not trusted, and the message is judged as it would be without the setting.
 */
export async function confirmedGatewayNames(
  hops: Hop[],
  hints: OriginHints,
  resolver: Resolver,
): Promise<Set<number>> {
  const candidates = gatewayNameCandidates(hops, hints);
  const leadsBack = await Promise.all(candidates.map((c) => forwardMatch(c.name, c.ip, resolver)));
  return new Set(candidates.filter((_, k) => leadsBack[k] === true).map((c) => c.hopIndex));
}

/**
 * Offline, the gateway hops by name whose reverse name the line's writer printed as one it found
 * leading back: Postfix, Exim and Sendmail print a client's name only then (Postfix writes
 * "unknown" otherwise, Sendmail adds "(may be forged)"). Other writers print whatever the PTR says
 * (Haraka, OpenSMTPD: probe60-box-gateway-name-haraka-unconfirmed-ptr-offline), so only a line of
 * one of those three, as a whole (CONFIRMING_LINES), counts; any other line stops there, and the
 * hops below it are reached only through it. The top hop is the reader's own box's record; the
 * ones below it were written by the gateway already trusted.
 */
export function printedGatewayNames(hops: Hop[], hints: OriginHints): Set<number> {
  const out = new Set<number>();
  for (const c of gatewayNameCandidates(hops, hints)) {
    if (!confirmingLine(hops[c.hopIndex]!.line, c.name)) break;
    out.add(c.hopIndex);
  }
  return out;
}

/**
 * Offline, what gatewayReverseNames looks up online: for the hops the walk stops at with no
 * reverse name parsed, the name Exim printed as its client's in `from NAME ([IP])`, the form it
 * writes when the name it found leading back is also the HELO (a client with no such name is
 * `from [IP] (helo=…)`). Mimecast, Proofpoint and Cisco greet with their own reverse name, so
 * behind them this is Exim's usual line (rw58-box-exim-proofpoint-by-name-spf-only-offline).
 */
export function printedUnnamedGateways(hops: Hop[], hints: OriginHints): Map<number, string> {
  const found = new Map<number, string>();
  const domains = hints.gatewayDomains ?? [];
  for (let step = 0; step < MAX_LOOKED_UP; step++) {
    const stop = unnamedStop(hops, { ...hints, gatewayReverseNames: found });
    if (!stop || found.has(stop.hopIndex)) break;
    const name = EXIM_NAMED.exec(hops[stop.hopIndex]!.line)?.[1]?.toLowerCase().replace(/\.$/, '');
    if (!name || !isReceiverHost(name, domains)) break;
    found.set(stop.hopIndex, name);
  }
  return found;
}

/** Exim's own part of its line after the client: `by HOST with PROTO [(TLS…) tls CIPHER] (Exim x.y)`. */
const EXIM_BY = String.raw`\s+by\s+\S+\s+with\s+\S+(?:\s+\([^()]*\))?(?:\s+tls\s+\S+)?\s+\(Exim\s+\d`;

/** Exim's line for a client whose forward-confirmed name is its HELO: `from NAME ([IP])`. */
const EXIM_NAMED = new RegExp(
  String.raw`^Received:\s+from\s+([a-z0-9-]+(?:\.[a-z0-9-]+)+\.?)\s+\(\[[^\s\]]+\](?::\d+)?\)${EXIM_BY}`,
  'i',
);

/**
 * Received lines of the writers that print a client's reverse name only once it leads back, read
 * from the start of the line with the client's HELO a single word, so that no text of the client's
 * (a HELO with blanks, an envelope address in Exim's comment) can stand in for the writer's own
 * product token. Group 1: the reverse name printed.
 */
const CONFIRMING_LINES: readonly RegExp[] = [
  // Postfix: from HELO (NAME [IP]) by HOST (Postfix…) with …
  /^Received:\s+from\s+\S+\s+\(([^\s()[\]]+)\s+\[[^\s\]]+\]\)\s+by\s+\S+\s+\(Postfix[^()]*\)\s+with\s/i,
  // Sendmail: from HELO (NAME [IP]) by HOST (8.x.y/8.x.y…) with …, where "(may be forged)" inside
  // the first comment marks a name that did not lead back.
  /^Received:\s+from\s+\S+\s+\(([^\s()[\]]+)\s+\[[^\s\]]+\]\)\s+by\s+\S+\s+\(8\.[\d.]+\/[^\s()]+\)\s+with\s/i,
  // Exim: from NAME ([IP] helo=HELO) by HOST with PROTO [(TLS…) tls CIPHER] (Exim x.y)
  new RegExp(
    String.raw`^Received:\s+from\s+([^\s()[\]]+)\s+\(\[[^\s\]]+\](?::\d+)?(?:\s+helo=\S+)?\)${EXIM_BY}`,
    'i',
  ),
];

function confirmingLine(line: string, name: string): boolean {
  const want = name.toLowerCase().replace(/\.$/, '');
  return CONFIRMING_LINES.some((re) => re.exec(line)?.[1]?.toLowerCase().replace(/\.$/, '') === want);
}

/**
 * Of the gateway hops confirmed by name (`confirmed`), those whose HELO is a host name that leads
 * back to the hop's address too: the name the gateway calls itself, under which it may write its
 * own Received line (lib/message/origin.ts walkGateways). A HELO alone is whatever the gateway's
 * admin set, and a gateway that writes no line of its own shows it in every message it relays: a
 * sender who copies it into the line he writes below must not pass for the gateway
 * (probe54-gateway-by-name-adds-no-line-sender-writes-by-its-helo-online).
 */
export async function confirmedGatewayHelos(
  hops: Hop[],
  confirmed: ReadonlySet<number> | 'all' | undefined,
  resolver: Resolver,
): Promise<Set<number>> {
  if (!confirmed || confirmed === 'all') return new Set();
  const candidates = [...confirmed].flatMap((i) => {
    const h = hops[i];
    return h?.ip && h.helo && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\.?$/i.test(h.helo)
      ? [{ i, name: h.helo, ip: h.ip }]
      : [];
  });
  const leadsBack = await Promise.all(candidates.map((c) => forwardMatch(c.name, c.ip, resolver)));
  return new Set(candidates.filter((_, k) => leadsBack[k] === true).map((c) => c.i));
}

/**
 * Of the receiving hosts whose line a LAN-named client wrote over a public one
 * (lib/message/origin.ts lanGreetingHosts), those DNS says are not their domain's MX hosts: inner
 * servers (an Exchange mailbox server in an AD domain under the registered one, behind an Edge that
 * greets it as `EDGE01.perimeter.local`), whose client is the receiver's own relay. A host that is
 * an MX host faces the internet, and behind a NAT a stranger's greeting there is the entry
 * (probe21). No MX record: the domain itself is its mail host (RFC 5321 §5.1). A DNS fault proves
 * nothing and keeps the strict reading, as offline.
 */
export async function innerHosts(hops: Hop[], hints: OriginHints, resolver: Resolver): Promise<Set<string>> {
  // Only a line whose client is at an internal address can be one (lanGreetingHosts); most mail has
  // none, and the walk is not run.
  const internal = internalTest(hints.receiverNetworks);
  if (!hops.some(internal)) return new Set();
  const hosts = lanGreetingHosts(hops, hints);
  if (hosts.length === 0) return new Set();
  const inner = await Promise.all(
    hosts.map(async (host) => {
      const domain = registrableDomain(host);
      if (!domain) return false;
      let notMx: boolean;
      try {
        const mx = (await resolver.resolve(domain, 'MX')) as MxRecord[];
        notMx = !mx.some((m) => m.exchange.toLowerCase().replace(/\.$/, '') === host);
      } catch (e) {
        notMx = isAnsweredNo(errorCodeOf(e)) ? host !== domain : false;
      }
      // Not named by the MX is not enough: a NAT'd box behind a hosted filter the attacker goes
      // around, one an MX reaches through a CNAME, or a hosting provider's box under its own
      // domain prints a name the public DNS holds (probe22). An inner server's name resolves to
      // no public address there (split DNS: `MBX01.ad.firm.example`).
      return notMx && (await noPublicAddress(host, resolver));
    }),
  );
  return new Set(hosts.filter((_, k) => inner[k]));
}

/** true: the name holds no address outside private ranges (or none at all); false: a public one, or DNS could not say. */
async function noPublicAddress(name: string, resolver: Resolver): Promise<boolean> {
  const answers = await Promise.all(
    (['A', 'AAAA'] as const).map(async (type) => {
      try {
        return (await resolver.resolve(name, type)) as string[];
      } catch (e) {
        return isAnsweredNo(errorCodeOf(e)) ? [] : null;
      }
    }),
  );
  if (answers.some((a) => a === null)) return false;
  return answers.every((a) => a!.every((ip) => isInternalIp(ip)));
}

/** true: the name's A/AAAA records hold the IP; false: they do not; null: DNS could not say. */
async function forwardMatch(name: string, ip: string, resolver: Resolver): Promise<boolean | null> {
  const addr = parseIp(ip);
  if (!addr) return false;
  try {
    return recordsHold(await resolver.resolve(name, addr.v === 4 ? 'A' : 'AAAA'), addr);
  } catch (e) {
    return isAnsweredNo(errorCodeOf(e)) ? false : null;
  }
}

/**
 * Names for the receiver's own hops whose line printed no reverse name: on-premises Exchange
 * writes `from <HELO> (<IP>)` for the filter in front of it (an rspamd VM on Azure as the domain's
 * MX: real-mail round 122), and the filter's results below it read as the sender's, its own
 * address as the origin: genuine mail read spoofed. The IP's PTR is asked, and a name under the
 * receiver's domains counts only when it leads back to the IP (an attacker reaching the Exchange
 * server himself cannot make the receiver's name resolve to his address); the HELO is never read.
 * Hop by hop from where the walk stops; the hand-off rule for hosting space (unconfirmedHandOffs)
 * then applies to these names as to printed ones. A DNS fault names nothing.
 */
export async function receiverReverseNames(
  hops: Hop[],
  hints: OriginHints,
  resolver: Resolver,
): Promise<Map<number, string>> {
  // Only a hop with an address and no printed name can be the stop (unnamedReceiverStop): where
  // every addressed hop has a name, as in most mail, the walk is not run.
  if (!hops.some((h) => h.ip !== null && h.rdns === null && !h.unreadable)) return new Map();
  const domains = walkDomains(hints);
  return namesByPtr(
    (found) => unnamedReceiverStop(hops, { ...hints, receiverReverseNames: found }),
    (n) => isReceiverHost(n, domains),
    resolver,
  );
}

/**
 * The domains whose MX records receiverMxHosts asks: first the domains the message was delivered
 * to under one the reader named (at most two: lab.quarrow.example under quarrow.example, a
 * subdomain with its own MX list and backup MX, red-team round 129), then the named ones. Read
 * only from the `for <…>` of the lines the receiver itself wrote: the topmost, and down to the
 * first line its own host received from a public client (its entry, as far as its own names tell),
 * never from a line below or a header the sender can add (Delivered-To: red-team round 132, a
 * lapsed subdomain's MX host named so became the receiver's).
 */
export function receiverMxDomains(
  named: readonly string[],
  hops: readonly Hop[],
  receivers: string[],
  authservIds: readonly string[] = [],
): string[] {
  const roots = named.map((d) => d.toLowerCase().replace(/\.$/, '')).filter(Boolean);
  const subs = ownSubdomains(roots, authservIds);
  const delivered: string[] = [];
  for (const [i, h] of hops.entries()) {
    if (i > 0 && !isReceiverHost(h.by, receivers)) break;
    delivered.push(h.for ?? '');
    if (h.ip !== null && !isInternalIp(h.ip)) break;
  }
  for (const text of delivered) {
    for (const domain of recipientDomainsOf(text)) {
      if (subs.length < 2 && !subs.includes(domain) && roots.some((r) => domain.endsWith(`.${r}`)))
        subs.push(domain);
    }
  }
  return [...subs, ...roots.filter((r) => !subs.includes(r))];
}

/**
 * The domains of the addresses a `for <…>` names: each address's domain is what follows its last
 * `@`. An `@` inside a quoted local part names nothing (`"accounts+@events.harrowgate.example"@
 * harrowgate.example` is an address at harrowgate.example, which Postfix delivers to `accounts`:
 * red-team round 137 picked a lapsed subdomain's MX list so).
 */
function recipientDomainsOf(text: string): string[] {
  const bracketed = [...text.matchAll(/<([^<>]*)>/g)].map((m) => m[1]!);
  const addresses = bracketed.length > 0 ? bracketed : text.split(/[\s,;]+/);
  const out: string[] = [];
  for (const address of addresses) {
    const at = address.lastIndexOf('@');
    if (at < 0) continue;
    const domain = address
      .slice(at + 1)
      .toLowerCase()
      .replace(/\.$/, '');
    if (/^[a-z0-9.-]{1,253}$/.test(domain)) out.push(domain);
  }
  return out;
}

/**
 * The subdomains of the reader's named domains that its own trusted authserv-ids sit in: the
 * reader's word, not the message's (`mail.lab.ferncliff.example` gives `lab.ferncliff.example`,
 * whose own MX list holds the lab's backup; mail to two recipients carries no `for <…>`: real-mail
 * round 133). At most two.
 */
export function ownSubdomains(roots: readonly string[], authservIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of authservIds) {
    const host = id.toLowerCase().replace(/\.$/, '');
    const parent = host.slice(host.indexOf('.') + 1);
    if (out.length < 2 && !out.includes(parent) && roots.some((r) => parent.endsWith(`.${r}`)))
      out.push(parent);
  }
  return out;
}

/**
 * The hosts the MX records of the reader's own domains name (at most four domains, ten hosts),
 * lower case: the receiver's own receiving hosts, whatever zone they lie in. No MX names none; a
 * DNS fault names none either, and `fault` is the first of the domains the reader named (`named`:
 * his domains and the subdomains his authserv-ids sit in) whose lookup failed (not answered "no
 * such name" or "no MX"): then the walk cannot tell the reader's own backup MX from a sender. A
 * subdomain the message named faults for no one (a lame `legacy.` delegation, red-team round 132).
 */
export async function receiverMxHosts(
  domains: readonly string[],
  resolver: Resolver,
  named: readonly string[] = domains,
): Promise<{ hosts: string[]; fault: string | null }> {
  const own = new Set(named.map((d) => d.toLowerCase().replace(/\.$/, '')));
  const out = new Set<string>();
  let fault: string | null = null;
  for (const domain of domains.slice(0, 4)) {
    let mx: MxRecord[];
    try {
      mx = (await resolver.resolve(domain, 'MX')) as MxRecord[];
    } catch (e) {
      if (!isAnsweredNo(errorCodeOf(e)) && own.has(domain.toLowerCase())) fault ??= domain;
      continue;
    }
    for (const r of mx.slice(0, 10)) {
      const host = typeof r?.exchange === 'string' ? r.exchange.toLowerCase().replace(/\.$/, '') : '';
      if (host.includes('.') && out.size < 10) out.add(host);
    }
  }
  return { hosts: [...out], fault };
}

/**
 * Hop by hop from where a walk stops (`stopAt`, given the names found so far), the name of the
 * stop's IP by PTR that `accept` takes and that leads back to the IP, until a stop has none (at
 * most MAX_LOOKED_UP). A DNS fault names nothing.
 */
async function namesByPtr(
  stopAt: (found: ReadonlyMap<number, string>) => { hopIndex: number; ip: string } | null,
  accept: (name: string) => boolean,
  resolver: Resolver,
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  for (let step = 0; step < MAX_LOOKED_UP; step++) {
    const stop = stopAt(found);
    if (!stop || found.has(stop.hopIndex)) break;
    const check = await confirmReverseName(stop.ip, null, resolver, accept).catch(() => ({
      confirmed: false as const,
      name: null,
    }));
    if (!check.confirmed || !check.name) break;
    found.set(stop.hopIndex, check.name);
  }
  return found;
}

/** How many hops without a printed name the walk may name by PTR (a gateway of two or three hops). */
const MAX_LOOKED_UP = 3;

/**
 * Names for the hops a trusted gateway handed the message on from whose receiver printed no
 * reverse name (Exchange Online writes `from <HELO> (<IP>)`: the gateway's address and whatever
 * HELO the client gave). The IP's PTR is asked, and a name under a trusted gateway's domain counts
 * only when it leads back to the IP; the HELO is never read. Hop by hop from where the walk stops,
 * as long as each is the gateway's. A DNS fault names nothing: the gateway is then not trusted there.
 */
export async function gatewayReverseNames(
  hops: Hop[],
  hints: OriginHints,
  resolver: Resolver,
): Promise<Map<number, string>> {
  const domains = hints.gatewayDomains ?? [];
  return namesByPtr(
    (found) => unnamedStop(hops, { ...hints, gatewayReverseNames: found }),
    (n) => isReceiverHost(n, domains),
    resolver,
  );
}
