// ARC (RFC 8617): a forwarder that changes the message (a mailing list footer) breaks DKIM; its
// seal keeps what it saw. Sealed in the test with mailauth's sealer and keys made here.
import { describe, expect, it } from 'vitest';
import { checkArc, checkDkimAndArc } from '../../../lib/auth/arc';
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

const author = rsaKey(1024);
const list = rsaKey(2048);
const relay = ed25519Key();

const zone = () =>
  new TestZone({
    [dkimName('a1', 'example.com')]: { TXT: [author.record] },
    [dkimName('arc', 'lists.example.org')]: { TXT: [list.record] },
    [dkimName('arc', 'relay.example.net')]: { TXT: [relay.record] },
  });
const opts = (resolver = zone()) => ({ resolver, now: SIGN_TIME });

/** Author signs; the list seals what it verified, then adds a footer (as lists do). */
async function forwarded(): Promise<string> {
  const signed = await sign(message({ body: 'Meeting at 10.\r\n' }), [
    { domain: 'example.com', selector: 'a1', key: author },
  ]);
  const sealed = await seal(signed, {
    domain: 'lists.example.org',
    selector: 'arc',
    key: list,
    cv: 'none',
    authResults:
      'lists.example.org; dkim=pass header.d=example.com header.s=a1; spf=pass smtp.mailfrom=example.com',
  });
  return sealed;
}

describe('checkArc', () => {
  it('an intact one-hop chain passes and names its sealer and what it saw', async () => {
    const r = await checkArc(await forwarded(), opts());
    expect(r).toMatchObject({ result: 'pass', instances: 1, sealers: ['lists.example.org'] });
    expect(r.originalAuth).toContain('dkim=pass header.d=example.com');
  });

  it('a two-hop chain lists its sealers in order i=1..n', async () => {
    const first = await forwarded();
    const second = await seal(first, {
      domain: 'relay.example.net',
      selector: 'arc',
      key: relay,
      cv: 'pass',
      authResults: 'relay.example.net; arc=pass; dkim=pass header.d=example.com',
    });
    const r = await checkArc(second, opts());
    expect(r).toMatchObject({
      result: 'pass',
      instances: 2,
      sealers: ['lists.example.org', 'relay.example.net'],
    });
    // The oldest ARC-Authentication-Results: the first forwarder's view.
    expect(r.originalAuth).toMatch(/^i=1; lists\.example\.org;/);
  });

  it('a tampered seal fails the chain', async () => {
    const raw = (await forwarded()).replace(/(ARC-Seal:[\s\S]*?\bb=)([A-Za-z0-9+/])/, (_m, head, c) => {
      return `${head}${c === 'A' ? 'B' : 'A'}`;
    });
    const r = await checkArc(raw, opts());
    expect(r.result).toBe('fail');
    expect(r.info).toBeTruthy();
  });

  it('a forged ARC-Authentication-Results (changed after sealing) fails', async () => {
    const raw = (await forwarded()).replace(
      'spf=pass smtp.mailfrom=example.com',
      'spf=pass smtp.mailfrom=bank.example',
    );
    expect((await checkArc(raw, opts())).result).toBe('fail');
  });

  it('a message changed after the last seal fails', async () => {
    const raw = (await forwarded()).replace('Meeting at 10.', 'Meeting at 11.');
    expect((await checkArc(raw, opts())).result).toBe('fail');
  });

  it('a sealer whose key is missing cannot be trusted → fail', async () => {
    const z = new TestZone({ [dkimName('a1', 'example.com')]: { TXT: [author.record] } });
    const r = await checkArc(await forwarded(), opts(z));
    expect(r.result).toBe('fail');
  });

  describe('a newest set sealed cv=fail (its sealer found the chain below broken)', () => {
    /** The list's set broken (its seal tampered), then the relay seals what reached it, cv=fail. */
    async function overBroken(
      authResults = 'relay.example.net; arc=fail; spf=pass smtp.mailfrom=example.com',
    ) {
      const broken = (await forwarded()).replace(/(ARC-Seal:[\s\S]*?\bb=)([A-Za-z0-9+/])/, (_m, head, c) => {
        return `${head}${c === 'A' ? 'B' : 'A'}`;
      });
      return seal(broken, {
        domain: 'relay.example.net',
        selector: 'arc',
        key: relay,
        cv: 'fail',
        authResults,
      });
    }

    it('fails the chain, but names the newest set when its own seal and message signature verify', async () => {
      const r = await checkArc(await overBroken(), opts());
      expect(r.result).toBe('fail');
      expect(r.sealers).toEqual([]);
      expect(r.sealedFail).toEqual({ instance: 2, sealer: 'relay.example.net' });
    });

    it('not when the message changed after that seal', async () => {
      const raw = (await overBroken()).replace('Meeting at 10.', 'Meeting at 11.');
      const r = await checkArc(raw, opts());
      expect(r.result).toBe('fail');
      expect(r.sealedFail).toBeUndefined();
    });

    it('not when its ARC-Authentication-Results was changed after sealing', async () => {
      const raw = (await overBroken()).replace(
        'spf=pass smtp.mailfrom=example.com',
        'spf=pass smtp.mailfrom=examp1e.com',
      );
      const r = await checkArc(raw, opts());
      expect(r.sealedFail).toBeUndefined();
    });

    it('not when its seal does not verify (no key), nor for a set sealed cv=pass', async () => {
      const noKey = new TestZone({
        [dkimName('arc', 'lists.example.org')]: { TXT: [list.record] },
      });
      expect((await checkArc(await overBroken(), opts(noKey))).sealedFail).toBeUndefined();
      const tamperedSeal = (await overBroken()).replace(
        /^(ARC-Seal:[\s\S]*?\bb=)([A-Za-z0-9+/])/,
        (_m, head, c) => {
          return `${head}${c === 'A' ? 'B' : 'A'}`;
        },
      );
      expect((await checkArc(tamperedSeal, opts())).sealedFail).toBeUndefined();
      const intact = await seal(await forwarded(), {
        domain: 'relay.example.net',
        selector: 'arc',
        key: relay,
        cv: 'pass',
        authResults: 'relay.example.net; arc=pass',
      });
      expect((await checkArc(intact, opts())).sealedFail).toBeUndefined();
    });
  });

  it('no ARC headers → none', async () => {
    expect(await checkArc(message(), opts())).toMatchObject({
      result: 'none',
      instances: 0,
      sealers: [],
      originalAuth: null,
    });
  });

  it('hostile input gives an answer, not an exception', async () => {
    const raw = `ARC-Seal: i=999; a=rsa-sha256; cv=pass; d=x; s=y; b=\r\nARC-Seal: \u0000\r\n\r\n`;
    const r = await checkArc(raw, opts());
    expect(['fail', 'none', 'permerror']).toContain(r.result);
  });
});

