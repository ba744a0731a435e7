// Red-team probes, thirty-fourth round (December 2026): how the From is read and compared.
// - lib/findings/lookalike-letters.ts: disguisedLetters folds a Latin letter only when the
//   `confusables` data names an ASCII prototype for it; orthographyTwin folds only ORTHOGRAPHY_TWINS
//   and letters whose NFD is an ASCII letter plus marks. Latin letters with a stroke, an overlay or
//   a tilde that have no decomposition AND no confusables prototype (U+A74B ꝋ, U+A7A5 ꞥ, U+1D6C ᵬ,
//   U+A743 ꝃ: medievalist and phonetic letters, no living orthography's) are nothing to either,
//   so the look-alike of the bank that authenticates for itself reads "authenticated".
// - A mixed-script label whose skeleton is the bank's (Armenian օ, Cyrillic о): the bank is no
//   brand and not the reader's domain, so only the twin rule can speak (it does: holds).
// - The A-label read case-blind (XN--NRTHBANK-54A), display names in HZ-GB-2312 and ISO-2022-KR
//   (WHATWG maps both to the replacement decoder; mbstring and iconv decode them), a group-syntax
//   From whose group name is the bank's address, an ASCII two-label twin (north-bank).
// - Hold today (kept in the corpus): Armenian օ (lookalike-domain through the twin), the A-label in
//   capitals, a group From named with the bank's address (from-unparseable), the bank's address
//   with ꝋ in a UTF-8 name. Tried and held, no case: Cyrillic о, the bank's address in a From
//   comment, in MATHEMATICAL BOLD and in GB18030. Tried, fails as ꝋ does, no case: northᵬank.
// - Control: a genuine German IDN, whose plain twin publishes no policy, stays authenticated.
// Read, no new case: author.ts strictestAuthor (two From addresses: the stricter failing policy
// wins, probe2/probe5); lookalike-twin.ts report authorisation (only the bank writes
// <policy>._report._dmarc.northbank.example, and its wildcards are refused by the probe label).

import { Buffer } from 'node:buffer';
import { attackerMail } from '../kit';
import type { CaseWriter } from '../make';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirty-fourth round's report). Each: what it reads, what it should, which rule,
 * the fix proposed and its risk.
 */
// 1. (Fixed at 16:2x, see the set below.) The Latin homographs (nꝋrthbank, ꞥorthbank, northbanꝃ;
//    northᵬank alike): read "authenticated" (international-domain only); should read "suspicious" with lookalike-domain naming
//    northbank.example, as nɵrthbank and northƀank do. Rule: lib/findings/lookalike-letters.ts
//    disguises() trusts the `confusables` prototype alone, and these letters have none (nor an NFD
//    base, so twinLetter cannot fold them either). Fix: a generated table (data, from
//    UnicodeData.txt, as scripts/make-ebcdic-pages.py does for EBCDIC) of every Latin letter named
//    "LATIN SMALL LETTER <x> WITH …", "LATIN LETTER SMALL CAPITAL <x>" or "… <x> WITH … OVERLAY"
//    with no decomposition, mapping it to <x>; disguises() consults it when confusables gives no
//    ASCII letter; ORTHOGRAPHY_LETTERS still wins. Risk: a living orthography's letter the table
//    newly catches would turn a genuine IDN suspicious (lookalike-domain high); check the table
//    against CLDR's exemplar characters and move any such letter to ORTHOGRAPHY_LETTERS (then the
//    twin rule, which asks DNS, judges it). The letters here are medievalist/phonetic/pre-1921 Latvian.
// 2. probe34-from-ascii-hyphen-twin: reads "authenticated"; should be lookalike-domain. Rule: the
//    twin question (lib/engine/lookalike-twin.ts findTwin) is asked only for orthography letters;
//    reasonAgainst (lib/findings/lookalike.ts) compares ASCII labels with brands, the reader's
//    domains and remembered senders only. Fix: findTwin also asks the label with its hyphens
//    dropped (one TXT query, same p=/sp= and tie rules). Risk: real: north-bank and northbank are
//    often two unrelated firms, each with p=reject; a genuine sender would get lookalike-domain
//    (medium). Kept pending as a trade-off for the lead to weigh; sender memory covers it once the
//    bank has written to the reader.
// 3. The HZ and ISO-2022-KR names: read "authenticated" (the raw 7-bit text "security~{#@~}…",
//    "\x1b$)Csecurity\x0e#@\x0f…" is what display-name.ts sees); should be display-name-address,
//    as the UTF-8 and GB18030 controls read. Rule: lib/message/wide-words.ts wideWordsAsUtf8 does not
//    handle these labels and postal-mime's TextDecoder maps both to WHATWG's replacement decoder /
//    passes the bytes. Fix: rewrite such words as UTF-8 before parsing, as for UTF-16/EBCDIC: HZ =
//    the bytes between ~{ and ~} + 0x80 through TextDecoder('gbk') (~~ is ~); ISO-2022-KR = the
//    bytes between SO and SI + 0x80 through TextDecoder('euc-kr'), the ESC $ ) C designator dropped.
//    Risk for genuine mail: none seen (both charsets are all but extinct in headers); a genuine name
//    is shown decoded instead of as escape codes. Fixed (ISO-2022-CN too): see the set below.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 16:2x on 2026-12-04 (the three homographs of 1., now in the corpus): disguises() folds a
  // Latin letter the confusables data has no prototype for through lib/findings/stroke-letters.ts
  // (generated by scripts/make-stroke-letters.py: "LATIN SMALL LETTER <x> WITH …" and small
  // capitals without a decomposition → <x>), so nꝋrthbank, ꞥorthbank, northbanꝃ (and northᵬank)
  // read suspicious with lookalike-domain; ORTHOGRAPHY_LETTERS (now also Serer ƈ ƥ ƭ, Okanagan ɬ)
  // still wins.
  'probe34-from-ascii-hyphen-twin',
  // Fixed at 16:2x on 2026-12-04: probe34-name-hz-fullwidth-address and
  // probe34-name-iso-2022-kr-fullwidth-address (lib/message/wide-words.ts decodeHz, decodeIso2022).
]);

