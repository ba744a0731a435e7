import { useState } from 'preact/hooks';
import { type ReportFormat, renderReport } from '../lib/report';
import type { Analysis } from '../lib/types';

const FORMATS: Array<[ReportFormat, string]> = [
  ['md', 'Markdown'],
  ['text', 'Text'],
  ['json', 'JSON'],
];

export type WriteText = (text: string) => Promise<void>;

/** Copy the report to the clipboard, optionally redacted, with a visible confirmation. */
export function CopyReport({
  analysis,
  writeText = (t) => navigator.clipboard.writeText(t),
}: {
  analysis: Analysis;
  writeText?: WriteText;
}) {
  const [redact, setRedact] = useState(true);
  const [status, setStatus] = useState<string>('');
  async function copy(format: ReportFormat, label: string) {
    try {
      await writeText(renderReport(analysis, { format, redact }));
      setStatus(`Copied ${label} report${redact ? ' (redacted)' : ''}`);
    } catch (err) {
      setStatus(`Could not copy: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return (
    <section class="copy" aria-label="Copy report">
      <div class="copy-row">
        <span>Copy report:</span>
        {FORMATS.map(([format, label]) => (
          <button
            type="button"
            key={format}
            data-testid={`copy-${format}`}
            onClick={() => copy(format, label)}
          >
            {label}
          </button>
        ))}
      </div>
      <label class="small">
        <input
          type="checkbox"
          data-testid="redact"
          checked={redact}
          onChange={(e) => setRedact(e.currentTarget.checked)}
        />{' '}
        Hide recipient, subject and message id
      </label>
      <p class="copied" role="status" aria-live="polite" data-testid="copy-status">
        {status}
      </p>
    </section>
  );
}
