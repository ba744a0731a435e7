// DNS fault injection through the whole engine: every name each scenario needs, made to SERVFAIL
// or time out in turn. A DNS fault may leave a message unverified, never "spoofed".
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { dkimName, message, rsaKey, SIGN_TIME, sign, TestZone } from '../../fixtures/auth/mail';
import { scenario } from '../../helpers/scenarios';

type Zone = Record<string, Record<string, unknown>>;

/** The zone with `name` broken: SERVFAIL for every type, or a timeout for every type. */
function broken(zone: Zone, name: string, fault: 'SERVFAIL' | 'TIMEOUT'): Zone {
  return { ...zone, [name]: fault === 'SERVFAIL' ? { ...zone[name], SERVFAIL: true } : { TIMEOUT: true } };
}

describe('DNS faults never make a message spoofed', () => {
  it.each(['authenticated', 'spoofed', 'suspicious', 'unverified'] as const)(
    '%s scenario, each name broken in turn',
    async (name) => {
      const s = await scenario(name);
      for (const victim of Object.keys(s.zone)) {
        for (const fault of ['SERVFAIL', 'TIMEOUT'] as const) {
          const a = await analyzeMessage(s.raw, {
            resolver: ZoneResolver.fromJson(broken(s.zone, victim, fault)),
          });
          expect(a.verdict, `${victim} ${fault}`).not.toBe('spoofed');
          expect(a.dmarc.result, `${victim} ${fault}`).not.toBe('fail');
        }
      }
    },
  );

  it('an SPF outage on a domain that only has SPF gives DMARC temperror, with the reason', async () => {
    const s = await scenario('suspicious');
    const a = await analyzeMessage(s.raw, {
      resolver: ZoneResolver.fromJson(broken(s.zone, 'supplyco.example', 'SERVFAIL')),
    });
    expect(a.spf.result).toBe('temperror');
    expect(a.dmarc.result).toBe('temperror');
    expect(a.dmarc.info).toContain('temporary DNS error');
  });

  it('a fault in a domain the sender picked (its envelope, its own signature) does not rescue its spoof', async () => {
    // From paypal.com; the envelope and the DKIM signature are the sender's own evil.example,
    // whose DNS it made fail. No aligned identifier can pass either way: DMARC still fails.
    const signed = await sign(message({ from: 'service@paypal.com' }), [
      { domain: 'evil.example', selector: 'sel', key: rsaKey(1024) },
    ]);
    const raw = `Return-Path: <bounce@evil.example>\r\nReceived: from mail.evil.example (mail.evil.example. [203.0.113.9]) by mx.example.org with ESMTPS id y; Sun, 01 Mar 2026 10:00:05 +0000\r\n${signed}`;
    const zone = new TestZone({
      'paypal.com': { TXT: ['v=spf1 -all'] },
      '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
      'evil.example': { SERVFAIL: true },
      [dkimName('sel', 'evil.example')]: { SERVFAIL: true },
    });
    const a = await analyzeMessage(raw, {
      resolver: zone,
      trustedAuthservIds: ['mx.example.org'],
      now: SIGN_TIME,
    });
    expect(a.spf.result).toBe('temperror');
    expect(a.dkim.map((d) => [d.result, d.domain])).toEqual([['temperror', 'evil.example']]);
    expect(a.dmarc.result).toBe('fail');
    expect(a.verdict).toBe('spoofed');
  });

  it('without faults the spoofed scenario is still spoofed (the guard does not hide real failures)', async () => {
    const s = await scenario('spoofed');
    const a = await analyzeMessage(s.raw, { resolver: ZoneResolver.fromJson(s.zone) });
    expect(a.verdict).toBe('spoofed');
    expect(a.dmarc.result).toBe('fail');
  });

  it('a DMARC record behind a CNAME chain is followed', async () => {
    const s = await scenario('spoofed');
    const zone: Zone = {
      ...s.zone,
      '_dmarc.northbank.example': { CNAME: ['policy1.dmarc-host.example'] },
      'policy1.dmarc-host.example': { CNAME: ['policy2.dmarc-host.example'] },
      'policy2.dmarc-host.example': { TXT: ['v=DMARC1; p=reject'] },
    };
    const a = await analyzeMessage(s.raw, { resolver: ZoneResolver.fromJson(zone) });
    expect(a.dmarc.policy).toBe('reject');
    expect(a.verdict).toBe('spoofed');
  });

  it('a DKIM key split over several TXT strings still verifies', async () => {
    const s = await scenario('authenticated');
    const key = (s.zone['sel1._domainkey.northbank.example'] as { TXT: string[] }).TXT[0]!;
    const chunks = key.match(/.{1,100}/g)!; // several strings in one record, as DNS stores long keys
    const zone: Zone = { ...s.zone, 'sel1._domainkey.northbank.example': { TXT: [chunks] } };
    const a = await analyzeMessage(s.raw, { resolver: ZoneResolver.fromJson(zone) });
    expect(a.dkim[0]?.result).toBe('pass');
  });
});
