// A colleague's login submission to the reader's own box (lib/analyze.ts marks the origin
// `loginSubmission`: mail from inside, SPF and DMARC not applied). Each condition below is a way
// an outsider would otherwise borrow it (red-team rounds 28, 30); each shape a genuine login
// takes is in the real-mail rounds 19, 29, 31 and 32.
import { hostKey } from '../dns/name';
import { registrableDomain } from '../dns/registrable';
import { isSignUpDomain } from '../findings/freemail';
import { isInternalIp } from '../message/ip';
import { isLoopback } from '../message/origin-nat';
import { isReceiverHost } from '../message/receiver-hosts';
import { authenticatedSubmission, loginUsers, outsiderLogin } from '../message/submission';
import type { HeaderField, Hop } from '../types';

/**
 * A login submission to the reader's own box: `outsider` is the first login the box names that is
 * a user of another organisation than the From's, or (lib/engine/login-elsewhere.ts, on a box the
 * From's MX names) the bare user name the box recorded, which names no organisation (null: every
 * login named is a colleague's, or, on the firm's own box, bare or none).
 */
export interface LoginSubmission {
  outsider: string | null;
  /**
   * On a box the From's MX names (lib/engine/login-elsewhere.ts): the box's line records a login
   * but no user (Exim, Postfix's default), so nothing the box wrote says whose it was.
   */
  unrecorded?: boolean;
}

/**
 * The entry hop is a login submission to the reader's own box: its line, which the receiver wrote,
 * records an authenticated client (RFC 3848), and the box that took it is named under the From's
 * own registrable domain, which is no free-mail or sign-up domain. When the entry is a webmail's
 * `with HTTP` record of the author's browser, the login is the line above it: the webmail's own
 * submission to the box (rw29-nat-webmail-container-submits-to-mx). Also (red-team round 28):
 * - every line above the login is a local hand-off (no address, or the box's loopback: LMTP
 *   delivery, a content filter's re-injection; the box's own LMTP from an inner address, ownLmtp;
 *   the box handing on from its public address, boxRelay): behind a NAT a line above with an
 *   inner address may be an outsider the walk followed past it, who then writes the login line
 *   himself (rw29-nat-webmail-on-other-host-via-submission-relay stays pending for that);
 * - nothing was received before the login (no line below it but the webmail's own): a mail client
 *   writes no Received line, a relay that logs in to the box (an outsourced filter, a forwarder)
 *   does, and carries anyone's mail (probe28-login-by-authenticating-*);
 * - every login the receiver names (Postfix's `(Authenticated sender: user@domain)`; cPanel's Exim
 *   in its X-Authenticated-Sender / X-Get-Message-Sender-Via under the box's name,
 *   probe32-login-exim-cpanel-other-customer-ceo) is a user of the From's organisation: a customer
 *   of the same box logging in to write as the firm's CEO is not a colleague
 *   (probe28-login-other-domain-user-ceo; `outsider`, which the verdict row
 *   login-outside-organisation calls suspicious). A bare user name (`shopadm`) says nothing either way and
 *   is taken (probe32-login-bare-user-other-customer-ceo stays pending: colleagues log in so too);
 * - where the reader named the receiver (authserv-ids, `--recipient-domain`), the box is one of its
 *   hosts: a line of the bank's own submission server, alone in an appended message, is not the
 *   reader's (probe28-bank-login-line-no-receiver-line).
 * Behind a loopback proxy without the PROXY protocol every client is 127.0.0.1, and a line the
 * sender writes under the proxy's reads as the box's own (README, "What still fools").
 */
export function loginSubmission(
  hops: Hop[],
  entry: number | null,
  fromDomain: string | null,
  receivers: string[],
  headers: readonly HeaderField[] = [],
): LoginSubmission | null {
  if (!fromDomain) return null;
  const h = loginLine(hops, entry, headers);
  if (!h?.by) return null;
  const from = registrableDomain(hostKey(fromDomain));
  if (!from || isSignUpDomain(from) || registrableDomain(hostKey(h.by)) !== from) return null;
  // Every login named, in the line and in the box's own headers: the sender can add a colleague's
  // name to either (a HELO or a quoted envelope local part printed in the line, a header of his
  // own), never take the box's record of the real login away (probe35).
  const users = loginUsers(h, headers);
  if (receivers.length > 0 && !isReceiverHost(h.by, receivers)) return null;
  // A user of another organisation logged in and wrote as the firm (a customer of the same box, a
  // colleague whose client logs in with an addon domain's account: rw37): not a colleague's mail,
  // and not mail between organisations either (SPF at the client's home address means nothing for
  // a login). lib/analyze.ts reads it as a login and the verdict calls it suspicious, naming the login.
  return { outsider: outsiderLogin(users, fromDomain) };
}

/**
 * The login line a colleague's submission would be (loginSubmission's shape, whoever the box
 * belongs to): the entry's own line, or the line above a webmail's `with HTTP` record, records an
 * authenticated client; every line above it is a local hand-off or the box's own (Exchange's
 * servers included); nothing was received before it.
 */
