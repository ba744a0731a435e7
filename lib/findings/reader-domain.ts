// The reader's own domain, read from the message without configuration: what the final
// receiver wrote at delivery. Delivered-To (Postfix local/virtual, Dovecot, Gmail) and
// X-Original-To (Postfix) are prepended when the message is stored, above every Received line;
// the topmost Received line's `for <…>` is the receiving host's own record (RFC 5321 §4.4).
// Anything further down was written before delivery, possibly by the sender, and is not read.
// The result only ever adds look-alike targets (lib/findings/lookalike.ts): a sender who forges
// these headers can make its own message look worse, never better.
import { domainOf } from '../message/addresses';
import type { Hop, ParsedMessage } from '../types';
import { isSignUpDomain } from './freemail';

const DELIVERY_HEADERS = new Set(['delivered-to', 'x-original-to']);

/**
 * The reader's own addresses as the final receiver wrote them at delivery (lower-case, without
 * angle brackets): the delivery headers above every Received line, then the topmost line's
 * `for <…>`. To and Cc are the sender's words and are not read.
 */
export function readerAddressesFromMessage(message: ParsedMessage, hops: readonly Hop[]): string[] {
  const firstReceived = message.headers.find((h) => h.key === 'received')?.index ?? Number.POSITIVE_INFINITY;
  const out: string[] = [];
  const add = (address: string | null | undefined) => {
    const a = address ? address.replace(/^<|>$/g, '').trim().toLowerCase() : '';
    if (a && !out.includes(a)) out.push(a);
  };
  for (const key of DELIVERY_HEADERS) {
    const top = message.headers.find((h) => h.key === key);
    if (top && top.index < firstReceived) add(top.rawValue);
  }
  const topHop = hops[0];
  if (topHop?.for?.includes('@')) add(topHop.for);
  return out;
}

export function readerDomainsFromMessage(message: ParsedMessage, hops: readonly Hop[]): string[] {
  const out: string[] = [];
  for (const address of readerAddressesFromMessage(message, hops)) {
    const d = domainOf(address);
    if (d && /^[a-z0-9.-]+\.[a-z0-9-]+$/i.test(d) && !out.includes(d)) out.push(d);
  }
  return out.slice(0, 3);
}

/**
 * The reader's organisations: the domains the reader named (`recipientDomains`), then those the
 * receiver delivered to, free-mail providers left out (gmail.com is no organisation of a Gmail
 * reader's). For the rules that read an outsider's name or mailbox against them.
 */
export function readerOrganisations(
  message: ParsedMessage,
  hops: readonly Hop[],
  named: readonly string[] = [],
): string[] {
  return [...named, ...readerDomainsFromMessage(message, hops)].filter((d) => !isSignUpDomain(d));
}
