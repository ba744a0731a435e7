// Failures are carried the way Node's `dns.promises.resolve` carries them, because mailauth reads
// `err.code` to tell "nothing there" (ENOTFOUND/ENODATA: a void lookup) from "ask again later"
// (everything else: temperror) and EBADNAME (a malformed name: SPF permerror).
import type { DnsErrorCode } from '../types';

const MESSAGES: Record<DnsErrorCode, string> = {
  ENOTFOUND: 'the name does not exist (NXDOMAIN)',
  ENODATA: 'the name has no records of this type',
  ETIMEOUT: 'the DNS query timed out',
  ESERVFAIL: 'the DNS server failed to answer (SERVFAIL)',
  EREFUSED: 'the DNS server refused the query',
  EBADNAME: 'the name is not a valid DNS name',
  ECONNREFUSED: 'the DNS server could not be reached',
};

const CODES = new Set<string>(Object.keys(MESSAGES));

export class DnsError extends Error {
  readonly code: DnsErrorCode;
  /** Name and type asked, for messages and logs. */
  readonly hostname: string;
  readonly rrtype: string;
  /** True when the failure came from a cache (a remembered negative answer). */
  readonly cached: boolean;

  constructor(
    code: DnsErrorCode,
    hostname: string,
    rrtype: string,
    opts: { cached?: boolean; detail?: string } = {},
  ) {
    // A DNS error is an answer, not a bug: no stack trace is captured (capturing one cost more
    // than the rest of a cached lookup, and every message meets a few NXDOMAINs).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${rrtype} ${hostname}: ${MESSAGES[code]}${opts.detail ? ` (${opts.detail})` : ''}`);
    Error.stackTraceLimit = limit;
    this.name = 'DnsError';
    this.code = code;
    this.hostname = hostname;
    this.rrtype = rrtype;
    this.cached = opts.cached ?? false;
  }
}

export function isDnsErrorCode(value: unknown): value is DnsErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

/** "Nothing there": counts as an SPF void lookup (RFC 7208 §4.6.4), DKIM "no key", DMARC "no record". */
export function isNegative(code: DnsErrorCode): boolean {
  return code === 'ENOTFOUND' || code === 'ENODATA';
}

/**
 * An answer from a working resolver that there is nothing (a name that cannot exist included), as
 * opposed to a failure to get an answer. SERVFAIL is not one: the DoH client also reports an HTTP
 * error of the DoH server itself that way.
 */
export function isAnsweredNo(code: DnsErrorCode): boolean {
  return isNegative(code) || code === 'EBADNAME';
}

/**
 * Any thrown value → a DnsErrorCode. Resolvers written by others (or a fetch that rejects) may
 * throw anything; an unknown failure is temporary (ESERVFAIL), never "no record", so it can
 * only ever become temperror and never a false fail.
 */
export function errorCodeOf(err: unknown): DnsErrorCode {
  if (err && typeof err === 'object') {
    const code = (err as { code?: unknown }).code;
    if (isDnsErrorCode(code)) return code;
    const name = (err as { name?: unknown }).name;
    // AbortSignal.timeout() rejects with a DOMException named TimeoutError whose numeric
    // `code` is 23: map it ourselves, mailauth would not recognise it.
    if (name === 'TimeoutError' || name === 'AbortError') return 'ETIMEOUT';
  }
  return 'ESERVFAIL';
}

export function toDnsError(err: unknown, hostname: string, rrtype: string): DnsError {
  if (err instanceof DnsError) return err;
  const detail = err instanceof Error ? err.message : undefined;
  return new DnsError(errorCodeOf(err), hostname, rrtype, { detail });
}
