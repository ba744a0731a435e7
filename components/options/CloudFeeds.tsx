// "Refresh cloud ranges": the hosting providers' own published ranges, on top of the bundled data.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CLOUD_FEED_ORIGINS } from '../../lib/ext/cloud-feeds';
import { type CloudFeedReport, sendMessage } from '../../lib/ext/messaging';
import { cloudFeedsItem } from '../../lib/ext/settings';
import { t, uiLocale } from '../../lib/i18n';

export function CloudFeeds() {
  const [report, setReport] = useState<CloudFeedReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    cloudFeedsItem.getValue().then((v) => setReport(v.updatedAt ? v : null));
  }, []);

  async function refresh() {
    setError(null);
    // Asked at the click (a user gesture): the feeds live on four providers' hosts.
    const granted = await browser.permissions.request({ origins: CLOUD_FEED_ORIGINS }).catch(() => false);
    if (!granted) {
      setError(t('options_cloud_permission'));
      return;
    }
    setBusy(true);
    try {
      setReport(await sendMessage('refreshCloudFeeds', undefined));
    } catch (err) {
      setError(t('options_cloud_failed', { error: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="cloud-feeds">
      <p class="small">{t('options_cloud_intro')}</p>
      <button type="button" onClick={refresh} disabled={busy}>
        {busy ? t('options_cloud_refreshing') : t('options_cloud_refresh')}
      </button>
      {error && (
        <p class="small" role="alert">
          {error}
        </p>
      )}
      {report && (
        <ul class="small" data-testid="cloud-feeds-report">
          {report.feeds.map((f) => (
            <li key={f.kind}>
              {f.provider}:{' '}
              {f.ok
                ? t('options_cloud_ranges', { count: (f.ranges ?? 0).toLocaleString(uiLocale()) })
                : t('options_cloud_not_updated', { error: f.error ?? '' })}
            </li>
          ))}
          <li class="muted">
            {t('options_cloud_last_refresh', { date: new Date(report.updatedAt).toLocaleString(uiLocale()) })}
          </li>
        </ul>
      )}
    </div>
  );
}
