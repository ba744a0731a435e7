// DKIM (RFC 6376, RFC 8463 Ed25519, RFC 8301 algorithms) through mailauth's dkimVerify: one
// DkimCheck per DKIM-Signature, each with a machine-friendly cause the findings can explain.
import type { DkimCheck, DkimFailureCause, Resolver } from '../types';
import { sharedKeyCache } from './dkim-keys';
import { isReportedResult, strictDkimChecks, unreadSignatures } from './dkim-strict';
import { alignDomains } from './dmarc';
import {
  type DKIMResult,
  type DKIMVerifyResult,
  dkimVerifyWithKeys,
  hashedLast,
  toMailauthResolver,
  toMessageInput,
} from './mailauth';
import { createPublicKey } from './shims/keys';
import { headerFieldValue } from './tag-list';

const LATIN1 = new TextDecoder('latin1');

export interface DkimOptions {
  resolver: Resolver;
  fromDomain: string | null;
  /** Clock for x= expiry, for reproducible results. */
  now?: Date;
}

/**
 * RFC 6376 §6.1: verifiers MAY limit how many signatures they verify. A hostile message with
 * thousands of DKIM-Signature fields (each its own l= body hash and DNS lookup) would otherwise
 * pin the worker; real mail carries a handful.
 */
export const MAX_DKIM_SIGNATURES = 20;
// Same length as "DKIM-Signature", so every byte offset in the message stays where it was.
const SKIPPED_NAME = 'X-Skipped-Dkim';
const SIGNATURE_FIELD = /(^|\n)dkim-signature[ \t]*:/gi;

/** End of the header block (index of the blank line), or the whole length when there is none. */
function headerEnd(text: string): number {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? m.index : text.length;
}

const SIGNATURE_NAME = 'dkim-signature';

/**
 * How many times SIGNATURE_FIELD matches the latin1 reading of raw[0, end): the lines starting
 * with the field name in any case (a byte of 0x80 or more never matches an ASCII letter under /i),
 * then blanks and tabs, then ":".
 */
export function signatureFieldCount(raw: Uint8Array, end: number): number {
  let count = 0;
  for (let at = 0; at < end; ) {
    let i = at;
    let k = 0;
    for (; k < SIGNATURE_NAME.length && i < end; k++, i++) {
      const want = SIGNATURE_NAME.charCodeAt(k);
      const b = raw[i]!;
      if (b !== want && !(want >= 0x61 && want <= 0x7a && b === want - 0x20)) break;
    }
    if (k === SIGNATURE_NAME.length) {
      while (i < end && (raw[i] === 0x20 || raw[i] === 0x09)) i++;
      if (i < end && raw[i] === 0x3a) count++;
    }
    const lf = raw.indexOf(0x0a, at);
    if (lf === -1) break;
    at = lf + 1;
  }
  return count;
}

/** Renames DKIM-Signature fields past the limit, so mailauth never sees them. */
export function limitSignatures(raw: Uint8Array | string): { input: Uint8Array | string; skipped: number } {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  let head: string;
  if (typeof raw === 'string') head = raw.slice(0, headerEnd(raw));
  else {
    let end = raw.length;
    // From LF to LF with the native search, not a JavaScript loop over every header byte.
    for (let i = raw.indexOf(0x0a); i !== -1 && i + 1 < raw.length; i = raw.indexOf(0x0a, i + 1)) {
      if (raw[i + 1] === 0x0a || (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a)) {
        end = i;
        break;
      }
    }
    // Almost every message has a handful of signatures: counted on the bytes, without a decode.
    if (signatureFieldCount(raw, end) <= MAX_DKIM_SIGNATURES) return { input: raw, skipped: 0 };
    head = LATIN1.decode(raw.subarray(0, end));
  }
  const starts: number[] = [];
  for (const m of head.matchAll(SIGNATURE_FIELD)) starts.push(m.index + m[1]!.length);
  if (starts.length <= MAX_DKIM_SIGNATURES) return { input: raw, skipped: 0 };
  const extra = starts.slice(MAX_DKIM_SIGNATURES);
  if (typeof raw === 'string') {
    let out = '';
    let pos = 0;
    for (const at of extra) {
      out += raw.slice(pos, at) + SKIPPED_NAME;
      pos = at + SKIPPED_NAME.length;
    }
    return { input: out + raw.slice(pos), skipped: extra.length };
  }
  const copy = raw.slice();
  const name = new TextEncoder().encode(SKIPPED_NAME);
  for (const at of extra) copy.set(name, at);
  return { input: copy, skipped: extra.length };
}

