// A Received line the client's HELO name made unreadable (lib/message/received.ts): its brackets
// run into the receiver's record, or a line break in it cut the line short before "by". The hop
// that handed the message over has no IP, so SPF and the relay checks could not look at that server.
import { msg } from '../i18n/message';
import type { Finding } from '../types';
import type { FindingRule } from './rule';
import { texts } from './text';

export const receivedRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const i = a.origin.hopIndex;
  const hop = i === null ? undefined : a.hops[i];
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
