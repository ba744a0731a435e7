// The background service worker's wiring: answers typed messages. (Filled in by the extension
// issue: analysis cache, badges, tab states.)
import { browser } from 'wxt/browser';
import { onMessage } from './messaging';

export function startWorker(): void {
  onMessage('ping', () => ({
    ok: true as const,
    version: browser.runtime.getManifest().version,
    receivedAt: Date.now(),
  }));
}
