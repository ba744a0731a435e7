import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../lib/i18n';
import { findingTitle, summaryText } from '../lib/i18n/findings';
import type { Analysis, Verdict } from '../lib/types';
import { VERDICT_LABEL, visibleText } from './format';
import { type ReasonOptions, shownReasons, shownWeight, weightText } from './reasons';

const TITLE_KEY: Record<Verdict, MessageKey> = {
  authenticated: 'verdict_title_authenticated',
  suspicious: 'verdict_title_suspicious',
  spoofed: 'verdict_title_spoofed',
  unverified: 'verdict_title_unverified',
};

/** Where the DNS choice is made (Options → DNS); opened in a tab from the popup and the inspector. */
export const DNS_SETTING_HREF = '/options.html#dns';

/**
 * The answer in one glance: icon, word, the engine's one-sentence summary and the top reason.
 * The section is the focus target after "Check sender" (id `verdict`), and a polite live region
 * announces the verdict: filled after the first paint, because a region that already holds its
 * text when it appears is not read out by screen readers.
 */
export function VerdictBanner({
  analysis,
  dnsUnreachable,
  hide,
}: {
  analysis: Analysis;
  dnsUnreachable: boolean;
  hide?: ReasonOptions['hide'];
}) {
  const label = { icon: VERDICT_LABEL[analysis.verdict].icon, title: t(TITLE_KEY[analysis.verdict]) };
  const summary = visibleText(summaryText(analysis), 1000);
  const top = shownReasons(analysis, { hide })[0];
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setAnnounced(`${label.title}. ${summary}`), 50);
    return () => clearTimeout(t);
  }, [label.title, summary]);
  return (
    <section
      id="verdict"
      class={`verdict verdict-${analysis.verdict}`}
      data-testid="verdict"
      data-verdict={analysis.verdict}
      aria-labelledby="verdict-title"
      tabIndex={-1}
    >
      <p class="sr-only" role="status" aria-live="polite" data-testid="verdict-status">
        {announced}
      </p>
      <div class="verdict-head">
        <span class="verdict-icon" aria-hidden="true">
          {label.icon}
        </span>
        <strong class="verdict-title" id="verdict-title">
          {label.title}
        </strong>
        {analysis.from && (
          <span class="verdict-from" title={visibleText(analysis.from.address, 500)}>
            {visibleText(analysis.from.domain || analysis.from.address, 200)}
          </span>
        )}
      </div>
      <p class="verdict-summary" data-testid="summary">
        {summary}
      </p>
      {top && (
        <p class="top-reason" data-testid="top-reason" data-finding={top.id}>
          <span class={`sev sev-${shownWeight(top, analysis)}`}>
            {weightText(shownWeight(top, analysis))}
          </span>{' '}
          {visibleText(findingTitle(top), 300)}
        </p>
      )}
      {dnsUnreachable && (
        <p class="notice" data-testid="dns-unreachable">
          {t('verdict_dns_unreachable')}{' '}
          <a href={DNS_SETTING_HREF} target="_blank" rel="noreferrer" data-testid="dns-setting-link">
            {t('verdict_dns_setting_link')}
          </a>
        </p>
      )}
      {!dnsUnreachable && analysis.mode === 'offline' && (
        <p class="notice" data-testid="offline-mode">
          {t('verdict_offline_mode')}{' '}
          <a href={DNS_SETTING_HREF} target="_blank" rel="noreferrer" data-testid="dns-setting-link">
            {t('verdict_offline_change')}
          </a>
        </p>
      )}
      {analysis.meta.notByteExact && (
        <p class="notice" data-testid="not-byte-exact">
          {t('verdict_not_byte_exact')}
        </p>
      )}
    </section>
  );
}
