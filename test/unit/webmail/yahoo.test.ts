// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authservIdMatcher } from '../../../lib/auth/authresults';
import type { FetchEnv, FetchLike, MessageRef } from '../../../lib/webmail/types';
import {
  isYahooAuthservId,
  midFromPath,
  rawPlainTextUrl,
  yahooAdapter,
  yahooStateFromScripts,
} from '../../../lib/webmail/yahoo';
import { fixtureWindow } from '../../helpers/fixture-page';

const fixture = (name: string) => readFileSync(`test/fixtures/webmail/yahoo/${name}`, 'utf8');
function page(url = 'https://mail.yahoo.com/d/folders/1') {
  return fixtureWindow(fixture('inbox.html'), url).document as unknown as Document;
}

const MID = 'AOyS3goAAAMLWnG7EQJCIEz14Ds';
const VALUES = { wssid: 'N54i/xPQPc9', appId: 'YMailNovation', mailboxId: 'VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu' };
const ref: MessageRef = { messageId: MID, params: { mid: MID } };
const RAW =
  'Received: from sender.example\nAuthentication-Results: atlas206.free.mail.ne1.yahoo.com;\n dkim=pass\nFrom: a@b.example\n\nhi\n';

function fakeFetch(answer: () => Response) {
  const calls: Array<{ url: string; init?: Parameters<FetchLike>[1] }> = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return answer();
  };
  return { fetch, calls };
}
const env = (fetch: FetchLike, pageValues: Record<string, string> = VALUES): FetchEnv => ({
  fetch,
  pageValues,
});

describe('Yahoo page readers', () => {
  it('reads the message id from the address', () => {
    expect(midFromPath(`/d/folders/1/messages/${MID}`)).toBe(MID);
    expect(midFromPath(`/d/search/keyword=x/messages/${MID}`)).toBe(MID);
    expect(midFromPath('/d/folders/1')).toBeNull();
    const url = `https://mail.yahoo.com/d/folders/1/messages/${MID}`;
    expect(yahooAdapter.findOpenMessage(page(url), new URL(url))).toEqual({
      kind: 'message',
      ref: { messageId: MID, params: { mid: MID } },
    });
  });

  it('no message on the list; "layout changed" when a message path has no readable id', () => {
    const list = 'https://mail.yahoo.com/d/folders/1';
    expect(yahooAdapter.findOpenMessage(page(list), new URL(list)).kind).toBe('none');
    const odd = 'https://mail.yahoo.com/d/folders/1/messages/%3Cscript%3E';
    expect(yahooAdapter.findOpenMessage(page(odd), new URL(odd)).kind).toBe('layout-changed');
    expect(yahooAdapter.findOpenMessage(page(), new URL('https://mail.yahoo.com/')).kind).toBe('ignore');
  });

  it('maps message-list links to message ids, skipping links that are not messages', () => {
    const doc = page();
    const rows = yahooAdapter.listRows(doc);
    expect(rows.map((r) => r.messageId)).toEqual([MID, 'ALmvK2AAAB2hZnG8vwbE4pQ0YbA']);
    expect(rows[0]!.element.textContent).toContain('Invoice overdue');
    expect(yahooAdapter.badgeAnchor?.(rows[1]!.element)?.textContent).toBe('Lunch');
    expect(yahooAdapter.findList(doc)?.tagName).toBe('UL');
  });

  it('reads wssid, appId and the mailbox id from the inline state, and validates them', () => {
    const doc = page();
    expect(yahooStateFromScripts(doc)).toEqual(VALUES);
    // The MAIN-world reader does the same through window.document.
    expect(yahooAdapter.pageValues!.read({ document: doc })).toEqual(VALUES);
    const v = yahooAdapter.pageValues!.validate;
    expect(v('wssid', 'N54i/xPQPc9')).toBe(true);
    expect(v('wssid', 'a"b&c=d')).toBe(false);
    expect(v('mailboxId', '../../etc')).toBe(false);
    expect(v('other', 'x')).toBe(false);
  });
});

