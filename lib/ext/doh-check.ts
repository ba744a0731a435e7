// Options → DNS → "Test": asks a DoH JSON endpoint one question before the user relies on it.
// Any DNS answer, including "no such name", proves the server works; no answer, an HTTP error or a
// body that is not DoH JSON does not.
import { DohResolver, type FetchLike } from '../dns/doh';
import { errorCodeOf } from '../dns/errors';

/** A name every resolver can answer (RFC 2606 reserves it; IANA serves it). */
export const DOH_TEST_NAME = 'example.com';

export type DohCheck = { ok: true; ms: number } | { ok: false; problem: string };

const PROBLEM: Record<string, string> = {
  ETIMEOUT: 'it did not answer within 4 seconds',
  ESERVFAIL: 'it answered with a server failure, an HTTP error, or something that is not DNS-over-HTTPS JSON',
  EREFUSED: 'it refused the question',
  ECONNREFUSED:
    'it could not be reached (wrong address, server down, or it does not allow requests from extensions)',
};

export async function checkDohServer(
  url: string,
  opts: { fetch?: FetchLike; timeoutMs?: number; now?: () => number } = {},
): Promise<DohCheck> {
  const now = opts.now ?? (() => performance.now());
  const resolver = new DohResolver({ endpoint: url, fetch: opts.fetch, timeoutMs: opts.timeoutMs ?? 4000 });
  const start = now();
  try {
    await resolver.resolve(DOH_TEST_NAME, 'A');
  } catch (err) {
    const code = errorCodeOf(err);
    // "No such name" / "no record of that type" are answers: the server works.
    if (code !== 'ENOTFOUND' && code !== 'ENODATA')
      return { ok: false, problem: PROBLEM[code] ?? `it answered with an error (${code})` };
  }
  return { ok: true, ms: Math.round(now() - start) };
}
