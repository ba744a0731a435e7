// DNS over HTTPS, JSON flavour (Cloudflare's /dns-query with `accept: application/dns-json`,
// Google's /resolve). The extension's service worker has no UDP, so this is its only DNS.
// Every failure becomes a DnsError whose code mailauth understands; a DNS fault must end as
// temperror, never as a fail (RFC 7208 §2.6.6).
import type { DnsAnswer, DnsErrorCode, MxRecord, RrType } from '../types';
import { DnsError, toDnsError } from './errors';
import { hostNameProblem, normaliseName } from './name';
import type { TtlAnswer, TtlResolver } from './resolver';
import { parseTxtData } from './txt';

export const DOH_PRESETS = {
  cloudflare: 'https://cloudflare-dns.com/dns-query',
  google: 'https://dns.google/resolve',
} as const;
export type DohPreset = keyof typeof DOH_PRESETS;

/** The part of `fetch` we use, so tests can inject their own. */
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface DohResolverOptions {
  /** A preset name or a DoH JSON endpoint URL (default: cloudflare). */
  endpoint?: DohPreset | string;
  fetch?: FetchLike;
  /** Per-query timeout (default 4000 ms). */
  timeoutMs?: number;
  /** Called with the TTL of every successful answer (for statistics or cache tuning). */
  onAnswer?: (ttl: number) => void;
}

// RFC 1035 §3.2.2 and RFC 3596 type numbers, as they appear in the JSON `type` field.
const TYPE_NUMBERS: Record<RrType, number> = { A: 1, CNAME: 5, PTR: 12, MX: 15, TXT: 16, AAAA: 28 };

// DNS RCODEs (RFC 1035 §4.1.1) in `Status`.
const STATUS_CODES: Record<number, DnsErrorCode> = { 2: 'ESERVFAIL', 3: 'ENOTFOUND', 5: 'EREFUSED' };

interface JsonAnswer {
  type: number;
  TTL?: number;
  data: string;
}

export class DohResolver implements TtlResolver {
  readonly url: string;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #onAnswer?: (ttl: number) => void;

  constructor(opts: DohResolverOptions = {}) {
    const endpoint = opts.endpoint ?? 'cloudflare';
    this.url = endpoint in DOH_PRESETS ? DOH_PRESETS[endpoint as DohPreset] : endpoint;
    this.#fetch = opts.fetch ?? (globalThis.fetch.bind(globalThis) as FetchLike);
    this.#timeoutMs = opts.timeoutMs ?? 4000;
    this.#onAnswer = opts.onAnswer;
  }

  async resolve(name: string, type: RrType): Promise<DnsAnswer> {
    return (await this.resolveWithTtl(name, type)).answer;
  }

  async resolveWithTtl(name: string, type: RrType): Promise<TtlAnswer> {
    const n = normaliseName(name, type); // EBADNAME before any request
    let body: unknown;
    try {
      let url: URL;
      try {
        url = new URL(this.url);
      } catch {
        throw new DnsError('ECONNREFUSED', name, type, { detail: `invalid DoH URL ${this.url}` });
      }
      url.searchParams.set('name', n);
      url.searchParams.set('type', type);
      // Google's JSON API forwards part of the client's address to the sender's nameserver
      // (EDNS Client Subnet) unless told not to: 0.0.0.0/0 asks it to send none.
      // https://developers.google.com/speed/public-dns/docs/doh/json
      if (url.hostname === 'dns.google') url.searchParams.set('edns_client_subnet', '0.0.0.0/0');
      const res = await this.#fetch(url.toString(), {
        headers: { accept: 'application/dns-json' },
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      if (!res.ok) {
        // A name with characters no host name has (a space from an SPF %{l} macro of a quoted
        // local part, a `!`) is the sender's doing: a server that refuses it as a bad request
        // has said the name is bad (EBADNAME), not "ask again later". For an ordinary name an
        // HTTP error stays a server failure, so an outage never reads as "no record".
        const badName = res.status === 400 && hostNameProblem(n) !== null;
        throw new DnsError(badName ? 'EBADNAME' : 'ESERVFAIL', name, type, { detail: `HTTP ${res.status}` });
      }
      body = await res.json();
    } catch (err) {
      // A fetch TypeError is "could not connect"; JSON SyntaxError a broken server: both temporary.
      if (err instanceof TypeError) throw new DnsError('ECONNREFUSED', name, type, { detail: err.message });
      throw toDnsError(err, name, type);
    }
    return this.#parse(body, name, type);
  }

  #parse(body: unknown, name: string, type: RrType): TtlAnswer {
    if (!body || typeof body !== 'object' || typeof (body as { Status?: unknown }).Status !== 'number') {
      throw new DnsError('ESERVFAIL', name, type, { detail: 'malformed DoH response' });
    }
    const { Status, Answer } = body as { Status: number; Answer?: unknown };
    if (Status !== 0) throw new DnsError(STATUS_CODES[Status] ?? 'ESERVFAIL', name, type);
    // The CNAME chain that led to the answer is in Answer too: keep only the type asked.
    const wanted = TYPE_NUMBERS[type];
    const rows = (Array.isArray(Answer) ? Answer : []).filter(
      (a): a is JsonAnswer => !!a && typeof a === 'object' && a.type === wanted && typeof a.data === 'string',
    );
    if (rows.length === 0) throw new DnsError('ENODATA', name, type);
    const ttl = Math.max(0, Math.min(...rows.map((r) => (Number.isFinite(r.TTL) ? Number(r.TTL) : 0))));
    this.#onAnswer?.(ttl);
    return { answer: convert(rows, type), ttl };
  }
}

function convert(rows: JsonAnswer[], type: RrType): DnsAnswer {
  const strip = (s: string) => s.trim().replace(/\.$/, '');
  switch (type) {
    case 'TXT':
      return rows.map((r) => parseTxtData(r.data));
    case 'MX':
      return rows.map((r): MxRecord => {
        const [prio, host] = r.data.trim().split(/\s+/);
        return { priority: Number(prio) || 0, exchange: strip(host ?? '') };
      });
    default:
      return rows.map((r) => strip(r.data));
  }
}
