// spfBreadth remembers a complete scan of a term's blocks per classifier (a batch meets the same
// senders' terms on every message): a remembered answer must be the one a cold scan gives.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIp } from '../../../lib/relay/address';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { spfBreadth } from '../../../lib/relay/spf-breadth';
import type { SpfCheck } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';

let warm: Classifier;
beforeAll(async () => {
  warm = createClassifier(await loadIpTablesFromDisk());
});

/** The same classifier under another identity: nothing remembered for it yet. */
const cold = (c: Classifier): Classifier => Object.assign(((ip: string) => c(ip)) as Classifier, c);

const pass = (mechanism: string, ip: string): SpfCheck =>
  ({ result: 'pass', mechanism, domain: 'example.com', ip, includePath: [] }) as unknown as SpfCheck;

describe('spfBreadth remembered per classifier', () => {
  it('answers as a cold scan does, the first time and every time after (ip4, ip6, all)', () => {
    const v4 = fc
      .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 12, max: 32 }))
      .map(([n, bits]) => `ip4:${formatIp({ v: 4, n: n >>> 0 })}/${bits}`);
    const v6 = fc
      .tuple(fc.integer({ min: 0x20000000, max: 0x2fffffff }), fc.integer({ min: 20, max: 128 }))
      .map(([w, bits]) => `ip6:${formatIp({ v: 6, w: [w, 0, 0, 0] })}/${bits}`);
    const term = fc.oneof(
      v4,
      v6,
      fc.constant('~all'),
      fc.constant('ip4:20.0.0.0/11'),
      fc.constant('ip4:3.85.17.200'),
    );
    fc.assert(
      fc.property(term, (mechanism) => {
        const spf = pass(mechanism, mechanism.startsWith('ip6') ? '2001:db8::1' : '192.0.2.1');
        const expected = spfBreadth(spf, [], cold(warm));
        const first = spfBreadth(spf, [], warm);
        const again = spfBreadth(spf, [], warm);
        expect(first).toEqual(expected);
        expect(again).toEqual(expected);
        // Each answer is the caller's own.
        if (again?.hosting.length) expect(again.hosting[0]).not.toBe(first?.hosting[0]);
      }),
      { numRuns: 150 },
    );
  });
});
