// DMARC results that cannot be decided, not failed: a DNS fault on an aligned identifier, the
// reader's own MX lookup failing where the walk may have stopped at the reader's backup MX, a
// message collected from another mailbox (lib/analyze.ts applies them in turn).
import { hostKey } from '../dns/name';
import { alignedDnsFaults } from '../findings/auth-state';
import type { OriginHop } from '../message/origin';
import { isReceiverHost, receiverDomains } from '../message/receiver-hosts';
import type { DkimCheck, DmarcCheck, Hop, SpfCheck } from '../types';

/**
 * DMARC "fail" means no aligned identifier passed. If SPF or a DKIM key lookup for an aligned
 * domain failed temporarily, that identifier might have passed: the result is temperror, not fail
 * (RFC 7489 §6.6.2, RFC 7208 §2.6.6). Otherwise a DNS outage would brand real mail as spoofed.
 */
export function undecidedByDnsFault(dmarc: DmarcCheck, spf: SpfCheck, dkim: DkimCheck[]): DmarcCheck {
  if (dmarc.result !== 'fail') return dmarc;
  const faults = alignedDnsFaults({ spf, dkim });
  if (faults.length === 0) return dmarc;
  return {
    ...dmarc,
    result: 'temperror',
    info: `DMARC could not be decided: the ${faults.join(' and ')} check hit a temporary DNS error, so an aligned pass cannot be ruled out.`,
  };
}

/**
 * The origin hop's client name when the walk may have stopped at the reader's own backup MX: the
 * hop names its client by a reverse name (the one the walk would have matched against the MX
 * hosts) and was received by one of the receiver's own hosts (by its authserv-ids' domains). Null
 * otherwise (no name, no address, or a hop below another of the sender's).
 */
export function undecidedMxHop(hops: readonly Hop[], origin: OriginHop, trusted: string[]): string | null {
  if (origin.hopIndex === null || origin.ip === null || origin.insideReceiver) return null;
  const hop = hops[origin.hopIndex];
  if (!hop?.rdns || hop.unreadable || !isReceiverHost(hop.by, receiverDomains(trusted))) return null;
  return hostKey(hop.rdns) || null;
}

/**
 * The MX lookup of the reader's own domain failed (a DNS fault, not "no MX") and the walk stopped
 * at a named host handing over to the receiver: it may be the reader's own backup MX (a second
 * DuckDNS name, a hosting company's), which the walk passes when the MX records name it. With no
 * signature aligned with From, DMARC then rests on SPF at an address that may be the reader's own
 * relay: undecided (temperror), not a forgery (red-team round 129: the supplier's genuine invoice
 * through the backup read spoofed while the MX query timed out). An aligned signature decides
 * wherever the walk stops. A sender cannot make the reader's own zone fail to answer.
 */
export function undecidedByReceiverMx(
  dmarc: DmarcCheck,
  dkim: DkimCheck[],
  domain: string,
  host: string,
): DmarcCheck {
  if (dmarc.result !== 'fail' || dkim.some((d) => d.aligned)) return dmarc;
  return {
    ...dmarc,
    result: 'temperror',
    info: `DMARC could not be decided: the MX lookup of ${domain} hit a temporary DNS error, so whether ${host} is one of its own receiving servers (where SPF would not apply) cannot be told.`,
  };
}

/**
 * Collected from another mailbox whose provider's lines do not name the sending server
 * (lib/message/origin-fetch.ts): with no aligned signature, DMARC rests on an SPF check nothing in
 * the message lets us run, so a fail is undecided, not a forgery (rw35-gmail-pop3-isp-brand-mx-
 * unsigned). An aligned signature still decides.
 */
export function undecidedByFetch(dmarc: DmarcCheck, dkim: DkimCheck[]): DmarcCheck {
  if (dmarc.result !== 'fail' || dkim.some((d) => d.aligned)) return dmarc;
  return {
    ...dmarc,
    result: 'temperror',
    info: 'DMARC could not be decided: the message was collected from another mailbox, whose provider’s lines do not name the server that sent it there, and it carries no signature of its own domain.',
  };
}
