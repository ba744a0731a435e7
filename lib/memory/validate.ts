// Reading a memory file (CLI `--memory FILE`, Options → Import): JSON that anyone could have
// written. Everything is rebuilt field by field from checked values (unknown fields dropped, no
// object copied as it came), sizes are bounded, and a bad file is refused with the reason, never
// half-loaded. Names are plain text: the views escape them anyway, but markup characters are
// refused here so a hostile file cannot even carry them.
import { DEFAULT_LIMITS, type MemoryLimits } from './learn';
import { HOST, INFRA_KEY, MAX_MEMORY_BYTES, MAX_SIGNED, MECHANISM, NAME, SELECTOR, SIGNED } from './names';
import {
  type DomainMemory,
  type InfraSeen,
  MEMORY_FORMAT,
  MEMORY_VERSION,
  type RecentMessage,
  type SenderMemory,
  type SignerSeen,
} from './types';

export { MAX_MEMORY_BYTES };

/**
 * A refused file says why twice: `error` in English (the CLI's message) and `reason` + `detail` for
 * the extension to word in the reader's language (`detail` is the offending field, as named in the
 * file, or the size limit in MB).
 */
export type MemoryRead =
  | { ok: true; memory: SenderMemory }
  | { ok: false; error: string; reason: 'invalid' | 'too-big' | 'not-json'; detail: string };

class Invalid extends Error {}

const HASH = /^[0-9a-f]{16}$/;
const MAX_COUNT = 1e9;

function fail(msg: string): never {
  throw new Invalid(msg);
}

function obj(v: unknown, what: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(`${what} is not an object`);
  return v as Record<string, unknown>;
}

function arr(v: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(v)) fail(`${what} is not a list`);
  if (v.length > max) fail(`${what} has ${v.length} entries (at most ${max})`);
  return v;
}

function count(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_COUNT) fail(`${what} is not a count`);
  return v;
}

function date(v: unknown, what: string): string {
  if (
    typeof v !== 'string' ||
    v.length > 40 ||
    !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) ||
    Number.isNaN(Date.parse(v))
  )
    fail(`${what} is not an ISO date`);
  return new Date(v).toISOString();
}

function match(v: unknown, re: RegExp, what: string): string {
  if (typeof v !== 'string' || !re.test(v))
    fail(`${what} is not valid (${JSON.stringify(String(v)).slice(0, 60)})`);
  return v;
}

function asn(v: unknown, what: string): number | null {
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 4294967295)
    fail(`${what} is not an AS number`);
  return v;
}

function unique<T>(items: T[], key: (t: T) => string, what: string): T[] {
  const seen = new Set<string>();
  for (const i of items) {
    const k = key(i);
    if (seen.has(k)) fail(`${what} lists ${k} twice`);
    seen.add(k);
  }
  return items;
}

function readDomain(v: unknown, limits: MemoryLimits): DomainMemory {
  const o = obj(v, 'a domain entry');
  const domain = match(o.domain, HOST, 'a domain');
  const at = `domain ${domain}:`;
  const infra = arr(o.infra, `${at} infra`, limits.infraPerDomain).map((x): InfraSeen => {
    const i = obj(x, `${at} infra entry`);
    return {
      key: match(i.key, INFRA_KEY, `${at} infra key`),
      name: match(i.name, NAME, `${at} infra name`),
      asn: asn(i.asn ?? null, `${at} infra asn`),
      count: count(i.count, `${at} infra count`),
      firstSeen: date(i.firstSeen, `${at} infra firstSeen`),
      lastSeen: date(i.lastSeen, `${at} infra lastSeen`),
    };
  });
  const dkim = arr(o.dkim, `${at} dkim`, limits.signersPerDomain).map((x): SignerSeen => {
    const s = obj(x, `${at} dkim entry`);
    return {
      domain: match(s.domain, HOST, `${at} dkim domain`),
      count: count(s.count, `${at} dkim count`),
      selectors: unique(
        arr(s.selectors, `${at} dkim selectors`, limits.selectorsPerSigner).map((y) => {
          const sel = obj(y, `${at} selector`);
          return {
            selector: match(sel.selector, SELECTOR, `${at} selector`),
            count: count(sel.count, `${at} selector count`),
            lastSeen: date(sel.lastSeen, `${at} selector lastSeen`),
          };
        }),
        (x) => x.selector,
        `${at} selectors`,
      ),
      firstSeen: date(s.firstSeen, `${at} dkim firstSeen`),
      lastSeen: date(s.lastSeen, `${at} dkim lastSeen`),
    };
  });
  const spf = arr(o.spf, `${at} spf`, limits.spfPerDomain).map((x) => {
    const m = obj(x, `${at} spf entry`);
    return {
      mechanism: match(m.mechanism, MECHANISM, `${at} spf mechanism`),
      count: count(m.count, `${at} spf count`),
      lastSeen: date(m.lastSeen, `${at} spf lastSeen`),
    };
  });
  const dmarc = arr(o.dmarc, `${at} dmarc`, 2).map((x) => {
    const d = obj(x, `${at} dmarc entry`);
    if (d.result !== 'pass' && d.result !== 'known-good')
      fail(`${at} dmarc result is not pass or known-good`);
    return { result: d.result as 'pass' | 'known-good', count: count(d.count, `${at} dmarc count`) };
  });
  const recent = arr(o.recent, `${at} recent`, limits.recentPerDomain).map((x): RecentMessage => {
    const r = obj(x, `${at} recent entry`);
    return {
      h: match(r.h, HASH, `${at} message hash`),
      i: r.i === null ? null : match(r.i, INFRA_KEY, `${at} recent infra`),
      d: arr(r.d, `${at} recent signatures`, MAX_SIGNED).map((d) =>
        match(d, SIGNED, `${at} recent signature`),
      ),
      m: r.m === null ? null : match(r.m, MECHANISM, `${at} recent mechanism`),
    };
  });
  const entry: DomainMemory = {
    domain,
    count: count(o.count, `${at} count`),
    firstSeen: date(o.firstSeen, `${at} firstSeen`),
    lastSeen: date(o.lastSeen, `${at} lastSeen`),
    infra: unique(infra, (i) => i.key, `${at} infra`),
    dkim: unique(dkim, (s) => s.domain, `${at} dkim`),
    spf: unique(spf, (m) => m.mechanism, `${at} spf`),
    dmarc: unique(dmarc, (d) => d.result, `${at} dmarc`),
    recent,
  };
  if (entry.firstSeen > entry.lastSeen) fail(`${at} firstSeen is after lastSeen`);
  if (o.knownGood === true) entry.knownGood = true;
  else if (o.knownGood !== undefined && o.knownGood !== false) fail(`${at} knownGood is not true or false`);
  return entry;
}

