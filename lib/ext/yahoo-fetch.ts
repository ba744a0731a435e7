// Worker side of Yahoo Mail's raw fetch. Yahoo serves raw messages from apis.mail.yahoo.com, a
// different origin from the page: only the worker, with its host permission, reads it without
// CORS. The worker fetches nothing else: the URL is built by the Yahoo adapter from validated
// parts, and only a content script in a mail.yahoo.com tab may ask.

import { t } from '../i18n';
import { cappedFetch, MAX_OPEN_FETCH_BYTES, MAX_ROW_FETCH_BYTES } from '../webmail/fetch-cap';
import type { FetchLike, MessageRef, RawFetchResult } from '../webmail/types';
import { yahooAdapter } from '../webmail/yahoo';
import { onMessage } from './messaging';

export const YAHOO_PAGE = /^https:\/\/mail\.yahoo\.com\//;

export interface YahooFetchRequest {
  ref: MessageRef;
  pageValues: Record<string, string>;
  /** An inbox row's cap: the download stops there (issue 18: badges never fetch whole messages). */
  maxBytes?: number;
}

/**
 * Answers one request; `senderUrl` is the URL of the frame that asked (the browser's record), and
 * `tabUrl` its tab's: both must be Yahoo Mail (a Yahoo frame inside another page is not Yahoo Mail,
 * nor is another frame inside Yahoo's page).
 */
export async function answerYahooFetch(
  data: YahooFetchRequest,
  senderUrl: string | undefined,
  fetch: FetchLike,
  tabUrl?: string,
): Promise<RawFetchResult> {
  if (!senderUrl || !YAHOO_PAGE.test(senderUrl) || (tabUrl !== undefined && !YAHOO_PAGE.test(tabUrl))) {
    return {
      ok: false,
      reason: 'unexpected-response',
      error: t('webmail_yahoo_wrong_page'),
    };
  }
  const spec = yahooAdapter.pageValues!;
  const pageValues: Record<string, string> = {};
  for (const name of spec.names) {
    const v = data.pageValues?.[name];
    if (typeof v === 'string' && spec.validate(name, v)) pageValues[name] = v;
  }
  const mid = typeof data.ref?.messageId === 'string' ? data.ref.messageId : '';
  // A cap can only shorten the download, so the content script may set it; it is clamped to the
  // row limit. A message opened by the user (no cap) is read up to the size the analysis hashes
  // (MAX_OPEN_FETCH_BYTES, as the other webmails' content scripts read it): past that it is marked
  // truncated, and only its header block goes on (lib/webmail/open-message.ts). A 100 MB message
  // was read whole into the worker (red-team round 167).
  const cap =
    typeof data.maxBytes === 'number' && Number.isFinite(data.maxBytes)
      ? Math.min(Math.max(Math.floor(data.maxBytes), 1024), MAX_ROW_FETCH_BYTES)
      : null;
  let cut = false;
  const capped =
    cap === null
      ? cappedFetch(fetch, MAX_OPEN_FETCH_BYTES, () => {
          cut = true;
        })
      : cappedFetch(fetch, cap);
  const res = await yahooAdapter.fetchRaw({ messageId: mid, params: { mid } }, { fetch: capped, pageValues });
  return cut && res.ok ? { ...res, truncated: true } : res;
}

/** Registers the `fetchYahooRaw` handler; returns the function that removes it. */
export function startYahooFetch(): () => void {
  return onMessage('fetchYahooRaw', (m) =>
    answerYahooFetch(m.data, m.sender?.url, (input, init) => fetch(input, init), m.sender?.tab?.url),
  );
}
