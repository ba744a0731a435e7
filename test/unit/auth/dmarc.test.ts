// DMARC (RFC 7489 / RFC 9989) through our adapter: policy discovery, alignment modes,
// subdomain policies, multi-label public suffixes, pct, and DNS faults.
import { describe, expect, it } from 'vitest';
import {
  alignDomains,
  applyDmarcAlignment,
  checkDmarc,
  orgDomainOf,
  recomputeAlignment,
} from '../../../lib/auth/dmarc';
import type { DkimCheck, SpfCheck } from '../../../lib/types';
import { TestZone } from '../../fixtures/auth/mail';

function spf(result: SpfCheck['result'], domain: string): SpfCheck {
  return {
    result,
    domain,
    aligned: false,
    ip: '203.0.113.7',
    helo: null,
    envelopeFrom: `bounce@${domain}`,
    mechanism: null,
    explanation: null,
    lookups: 1,
    info: null,
  };
}
const noSpf = spf('none', 'unrelated.example');

function dkim(result: DkimCheck['result'], domain: string): DkimCheck {
  return {
    result,
    domain,
    selector: 's1',
    aligned: false,
    algorithm: 'rsa-sha256',
    keyBits: 2048,
    cause: result === 'pass' ? null : 'signature-mismatch',
    info: null,
    line: null,
  };
}

const dmarcZone = (records: Record<string, string>) =>
  new TestZone(Object.fromEntries(Object.entries(records).map(([n, r]) => [`_dmarc.${n}`, { TXT: [r] }])));

describe('checkDmarc — alignment', () => {
  const zone = () => dmarcZone({ 'example.com': 'v=DMARC1; p=reject' });

  it('relaxed: a passing mail.example.com signature authenticates example.com', async () => {
    const r = await checkDmarc({
      fromDomain: 'example.com',
      spf: noSpf,
      dkim: [dkim('pass', 'mail.example.com')],
      resolver: zone(),
    });
    expect(r).toMatchObject({
      result: 'pass',
      policy: 'reject',
      domain: 'example.com',
      orgDomain: 'example.com',
      record: 'v=DMARC1; p=reject',
      alignment: { spf: 'r', dkim: 'r' },
      passedBy: ['dkim'],
    });
  });

  it('strict (adkim=s): the same subdomain signature does not align → fail', async () => {
    const r = await checkDmarc({
      fromDomain: 'example.com',
      spf: noSpf,
      dkim: [dkim('pass', 'mail.example.com')],
      resolver: dmarcZone({ 'example.com': 'v=DMARC1; p=reject; adkim=s' }),
    });
    expect(r).toMatchObject({ result: 'fail', policy: 'reject', alignment: { dkim: 's' }, passedBy: [] });
  });

  it('an aligned SPF pass is enough; strict aspf=s refuses a subdomain envelope', async () => {
    const relaxed = await checkDmarc({
      fromDomain: 'example.com',
      spf: spf('pass', 'bounces.example.com'),
      dkim: [],
      resolver: zone(),
    });
    expect(relaxed).toMatchObject({ result: 'pass', passedBy: ['spf'] });
    const strict = await checkDmarc({
      fromDomain: 'example.com',
      spf: spf('pass', 'bounces.example.com'),
      dkim: [],
      resolver: dmarcZone({ 'example.com': 'v=DMARC1; p=quarantine; aspf=s' }),
    });
    expect(strict).toMatchObject({ result: 'fail', policy: 'quarantine', alignment: { spf: 's' } });
  });

  it('only passing results count: an aligned but failing signature or softfail SPF → fail', async () => {
    const r = await checkDmarc({
      fromDomain: 'example.com',
      spf: spf('softfail', 'example.com'),
      dkim: [dkim('fail', 'example.com'), dkim('pass', 'esp-mailer.net')],
      resolver: zone(),
    });
    expect(r).toMatchObject({ result: 'fail', passedBy: [] });
  });

  it('both identifiers aligned → passedBy lists both', async () => {
    const r = await checkDmarc({
      fromDomain: 'example.com',
      spf: spf('pass', 'example.com'),
      dkim: [dkim('pass', 'example.com')],
      resolver: zone(),
    });
    expect(r.passedBy).toEqual(['spf', 'dkim']);
  });
});

