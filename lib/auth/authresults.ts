// Authentication-Results (RFC 8601): parse every header, but trust only the ones the user's own
// provider added. Anyone can write "Authentication-Results: mx.google.com; dmarc=pass" into a
// message before sending it; what makes a header believable is its position.
import { hostKey } from '../dns/name';
import { isInternalIp } from '../message/ip';
import { findOrigin } from '../message/origin';
import { isLoopback } from '../message/origin-nat';
import { parseReceived, type ReceivedFields } from '../message/received';
import { isReceiverHost, receiverDomains } from '../message/receiver-hosts';
import type { AuthResultsHeader, HeaderField, Hop } from '../types';
import { parseAuthResultsValue } from './authresults-syntax';
import { heloWrites } from './helo-taint';

export { providerResults } from './authresults-provider';
export type { ParsedAuthResultEntry } from './authresults-syntax';

/**
 * Trust rule (RFC 8601 §5: the receiver adds its header at the top and should remove incoming
 * ones that claim its authserv-id — not every provider does):
 * - Only `Authentication-Results` counts; `ARC-Authentication-Results` is a different field
 *   (RFC 8617) and is never mixed in.
 * - The receiver's entry hop (lib/message/origin.ts `findOrigin`: the Received line where the
 *   message came in from outside) ends the trusted region, for every site: everything below that
 *   line was written before the receiver had the message, by the sender or whoever relayed it.
 *   One exception, as their mail shows: Gmail writes its header right under its entry line
 *   (Received, Received-SPF, Authentication-Results), so for BELOW_ENTRY_PROVIDERS the first
 *   Authentication-Results below the entry line, before any other Received, is still in.
 * - Walking down from the top, untrusted headers before the first trusted one are skipped (a
 *   local filter may add its own). The trusted run starts at the first header whose authserv-id
 *   is trusted (case-insensitive) and lasts while the A-R headers met are trusted; other header
 *   types in between do not break it (Gmail puts Received and Received-SPF between).
 * - The run ends at the first untrusted A-R after it started, or at the end of the region.
 *   Without an entry hop (no Received line names a sending IP), the old test stands: a Received
 *   header whose sending side is recorded and whose `by` host is not the receiver's, below the
 *   receiver's own Received headers.
 * - A trusted authserv-id outside the run is forged: someone else wrote it. The one exception is
 *   a Gmail or Yahoo header below a Received line by that same provider under the entry: an
 *   earlier delivery of a forwarded message through it. Not trusted either, and shown as
 *   `second-provider-auth-results` rather than forged.
 * - Gmail and Yahoo write one header per delivery (ONE_HEADER_PROVIDERS): within the run, only
 *   the first header under their name is trusted; later ones are neither trusted nor forged.
 * - A trusted header is `proven` when the entry hop is a Received line by one of the receiver's
 *   own hosts: then the receiver certainly wrote it. Which of its results count is decided by
 *   `providerResults` (the topmost trusted header, and the trusted proven ones of the same id
 *   right below it: lib/auth/authresults-provider.ts, deliveryRun).
 */
