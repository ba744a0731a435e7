// Watches one document (the page or one of its frames) for the message the user opens, fetches
// its raw source through the adapter, and tells the worker. Runs in the isolated world; the only
// main-thread work is DOM reads, debounced behind a MutationObserver.
import { MAX_HASHED_MESSAGE_BYTES } from '../auth/limits';
import type { MessageSource, WebmailSite } from '../ext/messaging';
import { t } from '../i18n';
import { type GaveUp, readWithDeadline } from './deadline-read';
import { cappedFetch, headersOnly, MAX_OPEN_FETCH_BYTES } from './fetch-cap';
import type { FetchLike, MessageRef, OpenMessageLookup, RawFetchResult, WebmailAdapter } from './types';
import type { WorkerPort } from './worker-port';

export interface RunnerDeps {
  adapter: WebmailAdapter;
  /** The window whose document is watched (the content script's own). */
  win: Window & typeof globalThis;
  port: WorkerPort;
  fetch: FetchLike;
  signal: AbortSignal;
  /** Page globals from the MAIN world, when the adapter needs any. */
  pageValues?: () => Readonly<Record<string, string>>;
  /** Debounce for DOM changes (ms). */
  debounceMs?: number;
}

/**
 * The open message's read that has not answered by then is given up and reported as no answer: a
 * server that sends the header block and then holds the connection (or never answers) must not
 * leave the check pending, nor every check of a message opened after it waiting behind it. Longer
 * than the rows' 30 s (ROW_FETCH_DEADLINE_MS): this read may take a whole message of 10 MB.
 */
export const OPEN_FETCH_DEADLINE_MS = 60_000;

/** What the popup says when the read got no answer in time (the site's "could not reach" words). */
const NO_ANSWER: Record<WebmailSite, () => string> = {
  gmail: () => t('webmail_gmail_network'),
  outlook: () => t('webmail_outlook_network'),
  yahoo: () => t('webmail_yahoo_network'),
  roundcube: () => t('webmail_roundcube_network', { error: 'no answer in time' }),
};

/**
 * What is sent to the worker for an opened message: the raw text, or, over the hashing limit, its
 * header block and its size (the worker would not hash that body, and moving megabytes through
 * extension messaging stalls the worker — issue 18 §2).
 */
export function forWorker(source: MessageSource, raw: string, cutAt?: number) {
  if (cutAt !== undefined) {
    // The read stopped at the cap: the message is over the limit, whatever `raw` decoded to (a
    // multi-byte body decodes to fewer characters than bytes; its cut body must never be hashed).
    const messageBytes = Math.max(cutAt, raw.length, MAX_HASHED_MESSAGE_BYTES + 1);
    return { source: { ...source, messageBytes }, raw: headersOnly(raw), error: null };
  }
  if (raw.length <= MAX_HASHED_MESSAGE_BYTES) return { source, raw, error: null };
  return { source: { ...source, messageBytes: raw.length }, raw: headersOnly(raw), error: null };
}

export function sourceFor(
  adapter: WebmailAdapter,
  ref: MessageRef,
  byteExact: boolean,
  latin1 = false,
): MessageSource {
  return {
    site: adapter.site,
    messageId: ref.messageId,
    byteExact,
    ...(latin1 ? { latin1: true } : {}),
    trustedAuthservIds: adapter.trustedAuthservIds,
    ...(adapter.receiverNetworks ? { receiverNetworks: adapter.receiverNetworks } : {}),
  };
}

/**
 * Starts watching; stops when `deps.signal` aborts (refined-github's `init(signal)`). Resolves
 * nothing: results go to the worker. Each state is reported once until it changes.
 */