/** One mailauth pass over the message: DKIM results plus the ARC chain data arc() needs. */
export function verifyMessage(
  raw: Uint8Array | string,
  opts: { resolver: Resolver; now?: Date; headersOnly?: boolean },
) {
  const resolver = toMailauthResolver(opts.resolver);
  return dkimVerifyWithKeys(
    toMessageInput(raw),
    {
      resolver,
      curTime: opts.now,
      // RFC 8301 §3.1: verifiers MUST NOT consider rsa-sha1 signatures valid.
      rejectRsaSha1: true,
    },
    sharedKeyCache(resolver),
    opts.headersOnly === true,
  );
}

type Status = DKIMResult['status'] & { policy?: Record<string, string> };

/** One pattern per tag name (a handful: p, b, i), built once rather than for every line. */
const TAG_PATTERNS = new Map<string, RegExp>();

/**
 * Tag value from a tag-list (`name=value;`, RFC 6376 §3.2), white space removed; of a repeated tag,
 * the last, and its name in either case (`T=` is t=), as lenient mailauth reads it. A
 * DKIM-Signature line is read from after its colon (lineTag).
 */
function tagOf(list: string, name: string): string | null {
  let re = TAG_PATTERNS.get(name);
  if (!re) {
    re = new RegExp(`(?:^|;)\\s*${name}\\s*=([^;]*)`, 'gi');
    TAG_PATTERNS.set(name, re);
  }
  let value: string | null = null;
  for (const m of list.matchAll(re)) value = m[1]!.replace(/\s+/g, '');
  return value;
}

/** Tag value from a DKIM-Signature line, its first tag included (Mailgun writes a= first). */
function lineTag(line: string, name: string): string | null {
  return tagOf(headerFieldValue(line), name);
}

/** Empty p= is a revoked key (RFC 6376 §3.6.1). */
function isRevoked(rr: string | undefined): boolean {
  return !!rr && /(?:^|;)\s*p\s*=\s*(?:;|$)/.test(rr);
}

function causeOf(r: DKIMResult, status: Status): DkimFailureCause | null {
  const comment = (status.comment ?? '').toLowerCase();
  if (status.result === 'pass') return null;
  if (status.result === 'temperror' || status.result === 'temperr') return 'dns-error';
  if (status.result === 'policy') {
    const rule = status.policy?.['dkim-rules'];
    if (rule === 'weak-key') return 'key-too-short';
    if (rule === 'weak-algorithm') return 'sha1';
    return 'other';
  }
  // Lenient mailauth also says "body hash did not verify" when bh= is missing: that is a
  // malformed signature (RFC 6376 §3.5 requires bh=), not a changed body.
  if (comment.includes('body hash')) return r.bodyHashExpecting ? 'body-hash-mismatch' : 'malformed';
  if (comment === 'bad signature') return 'signature-mismatch';
  if (comment === 'no key') return 'key-missing';
  if (comment === 'expired' || comment === 'invalid expiration') return 'expired';
  if (comment === 'invalid public key') return isRevoked(r.rr) ? 'key-revoked' : 'malformed';
  if (/unknown key|inappropriate|syntax|missing|invalid|unsupported|tag/.test(comment)) return 'malformed';
  return 'other';
}

/** mailauth's word for a key lookup that failed because the name cannot exist (lib/dns/name.ts). */
function isBadKeyName(status: Status): boolean {
  return status.result !== 'pass' && /\bEBADNAME\b/.test(status.comment ?? '');
}

/** Key size from the DNS record, for the keys mailauth refused before reporting their size. */
function keyBitsOf(r: DKIMResult): number | null {
  if (r.modulusLength) return r.modulusLength;
  const p = r.rr ? tagOf(r.rr, 'p') : null;
  if (!p) return null;
  try {
    const der = Uint8Array.from(atob(p), (c) => c.charCodeAt(0));
    const isBare = der[0] === 0x30 && der[der[1]! < 0x80 ? 2 : 2 + (der[1]! & 0x7f)] === 0x02;
    const key = createPublicKey({ key: der, format: 'der', type: isBare ? 'pkcs1' : 'spki' });
    return key.asymmetricKeyDetails.modulusLength ?? null;
  } catch {
    return null;
  }
}

