// The in-place tables (format 3, searched where they lie) answer exactly what the decoded format-2
// tables answered: the shipped file is written again in format 2 with the old writer, decoded with
// the old decoder (test/helpers/ip-format-v2.ts), and both classifiers are asked about the first
// address of every segment, the address before it, the one after it for every 7th, the ends of
// both address spaces and random addresses. (On 2026-12-02 that format-2 rewrite was byte for
// byte the body of the asn.bin it replaced.)
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIp, type IpAddress, wordsFromBigInt } from '../../../lib/relay/address';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { forEachSegment, type IpTables } from '../../../lib/relay/tables';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { columnsOfTables, decodeIpTablesV2, packIpDataV2 } from '../../helpers/ip-format-v2';

let inPlace: IpTables;
let decoded: IpTables;
let now: Classifier;
let before: Classifier;

beforeAll(async () => {
  inPlace = await loadIpTablesFromDisk();
  decoded = decodeIpTablesV2(packIpDataV2(columnsOfTables(inPlace)));
  now = createClassifier(inPlace);
  before = createClassifier(decoded);
}, 60_000);

function v6(x: bigint): IpAddress {
  return { v: 6, w: wordsFromBigInt(x) };
}

/** Addresses whose answers differ between the two classifiers (none expected). */
function differences(ips: IpAddress[]): string[] {
  const out: string[] = [];
  for (const ip of ips) {
    const a = now.classifyParsed(ip);
    const b = before.classifyParsed(ip);
    if (JSON.stringify(a) !== JSON.stringify(b))
      out.push(`${formatIp(ip)}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  }
  return out;
}

function xorshift(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

describe('in-place tables answer as the decoded ones did', () => {
  it('the same columns (ASNs, names, hosting set, segments)', () => {
    expect(inPlace.meta).toEqual(decoded.meta);
    for (const k of [
      'asnNumbers',
      'asnNameIndex',
      'nameOffsets',
      'v4Starts',
      'v4Asn',
      'v6Starts',
      'v6Asn',
    ] as const)
      expect(
        Buffer.compare(
          Buffer.from(inPlace[k].buffer, inPlace[k].byteOffset, inPlace[k].byteLength),
          Buffer.from(decoded[k].buffer, decoded[k].byteOffset, decoded[k].byteLength),
        ),
        k,
      ).toBe(0);
    expect(Buffer.from(inPlace.hosting).equals(Buffer.from(decoded.hosting))).toBe(true);
    expect(Buffer.from(inPlace.nameBlob).equals(Buffer.from(decoded.nameBlob))).toBe(true);
  });

  it('IPv4: every segment start, the address before it, every 7th next address, both ends', () => {
    const ips: IpAddress[] = [
      { v: 4, n: 0 },
      { v: 4, n: 0xffffffff },
    ];
    inPlace.v4Starts.forEach((s, i) => {
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
    const n = inPlace.v6Asn.length;
    for (let i = 0; i < n; i++) {
      const w = inPlace.v6Starts.subarray(4 * i, 4 * i + 4);
      const s = (BigInt(w[0]!) << 96n) | (BigInt(w[1]!) << 64n) | (BigInt(w[2]!) << 32n) | BigInt(w[3]!);
      ips.push(v6(s));
      if (s > 0n) ips.push(v6(s - 1n));
      if (i % 7 === 0 && s < max) ips.push(v6(s + 1n));
    }
    expect(ips.length).toBeGreaterThan(350_000);
    expect(differences(ips)).toEqual([]);
  }, 120_000);

  it('200,000 random IPv4 and 100,000 random global-unicast IPv6 addresses', () => {
    const next = xorshift(0x19);
    const ips: IpAddress[] = [];
    for (let i = 0; i < 200_000; i++) ips.push({ v: 4, n: next() });
    for (let i = 0; i < 100_000; i++)
      ips.push({ v: 6, w: [0x20000000 + (next() % 0x10000000), next(), next(), next()] });
    expect(differences(ips)).toEqual([]);
  }, 120_000);

  it('segment scans (broad-SPF overlap) visit the same ranges', () => {
    const scan = (t: IpTables, v: 4 | 6, first: bigint, last: bigint) => {
      const seen: string[] = [];
      forEachSegment(t, v, first, last, (from, to, idx) => seen.push(`${from}-${to}:${idx}`));
      return seen;
    };
    for (const [v, first, last] of [
      [4, 0x0a000000n, 0x0affffffn],
      [4, 0x36000000n, 0x36ffffffn], // 54.0.0.0/8
      [6, 0x2a00n << 112n, (0x2a01n << 112n) - 1n],
    ] as const) {
      const a = scan(inPlace, v, first, last);
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(scan(decoded, v, first, last));
    }
  });
});
