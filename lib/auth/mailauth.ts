// The only file that imports mailauth (STYLE.md), with its SPF part in lib/auth/mailauth-spf.ts.
// We load the protocol modules, not the package root: the root pulls in BIMI and undici, which crash on Node 20 and bloat the worker bundle.
// In the extension build, wxt.config.ts aliases the Node built-ins these modules use to
// browser-safe shims (lib/auth/shims/).
// First: Buffer and setImmediate for the worker (no-op in Node). mailauth only touches them
// when it runs, so importing them here, before any check can run, is early enough.
import './shims/globals';
import { Buffer } from 'buffer';
import type { DKIMVerifyOptions, DKIMVerifyResult, DNSResolver } from 'mailauth';
import { DkimVerifier } from 'mailauth/lib/dkim/dkim-verifier';
import { formatRelaxedLine, parseDkimHeaders, stripSignatureValue, writeToStream } from 'mailauth/lib/tools';
import type { Resolver, RrType } from '../types';
import type { KeyCache } from './dkim-keys';
import { processChunkFast } from './header-end';
import { headerRowTexts } from './header-rows';
import { crlfPieces } from './line-breaks';
import { isRelaxedHash, speedUpRelaxedHash } from './relaxed-body';

export type {
  ARCChainEntry,
  ARCData,
  ARCResult,
  DKIMResult,
  DKIMVerifyResult,
  DMARCResult,
  DNSResolver,
} from 'mailauth';
export { arc, verifyASChain } from 'mailauth/lib/arc';
export { dkimBody } from 'mailauth/lib/dkim/body';
export { dkimVerify } from 'mailauth/lib/dkim/verify';
export { dmarc } from 'mailauth/lib/dmarc';
export { getPublicKey, type KeyOptions, type PublicKeyInfo } from 'mailauth/lib/tools';
export { spf } from './mailauth-spf';

/**
 * mailauth's dkimVerify() (lib/dkim/verify.js), with three parts of the verifier replaced before
 * any byte is read: its per-message key cache by `keyCache` (lib/auth/dkim-keys.ts), through
 * which the DKIM and ARC key lookups of the message go, its byte-by-byte line-break loop and
 * header-end scan by native searches that yield the same pieces, and its header parser by a
 * linear one that builds the same rows. The result is built as dkimVerify builds it.
 *
 * `headersOnly`: the body was left out (over the hashing limit, lib/auth/limits.ts). Each DKIM
 * signature's header hash is then still checked: its body hash is taken as written (`bh=`), so a
 * forged `b=` fails as it would on the whole message, while a signature whose header part
 * verifies says nothing about the body (its "pass" is made "not checked" by unhashedBodies). ARC
 * message signatures keep the real comparison: an ARC chain never passes on a body not hashed.
 */
export async function dkimVerifyWithKeys(
  input: Buffer | string,
  options: DKIMVerifyOptions,
  keyCache: KeyCache,
  headersOnly = false,
): Promise<DKIMVerifyResult> {
  const verifier = new DkimVerifier(options);
  verifier.keyCache = keyCache;
  if (headersOnly && typeof verifier.verifySignature === 'function') {
    const verify = verifier.verifySignature.bind(verifier);
    // verifySignature reads the body hash before its first await: set just before the call, the
    // written value is the one it compares, whatever other signature runs meanwhile.
    verifier.verifySignature = (sig, fallback) => {
      const hasher = verifier.bodyHashes.get((fallback ? sig.fallbackBodyHashKey : sig.bodyHashKey) ?? '');
      const written = sig.parsed?.bh?.value;
      if (sig.type === 'DKIM' && hasher && typeof written === 'string') hasher.hash = written;
      return verify(sig, fallback);
    };
  }
  // arc() reuses this cache when it is called with the same resolver function.
  verifier.arc.keyCache = keyCache;
  // The same bare-LF rewrite as mailauth's, with a native byte search (lib/auth/line-breaks.ts).
  if (typeof verifier.ensureLinebreaks === 'function') {
    verifier.ensureLinebreaks = (chunk) => crlfPieces(verifier, chunk);
  }
  // The same end of the header block, found with a native LF search instead of an array slice per
  // header byte (lib/auth/header-end.ts).
  if (typeof verifier.processChunk === 'function') {
    verifier.processChunk = (chunk) => processChunkFast(verifier, chunk);
  }
  // The same rows as mailauth's parseHeaders, in linear time (lib/auth/header-rows.ts): its own
  // splices one folded line at a time, quadratic in the number of lines.
  if (typeof verifier.emitHeaders === 'function') {
    verifier.emitHeaders = async (chunk) => {
      verifier.state = 'body';
      if (chunk) verifier.headerChunks.push(chunk);
      const rows = parseHeaderRows(Buffer.concat(verifier.headerChunks));
      verifier.headers = rows;
      // A chain whose newest seal says cv=fail: getARChain refuses it, and the newest set's
      // message signature would go unchecked (failedNewestSet).
      const failed = failedNewestSet(rows.parsed, !!verifier.strict);
      if (failed) verifier.arc.lastEntry = failed;
      await verifier.messageHeaders(verifier.headers);
      // The body hashers exist now (one per canonicalisation, algorithm and l=); the relaxed ones
      // skip mailauth's byte loop on chunks it would hash unchanged (lib/auth/relaxed-body.ts).
      for (const hasher of verifier.bodyHashes.values())
        if (isRelaxedHash(hasher)) speedUpRelaxedHash(hasher);
    };
  }
  await writeToStream(verifier, input);
  const result: Record<string, unknown> = {
    headerFrom: verifier.headerFrom,
    fromFields: verifier.fromFields,
    envelopeFrom: verifier.envelopeFrom,
    results: verifier.results,
  };
  // Hidden, as dkimVerify keeps them out of JSON.
  for (const [key, value] of [
    ['headers', verifier.headers],
    ['arc', verifier.arc],
    ['seal', verifier.seal],
  ] as const) {
    if (value)
      Object.defineProperty(result, key, { enumerable: false, configurable: false, writable: false, value });
  }
  return result as unknown as DKIMVerifyResult;
}

