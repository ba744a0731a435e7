// RFC 2047 encoded-words in the wide Unicode forms, two or four bytes a character: postal-mime
// hands the label to the WHATWG TextDecoder, for which "utf-16" (and ucs-2, iso-10646-ucs-2,
// csunicode) is UTF-16LE whatever the byte order mark says, and which knows no UTF-32 at all (it
// falls back to UTF-8, NULs and all). RFC 2781 §4.3 reads "UTF-16" by its mark, big-endian without
// one, as Java's and ICU's decoders do; Unicode §3.10 (D99) reads "UTF-32" the same way. So
// `=?UTF-16?B?/v8AcwBlAGM…?=` shows "security@northbank.example" in a mail app and read as
// mojibake here (probe25). Those words are rewritten as UTF-8 encoded-words before the parser
// reads them; the labels TextDecoder reads right (UTF-16BE, UTF-16LE) are left to it.
// The same for EBCDIC US (IBM037, and IBM1140, the same with the euro sign): TextDecoder does not
// know it, so postal-mime reads its bytes as UTF-8, while Roundcube (rcube_charset::convert, whose
// mbstring lacks it, falls back to glibc iconv, which has it) shows the bank's address.
// glibc iconv decodes some sixty EBCDIC pages more (probe27: IBM500, IBM1047). Each page below was
// checked byte by byte against glibc 2.x iconv (`printf '\x7c' | iconv -f IBM273 -t UTF-8`, all
// 256 bytes of every IBMnnn label `iconv -l` lists): IBM500, IBM1047 and IBM1148 differ from
// IBM037 in six to eight punctuation bytes and are decoded whole (EBCDIC_DIFFERENCES). In the rest
// the letters, digits, space, "." "-" "_" "+" sit at IBM037's bytes and "@" at 0x7C or at the byte
// EBCDIC_AT names (IBM273's 0xB5); only those are decoded, every other byte is U+FFFD, so nothing
// is shown that the page does not hold. IBM274, IBM275, IBM423 and IBM4517 have no "@" at all and
// are not read; the stateful double-byte pages (IBM933…IBM1399) read their single-byte stretches,
// a shift-out stretch (SO 0x0E … SI 0x0F) is U+FFFD a byte pair.

