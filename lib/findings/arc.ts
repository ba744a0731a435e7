// ARC (RFC 8617): a forwarder or mailing list broke the original DKIM signature but sealed what it
// saw. When the user's own provider vouches for the chain, explain the forwarding instead of alarming.
import { arcSealProblems } from '../auth/arc-strict';
import { parseTagList, tagValue } from '../auth/tag-list';
import { dmarcState } from './auth-state';
import { orgDomain } from './domains';
import { headerLines, providerLines, uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';

/**
 * Forwarders whose ARC record of a message is believed: the ARC Community Sealers list
 * (github.com/trusteddomainproject/ARC_Community_Sealers, as also carried by mailauth's
 * lib/arc/trustlist.js), plus Google and Microsoft, which seal the mail they forward. An intact
 * chain alone proves nothing about what it records: anyone can seal a message with a domain of
 * their own and write "dkim=pass" for someone else into it.
 */
export const TRUSTED_ARC_SEALERS = [
  'google.com',
  'gmail.com',
  'googlegroups.com',
  'microsoft.com',
  'messagingengine.com',
  'fastmail.com',
  'fastmail.fm',
  'topicbox.com',
  'pobox.com',
  'umich.edu',
  'one.com',
  'securemx.jp',
  'zone.eu',
  'teliaklm.ee',
  'forwardemail.net',
];

/** Receivers whose hosts are named under one domain but who seal under another. */
const SEALS_AS: Record<string, string> = {
  'outlook.com': 'microsoft.com',
  'office365.com': 'microsoft.com',
};

/**
 * Organisational domains of the user's provider: from its trusted authserv-ids, and from the host
 * that received the message at the entry hop (written by the receiver itself). Outlook names no
 * authserv-id, and Exchange Online seals what it receives as microsoft.com.
 */
function providerOrgs(ctx: RuleContext): string[] {
  const a = ctx.analysis;
  const ids = [...(ctx.options.trustedAuthservIds ?? []), a.provider?.authservId ?? ''];
  const entryBy = a.origin.hopIndex !== null ? a.hops[a.origin.hopIndex]?.by : null;
  const orgs = [...ids, entryBy ?? ''].filter(Boolean).map((id) => orgDomain(id));
  return uniq([...orgs, ...orgs.flatMap((o) => (SEALS_AS[o] ? [SEALS_AS[o]] : []))]);
}

/**
 * `d=` of each ARC-Seal header, in instance order (i=1 first); none at all when any seal is not a
 * valid tag-list (RFC 6376 §3.2). A seal with two d= tags, or `d=` and `D=`, names one sealer to
 * a first-match reader and another to a verifier that lets the last one win (mailauth): the
 * provider's arc=pass may be about the attacker's own seal (lib/auth/arc-strict.ts).
 */
function sealersInHeaders(ctx: RuleContext): string[] {
  const seals = ctx.message.headers.filter((h) => h.key === 'arc-seal');
  if (seals.some((h) => arcSealProblems(h.rawValue).length > 0)) return [];
  const sets = seals
    .map((h) => parseTagList(h.rawValue))
    .map((tags) => ({
      i: /^\d{1,2}$/.test(tagValue(tags, 'i') ?? '') ? Number(tagValue(tags, 'i')) : Number.NaN,
      d: (tagValue(tags, 'd') ?? '').slice(0, 253),
    }))
    .filter((x) => Number.isFinite(x.i) && x.d);
  return sets.sort((a, b) => a.i - b.i).map((x) => x.d);
}

/**
 * The sealers of an intact chain, in order: from our own ARC check, or, when only the provider
 * could check it (offline, or a copy that is not byte-exact), from the headers it validated.
 */
function intactChainSealers(ctx: RuleContext): string[] {
  const a = ctx.analysis;
  if (a.arc.result === 'pass' && a.arc.sealers.length > 0) return a.arc.sealers;
  if (a.provider?.arc === 'pass') return sealersInHeaders(ctx);
  return [];
}

/**
 * Who forwarded the message, per an intact chain: every sealer before the delivering provider's
 * own seal (the provider seals what it receives; that is no forward), split into the ones whose
 * word is taken (the provider itself, a known ARC sealer) and the others.
 */
function forwardersOf(ctx: RuleContext): {
  trusted: string[];
  unknown: string[];
  isProvider: (s: string) => boolean;
} {
  const orgs = providerOrgs(ctx);
  const isProvider = (s: string) => orgs.includes(orgDomain(s));
  const sealers = intactChainSealers(ctx);
  const last = sealers[sealers.length - 1];
  const forwarders = last !== undefined && isProvider(last) ? sealers.slice(0, -1) : sealers;
  const isTrusted = (s: string) => isProvider(s) || TRUSTED_ARC_SEALERS.includes(orgDomain(s));
  return {
    trusted: forwarders.filter(isTrusted),
    unknown: forwarders.filter((s) => !isTrusted(s)),
    isProvider,
  };
}

export const arcRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const dkimBroke =
    a.dkim.some((d) => d.result === 'fail') || a.provider?.dkim.some((d) => d.result === 'fail');
  const dmarcFailed = a.dmarc.result === 'fail' || a.provider?.dmarc?.result === 'fail';
  if (!dkimBroke && !dmarcFailed) return [];
  const { trusted, unknown, isProvider } = forwardersOf(ctx);
  if (unknown.length > 0) {
    return [
      {
        id: 'arc-untrusted-sealer',
        severity: 'low',
        title: `Sealed on the way by ${unknown.join(', ')}, whose word is not taken`,
        detail: `The message carries an ARC seal from ${unknown.join(', ')} recording how it authenticated before being passed on. Anyone can seal a message with a domain of their own and write any result into it, and ${unknown.length === 1 ? 'this sealer is' : 'these sealers are'} neither your provider nor a forwarder known to seal honestly, so the record is not used. If you receive mail through a mailing list or forwarding service there, the failure above may come from that forwarding.`,
        evidence: uniq([
          ...headerLines(ctx.message, 'arc-seal'),
          ...headerLines(ctx.message, 'arc-authentication-results'),
        ]).slice(0, 4),
      },
    ];
  }
  // Every forwarder is trusted: the first one that is not the provider explains the break.
  const forwarder = trusted.find((s) => !isProvider(s)) ?? trusted[0];
  if (forwarder === undefined) return [];
  const st = dmarcState(ctx);
  const original = a.arc.originalAuth
    ? ` When it first received the message, it recorded: ${a.arc.originalAuth}.`
    : '';
  return [
    {
      id: 'arc-forwarded',
      severity: st.result === 'pass' ? 'info' : 'low',
      title: `Forwarded by ${forwarder}: the original signature broke on the way`,
      detail: `This message passed through ${forwarder} (a forwarding service or mailing list), which changed it slightly, so the sender's DKIM signature no longer verifies. ${forwarder} sealed what it saw with ARC, and it is a sealer whose word is taken (your provider, or a known ARC sealer).${original} This is normal for mailing lists and is not, by itself, a sign of forgery.`,
      evidence: uniq([...headerLines(ctx.message, 'arc-seal'), ...providerLines(ctx)]),
    },
  ];
};
