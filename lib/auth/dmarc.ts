// DMARC (RFC 7489, RFC 9989) through mailauth's dmarc(), plus the identifier alignment helpers
// the DKIM check and the integrator share.
import punycode from 'punycode.js';
import { DnsError, errorCodeOf } from '../dns/errors';
import { hostNameProblem, idnaHostname } from '../dns/name';
import { isRegistryZone, registrableDomain } from '../dns/registrable';
import type { DkimCheck, DmarcCheck, Resolver, SpfCheck } from '../types';
import { type DNSResolver, dmarc, toMailauthResolver } from './mailauth';
import { parseTagList } from './tag-list';

export type AlignmentMode = 'r' | 's';

function normalise(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.+$/, '');
}

/**
 * Organisational domain by the Public Suffix List, private section included as mailauth does
 * (so `a.github.io` and `b.github.io` are different organisations). Falls back to the name
 * itself for public suffixes and IP literals.
 */
export function orgDomainOf(domain: string): string {
  const d = normalise(domain);
  return registrableDomain(d, { privateSuffixes: true }) ?? d;
}

/**
 * RFC 7489 §3.1: strict alignment needs the same domain; relaxed the same organisational
 * domain (`mail.example.co.uk` aligns with `example.co.uk`, not with `other.co.uk`).
 */
export function alignDomains(fromDomain: string | null, domain: string | null, mode: AlignmentMode): boolean {
  if (!fromDomain || !domain) return false;
  const a = normalise(fromDomain);
  const b = normalise(domain);
  if (!a || !b) return false;
  return mode === 's' ? a === b : orgDomainOf(a) === orgDomainOf(b);
}

/**
 * Recomputes `aligned` on SPF and DKIM results with the modes of the DMARC record that applied
 * (aspf/adkim, relaxed when there is no record), so the report never calls a `mail.example.com`
 * signature aligned under `adkim=s`. A domain DMARC itself found aligned stays aligned: mailauth
 * walks DNS for the organisational domain (RFC 9989 §4.10), which the PSL may not know about.
 */
export function applyDmarcAlignment(
  result: DmarcCheck,
  spf: SpfCheck,
  dkim: DkimCheck[],
): { spf: SpfCheck; dkim: DkimCheck[] } {
  const modes = result.alignment ?? { spf: 'r', dkim: 'r' };
  const from = result.domain || null;
  const byDmarc = result.alignedDomains;
  const same = (a: string | null | undefined, b: string) => !!a && normalise(a) === normalise(b);
  // Relaxed alignment is also with the organisation the DMARC check itself found (mailauth's tree
  // walk, RFC 9989 §4.10), not only the Public Suffix List's: with its only record at
  // `_dmarc.mail.example.com`, that name is its own organisation, and a signature of example.com
  // fails DMARC there; the flag must not call it aligned beside that fail (mailauth's own test,
  // test/unit/auth/mailauth-suite.test.ts). The walk only narrows: a name must share the From's
  // registrable domain and lie inside the organisation the walk found.
  const org = result.record && result.orgDomain && from ? normalise(result.orgDomain) : null;
  const inOrg = (d: string) => d === org || d.endsWith(`.${org}`);
  const walked = org !== null && inOrg(normalise(from ?? ''));
  const aligns = (d: string | null | undefined, mode: AlignmentMode) =>
    alignDomains(from, d ?? null, mode) && (!walked || mode === 's' || inOrg(normalise(d ?? '')));
  return {
    spf: {
      ...spf,
      aligned: aligns(spf.domain, modes.spf) || same(byDmarc?.spf, spf.domain),
    },
    dkim: dkim.map((d) => ({
      ...d,
      aligned: aligns(d.domain, modes.dkim) || (d.result === 'pass' && same(byDmarc?.dkim, d.domain)),
    })),
  };
}

/** applyDmarcAlignment with the call shape lib/analyze.ts uses. */
export function recomputeAlignment(args: {
  fromDomain: string | null;
  spf: SpfCheck;
  dkim: DkimCheck[];
  dmarc: DmarcCheck;
}): { spf: SpfCheck; dkim: DkimCheck[] } {
  const dmarcResult = args.dmarc.domain ? args.dmarc : { ...args.dmarc, domain: args.fromDomain ?? '' };
  return applyDmarcAlignment(dmarcResult, args.spf, args.dkim);
}

export interface DmarcOptions {
  fromDomain: string | null;
  spf: SpfCheck;
  dkim: DkimCheck[];
  resolver: Resolver;
}

function empty(domain: string, result: DmarcCheck['result'], info: string): DmarcCheck {
  return {
    result,
    policy: null,
    domain,
    orgDomain: null,
    record: null,
    pct: null,
    alignment: null,
    passedBy: [],
    info,
  };
}

