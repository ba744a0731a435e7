// Living-alphabet look-alikes (lib/engine/lookalike-twin.ts, lookalike.ts, probe26): nørthbank,
// northɓank, northbanƙ, ŋorthbank authenticate for themselves; their ASCII twin northbank.example
// publishes DMARC p=reject, so the From domain reads as an imitation (lookalike-domain, medium).
// A twin without a policy, one with p=none, a DNS fault, one owner, ølbryggeri (no twin) and an
// offline analysis raise nothing.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import type { ZoneData } from '../../../lib/dns/zone';
import { lookalikeTwin } from '../../../lib/engine/lookalike-twin';
import { orthographyTwin } from '../../../lib/findings/lookalike-letters';
import type { DkimCheck, SpfCheck } from '../../../lib/types';
import { baseCtx, findings, ids, setFrom, verdictOf } from './build';

const REJECT: ZoneData = { '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] } };
const SPF_NONE = { result: 'none', domain: 'attacker.example' } as SpfCheck;
const NOTHING = { dkim: [] as DkimCheck[], spf: SPF_NONE };
const twinOf = (domain: string, zone: ZoneData = REJECT, seen = NOTHING) =>
  lookalikeTwin(domain, new ZoneResolver(zone), seen);

describe('orthographyTwin', () => {
  it.each([
    ['n\u00F8rthbank', 'northbank', '\u00F8'],
    ['north\u0253ank', 'northbank', '\u0253'],
    ['northban\u0199', 'northbank', '\u0199'],
    ['\u014Borthbank', 'northbank', '\u014B'],
    ['\u0111omain', 'domain', '\u0111'],
    ['\u0257omain', 'domain', '\u0257'],
    ['\u0142ogin', 'login', '\u0142'],
    ['\u0131nfo', 'info', '\u0131'],
    ['\u0127ome', 'home', '\u0127'],
    ['\u0167rust', 'trust', '\u0167'],
    ['pa\u01B4', 'pay', '\u01B4'],
    ['\u0192irst', 'first', '\u0192'],
  ])('%s folds to %s', (label, readsAs, letter) => {
    expect(orthographyTwin(label)).toEqual({ readsAs, letters: [letter] });
  });

  it.each([
    'northbank',
    'stra\u00DFe',
    '\u00E6blegaard',
    '\u0153uvre',
    '\u00F0ing',
    '\u00FEing',
    'b\u00FC\u00DFe',
    'northbank\u0326',
    '\u025Bw\u025B',
  ])(
    '%s has no twin (plain, a letter that reads as no one ASCII letter, or another letter beside)',
    (label) => {
      expect(orthographyTwin(label)).toBeNull();
    },
  );
});

describe('lookalikeTwin', () => {
  it.each([
    'n\u00F8rthbank.example',
    'xn--nrthbank-54a.example',
    'north\u0253ank.example',
    'northban\u0199.example',
    '\u014Borthbank.example',
    'alerts.n\u00F8rthbank.example',
  ])('%s: the twin northbank.example publishes p=reject', async (domain) => {
    const hit = await twinOf(domain);
    expect(hit?.twin).toBe('northbank.example');
    expect(hit?.policy).toBe('reject');
  });

  it('p=quarantine counts; the letters and A-label are named', async () => {
    const hit = await twinOf('n\u00F8rthbank.example', {
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:d@reports.example'] },
    });
    expect(hit).toEqual({
      domain: 'xn--nrthbank-54a.example',
      twin: 'northbank.example',
      letters: ['\u00F8'],
      policy: 'quarantine',
    });
  });

  it.each([
    ['a tag name in upper case', 'v=DMARC1; P=reject'],
    ['a policy written twice (the last one read)', 'v=DMARC1; p=none; p=reject'],
  ])('%s counts', async (_, record) => {
    const hit = await twinOf('n\u00F8rthbank.example', { '_dmarc.northbank.example': { TXT: [record] } });
    expect(hit?.policy).toBe('reject');
  });

  it.each([
    ['no DMARC record', {}],
    ['p=none', { '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=none'] } }],
    ['two records', { '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject', 'v=DMARC1; p=none'] } }],
    ['not a DMARC record', { '_dmarc.northbank.example': { TXT: ['p=reject'] } }],
    ['a DNS fault', { '_dmarc.northbank.example': { SERVFAIL: true } }],
  ] as Array<[string, ZoneData]>)('%s: no twin', async (_, zone) => {
    expect(await twinOf('n\u00F8rthbank.example', zone)).toBeNull();
  });

  it('a resolver that throws anything is no twin, never a crash', async () => {
    const broken = { resolve: () => Promise.reject(new Error('boom')) };
    expect(await lookalikeTwin('n\u00F8rthbank.example', broken, NOTHING)).toBeNull();
  });

  it('ølbryggeri.example (no olbryggeri.example) is no twin', async () => {
    expect(await twinOf('\u00F8lbryggeri.example')).toBeNull();
  });

  it('asks nothing for a plain or otherwise international domain', async () => {
    const asked: string[] = [];
    const resolver = {
      resolve: (name: string) => {
        asked.push(name);
        return Promise.resolve([]);
      },
    };
    for (const d of ['northbank.example', 'stra\u00DFe.example', null])
      expect(await lookalikeTwin(d, resolver, NOTHING)).toBeNull();
    expect(asked).toEqual([]);
  });

  describe('one owner', () => {
    it('a passing DKIM signature of the twin', async () => {
      const dkim = [{ result: 'pass', domain: 'mail.northbank.example' } as DkimCheck];
      expect(await twinOf('n\u00F8rthbank.example', REJECT, { dkim, spf: SPF_NONE })).toBeNull();
    });

    it('an SPF pass for the twin', async () => {
      // The twin's own address space matched (a shared platform's include: would tie nothing).
      const spf = {
        result: 'pass',
        domain: 'bounce.northbank.example',
        mechanism: 'ip4:192.0.2.0/24',
        includePath: ['bounce.northbank.example'],
      } as unknown as SpfCheck;
      expect(await twinOf('n\u00F8rthbank.example', REJECT, { dkim: [], spf })).toBeNull();
    });

    it("the twin's DMARC reports go to the From domain", async () => {
      const zone = {
        '_dmarc.northbank.example': {
          TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@xn--nrthbank-54a.example'],
        },
      };
      expect(await twinOf('n\u00F8rthbank.example', zone)).toBeNull();
    });

    it('a failing signature of the twin proves nothing', async () => {
      const dkim = [{ result: 'fail', domain: 'northbank.example' } as DkimCheck];
      expect(await twinOf('n\u00F8rthbank.example', REJECT, { dkim, spf: SPF_NONE })).not.toBeNull();
    });
  });
});

