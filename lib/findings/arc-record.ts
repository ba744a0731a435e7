// What a forwarder recorded when it received the message: the ARC-Authentication-Results of its
// ARC set (RFC 8617 §4.1.1). Read only for an intact chain: its ARC-Seals cover every AAR, so the
// record is the sealer's own. Whether the sealer is honest is decided elsewhere (arc.ts).
import { parseAuthResultsValue } from '../auth/authresults-syntax';
import { heloWrites } from '../auth/helo-taint';
import type { AuthResultEntry } from '../types';
import { orgDomain } from './domains';
import type { RuleContext } from './rule';

export interface SealerRecord {
  instance: number;
  sealer: string;
  /** The AAR line, as evidence; null when the set has none (or several, which is not a record). */
  line: string | null;
  /** The aligned method that passed for the From domain, null when none did. */
  passedBy: 'dmarc' | 'dkim' | 'spf' | null;
  /** It recorded an aligned DKIM pass for the From domain (whatever else it recorded). */
  dkimPassed: boolean;
  /** "dmarc=fail, dkim=pass (header.d=other.example), spf=softfail": what it wrote, short. */
  said: string;
}

function domainOf(value: string | undefined): string | null {
  if (!value) return null;
  const d = value
    .slice(value.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
  return d || null;
}

/** Whether the results hold a DKIM pass aligned (relaxed) with `from`. */
function dkimPassFor(results: AuthResultEntry[], from: string): boolean {
  const org = orgDomain(from.toLowerCase());
  return results.some((r) => {
    if (r.method.toLowerCase() !== 'dkim' || r.result.toLowerCase() !== 'pass') return false;
    const d = domainOf(r.props['header.d'] ?? r.props['header.i']);
    return d !== null && orgDomain(d) === org;
  });
}

/**
 * The record evaluated DMARC for `from` itself and it did not pass: its SPF or DKIM pass of the
 * same organisation was not aligned under the domain's own policy (`aspf=s`/`adkim=s`: a shared
 * relay's pass for a subdomain envelope, a taken-over subdomain's signature), so the record says no
 * pass for the From domain, whatever relaxed alignment would make of it (probe138).
 */
function dmarcFailedFor(results: AuthResultEntry[], f: string): boolean {
  return results.some(
    (r) =>
      r.method.toLowerCase() === 'dmarc' &&
      r.result.toLowerCase() === 'fail' &&
      r.props['header.from']?.toLowerCase().replace(/\.$/, '') === f,
  );
}

/**
 * Which method recorded a pass for `from` (DMARC for that exact domain; SPF/DKIM aligned, relaxed,
 * unless the same record failed DMARC for it).
 */
export function passFor(results: AuthResultEntry[], from: string): SealerRecord['passedBy'] {
  const f = from.toLowerCase();
  const org = orgDomain(f);
  const is = (r: AuthResultEntry, m: string) =>
    r.method.toLowerCase() === m && r.result.toLowerCase() === 'pass';
  if (results.some((r) => is(r, 'dmarc') && r.props['header.from']?.toLowerCase() === f)) return 'dmarc';
  if (dmarcFailedFor(results, f)) return null;
  if (dkimPassFor(results, from)) return 'dkim';
  const aligned = (d: string | null) => d !== null && orgDomain(d) === org;
  if (results.some((r) => is(r, 'spf') && aligned(domainOf(r.props['smtp.mailfrom'])))) return 'spf';
  return null;
}

function said(results: AuthResultEntry[]): string {
  const parts = results
    .filter((r) => ['dmarc', 'dkim', 'spf'].includes(r.method.toLowerCase()))
    .map((r) => {
      const about =
        r.props['header.from'] ??
        r.props['header.d'] ??
        domainOf(r.props['header.i']) ??
        domainOf(r.props['smtp.mailfrom']);
      return `${r.method.toLowerCase()}=${r.result.toLowerCase()}${about ? ` (${about})` : ''}`;
    });
  return parts.length > 0 ? parts.join(', ') : 'no DMARC, DKIM or SPF result';
}

/**
 * The domains (header.from) ARC set `instance` records `dmarc=fail` for, with its AAR line: what
 * a list that rewrote From saw of its author's own domain.
 */
export function recordedDmarcFailures(
  ctx: RuleContext,
  instance: number,
): { domains: string[]; line: string } | null {
  const set = setRecord(ctx, instance);
  if (set === null || set.headers !== 1) return null;
  const { results } = parseAuthResultsValue(set.value);
  const domains = results
    .filter((r) => r.method.toLowerCase() === 'dmarc' && r.result.toLowerCase() === 'fail')
    .map((r) => (r.props['header.from'] ?? '').trim().toLowerCase().replace(/\.$/, ''))
    .filter(Boolean);
  return domains.length > 0 ? { domains, line: set.line } : null;
}

/**
 * The ARC-Authentication-Results of set `instance` (its value without `i=`, and its line): the one
 * such header, or none (several are not a record); with no header at i=1, what our own ARC check
 * kept of it when the headers were not passed on (`headers` 0).
 */
function setRecord(
  ctx: RuleContext,
  instance: number,
): { value: string; line: string; headers: number; at: number | null } | null {
  const sets = ctx.message.headers.filter(
    (h) =>
      h.key === 'arc-authentication-results' &&
      Number(/^\s*i\s*=\s*(\d{1,3})\s*;/.exec(h.rawValue)?.[1]) === instance,
  );
  if (sets.length === 1)
    return {
      value: sets[0]!.rawValue.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, ''),
      line: sets[0]!.line,
      headers: 1,
      at: sets[0]!.index,
    };
  if (sets.length === 0 && instance === 1 && ctx.analysis.arc.originalAuth) {
    const value = ctx.analysis.arc.originalAuth.replace(/^\s*i\s*=\s*\d{1,3}\s*;/, '');
    return { value, line: `ARC-Authentication-Results: i=1; ${value.trim()}`, headers: 0, at: null };
  }
  return null;
}

