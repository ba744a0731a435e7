// SPF (RFC 7208): was the sending server one the envelope sender's domain lists?
import type { Finding, Severity } from '../types';
import { dmarcState } from './auth-state';
import { dnsErrorEvidence, headerLines, originHopLine, txtEvidence, uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';

function spfEvidence(ctx: RuleContext): string[] {
  const spf = ctx.analysis.spf;
  return uniq([
    ...headerLines(ctx.message, 'received-spf').slice(0, 1),
    ...headerLines(ctx.message, 'return-path').slice(0, 1),
    ...originHopLine(ctx),
    spf.domain ? txtEvidence(ctx.analysis.dns, spf.domain, 'v=spf1') : null,
  ]);
}

function server(ctx: RuleContext): string {
  const spf = ctx.analysis.spf;
  const ip = spf.ip ?? ctx.analysis.origin.ip;
  return ip ? `the server ${ip}` : 'the sending server';
}

export const spfRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  if (a.mode === 'offline') return [];
  const spf = a.spf;
  const domain = spf.domain || 'the sender';
  // When DMARC passes through DKIM, an SPF miss is normal for forwarded mail: keep it quiet.
  const dmarcPass = dmarcState(ctx).result === 'pass';
  const sev = (ifAlone: Severity): Severity => (dmarcPass ? 'low' : ifAlone);
  const f = (
    id: string,
    severity: Severity,
    title: string,
    detail: string,
    evidence = spfEvidence(ctx),
  ): Finding[] => [{ id, severity, title, detail, evidence }];
  switch (spf.result) {
    case 'fail':
      return f(
        'spf-fail',
        sev('medium'),
        `${domain} does not allow ${server(ctx)} to send its mail (SPF fail)`,
        `The SPF record of ${domain} lists the servers allowed to send its mail, and ${server(ctx)} is not one of them. Either the message was forged, or it was forwarded by a server that did not rewrite the sender.${spf.explanation ? ` The domain explains: "${spf.explanation}".` : ''}`,
      );
    case 'softfail':
      return f(
        'spf-softfail',
        'low',
        `${domain} does not vouch for ${server(ctx)} (SPF softfail)`,
        `The SPF record of ${domain} says ${server(ctx)} is probably not one of its servers (~all), but asks receivers not to reject the message for that alone.`,
      );
    case 'permerror':
      return f(
        'spf-permerror',
        sev('low'),
        `The SPF record of ${domain} is broken (SPF permerror)`,
        `The SPF record of ${domain} could not be evaluated${spf.info ? ` (${spf.info})` : ''}, for example because it needs more than 10 DNS lookups (RFC 7208 §4.6.4) or has a syntax error. Receivers treat this as having no SPF at all.`,
      );
    case 'temperror':
      return f(
        'spf-temperror',
        'info',
        `Could not check SPF for ${domain}: DNS lookup failed`,
        'Could not check: a DNS lookup for the SPF record failed or timed out. This is a temporary problem, not evidence against the sender; try again later.',
        uniq([...spfEvidence(ctx), ...dnsErrorEvidence(a.dns)]),
      );
    default:
      return [];
  }
};
