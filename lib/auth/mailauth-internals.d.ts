// Types for the mailauth internals lib/auth/mailauth.ts uses, which mailauth ships no types for:
// the DKIM verifier class (to give it a key cache that outlives one message), the key record
// parser and the stream writer. Only the members we touch are declared.
declare module 'mailauth/lib/dkim/dkim-verifier' {
  import type { DKIMVerifyOptions } from 'mailauth';
  /** A Node Writable stream: the message is written into it. */
  export class DkimVerifier {
    constructor(options?: DKIMVerifyOptions);
    keyCache: unknown;
    /** Byte before the current chunk, kept by ensureLinebreaks. */
    lastByte?: number;
    /** Yields the chunk's pieces with every bare LF made CRLF (from MessageParser). */
    ensureLinebreaks(input: Uint8Array): Iterable<Uint8Array>;
    /** 'header' until the empty line ending the header block is seen, then 'body'. */
    state: string;
    /** The header block as it came in, chunk by chunk. */
    headerChunks: Uint8Array[];
    /** The last (up to four) header bytes seen, and how many: the header scan's state. */
    stateBytes: number[];
    headerBytes: number;
    /** Scans a piece for the end of the header block, then hands body bytes to nextChunk. */
    processChunk(chunk: Uint8Array): Promise<void>;
    nextChunk(chunk: Uint8Array): Promise<void>;
    /** Parses the header block (MessageParser: parseHeaders) and hands it to messageHeaders. */
    emitHeaders(chunk?: Uint8Array): Promise<void>;
    messageHeaders(headers: unknown): Promise<void>;
    /** RFC-strict parsing (DKIMVerifyOptions.strict). */
    strict?: boolean;
    arc: Record<string, unknown>;
    headers: unknown;
    headerFrom: string[];
    fromFields: number;
    envelopeFrom: string | false;
    results: unknown[];
    seal: unknown;
    /** Body hashers by canonicalisation, hash and length; `hash` is the digest once the body ended. */
    bodyHashes: Map<string, { hash?: string }>;
    /** Checks one signature (DKIM or an ARC message signature) once the body has ended. */
    verifySignature(signature: SignatureHeader, fallback?: boolean): Promise<unknown>;
  }
  /** A signature as prepareSignature() leaves it (the members verifySignature's wrapper reads). */
  export interface SignatureHeader {
    type: 'DKIM' | 'ARC' | 'AS';
    bodyHashKey?: string;
    fallbackBodyHashKey?: string;
    parsed?: { bh?: { value?: unknown } };
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
  /** The header block's rows (the DKIM message parser's; tests compare lib/auth/header-rows.ts). */
  export function parseHeaders(buf: Uint8Array): {
    parsed: Array<{ key: string | null; casedKey: string | undefined; line: Buffer }>;
    original: Buffer;
  };
  /** A DKIM-style tag list header line parsed as the verifier and getARChain parse it. */
  export function parseDkimHeaders(
    line: Buffer | string,
    opts?: { strict?: boolean },
  ): { parsed?: Record<string, { value?: unknown } | undefined>; original?: Buffer } | undefined;
  /** Writes a Buffer or string into a Writable such as DkimVerifier, in 64 KB chunks. */
  export function writeToStream(stream: unknown, input: unknown, chunkSize?: number): Promise<void>;
  /** A header line in relaxed canonical form (RFC 6376 §3.4.2), `suffix` appended. */
  export function formatRelaxedLine(line: Buffer | string, suffix?: string): Buffer;
  /** The line with its signature's b= value emptied, as the verifier hashes it (RFC 6376 §3.7). */
  export function stripSignatureValue(line: Buffer | string, strict?: boolean): Buffer;
}

declare module 'mailauth/lib/dkim/message-parser' {
  /** The Writable that splits headers from body; tests compare its line-break rewrite to ours. */
  export class MessageParser {
    lastByte?: number;
    ensureLinebreaks(input: Uint8Array): Iterable<Uint8Array>;
    state: string;
    stateBytes: number[];
    headerBytes: number;
    headerChunks: Uint8Array[];
    processChunk(chunk: Uint8Array): Promise<void>;
    emitHeaders(chunk?: Uint8Array): Promise<void>;
    nextChunk(chunk: Uint8Array): Promise<void>;
  }
}

declare module 'mailauth/lib/dkim/body' {
  /** A DKIM body hasher (RFC 6376 §3.4.3/§3.4.4) for one canonicalization, hash and l=. */
  export interface DkimBodyHash {
    update(chunk: Uint8Array): void;
    digest(encoding: 'base64'): string;
    /** The canonical body's length so far, past any l= limit too. */
    canonicalizedLength: number;
  }
  export function dkimBody(
    canonicalization: string,
    algorithm?: string,
    maxBodyLength?: number,
  ): DkimBodyHash;
}

declare module 'mailauth/lib/dkim/body/relaxed' {
  /** mailauth's relaxed body hasher (RFC 6376 §3.4.4), with the fields lib/auth/relaxed-body.ts reads. */
  export class RelaxedHash {
    constructor(algorithm?: string, maxBodyLength?: number);
    remainder: Uint8Array | false;
    byteLength: number;
    canonicalizedLength: number;
    bodyHashedBytes: number;
    setContentType(contentType: { value: string; params: Record<string, string> }): void;
    update(chunk: Uint8Array | null, final?: boolean): void;
    fixLineBuffer(line: Uint8Array): Uint8Array;
    _pushBodyHash(chunk: Uint8Array): void;
    digest(encoding: 'base64'): string;
    getMimeStructureStart(): number;
  }
}
