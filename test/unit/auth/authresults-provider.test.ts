// What the provider concluded (lib/auth/authresults-provider.ts): which of several results of one
// method counts, and which trusted headers of one delivery are read together.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { parseAuthResults, providerResults } from '../../../lib/auth/authresults';
import { parseMessage } from '../../../lib/message/parse';

const DATE = 'Fri, 20 Nov 2026 10:00:05 +0000';
const SENDER = [
  'From: Northbank <alerts@northbank.example>',
  'To: robin@reader.example',
  'Subject: Your statement',
  'Date: Fri, 20 Nov 2026 10:00:00 +0000',
];
const msg = (lines: string[]) => [...lines, ...SENDER, '', 'hi'].join('\r\n');
const provider = (lines: string[], ids: string[]) =>
  providerResults(parseAuthResults(parseMessage(msg(lines)).headers, ids), 'northbank.example');

describe('several spf= results in one header (Cisco IronPort)', () => {
  const ironport = (results: string) => [
    `Authentication-Results: esa1.reader.example; ${results}; dkim=pass header.i=@northbank.example; dmarc=pass (p=reject dis=none) d=northbank.example`,
    `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by esa1.reader.example with ESMTP; ${DATE}`,
  ];

  it('the MAIL FROM result counts, not Sender ID’s smtp.pra written first', () => {
    const p = provider(
      ironport(
        'spf=None smtp.pra=alerts@northbank.example; spf=Pass smtp.mailfrom=bounce@northbank.example; spf=None smtp.helo=postmaster@mail.northbank.example',
      ),
      ['esa1.reader.example'],
    );
    expect(p?.spf).toBe('pass');
  });

  it('a PRA pass never hides a MAIL FROM fail', () => {
    const p = provider(
      ironport(
        'spf=Pass smtp.pra=alerts@northbank.example; spf=Fail smtp.mailfrom=bounce@northbank.example; spf=Pass smtp.helo=postmaster@mail.evil.example',
      ),
      ['esa1.reader.example'],
    );
    expect(p?.spf).toBe('fail');
  });

  it('without a MAIL FROM result the HELO one counts; a PRA result alone is no SPF result', () => {
    expect(
      provider(
        ironport('spf=Pass smtp.pra=alerts@northbank.example; spf=SoftFail smtp.helo=mail.evil.example'),
        ['esa1.reader.example'],
      )?.spf,
    ).toBe('softfail');
    expect(
      provider(ironport('spf=Pass smtp.pra=alerts@northbank.example'), ['esa1.reader.example'])?.spf,
    ).toBeNull();
  });
});

