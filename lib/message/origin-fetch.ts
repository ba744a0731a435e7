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
import type { HeaderField, Hop } from '../types';
import { isInternalIp } from './ip';
import { EXCHANGE_ONLINE_INTERNAL_NETWORKS, exchangeOnlineEntry } from './origin-exchange';
import { isLoopback } from './origin-nat';
import { internalTest } from './receiver-hosts';
import { authenticatedSubmission, loginUsers, outsiderLogin } from './submission';

/** A mailbox fetch: RFC 3848's POP3/IMAP words, as fetchmail, getmail and Gmail print them. */
const FETCH = /^(?:pop3?|imap4?)s?(?:-ssl)?$/i;
/** Microsoft's POP/IMAP servers (outlook.com and every Microsoft 365 tenant, the sovereign clouds). */
const MICROSOFT_MAILBOX = /(?:^|\.)(?:outlook\.office365\.com|outlook\.office365\.us|partner\.outlook\.cn)$/;
/** Local delivery words: only the provider's own hosts speak them to its store. */
const LOCAL = /^(?:lmtps?|local|utf8lmtps?)$/i;
/** Google's POP/IMAP servers (Gmail and Workspace mailboxes alike). */
const GOOGLE_MAILBOX = /^(?:imap|pop)\.gmail\.com$/;

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
 * Where the walk below the fetch at `at` stops. `entry`: the provider's entry line, the first hop
 * with a public sending address reached over the provider's own hand-offs only (every line
 * received by a host of the mailbox server's organisation; a loopback or address-less line a local
 * one, not a login; an inner address only for LMTP from a host of the provider), or an unreadable
 * line (the entry with no address). `unknown`: the sending server is not known; `index` is the
 * line that stopped the walk where it could record the sender behind a login or the provider's own
 * hand-off. Microsoft's mailbox servers are read with the Exchange walk (their lines are under
 * outlook.com, the server under office365.com).
 */
export type FetchStop =
  | { kind: 'entry'; index: number }
  | { kind: 'unknown'; index: number | null; login?: boolean };

export function fetchWalk(hops: readonly Hop[], at: number): FetchStop {
  const unknown: FetchStop = { kind: 'unknown', index: null };
  const fetch = hops[at]!;
  const names = [fetch.rdns, fetch.helo].filter((n): n is string => !!n).map(hostKey);
  if (names.some((n) => MICROSOFT_MAILBOX.test(n))) {
    const entry = exchangeOnlineEntry(hops.slice(at + 1), exchangeInternal);
    return entry?.kind === 'entry' ? { kind: 'entry', index: at + 1 + entry.index } : unknown;
  }
  const provider = providerSet(fetch);
  const google = names.some((n) => GOOGLE_MAILBOX.test(n));
  const ours = (host: string | null) => !!host && provider.has(registrableDomain(hostKey(host)) ?? '');
  for (let j = at + 1; j < hops.length; j++) {
    const h = hops[j]!;
    // A line the client's HELO ran into (probe40-fetch-provider-entry-helo-unclosed-comment): the
    // entry with no address, as findOrigin reads one at the receiver; below it the sender writes.
    // A client that breaks the provider's line is no reason to call DMARC undecided.
    if (h.unreadable) return { kind: 'entry', index: j };
    // Gmail's internal hop, `Received: by 2002:a05:6a10:… with SMTP id …`: no client, by an address.
    if (google && gmailInternal(h)) continue;
    if (!ours(h.by)) return unknown;
    // A login or a webmail's record: the client is a person, whom no address vouches for. Who
    // logged in may still be known (fetchedLoginOutsider).
    if (authenticatedSubmission(h)) return { kind: 'unknown', index: j, login: true };
    if (/^https?$/i.test(h.with ?? '')) return { kind: 'unknown', index: j };
    const helo = h.helo ? hostKey(h.helo) : null;
    const handOff = helo === null || helo === 'localhost' || ours(helo);
    if (h.ip === null || isLoopback(h.ip)) {
      if (handOff || LOCAL.test(h.with ?? '')) continue;
      return unknown;
    }
    if (isInternalIp(h.ip)) {
      if (LOCAL.test(h.with ?? '') && ours(helo)) continue;
      return unknown;
    }
    // A client named as one of the provider's own hosts (Comcast hands on between its
    // sys.comcast.net hosts over public addresses) or as a filtering gateway in front of it
    // (Proofpoint Essentials): not the sender, and the name is not proof enough to walk past it
    // (real-mail round 37). Unknown, never that host's SPF, except where nothing was received
    // before it (a genuine inner hand-off always has the provider's entry line below it; a HELO
    // naming the provider on the last line is the client's word, probe40-fetch-provider-entry-
    // helo-names-{provider,gateway}-host; a co-tenant of a web host whose servers share its mail
    // hosts' domain has none: probe40-fetch-hosting-provider-co-tenant-server). Whether its names
    // lead back to its address is not asked: a provider's pool names often do not (GMX's, OVH's
    // inner relays: rw42-gmail-pop3-gmx-inner-handoff-ptr-not-back), and genuine mail would then
    // be judged at the provider's own host; an attacker who sets his PTR to a provider's name and
    // forges a line below reads unverified (README, "What still fools").
    if (providerNamed(h, ours).length > 0) {
      if (j === hops.length - 1) return { kind: 'entry', index: j };
      return { kind: 'unknown', index: j };
    }
    return { kind: 'entry', index: j };
  }
  return unknown;
}

