// What each tab shows, kept in storage.session so a popup opened after the worker was stopped
// still finds it. The raw message is kept next to the state (in memory-backed session storage)
// so "Approve this server" can re-analyse without asking the webmail again.
import { storage } from 'wxt/utils/storage';
import type { MessageSource, TabState } from './messaging';

export interface TabRecord {
  state: TabState;
  /** The page URL when the state was set: a later URL change means the user left the message. */
  url?: string;
  source?: MessageSource;
  raw?: string;
}

/** Larger messages are not kept for re-analysis: session storage is 10 MB for everything. */
const MAX_KEPT_RAW = 2_000_000;

function tabKey(tabId: number): `session:${string}` {
  return `session:hl-tab:${tabId}`;
}

export async function readTab(tabId: number): Promise<TabRecord | null> {
  return storage.getItem<TabRecord>(tabKey(tabId));
}

export async function writeTab(tabId: number, record: TabRecord): Promise<void> {
  const keep = record.raw !== undefined && record.raw.length <= MAX_KEPT_RAW;
  const value: TabRecord = keep ? record : { ...record, raw: undefined };
  try {
    await storage.setItem(tabKey(tabId), value);
  } catch {
    await storage.setItem(tabKey(tabId), { ...value, raw: undefined });
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}

/** Is `state` still about this message (the user may have opened another one meanwhile)? */
export function showsMessage(state: TabState | undefined, site: string, messageId: string): boolean {
  if (!state || !('messageId' in state)) return false;
  return state.site === site && state.messageId === messageId;
}
