// A mailbox file (mbox) stores messages one after another, each starting with a "From " line, so
// the store quotes every body line that begins "From ": `>From ` (mboxo, Thunderbird's own store),
// or one more `>` on lines already quoted (mboxrd). A message saved back out of such a store with
// the quoting left in (Thunderbird's "Save as", some exports) is no longer the one its sender
// signed: every DKIM body hash fails, and a genuine newsletter read "spoofed".
//
// What is undone here is only that quoting, and only to verify: the signature must then verify in
// full (b= and bh=) on the unquoted message, which proves that its domain signed exactly that
// body. Thinking as the attacker: a signature that verifies on the unquoted body was made by its
// domain over that body; the most a sender gains is a replay of the domain's own message, as with
// any signed message. Nothing else in the message is changed.
import { Buffer } from 'buffer';

/** Lines that a mailbox store quotes: `>From `, `>>From `, … at the start of a body line. */
const QUOTED = /(^|\n)>(>*From )/g;

/** Bytes of a body searched for quoting, at most (the rest is left as it is). */
const MAX_BODY = 4 * 1024 * 1024;

/**
 * The message with one level of mbox quoting taken off its body's `>From ` lines, or null when the
 * body has none (or is too large to search). Headers are left byte for byte.
 */
export function withoutMboxQuoting(
  raw: Uint8Array | string,
  keep?: (line: number) => boolean,
): Uint8Array | string | null {
  const text = latin1(raw);
  const end = bodyStart(text);
  if (end < 0) return null;
  const body = text.slice(end);
  if (!body.startsWith('>From ') && !body.includes('\n>')) return null;
  // The first body line follows the blank line, which `(^|\n)` reads as its start.
  // `keep(n)`: the n-th quoted line (from 0) stays quoted (the sender wrote it so).
  let n = 0;
  const unquoted = body.replace(QUOTED, (all, start: string, rest: string) =>
    keep?.(n++) ? all : start + rest,
  );
  if (unquoted === body) return null;
  const out = text.slice(0, end) + unquoted;
  return typeof raw === 'string' ? out : new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Quoted `>From ` lines in the body (what `withoutMboxQuoting` may undo), at most `max` counted. */
export function quotedLines(raw: Uint8Array | string, max = 64): number {
  const text = latin1(raw);
  const end = bodyStart(text);
  if (end < 0) return 0;
  let count = 0;
  for (const _ of text.slice(end).matchAll(QUOTED)) if (++count >= max) break;
  return count;
}

/** Where the body starts (after the first blank line), or -1 with none or a body over MAX_BODY. */
function bodyStart(text: string): number {
  const crlf = text.indexOf('\r\n\r\n');
  const lf = text.indexOf('\n\n');
  const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : -1;
  return end < 0 || text.length - end > MAX_BODY ? -1 : end;
}

/** The message as text, one character per byte (a string is taken as it is). */
function latin1(raw: Uint8Array | string): string {
  return typeof raw === 'string'
    ? raw
    : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
}
