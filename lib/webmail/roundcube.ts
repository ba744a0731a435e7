// Roundcube (self-hosted, any origin). Checked against Roundcube 1.6.5 from Debian, skin "elastic"
// (test/fixtures/webmail/roundcube/*.html were saved from it). Everything Roundcube needs is in
// the DOM and the URL — no MAIN-world script: the request token sits in the inline
// `rcmail.set_env({...})` script and in hidden `_token` inputs, both readable from the isolated world.
import { t } from '../i18n';
import { retryAfterMs } from './fetch-queue';
import { bytesAsText } from './raw-bytes';
import type {
  FetchEnv,
  InboxRow,
  LocationLike,
  MessageRef,
  OpenMessageLookup,
  RawFetchResult,
  WebmailAdapter,
} from './types';

/** Selectors, one place, each saying what it matches (Roundcube 1.6, elastic and larry skins). */
export const RC = {
  /** The message list table; rows are added by app.js after the list request. */
  list: 'table#messagelist tbody',
  /** One row per message (or thread parent): id = "rcmrow" + base64url(uid), no padding. */
  row: 'table#messagelist tbody tr.message[id^="rcmrow"]',
  /** The subject link of a row: `./?_task=mail&_mbox=INBOX&_uid=3&_action=show`. */
  rowLink: 'a[href*="_uid="]',
  /** Where the badge goes, first match wins: elastic's `td.subject span.subject`, larry's `td.subject`. */
  rowBadgeAnchors: ['td.subject span.subject', 'td.subject'],
  /** The preview pane of the three-column layout; its document is `_action=preview&_framed=1`. */
  previewFrame: 'iframe#messagecontframe',
  /** The login form: a logged-out session gets this page with status 200. */
  loginForm: 'form#login-form, form[name="login-form"], input[name="_pass"]',
  /** Hidden token inputs in the page's forms (CSRF token = rcmail.env.request_token). */
  tokenInput: 'input[type="hidden"][name="_token"]',
} as const;

const UID = /^\d{1,10}$/;

