// A receiver that collected the message from another mailbox (Gmail's "Check mail from other
// accounts": `from pop.provider.example (…[IP]) by mx.google.com with POP3 … (single-drop)`;
// fetchmail, getmail: `by localhost with POP3`, `with POP3-SSL`) recorded the mailbox's POP or IMAP
// server, not the server that sent the message: that one is in the provider's own entry line
// below. SPF run on the POP server's address fails for every sender (real-mail round 34).
// The reader set the fetch up, so the mailbox's top lines are its provider's; below them the sender
// writes. The walk down the provider's lines passes only what the provider's own hand-offs look
// like, and stops with no address where a line could record the sender behind a NAT, a proxy or a
// login (red-team round 35: an inner address there, and the sender's own line below it, was taken).

import { hostKey } from '../dns/name';
import { registrableDomain } from '../dns/registrable';
import { hostUnder, KNOWN_GATEWAYS } from '../relay/gateways';
import type { Hop } from '../types';
import { isInternalIp } from './ip';
import { EXCHANGE_ONLINE_INTERNAL_NETWORKS, exchangeOnlineEntry } from './origin-exchange';
import { isLoopback } from './origin-nat';
import { internalTest } from './receiver-hosts';
import { authenticatedSubmission } from './submission';

/** A mailbox fetch: RFC 3848's POP3/IMAP words, as fetchmail, getmail and Gmail print them. */
const FETCH = /^(?:pop3?|imap4?)s?(?:-ssl)?$/i;
/** Microsoft's POP/IMAP servers (outlook.com and every Microsoft 365 tenant, the sovereign clouds). */
const MICROSOFT_MAILBOX = /(?:^|\.)(?:outlook\.office365\.com|outlook\.office365\.us|partner\.outlook\.cn)$/;
/** Local delivery words: only the provider's own hosts speak them to its store. */
const LOCAL = /^(?:lmtps?|local|utf8lmtps?)$/i;

const exchangeInternal = internalTest([...EXCHANGE_ONLINE_INTERNAL_NETWORKS]);

/** Whether the hop is a mailbox fetch (`with POP3`, `IMAP`, `POP3-SSL`…). */
export function isFetch(hop: Hop): boolean {
  return !hop.unreadable && FETCH.test(hop.with ?? '');
}

/**
 * The topmost fetch at or above the walk's entry `chosen`, or null. Above the entry every line is
 * the receiver's own; a fetch there whose server the receiver named without an address it could
 * read (fetchmail's `from imap.comcast.net [IP]`) was passed by the walk like a local hand-off.
 */
export function fetchAtOrAbove(hops: readonly Hop[], chosen: number): number | null {
  for (let i = 0; i <= chosen; i++) if (isFetch(hops[i]!)) return i;
  return null;
}

/**
 * Below the fetch at `at`, the provider's entry line: the first hop with a public sending address,
 * reached over the provider's own hand-offs only (every line received by a host of the mailbox
 * server's organisation; a loopback or address-less line a local one, not a login; an inner
 * address only for LMTP from a host of the provider). Microsoft's mailbox servers are read with
 * the Exchange walk (their lines are under outlook.com, the server under office365.com). Null: the
 * sending server is not known.
 */
export function fetchedEntry(hops: readonly Hop[], at: number): number | null {
  const fetch = hops[at]!;
  const names = [fetch.rdns, fetch.helo].filter((n): n is string => !!n).map(hostKey);
  if (names.some((n) => MICROSOFT_MAILBOX.test(n))) {
    const entry = exchangeOnlineEntry(hops.slice(at + 1), exchangeInternal);
    return entry?.kind === 'entry' ? at + 1 + entry.index : null;
  }
  const provider = new Set(names.map((n) => registrableDomain(n)).filter((d): d is string => !!d));
  const ours = (host: string | null) => !!host && provider.has(registrableDomain(hostKey(host)) ?? '');
  for (let j = at + 1; j < hops.length; j++) {
    const h = hops[j]!;
    // A login or a webmail's record: the client is a person, whom no address vouches for.
    if (h.unreadable || !ours(h.by) || authenticatedSubmission(h) || /^https?$/i.test(h.with ?? ''))
      return null;
    const helo = h.helo ? hostKey(h.helo) : null;
    const handOff = helo === null || helo === 'localhost' || ours(helo);
    if (h.ip === null || isLoopback(h.ip)) {
      if (handOff || LOCAL.test(h.with ?? '')) continue;
      return null;
    }
    if (isInternalIp(h.ip)) {
      if (LOCAL.test(h.with ?? '') && ours(helo)) continue;
      return null;
    }
    // A client named as one of the provider's own hosts (Comcast hands on between its
    // sys.comcast.net hosts over public addresses) or as a filtering gateway in front of it
    // (Proofpoint Essentials): not the sender, and the name is not proof enough to walk past it
    // (real-mail round 37). Unknown, never that host's SPF.
    const named = [h.rdns, h.helo].filter((n): n is string => !!n);
    if (named.some((n) => ours(n) || KNOWN_GATEWAYS.some((g) => g.domains.some((d) => hostUnder(n, d)))))
      return null;
    return j;
  }
  return null;
}
