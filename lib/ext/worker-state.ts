// Pure mappings from analyses to what the popup and the inbox badges show.
import type { Analysis, Finding, Severity } from '../types';
import type { MessageSource, RowVerdict, TabState, WebmailSite } from './messaging';
import type { WorkerAnalysis } from './worker-analyze';

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** The most severe finding (first in engine order among equals). */
export function topFinding(findings: Finding[]): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) if (!best || RANK[f.severity] < RANK[best.severity]) best = f;
  return best;
}

export function rowVerdict(messageId: string, analysis: Analysis): RowVerdict {
  const top = topFinding(analysis.findings);
  const reason = top && top.severity !== 'info' ? top.title : analysis.summary;
  return { messageId, verdict: analysis.verdict, reason };
}

export function analysisState(source: MessageSource, result: WorkerAnalysis): TabState {
  return {
    kind: 'analysis',
    site: source.site,
    messageId: source.messageId,
    analysis: result.analysis,
    dnsUnreachable: result.dnsUnreachable,
  };
}

export function webmailSite(site: MessageSource['site']): WebmailSite | null {
  return site === 'inspector' ? null : site;
}

/** A short, user-facing reason for an unexpected failure (the stack stays in the console). */
export function failureReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return `HeaderLens could not check this message (${text.slice(0, 200)}).`;
}
