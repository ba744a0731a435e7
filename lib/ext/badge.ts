// The toolbar badge for a tab: one glyph and one colour per verdict, so the answer is readable
// before the popup opens. Pure mapping + one function that applies it through the browser API.
import { browser } from 'wxt/browser';
import { BADGE_FG, VERDICT_FILL } from '../../components/palette';
import { type MessageKey, t } from '../i18n';
import type { Verdict } from '../types';

export interface BadgeLook {
  text: string;
  /** RGB hex; the popup's banner uses the same hues (assets/base.css). */
  color: string;
  title: string;
}

// White text on these fills is at least 4.5:1 (the old amber #bf8700 was 3.1:1). The tooltip is
// in the reader's language (the worker reads browser.i18n like the pages).
const LOOKS: Record<Verdict, Omit<BadgeLook, 'title'> & { title: MessageKey }> = {
  authenticated: { text: '✓', color: VERDICT_FILL.authenticated, title: 'badge_toolbar_authenticated' },
  suspicious: { text: '!', color: VERDICT_FILL.suspicious, title: 'badge_toolbar_suspicious' },
  spoofed: { text: '✕', color: VERDICT_FILL.spoofed, title: 'badge_toolbar_spoofed' },
  unverified: { text: '?', color: VERDICT_FILL.unverified, title: 'badge_toolbar_unverified' },
};

export function badgeFor(verdict: Verdict): BadgeLook {
  const look = LOOKS[verdict];
  return { ...look, title: t(look.title) };
}

/** Shows `verdict` on the tab's action, or clears it (null) when the user left the message. */
export async function applyBadge(tabId: number, verdict: Verdict | null): Promise<void> {
  try {
    if (verdict === null) {
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: 'HeaderLens' });
      return;
    }
    const look = badgeFor(verdict);
    await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
    // setBadgeTextColor is Chrome 110+ / Firefox 63+; older builds keep their default (white).
    await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_FG });
    await browser.action.setBadgeText({ tabId, text: look.text });
    await browser.action.setTitle({ tabId, title: look.title });
  } catch {
    // The tab closed while we were analysing: nothing to show the badge on.
  }
}
