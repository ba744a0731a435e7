// The attack twins of real-mail round 121 (test/corpus/legit/realworld121.ts): an outsider's
// public group posting as "Tidewater IT Service Desk", "'Bob Hale' via Tidewater IT Support Forum",
// a Yahoo poster named "Tidewater IT Service Desk" on groups.io; kept here because a legit module
// holds only genuine shapes.
import { makeTwins } from '../legit/realworld121';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