/** The labels rewritten (IANA names and aliases), grouped by what they decode as. */
const UTF16 = '(?:utf-?16|csutf16|ucs-?2|iso-10646-ucs-2|csunicode)';
const UTF32 = '(?:utf-?32(?:be|le)?|csutf32(?:be|le)?|ucs-?4|iso-10646-ucs-4|csucs4)';
/** "@" where it is not at 0x7C (glibc iconv). */
const EBCDIC_AT: Readonly<Record<number, number>> = {
  273: 0xb5,
  277: 0x80,
  278: 0xec,
  280: 0xb5,
  297: 0x44,
  871: 0xac,
  905: 0xaf,
  1026: 0xae,
  1122: 0xec,
  1141: 0xb5,
  1142: 0x80,
  1143: 0xec,
  1144: 0xb5,
  1147: 0x44,
  1149: 0xac,
  1155: 0xae,
  1157: 0xec,
};
/** Stateful pages: SO (0x0E) shifts to byte pairs until SI (0x0F). */
const EBCDIC_DOUBLE = new Set([933, 935, 937, 939, 1364, 1371, 1388, 1399]);
/** Pages decoded whole: IBM037 with these bytes changed (glibc iconv). */
const IBM500_DIFF: Array<[number, string]> = [
  [0x4a, '['],
  [0x4f, '!'],
  [0x5a, ']'],
  [0x5f, '^'],
  [0xb0, '\u00A2'],
  [0xba, '\u00AC'],
  [0xbb, '|'],
];
const EURO: [number, string] = [0x9f, '\u20AC'];
const EBCDIC_DIFFERENCES: ReadonlyMap<number, ReadonlyMap<number, string>> = new Map([
  [37, new Map()],
  [1140, new Map([EURO])],
  [500, new Map(IBM500_DIFF)],
  [1148, new Map([...IBM500_DIFF, EURO])],
  [
    1047,
    new Map([
      [0x5f, '^'],
      [0xad, '['],
      [0xb0, '\u00AC'],
      [0xba, '\u00DD'],
      [0xbb, '\u00A8'],
      [0xbd, ']'],
    ]),
  ],
]);
/** Pages whose address bytes only are decoded (the header says why). */
const EBCDIC_ADDRESS_ONLY: ReadonlySet<number> = new Set([
  ...'38 256 273 277 278 280 281 284 285 297 420 424 870 871 875 880 905 918 1025 1026 1097 1112'
    .split(' ')
    .map(Number),
  ...'1122 1123 1130 1132 1137 1141 1142 1143 1144 1145 1146 1147 1149 1153 1154 1155 1156 1157'
    .split(' ')
    .map(Number),
  ...'1158 1160 1164 1166 4971 9030 12712 16804'.split(' ').map(Number),
  ...EBCDIC_DOUBLE,
]);
const EBCDIC_PAGES = [...EBCDIC_DIFFERENCES.keys(), ...EBCDIC_ADDRESS_ONLY];
/** IANA's and glibc's ebcdic-cp-xx aliases. */
const EBCDIC_CP: Readonly<Record<string, number>> = {
  us: 37,
  ca: 37,
  wt: 37,
  nl: 37,
  be: 500,
  ch: 500,
  dk: 277,
  no: 277,
  fi: 278,
  se: 278,
  it: 280,
  es: 284,
  gb: 285,
  fr: 297,
  is: 871,
  roece: 870,
  yu: 870,
  he: 424,
  ar1: 420,
  ar2: 918,
  tr: 905,
};
/** IANA's ebcdic-xx-NNN+euro names: the euro page of each national page. */
const EBCDIC_EURO: Readonly<Record<number, number>> = {
  37: 1140,
  273: 1141,
  277: 1142,
  278: 1143,
  280: 1144,
  284: 1145,
  285: 1146,
  297: 1147,
  500: 1148,
  871: 1149,
};
/** IBMnnn / CPnnn / IBM-nnn / CSIBMnnn / CCSIDnnn (zeros padded or not) and the aliases above. */
const EBCDIC = `(?:(?:ibm|cp|csibm|ccsid)-?0*(?:${EBCDIC_PAGES.join('|')})|ebcdic-cp-(?:${Object.keys(EBCDIC_CP).join('|')})|ebcdic-[a-z]+-(?:${Object.keys(EBCDIC_EURO).join('|')})\\+euro)`;
const LABEL = `(?:x-)?(?:${UTF16}|${UTF32}|${EBCDIC})`;
const WORD_SOURCE = `=\\?(${LABEL})(?:\\*[^?]*)?\\?([bq])\\?([^?\\s]*)\\?=`;
const WORD = new RegExp(WORD_SOURCE, 'gi');
/** Whether a value holds one such word at all (the usual answer is no: nothing is rewritten). */
const ANY_WORD = new RegExp(`=\\?${LABEL}[*?]`, 'i');
/**
 * A run of such words with only blanks between them: RFC 2047 §6.2 drops those blanks and readers
 * join the words of one charset before decoding, so a character cut between two words is whole.
 */
const RUN = new RegExp(`${WORD_SOURCE}(?:[ \\t\\r\\n]+${WORD_SOURCE})*`, 'gi');

/** An EBCDIC page is its number. */
type Form = 'utf-16' | 'utf-32' | 'utf-32be' | 'utf-32le' | number;
const UTF16_LABEL = new RegExp(`^${UTF16}$`);
const EBCDIC_LABEL = new RegExp(`^${EBCDIC}$`);

