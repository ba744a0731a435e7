// Red-team probes, twenty-fifth round (December 2026): what the reader SEES in the From field
// against what HeaderLens CHECKS. The attacker's own domain (attacker.example) authenticates in
// full (SPF, DKIM, DMARC pass); the display name shows the bank's address, security@northbank.example
// (p=reject), in a spelling lib/findings/display-name.ts addressesInName does not read as one:
// - dots that are not U+002E but that Unicode's confusables data (UTS #39 confusables.txt) maps to
//   FULL STOP: U+0660 ARABIC-INDIC DIGIT ZERO, U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO, U+A4F8
//   LISU LETTER TONE MYA TI; and U+00B7 MIDDLE DOT (raised, not a prototype of ".", but read as an
//   address). lib/findings/visible-text.ts shownText folds only NFKC forms and the ideographic
//   full stops; the `confusables` package nameSkeleton uses does not fold them to ".", so the
//   domain "northbank٠example" is one label and EMBEDDED (which needs a dotted domain) never matches.
// - an RFC 2047 encoded-word in charset UTF-16: RFC 2781 §4.3 reads "UTF-16" by its byte order mark
//   and as big-endian without one (Java's and ICU's UTF-16 decoders do; Python's reads the mark);
//   postal-mime's decodeWords hands the label to the WHATWG TextDecoder, for which "utf-16" is
//   UTF-16LE and a big-endian mark is not honoured: the name HeaderLens reads is CJK-looking
//   mojibake, the name a reader whose mail app decodes by RFC 2781 sees is the bank's address.
//   The same by a charset TextDecoder does not know at all: EBCDIC (IBM037), which postal-mime
//   decodes as UTF-8 and iconv (Roundcube's fallback converter) decodes to the bank's address.
// - the From domain itself: a Latin-only IDN homograph of the bank (U+0251 LATIN SMALL LETTER
//   ALPHA, U+0138 KRA, U+1D0F SMALL CAPITAL O): not mixed-script, and lib/findings/lookalike.ts
//   reasonAgainst compares skeletons only with the brands and the reader's domains; written as a
//   U-label it does not even get international-domain.
// Controls (hold today): U+2024 ONE DOT LEADER and U+3002 (folded), a full-width at sign in the
// local part (from-local-part-address), an encoded-word inside a comment, the UTF-16BE label,
// UTF-32 (the NULs of postal-mime's fallback are dropped), Q's =40 and =2E, a genuine diacritic IDN.
// Read, no new case: two From fields, groups, route addresses, bare CR, NUL, quoted local parts,
// adjacent and RFC 2231 encoded-words, UTF-7 and ISO-2022-JP names, full-width and ideographic dots
// in the From domain, bidi and invisible characters (probe, probe2, probe4, probe5, probe8, probe12,
// probe13, probe15, probe20, espoofer, identity); the HZ / ISO-2022-KR / -CN labels (ASCII passes
// through postal-mime's fallback, so an address in them is read); Authentication-Results trust
// (lib/auth/authresults.ts: an id below the entry is forged unless it is Gmail's one header right
// under its line, one-header providers count once; a commented or re-cased id was probe's). Every
// case's meta says the attack and what is wanted.

