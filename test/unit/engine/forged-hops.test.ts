// A sender writes its own Received lines under the receiver's real entry hop, claiming more hops
// into the receiver from an address the spoofed domain's SPF allows. Were they followed, SPF would
// judge that address and the spoof would pass DMARC.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';

const raw = [
  'Return-Path: <bounce@paypal.com>',
  'Received: from mail.evil.example (mail.evil.example. [203.0.113.9]) by mx.google.com with ESMTPS id y; Tue, 3 Mar 2026 10:00:05 -0800 (PST)',
  'Received-SPF: fail (google.com: domain of bounce@paypal.com does not designate 203.0.113.9 as permitted sender) client-ip=203.0.113.9;',
  'Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=bounce@paypal.com; dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=paypal.com',
  'Received: from o1.esp.example (o1.esp.example. [198.51.100.25]) by mx.google.com with ESMTPS id z; Tue, 3 Mar 2026 10:00:04 -0800 (PST)',
  'From: PayPal <service@paypal.com>',
  'To: robin@gmail.com',
  'Subject: Your account',
  'Date: Tue, 3 Mar 2026 10:00:00 -0800',
  'Message-ID: <1@evil.example>',
  '',
  'hi',
].join('\r\n');

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
});
