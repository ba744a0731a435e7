// The packer and the in-place reader agree on edge cases the real data may or may not contain today:
// overlapping rows, gaps, same-ASN neighbours, the ends of the address space, non-/64 IPv6 ranges.
import { describe, expect, it } from 'vitest';
import { parseIp } from '../../../lib/relay/address';
import { asnOfIndex, lookupAsnIndex, readIpTables } from '../../../lib/relay/tables';
import { packIpData, type Row, sortRows, splitCsvLine, writeIpTables } from '../../../scripts/build-ip-data';

const v4 = (ip: string): bigint => {
  const a = parseIp(ip);
  if (a?.v !== 4) throw new Error(`test setup: ${ip} is not IPv4`);
  return BigInt(a.n);
};
const row = (start: string, end: string, asn: number, org: string): Row => ({
  start: v4(start),
  end: v4(end),
  asn,
  org,
});
const v6row = (start: bigint, end: bigint, asn: number, org: string): Row => ({ start, end, asn, org });

const { body, meta } = packIpData(
  sortRows([
    row('0.0.0.0', '0.0.0.255', 1, 'First, Inc.'),
    row('10.0.0.0', '10.0.0.255', 2, 'Two'),
    row('10.0.1.0', '10.0.1.255', 2, 'Two'), // same ASN, adjacent: merged
    row('10.0.1.128', '10.0.2.255', 3, 'Three'), // overlaps the previous row: clipped
    row('255.255.255.0', '255.255.255.255', 4, 'Ünïcode Org'),
  ]),
  sortRows([
    v6row(0x20010db8n << 96n, (0x20010db8n << 96n) + 0xffffn, 5, 'Five'), // a /112: not /64-aligned
    v6row((1n << 128n) - 256n, (1n << 128n) - 1n, 6, 'Last'),
  ]),
  { name: 'synthetic', version: '0.0.0', generated: '2026-01-01' },
);
const t = readIpTables(body);
const at = (ip: string) => {
  const i = lookupAsnIndex(t, parseIp(ip)!);
  return i < 0 ? null : asnOfIndex(t, i);
};

describe('pack → read round trip', () => {
  it('keeps the source and counts', () => {
    expect(t.meta).toEqual(meta);
    expect(meta).toMatchObject({ source: 'synthetic', sourceVersion: '0.0.0', counts: { asns: 6 } });
  });
  it('IPv4 edges, gaps, merges and overlaps', () => {
    expect(at('0.0.0.0')).toEqual({ asn: 1, org: 'First, Inc.' });
    expect(at('0.0.0.255')?.asn).toBe(1);
    expect(at('0.0.1.0')).toBeNull();
    expect(at('9.255.255.255')).toBeNull();
    expect(at('10.0.0.0')?.asn).toBe(2);
    expect(at('10.0.1.255')?.asn).toBe(2); // the earlier row keeps the overlapped part
    expect(at('10.0.2.0')?.asn).toBe(3);
    expect(at('10.0.2.255')?.asn).toBe(3);
    expect(at('10.0.3.0')).toBeNull();
    expect(at('255.255.254.255')).toBeNull();
    expect(at('255.255.255.255')).toEqual({ asn: 4, org: 'Ünïcode Org' });
  });
  it('IPv6 ranges narrower than /64 and the last address', () => {
    expect(at('2001:db8::')?.asn).toBe(5);
    expect(at('2001:db8::ffff')?.asn).toBe(5);
    expect(at('2001:db8::1:0')).toBeNull();
    expect(at('::')).toBeNull();
    expect(at('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00')?.asn).toBe(6);
    expect(at('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')?.asn).toBe(6);
    expect(at('ffff:ffff:ffff:ffff:ffff:ffff:ffff:feff')).toBeNull();
  });
});

describe('CSV line splitting (RFC 4180 quoting in the source)', () => {
  it.each([
    ['1,2,13335,"Cloudflare, Inc."', ['1', '2', '13335', 'Cloudflare, Inc.']],
    ['1,2,9123,"JSC ""TIMEWEB"""', ['1', '2', '9123', 'JSC "TIMEWEB"']],
    ['1,2,3,Plain', ['1', '2', '3', 'Plain']],
  ])('%s', (line, fields) => {
    expect(splitCsvLine(line)).toEqual(fields);
  });
});

describe('the hosting column', () => {
  const rows = () =>
    sortRows([row('1.0.0.0', '1.0.0.255', 10, 'Ten'), row('2.0.0.0', '2.0.0.255', 20, 'Twenty')]);
  const hostingMeta = {
    source: 'synthetic list',
    commit: '0'.repeat(40),
    asns: 2,
    listed: 2,
    byName: 0,
    excluded: 0,
    espDropped: 0,
    curatedAdded: 0,
    notRouted: 1,
  };
  const src = { name: 'synthetic', version: '0.0.0', generated: '2026-01-01' };
  const flagged = (tables: ReturnType<typeof readIpTables>) =>
    [...tables.asnNumbers].filter((_, i) => tables.hosting[i] === 1);

  it('flags the listed ASNs the data routes; an unrouted one is dropped', () => {
    const packed = packIpData(rows(), [], src, { asns: [20, 999], meta: hostingMeta });
    const tables = readIpTables(packed.body);
    expect(flagged(tables)).toEqual([20]);
    expect(tables.meta.hosting).toEqual(hostingMeta);
    expect(tables.meta.attribution).toMatch(/X4BNet\/lists_vpn/);
  });

  it('refuses an older format, a future one, cut or padded files and a name index past the table', () => {
    const good = packIpData(rows(), [], src, { asns: [10], meta: hostingMeta }).body;
    const older = good.slice();
    older[4] = 2;
    expect(() => readIpTables(older)).toThrow(
      /format 2 is older than this build reads: run `npm run ipdata`/,
    );
    const future = good.slice();
    future[4] = 4;
    expect(() => readIpTables(future)).toThrow(/unsupported IP data version 4/);
    expect(() => readIpTables(good.subarray(0, good.length - 1))).toThrow(/truncated/);
    const padded = new Uint8Array(good.length + 4);
    padded.set(good);
    expect(() => readIpTables(padded)).toThrow(/trailing bytes/);
    // A count that claims more than the file holds is refused before any view is made.
    const huge = good.slice();
    new DataView(huge.buffer).setUint32(20, 0xffffffff, true);
    expect(() => readIpTables(huge)).toThrow(/truncated/);
    const { columns } = packIpData(rows(), [], src);
    const badName = writeIpTables({ ...columns, asnNameIndex: columns.asnNameIndex.map(() => 99) });
    expect(() => readIpTables(badName)).toThrow(/name index out of range/);
  });

  it('reads bytes that do not start on a 4-byte boundary of their buffer (a copy, same answers)', () => {
    const { body: b } = packIpData(rows(), [], src, { asns: [20], meta: hostingMeta });
    const shifted = new Uint8Array(b.length + 1).subarray(1);
    shifted.set(b);
    const tables = readIpTables(shifted);
    expect(flagged(tables)).toEqual([20]);
    expect(asnOfIndex(tables, lookupAsnIndex(tables, parseIp('2.0.0.1')!))).toEqual({
      asn: 20,
      org: 'Twenty',
    });
  });
});
