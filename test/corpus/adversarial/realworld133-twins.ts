// The attack twins of real-mail round 133 (test/corpus/legit/realworld133.ts): forgeries through
// a box with more than one receiving host, kept here because a legit module holds only genuine
// shapes.
import { makeTwins } from '../legit/realworld133';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
