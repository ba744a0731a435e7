// The attack twins of real-mail round 112 (test/corpus/legit/realworld112.ts): forgeries of the
// same providers' users (a Naver Works customer read in Outlook, a free.fr user in Gmail, a
// Zoho-hosted sender with the attacker's own ARC seal), kept here because a legit module promises
// never to read "spoofed".

import { makeTwins } from '../legit/realworld112';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
