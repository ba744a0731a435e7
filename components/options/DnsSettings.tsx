import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkDohServer } from '../../lib/ext/doh-check';
import { customDohUrlItem, type DnsMode, dnsModeItem } from '../../lib/ext/settings';
import { t } from '../../lib/i18n';

/** Built at render time, so the labels are in the reader's language. */
const modes = (): Array<[DnsMode, string, string]> => [
  ['cloudflare', 'Cloudflare', t('options_dns_hint_cloudflare')],
  ['google', 'Google', 'dns.google'],
  ['custom', t('options_dns_mode_custom'), t('options_dns_hint_custom')],
  ['offline', t('options_dns_mode_offline'), t('options_dns_hint_offline')],
];

function isLocal(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Where DNS questions go. A custom server needs the user's permission for its origin. */
export function DnsSettings() {
  const [mode, setMode] = useState<DnsMode | null>(null);
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    void Promise.all([dnsModeItem.getValue(), customDohUrlItem.getValue()]).then(([m, u]) => {
      setMode(m);
      setUrl(u);
    });
  }, []);

  async function chooseMode(next: DnsMode) {
    setMode(next);
    if (next !== 'custom' || url) await dnsModeItem.setValue(next);
    setNote(next === 'custom' && !url ? t('options_dns_enter_url') : t('options_saved'));
  }

  /** The URL as typed, checked and permitted, or null with the reason already in the note. */
  async function usableUrl(): Promise<URL | null> {
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      setNote(t('options_dns_not_url'));
      return null;
    }
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLocal(parsed))) {
      setNote(t('options_dns_use_https'));
      return null;
    }
    // A server on this machine that allows cross-origin requests needs no permission.
    if (!isLocal(parsed)) {
      const granted = await browser.permissions
        .request({ origins: [`${parsed.origin}/*`] })
        .catch(() => false);
      if (!granted) {
        setNote(t('options_dns_permission_refused'));
        return null;
      }
    }
    return parsed;
  }

  async function test() {
    const parsed = await usableUrl();
    if (!parsed) return;
    setNote(t('options_dns_asking', { host: parsed.host }));
    const r = await checkDohServer(parsed.href);
    setNote(
      r.ok ? t('options_dns_test_ok', { ms: r.ms }) : t('options_dns_test_failed', { problem: r.problem }),
    );
  }

  async function saveUrl(e: Event) {
    e.preventDefault();
    const parsed = await usableUrl();
    if (!parsed) return;
    await customDohUrlItem.setValue(parsed.href);
    await dnsModeItem.setValue('custom');
    setMode('custom');
    setNote(t('options_saved'));
  }

  if (mode === null) return null;
  return (
    <section aria-labelledby="dns-h" id="dns">
      <h2 id="dns-h">DNS</h2>
      <p class="muted small">{t('options_dns_intro')}</p>
      {modes().map(([value, label, hint]) => (
        <label key={value}>
          <input
            type="radio"
            name="dns-mode"
            value={value}
            data-testid={`dns-${value}`}
            checked={mode === value}
            onChange={() => void chooseMode(value)}
          />{' '}
          {label} <span class="muted small">— {hint}</span>
        </label>
      ))}
      {mode === 'custom' && (
        <form class="row" onSubmit={saveUrl}>
          <input
            type="url"
            data-testid="doh-url"
            aria-label={t('options_dns_url_label')}
            placeholder="https://dns.example/dns-query"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <button type="button" data-testid="doh-test" onClick={() => void test()}>
            {t('options_dns_test')}
          </button>
          <button type="submit" data-testid="doh-save">
            {t('options_save')}
          </button>
        </form>
      )}
      <p class="small" role="status" data-testid="dns-note">
        {note}
      </p>
    </section>
  );
}
