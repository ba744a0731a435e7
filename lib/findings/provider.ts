// The provider's trusted Authentication-Results (RFC 8601) against our own re-check, and
// Authentication-Results that borrow the provider's name without being its own.

import { oneHeaderProvider } from '../auth/authresults';
import { boxWords, gatewayJudged } from '../auth/authresults-provider';
import { alignDomains } from '../auth/dmarc';
import { hostKey } from '../dns/name';
import type { MessageKey } from '../i18n';
import { msg, sentences } from '../i18n/message';
import { isInternalIp, namesAddress } from '../message/ip';
import { isReceiverHost } from '../message/receiver-hosts';
import type { AuthWord, DkimCheck, Finding, ProviderResults } from '../types';
import { claimsAgree, milterRowGrade } from './auth-claims';
import { alignsWithFrom, spfUnaskedBehindNat } from './auth-state';
import { uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

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
  cause: MessageKey;
  /**
   * The provider found no DMARC record where we found one and passed, while its own results list a
   * signature aligned with From passing: a record it could not read (a byte-order mark before
   * `v=DMARC1`, RFC 7489 §6.6.3), not a worse judgement of the message (red-team round 198).
   */
  recordUnread?: boolean;
  /** The provider's worse result was about the reader's trusted gateway, not the sender (atGateway). */
  atGateway?: boolean;
}

/**
 * The receiver's own relay whose connection the provider's SPF check judged, or null: no gateway
 * is trusted, but the provider's results name, in its own words, the address of a hop the origin
 * walk passed above the entry as the receiver's own relay (its filter on the LAN, or a host named
 * under the receiver's domains or by its MX records: Origin.ownRelays), and not the origin's
 * address. A Stalwart store behind the household's own Postfix filter, with no trusted networks
 * set, checks SPF at the filter's 10.46.0.2 and writes spf=fail beside its DKIM and DMARC pass
 * (rw46-stalwart-behind-own-postfix-filter); a box behind its backup MX at a hosting company
 * checks SPF at the backup's address (realworld125-backup-mx-bank-esp): that fail judged the
 * reader's own hand-off, never the sender, whom our check judged at the real origin.
 */
function ownRelayJudged(a: RuleContext['analysis']): string | null {
  const p = a.provider;
  const at = a.origin.hopIndex;
  if (!p || at === null || a.gateway?.trusted) return null;
  const words = p.lines.map(boxWords);
  const origin = a.origin.ip;
  if (origin && words.some((l) => namesAddress(l, origin))) return null;
  for (const h of a.hops) {
    if (h.index >= at || !h.ip || !(isInternalIp(h.ip) || a.origin.ownRelays?.includes(h.ip))) continue;
    if (words.some((l) => namesAddress(l, h.ip!))) return h.rdns ?? h.helo ?? h.ip;
  }
  return null;
}

/**
 * Whether DMARC at the provider could only have rested on SPF: neither it nor we found a DKIM
 * pass aligned with the From domain. A provider's DMARC fail beside an aligned DKIM pass (its own
 * or ours) is not explained by the gateway's address, and stays a disagreement that counts.
 */
function dmarcRestsOnSpf(a: RuleContext['analysis']): boolean {
  const from = a.dmarc.domain ?? a.from?.domain ?? null;
  const ours = a.dkim.some((d) => d.result === 'pass' && (d.aligned || alignDomains(from, d.domain, 'r')));
  const theirs = (a.provider?.dkim ?? []).some(
    (d) => d.result === 'pass' && (!d.domain || alignDomains(from, d.domain, 'r')),
  );
  return !ours && !theirs && !a.dmarc.passedBy.includes('dkim');
}

function dkimCause(ours: DkimCheck | undefined, notExact: boolean): MessageKey {
  if (notExact) return 'finding_provider_cause_not_byte_exact';
  switch (ours?.cause) {
    case 'key-missing':
    case 'key-revoked':
      return 'finding_provider_cause_key_rotated';
    case 'expired':
      return 'finding_provider_cause_expired';
    case 'body-hash-mismatch':
    case 'signature-mismatch':
      return 'finding_provider_cause_changed';
    default:
      return 'finding_provider_cause_other';
  }
}

type ProviderDkim = ProviderResults['dkim'][number];

/** A provider DKIM row's domain and key, lower-case. */
function keyOf(row: ProviderDkim): string {
  return `${(row.domain ?? '').toLowerCase()} ${(row.selector ?? '').toLowerCase()}`;
}

/** A multiset of results in our words: Gmail's neutral (body hash did not verify) is our fail. */
function tally(words: readonly string[]): string {
  return words
    .map((w) => (w === 'neutral' ? 'fail' : w))
    .sort()
    .join(',');
}

