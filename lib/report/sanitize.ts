// Header text is hostile: it may carry control characters, bidi overrides that reorder what the
// reader sees (Trojan Source, CVE-2021-42574), HTML, or Markdown that turns into links when pasted
// into an issue tracker. Everything that came from the message passes through here.

// C0/C1 controls and DEL (tab and newline included: a report line must stay one line).
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
// Bidi embeddings/overrides/isolates (U+202A–202E, U+2066–2069), marks, zero-width and line separators.
const INVISIBLE = /[\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2069\uFEFF]/g;

function hex(c: string): string {
  return c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/** Control characters shown as `\xNN`, invisible/bidi characters as `<U+202E>`: seen, never obeyed. */
export function cleanText(s: string): string {
  return s
    .replace(CONTROL, (c) => (c === '\t' ? ' ' : `\\x${hex(c).slice(2)}`))
    .replace(INVISIBLE, (c) => `<U+${hex(c)}>`);
}

/** Same characters as JSON `\uXXXX` escapes: the value is unchanged, the text shows no surprises. */
export function escapeJsonInvisibles(json: string): string {
  return json.replace(INVISIBLE, (c) => `\\u${hex(c).toLowerCase()}`);
}

/** An inline code span that holds any text: fence longer than any backtick run inside (CommonMark §6.1). */
export function mdCode(s: string): string {
  const text = cleanText(s);
  if (text === '') return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A code span inside a GFM table cell: pipes must be escaped even inside code (GFM §4.10). */
export function mdCell(s: string): string {
  return mdCode(s).replace(/\|/g, '\\|');
}

// Tokens GFM would turn into links (extended autolinks: www., scheme://, bare e-mail addresses).
const LINKY = /@|＠|:\/\/|^www\.|\bwww\./i;

/**
 * Prose that mixes our words with header text: the ASCII punctuation that can start Markdown or HTML
 * (`[` for links and images, `<` for tags and autolinks, `*`/`_`/`~` emphasis, `|` cells, `&`
 * entities, backticks) is backslash-escaped (CommonMark §2.4), any token that could autolink goes
 * into a code span, where nothing links, and a block marker at the start of the text is escaped.
 */
export function mdText(s: string): string {
  const out = cleanText(s)
    .split(/( +)/)
    .map((tok) => {
      if (tok.trim() === '') return tok;
      if (LINKY.test(tok)) return mdCode(tok).replace(/\|/g, '\\|');
      return tok.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
    })
    .join('');
  return out.replace(/^([#+=>-]|\d+[.)])/, '\\$1');
}
