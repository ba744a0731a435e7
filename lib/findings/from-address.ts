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
import { decodeWords } from 'postal-mime';
import { type Message, msg, sentences } from '../i18n/message';
import { addressFieldShape, localPartOf } from '../message/addresses';
import type { Finding, Mailbox } from '../types';
import { sameOrg } from './domains';
import { headerLines } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';
import { hiddenCharacters, shownText } from './visible-text';

// A domain name: dot-separated labels of letters, digits and hyphens (U-labels allowed), at least two.
const DOMAIN_NAME = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u;
const ADDRESS_LIKE = /([^\s@]+)@((?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,})/u;

/** Why the From field does not give one usable author address, or null when it does. */
export function unusableFrom(
  fromLines: number,
  fromAll: Mailbox[],
  raw: string[],
): { why: Message; shown: string } | null {
  if (fromLines === 0) return { why: msg('finding_from_none'), shown: '' };
  // A group needs its `:` (RFC 5322 §3.4): a field without one is not parsed for groups, which was
  // most of this rule's time for the common `Name <a@b>`.
  let group: string | undefined;
  for (const v of raw) {
    group = v.includes(':') ? addressFieldShape(v).groups[0] : undefined;
    if (group !== undefined) break;
  }
  const first = fromAll[0];
  if (!first?.address) {
    const shown = shownText(first?.displayName ?? group ?? '');
    return { why: msg('finding_from_no_address'), shown };
  }
  if (group !== undefined)
    return {
      why: msg('finding_from_group', { group }),
      shown: group,
    };
  const local = localPartOf(first.address);
  if (!first.address.includes('@') || !first.domain)
    return { why: msg('finding_from_no_domain', { address: first.address }), shown: first.displayName };
  if (local.includes('@') && !raw.some((v) => addressFieldShape(v).quotedLocalPart))
    return {
      why: msg('finding_from_two_ats', { address: first.address }),
      shown: first.address.slice(0, first.address.lastIndexOf('@')),
    };
  // An address literal (`root@[192.0.2.66]`) has no DMARC record to check; neither has a name
  // without a dot or with a numeric top label.
  if (!DOMAIN_NAME.test(first.domain) || /\[/.test(first.address) || /\.\d+$/.test(first.domain))
    return {
      why: msg('finding_from_invalid_domain', { address: first.address }),
      shown: first.displayName,
    };
  return null;
}

export const fromAddressRule: FindingRule = (ctx) => {
  const m = ctx.message;
  const out: Finding[] = [];
  const lines = headerLines(m, 'from');
  const raw = m.headers.filter((h) => h.key === 'from').map((h) => h.rawValue);
  const bad = unusableFrom(lines.length, m.fromAll, raw);
  if (bad) {
    out.push({
      id: 'from-unparseable',
      severity: 'high',
      ...texts(
        bad.why,
        sentences([
          msg('finding_from_unparseable_detail'),
          !!bad.shown && msg('finding_from_unparseable_shows', { shown: bad.shown }),
          msg('finding_from_unparseable_advice'),
        ]),
      ),
      evidence: lines,
    });
  }
  const from = m.from;
  if (from?.address && !bad) {
    const local = localPartOf(from.address);
    // Mailsploit (2017): mail apps that decode encoded-words inside the address too, which RFC 2047
    // §5 forbids, show `=?utf-8?q?security=40bank.example?=@evil.example` as the bank's address.
    const inner = ADDRESS_LIKE.exec(shownText(local.includes('=?') ? decodeWords(local) : local));
    if (inner?.[2] && !sameOrg(inner[2].toLowerCase(), from.domain)) {
      out.push({
        id: 'from-local-part-address',
        severity: 'high',
        ...texts(
          msg('finding_from_local_part_address_title', { inner: inner[0], domain: from.domain }),
          msg('finding_from_local_part_address_detail', {
            address: from.address,
            inner: inner[0],
            apparent: inner[2].toLowerCase(),
            domain: from.domain,
          }),
        ),
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
    const where = inName.length && inLocal.length ? 'name_address' : inName.length ? 'name' : 'address';
    out.push({
      id: 'invisible-characters',
      severity: bidi && !rtl ? 'high' : 'medium',
      ...texts(
        msg(`finding_invisible_${where}_${bidi ? 'reversing' : 'invisible'}_title`, {
          codes: all
            .slice(0, 4)
            .map((c) => c.code)
            .join(', '),
        }),
        sentences([bidi && msg('finding_invisible_bidi_detail'), msg('finding_invisible_detail')]),
      ),
      evidence: lines,
    });
    break;
  }
  return out;
};
