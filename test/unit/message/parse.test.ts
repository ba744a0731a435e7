import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../lib/message/parse';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/messages/${name}`, import.meta.url));

describe('parseMessage: addresses and decoded fields', () => {
  const msg = parseMessage(fixture('gmail-delivered.eml'));

  it('decodes an RFC 2047 display name and keeps emoji and full-width characters', () => {
    expect(msg.from).toEqual({
      address: 'Alice@Example.ORG',
      domain: 'example.org',
      displayName: 'Alice 🌻＠',
    });
    expect(msg.fromAll).toHaveLength(1);
  });

  it('decodes the Subject and reads Date, Message-ID and Return-Path', () => {
    expect(msg.subject).toBe('Café invoice for January');
    expect(msg.date).toBe('2019-01-01T17:59:57.000Z');
    expect(msg.messageId).toBe('<20190101175957.1234@mail.example.org>');
    expect(msg.returnPath).toBe('alice@example.org');
    expect(msg.to).toEqual([{ address: 'bob@example.com', domain: 'example.com', displayName: 'Bob' }]);
  });

  it('unfolds headers and keeps the raw line for evidence', () => {
    const ar = msg.headers.find((h) => h.key === 'authentication-results');
    expect(ar?.line).toMatch(/^Authentication-Results: mx\.google\.com;\s+dkim=pass header\.i=@example\.org/);
    expect(ar?.line).not.toContain('\n');
    const subject = msg.headers.find((h) => h.key === 'subject');
    expect(subject?.rawValue).toBe('=?UTF-8?Q?Caf=C3=A9_invoice?= for January');
    expect(subject?.value).toBe('Café invoice for January');
  });

  it('counts the header block bytes up to and including the blank line', () => {
    const raw = fixture('gmail-delivered.eml');
    const body = 'Hello Bob, this is a synthetic test message.\n';
    expect(msg.size).toBe(raw.length);
    expect(msg.headerBytes).toBe(raw.length - Buffer.byteLength(body));
    expect(msg.problems).toEqual([]);
  });

  it('reads the null sender, several Reply-To mailboxes and an empty group', () => {
    const m = parseMessage(fixture('exim-postfix-chain.eml'));
    expect(m.returnPath).toBe('');
    expect(m.replyTo.map((r) => r.address)).toEqual(['billing@example.net', 'accounts@example.net']);
    expect(m.replyTo[0]?.displayName).toBe('Frank (billing)');
    expect(m.cc).toEqual([]);
  });

  it('gives the same result for a string, LF bytes and CRLF bytes', () => {
    const text = fixture('exim-postfix-chain.eml').toString('utf8');
    const crlf = new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
    const a = parseMessage(text);
    const b = parseMessage(crlf);
    expect(b.headers.map((h) => h.value)).toEqual(a.headers.map((h) => h.value));
    expect(b.from).toEqual(a.from);
    const physicalLines = text.slice(0, a.headerBytes).split('\n').length - 1; // ASCII fixture
    expect(b.headerBytes).toBe(a.headerBytes + physicalLines); // one CR more per line
  });

  it('reports several From headers and keeps every mailbox', () => {
    const m = parseMessage('From: a@example.com\nFrom: "B" <b@example.net>, c@example.org\n\nx');
    expect(m.fromAll.map((f) => f.domain)).toEqual(['example.com', 'example.net', 'example.org']);
    expect(m.from?.address).toBe('a@example.com');
    expect(m.problems.join(' ')).toMatch(/2 From headers/);
  });

  it('keeps an A-label domain as written and lower-cases it', () => {
    const m = parseMessage('From: Pay <billing@XN--PYPAL-4VE.example>\n\n');
    expect(m.from?.domain).toBe('xn--pypal-4ve.example');
  });

  it('reads raw Latin-1 header bytes instead of dropping them', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Subject: Caf'), 0xe9, 10, 10]);
    const m = parseMessage(bytes);
    expect(m.subject).toBe('Café');
    expect(m.problems.join(' ')).toMatch(/not UTF-8/);
  });

  it('accepts obsolete date forms and rejects impossible ones', () => {
    const d = (v: string) => parseMessage(`Date: ${v}\n\n`).date;
    expect(d('1 Jan 19 10:00 EST')).toBe('2019-01-01T15:00:00.000Z');
    expect(d('Tue, 1 Jan 2019 10:00:00 +0530 (IST)')).toBe('2019-01-01T04:30:00.000Z');
    expect(d('31 Feb 2019 10:00:00 +0000')).toBeNull();
    expect(d('yesterday')).toBeNull();
  });

  it('skips an mbox "From " envelope line and lines that are not headers', () => {
    const m = parseMessage(
      'From alice@example.org Tue Jan  1 10:00:00 2019\nSubject: hi\nnot a header\n\nbody',
    );
    expect(m.subject).toBe('hi');
    expect(m.headers).toHaveLength(1);
    expect(m.problems.join(' ')).toMatch(/1 header line was not/);
  });
});
