// RFC 8601 §2.2 syntax of one Authentication-Results value: authserv-id, version, resinfos.
// Comments are removed (kept per resinfo, since providers put the DMARC policy there), quoted
// strings are honoured, and anything unreadable marks the header malformed instead of throwing.
import type { AuthResultEntry } from '../types';

/** An entry plus the comments written inside it (Gmail: `dmarc=pass (p=REJECT sp=NONE dis=NONE)`). */
export interface ParsedAuthResultEntry extends AuthResultEntry {
  comments: string[];
}

export interface ParsedAuthResultsValue {
  authservId: string;
  version: number | null;
  results: ParsedAuthResultEntry[];
  malformed: boolean;
}

/** A real header is a few KB; a hostile one is read no further than this. */
const MAX_VALUE = 32 * 1024;

export function parseAuthResultsValue(rawValue: string): ParsedAuthResultsValue {
  const value = rawValue.slice(0, MAX_VALUE);
  const tooLong = rawValue.length > MAX_VALUE;
  const strictSegments = splitSegments(value, false);
  const strict = readValue(strictSegments, tooLong);
  // Gmail and rspamd copy the envelope whole into their SPF comment, and a quoted local part
  // (RFC 5321 §4.1.2) may hold "(", ")" and ";". RFC 5322 comments do not honour quoted strings,
  // so the strict reading lets the sender's text close the receiver's comment and write results
  // of its own. A second reading honours quoted strings inside comments, as those receivers meant
  // the address. Only a `"` inside a comment can make the two differ.
  // An RFC 5321 address literal (`bounce@[x:(]`, `bounce@[x:y;arc=pass;…]`: dcontent may hold
  // "(", ")" and ";", never a space, "[", "]" or "\\") copied raw does the same with no quote at
  // all (probe43, probe45): the second reading keeps it whole too.
  if (!/"|@\[/.test(value)) return strictSegments ? strict : (recovered(value) ?? strict);
  const quotedSegments = splitSegments(value, true);
  // A quote inside a comment that never closes: not how any receiver writes an address. The
  // strict reading stands, malformed when it holds a DMARC or ARC result (they may be the
  // sender's: onceOf then keeps the least favourable).
  if (!quotedSegments) {
    if (!strictSegments) return recovered(value) ?? strict;
    return onceKeys(strict.results) === '' ? strict : { ...strict, malformed: true };
  }
  const quoted = readValue(quotedSegments, tooLong);
  // The second reading may bring back the receiver's unfavourable results, never a pass: a pass
  // only it holds could be text the sender placed where the quotes pair differently.
  const unfavourable = quoted.results.filter((e) => e.result !== 'pass');
  // The strict reading found nothing (a "(" in the local part left the receiver's comment open to
  // the end: probe40-gmail-spf-comment-unclosed-erases-dmarc-offline): the receiver's own header
  // read as it meant it, malformed, without its passes (as before, they are not read at all).
  if (!strictSegments) return { ...quoted, results: unfavourable, malformed: true };
  // The two readings disagree on a result a message has once (DMARC, ARC): the sender's text
  // balanced its own comments (probe40-gmail-/rspamd-spf-comment-balanced-injection-offline), so
  // the strict reading holds a dmarc=pass the receiver never wrote beside its dmarc=fail in a
  // header that looks well-formed, where lib/auth/authresults-provider.ts onceOf would read two
  // of the receiver's checkers disagreeing. Malformed, with the second reading's unfavourable DMARC
  // and ARC results added (the strict one may have lost the receiver's own), so worstOf keeps the
  // receiver's fail.
  const extra = unfavourable.filter((e) => ONCE.has(e.method) && !strict.results.some((s) => sameOnce(s, e)));
  if (extra.length === 0 && onceKeys(strict.results) === onceKeys(quoted.results)) return strict;
  // A DMARC or ARC pass only the strict reading holds is the sender's text (an address literal's
  // `arc=pass` in a receiver that writes no arc= word of its own made the sender's forged seal a
  // trusted forwarder's: probe45-rspamd-no-arc-check-literal-injects-arc-pass-*): left out.
  const kept = strict.results.filter(
    (e) => !(ONCE.has(e.method) && e.result === 'pass' && !quoted.results.some((q) => sameOnce(q, e))),
  );
  return { ...strict, results: [...kept, ...extra], malformed: true };
}

/**
 * A value no reading balances (sender text copied raw with a "(" or ")" the receiver did not
 * escape, and no quote or address literal for the second reading to keep whole: an envelope like
 * `x)(@attacker.example` where an MTA takes one): the receiver's authserv-id, from the head before
 * the first ";" (which no sender text precedes), and the DMARC and ARC results other than a pass
 * written anywhere in the value, malformed. Unfavourable results only, so sender text can only
 * make its own message read worse: the receiver's `dmarc=fail` is no longer erased with the whole
 * header. Null when the head is not a plain authserv-id or no such result is written.
 */
function recovered(value: string): ParsedAuthResultsValue | null {
  const semi = value.indexOf(';');
  if (semi < 0) return null;
  const head = words(value.slice(0, semi));
  if (head.length === 0 || head.length > 2 || /[()=;"]/.test(head.join(' '))) return null;
  const version = head[1] !== undefined && /^\d{1,9}$/.test(head[1]) ? Number(head[1]) : null;
  if (head[1] !== undefined && version === null) return null;
  const results: ParsedAuthResultEntry[] = [];
  for (const m of value.slice(semi).matchAll(/(?:^|[\s;(])(dmarc|arc)[ \t]*=[ \t]*([a-z]+)/gi)) {
    const method = m[1]!.toLowerCase();
    const result = m[2]!.toLowerCase();
    if (result.endsWith('pass') || results.some((r) => r.method === method && r.result === result)) continue;
    results.push({ method, result, reason: null, props: {}, comments: [] });
    if (results.length >= 8) break;
  }
  if (results.length === 0) return null;
  return { authservId: head[0]!, version, results, malformed: true };
}

/** Methods a message has one result of. */
const ONCE = new Set(['dmarc', 'arc']);

function sameOnce(a: AuthResultEntry, b: AuthResultEntry): boolean {
  return (
    a.method === b.method &&
    a.result === b.result &&
    (a.props['header.from'] ?? '').toLowerCase() === (b.props['header.from'] ?? '').toLowerCase()
  );
}

/** The DMARC and ARC results of a reading, as one comparable string. */
function onceKeys(results: AuthResultEntry[]): string {
  return results
    .filter((e) => ONCE.has(e.method))
    .map((e) => `${e.method}=${e.result} ${(e.props['header.from'] ?? '').toLowerCase()}`)
    .sort()
    .join(';');
}

/** One reading of the value (RFC 8601 §2.2), from its segments. */
function readValue(segments: Segment[] | null, tooLong: boolean): ParsedAuthResultsValue {
  let malformed = tooLong;
  if (!segments) return { authservId: '', version: null, results: [], malformed: true };

  const head = segments[0]!;
  const headWords = words(head.text);
  let authservId = '';
  let version: number | null = null;
  if (headWords.length === 0 || headWords[0]!.includes('=')) {
    // No authserv-id (Microsoft writes `spf=pass …; dkim=…` with none): read the results anyway,
    // but the header cannot be attributed to anyone.
    malformed = true;
    if (headWords.length > 0) segments.unshift({ text: '', comments: [] });
  } else {
    authservId = unquote(headWords[0]!);
    if (headWords[1] !== undefined) {
      if (/^\d{1,9}$/.test(headWords[1])) version = Number(headWords[1]);
      else malformed = true;
    }
    if (headWords.length > 2) malformed = true;
  }

  const results: ParsedAuthResultEntry[] = [];
  const rest = segments.slice(1);
  // RFC 8601 §2.2 no-result: `authserv-id; none`.
  const none = rest.length === 1 && /^none$/i.test(rest[0]!.text.trim());
  if (!none) {
    for (const seg of rest) {
      if (seg.text.trim() === '') continue; // a trailing ";" is common and harmless
      const entry = parseResinfo(seg.text, seg.comments);
      if (entry) results.push(entry);
      else malformed = true;
    }
  }
  if (!none && results.length === 0) malformed = true;
  return { authservId, version, results, malformed };
}

interface Segment {
  text: string;
  comments: string[];
}

/**
 * Splits on ";" outside quotes and comments, pulling comments out. Null on unbalanced input.
 * `quotesInComments`: a quoted string inside a comment is kept whole (its "(", ")" are text), as
 * Gmail and rspamd mean the quoted local part they copy into their SPF comment; RFC 5322 §3.2.2
 * reads it strictly (false).
 * Text and comments are copied in runs (`from`: where the run being read started), not a character
 * at a time: every Authentication-Results header of every analysis passes through here.
 */
function splitSegments(value: string, quotesInComments: boolean): Segment[] | null {
  const segments: Segment[] = [];
  let text = '';
  let comments: string[] = [];
  let comment = '';
  let depth = 0;
  let quoted = false;
  let commentQuoted = false;
  let from = 0;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (depth > 0) {
      if (c === BACKSLASH) {
        // A quoted-pair in a comment: the character after it, without the backslash.
        comment += value.slice(from, i);
        from = ++i;
        continue;
      }
      if (commentQuoted) {
        if (c === QUOTE) commentQuoted = false;
        continue;
      }
      if (c === QUOTE && quotesInComments) {
        commentQuoted = true;
        continue;
      }
      if (c === AT && quotesInComments) {
        const end = addressLiteralEnd(value, i);
        if (end > 0) i = end - 1;
        continue;
      }
      if (c === OPEN) depth++;
      else if (c === CLOSE && --depth === 0) {
        comments.push((comment + value.slice(from, i)).trim());
        comment = '';
        text += ' '; // RFC 5322 §3.2.2: a comment separates like whitespace
        from = i + 1;
      }
      continue;
    }
    if (quoted) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) quoted = false;
      continue;
    }
    if (c === QUOTE) quoted = true;
    else if (c === AT && quotesInComments) {
      const end = addressLiteralEnd(value, i);
      if (end > 0) i = end - 1;
    } else if (c === OPEN) {
      text += value.slice(from, i);
      depth = 1;
      from = i + 1;
    } else if (c === SEMICOLON) {
      segments.push({ text: text + value.slice(from, i), comments });
      text = '';
      comments = [];
      from = i + 1;
    }
  }
  if (depth > 0 || quoted || commentQuoted) return null;
  segments.push({ text: text + value.slice(from), comments });
  return segments;
}

const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const AT = 0x40;
const OPEN = 0x28;
const CLOSE = 0x29;
const SEMICOLON = 0x3b;

/**
 * Where the address literal starting at `value[at]` (`@[` 1*dcontent `]`, RFC 5321 §4.1.3: dcontent
 * is any printable ASCII but "[", "\\" and "]") ends, just past its "]"; -1 when none starts there.
 * Bounded: a literal is a few dozen characters, and nothing longer than 300 is read as one.
 */
function addressLiteralEnd(value: string, at: number): number {
  if (value.charCodeAt(at + 1) !== 0x5b) return -1; // "["
  const stop = Math.min(value.length, at + 300);
  for (let k = at + 2; k < stop; k++) {
    const c = value.charCodeAt(k);
    if (c === 0x5d) return k > at + 2 ? k + 1 : -1; // "]"
    if (c < 33 || c > 126 || c === 0x5b || c === 0x5c) return -1;
  }
  return -1;
}

/**
 * Whitespace-separated words, keeping quoted strings whole (also `reason="two words"`): the
 * matches of /(?:[^\s"]|"(?:[^"\\]|\\.)*")+/g, read by hand (a quote that never closes, or whose
 * backslash escapes a line break, ends the word before it and starts none).
 */
function words(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let at = 0;
  while (at < n) {
    let end = at;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === QUOTE) {
        const closed = quotedEnd(text, end);
        if (closed < 0) break;
        end = closed;
      } else if (isSpace(c)) break;
      else end++;
    }
    if (end > at) {
      out.push(text.slice(at, end));
      at = end;
    } else at++;
  }
  return out;
}