/** The DKIM-Signature header fields, as written (`raw`) and unfolded (`text`). */
function signatureLines(verified: DKIMVerifyResult): Array<{ raw: Uint8Array; text: string }> {
  const parsed = verified.headers?.parsed ?? [];
  return parsed
    .filter((h) => h.key === 'dkim-signature')
    .map((h) => ({ raw: h.line, text: h.line.toString('utf8').replace(/\r?\n([ \t])/g, '$1') }));
}

type Result = DKIMVerifyResult['results'][number] & {
  signTime?: string | null;
  format?: string;
  signingHeaders?: { keys?: string; canonicalizedHeader?: string };
};

/**
 * Whether `raw` is the line mailauth verified for the result (hashedLast); null when the result
 * carries no canonicalized header (a field refused before hashing).
 */
function hashedLine(raw: Uint8Array, r: Result): boolean | null {
  const hashed = r.signingHeaders?.canonicalizedHeader;
  if (!hashed) return null;
  // As mailauth picks the header canonicalization (lib/dkim/header/index.js): `c=relaxed /relaxed`
  // is relaxed (red-team round 211).
  const canon = (r.format || 'simple/simple').split('/')[0]!.toLowerCase().trim();
  return hashedLast(hashed, raw, canon);
}

/** How many of the result's own tags (d=, s=, a=, c=, t=, h=) the line `l` repeats. */
function fitScore(l: string, r: DKIMVerifyResult['results'][number]): number {
  const same = (tag: string, value: unknown) =>
    typeof value === 'string' &&
    (lineTag(l, tag) ?? '').replace(/\s+/g, '').toLowerCase() === value.replace(/\s+/g, '').toLowerCase();
  const x = r as Result;
  // t= as the number mailauth reads (`t=0<seconds>` is the same time: red-team round 211).
  const t = lineTag(l, 't') ?? '';
  const at = /^\d{1,12}$/.test(t) ? Number(t) : Number.NaN;
  const signed = x.signTime ? Math.floor(Date.parse(x.signTime) / 1000) : Number.NaN;
  const names = (v: string) =>
    v
      .toLowerCase()
      .split(':')
      .map((n) => n.trim())
      .filter(Boolean)
      .join(':');
  return (
    Number(same('d', r.signingDomain)) +
    Number(same('s', r.selector)) +
    Number(same('a', r.algo)) +
    Number(same('c', x.format)) +
    Number(at === signed || (Number.isNaN(at) && Number.isNaN(signed) && t === '')) +
    Number(names(lineTag(l, 'h') ?? '') === names(x.signingHeaders?.keys ?? ''))
  );
}

