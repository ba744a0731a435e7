// Exchange Online's own Authentication-Results above its entry Received line, where no sender
// writes, read once per message for the rules that ask it (lib/findings/receiver-record.ts, the
// ARC rule offline: lib/findings/arc.ts).
import { sealersInHeaders } from '../auth/arc-strict';
import { dkimDomain, sameDomain } from '../auth/authresults-provider';
import { parseAuthResultsValue } from '../auth/authresults-syntax';
import { EOP_FRONTEND } from '../message/origin-exchange';
import type { AuthResultEntry, DkimCheck } from '../types';
import type { RuleContext } from './rule';

/** The ids EOP's own Authentication-Results carry: none, or `mx.microsoft.com` (2026 layout). */
const EOP_IDS = new Set(['', 'mx.microsoft.com']);

/**
 * EOP's Authentication-Results for this delivery: the header without an authserv-id between the
 * entry Received line (received by an EOP frontend) and the Received line above it. Null when the
 * Outlook profile is not in use or there is no such header.
 */
export function eopEntryResults(ctx: RuleContext): EopRecord | null {
  const idless = eopEntryCandidates(ctx);
  // EOP writes one. Two mean one came from elsewhere: a HELO carrying CRLF recorded raw in EOP's
  // Received-SPF (helo=…) puts the client's own id-less header between it and the entry, nearer
  // the entry than EOP's (probe5-eop-authres-in-received-spf-helo). Which is EOP's is a guess.
  if (idless.length !== 1) return null;
  return idless[0]!;
}

/** An Authentication-Results header at EOP's place, with its results read once. */
export interface EopRecord {
  line: string;
  results: AuthResultEntry[];
}

/**
 * The id-less (or `mx.microsoft.com`) Authentication-Results headers between Exchange Online's
 * entry line and the Received line above it: EOP's own, and any a sender smuggled in beside it.
 */
export function eopEntryCandidates(ctx: RuleContext): EopRecord[] {
  let known = candidatesFor.get(ctx);
  if (!known) {
    known = entryCandidates(ctx);
    candidatesFor.set(ctx, known);
  }
  return known;
}

/**
 * eopEntryCandidates' answer per rule context: the receiver-record rule, the ARC rule and its
 * offline reading (eopVouchesArc, eopArcExcusedFail) each ask it, several times per analysis.
 */
const candidatesFor = new WeakMap<RuleContext, EopRecord[]>();

function entryCandidates(ctx: RuleContext): EopRecord[] {
  const a = ctx.analysis;
  if (a.meta.profile?.name !== 'outlook' || a.origin.hopIndex === null) return [];
  const entry = a.hops[a.origin.hopIndex];
  if (!entry?.by || !EOP_FRONTEND.test(entry.by)) return [];
  const headers = ctx.message.headers;
  const received = headers.filter((h) => h.key === 'received');
  const entryAt = received[a.origin.hopIndex]?.index;
  if (entryAt === undefined) return [];
  let above = received.filter((h) => h.index < entryAt).pop()?.index ?? -1;
  // EOP writes its Received-SPF right above its entry line, below the Received line above it. With
  // none in that gap but one further up, the Received line there was written inside EOP's record
  // (a client's HELO with line breaks copied into Received-SPF's helo=: probe136-helo-planted-hop-
  // and-record planted a hop and a pass record under it); the gap then reaches up to the Received
  // line above that Received-SPF, and EOP's own header is among its candidates.
  const eopSpf = (h: (typeof headers)[number]) =>
    h.key === 'received-spf' && /\bprotection\.outlook\.com\b/i.test(h.rawValue);
  if (!headers.some((h) => h.index > above && h.index < entryAt && eopSpf(h))) {
    const spfAbove = headers.filter((h) => h.index < above && eopSpf(h)).pop()?.index;
    if (spfAbove !== undefined) above = received.filter((h) => h.index < spfAbove).pop()?.index ?? -1;
  }
  // The headers between the entry line and the Received line above it.
  const between = headers.filter(
    (h) => h.index > above && h.index < entryAt && h.key === 'authentication-results',
  );
  // EOP's own header has no authserv-id, or (in deliveries from 2026 on) names itself
  // `mx.microsoft.com`: the position, where no sender writes, is what makes it EOP's, not the id.
  return between
    .map((h) => ({ line: h.line, parsed: parseAuthResultsValue(h.rawValue) }))
    .filter((h) => EOP_IDS.has(h.parsed.authservId.toLowerCase()))
    .map((h) => ({ line: h.line, results: h.parsed.results }));
}