describe('one method per header (Proton Mail)', () => {
  const PROTON = ['mail.protonmail.ch'];
  const entry = `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mailin042.protonmail.ch (Postfix) with ESMTPS id 4Qx1; ${DATE}`;
  const split = [
    'Authentication-Results: mail.protonmail.ch; dkim=pass (2048-bit key) header.d=northbank.example',
    'Authentication-Results: mail.protonmail.ch; dmarc=pass (p=reject dis=none) header.from=northbank.example',
    'Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=northbank.example',
    'Authentication-Results: mail.protonmail.ch; arc=none smtp.remote-ip=192.0.2.10',
  ];

  it('the headers above a proven entry line are read together', () => {
    const p = provider([...split, entry], PROTON);
    expect(p).toMatchObject({
      spf: 'pass',
      dkim: [{ result: 'pass', domain: 'northbank.example' }],
      dmarc: { result: 'pass', policy: 'reject' },
      arc: 'none',
      proven: true,
    });
    expect(p?.lines).toHaveLength(4);
  });

  it('a lower header never overrides the first one’s result; disagreeing DMARC results are undecided', () => {
    const p = provider(
      [
        'Authentication-Results: mail.protonmail.ch; dmarc=fail (p=reject) header.from=northbank.example',
        'Authentication-Results: mail.protonmail.ch; dmarc=pass header.from=northbank.example; spf=pass smtp.mailfrom=northbank.example',
        entry,
      ],
      PROTON,
    );
    // Two of the receiver's own checkers disagree (real-mail 38): neither is the receiver's word,
    // our own check decides; the lower pass never wins.
    expect(p).toMatchObject({ dmarc: null, spf: 'pass' });
    const spfFirst = provider(
      [
        'Authentication-Results: mail.protonmail.ch; spf=fail smtp.mailfrom=northbank.example',
        'Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=northbank.example',
        entry,
      ],
      PROTON,
    );
    expect(spfFirst?.spf).toBe('fail');
  });

  it('a result about another author is not replaced from below', () => {
    const p = provider(
      [
        'Authentication-Results: mail.protonmail.ch; dmarc=fail header.from=evil.example',
        'Authentication-Results: mail.protonmail.ch; dmarc=pass header.from=northbank.example',
        entry,
      ],
      PROTON,
    );
    expect(p?.dmarc).toBeNull();
    expect(p?.fromMismatch).toEqual([{ method: 'dmarc', result: 'fail', headerFrom: 'evil.example' }]);
  });

  it('the sender’s header under the entry line never fills in a missing dmarc', () => {
    const p = provider(
      [
        split[0]!,
        split[2]!,
        entry,
        'Authentication-Results: mail.protonmail.ch; dmarc=pass (p=reject) header.from=northbank.example',
      ],
      PROTON,
    );
    expect(p).toMatchObject({ dmarc: null, spf: 'pass' });
    expect(p?.lines.some((l) => l.includes('dmarc'))).toBe(false);
  });

  it('without a proven entry line (no Received by the provider) the top header stands alone', () => {
    // Nothing shows where the provider's part ends: the lower header may be the sender's.
    const p = provider([split[0]!, split[1]!], PROTON);
    expect(p).toMatchObject({ dkim: [{ result: 'pass' }], dmarc: null, proven: false });
    const foreign = `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mx.relay.example; ${DATE}`;
    expect(provider([split[0]!, split[1]!, foreign], PROTON)?.dmarc).toBeNull();
  });

  it('another trusted id, or an untrusted header, ends the run', () => {
    const both = ['mail.protonmail.ch', 'filter.reader.example'];
    const other = 'Authentication-Results: filter.reader.example; spf=pass smtp.mailfrom=northbank.example';
    expect(provider([split[0]!, other, split[1]!, entry], both)?.dmarc).toBeNull();
    const untrusted = 'Authentication-Results: relay.example; spf=pass smtp.mailfrom=northbank.example';
    expect(provider([split[0]!, untrusted, split[1]!, entry], PROTON)?.dmarc).toBeNull();
  });
});

describe('offline, with Proton’s split headers', () => {
  const entry = `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mailin042.protonmail.ch (Postfix) with ESMTPS id 4Qx1; ${DATE}`;
  const analyze = (lines: string[]) =>
    analyzeMessage(msg(lines), {
      trustedAuthservIds: ['mail.protonmail.ch'],
      now: new Date('2026-11-20T12:00:00Z'),
    });

  it('reads the provider’s dmarc=pass from its own header: authenticated', async () => {
    const a = await analyze([
      'Authentication-Results: mail.protonmail.ch; dkim=pass header.d=northbank.example',
      'Authentication-Results: mail.protonmail.ch; dmarc=pass (p=reject) header.from=northbank.example',
      'Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=northbank.example',
      entry,
    ]);
    expect(a.mode).toBe('offline');
    expect(a.verdict).toBe('authenticated');
  });

  it('provider headers without a DMARC result: unverified, and the summary says so rather than "found none"', async () => {
    const a = await analyze([
      'Authentication-Results: mail.protonmail.ch; dkim=pass header.d=northbank.example',
      'Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=northbank.example',
      entry,
    ]);
    expect(a.verdict).toBe('unverified');
    expect(a.summary).toContain('hold no DMARC result for northbank.example');
    expect(a.summary).not.toContain('found no Authentication-Results');
  });

  it('no provider header at all: still "found no Authentication-Results"', async () => {
    const a = await analyze([entry]);
    expect(a.verdict).toBe('unverified');
    expect(a.summary).toContain('found no Authentication-Results');
  });
});

