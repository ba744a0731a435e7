// The ASCII twin of a From domain spelt with living-alphabet or marked letters (probe26, probe27):
// nørthbank.example, northɓank.example, ŋorthbank.example, nọrthbank.example read as
// northbank.example. Those letters are no disguise in themselves (a Danish, Hausa or Yoruba name
// needs them: lib/findings/lookalike-letters.ts), so the twin counts only when someone else guards
// it: it publishes DMARC with p=quarantine or p=reject (sp= for a From below its organisation; one
// TXT lookup) and nothing in the message, that record or the owners' report authorisations shows
// the two share an owner. lib/findings/lookalike.ts turns the answer into lookalike-domain (medium).

import punycode from 'punycode.js';
import { parseTagList } from '../auth/tag-list';
import { punycodeDomain } from '../dns/name';
import { registrableDomain, sameOwner } from '../dns/registrable';
import { txtRecords } from '../dns/txt';
import { orthographyTwin } from '../findings/lookalike-letters';
import { ownAddressTerm } from '../relay/narrow-term';
import type { Analysis, DkimCheck, DnsAnswer, Resolver, SpfCheck } from '../types';

export type LookalikeTwin = NonNullable<Analysis['lookalikeTwin']>;

const DMARC_RECORD = /^v\s*=\s*DMARC1\s*(;|$)/i;

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
    const domain = m?.[1] ? punycodeDomain(m[1]) : null;
    if (domain) out.push(domain);
  }
  return out;
}

/** A policy word of p= or sp=, or null (absent or not one of the three). */
function policyWord(value: string | undefined): 'none' | 'quarantine' | 'reject' | null {
  const v = value?.trim().toLowerCase();
  return v === 'none' || v === 'quarantine' || v === 'reject' ? v : null;
}

/**
 * The twin's organisation sends this message by SPF: the term that matched is the twin's own
 * address space (ip4/ip6, or a/mx naming a host of the twin), written in a record of the twin's
 * organisation. An include: or redirect= to a shared platform (_spf.google.com, sendgrid.net)
 * passes for every tenant of that platform, an attacker's among them (probe27 Google's SMTP relay
 * with the bank's envelope), so it ties nothing; neither does an unknown term. The path may start
 * at the From's own organisation when it goes on into the twin's records only (the IDN's
 * `include:_spf.<twin>`, real-mail round 31): whoever writes that include must still send from
 * the addresses the twin's owner lists.
 */
function twinSendsBySpf(spf: SpfCheck | undefined, twin: string, org: string): boolean {
  if (spf?.result !== 'pass' || typeof spf.domain !== 'string') return false;
  // includePath: the SPF domain, then each include/redirect down to the record holding the term.
  const given = Array.isArray(spf.includePath) && spf.includePath.length > 0 ? spf.includePath : [spf.domain];
  if (!given.every((d) => typeof d === 'string')) return false;
  // The From's organisation may open the path (its include:/redirect= of the twin's record), not
  // stand inside it: the record holding the term must be the twin's.
  const fromFirst = sameOwner(spf.domain, org) && sameOwner(given[0] ?? '', org);
  const path = fromFirst ? given.slice(1) : given;
  if (path.length === 0 || !path.every((d) => sameOwner(d, twin))) return false;
  if (!fromFirst && !sameOwner(spf.domain, twin)) return false;
  if (typeof spf.mechanism !== 'string') return false;
  // The twin's own narrow space (a block copied from a cloud or a platform, probe30, or a host term
  // widened by a prefix, probe31, is anyone's there); a host an a:/mx names must be the twin's.
  const own = ownAddressTerm(spf.mechanism);
  return own !== null && (own.host === null || sameOwner(own.host, twin));
}

/** The one DMARC record at `_dmarc.<domain>` (RFC 7489 §6.6.3), null for none, several or an error. */
async function dmarcRecord(resolver: Resolver, domain: string): Promise<string | null> {
  let answer: DnsAnswer;
  try {
    answer = await resolver.resolve(`_dmarc.${domain}`, 'TXT');
  } catch {
    return null;
  }
  const records = txtRecords(answer).filter((r) => DMARC_RECORD.test(r));
  return records.length === 1 ? (records[0] ?? null) : null;
}

/** Some TXT record at `name` begins with v=DMARC1: true; none, or a DNS error: false. */
async function authorises(resolver: Resolver, name: string): Promise<boolean> {
  try {
    return txtRecords(await resolver.resolve(name, 'TXT')).some((r) => DMARC_RECORD.test(r));
  } catch {
    return false;
  }
}

/**
 * A label no owner authorises by name, for the wildcard check: derived from `domain` (FNV-1a) so
 * an analysis, its DNS log and the pinned corpus are the same on every run. Only the twin's owner
 * writes the twin's zone, so a predictable label is as good as a random one there.
 */
function probeLabel(domain: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < domain.length; i++) h = Math.imul(h ^ domain.charCodeAt(i), 0x01000193) >>> 0;
  return `x-hl-${h.toString(36)}`;
}

/** Most report domains of the twin's organisation checked for an authorisation (two TXT each). */
const MOST_REPORT_DOMAINS = 2;

