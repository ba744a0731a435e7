// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canaryFromCookie,
  createOutlookAdapter,
  getItemRequest,
  itemIdFromPath,
} from '../../../lib/webmail/outlook';
import type { FetchEnv, FetchLike, MessageRef } from '../../../lib/webmail/types';
import { fixtureWindow } from '../../helpers/fixture-page';

const fixture = (name: string) => readFileSync(`test/fixtures/webmail/outlook/${name}`, 'utf8');
const outlook = createOutlookAdapter('https://outlook.office.com');

function page(name: string, url: string) {
  return fixtureWindow(fixture(name), url).document as unknown as Document;
}

const ITEM = 'AAMkADAwATM0MDAAMS1hYzU3LTNhNmYtMDACLTAwCgBGAAAD/abc+def==';
const RAW = 'Received: from mail.shop.example\nFrom: a@shop.example\nSubject: Grüße\n\nbody\n';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const okBody = (raw: string) =>
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
const ref: MessageRef = { messageId: ITEM, params: { itemId: ITEM } };

interface Call {
  url: string;
  init?: Parameters<FetchLike>[1];
}
function fakeFetch(answer: () => Response) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return answer();
  };
  return { fetch, calls };
}
const env = (fetch: FetchLike, canary = 'VOXQP6xtGkiNnv7E4rFt8Trm.'): FetchEnv => ({
  fetch,
  pageValues: canary ? { canary } : {},
});

describe('Outlook page readers', () => {
  it('reads the item id from the address, URL-decoded', () => {
    const enc = encodeURIComponent(ITEM);
    expect(itemIdFromPath(`/mail/inbox/id/${enc}`)).toBe(ITEM);
    expect(itemIdFromPath(`/mail/0/inbox/id/${enc}`)).toBe(ITEM);
    expect(itemIdFromPath(`/mail/id/${enc}`)).toBe(ITEM);
    expect(itemIdFromPath('/mail/inbox')).toBeNull();
    expect(itemIdFromPath('/mail/inbox/id/%E0%A4%A')).toBeNull();
  });

  it('finds the open message from the address', () => {
    const url = `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(ITEM)}`;
    expect(outlook.findOpenMessage(page('reading.html', url), new URL(url))).toEqual({
      kind: 'message',
      ref: { messageId: ITEM, params: { itemId: ITEM } },
    });
  });

  it('says "layout changed" when a message is shown but the address has no id', () => {
    const url = 'https://outlook.office.com/mail/inbox';
    expect(outlook.findOpenMessage(page('reading.html', url), new URL(url)).kind).toBe('layout-changed');
  });

  it('reports no message when nothing is selected, and ignores other modules', () => {
    const url = 'https://outlook.office.com/mail/inbox';
    const doc = page('reading.html', url);
    for (const r of doc.querySelectorAll('[aria-selected]')) r.setAttribute('aria-selected', 'false');
    expect(outlook.findOpenMessage(doc, new URL(url)).kind).toBe('none');
    expect(outlook.findOpenMessage(doc, new URL('https://outlook.office.com/calendar/view/week')).kind).toBe(
      'ignore',
    );
  });

  it('finds the list but maps no rows: rows are conversations without a message id', () => {
    const doc = page('reading.html', 'https://outlook.office.com/mail/inbox');
    expect(doc.querySelectorAll('div[role=option][data-convid]')).toHaveLength(2);
    expect(outlook.findList(doc)?.getAttribute('role')).toBe('listbox');
    expect(outlook.listRows(doc)).toEqual([]);
  });

  it('reads the canary cookie and rejects odd values', () => {
    expect(canaryFromCookie('a=1; X-OWA-CANARY=VOXQP6xtGkiNnv7E4rFt8Trm.; b=2')).toBe(
      'VOXQP6xtGkiNnv7E4rFt8Trm.',
    );
    expect(canaryFromCookie('a=1')).toBeNull();
    expect(canaryFromCookie('X-OWA-CANARY=<script>')).toBeNull();
  });
});

