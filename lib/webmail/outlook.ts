// Outlook on the web adapter (outlook.office.com, outlook.office365.com, outlook.live.com). The
// request shape (service.svc GetItem with X-OWA-CANARY and X-OWA-UrlPostData, MimeContent base64)
// was learned from public code that talks to OWA; written anew. Newer sessions may insist on a
// bearer token HeaderLens does not take: then the user is told to paste "View message source".

import { t } from '../i18n';
import { MAX_OPEN_FETCH_BYTES } from './fetch-cap';
import { retryAfterMs } from './fetch-queue';
import {
  EXCHANGE_ONLINE_INTERNAL_NETWORKS,
  EXCHANGE_ONLINE_PUBLIC_NETWORKS,
  WEBMAIL_PROFILES,
} from './profiles';
import { bytesAsText } from './raw-bytes';
import type {
  FetchEnv,
  LocationLike,
  MessageRef,
  OpenMessageLookup,
  RawFetchResult,
  WebmailAdapter,
} from './types';

export const OUTLOOK_SELECTORS = {
  /** The reading pane (message or compose) of the mail module. */
  readingPane: "[data-app-section='MailReadCompose']",
  /** The message list. */
  list: "[data-app-section='MessageList'] [role=listbox], div[role=listbox]",
  /** A message-list row: a *conversation* (`data-convid`), not a message. */
  row: 'div[role=option][data-convid]',
  /** The row the user selected. */
  selectedRow: "div[role=option][data-convid][aria-selected='true']",
} as const;

/**
 * Exchange Online's rules live in its profile (lib/webmail/profiles.ts): no trusted authserv-id
 * (EOP writes none), only Microsoft's unannounced internal block as receiver networks, and the
 * Exchange Online entry rule, which takes the hop received by the recipient tenant's EOP frontend
 * as the origin even when it is another tenant's or outlook.com's outbound address.
 */
const TRUSTED_AUTHSERV_IDS = [...WEBMAIL_PROFILES.outlook.trustedAuthservIds];

/**
 * All of Exchange Online's mail space: its unannounced internal block and its public mail ranges.
 * NOT the receiver's networks (the public ranges are where every other tenant sends from); kept
 * for the tests that check none of it holds an address outside Microsoft.
 */
export const EOP_NETWORKS = [...EXCHANGE_ONLINE_PUBLIC_NETWORKS, ...EXCHANGE_ONLINE_INTERNAL_NETWORKS];

function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** EWS item ids are base64 (with `/`, `+`, `=`; OWA URLs also use `-`/`_`). */
export function isItemId(id: string): boolean {
  return /^[A-Za-z0-9+/=_-]{20,512}$/.test(id);
}

/** `/mail/inbox/id/<encoded id>`, `/mail/0/inbox/id/…`, `/mail/id/…`, `/mail/deeplink/read/…`. */
export function itemIdFromPath(pathname: string): string | null {
  const m = /\/mail\/(?:.*\/)?(?:id|read)\/([^/?#]+)/.exec(pathname);
  if (!m) return null;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
  return isItemId(id) ? id : null;
}

export function findOutlookOpenMessage(root: ParentNode, loc: LocationLike): OpenMessageLookup {
  if (!/^\/(mail|owa)\b/.test(loc.pathname)) return { kind: 'ignore' };
  const id = itemIdFromPath(loc.pathname);
  if (id) return { kind: 'message', ref: { messageId: id, params: { itemId: id } } };
  // A selected row with the reading pane showing, but no item id in the address: a layout
  // HeaderLens cannot read (OWA puts the id in the URL when a message is opened).
  if (
    root.querySelector(OUTLOOK_SELECTORS.selectedRow) &&
    root.querySelector(OUTLOOK_SELECTORS.readingPane)
  ) {
    return {
      kind: 'layout-changed',
      detail: t('webmail_outlook_id_not_found'),
    };
  }
  return { kind: 'none' };
}

/** The GetItem request OWA's own client sends, asking only for the MIME content. */
export function getItemRequest(itemId: string): object {
  return {
    __type: 'GetItemJsonRequest:#Exchange',
    Header: { __type: 'JsonRequestHeaders:#Exchange', RequestServerVersion: 'Exchange2013' },
    Body: {
      __type: 'GetItemRequest:#Exchange',
      ItemShape: { __type: 'ItemResponseShape:#Exchange', BaseShape: 'IdOnly', IncludeMimeContent: true },
      ItemIds: [{ __type: 'ItemId:#Exchange', Id: itemId }],
    },
  };
}

/** The canary cookie OWA expects echoed in X-OWA-CANARY (CSRF defence); readable by scripts. */
export function canaryFromCookie(cookie: string): string | null {
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name?.toUpperCase() === 'X-OWA-CANARY') {
      const v = rest.join('=');
      return /^[A-Za-z0-9._~+/=-]{10,400}$/.test(v) ? v : null;
    }
  }
  return null;
}

