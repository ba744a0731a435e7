// What a forwarder recorded when it received the message: the ARC-Authentication-Results of its
// ARC set (RFC 8617 §4.1.1). Read only for an intact chain: its ARC-Seals cover every AAR, so the
// record is the sealer's own. Whether the sealer is honest is decided elsewhere (arc.ts).
import { parseAuthResultsValue } from '../auth/authresults-syntax';
import { heloWrites } from '../auth/helo-taint';
import { isInternalIp, normalizeIp } from '../message/ip';
import { exchangeHandOff, exchangeOnlineEntry } from '../message/origin-exchange';
import { gmailInternal } from '../message/origin-fetch';
import { hostUnder, KNOWN_GATEWAYS, type KnownGateway, recogniseGateway } from '../relay/gateways';
import type { AuthResultEntry, HeaderField, Hop } from '../types';
import { orgDomain } from './domains';
import type { RuleContext } from './rule';

export interface SealerRecord {
  instance: number;
  sealer: string;
  /** The AAR line, as evidence; null when the set has none (or several, which is not a record). */
  line: string | null;
  /** The aligned method that passed for the From domain, null when none did. */
  passedBy: 'dmarc' | 'dkim' | 'spf' | null;
  /** It recorded an aligned DKIM pass for the From domain (whatever else it recorded). */
  dkimPassed: boolean;
  /** "dmarc=fail, dkim=pass (header.d=other.example), spf=softfail": what it wrote, short. */
  said: string;
  /**
   * Its pass rests on SPF alone, and every SPF pass it recorded for the From's organisation names
   * another client than the one its own entry line took the message from (nor the sender a known
   * gateway in front of it recorded): it checked SPF past a hop its tenant told it to skip, at an
   * address that hop wrote (sealerEntry). Null where no pass rests on SPF alone or it cannot be
   * judged; else the address the pass names and the one the entry line shows (null: unreadable).
   */
  spfElsewhere: { named: string; seen: string | null } | null;
  /**
   * Its pass rests on SPF alone, and every SPF pass it recorded for the From's organisation names
   * an address its own entry line (or a known gateway's in front of it) shows: it checked the
   * client it took the message from, as for mail sent to it directly (real-mail round 198).
   */
  spfAtEntry: boolean;
}

