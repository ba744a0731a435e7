// A gateway's sealed record counts only where no one but a mailbox provider sealed the message
// after the gateway (lib/auth/gateway-results.ts sealedAfterGateway, red-team round 141), and a
// well-known gateway trusted by one of its domains is trusted by all of them
// (lib/engine/gateways.ts trustedGatewayHints).
import { describe, expect, it } from 'vitest';
import { sealedAfterGateway } from '../../../lib/auth/gateway-results';
import { trustedGatewayHints } from '../../../lib/engine/gateways';
import { analyseNamed } from '../../helpers/pinned-corpus';

describe('sealed after the gateway', () => {
  it('a stranger’s seal above the gateway’s', () => {
    expect(sealedAfterGateway(['mimecast.com', 'attacker.example'], ['mimecast.com'])).toBe(true);
    expect(sealedAfterGateway(['eu.mimecast.com', 'google.com', 'attacker.example'], ['mimecast.com'])).toBe(
      true,
    );
  });

  it('not the gateway’s own newest seal, a mailbox provider’s above it, or no gateway seal at all', () => {
    expect(sealedAfterGateway(['mimecast.com'], ['mimecast.com'])).toBe(false);
    expect(sealedAfterGateway(['lists.example', 'mimecast.com'], ['mimecast.com'])).toBe(false);
    expect(sealedAfterGateway(['mimecast.com', 'microsoft.com'], ['mimecast.com'])).toBe(false);
    expect(sealedAfterGateway(['lists.example'], ['mimecast.com'])).toBe(false);
    expect(sealedAfterGateway([], ['mimecast.com'])).toBe(false);
  });

  it.each([
    'adversarial/probe141-gmail-mimecast-outbound-arc-newer-seal',
    'adversarial/probe141-box-trusted-mimecast-customer-outbound-arc-newer-seal',
  ])('%s: no gateway standing, never trusted', async (name) => {
    const a = await analyseNamed(name);
    expect(['spoofed', 'suspicious']).toContain(a.verdict);
    expect(a.findings.map((f) => f.id)).not.toContain('gateway-recorded-pass');
  });
});

describe('a known gateway trusted by one of its domains', () => {
  it('is trusted by all of them, and nothing else is added', () => {
    expect(trustedGatewayHints({ domains: ['antispameurope.com'] }).gatewayDomains).toEqual([
      'antispameurope.com',
      'hornetsecurity.com',
    ]);
    expect(trustedGatewayHints({ domains: ['filter.reader.example'] }).gatewayDomains).toEqual([
      'filter.reader.example',
    ]);
    expect(trustedGatewayHints({ domains: ['eu.mimecast.com'] }).gatewayDomains).toEqual(['eu.mimecast.com']);
  });

  it('the supplier behind Hornetsecurity, trusted as the popup offers it: authenticated', async () => {
    const a = await analyseNamed(
      'adversarial/probe141-gmail-hornetsecurity-trusted-as-offered-supplier-control',
    );
    expect(a.verdict).toBe('authenticated');
  });
});

describe('where a trusted gateway’s seal sits (real-mail round 144)', () => {
  it.each([
    'legit/realworld144-box-rspamd-filter-arc-above-received-trusted',
    'legit/realworld144-box-rspamd-filter-arc-below-received-trusted',
    'legit/realworld144-outlook-mimecast-ses-dkim-only-trusted',
  ])('%s: the gateway’s sealed record of the DKIM-only sender counts: authenticated', async (name) => {
    const a = await analyseNamed(name);
    expect(a.verdict).toBe('authenticated');
  });

  it('a thin Ed25519 signature under a new Subject, its RSA twin deleted: suspicious', async () => {
    const a = await analyseNamed('adversarial/probe144-subject-swapped-rsa-signature-deleted');
    expect(a.verdict).toBe('suspicious');
  });
});
