// Which From address the checks are about. RFC 7489 §6.6.1: a From with several addresses is
// checked for each author domain, and the strictest policy among those that fail applies. So
// `alerts@attacker.example, security@northbank.example` is a DMARC fail for northbank.example
// (p=reject) even though the first address passes for the attacker. With one address, or when
// nothing else fails, the first address is the author (what most mail apps show).
import type { DmarcCheck, Mailbox } from '../types';

/** No more author domains than this are looked up: each costs a DMARC query. */
const MAX_AUTHORS = 4;

const STRICTNESS: Record<string, number> = { reject: 3, quarantine: 2, none: 1 };

export async function strictestAuthor(
  fromAll: Mailbox[],
  first: DmarcCheck,
  check: (domain: string) => Promise<DmarcCheck>,
): Promise<{ author: Mailbox; dmarc: DmarcCheck } | null> {
  const head = fromAll[0];
  if (!head) return null;
  const others = fromAll
    .slice(1, MAX_AUTHORS)
    .filter(
      (m, i, all) =>
        m.domain && m.domain !== head.domain && all.findIndex((x) => x.domain === m.domain) === i,
    );
  if (others.length === 0) return null;
  let best: { author: Mailbox; dmarc: DmarcCheck } | null =
    first.result === 'fail' ? { author: head, dmarc: first } : null;
  for (const m of others) {
    const dmarc = await check(m.domain);
    if (dmarc.result !== 'fail') continue;
    const rank = STRICTNESS[dmarc.policy ?? ''] ?? 0;
    if (!best || rank > (STRICTNESS[best.dmarc.policy ?? ''] ?? 0)) best = { author: m, dmarc };
  }
  return best && best.author !== head ? best : null;
}
