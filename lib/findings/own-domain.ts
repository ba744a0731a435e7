// A forgery of the reader's own organisation, where its DMARC asks nothing (p=none, or no record)
// and the provider records no composite check (Gmail, Yahoo, a self-hosted box): the From is a
// domain the reader named as his own (Options → "Your organisation", --recipient-domain), nothing
// signed for it verifies, and our own SPF check fails outright for the organisation's own envelope
// (red-team round 85: the CEO, IT or payroll from a rented server, which read "unverified"), finds
// no record for it (a subdomain without one: probe87), or the envelope is another domain's sent by a
// server no known email service provider runs (the forger's own domain: probe86).
// Exchange Online's own record of the same (receiver-recorded-spoof) is read in receiver-record.ts.
//
// A mailing list rewrites the envelope to its own domain; an unsigned colleague's post through one
// that keeps From meets the rule, as the forger's own envelope would (its List-* fields, which
// anyone writes, excuse nothing), while a signed post keeps the list's excuse. Not for a message
// delivered inside the receiver, offline unless the provider's own proven record gives the SPF
// result, behind a forwarder the reader trusts, nor for a domain the message alone names as the
// reader's: the setting is the reader's own word. A plain forwarder that keeps the envelope (a
// .forward with no SRS) meets it: the accepted cost.
import { msg } from '../i18n/message';
import { parseMailboxes } from '../message/addresses';
import { dmarcState, hasAlignedPass, spfUnaskedBehindNat } from './auth-state';
import { sameOrg } from './domains';
import { firstHeaderLine, uniq } from './evidence';
import { listEvidence, listHost } from './list-evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

export const ownDomainRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const from = a.from?.domain;
  // Offline, the SPF result is the provider's own record: only where that header is proven the
  // provider's (above its entry line), as the composite checks it stands for are.
  if (!from || a.origin.insideReceiver || (a.mode !== 'online' && !a.provider?.proven)) return [];
  const own = (ctx.options.recipientDomains ?? []).find((d) => sameOrg(d, from));
  if (!own) return [];
  if (dmarcState(ctx).result === 'pass' || hasAlignedPass(ctx)) return [];
  // The organisation's own signature verifies once a list's changes are undone (lib/auth/
  // list-restore.ts): a colleague's post through a list that keeps From (real-mail round 87).
  // Only a post to that list: its signed To or Cc names the list (an address at the List-Id's or
  // List-Post's host); a signed reply to someone else replayed through the forger's own list, a
  // lure appended as its "footer", is no post (probe90).
  if (a.dkim.some((d) => d.aligned && d.listRestore) && addressedToList(ctx)) return [];
  const envelope = a.spf.domain;
  // Our own SPF check refuses the organisation's own envelope; or the envelope is another
  // domain's (the forger's own, whose SPF passes: probe86), sent by a server no known email
  // service provider runs (a SaaS sending for the organisation from its own ESP account without
  // the organisation's signature stays unverified).
  const ownEnvelope = !!envelope && sameOrg(envelope, from);
  const refused = ownEnvelope && a.spf.result === 'fail';
  // Or no SPF record of the organisation's own (sub)domain speaks for the server at all
  // (bounce@news.tidewater.example with no record: probe87; a broken record, permerror, authorises
  // nothing either: probe89); not a softfail, which forwarders that keep the envelope meet too.
  // Not where no server is recorded at all (a quota warning the box's own delivery agent wrote has
  // no Received line: real-mail round 86): our check then asked about no server.
  const unlisted =
    ownEnvelope &&
    (a.spf.result === 'none' || a.spf.result === 'neutral' || a.spf.result === 'permerror') &&
    a.origin.ip !== null;
  const foreign = !!envelope && !sameOrg(envelope, from) && a.origin.ip !== null && !a.origin.esp;
  // Behind the receiver's NAT or proxy no client address is recorded and our check cannot run: the
  // client greeted as a stranger through the NAT's address (lib/message/origin-nat.ts), and the
  // receiver cannot tell a colleague's server from the forger's (probe92). Nor can the receiver's
  // own SPF check, which saw the NAT's address too: its fail for the organisation's own envelope
  // names the refusal (probe88), and its pass speaks for nothing where the organisation's record
  // passes the NAT's address as well (ip4:10.0.0.0/8 passes it for anyone: probe94). Where our
  // check at that address does not pass, the receiver learnt the client another way (the PROXY
  // protocol) and its pass speaks for the server. A login through the NAT is a colleague's
  // (insideReceiver, above).
  const p = a.provider;
  const boxSpf = p?.proven && ownEnvelope ? p.spf : undefined;
  const behindNat = spfUnaskedBehindNat(a) && !(boxSpf === 'pass' && a.origin.natSpfPass !== true);
  const boxRefused = behindNat && (boxSpf === 'fail' || boxSpf === 'softfail');
  if (!refused && !unlisted && !foreign && !behindNat) return [];
  // A seal of a forwarder the reader trusts says the message was forwarded (arc.ts judges it).
  const forwarders = ctx.options.trustedForwarders ?? [];
  if (a.arc.result === 'pass' && a.arc.sealers.some((s) => forwarders.some((f) => sameOrg(f, s)))) return [];
  return [
    {
      id: 'own-domain-unauthenticated',
      severity: 'medium',
      ...texts(
        msg('finding_own_domain_unauthenticated_title', { domain: from }),
        refused || boxRefused
          ? msg('finding_own_domain_unauthenticated_detail', {
              domain: from,
              ip: a.spf.ip ?? a.origin.ip ?? a.origin.helo ?? a.origin.natAddress ?? '',
            })
          : behindNat
            ? msg('finding_own_domain_unauthenticated_nat_detail', {
                domain: from,
                address: a.origin.natAddress ?? '',
              })
            : unlisted
              ? msg('finding_own_domain_unauthenticated_unlisted_detail', {
                  domain: from,
                  envelope: envelope ?? '',
                  ip: a.spf.ip ?? a.origin.ip ?? '',
                })
              : msg('finding_own_domain_unauthenticated_foreign_detail', {
                  domain: from,
                  envelope: envelope ?? '',
                  ip: a.origin.ip ?? '',
                }),
      ),
      evidence: uniq([
        ...firstHeaderLine(ctx.message, 'from'),
        ...firstHeaderLine(ctx.message, 'return-path'),
      ]),
    },
  ];
};

/**
 * The message's To or Cc names the list it came through: its posting address, or an address at the
 * List-Id's own host (not merely its organisation: the forger's own mailbox there received the
 * genuine reply he replays, probe90).
 */
function addressedToList(ctx: Parameters<FindingRule>[0]): boolean {
  const list = listEvidence(ctx.message);
  if (!list) return false;
  const host = listHost(list).toLowerCase();
  return ctx.message.headers
    .filter((h) => h.key === 'to' || h.key === 'cc')
    .flatMap((h) => parseMailboxes(h.value))
    .some((m) => m.address.toLowerCase() === list.postAddress || m.domain === host);
}
