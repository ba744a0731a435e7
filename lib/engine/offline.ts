// Offline mode: no DNS. Our checks become what the user's own provider recorded in its trusted
// Authentication-Results (RFC 8601); with none, everything is 'none' and the verdict unverified.
import { Buffer } from 'buffer';
import { boxWords, gatewayJudged } from '../auth/authresults-provider';
import { dkimBody } from '../auth/mailauth';
import { spfIdentityDomain } from '../auth/spf';
import { compact, parseTagList, tagValue } from '../auth/tag-list';
import { registrableDomain } from '../dns/registrable';
import { blankLineEndBytes } from '../message/header-block';
import { namesAddress } from '../message/ip';
import type {
  ArcCheck,
  AuthWord,
  DkimCheck,
  DmarcCheck,
  GatewayInfo,
  HeaderField,
  ProviderResults,
  SpfCheck,
} from '../types';

interface OriginFacts {
  ip: string | null;
  helo: string | null;
}

const NOT_CHECKED = 'Offline mode: taken from your provider’s Authentication-Results, not re-checked.';

/** Organisations as DMARC tells them apart, the PSL's private section included (probe64: a sibling's
 *  pass under awsapps.com or us.kg is not aligned with the From). */
function orgOf(domain: string | null | undefined): string | null {
  if (!domain) return null;
  return registrableDomain(domain, { privateSuffixes: true }) ?? domain.toLowerCase();
}

function relaxedAligned(a: string | null | undefined, fromDomain: string | null): boolean {
  return !!a && !!fromDomain && orgOf(a) === orgOf(fromDomain);
}

export function offlineChecks(input: {
  provider: ProviderResults | null;
  fromDomain: string | null;
  envelopeFrom: string | null;
  origin: OriginFacts;
}): { spf: SpfCheck; dkim: DkimCheck[]; dmarc: DmarcCheck; arc: ArcCheck } {
  const { provider, fromDomain, envelopeFrom, origin } = input;
  const info = provider
    ? NOT_CHECKED
    : 'Offline mode and no trusted Authentication-Results: nothing was checked.';
  const spfDomain = spfIdentityDomain(envelopeFrom, origin.helo);
  const spfResult: AuthWord = provider?.spf ?? 'none';
  const spf: SpfCheck = {
    result: spfResult,
    domain: spfDomain,
    aligned: spfResult === 'pass' && relaxedAligned(spfDomain, fromDomain),
    ip: origin.ip,
    helo: origin.helo,
    envelopeFrom,
    mechanism: null,
    explanation: null,
    lookups: 0,
    info,
  };
  const dkim: DkimCheck[] = (provider?.dkim ?? []).map((d) => ({
    result: d.result,
    domain: d.domain ?? '',
    selector: d.selector ?? '',
    aligned: d.result === 'pass' && relaxedAligned(d.domain, fromDomain),
    algorithm: null,
    keyBits: null,
    cause: null,
    info,
    line: null,
  }));
  const dmarcResult: AuthWord = provider?.dmarc?.result ?? 'none';
  const policy = provider?.dmarc?.policy?.toLowerCase();
  const dmarc: DmarcCheck = {
    result: dmarcResult,
    policy: policy === 'none' || policy === 'quarantine' || policy === 'reject' ? policy : null,
    domain: fromDomain ?? '',
    orgDomain: orgOf(fromDomain),
    record: null,
    pct: null,
    alignment: null,
    passedBy:
      dmarcResult === 'pass'
        ? [
            ...(spf.aligned ? ['spf' as const] : []),
            ...(dkim.some((d) => d.aligned) ? ['dkim' as const] : []),
          ]
        : [],
    info,
  };
  const arc: ArcCheck = {
    result: provider?.arc ?? 'none',
    instances: 0,
    sealers: [],
    originalAuth: null,
    info,
  };
  return { spf, dkim, dmarc, arc };
}

const AT_GATEWAY =
  'Offline mode: your provider checked SPF at the address of the gateway you trust, not at the sender’s, and recorded no signature of the From domain: nothing here checks the sender.';

