import { describe, expect, it } from 'vitest';
import { answerYahooFetch } from '../../../lib/ext/yahoo-fetch';
import type { FetchLike } from '../../../lib/webmail/types';

const MID = 'AOyS3goAAAMLWnG7EQJCIEz14Ds';
const VALUES = { wssid: 'N54i/xPQPc9', appId: 'YMailNovation', mailboxId: 'VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu' };

function recorder() {
  const urls: string[] = [];
  const fetch: FetchLike = async (url) => {
    urls.push(url);
    return new Response('From: a@b.example\n\nhi\n');
  };
  return { fetch, urls };
}

describe('worker-side Yahoo fetch', () => {
  it('an opened message is read up to the size the analysis hashes, and marked truncated past it', async () => {
    const { MAX_OPEN_FETCH_BYTES } = await import('../../../lib/webmail/fetch-cap');
    const huge = `From: a@b.example\r\nSubject: huge\r\n\r\n${'x'.repeat(MAX_OPEN_FETCH_BYTES + 500_000)}`;
    const fetch: FetchLike = async () => new Response(huge);
    const opened = await answerYahooFetch(
      { ref: { messageId: MID, params: { mid: MID } }, pageValues: VALUES },
      `https://mail.yahoo.com/d/folders/1/messages/${MID}`,
      fetch,
    );
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.truncated).toBe(true);
    expect(opened.raw.length).toBeLessThanOrEqual(MAX_OPEN_FETCH_BYTES + 64 * 1024);
    expect(opened.raw.startsWith('From: a@b.example')).toBe(true);
  });

  it('an inbox row reads only the first bytes of a large message; an opened one reads it whole', async () => {
    const big = `From: a@b.example\r\nSubject: big\r\n\r\n${'x'.repeat(2_000_000)}`;
    const fetch: FetchLike = async () => new Response(big);
    const ask = (maxBytes?: number) =>
      answerYahooFetch(
        { ref: { messageId: MID, params: { mid: MID } }, pageValues: VALUES, maxBytes },
        `https://mail.yahoo.com/d/folders/1/messages/${MID}`,
        fetch,
      );
    const row = await ask(256 * 1024);
    const opened = await ask();
    expect(row.ok && opened.ok).toBe(true);
    if (!row.ok || !opened.ok) return;
    expect(row.raw.length).toBeLessThanOrEqual(256 * 1024);
    expect(row.raw.startsWith('From: a@b.example')).toBe(true);
    expect(opened.raw.length).toBe(big.length);
    // A content script cannot lift the cap past the row limit.
    const lifted = await ask(50_000_000);
    expect(lifted.ok && lifted.raw.length <= 256 * 1024).toBe(true);
  });

  it('fetches for a Yahoo Mail tab', async () => {
    const { fetch, urls } = recorder();
    const res = await answerYahooFetch(
      { ref: { messageId: MID, params: { mid: MID } }, pageValues: VALUES },
      `https://mail.yahoo.com/d/folders/1/messages/${MID}`,
      fetch,
    );
    expect(res.ok).toBe(true);
    expect(urls).toHaveLength(1);
    expect(new URL(urls[0]!).host).toBe('apis.mail.yahoo.com');
  });

  it('refuses other pages: the worker is not a general-purpose fetcher', async () => {
    const { fetch, urls } = recorder();
    const res = await answerYahooFetch(
      { ref: { messageId: MID, params: { mid: MID } }, pageValues: VALUES },
      'https://evil.example/',
      fetch,
    );
    expect(res.ok).toBe(false);
    expect(urls).toHaveLength(0);
  });

  it('checks the frame that asked, not only its tab (a foreign frame inside Yahoo, Yahoo framed elsewhere)', async () => {
    const { fetch, urls } = recorder();
    const ask = (frame: string, tab: string) =>
      answerYahooFetch(
        { ref: { messageId: MID, params: { mid: MID } }, pageValues: VALUES },
        frame,
        fetch,
        tab,
      );
    expect((await ask('https://ads.example/frame', 'https://mail.yahoo.com/d/folders/1')).ok).toBe(false);
    expect((await ask('https://mail.yahoo.com/d/folders/1', 'https://evil.example/')).ok).toBe(false);
    expect(urls).toHaveLength(0);
  });

  it('re-validates the values, and builds the URL only from the message id', async () => {
    const { fetch, urls } = recorder();
    const res = await answerYahooFetch(
      {
        ref: { messageId: MID, params: { mid: '../../other', url: 'https://evil.example/' } },
        pageValues: { ...VALUES, wssid: 'x"&y' },
      },
      'https://mail.yahoo.com/d/folders/1',
      fetch,
    );
    expect(res).toMatchObject({ ok: false, reason: 'missing-page-values' });
    expect(urls).toHaveLength(0);
  });
});
