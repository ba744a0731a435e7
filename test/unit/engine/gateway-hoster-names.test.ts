// A trusted gateway domain that is a hoster's reverse-name zone (probe52): inside hosting space a
// hoster-generated name under it is not the gateway (lib/engine/gateways.ts hostedGatewayNameHops),
// the exact host name or a name under the reader's own domain still is. Real classifier data
// (public/ip); messages: the committed probe52 and rw42 fixtures and small hand-made chains.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns/zone';
import { hostedGatewayNameHops, sharedGatewayDomain } from '../../../lib/engine/gateways';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { hosterGeneratedName, hosterZoneEntry } from '../../../lib/relay/hoster-names';
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
  'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by filter.example with ESMTP id B2; Fri, 20 Nov 2026 10:00:03 +0000';
const AWS_VM = { ip: '3.120.77.7', name: 'ec2-3-120-77-7.eu-central-1.compute.amazonaws.com' };

describe('hosterGeneratedName: a hoster’s default reverse name for the address', () => {
  it.each([
    ['ec2-3-120-77-7.eu-central-1.compute.amazonaws.com', '3.120.77.7'],
    ['static.30.20.198.88.clients.your-server.de', '88.198.20.30'],
    ['10.1.120.34.bc.googleusercontent.com', '34.120.1.10'],
    ['172-104-1-2.ip.linodeusercontent.com', '172.104.1.2'],
    ['vmi123456.contaboserver.net', '161.97.1.2'],
    ['ns3012345.ip-51-68-1.eu', '51.68.1.9'],
    ['hwsrv-123456.hostwindsdns.com', '142.11.1.2'],
    ['srv598765.hstgr.cloud', '145.223.1.2'],
    // Not listed, but the octets give it away.
    ['host-203-0-113-25.cloud.example', '203.0.113.25'],
  ])('%s (%s)', (name, ip) => {
    expect(hosterGeneratedName(name, ip)).toBe(true);
  });

  it('not a name the reader publishes under its own domain, nor other octets', () => {
    expect(hosterGeneratedName('filter.reader-it.example', '3.120.77.7')).toBe(false);
    expect(hosterGeneratedName('mx0a-00123.pphosted.com', '148.163.1.2')).toBe(false);
    expect(hosterGeneratedName('host-13-120-77-71.cloud.example', '3.120.77.7')).toBe(false);
  });
});

describe('hosterZoneEntry: the warning when a gateway domain is added', () => {
  it.each([
    ['eu-central-1.compute.amazonaws.com', 'amazonaws.com'],
    ['amazonaws.com', 'amazonaws.com'],
    ['your-server.de', 'your-server.de'],
    ['clients.your-server.de', 'your-server.de'],
    ['*.bc.googleusercontent.com', 'googleusercontent.com'],
    ['ip-51-68-1.eu', 'ip-51-68-1.eu'],
    ['hstgr.cloud', 'hstgr.cloud'],
  ])('%s is (under) the hoster zone %s', (entry, zone) => {
    expect(hosterZoneEntry(entry)).toBe(zone);
  });

  it('says nothing for one host’s own default name (what it recommends) or a gateway’s own domain', () => {
    for (const v of [
      'static.30.20.198.88.clients.your-server.de',
      'ec2-3-120-1-10.eu-central-1.compute.amazonaws.com',
      'vmi123456.contaboserver.net',
      'srv512345.hstgr.cloud',
      'mimecast.com',
      'pphosted.com',
      'reader-it.example',
    ])
      expect(hosterZoneEntry(v)).toBeNull();
  });
});

