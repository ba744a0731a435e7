// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gmailAdapter, ikFromInlineScripts } from '../../../lib/webmail/gmail';
import {
  accountIndex,
  decimalToLegacyHex,
  legacyHexToDecimal,
  originalBytesUrl,
  permIdDecimal,
} from '../../../lib/webmail/gmail-ids';
import type { FetchEnv, FetchLike, MessageRef } from '../../../lib/webmail/types';
import { fixtureWindow } from '../../helpers/fixture-page';

const fixture = (name: string) => readFileSync(`test/fixtures/webmail/gmail/${name}`, 'utf8');

/** A Gmail page at `url` built from a fixture; page scripts never run. */
function page(name: string, url = 'https://mail.google.com/mail/u/1/#inbox/abc') {
  return fixtureWindow(fixture(name), url).document as unknown as Document;
}
const loc = (url: string) => new URL(url);

interface Call {
  url: string;
  init?: Parameters<FetchLike>[1];
}
/** A fetch that answers from a list of responses and records what was asked. */
function fakeFetch(answers: Array<() => Response>) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected fetch ${url}`);
    return next();
  };
  return { fetch, calls };
}
function redirected(res: Response, url: string): Response {
  Object.defineProperty(res, 'url', { value: url });
  return res;
}
const RAW = 'Delivered-To: user@example.com\nFrom: a@shop.example\nSubject: hi\n\nbody\n';
const ref: MessageRef = {
  messageId: '18b7621058f883e7',
  params: { legacyId: '18b7621058f883e7', decimal: '1781000000000000999', account: '1' },
};
const env = (fetch: FetchLike, ik = '1c74bed0af'): FetchEnv => ({ fetch, pageValues: ik ? { ik } : {} });

describe('Gmail ids', () => {
  it('turns the decimal permanent id into the legacy hex id and back', () => {
    expect(permIdDecimal('#msg-f:1781000000000000999')).toBe('1781000000000000999');
    expect(decimalToLegacyHex('1781000000000000999')).toBe('18b7621058f883e7');
    expect(legacyHexToDecimal('18b7621058f883e7')).toBe('1781000000000000999');
    // 2^64 does not fit a Gmail id; sent-mail ids (msg-a:r…) are not msg-f ids.
    expect(decimalToLegacyHex('18446744073709551616')).toBeNull();
    expect(permIdDecimal('msg-a:r-123')).toBeNull();
  });

  it('reads the account index from the path, 0 when Gmail omits it', () => {
    expect(accountIndex('/mail/u/3/')).toBe('3');
    expect(accountIndex('/mail/')).toBe('0');
  });

  it('builds the download-original URL with a cache buster', () => {
    expect(
      originalBytesUrl({
        origin: 'https://mail.google.com',
        account: '1',
        ik: '1c74bed0af',
        legacyId: 'abc123',
        cacheBuster: 'z9',
      }),
    ).toBe(
      'https://mail.google.com/mail/u/1/?ik=1c74bed0af&view=att&th=abc123&attid=0&disp=comp&safe=1&zw&zx=z9',
    );
  });
});

describe('Gmail page readers', () => {
  it('finds the newest expanded message of the open conversation', () => {
    const doc = page('conversation.html');
    const found = gmailAdapter.findOpenMessage(doc, loc('https://mail.google.com/mail/u/1/#inbox/x'));
    expect(found).toEqual({
      kind: 'message',
      ref: {
        messageId: '18b7621058f883e7',
        params: { legacyId: '18b7621058f883e7', decimal: '1781000000000000999', account: '1' },
      },
    });
  });

  it('derives the legacy id from the decimal one when the attribute is missing', () => {
    const doc = page('conversation.html');
    for (const el of doc.querySelectorAll('div.adn')) el.removeAttribute('data-legacy-message-id');
    const found = gmailAdapter.findOpenMessage(doc, loc('https://mail.google.com/mail/u/0/#inbox/x'));
    expect(found.kind === 'message' && found.ref.messageId).toBe('18b7621058f883e7');
  });

  it('says "layout changed" when a conversation is open but no id can be read', () => {
    const doc = page('conversation.html');
    for (const el of doc.querySelectorAll('div.adn')) el.remove();
    const found = gmailAdapter.findOpenMessage(doc, loc('https://mail.google.com/mail/u/0/#inbox/x'));
    expect(found.kind).toBe('layout-changed');
  });

  it('reports no message on the inbox, and ignores pages outside /mail/', () => {
    expect(
      gmailAdapter.findOpenMessage(page('inbox.html'), loc('https://mail.google.com/mail/u/0/#inbox')).kind,
    ).toBe('none');
    expect(gmailAdapter.findOpenMessage(page('inbox.html'), loc('https://mail.google.com/chat/')).kind).toBe(
      'ignore',
    );
  });

  it('maps inbox rows to the id of their last non-draft message, skipping rows without ids', () => {
    const doc = page('inbox.html', 'https://mail.google.com/mail/u/2/#inbox');
    const rows = gmailAdapter.listRows(doc);
    expect(rows.map((r) => r.messageId)).toEqual(['18b7621058f88001', '18b7621058f883e7']);
    expect(rows[1]!.ref.params).toEqual({
      legacyId: '18b7621058f883e7',
      decimal: '1781000000000000999',
      account: '2',
    });
    expect(rows[0]!.element.textContent).toContain('Invoice overdue');
    expect(gmailAdapter.badgeAnchor?.(rows[0]!.element)?.tagName).toBe('TD');
    expect(gmailAdapter.findList(doc)?.tagName).toBe('TBODY');
  });

  it('reads ik from the inline GLOBALS script without running it', () => {
    expect(ikFromInlineScripts(page('conversation.html'))).toBe('1c74bed0af');
    expect(ikFromInlineScripts(page('inbox.html'))).toBeNull();
  });

  it('accepts only an ik-shaped page value from the MAIN world', () => {
    const spec = gmailAdapter.pageValues!;
    expect(spec.read({ GLOBALS: [0, 1, 2, 3, 4, 5, 6, 7, 8, '1c74bed0af'] })).toEqual({ ik: '1c74bed0af' });
    expect(spec.read({ GLOBALS: 'nope' })).toEqual({});
    expect(spec.validate('ik', '1c74bed0af')).toBe(true);
    expect(spec.validate('ik', '"><script>')).toBe(false);
  });
});

describe('Gmail raw fetch', () => {
  it('reads the exact bytes from download-original, CRLF line endings', async () => {
    const { fetch, calls } = fakeFetch([() => new Response(RAW, { status: 200 })]);
    const res = await gmailAdapter.fetchRaw(ref, env(fetch));
    expect(res).toEqual({ ok: true, raw: RAW.replace(/\n/g, '\r\n'), byteExact: true });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toMatch(
      /^https:\/\/mail\.google\.com\/mail\/u\/1\/\?ik=1c74bed0af&view=att&th=18b7621058f883e7&attid=0&disp=comp&safe=1&zw&zx=\w+$/,
    );
    expect(calls[0]!.init?.credentials).toBe('include');
  });

  it('uses a new cache buster on every request', async () => {
    const { fetch, calls } = fakeFetch([() => new Response(RAW), () => new Response(RAW)]);
    await gmailAdapter.fetchRaw(ref, env(fetch));
    await gmailAdapter.fetchRaw(ref, env(fetch));
    expect(calls[0]!.url).not.toBe(calls[1]!.url);
  });

  it('falls back to "Show original" and says the copy is not byte-exact', async () => {
    const { fetch, calls } = fakeFetch([
      () => new Response('<html><body>Something else</body></html>', { status: 200 }),
      () => new Response(fixture('show-original.html'), { status: 200 }),
    ]);
    const res = await gmailAdapter.fetchRaw(ref, env(fetch));
    expect(calls[1]!.url).toBe(
      'https://mail.google.com/mail/u/1/?ik=1c74bed0af&view=om&permmsgid=msg-f:1781000000000000999',
    );
    expect(res.ok && res.byteExact).toBe(false);
    // The HTML escaping is undone: the user sees the real From and Subject.
    expect(res.ok && res.raw).toContain('From: Shop <news@shop.example>\r\n');
    expect(res.ok && res.raw).toContain('Subject: Tom & Jerry <3\r\n');
  });

  it('works without ik (read from the inline script when the MAIN world said nothing)', async () => {
    const { fetch, calls } = fakeFetch([() => new Response(RAW)]);
    await gmailAdapter.fetchRaw(ref, { fetch, pageValues: {}, root: page('conversation.html') });
    expect(calls[0]!.url).toContain('?ik=1c74bed0af&view=att');
  });

  it('tells a signed-out user to sign in (redirect to the login page)', async () => {
    const { fetch } = fakeFetch([
      () => redirected(new Response(fixture('login.html')), 'https://accounts.google.com/ServiceLogin?x=1'),
    ]);
    const res = await gmailAdapter.fetchRaw(ref, env(fetch));
    expect(res.ok).toBe(false);
    expect(!res.ok && res.reason).toBe('logged-out');
    expect(!res.ok && res.error).toMatch(/sign in/i);
  });

  it('recognises a login page served with status 200 at the same address', async () => {
    const { fetch } = fakeFetch([() => new Response(fixture('login.html'))]);
    const res = await gmailAdapter.fetchRaw(ref, env(fetch));
    expect(!res.ok && res.reason).toBe('logged-out');
  });

  it('reports 429 as rate-limited with the Retry-After delay', async () => {
    const { fetch } = fakeFetch([
      () => new Response('slow down', { status: 429, headers: { 'Retry-After': '7' } }),
    ]);
    const res = await gmailAdapter.fetchRaw(ref, env(fetch));
    expect(res).toMatchObject({ ok: false, reason: 'rate-limited', status: 429, retryAfterMs: 7000 });
  });

  it('reports 5xx as a server error and network failures as network', async () => {
    const five = fakeFetch([() => new Response('', { status: 503 })]);
    expect(await gmailAdapter.fetchRaw(ref, env(five.fetch))).toMatchObject({
      reason: 'server',
      status: 503,
    });
    const down: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await gmailAdapter.fetchRaw(ref, env(down))).toMatchObject({ ok: false, reason: 'network' });
  });

  // Red-team round 8: a byte that is not UTF-8 made the copy "not byte-exact", which set DKIM
  // failures aside; the bytes now travel one character each and are analysed as they are.
  it('keeps non-UTF-8 bytes one character per byte, byte-exact, flagged latin1', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('From: a@b.example\nSubject: caf'),
      0xe9,
      10,
      10,
    ]);
    const { fetch } = fakeFetch([() => new Response(bytes)]);
    const res = await gmailAdapter.fetchRaw(ref, env(fetch));
    expect(res).toMatchObject({ ok: true, byteExact: true, latin1: true });
    expect(res.ok && res.raw).toContain('Subject: caf\u00e9\r\n');
  });

  it("trusts only Google's own authserv-id", () => {
    expect(gmailAdapter.trustedAuthservIds).toEqual(['mx.google.com']);
  });
});
