// gateway-recorded-fail (lib/findings/gateway.ts): a well-known gateway the reader has not trusted
// handed the message over, its own record says the From domain failed DMARC when it took the
// message, and our pass rests only on SPF at that gateway's address (the From domain's record
// lists the gateway's shared netblocks). The lure of real-mail round 142's attack twin, its genuine
// control, and the variants the rule must leave alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns/zone';
import { gatewayRule } from '../../../lib/findings/gateway';
import { parseMessage } from '../../../lib/message/parse';
import type { Analysis, AnalyzeOptions } from '../../../lib/types';

const fixture = (corpus: 'legit' | 'adversarial', name: string) => {
  const dir = new URL(`../../fixtures/${corpus}/${name}/`, import.meta.url);
  return {
    raw: readFileSync(new URL('message.eml', dir)),
    zone: JSON.parse(readFileSync(new URL('zone.json', dir), 'utf8')),
  };
};

const NOW = new Date('2026-11-20T12:00:00Z');
const OUTLOOK: Partial<AnalyzeOptions> = {
  webmail: 'outlook',
  recipientDomains: ['brackenridge.example'],
  now: NOW,
};
const TWIN = 'realworld142-outlook-spoof-via-reader-mimecast-untrusted-attack-twin';
const GENUINE = 'realworld142-outlook-c7-mimecast-three-seals-untrusted';

async function analyse(corpus: 'legit' | 'adversarial', name: string): Promise<Analysis> {
  const { raw, zone } = fixture(corpus, name);
  return analyzeMessage(raw, { resolver: new ZoneResolver(zone), ...OUTLOOK });
}

/** The gateway rule's findings for `a` as changed by `edit` (the facts the rule reads). */
function ruleOn(a: Analysis, name: string, edit: (x: Analysis) => Analysis): string[] {
  const { raw } = fixture('adversarial', name);
  return gatewayRule({ analysis: edit(a), message: parseMessage(raw), options: {} }).map(
    (f) => `${f.id}:${f.severity}`,
  );
}

describe('gateway-recorded-fail', () => {
  it('reads the unsigned lure through the reader’s untrusted Mimecast as not authenticated', async () => {
    const a = await analyse('adversarial', TWIN);
    expect(a.gateway).toMatchObject({ trusted: false, name: 'Mimecast', recordedDmarc: 'fail' });
    expect(a.spf).toMatchObject({ result: 'pass', aligned: true, ip: a.gateway?.ip });
    expect(a.findings.map((f) => `${f.id}:${f.severity}`)).toContain('gateway-recorded-fail:medium');
    expect(a.verdict).toBe('suspicious');
    expect(a.summary).toContain('failed DMARC');
  });

  it('leaves the genuine partner’s mail through the same untrusted Mimecast alone', async () => {
    const a = await analyse('legit', GENUINE);
    expect(a.gateway).toMatchObject({ trusted: false, name: 'Mimecast' });
    expect(a.gateway?.recordedDmarc).not.toBe('fail');
    expect(a.findings.map((f) => f.id)).not.toContain('gateway-recorded-fail');
    expect(a.verdict).not.toBe('spoofed');
  });

  it('says nothing where a signature of the From domain verifies, the pass is elsewhere, or nothing was recorded', async () => {
    const a = await analyse('adversarial', TWIN);
    expect(ruleOn(a, TWIN, (x) => x)).toContain('gateway-recorded-fail:medium');
    const signed = (x: Analysis): Analysis => ({
      ...x,
      dkim: [{ ...(x.dkim[0] ?? ({} as Analysis['dkim'][number])), result: 'pass', aligned: true }],
    });
    expect(ruleOn(a, TWIN, signed)).not.toContain('gateway-recorded-fail:medium');
    const otherIp = (x: Analysis): Analysis => ({ ...x, spf: { ...x.spf, ip: '192.0.2.99' } });
    expect(ruleOn(a, TWIN, otherIp)).not.toContain('gateway-recorded-fail:medium');
    const unaligned = (x: Analysis): Analysis => ({ ...x, spf: { ...x.spf, aligned: false } });
    expect(ruleOn(a, TWIN, unaligned)).not.toContain('gateway-recorded-fail:medium');
    const recordedPass = (x: Analysis): Analysis => ({
      ...x,
      gateway: x.gateway ? { ...x.gateway, recordedDmarc: 'pass' } : null,
    });
    expect(ruleOn(a, TWIN, recordedPass)).not.toContain('gateway-recorded-fail:medium');
    const trusted = (x: Analysis): Analysis => ({
      ...x,
      gateway: x.gateway ? { ...x.gateway, trusted: true } : null,
    });
    expect(ruleOn(a, TWIN, trusted)).not.toContain('gateway-recorded-fail:medium');
  });
});
