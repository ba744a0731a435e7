// Issue 16 item 4: the client chooses its HELO name, and some MTAs print it as sent, brackets and
// parentheses included. The address SPF checks must come only from what the receiver wrote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { findOrigin } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceived, parseReceivedChain } from '../../../lib/message/received';

const REAL = '203.0.113.9';
const DATE = 'Tue, 3 Mar 2026 10:00:05 +0000';

/** The receiver-written layouts, each with the client's HELO name where that MTA prints it. */
const LAYOUTS: Record<string, (helo: string) => string> = {
  Postfix: (h) =>
    `from ${h} (mail.evil.example [${REAL}]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; ${DATE}`,
  'Postfix, unknown rDNS and SASL': (h) =>
    `from ${h} (unknown [${REAL}]) (Authenticated sender: u@evil.example) by mx.reader.example (Postfix) with ESMTPSA id 4Qx; ${DATE}`,
  Sendmail: (h) =>
    `from ${h} (ident@mail.evil.example [${REAL}] (may be forged)) by mx.reader.example (8.15.2/8.15.2) with ESMTP id x01; ${DATE}`,
  Gmail: (h) =>
    `from ${h} (mail.evil.example. [${REAL}]) by mx.google.com with ESMTPS id a1si123 for <robin@reader.example> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); ${DATE}`,
  qmail: (h) => `from unknown (HELO ${h}) (${REAL}) by mx.reader.example with SMTP; ${DATE}`,
  Yahoo: (h) =>
    `from 127.0.0.1  (EHLO ${h}) (${REAL}) by atlas220.free.mail.bf1.yahoo.com with SMTPS; ${DATE}`,
  // Yahoo since 2021: its inner MTA writes the client's address first, the EHLO argument after it.
  'Yahoo 2025': (h) =>
    `from ${REAL} (EHLO ${h}) by 10.253.233.86 with SMTPs (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256); ${DATE}`,
  Exchange: (h) =>
    `from ${h} (${REAL}) by AM0EUR01FT012.mail.protection.outlook.com (10.152.2.148) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1234.10 via Frontend Transport; ${DATE}`,
  'Exim with rDNS': (h) =>
    `from mail.evil.example ([${REAL}]:41234 helo=${h}) by mx.reader.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) id 1abc-00; ${DATE}`,
  'Exim without rDNS': (h) =>
    `from [${REAL}] (helo=${h}) by mx.reader.example with esmtp (Exim 4.96) id 1abc-00; ${DATE}`,
};

