import { describe, expect, it } from 'vitest';
import { checkSpf } from '../../../lib/auth/spf';
import { DohResolver } from '../../../lib/dns/doh';
import { type ZoneData, ZoneResolver } from '../../../lib/dns/zone';
import type { Resolver } from '../../../lib/types';
import { startDohServer } from '../../helpers/doh-server';

const zoneData: ZoneData = {
  'example.com': {
    TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.example.com mx:mail.example.net a -all'],
    A: ['198.51.100.7'],
  },
  '_spf.example.com': { TXT: ['v=spf1 ip4:20.0.0.0/11 ip6:2001:db8:5::/48 ~all'] },
  'mail.example.net': { MX: [{ exchange: 'mx1.example.net', priority: 10 }] },
  'mx1.example.net': { A: ['203.0.113.25'] },
  'soft.example.org': { TXT: ['v=spf1 ~all'] },
  'neutral.example.org': { TXT: ['v=spf1 ?all'] },
  'nomatch.example.org': { TXT: ['v=spf1 ip4:192.0.2.1'] },
  'nospf.example.org': { TXT: ['google-site-verification=abc'] },
  'two.example.org': { TXT: ['v=spf1 -all', 'v=spf1 +all'] },
  'syntax.example.org': { TXT: ['v=spf1 ip4:192.0.2.300 -all'] },
  'broken.example.org': { SERVFAIL: true },
  'slowinc.example.org': { TXT: ['v=spf1 include:slow.example.org -all'] },
  'slow.example.org': { TIMEOUT: true },
  'loop.example.org': { TXT: ['v=spf1 include:loop.example.org -all'] },
  'many.example.org': {
    TXT: [`v=spf1 ${Array.from({ length: 11 }, (_, i) => `a:h${i}.example.org`).join(' ')} -all`],
  },
  'voids.example.org': { TXT: ['v=spf1 a:v1.example.org a:v2.example.org a:v3.example.org -all'] },
  'early.example.org': {
    TXT: ['v=spf1 ip4:192.0.2.10 include:missing.example.org include:broken.example.org -all'],
  },
  'redir.example.org': { TXT: ['v=spf1 redirect=example.com'] },
  'exp.example.org': { TXT: ['v=spf1 -all exp=why.example.org'] },
  'why.example.org': { TXT: ['%{i} is not one of our servers'] },
  'mail.helo.example': { TXT: ['v=spf1 ip4:192.0.2.44 -all'] },
  'bounce.example.co.uk': { TXT: ['v=spf1 ip4:192.0.2.45 -all'] },
  ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`h${i}.example.org`, { A: ['198.51.100.1'] }])),
};
const resolver = new ZoneResolver(zoneData);
const spf = (ip: string, sender: string | null, extra: Partial<Parameters<typeof checkSpf>[0]> = {}) =>
  checkSpf({ ip, helo: 'mail.helo.example', sender, resolver, ...extra });

