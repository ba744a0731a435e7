// Yahoo's (and AOL's, on Yahoo's atlas hosts) delivery layout since 2021, as its delivered mail
// shows it (public raw messages of January, June and August 2025 to yahoo.com, December 2021 to
// aol.com), top down:
//   Received: from 127.0.0.1 by atlas-production.v2-mail-prod1-gq1.omega.yahoo.com pod-id … with HTTP
//     (AOL and older Yahoo clusters: `from 10.253.37.223 by atlas201.aol.mail.gq1.yahoo.com with HTTPS`)
//   Return-Path, X-Originating-Ip, Received-SPF, Yahoo's one Authentication-Results, X-Apparently-To,
//   X-YMailISG
//   Received: from <client address> (EHLO <name>) by <inner address> with SMTPs (version=…)
// The top line is the mailbox store's hand-off over HTTP inside Yahoo; the line under it is the
// entry, written by the inner MTA under its bare internal address, client address first.
import { hostKey } from '../dns/name';
import type { Hop } from '../types';
import { isInternalIp, normalizeIp } from './ip';
import { isReceiverHost } from './receiver-hosts';

/**
 * The inner MTA's line: `by` a bare internal address, `with SMTP` or `SMTPs`. Only Yahoo's entry
 * has been seen so; there Yahoo prints the client's address as the from-word and its EHLO argument
 * after it, as sent (lib/message/received.ts fromSide).
 */
export function innerAddressSmtpLine(by: string | null, withText: string | null): boolean {
  if (by === null || withText === null || !/^SMTPS?$/i.test(withText)) return false;
  const ip = normalizeIp(by);
  return ip !== null && isInternalIp(ip);
}

/**
 * The entry below Yahoo's atlas hand-off (probe52-yahoo-omega-pod-id-*): hop `i` is the top line,
 * written by an atlas host of the receiver's own domains `with HTTP`/`HTTPS` from an internal or
 * loopback address it names by that address alone, and the line right under it is the inner MTA's
 * network delivery from a public client. That line is the entry. The omega clusters hand off from
 * 127.0.0.1, not from the address the entry line is written by (as AOL's from 10.253.37.223 over
 * `by 10.253.37.223`), so the NAT rule (lib/message/origin-nat.ts unaddressedEntry) took the
 * hand-off for a stranger behind a NAT and Yahoo's own header below it for a forgery.
 * The sender writes nothing above Yahoo's entry line: only the very line under the top one is
 * taken; a chain of another shape keeps the walk's other rules.
 */
export function atlasHandOffEntry(
  hops: Hop[],
  i: number,
  domains: string[],
  internal: (hop: Hop) => boolean,
  nat: (hop: Hop) => boolean,
): number | null {
  const top = hops[i];
  const below = hops[i + 1];
  if (i !== 0 || !top || !below || top.unreadable) return null;
  if (top.ip === null || !internal(top) || top.rdns !== null || top.with === null) return null;
  if (!/^HTTPS?$/i.test(top.with) || !isReceiverHost(top.by, domains)) return null;
  if (!/^atlas/.test(hostKey(top.by ?? ''))) return null;
  // Named by its address alone: `from 127.0.0.1 by …`, no comment, no name.
  if (top.helo === null || normalizeIp(top.helo) !== top.ip) return null;
  // The line right under the hand-off is Yahoo's own entry: nothing the sender writes sits there.
  // An EHLO argument that leaves Yahoo's `(EHLO …` comment open, or writes clauses of its own, makes
  // that line unreadable (probe54-yahoo-omega-ehlo-*): it is still the entry, with no address
  // taken from it, so that Yahoo's own header above it is read (its fail decides offline), not
  // called forged behind a NAT. Only Yahoo's head, its client's public address first.
  if (below.unreadable) return yahooEntryHead(below.line) ? i + 1 : null;
  if (!innerAddressSmtpLine(below.by, below.with)) return null;
  if (below.ip === null || internal(below) || nat(below)) return null;
  return i + 1;
}

/** Yahoo's inner MTA's line as it starts: `from <public address> (EHLO `. */
function yahooEntryHead(line: string): boolean {
  const m = /^\s*(?:Received:\s*)?from\s+([0-9a-f.:]+)\s+\(EHLO\s/i.exec(line.slice(0, 200));
  const ip = m ? normalizeIp(m[1]!) : null;
  return ip !== null && !isInternalIp(ip);
}
