// ARC (RFC 8617): a forwarder or mailing list broke the original DKIM signature but sealed what it
// saw. When the user's own provider vouches for the chain, explain the forwarding instead of alarming.

import { sealersInHeaders } from '../auth/arc-strict';
import { hostKey } from '../dns/name';
import { registrableDomain } from '../dns/registrable';
import { type Message, type MessageParam, msg } from '../i18n/message';
import type { Finding } from '../types';
import { recordedDmarcFailures, sealerRecord } from './arc-record';
import { dmarcState, failureNotEnforced, sharedSpfPlatform } from './auth-state';
import { sameOrg } from './domains';
import { eopArcExcusedFail, eopVouchesArc } from './eop-record';
import { dkimSignerDomains, headerLines, providerLines, uniq } from './evidence';
import { listEvidence } from './list-evidence';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

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
  // kernel.org's list servers (vger.kernel.org's posts, sealed by subspace.kernel.org): open lists
  // whose records are honest, a spoof posted to them recorded as failing (real-mail round 202). By
  // its exact name only.
  'subspace.kernel.org',
];

/**
 * The organisation a sealer, a trusted name or a provider host stands for, with the Public Suffix
 * List's private section (as DMARC reads it): two names on a shared platform (`a.herokuapp.com`,
 * `b.herokuapp.com`) are two owners. By the ICANN section alone, trusting one list there trusted
 * every name anyone can register beside it, and an attacker's seal there excused a bank's DMARC fail.
 */
function sealerOrg(name: string): string {
  const host = hostKey(name);
  if (!host) return '';
  return registrableDomain(host, { privateSuffixes: true }) ?? host;
}

/**
 * A sealer on the list by the exact domain it seals with (`d=`): the list names those, and the
 * organisation of a listed name is not the list's word for every zone under it (a department's or
 * a student society's delegated zone under umich.edu sealed a bank's DMARC fail as "passed":
 * probe93). The provider's own organisation and a sealer the user trusts still count as wholes.
 */
function listedSealer(sealer: string): boolean {
  return TRUSTED_ARC_SEALERS.includes(hostKey(sealer));
}

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
  const orgs = [...ids, entryBy ?? ''].filter(Boolean).map((id) => sealerOrg(id));
  return uniq([...orgs, ...orgs.flatMap((o) => (SEALS_AS[o] ? [SEALS_AS[o]] : []))]);
}

/**
 * The sealers of an intact chain, in order: from our own ARC check, or, when only the provider
 * could check it (offline, or a copy that is not byte-exact), from the headers it validated.
 */
function intactChainSealers(ctx: RuleContext): string[] {
  const a = ctx.analysis;
  if (a.arc.result === 'pass' && a.arc.sealers.length > 0) return a.arc.sealers;
  if (a.provider?.arc === 'pass' || eopVouchesArc(ctx)) return sealersInHeaders(ctx.message.headers);
  return [];
}

/** A sealer the user trusts (Options, the popup's "Trust … as a forwarder", `--trust-forwarder`). */
function userTrusts(ctx: RuleContext, sealer: string): boolean {
  const org = sealerOrg(sealer);
  return (ctx.options.trustedForwarders ?? []).some((t) => {
    const d = t.trim().toLowerCase().replace(/\.$/, '');
    return d !== '' && (d === sealer.toLowerCase() || sealerOrg(d) === org);
  });
}

/**
 * Offline in Outlook, where EOP excused the From domain's DMARC fail on an ARC chain
 * (compauth=pass reason=130) or vouched for it (arc=pass): whether the oldest forwarder whose word
 * is taken recorded no pass, with no unknown sealer after it. Then the fail stands
 * (probe70-gmail-forward-of-spoof-google-records-fail-offline: Google recorded the spoof's fail).
 * An unknown sealer's record alone, which the tenant's own trust let through, is left to EOP: the
 * message reads unverified, as before.
 */
