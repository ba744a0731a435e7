// The receiver's own hops whose line printed no reverse name (real-mail round 122): on-premises
// Exchange writes `from <HELO> (<IP>)` for the filter in front of it, so the walk stopped there and
// the filter's own results below read as the sender's (genuine mail read spoofed).
// lib/engine/origin-walk.ts receiverReverseNames names such a hop by its IP's PTR under the
// receiver's domains when that name leads back to the IP; the HELO is never read, and the hosting
// space hand-off rule (unconfirmedHandOffs) still applies. Real classifier data; zones by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { type ZoneData, ZoneResolver } from '../../../lib/dns/zone';
import {
  ownSubdomains,
  receiverMxDomains,
  receiverMxHosts,
  receiverReverseNames,
  unconfirmedHandOffs,
} from '../../../lib/engine/origin-walk';
import { findOrigin } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';
import { receiverDomains } from '../../../lib/message/receiver-hosts';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

const FILTER = '20.76.204.21';
const ATTACKER = '198.51.100.66';
const ptrOf = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
const hopsOf = (client: string) =>
  parseReceivedChain(
    parseMessage(
      [
        `Received: from mx.reader.example (${client}) by EXCH01.corp.reader.example (10.20.0.15) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Fri, 20 Nov 2026 10:00:04 +0000`,
        'Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=partner.example; dmarc=pass header.from=partner.example',
        'Received: from mail.partner.example (mail.partner.example [203.0.113.9]) by mx.reader.example (Postfix) with ESMTPS id 4Zx1; Fri, 20 Nov 2026 10:00:02 +0000',
        'From: tom@partner.example',
        '',
        'x',
        '',
      ].join('\r\n'),
    ).headers,
  );
const hints = { trustedAuthservIds: ['mx.reader.example'] };
/** The same, the Exchange server in an AD domain `.local` (real-mail round 123). */
const dotLocalHopsOf = (client: string) =>
  parseReceivedChain(
    parseMessage(
      [
        `Received: from mx.reader.example (${client}) by EXCH01.corp.local (10.20.0.15) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Fri, 20 Nov 2026 10:00:04 +0000`,
        'Received: from mail.partner.example (mail.partner.example [203.0.113.9]) by mx.reader.example (Postfix) with ESMTPS id 4Zx1; Fri, 20 Nov 2026 10:00:02 +0000',
        'From: tom@partner.example',
        '',
        'x',
        '',
      ].join('\r\n'),
    ).headers,
  );
const GENUINE: ZoneData = {
  [ptrOf(FILTER)]: { PTR: ['mx.reader.example'] },
  'mx.reader.example': { A: [FILTER] },
  'reader.example': { MX: [{ priority: 10, exchange: 'mx.reader.example' }] },
};

async function walk(client: string, zone: ZoneData | null) {
  const hops = hopsOf(client);
  const resolver = zone ? new ZoneResolver(zone) : null;
  const named = resolver ? await receiverReverseNames(hops, hints, resolver) : new Map<number, string>();
  const h = { ...hints, receiverReverseNames: named };
  const unconfirmed = resolver ? await unconfirmedHandOffs(hops, h, resolver, classify) : new Set<number>();
  return { named: [...named], origin: findOrigin(hops, { ...h, unconfirmedHandOffs: unconfirmed }) };
}

