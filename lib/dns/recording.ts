// Every question the engine asked and what came back, in the order asked: this is Analysis.dns.
// The report shows it, and ZoneResolver.fromLog replays it.
import type { DnsAnswer, DnsLogEntry, Resolver, RrType } from '../types';
import { errorCodeOf } from './errors';
import { cloneAnswer, hasTtl, type TtlAnswer, type TtlResolver } from './resolver';

export interface RecordingResolverOptions {
  /** Millisecond clock for durations (default performance.now). */
  now?: () => number;
}

export class RecordingResolver implements TtlResolver {
  readonly #inner: Resolver;
  readonly #now: () => number;
  readonly #log: DnsLogEntry[] = [];

  constructor(inner: Resolver, opts: RecordingResolverOptions = {}) {
    this.#inner = inner;
    this.#now = opts.now ?? (() => globalThis.performance?.now() ?? Date.now());
  }

  /** The entries so far (a copy). */
  get log(): DnsLogEntry[] {
    return this.#log.map((e) => ({ ...e }));
  }

  async resolve(name: string, type: RrType): Promise<DnsAnswer> {
    return (await this.resolveWithTtl(name, type)).answer;
  }

  async resolveWithTtl(name: string, type: RrType): Promise<TtlAnswer> {
    // The slot is taken when the question is asked, so the log keeps the engine's order even
    // when parallel answers arrive out of order.
    const entry: DnsLogEntry = { name, type };
    this.#log.push(entry);
    const start = this.#now();
    try {
      const res = hasTtl(this.#inner)
        ? await this.#inner.resolveWithTtl(name, type)
        : { answer: await this.#inner.resolve(name, type), ttl: undefined };
      entry.answer = cloneAnswer(res.answer);
      if (res.ttl !== undefined) entry.ttl = res.ttl;
      entry.cached = 'cached' in res && res.cached === true;
      entry.ms = entry.cached ? 0 : Math.round(this.#now() - start);
      return res as TtlAnswer;
    } catch (err) {
      entry.error = errorCodeOf(err);
      entry.cached = !!(err && typeof err === 'object' && (err as { cached?: unknown }).cached === true);
      entry.ms = entry.cached ? 0 : Math.round(this.#now() - start);
      throw err;
    }
  }
}
