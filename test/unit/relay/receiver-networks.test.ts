// The networks the Outlook adapter counts as the receiver's own (lib/webmail/outlook.ts) against
// the bundled routing data. A hop from inside them is skipped when looking for the server that
// handed the message over, so none of them may hold an address a sender can use: each is either
// Microsoft's announced mail space or announced by no one at all (internal to Exchange Online).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bigIntFromWords,
  formatIp,
  type IpAddress,
  parseCidr,
  wordsFromBigInt,
} from '../../../lib/relay/address';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { EOP_NETWORKS } from '../../../lib/webmail/outlook';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

/** 64 addresses spread over the range, first and last included. */
function spread(range: string): IpAddress[] {
  const c = parseCidr(range);
  if (!c) throw new Error(`not a CIDR: ${range}`);
  if (c.v === 4)
    return Array.from({ length: 64 }, (_, k) => ({
      v: 4,
      n: c.first + Math.floor(((c.last - c.first) * k) / 63),
    }));
  const first = bigIntFromWords(c.first);
  const span = bigIntFromWords(c.last) - first;
  return Array.from({ length: 64 }, (_, k) => ({
    v: 6,
    w: wordsFromBigInt(first + (span * BigInt(k)) / 63n),
  }));
}

describe('Outlook receiver networks hold no address a sender could use', () => {
  it.each(EOP_NETWORKS)('%s', (range) => {
    const strangers = spread(range)
      .map((ip) => ({ ip, c: classify.classifyParsed(ip) }))
      .filter(({ c }) => c.org !== null && !/^Microsoft/.test(c.org))
      .map(({ ip, c }) => `${formatIp(ip)}: AS${c.asn} ${c.org}`);
    expect(strangers).toEqual([]);
  });

  it('the Exchange Online internal block is announced by no one, Azure included', () => {
    const announced = spread('2603:1080::/25').filter((ip) => classify.classifyParsed(ip).asn !== null);
    expect(announced.map(formatIp)).toEqual([]);
  });
});
