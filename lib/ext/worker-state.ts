// Pure mappings from analyses to what the popup and the inbox badges show.

import { suggestSiteAuthservId } from '../auth/site-trust';
import { findingTitle, summaryText } from '../i18n/findings';
import type { Analysis, Finding, Severity } from '../types';
import type { MessageSource, RowVerdict, SiteTrust, TabState, WebmailSite } from './messaging';
import { siteAuthservIds, type WorkerAnalysis } from './worker-analyze';
import type { WorkerSettings } from './worker-settings';
import { urlOrigin } from './worker-tabs';

export { urlOrigin };

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** The most severe finding (first in engine order among equals). */
export function topFinding(findings: Finding[]): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) if (!best || RANK[f.severity] < RANK[best.severity]) best = f;
  return best;
}

export function rowVerdict(messageId: string, analysis: Analysis): RowVerdict {
  const top = topFinding(analysis.findings);
  // The inbox badge's reason in the reader's language (the worker has browser.i18n).
  const reason = top && top.severity !== 'info' ? findingTitle(top) : summaryText(analysis);
  return { messageId, verdict: analysis.verdict, reason };
}

export function analysisState(
  source: MessageSource,
  result: WorkerAnalysis,
  settings?: Pick<WorkerSettings, 'siteAuthservIds'>,
): TabState {
  const siteTrust = settings ? siteTrustFor(source, result.analysis, settings) : null;
  return {
    kind: 'analysis',
    site: source.site,
    messageId: source.messageId,
    analysis: result.analysis,
    dnsUnreachable: result.dnsUnreachable,
    ...(siteTrust ? { siteTrust } : {}),
  };
}

/** What the popup says about a Roundcube site's trusted authserv-ids (null elsewhere). */
export function siteTrustFor(
  source: MessageSource,
  analysis: Analysis,
  settings: Pick<WorkerSettings, 'siteAuthservIds'>,
): SiteTrust | null {
  if (source.site !== 'roundcube' || !source.origin) return null;
  const ids = siteAuthservIds(source, settings);
  return { origin: source.origin, ids, suggestion: ids.length > 0 ? null : suggestSiteAuthservId(analysis) };
}

/**
 * A Roundcube source with its origin taken from the frame that sent it (the browser's record of
 * the sender), whatever the message said. Other sites carry no origin.
 */
export function withSenderOrigin(source: MessageSource, frameUrl: string | undefined): MessageSource {
  const { origin: _ignored, ...rest } = source;
  const origin = source.site === 'roundcube' ? senderOrigin(frameUrl) : null;
  return origin ? { ...rest, origin } : rest;
}

/** The http(s) origin of a sender's URL, or null. */
export function senderOrigin(url: string | undefined): string | null {
  const origin = urlOrigin(url);
  return origin?.startsWith('http') ? origin : null;
}

/**
 * A Roundcube script speaking for a site that is not enabled (any more): removing a site stops
 * its registration, but a tab opened before keeps the script until it reloads, and HeaderLens
 * must stop reading mail there at once.
 */
export function notEnabledSite(
  site: MessageSource['site'],
  senderUrl: string | undefined,
  settings: Pick<WorkerSettings, 'roundcubeSites'>,
): boolean {
  if (site !== 'roundcube') return false;
  const origin = senderOrigin(senderUrl);
  return origin === null || !settings.roundcubeSites.includes(origin);
}

export function webmailSite(site: MessageSource['site']): WebmailSite | null {
  return site === 'inspector' ? null : site;
}

/** A short, user-facing reason for an unexpected failure (the stack stays in the console). */
export function failureReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return `HeaderLens could not check this message (${text.slice(0, 200)}).`;
}
