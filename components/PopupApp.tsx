import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../lib/ext/messaging';

export function PopupApp() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    sendMessage('ping', { sentAt: Date.now() })
      .then((r) => setVersion(r.version))
      .catch(() => setVersion(null));
  }, []);
  return (
    <main class="popup">
      <h1>HeaderLens</h1>
      <p data-testid="popup-status">Open an email to check its sender</p>
      <footer class="muted">{version && <span data-testid="engine-version">v{version}</span>}</footer>
    </main>
  );
}