export function trustedForwarderRecordedNoPass(ctx: RuleContext): boolean {
  if (!eopVouchesArc(ctx)) return false;
  const { trusted, unknown } = forwardersOf(ctx);
  const oldest = trusted[0];
  if (!oldest) return false;
  // Unknown sealers older than it (an attacker's own seal under Google's,
  // probe71-forged-i1-under-google-i2-eop-130-outlook-offline) change nothing: what reached the
  // trusted forwarder failed. A newer one may have changed the message after it: EOP decides.
  if (unknown.some((f) => f.instance > oldest.instance)) return false;
  return sealerRecord(ctx, oldest.instance, oldest.sealer).passedBy === null;
}

export interface Forwarder {
  sealer: string;
  /** ARC instance (i=) of its set. */
  instance: number;
}

/**
 * The ARC set `instance` was sealed below the receiver's entry line: before the receiver took the
 * message, so by a forwarder, whatever its name. A partner tenant's Exchange Online forwarding by
 * transport rule seals as microsoft.com too, and its seal was taken for the reader's own
 * provider's, the supplier's pass it recorded unread (real-mail round 95: spoofed). The receiver
 * seals what it takes above its own lines.
 */
function sealedBelowEntry(ctx: RuleContext, instance: number): boolean {
  const hop = ctx.analysis.origin.hopIndex;
  if (hop === null) return false;
  const entry = ctx.message.headers.filter((h) => h.key === 'received')[hop];
  const seal = sealOf(ctx, instance);
  return !!entry && !!seal && seal.index > entry.index;
}

/** The ARC-Seal field of set `instance` (its `i=`), as the message carries it. */
function sealOf(ctx: RuleContext, instance: number) {
  return ctx.message.headers.find(
    (h) =>
      h.key === 'arc-seal' &&
      Number(/(?:^|;)\s*i\s*=\s*(\d{1,2})\s*(?:;|$)/.exec(h.rawValue)?.[1]) === instance,
  );
}

/**
 * Google's and Microsoft's seals of a message they forwarded record what the forwarding tenant's
 * own set-up made them see: a tenant that skip-lists its own gateway (Exchange Online's Enhanced
 * Filtering for Connectors, a Workspace inbound gateway) has them check SPF at an address that
 * gateway wrote, and seal "spf=pass, dmarc=pass" for a bank that never sent it (probe100). Where
 * the seal is under the reader's own provider's name, below its entry (another tenant's forward,
 * read as a forwarder since sealedBelowEntry), its recorded pass counts only as a DKIM pass of the
 * From's domain whose signature the message still carries (broken by the forward, not made up by
 * the tenant), or an SPF pass at the client its own entry line shows (arc-record.ts spfAtEntry);
 * a recorded failure stands, whoever made it. The same seal from the other provider
 * (Gmail's forward into Microsoft 365) keeps the list's trust: genuine SPF-only mail forwarded by
 * Gmail read suspicious, and a genuine firm spoofed, without it (README, "What still fools").
 */
const MULTI_TENANT_SEALERS: readonly string[] = ['google.com', 'microsoft.com'];

function tenantsWord(ctx: RuleContext, f: Forwarder): boolean {
  if (!MULTI_TENANT_SEALERS.includes(sealerOrg(f.sealer))) return false;
  const from = ctx.analysis.from?.domain;
  if (!from) return true;
  const record = sealerRecord(ctx, f.instance, f.sealer);
  if (record.passedBy === null) return false;
  // Its SPF pass at the very client its own entry line took the message from (no gateway skipped:
  // real-mail round 198's Workspace forward of SPF-only mail into Gmail) is its word on mail sent
  // to it directly.
  if (record.spfAtEntry) return false;
  const carried = ctx.analysis.dkim.some((d) => !!d.domain && sameOrg(d.domain, from));
  return !(record.dkimPassed && carried);
}

