// DNS answered from data: a zone file (tests, the CLI's --dns-zone) or the `dns` log of an earlier
// analysis (replay: the same answers and errors, so a saved report re-runs identically offline).
import type { DnsAnswer, DnsErrorCode, DnsLogEntry, MxRecord, RrType } from '../types';
import { DnsError, isDnsErrorCode } from './errors';
import { hostKey, normaliseName, questionKey } from './name';
import { cloneAnswer, DEFAULT_TTL, RR_TYPES, type TtlAnswer, type TtlResolver } from './resolver';
import { splitTxt } from './txt';

/**
 * One name's data. A TXT record is a string (split into 255-octet chunks like DNS does) or an
 * explicit list of chunks. `SERVFAIL` makes every query fail temporarily. `TIMEOUT` makes every
 * query for a type the name has no records of time out (the RFC 7208 test suite's TIMEOUT).
 */
export interface ZoneEntry {
  TXT?: Array<string | string[]>;
  A?: string[];
  AAAA?: string[];
  MX?: MxRecord[];
  PTR?: string[];
  CNAME?: string[];
  SERVFAIL?: boolean;
  TIMEOUT?: boolean;
}

/** `{ "<name, lower case, no trailing dot>": ZoneEntry }` — absent name = NXDOMAIN. */
export type ZoneData = Record<string, ZoneEntry>;

export interface ZoneResolverOptions {
  /** Simulated per-query latency for benchmarks: a number or a function of the question. */
  latencyMs?: number | ((name: string, type: RrType) => number);
  /** TTL reported for zone answers (seconds). */
  ttl?: number;
}

type Recorded = { answer: DnsAnswer; ttl: number } | { error: DnsErrorCode };

// A CNAME chain longer than this is answered SERVFAIL, as recursive resolvers do for loops.
const MAX_CNAME_HOPS = 8;

export class ZoneResolver implements TtlResolver {
  readonly #zone: Map<string, ZoneEntry>;
  /**
   * Names with no records of their own but names below them (`_domainkey.example` when only
   * `s1._domainkey.example` is listed): empty non-terminals, which exist (RFC 8020: NXDOMAIN means
   * nothing at or below the name), so they answer "no data", as a real server does.
   */
  readonly #ancestors: Set<string>;
  #replay: Map<string, Recorded> | null;
  readonly #opts: ZoneResolverOptions;

  constructor(zone: ZoneData, opts: ZoneResolverOptions = {}) {
    this.#zone = new Map(Object.entries(zone).map(([k, v]) => [hostKey(k), v]));
    this.#ancestors = new Set();
    for (const name of this.#zone.keys()) {
      const labels = name.split('.');
      for (let i = 1; i < labels.length - 1; i++) this.#ancestors.add(labels.slice(i).join('.'));
    }
    this.#replay = null;
    this.#opts = opts;
  }

  /** Replays a recorded `Analysis.dns` log: answers and errors exactly as recorded. */
  static fromLog(log: readonly DnsLogEntry[], opts: ZoneResolverOptions = {}): ZoneResolver {
    const r = new ZoneResolver({}, opts);
    const replay = new Map<string, Recorded>();
    for (const e of log) {
      if (!e || typeof e.name !== 'string' || !RR_TYPES.includes(e.type)) continue;
      let key: string;
      try {
        key = questionKey(normaliseName(e.name, e.type), e.type);
      } catch {
        continue;
      }
      if (replay.has(key)) continue; // the first outcome recorded is the one the engine saw first
      if (e.answer !== undefined) replay.set(key, { answer: e.answer, ttl: e.ttl ?? DEFAULT_TTL });
      else if (isDnsErrorCode(e.error)) replay.set(key, { error: e.error });
    }
    r.#replay = replay;
    return r;
  }

  /**
   * Accepts either a zone file object or a report/analysis JSON with a `dns` array (or the bare
   * array), and builds the matching resolver. Throws TypeError on anything else: the CLI turns
   * that into a usage error.
   */
  static fromJson(obj: unknown, opts: ZoneResolverOptions = {}): ZoneResolver {
    if (Array.isArray(obj)) return ZoneResolver.fromLog(obj as DnsLogEntry[], opts);
    if (obj && typeof obj === 'object') {
      const dns = (obj as { dns?: unknown }).dns;
      if (Array.isArray(dns)) return ZoneResolver.fromLog(dns as DnsLogEntry[], opts);
      return new ZoneResolver(sanitiseZone(obj as Record<string, unknown>), opts);
    }
    throw new TypeError('DNS data must be a zone object or an analysis with a "dns" array');
  }

