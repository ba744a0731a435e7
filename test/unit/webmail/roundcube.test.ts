// @vitest-environment happy-dom
// The Roundcube adapter against DOM saved from the real Roundcube 1.6.5 (see the first line of each
// fixture: test/e2e/roundcube/capture-fixtures.ts), and its raw fetch against a scripted fetch.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRoundcubeAdapter,
  decodeRowUid,
  encodeRowUid,
  isLoginPage,
  readRequestToken,
} from '../../../lib/webmail/roundcube';
import type { FetchLike, MessageRef } from '../../../lib/webmail/types';
import { fixtureWindow } from '../../helpers/fixture-page';

const DIR = 'test/fixtures/webmail/roundcube';
const ORIGIN = 'https://mail.example.test';
const fixture = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const rc = createRoundcubeAdapter({ origin: ORIGIN, trustedAuthservIds: ['mx.example.test'] });
const PREVIEW_URL = fixture('preview-url.txt').trim();
const TOKEN = 'FixtureToken0123456789abcdefABCD';

/** A document from a fixture at `url`; page scripts never run, nothing is loaded. */
function page(html: string, url: string): Document {
  return fixtureWindow(html, url).document as unknown as Document;
}

describe('row ids: "rcmrow" + base64url(uid) without padding', () => {
  it('matches what Roundcube wrote for uids 1..6', () => {
    const doc = page(fixture('inbox.html'), `${ORIGIN}/?_task=mail&_mbox=INBOX`);
    const ids = Array.from(doc.querySelectorAll('tr.message')).map((r) => r.id);
    expect(ids).toEqual(['6', '5', '4', '3', '2', '1'].map((u) => `rcmrow${encodeRowUid(u)}`));
    expect(encodeRowUid('1')).toBe('MQ');
  });

  it('round-trips any uid and mailbox-qualified id, and never throws on junk', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (s) => decodeRowUid(encodeRowUid(s)) === s),
    );
    for (const junk of ['', '!!', 'M', 'a b', '////', '\u0000', 'A'.repeat(500)]) {
      expect(() => decodeRowUid(junk)).not.toThrow();
    }
    expect(decodeRowUid('M')).toBeNull();
    expect(decodeRowUid('//8')).toBeNull(); // not base64url
  });
});

describe('inbox rows', () => {
  const doc = page(fixture('inbox.html'), `${ORIGIN}/?_task=mail&_mbox=INBOX`);

  it('maps each row to its uid and mailbox, from the subject link', () => {
    const rows = rc.listRows(doc);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.element.id).toBe(`rcmrow${encodeRowUid(row.ref.params.uid ?? '')}`);
      expect(row.ref.params.mbox).toBe('INBOX');
      expect(row.messageId).toBe(`${ORIGIN}|INBOX|${row.ref.params.uid}`);
      expect(row.ref.params.base).toBe(`${ORIGIN}/`);
    }
  });

  it('finds the list and a badge place inside the subject cell', () => {
    expect(rc.findList(doc)?.tagName).toBe('TBODY');
    const [first] = rc.listRows(doc);
    expect(rc.badgeAnchor?.(first!.element)?.matches('td.subject span.subject')).toBe(true);
  });

  it('falls back to the row id ("uid-mbox" in multi-folder search) when the link is gone', () => {
    const d = page(
      `<table id="messagelist"><tbody><tr id="rcmrow${encodeRowUid('42-Archive')}" class="message"><td class="subject">x</td></tr>` +
        `<tr id="rcmrow${encodeRowUid('7')}" class="message"><td>no mailbox known</td></tr>` +
        '<tr id="rcmrow%%%" class="message"><td>broken</td></tr></tbody></table>',
      `${ORIGIN}/?_task=mail`,
    );
    expect(rc.listRows(d).map((r) => r.messageId)).toEqual([`${ORIGIN}|Archive|42`]);
  });
});

