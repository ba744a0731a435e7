// Parsed DKIM and ARC public keys, kept across messages.
//
// mailauth parses the key record anew for every message: createPublicKey() plus a PEM export,
// about 200 µs for an RSA-2048 key in Node (measured alone) and more through the
// worker's crypto shim. An inbox's row badges ask the same few records (a bank's selector,
// google.com's, amazonses.com's) again and again.
//
// What is reused is only the parse. The record itself is still asked for every message, through
// that analysis' own resolver, so the DNS log, TTLs and DNS faults are exactly as before; a parse
// is reused only for a byte-identical answer under the same options, so a rotated or revoked key
// is read afresh. Failures are never kept: a bad record is parsed (and refused) each time.
import { DnsError } from '../dns/errors';
import { hostNameProblem } from '../dns/name';
import { type DNSResolver, getPublicKey, type KeyOptions, type PublicKeyInfo } from './mailauth';

/** Records kept; a few hundred senders' keys are a few hundred KB at most. */
export const MAX_PARSED_KEYS = 256;
/**
 * Longest answer kept (as its JSON text). An RSA-4096 key record is about 800 characters; a
 * sender's 60 KB TXT answer is parsed (and refused) each time rather than held in memory.
 */
export const MAX_KEPT_ANSWER = 4096;

/** Insertion-ordered: the oldest entry goes first (least recently used, as hits move to the end). */
const parsed = new Map<string, PublicKeyInfo>();

/** mailauth's per-message key cache interface (`createKeyCache` in mailauth/lib/tools). */
export interface KeyCache {
  resolver: DNSResolver;
  get(type: string, name: string, minBitLength?: number, options?: KeyOptions): Promise<PublicKeyInfo>;
}

const ASCII = /^[\x00-\x7f]*$/;

function copy(info: PublicKeyInfo): PublicKeyInfo {
  return { ...info, flags: [...info.flags], warnings: [...info.warnings] };
}

async function lookupKey(
  type: string,
  name: string,
  minBitLength: number | undefined,
  resolver: DNSResolver,
  options: KeyOptions,
): Promise<PublicKeyInfo> {
  // The key name is made of the signature's s= and d=, which the sender writes: a name that
  // cannot exist (s=., a 64-character label, bad characters) is no key, never a DNS fault that
  // could hold back a DMARC fail. Thrown as EBADNAME; lib/auth/dkim.ts reports a permerror.
  const problem = hostNameProblem(name);
  if (problem) throw new DnsError('EBADNAME', name, 'TXT', { detail: problem });
  // mailauth asks for a U-label name in its A-label form (RFC 8616 §3); for those rare names it
  // does the whole lookup itself, uncached.
  if (!ASCII.test(name)) return getPublicKey(type, name, minBitLength, resolver, options);
  // The one question getPublicKey would ask; a DNS error propagates exactly as from it.
  const answer = await resolver(name, 'TXT');
  const key = JSON.stringify([type, !!options.strict, minBitLength ?? 0, options.hashAlgo ?? '', answer]);
  const hit = parsed.get(key);
  if (hit) {
    parsed.delete(key);
    parsed.set(key, hit);
    return copy(hit);
  }
  const info = await getPublicKey(type, name, minBitLength, async () => answer, options);
  if (key.length > MAX_KEPT_ANSWER) return info;
  parsed.set(key, copy(info));
  if (parsed.size > MAX_PARSED_KEYS) parsed.delete(parsed.keys().next().value!);
  return info;
}

/**
 * A key cache for one message, as mailauth's own (each question asked once per message, shared by
 * DKIM-Signatures, ARC-Message-Signatures and ARC-Seals), whose parses outlive the message.
 */
export function sharedKeyCache(resolver: DNSResolver): KeyCache {
  const perMessage = new Map<string, Promise<PublicKeyInfo>>();
  return {
    resolver,
    get(type, name, minBitLength, options = {}) {
      // The same key mailauth's createKeyCache uses.
      const question = [!!options.strict, minBitLength || '', options.hashAlgo || '', name].join(':');
      let lookup = perMessage.get(question);
      if (!lookup) {
        lookup = lookupKey(type, name, minBitLength, resolver, options);
        // Prefetched lookups can fail before anyone waits; every caller still gets the error.
        lookup.catch(() => false);
        perMessage.set(question, lookup);
      }
      return lookup;
    },
  };
}

/** How many parsed keys are kept (for tests). */
export function parsedKeyCount(): number {
  return parsed.size;
}

/** Forgets every parsed key (for tests). */
export function clearParsedKeys(): void {
  parsed.clear();
}
