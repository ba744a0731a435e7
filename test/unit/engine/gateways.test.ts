// Trusted mail gateways (issue 17 item 4): the walk goes below the user's gateway, only the hop the
// receiver wrote can name it, names must lead back to the IP, and the gateway's results count only
// where only it could have written them (above its own Received, or under its intact ARC seal).
// Messages: the committed gateway corpus (test/corpus/*/gateways.ts) plus small hand-made chains.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { gatewayAuthResults } from '../../../lib/auth/gateway-results';
import { ZoneResolver } from '../../../lib/dns/zone';
import { findOrigin, gatewayNameCandidates } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';
import { gatewaysFromEntries, parseGatewayEntry } from '../../../lib/relay/gateway-entry';
import { gatewayBySealer, recogniseGateway } from '../../../lib/relay/gateways';
import type { AnalyzeOptions } from '../../../lib/types';

const fixture = (corpus: 'legit' | 'adversarial', name: string) => {
  const dir = new URL(`../../fixtures/${corpus}/${name}/`, import.meta.url);
  return {
    raw: readFileSync(new URL('message.eml', dir)),
    zone: JSON.parse(readFileSync(new URL('zone.json', dir), 'utf8')),
  };
};
const NOW = new Date('2026-11-20T12:00:00Z');
const RECEIVER = 'mx.reader.example';

async function analyse(
  corpus: 'legit' | 'adversarial',
  name: string,
  opts: Partial<AnalyzeOptions> & { offline?: boolean } = {},
) {
  const { raw, zone } = fixture(corpus, name);
  return analyzeMessage(raw, {
    resolver: opts.offline ? undefined : new ZoneResolver(zone),
    trustedAuthservIds: [RECEIVER],
    now: NOW,
    ...opts,
  });
}

const hopsOf = (lines: string[]) =>
  parseReceivedChain(parseMessage(`${lines.join('\r\n')}\r\nFrom: a@b.example\r\n\r\nx\r\n`).headers);

const ENTRY_FROM_MIMECAST =
  'Received: from eu-smtp-delivery-151.mimecast.com (eu-smtp-delivery-151.mimecast.com [198.51.100.151]) by mx.reader.example (Postfix) with ESMTPS id A1; Fri, 20 Nov 2026 10:00:05 +0000';
const MIMECAST_FROM_SENDER =
  'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by relay.mimecast.com with ESMTP id eu-mta-1-X-1; Fri, 20 Nov 2026 10:00:03 +0000';
const SENDER_INTERNAL =
  'Received: from laptop (laptop [10.1.2.3]) by mail.northbank.example (Postfix) with ESMTPSA id B2; Fri, 20 Nov 2026 10:00:01 +0000';

