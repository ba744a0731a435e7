import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readWithDeadline } from '../../../lib/webmail/deadline-read';

/** A read that answers only when its signal aborts (with an AbortError), or never. */
function stalled(signal: AbortSignal, noticesAbort = true): Promise<string> {
  return new Promise((_, reject) => {
    if (noticesAbort) signal.addEventListener('abort', () => reject(new DOMException('x', 'AbortError')));
  });
}

describe('readWithDeadline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test("answers with the read's own result and clears its timer", async () => {
    const page = new AbortController();
    const res = await readWithDeadline(page.signal, 1000, async () => 'raw');
    expect(res).toBe('raw');
    expect(vi.getTimerCount()).toBe(0);
  });

  test("is 'late' past the deadline and aborts the read, even one that never notices", async () => {
    const page = new AbortController();
    let seen: AbortSignal | undefined;
    const res = readWithDeadline(page.signal, 1000, (s) => {
      seen = s;
      return stalled(s, false);
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(seen?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await res).toBe('late');
    expect(seen?.aborted).toBe(true);
  });

  test("is 'dropped' when the page stops or the caller aborts, and never 'late' after", async () => {
    const page = new AbortController();
    const res = readWithDeadline(page.signal, 1000, (s) => stalled(s));
    page.abort();
    expect(await res).toBe('dropped');
    const ac = new AbortController();
    const mine = readWithDeadline(new AbortController().signal, 1000, (s) => stalled(s), ac);
    ac.abort();
    expect(await mine).toBe('dropped');
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a page already stopped drops the read at once', async () => {
    const page = new AbortController();
    page.abort();
    let seen: AbortSignal | undefined;
    const res = await readWithDeadline(page.signal, 1000, (s) => {
      seen = s;
      return stalled(s, false);
    });
    expect(res).toBe('dropped');
    expect(seen?.aborted).toBe(true);
  });

  test('a read that fails on its own is that failure, not a give-up', async () => {
    const page = new AbortController();
    await expect(
      readWithDeadline(page.signal, 1000, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
  });
});
