// A Received line the client's HELO name made unreadable (lib/message/received.ts): its brackets
// run into the receiver's record, or a line break in it cut the line short before "by". The hop
// that handed the message over has no IP, so SPF and the relay checks could not look at that server.
// Also: an entry recorded behind a NAT or proxy (entry-behind-nat).
import { msg } from '../i18n/message';
import type { Finding } from '../types';
import type { FindingRule } from './rule';
import { texts } from './text';

export const receivedRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const i = a.origin.hopIndex;
  const hop = i === null ? undefined : a.hops[i];
  if (hop && a.origin.natAddress) return [behindNat(a.origin.natAddress, a.origin.natDeclared === true, hop)];
  if (!hop?.unreadable) return [];
  const finding: Finding = {
    id: 'received-unreadable',
    severity: 'medium',
    ...texts(
      msg('finding_received_unreadable_title'),
      // A line with no "by" was cut short (a CRLF in the HELO), not run into by brackets.
      msg(hop.noBy ? 'finding_received_unreadable_no_by_detail' : 'finding_received_unreadable_detail'),
    ),
    evidence: [hop.line],
  };
  return [finding];
};

/**
 * The entry's client was recorded by a NAT's or proxy's address (lib/message/origin-nat.ts
 * unaddressedEntry): the receiver recorded an internal address for a client that greeted as a
 * stranger, or the user named that address a NAT. Low: DMARC decides without SPF; the finding says
 * why SPF had no address and what the user can do, pointing at the receiver's own line.
 */
function behindNat(address: string, declared: boolean, hop: { helo: string | null; line: string }): Finding {
  return {
    id: 'entry-behind-nat',
    severity: 'low',
    ...texts(
      msg('finding_entry_behind_nat_title'),
      declared
        ? msg('finding_entry_behind_nat_declared_detail', { address })
        : msg('finding_entry_behind_nat_detail', { address, helo: hop.helo ?? '?' }),
    ),
    evidence: [hop.line],
  };
}