/** The provider's DKIM rows grouped by domain and key (keyOf), each group's results tallied. */
function providerTally(rows: readonly ProviderDkim[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const k = keyOf(row);
    groups.set(k, [...(groups.get(k) ?? []), row.result]);
  }
  return new Map([...groups].map(([k, words]) => [k, tally(words)]));
}

function diffs(ctx: RuleContext): Diff[] {
  const a = ctx.analysis;
  const p = a.provider;
  if (!p || a.mode === 'offline') return [];
  const notExact = Boolean(ctx.options.notByteExact || a.meta.notByteExact);
  const out: Diff[] = [];
  const differs = (x: AuthWord, y: AuthWord) =>
    RANK[x] !== undefined && RANK[y] !== undefined && RANK[x] !== RANK[y];
  const worse = (x: AuthWord, y: AuthWord) => (RANK[x] ?? 1) < (RANK[y] ?? 1);
  // Which gateway or own relay the provider judged matters only beside a worse result of its own:
  // asked then, once (most messages have no difference at all).
  let judged: string | null | undefined;
  const atGatewayOrRelay = () => {
    judged ??= gatewayJudged(a.provider, a.gateway, a.origin.ip) ?? ownRelayJudged(a);
    return judged !== null;
  };
  // Behind the receiver's NAT or proxy our SPF check had no address to ask about, and the
  // receiver's checked the NAT's: no two answers to the same question (real-mail round 92: a
  // colleague's signed mail through mailcow's proxy read suspicious on rspamd's softfail).
  if (p.spf && !spfUnaskedBehindNat(a) && differs(p.spf, a.spf.result)) {
    const atGateway = worse(p.spf, a.spf.result) && atGatewayOrRelay();
    out.push({
      method: 'SPF',
      provider: p.spf,
      ours: a.spf.result,
      cause: atGateway ? 'finding_provider_cause_gateway_address' : 'finding_provider_cause_spf_changed',
      atGateway,
    });
  }
  // The provider's DKIM results for each domain and key, tallied once (providerTally).
  const theirTally = providerTally(p.dkim);
  for (const pd of p.dkim) {
    // The provider's result for one signature is compared with ours for the same signature: the
    // same d= and, when the provider names it (header.s), the same selector. A message can carry
    // two signatures of one domain (an application's, broken by a relay's disclaimer, and the
    // tenant's re-signature), and a pass for one is no disagreement with a failure of the other.
    const sameDomain = a.dkim.filter((d) => !pd.domain || d.domain.toLowerCase() === pd.domain.toLowerCase());
    const sameSelector = pd.selector
      ? sameDomain.filter((d) => d.selector.toLowerCase() === pd.selector!.toLowerCase())
      : [];
    const mine = sameSelector.length > 0 ? sameSelector : sameDomain;
    const best = mine.find((d) => d.result === 'pass') ?? mine[0];
    // Gmail writes `dkim=neutral (body hash did not verify)` where we write fail: the same finding.
    const sameBodyFailure = (d: DkimCheck | undefined) =>
      pd.result === 'neutral' && d?.result === 'fail' && d.cause === 'body-hash-mismatch';
    // Two signatures of one domain and key (a firm's submission server and its gateway re-signing
    // after a disclaimer, Exchange Online before and after a signature service: real-mail round
    // 197): the provider's row for the broken one is no disagreement with our pass of the other.
    // Only where the provider's rows for that domain and key hold what ours do, result for result:
    // a broken copy of a field the provider failed agrees with that failure on its own (round 208).
    const agreesWithOne = mine.length > 1 && theirTally.get(keyOf(pd)) === tally(mine.map((d) => d.result));
    if (best && !agreesWithOne && !sameBodyFailure(best) && differs(pd.result, best.result)) {
      out.push({ method: 'DKIM', provider: pd.result, ours: best.result, cause: dkimCause(best, notExact) });
    }
  }
  if (p.dmarc && differs(p.dmarc.result, a.dmarc.result)) {
    // Only when its SPF, the gateway's, did not pass either (a DKIM difference, or a DMARC fail
    // beside its own SPF pass, would be a reason of its own).
    const atGateway =
      p.spf !== 'pass' &&
      worse(p.dmarc.result, a.dmarc.result) &&
      out.every((d) => d.method !== 'DKIM') &&
      dmarcRestsOnSpf(a) &&
      atGatewayOrRelay();
    const from = a.from?.domain;
    const recordUnread =
      p.dmarc.result === 'none' &&
      a.dmarc.result === 'pass' &&
      from !== undefined &&
      p.dkim.some((d) => d.result === 'pass' && d.domain !== null && alignsWithFrom(d.domain, from));
    out.push({
      method: 'DMARC',
      provider: p.dmarc.result,
      ours: a.dmarc.result,
      cause: atGateway ? 'finding_provider_cause_dmarc_gateway' : 'finding_provider_cause_dmarc',
      atGateway,
      ...(recordUnread ? { recordUnread } : {}),
    });
  }
  return out;
}