describe('origin walk below a trusted gateway', () => {
  const hints = { trustedAuthservIds: [RECEIVER] };

  it('goes to the server that handed the message to the gateway (network trust)', () => {
    const hops = hopsOf([ENTRY_FROM_MIMECAST, MIMECAST_FROM_SENDER, SENDER_INTERNAL]);
    const o = findOrigin(hops, { ...hints, gatewayNetworks: ['198.51.100.0/24'] });
    expect(o).toMatchObject({ hopIndex: 1, ip: '192.0.2.10', gatewayHops: [0] });
    expect(hops[0]!.internal).toBe(true);
  });

  it('believes a gateway name only when it was confirmed (absent = offline: none is)', () => {
    const hops = hopsOf([ENTRY_FROM_MIMECAST, MIMECAST_FROM_SENDER]);
    const byName = { ...hints, gatewayDomains: ['mimecast.com'] };
    expect(findOrigin(hops, byName)).toMatchObject({ hopIndex: 0, ip: '198.51.100.151' });
    expect(findOrigin(hops, byName).gatewayHops).toBeUndefined();
    expect(findOrigin(hops, { ...byName, confirmedGatewayNames: new Set([0]) })).toMatchObject({
      hopIndex: 1,
      ip: '192.0.2.10',
    });
    expect(gatewayNameCandidates(hops, byName)).toEqual([
      { hopIndex: 0, ip: '198.51.100.151', name: 'eu-smtp-delivery-151.mimecast.com' },
    ]);
  });

  it('never follows gateway hops the sender wrote below an entry that is not the gateway', () => {
    const hops = hopsOf([
      'Received: from vps (unknown [203.0.113.50]) by mx.reader.example (Postfix) with ESMTP id C3; Fri, 20 Nov 2026 10:00:05 +0000',
      ENTRY_FROM_MIMECAST.replace('by mx.reader.example', 'by relay.mimecast.com'),
      MIMECAST_FROM_SENDER,
    ]);
    const o = findOrigin(hops, {
      ...hints,
      gatewayNetworks: ['198.51.100.0/24'],
      gatewayDomains: ['mimecast.com'],
      confirmedGatewayNames: 'all',
    });
    expect(o).toMatchObject({ hopIndex: 0, ip: '203.0.113.50' });
    expect(o.gatewayHops).toBeUndefined();
  });

  it('does not look past a gateway known by name when the hop below is not under its name', () => {
    // The gateway recorded no public address of its own: the next hop with one is the sender's text.
    const hops = hopsOf([
      ENTRY_FROM_MIMECAST,
      'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mail.northbank.example with ESMTP id E5; Fri, 20 Nov 2026 10:00:03 +0000',
    ]);
    const o = findOrigin(hops, { ...hints, gatewayDomains: ['mimecast.com'], confirmedGatewayNames: 'all' });
    expect(o).toMatchObject({ hopIndex: 0, ip: '198.51.100.151' });
    expect(o.gatewayHops).toBeUndefined();
  });

  // rw52-filter-gcp-exact-default-name-trusted-spf-only: a filter VM trusted by its exact default
  // reverse name writes its lines under the host name its admin set, and greets the box with it.
  it('looks past a gateway known by name whose hop below is under the name it greeted with', () => {
    const PTR = '19.7.120.34.bc.googleusercontent.com';
    const entry = `Received: from filter.vets.example (${PTR} [34.120.7.19]) by mx.reader.example (Postfix) with ESMTPS id A1; Fri, 20 Nov 2026 10:00:05 +0000`;
    const own = (by: string) =>
      `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by ${by} (Postfix) with ESMTPS id B2; Fri, 20 Nov 2026 10:00:03 +0000`;
    const named = {
      ...hints,
      gatewayDomains: [PTR],
      confirmedGatewayNames: new Set([0]),
      confirmedGatewayHelos: new Set([0]),
    };
    expect(findOrigin(hopsOf([entry, own('filter.vets.example')]), named)).toMatchObject({
      hopIndex: 1,
      ip: '192.0.2.10',
      gatewayHops: [0],
    });
    // A HELO that does not lead back to the gateway's address is only the admin's word (and a
    // gateway that writes no line shows it in every message: probe54): not looked past.
    const unconfirmed = findOrigin(hopsOf([entry, own('filter.vets.example')]), {
      ...named,
      confirmedGatewayHelos: new Set<number>(),
    });
    expect(unconfirmed).toMatchObject({ hopIndex: 0, ip: '34.120.7.19' });
    // A line below under any other name is not the gateway's: the sender's text picks nothing.
    const o = findOrigin(hopsOf([entry, own('mail.northbank.example')]), named);
    expect(o).toMatchObject({ hopIndex: 0, ip: '34.120.7.19' });
    expect(o.gatewayHops).toBeUndefined();
  });

  it('walks through a gateway’s own chain of public hops, each named by the one above', () => {
    const hops = hopsOf([
      ENTRY_FROM_MIMECAST,
      'Received: from us-mta-2.mimecast.com (us-mta-2.mimecast.com [198.51.100.2]) by eu-smtp-delivery-151.mimecast.com with ESMTP id D4; Fri, 20 Nov 2026 10:00:04 +0000',
      MIMECAST_FROM_SENDER,
    ]);
    const o = findOrigin(hops, { ...hints, gatewayNetworks: ['198.51.100.0/24'] });
    expect(o).toMatchObject({ hopIndex: 2, ip: '192.0.2.10', gatewayHops: [0, 1] });
  });
});

