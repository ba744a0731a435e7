// The one entry: raw RFC 5322 message → Analysis. The CLI, the tests and the service worker call
// this same function; everything it needs from the world comes in through AnalyzeOptions.
import { checkDkimAndArc } from './auth/arc';
import { oneHeaderProvider, parseAuthResults, providerResults } from './auth/authresults';
import { checkDmarc, recomputeAlignment } from './auth/dmarc';
import { boundAuthInput, undecidedByUnhashedBody, unhashedBodies } from './auth/limits';
import { checkSpf, spfIdentityDomain } from './auth/spf';
import { CachingResolver, RecordingResolver } from './dns';
import { offlineChecks } from './engine/offline';
import { unconfirmedHandOffs } from './engine/origin-walk';
import { lookupReverseName, relayFacts, withSpfBreadth } from './engine/relay-facts';
import { runFindingRules } from './findings';
import { alignedDnsFaults } from './findings/auth-state';
import { decideVerdict } from './findings/verdict';
import { findOrigin, type OriginHints } from './message/origin';
import { parseMessage } from './message/parse';
import { parseReceivedChain } from './message/received';
import type { Analysis, AnalyzeOptions, ArcCheck, DkimCheck, DmarcCheck, SpfCheck } from './types';
import { VERSION } from './version';

export async function analyzeMessage(raw: string | Uint8Array, opts: AnalyzeOptions = {}): Promise<Analysis> {
  const started = performance.now();
  const now = opts.now ?? new Date();
  const trusted = opts.trustedAuthservIds ?? [];
  const message = parseMessage(raw);
  // What mailauth may see: hostile sizes left out and reported (lib/auth/limits.ts).
  const bounded = boundAuthInput(raw, opts.messageBytes, opts.maxHashedBytes);
  const hops = parseReceivedChain(message.headers);
  const recorder = opts.resolver ? new RecordingResolver(opts.resolver) : null;
  // One cache per analysis: each name is asked once (and recorded once) however many checks
  // need it, and the DMARC record is fetched while SPF and DKIM are still running, so the
  // cold path costs the deepest chain of lookups, not their sum.
  const resolver = recorder ? new CachingResolver(recorder) : null;
  const fromDomain = message.from?.domain || null;
  if (resolver) {
    for (const name of dmarcTreeWalk(fromDomain)) void resolver.resolve(name, 'TXT').catch(() => undefined);
  }
  const originHints: OriginHints = {
    receiverNetworks: opts.receiverNetworks,
    trustedAuthservIds: trusted,
    // In Gmail or Yahoo (their id among the trusted ones, whatever the user added next to it).
    singleEntryHop: trusted.some((id) => oneHeaderProvider(id) !== null),
  };
  // Online, a reverse name that takes the walk further into a self-hosted receiver must lead back
  // to its IP (lib/engine/origin-walk.ts); none is asked for Gmail, Yahoo or a single entry hop.
  if (resolver) originHints.unconfirmedHandOffs = await unconfirmedHandOffs(hops, originHints, resolver);
  const originHop = findOrigin(hops, originHints);
  const authResults = parseAuthResults(message.headers, trusted, hops);
  const provider = providerResults(authResults);
  // The envelope sender: Return-Path is written at final delivery (RFC 5321 §4.4); without it, the
  // provider's own record of MAIL FROM.
  const providerMailFrom = authResults.find((h) => h.trusted)?.results.find((r) => r.method === 'spf')?.props[
    'smtp.mailfrom'
  ];
  const envelopeFrom = message.returnPath ?? providerMailFrom ?? null;

  let spf: SpfCheck;
  let dkim: DkimCheck[];
  let dmarc: DmarcCheck;
  let arc: ArcCheck;
  const reverse = lookupReverseName(originHop.ip, originHop.rdns, resolver);
  if (resolver && recorder) {
    const spfCheck: Promise<SpfCheck> = originHop.ip
      ? checkSpf({ ip: originHop.ip, helo: originHop.helo, sender: envelopeFrom, resolver, fromDomain })
      : Promise.resolve(
          noSpf(
            envelopeFrom,
            originHop.helo,
            'No Received header names the IP that handed the message over.',
          ),
        );
    // DKIM and ARC from one parse of the message: its body is hashed once, not twice.
    [spf, { dkim, arc }] = await Promise.all([
      spfCheck,
      checkDkimAndArc(bounded.input, { resolver, fromDomain, now }),
    ]);
    dkim = unhashedBodies(dkim, bounded.bounds);
    dmarc = undecidedByDnsFault(await checkDmarc({ fromDomain, spf, dkim, resolver }), spf, dkim);
    dmarc = undecidedByUnhashedBody(dmarc, dkim, bounded.bounds);
    ({ spf, dkim } = recomputeAlignment({ fromDomain, spf, dkim, dmarc }));
    spf = withSpfBreadth(spf, recorder.log, opts.classifyIp);
  } else {
    ({ spf, dkim, dmarc, arc } = offlineChecks({ provider, fromDomain, envelopeFrom, origin: originHop }));
  }

  const relay = relayFacts({ hops, originHop, opts, reverse: await reverse, spf, dkim });
  const partial: Omit<Analysis, 'verdict' | 'summary' | 'findings'> = {
    mode: recorder ? 'online' : 'offline',
    from: message.from,
    replyTo: message.replyTo,
    to: message.to,
    returnPath: message.returnPath,
    messageId: message.messageId,
    subject: message.subject,
    date: message.date,
    origin: relay.origin,
    hops: relay.hops,
    spf,
    dkim,
    dmarc,
    arc,
    authResults,
    provider,
    dns: recorder?.log ?? [],
    meta: {
      version: VERSION,
      ipData: opts.ipDataVersion ?? null,
      analysedAt: now.toISOString(),
      durationMs: 0,
      size: message.size,
      notByteExact: opts.notByteExact ?? false,
      ...(bounded.bounds.skipped.length > 0 || !bounded.bounds.bodyHashed ? { bounds: bounded.bounds } : {}),
    },
  };
  const findings = runFindingRules({ analysis: partial, message, options: opts });
  const { verdict, summary } = decideVerdict(partial, findings);
  partial.meta.durationMs = Math.round(performance.now() - started);
  return { verdict, summary, ...partial, findings };
}

