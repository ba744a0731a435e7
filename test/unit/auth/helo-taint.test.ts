// The HELO a Received line prints, read for text that writes into a receiver's own results
// (lib/auth/helo-taint.ts): each real layout of a genuine HELO, and each way probes 47 to 51 wrote one.
import { describe, expect, it } from 'vitest';
import { heloWrites } from '../../../lib/auth/helo-taint';

describe('heloWrites', () => {
  it.each([
    [
      'Postfix',
      'from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mx.example.com',
      '192.0.2.10',
    ],
    ['Postfix over IPv6', 'from mail.northbank.example (unknown [IPv6:2001:db8::25]) by mx', '2001:db8::25'],
    [
      'an address-literal HELO',
      'from [192.0.2.10] (mail.northbank.example [192.0.2.10]) by mx',
      '192.0.2.10',
    ],
    ['Sendmail', 'from helo.example (user@rdns.example [192.0.2.44] (may be forged)) by mx', '192.0.2.44'],
    [
      'Cisco',
      'from mail.northbank.example (HELO mail.northbank.example) ([192.0.2.10]) by esa1',
      '192.0.2.10',
    ],
    [
      'Yahoo',
      'from 127.0.0.1  (EHLO mail185-28.suw21.brevo.com) (185.41.28.109)  by mta4231',
      '185.41.28.109',
    ],
    [
      'Exchange',
      'from EXCH01.corp.local (10.0.0.5) by EXCH02.corp.local (10.0.0.6) with Microsoft SMTP Server',
      '10.0.0.5',
    ],
    [
      'Stalwart with its AS comment',
      'from mx.shop.example (mx.shop.example [192.0.2.9] (AS64501 Host Ltd, GB)) by mx',
      '192.0.2.9',
    ],
    ['a Windows default name', 'from WIN-8QK3J2L1M0P (unknown [198.51.100.7]) by mx', '198.51.100.7'],
  ])('a genuine HELO: %s', (_, line, ip) => {
    expect(heloWrites(line, ip)).toBe(false);
  });

  it.each([
    [
      'a ";" (policyd-spf copies it raw)',
      'from x;dmarc=pass header.from=northbank.example (a.example [198.51.100.66]) by mx',
      '198.51.100.66',
    ],
    [
      'a backslash and a quote (rspamd)',
      'from a\\";dmarc=pass (a.example [198.51.100.66]) by mx',
      '198.51.100.66',
    ],
    ['a balanced comment first', 'from a(b);dmarc=pass (a.example [198.51.100.66]) by mx', '198.51.100.66'],
    [
      'its own [ip] first',
      'from a([198.51.100.66]);dmarc=pass (a.example [198.51.100.66]) by mx',
      '198.51.100.66',
    ],
    ['over IPv6', 'from a(b);dmarc=pass (a.example [IPv6:2001:db8:66::25]) by mx', '2001:db8:66::25'],
    [
      'at Exchange’s unbracketed address',
      'from a(b);dmarc=pass (198.51.100.66) by mx.protection.outlook.com',
      '198.51.100.66',
    ],
    ['inside Yahoo’s (EHLO …)', 'from 127.0.0.1 (EHLO a;dmarc=pass) (198.51.100.66) by mta', '198.51.100.66'],
  ])('a HELO that writes: %s', (_, line, ip) => {
    expect(heloWrites(line, ip)).toBe(true);
  });

  it('reads only the HELO word of a line without the client address (realworld103)', () => {
    // Yahoo's internal hand-off: the `;` before the date is the receiver's.
    expect(
      heloWrites(
        'from 127.0.0.1 by atlas-production.v2-mail-prod1-gq1.omega.yahoo.com with HTTP; Fri, 20 Nov 2026 10:00:01 +0000',
        null,
      ),
    ).toBe(false);
    // A HELO word that writes is still caught without an address in the line.
    expect(
      heloWrites('from a;dmarc=pass by mx.example with ESMTP; Fri, 20 Nov 2026 10:00:01 +0000', null),
    ).toBe(true);
    expect(heloWrites('from a";dmarc=pass (unknown) by mx.example', null)).toBe(true);
  });

  it('reads all of an MDaemon line’s from clause as the sender’s (probe107)', () => {
    const by =
      'by mx.box.example (MDaemon PRO v23.5.1) with ESMTPS id md5001000012345.msg; Fri, 20 Nov 2026 10:00:01 +0000';
    expect(
      heloWrites(`from mail.attacker.example ;dmarc=pass header.from=northbank.example ${by}`, null),
    ).toBe(true);
    expect(
      heloWrites(
        `from mail.attacker.example ([198.51.100.66]);dmarc=pass header.from=northbank.example ${by}`,
        '198.51.100.66',
      ),
    ).toBe(true);
    expect(heloWrites(`from mail.northbank.example ${by}`, '198.51.100.66')).toBe(false);
    // Newer MDaemon writes one `(<name> [ip])` comment of its own (realworld54).
    expect(
      heloWrites(
        `from fout-a3-smtp.messagingengine.com (fout-a3-smtp.messagingengine.com [103.168.172.146]) ${by}`,
        '103.168.172.146',
      ),
    ).toBe(false);
    // MDaemon's mark written by a HELO on another receiver's line is not MDaemon's.
    expect(
      heloWrites(
        'from a by z (MDaemon;dmarc=pass (a.example [198.51.100.66]) by mx.example (Postfix)',
        '198.51.100.66',
      ),
    ).toBe(true);
  });

  it('reads Exim’s helo= after the client’s address (probe109)', () => {
    expect(
      heloWrites(
        'from mail.attacker.example ([198.51.100.66]:51515 helo=x;dmarc=pass header.from=northbank.example)\r\n\tby mx.box.example with esmtp (Exim 4.97)',
        '198.51.100.66',
      ),
    ).toBe(true);
    expect(
      heloWrites(
        'from mail.example.org ([198.51.100.66]:51515 helo=smtp.example.org)\r\n\tby mx.box.example with esmtps (Exim 4.97)',
        '198.51.100.66',
      ),
    ).toBe(false);
  });
});
