// Look-alike twins, round 31 (test/corpus/legit/realworld31.ts): the IDN's own SPF record may
// include (or redirect to) the twin's record, and a pass by the twin's own address space there ties
// the two (rw31-twin-turkish-spf-include-of-twins-own-record). The From's organisation may only
// open the path: every later record must be the twin's and hold the twin's own ip4/ip6/a/mx; a
// shared platform reached from either still ties nothing (probe27 Google's SMTP relay).
import { describe, expect, it } from 'vitest';
import { ZoneResolver } from '../../../lib/dns';
import type { ZoneData } from '../../../lib/dns/zone';
import { lookalikeTwin } from '../../../lib/engine/lookalike-twin';
import type { DkimCheck, SpfCheck } from '../../../lib/types';

const IDN = 'xn--nrthbank-54a.example'; // nørthbank.example
const REJECT: ZoneData = { '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] } };
const spf = (mechanism: unknown, includePath?: unknown, domain = IDN) =>
  ({ result: 'pass', domain, mechanism, includePath }) as unknown as SpfCheck;
const tie = async (check: SpfCheck, from = IDN) =>
  (await lookalikeTwin(from, new ZoneResolver(REJECT), { dkim: [] as DkimCheck[], spf: check })) === null;

describe('lookalikeTwin: the IDN’s record includes the twin’s own (rw31)', () => {
  it.each([
    ['include:_spf.<twin>, its ip4', spf('ip4:192.0.2.10', [IDN, '_spf.northbank.example'])],
    ['redirect=<twin>, its ip6', spf('ip6:2001:db8::/48', [IDN, 'northbank.example'])],
    [
      'two of the twin’s records deep, its a',
      spf('a', [IDN, '_spf.northbank.example', 'out.northbank.example']),
    ],
    ['mx:<twin>/24', spf('mx:northbank.example/24', [IDN, '_spf.northbank.example'])],
    [
      'a From below the IDN’s organisation (its envelope there)',
      spf('ip4:192.0.2.10', [`mail.${IDN}`, '_spf.northbank.example'], `mail.${IDN}`),
    ],
  ])('%s: one owner', async (_, check) => {
    expect(await tie(check)).toBe(true);
  });

  it.each([
    ['the IDN’s own ip4 (no twin on the path)', spf('ip4:192.0.2.10', [IDN])],
    ['no include path at all', spf('ip4:192.0.2.10', undefined)],
    [
      'the twin’s record including a shared platform (probe27)',
      spf('ip4:209.85.128.0/17', [IDN, 'northbank.example', '_spf.google.com']),
    ],
    ['the IDN including a shared platform', spf('ip4:209.85.128.0/17', [IDN, '_spf.google.com'])],
    [
      'the IDN back on the path after the twin',
      spf('ip4:192.0.2.10', [IDN, '_spf.northbank.example', `_spf.${IDN}`]),
    ],
    [
      'a: of a platform host in the twin’s record',
      spf('a:smtp.platform.example', [IDN, 'northbank.example']),
    ],
    ['a macro in the twin’s record', spf('a:%{i}.northbank.example', [IDN, 'northbank.example'])],
    ['include: reached, +all matched', spf('all', [IDN, 'northbank.example'])],
    ['an unknown term', spf(null, [IDN, 'northbank.example'])],
    [
      'a path that does not start at the SPF domain',
      spf('ip4:192.0.2.10', ['attacker.example', 'northbank.example']),
    ],
    [
      'a third organisation opening the path',
      spf('ip4:192.0.2.10', ['attacker.example', 'northbank.example'], 'attacker.example'),
    ],
    ['a path that is no list of names', spf('ip4:192.0.2.10', [IDN, 5])],
  ])('%s: no tie', async (_, check) => {
    expect(await tie(check)).toBe(false);
  });

  it('the twin’s own path still ties as in round 27', async () => {
    expect(await tie(spf('ip4:192.0.2.10', ['northbank.example'], 'northbank.example'))).toBe(true);
    expect(await tie(spf('ip4:192.0.2.10', undefined, 'northbank.example'))).toBe(true);
  });
});
