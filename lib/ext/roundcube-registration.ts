// Self-hosted Roundcube runs on any origin, so its content script is not in the manifest: the
// user enables a site in options (roundcubeSitesItem + an optional host permission), and the worker
// registers content-scripts/roundcube.js for exactly the granted origins (all frames: the preview
// pane is an iframe). Call `syncRoundcubeRegistration` on worker start; `watchRoundcubeSites`
// re-syncs when the list or the granted permissions change. A site's tabs already open get the
// script once, when the site is newly covered (lib/ext/open-tabs.ts): no reload needed.
import { browser } from 'wxt/browser';
import { startInOpenTabs } from './open-tabs';
import { roundcubeSitesItem } from './roundcube-sites';

export const ROUNDCUBE_SCRIPT_ID = 'headerlens-roundcube';
/** Where WXT builds entrypoints/roundcube.content (registration: 'runtime'). */
export const ROUNDCUBE_SCRIPT_FILE = 'content-scripts/roundcube.js';

/** `https://mail.example.org` → `https://mail.example.org/*`; null for anything that is not an http(s) origin. */
export function originPattern(origin: string): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.protocol}//${url.host}/*`;
}

export interface RegistrationResult {
  /** Match patterns the script is registered for now. */
  registered: string[];
  /** Enabled sites whose host permission is not granted (the options page should ask again). */
  notGranted: string[];
  /** Open tabs the script was injected into, because their site was not covered before. */
  injectedTabs: number[];
}

export async function syncRoundcubeRegistration(sites?: string[]): Promise<RegistrationResult> {
  const wanted = [...new Set((sites ?? (await roundcubeSitesItem.getValue())).map(originPattern))].filter(
    (p): p is string => p !== null,
  );
  const registered: string[] = [];
  const notGranted: string[] = [];
  for (const pattern of wanted) {
    if (await browser.permissions.contains({ origins: [pattern] })) registered.push(pattern);
    else notGranted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ROUNDCUBE_SCRIPT_ID] });
  if (registered.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ROUNDCUBE_SCRIPT_ID] });
    return { registered, notGranted, injectedTabs: [] };
  }
  const before = new Set(existing[0]?.matches ?? []);
  const script = {
    id: ROUNDCUBE_SCRIPT_ID,
    matches: registered,
    js: [ROUNDCUBE_SCRIPT_FILE],
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  const injectedTabs = await startInOpenTabs({
    matches: registered.filter((p) => !before.has(p)),
    js: [ROUNDCUBE_SCRIPT_FILE],
    allFrames: true,
  });
  return { registered, notGranted, injectedTabs };
}

/** Re-sync on changes; returns a function that stops watching. Errors are logged, never thrown. */
export function watchRoundcubeSites(onSynced?: (r: RegistrationResult) => void): () => void {
  const sync = () =>
    syncRoundcubeRegistration().then(
      (r) => onSynced?.(r),
      (e: unknown) => console.warn('HeaderLens: Roundcube registration failed', e),
    );
  const unwatch = roundcubeSitesItem.watch(() => void sync());
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  // The registration persists (persistAcrossSessions), so it is checked when the browser starts
  // and after an install or update, not on every wake of the worker: that sync's round trips to
  // the browser made a woken worker answer its first message ~30 ms later (issue 19 §4).
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  return () => {
    unwatch();
    browser.permissions.onAdded.removeListener(sync);
    browser.permissions.onRemoved.removeListener(sync);
    browser.runtime.onStartup.removeListener(sync);
    browser.runtime.onInstalled.removeListener(sync);
  };
}