/**
 * DMARC "fail" means no aligned identifier passed. If SPF or a DKIM key lookup for an aligned
 * domain failed temporarily, that identifier might have passed: the result is temperror, not fail
 * (RFC 7489 §6.6.2, RFC 7208 §2.6.6). Otherwise a DNS outage would brand real mail as spoofed.
 */
function undecidedByDnsFault(dmarc: DmarcCheck, spf: SpfCheck, dkim: DkimCheck[]): DmarcCheck {
  if (dmarc.result !== 'fail') return dmarc;
  const faults = alignedDnsFaults({ spf, dkim });
  if (faults.length === 0) return dmarc;
  return {
    ...dmarc,
    result: 'temperror',
    info: `DMARC could not be decided: the ${faults.join(' and ')} check hit a temporary DNS error, so an aligned pass cannot be ruled out.`,
  };
}

/**
 * The names mailauth's DMARC lookup will ask (the DMARCbis tree walk: `_dmarc.` + the From domain
 * and each parent up to the TLD, at most 8 labels), so they can all be asked at once up front.
 */
function dmarcTreeWalk(fromDomain: string | null): string[] {
  if (!fromDomain) return [];
  const labels = fromDomain.split('.').filter(Boolean).slice(-8);
  return labels.map((_, i) => `_dmarc.${labels.slice(i).join('.')}`);
}

function noSpf(envelopeFrom: string | null, helo: string | null, info: string): SpfCheck {
  return {
    result: 'none',
    domain: spfIdentityDomain(envelopeFrom, helo),
    aligned: false,
    ip: null,
    helo,
    envelopeFrom,
    mechanism: null,
    explanation: null,
    lookups: 0,
    info,
  };
}
