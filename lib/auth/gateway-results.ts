// A gateway's own Authentication-Results. An inbound gateway (Mimecast, Proofpoint…) checks SPF,
// DKIM and DMARC on the sender's connection and then changes the message (rewritten links break
// the sender's DKIM body hash); the provider behind it only ever sees the gateway. So the gateway's
// record, made before it changed anything, is the one that says how the sender authenticated.
//
// What makes such a header believable is, as for the provider's (RFC 8601 §5), its position: it
// must sit between the receiver's entry hop (the Received the receiver wrote about the gateway)
// and the Received the gateway wrote about the sender. Everything below that is the sender's
// text, including any "Authentication-Results: relay.mimecast.com; dmarc=pass" it wrote itself.
import { hostKey } from '../dns/name';
import { registrableDomain } from '../dns/registrable';
import type { AuthResultsHeader, AuthWord, HeaderField, Hop } from '../types';
import { toAuthWord } from './authresults-provider';
import { parseAuthResultsValue } from './authresults-syntax';
import { heloWrites } from './helo-taint';

export function orgOf(host: string): string {
  const h = hostKey(host).replace(/^\*\./, '');
  return registrableDomain(h) ?? h;
}

/**
 * The gateway's headers between Received hop `entry` (the receiver's, naming the gateway) and
 * Received hop `sender` (the gateway's, naming the server that handed it the message), whose
 * authserv-id belongs to the gateway: under one of `domains`, or the organisation of a `by` host of
 * a Received the gateway wrote (entry+1 … sender). ARC-Authentication-Results (RFC 8617 §4.1.1)
 * are read only when the gateway wrote no Authentication-Results. `trusted` marks them as counting.
 */
export function gatewayAuthResults(input: {
  headers: HeaderField[];
  hops: Hop[];
  entry: number;
  sender: number;
  domains: string[];
  trusted: boolean;
}): AuthResultsHeader[] {
  const { headers, hops, entry, sender, domains, trusted } = input;
  if (sender <= entry) return [];
  const received = headers.filter((h) => h.key === 'received');
  const top = received[entry]?.index;
  const bottom = received[sender]?.index;
  if (top === undefined || bottom === undefined) return [];
  const orgs = new Set([
    ...domains.map(orgOf),
    ...hops.slice(entry + 1, sender + 1).flatMap((h) => (h.by ? [orgOf(h.by)] : [])),
  ]);
  // The receiver's own header below its own line (Stalwart writes there, the Stalwart rule) shares
  // the firm's domain with a filter in front of it, but it is the receiver's record, not the
  // gateway's: its SPF at the filter's address is not the gateway's verdict on the sender
  // (rw50-filter-ec2-elastic-ip-32-stalwart-box-spf-only). No sender writes in this region.
  const receiverHost = hops[entry]?.by ? hostKey(hops[entry]!.by!) : '';
  const isGatewayId = (id: string) =>
    id !== '' && orgs.has(orgOf(id)) && (receiverHost === '' || hostKey(id) !== receiverHost);
  // The gateway copies its client's HELO into its own results as the receiver does: a HELO that
  // writes into them leaves no pass of the gateway's standing (probe51-*-trusted-gateway-policyd-spf-*).
  const tainted = heloWrites(received[sender]?.value ?? '', hops[sender]?.ip ?? null);
  const region = headers.filter((h) => h.index > top && h.index < bottom);
  const read = (key: string, strip: (v: string) => string) =>
    region
      .filter((h) => h.key === key)
      .map((h) => ({ h, parsed: parseAuthResultsValue(strip(h.rawValue)) }))
      .filter(({ parsed }) => !parsed.malformed && isGatewayId(parsed.authservId))
      .map(
        ({ h, parsed }): AuthResultsHeader => ({
          authservId: parsed.authservId,
          version: parsed.version,
          results: tainted ? parsed.results.filter((e) => !e.result.endsWith('pass')) : parsed.results,
          index: h.index,
          line: h.line,
          trusted,
          // Placed between the receiver's entry hop and the gateway's own Received line: no
          // sender can write there, so a trusted gateway's header is proven to be its own.
          proven: trusted,
          forged: false,
          malformed: tainted,
          gateway: true,
        }),
      );
  const plain = read('authentication-results', (v) => v);
  if (plain.length > 0) return plain;
  // `i=1; relay.mimecast.com; dkim=pass …`: the instance tag first, then an A-R value.
  return read('arc-authentication-results', (v) => v.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, ''));
}

