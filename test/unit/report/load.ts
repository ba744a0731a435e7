import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../../lib/types';

export function fixture(name: string): Analysis {
  const path = join(import.meta.dirname, '../../fixtures/analyses', `${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Analysis;
}

/** Markdown with every code span removed: what a renderer would parse as Markdown/HTML. */
export function outsideCodeSpans(md: string): string {
  return md.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, ' ');
}

/** Cells of a GFM table row, split on pipes that are not backslash-escaped. */
export function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/);
}