/**
 * The From domain's own DMARC record sends reports to the twin's organisation, and that report
 * domain authorises it (RFC 7489 §7.1: `<policy domain>._report._dmarc.<report domain>` TXT
 * beginning v=DMARC1): the twin's owner accepts the From domain's reports, so one owner
 * (realworld30 rw30-twin-same-owner-reports-at-twin-authorised). Anyone can name the twin in its
 * own rua=; only the twin's owner can authorise it. A wildcard authorisation (report vendors
 * publish `*._report._dmarc.<vendor>`) vouches for every look-alike: the same question for a
 * label no one names must go unanswered. The From's DMARC names are those the DMARC check asked
 * (cached per analysis).
 */
async function reportsAuthorisedByTwin(
  resolver: Resolver,
  ascii: string,
  org: string,
  twin: string,
): Promise<boolean> {
  let policyDomain = ascii;
  let record = await dmarcRecord(resolver, ascii);
  if (record === null && ascii !== org) {
    policyDomain = org;
    record = await dmarcRecord(resolver, org);
  }
  if (record === null) return false;
  const targets = [...new Set(reportDomains(dmarcTags(record)).filter((d) => sameOwner(d, twin)))];
  const dot = policyDomain.indexOf('.');
  const probe = `${probeLabel(policyDomain)}${policyDomain.slice(dot)}`;
  for (const rd of targets.slice(0, MOST_REPORT_DOMAINS)) {
    if (!(await authorises(resolver, `${policyDomain}._report._dmarc.${rd}`))) continue;
    if (!(await authorises(resolver, `${probe}._report._dmarc.${rd}`))) return true;
  }
  return false;
}

/**
 * The twin of `fromDomain` that publishes a DMARC policy of quarantine or reject (sp= when the
 * From is below its organisation) and shows no tie to it, or null: no such letters, the twin is
 * the domain itself, no record or a policy of none, a DNS error (never thrown), or one owner (a
 * passing DKIM signature of the twin's organisation, an SPF pass by the twin's own address space,
 * the twin's DMARC reports addressed to the From domain's organisation, or the From domain's
 * reports addressed to the twin with the twin's RFC 7489 §7.1 authorisation).
 */
export async function lookalikeTwin(
  fromDomain: string | null,
  resolver: Resolver,
  seen: { dkim: DkimCheck[]; spf: SpfCheck },
): Promise<LookalikeTwin | null> {
  try {
    return await findTwin(fromDomain, resolver, seen);
  } catch {
    // Promised never to throw (test/unit/engine/hostile-rules.test.ts): odd inputs are no twin.
    return null;
  }
}

/**
 * Whether a From domain can hold a letter outside ASCII, as written or as an IDNA A-label: an ASCII
 * name without `xn--` has none, so its organisation's first label folds to no twin (orthographyTwin
 * reads only letters outside ASCII). Most mail's From is such a name: the punycode conversions it
 * was put through per message were 1.5 % of a batch's CPU.
 */
export function mayBeDisguised(fromDomain: string): boolean {
  if (!/^[\x00-\x7f]*$/.test(fromDomain)) return true;
  // The domain parser drops white space and control characters inside a name (`xn-\t-…` reads as
  // an A-label: fast-check's counterexample).
  return /xn--/i.test(
    /[\x00-\x20\x7f]/.test(fromDomain) ? fromDomain.replace(/[\x00-\x20\x7f]/g, '') : fromDomain,
  );
}

async function findTwin(
  fromDomain: string | null,
  resolver: Resolver,
  seen: { dkim: DkimCheck[]; spf: SpfCheck },
): Promise<LookalikeTwin | null> {
  if (!fromDomain || !mayBeDisguised(fromDomain)) return null;
  const ascii = punycodeDomain(fromDomain);
  const org = ascii ? registrableDomain(ascii) : null;
  if (!ascii || !org) return null;
  const uni = punycode.toUnicode(org);
  const dot = uni.indexOf('.');
  if (dot <= 0) return null;
  const folded = orthographyTwin(uni.slice(0, dot));
  if (!folded) return null;
  const twin = punycodeDomain(`${folded.readsAs}${uni.slice(dot)}`);
  if (!twin || twin === org) return null;
  // The twin's organisation vouches for this message itself: the owner's own IDN.
  const dkim = Array.isArray(seen.dkim) ? seen.dkim : [];
  const twinSigns = dkim.some(
    (d) =>
      d?.result === 'pass' && typeof d.domain === 'string' && d.domain !== '' && sameOwner(d.domain, twin),
  );
  if (twinSigns || twinSendsBySpf(seen.spf, twin, org)) return null;
  const record = await dmarcRecord(resolver, twin);
  if (record === null) return null;
  const tag = dmarcTags(record);
  // RFC 7489 §6.3: sp= governs the subdomains of the twin's organisation, which a From below its
  // own organisation (mail.nørthbank → mail.northbank) imitates; p= when sp= is absent.
  const policy = (ascii !== org && policyWord(tag('sp'))) || policyWord(tag('p'));
  if (policy !== 'quarantine' && policy !== 'reject') return null;
  // Only the twin's owner writes its record: reports sent to the From domain say one owner.
  if (reportDomains(tag).some((d) => sameOwner(d, org))) return null;
  if (await reportsAuthorisedByTwin(resolver, ascii, org, twin)) return null;
  return { domain: org, twin, letters: folded.letters, policy };
}
