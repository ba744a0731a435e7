// DMARC (RFC 7489): did the From domain authenticate, and what does its owner ask receivers to do?
import type { MessageKey } from '../i18n';
import { type Message, msg, sentences } from '../i18n/message';
import type { Finding } from '../types';
import { dmarcState, failureNotEnforced, fromDomain } from './auth-state';
import { brandInName, brandOfDomain, orgDomain } from './domains';
import { dnsErrorEvidence, firstHeaderLine, providerLines, txtEvidence, uniq } from './evidence';
import { entryVouched } from './receiver-record';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

const POLICY_MEANING: Record<string, MessageKey> = {
  none: 'finding_dmarc_policy_none_meaning',
  quarantine: 'finding_dmarc_policy_quarantine_meaning',
  reject: 'finding_dmarc_policy_reject_meaning',
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
function strictAlignmentMiss(ctx: RuleContext, domain: string): Message[] {
  const a = ctx.analysis;
  const mode = a.dmarc.alignment;
  if (!mode) return [];
  const from = domain.toLowerCase();
  const org = orgDomain(from);
  const sameOrgOther = (d: string) => {
    const x = d.toLowerCase();
    return x !== from && orgDomain(x) === org;
  };
  const dkim =
    mode.dkim === 's' ? a.dkim.find((d) => d.result === 'pass' && sameOrgOther(d.domain)) : undefined;
  const spf = mode.spf === 's' && a.spf.result === 'pass' && sameOrgOther(a.spf.domain) ? a.spf.domain : null;
  const said: Message[] = [];
  if (dkim) said.push(msg('finding_dmarc_strict_dkim', { signer: dkim.domain, domain }));
  if (spf) said.push(msg('finding_dmarc_strict_spf', { spf_domain: spf, domain }));
  return said;
}

function dmarcFail(ctx: RuleContext, domain: string): Finding {
  const st = dmarcState(ctx);
  const policy = st.policy ?? ctx.analysis.dmarc.policy;
  const pct = ctx.analysis.dmarc.pct;
  const meaning = policy ? POLICY_MEANING[policy] : undefined;
  const strict = strictAlignmentMiss(ctx, domain);
  // p=none (as applied): the check failed and the popup says so, but the owner does not ask
  // receivers to act on it, so the failure alone is no proof of forgery (verdict row policy-none).
  const notEnforced = failureNotEnforced(ctx.analysis, st);
  // In Outlook, Exchange Online's own record of the From's signature and DMARC passing before the
  // reader's own rule changed the message, over the whole body (changed-after-entry, verdict row
  // dmarc-pass): the failure is the rule's doing, a low note (real-mail round 135).
  const recorded = entryVouched(ctx)?.signatures.every((d) => typeof d.bodyLength !== 'number') ?? false;
  return {
    id: 'dmarc-fail',
    severity: recorded ? 'low' : notEnforced ? 'medium' : 'high',
    ...texts(
      msg('finding_dmarc_fail_title', { domain }),
      sentences([
        msg('finding_dmarc_fail_detail', { domain }),
        ...strict,
        meaning && msg(meaning),
        pct !== null && pct < 100 && msg('finding_dmarc_pct', { pct }),
        st.source === 'provider' &&
          msg('finding_dmarc_provider_recorded', { provider: ctx.analysis.provider?.authservId ?? '' }),
        notEnforced && msg('finding_dmarc_not_enforced'),
      ]),
    ),
    evidence: uniq([
      ...firstHeaderLine(ctx.message, 'from'),
      ...dmarcRecordEvidence(ctx),
      ...(st.source === 'provider' ? providerLines(ctx) : []),
    ]),
  };
}

/**
 * The From domain does not exist (lib/auth/dmarc.ts, withMissingFromDomain): the policy that
 * applied to it was none (sp=none on its parent), so the failure alone is not enforced; a name no
 * server can send for makes it a concern beside it (verdict row policy-none-with-concerns).
 */
function missingFromDomain(ctx: RuleContext, domain: string): Finding[] {
  const d = ctx.analysis.dmarc;
  // fromDomainMissing is set for the name DMARC checked (dmarc.domain): the From domain as DNS
  // reads it, which may be written otherwise (full-width letters, red-team round 10).
  if (!d.fromDomainMissing || !d.domain) return [];
  return [
    {
      id: 'from-domain-missing',
      severity: 'medium',
      ...texts(
        msg('finding_from_domain_missing_title', { domain }),
        msg('finding_from_domain_missing_detail', { domain, org: d.orgDomain ?? domain }),
      ),
      evidence: uniq([
        ...firstHeaderLine(ctx.message, 'from'),
        `A ${d.domain.toLowerCase()}: NXDOMAIN (the name does not exist)`,
      ]),
    },
  ];
}

export const dmarcRule: FindingRule = (ctx) => {
  const domain = fromDomain(ctx);
  if (!domain) return [];
  const st = dmarcState(ctx);
  const a = ctx.analysis;
  const fromLine = firstHeaderLine(ctx.message, 'from');
  if (st.result === 'fail' && !st.unreliable)
    return [dmarcFail(ctx, domain), ...missingFromDomain(ctx, domain)];
  if (st.result === 'fail' && st.unreliable) {
    return [
      {
        id: 'dmarc-unchecked',
        severity: 'info',
        ...texts(msg('finding_dmarc_unchecked_title', { domain }), msg('finding_dmarc_unchecked_detail')),
        evidence: fromLine,
      },
    ];
  }
  if (st.result === 'temperror') {
    return [
      {
        id: 'dmarc-temperror',
        severity: 'info',
        ...texts(msg('finding_dmarc_temperror_title', { domain }), msg('finding_dmarc_temperror_detail')),
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
      ...texts(msg('finding_dmarc_none_title', { domain }), msg('finding_dmarc_none_detail', { domain })),
      evidence: uniq([...fromLine, `TXT _dmarc.${a.dmarc.orgDomain ?? domain}: (no DMARC record)`]),
    });
  }
  // A p=none domain's note, where an aligned signature or a brand makes it worth one; the brand is
  // read only then (most domains publish quarantine or reject).
  if (
    st.policy === 'none' &&
    (st.result === 'pass' || st.result === 'none') &&
    (a.dkim.some((d) => d.result === 'pass' && d.aligned) ||
      brandOfDomain(domain) ||
      (a.from && brandInName(a.from.displayName)))
  ) {
    out.push({
      id: 'dmarc-policy-none',
      severity: 'low',
      ...texts(
        msg('finding_dmarc_policy_none_title', { domain }),
        sentences([
          msg('finding_dmarc_policy_none_meaning'),
          msg('finding_dmarc_policy_none_detail', { domain }),
        ]),
      ),
      evidence: uniq([...fromLine, ...dmarcRecordEvidence(ctx)]),
    });
  }
  return out;
};
