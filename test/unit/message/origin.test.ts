import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findOrigin } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';

const hopsOf = (name: string) =>
  parseReceivedChain(
    parseMessage(readFileSync(new URL(`../../fixtures/messages/${name}`, import.meta.url))).headers,
  );

describe('findOrigin', () => {
  it('without hints: the topmost hop with a public IP; loopback is internal', () => {
    const hops = hopsOf('exim-postfix-chain.eml');
    const origin = findOrigin(hops, {});
    expect(origin).toEqual({
      hopIndex: 1,
      ip: '2001:db8::25',
      helo: 'relay.example.net',
      rdns: 'relay.example.net',
    });
    expect(hops.map((h) => h.internal)).toEqual([true, false, false, true]);
  });

  it('receiver networks move the origin below the receiver’s own relay', () => {
    const hops = hopsOf('exim-postfix-chain.eml');
    const origin = findOrigin(hops, { receiverNetworks: ['2001:db8::/48'] });
    expect(origin).toMatchObject({
      hopIndex: 2,
      ip: '198.51.100.7',
      helo: 'smtp.example.org',
      rdns: 'mail.example.org',
    });
    expect(hops[1]?.internal).toBe(true);
  });

  it('Microsoft without hints picks an internal 2603:10a6:: hop; with receiver ids, the entry hop', () => {
    expect(findOrigin(hopsOf('outlook-delivered.eml'), {}).ip).toBe('2603:10a6:803:1::11');
    const hops = hopsOf('outlook-delivered.eml');
    const origin = findOrigin(hops, { trustedAuthservIds: ['outlook.com', 'office365.com'] });
    expect(origin).toMatchObject({ hopIndex: 3, ip: '203.0.113.25', helo: 'smtp.example.net' });
    expect(hops.map((h) => h.internal)).toEqual([true, true, true, false, true]);
  });

  it('Microsoft with receiver networks instead of ids', () => {
    const origin = findOrigin(hopsOf('outlook-delivered.eml'), { receiverNetworks: ['2603:10a6::/32'] });
    expect(origin.ip).toBe('203.0.113.25');
  });

  it('Gmail: skips the internal hand-off and stops at the sender’s own hops', () => {
    const hops = hopsOf('gmail-delivered.eml');
    const origin = findOrigin(hops, { trustedAuthservIds: ['mx.google.com'] });
    expect(origin).toMatchObject({ hopIndex: 1, ip: '198.51.100.7', rdns: 'mail.example.org' });
    expect(hops[2]?.internal).toBe(false);
  });

  it('ignores a forged lower hop that claims the receiver once a foreign hop is met', () => {
    const raw = [
      'Received: from mail.example.org (mail.example.org [198.51.100.7]) by mx.example.com with ESMTPS; Tue, 1 Jan 2019 10:00:02 +0000',
      'Received: from attacker.example.net (attacker.example.net [203.0.113.66]) by mail.example.org with ESMTP; Tue, 1 Jan 2019 10:00:01 +0000',
      'Received: from trusted.example.org (trusted.example.org [192.0.2.1]) by mx.example.com with ESMTP; Tue, 1 Jan 2019 10:00:00 +0000',
      '',
      '',
    ].join('\n');
    const origin = findOrigin(parseReceivedChain(parseMessage(raw).headers), {
      trustedAuthservIds: ['mx.example.com'],
    });
    expect(origin.ip).toBe('198.51.100.7');
  });

  it('CGNAT, link-local and unique-local are internal; documentation ranges are external', () => {
    const lines = ['100.64.3.4', '169.254.1.1', 'IPv6:fd12:3456::1', 'IPv6:fe80::1', '192.0.2.99'].map(
      (ip, i) =>
        `Received: from h${i}.example.net (h${i}.example.net [${ip}]) by mx${i}.example.com; 1 Jan 2019 10:00:0${i} +0000`,
    );
    const hops = parseReceivedChain(parseMessage(`${lines.join('\n')}\n\n`).headers);
    expect(findOrigin(hops, {}).ip).toBe('192.0.2.99');
    expect(hops.map((h) => h.internal)).toEqual([true, true, true, true, false]);
  });

  it('no qualifying hop: null origin, nothing marked', () => {
    const hops = parseReceivedChain(
      parseMessage('Received: by mx.example.com; 1 Jan 2019 10:00:00 +0000\n\n').headers,
    );
    expect(findOrigin(hops, { trustedAuthservIds: ['mx.example.com'] })).toEqual({
      hopIndex: null,
      ip: null,
      helo: null,
      rdns: null,
    });
  });

  it('invalid receiver networks are ignored, not fatal', () => {
    const hops = hopsOf('exim-postfix-chain.eml');
    expect(findOrigin(hops, { receiverNetworks: ['not-a-cidr', '300.1.1.1/8', '2001:db8::/200'] }).ip).toBe(
      '2001:db8::25',
    );
  });
});