export function parseAuthResults(
  headers: HeaderField[],
  trustedAuthservIds: string[],
  /** The Received headers already parsed, in header order (the engine has them): not parsed twice. */
  received?: readonly ReceivedFields[],
  /**
   * Index (into the Received headers) of the receiver's entry hop, as `findOrigin` found it; null
   * when none was found. Left out, it is found here the same way, from the trusted ids alone.
   */
  entryHop?: number | null,
): AuthResultsHeader[] {
  const isTrustedId = authservIdMatcher(trustedAuthservIds);
  const domains = receiverDomains(trustedAuthservIds);
  const receivedHeaders = headers.filter((h) => h.key === 'received');
  const hops = received ?? receivedHeaders.map((h) => parseReceived(h));
  const entry = entryHop === undefined ? entryOf(hops, trustedAuthservIds) : entryHop;
  const entryAt = entry === null ? null : (receivedHeaders[entry]?.index ?? null);
  const proven = entry !== null && isReceiverHost(hops[entry]?.by ?? null, domains);
  const outsideAt = entryAt === null ? firstOutsideReceived(headers, domains, hops) : null;
  // The client's HELO as the receiver printed it on its entry line is the sender's text, and so is
  // what the receiver copies of it into its own results (rspamd's and policyd-spf's smtp.helo=, the
  // SPF comment). A host name or an address literal never holds ";", "(", ")", '"' or "\": a HELO
  // that does is writing into the receiver's header (probe47: `x;dmarc=pass header.from=…` with a
  // null MAIL FROM, rspamd's `a\";dmarc=pass …` closing its quoted value early). Then no pass in the
  // receiver's headers of this delivery is taken; their failures still are.
  const taintedHelo =
    entry !== null && heloWrites(receivedHeaders[entry]?.value ?? '', hops[entry]?.ip ?? null);
  // Stalwart writes its Received line first and its Authentication-Results right below it (its
  // real mail: stalwartlabs/stalwart issues 76 and 1308; rw45-stalwart-*): the first header below
  // a `by <host> (Stalwart SMTP)` entry line, under that host's own name, is in the region.
  const entryBy = entry === null ? null : (hops[entry]?.by ?? null);
  const stalwartId =
    entry !== null && entryBy && stalwartMark(receivedHeaders[entry]?.value ?? '') ? hostKey(entryBy) : null;
  // Postfix and Sendmail do not show milters their own Received line, so OpenDKIM, OpenDMARC,
  // OpenARC and smf-spf, which insert their rows at the top (smfi_insheader index 1), put them UNDER
  // the box's entry line, before the sender's headers (real-mail rounds 169 and 170: kernel.org's
  // subspace relay on Postfix, violet.fr.zoreil.com on Sendmail; fixed upstream only in 2026). The sender can write rows there too, so they are never trusted
  // and stay forged; they are marked `underOwnEntry` so that the findings grade them by what they
  // claim instead of calling the reader's own milter a forger. Not when a trusted row of the box
  // sits directly above its entry line (its filter writes above, so a row below is the sender's),
  // unless that row sits under the box's own re-injection line (a content filter's second pass
  // through Postfix from localhost, whose milters write under that line).
  const milterEntry = entry !== null && entryBy !== null && milterMark(receivedHeaders[entry]?.value ?? '');
  // The entry line's last by clause, outside comments and quoted strings: the receiver's own. The
  // first can be a HELO's words (`x by mx.google.com with ESMTPS id q1`, which Postfix prints as
  // given: r180-gmail-pop-fetch-helo-writes-by-google-header-under-hosting-entry-offline).
  const entryLastBy = entry === null ? null : lastByHost(receivedHeaders[entry]?.value ?? '');

  const out: AuthResultsHeader[] = [];
  let started = false;
  let ended = false;
  /** Below the entry line: an A-R met, a Received met, a Received by the receiver's own host met. */
  let belowAr = false;
  let belowReceived = false;
  let earlierDelivery = false;
  /** One-header providers whose header this delivery already has. */
  const taken = new Set<string>();
  let nth = 0;
  /** Above the entry line: a trusted row since the last Received; that Received is a re-injection. */
  let trustedSinceReceived = false;
  let reinjectedAbove = false;
  /** Under a Postfix entry line: still in the run its milters write (no Received, no other id yet). */
  let milterRun = false;
  /**
   * The hosts of Received lines above the entry other than the entry's own: a row under one of their
   * names below the entry is not the entry box's milters' (an inner box behind the reader's trusted
   * gateway writes under its own line: r179-trusted-gateway-entry-inner-box-id-rows-replayed-notice-offline).
   */
  const hostsAbove = new Set<string>();
  for (const h of headers) {
    const below = entryAt !== null && h.index > entryAt;
    if (h.key === 'received') {
      const hop = hops[nth++];
      if (outsideAt !== null && h.index >= outsideAt) ended = true;
      if (below) {
        belowReceived = true;
        milterRun = false;
        if (isReceiverHost(hop?.by ?? null, domains)) earlierDelivery = true;
      } else if (h.index === entryAt) {
        milterRun = milterEntry && !(trustedSinceReceived && !reinjectedAbove);
      } else {
        trustedSinceReceived = false;
        reinjectedAbove = hop?.ip != null && isInternalIp(hop.ip) && milterMark(h.value);
        // Not a line from loopback: amavis's hand-back names the machine's system name, which the
        // entry box's own milters may write under (r180-genuine-milters-authservid-system-host-amavis-line-above-offline).
        if (hop?.by && !(hop.ip != null && isLoopback(hop.ip))) hostsAbove.add(hostKey(hop.by));
      }
      continue;
    }
    // Milters insert at index 1, above everything the sender wrote: a row after the message's own
    // first header is not theirs (r178-offline-pnone-row-after-senders-first-header-offline).
    if (below && AUTHOR_HEADERS.has(h.key)) milterRun = false;
    if (h.key !== 'authentication-results') continue;
    const parsed = parseAuthResultsValue(h.rawValue);
    const claimsTrusted = parsed.authservId !== '' && isTrustedId(parsed.authservId);
    const family = claimsTrusted ? oneHeaderProvider(parsed.authservId) : null;
    const inRegion =
      !below ||
      (!belowAr &&
        !belowReceived &&
        (writesBelowEntry(parsed.authservId, entryLastBy, milterEntry) ||
          (stalwartId !== null && !started && hostKey(parsed.authservId) === stalwartId)));
    if (below) belowAr = true;
    let trusted = false;
    let forged = false;
    if (claimsTrusted) {
      if (ended || !inRegion) {
        // An earlier delivery through the same one-header provider (a forward) is not forged, nor
        // another server's row under a product's shared id.
        forged = !(family !== null && below && earlierDelivery) && !(below && PRODUCT_IDS(parsed.authservId));
      } else if (family !== null && taken.has(family)) {
        // Above the entry line yet a second header under a one-header provider's name: not this
        // delivery's result. Not trusted; not called forged either, since the sender cannot
        // write above the entry line.
      } else {
        trusted = true;
        started = true;
        if (family !== null) taken.add(family);
      }
    } else if (started) {
      ended = true;
    }
    if (trusted && !below) trustedSinceReceived = true;
    if (below && !claimsTrusted) milterRun = false;
    const underOwnEntry =
      forged &&
      below &&
      milterRun &&
      !(hostsAbove.has(hostKey(parsed.authservId)) && hostKey(parsed.authservId) !== hostKey(entryBy ?? ''));
    // A product's row under the entry is its SPF check's (Plesk writes nothing else there): a dkim=
    // or dmarc= in it is taken from nobody, since on a server whose check is off the row under the
    // entry line may be the sender's.
    const spfOnly = trusted && below && PRODUCT_IDS(parsed.authservId);
    const tainted = trusted && taintedHelo;
    const kept = parsed.results.filter(
      (e) => !(tainted && e.result.endsWith('pass')) && (!spfOnly || e.method === 'spf'),
    );
    const keep = tainted || kept.length < parsed.results.length ? kept : null;
    out.push({
      authservId: parsed.authservId,
      version: parsed.version,
      results: keep ?? parsed.results,
      index: h.index,
      line: h.line,
      trusted,
      ...(trusted ? { proven } : {}),
      forged,
      ...(underOwnEntry ? { underOwnEntry } : {}),
      malformed: parsed.malformed || keep !== null,
    });
  }
  return out;
}

