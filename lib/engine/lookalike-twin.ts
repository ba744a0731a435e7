// The ASCII twin of a From domain spelt with living-alphabet letters (probe26): nørthbank.example,
// northɓank.example, ŋorthbank.example read as northbank.example. Those letters are no disguise
// in themselves (a Danish or Hausa name needs them: lib/findings/lookalike-letters.ts), so the
// twin counts only when someone else guards it: it publishes DMARC with p=quarantine or p=reject
// (one TXT lookup) and nothing in the message or that record shows the two share an owner.
// lib/findings/lookalike.ts turns the answer into lookalike-domain (medium).
import punycode from 'punycode.js';
import { parseTagList } from '../auth/tag-list';
import { hostKey } from '../dns/name';
import { registrableDomain, sameOwner } from '../dns/registrable';
import { orthographyTwin } from '../findings/lookalike-letters';
import type { Analysis, DkimCheck, DnsAnswer, Resolver, SpfCheck } from '../types';

export type LookalikeTwin = NonNullable<Analysis['lookalikeTwin']>;

const DMARC_RECORD = /^v\s*=\s*DMARC1\s*(;|$)/i;

/**
 * The TXT strings of an answer, each record's chunks joined. A resolver handed in by a caller may
 * answer what is no list (null, an object, a bare string): that is no record, not a TypeError
 * thrown out of lookalikeTwin (which promises never to throw).
 */
function txtRecords(answer: DnsAnswer): string[] {
  if (!Array.isArray(answer)) return [];
  return answer.map((r) => (Array.isArray(r) ? r.join('') : typeof r === 'string' ? r : ''));
}

/**
 * One DMARC record's tags (the tag-list grammar, lib/auth/tag-list.ts), read by name whatever its
 * case; a name written twice reads as its last value.
 */
function dmarcTags(record: string): (name: string) => string | undefined {
  const { tags } = parseTagList(record);
  return (name) => tags.findLast((t) => t.name.toLowerCase() === name)?.value;
}

/** The domains of the mailto: URIs of rua= and ruf= (`mailto:dmarc@x.example!10m`). */
function reportDomains(tag: (name: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const uri of [tag('rua') ?? '', tag('ruf') ?? ''].join(',').split(',')) {
    const m = /^\s*mailto:[^@]*@([^!\s]+)/i.exec(uri);
    const domain = m?.[1] ? toAscii(m[1]) : null;
    if (domain) out.push(domain);
  }
  return out;
}

function toAscii(domain: string): string | null {
  try {
    return punycode.toASCII(hostKey(domain));
  } catch {
    return null;
  }
}

/**
 * The twin of `fromDomain` that publishes a DMARC policy of quarantine or reject and shows no tie
 * to it, or null: no such letters, the twin is the domain itself, no record or p=none, a DNS error
 * (never thrown), or one owner (a passing DKIM signature or SPF pass of the twin's organisation in
 * this message, or the twin's own DMARC reports addressed to the From domain's organisation).
 */
export async function lookalikeTwin(
  fromDomain: string | null,
  resolver: Resolver,
  seen: { dkim: DkimCheck[]; spf: SpfCheck },
): Promise<LookalikeTwin | null> {
  const ascii = fromDomain ? toAscii(fromDomain) : null;
  const org = ascii ? registrableDomain(ascii) : null;
  if (!org) return null;
  const uni = punycode.toUnicode(org);
  const dot = uni.indexOf('.');
  if (dot <= 0) return null;
  const folded = orthographyTwin(uni.slice(0, dot));
  if (!folded) return null;
  const twin = toAscii(`${folded.readsAs}${uni.slice(dot)}`);
  if (!twin || twin === org) return null;
  // The twin's organisation vouches for this message itself: the owner's own IDN.
  const twinSigns = seen.dkim.some((d) => d.result === 'pass' && d.domain && sameOwner(d.domain, twin));
  const twinSends = seen.spf.result === 'pass' && !!seen.spf.domain && sameOwner(seen.spf.domain, twin);
  if (twinSigns || twinSends) return null;
  let answer: DnsAnswer;
  try {
    answer = await resolver.resolve(`_dmarc.${twin}`, 'TXT');
  } catch {
    return null;
  }
  // RFC 7489 §6.6.3: no record, or more than one, is no policy.
  const records = txtRecords(answer).filter((r) => DMARC_RECORD.test(r));
  if (records.length !== 1) return null;
  const tag = dmarcTags(records[0] ?? '');
  const policy = tag('p')?.toLowerCase();
  if (policy !== 'quarantine' && policy !== 'reject') return null;
  // Only the twin's owner writes its record: reports sent to the From domain say one owner.
  if (reportDomains(tag).some((d) => sameOwner(d, org))) return null;
  return { domain: org, twin, letters: folded.letters, policy };
}
