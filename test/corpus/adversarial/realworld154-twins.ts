// The attack twins of real-mail round 154 (test/corpus/legit/realworld154.ts): the attacker's own
// list re-posting the bank's signed notice with a callback footer, kept here because a legit
// module holds only genuine shapes (all pending: kept out by choice, see the legit module).
import { makeTwins } from '../legit/realworld154';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