describe('hostedGatewayNameHops: name trust inside hosting space', () => {
  it('marks an AWS tenant’s VM under the trusted region zone, not when its exact name is trusted', async () => {
    const hops = hopsOf([entryFrom(AWS_VM.ip, AWS_VM.name), BANK_LINE]);
    expect(await hostedGatewayNameHops(hops, ['eu-central-1.compute.amazonaws.com'], classify)).toEqual(
      new Set([0]),
    );
    expect(await hostedGatewayNameHops(hops, [AWS_VM.name], classify)).toEqual(new Set());
    expect(await hostedGatewayNameHops(hops, ['eu-central-1.compute.amazonaws.com'], undefined)).toEqual(
      new Set(),
    );
    expect(sharedGatewayDomain(hops, 0, new Set([0]), ['eu-central-1.compute.amazonaws.com'])).toBe(
      'eu-central-1.compute.amazonaws.com',
    );
    // Nothing below: the VM sent it itself, no shared note.
    expect(sharedGatewayDomain(hops.slice(0, 1), 0, new Set([0]), ['compute.amazonaws.com'])).toBeNull();
  });

  it('leaves the reader’s filter named under its own domain on AWS (rw42), and a PTR looked up for an unnamed hop is judged too', async () => {
    const own = hopsOf([entryFrom(AWS_VM.ip, 'filter.reader-it.example'), BANK_LINE]);
    expect(await hostedGatewayNameHops(own, ['reader-it.example'], classify)).toEqual(new Set());
    const unnamed = hopsOf([
      `Received: from gw (${AWS_VM.ip}) by mx.reader.example with ESMTPS id A1; Fri, 20 Nov 2026 10:00:05 +0000`,
      BANK_LINE,
    ]);
    expect(
      await hostedGatewayNameHops(unnamed, ['compute.amazonaws.com'], classify, new Map([[0, AWS_VM.name]])),
    ).toEqual(new Set([0]));
  });
});

describe('analyzeMessage with a hoster zone trusted as a gateway domain (probe52)', () => {
  const fixture = (kind: string, name: string) => {
    const dir = new URL(`../../fixtures/${kind}/${name}/`, import.meta.url);
    return {
      raw: readFileSync(new URL('message.eml', dir)),
      zone: JSON.parse(readFileSync(new URL('zone.json', dir), 'utf8')),
    };
  };
  const analyse = (kind: string, name: string, domains: string[]) => {
    const { raw, zone } = fixture(kind, name);
    return analyzeMessage(raw, {
      resolver: new ZoneResolver(zone),
      trustedAuthservIds: ['mx.reader.example'],
      trustedGateways: { domains },
      classifyIp: classify,
      now: new Date('2026-11-20T12:00:00Z'),
    });
  };

  it('the attacker’s EC2 VM under the trusted region zone is not the gateway: suspicious, naming the domain', async () => {
    const a = await analyse('adversarial', 'probe52-trusted-gateway-aws-region-zone-attacker-vm-online', [
      'eu-central-1.compute.amazonaws.com',
    ]);
    expect(a.verdict).toBe('suspicious');
    expect(a.origin).toMatchObject({
      ip: AWS_VM.ip,
      sharedGatewayDomain: 'eu-central-1.compute.amazonaws.com',
    });
    const ids = a.findings.map((f) => f.id);
    expect(ids).not.toContain('gateway-trusted');
    const shared = a.findings.find((f) => f.id === 'gateway-network-shared');
    expect(shared?.detail).toContain(AWS_VM.name);
    expect(shared?.detail).toContain('Amazon Web Services');
  });

  it('the same VM trusted by its exact name is the gateway (the walk goes below it)', async () => {
    const a = await analyse('adversarial', 'probe52-trusted-gateway-aws-region-zone-attacker-vm-online', [
      AWS_VM.name,
    ]);
    expect(a.origin.ip).toBe('192.0.2.10');
    expect(a.findings.map((f) => f.id)).toContain('gateway-trusted');
  });

  it('the bank’s genuine mail through the Hetzner filter trusted by its exact name stays authenticated', async () => {
    const a = await analyse(
      'adversarial',
      'probe52-trusted-gateway-hetzner-exact-name-bank-signed-control-online',
      ['static.30.20.198.88.clients.your-server.de'],
    );
    expect(a.verdict).toBe('authenticated');
  });

  it('the reader’s AWS filter trusted by its own domain keeps its gateway (rw42)', async () => {
    const a = await analyse('legit', 'rw42-filter-vm-aws-trusted-by-confirmed-name', ['reader-it.example']);
    expect(a.verdict).toBe('authenticated');
    expect(a.origin.sharedGatewayDomain).toBeUndefined();
    expect(a.findings.map((f) => f.id)).toContain('gateway-trusted');
  });
});
