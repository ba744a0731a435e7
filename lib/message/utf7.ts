// RFC 2047 encoded-words in UTF-7 (RFC 2152): postal-mime decodes their Q or B layer and leaves
// the UTF-7 text as it is, so `=?utf-7?q?security+AEA-northbank.example?=` read as
// "security+AEA-northbank.example" — an address no rule could see (probe12). Real mail does not
// use UTF-7 in headers, an attacker does: those words are rewritten as UTF-8 encoded-words before
// the parser reads them, so the display name reads as the reader's client shows it.
/** Every label of the charset (the WHATWG and IANA names, with the x- and cs forms). */
const LABEL = '(?:x-)?(?:utf-?7|csutf7|unicode-[12]-[01]-utf-7|csunicode11utf7)';
const WORD = new RegExp(`=\\?${LABEL}(?:\\*[^?]*)?\\?([bq])\\?([^?\\s]*)\\?=`, 'gi');
/** Whether a value holds one such word at all (the usual answer is no: nothing is rewritten). */
const ANY_WORD = new RegExp(`=\\?${LABEL}[*?]`, 'i');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The bytes of an encoded-word's text (B: base64; Q: `_` a space, `=XX` a byte), as latin1. */
function wordBytes(kind: string, text: string): string {
  if (kind.toLowerCase() === 'b') {
    try {
      return atob(text);
    } catch {
      return '';
    }
  }
  return text
    .replace(/_/g, ' ')
    .replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

/** UTF-7 text decoded (RFC 2152): `+` opens modified base64 of UTF-16, `-` or any other character closes it. */
export function decodeUtf7(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '+') {
      out += c;
      continue;
    }
    let j = i + 1;
    while (j < s.length && B64.includes(s[j]!)) j++;
    if (j === i + 1)
      out += '+'; // `+-` is a plus sign
    else {
      let bits = 0;
      let value = 0;
      for (let k = i + 1; k < j; k++) {
        value = (value << 6) | B64.indexOf(s[k]!);
        bits += 6;
        if (bits >= 16) {
          bits -= 16;
          out += String.fromCharCode((value >> bits) & 0xffff);
          value &= (1 << bits) - 1;
        }
      }
    }
    i = s[j] === '-' ? j : j - 1;
  }
  return out;
}

/**
 * A run of UTF-7 words with only blanks between them: RFC 2047 §6.2 drops those blanks, and readers
 * (postal-mime's decodeWords among them) join such words before decoding, so an `@` cut between
 * two words (`+AE?= =?utf-7?q?A-`) is one character again (probe15).
 */
const RUN = new RegExp(`${WORD.source}(?:[ \\t\\r\\n]+${WORD.source})*`, 'gi');

/** `raw` with each run of UTF-7 encoded-words written again as one UTF-8 word; unchanged when it has none. */
export function utf7WordsAsUtf8(raw: string): string {
  if (!ANY_WORD.test(raw)) return raw;
  return raw.replace(RUN, (run: string) => {
    let utf7 = '';
    for (const m of run.matchAll(WORD)) utf7 += wordBytes(m[1]!, m[2]!);
    const decoded = decodeUtf7(utf7);
    let bytes = '';
    for (const b of new TextEncoder().encode(decoded)) bytes += String.fromCharCode(b);
    return `=?utf-8?b?${btoa(bytes)}?=`;
  });
}
