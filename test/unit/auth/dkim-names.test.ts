// Issue 16 item 2: a name the sender composes that cannot exist (a DKIM key name from s= and d=,
// a DMARC name from the From domain) is a permanent "no such key/record", never a temporary DNS
// error that would hold back a DMARC fail. Only SERVFAIL, timeouts, refused and network failures
// are temporary.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { type DnsError, DohResolver, ZoneResolver } from '../../../lib/dns';
import { hostNameProblem } from '../../../lib/dns/name';
import type { Resolver } from '../../../lib/types';
import { onTop, received, submitted } from '../../corpus/messages';
import { corpusKeys, signCorpus } from '../../helpers/corpus';

const LONG = 'a'.repeat(64);

describe('hostNameProblem', () => {
  it.each([
    ['.'],
    ['a..b._domainkey.bank.example'],
    [`${LONG}._domainkey.bank.example`],
    [`${Array(5).fill('a'.repeat(60)).join('.')}.bank.example`],
    ['a!b._domainkey.bank.example'],
    ['a b._domainkey.bank.example'],
    ['a"b._domainkey.bank.example'],
  ])('%s cannot be a host name', (name) => {
    expect(hostNameProblem(name)).not.toBeNull();
  });
  it.each([
    ['sel_1._domainkey.bank.example'],
    ['20230601._domainkey.mail.bank.example.'],
    ['s-1._domainkey.bücher.example'],
    ['_dmarc.bank.example'],
  ])('%s can', (name) => {
    expect(hostNameProblem(name)).toBeNull();
  });
});

const zoneData = {
  'bank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.bank.example': { TXT: ['v=DMARC1; p=reject'] },
  'good._domainkey.bank.example': { TXT: [corpusKeys().rsaTxt] },
  'sel_1._domainkey.bank.example': { TXT: [corpusKeys().rsaTxt] },
  'nokey._domainkey.bank.example': {
    TXT: ['v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'],
  },
  'notags._domainkey.bank.example': { TXT: ['v=DKIM1; k=rsa'] },
};
/** A DoH server that answers a name with characters no host name has with HTTP 400. */
const strictDoh = (): Resolver => {
  const zone = ZoneResolver.fromJson(zoneData as never);
  return new DohResolver({
    fetch: async (url) => {
      const name = new URL(url).searchParams.get('name') ?? '';
      const type = new URL(url).searchParams.get('type') ?? 'TXT';
      if (!/^[a-z0-9_.-]+$/i.test(name)) return { ok: false, status: 400, json: async () => ({}) };
      try {
        const answer = (await zone.resolve(name, type as never)) as string[][];
        return {
          ok: true,
          status: 200,
          json: async () => ({
            Status: 0,
            Answer: answer.map((a) => ({ type: 16, TTL: 60, data: `"${(a as string[]).join('')}"` })),
          }),
        };
      } catch (e) {
        const status = (e as DnsError).code === 'ENODATA' ? 0 : 3;
        return { ok: true, status: 200, json: async () => ({ Status: status }) };
      }
    },
  });
};

async function spoofSignedWith(selector: (s: string) => string, from = 'Bank <sec@bank.example>') {
  const signed = await signCorpus(submitted({ from, subject: 'Account locked' }), {
    domain: 'bank.example',
    selector: 'good',
  });
  return onTop(
    selector(signed),
    'Return-Path: <bounce@evil.example>',
    received({ helo: 'mail.evil.example', ip: '203.0.113.9', by: 'mx.reader.example' }),
  );
}

