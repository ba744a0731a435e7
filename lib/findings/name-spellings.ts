// A firm's name as its own domain may write it (lower-case, run together): legal forms dropped or
// kept, "&"/"and" in the languages firms' names are written in, letters plain or long, words short
// or long. Read by the Reply-To rule (a reply to the firm's own domain) and by Entra's invitation
// template (a tenant named as its principal).

/**
 * The organisation a service's From writes for, after its first " on behalf of " ("Microsoft
 * Invitations on behalf of Fenwick Architects"), as written; else null.
 */
export function namedOnBehalf(displayName: string): string | null {
  return BEHALF_ORG.exec(displayName)?.[1]?.trim() || null;
}
const BEHALF_ORG = /^.+? on behalf of (\S.*)$/i;

/** A firm's legal form at the end of its name: LLP, Ltd, Inc., GmbH, S.A., S.L., A/S, B.V., "& Co."… */
const LEGAL_FORM =
  /[\s,&]+(?:llp|llc|ltd\.?|limited|inc\.?|corp\.?|co\.?|plc|gmbh|ag|kg|sarl|sas|s\.?a\.?|s\.?l\.?(?:u\.?)?|b\.?v\.?|n\.?v\.?|pty|srl|s\.?p\.?a\.?|oy|ab|a\/s|as|aps)\s*$/iu;

/** "And" between two names, in the languages firms' names are written in. */
const AND = /\s+(?:&|and|und|et|y|en|og|och|e)\s+/giu;

/** Letters a domain writes otherwise: what Unicode does not decompose, and long forms (ü, ue; å, aa). */
const PLAIN: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', þ: 'th', ð: 'd' };
const LONG: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', å: 'aa', ø: 'oe' };

/**
 * The firm's name as its domain may write it, lower-case and run together: with or without its
 * legal forms ("Brenner Logistik GmbH & Co. KG", brennerlogistik: red-team round 210), "&" and
 * "and" dropped or written as a word ("Hale & Sons", haleandsons; "Fenwick & Partners LLP",
 * fenwickpartners: round 207), letters as written or plain (Sørensen, sorensen; Müller, mueller
 * or muller). Only the firm's own domain is compared with these, so a spelling can excuse nothing
 * but a name and a domain that are one firm's.
 */
export function nameSpellings(name: string): string[] {
  let bare = name;
  for (let i = 0; i < 4 && LEGAL_FORM.test(bare); i++) bare = bare.replace(LEGAL_FORM, '');
  const out = new Set<string>();
  for (const n of new Set([...wordForms(name), ...wordForms(bare)])) {
    for (const and of ['', 'and', 'und', 'et', 'y', 'en', 'og', 'och', 'e']) {
      const lower = n.replace(AND, and ? ` ${and} ` : ' ').toLowerCase();
      for (const t of [lower, plainLetters(lower), plainLetters(lower.replace(/[äöüåø]/gu, (c) => LONG[c]!))])
        out.add(t.replace(/[^\p{L}\p{N}]+/gu, ''));
    }
  }
  return [...out];
}

/** Letters without their marks, and those Unicode does not decompose written plain (PLAIN). */
function plainLetters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđþð]/gu, (c) => PLAIN[c]!);
}

/** Words a firm's domain writes short ("Chase Street Bakery", chasestbakery: real-mail round 205). */
const ABBREVIATIONS: Record<string, string> = {
  street: 'st',
  saint: 'st',
  mount: 'mt',
  avenue: 'ave',
  road: 'rd',
  brothers: 'bros',
  company: 'co',
  associates: 'assoc',
  international: 'intl',
  center: 'ctr',
  centre: 'ctr',
  // Red-team round 220's genuine firms: cedarpropertymgmt, midwestmfg, acmetech.
  management: 'mgmt',
  manufacturing: 'mfg',
  technology: 'tech',
  technologies: 'tech',
  services: 'svcs',
  medical: 'med',
  insurance: 'ins',
  mortgage: 'mtg',
};
/** Each word of ABBREVIATIONS, long or short, with the forms it may be written in. */
const WORD_FORMS = new Map<string, string[]>();
for (const [long, short] of Object.entries(ABBREVIATIONS)) {
  WORD_FORMS.set(long, [long, short]);
  WORD_FORMS.set(short, [...(WORD_FORMS.get(short) ?? [short]), long]);
}
/** At most this many spellings of a name's short and long words together. */
const MAX_WORD_FORMS = 16;

/**
 * The name with each word of ABBREVIATIONS written long or short, in every mix ("Mount Pleasant
 * Dental Center" as mtpleasantdentalcenter, "St. Brigid's" as saintbrigids, "Acme Intl." as
 * acmeinternational: red-team round 218), up to MAX_WORD_FORMS of them.
 */
function wordForms(name: string): string[] {
  let out = [''];
  for (const part of name.split(/(\s+)/)) {
    const forms = WORD_FORMS.get(part.toLowerCase().replace(/\.$/, ''));
    const next = forms && out.length * forms.length <= MAX_WORD_FORMS ? forms : [part];
    out = out.flatMap((o) => next.map((f) => o + f));
  }
  return out;
}
