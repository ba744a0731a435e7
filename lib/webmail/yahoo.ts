// Yahoo Mail adapter (mail.yahoo.com). The raw source comes from Yahoo's mail API
// (`apis.mail.yahoo.com/ws/v3/…/content/rawplaintext`), a different origin: the worker fetches it
// with its host permission (fetchContext 'background'). The wssid / appId / mailbox id it needs sit
// as text in the page's inline state script (public extensions regex them out of the page), so the
// isolated world reads them from the DOM — no MAIN-world script — and every value is validated.

import { t } from '../i18n';
import { retryAfterMs } from './fetch-queue';
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

export const YAHOO_SELECTORS = {
  /** A message-list row: a link to `/d/folders/<fid>/messages/<mid>`. */
  row: 'a[data-test-id="message-list-item"]',
  /** The list holding the rows (a virtualised list; the closest list element of a row). */
  list: '[data-test-id="virtual-list"], ul[role=list]',
  /** The open message's view (used to tell "open but unreadable" from "no message"). */
  messageView: '[data-test-id="message-view"], [data-test-id="message-view-body"]',
  /** Where in a row the badge goes: the subject. */
  rowBadgeAnchor: '[data-test-id="message-subject"]',
} as const;

export const YAHOO_API_ORIGIN = 'https://apis.mail.yahoo.com';

/**
 * Yahoo's receivers are named `atlas…yahoo.com` and vary per cluster (e.g.
 * `atlas-production.v2-mail-prod1-gq1.omega.yahoo.com`, `atlas206.free.mail.ne1.yahoo.com`,
 * `atlas101.aol.mail.bf1.yahoo.com` — all seen in public message dumps). A literal list would be
 * incomplete, and that matters: a real Yahoo header whose id is missing is skipped, and a forged
 * header below it carrying a listed id could then be read as Yahoo's. So the profile trusts the
 * family `*.yahoo.com` (lib/webmail/profiles.ts, lib/auth/authresults.ts `authservIdMatcher`).
 */
const TRUSTED_AUTHSERV_IDS = [...WEBMAIL_PROFILES.yahoo.trustedAuthservIds];

export function isYahooAuthservId(id: string): boolean {
  return /^atlas[a-z0-9-]*(\.[a-z0-9-]+)+\.yahoo\.com$/i.test(id);
}

const MID = /^[A-Za-z0-9_-]{8,120}$/;

export function isMessageId(v: string): boolean {
  return MID.test(v);
}