/**
 * Who forwarded the message, per an intact chain: every sealer before the delivering provider's
 * own seal (the provider seals what it receives; that is no forward), split into the ones whose
 * word is taken (the provider itself, a known ARC sealer, a sealer the user trusts) and the others.
 */
function forwardersOf(ctx: RuleContext): {
  trusted: Forwarder[];
  unknown: Forwarder[];
  isProvider: (s: string) => boolean;
} {
  const orgs = providerOrgs(ctx);
  const isProvider = (s: string) => orgs.includes(sealerOrg(s));
  const sealers = intactChainSealers(ctx).map((sealer, i) => ({ sealer, instance: i + 1 }));
  const last = sealers[sealers.length - 1];
  const forwarders =
    last !== undefined && isProvider(last.sealer) && !sealedBelowEntry(ctx, last.instance)
      ? sealers.slice(0, -1)
      : sealers;
  // A seal under the reader's own provider's name that is a forwarder's (sealedBelowEntry): one of
  // its tenants', whose word counts as tenantsWord says.
  const isTrusted = (f: Forwarder) =>
    userTrusts(ctx, f.sealer) || (isProvider(f.sealer) ? !tenantsWord(ctx, f) : listedSealer(f.sealer));
  // No intact chain, but its newest set sealed cv=fail verifies (lib/auth/arc.ts sealedFail): that
  // sealer's own record of what reached it, which counts as a chain of that one set would, when its
  // word is taken; the broken sets below it count for nothing (real-mail round 202: kernel.org's
  // subspace sealing a Microsoft 365 tenant's post whose Microsoft set it found broken). An unknown
  // sealer's is left unread, as before.
  const failed = ctx.analysis.arc.sealedFail;
  if (
    sealers.length === 0 &&
    failed &&
    !(isProvider(failed.sealer) && !sealedBelowEntry(ctx, failed.instance))
  )
    return { trusted: isTrusted(failed) ? [failed] : [], unknown: [], isProvider };
  return {
    trusted: forwarders.filter(isTrusted),
    unknown: forwarders.filter((f) => !isTrusted(f)),
    isProvider,
  };
}

/**
 * The oldest forwarder on an intact chain whose record is believed (the one that saw the message
 * closest to its author), or null: lists that rewrote From (lib/findings/list.ts) read what it saw
 * of the author's domain.
 */
export function oldestTrustedForwarder(ctx: RuleContext): Forwarder | null {
  return forwardersOf(ctx).trusted[0] ?? null;
}

function listPhrase(ctx: RuleContext): Message | string {
  const list = listEvidence(ctx.message);
  return list
    ? msg('finding_arc_list_phrase', { list: list.name === list.id ? list.id : `${list.name} <${list.id}>` })
    : '';
}

/**
 * A pass that rests only on a shared platform's SPF include (Microsoft 365's: every tenant sends
 * from those servers) while the oldest forwarder HeaderLens believes recorded, under its intact
 * seal, that the From domain FAILED DMARC when the message reached it: a spoof forwarded by a
 * platform tenant that kept the envelope (Forward Pass, IEEE S&P 2023; probe12). The forwarder
 * saw the message closer to its author than anyone here; a shared include cannot outweigh that.
 */
function sharedPassAgainstRecord(ctx: RuleContext): Finding | null {
  const a = ctx.analysis;
  const from = a.from?.domain?.toLowerCase();
  if (!from || dmarcState(ctx).result !== 'pass') return null;
  const shared = sharedSpfPlatform(ctx);
  const forwarder = shared ? (oldestTrustedForwarder(ctx) ?? brokenChainRecorder(ctx)) : null;
  const failures = forwarder ? recordedDmarcFailures(ctx, forwarder.instance) : null;
  if (!shared || !forwarder || !failures) return null;
  if (!failures.domains.some((d) => sameOrg(d, from))) return null;
  return {
    id: 'forwarder-recorded-fail',
    severity: 'medium',
    ...texts(
      msg('finding_forwarder_recorded_fail_title', { sealer: forwarder.sealer, domain: from }),
      msg('finding_forwarder_recorded_fail_detail', {
        sealer: forwarder.sealer,
        domain: from,
        shared: shared.record,
      }),
    ),
    evidence: uniq([failures.line, ...headerLines(ctx.message, 'from').slice(0, 1)]),
  };
}

