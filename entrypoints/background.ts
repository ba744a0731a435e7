import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../lib/ext/messaging';

export default defineBackground(() => {
  onMessage('ping', () => ({
    ok: true as const,
    version: browser.runtime.getManifest().version,
    receivedAt: Date.now(),
  }));
});
