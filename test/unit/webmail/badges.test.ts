// @vitest-environment happy-dom
// Inbox badges on the real Roundcube inbox DOM (fixture), with a fake worker and a fake
// IntersectionObserver the test "scrolls": only rows in view are fetched, verdicts are reused,
// only warnings are shown by default, and the badge is text in a shadow root.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { RowVerdict } from '../../../lib/ext/messaging';
import type { Verdict } from '../../../lib/types';
import { BADGE_ATTR, badgeTitle, renderBadge, renderedBadge } from '../../../lib/webmail/badge-render';
import { type BadgeDeps, startInboxBadges } from '../../../lib/webmail/inbox-badges';
import { createRoundcubeAdapter } from '../../../lib/webmail/roundcube';
import type { FetchLike } from '../../../lib/webmail/types';
import type { WorkerPort } from '../../../lib/webmail/worker-port';
import { fixtureWindow } from '../../helpers/fixture-page';

const ORIGIN = 'https://mail.example.test';
const rc = createRoundcubeAdapter({ origin: ORIGIN });
/** The DOM's window type (`Window` here is happy-dom's class). */
type DomWindow = BadgeDeps['win'];

class FakeIntersectionObserver {
  static last: FakeIntersectionObserver | null = null;
  observed = new Set<Element>();
  constructor(private cb: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void) {
    FakeIntersectionObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  /** The test scrolls `els` into view. */
  show(els: Element[]) {
    this.cb(els.filter((e) => this.observed.has(e)).map((target) => ({ target, isIntersecting: true })));
  }
}

function inbox() {
  const win = fixtureWindow(
    readFileSync('test/fixtures/webmail/roundcube/inbox.html', 'utf8'),
    `${ORIGIN}/?_task=mail&_mbox=INBOX`,
  );
  (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
  return win as unknown as DomWindow;
}

/** uid → verdict the fake worker gives; raw fetches are counted. */
function world(verdicts: Record<string, Verdict>, cached: Record<string, Verdict> = {}) {
  const fetched: string[] = [];
  const analysed: string[] = [];
  const fetch: FetchLike = async (url) => {
    const uid = new URL(url).searchParams.get('_uid')!;
    fetched.push(uid);
    return new Response(`X-Uid: ${uid}\r\nSubject: <img src=x onerror=alert(1)>\r\n\r\nx\r\n`, {
      headers: { 'content-type': 'text/plain' },
    });
  };
  const uidOf = (id: string) => id.split('|')[2]!;
  const port: WorkerPort = {
    messageOpened: async () => ({ kind: 'unsupported' }),
    pageState: async () => {},
    badgeSettings: async () => ({ enabled: true, showAll: false }),
    cachedRow: async ({ messageId }) => {
      const v = cached[uidOf(messageId)];
      return v ? { messageId, verdict: v, reason: 'cached' } : null;
    },
    analyzeRow: async ({ source, raw }) => {
      const uid = /X-Uid: (\d+)/.exec(raw)![1]!;
      analysed.push(uid);
      return {
        messageId: source.messageId,
        verdict: verdicts[uid] ?? 'unverified',
        reason: `<b>reason ${uid}</b> & "more"`,
      };
    },
  };
  return { fetch, port, fetched, analysed };
}

const rowOf = (win: DomWindow, uid: string): Element =>
  win.document.querySelector(`#rcmrow${btoa(uid).replace(/=+$/, '')}`)!;
const badgeOf = (row: Element) => row.querySelector(`[${BADGE_ATTR}]`);

describe('inbox badges', () => {
  it('analyses only rows in view and warns only on suspicious/spoofed rows by default', async () => {
    const win = inbox();
    const w = world({ '6': 'spoofed', '5': 'authenticated', '4': 'suspicious', '1': 'spoofed' });
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: rc,
      win,
      port: w.port,
      fetch: w.fetch,
      signal: ac.signal,
      showAll: false,
    });
    expect(w.fetched).toEqual([]); // nothing in view yet
    FakeIntersectionObserver.last!.show(['6', '5', '4'].map((u) => rowOf(win, u)));
    await badges.idle();
    expect(w.fetched.sort()).toEqual(['4', '5', '6']);
    expect(renderedBadge(badgeOf(rowOf(win, '6')))?.verdict).toBe('spoofed');
    expect(renderedBadge(badgeOf(rowOf(win, '4')))?.verdict).toBe('suspicious');
    expect(badgeOf(rowOf(win, '5'))).toBeNull(); // authenticated: quiet by default
    expect(badgeOf(rowOf(win, '1'))).toBeNull(); // spoofed, but never scrolled into view
    ac.abort();
  });

  it('asks the worker cache first and reuses verdicts instantly when the list is re-rendered', async () => {
    const win = inbox();
    const w = world({ '6': 'spoofed' }, { '5': 'suspicious' });
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: rc,
      win,
      port: w.port,
      fetch: w.fetch,
      signal: ac.signal,
      showAll: true,
    });
    FakeIntersectionObserver.last!.show(['6', '5'].map((u) => rowOf(win, u)));
    await badges.idle();
    expect(w.fetched).toEqual(['6']); // 5 came from the worker's cache
    expect(renderedBadge(badgeOf(rowOf(win, '5')))?.verdict).toBe('suspicious');
    // Roundcube rebuilds the rows (e.g. after a refresh): same ids, new elements.
    const tbody = win.document.querySelector('#messagelist tbody')!;
    tbody.innerHTML = tbody.innerHTML.replace(/<span data-headerlens-badge[^>]*><\/span>/g, '');
    expect(badgeOf(rowOf(win, '6'))).toBeNull();
    badges.scan();
    expect(renderedBadge(badgeOf(rowOf(win, '6')))?.verdict).toBe('spoofed'); // instantly, no await
    expect(w.fetched).toEqual(['6']);
    ac.abort();
  });

  it('shows every verdict with showAll, in the subject cell', async () => {
    const win = inbox();
    const w = world({ '3': 'authenticated', '2': 'unverified' });
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: rc,
      win,
      port: w.port,
      fetch: w.fetch,
      signal: ac.signal,
      showAll: true,
    });
    FakeIntersectionObserver.last!.show(['3', '2'].map((u) => rowOf(win, u)));
    await badges.idle();
    const b = badgeOf(rowOf(win, '3'))!;
    expect(renderedBadge(b)?.verdict).toBe('authenticated');
    expect(b.parentElement?.matches('td.subject span.subject')).toBe(true);
    expect(renderedBadge(badgeOf(rowOf(win, '2')))?.verdict).toBe('unverified');
    ac.abort();
  });
});

