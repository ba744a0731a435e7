// withMissingFromDomain (red-team round 8): a DMARC fail under sp=none for a made-up subdomain of
// the bank. Only NXDOMAIN says the name does not exist; an empty non-terminal, a fault or any
// record leaves it as it was, and nothing is asked where the policy is enforced.
import { describe, expect, it } from 'vitest';
import { withMissingFromDomain } from '../../../lib/auth/dmarc';
import { ZoneResolver } from '../../../lib/dns';
import type { DmarcCheck } from '../../../lib/types';

const fail = (domain: string, policy: DmarcCheck['policy'] = 'none'): DmarcCheck => ({
  result: 'fail',
  policy,
  domain,
  orgDomain: 'northbank.example',
  record: 'v=DMARC1; p=reject; sp=none',
  pct: 100,
  alignment: { spf: 'r', dkim: 'r' },
  passedBy: [],
  info: null,
});

const zone = new ZoneResolver({
  'northbank.example': { A: ['192.0.2.1'] },
  'mail.northbank.example': { A: ['192.0.2.2'] },
  's1._domainkey.news.northbank.example': { TXT: ['v=DKIM1; p='] },
  'broken.northbank.example': { SERVFAIL: true },
} as never);

describe('withMissingFromDomain', () => {
  it('a subdomain that does not exist: missing', async () => {
    expect((await withMissingFromDomain(fail('secure.northbank.example'), zone)).fromDomainMissing).toBe(
      true,
    );
  });

  it('a subdomain with records, one with only names below it, or a DNS fault: not said', async () => {
    for (const d of ['mail.northbank.example', 'news.northbank.example', 'broken.northbank.example'])
      expect((await withMissingFromDomain(fail(d), zone)).fromDomainMissing, d).toBeUndefined();
  });

  it('not asked for the organisational domain itself, an enforced policy, or a pass', async () => {
    const asked: string[] = [];
    const spy = {
      resolve: async (n: string, t: string) => {
        asked.push(`${t} ${n}`);
        return zone.resolve(n, t as 'A');
      },
    };
    await withMissingFromDomain(fail('northbank.example'), spy);
    await withMissingFromDomain(fail('secure.northbank.example', 'reject'), spy);
    await withMissingFromDomain({ ...fail('secure.northbank.example'), result: 'pass' }, spy);
    expect(asked).toEqual([]);
  });
});
