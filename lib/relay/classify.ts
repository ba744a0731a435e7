// classifyIp: address → { asn, org, hosting, esp }. One binary search in the ASN tables (index, then
// shard), one in the ESP ranges, one in the optional feed ranges; no allocation beyond the result.
// Synchronous; `prepare` loads the shards a message needs first where reads are asynchronous (the
// worker), and an address whose shard could not be loaded is said to be unknown (ipDataMissing).
// An IPv6 address that embeds a public IPv4 host (NAT64, 6to4, Teredo: ./embedded-v4.ts) is
// classified as that host, and the class says so (embeddedIpv4); classifyParsed answers for the
// exact address, as the tables hold it.
import type { IpClass } from '../types';
import { formatIp, type IpAddress, parseIp } from './address';
import { publicEmbeddedIpv4 } from './embedded-v4';
import type { AsnChunk } from './ip-files';
import { EMAIL_PROVIDERS, type EmailProvider } from './providers-esp';
import { HOSTING_BY_ASN, HOSTING_RANGES } from './providers-hosting';
import { publishedHosting } from './published-hosting';
import { buildRangeSet, type LabelledRange, type RangeSet } from './range-set';
import {
  asnChunkOf,
  type IpRange,
  type IpTables,
  lookupAsnIndex,
  orgAt,
  prepareTables,
  shardOf,
  UNKNOWN_DATA,
} from './tables';

// The engine imports the whole relay API from this one module.
export { parseIp, parseIpOrError } from './address';
export {
  confirmReverseName,
  type EspEvidence,
  espEvidence,
  espFromEvidence,
  type ReverseCheck,
  scriptRelayName,
} from './esp-evidence';
export { type IpFileSource, type IpRange, type IpTables, type LoadResult, loadIpTables } from './tables';

export interface ClassifierOptions {
  /** Extra hosting ranges (e.g. parsed from AWS ip-ranges.json by ./feeds.ts); label = provider. */
  extraHosting?: LabelledRange[];
  /** Replaces the curated ESP list (tests). */
  emailProviders?: EmailProvider[];
}

export interface Classifier {
  (ip: string): IpClass | null;
  /**
   * The tables' answer for this very address, already parsed (no string parsing, and no embedded
   * IPv4 host looked up in its place): the benchmark and the table tests use it.
   */
  classifyParsed(ip: IpAddress): IpClass;
  /** Where the tables came from, for Analysis.meta.ipData (`@ip-location-db/asn@2.3.… (2026-…)`). */
  source: string;
  espRanges: RangeSet;
  hostingRanges: RangeSet;
  /** The ASN tables (null when none were loaded). */
  tables: IpTables | null;
  /**
   * Loads the shards that lookups of `ips` and scans of `ranges` (broad SPF) need, so the
   * synchronous calls after it answer from data. Resolves false when some could not be loaded
   * (those answers then say ipDataMissing) or the ranges needed more than the budget.
   */
  prepare(ips: ReadonlyArray<string | null>, ranges?: IpRange[]): Promise<boolean>;
  /** Hosting provider of an ASN index of `tables` (see hostingOfAsnIndex), null when none, undefined when unknown. */
  hostingOfAsnIndex(idx: number): string | null | undefined;
}

export function espRangeSet(providers: EmailProvider[] = EMAIL_PROVIDERS): RangeSet {
  return buildRangeSet(providers.flatMap((p) => p.ranges.map((cidr) => ({ cidr, label: p.name }))));
}

export function espByAsn(providers: EmailProvider[] = EMAIL_PROVIDERS): Map<number, string> {
  return new Map(providers.flatMap((p) => p.asns.map((a) => [a, p.name] as const)));
}

/**
 * The hosting provider of the AS at index `idx`: the curated name (providers-hosting.ts) when the
 * AS is one of those, else the AS's organisation name when it is on the data-centre list packed
 * with the tables ("Datacamp Limited"), else null. An ESP's own ASN is never hosting, whatever a
 * list says: the curated ESP allowlist stays on top.
 */
export function hostingOfAsnIndex(
  t: IpTables,
  idx: number,
  espAsns: ReadonlyMap<number, string>,
): string | null | undefined {
  if (idx < 0 || idx >= t.nAsns) return null;
  // undefined: the ASN chunk could not be loaded (the caller says the answer is incomplete).
  const c = asnChunkOf(t, idx);
  return c ? hostingInChunk(c, idx % t.per.asn, espAsns) : undefined;
}

function hostingInChunk(c: AsnChunk, i: number, espAsns: ReadonlyMap<number, string>): string | null {
  const asn = c.numbers[i]!;
  if (espAsns.has(asn)) return null;
  return HOSTING_BY_ASN.get(asn) ?? (c.hosting[i] === 1 ? orgAt(c, i) || `AS${asn}` : null);
}

/**
 * Builds the classifier over decoded tables (null tables = no bundled data: only the curated
 * ranges answer, asn/org stay null). Malformed input → null.
 */
