import type { DnsAnswer, Resolver, RrType } from '../../lib/types';

/** Adds a fixed delay to every query and counts them: a stand-in for a far DoH server. */
export class LatencyResolver implements Resolver {
  queries = 0;
  constructor(
    private readonly inner: Resolver,
    private readonly ms: number,
  ) {}
  async resolve(name: string, type: RrType): Promise<DnsAnswer> {
    this.queries++;
    await new Promise((r) => setTimeout(r, this.ms));
    return this.inner.resolve(name, type);
  }
}
