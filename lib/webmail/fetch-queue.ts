// A small per-tab queue for raw-message fetches behind the inbox badges. Webmails throttle bursts
// (gmail.js #384: a burst of raw fetches fails), so: at most `maxInFlight` at once, and when the
// server says 429 or 5xx the whole queue pauses with an exponential, bounded back-off (Retry-After
// honoured up to the bound), then retries the failed fetch a few times before giving up.

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3), in ms; undefined when absent or unreadable. */
export function retryAfterMs(res: Response): number | undefined {
  const v = res.headers.get('retry-after');
  if (!v) return undefined;
  const secs = Number(v);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export interface RetryAdvice {
  retry: boolean;
  /** Server-provided wait (Retry-After), in ms. */
  retryAfterMs?: number;
}

export interface FetchQueueOptions {
  maxInFlight?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Attempts per job, the first one included. */
  maxAttempts?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => void;
}

export interface FetchQueue {
  /**
   * Runs `task` when a slot is free. `classify` says whether the answer calls for a back-off retry.
   * Resolves with the last answer, or 'aborted' when `signal` fired before the task started.
   */
  run<T>(
    task: () => Promise<T>,
    classify: (value: T) => RetryAdvice,
    signal?: AbortSignal,
  ): Promise<T | 'aborted'>;
  /** Fetches running now (for tests and diagnostics). */
  readonly inFlight: number;
  /** Jobs waiting for a slot. */
  readonly waiting: number;
  /** Epoch ms until which no new fetch starts (0 when not backing off). */
  readonly pausedUntil: number;
}

interface Job {
  start(): void;
  signal?: AbortSignal;
  abort(): void;
}

export function createFetchQueue(opts: FetchQueueOptions = {}): FetchQueue {
  const maxInFlight = opts.maxInFlight ?? 4;
  const baseDelay = opts.baseDelayMs ?? 1_000;
  const maxDelay = opts.maxDelayMs ?? 60_000;
  const maxAttempts = opts.maxAttempts ?? 4;
  const now = opts.now ?? (() => Date.now());
  const setTimer = opts.setTimer ?? ((fn, ms) => void setTimeout(fn, ms));
  const pending: Job[] = [];
  let inFlight = 0;
  let pausedUntil = 0;
  let failures = 0;
  let timerAt = 0;

  function pump(): void {
    const t = now();
    if (t < pausedUntil) {
      if (timerAt !== pausedUntil) {
        timerAt = pausedUntil;
        setTimer(pump, pausedUntil - t);
      }
      return;
    }
    while (inFlight < maxInFlight && pending.length > 0) {
      const job = pending.shift()!;
      if (job.signal?.aborted) {
        job.abort();
        continue;
      }
      job.start();
    }
  }

  function backOff(advice: RetryAdvice): void {
    failures += 1;
    const exp = Math.min(maxDelay, baseDelay * 2 ** (failures - 1));
    const wait = Math.min(maxDelay, Math.max(exp, advice.retryAfterMs ?? 0));
    pausedUntil = Math.max(pausedUntil, now() + wait);
  }

  return {
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return pending.length;
    },
    get pausedUntil() {
      return pausedUntil > now() ? pausedUntil : 0;
    },
    run<T>(task: () => Promise<T>, classify: (value: T) => RetryAdvice, signal?: AbortSignal) {
      return new Promise<T | 'aborted'>((resolve, reject) => {
        let attempts = 0;
        const job: Job = {
          signal,
          abort: () => resolve('aborted'),
          start: () => {
            attempts += 1;
            inFlight += 1;
            task().then(
              (value) => {
                inFlight -= 1;
                const advice = classify(value);
                if (advice.retry) {
                  backOff(advice);
                  if (attempts < maxAttempts) pending.unshift(job);
                  else resolve(value);
                } else {
                  failures = 0;
                  resolve(value);
                }
                pump();
              },
              (err: unknown) => {
                inFlight -= 1;
                reject(err);
                pump();
              },
            );
          },
        };
        pending.push(job);
        pump();
      });
    },
  };
}
