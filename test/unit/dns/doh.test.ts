// DohResolver over real HTTP on 127.0.0.1 (test/helpers/doh-server.ts), plus injected fetches for
// the failures a real server cannot easily produce.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DohResolver, type FetchLike } from '../../../lib/dns/doh';
import type { DnsError } from '../../../lib/dns/errors';
import { ZoneResolver } from '../../../lib/dns/zone';
import { type DohServer, startDohServer } from '../../helpers/doh-server';

const longSpf = `v=spf1 ${'ip4:198.51.100.0/24 '.repeat(20)}-all`;
const zone = {
  'example.com': {
    TXT: ['v=spf1 include:_spf.example.com -all', longSpf, 'quote " and \\ and é'],
    A: ['192.0.2.1'],
    AAAA: ['2001:db8::1'],
    MX: [
      { exchange: 'mx2.example.com', priority: 20 },
      { exchange: 'mx1.example.com', priority: 10 },
    ],
  },
  'www.example.com': { CNAME: ['example.com'] },
  '1.2.0.192.in-addr.arpa': { PTR: ['mail.example.com'] },
  'broken.example.com': { SERVFAIL: true },
};

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: DnsError) => e.code,
  );

let server: DohServer;
let doh: DohResolver;
beforeAll(async () => {
  server = await startDohServer(zone, { ttl: 120 });
  doh = new DohResolver({ endpoint: server.url, timeoutMs: 2000 });
});
afterAll(() => server.close());

