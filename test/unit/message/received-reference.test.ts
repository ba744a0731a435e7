// The Received parse and normalizeIp were made cheaper (rt-p14: a host name is no longer parsed as
// an address again and again, a word with no port is not asked twice): they must read every line
// and every word as the reference copies of the code before do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipInRanges, isInternalIp, normalizeIp, parseCidr } from '../../../lib/message/ip';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceived, parseReceivedChain } from '../../../lib/message/received';
import type { HeaderField } from '../../../lib/types';
import { ipInRanges as referenceInRanges, normalizeIp as referenceNormalize } from './ip-reference';
import { parseReceivedChain as referenceChain, parseReceived as referenceParse } from './received-reference';

/** Words an address reader meets: literals, tags, zone ids, ports, host names, and the near misses. */
const ADDRESS_PIECES = [
  '192.0.2.10',
  '10.0.0.1',
  '127.0.0.1',
  '010.1.2.3',
  '1.2.3.256',
  '2001:db8::1',
  '::ffff:192.0.2.1',
  '::1',
  'fe80::1',
  '%eth0',
  '%',
  '[',
  ']',
  'IPv6:',
  'ipv6:',
  ':25',
  ':',
  '.',
  '0',
  '9',
  'a',
  'f',
  'g',
  'x@',
  'mail.example.com',
  ' ',
  '\t',
  '\u00a0',
  '\ufeff',
];

/** Pieces of Received lines: every MTA's shapes, and the client's text that imitates them. */
const LINE_PIECES = [
  ...ADDRESS_PIECES,
  'from ',
  ' by ',
  ' with ',
  ' id ',
  ' for ',
  ' via ',
  '(',
  ')',
  '[192.0.2.10]',
  '[IPv6:2001:db8::1]',
  '[192.0.2.10]:25',
  '[ 192.0.2.141 ]',
  'unknown',
  'helo=',
  'HELO ',
  'EHLO ',
  'user@',
  'mx.reader.example',
  'mail.northbank.example.',
  '(Postfix)',
  '(MDaemon PRO v21)',
  '(CommuniGate Pro SMTP 6.3)',
  '(Exim 4.96)',
  'SMTPs',
  'ESMTPS',
  'esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384',
  '<bob@reader.example>',
  '"a b"@x.example',
  ',',
  ';',
  '; Tue, 3 Mar 2026 10:00:05 +0000',
  ' Mon, 26 Mar 2018 13:35:36.102 +0000 (UTC)',
  ' 2018-04-22 02:54:17.028704749 +0000 UTC',
  '\r\n ',
];

const eml = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? eml(join(dir, e.name)) : e.name.endsWith('.eml') ? [join(dir, e.name)] : [],
  );

describe('normalizeIp', () => {
  it('gives what the reference gives, for any word', () => {
    const word = fc.array(fc.constantFrom(...ADDRESS_PIECES), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(word, (w) => {
        expect(normalizeIp(w)).toBe(referenceNormalize(w));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.string(), (w) => {
        expect(normalizeIp(w)).toBe(referenceNormalize(w));
      }),
    );
    fc.assert(
      fc.property(fc.ipV4(), fc.ipV6(), (v4, v6) => {
        for (const w of [v4, v6, `[${v4}]`, `[IPv6:${v6}]`, `${v6}%eth0`, ` ${v4} `, `::ffff:${v4}`])
          expect(normalizeIp(w)).toBe(referenceNormalize(w));
      }),
    );
  });

  it('ipInRanges and isInternalIp read every word as before', () => {
    const ranges = ['10.0.0.0/8', '192.0.2.0/24', '2001:db8::/32', '::1/128'].map((c) => parseCidr(c)!);
    const word = fc.array(fc.constantFrom(...ADDRESS_PIECES), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(word, (w) => {
        expect(ipInRanges(w, ranges)).toBe(referenceInRanges(w, ranges));
        expect(isInternalIp(w)).toBe(referenceInRanges(w, 'internal'));
      }),
      { numRuns: 10000 },
    );
  });
});

describe('parseReceived', () => {
  it('reads every generated line as the reference does', () => {
    const line = fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(line, (l) => {
        expect(parseReceived(`Received: ${l}`)).toEqual(referenceParse(`Received: ${l}`));
        expect(parseReceived(l)).toEqual(referenceParse(l));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.string(), (l) => {
        expect(parseReceived(l)).toEqual(referenceParse(l));
      }),
    );
  });

  it('reads every chain with MDaemon rows as the reference does', () => {
    const value = fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 20 }).map((p) => p.join(''));
    const field = fc.tuple(fc.constantFrom('Received', 'X-MDRemoteIP', 'X-Return-Path', 'Subject'), value);
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), (rows) => {
        const headers: HeaderField[] = rows.map(([name, v], index) => ({
          index,
          name,
          key: name.toLowerCase(),
          value: v,
          rawValue: v,
          line: `${name}: ${v}`,
        }));
        expect(parseReceivedChain(headers)).toEqual(referenceChain(headers));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads every Received line of every fixture message as the reference does', () => {
    const root = new URL('../../fixtures', import.meta.url).pathname;
    let lines = 0;
    for (const file of eml(root)) {
      const { headers } = parseMessage(readFileSync(file));
      const received = headers.filter((h) => h.key === 'received');
      for (const h of received) expect(parseReceived(h), file).toEqual(referenceParse(h));
      expect(parseReceivedChain(headers), file).toEqual(referenceChain(headers));
      lines += received.length;
    }
    expect(lines).toBeGreaterThan(10000);
  });
});
