// The one plain-text sentence that goes with the verdict.
import type { Finding } from '../types';
import type { DmarcState } from './auth-state';
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
export function unverifiedReason(a: VerdictInput, st: DmarcState, findings: Finding[]): string {
  const d = a.from?.domain;
  if (!d) return 'this message has no usable From address, so HeaderLens cannot tell who sent it';
  if (findings.some((f) => f.id === 'arc-forwarded') && st.result !== 'pass')
    return `this message was forwarded (for example by a mailing list) and its original signature from ${d} broke on the way, so HeaderLens cannot confirm the sender, although the forwarder, a trusted ARC sealer, recorded a pass`;
  if (findings.some((f) => f.id === 'gateway-recorded-pass') && st.result !== 'pass')
    return `this message reached your provider through ${a.gateway?.name ?? 'a mail gateway'}, which recorded that it passed authentication for ${d} before changing it; trust the gateway if it is your organisation's, and HeaderLens will check the sender behind it`;
  if (st.unreliable)
    return `the copy of this message shown by the webmail is not byte-exact, so HeaderLens cannot check the signature of ${d}; rely on your provider's own check`;
  if (a.mode === 'offline' && st.source === 'none')
    return `HeaderLens is offline and found no Authentication-Results from your provider, so it cannot confirm that this message comes from ${d}`;
  if (st.result === 'temperror' || a.spf.result === 'temperror')
    return `HeaderLens could not check the authentication of ${d} because a DNS lookup failed; try again later`;
  if (st.result === 'none' || st.result === null)
    return `there is no DMARC policy for ${d}, so HeaderLens cannot confirm that this message really comes from ${d}`;
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
    case 'dmarc-fail':
      return `This message claims to come from ${d}, but it was sent from ${serverPhrase(a)} that ${d} does not authorise, and it carries no valid signature from ${d}.`;
    case 'impersonation-unauthenticated':
      return `This message imitates someone else (${lowerFirst(top?.title ?? 'a look-alike sender')}), and nothing proves it comes from ${d}.`;
    case 'impersonation-unchecked':
      return `This message may imitate someone else (${lowerFirst(top?.title ?? 'a look-alike sender')}), and HeaderLens could not finish checking whether it really comes from ${d} because DNS lookups failed.`;
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

function passedBy(a: VerdictInput): string {
  const d = a.from?.domain ?? '';
  const by = a.dmarc.passedBy;
  if (by.includes('dkim') && by.includes('spf'))
    return `it carries a valid signature from ${d} and was sent from a server ${d} authorises`;
  if (by.includes('dkim')) return `it carries a valid signature from ${d}`;
  if (by.includes('spf')) return `it was sent from a server ${d} authorises`;
  return 'its DMARC check passes';
}
