// No English text written straight into what the extension renders (issue 20.6): every JSX text,
// every text-bearing attribute (aria-label, title, placeholder, alt) and every string literal shown
// as a child in components/ and entrypoints/ goes through t(). Names and codes are allowed: the
// product's name, protocol names, example values. A new literal fails here with its file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const DIRS = ['components', 'entrypoints'];
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);

/** Text that reads the same in every language: names, protocol words, codes, punctuation. */
const ALLOWED = new Set([
  'HeaderLens',
  'DNS',
  'SPF',
  'DKIM',
  'DMARC',
  'ARC',
  'DB-IP',
  'IP',
  'JSON',
  'mx.example.com',
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx$/.test(name) ? [path] : [];
  });
}

function isWords(text: string): boolean {
  const s = text.replace(/\s+/g, ' ').trim();
  // One token with a dot or a scheme is an example value (a domain, a URL), the same in every language.
  if (/^\S+$/.test(s) && /[.:/]/.test(s)) return false;
  return /[A-Za-z]{2,}/.test(s) && !ALLOWED.has(s);
}

/** A phrase (two words or more), in any attribute or any string of a .ts view helper. */
const PHRASE = /[A-Za-z]{2,}[,.]? [A-Za-z]{2,}/;
const NOT_TEXT = new Set([
  'class',
  'className',
  'style',
  'href',
  'rel',
  'd',
  'viewBox',
  'points',
  'transform',
]);

function literals(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const where = (n: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(n.getStart());
    found.push(`${relative(ROOT, path)}:${line + 1}: ${text.replace(/\s+/g, ' ').trim()}`);
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && isWords(n.text)) where(n, n.text);
    if (ts.isJsxAttribute(n) && n.initializer) {
      const name = n.name.getText(source);
      const init = n.initializer;
      const value = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (
        value &&
        isWords(value.text) &&
        (TEXT_ATTRIBUTES.has(name) || (!NOT_TEXT.has(name) && PHRASE.test(value.text)))
      )
        where(n, value.text);
    }
    if (ts.isJsxExpression(n) && n.parent && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent))) {
      const e = n.expression;
      if (e && ts.isStringLiteralLike(e) && isWords(e.text)) where(n, e.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

describe('rendered text', () => {
  it('has no hard-coded English in components/ and entrypoints/', () => {
    const all = DIRS.flatMap((d) => files(join(ROOT, d))).flatMap(literals);
    expect(all).toEqual([]);
  });
});
