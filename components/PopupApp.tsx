import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ApprovalNote } from '../lib/ext/approvals';
import { sendMessage, type TabState } from '../lib/ext/messaging';
import { readTabState, watchTabState } from '../lib/ext/worker-tabs';
import { t } from '../lib/i18n';
import { AnalysisView } from './AnalysisView';
import { GatewayTrustNotice } from './GatewayTrust';
import { hiddenByQuestions } from './reasons';
import { SiteTrustNotice } from './SiteTrust';
import { StatePanel } from './StatePanel';

/** `?tabId=` (tests, "open for this tab") or the active tab of the current window. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** What the popup shows first: the tab it is for and that tab's state. */
export interface PopupStart {
  tabId: number | null;
  state: TabState;
}

/**
 * The target tab's state, read from session storage where the worker keeps it: no round trip
 * through the worker, which may even be stopped. Never rejects: a failure is "unsupported".
 */
export async function loadTabState(): Promise<PopupStart> {
  const tabId = await targetTab().catch(() => null);
  const state: TabState =
    tabId === null
      ? { kind: 'unsupported' }
      : await readTabState(tabId).catch(() => ({ kind: 'unsupported' as const }));
  return { tabId, state };
}

export interface PopupAppProps {
  /**
   * The first state, read before the page rendered (entrypoints/popup-main.tsx), so the
   * storage read overlaps page start-up instead of following the first paint.
   */
  first?: Promise<PopupStart>;
  /** The first state when it had already arrived: the first paint is then the verdict. */
  initial?: PopupStart | null;
}

export function PopupApp({ first, initial }: PopupAppProps = {}) {
  const [version, setVersion] = useState<string | null>(null);
  const [tabId, setTabId] = useState<number | null>(initial?.tabId ?? null);
  const [state, setState] = useState<TabState | null>(initial?.state ?? null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    sendMessage('ping', { sentAt: Date.now() })
      .then((r) => setVersion(r.version))
      .catch(() => setVersion(null));
  }, []);

  useEffect(() => {
    let stopped = false;
    let unwatch = () => {};
    function show(next: PopupStart) {
      if (stopped) return;
      setTabId(next.tabId);
      setState(next.state);
      // Follow the tab while the popup is open: "loading" turns into the verdict, a newly opened
      // message replaces the old one.
      unwatch();
      if (next.tabId !== null) unwatch = watchTabState(next.tabId, (state) => !stopped && setState(state));
    }
    if (initial) show(initial);
    else void (first ?? loadTabState()).then(show);
    return () => {
      stopped = true;
      unwatch();
    };
  }, []);

  async function approve(ip: string, approved: boolean, note?: ApprovalNote) {
    setBusy(true);
    try {
      const next = await sendMessage('setServerApproval', { ip, approved, tabId: tabId ?? undefined, note });
      if (next) setState(next);
    } finally {
      setBusy(false);
    }
  }

  async function trustOnSite(ids: string[]) {
    if (tabId === null) return;
    setBusy(true);
    try {
      const next = await sendMessage('setSiteTrust', { tabId, ids });
      if (next) setState(next);
    } finally {
      setBusy(false);
    }
  }

  /** A trust decision goes to the worker (it stores it and re-analyses the tab). */
  async function trust(kind: 'gateway' | 'forwarder', value: string) {
    setBusy(true);
    try {
      const next =
        kind === 'gateway'
          ? await sendMessage('setGatewayTrust', { entry: value, trusted: true, tabId: tabId ?? undefined })
          : await sendMessage('setForwarderTrust', {
              domain: value,
              trusted: true,
              tabId: tabId ?? undefined,
            });
      if (next) setState(next);
    } catch (err) {
      console.warn('HeaderLens: could not save the trust decision', err);
    } finally {
      setBusy(false);
    }
  }

  const inspectorHref =
    tabId !== null && state?.kind === 'analysis' ? `/inspector.html?tabId=${tabId}` : '/inspector.html';
  const analysed = state?.kind === 'analysis';
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>HeaderLens</h1>
        <nav class="popup-links" aria-label={t('popup_nav_label')}>
          {analysed && (
            <a href={inspectorHref} target="_blank" rel="noreferrer" data-testid="full-report">
              {t('popup_full_analysis')}
            </a>
          )}
          <a href="/options.html" target="_blank" rel="noreferrer" data-testid="options-link">
            {t('popup_options')}
          </a>
        </nav>
      </header>
      {state === null && (
        <p class="spinner" role="status" data-testid="state" data-state="starting">
          {t('popup_checking')}
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
          onMarkKnownGood={async () => {
            if (tabId === null) return t('memory_mark_no_message');
            const r = await sendMessage('senderMemory', { action: 'mark-known-good', tabId });
            return r.error ?? null;
          }}
          busy={busy}
          hideReasons={hiddenByQuestions(state.analysis)}
          top={
            <>
              <GatewayTrustNotice
                analysis={state.analysis}
                busy={busy}
                onTrustGateway={(entry) => void trust('gateway', entry)}
                onTrustForwarder={(domain) => void trust('forwarder', domain)}
              />
              {state.siteTrust && (
                <SiteTrustNotice trust={state.siteTrust} busy={busy} onTrust={trustOnSite} />
              )}
            </>
          }
        />
      )}
      {/* One version line: the analysis view prints the engine's; other states print it here. */}
      {!analysed && (
        <footer class="muted">
          {version && <span data-testid="engine-version">{t('popup_version', { version })}</span>}
        </footer>
      )}
    </main>
  );
}
