import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceived, parseReceivedChain } from '../../../lib/message/received';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/messages/${name}`, import.meta.url));

describe('parseReceived: MTA variants', () => {
  it('Postfix: helo, rDNS, IP, by, with, id, for and date', () => {
    const hop = parseReceived(
      'Received: from mail.example.org (mail.example.org [192.0.2.10]) by mx.example.com (Postfix) with ESMTPS id 4ABCD1234 for <bob@example.com>; Tue,  1 Jan 2019 10:00:00 +0100 (CET)',
    );
    expect(hop).toMatchObject({
      helo: 'mail.example.org',
      rdns: 'mail.example.org',
      ip: '192.0.2.10',
      by: 'mx.example.com',
      with: 'ESMTPS',
      id: '4ABCD1234',
      for: 'bob@example.com',
      date: '2019-01-01T09:00:00.000Z',
    });
  });

  it('a quoted RCPT TO in `for` is read whole: its domain is the last one, not one inside the quotes (probe16)', () => {
    const r = parseReceived(
      'Received: from a (a [198.51.100.66]) by mx.reader.example (Postfix) with ESMTPS id 1 for <"robin+ref@northbank.example case-4471"@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000',
    );
    expect(r.for).toBe('"robin+ref@northbank.example case-4471"@reader.example');
    expect(
      parseReceived(
        'Received: from a ([198.51.100.66]) by mx.reader.example id 1 for <robin@reader.example>; 20 Nov 2026 10:00:05 +0000',
      ).for,
    ).toBe('robin@reader.example');
  });

  it('CommuniGate Pro’s unresolved client, `from [IP] (HELO name)`: the from-word is its address', () => {
    const r = parseReceived(
      'Received: from [192.0.2.233] (HELO mail.sender.example) by mx.reader.example (CommuniGate Pro SMTP 6.3.19) with ESMTPS id 8812 for robin@reader.example; Fri, 20 Nov 2026 10:00:05 +0100',
    );
    expect(r).toMatchObject({ ip: '192.0.2.233', helo: 'mail.sender.example' });
    // The client's HELO an address literal of someone else's (the bank's): its word, not a record.
    const literal = parseReceived(
      'Received: from [198.51.100.66] (HELO [192.0.2.10]) by mx.reader.example (CommuniGate Pro SMTP 6.3.19) with ESMTPS id 8813; Fri, 20 Nov 2026 10:00:05 +0100',
    );
    expect(literal.ip).toBe('198.51.100.66');
    // A HELO that closes its comment and opens another holding the bank's address (probe20):
    // CommuniGate's record is the from-word, whatever comments follow.
    const closed = parseReceived(
      'Received: from [198.51.100.66] (HELO mail.attacker.example) ([192.0.2.10]) by mx.reader.example (CommuniGate Pro SMTP 6.3.19) with ESMTPS id 8814; Fri, 20 Nov 2026 10:00:05 +0100',
    );
    expect(closed).toMatchObject({ ip: '198.51.100.66', helo: 'mail.attacker.example' });
    // Its authenticated submissions: `(account user [IP] verified)`, `(account user HELO name)`.
    expect(
      parseReceived(
        'Received: from [10.8.8.230] (account michael@rz.uni-x.example [10.8.8.230] verified) by mail.uni-x.example (CommuniGate Pro SMTP 6.3.19) with ESMTPSA id 46984509; Thu, 10 Apr 2025 16:04:35 +0200',
      ),
    ).toMatchObject({ ip: '10.8.8.230' });
    expect(
      parseReceived(
        'Received: from [151.41.75.232] (account l.a@uni-y.example HELO sweethome) by uni-y.example (CommuniGate Pro SMTP 6.1.11) with ESMTPSA id 147267237; Thu, 09 Apr 2020 15:00:21 +0200',
      ),
    ).toMatchObject({ ip: '151.41.75.232', helo: 'sweethome' });
    // Another MTA's line is read as before: the qmail form keeps its own record, written last.
    expect(
      parseReceived(
        'Received: from unknown (HELO mail.attacker.example) ([192.0.2.10]) (198.51.100.66) by mx.reader.example with SMTP; 20 Nov 2026 09:00:05 -0000',
      ).ip,
    ).toBe('198.51.100.66');
  });

  it('Postfix: unknown rDNS and an IPv6 literal', () => {
    const hop = parseReceived(
      'from helo.example.org (unknown [IPv6:2001:DB8:0:0::25]) by mx.example.com (Postfix) with ESMTP id 1; Tue, 1 Jan 2019 10:00:00 +0000',
    );
    expect(hop).toMatchObject({ helo: 'helo.example.org', rdns: null, ip: '2001:db8::25' });
  });

  it('Gmail: trailing dot on the rDNS name and SMTPS', () => {
    const hop = parseReceived(
      'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id a1sor123.45.2019.01.01.10.00.00 for <bob@example.com> (Google Transport Security); Tue, 1 Jan 2019 10:00:00 -0800 (PST)',
    );
    expect(hop).toMatchObject({
      helo: 'mail-sor-f41.google.com',
      rdns: 'mail-sor-f41.google.com',
      ip: '209.85.220.41',
      by: 'mx.google.com',
      with: 'SMTPS',
      date: '2019-01-01T18:00:00.000Z',
    });
  });

  it('Gmail submission: the observed IP wins over the private HELO literal', () => {
    const hop = parseReceived(
      'from [192.168.1.10] ([203.0.113.7]) by smtp.gmail.com with ESMTPSA id q1sm1.2019; Tue, 01 Jan 2019 10:00:00 -0800 (PST)',
    );
    expect(hop).toMatchObject({ helo: '[192.168.1.10]', ip: '203.0.113.7', rdns: null, with: 'ESMTPSA' });
  });

  it('Gmail internal hand-off without a from-side', () => {
    const hop = parseReceived(
      'by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id x12csp; Tue, 1 Jan 2019 10:00:01 -0800',
    );
    expect(hop).toMatchObject({
      helo: null,
      ip: null,
      by: '2002:a05:6a10:a0d1:b0:2f5:1234:5678',
      with: 'SMTP',
    });
  });

  it('Microsoft: bare IPs in comments, multi-word "with", id and via', () => {
    const hop = parseReceived(
      'from AM0EUR01FT012.eop-EUR01.prod.protection.outlook.com (2603:10a6:208:15::4d) by AM6PR0502CA0012.outlook.office365.com (2603:10a6:209:ff::22) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1234.10 via Frontend Transport; Tue, 1 Jan 2019 18:00:03 +0000',
    );
    expect(hop).toMatchObject({
      helo: 'AM0EUR01FT012.eop-EUR01.prod.protection.outlook.com',
      rdns: null,
      ip: '2603:10a6:208:15::4d',
      by: 'AM6PR0502CA0012.outlook.office365.com',
      with: 'Microsoft SMTP Server',
      id: '15.20.1234.10',
    });
  });

  it('Exim: the from-word is the rDNS, the HELO is in the comment, the port is dropped', () => {
    const hop = parseReceived(
      'from mail.example.org ([198.51.100.7]:41234 helo=smtp.example.org) by relay.example.net with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <a@example.org>) id 1abcde-000123-AB for erin@example.com; Tue, 01 Jan 2019 10:04:30 +0000',
    );
    expect(hop).toMatchObject({
      helo: 'smtp.example.org',
      rdns: 'mail.example.org',
      ip: '198.51.100.7',
      with: 'esmtps',
      id: '1abcde-000123-AB',
      for: 'erin@example.com',
    });
  });

  it('Exim without rDNS: bare IP literal after from', () => {
    const hop = parseReceived(
      'from [203.0.113.9] (helo=laptop) by mx.example.net with esmtpa (Exim 4.96); Tue, 01 Jan 2019 10:00:00 +0000',
    );
    expect(hop).toMatchObject({ helo: 'laptop', rdns: null, ip: '203.0.113.9' });
  });

  it('qmail: (HELO name) then (IP); the "invoked from network" form has no sender', () => {
    expect(
      parseReceived(
        'from unknown (HELO mail.example.org) (198.51.100.8) by mx.example.net with SMTP; 1 Jan 2019 10:00:00 -0000',
      ),
    ).toMatchObject({ helo: 'mail.example.org', rdns: null, ip: '198.51.100.8', with: 'SMTP' });
    expect(parseReceived('(qmail 12345 invoked from network); 1 Jan 2019 10:00:00 -0000')).toMatchObject({
      ip: null,
      helo: null,
      date: '2019-01-01T10:00:00.000Z',
    });
  });

  it('Sendmail: user@host before the IP and a nested "(may be forged)"', () => {
    const hop = parseReceived(
      'from helo.example.org (user@rdns.example.org [192.0.2.44] (may be forged)) by mx.example.net (8.15.2/8.15.2) with ESMTP id x01A0abc012345; Tue, 1 Jan 2019 10:00:00 GMT',
    );
    expect(hop).toMatchObject({
      helo: 'helo.example.org',
      rdns: 'rdns.example.org',
      ip: '192.0.2.44',
      id: 'x01A0abc012345',
    });
  });

  it('normalises IPv4-mapped IPv6 to IPv4', () => {
    expect(
      parseReceived('from x.example.net ([::ffff:192.0.2.1]) by mx.example.com; 1 Jan 2019 10:00:00 +0000')
        .ip,
    ).toBe('192.0.2.1');
  });

  it('does not take a TLS comment or version numbers for an IP', () => {
    const hop = parseReceived(
      'from a.example.org (a.example.org [192.0.2.3]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) by mx.example.com (8.15.2/8.15.2) with ESMTPS id 1; Tue, 1 Jan 2019 10:00:00 +0000',
    );
    expect(hop).toMatchObject({ ip: '192.0.2.3', by: 'mx.example.com', with: 'ESMTPS' });
  });

  it('takes the receiver’s record of the connection, not an address hidden in the client’s HELO name', () => {
    // The client chose its HELO name; the receiver appended what it saw after it.
    expect(
      parseReceived(
        'from x([198.51.100.25]) (mail.evil.example. [203.0.113.9]) by mx.google.com with ESMTPS id y; Tue, 3 Mar 2026 10:00:05 -0800',
      ),
    ).toMatchObject({ ip: '203.0.113.9', rdns: 'mail.evil.example' });
    // Microsoft prints bare addresses: the same rule.
    expect(
      parseReceived(
        'from x (198.51.100.25) (203.0.113.9) by AM0EUR01FT012.mail.protection.outlook.com (10.152.2.148) with Microsoft SMTP Server; Tue, 1 Jan 2019 17:59:59 +0000',
      ).ip,
    ).toBe('203.0.113.9');
    // Sendmail's trailing "(may be forged)" and Postfix's TLS comments name no address.
    expect(
      parseReceived(
        'from helo.example (mail.example.org [192.0.2.3]) (may be forged) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) by mx.example.com; Tue, 1 Jan 2019 10:00:00 +0000',
      ),
    ).toMatchObject({ ip: '192.0.2.3', rdns: 'mail.example.org' });
  });

  it('keeps an unparseable date as null and the line as written', () => {
    const hop = parseReceived('Received: from a.example.org by b.example.com; sometime');
    expect(hop.date).toBeNull();
    expect(hop.line).toBe('Received: from a.example.org by b.example.com; sometime');
  });
});

describe('parseReceivedChain', () => {
  it('orders hops top-down, computes delays and keeps negative ones (clock skew)', () => {
    const hops = parseReceivedChain(parseMessage(fixture('exim-postfix-chain.eml')).headers);
    expect(hops.map((h) => h.index)).toEqual([0, 1, 2, 3]);
    expect(hops.map((h) => h.ip)).toEqual(['127.0.0.1', '2001:db8::25', '198.51.100.7', '10.1.2.3']);
    expect(hops.map((h) => h.delaySeconds)).toEqual([60, -30, 270, null]);
    expect(hops.every((h) => h.asn === null && h.hosting === null && h.esp === null && !h.internal)).toBe(
      true,
    );
    expect(hops[1]?.line).toMatch(
      /^Received: from relay\.example\.net \(relay\.example\.net \[IPv6:2001:db8::25\]\)/,
    );
  });

  it('reads the folded Microsoft chain', () => {
    const hops = parseReceivedChain(parseMessage(fixture('outlook-delivered.eml')).headers);
    expect(hops.map((h) => h.ip)).toEqual([
      '2603:10a6:803:1::11',
      '2603:10a6:209:ff::22',
      '2603:10a6:208:15::4d',
      '203.0.113.25',
      '10.0.0.5',
    ]);
    expect(hops[3]).toMatchObject({
      helo: 'smtp.example.net',
      by: 'AM0EUR01FT012.mail.protection.outlook.com',
    });
    expect(hops[0]?.date).toBe('2019-01-01T18:00:05.000Z');
    expect(hops.map((h) => h.delaySeconds)).toEqual([1, 1, 2, 2, null]);
  });
});
