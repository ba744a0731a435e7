// The packer and the in-place reader agree on edge cases the real data may or may not contain today:
// overlapping rows, gaps, same-ASN neighbours, the ends of the address space, non-/64 IPv6 ranges;
// cut into shards of one or two entries, so every lookup crosses shard edges.
import { describe, expect, it } from 'vitest';
import { parseIp } from '../../../lib/relay/address';
import { ipShardFile } from '../../../lib/relay/ip-format';
import {
  asnFlagsOfIndex,
  asnOfIndex,
  type IpTables,
  loadAllShards,
  lookupAsnIndex,
  readIpTables,
  UNKNOWN_DATA,
} from '../../../lib/relay/tables';
import { packIpData, type Row, sortRows, splitCsvLine } from '../../../scripts/build-ip-data';
import { memoryIpSource, writeIpShards } from '../../../scripts/ip-format-write';

const TINY = { v4: 2, v6: 1, asn: 2 };
const open = (files: Map<string, Uint8Array>, sync = true): IpTables =>
  readIpTables(files.get('index.bin')!, memoryIpSource(files, sync));

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

const { files, meta } = packIpData(
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
  undefined,
  TINY,
);
const t = open(files);
const at = (ip: string) => {
  const i = lookupAsnIndex(t, parseIp(ip)!);
  return i < 0 ? null : asnOfIndex(t, i);
};