describe('checkDmarc — policy discovery', () => {
  it('subdomain without its own record inherits sp= from the organisational domain', async () => {
    const r = await checkDmarc({
      fromDomain: 'news.example.com',
      spf: noSpf,
      dkim: [],
      resolver: dmarcZone({ 'example.com': 'v=DMARC1; p=reject; sp=quarantine' }).set('news.example.com', {
        A: ['203.0.113.1'],
      }),
    });
    expect(r).toMatchObject({
      result: 'fail',
      policy: 'quarantine',
      domain: 'news.example.com',
      orgDomain: 'example.com',
    });
  });

  it('subdomain without sp= gets p=', async () => {
    const r = await checkDmarc({
      fromDomain: 'news.example.com',
      spf: noSpf,
      dkim: [],
      resolver: dmarcZone({ 'example.com': 'v=DMARC1; p=reject' }),
    });
    expect(r).toMatchObject({ result: 'fail', policy: 'reject', orgDomain: 'example.com' });
  });

  it('p=none: a failing message reports the monitoring-only policy', async () => {
    const r = await checkDmarc({
      fromDomain: 'example.com',
      spf: noSpf,
      dkim: [],
      resolver: dmarcZone({ 'example.com': 'v=DMARC1; p=none; rua=mailto:d@example.com' }),
    });
    expect(r).toMatchObject({ result: 'fail', policy: 'none' });
  });

  it('no record anywhere → none, no policy', async () => {
    const r = await checkDmarc({
      fromDomain: 'example.com',
      spf: spf('pass', 'example.com'),
      dkim: [],
      resolver: new TestZone(),
    });
    expect(r).toMatchObject({ result: 'none', policy: null, record: null, pct: null, passedBy: [] });
    expect(r.info).toContain('No DMARC record');
  });

  it('a record without a valid p= is ignored, and the info says so (not "no record")', async () => {
    for (const record of ['v=DMARC1; p=bob', 'v=DMARC1; sp=reject']) {
      const r = await checkDmarc({
        fromDomain: 'example.com',
        spf: noSpf,
        dkim: [],
        resolver: dmarcZone({ 'example.com': record }),
      });
      expect(r).toMatchObject({ result: 'none', policy: null });
      expect(r.info).toContain('The DMARC record of example.com is ignored: it has no valid p= policy');
    }
    const two = await checkDmarc({
      fromDomain: 'example.com',
      spf: noSpf,
      dkim: [],
      resolver: new TestZone({ '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject', 'v=DMARC1; p=none'] } }),
    });
    expect(two).toMatchObject({ result: 'none', policy: null });
    expect(two.info).toContain('example.com publishes more than one DMARC record');
  });

  it('multi-label public suffix: example.co.uk is the organisation, not co.uk', async () => {
    const resolver = dmarcZone({ 'example.co.uk': 'v=DMARC1; p=reject' });
    const ok = await checkDmarc({
      fromDomain: 'mail.example.co.uk',
      spf: noSpf,
      dkim: [dkim('pass', 'example.co.uk')],
      resolver,
    });
    expect(ok).toMatchObject({ result: 'pass', orgDomain: 'example.co.uk', policy: 'reject' });
    const other = await checkDmarc({
      fromDomain: 'mail.example.co.uk',
      spf: noSpf,
      dkim: [dkim('pass', 'attacker.co.uk')],
      resolver,
    });
    expect(other).toMatchObject({ result: 'fail', passedBy: [] });
    expect(orgDomainOf('a.b.example.co.uk')).toBe('example.co.uk');
  });

  it('pct= is reported; absent means 100', async () => {
    const half = await checkDmarc({
      fromDomain: 'example.com',
      spf: noSpf,
      dkim: [],
      resolver: dmarcZone({ 'example.com': 'v=DMARC1; p=quarantine; pct=50' }),
    });
    expect(half).toMatchObject({ result: 'fail', policy: 'quarantine', pct: 50 });
    const full = await checkDmarc({
      fromDomain: 'example.com',
      spf: noSpf,
      dkim: [],
      resolver: dmarcZone({ 'example.com': 'v=DMARC1; p=quarantine' }),
    });
    expect(full.pct).toBe(100);
  });
});