import type { CaseWriter } from '../make';
import { authenticatedHomographs, type Homograph, probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twenty-fifth round's report). Each comment: what it reads, what it should, which
 * rule, the fix proposed and its risk.
 */
// Fixed at 11:2x on 2026-12-04 (in the corpus): an all-Latin label that reads as plain letters
// through letters of no everyday alphabet (ɑ, ĸ, ᴏ) is lookalike-domain, high
// (lib/findings/lookalike-letters.ts); international-domain names every non-ASCII From domain.
// 11:3x: a display-name address whose dot is a look-alike (٠ ۰ ꓸ ·) is read with the dot
// (lib/findings/visible-text.ts dotsAsRead); UTF-16 (RFC 2781: a BOM decides, else big-endian),
// UTF-32 and EBCDIC (IBM037) encoded-words are decoded as a reader's mail app decodes them
// (lib/message/wide-words.ts).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const ATTACKER = 'attacker.example';
const BANK_ADDRESS = 'security@northbank.example';
const b64 = (b: Buffer) => b.toString('base64');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const utf32be = (s: string) => Buffer.concat([...s].map((ch) => Buffer.from([0, 0, 0, ch.charCodeAt(0)])));
/** IBM037 (EBCDIC, US): lower-case letters, "@" and "." only, all the bank's address needs. */
const ebcdic = (s: string) =>
  Buffer.from(
    [...s].map((ch) => {
      if (ch === '@') return 0x7c;
      if (ch === '.') return 0x4b;
      const i = ch.charCodeAt(0) - 0x61;
      if (i < 9) return 0x81 + i;
      if (i < 18) return 0x91 + i - 9;
      return 0xa2 + i - 18;
    }),
  );
const quoted = (name: string) => `"${name}" <notice@${ATTACKER}>`;
const word = (charset: string, bytes: Buffer) => `=?${charset}?B?${b64(bytes)}?= <notice@${ATTACKER}>`;

const HELD = (finding: string) => ({ verdict: 'suspicious', findings: [finding] });

type Shown = Homograph;

const SEEN =
  'attacker.example authenticates in full (SPF, DKIM, DMARC pass). Gmail, Outlook on the web, Yahoo and Roundcube show the display name alone in the message list and in bold above the message, the address in grey or on hover: the reader sees the bank’s address.';

const DOTS: Shown[] = [
  {
    name: 'probe25-name-arabic-indic-zero-as-dot',
    from: quoted('security@northbank\u0660example'),
    about: `From "security@northbank٠example" <notice@attacker.example>: the dot is U+0660 ARABIC-INDIC DIGIT ZERO, drawn as a small dot on the baseline-to-x-height line and listed as a confusable of FULL STOP in UTS #39 confusables.txt (0660 ; 002E). ${SEEN} addressesInName (lib/findings/display-name.ts) reads "northbank٠example" as one label: no dotted domain, no address. Wanted: suspicious (display-name-address)`,
  },
  {
    name: 'probe25-name-extended-arabic-indic-zero-as-dot',
    from: quoted('security@northbank\u06F0example'),
    about: `The same with U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO (Persian zero; confusables.txt 06F0 ; 002E). ${SEEN} Wanted: suspicious (display-name-address)`,
  },
  {
    name: 'probe25-name-lisu-tone-as-dot',
    from: quoted('security@northbank\uA4F8example'),
    about: `The same with U+A4F8 LISU LETTER TONE MYA TI "ꓸ", a baseline dot (confusables.txt A4F8 ; 002E), a letter (\\p{L}), so the "domain" is one word. ${SEEN} Wanted: suspicious (display-name-address)`,
  },
  {
    name: 'probe25-name-middle-dot-as-dot',
    from: quoted('security@northbank\u00B7example'),
    about: `The same with U+00B7 MIDDLE DOT "·": raised, not a prototype of ".", but at mail-list sizes "security@northbank·example" reads as the bank’s address. ${SEEN} Wanted: suspicious (display-name-address)`,
  },
  {
    name: 'probe25-name-one-dot-leader-control',
    from: quoted('security@northbank\u2024example'),
    about: `Control: U+2024 ONE DOT LEADER, which NFKC folds to ".": shownText reads the address. Wanted: suspicious with display-name-address (holds today)`,
    expect: HELD('display-name-address'),
  },
  {
    name: 'probe25-name-ideographic-full-stop-control',
    from: quoted('security@northbank\u3002example'),
    about: `Control: U+3002 IDEOGRAPHIC FULL STOP, folded by shownText (IDEOGRAPHIC_DOT). Wanted: suspicious with display-name-address (holds today)`,
    expect: HELD('display-name-address'),
  },
];

const WORDS: Shown[] = [
  {
    name: 'probe25-name-utf16-big-endian-bom-address',
    from: word('UTF-16', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(BANK_ADDRESS)])),
    about: `The display name is one RFC 2047 encoded-word, charset "UTF-16" (IANA-registered, RFC 2781), holding a big-endian byte order mark and the bank’s address. RFC 2781 §4.3 reads it by the mark: "security@northbank.example" (as Java’s, Python’s and ICU’s UTF-16 decoders do when the mark is there). postal-mime’s decodeWords passes the label to TextDecoder, for which "utf-16" is UTF-16LE: HeaderLens reads "￾猀攀挀甀爀椀琀礀…" and finds no address. ${SEEN} Wanted: suspicious (display-name-address)`,
  },
  {
    name: 'probe25-name-utf16-no-bom-big-endian-address',
    from: word('UTF-16', utf16be(BANK_ADDRESS)),
    about: `The same without a byte order mark: RFC 2781 §4.3 says such text "SHOULD be interpreted as being big-endian" (Java’s and ICU’s UTF-16 do so), TextDecoder reads it little-endian. ${SEEN} Wanted: suspicious (display-name-address)`,
  },
  {
    name: 'probe25-name-utf32-big-endian-address-control',
    from: word('UTF-32', utf32be(BANK_ADDRESS)),
    about:
      'Control: the bank’s address as one encoded-word in charset "UTF-32" (big-endian without a mark, Unicode §3.10 D99), four bytes a character, which PHP’s mbstring and iconv (Roundcube’s rcube_charset::convert) decode. TextDecoder knows no UTF-32 and postal-mime falls back to UTF-8, leaving three NULs before each letter; HeaderLens drops the NULs before it looks for an address and finds it. Wanted: suspicious with display-name-address (holds today)',
    expect: HELD('display-name-address'),
  },
  {
    name: 'probe25-name-ebcdic-cp037-address',
    from: word('IBM037', ebcdic(BANK_ADDRESS)),
    about: `The bank’s address encoded in EBCDIC, charset "IBM037" (IANA-registered, alias cp037, ebcdic-cp-us), as one encoded-word. iconv (Roundcube’s fallback converter) decodes it: "security@northbank.example". TextDecoder knows no EBCDIC, so postal-mime falls back to UTF-8 and HeaderLens reads bytes 0x81–0xA9 as invalid UTF-8. ${SEEN} Wanted: suspicious (display-name-address)`,
  },
  {
    name: 'probe25-name-utf16be-address-control',
    from: word('UTF-16BE', utf16be(BANK_ADDRESS)),
    about:
      'Control: the same address under the explicit label UTF-16BE, which TextDecoder reads right. Wanted: suspicious with display-name-address (holds today)',
    expect: HELD('display-name-address'),
  },
  {
    name: 'probe25-name-q-word-encoded-at-and-dot-control',
    from: `=?UTF-8?Q?security=40northbank=2Eexample?= <notice@${ATTACKER}>`,
    about:
      'Control: a Q encoded-word spelling the at sign and the dot as =40 and =2E. Wanted: suspicious with display-name-address (holds today)',
    expect: HELD('display-name-address'),
  },
  {
    name: 'probe25-comment-encoded-word-address-control',
    from: `notice@${ATTACKER} (=?UTF-8?B?${b64(Buffer.from(BANK_ADDRESS))}?=)`,
    about:
      'Control: no display name, the bank’s address in an encoded-word inside a comment (RFC 2047 §5(2) allows encoded-words there; Outlook shows a lone comment as the name). Wanted: suspicious with display-name-address (holds today)',
    expect: HELD('display-name-address'),
  },
  {
    name: 'probe25-local-part-fullwidth-at-control',
    from: `security\uFF20northbank.example@${ATTACKER}`,
    about:
      'Control: no display name, an RFC 6532 UTF-8 local part "security＠northbank.example" (U+FF20 FULLWIDTH COMMERCIAL AT) at the attacker’s domain; Gmail’s message list shows a nameless sender’s local part. Wanted: suspicious with from-local-part-address (holds today)',
    expect: HELD('from-local-part-address'),
  },
];

