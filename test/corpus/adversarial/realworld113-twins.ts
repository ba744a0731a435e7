// The attack twin of real-mail round 113 (test/corpus/legit/realworld113.ts): an Azure VM under a
// taken-over name in the university department's zone forging a colleague, kept here because a
// legit module promises never to read "spoofed".
import { makeTwins } from '../legit/realworld113';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
