// Gmail adapter (mail.google.com). Learned from public code — gmail.js (KartikTalwar/gmail.js) and
// InboxSDK (getOriginalMessagePage, gmail-thread-row-view) — and written anew. Selectors live in
// GMAIL_SELECTORS only: a Gmail layout change touches this object.

import { t } from '../i18n';
import { retryAfterMs } from './fetch-queue';
import {
  accountIndex,
  decimalToLegacyHex,
  isIk,
  isLegacyHex,
  legacyHexToDecimal,
  originalBytesUrl,
  permIdDecimal,
  showOriginalUrl,
} from './gmail-ids';
import { WEBMAIL_PROFILES } from './profiles';
import { bytesAsText } from './raw-bytes';
import type {
  FetchEnv,
  InboxRow,
  LocationLike,
  MessageRef,
  OpenMessageLookup,
  PageValueSpec,
  RawFetchResult,
  WebmailAdapter,
} from './types';

export const GMAIL_SELECTORS = {
  /** An expanded message in the open conversation: `data-message-id="#msg-f:<decimal>"`,
   *  `data-legacy-message-id="<hex>"`. Collapsed messages of a thread are not `.adn`. */
  openMessage: 'div.adn[data-message-id]',
  /** A message or a message body (div.ii.gt holds div.a3s, the sender's HTML): no open-message
   *  node is ever inside one. */
  messageOrBody: 'div.adn, div.ii.gt, div.a3s',
  /** The conversation header; present whenever a conversation is open (used to tell "open but
   *  unreadable" from "no conversation"). */
  threadHeader: 'h2[data-thread-perm-id], h2[data-legacy-thread-id]',
  /** The main message list(s); Gmail keeps hidden lists of other views in the DOM too. */
  list: 'div[role=main] table tbody',
  /** One conversation row of a message list. */
  row: 'tr.zA',
  /** The span in a row that carries the ids (InboxSDK's gmail-thread-row-view reads the same). */
  rowIds: 'span[data-thread-id]',
  /** The subject/snippet cell, where the badge goes. */
  rowBadgeAnchor: 'td.xY.a4W, td.a4W',
  /** "Show original" page: the escaped source. */
  originalText: '#raw_message_text, pre.raw_message_text',
} as const;

/** Gmail's own receivers stamp Authentication-Results with this authserv-id (its profile's). */
const TRUSTED_AUTHSERV_IDS = [...WEBMAIL_PROFILES.gmail.trustedAuthservIds];

function refFor(legacyId: string, decimal: string, account: string): MessageRef {
  return { messageId: legacyId, params: { legacyId, decimal, account } };
}

export function findGmailOpenMessage(root: ParentNode, loc: LocationLike): OpenMessageLookup {
  if (!loc.pathname.startsWith('/mail/')) return { kind: 'ignore' };
  const account = accountIndex(loc.pathname);
  const nodes = [...root.querySelectorAll(GMAIL_SELECTORS.openMessage)];
  // The last expanded message is the newest one in the conversation: the one the user reads.
  for (const el of nodes.reverse()) {
    // Gmail's messages are siblings, never nested, and the body (div.ii.gt > div.a3s) is the
    // sender's HTML: a `div.adn[data-message-id]` inside another message or a body is a look-alike
    // the sender wrote (after the real one in document order, it would otherwise win).
    if (el.parentElement?.closest(GMAIL_SELECTORS.messageOrBody)) continue;
    const permId = el.getAttribute('data-message-id') ?? '';
    const legacyAttr = (el.getAttribute('data-legacy-message-id') ?? '').toLowerCase();
    const decimal = permIdDecimal(permId);
    if (decimal) {
      const legacyId = isLegacyHex(legacyAttr) ? legacyAttr : decimalToLegacyHex(decimal);
      if (legacyId) return { kind: 'message', ref: refFor(legacyId, decimal, account) };
    }
    // Sent mail (`msg-a:r…`) may carry only a legacy id.
    if (isLegacyHex(legacyAttr)) {
      const dec = legacyHexToDecimal(legacyAttr);
      if (dec) return { kind: 'message', ref: refFor(legacyAttr, dec, account) };
    }
  }
  if (nodes.length > 0 || root.querySelector(GMAIL_SELECTORS.threadHeader)) {
    return {
      kind: 'layout-changed',
      detail: t('webmail_gmail_ids_not_found'),
    };
  }
  return { kind: 'none' };
}

