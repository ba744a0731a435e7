// @vitest-environment happy-dom
// The round-167 fixes, beyond what redteam167.test.ts pins: the same defences on the forms the real
// pages use (Yahoo's keyed JSON, Outlook's base64-in-JSON answer) and their edges.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { visibleText } from '../../../components/format';
import { MAX_HASHED_MESSAGE_BYTES } from '../../../lib/auth/limits';
import type { MessageSource } from '../../../lib/ext/messaging';
import { BADGE_ATTR, renderedBadge } from '../../../lib/webmail/badge-render';
import { MAX_OPEN_FETCH_BYTES } from '../../../lib/webmail/fetch-cap';
import { createGmailAdapter } from '../../../lib/webmail/gmail';
import { type BadgeDeps, ROW_FETCH_DEADLINE_MS, startInboxBadges } from '../../../lib/webmail/inbox-badges';
import { watchOpenMessage } from '../../../lib/webmail/open-message';
import { createOutlookAdapter, cutMimeContent, OUTLOOK_OPEN_FETCH_BYTES } from '../../../lib/webmail/outlook';
import type { FetchLike } from '../../../lib/webmail/types';
import type { WorkerPort } from '../../../lib/webmail/worker-port';
import { yahooStateFromScripts } from '../../../lib/webmail/yahoo';
import { fixtureWindow } from '../../helpers/fixture-page';

type DomWindow = BadgeDeps['win'];

afterEach(() => {
  vi.useRealTimers();
});

