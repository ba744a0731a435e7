// DKIM (RFC 6376): which signatures broke and why, and whose domain signed.

import { dkimDomain, sameDomain } from '../auth/authresults-provider';
import type { MessageKey } from '../i18n';
import { type Message, msg } from '../i18n/message';
import type { DkimCheck, DkimFailureCause, Finding } from '../types';
import { dmarcState, fromDomain, sharedSpfPlatform } from './auth-state';
import { sameOrg } from './domains';
import { eopEntryResults, eopSignedBeforeChange } from './eop-record';
import { dnsErrorEvidence, firstHeaderLine, providerLines, txtEvidence, uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

const CAUSE_KEYS: Record<DkimFailureCause, MessageKey> = {
  'body-hash-mismatch': 'finding_dkim_cause_body_hash_mismatch',
  'signature-mismatch': 'finding_dkim_cause_signature_mismatch',
  'key-missing': 'finding_dkim_cause_key_missing',
  'key-revoked': 'finding_dkim_cause_key_revoked',
  'key-too-short': 'finding_dkim_cause_key_too_short',
  expired: 'finding_dkim_cause_expired',
  sha1: 'finding_dkim_cause_sha1',
  malformed: 'finding_dkim_cause_malformed',
  'dns-error': 'finding_dkim_cause_dns_error',
  'field-added': 'finding_dkim_cause_field_added',
  other: 'finding_dkim_cause_other',
};

function causeText(d: DkimCheck): Message {
  return msg(CAUSE_KEYS[d.cause ?? 'other'], {
    key: `${d.selector}._domainkey.${d.domain}`,
    bits: d.keyBits ?? msg('finding_dkim_a_few_hundred'),
    info: d.info ? ` (${d.info})` : '',
  });
}

function keyEvidence(ctx: RuleContext, d: DkimCheck): string[] {
  const name = `${d.selector}._domainkey.${d.domain}`;
  return uniq([txtEvidence(ctx.analysis.dns, name, 'v=DKIM1') ?? txtEvidence(ctx.analysis.dns, name, '')]);
}

export const dkimRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  // Offline only what the message itself shows beside the provider's pass: an l= limit with text
  // after it (lib/engine/offline.ts offlineSignedLengths).
  if (a.mode === 'offline') return a.dkim.flatMap(partialBody);
  const out: Finding[] = [];
  const from = fromDomain(ctx);
  const dmarcPass = dmarcState(ctx).result === 'pass';
  const notExact = Boolean(ctx.options.notByteExact || a.meta.notByteExact);
  // The entry for signatures past the verification limit has no d= (lib/auth/dkim.ts): it is
  // reported on its own, not as a failed signature.
  const skipped = a.dkim.filter((d) => d.domain === '' && d.cause === 'other' && d.result === 'neutral');
  const failed = a.dkim.filter(
    (d) =>
      !skipped.includes(d) &&
      // 'policy': rsa-sha1 or a key under 1024 bits, refused per RFC 8301.
      (d.result === 'fail' || d.result === 'permerror' || d.result === 'neutral' || d.result === 'policy'),
  );
  for (const d of skipped) {
    out.push({
      id: 'dkim-too-many-signatures',
      severity: 'low',
      ...texts(
        msg('finding_dkim_too_many_title'),
        msg('finding_dkim_too_many_detail', { info: d.info ?? msg('finding_dkim_some_unverified') }),
      ),
      evidence: [],
    });
  }
  if (notExact && failed.length > 0) {
    out.push({
      id: 'dkim-not-byte-exact',
      severity: 'info',
      ...texts(msg('finding_dkim_not_byte_exact_title'), msg('finding_dkim_not_byte_exact_detail')),
      evidence: uniq([...failed.map((d) => d.line), ...providerLines(ctx)]),
    });
  } else {
    // A list's envelope (Origin.listRelay) is a shared pass too, but a list breaks its posters'
    // signatures as a matter of course: no sign of a replay there.
    const shared = dmarcPass ? sharedSpfPlatform(ctx) : null;
    const sharedOnly = shared !== null && !shared.list;
    // Signatures Exchange Online recorded passing before the reader's own rule changed the message
    // (lib/findings/eop-record.ts): their failure here is that rule's doing.
    const recorded =
      a.meta.profile?.name === 'outlook' && from ? (eopSignedBeforeChange(ctx, from)?.signatures ?? []) : [];
    for (const d of failed) {
      const broken = !dmarcPass && !recorded.includes(d);
      out.push({
        id: 'dkim-fail',
        severity: d.aligned && (broken || (sharedOnly && brokenBeforeReceiver(ctx, d))) ? 'medium' : 'low',
        ...texts(
          msg(d.result === 'policy' ? 'finding_dkim_fail_weak_title' : 'finding_dkim_fail_title', {
            domain: d.domain || msg('summary_unknown_domain'),
          }),
          causeText(d),
        ),
        evidence: uniq([
          d.line,
          ...(d.cause === 'key-missing' || d.cause === 'key-revoked' ? keyEvidence(ctx, d) : []),
        ]),
      });
    }
  }
  for (const d of a.dkim) {
    if (d.result === 'temperror' || (d.cause === 'dns-error' && d.result !== 'pass')) {
      out.push({
        id: 'dkim-temperror',
        severity: 'info',
        ...texts(
          msg('finding_dkim_temperror_title', { domain: d.domain }),
          msg('finding_dkim_temperror_detail'),
        ),
        evidence: uniq([d.line, ...dnsErrorEvidence(a.dns, `${d.selector}._domainkey.${d.domain}`)]),
      });
    }
    out.push(...partialBody(d));
  }
  const passing = a.dkim.filter((d) => d.result === 'pass');
  if (from && passing.length > 0 && !passing.some((d) => d.aligned)) {
    const signers = uniq(passing.map((d) => d.domain)).join(', ');
    const sameOrgSigner = passing.some((d) => sameOrg(d.domain, from));
    if (!sameOrgSigner) {
      out.push({
        id: 'dkim-unaligned',
        severity: dmarcPass ? 'info' : 'low',
        ...texts(
          msg('finding_dkim_unaligned_title', { signers, from }),
          msg('finding_dkim_unaligned_detail', { signers, from }),
        ),
        evidence: uniq([...firstHeaderLine(ctx.message, 'from'), ...passing.map((d) => d.line)]),
      });
    }
  }
  return out;
};

