// Diagnostic report: Markdown, text or JSON, optionally redacted (popup copy buttons, CLI --report).
// The JSON report is the Analysis itself, so its `dns` log stays a replayable zone source.
import type { Analysis } from '../types';
import { renderMarkdown } from './markdown';
import { buildReport } from './model';
import { redactAnalysis } from './redact';
import { escapeJsonInvisibles } from './sanitize';
import { renderText } from './text';

export type ReportFormat = 'md' | 'text' | 'json';
export interface ReportOptions {
  format: ReportFormat;
  /** Mask recipient addresses, Subject and Message-ID; keep domains and IPs. */
  redact?: boolean;
}

export function renderReport(analysis: Analysis, opts: ReportOptions): string {
  const a = opts.redact ? redactAnalysis(analysis) : analysis;
  switch (opts.format) {
    case 'json':
      return `${escapeJsonInvisibles(JSON.stringify(a, null, 2))}\n`;
    case 'md':
      return renderMarkdown(buildReport(a, Boolean(opts.redact)));
    case 'text':
      return renderText(buildReport(a, Boolean(opts.redact)));
  }
}

export { redactAnalysis } from './redact';
export { cleanText, mdCode, mdText } from './sanitize';
