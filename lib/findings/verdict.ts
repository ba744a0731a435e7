// The verdict: one word and one sentence, decided by the first matching row of VERDICT_RULES.
// The table is the documentation (README) and each row has its own test.

import { english } from '../i18n/english';
import type { Message } from '../i18n/message';
import type { Analysis, Finding, Verdict } from '../types';
import {
  alignedDnsFaults,
  type DmarcState,
  dmarcState,
  failureNotEnforced,
  hasAlignedPass,
  sharedSpfOnly,
  spfUnaskedBehindNat,
} from './auth-state';
import { FAILURE_IDS, summaryFor } from './summary';

export type VerdictInput = Omit<Analysis, 'verdict' | 'summary' | 'findings'>;

/** Impersonation findings; at high severity they are "strong" evidence (row 2). */
export const IMPERSONATION_IDS = new Set([
  'display-name-address',
  'display-name-brand',
  'lookalike-domain',
  'brand-on-freemail',
  'from-local-part-address',
  'from-unparseable',
  'invisible-characters',
]);

/** A display name's claims beside IMPERSONATION_IDS, which count at medium offline with nothing checked (verdict row 3). */
const NAME_CLAIM_IDS: ReadonlySet<string> = new Set(['display-name-reader-org', 'display-name-domain']);

/** Findings that say the From field gives no single author address to check (verdict row `from-unusable`). */
export const UNUSABLE_FROM_IDS = new Set(['from-unparseable', 'multiple-from']);

export type VerdictRuleId =
  | 'dmarc-fail'
  | 'impersonation-unauthenticated'
  | 'impersonation-unchecked'
  | 'from-unusable'
  | 'forwarder-unknown'
  | 'policy-none-with-concerns'
  | 'authenticated-with-concerns'
  | 'unauthenticated-hosted-server'
  | 'login-outside-organisation'
  | 'dmarc-pass'
  | 'forwarded-trusted'
  | 'changed-by-list'
  | 'gateway-recorded-pass'
  | 'changed-after-entry'
  | 'policy-none'
  | 'receiver-recorded-spoof'
  | 'own-domain-unauthenticated'
  | 'otherwise';

export interface VerdictDecision {
  verdict: Verdict;
  summary: string;
  /** The summary as a key + parameters, for the reader's language. */
  summaryMessage: Message;
  /** Which row of VERDICT_RULES decided. */
  rule: VerdictRuleId;
}

