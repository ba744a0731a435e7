// Finds the header block of a raw message and unfolds it into fields. Only the header block is
// ever turned into a string: a 25 MB body stays bytes (DKIM reads it elsewhere).

/** Raw fields before RFC 2047 decoding. */
export interface RawField {
  name: string;
  /** Unfolded value as written, surrounding whitespace trimmed. */
  rawValue: string;
}

export interface HeaderBlock {
  fields: RawField[];
  /** Bytes of the header block, including the blank separator line. */
  headerBytes: number;
  size: number;
  problems: string[];
}

export function readHeaderBlock(raw: Uint8Array | string): HeaderBlock {
  const problems: string[] = [];
  const { text, headerBytes, size, found } =
    typeof raw === 'string' ? splitString(raw) : splitBytes(raw, problems);
  if (!found) {
    problems.push(
      'No blank line separates the headers from the body: the whole message was read as headers.',
    );
  }
  let cleaned = text;
  if (text.includes('\0')) {
    problems.push('The header block contains NUL bytes (not allowed by RFC 5322 §2.2); they were ignored.');
    cleaned = text.replaceAll('\0', '');
  }
  return { fields: unfold(cleaned, problems), headerBytes, size, problems };
}

interface Split {
  text: string;
  headerBytes: number;
  size: number;
  found: boolean;
}

function splitString(raw: string): Split {
  const end = blankLineEnd(raw);
  const block = end === -1 ? raw : raw.slice(0, end);
  return { text: block, headerBytes: utf8Length(block), size: utf8Length(raw), found: end !== -1 };
}

/** Index just past the first empty line (LF LF or LF CR LF), or -1. Also a message that starts empty. */
function blankLineEnd(raw: string): number {
  if (raw.startsWith('\n')) return 1;
  if (raw.startsWith('\r\n')) return 2;
  let from = 0;
  for (;;) {
    const lf = raw.indexOf('\n', from);
    if (lf === -1) return -1;
    if (raw.charCodeAt(lf + 1) === 10) return lf + 2;
    if (raw.charCodeAt(lf + 1) === 13 && raw.charCodeAt(lf + 2) === 10) return lf + 3;
    from = lf + 1;
  }
}

/** Byte index just past the first empty line (LF LF or LF CR LF), or -1; also a message that starts empty. */
export function blankLineEndBytes(raw: Uint8Array): number {
  if (raw[0] === 10) return 1;
  if (raw[0] === 13 && raw[1] === 10) return 2;
  // indexOf is native and fast: a 25 MB message is scanned in a few milliseconds.
  for (let lf = raw.indexOf(10); lf !== -1; lf = raw.indexOf(10, lf + 1)) {
    if (raw[lf + 1] === 10) return lf + 2;
    if (raw[lf + 1] === 13 && raw[lf + 2] === 10) return lf + 3;
  }
  return -1;
}

function splitBytes(raw: Uint8Array, problems: string[]): Split {
  const end = blankLineEndBytes(raw);
  const block = end === -1 ? raw : raw.subarray(0, end);
  return {
    text: decodeHeaderBytes(block, problems),
    headerBytes: block.length,
    size: raw.length,
    found: end !== -1,
  };
}

/**
 * Headers are ASCII by RFC 5322, UTF-8 by RFC 6532; older mailers send raw Latin-1. Read UTF-8
 * strictly first so Latin-1 bytes become their characters rather than replacement marks.
 */
function decodeHeaderBytes(block: Uint8Array, problems: string[]): string {
  try {
    return STRICT_UTF8.decode(block);
  } catch {
    problems.push('The headers contain 8-bit bytes that are not UTF-8; they were read as Windows-1252.');
    return WINDOWS_1252.decode(block);
  }
}

/** Made once: a decoder that throws on bad input starts afresh on its next call (WHATWG Encoding). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** RFC 5322 §2.2.3: unfolding removes each CRLF that is followed by whitespace. */
function unfold(text: string, problems: string[]): RawField[] {
  const fields: RawField[] = [];
  let bad = 0;
  let name: string | null = null;
  let parts: string[] = [];
  const flush = () => {
    if (name !== null) fields.push({ name, rawValue: parts.join('').trim() });
    name = null;
    parts = [];
  };
  let start = 0;
  let first = true;
  let bareCr = false;
  const read = (line: string) => {
    if (first && line.startsWith('From ')) {
      // mbox "From sender date" envelope line left by mail clients that export .mbox: not a header.
      first = false;
      return;
    }
    first = false;
    const c = line.charCodeAt(0);
    if (c === 32 || c === 9) {
      if (name !== null) parts.push(line);
      else bad++;
      return;
    }
    const colon = line.indexOf(':');
    // RFC 5322 §3.6.8 field-name: printable ASCII except colon, no spaces (tolerate trailing WSP).
    const candidate = colon > 0 ? line.slice(0, colon).trimEnd() : '';
    if (!candidate || !/^[\x21-\x39\x3b-\x7e]+$/.test(candidate)) {
      bad++;
      return;
    }
    flush();
    name = candidate;
    parts = [line.slice(colon + 1)];
  };
  while (start < text.length) {
    let lf = text.indexOf('\n', start);
    if (lf === -1) lf = text.length;
    const line = text.charCodeAt(lf - 1) === 13 ? text.slice(start, lf - 1) : text.slice(start, lf);
    start = lf + 1;
    if (line === '') break; // the blank separator line
    if (!line.includes('\r')) {
      read(line);
      continue;
    }
    // RFC 5322 §2.2: CR only comes before LF. Parsers that end a line at a bare CR see a field
    // there ("X: 1\rFrom: bank"), hidden from those that do not: read it as a line too, so a
    // second From is seen. Empty pieces are skipped (they never end the header block here).
    // Not in a Received field: the receiver copies the sender's HELO name into it, and a split
    // there would let the sender cut the entry hop short and write fields right under it.
    bareCr = true;
    const c = line.charCodeAt(0);
    const owner = c === 32 || c === 9 ? name : line.slice(0, Math.max(0, line.indexOf(':'))).trimEnd();
    if (owner?.toLowerCase() === 'received') read(line);
    else for (const piece of line.split('\r')) if (piece !== '') read(piece);
  }
  flush();
  if (bareCr) {
    problems.push('The header block contains a CR without LF (RFC 5322 §2.2); it was read as a line break.');
  }
  if (bad > 0) {
    problems.push(
      `${bad} header line${bad === 1 ? ' was' : 's were'} not "Name: value" and ${bad === 1 ? 'was' : 'were'} skipped.`,
    );
  }
  return fields;
}

/** UTF-8 byte length of a string without allocating its encoding. */
export function utf8Length(s: string): number {
  // Mail is mostly ASCII: a native search skips to the first other character.
  const firstWide = s.search(/[^\x00-\x7f]/);
  if (firstWide === -1) return s.length;
  let n = firstWide;
  for (let i = firstWide; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