describe('the badge element', () => {
  const doc = () => new Window().document as unknown as DomWindow['document'];
  const v = (verdict: Verdict, reason: string): RowVerdict => ({ messageId: 'm1', verdict, reason });

  it('is an inline SVG button in a shadow root, named after the first reason, escaped', () => {
    const d = doc();
    const cell = d.createElement('span');
    d.body.append(cell);
    const host = renderBadge(
      cell,
      v('spoofed', '<img src=x onerror="alert(1)"> From domain fails DMARC'),
      true,
    )!;
    const inner = renderedBadge(host)!.root.querySelector('.b')!;
    // Drawn, not typed: no glyph that needs an emoji font (the old "⛔" was an empty box without one).
    expect(inner.textContent).toBe('');
    expect(inner.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(inner.querySelectorAll('svg path, svg circle').length).toBeGreaterThan(1);
    expect(inner.getAttribute('title')).toBe(
      'HeaderLens: Spoofed sender — <img src=x onerror="alert(1)"> From domain fails DMARC',
    );
    // Keyboard-focusable, and its accessible name carries the first reason.
    expect(inner.getAttribute('role')).toBe('button');
    expect(inner.getAttribute('tabindex')).toBe('0');
    expect(inner.getAttribute('aria-label')).toBe(
      'HeaderLens: Spoofed sender — <img src=x onerror="alert(1)"> From domain fails DMARC. Open this message',
    );
    expect(renderedBadge(host)!.root.querySelector('img')).toBeNull();
    expect(cell.querySelector('img')).toBeNull();
    // The page's CSS does not reach it, and it does not leak its own.
    expect(renderedBadge(host)!.root.querySelector('style')?.textContent).toContain(':host{all:initial');
  });

  it('Enter or Space on the badge opens its row (a click on it), and stays out of the page’s shortcuts', () => {
    const d = doc();
    const row = d.createElement('div');
    const cell = d.createElement('span');
    row.append(cell);
    d.body.append(row);
    let rowClicks = 0;
    let pageKeys = 0;
    row.addEventListener('click', () => rowClicks++);
    row.addEventListener('keydown', () => pageKeys++);
    const host = renderBadge(cell, v('suspicious', 'Hosted server'), true)!;
    const inner = renderedBadge(host)!.root.querySelector<HTMLElement>('.b')!;
    for (const key of ['Enter', ' ']) {
      inner.dispatchEvent(
        new d.defaultView!.KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
      );
    }
    expect(rowClicks).toBe(2);
    expect(pageKeys).toBe(0);
    inner.dispatchEvent(
      new d.defaultView!.KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }),
    );
    expect(rowClicks).toBe(2);
    // A caller may open the analysis another way instead.
    let opened = 0;
    const other = renderBadge(cell, v('spoofed', 'x'), true, () => opened++)!;
    renderedBadge(other)!.root.querySelector<HTMLElement>('.b')!.click();
    expect(opened).toBe(1);
  });

  it('draws a different shape for each verdict', () => {
    const d = doc();
    const shapes = (['authenticated', 'suspicious', 'spoofed', 'unverified'] as const).map((verdict) => {
      const cell = d.createElement('span');
      const host = renderBadge(cell, v(verdict, 'r'), true)!;
      return renderedBadge(host)!.root.querySelector('svg')!.innerHTML;
    });
    expect(new Set(shapes).size).toBe(4);
  });

  it('replaces its previous badge and disappears when no longer shown', () => {
    const d = doc();
    const cell = d.createElement('span');
    renderBadge(cell, v('suspicious', 'a'), true);
    renderBadge(cell, v('spoofed', 'b'), true);
    expect(cell.querySelectorAll(`[${BADGE_ATTR}]`)).toHaveLength(1);
    expect(renderedBadge(cell.querySelector(`[${BADGE_ATTR}]`))?.verdict).toBe('spoofed');
    renderBadge(cell, v('authenticated', 'c'), false);
    expect(cell.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
  });

  it('keeps the verdict out of the page: closed shadow root, no verdict in any attribute', () => {
    const d = doc();
    const cell = d.createElement('span');
    const host = renderBadge(cell, v('spoofed', 'x'), true)!;
    expect(host.shadowRoot).toBeNull();
    expect([...host.attributes].map((a) => `${a.name}=${a.value}`)).toEqual([`${BADGE_ATTR}=`]);
  });

  it('shows bidi overrides and invisible characters in the tooltip escaped, as the popup does', () => {
    const title = badgeTitle(v('suspicious', 'Invoice \u202Efdp.exe\u200B paid'));
    expect(title).toBe('HeaderLens: Suspicious sender — Invoice ⟨U+202E⟩fdp.exe⟨U+200B⟩ paid');
  });

  it('keeps tooltips one line and bounded', () => {
    const title = badgeTitle(v('suspicious', `line1\r\n\tline2 ${'x'.repeat(1000)}`));
    expect(title).not.toMatch(/[\r\n\t]/);
    expect(title.length).toBeLessThan(400);
  });
});
