// Address fields (RFC 5322 §3.4) through postal-mime's parser, which also decodes RFC 2047
// display names and unwraps groups.
import { addressParser } from 'postal-mime';
import { remember } from '../remember';
import type { Mailbox } from '../types';
import { utf7WordsAsUtf8 } from './utf7';
import { wideWordsAsUtf8 } from './wide-words';

/** No real address list is this long; past it, the rest is ignored (parsing cost is linear, but a
 *  25 MB From header would still take seconds). */
export const MAX_ADDRESS_FIELD = 256 * 1024;

/**
 * The mailboxes of an address field. A copy of a remembered answer: the same From and To come back
 * with every message of a sender (and the reader's own address with every message), and
 * postal-mime's parser reads them a character at a time (about 5 us a field); the parse and the
 * rules read From, To, Sender and List-Post through here.
 */
export function parseMailboxes(rawValue: string): Mailbox[] {
  return mailboxesOf(rawValue).map((m) => ({
    address: m.address,
    domain: m.domain,
    displayName: m.displayName,
  }));
}

const mailboxesOf = remember((rawValue: string): readonly Mailbox[] => {
  const list = addressParser(wideWordsAsUtf8(utf7WordsAsUtf8(rawValue.slice(0, MAX_ADDRESS_FIELD))), {
    flatten: true,
  });
  const out: Mailbox[] = [];
  for (const item of list) {
    if ('group' in item && item.group) continue; // flatten already unwrapped groups
    const address = (item.address ?? '').trim();
    const displayName = (item.name ?? '').trim();
    if (!address && !displayName) continue;
    out.push({ address, domain: domainOf(address), displayName });
  }
  return out;
});

/**
 * Lower-case domain of an address. An A-label (`xn--…`) stays as written, so look-alike checks
 * see what the sender actually used; a U-label is kept in Unicode.
 */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  if (at === -1) return '';
  return withoutCfws(address.slice(at + 1))
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

/**
 * A domain without the comments and white space RFC 5322 allows around its atoms (§3.2.2, the
 * obsolete `northbank .example` of §4.4): what the parser leaves of `security@northbank.example(Northbank)`
 * named a domain that does not exist, and with it no DMARC record (red-team round 165).
 */
function withoutCfws(domain: string): string {
  let out = domain;
  // Innermost comments first, a bounded number of passes (nesting deeper than that is left as it is).
  for (let pass = 0; pass < 8 && out.includes('('); pass++) out = out.replace(/\([^()]*\)/g, '');
  return out.replace(/\s+/g, '');
}

/** Return-Path (RFC 5321 §4.4): `<addr>` → addr; `<>` → '' (the null sender of bounces). */
export function parseReturnPath(rawValue: string): string {
  const v = rawValue.trim();
  const m = /<([^<>]{0,1000})>/.exec(v);
  const inner = m ? (m[1] ?? '') : v;
  return inner.trim();
}

/** How one From field is built: what the checks cannot see in the flattened mailbox list. */
export interface AddressFieldShape {
  /** Names of RFC 6854 groups in the field (`Team: a@x.example;`), empty group names included. */
  groups: string[];
  /** A quoted local part (`"security@bank.example"@evil.example`): an `@` inside it is legal. */
  quotedLocalPart: boolean;
}

export function addressFieldShape(rawValue: string): AddressFieldShape {
  const shape = fieldShapeOf(rawValue);
  return { groups: [...shape.groups], quotedLocalPart: shape.quotedLocalPart };
}

/** Remembered as parseMailboxes is: the From rule asks it of the same From as the parse. */
const fieldShapeOf = remember((rawValue: string): AddressFieldShape => {
  const value = rawValue.slice(0, MAX_ADDRESS_FIELD);
  const groups: string[] = [];
  for (const item of addressParser(value)) {
    if ('group' in item && item.group) groups.push((item.name ?? '').trim());
  }
  // A quoted string directly followed by "@": postal-mime drops the quotes of a bare addr-spec,
  // so the raw text is the only place left to tell `"a@b"@c` (valid) from `a@b@c` (not).
  return { groups, quotedLocalPart: /"(?:[^"\\]|\\.)*"\s*@/.test(value) };
});

/** Local part of an address (before the last `@`), quotes removed; '' without an `@`. */
export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '';
  return address.slice(0, at).replace(/^"|"$/g, '');
}
