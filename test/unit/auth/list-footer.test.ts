// lib/auth/footer-markup.ts hidesSignedText and lib/auth/list-footer.ts bodyCandidates: an HTML "footer" after a replayed
// text/html notice may inform, never hide or cover the signed text (probe23, probe24: character
// references and CSS escapes in a style attribute, relative offsets, transforms, a second <body>).
// The lists' own HTML footers (Sympa, Google Groups, groups.io, an administrator's styled <p>)
// are still cut; the test stays linear on a megabyte.
import { Buffer } from 'buffer';
import { describe, expect, it } from 'vitest';
import { hidesSignedText } from '../../../lib/auth/footer-markup';
import { bodyCandidates, unwrappedMixed } from '../../../lib/auth/list-footer';
import { dkimBody } from '../../../lib/auth/mailauth';

const SIGNED =
  '<html><body>\r\n<p>Your November statement is ready in online banking.</p>\r\n</body></html>\r\n';
const OVERLAY = 'top:0;left:0;width:100%;height:100%;background:#fff';
const LURE =
  '<p>Your card is blocked. Confirm it at <a href="https://bank-secure.example/">online banking</a>.</p>';

function bh(body: string): string {
  const h = dkimBody('relaxed', 'sha256');
  h.update(Buffer.from(body, 'latin1'));
  return h.digest('base64');
}

/** The signed notice with `footer` appended, as a list (or a replayer) would. */
function cut(footer: string) {
  return bodyCandidates(
    `${SIGNED}${footer}\r\n`,
    { hash: bh(SIGNED), canon: 'relaxed', algo: 'sha256' },
    { contentType: 'text/html; charset=utf-8', signed: true },
  );
}

const HIDING: Array<[string, string]> = [
  ['a character reference in the property', `<div style="&#112;osition:fixed;${OVERLAY}">${LURE}</div>`],
  ['a hex reference without its semicolon', `<div style="positio&#x6e:fixed;${OVERLAY}">${LURE}</div>`],
  ['a named reference for the colon', `<div style="position&colon;fixed;${OVERLAY}">${LURE}</div>`],
  ['a CSS escape of a letter', `<div style="posit\\ion:fixed;${OVERLAY}">${LURE}</div>`],
  ['a CSS hex escape', `<div style="posi\\74 ion:absolute;${OVERLAY}">${LURE}</div>`],
  ['a CSS comment before the value', `<div style="position:/* */fixed;${OVERLAY}">${LURE}</div>`],
  [
    'an escaped comment opener the tokenizer never sees',
    `<div style="x:\\/* ;position:fixed;${OVERLAY}">${LURE}</div>`,
  ],
  ['relative with a negative top', `<div style="position:relative;top:-4em;background:#fff">${LURE}</div>`],
  ['sticky', `<div style="position:sticky;top:0;background:#fff">${LURE}</div>`],
  ['an unquoted style', `<div style=position:fixed;top:0>${LURE}</div>`],
  ['transform', `<div style="transform:translateY(-100%);background:#fff">${LURE}</div>`],
  ['a prefixed transform', `<div style="-webkit-transform:translateY(-100%)">${LURE}</div>`],
  ['the translate property', `<div style="translate:0 -100%">${LURE}</div>`],
  ['the scale property', `<div style="scale:40;background:#fff">${LURE}</div>`],
  ['inset', `<div style="inset:0">${LURE}</div>`],
  ['a negative margin', `<table style="margin-top:-300px;background:#fff"><tr><td>${LURE}</td></tr></table>`],
  ['a margin subtracted in calc', `<div style="margin-top:calc(0px - 20em)">${LURE}</div>`],
  ['a margin from a custom property', `<div style="--up:-20em;margin-top:var(--up)">${LURE}</div>`],
  ['a second body', `<body text="#ffffff" link="#ffffff"><p><font color="#1a1a1a">${LURE}</font></p>`],
  ['a second html', `<HTML style="color:#fff">${LURE}`],
  ['a head with a meta', `<head><meta http-equiv="refresh" content="0"></head>${LURE}`],
  ['a base', `<base href="https://bank-secure.example/">${LURE}`],
  ['a form', `<form action="https://bank-secure.example/"><input name="pin"></form>`],
  ['a style element', `<style>p{display:none}</style>${LURE}`],
  ['quoted-printable soft breaks', `<div style=3D"posi=\r\ntion:fixed;${OVERLAY}">${LURE}</div>`],
  ['upper case and spaced', `<DIV STYLE="POSITION : FIXED;${OVERLAY.toUpperCase()}">${LURE}</DIV>`],
  ['display none', '<span style="display:none">hidden</span>'],
  ['opacity zero', '<span style="opacity:0.0">hidden</span>'],
  // Red-team round 26: what paints outside the box, an open dialog, a minus without a minus sign.
  ['a giant outline', `<div style="outline:40em solid #fff">${LURE}</div>`],
  ['a drop-shadow filter', `<div style="filter:drop-shadow(0 -3em 0 #fff)">${LURE}</div>`],
  ['a box-shadow spread', `<div style="opacity:.99;box-shadow:0 0 0 30em #fff">${LURE}</div>`],
  ['a margin from a trigonometric function', `<div style="margin-top:calc(6em * sin(270deg))">${LURE}</div>`],
  ['an open dialog', `<dialog open style="top:0">${LURE}</dialog>`],
  ['a popover', `<div popover="manual">${LURE}</div>`],
  ['a negative bottom margin (what follows moves up)', `<p style="margin-bottom:-30em">x</p><p>${LURE}</p>`],
  ['a shorthand whose top is negative', `<div style="margin:-20em 0 0 0">${LURE}</div>`],
  ['a shorthand whose bottom is negative', `<div style="margin:0 0 -20em">${LURE}</div>`],
  ['a body with a style', `<body style="color:#fff">${LURE}`],
];

