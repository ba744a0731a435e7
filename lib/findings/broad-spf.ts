// broad-spf (issue 4): SPF passed, but the term that matched authorises a wide block of rentable
// hosting space (e.g. `ip4:20.0.0.0/11`: two million Azure addresses). Anyone renting a VM there
// passes SPF — and DMARC, when the envelope domain is the From domain — so "SPF pass" proves little.
// Reads analysis.spf.breadth, which the engine fills with lib/relay/spf-breadth.ts.
import type { Finding, SpfBreadth } from '../types';
import { headerLines, txtEvidence, uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';

/** Below these, the term is one customer's server or allocation, not "anyone on the cloud". */
const MIN_HOSTING_V4 = 256; // wider than a /24
const MIN_HOSTING_V6 = 2 ** 80; // wider than a /48 (the usual per-customer IPv6 allocation)

export function formatCount(n: number): string {
  if (n < 1e15) return Math.round(n).toLocaleString('en-US');
  return `about 2^${Math.round(Math.log2(n))}`;
}

function isBroad(b: SpfBreadth): boolean {
  if (b.kind === 'all') return true;
  if (b.esp) return false; // the space belongs to an ESP's published sending ranges
  const hosted = b.hosting.reduce((sum, h) => sum + h.addresses, 0);
  const v6 = b.blocks.some((x) => x.includes(':'));
  return hosted > (v6 ? MIN_HOSTING_V6 : MIN_HOSTING_V4);
}

function evidence(ctx: RuleContext, b: SpfBreadth): string[] {
  const spf = ctx.analysis.spf;
  const authResults = (ctx.analysis.provider?.lines ?? []).filter((l) => /\bspf=/i.test(l)).slice(0, 1);
  return uniq([
    ...headerLines(ctx.message, 'received-spf').slice(0, 1),
    ...authResults,
    b.recordDomain ? txtEvidence(ctx.analysis.dns, b.recordDomain, 'v=spf1') : null,
    spf.domain && spf.domain !== b.recordDomain ? txtEvidence(ctx.analysis.dns, spf.domain, 'v=spf1') : null,
  ]);
}

export const broadSpfRule: FindingRule = (ctx) => {
  const spf = ctx.analysis.spf;
  const b = spf.breadth;
  if (spf.result !== 'pass' || !b || !isBroad(b)) return [];
  const o = ctx.analysis.origin;
  const domain = spf.domain || b.recordDomain || 'the sender';
  const via = b.recordDomain && b.recordDomain !== domain ? ` (through ${b.recordDomain})` : '';
  const hostedOrigin = o.hostedServer;

  let title: string;
  let detail: string;
  if (b.kind === 'all') {
    title = `SPF for ${domain} allows every server on the Internet (${b.mechanism})`;
    detail =
      `The SPF record of ${domain}${via} ends in "${b.mechanism}", which lets any server send mail in its ` +
      `name. An SPF pass for ${domain} therefore says nothing about who sent this message.`;
  } else {
    const top = b.hosting[0]!;
    const others = b.hosting.slice(1, 4).map((h) => `${formatCount(h.addresses)} on ${h.provider}`);
    title = `SPF for ${domain} authorises ${formatCount(top.addresses)} ${top.provider} addresses; anyone renting a server there passes`;
    detail =
      `The SPF record of ${domain}${via} allows "${b.mechanism}", which covers ` +
      `${b.addresses !== null ? formatCount(b.addresses) : 'many'} addresses, ${formatCount(top.addresses)} of them on ` +
      `${top.provider}${others.length ? ` (and ${others.join(', ')})` : ''}: space anyone can rent a server in, ` +
      `not an email service's sending range. So a forger with a rented server passes SPF for ${domain}.`;
  }
  if (hostedOrigin && o.ip) detail += ` This message did come from such a rented server, ${o.ip}.`;
  const finding: Finding = {
    id: 'broad-spf',
    severity: hostedOrigin || b.kind === 'all' ? 'medium' : 'low',
    title,
    detail,
    evidence: evidence(ctx, b),
  };
  return [finding];
};
