// DKIM's l= tag signs only the start of the body: anyone who relays the message can add text after
// it (a link of their own) and the signature still passes (RFC 6376 §8.2). The signature then
// authenticates the sender, and the verdict must say the end of the message is someone else's.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { dkimName, message, rsaKey, SIGN_TIME, sign, TestZone } from '../../fixtures/auth/mail';

const key = rsaKey(2048);
const zone = () =>
  new TestZone({
    [dkimName('s1', 'example.com')]: { TXT: [key.record] },
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] },
    'example.com': { TXT: ['v=spf1 -all'] },
  });
const body = 'Your invoice is attached.\r\n';
const delivered = (raw: string) =>
  `Received: from relay.example.net (relay.example.net [192.0.2.10]) by mx.example.org with ESMTPS id y; Sun, 01 Mar 2026 10:00:05 +0000\r\n${raw}`;

describe('text added after an l= signature', () => {
  it('passes DKIM and DMARC but makes the message suspicious, naming the added bytes', async () => {
    const signed = await sign(message({ body }), [
      { domain: 'example.com', selector: 's1', key, maxBodyLength: body.length },
    ]);
    const added = 'Pay here instead: http://evil.example/pay\r\n';
    const a = await analyzeMessage(delivered(signed + added), {
      resolver: zone(),
      trustedAuthservIds: ['mx.example.org'],
      now: SIGN_TIME,
    });
    expect(a.dmarc.result).toBe('pass');
    expect(a.verdict).toBe('suspicious');
    const f = a.findings.find((x) => x.id === 'dkim-body-length');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toContain(`${added.length} bytes were added`);
  });

  it('with nothing added, the same signature leaves the message authenticated', async () => {
    const signed = await sign(message({ body }), [
      { domain: 'example.com', selector: 's1', key, maxBodyLength: body.length },
    ]);
    const a = await analyzeMessage(delivered(signed), {
      resolver: zone(),
      trustedAuthservIds: ['mx.example.org'],
      now: SIGN_TIME,
    });
    expect(a.verdict).toBe('authenticated');
    expect(a.findings.find((x) => x.id === 'dkim-body-length')?.severity).toBe('low');
  });
});
