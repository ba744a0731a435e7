// Exchange Online's entry rule (OriginHints.entryRule 'exchange-online', the Outlook profile).
//
// A message delivered by Exchange Online carries, top down (public headers cited in
// test/fixtures/legit/README-m365.md):
//   Received: from <mailbox>.prod.outlook.com (2603:10b6:…) by <mailbox>.prod.outlook.com with HTTPS
//   Received: from <frontend>.prod.outlook.com (2603:10b6:…:cafe::aa) by <x>.outlook.office365.com (2603:…)
//   Authentication-Results: spf=pass (sender IP is 205.220.189.246) …   ← EOP's, no authserv-id
//   Received: from <sender> (205.220.189.246) by <frontend>.mail.protection.outlook.com (10.167.249.52)
//             with Microsoft SMTP Server … via Frontend Transport            ← the entry
//   … the sender's own lines (for Microsoft 365 senders: their tenant's 2603:… and fe80:: hops,
//     and the hand-off from 40.107.x.x `*.outbound.protection.outlook.com`)
// The hop received by the EOP inbound frontend (`*.mail.protection.outlook.com`) is where the
// recipient's tenant took the message: its sending IP is the origin, even when that is one of
// Microsoft's own outbound addresses (another tenant, outlook.com). Microsoft's outbound ranges are
// therefore never receiver networks; only its unannounced internal block is.
import type { Hop } from '../types';
import { type IpRange, ipInRanges, isInternalIp, parseCidr } from './ip';

/**
 * Exchange Online's internal IPv6 block: its mailbox and transport servers hand mail on inside it
 * (`*.prod.outlook.com (2603:10a6:…)` in Europe, 2603:10b6 in North America, 2603:10c6 in
 * Australia, 2603:1096 in Asia). It is in Microsoft's 2603:1000::/24 but announced nowhere
 * (test/unit/relay/receiver-networks.test.ts checks that against the routing data): no host on the
 * internet sends from it, so counting it as the receiver's cannot hide a sender.
 */
export const EXCHANGE_ONLINE_INTERNAL_NETWORKS = ['2603:1080::/25'] as const;

const EXCHANGE_ONLINE_INTERNAL: IpRange[] = EXCHANGE_ONLINE_INTERNAL_NETWORKS.map((c) => parseCidr(c)).filter(
  (r): r is IpRange => r !== null,
);

/**
 * A hop Exchange Online handed on inside its own network, for exchangeOnlineEntry below a line the
 * reader already trusts (a gateway's, an ARC sealer's): one the walk marked internal to the
 * receiver, or one from Exchange Online's unannounced block. (A fetched mailbox's lines are
 * judged by address only: lib/message/origin-fetch.ts, where the walk's marks are another
 * receiver's.)
 */
export function exchangeHandOff(hop: Hop): boolean {
  return hop.internal || (hop.ip !== null && ipInRanges(hop.ip, EXCHANGE_ONLINE_INTERNAL));
}

/**
 * Exchange Online Protection's public mail ranges (the SMTP entry of Microsoft's "Microsoft 365
 * URLs and IP address ranges", Exchange Online section). Every tenant's outbound mail and
 * outlook.com's leave from here (40.107.x.x `*.outbound.protection.outlook.com`, 52.103.x.x and
 * 40.92.x.x for outlook.com), so they are NOT receiver networks: with them counted as the
 * receiver's, mail from another Microsoft 365 tenant had no origin at all.
 */
export const EXCHANGE_ONLINE_PUBLIC_NETWORKS = [
  '40.92.0.0/15',
  '40.107.0.0/16',
  '52.100.0.0/15',
  '52.102.0.0/16',
  '52.103.0.0/17',
  '104.47.0.0/17',
  '2a01:111:f400::/48',
  '2a01:111:f403::/48',
] as const;

