// Offline mode: no DNS. Our checks become what the user's own provider recorded in its trusted
// Authentication-Results (RFC 8601); with none, everything is 'none' and the verdict unverified.
import { spfIdentityDomain } from '../auth/spf';
import { registrableDomain } from '../dns/registrable';
import type { ArcCheck, AuthWord, DkimCheck, DmarcCheck, ProviderResults, SpfCheck } from '../types';

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