/** The account index of the page `root` belongs to ('0' when it cannot be told). */
function accountOfRoot(root: ParentNode): string {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const path = doc?.location?.pathname;
  return typeof path === 'string' ? accountIndex(path) : '0';
}

export function listGmailRows(root: ParentNode): InboxRow[] {
  const rows: InboxRow[] = [];
  const account = accountOfRoot(root);
  for (const row of root.querySelectorAll(GMAIL_SELECTORS.row)) {
    const ids = row.querySelector(GMAIL_SELECTORS.rowIds);
    const hex = (
      ids?.getAttribute('data-legacy-last-non-draft-message-id') ??
      ids?.getAttribute('data-legacy-last-message-id') ??
      ''
    ).toLowerCase();
    if (!isLegacyHex(hex)) continue;
    const decimal = legacyHexToDecimal(hex);
    if (!decimal) continue;
    const ref = refFor(hex, decimal, account);
    rows.push({ element: row, messageId: hex, ref });
  }
  return rows;
}

/**
 * Finds `ik` in the inline `GLOBALS=[…]` script without running page code (a fallback for when the
 * MAIN-world value did not arrive). Reads at most the first 64 KiB after the marker.
 */
export function ikFromInlineScripts(root: ParentNode): string | null {
  for (const script of root.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const at = text.indexOf('GLOBALS=[');
    if (at < 0) continue;
    const values = splitTopLevelArray(text.slice(at + 'GLOBALS='.length, at + 65_536));
    const ik = values?.[9]?.replace(/^"|"$/g, '');
    if (ik && isIk(ik)) return ik;
  }
  return null;
}

/** Splits `[a,"b,c",[d,e],…]` into its top-level items as source text; null when unbalanced. */
function splitTopLevelArray(src: string): string[] | null {
  if (src[0] !== '[') return null;
  const items: string[] = [];
  let depth = 0;
  let start = 1;
  let quote: string | null = null;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        items.push(src.slice(start, i).trim());
        return items;
      }
    } else if (c === ',' && depth === 1) {
      items.push(src.slice(start, i).trim());
      start = i + 1;
      if (items.length > 12) return items;
    }
  }
  return null;
}

export const gmailPageValues: PageValueSpec = {
  names: ['ik'],
  read(win): Record<string, string> {
    const globals = (win as { GLOBALS?: unknown } | null)?.GLOBALS;
    const ik = Array.isArray(globals) ? globals[9] : undefined;
    return typeof ik === 'string' ? { ik } : {};
  },
  validate: (name, value) => name === 'ik' && isIk(value),
};

// ---------------------------------------------------------------- fetching

/** A raw RFC 5322 message starts with a header field; a login or error page does not. */
export function looksLikeMessage(text: string): boolean {
  return /^[\x21-\x39\x3b-\x7e]{1,76}:/.test(text.slice(0, 200)) && !/^\s*<(!doctype|html)/i.test(text);
}

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** UTF-8 when the bytes are UTF-8; otherwise one character per byte (`latin1`, lib/webmail/raw-bytes.ts). */
export function decodeBytes(buf: ArrayBuffer): { text: string; latin1: boolean } {
  return bytesAsText(new Uint8Array(buf));
}

type Failure = Extract<RawFetchResult, { ok: false }>;

function statusFailure(res: Response): Failure | null {
  const status = res.status;
  if (status === 429)
    return {
      ok: false,
      reason: 'rate-limited',
      status,
      retryAfterMs: retryAfterMs(res),
      error: t('webmail_gmail_rate_limited'),
    };
  if (status >= 500)
    return { ok: false, reason: 'server', status, error: t('webmail_gmail_server', { status }) };
  if (status === 401 || status === 403 || isLoginUrl(res.url))
    return {
      ok: false,
      reason: 'logged-out',
      status,
      error: t('webmail_gmail_signed_out'),
    };
  if (status === 404) return { ok: false, reason: 'not-found', status, error: t('webmail_gmail_not_found') };
  if (!res.ok)
    return {
      ok: false,
      reason: 'unexpected-response',
      status,
      error: t('webmail_gmail_http', { status }),
    };
  return null;
}

