// The background service worker's wiring: answers the typed messages of lib/ext/messaging.ts,
// caches analyses, keeps each tab's state and its toolbar badge. browser.* is touched only inside
// functions (WXT imports this file in Node at build time).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { hostLikeAuthservId } from '../auth/site-trust';
import { t } from '../i18n';
import { normalizeIp } from '../message/ip';
import { isWebmailChoice, type WebmailChoice } from '../webmail/profiles';
import { type ApprovalNote, noteApproval } from './approvals';
import { applyBadge } from './badge';
import { refreshCloudFeeds } from './cloud-feeds';
import type { BadgeSettings, MessageSource, RowVerdict, TabState, WebmailSite } from './messaging';
import { approvedServersItem, inboxBadgesItem, setSiteIds, showAllBadgesItem } from './settings';
import { setForwarderTrust, setGatewayTrust } from './trust-lists';
import { type AnalyzeDeps, analyzeWithSettings, type WorkerAnalysis } from './worker-analyze';
import { AnalysisCache } from './worker-cache';
import { handleSenderMemory, withSenderMemory } from './worker-memory';
import { readSettings, type WorkerSettings } from './worker-settings';
import { siteOfUrl, sourceFromSender } from './worker-sites';
import {
  analysisState,
  failureReason,
  notEnabledSite,
  rowVerdict,
  webmailSite,
  withSenderOrigin,
} from './worker-state';
import { tabClosed, tabNavigated } from './worker-tab-events';
import { readTab, readTabState, showsMessage, writeTab } from './worker-tabs';
import { startWiring, type WorkerCore } from './worker-wiring';
import { answerYahooFetch } from './yahoo-fetch';

export interface Worker {
  analyzeSource(raw: string, source: MessageSource): Promise<WorkerAnalysis>;
  messageOpened(
    data: { source: MessageSource; raw: string | null; error: string | null },
    tab: Sender,
  ): Promise<TabState>;
  pageState(
    data: { site: WebmailSite; state: 'no-message' | 'layout-changed'; detail?: string },
    tab: Sender,
  ): Promise<void>;
  analyzeRow(data: { source: MessageSource; raw: string }, from?: Sender): Promise<RowVerdict>;
  cachedRow(data: { site: WebmailSite; messageId: string }, from?: Sender): Promise<RowVerdict | null>;
  getTabState(tabId: number): Promise<TabState>;
  analyzeRaw(data: {
    raw: string;
    name?: string;
    trustedAuthservIds?: string[];
    webmail?: WebmailChoice;
    notByteExact?: boolean;
    messageBytes?: number;
  }): Promise<TabState>;
  setServerApproval(data: {
    ip: string;
    approved: boolean;
    tabId?: number;
    note?: ApprovalNote;
  }): Promise<TabState | null>;
  setSiteTrust(data: { tabId: number; ids: string[] }): Promise<TabState | null>;
  setGatewayTrust(data: { entry: string; trusted: boolean; tabId?: number }): Promise<TabState | null>;
  setForwarderTrust(data: { domain: string; trusted: boolean; tabId?: number }): Promise<TabState | null>;
  badgeSettings(from?: Sender): Promise<BadgeSettings>;
  tabNavigated(tabId: number, url: string): Promise<void>;
  tabClosed(tabId: number): Promise<void>;
}

/**
 * Who sent a message: the tab (id, page URL) and the frame's own URL (Roundcube's preview is an
 * iframe), as the browser recorded them. `contentScript`: the sender is a content script, whose
 * payload decides nothing about trust (lib/ext/worker-sites.ts). Direct calls (tests) and the
 * extension's own pages leave it unset and are taken at their word.
 */
export interface Sender {
  id?: number;
  url?: string;
  frameUrl?: string;
  contentScript?: boolean;
}

/** The URL of the frame that sent a message (the tab's when unknown): it names the site. */
function frameOf(sender: Sender): string | undefined {
  return sender.frameUrl ?? sender.url;
}

