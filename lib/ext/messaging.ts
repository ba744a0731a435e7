// The one typed message map between the extension's parts (popup, content scripts, inspector →
// background). lib/ext/ is the only part of lib/ that touches the browser API.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { Analysis, Verdict } from '../types';
import type { WebmailChoice } from '../webmail/profiles';
import type { MessageRef, RawFetchResult } from '../webmail/types';
import type { ApprovalNote } from './approvals';
import { isExtensionPage } from './sender';
import type { SenderMemoryReply, SenderMemoryRequest } from './worker-memory';

/** This extension's base URL (chrome-extension://id/ or moz-extension://uuid/). */
function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}

export interface PingReply {
  ok: true;
  version: string;
  receivedAt: number;
}

/** Which webmail a content script runs in. */
export type WebmailSite = 'gmail' | 'outlook' | 'yahoo' | 'roundcube';

/** Where a raw message came from, and how faithful it is. */
export interface MessageSource {
  site: WebmailSite | 'inspector';
  /** The webmail's id for the message (cache key together with site). */
  messageId: string;
  /** False when the webmail only gave a re-rendered copy (e.g. Gmail's HTML view). */
  byteExact: boolean;
  /** The raw text holds one character per byte (its bytes are not UTF-8): analysed as those bytes. */
  latin1?: boolean;
  /** authserv-ids of the webmail's own provider (trusted Authentication-Results). */
  trustedAuthservIds: string[];
  /** The provider's own networks (hops from these are internal). */
  receiverNetworks?: string[];
  /** The whole message's size when the raw text sent is its header block only (over the hashing limit). */
  messageBytes?: number;
  /**
   * Roundcube: the site's origin, which picks the authserv-ids trusted there. The worker sets it
   * from the sending frame's URL (the browser's word, not the page's); a value sent in is ignored.
   */
  origin?: string;
  /** Inspector only: the webmail profile the user picked (`auto` by default); ignored for tabs,
   *  whose profile is their site's. */
  webmail?: WebmailChoice;
}

/** A self-hosted site's trusted authserv-ids, for the popup to show and change. */
export interface SiteTrust {
  origin: string;
  /** Trusted on this site (options, or "Trust" in the popup). */
  ids: string[];
  /** What the popup may offer when none is trusted (lib/auth/site-trust.ts), else null. */
  suggestion: string | null;
}

/** What the popup shows for a tab. */
export type TabState =
  | { kind: 'unsupported' }
  | { kind: 'no-message'; site: WebmailSite }
  | { kind: 'layout-changed'; site: WebmailSite; detail: string }
  | { kind: 'loading'; site: WebmailSite; messageId: string }
  | { kind: 'error'; site: WebmailSite; messageId: string | null; reason: string }
  | {
      kind: 'analysis';
      site: WebmailSite | 'inspector';
      messageId: string;
      analysis: Analysis;
      dnsUnreachable: boolean;
      /** Roundcube only. */
      siteTrust?: SiteTrust;
    };

/** Short answer for an inbox row badge. */
export interface RowVerdict {
  messageId: string;
  verdict: Verdict;
  /** First reason, for the badge tooltip. */
  reason: string;
}

/** Outcome of a cloud-feed refresh (options page). */
export interface CloudFeedReport {
  updatedAt: number;
  feeds: Array<{ kind: string; provider: string; ok: boolean; ranges?: number; error?: string }>;
}

