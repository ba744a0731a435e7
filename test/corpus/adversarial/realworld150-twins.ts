// The attack twins of real-mail round 150 (test/corpus/legit/realworld150.ts): forgeries backdated
// to look archived (an old Date, a fake months-old Received line, a retired selector's name) and a
// spoof of a lapsed domain, kept here because a legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld150';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
