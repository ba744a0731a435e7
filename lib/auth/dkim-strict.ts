// DKIM rules mailauth's lenient mode lets pass (it only records a warning), checked here in our
// own layer on every signature it reports:
//  - the tag-list grammar of RFC 6376 §3.2 (duplicate tags, `;;`, bad tag names, `S=` for `s=`)
//    and the required tags of §3.5 (v=1, a, b, bh, d, h, s);
//  - a key with t=s (RFC 6376 §3.6.1): "the i= domain MUST NOT be a subdomain of d=";
//  - a header field RFC 5322 §3.6 allows once (From, Subject…) that the signature covers, present
//    more often than h= lists it: someone added an unsigned copy after signing, which most mail
//    readers show instead of the signed one (RFC 6376 §8.15; DKIM Verifier's
//    DKIM_POLICYERROR_UNSIGNED_HEADER_ADDED).
// A signature that breaks one is a permanent error: it never counts as a pass, and, being no DNS
// fault, it never holds a DMARC fail back either.
import type { DkimCheck } from '../types';
import type { DKIMResult, DKIMVerifyResult } from './mailauth';
import {
  compact,
  headerFieldValue,
  parseTagList,
  signatureProblems,
  signedFields,
  type TagList,
  tagValue,
} from './tag-list';

/** RFC 6376 §3.5: the tags a DKIM-Signature cannot do without. */
const REQUIRED_DKIM_TAGS = ['v', 'a', 'b', 'bh', 'd', 'h', 's'] as const;
/** Every tag RFC 6376 §3.5 defines: one of these in upper case is an ambiguity, not a new tag. */
export const DKIM_SIGNATURE_TAGS = [
  'v',
  'a',
  'b',
  'bh',
  'c',
  'd',
  'h',
  'i',
  'l',
  'q',
  's',
  't',
  'x',
  'z',
] as const;

/** RFC 5322 §3.6: fields a message has at most once, and that a reader sees. */
const SINGLE_FIELDS = ['from', 'sender', 'reply-to', 'to', 'cc', 'subject', 'date'] as const;

/** The mailauth results that become a DkimCheck (toDkimChecks keeps exactly these, in order). */
export function isReportedResult(r: DKIMResult): boolean {
  return r.status.result !== 'none' || !!r.signingDomain;
}

interface SignatureLine {
  line: string;
  tags: TagList;
  /** Every b= value, white space removed. */
  bs: string[];
}

/** The DKIM-Signature header lines mailauth read, unfolded, each parsed once. */
function signatureLines(verified: DKIMVerifyResult): SignatureLine[] {
  return (verified.headers?.parsed ?? [])
    .filter((h) => h.key === 'dkim-signature')
    .map((h) => {
      const line = String(h.line).replace(/\r?\n([ \t])/g, '$1');
      const tags = parseTagList(headerFieldValue(line));
      return { line, tags, bs: tags.tags.filter((t) => t.name === 'b').map((t) => compact(t.value)) };
    });
}

/** Flags of a key record's t= tag (RFC 6376 §3.6.1: colon-separated, e.g. `y:s`). */
function keyFlags(rr: string | undefined): string[] {
  if (!rr) return [];
  const t = tagValue(parseTagList(rr), 't');
  return t ? t.split(':').map((f) => f.trim().toLowerCase()) : [];
}

/** Why a key with t=s refuses this signature, or null. */
function strictFlagProblem(tags: TagList, rr: string | undefined): string | null {
  if (!keyFlags(rr).includes('s')) return null;
  const i = tagValue(tags, 'i');
  const d = (tagValue(tags, 'd') ?? '').trim().toLowerCase().replace(/\.$/, '');
  if (i === null) return null;
  const at = i.lastIndexOf('@');
  const domain = (at >= 0 ? i.slice(at + 1) : '').trim().toLowerCase().replace(/\.$/, '');
  if (domain === d) return null;
  return `the key has t=s, which forbids an i= domain (${domain || 'none'}) other than d= (${d}) (RFC 6376 §3.6.1)`;
}

/** A single-occurrence field the signature covers that the message carries more often. */
function addedFieldProblem(tags: TagList, counts: Map<string, number>): string | null {
  const signed = signedFields(tags);
  for (const field of SINGLE_FIELDS) {
    const covered = signed.filter((f) => f === field).length;
    const present = counts.get(field) ?? 0;
    if (covered > 0 && covered < present) {
      return `the message has ${present} ${field} header fields but the signature covers ${covered}: an unsigned one was added after signing (RFC 6376 §8.15)`;
    }
  }
  return null;
}

/** How many times each header field occurs, by lower-case name. */
function fieldCounts(verified: DKIMVerifyResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const h of verified.headers?.parsed ?? []) counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
  return counts;
}

/** Grammar and required-tag problems of a DKIM-Signature, v=1 included. */
export function dkimSignatureProblems(tags: TagList): string[] {
  const problems = signatureProblems(tags, REQUIRED_DKIM_TAGS, DKIM_SIGNATURE_TAGS);
  const v = tagValue(tags, 'v');
  if (v !== null && v !== '1') problems.push(`v=${v.slice(0, 10)} is not 1`);
  return problems;
}

/**
 * Applies the strict rules to the checks toDkimChecks made from `verified` (same order). A check
 * that breaks one becomes permerror, with the reason in `info`. A passing signature whose header
 * cannot be found again is not trusted either.
 */
export function strictDkimChecks(verified: DKIMVerifyResult, checks: DkimCheck[]): DkimCheck[] {
  const results = verified.results.filter(isReportedResult);
  if (results.length !== checks.length) return checks;
  let lines: SignatureLine[] | null = null;
  let counts: Map<string, number> | null = null;
  return checks.map((check, n) => {
    const r = results[n]!;
    lines ??= signatureLines(verified);
    counts ??= fieldCounts(verified);
    const b = compact(String(r.signature ?? ''));
    // Matched on every b= of a line: with a duplicated b= mailauth verifies the last one.
    const found = b
      ? lines.find((l) => l.tags.tags.some((t) => t.name === 'b' && compact(t.value) === b))
      : undefined;
    if (!found) {
      if (check.result !== 'pass') return check;
      return {
        ...check,
        result: 'permerror',
        cause: 'malformed',
        info: 'the signature header could not be read unambiguously',
      };
    }
    const problems = dkimSignatureProblems(found.tags);
    if (problems.length > 0) {
      return {
        ...check,
        result: 'permerror',
        cause: 'malformed',
        info: `malformed DKIM-Signature: ${problems[0]} (RFC 6376 §3.2, §3.5)`,
        line: check.line ?? found.line,
      };
    }
    // A field added after signing is refused on a hash failure too: the failure may be excused
    // later (a list's footer undone, Exchange Online's record of a pass before the reader's tenant
    // added a banner), and the excuse stands for the message as it was signed, which this one,
    // with a second Subject or To above the signed one, is not (probe6-eop-banner-added-subject,
    // probe6-list-footer-added-subject).
    const hashFailure =
      check.result === 'fail' &&
      (check.cause === 'body-hash-mismatch' || check.cause === 'signature-mismatch');
    const flag =
      check.result === 'pass'
        ? (strictFlagProblem(found.tags, r.rr) ?? addedFieldProblem(found.tags, counts))
        : hashFailure
          ? addedFieldProblem(found.tags, counts)
          : null;
    if (flag)
      return { ...check, result: 'permerror', cause: 'other', info: flag, line: check.line ?? found.line };
    return check;
  });
}
