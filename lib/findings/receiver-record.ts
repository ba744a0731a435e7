// Exchange Online's own record of how a message authenticated when it arrived, read for one
// question only: did the reader's organisation change the message after that check? Tenants add
// "CAUTION: this email originated from outside" banners and "[EXTERNAL]" subject tags with
// mail-flow rules, after Exchange Online Protection (EOP) checked the message: the stored copy
// then fails the sender's DKIM body (or header) hash, and a sender whose only aligned check is
// DKIM (a newsletter through an email service, SPF for the service's own domain) read "spoofed".
//
// EOP writes its Authentication-Results without an authserv-id, so the Outlook profile trusts no
// id (lib/webmail/profiles.ts) and the engine never takes them as the provider's results. This
// rule reads only the one header EOP writes directly above its own entry Received line (the
// inbound frontend `*.mail.protection.outlook.com`, as the Outlook profile's entry rule finds it),
// where no sender can write: everything a sender writes lies below the entry line.
//
// Thinking as the attacker: a body changed by anyone before EOP (a replayed signed message with
// new text) fails at EOP too, which then records dkim=fail, not a pass: no excuse. A forged
// "dkim=pass" of the sender's own sits below the entry line and is never read. And the excuse
// never authenticates: the verdict is "unverified" (lib/findings/verdict.ts, changed-after-entry).
import { dkimDomain, sameDomain } from '../auth/authresults-provider';
import { parseAuthResultsValue } from '../auth/authresults-syntax';
import { msg } from '../i18n/message';
import type { AuthResultEntry, DkimCheck, Finding } from '../types';
import { trustedForwarderRecordedNoPass } from './arc';
import {
  alignsWithFrom,
  dmarcState,
  envelopeDomain,
  hasAlignedPass,
  KEY_NAME,
  sharedSpfPass,
} from './auth-state';
import { bodyLengthFinding } from './dkim';
import { sameOrg } from './domains';
import { eopEntryCandidates, eopEntryResults, eopSignedBeforeChange, recordsDmarc } from './eop-record';
import { entryFieldIndex, uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

/**
 * The aligned signatures our check failed on a hash and Exchange Online recorded passing when the
 * message arrived (with a DMARC pass for the From domain), with EOP's header; null when that is
 * not the case. They vouch for the From domain as they did on the unchanged message: the rules
 * that ask what a sole vouching signature covers (an added Reply-To, an old signature) ask them.
 */
type Vouched = { signatures: DkimCheck[]; line: string };

/** entryVouched's answer per rule context: three rules ask it for each analysis. */
const vouchedFor = new WeakMap<RuleContext, Vouched | null>();

export function entryVouched(ctx: RuleContext): Vouched | null {
  const a = ctx.analysis;
  const from = a.from?.domain;
  // Cheapest first: every analysis asks (this rule, the Reply-To and replay rules).
  if (a.meta.profile?.name !== 'outlook' || a.mode !== 'online' || !from) return null;
  const known = vouchedFor.get(ctx);
  if (known !== undefined) return known;
  const answer = vouchedBy(ctx, from);
  vouchedFor.set(ctx, answer);
  return answer;
}

/**
 * The signatures aligned with From, when there is one and each fails only because its key is no
 * longer published or revoked (with `unusable`, also no longer one it can use: mailauth's neutral
 * for a malformed key) under names DNS can hold; else null.
 */
function keysGone(dkim: DkimCheck[], unusable: boolean): DkimCheck[] | null {
  const aligned = dkim.filter((d) => d.aligned);
  const gone = (d: DkimCheck) =>
    d.cause === 'key-missing' ||
    d.cause === 'key-revoked' ||
    (unusable && d.cause === 'malformed' && d.result === 'neutral');
  return aligned.length > 0 &&
    aligned.every((d) => gone(d) && KEY_NAME.test(d.selector) && KEY_NAME.test(d.domain))
    ? aligned
    : null;
}

/**
 * Our DMARC fail rests only on keys that are gone (the aligned signatures' keys no longer
 * published, or revoked), no aligned SPF pass, while Exchange Online's own record above its entry
 * line says that signer passed and DMARC passed when the message arrived: mail read after its
 * sender rotated the key away. A sender cannot remove the bank's key, nor write that record: the
 * excuse is changed-after-entry's ("unverified", never "spoofed";
 * rw12-prov-eop-header-d-uppercase-key-rotated-outlook). Outlook profile only.
 */
function keyGoneAfterEntry(ctx: RuleContext, from: string): Finding[] | null {
  const a = ctx.analysis;
  if (a.meta.profile?.name !== 'outlook' || a.mode !== 'online') return null;
  if (a.spf.result === 'pass' && a.spf.aligned) return null;
  // The key gone, revoked, or no longer one this signature can use (a record cut by a DNS panel,
  // the selector reused for another algorithm): mailauth's neutral, not a signature our strict
  // reading refused (permerror).
  const aligned = keysGone(a.dkim, true);
  if (!aligned) return null;
  if (dmarcState(ctx).result !== 'fail') return null;
  const eop = eopEntryResults(ctx);
  if (!eop) return null;
  const results = eop.results;
  const signer = aligned.find((d) =>
    results.some((r) => r.method === 'dkim' && r.result === 'pass' && sameDomain(d.domain, dkimDomain(r))),
  );
  if (!signer || !recordsDmarc(results, from, 'pass')) return null;
  return [
    {
      id: 'key-gone-after-entry',
      severity: 'low',
      ...texts(
        msg('finding_key_gone_after_entry_title', { domain: from }),
        msg('finding_key_gone_after_entry_detail', { domain: from, signer: signer.domain }),
      ),
      evidence: uniq([eop.line, signer.line ?? ''].filter(Boolean)),
    },
  ];
}

/**
 * The same for SPF: no signature vouches, our SPF check does not pass aligned now, but Exchange
 * Online's own record above its entry line says SPF passed for an envelope domain aligned with
 * From, and DMARC passed, when the message arrived: the sender's SPF record changed since (a shop
 * that moved its mail; rw13-prov-eop-in-message-return-path-above-eops-spf-changed-outlook). An
 * envelope no DNS name holds (espoofer's quotes and parentheses) never counts.
 */
function spfChangedAfterEntry(ctx: RuleContext, from: string): Finding[] | null {
  const a = ctx.analysis;
  if (a.meta.profile?.name !== 'outlook' || a.mode !== 'online') return null;
  // No signature of the From's domain at all (key-gone-after-entry speaks for signed mail).
  if ((a.spf.result === 'pass' && a.spf.aligned) || a.dkim.some((d) => d.aligned)) return null;
  if (dmarcState(ctx).result !== 'fail') return null;
  const eop = eopEntryResults(ctx);
  if (!eop) return null;
  const results = eop.results;
  if (!recordsDmarc(results, from, 'pass')) return null;
  const envelope = results
    .filter((r) => r.method === 'spf' && r.result === 'pass')
    .map((r) => envelopeDomain(r.props['smtp.mailfrom'] ?? ''))
    .find((domain) => domain !== null && KEY_NAME.test(domain) && alignsWithFrom(domain, from));
  if (!envelope) return null;
  // Handed over by a well-known gateway the reader has not trusted: Exchange Online may have looked
  // past it to the real sender (Enhanced Filtering for Connectors), which our check does not do;
  // the record need not have changed (real-mail round 100, MessageLabs in front of a tenant).
  const gateway = a.gateway && !a.gateway.trusted ? (a.gateway.name ?? a.gateway.host ?? null) : null;
  return [
    {
      id: 'spf-changed-after-entry',
      severity: 'low',
      ...texts(
        gateway
          ? msg('finding_spf_behind_gateway_title', { domain: from, name: gateway })
          : msg('finding_spf_changed_after_entry_title', { domain: from }),
        gateway
          ? msg('finding_spf_behind_gateway_detail', { domain: from, envelope, name: gateway })
          : msg('finding_spf_changed_after_entry_detail', { domain: from, envelope }),
      ),
      evidence: [eop.line],
    },
  ];
}

function vouchedBy(ctx: RuleContext, from: string): Vouched | null {
  const a = ctx.analysis;
  const st = dmarcState(ctx);
  if (st.result !== 'fail' || st.source !== 'ours') return null;
  if (a.spf.result === 'pass' && a.spf.aligned) return null;
  return eopSignedBeforeChange(ctx, from);
}

/**
 * Exchange Online's record of a DMARC fail for the From domain, when our own check could not
 * decide: the body was over the hashing limit (a spoof padded past it), or the copy is not
 * byte-exact (reencodingCouldExplain set our fail aside). EOP checked the original bytes at
 * arrival; its header above the entry line is no sender's, and a fail read from it only ever
 * makes the verdict stricter (red-team rounds 8 and 9; verdict row dmarc-fail).
 */
function recordedFail(ctx: RuleContext, from: string): Finding[] {
  const a = ctx.analysis;
  if (a.meta.profile?.name !== 'outlook') return [];
  const offline = a.mode === 'offline';
  // Read as offline: only a fail EOP enforced (below).
  let strict = offline;
  if (!offline) {
    const st = dmarcState(ctx);
    const undecided = st.unreliable || (st.result === 'temperror' && a.meta.bounds?.bodyHashed === false);
    // A DNS fault kept our own check from deciding (a blocked DoH, the domain's server failing): a
    // forger's lookups can be made to fail, so EOP's record decides as offline (red-team round 198);
    // not while the reader's own MX is unknown (the server may be its backup MX, as dmarcState reads).
    const dnsFault = st.result === 'temperror' && a.origin.receiverMxUnknown === undefined;
    if (a.mode !== 'online' || (!undecided && !dnsFault)) return [];
    strict = !undecided;
  }
  // Any of the headers there: a second one the sender smuggled in beside EOP's (a CRLF in its
  // HELO) must not hide EOP's fail; the sender's own can only make its message stricter (red-team
  // round 10). Offline, where nothing of our own decides, only a fail EOP enforced: DMARC failed
  // at a policy of reject or quarantine and its composite check failed too (a list's post it
  // excused by an ARC seal records compauth=pass): Direct Send from a rented server as the
  // tenant's own CEO (probe61-direct-send-vps-ceo-to-ap-reject-offline).
  // Also a fail EOP excused only because of an ARC chain (compauth=pass reason=130): offline the
  // chain's sealers are then read from the headers (lib/findings/arc.ts, eopVouchesArc), and the
  // fail stands unless a forwarder whose word is taken recorded a pass
  // (probe70-own-sealer-eop-i2-compauth-130-offline: the attacker's own sealer, trusted in the
  // tenant's settings, reads suspicious as online).
  const eop = eopEntryCandidates(ctx).find((h) => {
    const results = h.results;
    return (
      recordsDmarc(results, from, 'fail') &&
      (!strict ||
        enforcedFail(results, from) ||
        // At a policy EOP would act on (not p=none, where a misconfigured sender's genuine mail
        // fails too), where EOP vouched for an ARC chain (compauth=pass reason=130, or arc=pass
        // beside another reason: probe71-gmail-forward-spoof-eop-arc-pass-reason-405-outlook-offline)
        // and its trusted forwarder recorded no pass.
        (actedFail(results, from) && trustedForwarderRecordedNoPass(ctx)))
    );
  });
  if (!eop) return [];
  return [
    {
      id: 'receiver-recorded-fail',
      severity: 'high',
      ...texts(
        msg('finding_receiver_recorded_fail_title', { domain: from }),
        msg(
          offline ? 'finding_receiver_recorded_fail_offline_detail' : 'finding_receiver_recorded_fail_detail',
          {
            domain: from,
          },
        ),
      ),
      evidence: [eop.line],
    },
  ];
}

/** EOP's DMARC fail for the From domain acted on (action=reject/quarantine, or EOP's o-variants), with compauth=fail. */
function enforcedFail(results: AuthResultEntry[], from: string): boolean {
  return actedFail(results, from) && results.some((r) => r.method === 'compauth' && r.result === 'fail');
}

/** EOP's DMARC fail for the From domain at a policy it acts on (action=reject/quarantine, or EOP's o-variants). */
function actedFail(results: AuthResultEntry[], from: string): boolean {
  return results.some(
    (r) =>
      r.method === 'dmarc' &&
      r.result === 'fail' &&
      sameDomain(from, r.props['header.from'] ?? null) &&
      // oreject (EOP overrode the tenant's policy), o.reject as Microsoft documents it, and
      // pct.quarantine/pct.reject where the domain's pct= sampled this failure out: the same fail
      // (probe62-direct-send-vps-ceo-action-pct-quarantine-offline).
      /^(?:o\.?|pct\.)?(?:reject|quarantine)$/i.test(r.props.action ?? ''),
  );
}

/**
 * The receiver's own Received-SPF above its entry line (policyd-spf's default: it writes this
 * header instead of Authentication-Results) records that the From organisation's own envelope
 * failed at delivery: the message was not that organisation's then either (probe18).
 */
function receivedSpfFailed(ctx: RuleContext, from: string): boolean {
  const a = ctx.analysis;
  if (!a.spf.domain || !sameOrg(a.spf.domain, from)) return false;
  const entryAt = entryFieldIndex(ctx);
  if (entryAt === undefined) return false;
  const failed = ctx.message.headers.some(
    (h) =>
      h.index < entryAt &&
      h.key === 'received-spf' &&
      // A hard fail of the envelope (identity=mailfrom): a softfail is a sender that forgot a
      // service in its record, and a HELO check says nothing of the envelope (realworld21).
      /^\s*fail\b/i.test(h.rawValue) &&
      !/identity\s*=\s*helo/i.test(h.rawValue),
  );
  return failed && !sameBoxPassed(ctx, from, entryAt);
}

/**
 * The same box, in the same place, also recorded the message as the From organisation's: an
 * Authentication-Results above the entry line whose authserv-id is the entry line's own `by` host
 * records DMARC pass for the From domain and a DKIM pass for every aligned signature we read, by
 * its domain and selector (OpenDKIM and OpenDMARC beside policyd-spf; realworld22: a sender whose
 * CRM was missing from SPF, its aligned signature passing then, read with no options, where only
 * position says whose the headers are, as for the Received-SPF itself). The SPF failure was then
 * the sender's forgotten service, not a forgery.
 */
function sameBoxPassed(ctx: RuleContext, from: string, entryAt: number): boolean {
  const a = ctx.analysis;
  const by = a.origin.hopIndex === null ? null : a.hops[a.origin.hopIndex]?.by;
  const aligned = a.dkim.filter((d) => d.aligned && !!d.domain && !!d.selector);
  if (!by || aligned.length === 0) return false;
  const results = ctx.message.headers
    .filter((h) => h.index < entryAt && h.key === 'authentication-results')
    .map((h) => parseAuthResultsValue(h.rawValue))
    .filter((r) => !r.malformed && r.authservId.toLowerCase() === by.toLowerCase())
    .flatMap((r) => r.results);
  return (
    recordsDmarc(results, from, 'pass') &&
    aligned.every((d) =>
      results.some(
        (r) =>
          r.method === 'dkim' &&
          r.result === 'pass' &&
          sameDomain(d.domain, dkimDomain(r)) &&
          (r.props['header.s'] ?? '').toLowerCase() === d.selector.toLowerCase(),
      ),
    )
  );
}

/** A message delivered this long before it is read has outlived keys senders rotate away. */
export const OLD_DELIVERY_DAYS = 180;

/**
 * Any webmail, no record needed: our DMARC fail rests only on keys that are gone (as in
 * keyGoneAfterEntry) and no aligned SPF pass, and the message was delivered more than
 * OLD_DELIVERY_DAYS before this analysis, by the date on the topmost Received line (the reader's
 * own receiver writes it; a sender cannot make a fresh delivery look old). An archived message
 * read after its sender retired the key (rw15): DNS today cannot say what it said then, so the
 * failure is not evidence of a forgery. Unverified (changed-after-entry's excuse), never spoofed;
 * a signature that does not match an existing key, or a changed body, still counts.
 */
function keyGoneSinceDelivery(ctx: RuleContext, from: string): Finding[] | null {
  const a = ctx.analysis;
  if (a.mode !== 'online' || ctx.options.attached || (a.spf.result === 'pass' && a.spf.aligned)) return null;
  // The reader's own provider recorded a failure at delivery: the key was gone then, not since.
  const p = a.provider;
  if (
    p &&
    (p.dmarc?.result === 'fail' ||
      p.dkim.some((d) => d.result !== 'pass' && !!d.domain && sameOrg(d.domain, from)) ||
      // An SPF-only receiver's record that the From organisation's own envelope failed
      // (probe17: policyd-spf set to tag, not reject): the message was not its then either.
      ((p.spf === 'fail' || p.spf === 'softfail') && !!a.spf.domain && sameOrg(a.spf.domain, from)))
  )
    return null;
  // So did Exchange Online, in its own header above its entry line, which the Outlook profile
  // reads by position rather than as the provider's results (probe15-key-gone-outlook-…).
  const eopFailed = eopEntryCandidates(ctx).some((h) => {
    const results = h.results;
    return (
      recordsDmarc(results, from, 'fail') ||
      results.some((r) => r.method === 'dkim' && r.result !== 'pass' && sameOrg(dkimDomain(r) ?? '', from))
    );
  });
  if (eopFailed || receivedSpfFailed(ctx, from)) return null;
  const aligned = keysGone(a.dkim, false);
  if (!aligned || dmarcState(ctx).result !== 'fail') return null;
  // A provider that recorded DKIM results but none for these signers said nothing about their
  // keys: OpenDKIM checks only the first three signatures by default (MaximumSignaturesToVerify),
  // so three of the sender's own above a made-up one leave it unrecorded
  // (probe15-key-gone-opendkim-three-signatures-above-bank). Only a recorded pass was a key then.
  if (
    p &&
    // Results naming a signer: Zoho's bare `dkim=pass` names none, and says nothing either way.
    p.dkim.some((d) => !!d.domain) &&
    !aligned.every((s) =>
      p.dkim.some(
        (d) =>
          d.result === 'pass' &&
          !!d.domain &&
          sameDomain(d.domain, s.domain) &&
          (d.selector === null || d.selector.toLowerCase() === s.selector.toLowerCase()),
      ),
    )
  )
    return null;
  const top = a.hops.find((h) => h.date !== null);
  const delivered = top?.date ? Date.parse(top.date) : Number.NaN;
  const analysed = Date.parse(a.meta.analysedAt);
  if (!Number.isFinite(delivered) || !Number.isFinite(analysed)) return null;
  const days = Math.floor((analysed - delivered) / 86_400_000);
  if (days <= OLD_DELIVERY_DAYS) return null;
  const signer = aligned[0]!;
  return [
    {
      id: 'key-gone-since-delivery',
      severity: 'low',
      ...texts(
        msg('finding_key_gone_since_delivery_title', { signer: signer.domain, days }),
        msg('finding_key_gone_since_delivery_detail', {
          signer: signer.domain,
          selector: signer.selector,
          date: top!.date!.slice(0, 10),
          days,
          domain: from,
        }),
      ),
      evidence: uniq([top!.line, signer.line ?? ''].filter(Boolean)),
    },
  ];
}

/**
 * Exchange Online's own record above its entry line that its composite authentication failed with
 * a 6xx reason: the From domain is one of the tenant's own accepted domains and the message did not
 * authenticate as it (Microsoft's "intra-organisation spoof": Direct Send from a rented server as
 * the tenant's CEO, or another tenant writing as this one). At p=none or with no DMARC record our
 * own check excuses the failure (rows policy-none, otherwise); this keeps it a warning, in the
 * Outlook profile, online and offline (probe61-direct-send-vps-ceo-to-ap-softfail-p-none-*).
 * Never when our own check, or the provider's, authenticates the From domain.
 */
function recordedSpoof(ctx: RuleContext, from: string): Finding[] {
  if (ctx.analysis.meta.profile?.name !== 'outlook') return [];
  if (dmarcState(ctx).result === 'pass' || hasAlignedPass(ctx)) return [];
  // A From in the organisation the reader named as its own (`--recipient-domain`) that EOP failed
  // for any reason: a subdomain the tenant never accepted gets reason 001, not 6xx
  // (probe62-direct-send-unaccepted-subdomain-p-none-reason-001-*). Nothing above EOP's entry line
  // names the reader's organisation otherwise (its hosts are Microsoft's).
  const own = (ctx.options.recipientDomains ?? []).some((d) => sameOrg(d, from));
  const eop = eopEntryCandidates(ctx).find((h) =>
    h.results.some(
      (r) =>
        r.method === 'compauth' &&
        r.result === 'fail' &&
        (own || /^6\d\d$/.test(r.reason ?? r.props.reason ?? '')),
    ),
  );
  if (!eop) return [];
  return [
    {
      id: 'receiver-recorded-spoof',
      severity: 'medium',
      ...texts(
        msg('finding_receiver_recorded_spoof_title', { domain: from }),
        msg('finding_receiver_recorded_spoof_detail', { domain: from }),
      ),
      evidence: [eop.line],
    },
  ];
}

export const receiverRecordRule: FindingRule = (ctx) => {
  const from = ctx.analysis.from?.domain;
  if (!from) return [];
  const out = [...recordedSpoof(ctx, from), ...receiverRecords(ctx, from)];
  return out.length > 0 ? out : recordedCompauthFail(ctx, from);
};

/**
 * Offline, Exchange Online's own record above its entry line that its composite authentication
 * failed (compauth=fail, any reason) where nothing authenticates the From domain: the message was
 * checked, at arrival, and failed. A low note; it tells the verdict that offline the message was
 * not unchecked (lib/findings/verdict.ts, row impersonation-unchecked): a display-name forgery EOP
 * failed with reason 001 read suspicious offline, spoofed online
 * (probe63-outlook-display-name-address-compauth-fail-001-offline).
 */
function recordedCompauthFail(ctx: RuleContext, from: string): Finding[] {
  const a = ctx.analysis;
  if (a.meta.profile?.name !== 'outlook' || a.mode !== 'offline') return [];
  if (dmarcState(ctx).result === 'pass' || hasAlignedPass(ctx)) return [];
  for (const h of eopEntryCandidates(ctx)) {
    const r = h.results.find((x) => x.method === 'compauth' && x.result === 'fail');
    if (!r) continue;
    const reason = r.reason ?? r.props.reason ?? '';
    return [
      {
        id: 'receiver-recorded-compauth-fail',
        severity: 'low',
        ...texts(
          msg('finding_receiver_recorded_compauth_fail_title', { domain: from }),
          msg('finding_receiver_recorded_compauth_fail_detail', { domain: from, reason: reason || '?' }),
        ),
        evidence: [h.line],
      },
    ];
  }
  return [];
}

/**
 * Our DMARC passes only through a shared platform's SPF include (Microsoft 365's: any tenant), and
 * the From domain's own signature fails here on its hashes, while Exchange Online's own record
 * above its entry line says that signature and DMARC passed when the message arrived: the reader's
 * own tenant changed it afterwards (a transport rule's "[EXTERNAL]" subject tag and banner, real-
 * mail round 127). The record ties the pass to the domain's own signature, as the provider's DKIM
 * pass does elsewhere: an info note, and the verdict reads the pass as the domain's
 * (lib/findings/auth-state.ts sharedSpfPlatform). A replay changed before EOP fails there too.
 */
function signedBeforeChange(ctx: RuleContext, from: string): Finding[] {
  const a = ctx.analysis;
  if (a.meta.profile?.name !== 'outlook' || a.mode !== 'online') return [];
  if (dmarcState(ctx).result !== 'pass' || !sharedSpfPass(a)) return [];
  const signed = eopSignedBeforeChange(ctx, from);
  if (!signed) return [];
  // A signature with l= protected only its first bytes at EOP too (probe133: a replay with new
  // bank details after them, then tagged by the reader's rule): the rule lib/findings/dkim.ts
  // writes for a passing l= signature, at medium, as for changed-after-entry.
  const partial = signed.signatures.filter((d) => typeof d.bodyLength === 'number');
  return [
    {
      id: 'signed-before-change',
      severity: 'info',
      ...texts(
        msg('finding_signed_before_change_title', { domain: from }),
        msg('finding_signed_before_change_detail', { domain: from, signer: signed.signatures[0]!.domain }),
      ),
      evidence: uniq([signed.line, ...signed.signatures.map((d) => d.line ?? '')].filter(Boolean)),
    },
    ...partial.map((d) => bodyLengthFinding(d, d.bodyLength ?? 0, 0, 'medium', [d.line, signed.line])),
  ];
}

function receiverRecords(ctx: RuleContext, from: string): Finding[] {
  const recorded = recordedFail(ctx, from);
  if (recorded.length > 0) return recorded;
  const gone =
    keyGoneAfterEntry(ctx, from) ?? spfChangedAfterEntry(ctx, from) ?? keyGoneSinceDelivery(ctx, from);
  if (gone) return gone;
  const vouched = entryVouched(ctx);
  if (!vouched) return signedBeforeChange(ctx, from);
  const signed = vouched.signatures;
  // A vouching signature with l= protected only its first bytes at EOP too: text appended after
  // them (a replayed notice with the attacker's paragraph) passed there, and the tenant's change
  // hides how much was added (probe8-eop-banner-l-tag-appended). The rule lib/findings/dkim.ts
  // writes for a passing l= signature, at medium: the excuse then reads "suspicious".
  const partial = signed.filter((d) => typeof d.bodyLength === 'number');
  return [
    {
      id: 'changed-after-entry',
      severity: 'low',
      ...texts(
        msg('finding_changed_after_entry_title', { domain: from }),
        msg('finding_changed_after_entry_detail', { domain: from, signer: signed[0]!.domain }),
      ),
      evidence: uniq([vouched.line, ...signed.map((d) => d.line ?? '')].filter(Boolean)),
    },
    ...partial.map((d) => bodyLengthFinding(d, d.bodyLength ?? 0, 0, 'medium', [d.line, vouched.line])),
  ];
}