describe('the open message', () => {
  it('is in the preview frame when the top page shows the list', () => {
    const doc = page(fixture('inbox.html'), `${ORIGIN}/?_task=mail&_mbox=INBOX`);
    expect(rc.findOpenMessage(doc, new URL(`${ORIGIN}/?_task=mail&_mbox=INBOX`))).toEqual({
      kind: 'in-frame',
    });
  });

  it('is read from the preview frame (_action=preview&_framed=1)', () => {
    const doc = page(fixture('preview.html'), PREVIEW_URL);
    const found = rc.findOpenMessage(doc, new URL(PREVIEW_URL));
    expect(found).toEqual({
      kind: 'message',
      ref: { messageId: `${ORIGIN}|INBOX|6`, params: { uid: '6', mbox: 'INBOX', base: `${ORIGIN}/` } },
    });
  });

  it('is read from the full view (_action=show)', () => {
    const url = `${ORIGIN}/?_task=mail&_mbox=INBOX&_uid=6&_action=show`;
    const found = rc.findOpenMessage(page(fixture('show.html'), url), new URL(url));
    expect(found.kind === 'message' && found.ref.messageId).toBe(`${ORIGIN}|INBOX|6`);
  });

  it('is none on the login page and in the empty preview pane; other frames are ignored', () => {
    const login = page(fixture('login.html'), `${ORIGIN}/`);
    expect(rc.findOpenMessage(login, new URL(`${ORIGIN}/?_task=login`))).toEqual({ kind: 'none' });
    // Session expired on a message address: still the message, so the fetch can say "log in again".
    const expired = rc.findOpenMessage(
      login,
      new URL(`${ORIGIN}/?_task=mail&_action=show&_uid=1&_mbox=INBOX`),
    );
    expect(expired.kind === 'message' && expired.ref.messageId).toBe(`${ORIGIN}|INBOX|1`);
    const blank = page('<html><body></body></html>', `${ORIGIN}/skins/elastic/watermark.html`);
    expect(rc.findOpenMessage(blank, new URL(`${ORIGIN}/skins/elastic/watermark.html`))).toEqual({
      kind: 'none',
    });
    const prefs = `${ORIGIN}/?_task=settings&_action=edit-prefs&_section=general&_framed=1`;
    expect(rc.findOpenMessage(page('<p>prefs</p>', prefs), new URL(prefs))).toEqual({ kind: 'ignore' });
  });

  it('says the layout changed when a message view carries no uid anywhere', () => {
    const url = `${ORIGIN}/?_task=mail&_action=show`;
    const found = rc.findOpenMessage(page('<div id="message-header"></div>', url), new URL(url));
    expect(found.kind).toBe('layout-changed');
  });

  it('reads the request token from the page (env script and hidden inputs)', () => {
    expect(readRequestToken(page(fixture('preview.html'), PREVIEW_URL))).toBe(TOKEN);
    expect(readRequestToken(page(fixture('inbox.html'), `${ORIGIN}/?_task=mail`))).toBe(TOKEN);
    expect(readRequestToken(page('<input type="hidden" name="_token" value="x&quot;y">', ORIGIN))).toBeNull();
  });

  it('recognises the login page Roundcube serves with status 200 when logged out', () => {
    expect(isLoginPage(fixture('login.html'))).toBe(true);
    expect(isLoginPage(fixture('inbox.html'))).toBe(false);
    expect(isLoginPage(fixture('preview.html'))).toBe(false);
  });
});

// ------------------------------------------------------------------ raw fetch

const RAW = 'From: a@example.net\r\nSubject: hi\r\n\r\nbody\r\n';
const ref: MessageRef = {
  messageId: `${ORIGIN}|INBOX|6`,
  params: { uid: '6', mbox: 'INBOX', base: `${ORIGIN}/` },
};
const previewDoc = () => page(fixture('preview.html'), PREVIEW_URL);

function scripted(answer: (url: string) => Response) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    return answer(url);
  };
  return { fetch, calls };
}
const text = (
  body: string | Uint8Array<ArrayBuffer>,
  type = 'text/plain; charset=UTF-8',
  status = 200,
  headers = {},
) => new Response(body, { status, headers: { 'content-type': type, ...headers } });