function domainOf(value: string | undefined): string | null {
  if (!value) return null;
  const d = value
    .slice(value.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
  return d || null;
}

/** Whether the results hold a DKIM pass aligned (relaxed) with `from`. */
function dkimPassFor(results: AuthResultEntry[], from: string): boolean {
  const org = orgDomain(from.toLowerCase());
  return results.some((r) => {
    if (r.method.toLowerCase() !== 'dkim' || r.result.toLowerCase() !== 'pass') return false;
    const d = domainOf(r.props['header.d'] ?? r.props['header.i']);
    return d !== null && orgDomain(d) === org;
  });
}

/**
 * The record evaluated DMARC for `from` itself and it did not pass: its SPF or DKIM pass of the
 * same organisation was not aligned under the domain's own policy (`aspf=s`/`adkim=s`: a shared
 * relay's pass for a subdomain envelope, a taken-over subdomain's signature), so the record says no
 * pass for the From domain, whatever relaxed alignment would make of it (probe138).
 */
function dmarcFailedFor(results: AuthResultEntry[], f: string): boolean {
  return results.some(
    (r) =>
      r.method.toLowerCase() === 'dmarc' &&
      r.result.toLowerCase() === 'fail' &&
      r.props['header.from']?.toLowerCase().replace(/\.$/, '') === f,
  );
}

/**
 * Which method recorded a pass for `from` (DMARC for that exact domain; SPF/DKIM aligned, relaxed,
 * unless the same record failed DMARC for it).
 */
export function passFor(results: AuthResultEntry[], from: string): SealerRecord['passedBy'] {
  const f = from.toLowerCase();
  const org = orgDomain(f);
  const is = (r: AuthResultEntry, m: string) =>
    r.method.toLowerCase() === m && r.result.toLowerCase() === 'pass';
  if (results.some((r) => is(r, 'dmarc') && r.props['header.from']?.toLowerCase() === f)) return 'dmarc';
  if (dmarcFailedFor(results, f)) return null;
  if (dkimPassFor(results, from)) return 'dkim';
  const aligned = (d: string | null) => d !== null && orgDomain(d) === org;
  if (results.some((r) => is(r, 'spf') && aligned(domainOf(r.props['smtp.mailfrom'])))) return 'spf';
  return null;
}

function said(results: AuthResultEntry[]): string {
  const parts = results
    .filter((r) => ['dmarc', 'dkim', 'spf'].includes(r.method.toLowerCase()))
    .map((r) => {
      const about =
        r.props['header.from'] ??
        r.props['header.d'] ??
        domainOf(r.props['header.i']) ??
        domainOf(r.props['smtp.mailfrom']);
      return `${r.method.toLowerCase()}=${r.result.toLowerCase()}${about ? ` (${about})` : ''}`;
    });
  return parts.length > 0 ? parts.join(', ') : 'no DMARC, DKIM or SPF result';
}

/**
 * The domains (header.from) ARC set `instance` records `dmarc=fail` for, with its AAR line: what
 * a list that rewrote From saw of its author's own domain.
 */
export function recordedDmarcFailures(
  ctx: RuleContext,
  instance: number,
): { domains: string[]; line: string } | null {
  const set = setRecord(ctx, instance);
  if (set === null || set.headers !== 1) return null;
  const { results } = parseAuthResultsValue(set.value);
  const domains = results
    .filter((r) => r.method.toLowerCase() === 'dmarc' && r.result.toLowerCase() === 'fail')
    .map((r) => (r.props['header.from'] ?? '').trim().toLowerCase().replace(/\.$/, ''))
    .filter(Boolean);
  return domains.length > 0 ? { domains, line: set.line } : null;
}

/**
 * The ARC-Authentication-Results of set `instance` (its value without `i=`, and its line): the one
 * such header, or none (several are not a record); with no header at i=1, what our own ARC check
 * kept of it when the headers were not passed on (`headers` 0).
 */
function setRecord(
  ctx: RuleContext,
  instance: number,
): { value: string; line: string; headers: number; at: number | null } | null {
  const sets = ctx.message.headers.filter(
    (h) =>
      h.key === 'arc-authentication-results' &&
      Number(/^\s*i\s*=\s*(\d{1,3})\s*;/.exec(h.rawValue)?.[1]) === instance,
  );
  if (sets.length === 1)
    return {
      value: sets[0]!.rawValue.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, ''),
      line: sets[0]!.line,
      headers: 1,
      at: sets[0]!.index,
    };
  if (sets.length === 0 && instance === 1 && ctx.analysis.arc.originalAuth) {
    const value = ctx.analysis.arc.originalAuth.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, '');
    return { value, line: `ARC-Authentication-Results: i=1; ${value.trim()}`, headers: 0, at: null };
  }
  return null;
}

/** The record of ARC set `instance` (1-based), sealed by `sealer`, judged for the From domain. */
export function sealerRecord(ctx: RuleContext, instance: number, sealer: string): SealerRecord {
  const from = ctx.analysis.from?.domain ?? '';
  const set = setRecord(ctx, instance);
  if (set === null)
    return {
      instance,
      sealer,
      line: null,
      passedBy: null,
      dkimPassed: false,
      said: 'nothing readable',
      spfElsewhere: null,
      spfAtEntry: false,
    };
  const parsed = parseAuthResultsValue(set.value);
  const own = from !== '' && !clientHeloWrites(ctx, set.at, sealer);
  const passedBy = own ? passFor(parsed.results, from) : null;
  const dkimPassed =
    own && !dmarcFailedFor(parsed.results, from.toLowerCase()) && dkimPassFor(parsed.results, from);
  const spf =
    passedBy !== null && !dkimPassed ? spfVersusEntry(ctx, parsed.results, from, set.at, sealer) : null;
  return {
    instance,
    sealer,
    line: set.line,
    passedBy,
    dkimPassed,
    said: said(parsed.results),
    spfElsewhere: spf?.named.every((ip) => !spf.seen.includes(ip))
      ? { named: spf.named[0]!, seen: spf.seen[0] ?? null }
      : null,
    spfAtEntry: spf?.named.every((ip) => spf.seen.includes(ip)) ?? false,
  };
}

/**
 * The forwarder's own Received line about its client, the first below its ARC set (`at`) written
 * by a host of the sealer's organisation, prints a HELO that writes into results (lib/auth/
 * helo-taint.ts): the forwarder copied it into the record it sealed, so no pass there is its own
 * (probe51-gmail-trusted-forwarder-aar-helo-injects-dmarc-pass-*). Its failures still are.
 */
function clientHeloWrites(ctx: RuleContext, at: number | null, sealer: string): boolean {
  const below = receivedBelow(ctx.message.headers, at);
  if (below === null) return false;
  const hop = ctx.analysis.hops.find((h) => h.index === below.k);
  if (!hop?.by || orgDomain(hop.by) !== orgDomain(sealer)) return false;
  return heloWrites(below.value, hop.ip);
}

