// The attack twins of real-mail round 123 (test/corpus/legit/realworld123.ts): a forger whose own
// reverse name claims the firm's filter connecting straight to on-premises Exchange, kept here
// because a legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld123';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