export const VERDICT_RULES: Array<{ id: VerdictRuleId; verdict: Verdict; when: string }> = [
  {
    id: 'dmarc-fail',
    verdict: 'spoofed',
    when: "The From domain fails DMARC (our re-check, or the provider's when it saw a firmer result, or offline, or, when our check cannot decide, Exchange Online's own record above its entry line: receiver-recorded-fail) and nothing below excuses it: not a trusted forwarder's record of a pass, not a mailing list's proven changes, not an unknown forwarder's record of a pass, not p=none, not a copy that is not byte-exact; nor was the message handed over by a server in a network you trust as your gateway that lies in shared hosting or cloud space, with a hand-off recorded below it (gateway-network-shared: your gateway or any tenant of that network; the rows below decide, a hosted server reading suspicious).",
  },
  {
    id: 'impersonation-unauthenticated',
    verdict: 'spoofed',
    when: "Authentication was checked and nothing works for the From domain (no DMARC pass, no aligned SPF/DKIM pass, no DNS error in the way, no record of a pass made before the message changed: a trusted forwarder's, a list's changes undone, a gateway's, the receiver's own; no unknown forwarder's record of a pass, row 5) and a high-severity impersonation finding stands (address in the display name, look-alike From domain).",
  },
  {
    id: 'impersonation-unchecked',
    verdict: 'suspicious',
    when: 'A high-severity impersonation finding stands, but DNS errors kept the authentication check from finishing, or offline nothing was checked (no results of your provider); offline with nothing checked, a medium one too, or a name claiming your own organisation\'s desk or showing another domain (which online read suspicious beside any pass): never "spoofed" because of a DNS fault or an unchecked message.',
  },
  {
    id: 'from-unusable',
    verdict: 'suspicious',
    when: 'The From header does not give exactly one address with a domain (none, no domain, two @, a group, several addresses): whatever the checks say, they were not about what the mail app shows. Never "authenticated", never a silent "unverified".',
  },
  {
    id: 'forwarder-unknown',
    verdict: 'suspicious',
    when: 'DMARC fails under a policy that asks receivers to act (at p=none the record is a low note), but an intact ARC chain was sealed by a forwarder neither built in nor trusted by you, and its record shows a pass for the From domain: a mailing list you may trust ("Trust <sealer> as a forwarder"), or a sender sealing its own forgery. Also where a trusted forwarder (Microsoft 365, Google) recorded a pass that rests only on an SPF check at another address than the one its own entry line received the message from, nor the sender a well-known gateway in front of it recorded (arc-spf-past-gateway: its customer told it to look past a server in front of it, which wrote that address). Never spoofed, never better than suspicious.',
  },
  {
    id: 'policy-none-with-concerns',
    verdict: 'suspicious',
    when: 'DMARC fails for a domain whose applied policy is p=none (sp= for a subdomain, as the receiver applies it; pct= does not count), and another medium or high finding stands.',
  },
  {
    id: 'authenticated-with-concerns',
    verdict: 'suspicious',
    when: 'The From domain authenticates (DMARC pass, or an aligned SPF/DKIM pass), but a medium or high finding stands (broad SPF on a hosted server, display-name or look-alike impersonation, forged Authentication-Results, a sender-memory change: new infrastructure, a third-party DKIM signer where the domain signed its own mail, a first contact from a look-alike of a remembered sender, …). Sender-memory findings never make a message spoofed.',
  },
  {
    id: 'unauthenticated-hosted-server',
    verdict: 'suspicious',
    when: "Nothing authenticates the From domain and the relay is a hosted server (cloud VM, not an email service, not approved by you; not a list hosting service's own server (groups.io…), proven by its domain passing SPF or signing and the server's name being its, forward-confirmed, where the list's changes were undone).",
  },
  {
    id: 'login-outside-organisation',
    verdict: 'suspicious',
    when: "The reader's own mail server, named under the From domain's organisation, recorded a login submission (`with ESMTPSA`, Exchange's frontend login) and names the login (Postfix's `Authenticated sender`, cPanel's X-Authenticated-Sender): a user of another organisation (login-outside-organisation). A customer of the same server writing as the firm, or a colleague whose mail program logs in with another of the firm's domains: not a colleague's mail, never authenticated; SPF at the client's home address says nothing about a login, so never spoofed by that alone. Also, on a box the From domain's MX names (by name, or by a name of the same address), at p=quarantine/reject: a bare user name the box's line records (`grandma`), which names no organisation (a colleague's account, or another customer's of the same box).",
  },
  {
    id: 'dmarc-pass',
    verdict: 'authenticated',
    when: "DMARC passes and no finding above low remains, and the pass does not rest only on Microsoft 365's shared SPF include (every tenant sends from those servers: without the domain's own DKIM signature it stays unverified). Also, in Outlook, Exchange Online's own record above its entry line of the From domain's aligned signature (over the whole body) and DMARC passing, before the reader's own rule changed the message, with no concern beside it (changed-after-entry).",
  },
  {
    id: 'forwarded-trusted',
    verdict: 'unverified',
    when: 'DMARC fails, but an intact ARC chain was sealed by a trusted forwarder (your provider, a built-in ARC sealer, or one you trust) and the oldest trusted forwarder recorded a DMARC pass, or an aligned SPF/DKIM pass, for the From domain. A trusted forwarder that recorded a failure or nothing excuses nothing. The signature it recorded passing vouches as on the unchanged message: a medium concern beside it (a Reply-To at another organisation that signature does not cover) makes it authenticated-with-concerns (suspicious).',
  },
  {
    id: 'changed-by-list',
    verdict: 'unverified',
    when: "DMARC fails, the message carries list evidence (List-Id and List-Post, List-Unsubscribe, a list envelope sender or Sender), and a DKIM signature aligned with From verifies in full (b= and bh=) once the list's changes are undone: a subject tag, list header fields, a footer appended or added as a last MIME part. Without list evidence, only a subject tag (`[EXTERNAL] `, added by an inbound gateway) is undone (subject-tag-added). The restored signature vouches as on the unchanged message: a medium concern beside it (a Reply-To it does not cover, other than the list's own posting address; a Subject it does not cover) makes it authenticated-with-concerns (suspicious).",
  },
  {
    id: 'gateway-recorded-pass',
    verdict: 'unverified',
    when: 'DMARC fails, but a well-known inbound gateway (Mimecast, Proofpoint, Barracuda, Cisco, Sophos, Trend Micro, Hornetsecurity…) that you have not trusted handed the message to your provider, and its own record (under its intact ARC seal, or placed between the entry hop and its own Received line) shows a pass for the From domain before it changed the message: never spoofed, not authenticated; trust the gateway and HeaderLens checks the sender behind it. The signature it recorded passing (header.d and header.s) vouches as on the unchanged message: a medium concern beside it makes it authenticated-with-concerns (suspicious), as behind a trusted gateway.',
  },
  {
    id: 'changed-after-entry',
    verdict: 'unverified',
    when: "DMARC fails on our check only because the From domain's aligned DKIM signature no longer matches, and Exchange Online's own Authentication-Results, written directly above its entry Received line where no sender can write, recorded a DKIM pass for that signer and a DMARC pass for the From domain when the message arrived: the reader's organisation changed it afterwards (an external-sender banner, a subject tag) — that record now reads authenticated (dmarc-pass), or authenticated-with-concerns beside a concern; this row keeps the cases where our check fails only because that signer's key has been removed since (key-gone-after-entry), or, with no signature, because the sender's SPF record changed since Exchange Online recorded an aligned SPF pass (spf-changed-after-entry). Outlook profile only; never spoofed, not authenticated; a medium concern beside it makes it authenticated-with-concerns (suspicious). In any webmail, also a message delivered more than 180 days ago (the topmost Received line's date) whose aligned signatures fail only because their keys are no longer published or revoked (key-gone-since-delivery).",
  },
  {
    id: 'policy-none',
    verdict: 'unverified',
    when: 'DMARC fails for a domain whose applied policy is p=none and no other medium or high finding stands: the domain owner does not ask receivers to act on failures.',
  },
  {
    id: 'receiver-recorded-spoof',
    verdict: 'suspicious',
    when: "Nothing authenticates the From domain, and Exchange Online's own record above its entry line says its composite authentication failed as a spoof of one of your organisation's own domains (compauth=fail with a 6xx reason: receiver-recorded-spoof), where our own check found no enforceable failure (no DMARC record, or offline). Outlook profile only; never spoofed.",
  },
  {
    id: 'own-domain-unauthenticated',
    verdict: 'suspicious',
    when: "Nothing authenticates the From domain, which is one of the domains you named as your organisation's (Options, --recipient-domain), and our own SPF check fails outright for your organisation's own envelope, or the envelope is another domain's and no known email service provider's server sent it, or the receiver recorded it only by its NAT's or proxy's address, with no forwarder you trust in between (own-domain-unauthenticated), where its DMARC asks nothing (no record), or behind that NAT whatever it asks, unless a signature of the organisation's fails. At p=none the same finding makes row 6. Online, or offline where the provider's own proven record gives the SPF result; never spoofed.",
  },
  {
    id: 'otherwise',
    verdict: 'unverified',
    when: 'Anything else: no DMARC record, none/neutral, DNS errors (temperror is never fail), offline without provider results, a copy that is not byte-exact.',
  },
];

