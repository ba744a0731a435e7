// The attack twins of real-mail round 142 (test/corpus/legit/realworld142.ts): lures sent past the
// reader's inbound gateway with its lines forged below, or through it untrusted, kept here because a
// legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld142';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
