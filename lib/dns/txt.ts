// TXT data as DNS carries it: a record is a list of character-strings of at most 255 octets
// (RFC 1035 §3.3.14). DoH JSON APIs print each record in zone-file syntax (RFC 1035 §5.1):
// quoted strings, adjacent or space-separated, with `\"`, `\\` and `\DDD` (decimal octet) escapes.

const MAX_CHUNK = 255;

/**
 * One long TXT value → chunks of ≤ 255 octets, as a publisher's DNS server would split it. Cuts
 * fall between code points, so a non-ASCII character is never broken across two chunks.
 */
export function splitTxt(value: string): string[] {
  // Every UTF-16 code unit is at most 3 UTF-8 octets: short values need no counting.
  if (value.length * 3 <= MAX_CHUNK) return [value];
  const chunks: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // A surrogate pair is one code point of 4 octets: counted at its high half, never split.
    const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
    const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (size + n > MAX_CHUNK) {
      chunks.push(value.slice(start, i));
      start = i;
      size = 0;
    }
    size += n;
    if (pair) i++;
  }
  chunks.push(value.slice(start));
  return chunks;
}

/**
 * Zone-file TXT text → one string per character-string. Unquoted data (Google's JSON API prints
 * a single string bare) is taken whole. Escaped octets are collected as bytes and decoded as
 * UTF-8 so a name written as `\195\169` comes back as `é`.
 */
export function parseTxtData(data: string): string[] {
  const text = String(data);
  if (!text.trimStart().startsWith('"')) return [text];
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  let i = 0;
  while (i < text.length) {
    while (i < text.length && text[i] !== '"') i++;
    if (i >= text.length) break;
    i++; // opening quote
    const bytes: number[] = [];
    let closed = false;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        closed = true;
        i++;
        break;
      }
      if (ch === '\\' && i + 1 < text.length) {
        const digits = text.slice(i + 1, i + 4);
        if (/^\d{3}$/.test(digits) && Number(digits) < 256) {
          bytes.push(Number(digits));
          i += 4;
          continue;
        }
        pushUtf8(bytes, text[i + 1]!);
        i += 2;
        continue;
      }
      const cp = text.codePointAt(i)!;
      const s = String.fromCodePoint(cp);
      pushUtf8(bytes, s);
      i += s.length;
    }
    chunks.push(decoder.decode(new Uint8Array(bytes)));
    if (!closed) break;
  }
  return chunks;
}

function pushUtf8(bytes: number[], s: string): void {
  for (const b of new TextEncoder().encode(s)) bytes.push(b);
}

/** Chunks → zone-file text, the inverse of parseTxtData (used by the test DoH server). */
export function formatTxtData(chunks: readonly string[]): string {
  return chunks
    .map((chunk) => {
      let out = '"';
      for (const b of new TextEncoder().encode(chunk)) {
        if (b === 0x22 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
        else if (b < 0x20 || b > 0x7e) out += `\\${String(b).padStart(3, '0')}`;
        else out += String.fromCharCode(b);
      }
      return `${out}"`;
    })
    .join(' ');
}

/**
 * A TXT answer as a resolver hands it back → one string per record, its character-strings joined
 * (RFC 7208 §3.3, RFC 7489 §6.6.3 read a record so). Whatever is not a list (an odd resolver's
 * answer) holds no record; an entry that is neither a list nor a string is an empty record.
 */
export function txtRecords(answer: unknown): string[] {
  if (!Array.isArray(answer)) return [];
  return answer.map((r) => (Array.isArray(r) ? r.join('') : typeof r === 'string' ? r : ''));
}
