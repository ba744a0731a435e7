// The attack twins of real-mail round 139 (test/corpus/legit/realworld139.ts): a bank's lure with
// forged lines of the reader's own security stack (amavis, Proxmox, Hornetsecurity), kept here
// because a legit module holds only genuine shapes.
import { makeTwins } from '../legit/realworld139';
import type { CaseWriter } from '../make';

export async function make(write: CaseWriter): Promise<void> {
  return makeTwins(write);
}
