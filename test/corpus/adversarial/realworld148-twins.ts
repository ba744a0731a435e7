// The attack twins of real-mail round 148 (test/corpus/legit/realworld148.ts): a rented server
// under a firm's SPF that passes everyone, kept here because a legit module holds only genuine
// shapes.
import { makeTwins } from '../legit/realworld148';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
