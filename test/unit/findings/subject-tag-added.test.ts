// An inbound gateway's subject tag (`[EXTERNAL] `) added before the reader's provider checked the
// message: without list evidence only that tag is undone, and only a signature that then verifies
// in full excuses the DMARC failure (lib/findings/list.ts, subject-tag-added).
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { buildMessage, deliver, sign, testKey } from '../../helpers/scenarios';

const SPEC = {
  from: 'Lowmoor Tools <sales@lowmoor.example>',
  mailFrom: 'sales@lowmoor.example',
  // The gateway's address: not in the sender's SPF record.
  ip: '198.51.100.96',
  helo: 'mx-gate.gateway.example',
  subject: 'Your quote 2211',
};

async function tagged(edit: (raw: string) => string, subject = SPEC.subject) {
  const key = testKey();
  const signed = await sign(buildMessage({ ...SPEC, subject }), 'lowmoor.example', 'sel1', key.privatePem);
  const raw = deliver(edit(signed), SPEC, 'none');
  const zone = new ZoneResolver({
    'lowmoor.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    'sel1._domainkey.lowmoor.example': { TXT: [key.txt] },
    '_dmarc.lowmoor.example': { TXT: ['v=DMARC1; p=reject'] },
  });
  return analyzeMessage(raw, { resolver: zone, now: new Date('2026-03-03T10:05:00Z') });
}

const ids = (a: { findings: { id: string }[] }) => a.findings.map((f) => f.id);