describe('visibleText bounds what it shows', () => {
  it('escapes U+180E and counts escapes against max', () => {
    expect(visibleText('a\u180Eb')).toBe('a⟨U+180E⟩b');
    const shown = visibleText('\u202E'.repeat(50), 40);
    expect(shown.startsWith('⟨U+202E⟩'.repeat(5))).toBe(true);
    expect(shown).not.toContain('⟨U+202E⟩'.repeat(6));
    expect(shown).toContain('45 more characters');
  });

  it('with escapes too, a cut never splits an astral character', () => {
    const shown = visibleText(`\u200F${'𝐁'.repeat(20)}`, 12);
    expect(shown.startsWith('⟨U+200F⟩𝐁𝐁')).toBe(true);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('Yahoo page state: the keyed JSON forms public extensions read', () => {
  const stateDoc = (json: string) =>
    fixtureWindow(`<html><head><script nonce="">${json}</script></head></html>`, 'https://mail.yahoo.com/d/')
      .document as unknown as Document;

  it('reads "mailWssid" and "selectedMailbox":{"id"}, with JSON escapes undone', () => {
    const json = JSON.stringify({
      messages: [{ subject: 'x', snippet: 'y' }],
      selectedMailbox: { id: 'VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu', email: 'me@yahoo.com' },
      mailWssid: 'N54i/xPQPc9',
    }).replace('N54i/xPQPc9', 'N54i\\u002FxPQPc9');
    expect(yahooStateFromScripts(stateDoc(json))).toEqual({
      wssid: 'N54i/xPQPc9',
      mailboxId: 'VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu',
    });
  });

  it('a Subject that starts with an API URL: the keyed id wins; with no keyed id, the page’s keyed URL; disagreeing keyed URLs give none', () => {
    const evil = 'https://apis.mail.yahoo.com/ws/v3/mailboxes/@.id==AttackerMailbox01/folders';
    const real = 'https://apis.mail.yahoo.com/ws/v3/mailboxes/@.id==VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu/folders';
    const keyed = JSON.stringify({
      messages: [{ subject: evil }],
      mailboxes: [{ id: 'VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu', email: 'me@yahoo.com' }],
      links: { self: real },
    });
    expect(yahooStateFromScripts(stateDoc(keyed)).mailboxId).toBe('VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu');
    // A Subject's URL is the value of "subject", never of a key the page writes (round 171).
    const urlsOnly = JSON.stringify({ messages: [{ subject: evil }], links: { self: real } });
    expect(yahooStateFromScripts(stateDoc(urlsOnly)).mailboxId).toBe('VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu');
    const disagree = JSON.stringify({ links: { self: real, next: { href: evil } } });
    expect(yahooStateFromScripts(stateDoc(disagree)).mailboxId).toBeUndefined();
  });
});

describe('Outlook: the open message read is capped, its header block still read', () => {
  const HEAD = 'Received: from mail.shop.example\r\nFrom: a@shop.example\r\nSubject: big\r\n\r\n';
  const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
  const answer = (raw: string) =>
    JSON.stringify({
      Body: {
        ResponseMessages: {
          Items: [
            {
              ResponseClass: 'Success',
              ResponseCode: 'NoError',
              Items: [{ MimeContent: { Value: b64(raw) } }],
            },
          ],
        },
      },
    });

  it('a GetItem answer cut inside the base64 gives the message’s first bytes', () => {
    const json = answer(HEAD + 'x'.repeat(10_000)).replace(/\//g, '\\/');
    const cut = cutMimeContent(json.slice(0, 2_000));
    expect(cut?.ok && cut.raw.startsWith(HEAD)).toBe(true);
    // A whole answer, or any other text, is not read this way.
    expect(cutMimeContent(json)).toBeNull();
    expect(cutMimeContent('<html>sign in</html>')).toBeNull();
  });

  it('a message at the hashing limit fits the read whole', () => {
    const json = answer(HEAD + 'x'.repeat(MAX_HASHED_MESSAGE_BYTES - HEAD.length));
    expect(json.length).toBeLessThan(OUTLOOK_OPEN_FETCH_BYTES);
    expect(OUTLOOK_OPEN_FETCH_BYTES).toBeGreaterThan(MAX_OPEN_FETCH_BYTES);
  });

  it('a message over it is sent as its header block, over the limit', async () => {
    const item = 'AAMkADAwATM0MDAAMS1hYzU3';
    const url = `https://outlook.office.com/mail/inbox/id/${item}`;
    const win = fixtureWindow(
      `<html><body><div role="main"><div aria-label="Reading Pane">x</div></div></body></html>`,
      url,
    ) as unknown as DomWindow;
    const json = answer(HEAD + 'x'.repeat(MAX_HASHED_MESSAGE_BYTES + (2 << 20)));
    let pulled = 0;
    const fetch: FetchLike = async () => {
      const bytes = new TextEncoder().encode(json);
      let at = 0;
      return new Response(
        new ReadableStream<Uint8Array>({
          pull(ctrl) {
            if (at >= bytes.length) return ctrl.close();
            const part = bytes.subarray(at, at + (1 << 20));
            at += part.length;
            pulled += part.length;
            ctrl.enqueue(part);
          },
        }),
      );
    };
    const sent: Array<{ source: MessageSource; raw: string | null; error: string | null }> = [];
    const port: WorkerPort = {
      messageOpened: async (d) => {
        sent.push(d);
        return { kind: 'loading', site: 'outlook', messageId: d.source.messageId };
      },
      pageState: async () => {},
      analyzeRow: async () => {
        throw new Error('unused');
      },
      badgeSettings: async () => ({ enabled: false, showAll: false }),
      cachedRow: async () => null,
    };
    const ac = new AbortController();
    const w = watchOpenMessage({
      adapter: createOutlookAdapter('https://outlook.office.com'),
      win,
      port,
      fetch,
      signal: ac.signal,
      pageValues: () => ({ canary: 'VOXQP6xtGkiNnv7E4rFt8Trm.' }),
    });
    await w.checkNow();
    ac.abort();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.error).toBeNull();
    expect(sent[0]!.raw).toBe(HEAD);
    expect(sent[0]!.source.messageBytes).toBeGreaterThan(MAX_HASHED_MESSAGE_BYTES);
    // The cap, plus what the stream had queued ahead (two chunks).
    expect(pulled).toBeLessThanOrEqual(OUTLOOK_OPEN_FETCH_BYTES + (2 << 20));
  });
});

describe('inbox rows: stale badges and stalled fetches', () => {
  class Io {
    static last: Io;
    observed = new Set<Element>();
    constructor(private cb: (e: Array<{ target: Element; isIntersecting: boolean }>) => void) {
      Io.last = this;
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
    show(els: Element[]) {
      this.cb(els.filter((e) => this.observed.has(e)).map((target) => ({ target, isIntersecting: true })));
    }
  }
  const inbox = (hex: string) => {
    const win = fixtureWindow(
      `<html><body><div role="main"><table><tbody><tr class="zA"><td class="xY a4W"><span data-thread-id="#thread-f:1" data-legacy-last-message-id="${hex}">x</span></td></tr></tbody></table></div></body></html>`,
      'https://mail.google.com/mail/u/0/#inbox',
    );
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = Io;
    return win as unknown as DomWindow;
  };
  const port = (verdict: 'authenticated' | 'spoofed'): WorkerPort => ({
    messageOpened: async () => ({ kind: 'unsupported' }),
    pageState: async () => {},
    badgeSettings: async () => ({ enabled: true, showAll: true }),
    cachedRow: async () => null,
    analyzeRow: async ({ source }) => ({ messageId: source.messageId, verdict, reason: 'r' }),
  });

  it('a row re-rendered without an id Gmail would give loses its badge', async () => {
    const win = inbox('18b7621058f88001');
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: createGmailAdapter(),
      win,
      port: port('authenticated'),
      fetch: async () => new Response('From: a@bank.example\r\n\r\nx\r\n'),
      signal: ac.signal,
      showAll: true,
    });
    const row = win.document.querySelector('tr.zA')!;
    Io.last.show([row]);
    await badges.idle();
    expect(renderedBadge(row.querySelector(`[${BADGE_ATTR}]`))?.verdict).toBe('authenticated');
    row.querySelector('span[data-thread-id]')!.removeAttribute('data-legacy-last-message-id');
    badges.scan();
    expect(row.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
    ac.abort();
  });

  it('a stalled row fetch is cancelled through its signal at the deadline', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const win = inbox('18b7621058f88001');
    const signals: AbortSignal[] = [];
    const fetch: FetchLike = (_url, init) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise<Response>(() => {});
    };
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: createGmailAdapter(),
      win,
      port: port('spoofed'),
      fetch,
      signal: ac.signal,
      showAll: true,
      debounceMs: 1e9,
    });
    Io.last.show([win.document.querySelector('tr.zA')!]);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(ROW_FETCH_DEADLINE_MS);
    expect(signals[0]!.aborted).toBe(true);
    await badges.idle();
    expect(badges.verdicts.size).toBe(0);
    ac.abort();
  });
});
