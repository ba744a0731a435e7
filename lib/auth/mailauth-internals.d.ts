// Types for the mailauth internals lib/auth/mailauth.ts uses, which mailauth ships no types for:
// the DKIM verifier class (to give it a key cache that outlives one message), the key record
// parser and the stream writer. Only the members we touch are declared.
declare module 'mailauth/lib/dkim/dkim-verifier' {
  import type { DKIMVerifyOptions } from 'mailauth';
  /** A Node Writable stream: the message is written into it. */
  export class DkimVerifier {
    constructor(options?: DKIMVerifyOptions);
    keyCache: unknown;
    arc: Record<string, unknown>;
    headers: unknown;
    headerFrom: string[];
    fromFields: number;
    envelopeFrom: string | false;
    results: unknown[];
    seal: unknown;
  }
}

declare module 'mailauth/lib/tools' {
  import type { DNSResolver } from 'mailauth';
  export interface PublicKeyInfo {
    publicKey: string;
    rr: string;
    modulusLength?: number;
    keyType: string;
    flags: string[];
    testing: boolean;
    warnings: unknown[];
  }
  export interface KeyOptions {
    strict?: boolean;
    hashAlgo?: string;
  }
  export function getPublicKey(
    type: string,
    name: string,
    minBitLength: number | undefined,
    resolver: DNSResolver,
    options?: KeyOptions,
  ): Promise<PublicKeyInfo>;
  /** Writes a Buffer or string into a Writable such as DkimVerifier, in 64 KB chunks. */
  export function writeToStream(stream: unknown, input: unknown, chunkSize?: number): Promise<void>;
}
