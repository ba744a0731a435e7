// What the size bounds of lib/auth/limits.ts left out of the checks, said plainly: a field too
// large or too oddly folded to parse safely is itself a sign of a message built to stall a
// verifier (issue 18 §2), and a body not hashed means DKIM was checked on the headers only.
import {
  MAX_ARC_FIELDS,
  MAX_AUTH_FIELD_BYTES,
  MAX_FIELD_BYTES,
  MAX_FWS_RUN,
  MAX_HASHED_MESSAGE_BYTES,
  MAX_RECEIVED_FIELDS,
  megabytes,
} from '../auth/limits';
import type { Finding } from '../types';
import type { FindingRule } from './rule';

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

export const limitsRule: FindingRule = (ctx) => {
  const bounds = ctx.analysis.meta.bounds;
  if (!bounds) return [];
  const out: Finding[] = [];
  const auth = bounds.skipped.filter((f) => /^(dkim-signature|arc-)/i.test(f.name));
  const other = bounds.skipped.filter((f) => !auth.includes(f));
  if (auth.length > 0) {
    const why = (f: (typeof auth)[number]) =>
      f.reason === 'too-large'
        ? `${f.name} of ${kb(f.bytes)} (over ${kb(MAX_AUTH_FIELD_BYTES)})`
        : f.reason === 'white-space-run'
          ? `${f.name} with a run of over ${MAX_FWS_RUN} white-space characters`
          : `${f.name} past the first ${MAX_ARC_FIELDS} ARC fields`;
    out.push({
      id: 'auth-field-skipped',
      severity: 'medium',
      title: `${auth.length === 1 ? 'A signature header was' : `${auth.length} signature headers were`} too large to check, and were skipped`,
      detail: `HeaderLens did not verify: ${auth.slice(0, 5).map(why).join('; ')}${auth.length > 5 ? '; …' : ''}. Real DKIM and ARC headers are a few kilobytes at most; these are shaped to stall a verifier, so they count as not verified.`,
      evidence: [],
    });
  }
  if (other.length > 0) {
    out.push({
      id: 'header-field-too-large',
      severity: 'low',
      title: `${other.length === 1 ? 'A header field is' : `${other.length} header fields are`} over ${kb(MAX_FIELD_BYTES)} and were not parsed`,
      detail: `Left out of the checks: ${other
        .slice(0, 5)
        .map((f) => `${f.name || '(no name)'} (${kb(f.bytes)})`)
        .join(', ')}. Real mail has no header field this large.`,
      evidence: [],
    });
  }
  if (bounds.receivedCut) {
    const { total, read } = bounds.receivedCut;
    out.push({
      id: 'received-chain-cut',
      severity: 'low',
      title: `${total.toLocaleString('en-US')} Received headers: only the first ${read.toLocaleString('en-US')} were read`,
      detail: `Mail servers treat ${(100).toLocaleString('en-US')} Received headers as a mail loop and reject the message (RFC 5321 §6.3); real mail has a few dozen at most. The hop chain was read from the newest ${MAX_RECEIVED_FIELDS.toLocaleString('en-US')}, which hold your provider's own hops; the ${(total - read).toLocaleString('en-US')} older ones, written before your provider received the message, were not shown or checked. SPF, DKIM and DMARC were checked on the whole message.`,
      evidence: [],
    });
  }
  if (!bounds.bodyHashed) {
    out.push({
      id: 'body-not-hashed',
      severity: 'low',
      title: `Body not hashed (message is ${megabytes(bounds.messageBytes)})`,
      detail: `Messages this large are checked on their headers only (in the extension, over ${megabytes(MAX_HASHED_MESSAGE_BYTES)}): DKIM signatures are not verified against the body, so they count as not checked (neither pass nor fail). Your provider's own results, made on the whole message, still apply.`,
      evidence: [],
    });
  }
  return out;
};
