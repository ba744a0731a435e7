// Options → DNS → "Test": asks a DoH JSON endpoint one question before the user relies on it.
// Any DNS answer, including "no such name", proves the server works; no answer, an HTTP error or a
// body that is not DoH JSON does not.
import { DohResolver, type FetchLike } from '../dns/doh';
import { errorCodeOf } from '../dns/errors';
import { type MessageKey, t } from '../i18n';

/** A name every resolver can answer (RFC 2606 reserves it; IANA serves it). */
export const DOH_TEST_NAME = 'example.com';

export type DohCheck = { ok: true; ms: number } | { ok: false; problem: string };

const PROBLEM: Partial<Record<string, MessageKey>> = {
  ETIMEOUT: 'options_dns_problem_timeout',
  ESERVFAIL: 'options_dns_problem_servfail',
  EREFUSED: 'options_dns_problem_refused',
  ECONNREFUSED: 'options_dns_problem_unreachable',
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
      return {
        ok: false,
        problem: PROBLEM[code] ? t(PROBLEM[code]) : t('options_dns_problem_other', { code }),
      };
  }
  return { ok: true, ms: Math.round(now() - start) };
}
