// The attack twins of real-mail round 145 (test/corpus/legit/realworld145.ts): rented Hetzner
// servers sending as firms whose SPF lists the hoster's IPv6 ranges, kept here because a legit
// module holds only genuine shapes.
import { makeTwins } from '../legit/realworld145';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
