// The browser crypto shim must agree with Node's crypto on everything mailauth asks of it:
// otherwise a message would pass DKIM in the CLI and fail in the extension (or the reverse).
import * as node from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as shim from '../../../lib/auth/shims/crypto';

type Outcome = boolean | 'throws';
function outcome(fn: () => boolean): Outcome {
  try {
    return fn();
  } catch {
    return 'throws';
  }
}

function mutations(sig: Buffer, modulusBytes: number): Array<[string, Buffer]> {
  const flipped = Buffer.from(sig);
  flipped[flipped.length - 1]! ^= 0x01;
  const flippedHigh = Buffer.from(sig);
  flippedHigh[0]! ^= 0x80;
  return [
    ['good', sig],
    ['last bit flipped', flipped],
    ['first bit flipped', flippedHigh],
    ['truncated', sig.subarray(1)],
    ['one byte longer', Buffer.concat([Buffer.of(0), sig])],
    ['all zero', Buffer.alloc(sig.length)],
    ['all 0xff (>= modulus)', Buffer.alloc(modulusBytes, 0xff)],
    ['empty', Buffer.alloc(0)],
  ];
}

const data = Buffer.from('from:Alice <alice@example.com>\r\nsubject:hello\r\ndkim-signature:v=1; b=');

describe('crypto shim vs node:crypto — RSA PKCS#1 v1.5', () => {
  for (const bits of [1024, 2048]) {
    const { publicKey, privateKey } = node.generateKeyPairSync('rsa', { modulusLength: bits });
    const pkcs1Der = publicKey.export({ type: 'pkcs1', format: 'der' });
    const spkiDer = publicKey.export({ type: 'spki', format: 'der' });
    const pkcs1Pem = publicKey.export({ type: 'pkcs1', format: 'pem' }) as string;
    const spkiPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;

    it(`reads a ${bits}-bit key from DER (PKCS#1 and SPKI) like Node`, () => {
      for (const [der, type] of [
        [pkcs1Der, 'pkcs1'],
        [spkiDer, 'spki'],
      ] as const) {
        const k = shim.createPublicKey({ key: der, format: 'der', type });
        expect(k.asymmetricKeyType).toBe('rsa');
        expect(k.asymmetricKeyDetails.modulusLength).toBe(bits);
        // mailauth hands the exported PEM back to verify(): it must be byte-identical to Node's.
        expect(k.export({ type: 'pkcs1', format: 'pem' })).toBe(pkcs1Pem);
        expect(k.export({ type: 'spki', format: 'pem' })).toBe(spkiPem);
      }
    });

    for (const alg of ['rsa-sha256', 'sha256', 'rsa-sha1', 'sha1']) {
      it(`verifies ${alg} signatures of a ${bits}-bit key exactly as Node does (good and bad)`, () => {
        const sig = node.sign(alg, data, privateKey);
        for (const [label, s] of mutations(sig, bits / 8)) {
          for (const pem of [pkcs1Pem, spkiPem]) {
            const want = outcome(() => node.verify(alg, data, pem, s));
            const got = outcome(() => shim.verify(alg, data, pem, s));
            expect({ label, got }).toEqual({ label, got: want });
          }
        }
        expect(shim.verify(alg, Buffer.from('changed'), pkcs1Pem, sig)).toBe(false);
      });
    }
  }

  it('refuses a signature made with another digest', () => {
    const { publicKey, privateKey } = node.generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const sig = node.sign('sha1', data, privateKey);
    expect(node.verify('sha256', data, pem, sig)).toBe(false);
    expect(shim.verify('sha256', data, pem, sig)).toBe(false);
  });
});

describe('crypto shim vs node:crypto — Ed25519 (RFC 8463)', () => {
  const { publicKey, privateKey } = node.generateKeyPairSync('ed25519');
  const spkiDer = publicKey.export({ type: 'spki', format: 'der' });
  const spkiPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const digest = node.createHash('sha256').update(data).digest();

  it('reads the SPKI mailauth builds around the raw 32-byte key', () => {
    const raw = spkiDer.subarray(spkiDer.length - 32);
    const wrapped = Buffer.concat([Buffer.from('302A300506032B6570032100', 'hex'), raw]);
    const k = shim.createPublicKey({ key: wrapped, format: 'der', type: 'spki' });
    expect(k.asymmetricKeyType).toBe('ed25519');
    expect(k.export({ type: 'spki', format: 'pem' })).toBe(spkiPem);
    expect(() => k.export({ type: 'pkcs1', format: 'pem' })).toThrow();
  });

  it('verifies good and bad signatures exactly as Node does', () => {
    const sig = node.sign(null, digest, privateKey);
    for (const [label, s] of mutations(sig, 64)) {
      const want = outcome(() => node.verify(null, digest, spkiPem, s));
      const got = outcome(() => shim.verify(null, digest, spkiPem, s));
      expect({ label, got }).toEqual({ label, got: want });
    }
    expect(shim.verify(null, data, spkiPem, sig)).toBe(false);
  });
});

describe('crypto shim — hashes and hostile keys', () => {
  it('streams SHA-256 and SHA-1 like Node (chunks, strings, encodings)', () => {
    for (const alg of ['sha256', 'sha1']) {
      const chunks = ['Hello ', Buffer.from('wörld\r\n'), '', Buffer.alloc(70_000, 0x61)];
      const a = node.createHash(alg);
      const b = shim.createHash(alg);
      for (const c of chunks) {
        a.update(c);
        b.update(c);
      }
      expect(b.digest('base64')).toBe(a.digest('base64'));
      expect(shim.createHash(alg).update('x').digest('hex')).toBe(
        node.createHash(alg).update('x').digest('hex'),
      );
      expect(Buffer.isBuffer(shim.createHash(alg).update('x').digest())).toBe(true);
    }
    expect(() => shim.createHash('md4')).toThrow();
  });

  it('accepts and rejects the same malformed key DER as Node', () => {
    const { publicKey } = node.generateKeyPairSync('rsa', { modulusLength: 1024 });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    const cases: Buffer[] = [
      Buffer.alloc(0),
      der.subarray(0, 40),
      Buffer.concat([der, Buffer.of(0)]),
      Buffer.from('not a key at all'),
      Buffer.from('3080', 'hex'),
    ];
    for (const [i, bad] of cases.entries()) {
      const bits = (k: { asymmetricKeyDetails?: { modulusLength?: number } }) =>
        k.asymmetricKeyDetails?.modulusLength ?? null;
      let want: number | null | 'throws';
      let got: number | null | 'throws';
      try {
        want = bits(node.createPublicKey({ key: bad, format: 'der', type: 'spki' }));
      } catch {
        want = 'throws';
      }
      try {
        got = bits(shim.createPublicKey({ key: bad, format: 'der', type: 'spki' }));
      } catch {
        got = 'throws';
      }
      expect({ i, got }).toEqual({ i, got: want });
    }
    // A modulus longer than its SEQUENCE claims must never be read past the buffer.
    const lying = Buffer.from(der);
    lying[2] = 0xff; // the outer SEQUENCE now claims 255 bytes; only 159 follow
    expect(() => shim.createPublicKey({ key: lying, format: 'der', type: 'spki' })).toThrow();
  });
});