/** The receiver's entry hop as the engine finds it (lib/message/origin.ts), on copies of the hops. */
function entryOf(hops: readonly ReceivedFields[], trustedAuthservIds: string[]): number | null {
  const copies = hops.map((h, index) => ({ ...h, index, internal: false }) as Hop);
  return findOrigin(copies, {
    trustedAuthservIds,
    singleEntryHop: trustedAuthservIds.some((id) => oneHeaderProvider(id) !== null),
  }).hopIndex;
}

/**
 * Receivers that write their Authentication-Results under their own entry Received line, with
 * Received-SPF between, as Gmail's delivered mail shows; every other receiver seen (Yahoo,
 * Exchange Online, Postfix/Exim milters, rspamd) writes it above.
 */
const BELOW_ENTRY_PROVIDERS = authservIdMatcher(['mx.google.com', 'plesk']);

/**
 * Authentication-Results ids that name a product, not a host: every Plesk server writes `Plesk;`
 * (its SPF check's one row, under Postfix's entry line, as Plesk-hosted mail shows: lore.kernel.org
 * copies via plesk.hostmyservers.fr; real-mail round 167). A sender on another Plesk server brings
 * its own server's row under that id: below the reader's entry it is not trusted, and not called
 * forged either, since it is most likely that server's own.
 */
const PRODUCT_IDS = authservIdMatcher(['plesk']);

/**
 * Headers only the message's author or sending software writes (RFC 5322's, MIME's, its signature):
 * under the entry line they mark where the sender's headers begin. Not ARC-*, Received-SPF,
 * DKIM-Filter, DMARC-Filter or X-*, which milters also insert at the top.
 */
const AUTHOR_HEADERS = new Set([
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'bcc',
  'subject',
  'date',
  'message-id',
  'in-reply-to',
  'references',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'dkim-signature',
]);