describe('a malformed DKIM signature on a p=reject From is permanent: spoofed', () => {
  it.each([
    ['s=. (an empty label)', (s: string) => s.replace('s=good', 's=.')],
    ['a 64-character label', (s: string) => s.replace('s=good', `s=${LONG}`)],
    [
      'a key name over 253 characters',
      (s: string) => s.replace('s=good', `s=${Array(4).fill('a'.repeat(60)).join('.')}`),
    ],
    ['a "!" in the selector', (s: string) => s.replace('s=good', 's=a!b')],
    ['a space in the selector', (s: string) => s.replace('s=good', 's=a b')],
  ])('%s → permerror (malformed), DMARC fail', async (_, edit) => {
    for (const resolver of [ZoneResolver.fromJson(zoneData as never), strictDoh()]) {
      const a = await analyzeMessage(await spoofSignedWith(edit), {
        resolver,
        trustedAuthservIds: ['mx.reader.example'],
      });
      expect(a.dkim[0]).toMatchObject({ result: 'permerror', cause: 'malformed' });
      expect(a.dmarc.result).toBe('fail');
      expect(a.verdict).toBe('spoofed');
    }
  });

  it.each([
    ['no bh= tag', (s: string) => s.replace(/bh=[^;]+;/, '')],
    ['an unparseable key', (s: string) => s.replace('s=good', 's=nokey')],
    ['a key record without p=', (s: string) => s.replace('s=good', 's=notags')],
  ])('%s → no pass, no temperror, DMARC fail', async (_, edit) => {
    const a = await analyzeMessage(await spoofSignedWith(edit), {
      resolver: ZoneResolver.fromJson(zoneData as never),
      trustedAuthservIds: ['mx.reader.example'],
    });
    expect(a.dkim.every((d) => d.result !== 'pass' && d.result !== 'temperror')).toBe(true);
    expect(a.dmarc.result).toBe('fail');
    expect(a.verdict).toBe('spoofed');
  });

  it('legit: a selector with an underscore verifies', async () => {
    const signed = await signCorpus(submitted({ from: 'Bank <sec@bank.example>', subject: 'Statement' }), {
      domain: 'bank.example',
      selector: 'sel_1',
    });
    const raw = onTop(
      signed,
      received({ helo: 'mail.evil.example', ip: '203.0.113.9', by: 'mx.reader.example' }),
    );
    const a = await analyzeMessage(raw, { resolver: strictDoh(), trustedAuthservIds: ['mx.reader.example'] });
    expect(a.dkim[0]?.result).toBe('pass');
    expect(a.dmarc.result).toBe('pass');
  });

  it('still temporary: a SERVFAIL on the bank’s own well-formed key name holds DMARC back', async () => {
    const zone = ZoneResolver.fromJson({
      ...zoneData,
      'good._domainkey.bank.example': { SERVFAIL: true },
    } as never);
    const a = await analyzeMessage(await spoofSignedWith((s) => s), {
      resolver: zone,
      trustedAuthservIds: ['mx.reader.example'],
    });
    expect(a.dkim[0]?.result).toBe('temperror');
    expect(a.dmarc.result).toBe('temperror');
    expect(a.verdict).not.toBe('spoofed');
  });
});

describe('a hostile From domain', () => {
  it('_dmarc.<a label with "!"> refused by the DoH server: the organisational policy applies', async () => {
    const raw = onTop(
      submitted({ from: 'Bank <sec@a!b.bank.example>', subject: 'Account locked' }),
      received({ helo: 'mail.evil.example', ip: '203.0.113.9', by: 'mx.reader.example' }),
    );
    const a = await analyzeMessage(raw, { resolver: strictDoh(), trustedAuthservIds: ['mx.reader.example'] });
    expect(a.dmarc).toMatchObject({ result: 'fail', policy: 'reject' });
    expect(a.verdict).toBe('spoofed');
  });

  it('DoH HTTP 400 is EBADNAME only for a name no host can have; otherwise a server failure', async () => {
    const doh = new DohResolver({ fetch: async () => ({ ok: false, status: 400, json: async () => ({}) }) });
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: DnsError) => e.code,
      );
    expect(await code(doh.resolve('a b.example', 'TXT'))).toBe('EBADNAME');
    expect(await code(doh.resolve('bank.example', 'TXT'))).toBe('ESERVFAIL');
  });
});
