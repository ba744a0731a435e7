// What a reader sees in a display name or local part, so the impersonation rules match that and
// not the bytes: `security@bank\u200B.example`, `\u202Emoc.lapyap`, `ＰａｙＰａｌ` and Cyrillic
// `Рауpal` all read as something the plain-text rules would miss.
// UTS #39 §4 (confusable detection): NFKC, drop default-ignorable format characters, then map
// each character to its prototype (the `confusables` package carries the Unicode data).
import { remove as removeConfusables } from 'confusables';
import { remember } from '../remember';

// Every character below U+0080 is its own NFKC form, and none is a format (Cf) or blank-looking
// character: ASCII text is shown as written.
const ASCII = /^[\x00-\x7f]*$/;

// General category Cf: soft hyphen, zero-width space/joiners, LRM/RLM, bidi embeddings, overrides
// and isolates, word joiner, invisible operators, BOM, Mongolian vowel separator, tag characters.
const FORMAT = /\p{Cf}/gu;
// Not Cf, but drawn as nothing or as a blank (removed too): combining grapheme joiner, Hangul
// fillers, Braille blank.
const BLANK_LOOKING = /[\u034F\u115F\u1160\u2800\u3164\uFFA0]/g;
const BLANK_CHAR = /[\u034F\u115F\u1160\u2800\u3164\uFFA0]/;
/** Overrides and embeddings/isolates (UAX #9 §2.1–2.4): they reorder what is shown. */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const IDEOGRAPHIC_DOT = /[\u3002\uFF61]/g;

/** NFKC, format characters removed, ideographic full stops read as dots. */
export function shownText(s: string): string {
  if (ASCII.test(s)) return s;
  return s.normalize('NFKC').replace(FORMAT, '').replace(BLANK_LOOKING, '').replace(IDEOGRAPHIC_DOT, '.');
}

// Drawn as a dot between two words, yet not U+002E: the characters UTS #39 confusables.txt maps
// to FULL STOP (Arabic-Indic and Persian zeros, Syriac supralinear and sublinear full stops, Lisu
// tone mya ti, Vai full stop, Kharoshthi punctuation dot, the musical augmentation dot), and the
// raised middle dots (Latin, katakana, bullet and dot operators, hyphenation point), which at
// mail-list sizes read as one: "security@northbank\u0660example" (probe25).
const DOT_LOOKALIKE =
  /(?<=[\p{L}\p{N}])(?<![\u0660-\u0669\u06F0-\u06F9])[\u00B7\u0660\u06F0\u0701\u0702\u2027\u2219\u22C5\u30FB\uA4F8\uA60E\u{10A50}\u{1D16D}](?=[\p{L}\p{N}])(?![\u0660-\u0669\u06F0-\u06F9])/gu;

/**
 * Shown text with each dot look-alike standing between two letters or digits read as ".", for
 * the address search only (never for what is shown or for brand skeletons). An Arabic-Indic or
 * Persian zero next to another digit of its own set is a number and stays.
 */
export function dotsAsRead(s: string): string {
  return ASCII.test(s) ? s : s.replace(DOT_LOOKALIKE, '.');
}

/**
 * The text in the order a reader sees it: after a right-to-left override (U+202E) strong Latin
 * letters are drawn right to left, so `\u202Emoc.lapyap` shows "paypal.com". Each overridden run
 * (up to its PDF U+202C, a PDI U+2069 or the end) is reversed; the rest is left alone. Not the
 * full UAX #9 algorithm: enough to read what an override was put there to show.
 */
export function visualOrder(s: string): string {
  if (!s.includes('\u202E')) return s;
  return s.replace(/\u202E([^\u202C\u2069]*)/g, (_, run: string) => [...run].reverse().join(''));
}

/** Both readings worth matching: the logical text and, with an override, the drawn order. */
export function shownVariants(s: string): string[] {
  const logical = shownText(s);
  const drawn = shownText(visualOrder(s));
  return drawn === logical ? [logical] : [logical, drawn];
}

// Digits read as letters inside a word ("PayPa1", "Micr0soft"); a number alone ("365") stays.
const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '5': 's' };

