// The attack twins of real-mail round 137 (test/corpus/legit/realworld137.ts): a spoofer dressed
// as a forwarder or a mailing list, kept here because a legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld137';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