/**
 * Microsoft's sovereign clouds, where their Exchange hosts hand on inside: GCC High / DoD
 * (`office365.us`; mailbox servers `*.NAMP110.PROD.OUTLOOK.COM (2001:489a:200:19b::17)`, public
 * copies 2020–2025) and 21Vianet (`partner.outlook.cn`, `2406:e500:c550:…`). Read only as the
 * addresses above: never at the frontend (real-mail round 33).
 */
const SOVEREIGN_CLOUD_NETWORKS = ['2001:489a::/32', '2406:e500::/32'] as const;

/**
 * Addresses an Exchange host above the entry may hand on from: the public mail ranges and
 * Microsoft's 2a01:111::/32 (older layouts hand on inside EOP from 2a01:111:e400:… and
 * 2a01:111:f400:…, e.g. `from BL2NAM02FT056.eop-nam02.prod.protection.outlook.com
 * (2a01:111:f400:7e46::201) by SN4PR0201CA0055.outlook.office365.com`, 2020). Only ever read for a
 * hop the walk already knows Microsoft wrote, and never at the frontend, where the sender connects.
 */
const MICROSOFT_HAND_ON: IpRange[] = [
  ...EXCHANGE_ONLINE_PUBLIC_NETWORKS,
  '2a01:111::/32',
  ...SOVEREIGN_CLOUD_NETWORKS,
]
  .map((c) => parseCidr(c))
  .filter((r): r is IpRange => r !== null);

/**
 * EOP's inbound frontends: `by BL02EPF00029927.mail.protection.outlook.com (10.167.249.52)`; in the
 * sovereign clouds `by BN3USG02FT003.mail.protection.office365.us` (GCC High / DoD) and
 * `*.mail.protection.partner.outlook.cn` (21Vianet).
 */
export const EOP_FRONTEND = /\.mail\.protection\.(?:outlook\.com|office365\.us|partner\.outlook\.cn)$/i;
/**
 * Exchange Online's internal servers above the frontend (mailbox, front door, older EOP names), and
 * the sovereign clouds' (`SN1P110CA0028.office365.us`, `*.eop-usg02.itar.protection.office365.us`,
 * `*.CHNPR01.prod.partner.outlook.cn`; their mailbox servers are `*.NAMP110.PROD.OUTLOOK.COM`).
 */
export const EXCHANGE_HOST =
  /\.(?:prod\.outlook\.com|outlook\.office365\.com|protection\.outlook\.com|office365\.us|partner\.outlook\.cn)$/i;

/** Where the walk ended: the entry hop, or the bottom of a chain that never left Exchange Online. */
export type ExchangeEntry = { kind: 'entry'; index: number } | { kind: 'inside' };

/**
 * The hop where Exchange Online took the message in, `inside` when the whole chain is Exchange
 * Online's own (mail between mailboxes of one organisation: submitted over MAPI/HTTPS, it never
 * crossed the internet), or null when the chain shows neither. Walking down from the top, the walk
 * passes only hops Microsoft wrote inside its own network — received by an Exchange host, from an
 * address the receiver counts as internal (private, link-local, Exchange Online's unannounced
 * block, or, above the frontend, Microsoft's own mail ranges) or with no address at all — so it
 * never reads a line the sender wrote: the first line it cannot vouch for ends it. The first hop
 * received by an EOP frontend from a public address is the entry. Mail from outside always has
 * that hop (Exchange writes it for every SMTP client), so `inside` cannot be reached by a sender
 * outside the organisation.
 */