// Red-team round 37: an envelope sender whose quoted local part closes the receiver's SPF comment
// writes a result of its own into the receiver's header, ahead of the receiver's dmarc=fail.
describe('a result the sender wrote into the receiver’s header', () => {
  const gmail = (mailfrom: string) => [
    `Authentication-Results: mx.google.com;\r\n       spf=pass (google.com: domain of ${mailfrom} designates 198.51.100.66 as permitted sender) smtp.mailfrom=${mailfrom};\r\n       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=northbank.example`,
    `Received: from mail.attacker.example (mail.attacker.example. [198.51.100.66]) by mx.google.com with ESMTPS id x1si; ${DATE}`,
  ];

  it('of two dmarc= results the least favourable stands', () => {
    const p = provider(gmail('"x);dmarc=pass(p=REJECT)header.from=northbank.example;("@attacker.example'), [
      'mx.google.com',
    ]);
    expect(p?.dmarc?.result).toBe('fail');
  });

  it('offline the forgery reads spoofed', async () => {
    const raw = msg(gmail('"x);dmarc=pass(p=REJECT)header.from=northbank.example;("@attacker.example'));
    // No resolver: offline, the provider's results are the whole verdict.
    const offline = await analyzeMessage(raw, { webmail: 'gmail' });
    expect(offline.mode).toBe('offline');
    expect(offline.verdict).toBe('spoofed');
  });
});

describe('a quoted local part in the receiver’s SPF comment, read a second time with its quotes honoured (probe40)', () => {
  const gmail = (mailfrom: string, dmarc = 'fail', from = 'northbank.example') => [
    `Authentication-Results: mx.google.com;\r\n       spf=pass (google.com: domain of ${mailfrom} designates 198.51.100.66 as permitted sender) smtp.mailfrom=${mailfrom};\r\n       dmarc=${dmarc} (p=REJECT sp=REJECT dis=REJECT) header.from=${from}`,
    `Received: from mail.attacker.example (mail.attacker.example. [198.51.100.66]) by mx.google.com with ESMTPS id x1si; ${DATE}`,
  ];
  const rspamd = (mailfrom: string) => [
    `Authentication-Results: mx.reader.example;\r\n\tdkim=none;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject);\r\n\tspf=pass (mx.reader.example: domain of ${mailfrom} designates 198.51.100.66 as permitted sender) smtp.mailfrom=${mailfrom}`,
    `Received: from mail.attacker.example (mail.attacker.example [198.51.100.66]) by mx.reader.example (Postfix) with ESMTPS id 4Z; ${DATE}`,
  ];
  /** Closes every comment it opens: the strict reading is well-formed and holds a second dmarc=. */
  const BALANCED = '"x);dmarc=pass(p=REJECT)header.from=northbank.example;spf=pass(y"@attacker.example';
  /** One "(": the strict reading never closes Gmail's comment. */
  const UNCLOSED = '"x("@attacker.example';
  const header = (lines: string[], ids: string[]) =>
    parseAuthResults(parseMessage(msg(lines)).headers, ids).find((h) => h.trusted);

  it('a balanced injection: the header is malformed and Gmail’s dmarc=fail stands', () => {
    expect(header(gmail(BALANCED), ['mx.google.com'])?.malformed).toBe(true);
    expect(provider(gmail(BALANCED), ['mx.google.com'])?.dmarc?.result).toBe('fail');
  });

  it('the same in rspamd’s layout (dmarc=fail first, the envelope after it)', () => {
    expect(provider(rspamd(BALANCED), ['mx.reader.example'])?.dmarc?.result).toBe('fail');
  });

  it('an unclosed "(" no longer erases Gmail’s header: its dmarc=fail is read', () => {
    const h = header(gmail(UNCLOSED), ['mx.google.com']);
    expect(h?.authservId).toBe('mx.google.com');
    expect(h?.malformed).toBe(true);
    expect(provider(gmail(UNCLOSED), ['mx.google.com'])?.dmarc?.result).toBe('fail');
  });

  it('offline, both forgeries read spoofed', async () => {
    for (const env of [BALANCED, UNCLOSED]) {
      const offline = await analyzeMessage(msg(gmail(env)), { webmail: 'gmail' });
      expect(offline.mode).toBe('offline');
      expect(offline.verdict).toBe('spoofed');
    }
  });

  it('the second reading never supplies a pass the strict one could not read', () => {
    // A genuine sender's quoted local part with a ")" leaves the strict reading unreadable; its
    // dmarc=pass is not taken from the second reading (unverified offline, as before), its
    // unfavourable results would be.
    const p = provider(gmail('"a)b"@northbank.example', 'pass'), ['mx.google.com']);
    expect(p?.dmarc).toBeNull();
  });

  it('genuine quoted local parts the two readings agree on stay well-formed', () => {
    for (const env of ['"robin reader"@northbank.example', '"a(b)c;d"@northbank.example']) {
      const h = header(gmail(env, 'pass'), ['mx.google.com']);
      expect(h?.malformed).toBe(false);
      expect(provider(gmail(env, 'pass'), ['mx.google.com'])?.dmarc?.result).toBe('pass');
    }
  });
});

