// What each tab shows, kept in storage.session so a popup opened after the worker was stopped
// still finds it, and reads it straight from there (no round trip through the worker). The raw
// message is kept under its own key (in memory-backed session storage) so "Approve this server"
// can re-analyse without asking the webmail again, while the popup reads only the small state.
import { storage } from 'wxt/utils/storage';
import type { MessageSource, TabState } from './messaging';
import { evictOldest } from './worker-cache';

export interface TabRecord {
  state: TabState;
  /** The page URL when the state was set: a later URL change means the user left the message. */
  url?: string;
  source?: MessageSource;
  raw?: string;
}

/** Larger messages are not kept for re-analysis: session storage is 10 MB for everything. */
const MAX_KEPT_RAW = 2_000_000;

const UNSUPPORTED: TabState = { kind: 'unsupported' };

function tabKey(tabId: number): `session:${string}` {
  return `session:hl-tab:${tabId}`;
}

function rawKey(tabId: number): `session:${string}` {
  return `session:hl-tab-raw:${tabId}`;
}

export async function readTab(tabId: number): Promise<TabRecord | null> {
  const [record, raw] = await storage.getItems([tabKey(tabId), rawKey(tabId)]);
  const value = record?.value as Omit<TabRecord, 'raw'> | null;
  if (!value) return null;
  return typeof raw?.value === 'string' ? { ...value, raw: raw.value } : value;
}

/** The state alone, what the popup shows: the raw message is not read. */
export async function readTabState(tabId: number): Promise<TabState> {
  return (await storage.getItem<TabRecord>(tabKey(tabId)))?.state ?? UNSUPPORTED;
}

/** Calls `onChange` with the tab's new state whenever the worker writes one. Returns the unwatch. */
export function watchTabState(tabId: number, onChange: (state: TabState) => void): () => void {
  return storage.watch<TabRecord>(tabKey(tabId), (record) => onChange(record?.state ?? UNSUPPORTED));
}

export async function writeTab(tabId: number, record: TabRecord): Promise<void> {
  const { raw, ...rest } = record;
  if (raw !== undefined && raw.length <= MAX_KEPT_RAW) {
    try {
      // One write for both keys, so a reader never pairs this state with an older message.
      await storage.setItems([
        { key: rawKey(tabId), value: raw },
        { key: tabKey(tabId), value: rest },
      ]);
      return;
    } catch {
      // Over the session quota: keep the state without the message.
    }
  }
  // The old message goes first: in between, a reader sees the old state without a message.
  await storage.removeItem(rawKey(tabId));
  try {
    await storage.setItem(tabKey(tabId), rest);
  } catch {
    // Session storage full: cached analyses make room for what the popup shows.
    await evictOldest('session', 1);
    await storage.setItem(tabKey(tabId), rest);
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItems([tabKey(tabId), rawKey(tabId)]);
}

/** A URL's origin (`null` for about:blank and the like), or null when it is no URL. */
export function urlOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Is `state` still about this message (the user may have opened another one meanwhile)? */
export function showsMessage(state: TabState | undefined, site: string, messageId: string): boolean {
  if (!state || !('messageId' in state)) return false;
  return state.site === site && state.messageId === messageId;
}
