// A LAN-named client's line over a public client's (lib/engine/origin-walk.ts innerHosts): written
// by an inner server, or by the host the internet reaches, where behind a NAT any client greets so.
// DNS tells them apart: the MX hosts of the writer's domain face the internet.
import { describe, expect, it } from 'vitest';
import { ZoneResolver } from '../../../lib/dns';
import { innerHosts } from '../../../lib/engine/origin-walk';
import { findOrigin } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';

const chain = (lines: string[]) => parseReceivedChain(parseMessage(`${lines.join('\n')}\n\n`).headers);

/** An Exchange mailbox server in an AD domain under the registered one, behind a Postfix gateway greeting with its LAN name. */
const edge = chain([
  'Received: from gw01.perimeter.local (10.40.9.5) by MBX01.ad.firm.example (10.40.2.11) with Microsoft SMTP Server id 15.2.1544.4; 20 Nov 2026 10:00:05 +0100',
  'Received: from mail.sender.example (mail.sender.example [203.0.113.9]) by mail.firm.example (Postfix) with ESMTPS id 4Zz; 20 Nov 2026 10:00:04 +0100',
]);
/** A NAT'd box: a stranger greeting with a LAN name over the line it forged. */
const nat = chain([
  'Received: from DESKTOP-4QH7K2N (unknown [172.22.1.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
  'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mx.reader.example (Postfix) with ESMTPS id 4Zz; 20 Nov 2026 10:00:03 +0000',
]);
const zone = ZoneResolver.fromJson({
  'firm.example': { MX: [{ priority: 10, exchange: 'mail.firm.example' }] },
  'reader.example': { MX: [{ priority: 10, exchange: 'mx.reader.example.' }] },
});

describe('innerHosts', () => {
  it('a writer that is not its domain’s MX host is an inner server: its LAN-named client is walked past', async () => {
    const inner = await innerHosts(edge, {}, zone);
    expect([...inner]).toEqual(['mbx01.ad.firm.example']);
    expect(findOrigin(edge, { innerHosts: inner })).toMatchObject({ hopIndex: 1, ip: '203.0.113.9' });
    // Offline nothing is asked: the strict reading, no address.
    expect(findOrigin(chain(edge.map((h) => h.line)), {})).toMatchObject({ hopIndex: 0, ip: null });
  });

  it('the MX host itself faces the internet: behind its NAT the stranger is the entry', async () => {
    const inner = await innerHosts(nat, { trustedAuthservIds: ['mx.reader.example'] }, zone);
    expect(inner.size).toBe(0);
    expect(findOrigin(nat, { trustedAuthservIds: ['mx.reader.example'], innerHosts: inner })).toMatchObject({
      hopIndex: 0,
      ip: null,
    });
  });

  it('Exchange’s own addresses: the line below written at this client’s address is its own', () => {
    const both = chain([
      'Received: from EDGE01.perimeter.local (10.60.9.5) by mail.firm.example (10.60.2.11) with Microsoft SMTP Server id 15.2.1544.14; 20 Nov 2026 10:00:07 +0100',
      'Received: from mx.sender.example (198.51.100.83) by mail.firm.example (10.60.9.5) with Microsoft SMTP Server id 15.2.1544.14; 20 Nov 2026 10:00:05 +0100',
    ]);
    expect(findOrigin(both, {})).toMatchObject({ hopIndex: 1, ip: '198.51.100.83' });
    // Another address below (or none): the greeting is a stranger's behind a NAT.
    const other = chain([both[0]!.line, both[1]!.line.replace('(10.60.9.5)', '(10.60.9.6)')]);
    expect(findOrigin(other, {})).toMatchObject({ hopIndex: 0, ip: null });
  });

  it('a writer whose name the public DNS holds faces the internet, MX or not (probe22)', async () => {
    // A NAT'd box behind a hosted filter the attacker goes around: the MX names the filter.
    const box = chain([
      'Received: from DESKTOP-4QH7K2N (unknown [172.22.1.1]) by mail01.firm.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
      'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mail01.firm.example (Postfix) with ESMTPS id 4Zz; 20 Nov 2026 10:00:03 +0000',
    ]);
    const published = ZoneResolver.fromJson({
      'firm.example': { MX: [{ priority: 10, exchange: 'mx1.cloudfilter.example' }] },
      'mail01.firm.example': { A: ['203.0.113.25'] },
    });
    expect((await innerHosts(box, {}, published)).size).toBe(0);
    // Its name known only inside (split DNS, or a private address leaked): an inner server.
    const split = ZoneResolver.fromJson({
      'firm.example': { MX: [{ priority: 10, exchange: 'mx1.cloudfilter.example' }] },
      'mail01.firm.example': { A: ['10.40.2.11'] },
    });
    expect([...(await innerHosts(box, {}, split))]).toEqual(['mail01.firm.example']);
    // A fault on the address lookup proves nothing.
    const faulty = ZoneResolver.fromJson({
      'firm.example': { MX: [{ priority: 10, exchange: 'mx1.cloudfilter.example' }] },
      'mail01.firm.example': { SERVFAIL: true },
    });
    expect((await innerHosts(box, {}, faulty)).size).toBe(0);
  });

  it('a DNS fault proves nothing: the strict reading stays', async () => {
    const faulty = ZoneResolver.fromJson({ 'firm.example': { SERVFAIL: true } });
    expect((await innerHosts(edge, {}, faulty)).size).toBe(0);
  });

  it('no MX record: the domain itself is its mail host, another host of it an inner one', async () => {
    const none = ZoneResolver.fromJson({ 'firm.example': { TXT: ['v=spf1 -all'] } });
    expect([...(await innerHosts(edge, {}, none))]).toEqual(['mbx01.ad.firm.example']);
  });
});