describe('checkSpf results', () => {
  it('pass from a direct ip4 term, naming it', async () => {
    const r = await spf('192.0.2.99', 'alice@example.com');
    expect(r).toMatchObject({ result: 'pass', domain: 'example.com', mechanism: 'ip4:192.0.2.0/24' });
    expect(r.includePath).toEqual(['example.com']);
  });

  it('pass through include names the inner term and the include path', async () => {
    const r = await spf('20.1.2.3', 'alice@example.com');
    expect(r).toMatchObject({ result: 'pass', mechanism: 'ip4:20.0.0.0/11', lookups: 1 });
    expect(r.includePath).toEqual(['example.com', '_spf.example.com']);
    const v6 = await spf('2001:db8:5::25', 'alice@example.com');
    expect(v6).toMatchObject({ result: 'pass', mechanism: 'ip6:2001:db8:5::/48' });
  });

  it('pass from mx:host and from a', async () => {
    expect(await spf('203.0.113.25', 'a@example.com')).toMatchObject({
      result: 'pass',
      mechanism: 'mx:mail.example.net',
    });
    expect(await spf('198.51.100.7', 'a@example.com')).toMatchObject({
      result: 'pass',
      mechanism: 'a',
      lookups: 3,
    });
  });

  it('pass through redirect keeps the redirect in the path', async () => {
    const r = await spf('20.9.9.9', 'x@redir.example.org');
    expect(r).toMatchObject({ result: 'pass', mechanism: 'ip4:20.0.0.0/11' });
    expect(r.includePath).toEqual(['redir.example.org', 'example.com', '_spf.example.com']);
  });

  it('fail, softfail and neutral from all; neutral without a match', async () => {
    expect(await spf('10.0.0.1', 'a@example.com')).toMatchObject({ result: 'fail', mechanism: 'all' });
    expect(await spf('10.0.0.1', 'a@soft.example.org')).toMatchObject({
      result: 'softfail',
      mechanism: 'all',
    });
    expect(await spf('10.0.0.1', 'a@neutral.example.org')).toMatchObject({
      result: 'neutral',
      mechanism: 'all',
    });
    expect(await spf('10.0.0.1', 'a@nomatch.example.org')).toMatchObject({
      result: 'neutral',
      mechanism: null,
    });
  });

  it('none when the domain publishes no SPF record or does not exist', async () => {
    expect(await spf('10.0.0.1', 'a@nospf.example.org')).toMatchObject({ result: 'none', mechanism: null });
    expect(await spf('10.0.0.1', 'a@nowhere.example.org')).toMatchObject({ result: 'none' });
  });

  it('permerror for two records and for a syntax error', async () => {
    expect((await spf('10.0.0.1', 'a@two.example.org')).result).toBe('permerror');
    expect((await spf('10.0.0.1', 'a@syntax.example.org')).result).toBe('permerror');
  });

  it('temperror, never fail, when DNS fails (SERVFAIL, timeout)', async () => {
    expect((await spf('10.0.0.1', 'a@broken.example.org')).result).toBe('temperror');
    expect((await spf('10.0.0.1', 'a@slowinc.example.org')).result).toBe('temperror');
  });

  it('temperror when the DoH server times out (real HTTP on loopback)', async () => {
    const hung = await startDohServer(zoneData, { failWith: 'timeout' });
    try {
      const r = await checkSpf({
        ip: '192.0.2.99',
        helo: null,
        sender: 'a@example.com',
        resolver: new DohResolver({ endpoint: hung.url, timeoutMs: 100 }),
      });
      expect(r.result).toBe('temperror');
    } finally {
      await hung.close();
    }
  });

  it('permerror past 10 DNS lookups, past 2 void lookups, and on an include loop (RFC 7208 §4.6.4)', async () => {
    expect(await spf('10.0.0.1', 'a@many.example.org')).toMatchObject({ result: 'permerror', lookups: 11 });
    expect((await spf('10.0.0.1', 'a@voids.example.org')).result).toBe('permerror');
    expect((await spf('10.0.0.1', 'a@loop.example.org')).result).toBe('permerror');
  });

  it('an unresolvable include after the matching term does not matter (RFC 7208 §4.6: first match wins)', async () => {
    expect(await spf('192.0.2.10', 'a@early.example.org')).toMatchObject({
      result: 'pass',
      mechanism: 'ip4:192.0.2.10',
    });
    expect((await spf('192.0.2.11', 'a@early.example.org')).result).toBe('permerror');
  });

  it("gives the domain owner's explanation on fail (RFC 7208 §6.2)", async () => {
    expect((await spf('10.1.2.3', 'a@exp.example.org')).explanation).toBe(
      '10.1.2.3 is not one of our servers',
    );
  });
});

describe('checkSpf identities and alignment', () => {
  it('a null sender checks postmaster@helo (RFC 7208 §2.4)', async () => {
    for (const sender of [null, '']) {
      const r = await spf('192.0.2.44', sender);
      expect(r).toMatchObject({ result: 'pass', domain: 'mail.helo.example', envelopeFrom: null });
    }
  });

  it('none without a sender or a HELO name, and no DNS asked', async () => {
    let asked = 0;
    const counting: Resolver = {
      resolve: (n, t) => {
        asked++;
        return resolver.resolve(n, t);
      },
    };
    const r = await checkSpf({ ip: '192.0.2.1', helo: null, sender: null, resolver: counting });
    expect(r.result).toBe('none');
    expect(asked).toBe(0);
  });

  it('aligned is relaxed: same organisational domain, public suffix aware', async () => {
    const r = await spf('192.0.2.45', 'bounces@bounce.example.co.uk', { fromDomain: 'example.co.uk' });
    expect(r).toMatchObject({ result: 'pass', aligned: true });
    expect((await spf('192.0.2.45', 'b@bounce.example.co.uk', { fromDomain: 'other.co.uk' })).aligned).toBe(
      false,
    );
    expect((await spf('192.0.2.45', 'b@bounce.example.co.uk', { fromDomain: null })).aligned).toBe(false);
  });
});

describe('checkSpf on hostile input', () => {
  it('an invalid client IP is temperror, not an exception', async () => {
    expect((await spf('999.1.1.1', 'a@example.com')).result).toBe('temperror');
    expect((await spf('', 'a@example.com')).result).toBe('temperror');
  });

  it('a resolver that throws garbage gives temperror', async () => {
    const bad: Resolver = {
      resolve: () => {
        throw 'boom';
      },
    };
    const r = await checkSpf({ ip: '192.0.2.1', helo: null, sender: 'a@example.com', resolver: bad });
    expect(r.result).toBe('temperror');
  });

  it('a sender with a huge domain does not crash', async () => {
    const r = await spf('192.0.2.1', `a@${'x'.repeat(70)}.${'y'.repeat(300)}.com`);
    expect(['none', 'permerror', 'temperror']).toContain(r.result);
  });
});