export function exchangeOnlineEntry(
  hops: readonly Hop[],
  internal: (hop: Hop) => boolean,
): ExchangeEntry | null {
  let vouched = 0;
  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i]!;
    const by = (hop.by ?? '').toLowerCase().replace(/\.$/, '');
    // A line that cannot be read (lib/message/received.ts: the client's HELO shaped its clauses)
    // is where the sender's text begins, whoever it names as `by`: the entry, with no address.
    // Passing it as Microsoft's own hand-off let the sender's next line be the entry.
    if (hop.unreadable) return { kind: 'entry', index: i };
    if (hop.ip === null) {
      // A hand-off with no address (`Received: from x by y with mapi`): inside Exchange only if
      // an Exchange host wrote it.
      if (!EXCHANGE_HOST.test(by)) return null;
    } else if (EOP_FRONTEND.test(by)) {
      // The frontend also hands on inside EOP from private addresses; a public one is the sender.
      if (!internal(hop)) return { kind: 'entry', index: i };
    } else if (!EXCHANGE_HOST.test(by) || !(internal(hop) || ipInRanges(hop.ip, MICROSOFT_HAND_ON))) {
      return null;
    }
    vouched++;
  }
  return vouched > 0 ? { kind: 'inside' } : null;
}

/**
 * The rows an Exchange organisation stamps on how its box took the message
 * (X-MS-Exchange-Organization-AuthAs, -AuthMechanism, -AuthSource), each only when the header block
 * holds exactly one: Exchange's header firewall strips the sender's copies on an anonymous
 * connector and stamps its own, so a second copy means one of them is the sender's.
 */
export interface ExchangeOrgRows {
  authAs: string | null;
  authMechanism: string | null;
  authSource: string | null;
}

export function exchangeOrgRows(headers: readonly { key: string; value: string }[]): ExchangeOrgRows {
  const one = (key: string) => {
    const v = headers.filter((x) => x.key === key);
    return v.length === 1 ? v[0]!.value.trim() : null;
  };
  return {
    authAs: one('x-ms-exchange-organization-authas'),
    authMechanism: one('x-ms-exchange-organization-authmechanism'),
    authSource: one('x-ms-exchange-organization-authsource'),
  };
}

/** Exchange Online's outbound hosts (`NAM12-MW2-obe.outbound.protection.outlook.com`). */
const EXO_OUTBOUND = /\.outbound\.protection\.outlook\.com$/i;

const EXO_PUBLIC: IpRange[] = EXCHANGE_ONLINE_PUBLIC_NETWORKS.map((c) => parseCidr(c)).filter(
  (r): r is IpRange => r !== null,
);

const hostOf = (name: string | null) => (name ?? '').trim().toLowerCase().replace(/\.$/, '');
const parentOf = (host: string) => host.slice(host.indexOf('.') + 1);

/** Exchange Server's own words after its `by` clause: `by <box> (<ip>) with Microsoft SMTP Server (…) id …`. */
function exchangeServerLine(hop: Hop): { ownIp: string } | null {
  if (hop.unreadable || hop.ip === null || !/^Microsoft SMTP Server$/i.test(hop.with ?? '')) return null;
  const by = hop.line.search(/\sby\s/i);
  const m =
    by === -1
      ? null
      : /^\s+by\s+\S+\s+\(\[?([0-9a-f.:]{2,45})\]?\)\s+with\s+Microsoft SMTP Server\b/i.exec(
          hop.line.slice(by),
        );
  return m ? { ownIp: m[1]!.toLowerCase() } : null;
}

/**
 * Exchange hybrid with the reader's mailbox on Exchange Server on premises and the MX at Exchange
 * Online (rw39-hybrid-onprem-mailbox-reader-via-eop): the top lines are the on-premises box's own
 * (`from EXCH02 (10.20.1.12) by EXCH01 (10.20.1.11) with Microsoft SMTP Server … via Mailbox
 * Transport`), then its frontend's hop from Exchange Online's outbound host (`from
 * NAM12-MW2-obe.outbound.protection.outlook.com (40.107.92.57) by EXCH02.corp.reader.example
 * (10.20.1.12) with Microsoft SMTP Server … via Frontend Transport`), then the organisation's
 * tenant's lines down to EOP's entry. Returns the index of that hand-off hop when the walk may go
 * below it, else null.
 *
 * Every tenant's outbound mail leaves from 40.107.x, so an address there says nothing of whose
 * tenant handed the message on: another tenant can deliver straight to the on-premises box (its own
 * outbound connector pointed there), and its lines below would then be the attacker's tenant's.
 * What tells the organisation's own hybrid connector apart is the box's own record: AuthAs Internal
 * with AuthMechanism 10 (the connector's certificate; another tenant is stamped Anonymous) and
 * AuthSource the very frontend that wrote the hop. The box's header firewall strips the sender's
 * X-MS-Exchange-Organization-* rows (exchangeOrgRows refuses a second copy), and every line passed
 * above the hop must be the same organisation's Exchange handing on between internal addresses, so
 * no line the sender wrote is read before the tenant's own.
 */