describe('Yahoo raw fetch (from the worker)', () => {
  it('GETs rawplaintext on apis.mail.yahoo.com with appid and wssid, with cookies', async () => {
    const { fetch, calls } = fakeFetch(
      () => new Response(RAW, { headers: { 'content-type': 'text/plain' } }),
    );
    const res = await yahooAdapter.fetchRaw(ref, env(fetch));
    expect(res).toEqual({ ok: true, raw: RAW.replace(/\n/g, '\r\n'), byteExact: true });
    expect(calls[0]!.url).toBe(
      `https://apis.mail.yahoo.com/ws/v3/mailboxes/@.id==VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu/messages/@.id==${MID}/content/rawplaintext?appid=YMailNovation&wssid=N54i%2FxPQPc9`,
    );
    expect(calls[0]!.init?.credentials).toBe('include');
    expect(yahooAdapter.fetchContext).toBe('background');
  });

  it('encodes every path and query part', () => {
    expect(rawPlainTextUrl({ mailboxId: 'a b', mid: 'c/d', appId: 'e', wssid: 'f&g' })).toBe(
      'https://apis.mail.yahoo.com/ws/v3/mailboxes/@.id==a%20b/messages/@.id==c%2Fd/content/rawplaintext?appid=e&wssid=f%26g',
    );
  });

  it('without the page values, fetches nothing and says to reload', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(RAW));
    const res = await yahooAdapter.fetchRaw(ref, env(fetch, { appId: 'YMailNovation' }));
    expect(calls).toHaveLength(0);
    expect(res).toMatchObject({ ok: false, reason: 'missing-page-values' });
    expect(!res.ok && res.error).toMatch(/Reload Yahoo Mail/);
  });

  it('401 means the session expired; 429 backs off; 5xx is a server error', async () => {
    const a = fakeFetch(() => new Response('{"error":{"code":"EC-4003"}}', { status: 401 }));
    expect(await yahooAdapter.fetchRaw(ref, env(a.fetch))).toMatchObject({
      reason: 'logged-out',
      status: 401,
    });
    const b = fakeFetch(() => new Response('', { status: 429, headers: { 'Retry-After': '2' } }));
    expect(await yahooAdapter.fetchRaw(ref, env(b.fetch))).toMatchObject({
      reason: 'rate-limited',
      retryAfterMs: 2000,
    });
    const c = fakeFetch(() => new Response('', { status: 502 }));
    expect(await yahooAdapter.fetchRaw(ref, env(c.fetch))).toMatchObject({ reason: 'server' });
  });

  it('a sign-in page with status 200 is "logged out"', async () => {
    const { fetch } = fakeFetch(
      () => new Response('<!DOCTYPE html><a href="https://login.yahoo.com/">Sign in</a>'),
    );
    expect(await yahooAdapter.fetchRaw(ref, env(fetch))).toMatchObject({ ok: false, reason: 'logged-out' });
  });

  it("recognises Yahoo's atlas authserv-ids", () => {
    expect(isYahooAuthservId('atlas206.free.mail.ne1.yahoo.com')).toBe(true);
    expect(isYahooAuthservId('atlas-production.v2-mail-prod1-gq1.omega.yahoo.com')).toBe(true);
    expect(isYahooAuthservId('atlas.yahoo.com.evil.example')).toBe(false);
    expect(isYahooAuthservId('mx.google.com')).toBe(false);
    // The adapter's list goes through the engine's matcher: every cluster id, no look-alike.
    const trusted = authservIdMatcher(yahooAdapter.trustedAuthservIds);
    for (const id of [
      'atlas206.free.mail.ne1.yahoo.com',
      'atlas101.aol.mail.bf1.yahoo.com',
      'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com',
    ]) {
      expect(trusted(id)).toBe(true);
    }
    for (const id of [
      'yahoo.com.evil.example',
      'evilyahoo.com',
      'mx.google.com',
      '*.yahoo.com',
      'a b.yahoo.com',
    ]) {
      expect(trusted(id)).toBe(false);
    }
  });
});