/** Stalwart's mark right after a `by <host>`: `by <host> (Stalwart SMTP) with …`. */
const STALWART_BY = /^by\s+[^\s()"]+\s+\(Stalwart SMTP\)/i;
/**
 * Postfix's `by <host> (Postfix) with …` (its default mail_name; not `(Postfix, from userid …)`), or
 * Sendmail's `by <host> (8.17.1/8.17.1) with …` (its version and its configuration's, and a
 * distribution's tag after them: `/Debian-22ubuntu3`; not `/Submit`).
 */
const MILTER_MTA_BY =
  /^by\s+[^\s()"]+\s+\((?:Postfix\)|8\.\d+\.\d+(?:\.\d+)?\/8\.\d+\.\d+(?:\.\d+)?(?:\/(?!Submit\))[^()/]+)?\)\s+with\s)/i;

/**
 * Stalwart's mark in its own Received line: the line's own by clause, outside every comment and
 * quoted string, is `by <host> (Stalwart SMTP)`. Another MTA's line can carry the sender's text
 * after its by clause (Exim prints `(envelope-from <"x by mx.reader.example (Stalwart SMTP) y"@…>)`,
 * keeping the quotes: probe52-exim-envelope-stalwart-mark-no-box-header-offline): inside a comment
 * or a quoted string it is not the mark.
 */
export function stalwartMark(value: string): boolean {
  return ownByClause(value, STALWART_BY);
}

/**
 * The mark of an MTA that hides its own Received line from milters (Postfix, Sendmail) in that
 * line, found the same way as Stalwart's.
 */
export function milterMark(value: string): boolean {
  return ownByClause(value, MILTER_MTA_BY);
}

/** A Received line's last `by <host>` outside comments and quoted strings (lower case), or null. */
export function lastByHost(value: string): string | null {
  const line = value.length > 4000 ? value.slice(0, 4000) : value;
  const clauses = byClauses(line);
  if (clauses.length === 0) return null;
  const at = clauses[clauses.length - 1]!;
  const host = BY_HOST.exec(line.slice(at, at + 300))?.[1];
  return host ? host.toLowerCase().replace(/\.$/, '') : null;
}

const BY_HOST = /^by\s+([^\s;()"]+)/i;
const SPACE = /\s/;

/** Whether the line's own by clause (the first `by` outside comments and quoted strings) matches `mark`. */
function ownByClause(value: string, mark: RegExp): boolean {
  const line = value.length > 4000 ? value.slice(0, 4000) : value;
  const first = byClauses(line)[0];
  return first !== undefined && mark.test(line.slice(first, first + 300));
}

/**
 * The last line scanned and its clauses: the entry line is asked for its Stalwart mark, its
 * Postfix/Sendmail mark and its last by host in turn (parseAuthResults), one scan serves all three.
 */
let scannedLine: string | null = null;
let scannedClauses: readonly number[] = [];

/** Where each `by` word outside comments and quoted strings starts in `line`, in order. */
function byClauses(line: string): readonly number[] {
  if (line === scannedLine) return scannedClauses;
  const out: number[] = [];
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5c /* \\ */) {
      i++;
      continue;
    }
    if (quoted) {
      if (c === 0x22 /* " */) quoted = false;
      continue;
    }
    if (c === 0x22) quoted = true;
    else if (c === 0x28 /* ( */) depth++;
    else if (c === 0x29 /* ) */) depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (c === 0x62 || c === 0x42) /* b B */ &&
      (i === 0 || SPACE.test(line[i - 1]!)) &&
      (line.charCodeAt(i + 1) | 0x20) === 0x79 /* y Y */ &&
      i + 2 < line.length &&
      SPACE.test(line[i + 2]!)
    )
      out.push(i);
  }
  scannedLine = line;
  scannedClauses = out;
  return out;
}

/**
 * Whether a header under `authservId` right below the entry line may be that receiver's: only where
 * it took the message in itself. Gmail's entry line is its own (`by mx.google.com`); a Gmail header
 * under another box's line (Gmail collecting a hosting mailbox over POP3, the hosting box writing no
 * header of its own) is the sender's: r179-gmail-pop-fetch-google-header-under-hosting-*. Plesk's
 * check writes under Postfix's line.
 */
function writesBelowEntry(authservId: string, entryBy: string | null, milterEntry: boolean): boolean {
  if (authservId === '' || !BELOW_ENTRY_PROVIDERS(authservId)) return false;
  if (PRODUCT_IDS(authservId)) return milterEntry;
  return entryBy !== null && isReceiverHost(entryBy, ['google.com']);
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
 * (the sender's side of the chain), or of the first that names no receiving host at all; null
 * when the receiver's hops cannot be recognised.
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
    // A line with a sending side and no "by" was not written by a receiver (lib/message/received.ts,
    // `noBy`): a HELO carrying CRLF, recorded raw, ends the receiver's line there and starts
    // whatever field the sender wrote next ("Authentication-Results: <your id>").
    if (hop.noBy) return h.index;
    if (isReceiverHost(hop.by, domains)) sawReceiver = true;
    else if (sawReceiver) return h.index;
  }
  return null;
}
