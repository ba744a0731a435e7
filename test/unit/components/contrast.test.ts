// WCAG 2.x AA contrast (4.5:1 for normal text) for every text/background pair the pages draw, in
// light and dark mode, computed from the actual colour tokens in assets/base.css, and for the
// badges drawn outside our pages (toolbar, inbox rows) from their actual colours.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_FG, VERDICT_FILL } from '../../../components/palette';
import { badgeFor } from '../../../lib/ext/badge';
import type { Verdict } from '../../../lib/types';

const css = readFileSync('assets/base.css', 'utf8');

/** `--name: #rrggbb;` declarations of one block. */
function tokens(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );
}
const light = tokens(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...tokens(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const TONES = ['ok', 'warn', 'bad', 'unknown'] as const;
/**
 * [text token, background token, where]: every pair in assets/app.css and assets/ui.css. Keep in
 * step with the stylesheets when a rule puts a colour on a new background.
 */
const PAIRS: Array<[string, string, string]> = [
  ...['bg', 'code-bg', 'button'].flatMap(
    (bg): Array<[string, string, string]> => [
      ['fg', bg, 'body text'],
      ['muted', bg, 'muted text, "not checked", hints'],
      ['link', bg, 'links, link buttons'],
    ],
  ),
  ...TONES.flatMap(
    (t): Array<[string, string, string]> => [
      ['fg', `${t}-bg`, 'verdict summary and top reason'],
      ['muted', `${t}-bg`, 'From domain in the verdict banner'],
      ['link', `${t}-bg`, 'links in notices inside the banner'],
      [t, `${t}-bg`, 'verdict title'],
      [t, 'bg', 'result words (pass/fail) in tables and the strip'],
      ['on-tone', t, 'severity pills and the verdict icon'],
    ],
  ),
  ['fg', 'warn-bg', 'notices'],
  ['bg', 'link', 'primary button'],
];

describe('WCAG AA contrast of the colour tokens', () => {
  it('reads both modes from base.css', () => {
    expect(Object.keys(light).length).toBeGreaterThan(15);
    expect(dark.bg).not.toBe(light.bg);
    expect(dark['on-tone']).toBeDefined();
  });
  for (const [mode, t] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it.each(PAIRS)(`${mode}: --%s on --%s (%s) is at least 4.5:1`, (fg, bg) => {
      expect(t[fg], `--${fg}`).toMatch(/^#/);
      expect(t[bg], `--${bg}`).toMatch(/^#/);
      expect(contrast(t[fg]!, t[bg]!)).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('the old dark pills failed: white on the dark tones is below 4.5:1 (why --on-tone exists)', () => {
    for (const tone of TONES) expect(contrast('#ffffff', dark[tone]!)).toBeLessThan(4.5);
  });
});

describe('badge colours', () => {
  const VERDICTS: Verdict[] = ['authenticated', 'suspicious', 'spoofed', 'unverified'];
  it.each(VERDICTS)('toolbar badge for %s: white glyph on its fill is at least 4.5:1', (v) => {
    expect(contrast(BADGE_FG, badgeFor(v).color)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(VERDICTS)('inbox badge for %s: white glyph on its fill is at least 4.5:1', (v) => {
    expect(contrast(BADGE_FG, VERDICT_FILL[v])).toBeGreaterThanOrEqual(4.5);
  });
  it('computes known ratios correctly (black on white 21:1, the old amber badge 3.1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#bf8700')).toBeCloseTo(3.14, 2);
  });
});