/** The provider's entry line below the fetch at `at` (fetchWalk), or null: the sending server is not known. */
export function fetchedEntry(hops: readonly Hop[], at: number): number | null {
  const stop = fetchWalk(hops, at);
  return stop.kind === 'entry' ? stop.index : null;
}

/**
 * The client names of `h` that call it the provider's host (`ours`) or a known filtering gateway's:
 * the names that make the walk stop with no address. Where the provider's MTA printed a reverse
 * name of its own for the client, that name alone: the HELO is the client's word, and a provider
 * host's name in it beside the client's own reverse name (`from smtp-out2.<provider>
 * (mail.attacker.example [ip])`) is a claim the provider's record contradicts (probe44). A line
 * naming the client by its HELO alone (Comcast's `from resimta-….sys.comcast.net ([ip])`,
 * rw37-fetchmail-imap-comcast-unsigned) is read by that name.
 */
function providerNamed(h: Hop, ours: (host: string | null) => boolean): string[] {
  return [h.rdns ?? h.helo]
    .filter((n): n is string => !!n)
    .filter((n) => ours(n) || KNOWN_GATEWAYS.some((g) => g.domains.some((d) => hostUnder(n, d))));
}

/**
 * The walk below the fetch at `at` stopped at a login whose box names a user outside the From's
 * organisation (`mallory@mailprovider.example` writing as the bank:
 * probe40-fetch-provider-login-names-outsider-user): that user, else null. The provider's record
 * says who wrote the message, and it is not the From's organisation: nothing is undecided.
 */
export function fetchedLoginOutsider(
  hops: readonly Hop[],
  at: number,
  fromDomain: string | null,
  headers: readonly HeaderField[],
): string | null {
  const from = fromDomain ? registrableDomain(hostKey(fromDomain)) : null;
  const stop = fetchWalk(hops, at);
  if (!from || stop.kind !== 'unknown' || stop.index === null || !stop.login) return null;
  return outsiderLogin(loginUsers(hops[stop.index]!, headers), fromDomain!);
}

/**
 * The registrable domains of the fetch's server names. Google's mailbox servers (imap.gmail.com,
 * pop.gmail.com; Workspace mailboxes too) receive as mx.google.com, under google.com
 * (rw39-fetchmail-imap-no-address-into-postfix).
 */
function providerSet(fetch: Hop): Set<string> {
  const names = [fetch.rdns, fetch.helo].filter((n): n is string => !!n).map(hostKey);
  const provider = new Set(names.map((n) => registrableDomain(n)).filter((d): d is string => !!d));
  if (names.some((n) => GOOGLE_MAILBOX.test(n))) provider.add('google.com');
  return provider;
}

/** Gmail's internal line: no from clause, by an IPv6 address, `with SMTP`. */
export function gmailInternal(h: Hop): boolean {
  return (
    h.ip === null &&
    h.helo === null &&
    h.rdns === null &&
    /^SMTP$/i.test(h.with ?? '') &&
    !!h.by &&
    /^[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}$/i.test(h.by)
  );
}
