// The per-tab fetch queue behind the inbox badges: at most 4 fetches at once, and a bounded
// exponential pause for everyone when the webmail answers 429/5xx.
import { describe, expect, it } from 'vitest';
import { createFetchQueue } from '../../../lib/webmail/fetch-queue';

/** A manual clock: timers fire only when the test advances time. */
function manualClock() {
  let t = 1_000_000;
  const timers: Array<{ at: number; fn: () => void }> = [];
  return {
    now: () => t,
    setTimer: (fn: () => void, ms: number) => void timers.push({ at: t + ms, fn }),
    async advance(ms: number) {
      t += ms;
      for (const timer of timers.splice(0).sort((a, b) => a.at - b.at)) {
        if (timer.at <= t) timer.fn();
        else timers.push(timer);
      }
      await flush();
    },
  };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

type Answer = { status: number; retryAfterMs?: number };
const classify = (a: Answer) =>
  a.status === 429 || a.status >= 500 ? { retry: true, retryAfterMs: a.retryAfterMs } : { retry: false };

describe('fetch queue', () => {
  it('never runs more than 4 fetches at once, and runs them all', async () => {
    const clock = manualClock();
    const q = createFetchQueue({ now: clock.now, setTimer: clock.setTimer });
    const gates = Array.from({ length: 10 }, () => deferred<Answer>());
    let running = 0;
    let peak = 0;
    const results = gates.map((g) =>
      q.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        const a = await g.promise;
        running -= 1;
        return a;
      }, classify),
    );
    await flush();
    expect(q.inFlight).toBe(4);
    expect(q.waiting).toBe(6);
    for (const g of gates) {
      g.resolve({ status: 200 });
      await flush();
    }
    expect((await Promise.all(results)).every((r) => r !== 'aborted' && r.status === 200)).toBe(true);
    expect(peak).toBe(4);
  });

  it('pauses everyone after a 429, doubling the pause on repeats, then retries', async () => {
    const clock = manualClock();
    const q = createFetchQueue({
      now: clock.now,
      setTimer: clock.setTimer,
      baseDelayMs: 1000,
      maxDelayMs: 8000,
    });
    const answers: Answer[] = [{ status: 429 }, { status: 503 }, { status: 200 }];
    const starts: number[] = [];
    const first = q.run(async () => {
      starts.push(clock.now());
      return answers.shift()!;
    }, classify);
    await flush();
    expect(q.pausedUntil).toBe(starts[0]! + 1000);
    // Another row's fetch waits for the pause too.
    let otherStarted = false;
    const other = q.run(async () => {
      otherStarted = true;
      return { status: 200 };
    }, classify);
    await flush();
    expect(otherStarted).toBe(false);
    await clock.advance(1000);
    expect(starts).toHaveLength(2); // retried after 1 s, got 503: now 2 s
    await clock.advance(1999);
    expect(starts).toHaveLength(2);
    await clock.advance(1);
    expect(starts).toHaveLength(3);
    expect(await first).toEqual({ status: 200 });
    expect(await other).toEqual({ status: 200 });
    expect(otherStarted).toBe(true);
  });

  it('honours Retry-After but never waits longer than the bound, and gives up after 4 attempts', async () => {
    const clock = manualClock();
    const q = createFetchQueue({
      now: clock.now,
      setTimer: clock.setTimer,
      baseDelayMs: 1000,
      maxDelayMs: 5000,
    });
    let attempts = 0;
    const result = q.run(async () => {
      attempts += 1;
      return { status: 429, retryAfterMs: 3_600_000 };
    }, classify);
    await flush();
    expect(q.pausedUntil - clock.now()).toBe(5000);
    for (let i = 0; i < 5; i++) await clock.advance(5000);
    expect(attempts).toBe(4);
    expect(await result).toEqual({ status: 429, retryAfterMs: 3_600_000 });
  });

  it('drops fetches whose row went away before they started', async () => {
    const clock = manualClock();
    const q = createFetchQueue({ now: clock.now, setTimer: clock.setTimer, maxInFlight: 1 });
    const gate = deferred<Answer>();
    const busy = q.run(() => gate.promise, classify);
    const ac = new AbortController();
    let ran = false;
    const dropped = q.run(
      async () => {
        ran = true;
        return { status: 200 };
      },
      classify,
      ac.signal,
    );
    ac.abort();
    gate.resolve({ status: 200 });
    expect(await busy).toEqual({ status: 200 });
    expect(await dropped).toBe('aborted');
    expect(ran).toBe(false);
  });
});
