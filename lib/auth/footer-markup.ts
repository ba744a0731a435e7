// Markup a list's footer must not hold (lib/auth/list-footer.ts): a replayer's "footer" appended
// after the bank's signed HTML can hide or cover the signed text and show its own. Read as a
// browser reads it: character references and CSS escapes decoded, quoted-printable and base64 undone.
import { Buffer } from 'buffer';
import { sameRegistrableDomain } from '../dns/registrable';

/**
 * Markup no list footer needs and a replayer's "footer" uses to cover the signed text: style and
 * script elements, forms, embedded frames, a <dialog> (the browser's own stylesheet positions an
 * open one over the page: probe26) or any element with `popover`.
 */
const HIDING_TAG =
  /<\s*(?:style|script|noscript|template|form|iframe|frame|frameset|object|embed|applet|link|base|svg|math|dialog)\b|<[a-z][^<>]{0,2000}?\spopover\b/i;

/**
 * A second <html>, <head> or <body> start tag is not ignored: the HTML parser adds the attributes
 * the real one lacks to it (HTML §13.2.6.4.7, "in body", a start tag "body"), so `<body text=#fff>`
 * whitens the signed text (probe24-list-footer-html-second-body-white-text). A footer saved as a
 * whole document (`<html><head><meta http-equiv=Content-Type …></head><body lang=EN-US>`, real-mail
 * round 29) writes only these attributes, which change nothing above it. Closing tags change
 * nothing either (`</body></html>`).
 */
