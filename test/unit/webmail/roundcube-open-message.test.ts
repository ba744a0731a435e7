// @vitest-environment happy-dom
// The open-message watcher running the Roundcube adapter on the real Roundcube DOM (fixtures):
// what the worker is told in the preview frame, the top page, the login page and a broken layout.
import { readFileSync } from 'node:fs';
import type { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { MessageSource } from '../../../lib/ext/messaging';
import { type RunnerDeps, watchOpenMessage } from '../../../lib/webmail/open-message';
import { createRoundcubeAdapter } from '../../../lib/webmail/roundcube';
import type { FetchLike } from '../../../lib/webmail/types';
import type { WorkerPort } from '../../../lib/webmail/worker-port';
import { fixtureWindow } from '../../helpers/fixture-page';

const ORIGIN = 'https://mail.example.test';
const DIR = 'test/fixtures/webmail/roundcube';
const PREVIEW_URL = readFileSync(`${DIR}/preview-url.txt`, 'utf8').trim();
const RAW = 'From: a@example.net\r\nSubject: hi\r\n\r\nbody\r\n';

type Sent =
  | { kind: 'opened'; source: MessageSource; raw: string | null; error: string | null }
  | { kind: 'state'; state: string; detail?: string };

function fakeWorker() {
  const sent: Sent[] = [];
  const port: WorkerPort = {
    messageOpened: async (d) => {
      sent.push({ kind: 'opened', ...d });
      return { kind: 'loading', site: 'roundcube', messageId: d.source.messageId };
    },
    pageState: async (d) => {
      sent.push({ kind: 'state', state: d.state, detail: d.detail });
    },
    analyzeRow: async () => {
      throw new Error('not used');
    },
    badgeSettings: async () => ({ enabled: false, showAll: false }),
    cachedRow: async () => null,
  };
  return { port, sent };
}

const fetchRaw: FetchLike = async () => new Response(RAW, { headers: { 'content-type': 'text/plain' } });
const rc = createRoundcubeAdapter({ origin: ORIGIN, trustedAuthservIds: ['mx.example.test'] });

function start(win: Window, port: WorkerPort, fetch: FetchLike = fetchRaw) {
  const ac = new AbortController();
  const w = watchOpenMessage({
    adapter: rc,
    win: win as unknown as RunnerDeps['win'],
    port,
    fetch,
    signal: ac.signal,
    debounceMs: 5,
  });
  return { ac, w };
}
const settle = () => new Promise((r) => setTimeout(r, 40));

describe('watching the open Roundcube message', () => {
  it('sends the preview frame’s message with its exact source and the site’s trusted ids', async () => {
    const { port, sent } = fakeWorker();
    const { ac, w } = start(fixtureWindow(readFileSync(`${DIR}/preview.html`, 'utf8'), PREVIEW_URL), port);
    await w.checkNow();
    expect(sent).toEqual([
      {
        kind: 'opened',
        source: {
          site: 'roundcube',
          messageId: `${ORIGIN}|INBOX|6`,
          byteExact: true,
          trustedAuthservIds: ['mx.example.test'],
        },
        raw: RAW,
        error: null,
      },
    ]);
    ac.abort();
  });

  it('stays silent in the top page while the preview frame reports', async () => {
    const { port, sent } = fakeWorker();
    const { ac, w } = start(
      fixtureWindow(readFileSync(`${DIR}/inbox.html`, 'utf8'), `${ORIGIN}/?_task=mail&_mbox=INBOX`),
      port,
    );
    await w.checkNow();
    expect(sent).toEqual([]);
    ac.abort();
  });

  it('reports no message on the login page, and a logged-out fetch as an error the popup can show', async () => {
    const { port, sent } = fakeWorker();
    const login = fixtureWindow(readFileSync(`${DIR}/login.html`, 'utf8'), `${ORIGIN}/?_task=login`);
    const a = start(login, port);
    await a.w.checkNow();
    expect(sent).toEqual([{ kind: 'state', state: 'no-message', detail: undefined }]);
    a.ac.abort();

    const loginHtml = readFileSync(`${DIR}/login.html`, 'utf8');
    const b = fakeWorker();
    const s = start(
      fixtureWindow(readFileSync(`${DIR}/preview.html`, 'utf8'), PREVIEW_URL),
      b.port,
      async () => new Response(loginHtml, { headers: { 'content-type': 'text/html; charset=UTF-8' } }),
    );
    await s.w.checkNow();
    expect(b.sent).toHaveLength(1);
    const opened = b.sent[0]!;
    expect(opened.kind === 'opened' && opened.raw).toBeNull();
    expect(opened.kind === 'opened' && opened.error).toMatch(/log in to Roundcube again/i);
    s.ac.abort();
  });

  it('says the layout changed when a message view has no uid, and reports each change once', async () => {
    const { port, sent } = fakeWorker();
    const win = fixtureWindow('<div id="message-header">x</div>', `${ORIGIN}/?_task=mail&_action=show`);
    const { ac, w } = start(win, port);
    await w.checkNow();
    await w.checkNow();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'state', state: 'layout-changed' });
    // The page moves on to a real message (single-page navigation + DOM change).
    win.happyDOM.setURL(`${ORIGIN}/?_task=mail&_action=show&_uid=9&_mbox=Archive`);
    win.document.body.append(win.document.createElement('p'));
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ kind: 'opened', source: { messageId: `${ORIGIN}|Archive|9` } });
    ac.abort();
    win.document.body.append(win.document.createElement('p'));
    await settle();
    expect(sent).toHaveLength(2); // stopped with its signal
  });
});
