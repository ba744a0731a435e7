// Parsed DKIM keys kept across messages (lib/auth/dkim-keys.ts): the parse is reused, never the
// answer. Each message still asks DNS, and anything but a byte-identical record is read afresh.
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkArc } from '../../../lib/auth/arc';
import { checkDkim } from '../../../lib/auth/dkim';
import {
  clearParsedKeys,
  MAX_KEPT_ANSWER,
  MAX_PARSED_KEYS,
  parsedKeyCount,
} from '../../../lib/auth/dkim-keys';
import {
  dkimName,
  ed25519Key,
  message,
  rsaKey,
  SIGN_TIME,
  seal,
  sign,
  TestZone,
} from '../../fixtures/auth/mail';

const key = rsaKey(2048);
const rotated = rsaKey(2048);
const name = dkimName('s1', 'example.com');
const opts = (resolver: TestZone) => ({ resolver, fromDomain: 'example.com', now: SIGN_TIME });
const signed = () => sign(message(), [{ domain: 'example.com', selector: 's1', key }]);

beforeEach(() => clearParsedKeys());
afterEach(() => vi.restoreAllMocks());

describe('parsed DKIM keys across messages', () => {
  it('parses a key record once for many messages, and still asks DNS for each', async () => {
    const zone = new TestZone({ [name]: { TXT: [key.record] } });
    const parse = vi.spyOn(crypto, 'createPublicKey');
    const raw = await signed();
    for (let i = 0; i < 3; i++) {
      const [d] = await checkDkim(raw, opts(zone));
      expect(d).toMatchObject({ result: 'pass', keyBits: 2048 });
    }
    expect(parse).toHaveBeenCalledTimes(1);
    expect(parsedKeyCount()).toBe(1);
    expect(zone.log.filter((q) => q === `TXT ${name}`)).toHaveLength(3);
  });

  it('a rotated key is read afresh: the old signature fails against it', async () => {
    const zone = new TestZone({ [name]: { TXT: [key.record] } });
    const raw = await signed();
    expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({ result: 'pass' });
    zone.set(name, { TXT: [rotated.record] });
    expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({
      result: 'fail',
      cause: 'signature-mismatch',
    });
    expect(parsedKeyCount()).toBe(2);
  });

  it('a key revoked after it was kept is revoked, and a DNS failure is a temperror', async () => {
    const zone = new TestZone({ [name]: { TXT: [key.record] } });
    const raw = await signed();
    expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({ result: 'pass' });
    zone.set(name, { TXT: ['v=DKIM1; k=rsa; p='] });
    expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({ cause: 'key-revoked' });
    zone.set(name, { SERVFAIL: true });
    expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({ result: 'temperror', cause: 'dns-error' });
    zone.set(name, { TXT: [key.record] });
    expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({ result: 'pass' });
    // Failures are never kept: only the one good record.
    expect(parsedKeyCount()).toBe(1);
  });

  it('a refused key is refused every time (a 512-bit key is too short, RFC 8301 §3.2)', async () => {
    const weak = rsaKey(512);
    const zone = new TestZone({ [dkimName('w', 'example.com')]: { TXT: [weak.record] } });
    const raw = await sign(message(), [{ domain: 'example.com', selector: 'w', key: weak }]);
    for (let i = 0; i < 2; i++) {
      expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({ cause: 'key-too-short' });
    }
    expect(parsedKeyCount()).toBe(0);
  });

  it('an ARC seal and a DKIM signature under one key record share one parse', async () => {
    const zone = new TestZone({ [name]: { TXT: [key.record] } });
    const parse = vi.spyOn(crypto, 'createPublicKey');
    const raw = await seal(await signed(), {
      domain: 'example.com',
      selector: 's1',
      key,
      cv: 'none',
      authResults: 'mx.example.com; dkim=pass header.d=example.com',
    });
    expect(await checkArc(raw, opts(zone))).toMatchObject({ result: 'pass', sealers: ['example.com'] });
    expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({ result: 'pass' });
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('does not keep an oversized answer (a sender could fill memory with them)', async () => {
    const padded = `${key.record}; n=${'x'.repeat(MAX_KEPT_ANSWER)}`;
    const zone = new TestZone({ [name]: { TXT: [padded] } });
    const raw = await signed();
    for (let i = 0; i < 2; i++)
      expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({ result: 'pass' });
    expect(parsedKeyCount()).toBe(0);
  });

  it(`keeps at most ${MAX_PARSED_KEYS} records, dropping the least recently used`, async () => {
    const ed = ed25519Key();
    const zone = new TestZone();
    const raw = await sign(message(), [{ domain: 'example.com', selector: 'ed', key: ed }]);
    // The same key under records that differ in a note (n=): each is its own answer.
    const asked = (i: number) => zone.set(dkimName('ed', 'example.com'), { TXT: [`${ed.record}; n=${i}`] });
    for (let i = 0; i <= MAX_PARSED_KEYS; i++) {
      asked(i);
      expect((await checkDkim(raw, opts(zone)))[0]).toMatchObject({ result: 'pass' });
    }
    expect(parsedKeyCount()).toBe(MAX_PARSED_KEYS);
    // The first record was dropped; the newest is still kept.
    const parse = vi.spyOn(crypto, 'createPublicKey');
    asked(MAX_PARSED_KEYS);
    await checkDkim(raw, opts(zone));
    expect(parse).toHaveBeenCalledTimes(0);
    asked(0);
    await checkDkim(raw, opts(zone));
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
