import type { Analysis } from '../lib/types';
import { VERDICT_LABEL, visibleText } from './format';

/** The answer in one glance: icon, word and the engine's one-sentence summary. */
export function VerdictBanner({ analysis, dnsUnreachable }: { analysis: Analysis; dnsUnreachable: boolean }) {
  const label = VERDICT_LABEL[analysis.verdict];
  return (
    <section
      class={`verdict verdict-${analysis.verdict}`}
      data-testid="verdict"
      data-verdict={analysis.verdict}
    >
      <div class="verdict-head">
        <span class="verdict-icon" aria-hidden="true">
          {label.icon}
        </span>
        <strong class="verdict-title">{label.title}</strong>
        {analysis.from && (
          <span class="verdict-from" title={visibleText(analysis.from.address, 500)}>
            {visibleText(analysis.from.domain || analysis.from.address, 200)}
          </span>
        )}
      </div>
      <p class="verdict-summary" data-testid="summary">
        {visibleText(analysis.summary, 1000)}
      </p>
      {dnsUnreachable && (
        <p class="notice" data-testid="dns-unreachable">
          DNS could not be reached, so nothing was re-checked: this verdict uses only your provider’s own
          results. Check your connection or the DNS setting in the options.
        </p>
      )}
      {!dnsUnreachable && analysis.mode === 'offline' && (
        <p class="notice" data-testid="offline-mode">
          Offline mode: based on your provider’s results only (no DNS lookups).
        </p>
      )}
      {analysis.meta.notByteExact && (
        <p class="notice" data-testid="not-byte-exact">
          The webmail gave a re-rendered copy of this message, so a failing DKIM signature is not evidence of
          tampering.
        </p>
      )}
    </section>
  );
}
