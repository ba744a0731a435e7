// A small RFC 7208 §4.6 term walker. mailauth gives the result but not *which* term produced it;
// the relay-intelligence layer needs that term (how many addresses does `ip4:20.0.0.0/11`
// authorise?) and the user wants to see "via include:_spf.example.com". The walker re-runs the
// evaluation over the same per-check answers mailauth saw (checkSpf shares one memo), so it asks
// DNS almost nothing new. Its result is compared with mailauth's and only trusted when they agree.
import { hostKey } from '../dns/name';
import type { AuthWord, DnsAnswer, MxRecord, RrType } from '../types';
import { type IpAddr, inCidr, parseIp, reverseName } from './spf-ip';
import { expandMacros, type MacroValues, truncateName } from './spf-macro';

export type Lookup = (name: string, type: RrType) => Promise<DnsAnswer>;

export interface SpfWalkResult {
  result: AuthWord;
  /** The matched term without its qualifier (innermost one when reached through include). */
  mechanism: string | null;
  /** Domains whose records led to the match: the checked domain, then includes/redirects. */
  includePath: string[];
  /** DNS-querying terms (RFC 7208 §4.6.4). */
  lookups: number;
  /** Queries of those terms that found nothing (void lookups, RFC 7208 §4.6.4). */
  voids: number;
  reason: string | null;
}

/**
 * Optional observer of the evaluation, for the SPF tree view (lib/auth/spf-tree.ts). Called in
 * evaluation order; `lookups` and `voids` are the §4.6.4 counters at that moment. When the walk
 * stops on an error, the calls simply end (no `leave` for the records still open).
 */
export interface SpfTrace {
  /** checkHost() starts on a domain (the checked one, an include target or a redirect target). */
  enter(domain: string, lookups: number): void;
  /** The domain's SPF record (null: none). */
  record(record: string | null): void;
  /** Term number `index` of the record (0 = first after `v=spf1`) is about to be evaluated. */
  term(index: number): void;
  /** That term matched (an include: its record passed) or not. */
  outcome(matched: boolean, lookups: number, voids: number): void;
  /** checkHost() on the innermost open domain returned normally. */
  leave(): void;
}

const QUALIFIERS: Record<string, AuthWord> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };
const MAX_LOOKUPS = 10; // RFC 7208 §4.6.4
const MAX_VOID = 2; // RFC 7208 §4.6.4
const MAX_NAMES = 10; // RFC 7208 §4.6.4: MX hosts, PTR names looked at

class Stop extends Error {
  constructor(
    readonly result: 'permerror' | 'temperror',
    reason: string,
  ) {
    super(reason);
  }
}

interface Ctx {
  ip: IpAddr;
  sender: string;
  helo: string;
  lookup: Lookup;
  lookups: number;
  voids: number;
  trace?: SpfTrace;
}

export async function walkSpf(opts: {
  ip: string;
  domain: string;
  sender: string;
  helo: string | null;
  lookup: Lookup;
  trace?: SpfTrace;
}): Promise<SpfWalkResult> {
  const ip = parseIp(opts.ip);
  const empty = { mechanism: null, includePath: [], lookups: 0, voids: 0 };
  if (!ip) return { result: 'temperror', ...empty, reason: 'invalid client IP' };
  const ctx: Ctx = {
    ip,
    sender: opts.sender,
    helo: opts.helo ?? '',
    lookup: opts.lookup,
    lookups: 0,
    voids: 0,
    ...(opts.trace ? { trace: opts.trace } : {}),
  };
  try {
    const r = await checkHost(ctx, opts.domain.toLowerCase(), []);
    return { ...r, lookups: ctx.lookups, voids: ctx.voids, reason: null };
  } catch (err) {
    if (err instanceof Stop)
      return { result: err.result, ...empty, lookups: ctx.lookups, voids: ctx.voids, reason: err.message };
    return { result: 'temperror', ...empty, lookups: ctx.lookups, voids: ctx.voids, reason: String(err) };
  }
}

type Matched = { result: AuthWord; mechanism: string | null; includePath: string[] };

