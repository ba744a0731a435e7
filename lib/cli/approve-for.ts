// --approve IP (every message from that server, as approvals stored before the domain was kept)
// and --approve-for IP=DOMAIN (mail from DOMAIN's organisation only, as the popup stores an
// approval given on a message: lib/engine/relay-facts.ts approvedFor). Repeatable; the same IP may
// carry several domains. An IP also given with --approve is approved for every message.
import type { AnalyzeOptions } from '../types';
import { UsageError } from './usage';

export function parseApprovals(
  approve: string[],
  approveFor: string[],
): Pick<AnalyzeOptions, 'approvedServers' | 'approvedServerDomains'> {
  const domains: Record<string, string[]> = {};
  for (const v of approveFor) {
    const eq = v.indexOf('=');
    const ip = eq > 0 ? v.slice(0, eq).trim() : '';
    const domain = eq > 0 ? v.slice(eq + 1).trim() : '';
    if (!ip || !domain) throw new UsageError(`--approve-for takes IP=DOMAIN, not "${v}"`);
    if (approve.includes(ip)) continue;
    domains[ip] = [...(domains[ip] ?? []), domain];
  }
  const approvedServers = [...new Set([...approve, ...Object.keys(domains)])];
  return Object.keys(domains).length > 0
    ? { approvedServers, approvedServerDomains: domains }
    : { approvedServers };
}
