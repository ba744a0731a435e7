// A gateway trusted by name at an Exchange Online entry, which prints no reverse name
// (`from <HELO> (<IP>)`): the IP's PTR is asked and counts only under the trusted domain and when
// it leads back to the IP (lib/engine/origin-walk.ts, gatewayReverseNames). The HELO is never read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { parseTrustedGateways } from '../../../lib/cli/trust-gateway';
import { ZoneResolver } from '../../../lib/dns';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import type { Resolver } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';

const DIR = join(__dirname, '../../fixtures/legit/rw5-mimecast-to-m365-enhanced-filtering-trusted');
const RAW = readFileSync(join(DIR, 'message.eml'), 'utf8');
const ZONE = JSON.parse(readFileSync(join(DIR, 'zone.json'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;
const PTR = '124.133.10.170.in-addr.arpa';
const GATEWAY = 'us-smtp-delivery-124.mimecast.com';

let classifyIp: Classifier;
beforeAll(async () => {
  classifyIp = createClassifier(await loadIpTablesFromDisk());
});

const run = (zone: Record<string, unknown> | null, raw = RAW, resolver?: Resolver) =>
  analyzeMessage(raw, {
    resolver: resolver ?? (zone ? ZoneResolver.fromJson(zone) : undefined),
    classifyIp,
    webmail: 'outlook',
    trustedGateways: parseTrustedGateways(['mimecast.com'])!,
  });

describe('a gateway trusted by name where the receiver prints no reverse name', () => {
  it('the PTR under the trusted domain that leads back to the IP: the walk goes behind it', async () => {
    expect(RAW).toMatch(new RegExp(`from ${GATEWAY} \\(170\\.10\\.133\\.124\\) by`));
    const a = await run(ZONE);
    expect(a.origin.ip).toBe('192.0.2.20');
    expect(a.verdict).toBe('authenticated');
    expect(a.findings.map((f) => f.id)).toContain('gateway-trusted');
  });

  it('a PTR that does not lead back, a PTR elsewhere, no PTR or a DNS fault: the gateway is not trusted there', async () => {
    const noForward = { ...ZONE, [GATEWAY]: { A: ['170.10.133.99'] } };
    const elsewhere = { ...ZONE, [PTR]: { PTR: ['mail.attacker.example'] } };
    const { [PTR]: _gone, ...noPtr } = ZONE;
    for (const [what, zone] of [
      ['no forward match', noForward],
      ['PTR elsewhere', elsewhere],
      ['no PTR', noPtr],
    ] as const) {
      const a = await run(zone);
      expect(a.origin.ip, what).toBe('170.10.133.124');
      expect(
        a.findings.map((f) => f.id),
        what,
      ).not.toContain('gateway-trusted');
    }
    const inner = ZoneResolver.fromJson(ZONE);
    const failing: Resolver = {
      resolve: (name, type) =>
        type === 'PTR'
          ? Promise.reject(Object.assign(new Error('timeout'), { code: 'ETIMEOUT' }))
          : inner.resolve(name, type),
    };
    expect((await run(null, RAW, failing)).origin.ip).toBe('170.10.133.124');
  });

  it('the HELO is never read: an attacker writing the gateway’s name as HELO from its own address gains nothing', async () => {
    const raw = RAW.replace('(170.10.133.124)', '(203.0.113.66)');
    const a = await run(ZONE, raw);
    expect(a.origin.ip).toBe('203.0.113.66');
    expect(a.findings.map((f) => f.id)).not.toContain('gateway-trusted');
  });

  it('offline nothing is looked up, so nothing is trusted by name', async () => {
    const a = await run(null);
    expect(a.findings.map((f) => f.id)).not.toContain('gateway-trusted');
  });
});