describe('two of the receiver’s own checkers disagree on DMARC (rspamd and OpenDMARC under one id)', () => {
  it('well-formed headers: the receiver’s DMARC is undecided, our own check decides', () => {
    const p = provider(
      [
        'Authentication-Results: mx.reader.example; dmarc=fail (p=reject dis=none) header.from=northbank.example',
        'Authentication-Results: mx.reader.example; dkim=none; spf=pass smtp.mailfrom=bounce@northbank.example; dmarc=pass (policy=reject) header.from=northbank.example',
        `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mx.reader.example (Postfix) with ESMTPS id 4Z; ${DATE}`,
      ],
      ['mx.reader.example'],
    );
    expect(p?.dmarc).toBeNull();
    expect(p?.spf).toBe('pass');
  });

  it('differing results inside one well-formed header are a sender’s text: the least favourable stands (probe43)', () => {
    // An RFC 5321 address literal printed raw after smtp.mailfrom= (no quote, no space): its ";"
    // ends the receiver's SPF result and adds a dmarc=pass naming no header.from.
    const literal = 'bounce@[x:y;dmarc=pass;spf=pass(z)z=]';
    const p = provider(
      [
        `Authentication-Results: mx.reader.example;\r\n\tdkim=none;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject);\r\n\tspf=none smtp.mailfrom=${literal}`,
        `Received: from mail.attacker.example (mail.attacker.example [198.51.100.66]) by mx.reader.example (Postfix) with ESMTPS id 4Z; ${DATE}`,
      ],
      ['mx.reader.example'],
    );
    expect(p?.dmarc?.result).toBe('fail');
    // Two headers of their own, but one naming no header.from: the same.
    const unnamed = provider(
      [
        'Authentication-Results: mx.reader.example; dmarc=fail (p=reject dis=none) header.from=northbank.example',
        'Authentication-Results: mx.reader.example; dmarc=pass',
        `Received: from mail.attacker.example (mail.attacker.example [198.51.100.66]) by mx.reader.example (Postfix) with ESMTPS id 4Z; ${DATE}`,
      ],
      ['mx.reader.example'],
    );
    expect(unnamed?.dmarc?.result).toBe('fail');
  });

  it('agreeing results stand', () => {
    const p = provider(
      [
        'Authentication-Results: mx.reader.example; dmarc=pass (p=reject dis=none) header.from=northbank.example',
        'Authentication-Results: mx.reader.example; dmarc=pass (policy=reject) header.from=northbank.example',
        `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mx.reader.example (Postfix) with ESMTPS id 4Z; ${DATE}`,
      ],
      ['mx.reader.example'],
    );
    expect(p?.dmarc?.result).toBe('pass');
  });
});

