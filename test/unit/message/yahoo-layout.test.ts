// Yahoo's delivery layout since 2021 (lib/message/yahoo-layout.ts): the atlas host's HTTP hand-off
// on top, Yahoo's one Authentication-Results, and the entry written by the inner MTA under its bare
// internal address, client address first (probe52-yahoo-omega-pod-id-*, probe52-aol-atlas-*).
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { findOrigin } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceived, parseReceivedChain } from '../../../lib/message/received';

const CLIENT = '203.0.113.9';
const BANK = '198.51.100.25';
const DATE = 'Tue, 3 Mar 2026 10:00:05 +0000';
const OMEGA = 'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com';
const YAHOO = { trustedAuthservIds: ['*.yahoo.com'], singleEntryHop: true };

const omegaTop = `Received: from 127.0.0.1\r\n by ${OMEGA} pod-id atlas--production-gq1-5475dd46b-rf9wq.gq1.yahoo.com with HTTP; ${DATE}`;
const aolTop = `Received: from 10.253.37.223\r\n by atlas201.aol.mail.gq1.yahoo.com with HTTPS; ${DATE}`;
const entry = (helo: string, by = '10.253.233.86', client = CLIENT) =>
  `Received: from ${client} (EHLO ${helo})\r\n by ${by} with SMTPs\r\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\r\n ${DATE}`;
const yahooAr = (dmarc: string) =>
  `Authentication-Results: ${OMEGA};\r\n dkim=unknown;\r\n spf=${dmarc} smtp.mailfrom=northbank.example arc_overridden_status=NOT_OVERRIDDEN;\r\n dmarc=${dmarc}(p=REJECT) header.from=northbank.example arc_overridden_status=NOT_OVERRIDDEN;`;
const message = (...lines: string[]) =>
  [
    ...lines,
    'From: Northbank <security@northbank.example>',
    'To: robin.reader@yahoo.com',
    'Subject: Notice',
    `Date: ${DATE}`,
    'Message-ID: <1@northbank.example>',
    '',
    'x',
  ].join('\r\n');
const originOf = (raw: string, hints: object = YAHOO) =>
  findOrigin(parseReceivedChain(parseMessage(raw).headers), hints);