/** The lists' HTML footers (layouts as the lists write them; names and hosts anonymised). */
const GENUINE: Array<[string, string]> = [
  [
    'Sympa, an administrator’s styled paragraph',
    '<hr><p style="color:#666;font-size:11px">Customers list: <a href="https://lists.example.org/sympa/info/customers">list information</a></p>',
  ],
  [
    'Sympa message_footer, small print',
    '<p style="font-size:small;color:#666">board mailing list &ndash; <a href="https://lists.example.org/sympa/info/board">list information</a></p>',
  ],
  [
    'Google Groups, the HTML alternative’s footer',
    [
      '<p></p>',
      '',
      '-- <br />',
      'You received this message because you are subscribed to the Google Groups &quot;Branch News&quot; group.<br />',
      'To unsubscribe from this group and stop receiving emails from it, send an email to <a href="mailto:branch-news+unsubscribe@googlegroups.com">branch-news+unsubscribe@googlegroups.com</a>.<br />',
      'To view this discussion on the web visit <a href="https://groups.google.com/d/msgid/branch-news/abc%40mail.example.com?utm_medium=email&amp;utm_source=footer">https://groups.google.com/d/msgid/branch-news/abc%40mail.example.com</a>.<br />',
    ].join('\r\n'),
  ],
  [
    'groups.io, its links block',
    '<div width="1" style="color: white; clear: both;"></div>Groups.io Links:<p>You receive all messages sent to this group.</p><p><a target="_blank" href="https://groups.example.io/g/hikers/message/42">View/Reply Online (#42)</a> | <a href="https://groups.example.io/g/hikers/unsub">Leave Group</a></p>',
  ],
  [
    'a footer that spaces and letters itself',
    '<div style="margin:12px 0 0 0;padding-top:8px;border-top:1px solid #ccc;text-transform:uppercase;letter-spacing:1px;position:static">Hikers list</div>',
  ],
  ['a closed document around the footer', '<p>Hikers list</p></body></html>'],
  [
    'a plain Mailman footer',
    '_______________________________________________\r\nDevel mailing list\r\nhttps://lists.example.org/mailman/listinfo/devel',
  ],
  ['text that names a body tag', '<p>Write &lt;body&gt; tags in the wiki, not in posts.</p>'],
  // Real-mail round 29: Outlook's table inset, a footer saved as a whole document.
  [
    'a table pasted from Outlook (its left inset)',
    '<table class=MsoNormalTable border=0 cellpadding=0 style="margin-left:-5.4pt;border-collapse:collapse"><tr><td><p class=MsoNormal>Devel list</p></td></tr></table>',
  ],
  ['a shorthand with a negative left', '<div style="margin:0 0 0 -5.4pt">Devel list</div>'],
  [
    'a footer saved as a whole document',
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><hr><p>Devel list</p></body></html>',
  ],
  [
    'a whole document as Word writes its tags',
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" lang=EN-US><head><meta name=Generator content="Microsoft Word 15"></head><body lang=EN-US link="#0563C1" vlink="#954F72"><p>Devel list</p></body></html>',
  ],
  [
    'no outline, no shadow',
    '<a style="outline:none;box-shadow:none" href="https://lists.example.org/">Devel list</a>',
  ],
];

