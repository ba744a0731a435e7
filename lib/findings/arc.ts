// ARC (RFC 8617): a forwarder or mailing list broke the original DKIM signature but sealed what it
// saw. When the user's own provider vouches for the chain, explain the forwarding instead of alarming.
import { dmarcState } from './auth-state';
import { orgDomain } from './domains';
import { headerLines, providerLines, uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';

/** Organisational domains of the user's provider (from its trusted authserv-ids). */
function providerOrgs(ctx: RuleContext): string[] {
  const ids = [...(ctx.options.trustedAuthservIds ?? []), ctx.analysis.provider?.authservId ?? ''];
  return uniq(ids.filter(Boolean).map((id) => orgDomain(id)));
}

/** The forwarder that sealed the chain first, if the chain is trusted; null otherwise. */
export function trustedForwarder(ctx: RuleContext): string | null {
  const a = ctx.analysis;
  const orgs = providerOrgs(ctx);
  const sealers = a.arc.sealers;
  const providerSealed = a.arc.result === 'pass' && sealers.some((s) => orgs.includes(orgDomain(s)));
  const providerSaysPass = a.provider?.arc === 'pass';
  if (!providerSealed && !providerSaysPass) return null;
  return sealers.find((s) => !orgs.includes(orgDomain(s))) ?? sealers[0] ?? 'a forwarder';
}

export const arcRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const dkimBroke =
    a.dkim.some((d) => d.result === 'fail') || a.provider?.dkim.some((d) => d.result === 'fail');
  const dmarcFailed = a.dmarc.result === 'fail' || a.provider?.dmarc?.result === 'fail';
  if (!dkimBroke && !dmarcFailed) return [];
  const forwarder = trustedForwarder(ctx);
  if (!forwarder) return [];
  const st = dmarcState(ctx);
  const original = a.arc.originalAuth
    ? ` When it first received the message, it recorded: ${a.arc.originalAuth}.`
    : '';
  return [
    {
      id: 'arc-forwarded',
      severity: st.result === 'pass' ? 'info' : 'low',
      title: `Forwarded by ${forwarder}: the original signature broke on the way`,
      detail: `This message passed through ${forwarder} (a forwarding service or mailing list), which changed it slightly, so the sender's DKIM signature no longer verifies. ${forwarder} sealed what it saw with ARC, and your provider accepts that seal.${original} This is normal for mailing lists and is not, by itself, a sign of forgery.`,
      evidence: uniq([...headerLines(ctx.message, 'arc-seal'), ...providerLines(ctx)]),
    },
  ];
};
