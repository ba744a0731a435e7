// DKIM (RFC 6376): which signatures broke and why, and whose domain signed.
import type { DkimCheck, DkimFailureCause, Finding } from '../types';
import { dmarcState, fromDomain } from './auth-state';
import { sameOrg } from './domains';
import { dnsErrorEvidence, firstHeaderLine, providerLines, txtEvidence, uniq } from './evidence';
import type { FindingRule, RuleContext } from './rule';

function causeText(d: DkimCheck): string {
  const key = `${d.selector}._domainkey.${d.domain}`;
  const byCause: Record<DkimFailureCause, string> = {
    'body-hash-mismatch':
      'The message body was changed after it was signed: a mailing list or forwarder added a footer or re-encoded it, or someone tampered with it.',
    'signature-mismatch':
      "A signed header (such as From, Subject or Date) was changed after signing, or the signature was never made with the domain's key.",
    'key-missing': `The signing key ${key} is not published in DNS: it was removed (keys are often rotated after some time) or never existed.`,
    'key-revoked': `The domain revoked the key ${key} (its DNS record has an empty p=), so signatures made with it no longer count.`,
    'key-too-short': `The key is only ${d.keyBits ?? 'a few hundred'} bits; keys shorter than 1024 bits are not accepted (RFC 8301 §3.2).`,
    expired:
      'The signature carried an expiry time (x=) that has passed. Old messages can fail this way even if they were genuine.',
    sha1: 'It was made with SHA-1, which is no longer accepted for DKIM (RFC 8301 §3.1).',
    malformed: 'The DKIM-Signature header is malformed and cannot be checked.',
    'dns-error': 'The DNS lookup for the key failed.',
    other: `The signature did not verify${d.info ? ` (${d.info})` : ''}.`,
  };
  return byCause[d.cause ?? 'other'];
}

function keyEvidence(ctx: RuleContext, d: DkimCheck): string[] {
  const name = `${d.selector}._domainkey.${d.domain}`;
  return uniq([txtEvidence(ctx.analysis.dns, name, 'v=DKIM1') ?? txtEvidence(ctx.analysis.dns, name, '')]);
}

export const dkimRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  if (a.mode === 'offline') return [];
  const out: Finding[] = [];
  const from = fromDomain(ctx);
  const dmarcPass = dmarcState(ctx).result === 'pass';
  const notExact = Boolean(ctx.options.notByteExact || a.meta.notByteExact);
  // The entry for signatures past the verification limit has no d= (lib/auth/dkim.ts): it is
  // reported on its own, not as a failed signature.
  const skipped = a.dkim.filter((d) => d.domain === '' && d.cause === 'other' && d.result === 'neutral');
  const failed = a.dkim.filter(
    (d) =>
      !skipped.includes(d) &&
      // 'policy': rsa-sha1 or a key under 1024 bits, refused per RFC 8301.
      (d.result === 'fail' || d.result === 'permerror' || d.result === 'neutral' || d.result === 'policy'),
  );
  for (const d of skipped) {
    out.push({
      id: 'dkim-too-many-signatures',
      severity: 'low',
      title: 'The message carries more DKIM signatures than HeaderLens checks',
      detail: `${d.info ?? 'Some signatures were not verified.'} Real senders add one to three signatures; dozens are a sign of a message built to waste the receiver's time.`,
      evidence: [],
    });
  }
  if (notExact && failed.length > 0) {
    out.push({
      id: 'dkim-not-byte-exact',
      severity: 'info',
      title: 'DKIM could not be checked: the message source is not byte-exact',
      detail:
        "The webmail showed a re-encoded copy of this message, and a DKIM signature breaks on any changed byte. The failure below is therefore not evidence of forgery; your provider's own check, made on the original, is what counts.",
      evidence: uniq([...failed.map((d) => d.line), ...providerLines(ctx)]),
    });
  } else {
    for (const d of failed) {
      out.push({
        id: 'dkim-fail',
        severity: d.aligned && !dmarcPass ? 'medium' : 'low',
        title:
          d.result === 'policy'
            ? `The DKIM signature of ${d.domain || 'an unknown domain'} uses a key or algorithm too weak to count`
            : `The DKIM signature of ${d.domain || 'an unknown domain'} does not verify`,
        detail: causeText(d),
        evidence: uniq([
          d.line,
          ...(d.cause === 'key-missing' || d.cause === 'key-revoked' ? keyEvidence(ctx, d) : []),
        ]),
      });
    }
  }
  for (const d of a.dkim) {
    if (d.result === 'temperror' || (d.cause === 'dns-error' && d.result !== 'pass')) {
      out.push({
        id: 'dkim-temperror',
        severity: 'info',
        title: `Could not check the DKIM signature of ${d.domain}: DNS lookup failed`,
        detail:
          'Could not check: the key lookup failed or timed out. This is a temporary problem, not evidence against the sender.',
        evidence: uniq([d.line, ...dnsErrorEvidence(a.dns, `${d.selector}._domainkey.${d.domain}`)]),
      });
    }
    if (d.result === 'pass' && typeof d.bodyLength === 'number') {
      // Text after the signed part was added after signing: by a mailing list's footer, or by
      // whoever replayed the message with a link of their own. When this signature is what vouches
      // for the From domain, the reader must not take that text for the sender's.
      const added = d.unsignedBytes ?? 0;
      out.push({
        id: 'dkim-body-length',
        severity: added > 0 && d.aligned ? 'medium' : 'low',
        title:
          added > 0
            ? `${added} bytes were added to the body after ${d.domain} signed it (l=${d.bodyLength})`
            : `The DKIM signature of ${d.domain} covers only part of the body (l=${d.bodyLength})`,
        detail:
          added > 0
            ? `The signature uses the l= tag and protects only the first ${d.bodyLength} bytes of the body; the ${added} bytes after them were added later by someone else, a mailing list's footer or anyone who relayed the message, and they still pass with the signature (RFC 6376 §8.2). Do not trust text or links at the end of this message as coming from ${d.domain}.`
            : 'The signature uses the l= tag, so only the first part of the body is protected; anyone who relays the message can append text or links after it and the signature still passes (RFC 6376 §8.2).',
        evidence: uniq([d.line]),
      });
    }
  }
  const passing = a.dkim.filter((d) => d.result === 'pass');
  if (from && passing.length > 0 && !passing.some((d) => d.aligned)) {
    const signers = uniq(passing.map((d) => d.domain)).join(', ');
    const sameOrgSigner = passing.some((d) => sameOrg(d.domain, from));
    if (!sameOrgSigner) {
      out.push({
        id: 'dkim-unaligned',
        severity: dmarcPass ? 'info' : 'low',
        title: `Signed by ${signers}, but From is ${from}`,
        detail: `The valid DKIM signature belongs to ${signers}, not to ${from}. That proves which service handled the message (often an email service provider), not that ${from} sent it.`,
        evidence: uniq([...firstHeaderLine(ctx.message, 'from'), ...passing.map((d) => d.line)]),
      });
    }
  }
  return out;
};