  async resolve(name: string, type: RrType): Promise<DnsAnswer> {
    return (await this.resolveWithTtl(name, type)).answer;
  }

  async resolveWithTtl(name: string, type: RrType): Promise<TtlAnswer> {
    const n = normaliseName(name, type);
    const latency = this.#opts.latencyMs;
    const ms = typeof latency === 'function' ? latency(n, type) : (latency ?? 0);
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
    const replay = this.#replay;
    if (replay) {
      const rec = replay.get(questionKey(n, type));
      // A question the recording never asked: unknown, so temporary, never "no record".
      if (!rec) throw new DnsError('ESERVFAIL', name, type, { detail: 'not in the recorded DNS log' });
      if ('error' in rec) throw new DnsError(rec.error, name, type);
      return { answer: cloneAnswer(rec.answer), ttl: rec.ttl };
    }
    return { answer: this.#lookup(n, name, type, 0), ttl: this.#opts.ttl ?? DEFAULT_TTL };
  }

  #lookup(n: string, asked: string, type: RrType, hops: number): DnsAnswer {
    const entry = this.#zone.get(n);
    if (!entry) throw new DnsError(this.#ancestors.has(n) ? 'ENODATA' : 'ENOTFOUND', asked, type);
    if (entry.SERVFAIL) throw new DnsError('ESERVFAIL', asked, type);
    const records = recordsOf(entry, type);
    if (records) return records;
    if (type !== 'CNAME' && entry.CNAME?.length) {
      if (hops >= MAX_CNAME_HOPS) throw new DnsError('ESERVFAIL', asked, type, { detail: 'CNAME loop' });
      return this.#lookup(normaliseName(entry.CNAME[0]!, type), asked, type, hops + 1);
    }
    if (entry.TIMEOUT) throw new DnsError('ETIMEOUT', asked, type);
    throw new DnsError('ENODATA', asked, type);
  }
}

function recordsOf(entry: ZoneEntry, type: RrType): DnsAnswer | null {
  switch (type) {
    case 'TXT':
      return entry.TXT?.length ? entry.TXT.map((r) => (Array.isArray(r) ? [...r] : splitTxt(r))) : null;
    case 'MX':
      return entry.MX?.length
        ? entry.MX.map((m) => ({ priority: m.priority, exchange: m.exchange.replace(/\.$/, '') }))
        : null;
    case 'PTR':
    case 'CNAME':
      return entry[type]?.length ? entry[type].map((v) => v.replace(/\.$/, '')) : null;
    default:
      return entry[type]?.length ? [...entry[type]] : null;
  }
}

// Zone files come from users (the CLI): keep only well-formed parts, so a typo cannot crash.
function sanitiseZone(raw: Record<string, unknown>): ZoneData {
  const zone: ZoneData = {};
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
  for (const [name, value] of Object.entries(raw)) {
    if (!value || typeof value !== 'object') continue;
    const v = value as Record<string, unknown>;
    const e: ZoneEntry = {};
    if (Array.isArray(v.TXT)) {
      e.TXT = v.TXT.filter(
        (r): r is string | string[] =>
          typeof r === 'string' || (Array.isArray(r) && r.every((c) => typeof c === 'string')),
      );
    }
    for (const t of ['A', 'AAAA', 'PTR', 'CNAME'] as const) {
      const list = strings(v[t]);
      if (list) e[t] = list;
    }
    if (Array.isArray(v.MX)) {
      e.MX = v.MX.filter(
        (m): m is MxRecord =>
          !!m && typeof m === 'object' && typeof m.exchange === 'string' && Number.isFinite(m.priority),
      );
    }
    if (v.SERVFAIL === true) e.SERVFAIL = true;
    if (v.TIMEOUT === true) e.TIMEOUT = true;
    zone[name] = e;
  }
  return zone;
}
