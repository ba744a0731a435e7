// Which authentication result counts, shared by the rules and the verdict.
// Online, our re-check counts, except where the provider's trusted Authentication-Results give a
// firmer answer: the provider saw the original bytes and the DNS at delivery time, and only the
// topmost trusted header above the receiver's entry hop reaches `analysis.provider` (RFC 8601 §5).
// Its pass beats our fail only when that header is proven to be the receiver's (`proven`).
// Offline, only the provider's results exist.
import type { AuthWord, DkimCheck, SpfCheck } from '../types';
import type { RuleContext } from './rule';

export interface DmarcState {
  result: AuthWord | null;
  source: 'ours' | 'provider' | 'none';
  /** Our failure cannot be trusted: the source is not byte-exact (DKIM may break on a re-encoded copy). */
  unreliable: boolean;
  policy: string | null;
}

type Ctx = Pick<RuleContext, 'analysis' | 'options'>;

export function dmarcState(ctx: Ctx): DmarcState {
  const a = ctx.analysis;
  const prov = a.provider?.dmarc ?? null;
  if (a.mode === 'offline') {
    return prov
      ? { result: prov.result, source: 'provider', unreliable: false, policy: prov.policy }
      : { result: null, source: 'none', unreliable: false, policy: null };
  }
  const ours = a.dmarc.result;
  const provFirm = prov && (prov.result === 'pass' || prov.result === 'fail');
  // The provider's pass outranks our own fail only from a header proven to be the receiver's
  // (above its entry hop, a Received line by one of its own hosts): a header we cannot place
  // could be the sender's, and a sender must not be able to overrule our check with one.
  const provCounts = prov?.result !== 'pass' || ours !== 'fail' || a.provider?.proven === true;
  if (prov && provFirm && provCounts && ours !== prov.result && (prov.result === 'pass' || ours !== 'pass')) {
    return { result: prov.result, source: 'provider', unreliable: false, policy: prov.policy };
  }
  const notExact = Boolean(ctx.options.notByteExact || a.meta.notByteExact);
  return {
    result: ours,
    source: 'ours',
    unreliable: notExact && ours === 'fail' && !a.spf.aligned,
    policy: a.dmarc.policy,
  };
}

/** An aligned SPF or DKIM pass, ours or the provider's: the domain has some working authentication. */
export function hasAlignedPass(ctx: Ctx): boolean {
  const a = ctx.analysis;
  if (dmarcState(ctx).result === 'pass') return true;
  if (a.mode === 'online') {
    if (a.spf.result === 'pass' && a.spf.aligned) return true;
    if (a.dkim.some((d) => d.result === 'pass' && d.aligned)) return true;
  }
  const from = a.from?.domain;
  // Online, a provider DKIM pass speaks only from a header proven to be the receiver's.
  if (from && a.provider && (a.mode === 'offline' || a.provider.proven)) {
    if (a.provider.dkim.some((d) => d.result === 'pass' && d.domain && sameDomainOrSub(d.domain, from)))
      return true;
  }
  return false;
}

function sameDomainOrSub(d: string, from: string): boolean {
  const x = d.toLowerCase();
  const f = from.toLowerCase();
  return x === f || f.endsWith(`.${x}`) || x.endsWith(`.${f}`);
}

export function fromDomain(ctx: Pick<RuleContext, 'analysis'>): string {
  return ctx.analysis.from?.domain ?? '';
}

/**
 * Which checks hit a temporary DNS error where a pass would have counted for the From domain: SPF
 * for an aligned envelope domain, DKIM for an aligned signing domain (or the whole DKIM check, when
 * it could not run at all). A fault anywhere else decides nothing (RFC 7489 §4.2: only aligned
 * identifiers count), and the sender picks those domains: counting its own broken DNS would let
 * it turn its spoof's DMARC fail into "could not be decided".
 */
export function alignedDnsFaults(a: { spf: SpfCheck; dkim: DkimCheck[] }): Array<'SPF' | 'DKIM'> {
  const out: Array<'SPF' | 'DKIM'> = [];
  if (a.spf.result === 'temperror' && a.spf.aligned) out.push('SPF');
  if (a.dkim.some((d) => d.result === 'temperror' && (d.aligned || d.domain === ''))) out.push('DKIM');
  return out;
}
