// What a passing DKIM signature says about itself, read from its header line (RFC 6376 §3.5): the
// fields it covers (h=) and when it was made (t=). The rules that ask whether a signature really
// vouches for what the reader sees (an added Reply-To, a replayed old message) read them here.

import { parseAuthResultsValue } from '../auth/authresults-syntax';
import { compact, headerFieldValue, parseTagList, signedFields, tagValue } from '../auth/tag-list';
import type { Analysis, AuthResultEntry, DkimCheck } from '../types';
import { oldestTrustedForwarder } from './arc';
import { sealerRecord } from './arc-record';
import { sharedSpfPass } from './auth-state';
import { sameOrg } from './domains';
import type { RuleContext } from './rule';

/** The h= of a DKIM-Signature header line, lower-case names. */
export function signedFieldNames(line: string): string[] {
  return signedFields(parseTagList(headerFieldValue(line)));
}

/** t= of a DKIM-Signature header line, in milliseconds; null when absent or not a number. */
export function signedAt(line: string): number | null {
  const t = tagValue(parseTagList(headerFieldValue(line)), 't');
  return t !== null && /^\d{1,12}$/.test(compact(t)) ? Number(compact(t)) * 1000 : null;
}

/**
 * The aligned signatures that vouch for From, when they alone vouch for it: no aligned SPF pass,
 * so the message did not come from the domain's own servers; or an aligned SPF pass that rests
 * on a shared platform `shared` accepts (its include, or its relay with its addresses copied in):
 * any customer of it passes there, so the signature vouches alone (red-team round 9). Offline the
 * signatures and the SPF result are the provider's (its recorded passes, matched to their
 * DKIM-Signature lines), read the same way: a replay of a Microsoft 365-signed notice with a Reply-To
 * of the attacker's read authenticated offline only (red-team round 203). The replay
 * rule accepts every platform; the Subject and Reply-To rules every one but Microsoft 365: Google
 * oversigns both, and the hosting companies' customers sign with their own servers' DKIM
 * (OpenDKIM's, Exim's, cPanel's defaults cover Subject and Reply-To), so their genuine mail raises
 * nothing there (red-team round 10: GoDaddy, MailChannels, IONOS and Oracle tenants replaying a
 * bank's signature). Exchange Online never signs Reply-To, and Microsoft 365's pass keeps standing
 * for the sender's servers.
 * With `excused`, besides the signatures our check passed: the one that verifies in full once a
 * list's or a gateway's changes are undone (`listRestore`), and the one a gateway the verdict
 * believes recorded passing before it rewrote the message (gatewayRecordedSignatures). Each is what
 * excuses the failure (changed-by-list, gateway-recorded-pass, a trusted gateway's pass), so what
 * it does not cover is as unsigned as on the unchanged message (red-team round 20: a replay's
 * unsigned Reply-To read "unverified" once tagged `[EXTERNAL] `, and "authenticated" behind a
 * trusted Mimecast). The Subject, Reply-To and Sender rules ask for them; the replay rule
 * (timing.ts) keeps only the restored ones: its t= is read against the entry Received line, which a
 * gateway's quarantine moves by days.
 */
export function vouchingSignatures(
  a: Pick<Analysis, 'from' | 'mode' | 'spf' | 'dkim' | 'origin' | 'gateway'>,
  shared: (owner: string) => boolean,
  excused = false,
): DkimCheck[] {
  const spfOwn = a.spf.result === 'pass' && a.spf.aligned;
  const owner = spfOwn ? sharedSpfPass(a)?.owner : undefined;
  if (spfOwn && (owner === undefined || !shared(owner))) return [];
  const passed = a.dkim.filter((d) => d.result === 'pass' && d.aligned);
  if (!excused) return passed;
  const restored = a.dkim.filter((d) => d.result !== 'pass' && d.aligned && d.listRestore);
  const recorded = gatewayRecordedSignatures(a).filter((d) => !restored.includes(d));
  return [...passed, ...restored, ...recorded];
}

/**
 * Whether signature `d` covers header field `name` as the reader sees it: h= names it (a header
 * line not known is taken to cover it: nothing to show otherwise), and no field of that name was
 * taken away to make it verify (a field the signer oversigned and a list or sender added later).
 */
export function coversField(d: DkimCheck, name: string): boolean {
  if (d.line === null) return true;
  return signsField(d, name) && !d.listRestore?.removedHeaders.includes(name);
}

/** Whether h= of `d`'s field, and of every other field that fits its pass offline (alsoFits), names `name`. */
export function signsField(d: DkimCheck, name: string): boolean {
  return [d.line, ...(d.alsoFits ?? [])].every((l) => l !== null && signedFieldNames(l).includes(name));
}

