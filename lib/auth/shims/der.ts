// Just enough DER and PEM to read the public keys DKIM publishes (RFC 6376 §3.6.1: a bare
// RSAPublicKey or a SubjectPublicKeyInfo; RFC 8463 §4: a raw Ed25519 key, which mailauth wraps
// in an SPKI before asking crypto). A key record is hostile input: any length that runs past its
// parent is an error. Bytes after the top-level element are ignored, as OpenSSL's d2i does, so
// the CLI (Node) and the extension accept the same keys.

export interface Tlv {
  tag: number;
  /** The value bytes (a view into the input). */
  value: Uint8Array;
  /** Offset just past this element. */
  end: number;
}

export class DerError extends Error {
  readonly code = 'ERR_OSSL_UNSUPPORTED';
}

/** Reads one TLV element starting at `offset`, never past `limit`. */
export function readTlv(buf: Uint8Array, offset: number, limit = buf.length): Tlv {
  if (offset + 2 > limit) throw new DerError('DER: truncated header');
  const tag = buf[offset]!;
  let len = buf[offset + 1]!;
  let pos = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    // Indefinite lengths are BER, not DER; more than 4 length bytes is never a DKIM key.
    if (n === 0 || n > 4 || pos + n > limit) throw new DerError('DER: bad length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[pos + i]!;
    pos += n;
  }
  const end = pos + len;
  if (end > limit) throw new DerError('DER: element runs past its parent');
  return { tag, value: buf.subarray(pos, end), end };
}

/** Reads all children of a constructed value; the children must exactly fill it. */
export function readChildren(value: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  let pos = 0;
  while (pos < value.length) {
    const el = readTlv(value, pos);
    out.push(el);
    pos = el.end;
  }
  return out;
}

/** Reads the top-level element of a buffer (trailing bytes ignored, like OpenSSL's d2i). */
export function readSingle(buf: Uint8Array, tag: number): Tlv {
  const el = readTlv(buf, 0);
  if (el.tag !== tag) throw new DerError('DER: unexpected structure');
  return el;
}

/** A non-negative INTEGER as BigInt (negative values are rejected: no RSA key has one). */
export function derToBigInt(el: Tlv): bigint {
  if (el.tag !== 0x02 || el.value.length === 0 || el.value[0]! & 0x80) {
    throw new DerError('DER: bad INTEGER');
  }
  let hex = '';
  for (const b of el.value) hex += b.toString(16).padStart(2, '0');
  return BigInt(`0x${hex}`);
}

function encodeLength(len: number): number[] {
  if (len < 0x80) return [len];
  const bytes: number[] = [];
  for (let l = len; l > 0; l = Math.floor(l / 256)) bytes.unshift(l % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** Encodes one TLV element. */
export function encodeTlv(tag: number, value: Uint8Array): Uint8Array {
  const head = [tag, ...encodeLength(value.length)];
  const out = new Uint8Array(head.length + value.length);
  out.set(head, 0);
  out.set(value, head.length);
  return out;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/** A non-negative BigInt as a DER INTEGER (with the leading 0 byte when the top bit is set). */
export function bigIntToDer(n: bigint): Uint8Array {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) & 0x80) hex = `00${hex}`;
  return encodeTlv(0x02, hexToBytes(hex));
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64.replace(/[^A-Za-z0-9+/=]/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** PEM armour, 64 characters a line, as OpenSSL writes it. */
export function toPem(label: string, der: Uint8Array): string {
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Splits PEM text into its label and DER bytes; null when it is not PEM. */
export function fromPem(text: string): { label: string; der: Uint8Array } | null {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) return null;
  return { label: m[1]!, der: base64ToBytes(m[2]!) };
}