describe('a gateway’s own Authentication-Results', () => {
  const headersOf = (lines: string[]) =>
    parseMessage(`${lines.join('\r\n')}\r\nFrom: a@northbank.example\r\n\r\nx\r\n`).headers;

  it('counts one placed between the receiver’s entry hop and the gateway’s Received, not one below it', () => {
    const placed = 'Authentication-Results: relay.mimecast.com; dmarc=pass header.from=northbank.example';
    const below = 'Authentication-Results: relay.mimecast.com; dmarc=pass header.from=evil.example';
    const lines = [ENTRY_FROM_MIMECAST, placed, MIMECAST_FROM_SENDER, below];
    const headers = headersOf(lines);
    const hops = parseReceivedChain(headers);
    const r = gatewayAuthResults({
      headers,
      hops,
      entry: 0,
      sender: 1,
      domains: ['mimecast.com'],
      trusted: true,
    });
    expect(r.map((h) => h.line)).toEqual([placed]);
    expect(r[0]).toMatchObject({ trusted: true, gateway: true });
  });

  it('ignores a placed header under another organisation’s name (a filter the gateway passed on)', () => {
    const lines = [
      ENTRY_FROM_MIMECAST,
      'Authentication-Results: mx.evil.example; dmarc=pass header.from=northbank.example',
      MIMECAST_FROM_SENDER,
    ];
    const headers = headersOf(lines);
    const r = gatewayAuthResults({
      headers,
      hops: parseReceivedChain(headers),
      entry: 0,
      sender: 1,
      domains: ['mimecast.com'],
      trusted: true,
    });
    expect(r).toEqual([]);
  });
});

describe('analysis with a trusted gateway (corpus messages)', () => {
  it('Mimecast rewrote links: trusted, the bank is the origin and the message authenticates', async () => {
    const a = await analyse('legit', 'gw-mimecast-links-trusted', {
      trustedGateways: { domains: ['mimecast.com'] },
    });
    expect(a.verdict).toBe('authenticated');
    expect(a.origin.ip).toBe('192.0.2.10');
    expect(a.spf).toMatchObject({ result: 'pass', aligned: true });
    expect(a.dkim[0]).toMatchObject({ result: 'fail', cause: 'body-hash-mismatch' });
    expect(a.gateway).toMatchObject({ trusted: true, name: 'Mimecast', recordedDmarc: 'pass' });
    expect(a.authResults.some((h) => h.gateway && h.trusted)).toBe(true);
    expect(a.findings.map((f) => f.id)).toContain('gateway-trusted');
  });

  it('the same message untrusted: the gateway is recognised and offered, and it is not called spoofed', async () => {
    const a = await analyse('legit', 'gw-mimecast-links-untrusted');
    expect(a.verdict).not.toBe('spoofed');
    expect(a.verdict).not.toBe('authenticated');
    expect(a.origin.ip).toBe('198.51.100.151');
    expect(a.gateway).toMatchObject({
      trusted: false,
      offer: 'mimecast.com',
      host: 'eu-smtp-delivery-151.mimecast.com',
    });
    expect(a.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['gateway-untrusted', 'gateway-recorded-pass']),
    );
  });

  it('a gateway trusted by name is not trusted when DNS cannot confirm the name (a fault); offline, the name Postfix printed counts', async () => {
    const { raw, zone } = fixture('legit', 'gw-mimecast-links-trusted');
    const faulty = new ZoneResolver({ ...zone, 'eu-smtp-delivery-151.mimecast.com': { SERVFAIL: true } });
    const a = await analyzeMessage(raw, {
      resolver: faulty,
      trustedAuthservIds: [RECEIVER],
      trustedGateways: { domains: ['mimecast.com'] },
      now: NOW,
    });
    expect(a.origin.ip).toBe('198.51.100.151');
    expect(a.gateway?.trusted).not.toBe(true);
    // Offline nothing is looked up: the reader's Postfix printed the name for the hop it received
    // from, which it does only once the name leads back (lib/engine/origin-walk.ts printedGatewayNames).
    const off = await analyse('legit', 'gw-mimecast-links-trusted', {
      offline: true,
      trustedGateways: { domains: ['mimecast.com'] },
    });
    expect(off.origin.ip).toBe('192.0.2.10');
    expect(off.gateway?.trusted).toBe(true);
  });

  it('a gateway trusted by network works offline too, and its sealed record then answers for the sender', async () => {
    const a = await analyse('legit', 'gw-mimecast-links-trusted', {
      offline: true,
      trustedGateways: { networks: ['198.51.100.0/24'] },
    });
    expect(a.origin.ip).toBe('192.0.2.10');
    // Offline the chain is known intact only from the receiver's arc=pass; the gateway's record follows.
    expect(a.provider?.dmarc?.result).toBe('pass');
    expect(a.verdict).not.toBe('spoofed');
  });

  it('gateway domains become trusted forwarders: no "untrusted sealer" for the user’s own gateway', async () => {
    const a = await analyse('legit', 'gw-mimecast-links-trusted', {
      trustedGateways: { domains: ['mimecast.com'] },
    });
    expect(a.findings.map((f) => f.id)).not.toContain('arc-untrusted-sealer');
  });

  it.each([
    ['gw-fake-mimecast-hops-below-entry', '203.0.113.50'],
    ['gw-spoof-through-trusted-gateway', '203.0.113.50'],
    ['gw-unconfirmed-mimecast-ptr', '203.0.113.66'],
    ['gw-broken-mimecast-seal', '203.0.113.50'],
  ])('%s stays spoofed, judged at the attacker’s server', async (name, ip) => {
    const a = await analyse('adversarial', name, { trustedGateways: { domains: ['mimecast.com'] } });
    expect(a.verdict).toBe('spoofed');
    expect(a.origin.ip).toBe(ip);
  });
});