/** The record of ARC set `instance` (1-based), sealed by `sealer`, judged for the From domain. */
export function sealerRecord(ctx: RuleContext, instance: number, sealer: string): SealerRecord {
  const from = ctx.analysis.from?.domain ?? '';
  const set = setRecord(ctx, instance);
  if (set === null)
    return { instance, sealer, line: null, passedBy: null, dkimPassed: false, said: 'nothing readable' };
  const parsed = parseAuthResultsValue(set.value);
  const own = from !== '' && !clientHeloWrites(ctx, set.at, sealer);
  return {
    instance,
    sealer,
    line: set.line,
    passedBy: own ? passFor(parsed.results, from) : null,
    dkimPassed:
      own && !dmarcFailedFor(parsed.results, from.toLowerCase()) && dkimPassFor(parsed.results, from),
    said: said(parsed.results),
  };
}

/**
 * The forwarder's own Received line about its client, the first below its ARC set (`at`) written
 * by a host of the sealer's organisation, prints a HELO that writes into results (lib/auth/
 * helo-taint.ts): the forwarder copied it into the record it sealed, so no pass there is its own
 * (probe51-gmail-trusted-forwarder-aar-helo-injects-dmarc-pass-*). Its failures still are.
 */
function clientHeloWrites(ctx: RuleContext, at: number | null, sealer: string): boolean {
  if (at === null) return false;
  const received = ctx.message.headers.filter((h) => h.key === 'received');
  const k = received.findIndex((h) => h.index > at);
  if (k < 0) return false;
  const hop = ctx.analysis.hops.find((h) => h.index === k);
  if (!hop?.by || orgDomain(hop.by) !== orgDomain(sealer)) return false;
  return heloWrites(received[k]!.value, hop.ip);
}
