// What was and was not checked. A check that never ran (offline mode, DNS unreachable, a copy that
// is not byte-exact) must not read as "none", which means "checked, and there was nothing" (no
// SPF record, no signature): the reader would take an absence of evidence for a finding.
import { type MessageKey, t } from '../lib/i18n';
import type { Analysis, AuthWord, DkimCheck } from '../lib/types';

/** Why our own re-check of one method did not run (or ran on bytes that prove nothing). */
export type NotCheckedWhy = 'offline' | 'dns-unreachable' | 'not-byte-exact' | 'no-ip' | 'no-from';

export type CheckState = { checked: true; word: AuthWord } | { checked: false; why: NotCheckedWhy };

const WHY_KEY: Record<NotCheckedWhy, MessageKey> = {
  offline: 'auth_why_offline',
  'dns-unreachable': 'auth_why_dns_unreachable',
  'not-byte-exact': 'auth_why_not_byte_exact',
  'no-ip': 'auth_why_no_ip',
  'no-from': 'auth_why_no_from',
};

/** Why a check did not run, in the reader's language. */
export function notCheckedText(why: NotCheckedWhy): string {
  return t(WHY_KEY[why]);
}

/** Whole-analysis reasons, strongest first: they stop every DNS-based check at once. */
function globalReason(a: Analysis, dnsUnreachable: boolean): NotCheckedWhy | null {
  if (dnsUnreachable) return 'dns-unreachable';
  if (a.mode === 'offline') return 'offline';
  return null;
}

export function spfState(a: Analysis, dnsUnreachable: boolean): CheckState {
  const why = globalReason(a, dnsUnreachable);
  if (why) return { checked: false, why };
  // Without the origin's address there is nothing to evaluate the record against.
  if (a.spf.ip === null && a.spf.result === 'none') return { checked: false, why: 'no-ip' };
  return { checked: true, word: a.spf.result };
}

export function dkimState(a: Analysis, d: DkimCheck, dnsUnreachable: boolean): CheckState {
  const why = globalReason(a, dnsUnreachable);
  if (why) return { checked: false, why };
  // A re-rendered copy changes the hashed bytes: a hash failure there says nothing about the sender.
  if (
    a.meta.notByteExact &&
    d.result !== 'pass' &&
    (d.cause === 'body-hash-mismatch' || d.cause === 'signature-mismatch')
  )
    return { checked: false, why: 'not-byte-exact' };
  return { checked: true, word: d.result };
}

export function dmarcState(a: Analysis, dnsUnreachable: boolean): CheckState {
  const why = globalReason(a, dnsUnreachable);
  if (why) return { checked: false, why };
  if (!a.dmarc.domain) return { checked: false, why: 'no-from' };
  if (a.findings.some((f) => f.id === 'dmarc-unchecked')) return { checked: false, why: 'not-byte-exact' };
  return { checked: true, word: a.dmarc.result };
}

export function arcState(a: Analysis, dnsUnreachable: boolean): CheckState {
  const why = globalReason(a, dnsUnreachable);
  if (why) return { checked: false, why };
  return { checked: true, word: a.arc.result };
}

/** The word shown for a state: the result, or "not checked". */
export function stateWord(s: CheckState): string {
  return s.checked ? s.word : t('auth_not_checked');
}

/** Strict alignment (adkim=s / aspf=s) that turned a same-organisation identifier into "not aligned". */
export function strictMiss(a: Analysis, kind: 'spf' | 'dkim', domain: string, aligned: boolean): boolean {
  if (aligned || !a.dmarc.alignment || a.dmarc.alignment[kind] !== 's') return false;
  const from = a.dmarc.domain.toLowerCase();
  const d = domain.toLowerCase();
  if (!from || !d || d === from) return false;
  const org = a.dmarc.orgDomain?.toLowerCase();
  return !!org && (d === org || d.endsWith(`.${org}`));
}

/** "aligned" / "not aligned" / "not aligned (strict: adkim=s)" for an SPF or DKIM row. */
export function alignmentText(a: Analysis, kind: 'spf' | 'dkim', domain: string, aligned: boolean): string {
  if (aligned) return t('auth_aligned');
  if (strictMiss(a, kind, domain, aligned))
    return t('auth_not_aligned_strict', { tag: kind === 'spf' ? 'aspf' : 'adkim' });
  return t('auth_not_aligned');
}

/** The DMARC row's alignment: which aligned identifier passed, or none. */
export function dmarcAlignmentText(a: Analysis): string {
  if (a.dmarc.passedBy.length > 0)
    return t('auth_aligned_by', { methods: a.dmarc.passedBy.map((m) => m.toUpperCase()).join(' + ') });
  const mode = a.dmarc.alignment;
  return mode && (mode.spf === 's' || mode.dkim === 's')
    ? t('auth_not_aligned_strict_mode')
    : t('auth_not_aligned');
}
