// --trust-gateway DOMAIN|CIDR: the same entries the options page stores; a bad one is a usage error.
import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../../lib/cli/ip-data';
import {
  hostedGatewayWarnings,
  hosterZoneGatewayWarnings,
  parseTrustedGateways,
} from '../../../lib/cli/trust-gateway';
import { UsageError } from '../../../lib/cli/usage';

describe('--trust-gateway', () => {
  it('is absent unless given, and splits domains from networks', () => {
    expect(parseTrustedGateways([])).toBeNull();
    expect(parseTrustedGateways(['Mimecast.com', '209.222.80.0/21', 'mimecast.com'])).toEqual({
      domains: ['mimecast.com'],
      networks: ['209.222.80.0/21'],
    });
  });

  it.each(['0.0.0.0/0', 'not a host', ''])('refuses %j with a usage error saying why', (bad) => {
    expect(() => parseTrustedGateways([bad])).toThrow(UsageError);
    expect(() => parseTrustedGateways([bad])).toThrow(/--trust-gateway: /);
  });

  it('warns when a network of more than one address overlaps hosting space (probe41), not for a gateway’s own', async () => {
    const warnings = await hostedGatewayWarnings(
      ['3.120.0.0/16', '3.120.1.10/32', '209.222.80.0/21', '198.51.100.0/26'],
      loadClassifier,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^--trust-gateway 3\.120\.0\.0\/16 overlaps hosting space \(Amazon Web Services\)/,
    );
    expect(warnings[0]).toContain('a /32 or /128');
    // A single address needs no IP data at all.
    let loaded = false;
    const spy = async () => {
      loaded = true;
      return null;
    };
    expect(await hostedGatewayWarnings(['3.120.1.10/32'], spy)).toEqual([]);
    expect(loaded).toBe(false);
  });

  it('warns when a domain is a hoster’s reverse-name zone (probe52), not for a host’s own name or a gateway’s domain', () => {
    const warnings = hosterZoneGatewayWarnings([
      'eu-central-1.compute.amazonaws.com',
      'your-server.de',
      'static.30.20.198.88.clients.your-server.de',
      'mimecast.com',
      'reader-it.example',
    ]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^--trust-gateway eu-central-1\.compute\.amazonaws\.com is under amazonaws\.com, a hosting provider/,
    );
    expect(warnings[1]).toMatch(/^--trust-gateway your-server\.de is your-server\.de, a hosting provider/);
    expect(warnings[0]).toContain('exact host name');
  });
});
