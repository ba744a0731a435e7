// The sharded tables (format 4: index + shards, loaded per lookup) answer exactly what the single
// format-3 file answered. Every shard is read back into columns and written again with the format-3
// writer: the result is byte for byte the asn.bin format 4 replaced (its SHA-256 is pinned below),
// so the data did not change. Then the sharded classifier and the format-3 one (its reader and
// classifier as they were, test/helpers/classify-v3.ts) are asked about the first address of every
// segment, the address before it, the one after it for every 7th, both ends of both address spaces
// and 300,000 random addresses; and segment scans (broad SPF) are compared.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIp, type IpAddress, wordsFromBigInt } from '../../../lib/relay/address';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { forEachSegment, type IpTables, lookupAsnIndex } from '../../../lib/relay/tables';
import type { IpClass } from '../../../lib/types';
import { columnsOfShards } from '../../../scripts/ip-columns';
import {
  forEachSegmentV3,
  type IpTablesV3,
  lookupAsnIndexV3,
  readIpTablesV3,
  writeIpTablesV3,
} from '../../../scripts/ip-format-v3';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { createClassifierV3 } from '../../helpers/classify-v3';
import { xorshift32 } from '../../helpers/random';

/** SHA-256 of assets/ip/asn.bin (format 3, 10,476,020 bytes) as shipped until format 4 (2026-12-02). */
const ASN_BIN_V3_SHA256 = '4948452d3d937a2d9fbf21d6983d3b7cd919ef44ca875df2b95d91f96eca3d5f';

let sharded: IpTables;
let v3bytes: Uint8Array;
let old: IpTablesV3;
let now: Classifier;
let before: (ip: IpAddress) => IpClass;

beforeAll(async () => {
  v3bytes = writeIpTablesV3(await columnsOfShards(await loadIpTablesFromDisk()));
  old = readIpTablesV3(v3bytes);
  before = createClassifierV3(old);
  // A fresh open, so the comparisons below load their shards lazily as the CLI does.
  sharded = {
    ...(await loadIpTablesFromDisk()),
    v4: [],
    v6: [],
    asn: [],
    failed: new Map(),
    pending: new Map(),
  };
  now = createClassifier(sharded);
}, 60_000);

function v6(x: bigint): IpAddress {
  return { v: 6, w: wordsFromBigInt(x) };
}