/** Exchange Online's own record above its entry line that it checked the message and it failed. */
const RECEIVER_CHECKED: ReadonlySet<string> = new Set([
  'receiver-recorded-fail',
  'receiver-recorded-spoof',
  'receiver-recorded-compauth-fail',
]);

type Excuse =
  | 'forwarded-trusted'
  | 'changed-by-list'
  | 'gateway-recorded-pass'
  | 'changed-after-entry'
  | 'forwarder-unknown'
  | 'policy-none';

/** Excuses that rest on a record of a pass made before the message changed (rows 11 to 14). */
const RECORDED_PASS: ReadonlySet<Excuse> = new Set([
  'forwarded-trusted',
  'changed-by-list',
  'gateway-recorded-pass',
  'changed-after-entry',
]);

/**
 * Findings that state the excuse, or what it explains, rather than a concern beside it: the
 * provider's pass our re-check contradicts, the forwarder's, list's and gateway's own findings.
 */
const EXPLAINED_BY_EXCUSE = new Set([
  'provider-disagreement',
  'arc-forwarded',
  'list-modified',
  'subject-tag-added',
  'gateway-recorded-pass',
]);

/**
 * Whether finding `id` is the failure the excuse explains or the excuse's own story, not a
 * concern beside it: an untrusted gateway that sealed its record is itself the "unknown
 * forwarder" arc-untrusted-sealer names (it recorded the pass the excuse rests on), and so is a
 * list that seals its posts under its own domain (Topicbox, real-mail round 27): the seal adds
 * nothing the list's undone changes do not already say, and without it the post read better.
 */
