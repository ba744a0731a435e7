// What an Authentication-Results row claims, weighed against HeaderLens's own checks and against the
// message: whether its results agree with what HeaderLens found (claimsAgree, for every forged row),
// and how a row where a Postfix or Sendmail box's milters write theirs is graded (milterRowGrade:
// rows marked `underOwnEntry` by lib/auth/authresults.ts; real-mail rounds 169–171, red-team rounds
// 177–180).

import { dkimDomain, sameDomain } from '../auth/authresults-provider';
import { alignDomains } from '../auth/dmarc';
import { hostKey, idnaHostname } from '../dns/name';
import { receiverDomains } from '../message/receiver-hosts';
import type { AuthResultEntry, AuthResultsHeader } from '../types';
import { dkimSignerDomains } from './evidence';
import type { RuleContext } from './rule';

/**
 * RFC 8601 result words that claim no pass. Anything else a row states (`bestguesspass`, a word of
 * its own) is taken as a pass it claims, as parseAuthResults's HELO rule takes every `…pass`.
 */
const NO_PASS = new Set([
  'fail',
  'softfail',
  'hardfail',
  'neutral',
  'none',
  'temperror',
  'permerror',
  'policy',
  // rspamd's word for a failed ARC chain (`arc=reject`: real-mail round 202).
  'reject',
]);

/**
 * A row under the reader's own id where a Postfix or Sendmail box's milters write theirs
 * (`underOwnEntry`: the box's or the sender's, which nothing in the message tells apart; never
 * counted). Online, a row stating only what HeaderLens found itself deceives no one: no finding;
 * one that claims no pass HeaderLens did not find (a temperror or a fail at delivery) gains a sender
 * nothing, nor one whose only unconfirmed passes are about the From domain's own organisation when
 * HeaderLens's own DMARC passes for it (a key rotated or an SPF record changed since delivery): low.
 * A pass it did not find otherwise: medium, called fake. Offline, graded by what the box's other
 * rows say: low unless one contradicts it (which a sender's row added under the box's own does),
 * then medium.
 */
export function milterRowGrade(
  h: AuthResultsHeader,
  agrees: boolean,
  ctx: RuleContext,
): 'low' | 'medium' | null {
  const a = ctx.analysis;
  if (a.mode === 'online') {
    if (agrees) return null;
    const unconfirmed = h.results.filter(
      (r) => !NO_PASS.has(r.result.toLowerCase()) && !claimsAgree([r], ctx) && !aboutOwnPassingOrg(r, ctx),
    );
    return unconfirmed.length === 0 ? 'low' : 'medium';
  }
  const others = a.authResults.filter((o) => o !== h && (o.trusted || o.underOwnEntry));
  const signers = dkimSignerDomains(ctx.message);
  return h.results.some((r) => contradicted(r, others, a, signers)) ? 'medium' : 'low';
}

/**
 * A pass about what the box itself checked of the From domain's own organisation, when HeaderLens's
 * own DMARC passes for it: SPF for the envelope HeaderLens checked, DKIM for a signature the message
 * carries, DMARC for the From domain (not a sibling of it the sender controls, nor an identity the
 * message does not hold: r178-subdomain-takeover-rows-claim-apex-dkim-and-dmarc-online,
 * r178-replay-bank-notice-row-claims-bank-envelope-spf-online).
 */
function aboutOwnPassingOrg(r: AuthResultEntry, ctx: RuleContext): boolean {
  const a = ctx.analysis;
  if (a.dmarc.result !== 'pass') return false;
  const from = a.dmarc.domain ?? a.from?.domain ?? null;
  switch (r.method.toLowerCase()) {
    case 'spf': {
      const identity = spfMailFrom(r.props);
      if (identity !== undefined)
        return sameDomain(identity, a.spf.domain) && alignDomains(from, a.spf.domain, 'r');
      // A box whose SPF check stopped at a passing HELO writes only that (smtp.subspace.kernel.org:
      // `spf=pass smtp.helo=mailgw01.mediatek.com`; real-mail round 171): the HELO the entry line
      // shows, in the From's organisation.
      const helo = r.props['smtp.helo'];
      return helo !== undefined && entryHelo(helo, a) && alignDomains(from, helo, 'r');
    }
    case 'dkim': {
      const d = dkimIdentityHolds(r) ? dkimDomain(r) : null;
      return d !== null && namesSigner(r, dkimSignerDomains(ctx.message)) && alignDomains(from, d, 'r');
    }
    case 'dmarc': {
      const hf = r.props['header.from'];
      return hf !== undefined && from !== null && sameDomain(hf, from);
    }
    default:
      return false;
  }
}

/** Whether `helo` is the HELO the receiver's entry line records. */
function entryHelo(helo: string, a: RuleContext['analysis']): boolean {
  return a.origin.helo !== null && a.origin.helo !== undefined && sameDomain(helo, a.origin.helo);
}

