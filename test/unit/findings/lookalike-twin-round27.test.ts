// Look-alike twins, round 27 (test/corpus/adversarial/probe27.ts, legit/realworld30.ts):
// - a letter with a mark (ọ ḳ ü é, NFD: an ASCII letter and combining marks) folds to its letter,
//   alone or beside a living-alphabet one (nọrthbank, nørthbanḳ); a bare combining mark does not;
// - a From below its organisation imitates a subdomain of the twin: sp= decides (RFC 7489 §6.3);
// - an SPF pass for the twin ties only by the twin's own address space, not a shared platform's
//   include: (Google's SMTP relay lets any tenant use the bank's envelope);
// - the From domain's reports sent to the twin, authorised by the twin (RFC 7489 §7.1), tie,
//   unless the twin authorises every name (a wildcard).
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import type { ZoneData } from '../../../lib/dns/zone';
import { lookalikeTwin } from '../../../lib/engine/lookalike-twin';
import { orthographyTwin } from '../../../lib/findings/lookalike-letters';
import type { DkimCheck, DnsAnswer, Resolver, SpfCheck } from '../../../lib/types';

const IDN = 'xn--nrthbank-54a.example';
const REJECT: ZoneData = { '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] } };
const SPF_NONE = { result: 'none', domain: 'attacker.example', mechanism: null } as SpfCheck;
const NOTHING = { dkim: [] as DkimCheck[], spf: SPF_NONE };

/** A zone resolver that notes every name asked, in order. */
function asking(zone: ZoneData, answer?: (name: string) => DnsAnswer | undefined) {
  const inner = new ZoneResolver(zone);
  const asked: string[] = [];
  const resolver: Resolver = {
    resolve: (name, type) => {
      asked.push(name);
      const own = answer?.(name);
      return own !== undefined ? Promise.resolve(own) : inner.resolve(name, type);
    },
  };
  return { resolver, asked };
}

const twinOf = (domain: string, zone: ZoneData = REJECT, seen = NOTHING) =>
  lookalikeTwin(domain, new ZoneResolver(zone), seen);

describe('orthographyTwin: letters with marks', () => {
  it.each([
    ['n\u1ECDrthbank', 'northbank', ['\u1ECD']],
    ['n\u00F8rthban\u1E33', 'northbank', ['\u00F8', '\u1E33']],
    ['no\u0323rthbank', 'northbank', ['\u1ECD']], // NFD input is read as NFC
    ['n\u01FFrthbank', 'northbank', ['\u01FF']], // ǿ: ø with an acute, a twin letter's base
    ['b\u00FCcher', 'bucher', ['\u00FC']],
    ['caf\u00E9', 'cafe', ['\u00E9']],
    ['bia\u0142owie\u017Ca', 'bialowieza', ['\u0142', '\u017C']],
  ])('%s folds to %s', (label, readsAs, letters) => {
    expect(orthographyTwin(label)).toEqual({ readsAs, letters });
  });

  it.each([
    ['a bare combining mark (k + U+0326, no precomposed form)', 'northbank\u0326'],
    ['a letter of another script with a mark (Cyrillic й)', 'northban\u0439'],
    ['ß, which reads as no one ASCII letter', 'stra\u00DFe'],
    ['a marked letter beside ß', 'b\u00FC\u00DFe'],
  ])('%s: no twin', (_, label) => {
    expect(orthographyTwin(label)).toBeNull();
  });
});

describe('lookalikeTwin: marked letters (probe27)', () => {
  it.each([
    ['n\u1ECDrthbank.example', ['\u1ECD']],
    ['n\u00F8rthban\u1E33.example', ['\u00F8', '\u1E33']],
    ['xn--nrthbank-y80d.example', ['\u1ECD']],
  ])('%s: the twin northbank.example publishes p=reject', async (domain, letters) => {
    expect(await twinOf(domain)).toMatchObject({ twin: 'northbank.example', letters, policy: 'reject' });
  });

  it('northbank̦ (a bare mark) asks nothing', async () => {
    const { resolver, asked } = asking(REJECT);
    expect(await lookalikeTwin('northbank\u0326.example', resolver, NOTHING)).toBeNull();
    expect(asked).toEqual([]);
  });

  it('a genuine marked IDN reads as a twin only when the plain name is guarded by someone else', async () => {
    const park = 'bia\u0142owie\u017Ca.example';
    const guarded = { '_dmarc.bialowieza.example': { TXT: ['v=DMARC1; p=reject'] } };
    expect(await twinOf(park, guarded)).toMatchObject({ twin: 'bialowieza.example', policy: 'reject' });
    expect(await twinOf(park, {})).toBeNull();
    expect(
      await twinOf('b\u00FCcher.example', { '_dmarc.bucher.example': { TXT: ['v=DMARC1; p=none'] } }),
    ).toBeNull();
  });
});

describe('lookalikeTwin: sp= for a From below its organisation (RFC 7489 §6.3)', () => {
  const zone = (record: string): ZoneData => ({ '_dmarc.northbank.example': { TXT: [record] } });

  it.each([
    ['mail.n\u00F8rthbank.example', 'v=DMARC1; p=none; sp=reject', 'reject'],
    ['mail.n\u00F8rthbank.example', 'v=DMARC1; p=quarantine', 'quarantine'],
    ['mail.n\u00F8rthbank.example', 'v=DMARC1; p=quarantine; sp=bogus', 'quarantine'],
    ['mail.n\u00F8rthbank.example', 'v=DMARC1; p=none; SP=Quarantine', 'quarantine'],
  ])('%s under "%s": %s', async (domain, record, policy) => {
    expect(await twinOf(domain, zone(record))).toMatchObject({ twin: 'northbank.example', policy });
  });

  it.each([
    ['a subdomain the twin leaves at sp=none', 'mail.n\u00F8rthbank.example', 'v=DMARC1; p=reject; sp=none'],
    ['the organisation itself, sp= aside', 'n\u00F8rthbank.example', 'v=DMARC1; p=none; sp=reject'],
  ])('%s: no twin', async (_, domain, record) => {
    expect(await twinOf(domain, zone(record))).toBeNull();
  });
});

describe('lookalikeTwin: an SPF pass for the twin ties only by its own address space', () => {
  const spf = (mechanism: unknown, includePath?: unknown, domain = 'northbank.example') =>
    ({ result: 'pass', domain, mechanism, includePath }) as unknown as SpfCheck;
  const tie = async (check: SpfCheck) =>
    (await twinOf('n\u00F8rthbank.example', REJECT, { dkim: [], spf: check })) === null;

  it.each([
    ['ip4 in the twin’s record', spf('ip4:192.0.2.0/24', ['northbank.example'])],
    ['ip6 in the twin’s record', spf('ip6:2001:db8:7::/48', ['northbank.example'])],
    ['a (the twin’s own host)', spf('a', ['northbank.example'])],
    ['mx/24 at the twin', spf('mx/24', ['northbank.example'])],
    ['a:host of the twin, dual cidr', spf('a:mail.northbank.example/24//64', ['northbank.example'])],
    [
      'ip4 in an include of the twin’s own organisation',
      spf(
        'ip4:192.0.2.0/24',
        ['bounce.northbank.example', '_spf.northbank.example'],
        'bounce.northbank.example',
      ),
    ],
  ])('%s: one owner', async (_, check) => {
    expect(await tie(check)).toBe(true);
  });

  it.each([
    [
      'a cloud block the twin copied into its own record (probe30: Google’s /17)',
      spf('ip4:209.85.128.0/17', ['northbank.example']),
    ],
    ['a whole IPv6 /32 in the twin’s record', spf('ip6:2001:db8::/32', ['northbank.example'])],
    [
      'a host of the twin widened to a cloud block (probe31: a:relay…/17)',
      spf('a:relay.northbank.example/17', ['northbank.example']),
    ],
    [
      'ip4 of a shared platform reached by include: (probe27 Google relay)',
      spf('ip4:209.85.128.0/17', ['northbank.example', '_spf.google.com']),
    ],
    ['a redirect to a platform', spf('ip4:198.51.100.0/24', ['northbank.example', 'spf.platform.example'])],
    ['a: naming a platform host', spf('a:smtp.platform.example', ['northbank.example'])],
    ['a macro', spf('a:%{i}._ip.northbank.example', ['northbank.example'])],
    ['+all', spf('all', ['northbank.example'])],
    ['an unknown term', spf(null, ['northbank.example'])],
    ['an include path that is no list of names', spf('ip4:192.0.2.0/24', [5, null])],
    [
      'an SPF pass for another organisation',
      spf('ip4:192.0.2.0/24', ['attacker.example'], 'attacker.example'),
    ],
  ])('%s: no tie', async (_, check) => {
    expect(await tie(check)).toBe(false);
  });

  it('a passing DKIM signature of the twin’s organisation still ties; a shared-relay SPF pass beside it changes nothing', async () => {
    const dkim = [{ result: 'pass', domain: 'mail.northbank.example' } as DkimCheck];
    const relay = spf('ip4:209.85.128.0/17', ['northbank.example', '_spf.google.com']);
    expect(await twinOf('n\u00F8rthbank.example', REJECT, { dkim, spf: relay })).toBeNull();
  });
});

describe('lookalikeTwin: the twin authorises the From domain’s reports (RFC 7489 §7.1)', () => {
  const TWIN_RECORD = 'v=DMARC1; p=reject; rua=mailto:dmarc@northbank.example';
  const OWN = 'v=DMARC1; p=reject; rua=mailto:dmarc@northbank.example,mailto:d@vendor.example';
  const AUTH = `${IDN}._report._dmarc.northbank.example`;
  const base: ZoneData = {
    '_dmarc.northbank.example': { TXT: [TWIN_RECORD] },
    [`_dmarc.${IDN}`]: { TXT: [OWN] },
  };

  it('authorised, and a label no one names is not: one owner, in four lookups', async () => {
    const { resolver, asked } = asking({ ...base, [AUTH]: { TXT: ['v=DMARC1'] } });
    expect(await lookalikeTwin('n\u00F8rthbank.example', resolver, NOTHING)).toBeNull();
    expect(asked).toHaveLength(4);
    expect(asked.slice(0, 3)).toEqual(['_dmarc.northbank.example', `_dmarc.${IDN}`, AUTH]);
    expect(asked[3]).toMatch(/^x-hl-[0-9a-z]+\.example\._report\._dmarc\.northbank\.example$/);
  });

  it('the wildcard probe is the same name on every run (the DNS log is pinned)', async () => {
    const one = asking({ ...base, [AUTH]: { TXT: ['v=DMARC1'] } });
    const two = asking({ ...base, [AUTH]: { TXT: ['v=DMARC1'] } });
    await lookalikeTwin('n\u00F8rthbank.example', one.resolver, NOTHING);
    await lookalikeTwin('n\u00F8rthbank.example', two.resolver, NOTHING);
    expect(one.asked).toEqual(two.asked);
  });

  it('a wildcard authorisation vouches for any look-alike: no tie', async () => {
    const { resolver } = asking(base, (name) =>
      name.endsWith('._report._dmarc.northbank.example') ? [['v=DMARC1']] : undefined,
    );
    expect(await lookalikeTwin('n\u00F8rthbank.example', resolver, NOTHING)).toMatchObject({
      twin: 'northbank.example',
    });
  });

  it.each([
    ['no authorisation record', base],
    ['an authorisation that is not v=DMARC1', { ...base, [AUTH]: { TXT: ['v=spf1 -all'] } }],
    ['a DNS fault at the authorisation', { ...base, [AUTH]: { SERVFAIL: true } }],
    [
      'the From’s reports sent to a vendor only',
      { ...base, [`_dmarc.${IDN}`]: { TXT: ['v=DMARC1; p=reject; rua=mailto:d@vendor.example'] } },
    ],
  ] as Array<[string, ZoneData]>)('%s: no tie', async (_, zone) => {
    expect(await twinOf('n\u00F8rthbank.example', zone)).toMatchObject({ twin: 'northbank.example' });
  });

  it('a From below its organisation: the organisation’s record, authorised under its name', async () => {
    const { resolver, asked } = asking({ ...base, [AUTH]: { TXT: ['v=DMARC1'] } });
    expect(await lookalikeTwin('mail.n\u00F8rthbank.example', resolver, NOTHING)).toBeNull();
    expect(asked.slice(0, 4)).toEqual([
      '_dmarc.northbank.example',
      `_dmarc.mail.${IDN}`,
      `_dmarc.${IDN}`,
      AUTH,
    ]);
  });

  it('nothing more is asked when the twin is at p=none or has no record', async () => {
    for (const record of ['v=DMARC1; p=none; rua=mailto:dmarc@northbank.example', null]) {
      const zone = record ? { ...base, '_dmarc.northbank.example': { TXT: [record] } } : {};
      const { resolver, asked } = asking(zone);
      expect(await lookalikeTwin('n\u00F8rthbank.example', resolver, NOTHING)).toBeNull();
      expect(asked).toEqual(['_dmarc.northbank.example']);
    }
  });
});

describe('lookalikeTwin never throws', () => {
  it('odd seen values and answers are no twin or a twin, never a throw', async () => {
    const odd = [
      undefined,
      {},
      { dkim: null, spf: null },
      { dkim: [null, 5], spf: { result: 'pass', domain: 5, includePath: 'x', mechanism: {} } },
    ];
    for (const seen of odd)
      await expect(
        lookalikeTwin('n\u1ECDrthbank.example', new ZoneResolver(REJECT), seen as never),
      ).resolves.toBeDefined();
    const rejecting: Resolver = { resolve: () => Promise.reject(new Error('boom')) };
    await expect(lookalikeTwin('n\u1ECDrthbank.example', rejecting, NOTHING)).resolves.toBeNull();
  });
});

describe('analyzeMessage: nọrthbank', () => {
  const RAW = [
    'Received: from mail.attacker.example (mail.attacker.example [203.0.113.9]) by mx.reader.example with ESMTP; Fri, 4 Dec 2026 10:00:00 +0000',
    'From: Northbank Security <security@n\u1ECDrthbank.example>',
    'To: jane@reader.example',
    'Subject: Action required',
    'Date: Fri, 4 Dec 2026 09:59:58 +0000',
    'Message-ID: <1@xn--nrthbank-y80d.example>',
    '',
    'Hello',
    '',
  ].join('\r\n');

  it('names the twin in lookalike-domain', async () => {
    const a = await analyzeMessage(RAW, {
      resolver: new ZoneResolver(REJECT),
      now: new Date('2026-12-04T10:01:00Z'),
    });
    expect(a.lookalikeTwin).toMatchObject({ twin: 'northbank.example', letters: ['\u1ECD'] });
    expect(a.findings.find((f) => f.id === 'lookalike-domain')?.title).toContain('northbank.example');
  });
});
