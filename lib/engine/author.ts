// Which From address the checks are about. RFC 7489 §6.6.1: a From with several addresses is
// checked for each author domain, and the strictest policy among those that fail applies. So
// `alerts@attacker.example, security@northbank.example` is a DMARC fail for northbank.example
// (p=reject) even though the first address passes for the attacker. With one address, or when
// nothing else fails, the first address is the author (what most mail apps show).
import { hostKey, idnaHostname } from '../dns/name';
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
  // One author (nearly all mail) has no other domain to weigh: nothing is computed for it (its
  // IDNA key cost a URL parse per message).
  if (!head || fromAll.length < 2) return null;
  // Each domain once, as DNS names it: `Northbank.Example.`, `bänk.example` and `xn--bnk-qla.example`
  // are one domain each, not two or three slots of the cap (red-team round 165).
  const seen = new Set([authorKey(head.domain)]);
  const others: Mailbox[] = [];
  let beyond: Mailbox | null = null;
  let distinct = 1;
  for (const m of fromAll.slice(1)) {
    const domain = m.domain;
    const key = domain ? authorKey(domain) : '';
    if (!key || seen.has(key)) continue;
    seen.add(key);
    distinct++;
    if (others.length < MAX_OTHER_AUTHORS) others.push(m);
    else beyond ??= m;
  }
  if (others.length === 0) return null;
  // More author domains than are asked: any one left unasked may be the victim's, and extra
  // domains cost the sender nothing (his own subdomains, names that do not exist). No real mail
  // has so many authors: the first one left out stands as failing, with no policy of its own.
  if (beyond)
    return {
      author: beyond,
      dmarc: {
        result: 'fail',
        policy: null,
        domain: beyond.domain,
        orgDomain: null,
        record: null,
        pct: null,
        alignment: null,
        passedBy: [],
        info: `The From field names ${distinct} author domains; RFC 7489 §6.6.1 asks for each to be checked, and HeaderLens checks at most ${MAX_OTHER_AUTHORS + 1}. A From field this long hides the one that fails, so the rest count as failing: ${beyond.domain} and later ones were not looked up.`,
      },
    };
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

/** A domain as DNS compares it: A-labels, lower case, no trailing dot. */
function authorKey(domain: string): string {
  const host = hostKey(domain);
  return (host && idnaHostname(host)) || host;
}