describe('the entry under Yahoo’s atlas hand-off', () => {
  it('omega’s hand-off from 127.0.0.1: the line under it is the entry, not a NAT', () => {
    const origin = originOf(message(omegaTop, yahooAr('pass'), entry('mail.sender.example')));
    expect(origin).toMatchObject({ hopIndex: 1, ip: CLIENT, helo: 'mail.sender.example' });
    expect(origin.natAddress).toBeUndefined();
  });

  // rw53-yahoo-omega-outlookcom-ipv6-online: Microsoft's IPv6 senders end in digit-only groups,
  // which the port strip once cut off (`2a01:111:f403:2c12::853` read as no address).
  it.each(['2a01:111:f403:2c12::853', '2a01:111:f403:c200::1', '2a00:1450:4864:20::62b'])(
    'an IPv6 client %s as the from-word is the client, its last group kept',
    (ip) => {
      const origin = originOf(
        message(omegaTop, yahooAr('pass'), entry('mail.sender.example', undefined, ip)),
      );
      expect(origin).toMatchObject({ hopIndex: 1, ip });
    },
  );

  it('a port after an IPv4 from-word is still stripped', () => {
    const h = parseReceived(
      entry('mail.sender.example', undefined, `${CLIENT}:25`).slice('Received: '.length),
    );
    expect(h.ip).toBe(CLIENT);
  });

  // probe54-yahoo-omega-ehlo-*: an EHLO that leaves Yahoo's comment open or writes clauses makes
  // the entry line unreadable; it is still Yahoo's entry, no address taken, Yahoo's header read.
  it.each(['mail.attacker.example (', `x) ([${BANK}]) with ESMTP (y`])(
    'an EHLO %j that breaks Yahoo’s line: still the entry, no address, not a NAT',
    async (helo) => {
      const raw = message(omegaTop, yahooAr('fail'), entry(helo));
      const origin = originOf(raw);
      expect(origin.hopIndex).toBe(1);
      expect(origin.ip).not.toBe(BANK);
      expect(origin.natAddress).toBeUndefined();
      const a = await analyzeMessage(raw, { webmail: 'yahoo' });
      expect(a.verdict).toBe('spoofed');
    },
  );

  it('but not a broken line under the hand-off that does not start as Yahoo’s does', () => {
    const broken = `Received: from mail.attacker.example (EHLO x (\r\n by 10.253.233.86 with SMTPs; ${DATE}`;
    expect(originOf(message(omegaTop, yahooAr('fail'), broken)).natAddress).toBeDefined();
  });

  it('AOL’s hand-off from the inner address that wrote the entry reads as before', () => {
    const origin = originOf(message(aolTop, entry('mail.sender.example', '10.253.37.223')));
    expect(origin).toMatchObject({ hopIndex: 1, ip: CLIENT });
  });

  it('only the top line, and only over the inner MTA’s line right under it', () => {
    // A line above the hand-off: not Yahoo's layout, the NAT rule decides as before.
    const above = `Received: from 127.0.0.1 by mx.reader.example with LMTP; ${DATE}`;
    expect(originOf(message(above, omegaTop, entry('mail.sender.example'))).hopIndex).not.toBe(2);
    // The line under it written by a named host, or by a public address: no shortcut.
    for (const by of ['mta1.mail.gq1.yahoo.com', '198.51.100.1']) {
      expect(originOf(message(omegaTop, entry('x', by))).natAddress, by).toBe('127.0.0.1');
    }
    // A client at an internal address under the hand-off is not an entry from the internet.
    expect(originOf(message(omegaTop, entry('x', '10.253.233.86', '10.1.2.3'))).ip).toBeNull();
    // Without the Yahoo profile (no single entry hop), nothing changes.
    expect(originOf(message(omegaTop, entry('x')), {}).natAddress).toBe('127.0.0.1');
  });

  it('Yahoo’s own header is read: the genuine notice is authenticated offline, the forgery spoofed', async () => {
    const genuine = await analyzeMessage(
      message(omegaTop, yahooAr('pass'), entry('mail.northbank.example')),
      {
        webmail: 'yahoo',
      },
    );
    expect(genuine.verdict).toBe('authenticated');
    expect(genuine.findings.map((f) => f.id)).not.toContain('forged-auth-results');
    const forged = await analyzeMessage(message(omegaTop, yahooAr('fail'), entry('mail.attacker.example')), {
      webmail: 'yahoo',
    });
    expect(forged.verdict).toBe('spoofed');
  });
});

describe('Yahoo’s entry line prints the client’s address first', () => {
  it('a HELO that closes "(EHLO …)" and adds an address comment does not name the client', () => {
    for (const helo of [`x) ([${BANK}]`, `x)([${BANK}]`, `x) (unknown [${BANK}]`, `x) (${BANK}`]) {
      expect(parseReceived(entry(helo)), helo).toMatchObject({ ip: CLIENT, helo: 'x' });
      expect(parseReceived(entry(helo, '10.253.37.223')).ip, helo).toBe(CLIENT);
    }
  });

  it('Postfix prints the HELO as its from-word: there the last comment stays the record', () => {
    const postfix = `from ${BANK} (EHLO x) (unknown [${CLIENT}]) by mx.reader.example (Postfix) with ESMTP id 4Qx; ${DATE}`;
    expect(parseReceived(postfix).ip).toBe(CLIENT);
    // Even on a line by an internal address, when the receiver writes SMTP under another name.
    const esmtp = `from ${BANK} (EHLO x) (unknown [${CLIENT}]) by 10.0.0.5 with ESMTP; ${DATE}`;
    expect(parseReceived(esmtp).ip).toBe(CLIENT);
  });

  it('Yahoo’s 2019 line (loopback from-word) and qmail’s keep their last comment', () => {
    expect(
      parseReceived(
        `from 127.0.0.1 (EHLO mail.sender.example) (${CLIENT}) by mta4231.mail.ne1.yahoo.com with SMTPS; ${DATE}`,
      ).ip,
    ).toBe(CLIENT);
    expect(parseReceived(`from unknown (HELO x) (${CLIENT}) by 10.0.0.5 with SMTP; ${DATE}`).ip).toBe(CLIENT);
    // An internal from-word on the inner line is not the client either.
    expect(parseReceived(`from 10.1.2.3 (EHLO x) ([${CLIENT}]) by 10.0.0.5 with SMTPs; ${DATE}`).ip).toBe(
      CLIENT,
    );
  });
});
