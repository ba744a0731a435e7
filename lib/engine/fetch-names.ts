// Below a mailbox fetch (lib/message/origin-fetch.ts), a client named as one of the mailbox
// provider's hosts or as a filtering gateway's is taken for the provider's own hand-off, and the
// sending server is then not known. Its HELO is its own word, and a PTR is whatever the address's
// owner set: any client can greet the provider's MX as `smtp-out2.<provider>` or as a Proofpoint
// host (probe40-fetch-provider-entry-helo-names-{provider,gateway}-host). So, online, those names
// are looked up forward: a client none of whose names leads back to its address is the provider's
// entry, judged at that address.
import { findOrigin, type OriginHints } from '../message/origin';
import { fetchNamedClient } from '../message/origin-fetch';
import type { Hop, Resolver } from '../types';
import { forwardMatch } from './origin-walk';

/**
 * The hop (at most one: where the walk below the fetch stops) whose provider- or gateway-named
 * client leads back to none of those names. A DNS fault proves nothing: the hop keeps its name, as
 * offline (an outage must not move the origin onto the provider's inner host).
 */
export async function unconfirmedFetchNames(
  hops: Hop[],
  hints: OriginHints,
  resolver: Resolver,
): Promise<Set<number>> {
  const copy = hops.map((h) => ({ ...h }));
  const { fetchedFrom } = findOrigin(copy, hints);
  if (fetchedFrom === undefined) return new Set();
  const named = fetchNamedClient(copy, fetchedFrom);
  if (!named) return new Set();
  const leadsBack = await Promise.all(named.names.map((n) => forwardMatch(n, named.ip, resolver)));
  return leadsBack.every((b) => b === false) ? new Set([named.hopIndex]) : new Set();
}
