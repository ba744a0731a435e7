// mailauth's parseHeaders (lib/tools.js, used by its DKIM message parser) joins each line that
// does not start a field to the row above with `rows.splice(i, 1)`, one line at a time: every
// splice moves the rest of the array, so a header block of n folded lines costs O(n²). 30,000
// two-line Received fields took seconds (issue 19 §5). This builds the very same rows in one pass
// from the bottom up (mailauth's order, so its merge decisions are taken on the same rows), and
// the verifier is given it in place of its own (parseHeaderRows in lib/auth/mailauth.ts). A
// property test (test/unit/auth/header-rows.test.ts) compares the two on random header blocks.
// No Buffer here: lib/auth/limits.ts uses this too, and content scripts import its constants.

// The same rule as mailauth 7.1 tools.js FIELD_START: an ftext name, then optional folding, then ':'.
const FIELD_START = /^[\x21-\x39\x3b-\x7e]+[ \t\r\n]*:/;
const NON_ASCII = /[^\x00-\x7f]/;

/** Only ASCII letters change case (a field name is ASCII, RFC 5322 §3.6.8). */
function lowerCaseAscii(s: string): string {
  return NON_ASCII.test(s) ? s.replace(/[A-Z]/g, (c) => c.toLowerCase()) : s.toLowerCase();
}

/** Whether a row (its first line, and the line after it when it has one) opens a field. */
function startsField(first: string, second: string | undefined): boolean {
  return FIELD_START.test(second === undefined ? first : `${first}\r\n${second}`);
}

/** A row as text: one character a byte (latin1), folds joined with CRLF. */
export interface HeaderRowText {
  key: string | null;
  casedKey: string | undefined;
  text: string;
}

function toRow(lines: string[]): HeaderRowText {
  const text = lines.join('\r\n');
  const match = /^[^:]+/.exec(text);
  let key: string | null = null;
  let casedKey: string | undefined;
  if (match) {
    casedKey = match[0];
    if (casedKey.indexOf('\n') >= 0) casedKey = casedKey.replace(/\r?\n/g, '');
    casedKey = casedKey.replace(/^[ \t]+|[ \t]+$/g, '');
    key = lowerCaseAscii(casedKey);
  }
  return { key, casedKey, text };
}

/**
 * The rows of a header block given as one character a byte (latin1), as mailauth's parseHeaders
 * makes them, without turning each into a Buffer (lib/auth/limits.ts prunes on these;
 * lib/auth/mailauth.ts makes mailauth's rows of them).
 */
export function headerRowTexts(binary: string): HeaderRowText[] {
  const lines = binary.replace(/[\r\n]+$/, '').split(/\r?\n/);
  if (lines.length === 1 && !lines[0]) return [];
  // Walking up: `below` holds the lines already joined to the row being built, last line first.
  const rows: HeaderRowText[] = [];
  let below: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (i > 0 && !startsField(line, below[below.length - 1])) {
      below.push(line);
      continue;
    }
    below.push(line);
    rows.push(toRow(below.reverse()));
    below = [];
  }
  return rows.reverse();
}
