// hosted-server-relay (issue 4): the message entered the mail system from a server rented on a
// cloud/hosting network, not from an email service. Spoofers rent such servers by the hour; real
// companies almost always send through their mail provider or an ESP. We show the exact IP so the
// user can recognise (and approve) their own or a partner's server.
import { hostKey } from '../dns/name';
import { sameOwner } from '../dns/registrable';
import { msg } from '../i18n/message';
import { parseIp, recordsHold, reverseName } from '../relay/address';
import type { DnsLogEntry, Finding } from '../types';
import { originHopLine } from './evidence';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

export const hostedServerRule: FindingRule = (ctx) => {
  const o = ctx.analysis.origin;
  if (!o.hostedServer || !o.hosting || !o.ip) return [];
  const provider = o.hosting.provider;
  const network =
    o.asn !== null ? `AS${o.asn}${o.org ? ` (${o.org})` : ''}` : msg('finding_hosted_network', { provider });
  const own = ownServerEvidence(ctx.analysis);
  const finding: Finding = {
    id: 'hosted-server-relay',
    severity: own ? 'low' : 'medium',
    ...texts(
      msg('finding_hosted_server_relay_title', { provider, ip: o.ip }),
      msg('finding_hosted_server_relay_detail', { provider, ip: o.ip, network }),
    ),
    evidence: [...originHopLine(ctx), ...(own ?? [])],
  };
  return [finding];
};

/**
 * The From domain's own server on a cloud (groups.io's list servers on Linode), shown as the DNS
 * answers that prove it, or null. Both must hold:
 * - DMARC passed for the From domain (our own check, online): the mail is that domain's;
 * - the origin's reverse name is inside the From domain's organisation and forward-confirmed by
 *   the answers recorded for this message (the IP's PTR names it, its A/AAAA holds the IP).
 * The attacker controls its own domain's DNS, so for its own domain this proves nothing more than
 * DMARC already does; what it cannot do is make DMARC pass for someone else's domain AND point
 * that domain's reverse and forward names at its rented IP. A pass through SPF alone does not
 * lower it, however narrow the term: a single shared-hosting address in the victim's SPF is
 * passed by every other customer on that server (BreakSPF, 2024), and only the IP's holder sets
 * its PTR. Offline nothing can be confirmed: medium stays.
 */
function ownServerEvidence(a: RuleContext['analysis']): string[] | null {
  const o = a.origin;
  const from = a.from?.domain;
  if (a.mode !== 'online' || !from || !o.ip || !o.rdns) return null;
  if (a.dmarc.result !== 'pass' || !sameOwner(a.dmarc.domain, from)) return null;
  if (!sameOwner(o.rdns, from)) return null;
  return forwardConfirmed(a.dns, o.ip, o.rdns);
}

/** The recorded PTR and A/AAAA answers that confirm `name` for `ip`, or null when they do not. */
function forwardConfirmed(dns: DnsLogEntry[], ip: string, name: string): string[] | null {
  const addr = parseIp(ip);
  if (!addr) return null;
  const host = hostKey(name);
  const ptrName = reverseName(addr);
  const ptr = dns.find(
    (e) =>
      e.type === 'PTR' &&
      hostKey(e.name) === ptrName &&
      Array.isArray(e.answer) &&
      e.answer.some((r) => typeof r === 'string' && hostKey(r) === host),
  );
  const type = addr.v === 4 ? 'A' : 'AAAA';
  const forward = dns.find(
    (e) =>
      e.type === type && hostKey(e.name) === host && Array.isArray(e.answer) && recordsHold(e.answer, addr),
  );
  if (!ptr || !forward) return null;
  return [`PTR ${ptrName}: ${host}`, `${type} ${host}: ${ip}`];
}
