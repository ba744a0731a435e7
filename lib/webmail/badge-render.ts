// The inbox-row badge: a tiny element whose look lives in its own closed shadow root, so neither
// the webmail's CSS reaches it nor its CSS the webmail, and the page's scripts cannot read the
// verdict (a page that could would learn which mail HeaderLens distrusts). Text only (textContent /
// setAttribute, never innerHTML): the reason comes from a hostile message's headers, and shows with
// its bidi and invisible characters escaped, as in the popup. The icon is inline SVG built node by
// node (no font needed), the badge a keyboard-reachable button named after the first reason.
import { visibleText } from '../../components/format';
import { BADGE_FG, VERDICT_FILL } from '../../components/palette';
import type { RowVerdict } from '../ext/messaging';
import { type MessageKey, t } from '../i18n';
import type { Verdict } from '../types';

/** Attribute on the host element (empty: no verdict in the page's reach): finds our own badges. */
export const BADGE_ATTR = 'data-headerlens-badge';

const LABEL: Record<Verdict, MessageKey> = {
  authenticated: 'badge_authenticated',
  suspicious: 'badge_suspicious',
  spoofed: 'badge_spoofed',
  unverified: 'badge_unverified',
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Each icon is drawn, not typed: an emoji or a symbol needs a font that has it, and without one
 * (a Linux desktop with no emoji font) the old "⛔" was an empty box. Shape and glyph both differ
 * per verdict, so the badge does not rest on colour alone. 16×16, white strokes on the fill.
 */
const ICON: Record<Verdict, { shape: Array<[string, Record<string, string>]>; glyph: string[] }> = {
  authenticated: { shape: [['circle', { cx: '8', cy: '8', r: '8' }]], glyph: ['M4.5 8.3l2.3 2.3 4.7-4.9'] },
  suspicious: {
    shape: [['path', { d: 'M8 .8l7.6 13.7H.4z' }]],
    glyph: ['M8 5.6v4.2', 'M8 12.2v.3'],
  },
  spoofed: {
    shape: [['path', { d: 'M4.7 0h6.6L16 4.7v6.6L11.3 16H4.7L0 11.3V4.7z' }]],
    glyph: ['M5.3 5.3l5.4 5.4', 'M10.7 5.3l-5.4 5.4'],
  },
  unverified: {
    shape: [['circle', { cx: '8', cy: '8', r: '8' }]],
    glyph: ['M5.9 6.1a2.1 2.1 0 1 1 3 1.9c-.6.3-.9.8-.9 1.4v.6', 'M8 12.2v.3'],
  },
};

function icon(doc: Document, verdict: Verdict, fill: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const look = ICON[verdict];
  for (const [tag, attrs] of look.shape) {
    const el = doc.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('fill', fill);
    svg.append(el);
  }
  for (const d of look.glyph) {
    const el = doc.createElementNS(SVG_NS, 'path');
    el.setAttribute('d', d);
    el.setAttribute('fill', 'none');
    el.setAttribute('stroke', BADGE_FG);
    el.setAttribute('stroke-width', '2');
    el.setAttribute('stroke-linecap', 'round');
    el.setAttribute('stroke-linejoin', 'round');
    svg.append(el);
  }
  return svg;
}

const CSS = `:host{all:initial;display:inline-block;vertical-align:middle;margin:0 4px 0 0}
.b{display:inline-flex;align-items:center;justify-content:center;width:18px;height:18px;border-radius:4px;cursor:pointer}
.b:focus-visible{outline:2px solid #0969da;outline-offset:1px}
svg{display:block}`;

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

/** Tooltip text and accessible name: what the icon means, then the first reason. */
export function badgeTitle(v: RowVerdict): string {
  const reason = visibleText(v.reason.replace(/\s+/g, ' ').trim(), 300);
  return `HeaderLens: ${t(LABEL[v.verdict])}${reason ? ` — ${reason}` : ''}`;
}

/**
 * Puts (or replaces) the badge for `v` at the start of `anchor`; removes it when `visible` is false.
 * The badge is a button: Tab reaches it, its name says the verdict and the first reason, and
 * Enter or Space does what a click does, `onActivate` (default: a click on the row it sits in, which
 * opens that message in the webmail, where the popup then has its analysis ready).
 * Returns the host element, or null when no badge is shown.
 */
export function renderBadge(
  anchor: Element,
  v: RowVerdict,
  visible: boolean,
  onActivate?: () => void,
): HTMLElement | null {
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
  const badge = doc.createElement('span');
  badge.className = 'b';
  badge.setAttribute('role', 'button');
  badge.tabIndex = 0;
  const title = badgeTitle(v);
  badge.setAttribute('aria-label', `${title}. ${t('badge_open')}`);
  badge.title = title;
  badge.append(icon(doc, v.verdict, VERDICT_FILL[v.verdict]));
  const activate = onActivate ?? (() => host.parentElement?.click());
  badge.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    // The webmail's own shortcuts (Gmail: Enter opens the focused row, Space scrolls) stay out.
    e.preventDefault();
    e.stopPropagation();
    activate();
  });
  if (onActivate)
    badge.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onActivate();
    });
  shadow.append(style, badge);
  rendered.set(host, { verdict: v.verdict, root: shadow });
  if (old) old.replaceWith(host);
  else anchor.prepend(host);
  return host;
}
