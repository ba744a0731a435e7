// What our resolvers offer beyond mailauth's `resolve(name, type)` contract: the answer's TTL
// (so the cache can keep it as long as the zone allows) and whether it came from a cache (so
// Analysis.dns can say so).
import type { DnsAnswer, MxRecord, Resolver, RrType } from '../types';

export interface TtlAnswer {
  answer: DnsAnswer;
  /** Seconds the answer may be kept (remaining seconds for a cached answer). */
  ttl: number;
  cached?: boolean;
}

export interface TtlResolver extends Resolver {
  resolveWithTtl(name: string, type: RrType): Promise<TtlAnswer>;
}

export function hasTtl(resolver: Resolver): resolver is TtlResolver {
  return typeof (resolver as Partial<TtlResolver>).resolveWithTtl === 'function';
}

/** TTL assumed when a source gives none (a zone file, a foreign resolver). */
export const DEFAULT_TTL = 300;

export const RR_TYPES: readonly RrType[] = ['TXT', 'A', 'AAAA', 'MX', 'PTR', 'CNAME'];

/**
 * A deep copy of an answer, so a caller (mailauth sorts MX lists in place) cannot change what a
 * cache or a log holds. Written for the three answer shapes: it runs several times per message,
 * where structuredClone cost more than the rest of the DNS layer together.
 */
export function cloneAnswer(answer: DnsAnswer): DnsAnswer {
  const out: unknown[] = new Array(answer.length);
  for (let i = 0; i < answer.length; i++) {
    const r = answer[i] as string | string[] | MxRecord;
    out[i] = typeof r === 'string' ? r : Array.isArray(r) ? r.slice() : { ...r };
  }
  return out as DnsAnswer;
}
