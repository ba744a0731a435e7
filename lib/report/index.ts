// Diagnostic report: Markdown, text or JSON, optionally redacted (popup copy buttons, CLI --report).
// The JSON report is the Analysis itself, so its `dns` log stays a replayable zone source, with the
// engine's English text and keys; Markdown and text are in the reader's language (t(): the
// extension's language, the CLI's English or --lang), dates in UTC.
import type { Analysis } from '../types';
import { renderMarkdown } from './markdown';
import { buildReport, inReportLanguage } from './model';
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
  const redact = (x: Analysis) => (opts.redact ? redactAnalysis(x) : x);
  switch (opts.format) {
    case 'json':
      return `${escapeJsonInvisibles(JSON.stringify(redact(analysis), null, 2))}\n`;
    case 'md':
      return renderMarkdown(buildReport(redact(inReportLanguage(analysis)), Boolean(opts.redact)));
    case 'text':
      return renderText(buildReport(redact(inReportLanguage(analysis)), Boolean(opts.redact)));
  }
}

export { redactAnalysis } from './redact';
export { cleanText, mdCode, mdText } from './sanitize';
