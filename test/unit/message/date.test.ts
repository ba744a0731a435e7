// lib/message/date.ts: RFC 5322 dates, and the numeric stamps with a stated zone that relays write
// (Go's time.Time.String(), RFC 3339). A numeric date without a zone stays unread: a guess would
// make up hop delays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoString, parseMailDate } from '../../../lib/message/date';
import { parseReceived } from '../../../lib/message/received';

describe('parseMailDate', () => {
  it.each([
    ['Fri, 20 Nov 2026 10:00:05 +0000', '2026-11-20T10:00:05.000Z'],
    ['20 Nov 2026 10:00:05 -0000', '2026-11-20T10:00:05.000Z'],
    ['Fri, 20 Nov 26 10:00:05 +0100', '2026-11-20T09:00:05.000Z'],
    ['2026-11-20 10:00:06.482913 +0000 UTC', '2026-11-20T10:00:06.000Z'],
    ['2026-11-20 11:00:06.482913 +0100 CET m=+0.004', '2026-11-20T10:00:06.000Z'],
    ['2026-11-20T10:00:06Z', '2026-11-20T10:00:06.000Z'],
    ['2026-11-20T12:00:06+02:00', '2026-11-20T10:00:06.000Z'],
  ])('%s', (text, iso) => {
    expect(parseMailDate(text)).toBe(iso);
  });

  it.each([
    '2026-11-20 10:00:06',
    '2026-11-20 10:00:06 UTC',
    '2026-02-31 10:00:06 +0000',
    '2026-13-01 10:00:06 +0000',
    '2026-11-20 24:00:06 +0000',
    '2026-11-20 10:00:06 +00001',
  ])('%s is no date', (text) => {
    expect(parseMailDate(text)).toBeNull();
  });
});

describe('a Received stamp in Go’s format', () => {
  it('after the ";" and closing a line without one (SendGrid’s filter relays)', () => {
    expect(
      parseReceived('Received: by inbox.reader.example with LMTP; 2026-11-20 10:00:06.482913 +0000 UTC').date,
    ).toBe('2026-11-20T10:00:06.000Z');
    const sg = parseReceived(
      'Received: by filter0383p1iad2.sendgrid.net with SMTP id filter0383p1iad2-15318-5AB8F728-C\r\n 2018-03-26 13:35:36.270951634 +0000 UTC',
    );
    expect(sg.date).toBe('2018-03-26T13:35:36.000Z');
    expect(sg.id).toBe('filter0383p1iad2-15318-5AB8F728-C');
  });
});

describe('isoString', () => {
  it('writes what toISOString writes, for every time a Date can hold', () => {
    const max = 8.64e15;
    fc.assert(
      fc.property(fc.integer({ min: -max, max }), (ms) => {
        expect(isoString(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
    for (const ms of [
      0, -1, 1, -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000,
      951_782_400_000, 4_107_542_400_000,
    ]) {
      expect(isoString(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('writes the dates mail carries (years 1900–2100) as toISOString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(isoString(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
  });
});
