// broad-spf (issue 4): SPF passed, but the term that matched authorises a wide block of rentable
// hosting space (e.g. `ip4:20.0.0.0/11`: two million Azure addresses). Anyone renting a VM there
// passes SPF — and DMARC, when the envelope domain is the From domain — so "SPF pass" proves little.
// Reads analysis.spf.breadth, which the engine fills with lib/relay/spf-breadth.ts.
import { joined, type Message, type MessageParam, msg, sentences } from '../i18n/message';
import type { Finding, SpfBreadth } from '../types';
import { headerLines, txtEvidence, uniq } from './evidence';
import { ownServerEvidence } from './hosted-server';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

/** Below these, the term is one customer's server or allocation, not "anyone on the cloud". */
const MIN_HOSTING_V4 = 256; // wider than a /24
const MIN_HOSTING_V6 = 2 ** 80; // wider than a /48 (the usual per-customer IPv6 allocation)
/**
 * Above these, the term is as good as `all`: no one network is that large (the widest IPv4
 * holdings are single /8s; RIRs hand out IPv6 in /12s to /19s). `ip4:0.0.0.0/1 ip4:128.0.0.0/1`
 * lets every server pass without writing "+all".
 */
const WHOLE_INTERNET_V4 = 2 ** 24; // wider than a /8
const WHOLE_INTERNET_V6 = 2 ** 116; // wider than a /12

/** One formatter for every count: toLocaleString builds a new one per call (ICU), a batch's hot spot. */
const COUNT = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  if (n < 1e15) {
    const r = Math.round(n);
    // A count of zero or more grouped by hand, as en-US groups it: ICU's format, even with one
    // formatter, was half of this rule's time. Anything else (-0, negatives, NaN) goes to ICU.
    if (r >= 0 && !Object.is(r, -0)) {
      const digits = String(r);
      let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
      for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
      return out;
    }
    return COUNT.format(r);
  }
  return `about 2^${Math.round(Math.log2(n))}`;
}

/** `all`, or a term wider than any one network: every server, or nearly, passes. */
function isEveryone(b: SpfBreadth): boolean {
  if (b.kind === 'all') return true;
  if (b.addresses === null) return false;
  return b.addresses > (b.blocks.some((x) => x.includes(':')) ? WHOLE_INTERNET_V6 : WHOLE_INTERNET_V4);
}

function isBroad(b: SpfBreadth): boolean {
  // Whatever the hosting count says: in the worker it counts only the shards within the budget.
  if (isEveryone(b)) return true;
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
  const domain: MessageParam = spf.domain || b.recordDomain || msg('finding_spf_the_sender');
  const via: MessageParam =
    b.recordDomain && b.recordDomain !== domain
      ? msg('finding_broad_spf_via', { record: b.recordDomain })
      : '';
  // From a rented server, or under a term that passes everyone, the term is what let the server
  // pass: unless the server is shown to be the From domain's own (its reverse name inside the
  // domain's organisation, confirmed by its forward answer: lib/findings/hosted-server.ts), which
  // no one else can arrange. The breadth is then a weakness of the domain's record that does not
  // bear on this message (real-mail round 145: a firm's Hetzner server under an SPF of all of
  // Hetzner's IPv6 /32; red-team round 148: a firm's own server under `exists:%{l}._u.%{d}`).
  // Under a term that passes everyone, from a server that is not rented, the domain's own aligned
  // signature proves the message as well (real-mail round 148: Google Workspace and Microsoft 365
  // mail under `+all` or `ip4:0.0.0.0/1`); from a rented server the term still let it in.
  const everyone = isEveryone(b);
  const signed = ctx.analysis.dkim.some((d) => d.result === 'pass' && d.aligned);
  const ownServer = (o.hostedServer || everyone) && ownServerEvidence(ctx) !== null;
  const hostedOrigin = o.hostedServer && !ownServer;

  let title: Message;
  let detail: Message;
  if (b.kind === 'all' && /^[-+~?]?exists:/i.test(b.mechanism)) {
    title = msg('finding_broad_spf_exists_title', { domain, mechanism: b.mechanism });
    detail = msg('finding_broad_spf_exists_detail', { domain, via, mechanism: b.mechanism });
  } else if (b.kind === 'all') {
    title = msg('finding_broad_spf_all_title', { domain, mechanism: b.mechanism });
    detail = msg('finding_broad_spf_all_detail', { domain, via, mechanism: b.mechanism });
  } else if (everyone) {
    // Counted on the addresses alone, so the worker (which loads only part of the hosting data
    // for such a term) and the CLI say the same.
    const total = formatCount(b.addresses ?? 0);
    title = msg('finding_broad_spf_huge_title', { domain, total, mechanism: b.mechanism });
    detail = msg('finding_broad_spf_huge_detail', { domain, via, total, mechanism: b.mechanism });
  } else {
    const top = b.hosting[0]!;
    const others = b.hosting
      .slice(1, 4)
      .map((h) =>
        msg('finding_broad_spf_count_on', { count: formatCount(h.addresses), provider: h.provider }),
      );
    title = msg('finding_broad_spf_hosting_title', {
      domain,
      count: formatCount(top.addresses),
      provider: top.provider,
    });
    detail = msg('finding_broad_spf_hosting_detail', {
      domain,
      via,
      mechanism: b.mechanism,
      total: b.addresses !== null ? formatCount(b.addresses) : msg('finding_broad_spf_many'),
      count: formatCount(top.addresses),
      provider: top.provider,
      others: others.length ? msg('finding_broad_spf_others', { others: joined(others) }) : '',
    });
  }
  if (hostedOrigin && o.ip) detail = sentences([detail, msg('finding_broad_spf_from_rented', { ip: o.ip })]);
  // The worker loads at most a budget of IP data files per message: past it the counts it shows
  // are floors (`all` and terms as wide show none).
  if (b.hostingIncomplete && !everyone) detail = sentences([detail, msg('finding_broad_spf_incomplete')]);
  const finding: Finding = {
    id: 'broad-spf',
    severity: hostedOrigin || (everyone && !ownServer && !signed) ? 'medium' : 'low',
    ...texts(title, detail),
    evidence: evidence(ctx, b),
  };
  return [finding];
};
