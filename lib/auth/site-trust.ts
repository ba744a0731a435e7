// Which authserv-id a self-hosted webmail's own server writes. Gmail, Outlook and Yahoo are known
// in advance (their adapters name them); a Roundcube site's mail server is the user's own, so the
// user says which name to trust there, and the popup can suggest the likely one.

import { hostKey } from '../dns/name';
import { sameRegistrableDomain } from '../dns/registrable';
import type { Analysis } from '../types';

/** RFC 8601 §2.5: an authserv-id is normally the receiving host's domain name (labels of letters,
 *  digits, `-`, and the `_` some internal host names carry). */
const HOST_LIKE = /^[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*$/;

/**
 * The id in its stored form (lower case, no trailing dot), or null when it does not look like a
 * host name: ids that reach settings from a header are attacker text and must not carry anything
 * else (no `*` either: suffix families are for our own adapter lists).
 */
export function hostLikeAuthservId(input: string): string | null {
  const id = hostKey(input);
  return id.length > 0 && id.length <= 253 && HOST_LIKE.test(id) ? id : null;
}

function sameOrganisation(a: string, b: string): boolean {
  return a === b || sameRegistrableDomain(a, b, { privateSuffixes: true });
}

/**
 * The authserv-id the popup may offer to trust for a site, or null. It is the topmost
 * well-formed Authentication-Results header's id, offered only when it names the same
 * organisation as a host that received the message on the user's side (a `by` host of the
 * Received headers above and at the hop the origin was read from): a sender's own filters
 * stamp their own domain's name. A sender can still write a header under the receiver's name
 * when the receiver adds none; the offer's wording says to trust it only if the server adds them.
 */
export function suggestSiteAuthservId(
  analysis: Pick<Analysis, 'authResults' | 'hops' | 'origin'>,
): string | null {
  const top = analysis.authResults
    .filter((h) => !h.malformed && h.authservId)
    .reduce<(typeof analysis.authResults)[number] | null>(
      (a, h) => (a === null || h.index < a.index ? h : a),
      null,
    );
  const id = top ? hostLikeAuthservId(top.authservId) : null;
  if (!id) return null;
  const last = analysis.origin.hopIndex ?? 0;
  const receivers = analysis.hops
    .filter((h) => h.index <= last && h.by)
    .map((h) => hostLikeAuthservId(h.by ?? ''))
    .filter((h): h is string => h !== null);
  return receivers.some((by) => sameOrganisation(id, by)) ? id : null;
}

/**
 * Ids of the global list (trusted on every webmail) that name the same organisation as a
 * Roundcube site's host: most likely that server's own name, added there before ids could be
 * trusted per site, for the options page to offer the move.
 */
export function globalIdsOfSite(globalIds: string[], origin: string): string[] {
  let host: string | null;
  try {
    host = hostLikeAuthservId(new URL(origin).hostname);
  } catch {
    host = null;
  }
  if (!host) return [];
  return globalIds.flatMap((raw) => {
    const id = hostLikeAuthservId(raw);
    return id && sameOrganisation(id, host) ? [id] : [];
  });
}