/** Whether EOP's results record DMARC `result` for the From domain. */
export function recordsDmarc(results: AuthResultEntry[], from: string, result: 'pass' | 'fail'): boolean {
  return results.some(
    (r) => r.method === 'dmarc' && r.result === result && sameDomain(from, r.props['header.from'] ?? null),
  );
}

/** EOP's composite check passed only on an ARC chain it trusted (compauth=pass reason=130). */
function arcOverride(results: AuthResultEntry[]): boolean {
  return results.some(
    (r) => r.method === 'compauth' && r.result === 'pass' && (r.reason ?? r.props.reason ?? '') === '130',
  );
}

/**
 * Offline in Outlook, Exchange Online's own record above its entry line (one header there, none
 * smuggled beside it) says the ARC chain it received was valid: `arc=pass`, or its composite check
 * passed on it (compauth=pass reason=130). Its word stands in for the ARC check we cannot run
 * offline, as the provider's `arc=pass` does in the other webmails.
 */
export function eopVouchesArc(ctx: RuleContext): boolean {
  const a = ctx.analysis;
  if (a.mode !== 'offline') return false;
  const eop = eopEntryResults(ctx);
  if (!eop) return false;
  const vouched =
    eop.results.some((r) => r.method === 'arc' && r.result === 'pass') || arcOverride(eop.results);
  // A chain with a forwarder's seal in it, not only Exchange Online's own (microsoft.com): without
  // one there is nothing to read, and the fail stays EOP's unenforced one
  // (probe62-ceo-list-post-arc-excused-oreject-offline-control).
  return vouched && sealersInHeaders(ctx.message.headers).some((d) => !MICROSOFT_SEALER.test(d));
}

/** Exchange Online's own ARC sealing domains. */
const MICROSOFT_SEALER = /(?:^|\.)(?:microsoft|outlook)\.com$/i;

/** Offline in Outlook, with EOP vouching for the ARC chain (eopVouchesArc): whether it recorded the From domain's DMARC fail. */
export function eopArcExcusedFail(ctx: RuleContext): boolean {
  const from = ctx.analysis.from?.domain;
  const eop = eopVouchesArc(ctx) ? eopEntryResults(ctx) : null;
  return !!from && !!eop && recordsDmarc(eop.results, from, 'fail');
}

/** The aligned signatures our check failed on a hash: what a change after the check explains. */
function hashFailures(ctx: RuleContext): DkimCheck[] {
  return ctx.analysis.dkim.filter(
    (d) =>
      d.aligned &&
      d.result === 'fail' &&
      (d.cause === 'body-hash-mismatch' || d.cause === 'signature-mismatch'),
  );
}

/**
 * The aligned signatures our check failed on a hash that Exchange Online's own record above its
 * entry line says passed, beside its DMARC pass for the From domain: the message was changed after
 * EOP checked it, by the reader's own tenant (a transport rule's "[EXTERNAL]" tag and banner).
 * With the record and the signature, null when either is missing. A change before EOP (a replay
 * with new text) fails at EOP too, which then records no pass.
 */
export function eopSignedBeforeChange(
  ctx: RuleContext,
  from: string,
): { signatures: DkimCheck[]; line: string } | null {
  const failed = hashFailures(ctx);
  if (failed.length === 0) return null;
  const eop = eopEntryResults(ctx);
  if (!eop || !recordsDmarc(eop.results, from, 'pass')) return null;
  const signed = failed.filter((d) =>
    eop.results.some(
      (r) => r.method === 'dkim' && r.result === 'pass' && sameDomain(d.domain, dkimDomain(r)),
    ),
  );
  return signed.length > 0 ? { signatures: signed, line: eop.line } : null;
}
