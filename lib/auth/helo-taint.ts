// The HELO a Received line prints is the sender's text, and receivers copy it into their own
// Authentication-Results (rspamd's and policyd-spf's smtp.helo=, the SPF comment): a HELO holding a
// character no host name or address literal has is writing into those headers (probe47, probe48,
// probe50, probe51). lib/auth/authresults.ts reads the receiver's entry line with it,
// lib/auth/gateway-results.ts a trusted gateway's line about its client.
import { normalizeIp } from '../message/ip';

/** MDaemon's own by clause: `by <host> (MDaemon …)`. */
const MDAEMON_BY = /\sby\s+[^\s()]+\s+\(MDaemon\b/gi;
/** Any by clause; `\sby\s` is four characters, so a match starts at `lastIndex - 4`. */
const BY_WORD = /\sby\s/gi;
const FROM_WORD = /^\s*from\s+/i;
const HELO_COMMENT = /\((?:EHLO|HELO) [^\s()";\\]*\)/gi;
const WRITES = /[;)"\\]/;
const WRITES_IN_VALUE = /[;()"\\]/;
const HELO_TAG = /\bhelo=/i;
const CLIENT_LITERAL = /\[(?:IPv6:)?([0-9A-Fa-f:.]{2,60})\]|\(([0-9A-Fa-f:.]{2,60})\)/gi;

/** Where the last match of global `re` in `text` starts (matches taken left to right, as matchAll does), or -1. */
function lastMatchAt(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) at = m.index;
  return at;
}

/** Where the last non-overlapping `\sby\s` of `text` starts, or -1 (no match array made). */
function lastByWordAt(text: string): number {
  let at = -1;
  BY_WORD.lastIndex = 0;
  while (BY_WORD.test(text)) at = BY_WORD.lastIndex - 4;
  return at;
}

/**
 * The last line and address asked and the answer: the engine asks of the same entry line from
 * lib/auth/authresults.ts, lib/auth/gateway-results.ts and lib/findings/arc-record.ts in turn.
 */
let lastReceived: string | null = null;
let lastIp: string | null = null;
let lastAnswer = false;
/** What MDaemon writes before its by clause: the HELO word, and perhaps one `(<name> [ip])`. */
const MDAEMON_FROM = /^[^\s;()"\\]+(?:\s+\([^\s;()"\\[\]]*\s*\[(?:IPv6:)?[0-9A-Fa-f:.]+\]\))?$/;

/**
 * Whether the HELO a Received line prints holds a character no host name or address literal has.
 * The HELO is what the line prints between `from` and its client comment, the one holding the
 * client's `[ip]`: its last `[ip]` (a HELO may write `(` and even `[ip]` of its own:
 * probe48-policyd-spf-helo-paren-first-*, `a(b);dmarc=pass …`). Before it, only the HELO and the
 * comment's opening `(` (and a reverse name, Sendmail's `user@`, Cisco's `(HELO name)`, Yahoo's
 * `(EHLO name)`) are the receiver's layout:
 * a `;`, `)`, `"` or `\\`, or a second `(`, is the sender's. Without that address in the line, the
 * text before the first `(` (or the line's last `;`) is read.
 */
export function heloWrites(received: string, ip: string | null): boolean {
  if (received === lastReceived && ip === lastIp) return lastAnswer;
  const answer = heloWritesOnce(received, ip);
  lastReceived = received;
  lastIp = ip;
  lastAnswer = answer;
  return answer;
}

function heloWritesOnce(received: string, ip: string | null): boolean {
  const m = FROM_WORD.exec(received);
  if (!m) return false;
  const rest = received.slice(m[0].length);
  const at = ip ? clientLiteralAt(rest, ip) : -1;
  // MDaemon names its client by the HELO alone (its address goes in an X-MDRemoteIP row), or, in
  // newer versions, by the HELO and one `(<name> [ip])` comment (realworld54): anything else before
  // its own `by <host> (MDaemon` is the sender's, an address literal of his own included
  // (probe107: `mail.attacker.example ([198.51.100.66]);dmarc=pass …`).
  // Only the line's last by clause is the receiver's: a HELO writing `by x (MDaemon` of its own on
  // another receiver's line is not MDaemon's.
  const mdaemon = lastMatchAt(MDAEMON_BY, rest);
  if (mdaemon >= 0 && mdaemon === lastByWordAt(rest))
    return !MDAEMON_FROM.test(rest.slice(0, mdaemon).trim());
  if (at < 0) {
    // Without the client's address the HELO runs to the client comment's `(`; the line's last `;`
    // is the receiver's, before its date (Yahoo's internal `from 127.0.0.1 by atlas-production…
    // with HTTP; <date>`: realworld103). A `;` before it is the sender's (MDaemon prints a HELO
    // with blanks raw: probe107).
    const open = rest.indexOf('(');
    const semi = rest.lastIndexOf(';');
    const end = Math.min(open < 0 ? rest.length : open, semi < 0 ? rest.length : semi);
    return WRITES.test(rest.slice(0, end));
  }
  // Cisco's and qmail's own `(HELO name)`, Yahoo's `(EHLO name)`, beside the name or address it
  // found: the receiver's layout, when the name inside is a plain word.
  const before = rest.slice(0, at).replace(HELO_COMMENT, ' ');
  if (WRITES.test(before) || before.indexOf('(') !== before.lastIndexOf('(')) return true;
  // Exim prints the HELO after the address, `([ip]:port helo=<HELO>)`, when it differs from the
  // reverse name: from `helo=` to the comment's last `)` before the receiver's by clause is the
  // sender's (probe109).
  const after = rest.slice(at);
  const lastBy = lastByWordAt(after);
  const head = after.slice(0, lastBy < 0 ? after.length : lastBy);
  const helo = head.search(HELO_TAG);
  if (helo < 0) return false;
  return WRITES_IN_VALUE.test(after.slice(helo + 5, head.lastIndexOf(')')));
}

/**
 * Where the last `[address]` of `text` naming `ip` starts (Postfix writes an IPv6 client
 * `[IPv6:2001:db8::25]`, Exchange `(203.0.113.20)` unbracketed, and any spelling of the address
 * counts: probe50, probe51), or -1.
 */
function clientLiteralAt(text: string, ip: string): number {
  const want = normalizeIp(ip);
  if (want === null) return -1;
  let at = -1;
  CLIENT_LITERAL.lastIndex = 0;
  for (let m = CLIENT_LITERAL.exec(text); m !== null; m = CLIENT_LITERAL.exec(text))
    if (normalizeIp(m[1] ?? m[2]!) === want) at = m.index;
  return at;
}
