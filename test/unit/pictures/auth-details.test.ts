// DMARC record and DKIM signature details, read from the recorded DNS answers and signature lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { type ZoneData, ZoneResolver } from '../../../lib/dns';
import { dkimDetails, dmarcDetails } from '../../../lib/pictures/auth-details';
import { ANALYST_DMARC, analystMessage } from '../../helpers/analyst-message';
import { makeAnalysis } from '../ext/make-analysis';

async function analysed() {
  const m = await analystMessage();
  return analyzeMessage(m.raw, {
    resolver: new ZoneResolver(m.zone as ZoneData),
    trustedAuthservIds: [m.authservId],
  });
}

describe('dmarcDetails', () => {
  it('parses every tag of the record and names where it was found', async () => {
    const d = dmarcDetails(await analysed())!;
    expect(d).toMatchObject({
      name: '_dmarc.harbourfreight.example',
      record: ANALYST_DMARC,
      p: 'quarantine',
      sp: 'reject',
      np: null,
      adkim: 's',
      aspf: 'r',
      pct: '50',
      fo: '1',
      rua: ['mailto:agg@harbourfreight.example', 'mailto:dmarc@reports.example'],
      ruf: ['mailto:forensic@harbourfreight.example'],
      problems: [],
    });
    expect(d.tags.map((t) => t.name)).toEqual(['v', 'p', 'sp', 'adkim', 'aspf', 'pct', 'rua', 'ruf', 'fo']);
  });

  it('an organisational-domain record is found at _dmarc.<org domain>; np= is read', () => {
    const a = makeAnalysis({
      dmarc: {
        ...makeAnalysis().dmarc,
        domain: 'news.example.com',
        orgDomain: 'example.com',
        record: 'v=DMARC1; p=reject; np=quarantine',
      },
      dns: [
        { name: '_dmarc.news.example.com', type: 'TXT', error: 'ENOTFOUND' },
        { name: '_dmarc.example.com', type: 'TXT', answer: [['v=DMARC1; p=reject; np=quarantine']] },
      ],
    });
    expect(dmarcDetails(a)).toMatchObject({ name: '_dmarc.example.com', np: 'quarantine', sp: null });
  });

  it('no record: null', () => {
    expect(dmarcDetails(makeAnalysis({ dmarc: { ...makeAnalysis().dmarc, record: null } }))).toBeNull();
  });

  it('a hostile record stays text, bounded, with its syntax problems', () => {
    const record = `v=DMARC1; p=<script>alert(1)</script>; rua=${Array.from({ length: 50 }, (_, i) => `mailto:r${i}@x.example`).join(',')};;${'; x=y'.repeat(5000)}`;
    const d = dmarcDetails(makeAnalysis({ dmarc: { ...makeAnalysis().dmarc, record } }))!;
    expect(d.p).toBe('<script>alert(1)</script>');
    expect(d.rua).toHaveLength(10);
    expect(d.tags.length).toBeLessThanOrEqual(30);
    expect(d.record.length).toBeLessThanOrEqual(1001);
    expect(d.problems.length).toBeGreaterThan(0);
  });
});

describe('dkimDetails', () => {
  it('a signature with l= and x=: selector, algorithm, key size, key record shortened, h= list, dates, body hash', async () => {
    const a = await analysed();
    const [s] = dkimDetails(a);
    expect(s).toMatchObject({
      domain: 'harbourfreight.example',
      selector: 'hf2026',
      result: 'pass',
      aligned: true,
      algorithm: 'rsa-sha256',
      keyBits: 2048,
      canonicalization: 'relaxed/relaxed',
      bodyLength: 67,
      unsignedBytes: 0,
      headers: ['Content-Type', 'MIME-Version', 'Message-ID', 'Date', 'Subject', 'To', 'From'],
      signedAt: '2026-03-03T10:00:01.000Z',
      expiresAt: '2036-03-03T10:00:01.000Z',
      bodyHash: 'match',
      keyName: 'hf2026._domainkey.harbourfreight.example',
      keyError: null,
    });
    expect(s!.key).toMatchObject({ keyType: 'rsa', publicKeyChars: 392 });
    expect(s!.key!.publicKey).toMatch(/^MIIBIjANBgkqhkiG…[A-Za-z0-9+/=]{8}$/);
    expect(s!.key!.record).toMatch(/^v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG…/);
  });

  it('the Mailchimp corpus message: the key found through a CNAME is read from the recorded answer', async () => {
    const dir = join(__dirname, '../../fixtures/legit/esp-mailchimp-gmail');
    const a = await analyzeMessage(readFileSync(join(dir, 'message.eml')), {
      resolver: new ZoneResolver(JSON.parse(readFileSync(join(dir, 'zone.json'), 'utf8'))),
      webmail: 'gmail',
    });
    const [s] = dkimDetails(a);
    expect(s).toMatchObject({
      selector: 'k1',
      keyBits: 2048,
      bodyHash: 'match',
      bodyLength: null,
      expiresAt: null,
    });
    expect(s!.key!.publicKeyChars).toBeGreaterThan(300);
  });

  it('a changed body is a body-hash mismatch; a missing key shows the DNS answer', async () => {
    const m = await analystMessage();
    const changed = m.raw.replace('this morning', 'this evening');
    const zone = m.zone as ZoneData;
    const a = await analyzeMessage(changed, {
      resolver: new ZoneResolver(zone),
      trustedAuthservIds: [m.authservId],
    });
    expect(dkimDetails(a)[0]!.bodyHash).toBe('mismatch');
    const { 'hf2026._domainkey.harbourfreight.example': _, ...noKey } = zone;
    const b = await analyzeMessage(m.raw, {
      resolver: new ZoneResolver(noKey),
      trustedAuthservIds: [m.authservId],
    });
    expect(dkimDetails(b)[0]).toMatchObject({ key: null, keyError: 'ENOTFOUND', bodyHash: 'not-checked' });
  });

  it('hostile signature lines: h= of thousands of fields is cut, a huge t= is ignored', () => {
    const line = `DKIM-Signature: v=1; a=rsa-sha256; d=x.example; s=<b>s</b>; t=99999999999999999999; h=${'From:'.repeat(5000)}To; bh=x; b=y`;
    const a = makeAnalysis({
      dkim: [{ ...makeAnalysis().dkim[0]!, selector: '<b>s</b>', domain: 'x.example', line }],
    });
    const [s] = dkimDetails(a);
    expect(s!.headers).toHaveLength(60);
    expect(s!.moreHeaders).toBe(4941);
    expect(s!.signedAt).toBeNull();
    expect(s!.keyName).toBe('<b>s</b>._domainkey.x.example');
  });
});
