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
  /** dkimSignatureProblems of its tags (the strict rules and unreadSignatures both ask). */
  problems: string[];
}

/**
 * The DKIM-Signature fields mailauth set aside without a result (lenient mode skips an algorithm
 * or canonicalization it does not know: a=rsa-md5, c=future, a field it cannot parse): RFC 6376
 * §6.1.1 has a verifier ignore such a signature and report it as a permanent error, not as
 * "unsigned" (Mail::DKIM's ignore_2 to ignore_4, multiple_2). One permerror each, in header order.
 */
export function unreadSignatures(verified: DKIMVerifyResult, align: (d: string) => boolean): DkimCheck[] {
  // Each reported result accounts for one field with its b= (two fields may share one: a copy
  // with another c=). Well-formed fields take theirs first, so the one left over is the field
  // mailauth set aside, not its twin.
  const left = new Map<string, number>();
  for (const r of verified.results.filter(isReportedResult)) {
    const b = compact(String(r.signature ?? ''));
    left.set(b, (left.get(b) ?? 0) + 1);
  }
  const take = (l: SignatureLine) => {
    const b = l.bs.find((x) => x && (left.get(x) ?? 0) > 0);
    if (b) left.set(b, left.get(b)! - 1);
    return b !== undefined;
  };
  const lines = signatureLines(verified).map((l) => ({ l, why: defectOf(l) }));
  const accounted = new Set<SignatureLine>();
  for (const x of lines) if (!x.why && take(x.l)) accounted.add(x.l);
  for (const x of lines) if (x.why && take(x.l)) accounted.add(x.l);
  const out: DkimCheck[] = [];
  for (const { l, why: defect } of lines) {
    if (accounted.has(l)) continue;
    const d = compact(tagValue(l.tags, 'd') ?? '').toLowerCase();
    const a = compact(tagValue(l.tags, 'a') ?? '');
    const why = defect ?? 'the signature could not be read';
    out.push({
      result: 'permerror',
      domain: d,
      selector: compact(tagValue(l.tags, 's') ?? '').toLowerCase(),
      aligned: d !== '' && align(d),
      algorithm: a || null,
      keyBits: null,
      identity: tagValue(l.tags, 'i'),
      cause: 'malformed',
      info: `DKIM-Signature not verified: ${why} (RFC 6376 §6.1.1)`,
      line: l.line,
    });
  }
  return out;
}

/** What makes a field one lenient mailauth sets aside: a syntax problem, an unknown a= or c=. */
function defectOf(line: SignatureLine): string | null {
  const { tags, problems } = line;
  if (problems.length > 0) return problems[0]!;
  const a = compact(tagValue(tags, 'a') ?? '');
  if (a && !KNOWN_ALGORITHMS.has(a.toLowerCase()))
    return `a=${a.slice(0, 20)} is not an algorithm this verifier knows`;
  const c = compact(tagValue(tags, 'c') ?? '');
  if (c && !/^(?:simple|relaxed)(?:\/(?:simple|relaxed))?$/i.test(c))
    return `c=${c.slice(0, 20)} is not a canonicalization this verifier knows`;
  return null;
}

/** Signing algorithms RFC 6376 and RFC 8463 define (rsa-sha1 is refused later, by policy). */
const KNOWN_ALGORITHMS = new Set(['rsa-sha256', 'rsa-sha1', 'ed25519-sha256']);

/** signatureLines per verification: the strict rules and unreadSignatures read the same lines. */
const linesOf = new WeakMap<DKIMVerifyResult, SignatureLine[]>();

/** The DKIM-Signature header lines mailauth read, unfolded, each parsed once. */
function signatureLines(verified: DKIMVerifyResult): SignatureLine[] {
  let lines = linesOf.get(verified);
  if (!lines) {
    lines = readSignatureLines(verified);
    linesOf.set(verified, lines);
  }
  return lines;
}

