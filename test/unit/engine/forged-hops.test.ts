// A sender writes its own Received lines under the receiver's real entry hop, claiming more hops
// into the receiver from an address the spoofed domain's SPF allows. Were they followed, SPF would
// judge that address and the spoof would pass DMARC.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { gmailDeliveredSpoof } from '../../helpers/gmail-spoof';

const raw = gmailDeliveredSpoof({
  envelope: 'bounce@paypal.com',
  spf: 'fail',
  sendersLines: [
    'Received: from o1.esp.example (o1.esp.example. [198.51.100.25]) by mx.google.com with ESMTPS id z; Tue, 3 Mar 2026 10:00:04 -0800 (PST)',
  ],
});

const zone = ZoneResolver.fromJson({
  'paypal.com': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
} as never);

describe('Received lines the sender wrote', () => {
  it.each([
    ['Gmail', ['mx.google.com']],
    ['a receiver named by the user', ['mx.google.com', 'gw.corp.example']],
  ])('cannot choose the address SPF checks (%s)', async (_, trustedAuthservIds) => {
    const a = await analyzeMessage(raw, { resolver: zone, trustedAuthservIds });
    expect(a.origin.ip).toBe('203.0.113.9');
    expect(a.spf.result).toBe('fail');
    expect(a.verdict).toBe('spoofed');
  });

  it('a reverse name the sender set under google.com does not open the way, extra trusted ids or not', async () => {
    const withPtr = raw.replace('(mail.evil.example. [203.0.113.9])', '(relay.google.com. [203.0.113.9])');
    for (const trustedAuthservIds of [['mx.google.com'], ['mx.google.com', 'gw.corp.example']]) {
      const a = await analyzeMessage(withPtr, { resolver: zone, trustedAuthservIds });
      expect(a.origin.ip).toBe('203.0.113.9');
      expect(a.verdict).toBe('spoofed');
    }
  });
});
