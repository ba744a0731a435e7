// The attack twins of real-mail round 122 (test/corpus/legit/realworld122.ts): forgeries through the
// self-hosted receivers' layouts, kept here because a legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld122';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
