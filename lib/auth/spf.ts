// SPF (RFC 7208) for one message: mailauth decides the result, our walker says which term matched.
//
// Why mailauth runs in `strict` mode: its default mode is lenient (dual-stack void counting,
// ignoring syntax errors after the matching term, accepting malformed HELO macros) and scores
// 196/203 on the RFC 7208 test suite; strict mode scores 203/203 (test/unit/auth/
// spf-conformance.test.ts). We re-check what the provider claimed, so we follow the RFC exactly.
//
// The "eager include" deviation reported for older mailauth (an unresolvable include after a
// matching ip4 giving permerror) does not occur in 7.1: terms are evaluated in order and stop at
// the first match. The suite agrees with mailauth on every case, so no override is applied; a
// regression test (spf.test.ts) guards the behaviour in case an upgrade brings it back.

import { hostKey } from '../dns/name';
import { registrableDomain } from '../dns/registrable';
import { cloneAnswer } from '../dns/resolver';
import type { AuthWord, DnsAnswer, Resolver, RrType, SpfCheck } from '../types';
import { spf } from './mailauth-spf';
import type { SpfTreeRecorder } from './spf-tree';
import { type Lookup, walkSpf } from './spf-walk';

export interface CheckSpfOptions {
  /** The client IP (the origin hop's address). */
  ip: string;
  helo: string | null;
  /** Envelope sender (Return-Path); '' or null is the null sender → postmaster@helo (RFC 7208 §2.4). */
  sender: string | null;
  resolver: Resolver;
  /** RFC 5322 From domain, for the relaxed alignment flag. */
  fromDomain?: string | null;
  /** authserv-id written in mailauth's comments (default `headerlens`). */
  mta?: string;
  /** Records the SPF tree during this check's own walk (lib/auth/spf-tree.ts). */
  tree?: SpfTreeRecorder;
}

interface MailauthSpf {
  domain?: string;
  status?: { result?: string; comment?: string };
  explanation?: string;
  lookups?: { count?: number };
}

const WORDS = new Set<AuthWord>(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror']);

export async function checkSpf(opts: CheckSpfOptions): Promise<SpfCheck> {
  const helo = opts.helo?.trim() || null;
  const sender = opts.sender?.trim() || null;
  const identity = sender ?? (helo ? `postmaster@${helo}` : null);
  const base: SpfCheck = {
    result: 'none',
    domain: '',
    aligned: false,
    ip: opts.ip || null,
    helo,
    envelopeFrom: sender,
    mechanism: null,
    includePath: [],
    explanation: null,
    lookups: 0,
    info: null,
  };
  if (!identity) return { ...base, info: 'no envelope sender and no HELO name to check' };
  const domain = spfIdentityDomain(sender, helo);
  base.domain = domain;
  base.aligned = alignedRelaxed(domain, opts.fromDomain);

  // One memo per check: mailauth and the walker ask the same questions; each goes out once.
  const lookup = memoLookup(opts.resolver);
  let verdict: MailauthSpf;
  try {
    verdict = (await spf({
      ip: opts.ip,
      helo: helo ?? undefined,
      sender: identity,
      mta: opts.mta ?? 'headerlens',
      strict: true,
      resolver: (name: string, type: string) => lookup(name, type as RrType),
    } as Parameters<typeof spf>[0])) as MailauthSpf;
  } catch (err) {
    // mailauth turns DNS faults into results itself; anything thrown is a bug or hostile input.
    return { ...base, result: 'temperror', info: `SPF evaluation failed: ${String(err)}` };
  }
  const word = verdict.status?.result as AuthWord;
  const result: AuthWord = WORDS.has(word) ? word : 'temperror';
  const check: SpfCheck = {
    ...base,
    result,
    domain: verdict.domain || domain,
    explanation: verdict.explanation ?? null,
    lookups: verdict.lookups?.count ?? 0,
    info: verdict.status?.comment ?? null,
  };
  // Errors have no matching term; skipping the walk there also avoids extra DNS queries.
  if (result === 'none' || result === 'temperror' || result === 'permerror') return check;
  const walk = await walkSpf({
    ip: opts.ip,
    domain: check.domain,
    sender: identity,
    helo,
    lookup,
    ...(opts.tree ? { trace: opts.tree.trace } : {}),
  });
  opts.tree?.finish(walk);
  // Only a walker that reached the same result explains it; otherwise say nothing rather than
  // point at the wrong term.
  if (walk.result === result) {
    check.mechanism = walk.mechanism;
    check.includePath = walk.includePath;
  }
  return check;
}

/**
 * The domain SPF checks: the envelope sender's (after its last `@`; a value without one is taken
 * as the domain, as mailauth does), or the HELO name for the null sender `<>` (RFC 7208 §2.4).
 * Lower case, no trailing dot; '' when there is neither.
 */
export function spfIdentityDomain(
  sender: string | null | undefined,
  helo: string | null | undefined,
): string {
  const s = sender?.trim();
  const d = s ? s.slice(s.lastIndexOf('@') + 1) : (helo?.trim() ?? '');
  return hostKey(d);
}

/** Relaxed alignment (RFC 7489 §3.1.2): same organisational domain; DMARC redoes it strictly. */
function alignedRelaxed(domain: string, fromDomain: string | null | undefined): boolean {
  if (!fromDomain || !domain) return false;
  const a = registrableDomain(domain) ?? domain;
  const b = registrableDomain(fromDomain.toLowerCase()) ?? fromDomain.toLowerCase();
  return a === b;
}

function memoLookup(resolver: Resolver): Lookup {
  const answers = new Map<string, Promise<DnsAnswer>>();
  return (name, type) => {
    const key = `${type}:${hostKey(name)}`;
    let p = answers.get(key);
    if (!p) {
      p = Promise.resolve().then(() => resolver.resolve(name, type));
      p.catch(() => undefined);
      answers.set(key, p);
    }
    return p.then(cloneAnswer);
  };
}
