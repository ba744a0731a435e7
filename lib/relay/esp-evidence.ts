// ESP evidence beyond the address: the origin's reverse name (only when forward-confirmed), the
// envelope domain and DKIM d= of known ESPs. Also the PTR → A/AAAA round trip that confirms a name.
import { hostKey } from '../dns/name';
import { sameOwner } from '../dns/registrable';
import { remember } from '../remember';
import type { Resolver } from '../types';
import { parseIp, recordsHold, reverseName } from './address';
import { narrowAddressTerm, ownAddressTerm, widenedHostTerm } from './narrow-term';
import { EMAIL_PROVIDERS, type EmailProvider } from './providers-esp';

export interface EspEvidence {
  /** Reverse name of the origin (from PTR or the Received line). */
  rdns: string | null;
  /** True only when the name's A/AAAA records lead back to the origin IP (FCrDNS). */
  rdnsConfirmed: boolean;
  /** Envelope sender's domain, only when SPF passed for it (else anyone can write it). */
  envelopeDomain: string | null;
  /**
   * d= of DKIM signatures that verified (a failed signature proves nothing); a customer's own
   * d= under a provider (`customerDomains`) never counts.
   */
  dkimDomains: string[];
  /** The classifier put the origin on a hosting network (a rented VM can be anyone's). */
  hostingNetwork?: boolean;
  /** The From domain: a platform d= on a hosting network needs the envelope tied to it. */
  fromDomain?: string | null;
  /**
   * The SPF term that matched for the envelope (`mechanism`) and the domain whose record holds it
   * (`record`, innermost of the include path), when SPF passed for the envelope: a platform d= on
   * a hosting network also counts when that term is the same platform's own address space.
   */
  spfTerm?: { record: string; mechanism: string } | null;
  /**
   * A DKIM signature aligned with From verified: a provider whose relays also carry web-hosting
   * scripts' mail (`carriesScripts`) is known by its relay's name only then.
   */
  alignedDkim?: boolean;
}

export type EspEvidenceKind = 'rdns' | 'envelope' | 'dkim';

function domainMatches(domain: string, known: string): boolean {
  return domain === known || domain.endsWith(`.${known}`);
}

/**
 * The ESP the evidence points at, strongest first: a confirmed reverse name (cannot be set by a
 * spoofer without controlling the provider's DNS), then the SPF-passing envelope domain, then
 * DKIM d=. DKIM alone can be replayed from any server (DKIM replay), so it comes last.
 */
export function espEvidence(
  ev: EspEvidence,
  providers: EmailProvider[] = EMAIL_PROVIDERS,
): { esp: string; via: EspEvidenceKind } | null {
  const byName = providers === EMAIL_PROVIDERS ? builtInByName : (name: string) => espByName(name, providers);
  const byDomain =
    providers === EMAIL_PROVIDERS ? builtInByDomain : (domain: string) => espByDomain(domain, providers);
  if (ev.rdns && ev.rdnsConfirmed) {
    const esp = byName(hostKey(ev.rdns));
    if (esp && (ev.alignedDkim || !carriesScripts(esp, providers))) return { esp, via: 'rdns' };
  }
  // On a hosting network an SPF pass through a block wider than a sender's own machines (a
  // platform's record listing a cloud region, ip4:3.120.0.0/14) is passed by any VM there: neither
  // the envelope nor a signature beside it says the VM is the platform's (probe30).
  if (ev.hostingNetwork && broadAddressTerm(ev.spfTerm?.mechanism)) return null;
  if (ev.envelopeDomain) {
    const esp = byDomain(hostKey(ev.envelopeDomain));
    if (esp) return { esp, via: 'envelope' };
  }
  // On a hosting network only the platform the envelope's SPF pass went through may sign.
  const only =
    ev.hostingNetwork && !envelopeOfAuthor(ev) ? platformOfSpfTerm(ev, providers, byDomain) : undefined;
  if (only === null) return null;
  for (const raw of ev.dkimDomains) {
    const domain = hostKey(raw);
    if (customerNamed(domain, providers)) continue;
    const esp = byDomain(domain);
    if (esp && (only === undefined || esp === only)) return { esp, via: 'dkim' };
  }
  return null;
}

