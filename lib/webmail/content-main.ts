// What every webmail content script does, given its adapter: report the open message, and (top
// frame only, when the setting is on) badge the inbox rows. Listeners are tied to `signal`; a
// settings change restarts the badges with the new settings.
import { inboxBadgesItem, showAllBadgesItem } from '../ext/settings';
import { startInboxBadges } from './inbox-badges';
import { watchOpenMessage } from './open-message';
import type { FetchLike, WebmailAdapter } from './types';
import { createWorkerPort } from './worker-port';

export interface ContentMainOptions {
  adapter: WebmailAdapter;
  win: Window & typeof globalThis;
  signal: AbortSignal;
  fetch?: FetchLike;
  pageValues?: () => Readonly<Record<string, string>>;
}

export function startWebmailContentScript(opts: ContentMainOptions): void {
  const { adapter, win, signal } = opts;
  const port = createWorkerPort();
  // Same-origin requests must carry the webmail's session cookies. Chrome's content-script fetch
  // does; Firefox's may drop SameSite=Lax cookies, and its `content.fetch` behaves like the page.
  const pageFetch = (globalThis as { content?: { fetch?: typeof win.fetch } }).content?.fetch;
  const fetch: FetchLike =
    opts.fetch ??
    (pageFetch ? (input, init) => pageFetch(input, init) : (input, init) => win.fetch(input, init));
  watchOpenMessage({ adapter, win, port, fetch, signal, pageValues: opts.pageValues });

  if (win.top !== win) return; // the list lives in the top frame
  let badges: AbortController | null = null;
  const restartBadges = async () => {
    badges?.abort();
    badges = null;
    const [enabled, showAll] = await Promise.all([inboxBadgesItem.getValue(), showAllBadgesItem.getValue()]);
    if (signal.aborted || !enabled[adapter.site]) return;
    badges = new AbortController();
    signal.addEventListener('abort', () => badges?.abort(), { once: true });
    startInboxBadges({
      adapter,
      win,
      port,
      fetch,
      signal: badges.signal,
      showAll,
      pageValues: opts.pageValues,
    });
  };
  void restartBadges();
  const unwatch = [
    inboxBadgesItem.watch(() => void restartBadges()),
    showAllBadgesItem.watch(() => void restartBadges()),
  ];
  signal.addEventListener('abort', () => {
    for (const u of unwatch) u();
  });
}