/**
 * Offline, behind a gateway the user trusts that wrote no results of its own: the provider's SPF
 * failure names the gateway's address (and not the sender's), so it and the DMARC failure resting
 * on it judged the gateway, never the sender (online the same disagreement is a low note:
 * lib/auth/authresults-provider.ts gatewayJudged). With no aligned DKIM pass recorded, nothing checked the
 * sender: SPF and DMARC are "none", the provider's header stays in the evidence. A genuine SPF-only
 * sender through the reader's own filter read spoofed offline
 * (rw50-filter-ec2-elastic-ip-32-postfix-box-spf-only-offline); a forgery through it
 * (probe43-trusted-gateway-passes-spoof-box-fails-at-gateway-offline) prints the same header and
 * reads unverified too: offline nothing tells them apart, and the box's fail was about the filter.
 */
export function offlineAtTrustedGateway(
  checks: { spf: SpfCheck; dkim: DkimCheck[]; dmarc: DmarcCheck },
  provider: ProviderResults | null,
  gateway: GatewayInfo | null | undefined,
  originIp: string | null,
): { spf: SpfCheck; dmarc: DmarcCheck } {
  const { spf, dkim, dmarc } = checks;
  const g = gateway;
  // The walk found the sender's address below the gateway (a gateway line that names no client
  // leaves the box's fail the only word there is: probe43-trusted-gateway-line-names-no-client-address).
  if (!g?.trusted || !g.ip || !originIp || !provider || dmarc.result !== 'fail') return { spf, dmarc };
  // Only a gateway that wrote no results of its own: where it did, its record decides
  // (providerWithGateway), and a record the client's HELO wrote into (probe51) leaves the box's
  // fail standing.
  if (g.resultsLines.length > 0) return { spf, dmarc };
  if (spf.result === 'pass' || spf.result === 'none') return { spf, dmarc };
  // The box's fail judged the gateway and not the sender (gatewayJudged), and says so: its own
  // words name the gateway's address.
  if (!gatewayJudged(provider, g, originIp)) return { spf, dmarc };
  if (!provider.lines.some((l) => namesAddress(boxWords(l), g.ip!))) return { spf, dmarc };
  if (dkim.some((d) => d.result === 'pass' && d.aligned)) return { spf, dmarc };
  return {
    spf: { ...spf, result: 'none', aligned: false, info: AT_GATEWAY },
    dmarc: { ...dmarc, result: 'none', passedBy: [], atTrustedGateway: g.ip, info: AT_GATEWAY },
  };
}

/**
 * Offline, the provider's passing signatures read beside the message's own DKIM-Signature fields:
 * a signature with `l=` signed only the first bytes of the body, and text appended after them (a
 * replayed notice with the attacker's paragraph) passed at the provider too. Online lib/auth/dkim.ts
 * reports it from mailauth's verification; offline the provider's words name the signer and
 * selector, and the field with that d= and s= carries the limit, the line evidence points at, and
 * how to count the body (its c=): the bytes after the limit need no DNS
 * (probe58-yahoo-dkim-l-tag-lure-appended-offline). Of several fields that fit (a provider that
 * names no selector, a copy of the field), the one with the smallest `l=`. A body past the hashing bound (lib/auth/limits.ts) is not
 * counted: the finding then says the limit, not how much came after it.
 */