/**
 * The first Received field below the ARC set at header position `at`: its place among the Received
 * fields (`k`, a hop's index) and its text; null when there is none.
 */
function receivedBelow(
  headers: readonly HeaderField[],
  at: number | null,
): { k: number; value: string } | null {
  if (at === null) return null;
  const received = headers.filter((h) => h.key === 'received');
  const k = received.findIndex((h) => h.index > at);
  return k < 0 ? null : { k, value: received[k]!.value };
}

/**
 * The client address an SPF result's comment names, read where only the sealer writes: Google's
 * ends `designates X as permitted sender` (the envelope before it is the sender's text, and a quoted
 * local part can spell another `designates X as`: red-team round 205), Microsoft's is
 * `sender IP is X` whole.
 */
const SPF_CLIENT = [
  /designates\s+\[?([0-9a-f.:]{2,45})\]?\s+as\s+permitted\s+sender\s*$/i,
  /^\s*sender\s+ip\s+is\s+\[?([0-9a-f.:]{2,45})\]?\s*$/i,
];

/** The address the last of the result's comments names (SPF_CLIENT), or null. */
function spfClient(r: AuthResultEntry): string | null {
  const comment = (r.comments ?? []).at(-1)?.slice(0, 2000) ?? '';
  for (const re of SPF_CLIENT) {
    const m = re.exec(comment);
    if (m) return normalizeIp(m[1]!);
  }
  return null;
}

/**
 * Where the sealer took the message in, read only from lines it wrote: walking down from its ARC
 * set (`at`), Exchange Online's own hand-offs to its frontend's entry line (exchangeOnlineEntry),
 * Gmail's internal lines and its mx.google.com hosts to the first public client. Then, when that
 * client is a well-known gateway by its address (Mimecast's, Proofpoint's networks), the gateway's
 * own lines below, to the first public client they name: the sender a tenant that skip-lists its
 * real gateway (Enhanced Filtering for Connectors, a Workspace inbound gateway) has checked.
 * Decided by addresses and by the `by` names of lines the walk already knows the sealer or the
 * gateway wrote, never by a client's HELO (red-team round 202). `unreadable`: the entry line cannot
 * be read; null: the lines below the set are not the sealer's, nothing is judged.
 */
function sealerEntry(
  headers: readonly HeaderField[],
  allHops: readonly Hop[],
  at: number | null,
  sealer: string,
  names: EntryNames = {},
): { ips: string[] } | 'unreadable' | null {
  const found = entryHop(headers, allHops, at, sealer);
  if (found === null) return null;
  const { hop, below } = found;
  if (hop.unreadable || hop.ip === null) return 'unreadable';
  const ips = [hop.ip];
  const gateway = knownGatewayAt(hop, names);
  // Only a gateway the service runs speaks for the client below it (KnownGateway.customerRun).
  if (gateway && !gateway.customerRun) {
    for (const h of below) {
      // A line naming nothing (qmail's `(qmail 20198 invoked from network)` under Symantec's
      // entry: real-mail round 198) carries no address to take.
      if (!h.unreadable && h.by === null && h.ip === null && h.helo === null && h.rdns === null) continue;
      if (h.unreadable || !gateway.domains.some((d) => hostUnder(h.by, d))) break;
      if (h.ip === null || isInternalIp(h.ip)) continue;
      ips.push(h.ip);
      break;
    }
  }
  return { ips: ips.map((ip) => normalizeIp(ip) ?? ip) };
}

/** The sealer's entry line (sealerEntry's walk) and the lines below it; null when not its own. */
function entryHop(
  headers: readonly HeaderField[],
  allHops: readonly Hop[],
  at: number | null,
  sealer: string,
): { hop: Hop; below: readonly Hop[] } | null {
  const below = receivedBelow(headers, at);
  if (below === null) return null;
  // Hops are in header order (parseReceivedChain), topmost first.
  const hops = allHops.filter((h) => h.index >= below.k);
  if (hops[0]?.index !== below.k) return null;
  const org = orgDomain(sealer.toLowerCase());
  let entry: number | null = null;
  if (org === 'microsoft.com') {
    const e = exchangeOnlineEntry(hops, exchangeHandOff);
    if (e?.kind === 'entry') entry = e.index;
  } else if (org === 'google.com') {
    for (let i = 0; i < hops.length && entry === null; i++) {
      const h = hops[i]!;
      if (h.unreadable) entry = i;
      else if (gmailInternal(h)) continue;
      else if (!hostUnder(h.by, 'google.com')) return null;
      else if (h.ip !== null && !isInternalIp(h.ip)) entry = i;
    }
  }
  if (entry === null) return null;
  return { hop: hops[entry]!, below: hops.slice(entry + 1) };
}

