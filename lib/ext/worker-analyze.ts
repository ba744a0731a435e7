// One analysis as the worker runs it: the user's settings and the webmail's facts become
// AnalyzeOptions; if DNS cannot be reached at all, the analysis is re-run offline (provider results
// only) and flagged, so the popup can say why nothing was re-checked.
import { MAX_HASHED_MESSAGE_BYTES } from '../auth/limits';
import type { Analysis, AnalyzeOptions } from '../types';
import { profileForSite } from '../webmail/profiles';
import { binaryBytes } from '../webmail/raw-bytes';
import type { MessageSource } from './messaging';
import { siteIdsIn } from './settings';
import { ReachabilityProbe, resolverFor } from './worker-resolver';
import type { WorkerSettings } from './worker-settings';

export type AnalyzeFn = (raw: string | Uint8Array, opts: AnalyzeOptions) => Promise<Analysis>;

export interface AnalyzeDeps {
  analyze: AnalyzeFn;
  /** Extra engine options the integrator wires in (relay classifier, IP-data version…). */
  engineOptions?: () => Partial<AnalyzeOptions> | Promise<Partial<AnalyzeOptions>>;
  /** Starts loading the engine without waiting (lib/ext/worker-engine.ts), before settings are read. */
  prepare?: () => void;
}

export interface WorkerAnalysis {
  analysis: Analysis;
  dnsUnreachable: boolean;
}

/** authserv-ids trusted on the source's own site (Roundcube), from the worker's settings. */
export function siteAuthservIds(
  source: MessageSource,
  settings: Pick<WorkerSettings, 'siteAuthservIds'>,
): string[] {
  if (source.site !== 'roundcube' || !source.origin) return [];
  return siteIdsIn(settings.siteAuthservIds, source.origin);
}

export function engineOptionsFor(source: MessageSource, settings: WorkerSettings): AnalyzeOptions {
  const trusted = [
    ...new Set([
      ...source.trustedAuthservIds,
      ...settings.extraAuthservIds,
      ...siteAuthservIds(source, settings),
    ]),
  ];
  return {
    trustedAuthservIds: trusted,
    receiverNetworks: source.receiverNetworks,
    // The user's own server's NAT: for Roundcube and the inspector only (a hosted webmail's
    // receiver is the provider's, whatever the user's own network looks like).
    ...((source.site === 'roundcube' || source.site === 'inspector') && settings.natNetworks.length > 0
      ? { natNetworks: settings.natNetworks }
      : {}),
    approvedServers: settings.approvedServers,
    approvedServerDomains: settings.approvedServerDomains,
    notByteExact: !source.byteExact,
    // The webmail's profile (lib/webmail/profiles.ts): for a webmail tab, the site's own, from the
    // worker's table; for the inspector, what the user picked there (default: detect).
    webmail:
      source.site === 'inspector' ? (source.webmail ?? 'auto') : (profileForSite(source.site) ?? 'none'),
    // Trust decisions from the options page or the popup (never from a content script).
    trustedGateways: settings.trustedGateways,
    trustedForwarders: settings.trustedForwarders,
    // The reader's own organisation, as named in Options (every webmail, the inspector too).
    ...(settings.organisationDomains.length > 0 ? { recipientDomains: settings.organisationDomains } : {}),
    ...(source.messageBytes ? { messageBytes: source.messageBytes } : {}),
    maxHashedBytes: MAX_HASHED_MESSAGE_BYTES,
  };
}

export async function analyzeWithSettings(
  raw: string,
  source: MessageSource,
  settings: WorkerSettings,
  deps: AnalyzeDeps,
): Promise<WorkerAnalysis> {
  const base: AnalyzeOptions = { ...(await deps.engineOptions?.()), ...engineOptionsFor(source, settings) };
  // A binary string (its bytes are not UTF-8) is analysed as those bytes; a character that is not
  // one byte means it is not what it claims: read as text, and not byte-exact.
  const bytes = source.latin1 ? binaryBytes(raw) : null;
  if (source.latin1 && !bytes) base.notByteExact = true;
  const input: string | Uint8Array = bytes ?? raw;
  const resolver = resolverFor(settings);
  if (!resolver) return { analysis: await deps.analyze(input, base), dnsUnreachable: false };
  const probe = new ReachabilityProbe(resolver);
  const online = await deps.analyze(input, { ...base, resolver: probe });
  if (!probe.allFailed) return { analysis: online, dnsUnreachable: false };
  return { analysis: await deps.analyze(input, base), dnsUnreachable: true };
}
