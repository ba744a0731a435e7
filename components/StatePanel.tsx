import type { TabState, WebmailSite } from '../lib/ext/messaging';
import { visibleText } from './format';

const SITE_NAME: Record<WebmailSite, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  yahoo: 'Yahoo Mail',
  roundcube: 'Roundcube',
};

export const IDLE_STATUS = 'Open an email to check its sender';

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
            Checking this message in {SITE_NAME[state.site]}…
          </p>
        </div>
      );
    case 'unsupported':
      return (
        <div class="state" data-testid="state" data-state="unsupported">
          <p data-testid="popup-status">{IDLE_STATUS}</p>
          <p class="muted">
            This page is not on a supported webmail (Gmail, Outlook, Yahoo Mail, or a Roundcube site enabled
            in the options). For any other mail client,{' '}
            {inspector('paste the message headers in the inspector')}.
          </p>
        </div>
      );
    case 'no-message':
      return (
        <div class="state" data-testid="state" data-state="no-message">
          <p data-testid="popup-status">{IDLE_STATUS}</p>
          <p class="muted">
            No message is open in {SITE_NAME[state.site]}. Open one and click HeaderLens again.
          </p>
        </div>
      );
    case 'layout-changed':
      return (
        <div class="state" data-testid="state" data-state="layout-changed">
          <p>HeaderLens could not find the open message in this {SITE_NAME[state.site]} layout.</p>
          <p class="muted small">{state.detail}</p>
          <p>{inspector('Paste it in the inspector instead')}</p>
        </div>
      );
    case 'error':
      return (
        <div class="state" data-testid="state" data-state="error">
          <p>HeaderLens could not read this message.</p>
          <p class="muted" data-testid="error-reason">
            {visibleText(state.reason, 500)}
          </p>
          <p>
            {inspector('Paste it instead')}: copy the message source (“Show original”) into the inspector.
          </p>
        </div>
      );
  }
}
