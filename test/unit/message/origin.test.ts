import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findOrigin, handOffCandidates, MAX_HAND_OFFS } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';
import { EOP_NETWORKS } from '../../../lib/webmail/outlook';

const hopsOf = (name: string) =>
  parseReceivedChain(
    parseMessage(readFileSync(new URL(`../../fixtures/messages/${name}`, import.meta.url))).headers,
  );

describe('findOrigin', () => {
  it('without hints: the topmost hop with a public IP; loopback is internal', () => {
    const hops = hopsOf('exim-postfix-chain.eml');
    const origin = findOrigin(hops, {});
    expect(origin).toEqual({
      hopIndex: 1,
      ip: '2001:db8::25',
      helo: 'relay.example.net',
      rdns: 'relay.example.net',
    });
    expect(hops.map((h) => h.internal)).toEqual([true, false, false, true]);
  });

  it('receiver networks move the origin below the receiver’s own relay', () => {
    const hops = hopsOf('exim-postfix-chain.eml');
    const origin = findOrigin(hops, { receiverNetworks: ['2001:db8::/48'] });
    expect(origin).toMatchObject({
      hopIndex: 2,
      ip: '198.51.100.7',
      helo: 'smtp.example.org',
      rdns: 'mail.example.org',
    });
    expect(hops[1]?.internal).toBe(true);
  });

  it('Microsoft: its internal hops between public-looking addresses need its networks, which the Outlook adapter gives', () => {
    expect(findOrigin(hopsOf('outlook-delivered.eml'), {}).ip).toBe('2603:10a6:803:1::11');
    // Host names alone do not attest an internal hand-off (Exchange prints the HELO name).
    expect(findOrigin(hopsOf('outlook-delivered.eml'), { trustedAuthservIds: ['outlook.com'] }).ip).toBe(
      '2603:10a6:803:1::11',
    );
    const hops = hopsOf('outlook-delivered.eml');
    const origin = findOrigin(hops, { receiverNetworks: EOP_NETWORKS });
    expect(origin).toMatchObject({ hopIndex: 3, ip: '203.0.113.25', helo: 'smtp.example.net' });
    expect(hops.map((h) => h.internal)).toEqual([true, true, true, false, true]);
  });

  it('never follows Received headers the sender wrote under the real entry hop, whatever host they name', () => {
    // The entry hop, then the sender's own lines claiming more hops into the receiver, from an
    // address the spoofed domain's SPF allows: following them would make SPF judge that address.
    const lines = (entryRdns: string) =>
      [
        `Received: from mail.evil.example (${entryRdns} [203.0.113.9]) by mx.google.com with ESMTPS id y; Tue, 3 Mar 2026 10:00:05 -0800`,
        'Received: from o1.esp.example (o1.esp.example. [198.51.100.25]) by mx.google.com with ESMTPS id z; Tue, 3 Mar 2026 10:00:04 -0800',
        'Received: from o2.esp.example (o2.esp.example. [198.51.100.26]) by mx2.google.com with ESMTPS id w; Tue, 3 Mar 2026 10:00:03 -0800',
        '',
        '',
      ].join('\r\n');
    const origin = (raw: string, singleEntryHop: boolean) =>
      findOrigin(parseReceivedChain(parseMessage(raw).headers), {
        trustedAuthservIds: ['mx.google.com'],
        singleEntryHop,
      }).ip;
    expect(origin(lines('mail.evil.example.'), false)).toBe('203.0.113.9');
    // A reverse name the sender set under the receiver's domain does not open the way at Gmail.
    expect(origin(lines('relay.google.com.'), true)).toBe('203.0.113.9');
  });

  it('a self-hosted gateway handing on to its mail store over public addresses: the entry is below it', () => {
    const raw = [
      'Received: from mx.example.org (mx.example.org [198.51.100.1]) by store.example.org with LMTP; Tue, 3 Mar 2026 10:00:06 +0000',
      'Received: from mail.sender.example (mail.sender.example [203.0.113.40]) by mx.example.org with ESMTPS; Tue, 3 Mar 2026 10:00:05 +0000',
      'Received: from laptop (unknown [192.0.2.77]) by mx.example.org with ESMTPSA; Tue, 3 Mar 2026 10:00:01 +0000',
      '',
      '',
    ].join('\r\n');
    const origin = findOrigin(parseReceivedChain(parseMessage(raw).headers), {
      trustedAuthservIds: ['mx.example.org'],
    });
    // The gateway's own reverse name attests the hand-off; the sender's hop has no such name, so
    // the third line (the sender's own, claiming the receiver) is not followed.
    expect(origin.ip).toBe('203.0.113.40');
  });

  it('lists the hand-offs it takes by reverse name, and stops at one known not to lead back', () => {
    const raw = [
      'Received: from mx.example.org (mx.example.org [198.51.100.1]) by store.example.org with LMTP; Tue, 3 Mar 2026 10:00:06 +0000',
      'Received: from mail.sender.example (mail.sender.example [203.0.113.40]) by mx.example.org with ESMTPS; Tue, 3 Mar 2026 10:00:05 +0000',
      '',
      '',
    ].join('\r\n');
    const hints = { trustedAuthservIds: ['mx.example.org'] };
    const hops = parseReceivedChain(parseMessage(raw).headers);
    expect(handOffCandidates(hops, hints)).toEqual([
      { hopIndex: 0, ip: '198.51.100.1', name: 'mx.example.org' },
    ]);
    expect(handOffCandidates(hops, { ...hints, singleEntryHop: true })).toEqual([]);
    expect(handOffCandidates(hops, {})).toEqual([]);
    const stopped = findOrigin(hops, { ...hints, unconfirmedHandOffs: new Set([0]) });
    expect(stopped).toMatchObject({ hopIndex: 0, ip: '198.51.100.1' });
  });

  it('walks past at most MAX_HAND_OFFS hand-offs, the hops it can have asked DNS about', () => {
    const line = (i: number) =>
      `Received: from gw${i + 1}.example.org (gw${i + 1}.example.org [198.51.100.${i + 1}]) by gw${i}.example.org; Tue, 3 Mar 2026 10:00:00 +0000`;
    const raw = `${Array.from({ length: 20 }, (_, i) => line(i)).join('\r\n')}\r\n\r\n`;
    const hops = parseReceivedChain(parseMessage(raw).headers);
    const hints = { trustedAuthservIds: ['gw0.example.org'] };
    expect(handOffCandidates(hops, hints)).toHaveLength(MAX_HAND_OFFS);
    expect(findOrigin(hops, hints).hopIndex).toBe(MAX_HAND_OFFS);
  });

  it('Gmail: skips the internal hand-off and stops at the sender’s own hops', () => {
    const hops = hopsOf('gmail-delivered.eml');
    const origin = findOrigin(hops, { trustedAuthservIds: ['mx.google.com'] });
    expect(origin).toMatchObject({ hopIndex: 1, ip: '198.51.100.7', rdns: 'mail.example.org' });
    expect(hops[2]?.internal).toBe(false);
  });

  it('ignores a forged lower hop that claims the receiver once a foreign hop is met', () => {
    const raw = [
      'Received: from mail.example.org (mail.example.org [198.51.100.7]) by mx.example.com with ESMTPS; Tue, 1 Jan 2019 10:00:02 +0000',
      'Received: from attacker.example.net (attacker.example.net [203.0.113.66]) by mail.example.org with ESMTP; Tue, 1 Jan 2019 10:00:01 +0000',
      'Received: from trusted.example.org (trusted.example.org [192.0.2.1]) by mx.example.com with ESMTP; Tue, 1 Jan 2019 10:00:00 +0000',
      '',
      '',
    ].join('\n');
    const origin = findOrigin(parseReceivedChain(parseMessage(raw).headers), {
      trustedAuthservIds: ['mx.example.com'],
    });
    expect(origin.ip).toBe('198.51.100.7');
  });

  it('CGNAT, link-local and unique-local are internal; documentation ranges are external', () => {
    // Each internal hop's client wrote the line below it (an internal relay, not a NAT'd entry).
    const lines = ['100.64.3.4', '169.254.1.1', 'IPv6:fd12:3456::1', 'IPv6:fe80::1', '192.0.2.99'].map(
      (ip, i) =>
        `Received: from h${i}.example.net (h${i}.example.net [${ip}]) by ${i ? `h${i - 1}.example.net` : 'mx.example.com'}; 1 Jan 2019 10:00:0${i} +0000`,
    );
    const hops = parseReceivedChain(parseMessage(`${lines.join('\n')}\n\n`).headers);
    expect(findOrigin(hops, {}).ip).toBe('192.0.2.99');
    expect(hops.map((h) => h.internal)).toEqual([true, true, true, true, false]);
  });

  it('only local hand-offs (a bounce, cron mail): no origin, local', () => {
    const chain = (lines: string[]) => parseReceivedChain(parseMessage(`${lines.join('\n')}\n\n`).headers);
    const local = { hopIndex: null, ip: null, helo: null, rdns: null, local: true };
    // Postfix's own queue, then Dovecot's LMTP from the host to itself.
    const bounce = chain([
      'Received: from mail.example.com by mail.example.com with LMTP id k; 1 Jan 2019 10:00:01 +0000',
      'Received: by mail.example.com (Postfix) id 4Zy; 1 Jan 2019 10:00:00 +0000',
    ]);
    expect(findOrigin(bounce, { trustedAuthservIds: ['mail.example.com'] })).toEqual(local);
    expect(findOrigin(bounce, {})).toEqual(local);
    // Submitted from the office network, delivered on the same server.
    const office = chain([
      'Received: from pc7.office (pc7.office [192.168.1.7]) by mail.example.com; 1 Jan 2019 10:00:00 +0000',
      'Received: from localhost (localhost [127.0.0.1]) by mail.example.com; 1 Jan 2019 09:59:59 +0000',
    ]);
    // Its LAN name (`pc7.office`) is not one the rules know for a relay: it is the entry, with no
    // address, read as local all the same (lib/analyze.ts decides by the From).
    expect(findOrigin(office, {})).toMatchObject({ hopIndex: 0, ip: null, local: true });
    // No Received at all (an attachment, a draft): nothing says where it was written.
    expect(findOrigin([], {}).local).toBeUndefined();
    // A network delivery whose client is named by its HELO alone (MDaemon prints the HELO, which a
    // sender can make the receiver's own name): not a local hand-off.
    const mdaemon = chain([
      'Received: from mail.example.com by mail.example.com (MDaemon PRO v23) with ESMTPS id md1; 1 Jan 2019 10:00:00 +0000',
    ]);
    expect(findOrigin(mdaemon, {}).local).toBeUndefined();
    // OpenSMTPD's record of a program on the host enqueueing through its socket: local. The same
    // words printed by a receiver that prints the client's HELO raw (MDaemon), or naming another
    // host, are not.
    const opensmtpd = (line: string) => findOrigin(chain([line]), {});
    expect(
      opensmtpd(
        'Received: from localhost (fw.example.org [local]) by fw.example.org (OpenSMTPD) with ESMTPA id 5e1c9a2b for <root@fw.example.org>; 1 Jan 2019 10:00:00 +0000',
      ),
    ).toEqual(local);
    for (const line of [
      'Received: from localhost (fw.example.org [local]) by fw.example.org (MDaemon PRO v23) with ESMTPA id md1; 1 Jan 2019 10:00:00 +0000',
      'Received: from localhost (mail.attacker.example [local]) by fw.example.org (OpenSMTPD) with ESMTPA id 5e1c9a2b; 1 Jan 2019 10:00:00 +0000',
    ])
      expect(opensmtpd(line).local, line).toBeUndefined();
  });

  it('a hop naming another client without an address is not local: no origin, not inside', () => {
    const hops = parseReceivedChain(
      parseMessage('Received: from mail.attacker.example by mx.example.com; 1 Jan 2019 10:00:00 +0000\n\n')
        .headers,
    );
    expect(findOrigin(hops, { trustedAuthservIds: ['mx.example.com'] })).toEqual({
      hopIndex: null,
      ip: null,
      helo: null,
      rdns: null,
    });
    // Under a local hop, a public one the sender could have written is still the origin.
    const below = parseReceivedChain(
      parseMessage(
        'Received: by mx.example.com; 1 Jan 2019 10:00:01 +0000\nReceived: from x (x [203.0.113.9]) by y; 1 Jan 2019 10:00:00 +0000\n\n',
      ).headers,
    );
    expect(findOrigin(below, {}).ip).toBe('203.0.113.9');
  });

  describe('an entry that names its client by an internal address or none (probe13)', () => {
    const chain = (lines: string[]) => parseReceivedChain(parseMessage(`${lines.join('\n')}\n\n`).headers);
    const forged =
      'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mx.reader.example (Postfix) with ESMTPS id 4Zz; 20 Nov 2026 10:00:03 +0000';
    const ids = { trustedAuthservIds: ['mx.reader.example'] };

    it('an internal hop whose client names itself as a stranger is the entry, with no address (probe16)', () => {
      // A receiver behind a NAT or a TCP proxy records one private address for every client: the
      // client's HELO is then all that says who it was, and a stranger's HELO makes that line the
      // entry, whatever the sender wrote below it.
      for (const line of [
        'Received: from mail.attacker.example (unknown [172.22.1.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
        // The proxy's reverse name, `localhost`, speaks for no client that gave a HELO of its own.
        'Received: from mail.attacker.example (localhost [127.0.0.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
        'Received: from localhost ([127.0.0.1]:48872 helo=mail.attacker.example) by mx.reader.example with esmtps (Exim 4.97) id 1tQ; 20 Nov 2026 10:00:05 +0000',
        // A public address literal over a private address: the client's claim, not the receiver's record.
        'Received: from [192.0.2.10] (unknown [172.22.1.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
      ]) {
        for (const hints of [ids, {}]) {
          const origin = findOrigin(chain([line, forged]), hints);
          expect(origin, line).toMatchObject({ hopIndex: 0, ip: null, unaddressed: true, local: true });
          expect(origin.natAddress, line).toMatch(/^(?:172\.22\.1\.1|127\.0\.0\.1)$/);
        }
      }
    });

    it('still a known limit: behind a NAT, a client that names the host of its own forged line below is walked past', () => {
      const nat = chain([
        'Received: from smtp-out.relaymail.example (unknown [172.22.1.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
        'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by smtp-out.relaymail.example (Postfix) with ESMTPS id 4Zz; 20 Nov 2026 10:00:03 +0000',
      ]);
      expect(findOrigin(nat, ids).ip).toBe('192.0.2.10');
    });

    it('behind a NAT, a client named as the host that took the line below as a login submission is the author’s server, not a relay', () => {
      // Real-mail round 27: the author's own server, behind the reader's Docker proxy, greets with
      // its name; the line below is its record of the author's submission from home.
      const authored = (withWord: string) =>
        chain([
          'Received: from mail.author.example (unknown [172.17.0.1]) by box.reader.example (Postfix) with ESMTPS id 4Zs; 20 Nov 2026 10:00:05 +0000',
          `Received: from [192.0.2.177] (dsl-192-0-2-177.isp.example [192.0.2.177]) (Authenticated sender: alice@author.example) by mail.author.example (Postfix) with ${withWord} id 4Zr; 20 Nov 2026 10:00:01 +0000`,
        ]);
      for (const hints of [ids, {}]) {
        expect(findOrigin(authored('ESMTPSA'), hints)).toMatchObject({
          hopIndex: 0,
          ip: null,
          natAddress: '172.17.0.1',
        });
        // The same greeting over a relay's line (no login) is walked past, as before: the known limit above.
        expect(findOrigin(authored('ESMTPS'), hints).ip).toBe('192.0.2.177');
      }
    });

    it('behind a NAT, a LAN name, a label under another public suffix, an empty greeting or a copied one is a stranger’s (probe21)', () => {
      for (const helo of [
        'DESKTOP-4QH7K2N',
        'mail.attacker.lan',
        'vm1.abc.ax.internal.cloudapp.net',
        'mail.reader.net',
        '.',
      ]) {
        const line = `Received: from ${helo} (unknown [172.22.1.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000`;
        for (const hints of [ids, {}])
          expect(findOrigin(chain([line, forged]), hints), helo).toMatchObject({ hopIndex: 0, ip: null });
      }
      // The greeting copied into the forged line: a filter passing it on runs on the box, not on the LAN.
      const copied = chain([
        'Received: from mail.attacker.example (unknown [172.22.1.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
        'Received: from mail.attacker.example (mail.attacker.example [192.0.2.10]) by mx.reader.example (Postfix) with ESMTPS id 4Zz; 20 Nov 2026 10:00:03 +0000',
      ]);
      expect(findOrigin(copied, ids)).toMatchObject({ hopIndex: 0, ip: null });
      // On the box itself a LAN name is the box's own (a content filter re-injecting).
      const filter = chain([
        'Received: from amavis (localhost [127.0.0.1]) by mx.reader.example (Postfix) with ESMTP id 4Qx; 20 Nov 2026 10:00:05 +0000',
        forged,
      ]);
      expect(findOrigin(filter, ids).ip).toBe('192.0.2.10');
    });

    it('a NAT or proxy the user named is the entry whatever its client says (`natNetworks`)', () => {
      const below =
        'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by smtp-out.relaymail.example (Postfix) with ESMTPS id 4Zz; 20 Nov 2026 10:00:03 +0000';
      for (const line of [
        // The HELO names the host of the forged line below: a relay of the receiver's, by its name.
        'Received: from smtp-out.relaymail.example (unknown [172.22.1.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
        'Received: from localhost (localhost [127.0.0.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
        // A public balancer's address, handing on without the PROXY protocol.
        'Received: from smtp-out.relaymail.example (lb.reader.example [203.0.113.80]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
      ]) {
        // Unnamed, the private address is a relay of the receiver's and the balancer the entry,
        // its own address checked by SPF.
        expect(findOrigin(chain([line, below]), ids).ip, line).not.toBeNull();
        for (const hints of [
          { ...ids, natNetworks: ['172.22.0.0/16', '127.0.0.1', '203.0.113.80'] },
          { natNetworks: ['172.22.0.0/16', '127.0.0.1', '203.0.113.80'] },
        ]) {
          expect(findOrigin(chain([line, below]), hints), line).toMatchObject({
            hopIndex: 0,
            ip: null,
            unaddressed: true,
            natDeclared: true,
          });
        }
      }
      // LMTP from a named address is still the receiver's own hand-off.
      const lmtp = chain([
        'Received: from mx.reader.example (unknown [172.22.1.1]) by store.reader.example with LMTP; 20 Nov 2026 10:00:06 +0000',
        'Received: from mail.sender.example (mail.sender.example [203.0.113.9]) by mx.reader.example with ESMTPS id 2; 20 Nov 2026 10:00:04 +0000',
      ]);
      expect(findOrigin(lmtp, { ...ids, natNetworks: ['172.22.0.0/16'] }).ip).toBe('203.0.113.9');
    });

    it('an inner server’s line over a public host’s is the receiver’s own tier, whatever the greeting (realworld23)', () => {
      const pub =
        'Received: from mx.sender.example (mx.sender.example [203.0.113.9]) by mail.stadt-x.example with ESMTPS id 2; 20 Nov 2026 10:00:04 +0000';
      for (const line of [
        // An Edge named under its IT provider's domain, over the Edge's public receive connector.
        'Received: from EDGE02.edge.it-provider.example (10.40.9.5) by LND-MBX01.lindenau.local (10.40.2.11) with Microsoft SMTP Server id 15.2.1544.4; 20 Nov 2026 10:00:05 +0000',
        // A gateway greeting with its ISP's PTR name, over a bare-named inner server.
        'Received: from static-203-0-113-40.business.isp.example ([192.168.20.5]) by TB-EX01 with ESMTP; 20 Nov 2026 10:00:05 +0000',
        // A DMZ gateway in a .lokal network.
        'Received: from mgw01.dmz.lokal (172.16.30.4) by SRV-EX.schneider.lokal (172.16.10.20) with Microsoft SMTP Server id 15.2.1544.4; 20 Nov 2026 10:00:05 +0000',
      ]) {
        expect(findOrigin(chain([line, pub]), {}), line).toMatchObject({ hopIndex: 1, ip: '203.0.113.9' });
      }
      // A filter on the box passing the sender's own greeting on (ASSP before hMailServer): the same
      // host's line below, for a public client under the same greeting.
      const assp = chain([
        'Received: from mx.sender.example ([127.0.0.1]) by mail.firm.example with hMailServer; 20 Nov 2026 10:00:05 +0000',
        'Received: from mx.sender.example ([198.51.100.84]) by mail.firm.example; 20 Nov 2026 10:00:04 +0000',
      ]);
      expect(findOrigin(assp, {}).ip).toBe('198.51.100.84');
      // The NAT'd receiver's own line, written by its public host: the stranger's greeting still
      // makes it the entry, and a forged line whose greeting differs is not read.
      const nat = chain([
        'Received: from mail.attacker.example (localhost [127.0.0.1]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; 20 Nov 2026 10:00:05 +0000',
        forged,
      ]);
      expect(findOrigin(nat, ids)).toMatchObject({ hopIndex: 0, ip: null });
    });

    it('internal relays of real multi-tier receivers are walked past (realworld18)', () => {
      for (const [line, below] of [
        // A Cisco ESA's delivery interface name over Exchange, in a private namespace.
        [
          'Received: from esa01-data2.hafen.lan (10.20.5.21) by HL-EX01.corp.local (10.20.5.40) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.4; 20 Nov 2026 10:00:05 +0000',
          'mx1.hafen-logistik.example',
        ],
        // A campus gateway's interface name: the same organisation's label under another suffix.
        [
          'Received: from esa2-p2.rz.uni-oststadt.intern (unknown [10.141.0.12]) by mail.chemie.uni-oststadt.example (Postfix) with ESMTP id 1; 20 Nov 2026 10:00:05 +0000',
          'mx2.uni-oststadt.example',
        ],
        // A DMZ relay that greets with the organisation's public name.
        [
          'Received: from mail.praxis-nord.example ([192.168.50.2]) by kerio.praxis-nord.lan (Kerio Connect 10.0.2) with ESMTPS; 20 Nov 2026 10:00:05 +0000',
          'relay01.dmz.praxis-nord.lan',
        ],
        // Proofpoint's filter re-injecting on the box.
        [
          'Received: from pps.filterd (m0208641.ppops.net [127.0.0.1]) by mx0b-00452201.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id 5AK9x; 20 Nov 2026 10:00:05 +0000',
          'mx0b-00452201.pphosted.com',
        ],
        // A container's name, the container having written the line below.
        [
          'Received: from 3f2a9c1d7b4e (unknown [172.17.0.5]) by mail.reader.example (Postfix) with ESMTP id 1; 20 Nov 2026 10:00:05 +0000',
          '3f2a9c1d7b4e',
        ],
      ] as const) {
        const hops = chain([
          line,
          `Received: from mail.sender.example (mail.sender.example [203.0.113.9]) by ${below} with ESMTPS id 2; 20 Nov 2026 10:00:04 +0000`,
        ]);
        expect(findOrigin(hops, {}), line).toMatchObject({ hopIndex: 1, ip: '203.0.113.9' });
      }
    });

    it('an internal relay whose client wrote the line below (same name, a bare name, a private namespace) is walked past', () => {
      for (const [from, by] of [
        ['exch01.corp.local', 'exch01.corp.local'],
        ['mx3', 'mx3.messagingengine.com'],
        ['relay.reader.example', 'relay.reader.example'],
        ['edge1.corp.example', 'edge1'],
      ] as const) {
        const hops = chain([
          `Received: from ${from} (unknown [10.1.1.5]) by mx.reader.example (Postfix) with ESMTP id 1; 20 Nov 2026 10:00:05 +0000`,
          `Received: from mail.sender.example (mail.sender.example [203.0.113.9]) by ${by} with ESMTPS id 2; 20 Nov 2026 10:00:04 +0000`,
        ]);
        expect(findOrigin(hops, {}), from).toMatchObject({ hopIndex: 1, ip: '203.0.113.9' });
      }
    });

    it('an internal LMTP hop, localhost or an address literal is never the entry', () => {
      for (const line of [
        'Received: from compute2.internal (compute2.nyi.internal [10.202.2.42]) by sloti12n33 (Cyrus) with LMTPA; 20 Nov 2026 10:00:05 +0000',
        'Received: from localhost (localhost [127.0.0.1]) by mx.reader.example (Postfix) with ESMTP id 1; 20 Nov 2026 10:00:05 +0000',
        'Received: from [10.0.0.9] (unknown [10.0.0.9]) by mx.reader.example (Postfix) with ESMTP id 1; 20 Nov 2026 10:00:05 +0000',
      ]) {
        const hops = chain([
          line,
          'Received: from mail.sender.example (mail.sender.example [203.0.113.9]) by mx.reader.example with ESMTPS id 2; 20 Nov 2026 10:00:04 +0000',
        ]);
        expect(findOrigin(hops, ids).ip, line).toBe('203.0.113.9');
      }
    });

    it('MDaemon: its client’s address comes from the X-MDRemoteIP row under its own line, never the HELO', () => {
      const md = (helo: string, rows: string[]) =>
        chain([
          `Received: from ${helo} by mx.reader.example (MDaemon PRO v10.1.1)\n with ESMTP id md50000092331.msg\n for <robin@reader.example>; 20 Nov 2026 10:00:05 +0000`,
          ...rows,
          forged,
          'X-MDRemoteIP: 192.0.2.10',
        ]);
      const spam = 'X-Spam-Processed: mx.reader.example, 20 Nov 2026 10:00:05 +0000';
      // The HELO the bank's address literal: not an address the receiver recorded.
      expect(findOrigin(md('[192.0.2.10]', [spam, 'X-MDRemoteIP: 198.51.100.66']), ids)).toMatchObject({
        hopIndex: 0,
        ip: '198.51.100.66',
      });
      // Without MDaemon's row, the entry has no address: the forged line below and the row the
      // sender wrote under it are not read.
      expect(findOrigin(md('mail.attacker.example', [spam]), ids)).toMatchObject({
        hopIndex: 0,
        ip: null,
        unaddressed: true,
      });
      expect(findOrigin(md('mx.reader.example', [spam]), ids)).toMatchObject({ hopIndex: 0, ip: null });
      expect(findOrigin(md('mx.reader.example', [spam]), ids).local).toBeUndefined();
      // A row the sender wrote after MDaemon's own block (X-Return-Path … X-MDaemon-Deliver-To),
      // when MDaemon wrote none, is not read.
      expect(
        findOrigin(
          md('mail.attacker.example', [
            spam,
            'X-Return-Path: security@northbank.example',
            'X-MDaemon-Deliver-To: robin@reader.example',
            'X-MDRemoteIP: 192.0.2.10',
          ]),
          ids,
        ),
      ).toMatchObject({ hopIndex: 0, ip: null });
      // The row wins over an address comment the HELO itself may carry.
      expect(
        findOrigin(md('mail.northbank.example ([192.0.2.10])', [spam, 'X-MDRemoteIP: 198.51.100.66']), ids)
          .ip,
      ).toBe('198.51.100.66');
      // MDaemon 21's line has no from clause: the row names the client all the same.
      const byOnly = chain([
        'Received: by mx.reader.example (198.51.100.2) (MDaemon PRO v21.5.0)\n\twith ESMTPSA id md5001.msg; 20 Nov 2026 10:00:05 +0000',
        spam,
        'X-MDRemoteIP: 203.0.113.9',
        forged,
      ]);
      expect(findOrigin(byOnly, ids)).toMatchObject({ hopIndex: 0, ip: '203.0.113.9' });
      const byOnlyNoRow = chain([
        'Received: by mx.reader.example (198.51.100.2) (MDaemon PRO v21.5.0)\n\twith ESMTPSA id md5001.msg; 20 Nov 2026 10:00:05 +0000',
        forged,
      ]);
      expect(findOrigin(byOnlyNoRow, ids)).toMatchObject({ hopIndex: 0, ip: null });
      // MDaemon's own comment form keeps its address.
      const withComment = chain([
        'Received: from smtpclient.apple ([143.244.47.72]) by auristor.com (208.125.0.237) (MDaemon PRO v26.0.2)\n\twith ESMTPSA id md5001005270902.msg; Wed, 13 May 2026 05:48:12 -0400',
      ]);
      expect(findOrigin(withComment, {}).ip).toBe('143.244.47.72');
    });

    it('30,000 forged MDaemon lines cost no quadratic search', () => {
      const many = Array.from(
        { length: 30_000 },
        () =>
          'Received: from x by mx.reader.example (MDaemon PRO v10.1.1) with ESMTP id md1; 20 Nov 2026 10:00:05 +0000',
      );
      const hops = chain(many);
      expect(hops).toHaveLength(30_000);
      expect(findOrigin(hops, ids)).toMatchObject({ hopIndex: 0, ip: null });
    });
  });

  it('invalid receiver networks are ignored, not fatal', () => {
    const hops = hopsOf('exim-postfix-chain.eml');
    expect(findOrigin(hops, { receiverNetworks: ['not-a-cidr', '300.1.1.1/8', '2001:db8::/200'] }).ip).toBe(
      '2001:db8::25',
    );
  });
});
