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

// A self-hosted receiver: its gateway relay.corp.example hands on to mx.corp.example, and the walk
// goes down past that hop because its sending side is the receiver's own host by reverse name.
// qmail (as most MTAs that print a name without checking it) writes the client's PTR as it is, so
// a sender owning 203.0.113.9 can name it relay.corp.example and write the line below itself.
describe('a self-hosted receiver whose MTA prints the reverse name unchecked', () => {
  const selfHosted = [
    'Return-Path: <bounce@paypal.com>',
    'Received: from relay.corp.example (HELO relay.corp.example) (203.0.113.9) by mx.corp.example with ESMTP; Tue, 3 Mar 2026 10:00:05 +0000',
    'Received: from o1.esp.example (o1.esp.example. [198.51.100.25]) by relay.corp.example with ESMTPS id z; Tue, 3 Mar 2026 10:00:04 +0000',
    'From: PayPal <service@paypal.com>',
    'To: robin@corp.example',
    'Subject: Your account',
    'Date: Tue, 3 Mar 2026 10:00:00 +0000',
    'Message-ID: <2@evil.example>',
    '',
    'hi',
  ].join('\r\n');
  const paypal = {
    'paypal.com': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
  };
  const analyse = (relay: object | undefined) =>
    analyzeMessage(selfHosted, {
      resolver: ZoneResolver.fromJson({
        ...paypal,
        ...(relay ? { 'relay.corp.example': relay } : {}),
      } as never),
      trustedAuthservIds: ['mx.corp.example'],
    });

  it('a name that does not lead back to the IP stops the walk: SPF judges the sender’s own address', async () => {
    const a = await analyse({ A: ['192.0.2.10'] });
    expect(a.origin.ip).toBe('203.0.113.9');
    expect(a.spf.result).toBe('fail');
    expect(a.verdict).toBe('spoofed');
    expect(a.dns).toContainEqual(expect.objectContaining({ name: 'relay.corp.example', type: 'A' }));
  });

  it.each([
    ['does not exist', undefined],
    ['has only an IPv6 address', { AAAA: ['2001:db8::10'] }],
  ])('a name that %s stops it too', async (_, relay) => {
    const a = await analyse(relay);
    expect(a.origin.ip).toBe('203.0.113.9');
    expect(a.verdict).toBe('spoofed');
  });

  it('the receiver’s real gateway, whose name leads back to it, is still walked past', async () => {
    const a = await analyse({ A: ['192.0.2.10', '203.0.113.9'] });
    expect(a.origin.ip).toBe('198.51.100.25');
    expect(a.spf.result).toBe('pass');
    expect(a.verdict).toBe('authenticated');
  });

  it('a DNS fault proves nothing: the receiver’s word stands and nothing is called spoofed', async () => {
    const a = await analyse({ SERVFAIL: true });
    expect(a.origin.ip).toBe('198.51.100.25');
    expect(a.verdict).not.toBe('spoofed');
  });

  it('offline nothing is looked up: the receiver’s word stands', async () => {
    const a = await analyzeMessage(selfHosted, { trustedAuthservIds: ['mx.corp.example'] });
    expect(a.origin.ip).toBe('198.51.100.25');
  });

  it('Gmail is never asked: its entry hop is the only one', async () => {
    const a = await analyzeMessage(
      raw.replace('(mail.evil.example. [203.0.113.9])', '(relay.google.com. [203.0.113.9])'),
      {
        resolver: zone,
        trustedAuthservIds: ['mx.google.com'],
      },
    );
    expect(a.dns.some((e) => e.name === 'relay.google.com')).toBe(false);
  });
});