describe('a receiver hop printed without a reverse name', () => {
  it('the filter in front of Exchange, named by its forward-confirmed PTR: the walk goes below it', async () => {
    const r = await walk(FILTER, GENUINE);
    expect(r.named).toEqual([[0, 'mx.reader.example']]);
    expect(r.origin.ip).toBe('203.0.113.9');
  });
  it('an attacker reaching Exchange himself, his PTR naming the filter: the name does not lead back', async () => {
    const r = await walk(ATTACKER, { ...GENUINE, [ptrOf(ATTACKER)]: { PTR: ['mx.reader.example'] } });
    expect(r.named).toEqual([]);
    expect(r.origin.ip).toBe(ATTACKER);
  });
  it('a name that leads back through a CNAME out of the receiver’s domain, not its sole primary MX: stops', async () => {
    const r = await walk(FILTER, {
      [ptrOf(FILTER)]: { PTR: ['legacy-mx.reader.example'] },
      'legacy-mx.reader.example': { CNAME: ['old-filter.westeurope.cloudapp.azure.com'] },
      'old-filter.westeurope.cloudapp.azure.com': { A: [FILTER] },
      'reader.example': { MX: [{ priority: 10, exchange: 'mx2.reader.example' }] },
    });
    expect(r.named).toEqual([[0, 'legacy-mx.reader.example']]);
    expect(r.origin.ip).toBe(FILTER);
  });
  it('offline, or with no PTR: nothing named, the HELO never read', async () => {
    expect((await walk(FILTER, null)).origin.ip).toBe(FILTER);
    const r = await walk(FILTER, { 'mx.reader.example': { A: [FILTER] } });
    expect(r.named).toEqual([]);
    expect(r.origin.ip).toBe(FILTER);
  });
  it('the Exchange server named in a private namespace (`by EXCH01.corp.local`): the same, and a stranger there stays the origin', async () => {
    const cases: Array<[string, ZoneData, string]> = [
      [FILTER, GENUINE, '203.0.113.9'],
      [ATTACKER, { ...GENUINE, [ptrOf(ATTACKER)]: { PTR: ['mx.reader.example'] } }, ATTACKER],
    ];
    for (const [client, zone, origin] of cases) {
      const hops = dotLocalHopsOf(client);
      const resolver = new ZoneResolver(zone);
      const named = await receiverReverseNames(hops, hints, resolver);
      const h = { ...hints, receiverReverseNames: named };
      const unconfirmed = await unconfirmedHandOffs(hops, h, resolver, classify);
      expect(findOrigin(hops, { ...h, unconfirmedHandOffs: unconfirmed }).ip, client).toBe(origin);
    }
  });
});

describe('receiverDomains', () => {
  it('a dynamic-DNS user’s own zone and a hoster’s default name alone, not the provider’s zone (red-team round 127)', () => {
    expect(receiverDomains(['mail.robin-home.duckdns.org'])).toEqual([
      'mail.robin-home.duckdns.org',
      'robin-home.duckdns.org',
    ]);
    expect(receiverDomains(['vmi1834562.contaboserver.net'])).toEqual(['vmi1834562.contaboserver.net']);
    expect(receiverDomains(['mx.reader.example'])).toEqual(['mx.reader.example', 'reader.example']);
  });
  it('an Azure label or a shared dynamic-DNS name the PSL does not list: the user’s own label, not the cloud’s apex (red-team round 128)', () => {
    expect(receiverDomains(['fernley-mail.westeurope.cloudapp.azure.com'])).toEqual([
      'fernley-mail.westeurope.cloudapp.azure.com',
    ]);
    expect(receiverDomains(['mail.ridgeway.mooo.com'])).toEqual([
      'mail.ridgeway.mooo.com',
      'ridgeway.mooo.com',
    ]);
    expect(receiverDomains(['harlowfamily.asuscomm.com'])).toEqual(['harlowfamily.asuscomm.com']);
  });
});

describe('receiverMxHosts', () => {
  it('the hosts the reader’s own domains’ MX records name; none on a DNS fault (real-mail round 124)', async () => {
    const zone = new ZoneResolver({
      'weber.example': {
        MX: [
          { priority: 10, exchange: 'weber-home.duckdns.org' },
          { priority: 20, exchange: 'Weber-MX2.duckdns.org.' },
        ],
      },
    });
    expect(await receiverMxHosts(['weber.example', 'nothing.example'], zone)).toEqual({
      hosts: ['weber-home.duckdns.org', 'weber-mx2.duckdns.org'],
      fault: null,
    });
  });

  it('names the first domain whose lookup failed, not one answered "no such name" (red-team round 129)', async () => {
    const zone = new ZoneResolver({
      'weber.example': { SERVFAIL: true },
      'lab.weber.example': { MX: [{ priority: 10, exchange: 'mx.lab.weber.example' }] },
    });
    expect(await receiverMxHosts(['nothing.example', 'weber.example', 'lab.weber.example'], zone)).toEqual({
      hosts: ['mx.lab.weber.example'],
      fault: 'weber.example',
    });
    // A subdomain's fault (its name came from the message) is no one's word (red-team round 132).
    expect(await receiverMxHosts(['weber.example'], zone, ['lab.weber.example'])).toEqual({
      hosts: [],
      fault: null,
    });
  });
});