/** Just past the quoted string opening at `text[at]`; -1 when it never closes. */
function quotedEnd(text: string, at: number): number {
  const n = text.length;
  for (let k = at + 1; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === QUOTE) return k + 1;
    if (c === BACKSLASH) {
      // `\\.`: any character but a line terminator (a regular expression's ".").
      if (k + 1 >= n || isLineTerminator(text.charCodeAt(k + 1))) return -1;
      k++;
    }
  }
  return -1;
}

function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** A regular expression's `\s`. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function unquote(s: string): string {
  return s.startsWith('"') && s.endsWith('"') && s.length >= 2 ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s;
}

/**
 * The resinfo with CFWS folded back: whitespace runs collapsed first (so every later pattern is
 * linear on hostile input), then no space around "=", "/" and a "." before a property's "=".
 * Most resinfos have nothing to fold (one space between words, none beside those characters):
 * they are returned as they are, which is what the four replacements would give.
 */
export function compactResinfo(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?= ?/g, '=')
    .replace(/ ?\/ ?/g, '/')
    .replace(/ ?\. ?(?=[^ =]{0,64}=)/g, '.');
}

/** What can make the folded resinfo split into other words than the resinfo itself. */
const MAY_FOLD = /"|\s[=/.]|[=/.]\s/;

