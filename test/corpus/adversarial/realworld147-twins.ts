// The attack twins of real-mail round 147 (test/corpus/legit/realworld147.ts): a bounce forged as
// the reader's own box and sent from outside, a "cleared as safe" report forged as IT with a
// forged bank delivery inside, and real phish attached to genuine reports; kept here because a
// legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld147';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
