import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../lib/i18n';
import { type ReportFormat, renderReport } from '../lib/report';
import type { Analysis } from '../lib/types';

const FORMATS: Array<[ReportFormat, MessageKey]> = [
  ['md', 'report_format_md'],
  ['text', 'report_format_text'],
  ['json', 'report_format_json'],
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
      setStatus(t(redact ? 'report_copied_redacted' : 'report_copied', { format: label }));
    } catch (err) {
      setStatus(t('report_copy_failed', { error: err instanceof Error ? err.message : String(err) }));
    }
  }
  return (
    <section class="copy" aria-label={t('report_copy_label')}>
      <div class="copy-row">
        <span>{t('report_copy_prefix')}</span>
        {FORMATS.map(([format, key]) => (
          <button
            type="button"
            key={format}
            data-testid={`copy-${format}`}
            onClick={() => copy(format, t(key))}
          >
            {t(key)}
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
        {t('report_redact')}
      </label>
      <p class="copied" role="status" aria-live="polite" data-testid="copy-status">
        {status}
      </p>
    </section>
  );
}
