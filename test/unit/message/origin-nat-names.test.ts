// receiverNamesNat (lib/message/origin-nat.ts): behind a declared NAT, whether the receiver's own
// record names the NAT's address as the client its SPF checked (probe101, probe104), and
// receivedSpfAboveEntry, which hands it the Received-SPF fields above the entry line.
import { describe, expect, it } from 'vitest';
import { receivedSpfAboveEntry, receiverNamesNat } from '../../../lib/message/origin-nat';
import { parseMessage } from '../../../lib/message/parse';

const spf = (comment: string | null, props: Record<string, string> = {}) => ({
  method: 'spf',
  comments: comment ? [comment] : [],
  props,
});

describe('receiverNamesNat', () => {
  it('reads the address an SPF row names', () => {
    expect(
      receiverNamesNat(
        '10.0.0.1',
        [spf('mail.box: domain of a@b.example designates 10.0.0.1 as permitted sender')],
        [],
      ),
    ).toBe(true);
    // A filter reading HAProxy's X-Forwarded-For names the real client (realworld92): kept.
    expect(
      receiverNamesNat(
        '127.0.0.1',
        [spf('mail.box: domain of a@b.example designates 40.107.21.101 as permitted sender')],
        [],
      ),
    ).toBe(false);
  });

  it('counts the NAT among other named addresses: text a sender adds cannot take the receiver’s away', () => {
    expect(
      receiverNamesNat(
        '10.0.0.1',
        [
          spf(
            'mail.box: domain of "designates 203.0.113.5 as"@b.example designates 10.0.0.1 as permitted sender',
          ),
        ],
        [],
      ),
    ).toBe(true);
  });

  it('reads policyd-spf’s Received-SPF and any spelling of the address', () => {
    expect(
      receiverNamesNat(
        '10.0.0.1',
        [],
        ['Pass (mailfrom) identity=mailfrom; client-ip=10.0.0.1; helo=x; envelope-from=a@b.example'],
      ),
    ).toBe(true);
    expect(
      receiverNamesNat('10.0.0.1', [], ['Pass (mailfrom) identity=mailfrom; client-ip=::ffff:10.0.0.1;']),
    ).toBe(true);
  });

  it('falls back to the other rows only where SPF names no address (Exim: probe104)', () => {
    const iprev = { method: 'iprev', props: { 'smtp.remote-ip': '10.0.0.1' } };
    expect(receiverNamesNat('10.0.0.1', [spf(null, { 'smtp.mailfrom': 'b.example' }), iprev], [])).toBe(true);
    expect(
      receiverNamesNat('10.0.0.1', [spf('designates 198.51.100.7 as permitted sender'), iprev], []),
    ).toBe(false);
    expect(receiverNamesNat('10.0.0.1', [spf(null, { 'smtp.mailfrom': 'b.example' })], [])).toBe(false);
  });
});

describe('receivedSpfAboveEntry', () => {
  it('takes only the fields above the entry line', () => {
    const m = parseMessage(
      [
        'Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=10.0.0.1;',
        'Received: from a (unknown [10.0.0.1]) by mail.box (Postfix) with ESMTP id 1; Fri, 20 Nov 2026 10:00:00 +0000',
        'Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=203.0.113.9;',
        'From: a@b.example',
        '',
        'x',
      ].join('\r\n'),
    );
    expect(receivedSpfAboveEntry(m.headers, 0)).toEqual([
      'Pass (mailfrom) identity=mailfrom; client-ip=10.0.0.1;',
    ]);
    expect(receivedSpfAboveEntry(m.headers, null)).toEqual([]);
  });
});