function explainedBy(excuse: Excuse, id: string): boolean {
  if (FAILURE_IDS.has(id) || EXPLAINED_BY_EXCUSE.has(id)) return true;
  return (
    (excuse === 'gateway-recorded-pass' || excuse === 'changed-by-list') && id === 'arc-untrusted-sealer'
  );
}

/** Why a DMARC failure is not "spoofed", strongest reason first; null when nothing excuses it. */
function excuseFor(a: VerdictInput, st: DmarcState, findings: Finding[]): Excuse | null {
  const has = (id: string) => findings.some((f) => f.id === id);
  if (has('arc-forwarded')) return 'forwarded-trusted';
  if (has('list-modified')) return 'changed-by-list';
  // A well-known gateway's own record of a pass (lib/findings/gateway.ts) explains the failure the
  // way a trusted ARC seal does: the gateway changed the message after checking it.
  if (has('gateway-recorded-pass')) return 'gateway-recorded-pass';
  // The receiver's own record of a pass, from before its own rule changed the message.
  if (
    has('changed-after-entry') ||
    has('key-gone-after-entry') ||
    has('spf-changed-after-entry') ||
    has('key-gone-since-delivery')
  )
    return 'changed-after-entry';
  // A subject tag alone, undone (an inbound gateway's, before the provider): after the provider's
  // own record of a pass, which says more where there is one.
  if (has('subject-tag-added')) return 'changed-by-list';
  if (findings.some((f) => f.id === 'arc-untrusted-sealer' && f.severity === 'medium'))
    return 'forwarder-unknown';
  // A trusted forwarder's pass that rests on an SPF check past a server its tenant skips: its word
  // is worth no more than an unknown forwarder's (lib/findings/arc.ts).
  if (has('arc-spf-past-gateway')) return 'forwarder-unknown';
  if (failureNotEnforced(a, st)) return 'policy-none';
  return null;
}