describe('checkDmarc — the From domain as IDNA maps it', () => {
  const zone = () =>
    dmarcZone({
      'northbank.example': 'v=DMARC1; p=reject',
      'xn--bcherstube-9db.example': 'v=DMARC1; p=quarantine',
    });

  it.each([
    ['full-width letters', '\uff4e\uff4f\uff52\uff54\uff48\uff42\uff41\uff4e\uff4b.example'],
    ['a full-width capital', 'northbank.\uff25xample'],
    ['the Kelvin sign for k', 'northban\u212a.example'],
  ])('%s: the policy of the domain a mail app draws and IDNA maps it to', async (_, from) => {
    const r = await checkDmarc({ fromDomain: from, spf: noSpf, dkim: [], resolver: zone() });
    expect(r).toMatchObject({ result: 'fail', policy: 'reject', domain: 'northbank.example' });
  });

  it('an ordinary U-label is kept as written and finds its A-label policy', async () => {
    const r = await checkDmarc({
      fromDomain: 'bücherstube.example',
      spf: noSpf,
      dkim: [dkim('pass', 'xn--bcherstube-9db.example')],
      resolver: zone(),
    });
    expect(r).toMatchObject({ result: 'pass', policy: 'quarantine', domain: 'bücherstube.example' });
  });
});

describe('checkDmarc — errors', () => {
  it('a DNS failure on the policy lookup is temperror, never fail', async () => {
    const r = await checkDmarc({
      fromDomain: 'example.com',
      spf: noSpf,
      dkim: [],
      resolver: new TestZone({ '_dmarc.example.com': { SERVFAIL: true } }),
    });
    expect(r.result).toBe('temperror');
    expect(r.info).toMatch(/DNS/);
  });

  it('no From domain → none with a reason', async () => {
    const r = await checkDmarc({ fromDomain: null, spf: noSpf, dkim: [], resolver: new TestZone() });
    expect(r).toMatchObject({ result: 'none', policy: null });
    expect(r.info).toBeTruthy();
  });

  it('a resolver that throws something odd does not crash the check', async () => {
    const r = await checkDmarc({
      fromDomain: 'example.com',
      spf: noSpf,
      dkim: [],
      resolver: {
        resolve: () => {
          throw new TypeError('boom');
        },
      },
    });
    expect(['temperror', 'none']).toContain(r.result);
  });
});

describe('alignment helpers', () => {
  it('alignDomains follows RFC 7489 §3.1 relaxed/strict', () => {
    expect(alignDomains('example.com', 'mail.example.com', 'r')).toBe(true);
    expect(alignDomains('example.com', 'mail.example.com', 's')).toBe(false);
    expect(alignDomains('Example.COM.', 'example.com', 's')).toBe(true);
    expect(alignDomains('example.co.uk', 'other.co.uk', 'r')).toBe(false);
    expect(alignDomains('a.github.io', 'b.github.io', 'r')).toBe(false);
    expect(alignDomains(null, 'example.com', 'r')).toBe(false);
  });

  it('applyDmarcAlignment recomputes aligned with the record’s modes', async () => {
    const d = [dkim('pass', 'mail.example.com'), dkim('pass', 'esp-mailer.net')];
    const s = spf('pass', 'example.com');
    const strict = await checkDmarc({
      fromDomain: 'example.com',
      spf: s,
      dkim: d,
      resolver: dmarcZone({ 'example.com': 'v=DMARC1; p=reject; adkim=s' }),
    });
    const out = applyDmarcAlignment(strict, s, d);
    expect(out.spf.aligned).toBe(true);
    expect(out.dkim.map((x) => x.aligned)).toEqual([false, false]);
    const relaxed = await checkDmarc({
      fromDomain: 'example.com',
      spf: s,
      dkim: d,
      resolver: dmarcZone({ 'example.com': 'v=DMARC1; p=reject' }),
    });
    expect(applyDmarcAlignment(relaxed, s, d).dkim.map((x) => x.aligned)).toEqual([true, false]);
  });
});