describe('hidesSignedText', () => {
  it.each(HIDING)('refuses %s', (_, footer) => {
    expect(hidesSignedText(footer)).toBe(true);
    expect(cut(footer)).toBeNull();
  });

  it.each(GENUINE)('keeps %s', (_, footer) => {
    expect(hidesSignedText(footer)).toBe(false);
    expect(cut(footer)?.body).toBe(SIGNED);
  });

  it('reads a base64 footer part decoded', () => {
    const html = Buffer.from(`<div style="transform:translateY(-100%)">${LURE}</div>`).toString('base64');
    expect(
      hidesSignedText(
        `--b1\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${html}\r\n`,
      ),
    ).toBe(true);
    const fine = Buffer.from('<p>Hikers list</p>').toString('base64');
    expect(
      hidesSignedText(
        `--b1\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${fine}\r\n`,
      ),
    ).toBe(false);
  });

  it('refuses a hiding footer part in a list-made multipart/mixed (unwrappedMixed)', () => {
    const inner =
      '--in\r\nContent-Type: text/plain\r\n\r\nStatement ready.\r\n--in\r\nContent-Type: text/html\r\n\r\n<p>Statement ready.</p>\r\n--in--';
    const wrapped = (part: string) =>
      `--out\r\nContent-Type: multipart/alternative; boundary="in"\r\n\r\n${inner}\r\n--out\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n${part}\r\n--out--\r\n`;
    const args = [
      { hash: bh(inner), canon: 'relaxed', algo: 'sha256' },
      { contentType: 'multipart/mixed; boundary="out"', signed: true },
    ] as const;
    expect(unwrappedMixed(wrapped('<p>Hikers list</p>'), ...args)?.body).toBe(inner);
    expect(
      unwrappedMixed(wrapped(`<div style="&#112;osition:fixed;${OVERLAY}">${LURE}</div>`), ...args),
    ).toBeNull();
  });

  it('stays linear on a megabyte of near-misses', () => {
    const mb = 1 << 20;
    const inputs = [
      `<p style="${'margin:'.repeat(mb / 7)}`,
      `style="${' '.repeat(mb)}`,
      `<div style="top:${' 1'.repeat(mb / 2)}`,
      `style="${'&#'.repeat(mb / 2)}"`,
      `style="${'\\'.repeat(mb)}"`,
      `style="${'/*'.repeat(mb / 2)}"`,
      `style="position${' '.repeat(mb)}`,
      `${'style='.repeat(mb / 6)}`,
      `${'<'.repeat(mb)}`,
      `${'=\r\n'.repeat(mb / 3)}`,
    ];
    // Each input takes well under a second here; a quadratic pass would take minutes.
    for (const input of inputs) {
      const started = performance.now();
      hidesSignedText(input);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});
