// The attack twins of real-mail round 151 (test/corpus/legit/realworld151.ts): expired signatures
// replayed today from a rented server, mbox-quoted or with a list's tag and footer kept, kept here
// because a legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld151';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