const ARC_KEYS = ['arc-seal', 'arc-message-signature', 'arc-authentication-results'] as const;

/** An ARC-Seal's cv= as mailauth compares it (lower case, trimmed), or ''. */
export function sealCv(
  seal: { parsed?: Record<string, { value?: unknown } | undefined> } | undefined,
): string {
  return String(seal?.parsed?.cv?.value ?? '')
    .toLowerCase()
    .trim();
}

/**
 * The newest ARC set, parsed as getARChain parses a set, when its seal says `cv=fail` (its sealer
 * found the sets below it broken) and it is whole: one header of each kind. getARChain refuses
 * such a chain, so the verifier checks no ARC-Message-Signature of it; handed to the verifier as
 * its last entry (which a refused chain leaves unset), the set's message signature is verified as
 * a newest set's is, and lib/auth/arc.ts checks its seal. The chain's result is unchanged: mailauth
 * still fails it. Undefined for any other chain, and before any tag list is parsed when no ARC-Seal
 * says cv=fail.
 */
function failedNewestSet(
  rows: Array<{ key: string | null; line: Buffer }>,
  strict: boolean,
): Record<string, unknown> | undefined {
  if (!rows.some((r) => r.key === 'arc-seal' && /\bcv\s*=\s*fail\b/i.test(r.line.toString('binary'))))
    return undefined;
  const sets = new Map<number, Record<string, unknown>>();
  for (const row of rows) {
    if (!row.key || !(ARC_KEYS as readonly string[]).includes(row.key)) continue;
    const value = parseDkimHeaders(row.line, { strict });
    const i = Number(value?.parsed?.i?.value);
    if (!Number.isInteger(i) || i < 1 || i > 50) continue;
    const set = sets.get(i) ?? { i };
    if (set[row.key]) return undefined;
    set[row.key] = value;
    sets.set(i, set);
  }
  const newest = sets.get(Math.max(0, ...sets.keys()));
  const seal = newest?.['arc-seal'] as { parsed?: Record<string, { value?: unknown }> } | undefined;
  if (!newest || ARC_KEYS.some((k) => !newest[k])) return undefined;
  return sealCv(seal) === 'fail' ? newest : undefined;
}

/** mailauth's parseHeaders(buf) (lib/tools.js), in linear time: the same rows, keys and bytes. */
export function parseHeaderRows(buf: Buffer): {
  parsed: Array<{ key: string | null; casedKey: string | undefined; line: Buffer }>;
  original: Buffer;
} {
  const parsed = headerRowTexts(buf.toString('binary')).map(({ key, casedKey, text }) => ({
    key,
    casedKey,
    line: Buffer.from(text, 'binary'),
  }));
  return { parsed, original: buf };
}

/**
 * One function per resolver: arc() reuses the key cache of the DKIM pass only when it is given the
 * very same resolver function (mailauth compares them by identity).
 */
const mailauthResolvers = new WeakMap<Resolver, DNSResolver>();

/**
 * mailauth wants `dns.promises.resolve`'s shape: a function (name, rrtype). Our resolvers are
 * objects; errors pass through untouched so their `.code` (ENOTFOUND, ENODATA, ETIMEOUT…)
 * reaches mailauth, which turns them into none/temperror.
 */
export function toMailauthResolver(resolver: Resolver): DNSResolver {
  let fn = mailauthResolvers.get(resolver);
  if (!fn) {
    fn = (name, rrtype) => resolver.resolve(name, rrtype as RrType) as ReturnType<DNSResolver>;
    mailauthResolvers.set(resolver, fn);
  }
  return fn;
}

/** mailauth reads Buffers or strings; wrap bytes without copying (a 25 MB message stays one copy). */
export function toMessageInput(raw: Uint8Array | string): Buffer | string {
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) return raw;
  return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
}

/**
 * Whether a result's canonicalized header (`signingHeaders.canonicalizedHeader`, base64: the signed
 * fields, then the signature's own line with b= emptied, RFC 6376 §3.7) ends with `line` as the
 * verifier hashes it in the header canonicalization `c=` names (relaxed, else simple): whether it
 * is the line that result verified, not a copy sharing its b= (lib/auth/dkim.ts).
 */
export function hashedLast(canonicalizedHeader: string, line: Uint8Array, headerCanon: string): boolean {
  const raw = Buffer.from(line);
  // Compared byte by byte: mailauth's modules may hold another Buffer class than this file (Node's
  // under a DOM test environment, the polyfill here), and Buffer#equals refuses a foreign one.
  const tail: Uint8Array = stripSignatureValue(headerCanon === 'relaxed' ? formatRelaxedLine(raw) : raw);
  const all: Uint8Array = Buffer.from(canonicalizedHeader, 'base64');
  const off = all.length - tail.length;
  if (off < 0) return false;
  for (let i = 0; i < tail.length; i++) if (all[off + i] !== tail[i]) return false;
  return true;
}