/**
 * The source to analyse for a message from `from`: a content script's site, trusted ids and
 * networks come from its frame's URL and the stored settings; an extension page's are its own.
 * Null: a content script that speaks for no enabled webmail, or for another site than its own.
 */
function trustedSource(sent: MessageSource, from: Sender, settings: WorkerSettings): MessageSource | null {
  if (from.contentScript) return sourceFromSender(sent, frameOf(from), settings);
  return withSenderOrigin(sent, frameOf(from));
}

/** Cache key part for a source: the site and, when known, its origin (two Roundcubes never share). */
function cacheSite(source: MessageSource): string {
  return source.origin ? `${source.site}@${source.origin}` : source.site;
}

/** Inbox rows are judged without DNS (privacy: a row not opened must not tell the sender it was seen). */
const ROW = '\u0000row';

/**
 * `deps`: the engine. The extension passes one loaded on first use (lib/ext/worker-engine.ts), so
 * this file imports no part of it: a wake costs only the wiring.
 */
export function createWorker(engine: AnalyzeDeps): Worker {
  // The sender memory reads its snapshot before and learns after each analysis (worker-memory.ts).
  const deps = withSenderMemory(engine);
  const cache = new AnalysisCache();

  async function analyzeSource(
    raw: string,
    source: MessageSource,
    known?: WorkerSettings,
  ): Promise<WorkerAnalysis> {
    return (await analyzeWithState(raw, source, known)).result;
  }

  /** `known`: the settings the caller already read for this message (read here otherwise). */
  async function analyzeWithState(raw: string, source: MessageSource, known?: WorkerSettings) {
    deps.prepare?.();
    const settings = known ?? (await readSettings());
    const result = await cache.get(cacheSite(source), source.messageId, settings, () =>
      analyzeWithSettings(raw, source, settings, deps),
    );
    return { result, state: analysisState(source, result, settings) };
  }

  /**
   * An inbox row: the full analysis if the user opened the message before, else one from the
   * provider's trusted results, the bundled IP data and nothing else — no DNS query for a name the
   * sender chose (a per-recipient DKIM selector would tell the sender the inbox was viewed).
   */
  async function analyzeRowSource(raw: string, source: MessageSource, settings: WorkerSettings) {
    const full = await cache.peek(cacheSite(source), source.messageId, settings.stamp);
    if (full) return full;
    const offline: WorkerSettings = { ...settings, dnsMode: 'offline' };
    return cache.get(cacheSite(source), source.messageId + ROW, settings, () =>
      analyzeWithSettings(raw, source, offline, deps),
    );
  }

  /** A tab whose Roundcube site the user removed: nothing is read there; the popup says so. */
  async function leftSite(tab: Sender): Promise<TabState> {
    const state: TabState = { kind: 'unsupported' };
    if (tab.id !== undefined) {
      await writeTab(tab.id, { state, url: tab.url });
      await applyBadge(tab.id, null);
    }
    return state;
  }

  /** Analyses for a tab, writing the result only if the tab still shows that message. */
  async function analyseForTab(
    tabId: number,
    raw: string,
    source: MessageSource,
    known?: WorkerSettings,
  ): Promise<TabState> {
    let state: TabState;
    try {
      state = (await analyzeWithState(raw, source, known)).state;
    } catch (err) {
      console.error('HeaderLens: analysis failed', err);
      const site = webmailSite(source.site);
      state = site
        ? { kind: 'error', site, messageId: source.messageId, reason: failureReason(err) }
        : { kind: 'unsupported' };
    }
    const current = await readTab(tabId);
    if (showsMessage(current?.state, source.site, source.messageId)) {
      await writeTab(tabId, { ...current, state, source, raw });
      await applyBadge(tabId, state.kind === 'analysis' ? state.analysis.verdict : null);
    }
    return state;
  }

  /** The tab's message analysed again under the settings just changed (null without a tab). */
  async function reanalyseTab(tabId: number | undefined): Promise<TabState | null> {
    if (typeof tabId !== 'number') return null;
    const record = await readTab(tabId);
    if (!record?.raw || !record.source) return record?.state ?? null;
    return analyseForTab(tabId, record.raw, record.source);
  }

  return {
    analyzeSource,

    async messageOpened({ source: sent, raw, error }, tab) {
      if (raw !== null) deps.prepare?.();
      const settings = await readSettings();
      const source = trustedSource(sent, tab, settings);
      // A removed Roundcube site (its script lives on until the tab reloads): stop reading there.
      if (!source && sent?.site === 'roundcube') return leftSite(tab);
      if (!source) throw new Error('HeaderLens does not read mail on this page.');
      const site = webmailSite(source.site);
      // Only the inspector has no webmail; it keeps no tab state.
      if (site === null) {
        return raw === null ? { kind: 'unsupported' } : (await analyzeWithState(raw, source, settings)).state;
      }
      if (notEnabledSite(site, frameOf(tab), settings)) return leftSite(tab);
      if (raw === null) {
        const state: TabState =
          error !== null
            ? { kind: 'error', site, messageId: source.messageId || null, reason: error }
            : { kind: 'no-message', site };
        if (tab.id !== undefined) {
          await writeTab(tab.id, { state, url: tab.url });
          await applyBadge(tab.id, null);
        }
        return state;
      }
      if (tab.id === undefined) return (await analyzeWithState(raw, source, settings)).state;
      await writeTab(tab.id, { state: { kind: 'loading', site, messageId: source.messageId }, url: tab.url });
      await applyBadge(tab.id, null);
      return analyseForTab(tab.id, raw, source, settings);
    },

    async pageState({ site, state, detail }, tab) {
      if (tab.id === undefined) return;
      // Only a Roundcube report, or one from a content script, needs the settings.
      if (site === 'roundcube' || tab.contentScript) {
        const settings = await readSettings();
        if (site === 'roundcube' && notEnabledSite(site, frameOf(tab), settings)) {
          await leftSite(tab);
          return;
        }
        // A content script speaks only for its own site.
        if (tab.contentScript && siteOfUrl(frameOf(tab), settings)?.site !== site) return;
      }
      const next: TabState =
        state === 'no-message'
          ? { kind: 'no-message', site }
          : { kind: 'layout-changed', site, detail: detail ?? t('state_layout_changed_detail') };
      await writeTab(tab.id, { state: next, url: tab.url });
      await applyBadge(tab.id, null);
    },

    async analyzeRow({ source, raw }, from = {}) {
      deps.prepare?.();
      const settings = await readSettings();
      if (notEnabledSite(source.site, frameOf(from), settings)) {
        throw new Error('HeaderLens is not enabled on this Roundcube site.');
      }
      const own = trustedSource(source, from, settings);
      if (!own) throw new Error('HeaderLens does not read mail on this page.');
      return rowVerdict(own.messageId, (await analyzeRowSource(raw, own, settings)).analysis);
    },

    async cachedRow({ site, messageId }, from = {}) {
      const settings = await readSettings();
      if (notEnabledSite(site, frameOf(from), settings)) return null;
      const own = trustedSource(
        { site, messageId, byteExact: false, trustedAuthservIds: [] },
        from,
        settings,
      );
      if (!own) return null;
      const key = cacheSite(own);
      const hit =
        (await cache.peek(key, messageId, settings.stamp)) ??
        (await cache.peek(key, messageId + ROW, settings.stamp));
      return hit ? rowVerdict(messageId, hit.analysis) : null;
    },

    async badgeSettings(from = {}) {
      const site = siteOfUrl(frameOf(from), await readSettings())?.site;
      const [enabled, showAll] = await Promise.all([
        inboxBadgesItem.getValue(),
        showAllBadgesItem.getValue(),
      ]);
      return { enabled: site !== undefined && enabled?.[site] !== false, showAll: showAll === true };
    },

    async getTabState(tabId) {
      return readTabState(tabId);
    },

    async analyzeRaw({ raw, trustedAuthservIds = [], webmail, notByteExact = false, messageBytes }) {
      // Pasted text has no webmail id: the content (and how the user asked to read it) is the key.
      const trusted = [...new Set(trustedAuthservIds.map((id) => id.toLowerCase()))].sort();
      // Only a known profile name passes; anything else is read as `auto`.
      const profile: WebmailChoice =
        typeof webmail === 'string' && isWebmailChoice(webmail) ? webmail : 'auto';
      const exact = notByteExact !== true;
      const key = `${trusted.join(',')}\n${profile}\n${exact ? 'exact' : 'reencoded'}\n${raw}`;
      const source: MessageSource = {
        site: 'inspector',
        messageId: `sha256:${bytesToHex(sha256(utf8ToBytes(key))).slice(0, 32)}`,
        byteExact: exact,
        trustedAuthservIds: trusted,
        webmail: profile,
        ...(typeof messageBytes === 'number' && messageBytes > raw.length ? { messageBytes } : {}),
      };
      return (await analyzeWithState(raw, source)).state;
    },

    async setServerApproval({ ip: sentIp, approved, tabId, note }) {
      // Only an IP literal, in its canonical form: the list is matched against hop addresses.
      const ip = typeof sentIp === 'string' ? normalizeIp(sentIp.trim()) : null;
      if (ip === null) throw new Error('Only an IP address can be approved.');
      const list = await approvedServersItem.getValue();
      const next = approved
        ? [...new Set([...list, ip])]
        : list.filter((x) => x !== ip && normalizeIp(x) !== ip);
      // What an approval covers (its From domains) is written before the IP joins the list and
      // forgotten after it left: a settings read in between never sees the IP approved for
      // every message (lib/ext/approvals.ts).
      const wasApproved = list.some((x) => x === ip || normalizeIp(x) === ip);
      if (approved) await noteApproval(ip, true, note, new Date(), { replace: !wasApproved });
      await approvedServersItem.setValue(next);
      if (!approved) await noteApproval(ip, false, note);
      if (tabId === undefined) return null;
      const record = await readTab(tabId);
      if (!record?.raw || !record.source) return record?.state ?? null;
      return analyseForTab(tabId, record.raw, record.source);
    },

    async setSiteTrust({ tabId, ids }) {
      const record = await readTab(tabId);
      const origin = record?.source?.site === 'roundcube' ? record.source.origin : undefined;
      if (!record || !origin) return record?.state ?? null;
      // The ids come from the popup, which took them from a header: only host names are kept.
      const clean = [...new Set(ids.map(hostLikeAuthservId).filter((id): id is string => id !== null))];
      await setSiteIds(origin, clean);
      if (!record.raw || !record.source) return record.state;
      return analyseForTab(tabId, record.raw, record.source);
    },

    async setGatewayTrust({ entry, trusted, tabId }) {
      const r = await setGatewayTrust(entry, trusted);
      if (!r.ok) throw new Error(r.error);
      return reanalyseTab(tabId);
    },

    async setForwarderTrust({ domain, trusted, tabId }) {
      const r = await setForwarderTrust(domain, trusted);
      if (!r.ok) throw new Error(r.error);
      return reanalyseTab(tabId);
    },

    tabNavigated,
    tabClosed,
  };
}

/**
 * The part of the worker background.js loads on demand (/worker-core.js, lib/ext/worker-engine.ts):
 * the analyses and everything that reads settings, the cache or the sender memory.
 */
export function createWorkerCore(engine: AnalyzeDeps): WorkerCore {
  return {
    worker: createWorker(engine),
    fetchYahooRaw: (data, senderUrl, tabUrl) =>
      answerYahooFetch(data, senderUrl, (input, init) => fetch(input, init), tabUrl),
    senderMemory: handleSenderMemory,
    refreshCloudFeeds: () => refreshCloudFeeds(),
  };
}

/** Registers every handler with the core built at once (tests); returns the remover. */
export function startWorker(engine: AnalyzeDeps): () => void {
  const core = createWorkerCore(engine);
  return startWiring(async () => core);
}
