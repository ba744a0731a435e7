// The attack twins of real-mail round 117 (test/corpus/legit/realworld117.ts): names that put the
// reader's organisation beside a desk or a mail system's words ("Tidewater Staff Payroll", "Team
// Tidewater", "Tidewater Email Quarantine", "Tidewater Group Office"), kept here because a legit
// module holds only genuine shapes.
import { makeTwins } from '../legit/realworld117';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