/**
 * Checks a parsed value; the memory rebuilt from it, or why it was refused. `salvage` (the
 * extension's own stored memory, not an import): a domain entry that fails the check is dropped
 * instead of refusing the whole memory, so one bad record never costs every sender's history.
 */
export function validateMemory(
  value: unknown,
  limits: MemoryLimits = DEFAULT_LIMITS,
  salvage = false,
  now: number = Date.now(),
): MemoryRead {
  try {
    const o = obj(value, 'the file');
    if (o.format !== MEMORY_FORMAT) fail(`not a HeaderLens sender memory (format is not "${MEMORY_FORMAT}")`);
    if (o.version !== MEMORY_VERSION)
      fail(
        `version ${String(o.version).slice(0, 20)} is not supported (this HeaderLens reads ${MEMORY_VERSION})`,
      );
    const listed = arr(o.domains, 'domains', limits.domains);
    const domains = unique(
      salvage ? listed.flatMap((d) => salvaged(d, limits)) : listed.map((d) => readDomain(d, limits)),
      (d) => d.domain,
      'domains',
    );
    const memory: SenderMemory = {
      format: MEMORY_FORMAT,
      version: MEMORY_VERSION,
      startedAt: date(o.startedAt, 'startedAt'),
      domains,
    };
    // An import dated after today (a last-seen of 9999 would never be evicted) is refused; the
    // extension's own memory is not (a clock set back must not cost the history).
    if (!salvage) {
      const late = laterThan(memory, new Date(now + DAY_MS).toISOString());
      if (late) fail(`${late} is in the future`);
    }
    return { ok: true, memory };
  } catch (err) {
    if (err instanceof Invalid)
      return {
        ok: false,
        error: `The memory file was refused: ${err.message}.`,
        reason: 'invalid',
        detail: err.message,
      };
    throw err;
  }
}

const DAY_MS = 86_400_000;

/** The first date of `m` after `limit` (canonical ISO text, whose order is time order), named. */
function laterThan(m: SenderMemory, limit: string): string | null {
  if (m.startedAt > limit) return 'startedAt';
  for (const d of m.domains) {
    const at = `domain ${d.domain}:`;
    if (d.lastSeen > limit || d.firstSeen > limit) return `${at} lastSeen`;
    for (const i of d.infra) if (i.lastSeen > limit || i.firstSeen > limit) return `${at} infra lastSeen`;
    for (const s of d.dkim) {
      if (s.lastSeen > limit || s.firstSeen > limit) return `${at} dkim lastSeen`;
      for (const x of s.selectors) if (x.lastSeen > limit) return `${at} selector lastSeen`;
    }
    for (const x of d.spf) if (x.lastSeen > limit) return `${at} spf lastSeen`;
  }
  return null;
}

/** One domain entry, or none when it fails the check (see validateMemory's `salvage`). */
function salvaged(v: unknown, limits: MemoryLimits): DomainMemory[] {
  try {
    return [readDomain(v, limits)];
  } catch (err) {
    if (err instanceof Invalid) return [];
    throw err;
  }
}

/** Parses and checks memory JSON text (size-bounded before parsing). */
export function parseMemory(text: string, limits: MemoryLimits = DEFAULT_LIMITS): MemoryRead {
  if (text.length > MAX_MEMORY_BYTES)
    return {
      ok: false,
      error: `The memory file was refused: it is over ${MAX_MEMORY_BYTES / 2 ** 20} MB.`,
      reason: 'too-big',
      detail: String(MAX_MEMORY_BYTES / 2 ** 20),
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'The memory file was refused: it is not JSON.',
      reason: 'not-json',
      detail: '',
    };
  }
  return validateMemory(value, limits);
}

/** The memory as the file stores it (stable field order, one line per domain is not needed). */
export function serializeMemory(memory: SenderMemory): string {
  return `${JSON.stringify(memory)}\n`;
}
