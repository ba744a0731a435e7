// The attack twins of real-mail round 116 (test/corpus/legit/realworld116.ts): a taken-over
// `legacy-mx.<firm>` CNAME to a deleted Azure VM's name and a stale `smtp-old.<firm>` to a released
// EC2 address, kept here because a legit module promises never to read "spoofed".
import { makeTwins } from '../legit/realworld116';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