export interface ProtocolMap {
  /** Options → worker: fetch the hosting providers' official range feeds and merge them. */
  refreshCloudFeeds(data: undefined): CloudFeedReport;
  /** Health check: the popup asks, the worker answers with its version. */
  ping(data: { sentAt: number }): PingReply;
  /** Content script → worker: the user opened (or left, raw === null and error === null) a message. */
  messageOpened(data: { source: MessageSource; raw: string | null; error: string | null }): TabState;
  /** Content script → worker: the page no longer shows a message, or its layout is not recognised. */
  pageState(data: { site: WebmailSite; state: 'no-message' | 'layout-changed'; detail?: string }): void;
  /** Content script → worker: analyse an inbox row's message (cached by site + id). */
  analyzeRow(data: { source: MessageSource; raw: string }): RowVerdict;
  /** Content script → worker: is a row's verdict already cached? */
  cachedRow(data: { site: WebmailSite; messageId: string }): RowVerdict | null;
  /** Popup → worker: the state of a tab. */
  getTabState(data: { tabId: number }): TabState;
  /** Inspector → worker: analyse a pasted/dropped message. */
  analyzeRaw(data: {
    raw: string;
    name?: string;
    /** authserv-ids the user chose to trust for this pasted message (its provider's), besides the options' ones. */
    trustedAuthservIds?: string[];
    /** Read as delivered by this webmail (`auto`: detect; default), lib/webmail/profiles.ts. */
    webmail?: WebmailChoice;
    /** The pasted text came from a view that re-encodes the message (e.g. Gmail's "Show original"). */
    notByteExact?: boolean;
    /** The whole file's size when `raw` is its header block only (over the hashing limit). */
    messageBytes?: number;
  }): TabState;
  /** Popup/options → worker: approve or un-approve a hosted server; returns the re-analysed tab state. */
  setServerApproval(data: {
    ip: string;
    approved: boolean;
    tabId?: number;
    /** What the approval was for (lib/ext/approvals.ts): shown in Options. */
    note?: ApprovalNote;
  }): TabState | null;
  /** Popup → worker: trust these authserv-ids on the tab's Roundcube site ([] = none); returns the re-analysed tab state. */
  setSiteTrust(data: { tabId: number; ids: string[] }): TabState | null;
  /**
   * Popup/options → worker (extension pages only: a trust decision): trust a mail gateway (a
   * domain such as `mimecast.com`, or a CIDR) as part of the user's mail system, or stop
   * (`trusted: false`); returns the tab re-analysed (null without a tab).
   */
  setGatewayTrust(data: { entry: string; trusted: boolean; tabId?: number }): TabState | null;
  /** Popup/options → worker (extension pages only): trust or stop trusting an ARC sealer domain as a forwarder. */
  setForwarderTrust(data: { domain: string; trusted: boolean; tabId?: number }): TabState | null;
  /** Yahoo content script → worker: fetch a raw message from Yahoo's API, a cross-origin endpoint
   *  only the worker's host permission reaches (lib/ext/yahoo-fetch.ts). */
  fetchYahooRaw(data: {
    ref: MessageRef;
    pageValues: Record<string, string>;
    maxBytes?: number;
  }): RawFetchResult;
  /** Content script → worker: the inbox-badge settings (content scripts cannot read storage.local). */
  badgeSettings(data: undefined): BadgeSettings;
  /** Options/popup → worker (extension pages only): read, switch, forget, import the sender memory. */
  senderMemory(data: SenderMemoryRequest): SenderMemoryReply;
}

/** What a content script needs to know of the user's settings. */
export interface BadgeSettings {
  /** Inbox badges on for this site. */
  enabled: boolean;
  showAll: boolean;
}

/**
 * Who may send each message. `extension-pages`: only the extension's own pages (popup, options,
 * inspector) — the message changes a setting, a trust decision, or reads another tab's state.
 * `content-scripts`: any extension context; the handler acts only on the sender's own tab and
 * frame and derives every trust input from the browser's record of the sender (lib/ext/sender.ts).
 * A new message must be declared here (the type requires it) and is checked in one place:
 * `onMessage` below.
 */
export const MESSAGE_ACCESS: Record<keyof ProtocolMap, 'extension-pages' | 'content-scripts'> = {
  refreshCloudFeeds: 'extension-pages',
  getTabState: 'extension-pages',
  analyzeRaw: 'extension-pages',
  setServerApproval: 'extension-pages',
  setSiteTrust: 'extension-pages',
  setGatewayTrust: 'extension-pages',
  setForwarderTrust: 'extension-pages',
  ping: 'content-scripts',
  messageOpened: 'content-scripts',
  pageState: 'content-scripts',
  analyzeRow: 'content-scripts',
  cachedRow: 'content-scripts',
  fetchYahooRaw: 'content-scripts',
  badgeSettings: 'content-scripts',
  senderMemory: 'extension-pages',
};

// No logger: @webext-core logs every message by default, raw mail included — in the webmail
// page's console from content scripts, and, with DevTools attached to the worker, a 4 MB message
// cost seconds of serialisation there (issue 18 §2).
const messaging = defineExtensionMessaging<ProtocolMap>({ logger: null as unknown as undefined });
export const sendMessage = messaging.sendMessage;

/**
 * Registers a handler that refuses senders the message's MESSAGE_ACCESS does not admit: the check
 * every handler gets, wherever it is registered. Returns the remover.
 */
export const onMessage: typeof messaging.onMessage = (type, handler) =>
  messaging.onMessage(type, (message) => {
    if (MESSAGE_ACCESS[type] === 'extension-pages' && !isExtensionPage(message.sender, extensionOrigin())) {
      throw new Error(`${String(type)} may only be sent by HeaderLens's own pages.`);
    }
    return handler(message);
  });
