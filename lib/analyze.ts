// The one entry: raw RFC 5322 message → Analysis. The CLI, the tests and the service worker call
// this same function; everything it needs from the world comes in through AnalyzeOptions.
import { checkDkimAndArc } from './auth/arc';
import { sealersInHeaders } from './auth/arc-strict';
import { oneHeaderProvider, parseAuthResults } from './auth/authresults';
import { checkDkim } from './auth/dkim';
import { checkDmarc, recomputeAlignment, withMissingFromDomain } from './auth/dmarc';
import {
  boundAuthInput,
  boundsCut,
  receivedToRead,
  undecidedByUnhashedBody,
  unhashedBodies,
} from './auth/limits';
import { withListRestore } from './auth/list-restore';
import { quotedLines, withoutMboxQuoting } from './auth/mbox-quoting';
import { checkSpf, spfIdentityDomain } from './auth/spf';
import { spfTreeRecorder, withSpfTree } from './auth/spf-tree';
import { subjectTagged } from './auth/subject-tag';
import { CachingResolver, RecordingResolver } from './dns';
import { hostKey, hostNameProblem } from './dns/name';
import { ownerDomain, registrableDomain, sameOwner } from './dns/registrable';
import { strictestAuthor } from './engine/author';
import {
  describeGateway,
  gatewayMailFrom,
  gatewaySealedAtEntry,
  hostedGatewayHops,
  hostedGatewayNameHops,
  mergeGatewayResults,
  providerWithGateway,
  sharedGatewayDomain,
  sharedGatewayNetwork,
  trustedGatewayHints,
  trustedGatewayResults,
  withSealedGatewayResults,
} from './engine/gateways';
import { loginOnNamedBoxOnline } from './engine/login-elsewhere';
import { loginSubmission } from './engine/login-submission';
import { type LookalikeTwin, lookalikeTwin } from './engine/lookalike-twin';
import { offlineAtTrustedGateway, offlineChecks, offlineSignedLengths } from './engine/offline';
import {
  confirmedGatewayHelos,
  confirmedGatewayNames,
  gatewayReverseNames,
  innerHosts,
  ownSubdomains,
  printedGatewayNames,
  printedUnnamedGateways,
  receiverMxDomains,
  receiverMxHosts,
  receiverReverseNames,
  staysInside,
  unconfirmedHandOffs,
} from './engine/origin-walk';
import { lookupReverseName, type ReverseName, relayFacts, withSpfBreadth } from './engine/relay-facts';
import { withEntryNames } from './engine/sealer-entry-names';
import {
  undecidedByDnsFault,
  undecidedByFetch,
  undecidedByReceiverMx,
  undecidedMxHop,
} from './engine/undecided';
import { runFindingRules } from './findings';
import { listBounceEnvelope, listEvidence, markListSigned } from './findings/list-evidence';
import { decideVerdict } from './findings/verdict';
import { recallSender } from './memory/model';
import { emlxMessage } from './message/emlx';
import { findOrigin, type OriginHints } from './message/origin';
import { exchangeOrgRows } from './message/origin-exchange';
import { fetchedLoginOutsider } from './message/origin-fetch';
import { receivedSpfAboveEntry, receiverNamesNat } from './message/origin-nat';
import { parseMessage } from './message/parse';
import { parseReceivedChain } from './message/received';
import { receiverDomains } from './message/receiver-hosts';
import { prepareClassifier } from './relay/classify';
import { prepareSpfBreadth } from './relay/spf-breadth';
import type {
  Analysis,
  AnalyzeOptions,
  ArcCheck,
  DkimCheck,
  DmarcCheck,
  HeaderField,
  Hop,
  Resolver,
  SpfCheck,
} from './types';
import { VERSION } from './version';
import { resolveWebmail } from './webmail/profile-detect';

