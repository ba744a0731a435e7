// The attack twins of real-mail round 120 (test/corpus/legit/realworld120.ts): names beside the
// genuine shops, clubs and unions that a desk's word or a bare generic word keeps the reader's
// organisation's desk ("Tidewater Staff Office", "Tidewater Staff Union Local 12 Payroll", "Team
// Tidewater"), kept here because a legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld120';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