describe('property: no RFC 5321 mailbox copied raw into a receiver’s header plants a pass or erases its fail', () => {
  // Local-part = Dot-string / Quoted-string; Domain / address-literal (RFC 5321 §4.1.2, §4.1.3),
  // with the words a sender would like the receiver to seem to have written.
  const atext = fc.constantFrom(
    'a',
    'x',
    '=',
    '!',
    '#',
    '$',
    '&',
    "'",
    '*',
    '+',
    '-',
    '/',
    '?',
    '^',
    '_',
    '{',
    '|',
    '}',
    '~',
    'dmarc=pass',
    'arc=pass',
  );
  const dotString = fc
    .array(
      fc.array(atext, { minLength: 1, maxLength: 5 }).map((a) => a.join('')),
      { minLength: 1, maxLength: 3 },
    )
    .map((a) => a.join('.'));
  const qtext = fc.constantFrom(
    'a',
    ' ',
    '(',
    ')',
    ';',
    '@',
    '[',
    ']',
    '\\"',
    '\\\\',
    'dmarc=pass',
    'arc=pass',
    'header.from=northbank.example',
    '=',
    ':',
  );
  const quoted = fc.array(qtext, { maxLength: 10 }).map((a) => `"${a.join('')}"`);
  const dcontent = fc.constantFrom(
    'x',
    ':',
    '(',
    ')',
    ';',
    '=',
    '"',
    '@',
    'dmarc=pass',
    'arc=pass',
    'IPv6:',
    '.',
  );
  const literal = fc.array(dcontent, { minLength: 1, maxLength: 10 }).map((a) => `[${a.join('')}]`);
  const mailbox = fc
    .tuple(fc.oneof(dotString, quoted), fc.oneof(fc.constant('attacker.example'), literal))
    .map(([l, d]) => `${l}@${d}`);
  const layouts: Array<[string, (m: string) => string[], string]> = [
    [
      'Gmail',
      (m) => [
        `Authentication-Results: mx.google.com;\r\n       spf=pass (google.com: domain of ${m} designates 198.51.100.66 as permitted sender) smtp.mailfrom=${m};\r\n       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=northbank.example`,
        `Received: from a.example (a.example. [198.51.100.66]) by mx.google.com with ESMTPS id x1si; ${DATE}`,
      ],
      'mx.google.com',
    ],
    [
      'rspamd, DMARC first',
      (m) => [
        `Authentication-Results: mx.reader.example;\r\n\tdkim=none;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject);\r\n\tspf=pass (mx.reader.example: domain of ${m} designates 198.51.100.66 as permitted sender) smtp.mailfrom=${m}`,
        `Received: from a.example (a.example [198.51.100.66]) by mx.reader.example (Postfix) with ESMTPS id 4Z; ${DATE}`,
      ],
      'mx.reader.example',
    ],
    [
      'rspamd, SPF first',
      (m) => [
        `Authentication-Results: mx.reader.example;\r\n\tspf=pass (mx.reader.example: domain of ${m} designates 198.51.100.66 as permitted sender) smtp.mailfrom=${m};\r\n\tdkim=none;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)`,
        `Received: from a.example (a.example [198.51.100.66]) by mx.reader.example (Postfix) with ESMTPS id 4Z; ${DATE}`,
      ],
      'mx.reader.example',
    ],
  ];
  it.each(layouts)('%s', (_name, layout, id) => {
    fc.assert(
      fc.property(mailbox, (m) => {
        const p = provider(layout(m), [id]);
        return p?.dmarc?.result === 'fail' && p.arc !== 'pass';
      }),
      { numRuns: 1500 },
    );
  });
});
