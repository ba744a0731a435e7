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

  resolve(name: string, type: RrType): Promise<DnsAnswer> {
    return this.resolveWithTtl(name, type).then(answerOf);
  }

  // Not async (one promise less per question); a throw of the inner resolver is recorded and
  // rejected like any failure.
  resolveWithTtl(name: string, type: RrType): Promise<TtlAnswer> {
    // The slot is taken when the question is asked, so the log keeps the engine's order even
    // when parallel answers arrive out of order.
    const entry: DnsLogEntry = { name, type };
    this.#log.push(entry);
    const start = this.#now();
    let asked: Promise<TtlAnswer>;
    try {
      asked = hasTtl(this.#inner)
        ? this.#inner.resolveWithTtl(name, type)
        : this.#inner.resolve(name, type).then(withoutTtl);
    } catch (err) {
      asked = Promise.reject(err);
    }
    return asked.then(
      (res) => {
        entry.answer = cloneAnswer(res.answer);
        if (res.ttl !== undefined) entry.ttl = res.ttl;
        entry.cached = 'cached' in res && res.cached === true;
        entry.ms = entry.cached ? 0 : Math.round(this.#now() - start);
        return res;
      },
      (err: unknown) => {
        entry.error = errorCodeOf(err);
        entry.cached = !!(err && typeof err === 'object' && (err as { cached?: unknown }).cached === true);
        entry.ms = entry.cached ? 0 : Math.round(this.#now() - start);
        throw err;
      },
    );
  }
}

const answerOf = (res: TtlAnswer): DnsAnswer => res.answer;
// A resolver that knows no TTL: the entry records none.
const withoutTtl = (answer: DnsAnswer) => ({ answer, ttl: undefined }) as unknown as TtlAnswer;
