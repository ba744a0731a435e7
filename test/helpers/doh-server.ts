// A real DoH JSON server on 127.0.0.1 for tests: answers Cloudflare-style
// `GET /dns-query?name=&type=` from a ZoneResolver, so unit tests exercise DohResolver over real
// HTTP and e2e tests point the extension's worker at it (CORS open for the worker's fetch).
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatTxtData } from '../../lib/dns/txt';
import { type ZoneData, ZoneResolver } from '../../lib/dns/zone';
import type { DnsErrorCode, MxRecord, RrType } from '../../lib/types';

export interface DohServerOptions {
  /** Delay every answer by this many ms. */
  latencyMs?: number;
  /** 'timeout': never answer; 'servfail': Status 2 for everything. */
  failWith?: 'timeout' | 'servfail';
  /** TTL put on every answer (default 300). */
  ttl?: number;
}

export interface DohServer {
  /** Endpoint to give DohResolver, e.g. http://127.0.0.1:40000/dns-query */
  url: string;
  port: number;
  /** Every question received, in order. */
  queries: Array<{ name: string; type: string }>;
  close(): Promise<void>;
}

const TYPE_NUMBERS: Record<string, number> = { A: 1, CNAME: 5, PTR: 12, MX: 15, TXT: 16, AAAA: 28 };
const STATUS: Partial<Record<DnsErrorCode, number>> = { ENOTFOUND: 3, ENODATA: 0, EREFUSED: 5 };

export async function startDohServer(zone: ZoneData, opts: DohServerOptions = {}): Promise<DohServer> {
  const resolver = new ZoneResolver(zone, { ttl: opts.ttl ?? 300 });
  const queries: DohServer['queries'] = [];
  const hanging = new Set<ServerResponse>();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('content-type', 'application/dns-json');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-headers', '*');
      res.end();
      return;
    }
    const name = url.searchParams.get('name') ?? '';
    const type = (url.searchParams.get('type') ?? 'A').toUpperCase();
    queries.push({ name, type });
    if (opts.failWith === 'timeout') {
      hanging.add(res);
      return;
    }
    if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
    const question = [{ name, type: TYPE_NUMBERS[type] ?? 0 }];
    if (opts.failWith === 'servfail' || !(type in TYPE_NUMBERS)) {
      res.end(JSON.stringify({ Status: 2, Question: question }));
      return;
    }
    res.end(JSON.stringify(await answer(resolver, zone, name, type as RrType, opts.ttl ?? 300, question)));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/dns-query`,
    port,
    queries,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(
  resolver: ZoneResolver,
  zone: ZoneData,
  name: string,
  type: RrType,
  ttl: number,
  question: unknown,
): Promise<object> {
  const fqdn = name.replace(/\.$/, '').toLowerCase();
  // Real resolvers put the CNAME chain in Answer before the records: reproduce that, so the
  // client's type filter is exercised.
  const chain: object[] = [];
  let cur = fqdn;
  for (let i = 0; i < 8 && type !== 'CNAME'; i++) {
    const entry = zone[cur];
    const target = entry?.CNAME?.[0];
    if (!entry || !target || entry[type]) break;
    chain.push({ name: `${cur}.`, type: 5, TTL: ttl, data: `${target.replace(/\.$/, '')}.` });
    cur = target.replace(/\.$/, '').toLowerCase();
  }
  try {
    const records = await resolver.resolve(fqdn, type);
    const data = (records as unknown[]).map((r) => {
      if (type === 'TXT') return formatTxtData(r as string[]);
      if (type === 'MX') return `${(r as MxRecord).priority} ${(r as MxRecord).exchange}.`;
      if (type === 'PTR' || type === 'CNAME') return `${r}.`;
      return String(r);
    });
    return {
      Status: 0,
      Question: question,
      Answer: [
        ...chain,
        ...data.map((d) => ({ name: `${cur}.`, type: TYPE_NUMBERS[type], TTL: ttl, data: d })),
      ],
    };
  } catch (err) {
    const code = (err as { code?: DnsErrorCode }).code ?? 'ESERVFAIL';
    return { Status: STATUS[code] ?? 2, Question: question, ...(chain.length ? { Answer: chain } : {}) };
  }
}