/**
 * Lower-case skeleton of a name: shown text with confusables folded to their prototypes
 * (Cyrillic Р → P, full-width Ｐ → P, mathematical bold 𝐏 → P), then digits inside words read as
 * the letters they imitate. Real non-Latin names fold to gibberish that names no brand.
 */
export const nameSkeleton: (s: string) => string = remember(computeNameSkeleton);

function computeNameSkeleton(s: string): string {
  const folded = removeConfusables(s).normalize('NFKC').toLowerCase();
  return folded.replace(/[\p{L}\p{N}]+/gu, (word) =>
    /\p{L}/u.test(word)
      ? word
          .replace(/[0135]/g, (d) => DIGIT_AS_LETTER[d] ?? d)
          .replace(/rn/g, 'm')
          .replace(/vv/g, 'w')
      : word,
  );
}

/**
 * Capital I, small l, small i, the digit 1 and | are one vertical stroke in many fonts ("NetfIix",
 * "PaypaI", Greek ι, which the confusables data maps to "L"): the loose skeleton writes them all
 * as "l". Compare it with looseSkeleton of the word sought, never with the word itself.
 */
export function looseSkeleton(skeleton: string): string {
  return skeleton.replace(/[il1|\u0131]/g, 'l');
}

/** Skeletons of every reading of `s` (see shownVariants). */
export function skeletonVariants(s: string): string[] {
  return [...rememberedVariants(s)];
}

const rememberedVariants = remember((s: string): readonly string[] => {
  const out = new Set<string>();
  for (const v of shownVariants(s)) {
    out.add(v.toLowerCase());
    out.add(nameSkeleton(v));
    out.add(looseSkeleton(nameSkeleton(v)));
  }
  return [...out];
});

// Scripts whose writing legitimately needs joiners or direction marks: ZWNJ/ZWJ shape Persian,
// Arabic and Indic words (and ZWJ glues emoji sequences); LRM/RLM fix punctuation next to
// right-to-left text. Anywhere else they only hide something.
const JOINING_CONTEXT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Extended_Pictographic}]/u;
const JOINERS_AND_MARKS = /^(?:\u200C|\u200D|\u200E|\u200F|\u061C)$/;

/**
 * A right-to-left embedding or isolate closed by its own terminator (RLE … PDF, RLI or FSI … PDI)
 * around right-to-left text only: letters of a right-to-left script, marks, digits, spaces and
 * neutral punctuation, no "@" or ".". A Hebrew or Arabic name wrapped so (realworld104) reads as
 * itself in either direction; it cannot make the name look like another name or an address.
 * Overrides (U+202D, U+202E) and unbalanced controls are never accepted.
 */
const RTL_EMBEDDING =
  /\u202B([^\u202A-\u202E\u2066-\u2069]*)\u202C|[\u2067\u2068]([^\u202A-\u202E\u2066-\u2069]*)\u2069/gu;
const RTL_ONLY =
  /^(?=.*(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}])[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{M}\p{N}\s\-'"(),:\u200E\u200F\u061C]*$/u;

export interface HiddenCharacter {
  /** `U+200B` */
  code: string;
  /** Bidi control (reorders text) rather than an invisible one. */
  bidi: boolean;
}

/**
 * The invisible or reordering characters in `s` that have no business there. In a display name,
 * joiners and direction marks are accepted next to the scripts that need them; in a local part
 * (`local: true`) nothing invisible is accepted.
 */
export function hiddenCharacters(s: string, opts: { local?: boolean } = {}): HiddenCharacter[] {
  const out: HiddenCharacter[] = [];
  if (ASCII.test(s)) return out;
  if (!opts.local)
    s = s.replace(RTL_EMBEDDING, (whole, rle: string | undefined, isolate: string | undefined) => {
      const inner = rle ?? isolate ?? '';
      return RTL_ONLY.test(inner) ? inner : whole;
    });
  const seen = new Set<string>();
  const needsJoiners = !opts.local && JOINING_CONTEXT.test(s);
  for (const ch of s) {
    if (!/\p{Cf}/u.test(ch) && !BLANK_CHAR.test(ch)) continue;
    if (needsJoiners && JOINERS_AND_MARKS.test(ch)) continue;
    const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    if (seen.has(code)) continue;
    seen.add(code);
    out.push({ code, bidi: BIDI_CONTROL.test(ch) });
  }
  return out;
}