/** What a gateway's or forwarder's (ARC-)Authentication-Results line holds, parsed; null when it is not one. */
function recordedResults(line: string): AuthResultEntry[] | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  // `ARC-Authentication-Results: i=1; relay.mimecast.com; …`: the instance tag, then an A-R value.
  const value = line.slice(colon + 1).replace(/^\s*i\s*=\s*\d{1,3}\s*;/, '');
  const parsed = parseAuthResultsValue(value);
  return parsed.malformed ? null : parsed.results;
}

/**
 * The aligned signatures our check failed on a hash (the gateway rewrote a link, tagged the
 * Subject) that the gateway at the entry hop recorded passing before it changed the message, when
 * the verdict believes that record: the user trusts the gateway (its results are the provider's),
 * or it recorded a DMARC pass for the From domain (gateway-recorded-pass).
 */
export function gatewayRecordedSignatures(a: Pick<Analysis, 'from' | 'dkim' | 'gateway'>): DkimCheck[] {
  const g = a.gateway;
  if (!g || (!g.trusted && g.recordedDmarc !== 'pass')) return [];
  return recordedSignatures(
    a,
    g.resultsLines.flatMap((l) => recordedResults(l) ?? []),
  );
}

/**
 * The same for the oldest forwarder HeaderLens believes on an intact ARC chain, when it recorded a
 * pass for the From domain under its seal (forwarded-trusted, RFC 8617 §4.1.1): the list or
 * forwarder changed the message after checking it. Empty offline and when our own SPF check
 * passed aligned (the domain's own servers sent it: the signature does not vouch alone).
 */
export function forwarderRecordedSignatures(ctx: RuleContext): DkimCheck[] {
  const a = ctx.analysis;
  if (a.mode !== 'online' || (a.spf.result === 'pass' && a.spf.aligned)) return [];
  const f = oldestTrustedForwarder(ctx);
  if (!f) return [];
  const record = sealerRecord(ctx, f.instance, f.sealer);
  if (record.passedBy === null || record.line === null) return [];
  return recordedSignatures(a, recordedResults(record.line) ?? []);
}

/**
 * The aligned signatures our check failed on a hash that a believed record (`entries`) names as
 * passing, matched to the DKIM-Signature by header.d and header.s (and header.b, RFC 6008, when
 * given). Empty when the record holds an aligned SPF pass: the message came from the domain's own
 * servers as the recorder saw them, and the signature does not vouch alone (as for our own pass).
 */
function recordedSignatures(a: Pick<Analysis, 'from' | 'dkim'>, entries: AuthResultEntry[]): DkimCheck[] {
  const from = a.from?.domain;
  if (!from) return [];
  const passed = (e: AuthResultEntry, method: string) =>
    e.method.toLowerCase() === method && e.result.toLowerCase() === 'pass';
  const domainIn = (v: string | undefined) => (v ? v.slice(v.lastIndexOf('@') + 1).toLowerCase() : '');
  // A null sender is checked on its HELO name (RFC 7208 §2.4).
  const envelope = (e: AuthResultEntry) => domainIn(e.props['smtp.mailfrom'] || e.props['smtp.helo']);
  if (entries.some((e) => passed(e, 'spf') && sameOrg(envelope(e), from))) return [];
  const hashFailed = a.dkim.filter(
    (d) =>
      d.aligned &&
      d.result === 'fail' &&
      (d.cause === 'body-hash-mismatch' || d.cause === 'signature-mismatch'),
  );
  const out: DkimCheck[] = [];
  for (const e of entries) {
    if (!passed(e, 'dkim')) continue;
    const domain = (e.props['header.d'] ?? domainIn(e.props['header.i'])).toLowerCase();
    const selector = e.props['header.s']?.toLowerCase();
    const b = e.props['header.b']?.replace(/\s+/g, '');
    for (const d of hashFailed) {
      if (d.domain.toLowerCase() !== domain || out.includes(d)) continue;
      if (selector !== undefined && d.selector.toLowerCase() !== selector) continue;
      if (b && !(signatureB(d.line) ?? '').startsWith(b)) continue;
      out.push(d);
    }
  }
  return out;
}

/** b= of a DKIM-Signature header line, whitespace removed; null when absent. */
function signatureB(line: string | null): string | null {
  if (line === null) return null;
  const b = tagValue(parseTagList(headerFieldValue(line)), 'b');
  return b === null ? null : b.replace(/\s+/g, '');
}

/** The Subject and Reply-To rules' platforms (see vouchingSignatures). */
export const NOT_MICROSOFT = (owner: string): boolean => owner !== 'microsoft';