describe('subject-tag-added', () => {
  it('a gateway’s [EXTERNAL] tag before the provider: unverified, never spoofed', async () => {
    const a = await tagged((r) => r.replace(/^Subject: /m, 'Subject: [EXTERNAL] '));
    expect(a.dmarc.result).toBe('fail');
    expect(ids(a)).toContain('subject-tag-added');
    expect(a.findings.find((f) => f.id === 'subject-tag-added')?.title).toContain('[EXTERNAL]');
    expect(a.verdict).toBe('unverified');
    expect(a.summary).toMatch(/signature of lowmoor\.example verifies only with those changes undone/);
  });

  it('a spam filter’s ***Spam*** tag (amavis) is undone the same way', async () => {
    const a = await tagged((r) => r.replace(/^Subject: /m, 'Subject: ***Spam*** '));
    expect(ids(a)).toContain('subject-tag-added');
    expect(a.verdict).toBe('unverified');
  });

  it.each([
    '[Ext.]',
    '[EXTERNAL SENDER - USE CAUTION]',
    '[WARNING: A/V UNSCANNABLE]',
    '[Caution: External]',
    'EXTERNAL:',
    '[BULK]',
    '[SPAM?]',
    '[Spam_C]',
    '[ESTERNO]',
    '[EKSTERN]',
    '[EXTERNÍ]',
    '【外部】',
    '*EXTERNAL*',
    '(EXTERNAL)',
    'EXTERNAL -',
    'External Email:',
    '[외부메일]',
    '[外部邮件]',
    '**EXTERNAL**',
    '(External Sender)',
    '{EXTERNAL}',
    // rw22: Hungarian, Russian, Turkish (dotted capital İ, which /iu does not fold), Québec
    // French, Cisco's graymail, a colon or dash after the bracket, a warning sign before it.
    '[KÜLSŐ]',
    '[ВНЕШНЕЕ ПИСЬМО]',
    '[HARİCİ]',
    '[Harici]',
    '[COURRIEL EXTERNE]',
    '[Marketing]',
    '[Social Network]',
    '[EXTERNAL]:',
    '[EXTERNAL] -',
    '⚠ [EXTERNAL]',
    '⚠️ [EXTERNAL]',
    '🛑 EXTERNAL:',
  ])('a gateway’s %s is undone', async (tag) => {
    const a = await tagged((r) => r.replace(/^Subject: /m, `Subject: ${tag} `));
    expect(a.verdict).toBe('unverified');
  });

  it.each([
    '[Card Locked - Call Now]',
    '[Call 555-0100]',
    '[Reply to help@evil.example]',
    '[Spam_Call 555]',
    '【至急】',
    '[Marketing - Call 555-0100]',
    '[Social Network: help@evil.example]',
    '[EXTERNAL - Call 555-0100]',
    '⚠ [Card Locked]',
    '⚠ Call 555-0100:',
  ])('a lure in brackets over a replayed notice, %s, is not a gateway’s tag: spoofed', async (tag) => {
    const a = await tagged((r) => r.replace(/^Subject: /m, `Subject: ${tag} `));
    expect(ids(a)).not.toContain('subject-tag-added');
    expect(a.verdict).toBe('spoofed');
  });

  // A tag appended at the end (rw22-gateway-tag-suffix-external): a gateway's words only.
  it.each([' [EXTERNAL]', ' (External)', ' *EXTERNAL*', ' EXTERNAL', ' [EXTERN]'])(
    'a gateway’s tag appended at the end, %s, is undone',
    async (tag) => {
      const a = await tagged((r) => r.replace(/^(Subject: .*)$/m, `$1${tag}`));
      expect(ids(a)).toContain('subject-tag-added');
      expect(a.verdict).toBe('unverified');
    },
  );

  it.each([' [Call 555-0100]', ' [Card Locked - Call Now]', ' Call 555-0100'])(
    'other words appended at the end, %s: spoofed',
    async (tag) => {
      const a = await tagged((r) => r.replace(/^(Subject: .*)$/m, `$1${tag}`));
      expect(ids(a)).not.toContain('subject-tag-added');
      expect(a.verdict).toBe('spoofed');
    },
  );

  it('a tag appended inside the encoded-word a gateway re-wrote is undone', async () => {
    const a = await tagged(
      (r) => r.replace(/^Subject: .*$/m, 'Subject: =?UTF-8?Q?Your_qu=C3=B6te_2211_[EXTERNAL]?='),
      '=?UTF-8?Q?Your_qu=C3=B6te_2211?=',
    );
    expect(ids(a)).toContain('subject-tag-added');
    expect(a.verdict).toBe('unverified');
  });

  // rw22-gateway-tag-reencoded-over-iso-8859-1-subject: the sender wrote a Western European
  // charset, the gateway wrote tag and Subject back as UTF-8.
  it.each([
    ['=?iso-8859-1?Q?Your_qu=F6te_2211?=', 'Your quöte 2211'],
    ['=?ISO-8859-1?B?WW91ciBxdfZ0ZSAyMjEx?=', 'Your quöte 2211'],
    ['=?Windows-1252?Q?Your_quote_2211_=80_=93net=94?=', 'Your quote 2211 € “net”'],
    ['=?iso-8859-15?Q?Your_quote_2211_=A4?=', 'Your quote 2211 €'],
  ])(
    'a tag over a Subject the sender wrote as %s, re-encoded as UTF-8, is undone',
    async (signedAs, text) => {
      const gateway = `=?UTF-8?B?${Buffer.from(`[EXTERN] ${text}`).toString('base64')}?=`;
      const a = await tagged((r) => r.replace(/^Subject: .*$/m, `Subject: ${gateway}`), signedAs);
      expect(ids(a)).toContain('subject-tag-added');
      expect(a.verdict).toBe('unverified');
    },
  );

  it('the same over a Latin-1 Subject with a letter the sender never wrote: spoofed', async () => {
    const gateway = `=?UTF-8?B?${Buffer.from('[EXTERN] Your quäte 2211').toString('base64')}?=`;
    const a = await tagged(
      (r) => r.replace(/^Subject: .*$/m, `Subject: ${gateway}`),
      '=?iso-8859-1?Q?Your_qu=F6te_2211?=',
    );
    expect(ids(a)).not.toContain('subject-tag-added');
    expect(a.verdict).toBe('spoofed');
  });

  it('a gateway that re-encodes the Subject to add an accented tag ([EXTÉRIEUR]) is undone', async () => {
    const a = await tagged((r) =>
      r.replace(/^Subject: .*$/m, 'Subject: =?UTF-8?Q?[EXT=C3=89RIEUR]_Your_quote_2211?='),
    );
    expect(ids(a)).toContain('subject-tag-added');
    expect(a.findings.find((f) => f.id === 'subject-tag-added')?.title).toContain('[EXTÉRIEUR]');
    expect(a.verdict).toBe('unverified');
  });

  it.each([
    ['Q', '=?UTF-8?Q?[EXTERNAL]_Your_qu=C3=B6te_2211?='],
    ['B', `=?UTF-8?B?${Buffer.from('[EXTERNAL] Your quöte 2211').toString('base64')}?=`],
  ])(
    'a tag put before a Subject the sender wrote as an encoded-word, all re-encoded (%s) in one word as Mailman 3 does, is undone',
    async (_, subject) => {
      for (const signedAs of ['=?UTF-8?Q?Your_qu=C3=B6te_2211?=', '=?utf-8?B?WW91ciBxdcO2dGUgMjIxMQ==?=']) {
        const a = await tagged((r) => r.replace(/^Subject: .*$/m, `Subject: ${subject}`), signedAs);
        expect(ids(a), signedAs).toContain('subject-tag-added');
        expect(a.verdict).toBe('unverified');
      }
    },
  );

  it('a Japanese gateway’s 【外部】 over an ISO-2022-JP Subject it re-wrote in UTF-8 is undone', async () => {
    const signedAs = '=?ISO-2022-JP?B?GyRCJDRDbUo4JCIkaiQsJEgkJiQ0JDYkJCReJDkbKEI=?=';
    const gateway = `=?UTF-8?B?${Buffer.from('【外部】ご注文ありがとうございます').toString('base64')}?=`;
    const a = await tagged((r) => r.replace(/^Subject: .*$/m, `Subject: ${gateway}`), signedAs);
    expect(ids(a)).toContain('subject-tag-added');
    expect(a.verdict).toBe('unverified');
  });

  it('a lure in front of such a Subject, or other words after the tag: spoofed', async () => {
    const signedAs = '=?UTF-8?Q?Your_qu=C3=B6te_2211?=';
    for (const subject of [
      '=?UTF-8?Q?[Call_555-0100]_Your_qu=C3=B6te_2211?=',
      '=?UTF-8?Q?[EXTERNAL]_Your_qu=C3=B6te_9999?=',
    ]) {
      const a = await tagged((r) => r.replace(/^Subject: .*$/m, `Subject: ${subject}`), signedAs);
      expect(ids(a), subject).not.toContain('subject-tag-added');
      expect(a.verdict).toBe('spoofed');
    }
  });

  it('the same in Base64, folded over two encoded-words, is undone too', async () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    const a = await tagged((r) =>
      r.replace(
        /^Subject: .*$/m,
        `Subject: =?UTF-8?B?${b64('[EXTÉRIEUR] Your ')}?=\r\n =?UTF-8?B?${b64('quote 2211')}?=`,
      ),
    );
    expect(ids(a)).toContain('subject-tag-added');
    expect(a.verdict).toBe('unverified');
  });

  it.each([
    ['a lure inside the encoded words', '=?UTF-8?Q?[Card_Locked_-_Call_Now]_Your_quote_2211?='],
    ['an encoded tag over another subject', '=?UTF-8?Q?[EXTERNAL]_Your_quote_9999?='],
    [
      'an encoded tag over a subject with a letter the sender never wrote',
      '=?UTF-8?Q?[EXTERNAL]_Your_qu=C3=B6te_2211?=',
    ],
  ])('%s: spoofed', async (_, subject) => {
    const a = await tagged((r) => r.replace(/^Subject: .*$/m, `Subject: ${subject}`));
    expect(ids(a)).not.toContain('subject-tag-added');
    expect(a.verdict).toBe('spoofed');
  });

  it('a tag and a changed body: no list, so no footer is undone: spoofed', async () => {
    const a = await tagged(
      (r) => `${r.replace(/^Subject: /m, 'Subject: [EXTERNAL] ')}Call 555-0100 now.\r\n`,
    );
    expect(ids(a)).not.toContain('subject-tag-added');
    expect(a.verdict).toBe('spoofed');
  });

  it('a tag on a subject the sender did not sign that way and a forged signature: spoofed', async () => {
    const a = await tagged((r) =>
      r.replace(/^Subject: /m, 'Subject: [EXTERNAL] ').replace('quote 2211', 'quote 9999'),
    );
    expect(ids(a)).not.toContain('subject-tag-added');
    expect(a.verdict).toBe('spoofed');
  });

  it('no tag and a broken signature: spoofed, as before', async () => {
    const a = await tagged((r) => r.replace(/^Subject: /m, 'Subject: Re: '));
    expect(ids(a)).not.toContain('subject-tag-added');
    expect(a.verdict).toBe('spoofed');
  });
});
