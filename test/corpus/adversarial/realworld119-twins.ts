// The attack twin of real-mail round 119 (test/corpus/legit/realworld119.ts): an outsider's Google
// Group whose poster named his Gmail "Tidewater IT Helpdesk", kept here because a legit module holds
// only genuine shapes.
import { makeTwins } from '../legit/realworld119';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
