// Reference copy of lib/auth/limits.ts before rt-p15 (one native scan for long white-space runs),
// for limits-reference.test.ts: the new code must give the same output for every input.
// Bounds on what reaches mailauth (issue 18 §2). mailauth's tag-list parser trims each tag with
// /^[ \t\r\n]+|[ \t\r\n]+$/g, which is quadratic in a run of folding white space (notes/
// mailauth-fws-regex.md): a 101 KB folded DKIM-Signature took 90 s in the CLI. And every DKIM
// signature hashes the body again. So, before mailauth sees a message:
// - a DKIM-Signature or ARC-* field over MAX_AUTH_FIELD_BYTES, or with a white-space run longer
//   than MAX_FWS_RUN, is left out (real ones are 0.5–3 KB, folded every ~78 characters);
// - ARC-* fields past MAX_ARC_FIELDS are left out (RFC 8617 §5.1.1.1 allows 50 sets, real chains
//   have a handful);
// - any header field over MAX_FIELD_BYTES is left out;
// - a message over the hashing limit is checked headers-only: its body is not hashed. The limit
//   is MAX_HASHED_MESSAGE_BYTES in the extension (its SHA-256 is JavaScript, and megabytes moved
//   through extension messaging stall the worker) and ENGINE_MAX_HASHED_BYTES elsewhere (the CLI
//   hashes natively: a 25 MB message, Gmail's limit, is still verified).
// - a header block of over MAX_FIELDS_AS_IS fields reaches mailauth without the fields it can
//   never read (pruneForVerifier below): the results are the same, the time linear (issue 19 §5);
// - the hop chain is read from the first MAX_RECEIVED_FIELDS Received fields (receivedToRead).
// What was left out is reported (Analysis.meta.bounds → findings), never silently dropped. The
// DKIM-Signature count limit (RFC 6376 §6.1) stays in dkim.ts.

import { headerRowTexts } from '../../../lib/auth/header-rows';
import type { DkimCheck, DmarcCheck, HeaderField } from '../../../lib/types';

export const MAX_AUTH_FIELD_BYTES = 8 * 1024;
export const MAX_FWS_RUN = 256;
export const MAX_ARC_FIELDS = 30;
export const MAX_FIELD_BYTES = 64 * 1024;
export const MAX_HASHED_MESSAGE_BYTES = 10 * 2 ** 20;
export const ENGINE_MAX_HASHED_BYTES = 64 * 2 ** 20;
/** Real mail has 10–80 header fields; over this many, mailauth sees only those it can read. */
export const MAX_FIELDS_AS_IS = 1000;
/**
 * Received fields read into the hop chain, from the top (newest). RFC 5321 §6.3 has servers treat
 * 100 Received fields as a mail loop and reject the message; ten times that is never real mail.
 * The receiver's own hops, which decide the origin, are at the top and always read.
 */
export const MAX_RECEIVED_FIELDS = 1000;

export interface SkippedField {
  /** The field name as written (e.g. DKIM-Signature). */
  name: string;
  bytes: number;
  reason: 'too-large' | 'white-space-run' | 'too-many';
}

export interface AuthBounds {
  skipped: SkippedField[];
  /** False when the message was over MAX_HASHED_MESSAGE_BYTES: DKIM saw the headers only. */
  bodyHashed: boolean;
  messageBytes: number;
  /** Present when the message has more than MAX_RECEIVED_FIELDS Received fields. */
  receivedCut?: { total: number; read: number };
}

/** Whether anything was left out: then the Analysis carries the bounds (meta.bounds). */
export function boundsCut(bounds: AuthBounds): boolean {
  return bounds.skipped.length > 0 || !bounds.bodyHashed || bounds.receivedCut !== undefined;
}

/** The header fields with every Received field after the first MAX_RECEIVED_FIELDS left out. */
export function receivedToRead(headers: HeaderField[], max = MAX_RECEIVED_FIELDS): HeaderField[] {
  let seen = 0;
  for (const h of headers) if (h.key === 'received') seen++;
  if (seen <= max) return headers;
  let kept = 0;
  return headers.filter((h) => h.key !== 'received' || kept++ < max);
}

