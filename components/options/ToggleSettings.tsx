import { useEffect, useState } from 'preact/hooks';
import type { WebmailSite } from '../../lib/ext/messaging';
import { inboxBadgesItem, keepHistoryItem, showAllBadgesItem } from '../../lib/ext/settings';
import { forgetHistory } from '../../lib/ext/worker-cache';

const SITES: Array<[WebmailSite, string]> = [
  ['gmail', 'Gmail'],
  ['outlook', 'Outlook'],
  ['yahoo', 'Yahoo Mail'],
  ['roundcube', 'Roundcube'],
];

/** Inbox badges per webmail, "badge every row", and history: saved as soon as they change. */
export function ToggleSettings() {
  const [badges, setBadges] = useState<Record<WebmailSite, boolean> | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [history, setHistory] = useState(false);

  useEffect(() => {
    void Promise.all([
      inboxBadgesItem.getValue(),
      showAllBadgesItem.getValue(),
      keepHistoryItem.getValue(),
    ]).then(([b, s, h]) => {
      setBadges(b);
      setShowAll(s);
      setHistory(h);
    });
  }, []);

  if (badges === null) return null;
  return (
    <>
      <section aria-labelledby="badges-h">
        <h2 id="badges-h">Inbox badges</h2>
        {SITES.map(([site, label]) => (
          <label key={site}>
            <input
              type="checkbox"
              data-testid={`badges-${site}`}
              checked={badges[site]}
              onChange={(e) => {
                const next = { ...badges, [site]: e.currentTarget.checked };
                setBadges(next);
                void inboxBadgesItem.setValue(next);
              }}
            />{' '}
            {label}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            data-testid="show-all"
            checked={showAll}
            onChange={(e) => {
              setShowAll(e.currentTarget.checked);
              void showAllBadgesItem.setValue(e.currentTarget.checked);
            }}
          />{' '}
          Badge every row (not only suspicious and spoofed ones)
        </label>
      </section>
      <section aria-labelledby="history-h">
        <h2 id="history-h">History</h2>
        <label>
          <input
            type="checkbox"
            data-testid="keep-history"
            checked={history}
            onChange={(e) => {
              const keep = e.currentTarget.checked;
              setHistory(keep);
              void keepHistoryItem.setValue(keep);
              // Turning history off also removes what it kept.
              if (!keep) void forgetHistory();
            }}
          />{' '}
          Keep analyses on this computer after the browser closes
        </label>
        <p class="muted small">
          Off: results live in memory only and are gone when the browser closes. Turning it off deletes the
          kept ones.
        </p>
      </section>
    </>
  );
}