describe('receiverMxDomains', () => {
  const hopsOfLines = (lines: string[]) =>
    parseReceivedChain(parseMessage([...lines, 'From: tom@supplier.example', '', 'x'].join('\r\n')).headers);
  const box = 'box.lab.quarrow.example';
  const hops = hopsOfLines([
    `Received: from ${box} by ${box} with LMTP id 4Zx3 for <ana@lab.quarrow.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
    `Received: from mx2.contabo.example (vmi1.contaboserver.net [198.51.100.7]) by ${box} (Postfix) with ESMTPS id 4Zx2 for <ana@lab.quarrow.example>; Fri, 20 Nov 2026 10:00:04 +0000`,
    'Received: from mail.supplier.example (mail.supplier.example [203.0.113.9]) by vmi1.contaboserver.net (Postfix) with ESMTPS id 4Zx1 for <ana@x.y.quarrow.example>; Fri, 20 Nov 2026 10:00:02 +0000',
  ]);
  const receivers = receiverDomains([box]);

  it("asks a domain the receiver's own lines delivered to under a named one first, then the named ones", () => {
    expect(receiverMxDomains(['quarrow.example'], hops, receivers)).toEqual([
      'lab.quarrow.example',
      'quarrow.example',
    ]);
  });

  it('never from a line below the entry (the sender writes it), nor outside or beside the named ones (red-team round 132)', () => {
    const forged = hopsOfLines([
      `Received: from vps.attacker.example (vps.attacker.example [198.51.100.66]) by ${box} (Postfix) with ESMTPS id 4Zx2; Fri, 20 Nov 2026 10:00:04 +0000`,
      `Received: from mail.northbank.example ([203.0.113.5]) by ${box} (Postfix) with ESMTPS id 4Zx1 for <billing@legacy.quarrow.example>; Fri, 20 Nov 2026 10:00:02 +0000`,
    ]);
    expect(receiverMxDomains(['quarrow.example'], forged, receivers)).toEqual(['quarrow.example']);
    expect(receiverMxDomains(['evilquarrow.example'], hops, receivers)).toEqual(['evilquarrow.example']);
    expect(receiverMxDomains(['other.example'], hops, receivers)).toEqual(['other.example']);
  });

  it('reads each address by the domain after its last @: a quoted local part names no subdomain (red-team round 137)', () => {
    const quoted = (rcpt: string) =>
      hopsOfLines([
        `Received: from mail.northbank.example (vps.attacker.example [198.51.100.66]) by ${box} (Postfix) with ESMTPS id 4Zx2 for ${rcpt}; Fri, 20 Nov 2026 10:00:04 +0000`,
      ]);
    expect(
      receiverMxDomains(
        ['quarrow.example'],
        quoted('<"ana+@events.quarrow.example"@quarrow.example>'),
        receivers,
      ),
    ).toEqual(['quarrow.example']);
    expect(receiverMxDomains(['quarrow.example'], quoted('<"x@y"@lab.quarrow.example>'), receivers)).toEqual([
      'lab.quarrow.example',
      'quarrow.example',
    ]);
    expect(receiverMxDomains(['quarrow.example'], quoted('ana@lab.quarrow.example'), receivers)).toEqual([
      'lab.quarrow.example',
      'quarrow.example',
    ]);
  });
});

describe('ownSubdomains', () => {
  it("the subdomain the reader's own authserv-id sits in, under a named domain only (real-mail round 133)", () => {
    expect(
      ownSubdomains(['ferncliff.example'], ['mail.lab.ferncliff.example', 'mx.ferncliff.example']),
    ).toEqual(['lab.ferncliff.example']);
    expect(
      ownSubdomains(['ferncliff.example'], ['mail.lab.otherfirm.example', 'x.evilferncliff.example']),
    ).toEqual([]);
  });
});
