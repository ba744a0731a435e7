import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type TabState } from '../lib/ext/messaging';
import { AnalysisView } from './AnalysisView';
import { StatePanel } from './StatePanel';

/** `?tabId=` (tests, "open for this tab") or the active tab of the current window. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function PopupApp() {
  const [version, setVersion] = useState<string | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    sendMessage('ping', { sentAt: Date.now() })
      .then((r) => setVersion(r.version))
      .catch(() => setVersion(null));
  }, []);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function refresh() {
      const id = await targetTab().catch(() => null);
      if (stopped) return;
      setTabId(id);
      const next: TabState =
        id === null
          ? { kind: 'unsupported' }
          : await sendMessage('getTabState', { tabId: id }).catch(() => ({ kind: 'unsupported' as const }));
      if (stopped) return;
      setState(next);
      // The worker is still fetching/analysing: ask again shortly.
      if (next.kind === 'loading') timer = setTimeout(refresh, 400);
    }
    void refresh();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  async function approve(ip: string, approved: boolean) {
    setBusy(true);
    try {
      const next = await sendMessage('setServerApproval', { ip, approved, tabId: tabId ?? undefined });
      if (next) setState(next);
    } finally {
      setBusy(false);
    }
  }

  const inspectorHref =
    tabId !== null && state?.kind === 'analysis' ? `/inspector.html?tabId=${tabId}` : '/inspector.html';
  return (
    <main class="popup">
      <h1>HeaderLens</h1>
      {state === null && (
        <p class="spinner" role="status" data-testid="state" data-state="starting">
          Checking…
        </p>
      )}
      {state !== null && state.kind !== 'analysis' && (
        <StatePanel state={state} inspectorHref={inspectorHref} />
      )}
      {state?.kind === 'analysis' && (
        <AnalysisView
          analysis={state.analysis}
          dnsUnreachable={state.dnsUnreachable}
          onApproval={approve}
          busy={busy}
        >
          <p>
            <a href={inspectorHref} target="_blank" rel="noreferrer" data-testid="full-report">
              Open full report
            </a>
          </p>
        </AnalysisView>
      )}
      <footer class="muted">{version && <span data-testid="engine-version">v{version}</span>}</footer>
    </main>
  );
}
