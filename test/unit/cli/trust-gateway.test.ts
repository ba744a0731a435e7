// --trust-gateway DOMAIN|CIDR: the same entries the options page stores; a bad one is a usage error.
import { describe, expect, it } from 'vitest';
import { parseTrustedGateways } from '../../../lib/cli/trust-gateway';
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
});