/** Maps mailauth's results to DkimCheck (no signatures → []). */
export function toDkimChecks(verified: DKIMVerifyResult, fromDomain: string | null): DkimCheck[] {
  const lines = signatureLines(verified);
  // Each result takes, among the untaken lines with its b=, the one mailauth hashed for it (its
  // canonicalized header ends with that line, b= emptied), else the one whose d=, s=, a=, c=, t=
  // and h= are the result's (the first of equals). A copy of the bank's field beside the genuine
  // one (same b=, its own h= naming Reply-To: red-team round 206) keeps its own line; header order
  // is not enough, since mailauth reports nothing for a field it skips (an unknown c= or a=: round
  // 208), nor are the tags alone: a copy mailauth reads as the bank's tags (a repeated tag, white
  // space inside a value) while this reading did not, tied with or beat the genuine line (209).
  const taken = new Set<number>();
  const lineOf = new Map<unknown, string | null>();
  const sameB = (r: Result) => {
    const b = (r.signature ?? '').replace(/\s+/g, '');
    return lines.flatMap((l, i) => (b && !taken.has(i) && lineTag(l.text, 'b') === b ? [i] : []));
  };
  const take = (r: Result, i: number) => {
    taken.add(i);
    lineOf.set(r, lines[i]!.text);
  };
  // First every result that names its line (what it hashed), then the others by their best fit
  // among the lines left: a result reported earlier cannot take, by fit, a line another hashed.
  for (const r of verified.results as Result[]) {
    const i = sameB(r).find((j) => hashedLine(lines[j]!.raw, r) === true);
    if (i !== undefined) take(r, i);
  }
  for (const r of verified.results as Result[]) {
    if (lineOf.has(r)) continue;
    let k = -1;
    let best = -1;
    for (const i of sameB(r)) {
      const score = fitScore(lines[i]!.text, r);
      if (score > best) [k, best] = [i, score];
    }
    if (k >= 0) take(r, k);
    else lineOf.set(r, null);
  }
  return verified.results.filter(isReportedResult).map((r) => {
    const status = r.status as Status;
    const line = lineOf.get(r) ?? null;
    const badName = isBadKeyName(status);
    const cause = badName ? 'malformed' : causeOf(r, status);
    // Lenient mailauth reports a body hash mismatch as neutral; RFC 6376 §6.1.3 makes it a
    // PERMFAIL, which RFC 8601 §2.7.1 reports as "fail": the content changed after signing.
    // A key name that cannot exist is a PERMFAIL too (RFC 6376 §6.1.2: no key), not the
    // temperror mailauth makes of any DNS error code it does not know.
    const result =
      cause === 'body-hash-mismatch' ? 'fail' : badName ? 'permerror' : normaliseWord(status.result);
    const identity = line ? lineTag(line, 'i') : null;
    return {
      result,
      domain: r.signingDomain ?? '',
      selector: r.selector ?? '',
      aligned: alignDomains(fromDomain, r.signingDomain ?? null, 'r'),
      algorithm: r.algo ?? null,
      keyBits: keyBitsOf(r),
      identity,
      bodyLength: r.canonBodyLengthLimited ? (r.canonBodyLengthLimit ?? null) : null,
      unsignedBytes: r.canonBodyLengthLimited
        ? Math.max(0, (r.canonBodyLengthTotal ?? 0) - (r.canonBodyLength ?? 0))
        : null,
      cause,
      info: badName
        ? `The signature's selector and domain (s=${r.selector ?? ''}, d=${r.signingDomain ?? ''}) do not form a valid DNS name, so no key can exist: a permanent error (RFC 6376 §3.1).`
        : (status.comment ?? r.info ?? null),
      line,
    } satisfies DkimCheck;
  });
}

function normaliseWord(word: string): DkimCheck['result'] {
  switch (word) {
    case 'pass':
    case 'fail':
    case 'neutral':
    case 'none':
    case 'temperror':
    case 'permerror':
    case 'policy':
    case 'softfail':
      return word;
    case 'temperr':
      return 'temperror';
    default:
      return 'neutral';
  }
}

/** A result about the message as a whole, not about one signature (no domain, selector or line). */
function wholeMessage(result: DkimCheck['result'], info: string): DkimCheck {
  return {
    result,
    domain: '',
    selector: '',
    aligned: false,
    algorithm: null,
    keyBits: null,
    cause: 'other',
    info,
    line: null,
  };
}

/** A result for the whole message when mailauth itself could not run (a bug, not a verdict). */
export function dkimCrash(err: unknown): DkimCheck {
  return wholeMessage(
    'temperror',
    `DKIM verification could not run: ${err instanceof Error ? err.message : String(err)}`,
  );
}

/** Stands for the signatures past MAX_DKIM_SIGNATURES: the report says they were not checked. */
export function skippedSignatures(count: number): DkimCheck[] {
  if (count <= 0) return [];
  return [
    wholeMessage(
      'neutral',
      `${count} more DKIM signatures were not verified: only the first ${MAX_DKIM_SIGNATURES} are (RFC 6376 §6.1).`,
    ),
  ];
}

/**
 * Every signature's check from mailauth's verification: its results under the strict rules, the
 * fields it set aside unread (each a permerror), and the ones past the limit.
 */
export function signatureChecks(
  verified: DKIMVerifyResult,
  fromDomain: string | null,
  skipped: number,
): DkimCheck[] {
  return [
    ...strictDkimChecks(verified, toDkimChecks(verified, fromDomain)),
    ...unreadSignatures(verified, (d) => alignDomains(fromDomain, d, 'r')),
    ...skippedSignatures(skipped),
  ];
}

/** Verifies every DKIM-Signature (up to MAX_DKIM_SIGNATURES). Never throws. */
export async function checkDkim(raw: Uint8Array | string, opts: DkimOptions): Promise<DkimCheck[]> {
  try {
    const { input, skipped } = limitSignatures(raw);
    return signatureChecks(await verifyMessage(input, opts), opts.fromDomain, skipped);
  } catch (err) {
    return [dkimCrash(err)];
  }
}
