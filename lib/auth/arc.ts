// ARC (RFC 8617) through mailauth's arc(): is the chain of forwarders' seals intact, who sealed
// it, and what the first forwarder saw before it changed the message (mailing lists do).
import type { ArcCheck, DkimCheck, Resolver } from '../types';
import { strictArcProblem } from './arc-strict';
import { dkimCrash, limitSignatures, signatureChecks, verifyMessage } from './dkim';
import {
  type ARCChainEntry,
  type ARCData,
  arc,
  type DKIMVerifyResult,
  sealCv,
  toMailauthResolver,
  verifyASChain,
} from './mailauth';

export interface ArcOptions {
  resolver: Resolver;
  now?: Date;
}

function tag(entry: ARCChainEntry['arc-seal'], name: 'd'): string | null {
  const v = entry?.parsed?.[name]?.value;
  return v === undefined || v === null ? null : String(v);
}

/** The value of a header line (after the first colon), unfolded. */
function headerValue(raw: string | Uint8Array | undefined): string | null {
  if (!raw) return null;
  // mailauth keeps `original` as a Buffer despite its typings: String() decodes it as UTF-8.
  const line = String(raw);
  const i = line.indexOf(':');
  return (i >= 0 ? line.slice(i + 1) : line).replace(/\r?\n[ \t]+/g, ' ').trim();
}

function none(info: string | null): ArcCheck {
  return { result: 'none', instances: 0, sealers: [], originalAuth: null, info };
}

/** What dkimVerify found of the ARC headers. */
type VerifiedArc = NonNullable<DKIMVerifyResult['arc']>;

/** The chain's sets as mailauth parsed them, oldest first. */
function chainOf(data: VerifiedArc): ARCChainEntry[] {
  return Array.isArray(data.chain) ? [...data.chain].sort((a, b) => a.i - b.i) : [];
}

/**
 * A chain whose newest set says `cv=fail`: its sealer found the sets below it broken. mailauth then
 * checks no seal at all (RFC 8617 §5.2 step 2), which is right for the chain; but that newest set is
 * still its sealer's own signed record of what reached it, when its ARC-Message-Signature (checked
 * in the DKIM pass: lib/auth/mailauth.ts failedNewestSet) and its seal verify. A `cv=fail` seal
 * signs its own set alone (RFC 8617 §5.1.1, as mailauth and OpenARC seal), which is what is
 * checked here: mailauth's chain check asked about that one set as a chain of its own, its bytes as
 * written. Never throws.
 */
async function sealedFail(
  data: VerifiedArc,
  opts: ArcOptions,
): Promise<{ instance: number; sealer: string } | undefined> {
  const newest = data.lastEntry;
  const seal = newest?.['arc-seal'];
  const sealer = seal ? tag(seal, 'd') : null;
  if (!data.error || !newest || !sealer) return undefined;
  if (sealCv(seal) !== 'fail') return undefined;
  if (newest.messageSignature?.status?.result !== 'pass') return undefined;
  const alone = {
    ...newest,
    i: 1,
    'arc-seal': { ...seal, parsed: { ...seal?.parsed, cv: { value: 'none' } } },
  };
  const sealed = await verifyASChain({ chain: [alone] } as unknown as ARCData, {
    resolver: toMailauthResolver(opts.resolver),
  }).catch(() => false);
  return sealed ? { instance: newest.i, sealer } : undefined;
}

/** Maps an already verified message (one dkimVerify pass) to an ArcCheck. Never throws. */
export async function arcFromVerified(verified: DKIMVerifyResult, opts: ArcOptions): Promise<ArcCheck> {
  const data = verified.arc;
  if (!data) return none(null);
  try {
    // mailauth's authenticate() passes dkimVerify's `arc` straight to arc(); only the typings
    // differ (`chain: false` when the message has no ARC headers, which arc() handles).
    const res = await arc(data as ARCData, { resolver: toMailauthResolver(opts.resolver) });
    const ordered = chainOf(data);
    const word = res.status.result;
    // What mailauth's lenient mode passes but RFC 8617 / RFC 6376 do not (lib/auth/arc-strict.ts).
    const strictProblem = word === 'pass' ? strictArcProblem(verified) : null;
    const result: ArcCheck['result'] = strictProblem
      ? 'fail'
      : word === 'pass' || word === 'fail' || word === 'none' || word === 'temperror' || word === 'permerror'
        ? word
        : word === 'temperr'
          ? 'temperror'
          : 'fail';
    const failSeal = result === 'fail' ? await sealedFail(data, opts) : undefined;
    return {
      result,
      instances: ordered.reduce((max, e) => Math.max(max, e.i), 0),
      sealers: ordered.map((e) => tag(e['arc-seal'], 'd')).filter((d): d is string => !!d),
      originalAuth: headerValue(ordered[0]?.['arc-authentication-results']?.original),
      info: strictProblem ?? res.status.comment ?? (data.error ? data.error.message : null),
      ...(failSeal ? { sealedFail: failSeal } : {}),
    };
  } catch (err) {
    return { ...none(null), result: 'temperror', info: `ARC check failed: ${String(err)}` };
  }
}

/** Verifies the ARC chain of a message. Never throws. */
export async function checkArc(raw: Uint8Array | string, opts: ArcOptions): Promise<ArcCheck> {
  try {
    return await arcFromVerified(await verifyMessage(raw, opts), opts);
  } catch (err) {
    return { ...none(null), result: 'temperror', info: `ARC check failed: ${String(err)}` };
  }
}

/**
 * DKIM and ARC from one parse of the message: the integrator's path (hashing a 25 MB body once,
 * not twice). Never throws.
 */
export async function checkDkimAndArc(
  raw: Uint8Array | string,
  opts: ArcOptions & { fromDomain: string | null; headersOnly?: boolean },
): Promise<{ dkim: DkimCheck[]; arc: ArcCheck }> {
  let verified: DKIMVerifyResult;
  let skipped = 0;
  try {
    const limited = limitSignatures(raw);
    skipped = limited.skipped;
    verified = await verifyMessage(limited.input, opts);
  } catch (err) {
    return { dkim: [dkimCrash(err)], arc: { ...none(null), result: 'temperror', info: String(err) } };
  }
  return {
    dkim: signatureChecks(verified, opts.fromDomain, skipped),
    arc: await arcFromVerified(verified, opts),
  };
}
