// A trusted gateway network that a cloud's tenants share (probe41): inside hosting space a network
// entry of more than one address does not make a hop the gateway (lib/engine/gateways.ts
// hostedGatewayHops), and adding one says so (hostingInGatewayNetwork). Real classifier data
// (public/ip); messages: the committed probe41 fixtures and small hand-made chains.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns/zone';
import { hostedGatewayHops, sharedGatewayNetwork } from '../../../lib/engine/gateways';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { hostingInGatewayNetwork, wideGatewayNetwork } from '../../../lib/relay/gateway-entry';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

const hopsOf = (lines: string[]) =>
  parseReceivedChain(parseMessage(`${lines.join('\r\n')}\r\nFrom: a@b.example\r\n\r\nx\r\n`).headers);
const entryFrom = (ip: string, name: string) =>
  `Received: from ${name} (${name} [${ip}]) by mx.reader.example (Postfix) with ESMTPS id A1; Fri, 20 Nov 2026 10:00:05 +0000`;
const BANK_LINE =
  'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by filter.reader.example with ESMTP id B2; Fri, 20 Nov 2026 10:00:03 +0000';

describe('hostedGatewayHops: network trust inside hosting space', () => {
  it('marks an AWS tenant’s VM in a trusted AWS /16 (probe41), not the single address the reader named', async () => {
    const hops = hopsOf([
      entryFrom('3.120.77.7', 'ec2-3-120-77-7.eu-central-1.compute.amazonaws.com'),
      BANK_LINE,
    ]);
    expect(await hostedGatewayHops(hops, ['3.120.0.0/16'], classify)).toEqual(new Set([0]));
    expect(await hostedGatewayHops(hops, ['3.120.0.0/16', '3.120.77.7/32'], classify)).toEqual(new Set());
    expect(await hostedGatewayHops(hops, ['3.120.0.0/16'], undefined)).toEqual(new Set());
  });

  it('leaves gateways on their own networks alone: Barracuda’s /21 (partly announced by Amazon), Mimecast’s /24', async () => {
    for (const [ip, net] of [
      ['209.222.82.7', '209.222.80.0/21'],
      ['209.222.80.5', '209.222.80.0/21'],
      ['170.10.133.1', '170.10.133.0/24'],
    ] as const) {
      const hops = hopsOf([entryFrom(ip, 'gw.example'), BANK_LINE]);
      expect(await hostedGatewayHops(hops, [net], classify)).toEqual(new Set());
    }
  });
});

describe('sharedGatewayNetwork: the trusted network a not-honoured hop sits in', () => {
  const hops = hopsOf([
    entryFrom('3.120.77.7', 'ec2-3-120-77-7.eu-central-1.compute.amazonaws.com'),
    BANK_LINE,
  ]);
  it('names the first network of more than one address holding the hop, when a line lies below it', () => {
    const nets = ['198.51.100.0/24', '3.120.77.7/32', '3.120.0.0/16', '3.0.0.0/8'];
    expect(sharedGatewayNetwork(hops, 0, new Set([0]), nets)).toBe('3.120.0.0/16');
  });
  it('is null for a hop not in the set, the origin on its last line, no hop, or no network', () => {
    expect(sharedGatewayNetwork(hops, 0, new Set(), ['3.120.0.0/16'])).toBeNull();
    expect(sharedGatewayNetwork(hops, 0, undefined, ['3.120.0.0/16'])).toBeNull();
    expect(sharedGatewayNetwork(hops.slice(0, 1), 0, new Set([0]), ['3.120.0.0/16'])).toBeNull();
    expect(sharedGatewayNetwork(hops, null, new Set([0]), ['3.120.0.0/16'])).toBeNull();
    expect(sharedGatewayNetwork(hops, 0, new Set([0]), ['3.120.77.7/32'])).toBeNull();
  });
});

describe('hostingInGatewayNetwork: the warning when a network is added', () => {
  it('names the hosting provider of a cloud range of more than one address', async () => {
    expect(await hostingInGatewayNetwork('3.120.0.0/16', classify)).toEqual(['Amazon Web Services']);
    expect(await hostingInGatewayNetwork('3.120.1.8/29', classify)).toEqual(['Amazon Web Services']);
  });

  it('says nothing for a single address, a gateway’s own network, a documentation network, a domain', async () => {
    for (const v of [
      '3.120.1.10/32',
      '209.222.80.0/21',
      '170.10.133.0/24',
      '198.51.100.0/26',
      'mimecast.com',
    ])
      expect(await hostingInGatewayNetwork(v, classify)).toEqual([]);
    expect(wideGatewayNetwork('3.120.1.10/32')).toBe(false);
    expect(wideGatewayNetwork('2a05:d014::1/128')).toBe(false);
    expect(wideGatewayNetwork('2a05:d014::/32')).toBe(true);
    expect(wideGatewayNetwork('mimecast.com')).toBe(false);
  });
});

describe('analyzeMessage with the reader’s filter VM trusted (probe41)', () => {
  const fixture = (name: string) => {
    const dir = new URL(`../../fixtures/adversarial/${name}/`, import.meta.url);
    return {
      raw: readFileSync(new URL('message.eml', dir)),
      zone: JSON.parse(readFileSync(new URL('zone.json', dir), 'utf8')),
    };
  };
  const analyse = (name: string, networks: string[]) => {
    const { raw, zone } = fixture(name);
    return analyzeMessage(raw, {
      resolver: new ZoneResolver(zone),
      trustedAuthservIds: ['mx.reader.example'],
      trustedGateways: { networks },
      classifyIp: classify,
      now: new Date('2026-11-20T12:00:00Z'),
    });
  };

  it.each([
    'probe41-trusted-gateway-cloud-16-attacker-vm',
    'probe41-trusted-gateway-cloud-16-attacker-vm-line-only',
  ])(
    '%s: the attacker’s VM in the trusted /16 is not the gateway; with a hand-off line below it, it reads suspicious (the reader’s own filter there looks the same: rw42), naming the network',
    async (name) => {
      const a = await analyse(name, ['3.120.0.0/16']);
      expect(a.verdict).toBe('suspicious');
      expect(a.origin).toMatchObject({ ip: '3.120.77.7', sharedGatewayNetwork: '3.120.0.0/16' });
      const ids = a.findings.map((f) => f.id);
      expect(ids).not.toContain('gateway-trusted');
      const shared = a.findings.find((f) => f.id === 'gateway-network-shared');
      expect(shared?.severity).toBe('low');
      expect(shared?.detail).toContain('3.120.77.7/32');
      expect(shared?.detail).toContain('Amazon Web Services');
      expect(shared?.evidence.some((l) => l.includes('[3.120.77.7]'))).toBe(true);
    },
  );

  it('the same VM with nothing below it sent the lure itself: spoofed, no shared-network note', async () => {
    const a = await analyse('probe41-trusted-gateway-cloud-16-attacker-vm-nothing-below', ['3.120.0.0/16']);
    expect(a.verdict).toBe('spoofed');
    expect(a.origin.sharedGatewayNetwork).toBeUndefined();
    expect(a.findings.map((f) => f.id)).not.toContain('gateway-network-shared');
  });

  it('a VM trusted by its own address is still the gateway: the walk goes below it', async () => {
    // The same message as if 3.120.77.7 were the reader's own filter: the line below is then its own.
    const a = await analyse('probe41-trusted-gateway-cloud-16-attacker-vm-line-only', ['3.120.77.7/32']);
    expect(a.origin.ip).toBe('192.0.2.10');
    expect(a.findings.map((f) => f.id)).toContain('gateway-trusted');
  });
});
