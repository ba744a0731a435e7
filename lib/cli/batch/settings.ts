// What every message of a batch is analysed and printed with. Plain data: it is handed to each
// worker thread as it is (workerData), and both the workers and the in-process path build their
// AnalyzeOptions from it the same way, so --jobs never changes a result.

import type { Language } from '../../i18n';
import type { Classifier } from '../../relay/classify';
import type { AnalyzeOptions, Resolver, WebmailProfileName } from '../../types';

export type BatchFormat = 'line' | 'json' | 'csv' | 'md';

export interface BatchSettings {
  format: BatchFormat;
  redact: boolean;
  /** Analyse the attached original (message/rfc822) instead of the message itself. */
  attached: boolean;
  offline: boolean;
  trustedAuthservIds: string[];
  approvedServers: string[];
  /** `--approve-for IP=DOMAIN`: the organisations each of those servers is approved for. */
  approvedServerDomains?: Record<string, string[]>;
  recipientDomains: string[];
  /** `--nat-address`: a NAT or proxy in front of the receiver (AnalyzeOptions.natNetworks). */
  natNetworks: string[];
  trustedForwarders: string[];
  trustedGateways: { domains: string[]; networks: string[] } | null;
  webmail?: WebmailProfileName | 'auto' | 'none';
  notByteExact: boolean;
  /** `--lang`: the lines, the summary and the triage report in that language (null: English). */
  lang: Language | null;
  /** `HEADERLENS_NOW`, read and checked once by the command (lib/cli/io.ts analysisClock). */
  now?: string;
}

export function analyzeOptions(
  s: BatchSettings,
  resolver: Resolver | undefined,
  classifier: Classifier | null,
): AnalyzeOptions {
  return {
    resolver: s.offline ? undefined : resolver,
    trustedAuthservIds: s.trustedAuthservIds,
    approvedServers: s.approvedServers,
    ...(s.approvedServerDomains ? { approvedServerDomains: s.approvedServerDomains } : {}),
    recipientDomains: s.recipientDomains,
    natNetworks: s.natNetworks,
    trustedForwarders: s.trustedForwarders,
    ...(s.trustedGateways ? { trustedGateways: s.trustedGateways } : {}),
    classifyIp: classifier ?? undefined,
    ipDataVersion: classifier?.source,
    webmail: s.webmail,
    notByteExact: s.notByteExact,
    ...(s.now ? { now: new Date(s.now) } : {}),
    attached: s.attached,
  };
}
