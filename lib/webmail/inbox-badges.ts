// Warning badges on inbox rows. Only rows in view are analysed (IntersectionObserver), raw fetches
// go through a per-tab queue (≤ 4 at once, back-off on 429/5xx), verdicts are cached by message id
// here and in the worker (`cachedRow` first), so a re-rendered row is badged instantly. The main
// thread only reads the DOM and inserts badges; parsing and checks run in the worker.
import type { RowVerdict } from '../ext/messaging';
import { BADGE_ATTR, isWarning, renderBadge } from './badge-render';
import { readWithDeadline } from './deadline-read';
import { cappedFetch, headersOnly, MAX_ROW_FETCH_BYTES } from './fetch-cap';
import { createFetchQueue, type FetchQueue } from './fetch-queue';
import { sourceFor } from './open-message';
import type { FetchLike, MessageRef, RawFetchResult, WebmailAdapter } from './types';
import type { WorkerPort } from './worker-port';

export interface BadgeDeps {
  adapter: WebmailAdapter;
  win: Window & typeof globalThis;
  port: WorkerPort;
  fetch: FetchLike;
  signal: AbortSignal;
  /** Show a badge on every row (showAllBadgesItem), not only suspicious/spoofed ones. */
  showAll: boolean;
  queue?: FetchQueue;
  pageValues?: () => Readonly<Record<string, string>>;
  debounceMs?: number;
}

export interface InboxBadges {
  /** Verdicts known in this tab, by message id. */
  readonly verdicts: ReadonlyMap<string, RowVerdict>;
  /** Re-scan the list now (tests; the MutationObserver does it otherwise). */
  scan(): void;
  /** Resolves when every analysis started so far has finished (tests). */
  idle(): Promise<void>;
}

/**
 * A row's raw fetch that has not answered by then is given up as a network failure: a stalled
 * connection (or a server holding the request) must not keep one of the queue's few slots for the
 * life of the tab. Headers-only reads of 256 KB take well under a second when the server answers.
 */
export const ROW_FETCH_DEADLINE_MS = 30_000;

function retryAdvice(r: RawFetchResult): { retry: boolean; retryAfterMs?: number } {
  if (r.ok || (r.reason !== 'rate-limited' && r.reason !== 'server')) return { retry: false };
  return r.retryAfterMs === undefined ? { retry: true } : { retry: true, retryAfterMs: r.retryAfterMs };
}

export function startInboxBadges(deps: BadgeDeps): InboxBadges {
  const { adapter, win, port, signal } = deps;
  const doc = win.document;
  const queue = deps.queue ?? createFetchQueue();
  const verdicts = new Map<string, RowVerdict>();
  const pending = new Map<string, Promise<RowVerdict | null>>();
  /** Which message each row element shows now (rows are reused by some webmails). */
  const rowIds = new WeakMap<Element, { id: string; ref: MessageRef }>();
  const started = new Set<Promise<unknown>>();
  // A row is judged on its headers: never download (or send the worker) a whole large message.
  const fetch = cappedFetch(deps.fetch);

  /** Row elements in `rowIds`, so rows that stop standing for a message can be let go. */
  const tracked = new Set<Element>();

  /**
   * Our badges anywhere under the row: the anchor found now may not be the one painted into (a
   * Yahoo row painted on the link itself while its subject element was missing, then reused for a
   * message that has one), and a badge left there would vouch for the new message.
   */
  const badgesUnder = (row: Element) => row.querySelectorAll(`[${BADGE_ATTR}]`);

  const paint = (row: Element, v: RowVerdict) => {
    const anchor = adapter.badgeAnchor?.(row) ?? row;
    for (const old of badgesUnder(row)) if (old.parentElement !== anchor) old.remove();
    renderBadge(anchor, v, deps.showAll || isWarning(v.verdict));
  };

  /** Takes a row's badge away (the row now shows another message, or none we can name). */
  const unpaint = (row: Element) => {
    for (const old of badgesUnder(row)) old.remove();
  };

  /**
   * One row's raw fetch with a deadline: past ROW_FETCH_DEADLINE_MS it settles as a network failure
   * (no retry, its queue slot freed) and the request is cancelled, as it is when the page goes.
   */
  const fetchRow = async (ref: MessageRef): Promise<RawFetchResult> => {
    const res = await readWithDeadline(signal, ROW_FETCH_DEADLINE_MS, (rowSignal) =>
      adapter.fetchRaw(ref, {
        fetch: (input, init) => fetch(input, { ...init, signal: rowSignal }),
        pageValues: deps.pageValues?.() ?? {},
        root: doc,
        signal: rowSignal,
        maxBytes: MAX_ROW_FETCH_BYTES,
      }),
    );
    // Rows show no error text: a row whose fetch fails simply gets no badge.
    if (res === 'late') return { ok: false, reason: 'network', error: 'no answer in time' };
    if (res === 'dropped') return { ok: false, reason: 'network', error: 'stopped' };
    return res;
  };

  const verdictFor = (id: string, ref: MessageRef): Promise<RowVerdict | null> => {
    const known = verdicts.get(id);
    if (known) return Promise.resolve(known);
    const inFlight = pending.get(id);
    if (inFlight) return inFlight;
    const job = (async (): Promise<RowVerdict | null> => {
      const cached = await port.cachedRow({ site: adapter.site, messageId: id });
      if (cached) return cached;
      const res = await queue.run(() => fetchRow(ref), retryAdvice, signal);
      if (res === 'aborted' || !res.ok || signal.aborted) return null;
      return port.analyzeRow({
        source: sourceFor(adapter, ref, res.byteExact, res.latin1),
        raw: headersOnly(res.raw),
      });
    })()
      .catch(() => null)
      .then((v) => {
        pending.delete(id);
        if (v) verdicts.set(id, v);
        return v;
      });
    pending.set(id, job);
    return job;
  };

  const analyse = (row: Element) => {
    const current = rowIds.get(row);
    if (!current) return;
    const p = verdictFor(current.id, current.ref).then((v) => {
      // Paint only if the row still shows the same message.
      if (v && !signal.aborted && rowIds.get(row)?.id === current.id) paint(row, v);
    });
    started.add(p);
    void p.finally(() => started.delete(p));
  };

  const io = new win.IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        analyse(e.target);
      }
    },
    { rootMargin: '200px 0px' },
  );

  const scan = () => {
    if (signal.aborted) return;
    const listed = new Set<Element>();
    for (const row of adapter.listRows(doc)) {
      listed.add(row.element);
      const before = rowIds.get(row.element);
      if (before?.id === row.messageId) continue;
      rowIds.set(row.element, { id: row.messageId, ref: row.ref });
      tracked.add(row.element);
      const known = verdicts.get(row.messageId);
      if (known) paint(row.element, known);
      else {
        // A reused row: the previous message's badge goes now, not when (or if) the new one's
        // analysis arrives — through a slow fetch or a 429 back-off it would vouch for the new one.
        if (before) unpaint(row.element);
        io.observe(row.element);
      }
    }
    // Rows that no longer stand for a message we can name (re-rendered without usable ids, or gone).
    for (const el of tracked) {
      if (listed.has(el)) continue;
      tracked.delete(el);
      rowIds.delete(el);
      io.unobserve(el);
      unpaint(el);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const mo = new win.MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      scan();
    }, deps.debounceMs ?? 100);
  });
  mo.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    mo.disconnect();
    io.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  scan();

  return {
    verdicts,
    scan,
    async idle() {
      while (started.size > 0) await Promise.all([...started]);
    },
  };
}
