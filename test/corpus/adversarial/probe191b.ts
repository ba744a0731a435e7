// Red-team twins of real-mail round 181's amazon.com.be case (test/corpus/legit/realworld181.ts
// makeComBeTwins): a stranger's own name under com.be, a second-level registry the Public Suffix
// List does not list, signing and enveloping mail whose From is Amazon's amazon.com.be. To the PSL
// (and so to Gmail's DMARC) every *.com.be is one organisation, com.be; HeaderLens reads each
// holder as its own since 2026-12-07 (lib/dns/registrable.ts REGISTRY_SUFFIXES and USER_ZONES).

import { makeComBeTwins } from '../legit/realworld181';
import type { CaseWriter } from '../make';
import { probeCorpus } from '../rounds-kit';

export const makeAll = makeComBeTwins;

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
