// The attack twins of real-mail round 160 (test/corpus/legit/realworld160.ts): an outsider's
// report whose inner copy carries forged box delivery lines, a Yahoo customer's real report of an
// unsigned bank spoof, and a colleague's report of a spoof the box recorded failing; kept here
// because a legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld160';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