/** IBM037 byte → character, as Python's cp037 codec and glibc iconv map it (data, one byte a character). */
const IBM037 =
  '\u0000\u0001\u0002\u0003\u009C\u0009\u0086\u007F\u0097\u008D\u008E\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u009D\u0085\u0008\u0087\u0018\u0019\u0092\u008F\u001C\u001D\u001E\u001F\u0080\u0081\u0082\u0083\u0084\u000A\u0017\u001B\u0088\u0089\u008A\u008B\u008C\u0005\u0006\u0007\u0090\u0091\u0016\u0093\u0094\u0095\u0096\u0004\u0098\u0099\u009A\u009B\u0014\u0015\u009E\u001A' +
  ' \u00A0\u00E2\u00E4\u00E0\u00E1\u00E3\u00E5\u00E7\u00F1\u00A2.<(+|&\u00E9\u00EA\u00EB\u00E8\u00ED\u00EE\u00EF\u00EC\u00DF!$*);\u00AC-/\u00C2\u00C4\u00C0\u00C1\u00C3\u00C5\u00C7\u00D1\u00A6,%_>?\u00F8\u00C9\u00CA\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u0060:#@\u0027="' +
  '\u00D8abcdefghi\u00AB\u00BB\u00F0\u00FD\u00FE\u00B1\u00B0jklmnopqr\u00AA\u00BA\u00E6\u00B8\u00C6\u00A4\u00B5~stuvwxyz\u00A1\u00BF\u00D0\u00DD\u00DE\u00AE^\u00A3\u00A5\u00B7\u00A9\u00A7\u00B6\u00BC\u00BD\u00BE[]\u00AF\u00A8\u00B4\u00D7' +
  '{ABCDEFGHI\u00AD\u00F4\u00F6\u00F2\u00F3\u00F5}JKLMNOPQR\u00B9\u00FB\u00FC\u00F9\u00FA\u00FF\u005C\u00F7STUVWXYZ\u00B2\u00D4\u00D6\u00D2\u00D3\u00D50123456789\u00B3\u00DB\u00DC\u00D9\u00DA\u009F';

function formOf(label: string): Form {
  const l = label.toLowerCase().replace(/^x-/, '');
  if (UTF16_LABEL.test(l)) return 'utf-16';
  if (EBCDIC_LABEL.test(l)) return ebcdicPage(l);
  if (/be$/.test(l)) return 'utf-32be';
  if (/le$/.test(l)) return 'utf-32le';
  return 'utf-32';
}

function ebcdicPage(label: string): number {
  const cp = /^ebcdic-cp-(.+)$/.exec(label);
  if (cp) return EBCDIC_CP[cp[1]!] ?? 37;
  const euro = /^ebcdic-[a-z]+-(\d+)\+euro$/.exec(label);
  if (euro) return EBCDIC_EURO[Number(euro[1])] ?? 1140;
  return Number(/\d+$/.exec(label)?.[0] ?? 37);
}

/** The bytes of an encoded-word's text (B: base64; Q: `_` a space, `=XX` a byte). */
function wordBytes(kind: string, text: string): number[] {
  let bin = '';
  if (kind.toLowerCase() === 'b') {
    try {
      bin = atob(text);
    } catch {
      return [];
    }
  } else {
    bin = text
      .replace(/_/g, ' ')
      .replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  }
  const out: number[] = new Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Without a byte order mark, how many code units read as a character below U+0100 in each order:
 * RFC 2781 says big-endian, but a mail app built on .NET (whose "utf-16" is little-endian) shows
 * a little-endian address, so the order in which the text reads as text wins, big-endian on a tie
 * (a CJK name has no zero bytes in either order and reads big-endian).
 */
function littleEndianReads(bytes: readonly number[], width: 2 | 4): boolean {
  let big = 0;
  let little = 0;
  for (let i = 0; i + width <= bytes.length; i += width) {
    if (width === 2) {
      if (bytes[i] === 0) big++;
      if (bytes[i + 1] === 0) little++;
    } else {
      if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 2] === 0) big++;
      if (bytes[i + 3] === 0 && bytes[i + 2] === 0 && bytes[i + 1] === 0) little++;
    }
  }
  return little > big;
}

/** UTF-16 by RFC 2781 §4.3: the mark decides, else big-endian (see littleEndianReads). */
export function decodeUtf16(bytes: readonly number[]): string {
  let little: boolean;
  let start = 0;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) [little, start] = [false, 2];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [little, start] = [true, 2];
  else little = littleEndianReads(bytes, 2);
  const decoder = new TextDecoder(little ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
  return decoder.decode(Uint8Array.from(bytes.slice(start)));
}

