// A hand-off inside a self-hosted receiver whose client sits in hosting space (red-team rounds 114,
// 115): a forward-confirmed name under the receiver's domain there proves only that the name
// points at the VM, which a taken-over dangling CNAME does (autodiscover-old.reader.example → a
// deleted Azure VM's name, rented again), even one the receiver's MX or SPF still names.
// lib/engine/origin-walk.ts unconfirmedHandOffs then asks that the name lead to the address without
// a CNAME out of the receiver's domain, or be its sole primary MX. Real classifier data; zones by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { DnsError } from '../../../lib/dns/errors';
import { type ZoneData, ZoneResolver } from '../../../lib/dns/zone';
import { unconfirmedHandOffs } from '../../../lib/engine/origin-walk';
import { findOrigin } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import type { RrType } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

const AZURE = '20.76.201.14';
const PTR = `${AZURE.split('.').reverse().join('.')}.in-addr.arpa`;
const hopsOf = (name: string) =>
  parseReceivedChain(
    parseMessage(
      [
        `Received: from ${name} (${name} [${AZURE}]) by mx.reader.example (Postfix) with ESMTPS id A1; Fri, 20 Nov 2026 10:00:05 +0000`,
        'Received: from [10.20.0.14] (unknown [198.51.100.23]) by relay.reader.example (Postfix) with ESMTPSA id B2; Fri, 20 Nov 2026 10:00:03 +0000',
        'From: ceo@reader.example',
        '',
        'x',
        '',
      ].join('\r\n'),
    ).headers,
  );
const hints = { trustedAuthservIds: ['mx.reader.example'] };

async function walk(name: string, zone: ZoneData, withClassifier = true) {
  const hops = hopsOf(name);
  const unconfirmed = await unconfirmedHandOffs(
    hops,
    hints,
    new ZoneResolver(zone),
    withClassifier ? classify : undefined,
  );
  return {
    unconfirmed: [...unconfirmed],
    origin: findOrigin(hops, { ...hints, unconfirmedHandOffs: unconfirmed }),
  };
}

describe('a hand-off from hosting space under the receiver’s own name', () => {
  it('a taken-over dangling name stops the walk at the box’s own line', async () => {
    const name = 'autodiscover-old.reader.example';
    const r = await walk(name, {
      [PTR]: { PTR: [name] },
      [name]: { CNAME: ['rx-autodiscover.westeurope.cloudapp.azure.com'] },
      'rx-autodiscover.westeurope.cloudapp.azure.com': { A: [AZURE] },
      'reader.example': { MX: [{ exchange: 'mx.reader.example', priority: 10 }], TXT: ['v=spf1 mx -all'] },
      'mx.reader.example': { A: ['198.51.100.5'] },
    });
    expect(r.unconfirmed).toEqual([0]);
    expect(r.origin).toMatchObject({ hopIndex: 0, ip: AZURE });
  });

  it('so does one the receiver’s MX and SPF still name (a forgotten backup MX)', async () => {
    const name = 'mx2.reader.example';
    const r = await walk(name, {
      [PTR]: { PTR: [name] },
      [name]: { CNAME: ['old-mx2.westeurope.cloudapp.azure.com'] },
      'old-mx2.westeurope.cloudapp.azure.com': { A: [AZURE] },
      'reader.example': {
        MX: [
          { exchange: 'mx.reader.example', priority: 10 },
          { exchange: 'mx2.reader.example', priority: 20 },
        ],
        TXT: ['v=spf1 mx -all'],
      },
      'mx.reader.example': { A: ['198.51.100.5'] },
    });
    expect(r.unconfirmed).toEqual([0]);
  });

  it('the primary MX named by a CNAME to its VM’s cloud name, as Azure allows, is walked past', async () => {
    const name = 'mx.reader.example';
    const r = await walk(name, {
      [PTR]: { PTR: [name] },
      [name]: { CNAME: ['rx-mx01.westeurope.cloudapp.azure.com'] },
      'rx-mx01.westeurope.cloudapp.azure.com': { A: [AZURE] },
      'reader.example': {
        MX: [
          { exchange: 'mx.reader.example', priority: 10 },
          { exchange: 'mx-backup.reader.example', priority: 20 },
        ],
      },
    });
    expect(r.unconfirmed).toEqual([]);
  });

  it('not one of two MX hosts of equal preference: beside the other a dangling one stops no mail', async () => {
    const name = 'mx-b.reader.example';
    const r = await walk(name, {
      [PTR]: { PTR: [name] },
      [name]: { CNAME: ['old-mxb.westeurope.cloudapp.azure.com'] },
      'old-mxb.westeurope.cloudapp.azure.com': { A: [AZURE] },
      'reader.example': {
        MX: [
          { exchange: 'mx-a.reader.example', priority: 10 },
          { exchange: 'mx-b.reader.example', priority: 10 },
        ],
      },
      'mx-a.reader.example': { A: ['198.51.100.5'] },
    });
    expect(r.unconfirmed).toEqual([0]);
  });

  it('the receiver’s own gateway on Azure, named by an A record, is walked past', async () => {
    const name = 'gw.reader.example';
    const r = await walk(name, {
      [PTR]: { PTR: [name] },
      [name]: { A: [AZURE] },
      'reader.example': { MX: [{ exchange: 'gw.reader.example', priority: 10 }], TXT: ['v=spf1 -all'] },
    });
    expect(r.unconfirmed).toEqual([]);
    expect(r.origin.hopIndex).toBe(1);
  });

  it('a CNAME inside the receiver’s own domain is followed', async () => {
    const name = 'smtp.reader.example';
    const r = await walk(name, {
      [PTR]: { PTR: [name] },
      [name]: { CNAME: ['vm7.hosts.reader.example'] },
      'vm7.hosts.reader.example': { A: [AZURE] },
    });
    expect(r.unconfirmed).toEqual([]);
  });

  it('a DNS fault on the CNAME question keeps the box’s word, as for any hand-off', async () => {
    const name = 'autodiscover-old.reader.example';
    const zone = new ZoneResolver({ [PTR]: { PTR: [name] }, [name]: { A: [AZURE] } });
    const resolver = {
      resolve: (n: string, type: RrType) =>
        type === 'CNAME' ? Promise.reject(new DnsError('ESERVFAIL', n, type)) : zone.resolve(n, type),
    };
    const unconfirmed = await unconfirmedHandOffs(hopsOf(name), hints, resolver, classify);
    expect([...unconfirmed]).toEqual([]);
  });

  it('without a classifier (or outside hosting space) a name that leads back is enough, as before', async () => {
    const name = 'autodiscover-old.reader.example';
    const r = await walk(
      name,
      { [PTR]: { PTR: [name] }, [name]: { A: [AZURE] }, 'reader.example': { TXT: ['v=spf1 -all'] } },
      false,
    );
    expect(r.unconfirmed).toEqual([]);
  });
});