/**
 * A platform signs every customer's message (d=amazonses.com, mandrillapp.com, hubspotemail.net,
 * pm.mtasv.net) and the signature survives a replay: resent unchanged from a rented VM it still
 * verifies (probe27). On a hosting network it names the platform only beside an SPF pass for the
 * author's own organisation: the customer's CNAME'd bounce domain (hs-bounces.<customer>,
 * pm-bounces.<customer>, real-mail round 29), which only the platform's servers pass for. The
 * platform's own envelope has already counted above; a third party's envelope (the replayer's)
 * leaves the VM a hosted server.
 */
function envelopeOfAuthor(ev: EspEvidence): boolean {
  return !!ev.envelopeDomain && !!ev.fromDomain && sameOwner(ev.envelopeDomain, ev.fromDomain);
}

/**
 * The platform whose own SPF record passed the envelope, or null: the term that matched sits in a
 * record under a domain the provider names (_spf.hubspotemail.net, spf.mtasv.net) and is that
 * record's own address space (narrow-term.ts ownAddressTerm: a host it names must be the same
 * platform's). An agency's or a group's bounce domain CNAME'd to the platform passes so
 * (real-mail round 31), and only from the platform's listed servers. A replayer's own record that
 * includes the platform beside `ip4:<his VM>` matches on his own term, in his own record: no
 * evidence (probe27). A broad term never reaches here (espEvidence refuses it first).
 */
function platformOfSpfTerm(
  ev: EspEvidence,
  providers: EmailProvider[],
  byDomain: (domain: string) => string | null,
): string | null {
  const term = ev.spfTerm;
  if (!ev.envelopeDomain || !term || typeof term.record !== 'string' || typeof term.mechanism !== 'string')
    return null;
  const record = hostKey(term.record);
  if (customerNamed(record, providers)) return null;
  const esp = byDomain(record);
  const own = esp ? ownAddressTerm(term.mechanism) : null;
  if (!esp || !own) return null;
  return own.host === null || byDomain(hostKey(own.host)) === esp ? esp : null;
}

/** An ip4/ip6 term wider than narrowAddressTerm allows, or a host term widened by a prefix. */
function broadAddressTerm(mechanism: unknown): boolean {
  if (typeof mechanism !== 'string') return false;
  if (widenedHostTerm(mechanism)) return true;
  return /^[-+~?]?ip[46]:/i.test(mechanism.trim()) && !narrowAddressTerm(mechanism);
}

/** OVH's mo*.mail-out.ovh.net relays also send its web-hosting customers' PHP mail (probe10). */
export function carriesScripts(esp: string, providers: EmailProvider[] = EMAIL_PROVIDERS): boolean {
  return providers.some((p) => p.name === esp && p.carriesScripts === true);
}

/** A d= a provider names for one customer (a tenant, a sandbox): the customer's, not the provider's. */
function customerNamed(domain: string, providers: EmailProvider[]): boolean {
  return providers.some((p) => p.customerDomains?.some((k) => domain.endsWith(`.${k}`)));
}

/** The first provider one of whose reverse names (a suffix, a whole name or a pattern) fits `name`. */
function espByName(name: string, providers: EmailProvider[]): string | null {
  for (const p of providers) {
    if (p.rdnsSuffixes.some((s) => (s.startsWith('.') ? name.endsWith(s) : name === s))) return p.name;
    if (p.rdnsPatterns?.some((re) => re.test(name))) return p.name;
  }
  return null;
}

/** The first provider owning `domain` or a parent of it. */
function espByDomain(domain: string, providers: EmailProvider[]): string | null {
  for (const p of providers) if (p.domains.some((k) => domainMatches(domain, k))) return p.name;
  return null;
}

// The built-in list is fixed: its answers per name are remembered (every message of a sender asks
// the same reverse name and envelope domain of some fifty providers).
const builtInByName = remember((name) => espByName(name, EMAIL_PROVIDERS));
const builtInByDomain = remember((domain) => espByDomain(domain, EMAIL_PROVIDERS));