describe('checkDkimAndArc — one parse, both answers', () => {
  it('after a list footer DKIM fails but ARC still carries the original pass', async () => {
    const raw = await forwarded();
    const footer = await (async () => {
      // The list changes the body, then seals: the seal covers the changed body.
      const signed = await sign(message({ body: 'Meeting at 10.\r\n' }), [
        { domain: 'example.com', selector: 'a1', key: author },
      ]);
      const changed = signed.replace('Meeting at 10.\r\n', 'Meeting at 10.\r\n--\r\nlist footer\r\n');
      return seal(changed, {
        domain: 'lists.example.org',
        selector: 'arc',
        key: list,
        cv: 'none',
        authResults: 'lists.example.org; dkim=pass header.d=example.com',
      });
    })();
    const both = await checkDkimAndArc(footer, { ...opts(), fromDomain: 'example.com' });
    expect(both.dkim).toHaveLength(1);
    expect(both.dkim[0]).toMatchObject({ result: 'fail', cause: 'body-hash-mismatch' });
    expect(both.arc).toMatchObject({ result: 'pass', sealers: ['lists.example.org'] });
    expect(both.arc.originalAuth).toContain('dkim=pass header.d=example.com');
    // And the untouched forwarded copy passes both.
    const plain = await checkDkimAndArc(raw, { ...opts(), fromDomain: 'example.com' });
    expect(plain.dkim[0]!.result).toBe('pass');
    expect(plain.arc.result).toBe('pass');
  });
});
