// The worker's wiring: every listener, registered synchronously when background.js is evaluated
// (MV3 dispatches an event only to listeners present at the end of that first evaluation). The
// listeners answer what needs only storage and the tabs API here — a ping, the popup's tab state,
// tab navigation and closing, badge clearing, Roundcube registration — and hand everything else
// to the core (worker.ts and what it imports: settings, the analysis cache, the sender memory,
// trust lists), which background.js loads when a message first needs it (lib/ext/worker-engine.ts).
// A wake for a tab event or a popup therefore evaluates only this file's imports.
import { browser } from 'wxt/browser';
import type { RawFetchResult } from '../webmail/types';
import type { CloudFeedReport } from './messaging';
import { onMessage } from './messaging';
import { watchInstalls } from './open-tabs';
import { watchRoundcubeSites } from './roundcube-registration';
import { type BrowserSender, isExtensionPage } from './sender';
import type { Sender, Worker } from './worker';
import type { SenderMemoryReply, SenderMemoryRequest } from './worker-memory';
import { tabClosed, tabNavigated } from './worker-tab-events';
import { readTabState } from './worker-tabs';
import type { YahooFetchRequest } from './yahoo-fetch';

/** What the wiring asks of the core (built by createWorkerCore in worker.ts). */
export interface WorkerCore {
  worker: Worker;
  fetchYahooRaw(
    data: YahooFetchRequest,
    senderUrl: string | undefined,
    tabUrl?: string,
  ): Promise<RawFetchResult>;
  senderMemory(req: SenderMemoryRequest): Promise<SenderMemoryReply>;
  refreshCloudFeeds(): Promise<CloudFeedReport>;
}

/** Starts an optional part; a browser without its API (Firefox variants, tests) keeps the rest. */
function optional(start: () => () => void): () => void {
  try {
    return start();
  } catch (err) {
    console.warn('HeaderLens: feature unavailable in this browser', err);
    return () => {};
  }
}

/**
 * Registers every handler; `core` gives the core, loading it on first call (it must cache the load
 * itself). Returns a function that removes the handlers (tests).
 */
export function startWiring(core: () => Promise<WorkerCore>): () => void {
  const w = async () => (await core()).worker;
  const extensionOrigin = browser.runtime.getURL('/');
  const tabOf = (sender: BrowserSender): Sender => ({
    id: sender.tab?.id,
    url: sender.tab?.url ?? sender.url,
    frameUrl: sender.url,
    contentScript: !isExtensionPage(sender, extensionOrigin),
  });
  // Chrome: content scripts lose direct access to storage.local (approved servers, trusted ids,
  // DNS settings); they ask the worker for the few settings they need (badgeSettings). Firefox has
  // no such switch: readSettings() validates every stored value instead (worker-settings.ts).
  optional(() => {
    const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
    void local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
    return () => {};
  });
  const removers = [
    onMessage('ping', () => ({
      ok: true as const,
      version: browser.runtime.getManifest().version,
      receivedAt: Date.now(),
    })),
    // The popup's state is a storage read: no need for the core.
    onMessage('getTabState', (m) => readTabState(m.data.tabId)),
    onMessage('messageOpened', async (m) => (await w()).messageOpened(m.data, tabOf(m.sender))),
    onMessage('pageState', async (m) => (await w()).pageState(m.data, tabOf(m.sender))),
    onMessage('analyzeRow', async (m) => (await w()).analyzeRow(m.data, tabOf(m.sender))),
    onMessage('cachedRow', async (m) => (await w()).cachedRow(m.data, tabOf(m.sender))),
    onMessage('badgeSettings', async (m) => (await w()).badgeSettings(tabOf(m.sender))),
    onMessage('analyzeRaw', async (m) => (await w()).analyzeRaw(m.data)),
    onMessage('refreshCloudFeeds', async () => (await core()).refreshCloudFeeds()),
    onMessage('setServerApproval', async (m) => (await w()).setServerApproval(m.data)),
    onMessage('setSiteTrust', async (m) => (await w()).setSiteTrust(m.data)),
    // Trust decisions: MESSAGE_ACCESS admits them from the extension's own pages only.
    onMessage('setGatewayTrust', async (m) => (await w()).setGatewayTrust(m.data)),
    onMessage('setForwarderTrust', async (m) => (await w()).setForwarderTrust(m.data)),
    onMessage('fetchYahooRaw', async (m) =>
      (await core()).fetchYahooRaw(m.data, m.sender?.url, m.sender?.tab?.url),
    ),
    onMessage('senderMemory', async (m) => (await core()).senderMemory(m.data)),
    // Roundcube sites the user added in options get their content script registered (and again
    // whenever the list or the granted permissions change).
    optional(watchRoundcubeSites),
    // Webmail tabs open at install or update get the new content scripts without a reload.
    optional(watchInstalls),
  ];
  const onUpdated = (tabId: number, change: { url?: string; status?: string }, tab?: { url?: string }) => {
    if (change.url) void tabNavigated(tabId, change.url);
    // A page loading at an address this extension may not see (no host permission) is no
    // webmail: the tab has left the one it showed.
    else if (change.status === 'loading' && tab && tab.url === undefined) void tabNavigated(tabId, '');
  };
  const onRemoved = (tabId: number) => void tabClosed(tabId);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => {
    for (const remove of removers) remove();
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}