/**
 * On a chain that does not validate, the newest set (not the provider's own) when a forwarder
 * HeaderLens believes sealed it with cv=fail: it found the chain below it broken and recorded what
 * it saw (probe15: the attacker seals its spoof and breaks that set, and Microsoft's record of the
 * bank's DMARC failure would otherwise go unread). Its seal is not checked: its record is read
 * only for a failure, which can only make the reading stricter, and a set the sender wrote sits
 * below the forwarder's, never newest.
 */
function brokenChainRecorder(ctx: RuleContext): Forwarder | null {
  if (ctx.analysis.arc.result !== 'fail') return null;
  const sealers = sealersInHeaders(ctx.message.headers);
  const orgs = providerOrgs(ctx);
  const newest = sealers.length - (sealers.length > 0 && orgs.includes(sealerOrg(sealers.at(-1)!)) ? 2 : 1);
  const sealer = sealers[newest];
  if (newest < 0 || !sealer) return null;
  if (!listedSealer(sealer) && !userTrusts(ctx, sealer)) return null;
  const seal = sealOf(ctx, newest + 1);
  return seal && /(?:^|;)\s*cv\s*=\s*fail\s*(?:;|$)/i.test(seal.rawValue)
    ? { sealer, instance: newest + 1 }
    : null;
}