/** base64url without padding, as Roundcube builds row ids (app.js html_identifier(uid, true)). */
export function encodeRowUid(uid: string): string {
  const bytes = new TextEncoder().encode(uid);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Inverse of `encodeRowUid`; null for anything that is not base64url of UTF-8 text. */
export function decodeRowUid(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(encoded) || encoded.length % 4 === 1) return null;
  const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The env value `name` from the inline `rcmail.set_env({...})` script(s) of `root`. */
export function readEnvString(
  root: ParentNode,
  name: 'request_token' | 'uid' | 'mailbox' | 'action',
): string | null {
  const re = new RegExp(`"${name}":"((?:[^"\\\\]|\\\\.){0,500})"`);
  for (const script of Array.from(root.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes('set_env')) continue;
    const m = re.exec(text);
    if (m) {
      try {
        return JSON.parse(`"${m[1]}"`) as string;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The CSRF request token: env first, hidden inputs second. Only `[A-Za-z0-9]` tokens are accepted. */
export function readRequestToken(root: ParentNode): string | null {
  const fromEnv = readEnvString(root, 'request_token');
  const fromInput = root.querySelector<HTMLInputElement>(RC.tokenInput)?.getAttribute('value') ?? null;
  const token = fromEnv ?? fromInput;
  return token && /^[A-Za-z0-9_-]{8,128}$/.test(token) ? token : null;
}

/** True when an HTML answer is Roundcube's login page (logged out: status 200, not an error). */
export function isLoginPage(html: string): boolean {
  return /"task"\s*:\s*"login"/.test(html) || /id="login-form"|name="_pass"/.test(html);
}

function makeRef(origin: string, base: string, mbox: string, uid: string): MessageRef {
  // Ids include the origin: two Roundcube servers both have an INBOX uid 1.
  return { messageId: `${origin}|${mbox}|${uid}`, params: { uid, mbox, base } };
}

function readMessageInDocument(root: ParentNode, loc: LocationLike, origin: string): OpenMessageLookup {
  const q = new URLSearchParams(loc.search);
  const uid = q.get('_uid') ?? readEnvString(root, 'uid');
  const mbox = q.get('_mbox') ?? readEnvString(root, 'mailbox') ?? 'INBOX';
  if (!uid || !UID.test(uid)) {
    return {
      kind: 'layout-changed',
      detail: t('webmail_roundcube_no_uid', { action: String(q.get('_action')) }),
    };
  }
  return { kind: 'message', ref: makeRef(origin, `${loc.origin}${loc.pathname}`, mbox, uid) };
}

export interface RoundcubeOptions {
  /** The site's origin as the user enabled it, e.g. https://mail.example.org. */
  origin: string;
  /** The site's own authserv-id(s) (its MTA host name); [] = only the user's extra ids. */
  trustedAuthservIds?: string[];
}

/** A response body as text: UTF-8, or one character per byte (`latin1`) when it is not UTF-8. */
async function readBody(res: Response): Promise<{ text: string; latin1: boolean }> {
  return bytesAsText(new Uint8Array(await res.arrayBuffer()));
}

function failureFor(res: Response): RawFetchResult | null {
  if (res.status === 429 || res.status >= 500) {
    const after = retryAfterMs(res);
    return {
      ok: false,
      reason: res.status === 429 ? 'rate-limited' : 'server',
      status: res.status,
      error: t('webmail_roundcube_retry', { status: res.status }),
      ...(after !== undefined && after > 0 ? { retryAfterMs: after } : {}),
    };
  }
  if (!res.ok) {
    return {
      ok: false,
      reason: res.status === 404 ? 'not-found' : 'unexpected-response',
      status: res.status,
      error: t('webmail_roundcube_http', { status: res.status }),
    };
  }
  return null;
}

// A function, not a constant: the text is looked up in the reader's language when it is needed.
const loggedOut = (): RawFetchResult => ({
  ok: false,
  reason: 'logged-out',
  error: t('webmail_roundcube_login'),
});

/** One attempt at `url`; 'html' when Roundcube answered with a page (login or error) instead. */
async function getSource(url: string, env: FetchEnv): Promise<RawFetchResult | { ok: 'html'; html: string }> {
  let res: Response;
  try {
    res = await env.fetch(url, { credentials: 'include' });
  } catch (e) {
    return {
      ok: false,
      reason: 'network',
      error: t('webmail_roundcube_network', { error: e instanceof Error ? e.message : String(e) }),
    };
  }
  const failed = failureFor(res);
  if (failed) return failed;
  const { text, latin1 } = await readBody(res);
  if (/text\/html/i.test(res.headers.get('content-type') ?? '')) return { ok: 'html', html: text };
  if (text.length === 0) {
    return {
      ok: false,
      reason: 'not-found',
      error: t('webmail_roundcube_empty'),
    };
  }
  return { ok: true, raw: text, byteExact: true, ...(latin1 ? { latin1: true } : {}) };
}

async function fetchRoundcubeRaw(ref: MessageRef, env: FetchEnv): Promise<RawFetchResult> {
  const { uid, mbox, base } = ref.params;
  if (!uid || !UID.test(uid) || !mbox || !base) {
    return {
      ok: false,
      reason: 'unexpected-response',
      error: t('webmail_roundcube_lost_ref'),
    };
  }
  const q = `_task=mail&_action=viewsource&_uid=${encodeURIComponent(uid)}&_mbox=${encodeURIComponent(mbox)}`;
  const token = (env.root && readRequestToken(env.root)) ?? env.pageValues.request_token ?? null;
  // 1. `_save=1` is the download: the stored bytes, CRLF, untouched (viewsource.php sends them raw).
  if (token) {
    const saved = await getSource(`${base}?${q}&_save=1&_token=${encodeURIComponent(token)}`, env);
    if (saved.ok === true || (saved.ok === false && saved.reason !== 'unexpected-response')) return saved;
    if (saved.ok === 'html' && isLoginPage(saved.html)) return loggedOut();
    // An error page (stale token after a re-login): the plain view still works.
  }
  // 2. The plain view converts line ends to LF: back to CRLF (RFC 5322 §2.1), but no longer exact.
  const plain = await getSource(`${base}?${q}`, env);
  if (plain.ok === 'html') {
    return isLoginPage(plain.html)
      ? loggedOut()
      : {
          ok: false,
          reason: 'unexpected-response',
          error: t('webmail_roundcube_page'),
        };
  }
  if (!plain.ok) return plain;
  return {
    ok: true,
    raw: plain.raw.replace(/\r?\n/g, '\r\n'),
    byteExact: false,
    ...(plain.latin1 ? { latin1: true } : {}),
  };
}

export function createRoundcubeAdapter(opts: RoundcubeOptions): WebmailAdapter {
  const origin = opts.origin.replace(/\/+$/, '');
  return {
    site: 'roundcube',
    displayName: 'Roundcube',
    fetchContext: 'content',
    trustedAuthservIds: opts.trustedAuthservIds ?? [],

    findOpenMessage(root, loc) {
      // The preview pane before/after a message: Roundcube loads its blank page (env.blankpage).
      if (/\/watermark\.html$/.test(loc.pathname)) return { kind: 'none' };
      const q = new URLSearchParams(loc.search);
      const action = q.get('_action') ?? '';
      const task = q.get('_task') ?? '';
      if (q.get('_framed') === '1' && action !== 'preview' && action !== 'show') return { kind: 'ignore' };
      // A message address that shows the login form (session expired) still counts as the message:
      // the fetch then says "log in again", which tells the user more than "no message".
      if (task === 'mail' && (action === 'preview' || action === 'show')) {
        if (root.querySelector(RC.loginForm) && !q.get('_uid')) return { kind: 'none' };
        return readMessageInDocument(root, loc, origin);
      }
      if (root.querySelector(RC.loginForm)) return { kind: 'none' };
      // Three-column layout: the message is in the preview frame, whose own script reports it.
      if (root.querySelector(RC.previewFrame)) return { kind: 'in-frame' };
      return { kind: 'none' };
    },

    fetchRaw: fetchRoundcubeRaw,

    findList(root) {
      return root.querySelector(RC.list);
    },

    listRows(root) {
      const rows: InboxRow[] = [];
      for (const element of Array.from(root.querySelectorAll(RC.row))) {
        const ref = rowRef(element, origin);
        if (ref) rows.push({ element, messageId: ref.messageId, ref });
      }
      return rows;
    },

    badgeAnchor(row) {
      for (const sel of RC.rowBadgeAnchors) {
        const el = row.querySelector(sel);
        if (el) return el;
      }
      return null;
    },
  };
}

/** A row's uid/mailbox: from its subject link, else from the row id (multi-folder search: "uid-mbox"). */
function rowRef(row: Element, origin: string): MessageRef | null {
  const idUid = decodeRowUid(row.id.slice('rcmrow'.length));
  const href = row.querySelector(RC.rowLink)?.getAttribute('href');
  if (href) {
    let url: URL | null = null;
    try {
      // Relative links (`./?_task=…`) resolve against the page, so installs under a path work too.
      const page = row.ownerDocument?.location?.href ?? '';
      url = new URL(href, page.startsWith(origin) ? page : `${origin}/`);
    } catch {
      url = null;
    }
    const uid = url?.searchParams.get('_uid');
    const mbox = url?.searchParams.get('_mbox');
    if (url && uid && UID.test(uid) && mbox)
      return makeRef(origin, `${url.origin}${url.pathname}`, mbox, uid);
  }
  if (!idUid) return null;
  const [uid, ...rest] = idUid.split('-');
  if (!uid || !UID.test(uid) || rest.length === 0) return null;
  return makeRef(origin, `${origin}/`, rest.join('-'), uid);
}
