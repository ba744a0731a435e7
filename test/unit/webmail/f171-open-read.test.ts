// @vitest-environment happy-dom
// The open message's read after round 171: its own deadline, and a read given up for a newer state.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { MessageSource } from '../../../lib/ext/messaging';
import { createGmailAdapter } from '../../../lib/webmail/gmail';
import { OPEN_FETCH_DEADLINE_MS, type RunnerDeps, watchOpenMessage } from '../../../lib/webmail/open-message';
import type { FetchLike } from '../../../lib/webmail/types';
import type { WorkerPort } from '../../../lib/webmail/worker-port';
import { fixtureWindow } from '../../helpers/fixture-page';

type Sent = { source: MessageSource; raw: string | null; error: string | null };
const OPEN = '18b7621058f883e7'; // the message the fixture conversation shows expanded
const loc = 'https://mail.google.com/mail/u/0/#inbox/x';
const conv = () =>
  fixtureWindow(
    readFileSync('test/fixtures/webmail/gmail/conversation.html', 'utf8'),
    loc,
  ) as unknown as RunnerDeps['win'];

function port(sent: Sent[]): WorkerPort {
  return {
    messageOpened: async (d) => {
      sent.push(d);
      return { kind: 'unsupported' };
    },
    pageState: async () => {},
    analyzeRow: async () => {
      throw new Error('unused');
    },
    badgeSettings: async () => ({ enabled: false, showAll: false }),
    cachedRow: async () => null,
  };
}

/** Sends the first header lines, then holds the connection (until aborted). */
const stalled: FetchLike = async (_url, init) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(ctrl) {
        ctrl.enqueue(new TextEncoder().encode('Received: from mx.example\r\n'));
        init?.signal?.addEventListener('abort', () => ctrl.error(new DOMException('aborted', 'AbortError')));
      },
    }),
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('the open message’s read', () => {
  test('a read with no answer by OPEN_FETCH_DEADLINE_MS is reported as no answer, and cancelled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const sent: Sent[] = [];
    let aborted = false;
    const fetch: FetchLike = (url, init) => {
      init?.signal?.addEventListener('abort', () => {
        aborted = true;
      });
      return stalled(url, init);
    };
    const ac = new AbortController();
    watchOpenMessage({
      adapter: createGmailAdapter(),
      win: conv(),
      port: port(sent),
      fetch,
      signal: ac.signal,
    });
    await vi.advanceTimersByTimeAsync(OPEN_FETCH_DEADLINE_MS - 1_000);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(aborted).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.source.messageId).toBe(OPEN);
    expect(sent[0]!.raw).toBeNull();
    expect(sent[0]!.error).toBeTruthy();
    ac.abort();
  });

  test('a read given up for another message is read again when the page shows its message again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const sent: Sent[] = [];
    let calls = 0;
    const fetch: FetchLike = async (url, init) => {
      calls++;
      // The first read stalls; later ones answer.
      if (calls === 1) return stalled(url, init);
      return new Response(`From: a@bank.example\r\nSubject: ${calls}\r\n\r\nx\r\n`);
    };
    const win = conv();
    const ac = new AbortController();
    const w = watchOpenMessage({
      adapter: createGmailAdapter(),
      win,
      port: port(sent),
      fetch,
      signal: ac.signal,
      debounceMs: 1e9,
    });
    await vi.advanceTimersByTimeAsync(10);
    const adn = win.document.querySelectorAll('div.adn')[1]!;
    const was = ['data-message-id', 'data-legacy-message-id'].map((a) => adn.getAttribute(a)!);
    adn.setAttribute('data-message-id', '#msg-f:1781000000000000777');
    adn.setAttribute('data-legacy-message-id', '18b7621058f88777');
    const other = w.checkNow(); // gives the stalled read up; this check is queued behind it
    adn.setAttribute('data-message-id', was[0]!);
    adn.setAttribute('data-legacy-message-id', was[1]!);
    await other;
    await w.checkNow();
    expect(sent.map((s) => [s.source.messageId, s.raw !== null])).toEqual([[OPEN, true]]);
    ac.abort();
  });
});