export async function analyzeMessage(raw: string | Uint8Array, opts: AnalyzeOptions = {}): Promise<Analysis> {
  // A copy saved by Apple Mail (.emlx): the message without its length line and property list.
  raw = emlxMessage(raw) ?? raw;
  const started = performance.now();
  const now = opts.now ?? new Date();
  const message = parseMessage(raw);
  // What mailauth may see: hostile sizes left out and reported (lib/auth/limits.ts).
  const bounded = boundAuthInput(raw, opts.messageBytes, opts.maxHashedBytes);
  const hops = parseReceivedChain(receivedToRead(message.headers));
  // An original attached by someone outside the reader's organisation (lib/attached.ts): its
  // Received and Authentication-Results lines are that sender's text. No receiver, no provider
  // results, no delivery: only what the signatures prove.
  const unseen = opts.attached === true && opts.attachedBy?.insider === false;
  // The webmail's rules (lib/webmail/profiles.ts), added to what the caller passed.
  const webmail = unseen ? null : resolveWebmail(opts.webmail, hops);
  const trusted = unseen
    ? []
    : [...new Set([...(opts.trustedAuthservIds ?? []), ...(webmail?.profile.trustedAuthservIds ?? [])])];
  const receiverNetworks = [...(opts.receiverNetworks ?? []), ...(webmail?.profile.receiverNetworks ?? [])];
  const recorder = opts.resolver ? new RecordingResolver(opts.resolver) : null;
  // One cache per analysis: each name is asked once (and recorded once) however many checks
  // need it, and the DMARC record is fetched while SPF and DKIM are still running, so the
  // cold path costs the deepest chain of lookups, not their sum.
  const resolver = recorder ? new CachingResolver(recorder) : null;
  const fromDomain = message.from?.domain || null;
  if (resolver) {
    for (const name of dmarcTreeWalk(fromDomain)) void resolver.resolve(name, 'TXT').catch(() => undefined);
  }
  const gatewayHints = trustedGatewayHints(unseen ? undefined : opts.trustedGateways);
  const originHints: OriginHints = {
    ...gatewayHints,
    receiverNetworks,
    ...(opts.natNetworks?.length ? { natNetworks: opts.natNetworks } : {}),
    trustedAuthservIds: trusted,
    // In Gmail or Yahoo (their id among the trusted ones, whatever the user added next to it).
    singleEntryHop:
      webmail?.profile.entryRule === 'single-entry-hop' ||
      trusted.some((id) => oneHeaderProvider(id) !== null),
    ...(webmail?.profile.entryRule === 'exchange-online'
      ? { entryRule: 'exchange-online' as const, exchangeOrgRows: exchangeOrgRows(message.headers) }
      : {}),
  };
  // Online, a reverse name that takes the walk further into a self-hosted receiver must lead back
  // to its IP (lib/engine/origin-walk.ts); none is asked for Gmail, Yahoo or a single entry hop.
  let mxFault: string | null = null;
  if (resolver && !unseen) {
    // The hosts the reader's own domains' MX records name are the receiver's, whatever zone they
    // lie in (a DuckDNS box's backup MX under a second DuckDNS name).
    // Not at Gmail, Yahoo or Exchange Online, whose walk never passes a relay of the reader's by
    // name (red-team round 132: a Gmail reader's MX timing out made every spoof undecided).
    if (
      trusted.length > 0 &&
      opts.recipientDomains?.length &&
      !originHints.singleEntryHop &&
      originHints.entryRule !== 'exchange-online'
    ) {
      const mx = await receiverMxHosts(
        receiverMxDomains(opts.recipientDomains, hops, receiverDomains(trusted), trusted),
        resolver,
        [...opts.recipientDomains, ...ownSubdomains(opts.recipientDomains, trusted)],
      );
      if (mx.hosts.length > 0) originHints.receiverMxHosts = mx.hosts;
      mxFault = mx.fault;
    }
    // The receiver's own hops whose line printed no reverse name (on-premises Exchange behind a
    // filter), named by a forward-confirmed PTR under the receiver's domains.
    const named = await receiverReverseNames(hops, originHints, resolver);
    if (named.size > 0) originHints.receiverReverseNames = named;
    originHints.unconfirmedHandOffs = await unconfirmedHandOffs(hops, originHints, resolver, opts.classifyIp);
    // A LAN-named client's line over a public one: written by an inner server or by the host the
    // internet reaches (its domain's MX host), where behind a NAT any client greets so (probe21).
    const inner = await innerHosts(hops, originHints, resolver);
    if (inner.size > 0) originHints.innerHosts = inner;
  }
  // A trusted network in hosting space is every tenant's: there a network match alone is not the
  // gateway (probe41-trusted-gateway-cloud-16-attacker-vm, lib/engine/gateways.ts).
  if (gatewayHints.gatewayNetworks?.length) {
    const hosted = await hostedGatewayHops(hops, gatewayHints.gatewayNetworks, opts.classifyIp);
    if (hosted.size > 0) originHints.hostedGatewayHops = hosted;
  }
  // A trusted gateway known by name counts only when the name leads back to its IP; offline none does.
  // Inside hosting space a hoster's default name under a trusted domain (the hoster's zone) is not
  // the gateway's: every tenant's VM has one that leads back (probe52, lib/engine/gateways.ts).
  if (resolver && gatewayHints.gatewayDomains?.length) {
    const hostedNames = () =>
      hostedGatewayNameHops(
        hops,
        gatewayHints.gatewayDomains,
        opts.classifyIp,
        originHints.gatewayReverseNames,
      );
    originHints.hostedGatewayNames = await hostedNames();
    originHints.gatewayReverseNames = await gatewayReverseNames(hops, originHints, resolver);
    originHints.hostedGatewayNames = await hostedNames();
    originHints.confirmedGatewayNames = await confirmedGatewayNames(hops, originHints, resolver);
    originHints.confirmedGatewayHelos = await confirmedGatewayHelos(
      hops,
      originHints.confirmedGatewayNames,
      resolver,
    );
  }
  // Offline no name can be looked up: a gateway trusted by name counts where the reader's own box
  // printed that name for the hop it received from in a whole Postfix, Sendmail or Exim line, the
  // writers that print a reverse name only once it leads back (lib/engine/origin-walk.ts
  // printedGatewayNames, printedUnnamedGateways). A genuine sender behind Trend Micro read spoofed
  // offline where trusting the gateway by address read unverified
  // (rw57-box-trusted-gateway-by-name-sender-helo-literal-offline).
  if (!resolver && !unseen && gatewayHints.gatewayDomains?.length) {
    originHints.gatewayReverseNames = printedUnnamedGateways(hops, originHints);
    originHints.hostedGatewayNames = await hostedGatewayNameHops(
      hops,
      gatewayHints.gatewayDomains,
      opts.classifyIp,
      originHints.gatewayReverseNames,
    );
    originHints.confirmedGatewayNames = printedGatewayNames(hops, originHints);
  }
  const originHop: ReturnType<typeof findOrigin> = unseen
    ? { hopIndex: null, ip: null, helo: null, rdns: null }
    : findOrigin(hops, originHints);
  // Mail written on the receiving system itself (a bounce, cron mail): inside the receiver when
  // its From is the receiver's own organisation (the `by` hosts'), and the message was delivered
  // as it stands (not an attachment, whose Received lines are whoever attached it). A receiver
  // behind NAT or a proxy records an internal address for every client, so outside mail looks
  // local there too: the bank's spoof must still fail (probe13). Nor is an entry whose client
  // greeted as a stranger through such an address (`natAddress`) mail written on the box, whatever
  // its From: the CEO forged from the internet to a box behind Docker's proxy, which wrote no
  // results of its own, read "never crossed the internet" (probe88, probe92); a login there still is.
  if (
    originHop.local &&
    !originHop.natAddress &&
    !opts.attached &&
    ownOrganisation(fromDomain, hops, message.headers, originHop.hopIndex, opts.recipientDomains ?? [])
  )
    originHop.insideReceiver = true;
  // A colleague's login: the receiver's own first network receipt records an authenticated client
  // (RFC 3848 `with ESMTPSA`) on a box named under the From's own organisation, which delivered it
  // on the spot (rw19-mdaemon24-colleague-esmtpsa-ipv6-home-local-delivery). SPF and DMARC judge
  // mail handed over between organisations; a login submission is neither, and unsigned it proves
  // nothing either way. Not on a free-mail or sign-up domain, whose users are strangers, nor, as a
  // colleague's, on a shared host (its name is the hoster's, whatever --recipient-domain says:
  // probe15's co-tenant).
  // A user of another organisation logging in (a customer of the same box) is a login too: SPF at
  // its client's address means nothing, and the verdict names the login (login-outside-organisation).
  // A login on a box the reader named under another name than the From's (lib/engine/login-elsewhere.ts):
  // the firm's box for its second domain, which the From domain's own MX names, with the box's
  // record of a colleague's login (rw41-postfix-two-firm-domains-notary-own-login); or a shared
  // host's record of a login of another organisation, at p=quarantine/reject: suspicious, naming
  // it (rw41-cpanel-shared-host-one-customer-two-domains-quarantine). Online only: it needs the MX.
  // An attached original is read so only where the receiver wrote the report itself (its own
  // delivery status notification, lib/attached.ts): the copy is then the receiver's own queue file
  // (the reader's box returning the reader's own submission in a bounce: realworld147). A person's
  // report vouches for the delivery lines, not for a login line inside what it attached.
  else if (!opts.attached || opts.attachedBy?.receiverWrote === true) {
    const receivers = [...receiverDomains(trusted), ...(opts.recipientDomains ?? []).map(hostKey)];
    const login =
      loginSubmission(hops, originHop.hopIndex, fromDomain, receivers, message.headers) ??
      (resolver
        ? await loginOnNamedBoxOnline(
            hops,
            originHop.hopIndex,
            fromDomain,
            receivers,
            message.headers,
            resolver,
          )
        : null);
    if (login) {
      originHop.insideReceiver = true;
      originHop.loginSubmission = true;
      if (login.outsider) originHop.loginOutsider = login.outsider;
      if (login.unrecorded) originHop.loginUnrecorded = true;
    }
  }
  // The entry hop ends the region the receiver wrote: A-R headers below it are the sender's.
  // Behind a trusted gateway, its own results (recorded before it rewrote links) count like the
  // provider's, and answer for the sender before the provider's (lib/engine/gateways.ts).
  // Collected from another mailbox whose provider's walk stopped at a login it records by name: a
  // user outside the From's organisation wrote it (probe40-fetch-provider-login-names-outsider-user).
  const fetchOutsider =
    originHop.fetchedFrom !== undefined && originHop.ip === null
      ? fetchedLoginOutsider(hops, originHop.fetchedFrom, fromDomain, message.headers)
      : null;
  let authResults = mergeGatewayResults(
    parseAuthResults(message.headers, trusted, hops, originHop.hopIndex),
    trustedGatewayResults(message.headers, hops, originHop, gatewayHints),
  );
  let provider = providerWithGateway(authResults, fromDomain);
  /** The gateway's sealed record, once the chain that carries it is known to be intact. */
  const addSealed = (intact: string[] | 'from-headers' | null) => {
    const before = authResults;
    authResults = withSealedGatewayResults(authResults, {
      headers: message.headers,
      originHop,
      hints: gatewayHints,
      intact,
    });
    // The same list back (nothing sealed to add, the usual case): the provider reading stands.
    if (authResults !== before) provider = providerWithGateway(authResults, fromDomain);
  };
  // The envelope sender: Return-Path is written at final delivery (RFC 5321 §4.4); without it, the
  // provider's own record of MAIL FROM.
  // The first spf= row naming smtp.mailfrom: Stalwart writes its HELO identity's row first
  // (rw46-stalwart-2023-no-return-path-spf-only-netbios-helo).
  const providerMailFrom = authResults
    .find((h) => h.trusted)
    ?.results.find((r) => r.method === 'spf' && r.props['smtp.mailfrom'] !== undefined)?.props[
    'smtp.mailfrom'
  ];
  // A trusted gateway's record comes first: the Return-Path is what the gateway used towards the provider.
  const envelopeFrom = gatewayMailFrom(authResults) ?? message.returnPath ?? providerMailFrom ?? null;

  let spf: SpfCheck;
  let dkim: DkimCheck[];
  let dmarc: DmarcCheck;
  let arc: ArcCheck;
  let author = message.from;
  let twin: LookalikeTwin | null = null;
  /** The mailbox server the message was collected from, where that left DMARC undecided (undecidedByFetch). */
  let collectedFrom: string | null = null;
  let receiverMxUnknown: { domain: string; host: string } | null = null;
  const reverse = lookupReverseName(originHop.ip, originHop.rdns, resolver);
  // The IP data shards for the Received chain load while DNS answers (lib/relay/tables.ts).
  const ipsReady = prepareClassifier(opts.classifyIp, [...hops.map((h) => h.ip), originHop.ip]);
  if (resolver && recorder) {
    // The SPF picture, drawn by the check's own walk (no second walk when the log allows it).
    const spfTree = spfTreeRecorder();
    const spfCheck: Promise<SpfCheck> =
      originHop.ip && !originHop.loginSubmission
        ? checkSpf({
            ip: originHop.ip,
            helo: originHop.helo,
            sender: envelopeFrom,
            resolver,
            fromDomain,
            tree: spfTree,
          })
        : Promise.resolve(
            noSpf(
              envelopeFrom,
              originHop.helo,
              originHop.insideReceiver
                ? insideText(webmail, originHop)
                : originHop.hopIndex !== null && hops[originHop.hopIndex]?.unreadable
                  ? 'The Received line of the hop that handed the message over cannot be read unambiguously (its HELO name runs into the receiver’s record): no IP to check.'
                  : unseen
                    ? `The message was attached by ${opts.attachedBy?.from ?? 'an unknown sender'}, outside your organisation: its Received lines are that sender’s text, so no IP can be checked.`
                    : originHop.natDeclared
                      ? `The message reached the receiver through ${originHop.natAddress}, which you named a NAT or proxy in front of it: the sender’s own address is not in the message, so there is no IP to check.`
                      : originHop.natAddress
                        ? `The receiver recorded an internal address (${originHop.natAddress}) for the client that handed the message over, which named itself ${originHop.helo ?? originHop.rdns ?? 'nothing'}, not one of the receiver’s relays: behind a NAT or proxy the sender’s own address is not in the message, so there is no IP to check.`
                        : fetchOutsider
                          ? `The receiver collected the message from another mailbox, whose provider recorded that ${fetchOutsider}, a user outside ${fromDomain ?? 'the From domain'}’s organisation, logged in and submitted it: no server of ${fromDomain ?? 'the From domain'} handed it over, so there is no IP to check.`
                          : originHop.fetchedFrom !== undefined
                            ? `The receiver collected the message from another mailbox (${hops[originHop.fetchedFrom]?.with ?? 'POP3'} from ${originHop.rdns ?? originHop.helo ?? 'its server'}), and the lines that mailbox’s provider wrote below do not name the server that sent it there: no IP to check.`
                            : originHop.unaddressed
                              ? 'The receiver recorded the client that handed the message over by its HELO name alone (MDaemon without its X-MDRemoteIP row): no IP to check.'
                              : 'No Received header names the IP that handed the message over.',
            ),
          );
    // Behind the receiver's NAT or proxy our check has no address, and the receiver's own SPF check
    // saw the NAT's: where its record names that address as the client (probe101), or, naming
    // none, the envelope's record (a null sender's HELO's) passes that address too (a record
    // listing ip4:10.0.0.0/8), the receiver's pass speaks for no sender (probe94, probe96); where
    // it does not, the receiver learnt the client some other way (HAProxy's X-Forwarded-For read by
    // its filter, which then names the real client: realworld92) and its pass stands.
    const natNamed =
      !originHop.ip && originHop.natAddress && provider?.proven
        ? receiverNamesNat(
            originHop.natAddress,
            authResults
              .filter((h) => h.proven && h.authservId === provider?.authservId)
              .flatMap((h) => h.results),
            receivedSpfAboveEntry(message.headers, originHop.hopIndex),
          )
        : false;
    const natSpf =
      !natNamed && !originHop.ip && originHop.natAddress && provider?.proven && provider.spf === 'pass'
        ? checkSpf({
            ip: originHop.natAddress,
            helo: originHop.helo,
            sender: envelopeFrom,
            resolver,
            fromDomain,
          })
        : null;
    // DKIM and ARC from one parse of the message: its body is hashed once, not twice.
    [spf, { dkim, arc }] = await Promise.all([
      spfCheck,
      checkDkimAndArc(bounded.input, {
        resolver,
        fromDomain,
        now,
        headersOnly: !bounded.bounds.bodyHashed,
      }),
    ]);
    if (natNamed) originHop.natSpfPass = true;
    else if (natSpf) originHop.natSpfPass = (await natSpf).result === 'pass';
    // A copy saved out of a mailbox file with its `>From ` quoting left in: the signatures that
    // verify in full once it is undone (lib/auth/mbox-quoting.ts).
    if (bounded.bounds.bodyHashed && dkim.some((d) => d.cause === 'body-hash-mismatch'))
      dkim = await withMboxUnquoted(bounded.input, dkim, { resolver, fromDomain, now });
    dkim = unhashedBodies(dkim, bounded.bounds);
    // A signature whose x= expiry has passed since the receiver took the message (read days later).
    const entryDate = originHop.hopIndex === null ? null : (hops[originHop.hopIndex]?.date ?? null);
    if (entryDate !== null && dkim.some((d) => d.cause === 'expired'))
      dkim = await withExpiryAtEntry(bounded.input, dkim, { resolver, fromDomain, now }, entryDate);
    dmarc = undecidedByDnsFault(await checkDmarc({ fromDomain, spf, dkim, resolver }), spf, dkim);
    dmarc = undecidedByUnhashedBody(dmarc, dkim, bounded.bounds);
    // Undecided only where the provider's lines could hide the sender (its NAT, proxy, login or
    // hand-off): not where its entry line is unreadable (the client broke it:
    // probe40-fetch-provider-entry-helo-unclosed-comment), nor where its login names an outsider.
    if (
      originHop.fetchedFrom !== undefined &&
      originHop.ip === null &&
      !(originHop.hopIndex !== null && hops[originHop.hopIndex]?.unreadable) &&
      !fetchOutsider
    ) {
      const before = dmarc;
      dmarc = undecidedByFetch(dmarc, dkim);
      if (dmarc !== before)
        collectedFrom = hops[originHop.fetchedFrom]?.rdns ?? hops[originHop.fetchedFrom]?.helo ?? 'POP3/IMAP';
    }
    // The reader's MX lookup failed and the walk stopped at a named host handing over to the
    // receiver: that host may be the reader's own backup MX, which the walk would have passed.
    const mxUnknown = mxFault !== null ? undecidedMxHop(hops, originHop, trusted) : null;
    if (mxUnknown !== null && mxFault !== null) {
      dmarc = undecidedByReceiverMx(dmarc, dkim, mxFault, mxUnknown);
      receiverMxUnknown = { domain: mxFault, host: mxUnknown };
    }
    // RFC 7489 §6.6.1: with several From addresses, the strictest failing author domain decides.
    const strictest = await strictestAuthor(message.fromAll, dmarc, async (domain) =>
      undecidedByDnsFault(await checkDmarc({ fromDomain: domain, spf, dkim, resolver }), spf, dkim),
    );
    if (strictest) ({ author, dmarc } = strictest);
    const authorDomain = author?.domain || null;
    if (originHop.insideReceiver)
      dmarc = notForInternalMail(dmarc, dkim, insideText(webmail, originHop), originHop.local === true);
    dmarc = await withMissingFromDomain(dmarc, resolver);
    ({ spf, dkim } = recomputeAlignment({ fromDomain: authorDomain, spf, dkim, dmarc }));
    // A list's changes undone, to see whether the From domain's own signature then verifies.
    // Or a subject tag alone (`[EXTERNAL] `, an inbound gateway's, before the reader's provider):
    // only the tag is then taken as undone (lib/findings/list.ts, subject-tag-added).
    // Also on a list's post whose DMARC pass rests on the list's own envelope (Origin.listRelay):
    // there only the author's own signature says who wrote it.
    if (
      (dmarc.result === 'fail' || listBounceEnvelope(message, spf.envelopeFrom) !== null) &&
      (listEvidence(message) || subjectTagged(message.subject))
    )
      dkim = await listRestored(bounded.input, dkim, {
        resolver,
        now,
        fromDomain: authorDomain,
        ...(entryDate !== null && !Number.isNaN(Date.parse(entryDate))
          ? { entryAt: new Date(entryDate) }
          : {}),
      });
    addSealed(arc.result === 'pass' ? arc.sealers : null);
    await prepareSpfBreadth(spf, recorder.log, opts.classifyIp);
    spf = withSpfBreadth(spf, recorder.log, opts.classifyIp);
    spf = await withSpfTree(spf, recorder.log, spfTree);
    await traceOwnServerName(spf, dkim, authorDomain, reverse, resolver);
    // nørthbank.example beside a northbank.example that guards itself with DMARC (probe26).
    twin = await lookalikeTwin(authorDomain, resolver, { dkim, spf });
  } else {
    addSealed(provider?.arc === 'pass' ? 'from-headers' : null);
    ({ spf, dkim, dmarc, arc } = offlineChecks({ provider, fromDomain, envelopeFrom, origin: originHop }));
    dkim = offlineSignedLengths(
      dkim,
      message.headers,
      bounded.input,
      bounded.bounds.bodyHashed,
      (provider?.dkim ?? []).map((d) => d.b),
    );
  }

  const reverseName = await reverse;
  await ipsReady;
  const relay = relayFacts({ hops, originHop, opts, reverse: reverseName, spf, dkim, fromDomain });
  // A forwarder's seal whose SPF pass names another client than its entry line shows: that client's
  // reverse name, when a known gateway's (lib/engine/sealer-entry-names.ts).
  // The sealers of a chain known to be intact (ours, else the provider's word), in order i=1..n.
  const intact =
    arc.result === 'pass' && arc.sealers.length > 0
      ? arc.sealers
      : provider?.arc === 'pass'
        ? sealersInHeaders(message.headers)
        : [];
  if (resolver && recorder)
    arc = await withEntryNames(arc, message.headers, relay.hops, author?.domain ?? null, intact, resolver);
  const gateway = describeGateway({
    headers: message.headers,
    hops,
    originHop,
    reverse: reverseName,
    results: authResults,
    fromDomain,
    intact,
  });
  if (!recorder)
    ({ spf, dmarc } = offlineAtTrustedGateway({ spf, dkim, dmarc }, provider, gateway, originHop.ip));
  // The hop that handed over sits in a trusted network the user shares with every tenant of it.
  const sharedNetwork = sharedGatewayNetwork(
    hops,
    originHop.hopIndex,
    originHints.hostedGatewayHops,
    gatewayHints.gatewayNetworks,
  );
  const sharedDomain = sharedGatewayDomain(
    hops,
    originHop.hopIndex,
    originHints.hostedGatewayNames,
    gatewayHints.gatewayDomains,
    originHints.gatewayReverseNames,
  );
  // A list's post came in from a client of the list's host: a server below the one that handed it
  // over, at any address but the host's own loopback (a campus address counts: red-team round 223's
  // student straight to the Sympa host). What the host wrote itself (Mailman's digest from
  // devel-request@, real-mail round 26) shows no such hop, and a post cannot hide the line the host
  // wrote on taking it.
  // groups.io records its intake as X-Received (real-mail round 210), which the walk does not read.
  const posted =
    (originHop.hopIndex !== null &&
      relay.hops.some((h) => h.index > originHop.hopIndex! && !!h.ip && !LOOPBACK.test(h.ip))) ||
    message.headers.some((h) => {
      if (h.key !== 'x-received') return false;
      const ip = /^\s*from\s[^;]*?\[(?:IPv6:)?([0-9a-f.:]{2,45})\]/i.exec(h.value)?.[1];
      return !!ip && !LOOPBACK.test(ip);
    });
  const listRelay = posted ? listBounceEnvelope(message, spf.envelopeFrom) : null;
  if (listRelay !== null) dkim = markListSigned(dkim, message, listRelay);
  const partial: Omit<Analysis, 'verdict' | 'summary' | 'findings'> = {
    mode: recorder ? 'online' : 'offline',
    from: author,
    replyTo: message.replyTo,
    to: message.to,
    returnPath: message.returnPath,
    messageId: message.messageId,
    subject: message.subject,
    date: message.date,
    origin: withOriginMarks(relay.origin, originHop, hops, {
      sharedNetwork,
      sharedDomain,
      collectedFrom,
      receiverMxUnknown,
      listRelay,
    }),
    hops: relay.hops,
    spf,
    dkim,
    dmarc,
    arc,
    authResults,
    provider,
    gateway,
    dns: recorder?.log ?? [],
    ...(twin ? { lookalikeTwin: twin } : {}),
    meta: {
      version: VERSION,
      ipData: opts.ipDataVersion ?? null,
      analysedAt: now.toISOString(),
      durationMs: 0,
      size: message.size,
      notByteExact: opts.notByteExact ?? false,
      profile: webmail?.use ?? null,
      ...(boundsCut(bounded.bounds) ? { bounds: bounded.bounds } : {}),
    },
  };
  // What the sender memory knew before this message (issue 21): read here, learnt after (lib/memory/learn.ts).
  if (opts.senderMemory) partial.memory = recallSender(opts.senderMemory, partial);
  // A trusted gateway's ARC seal counts as a trusted forwarder's (lib/findings/arc.ts reads the list).
  // Where its seal was made at the reader's entry, not by another account of the same service
  // below it (gatewaySealedAtEntry, red-team round 142).
  const gatewaySealers =
    gatewayHints.gatewayDomains?.length &&
    gatewaySealedAtEntry(message.headers, originHop, gatewayHints.gatewayDomains)
      ? gatewayHints.gatewayDomains
      : [];
  const forwarders = [...new Set([...(opts.trustedForwarders ?? []), ...gatewaySealers])];
  const findings = runFindingRules({
    analysis: partial,
    message,
    // The rules see the profile's ids and networks as if the caller had passed them.
    options: { ...opts, trustedAuthservIds: trusted, receiverNetworks, trustedForwarders: forwarders },
  });
  const { verdict, summary, summaryMessage } = decideVerdict(partial, findings);
  partial.meta.durationMs = Math.round(performance.now() - started);
  return { verdict, summary, summaryMessage, ...partial, findings };
}

