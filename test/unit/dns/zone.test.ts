import { describe, expect, it } from 'vitest';
import type { DnsError } from '../../../lib/dns/errors';
import { ZoneResolver } from '../../../lib/dns/zone';

const zone = new ZoneResolver({
  'example.com': {
    TXT: ['v=spf1 mx -all', `v=DKIM1; p=${'A'.repeat(400)}`],
    A: ['192.0.2.1'],
    MX: [{ exchange: 'mail.example.com.', priority: 10 }],
  },
  'www.example.com': { CNAME: ['example.com.'] },
  'loop1.example.com': { CNAME: ['loop2.example.com'] },
  'loop2.example.com': { CNAME: ['loop1.example.com'] },
  'dangling.example.com': { CNAME: ['gone.example.com'] },
  'broken.example.com': { SERVFAIL: true, A: ['192.0.2.9'] },
  'slow.example.com': { TIMEOUT: true, A: ['192.0.2.8'] },
  '1.2.0.192.in-addr.arpa': { PTR: ['mail.example.com.'] },
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: DnsError) => e.code,
  );

describe('ZoneResolver', () => {
  it('answers records in mailauth shapes', async () => {
    expect(await zone.resolve('Example.COM.', 'A')).toEqual(['192.0.2.1']);
    expect(await zone.resolve('example.com', 'MX')).toEqual([{ exchange: 'mail.example.com', priority: 10 }]);
    expect(await zone.resolve('1.2.0.192.in-addr.arpa', 'PTR')).toEqual(['mail.example.com']);
  });

  it('splits TXT strings over 255 characters into chunks', async () => {
    const txt = (await zone.resolve('example.com', 'TXT')) as string[][];
    expect(txt[0]).toEqual(['v=spf1 mx -all']);
    expect(txt[1]!.map((c) => c.length)).toEqual([255, 156]); // "v=DKIM1; p=" + 400 = 411 octets;
  });

  it('NXDOMAIN for absent names, no-data for absent types', async () => {
    expect(await code(zone.resolve('nowhere.example.com', 'TXT'))).toBe('ENOTFOUND');
    expect(await code(zone.resolve('example.com', 'AAAA'))).toBe('ENODATA');
  });

  it('follows CNAME like DNS, stops loops with SERVFAIL', async () => {
    expect(await zone.resolve('www.example.com', 'A')).toEqual(['192.0.2.1']);
    expect(await zone.resolve('www.example.com', 'CNAME')).toEqual(['example.com']);
    expect(await code(zone.resolve('loop1.example.com', 'A'))).toBe('ESERVFAIL');
    expect(await code(zone.resolve('dangling.example.com', 'A'))).toBe('ENOTFOUND');
  });

  it('SERVFAIL fails every query; TIMEOUT times out types without records', async () => {
    expect(await code(zone.resolve('broken.example.com', 'A'))).toBe('ESERVFAIL');
    expect(await zone.resolve('slow.example.com', 'A')).toEqual(['192.0.2.8']);
    expect(await code(zone.resolve('slow.example.com', 'TXT'))).toBe('ETIMEOUT');
  });

  it('rejects malformed names with EBADNAME', async () => {
    expect(await code(zone.resolve('a..example.com', 'A'))).toBe('EBADNAME');
    expect(await code(zone.resolve(`${'a'.repeat(64)}.example.com`, 'A'))).toBe('EBADNAME');
    expect(await code(zone.resolve(`${'abcdefghi.'.repeat(26)}com`, 'A'))).toBe('EBADNAME');
  });

  it('hands out copies: a caller changing an answer does not change the zone', async () => {
    const a = (await zone.resolve('example.com', 'A')) as string[];
    a.push('203.0.113.66');
    expect(await zone.resolve('example.com', 'A')).toEqual(['192.0.2.1']);
  });

  it('fromJson replays a recorded analysis exactly, and refuses what it never saw', async () => {
    const replay = ZoneResolver.fromJson({
      verdict: 'authenticated',
      dns: [
        { name: 'example.org', type: 'TXT', answer: [['v=spf1 -all']], ttl: 60 },
        { name: 'example.org', type: 'A', error: 'ETIMEOUT' },
        { name: 'bogus', type: 'NOPE', error: 'ENOTFOUND' },
      ],
    });
    expect(await replay.resolve('EXAMPLE.org.', 'TXT')).toEqual([['v=spf1 -all']]);
    expect((await replay.resolveWithTtl('example.org', 'TXT')).ttl).toBe(60);
    expect(await code(replay.resolve('example.org', 'A'))).toBe('ETIMEOUT');
    expect(await code(replay.resolve('example.org', 'MX'))).toBe('ESERVFAIL');
  });

  it('fromJson takes a plain zone, dropping malformed parts instead of crashing', async () => {
    const z = ZoneResolver.fromJson({
      'x.example': { A: ['192.0.2.5', 7], MX: [{ exchange: 3 }], TXT: 'oops' },
    });
    expect(await z.resolve('x.example', 'A')).toEqual(['192.0.2.5']);
    expect(await code(z.resolve('x.example', 'MX'))).toBe('ENODATA');
    expect(() => ZoneResolver.fromJson('nonsense')).toThrow(TypeError);
  });

  it('adds per-query latency when asked (benchmarks)', async () => {
    const slow = new ZoneResolver({ 'example.com': { A: ['192.0.2.1'] } }, { latencyMs: 30 });
    const t0 = Date.now();
    await slow.resolve('example.com', 'A');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
  });
});
