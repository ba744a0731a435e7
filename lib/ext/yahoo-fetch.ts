// Worker side of Yahoo Mail's raw fetch. Yahoo serves raw messages from apis.mail.yahoo.com, a
// different origin from the page: only the worker, with its host permission, reads it without
// CORS. The worker fetches nothing else: the URL is built by the Yahoo adapter from validated
// parts, and only a content script in a mail.yahoo.com tab may ask.

import type { FetchLike, MessageRef, RawFetchResult } from '../webmail/types';
import { yahooAdapter } from '../webmail/yahoo';
import { onMessage } from './messaging';

export const YAHOO_PAGE = /^https:\/\/mail\.yahoo\.com\//;

export interface YahooFetchRequest {
  ref: MessageRef;
  pageValues: Record<string, string>;
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
      error: 'Only Yahoo Mail pages may ask for Yahoo messages.',
    };
  }
  const spec = yahooAdapter.pageValues!;
  const pageValues: Record<string, string> = {};
  for (const name of spec.names) {
    const v = data.pageValues?.[name];
    if (typeof v === 'string' && spec.validate(name, v)) pageValues[name] = v;
  }
  const mid = typeof data.ref?.messageId === 'string' ? data.ref.messageId : '';
  return yahooAdapter.fetchRaw({ messageId: mid, params: { mid } }, { fetch, pageValues });
}

/** Registers the `fetchYahooRaw` handler; returns the function that removes it. */
export function startYahooFetch(): () => void {
  return onMessage('fetchYahooRaw', (m) =>
    answerYahooFetch(m.data, m.sender?.url, (input, init) => fetch(input, init), m.sender?.tab?.url),
  );
}