export function hybridOnPremisesHandOff(
  hops: readonly Hop[],
  internal: (hop: Hop) => boolean,
  rows: ExchangeOrgRows | undefined,
): number | null {
  if (!rows || !/^internal$/i.test(rows.authAs ?? '') || rows.authMechanism !== '10') return null;
  const source = hostOf(rows.authSource);
  if (!source.includes('.')) return null;
  const org = parentOf(source);
  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i]!;
    const line = exchangeServerLine(hop);
    const by = hostOf(hop.by);
    // Only the organisation's Exchange servers (named under the AuthSource's parent domain), each
    // printing an internal address of its own, but the box the rows name, which may sit on a public
    // perimeter address (an Edge Transport server in a DMZ, rw42-hybrid-edge-public-perimeter-address).
    const own = by === source;
    if (line === null || !by.endsWith(`.${org}`) || !(isInternalIp(line.ownIp) || own)) return null;
    // That box handing the message on to an inner one is the organisation's own hand-off.
    if (internal(hop) || (hostOf(hop.helo) === source && isInternalIp(line.ownIp))) continue;
    // The first hop from outside: it must be the frontend the rows name, taking the message from
    // Exchange Online's outbound host at an address in Exchange Online's public networks.
    const fromExo = EXO_OUTBOUND.test(hostOf(hop.helo)) && ipInRanges(hop.ip!, EXO_PUBLIC);
    const receiver = frontendOrEdge(hop, hops[i - 1], source);
    return by === source && receiver && fromExo && i + 1 < hops.length ? i : null;
  }
  return null;
}

/**
 * The box that took the message from Exchange Online prints how: a Mailbox server's Front End
 * Transport service writes "via Frontend Transport"; an Edge Transport server (the Hybrid
 * Configuration Wizard's Edge option, rw41-hybrid-edge-transport-onprem-mailbox) has no frontend
 * service and prints no "via" at all (Intel's edgegateway.intel.com, 2025: "… by
 * edgegateway.intel.com (10.1.192.136) with Microsoft SMTP Server (…) id 15.1.2507.44;"). An Edge
 * holds no mailbox, so the line right above must be the Edge handing the message on to another of
 * the organisation's boxes (the walk already requires that line to be Exchange's between internal
 * addresses). The Edge promotes its organisation rows to the Mailbox server only over the Edge
 * Subscription's Direct Trust (Microsoft's Edge Subscriptions page), so AuthAs Internal with
 * AuthSource the Edge is still the box's own record; another tenant reaching the Edge from the same
 * 40.107.x addresses is stamped Anonymous and refused by the rows, as at a frontend. Any other
 * "via" (Mailbox Transport) is refused.
 */
function frontendOrEdge(hop: Hop, above: Hop | undefined, source: string): boolean {
  const after = hop.line.slice(hop.line.search(/\sby\s/i));
  if (/\bvia Frontend Transport\b/i.test(after)) return true;
  if (/\bvia\s/i.test(after) || above === undefined) return false;
  // The walk passed `above` only as the organisation's Exchange between internal addresses.
  return hostOf(above.helo) === source;
}
