// Latin-only homographs: northbɑnk (U+0251 LATIN SMALL LETTER ALPHA), northbanĸ (U+0138 KRA),
// nᴏrthbank (U+1D0F SMALL CAPITAL O). Every letter is Latin script, so the label is not mixed;
// browsers that show Latin IDNs in Unicode draw it as the plain name (probe25 from-*-homograph-*).
// A genuine IDN writes its letters as a base letter plus marks (ü, é, ş, ơ: NFD splits them) or
// uses a letter of a living orthography; what remains is phonetic notation, small capitals and
// historic letters, which no one needs in a domain name but a look-alike. Letters with a stroke,
// overlay or tilde that have neither a decomposition nor a `confusables` prototype (nꝋrthbank
// U+A74B, ꞥorthbank U+A7A5, northbanꝃ U+A743, northᵬank U+1D6C: red-team round 34) fold to the
// letter their Unicode name is built on (stroke-letters.ts, generated).

import { remove as removeConfusables } from 'confusables';
import { STROKE_LETTERS } from './stroke-letters';

/**
 * Letters without a canonical decomposition that living orthographies write, and that the
 * confusables data would fold to an ASCII letter: German ß; Danish/Norwegian ø æ; French œ;
 * Icelandic ð þ; Polish ł; Croatian, Vietnamese đ; Maltese ħ; Turkish ı; Sámi ŋ ŧ ʒ; African
 * reference alphabets (Hausa, Yoruba, Ewe, Lingala, Fula …) ɛ ɔ ɓ ɗ ƙ ƴ ʋ ɣ ƒ ə ǝ ʃ; Azerbaijani ə;
 * Ewe ɖ, Bambara and Fula ɲ, Kabiye ɩ ʊ, Skolt and Inari Sámi ǥ, and the ɨ ʉ of many African and
 * American orthographies (real-mail round 29). Also the letters of scripts/make-stroke-letters.py's
 * list that a living orthography writes (red-team round 34): Serer's hooked ƈ ƥ ƭ (Senegal's
 * national-language alphabet, beside ɓ ɗ ƴ), and ɬ, a standard exemplar of Okanagan (CLDR `oka`)
 * and written in other Salishan languages; the ƀ of Jarai, Rade, Katu and Mnong (Vietnam) and
 * SENĆOŦEN's ⱥ ȼ ƚ ⱦ (a school board's web address is "sⱦasen"; real-mail round 37). The table
 * leaves these letters out.
 */
export const ORTHOGRAPHY_LETTERS: ReadonlySet<string> = new Set([
  ...'ßøæœðþłđħıŋŧɛɔɓɗƙƴʋɣƒəǝʃʒɖɲɩʊǥɨʉƈƥƭɬƀⱥȼƚⱦ',
]);

const ASCII_LETTER = /^[a-z]$/;
const LATIN = /\p{Script=Latin}/u;
const MARKS = /\p{M}/gu;
/** One or more combining marks and nothing else (what NFD leaves after a decomposed letter's base). */
const MARKS_ONLY = /^\p{M}+$/u;

let strokeBases: Map<string, string> | undefined;

/** The ASCII letter a stroke or overlay letter's name is built on (ꝋ → o), from the generated table. */
function strokeBase(ch: string): string | undefined {
  if (strokeBases === undefined) {
    strokeBases = new Map();
    const pairs = [...STROKE_LETTERS];
    for (let i = 0; i + 1 < pairs.length; i += 2) strokeBases.set(pairs[i]!, pairs[i + 1]!);
  }
  return strokeBases.get(ch);
}

