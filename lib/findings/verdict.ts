// The verdict: one word and one sentence, decided by the first matching row of VERDICT_RULES.
// The table is the documentation (README) and each row has its own test.
import type { Analysis, Finding, Verdict } from '../types';
import { alignedDnsFaults, dmarcState, hasAlignedPass } from './auth-state';
import { summaryFor } from './summary';

export type VerdictInput = Omit<Analysis, 'verdict' | 'summary' | 'findings'>;

/** Impersonation findings; at high severity they are "strong" evidence (row 2). */
export const IMPERSONATION_IDS = new Set(['display-name-address', 'display-name-brand', 'lookalike-domain']);

export type VerdictRuleId =
  | 'dmarc-fail'
  | 'impersonation-unauthenticated'
  | 'impersonation-unchecked'
  | 'authenticated-with-concerns'
  | 'unauthenticated-hosted-server'
  | 'dmarc-pass'
  | 'otherwise';

export interface VerdictDecision {
  verdict: Verdict;
  summary: string;
  /** Which row of VERDICT_RULES decided. */
  rule: VerdictRuleId;
}

export const VERDICT_RULES: Array<{ id: VerdictRuleId; verdict: Verdict; when: string }> = [
  {
    id: 'dmarc-fail',
    verdict: 'spoofed',
    when: "The From domain fails DMARC (our re-check, or the provider's when it saw a firmer result, or offline), unless the failure is explained by a trusted ARC chain (forwarding), by a well-known gateway's own record of a pass at the entry hop, or comes from a copy that is not byte-exact.",
  },
  {
    id: 'impersonation-unauthenticated',
    verdict: 'spoofed',
    when: 'Authentication was checked and nothing works for the From domain (no DMARC pass, no aligned SPF/DKIM pass, no DNS error in the way) and a high-severity impersonation finding stands (address in the display name, look-alike From domain).',
  },
  {
    id: 'impersonation-unchecked',
    verdict: 'suspicious',
    when: 'A high-severity impersonation finding stands, but DNS errors kept the authentication check from finishing: never "spoofed" because of a DNS fault.',
  },
  {
    id: 'authenticated-with-concerns',
    verdict: 'suspicious',
    when: 'The From domain authenticates (DMARC pass, or an aligned SPF/DKIM pass), but a medium or high finding stands (broad SPF on a hosted server, display-name or look-alike impersonation, forged Authentication-Results, …).',
  },
  {
    id: 'unauthenticated-hosted-server',
    verdict: 'suspicious',
    when: 'Nothing authenticates the From domain and the relay is a hosted server (cloud VM, not an email service, not approved by you).',
  },
  {
    id: 'dmarc-pass',
    verdict: 'authenticated',
    when: 'DMARC passes and no finding above low remains.',
  },
  {
    id: 'otherwise',
    verdict: 'unverified',
    when: 'Anything else: no DMARC record, none/neutral, DNS errors (temperror is never fail), offline without provider results, forwarded mail whose ARC seal is trusted.',
  },
];

export function decideVerdict(a: VerdictInput, findings: Finding[]): VerdictDecision {
  const ctx = { analysis: a, options: { notByteExact: a.meta.notByteExact } };
  const st = dmarcState(ctx);
  const has = (id: string) => findings.some((f) => f.id === id);
  const serious = findings.filter((f) => f.severity === 'high' || f.severity === 'medium');
  const authenticates = hasAlignedPass(ctx);
  const decide = (rule: VerdictRuleId): VerdictDecision => {
    const verdict = VERDICT_RULES.find((r) => r.id === rule)?.verdict ?? 'unverified';
    return { verdict, rule, summary: summaryFor(rule, a, findings, st) };
  };
  if (a.from?.domain) {
    // A well-known gateway's own record of a pass (lib/findings/gateway.ts) explains the failure
    // the way a trusted ARC seal does: the gateway changed the message after checking it.
    if (st.result === 'fail' && !st.unreliable && !has('arc-forwarded') && !has('gateway-recorded-pass'))
      return decide('dmarc-fail');
    const strong = findings.some((f) => f.severity === 'high' && IMPERSONATION_IDS.has(f.id));
    // A DNS fault means "not known", not "not authenticated" (RFC 7208 §2.6.6, RFC 7489 §6.6.3):
    // without a finished check, impersonation alone only makes the message suspicious.
    const unchecked = st.result === 'temperror' || alignedDnsFaults(a).length > 0;
    if (!authenticates && strong)
      return decide(unchecked ? 'impersonation-unchecked' : 'impersonation-unauthenticated');
    if (authenticates && serious.length > 0) return decide('authenticated-with-concerns');
    if (!authenticates && a.origin.hostedServer) return decide('unauthenticated-hosted-server');
    if (st.result === 'pass' && serious.length === 0) return decide('dmarc-pass');
  }
  return decide('otherwise');
}
