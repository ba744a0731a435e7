// The attack twins of real-mail round 124 (test/corpus/legit/realworld124.ts): a co-tenant's VM or a
// dynamic-DNS neighbour forging the self-hosted box's own line, kept here because a legit module
// holds only genuine shapes.
import { makeTwins } from '../legit/realworld124';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