/** The ASCII letter `ch` (one Latin letter outside ASCII) imitates, or null. */
function disguises(ch: string): string | null {
  // ü, é, ǯ: a base letter and combining marks; the base decides.
  const base = ch.normalize('NFD').replace(MARKS, '');
  if ([...base].length !== 1 || /^[\x00-\x7f]$/.test(base) || ORTHOGRAPHY_LETTERS.has(base)) return null;
  if (!LATIN.test(base)) return null;
  // ｎ (full-width), K (Kelvin sign): IDNA maps them to the ASCII letter itself (UTS #46), so the
  // domain is the plain name and its own DMARC check speaks (probe4-from-fullwidth-letters-domain).
  if (/^[\x00-\x7f]+$/.test(ch.normalize('NFKC'))) return null;
  // The `confusables` package answers some prototypes in capitals (ĸ → K, ʀ → R).
  const folded = removeConfusables(base).toLowerCase();
  if (ASCII_LETTER.test(folded)) return folded;
  // ꝋ ꞥ ꝃ ᵬ: no prototype in the confusables data; the letter its name is built on.
  return strokeBase(base) ?? null;
}

export interface DisguisedLetters {
  /** The label as a reader takes it: each disguised letter replaced by the ASCII letter it imitates. */
  readsAs: string;
  /** The disguised letters, in order of first appearance. */
  letters: string[];
}

/**
 * The letters of a Latin-script `label` (Unicode form, lower case) that imitate ASCII letters and
 * belong to no living orthography; null when there are none.
 */
export function disguisedLetters(label: string): DisguisedLetters | null {
  const letters: string[] = [];
  let readsAs = '';
  for (const ch of label.normalize('NFC')) {
    const ascii = ch.charCodeAt(0) < 0x80 ? null : disguises(ch);
    if (ascii === null) {
      readsAs += ch;
      continue;
    }
    readsAs += ascii;
    if (!letters.includes(ch)) letters.push(ch);
  }
  return letters.length === 0 ? null : { readsAs, letters };
}

/**
 * Letters of ORTHOGRAPHY_LETTERS that read as one ASCII letter at mail-list sizes (probe26): the
 * letter with a stroke, hook or tail drawn small. Left out: ß, æ, œ, þ, ð (none reads as one ASCII
 * letter), ɛ ɔ ə ǝ ʃ ʒ ʋ ɣ (no single plain letter they pass for).
 */
const ORTHOGRAPHY_TWINS: Readonly<Record<string, string>> = {
  ø: 'o',
  ɓ: 'b',
  ƙ: 'k',
  ŋ: 'n',
  đ: 'd',
  ɗ: 'd',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ƴ: 'y',
  ƒ: 'f',
  ɖ: 'd',
  ɲ: 'n',
  ɩ: 'i',
  ǥ: 'g',
  ɨ: 'i',
  ʉ: 'u',
  ƈ: 'c',
  ƥ: 'p',
  ƭ: 't',
  ɬ: 'l',
  ƀ: 'b',
  ⱥ: 'a',
  ȼ: 'c',
  ƚ: 'l',
  ⱦ: 't',
};

/**
 * The ASCII letter a letter outside ASCII reads as: a twin letter (ø → o), or a letter whose
 * canonical decomposition is an ASCII letter or a twin letter plus combining marks (ọ ḳ ü é → o k
 * u e, ǿ → o: probe27 nọrthbank, nørthbanḳ). A bare combining mark (k + U+0326, no precomposed
 * form) has no base of its own: null, as every other letter.
 */
function twinLetter(ch: string): string | undefined {
  const direct = ORTHOGRAPHY_TWINS[ch];
  if (direct !== undefined) return direct;
  const base = ch.normalize('NFD');
  if (base === ch || !MARKS_ONLY.test(base.slice(1))) return undefined;
  const first = base[0] ?? '';
  return ASCII_LETTER.test(first) ? first : ORTHOGRAPHY_TWINS[first];
}

/**
 * `label` (Unicode form, lower case) with each living-alphabet or marked letter folded to the
 * ASCII letter it reads as (nørthbank, nọrthbank → northbank), when those are its only letters
 * beyond ASCII; else null.
 */
export function orthographyTwin(label: string): DisguisedLetters | null {
  const letters: string[] = [];
  let readsAs = '';
  for (const ch of label.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) {
      readsAs += ch;
      continue;
    }
    const ascii = twinLetter(ch);
    if (ascii === undefined) return null;
    readsAs += ascii;
    if (!letters.includes(ch)) letters.push(ch);
  }
  return letters.length === 0 ? null : { readsAs, letters };
}
