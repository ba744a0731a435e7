// ARC rules mailauth's lenient mode lets pass, checked in our own layer on a chain it passed:
//  - every ARC-Seal and the newest ARC-Message-Signature (the one that is verified, RFC 8617
//    §5.2 step 4) must be a valid RFC 6376 §3.2 tag-list with its required tags (RFC 8617 §4.1.2,
//    §4.1.3): no duplicate tag, no `;;`, no invalid tag name such as `_`, no `S=` for `s=`;
//  - an ARC-Message-Signature without c= is simple/simple (RFC 6376 §3.5, which RFC 8617 §4.1.2
//    adopts): mailauth also tries relaxed/relaxed, as the ARC drafts did, and passes either.
// A chain that breaks one fails: two readers of the same seal could otherwise disagree on which
// domain sealed it (mailauth lets the last duplicate win, a regex the first), which is how a
// sealer's name is borrowed.

import type { HeaderField } from '../types';
import { DKIM_SIGNATURE_TAGS } from './dkim-strict';
import type { DKIMVerifyResult } from './mailauth';
import { headerFieldValue, parseTagList, signatureProblems, tagValue } from './tag-list';

/** RFC 8617 §4.1.3 (ARC-Seal) and §4.1.2 (ARC-Message-Signature: the DKIM tags but v=). */
const SEAL_REQUIRED = ['i', 'a', 'b', 'cv', 'd', 's'] as const;
const SEAL_TAGS = ['i', 'a', 'b', 'cv', 'd', 's', 't', 'h'] as const;
const AMS_REQUIRED = ['i', 'a', 'b', 'bh', 'd', 'h', 's'] as const;
const AMS_TAGS = DKIM_SIGNATURE_TAGS.filter((t) => t !== 'v');

/** Problems of one ARC-Seal header line (name included or not); empty when it is well formed. */
export function arcSealProblems(line: string): string[] {
  return signatureProblems(parseTagList(headerFieldValue(line)), SEAL_REQUIRED, SEAL_TAGS);
}

/** Problems of one ARC-Message-Signature header line; empty when it is well formed. */
export function arcMessageSignatureProblems(line: string): string[] {
  return signatureProblems(parseTagList(headerFieldValue(line)), AMS_REQUIRED, AMS_TAGS);
}

interface VerifiedAms {
  original?: unknown;
  messageSignature?: { format?: unknown; status?: { warnings?: unknown } };
}

/**
 * Why a chain mailauth passed is not valid after all, or null. Looks at the header lines mailauth
 * read and at the newest set it verified. Never throws.
 */
export function strictArcProblem(verified: DKIMVerifyResult): string | null {
  for (const h of verified.headers?.parsed ?? []) {
    if (h.key !== 'arc-seal') continue;
    const line = String(h.line);
    const problems = arcSealProblems(line);
    if (problems.length > 0) {
      const i = tagValue(parseTagList(headerFieldValue(line)), 'i') ?? '?';
      return `ARC-Seal i=${i.slice(0, 4)} is malformed: ${problems[0]} (RFC 6376 §3.2, RFC 8617 §4.1.3)`;
    }
  }
  const arcData = verified.arc as { lastEntry?: Record<string, unknown> } | undefined;
  const last = arcData?.lastEntry;
  if (!last) return null;
  const ams = last['arc-message-signature'] as VerifiedAms | undefined;
  const amsLine = ams?.original === undefined ? '' : String(ams.original);
  const problems = arcMessageSignatureProblems(amsLine);
  if (problems.length > 0) {
    return `ARC-Message-Signature i=${String(last.i)} is malformed: ${problems[0]} (RFC 6376 §3.2, RFC 8617 §4.1.2)`;
  }
  const verifiedAs = (last as { messageSignature?: VerifiedAms['messageSignature'] }).messageSignature;
  const warnings = Array.isArray(verifiedAs?.status?.warnings)
    ? (verifiedAs.status.warnings as unknown[])
    : [];
  const usedFallback = typeof verifiedAs?.format === 'string' || warnings.includes('ams-c-default');
  if (tagValue(parseTagList(headerFieldValue(amsLine)), 'c') === null && usedFallback) {
    return `ARC-Message-Signature i=${String(last.i)} has no c=, so it is simple/simple, and only verifies as relaxed/relaxed (RFC 6376 §3.5, RFC 8617 §4.1.2)`;
  }
  return null;
}

/**
 * `d=` of each ARC-Seal, in instance order (i=1 first), read from the headers when only the
 * provider validated the chain (offline, or a copy that is not byte-exact). Nothing when any seal
 * is not a valid tag-list (a duplicated `d=` would let the first one name a trusted sealer while
 * the verifier used the last), when an instance number repeats, or when 1..n has a gap.
 */
export function sealersInHeaders(headers: HeaderField[]): string[] {
  const seals = headers.filter((h) => h.key === 'arc-seal');
  if (seals.some((h) => arcSealProblems(h.rawValue).length > 0)) return [];
  const sets = seals
    .map((h) => parseTagList(h.rawValue))
    .map((tags) => ({
      i: /^\d{1,2}$/.test(tagValue(tags, 'i') ?? '') ? Number(tagValue(tags, 'i')) : Number.NaN,
      d: (tagValue(tags, 'd') ?? '').slice(0, 253),
    }));
  if (!sets.every((s) => Number.isFinite(s.i) && s.d)) return [];
  const sorted = sets.sort((a, b) => a.i - b.i);
  return sorted.every((s, k) => s.i === k + 1) ? sorted.map((s) => s.d) : [];
}