async function checkHost(ctx: Ctx, domain: string, path: string[]): Promise<Matched> {
  const here = [...path, domain];
  ctx.trace?.enter(domain, ctx.lookups);
  const record = await fetchRecord(ctx, domain);
  ctx.trace?.record(record);
  const done = (m: Matched): Matched => {
    ctx.trace?.leave();
    return m;
  };
  if (record === null) return done({ result: 'none', mechanism: null, includePath: here });
  const terms = record.split(' ').filter(Boolean).slice(1);
  let redirect: string | null = null;
  let redirectIndex = -1;
  for (const [index, term] of terms.entries()) {
    const mod = term.match(/^([a-z][a-z0-9_.-]*)=(.*)$/i);
    if (mod) {
      if (mod[1]!.toLowerCase() === 'redirect') {
        redirect = mod[2]!;
        redirectIndex = index;
      }
      continue;
    }
    ctx.trace?.term(index);
    const q = /^[-+~?]/.test(term) ? term[0]! : '+';
    const body = q === term[0] ? term.slice(1) : term;
    const m =
      body.match(/^([a-z0-9]+)(?:[:]([^/]*))?((?:\/\d+)?(?:\/\/\d+)?)$/i) ??
      body.match(/^([a-z0-9]+)(?::(.*))?()$/i);
    if (!m) throw new Stop('permerror', `unparsable term ${term}`);
    const name = m[1]!.toLowerCase();
    const arg = m[2];
    const cidr = m[3] ?? '';
    if (name === 'include') {
      const sub = await checkHost(ctx, await target(ctx, arg, domain, true), here);
      // RFC 7208 §5.2: only a pass of the included record is a match; none/errors are fatal.
      if (sub.result === 'none') throw new Stop('permerror', `include of ${domain} has no SPF record`);
      ctx.trace?.outcome(sub.result === 'pass', ctx.lookups, ctx.voids);
      if (sub.result === 'pass')
        return done({ result: QUALIFIERS[q]!, mechanism: sub.mechanism, includePath: sub.includePath });
      continue;
    }
    const hit = await matches(ctx, name, arg, cidr, domain, body);
    ctx.trace?.outcome(hit, ctx.lookups, ctx.voids);
    if (hit) {
      return done({
        result: QUALIFIERS[q]!,
        mechanism: body.replace(/^[a-z0-9]+/i, name),
        includePath: here,
      });
    }
  }
  if (redirect !== null) {
    ctx.trace?.term(redirectIndex);
    const sub = await checkHost(ctx, await target(ctx, redirect, domain, true), here);
    // RFC 7208 §6.1: a redirect to a domain without a record is a permerror.
    if (sub.result === 'none') throw new Stop('permerror', 'redirect target has no SPF record');
    ctx.trace?.outcome(true, ctx.lookups, ctx.voids);
    return done(sub);
  }
  return done({ result: 'neutral', mechanism: null, includePath: here });
}

async function fetchRecord(ctx: Ctx, domain: string): Promise<string | null> {
  let txt: string[][];
  try {
    txt = (await ctx.lookup(domain, 'TXT')) as string[][];
  } catch (err) {
    if (isVoid(err)) return null;
    throw new Stop('temperror', `TXT ${domain}: DNS error`);
  }
  const records = txt.map((chunks) => chunks.join('')).filter((r) => /^v=spf1( |$)/i.test(r));
  if (records.length > 1) throw new Stop('permerror', `several SPF records at ${domain}`);
  return records[0] ?? null;
}