/**
 * The relay's origin with what the walk and the checks found about the entry, each key only where
 * it holds (set one by one, in this order: a spread of a literal per key, most of them empty, was
 * the larger part of building an Analysis).
 */
/** The host's own loopback (127.0.0.0/8, ::1, and IPv4-mapped). */
const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/i;

function withOriginMarks(
  relayOrigin: Analysis['origin'],
  originHop: ReturnType<typeof findOrigin>,
  hops: Hop[],
  found: {
    sharedNetwork: string | null;
    sharedDomain: string | null;
    collectedFrom: string | null;
    receiverMxUnknown: { domain: string; host: string } | null;
    listRelay: string | null;
  },
): Analysis['origin'] {
  const origin: Analysis['origin'] = { ...relayOrigin };
  if (originHop.insideReceiver) origin.insideReceiver = true;
  if (originHop.loginSubmission) origin.loginSubmission = true;
  if (originHop.loginOutsider) origin.loginOutsider = originHop.loginOutsider;
  if (originHop.loginUnrecorded) origin.loginUnrecorded = true;
  if (found.sharedNetwork !== null) origin.sharedGatewayNetwork = found.sharedNetwork;
  if (found.sharedDomain !== null) origin.sharedGatewayDomain = found.sharedDomain;
  if (originHop.natAddress) origin.natAddress = originHop.natAddress;
  if (originHop.natSpfPass) origin.natSpfPass = true;
  if (originHop.natDeclared) origin.natDeclared = true;
  if (found.collectedFrom !== null) origin.collectedFrom = found.collectedFrom;
  if (found.receiverMxUnknown !== null) origin.receiverMxUnknown = found.receiverMxUnknown;
  if (found.listRelay !== null) origin.listRelay = found.listRelay;
  if (originHop.ownRelays) origin.ownRelays = originHop.ownRelays.flatMap((i) => hops[i]?.ip ?? []);
  return origin;
}

