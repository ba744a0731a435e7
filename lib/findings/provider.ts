// The provider's trusted Authentication-Results (RFC 8601) against our own re-check, and
// Authentication-Results that borrow the provider's name without being its own.
import { oneHeaderProvider } from '../auth/authresults';
import type { AuthWord, DkimCheck, Finding } from '../types';
import { uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';

const RANK: Partial<Record<AuthWord, number>> = {
  pass: 2,
  neutral: 1,
  none: 1,
  policy: 1,
  softfail: 0,
  fail: 0,
};

interface Diff {
  method: 'SPF' | 'DKIM' | 'DMARC';
  provider: AuthWord;
  ours: AuthWord;
  cause: string;
}

function dkimCause(ours: DkimCheck | undefined, notExact: boolean): string {
  if (notExact)
    return 'the message source shown by the webmail is not byte-exact, so the signature cannot match';
  switch (ours?.cause) {
    case 'key-missing':
    case 'key-revoked':
      return 'the signing key was removed or rotated in DNS since delivery';
    case 'expired':
      return 'the signature has expired since delivery';
    case 'body-hash-mismatch':
    case 'signature-mismatch':
      return 'the message was changed after your provider received it (or the copy checked here differs)';
    default:
      return 'the message or the DNS changed since delivery';
  }
}

function diffs(ctx: RuleContext): Diff[] {
  const a = ctx.analysis;
  const p = a.provider;
  if (!p || a.mode === 'offline') return [];
  const notExact = Boolean(ctx.options.notByteExact || a.meta.notByteExact);
  const out: Diff[] = [];
  const differs = (x: AuthWord, y: AuthWord) =>
    RANK[x] !== undefined && RANK[y] !== undefined && RANK[x] !== RANK[y];
  if (p.spf && differs(p.spf, a.spf.result)) {
    out.push({
      method: 'SPF',
      provider: p.spf,
      ours: a.spf.result,
      cause: "the domain's SPF record changed since delivery",
    });
  }
  for (const pd of p.dkim) {
    const mine = a.dkim.filter((d) => !pd.domain || d.domain.toLowerCase() === pd.domain.toLowerCase());
    const best = mine.find((d) => d.result === 'pass') ?? mine[0];
    if (best && differs(pd.result, best.result)) {
      out.push({ method: 'DKIM', provider: pd.result, ours: best.result, cause: dkimCause(best, notExact) });
    }
  }
  if (p.dmarc && differs(p.dmarc.result, a.dmarc.result)) {
    out.push({
      method: 'DMARC',
      provider: p.dmarc.result,
      ours: a.dmarc.result,
      cause: 'it follows from the SPF/DKIM differences, or the DMARC record changed since delivery',
    });
  }
  return out;
}

export const providerRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const out: Finding[] = [];
  const ds = diffs(ctx);
  if (ds.length > 0 && a.provider) {
    // Provider saw worse than we see now: it judged the message at delivery, with the DNS of that time.
    const providerWorse = ds.some((d) => (RANK[d.provider] ?? 1) < (RANK[d.ours] ?? 1));
    const list = ds.map(
      (d) =>
        `${d.method}: your provider said ${d.provider}, HeaderLens finds ${d.ours} (likely cause: ${d.cause})`,
    );
    out.push({
      id: 'provider-disagreement',
      severity: providerWorse ? 'medium' : 'low',
      title: `Your provider (${a.provider.authservId}) and HeaderLens disagree on ${uniq(ds.map((d) => d.method)).join(', ')}`,
      detail: `${list.join('. ')}. ${providerWorse ? 'Your provider checked the message when it arrived; its failure counts, even if the records look fine today.' : a.provider.proven ? 'Your provider checked the original message when it arrived, so its result is the more reliable one.' : 'HeaderLens cannot place this header above your provider’s own entry in the Received chain, so it cannot prove your provider wrote it: its pass does not override the re-check.'}`,
      evidence: a.provider.lines,
    });
  }
  // Gmail and Yahoo write one header per delivery: another under the same name was not counted.
  const family = a.provider ? oneHeaderProvider(a.provider.authservId) : null;
  for (const h of a.authResults) {
    if (family === null || h.trusted || h.forged || oneHeaderProvider(h.authservId) !== family) continue;
    out.push({
      id: 'second-provider-auth-results',
      severity: 'info',
      title: `A second Authentication-Results header under ${h.authservId}'s name was not counted`,
      detail: `${a.provider!.authservId} writes all its results for a message into one header, the one HeaderLens uses. This other one either comes from an earlier delivery through the same provider (a forwarded message) or was written by the sender to look checked; its results are ignored.`,
      evidence: [h.line],
    });
  }
  if (a.provider && a.provider.fromMismatch.length > 0) {
    const from = a.from?.domain ?? '(none)';
    const list = a.provider.fromMismatch.map((m) => `${m.method}=${m.result} for ${m.headerFrom}`);
    out.push({
      id: 'provider-from-mismatch',
      severity: 'medium',
      title: `Your provider's result is about another sender domain than From (${from})`,
      detail: `Your provider's Authentication-Results records ${list.join(', ')}, but the From address HeaderLens reads is at ${from}. A result about another domain says nothing about this sender, so it is not counted. This happens when a message carries two From fields that programs read differently, or a result was copied from other mail.`,
      evidence: [a.provider.lines[0] ?? ''],
    });
  }
  for (const h of a.authResults.filter((r) => r.forged)) {
    out.push({
      id: 'forged-auth-results',
      severity: 'medium',
      title: `A fake Authentication-Results header claims to come from ${h.authservId}`,
      detail: `This header uses your provider's name (${h.authservId}) but was not added by your provider: it sits below the Received line where your provider took the message in (or below servers your provider does not control), so the sender wrote it, probably to make the message look checked. HeaderLens ignores it.`,
      evidence: [h.line],
    });
  }
  return out;
};
