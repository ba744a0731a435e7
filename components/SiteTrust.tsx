import type { SiteTrust } from '../lib/ext/messaging';
import { t } from '../lib/i18n';
import { hostOf, visibleText } from './format';

/**
 * Popup, Roundcube only: whose Authentication-Results count on this site. A self-hosted server's
 * name is the user's to give (it is trusted on this site only), so the popup offers the name of
 * the server that received the message when it wrote such a header, and lets the user take it back.
 */
export function SiteTrustNotice({
  trust,
  busy,
  onTrust,
}: {
  trust: SiteTrust;
  busy?: boolean;
  onTrust: (ids: string[]) => void;
}) {
  const host = visibleText(hostOf(trust.origin), 120);
  if (trust.ids.length > 0) {
    return (
      <p class="notice small" data-testid="site-trust" data-trusted="true">
        {t('trust_site_trusting', { host })} <strong>{visibleText(trust.ids.join(', '), 200)}</strong>.{' '}
        <button type="button" data-testid="site-untrust" disabled={busy} onClick={() => onTrust([])}>
          {t('trust_stop')}
        </button>
      </p>
    );
  }
  if (!trust.suggestion) return null;
  const id = visibleText(trust.suggestion, 120);
  return (
    <p class="notice small" data-testid="site-trust" data-trusted="false">
      {t('trust_site_carries')} <strong>{id}</strong>
      {t('trust_site_question', { host })}{' '}
      <button
        type="button"
        data-testid="site-trust-add"
        disabled={busy}
        onClick={() => onTrust([trust.suggestion!])}
      >
        {t('trust_site_add', { id, host })}
      </button>
    </p>
  );
}
