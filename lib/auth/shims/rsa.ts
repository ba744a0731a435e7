// RSASSA-PKCS1-v1_5 verification (RFC 8017 §8.2.2) with BigInt, synchronous like Node's
// crypto.verify, which mailauth calls without await. Public-key operations only: nothing
// secret is handled, so timing side channels do not matter here.
import { concatBytes, hexToBytes } from './der';

/** DER DigestInfo prefixes (RFC 8017 §9.2 note 1). */
const DIGEST_INFO: Record<string, Uint8Array> = {
  sha1: hexToBytes('3021300906052b0e03021a05000414'),
  sha256: hexToBytes('3031300d060960864801650304020105000420'),
  sha384: hexToBytes('3041300d060960864801650304020205000430'),
  sha512: hexToBytes('3051300d060960864801650304020305000440'),
};

// OpenSSL's limits (rsa_ossl_public_decrypt): they bound the work a hostile key record can cause.
const MAX_MODULUS_BITS = 16384;
const SMALL_MODULUS_BITS = 3072;
const MAX_PUBEXP_BITS = 64;

export class RsaKeyError extends Error {
  readonly code = 'ERR_OSSL_RSA_BAD_E_VALUE';
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex ? BigInt(`0x${hex}`) : 0n;
}

function bigIntToBytes(n: bigint, length: number): Uint8Array {
  const hex = n.toString(16).padStart(length * 2, '0');
  return hexToBytes(hex);
}

/**
 * True when `sig` is a valid signature of `digest` (already hashed with `hash`) under (n, e).
 * Throws for keys OpenSSL refuses (too big, bad exponent), like Node does.
 */
export function rsaVerifyDigest(
  key: { n: bigint; e: bigint; bits: number },
  hash: string,
  digest: Uint8Array,
  sig: Uint8Array,
): boolean {
  if (key.bits > MAX_MODULUS_BITS) throw new RsaKeyError('modulus too large');
  if (key.e <= 1n || key.e >= key.n || (key.e & 1n) === 0n) throw new RsaKeyError('bad e value');
  if (key.bits > SMALL_MODULUS_BITS && key.e.toString(2).length > MAX_PUBEXP_BITS) {
    throw new RsaKeyError('bad e value');
  }
  const prefix = DIGEST_INFO[hash];
  if (!prefix) throw new RsaKeyError(`unsupported digest ${hash}`);
  const k = Math.ceil(key.bits / 8);
  // §8.2.2 step 1: the signature is exactly k octets.
  if (sig.length !== k) return false;
  const s = bytesToBigInt(sig);
  if (s >= key.n) return false;
  const em = bigIntToBytes(modPow(s, key.e, key.n), k);
  const t = concatBytes(prefix, digest);
  // §9.2 step 3: emLen >= tLen + 11.
  if (k < t.length + 11) return false;
  const expected = new Uint8Array(k).fill(0xff);
  expected[0] = 0x00;
  expected[1] = 0x01;
  expected[k - t.length - 1] = 0x00;
  expected.set(t, k - t.length);
  let diff = 0;
  for (let i = 0; i < k; i++) diff |= em[i]! ^ expected[i]!;
  return diff === 0;
}
