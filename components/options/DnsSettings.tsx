import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { customDohUrlItem, type DnsMode, dnsModeItem } from '../../lib/ext/settings';

const MODES: Array<[DnsMode, string, string]> = [
  ['cloudflare', 'Cloudflare', 'cloudflare-dns.com (default)'],
  ['google', 'Google', 'dns.google'],
  ['custom', 'My own DNS-over-HTTPS server', 'a JSON DoH endpoint you trust'],
  ['offline', 'Offline', 'no DNS: trust only my provider’s results'],
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
    setNote(next === 'custom' && !url ? 'Enter the server’s URL and save.' : 'Saved.');
  }

  async function saveUrl(e: Event) {
    e.preventDefault();
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      setNote('That is not a URL. Example: https://dns.example/dns-query');
      return;
    }
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLocal(parsed))) {
      setNote('Use an https:// URL (plain http only for a server on this computer).');
      return;
    }
    // A server on this machine that allows cross-origin requests needs no permission.
    if (!isLocal(parsed)) {
      const granted = await browser.permissions
        .request({ origins: [`${parsed.origin}/*`] })
        .catch(() => false);
      if (!granted) {
        setNote('Permission refused: HeaderLens cannot ask that server. Nothing was changed.');
        return;
      }
    }
    await customDohUrlItem.setValue(parsed.href);
    await dnsModeItem.setValue('custom');
    setMode('custom');
    setNote('Saved.');
  }

  if (mode === null) return null;
  return (
    <section aria-labelledby="dns-h">
      <h2 id="dns-h">DNS</h2>
      <p class="muted small">
        HeaderLens re-checks SPF, DKIM and DMARC by asking DNS. Only domain names from the message’s headers
        are sent, never the message.
      </p>
      {MODES.map(([value, label, hint]) => (
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
            placeholder="https://dns.example/dns-query"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <button type="submit" data-testid="doh-save">
            Save
          </button>
        </form>
      )}
      <p class="small" role="status" data-testid="dns-note">
        {note}
      </p>
    </section>
  );
}
