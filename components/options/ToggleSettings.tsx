import { useEffect, useState } from 'preact/hooks';
import type { WebmailSite } from '../../lib/ext/messaging';
import { inboxBadgesItem, keepHistoryItem, showAllBadgesItem } from '../../lib/ext/settings';
import { forgetHistory } from '../../lib/ext/worker-cache';
import { t } from '../../lib/i18n';

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
        <h2 id="badges-h">{t('options_badges_heading')}</h2>
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
          {t('options_badges_show_all')}
        </label>
      </section>
      <section aria-labelledby="history-h">
        <h2 id="history-h">{t('options_history_heading')}</h2>
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
          {t('options_history_keep')}
        </label>
        <p class="muted small">{t('options_history_note')}</p>
      </section>
    </>
  );
}
