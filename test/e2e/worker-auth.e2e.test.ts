// Proves the mailauth shims inside Chromium: a message signed in this test is analysed INSIDE
// the extension's MV3 service worker (crypto shim, stream/buffer aliases, DoH resolver), with DNS
// answered by a DoH server on 127.0.0.1. Needs `npm run build:chrome` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../lib/ext/messaging';
import type { Analysis } from '../../lib/types';
import { ed25519Key, message, rsaKey, sign } from '../fixtures/auth/mail';
import { type DohServer, startDohServer } from '../helpers/doh-server';
import { type ExtensionSession, launchWithExtension, openPopup, sendToWorker } from './harness';

const rsa = rsaKey(2048);
const ed = ed25519Key();

const zone = {
  'rsa2026._domainkey.example.com': { TXT: [rsa.record] },
  'ed2026._domainkey.example.com': { TXT: [ed.record] },
  '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] },
  'example.com': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'], A: ['203.0.113.10'] },
};

function received(raw: string): string {
  // A public origin hop, so the engine has an IP to check SPF for.
  return (
    'Received: from mail.example.com (mail.example.com [203.0.113.7])\r\n' +
    ' by mx.example.org with ESMTPS id abc123; Sun, 01 Mar 2026 10:00:05 +0000\r\n' +
    `Return-Path: <alice@example.com>\r\n${raw}`
  );
}

describe('mailauth inside the MV3 service worker', () => {
  let s: ExtensionSession;
  let doh: DohServer;

  beforeAll(async () => {
    doh = await startDohServer(zone);
    s = await launchWithExtension();
    await s.worker.evaluate(async (url) => {
      await chrome.storage.local.set({ dnsMode: 'custom', customDohUrl: url });
    }, doh.url);
  });
  afterAll(async () => {
    await s?.close();
    await doh?.close();
  });

  /** Sends the typed `analyzeRaw` message from an extension page, as the inspector does. */
  async function analyse(raw: string): Promise<Analysis> {
    const page = await openPopup(s);
    try {
      const state = await sendToWorker<TabState>(page, 'analyzeRaw', { raw, name: 'test.eml' });
      if (state.kind !== 'analysis') throw new Error(`worker answered ${JSON.stringify(state)}`);
      return state.analysis;
    } finally {
      await page.close();
    }
  }

  it('verifies an RSA-2048 signature: dkim=pass with d= and s=, DMARC pass', async () => {
    const raw = received(await sign(message(), [{ domain: 'example.com', selector: 'rsa2026', key: rsa }]));
    const a = await analyse(raw);
    expect(a.mode).toBe('online');
    expect(a.dkim).toHaveLength(1);
    expect(a.dkim[0]).toMatchObject({
      result: 'pass',
      domain: 'example.com',
      selector: 'rsa2026',
      keyBits: 2048,
      aligned: true,
    });
    expect(a.dmarc).toMatchObject({ result: 'pass', policy: 'reject' });
    expect(a.dmarc.passedBy).toContain('dkim');
    // The answers came from our DoH server, through the worker's resolver.
    expect(doh.queries.map((q) => `${q.type} ${q.name}`)).toContain('TXT rsa2026._domainkey.example.com');
  });

  it('verifies an Ed25519 signature (RFC 8463)', async () => {
    const raw = received(await sign(message(), [{ domain: 'example.com', selector: 'ed2026', key: ed }]));
    const a = await analyse(raw);
    expect(a.dkim[0]).toMatchObject({
      result: 'pass',
      domain: 'example.com',
      selector: 'ed2026',
      algorithm: 'ed25519-sha256',
    });
  });

  it('fails a tampered body', async () => {
    const signed = await sign(message(), [{ domain: 'example.com', selector: 'rsa2026', key: rsa }]);
    const a = await analyse(received(signed.replace('the report is attached', 'wire 9,800 EUR today')));
    expect(a.dkim[0]).toMatchObject({ result: 'fail', cause: 'body-hash-mismatch', domain: 'example.com' });
    // DMARC still passes through SPF (the relay is in example.com's SPF), no longer through DKIM.
    expect(a.dmarc.passedBy).toEqual(['spf']);
  });

  it('hashes a 5 MB signed body in the worker (streamed through the setImmediate shim)', async () => {
    const body = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(17)}\r\n`.repeat(
      5_500,
    );
    const raw = received(
      await sign(message({ body }), [{ domain: 'example.com', selector: 'ed2026', key: ed }]),
    );
    expect(raw.length).toBeGreaterThan(5_000_000);
    const started = Date.now();
    const a = await analyse(raw);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(a.dkim[0]).toMatchObject({ result: 'pass', domain: 'example.com' });
  });
});
