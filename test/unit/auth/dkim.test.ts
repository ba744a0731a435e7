// DKIM through our adapter, on messages signed in the test (RFC 6376, RFC 8463, RFC 8301).
import { describe, expect, it } from 'vitest';
import { checkDkim, MAX_DKIM_SIGNATURES } from '../../../lib/auth/dkim';
import { dkimName, ed25519Key, message, rsaKey, SIGN_TIME, sign, TestZone } from '../../fixtures/auth/mail';

const rsa2048 = rsaKey(2048);
const rsa1024 = rsaKey(1024, { pkcs1Record: true });
const ed = ed25519Key();
const espKey = rsaKey(1024);

function zone(): TestZone {
  return new TestZone({
    [dkimName('s2048', 'example.com')]: { TXT: [rsa2048.record] },
    [dkimName('s1024', 'example.com')]: { TXT: [rsa1024.record] },
    [dkimName('ed', 'example.com')]: { TXT: [ed.record] },
    [dkimName('esp', 'esp-mailer.net')]: { TXT: [espKey.record] },
  });
}
const opts = (resolver = zone()) => ({ resolver, fromDomain: 'example.com', now: SIGN_TIME });

describe('checkDkim — valid signatures', () => {
  it('passes an RSA-2048 relaxed/relaxed signature and reports its key and header line', async () => {
    const raw = await sign(message(), [{ domain: 'example.com', selector: 's2048', key: rsa2048 }]);
    const [d, ...rest] = await checkDkim(raw, opts());
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      result: 'pass',
      domain: 'example.com',
      selector: 's2048',
      aligned: true,
      algorithm: 'rsa-sha256',
      keyBits: 2048,
      cause: null,
      bodyLength: null,
    });
    expect(d!.line).toMatch(/^DKIM-Signature: .*d=example\.com; .*s=s2048/);
  });

  it('passes an RSA-1024 simple/simple signature whose key record is a bare RSAPublicKey', async () => {
    const raw = await sign(message(), [
      { domain: 'example.com', selector: 's1024', key: rsa1024, canonicalization: 'simple/simple' },
    ]);
    const [d] = await checkDkim(raw, opts());
    expect(d).toMatchObject({ result: 'pass', keyBits: 1024, selector: 's1024' });
  });

  it('passes an Ed25519 signature (RFC 8463)', async () => {
    const raw = await sign(message(), [{ domain: 'example.com', selector: 'ed', key: ed }]);
    const [d] = await checkDkim(raw, opts());
    expect(d).toMatchObject({ result: 'pass', algorithm: 'ed25519-sha256', keyBits: null, cause: null });
  });

  it('reports each of several signatures: the author’s (aligned) and an ESP’s (not aligned)', async () => {
    const raw = await sign(message(), [
      { domain: 'example.com', selector: 'ed', key: ed },
      { domain: 'esp-mailer.net', selector: 'esp', key: espKey, identity: 'bounce@esp-mailer.net' },
    ]);
    const checks = await checkDkim(raw, opts());
    expect(checks.map((c) => [c.domain, c.result, c.aligned])).toEqual(
      expect.arrayContaining([
        ['example.com', 'pass', true],
        ['esp-mailer.net', 'pass', false],
      ]),
    );
    expect(checks).toHaveLength(2);
    expect(checks.find((c) => c.domain === 'esp-mailer.net')!.identity).toBe('bounce@esp-mailer.net');
    // Each check quotes its own header line.
    for (const c of checks) expect(c.line).toContain(`d=${c.domain}`);
  });

  it('treats a subdomain signature as aligned (relaxed) with the From domain', async () => {
    const z = zone().set(dkimName('s', 'mail.example.com'), { TXT: [rsa1024.record] });
    const raw = await sign(message(), [{ domain: 'mail.example.com', selector: 's', key: rsa1024 }]);
    const [d] = await checkDkim(raw, opts(z));
    expect(d).toMatchObject({ result: 'pass', aligned: true });
  });

  it('gives the same answer for bytes and for a string', async () => {
    const raw = await sign(message({ body: 'Grüße aus Köln\r\n' }), [
      { domain: 'example.com', selector: 's2048', key: rsa2048 },
    ]);
    const bytes = new TextEncoder().encode(raw);
    const [a] = await checkDkim(raw, opts());
    const [b] = await checkDkim(bytes, opts());
    expect(b).toEqual(a);
    expect(a!.result).toBe('pass');
  });
});