export function offlineSignedLengths(
  dkim: DkimCheck[],
  headers: readonly HeaderField[],
  input: string | Uint8Array,
  bodyCounted: boolean,
  quoted: readonly (string | undefined)[] = [],
): DkimCheck[] {
  if (!dkim.some((d) => d.result === 'pass')) return dkim;
  const fields = headers
    .filter((h) => h.key === 'dkim-signature')
    .map((h) => ({ line: h.line, tags: parseTagList(h.rawValue) }));
  if (fields.length === 0) return dkim;
  let body: Uint8Array | null | undefined;
  return dkim.map((d, i) => {
    if (d.result !== 'pass' || !d.domain) return d;
    const signer = d.domain.toLowerCase();
    // The provider names the signer by d=, or by the domain of i= (Gmail's header.i=@alerts.<d=>
    // for a signature with an identity in a subdomain: probe59-gmail-dkim-l-identity-subdomain-lure-offline).
    let named = fields.filter((f) => {
      const fd = tagValue(f.tags, 'd')?.toLowerCase();
      if (!fd || (fd !== signer && !signer.endsWith(`.${fd}`))) return false;
      return !d.selector || tagValue(f.tags, 's')?.toLowerCase() === d.selector.toLowerCase();
    });
    // A provider that names no selector but quotes the start of the field's b= (OpenDKIM's
    // header.b) says which field passed: a key rotation's two fields are two rows, not one
    // (real-mail round 199). A copy of the field repeats its b=, and still fits.
    const b = quoted[i];
    if (b) {
      const own = named.filter((f) => compact(tagValue(f.tags, 'b') ?? '').startsWith(b));
      if (own.length > 0) named = own;
    } else if (!d.selector && named.length > 1) {
      // Rows that name the domain only (amavisd-new's), one for each of its fields and every one a
      // pass: each field verified, so each row is one field's and what each signs is signed (a key
      // rotation's new field covering Reply-To: real-mail round 201). A copy that fails keeps them
      // all together.
      const rows = dkim.filter((x) => !x.selector && x.domain.toLowerCase() === signer);
      if (rows.length === named.length && rows.every((x) => x.result === 'pass'))
        named = [named[rows.indexOf(d)]!];
    }
    // Which of the fields that fit passed, the provider's words do not say: the one with the
    // smallest l=, so that a copy written above the genuine field, without l= or with a larger one
    // (probe59-gmail-dkim-l-forged-larger-copy-above-offline), cannot hide its limit; a copy with a
    // smaller one only counts more bytes as unsigned.
    let field = named[0];
    let limit = Number.POSITIVE_INFINITY;
    for (const f of named) {
      const l = tagValue(f.tags, 'l');
      if (l !== null && /^\d{1,76}$/.test(l) && Number(l) < limit) {
        field = f;
        limit = Number(l);
      }
    }
    if (!field) return d;
    // What the others claim to sign counts only where they all agree (DkimCheck.alsoFits: a copy
    // above or below the genuine field with Reply-To in its h= or a fresh t=, rounds 206 and 207).
    const others = named.filter((f) => f !== field).map((f) => f.line);
    const also = others.length > 0 ? { alsoFits: others } : {};
    if (limit === Number.POSITIVE_INFINITY) return { ...d, line: field.line, ...also };
    body ??= bodyCounted ? bodyOf(input) : null;
    // c= names the header's canonicalization, then the body's: a bare `c=relaxed` leaves the body
    // simple (RFC 6376 §3.5).
    const c = tagValue(field.tags, 'c') ?? 'simple';
    const total = body
      ? canonicalLength(body, c.includes('/') ? c.slice(c.indexOf('/') + 1) : 'simple')
      : null;
    return {
      ...d,
      line: field.line,
      ...also,
      bodyLength: limit,
      unsignedBytes: total === null ? null : Math.max(0, total - limit),
    };
  });
}

/** The body's bytes: everything after the first empty line, as the header block ends (null when there is none). */
function bodyOf(input: string | Uint8Array): Uint8Array | null {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const end = blankLineEndBytes(bytes);
  return end === -1 ? null : bytes.subarray(end);
}

/** The body's length as the signature's body canonicalization counts it (RFC 6376 §3.4.3, §3.4.4). */
function canonicalLength(body: Uint8Array, canonicalization: string): number | null {
  try {
    const h = dkimBody(canonicalization, 'sha256');
    h.update(body);
    h.digest('base64');
    return h.canonicalizedLength;
  } catch {
    // A canonicalization mailauth does not know: nothing counted.
    return null;
  }
}
