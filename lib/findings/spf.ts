// SPF (RFC 7208): was the sending server one the envelope sender's domain lists?
import { type Message, type MessageParam, msg, sentences } from '../i18n/message';
import type { Finding, Severity } from '../types';
import { dmarcState } from './auth-state';
import { dnsErrorEvidence, headerLines, originHopLine, txtEvidence, uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

function spfEvidence(ctx: RuleContext): string[] {
  const spf = ctx.analysis.spf;
  return uniq([
    ...headerLines(ctx.message, 'received-spf').slice(0, 1),
    ...headerLines(ctx.message, 'return-path').slice(0, 1),
    ...originHopLine(ctx),
    spf.domain ? txtEvidence(ctx.analysis.dns, spf.domain, 'v=spf1') : null,
  ]);
}

function server(ctx: RuleContext): Message {
  const spf = ctx.analysis.spf;
  const ip = spf.ip ?? ctx.analysis.origin.ip;
  return ip ? msg('finding_spf_server_ip', { ip }) : msg('finding_spf_server_unknown');
}

export const spfRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  if (a.mode === 'offline') return [];
  const spf = a.spf;
  const domain: MessageParam = spf.domain || msg('finding_spf_the_sender');
  // When DMARC passes through DKIM, an SPF miss is normal for forwarded mail: keep it quiet.
  const dmarcPass = dmarcState(ctx).result === 'pass';
  const sev = (ifAlone: Severity): Severity => (dmarcPass ? 'low' : ifAlone);
  const f = (
    id: string,
    severity: Severity,
    title: Message,
    detail: Message,
    evidence = spfEvidence(ctx),
  ): Finding[] => [{ id, severity, ...texts(title, detail), evidence }];
  switch (spf.result) {
    case 'fail':
      return f(
        'spf-fail',
        sev('medium'),
        msg('finding_spf_fail_title', { domain, server: server(ctx) }),
        sentences([
          msg('finding_spf_fail_detail', { domain, server: server(ctx) }),
          !!spf.explanation && msg('finding_spf_explanation', { explanation: spf.explanation }),
        ]),
      );
    case 'softfail':
      return f(
        'spf-softfail',
        'low',
        msg('finding_spf_softfail_title', { domain, server: server(ctx) }),
        msg('finding_spf_softfail_detail', { domain, server: server(ctx) }),
      );
    case 'permerror':
      return f(
        'spf-permerror',
        sev('low'),
        msg('finding_spf_permerror_title', { domain }),
        msg('finding_spf_permerror_detail', { domain, info: spf.info ? ` (${spf.info})` : '' }),
      );
    case 'temperror':
      return f(
        'spf-temperror',
        'info',
        msg('finding_spf_temperror_title', { domain }),
        msg('finding_spf_temperror_detail'),
        uniq([...spfEvidence(ctx), ...dnsErrorEvidence(a.dns)]),
      );
    default:
      return [];
  }
};