const INSIDE_EXCHANGE =
  'Sent inside the organisation’s Exchange Online: the message never crossed the internet, so no sending server hands it over.';
const INSIDE_RECEIVER =
  'No Received header names a server outside the receiving system: the message was written there (a bounce, cron or system mail) and never crossed the internet, so no sending server hands it over.';

const INSIDE_SUBMISSION =
  'A person logged in to the receiving system and submitted the message there (with ESMTPSA, an authenticated submission under the sender’s own domain): it never passed between organisations, so SPF and DMARC do not apply.';

/**
 * Why there is no sending server to judge, for mail inside the receiver: a colleague's login,
 * Exchange Online's own mail, or any system's.
 */
function insideText(
  webmail: ReturnType<typeof resolveWebmail>,
  origin: { loginSubmission?: boolean },
): string {
  if (origin.loginSubmission) return INSIDE_SUBMISSION;
  return webmail?.profile.entryRule === 'exchange-online' ? INSIDE_EXCHANGE : INSIDE_RECEIVER;
}

/** Quoted lines up to which each choice of lines left quoted is tried (2^6 - 1 verifications). */
const MAX_CHOICE_LINES = 6;
/** Messages larger than this get only the one try with every line undone. */
const MAX_CHOICE_BYTES = 256 * 1024;