/**
 * A passing signature with `l=`: text after the signed part was added after signing, by a mailing
 * list's footer, or by whoever replayed the message with a link of their own. When this signature
 * is what vouches for the From domain, the reader must not take that text for the sender's.
 */
function partialBody(d: DkimCheck): Finding[] {
  if (d.result !== 'pass' || typeof d.bodyLength !== 'number') return [];
  const added = d.unsignedBytes ?? 0;
  // Not counted (offline, a body past the hashing bound): what came after the limit is unknown.
  const unknown = d.unsignedBytes === null;
  const severity = (added > 0 || unknown) && d.aligned ? 'medium' : 'low';
  return [bodyLengthFinding(d, d.bodyLength, added, severity, [d.line])];
}

/**
 * dkim-body-length for a signature with `l=` (`length`): how many bytes were `added` after the
 * signed part when our passing check counted them, else that only part of the body is signed.
 * Also written beside Exchange Online's record of such a signature's pass, where the tenant's
 * change makes any count meaningless (lib/findings/receiver-record.ts).
 */
export function bodyLengthFinding(
  d: DkimCheck,
  length: number,
  added: number,
  severity: Finding['severity'],
  evidence: Array<string | null>,
): Finding {
  return {
    id: 'dkim-body-length',
    severity,
    ...(added > 0
      ? texts(
          msg('finding_dkim_body_added_title', { added, domain: d.domain, length }),
          msg('finding_dkim_body_added_detail', { added, domain: d.domain, length }),
        )
      : texts(
          msg('finding_dkim_body_length_title', { domain: d.domain, length }),
          msg('finding_dkim_body_length_detail'),
        )),
    evidence: uniq(evidence),
  };
}

/**
 * The From domain's own signature fails here on its hashes, and the reader's own receiver recorded
 * it failing too when the message arrived (its trusted Authentication-Results, or in Outlook
 * Exchange Online's record above its entry line), with no pass for it: it was changed before it
 * reached the reader, not by the reader's own rules. Beside a DMARC pass that rests only on a
 * shared platform's SPF include (another Microsoft 365 tenant's mail), that is the mark of the
 * classic cross-tenant forgery with the domain's signature copied over new text (real-mail round
 * 129): a medium concern, not a low note.
 */
function brokenBeforeReceiver(ctx: RuleContext, d: DkimCheck): boolean {
  if (d.cause !== 'body-hash-mismatch' && d.cause !== 'signature-mismatch') return false;
  const same = (r: { domain: string | null }) => r.domain !== null && sameDomain(d.domain, r.domain);
  const provider = (ctx.analysis.provider?.dkim ?? []).map((r) => ({ result: r.result, domain: r.domain }));
  const eop = (eopEntryResults(ctx)?.results ?? [])
    .filter((r) => r.method === 'dkim')
    .map((r) => ({ result: r.result, domain: dkimDomain(r) }));
  const recorded = [...provider, ...eop].filter(same);
  // Gmail writes `dkim=neutral (body hash did not verify)`, Yahoo `dkim=perm_fail`, for the same
  // failure (lib/findings/provider.ts reads Gmail's so too; real-mail round 130).
  const failed = (r: { result: string }) =>
    r.result === 'fail' ||
    r.result === 'permerror' ||
    (r.result === 'neutral' && d.cause === 'body-hash-mismatch');
  return recorded.some(failed) && !recorded.some((r) => r.result === 'pass');
}