export function loginLine(hops: Hop[], entry: number | null, headers: readonly HeaderField[]): Hop | null {
  if (entry === null) return null;
  const viaWebmail = /^https?$/i.test(hops[entry]?.with ?? '');
  const at = viaWebmail ? entry - 1 : entry;
  const h = hops[at];
  // A line the client's HELO ran into (probe39: `HELO EXCH01 with Microsoft SMTP Server via
  // Frontend Transport` printed by Postfix) says nothing the receiver wrote about a login.
  if (!h?.by || h.unreadable || !(authenticatedSubmission(h) || exchangeLogin(h, headers))) return null;
  // Exchange's own servers the message went through above the login (frontend, then mailbox).
  const exchangeBoxes = new Set([hostKey(h.by)]);
  // The hosts the message passed on its way up: the login's box, then each relay that handed it on
  // from its public address (submission host → MX gateway → mail store: real-mail round 113).
  const relays = new Set([hostKey(h.by)]);
  for (let i = at - 1; i >= 0; i--) {
    const a = hops[i]!;
    if (a.ip === null || isLoopback(a.ip) || ownLmtp(a, h.by)) continue;
    if (boxRelay(a, relays)) {
      relays.add(hostKey(a.by ?? ''));
      continue;
    }
    if (!exchangeOwnHandOff(a, exchangeBoxes, h.by)) return null;
    exchangeBoxes.add(hostKey(a.by ?? ''));
  }
  return hops.length - 1 === entry ? h : null;
}

/**
 * The box's own LMTP delivery to its mailbox store, from an inner address: Mailcow's Dovecot
 * container records Postfix's Docker address, Zimbra its own LAN address (LHLO the box's name;
 * rw31-login-mailcow-*, rw31-login-zimbra-*). Only the box speaks LMTP to its store, greeting as
 * itself.
 */
function ownLmtp(a: Hop, box: string): boolean {
  const host = hostKey(box);
  return /^lmtps?a?$/i.test(a.with ?? '') && hostKey(a.by ?? '') === host && hostKey(a.helo ?? '') === host;
}

/**
 * Exchange Server on premises (rw31-login-exchange-onprem-frontend-transport): its client frontend
 * records a login with no RFC 3848 word ("with Microsoft SMTP Server (…) … via Frontend Transport");
 * the login shows in the organisation headers Exchange stamps itself: AuthAs Internal, an
 * AuthMechanism, and AuthSource the box that took it. Exchange's header firewall removes the
 * sender's own X-MS-Exchange-Organization-* headers and stamps an anonymous client "Anonymous", so
 * one of each, saying so, is the box's own record; the entry line must be Exchange's frontend.
 */
function exchangeLogin(h: Hop, headers: readonly HeaderField[]): boolean {
  if (!/^Microsoft SMTP Server$/i.test(h.with ?? '')) return false;
  // Exchange's own words, after its `by` clause: `by <box> (<ip>) with Microsoft SMTP Server (…) id …
  // via Frontend Transport`, and no other MTA's mark there.
  const by = h.line.search(/\sby\s/i);
  const after = by === -1 ? '' : h.line.slice(by);
  if (
    !/^\s+by\s+\S+(?:\s+\([^()]{0,60}\))?\s+with\s+Microsoft SMTP Server\b[^;]*\bvia Frontend Transport\b/i.test(
      after,
    )
  )
    return false;
  const one = (key: string) => {
    const v = headers.filter((x) => x.key === key);
    return v.length === 1 ? v[0]!.value.trim() : null;
  };
  return (
    /^internal$/i.test(one('x-ms-exchange-organization-authas') ?? '') &&
    /^[0-9a-f]{2}$/i.test(one('x-ms-exchange-organization-authmechanism') ?? '') &&
    hostKey(one('x-ms-exchange-organization-authsource') ?? '') === hostKey(h.by ?? '')
  );
}

/**
 * Exchange handing the message on between its own servers above the login: between transport
 * services on one box (`from EXCH01 (10.20.0.11) by EXCH01 (10.20.0.11) with Microsoft SMTP
 * Server`, from the very address the box prints for itself), or from a server already passed to
 * another of the organisation's (`from EXCH01 (10.20.0.11) by EXCH02 (10.20.0.12)`: frontend to
 * mailbox server, rw38-exchange-onprem-two-servers-frontend-proxy) over inner addresses on both
 * sides. Greeting as a server already passed; an outsider is recorded from outside, and the
 * AuthAs stamps of exchangeLogin come from Exchange's header firewall, not the client.
 */
function exchangeOwnHandOff(a: Hop, passed: ReadonlySet<string>, box: string): boolean {
  if (!/^Microsoft SMTP Server$/i.test(a.with ?? '') || a.ip === null || a.unreadable) return false;
  const by = hostKey(a.by ?? '');
  if (!passed.has(hostKey(a.helo ?? '')) || registrableDomain(by) !== registrableDomain(hostKey(box)))
    return false;
  const own = /\bby\s+\S+\s+\(\[?([0-9a-f.:]{2,45})\]?\)/i.exec(a.line)?.[1]?.toLowerCase();
  if (own === undefined) return false;
  if (by === hostKey(a.helo ?? '')) return own === a.ip.toLowerCase();
  return isInternalIp(a.ip) && isInternalIp(own);
}

/**
 * The login's own box, or a relay it handed the message to, handing it on from its public address,
 * which the next host recorded and the walk passed as the receiver's own relay (online, only once
 * its reverse name led back to it): a submission host apart from the MX
 * (rw31-login-separate-submission-host-unsigned), then a gateway apart from the mail store
 * (realworld113-uni-subdomain-colleague-unsigned-box). An inner address is refused: behind a NAT
 * it may be anyone greeting with that name.
 */
function boxRelay(a: Hop, relays: ReadonlySet<string>): boolean {
  return (
    a.ip !== null &&
    !isInternalIp(a.ip) &&
    (relays.has(hostKey(a.rdns ?? '')) || relays.has(hostKey(a.helo ?? '')))
  );
}