/** UTF-32 (Unicode §3.10 D99–D101): labelled order, else the mark, else big-endian; bad units are U+FFFD. */
export function decodeUtf32(bytes: readonly number[], order: 'be' | 'le' | null = null): string {
  let little = order === 'le';
  let start = 0;
  if (order === null) {
    if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) start = 4;
    else if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
      [little, start] = [true, 4];
    else little = littleEndianReads(bytes, 4);
  }
  const parts: string[] = [];
  for (let i = start; i < bytes.length; i += 4) {
    if (i + 4 > bytes.length) {
      parts.push('\uFFFD');
      break;
    }
    const [a, b, c, d] = [bytes[i]!, bytes[i + 1]!, bytes[i + 2]!, bytes[i + 3]!];
    const cp = little
      ? ((d << 24) | (c << 16) | (b << 8) | a) >>> 0
      : ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
    const ok = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    parts.push(ok ? String.fromCodePoint(cp) : '\uFFFD');
  }
  return parts.join('');
}

/** EBCDIC US: IBM037 by its table; IBM1140 the same with U+20AC for 0x9F. */
export function decodeIbm037(bytes: readonly number[], euro = false): string {
  return decodeEbcdic(bytes, euro ? 1140 : 37) ?? ''; // both pages are listed
}

/** What an address is written with, at IBM037's bytes in every page listed ("@" apart). */
const ADDRESS_CHARS = /^[A-Za-z0-9 .\-_+]$/;

/**
 * An EBCDIC page (see the header): whole when EBCDIC_DIFFERENCES has it, else its address bytes
 * only, every other byte U+FFFD; null for a page not listed.
 */
export function decodeEbcdic(bytes: readonly number[], page: number): string | null {
  const diff = EBCDIC_DIFFERENCES.get(page);
  if (!diff && !EBCDIC_ADDRESS_ONLY.has(page)) return null;
  const at = EBCDIC_AT[page] ?? 0x7c;
  const double = EBCDIC_DOUBLE.has(page);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (double && b === 0x0e) {
      for (i++; i < bytes.length && bytes[i] !== 0x0f; i += 2) parts.push('\uFFFD');
      continue;
    }
    const ch = IBM037[b]!;
    if (diff) parts.push(diff.get(b) ?? ch);
    else parts.push(b === at ? '@' : ADDRESS_CHARS.test(ch) ? ch : '\uFFFD');
  }
  return parts.join('');
}

function decode(form: Form, bytes: readonly number[]): string {
  if (form === 'utf-16') return decodeUtf16(bytes);
  if (typeof form === 'number') return decodeEbcdic(bytes, form) ?? '\uFFFD';
  return decodeUtf32(bytes, form === 'utf-32be' ? 'be' : form === 'utf-32le' ? 'le' : null);
}

function asUtf8Word(text: string): string {
  const parts: string[] = [];
  for (const b of new TextEncoder().encode(text)) parts.push(String.fromCharCode(b));
  return `=?utf-8?b?${btoa(parts.join(''))}?=`;
}

/**
 * `raw` with each run of UTF-16 (bare label), UCS-2 and UTF-32 encoded-words written again as
 * UTF-8 words, one per stretch of one form; unchanged when it has none. Linear in the length.
 */
export function wideWordsAsUtf8(raw: string): string {
  if (!ANY_WORD.test(raw)) return raw;
  return raw.replace(RUN, (run: string) => {
    const out: string[] = [];
    let form: Form | null = null;
    let bytes: number[] = [];
    const flush = () => {
      if (form) out.push(asUtf8Word(decode(form, bytes)));
      bytes = [];
    };
    for (const m of run.matchAll(WORD)) {
      const next = formOf(m[1]!);
      if (next !== form) {
        flush();
        form = next;
      }
      for (const b of wordBytes(m[2]!, m[3]!)) bytes.push(b);
    }
    flush();
    return out.join(' ');
  });
}