/**
 * The built-in email service whose relays a reverse name names (`out162-62-58-211.mail.qq.com`:
 * QQ Mail), where the address is in a network its relays sit in (`relayAsns`); else null. For a
 * name no forward lookup confirmed. Hosts whose relays carry every account's scripts
 * (carriesScripts: GoDaddy's, SiteGround's) count too: the one caller (offlineMailRelay) asks the
 * provider's record of the From's own signature beside it, as online such a name counts only
 * beside an aligned signature (real-mail round 186).
 */
export function mailRelayName(rdns: string, asn: number | null): string | null {
  const esp = builtInByName(hostKey(rdns));
  if (!esp || asn === null) return null;
  const p = EMAIL_PROVIDERS.find((x) => x.name === esp);
  return p?.relayAsns?.includes(asn) === true ? esp : null;
}

/** The built-in email service owning an envelope or signing domain (or a parent of it), or null. */
export function mailServiceOfDomain(domain: string): string | null {
  return builtInByDomain(hostKey(domain));
}

/**
 * The provider whose relay a forward-confirmed reverse name is, when its relays carry hosting
 * accounts' scripts too (`carriesScripts`: the name makes it the sender's ESP only beside an aligned
 * signature), or null.
 */
export function scriptRelayName(rdns: string, providers: EmailProvider[] = EMAIL_PROVIDERS): string | null {
  const esp =
    providers === EMAIL_PROVIDERS ? builtInByName(hostKey(rdns)) : espByName(hostKey(rdns), providers);
  return esp && carriesScripts(esp, providers) ? esp : null;
}

/** The ESP name the evidence points at (see espEvidence for which evidence counted), or null. */
export function espFromEvidence(
  ev: EspEvidence,
  providers: EmailProvider[] = EMAIL_PROVIDERS,
): string | null {
  return espEvidence(ev, providers)?.esp ?? null;
}

async function answers(resolver: Resolver, name: string, type: 'PTR' | 'A' | 'AAAA'): Promise<string[]> {
  try {
    const a = await resolver.resolve(name, type);
    return a.filter((x): x is string => typeof x === 'string');
  } catch {
    return []; // NXDOMAIN, no data, timeout: the name is simply not confirmed.
  }
}

/** `name` is the confirmed name, or (unconfirmed) the name asked about, for display. */
export type ReverseCheck =
  | { confirmed: true; name: string }
  | {
      confirmed: false;
      name: string | null;
      reason: 'bad-ip' | 'no-ptr' | 'name-not-in-ptr' | 'no-forward-match';
      names: string[];
    };

/**
 * Forward-confirmed reverse DNS (RFC 8601 §3 "iprev", RFC 5451 style): the IP's PTR must list the
 * name (or any name, when `name` is null, that `accept` takes, when given) and that name's A/AAAA
 * must contain the IP again. At most 10 PTR names are tried, like mail servers do, so a hostile
 * zone cannot fan out.
 */
export async function confirmReverseName(
  ip: string,
  name: string | null,
  resolver: Resolver,
  accept?: (name: string) => boolean,
): Promise<ReverseCheck> {
  const addr = parseIp(ip);
  if (!addr) return { confirmed: false, name, reason: 'bad-ip', names: [] };
  const ptrs = (await answers(resolver, reverseName(addr), 'PTR')).map(hostKey).slice(0, 10);
  if (ptrs.length === 0) return { confirmed: false, name, reason: 'no-ptr', names: [] };
  const wanted = name ? hostKey(name) : null;
  const candidates = wanted ? ptrs.filter((p) => p === wanted) : accept ? ptrs.filter(accept) : ptrs;
  if (candidates.length === 0) return { confirmed: false, name, reason: 'name-not-in-ptr', names: ptrs };
  for (const candidate of candidates) {
    const forward = await answers(resolver, candidate, addr.v === 4 ? 'A' : 'AAAA');
    if (recordsHold(forward, addr)) return { confirmed: true, name: candidate };
  }
  return { confirmed: false, name: name ?? ptrs[0] ?? null, reason: 'no-forward-match', names: ptrs };
}
