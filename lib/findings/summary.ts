// The one plain-text sentence that goes with the verdict.
import type { Finding } from '../types';
import { type DmarcState, sharedSpfOnly } from './auth-state';
import type { VerdictInput, VerdictRuleId } from './verdict';

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** "an Amazon EC2 server (3.85.17.200)" / "a server (203.0.113.9)" / "an unknown server". */
function serverPhrase(a: VerdictInput): string {
  const o = a.origin;
  const provider = o.hosting?.provider;
  const where = o.ip ? ` (${o.ip})` : '';
  if (provider) return `${article(provider)} ${provider} server${where}`;
  if (o.ip) return `a server${where}`;
  return 'an unknown server';
}

function lowerFirst(s: string): string {
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function topFinding(findings: Finding[], severities: string[]): Finding | undefined {
  return findings.find((f) => severities.includes(f.severity));
}

/** Why nothing could be confirmed, as a clause. */
export function unverifiedReason(a: VerdictInput, st: DmarcState, findings: Finding[] = []): string {
  const d = a.from?.domain;
  if (!d) return 'this message has no usable From address, so HeaderLens cannot tell who sent it';
  if (findings.some((f) => f.id === 'gateway-recorded-pass') && st.result !== 'pass')
    return `this message reached your provider through ${a.gateway?.name ?? 'a mail gateway'}, which recorded that it passed authentication for ${d} before changing it; trust the gateway if it is your organisation's, and HeaderLens will check the sender behind it`;
  if (st.unreliable)
    return `the copy of this message shown by the webmail is not byte-exact, so HeaderLens cannot check the signature of ${d}; rely on your provider's own check`;
  if (a.mode === 'offline' && st.source === 'none')
    return `HeaderLens is offline and found no Authentication-Results from your provider, so it cannot confirm that this message comes from ${d}`;
  if (st.result === 'temperror' || a.spf.result === 'temperror')
    return `HeaderLens could not check the authentication of ${d} because a DNS lookup failed; try again later`;
  if (a.origin.insideReceiver && st.result !== 'pass')
    return `this message was sent inside your organisation's Exchange Online and never crossed the internet, so there is no sending server or DMARC result to check for ${d}`;
  if (st.result === 'none' || st.result === null)
    return `there is no DMARC policy for ${d}, so HeaderLens cannot confirm that this message really comes from ${d}`;
  const shared = st.result === 'pass' ? sharedSpfOnly({ analysis: a, options: {} }) : null;
  if (shared)
    return `only Microsoft 365's shared SPF (${shared}) vouches for ${d}: any Microsoft 365 customer can send from those servers, and the message carries no DKIM signature of ${d}`;
  if (st.result === 'pass')
    return `this message passes authentication for ${d}, but the points listed below need a look`;
  return `HeaderLens cannot confirm that this message really comes from ${d} (DMARC: ${st.result})`;
}

export function summaryFor(
  rule: VerdictRuleId,
  a: VerdictInput,
  findings: Finding[],
  st: DmarcState,
): string {
  const d = a.from?.domain ?? 'an unknown domain';
  const top = topFinding(findings, ['high', 'medium']);
  switch (rule) {
    case 'dmarc-fail': {
      // A trusted forwarder that did not see a pass says so (issue 16.3): its record is shown.
      const forward = findings.find((f) => f.id === 'arc-forwarder-no-pass');
      return `This message claims to come from ${d}, but it was sent from ${serverPhrase(a)} that ${d} does not authorise, and it carries no valid signature from ${d}.${forward ? ` ${forward.title}.` : ''}`;
    }
    case 'forwarder-unknown': {
      const f = findings.find((x) => x.id === 'arc-untrusted-sealer');
      const sealer = f?.action?.domain ?? 'an unknown forwarder';
      return `This message fails the check of ${d}; it was passed on by ${sealer}, a forwarder you have not trusted, which says ${d} checked out when it received it. HeaderLens cannot confirm that: trust ${sealer} only if it is a mailing list or forwarding service you use.`;
    }
    case 'policy-none-with-concerns': {
      const other = findings.find(
        (f) => (f.severity === 'high' || f.severity === 'medium') && !FAILURE_IDS.has(f.id),
      );
      return `Nothing proves this message comes from ${d}: its check failed (the domain owner does not ask receivers to act on failures, p=none), and ${lowerFirst(other?.title ?? 'a warning stands')}.`;
    }
    case 'forwarded-trusted': {
      const f = findings.find((x) => x.id === 'arc-forwarded');
      return `This message was forwarded${f ? ` (${lowerFirst(f.title)})` : ''}, so its signature from ${d} no longer verifies; the forwarder, whose record is trusted, saw it pass for ${d} when it received it, but HeaderLens cannot confirm the sender itself${noteOf(top)}.`;
    }
    case 'changed-by-list': {
      const f = findings.find((x) => x.id === 'list-modified');
      return `This message was ${lowerFirst(f?.title ?? 'changed by a mailing list')}: the signature of ${d} verifies only with those changes undone, so ${d} signed the rest, but HeaderLens cannot confirm the message as delivered${noteOf(top)}.`;
    }
    case 'gateway-recorded-pass': {
      const reason = unverifiedReason(a, st, findings);
      return `${reason[0]!.toUpperCase()}${reason.slice(1)}.`;
    }
    case 'policy-none':
      return `The check of ${d} failed (DMARC), but the domain owner does not ask receivers to act on failures (p=none), so HeaderLens cannot tell a forgery from mail passed on by a forwarder or mailing list${noteOf(top)}.`;
    case 'impersonation-unauthenticated':
      return `This message imitates someone else (${lowerFirst(top?.title ?? 'a look-alike sender')}), and nothing proves it comes from ${d}.`;
    case 'impersonation-unchecked':
      return `This message may imitate someone else (${lowerFirst(top?.title ?? 'a look-alike sender')}), and HeaderLens could not finish checking whether it really comes from ${d} because DNS lookups failed.`;
    case 'from-unusable':
      return `HeaderLens cannot tell who sent this message: ${lowerFirst(findings.find((f) => f.id === 'from-unparseable' || f.id === 'multiple-from')?.title ?? 'its From header gives no single sender address')}, so no check vouches for the sender your mail app shows.`;
    case 'authenticated-with-concerns':
      return `This message really comes from ${d}, but take care: ${lowerFirst(top?.title ?? 'a warning stands')}.`;
    case 'unauthenticated-hosted-server':
      return `Nothing proves this message comes from ${d}, and it was sent from ${serverPhrase(a)} rather than from an email service.`;
    case 'dmarc-pass': {
      const by =
        a.mode === 'offline' || st.source === 'provider'
          ? "according to your provider's checks"
          : passedBy(a);
      const esp = a.origin.esp ? `, sent through ${a.origin.esp}` : '';
      return `This message really comes from ${d}: ${by}${esp}.`;
    }
    case 'otherwise': {
      const reason = unverifiedReason(a, st, findings);
      // The gateway's recorded pass already explains the failure the top finding would repeat.
      const explained = findings.some((f) => f.id === 'gateway-recorded-pass');
      const note = top && !explained ? `; also, ${lowerFirst(top.title)}` : '';
      return `${reason[0]!.toUpperCase()}${reason.slice(1)}${note}.`;
    }
  }
}

/** Findings that are the DMARC failure itself, not other evidence about the message. */
export const FAILURE_IDS = new Set(['dmarc-fail', 'dkim-fail', 'spf-fail', 'spf-softfail', 'spf-permerror']);

function noteOf(top: Finding | undefined): string {
  return top && !FAILURE_IDS.has(top.id) ? `; also, ${lowerFirst(top.title)}` : '';
}

function passedBy(a: VerdictInput): string {
  const d = a.from?.domain ?? '';
  const by = a.dmarc.passedBy;
  if (by.includes('dkim') && by.includes('spf'))
    return `it carries a valid signature from ${d} and was sent from a server ${d} authorises`;
  if (by.includes('dkim')) return `it carries a valid signature from ${d}`;
  if (by.includes('spf')) return `it was sent from a server ${d} authorises`;
  return 'its DMARC check passes';
}
