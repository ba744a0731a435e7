// What every webmail content script does, given its adapter: report the open message, and (top
// frame only, when the setting is on) badge the inbox rows. Listeners are tied to `signal`. The
// settings come from the worker (content scripts may not read storage.local); they are asked again
// when the tab comes back into view, so a change made in the options page applies then.
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
  let current: { showAll: boolean } | null = null;
  // One restart at a time: a focus event during the first start must not start a second set of
  // badges (with its own fetch queue, which would ignore the first one's back-off).
  let chain: Promise<void> = Promise.resolve();
  const restartBadges = () => {
    chain = chain.then(restartNow, restartNow);
    return chain;
  };
  const restartNow = async () => {
    const settings = await port.badgeSettings().catch(() => null);
    if (signal.aborted) return;
    // Unchanged: keep the running badges (and their verdicts).
    if (badges && settings?.enabled && current?.showAll === settings.showAll) return;
    badges?.abort();
    badges = null;
    current = null;
    if (!settings?.enabled) return;
    const showAll = settings.showAll;
    current = settings;
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
  const onVisible = () => {
    if (win.document.visibilityState === 'visible') void restartBadges();
  };
  win.document.addEventListener('visibilitychange', onVisible, { signal });
  win.addEventListener('focus', () => void restartBadges(), { signal });
}