export function decideVerdict(a: VerdictInput, findings: Finding[]): VerdictDecision {
  const ctx = { analysis: a, options: { notByteExact: a.meta.notByteExact } };
  const st = dmarcState(ctx);
  const serious = findings.filter((f) => f.severity === 'high' || f.severity === 'medium');
  const authenticates = hasAlignedPass(ctx);
  const decide = (rule: VerdictRuleId, concerns?: Finding[]): VerdictDecision => {
    const verdict = VERDICT_RULES.find((r) => r.id === rule)?.verdict ?? 'unverified';
    const summaryMessage = summaryFor(rule, a, findings, st, concerns);
    return { verdict, rule, summary: english(summaryMessage), summaryMessage };
  };
  // Our check could not decide, but Exchange Online's own record above its entry line says the
  // From domain failed DMARC at arrival (lib/findings/receiver-record.ts): that fail counts.
  const failed =
    !!a.from?.domain &&
    ((st.result === 'fail' && !st.unreliable) || findings.some((f) => f.id === 'receiver-recorded-fail'));
  const excuse = failed ? excuseFor(a, st, findings) : null;
  if (a.from?.domain) {
    // The hop that handed over is in a trusted network of the user's that every tenant of a cloud
    // shares, and records a hand-off below it: the user's own filter, or a tenant (lib/engine/
    // gateways.ts sharedGatewayNetwork). SPF at its address does not show a forgery; the rows
    // below decide (a hosted server: suspicious).
    // The same for a hop named under a trusted domain only by its hoster's default name (probe52).
    // Behind the receiver's NAT or proxy our SPF check had no address: the reader's own
    // organisation's unsigned mail through it (the office printer, the box's own alerts, real-mail
    // round 92) fails DMARC without showing a forgery, and own-domain-unauthenticated says the box
    // cannot tell which server sent it (row 17). A failing signature of the organisation's still
    // makes it row 1.
    const natUnchecked =
      spfUnaskedBehindNat(a) &&
      findings.some((f) => f.id === 'own-domain-unauthenticated') &&
      !a.dkim.some((d) => d.aligned && d.result === 'fail');
    if (
      failed &&
      excuse === null &&
      !a.origin.sharedGatewayNetwork &&
      !a.origin.sharedGatewayDomain &&
      !natUnchecked
    )
      return decide('dmarc-fail');
    const strong = findings.some((f) => f.severity === 'high' && IMPERSONATION_IDS.has(f.id));
    // A DNS fault means "not known", not "not authenticated" (RFC 7208 §2.6.6, RFC 7489 §6.6.3):
    // without a finished check, impersonation alone only makes the message suspicious. Offline
    // with no results of the provider's nothing was checked at all: the same (a sibling tenant's
    // genuine Exchange bounce, "Microsoft Outlook" at its onmicrosoft.com, read spoofed offline:
    // rw60-second-tenant-ndr-from-onmicrosoft-system-mailbox-outlook-offline). Not where Exchange
    // Online's own record says it checked the message and it failed (RECEIVER_CHECKED).
    const offlineUnchecked =
      a.mode === 'offline' && !a.provider && !findings.some((f) => RECEIVER_CHECKED.has(f.id));
    const unchecked = st.result === 'temperror' || alignedDnsFaults(a).length > 0 || offlineUnchecked;
    // A record of a pass made before the message changed (a trusted forwarder's, a list's changes
    // undone, a gateway's, the receiver's own) proves the From domain as an aligned pass does: the
    // impersonation is a concern beside it (authenticated-with-concerns), not an unproven sender
    // (rw67-outlook-meta-conta-accountants-gmail-forward-spf-only: a genuine firm whose name reads
    // as a look-alike, forwarded through Gmail, read spoofed).
    // An unknown forwarder's record of a pass proves nothing, but its row is never spoofed (a list
    // that seals honestly looks the same: rw67-outlook-live-kunden-agency-mailman-arc-offline).
    const recordedPass = excuse !== null && (RECORDED_PASS.has(excuse) || excuse === 'forwarder-unknown');
    if (!authenticates && strong && !recordedPass)
      return decide(unchecked ? 'impersonation-unchecked' : 'impersonation-unauthenticated');
    // Offline with no results of the provider's, a medium impersonation finding too (a brand's name
    // on another's address): online it reads suspicious beside any pass (row 7), and offline
    // nothing was checked, so it cannot read better than that (red-team round 190: "PayPal Service"
    // posted by an attacker's own group on groups.io, read offline in Outlook, where Exchange
    // Online's record is read only for failures).
    // So do a name that claims the reader's own organisation's desk or shows another domain
    // (red-team round 194: a Postfix box without results read them suspicious, Outlook offline not).
    if (
      !authenticates &&
      !recordedPass &&
      offlineUnchecked &&
      serious.some((f) => IMPERSONATION_IDS.has(f.id) || NAME_CLAIM_IDS.has(f.id))
    )
      return decide('impersonation-unchecked');
  }
  // No single author address: what the checks were about is not what the reader sees.
  if (findings.some((f) => UNUSABLE_FROM_IDS.has(f.id))) return decide('from-unusable');
  if (a.from?.domain) {
    if (excuse === 'forwarder-unknown') return decide('forwarder-unknown');
    if (excuse === 'policy-none' && serious.some((f) => !FAILURE_IDS.has(f.id)))
      return decide('policy-none-with-concerns');
    // With a record of a pass before the message changed as the excuse (the receiver's own, a
    // trusted forwarder's ARC record, a list's or tag's changes undone, a gateway's record), the
    // failures it explains are not concerns beside it (an archived message whose provider
    // recorded the pass: realworld19), nor the excuse's own findings; others are.
    const recorded = excuse !== null && RECORDED_PASS.has(excuse);
    const concerns = recorded ? serious.filter((f) => !explainedBy(excuse, f.id)) : serious;
    // Beside an aligned pass of its own (a provider's DKIM pass), every medium finding still
    // counts for the older excuses, as it did before they weighed concerns (rows 11 to 13).
    const besidePass = excuse === 'changed-after-entry' ? concerns : serious;
    if (authenticates && besidePass.length > 0) return decide('authenticated-with-concerns', besidePass);
    // That record authenticated the message before it changed: a concern beside it (a Reply-To
    // added to a replayed notice, a signature weeks old) weighs as it would on the unchanged
    // message, where the pass would have stood (red-team rounds 19 and 20: the same replay read
    // "suspicious" directly, "unverified" once tagged, listed or passed through a gateway).
    // The provider's recorded pass that disagrees with our failing re-check is the excuse itself
    // (it said pass then; the key is gone now), not a concern beside it (realworld19).
    if (recorded && concerns.length > 0) return decide('authenticated-with-concerns', concerns);
    // Exchange Online's own record above its entry line of the From's aligned signature and DMARC
    // passing, before the reader's own rule changed the message (the changed-after-entry finding:
    // not a key removed or an SPF record changed since), with no concern beside it: the provider's
    // recorded pass, as a proven one counts in Gmail (real-mail round 135: Salesforce, HubSpot and
    // SES mail tagged "[EXTERNAL]" read unverified where a Microsoft 365 partner's read authenticated).
    if (excuse === 'changed-after-entry' && findings.some((f) => f.id === 'changed-after-entry'))
      return decide('dmarc-pass');
    // A list's own server on a cloud, proven so (hosted-server-relay low: the list's domain passed
    // SPF or signed, and the server's name is the list's, forward-confirmed) is not a rented one.
    // Offline, where nothing can be undone, the provider's own record of the list host's signature
    // and its entry line naming the host's server (lib/findings/hosted-server.ts offlineListServer,
    // the only way to a low finding offline: real-mail round 163, groups.io's posts).
    // Online, also a host that removed the author's signature and signed as itself (groups.io:
    // nothing to undo; its own signature and envelope passed, real-mail round 199).
    const listOwnServer =
      (excuse === 'changed-by-list' || a.mode === 'offline' || !a.dkim.some((d) => d.aligned)) &&
      findings.some((f) => f.id === 'hosted-server-relay' && f.severity === 'low');
    // Not where the hosted server may be the reader's own backup MX, the reader's MX lookup having
    // failed (Origin.receiverMxUnknown): undecided, row 18.
    if (!authenticates && a.origin.hostedServer && !listOwnServer && !a.origin.receiverMxUnknown)
      return decide('unauthenticated-hosted-server');

    // A login of another organisation on the reader's own box (lib/engine/login-submission.ts).
    // A login the box's line names no user for: only where nothing of the From's own vouches for it.
    if (a.origin.loginOutsider || (a.origin.loginUnrecorded && !authenticates))
      return decide('login-outside-organisation');
    if (st.result === 'pass' && serious.length === 0 && !sharedSpfOnly(ctx, findings))
      return decide('dmarc-pass');
    if (excuse !== null) return decide(excuse);
    if (findings.some((f) => f.id === 'receiver-recorded-spoof')) return decide('receiver-recorded-spoof');
    if (findings.some((f) => f.id === 'own-domain-unauthenticated'))
      return decide('own-domain-unauthenticated');
  }
  return decide('otherwise');
}
