// "Refresh cloud ranges": the hosting providers' own published ranges, on top of the bundled data.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CLOUD_FEED_ORIGINS } from '../../lib/ext/cloud-feeds';
import { type CloudFeedReport, sendMessage } from '../../lib/ext/messaging';
import { cloudFeedsItem } from '../../lib/ext/settings';

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
      setError('HeaderLens needs permission to read the providers’ published range lists.');
      return;
    }
    setBusy(true);
    try {
      setReport(await sendMessage('refreshCloudFeeds', undefined));
    } catch (err) {
      setError(`The refresh failed: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="cloud-feeds">
      <p class="small">
        The bundled data knows every network’s owner. To also use Amazon’s, Google Cloud’s, Oracle’s and
        DigitalOcean’s own lists of rentable addresses, refresh them here; they are stored on this computer.
      </p>
      <button type="button" onClick={refresh} disabled={busy}>
        {busy ? 'Refreshing…' : 'Refresh cloud ranges'}
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
              {f.ok ? `${(f.ranges ?? 0).toLocaleString('en-US')} ranges` : `not updated (${f.error})`}
            </li>
          ))}
          <li class="muted">Last refresh {new Date(report.updatedAt).toLocaleString()}</li>
        </ul>
      )}
    </div>
  );
}