/** Index of the line break that ends the header block (before the empty line), or the length. */
function headerEnd(raw: Uint8Array | string): number {
  if (typeof raw === 'string') {
    const m = /\r?\n\r?\n/.exec(raw);
    return m ? m.index : raw.length;
  }
  for (let i = raw.indexOf(0x0a); i >= 0 && i + 1 < raw.length; i = raw.indexOf(0x0a, i + 1)) {
    if (raw[i + 1] === 0x0a || (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a))
      return raw[i - 1] === 0x0d ? i - 1 : i;
  }
  return raw.length;
}

const windows1252 = new TextDecoder('latin1');
/** Whether this runtime's 'latin1' decoder maps every byte to the character of its value (Node). */
const latin1Exact = windows1252.decode(Uint8Array.of(0x80, 0x9f)) === '\x80\x9f';

/**
 * One character a byte. TextDecoder('latin1') is windows-1252 by the Encoding standard: in
 * browsers it turns 0x80–0x9F into other characters (0x80 → €), which the rebuild below would
 * then write back as other bytes. It is used where it is exact (Node, or bytes below 0x80).
 */
function latin1(bytes: Uint8Array): string {
  if (latin1Exact) return windows1252.decode(bytes);
  let high = false;
  for (let i = 0; i < bytes.length && !high; i++) high = bytes[i]! >= 0x80;
  if (!high) return windows1252.decode(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[]));
  }
  return parts.join('');
}

function longestFwsRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  return longest;
}

/** The header block's fields as [start, end) offsets, line breaks of the last line excluded. */
function fieldSpans(head: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  let i = head.indexOf('\n');
  while (i >= 0) {
    const next = head.charCodeAt(i + 1);
    if (i + 1 < head.length && next !== 0x20 && next !== 0x09) {
      spans.push([start, head[i - 1] === '\r' ? i - 1 : i]);
      start = i + 1;
    }
    i = head.indexOf('\n', i + 1);
  }
  if (start < head.length) spans.push([start, head.length]);
  return spans;
}

function verdictOn(
  name: string,
  bytes: number,
  text: string,
  arcSeen: number,
): SkippedField['reason'] | null {
  const key = name.trim().toLowerCase();
  const auth = key === 'dkim-signature' || key.startsWith('arc-');
  if (bytes > MAX_FIELD_BYTES) return 'too-large';
  if (!auth) return null;
  if (bytes > MAX_AUTH_FIELD_BYTES) return 'too-large';
  if (longestFwsRun(text) > MAX_FWS_RUN) return 'white-space-run';
  if (key.startsWith('arc-') && arcSeen >= MAX_ARC_FIELDS) return 'too-many';
  return null;
}

/** The message as mailauth may see it, and what was left out. Linear in the message size. */
export function boundAuthInput(
  raw: Uint8Array | string,
  wholeBytes?: number,
  maxHashedBytes = ENGINE_MAX_HASHED_BYTES,
): { input: Uint8Array | string; bounds: AuthBounds } {
  // `wholeBytes`: the size of the message `raw` was cut from (headers-only input).
  const messageBytes = Math.max(raw.length, wholeBytes ?? 0);
  const end = headerEnd(raw);
  const head = typeof raw === 'string' ? raw.slice(0, end) : latin1(raw.subarray(0, end));
  const skipped: SkippedField[] = [];
  let kept: string[] = [];
  let arcSeen = 0;
  let received = 0;
  for (const [from, to] of fieldSpans(head)) {
    const text = head.slice(from, to);
    const colon = text.indexOf(':');
    const name = colon > 0 ? text.slice(0, colon).trim() : '';
    const reason = verdictOn(name, to - from, text, arcSeen);
    const key = name.toLowerCase();
    if (key.startsWith('arc-') && reason === null) arcSeen++;
    if (key === 'received') received++;
    if (reason) skipped.push({ name: name.slice(0, 64), bytes: to - from, reason });
    else kept.push(text);
  }
  const bodyHashed = messageBytes <= maxHashedBytes;
  const bounds: AuthBounds = { skipped, bodyHashed, messageBytes };
  if (received > MAX_RECEIVED_FIELDS) bounds.receivedCut = { total: received, read: MAX_RECEIVED_FIELDS };
  const pruned = kept.length > MAX_FIELDS_AS_IS ? pruneForVerifier(kept) : null;
  if (skipped.length === 0 && bodyHashed && !pruned) return { input: raw, bounds };
  // mailauth's parser makes every line end CRLF itself; the pruned rows already have.
  const eol = pruned || head.includes('\r\n') ? '\r\n' : '\n';
  if (pruned) kept = pruned;
  const newHead = kept.join(eol);
  if (typeof raw === 'string') {
    return { input: newHead + (bodyHashed ? raw.slice(end) : eol + eol), bounds };
  }
  const headBytes = Uint8Array.from(newHead, (c) => c.charCodeAt(0) & 0xff);
  const tail = bodyHashed ? raw.subarray(end) : new TextEncoder().encode(eol + eol);
  const out = new Uint8Array(headBytes.length + tail.length);
  out.set(headBytes, 0);
  out.set(tail, headBytes.length);
  return { input: out, bounds };
}

