// Hostile input: no crash, no hang. Times are asserted loosely (the machine is shared); the
// measured figures are printed for the report, and speed goals belong to benchmarks.
import { describe, expect, it } from 'vitest';
import { findOrigin } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceived, parseReceivedChain } from '../../../lib/message/received';

const LIMIT_MS = 5_000;

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const out = run();
  const ms = performance.now() - start;
  console.log(`[hostile] ${label}: ${ms.toFixed(1)} ms`);
  expect(ms).toBeLessThan(LIMIT_MS);
  return out;
}

describe('hostile messages', () => {
  it('no header/body separator: everything is headers, and it says so', () => {
    const m = timed('no separator', () => parseMessage('From: a@example.com\nSubject: no body here'));
    expect(m.subject).toBe('no body here');
    expect(m.headerBytes).toBe(m.size);
    expect(m.problems.join(' ')).toMatch(/No blank line/);
  });

  it('NUL bytes in the headers are reported and ignored', () => {
    const raw = new TextEncoder().encode('From: a@exa\0mple.com\nSub\0ject: x\0y\n\nbody\0');
    const m = timed('NUL bytes', () => parseMessage(raw));
    expect(m.from?.domain).toBe('example.com');
    expect(m.subject).toBe('xy');
    expect(m.problems.join(' ')).toMatch(/NUL/);
  });

  it('a bare CR starts a field, so a From hidden behind one is seen (RFC 5322 §2.2)', () => {
    const raw =
      'From: Alerts <alerts@attacker.example>\r\nX-Campaign: 7\rFrom: Northbank <security@northbank.example>\r\nSubject: s\r\r\nTo: r@reader.example\r\n\r\nbody';
    const m = parseMessage(raw);
    expect(m.fromAll.map((f) => f.domain)).toEqual(['attacker.example', 'northbank.example']);
    expect(m.headers.find((h) => h.key === 'x-campaign')?.value).toBe('7');
    // An empty piece (CR CR LF) does not end the header block.
    expect(m.to.map((t) => t.address)).toEqual(['r@reader.example']);
    expect(m.problems.join(' ')).toMatch(/CR without LF/);
  });

  it('a bare CR inside a Received field (a HELO name) does not split the receiver’s line', () => {
    const raw =
      'Received: from x\rAuthentication-Results: mx.reader.example; dmarc=pass (y\r\n\tby mx.reader.example; Fri, 20 Nov 2026 10:00:05 +0000\r\nFrom: a@example.com\r\n\r\n';
    const m = parseMessage(raw);
    expect(m.headers.map((h) => h.key)).toEqual(['received', 'from']);
    expect(m.headers[0]?.rawValue).toMatch(/by mx\.reader\.example/);
  });

  it('a 25 MB message: only the header block is read', () => {
    const head = new TextEncoder().encode('From: a@example.com\r\nSubject: big\r\n\r\n');
    const raw = new Uint8Array(25 * 1024 * 1024);
    raw.set(head);
    raw.fill(0x41, head.length);
    for (let i = head.length + 76; i < raw.length; i += 78) {
      raw[i] = 13;
      raw[i + 1] = 10;
    }
    const m = timed('25 MB message (bytes)', () => parseMessage(raw));
    expect(m.size).toBe(raw.length);
    expect(m.headerBytes).toBe(head.length);
    expect(m.subject).toBe('big');
    const text = timed('25 MB message (string)', () => parseMessage(new TextDecoder().decode(raw)));
    expect(text.headerBytes).toBe(head.length);
  });

  it('a 25 MB message without a separator still finishes', () => {
    const line = `X-Filler: ${'a'.repeat(990)}\n`;
    const m = timed('25 MB, no separator', () => parseMessage(line.repeat(25 * 1024)));
    expect(m.headers.length).toBe(25 * 1024);
    expect(m.problems.join(' ')).toMatch(/No blank line/);
  });

  it('5,000 Received headers', () => {
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) {
      lines.push(
        `Received: from h${i}.example.net (h${i}.example.net [198.51.100.${i % 250}]) by mx${i}.example.com (Postfix) with ESMTP id ${i}; Tue, 1 Jan 2019 10:00:00 +0000`,
      );
    }
    const raw = `${lines.join('\r\n')}\r\nFrom: a@example.com\r\n\r\nbody`;
    const hops = timed('5,000 Received (parse + chain + origin)', () => {
      const h = parseReceivedChain(parseMessage(raw).headers);
      findOrigin(h, { trustedAuthservIds: ['mx0.example.com'] });
      return h;
    });
    expect(hops).toHaveLength(5000);
    expect(hops[4999]?.ip).toBe('198.51.100.249');
  });

  it('a 200 KB header line, also as a Received, a From and a Subject', () => {
    const big = 'x'.repeat(200 * 1024);
    const raw = [
      `Received: from a.example.org (${'('.repeat(50_000)}[192.0.2.1] ${big}) by ${big}; ${big}`,
      `From: "${big}" <a@example.com>, ${'<'.repeat(50_000)}`,
      `Subject: ${'=?UTF-8?B?5pel?= '.repeat(12_000)}`,
      `X-Long: ${big}`,
      '',
      '',
    ].join('\n');
    const m = timed('200 KB header lines', () => parseMessage(raw));
    expect(m.headers).toHaveLength(4);
    expect(m.from?.address).toBe('a@example.com');
    expect(m.from?.displayName).toHaveLength(200 * 1024);
    timed('200 KB Received line', () => parseReceivedChain(m.headers));
    timed('200 KB of semicolons and brackets', () => parseReceived(`from ${'[;'.repeat(100_000)} by x; y`));
  });

  it('a From header longer than the address limit is cut, and says so', () => {
    const m = timed('1 MB From header', () =>
      parseMessage(`From: "${'y'.repeat(1 << 20)}" <a@example.com>\n\n`),
    );
    expect(m.from?.address ?? '').not.toBe('a@example.com');
    expect(m.problems.join(' ')).toMatch(/From header is \d+ characters long/);
  });

  it('10,000 headers', () => {
    const raw = `${Array.from({ length: 10_000 }, (_, i) => `X-H${i}: =?UTF-8?Q?v=C3=A9${i}?=`).join('\n')}\nFrom: a@example.com\n\n`;
    const m = timed('10,000 headers', () => parseMessage(raw));
    expect(m.headers).toHaveLength(10_001);
    expect(m.headers[9_999]?.value).toBe('vé9999');
  });

  it('garbage bytes never throw', () => {
    const raw = new Uint8Array(64 * 1024);
    let seed = 7;
    for (let i = 0; i < raw.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      raw[i] = seed & 0xff;
    }
    const m = timed('64 KB of random bytes', () => parseMessage(raw));
    expect(m.size).toBe(raw.length);
    expect(() => findOrigin(parseReceivedChain(m.headers), {})).not.toThrow();
  });
});