describe('checkDkim — failures a user should see explained', () => {
  const signed = () => sign(message(), [{ domain: 'example.com', selector: 's2048', key: rsa2048 }]);

  it('body changed after signing → fail, body-hash-mismatch', async () => {
    const raw = (await signed()).replace('the report is attached', 'pay invoice 4471 today');
    const [d] = await checkDkim(raw, opts());
    expect(d).toMatchObject({ result: 'fail', cause: 'body-hash-mismatch', domain: 'example.com' });
  });

  it('a signed header changed → fail, signature-mismatch', async () => {
    const raw = (await signed()).replace('Subject: Quarterly report', 'Subject: Urgent: wire transfer');
    const [d] = await checkDkim(raw, opts());
    expect(d).toMatchObject({ result: 'fail', cause: 'signature-mismatch' });
  });

  it('no key published at the selector → key-missing', async () => {
    const raw = await sign(message(), [{ domain: 'example.com', selector: 'gone', key: rsa2048 }]);
    const [d] = await checkDkim(raw, opts());
    expect(d!.result).not.toBe('pass');
    expect(d!.cause).toBe('key-missing');
  });

  it('key revoked with an empty p= → key-revoked', async () => {
    const z = zone().set(dkimName('s2048', 'example.com'), { TXT: ['v=DKIM1; k=rsa; p='] });
    const [d] = await checkDkim(await signed(), opts(z));
    expect(d!.result).not.toBe('pass');
    expect(d!.cause).toBe('key-revoked');
  });

  it('garbage in p= is a malformed key, not a revoked one', async () => {
    const z = zone().set(dkimName('s2048', 'example.com'), { TXT: ['v=DKIM1; k=rsa; p=AAAAbm90IGEga2V5'] });
    const [d] = await checkDkim(await signed(), opts(z));
    expect(d!.result).not.toBe('pass');
    expect(d!.cause).toBe('malformed');
  });

  it('x= in the past → expired; the same signature before x= passes', async () => {
    const expires = new Date(SIGN_TIME.getTime() + 3600_000);
    const raw = await sign(message(), [{ domain: 'example.com', selector: 's2048', key: rsa2048, expires }]);
    const later = await checkDkim(raw, { ...opts(), now: new Date(expires.getTime() + 60_000) });
    expect(later[0]).toMatchObject({ cause: 'expired' });
    expect(later[0]!.result).not.toBe('pass');
    const before = await checkDkim(raw, { ...opts(), now: new Date(expires.getTime() - 60_000) });
    expect(before[0]!.result).toBe('pass');
  });

  it('l= tag: text appended after the signed length still passes, and bodyLength says so', async () => {
    const raw = await sign(message(), [
      { domain: 'example.com', selector: 's2048', key: rsa2048, maxBodyLength: 20 },
    ]);
    const [d] = await checkDkim(`${raw}Click http://evil.example/ now\r\n`, opts());
    expect(d).toMatchObject({ result: 'pass', bodyLength: 20 });
    // Everything after the first 20 canonical bytes is unsigned, the appended line included.
    const appended = 'Click http://evil.example/ now\r\n'.length;
    expect(d?.unsignedBytes).toBeGreaterThanOrEqual(appended);
    const [clean] = await checkDkim(raw, opts());
    expect(clean!.unsignedBytes).toBe(d!.unsignedBytes! - appended);
  });

  it('l= covering the whole body: nothing unsigned', async () => {
    const body = 'Short.\r\n';
    const raw = await sign(message({ body }), [
      { domain: 'example.com', selector: 's2048', key: rsa2048, maxBodyLength: body.length },
    ]);
    const [d] = await checkDkim(raw, opts());
    expect(d).toMatchObject({ result: 'pass', bodyLength: body.length, unsignedBytes: 0 });
  });

  it('rsa-sha1 is not accepted (RFC 8301 §3.1) → policy, sha1', async () => {
    const raw = await sign(message(), [
      { domain: 'example.com', selector: 's2048', key: rsa2048, algorithm: 'rsa-sha1' },
    ]);
    const [d] = await checkDkim(raw, opts());
    expect(d).toMatchObject({ result: 'policy', cause: 'sha1', algorithm: 'rsa-sha1' });
  });

  it('a 512-bit key is too short (RFC 8301 §3.2) → policy, key-too-short, with its size', async () => {
    const weak = rsaKey(512);
    const z = zone().set(dkimName('weak', 'example.com'), { TXT: [weak.record] });
    const raw = await sign(message(), [{ domain: 'example.com', selector: 'weak', key: weak }]);
    const [d] = await checkDkim(raw, opts(z));
    expect(d).toMatchObject({ result: 'policy', cause: 'key-too-short', keyBits: 512 });
  });

  it('DNS failure at the selector → temperror, dns-error (never fail)', async () => {
    const z = zone().set(dkimName('s2048', 'example.com'), { SERVFAIL: true });
    const [d] = await checkDkim(await signed(), opts(z));
    expect(d).toMatchObject({ result: 'temperror', cause: 'dns-error' });
  });

  it('a signature missing its required tags is malformed', async () => {
    const raw = `DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s2048; h=from; b=AAAA\r\n${message()}`;
    const [d] = await checkDkim(raw, opts());
    expect(d!.result).not.toBe('pass');
    expect(d!.cause).toBe('malformed');
  });
});

