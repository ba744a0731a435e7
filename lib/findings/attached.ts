// attached-by-outsider: `--attached` read an original that someone outside the reader's
// organisation attached (lib/attached.ts): its delivery lines were set aside (lib/analyze.ts), and
// the reader is told why the sending server and the provider's results are missing.
import { msg } from '../i18n/message';
import type { Finding } from '../types';
import { firstHeaderLine } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

export const attachedRule: FindingRule = (ctx) => {
  const by = ctx.options.attachedBy;
  if (!ctx.options.attached || !by || by.insider) return [];
  const from = by.from ?? '?';
  const finding: Finding = {
    id: 'attached-by-outsider',
    // Nothing else vouches for an original no aligned signature verifies: the reader should know.
    severity: ctx.analysis.dkim.some((d) => d.aligned && d.result === 'pass') ? 'low' : 'medium',
    ...texts(
      msg('finding_attached_outsider_title', { from }),
      msg('finding_attached_outsider_detail', { from, verdict: msg(`report_verdict_${by.verdict}`) }),
    ),
    evidence: firstHeaderLine(ctx.message, 'received'),
  };
  return [finding];
};