const DOCUMENT_TAG = /<\s*(?:html|head|body)\b([^<>]{0,2000})>?/gi;
const HARMLESS_DOCUMENT_ATTRIBUTE = /^(?:lang|xml:lang|xmlns(?::[\w-]{1,40})?|link|vlink|alink)$/i;
/** A <meta> that says more than the charset or the generator (`http-equiv=refresh`…). */
const ACTING_META = /<\s*meta\b[^<>]{0,2000}?\bhttp-equiv\s*=\s*(?!["']?content-type\b)/i;

/** CSS functions that turn plain lengths negative without a minus sign (`sin(270deg)`, probe26). */
const MATH = String.raw`(?:sin|cos|tan|asin|acos|atan2?|pow|sqrt|hypot|log|exp|abs|sign|mod|rem|round|env|attr)\s*\(`;

/**
 * Declarations that hide content or paint over what is above it, read after decoding
 * (cssOfAttribute): display/visibility/opacity/z-index; a position other than static (relative
 * or sticky with a negative offset covers the paragraph above: CSS 2.1 Appendix E paints
 * positioned boxes after in-flow ones); transform and the translate/rotate/scale/inset properties
 * (a transformed box is painted as a positioned one); what paints outside the box (an outline, a
 * box-shadow, a filter's drop shadow, blending and masks: probe26) unless `none`; a negative
 * vertical offset or margin (pulls the footer, or what follows it, up over the signed text), or one
 * read from a custom property (`var(--up)`) or a math function. A negative horizontal margin only
 * moves the footer sideways (Outlook's tables carry `margin-left:-5.4pt`: real-mail round 29).
 * Property names must start a declaration (`text-transform` is a footer's own lettering). Every
 * repeat is bounded or anchored on a literal, so the test stays linear in the block.
 */
const HIDING_STYLE = new RegExp(
  [
    String.raw`\b(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*[+]?0*(?:\.0*)?(?![.\d]*[1-9])|z-index)\b`,
    String.raw`(?<![-\w])position\s*:(?!\s*static\s*(?:!\s*important\s*)?(?:[;"'}]|$))`,
    String.raw`(?<![-\w])(?:-(?:webkit|moz|ms|o)-)?(?:transform|translate|rotate|scale|inset(?:-[a-z-]{1,20})?)\s*:`,
    String.raw`(?<![-\w])(?:-(?:webkit|moz|ms|o)-)?(?:outline(?:-offset)?|box-shadow|filter|backdrop-filter|mix-blend-mode|clip-path|mask(?:-[a-z-]{1,20})?)\s*:(?!\s*(?:none|0)\s*(?:!\s*important\s*)?(?:[;"'}]|$))`,
    String.raw`(?<![-\w])(?:top|bottom|margin-(?:top|bottom|block(?:-start|-end)?))\s*:[^;"'}<>]{0,200}?(?:-\s*[.\d]|var\s*\(|${MATH})`,
  ].join('|'),
  'i',
);

/**
 * The `margin` shorthand pulls content up when a vertical value (the first, or the third of three
 * or four) is negative or computed; a negative left or right one only moves it sideways.
 */
function marginPullsUp(css: string): boolean {
  for (const m of css.matchAll(/(?<![-\w])margin\s*:([^;"'}<>]{0,200})/gi)) {
    const value = m[1]!.replace(/!\s*important/i, '').trim();
    if (/var\s*\(/i.test(value) || new RegExp(MATH, 'i').test(value)) return true;
    // Functions (calc, min, max, clamp) as one token each, so their blanks do not split them.
    const tokens = value.match(/[a-z-]*\([^()]{0,200}\)|[^\s()]+/gi) ?? [];
    const vertical = tokens.length <= 2 ? [tokens[0]] : [tokens[0], tokens[2]];
    if (vertical.some((t) => t !== undefined && /-\s*[.\d]/.test(t))) return true;
  }
  return false;
}

/** Whether a second <html>, <head> or <body> carries an attribute that reaches the real one. */
function documentTagActs(text: string): boolean {
  for (const m of text.matchAll(DOCUMENT_TAG)) {
    const attributes = m[1]!.replace(/\/\s*$/, '');
    for (const a of attributes.matchAll(/([^\s=/"']{1,100})\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g)) {
      if (!HARMLESS_DOCUMENT_ATTRIBUTE.test(a[1]!)) return true;
    }
  }
  return ACTING_META.test(text);
}

/** Named character references for the ASCII a style attribute may be spelled with (HTML §13.5). */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  semi: ';',
  lpar: '(',
  rpar: ')',
  bsol: '\\',
  sol: '/',
  ast: '*',
  midast: '*',
  plus: '+',
  comma: ',',
  period: '.',
  excl: '!',
  num: '#',
  percnt: '%',
  equals: '=',
  lowbar: '_',
  lsqb: '[',
  rsqb: ']',
  lcub: '{',
  rcub: '}',
  lbrack: '[',
  rbrack: ']',
  lbrace: '{',
  rbrace: '}',
  verbar: '|',
  vert: '|',
  quest: '?',
  commat: '@',
  dollar: '$',
  hat: '^',
  grave: '`',
  tab: '\t',
  newline: '\n',
  // Shown as nothing inside a word: a name split by them reads whole (footerDisguisedLinks).
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  nbsp: '\u00a0',
};

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

/** Quoted-printable undone (RFC 2045 §6.7): a list re-encodes the part it appends to. */
function fromQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

/**
 * A style attribute's value as CSS reads it: HTML character references decoded, as the HTML
 * parser does in an attribute (`&#112;osition`, probe24-list-footer-html-entity-encoded-position-
 * fixed; the `;` is optional to the parser), then CSS escapes (CSS Syntax §4.3.7: a backslash and
 * up to six hex digits, or any other character standing for itself: `posit\ion`,
 * probe24-list-footer-html-css-escaped-position-fixed). Each pass is one linear replace.
 */
function cssOfAttribute(value: string): string {
  return withReferences(value).replace(
    /\\(?:([0-9a-f]{1,6})(?:\r\n|[ \t\n\f])?|\r?\n|([\s\S]))/gi,
    (_, hex?: string, ch?: string) => (hex !== undefined ? codePoint(Number.parseInt(hex, 16)) : (ch ?? '')),
  );
}

/** HTML character references decoded, as the HTML parser does in text and attributes (the `;` optional). */
function withReferences(value: string): string {
  return value.replace(
    /&(?:#x([0-9a-f]{1,8})|#(\d{1,9})|([a-z]{2,8}));?/gi,
    (all, hex?: string, dec?: string, name?: string) =>
      hex !== undefined
        ? codePoint(Number.parseInt(hex, 16))
        : dec !== undefined
          ? codePoint(Number(dec))
          : (NAMED_REFERENCES[name!.toLowerCase()] ?? all),
  );
}

/** CSS comments out (one between `position:` and `fixed`); an unclosed one runs to the end (CSS Syntax §4.3.2). */
function withoutCssComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('/*'); open >= 0; open = text.indexOf('/*', at)) {
    out += text.slice(at, open);
    const close = text.indexOf('*/', open + 2);
    at = close < 0 ? text.length : close + 2;
  }
  return out + text.slice(at);
}

/** A removed block as written, quoted-printable undone, and (a base64 footer part) decoded; latin1. */
function footerTexts(removed: string): string[] {
  const texts = [removed, fromQuotedPrintable(removed)];
  const blank = /\r?\n\r?\n/.exec(removed);
  if (blank && /^content-transfer-encoding[ \t]*:[ \t]*base64\b/im.test(removed.slice(0, blank.index))) {
    texts.push(Buffer.from(removed.slice(blank.index), 'base64').toString('latin1'));
  }
  return texts;
}

/** footerTexts as UTF-8 text with HTML character references undone: what a mail app shows. */
function shownTexts(removed: string): string[] {
  return footerTexts(removed).map((latin1) => withReferences(Buffer.from(latin1, 'latin1').toString('utf8')));
}

/**
 * Whether a removed block holds markup that can hide or cover the signed text above it (probe23:
 * a full-screen fixed <div> over a hidden notice; probe24: the same spelled with references,
 * escapes, relative offsets, transforms, a second <body>). Tags are read as written and
 * quoted-printable-decoded; declarations in every style attribute (quoted or not), decoded, read
 * twice: with CSS comments dropped, and kept (a comment opener the tokenizer never sees, `\/*`,
 * must not blank what follows it). A base64 footer part is read decoded too. HTML comments are
 * kept: Outlook renders what an `<!--[if mso]>` comment holds.
 */
export function hidesSignedText(removed: string): boolean {
  return footerTexts(removed).some((text) => {
    if (HIDING_TAG.test(text) || documentTagActs(text)) return true;
    for (const m of text.matchAll(/(?<![-\w])style\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*))/gi)) {
      const css = cssOfAttribute(m[1] ?? m[2] ?? m[3] ?? '');
      for (const read of [css, withoutCssComments(css)])
        if (HIDING_STYLE.test(read) || marginPullsUp(read)) return true;
    }
    return false;
  });
}

/** Most host names footerLinkHosts returns: a list's footer links to its own pages, a handful. */
export const MAX_FOOTER_HOSTS = 32;

/** A link with its scheme, as a browser or a mail app reads it (`https:\\host`, `https:/host` too). */
const URL_LINK = /\b(?:https?|ftp):[\\/]{0,3}[^\s"'<>`]{1,2000}/gi;
/** A bare name a mail app turns into a link (`www.northbank.example`, `northbank.example/confirm`). */
const BARE_NAME =
  /(?<![\p{L}\p{N}@.\-_/\\])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})\.){1,10}[\p{L}][\p{L}\p{N}-]{1,62}(?![\p{L}\p{N}@_-]|\.[\p{L}\p{N}])/gu;

/**
 * The host names a list's footer (a removed block) links to or spells out, lower-case, as a
 * browser resolves them (WHATWG URL: percent escapes, backslashes and IDN undone), at most
 * MAX_FOOTER_HOSTS. Read in every form a mail app may show (quoted-printable, base64, HTML
 * character references decoded). A link's user part that spells a name (`https://bank.example@host/`)
 * counts as a name too: it is what the reader reads first.
 */
export function footerLinkHosts(removed: string): string[] {
  const out = new Set<string>();
  for (const text of shownTexts(removed)) {
    for (const host of namesIn(text, MAX_FOOTER_HOSTS - out.size)) out.add(host);
    if (out.size >= MAX_FOOTER_HOSTS) break;
  }
  return [...out];
}

/**
 * Words of an account scare in a footer, in the languages the look-alike lists keep (whole words,
 * lower case): what a list's own footer (unsubscribe, archives, the list's rules) never says.
 * Signing in or an account is how a list's footer points to its own pages (a LISTSERV's "sign in
 * to manage your subscription", a club's members' login: real-mail round 73): not words of a scare;
 * nor a card alone ("donate by card", a card-reader project's list), only its details or its state.
 */
const FOOTER_LURE =
  /(?<![\p{L}\p{N}])(card (?:details|number|info(?:rmation)?)|kartendaten|kartennummer|donn[ée]es de (?:la )?carte|datos de (?:la )?tarjeta|dados do cart[ãa]o|blocked|locked|suspended|frozen|on hold|unusual|compromised|restricted|verify|verification|passwords?|passcodes?|iban|refunds?|gesperrt|eingeschr[äa]nkt|passw[öo]rter|passwort|bloqu[ée]e?|suspendue?|mot de passe|bloqueada|suspendida|contrase[ñn]as?|bloqueado|suspensa|senhas?)(?![\p{L}\p{N}])/iu;
/** Shown as nothing inside a word: a word split by them reads whole (probe76: `Ca\u00adrd bl\u00adocked`). */
const INVISIBLE_IN_WORD = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** An address shown or linked (`mailto:`), lower-cased. */
const FOOTER_ADDRESS = /[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,10}\p{L}{2,63}/gu;
/** Most targets footerLure returns. */
const MAX_LURE_TARGETS = 16;

/**
 * A footer that scares about an account (`Card blocked? Write to card-desk@…`): the lure word and
 * every address and host name the footer gives, or null when it says no such word (probe75: the
 * attacker's own list re-posting the bank's signed notice with a footer that sends the reader to
 * him). Read in every form footerLinkHosts reads, tags dropped for the words.
 */
export function footerLure(removed: string): { word: string; targets: string[] } | null {
  let word: string | null = null;
  const targets = new Set<string>();
  for (const text of shownTexts(removed)) {
    // Tags dropped where they split nothing a reader sees as two words (`Ca<b>rd</b>`): both ways.
    for (const words of [text.replace(/<[^<>]{0,2000}>/g, ' '), text.replace(/<[^<>]{0,2000}>/g, '')]) {
      const plain = words.replace(INVISIBLE_IN_WORD, '');
      word ??= FOOTER_LURE.exec(plain)?.[1]?.toLowerCase() ?? null;
    }
    for (const m of text.matchAll(FOOTER_ADDRESS))
      if (targets.size < MAX_LURE_TARGETS) targets.add(m[0].toLowerCase());
    for (const host of namesIn(text, MAX_LURE_TARGETS - targets.size)) targets.add(host);
  }
  return word && targets.size > 0 ? { word, targets: [...targets] } : null;
}

/** Up to `most` host names in `text` (links with a scheme, their user parts, bare names), as footerLinkHosts reads them. */
function namesIn(text: string, most: number): string[] {
  const out = new Set<string>();
  const add = (name: string) => {
    const host = name.toLowerCase().replace(/\.$/, '');
    if (host.includes('.') && out.size < most) out.add(host);
  };
  for (const m of text.matchAll(URL_LINK)) {
    const url = webUrl(m[0]);
    if (url) {
      add(url.hostname);
      try {
        if (url.username) add(decodeURIComponent(url.username));
      } catch {
        // A user part that is no text.
      }
    }
  }
  for (const m of text.matchAll(BARE_NAME)) add(m[0]);
  return [...out];
}

/** `link` as a browser parses it, or null when it opens no web page by name. */
function webUrl(link: string): URL | null {
  try {
    const url = new URL(link.trim());
    return /^(?:https?|ftp):$/.test(url.protocol) && url.hostname ? url : null;
  } catch {
    return null;
  }
}

/** Most disguised links footerDisguisedLinks returns. */
export const MAX_DISGUISED_LINKS = 8;

/** Characters a browser shows as nothing inside a name: soft hyphen, zero-width ones, word joiner. */
const INVISIBLE_IN_NAME = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Links of an HTML footer whose text shows a host name while the link opens another organisation's
 * page (`<a href="https://secure-verify.attacker.example/">https://northbank.example/confirm</a>`,
 * probe67-gmail-list-html-footer-text-shows-bank-href-elsewhere): the shown name and the opened
 * host, at most MAX_DISGUISED_LINKS. The text is read as shown: tags (`<wbr>`, `<b>`) and
 * invisible characters out, character references decoded.
 */
export function footerDisguisedLinks(removed: string): Array<{ shown: string; opens: string }> {
  const out = new Map<string, { shown: string; opens: string }>();
  for (const latin1 of footerTexts(removed)) {
    const text = Buffer.from(latin1, 'latin1').toString('utf8');
    for (const m of text.matchAll(/<a\b([^<>]{0,2000})>([\s\S]{0,2000}?)<\/a\s*>/gi)) {
      const href = /(?<![-\w])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]!);
      const opens = href ? webUrl(withReferences(href[1] ?? href[2] ?? href[3] ?? '')) : null;
      if (!opens) continue;
      const shown = withReferences(m[2]!.replace(/<[^<>]{0,2000}>/g, '')).replace(INVISIBLE_IN_NAME, '');
      for (const name of namesIn(shown, 4)) {
        const host = opens.hostname.toLowerCase();
        if (sameRegistrableDomain(name, host) || name === host) continue;
        if (out.size < MAX_DISGUISED_LINKS) out.set(`${name} ${host}`, { shown: name, opens: host });
      }
    }
  }
  return [...out.values()];
}