/** Fields mailauth's DKIM verifier reads whether or not a signature covers them (dkim-verifier.js). */
const VERIFIER_READS = new Set(['from', 'return-path', 'content-type']);
/** Fields lib/auth/dkim-strict.ts counts in the rows mailauth returns (RFC 5322 §3.6 single fields). */
const COUNTED = new Set(['sender', 'reply-to', 'to', 'cc', 'subject', 'date']);
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/**
 * The header fields (as text, latin1) mailauth may be given without changing any result: the
 * rows its own parser makes (lib/auth/header-rows.ts, so a line it joins to the field above stays
 * with that field), less every well-formed field whose name appears in no DKIM-Signature and no
 * ARC-Message-Signature (a name a signature covers must be written in its h=; searching the whole
 * signature text, with and without white space, finds every name any reading of h= can give), and
 * that the verifier and our strict checks do not read. 30,000 Received fields no signature names
 * are left out; the rows are in CRLF form, as mailauth's parser would make them.
 */
export function pruneForVerifier(fields: string[]): string[] | null {
  // Bytes as latin1, or a string input as it is: mailauth reads the string as UTF-8, and a
  // non-ASCII character decides what a row is no differently from its UTF-8 bytes (both are
  // outside every class the row rules test for), so the rows are the same either way.
  const rows = headerRowTexts(fields.join('\r\n'));
  const signed = rows
    .filter((r) => r.key === 'dkim-signature' || r.key === 'arc-message-signature')
    .map((r) => r.text.toLowerCase())
    .join('\n');
  const compact = signed.replace(/\s+/g, '');
  const needed = (key: string | null): boolean =>
    key === null ||
    !FIELD_NAME.test(key) ||
    key === 'dkim-signature' ||
    key.startsWith('arc-') ||
    VERIFIER_READS.has(key) ||
    COUNTED.has(key) ||
    signed.includes(key) ||
    compact.includes(key);
  const kept = rows.filter((r) => needed(r.key));
  if (kept.length === rows.length) return null;
  return kept.map((r) => r.text);
}

/** "18.0 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

/**
 * Headers-only: the body was not hashed, so a signature says nothing about it. One whose header
 * part verified (checkDkimAndArc takes its `bh=` as written) becomes "not checked", never a pass;
 * a body-hash mismatch (its header part was not reached) becomes "not checked", never a failure.
 * A header signature that fails (a forged `b=`, a key that does not exist) stays what it is: an
 * attacker who pads a spoof past the limit cannot make the bank's forged signature unknowable.
 */
export function unhashedBodies(dkim: DkimCheck[], bounds: AuthBounds): DkimCheck[] {
  if (bounds.bodyHashed) return dkim;
  const size = megabytes(bounds.messageBytes);
  return dkim.map((d) =>
    d.result === 'pass'
      ? {
          ...d,
          result: 'none',
          cause: null,
          info: `body not hashed (message is ${size}); its header signature verified`,
        }
      : d.cause === 'body-hash-mismatch'
        ? { ...d, result: 'none', cause: null, info: `body not hashed (message is ${size})` }
        : d,
  );
}

/**
 * DMARC "fail" while a signature of the From domain went unchecked (its body was not hashed) is
 * not known to be a fail: that signature might have passed. The provider's own result, where
 * there is one, still decides (lib/findings/auth-state.ts prefers its firm fail).
 */
export function undecidedByUnhashedBody(
  dmarc: DmarcCheck,
  dkim: DkimCheck[],
  bounds: AuthBounds,
): DmarcCheck {
  if (bounds.bodyHashed || dmarc.result !== 'fail') return dmarc;
  if (!dkim.some((d) => d.result === 'none' && d.aligned)) return dmarc;
  return {
    ...dmarc,
    result: 'temperror',
    info: `DMARC could not be decided: the message is ${megabytes(bounds.messageBytes)}, so its body was not hashed and an aligned DKIM signature was not checked.`,
  };
}