describe('Outlook raw fetch (GetItem with MIME content)', () => {
  it('sends the GetItem request OWA expects and decodes the MIME', async () => {
    const { fetch, calls } = fakeFetch(
      () => new Response(okBody(RAW), { headers: { 'content-type': 'application/json' } }),
    );
    const res = await outlook.fetchRaw(ref, env(fetch));
    expect(res).toEqual({ ok: true, raw: RAW.replace(/\n/g, '\r\n'), byteExact: true });
    const { url, init } = calls[0]!;
    expect(url).toBe('https://outlook.office.com/owa/service.svc?action=GetItem&EP=1&app=Mail');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('include');
    expect(init?.headers?.Action).toBe('GetItem');
    expect(init?.headers?.['X-OWA-CANARY']).toBe('VOXQP6xtGkiNnv7E4rFt8Trm.');
    const sent = JSON.parse(decodeURIComponent(init?.headers?.['X-OWA-UrlPostData'] ?? ''));
    expect(sent).toEqual(getItemRequest(ITEM));
    expect(sent.Body.ItemShape).toMatchObject({ BaseShape: 'IdOnly', IncludeMimeContent: true });
    expect(sent.Body.ItemIds[0].Id).toBe(ITEM);
  });

  it('reads the canary from the page cookie when no page value was given', async () => {
    const url = 'https://outlook.office.com/mail/inbox';
    const doc = page('reading.html', url);
    doc.cookie = 'X-OWA-CANARY=fromCookie1234567890.';
    const { fetch, calls } = fakeFetch(() => new Response(okBody(RAW)));
    await outlook.fetchRaw(ref, { fetch, pageValues: {}, root: doc });
    expect(calls[0]!.init?.headers?.['X-OWA-CANARY']).toBe('fromCookie1234567890.');
  });

  it('without a canary, says what was not possible and how to paste the source instead', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(okBody(RAW)));
    const res = await outlook.fetchRaw(ref, env(fetch, ''));
    expect(calls).toHaveLength(0);
    expect(res).toMatchObject({ ok: false, reason: 'missing-page-values' });
    expect(!res.ok && res.error).toMatch(/View message source/);
  });

  it.each([401, 440])('HTTP %i: signed out or token required, with the paste hint', async (status) => {
    const { fetch } = fakeFetch(() => new Response('', { status }));
    const res = await outlook.fetchRaw(ref, env(fetch));
    expect(res).toMatchObject({ ok: false, reason: 'logged-out', status });
    expect(!res.ok && res.error).toMatch(/inspector/);
  });

  it('a sign-in page served with 200 is "logged out", not a parse crash', async () => {
    const { fetch } = fakeFetch(() => new Response('<html><body>login.microsoftonline.com</body></html>'));
    expect(await outlook.fetchRaw(ref, env(fetch))).toMatchObject({ ok: false, reason: 'logged-out' });
  });

  it('429 backs off with Retry-After', async () => {
    const { fetch } = fakeFetch(() => new Response('', { status: 429, headers: { 'Retry-After': '3' } }));
    expect(await outlook.fetchRaw(ref, env(fetch))).toMatchObject({
      reason: 'rate-limited',
      retryAfterMs: 3000,
    });
  });

  it('an ErrorItemNotFound answer says the message is gone', async () => {
    const { fetch } = fakeFetch(() => new Response(fixture('getitem-error.json')));
    expect(await outlook.fetchRaw(ref, env(fetch))).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('an answer without MimeContent is an unexpected response', async () => {
    const { fetch } = fakeFetch(
      () => new Response('{"Body":{"ResponseMessages":{"Items":[{"Items":[{}]}]}}}'),
    );
    expect(await outlook.fetchRaw(ref, env(fetch))).toMatchObject({
      ok: false,
      reason: 'unexpected-response',
    });
  });

  it("trusts no authserv-id (EOP writes none); only Exchange's unannounced block is the receiver's", () => {
    expect(outlook.trustedAuthservIds).toEqual([]);
    expect(outlook.receiverNetworks).toEqual(['2603:1080::/25']);
    // Every other tenant and outlook.com send from these: never the receiver's own.
    expect(outlook.receiverNetworks).not.toContain('40.107.0.0/16');
    expect(outlook.receiverNetworks).not.toContain('52.103.0.0/17');
  });
});
