// The provider's trusted Authentication-Results (RFC 8601) against our own re-check, and
// Authentication-Results that borrow the provider's name without being its own.

import { oneHeaderProvider } from '../auth/authresults';
import { boxWords, dkimDomain, gatewayJudged, sameDomain } from '../auth/authresults-provider';
import { alignDomains } from '../auth/dmarc';
import { hostKey, idnaHostname } from '../dns/name';
import type { MessageKey } from '../i18n';
import { msg, sentences } from '../i18n/message';
import { isInternalIp, namesAddress } from '../message/ip';
import { isReceiverHost, receiverDomains } from '../message/receiver-hosts';
import type { AuthResultEntry, AuthResultsHeader, AuthWord, DkimCheck, Finding } from '../types';
import { spfUnaskedBehindNat } from './auth-state';
import { dkimSignerDomains, uniq } from './evidence';
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

function diffs(ctx: RuleContext): Diff[] {
  const a = ctx.analysis;
  const p = a.provider;
  if (!p || a.mode === 'offline') return [];
  const notExact = Boolean(ctx.options.notByteExact || a.meta.notByteExact);
  const out: Diff[] = [];
  const differs = (x: AuthWord, y: AuthWord) =>
    RANK[x] !== undefined && RANK[y] !== undefined && RANK[x] !== RANK[y];
  const worse = (x: AuthWord, y: AuthWord) => (RANK[x] ?? 1) < (RANK[y] ?? 1);
  const gateway = gatewayJudged(a.provider, a.gateway, a.origin.ip) ?? ownRelayJudged(a);
  // Behind the receiver's NAT or proxy our SPF check had no address to ask about, and the
  // receiver's checked the NAT's: no two answers to the same question (real-mail round 92: a
  // colleague's signed mail through mailcow's proxy read suspicious on rspamd's softfail).
  if (p.spf && !spfUnaskedBehindNat(a) && differs(p.spf, a.spf.result)) {
    const atGateway = gateway !== null && worse(p.spf, a.spf.result);
    out.push({
      method: 'SPF',
      provider: p.spf,
      ours: a.spf.result,
      cause: atGateway ? 'finding_provider_cause_gateway_address' : 'finding_provider_cause_spf_changed',
      atGateway,
    });
  }
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
    const sameBodyFailure =
      pd.result === 'neutral' && best?.result === 'fail' && best.cause === 'body-hash-mismatch';
    if (best && !sameBodyFailure && differs(pd.result, best.result)) {
      out.push({ method: 'DKIM', provider: pd.result, ours: best.result, cause: dkimCause(best, notExact) });
    }
  }
  if (p.dmarc && differs(p.dmarc.result, a.dmarc.result)) {
    // Only when its SPF, the gateway's, did not pass either (a DKIM difference, or a DMARC fail
    // beside its own SPF pass, would be a reason of its own).
    const atGateway =
      gateway !== null &&
      p.spf !== 'pass' &&
      worse(p.dmarc.result, a.dmarc.result) &&
      out.every((d) => d.method !== 'DKIM') &&
      dmarcRestsOnSpf(a);
    out.push({
      method: 'DMARC',
      provider: p.dmarc.result,
      ours: a.dmarc.result,
      cause: atGateway ? 'finding_provider_cause_dmarc_gateway' : 'finding_provider_cause_dmarc',
      atGateway,
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
    const providerWorse = ds.some((d) => !d.atGateway && (RANK[d.provider] ?? 1) < (RANK[d.ours] ?? 1));
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

/**
 * RFC 8601 result words that claim no pass. Anything else a row states (`bestguesspass`, a word of
 * its own) is taken as a pass it claims, as parseAuthResults's HELO rule takes every `…pass`.
 */
const NO_PASS = new Set([
  'fail',
  'softfail',
  'hardfail',
  'neutral',
  'none',
  'temperror',
  'permerror',
  'policy',
]);

/**
 * A row under the reader's own id where a Postfix or Sendmail box's milters write theirs
 * (`underOwnEntry`: the box's or the sender's, which nothing in the message tells apart; never
 * counted). Online, a row stating only what HeaderLens found itself deceives no one: no finding;
 * one that claims no pass HeaderLens did not find (a temperror or a fail at delivery) gains a sender
 * nothing, nor one whose only unconfirmed passes are about the From domain's own organisation when
 * HeaderLens's own DMARC passes for it (a key rotated or an SPF record changed since delivery): low.
 * A pass it did not find otherwise: medium, called fake. Offline, graded by what the box's other
 * rows say: low unless one contradicts it (which a sender's row added under the box's own does),
 * then medium.
 */
function milterRowGrade(h: AuthResultsHeader, agrees: boolean, ctx: RuleContext): 'low' | 'medium' | null {
  const a = ctx.analysis;
  if (a.mode === 'online') {
    if (agrees) return null;
    const unconfirmed = h.results.filter(
      (r) => !NO_PASS.has(r.result.toLowerCase()) && !claimsAgree([r], ctx) && !aboutOwnPassingOrg(r, ctx),
    );
    return unconfirmed.length === 0 ? 'low' : 'medium';
  }
  const others = a.authResults.filter((o) => o !== h && (o.trusted || o.underOwnEntry));
  const signers = dkimSignerDomains(ctx.message);
  return h.results.some((r) => contradicted(r, others, a, signers)) ? 'medium' : 'low';
}

/**
 * A pass about what the box itself checked of the From domain's own organisation, when HeaderLens's
 * own DMARC passes for it: SPF for the envelope HeaderLens checked, DKIM for a signature the message
 * carries, DMARC for the From domain (not a sibling of it the sender controls, nor an identity the
 * message does not hold: r178-subdomain-takeover-rows-claim-apex-dkim-and-dmarc-online,
 * r178-replay-bank-notice-row-claims-bank-envelope-spf-online).
 */
function aboutOwnPassingOrg(r: AuthResultEntry, ctx: RuleContext): boolean {
  const a = ctx.analysis;
  if (a.dmarc.result !== 'pass') return false;
  const from = a.dmarc.domain ?? a.from?.domain ?? null;
  switch (r.method.toLowerCase()) {
    case 'spf': {
      const identity = r.props['smtp.mailfrom'] ?? r.props['smtp.mail'];
      if (identity !== undefined)
        return sameDomain(identity, a.spf.domain) && alignDomains(from, a.spf.domain, 'r');
      // A box whose SPF check stopped at a passing HELO writes only that (smtp.subspace.kernel.org:
      // `spf=pass smtp.helo=mailgw01.mediatek.com`; real-mail round 171): the HELO the entry line
      // shows, in the From's organisation.
      const helo = r.props['smtp.helo'];
      return helo !== undefined && entryHelo(helo, a) && alignDomains(from, helo, 'r');
    }
    case 'dkim': {
      const d = dkimIdentityHolds(r) ? dkimDomain(r) : null;
      return d !== null && namesSigner(r, dkimSignerDomains(ctx.message)) && alignDomains(from, d, 'r');
    }
    case 'dmarc': {
      const hf = r.props['header.from'];
      return hf !== undefined && from !== null && sameDomain(hf, from);
    }
    default:
      return false;
  }
}

/** Whether `helo` is the HELO the receiver's entry line records. */
function entryHelo(helo: string, a: RuleContext['analysis']): boolean {
  return a.origin.helo !== null && a.origin.helo !== undefined && sameDomain(helo, a.origin.helo);
}

/**
 * Whether a DKIM result names a signature the message carries: its header.d is a signer's d=, or,
 * without one, its header.i's domain is at a signer's d= or under it. A result naming neither
 * names no signature, and is not taken as naming one.
 */
function namesSigner(r: AuthResultEntry, signers: readonly string[]): boolean {
  const given = r.props['header.d'];
  if (given) return signers.includes(hostKey(given));
  const d = dkimDomain(r);
  if (d === null) return true;
  const i = hostKey(d);
  return signers.some((s) => i === s || i.endsWith(`.${s}`));
}

/**
 * Whether the message or another row of the box (`others`: trusted, or in the same milter run)
 * says otherwise than `r`, offline. The same identity with another result; and what a message holds
 * once: a dkim=none (no signature at all) against any other DKIM result, a DKIM result for a domain
 * no DKIM-Signature of the message names, a DMARC result for another domain than From or another
 * DMARC result at all, a DMARC pass with neither a signature nor an envelope aligned with From
 * (or the envelope's SPF failing in the box's rows), SPF for another envelope than the box's
 * Return-Path, SPF by a HELO the
 * entry line does not show, or by HELO beside a non-null envelope the box also wrote SPF about.
 */
function contradicted(
  r: AuthResultEntry,
  others: AuthResultsHeader[],
  a: RuleContext['analysis'],
  signers: readonly string[],
): boolean {
  const method = r.method.toLowerCase();
  const mine = r.result.toLowerCase();
  const key = identityKey(r);
  if (method === 'dmarc') {
    const from = r.props['header.from'];
    if (from !== undefined && a.from?.domain && !sameDomain(from, a.from.domain)) return true;
  }
  if (method === 'dkim' && mine !== 'none' && !namesSigner(r, signers)) return true;
  const envelope = a.returnPath?.includes('@') ? a.returnPath.slice(a.returnPath.lastIndexOf('@') + 1) : null;
  if (method === 'dmarc' && mine === 'pass') {
    // A DMARC pass needs a signature aligned with From, or SPF aligned with it: with neither in the
    // message, nothing could have produced it (r179-offline-*-dmarc-pass-*).
    // In A-labels, as signers and envelopes are written (OpenDMARC writes a U-label From as it is:
    // r178-genuine-idn-from-opendmarc-row-u-label-offline).
    const written = r.props['header.from'] ?? a.from?.domain ?? null;
    const from = written === null ? null : /^[\x00-\x7f]*$/.test(written) ? written : idnaHostname(written);
    // Not a signature the box's own counted rows found failing, and none found passing
    // (r180-amavis-trusted-dkim-fail-bank-bogus-signature-then-dmarc-pass-offline).
    const boxSaid = (d: string, pass: boolean) =>
      others.some(
        (o) =>
          o.trusted &&
          o.results.some(
            (x) =>
              x.method.toLowerCase() === 'dkim' &&
              hostKey(dkimDomain(x) ?? '') === d &&
              (x.result.toLowerCase() === 'pass') === pass,
          ),
      );
    const signed = signers.some(
      (d) => alignDomains(from, d, 'r') && !(boxSaid(d, false) && !boxSaid(d, true)),
    );
    const spfFailed = (o: AuthResultsHeader) =>
      o.results.some(
        (x) =>
          x.method.toLowerCase() === 'spf' &&
          x.result.toLowerCase() !== 'pass' &&
          envelope !== null &&
          sameDomain(x.props['smtp.mailfrom'] ?? x.props['smtp.mail'] ?? '', envelope),
      );
    // A null envelope (Return-Path: <>) leaves the HELO as SPF's identity (RFC 7208 §2.4): the one
    // the entry line shows (r180-null-envelope-attacker-helo-unsigned-dmarc-pass-row-offline).
    const spfCould =
      envelope !== null
        ? alignDomains(from, envelope, 'r') && !others.some(spfFailed)
        : a.returnPath !== ''
          ? true
          : a.origin.helo !== null && a.origin.helo !== undefined && alignDomains(from, a.origin.helo, 'r');
    if (from !== null && !signed && !spfCould) return true;
  }
  if (method === 'spf') {
    const mailfrom = r.props['smtp.mailfrom'] ?? r.props['smtp.mail'];
    if (mailfrom !== undefined) {
      if (envelope !== null && !sameDomain(mailfrom, envelope)) return true;
    } else if (r.props['smtp.helo']) {
      // By a HELO the entry line does not show; or beside a non-null envelope where the box also
      // wrote an SPF result for it (a box whose check stops at a passing HELO writes only that:
      // real-mail round 171).
      if (!entryHelo(r.props['smtp.helo'], a)) return true;
      const boxSpf = others.some((o) => o.results.some((x) => x.method.toLowerCase() === 'spf'));
      if (envelope !== null && boxSpf) return true;
    }
  }
  return others.some((o) =>
    o.results.some((x) => {
      if (x.method.toLowerCase() !== method) return false;
      const theirs = x.result.toLowerCase();
      if (theirs === mine) return false;
      if (method === 'dmarc') return true;
      if (method === 'dkim' && (theirs === 'none' || mine === 'none')) return true;
      return identityKey(x) === key;
    }),
  );
}

/** A result's method and the identity it is about, for comparing two rows' results. */
function identityKey(r: AuthResultEntry): string {
  const method = r.method.toLowerCase();
  const p = r.props;
  const about =
    method === 'spf'
      ? (p['smtp.mailfrom'] ?? p['smtp.mail'] ?? p['smtp.helo'] ?? '').replace(/^.*@/, '')
      : method === 'dkim'
        ? (dkimDomain(r) ?? '')
        : method === 'dmarc'
          ? (p['header.from'] ?? '')
          : '';
  return `${method} ${hostKey(about)}`;
}

/**
 * Whether HeaderLens checked the message itself (online) and every result `results` states is one
 * it found, for the same identity: SPF for the envelope domain it checked, DKIM for a signature of
 * that domain, DMARC for the From domain, ARC. Any other method, or a result without its identity,
 * does not agree.
 */
export function claimsAgree(results: ReadonlyArray<AuthResultEntry>, ctx: RuleContext): boolean {
  const a = ctx.analysis;
  if (a.mode !== 'online' || results.length === 0) return false;
  return results.every((r) => {
    const result = r.result.toLowerCase();
    switch (r.method.toLowerCase()) {
      case 'spf': {
        const identity = r.props['smtp.mailfrom'] ?? r.props['smtp.mail'] ?? r.props['smtp.helo'];
        return identity !== undefined && sameDomain(identity, a.spf.domain) && result === a.spf.result;
      }
      case 'dkim': {
        // "dkim=none" names no signature: it agrees when HeaderLens found none either (an unsigned
        // message under a box's OpenDKIM row: real-mail round 169).
        if (result === 'none' && a.dkim.length === 0) return true;
        // header.d of one domain and header.i of another names what no signature can be (RFC 6376
        // §3.5): the reader reads the i= (r177-pnone-dkim-row-header-d-attacker-header-i-bank-online).
        if (!dkimIdentityHolds(r)) return false;
        const d = dkimDomain(r);
        return d !== null && a.dkim.some((k) => sameDomain(k.domain, d) && k.result === result);
      }
      case 'dmarc': {
        const from = r.props['header.from'];
        return from !== undefined && sameDomain(from, a.dmarc.domain) && result === a.dmarc.result;
      }
      case 'arc':
        // OpenARC's "arc=none" under the box's entry records the chain before the box sealed it:
        // it agrees when the only ARC set is the reader's own (i=1, sealed by its domain) and it
        // verifies (a set a sender seals under the reader's name cannot:
        // r177-pnone-attacker-arc-seal-reader-domain-arc-none-row-online).
        return (
          result === a.arc.result ||
          (result === 'none' &&
            a.arc.result === 'pass' &&
            a.arc.instances === 1 &&
            readersOwnSealer(a.arc.sealers[0] ?? '', ctx))
        );
      // OpenDKIM's "dkim-atps=neutral" (RFC 6541, no third-party authorisation asked) claims nothing.
      case 'dkim-atps':
        return result === 'neutral' || result === 'none';
      default:
        return false;
    }
  });
}

/** Whether an ARC sealer's domain is the reader's (its trusted authserv-ids' or recipient domains'). */
function readersOwnSealer(sealer: string, ctx: RuleContext): boolean {
  if (sealer === '') return false;
  const o = ctx.options;
  const domains = [
    ...receiverDomains(o.trustedAuthservIds ?? []),
    ...(o.recipientDomains ?? []).map((d) => hostKey(String(d))),
  ];
  const d = hostKey(sealer);
  return domains.some((x) => d === x || d.endsWith(`.${x}`));
}

/** A DKIM result's header.i, when it has one, is at its header.d or under it (RFC 6376 §3.5). */
function dkimIdentityHolds(r: AuthResultEntry): boolean {
  const d = r.props['header.d'];
  const i = r.props['header.i'];
  if (!d || !i?.includes('@')) return true;
  const id = hostKey(i.slice(i.lastIndexOf('@') + 1));
  const dk = hostKey(d);
  return id === dk || id.endsWith(`.${dk}`);
}
