// One webmail read raced against a deadline and the page's signal, for the inbox rows and the open
// message alike: the read gets its own AbortController (tied to the page's signal), aborted at the
// deadline; the race does not wait for the adapter to notice the abort (a stalled body read may
// not), and the abandoned read's AbortError is swallowed, having no one to go to.

/** Why a read was given up: its deadline passed ('late'), or it was aborted ('dropped'). */
export type GaveUp = 'late' | 'dropped';

/**
 * Runs `start` with a signal that aborts when `page` aborts, when `ac` is aborted by the caller, or
 * after `ms`; resolves with the read's own answer, or with why it was given up.
 */
export async function readWithDeadline<T>(
  page: AbortSignal,
  ms: number,
  start: (signal: AbortSignal) => Promise<T>,
  ac: AbortController = new AbortController(),
): Promise<T | GaveUp> {
  let late = false;
  const gaveUp = new Promise<GaveUp>((resolve) => {
    ac.signal.addEventListener('abort', () => resolve(late ? 'late' : 'dropped'), { once: true });
  });
  const stop = () => ac.abort();
  page.addEventListener('abort', stop, { once: true });
  if (page.aborted) ac.abort();
  const timer = setTimeout(() => {
    late = true;
    ac.abort();
  }, ms);
  const work = start(ac.signal);
  work.catch(() => undefined);
  try {
    return await Promise.race([work, gaveUp]);
  } finally {
    clearTimeout(timer);
    page.removeEventListener('abort', stop);
  }
}
