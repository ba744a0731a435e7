// What the worker does when a tab navigates or closes. Kept apart from the analysis wiring
// (worker.ts): these events fire for every tab in the browser, so the worker they wake must answer
// them from background.js alone, without loading the rest (lib/ext/worker-wiring.ts).
import { applyBadge } from './badge';
import { forgetTab, readTab, urlOrigin } from './worker-tabs';

/** `url` is '' when the tab went somewhere this extension may not see. */
export async function tabNavigated(tabId: number, url: string): Promise<void> {
  const record = await readTab(tabId);
  if (!record?.url || record.url === url) return;
  // Within the webmail its content script is the judge: it reports every change of the open
  // message, leaving it included, while the address also changes for things that leave the
  // message open (Gmail adds `?compose=` to it). Leaving the webmail's origin ends its
  // script: the tab shows no webmail any more, and the badge must not outlive the message.
  if ((urlOrigin(record.url) ?? record.url) === (urlOrigin(url) ?? url)) return;
  await forgetTab(tabId);
  await applyBadge(tabId, null);
}

export async function tabClosed(tabId: number): Promise<void> {
  await forgetTab(tabId);
}
