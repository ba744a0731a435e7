// The messages a webmail content script sends to the worker, behind an interface so the
// runner and the badges can be tested with a fake worker.
import type { BadgeSettings, MessageSource, RowVerdict, TabState, WebmailSite } from '../ext/messaging';
import { sendMessage } from '../ext/messaging';

export interface WorkerPort {
  messageOpened(data: { source: MessageSource; raw: string | null; error: string | null }): Promise<TabState>;
  pageState(data: {
    site: WebmailSite;
    state: 'no-message' | 'layout-changed';
    detail?: string;
  }): Promise<void>;
  analyzeRow(data: { source: MessageSource; raw: string }): Promise<RowVerdict>;
  cachedRow(data: { site: WebmailSite; messageId: string }): Promise<RowVerdict | null>;
  /** Content scripts cannot read storage.local (the worker locks it): the badge settings by message. */
  badgeSettings(): Promise<BadgeSettings>;
}

export function createWorkerPort(): WorkerPort {
  return {
    messageOpened: (data) => sendMessage('messageOpened', data),
    pageState: (data) => sendMessage('pageState', data),
    analyzeRow: (data) => sendMessage('analyzeRow', data),
    cachedRow: (data) => sendMessage('cachedRow', data),
    badgeSettings: () => sendMessage('badgeSettings', undefined),
  };
}