describe('recomputeAlignment (the integrator’s call shape)', () => {
  it('marks nothing aligned when there is no From domain', async () => {
    const d = [dkim('pass', 'example.com')];
    const dmarc = await checkDmarc({ fromDomain: null, spf: noSpf, dkim: d, resolver: new TestZone() });
    const out = recomputeAlignment({ fromDomain: null, spf: noSpf, dkim: d, dmarc });
    expect(out.dkim[0]!.aligned).toBe(false);
    expect(out.spf.aligned).toBe(false);
  });

  it('uses relaxed alignment when no record was found', async () => {
    const d = [dkim('pass', 'mail.example.com')];
    const dmarc = await checkDmarc({
      fromDomain: 'example.com',
      spf: noSpf,
      dkim: d,
      resolver: new TestZone(),
    });
    expect(
      recomputeAlignment({ fromDomain: 'example.com', spf: noSpf, dkim: d, dmarc }).dkim[0]!.aligned,
    ).toBe(true);
  });
});

// Red-team round 38: with no psd= on the way, the tree walk takes the record with the fewest labels
// as the organisation; a public suffix's own record then joined every registrant under it.
describe('a public suffix’s own DMARC record is no organisation', () => {
  const records = (extra: Record<string, string>) =>
    dmarcZone({ 'northbank.eu.org': 'v=DMARC1; p=reject', ...extra });

  it('a sibling registrant’s signature does not align across eu.org’s record', async () => {
    const r = await checkDmarc({
      fromDomain: 'northbank.eu.org',
      spf: spf('pass', 'attacker.eu.org'),
      dkim: [dkim('pass', 'attacker.eu.org')],
      resolver: records({ 'eu.org': 'v=DMARC1; p=none' }),
    });
    expect(r).toMatchObject({
      result: 'fail',
      policy: 'reject',
      orgDomain: 'northbank.eu.org',
      passedBy: [],
    });
    expect(r.info).toMatch(/public suffix/);
  });

  it('the From’s own subdomain still aligns there', async () => {
    const r = await checkDmarc({
      fromDomain: 'northbank.eu.org',
      spf: noSpf,
      dkim: [dkim('pass', 'mail.northbank.eu.org')],
      resolver: records({ 'eu.org': 'v=DMARC1; p=none' }),
    });
    expect(r).toMatchObject({ result: 'pass', passedBy: ['dkim'] });
  });

  it('a psd=y record above is read as the walk reads it', async () => {
    const r = await checkDmarc({
      fromDomain: 'northbank.eu.org',
      spf: spf('pass', 'attacker.eu.org'),
      dkim: [],
      resolver: records({ 'eu.org': 'v=DMARC1; p=none; psd=y' }),
    });
    expect(r.result).toBe('fail');
  });
});

describe('a From that is a public suffix itself', () => {
  it('aligns with its own name under its own record (hostmaster@eu.org)', async () => {
    const r = await checkDmarc({
      fromDomain: 'eu.org',
      spf: spf('pass', 'eu.org'),
      dkim: [dkim('pass', 'eu.org')],
      resolver: dmarcZone({ 'eu.org': 'v=DMARC1; p=none' }),
    });
    expect(r).toMatchObject({ result: 'pass', orgDomain: 'eu.org' });
  });

  it('a registrant under it does not speak for it', async () => {
    const r = await checkDmarc({
      fromDomain: 'eu.org',
      spf: spf('pass', 'attacker.eu.org'),
      dkim: [dkim('pass', 'attacker.eu.org')],
      resolver: dmarcZone({ 'eu.org': 'v=DMARC1; p=reject' }),
    });
    expect(r.result).toBe('fail');
  });
});