/** `/d/folders/1/messages/<mid>` (also `/d/search/…/messages/<mid>`). */
export function midFromPath(path: string): string | null {
  const m = /\/messages\/([^/?#]+)/.exec(path);
  return m && isMessageId(m[1]!) ? m[1]! : null;
}

function ref(mid: string): MessageRef {
  return { messageId: mid, params: { mid } };
}

export function findYahooOpenMessage(root: ParentNode, loc: LocationLike): OpenMessageLookup {
  if (!loc.pathname.startsWith('/d/') && !loc.pathname.startsWith('/n/')) return { kind: 'ignore' };
  const mid = midFromPath(loc.pathname);
  if (mid) return { kind: 'message', ref: ref(mid) };
  if (/\/messages\//.test(loc.pathname) || root.querySelector(YAHOO_SELECTORS.messageView)) {
    return {
      kind: 'layout-changed',
      detail: t('webmail_yahoo_id_not_found'),
    };
  }
  return { kind: 'none' };
}

export function listYahooRows(root: ParentNode): InboxRow[] {
  const rows: InboxRow[] = [];
  for (const a of root.querySelectorAll(YAHOO_SELECTORS.row)) {
    const href = a.getAttribute('href') ?? '';
    let path = href;
    try {
      path = new URL(href, 'https://mail.yahoo.com').pathname;
    } catch {
      continue;
    }
    const mid = midFromPath(path);
    if (mid) rows.push({ element: a, messageId: mid, ref: ref(mid) });
  }
  return rows;
}

function findYahooList(root: ParentNode): Element | null {
  const row = root.querySelector(YAHOO_SELECTORS.row);
  return row?.closest('ul, [role=list]') ?? root.querySelector(YAHOO_SELECTORS.list);
}

// ---------------------------------------------------------------- page state

const VALIDATORS: Record<string, RegExp> = {
  wssid: /^[A-Za-z0-9./_+-]{4,64}$/,
  appId: /^[A-Za-z0-9]{3,40}$/,
  mailboxId: /^[A-Za-z0-9_-]{8,200}$/,
};

// Yahoo's page writes its state as JSON inside inline scripts (public extensions read it so:
// `"selectedMailbox":{"id":"…","email":"…"}`, `"mailboxes":[{"id":"…"`, `"mailWssid":"…"`), and the
// same state carries message-list data the sender wrote (subjects, snippets, names). In JSON every
// `"` inside a string is escaped as `\"`, so a quote with no backslash before it is always the
// page's own: a key read only in the form `"key":"value"` starting at such a quote cannot come from
// a Subject. A string VALUE, though, starts at such a quote whatever its text, so the mailbox id is
// taken from its keyed forms first, then from an API URL only as the value of a key the page writes
// (`"self"`, `"href"`: a Subject that is an API URL is the value of `"subject"`) and only when every
// such keyed URL agrees.
const KEY = (name: string) => `(?<!\\\\)"${name}"\\s*:\\s*`;
const JSON_STRING = '"((?:[^"\\\\]|\\\\.){1,256})"';
const WSSID = new RegExp(`${KEY('(?:wssid|mailWssid)')}${JSON_STRING}`);
const APP_ID = new RegExp(`${KEY('appI[dD]')}${JSON_STRING}`);
const MAILBOX_KEYED = new RegExp(
  `${KEY('selectedMailbox')}\\{\\s*${KEY('id')}${JSON_STRING}|${KEY('mailboxes')}\\[\\s*\\{\\s*${KEY('id')}${JSON_STRING}`,
);
const MAILBOX_URL = new RegExp(
  `${KEY('(?:self|href)')}"https:(?:\\\\?\\/){2}apis\\.mail\\.yahoo\\.com(?:\\\\?\\/)ws(?:\\\\?\\/)v3(?:\\\\?\\/)mailboxes(?:\\\\?\\/)@\\.id==([A-Za-z0-9_-]{8,200})(?:\\\\?\\/|")`,
  'g',
);

/** A JSON string's text (`\/`, `\u002F` undone); null when it is not one. */
function jsonText(inner: string | undefined): string | null {
  if (inner === undefined) return null;
  try {
    const v: unknown = JSON.parse(`"${inner}"`);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/**
 * Reads wssid, appId and the mailbox id from the page's inline state scripts (JSON such as
 * `"wssid":"N54i/xPQPc9"`, `"selectedMailbox":{"id":"<id>"`, or a `"self":"https:\/\/apis.mail.yahoo.com\/ws\/v3\/mailboxes\/@.id==<id>\/…"`
 * value), keys only where the page wrote them (see above). Never runs page code; reads at most
 * 2 MiB of script text.
 */
export function yahooStateFromScripts(root: ParentNode): Record<string, string> {
  const out: Record<string, string> = {};
  const urlMailboxes = new Set<string>();
  let budget = 2 * 1024 * 1024;
  for (const s of root.querySelectorAll('script:not([src])')) {
    if (budget <= 0) break;
    const text = (s.textContent ?? '').slice(0, budget);
    budget -= text.length;
    const wssid = jsonText(WSSID.exec(text)?.[1]);
    const appId = jsonText(APP_ID.exec(text)?.[1]);
    const keyed = MAILBOX_KEYED.exec(text);
    const mailbox = jsonText(keyed?.[1] ?? keyed?.[2]);
    if (wssid && !out.wssid) out.wssid = wssid;
    if (appId && !out.appId) out.appId = appId;
    if (mailbox && !out.mailboxId) out.mailboxId = mailbox;
    for (const m of text.matchAll(MAILBOX_URL)) urlMailboxes.add(m[1]!);
  }
  // The page's keyed API URLs: used only when there is no keyed id, and only when they all agree.
  if (!out.mailboxId && urlMailboxes.size === 1) out.mailboxId = [...urlMailboxes][0]!;
  for (const [k, v] of Object.entries(out)) if (!VALIDATORS[k]?.test(v)) delete out[k];
  return out;
}

export const yahooPageValues: PageValueSpec = {
  names: ['wssid', 'appId', 'mailboxId'],
  read(win): Record<string, string> {
    const doc = (win as { document?: Document } | null)?.document;
    return doc ? yahooStateFromScripts(doc) : {};
  },
  validate: (name, value) => VALIDATORS[name]?.test(value) ?? false,
};

// ---------------------------------------------------------------- fetching

export function rawPlainTextUrl(p: { mailboxId: string; mid: string; appId: string; wssid: string }): string {
  return (
    `${YAHOO_API_ORIGIN}/ws/v3/mailboxes/@.id==${encodeURIComponent(p.mailboxId)}` +
    `/messages/@.id==${encodeURIComponent(p.mid)}/content/rawplaintext` +
    `?appid=${encodeURIComponent(p.appId)}&wssid=${encodeURIComponent(p.wssid)}`
  );
}

/** A failure's words followed by what to do (looked up when shown). */
function withReload(text: string): string {
  return `${text} ${t('webmail_yahoo_reload')}`;
}

export async function fetchYahooRaw(ref: MessageRef, env: FetchEnv): Promise<RawFetchResult> {
  const v = env.pageValues;
  const mid = ref.params.mid ?? ref.messageId;
  const appId = v.appId && VALIDATORS.appId!.test(v.appId) ? v.appId : 'YMailNovation';
  if (
    !v.wssid ||
    !v.mailboxId ||
    !VALIDATORS.wssid!.test(v.wssid) ||
    !VALIDATORS.mailboxId!.test(v.mailboxId)
  ) {
    return {
      ok: false,
      reason: 'missing-page-values',
      error: withReload(t('webmail_yahoo_no_session_values')),
    };
  }
  if (!isMessageId(mid)) {
    return { ok: false, reason: 'not-found', error: t('webmail_yahoo_bad_id') };
  }
  let res: Response;
  try {
    res = await env.fetch(rawPlainTextUrl({ mailboxId: v.mailboxId, mid, appId, wssid: v.wssid }), {
      credentials: 'include',
    });
  } catch (e) {
    if ((e as { name?: string })?.name === 'AbortError') throw e;
    return {
      ok: false,
      reason: 'network',
      error: t('webmail_yahoo_network'),
    };
  }
  const s = res.status;
  if (s === 429)
    return {
      ok: false,
      reason: 'rate-limited',
      status: s,
      retryAfterMs: retryAfterMs(res),
      error: t('webmail_yahoo_rate_limited'),
    };
  if (s === 401 || s === 403)
    return {
      ok: false,
      reason: 'logged-out',
      status: s,
      error: withReload(t('webmail_yahoo_refused')),
    };
  if (s === 404) return { ok: false, reason: 'not-found', status: s, error: t('webmail_yahoo_not_found') };
  if (s >= 500)
    return { ok: false, reason: 'server', status: s, error: t('webmail_yahoo_http', { status: s }) };
  if (!res.ok)
    return {
      ok: false,
      reason: 'unexpected-response',
      status: s,
      error: t('webmail_yahoo_http', { status: s }),
    };
  const { text, latin1 } = bytesAsText(new Uint8Array(await res.arrayBuffer()));
  if (!/^[\x21-\x39\x3b-\x7e]{1,76}:/.test(text) || /^\s*</.test(text)) {
    const page = /^\s*</.test(text) && /login\.yahoo\.com|sign in/i.test(text.slice(0, 20_000));
    return {
      ok: false,
      reason: page ? 'logged-out' : 'unexpected-response',
      error: page ? withReload(t('webmail_yahoo_sign_in_page')) : withReload(t('webmail_yahoo_no_source')),
    };
  }
  return {
    ok: true,
    raw: text.replace(/\r?\n/g, '\r\n'),
    byteExact: true,
    ...(latin1 ? { latin1: true } : {}),
  };
}

export const yahooAdapter: WebmailAdapter = {
  site: 'yahoo',
  displayName: 'Yahoo Mail',
  fetchContext: 'background',
  findOpenMessage: findYahooOpenMessage,
  fetchRaw: fetchYahooRaw,
  findList: findYahooList,
  listRows: listYahooRows,
  badgeAnchor: (row) => row.querySelector(YAHOO_SELECTORS.rowBadgeAnchor),
  trustedAuthservIds: TRUSTED_AUTHSERV_IDS,
  pageValues: yahooPageValues,
};