describe('fetching the raw source', () => {
  it('downloads the exact CRLF bytes with the page token (_save=1)', async () => {
    const { fetch, calls } = scripted(() => text(RAW));
    const res = await rc.fetchRaw(ref, { fetch, pageValues: {}, root: previewDoc() });
    expect(res).toEqual({ ok: true, raw: RAW, byteExact: true });
    expect(calls).toEqual([
      `${ORIGIN}/?_task=mail&_action=viewsource&_uid=6&_mbox=INBOX&_save=1&_token=${TOKEN}`,
    ]);
  });

  it('falls back to the plain view, restores CRLF and says it is not byte-exact', async () => {
    const { fetch, calls } = scripted((url) =>
      url.includes('_save=1')
        ? text('<html><body class="task-error">Invalid request</body></html>', 'text/html')
        : text(RAW.replace(/\r\n/g, '\n')),
    );
    const res = await rc.fetchRaw(ref, { fetch, pageValues: {}, root: previewDoc() });
    expect(res).toEqual({ ok: true, raw: RAW, byteExact: false });
    expect(calls).toHaveLength(2);
  });

  it('uses the plain view directly when the page has no token', async () => {
    const { fetch, calls } = scripted(() => text('From: a@b\nX: y\n\nbody\n'));
    const res = await rc.fetchRaw(ref, { fetch, pageValues: {}, root: page('<p>no token</p>', PREVIEW_URL) });
    expect(res).toMatchObject({ ok: true, raw: 'From: a@b\r\nX: y\r\n\r\nbody\r\n', byteExact: false });
    expect(calls[0]).not.toContain('_save');
  });

  it('reports a logged-out session clearly instead of analysing the login page', async () => {
    const { fetch } = scripted(() => text(fixture('login.html'), 'text/html; charset=UTF-8'));
    const res = await rc.fetchRaw(ref, { fetch, pageValues: {}, root: previewDoc() });
    expect(res).toMatchObject({ ok: false, reason: 'logged-out' });
    expect(!res.ok && res.error).toMatch(/log in to Roundcube again/i);
  });

  it('reports 429 with Retry-After for the back-off queue, and a vanished message as not found', async () => {
    const limited = await rc.fetchRaw(ref, {
      fetch: scripted(() => text('slow down', 'text/plain', 429, { 'retry-after': '7' })).fetch,
      pageValues: {},
      root: previewDoc(),
    });
    expect(limited).toMatchObject({ ok: false, reason: 'rate-limited', status: 429, retryAfterMs: 7000 });
    const gone = await rc.fetchRaw(ref, {
      fetch: scripted(() => text('')).fetch,
      pageValues: {},
      root: previewDoc(),
    });
    expect(gone).toMatchObject({ ok: false, reason: 'not-found' });
    const down = await rc.fetchRaw(ref, {
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
      pageValues: {},
    });
    expect(down).toMatchObject({ ok: false, reason: 'network' });
  });

  it('keeps a body that is not valid UTF-8 one character per byte (byte-exact, latin1)', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Subject: x\r\n\r\ncaf'), 0xe9, 13, 10]);
    const res = await rc.fetchRaw(ref, {
      fetch: scripted(() => text(bytes)).fetch,
      pageValues: {},
      root: previewDoc(),
    });
    expect(res).toMatchObject({ ok: true, byteExact: true, latin1: true });
    expect(res.ok && res.raw.endsWith('caf\u00e9\r\n')).toBe(true);
  });

  it('refuses a tampered reference without fetching', async () => {
    const { fetch, calls } = scripted(() => text(RAW));
    const bad: MessageRef = {
      messageId: 'x',
      params: { uid: '1&_action=delete', mbox: 'INBOX', base: `${ORIGIN}/` },
    };
    expect(await rc.fetchRaw(bad, { fetch, pageValues: {} })).toMatchObject({ ok: false });
    expect(calls).toHaveLength(0);
  });
});
