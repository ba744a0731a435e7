// Markup a list's footer must not hold (lib/auth/list-footer.ts): a replayer's "footer" appended
// after the bank's signed HTML can hide or cover the signed text and show its own. Read as a
// browser reads it: character references and CSS escapes decoded, quoted-printable and base64 undone.
import { Buffer } from 'buffer';

/**
 * Markup no list footer needs and a replayer's "footer" uses to cover the signed text. Tags:
 * style and script elements, forms and embedded frames, and a start tag of the document's own
 * elements: a second <body> or <html> is not ignored, the HTML parser adds the attributes the
 * real one lacks to it (HTML §13.2.6.4.7, "in body", a start tag "body"), so `<body text=#fff>`
 * whitens the signed text (probe24-list-footer-html-second-body-white-text). Start tags only: a
 * list closing the document it appended (`</body></html>`) changes nothing.
 */
const HIDING_TAG =
  /<\s*(?:style|script|noscript|template|form|iframe|frame|frameset|object|embed|applet|link|meta|base|svg|math|body|html|head)\b/i;

/**
 * Declarations that hide content or move it over what is above it, read after decoding
 * (cssOfAttribute): display/visibility/opacity/z-index; a position other than static (relative
 * or sticky with a negative offset covers the paragraph above: CSS 2.1 Appendix E paints
 * positioned boxes after in-flow ones); transform and the translate/rotate/scale/inset properties
 * (a transformed box is painted as a positioned one); a negative offset or margin (pulls the
 * footer up over the signed text), or one read from a custom property (`var(--up)`). Property
 * names must start a declaration (`text-transform` is a footer's own lettering). Every repeat is
 * bounded or anchored on a literal, so the test stays linear in the block.
 */
const HIDING_STYLE =
  /\b(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*[+]?0*(?:\.0*)?(?![.\d]*[1-9])|z-index)\b|(?<![-\w])position\s*:(?!\s*static\s*(?:!\s*important\s*)?(?:[;"'}]|$))|(?<![-\w])(?:-(?:webkit|moz|ms|o)-)?(?:transform|translate|rotate|scale|inset(?:-[a-z-]{1,20})?)\s*:|(?<![-\w])(?:top|left|right|bottom|margin(?:-[a-z-]{1,20})?)\s*:[^;"'}<>]{0,200}?(?:-\s*[.\d]|var\s*\()/i;

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
  return value
    .replace(
      /&(?:#x([0-9a-f]{1,8})|#(\d{1,9})|([a-z]{2,8}));?/gi,
      (all, hex?: string, dec?: string, name?: string) =>
        hex !== undefined
          ? codePoint(Number.parseInt(hex, 16))
          : dec !== undefined
            ? codePoint(Number(dec))
            : (NAMED_REFERENCES[name!.toLowerCase()] ?? all),
    )
    .replace(/\\(?:([0-9a-f]{1,6})(?:\r\n|[ \t\n\f])?|\r?\n|([\s\S]))/gi, (_, hex?: string, ch?: string) =>
      hex !== undefined ? codePoint(Number.parseInt(hex, 16)) : (ch ?? ''),
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
  const texts = [removed, fromQuotedPrintable(removed)];
  const blank = /\r?\n\r?\n/.exec(removed);
  if (blank && /^content-transfer-encoding[ \t]*:[ \t]*base64\b/im.test(removed.slice(0, blank.index))) {
    texts.push(Buffer.from(removed.slice(blank.index), 'base64').toString('latin1'));
  }
  return texts.some((text) => {
    if (HIDING_TAG.test(text)) return true;
    for (const m of text.matchAll(/(?<![-\w])style\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*))/gi)) {
      const css = cssOfAttribute(m[1] ?? m[2] ?? m[3] ?? '');
      if (HIDING_STYLE.test(css) || HIDING_STYLE.test(withoutCssComments(css))) return true;
    }
    return false;
  });
}