export const arcRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const against = sharedPassAgainstRecord(ctx);
  if (against) return [against];
  const dkimBroke =
    a.dkim.some((d) => d.result === 'fail') || a.provider?.dkim.some((d) => d.result === 'fail');
  const dmarcFailed =
    a.dmarc.result === 'fail' || a.provider?.dmarc?.result === 'fail' || eopArcExcusedFail(ctx);
  if (!dkimBroke && !dmarcFailed) return [];
  const from: MessageParam = a.from?.domain ?? msg('finding_arc_the_from_domain');
  const { trusted, unknown, isProvider } = forwardersOf(ctx);
  if (unknown.length > 0) {
    // What the first unknown forwarder says it saw. A pass makes the message suspicious, never
    // spoofed (a list that seals honestly looks exactly like this); a sender sealing its own spoof
    // with its own domain looks the same too, which is why it is never more than suspicious.
    const first = unknown[0]!;
    const record = sealerRecord(ctx, first.instance, first.sealer);
    const names = unknown.map((f) => f.sealer).join(', ');
    const recordedPass = record.passedBy !== null && dmarcFailed;
    // Where the From domain asks nothing of a failure (p=none) the record's pass excuses nothing the
    // verdict would hold against the message: a list's own seal on a post made it read worse than
    // the same post unsealed (real-mail round 95). A note, as for a record without a pass.
    const moot = failureNotEnforced(a, dmarcState(ctx));
    return [
      {
        id: 'arc-untrusted-sealer',
        severity: recordedPass && !moot ? 'medium' : 'low',
        ...texts(
          recordedPass
            ? msg('finding_arc_untrusted_pass_title', { sealer: first.sealer, list: listPhrase(ctx), from })
            : msg('finding_arc_untrusted_title', { names }),
          msg('finding_arc_untrusted_detail', {
            names,
            recorded: recordedPass
              ? msg('finding_arc_recorded_pass', { passedBy: record.passedBy ?? '', from })
              : msg('finding_arc_recorded_said', { said: record.said }),
            who: msg('finding_arc_forwarders_are', { count: unknown.length }),
            sealer: first.sealer,
          }),
        ),
        evidence: uniq([
          record.line,
          ...headerLines(ctx.message, 'list-id'),
          ...headerLines(ctx.message, 'arc-seal'),
        ]).slice(0, 4),
        action: { kind: 'trust-forwarder', domain: first.sealer.toLowerCase() },
      },
    ];
  }
  if (trusted.length === 0) return [];
  // The oldest trusted forwarder saw the message closest to its author: only its record counts
  // (issue 16.3). A trusted forwarder that recorded a failure, or nothing, excuses nothing.
  const oldest = trusted[0]!;
  const forwarder = trusted.find((f) => !isProvider(f.sealer)) ?? oldest;
  const record = sealerRecord(ctx, oldest.instance, oldest.sealer);
  if (record.passedBy === null) {
    // Only a failure needs explaining; a list that rewrote From passes for its own domain.
    if (!dmarcFailed) return [];
    return [
      {
        id: 'arc-forwarder-no-pass',
        severity: 'medium',
        ...texts(
          msg('finding_arc_forwarder_no_pass_title', { sealer: oldest.sealer, said: record.said, from }),
          msg('finding_arc_forwarder_no_pass_detail', {
            sealer: oldest.sealer,
            list: listPhrase(ctx),
            said: record.said,
            from,
          }),
        ),
        evidence: uniq([record.line, ...headerLines(ctx.message, 'arc-seal')]).slice(0, 4),
      },
    ];
  }
  // Its pass rests on an SPF check at another address than the one its entry line took the message
  // from (lib/findings/arc-record.ts spfCheckedElsewhere): its tenant told it to look past a server
  // in front of it, and that server wrote the address. A forgery relayed by the tenant's own
  // server looks the same as genuine SPF-only mail behind a filter we do not know: never
  // authenticated by the forward, never spoofed (red-team rounds 200 and 202, real-mail round 192).
  if (record.spfElsewhere) {
    if (!dmarcFailed) return [];
    const { named, seen } = record.spfElsewhere;
    return [
      {
        id: 'arc-spf-past-gateway',
        severity: 'medium',
        ...texts(
          msg('finding_arc_spf_past_gateway_title', { sealer: oldest.sealer, from }),
          msg('finding_arc_spf_past_gateway_detail', {
            sealer: oldest.sealer,
            from,
            named,
            seen: seen ?? msg('finding_arc_spf_past_gateway_unreadable'),
          }),
        ),
        evidence: uniq([record.line, ...headerLines(ctx.message, 'arc-seal')]).slice(0, 4),
      },
    ];
  }
  // A sender that signs nothing (SPF only): the forward broke the SPF check of its own server, not
  // a signature (rw49-fastmail-forward-spf-only-gmail-arc-summary).
  const spfOnly = forwardedUnsigned(ctx.message, ctx.analysis.from?.domain);
  const st = dmarcState(ctx);
  return [
    {
      id: 'arc-forwarded',
      severity: st.result === 'pass' ? 'info' : 'low',
      ...texts(
        msg(spfOnly ? 'finding_arc_forwarded_spf_title' : 'finding_arc_forwarded_title', {
          sealer: forwarder.sealer,
        }),
        msg(spfOnly ? 'finding_arc_forwarded_spf_detail' : 'finding_arc_forwarded_detail', {
          sealer: forwarder.sealer,
          list: listPhrase(ctx),
          oldest: oldest.sealer,
          passedBy: record.passedBy ?? '',
          from,
          said: record.said,
        }),
      ),
      evidence: uniq([record.line, ...headerLines(ctx.message, 'arc-seal'), ...providerLines(ctx)]),
    },
  ];
};

/**
 * No DKIM-Signature of the From domain's organisation is on the message, valid or not (an SPF-only
 * sender): read from the headers, so a signature the forward broke, or one offline mode did not
 * check, still counts as the sender's.
 */
function forwardedUnsigned(message: RuleContext['message'], fromDomain: string | undefined): boolean {
  return !!fromDomain && !dkimSignerDomains(message).some((d) => sameOrg(d, fromDomain));
}
