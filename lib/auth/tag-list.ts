// The tag-list grammar of RFC 6376 §3.2, read strictly and in one linear pass: DKIM-Signature,
// ARC-Seal, ARC-Message-Signature (RFC 8617 §4.1) and DKIM key records all use it. mailauth's
// parser is lenient (it folds tag names to lower case, lets a later duplicate win and skips empty
// segments) and trims folding white space with a regex that is quadratic on long runs of spaces;
// this one never backtracks, so it is safe on any header the message carries.
//
//   tag-list  =  tag-spec *( ";" tag-spec ) [ ";" ]
//   tag-spec  =  [FWS] tag-name [FWS] "=" [FWS] tag-value [FWS]
//   tag-name  =  ALPHA *ALNUMPUNC            ALNUMPUNC = ALPHA / DIGIT / "_"
//   tag-value =  [ tval *( 1*(WSP / FWS) tval ) ]    tval = 1*VALCHAR (%x21-3A / %x3C-7E)

export interface Tag {
  /** As written: tag names are case-sensitive (RFC 6376 §3.2). */
  name: string;
  /** FWS around it removed; inner white space kept as written. */
  value: string;
}

export interface TagList {
  tags: Tag[];
  /** Why the list is not valid RFC 6376 §3.2 syntax; empty when it is. */
  errors: string[];
}

const isWsp = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Index of the first non-FWS character in [from, to), or `to`. */
function skipFws(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWsp(s.charCodeAt(i))) i++;
  return i;
}

/** One past the last non-FWS character in [from, to), or `from`. */
function trimFwsEnd(s: string, from: number, to: number): number {
  let j = to;
  while (j > from && isWsp(s.charCodeAt(j - 1))) j--;
  return j;
}

function validName(name: string): boolean {
  if (name.length === 0 || !isAlpha(name.charCodeAt(0))) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isAlpha(c) && !isDigit(c) && c !== 0x5f) return false;
  }
  return true;
}

/**
 * A control character in a value. Bytes above 0x7e are allowed: RFC 8616 §4 lets UTF-8 into the
 * values of internationalised mail, and they never change how a tag-list is split.
 */
function badValueChar(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x21 && !isWsp(c)) || c === 0x7f) return true;
  }
  return false;
}

/** The value of a header line (after its first colon), or the whole text when it has none. */
export function headerFieldValue(line: string): string {
  const colon = line.indexOf(':');
  return colon >= 0 ? line.slice(colon + 1) : line;
}

const MAX_ERRORS = 8;

/** Parses a tag-list (the value only, not the header name). Never throws. */
export function parseTagList(text: string): TagList {
  const tags: Tag[] = [];
  // The first few reasons are enough to explain a refusal; a hostile list could have millions.
  const errors: string[] = [];
  const error = (reason: () => string) => {
    if (errors.length < MAX_ERRORS) errors.push(reason());
  };
  const seen = new Set<string>();
  const end = text.length;
  let start = 0;
  let segment = 0;
  while (start <= end) {
    let stop = text.indexOf(';', start);
    if (stop < 0) stop = end;
    const from = skipFws(text, start, stop);
    const to = trimFwsEnd(text, from, stop);
    const last = stop === end;
    if (from === to) {
      // Only a single trailing ";" may leave an empty segment, never a ";;" or an empty list.
      if (!last || segment === 0) error(() => 'empty tag-spec');
    } else {
      // Searched within the segment only: indexOf would rescan the rest of the text per segment.
      let eq = from;
      while (eq < to && text.charCodeAt(eq) !== 0x3d) eq++;
      if (eq >= to) {
        error(() => `tag-spec without "=": ${JSON.stringify(text.slice(from, Math.min(to, from + 40)))}`);
      } else {
        const name = text.slice(from, trimFwsEnd(text, from, eq));
        const value = text.slice(skipFws(text, eq + 1, to), to);
        if (!validName(name)) error(() => `invalid tag name ${JSON.stringify(name.slice(0, 40))}`);
        else if (seen.has(name)) error(() => `duplicate tag "${name}"`);
        if (badValueChar(value)) error(() => `control character in the value of "${name.slice(0, 40)}"`);
        seen.add(name);
        tags.push({ name, value });
      }
    }
    segment++;
    start = stop + 1;
  }
  return { tags, errors };
}

/** The value of a tag (exact, case-sensitive name), or null. */
export function tagValue(list: TagList, name: string): string | null {
  return list.tags.find((t) => t.name === name)?.value ?? null;
}

/** A value with every white space removed (b=, bh=, p= and h= ignore FWS, RFC 6376 §3.5). */
export function compact(value: string): string {
  return value.replace(/[ \t\r\n]+/g, '');
}

/**
 * The header fields a DKIM or ARC signature's h= names, lower-case, in order, as the verifier reads
 * them (mailauth drops every white-space character from h= and skips empty names): what the
 * signature covers, for each rule that asks.
 */
export function signedFields(tags: TagList): string[] {
  const h = tagValue(tags, 'h');
  return h === null ? [] : compact(h).toLowerCase().split(':').filter(Boolean);
}

/**
 * Syntax errors plus the rules every signature header shares: each required tag present under
 * its exact lower-case name, and no known tag written with upper-case letters. RFC 6376 §3.2
 * makes `S=` an unknown tag, but lenient verifiers (mailauth among them) read it as `s=`: the
 * same header would then name two different keys or domains to two readers.
 */
export function signatureProblems(
  list: TagList,
  required: readonly string[],
  known: readonly string[],
): string[] {
  const problems = [...list.errors];
  for (const t of list.tags) {
    const lower = t.name.toLowerCase();
    if (lower !== t.name && known.includes(lower))
      problems.push(`tag "${t.name}" is "${lower}" in upper case`);
  }
  for (const name of required) {
    if (tagValue(list, name) === null) problems.push(`missing ${name}=`);
  }
  return problems;
}
