// The packed tables answer exactly what the source CSVs say: sampled rows, start/end/middle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIp } from '../../../lib/relay/address';
import { asnOfIndex, type IpTables, loadIpTables, lookupAsnIndex } from '../../../lib/relay/tables';
import { splitCsvLine } from '../../../scripts/build-ip-data';
import { IP_DATA_DIR, loadIpTablesFromDisk, nodeIpSource } from '../../../scripts/ip-tables-node';

const CSV_DIR = join(process.cwd(), 'node_modules/@ip-location-db/asn');
let tables: IpTables;
beforeAll(async () => {
  tables = await loadIpTablesFromDisk();
});

function sampleRows(file: string, every: number): string[][] {
  const lines = readFileSync(join(CSV_DIR, file), 'utf8').split('\n').filter(Boolean);
  const out: string[][] = [];
  for (let i = 0; i < lines.length; i += every) out.push(splitCsvLine(lines[i]!));
  return out;
}

function asnAt(ip: string): { asn: number; org: string } | null {
  const i = lookupAsnIndex(tables, parseIp(ip)!);
  return i < 0 ? null : asnOfIndex(tables, i)!;
}

describe('tables agree with @ip-location-db/asn', () => {
  it('IPv4: start and end of every 97th row carry its ASN and organisation', () => {
    const rows = sampleRows('asn-ipv4.csv', 97);
    expect(rows.length).toBeGreaterThan(4000);
    let mismatches = 0;
    for (const [start, end, asn, org] of rows) {
      for (const ip of [start!, end!]) {
        const got = asnAt(ip);
        if (got?.asn !== Number(asn) || got?.org !== org) mismatches++;
      }
    }
    // The source has one overlapping row (clipped by the builder); nothing else may differ.
    expect(mismatches).toBeLessThanOrEqual(1);
  });

  it('IPv6: start and end of every 31st row carry its ASN', () => {
    const rows = sampleRows('asn-ipv6.csv', 31);
    expect(rows.length).toBeGreaterThan(3000);
    const bad = rows.filter(
      ([s, e, asn]) => asnAt(s!)?.asn !== Number(asn) || asnAt(e!)?.asn !== Number(asn),
    );
    expect(bad).toEqual([]);
  });

  it('an organisation name with a comma survives (CSV quoting)', () => {
    expect(asnAt('1.0.0.1')).toEqual({ asn: 13335, org: 'Cloudflare, Inc.' });
  });

  it('states its source and licence', () => {
    expect(tables.meta.source).toBe('@ip-location-db/asn');
    expect(tables.meta.attribution).toMatch(/CC BY 4\.0/);
    expect(tables.meta.attribution).toMatch(/DB-IP/);
    expect(tables.meta.attribution).toMatch(/RouteViews/);
    expect(tables.meta.attribution).toMatch(/NRO/);
  });
});

describe('loading a hostile index fails with a message, never a crash', () => {
  const index = readFileSync(join(IP_DATA_DIR, 'index.bin'));
  it.each([
    ['empty', new Uint8Array(0)],
    ['garbage', new TextEncoder().encode('not ip data at all')],
    ['gzip of garbage', gzipSync(Buffer.from('HLIPx'))],
    ['truncated index', index.subarray(0, 500)],
    ['truncated header', index.subarray(0, 30)],
    ['a shard in place of the index', readFileSync(join(IP_DATA_DIR, 'v4-000.bin'))],
  ])('%s', async (_label, bytes) => {
    const r = await loadIpTables(nodeIpSource(), bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^IP data could not be read/);
  });

  it('accepts an ArrayBuffer as fetch().arrayBuffer() gives', async () => {
    const ab = index.buffer.slice(index.byteOffset, index.byteOffset + index.byteLength);
    const r = await loadIpTables(nodeIpSource(), ab);
    expect(r.ok).toBe(true);
  });

  it('a missing directory is a clear error', async () => {
    await expect(loadIpTablesFromDisk('/nonexistent/ip')).rejects.toThrow(
      /IP data not found at .*npm run ipdata/,
    );
  });
});