export function watchOpenMessage(deps: RunnerDeps): { checkNow(): Promise<void> } {
  const { adapter, win, port, signal } = deps;
  let lastKey = '';
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  /** The open message's read under way, and the state it is for. */
  let reading: { key: string; ac: AbortController } | undefined;

  const keyOf = (lookup: Exclude<OpenMessageLookup, { kind: 'in-frame' | 'ignore' }>) =>
    lookup.kind === 'message'
      ? `m:${lookup.ref.messageId}`
      : lookup.kind === 'none'
        ? 'none'
        : `lc:${lookup.detail}`;

  /**
   * Checks run one after another: a read for a state the page no longer shows is given up before
   * the next check is queued, so it does not hold the check of the message opened now.
   */
  const preempt = () => {
    if (!reading) return;
    const lookup = adapter.findOpenMessage(win.document, win.location);
    if (lookup.kind === 'in-frame' || lookup.kind === 'ignore') return;
    if (keyOf(lookup) !== reading.key) reading.ac.abort();
  };

  /**
   * The adapter's read with its own AbortController, tied to `signal`, aborted by `preempt` and at
   * OPEN_FETCH_DEADLINE_MS: 'late' past the deadline, 'dropped' when preempted or stopped.
   */
  const read = async (
    key: string,
    ref: MessageRef,
    capped: (f: FetchLike) => FetchLike,
  ): Promise<RawFetchResult | GaveUp> => {
    const ac = new AbortController();
    reading = { key, ac };
    try {
      return await readWithDeadline(
        signal,
        OPEN_FETCH_DEADLINE_MS,
        (readSignal) =>
          adapter.fetchRaw(ref, {
            fetch: capped((input, init) => deps.fetch(input, { ...init, signal: readSignal })),
            pageValues: deps.pageValues?.() ?? {},
            root: win.document,
            signal: readSignal,
          }),
        ac,
      );
    } finally {
      if (reading?.ac === ac) reading = undefined;
    }
  };

  const check = async (): Promise<void> => {
    if (signal.aborted) return;
    const lookup = adapter.findOpenMessage(win.document, win.location);
    if (lookup.kind === 'in-frame' || lookup.kind === 'ignore') return;
    const key = keyOf(lookup);
    if (key === lastKey) return;
    lastKey = key;
    const mine = ++generation;
    try {
      if (lookup.kind === 'none') {
        await port.pageState({ site: adapter.site, state: 'no-message' });
      } else if (lookup.kind === 'layout-changed') {
        await port.pageState({ site: adapter.site, state: 'layout-changed', detail: lookup.detail });
      } else {
        // Read no more of the message than the worker can use: past the cap only its header block
        // is sent, with its size (Content-Length when the server gave it, else "over the limit").
        let cutAt: number | undefined;
        const res = await read(key, lookup.ref, (f) =>
          cappedFetch(f, adapter.openFetchBytes ?? MAX_OPEN_FETCH_BYTES, (length) => {
            // A wrapped answer's length is not the message's (Outlook: base64 in JSON).
            cutAt = adapter.openFetchBytes === undefined ? (length ?? 0) : 0;
          }),
        );
        if (res === 'dropped') {
          // The page shows another state (the next check reports it), or we stopped. Should it
          // show this message again, it is read again.
          if (lastKey === key) lastKey = '';
          return;
        }
        // The user moved on while we fetched: the newer check reports instead.
        if (mine !== generation || signal.aborted) return;
        const source = sourceFor(adapter, lookup.ref, false);
        await port.messageOpened(
          res === 'late'
            ? { source, raw: null, error: NO_ANSWER[adapter.site]() }
            : res.ok
              ? forWorker(
                  sourceFor(adapter, lookup.ref, res.byteExact, res.latin1),
                  res.raw,
                  // An answer cut short that our cap did not cut (a server ending early): its body
                  // is still a cut one, never hashed as the whole message's.
                  cutAt ?? (res.truncated ? 0 : undefined),
                )
              : { source, raw: null, error: res.error },
        );
      }
    } catch {
      // The worker is gone (extension reloaded/updated): the next change tries again.
      lastKey = '';
    }
  };

  const enqueue = (): Promise<void> => {
    preempt();
    running = running.then(check);
    return running;
  };

  const schedule = () => {
    if (signal.aborted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      enqueue();
    }, deps.debounceMs ?? 150);
  };

  const observer = new win.MutationObserver(schedule);
  observer.observe(win.document.documentElement, { childList: true, subtree: true });
  // Single-page webmails change the URL without a load: popstate/hashchange catch history moves.
  win.addEventListener('popstate', schedule, { signal });
  win.addEventListener('hashchange', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  enqueue();
  return { checkNow: enqueue };
}
