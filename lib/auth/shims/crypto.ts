// The part of Node's `crypto` that mailauth's DKIM/ARC verification uses, synchronous like
// Node's (mailauth calls crypto.verify without await). In the extension build wxt.config.ts
// aliases `crypto`/`node:crypto` here; in Node the tests compare it with node:crypto.
// Why not WebCrypto: subtle.verify is async, which would mean rewriting mailauth's source at
// build time; BigInt RSA + @noble/curves Ed25519 run the same code in Node, tests and the worker.
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { Buffer } from 'buffer';
import { createPublicKey, type KeyInput, PublicKeyObject } from './keys';
import { rsaVerifyDigest } from './rsa';

export { createPublicKey, PublicKeyObject as KeyObject };

type BufferEncoding = 'hex' | 'base64' | 'utf8' | 'latin1' | 'binary';

const HASHES = { sha1, sha256, sha384, sha512 } as const;
type HashName = keyof typeof HASHES;

/** 'rsa-sha256', 'RSA-SHA256', 'sha256' → 'sha256' (Node accepts all three via OpenSSL). */
function hashName(alg: string): HashName {
  const name = alg.toLowerCase().replace(/^rsa-/, '').replace('-', '');
  if (name in HASHES) return name as HashName;
  const err = new Error(`Invalid digest: ${alg}`) as Error & { code: string };
  err.code = 'ERR_CRYPTO_INVALID_DIGEST';
  throw err;
}

function toBytes(data: string | Uint8Array, encoding?: BufferEncoding): Uint8Array {
  if (typeof data !== 'string') return data;
  return encoding ? Buffer.from(data, encoding) : new TextEncoder().encode(data);
}

export interface Hash {
  update(data: string | Uint8Array, encoding?: BufferEncoding): Hash;
  digest(): Buffer;
  digest(encoding: BufferEncoding): string;
}

/** Streaming hash, as mailauth's body hashers use it (update per chunk, digest once). */
export function createHash(alg: string): Hash {
  const h = HASHES[hashName(alg)].create();
  const hash = {
    update(data: string | Uint8Array, encoding?: BufferEncoding) {
      h.update(toBytes(data, encoding));
      return hash;
    },
    digest(encoding?: BufferEncoding) {
      const out = Buffer.from(h.digest());
      return encoding ? out.toString(encoding) : out;
    },
  };
  return hash as Hash;
}

type KeyLike = string | Uint8Array | KeyInput | PublicKeyObject;

/**
 * Node's one-shot crypto.verify: RSA PKCS#1 v1.5 with the named digest, or pure Ed25519
 * (algorithm null; mailauth passes the SHA-256 of the header data, RFC 8463 §3).
 */
export function verify(
  algorithm: string | null | undefined,
  data: Uint8Array | string,
  key: KeyLike,
  signature: Uint8Array,
): boolean {
  const k = createPublicKey(key);
  const message = toBytes(data);
  if (k.data.type === 'rsa') {
    const name = hashName(algorithm ?? 'sha256');
    return rsaVerifyDigest(k.data, name, HASHES[name](message), signature);
  }
  if (algorithm) {
    const err = new Error('Ed25519 takes no digest algorithm') as Error & { code: string };
    err.code = 'ERR_CRYPTO_INVALID_DIGEST';
    throw err;
  }
  try {
    // zip215: false = RFC 8032 strict verification, what OpenSSL (and so Node) does.
    return ed25519.verify(signature, message, k.data.raw, { zip215: false });
  } catch {
    // noble throws on malformed points/lengths; OpenSSL reports them as a failed verification.
    return false;
  }
}

export function randomUUID(): string {
  return globalThis.crypto.randomUUID();
}

function unsupported(name: string): never {
  throw new Error(`crypto.${name} is not available in the HeaderLens browser build (verification only)`);
}

/** Signing is never done in the extension (mailauth's signer is only loaded, not called). */
export function createPrivateKey(): never {
  return unsupported('createPrivateKey');
}
export function sign(): never {
  return unsupported('sign');
}
export function randomBytes(size: number): Buffer {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(size)));
}
