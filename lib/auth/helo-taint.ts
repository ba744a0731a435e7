// The HELO a Received line prints is the sender's text, and receivers copy it into their own
// Authentication-Results (rspamd's and policyd-spf's smtp.helo=, the SPF comment): a HELO holding a
// character no host name or address literal has is writing into those headers (probe47, probe48,
// probe50, probe51). lib/auth/authresults.ts reads the receiver's entry line with it,
// lib/auth/gateway-results.ts a trusted gateway's line about its client.
import { normalizeIp } from '../message/ip';

/** MDaemon's own by clause: `by <host> (MDaemon …)`. */
const MDAEMON_BY = /\sby\s+[^\s()]+\s+\(MDaemon\b/gi;
/** What MDaemon writes before its by clause: the HELO word, and perhaps one `(<name> [ip])`. */
const MDAEMON_FROM = /^[^\s;()"\\]+(?:\s+\([^\s;()"\\[\]]*\s*\[(?:IPv6:)?[0-9A-Fa-f:.]+\]\))?$/;

/**
 * Whether the HELO a Received line prints holds a character no host name or address literal has.
 * The HELO is what the line prints between `from` and its client comment, the one holding the
 * client's `[ip]`: its last `[ip]` (a HELO may write `(` and even `[ip]` of its own:
 * probe48-policyd-spf-helo-paren-first-*, `a(b);dmarc=pass …`). Before it, only the HELO and the
 * comment's opening `(` (and a reverse name, Sendmail's `user@`, Cisco's `(HELO name)`, Yahoo's
 * `(EHLO name)`) are the receiver's layout:
 * a `;`, `)`, `"` or `\\`, or a second `(`, is the sender's. Without that address in the line, the
 * text before the first `(` (or the line's last `;`) is read.
 */
export function heloWrites(received: string, ip: string | null): boolean {
  const m = /^\s*from\s+/i.exec(received);
  if (!m) return false;
  const rest = received.slice(m[0].length);
  const at = ip ? clientLiteralAt(rest, ip) : -1;
  // MDaemon names its client by the HELO alone (its address goes in an X-MDRemoteIP row), or, in
  // newer versions, by the HELO and one `(<name> [ip])` comment (realworld54): anything else before
  // its own `by <host> (MDaemon` is the sender's, an address literal of his own included
  // (probe107: `mail.attacker.example ([198.51.100.66]);dmarc=pass …`).
  // Only the line's last by clause is the receiver's: a HELO writing `by x (MDaemon` of its own on
  // another receiver's line is not MDaemon's.
  const mdaemon = [...rest.matchAll(MDAEMON_BY)].pop();
  const lastBy = [...rest.matchAll(/\sby\s/gi)].pop();
  if (mdaemon && lastBy && mdaemon.index === lastBy.index)
    return !MDAEMON_FROM.test(rest.slice(0, mdaemon.index).trim());
  if (at < 0) {
    // Without the client's address the HELO runs to the client comment's `(`; the line's last `;`
    // is the receiver's, before its date (Yahoo's internal `from 127.0.0.1 by atlas-production…
    // with HTTP; <date>`: realworld103). A `;` before it is the sender's (MDaemon prints a HELO
    // with blanks raw: probe107).
    const open = rest.indexOf('(');
    const semi = rest.lastIndexOf(';');
    const end = Math.min(open < 0 ? rest.length : open, semi < 0 ? rest.length : semi);
    return /[;)"\\]/.test(rest.slice(0, end));
  }
  // Cisco's and qmail's own `(HELO name)`, Yahoo's `(EHLO name)`, beside the name or address it
  // found: the receiver's layout, when the name inside is a plain word.
  const before = rest.slice(0, at).replace(/\((?:EHLO|HELO) [^\s()";\\]*\)/gi, ' ');
  if (/[;)"\\]/.test(before) || before.indexOf('(') !== before.lastIndexOf('(')) return true;
  // Exim prints the HELO after the address, `([ip]:port helo=<HELO>)`, when it differs from the
  // reverse name: from `helo=` to the comment's last `)` before the receiver's by clause is the
  // sender's (probe109).
  const after = rest.slice(at);
  const by = [...after.matchAll(/\sby\s/gi)].pop()?.index ?? after.length;
  const helo = after.slice(0, by).search(/\bhelo=/i);
  if (helo < 0) return false;
  const value = after.slice(helo + 5, after.slice(0, by).lastIndexOf(')'));
  return /[;()"\\]/.test(value);
}

/**
 * Where the last `[address]` of `text` naming `ip` starts (Postfix writes an IPv6 client
 * `[IPv6:2001:db8::25]`, Exchange `(203.0.113.20)` unbracketed, and any spelling of the address
 * counts: probe50, probe51), or -1.
 */
function clientLiteralAt(text: string, ip: string): number {
  const want = normalizeIp(ip);
  if (want === null) return -1;
  let at = -1;
  for (const m of text.matchAll(/\[(?:IPv6:)?([0-9A-Fa-f:.]{2,60})\]|\(([0-9A-Fa-f:.]{2,60})\)/gi))
    if (normalizeIp(m[1] ?? m[2]!) === want) at = m.index;
  return at;
}
