// Which From address the checks are about. RFC 7489 §6.6.1: a From with several addresses is
// checked for each author domain, and the strictest policy among those that fail applies. So
// `alerts@attacker.example, security@northbank.example` is a DMARC fail for northbank.example
// (p=reject) even though the first address passes for the attacker. With one address, or when
// nothing else fails, the first address is the author (what most mail apps show).
import type { DmarcCheck, Mailbox } from '../types';

/**
 * No more other author domains than this are looked up: each costs a DMARC query. Counted after
 * duplicates are dropped, so addresses of the sender's own domain in front cannot push a later
 * one out of reach.
 */
const MAX_OTHER_AUTHORS = 20;

const STRICTNESS: Record<string, number> = { reject: 3, quarantine: 2, none: 1 };

export async function strictestAuthor(
  fromAll: Mailbox[],
  first: DmarcCheck,
  check: (domain: string) => Promise<DmarcCheck>,
): Promise<{ author: Mailbox; dmarc: DmarcCheck } | null> {
  const head = fromAll[0];
  if (!head) return null;
  const seen = new Set([head.domain]);
  const others: Mailbox[] = [];
  for (const m of fromAll.slice(1)) {
    const domain = m.domain;
    if (!domain || seen.has(domain)) continue;
    seen.add(domain);
    others.push(m);
    if (others.length === MAX_OTHER_AUTHORS) break;
  }
  if (others.length === 0) return null;
  let best: { author: Mailbox; dmarc: DmarcCheck } | null =
    first.result === 'fail' ? { author: head, dmarc: first } : null;
  // Asked together: a From of many domains is hostile, and its DNS should not take turns.
  const checks = await Promise.all(others.map((m) => check(m.domain)));
  for (const [k, m] of others.entries()) {
    const dmarc = checks[k]!;
    if (dmarc.result !== 'fail') continue;
    const rank = STRICTNESS[dmarc.policy ?? ''] ?? 0;
    if (!best || rank > (STRICTNESS[best.dmarc.policy ?? ''] ?? 0)) best = { author: m, dmarc };
  }
  return best && best.author !== head ? best : null;
}