describe('pack → read round trip', () => {
  it('keeps the source and counts, in several shards of each kind', () => {
    expect(t.meta).toEqual(meta);
    expect(files.has(ipShardFile('v4', 2))).toBe(true);
    expect(files.has(ipShardFile('v6', 3))).toBe(true);
    expect(files.has(ipShardFile('asn', 2))).toBe(true);
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
  const flagged = (tables: IpTables) =>
    Array.from({ length: tables.nAsns }, (_, i) => asnFlagsOfIndex(tables, i)!)
      .filter((f) => f.hosting)
      .map((f) => f.asn);

  it('flags the listed ASNs the data routes; an unrouted one is dropped', () => {
    const packed = packIpData(rows(), [], src, { asns: [20, 999], meta: hostingMeta });
    const tables = open(packed.files);
    expect(flagged(tables)).toEqual([20]);
    expect(tables.meta.hosting).toEqual(hostingMeta);
    expect(tables.meta.attribution).toMatch(/X4BNet\/lists_vpn/);
  });

  const good = () => packIpData(rows(), [], src, { asns: [10], meta: hostingMeta }, TINY).files;
  /** The reader's answer to the index or one shard replaced by `bytes`: the error, or 'ok'. */
  const refusal = (name: string, edit: (b: Uint8Array) => Uint8Array): string => {
    const files = new Map(good());
    files.set(name, edit(files.get(name)!.slice()));
    try {
      const tables = open(files);
      for (let i = 0; i < tables.nAsns; i++) asnOfIndex(tables, i);
      lookupAsnIndex(tables, parseIp('1.0.0.1')!);
      lookupAsnIndex(tables, parseIp('2.0.0.1')!);
      const bad = [...tables.failed.values()].map((f) => f.error);
      return bad.length ? bad.join('; ') : 'ok';
    } catch (e) {
      return (e as Error).message;
    }
  };
  const setU32 = (at: number, v: number) => (b: Uint8Array) => {
    new DataView(b.buffer, b.byteOffset).setUint32(at, v, true);
    return b;
  };

  it('refuses an older format, a future one, cut or padded files and files of another build', () => {
    expect(refusal('index.bin', (b) => b)).toBe('ok');
    expect(
      refusal('index.bin', (b) => {
        b[4] = 3;
        return b;
      }),
    ).toMatch(/format 3 is older than this build reads \(index.bin\): run `npm run ipdata`/);
    expect(
      refusal('v4-000.bin', (b) => {
        b[4] = 5;
        return b;
      }),
    ).toMatch(/unsupported IP data version 5 \(v4-000.bin\)/);
    expect(refusal('index.bin', (b) => b.subarray(0, b.length - 1))).toMatch(/truncated/);
    expect(refusal('v4-001.bin', (b) => b.subarray(0, b.length - 1))).toMatch(
      /truncated IP data \(v4-001.bin\)/,
    );
    expect(refusal('asn-000.bin', (b) => b.subarray(0, 10))).toMatch(/truncated IP data \(asn-000.bin\)/);
    const padded = (b: Uint8Array) => {
      const p = new Uint8Array(b.length + 4);
      p.set(b);
      return p;
    };
    expect(refusal('index.bin', padded)).toMatch(/trailing bytes/);
    expect(refusal('asn-000.bin', padded)).toMatch(/trailing bytes \(asn-000.bin\)/);
    expect(refusal('v4-000.bin', setU32(8, 12345))).toMatch(/another build \(v4-000.bin\)/);
    expect(refusal('v4-000.bin', setU32(12, 1))).toMatch(/wrong number \(v4-000.bin\)/);
    // Counts that claim more than the file holds are refused before any view is made.
    expect(refusal('v4-000.bin', setU32(16, 0xffffffff))).toMatch(/wrong number of segments/);
    expect(refusal('index.bin', setU32(28, 0xffffffff))).toMatch(/truncated|trailing/);
    expect(refusal('index.bin', setU32(36, 0))).toMatch(/empty shard size/);
    expect(refusal('asn-000.bin', setU32(20, 0x7fffffff))).toMatch(/truncated/);
  });

  it('refuses a shard that does not match the index, or names out of order', () => {
    // The first start of v4 shard 1 moved: a lookup would search the wrong shard.
    expect(refusal('v4-001.bin', setU32(24, 7))).toMatch(/does not match the index \(v4-001.bin\)/);
    expect(
      refusal('v4-000.bin', (b) => {
        b[5] = 2;
        return b;
      }),
    ).toMatch(/wrong kind/);
    // Name offsets of ASN chunk 0: [0, a, b]; a past b.
    expect(refusal('asn-000.bin', setU32(24 + 4 * 2 + 4, 0xffff))).toMatch(/name table out of (order|range)/);
    // The index's shard starts must climb.
    expect(
      refusal('index.bin', (b) => {
        const metaLen = new DataView(b.buffer, b.byteOffset).getUint32(20, true);
        const at = (48 + metaLen + 3) & ~3;
        return setU32(at + 4, 0)(b);
      }),
    ).toMatch(/index out of order/);
  });

  it('a lookup whose shard is refused answers unknown, never no data', () => {
    const files = new Map(good());
    files.set('v4-000.bin', files.get('v4-000.bin')!.subarray(0, 30));
    const tables = open(files);
    expect(lookupAsnIndex(tables, parseIp('0.0.0.1')!)).toBe(UNKNOWN_DATA);
    expect(tables.failed.get('v4-000.bin')?.corrupt).toBe(true);
  });

  it('reads bytes that do not start on a 4-byte boundary of their buffer (a copy, same answers)', () => {
    const shifted = new Map(
      [...packIpData(rows(), [], src, { asns: [20], meta: hostingMeta }, TINY).files].map(([name, b]) => {
        const s = new Uint8Array(b.length + 1).subarray(1);
        s.set(b);
        return [name, s] as const;
      }),
    );
    const tables = open(shifted);
    expect(flagged(tables)).toEqual([20]);
    expect(asnOfIndex(tables, lookupAsnIndex(tables, parseIp('2.0.0.1')!))).toEqual({
      asn: 20,
      org: 'Twenty',
    });
  });

  it('an asynchronous source loads everything with loadAllShards, and the writer is deterministic', async () => {
    const tables = open(good(), false);
    expect(lookupAsnIndex(tables, parseIp('2.0.0.1')!)).toBe(UNKNOWN_DATA);
    expect(await loadAllShards(tables)).toBe(true);
    expect(asnOfIndex(tables, lookupAsnIndex(tables, parseIp('2.0.0.1')!))?.asn).toBe(20);
    const { columns } = packIpData(rows(), [], src, undefined, TINY);
    expect(writeIpShards(columns, TINY)).toEqual(writeIpShards(columns, TINY));
  });
});
