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
  let malformed = rawValue.length > MAX_VALUE;
  const segments = splitSegments(rawValue.slice(0, MAX_VALUE));
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

/** Splits on ";" outside quotes and comments, pulling comments out. Null on unbalanced input. */
function splitSegments(value: string): Segment[] | null {
  const segments: Segment[] = [];
  let text = '';
  let comments: string[] = [];
  let comment = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (depth > 0) {
      if (c === '\\') {
        comment += value[++i] ?? '';
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') depth--;
      if (depth === 0) {
        comments.push(comment.trim());
        comment = '';
        text += ' '; // RFC 5322 §3.2.2: a comment separates like whitespace
      } else comment += c;
      continue;
    }
    if (quoted) {
      text += c;
      if (c === '\\') text += value[++i] ?? '';
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    if (c === '(') {
      depth = 1;
      continue;
    }
    if (c === ';') {
      segments.push({ text, comments });
      text = '';
      comments = [];
      continue;
    }
    text += c;
  }
  if (depth > 0 || quoted) return null;
  segments.push({ text, comments });
  return segments;
}

/** Whitespace-separated words, keeping quoted strings whole (also `reason="two words"`). */
function words(text: string): string[] {
  return text.match(/(?:[^\s"]|"(?:[^"\\]|\\.)*")+/g) ?? [];
}

function unquote(s: string): string {
  return s.startsWith('"') && s.endsWith('"') && s.length >= 2 ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s;
}

/**
 * resinfo = methodspec [reasonspec] *propspec (RFC 8601 §2.2). Spaces around "=" and "." are
 * allowed by CFWS, so `header . d = example.com` and `dkim / 1 = pass` are folded back first.
 */
function parseResinfo(text: string, comments: string[]): ParsedAuthResultEntry | null {
  // Whitespace runs are collapsed first so every later pattern is linear on hostile input.
  const compact = text
    .replace(/\s+/g, ' ')
    .replace(/ ?= ?/g, '=')
    .replace(/ ?\/ ?/g, '/')
    .replace(/ ?\. ?(?=[^ =]{0,64}=)/g, '.');
  const pairs: Array<[string, string]> = [];
  for (const w of words(compact)) {
    const eq = w.indexOf('=');
    if (eq <= 0) return null;
    pairs.push([w.slice(0, eq).toLowerCase(), unquote(w.slice(eq + 1))]);
  }
  const first = pairs.shift();
  if (first === undefined || first[1] === '') return null;
  // method [ "/" version ]: the version is not needed to read the result.
  const method = first[0].replace(/\/.*$/, '');
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