const POLICIES = new Set(['none', 'quarantine', 'reject']);

/** pct= (RFC 7489 §6.3; dropped by RFC 9989, still published): 100 when absent. */
function pctOf(record: string): number {
  const m = /(?:^|;)\s*pct\s*=\s*(\d{1,3})\s*(?:;|$)/i.exec(record);
  if (!m) return 100;
  return Math.min(100, Number(m[1]));
}

/**
 * The From domain is the sender's to write: `_dmarc.<a label with bad characters>` could make a
 * DoH server answer with an HTTP error (a temporary failure) and DMARC temperror instead of the
 * organisational domain's policy. A name that cannot be a host name is answered EBADNAME here,
 * which mailauth reads as "no record" (and walks on to the organisational domain).
 */
function hostNamesOnly(resolver: DNSResolver): DNSResolver {
  return (name, rrtype) => {
    const problem = hostNameProblem(name);
    if (problem) return Promise.reject(new DnsError('EBADNAME', name, rrtype, { detail: problem }));
    return resolver(name, rrtype);
  };
}

/**
 * `resolver`, noting in `into` each `_dmarc` name whose TXT answer holds a `v=DMARC1` record
 * (`*` before the name when it holds more than one).
 */
function ignoredRecords(resolver: DNSResolver, into: string[], suffixes: string[]): DNSResolver {
  return async (name, rrtype) => {
    const answer = await resolver(name, rrtype);
    if (rrtype === 'TXT' && /^_dmarc\./i.test(name) && Array.isArray(answer)) {
      const texts = answer.map((r: unknown) => (Array.isArray(r) ? r.join('') : String(r)));
      // As mailauth tells a record (get-dmarc-record.js: `v=DMARC1` first, DMARC1 in capitals): a
      // leftover `v=dmarc1` beside a record is no second record (red-team round 170).
      const records = texts.filter((t) => /^[vV][ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/.test(t.trim()));
      const owner = normalise(name.slice('_dmarc.'.length));
      // Two or more: RFC 7489 §6.6.3 step 4 discards them all.
      if (records.length > 0) into.push(`${records.length > 1 ? '*' : ''}${owner}`);
      if (records.length === 1 && /(?:^|;)\s*psd\s*=\s*[yn]\s*(?:;|$)/i.test(records[0]!))
        suffixes.push(owner);
    }
    return answer;
  };
}

/**
 * The From's organisation as RFC 7489 §3.2 finds it: the PSL's registrable domain, its private
 * section included, or, under a registry zone the PSL does not list (REGISTRY_SUFFIXES: CentralNic's
 * former ar.com), the registrant's own domain, whichever is longer.
 */
function organisationOf(from: string): string | null {
  const own = registrableDomain(from, { privateSuffixes: true });
  if (!own) return null;
  const registrant = registrableDomain(from);
  return registrant?.endsWith(`.${own}`) ? registrant : own;
}

/**
 * The From domain as IDNA maps it (UTS #46, RFC 5895: the URL parser), when that mapping names
 * another domain than the plain U-label to A-label conversion mailauth makes. A mail app draws
 * `security@ｎｏｒｔｈｂａｎｋ.example` (full-width letters) as the bank's address and IDNA maps it
 * to `northbank.example`, while mailauth asked for `_dmarc.xn--mi7cbrolddys.example`, a name no
 * one can register, and found no policy: a p=reject bank's spoof read "unverified". An ordinary
 * U-label (`bücherstube.example`) converts the same both ways and is kept as written.
 */
function idnaMapped(domain: string): string {
  if (!/[^\x00-\x7f]/.test(domain)) return domain;
  const mapped = idnaHostname(domain);
  if (!mapped) return domain;
  let plain: string;
  try {
    plain = punycode.toASCII(domain).toLowerCase();
  } catch {
    return mapped;
  }
  return mapped === plain ? domain : mapped;
}

/**
 * Evaluates DMARC for the From domain. Only passing SPF/DKIM results are handed to mailauth,
 * as its own authenticate() does: dmarc() checks alignment, not results. Never throws.
 */
export async function checkDmarc(opts: DmarcOptions): Promise<DmarcCheck> {
  const from = opts.fromDomain ? idnaMapped(normalise(opts.fromDomain)) : '';
  if (!from) return empty('', 'none', 'No From domain: DMARC cannot be evaluated (RFC 7489 §6.6.1).');
  // `v=DMARC1` records mailauth was given and did not use (no valid p=): named in the info.
  const published: string[] = [];
  // `_dmarc` names whose one record says psd=y or psd=n (RFC 9989 §4.7: an organisation's boundary).
  const boundaries: string[] = [];
  try {
    const res = await dmarc({
      headerFrom: from,
      spfDomains: opts.spf.result === 'pass' && opts.spf.domain ? [opts.spf.domain] : [],
      dkimDomains: opts.dkim
        .filter((d) => d.result === 'pass' && d.domain)
        .map((d) => ({
          domain: d.domain,
          // mailauth prefers signatures that cover the whole body (no l= tag).
          underSized: d.bodyLength ? 1 : 0,
        })),
      resolver: ignoredRecords(hostNamesOnly(toMailauthResolver(opts.resolver)), published, boundaries),
    });
    if (!res) return empty(from, 'permerror', `The From domain "${from}" is not a valid domain.`);
    const word = res.status.result;
    const base = empty(from, word === 'temperr' ? 'temperror' : (word as DmarcCheck['result']), res.info);
    if (word === 'temperror' || word === 'temperr') {
      base.info = `DNS lookup for the DMARC policy failed: ${res.error ?? 'temporary error'}`;
    }
    if (!res.rr) {
      base.orgDomain = res.domain || null;
      if (word === 'none')
        base.info = published[0]?.startsWith('*')
          ? `${published[0].slice(1)} publishes more than one DMARC record, so none of them applies (RFC 7489 §6.6.3): no DMARC check for ${from}.`
          : published.length > 0
            ? `The DMARC record of ${published[0]} is ignored: it has no valid p= policy (RFC 7489 §6.6.3), so no DMARC check applies to ${from}.`
            : `No DMARC record for ${from} or its organisational domain.`;
      return base;
    }
    let spfAligned = res.alignment?.spf.result || null;
    let dkimAligned = res.alignment?.dkim.result || null;
    let orgDomain = res.domain || null;
    const strictSpf = res.alignment?.spf.strict ?? /(?:^|;)\s*aspf\s*=\s*s/i.test(res.rr);
    const strictDkim = res.alignment?.dkim.strict ?? /(?:^|;)\s*adkim\s*=\s*s/i.test(res.rr);
    // The From's organisation by the PSL, its private section included (RFC 7489 §3.2, what the
    // receivers' own DMARC checks apply): mailauth's tree walk (DMARCbis) may land elsewhere.
    const ownOrg = organisationOf(from);
    // Wider: when no record on the way says psd=, the walk takes the record with the fewest labels
    // as the organisation: a public suffix's own record (_dmarc.gov.uk, _dmarc.eu.org) then made
    // every registrant under it one organisation with the From, and a stranger's attacker.eu.org
    // aligned with northbank.eu.org (red-team 38); so did an operator's own record above a private
    // suffix of its users' sites (srcf.net over soc.srcf.net and user.srcf.net: red-team 169).
    // There the PSL's registrable domain is the organisation, and only names of it align.
    const onSuffix =
      orgDomain !== null &&
      (registrableDomain(orgDomain, { privateSuffixes: true }) === null || isRegistryZone(orgDomain));
    const past = orgDomain !== null && (onSuffix || ownOrg?.endsWith(`.${orgDomain}`) === true);
    if (past && orgDomain) {
      // A From that is the suffix itself (hostmaster@eu.org, rw38-eu-org-operator-from-suffix-itself):
      // its own record, and only its own name aligns.
      const org = ownOrg ?? (orgDomain === from ? from : null);
      const exact = org === from && ownOrg === null;
      const aligns = (d: string | null, strict: boolean | undefined) =>
        d !== null &&
        org !== null &&
        (strict || exact ? normalise(d) === from : organisationOf(normalise(d)) === org);
      if (!aligns(spfAligned, strictSpf)) spfAligned = null;
      if (!aligns(dkimAligned, strictDkim)) dkimAligned = null;
      if (base.result === 'pass' && !spfAligned && !dkimAligned) {
        base.result = 'fail';
        base.info = `The DMARC record of ${orgDomain}${onSuffix || !ownOrg ? ', a public suffix,' : `, above the public suffix ${ownOrg.slice(ownOrg.indexOf('.') + 1)},`} was not taken as the organisation of ${from}: no identifier of ${org ?? from} itself passed.`;
      }
      orgDomain = org;
    }
    // Narrower: a subdomain that publishes its own record while its registrable domain publishes
    // none is its own organisation for the walk (RFC 9989), so a signature of the firm itself
    // (d=firm.example on news.firm.example's mail) fails there; RFC 7489 and the receivers that
    // apply it align it (real-mail round 164: genuine newsletters read spoofed). There a passing
    // identifier of the registrable domain itself, or of another ancestor of the From, aligns
    // (relaxed; strict needs the From itself): never a sibling, which a forgotten delegation or a
    // dangling CNAME may hand to anyone, nor a name beside the From under a registry the PSL does
    // not list (red-team round 170). Not where a record on the walk says psd=n (its owner declares
    // the boundary) or psd=y (a platform over its customers' names, red-team round 169).
    else if (
      base.result === 'fail' &&
      orgDomain !== null &&
      ownOrg !== null &&
      orgDomain.endsWith(`.${ownOrg}`) &&
      // The applied record's own psd= is among them (its name is the From's or an ancestor's).
      !boundaries.some((n) => n === from || from.endsWith(`.${n}`))
    ) {
      const ancestor = (d: string | null | undefined, strict: boolean) => {
        if (!d) return false;
        const n = normalise(d);
        if (strict) return n === from;
        return (n === ownOrg || n.endsWith(`.${ownOrg}`)) && (n === from || from.endsWith(`.${n}`));
      };
      const spfDomain =
        opts.spf.result === 'pass' && ancestor(opts.spf.domain, strictSpf) ? opts.spf.domain : null;
      const signer =
        opts.dkim.find((d) => d.result === 'pass' && !d.bodyLength && ancestor(d.domain, strictDkim)) ??
        opts.dkim.find((d) => d.result === 'pass' && ancestor(d.domain, strictDkim));
      if (spfDomain || signer) {
        spfAligned = spfDomain;
        dkimAligned = signer?.domain ?? null;
        base.result = 'pass';
        base.info = `${from} publishes its own DMARC record while ${ownOrg} publishes none: under RFC 9989's DNS walk ${orgDomain} would be its own organisation and this message would fail, but RFC 7489 and the receivers that apply it take ${ownOrg} as the organisation, with which ${[signer ? `the signature of ${signer.domain}` : '', spfDomain ? `the SPF pass for ${spfDomain}` : ''].filter(Boolean).join(' and ')} aligns.`;
        orgDomain = ownOrg;
      }
    }
    return {
      ...base,
      policy: POLICIES.has(res.policy) ? (res.policy as DmarcCheck['policy']) : null,
      orgDomain,
      record: res.rr,
      pct: pctOf(res.rr),
      alignment: res.alignment
        ? { spf: res.alignment.spf.strict ? 's' : 'r', dkim: res.alignment.dkim.strict ? 's' : 'r' }
        : null,
      passedBy: [...(spfAligned ? ['spf' as const] : []), ...(dkimAligned ? ['dkim' as const] : [])],
      alignedDomains: { spf: spfAligned, dkim: dkimAligned },
    };
  } catch (err) {
    // mailauth maps DNS faults itself; anything reaching here is unexpected, but a check must
    // degrade to "could not tell", never to an exception in the worker.
    return empty(
      from,
      'temperror',
      `DMARC check failed: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/**
 * A DMARC fail under a policy of none (sp=none below p=quarantine or p=reject), for a From domain
 * below its organisational domain: does that name exist at all? A bank publishing `p=reject; sp=none` (no `np=`) leaves any made-up
 * subdomain to "none", so a spoof from `secure.<bank>` fails without being enforced
 * (probe8-dmarc-sp-none-nonexistent-subdomain). No server sends for a name that does not exist;
 * NXDOMAIN on one A query says so (RFC 8020: nothing at or below the name). Any other answer or
 * error leaves it unknown.
 */
export async function withMissingFromDomain(dmarc: DmarcCheck, resolver: Resolver): Promise<DmarcCheck> {
  if (dmarc.result !== 'fail' || dmarc.policy !== 'none' || !dmarc.orgDomain || !dmarc.domain) return dmarc;
  if (dmarc.domain.toLowerCase() === dmarc.orgDomain.toLowerCase()) return dmarc;
  // Only the gap sp=none leaves below an enforced domain: where the organisation itself publishes
  // p=none, its own name is as open as a made-up one, and mail from an internal host name (cron
  // output relayed by the company's smarthost: root@web01.int.<org>) is no sign of a spoof
  // (real-mail round 11).
  const p = parseTagList(dmarc.record ?? '')
    .tags.find((t) => t.name.toLowerCase() === 'p')
    ?.value.trim()
    .toLowerCase();
  if (p !== 'quarantine' && p !== 'reject') return dmarc;
  try {
    await resolver.resolve(dmarc.domain, 'A');
    return dmarc;
  } catch (err) {
    return errorCodeOf(err) === 'ENOTFOUND' ? { ...dmarc, fromDomainMissing: true } : dmarc;
  }
}