/** What the gateway recorded of DMARC for the From domain (an entry naming another domain is not it). */
export function recordedDmarc(results: AuthResultsHeader[], fromDomain: string | null): AuthWord | null {
  if (!fromDomain) return null;
  for (const h of results) {
    for (const e of h.results) {
      if (e.method !== 'dmarc') continue;
      const d = e.props['header.from'];
      if (d !== undefined && hostKey(d) !== hostKey(fromDomain)) continue;
      return toAuthWord(e.result);
    }
  }
  return null;
}

/** The ARC headers named `key` (`arc-seal`, `arc-authentication-results`…) of set `instance`. */
export function arcSetHeaders(headers: HeaderField[], key: string, instance: number): HeaderField[] {
  const of = new RegExp(`^\\s*i\\s*=\\s*${instance}\\s*;`);
  return headers.filter((h) => h.key === key && of.test(h.rawValue));
}

/** Mailbox providers that seal the messages they deliver or pass on inside themselves. */
const DELIVERY_SEALERS: ReadonlySet<string> = new Set([
  'google.com',
  'microsoft.com',
  'outlook.com',
  'office365.com',
  'yahoo.com',
  'aol.com',
  'icloud.com',
]);

/**
 * Someone other than the gateway (`domains`) and a mailbox provider sealed the message after the
 * gateway's newest seal (`sealers`, i=1..n): whatever the gateway recorded, it recorded about the
 * message before that sealer had it (red-team round 141).
 */
export function sealedAfterGateway(sealers: string[], domains: string[]): boolean {
  const orgs = new Set(domains.map(orgOf));
  for (let i = sealers.length; i >= 1; i--) {
    const org = orgOf(sealers[i - 1]!);
    if (orgs.has(org)) return false;
    if (!DELIVERY_SEALERS.has(org)) return sealers.slice(0, i - 1).some((d) => orgs.has(orgOf(d)));
  }
  return false;
}

/**
 * The ARC-Authentication-Results a trusted gateway sealed, from an intact chain (`sealers`, i=1..n,
 * as our ARC check or the provider validated it): the newest instance sealed under one of `domains`,
 * when no one but a mailbox provider sealed after it.
 * Unlike its plain headers, a seal proves who wrote the record wherever it sits (RFC 8617 §4.1.2):
 * Mimecast, for one, writes its Authentication-Results where the sender could have written them.
 */
export function sealedGatewayResults(
  headers: HeaderField[],
  sealers: string[],
  domains: string[],
  /**
   * The header index of the Received line below the one the gateway wrote when it took the message
   * at the reader's entry: its own seal sits above it (it seals what it hands on, above its own line
   * or, as a milter, just below it: OpenARC, rspamd). A seal of the gateway's domain further down
   * was made before the reader's gateway had the message: another account's of the same service
   * (red-team round 142: the attacker's own Mimecast tenant sealed the bank's notice as passing, his
   * Microsoft 365 tenant then added the lure and sealed as microsoft.com).
   */
  sealedAbove: number,
): AuthResultsHeader[] {
  const orgs = new Set(domains.map(orgOf));
  // The trusted gateway's seal nearest above its line about the origin: behind two trusted gateways
  // (Mimecast, then Barracuda) the first took the message from the sender, and the second's record
  // is of the first's connection (realworld142-outlook-mimecast-then-barracuda-both-trusted).
  let chosen = -1;
  for (let i = sealers.length; i >= 1; i--) {
    const org = orgOf(sealers[i - 1]!);
    if (!orgs.has(org)) {
      // Sealed after the gateway by someone else: what the gateway recorded is about the message
      // before that sealer's changes (red-team round 141: an attacker's own seal over a bank notice
      // his Mimecast account had sealed as passing). Only a mailbox provider's seal on delivery may
      // sit above it.
      if (chosen < 0 && !DELIVERY_SEALERS.has(org)) return [];
      if (chosen < 0) continue;
      break;
    }
    const seal = arcSetHeaders(headers, 'arc-seal', i)[0];
    if (!seal || seal.index >= sealedAbove) break;
    chosen = i;
  }
  if (chosen < 0) return [];
  const i = chosen;
  const aar = arcSetHeaders(headers, 'arc-authentication-results', i);
  if (aar.length !== 1 || aar[0]!.index >= sealedAbove) return [];
  const h = aar[0]!;
  const parsed = parseAuthResultsValue(h.rawValue.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, ''));
  if (parsed.malformed) return [];
  return [
    {
      authservId: parsed.authservId,
      version: parsed.version,
      results: parsed.results,
      index: h.index,
      line: h.line,
      trusted: true,
      // Under the gateway's own intact ARC seal: its signature proves who wrote it.
      proven: true,
      forged: false,
      malformed: false,
      gateway: true,
    },
  ];
}
