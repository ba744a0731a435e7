import type { TabState, WebmailSite } from '../lib/ext/messaging';
import { t } from '../lib/i18n';
import { visibleText } from './format';

const SITE_NAME: Record<WebmailSite, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  yahoo: 'Yahoo Mail',
  roundcube: 'Roundcube',
};

/** Read when shown, so it follows the reader's language (lib/i18n). */
export const idleStatus = (): string => t('state_idle');

/** Every state of a tab that is not a finished analysis: what happened and what to do next. */
export function StatePanel({
  state,
  inspectorHref,
}: {
  state: Exclude<TabState, { kind: 'analysis' }>;
  inspectorHref: string;
}) {
  const inspector = (text: string) => (
    <a href={inspectorHref} target="_blank" rel="noreferrer" data-testid="inspector-link">
      {text}
    </a>
  );
  switch (state.kind) {
    case 'loading':
      return (
        <div class="state" data-testid="state" data-state="loading" aria-busy="true">
          <p class="spinner" role="status">
            {t('state_loading', { site: SITE_NAME[state.site] })}
          </p>
        </div>
      );
    case 'unsupported':
      return (
        <div class="state" data-testid="state" data-state="unsupported">
          <p data-testid="popup-status">{idleStatus()}</p>
          <p class="muted">
            {t('state_unsupported')} {t('state_unsupported_other')} {inspector(t('state_unsupported_link'))}.
          </p>
        </div>
      );
    case 'no-message':
      return (
        <div class="state" data-testid="state" data-state="no-message">
          <p data-testid="popup-status">{idleStatus()}</p>
          <p class="muted">
            {t('state_no_message', { site: SITE_NAME[state.site] })} {t('state_no_message_next')}
          </p>
        </div>
      );
    case 'layout-changed':
      return (
        <div class="state" data-testid="state" data-state="layout-changed">
          <p>{t('state_layout_changed', { site: SITE_NAME[state.site] })}</p>
          <p class="muted small">{state.detail}</p>
          <p>{inspector(t('state_layout_changed_link'))}</p>
        </div>
      );
    case 'error':
      return (
        <div class="state" data-testid="state" data-state="error">
          <p>{t('state_error')}</p>
          <p class="muted" data-testid="error-reason">
            {visibleText(state.reason, 500)}
          </p>
          <p>
            {inspector(t('state_error_link'))}: {t('state_error_how')}
          </p>
        </div>
      );
  }
}
