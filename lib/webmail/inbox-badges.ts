// Warning badges on inbox rows. Only rows in view are analysed (IntersectionObserver), raw fetches
// go through a per-tab queue (≤ 4 at once, back-off on 429/5xx), verdicts are cached by message id
// here and in the worker (`cachedRow` first), so a re-rendered row is badged instantly. The main
// thread only reads the DOM and inserts badges; parsing and checks run in the worker.
import type { RowVerdict } from '../ext/messaging';
import { isWarning, renderBadge } from './badge-render';
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

  const paint = (row: Element, v: RowVerdict) => {
    const anchor = adapter.badgeAnchor?.(row) ?? row;
    renderBadge(anchor, v, deps.showAll || isWarning(v.verdict));
  };

  const verdictFor = (id: string, ref: MessageRef): Promise<RowVerdict | null> => {
    const known = verdicts.get(id);
    if (known) return Promise.resolve(known);
    const inFlight = pending.get(id);
    if (inFlight) return inFlight;
    const job = (async (): Promise<RowVerdict | null> => {
      const cached = await port.cachedRow({ site: adapter.site, messageId: id });
      if (cached) return cached;
      const res = await queue.run(
        () =>
          adapter.fetchRaw(ref, {
            fetch,
            pageValues: deps.pageValues?.() ?? {},
            root: doc,
            signal,
            maxBytes: MAX_ROW_FETCH_BYTES,
          }),
        retryAdvice,
        signal,
      );
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
    for (const row of adapter.listRows(doc)) {
      if (rowIds.get(row.element)?.id === row.messageId) continue;
      rowIds.set(row.element, { id: row.messageId, ref: row.ref });
      const known = verdicts.get(row.messageId);
      if (known) paint(row.element, known);
      else io.observe(row.element);
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
