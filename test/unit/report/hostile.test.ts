import { describe, expect, it } from 'vitest';
import { cleanText, mdText, renderReport } from '../../../lib/report';
import { fixture, outsideCodeSpans, tableCells } from './load';

describe('hostile header text', () => {
  const a = fixture('hostile');
  const md = renderReport(a, { format: 'md' });
  it('never becomes a link, image or HTML in Markdown', () => {
    const live = outsideCodeSpans(md);
    expect(live).not.toMatch(/(?<!\\)<\/?(img|b)\b/i); // only escaped \< may remain
    expect(live).not.toMatch(/(?<!\\)\]\((?!`)/); // [text](url) link syntax
    expect(live).not.toMatch(/https?:\/\//);
    expect(live).not.toMatch(/www\./);
    expect(live).not.toMatch(/[A-Za-z0-9]@[A-Za-z0-9]/); // bare e-mail autolinks
    // The text is still there for the reader, inside code spans.
    expect(md).toContain('<img src=x onerror=alert(1)>');
  });
  it('keeps table rows intact despite pipes in header values', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    const byTable = rows.map((r) => tableCells(r).length);
    // Authentication table has 4 columns, hops 5, DNS 3: no row gains a column.
    expect(new Set(byTable)).toEqual(new Set([4, 5, 3]));
  });
  it('shows bidi overrides and control characters escaped in text and Markdown', () => {
    for (const out of [md, renderReport(a, { format: 'text' })]) {
      expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0007]/);
      expect(out).toContain('<U+202E>gnp.exe<U+202C>');
      expect(out).toContain('\\x07');
    }
  });
  it('JSON keeps the value but writes invisible characters as escapes', () => {
    const json = renderReport(a, { format: 'json' });
    expect(json).not.toMatch(/[\u202A-\u202E]/);
    expect(json).toContain('\\u202e');
    expect(JSON.parse(json).from.displayName).toBe(a.from!.displayName);
  });
  it('mdText escapes Markdown punctuation and fences addresses', () => {
    expect(mdText('Hi *you* [x](y) <b> a@b.example')).toBe('Hi \\*you\\* \\[x\\](y) \\<b\\> `a@b.example`');
    expect(mdText('# not a heading')).toBe('\\# not a heading');
    expect(cleanText('a\u202Eb\nc')).toBe('a<U+202E>b\\x0Ac');
  });
});