/**
 * `dkim` with each signature that failed on its body hash replaced by its result on the message
 * with the mbox quoting undone, where that is a pass (marked `mboxUnquoted`).
 */
async function withMboxUnquoted(
  input: Uint8Array | string,
  dkim: DkimCheck[],
  opts: { resolver: Resolver; fromDomain: string | null; now: Date | undefined },
): Promise<DkimCheck[]> {
  // Every quoted line undone first; then, for a few lines in a small message, each choice of lines
  // left quoted (the sender's own `>From ` in mboxo, which quotes without marking: at most
  // 2^MAX_CHOICE_LINES - 1 verifications, each of the whole message).
  const lines = quotedLines(input, MAX_CHOICE_LINES + 1);
  if (lines === 0) return dkim;
  const small = (typeof input === 'string' ? input.length : input.byteLength) <= MAX_CHOICE_BYTES;
  const choices = lines <= MAX_CHOICE_LINES && small ? 2 ** lines - 1 : 1;
  const failed = (line: string | null) =>
    dkim.some((d) => d.line === line && d.cause === 'body-hash-mismatch');
  let again: DkimCheck[] = [];
  for (let mask = 0; mask < choices; mask++) {
    const unquoted = withoutMboxQuoting(input, (n) => ((mask >> n) & 1) === 1);
    if (!unquoted) continue;
    again = await checkDkim(unquoted, opts);
    if (again.some((x) => x.result === 'pass' && failed(x.line))) break;
  }
  // The same signatures in the same order (the headers are unchanged): matched by their line.
  return dkim.map((d) => {
    if (d.cause !== 'body-hash-mismatch') return d;
    const passed = again.find((x) => x.line === d.line && x.result === 'pass');
    return passed
      ? {
          ...passed,
          mboxUnquoted: true,
          info: `${passed.info ?? 'dkim=pass'} (verified once this copy's mbox quoting of body lines starting "From " was undone)`,
        }
      : d;
  });
}