/** Addresses whose answers differ between the two classifiers (none expected). */
function differences(ips: IpAddress[]): string[] {
  const out: string[] = [];
  for (const ip of ips) {
    const a = now.classifyParsed(ip);
    const b = before(ip);
    if (JSON.stringify(a) !== JSON.stringify(b))
      out.push(`${formatIp(ip)}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  }
  return out;
}

describe('sharded tables answer as the single format-3 file did', () => {
  it('the same data: written again in format 3, the shards are the asn.bin they replaced', () => {
    expect(v3bytes.length).toBe(10_476_020);
    expect(createHash('sha256').update(v3bytes).digest('hex')).toBe(ASN_BIN_V3_SHA256);
  });

  it('IPv4: every segment start, the address before it, every 7th next address, both ends', () => {
    const ips: IpAddress[] = [
      { v: 4, n: 0 },
      { v: 4, n: 0xffffffff },
    ];
    old.v4Starts.forEach((s, i) => {
      ips.push({ v: 4, n: s });
      if (s > 0) ips.push({ v: 4, n: s - 1 });
      if (i % 7 === 0 && s < 0xffffffff) ips.push({ v: 4, n: s + 1 });
    });
    expect(ips.length).toBeGreaterThan(900_000);
    expect(differences(ips)).toEqual([]);
  }, 120_000);

  it('IPv6: every segment start, the address before it, every 7th next address, both ends', () => {
    const max = (1n << 128n) - 1n;
    const ips: IpAddress[] = [v6(0n), v6(max)];
    const n = old.v6Asn.length;
    for (let i = 0; i < n; i++) {
      const w = old.v6Starts.subarray(4 * i, 4 * i + 4);
      const s = (BigInt(w[0]!) << 96n) | (BigInt(w[1]!) << 64n) | (BigInt(w[2]!) << 32n) | BigInt(w[3]!);
      ips.push(v6(s));
      if (s > 0n) ips.push(v6(s - 1n));
      if (i % 7 === 0 && s < max) ips.push(v6(s + 1n));
    }
    expect(ips.length).toBeGreaterThan(350_000);
    expect(differences(ips)).toEqual([]);
  }, 120_000);

  it('the edges of the jump tables: every IPv4 /16 and every IPv6 /16 of 2000::/3, first and last address, and the shard starts', () => {
    // lookupAsnIndex jumps by an address's top 16 bits (IPv4 shards), by the top word above a
    // per-shard shift (IPv6 shards) and by the top 16 bits to the IPv6 shard: their edges.
    const ips: IpAddress[] = [];
    for (let h = 0; h < 65536; h++) {
      ips.push({ v: 4, n: h * 0x10000 }, { v: 4, n: h * 0x10000 + 0xffff });
      if (h >= 0x2000 && h < 0x4000)
        ips.push(
          { v: 6, w: [h * 0x10000, 0, 0, 0] },
          { v: 6, w: [h * 0x10000 + 0xffff, 0xffffffff, 0xffffffff, 0xffffffff] },
          { v: 6, w: [h * 0x10000 + 0x8000, 0, 0, 0] },
        );
    }
    const t = sharded;
    for (let k = 0; k < t.v6First.length >>> 2; k++) {
      const w = [...t.v6First.subarray(4 * k, 4 * k + 4)] as [number, number, number, number];
      ips.push({ v: 6, w });
      for (let shift = 0; shift < 32; shift += 3)
        ips.push({ v: 6, w: [(w[0] | ((1 << shift) - 1)) >>> 0, 0, 0, 0] });
    }
    expect(differences(ips)).toEqual([]);
    // The AS index itself too: an address in a gap answers "no data" (-1), never a stray value.
    const wrong = ips.filter((ip) => lookupAsnIndex(t, ip) !== lookupAsnIndexV3(old, ip)).map(formatIp);
    expect(wrong).toEqual([]);
  }, 120_000);

  it('200,000 random IPv4 and 100,000 random global-unicast IPv6 addresses', () => {
    const next = xorshift32(0x19);
    const ips: IpAddress[] = [];
    for (let i = 0; i < 200_000; i++) ips.push({ v: 4, n: next() });
    for (let i = 0; i < 100_000; i++)
      ips.push({ v: 6, w: [0x20000000 + (next() % 0x10000000), next(), next(), next()] });
    expect(differences(ips)).toEqual([]);
  }, 120_000);

  it('segment scans (broad-SPF overlap) visit the same ranges, across shard edges too', () => {
    const scan = (v: 4 | 6, first: bigint, last: bigint) => {
      const a: string[] = [];
      const b: string[] = [];
      expect(forEachSegment(sharded, v, first, last, (from, to, idx) => a.push(`${from}-${to}:${idx}`))).toBe(
        true,
      );
      forEachSegmentV3(old, v, first, last, (from, to, idx) => b.push(`${from}-${to}:${idx}`));
      return [a, b];
    };
    for (const [v, first, last] of [
      [4, 0x0a000000n, 0x0affffffn],
      [4, 0x36000000n, 0x36ffffffn], // 54.0.0.0/8
      [4, 0x00000000n, 0x7fffffffn], // 0.0.0.0/1: 29 shards
      [6, 0x2a00n << 112n, (0x2a01n << 112n) - 1n],
      [6, 0n, (1n << 128n) - 1n],
    ] as const) {
      const [a, b] = scan(v, first, last);
      expect(a!.length).toBeGreaterThan(0);
      expect(a).toEqual(b);
    }
  }, 120_000);
});