async function matches(
  ctx: Ctx,
  name: string,
  arg: string | undefined,
  cidr: string,
  domain: string,
  term: string,
) {
  const [, c4, c6] = cidr.match(/^(?:\/(\d+))?(?:\/\/(\d+))?$/) ?? [];
  const prefix = ctx.ip.v === 4 ? (c4 ?? '32') : (c6 ?? '128');
  switch (name) {
    case 'all':
      return true;
    case 'ip4':
    case 'ip6': {
      const [addr, len] = term.slice(4).split('/');
      const net = parseIp(addr ?? '');
      if (!net) throw new Stop('permerror', `bad address in ${term}`);
      const bits = len ?? (name === 'ip4' ? '32' : '128');
      return net.v === (name === 'ip4' ? 4 : 6) && inCidr(ctx.ip, net, Number(bits));
    }
    case 'a':
      return anyInCidr(await addresses(ctx, await target(ctx, arg, domain, true), true), ctx.ip, prefix);
    case 'mx': {
      const mxs = (await resolveCounted(ctx, await target(ctx, arg, domain, true), 'MX')) as MxRecord[];
      // RFC 7208 §4.6.4: an "mx" term over more than 10 MX records is a permerror.
      if (mxs.length > MAX_NAMES) throw new Stop('permerror', `more than 10 MX records at ${arg ?? domain}`);
      const hosts = [...mxs].sort((a, b) => a.priority - b.priority);
      for (const mx of hosts) {
        if (mx.exchange && anyInCidr(await addresses(ctx, mx.exchange, false), ctx.ip, prefix)) return true;
      }
      return false;
    }
    case 'exists': {
      const t = await target(ctx, arg, domain, true);
      return ((await resolveCounted(ctx, t, 'A', 'A')) as string[]).length > 0;
    }
    case 'ptr': {
      const t = arg === undefined ? domain : await target(ctx, arg, domain, true);
      ctx.lookups++;
      checkLimit(ctx);
      const names = await validatedNames(ctx);
      return names.some((n) => n === t || n.endsWith(`.${t}`));
    }
    default:
      throw new Stop('permerror', `unknown mechanism ${name}`);
  }
}

async function target(ctx: Ctx, spec: string | undefined, domain: string, count: boolean): Promise<string> {
  if (count) {
    ctx.lookups++;
    checkLimit(ctx);
  }
  if (spec === undefined) return domain;
  const values: MacroValues = {
    sender: ctx.sender,
    domain,
    ip: ctx.ip,
    helo: ctx.helo,
    ptr: async () =>
      (await validatedNames(ctx)).find((n) => n === domain || n.endsWith(`.${domain}`)) ?? 'unknown',
  };
  const name = await expandMacros(spec, values);
  if (name === null) throw new Stop('permerror', `bad macro in ${spec}`);
  return truncateName(name).toLowerCase();
}

function checkLimit(ctx: Ctx): void {
  if (ctx.lookups > MAX_LOOKUPS) throw new Stop('permerror', 'more than 10 DNS lookups');
}

// A/AAAA for the client's family; `counted` = the term's own query (void lookups count).
async function addresses(ctx: Ctx, name: string, counted: boolean): Promise<string[]> {
  const type: RrType = ctx.ip.v === 4 ? 'A' : 'AAAA';
  if (counted) return (await resolveCounted(ctx, name, type)) as string[];
  try {
    return (await ctx.lookup(name, type)) as string[];
  } catch (err) {
    if (isVoid(err)) return [];
    throw new Stop('temperror', `${type} ${name}: DNS error`);
  }
}

async function resolveCounted(ctx: Ctx, name: string, type: RrType, _label = type): Promise<DnsAnswer> {
  try {
    return await ctx.lookup(name, type);
  } catch (err) {
    // A name that is not a valid DNS name matches nothing (RFC 7208 §4.8; mailauth strict skips it).
    if (codeOf(err) === 'EBADNAME') return [];
    if (!isVoid(err)) throw new Stop('temperror', `${type} ${name}: DNS error`);
    ctx.voids++;
    if (ctx.voids > MAX_VOID) throw new Stop('permerror', 'more than 2 void lookups');
    return [];
  }
}

// RFC 7208 §5.5: PTR names whose A/AAAA lead back to the client; DNS errors mean "no match".
async function validatedNames(ctx: Ctx): Promise<string[]> {
  let names: string[];
  try {
    names = ((await ctx.lookup(reverseName(ctx.ip), 'PTR')) as string[]).slice(0, MAX_NAMES);
  } catch {
    return [];
  }
  const ok: string[] = [];
  for (const n of names) {
    const addrs = await addresses(ctx, n, false).catch(() => [] as string[]);
    if (anyInCidr(addrs, ctx.ip, ctx.ip.v === 4 ? '32' : '128')) ok.push(hostKey(n));
  }
  return ok;
}

function anyInCidr(addrs: string[], ip: IpAddr, prefix: string): boolean {
  return addrs.some((a) => {
    const net = parseIp(a);
    return !!net && inCidr(ip, net, Number(prefix));
  });
}

function codeOf(err: unknown): unknown {
  return (err as { code?: unknown } | null)?.code;
}

function isVoid(err: unknown): boolean {
  const code = codeOf(err);
  return code === 'ENOTFOUND' || code === 'ENODATA';
}