const LOOKS =
  'The attacker registers the look-alike, publishes SPF, a key and p=reject for it, and sends from its own server: SPF, DKIM and DMARC pass for the look-alike. Mail apps that draw a Latin-script IDN in Unicode (Outlook on the web, Thunderbird, Apple Mail) show security@northbank.example to the eye. lookalikeReason (lib/findings/lookalike.ts) compares a domain only with the built-in brands and the reader’s own domains; a single-script label matches nothing else, and the bank is no brand.';

const HOMOGRAPHS: Array<Shown & { domain: string }> = [
  {
    name: 'probe25-from-latin-alpha-homograph-u-label',
    domain: 'xn--northbnk-0od.example',
    from: 'Northbank Security <security@northb\u0251nk.example>',
    about: `From "Northbank Security <security@northbɑnk.example>", written as a UTF-8 U-label (RFC 6532): the a is U+0251 LATIN SMALL LETTER ALPHA, Latin script, so the label is not mixed-script, yet its skeleton (UTS #39) is "northbank". ${LOOKS} Written as a U-label, the domain does not even get international-domain (lookalikeRule raises it only when unicodeDomain differs from the domain as written). Wanted: suspicious (lookalike-domain: uses look-alike characters to read like northbank.example)`,
  },
  {
    name: 'probe25-from-latin-alpha-homograph-a-label',
    domain: 'xn--northbnk-0od.example',
    from: 'Northbank Security <security@xn--northbnk-0od.example>',
    about: `The same look-alike written as its A-label, security@xn--northbnk-0od.example. ${LOOKS} international-domain (info) only. Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe25-from-latin-kra-homograph-u-label',
    domain: 'xn--northban-tmb.example',
    from: 'Northbank Security <security@northban\u0138.example>',
    about: `The same with U+0138 LATIN SMALL LETTER KRA for the k ("northbanĸ.example", a small-capital K shape; skeleton "northbank"). ${LOOKS} Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe25-from-small-capital-o-homograph-u-label',
    domain: 'xn--nrthbank-9y7c.example',
    from: 'Northbank Security <security@n\u1D0Frthbank.example>',
    about: `The same with U+1D0F LATIN LETTER SMALL CAPITAL O for the o ("nᴏrthbank.example", Phonetic Extensions, Latin script; skeleton "northbank"). ${LOOKS} Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe25-from-genuine-diacritic-idn-control',
    domain: 'xn--bcherhaus-q9a.example',
    from: 'Bücherhaus <service@b\u00FCcherhaus.example>',
    about:
      'Control: a genuine German IDN (bücherhaus.example, ü = u + diaeresis, a letter of the language), SPF, DKIM and DMARC passing for it. A fix for the homographs above must keep it: its skeleton folds ü to u, so the fix has to tell letters with a canonical decomposition (NFD base + mark) and letters of living orthographies from IPA/phonetic look-alikes. Wanted: authenticated (holds today)',
    expect: { verdict: 'authenticated', findings: [] },
  },
];

export async function makeAll(write: CaseWriter): Promise<void> {
  await authenticatedHomographs(write, 'probe25-latin-homograph', HOMOGRAPHS);
  await authenticatedHomographs(write, 'probe25-name-dots', DOTS);
  await authenticatedHomographs(write, 'probe25-name-words', WORDS);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