describe('gateway entries (options, popup, --trust-gateway)', () => {
  it('accepts domains and CIDRs in their stored form', () => {
    expect(parseGatewayEntry(' MIMECAST.com. ')).toEqual({ kind: 'domain', value: 'mimecast.com' });
    expect(parseGatewayEntry('*.pphosted.com')).toEqual({ kind: 'domain', value: 'pphosted.com' });
    expect(parseGatewayEntry('209.222.82.7/21')).toEqual({ kind: 'network', value: '209.222.80.0/21' });
    expect(parseGatewayEntry('2001:db8:1::/48')).toEqual({ kind: 'network', value: '2001:db8:1::/48' });
    expect(parseGatewayEntry('198.51.100.7')).toEqual({ kind: 'network', value: '198.51.100.7/32' });
  });

  it.each([
    ['', /Enter a domain/],
    ['0.0.0.0/0', /too wide/],
    ['10.0.0.0/8', /too wide/],
    ['2001::/16', /too wide/],
    ['300.1.1.1/24', /not a valid network/],
    ['localhost', /not a domain/],
    ['mimecast.com<script>', /not a domain/],
    ['a b.example', /not a domain/],
  ])('refuses %j', (input, error) => {
    const r = parseGatewayEntry(input);
    expect('error' in r && r.error).toMatch(error);
  });

  it('splits stored entries and drops what is not an entry (storage is untyped)', () => {
    expect(gatewaysFromEntries(['mimecast.com', '198.51.100.0/24', 42, 'x y', 'mimecast.com'])).toEqual({
      domains: ['mimecast.com'],
      networks: ['198.51.100.0/24'],
    });
  });
});

describe('built-in gateway list', () => {
  it('recognises by published range, or by a confirmed name only', () => {
    expect(recogniseGateway('209.222.82.10', null)?.gateway.name).toBe('Barracuda');
    expect(recogniseGateway('203.0.113.1', 'mx1.mimecast.com')?.gateway.name).toBe('Mimecast');
    expect(recogniseGateway('203.0.113.1', 'mimecast.com.evil.example')).toBeNull();
    expect(recogniseGateway('203.0.113.1', null)).toBeNull();
    expect(gatewayBySealer('pphosted.com')?.name).toBe('Proofpoint');
  });
});