/**
 * Whether a DKIM result names a signature the message carries: its header.d is a signer's d=, or,
 * without one, its header.i's domain is at a signer's d= or under it. A result naming neither
 * names no signature, and is not taken as naming one.
 */
function namesSigner(r: AuthResultEntry, signers: readonly string[]): boolean {
  const given = r.props['header.d'];
  if (given) return signers.includes(hostKey(given));
  const d = dkimDomain(r);
  if (d === null) return true;
  const i = hostKey(d);
  return signers.some((s) => i === s || i.endsWith(`.${s}`));
}

/**
 * Whether the message or another row of the box (`others`: trusted, or in the same milter run)
 * says otherwise than `r`, offline. The same identity with another result; and what a message holds
 * once: a dkim=none (no signature at all) against any other DKIM result, a DKIM result for a domain
 * no DKIM-Signature of the message names, a DMARC result for another domain than From or another
 * DMARC result at all, a DMARC pass with neither a signature nor an envelope aligned with From
 * (or the envelope's SPF failing in the box's rows), SPF for another envelope than the box's
 * Return-Path, SPF by a HELO the
 * entry line does not show, or by HELO beside a non-null envelope the box also wrote SPF about.
 */
function contradicted(
  r: AuthResultEntry,
  others: AuthResultsHeader[],
  a: RuleContext['analysis'],
  signers: readonly string[],
): boolean {
  const method = r.method.toLowerCase();
  const mine = r.result.toLowerCase();
  const key = identityKey(r);
  if (method === 'dmarc') {
    const from = r.props['header.from'];
    if (from !== undefined && a.from?.domain && !sameDomain(from, a.from.domain)) return true;
  }
  if (method === 'dkim' && mine !== 'none' && !namesSigner(r, signers)) return true;
  const envelope = a.returnPath?.includes('@') ? a.returnPath.slice(a.returnPath.lastIndexOf('@') + 1) : null;
  if (method === 'dmarc' && mine === 'pass') {
    // A DMARC pass needs a signature aligned with From, or SPF aligned with it: with neither in the
    // message, nothing could have produced it (r179-offline-*-dmarc-pass-*).
    // In A-labels, as signers and envelopes are written (OpenDMARC writes a U-label From as it is:
    // r178-genuine-idn-from-opendmarc-row-u-label-offline).
    const written = r.props['header.from'] ?? a.from?.domain ?? null;
    const from = written === null ? null : /^[\x00-\x7f]*$/.test(written) ? written : idnaHostname(written);
    // Not a signature the box's own counted rows found failing, and none found passing
    // (r180-amavis-trusted-dkim-fail-bank-bogus-signature-then-dmarc-pass-offline).
    const boxSaid = (d: string, pass: boolean) =>
      others.some(
        (o) =>
          o.trusted &&
          o.results.some(
            (x) =>
              x.method.toLowerCase() === 'dkim' &&
              hostKey(dkimDomain(x) ?? '') === d &&
              (x.result.toLowerCase() === 'pass') === pass,
          ),
      );
    const signed = signers.some(
      (d) => alignDomains(from, d, 'r') && !(boxSaid(d, false) && !boxSaid(d, true)),
    );
    const spfFailed = (o: AuthResultsHeader) =>
      o.results.some(
        (x) =>
          x.method.toLowerCase() === 'spf' &&
          x.result.toLowerCase() !== 'pass' &&
          envelope !== null &&
          sameDomain(spfMailFrom(x.props) ?? '', envelope),
      );
    // A null envelope (Return-Path: <>) leaves the HELO as SPF's identity (RFC 7208 §2.4): the one
    // the entry line shows (r180-null-envelope-attacker-helo-unsigned-dmarc-pass-row-offline).
    const spfCould =
      envelope !== null
        ? alignDomains(from, envelope, 'r') && !others.some(spfFailed)
        : a.returnPath !== ''
          ? true
          : a.origin.helo !== null && a.origin.helo !== undefined && alignDomains(from, a.origin.helo, 'r');
    if (from !== null && !signed && !spfCould) return true;
  }
  if (method === 'spf') {
    const mailfrom = spfMailFrom(r.props);
    if (mailfrom !== undefined) {
      if (envelope !== null && !sameDomain(mailfrom, envelope)) return true;
    } else if (r.props['smtp.helo']) {
      // By a HELO the entry line does not show; or beside a non-null envelope where the box also
      // wrote an SPF result for it (a box whose check stops at a passing HELO writes only that:
      // real-mail round 171).
      if (!entryHelo(r.props['smtp.helo'], a)) return true;
      const boxSpf = others.some((o) => o.results.some((x) => x.method.toLowerCase() === 'spf'));
      if (envelope !== null && boxSpf) return true;
    }
  }
  return others.some((o) =>
    o.results.some((x) => {
      if (x.method.toLowerCase() !== method) return false;
      const theirs = x.result.toLowerCase();
      if (theirs === mine) return false;
      if (method === 'dmarc') return true;
      if (method === 'dkim' && (theirs === 'none' || mine === 'none')) return true;
      return identityKey(x) === key;
    }),
  );
}