const LOOKS =
  'The attacker registers the look-alike, publishes SPF, a key and p=reject for it, and sends from its own server: SPF, DKIM and DMARC pass for it. Roundcube, Outlook on the web and Apple Mail draw a Latin IDN in Unicode.';
const WANT = { verdict: 'suspicious', findings: ['lookalike-domain'] };
const NAME_WANT = { notVerdict: ['authenticated', 'unverified'], findings: ['display-name-address'] };

interface Twin {
  name: string;
  domain: string;
  from: string;
  about: string;
  expect?: object;
}

const TWINS: Twin[] = [
  {
    name: 'probe34-from-o-long-stroke-overlay-homograph',
    domain: 'xn--nrthbank-1y72a.example',
    from: 'Northbank Security <security@n\uA74Brthbank.example>',
    about: `From "security@nꝋrthbank.example": U+A74B LATIN SMALL LETTER O WITH LONG STROKE OVERLAY (a medievalist letter), an o with a bar through it. ${LOOKS} It has no decomposition, no confusables prototype and is not one of ORTHOGRAPHY_TWINS: disguisedLetters and orthographyTwin return null, the twin northbank.example (p=reject) is never asked. Wanted: suspicious (lookalike-domain), as nørthbank and nɵrthbank read`,
  },
  {
    name: 'probe34-from-n-oblique-stroke-homograph',
    domain: 'xn--orthbank-5m82a.example',
    from: 'Northbank Security <security@\uA7A5orthbank.example>',
    about: `From "security@ꞥorthbank.example": U+A7A5 LATIN SMALL LETTER N WITH OBLIQUE STROKE (pre-1921 Latvian). ${LOOKS} No decomposition, no confusables prototype: no finding but international-domain. Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe34-from-k-diagonal-stroke-homograph',
    domain: 'xn--northban-6w72a.example',
    from: 'Northbank Security <security@northban\uA743.example>',
    about: `From "security@northbanꝃ.example": U+A743 LATIN SMALL LETTER K WITH DIAGONAL STROKE (medievalist). ${LOOKS} Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe34-from-armenian-oh-homograph',
    domain: 'xn--nrthbank-qpj.example',
    from: 'Northbank Security <security@n\u0585rthbank.example>',
    about: `From "security@nօrthbank.example": U+0585 ARMENIAN SMALL LETTER OH among Latin letters; its skeleton is northbank. ${LOOKS} (Chrome shows a mixed-script IDN as punycode; webmail apps that render the From themselves do not.) The bank is no built-in brand and not the reader's domain, and orthographyTwin asks no twin for a non-Latin letter. Wanted: suspicious (lookalike-domain, the twin northbank.example at p=reject; holds today)`,
  },
  {
    name: 'probe34-from-a-label-upper-case-stroke-o',
    domain: 'xn--nrthbank-54a.example',
    from: 'Northbank Security <security@XN--NRTHBANK-54A.EXAMPLE>',
    about: `From "security@XN--NRTHBANK-54A.EXAMPLE": round 26's nørthbank written as an A-label in capitals (DNS is case-blind; webmail shows the U-label). ${LOOKS} Wanted: suspicious (lookalike-domain), as the lower-case A-label reads (holds today)`,
  },
  {
    name: 'probe34-from-ascii-hyphen-twin',
    domain: 'north-bank.example',
    from: 'Northbank Security <security@north-bank.example>',
    about: `From "security@north-bank.example": an ASCII look-alike one hyphen away from the bank. ${LOOKS} The bank is no built-in brand, not the reader's domain and not remembered: no rule asks for northbank.example. Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe34-from-genuine-german-idn-control',
    domain: 'xn--bcherstube-9db.example',
    from: 'Bücherstube <service@b\u00FCcherstube.example>',
    about:
      'Control: a genuine German IDN (bücherstube.example, ü = u + diaeresis) authenticating for itself; its plain twin bucherstube.example publishes no DMARC record. Wanted: authenticated with no lookalike-domain',
    expect: { verdict: 'authenticated', absentFindings: ['lookalike-domain'] },
  },
];

/** An RFC 2047 B word in `charset` over `bytes`. */
const bWord = (charset: string, bytes: Buffer) => `=?${charset}?B?${bytes.toString('base64')}?=`;

/** "security＠northbank．example" in HZ (RFC 1843): GB2312 A3C0 / A3AE as ~{#@~} / ~{#.~}. */
const HZ = Buffer.from('security~{#@~}northbank~{#.~}example', 'latin1');
/** The same in ISO-2022-KR (RFC 1557): ESC $ ) C, then KS X 1001 A3C0 / A3AE between SO and SI. */
const KR = Buffer.from('\x1b$)Csecurity\x0e#@\x0fnorthbank\x0e#.\x0fexample', 'latin1');

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const { authenticated } = attackerMail(write);
  for (const c of TWINS)
    await authenticated({
      name: c.name,
      about: c.about,
      class: c.name.includes('control') ? 'probe34-control' : 'probe34-from-twin',
      from: c.from,
      domain: c.domain,
      expect: c.expect ?? WANT,
    });
  const NAME = `The attacker's own mail (attacker.example passes SPF, DKIM and DMARC)`;
  await authenticated({
    name: 'probe34-name-hz-fullwidth-address',
    about: `${NAME} with the display name ${bWord('HZ-GB-2312', HZ)}: HZ text "security~{#@~}northbank~{#.~}example", which a decoder of HZ (mbstring, libiconv: Roundcube) shows as "security＠northbank．example" with a full-width at sign and full stop. WHATWG maps hz-gb-2312 to the replacement decoder, so postal-mime gives U+FFFD or the raw text. Wanted: display-name-address (not trusted), as the same name in UTF-8 reads`,
    class: 'probe34-display-name',
    from: `${bWord('HZ-GB-2312', HZ)} <notice@attacker.example>`,
    expect: NAME_WANT,
  });
  await authenticated({
    name: 'probe34-name-iso-2022-kr-fullwidth-address',
    about: `${NAME} with the display name ${bWord('ISO-2022-KR', KR)}: "security＠northbank．example" with the full-width signs in KS X 1001 between SO and SI (mbstring and iconv decode it; WHATWG's replacement decoder does not). Wanted: display-name-address (not trusted)`,
    class: 'probe34-display-name',
    from: `${bWord('ISO-2022-KR', KR)} <notice@attacker.example>`,
    expect: NAME_WANT,
  });
  await authenticated({
    name: 'probe34-name-utf8-fullwidth-address-control',
    about: `Control: ${NAME} with the display name "security＠northbank．example" as a UTF-8 word. Wanted: display-name-address (not trusted)`,
    class: 'probe34-control',
    from: `${bWord('UTF-8', Buffer.from('security\uFF20northbank\uFF0Eexample'))} <notice@attacker.example>`,
    expect: NAME_WANT,
  });
  await authenticated({
    name: 'probe34-from-group-named-bank-address',
    about: `${NAME}, the From written as an RFC 5322 group whose display name is the bank's address: From: "security@northbank.example": notice@attacker.example; (Roundcube and Thunderbird show the group name). Wanted: not trusted (display-name-address or from-unparseable; holds today)`,
    class: 'probe34-display-name',
    from: '"security@northbank.example": notice@attacker.example;',
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });
  await authenticated({
    name: 'probe34-name-long-stroke-o-address',
    about: `${NAME} with the display name "security@nꝋrthbank.example" (U+A74B in the name's address, UTF-8 word): the reader sees the bank's address. Wanted: display-name-address (not trusted; holds today)`,
    class: 'probe34-display-name',
    from: `${bWord('UTF-8', Buffer.from('security@n\uA74Brthbank.example'))} <notice@attacker.example>`,
    expect: NAME_WANT,
  });
}
