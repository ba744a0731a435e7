// Public keys as mailauth uses Node's KeyObject: createPublicKey() from DER (spki/pkcs1) or PEM,
// then `.asymmetricKeyType`, `.asymmetricKeyDetails.modulusLength` and `.export()`.
import {
  bigIntToDer,
  concatBytes,
  DerError,
  derToBigInt,
  encodeTlv,
  fromPem,
  readChildren,
  readSingle,
  toPem,
} from './der';

// 1.2.840.113549.1.1.1 rsaEncryption and 1.3.101.112 id-Ed25519 (RFC 8410 §3), DER-encoded.
const OID_RSA = '2a864886f70d010101';
const OID_ED25519 = '2b6570';

export type PublicKeyData =
  | { type: 'rsa'; n: bigint; e: bigint; bits: number }
  | { type: 'ed25519'; raw: Uint8Array };

export interface KeyInput {
  key: string | Uint8Array;
  format?: 'der' | 'pem';
  type?: 'spki' | 'pkcs1';
}

export interface KeyExportOptions {
  type: 'spki' | 'pkcs1';
  format: 'pem' | 'der';
}

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

function parsePkcs1(der: Uint8Array): PublicKeyData {
  const seq = readSingle(der, 0x30);
  const parts = readChildren(seq.value);
  if (parts.length !== 2) throw new DerError('RSAPublicKey: expected modulus and exponent');
  const n = derToBigInt(parts[0]!);
  const e = derToBigInt(parts[1]!);
  if (n === 0n || e === 0n) throw new DerError('RSAPublicKey: zero modulus or exponent');
  return { type: 'rsa', n, e, bits: n.toString(2).length };
}

function parseSpki(der: Uint8Array): PublicKeyData {
  const seq = readSingle(der, 0x30);
  const parts = readChildren(seq.value);
  const algo = parts[0];
  const bits = parts[1];
  if (parts.length !== 2 || algo?.tag !== 0x30 || bits?.tag !== 0x03) {
    throw new DerError('SubjectPublicKeyInfo: unexpected structure');
  }
  const algoParts = readChildren(algo.value);
  const oid = algoParts[0];
  if (oid?.tag !== 0x06) throw new DerError('SubjectPublicKeyInfo: no algorithm');
  // BIT STRING: first byte is the count of unused bits, always 0 for keys.
  if (bits.value[0] !== 0) throw new DerError('SubjectPublicKeyInfo: bad BIT STRING');
  const content = bits.value.subarray(1);
  const oidHex = hex(oid.value);
  if (oidHex === OID_RSA) return parsePkcs1(content);
  if (oidHex === OID_ED25519) {
    // RFC 8410 §3: parameters MUST be absent.
    if (algoParts.length !== 1 || content.length !== 32) throw new DerError('Ed25519: bad key');
    return { type: 'ed25519', raw: content.slice() };
  }
  throw new DerError('Unsupported key type');
}

/** The subset of Node's KeyObject that mailauth reads. */
export class PublicKeyObject {
  readonly type = 'public';
  readonly asymmetricKeyType: 'rsa' | 'ed25519';
  readonly asymmetricKeyDetails: { modulusLength?: number; publicExponent?: bigint };

  constructor(readonly data: PublicKeyData) {
    this.asymmetricKeyType = data.type;
    this.asymmetricKeyDetails =
      data.type === 'rsa' ? { modulusLength: data.bits, publicExponent: data.e } : {};
  }

  export(opts: KeyExportOptions): string | Uint8Array {
    const der = opts.type === 'pkcs1' ? this.pkcs1() : this.spki();
    if (opts.format === 'der') return der;
    return toPem(opts.type === 'pkcs1' ? 'RSA PUBLIC KEY' : 'PUBLIC KEY', der);
  }

  private pkcs1(): Uint8Array {
    if (this.data.type !== 'rsa') throw new DerError('pkcs1 export is only for RSA keys');
    return encodeTlv(0x30, concatBytes(bigIntToDer(this.data.n), bigIntToDer(this.data.e)));
  }

  private spki(): Uint8Array {
    const oid = this.data.type === 'rsa' ? OID_RSA : OID_ED25519;
    const oidTlv = encodeTlv(0x06, Uint8Array.from(oid.match(/../g)!.map((h) => Number.parseInt(h, 16))));
    // rsaEncryption carries NULL parameters; Ed25519 has none (RFC 8410 §3).
    const algo = encodeTlv(
      0x30,
      this.data.type === 'rsa' ? concatBytes(oidTlv, Uint8Array.of(0x05, 0x00)) : oidTlv,
    );
    const content = this.data.type === 'rsa' ? this.pkcs1() : this.data.raw;
    return encodeTlv(0x30, concatBytes(algo, encodeTlv(0x03, concatBytes(Uint8Array.of(0), content))));
  }
}

function toBytes(key: string | Uint8Array): Uint8Array {
  return typeof key === 'string' ? new TextEncoder().encode(key) : key;
}

/** Node's createPublicKey for the shapes mailauth passes: PEM text, or DER with spki/pkcs1. */
export function createPublicKey(input: KeyInput | string | Uint8Array | PublicKeyObject): PublicKeyObject {
  if (input instanceof PublicKeyObject) return input;
  const opts: KeyInput = typeof input === 'string' || input instanceof Uint8Array ? { key: input } : input;
  if (opts.format === 'der') {
    const der = toBytes(opts.key);
    return new PublicKeyObject(opts.type === 'pkcs1' ? parsePkcs1(der) : parseSpki(der));
  }
  const text = typeof opts.key === 'string' ? opts.key : new TextDecoder().decode(opts.key);
  const pem = fromPem(text);
  if (!pem) throw new DerError('Unsupported key format: expected PEM');
  if (pem.label === 'RSA PUBLIC KEY') return new PublicKeyObject(parsePkcs1(pem.der));
  if (pem.label === 'PUBLIC KEY') return new PublicKeyObject(parseSpki(pem.der));
  throw new DerError(`Unsupported PEM type: ${pem.label}`);
}
