// hosted-server-relay (issue 4): the message entered the mail system from a server rented on a
// cloud/hosting network, not from an email service. Spoofers rent such servers by the hour; real
// companies almost always send through their mail provider or an ESP. We show the exact IP so the
// user can recognise (and approve) their own or a partner's server.
import type { Finding } from '../types';
import { originHopLine } from './evidence';
import type { FindingRule } from './rule';

export const hostedServerRule: FindingRule = (ctx) => {
  const o = ctx.analysis.origin;
  if (!o.hostedServer || !o.hosting || !o.ip) return [];
  const provider = o.hosting.provider;
  const network = o.asn !== null ? `AS${o.asn}${o.org ? ` (${o.org})` : ''}` : `${provider}'s network`;
  const finding: Finding = {
    id: 'hosted-server-relay',
    severity: 'medium',
    title: `Sent from a rented server on ${provider} (${o.ip})`,
    detail:
      `The first server outside your provider that handled this message is ${o.ip}, an address on ` +
      `${provider}'s cloud/hosting network ${network}. It is not one of the email services (such as ` +
      `Amazon SES, Microsoft 365, Gmail or SendGrid) that companies use to send mail. Anyone can rent a ` +
      `server there by the hour, which is how forged mail is often sent. If you know this server — ` +
      `your own, or a supplier's — mark ${o.ip} as recognised; otherwise be careful with links, ` +
      `attachments and payment requests in this message.`,
    evidence: originHopLine(ctx),
  };
  return [finding];
};
