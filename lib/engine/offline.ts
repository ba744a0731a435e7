// Offline mode: no DNS. Our checks become what the user's own provider recorded in its trusted
// Authentication-Results (RFC 8601); with none, everything is 'none' and the verdict unverified.
import { boxWords, gatewayJudged } from '../auth/authresults-provider';
import { spfIdentityDomain } from '../auth/spf';
import { registrableDomain } from '../dns/registrable';
import { namesAddress } from '../message/ip';
import type {
  ArcCheck,
  AuthWord,
  DkimCheck,
  DmarcCheck,
  GatewayInfo,
  ProviderResults,
  SpfCheck,
} from '../types';

interface OriginFacts {
  ip: string | null;
  helo: string | null;
}

const NOT_CHECKED = 'Offline mode: taken from your provider’s Authentication-Results, not re-checked.';

function orgOf(domain: string | null | undefined): string | null {
  if (!domain) return null;
  return registrableDomain(domain) ?? domain.toLowerCase();
}

function relaxedAligned(a: string | null | undefined, fromDomain: string | null): boolean {
  return !!a && !!fromDomain && orgOf(a) === orgOf(fromDomain);
}

export function offlineChecks(input: {
  provider: ProviderResults | null;
  fromDomain: string | null;
  envelopeFrom: string | null;
  origin: OriginFacts;
}): { spf: SpfCheck; dkim: DkimCheck[]; dmarc: DmarcCheck; arc: ArcCheck } {
  const { provider, fromDomain, envelopeFrom, origin } = input;
  const info = provider
    ? NOT_CHECKED
    : 'Offline mode and no trusted Authentication-Results: nothing was checked.';
  const spfDomain = spfIdentityDomain(envelopeFrom, origin.helo);
  const spfResult: AuthWord = provider?.spf ?? 'none';
  const spf: SpfCheck = {
    result: spfResult,
    domain: spfDomain,
    aligned: spfResult === 'pass' && relaxedAligned(spfDomain, fromDomain),
    ip: origin.ip,
    helo: origin.helo,
    envelopeFrom,
    mechanism: null,
    explanation: null,
    lookups: 0,
    info,
  };
  const dkim: DkimCheck[] = (provider?.dkim ?? []).map((d) => ({
    result: d.result,
    domain: d.domain ?? '',
    selector: d.selector ?? '',
    aligned: d.result === 'pass' && relaxedAligned(d.domain, fromDomain),
    algorithm: null,
    keyBits: null,
    cause: null,
    info,
    line: null,
  }));
  const dmarcResult: AuthWord = provider?.dmarc?.result ?? 'none';
  const policy = provider?.dmarc?.policy?.toLowerCase();
  const dmarc: DmarcCheck = {
    result: dmarcResult,
    policy: policy === 'none' || policy === 'quarantine' || policy === 'reject' ? policy : null,
    domain: fromDomain ?? '',
    orgDomain: orgOf(fromDomain),
    record: null,
    pct: null,
    alignment: null,
    passedBy:
      dmarcResult === 'pass'
        ? [
            ...(spf.aligned ? ['spf' as const] : []),
            ...(dkim.some((d) => d.aligned) ? ['dkim' as const] : []),
          ]
        : [],
    info,
  };
  const arc: ArcCheck = {
    result: provider?.arc ?? 'none',
    instances: 0,
    sealers: [],
    originalAuth: null,
    info,
  };
  return { spf, dkim, dmarc, arc };
}

const AT_GATEWAY =
  'Offline mode: your provider checked SPF at the address of the gateway you trust, not at the sender’s, and recorded no signature of the From domain: nothing here checks the sender.';

/**
 * Offline, behind a gateway the user trusts that wrote no results of its own: the provider's SPF
 * failure names the gateway's address (and not the sender's), so it and the DMARC failure resting
 * on it judged the gateway, never the sender (online the same disagreement is a low note:
 * lib/auth/authresults-provider.ts gatewayJudged). With no aligned DKIM pass recorded, nothing checked the
 * sender: SPF and DMARC are "none", the provider's header stays in the evidence. A genuine SPF-only
 * sender through the reader's own filter read spoofed offline
 * (rw50-filter-ec2-elastic-ip-32-postfix-box-spf-only-offline); a forgery through it
 * (probe43-trusted-gateway-passes-spoof-box-fails-at-gateway-offline) prints the same header and
 * reads unverified too: offline nothing tells them apart, and the box's fail was about the filter.
 */
export function offlineAtTrustedGateway(
  checks: { spf: SpfCheck; dkim: DkimCheck[]; dmarc: DmarcCheck },
  provider: ProviderResults | null,
  gateway: GatewayInfo | null | undefined,
  originIp: string | null,
): { spf: SpfCheck; dmarc: DmarcCheck } {
  const { spf, dkim, dmarc } = checks;
  const g = gateway;
  // The walk found the sender's address below the gateway (a gateway line that names no client
  // leaves the box's fail the only word there is: probe43-trusted-gateway-line-names-no-client-address).
  if (!g?.trusted || !g.ip || !originIp || !provider || dmarc.result !== 'fail') return { spf, dmarc };
  // Only a gateway that wrote no results of its own: where it did, its record decides
  // (providerWithGateway), and a record the client's HELO wrote into (probe51) leaves the box's
  // fail standing.
  if (g.resultsLines.length > 0) return { spf, dmarc };
  if (spf.result === 'pass' || spf.result === 'none') return { spf, dmarc };
  // The box's fail judged the gateway and not the sender (gatewayJudged), and says so: its own
  // words name the gateway's address.
  if (!gatewayJudged(provider, g, originIp)) return { spf, dmarc };
  if (!provider.lines.some((l) => namesAddress(boxWords(l), g.ip!))) return { spf, dmarc };
  if (dkim.some((d) => d.result === 'pass' && d.aligned)) return { spf, dmarc };
  return {
    spf: { ...spf, result: 'none', aligned: false, info: AT_GATEWAY },
    dmarc: { ...dmarc, result: 'none', passedBy: [], atTrustedGateway: g.ip, info: AT_GATEWAY },
  };
}
