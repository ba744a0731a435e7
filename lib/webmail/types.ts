// The one interface every webmail adapter implements (Gmail, Outlook, Yahoo, Roundcube). An adapter
// is a set of page readers and one fetcher: it never touches `document`, `window`, `fetch` or
// `browser.*` itself — the content-script runner (lib/webmail/runner.ts) hands it the root, the
// location, a fetch and the page values. That keeps every selector testable on saved DOM fixtures.
import type { WebmailSite } from '../ext/messaging';

/** The parts of `Location` an adapter reads (a real Location or a `new URL(...)` both fit). */
export interface LocationLike {
  readonly href: string;
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** What an adapter needs to fetch one message, plus the id the worker caches it under. */
export interface MessageRef {
  /** The webmail's id for the message; cache key together with the site (e.g. Roundcube `INBOX/42`). */
  messageId: string;
  /** Site-specific fetch parameters (Roundcube: uid + mbox; Gmail: legacy hex id…). Strings only. */
  params: Readonly<Record<string, string>>;
}

/** Answer of `findOpenMessage` for one document (top page or one frame). */
export type OpenMessageLookup =
  /** A message is open in this document. */
  | { kind: 'message'; ref: MessageRef }
  /** This document is the webmail, and no message is open (inbox list, settings…). */
  | { kind: 'none' }
  /** The open message is shown in a child frame whose own content script reports it (Roundcube's
   *  preview `iframe#messagecontframe`): this document must stay silent. */
  | { kind: 'in-frame' }
  /** Not a document this adapter reads (an unrelated frame): say nothing. */
  | { kind: 'ignore' }
  /** The page looks like a message view but the adapter's selectors no longer match: the popup says
   *  "HeaderLens could not find the open message in this <site> layout" and offers the inspector. */
  | { kind: 'layout-changed'; detail: string };

/** Why a raw fetch failed. `rate-limited`/`server` (429/5xx) make the fetch queue back off. */
export type RawFetchFailure =
  | 'logged-out'
  | 'rate-limited'
  | 'server'
  | 'not-found'
  | 'network'
  | 'missing-page-values'
  | 'unexpected-response';

export type RawFetchResult =
  | {
      ok: true;
      /** The RFC 5322 message, CRLF line endings. */
      raw: string;
      /** False when the webmail gave a re-rendered/normalised copy: DKIM body hashes may not match. */
      byteExact: boolean;
      /** `raw` holds one character per byte (the bytes are not UTF-8): lib/webmail/raw-bytes.ts. */
      latin1?: boolean;
      /** `raw` is only the message's first bytes (an answer cut short): its body is never hashed. */
      truncated?: boolean;
    }
  | {
      ok: false;
      reason: RawFetchFailure;
      /** Plain words for the popup: what happened and what to do ("Log in to Roundcube again"). */
      error: string;
      /** HTTP status, when there was one. */
      status?: number;
      /** From a Retry-After header, when the server sent one. */
      retryAfterMs?: number;
    };

/** The fetch an adapter is given: the page-origin fetch of the content script (same-origin cookies). */
export type FetchLike = (
  input: string,
  init?: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    credentials?: RequestCredentials;
    /** Cancels the request (a row's deadline, the page going away). */
    signal?: AbortSignal;
  },
) => Promise<Response>;

export interface FetchEnv {
  fetch: FetchLike;
  /** Values read from the page (see `pageValues`), already validated. Empty when none are needed. */
  pageValues: Readonly<Record<string, string>>;
  /** The document the message was found in (Roundcube reads its request token from hidden inputs). */
  root?: ParentNode;
  /** Lets the runner cancel fetches when the page goes away. */
  signal?: AbortSignal;
  /**
   * Read at most this many bytes of the message (inbox rows: lib/webmail/fetch-cap.ts). `fetch` is
   * already capped for adapters that fetch in the page; one that has another context fetch for it
   * (Yahoo's worker) passes the cap along.
   */
  maxBytes?: number;
}

/**
 * Values that live only in page globals (Gmail's `GLOBALS[9]` = ik, Yahoo's wssid/appId). A tiny
 * MAIN-world script calls `read(window)` and hands the strings over in a CustomEvent
 * (lib/webmail/page-values.ts); the isolated world re-checks each with `validate`, because the
 * page can tamper with anything in the MAIN world. Adapters that can read all they need from the
 * DOM (Roundcube) leave this out.
 */
export interface PageValueSpec {
  /** Names of the values, e.g. ['ik']. */
  names: readonly string[];
  /** Runs in the MAIN world. Returns only the named values it found, as strings. */
  read(win: unknown): Record<string, string>;
  /** Isolated world: accept a value only if it has the expected shape. */
  validate(name: string, value: string): boolean;
}

/** One inbox row the adapter recognised. */
export interface InboxRow {
  element: Element;
  /** Same as `ref.messageId`. */
  messageId: string;
  ref: MessageRef;
}

export interface WebmailAdapter {
  site: WebmailSite;
  /** Name for user-facing text ("Roundcube", "Gmail"). */
  displayName: string;
  /** Where the raw fetch runs: the content script (same-origin endpoints) or the worker (CORS). */
  fetchContext: 'content' | 'background';
  /** Find the message open in `root` (a document or a frame's document) at location `loc`. */
  findOpenMessage(root: ParentNode, loc: LocationLike): OpenMessageLookup;
  /** Fetch the message's raw source. Expected failures are values, never exceptions. */
  fetchRaw(ref: MessageRef, env: FetchEnv): Promise<RawFetchResult>;
  /** The message list element to observe for new rows; null when no list is shown. */
  findList(root: ParentNode): Element | null;
  /** Inbox rows with their message ids (rows the adapter cannot map are left out). */
  listRows(root: ParentNode): InboxRow[];
  /** Where in a row the badge goes (e.g. the subject cell); the row itself when absent. */
  badgeAnchor?(row: Element): Element | null;
  /** authserv-ids of the provider's own Authentication-Results (RFC 8601 §5: trust only your own). */
  trustedAuthservIds: string[];
  /** The provider's own networks (CIDR), so its internal hops are not mistaken for the origin. */
  receiverNetworks?: string[];
  /**
   * How many bytes of the open message's response are read at most (lib/webmail/open-message.ts):
   * what a message just over the hashing limit takes in this adapter's answer. Default
   * MAX_OPEN_FETCH_BYTES, for adapters whose answer is the message itself; Outlook's is base64 in JSON.
   */
  openFetchBytes?: number;
  /** Page globals the adapter needs from a MAIN-world script; absent when the DOM is enough. */
  pageValues?: PageValueSpec;
}
