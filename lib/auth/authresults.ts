// Authentication-Results (RFC 8601): parse every header, but trust only the ones the user's own
// provider added. Anyone can write "Authentication-Results: mx.google.com; dmarc=pass" into a
// message before sending it; what makes a header believable is its position.
import { hostKey } from '../dns/name';
import { isInternalIp } from '../message/ip';
import { isReceiverHost, receiverDomains } from '../message/origin';
import { parseReceived, type ReceivedFields } from '../message/received';
import type { AuthResultsHeader, HeaderField } from '../types';
import { parseAuthResultsValue } from './authresults-syntax';

export { providerResults } from './authresults-provider';
export type { ParsedAuthResultEntry } from './authresults-syntax';

/**
 * Trust rule (RFC 8601 §5: the receiver adds its header at the top and should remove incoming
 * ones that claim its authserv-id — not every provider does):
 * - Only `Authentication-Results` counts; `ARC-Authentication-Results` is a different field
 *   (RFC 8617) and is never mixed in.
 * - Walking down from the top, untrusted headers before the first trusted one are skipped (a
 *   local filter may add its own). The trusted run starts at the first header whose authserv-id
 *   is trusted (case-insensitive) and lasts while the A-R headers met are trusted; other header
 *   types in between do not break it (Gmail puts Received and Received-SPF between).
 * - The run ends at the first untrusted A-R after it started, or at a Received header whose
 *   sending side is recorded and whose `by` host is not the receiver's, below the receiver's own
 *   Received headers (that is where the message was still outside the provider). The second
 *   test needs a Received `by` host matching the trusted ids; without one we cannot tell the
 *   receiver's hops apart and only the A-R order counts.
 * - A trusted authserv-id outside the run is forged: someone else wrote it.
 * - Gmail and Yahoo write one header per delivery (ONE_HEADER_PROVIDERS): within the run, only
 *   the first header under their name is trusted; later ones are neither trusted nor forged.
 */
export function parseAuthResults(
  headers: HeaderField[],
  trustedAuthservIds: string[],
  /** The Received headers already parsed, in header order (the engine has them): not parsed twice. */
  received?: readonly ReceivedFields[],
): AuthResultsHeader[] {
  const isTrustedId = authservIdMatcher(trustedAuthservIds);
  const domains = receiverDomains(trustedAuthservIds);
  const outsideAt = firstOutsideReceived(headers, domains, received);

  const out: AuthResultsHeader[] = [];
  let started = false;
  let ended = false;
  /** One-header providers whose header this delivery already has. */
  const taken = new Set<string>();
  for (const h of headers) {
    if (h.key === 'received' && outsideAt !== null && h.index >= outsideAt) ended = true;
    if (h.key !== 'authentication-results') continue;
    const parsed = parseAuthResultsValue(h.rawValue);
    const claimsTrusted = parsed.authservId !== '' && isTrustedId(parsed.authservId);
    let trusted = false;
    let forged = false;
    if (claimsTrusted) {
      const family = oneHeaderProvider(parsed.authservId);
      if (ended) forged = true;
      else if (family !== null && taken.has(family)) {
        // Not this delivery's: an earlier one through the same provider (a forward) or the
        // sender's imitation right under the real header. Neither is trusted; neither is
        // called forged, since a forward is legitimate and the two cannot be told apart.
      } else {
        trusted = true;
        started = true;
        if (family !== null) taken.add(family);
      }
    } else if (started) {
      ended = true;
    }
    out.push({
      authservId: parsed.authservId,
      version: parsed.version,
      results: parsed.results,
      index: h.index,
      line: h.line,
      trusted,
      forged,
      malformed: parsed.malformed,
    });
  }
  return out;
}

/**
 * Providers that write all their results for a delivery into one Authentication-Results header
 * (dkim, spf and dmarc together), as their mail shows: Gmail (`mx.google.com`) and Yahoo (one
 * `atlas-…yahoo.com` header per message). Below that header the message's own headers begin, so
 * a second header under the same name right after it is the sender's (or an earlier delivery's),
 * however well placed: only the first counts.
 */
const ONE_HEADER_PROVIDERS = ['mx.google.com', '*.yahoo.com'];
const ONE_HEADER_MATCHERS = ONE_HEADER_PROVIDERS.map((p) => ({ family: p, matches: authservIdMatcher([p]) }));

/** The one-header provider an authserv-id belongs to (its pattern), or null. */
export function oneHeaderProvider(authservId: string): string | null {
  return ONE_HEADER_MATCHERS.find((m) => m.matches(authservId))?.family ?? null;
}

/**
 * Trusted authserv-ids, compared case-insensitively. An entry `*.yahoo.com` trusts a provider
 * whose ids vary by cluster (`atlas-production.v2-mail-prod1-gq1.omega.yahoo.com`): any id that
 * ends in `.yahoo.com` at a label boundary. The `*` is only ever read from our own adapter
 * lists and settings, never from a header (where a literal `*` is just another character).
 */
export function authservIdMatcher(trustedAuthservIds: string[]): (id: string) => boolean {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const raw of trustedAuthservIds) {
    const id = hostKey(raw);
    if (id.startsWith('*.') && id.length > 2) suffixes.push(id.slice(1));
    else if (id) exact.add(id);
  }
  return (candidate) => {
    const id = hostKey(candidate);
    if (exact.has(id)) return true;
    return (
      /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(id) &&
      suffixes.some((sfx) => id.endsWith(sfx) && id.length > sfx.length)
    );
  };
}

/**
 * Header index of the first Received, below the receiver's own, that the receiver did not write
 * (the sender's side of the chain), or null when the receiver's hops cannot be recognised.
 */
function firstOutsideReceived(
  headers: HeaderField[],
  domains: string[],
  parsed: readonly ReceivedFields[] | undefined,
): number | null {
  if (domains.length === 0) return null;
  let sawReceiver = false;
  let nth = 0;
  for (const h of headers) {
    if (h.key !== 'received') continue;
    const hop = parsed?.[nth++] ?? parseReceived(h);
    // A local hand-off or a private address says nothing about who wrote the header.
    if (hop.ip === null && hop.helo === null) continue;
    if (hop.ip !== null && isInternalIp(hop.ip)) continue;
    if (isReceiverHost(hop.by, domains)) sawReceiver = true;
    else if (sawReceiver) return h.index;
  }
  return null;
}