/**
 * lib/auth/list-restore.ts withListRestore, and where nothing was restored and the copy was saved
 * out of a mailbox file with its `>From ` quoting left in, the same on the copy with the quoting
 * undone (each re-check alone undoes one change: a tagged post saved by Thunderbird, real-mail
 * round 151).
 */
async function listRestored(
  input: Uint8Array | string,
  dkim: DkimCheck[],
  opts: Parameters<typeof withListRestore>[2],
): Promise<DkimCheck[]> {
  const restored = await withListRestore(input, dkim, opts);
  if (restored.some((d) => d.listRestore) || quotedLines(input, 1) === 0) return restored;
  const unquoted = withoutMboxQuoting(input);
  return unquoted ? withListRestore(unquoted, restored, opts) : restored;
}

/**
 * DKIM's x= (RFC 6376 §3.5) is judged when the verifier receives the message, not when its reader
 * opens it: a bank notice signed with a 7-day expiry, forwarded (so only DKIM aligns) and read
 * eleven days later read spoofed (probe143-control-x-signed-forwarded-read-later). A signature that
 * failed only because it has expired is checked again at the time the receiver's own entry line
 * records (`entry`, a line no sender writes); one that passes then counts, its info saying so. A
 * replay sent after the expiry is received after it too, and stays expired.
 */