export const providerRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const out: Finding[] = [];
  const ds = diffs(ctx);
  if (ds.length > 0 && a.provider) {
    // Provider saw worse than we see now: it judged the message at delivery, with the DNS of that
    // time. Not where it judged the reader's trusted gateway instead of the sender (atGateway):
    // that difference is expected, and stays shown as a low note.
    const providerWorse = ds.some(
      (d) => !d.atGateway && !d.recordUnread && (RANK[d.provider] ?? 1) < (RANK[d.ours] ?? 1),
    );
    const trusted = ds.some((d) => d.atGateway) ? gatewayJudged(a.provider, a.gateway, a.origin.ip) : null;
    const relay = ds.some((d) => d.atGateway) && trusted === null ? ownRelayJudged(a) : null;
    const others = ds.some((d) => !d.atGateway);
    const list = ds.map((d) =>
      msg('finding_provider_diff', {
        method: d.method,
        provider: d.provider,
        ours: d.ours,
        cause: msg(d.cause),
      }),
    );
    out.push({
      id: 'provider-disagreement',
      severity: providerWorse ? 'medium' : 'low',
      ...texts(
        msg('finding_provider_disagreement_title', {
          provider: a.provider.authservId,
          methods: uniq(ds.map((d) => d.method)).join(', '),
        }),
        sentences([
          ...list,
          ...(trusted !== null ? [msg('finding_provider_disagreement_gateway', { gateway: trusted })] : []),
          ...(relay !== null ? [msg('finding_provider_disagreement_own_relay', { gateway: relay })] : []),
          ...(others
            ? [
                msg(
                  providerWorse
                    ? 'finding_provider_disagreement_worse'
                    : a.provider.proven
                      ? 'finding_provider_disagreement_proven'
                      : 'finding_provider_disagreement_unproven',
                ),
              ]
            : []),
        ]),
      ),
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
      ...texts(
        msg('finding_second_provider_auth_results_title', { name: h.authservId }),
        msg('finding_second_provider_auth_results_detail', { provider: a.provider!.authservId }),
      ),
      evidence: [h.line],
    });
  }
  if (a.provider && a.provider.fromMismatch.length > 0) {
    const from = a.from?.domain ?? '(none)';
    const list = a.provider.fromMismatch.map((m) => `${m.method}=${m.result} for ${m.headerFrom}`);
    out.push({
      id: 'provider-from-mismatch',
      severity: 'medium',
      ...texts(
        msg('finding_provider_from_mismatch_title', { from }),
        msg('finding_provider_from_mismatch_detail', { results: list.join(', '), from }),
      ),
      evidence: [a.provider.lines[0] ?? ''],
    });
  }
  const gatewayDomains = (ctx.options.trustedGateways?.domains ?? []).map((d) =>
    hostKey(String(d)).replace(/^\*\./, ''),
  );
  /** The one low finding for the rows in a Postfix box's milter run. */
  let milterRun: Finding | null = null;
  for (const h of a.authResults.filter((r) => r.forged)) {
    // Proton Mail and Coremail write their results under their own entry line, where a sender's
    // forgery would sit too: HeaderLens never trusts such a header. When it checked the message
    // itself and every result the header states is its own, the header deceives no one: low.
    const agrees = claimsAgree(h.results, ctx);
    if (h.underOwnEntry) {
      const grade = milterRowGrade(h, agrees, ctx);
      if (grade === null) continue;
      if (grade === 'low') {
        // One finding for the box's run, however many milters wrote into it.
        if (milterRun) milterRun.evidence.push(h.line);
        else {
          milterRun = {
            id: 'forged-auth-results',
            severity: 'low',
            ...texts(
              msg('finding_forged_auth_results_under_entry_title', { name: h.authservId }),
              msg('finding_forged_auth_results_under_entry_detail', { name: h.authservId }),
            ),
            evidence: [h.line],
          };
          out.push(milterRun);
        }
        continue;
      }
    }
    // Under the name of a gateway the reader trusts, which this message does not show handing it
    // over (offline behind a box that prints no name for it: rw58-exchange-cisco-by-name-signed-offline):
    // the sender's or the reader's own gateway's, which HeaderLens cannot tell; not called fake.
    const gateway = !agrees && isReceiverHost(h.authservId, gatewayDomains);
    const key = agrees ? 'agrees_' : gateway ? 'gateway_' : '';
    out.push({
      id: 'forged-auth-results',
      severity: agrees ? 'low' : 'medium',
      ...texts(
        msg(`finding_forged_auth_results_${key}title` as MessageKey, { name: h.authservId }),
        msg(`finding_forged_auth_results_${key}detail` as MessageKey, { name: h.authservId }),
      ),
      evidence: [h.line],
    });
  }
  return out;
};