describe('checkDkim — unsigned and hostile input', () => {
  it('an unsigned message has no DKIM results', async () => {
    expect(await checkDkim(message(), opts())).toEqual([]);
  });

  it('never throws on input that is not a message', async () => {
    const inputs: Array<string | Uint8Array> = [
      '',
      'no header separator at all',
      'DKIM-Signature: v=1; \u0000\u0000; b=\r\n\r\n',
      new Uint8Array([0, 255, 13, 10, 13, 10, 1, 2, 3]),
      `DKIM-Signature: ${'x'.repeat(200_000)}\r\n\r\nbody`,
    ];
    for (const raw of inputs) {
      const checks = await checkDkim(raw, opts());
      expect(Array.isArray(checks)).toBe(true);
      for (const c of checks) expect(c.result).not.toBe('pass');
    }
  });

  it(`verifies only the first ${MAX_DKIM_SIGNATURES} signatures and says how many it skipped`, async () => {
    const good = await sign(message({ body: `${'z'.repeat(1000)}\r\n`.repeat(1000) }), [
      { domain: 'example.com', selector: 's2048', key: rsa2048 },
    ]);
    const [first, ...rest] = good.split('\r\nFrom: ');
    let bogus = '';
    // Each with its own l= (its own body hash) and selector (its own DNS lookup): the attack.
    for (let i = 0; i < 5000; i++) {
      bogus += `DKIM-Signature: v=1; a=rsa-sha256; d=x${i}.example; s=s${i}; l=${900_000 - i}; h=from; bh=AAAA; b=AAAA\r\n`;
    }
    const raw = `${first}\r\n${bogus}From: ${rest.join('\r\nFrom: ')}`;
    for (const input of [raw, new TextEncoder().encode(raw)]) {
      const z = zone();
      const started = Date.now();
      const checks = await checkDkim(input, opts(z));
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(checks).toHaveLength(MAX_DKIM_SIGNATURES + 1);
      expect(checks[0]).toMatchObject({ result: 'pass', domain: 'example.com' });
      expect(checks.at(-1)!.info).toContain(`${5000 + 1 - MAX_DKIM_SIGNATURES} more DKIM signatures`);
      expect(z.log.length).toBeLessThanOrEqual(MAX_DKIM_SIGNATURES);
    }
  });

  it('a 25 MB message is verified in bounded time', async () => {
    const raw = await sign(message(), [{ domain: 'example.com', selector: 's2048', key: rsa2048 }]);
    const big = new TextEncoder().encode(`${raw}${`${'y'.repeat(998)}\r\n`.repeat(25_000)}`);
    const started = Date.now();
    const [d] = await checkDkim(big, opts());
    expect(Date.now() - started).toBeLessThan(10_000);
    // The body grew after signing: an honest failure, not a crash.
    expect(d).toMatchObject({ result: 'fail', cause: 'body-hash-mismatch' });
  });
});