/** A failure's words followed by how to check the message by hand (looked up when shown). */
function withHint(text: string): string {
  return `${text} ${t('webmail_outlook_paste_hint')}`;
}

type Failure = Extract<RawFetchResult, { ok: false }>;

function statusFailure(res: Response): Failure | null {
  const s = res.status;
  if (s === 429)
    return {
      ok: false,
      reason: 'rate-limited',
      status: s,
      retryAfterMs: retryAfterMs(res),
      error: t('webmail_outlook_rate_limited'),
    };
  // 440 = OWA's "login time-out"; 401/403 = no session, or a session that needs a bearer token.
  if (s === 401 || s === 403 || s === 440)
    return {
      ok: false,
      reason: 'logged-out',
      status: s,
      error: withHint(t('webmail_outlook_refused', { status: s })),
    };
  if (s >= 500)
    return { ok: false, reason: 'server', status: s, error: t('webmail_outlook_http', { status: s }) };
  if (!res.ok)
    return {
      ok: false,
      reason: 'unexpected-response',
      status: s,
      error: withHint(t('webmail_outlook_http', { status: s })),
    };
  return null;
}

/** Base64 → binary string (one char per byte), then UTF-8 when it is UTF-8. */
export function decodeMime(b64: string): { text: string; latin1: boolean } | null {
  let bin: string;
  try {
    bin = atob(b64.replace(/\s+/g, ''));
  } catch {
    return null;
  }
  return bytesAsText(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

interface GetItemResponse {
  Body?: {
    ResponseMessages?: {
      Items?: Array<{
        ResponseClass?: string;
        ResponseCode?: string;
        MessageText?: string;
        Items?: Array<{ MimeContent?: { Value?: string } }>;
      }>;
    };
  };
}

function readBody(json: GetItemResponse): RawFetchResult {
  const msg = json.Body?.ResponseMessages?.Items?.[0];
  if (msg?.ResponseClass === 'Error' || (msg?.ResponseCode && msg.ResponseCode !== 'NoError')) {
    const notFound = /ItemNotFound|InvalidId/i.test(msg.ResponseCode ?? '');
    return {
      ok: false,
      reason: notFound ? 'not-found' : 'unexpected-response',
      error: notFound
        ? t('webmail_outlook_not_found')
        : withHint(t('webmail_outlook_error_code', { code: String(msg.ResponseCode) })),
    };
  }
  const b64 = msg?.Items?.[0]?.MimeContent?.Value;
  const decoded = typeof b64 === 'string' ? decodeMime(b64) : null;
  if (!decoded || !/^[\x21-\x39\x3b-\x7e]{1,76}:/.test(decoded.text)) {
    return {
      ok: false,
      reason: 'unexpected-response',
      error: withHint(t('webmail_outlook_no_source')),
    };
  }
  return {
    ok: true,
    raw: toCrlf(decoded.text),
    byteExact: true,
    ...(decoded.latin1 ? { latin1: true } : {}),
  };
}

/**
 * The start of the message from a GetItem answer cut short: the open message's read stops past the
 * hashing limit (OUTLOOK_OPEN_FETCH_BYTES), so the MimeContent value runs to the end of the text.
 * Its whole base64 quads decode to the message's first bytes, header block included. Null for any
 * other text. `"MimeContent"` must start at a quote no backslash escapes: the server's own key.
 * The result is marked `truncated`: whether our cap cut the answer or the server (or a proxy)
 * ended it early, its body is a cut one and must never be hashed as the whole message's.
 */
export function cutMimeContent(text: string): RawFetchResult | null {
  const m = /(?<!\\)"MimeContent"\s*:\s*\{[^{}]*?(?<!\\)"Value"\s*:\s*"([A-Za-z0-9+/=\\]*)$/.exec(text);
  if (!m) return null;
  // JSON escapes: "/" written "\/" (DataContractJsonSerializer), "+" written "\u002B"
  // (System.Text.Json's default encoder). Drop an escape the cut fell inside, then read the string.
  let b64: unknown;
  try {
    b64 = JSON.parse(`"${m[1]!.replace(/\\(u[0-9A-Fa-f]{0,3})?$/, '')}"`);
  } catch {
    return null;
  }
  if (typeof b64 !== 'string' || !/^[A-Za-z0-9+/=]*$/.test(b64)) return null;
  const decoded = decodeMime(b64.slice(0, b64.length - (b64.length % 4)));
  if (!decoded || !/^[\x21-\x39\x3b-\x7e]{1,76}:/.test(decoded.text)) return null;
  return {
    ok: true,
    raw: toCrlf(decoded.text),
    byteExact: true,
    truncated: true,
    ...(decoded.latin1 ? { latin1: true } : {}),
  };
}

/**
 * What the open message's read may take of a GetItem answer: the base64 of a message just over the
 * hashing limit (4 characters per 3 bytes), its `+` and `/` (2 in 64 of the alphabet) each written
 * as a 6-character escape (`\u002B`) at worst, 5 % more for an uneven share, and the JSON around it.
 */
export const OUTLOOK_OPEN_FETCH_BYTES =
  Math.ceil((MAX_OPEN_FETCH_BYTES / 3) * 4 * (1 + (2 * 5) / 64 + 0.05)) + 64 * 1024;

function cookieOf(root: ParentNode | undefined): string {
  const doc = root ? ((root as Node).ownerDocument ?? (root as Document)) : undefined;
  try {
    return typeof doc?.cookie === 'string' ? doc.cookie : '';
  } catch {
    return '';
  }
}

export async function fetchOutlookRaw(
  ref: MessageRef,
  env: FetchEnv,
  origin: string,
): Promise<RawFetchResult> {
  const itemId = ref.params.itemId ?? ref.messageId;
  const canary = env.pageValues.canary ?? canaryFromCookie(cookieOf(env.root));
  if (!canary) {
    return {
      ok: false,
      reason: 'missing-page-values',
      error: withHint(t('webmail_outlook_no_canary')),
    };
  }
  try {
    const res = await env.fetch(`${origin}/owa/service.svc?action=GetItem&EP=1&app=Mail`, {
      method: 'POST',
      credentials: 'include',
      headers: {
        Action: 'GetItem',
        'Content-Type': 'application/json; charset=utf-8',
        'X-OWA-CANARY': canary,
        // OWA reads the request from this header; the body stays empty.
        'X-OWA-UrlPostData': encodeURIComponent(JSON.stringify(getItemRequest(itemId))),
      },
    });
    const failed = statusFailure(res);
    if (failed) return failed;
    const text = await res.text();
    let json: GetItemResponse;
    try {
      json = JSON.parse(text) as GetItemResponse;
    } catch {
      // A message over the limit, its answer cut by the open message's read: its first bytes.
      const cut = cutMimeContent(text);
      if (cut) return cut;
      // A sign-in page served with 200 instead of JSON.
      return {
        ok: false,
        reason: /<html|login\.microsoftonline|login\.live/i.test(text.slice(0, 5000))
          ? 'logged-out'
          : 'unexpected-response',
        error: withHint(t('webmail_outlook_web_page')),
      };
    }
    return readBody(json);
  } catch (e) {
    if ((e as { name?: string })?.name === 'AbortError') throw e;
    return {
      ok: false,
      reason: 'network',
      error: t('webmail_outlook_network'),
    };
  }
}

export function createOutlookAdapter(origin: string): WebmailAdapter {
  return {
    site: 'outlook',
    displayName: 'Outlook',
    fetchContext: 'content',
    findOpenMessage: findOutlookOpenMessage,
    fetchRaw: (ref, env) => fetchOutlookRaw(ref, env, origin),
    findList: (root) => root.querySelector(OUTLOOK_SELECTORS.list),
    // Rows are conversations (data-convid) with no message id in the DOM, and GetItem needs an item
    // id: HeaderLens does not badge Outlook rows rather than guess which message a row stands for.
    listRows: () => [],
    trustedAuthservIds: TRUSTED_AUTHSERV_IDS,
    receiverNetworks: [...WEBMAIL_PROFILES.outlook.receiverNetworks],
    openFetchBytes: OUTLOOK_OPEN_FETCH_BYTES,
  };
}
