// The inbox-row badge: a tiny element whose look lives in its own closed shadow root, so neither
// the webmail's CSS reaches it nor its CSS the webmail, and the page's scripts cannot read the
// verdict (a page that could would learn which mail HeaderLens distrusts). Text only (textContent /
// setAttribute, never innerHTML): the reason comes from a hostile message's headers, and shows with
// its bidi and invisible characters escaped, as in the popup.

import { visibleText } from '../../components/format';
import type { RowVerdict } from '../ext/messaging';
import { type MessageKey, t } from '../i18n';
import type { Verdict } from '../types';

/** Attribute on the host element (empty: no verdict in the page's reach): finds our own badges. */
export const BADGE_ATTR = 'data-headerlens-badge';

const LOOK: Record<Verdict, { icon: string; label: MessageKey; color: string }> = {
  authenticated: { icon: '✓', label: 'badge_authenticated', color: '#1e7e34' },
  suspicious: { icon: '⚠', label: 'badge_suspicious', color: '#b36b00' },
  spoofed: { icon: '⛔', label: 'badge_spoofed', color: '#c62828' },
  unverified: { icon: '?', label: 'badge_unverified', color: '#6b7280' },
};

const CSS = `:host{all:initial;display:inline-block;vertical-align:middle;margin:0 4px 0 0}
.b{display:inline-block;min-width:1.3em;padding:0 3px;border-radius:3px;font:bold 11px/1.5 system-ui,sans-serif;
text-align:center;color:#fff;cursor:help}`;

/** What each host shows, for this script's own use (the page sees neither). */
const rendered = new WeakMap<Element, { verdict: Verdict; root: ShadowRoot }>();

/** The verdict and closed shadow root of one of our badge hosts (content script and tests only). */
export function renderedBadge(
  host: Element | null | undefined,
): { verdict: Verdict; root: ShadowRoot } | undefined {
  return host ? rendered.get(host) : undefined;
}

/** Verdicts that get a visible warning by default (the others only with "show all badges"). */
export function isWarning(verdict: Verdict): boolean {
  return verdict === 'suspicious' || verdict === 'spoofed';
}

/** Tooltip text: what the icon means, then the first reason. */
export function badgeTitle(v: RowVerdict): string {
  const reason = visibleText(v.reason.replace(/\s+/g, ' ').trim(), 300);
  return `HeaderLens: ${t(LOOK[v.verdict].label)}${reason ? ` — ${reason}` : ''}`;
}

/**
 * Puts (or replaces) the badge for `v` at the start of `anchor`; removes it when `visible` is false.
 * Returns the host element, or null when no badge is shown.
 */
export function renderBadge(anchor: Element, v: RowVerdict, visible: boolean): HTMLElement | null {
  const old = anchor.querySelector(`:scope > [${BADGE_ATTR}]`);
  if (!visible) {
    old?.remove();
    return null;
  }
  const doc = anchor.ownerDocument;
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const look = LOOK[v.verdict];
  const badge = doc.createElement('span');
  badge.className = 'b';
  badge.style.background = look.color;
  badge.setAttribute('role', 'img');
  badge.setAttribute('aria-label', t(look.label));
  badge.title = badgeTitle(v);
  badge.textContent = look.icon;
  shadow.append(style, badge);
  rendered.set(host, { verdict: v.verdict, root: shadow });
  if (old) old.replaceWith(host);
  else anchor.prepend(host);
  return host;
}
