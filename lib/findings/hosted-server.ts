// hosted-server-relay (issue 4): the message entered the mail system from a server rented on a
// cloud/hosting network, not from an email service. Spoofers rent such servers by the hour; real
// companies almost always send through their mail provider or an ESP. We show the exact IP so the
// user can recognise (and approve) their own or a partner's server.
import { msg } from '../i18n/message';
import type { Finding } from '../types';
import { originHopLine } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

export const hostedServerRule: FindingRule = (ctx) => {
  const o = ctx.analysis.origin;
  if (!o.hostedServer || !o.hosting || !o.ip) return [];
  const provider = o.hosting.provider;
  const network =
    o.asn !== null ? `AS${o.asn}${o.org ? ` (${o.org})` : ''}` : msg('finding_hosted_network', { provider });
  const finding: Finding = {
    id: 'hosted-server-relay',
    severity: 'medium',
    ...texts(
      msg('finding_hosted_server_relay_title', { provider, ip: o.ip }),
      msg('finding_hosted_server_relay_detail', { provider, ip: o.ip, network }),
    ),
    evidence: originHopLine(ctx),
  };
  return [finding];
};