export function createClassifier(tables: IpTables | null, options: ClassifierOptions = {}): Classifier {
  const providers = options.emailProviders ?? EMAIL_PROVIDERS;
  const espRanges = espRangeSet(providers);
  const espAsn = espByAsn(providers);
  const hostingRanges = buildRangeSet([...HOSTING_RANGES, ...(options.extraHosting ?? [])]);

  const classifyParsed = (ip: IpAddress): IpClass => {
    const idx = tables ? lookupAsnIndex(tables, ip) : -1;
    // One chunk read for the AS, its name and its hosting flag (no object per lookup).
    const chunk = tables && idx >= 0 ? asnChunkOf(tables, idx) : undefined;
    if (idx === UNKNOWN_DATA || (idx >= 0 && !chunk)) {
      // The shard that knows could not be loaded: only the curated and feed ranges answer, and
      // the class says its AS facts are unknown rather than absent.
      const esp = espRanges.lookup(ip);
      const hostingName = hostingRanges.lookup(ip) ?? publishedHosting(ip);
      return {
        asn: null,
        org: null,
        hosting: hostingName !== null && esp === null ? { provider: hostingName } : null,
        esp,
        ipDataMissing: true,
      };
    }
    const i = chunk ? idx % tables!.per.asn : 0;
    const asn = chunk ? chunk.numbers[i]! : null;
    // Published ESP ranges first: SES inside AWS, EOP inside Azure, Gmail inside Google.
    const esp = espRanges.lookup(ip) ?? (asn !== null ? (espAsn.get(asn) ?? null) : null);
    const hostingName =
      hostingRanges.lookup(ip) ?? (chunk ? hostingInChunk(chunk, i, espAsn) : null) ?? publishedHosting(ip);
    return {
      asn,
      org: chunk ? orgAt(chunk, i) : null,
      hosting: hostingName !== null && esp === null ? { provider: hostingName } : null,
      esp,
    };
  };

  // Never the private host of an embedding (Gmail's internal 2002:a05:… hops): only a public one.
  const classifyHost = (ip: IpAddress): IpClass => {
    const e = publicEmbeddedIpv4(ip);
    if (!e) return classifyParsed(ip);
    const host: IpAddress = { v: 4, n: e.n };
    return { ...classifyParsed(host), embeddedIpv4: { ip: formatIp(host), via: e.via } };
  };

  const classify = ((ip: string) => {
    const parsed = parseIp(ip);
    return parsed ? classifyHost(parsed) : null;
  }) as Classifier;
  classify.classifyParsed = classifyParsed;
  classify.source = tables
    ? `${tables.meta.source}@${tables.meta.sourceVersion} (${tables.meta.generated})`
    : 'curated ranges only';
  classify.espRanges = espRanges;
  classify.hostingRanges = hostingRanges;
  classify.tables = tables;
  classify.hostingOfAsnIndex = (idx) => (tables ? hostingOfAsnIndex(tables, idx, espAsn) : null);
  classify.prepare = (ips, ranges = []) => {
    if (!tables) return ANSWERED;
    const parsed = ips.flatMap((s): IpAddress[] => {
      const ip = s ? parseIp(s) : null;
      if (!ip) return [];
      // The shard of the host an embedding names, which is what classify looks up.
      const e = publicEmbeddedIpv4(ip);
      return [e ? { v: 4, n: e.n } : ip];
    });
    // Most messages' addresses lie in shards an earlier message loaded: nothing to wait for, so
    // no turn through prepareTables' promises (what it would answer: every file it needs is here).
    if (ranges.length === 0 && allLoaded(tables, parsed)) return Promise.resolve(tables.failed.size === 0);
    return prepareTables(tables, parsed, ranges);
  };
  return classify;
}

/**
 * Prepares any classifier that can be prepared (a plain classify function, as tests pass, needs
 * nothing): the Received chain's addresses before relay facts are computed.
 */
export function prepareClassifier(
  classify: ((ip: string) => IpClass | null) | undefined,
  ips: ReadonlyArray<string | null>,
): Promise<void> {
  return classify && 'prepare' in classify ? (classify as Classifier).prepare(ips).then(nothing) : PREPARED;
}

const ANSWERED = Promise.resolve(true);
const PREPARED = Promise.resolve();
const nothing = (): void => undefined;

/** Whether the shard and the ASN chunk of every address are loaded (prepareTables would load none). */
function allLoaded(t: IpTables, ips: readonly IpAddress[]): boolean {
  for (const ip of ips) {
    const k = shardOf(t, ip);
    if (k < 0) continue;
    if ((ip.v === 4 ? t.v4[k] : t.v6[k]) === undefined) return false;
    const idx = lookupAsnIndex(t, ip);
    if (idx === UNKNOWN_DATA || (idx >= 0 && t.asn[(idx / t.per.asn) | 0] === undefined)) return false;
  }
  return true;
}

/** origin.hostedServer (issue 4): on a hosting network, not a known ESP, not approved by the user. */
export function isHostedServer(cls: IpClass | null, approved: boolean): boolean {
  return cls !== null && cls.hosting !== null && cls.esp === null && !approved;
}