describe('HELO names that imitate the receiver’s record', () => {
  it('an unbalanced "(" that swallows the receiver’s comment: no IP, the line is unreadable', () => {
    const hop = parseReceived(
      `from a([12.96.58.25] (real.host [${REAL}]) by mx.reader.example (Postfix) with ESMTP id 1; ${DATE}`,
    );
    expect(hop.ip).toBeNull();
    expect(hop.unreadable).toBe(true);
  });

  it.each([
    ['a complete comment', 'x([198.51.100.25])'],
    ['an address literal', '[198.51.100.25]'],
    ['a bare address comment', 'x(198.51.100.25)'],
    ['a Sendmail-looking comment', 'x(user@relay.example[198.51.100.25])'],
    ['a lone ")"', 'x)'],
    ['an "[" never closed', 'a[198.51.100.25'],
  ])('Postfix, %s: the receiver’s own address', (_, helo) => {
    const hop = parseReceived(LAYOUTS.Postfix!(helo));
    expect(hop.ip).toBe(REAL);
    expect(hop.unreadable).toBeUndefined();
  });

  it('Exim prints the HELO inside its own comment: an address comment after it is unreadable', () => {
    const hop = parseReceived(LAYOUTS['Exim with rDNS']!('x)([198.51.100.25]'));
    expect(hop).toMatchObject({ ip: null, unreadable: true });
    // A harmless name after helo= changes nothing.
    expect(parseReceived(LAYOUTS['Exim with rDNS']!('x)(helo=y')).ip).toBe(REAL);
  });

  it('qmail and Yahoo: a (HELO …) comment cannot add an address after the receiver’s', () => {
    expect(parseReceived(LAYOUTS.qmail!('x)(198.51.100.25')).ip).toBe(REAL);
    expect(parseReceived(LAYOUTS.Yahoo!('x)([198.51.100.25]')).ip).toBe(REAL);
  });

  it('a SASL user name that looks like an address is not the connection', () => {
    const hop = parseReceived(
      `from x (mail.evil.example [${REAL}]) (Authenticated sender: [198.51.100.25]) by mx.reader.example (Postfix); ${DATE}`,
    );
    expect(hop.ip).toBe(REAL);
  });

  it('legitimate layouts keep their address', () => {
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      expect(parseReceived(layout('mail.evil.example')).ip, name).toBe(REAL);
    }
  });

  it('property: no HELO text changes the address; at most the line becomes unreadable (no address)', () => {
    const piece = fc.constantFrom(
      '(',
      ')',
      '[',
      ']',
      '\\',
      '"',
      ';',
      ':',
      '@',
      '=',
      'helo=',
      'HELO',
      'by',
      'from',
      'with',
      '198.51.100.25',
      '[198.51.100.25]',
      '(198.51.100.25)',
      '([198.51.100.25])',
      'IPv6:2001:db8::25',
      'unknown',
      'mail.bank.example',
      'a',
      '.',
    );
    const helo = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(LAYOUTS)), helo, (layout, h) => {
        const hop = parseReceived(LAYOUTS[layout]!(h));
        return hop.unreadable ? hop.ip === null : hop.ip === REAL;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('an unreadable entry line in the origin walk', () => {
  const chain = (helo: string) =>
    parseReceivedChain(
      parseMessage(
        [
          `Received: ${LAYOUTS.Gmail!(helo)}`,
          // The sender's own line below, naming an address the spoofed domain's SPF allows.
          `Received: from o1.esp.example (o1.esp.example. [198.51.100.25]) by mx.google.com with ESMTPS id z; ${DATE}`,
          'From: a@paypal.com',
          '',
          'x',
        ].join('\r\n'),
      ).headers,
    );

  it.each([
    ['Gmail', { trustedAuthservIds: ['mx.google.com'], singleEntryHop: true }],
    ['no hints', {}],
  ])('stops there with no IP instead of taking the sender’s next line (%s)', (_, hints) => {
    const hops = chain('a([198.51.100.25]');
    expect(findOrigin(hops, hints)).toMatchObject({ hopIndex: 0, ip: null });
    expect(findOrigin(chain('mail.evil.example'), hints)).toMatchObject({ hopIndex: 0, ip: REAL });
  });
});

describe('a HELO carrying CRLF, recorded raw', () => {
  // The CRLF ends the receiver's line after "from a"; the HELO's next line is a whole Received
  // "by" the receiver with the bank's address, and the receiver's real record is left in a junk field.
  const raw = [
    'Received: from a',
    `Received: from mail.paypal.com (mail.paypal.com [198.51.100.25]) by mx.reader.example (Postfix) with ESMTPS id 4Qy; ${DATE}`,
    `X-Note: x (unknown [${REAL}]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; ${DATE}`,
    'Return-Path: <service@paypal.com>',
    'From: PayPal <service@paypal.com>',
    'To: robin@reader.example',
    'Subject: Your account',
    `Date: ${DATE}`,
    'Message-ID: <1@evil.example>',
    '',
    'x',
  ].join('\r\n');

  it('a line with a sending side and no "by" is unreadable; a line with neither is not', () => {
    const cut = parseReceivedChain(parseMessage('Received: from a\r\nFrom: a@b.example\r\n\r\nx').headers);
    expect(cut[0]!.unreadable).toBe(true);
    const qmail = 'Received: (qmail 6338 invoked by uid 399); 20 Nov 2026 10:00:06 -0000';
    expect(
      parseReceivedChain(parseMessage(`${qmail}\r\nFrom: a@b.example\r\n\r\nx`).headers)[0]!.unreadable,
    ).toBeUndefined();
  });

  it('the walk stops at the cut line: the forged entry below it never picks the address', async () => {
    const hops = parseReceivedChain(parseMessage(raw).headers);
    expect(findOrigin(hops, { trustedAuthservIds: ['mx.reader.example'] })).toMatchObject({
      hopIndex: 0,
      ip: null,
    });
    const zone = ZoneResolver.fromJson({
      'paypal.com': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
      '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
    } as never);
    const a = await analyzeMessage(raw, { resolver: zone, trustedAuthservIds: ['mx.reader.example'] });
    expect(a.verdict).toBe('spoofed');
    const f = a.findings.find((x) => x.id === 'received-unreadable');
    expect(f?.detail).toContain('names no receiving server');
    expect(f?.evidence).toEqual(['Received: from a']);
  });
});

describe('the verdict', () => {
  const zone = ZoneResolver.fromJson({
    'paypal.com': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
  } as never);
  const spoof = (helo: string, layout: string) =>
    [
      `Received: ${LAYOUTS[layout]!(helo)}`,
      'Return-Path: <service@paypal.com>',
      'From: PayPal <service@paypal.com>',
      'To: robin@reader.example',
      'Subject: Your account',
      `Date: ${DATE}`,
      'Message-ID: <1@evil.example>',
      '',
      'x',
    ].join('\r\n');

  it('the unbalanced-bracket spoof stays spoofed, with no IP and the finding that says why', async () => {
    const a = await analyzeMessage(spoof('a([198.51.100.25]', 'Postfix'), {
      resolver: zone,
      trustedAuthservIds: ['mx.reader.example'],
    });
    expect(a.origin.ip).toBeNull();
    expect(a.spf.result).toBe('none');
    expect(a.verdict).toBe('spoofed');
    const f = a.findings.find((x) => x.id === 'received-unreadable');
    expect(f?.severity).toBe('medium');
    expect(f?.evidence[0]).toContain('a([198.51.100.25]');
  });

  it('property: no HELO text turns a p=reject spoof from an unlisted address into anything but spoofed', async () => {
    const piece = fc.constantFrom('(', ')', '[', ']', '198.51.100.25', '[198.51.100.25]', 'helo=', 'x', '.');
    const helo = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('Postfix', 'Gmail', 'qmail', 'Exchange', 'Exim with rDNS'),
        helo,
        async (layout, h) => {
          const ids =
            layout === 'Gmail' ? ['mx.google.com'] : layout === 'Exchange' ? [] : ['mx.reader.example'];
          const a = await analyzeMessage(spoof(h, layout), { resolver: zone, trustedAuthservIds: ids });
          return a.verdict === 'spoofed' && (a.origin.ip === REAL || a.origin.ip === null);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('Haraka’s "[IP ]": a blank inside the receiver’s brackets', () => {
  const haraka = (helo: string, literal: string) =>
    `from ${helo} (mail.evil.example ${literal}) by mta25.filter.example (Haraka/2.1.4) with ESMTPS id 7B470838.1 envelope-from <a@evil.example> (version=TLSv1/SSLv3 cipher=AES256-SHA verify=OK); ${DATE}`;

  it.each([
    [`[${REAL} ]`, REAL],
    [`[ ${REAL}]`, REAL],
    [`[\t${REAL} \t]`, REAL],
    ['[IPv6:2001:db8::25 ]', '2001:db8::25'],
  ])('%s is the receiver’s record of the address', (literal, ip) => {
    expect(parseReceived(haraka('mail.evil.example', literal))).toMatchObject({
      ip,
      rdns: 'mail.evil.example',
      helo: 'mail.evil.example',
    });
  });

  it('a HELO name carrying its own address comment does not win over Haraka’s record', () => {
    // Before, "[203.0.113.9 ]" was not read, so the last comment with an address was the client's.
    const hop = parseReceived(haraka('x(spoof [198.51.100.25])', `[${REAL} ]`));
    expect(hop.ip).toBe(REAL);
  });

  it.each([
    ['[203.0.113.9 evil]', 'other text in the brackets'],
    ['[203.0 .113.9]', 'a blank inside the address'],
    ['[203.0.113.9\u00a0]', 'a no-break space'],
    ['[ 999.0.113.9 ]', 'no valid address'],
    ['[ ]', 'nothing'],
  ])('%s (%s) gives no address', (literal) => {
    expect(parseReceived(haraka('mail.evil.example', literal)).ip).toBeNull();
  });

  it('the hop below a gateway trusted by network is the one Haraka recorded', () => {
    const chain = parseReceivedChain(
      parseMessage(
        [
          `Received: from mta25.filter.example (198.51.100.186) by mail1.reader.example with ESMTP; ${DATE}`,
          `Received: ${haraka('ipex1.fsg.example', '[192.0.2.141 ]').replace('mail.evil.example', 'ipex1.fsg.example')}`,
          `Received: from exmb3.fsg.example ([10.181.198.38]) by ipex1.fsg.example with ESMTP; ${DATE}`,
          'From: a@fsg.example',
          '',
          'hi',
        ].join('\r\n'),
      ).headers,
    );
    const origin = findOrigin(chain, {
      trustedAuthservIds: ['mail1.reader.example'],
      gatewayNetworks: ['198.51.100.186/32'],
    });
    expect(origin.ip).toBe('192.0.2.141');
  });
});

// Red-team round 4: the client also chooses its reverse name (the PTR record of its own address),
// and a PTR record may hold any bytes. A receiver that prints it unchecked writes
// `(<PTR> [IP])`; the address is the receiver's literal at the end, never one the PTR wrote.
describe('a reverse name printed as the PTR record gave it', () => {
  const BANK = '192.0.2.10';
  const RDNS: Record<string, (rdns: string) => string> = {
    Postfix: (r) =>
      `from mail.bank.example (${r} [${REAL}]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; ${DATE}`,
    Sendmail: (r) =>
      `from mail.bank.example (${r} [${REAL}] (may be forged)) by mx.reader.example (8.15.2/8.15.2) with ESMTP id x01; ${DATE}`,
    Gmail: (r) => `from mail.bank.example (${r} [${REAL}]) by mx.google.com with ESMTPS id a1si123; ${DATE}`,
  };

  it.each([
    ['an address literal', `[${BANK}]`],
    ['a host name and a literal', `mail.bank.example [${BANK}]`],
    ['a literal with a port', `[${BANK}]:25`],
    ['a bare address', BANK],
    ['user@address', `u@${BANK}`],
    ['a link-local literal with a zone id', '[IPv6:fe80::1%eth0]'],
    ['a literal between words', `x [${BANK}] y`],
  ])('%s: the receiver’s own address', (_, rdns) => {
    for (const [name, layout] of Object.entries(RDNS)) {
      expect(parseReceived(layout(rdns)).ip, name).toBe(REAL);
    }
  });

  it('a reverse name that writes "helo=" before the receiver’s literal: unreadable, no address', () => {
    // Read as Exim's `from [IP] (helo=HELO)`, the HELO literal would be the client.
    const hop = parseReceived(
      `from [${BANK}] (x helo=y [${REAL}]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; ${DATE}`,
    );
    expect(hop).toMatchObject({ ip: null, unreadable: true });
    // Exim's own layouts keep their address.
    expect(parseReceived(LAYOUTS['Exim without rDNS']!(`[${BANK}]`)).ip).toBe(REAL);
    expect(parseReceived(LAYOUTS['Exim with rDNS']!(`[${BANK}]`)).ip).toBe(REAL);
  });

  it('property: no reverse name without parentheses gives another address (at most none)', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      ' ',
      '@',
      ':25',
      BANK,
      `[${BANK}]`,
      '[IPv6:2001:db8::25]',
      'IPv6:',
      'unknown',
      'mail.bank.example',
      '%eth0',
      'x',
      '.',
    );
    const rdns = fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(RDNS)), rdns, (layout, r) => {
        // Text the receiver's comment cannot be read from leaves the hop without an address.
        const ip = parseReceived(RDNS[layout]!(r)).ip;
        return ip === REAL || ip === null;
      }),
      { numRuns: 2000 },
    );
  });

  it('the spoof from the bank’s address in the PTR is spoofed, checked for the attacker’s address', async () => {
    const zone = ZoneResolver.fromJson({
      'bank.example': { TXT: [`v=spf1 ip4:${BANK} -all`] },
      '_dmarc.bank.example': { TXT: ['v=DMARC1; p=reject'] },
    } as never);
    const raw = [
      `Received: ${RDNS.Postfix!(`[${BANK}]`)}`,
      'Return-Path: <security@bank.example>',
      'From: Bank <security@bank.example>',
      'To: robin@reader.example',
      'Subject: Your account',
      `Date: ${DATE}`,
      'Message-ID: <1@evil.example>',
      '',
      'x',
    ].join('\r\n');
    const a = await analyzeMessage(raw, { resolver: zone, trustedAuthservIds: ['mx.reader.example'] });
    expect(a.origin.ip).toBe(REAL);
    expect(a.spf.result).toBe('fail');
    expect(a.verdict).toBe('spoofed');
  });
});

// Red-team round 5 (test/corpus/adversarial/probe5.ts): a reverse name or HELO printed raw that
// holds ")" and a keyword moves the receiver's own record out of the from clause.
describe('a client name that closes the comment and opens a clause', () => {
  const postfix = (helo: string, rdns: string) =>
    `from ${helo} (${rdns} [${REAL}]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; ${DATE}`;
  it.each([
    ['a PTR "x)": the literal left outside any comment', postfix('h', 'x)')],
    ['a PTR opening a second by', postfix('h', 'x [192.0.2.10]) by mx.reader.example (z')],
    ['a PTR opening a with clause before by', postfix('h', 'x [192.0.2.10]) with y (z')],
    ['a PTR opening a for clause with a private literal', postfix('h', '[10.9.8.7]) for <a@b.example> (z')],
    ['a HELO opening a with clause', postfix('x (192.0.2.10) with y', 'unknown')],
    [
      'a HELO whose by clause swallows the real one',
      postfix('[10.9.8.7] by mx.reader.example (z', 'unknown'),
    ],
    ['Exchange, a HELO opening a with clause', LAYOUTS.Exchange!('x (192.0.2.10) with y')],
  ])('%s: no IP, unreadable', (_, line) => {
    expect(parseReceived(line)).toMatchObject({ ip: null, unreadable: true });
  });

  it('the shapes receivers write stay readable: Mimecast’s two with clauses after by, a keyword glued to ")"', () => {
    expect(
      parseReceived(
        `from mail.example.org (mail.example.org [${REAL}]) by relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.3) id eu-mta-12-x; ${DATE}`,
      ),
    ).toMatchObject({ ip: REAL });
    expect(parseReceived(postfix('x (192.0.2.10)by', 'unknown')).ip).toBe(REAL);
  });
});
