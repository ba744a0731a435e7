// The verdict colours drawn outside our pages (the toolbar badge, inbox-row badges), where the
// background behind them is the browser's or the webmail's: white glyphs on solid fills chosen for
// at least 4.5:1 (WCAG 2.x AA, normal text). test/unit/components/contrast.test.ts checks them.
import type { Verdict } from '../lib/types';

export const BADGE_FG = '#ffffff';

export const VERDICT_FILL: Record<Verdict, string> = {
  authenticated: '#1a7f37',
  suspicious: '#9a6700',
  spoofed: '#cf222e',
  unverified: '#656d76',
};