async function withExpiryAtEntry(
  input: Uint8Array | string,
  dkim: DkimCheck[],
  opts: { resolver: Resolver; fromDomain: string | null; now: Date },
  entry: string,
): Promise<DkimCheck[]> {
  const at = new Date(entry);
  if (Number.isNaN(at.getTime()) || at.getTime() >= opts.now.getTime()) return dkim;
  const again = await checkDkim(input, { ...opts, now: at });
  return dkim.map((d) => {
    if (d.cause !== 'expired') return d;
    const passed = again.find((x) => x.line === d.line && x.result === 'pass');
    return passed
      ? {
          ...passed,
          info: `${passed.info ?? 'dkim=pass'} (valid when the receiver took the message on ${entry.slice(0, 10)}; its x= expiry has passed since)`,
        }
      : d;
  });
}

/**
 * Whether `fromDomain` is the reader's own organisation: one the reader named (`recipientDomains`),
 * or else read only from what the receiver wrote:
 * the domain it delivered to (a Delivered-To or X-Original-To above every Received line, or the
 * `for <…>` of its own topmost hops) or, when it names no recipient, the organisation of its own
 * host (the topmost hops' `by`, while they share it); mail from the box's own host name always.
 * Lines below those are the sender's text: a forged "by <bank host>" or Delivered-To there makes
 * no one the reader (probe14). A shared host
 * that delivers for its customers' domains makes a customer's mail its own (rw16), never the
 * hoster's own domain's mail to a customer.
 */