describe('the lookalike-domain finding', () => {
  const TWIN = {
    domain: 'xn--nrthbank-54a.example',
    twin: 'northbank.example',
    letters: ['\u00F8'],
    policy: 'reject' as const,
  };

  it('authenticated for itself, with a guarded twin → suspicious, lookalike-domain (medium)', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Northbank Security', 'security@n\u00F8rthbank.example');
    ctx.analysis.lookalikeTwin = TWIN;
    const hit = findings(ctx).find((f) => f.id === 'lookalike-domain');
    expect(hit?.severity).toBe('medium');
    expect(hit?.title).toContain('imitates northbank.example');
    expect(hit?.detail).toContain('reads like northbank.example, a domain that publishes a DMARC policy');
    expect(ids(ctx)).not.toContain('international-domain');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it('without a twin the IDN stays authenticated with international-domain', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Ølbryggeriet', 'kontakt@\u00F8lbryggeri.example');
    expect(ids(ctx)).toContain('international-domain');
    expect(ids(ctx)).not.toContain('lookalike-domain');
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });
});

describe('analyzeMessage', () => {
  const RAW = [
    'Received: from mail.attacker.example (mail.attacker.example [203.0.113.9]) by mx.reader.example with ESMTP; Fri, 4 Dec 2026 10:00:00 +0000',
    'From: Northbank Security <security@n\u00F8rthbank.example>',
    'To: jane@reader.example',
    'Subject: Action required',
    'Date: Fri, 4 Dec 2026 09:59:58 +0000',
    'Message-ID: <1@xn--nrthbank-54a.example>',
    '',
    'Hello',
    '',
  ].join('\r\n');

  it('online: one TXT lookup of _dmarc.<twin>, in the DNS log, and the field set', async () => {
    const a = await analyzeMessage(RAW, {
      resolver: new ZoneResolver(REJECT),
      now: new Date('2026-12-04T10:01:00Z'),
    });
    expect(a.lookalikeTwin?.twin).toBe('northbank.example');
    expect(a.dns.filter((e) => e.name === '_dmarc.northbank.example' && e.type === 'TXT')).toHaveLength(1);
    expect(a.findings.map((f) => f.id)).toContain('lookalike-domain');
  });

  it('offline: no lookup, no field, no twin finding', async () => {
    const a = await analyzeMessage(RAW, { now: new Date('2026-12-04T10:01:00Z') });
    expect(a.lookalikeTwin).toBeUndefined();
    expect(a.dns).toEqual([]);
    expect(a.findings.map((f) => f.id)).not.toContain('lookalike-domain');
  });
});