function readSignatureLines(verified: DKIMVerifyResult): SignatureLine[] {
  return (verified.headers?.parsed ?? [])
    .filter((h) => h.key === 'dkim-signature')
    .map((h) => {
      const line = String(h.line).replace(/\r?\n([ \t])/g, '$1');
      const tags = parseTagList(headerFieldValue(line));
      return {
        line,
        tags,
        bs: tags.tags.filter((t) => t.name === 'b').map((t) => compact(t.value)),
        problems: dkimSignatureProblems(tags),
      };
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

/**
 * A single-occurrence field the signature covers fewer times than the message carries it, with a
 * copy above the signed ones whose words differ from every signed copy's (compared as relaxed
 * canonicalization writes them, RFC 6376 §3.4.2), or null. `fields`: each field's values, top to
 * bottom (fieldValues). A copy repeating a signed one's words shows the reader the signed words:
 * ezmlm's second Reply-To naming the list the post already names, PHP mail()'s To written twice,
 * mailgun-ruby's Reply-To sent twice (real-mail round 206) are no one's addition.
 */
export function addedField(
  tags: TagList,
  fields: ReadonlyMap<string, readonly string[]>,
): { field: string; present: number; covered: number } | null {
  const signed = signedFields(tags);
  for (const field of SINGLE_FIELDS) {
    const covered = signed.filter((f) => f === field).length;
    const values = fields.get(field) ?? [];
    if (covered === 0 || covered >= values.length) continue;
    // The verifier takes a field's copies from the bottom up (RFC 6376 §5.4.2).
    const words = new Set(values.slice(values.length - covered));
    if (values.slice(0, values.length - covered).some((v) => !words.has(v)))
      return { field, present: values.length, covered };
  }
  return null;
}

/** Each field's values top to bottom, by lower-case name, as relaxed canonicalization writes them. */
export function fieldValues(rows: Iterable<{ key: string | null; line: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { key, line } of rows) {
    if (!key || !(SINGLE_FIELDS as readonly string[]).includes(key)) continue;
    const value = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n/g, '')
      .replace(/[ \t]+/g, ' ')
      .trim();
    const values = out.get(key);
    if (values) values.push(value);
    else out.set(key, [value]);
  }
  return out;
}

/** A single-occurrence field the signature covers that the message carries more often. */
function addedFieldProblem(tags: TagList, fields: Map<string, string[]>): string | null {
  const added = addedField(tags, fields);
  return added
    ? `the message has ${added.present} ${added.field} header fields but the signature covers ${added.covered}: an unsigned one was added after signing (RFC 6376 §8.15)`
    : null;
}

/** The message's single-occurrence fields, as fieldValues reads them. */
function messageFields(verified: DKIMVerifyResult): Map<string, string[]> {
  return fieldValues(
    (verified.headers?.parsed ?? []).map((h) => ({ key: h.key, line: h.line.toString('binary') })),
  );
}

/** Grammar and required-tag problems of a DKIM-Signature, v=1 included. */
export function dkimSignatureProblems(tags: TagList): string[] {
  const problems = signatureProblems(tags, REQUIRED_DKIM_TAGS, DKIM_SIGNATURE_TAGS);
  const v = tagValue(tags, 'v');
  if (v !== null && v !== '1') problems.push(`v=${v.slice(0, 10)} is not 1`);
  // q= lists the ways to fetch the key; dns/txt is the only one defined (RFC 6376 §3.5): a
  // signature that offers none a verifier knows cannot be verified (Mail::DKIM's ignore_5/6).
  const q = tagValue(tags, 'q');
  if (q !== null && !compact(q).toLowerCase().split(':').includes('dns/txt'))
    problems.push(`q=${compact(q).slice(0, 20)} names no query method but dns/txt`);
  // i= must be in d= or a subdomain of it (RFC 6376 §3.5, §6.1.1; Mail::DKIM's ignore_8).
  const i = tagValue(tags, 'i');
  const d = compact(tagValue(tags, 'd') ?? '')
    .toLowerCase()
    .replace(/\.$/, '');
  if (i !== null && d) {
    const decoded = compact(i).replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) =>
      String.fromCharCode(Number.parseInt(h, 16)),
    );
    const id = decoded
      .slice(decoded.lastIndexOf('@') + 1)
      .toLowerCase()
      .replace(/\.$/, '');
    if (!decoded.includes('@') || (id !== d && !id.endsWith(`.${d}`)))
      problems.push(`i=${decoded.slice(0, 60)} is not in d=${d} or a subdomain of it`);
  }
  return problems;
}

/**
 * An Ed25519 key record whose p= is not the bare 32-byte key RFC 8463 §4.2 publishes (a
 * SubjectPublicKeyInfo, as some tools write it): not a key this algorithm has (Mail::DKIM's
 * badkey1_ed25519).
 */
export function ed25519KeyProblem(rr: string | undefined): string | null {
  if (!rr) return null;
  const key = parseTagList(rr);
  if ((tagValue(key, 'k') ?? '').trim().toLowerCase() !== 'ed25519') return null;
  const p = compact(tagValue(key, 'p') ?? '');
  if (!p) return null;
  let bytes: number;
  try {
    bytes = atob(p).length;
  } catch {
    return 'the Ed25519 key in p= is not base64 (RFC 8463 §4.2)';
  }
  return bytes === 32
    ? null
    : `the Ed25519 key in p= is ${bytes} bytes, not the bare 32-byte key (RFC 8463 §4.2)`;
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
  let counts: Map<string, string[]> | null = null;
  return checks.map((check, n) => {
    const r = results[n]!;
    lines ??= signatureLines(verified);
    counts ??= messageFields(verified);
    const b = compact(String(r.signature ?? ''));
    // Matched on every b= of a line: with a duplicated b= mailauth verifies the last one.
    // The line toDkimChecks gave this result first: a copy above it with the same b= is another
    // field (red-team round 208).
    const hasB = (l: SignatureLine) => l.tags.tags.some((t) => t.name === 'b' && compact(t.value) === b);
    const found = b
      ? (lines.find((l) => check.line !== null && l.line === check.line && hasB(l)) ?? lines.find(hasB))
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
    const problems = found.problems;
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
    const strict =
      check.result === 'pass' ? (strictFlagProblem(found.tags, r.rr) ?? ed25519KeyProblem(r.rr)) : null;
    const added =
      strict === null && (check.result === 'pass' || hashFailure)
        ? addedFieldProblem(found.tags, counts)
        : null;
    const flag = strict ?? added;
    if (flag)
      return {
        ...check,
        result: 'permerror',
        cause: added ? 'field-added' : 'other',
        info: flag,
        line: check.line ?? found.line,
      };
    return check;
  });
}