function ownOrganisation(
  fromDomain: string | null,
  hops: Hop[],
  headers: HeaderField[],
  entry: number | null,
  readerDomains: string[],
): boolean {
  if (!fromDomain) return false;
  const host = hostKey(fromDomain);
  const from = registrableDomain(host);
  // The reader's own domains, as the reader gave them (`--recipient-domain`): on-premises Exchange
  // names its hosts in the Windows domain (corp.local) and writes no recipient (realworld18).
  if (from && readerDomains.some((d) => registrableDomain(hostKey(d)) === from)) return true;
  const top = hops[0]?.by ? registrableDomain(hostKey(hops[0].by)) : null;
  if (!from || !top) return false;
  // The receiver's own lines end at its entry hop, or at its first receipt from a network client
  // (an address, or SMTP): below, a line "by" the reader's host with `for <security@bank>` is the
  // sender's (probe15: a forged re-injection under a NAT'd receiver's own line).
  const run: Hop[] = [];
  for (const [i, h] of hops.entries()) {
    if (!h.by || registrableDomain(hostKey(h.by)) !== top) break;
    run.push(h);
    if (i === entry || h.ip !== null || (h.with !== null && /smtp/i.test(h.with))) break;
  }
  // The box's own name (root@<host>, MAILER-DAEMON@<host>: cron, delay warnings) is its own mail
  // whoever it delivers to; the hoster's other domains are not (probe14's billing spoof).
  if (run.some((h) => hostKey(h.by!) === host)) return true;
  const recipients: string[] = [];
  for (const h of headers) {
    if (h.key === 'received') break;
    if (h.key === 'delivered-to' || h.key === 'x-original-to') recipients.push(h.value);
  }
  for (const h of run) if (h.for) recipients.push(h.for);
  const orgs = recipients
    .map((r) => registrableDomain(hostKey(r.slice(r.lastIndexOf('@') + 1).replace(/[<>\s]/g, ''))))
    .filter((o): o is string => !!o);
  return orgs.length > 0 ? orgs.includes(from) : from === top;
}

/**
 * DMARC judges mail that crossed the internet (RFC 7489 §4: SPF needs the connecting IP). Mail
 * between mailboxes of one Exchange Online organisation has none, and is rarely signed, so a
 * "fail" there means nothing was checked — unless a signature aligned with From is present and
 * broken, which stays a failure. The rest is "none": unverified, never spoofed.
 */
function notForInternalMail(dmarc: DmarcCheck, dkim: DkimCheck[], info: string, local: boolean): DmarcCheck {
  if (dmarc.result !== 'fail' || dkim.some((d) => d.aligned && d.result !== 'none')) return dmarc;
  // Read as written on the receiving system: a signature of another organisation that verifies
  // says it was written outside (probe13).
  if (local && dkim.some((d) => d.result === 'pass' && !d.aligned)) return dmarc;
  return { ...dmarc, result: 'none', passedBy: [], info };
}

/**
 * The names mailauth's DMARC lookup will ask (the DMARCbis tree walk: `_dmarc.` + the From domain
 * and each parent up to the TLD, at most 8 labels), so they can all be asked at once up front.
 */
function dmarcTreeWalk(fromDomain: string | null): string[] {
  if (!fromDomain) return [];
  const labels = fromDomain.split('.').filter(Boolean).slice(-8);
  // Names that cannot exist are not asked (lib/auth/dmarc.ts answers them itself).
  return labels.map((_, i) => `_dmarc.${labels.slice(i).join('.')}`).filter((n) => !hostNameProblem(n));
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

/**
 * An unsigned message whose SPF pass comes from a server named inside the From domain: that
 * forward-confirmed name is all that ties the server to the domain (lib/findings/hosted-server.ts
 * ownServerEvidence), so its CNAMEs are followed and recorded for the rule, since one into a
 * cloud's names may point at whoever re-claimed that name (red-team rounds 155 and 159), and then
 * the domain's MX. A few lookups, for such messages only.
 */
async function traceOwnServerName(
  spf: SpfCheck,
  dkim: DkimCheck[],
  fromDomain: string | null,
  reverse: Promise<ReverseName>,
  resolver: Resolver,
): Promise<void> {
  if (spf.result !== 'pass' || !fromDomain) return;
  if (dkim.some((d) => d.result === 'pass' && d.aligned)) return;
  const { name, confirmed } = await reverse;
  if (!name || !confirmed || !sameOwner(name, fromDomain)) return;
  // A CNAME out of the organisation counts only for the domain's primary MX (its MX, recorded).
  const domain = ownerDomain(name);
  if ((await staysInside(name, resolver)) === false && domain)
    await resolver.resolve(domain, 'MX').catch(() => undefined);
}
