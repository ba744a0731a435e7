// Diagnostic report (findings issue): Markdown, text or JSON, optionally redacted.
// Placeholder signature so the popup and CLI can be wired; lib/report/ fills it in.
import type { Analysis } from '../types';

export type ReportFormat = 'md' | 'text' | 'json';
export interface ReportOptions {
  format: ReportFormat;
  /** Mask recipient addresses, Subject and Message-ID; keep domains and IPs. */
  redact?: boolean;
}

export function renderReport(analysis: Analysis, opts: ReportOptions): string {
  if (opts.format === 'json') return `${JSON.stringify(analysis, null, 2)}\n`;
  return `HeaderLens: ${analysis.verdict}\n${analysis.summary}\n`;
}
