// Issue 16 item 1: the receiver's entry hop ends the region it wrote, for every site. Whatever
// Authentication-Results a sender writes below it (any authserv-id, any results) is never
// counted, and a method the real header lacks is never filled in from a lower one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { parseAuthResults, providerResults } from '../../../lib/auth/authresults';
import { ZoneResolver } from '../../../lib/dns';
import { parseMessage } from '../../../lib/message/parse';
import type { AnalyzeOptions } from '../../../lib/types';
import { EOP_NETWORKS } from '../../../lib/webmail/outlook';

const DATE = 'Tue, 3 Mar 2026 10:00:05 +0000';
const SENDER = [
  'From: PayPal <service@paypal.com>',
  'To: robin@reader.example',
  'Subject: Your account',
  'Date: Tue, 3 Mar 2026 10:00:00 +0000',
  'Message-ID: <1@evil.example>',
];
const msg = (top: string[], below: string[] = []) => [...top, ...below, ...SENDER, '', 'hi'].join('\r\n');

interface Profile {
  /** The receiver's own header block, top down, ending with its entry Received line (or A-R for Gmail). */
  top: string[];
  opts: AnalyzeOptions;
}

/** One paypal.com spoof per site, as each receiver writes its trace headers. */
const PROFILES: Record<string, Profile> = {
  gmail: {
    top: [
      'Return-Path: <bounce@evil.example>',
      `Received: from mail.evil.example (mail.evil.example. [203.0.113.9]) by mx.google.com with ESMTPS id y; ${DATE}`,
      'Received-SPF: pass (google.com: domain of bounce@evil.example designates 203.0.113.9 as permitted sender) client-ip=203.0.113.9;',
      'Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=bounce@evil.example; dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=paypal.com',
    ],
    opts: { trustedAuthservIds: ['mx.google.com'] },
  },
  yahoo: {
    top: [
      'Return-Path: <bounce@evil.example>',
      'Authentication-Results: atlas220.free.mail.bf1.yahoo.com; dkim=none; spf=pass smtp.mailfrom=evil.example; dmarc=fail(p=REJECT) header.from=paypal.com;',
      `Received: from 127.0.0.1  (EHLO mail.evil.example) (203.0.113.9) by atlas220.free.mail.bf1.yahoo.com with SMTPS; ${DATE}`,
    ],
    opts: { trustedAuthservIds: ['*.yahoo.com'] },
  },
  outlook: {
    top: [
      `Received: from AM6PR0502MB3001.eurprd05.prod.outlook.com (2603:10a6:803:1::11) by AM6PR0502MB3002.eurprd05.prod.outlook.com with HTTPS; ${DATE}`,
      'Authentication-Results: spf=pass (sender IP is 203.0.113.9) smtp.mailfrom=evil.example; dkim=none (message not signed) header.d=none;dmarc=fail action=oreject header.from=paypal.com;compauth=fail reason=000',
      `Received: from mail.evil.example (203.0.113.9) by AM0EUR01FT012.mail.protection.outlook.com (10.152.2.148) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1234.10 via Frontend Transport; ${DATE}`,
    ],
    // EOP writes no authserv-id; a user may have trusted Microsoft's ARC name by hand.
    opts: { trustedAuthservIds: ['mx.microsoft.com'], receiverNetworks: EOP_NETWORKS },
  },
  'self-hosted': {
    top: [
      'Return-Path: <bounce@evil.example>',
      'Authentication-Results: mx.reader.example; dmarc=fail (p=reject dis=reject) header.from=paypal.com',
      'Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=bounce@evil.example',
      `Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; ${DATE}`,
    ],
    opts: { trustedAuthservIds: ['mx.reader.example'] },
  },
  'self-hosted, no header of its own': {
    top: [
      'Return-Path: <bounce@evil.example>',
      `Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by mx.reader.example (Postfix) with ESMTPS id 4Qx; ${DATE}`,
    ],
    opts: { trustedAuthservIds: ['mx.reader.example', 'reader.example'] },
  },
};