describe('DohResolver against a DoH JSON server on loopback', () => {
  it('answers A, AAAA, MX and PTR in mailauth shapes, with the TTL', async () => {
    expect(await doh.resolve('example.com', 'A')).toEqual(['192.0.2.1']);
    expect(await doh.resolve('example.com', 'AAAA')).toEqual(['2001:db8::1']);
    expect(await doh.resolve('example.com', 'MX')).toEqual([
      { exchange: 'mx2.example.com', priority: 20 },
      { exchange: 'mx1.example.com', priority: 10 },
    ]);
    expect(await doh.resolve('1.2.0.192.in-addr.arpa', 'PTR')).toEqual(['mail.example.com']);
    expect((await doh.resolveWithTtl('example.com', 'A')).ttl).toBe(120);
  });

  it('reads TXT records split into 255-octet strings and escaped characters', async () => {
    const txt = (await doh.resolve('example.com', 'TXT')) as string[][];
    expect(txt[0]).toEqual(['v=spf1 include:_spf.example.com -all']);
    expect(txt[1]!.length).toBe(2);
    expect(txt[1]!.join('')).toBe(longSpf);
    expect(txt[2]).toEqual(['quote " and \\ and é']);
  });

  it('keeps only the asked type when the answer carries a CNAME chain', async () => {
    expect(await doh.resolve('www.example.com', 'A')).toEqual(['192.0.2.1']);
    expect(await doh.resolve('www.example.com', 'CNAME')).toEqual(['example.com']);
  });

  it('maps NXDOMAIN, no-data and SERVFAIL to mailauth codes', async () => {
    expect(await code(doh.resolve('nowhere.example.com', 'TXT'))).toBe('ENOTFOUND');
    expect(await code(doh.resolve('www.example.com', 'PTR'))).toBe('ENODATA'); // only the CNAME in Answer
    expect(await code(doh.resolve('1.2.0.192.in-addr.arpa', 'A'))).toBe('ENODATA');
    expect(await code(doh.resolve('broken.example.com', 'A'))).toBe('ESERVFAIL');
  });

  it('refuses malformed names before sending anything', async () => {
    const before = server.queries.length;
    expect(await code(doh.resolve('bad..example.com', 'A'))).toBe('EBADNAME');
    expect(await code(doh.resolve(`${'x'.repeat(64)}.example.com`, 'TXT'))).toBe('EBADNAME');
    expect(server.queries.length).toBe(before);
  });

  it('any TXT content survives the trip through the server exactly as the zone holds it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { minLength: 1, maxLength: 3 }),
        async (txt) => {
          const z = { 'p.example': { TXT: txt } };
          const s = await startDohServer(z);
          try {
            const got = await new DohResolver({ endpoint: s.url }).resolve('p.example', 'TXT');
            expect(got).toEqual(await new ZoneResolver(z).resolve('p.example', 'TXT'));
          } finally {
            await s.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a server that never answers is ETIMEOUT', async () => {
    const hung = await startDohServer(zone, { failWith: 'timeout' });
    try {
      const r = new DohResolver({ endpoint: hung.url, timeoutMs: 150 });
      expect(await code(r.resolve('example.com', 'A'))).toBe('ETIMEOUT');
      expect(hung.queries).toEqual([{ name: 'example.com', type: 'A' }]);
    } finally {
      await hung.close();
    }
  });

  it('a server that answers SERVFAIL for everything is ESERVFAIL', async () => {
    const sick = await startDohServer(zone, { failWith: 'servfail' });
    try {
      expect(await code(new DohResolver({ endpoint: sick.url }).resolve('example.com', 'A'))).toBe(
        'ESERVFAIL',
      );
    } finally {
      await sick.close();
    }
  });

  it('a closed port is a temporary error, not "no record"', async () => {
    const gone = await startDohServer(zone);
    const url = gone.url;
    await gone.close();
    expect(await code(new DohResolver({ endpoint: url }).resolve('example.com', 'A'))).toBe('ECONNREFUSED');
  });
});

describe('DohResolver with an injected fetch', () => {
  const fake = (reply: () => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>) => {
    const calls: Array<{ url: string; headers: Record<string, string> }> = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, headers: init.headers });
      return reply();
    };
    return { fetch, calls };
  };

  it('uses the Cloudflare endpoint and dns-json accept header by default, Google on request', async () => {
    const ok = () => Promise.resolve({ ok: true, status: 200, json: async () => ({ Status: 3 }) });
    const cf = fake(ok);
    await code(new DohResolver({ fetch: cf.fetch }).resolve('example.com', 'TXT'));
    expect(cf.calls[0]!.url).toBe('https://cloudflare-dns.com/dns-query?name=example.com&type=TXT');
    expect(cf.calls[0]!.headers.accept).toBe('application/dns-json');
    const g = fake(ok);
    await code(new DohResolver({ endpoint: 'google', fetch: g.fetch }).resolve('example.com', 'MX'));
    // No client subnet forwarded to the sender's nameserver.
    expect(g.calls[0]!.url).toBe(
      'https://dns.google/resolve?name=example.com&type=MX&edns_client_subnet=0.0.0.0%2F0',
    );
  });

  it('HTTP errors, bad JSON and REFUSED are temporary errors', async () => {
    const http500 = fake(async () => ({ ok: false, status: 500, json: async () => ({}) }));
    expect(await code(new DohResolver({ fetch: http500.fetch }).resolve('example.com', 'A'))).toBe(
      'ESERVFAIL',
    );
    const badJson = fake(async () => ({
      ok: true,
      status: 200,
      json: async () => {
        throw new SyntaxError('Unexpected token');
      },
    }));
    expect(await code(new DohResolver({ fetch: badJson.fetch }).resolve('example.com', 'A'))).toBe(
      'ESERVFAIL',
    );
    const refused = fake(async () => ({ ok: true, status: 200, json: async () => ({ Status: 5 }) }));
    expect(await code(new DohResolver({ fetch: refused.fetch }).resolve('example.com', 'A'))).toBe(
      'EREFUSED',
    );
    const junk = fake(async () => ({ ok: true, status: 200, json: async () => 'hello' }));
    expect(await code(new DohResolver({ fetch: junk.fetch }).resolve('example.com', 'A'))).toBe('ESERVFAIL');
  });

  it('reports the TTL of every answer through onAnswer', async () => {
    const ttls: number[] = [];
    const f = fake(async () => ({
      ok: true,
      status: 200,
      json: async () => ({
        Status: 0,
        Answer: [{ name: 'example.com.', type: 1, TTL: 42, data: '192.0.2.1' }],
      }),
    }));
    await new DohResolver({ fetch: f.fetch, onAnswer: (t) => ttls.push(t) }).resolve('example.com', 'A');
    expect(ttls).toEqual([42]);
  });
});