function isLoginUrl(url: string): boolean {
  return /^https:\/\/accounts\.google\.com\//.test(url) || /ServiceLogin/.test(url);
}

// A function, not a constant: the text is looked up when it is shown, never when the module loads
// (the MAIN-world script imports this module for gmailPageValues and has no browser.i18n).
const loggedOut = (): Failure => ({
  ok: false,
  reason: 'logged-out',
  error: t('webmail_gmail_sign_in_page'),
});

async function fetchOriginalBytes(ref: MessageRef, env: FetchEnv, origin: string, ik?: string) {
  const url = originalBytesUrl({
    origin,
    account: ref.params.account ?? '0',
    ik,
    legacyId: ref.params.legacyId ?? ref.messageId,
    cacheBuster: Math.random().toString(36).slice(2, 12),
  });
  const res = await env.fetch(url, { credentials: 'include' });
  const failed = statusFailure(res);
  if (failed) return failed;
  const { text, latin1 } = decodeBytes(await res.arrayBuffer());
  if (looksLikeMessage(text))
    return { ok: true as const, raw: toCrlf(text), byteExact: true, ...(latin1 ? { latin1: true } : {}) };
  if (/accounts\.google\.com|ServiceLogin/i.test(text.slice(0, 20_000))) return loggedOut();
  return null; // Not a message and not a login page: try "Show original".
}

async function fetchShowOriginal(ref: MessageRef, env: FetchEnv, origin: string, ik?: string) {
  const decimal = ref.params.decimal ?? legacyHexToDecimal(ref.messageId);
  if (!decimal) return null;
  const url = showOriginalUrl({ origin, account: ref.params.account ?? '0', ik, decimal });
  const res = await env.fetch(url, { credentials: 'include' });
  const failed = statusFailure(res);
  if (failed) return failed;
  const html = await res.text();
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) return null;
  const doc = new Parser().parseFromString(html, 'text/html');
  // textContent undoes the HTML escaping; Gmail re-renders the text, so it is not byte-exact.
  const text = doc.querySelector(GMAIL_SELECTORS.originalText)?.textContent ?? '';
  if (looksLikeMessage(text)) return { ok: true as const, raw: toCrlf(text), byteExact: false };
  if (/accounts\.google\.com|ServiceLogin/i.test(html.slice(0, 20_000))) return loggedOut();
  return null;
}

export async function fetchGmailRaw(ref: MessageRef, env: FetchEnv, origin: string): Promise<RawFetchResult> {
  const ik = env.pageValues.ik ?? (env.root ? ikFromInlineScripts(env.root) : null) ?? undefined;
  try {
    const exact = await fetchOriginalBytes(ref, env, origin, ik);
    if (exact) return exact;
    const rendered = await fetchShowOriginal(ref, env, origin, ik);
    if (rendered) return rendered;
    return {
      ok: false,
      reason: 'unexpected-response',
      error: t('webmail_gmail_no_source'),
    };
  } catch (e) {
    if ((e as { name?: string })?.name === 'AbortError') throw e;
    return {
      ok: false,
      reason: 'network',
      error: t('webmail_gmail_network'),
    };
  }
}

export function createGmailAdapter(origin = 'https://mail.google.com'): WebmailAdapter {
  return {
    site: 'gmail',
    displayName: 'Gmail',
    fetchContext: 'content',
    findOpenMessage: findGmailOpenMessage,
    fetchRaw: (ref, env) => fetchGmailRaw(ref, env, origin),
    findList: (root) => root.querySelector(GMAIL_SELECTORS.list),
    listRows: listGmailRows,
    badgeAnchor: (row) => row.querySelector(GMAIL_SELECTORS.rowBadgeAnchor),
    trustedAuthservIds: TRUSTED_AUTHSERV_IDS,
    pageValues: gmailPageValues,
  };
}

export const gmailAdapter = createGmailAdapter();