/** The envelope an SPF result names (RFC 8601 `smtp.mailfrom`, or the older `smtp.mail`). */
function spfMailFrom(props: AuthResultEntry['props']): string | undefined {
  return props['smtp.mailfrom'] ?? props['smtp.mail'];
}

/** A result's method and the identity it is about, for comparing two rows' results. */
function identityKey(r: AuthResultEntry): string {
  const method = r.method.toLowerCase();
  const p = r.props;
  const about =
    method === 'spf'
      ? (spfMailFrom(p) ?? p['smtp.helo'] ?? '').replace(/^.*@/, '')
      : method === 'dkim'
        ? (dkimDomain(r) ?? '')
        : method === 'dmarc'
          ? (p['header.from'] ?? '')
          : '';
  return `${method} ${hostKey(about)}`;
}

/**
 * Whether HeaderLens checked the message itself (online) and every result `results` states is one
 * it found, for the same identity: SPF for the envelope domain it checked, DKIM for a signature of
 * that domain, DMARC for the From domain, ARC. Any other method, or a result without its identity,
 * does not agree.
 */
export function claimsAgree(results: ReadonlyArray<AuthResultEntry>, ctx: RuleContext): boolean {
  const a = ctx.analysis;
  if (a.mode !== 'online' || results.length === 0) return false;
  return results.every((r) => {
    const result = r.result.toLowerCase();
    switch (r.method.toLowerCase()) {
      case 'spf': {
        const identity = spfMailFrom(r.props) ?? r.props['smtp.helo'];
        return identity !== undefined && sameDomain(identity, a.spf.domain) && result === a.spf.result;
      }
      case 'dkim': {
        // "dkim=none" names no signature: it agrees when HeaderLens found none either (an unsigned
        // message under a box's OpenDKIM row: real-mail round 169).
        if (result === 'none' && a.dkim.length === 0) return true;
        // header.d of one domain and header.i of another names what no signature can be (RFC 6376
        // §3.5): the reader reads the i= (r177-pnone-dkim-row-header-d-attacker-header-i-bank-online).
        if (!dkimIdentityHolds(r)) return false;
        const d = dkimDomain(r);
        return d !== null && a.dkim.some((k) => sameDomain(k.domain, d) && k.result === result);
      }
      case 'dmarc': {
        const from = r.props['header.from'];
        return from !== undefined && sameDomain(from, a.dmarc.domain) && result === a.dmarc.result;
      }
      case 'arc':
        // OpenARC's "arc=none" under the box's entry records the chain before the box sealed it:
        // it agrees when the only ARC set is the reader's own (i=1, sealed by its domain) and it
        // verifies (a set a sender seals under the reader's name cannot:
        // r177-pnone-attacker-arc-seal-reader-domain-arc-none-row-online).
        return (
          result === a.arc.result ||
          // rspamd writes a failed chain `arc=reject`.
          (result === 'reject' && a.arc.result === 'fail') ||
          (result === 'none' &&
            a.arc.result === 'pass' &&
            a.arc.instances === 1 &&
            readersOwnSealer(a.arc.sealers[0] ?? '', ctx))
        );
      // OpenDKIM's "dkim-atps=neutral" (RFC 6541, no third-party authorisation asked) claims nothing.
      case 'dkim-atps':
        return result === 'neutral' || result === 'none';
      default:
        return false;
    }
  });
}

/** Whether an ARC sealer's domain is the reader's (its trusted authserv-ids' or recipient domains'). */
function readersOwnSealer(sealer: string, ctx: RuleContext): boolean {
  if (sealer === '') return false;
  const o = ctx.options;
  const domains = [
    ...receiverDomains(o.trustedAuthservIds ?? []),
    ...(o.recipientDomains ?? []).map((d) => hostKey(String(d))),
  ];
  const d = hostKey(sealer);
  return domains.some((x) => d === x || d.endsWith(`.${x}`));
}

/** A DKIM result's header.i, when it has one, is at its header.d or under it (RFC 6376 §3.5). */
function dkimIdentityHolds(r: AuthResultEntry): boolean {
  const d = r.props['header.d'];
  const i = r.props['header.i'];
  if (!d || !i?.includes('@')) return true;
  const id = hostKey(i.slice(i.lastIndexOf('@') + 1));
  const dk = hostKey(d);
  return id === dk || id.endsWith(`.${dk}`);
}