/** Forward-confirmed reverse names of sealers' entry clients, by address (ArcCheck.entryNames). */
type EntryNames = Readonly<Record<string, string>>;

/**
 * The well-known gateway an address belongs to: its network in our tables, a published range, or
 * (online) the forward-confirmed reverse name the engine looked up for it (ArcCheck.entryNames:
 * Exchange Online's entry line prints none; real-mail round 198's Sophos, Trend Micro,
 * Hornetsecurity and Symantec are known by name only).
 */
function knownGatewayAt(hop: Hop, names: EntryNames): KnownGateway | null {
  const name = hop.ip ? (names[normalizeIp(hop.ip) ?? hop.ip] ?? null) : null;
  return KNOWN_GATEWAYS.find((g) => g.name === hop.esp) ?? recogniseGateway(hop.ip, name)?.gateway ?? null;
}

/**
 * Online, the clients a Google or Microsoft seal's entry line shows where its SPF pass for the From's
 * organisation names another address and no address makes the client a known gateway: the engine
 * asks their reverse names (lib/engine/sealer-entry-names.ts), and a forward-confirmed one under a
 * gateway's domain makes the client that gateway. Only the sets of a chain known to be intact
 * (`sealers`, i=1..n: the ones sealerRecord reads). At most three, normalised.
 */
export function unnamedEntryClients(
  headers: readonly HeaderField[],
  hops: readonly Hop[],
  from: string | null,
  sealers: readonly string[],
): string[] {
  if (!from) return [];
  const out = new Set<string>();
  const records = headers.filter((h) => h.key === 'arc-authentication-results').slice(0, 8);
  for (const h of records) {
    const instance = Number(/^\s*i\s*=\s*(\d{1,3})\s*;/.exec(h.rawValue)?.[1]);
    const sealer = Number.isInteger(instance) && instance >= 1 ? sealers[instance - 1] : undefined;
    if (!sealer || !['google.com', 'microsoft.com'].includes(orgDomain(sealer))) continue;
    const value = h.rawValue.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, '');
    const named = spfNamed(parseAuthResultsValue(value).results, from);
    if (named === null) continue;
    const found = entryHop(headers, hops, h.index, sealer);
    const ip = found?.hop.ip ? normalizeIp(found.hop.ip) : null;
    if (!found || !ip || found.hop.unreadable || isInternalIp(ip) || named.includes(ip)) continue;
    if (knownGatewayAt(found.hop, {}) === null) out.add(ip);
  }
  return [...out].slice(0, 3);
}

/**
 * The domain an SPF result checked: the envelope's, or for an empty envelope (`MAIL FROM:<>`, a
 * bounce or auto-reply) the HELO's, which RFC 7489 §4.1 makes DMARC's SPF identity (red-team round
 * 210: a pass for the HELO of the attacker's own gateway went unjudged).
 */
function spfIdentity(r: AuthResultEntry): string | null {
  const envelope = domainOf(r.props['smtp.mailfrom']);
  return envelope?.includes('.') ? envelope : domainOf(r.props['smtp.helo']);
}
/**
 * The addresses the record's SPF passes for an envelope (or an empty envelope's HELO) of the From's
 * organisation name in their own comments (spfClient), and the ones the sealer's entry shows
 * (sealerEntry; none when its entry line cannot be read). Null when there is no such pass, one
 * names no address where the sealer writes it, or the entry is not known: nothing to judge.
 */
function spfVersusEntry(
  ctx: RuleContext,
  results: AuthResultEntry[],
  from: string,
  at: number | null,
  sealer: string,
): { named: string[]; seen: string[] } | null {
  const named = spfNamed(results, from);
  if (named === null) return null;
  const { headers } = ctx.message;
  const entry = sealerEntry(headers, ctx.analysis.hops, at, sealer, ctx.analysis.arc.entryNames);
  if (entry === null) return null;
  return { named, seen: entry === 'unreadable' ? [] : entry.ips };
}

/**
 * The addresses the record's SPF passes for an envelope (or an empty envelope's HELO) of the From's
 * organisation name (spfClient); null when there is none, or one names none where the sealer writes it.
 */
function spfNamed(results: AuthResultEntry[], from: string): string[] | null {
  const org = orgDomain(from.toLowerCase());
  const named = results
    .filter(
      (r) =>
        r.method.toLowerCase() === 'spf' &&
        r.result.toLowerCase() === 'pass' &&
        orgDomain(spfIdentity(r) ?? '') === org,
    )
    .map(spfClient);
  return named.length === 0 || named.some((ip) => ip === null) ? null : (named as string[]);
}