const zone = ZoneResolver.fromJson({
  'evil.example': { TXT: ['v=spf1 ip4:203.0.113.9 -all'] },
  'paypal.com': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
} as never);

describe('Authentication-Results below the entry hop', () => {
  it.each(Object.keys(PROFILES))(
    '%s: a forged pass under the receiver’s name is forged, never counted',
    async (name) => {
      const p = PROFILES[name]!;
      const forged = `Authentication-Results: ${p.opts.trustedAuthservIds![0]!.replace('*.', 'atlas9.')}; spf=pass smtp.mailfrom=paypal.com; dkim=pass header.d=paypal.com; dmarc=pass (p=REJECT) header.from=paypal.com; arc=pass`;
      for (const resolver of [undefined, zone]) {
        const a = await analyzeMessage(msg(p.top, [forged]), { ...p.opts, resolver });
        // Offline, a receiver whose own header says nothing that counts (EOP writes no authserv-id)
        // leaves the message unverified; the forged header must not make it authenticated.
        const nothingOwn = name === 'outlook' || name === 'self-hosted, no header of its own';
        expect(a.verdict, `${name} ${a.mode}`).toBe(nothingOwn && !resolver ? 'unverified' : 'spoofed');
        const f = a.findings.find((x) => x.id === 'forged-auth-results');
        expect(f?.evidence).toEqual([forged]);
        expect(a.provider?.dmarc?.result ?? null).not.toBe('pass');
        expect((a.provider?.dkim ?? []).filter((d) => d.result === 'pass')).toEqual([]);
      }
    },
  );

  it('a method missing from the receiver’s header is not filled in from a lower one (dmarc)', () => {
    const raw = msg(
      [
        'Authentication-Results: mx.reader.example; spf=fail smtp.mailfrom=paypal.com',
        `Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by mx.reader.example (Postfix); ${DATE}`,
      ],
      [
        'Authentication-Results: mx.reader.example; dmarc=pass header.from=paypal.com; dkim=pass header.d=paypal.com',
      ],
    );
    const parsed = parseAuthResults(parseMessage(raw).headers, ['mx.reader.example']);
    expect(parsed.map((h) => [h.trusted, h.forged])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(providerResults(parsed, 'paypal.com')).toMatchObject({ spf: 'fail', dmarc: null, dkim: [] });
  });

  it('two headers the receiver wrote above its proven entry: read together, the top one first', () => {
    const raw = msg([
      'Authentication-Results: mx.reader.example; dkim=pass header.d=paypal.com',
      'Authentication-Results: mx.reader.example; dmarc=pass header.from=paypal.com',
      `Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by mx.reader.example (Postfix); ${DATE}`,
    ]);
    const parsed = parseAuthResults(parseMessage(raw).headers, ['mx.reader.example']);
    expect(parsed.map((h) => h.trusted)).toEqual([true, true]);
    expect(providerResults(parsed, 'paypal.com')).toMatchObject({
      dmarc: { result: 'pass' },
      dkim: [{ result: 'pass', domain: 'paypal.com' }],
      proven: true,
    });
  });

  it('a Gmail header below an earlier Gmail delivery (a forward) is neither counted nor called forged', () => {
    const raw = msg([
      `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id z; ${DATE}`,
      'Authentication-Results: mx.google.com; dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=fwd@gmail.com; dmarc=fail header.from=paypal.com',
      `Received: from mail.evil.example (mail.evil.example. [203.0.113.9]) by mx.google.com with ESMTPS id w; ${DATE}`,
      'Authentication-Results: mx.google.com; dmarc=pass header.from=paypal.com',
    ]);
    const parsed = parseAuthResults(parseMessage(raw).headers, ['mx.google.com']);
    expect(parsed.map((h) => [h.trusted, h.forged])).toEqual([
      [true, false],
      [false, false],
    ]);
  });
});

describe('a Received line that names no receiving host', () => {
  // A receiver that records the HELO argument raw: its CRLF ends the Received field after
  // "from <helo>", and the rest of the HELO starts a field in the receiver's name, which swallows
  // the receiver's own "(unknown [IP]) by mx…" as its continuation. No entry hop is found.
  const raw = msg([
    'Return-Path: <service@paypal.com>',
    'Received: from mail.paypal.com',
    `Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=paypal.com; dmarc=pass header.from=paypal.com; x-hop=pass\r\n\t(unknown [203.0.113.9])\r\n\tby mx.reader.example (Postfix) with ESMTPS id 4Qx; ${DATE}`,
  ]);
  it('ends the region: a header under it claiming the receiver is forged, offline and online', async () => {
    for (const resolver of [undefined, zone]) {
      const a = await analyzeMessage(raw, { trustedAuthservIds: ['mx.reader.example'], resolver });
      expect(a.provider?.dmarc?.result ?? null, a.mode).not.toBe('pass');
      expect(a.verdict, a.mode).not.toBe('authenticated');
      expect(a.findings.map((f) => f.id)).toContain('forged-auth-results');
    }
  });
  it('ends the region for a caller that found no entry hop too (the trusted region’s own end)', () => {
    // The engine's walk makes such a line the entry (unreadable, no address), so the check in
    // parseAuthResults' region end is reached only when no entry hop is given: asked directly.
    const headers = parseMessage(raw).headers;
    const results = parseAuthResults(headers, ['mx.reader.example'], undefined, null);
    expect(results.map((h) => [h.authservId, h.trusted, h.forged])).toEqual([
      ['mx.reader.example', false, true],
    ]);
  });
  it('a header above such a line is still the receiver’s', () => {
    const m = parseMessage(
      msg([
        'Authentication-Results: mx.reader.example; dmarc=fail header.from=paypal.com',
        'Received: from mail.paypal.com',
      ]),
    );
    const [top] = parseAuthResults(m.headers, ['mx.reader.example']);
    expect(top?.trusted).toBe(true);
  });
});

describe('header.from of the provider’s result', () => {
  it('a result about another domain than From does not count, and is shown', async () => {
    const raw = msg(
      [
        'Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=evil.example; dmarc=pass (p=NONE) header.from=evil.example',
        `Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by mx.reader.example (Postfix); ${DATE}`,
      ],
      [],
    );
    const a = await analyzeMessage(raw, { trustedAuthservIds: ['mx.reader.example'] });
    expect(a.provider?.dmarc).toBeNull();
    expect(a.provider?.fromMismatch).toEqual([
      { method: 'dmarc', result: 'pass', headerFrom: 'evil.example' },
    ]);
    expect(a.verdict).not.toBe('authenticated');
    const f = a.findings.find((x) => x.id === 'provider-from-mismatch');
    expect(f?.severity).toBe('medium');
    expect(f?.detail).toContain('paypal.com');
  });

  it('the same domain in another spelling (case, trailing dot, U-label) still counts', () => {
    const raw = [
      'Authentication-Results: mx.reader.example; dmarc=pass header.from=XN--BCHER-KVA.example.',
      `Received: from a (a [203.0.113.9]) by mx.reader.example (Postfix); ${DATE}`,
      'From: a@bücher.example',
      '',
      'x',
    ].join('\r\n');
    const parsed = parseAuthResults(parseMessage(raw).headers, ['mx.reader.example']);
    expect(providerResults(parsed, 'bücher.example')?.dmarc?.result).toBe('pass');
  });
});

describe('a provider pass outranks our fail only from a header proven to be the receiver’s', () => {
  const top = (id: string) => [
    `Authentication-Results: ${id}; dmarc=pass header.from=paypal.com`,
    `Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by mx.reader.example (Postfix); ${DATE}`,
  ];

  it('proven (the entry hop is by the receiver’s host): the pass counts, the disagreement is shown', async () => {
    const a = await analyzeMessage(msg(top('mx.reader.example')), {
      resolver: zone,
      trustedAuthservIds: ['mx.reader.example'],
    });
    expect(a.provider?.proven).toBe(true);
    expect(a.dmarc.result).toBe('fail');
    expect(a.verdict).not.toBe('spoofed');
    expect(a.findings.map((f) => f.id)).toContain('provider-disagreement');
  });

  it('unproven (an id that names no Received host): our fail stands, the disagreement is shown', async () => {
    const a = await analyzeMessage(msg(top('spamfilter')), {
      resolver: zone,
      trustedAuthservIds: ['spamfilter'],
    });
    expect(a.provider?.proven).toBe(false);
    expect(a.verdict).toBe('spoofed');
    const f = a.findings.find((x) => x.id === 'provider-disagreement');
    expect(f?.detail).toContain('cannot prove');
  });
});

describe('property: sender-written headers below the entry hop change nothing that counts', () => {
  const ids = [
    'mx.google.com',
    'MX.GOOGLE.COM.',
    'atlas9.mail.bf1.yahoo.com',
    'mx.microsoft.com',
    'mx.reader.example',
    'reader.example',
    'spamfilter',
    'evil.example',
    '',
  ];
  const word = fc.constantFrom(
    'pass',
    'fail',
    'none',
    'neutral',
    'softfail',
    'temperror',
    'permerror',
    'bestguesspass',
  );
  const result = fc
    .tuple(
      fc.constantFrom('spf', 'dkim', 'dmarc', 'arc', 'compauth'),
      word,
      fc.constantFrom('paypal.com', 'evil.example'),
    )
    .map(([m, w, d]) =>
      m === 'dkim'
        ? `dkim=${w} header.d=${d}`
        : m === 'spf'
          ? `spf=${w} smtp.mailfrom=${d}`
          : `${m}=${w} header.from=${d}`,
    );
  const header = fc.oneof(
    fc
      .tuple(fc.constantFrom(...ids), fc.array(result, { minLength: 1, maxLength: 4 }))
      .map(([id, rs]) => `Authentication-Results: ${id ? `${id}; ` : ''}${rs.join('; ')}`),
    // Received lines claiming more hops inside the receiver, from an address paypal.com allows.
    fc
      .constantFrom(
        'mx.google.com',
        'atlas9.mail.bf1.yahoo.com',
        'mx.reader.example',
        'AM0EUR01FT099.mail.protection.outlook.com',
      )
      .map(
        (by) =>
          `Received: from o1.esp.example (o1.esp.example. [198.51.100.25]) by ${by} with ESMTPS id z; ${DATE}`,
      ),
    fc.constant(
      'Received-SPF: pass (google.com: domain of service@paypal.com designates 198.51.100.25 as permitted sender)',
    ),
  );

  it('for every site profile, offline and online: same provider results, still spoofed', async () => {
    const base = new Map<string, Awaited<ReturnType<typeof analyzeMessage>>>();
    for (const [name, p] of Object.entries(PROFILES)) {
      for (const resolver of [undefined, zone]) {
        base.set(`${name}/${!!resolver}`, await analyzeMessage(msg(p.top), { ...p.opts, resolver }));
      }
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(PROFILES)),
        fc.boolean(),
        fc.array(header, { minLength: 1, maxLength: 4 }),
        async (name, online, below) => {
          const p = PROFILES[name]!;
          const resolver = online ? zone : undefined;
          const a = await analyzeMessage(msg(p.top, below), { ...p.opts, resolver });
          const b = base.get(`${name}/${online}`)!;
          expect(a.provider).toEqual(b.provider);
          expect(a.verdict).toBe(b.verdict);
          expect(a.origin.ip).toBe(b.origin.ip);
        },
      ),
      { numRuns: 150 },
    );
  });
});
