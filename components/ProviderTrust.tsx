import { t } from '../lib/i18n';
import type { Analysis } from '../lib/types';
import { visibleText } from './format';

/**
 * Inspector only: a pasted message has no webmail to say which Authentication-Results are the
 * user's provider's. The topmost header is the one the final receiver added (RFC 8601 §5: it must
 * be trusted explicitly), so we offer it and let the user decide.
 */
export function ProviderTrust({
  analysis,
  trusted,
  onTrust,
}: {
  analysis: Analysis;
  trusted: string[];
  onTrust: (ids: string[]) => void;
}) {
  if (trusted.length > 0) {
    return (
      <p class="notice" data-testid="provider-trust">
        {t('trust_provider_trusting', { ids: visibleText(trusted.join(', '), 200) })}{' '}
        <button type="button" onClick={() => onTrust([])}>
          {t('trust_stop')}
        </button>
      </p>
    );
  }
  if (analysis.provider) return null;
  const top = [...analysis.authResults].filter((h) => !h.malformed).sort((a, b) => a.index - b.index)[0];
  if (!top?.authservId) return null;
  return (
    <p class="notice" data-testid="provider-trust">
      {t('trust_site_carries')} <strong>{visibleText(top.authservId, 200)}</strong>
      {t('trust_provider_question')}{' '}
      <button type="button" data-testid="trust-provider" onClick={() => onTrust([top.authservId])}>
        {t('trust_provider_add', { id: visibleText(top.authservId, 60) })}
      </button>
    </p>
  );
}