/** Whitespace other than one space, two spaces, or a space beside "=", "/" or ".". */
const NEEDS_FOLDING = /[^\S ]| [ =/.]|[=/.] /;

/**
 * resinfo = methodspec [reasonspec] *propspec (RFC 8601 §2.2). Spaces around "=" and "." are
 * allowed by CFWS, so `header . d = example.com` and `dkim / 1 = pass` are folded back first.
 */
function parseResinfo(text: string, comments: string[]): ParsedAuthResultEntry | null {
  // Without a quote or whitespace beside "=", "/" or ".", folding only collapses whitespace runs
  // (a comment taken out leaves two spaces), which splitting into words does anyway.
  const compact = MAY_FOLD.test(text) ? compactResinfo(text) : text;
  const pairs: Array<[string, string]> = [];
  for (const w of words(compact)) {
    const eq = w.indexOf('=');
    if (eq <= 0) return null;
    pairs.push([w.slice(0, eq).toLowerCase(), unquote(w.slice(eq + 1))]);
  }
  const first = pairs.shift();
  if (first === undefined || first[1] === '') return null;
  // method [ "/" version ]: the version is not needed to read the result.
  const method = first[0].includes('/') ? first[0].replace(/\/.*$/, '') : first[0];
  // method and result are Keywords (RFC 8601 §2.2, RFC 5321 ldh-str): no dots, no "=".
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(method) || !/^[a-z0-9][a-z0-9_-]*$/i.test(first[1])) return null;
  let reason: string | null = null;
  const props: Record<string, string> = {};
  for (const [key, value] of pairs) {
    if (key === 'reason') reason = value;
    else if (!(key in props)) props[key] = value;
  }
  return { method, result: first[1].toLowerCase(), reason, props, comments };
}
