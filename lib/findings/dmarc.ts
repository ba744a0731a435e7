// DMARC (RFC 7489): did the From domain authenticate, and what does its owner ask receivers to do?
import type { Finding } from '../types';
import { dmarcState, failureNotEnforced, fromDomain } from './auth-state';
import { brandInName, brandOfDomain, orgDomain } from './domains';
import { dnsErrorEvidence, firstHeaderLine, providerLines, txtEvidence, uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';

const POLICY_MEANING: Record<string, string> = {
  none: 'p=none: the domain owner asks receivers to deliver spoofed mail anyway, so a fake message still reaches the inbox.',
  quarantine:
    'p=quarantine: the domain owner asks receivers to put mail that fails this check in the spam folder.',
  reject:
    'p=reject: the domain owner asks receivers to refuse mail that fails this check; it reached you anyway, perhaps through a forwarder or because your provider does not enforce the policy.',
};

/** `TXT _dmarc.<domain>: v=DMARC1; …`, looked up at the From domain, then the organisational domain. */
export function dmarcRecordEvidence(ctx: RuleContext): string[] {
  const d = ctx.analysis.dmarc;
  const names = uniq([d.domain, d.orgDomain]).map((n) => `_dmarc.${n}`);
  for (const name of names) {
    const ev = txtEvidence(ctx.analysis.dns, name, 'v=DMARC1');
    if (ev) return [ev];
  }
  if (d.record)
    return [`TXT _dmarc.${d.orgDomain && d.orgDomain !== d.domain ? d.orgDomain : d.domain}: ${d.record}`];
  return [];
}

/**
 * RFC 7489 §3.1: under strict alignment (adkim=s / aspf=s) only the exact From domain aligns, so a
 * DKIM or SPF pass for a sibling or parent domain (mail.example.com for example.com) does not
 * count. Said when it decided: otherwise a "pass" next to "Spoofed" reads as a contradiction.
 */
function strictAlignmentMiss(ctx: RuleContext, domain: string): string | null {
  const a = ctx.analysis;
  const mode = a.dmarc.alignment;
  if (!mode) return null;
  const from = domain.toLowerCase();
  const org = orgDomain(from);
  const sameOrgOther = (d: string) => {
    const x = d.toLowerCase();
    return x !== from && orgDomain(x) === org;
  };
  const dkim =
    mode.dkim === 's' ? a.dkim.find((d) => d.result === 'pass' && sameOrgOther(d.domain)) : undefined;
  const spf = mode.spf === 's' && a.spf.result === 'pass' && sameOrgOther(a.spf.domain) ? a.spf.domain : null;
  const said: string[] = [];
  if (dkim)
    said.push(
      `A DKIM signature from ${dkim.domain} is valid, but ${domain}'s DMARC record asks for strict alignment (adkim=s): only a signature from exactly ${domain} counts.`,
    );
  if (spf)
    said.push(
      `SPF passed for ${spf}, but ${domain}'s DMARC record asks for strict alignment (aspf=s): only exactly ${domain} counts.`,
    );
  return said.length > 0 ? said.join(' ') : null;
}

function dmarcFail(ctx: RuleContext, domain: string): Finding {
  const st = dmarcState(ctx);
  const policy = st.policy ?? ctx.analysis.dmarc.policy;
  const pct = ctx.analysis.dmarc.pct;
  const parts = [
    `Neither SPF nor DKIM proved that this message comes from ${domain}: the sending server is not one ${domain} lists, and no valid signature from ${domain} matches the From address.`,
  ];
  const strict = strictAlignmentMiss(ctx, domain);
  if (strict) parts.push(strict);
  if (policy && POLICY_MEANING[policy]) parts.push(POLICY_MEANING[policy]);
  if (pct !== null && pct < 100)
    parts.push(`pct=${pct}: the policy is applied to only ${pct}% of such mail.`);
  if (st.source === 'provider')
    parts.push(`This is what your provider (${ctx.analysis.provider?.authservId}) recorded.`);
  // p=none (as applied): the check failed and the popup says so, but the owner does not ask
  // receivers to act on it, so the failure alone is no proof of forgery (verdict row policy-none).
  const notEnforced = failureNotEnforced(ctx.analysis, st);
  if (notEnforced)
    parts.push(
      'The domain owner does not ask receivers to act on failures, so mail passed on by a forwarder or mailing list fails in the same way.',
    );
  return {
    id: 'dmarc-fail',
    severity: notEnforced ? 'medium' : 'high',
    title: `The sender is not authorised to send mail as ${domain} (DMARC failed)`,
    detail: parts.join(' '),
    evidence: uniq([
      ...firstHeaderLine(ctx.message, 'from'),
      ...dmarcRecordEvidence(ctx),
      ...(st.source === 'provider' ? providerLines(ctx) : []),
    ]),
  };
}

export const dmarcRule: FindingRule = (ctx) => {
  const domain = fromDomain(ctx);
  if (!domain) return [];
  const st = dmarcState(ctx);
  const a = ctx.analysis;
  const fromLine = firstHeaderLine(ctx.message, 'from');
  if (st.result === 'fail' && !st.unreliable) return [dmarcFail(ctx, domain)];
  if (st.result === 'fail' && st.unreliable) {
    return [
      {
        id: 'dmarc-unchecked',
        severity: 'info',
        title: `Could not check DMARC for ${domain}: the message source is not byte-exact`,
        detail:
          'The webmail showed a re-encoded copy of the message, so its signature cannot be checked exactly. A failure here proves nothing; your provider checked the original when it arrived.',
        evidence: fromLine,
      },
    ];
  }
  if (st.result === 'temperror') {
    return [
      {
        id: 'dmarc-temperror',
        severity: 'info',
        title: `Could not check DMARC for ${domain}: DNS lookup failed`,
        detail:
          'Could not check: the DNS server did not answer for the DMARC policy. This is a temporary lookup problem, not evidence against the sender; try again later.',
        evidence: uniq([
          ...fromLine,
          ...dnsErrorEvidence(a.dns, `_dmarc.${domain}`),
          ...dnsErrorEvidence(a.dns),
        ]),
      },
    ];
  }
  const out: Finding[] = [];
  const noRecord = st.result === 'none' || (st.result === null && a.mode === 'online');
  if (noRecord && (st.source !== 'ours' || !a.dmarc.record)) {
    out.push({
      id: 'dmarc-none',
      severity: 'low',
      title: `${domain} publishes no DMARC policy`,
      detail: `Without a DMARC record, ${domain} does not tell receivers how to recognise mail that fakes its name, so HeaderLens cannot confirm that this message really comes from ${domain}.`,
      evidence: uniq([...fromLine, `TXT _dmarc.${a.dmarc.orgDomain ?? domain}: (no DMARC record)`]),
    });
  }
  const brand = brandOfDomain(domain) ?? (a.from ? brandInName(a.from.displayName) : null);
  const dkimPass = a.dkim.some((d) => d.result === 'pass' && d.aligned);
  if (st.policy === 'none' && (st.result === 'pass' || st.result === 'none') && (brand || dkimPass)) {
    out.push({
      id: 'dmarc-policy-none',
      severity: 'low',
      title: `${domain} asks receivers to deliver fake mail anyway (p=none)`,
      detail: `${POLICY_MEANING.none} This message looks authenticated, but a forged one in the name of ${domain} could reach your inbox too; be careful with similar messages.`,
      evidence: uniq([...fromLine, ...dmarcRecordEvidence(ctx)]),
    });
  }
  return out;
};
