// The author address itself (RFC 5322 §3.6.2: From is one mailbox-list; DMARC, RFC 7489 §6.6.1,
// needs exactly one author domain). What a mail app shows for a From it cannot parse is up to the
// app, while the checks read something else: `=?utf-8?q?security=40bank.example?=` decodes to a
// name that looks like an address and has none; `a@bank.example@evil.example` shows one domain
// and is checked for the other; `"security@bank.example"@evil.example` is a legal address whose
// mailbox name is someone else's address. Each is a finding; none can read "authenticated".
//
// Which domain the checks use: the domain after the last `@` (a quoted local part may contain
// `@`, a domain cannot) of the first From address; with several addresses, online, each author
// domain is checked and the strictest failing one is used (RFC 7489 §6.6.1, lib/engine/author.ts).
// Several addresses are `multiple-from` (lib/findings/message-problems.ts); the verdict row
// `from-unusable` keeps both from ever reading "authenticated".
import { addressFieldShape, localPartOf } from '../message/addresses';
import type { Finding, Mailbox } from '../types';
import { sameOrg } from './domains';
import { headerLines } from './evidence';
import type { FindingRule } from './rule';
import { hiddenCharacters, shownText } from './visible-text';

// A domain name: dot-separated labels of letters, digits and hyphens (U-labels allowed), at least two.
const DOMAIN_NAME = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u;
const ADDRESS_LIKE = /([^\s@]+)@((?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,})/u;

/** Why the From field does not give one usable author address, or null when it does. */
export function unusableFrom(
  fromLines: number,
  fromAll: Mailbox[],
  raw: string[],
): { why: string; shown: string } | null {
  if (fromLines === 0) return { why: 'The message has no From header', shown: '' };
  const shapes = raw.map(addressFieldShape);
  const group = shapes.flatMap((s) => s.groups)[0];
  const first = fromAll[0];
  if (!first?.address) {
    const shown = shownText(first?.displayName ?? group ?? '');
    return { why: 'The From header names no sender address', shown };
  }
  if (group !== undefined)
    return {
      why: `The From header is a group ("${group}"), not a sender address`,
      shown: group,
    };
  const local = localPartOf(first.address);
  if (!first.address.includes('@') || !first.domain)
    return { why: `The From address ${first.address} has no domain`, shown: first.displayName };
  if (local.includes('@') && !shapes.some((s) => s.quotedLocalPart))
    return {
      why: `The From address ${first.address} has more than one @`,
      shown: first.address.slice(0, first.address.lastIndexOf('@')),
    };
  // An address literal (`root@[192.0.2.66]`) has no DMARC record to check; neither has a name
  // without a dot or with a numeric top label.
  if (!DOMAIN_NAME.test(first.domain) || /\[/.test(first.address) || /\.\d+$/.test(first.domain))
    return { why: `The From address ${first.address} has no valid domain name`, shown: first.displayName };
  return null;
}

export const fromAddressRule: FindingRule = (ctx) => {
  const m = ctx.message;
  const out: Finding[] = [];
  const lines = headerLines(m, 'from');
  const raw = m.headers.filter((h) => h.key === 'from').map((h) => h.rawValue);
  const bad = unusableFrom(lines.length, m.fromAll, raw);
  if (bad) {
    const shows = bad.shown ? ` Your mail app may show "${bad.shown}" as the sender.` : '';
    out.push({
      id: 'from-unparseable',
      severity: 'high',
      title: bad.why,
      detail: `A message names its author in From, and authentication (DMARC) checks exactly one address with a domain there. This From does not give one, so no check vouches for what you see.${shows} Legitimate mail always has a plain sender address; treat this message as unverified and do not trust who it claims to be from.`,
      evidence: lines,
    });
  }
  const from = m.from;
  if (from?.address && !bad) {
    const local = localPartOf(from.address);
    const inner = ADDRESS_LIKE.exec(shownText(local));
    if (inner?.[2] && !sameOrg(inner[2].toLowerCase(), from.domain)) {
      out.push({
        id: 'from-local-part-address',
        severity: 'high',
        title: `The sender's mailbox name is itself an address (${inner[0]}), but the message is from ${from.domain}`,
        detail: `The address ${from.address} hides "${inner[0]}" in its mailbox name (the part before the last @), so a quick look reads it as an address at ${inner[2].toLowerCase()}. The checks are about ${from.domain}, whose owner chose that mailbox name.`,
        evidence: lines,
      });
    }
  }
  for (const mb of m.fromAll.slice(0, 5)) {
    const inName = hiddenCharacters(mb.displayName);
    const inLocal = hiddenCharacters(localPartOf(mb.address), { local: true });
    const all = [...inName, ...inLocal.filter((c) => !inName.some((n) => n.code === c.code))];
    if (all.length === 0) continue;
    const bidi = all.some((c) => c.bidi);
    // A bidi control next to right-to-left letters may be a mail app's doing; in Latin text it
    // only serves to reverse what is shown.
    const rtl = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(
      mb.displayName,
    );
    const where = inName.length && inLocal.length ? 'name and address' : inName.length ? 'name' : 'address';
    out.push({
      id: 'invisible-characters',
      severity: bidi && !rtl ? 'high' : 'medium',
      title: `The sender's ${where} contains ${bidi ? 'text-reversing' : 'invisible'} characters (${all
        .slice(0, 4)
        .map((c) => c.code)
        .join(', ')})`,
      detail: `${bidi ? 'Bidirectional control characters change the order in which text is drawn, so the sender shown can read differently from what it is. ' : ''}Invisible characters such as zero-width spaces split a name or address so that it looks like one thing and matches another. HeaderLens compares the sender as it is drawn, but honest senders have no reason to use them.`,
      evidence: lines,
    });
    break;
  }
  return out;
};
