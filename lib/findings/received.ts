// A Received line the client's HELO name made unreadable (lib/message/received.ts): the hop that
// handed the message over has no IP, so SPF and the relay checks could not look at that server.
import type { Finding } from '../types';
import type { FindingRule } from './rule';

export const receivedRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const i = a.origin.hopIndex;
  const hop = i === null ? undefined : a.hops[i];
  if (!hop?.unreadable) return [];
  const finding: Finding = {
    id: 'received-unreadable',
    severity: 'medium',
    title: 'The line recording the sending server cannot be read unambiguously',
    detail:
      'The name the sending server introduced itself with (its HELO) contains brackets or parentheses that run into the part your provider wrote about the connection. Read one way or another, the sender would choose the address that gets checked, so HeaderLens takes none: SPF and the server checks could not be done. Legitimate mail servers do not introduce themselves like this.',
    evidence: [hop.line],
  };
  return [finding];
};
